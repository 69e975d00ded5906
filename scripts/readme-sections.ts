// The README sections generated from code (inputs, outputs, CLI help, dependencies), shared by
// scripts/gen-readme.ts and the test that checks the README is current.
import { readFileSync } from 'node:fs'
import { parseCliArgs } from '../src/config/cli-args.js'
import { SETTING_TABLE } from '../src/config/keys.js'
import { ACTION_OUTPUTS } from '../src/config/outputs.js'
import { settingsSchema } from '../src/config/schema.js'

function defaultOf(key: string): string {
  const parsed = settingsSchema.parse({
    workspace: '/workspace',
    maxParallel: 2,
    toolsDir: '~/.cache/runguard-tools'
  }) as Record<string, unknown>
  if (key === 'installTools') return 'true (Action) / false (CLI)'
  if (key === 'sarifFile') return '`runguard.sarif` (Action) / none (CLI)'
  if (key === 'sbomFile') return '`runguard.cdx.json` (Action) / none (CLI)'
  if (key === 'maxParallel') return 'CPU count'
  if (key === 'workspace') return 'GITHUB_WORKSPACE / cwd'
  if (key === 'toolsDir') return '`$RUNNER_TOOL_CACHE/runguard-tools` or `~/.cache/runguard-tools`'
  const v = parsed[key]
  if (v === undefined) return ''
  if (Array.isArray(v))
    return v.length === 0
      ? ''
      : `\`${v.map(x => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(',')}\``
  if (typeof v === 'object')
    return Object.keys(v as object).length === 0 ? '' : `\`${JSON.stringify(v)}\``
  return `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``
}

export function inputsTable(): string {
  const rows = [
    '| input | default | description |',
    '| --- | --- | --- |',
    '| `config` | `.runguard.yml` if present | Config file (keys are these input names). |'
  ]
  for (const e of SETTING_TABLE) {
    if (e.input !== true) continue
    rows.push(`| \`${e.name}\` | ${defaultOf(e.key)} | ${e.description.replace(/\|/g, '\\|')} |`)
  }
  return rows.join('\n')
}

export function outputsTable(): string {
  return [
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(ACTION_OUTPUTS).map(([k, v]) => `| \`${k}\` | ${v} |`)
  ].join('\n')
}

export function cliHelp(): string {
  const parts: string[] = []
  for (const args of [
    ['--help'],
    ['run', '--help'],
    ['scan', '--help'],
    ['gate', '--help'],
    ['merge', '--help'],
    ['install-tools', '--help']
  ]) {
    parts.push(
      '$ runguard ' + args.join(' ') + '\n' + (parseCliArgs(args, '0.0.0').printed ?? '').trimEnd()
    )
  }
  return '```text\n' + parts.join('\n\n') + '\n```'
}

export const SECTIONS: Record<string, () => string> = {
  inputs: inputsTable,
  outputs: outputsTable,
  'cli-help': cliHelp
}

/** Replaces every `<!-- name:start -->…<!-- name:end -->` block with freshly generated text. */
export function renderReadme(readme: string): string {
  let out = readme
  for (const [name, make] of Object.entries(SECTIONS)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    out = out.replace(re, (_m, a: string, b: string) => `${a}\n${make()}\n${b}`)
  }
  return out
}

/** The dependency table: every package.json dependency with its one-line purpose. */
export function dependencyTable(): string {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies?: Record<string, string>
    devDependencies?: Record<string, string>
  }
  const purposes = JSON.parse(readFileSync('scripts/dependency-purposes.json', 'utf8')) as Record<
    string,
    string
  >
  const rows = ['| package | version | kind | purpose |', '| --- | --- | --- | --- |']
  for (const [kind, deps] of [
    ['runtime', pkg.dependencies ?? {}],
    ['dev', pkg.devDependencies ?? {}]
  ] as const) {
    for (const [name, version] of Object.entries(deps)) {
      const purpose = purposes[name]
      if (!purpose) throw new Error(`scripts/dependency-purposes.json has no purpose for ${name}`)
      rows.push(`| \`${name}\` | ${version} | ${kind} | ${purpose} |`)
    }
  }
  rows.push(
    '| bandit, semgrep, safety (PyPI) | 1.9.4, 1.182.0, 2.3.5 | scanner | Installed by scripts/setup.sh into isolated venvs; runguard runs them, never imports them. |',
    '| osv-scanner (Go module) | v2.5.0 | scanner | `go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.0` by scripts/setup.sh. |'
  )
  return rows.join('\n')
}
SECTIONS.deps = dependencyTable

/** docs/severity.md without its title, one heading level down. */
export function severitySection(): string {
  return readFileSync('docs/severity.md', 'utf8')
    .replace(/^# .*\n+/, '')
    .replace(/^## /gm, '#### ')
    .trim()
}
SECTIONS.severity = severitySection

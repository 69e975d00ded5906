// The documentation blocks generated from code (inputs, outputs, CLI help, severity tables,
// dependencies), shared by scripts/gen-readme.ts and the test that checks every page is current.
import { readFileSync } from 'node:fs'
import { parseCliArgs } from '../src/config/cli-args.js'
import { SETTING_TABLE } from '../src/config/keys.js'
import { ACTION_OUTPUTS } from '../src/config/outputs.js'
import { settingsSchema } from '../src/config/schema.js'
import { SEVERITY_RANK, type Severity } from '../src/model.js'
import { banditSeverity } from '../src/scanners/bandit.js'
import { PINNED_VERSIONS } from '../src/scanners/install.js'
import { semgrepSeverity } from '../src/scanners/semgrep.js'

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
  if (key === 'toolsDir')
    return '`$RUNGUARD_TOOLS_DIR`, else `$RUNNER_TOOL_CACHE/runguard-tools` or `~/.cache/runguard-tools`'
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

/** Bandit's severity × confidence matrix, from the function the adapter applies. */
export function banditTable(): string {
  const levels = ['HIGH', 'MEDIUM', 'LOW']
  return [
    '| Bandit severity ↓ / confidence → | HIGH | MEDIUM | LOW |',
    '|---|---|---|---|',
    ...[...levels, 'UNDEFINED'].map(
      sev => `| ${sev} | ${levels.map(conf => banditSeverity(sev, conf)).join(' | ')} |`
    )
  ].join('\n')
}

/** Semgrep's documented rule severities (legacy and current). */
const SEMGREP_LABELS = [
  'CRITICAL',
  'ERROR',
  'HIGH',
  'WARNING',
  'MEDIUM',
  'INFO',
  'LOW',
  'EXPERIMENT',
  'INVENTORY'
]

/** Semgrep severity → runguard severity, from the function the adapter applies. */
export function semgrepTable(): string {
  const by = new Map<Severity, string[]>()
  for (const label of SEMGREP_LABELS) {
    const severity = semgrepSeverity(label, undefined)
    by.set(severity, [...(by.get(severity) ?? []), label])
  }
  const rows = [...by].sort(([a], [b]) => SEVERITY_RANK[b] - SEVERITY_RANK[a])
  return [
    '| Semgrep severity | runguard |',
    '|---|---|',
    ...rows.map(([severity, labels]) => `| ${labels.join(', ')} | ${severity} |`)
  ].join('\n')
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
  const v = PINNED_VERSIONS
  rows.push(
    `| bandit, semgrep, safety (PyPI) | ${v.bandit}, ${v.semgrep}, ${v.safety} | scanner | Installed by scripts/setup.sh (or install-tools) into isolated venvs; runguard runs them, never imports them. |`,
    `| osv-scanner (Go module) | v${v['osv-scanner']} | scanner | \`go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v${v['osv-scanner']}\` by scripts/setup.sh (or install-tools). |`
  )
  return rows.join('\n')
}
/** Every generator, by the name its block carries in a page. */
export const SECTIONS: Record<string, () => string> = {
  inputs: inputsTable,
  outputs: outputsTable,
  'cli-help': cliHelp,
  'severity-bandit': banditTable,
  'severity-semgrep': semgrepTable,
  deps: dependencyTable
}

/** The generated pages and the blocks each must hold (a deleted marker fails the test too). */
export const GENERATED_PAGES: Readonly<Record<string, readonly string[]>> = {
  'README.md': ['inputs', 'outputs'],
  'docs/cli.md': ['cli-help'],
  'docs/severity.md': ['severity-bandit', 'severity-semgrep'],
  'docs/dependencies.md': ['deps']
}

/** Replaces every `<!-- name:start -->…<!-- name:end -->` block with freshly generated text. */
export function renderPage(text: string): string {
  let out = text
  for (const [name, make] of Object.entries(SECTIONS)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    out = out.replace(re, (_m, a: string, b: string) => `${a}\n${make()}\n${b}`)
  }
  return out
}

/** The names of the blocks a page holds, in order. */
export function blocksIn(text: string): string[] {
  return [...text.matchAll(/<!-- ([\w-]+):start -->/g)].map(m => m[1]!)
}

/**
 * Bundled-rule benchmark: what Bandit plus runguard's bundled Semgrep rules find, per web
 * vulnerability class, on deliberately vulnerable Python web apps that this project did not
 * write — with the rules of a reference commit ("before") and of this checkout ("after") in the
 * same run — Semgrep's wall time on those apps before/after, and false findings per 10 MB of
 * clean code (the Python standard library and site-packages).
 *
 *   node --import ./bench/register.mjs bench/rules/run.ts [--apps DIR] [--clean DIR]...
 *        [--before REV] [--reps 3]
 *
 * --apps (or RUNGUARD_WEB_APPS) is a folder holding the apps named in bench/rules/labels.json,
 * each checked out at the commit given there (the apps are not part of this repository; the
 * labels file says where each comes from). --clean (or RUNGUARD_CLEAN_CODE, ':'-separated) are
 * folders of code assumed free of these vulnerabilities. Either part is skipped with a message
 * when its folders are absent. The tools run through runguard's own adapters, as in a gate.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { settingsSchema } from '../../src/config/schema.js'
import { execFile } from '../../src/exec.js'
import { RecordingLogger } from '../../__tests__/helpers/recording-logger.js'
import type { Finding, ToolRun } from '../../src/model.js'
import { createRedactor } from '../../src/redact.js'
import { banditAdapter } from '../../src/scanners/bandit.js'
import { semgrepAdapter } from '../../src/scanners/semgrep.js'
import type { ScanContext, ScannerAdapter } from '../../src/scanners/types.js'

const argv = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? argv[i + 1] : undefined
}
const opts = (name: string): string[] =>
  argv.flatMap((a, i) => (a === `--${name}` && argv[i + 1] ? [argv[i + 1]!] : []))

const root = process.cwd()
const appsDir = opt('apps') ?? process.env.RUNGUARD_WEB_APPS
const cleanDirs = opts('clean').length
  ? opts('clean')
  : (process.env.RUNGUARD_CLEAN_CODE ?? '').split(':').filter(Boolean)
// The last commit before the web rules landed: its rules/semgrep is "before".
const beforeRev = opt('before') ?? '6dd2a0d'
const reps = Number(opt('reps') ?? 3)

/** Web vulnerability classes the bundled rules cover (docs/semgrep-rules.md), in report order. */
const CLASSES = [
  'sql-injection',
  'xss',
  'ssti',
  'ssrf',
  'path-traversal',
  'open-redirect',
  'command-injection',
  'deserialization',
  'xxe',
  'csrf',
  'cookie-flags',
  'jwt'
] as const
type VulnClass = (typeof CLASSES)[number]

/** Which class a Bandit test or a bundled rule reports (rules of other classes are ignored). */
const CLASS_OF: Record<string, VulnClass> = {
  B608: 'sql-injection',
  B610: 'sql-injection',
  B611: 'sql-injection',
  'python-sql-string-built-query': 'sql-injection',
  B308: 'xss',
  B701: 'xss',
  B702: 'xss',
  B703: 'xss',
  B704: 'xss',
  'python-jinja2-autoescape-false': 'xss',
  'python-jinja2-autoescape-disabled': 'xss',
  'python-xss-request-marked-safe': 'xss',
  'python-xss-request-in-response': 'xss',
  'template-unescaped-output': 'xss',
  'python-ssti-request': 'ssti',
  B310: 'ssrf',
  'python-ssrf-request': 'ssrf',
  'python-path-traversal-request': 'path-traversal',
  'python-open-redirect-request': 'open-redirect',
  B602: 'command-injection',
  B603: 'command-injection',
  B604: 'command-injection',
  B605: 'command-injection',
  B606: 'command-injection',
  B609: 'command-injection',
  'python-subprocess-shell-true': 'command-injection',
  'python-os-system-injection': 'command-injection',
  'python-command-injection-request': 'command-injection',
  B301: 'deserialization',
  B302: 'deserialization',
  B506: 'deserialization',
  B614: 'deserialization',
  'python-pickle-deserialization': 'deserialization',
  'python-yaml-unsafe-load': 'deserialization',
  'python-marshal-shelve-deserialization': 'deserialization',
  'python-deserialization-request': 'deserialization',
  B313: 'xxe',
  B314: 'xxe',
  B315: 'xxe',
  B316: 'xxe',
  B317: 'xxe',
  B318: 'xxe',
  B319: 'xxe',
  'python-xml-stdlib-parse': 'xxe',
  'python-lxml-resolve-entities': 'xxe',
  'python-xxe-external-entities-enabled': 'xxe',
  'python-csrf-protection-disabled': 'csrf',
  'python-cookie-missing-secure-httponly': 'cookie-flags',
  'python-cookie-flags-disabled': 'cookie-flags',
  'python-jwt-signature-not-verified': 'jwt',
  'python-jwt-hardcoded-key': 'jwt'
}

interface Label {
  class: VulnClass
  path: string
  /** First and last line of the issue (query built on the first, run on the last). */
  lines: [number, number]
  note: string
}
interface App {
  name: string
  framework: string
  repository: string
  commit: string
  /** Sub-folder scanned (monorepos holding other languages). */
  scan?: string
  labels: Label[]
}
const labelsFile = JSON.parse(
  fs.readFileSync(path.join(root, 'bench/rules/labels.json'), 'utf8')
) as { apps: App[] }

const logger = new RecordingLogger()
const redactor = createRedactor()

async function scan(
  adapter: ScannerAdapter,
  workspace: string,
  raw: Record<string, unknown>
): Promise<ToolRun> {
  const settings = settingsSchema.parse({ workspace, installTools: false, ...raw })
  const ctx: ScanContext = {
    settings,
    workspace,
    paths: [workspace],
    logger,
    exec: execFile,
    redactor,
    components: [],
    env: process.env,
    timeoutMs: 1_800_000
  }
  const detection = await adapter.detect(ctx)
  if (!detection.installed) throw new Error(`${adapter.name} is not on PATH`)
  const run = await adapter.scan(ctx, detection)
  if (run.status !== 'ok') throw new Error(`${adapter.name} on ${workspace}: ${run.reason}`)
  return run
}

/** The bundled rules of `rev` (git show), written to a temporary folder. */
function rulesAt(rev: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-rules-before-'))
  const files = execFileSync('git', ['ls-tree', '--name-only', `${rev}:rules/semgrep`], {
    cwd: root,
    encoding: 'utf8'
  })
    .split('\n')
    .filter(f => /\.ya?ml$/.test(f))
  for (const f of files) {
    const text = execFileSync('git', ['show', `${rev}:rules/semgrep/${f}`], {
      cwd: root,
      encoding: 'utf8'
    })
    fs.writeFileSync(path.join(dir, f), text)
  }
  return dir
}

const afterRules = path.join(root, 'rules', 'semgrep')
// Extracted on first use: a run with nothing to measure needs no git history.
let beforeRulesDir: string | undefined
const beforeRules = (): string => (beforeRulesDir ??= rulesAt(beforeRev))
const semgrepWith = (rules: string): Record<string, unknown> => ({
  semgrepNoDefaultRules: true,
  semgrepConfig: [rules]
})

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const classOf = (f: Finding): VulnClass | undefined => CLASS_OF[f.ruleId]
const matches = (f: Finding, l: Label, scanRoot: string): boolean =>
  classOf(f) === l.class &&
  path.posix.join(scanRoot, f.location.path) === l.path &&
  f.location.startLine >= l.lines[0] &&
  f.location.startLine <= l.lines[1]

const lines: string[] = ['### Bundled Semgrep rules on vulnerable web apps', '']
const cpu = `${os.cpus().length} vCPU, ${os.cpus()[0]?.model ?? 'unknown CPU'}`
const present = appsDir
  ? labelsFile.apps.filter(a => fs.existsSync(path.join(appsDir, a.name)))
  : []

if (present.length === 0) {
  const why = appsDir
    ? `none of the apps in bench/rules/labels.json is under ${appsDir}`
    : 'no --apps folder (or RUNGUARD_WEB_APPS) given'
  console.log(`web-rules benchmark: vulnerable apps skipped: ${why}.`)
  lines.push(`Skipped: ${why}.`, '')
} else {
  type Config = 'bandit' | 'before' | 'after'
  const found: Record<Config, Finding[][]> = { bandit: [], before: [], after: [] }
  const seconds: Record<'before' | 'after', number[]> = { before: [], after: [] }
  const perApp: string[] = []
  for (const app of present) {
    const ws = path.join(appsDir!, app.name)
    const target = app.scan ? path.join(ws, app.scan) : ws
    const bandit = await scan(banditAdapter, target, { scanners: ['bandit'] })
    const timings: Record<'before' | 'after', number[]> = { before: [], after: [] }
    let runs: Record<'before' | 'after', ToolRun | undefined> = {
      before: undefined,
      after: undefined
    }
    for (let i = 0; i < reps; i++) {
      // Alternate the order so drift in machine load hits both sides alike.
      const order: Array<'before' | 'after'> =
        i % 2 === 0 ? ['before', 'after'] : ['after', 'before']
      for (const side of order) {
        const started = performance.now()
        const run = await scan(
          semgrepAdapter,
          target,
          semgrepWith(side === 'before' ? beforeRules() : afterRules)
        )
        timings[side].push((performance.now() - started) / 1000)
        runs = { ...runs, [side]: run }
      }
    }
    found.bandit.push(bandit.findings)
    found.before.push(runs.before!.findings)
    found.after.push(runs.after!.findings)
    seconds.before.push(median(timings.before))
    seconds.after.push(median(timings.after))
    perApp.push(
      `| ${app.name} | ${app.framework} | ${app.labels.length} | ${median(timings.before).toFixed(1)} | ` +
        `${median(timings.after).toFixed(1)} | ${(median(timings.after) / median(timings.before)).toFixed(2)} |`
    )
  }

  // Per class: labelled issues found by each configuration, and findings of that class that
  // match no label (false positives or issues nobody labelled).
  const row = (c: VulnClass): string => {
    let total = 0
    const hit = { bandit: 0, before: 0, after: 0, unionBefore: 0, unionAfter: 0 }
    const stray = { before: 0, after: 0 }
    present.forEach((app, i) => {
      const scanRoot = app.scan ?? ''
      const labels = app.labels.filter(l => l.class === c)
      total += labels.length
      for (const l of labels) {
        const by = (cfg: Config): boolean => found[cfg][i]!.some(f => matches(f, l, scanRoot))
        if (by('bandit')) hit.bandit++
        if (by('before')) hit.before++
        if (by('after')) hit.after++
        if (by('bandit') || by('before')) hit.unionBefore++
        if (by('bandit') || by('after')) hit.unionAfter++
      }
      for (const side of ['before', 'after'] as const) {
        const own = [...found[side][i]!, ...found.bandit[i]!].filter(f => classOf(f) === c)
        stray[side] += own.filter(f => !app.labels.some(l => matches(f, l, scanRoot))).length
      }
    })
    return (
      `| ${c} | ${total} | ${hit.bandit} | ${hit.before} | ${hit.after} | ` +
      `**${hit.unionBefore}** | **${hit.unionAfter}** | ${stray.before} | ${stray.after} |`
    )
  }
  const totalBefore = seconds.before.reduce((a, b) => a + b, 0)
  const totalAfter = seconds.after.reduce((a, b) => a + b, 0)
  lines.push(
    `${present.length} deliberately vulnerable apps (bench/rules/labels.json names each with its ` +
      `repository and commit, and lists the labelled issues). "before" = the bundled rules at ` +
      `\`${beforeRev}\`, "after" = this checkout's; Bandit runs with its defaults. A label counts ` +
      `as found when a finding of its class lands on its lines. "Unlabelled" = findings of the ` +
      `class on no label (false positives, or issues not in the labels), Bandit's included.`,
    '',
    '| class | labelled | Bandit | rules before | rules after | Bandit + rules before | Bandit + rules after | unlabelled before | unlabelled after |',
    '|---|---|---|---|---|---|---|---|---|',
    ...CLASSES.map(row),
    '',
    `Semgrep wall time per app (runguard's adapter: whole process, median of ${reps}, order alternated):`,
    '',
    '| app | framework | labels | before s | after s | after / before |',
    '|---|---|---|---|---|---|',
    ...perApp,
    `| **all** | | | ${totalBefore.toFixed(1)} | ${totalAfter.toFixed(1)} | **${(totalAfter / totalBefore).toFixed(2)}** |`,
    ''
  )
}

// Clean code: every finding is counted as false.
const clean = cleanDirs.filter(d => fs.existsSync(d))
if (clean.length === 0) {
  const why = cleanDirs.length
    ? `none of ${cleanDirs.join(', ')} exists`
    : 'no --clean folder (or RUNGUARD_CLEAN_CODE) given'
  console.log(`web-rules benchmark: clean-code precision skipped: ${why}.`)
  lines.push(`Clean-code precision skipped: ${why}.`, '')
} else {
  const webIds = new Set(
    (
      fs
        .readFileSync(path.join(afterRules, 'python-web.yml'), 'utf8')
        .match(/^ {2}- id: (\S+)/gm) ?? []
    ).map(l => l.replace(/^ {2}- id: /, ''))
  )
  let bytes = 0
  const count = { before: 0, after: 0, web: 0 }
  const byRule = new Map<string, number>()
  const secs = { before: 0, after: 0 }
  for (const [n, dir] of clean.entries()) {
    for (const f of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (f.isFile() && f.name.endsWith('.py'))
        bytes += fs.statSync(path.join(f.parentPath, f.name)).size
    }
    // Alternate the order per folder so drift in machine load hits both sides alike.
    const order = n % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)
    for (const side of order) {
      const started = performance.now()
      const run = await scan(semgrepAdapter, dir, {
        ...semgrepWith(side === 'before' ? beforeRules() : afterRules)
      })
      secs[side] += (performance.now() - started) / 1000
      count[side] += run.findings.length
      if (side === 'after') {
        for (const f of run.findings.filter(x => webIds.has(x.ruleId))) {
          count.web++
          byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1)
        }
      }
    }
  }
  const per10 = (n: number): string => ((n / bytes) * 10e6).toFixed(2)
  lines.push(
    `Clean code: ${(bytes / 1e6).toFixed(1)} MB of Python in ${clean.length} folder(s) ` +
      `(${clean.map(d => `\`${path.basename(path.dirname(d))}/${path.basename(d)}\``).join(', ')}); ` +
      'every finding counts as false.',
    '',
    '| rules | findings | per 10 MB | semgrep s (one run per folder, order alternated) |',
    '|---|---|---|---|',
    `| bundled before (all) | ${count.before} | ${per10(count.before)} | ${secs.before.toFixed(1)} |`,
    `| bundled after (all) | ${count.after} | ${per10(count.after)} | ${secs.after.toFixed(1)} |`,
    `| after, web rules only | ${count.web} | ${per10(count.web)} | |`,
    '',
    `Web-rule findings on clean code by rule: ${
      [...byRule].map(([id, n]) => `${id} ${n}`).join(', ') || 'none'
    }.`,
    ''
  )
}

lines.push(
  `Machine: ${cpu}, load average ${os.loadavg()[0]!.toFixed(1)} at the end.`,
  '',
  'Command (scanners on PATH, as `bash scripts/bench.sh` sets up): `node --import ' +
    './bench/register.mjs bench/rules/run.ts --apps <apps> --clean <stdlib> --clean <site-packages>' +
    ` --reps ${reps}\``,
  ''
)
const text = lines.join('\n')
process.stdout.write(text + '\n')
// A run that measured nothing (CI has no app checkouts) keeps the last real results.
if (present.length > 0 || clean.length > 0) {
  fs.mkdirSync(path.join(root, 'docs', 'benchmarks'), { recursive: true })
  fs.writeFileSync(path.join(root, 'docs', 'benchmarks', 'web-rules.md'), text)
}
if (beforeRulesDir) fs.rmSync(beforeRulesDir, { recursive: true, force: true })

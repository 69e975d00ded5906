import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { z } from 'zod'
import type { Confidence, Finding, Severity, ToolRun } from '../model.js'
import { runCodeScanner, type CodeScannerSpec } from './code-scanner.js'
import { checkToolOutput, checkToolOutputItem } from './output-schema.js'
import type { ResultReader } from './report-stream.js'
import { readAtCommit } from '../trust/trusted-config.js'
import { toRepoPath } from '../util/paths.js'
import { privateDir } from '../util/private-dir.js'
import { isObject } from '../util/json.js'
import { SKIPPED_DIRS } from '../util/skipped-dirs.js'
import {
  codeAt,
  createLineReader,
  detectTool,
  Fingerprinter,
  normalizeCode,
  repoPathResolver,
  reportFiles,
  StringPool,
  type LineReader
} from './support.js'
import type { Detection, ScanContext, ScannerAdapter } from './types.js'

/**
 * Bandit (PyCQA) adapter: `bandit -r <paths> -f json -q`, parsed from stdout
 * (the outputs it is tested on: __tests__/fixtures/bandit/). Output of 1.6.2 (no columns, no
 * CWE) and 1.7+/1.9 is accepted.
 */

/** Bandit's own default excludes (kept because passing -x replaces them). */
const BANDIT_DEFAULT_EXCLUDES = [
  '*/.svn/*',
  '*/CVS/*',
  '*/.bzr/*',
  '*/.hg/*',
  '*/.tox/*',
  '*/.eggs/*'
]
/**
 * Severity × confidence → runguard severity (documented in docs/severity.md). Bandit has no
 * "critical": only explicit CRITICAL rules and CVSS >= 9 advisories are critical in runguard.
 * A LOW-confidence result is lowered one level because Bandit itself says it is likely a false
 * positive; UNDEFINED severity stays `unknown` so policy (unknownSeverity) decides.
 */
const SEVERITY_MATRIX: Record<string, Record<string, Severity>> = {
  HIGH: { HIGH: 'high', MEDIUM: 'high', LOW: 'medium', UNDEFINED: 'high' },
  MEDIUM: { HIGH: 'medium', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'medium' },
  LOW: { HIGH: 'low', MEDIUM: 'low', LOW: 'low', UNDEFINED: 'low' }
}

/** Maps Bandit's issue_severity and issue_confidence to one runguard severity. */
export function banditSeverity(severity: string, confidence: string): Severity {
  return SEVERITY_MATRIX[severity.toUpperCase()]?.[confidence.toUpperCase()] ?? 'unknown'
}

function banditConfidence(value: string): Confidence | undefined {
  const v = value.toLowerCase()
  return v === 'high' || v === 'medium' || v === 'low' ? v : undefined
}

/** What parseBanditOutput returns. */
export interface BanditReport {
  findings: Finding[]
  /** The tool's own errors (`<file>: <reason>`), e.g. files it could not parse. */
  errors: string[]
  /** Results whose path was outside the workspace (dropped). */
  outsideWorkspace: number
}

/** Options for parseBanditOutput; `readLines` is used when `code` lacks the reported lines. */
export interface BanditParseOptions {
  workspace: string
  readLines?: LineReader
}

/**
 * The reported line out of Bandit's numbered `code` context ("9 def run(cmd):\n10 …"), so the
 * fingerprint needs no file access. Only `line_number` is used: the context (-n lines) does not
 * always hold the whole `line_range` of a multi-line call.
 */
function codeFromContext(code: string | undefined, line: number): string | undefined {
  if (code === undefined) return undefined
  for (const raw of code.split('\n')) {
    const m = /^(\d+) ?(.*)$/.exec(raw)
    if (m && Number(m[1]) === line) {
      const normalized = normalizeCode([m[2] ?? ''])
      return normalized === '' ? undefined : normalized
    }
  }
  return undefined
}

function titleOf(testName: string, issueText: string): string {
  // B3xx/B4xx all share the test name "blacklist"; their text is fixed per test id.
  if (testName === '' || testName === 'blacklist')
    return issueText.split(/(?<=\.)\s/)[0] ?? issueText
  return testName.replace(/_/g, ' ')
}

/**
 * The part of Bandit's `-f json` report runguard reads (formatters/json.py, Issue.as_dict);
 * 1.6.2 lacks the columns and `issue_cwe`, which is `{}` when a test has none.
 */
export const banditIssueSchema = z.object({
  filename: z.string(),
  test_id: z.string(),
  test_name: z.string().optional(),
  issue_severity: z.string(),
  issue_confidence: z.string(),
  issue_text: z.string(),
  issue_cwe: z.object({ id: z.number().optional() }).optional(),
  line_number: z.number().int(),
  line_range: z.array(z.number().int()).optional(),
  col_offset: z.number().int().optional(),
  end_col_offset: z.number().int().optional(),
  code: z.string().optional(),
  more_info: z.string().optional()
})
/** The report around the results, which are checked one by one (checkToolOutputItem). */
export const banditReportSchema = z.object({
  results: z.array(z.unknown()),
  errors: z.array(z.object({ filename: z.string(), reason: z.string() }))
})

const BANDIT_WHAT = 'not a Bandit JSON report'

/**
 * Reads Bandit's report one result at a time (src/scanners/report-stream.ts): each result is
 * checked and turned into a finding when it arrives, the report around them is checked last.
 * parseBanditOutput and the streaming read share it, so both give the same findings.
 */
export function banditReader(options: BanditParseOptions): ResultReader<BanditReport> {
  const fingerprints = new Fingerprinter('bandit')
  const findings: Finding[] = []
  let outsideWorkspace = 0
  const pool = new StringPool()
  const repoPathOf = repoPathResolver(options.workspace, pool)
  return {
    frameKeys: Object.keys(banditReportSchema.shape),
    result(value, i) {
      const item = checkToolOutputItem(banditIssueSchema, value, `results[${i}]`, BANDIT_WHAT)
      const repoPath = repoPathOf(item.filename)
      if (repoPath === undefined || repoPath === '.') {
        outsideWorkspace++
        return
      }
      const ruleId = pool.get(item.test_id)
      const line = item.line_number > 0 ? item.line_number : 1
      const lines = item.line_range && item.line_range.length > 0 ? item.line_range : [line]
      const endLine = Math.max(line, ...lines)
      const issueText = item.issue_text
      const severity = banditSeverity(item.issue_severity, item.issue_confidence)
      const confidence = banditConfidence(item.issue_confidence)
      const cweId = item.issue_cwe?.id
      const content =
        codeFromContext(item.code, line) ??
        (options.readLines ? codeAt(options.readLines, repoPath, line, line) : undefined) ??
        // Last resort: the text is the same for every occurrence; the counter keeps them apart.
        issueText
      findings.push({
        tool: 'bandit',
        ruleId,
        title: pool.get(titleOf(item.test_name ?? '', issueText)),
        message: issueText,
        severity,
        ...(confidence ? { confidence } : {}),
        cwe: cweId !== undefined && cweId > 0 ? [pool.get(`CWE-${cweId}`)] : [],
        location: {
          path: repoPath,
          startLine: line,
          ...(endLine > line ? { endLine } : {}),
          // Bandit columns are 0-based (Python AST); the model is 1-based, end exclusive.
          ...(item.col_offset !== undefined ? { startColumn: item.col_offset + 1 } : {}),
          ...(item.end_col_offset !== undefined ? { endColumn: item.end_col_offset + 1 } : {})
        },
        ...(item.more_info ? { helpUri: pool.get(item.more_info) } : {}),
        fingerprint: fingerprints.next(ruleId, repoPath, content)
      })
    },
    finish(frame) {
      const report = checkToolOutput(banditReportSchema, frame, BANDIT_WHAT)
      const errors = report.errors.map(e => {
        const shown = toRepoPath(options.workspace, e.filename) ?? e.filename
        return `${shown}: ${e.reason}`
      })
      return { findings, errors, outsideWorkspace }
    }
  }
}

/**
 * Parses Bandit's JSON report (the object printed by `-f json`) held whole. Throws
 * ToolOutputError when the value does not have the report's shape.
 */
export function parseBanditOutput(json: unknown, options: BanditParseOptions): BanditReport {
  // The report's shape first, so a wrong document is named as such before any result is read.
  const report = checkToolOutput(banditReportSchema, json, BANDIT_WHAT)
  const reader = banditReader(options)
  report.results.forEach((r, i) => reader.result(r, i))
  return reader.finish({ ...report, results: [] })
}

const LEVEL_FLAGS = { low: '', medium: 'll', high: 'lll' } as const

/** Exclusion globs in the form Bandit matches (fnmatch on `./…` paths, and substrings). */
export function banditExcludes(ctx: Pick<ScanContext, 'settings' | 'workspace'>): string[] {
  const out = [...BANDIT_DEFAULT_EXCLUDES, ...SKIPPED_DIRS.map(d => `/${d}/`)]
  for (const glob of ctx.settings.exclude) {
    const p = glob.replace(/^\.?\//, '').replace(/\/+$/, '')
    if (p === '' || p.includes(',')) continue // -x is comma-separated; such a glob cannot be passed
    // Every pattern contains `*` so Bandit's substring test cannot hit unrelated names.
    out.push(`*/${p}`, `*/${p}/*`)
  }
  for (const report of reportFiles(ctx)) out.push(`*/${report}`)
  return [...new Set(out)]
}

/** `exclude = a,b` from a `.bandit` INI text (kept, since our -x replaces it). */
function iniExcludes(text: string): string[] {
  const m = /^\s*exclude\s*[:=]\s*(.+)$/m.exec(text)
  return m?.[1]
    ? m[1]
        .split(',')
        .map(s => s.trim())
        .filter(Boolean)
    : []
}

/** A `.bandit` that is really INI (some projects keep YAML under that name; --ini would choke). */
const isBanditIni = (text: string | undefined): text is string =>
  text !== undefined && /^\s*\[bandit\]\s*$/m.test(text)

/** YAML config names Bandit users pass with -c (Bandit reads none of them on its own). */
const BANDIT_YAML_CONFIGS = ['bandit.yaml', 'bandit.yml', '.bandit.yaml', '.bandit.yml']

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** The `[tool.bandit]` table of a pyproject.toml text, or undefined. */
function banditToml(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined
  try {
    const toml = parseToml(text)
    return isObject(toml.tool) && isObject(toml.tool.bandit) ? toml.tool.bandit : undefined
  } catch {
    return undefined
  }
}

/**
 * The file for `-c`: pyproject.toml when it has [tool.bandit] (Bandit never reads it on its own),
 * else the first Bandit YAML config in the workspace root. Bandit takes only one -c.
 */
export function banditConfigFile(workspace: string): string | undefined {
  const pyproject = path.join(workspace, 'pyproject.toml')
  if (banditToml(readText(pyproject)) !== undefined) return pyproject
  return BANDIT_YAML_CONFIGS.map(f => path.join(workspace, f)).find(f => existsSync(f))
}

/** Bandit's settings files as passed: `--ini`/`-c` arguments and the INI's excludes. */
export interface BanditConfig {
  args: string[]
  excludes: string[]
  warnings: string[]
  cleanup?: () => void
}

/**
 * The project's own Bandit settings, read from the workspace. Under `trusted-config: base`
 * they come from the base commit instead: `skips`, `tests` or a severity level in a `.bandit`,
 * `[tool.bandit]` or Bandit YAML file would otherwise let a change switch Bandit's tests off
 * while the scan stays "ok". The base commit's files are copied to a fresh directory outside
 * the workspace and passed explicitly (an empty `[bandit]` INI when the base has none, which
 * also keeps Bandit from picking up the change's `.bandit`); each file the change edits is
 * listed as not applied.
 */
export function banditConfig(ctx: Pick<ScanContext, 'settings' | 'workspace'>): BanditConfig {
  const trust = ctx.settings.trust
  if (trust === undefined) {
    const ini = path.join(ctx.workspace, '.bandit')
    const iniText = readText(ini)
    const config = banditConfigFile(ctx.workspace)
    return {
      // Explicit --ini also stops Bandit from finding one .bandit per target (exit 2 if > 1).
      args: [...(isBanditIni(iniText) ? ['--ini', ini] : []), ...(config ? ['-c', config] : [])],
      excludes: isBanditIni(iniText) ? iniExcludes(iniText) : [],
      warnings: []
    }
  }
  // Each file is read once from the base commit (two git processes a file) and once from the tree.
  const names = ['.bandit', 'pyproject.toml', ...BANDIT_YAML_CONFIGS]
  const base = new Map(names.map(name => [name, readAtCommit(ctx.workspace, trust.base, name)]))
  const head = new Map(names.map(name => [name, readText(path.join(ctx.workspace, name))]))
  const ini = (text: string | undefined): string | undefined =>
    isBanditIni(text) ? text : undefined
  const own = privateDir('runguard-bandit-config-')
  const write = own.write
  const baseIni = ini(base.get('.bandit'))
  const args = ['--ini', write('.bandit', baseIni ?? '[bandit]\n')]
  const basePyproject = base.get('pyproject.toml')
  const baseYaml = BANDIT_YAML_CONFIGS.find(name => base.get(name) !== undefined)
  if (banditToml(basePyproject) !== undefined)
    args.push('-c', write('pyproject.toml', basePyproject as string))
  else if (baseYaml !== undefined) args.push('-c', write(baseYaml, base.get(baseYaml) as string))
  const edited = [
    ...(ini(head.get('.bandit')) !== baseIni ? ['.bandit'] : []),
    ...(JSON.stringify(banditToml(head.get('pyproject.toml'))) !==
    JSON.stringify(banditToml(basePyproject))
      ? ['pyproject.toml [tool.bandit]']
      : []),
    ...BANDIT_YAML_CONFIGS.filter(name => head.get(name) !== base.get(name))
  ]
  return {
    args,
    excludes: baseIni !== undefined ? iniExcludes(baseIni) : [],
    warnings: edited.map(
      file =>
        `${file}: the change's Bandit settings are not applied; the base commit's are (trusted-config: base)`
    ),
    cleanup: own.cleanup
  }
}

/** The argv after the command: targets relative to the workspace, which is the cwd. */
export function banditArgs(
  ctx: Pick<ScanContext, 'settings' | 'workspace' | 'paths'>,
  skip: readonly string[] = [],
  config: BanditConfig = banditConfig(ctx)
): string[] {
  const args = ['-r']
  const excludes = banditExcludes(ctx)
  // Bandit drops a file whose path contains an exclude string; `-x` is split on commas, so a
  // name with a comma is excluded by its longest comma-free part.
  for (const p of skip)
    excludes.push(
      `./${p}`.split(',').reduce((a, b) => (b.length > a.length ? b : a), '') || `./${p}`
    )
  excludes.push(...config.excludes)
  args.push(...config.args)
  args.push('-f', 'json', '-q', '-x', excludes.join(','))
  // -l/-ll/-lll (and -i…) work from 1.6 on; --severity-level needs 1.7.1. Low = everything.
  const sev = LEVEL_FLAGS[ctx.settings.banditSeverity]
  const conf = LEVEL_FLAGS[ctx.settings.banditConfidence]
  if (sev !== '') args.push(`-${sev}`)
  if (conf !== '') args.push(`-${conf.replace(/l/g, 'i')}`)
  for (const p of ctx.paths) {
    const rel = path.relative(ctx.workspace, p).split(path.sep).join('/')
    // `./x` keeps every path Bandit sees prefixed, which the `*/…` excludes rely on.
    args.push(rel === '' ? '.' : `./${rel}`)
  }
  return args
}

const SUPPORTED_VERSIONS = '>=1.6.2 <2'

/** Larger Python files are not given to Bandit (it holds the file and its AST in memory). */
export const BANDIT_MAX_TARGET_BYTES = 10 * 1024 * 1024

/** Bandit's exit codes (bandit/cli/main.py): 0 no issues, 1 issues at or above the floors. */
const BANDIT: CodeScannerSpec = {
  tool: 'bandit',
  // Bandit reads *.py and *.pyw; it is given regular files of at most 10 MiB.
  targets: { include: name => /\.pyw?$/i.test(name), maxBytes: BANDIT_MAX_TARGET_BYTES },
  plan: (ctx, skip) => {
    const config = banditConfig(ctx)
    return {
      args: banditArgs(ctx, skip, config),
      warnings: config.warnings,
      ...(config.cleanup ? { cleanup: config.cleanup } : {}),
      reader: () => {
        const bandit = banditReader({
          workspace: ctx.workspace,
          readLines: createLineReader(ctx.workspace)
        })
        return {
          ...bandit,
          // Bandit has no fatal error kind: a file it could not parse is listed and skipped.
          finish: frame => ({ ...bandit.finish(frame), fatalErrors: [] })
        }
      }
    }
  },
  reportExitCodes: [0, 1],
  exitMeaning: { 2: 'usage or configuration error' },
  distrust: (report, exitCode) =>
    // Exit 1 is "issues found"; with none in the report the run is not trustworthy.
    exitCode === 1 && report.findings.length === 0 && report.outsideWorkspace === 0
      ? 'bandit exited 1 but reported no issues'
      : undefined
}

export const banditAdapter: ScannerAdapter = {
  name: 'bandit',
  supportedVersions: SUPPORTED_VERSIONS,
  installHint: 'pipx install bandit',
  detect(ctx: ScanContext): Promise<Detection> {
    return detectTool(ctx, {
      tool: 'bandit',
      command: ['bandit'],
      versionArgs: ['--version'],
      supportedVersions: SUPPORTED_VERSIONS
    })
  },
  scan(ctx: ScanContext, detection: Detection): Promise<ToolRun> {
    return runCodeScanner(BANDIT, ctx, detection)
  }
}

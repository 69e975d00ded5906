import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { Confidence, Finding, Severity, ToolRun } from '../model.js'
import { runCodeScanner, type CodeScannerSpec } from './code-scanner.js'
import { checkToolOutput, checkToolOutputItem } from './output-schema.js'
import type { ResultReader } from './report-stream.js'
import { literalGlob } from '../util/unsafe-targets.js'
import { SKIPPED_DIRS } from '../util/skipped-dirs.js'
import {
  codeAt,
  createLineReader,
  detectTool,
  Fingerprinter,
  lowerSeverity,
  repoPathResolver,
  reportFiles,
  StringPool,
  type LineReader
} from './support.js'
import type { Detection, ScanContext, ScannerAdapter } from './types.js'

/**
 * Semgrep adapter: `semgrep scan --json` with runguard's bundled rules (rules/semgrep) plus the
 * user's `semgrepConfig`, fully offline (no metrics, no version check, no registry unless the
 * user's config names one).
 */

/** Environment that keeps Semgrep offline: no metrics, no version check (that one hangs ~100s without network). */
export const SEMGREP_ENV = {
  SEMGREP_SEND_METRICS: 'off',
  SEMGREP_ENABLE_VERSION_CHECK: '0'
} as const

/** Per-rule-per-file timeout in seconds passed as `--timeout` (Semgrep's default is 5). */
const RULE_TIMEOUT_SECONDS = 30

/**
 * Finds runguard's `rules/semgrep` directory by walking up from this module: from sources it is
 * `<repo>/rules/semgrep`; from the ncc bundles (dist/index.js, dist/cli/index.js) it is next to
 * dist/ in the package root.
 */
export function findBundledRulesDir(
  from: string = path.dirname(fileURLToPath(import.meta.url))
): string | undefined {
  let dir = path.resolve(from)
  for (;;) {
    const candidate = path.join(dir, 'rules', 'semgrep')
    try {
      if (statSync(candidate).isDirectory()) return candidate
    } catch {
      // Not here; keep walking up.
    }
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** Semgrep's severities → runguard's (docs/severity.md). */
const SEVERITY_MAP: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  ERROR: 'high',
  MEDIUM: 'medium',
  WARNING: 'medium',
  LOW: 'low',
  // Semgrep's INFO is "worth a look", not "no risk"; SARIF treats INFO and LOW alike (note).
  INFO: 'low',
  EXPERIMENT: 'info',
  INVENTORY: 'info'
}

/**
 * Rule severity, lowered one level when the rule's metadata says confidence LOW (same rule as
 * for Bandit: the author expects false positives).
 */
export function semgrepSeverity(severity: unknown, confidence: Confidence | undefined): Severity {
  const base =
    typeof severity === 'string' ? (SEVERITY_MAP[severity.toUpperCase()] ?? 'unknown') : 'unknown'
  return confidence === 'low' ? lowerSeverity(base) : base
}

function confidenceOf(metadata: Record<string, unknown>): Confidence | undefined {
  const v = typeof metadata.confidence === 'string' ? metadata.confidence.toLowerCase() : ''
  return v === 'high' || v === 'medium' || v === 'low' ? v : undefined
}

/** `CWE-NNN` ids from metadata.cwe, which is a string or a list of "CWE-78: title" strings. */
export function cweIds(value: unknown): string[] {
  const texts = Array.isArray(value) ? value : [value]
  const ids = new Set<string>()
  for (const t of texts) {
    if (typeof t !== 'string') continue
    for (const m of t.matchAll(/CWE-(\d+)/gi)) ids.add(`CWE-${m[1]}`)
  }
  return [...ids]
}

function helpUriOf(metadata: Record<string, unknown>): string | undefined {
  const refs: unknown[] = Array.isArray(metadata.references)
    ? (metadata.references as unknown[])
    : [metadata.references]
  for (const candidate of [...refs, metadata.shortlink, metadata.source]) {
    if (typeof candidate === 'string' && /^https?:\/\//.test(candidate)) return candidate
  }
  return undefined
}

/**
 * The dotted prefix Semgrep puts in front of rule ids from a local config (`rules/semgrep/x.yml`
 * → `rules.semgrep.`): the config's directory without `.`/`..` parts. Both the cwd-relative and
 * the absolute form are returned, longest first.
 */
export function configPrefixes(configs: string[], cwd: string): string[] {
  const out = new Set<string>()
  for (const config of configs) {
    if (/^(p|r|s)\/|^https?:|^auto$/.test(config)) continue
    const abs = path.resolve(cwd, config)
    const isFile = existsSync(abs) ? statSync(abs).isFile() : /\.(ya?ml|json)$/i.test(abs)
    const dir = isFile ? path.dirname(abs) : abs
    for (const form of [path.relative(cwd, dir), dir]) {
      const dotted = form
        .split(/[\\/]+/)
        .filter(p => p !== '' && p !== '.' && p !== '..')
        .join('.')
      if (dotted !== '') out.add(dotted)
    }
  }
  return [...out].sort((a, b) => b.length - a.length)
}

/** Removes a config-folder prefix from a check_id (`rules.semgrep.python-x` → `python-x`). */
export function stripRulePrefix(checkId: string, prefixes: readonly string[]): string {
  for (const p of prefixes) if (checkId.startsWith(`${p}.`)) return checkId.slice(p.length + 1)
  return checkId
}

/** What parseSemgrepOutput returns. */
export interface SemgrepReport {
  findings: Finding[]
  /** Semgrep's errors[], one line each (level, type, rule, message, path). */
  errors: string[]
  /** errors[] entries with level "error": the scan did not complete as asked. */
  fatalErrors: string[]
  version?: string
  outsideWorkspace: number
  /** Repo paths of the files Semgrep scanned (`paths.scanned`), when it listed them. */
  scanned?: string[]
}

/** Options for parseSemgrepOutput. */
export interface SemgrepParseOptions {
  /** Semgrep's cwd (paths in the output are relative to it); the workspace in runguard. */
  workspace: string
  /** Reads source lines for the fingerprint (Semgrep's own `lines`/`fingerprint` need a login). */
  readLines?: LineReader
  /** Config-folder prefixes to strip from check_id (see configPrefixes). */
  rulePrefixes?: readonly string[]
}

const positionSchema = z.object({ line: z.number().int(), col: z.number().int().optional() })

/** The part of Semgrep's `--json` output (cli_output, semgrep_output_v1.atd) runguard reads. */
export const semgrepResultSchema = z.object({
  check_id: z.string(),
  path: z.string(),
  start: positionSchema,
  end: positionSchema.optional(),
  extra: z.object({
    message: z.string().optional(),
    severity: z.string().optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    is_ignored: z.boolean().optional()
  })
})

/** The report around the results, which are checked one by one (checkToolOutputItem). */
export const semgrepOutputSchema = z.object({
  version: z.string().optional(),
  results: z.array(z.unknown()),
  errors: z.array(
    z.object({
      level: z.string().optional(),
      // A string, or an array such as ["PartialParsing", [locations…]].
      type: z.union([z.string(), z.array(z.unknown())]).optional(),
      rule_id: z.string().optional(),
      message: z.string().optional(),
      short_msg: z.string().optional(),
      long_msg: z.string().optional(),
      path: z.string().optional()
    })
  ),
  paths: z.object({ scanned: z.array(z.string()).optional() })
})
type SemgrepError = z.output<typeof semgrepOutputSchema>['errors'][number]

function position(
  value: { line: number; col?: number } | undefined
): { line: number; col?: number } | undefined {
  if (value === undefined || value.line < 1) return undefined
  return {
    line: value.line,
    ...(value.col !== undefined && value.col > 0 ? { col: value.col } : {})
  }
}

/** One human line for a cli_error; `type` is a string or an array like ["PartialParsing", […]]. */
function describeError(e: SemgrepError): string {
  const type = Array.isArray(e.type) ? String(e.type[0]) : (e.type ?? 'error')
  const level = e.level ?? 'error'
  const text = [e.message, e.short_msg, e.long_msg].find(t => t !== undefined && t !== '')
  const rule = e.rule_id !== undefined ? ` (rule ${e.rule_id})` : ''
  const where = e.path !== undefined ? ` [${e.path}]` : ''
  const firstLine = (text ?? '').split('\n')[0]?.trim() ?? ''
  return `${level}: ${type}${rule}${firstLine ? `: ${firstLine}` : ''}${where}`
}

const SEMGREP_WHAT = 'not a Semgrep JSON report'

/**
 * Reads Semgrep's report one result at a time (src/scanners/report-stream.ts): each result is
 * checked and turned into a finding when it arrives, the report around them is checked last.
 * parseSemgrepOutput and the streaming read share it, so both give the same findings.
 */
export function semgrepReader(options: SemgrepParseOptions): ResultReader<SemgrepReport> {
  const prefixes = options.rulePrefixes ?? []
  const fingerprints = new Fingerprinter('semgrep')
  const findings: Finding[] = []
  let outsideWorkspace = 0
  // One rule reports one code range once: a rule whose pattern-either binds a metavariable two
  // ways (the function name and the variable name) yields the same match twice, with two
  // messages; the first is kept.
  const matched = new Set<string>()
  const pool = new StringPool()
  const repoPathOf = repoPathResolver(options.workspace, pool)
  return {
    frameKeys: Object.keys(semgrepOutputSchema.shape),
    result(value, i) {
      const r = checkToolOutputItem(semgrepResultSchema, value, `results[${i}]`, SEMGREP_WHAT)
      const extra = r.extra
      // nosemgrep-ed results only appear with --disable-nosem; they do not count.
      if (extra.is_ignored === true) return
      const range = `${r.check_id}\0${r.path}\0${r.start.line}:${r.start.col ?? 0}-${r.end?.line ?? 0}:${r.end?.col ?? 0}`
      if (matched.has(range)) return
      matched.add(range)
      const repoPath = repoPathOf(r.path)
      if (repoPath === undefined || repoPath === '.') {
        outsideWorkspace++
        return
      }
      const start = position(r.start) ?? { line: 1 }
      const end = position(r.end)
      const metadata = extra.metadata ?? {}
      const ruleId = pool.get(stripRulePrefix(r.check_id, prefixes))
      const confidence = confidenceOf(metadata)
      const message = extra.message?.trim() || ruleId
      const title =
        [metadata.shortDescription, metadata.title, metadata.name].find(
          (t): t is string => typeof t === 'string' && t !== ''
        ) ?? ruleId
      const content =
        (options.readLines
          ? codeAt(options.readLines, repoPath, start.line, end?.line ?? start.line)
          : undefined) ?? message
      const helpUri = helpUriOf(metadata)
      findings.push({
        tool: 'semgrep',
        ruleId,
        title: pool.get(title),
        message,
        severity: semgrepSeverity(extra.severity, confidence),
        ...(confidence ? { confidence } : {}),
        cwe: cweIds(metadata.cwe).map(c => pool.get(c)),
        location: {
          path: repoPath,
          startLine: start.line,
          ...(end && end.line > start.line ? { endLine: end.line } : {}),
          ...(start.col !== undefined ? { startColumn: start.col } : {}),
          ...(end?.col !== undefined ? { endColumn: end.col } : {})
        },
        ...(helpUri ? { helpUri: pool.get(helpUri) } : {}),
        fingerprint: fingerprints.next(ruleId, repoPath, content)
      })
    },
    finish(frame) {
      const output = checkToolOutput(semgrepOutputSchema, frame, SEMGREP_WHAT)
      const errors = output.errors.map(describeError)
      const fatalErrors = output.errors.filter(e => e.level === 'error').map(describeError)
      const scanned = output.paths.scanned
        ?.map(repoPathOf)
        .filter((p): p is string => p !== undefined && p !== '.')
      return {
        findings,
        errors,
        fatalErrors,
        ...(output.version !== undefined ? { version: output.version } : {}),
        outsideWorkspace,
        ...(scanned !== undefined ? { scanned } : {})
      }
    }
  }
}

/**
 * Parses Semgrep's `--json` output (cli_output) held whole. Throws ToolOutputError when it is
 * not such an object.
 */
export function parseSemgrepOutput(json: unknown, options: SemgrepParseOptions): SemgrepReport {
  // The report's shape first, so a wrong document is named as such before any result is read.
  const output = checkToolOutput(semgrepOutputSchema, json, SEMGREP_WHAT)
  const reader = semgrepReader(options)
  output.results.forEach((r, i) => reader.result(r, i))
  return reader.finish({ ...output, results: [] })
}

/** Semgrep's documented exit codes besides 0 (error.py / Exit_code.mli). */
const EXIT_MEANING: Record<number, string> = {
  2: 'fatal error',
  4: 'invalid rule pattern',
  5: 'unparsable rule YAML',
  7: 'missing or invalid config',
  8: 'invalid language in a rule',
  13: 'invalid API token',
  14: 'scan failed'
}

/** Every `--config` passed to Semgrep, bundled rules first. Undefined when the bundle is missing. */
export function semgrepConfigs(
  ctx: Pick<ScanContext, 'settings'>,
  bundled = findBundledRulesDir()
): string[] | undefined {
  const configs: string[] = []
  if (!ctx.settings.semgrepNoDefaultRules) {
    if (bundled === undefined) return undefined
    configs.push(bundled)
  }
  configs.push(...ctx.settings.semgrepConfig)
  return configs
}

/** The argv after the command (cwd = workspace, targets relative to it). */
export function semgrepArgs(
  ctx: Pick<ScanContext, 'settings' | 'workspace' | 'paths'>,
  configs: string[],
  skip: readonly string[] = []
): string[] {
  const args = [
    'scan',
    '--json',
    '--metrics=off',
    '--disable-version-check',
    // Bare rule ids; configPrefixes() still strips prefixes if a Semgrep ignores this.
    '--no-rewrite-rule-ids',
    `--timeout=${RULE_TIMEOUT_SECONDS}`,
    // Semgrep's own default, stated so the bound runguard lists skips against is the same.
    `--max-target-bytes=${SEMGREP_MAX_TARGET_BYTES}`
  ]
  for (const c of configs) args.push('--config', c)
  const excludes = [
    ...SKIPPED_DIRS,
    ...ctx.settings.exclude,
    ...reportFiles(ctx).map(f => `/${f}`),
    ...skip.map(p => `/${literalGlob(p)}`)
  ]
  for (const e of [...new Set(excludes)]) args.push('--exclude', e)
  // `--` so a path that starts with `-` is never read as an option.
  args.push('--')
  for (const p of ctx.paths) {
    const rel = path.relative(ctx.workspace, p).split(path.sep).join('/')
    args.push(rel === '' ? '.' : rel)
  }
  return args
}

const SUPPORTED_VERSIONS = '>=1.38.0 <2'

/**
 * Directory names Semgrep's built-in ignore list skips at any depth when the tree has no
 * .semgrepignore (observed with Semgrep 1.182: `test/`, `tests/`, `vendor/`); only used to say
 * why a file was not scanned.
 */
const SEMGREP_DEFAULT_IGNORED_DIRS = new Set(['test', 'tests', 'vendor'])

/** Semgrep skips larger targets itself (its default); runguard lists them. */
export const SEMGREP_MAX_TARGET_BYTES = 1_000_000

const SEMGREP: CodeScannerSpec = {
  tool: 'semgrep',
  // Every name: a link to a device or FIFO is excluded whatever it is called; large files are
  // listed when they are source files (Semgrep skips them itself, data files included).
  targets: {
    maxBytes: SEMGREP_MAX_TARGET_BYTES,
    listLarge: name => /\.(?:pyw?|pyi|js|jsx|mjs|cjs|ts|tsx|html?|j2|jinja2?)$/i.test(name)
  },
  plan: (ctx, skip) => {
    const configs = semgrepConfigs(ctx)
    if (configs === undefined) {
      return {
        unavailable:
          "runguard's bundled Semgrep rules (rules/semgrep) were not found next to the program"
      }
    }
    return {
      args: semgrepArgs(ctx, configs, skip),
      env: { ...ctx.env, ...SEMGREP_ENV },
      reader: () =>
        semgrepReader({
          workspace: ctx.workspace,
          readLines: createLineReader(ctx.workspace),
          rulePrefixes: configPrefixes(configs, ctx.workspace)
        })
    }
  },
  // The bundled rules are Python rules: every Python file Semgrep is given must be scanned.
  expects: ctx =>
    ctx.settings.semgrepNoDefaultRules ? undefined : (repoPath: string) => /\.py$/i.test(repoPath),
  ownSkipReason: tracked => {
    const ignoreFiles = [...tracked].filter(f => path.posix.basename(f) === '.semgrepignore').sort()
    const named = ignoreFiles.slice(0, 3).join(', ') + (ignoreFiles.length > 3 ? ', …' : '')
    return repoPath =>
      ignoreFiles.length > 0
        ? `not scanned by Semgrep: dropped by its ignore rules (.semgrepignore in the tree: ${named})`
        : repoPath.split('/').some(part => SEMGREP_DEFAULT_IGNORED_DIRS.has(part))
          ? 'not scanned by Semgrep: its default ignore list skips test/, tests/ and vendor/ directories'
          : 'not scanned by Semgrep: dropped by its ignore rules'
  },
  // 0 = ran (findings do not change it without --error); 1 = findings with --error;
  // 3 = a target failed to parse (fatal only with --strict). All three carry a full report.
  reportExitCodes: [0, 1, 3],
  exitMeaning: EXIT_MEANING
}

export const semgrepAdapter: ScannerAdapter = {
  name: 'semgrep',
  supportedVersions: SUPPORTED_VERSIONS,
  installHint: 'pipx install semgrep',
  detect(ctx: ScanContext): Promise<Detection> {
    return detectTool(ctx, {
      tool: 'semgrep',
      command: ['semgrep'],
      versionArgs: ['--version', '--disable-version-check'],
      supportedVersions: SUPPORTED_VERSIONS,
      env: { ...ctx.env, ...SEMGREP_ENV }
    })
  },
  scan(ctx: ScanContext, detection: Detection): Promise<ToolRun> {
    return runCodeScanner(SEMGREP, ctx, detection)
  }
}

import {
  describeUnsafeTargets,
  unsafeTargets,
  type UnsafeTargetOptions
} from '../util/unsafe-targets.js'
import path from 'node:path'
import type { Finding, SkippedFile, ToolRun } from '../model.js'
import { trackedFiles } from '../secrets/git.js'
import { compileGlobs } from '../glob/match.js'
import { toRepoPath } from '../util/paths.js'
import { SKIPPED_DIRS } from '../util/skipped-dirs.js'
import { errorMessage } from '../errors.js'
import { NotJsonError, readReportStream, type ResultReader } from './report-stream.js'
import { processFailure, reportFiles, withStderr } from './support.js'
import type { Detection, ScanContext } from './types.js'

/**
 * The run shared by the code scanners (Bandit, Semgrep): one process over the workspace, a JSON
 * report on stdout checked against the tool's schema, exit codes mapped per tool. Each adapter
 * supplies only what differs: its argv, its parser, its exit codes and its own distrust rules.
 */

/** What a code scanner's pure parser returns. */
export interface CodeScanReport {
  findings: Finding[]
  /** The tool's own errors, one line each (unparsable files, partial parsing …). */
  errors: string[]
  /** Errors that mean the scan did not complete as asked (Semgrep's level "error"). */
  fatalErrors: string[]
  /** Results whose path was outside the workspace (dropped). */
  outsideWorkspace: number
  /** The version the report names, when the tool writes one. */
  version?: string
  /** Repo paths of the files the tool says it scanned (Semgrep's `paths.scanned`). */
  scanned?: readonly string[]
}

/** One planned run: the argv after the program and how to read its stdout. */
export interface CodeScanPlan {
  args: string[]
  env?: NodeJS.ProcessEnv
  /** Said on the ToolRun whatever the outcome (settings of the project's that do not apply). */
  warnings?: string[]
  /** Removes what the plan wrote (temporary config files), once the tool has exited. */
  cleanup?(): void
  /**
   * A fresh reader of the report, fed one result at a time as stdout streams in; its checks
   * throw ToolOutputError when stdout is not the tool's report.
   */
  reader(): ResultReader<CodeScanReport>
}

/** What a code-scanner adapter supplies to runCodeScanner. */
export interface CodeScannerSpec {
  tool: 'bandit' | 'semgrep'
  /**
   * The run, or why it cannot happen (e.g. the bundled rules are missing). `skip` lists the
   * workspace-relative files the tool must exclude (see `targets`).
   */
  plan(ctx: ScanContext, skip: readonly string[]): CodeScanPlan | { unavailable: string }
  /** Which files the tool reads, and the size bound: other entries are excluded and listed. */
  targets: UnsafeTargetOptions
  /** Exit codes after which stdout holds the complete report. */
  reportExitCodes: readonly number[]
  /** What the tool's other documented exit codes mean. */
  exitMeaning: Readonly<Record<number, string>>
  /** A reason not to trust a report that parsed (Bandit: exit 1 "issues found" but none). */
  distrust?(report: CodeScanReport, exitCode: number): string | undefined
  /**
   * The tracked files the tool must read (by repo path), when its report lists what it scanned:
   * each one it was given but did not scan is listed, with `ownSkipReason`.
   */
  expects?(ctx: ScanContext): ((repoPath: string) => boolean) | undefined
  /** Why the tool skipped a file it was given, from what is tracked (its ignore files). */
  ownSkipReason?(tracked: ReadonlySet<string>): (repoPath: string) => string
}

/** Runs a code scanner and turns every outcome into a ToolRun; never throws for tool trouble. */
export async function runCodeScanner(
  spec: CodeScannerSpec,
  ctx: ScanContext,
  detection: Detection
): Promise<ToolRun> {
  // Symlinks to devices, FIFOs and huge files are never handed to the tool, and are listed.
  const unsafe = unsafeTargets(ctx.workspace, ctx.paths, spec.targets)
  // The tool is spawned first (runPlanned spawns it before its first await), then git lists the
  // tracked files while the tool runs: after it, git would sit between the slowest tool's exit
  // and the script's start.
  const running = runPlanned(
    spec,
    ctx,
    detection,
    unsafe.map(u => u.path)
  )
  const [{ run, scanned }, tracked] = await Promise.all([running, listTracked(ctx)])
  const hidden = trackedInSkippedDirs(spec, ctx, tracked)
  const own =
    scanned !== undefined
      ? notScannedByTool(spec, ctx, tracked, scanned, new Set(unsafe.map(u => u.path)))
      : []
  const skipped = describeUnsafeTargets(spec.tool, unsafe)
  if (!skipped.length && !hidden.length && !own.length) return run
  return {
    ...run,
    warnings: [...(run.warnings ?? []), ...skipped],
    skipped: [
      ...(run.skipped ?? []),
      ...unsafe.map(u => ({ path: ctx.redactor.redact(u.path), reason: u.reason })),
      ...hidden,
      ...own
    ]
  }
}

const SKIPPED = new Set(SKIPPED_DIRS)

/** The tracked files (git ls-files), listed while the tool runs; undefined outside git. */
function listTracked(ctx: ScanContext): Promise<ReadonlySet<string> | undefined> {
  return trackedFiles({
    exec: ctx.exec,
    ...(ctx.env ? { env: ctx.env } : {}),
    logger: ctx.logger,
    cwd: ctx.workspace,
    timeoutMs: ctx.timeoutMs,
    ...(ctx.signal ? { signal: ctx.signal } : {})
  })
}

/** Whether a tracked repo path is under one of the scanned paths. */
function underRoots(ctx: ScanContext): (repoPath: string) => boolean {
  const roots = (ctx.paths.length ? ctx.paths : [ctx.workspace])
    .map(p => toRepoPath(ctx.workspace, p))
    .filter((r): r is string => r !== undefined)
  return t => roots.some(r => r === '.' || t === r || t.startsWith(`${r}/`))
}

/** Whether the path, or a directory above it, matches (an excluded directory drops its files). */
function excludedOrUnder(repoPath: string, excluded: (p: string) => boolean): boolean {
  const parts = repoPath.split('/')
  for (let i = parts.length; i > 0; i--) if (excluded(parts.slice(0, i).join('/'))) return true
  return false
}

/** The directory name no scanner looks into that holds `repoPath`, if any. */
const skippedDirOf = (repoPath: string): string | undefined =>
  repoPath
    .split('/')
    .slice(0, -1)
    .find(part => SKIPPED.has(part))

/**
 * Tracked files the tool would read that sit in a directory it is told to skip (virtualenvs,
 * node_modules …, src/util/skipped-dirs.ts): a change can commit code there and no scanner
 * would open it, so each is listed (SECURITY.md, promise 5). Outside a git repository: none.
 */
function trackedInSkippedDirs(
  spec: CodeScannerSpec,
  ctx: ScanContext,
  tracked: ReadonlySet<string> | undefined
): SkippedFile[] {
  if (!tracked) return []
  const reads = spec.targets.include ?? spec.targets.listLarge ?? ((): boolean => true)
  const under = underRoots(ctx)
  const out: SkippedFile[] = []
  for (const t of [...tracked].sort()) {
    const dir = skippedDirOf(t)
    if (dir === undefined || !reads(path.posix.basename(t)) || !under(t)) continue
    out.push({
      path: ctx.redactor.redact(t),
      reason: `inside ${dir}/, a directory name no scanner looks into`
    })
  }
  return out
}

/**
 * Tracked files the tool was given and should have read but says it did not scan: Semgrep
 * drops files its own ignore rules name (a `.semgrepignore` anywhere in the tree, which a change
 * can add, or Semgrep's default list, which skips `tests/`), with no trace in its results. Files
 * runguard itself keeps from the tool (the user's `exclude`, report files, the unsafe targets
 * and skipped directories listed above) are not listed again.
 */
function notScannedByTool(
  spec: CodeScannerSpec,
  ctx: ScanContext,
  tracked: ReadonlySet<string> | undefined,
  scanned: readonly string[],
  unsafe: ReadonlySet<string>
): SkippedFile[] {
  const expects = spec.expects?.(ctx)
  if (!tracked || expects === undefined) return []
  const seen = new Set(scanned)
  const under = underRoots(ctx)
  const excluded = ctx.settings.exclude.length ? compileGlobs(ctx.settings.exclude) : undefined
  const reports = new Set(reportFiles(ctx))
  const reason = spec.ownSkipReason?.(tracked) ?? ((): string => `${spec.tool} did not scan it`)
  const out: SkippedFile[] = []
  for (const t of [...tracked].sort()) {
    if (seen.has(t) || !expects(t) || !under(t) || unsafe.has(t) || reports.has(t)) continue
    if (skippedDirOf(t) !== undefined || (excluded && excludedOrUnder(t, excluded))) continue
    out.push({ path: ctx.redactor.redact(t), reason: reason(t) })
  }
  return out
}

async function runPlanned(
  spec: CodeScannerSpec,
  ctx: ScanContext,
  detection: Detection,
  skip: readonly string[]
): Promise<{ run: ToolRun; scanned?: readonly string[] }> {
  const { tool } = spec
  const base = { tool, ...(detection.version ? { version: detection.version } : {}) }
  let plan: CodeScanPlan | { unavailable: string }
  try {
    plan = spec.plan(ctx, skip)
  } catch (e) {
    // e.g. the base commit's settings could not be read: no run, rather than one without them.
    plan = { unavailable: `${tool} was not run: ${errorMessage(e)}` }
  }
  if ('unavailable' in plan) {
    return {
      run: {
        ...base,
        status: 'failed',
        reason: plan.unavailable,
        durationMs: 0,
        findings: [],
        errors: []
      }
    }
  }
  let scanned: readonly string[] | undefined
  try {
    const run = await runPlan(spec, ctx, detection, plan, report => (scanned = report.scanned))
    return {
      run: plan.warnings?.length
        ? { ...run, warnings: [...plan.warnings, ...(run.warnings ?? [])] }
        : run,
      // What a run that did not complete scanned says nothing about what the tool skips.
      ...(run.status === 'ok' && scanned !== undefined ? { scanned } : {})
    }
  } finally {
    plan.cleanup?.()
  }
}

async function runPlan(
  spec: CodeScannerSpec,
  ctx: ScanContext,
  detection: Detection,
  plan: CodeScanPlan,
  onReport: (report: CodeScanReport) => void
): Promise<ToolRun> {
  const { tool } = spec
  const [program = tool, ...prefix] = detection.command
  const base = { tool, ...(detection.version ? { version: detection.version } : {}) }
  const args = [...prefix, ...plan.args]
  // The report is read as it arrives (a result at a time), never held whole.
  const stream = readReportStream(plan.reader())
  const result = await ctx.exec(program, args, {
    cwd: ctx.workspace,
    ...(plan.env ? { env: plan.env } : {}),
    timeoutMs: ctx.timeoutMs,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    onStdout: chunk => stream.write(chunk)
  })
  const done = { ...base, command: [program, ...args], durationMs: Math.round(result.durationMs) }
  const failure = processFailure(tool, result, ctx.timeoutMs, ctx.redactor)
  if (failure) return { ...done, ...failure, findings: [], errors: [] }

  // An exec that does not stream (a test's fake) returns the text instead.
  if (result.stdout !== '') stream.write(result.stdout)
  result.stdout = ''
  let report: CodeScanReport | undefined
  let parseError = `${tool} printed no parsable JSON`
  try {
    report = stream.end()
    onReport(report)
  } catch (e) {
    if (!(e instanceof NotJsonError))
      parseError = `${tool} output is not its JSON report: ${errorMessage(e)}`
  }
  const redact = (text: string): string => ctx.redactor.redact(text)
  // Messages interpolate matched code (Semgrep's $X), which may hold a secret value. Only a
  // finding whose message changes is copied, in place (the reader's list is ours alone).
  const findings = report?.findings ?? []
  findings.forEach((f, i) => {
    const message = redact(f.message)
    if (message !== f.message) findings[i] = { ...f, message }
  })
  const errors = (report?.errors ?? []).map(redact)
  const version = base.version ?? report?.version
  const run = { ...done, ...(version ? { version } : {}) }

  const code = result.exitCode ?? -1
  if (!spec.reportExitCodes.includes(code)) {
    const meaning = spec.exitMeaning[code]
    const what = meaning
      ? `${tool} failed with exit ${code} (${meaning})`
      : `${tool} exited with unexpected code ${code}`
    const first = report?.fatalErrors[0] ?? report?.errors[0]
    const reason = first ? redact(`${what}: ${first}`) : withStderr(what, result, ctx.redactor)
    return { ...run, status: 'failed', reason, findings, errors }
  }
  if (report === undefined) {
    return {
      ...run,
      status: 'failed',
      reason: withStderr(parseError, result, ctx.redactor),
      findings: [],
      errors: []
    }
  }
  if (report.fatalErrors.length > 0) {
    // A report with level-"error" entries: some rules or targets did not run; never "clean".
    return {
      ...run,
      status: 'failed',
      reason: redact(
        `${tool} reported ${report.fatalErrors.length} fatal error(s): ${report.fatalErrors[0] ?? ''}`
      ),
      findings,
      errors
    }
  }
  const distrust = spec.distrust?.(report, code)
  if (distrust !== undefined) {
    return {
      ...run,
      status: 'failed',
      reason: withStderr(distrust, result, ctx.redactor),
      findings: [],
      errors
    }
  }
  if (report.outsideWorkspace > 0) {
    ctx.logger.warning(
      `${tool}: ${report.outsideWorkspace} result(s) outside the workspace were dropped`
    )
  }
  return { ...run, status: 'ok', findings, errors }
}

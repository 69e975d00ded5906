import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import type { ExecResult } from '../exec.js'
import type { Severity, ToolName, ToolRun } from '../model.js'
import type { Redactor } from '../redact.js'
import { fingerprintOf } from '../util/hash.js'
import { toRepoPath } from '../util/paths.js'
import { cachedProbe, probeKey, rememberProbe } from './detect-cache.js'
import type { Detection, ScanContext } from './types.js'

/**
 * Helpers shared by the code-scanner adapters (bandit, semgrep): reading source lines for
 * fingerprints, stable fingerprints with an occurrence counter, and turning a failed process
 * into a ToolRun reason. Not an adapter itself (the registry test lists it as a helper).
 */

/** Source files larger than this are not read for fingerprints (the line number is used). */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024
/** Matches spanning more lines than this are fingerprinted by their first lines only. */
const MAX_FINGERPRINT_LINES = 10

/**
 * A file's lines as `split(/\r?\n/)` gives them, read through `length` and `slice` only (a
 * plain array is one).
 */
export interface SourceLines {
  readonly length: number
  slice(start?: number, end?: number): string[]
}

/** Returns the lines of a repo-relative file, or undefined when it cannot be read. */
export type LineReader = (repoPath: string) => SourceLines | undefined

/**
 * A file's text and where each line starts: a line becomes a string only when a finding asks
 * for it. Splitting every flagged file up front held a string per line of every file for the
 * whole scan (~8 MB more than the texts at 100,000 findings, garbage once the scan ended).
 */
class FileLines implements SourceLines {
  /** Offset of each line's first character, and one past the end of the text. */
  private readonly starts: Int32Array
  readonly length: number
  constructor(private readonly text: string) {
    let lines = 1
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
    this.length = lines
    this.starts = new Int32Array(lines + 1)
    let line = 1
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
      this.starts[line++] = at + 1
    this.starts[lines] = text.length + 1
  }

  /** Line `i` (0-based) without its line break; `\r` before a `\n` is part of the break. */
  private line(i: number): string {
    const begin = this.starts[i] as number
    let end = (this.starts[i + 1] as number) - 1
    if (i < this.length - 1 && this.text.charCodeAt(end - 1) === 13) end--
    return this.text.slice(begin, end)
  }

  /** Like Array#slice over the lines. */
  slice(start = 0, end = this.length): string[] {
    const from = start < 0 ? Math.max(0, this.length + start) : Math.min(start, this.length)
    const to = end < 0 ? Math.max(0, this.length + end) : Math.min(end, this.length)
    const out: string[] = []
    for (let i = from; i < to; i++) out.push(this.line(i))
    return out
  }
}

/** Reads files under the workspace once each; unreadable or huge files give undefined. */
export function createLineReader(workspace: string): LineReader {
  const cache = new Map<string, FileLines | undefined>()
  return repoPath => {
    if (cache.has(repoPath)) return cache.get(repoPath)
    let lines: FileLines | undefined
    try {
      const file = path.join(workspace, repoPath)
      if (statSync(file).size <= MAX_SOURCE_BYTES) lines = new FileLines(readFileSync(file, 'utf8'))
    } catch {
      lines = undefined
    }
    cache.set(repoPath, lines)
    return lines
  }
}

/** Code content with indentation and runs of whitespace removed, so re-indenting keeps it. */
export function normalizeCode(lines: readonly string[]): string {
  return lines
    .slice(0, MAX_FINGERPRINT_LINES)
    .map(l => l.trim().replace(/\s+/g, ' '))
    .filter(l => l !== '')
    .join('\n')
}

/** Lines `start..end` (1-based, inclusive) of a file, normalized; undefined when unreadable. */
export function codeAt(
  read: LineReader,
  repoPath: string,
  start: number,
  end: number
): string | undefined {
  const lines = read(repoPath)
  if (!lines || start < 1 || start > lines.length) return undefined
  const last = Math.min(Math.max(end, start), start + MAX_FINGERPRINT_LINES - 1)
  const code = normalizeCode(lines.slice(start - 1, last))
  return code === '' ? undefined : code
}

/**
 * Fingerprints from (tool, rule, path, normalized code): stable when lines move. Identical code
 * reported twice in one file (the same call on two lines) gets an occurrence number, counted in
 * report order, so the two findings stay distinct.
 */
export class Fingerprinter {
  private readonly seen = new Map<string, number>()
  constructor(private readonly tool: ToolName) {}
  next(ruleId: string, repoPath: string, content: string): string {
    const key = fingerprintOf([this.tool, ruleId, repoPath, content])
    const n = (this.seen.get(key) ?? 0) + 1
    this.seen.set(key, n)
    return n === 1 ? key : fingerprintOf([this.tool, ruleId, repoPath, content, String(n)])
  }
}

/**
 * One reader's memory of the strings its results repeat (rule ids, titles, links, paths, CWE
 * ids): each distinct value is held once, not once per finding. A streamed report hands over
 * a fresh string for every occurrence; at 100,000 results the copies were tens of MB.
 */
export class StringPool {
  private readonly pool = new Map<string, string>()
  /** The pooled instance of `value`. */
  get(value: string): string {
    const held = this.pool.get(value)
    if (held !== undefined) return held
    this.pool.set(value, value)
    return value
  }
}

/**
 * toRepoPath per distinct reported path, once per report: it resolves symlinks on disk, and a
 * report names the same files over and over (most of the time of a large report went there).
 * Results are pooled, so the findings of one file share one path string.
 */
export function repoPathResolver(
  workspace: string,
  pool: StringPool
): (p: string) => string | undefined {
  const seen = new Map<string, string | undefined>()
  return p => {
    if (seen.has(p)) return seen.get(p)
    const rel = toRepoPath(workspace, p)
    const pooled = rel === undefined ? undefined : pool.get(rel)
    seen.set(p, pooled)
    return pooled
  }
}

/** Lowers a severity one level (used for low-confidence results); critical stops at high. */
export function lowerSeverity(severity: Severity): Severity {
  switch (severity) {
    case 'critical':
      return 'high'
    case 'high':
      return 'medium'
    case 'medium':
      return 'low'
    default:
      return severity
  }
}

const STDERR_TAIL_LINES = 8
const STDERR_LINE_MAX = 300

/**
 * The last non-empty lines of a tool's output (its stderr, usually), redacted and shortened, for
 * a failure reason: the one tail helper of every adapter and the installer. Multi-line reasons
 * keep the lines apart; a one-line reason joins them with `separator` (e.g. ' | ').
 */
export function stderrTail(
  stderr: string,
  redactor: Redactor,
  lines = STDERR_TAIL_LINES,
  separator = '\n'
): string {
  return stderr
    .split(/\r?\n/)
    .map(l => (separator === '\n' ? l.trimEnd() : l.trim()))
    .filter(l => l.trim() !== '')
    .slice(-lines)
    .map(l => (l.length > STDERR_LINE_MAX ? `${l.slice(0, STDERR_LINE_MAX)}…` : l))
    .map(l => redactor.redact(l))
    .join(separator)
}

/** Appends the stderr tail to a reason when there is one. */
export function withStderr(reason: string, result: ExecResult, redactor: Redactor): string {
  const tail = stderrTail(result.stderr, redactor)
  return tail === '' ? reason : `${reason}; last stderr lines:\n${tail}`
}

/**
 * The process-level outcome every adapter checks before looking at exit codes: could not start,
 * timed out, killed by a signal, or output cut off. Undefined when the process ran and exited.
 */
export function processFailure(
  tool: ToolName,
  result: ExecResult,
  timeoutMs: number,
  redactor: Redactor
): Pick<ToolRun, 'status' | 'reason'> | undefined {
  if (result.spawnError !== undefined) {
    return { status: 'failed', reason: `${tool} could not be started: ${result.spawnError}` }
  }
  if (result.timedOut) {
    const seconds = Math.round(timeoutMs / 100) / 10
    return {
      status: 'timed-out',
      reason: withStderr(
        `${tool} did not finish within ${seconds}s and was killed`,
        result,
        redactor
      )
    }
  }
  if (result.signal !== null) {
    return {
      status: 'failed',
      reason: withStderr(`${tool} was killed by ${result.signal}`, result, redactor)
    }
  }
  if (result.truncated) {
    return {
      status: 'failed',
      reason: `${tool} printed more output than runguard keeps; its report is incomplete`
    }
  }
  return undefined
}

/** First `major.minor.patch` in a version banner (`bandit 1.9.4`, `1.182.0`). */
export function parseVersion(text: string): string | undefined {
  return /\b(\d+\.\d+\.\d+)\b/.exec(text)?.[1]
}

/** Timeout for `--version` probes: a tool that cannot print its version in this time is broken. */
const VERSION_PROBE_TIMEOUT_MS = 60_000

/**
 * Runs `<command> <versionArgs>` and reports whether the tool is installed, its version, and
 * whether that version is in the range the parser is tested against (we still run it if not).
 * With `detectCache` in `ctx` (runScanners sets it for real runs), a probe's output is cached
 * in the tools directory keyed by the program's path, size and times (detect-cache.ts), so an
 * unchanged tool is not started again just to print its version.
 */
export async function detectTool(
  ctx: Pick<ScanContext, 'exec' | 'env' | 'signal'> &
    Partial<Pick<ScanContext, 'workspace' | 'detectCache'>>,
  opts: {
    tool: ToolName
    command: string[]
    versionArgs: string[]
    supportedVersions: string
    /** Environment of the probe; default the handed-in `ctx.env`. */
    env?: NodeJS.ProcessEnv
    /** Reads the version from the probe's output; default: the first x.y.z. */
    parse?: (output: string) => string | undefined
  }
): Promise<Detection> {
  const [program, ...prefix] = opts.command
  if (program === undefined) return { installed: false, command: opts.command, supported: false }
  const args = [...prefix, ...opts.versionArgs]
  const env = opts.env ?? ctx.env
  const cache = ctx.workspace ? ctx.detectCache : undefined
  const toolsDir = cache?.dir
  const key =
    cache && ctx.workspace ? probeKey(program, args, cache.pathFor(env), ctx.workspace) : undefined
  let output = toolsDir && key ? cachedProbe(toolsDir, key) : undefined
  let exitCode: number | null = 0
  if (output === undefined) {
    const result = await ctx.exec(program, args, {
      timeoutMs: VERSION_PROBE_TIMEOUT_MS,
      env,
      signal: ctx.signal
    })
    if (result.spawnError !== undefined) {
      return { installed: false, command: opts.command, supported: false }
    }
    output = `${result.stdout}\n${result.stderr}`
    exitCode = result.exitCode
    // Only a clean probe is remembered: a broken or interrupted tool is asked again next time.
    if (toolsDir && key && exitCode === 0 && !result.timedOut && result.signal === null)
      rememberProbe(toolsDir, key, output)
  }
  const version = (opts.parse ?? parseVersion)(output)
  if (version === undefined) {
    return {
      installed: true,
      command: opts.command,
      supported: false,
      warning: `${opts.tool} did not print a version (exit ${String(exitCode)}); running it anyway`
    }
  }
  const supported = semver.satisfies(semver.coerce(version) ?? '0.0.0', opts.supportedVersions)
  return {
    installed: true,
    command: opts.command,
    version,
    supported,
    ...(supported
      ? {}
      : {
          warning: `${opts.tool} ${version} is outside the tested range ${opts.supportedVersions}; its output may not parse`
        })
  }
}

/** Our own report outputs inside the workspace (never scanned). */
export function reportFiles(ctx: Pick<ScanContext, 'settings' | 'workspace'>): string[] {
  const s = ctx.settings
  return [
    s.sarifFile,
    s.sbomFile,
    s.metricsFile,
    s.junitFile,
    s.tapFile,
    s.summaryFile,
    s.reportFile
  ]
    .filter((f): f is string => typeof f === 'string' && f !== '')
    .map(f => toRepoPath(ctx.workspace, f))
    .filter((f): f is string => f !== undefined && f !== '.')
}

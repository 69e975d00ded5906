import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import type { Settings } from '../config/schema.js'
import type { Logger } from '../logger.js'
import type { Metrics } from '../model.js'
import type { Redactor } from '../redact.js'
import { Cancelled, CANCEL_GRACE_SECONDS } from './cancel.js'
import { OutputCapture, type CapturedStream } from './capture.js'
import type { IsolationPlan } from './isolation.js'
import { ScriptProcess, type LaunchMode } from './launch.js'
import { LiveLog, type Stream } from './live-output.js'
import { describeMeasurement } from './measurement.js'
import { buildMetrics } from './metrics.js'
import { findProcessesWithEnv, ProcTreeMonitor, type ProcessKey } from './monitor.js'
import { terminateTree } from './terminate.js'

export { signalExitCode } from './launch.js'

/** Settings one attempt reads. */
export type AttemptSettings = Pick<
  Settings,
  'samplingInterval' | 'timeout' | 'killGrace' | 'stdinJson' | 'maxOutputBytes'
>

export interface AttemptContext {
  argv: readonly string[]
  cwd: string
  env: NodeJS.ProcessEnv
  settings: AttemptSettings
  redactor: Redactor
  logger: Logger
  onLine?: (stream: Stream, line: string) => void
  signal?: AbortSignal
  /** 1-based attempt number within its run. */
  attempt: number
  /** Absolute python path for the helper; undefined = spawn the target directly. */
  shimPython?: string
  /** Run the script in PID and mount namespaces (needs shimPython). */
  isolation?: IsolationPlan
  /** The isolation line for the measurement notes (describeIsolation). */
  isolationNote?: string
  /** Called once the tree has been started (before any of its output is read). */
  onStarted?: () => void
}

export interface AttemptResult {
  metrics: Metrics
  stdout: CapturedStream
  stderr: CapturedStream
  /** The program could not be started (exit_code 127 not found, 126 otherwise). */
  startFailure?: { code: 126 | 127; message: string }
}

/** The namespaces could not be set up although the probe said they could: a runner failure. */
export class IsolationError extends Error {
  override readonly name = 'IsolationError'
}

/** Set in the script's environment to a fresh id per attempt (see findProcessesWithEnv). */
export const RUN_ID_ENV = 'RUNGUARD_RUN_ID'

/**
 * One attempt: start the tree (isolated, under the shim, or directly), stream and capture its
 * output, sample it, enforce the timeout and cancellation, and make sure nothing the script
 * started outlives it.
 */
export async function runAttempt(ctx: AttemptContext): Promise<AttemptResult> {
  const startedAt = new Date().toISOString()
  const t0 = performance.now()
  const linux = process.platform === 'linux' && existsSync('/proc/self/stat')
  const mode: LaunchMode =
    !linux || !ctx.shimPython ? 'direct' : ctx.isolation ? 'isolated' : 'shim'
  const streams = captureStreams(ctx)
  // The redactor's detector may not be loaded yet (`runguard run` loads it once the script
  // runs, below), and no line may be redacted, and so printed, without it. Until it is, the
  // script's pipes are not read (holdOutput): a script that writes without end blocks on a
  // full pipe instead of growing this process. Chunks read before the hold took effect wait
  // here, in order.
  let sink: 'hold' | 'capture' | 'drop' = 'hold'
  const held: Array<[OutputCapture, Buffer]> = []
  const output = (capture: OutputCapture, chunk: Buffer): void => {
    if (sink === 'capture') capture.write(chunk)
    else if (sink === 'hold') held.push([capture, chunk])
  }
  // Marks every process of this attempt (environment is inherited) so survivors that escaped
  // the tree before any sample saw them can still be found and killed at the end.
  const runId = randomUUID()
  let monitor: ProcTreeMonitor | undefined
  const stop = new StopControl(ctx)
  const proc = await ScriptProcess.start({
    argv: ctx.argv,
    cwd: ctx.cwd,
    env: { ...ctx.env, [RUN_ID_ENV]: runId },
    ...(ctx.settings.stdinJson !== undefined ? { stdin: ctx.settings.stdinJson } : {}),
    mode,
    ...(ctx.shimPython ? { python: ctx.shimPython } : {}),
    ...(ctx.isolation ? { isolation: ctx.isolation } : {}),
    cgroup: mode !== 'isolated',
    onStdout: chunk => output(streams.out, chunk),
    onStderr: chunk => output(streams.err, chunk),
    onTree: (root, excludeRoot) => {
      if (linux && !monitor) {
        monitor = new ProcTreeMonitor(root, {
          intervalMs: ctx.settings.samplingInterval,
          excludeRoot
        })
        monitor.start()
      }
      // A stop requested before the tree existed only reached the helper.
      stop.treeReady()
    }
  })
  proc.holdOutput(true)
  stop.arm(proc, () => monitor?.liveProcesses() ?? [])
  // The detector loads while the helper starts the script, once the helper needs nothing more
  // from this thread: the isolated helper waits for its launch frame, which this thread sends
  // only when it is not busy.
  await Promise.race([proc.handedOver, proc.exited])
  const unloaded = await ctx.redactor.ready().then(
    () => undefined,
    (error: unknown) => ({ error })
  )
  if (unloaded) {
    // Nothing the script prints may be shown without the detector: stop it, fail the run.
    sink = 'drop'
    void proc.killAll()
  } else {
    ctx.onStarted?.()
    for (const [capture, chunk] of held) capture.write(chunk)
    sink = 'capture'
  }
  held.length = 0
  // Read again, into the capture or (no detector) into nothing, so that the pipes drain and
  // close.
  proc.holdOutput(false)

  await proc.exited
  const wallSeconds = proc.exit?.wallSeconds ?? (performance.now() - t0) / 1000
  stop.disarm()

  // Final sample while survivors are still there, then make sure nothing outlives the attempt.
  monitor?.sample()
  monitor?.stop()
  const survivors = survivorList(proc, () => monitor, runId, linux)
  const leftovers = await terminateTree(proc, survivors, stop.remainingGraceMs(), stop.termSent)
  if (leftovers > 0 && !stop.termSent && !unloaded) {
    ctx.logger.warning(
      `runguard: ${leftovers} process(es) started by the script were still running after it exited; they were terminated`
    )
    proc.notes.push(`${leftovers} leftover process(es) terminated after the script exited`)
  }
  await closeStreams(proc)
  if (unloaded) {
    proc.dispose()
    throw unloaded.error
  }
  streams.end()
  proc.dispose()
  if (proc.isolationFailure !== undefined) {
    throw new IsolationError(`the script's isolation could not be set up: ${proc.isolationFailure}`)
  }
  return attemptResult(ctx, { proc, streams, stop, monitor, startedAt, wallSeconds, linux })
}

/** Bounded, redacted capture of both streams, feeding the (bounded) live log. */
function captureStreams(ctx: AttemptContext): {
  out: OutputCapture
  err: OutputCapture
  end: () => void
} {
  const live = ctx.onLine
    ? new LiveLog(ctx.settings.maxOutputBytes, ctx.onLine, text => ctx.logger.info(text))
    : undefined
  const capture = (stream: Stream): OutputCapture =>
    new OutputCapture({
      maxBytes: ctx.settings.maxOutputBytes,
      redact: text => ctx.redactor.redact(text),
      ...(live ? { onLine: (line: string) => live.line(stream, line) } : {})
    })
  const out = capture('stdout')
  const err = capture('stderr')
  return {
    out,
    err,
    end: () => {
      out.end()
      err.end()
      live?.finish()
    }
  }
}

/** Timeout and cancellation: SIGTERM to the tree, then SIGKILL after the grace. */
class StopControl {
  timedOut = false
  cancelled: string | undefined
  private termSentAt: number | undefined
  private proc: ScriptProcess | undefined
  private tracked: () => ProcessKey[] = () => []
  private killTimer: NodeJS.Timeout | undefined
  private timeoutTimer: NodeJS.Timeout | undefined
  private graceSeconds: number
  private readonly onAbort = (): void => this.request('abort')

  constructor(private readonly ctx: AttemptContext) {
    this.graceSeconds = ctx.settings.killGrace
  }

  get termSent(): boolean {
    return this.termSentAt !== undefined
  }

  arm(proc: ScriptProcess, tracked: () => ProcessKey[]): void {
    this.proc = proc
    this.tracked = tracked
    const { timeout } = this.ctx.settings
    if (timeout > 0) this.timeoutTimer = setTimeout(() => this.request('timeout'), timeout * 1000)
    if (this.ctx.signal?.aborted) this.onAbort()
    else this.ctx.signal?.addEventListener('abort', this.onAbort, { once: true })
  }

  disarm(): void {
    if (this.timeoutTimer) clearTimeout(this.timeoutTimer)
    if (this.killTimer) clearTimeout(this.killTimer)
    this.ctx.signal?.removeEventListener('abort', this.onAbort)
  }

  /** The tree exists now: repeat a TERM that could only reach the helper before. */
  treeReady(): void {
    if (this.termSentAt !== undefined && this.proc) this.signal('SIGTERM')
  }

  /** What is left of the grace after a TERM, or the whole grace when none was sent. */
  remainingGraceMs(): number {
    const grace = this.graceSeconds * 1000
    return this.termSentAt === undefined
      ? grace
      : Math.max(0, this.termSentAt + grace - performance.now())
  }

  private request(why: 'timeout' | 'abort'): void {
    if (this.termSentAt !== undefined || !this.proc) return
    const { settings, signal, redactor } = this.ctx
    // Said once the redactor's detector is loaded (it may still be loading: runAttempt); the
    // signal goes out now.
    const warn = (text: string): void =>
      void redactor.ready().then(
        () => this.ctx.logger.warning(text),
        () => undefined
      )
    if (why === 'timeout') {
      this.timedOut = true
      warn(
        `runguard: the script exceeded its timeout of ${settings.timeout}s; sending SIGTERM, SIGKILL after ${settings.killGrace}s`
      )
    } else {
      const reason: unknown = signal?.reason
      this.cancelled =
        reason instanceof Cancelled
          ? `the run was cancelled (${reason.signal})`
          : 'the run was aborted'
      // The runner sends SIGTERM 7.5 s after SIGINT: the reports must be written before.
      this.graceSeconds = Math.min(settings.killGrace, CANCEL_GRACE_SECONDS)
      warn(`runguard: ${this.cancelled}; stopping the script`)
    }
    this.termSentAt = performance.now()
    this.signal('SIGTERM')
    this.killTimer = setTimeout(() => {
      this.signal('SIGKILL')
      void this.proc?.killAll()
    }, this.graceSeconds * 1000)
  }

  private signal(sig: 'SIGTERM' | 'SIGKILL'): void {
    this.proc?.signal(sig)
    for (const p of this.tracked()) {
      try {
        process.kill(p.pid, sig)
      } catch {
        // Gone already.
      }
    }
  }
}

/**
 * Live processes of the attempt: what the monitor sees (in a namespace that is everything),
 * plus, outside one, processes carrying the attempt's environment marker. The helper itself
 * is not a survivor: it exits once it has reaped everything.
 */
function survivorList(
  proc: ScriptProcess,
  monitor: () => ProcTreeMonitor | undefined,
  runId: string,
  linux: boolean
): () => ProcessKey[] {
  if (!linux) {
    // No /proc: the process group is all there is to probe (a negative pid signals it).
    return () => {
      const group = proc.pid
      if (group === undefined) return []
      try {
        process.kill(-group, 0)
        return [{ pid: -group, starttime: 0 }]
      } catch {
        return []
      }
    }
  }
  return () => {
    const byPid = new Map<number, ProcessKey>()
    for (const p of monitor()?.liveProcesses() ?? []) byPid.set(p.pid, p)
    if (proc.mode !== 'isolated') {
      const helper = proc.mode === 'shim' ? proc.pid : undefined
      for (const p of findProcessesWithEnv(RUN_ID_ENV, runId)) {
        if (p.pid !== helper) byPid.set(p.pid, p)
      }
    }
    return [...byPid.values()]
  }
}

/** The helper exits once it has reaped everything; a stuck pipe must not hang the runner. */
async function closeStreams(proc: ScriptProcess): Promise<void> {
  const timer = setTimeout(() => proc.forceClose(), 5000)
  await proc.closed
  clearTimeout(timer)
}

function attemptResult(
  ctx: AttemptContext,
  facts: {
    proc: ScriptProcess
    streams: { out: OutputCapture; err: OutputCapture }
    stop: StopControl
    monitor: ProcTreeMonitor | undefined
    startedAt: string
    wallSeconds: number
    linux: boolean
  }
): AttemptResult {
  const { proc, stop, monitor } = facts
  const notes: string[] = []
  if (proc.startFailure) {
    notes.push(
      `could not start '${ctx.redactor.redact(ctx.argv[0] ?? '')}': ${ctx.redactor.redact(proc.startFailure.message)}`
    )
  }
  if (stop.cancelled) notes.push(stop.cancelled)
  if (stop.timedOut) notes.push(`timed out after ${ctx.settings.timeout}s`)
  notes.push(...proc.notes)
  if (proc.mode !== 'direct' || facts.linux) notes.push(`process tree control: ${proc.control}`)
  const summary = monitor?.summary()
  if (summary) notes.push(...summary.notes)
  const measurement = describeMeasurement({
    linux: facts.linux,
    helper: proc.mode !== 'direct',
    rusage: proc.rusage !== undefined,
    subreaper: proc.subreaper,
    discovery: monitor?.discovery,
    interval: ctx.settings.samplingInterval,
    samples: summary?.samples ?? 0,
    startFailed: proc.startFailure !== undefined,
    isolation: ctx.isolationNote,
    notes
  })
  const stdout = facts.streams.out.result()
  const stderr = facts.streams.err.result()
  const exit = proc.exit ?? { code: 1 }
  const metrics = buildMetrics({
    attempt: ctx.attempt,
    startedAt: facts.startedAt,
    exitCode: exit.code,
    ...(exit.signal ? { signal: exit.signal } : {}),
    timedOut: stop.timedOut,
    cancelled: stop.cancelled !== undefined,
    wallSeconds: facts.wallSeconds,
    stdout,
    stderr,
    ...(summary ? { monitor: summary } : {}),
    ...(proc.rusage ? { rusage: proc.rusage } : {}),
    ...(proc.helperMaxrss !== undefined ? { shimSelfMaxrssKb: proc.helperMaxrss } : {}),
    measurement
  })
  return {
    metrics,
    stdout,
    stderr,
    ...(proc.startFailure ? { startFailure: proc.startFailure } : {})
  }
}

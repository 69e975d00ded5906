import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import os from 'node:os'
import type { Readable } from 'node:stream'
import type { Settings } from '../config/schema.js'
import type { Logger } from '../logger.js'
import type { Metrics } from '../model.js'
import type { Redactor } from '../redact.js'
import { OutputCapture, type CapturedStream } from './capture.js'
import { buildMetrics } from './metrics.js'
import { findProcessesWithEnv, ProcTreeMonitor, type ProcessKey } from './monitor.js'
import { parseShimEvent, SHIM_SOURCE, type ShimEvent, type ShimRusage } from './shim.js'

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
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void
  signal?: AbortSignal
  /** 1-based attempt number within its run. */
  attempt: number
  /** Absolute python path for the rusage shim; undefined = spawn the target directly. */
  shimPython?: string
}

export interface AttemptResult {
  metrics: Metrics
  stdout: CapturedStream
  stderr: CapturedStream
  /** The program could not be started (exit_code 127/126). */
  spawnFailed: boolean
}

/** Set in the script's environment to a fresh id per attempt (see findProcessesWithEnv). */
export const RUN_ID_ENV = 'RUNGUARD_RUN_ID'

const SIGNAL_NAMES = new Map<number, string>(
  Object.entries(os.constants.signals).map(([name, no]) => [no, name])
)

/** exit_code of a process ended by a signal, shell convention: 128 + signal number. */
export function signalExitCode(signal: NodeJS.Signals | number): number {
  const no = typeof signal === 'number' ? signal : (os.constants.signals[signal] ?? 0)
  return 128 + no
}

/** ENOENT → 127 (not found), anything else that prevents starting (EACCES …) → 126, as sh does. */
function spawnFailureCode(errno: number | string | undefined): number {
  return errno === 2 || errno === 'ENOENT' ? 127 : 126
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

function alive(p: ProcessKey): boolean {
  try {
    process.kill(p.pid, 0)
    return true
  } catch {
    return false
  }
}

function send(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Gone already, or not ours.
  }
}

/**
 * One attempt: spawn (through the shim when available), stream and capture output, sample the
 * tree, enforce the timeout, and make sure nothing the script started outlives it.
 */
export async function runAttempt(ctx: AttemptContext): Promise<AttemptResult> {
  const { settings, logger } = ctx
  const startedAt = new Date().toISOString()
  const t0 = performance.now()
  const linux = process.platform === 'linux' && existsSync('/proc/self/stat')
  const useShim = linux && ctx.shimPython !== undefined
  const posix = process.platform !== 'win32'
  const notes: string[] = []
  const redact = (text: string): string => ctx.redactor.redact(text)
  const capture = (stream: 'stdout' | 'stderr'): OutputCapture =>
    new OutputCapture({
      maxBytes: settings.maxOutputBytes,
      redact,
      ...(ctx.onLine ? { onLine: (line: string) => ctx.onLine?.(stream, line) } : {})
    })
  const out = capture('stdout')
  const err = capture('stderr')

  const [command, args] = useShim
    ? [ctx.shimPython as string, ['-I', '-S', '-c', SHIM_SOURCE, '3', ...ctx.argv]]
    : [ctx.argv[0] as string, ctx.argv.slice(1)]
  // Marks every process of this attempt (environment is inherited) so survivors that escaped
  // the tree before any sample saw them can still be found and killed at the end.
  const runId = randomUUID()
  const child = spawn(command, args, {
    cwd: ctx.cwd,
    env: { ...ctx.env, [RUN_ID_ENV]: runId },
    // Own process group: signals reach the whole group, never the runner.
    detached: posix,
    stdio: useShim ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe'],
    windowsHide: true
  })

  let targetPid: number | undefined = useShim ? undefined : child.pid
  let exitCode: number | undefined
  let exitSignal: string | undefined
  let wallSeconds: number | undefined
  let spawnFailed = false
  let rusage: ShimRusage | undefined
  let shimSelfMaxrss: number | undefined
  let subreaper = false
  let timedOut = false
  let aborted = false
  let termSentAt: number | undefined
  let monitor: ProcTreeMonitor | undefined

  let markExited: () => void = () => undefined
  const exited = new Promise<void>(resolve => (markExited = resolve))
  const closed = new Promise<void>(resolve => {
    child.once('close', () => resolve())
    // A program that cannot be started may never emit 'close'.
    child.once('error', () => resolve())
  })

  const startMonitor = (): void => {
    if (!linux || monitor || child.pid === undefined) return
    monitor = new ProcTreeMonitor(child.pid, {
      intervalMs: settings.samplingInterval,
      excludeRoot: useShim
    })
    monitor.start()
  }

  /** Signals the target's group and every tracked process of the tree. */
  const signalTree = (sig: NodeJS.Signals): void => {
    if (posix) {
      // Before the shim reported the target there is no target group yet: the TERM is repeated
      // on 'spawned'; only a SIGKILL goes to the shim itself (then nothing is left to start).
      const group = targetPid ?? (!useShim || sig === 'SIGKILL' ? child.pid : undefined)
      if (group !== undefined) send(-group, sig)
    } else {
      child.kill(sig)
    }
    for (const p of monitor?.liveProcesses() ?? []) send(p.pid, sig)
  }

  const stop = (why: 'timeout' | 'abort'): void => {
    if (termSentAt !== undefined) return
    if (why === 'timeout') timedOut = true
    else aborted = true
    termSentAt = performance.now()
    logger.warning(
      why === 'timeout'
        ? `runguard: the script exceeded its timeout of ${settings.timeout}s; sending SIGTERM, SIGKILL after ${settings.killGrace}s`
        : 'runguard: run aborted; stopping the script'
    )
    signalTree('SIGTERM')
    killTimer = setTimeout(() => signalTree('SIGKILL'), settings.killGrace * 1000)
  }
  let killTimer: NodeJS.Timeout | undefined
  const timeoutTimer =
    settings.timeout > 0 ? setTimeout(() => stop('timeout'), settings.timeout * 1000) : undefined
  const onAbort = (): void => stop('abort')
  if (ctx.signal?.aborted) onAbort()
  else ctx.signal?.addEventListener('abort', onAbort, { once: true })

  const handleShimEvent = (event: ShimEvent): void => {
    switch (event.event) {
      case 'spawned':
        targetPid = event.pid
        subreaper = event.subreaper
        startMonitor()
        // A stop requested before the target existed only reached the shim's group.
        if (termSentAt !== undefined) signalTree('SIGTERM')
        break
      case 'error':
        spawnFailed = true
        exitCode = spawnFailureCode(event.errno)
        notes.push(`could not start '${redact(ctx.argv[0] ?? '')}': ${event.message}`)
        markExited()
        break
      case 'exited':
        wallSeconds = event.wall
        if (event.signal !== null) {
          exitSignal = SIGNAL_NAMES.get(event.signal) ?? String(event.signal)
          exitCode = 128 + event.signal
        } else {
          exitCode = event.code ?? 0
        }
        markExited()
        break
      case 'done':
        rusage = event.ru
        shimSelfMaxrss = event.selfMaxrss
        break
    }
  }

  child.stdout?.on('data', (chunk: Buffer) => out.write(chunk))
  child.stderr?.on('data', (chunk: Buffer) => err.write(chunk))
  child.stdin?.on('error', () => {
    // The script may exit without reading stdin (EPIPE): not a failure of the run.
  })
  child.stdin?.end(settings.stdinJson ?? undefined)
  if (useShim) {
    const events = child.stdio[3] as Readable | null
    let buffered = ''
    events?.setEncoding('utf8')
    events?.on('data', (text: string) => {
      buffered += text
      let nl: number
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const event = parseShimEvent(buffered.slice(0, nl))
        buffered = buffered.slice(nl + 1)
        if (event) handleShimEvent(event)
      }
    })
    events?.on('error', () => undefined)
  } else {
    startMonitor()
  }
  child.once('error', (e: NodeJS.ErrnoException) => {
    if (exitCode !== undefined) return
    spawnFailed = true
    exitCode = spawnFailureCode(e.code)
    notes.push(`could not start '${redact(ctx.argv[0] ?? '')}': ${redact(e.message)}`)
    markExited()
  })
  child.once('exit', (code, signal) => {
    if (!useShim) {
      if (exitCode === undefined) {
        exitCode = code ?? (signal ? signalExitCode(signal) : 1)
        if (signal) exitSignal = signal
      }
      markExited()
      return
    }
    // The shim ended. Its last events may still be in the fd-3 pipe ('exit' can come before
    // the data), so decide only once that pipe is closed.
    const decide = (): void => {
      if (exitCode === undefined) {
        exitCode = code ?? (signal ? signalExitCode(signal) : 1)
        notes.push('the rusage shim ended without reporting the script’s exit status')
      }
      markExited()
    }
    const events = child.stdio[3] as Readable | null
    if (!events || events.destroyed || events.readableEnded) decide()
    else events.once('close', decide)
  })

  await exited
  const exitAt = performance.now()
  wallSeconds ??= (exitAt - t0) / 1000
  if (timeoutTimer) clearTimeout(timeoutTimer)
  if (killTimer) clearTimeout(killTimer)
  ctx.signal?.removeEventListener('abort', onAbort)

  // Final sample while survivors are still there, then make sure nothing outlives the attempt.
  monitor?.sample()
  monitor?.stop()
  const graceMs =
    termSentAt !== undefined
      ? Math.max(0, termSentAt + settings.killGrace * 1000 - performance.now())
      : settings.killGrace * 1000
  const shimPid = useShim ? child.pid : undefined
  const survivors = (): ProcessKey[] => {
    if (!linux) return []
    const byKey = new Map<string, ProcessKey>()
    for (const p of monitor?.liveProcesses() ?? []) byKey.set(`${p.pid}:${p.starttime}`, p)
    for (const p of findProcessesWithEnv(RUN_ID_ENV, runId)) {
      if (p.pid !== shimPid) byKey.set(`${p.pid}:${p.starttime}`, p)
    }
    return [...byKey.values()]
  }
  const leftovers = await terminateSurvivors(
    survivors,
    posix ? (targetPid ?? child.pid) : undefined,
    graceMs
  )
  if (leftovers > 0 && termSentAt === undefined) {
    logger.warning(
      `runguard: ${leftovers} process(es) started by the script were still running after it exited; they were terminated`
    )
    notes.push(`${leftovers} leftover process(es) terminated after the script exited`)
  }
  // The shim exits once it has reaped everything; a stuck pipe must not hang the runner.
  const closeTimer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null) send(child.pid, 'SIGKILL')
    child.stdout?.destroy()
    child.stderr?.destroy()
    ;(child.stdio[3] as Readable | null)?.destroy()
  }, 5000)
  await closed
  clearTimeout(closeTimer)
  out.end()
  err.end()

  if (aborted) notes.push('the run was aborted')
  if (timedOut) notes.push(`timed out after ${settings.timeout}s`)
  const summary = monitor?.summary()
  if (summary) notes.push(...summary.notes)
  const measurement = describeMeasurement({
    linux,
    useShim,
    rusage: rusage !== undefined,
    subreaper,
    discovery: monitor?.discovery,
    interval: settings.samplingInterval,
    samples: summary?.samples ?? 0,
    spawnFailed,
    notes
  })
  const stdout = out.result()
  const stderr = err.result()
  const metrics = buildMetrics({
    attempt: ctx.attempt,
    startedAt,
    exitCode: exitCode ?? 1,
    ...(exitSignal ? { signal: exitSignal } : {}),
    timedOut,
    wallSeconds,
    stdout,
    stderr,
    ...(summary ? { monitor: summary } : {}),
    ...(rusage ? { rusage } : {}),
    ...(shimSelfMaxrss !== undefined ? { shimSelfMaxrssKb: shimSelfMaxrss } : {}),
    measurement
  })
  return { metrics, stdout, stderr, spawnFailed }
}

/**
 * Kills whatever of the tree is still alive: SIGTERM, up to `graceMs` to exit, then SIGKILL.
 * Covers the target's process group and every tracked pid (setsid'd processes left the group).
 * Returns how many processes were found.
 */
async function terminateSurvivors(
  survivors: () => ProcessKey[],
  group: number | undefined,
  graceMs: number
): Promise<number> {
  const groupAlive = (): boolean => {
    // On Linux the survivor list covers the group (and kill(-pgid, 0) also "succeeds" for
    // zombies nobody reaped yet); elsewhere probing the group is all there is.
    if (group === undefined || process.platform === 'linux') return false
    try {
      process.kill(-group, 0)
      return true
    } catch {
      return false
    }
  }
  let live = survivors()
  const count = live.length
  if (live.length === 0 && !groupAlive()) return 0
  if (group !== undefined) send(-group, 'SIGTERM')
  for (const p of live) send(p.pid, 'SIGTERM')
  const deadline = performance.now() + graceMs
  while (performance.now() < deadline) {
    await sleep(Math.min(50, Math.max(1, deadline - performance.now())))
    live = survivors()
    if (live.length === 0 && !groupAlive()) return count
  }
  for (let round = 0; round < 40; round++) {
    if (group !== undefined) send(-group, 'SIGKILL')
    for (const p of live) send(p.pid, 'SIGKILL')
    await sleep(25)
    live = survivors().filter(alive)
    if (live.length === 0 && !groupAlive()) break
  }
  return Math.max(count, 1)
}

function describeMeasurement(input: {
  linux: boolean
  useShim: boolean
  rusage: boolean
  subreaper: boolean
  discovery: string | undefined
  interval: number
  samples: number
  spawnFailed: boolean
  notes: string[]
}): Metrics['measurement'] {
  const notes = [...input.notes]
  let method: string
  if (!input.linux) {
    method = 'portable'
    notes.push(
      `no /proc on ${process.platform}: only wall time, exit code and output sizes are measured; CPU, memory, threads, fds, faults, context switches and I/O read 0`
    )
  } else {
    method = input.useShim ? 'linux-proc+rusage-shim' : 'linux-proc'
    if (input.discovery) notes.push(`process tree discovery: ${input.discovery}`)
    if (!input.useShim) {
      notes.push(
        'rusage shim not used (no python3 >= 3.8, or disabled): CPU time, page faults, context switches and I/O of processes that exited between samples are lower bounds'
      )
    } else if (!input.rusage && !input.spawnFailed) {
      notes.push('the rusage shim did not report; totals come from /proc samples only')
    } else if (!input.subreaper && !input.spawnFailed) {
      notes.push('PR_SET_CHILD_SUBREAPER unavailable: orphaned processes are not in the CPU totals')
    }
    if (input.samples === 0 && !input.spawnFailed) {
      notes.push(
        `the script ended before the first sample: cpu and memory averages could not be measured`
      )
    }
  }
  return {
    method,
    samplingIntervalMs: input.interval,
    platform: `${process.platform}-${process.arch}`,
    notes
  }
}

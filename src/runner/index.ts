/**
 * Runs the target script under monitoring (users' view: docs/gates.md). Metric semantics:
 * - `exit_code`: the script's code; 128 + signal number when a signal ended it (143 = SIGTERM,
 *   137 = SIGKILL, as sh reports it); 127 when the program was not found, 126 when it could not
 *   be started otherwise. `success` = exit 0 and not timed out.
 * - `memory_max_mb`: max over samples of the tree's RSS sum, never below the largest per-process
 *   peak (VmHWM, or the shim's exact rusage maxrss); `memory_avg_mb`/`memory_min_mb` over samples.
 * - `cpu_*`: tree CPU % per sample (100 = one core). `user/system_time_seconds`: the whole tree,
 *   reaped children included (exact with the rusage shim; a lower bound from /proc otherwise).
 * - `num_threads`/`num_fds`: max over samples of the tree's sum (the runner and shim excluded).
 * - Counters (faults, context switches summed over threads, block I/O): whole tree, per attempt.
 * Every attempt is measured on its own (never cumulative); the script's environment gets
 * `RUNGUARD_RUN_ID` so escaped processes can be found and killed when the attempt ends.
 */
import path from 'node:path'
import type { Settings } from '../config/schema.js'
import type { Logger } from '../logger.js'
import type { Metrics } from '../model.js'
import type { Redactor } from '../redact.js'
import { runAttempt, type AttemptResult } from './attempt.js'
import type { CapturedStream } from './capture.js'
import { resolveCommand } from './command.js'
import { scrubEnvironment } from './env.js'
import { retryDelays, shouldRetry } from './retry.js'
import { findShimPython } from './shim.js'

export { scrubEnvironment } from './env.js'
export { retryDelays, shouldRetry } from './retry.js'
export type { CapturedStream } from './capture.js'

export interface RunnerOptions {
  /** Validated settings (script, shell, timeout, retries, repeats, sampling …). */
  settings: Settings
  logger: Logger
  /** Redacts every line before it is printed or kept; built by the caller. */
  redactor: Redactor
  /** Live output, line by line, already redacted (and long lines cut). */
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void
  /** Environment the script starts from, before scrubbing; default process.env. */
  env?: NodeJS.ProcessEnv
  /** Aborting stops the current attempt (SIGTERM, then SIGKILL) and all further attempts. */
  signal?: AbortSignal
  /** Use the Python rusage shim when python3 is available (default true); false = /proc only. */
  shim?: boolean
}

export interface RunOutcome {
  /** Every attempt of the final measured run (retries), in order. */
  attempts: Metrics[]
  /** One Metrics per measured repeat (the final attempt of each); fewer only when aborted. */
  runs: Metrics[]
  /** Last attempt of the last run. */
  final: Metrics
  /** Output of the final attempt (bounded, redacted). */
  stdout: CapturedStream
  stderr: CapturedStream
  /** argv that ran (redacted). */
  command: string[]
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

function describe(m: Metrics): string {
  const how = m.timedOut ? 'timed out' : `exit ${m.exit_code}`
  return `${how} in ${m.execution_time_seconds}s, ${m.memory_max_mb} MiB peak, ${(m.user_time_seconds + m.system_time_seconds).toFixed(2)}s CPU`
}

/**
 * Runs the target script: `warmup` unmeasured runs, then `repeat` measured runs, each retried
 * per the retry settings. Never throws for the script's behaviour (a program that cannot be
 * started is an attempt with exit_code 127); throws ConfigurationError for a missing script or
 * a path outside the workspace.
 */
export async function runScript(opts: RunnerOptions): Promise<RunOutcome> {
  const { settings, logger, redactor } = opts
  const { argv, cwd } = resolveCommand(settings)
  // The caller builds the redactor; adding the configured secrets again is idempotent and
  // keeps this function safe on its own.
  for (const secret of settings.secrets) redactor.add(secret)
  const env = scrubEnvironment(opts.env ?? process.env, settings.passEnv)
  const shimPython = opts.shim === false ? undefined : findShimPython()
  const command = argv.map(a => redactor.redact(a))
  const where = path.relative(settings.workspace, cwd) || '.'
  logger.info(`runguard: running ${JSON.stringify(command)} in ${where}`)

  const attemptOnce = (attempt: number): Promise<AttemptResult> =>
    runAttempt({
      argv,
      cwd,
      env,
      settings,
      redactor,
      logger,
      ...(opts.onLine ? { onLine: opts.onLine } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      attempt,
      ...(shimPython ? { shimPython } : {})
    })

  for (let i = 1; i <= settings.warmup && !opts.signal?.aborted; i++) {
    const warm = await attemptOnce(1)
    logger.info(`runguard: warmup ${i}/${settings.warmup}: ${describe(warm.metrics)}`)
  }

  const runs: Metrics[] = []
  let attempts: AttemptResult[] = []
  for (let run = 1; run <= settings.repeat; run++) {
    attempts = []
    const delays = retryDelays(settings)
    for (let attempt = 1; ; attempt++) {
      const result = await attemptOnce(attempt)
      attempts.push(result)
      const label = settings.repeat > 1 ? `run ${run}/${settings.repeat}, ` : ''
      logger.info(`runguard: ${label}attempt ${attempt}: ${describe(result.metrics)}`)
      if (opts.signal?.aborted || attempt > settings.retry) break
      const retry = shouldRetry(
        {
          exitCode: result.metrics.exit_code,
          timedOut: result.metrics.timedOut,
          spawnFailed: result.spawnFailed
        },
        settings.retryOnExitCodes
      )
      if (!retry) break
      const delay = delays[attempt - 1] ?? 0
      logger.info(`runguard: retrying in ${delay.toFixed(2)}s (${settings.retryStrategy})`)
      await sleep(delay * 1000, opts.signal)
      if (opts.signal?.aborted) break
    }
    runs.push((attempts[attempts.length - 1] as AttemptResult).metrics)
    if (opts.signal?.aborted) break
  }
  const last = attempts[attempts.length - 1] as AttemptResult
  return {
    attempts: attempts.map(a => a.metrics),
    runs,
    final: last.metrics,
    stdout: last.stdout,
    stderr: last.stderr,
    command
  }
}

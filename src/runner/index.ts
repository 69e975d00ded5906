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
 * By default (`isolation: auto`) the script runs in its own PID and mount namespaces where the
 * machine allows it (isolation.ts); a program or file that does not exist is a configuration
 * error before anything runs.
 */
import path from 'node:path'
import type { Settings } from '../config/schema.js'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { Metrics } from '../model.js'
import type { Redactor } from '../redact.js'
import { IsolationError, runAttempt, type AttemptResult } from './attempt.js'
import type { CapturedStream } from './capture.js'
import { checkCommandExists, resolveCommand, type ResolvedCommand } from './command.js'
import { scrubEnvironment } from './env.js'
import {
  describeIsolation,
  forgetIsolation,
  isolationPlan,
  probeIsolation,
  type IsolationPlan
} from './isolation.js'
import { launchCache, type LaunchCache } from './launch-cache.js'
import { retryDelays, shouldRetry } from './retry.js'
import { findShimPython } from './shim.js'

export { scrubEnvironment } from './env.js'
export { retryDelays, shouldRetry } from './retry.js'
export type { CapturedStream } from './capture.js'
export { Cancelled, cancelOnSignals } from './cancel.js'

export interface RunnerOptions {
  /** Validated settings (script, shell, timeout, retries, repeats, sampling, isolation …). */
  settings: Settings
  logger: Logger
  /** Redacts every line before it is printed or kept; built by the caller. */
  redactor: Redactor
  /** Live output, line by line, already redacted (and long lines cut); bounded per attempt. */
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void
  /** Environment the script starts from, before scrubbing; default process.env. */
  env?: NodeJS.ProcessEnv
  /** Aborting stops the current attempt (SIGTERM, then SIGKILL) and all further attempts. */
  signal?: AbortSignal
  /** Use the Python helper when python3 is available (default true); false = /proc only. */
  shim?: boolean
  /** Adds to the script's environment after scrubbing (the import hook: import-hook.ts). */
  scriptEnv?: (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv
  /**
   * What preflightScript checked for the same settings and environment: not checked again (the
   * pipeline checks before anything runs; `run` starts the script right after).
   */
  preflight?: Preflight
  /**
   * Called once, when the first attempt's script runs and the detector is loaded: work for
   * after the script (loading its code) can start meanwhile.
   */
  onStarted?: () => void
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
  /** What isolated the script (or why nothing did), one line. */
  isolation: string
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
  const peak = m.memory_max_mb === null ? 'memory not measured' : `${m.memory_max_mb} MiB peak`
  const cpu =
    m.user_time_seconds === null || m.system_time_seconds === null
      ? 'CPU time not measured'
      : `${(m.user_time_seconds + m.system_time_seconds).toFixed(2)}s CPU`
  return `${how} in ${m.execution_time_seconds}s, ${peak}, ${cpu}`
}

/** How the script will be started: the helper's Python and the isolation plan, if any. */
interface LaunchChoice {
  shimPython: string | undefined
  plan: IsolationPlan | undefined
  note: string
  /** Isolation was wanted (auto) but is not available here: why. */
  unavailable?: string
  /** The plan rests on an answer remembered from an earlier run (launch-cache.ts). */
  remembered?: boolean
}

function chooseLaunch(
  settings: Pick<Settings, 'isolation' | 'toolsDir' | 'workspace'>,
  runnerEnv: NodeJS.ProcessEnv,
  useShim: boolean,
  cache: LaunchCache | undefined = launchCache(settings.toolsDir, settings.workspace)
): LaunchChoice {
  const shimPython = useShim ? findShimPython(cache) : undefined
  if (settings.isolation === 'off') {
    return { shimPython, plan: undefined, note: describeIsolation(undefined) }
  }
  const support = probeIsolation(useShim ? shimPython : undefined, cache)
  if (support.available) {
    const plan = isolationPlan(support, runnerEnv)
    return {
      shimPython,
      plan,
      note: describeIsolation(plan),
      ...(support.remembered ? { remembered: true } : {})
    }
  }
  const reason = useShim ? support.reason : 'the runner helper is disabled'
  if (settings.isolation === 'required') {
    throw new ConfigurationError(
      `isolation is 'required', but the script cannot be isolated here: ${reason}. Run runguard as root or give its user passwordless sudo (GitHub-hosted Ubuntu runners have it), or set isolation: auto to run without it (the summary then says so).`,
      { field: 'isolation', value: settings.isolation }
    )
  }
  return {
    shimPython,
    plan: undefined,
    note: describeIsolation(undefined, reason),
    unavailable: reason
  }
}

/** What preflightScript found: runScript starts from it for the same settings and environment. */
export interface Preflight {
  readonly settings: Settings
  readonly env: NodeJS.ProcessEnv
  readonly shim: boolean
  readonly command: ResolvedCommand
  readonly launch: LaunchChoice
}

/**
 * Everything about the script that can be checked before anything runs (the pipeline calls
 * this before the scanners, so a typo does not cost a whole scan): the command resolves inside
 * the workspace, its program and Python file exist, and `isolation: required` can be met.
 * Throws ConfigurationError (exit 2).
 */
export function preflightScript(
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
  options: { shim?: boolean } = {}
): Preflight {
  const command = resolveCommand(settings)
  const scrubbed = scrubEnvironment(env, settings.passEnv)
  checkCommandExists(command, scrubbed.PATH, settings.shell)
  const shim = options.shim !== false
  return { settings, env, shim, command, launch: chooseLaunch(settings, env, shim) }
}

/** sh reports a missing command as exit 127 with "…: not found" on stderr. */
function shellNotFound(result: AttemptResult): string | undefined {
  if (result.metrics.exit_code !== 127) return undefined
  return result.stderr.text
    .split('\n')
    .reverse()
    .find(l => /not found|No such file/.test(l))
}

/**
 * Runs the target script: `warmup` unmeasured runs, then `repeat` measured runs, each retried
 * per the retry settings. Throws ConfigurationError for a missing script, program or file, a
 * path outside the workspace, or `isolation: required` where it is not available; otherwise
 * never throws for the script's behaviour.
 */
export async function runScript(opts: RunnerOptions): Promise<RunOutcome> {
  const { settings, logger, redactor } = opts
  const runnerEnv = opts.env ?? process.env
  // Checked already (the same objects, and the script's PATH as it was checked).
  const preflight =
    opts.preflight &&
    opts.preflight.settings === settings &&
    opts.preflight.env === runnerEnv &&
    opts.preflight.shim === (opts.shim !== false) &&
    !opts.scriptEnv
      ? opts.preflight
      : undefined
  const { argv, cwd } = preflight?.command ?? resolveCommand(settings)
  const scrubbed = scrubEnvironment(runnerEnv, settings.passEnv)
  const env = opts.scriptEnv ? opts.scriptEnv(scrubbed) : scrubbed
  if (!preflight) checkCommandExists({ argv, cwd }, env.PATH, settings.shell)
  // The caller builds the redactor; adding the configured secrets again is idempotent and
  // keeps this function safe on its own.
  for (const secret of settings.secrets) redactor.add(secret)
  let launch = preflight?.launch ?? chooseLaunch(settings, runnerEnv, opts.shim !== false)
  // The redacted argv: the log, the errors and the outcome show only this.
  let redacted: string[] | undefined
  const command = (): string[] => (redacted ??= argv.map(a => redactor.redact(a)))
  // Said once the first attempt's script runs and the redactor's detector is loaded
  // (runAttempt): the first line runguard logs builds the detector (the redactor runs it on
  // every line), which then happens while the script runs. Still before any line of the
  // script's output is printed, which waits for the detector.
  let announced = false
  const announce = (): void => {
    if (announced) return
    announced = true
    if (launch.unavailable !== undefined) {
      // Plainly, where it matters: in CI the runner's tokens are within the script's reach.
      const ci = runnerEnv.GITHUB_ACTIONS === 'true' || runnerEnv.CI === 'true'
      if (ci) logger.warning(`runguard: ${launch.note}`)
      else logger.info(`runguard: ${launch.note}`)
    } else {
      logger.info(`runguard: ${launch.note}`)
    }
    const where = path.relative(settings.workspace, cwd) || '.'
    logger.info(`runguard: running ${JSON.stringify(command())} in ${where}`)
    opts.onStarted?.()
  }
  if (opts.signal?.aborted) {
    throw new Error('the run was cancelled before the script started')
  }

  let checked = false
  const attemptOnce = async (attempt: number): Promise<AttemptResult> => {
    try {
      return await attemptChecked(attempt)
    } catch (e) {
      if (!(e instanceof IsolationError) || !launch.remembered) throw e
      // The namespaces failed before the script started, on an answer remembered from an
      // earlier run: forget it and decide live, as a run without the cache would have.
      const cache = launchCache(settings.toolsDir, settings.workspace)
      forgetIsolation(launch.shimPython, cache)
      launch = chooseLaunch(settings, runnerEnv, opts.shim !== false, cache)
      logger.info(`runguard: ${e.message}; probed again: ${launch.note}`)
      return attemptChecked(attempt)
    }
  }
  const attemptChecked = async (attempt: number): Promise<AttemptResult> => {
    const result = await runAttempt({
      argv,
      cwd,
      env,
      settings,
      redactor,
      logger,
      ...(opts.onLine ? { onLine: opts.onLine } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      attempt,
      ...(launch.shimPython ? { shimPython: launch.shimPython } : {}),
      ...(launch.plan ? { isolation: launch.plan } : {}),
      isolationNote: launch.note,
      onStarted: announce
    })
    if (result.startFailure) {
      // Found by the pre-check normally; this is the same error when the program vanished
      // or the helper's PATH search disagreed.
      throw new ConfigurationError(
        `${result.startFailure.code === 127 ? 'not found' : 'could not start'}: '${command()[0] ?? ''}' (${redactor.redact(result.startFailure.message)}).`,
        { field: 'script', value: command() }
      )
    }
    if (!checked && settings.shell) {
      const missing = shellNotFound(result)
      if (missing !== undefined) {
        throw new ConfigurationError(
          `not found: the shell could not find a command of the script (exit 127: ${missing.trim()}).`,
          { field: 'script', value: command() }
        )
      }
    }
    checked = true
    return result
  }

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
          spawnFailed: false
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
    command: command(),
    isolation: launch.note
  }
}

import type { Settings } from '../config/schema.js'

/** The retry settings `retryDelays` reads. */
export type RetrySettings = Pick<
  Settings,
  'retry' | 'retryStrategy' | 'retryDelay' | 'retryMaxDelay' | 'retryMultiplier'
>

/**
 * Seconds to wait before each retry (length = `retry`), capped at `retryMaxDelay`.
 * With base b, multiplier m and retry index n (0 = the first retry):
 * linear b·(n+1) · exponential b·mᴺ · fibonacci b·F(n+1) (1, 1, 2, 3, 5 …) ·
 * exponential_jitter U(0, min(max, b·mᴺ)) — AWS "full jitter", which spreads retries of many
 * jobs instead of the seed's `base + U(0, base)` that keeps them bunched.
 * @param rng returns a number in [0, 1) (Math.random in production, a fixed sequence in tests)
 */
export function retryDelays(settings: RetrySettings, rng: () => number = Math.random): number[] {
  const { retry, retryStrategy, retryDelay: base, retryMaxDelay: max } = settings
  const m = settings.retryMultiplier
  const delays: number[] = []
  let fibPrev = 0
  let fib = 1
  for (let n = 0; n < retry; n++) {
    let delay: number
    switch (retryStrategy) {
      case 'linear':
        delay = base * (n + 1)
        break
      case 'exponential':
        delay = base * m ** n
        break
      case 'fibonacci':
        delay = base * fib
        ;[fibPrev, fib] = [fib, fibPrev + fib]
        break
      case 'exponential_jitter':
        delay = rng() * Math.min(max, base * m ** n)
        break
    }
    delays.push(Math.min(max, delay))
  }
  return delays
}

/** Outcome fields that decide a retry. */
export interface AttemptStatus {
  exitCode: number
  timedOut: boolean
  /** The program could not be started; retrying cannot help. */
  spawnFailed: boolean
}

/**
 * Whether a finished attempt is retried: never after success or a start failure; with an empty
 * `retryOnExitCodes` any non-zero exit or timeout; otherwise only the listed exit codes (a
 * timed-out attempt's code is 128 + the signal that ended it, e.g. 143 or 137).
 */
export function shouldRetry(status: AttemptStatus, retryOnExitCodes: readonly number[]): boolean {
  if (status.spawnFailed) return false
  if (status.exitCode === 0 && !status.timedOut) return false
  if (retryOnExitCodes.length === 0) return true
  return retryOnExitCodes.includes(status.exitCode)
}

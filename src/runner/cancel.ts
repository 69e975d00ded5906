/**
 * Cancellation by a signal (Ctrl-C, or the Actions runner cancelling the job: SIGINT, SIGTERM
 * 7.5 s later, then SIGKILL of runguard's pid alone 2.5 s after that). The first signal aborts
 * the run: the script's whole tree is stopped within a short grace and the reports are still
 * written, with the run marked cancelled. A second signal means "now": runguard exits at once,
 * and the tree still dies (its helper sees runguard's end of the control channel close).
 */
export class Cancelled extends Error {
  override readonly name = 'Cancelled'
  constructor(readonly signal: NodeJS.Signals) {
    super(`cancelled by ${signal}`)
  }
}

/** Seconds a cancelled script gets between SIGTERM and SIGKILL (at most kill-grace). */
export const CANCEL_GRACE_SECONDS = 2

export interface SignalCancellation {
  signal: AbortSignal
  /** 128 + signal number once cancelled (130 for SIGINT, 143 for SIGTERM), else undefined. */
  exitCode(): number | undefined
  /** Removes the handlers. */
  dispose(): void
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = {
  SIGINT: 2,
  SIGTERM: 15,
  SIGHUP: 1
}

/**
 * Installs SIGINT/SIGTERM/SIGHUP handlers for an entry point. `onSecond` runs on a second
 * signal (default: exit at once with 128 + its number).
 */
export function cancelOnSignals(
  proc: NodeJS.Process = process,
  onSecond: (code: number) => void = code => proc.exit(code)
): SignalCancellation {
  const controller = new AbortController()
  let code: number | undefined
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
  const handler = (sig: NodeJS.Signals): void => {
    const number = 128 + (SIGNAL_NUMBERS[sig] ?? 0)
    if (controller.signal.aborted) {
      onSecond(number)
      return
    }
    code = number
    proc.stderr.write(`runguard: ${sig} received: stopping the script and writing the reports\n`)
    controller.abort(new Cancelled(sig))
  }
  for (const s of signals) proc.on(s, handler)
  return {
    signal: controller.signal,
    exitCode: () => code,
    dispose: () => {
      for (const s of signals) proc.off(s, handler)
    }
  }
}

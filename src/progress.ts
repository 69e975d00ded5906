import type { Logger } from './logger.js'

/**
 * Plain progress lines for long steps: users watch the log, and a scan used to be
 * silent until the first tool finished. Each task's start is announced, and every `intervalMs`
 * a heartbeat names the tasks still running with their elapsed time. The timer is unref'd, so it
 * never keeps the process alive, and stops with `stop()`.
 */
export class Heartbeat {
  private readonly running = new Map<string, number>()
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly logger: Pick<Logger, 'info'>,
    private readonly what: string,
    private readonly intervalMs = 10_000,
    private readonly now: () => number = () => performance.now()
  ) {}

  /** Announces `name` and starts the heartbeat if it is not running yet. */
  start(name: string): void {
    this.running.set(name, this.now())
    this.logger.info(`${name}: started`)
    if (this.timer === undefined && this.intervalMs > 0) {
      this.timer = setInterval(() => this.beat(), this.intervalMs)
      this.timer.unref()
    }
  }

  /** `name` is done (its own finish line is the caller's, with its result). */
  finish(name: string): void {
    this.running.delete(name)
  }

  /** Seconds since `name` started, or undefined when it is not running. */
  elapsed(name: string): number | undefined {
    const t = this.running.get(name)
    return t === undefined ? undefined : (this.now() - t) / 1000
  }

  /** One heartbeat line now (the timer calls this). */
  beat(): void {
    if (this.running.size === 0) return
    const now = this.now()
    const list = [...this.running]
      .map(([name, t]) => `${name} (${Math.round((now - t) / 1000)}s)`)
      .join(', ')
    this.logger.info(`${this.what} still running: ${list}`)
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
    this.running.clear()
  }
}

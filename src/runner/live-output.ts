import { randomBytes } from 'node:crypto'

export type Stream = 'stdout' | 'stderr'

const MiB = 1024 * 1024
/** Lines of hidden output replayed at the end of an attempt (the end is where errors are). */
const REPLAY_LINES = 200
const REPLAY_BYTES = 64 * 1024

export function formatBytes(bytes: number): string {
  return bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`
}

/**
 * Bounds what the live log shows of one attempt's output: the first `maxBytes` (both streams,
 * in order), then nothing until the attempt ends, when `finish()` says how much was not shown
 * and replays the last lines. A chatty script can no longer flood the job log (or the runner's
 * CPU); every byte is still counted and the head and tail are still captured.
 */
export class LiveLog {
  private shown = 0
  private hiddenLines = 0
  private hiddenBytes = 0
  private readonly ring: Array<[Stream, string] | undefined> = Array.from({ length: REPLAY_LINES })
  private ringNext = 0

  constructor(
    private readonly maxBytes: number,
    private readonly emit: (stream: Stream, line: string) => void,
    private readonly note: (text: string) => void
  ) {}

  line(stream: Stream, line: string): void {
    // UTF-16 length is a lower bound of the UTF-8 size and far cheaper for every line.
    const size = line.length + 1
    if (this.hiddenLines === 0 && this.shown + size <= this.maxBytes) {
      this.shown += size
      this.emit(stream, line)
      return
    }
    if (this.hiddenLines === 0) {
      this.note(
        `runguard: the live log shows the first ${formatBytes(this.maxBytes)} of the script's output (max-output-bytes); the rest is counted, and its last lines are shown when the script ends`
      )
    }
    this.hiddenLines++
    this.hiddenBytes += Buffer.byteLength(line, 'utf8') + 1
    this.ring[this.ringNext] = [stream, line]
    this.ringNext = (this.ringNext + 1) % REPLAY_LINES
  }

  /** After the attempt: the note on what was not shown, then the last hidden lines. */
  finish(): void {
    if (this.hiddenLines === 0) return
    const tail: Array<[Stream, string]> = []
    let bytes = 0
    for (let i = 1; i <= REPLAY_LINES; i++) {
      const entry = this.ring[(this.ringNext - i + REPLAY_LINES) % REPLAY_LINES]
      if (!entry) break
      bytes += entry[1].length + 1
      if (bytes > REPLAY_BYTES) break
      tail.unshift(entry)
    }
    const omitted = this.hiddenLines - tail.length
    this.note(
      `runguard: ${this.hiddenLines} line(s) (${formatBytes(this.hiddenBytes)}) of the script's output were not shown live; ${omitted > 0 ? `${omitted} of them are left out, ` : ''}the last ${tail.length} follow`
    )
    for (const [stream, line] of tail) this.emit(stream, line)
    this.hiddenLines = 0
  }
}

/** A fresh token for `::stop-commands::`: 256 random bits, 64 hex characters. */
export function stopCommandsToken(): string {
  return randomBytes(32).toString('hex')
}

/**
 * Keeps the script's output from speaking to the Actions runner. The runner parses every line
 * of a step's stdout and stderr for workflow commands (`::add-mask::`, `::error::`,
 * `::set-output`, `::stop-commands::` at the start of a line, and the legacy `##[…]` form
 * anywhere in a line); `::stop-commands::<token>` turns that off until a line `::<token>::`.
 * The guard wraps the script's output in its own `::group::`, with commands stopped under a
 * fresh random token that only this writer knows; runguard's own output first closes the
 * section (`close()`), and `command()` emits one of runguard's commands in the middle of it
 * (e.g. `::add-mask::` for a secret found in the output) and stops commands again with a new
 * token. One guard per process stream writer.
 */
export class CommandGuard {
  private token: string | undefined
  private grouped = false

  constructor(
    private readonly write: (line: string) => void,
    private readonly title: string,
    private readonly newToken: () => string = stopCommandsToken
  ) {}

  /** True while the script's output section is open (commands stopped). */
  get open(): boolean {
    return this.token !== undefined
  }

  /** One line of the script's output, printed with commands stopped. */
  text(line: string): void {
    if (!this.grouped) {
      this.write(`::group::${this.title}`)
      this.grouped = true
    }
    if (this.token === undefined) {
      this.token = this.newToken()
      this.write(`::stop-commands::${this.token}`)
    }
    this.write(line)
  }

  /** Emits one of runguard's own commands, resuming command processing around it. */
  command(emit: () => void): void {
    if (this.token === undefined) {
      emit()
      return
    }
    this.resume()
    emit()
    this.token = this.newToken()
    this.write(`::stop-commands::${this.token}`)
  }

  /** Ends the section: resumes commands and closes the group. Idempotent. */
  close(): void {
    this.resume()
    if (this.grouped) {
      this.write('::endgroup::')
      this.grouped = false
    }
  }

  private resume(): void {
    if (this.token === undefined) return
    this.write(`::${this.token}::`)
    this.token = undefined
  }
}

/** Where the CLI prints its own lines and the script's (stderr: stdout stays for --format json). */
export interface CliOutput {
  /** One of runguard's own lines (closes the script's section first). */
  log: (line: string) => void
  /** One line of the script's output (already redacted). */
  script: (stream: Stream, line: string) => void
  close: () => void
}

/**
 * The CLI's output. Run inside a GitHub Actions step (`run: npx runguard …`), the runner parses
 * the CLI's output for workflow commands too, so the script's lines are guarded as in the
 * Action (CommandGuard); elsewhere they are printed as they are.
 */
export function cliOutput(writeLine: (line: string) => void, env: NodeJS.ProcessEnv): CliOutput {
  const prefix = (stream: Stream, line: string): string =>
    stream === 'stderr' ? `[stderr] ${line}` : line
  if (env.GITHUB_ACTIONS !== 'true') {
    return { log: writeLine, script: (s, l) => writeLine(prefix(s, l)), close: () => undefined }
  }
  const guard = new CommandGuard(
    writeLine,
    'Output of the script (workflow commands in it are not processed)'
  )
  return {
    log: line => {
      guard.close()
      writeLine(line)
    },
    script: (s, l) => guard.text(prefix(s, l)),
    close: () => guard.close()
  }
}

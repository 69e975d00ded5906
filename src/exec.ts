import { spawn } from 'node:child_process'

/** Options for one external command. Commands are argument arrays, never shell strings. */
export interface ExecOptions {
  cwd?: string
  /** Full environment for the child; defaults to process.env. */
  env?: NodeJS.ProcessEnv
  /** Kill the whole process group after this many milliseconds. */
  timeoutMs?: number
  /** Written to stdin, then stdin is closed. Without it stdin is closed at once. */
  input?: string
  /** Cap per stream; output past it is dropped and `truncated` is set. Default 512 MiB. */
  maxBufferBytes?: number
  /** Aborting kills the process group. */
  signal?: AbortSignal
  /**
   * Takes stdout chunk by chunk as it arrives, instead of `ExecResult.stdout` (which is then
   * empty): a consumer that parses as it reads never holds the whole output. It gets at most
   * maxBufferBytes (past the cap `truncated` is set and it gets nothing more) and must not
   * throw: a consumer keeps its own errors.
   */
  onStdout?: (chunk: Buffer) => void
}

export interface ExecResult {
  /** null when the process was killed by a signal or could not start. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** Empty when `onStdout` took the output. */
  stdout: string
  stderr: string
  timedOut: boolean
  /** True when a stream exceeded maxBufferBytes. */
  truncated: boolean
  durationMs: number
  /** Set when the program could not be started (ENOENT, EACCES …). */
  spawnError?: string
  /**
   * The program exited but a process it started kept its output open: reading stopped
   * STREAM_GRACE_MS later (its process group was killed) and the output is what came before.
   */
  streamsHeldOpen?: boolean
}

/** Injected into library code so tests can fake or record commands. */
export type ExecFn = (
  command: string,
  args: readonly string[],
  options?: ExecOptions
) => Promise<ExecResult>

const DEFAULT_MAX_BUFFER = 512 * 1024 * 1024
const KILL_GRACE_MS = 2000
/** How long the output of an exited program may stay open (held by a process it started). */
export const STREAM_GRACE_MS = 2000

/**
 * The text of a stream's chunks, which are let go on the way: a report of tens of MB was held
 * three times over (the chunks, their concatenation, the string) for as long as the child
 * process object lived.
 */
function text(chunks: Buffer[]): string {
  const whole = Buffer.concat(chunks)
  chunks.length = 0
  return whole.toString('utf8')
}

/**
 * Runs a program with an argument array in its own process group and never throws for a
 * non-zero exit: each caller maps exit codes itself (docs/architecture.md, "Processes").
 */
export const execFile: ExecFn = (command, args, options = {}) =>
  new Promise(resolve => {
    const started = performance.now()
    const max = options.maxBufferBytes ?? DEFAULT_MAX_BUFFER
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outBytes = 0
    let errBytes = 0
    let truncated = false
    let timedOut = false
    let settled = false
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      // Own process group so a timeout kills grandchildren too.
      detached: process.platform !== 'win32',
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true
    })
    const killGroup = (sig: NodeJS.Signals): void => {
      if (child.pid === undefined) return
      try {
        if (process.platform !== 'win32') process.kill(-child.pid, sig)
        else child.kill(sig)
      } catch {
        // Already gone.
      }
    }
    const stop = (): void => {
      killGroup('SIGTERM')
      setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref()
    }
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true
            stop()
          }, options.timeoutMs)
        : undefined
    const onAbort = (): void => stop()
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const onStdout = options.onStdout
    child.stdout.on('data', (chunk: Buffer) => {
      if (outBytes + chunk.length > max) truncated = true
      else if (onStdout) onStdout(chunk)
      else out.push(chunk)
      outBytes += chunk.length
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (errBytes + chunk.length > max) truncated = true
      else err.push(chunk)
      errBytes += chunk.length
    })
    child.stdin.on('error', () => {
      // The program may exit without reading stdin (EPIPE); that is not our failure.
    })
    child.stdin.end(options.input ?? undefined)
    const finish = (result: Partial<ExecResult>): void => {
      if (settled) return
      settled = true
      if (timer) clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      resolve({
        exitCode: null,
        signal: null,
        stdout: text(out),
        stderr: text(err),
        timedOut,
        truncated,
        durationMs: performance.now() - started,
        ...result
      })
    }
    child.on('error', e => finish({ spawnError: e.message }))
    child.on('close', (code, signal) => finish({ exitCode: code, signal }))
    // 'close' waits for every holder of the pipes: a daemon the tool left behind (or a
    // grandchild that setsid'd) would keep runguard waiting forever.
    child.once('exit', (code, signal) => {
      const held = setTimeout(() => {
        killGroup('SIGKILL')
        child.stdout.destroy()
        child.stderr.destroy()
        finish({ exitCode: code, signal, streamsHeldOpen: true })
      }, STREAM_GRACE_MS)
      child.once('close', () => clearTimeout(held))
    })
  })

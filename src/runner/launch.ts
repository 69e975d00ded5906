import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import { createCgroupJail, type CgroupJail } from './cgroup.js'
import { encodeLaunchFrame, type IsolationPlan } from './isolation.js'
import { isolateArgv, parseShimEvent, shimArgv, type ShimEvent, type ShimRusage } from './shim.js'

/**
 * How the script's process tree is started, and therefore how it can be stopped:
 * - `isolated`: through the helper's launcher, in PID and mount namespaces (the namespace's
 *   init kills everything in it; nothing can leave a PID namespace);
 * - `shim`: under the helper as a subreaper (orphans stay in its tree; it stops the tree with
 *   a freeze-then-kill loop), in a cgroup of its own when one can be created;
 * - `direct`: spawned by Node (no Python), in a cgroup when possible, else process groups and
 *   the pids the monitor saw.
 */
export type LaunchMode = 'direct' | 'shim' | 'isolated'

export interface LaunchOptions {
  argv: readonly string[]
  cwd: string
  /** The script's environment (already scrubbed). */
  env: NodeJS.ProcessEnv
  stdin?: string
  mode: LaunchMode
  /** Python for the helper (shim and isolated modes). */
  python?: string
  /** Required in isolated mode. */
  isolation?: IsolationPlan
  /** Put the tree in a cgroup of its own when possible (shim and direct modes). */
  cgroup?: boolean
  onStdout: (chunk: Buffer) => void
  onStderr: (chunk: Buffer) => void
  /** The monitor can start: root of the tree to sample, and whether the root is runguard's. */
  onTree: (root: number, excludeRoot: boolean) => void
}

/** How the script ended. */
export interface ExitFacts {
  code: number
  signal?: string
  /** Measured by the helper around the script itself. */
  wallSeconds?: number
}

const SIGNAL_NAMES = new Map<number, string>(
  Object.entries(os.constants.signals).map(([name, no]) => [no, name])
)

/** exit_code of a process ended by a signal, shell convention: 128 + signal number. */
export function signalExitCode(signal: NodeJS.Signals | number): number {
  const no = typeof signal === 'number' ? signal : (os.constants.signals[signal] ?? 0)
  return 128 + no
}

/** ENOENT → 127 (not found), anything else that prevents starting (EACCES …) → 126, as sh does. */
function startFailureCode(errno: number | string | undefined): 126 | 127 {
  return errno === 2 || errno === 'ENOENT' ? 127 : 126
}

function send(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Gone already, or not ours.
  }
}

/** One started tree. Events of the helper update the public fields as they arrive. */
export class ScriptProcess {
  readonly notes: string[] = []
  exit?: ExitFacts
  /** The program could not be started (exit 127 not found, 126 otherwise). */
  startFailure?: { code: 126 | 127; message: string }
  /** Isolated mode: the namespaces could not be set up; the script did not run. */
  isolationFailure?: string
  rusage?: ShimRusage
  /** The helper's own ru_maxrss (KiB): the floor under its children's maxrss. */
  helperMaxrss?: number
  subreaper = false
  /** How the tree is held: for the measurement notes. */
  readonly control: string
  readonly exited: Promise<void>
  /**
   * Resolves once the helper needs nothing more from this process to start the script: the
   * isolated launcher waits for its launch frame, the other modes need nothing.
   */
  readonly handedOver: Promise<void>
  private handOver: () => void = () => undefined
  readonly closed: Promise<void>

  private readonly child: ChildProcess
  /** Events in, commands out: fd 3 of the shim, or the launcher's socket. */
  private channel: Duplex | undefined
  private readonly pending: string[] = []
  private targetGroup: number | undefined
  private treeEmpty = false
  private markExited: () => void = () => undefined
  private readonly jail: CgroupJail | undefined
  private socketDir: string | undefined
  private server: net.Server | undefined

  private constructor(
    private readonly options: LaunchOptions,
    prepared: { jail?: CgroupJail; jailNote: string; socketDir?: string; server?: net.Server }
  ) {
    this.jail = prepared.jail
    this.socketDir = prepared.socketDir
    this.server = prepared.server
    this.control = prepared.jailNote
    this.exited = new Promise<void>(resolve => (this.markExited = resolve))
    this.handedOver =
      options.mode === 'isolated'
        ? new Promise<void>(resolve => (this.handOver = resolve))
        : Promise.resolve()
    const { mode } = options
    const [command, ...args] = this.commandLine() as [string, ...string[]]
    this.child = spawn(command, args, {
      cwd: options.cwd,
      // Isolated: the launcher gets its environment from the frame (sudo resets it anyway).
      env: options.env,
      // Own process group (and session): signals to it never reach runguard or the runner.
      detached: process.platform !== 'win32',
      stdio: mode === 'shim' ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe'],
      windowsHide: true
    })
    this.closed = new Promise<void>(resolve => {
      this.child.once('close', () => resolve())
      // A program that cannot be started may never emit 'close'.
      this.child.once('error', () => resolve())
    })
    this.child.stdout?.on('data', options.onStdout)
    this.child.stderr?.on('data', options.onStderr)
    this.child.stdin?.on('error', () => {
      // The script may exit without reading stdin (EPIPE): not a failure of the run.
    })
    this.child.stdin?.end(options.stdin ?? undefined)
    this.child.once('error', (e: NodeJS.ErrnoException) => {
      // Isolated, the child is the launcher (or sudo), not the script: it failing to start is
      // an isolation failure, never "the script was not found".
      if (mode !== 'isolated') this.failedToStart(e.code, e.message)
      else if (!this.exit && this.isolationFailure === undefined) {
        this.isolationFailure = `the isolation launcher could not start (${e.message})`
        this.markExited()
      }
    })
    this.child.once('exit', (code, signal) => this.childExited(code, signal))

    if (mode === 'shim') {
      this.attach(this.child.stdio[3] as Duplex)
    } else if (mode === 'isolated') {
      this.server?.once('connection', socket => {
        // One launcher per attempt: nothing else may connect afterwards.
        this.server?.close()
        socket.write(encodeLaunchFrame(options.isolation!, options.argv, options.env, options.cwd))
        this.attach(socket)
        this.handOver()
      })
    } else {
      this.targetGroup = this.child.pid
      if (this.jail && this.child.pid !== undefined) {
        // Node cannot join a cgroup before exec: a fork in the first instant could slip out.
        try {
          writeFileSync(this.jail.procsFile, String(this.child.pid))
        } catch (e) {
          this.notes.push(`could not move the script into its cgroup: ${(e as Error).message}`)
        }
      }
      if (this.child.pid !== undefined) options.onTree(this.child.pid, false)
    }
  }

  /** Starts the tree; isolated mode first opens the launcher's socket. */
  static async start(options: LaunchOptions): Promise<ScriptProcess> {
    if (options.mode === 'isolated') {
      if (!options.isolation || !options.python)
        throw new Error('isolated mode needs a plan and python')
      // A directory of mode 0700: only runguard's user (and root) can reach the socket.
      const socketDir = mkdtempSync(path.join(os.tmpdir(), 'rg-'))
      const server = net.createServer()
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(path.join(socketDir, 's'), () => resolve())
      })
      return new ScriptProcess(options, { jailNote: 'PID namespace', socketDir, server })
    }
    let jail: CgroupJail | undefined
    let jailNote = options.mode === 'shim' ? 'subreaper shim' : 'process group'
    if (options.cgroup && process.platform === 'linux') {
      const made = createCgroupJail(`runguard-${randomUUID()}`)
      if ('unavailable' in made) jailNote += ` (no cgroup: ${made.unavailable})`
      else {
        jail = made
        jailNote += ` + ${made.kind}`
      }
    }
    return new ScriptProcess(options, { ...(jail ? { jail } : {}), jailNote })
  }

  get mode(): LaunchMode {
    return this.options.mode
  }

  /** Node's direct child (sudo, the launcher, the shim or the script). */
  get pid(): number | undefined {
    return this.child.pid
  }

  /** The shim, which sits in the cgroup too and must live to report the rusage. */
  private get helperPid(): number | undefined {
    return this.options.mode === 'shim' ? this.child.pid : undefined
  }

  /** The direct child is still running. */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  /**
   * Nothing of the tree is left as far as the helper knows: it said so when the script exited,
   * it finished reaping, or it is gone. The helper is a subreaper (or PID 1 of the namespace),
   * so every orphan comes back to it; a /proc scan alone can miss a process that is moving
   * between parents and declare a still-forking tree gone. Without a helper: nothing to ask.
   */
  settled(): boolean {
    return this.options.mode === 'direct' || this.treeEmpty || !this.running
  }

  /**
   * SIGTERM or SIGKILL to every process of the tree by every means this mode has: the helper's
   * command (namespace-wide, or every descendant of the subreaper), the cgroup, the target's
   * process group. The caller adds the pids its monitor saw.
   */
  signal(sig: 'SIGTERM' | 'SIGKILL'): void {
    const { mode } = this.options
    if (mode !== 'direct') this.command(sig === 'SIGTERM' ? 'term' : 'kill')
    this.jail?.signal(sig, this.helperPid)
    if (mode === 'isolated' || process.platform === 'win32') {
      if (process.platform === 'win32') this.child.kill(sig)
      return
    }
    if (this.targetGroup !== undefined) send(-this.targetGroup, sig)
    // The shim has not reported the target yet: only a SIGKILL goes to the shim itself (then
    // nothing is left to start); a TERM is repeated when the target is reported.
    else if (sig === 'SIGKILL' && this.child.pid !== undefined) send(-this.child.pid, sig)
  }

  /** The strongest kill this mode has; resolves once it has been applied (bounded). */
  async killAll(): Promise<void> {
    this.signal('SIGKILL')
    if (this.jail) {
      try {
        await this.jail.kill(this.helperPid)
      } catch (e) {
        this.notes.push(`cgroup kill failed: ${(e as Error).message}`)
      }
    }
  }

  /**
   * Stops (true) or resumes (false) reading the script's output: while stopped, its pipes fill
   * and the script blocks on its next write, so nothing piles up in this process.
   */
  holdOutput(hold: boolean): void {
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (hold) stream?.pause()
      else stream?.resume()
    }
  }

  /** Last resort when the streams stay open: kill the direct child, stop reading. */
  forceClose(): void {
    if (this.running && this.child.pid !== undefined) send(this.child.pid, 'SIGKILL')
    this.child.stdout?.destroy()
    this.child.stderr?.destroy()
    this.channel?.destroy()
  }

  /** Removes the cgroup and the socket directory. */
  dispose(): void {
    this.jail?.remove()
    this.server?.close()
    if (this.socketDir) rmSync(this.socketDir, { recursive: true, force: true })
    this.socketDir = undefined
  }

  private commandLine(): string[] {
    const { mode, argv, python, isolation } = this.options
    if (mode === 'shim') return shimArgv(python!, 3, this.jail?.procsFile, argv)
    if (mode === 'isolated') {
      return [...isolation!.prefix, ...isolateArgv(python!, path.join(this.socketDir!, 's'))]
    }
    return [...argv]
  }

  private command(line: 'term' | 'kill'): void {
    if (!this.channel) {
      this.pending.push(line)
      return
    }
    if (!this.channel.destroyed && this.channel.writable) this.channel.write(`${line}\n`)
  }

  private attach(channel: Duplex): void {
    this.channel = channel
    channel.on('error', () => undefined)
    let buffered = ''
    channel.setEncoding('utf8')
    channel.on('data', (text: string) => {
      buffered += text
      let nl: number
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const event = parseShimEvent(buffered.slice(0, nl))
        buffered = buffered.slice(nl + 1)
        if (event) this.onEvent(event)
      }
    })
    for (const line of this.pending.splice(0)) this.command(line as 'term' | 'kill')
  }

  private onEvent(event: ShimEvent): void {
    switch (event.event) {
      case 'ns':
        // PID 1 of the namespace: its descendants are exactly the script's processes.
        this.options.onTree(event.pid, true)
        break
      case 'spawned':
        this.subreaper = event.subreaper
        if (this.options.mode === 'shim') {
          this.targetGroup = event.pid
          if (this.child.pid !== undefined) this.options.onTree(this.child.pid, true)
        }
        break
      case 'error':
        this.failedToStart(event.errno, event.message)
        break
      case 'isolation-failed':
        this.isolationFailure = event.message
        this.markExited()
        break
      case 'note':
        this.notes.push(event.message)
        break
      case 'exited':
        if (this.exit) break
        this.exit = {
          code: event.signal !== null ? 128 + event.signal : (event.code ?? 0),
          ...(event.signal !== null
            ? { signal: SIGNAL_NAMES.get(event.signal) ?? String(event.signal) }
            : {}),
          wallSeconds: event.wall
        }
        if (event.rest === false) this.treeEmpty = true
        this.markExited()
        break
      case 'done':
        this.treeEmpty = true
        this.rusage = event.ru
        this.helperMaxrss = event.selfMaxrss
        break
    }
  }

  private failedToStart(errno: number | string | undefined, message: string): void {
    if (this.exit || this.startFailure) return
    const code = startFailureCode(errno)
    this.startFailure = { code, message }
    this.exit = { code }
    this.markExited()
  }

  private childExited(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.options.mode === 'direct') {
      this.exit ??= {
        code: code ?? (signal ? signalExitCode(signal) : 1),
        ...(signal ? { signal } : {})
      }
      this.markExited()
      return
    }
    // The helper ended. Its last events may still be in the channel ('exit' can come before
    // the data), so decide only once the channel is closed.
    const decide = (): void => {
      if (!this.exit && !this.isolationFailure) {
        if (this.options.mode === 'isolated' && !this.channel) {
          this.isolationFailure = `the isolation launcher ended (exit ${code ?? signal}) before it started the script`
        } else {
          this.exit = { code: code ?? (signal ? signalExitCode(signal) : 1) }
          this.notes.push('the runner helper ended without reporting the script’s exit status')
        }
      }
      this.markExited()
    }
    const channel = this.channel
    if (!channel || channel.destroyed || channel.readableEnded) decide()
    else channel.once('close', decide)
  }
}

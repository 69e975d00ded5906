// Shared by the runner's adversarial tests (script-*.test.ts, process-*.test.ts …): run the
// BUILT entry points the way users and the Actions runner do, read the log as the runner
// would, and find processes that outlived runguard.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const CLI = path.resolve('dist/cli/index.js')
export const ACTION = path.resolve('dist/index.js')

/**
 * Where the script's isolation (PID and mount namespaces) is expected: Linux with python3, and
 * runguard running as root or with passwordless sudo (GitHub-hosted runners). Decided here, not
 * by runguard's own probe, so the tests judge the product instead of agreeing with it.
 */
export function isolationExpected(): boolean {
  if (process.platform !== 'linux') return false
  if (spawnSync('python3', ['-c', 'pass']).status !== 0) return false
  if (process.getuid?.() === 0) {
    // Root inside a container without CAP_SYS_ADMIN cannot create namespaces either.
    return spawnSync('unshare', ['--pid', '--mount', '--fork', 'true']).status === 0
  }
  return spawnSync('sudo', ['-n', 'true']).status === 0
}

export function requireDist(): void {
  for (const file of [CLI, ACTION]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`)
  }
}

/** A workspace with the given files (relative path → content). */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-adv-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

export interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

export interface Started {
  child: ChildProcess
  done: Promise<Finished>
  stdout: () => string
  stderr: () => string
}

/** Starts a process with its output collected; `detached` gives it its own process group. */
export function start(
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; detached?: boolean; uid?: number; gid?: number }
): Started {
  const t0 = performance.now()
  const child = spawn(argv[0] as string, argv.slice(1), {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {})
  })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout?.on('data', (b: Buffer) => out.push(b))
  child.stderr?.on('data', (b: Buffer) => err.push(b))
  const text = (bufs: Buffer[]): string => Buffer.concat(bufs).toString('utf8')
  // 'exit', not 'close': a process that outlived runguard may hold its pipes open.
  const done = new Promise<Finished>(resolve => {
    child.once('exit', (code, signal) => {
      setTimeout(
        () =>
          resolve({
            code,
            signal,
            stdout: text(out),
            stderr: text(err),
            ms: performance.now() - t0
          }),
        50
      )
    })
  })
  return { child, done, stdout: () => text(out), stderr: () => text(err) }
}

/** The runner's environment for a step: PATH, HOME, and what the test adds. */
export function stepEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    ...extra
  }
}

/**
 * The Actions runner's file-command layout for one step: `<RUNNER_TEMP>/_runner_file_commands`
 * with the step's files, and the variables naming them.
 */
export function fileCommands(root: string): {
  env: NodeJS.ProcessEnv
  files: Record<
    'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY',
    string
  >
} {
  const temp = path.join(root, 'runner-temp')
  const dir = path.join(temp, '_runner_file_commands')
  mkdirSync(dir, { recursive: true })
  const id = 'b6c35a2e-5e0c-4c7e-9d3a-1f2e3d4c5b6a'
  const files = {
    GITHUB_OUTPUT: path.join(dir, `set_output_${id}`),
    GITHUB_ENV: path.join(dir, `set_env_${id}`),
    GITHUB_PATH: path.join(dir, `add_path_${id}`),
    GITHUB_STATE: path.join(dir, `save_state_${id}`),
    GITHUB_STEP_SUMMARY: path.join(dir, `step_summary_${id}`)
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  return { env: { RUNNER_TEMP: temp, ...files }, files }
}

export interface WorkflowCommand {
  name: string
  properties: string
  data: string
  line: string
}

/**
 * Reads a step's log the way the runner does (actions/runner OutputManager, ActionCommand):
 * `::name props::data` at the start of a line (after whitespace), the legacy `##[name props]data`
 * anywhere in a line, and `::stop-commands::<token>` suspending both until a line
 * `::<token>::`. Returns every command the runner would have processed.
 */
export function runnerCommands(log: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const raw of log.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (raw.trim() === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const line = raw.trimStart()
    const v2 = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (v2) {
      const command = { name: v2[1]!, properties: v2[2] ?? '', data: v2[3]!, line: raw }
      commands.push(command)
      if (command.name === 'stop-commands') stopToken = command.data
      continue
    }
    const legacy = /##\[([A-Za-z-]+)(?:\s+([^\]]*))?\](.*)$/.exec(raw)
    if (legacy) {
      commands.push({ name: legacy[1]!, properties: legacy[2] ?? '', data: legacy[3]!, line: raw })
    }
  }
  return commands
}

/** Live processes (not zombies) whose command line contains `marker`. */
export function aliveWith(marker: string): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) continue
      if (!/^\d+ \(.*\) [ZX] /.test(readFileSync(`/proc/${entry}/stat`, 'utf8'))) {
        found.push(Number(entry))
      }
    } catch {
      // Gone meanwhile.
    }
  }
  return found
}

/** Zombies among the descendants of `root` (children that exited and nobody reaped yet). */
export function zombiesUnder(root: number): number {
  const children = new Map<number, number[]>()
  const state = new Map<number, string>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ppid = Number(fields[1])
      state.set(Number(entry), fields[0] as string)
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // Gone meanwhile.
    }
  }
  let zombies = 0
  const todo = [root]
  while (todo.length > 0) {
    for (const child of children.get(todo.pop() as number) ?? []) {
      if (state.get(child) === 'Z') zombies++
      todo.push(child)
    }
  }
  return zombies
}

/**
 * Kills whatever a failed test left behind (so one failure does not poison the machine): a
 * forking chain needs SIGSTOP first, round after round, until no new process appears.
 */
export async function cleanUp(marker: string): Promise<void> {
  const send = (pid: number, signal: NodeJS.Signals): void => {
    try {
      process.kill(pid, signal)
    } catch {
      // Gone.
    }
  }
  let quiet = 0
  for (let round = 0; round < 500 && quiet < 5; round++) {
    const live = aliveWith(marker)
    quiet = live.length === 0 ? quiet + 1 : 0
    for (const pid of live) send(pid, 'SIGSTOP')
    for (const pid of live) send(pid, 'SIGKILL')
    await sleep(5)
  }
}

export const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

/** Waits until `check` is true (polling every 20 ms), or throws after `ms`. */
export async function waitUntil(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = performance.now() + ms
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(20)
  }
}

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { probeArgv } from './shim.js'

/**
 * Isolation of the script from runguard and the runner (the `isolation` setting):
 * the script runs in its own PID and mount namespaces with a fresh /proc, so it cannot read
 * `/proc/<runguard or runner pid>/environ` (the job's tokens), with the runner's file-command
 * directory hidden, as the original user with no_new_privs (the runner's passwordless sudo no
 * longer works for it). Setting the namespaces up needs root: runguard as root, or `sudo -n`
 * (GitHub-hosted runners allow it). See the README's runner section and SECURITY.md for what
 * this does and does not protect.
 */
export type IsolationMode = 'auto' | 'required' | 'off'

export type IsolationSupport =
  { available: true; via: 'root' | 'sudo'; prefix: string[] } | { available: false; reason: string }

/** Who the script runs as inside the namespaces: runguard's own identity. */
export interface Identity {
  uid: number
  gid: number
  groups: number[]
}

/** Everything the launcher needs besides the script itself. */
export interface IsolationPlan {
  /** `[]` when runguard is root, `['sudo', '-n']` otherwise. */
  prefix: string[]
  via: 'root' | 'sudo'
  identity: Identity
  umask: number
  /** Paths mounted over inside the namespace (directories: empty tmpfs; files: /dev/null). */
  hide: string[]
}

let cache: Map<string, IsolationSupport> | undefined

/**
 * Can the script be isolated here? Probed once per process and Python path: `sudo -n true`
 * when runguard is not root, then the helper creates the namespaces once (this catches
 * containers without CAP_SYS_ADMIN and kernels that forbid it).
 */
export function probeIsolation(python: string | undefined): IsolationSupport {
  cache ??= new Map()
  const key = python ?? ''
  const known = cache.get(key)
  if (known) return known
  const result = probe(python)
  cache.set(key, result)
  return result
}

function firstLine(text: string | Buffer | null | undefined): string {
  return (
    String(text ?? '')
      .split('\n')
      .map(l => l.trim())
      .find(Boolean) ?? ''
  )
}

function probe(python: string | undefined): IsolationSupport {
  if (process.platform !== 'linux') {
    return {
      available: false,
      reason: `PID and mount namespaces are Linux only (this is ${process.platform})`
    }
  }
  if (!python) {
    return {
      available: false,
      reason: 'its helper needs python3 >= 3.8 with ctypes, and none was found on PATH'
    }
  }
  const root = process.getuid?.() === 0
  let prefix: string[] = []
  if (!root) {
    const sudo = spawnSync('sudo', ['-n', 'true'], {
      encoding: 'utf8',
      timeout: 10000,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    if (sudo.error || sudo.status !== 0) {
      const why = sudo.error?.message.includes('ENOENT')
        ? 'sudo is not installed'
        : firstLine(sudo.stderr) || `sudo -n true exited ${String(sudo.status)}`
      return {
        available: false,
        reason: `runguard runs as uid ${process.getuid?.()} without passwordless sudo (${why})`
      }
    }
    prefix = ['sudo', '-n']
  }
  const [command, ...args] = [...prefix, ...probeArgv(python)] as [string, ...string[]]
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 10000,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  if (run.status !== 0) {
    const why =
      firstLine(run.stdout) ||
      firstLine(run.stderr) ||
      run.error?.message ||
      `exit ${String(run.status)}`
    return { available: false, reason: `the namespaces could not be created (${why})` }
  }
  return { available: true, via: root ? 'root' : 'sudo', prefix }
}

/** The process umask from /proc/self/status (process.umask() without an argument is deprecated). */
function currentUmask(): number {
  try {
    const m = /^Umask:\s*([0-7]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (m) return parseInt(m[1] as string, 8)
  } catch {
    // Fall through.
  }
  return 0o022
}

/** The file commands of the current step: GITHUB_ENV, GITHUB_OUTPUT … (their env values). */
const FILE_COMMAND_VARIABLES = [
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY'
] as const

/** The runner's own credentials and diagnostics, in the runner's install directory. */
const RUNNER_PRIVATE = ['.credentials', '.credentials_rsaparams', '.runner', '.env', '_diag']

/**
 * Paths the script must not see, from the runner's environment (before scrubbing): the
 * runner's file-command directory (`$RUNNER_TEMP/_runner_file_commands`, where the files of
 * every GITHUB_* file command of the job live; writing there would set our outputs or the next
 * steps' environment) or, when a file command lives elsewhere, that file alone; and, when
 * runguard runs under the runner's bundled Node (the Action), the runner's credential files
 * and diagnostic logs. Never a parent of the workspace: only the runner's own names are hidden.
 */
export function pathsToHide(env: NodeJS.ProcessEnv, execPath = process.execPath): string[] {
  const hide = new Set<string>()
  const isDir = (p: string): boolean => {
    try {
      return statSync(p).isDirectory()
    } catch {
      return false
    }
  }
  const commandDir = env.RUNNER_TEMP
    ? path.join(env.RUNNER_TEMP, '_runner_file_commands')
    : undefined
  if (commandDir && isDir(commandDir)) hide.add(commandDir)
  for (const name of FILE_COMMAND_VARIABLES) {
    const file = env[name]
    if (!file || !path.isAbsolute(file) || !existsSync(file)) continue
    const dir = path.dirname(file)
    hide.add(path.basename(dir) === '_runner_file_commands' ? dir : file)
  }
  // <runner>/externals/node24/bin/node: the runner's install directory is four levels up.
  const m = /^(.*)\/externals\/node\d+\/bin\/node$/.exec(execPath)
  const runnerRoot = m?.[1]
  if (runnerRoot && existsSync(path.join(runnerRoot, 'bin'))) {
    for (const name of RUNNER_PRIVATE) {
      const p = path.join(runnerRoot, name)
      if (existsSync(p)) hide.add(p)
    }
  }
  return [...hide].sort()
}

/** The plan for an available isolation: runguard's identity, umask, paths to hide. */
export function isolationPlan(
  support: Extract<IsolationSupport, { available: true }>,
  runnerEnv: NodeJS.ProcessEnv
): IsolationPlan {
  return {
    prefix: support.prefix,
    via: support.via,
    identity: {
      uid: process.getuid?.() ?? 0,
      gid: process.getgid?.() ?? 0,
      groups: process.getgroups?.() ?? []
    },
    umask: currentUmask(),
    hide: pathsToHide(runnerEnv)
  }
}

/**
 * The launch frame the launcher reads from its socket: `<length>\n` then NUL-separated fields
 * (POSIX argv, environment entries and paths cannot contain NUL, so no escaping is needed).
 * Sent over the socket, not argv: argv is readable by every process on the machine.
 */
export function encodeLaunchFrame(
  plan: IsolationPlan,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string
): Buffer {
  const entries = Object.entries(env)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${v}`)
  const fields = [
    String(plan.identity.uid),
    String(plan.identity.gid),
    plan.identity.groups.join(','),
    plan.umask.toString(8),
    cwd,
    String(argv.length),
    ...argv,
    String(entries.length),
    ...entries,
    String(plan.hide.length),
    ...plan.hide
  ]
  for (const f of fields) {
    if (f.includes('\0')) throw new Error('a launch field contains a NUL byte')
  }
  const body = Buffer.from(fields.join('\0'), 'utf8')
  return Buffer.concat([Buffer.from(`${body.length}\n`), body])
}

/** One line for the log and the measurement notes saying what protects the script's run. */
export function describeIsolation(plan: IsolationPlan | undefined, unavailable?: string): string {
  if (!plan) {
    return unavailable
      ? `isolation: OFF, not available here: ${unavailable}. The script runs as runguard's user and can read runguard's environment (runner tokens) through /proc, and use its sudo`
      : `isolation: off (isolation: off). The script runs as runguard's user and can read runguard's environment (runner tokens) through /proc`
  }
  const who =
    plan.identity.uid === 0
      ? 'as root with Docker’s default capabilities and /proc/sys, /sys read-only'
      : `as uid ${plan.identity.uid}`
  const hidden = plan.hide.length > 0 ? `, ${plan.hide.length} runner path(s) hidden` : ''
  return `isolation: on (own PID and mount namespaces via ${plan.via === 'sudo' ? 'sudo -n' : 'root'}, fresh /proc, ${who}, no_new_privs${hidden})`
}

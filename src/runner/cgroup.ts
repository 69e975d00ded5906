import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * A cgroup of its own for one attempt of the script, used to kill the whole tree at once: no
 * process can leave it by forking or calling setsid (only a root process could move itself
 * out). cgroup v2 (`cgroup.kill`, or `cgroup.freeze` before 5.14) where runguard may create a
 * child of its own cgroup (root, or a delegated subtree); else the cgroup v1 freezer hierarchy
 * when mounted and writable. Without either, the caller relies on the shim's freeze-then-kill
 * loop and the PID namespace.
 */
export interface CgroupJail {
  readonly kind: 'cgroup-v2' | 'cgroup-v1-freezer'
  /** Directory of the cgroup. */
  readonly dir: string
  /** The file a process writes its pid to, to join (the shim does, before it spawns). */
  readonly procsFile: string
  /** Pids in the cgroup now (the whole subtree for v2). */
  pids(): number[]
  /** Sends `signal` to every process in the cgroup but `spare` (no freezing: a courtesy SIGTERM). */
  signal(signal: NodeJS.Signals, spare?: number): void
  /**
   * Kills every process in the cgroup but `spare` (the shim, which must live to report the
   * rusage of what it reaps); true once nothing else is left.
   */
  kill(spare?: number): Promise<boolean>
  /** Removes the (empty) cgroup. */
  remove(): void
}

interface Mount {
  point: string
  fstype: string
  superOptions: string[]
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** /proc/self/mountinfo: mount point, filesystem type and super options of each mount. */
export function parseMountinfo(text: string): Mount[] {
  const mounts: Mount[] = []
  for (const line of text.split('\n')) {
    const [left, right] = line.split(' - ')
    if (!left || !right) continue
    const point = left.split(' ')[4]
    const [fstype, , superOptions] = right.split(' ')
    if (!point || !fstype) continue
    mounts.push({
      point: point.replace(/\\(\d{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8))),
      fstype,
      superOptions: (superOptions ?? '').split(',')
    })
  }
  return mounts
}

/** Own cgroup path per hierarchy from /proc/self/cgroup: '' = v2, else the v1 controller list. */
export function parseProcCgroup(text: string): Map<string, string> {
  const result = new Map<string, string>()
  for (const line of text.split('\n')) {
    const m = /^\d+:([^:]*):(.*)$/.exec(line)
    if (m) result.set(m[1] as string, m[2] as string)
  }
  return result
}

function pidsIn(file: string): number[] {
  const text = read(file)
  if (text === undefined) return []
  return text
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter(n => Number.isInteger(n) && n > 0)
}

function send(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Gone already.
  }
}

/** Polls `done` every 5 ms for up to `ms`. */
async function waitFor(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms
  while (!done()) {
    if (performance.now() > deadline) return false
    await sleep(5)
  }
  return true
}

function v2Jail(dir: string): CgroupJail {
  const events = (): string => read(path.join(dir, 'cgroup.events')) ?? ''
  const procs = path.join(dir, 'cgroup.procs')
  const others = (spare?: number): number[] => pidsIn(procs).filter(p => p !== spare)
  return {
    kind: 'cgroup-v2',
    dir,
    procsFile: procs,
    pids: () => pidsIn(procs),
    signal: (sig, spare) => others(spare).forEach(p => send(p, sig)),
    async kill(spare) {
      const killFile = path.join(dir, 'cgroup.kill')
      if (spare === undefined && existsSync(killFile)) {
        // Kernel 5.14+: one write kills the subtree, forks racing with it included.
        writeFileSync(killFile, '1')
        return waitFor(() => !/^populated 1$/m.test(events()), 5000)
      }
      // Frozen processes cannot fork; SIGKILL is delivered when they thaw.
      for (let round = 0; round < 50 && others(spare).length > 0; round++) {
        writeFileSync(path.join(dir, 'cgroup.freeze'), '1')
        await waitFor(() => /^frozen 1$/m.test(events()), 1000)
        for (const p of others(spare)) send(p, 'SIGKILL')
        writeFileSync(path.join(dir, 'cgroup.freeze'), '0')
        if (await waitFor(() => others(spare).length === 0, 200)) return true
      }
      return others(spare).length === 0
    },
    remove: () => removeDir(dir)
  }
}

function v1FreezerJail(dir: string): CgroupJail {
  const state = path.join(dir, 'freezer.state')
  const procs = path.join(dir, 'cgroup.procs')
  const others = (spare?: number): number[] => pidsIn(procs).filter(p => p !== spare)
  return {
    kind: 'cgroup-v1-freezer',
    dir,
    procsFile: procs,
    pids: () => pidsIn(procs),
    signal: (sig, spare) => others(spare).forEach(p => send(p, sig)),
    async kill(spare) {
      // Frozen processes cannot fork; SIGKILL is delivered when they thaw.
      for (let round = 0; round < 50 && others(spare).length > 0; round++) {
        writeFileSync(state, 'FROZEN')
        await waitFor(() => read(state)?.trim() === 'FROZEN', 1000)
        for (const p of others(spare)) send(p, 'SIGKILL')
        writeFileSync(state, 'THAWED')
        if (await waitFor(() => others(spare).length === 0, 200)) return true
      }
      return others(spare).length === 0
    },
    remove: () => removeDir(dir)
  }
}

function removeDir(dir: string): void {
  try {
    rmdirSync(dir)
  } catch {
    // Still populated (a process could not be killed) or gone: nothing more to do here.
  }
}

/** Where a jail could go, by preference: v2 first (cgroup.kill), then the v1 freezer. */
function candidates(): Array<{ kind: CgroupJail['kind']; parent: string }> {
  const mountinfo = read('/proc/self/mountinfo')
  const own = read('/proc/self/cgroup')
  if (mountinfo === undefined || own === undefined) return []
  const mounts = parseMountinfo(mountinfo)
  const paths = parseProcCgroup(own)
  const result: Array<{ kind: CgroupJail['kind']; parent: string }> = []
  const v2 = mounts.find(m => m.fstype === 'cgroup2')
  const v2Path = paths.get('')
  if (v2 && v2Path !== undefined)
    result.push({ kind: 'cgroup-v2', parent: path.join(v2.point, v2Path) })
  const freezer = mounts.find(m => m.fstype === 'cgroup' && m.superOptions.includes('freezer'))
  const freezerPath = [...paths].find(([controllers]) =>
    controllers.split(',').includes('freezer')
  )?.[1]
  if (freezer && freezerPath !== undefined) {
    result.push({ kind: 'cgroup-v1-freezer', parent: path.join(freezer.point, freezerPath) })
  }
  return result
}

/**
 * Creates a cgroup named `name` for one attempt, or returns why none could be made. Probing is
 * one mkdir: on a machine where runguard may not create cgroups it fails at once.
 */
export function createCgroupJail(
  name: string,
  prefer?: CgroupJail['kind']
): CgroupJail | { unavailable: string } {
  const reasons: string[] = []
  const all = candidates()
  const ordered = prefer
    ? [...all.filter(c => c.kind === prefer), ...all.filter(c => c.kind !== prefer)]
    : all
  for (const { kind, parent } of ordered) {
    const dir = path.join(parent, name)
    try {
      mkdirSync(dir)
    } catch (error) {
      reasons.push(`${kind} at ${parent}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`)
      continue
    }
    if (kind === 'cgroup-v2' && !existsSync(path.join(dir, 'cgroup.freeze'))) {
      removeDir(dir)
      reasons.push(`${kind} at ${parent}: no cgroup.freeze (kernel < 5.2)`)
      continue
    }
    return kind === 'cgroup-v2' ? v2Jail(dir) : v1FreezerJail(dir)
  }
  return {
    unavailable: reasons.length > 0 ? reasons.join('; ') : 'no cgroup v2 or v1 freezer mounted'
  }
}

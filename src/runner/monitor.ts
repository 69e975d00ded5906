import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import type { Sample } from '../model.js'
import {
  parseChildren,
  parseIo,
  parseStat,
  parseStatus,
  type ProcIo,
  type ProcStat
} from './proc-parse.js'
import { SampleTimeline } from './timeline.js'

/** A process identity that survives pid reuse. */
export interface ProcessKey {
  pid: number
  starttime: number
}

/** Everything the monitor learned about one process (last values seen). */
interface Tracked extends ProcessKey {
  stat: ProcStat
  io: ProcIo
  voluntary: number
  involuntary: number
  hwmKb: number
  /** utime+stime at the previous sample, for the CPU % delta. */
  prevTicks: number
}

/** Aggregates over the attempt (memory in KiB, CPU in clock ticks). */
export interface MonitorSummary {
  samples: number
  cpuMax: number
  cpuMin: number
  cpuAvg: number
  rssMaxKb: number
  rssMinKb: number
  rssAvgKb: number
  /** Largest VmHWM of any process seen: exact per-process peak while it was alive. */
  hwmMaxKb: number
  threadsMax: number
  fdsMax: number
  processesSeen: number
  /** Σ own utime/stime of every process seen (last values): a lower bound. */
  ownUserTicks: number
  ownSystemTicks: number
  /** Largest utime+cutime (stime+cstime) of one process: covers its waited-for children. */
  withChildrenUserTicks: number
  withChildrenSystemTicks: number
  minorFaults: number
  majorFaults: number
  withChildrenMinorFaults: number
  withChildrenMajorFaults: number
  voluntaryCtxSwitches: number
  involuntaryCtxSwitches: number
  readBytes: number
  writeBytes: number
  clockTicks: number
  timeline: Sample[]
  /** Things that could not be read (e.g. /proc/<pid>/io without permission). */
  notes: string[]
}

export interface MonitorOptions {
  intervalMs: number
  /** Leave the root out of every number (the rusage shim) but still walk its descendants. */
  excludeRoot: boolean
  procRoot?: string
  /** Force a discovery method (tests); default: children files when the kernel has them. */
  discovery?: 'children' | 'scan'
}

let clockTicksCached: number | undefined
/** AT_CLKTCK in the ELF auxiliary vector: the kernel's USER_HZ, handed to every process. */
const AT_CLKTCK = 17

/** USER_HZ from /proc/self/auxv (64-bit word pairs), or undefined. */
export function clockTicksFromAuxv(auxv: Buffer): number | undefined {
  for (let off = 0; off + 16 <= auxv.length; off += 16) {
    const type = auxv.readBigUInt64LE(off)
    if (type === 0n) break
    if (type === BigInt(AT_CLKTCK)) {
      const value = Number(auxv.readBigUInt64LE(off + 8))
      return Number.isInteger(value) && value > 0 && value <= 100000 ? value : undefined
    }
  }
  return undefined
}

/**
 * USER_HZ (what `getconf CLK_TCK` prints); 100 on every mainstream Linux, used when neither the
 * auxiliary vector (read without spawning a process: this sits on every run's start) nor
 * getconf answers.
 */
export function clockTicksPerSecond(): number {
  if (clockTicksCached !== undefined) return clockTicksCached
  let value: number | undefined
  if (os.endianness() === 'LE' && /64/.test(process.arch)) {
    try {
      value = clockTicksFromAuxv(readFileSync('/proc/self/auxv'))
    } catch {
      // No /proc: ask getconf.
    }
  }
  if (value === undefined) {
    value = 100
    try {
      const out = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())
      if (Number.isInteger(out) && out > 0) value = out
    } catch {
      // Keep 100.
    }
  }
  clockTicksCached = value
  return value
}

/**
 * Processes whose initial environment holds `NAME=value` (/proc/<pid>/environ): the last net for
 * processes that left the tree before any sample saw them (double fork + setsid, parent gone).
 * Only processes of the same user are readable, which is all a script can start.
 */
export function findProcessesWithEnv(
  name: string,
  value: string,
  procRoot = '/proc'
): ProcessKey[] {
  const needle = Buffer.from(`${name}=${value}\0`)
  const result: ProcessKey[] = []
  let entries: string[]
  try {
    entries = readdirSync(procRoot)
  } catch {
    return result
  }
  for (const entry of entries) {
    const c = entry.charCodeAt(0)
    if (c < 48 || c > 57) continue
    const pid = Number(entry)
    if (pid === process.pid) continue
    let environ: Buffer
    try {
      environ = readFileSync(`${procRoot}/${entry}/environ`)
    } catch {
      continue
    }
    if (environ.indexOf(needle) < 0) continue
    const statText = readText(`${procRoot}/${entry}/stat`)
    const stat = statText === undefined ? undefined : parseStat(statText)
    if (stat && stat.state !== 'Z') result.push({ pid, starttime: stat.starttime })
  }
  return result
}

const keyOf = (k: ProcessKey): string => `${k.pid}:${k.starttime}`

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Samples a process tree from /proc (Linux). Discovery: `task/*\/children` when the kernel has
 * CONFIG_PROC_CHILDREN, otherwise a ppid scan of /proc/*\/stat that only reads pids it has not
 * classified yet. Every process ever seen (pid+starttime) stays tracked while alive, so
 * processes that leave the tree (setsid + parent exit, re-parented to init) are still measured
 * and killed at the end. Reads are synchronous: ~50 µs per process, cheaper than async I/O.
 */
export class ProcTreeMonitor {
  private readonly proc: string
  private readonly clk = clockTicksPerSecond()
  private readonly hasChildrenFiles: boolean
  private readonly tracked = new Map<string, Tracked>()
  /** Pids seen in the last /proc listing that are not in the tree (ppid-scan mode). */
  private notInTree = new Set<number>()
  private readonly timeline = new SampleTimeline()
  private timer: NodeJS.Timeout | undefined
  private readonly startedAt = performance.now()
  private lastSampleAt = this.startedAt
  private count = 0
  private cpuMax = 0
  private cpuMin = Number.POSITIVE_INFINITY
  private cpuSum = 0
  private rssMax = 0
  private rssMin = Number.POSITIVE_INFINITY
  private rssSum = 0
  private threadsMax = 0
  private fdsMax = 0
  private ioDenied = false
  private rootStarttime: number | undefined

  constructor(
    private readonly rootPid: number,
    private readonly options: MonitorOptions
  ) {
    this.proc = options.procRoot ?? '/proc'
    this.hasChildrenFiles =
      options.discovery !== undefined
        ? options.discovery === 'children'
        : existsSync(`${this.proc}/${process.pid}/task/${process.pid}/children`)
  }

  /** Takes a first sample now, then one every interval until stop(). */
  start(): void {
    this.sample()
    const tick = (): void => {
      this.sample()
      this.timer = setTimeout(tick, this.options.intervalMs)
      this.timer.unref()
    }
    this.timer = setTimeout(tick, this.options.intervalMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
  }

  /** Discovery method, for the measurement notes. */
  get discovery(): string {
    return this.hasChildrenFiles ? 'task/*/children' : 'ppid scan of /proc/*/stat'
  }

  /** Live processes of the tree right now (fresh discovery plus every tracked survivor). */
  liveProcesses(): ProcessKey[] {
    const found = this.discover()
    const result: ProcessKey[] = []
    for (const stat of found.values()) {
      if (this.options.excludeRoot && stat.pid === this.rootPid) continue
      // Zombies are dead already; their parent (or init) reaps them.
      if (stat.state === 'Z' || stat.state === 'X') continue
      result.push({ pid: stat.pid, starttime: stat.starttime })
    }
    return result
  }

  /** One sample: discover, read every process, update the aggregates. */
  sample(): void {
    const now = performance.now()
    const found = this.discover()
    let rssKb = 0
    let threads = 0
    let fds = 0
    let ticks = 0
    let processes = 0
    for (const stat of found.values()) {
      if (this.options.excludeRoot && stat.pid === this.rootPid) continue
      if (stat.state === 'Z' || stat.state === 'X') continue
      const base = `${this.proc}/${stat.pid}`
      const statusText = readText(`${base}/status`)
      if (statusText === undefined) continue
      const status = parseStatus(statusText)
      const key = keyOf(stat)
      let t = this.tracked.get(key)
      if (!t) {
        t = {
          pid: stat.pid,
          starttime: stat.starttime,
          stat,
          io: { readBytes: 0, writeBytes: 0 },
          voluntary: 0,
          involuntary: 0,
          hwmKb: 0,
          prevTicks: 0
        }
        this.tracked.set(key, t)
      }
      t.stat = stat
      t.hwmKb = Math.max(t.hwmKb, status.vmHwmKb, status.vmRssKb)
      const ioText = readText(`${base}/io`)
      if (ioText !== undefined) t.io = parseIo(ioText)
      else this.ioDenied = true
      const ctx = stat.numThreads > 1 ? this.threadContextSwitches(base) : undefined
      t.voluntary = ctx?.voluntary ?? status.voluntaryCtxtSwitches
      t.involuntary = ctx?.involuntary ?? status.nonvoluntaryCtxtSwitches
      const cur = stat.utime + stat.stime
      ticks += Math.max(0, cur - t.prevTicks)
      t.prevTicks = cur
      rssKb += status.vmRssKb
      threads += status.threads || stat.numThreads
      fds += this.countFds(base)
      processes++
    }
    const dt = Math.max(1, now - this.lastSampleAt) / 1000
    this.lastSampleAt = now
    // Nothing of the script alive (before the shim spawned it, after it exited): not a sample.
    if (processes === 0) return
    const cpu = (ticks / this.clk / dt) * 100
    this.count++
    this.cpuMax = Math.max(this.cpuMax, cpu)
    this.cpuMin = Math.min(this.cpuMin, cpu)
    this.cpuSum += cpu
    this.rssMax = Math.max(this.rssMax, rssKb)
    this.rssMin = Math.min(this.rssMin, rssKb)
    this.rssSum += rssKb
    this.threadsMax = Math.max(this.threadsMax, threads)
    this.fdsMax = Math.max(this.fdsMax, fds)
    this.timeline.add({
      t: Math.round(now - this.startedAt),
      cpu: Math.round(cpu * 10) / 10,
      rssMb: Math.round((rssKb / 1024) * 10) / 10,
      processes
    })
  }

  summary(): MonitorSummary {
    let ownUser = 0
    let ownSystem = 0
    let withChildrenUser = 0
    let withChildrenSystem = 0
    let minor = 0
    let major = 0
    let withChildrenMinor = 0
    let withChildrenMajor = 0
    let voluntary = 0
    let involuntary = 0
    let readBytes = 0
    let writeBytes = 0
    let hwm = 0
    for (const t of this.tracked.values()) {
      const s = t.stat
      ownUser += s.utime
      ownSystem += s.stime
      withChildrenUser = Math.max(withChildrenUser, s.utime + s.cutime)
      withChildrenSystem = Math.max(withChildrenSystem, s.stime + s.cstime)
      minor += s.minflt
      major += s.majflt
      withChildrenMinor = Math.max(withChildrenMinor, s.minflt + s.cminflt)
      withChildrenMajor = Math.max(withChildrenMajor, s.majflt + s.cmajflt)
      voluntary += t.voluntary
      involuntary += t.involuntary
      readBytes += t.io.readBytes
      writeBytes += t.io.writeBytes
      hwm = Math.max(hwm, t.hwmKb)
    }
    const n = this.count
    return {
      samples: n,
      cpuMax: this.cpuMax,
      cpuMin: n > 0 ? this.cpuMin : 0,
      cpuAvg: n > 0 ? this.cpuSum / n : 0,
      rssMaxKb: this.rssMax,
      rssMinKb: n > 0 ? this.rssMin : 0,
      rssAvgKb: n > 0 ? this.rssSum / n : 0,
      hwmMaxKb: hwm,
      threadsMax: this.threadsMax,
      fdsMax: this.fdsMax,
      processesSeen: this.tracked.size,
      ownUserTicks: ownUser,
      ownSystemTicks: ownSystem,
      withChildrenUserTicks: withChildrenUser,
      withChildrenSystemTicks: withChildrenSystem,
      minorFaults: minor,
      majorFaults: major,
      withChildrenMinorFaults: withChildrenMinor,
      withChildrenMajorFaults: withChildrenMajor,
      voluntaryCtxSwitches: voluntary,
      involuntaryCtxSwitches: involuntary,
      readBytes,
      writeBytes,
      clockTicks: this.clk,
      timeline: this.timeline.points(),
      notes: this.ioDenied ? ['/proc/<pid>/io was not readable for some processes'] : []
    }
  }

  /** Context switches summed over threads: /proc/<pid>/status counts the main thread only. */
  private threadContextSwitches(base: string): { voluntary: number; involuntary: number } {
    let voluntary = 0
    let involuntary = 0
    let tids: string[]
    try {
      tids = readdirSync(`${base}/task`)
    } catch {
      return { voluntary, involuntary }
    }
    for (const tid of tids) {
      const text = readText(`${base}/task/${tid}/status`)
      if (text === undefined) continue
      const s = parseStatus(text)
      voluntary += s.voluntaryCtxtSwitches
      involuntary += s.nonvoluntaryCtxtSwitches
    }
    return { voluntary, involuntary }
  }

  private countFds(base: string): number {
    try {
      return readdirSync(`${base}/fd`).length
    } catch {
      return 0
    }
  }

  private readStat(pid: number): ProcStat | undefined {
    const text = readText(`${this.proc}/${pid}/stat`)
    return text === undefined ? undefined : parseStat(text)
  }

  /** The tree now: pid → stat, including tracked processes that left it but are alive. */
  private discover(): Map<number, ProcStat> {
    const found = this.hasChildrenFiles ? this.discoverByChildren() : this.discoverByScan()
    // Survivors outside the tree (re-parented to init): still ours while the starttime matches.
    for (const t of this.tracked.values()) {
      if (found.has(t.pid)) continue
      const stat = this.readStat(t.pid)
      if (stat && stat.starttime === t.starttime) found.set(t.pid, stat)
    }
    return found
  }

  private rootStat(): ProcStat | undefined {
    const stat = this.readStat(this.rootPid)
    if (!stat) return undefined
    // The root's pid could be reused after it was reaped: pin its first starttime.
    this.rootStarttime ??= stat.starttime
    return stat.starttime === this.rootStarttime ? stat : undefined
  }

  private discoverByChildren(): Map<number, ProcStat> {
    const found = new Map<number, ProcStat>()
    const root = this.rootStat()
    if (!root) return found
    found.set(root.pid, root)
    const queue = [root.pid]
    while (queue.length > 0) {
      const pid = queue.shift() as number
      let tids: string[]
      try {
        tids = readdirSync(`${this.proc}/${pid}/task`)
      } catch {
        continue
      }
      for (const tid of tids) {
        const text = readText(`${this.proc}/${pid}/task/${tid}/children`)
        if (!text) continue
        for (const child of parseChildren(text)) {
          if (found.has(child)) continue
          const stat = this.readStat(child)
          if (!stat) continue
          found.set(child, stat)
          queue.push(child)
        }
      }
    }
    return found
  }

  private discoverByScan(): Map<number, ProcStat> {
    const found = new Map<number, ProcStat>()
    const root = this.rootStat()
    let entries: string[]
    try {
      entries = readdirSync(this.proc)
    } catch {
      return found
    }
    const listed = new Set<number>()
    const candidates: ProcStat[] = []
    for (const name of entries) {
      const c = name.charCodeAt(0)
      if (c < 48 || c > 57) continue
      const pid = Number(name)
      listed.add(pid)
      // A pid continuously listed and already known to be outside the tree stays outside: a
      // process cannot join another tree later (re-parenting only goes to init or a subreaper
      // ancestor). A reused pid disappears from one listing first, so it is re-read.
      if (pid === this.rootPid || this.notInTree.has(pid)) continue
      const stat = this.readStat(pid)
      if (stat) candidates.push(stat)
    }
    if (root) found.set(root.pid, root)
    const inTree = new Set<number>(root ? [root.pid] : [])
    let changed = true
    let rest = candidates
    while (changed && rest.length > 0) {
      changed = false
      const next: ProcStat[] = []
      for (const stat of rest) {
        if (inTree.has(stat.ppid) || this.tracked.has(keyOf(stat))) {
          inTree.add(stat.pid)
          found.set(stat.pid, stat)
          changed = true
        } else {
          next.push(stat)
        }
      }
      rest = next
    }
    const notInTree = new Set<number>()
    for (const pid of this.notInTree) if (listed.has(pid)) notInTree.add(pid)
    for (const stat of rest) notInTree.add(stat.pid)
    this.notInTree = notInTree
    return found
  }
}

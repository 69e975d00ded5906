/**
 * Pure parsers for the Linux /proc files the monitor reads (proc(5)). They take file text and
 * return numbers, so they are tested on small fixtures without a running process.
 */

/** Fields of `/proc/<pid>/stat` the monitor uses (times in clock ticks). */
export interface ProcStat {
  pid: number
  /** Executable name (may contain spaces or parentheses). */
  comm: string
  state: string
  ppid: number
  pgrp: number
  minflt: number
  cminflt: number
  majflt: number
  cmajflt: number
  utime: number
  stime: number
  /** CPU of waited-for children (clock ticks). */
  cutime: number
  cstime: number
  numThreads: number
  /** Clock ticks after boot; with pid it identifies a process across pid reuse. */
  starttime: number
}

/**
 * Parses `/proc/<pid>/stat`. The comm field can contain spaces and `)`, so fields are counted
 * from the LAST `)` (proc(5)). Returns undefined for text that is not a stat line.
 */
export function parseStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(')
  const close = text.lastIndexOf(')')
  if (open < 0 || close < open) return undefined
  const pid = Number(text.slice(0, open).trim())
  // rest[0] is field 3 (state); field n is rest[n - 3].
  const rest = text
    .slice(close + 1)
    .trim()
    .split(/\s+/)
  if (rest.length < 20 || !Number.isFinite(pid)) return undefined
  const field = (n: number): number => Number(rest[n - 3])
  return {
    pid,
    comm: text.slice(open + 1, close),
    state: rest[0] ?? '?',
    ppid: field(4),
    pgrp: field(5),
    minflt: field(10),
    cminflt: field(11),
    majflt: field(12),
    cmajflt: field(13),
    utime: field(14),
    stime: field(15),
    cutime: field(16),
    cstime: field(17),
    numThreads: field(20),
    starttime: field(22)
  }
}

/** Fields of `/proc/<pid>/status` (memory in KiB). Missing lines read as 0 (kernel threads, zombies). */
export interface ProcStatus {
  vmRssKb: number
  /** Peak RSS since exec ("high water mark"). */
  vmHwmKb: number
  threads: number
  /** For `/proc/<pid>/status` these count the main thread only; sum `task/*\/status`. */
  voluntaryCtxtSwitches: number
  nonvoluntaryCtxtSwitches: number
}

export function parseStatus(text: string): ProcStatus {
  const result: ProcStatus = {
    vmRssKb: 0,
    vmHwmKb: 0,
    threads: 0,
    voluntaryCtxtSwitches: 0,
    nonvoluntaryCtxtSwitches: 0
  }
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const key = line.slice(0, colon)
    const value = Number.parseInt(line.slice(colon + 1).trim(), 10)
    if (!Number.isFinite(value)) continue
    switch (key) {
      case 'VmRSS':
        result.vmRssKb = value
        break
      case 'VmHWM':
        result.vmHwmKb = value
        break
      case 'Threads':
        result.threads = value
        break
      case 'voluntary_ctxt_switches':
        result.voluntaryCtxtSwitches = value
        break
      case 'nonvoluntary_ctxt_switches':
        result.nonvoluntaryCtxtSwitches = value
        break
    }
  }
  return result
}

/** Storage-layer I/O of `/proc/<pid>/io` (bytes). */
export interface ProcIo {
  readBytes: number
  writeBytes: number
}

export function parseIo(text: string): ProcIo {
  const read = /^read_bytes:\s*(\d+)/m.exec(text)
  const write = /^write_bytes:\s*(\d+)/m.exec(text)
  return { readBytes: read ? Number(read[1]) : 0, writeBytes: write ? Number(write[1]) : 0 }
}

/** `/proc/<pid>/task/<tid>/children`: space-separated pids. */
export function parseChildren(text: string): number[] {
  return text
    .split(/\s+/)
    .filter(s => s !== '')
    .map(Number)
    .filter(n => Number.isInteger(n) && n > 0)
}

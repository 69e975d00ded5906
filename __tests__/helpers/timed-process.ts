/**
 * A whole process run the way the benchmarks time tools (bench/secrets/anchors.ts): wall time,
 * peak RSS with GNU time, and on timeout the whole process group killed. Here so that the
 * benchmarks and a test of the kill share one implementation.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

export interface Timed {
  seconds: number
  maxRssMb?: number
  /** User + system CPU seconds of the process and its children (GNU time). */
  cpuSeconds?: number
  status: number | null
  stdout: string
  stderr: string
  timedOut: boolean
}

/**
 * Runs a whole process; with GNU time, its peak RSS too (written to a side file). The process
 * leads its own process group, and the whole group is killed once it returns: on a timeout,
 * spawnSync kills only the direct child, and a tool's workers (detect-secrets' multiprocessing
 * pool) went on scanning, and loading the machine, after the bench had moved on.
 */
export function timed(cmd: string, args: string[], cwd: string, timeoutMs: number): Timed {
  const rssFile = path.join(os.tmpdir(), `rg-bench-rss-${process.pid}-${Date.now()}`)
  const [bin, argv] = GNU_TIME
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]]
    : [cmd, args]
  const t0 = performance.now()
  // spawnSync passes `detached` on to libuv as spawn does (the child calls setsid), though
  // @types/node leaves it out of the sync options; timed-process.test.ts checks the group dies.
  const options: SpawnSyncOptionsWithStringEncoding & { detached: boolean } = {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    detached: true
  }
  const r = spawnSync(bin, argv, options)
  const seconds = (performance.now() - t0) / 1000
  killGroup(r.pid)
  let maxRssMb: number | undefined
  let cpuSeconds: number | undefined
  try {
    const last = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? ''
    const [kb, user, sys] = last.split(' ').map(Number) as [number, number?, number?]
    if (Number.isFinite(kb) && kb > 0) maxRssMb = kb / 1024
    if (user !== undefined && sys !== undefined && Number.isFinite(user + sys))
      cpuSeconds = user + sys
    fs.rmSync(rssFile, { force: true })
  } catch {
    // No GNU time output: RSS unknown.
  }
  return {
    seconds,
    ...(maxRssMb === undefined ? {} : { maxRssMb }),
    ...(cpuSeconds === undefined ? {} : { cpuSeconds }),
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    timedOut: errorCode(r.error) === 'ETIMEDOUT'
  }
}

/** Kills what is left of a process group (nothing, after a tool that exits cleanly). */
export function killGroup(leader: number | undefined): void {
  if (!leader) return
  try {
    process.kill(-leader, 'SIGKILL')
  } catch (error) {
    // ESRCH: the group is already gone; EPERM: its id was reused by someone else's group.
    const code = errorCode(error)
    if (code !== 'ESRCH' && code !== 'EPERM') throw error
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | undefined)?.code
}

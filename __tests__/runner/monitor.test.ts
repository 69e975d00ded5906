import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { findProcessesWithEnv, ProcTreeMonitor } from '../../src/runner/monitor.js'

/** A fake /proc with the files the monitor reads (format as in __tests__/fixtures/runner/proc). */
class FakeProc {
  readonly root = mkdtempSync(path.join(os.tmpdir(), 'rg-fakeproc-'))

  process(p: {
    pid: number
    ppid: number
    starttime?: number
    state?: string
    utime?: number
    stime?: number
    cutime?: number
    rssKb?: number
    hwmKb?: number
    threads?: number
    fds?: number
    children?: number[]
    readBytes?: number
    environ?: string[]
  }): void {
    const dir = path.join(this.root, String(p.pid))
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(path.join(dir, 'fd'), { recursive: true })
    const threads = p.threads ?? 1
    const fields = [
      p.state ?? 'S',
      p.ppid,
      p.pid,
      p.pid,
      0,
      -1,
      4194304,
      10,
      20,
      1,
      2, // minflt cminflt majflt cmajflt
      p.utime ?? 0,
      p.stime ?? 0,
      p.cutime ?? 0,
      0, // utime stime cutime cstime
      20,
      0,
      threads,
      0,
      p.starttime ?? 1000
    ]
    writeFileSync(path.join(dir, 'stat'), `${p.pid} (python3) ${fields.join(' ')} 0 0\n`)
    writeFileSync(
      path.join(dir, 'status'),
      `Name:\tpython3\nVmHWM:\t${p.hwmKb ?? p.rssKb ?? 0} kB\nVmRSS:\t${p.rssKb ?? 0} kB\nThreads:\t${threads}\nvoluntary_ctxt_switches:\t5\nnonvoluntary_ctxt_switches:\t1\n`
    )
    writeFileSync(
      path.join(dir, 'io'),
      `rchar: 1\nread_bytes: ${p.readBytes ?? 0}\nwrite_bytes: 0\n`
    )
    for (let i = 0; i < (p.fds ?? 3); i++) writeFileSync(path.join(dir, 'fd', String(i)), '')
    for (let t = 0; t < threads; t++) {
      const tid = t === 0 ? p.pid : p.pid * 100 + t
      mkdirSync(path.join(dir, 'task', String(tid)), { recursive: true })
      writeFileSync(
        path.join(dir, 'task', String(tid), 'children'),
        t === 0 ? (p.children ?? []).join(' ') : ''
      )
      writeFileSync(
        path.join(dir, 'task', String(tid), 'status'),
        'voluntary_ctxt_switches:\t5\nnonvoluntary_ctxt_switches:\t1\n'
      )
    }
    writeFileSync(path.join(dir, 'environ'), (p.environ ?? []).map(e => e + '\0').join(''))
  }

  remove(pid: number): void {
    rmSync(path.join(this.root, String(pid)), { recursive: true, force: true })
  }
}

let fake: FakeProc
afterEach(() => rmSync(fake.root, { recursive: true, force: true }))

describe.each(['children', 'scan'] as const)('ProcTreeMonitor (%s discovery)', discovery => {
  function tree(): FakeProc {
    fake = new FakeProc()
    // 100 = shim (excluded), 101 = target, 102 = grandchild, 300 = unrelated process.
    fake.process({ pid: 100, ppid: 1, rssKb: 9000, children: [101] })
    fake.process({
      pid: 101,
      ppid: 100,
      rssKb: 50000,
      hwmKb: 80000,
      threads: 3,
      fds: 10,
      utime: 10,
      children: [102]
    })
    fake.process({ pid: 102, ppid: 101, rssKb: 20000, fds: 5, utime: 5, readBytes: 4096 })
    fake.process({ pid: 300, ppid: 1, rssKb: 999999, threads: 50, fds: 500 })
    return fake
  }

  it('sums the tree without the excluded root and without unrelated processes', () => {
    const proc = tree()
    const m = new ProcTreeMonitor(100, {
      intervalMs: 100,
      excludeRoot: true,
      procRoot: proc.root,
      discovery
    })
    m.sample()
    const s = m.summary()
    expect(s.samples).toBe(1)
    expect(s.rssMaxKb).toBe(70000)
    expect(s.hwmMaxKb).toBe(80000)
    expect(s.threadsMax).toBe(4)
    expect(s.fdsMax).toBe(15)
    expect(s.processesSeen).toBe(2)
    expect(s.readBytes).toBe(4096)
    // Context switches are summed over the 3 tasks of pid 101 (5 each) plus pid 102 (5).
    expect(s.voluntaryCtxSwitches).toBe(20)
    expect(
      m
        .liveProcesses()
        .map(p => p.pid)
        .sort()
    ).toEqual([101, 102])
  })

  it('keeps tracking a process that left the tree, and forgets a reused pid', () => {
    const proc = tree()
    const m = new ProcTreeMonitor(100, {
      intervalMs: 100,
      excludeRoot: true,
      procRoot: proc.root,
      discovery
    })
    m.sample()
    // 102 escapes: its parent exits and it is re-parented to init.
    proc.remove(101)
    proc.process({ pid: 100, ppid: 1, rssKb: 9000, children: [] })
    proc.process({ pid: 102, ppid: 1, rssKb: 30000, utime: 7 })
    expect(m.liveProcesses().map(p => p.pid)).toEqual([102])
    m.sample()
    expect(m.summary().rssMaxKb).toBe(70000)
    expect(m.summary().ownUserTicks).toBe(17)
    // pid 102 is reused by an unrelated process (other starttime): not ours any more.
    proc.process({ pid: 102, ppid: 1, starttime: 5000, rssKb: 1 })
    expect(m.liveProcesses()).toEqual([])
  })

  it('counts no sample while nothing of the script is alive', () => {
    const proc = tree()
    proc.process({ pid: 100, ppid: 1, rssKb: 9000, children: [] })
    proc.remove(101)
    proc.remove(102)
    const m = new ProcTreeMonitor(100, {
      intervalMs: 100,
      excludeRoot: true,
      procRoot: proc.root,
      discovery
    })
    m.sample()
    expect(m.summary().samples).toBe(0)
    expect(m.summary().rssMinKb).toBe(0)
  })
})

describe('findProcessesWithEnv', () => {
  it('finds processes by an inherited environment marker, skipping zombies', () => {
    fake = new FakeProc()
    fake.process({ pid: 10, ppid: 1, environ: ['A=1', 'RUNGUARD_RUN_ID=abc'] })
    fake.process({ pid: 11, ppid: 1, environ: ['RUNGUARD_RUN_ID=abcd'] })
    fake.process({ pid: 12, ppid: 1, state: 'Z', environ: ['RUNGUARD_RUN_ID=abc'] })
    expect(findProcessesWithEnv('RUNGUARD_RUN_ID', 'abc', fake.root).map(p => p.pid)).toEqual([10])
  })
})

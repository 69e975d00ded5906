import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseChildren, parseIo, parseStat, parseStatus } from '../../src/runner/proc-parse.js'

const fixture = (name: string): string =>
  readFileSync(path.join('__tests__/fixtures/runner/proc', name), 'utf8')

describe('parseStat', () => {
  it('reads the fields of a real stat line', () => {
    const stat = parseStat(fixture('python-4-threads.stat'))
    expect(stat).toMatchObject({
      pid: 27275,
      comm: 'python3',
      state: 'R',
      ppid: 27272,
      pgrp: 27272,
      minflt: 2862,
      cminflt: 6545,
      majflt: 0,
      cmajflt: 0,
      utime: 3,
      stime: 0,
      cutime: 3,
      cstime: 0,
      numThreads: 4,
      starttime: 83092
    })
  })

  it('counts fields from the last parenthesis when comm contains spaces and parentheses', () => {
    const real = fixture('python-4-threads.stat')
    const weird = real.replace('(python3)', '(a) R 1 (b c)')
    const stat = parseStat(weird)
    expect(stat?.comm).toBe('a) R 1 (b c')
    expect(stat?.ppid).toBe(27272)
    expect(stat?.starttime).toBe(83092)
  })

  it('rejects text that is not a stat line', () => {
    expect(parseStat('')).toBeUndefined()
    expect(parseStat('12 (x) S 1')).toBeUndefined()
  })
})

describe('parseStatus', () => {
  it('reads memory, threads and context switches', () => {
    expect(parseStatus(fixture('python-4-threads.status'))).toEqual({
      vmRssKb: 13624,
      vmHwmKb: 13624,
      threads: 4,
      voluntaryCtxtSwitches: 21,
      nonvoluntaryCtxtSwitches: 19
    })
  })

  it('reads zeros for a zombie or kernel thread without Vm lines', () => {
    const status = parseStatus('Name:\tx\nState:\tZ (zombie)\nThreads:\t1\n')
    expect(status.vmRssKb).toBe(0)
    expect(status.vmHwmKb).toBe(0)
    expect(status.threads).toBe(1)
  })
})

describe('parseIo', () => {
  it('reads storage-layer bytes, not rchar/wchar', () => {
    expect(parseIo(fixture('python-4-threads.io'))).toEqual({ readBytes: 0, writeBytes: 12288 })
  })
  it('reads zeros when the file is empty', () => {
    expect(parseIo('')).toEqual({ readBytes: 0, writeBytes: 0 })
  })
})

describe('parseChildren', () => {
  it('splits the children list', () => {
    expect(parseChildren(fixture('sh.children'))).toEqual([27369, 27370, 27373])
    expect(parseChildren('')).toEqual([])
  })
})

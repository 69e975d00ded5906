import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { timed } from '../helpers/timed-process.js'

/** Processes whose command line holds `marker` and that are not zombies (dead, not yet reaped). */
function alive(marker: string): number[] {
  const found: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      const state = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.[0]
      if (cmdline.includes(marker) && state !== 'Z') found.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return found
}

const linux = process.platform === 'linux'

describe('bench anchors: timed()', () => {
  ;(linux ? it : it.skip)('kills the whole process group on timeout, not only the child', () => {
    // A worker the tool started in the background (as detect-secrets' pool does): a unique sleep
    // duration marks it in /proc.
    const marker = `${3000 + (process.pid % 1000)}.${Date.now() % 100000}`
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-anchors-'))
    try {
      const r = timed('sh', ['-c', `sleep ${marker} & sleep ${marker}; wait`], work, 3000)
      expect(r.timedOut).toBe(true)
      // SIGKILL is delivered before timed() returns; give the kernel a moment to finish each
      // process off under load (bounded wait for a state, no timing assertion).
      const until = Date.now() + 10_000
      while (alive(marker).length > 0 && Date.now() < until)
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100)
      expect(alive(marker)).toEqual([])
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  })

  it('returns the output of a process that ends by itself', () => {
    const r = timed(process.execPath, ['-e', 'console.log("done")'], os.tmpdir(), 60_000)
    expect(r.timedOut).toBe(false)
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toBe('done')
  })
})

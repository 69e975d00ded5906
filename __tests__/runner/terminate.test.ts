import { describe, expect, it } from '@jest/globals'
import { terminateTree, type TreeHandle } from '../../src/runner/terminate.js'
import type { ProcessKey } from '../../src/runner/monitor.js'

/** A tree whose helper only settles when `settleOn` happens; records what was sent. */
function fakeTree(settleOn: 'now' | 'term' | 'kill'): TreeHandle & { log: string[] } {
  let settled = settleOn === 'now'
  const log: string[] = []
  return {
    log,
    signal(sig) {
      log.push(sig)
      if (sig === 'SIGTERM' && settleOn === 'term') settled = true
    },
    async killAll() {
      log.push('killAll')
      if (settleOn === 'kill') settled = true
    },
    settled: () => settled
  }
}

const none = (): ProcessKey[] => []

describe('terminateTree', () => {
  it('does nothing when the scan sees nothing and the helper agrees', async () => {
    const tree = fakeTree('now')
    expect(await terminateTree(tree, none, 1000, false)).toBe(0)
    expect(tree.log).toEqual([])
  })

  it('kills what the helper still holds even when the scan sees nothing (a fork chain in flight)', async () => {
    // The scan misses the chain every time; only the helper knows it is there until killAll.
    const tree = fakeTree('kill')
    expect(await terminateTree(tree, none, 100, false)).toBe(1)
    expect(tree.log).toEqual(['SIGTERM', 'killAll'])
  })

  it('waits for the helper to finish reaping without reporting a leftover that was only exiting', async () => {
    const tree = fakeTree('term')
    expect(await terminateTree(tree, none, 1000, false)).toBe(0)
    expect(tree.log).toEqual(['SIGTERM'])
  })

  it('counts every process the scan saw, and keeps killing while the helper holds any', async () => {
    let calls = 0
    const seen = (): ProcessKey[] => (calls++ < 3 ? [{ pid: 2 ** 22 + 1, starttime: 1 }] : [])
    const tree = fakeTree('kill')
    expect(await terminateTree(tree, seen, 60, true)).toBe(1)
    expect(tree.log[0]).toBe('killAll')
  })
})

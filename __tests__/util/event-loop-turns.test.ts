import { describe, expect, it } from '@jest/globals'
import { eventLoopTurns } from '../../src/util/event-loop-turns.js'

describe('eventLoopTurns', () => {
  it('gives the event loop a turn once the interval has passed', async () => {
    let ran = false
    setImmediate(() => (ran = true))
    await eventLoopTurns(0)()
    expect(ran).toBe(true)
  })

  it('does not before the interval has passed', async () => {
    let ran = false
    const pending = setImmediate(() => (ran = true))
    await eventLoopTurns(3_600_000)()
    expect(ran).toBe(false)
    clearImmediate(pending)
  })
})

import { describe, expect, it } from '@jest/globals'
import type { Sample } from '../../src/model.js'
import { mergeSamples, SampleTimeline } from '../../src/runner/timeline.js'

const sample = (t: number, cpu = 1, rssMb = 1, processes = 1): Sample => ({
  t,
  cpu,
  rssMb,
  processes
})

describe('SampleTimeline', () => {
  it('keeps every sample while under the bound', () => {
    const tl = new SampleTimeline(10)
    for (let i = 0; i < 9; i++) tl.add(sample(i * 100))
    expect(tl.points()).toHaveLength(9)
  })

  it('never exceeds the bound and keeps the peaks', () => {
    const tl = new SampleTimeline(600)
    for (let i = 0; i < 36000; i++) {
      tl.add(sample(i * 100, i === 12345 ? 397 : 10, i === 30001 ? 2048 : 5, i === 7 ? 9 : 1))
    }
    const points = tl.points()
    expect(points.length).toBeLessThanOrEqual(600)
    expect(points.length).toBeGreaterThan(250)
    expect(Math.max(...points.map(p => p.cpu))).toBe(397)
    expect(Math.max(...points.map(p => p.rssMb))).toBe(2048)
    expect(Math.max(...points.map(p => p.processes))).toBe(9)
    // Time stays ordered and starts at the first sample.
    expect(points[0]?.t).toBe(0)
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.t).toBeGreaterThan(points[i - 1]!.t)
    }
  })

  it('merges pairs keeping the earliest time and the maxima', () => {
    expect(mergeSamples(sample(100, 50, 10, 2), sample(200, 20, 30, 1))).toEqual(
      sample(100, 50, 30, 2)
    )
  })
})

import { describe, expect, it } from '@jest/globals'
import { aggregateRuns, computeStatistics, median, summarize } from '../../src/gates/stats.js'
import { makeMetrics } from './metrics-factory.js'

describe('summarize', () => {
  it('computes mean, median, sample stddev, min, max, MAD and CV', () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9])
    expect(s.n).toBe(8)
    expect(s.mean).toBe(5)
    expect(s.median).toBe(4.5)
    // Sum of squared deviations is 32; n − 1 = 7.
    expect(s.stddev).toBeCloseTo(Math.sqrt(32 / 7), 12)
    expect(s.min).toBe(2)
    expect(s.max).toBe(9)
    // |x − 4.5| = 2.5 .5 .5 .5 .5 .5 2.5 4.5 → median 0.5
    expect(s.mad).toBe(0.5)
    expect(s.cv).toBeCloseTo(Math.sqrt(32 / 7) / 5, 12)
  })

  it('gives stddev 0 for one run and cv 0 for a zero mean', () => {
    expect(summarize([3])).toMatchObject({ stddev: 0, mad: 0, cv: 0, median: 3 })
    expect(summarize([0, 0]).cv).toBe(0)
  })

  it('rejects an empty list', () => {
    expect(() => summarize([])).toThrow()
    expect(Number.isNaN(median([]))).toBe(true)
  })
})

describe('aggregateRuns', () => {
  it('uses the single run as is', () => {
    const a = aggregateRuns([makeMetrics({ memory_max_mb: 200 })])
    expect(a.values.memory_max_mb).toBe(200)
    expect(a.basis.memory_max_mb).toBe('single')
    expect(a.values.success).toBe(1)
  })

  it('uses the median of repeated runs', () => {
    const runs = [100, 300, 110, 105, 120].map(v => makeMetrics({ memory_max_mb: v }))
    const a = aggregateRuns(runs)
    expect(a.values.memory_max_mb).toBe(110)
    expect(a.basis.memory_max_mb).toBe('median')
    expect(a.runs).toBe(5)
  })

  it('takes the worst run for exit_code and success, so a flaky script cannot pass by median', () => {
    const runs = [0, 0, 3, 0, 0].map(code => makeMetrics({ exit_code: code, success: code === 0 }))
    const a = aggregateRuns(runs)
    expect(a.values.exit_code).toBe(3)
    expect(a.values.success).toBe(0)
    expect(a.basis.exit_code).toBe('worst')
    expect(a.basis.success).toBe('worst')
  })

  it('treats a negative exit code as worse than 0', () => {
    const a = aggregateRuns([makeMetrics(), makeMetrics({ exit_code: -9, success: false })])
    expect(a.values.exit_code).toBe(-9)
  })

  it('has statistics for every metric, success as 1/0', () => {
    const stats = computeStatistics([makeMetrics(), makeMetrics({ success: false, exit_code: 1 })])
    expect(stats.success!.mean).toBe(0.5)
    expect(stats.exit_code!.max).toBe(1)
    expect(Object.keys(stats)).toHaveLength(23)
  })
})

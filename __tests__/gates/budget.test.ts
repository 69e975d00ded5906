import { describe, expect, it } from '@jest/globals'
import {
  compare,
  evaluateBudgetGates,
  uncheckedBudgets,
  uncheckedWarning,
  withImplicitGates
} from '../../src/gates/budget.js'
import { parseGate, type GateSpec } from '../../src/gates/parse.js'
import { aggregateRuns } from '../../src/gates/stats.js'
import { makeMetrics } from './metrics-factory.js'

function spec(text: string): GateSpec {
  const g = parseGate(text)
  if ('error' in g) throw new Error(g.error)
  return g
}

describe('compare', () => {
  it.each([
    [1, '<=', 1, true],
    [2, '<=', 1, false],
    [1, '<', 1, false],
    [0, '<', 1, true],
    [1, '>=', 1, true],
    [0, '>=', 1, false],
    [1, '>', 1, false],
    [2, '>', 1, true],
    [1, '==', 1, true],
    [2, '==', 1, false],
    [2, '!=', 1, true],
    [1, '!=', 1, false]
  ] as const)('%d %s %d is %s', (actual, op, limit, expected) => {
    expect(compare(actual, op, limit)).toBe(expected)
  })
})

describe('a budget on a metric that was not observed', () => {
  it('is neither passed nor failed: no gate result, one warning saying the budget was not checked', () => {
    const why = 'not sampled: the script ended before the first sample'
    const specs = [spec('num_fds<=2'), spec('memory_avg_mb<=1'), spec('memory_max_mb<=1024')]
    const agg = aggregateRuns([makeMetrics({ num_fds: null, memory_avg_mb: null })])
    expect(evaluateBudgetGates(specs, agg).map(g => g.metric)).toEqual(['memory_max_mb'])
    const unchecked = uncheckedBudgets(specs, agg, why)
    expect(unchecked).toEqual([
      { gate: 'num_fds <= 2', metric: 'num_fds', reason: why },
      { gate: 'memory_avg_mb <= 1', metric: 'memory_avg_mb', reason: why }
    ])
    expect(uncheckedWarning(unchecked[0]!)).toBe(
      `gate 'num_fds <= 2' was not checked (neither passed nor failed): ${why}`
    )
    // With repeats, the runs that were sampled decide; none sampled: still unchecked.
    const mixed = aggregateRuns([
      makeMetrics({ num_fds: null }),
      makeMetrics({ num_fds: 5 }),
      makeMetrics({ num_fds: 7 })
    ])
    expect(mixed.values.num_fds).toBe(6)
    expect(evaluateBudgetGates([spec('num_fds<=2')], mixed)[0]!.passed).toBe(false)
  })
})

describe('evaluateBudgetGates', () => {
  const one = aggregateRuns([makeMetrics({ memory_max_mb: 1536, cpu_max: 95.24 })])

  it('fails a budget with actual and limit in human units', () => {
    const [r] = evaluateBudgetGates([spec('memory_max_mb<=1024')], one)
    expect(r).toMatchObject({
      gate: 'memory_max_mb <= 1024',
      kind: 'budget',
      metric: 'memory_max_mb',
      op: '<=',
      limit: 1024,
      actual: 1536,
      passed: false
    })
    expect(r!.message).toBe('memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB')
  })

  it('passes the seed form cpu_max:96 and says so', () => {
    const [r] = evaluateBudgetGates([spec('cpu_max:96')], one)
    expect(r!.passed).toBe(true)
    expect(r!.message).toBe('cpu_max is 95.2%, within <= 96.0%')
  })

  it('counts success as 1/0', () => {
    const failed = aggregateRuns([makeMetrics({ success: false, exit_code: 1 })])
    const [r] = evaluateBudgetGates([spec('success==true')], failed)
    expect(r).toMatchObject({ actual: 0, limit: 1, passed: false })
    expect(r!.message).toContain('success is false')
  })

  it('formats bytes and seconds readably', () => {
    const m = aggregateRuns([
      makeMetrics({ stdout_size_bytes: 3 * 1024 * 1024, execution_time_seconds: 2.5 })
    ])
    const [bytes, time] = evaluateBudgetGates(
      [spec('stdout_size_bytes<=1048576'), spec('execution_time_seconds<2')],
      m
    )
    expect(bytes!.message).toBe('stdout_size_bytes is 3.0 MiB; gate requires <= 1.0 MiB')
    expect(time!.message).toBe('execution_time_seconds is 2.500 s; gate requires < 2.000 s')
  })

  it('gates the median of repeats and says so', () => {
    const runs = [900, 2000, 950].map(v => makeMetrics({ memory_max_mb: v }))
    const [r] = evaluateBudgetGates([spec('memory_max_mb<=1024')], aggregateRuns(runs))
    expect(r).toMatchObject({ actual: 950, passed: true })
    expect(r!.message).toContain('(median of 3 runs)')
  })

  it('fails exit_code==0 when one of five runs failed (worst run)', () => {
    const runs = [0, 0, 1, 0, 0].map(c => makeMetrics({ exit_code: c, success: c === 0 }))
    const results = evaluateBudgetGates(
      [spec('exit_code==0'), spec('success==true')],
      aggregateRuns(runs)
    )
    expect(results.map(r => r.passed)).toEqual([false, false])
    expect(results[0]!.message).toContain('(worst of 5 runs)')
  })
})

describe('withImplicitGates', () => {
  it('adds exit_code == 0 when no exit gate exists', () => {
    const specs = withImplicitGates([spec('cpu_max:90')])
    expect(specs.map(s => s.text)).toEqual(['cpu_max <= 90', 'exit_code == 0'])
    expect(specs[1]!.implicit).toBe(true)
  })

  it('leaves the gates alone when the user gated exit_code or success', () => {
    expect(withImplicitGates([spec('exit_code<=1')]).map(s => s.text)).toEqual(['exit_code <= 1'])
    expect(withImplicitGates([spec('success==false')])).toHaveLength(1)
  })

  it('explains the implicit gate when it fails', () => {
    const failed = aggregateRuns([makeMetrics({ exit_code: 2, success: false })])
    const [r] = evaluateBudgetGates(withImplicitGates([]), failed)
    expect(r!.passed).toBe(false)
    expect(r!.message).toBe(
      'exit_code is 2; gate requires == 0 (default gate; add your own exit_code or success gate to change it)'
    )
  })
})

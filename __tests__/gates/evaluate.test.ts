import { describe, expect, it } from '@jest/globals'
import { evaluatePerformance } from '../../src/gates/evaluate.js'
import { createTestSettings } from '../helpers/settings.js'
import { makeMetrics } from './metrics-factory.js'

describe('evaluatePerformance', () => {
  it('runs budgets (with the implicit exit gate) then regressions against the baseline median', () => {
    const settings = createTestSettings({
      gates: ['memory_max_mb<=1024', 'cpu_max:90'],
      regressionThresholds: { execution_time_seconds: 50 }
    })
    const runs = [1.0, 1.1, 9.0].map(t => makeMetrics({ execution_time_seconds: t, cpu_max: 80 }))
    const out = evaluatePerformance({
      specs: settings.gates,
      runs,
      baseline: {
        path: 'b.json',
        format: 'runguard',
        values: { execution_time_seconds: 1.0, memory_max_mb: 100 },
        runCount: 5
      },
      regressionThreshold: settings.regressionThreshold,
      regressionThresholds: settings.regressionThresholds
    })
    expect(out.gates.map(g => [g.gate, g.passed])).toEqual([
      ['memory_max_mb <= 1024', true],
      ['cpu_max <= 90', true],
      ['exit_code == 0', true],
      ['regression: execution_time_seconds', true],
      ['regression: memory_max_mb', false]
    ])
    // The 9 s outlier does not move the median (1.1 s, +10% < 50%).
    expect(out.aggregate.values.execution_time_seconds).toBe(1.1)
    expect(out.statistics.execution_time_seconds!.max).toBe(9)
  })

  it('can leave the implicit gate out', () => {
    const out = evaluatePerformance({
      specs: [],
      runs: [makeMetrics()],
      regressionThreshold: 10,
      implicitGates: false
    })
    expect(out.gates).toEqual([])
  })
})

describe('evaluatePerformance noise warnings', () => {
  it('warns when a failed regression is within the run-to-run spread', () => {
    const runs = [1.0, 2.0, 3.0].map(t => makeMetrics({ execution_time_seconds: t }))
    const out = evaluatePerformance({
      specs: [],
      runs,
      baseline: {
        path: 'b.json',
        format: 'runguard',
        values: { execution_time_seconds: 1.0 },
        runCount: 3
      },
      regressionThreshold: 10
    })
    expect(out.gates.find(g => g.kind === 'regression')!.passed).toBe(false)
    expect(out.warnings).toEqual([
      'execution_time_seconds varies 50.0% between runs (CV), more than its 10% regression threshold; the regression may be noise (raise repeat or the threshold)'
    ])
  })

  it('does not warn for a single run or a steady metric', () => {
    const steady = [2.0, 2.0, 2.0].map(t => makeMetrics({ execution_time_seconds: t }))
    const baseline = {
      path: 'b.json',
      format: 'runguard' as const,
      values: { execution_time_seconds: 1.0 },
      runCount: 1
    }
    expect(
      evaluatePerformance({ specs: [], runs: steady, baseline, regressionThreshold: 10 }).warnings
    ).toEqual([])
    expect(
      evaluatePerformance({
        specs: [],
        runs: steady.slice(0, 1),
        baseline,
        regressionThreshold: 10
      }).warnings
    ).toEqual([])
  })
})

describe('evaluatePerformance configuration checks', () => {
  it('rejects a typo in regressionThresholds even on the first run (no baseline)', () => {
    expect(() =>
      evaluatePerformance({
        specs: [],
        runs: [makeMetrics()],
        regressionThreshold: 10,
        regressionThresholds: { exec_time: 5 }
      })
    ).toThrow(/unknown metric 'exec_time'/)
  })
})

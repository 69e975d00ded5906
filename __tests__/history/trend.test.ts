import { describe, expect, it } from '@jest/globals'
import type { RunnerFingerprint } from '../../src/gates/fingerprint.js'
import { buildRecord, type HistoryRecord } from '../../src/history/record.js'
import { evaluateTrend, trendLimit, trendMetrics, TREND_MIN_RUNS } from '../../src/history/trend.js'
import { METRIC_NAMES, type MetricName } from '../../src/model.js'
import { parseGate, type GateSpec } from '../../src/gates/parse.js'

// The trend gate on synthetic series with known noise and known drifts (docs/history.md,
// "How a trend regression is decided"). The series come from a seeded generator, so each test
// is the same every time; the stated noise is a run-to-run coefficient of variation of 1 % (docs/history.md has the rates at higher noise).

/** Mulberry32: a small seeded PRNG (the same series on every run). */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Normally distributed noise (Box–Muller). */
function gaussian(random: () => number): () => number {
  return () => {
    const u = Math.max(random(), 1e-12)
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
  }
}

const gate = (text: string): GateSpec => {
  const parsed = parseGate(text)
  if ('error' in parsed) throw new Error(parsed.error)
  return parsed
}

const OPTS = { window: 20, noiseFactor: 4, thresholdPct: 5 }
const NOISE_CV = 0.01

describe('trendLimit', () => {
  it('is the median plus the largest of k noise widths, the threshold and the slack', () => {
    // median 10, MAD 1 → noise 1.4826, 4 × noise = 5.93 > 5 % of 10
    const noisy = trendLimit([8, 9, 10, 11, 12], OPTS)
    expect(noisy.median).toBe(10)
    expect(noisy.by).toBe('noise')
    expect(noisy.limit).toBeCloseTo(10 + 4 * 1.4826, 6)
    // no noise at all: the threshold floor
    const quiet = trendLimit([10, 10, 10, 10, 10], OPTS)
    expect(quiet).toMatchObject({ median: 10, noise: 0, by: 'threshold', limit: 10.5 })
    // a tiny value: the absolute slack floor
    const tiny = trendLimit([0.02, 0.02, 0.02, 0.02, 0.02], OPTS, 0.05)
    expect(tiny.by).toBe('slack')
    expect(tiny.limit).toBeCloseTo(0.07, 10)
  })

  it('is not moved by one wild run in the window', () => {
    const base = [10, 10.1, 9.9, 10, 10.2, 9.8, 10, 10.1, 9.9, 10]
    const withOutlier = [...base.slice(1), 40]
    expect(trendLimit(withOutlier, OPTS).limit).toBeLessThan(11)
  })
})

describe('trend gate on synthetic series (1 % noise)', () => {
  const step = (
    seed: number,
    before: number,
    factor: number
  ): { window: number[]; after: number[] } => {
    const noise = gaussian(rng(seed))
    const at = (mean: number): number => mean * (1 + NOISE_CV * noise())
    return {
      window: Array.from({ length: OPTS.window }, () => at(before)),
      after: Array.from({ length: 3 }, () => at(before * factor))
    }
  }

  it('raises no false alarm on pure noise (20,000 checks)', () => {
    const noise = gaussian(rng(1))
    const series = Array.from({ length: 20_000 + OPTS.window }, () => 1 + NOISE_CV * noise())
    let alarms = 0
    for (let i = OPTS.window; i < series.length; i++) {
      const { limit } = trendLimit(series.slice(i - OPTS.window, i), OPTS)
      if (series[i]! > limit) alarms++
    }
    expect(alarms).toBe(0)
  })

  it('catches a 10 % step within 3 runs (500 series)', () => {
    let missed = 0
    let firstRun = 0
    for (let seed = 1; seed <= 500; seed++) {
      const { window, after } = step(seed, 2.5, 1.1)
      const { limit } = trendLimit(window, OPTS)
      // The window does not move while the regression fails (the runs still enter the history,
      // but the median of 20 needs 10 of them to move).
      const caught = after.findIndex(v => v > limit)
      if (caught < 0) missed++
      if (caught === 0) firstRun++
    }
    expect(missed).toBe(0)
    // Most steps are caught on their first run.
    expect(firstRun).toBeGreaterThan(490)
  })

  it('lets a 2 % drift pass (below the threshold)', () => {
    let alarms = 0
    for (let seed = 1; seed <= 200; seed++) {
      const { window, after } = step(seed, 2.5, 1.02)
      if (after[0]! > trendLimit(window, OPTS).limit) alarms++
    }
    expect(alarms).toBeLessThan(2)
  })
})

describe('evaluateTrend over records', () => {
  const machine: RunnerFingerprint = {
    os: 'linux',
    arch: 'x64',
    cpuModel: 'Test CPU',
    cores: 2,
    node: '24.0.0'
  }
  const values = (over: Partial<Record<MetricName, number>>): Record<MetricName, number> =>
    Object.fromEntries(METRIC_NAMES.map(m => [m, over[m] ?? NaN])) as Record<MetricName, number>
  const record = (
    i: number,
    metrics: Partial<Record<MetricName, number>>,
    extra: Partial<{ trend: boolean; category: string; cpuModel: string; ok: boolean }> = {}
  ): HistoryRecord =>
    buildRecord({
      timestamp: new Date(Date.UTC(2026, 0, 1, 0, i)),
      category: extra.category ?? 'runguard',
      mode: 'run',
      runguardVersion: '0.1.0',
      machine: { ...machine, cpuModel: extra.cpuModel ?? machine.cpuModel },
      context: {},
      trend: extra.trend ?? true,
      metrics: values(metrics),
      scriptOk: extra.ok ?? true,
      gates: [],
      counted: [],
      toolRuns: [],
      verdict: { passed: true, reasons: [], warnings: [] } as never,
      exitCode: 0,
      redact: t => t
    })
  const opts = {
    ...OPTS,
    category: 'runguard',
    machine,
    metrics: ['execution_time_seconds', 'stdout_lines'] as MetricName[]
  }

  it('checks nothing (and says why) before five comparable runs', () => {
    const records = [1, 2, 3, 4].map(i => record(i, { execution_time_seconds: 2 }))
    const result = evaluateTrend(records, values({ execution_time_seconds: 9 }), opts)
    expect(result.gates).toEqual([])
    expect(result.note).toMatch(/4 of 5 comparable trend runs/)
    expect(TREND_MIN_RUNS).toBe(5)
  })

  it('fails a step and names the median, the limit and why', () => {
    const records = Array.from({ length: 10 }, (_, i) =>
      record(i, { execution_time_seconds: 2 + (i % 3) * 0.01, stdout_lines: 100 })
    )
    const result = evaluateTrend(
      records,
      values({ execution_time_seconds: 2.5, stdout_lines: 100 }),
      opts
    )
    const time = result.gates.find(g => g.metric === 'execution_time_seconds')!
    expect(time).toMatchObject({ kind: 'trend', passed: false, baseline: 2.01, op: '<=' })
    expect(time.message).toMatch(/rolling median .* of the last 10 runs/)
    expect(result.gates.find(g => g.metric === 'stdout_lines')!.passed).toBe(true)
  })

  it('compares only trend runs of the same category, on the same kind of machine, that succeeded', () => {
    const records = [
      ...Array.from({ length: 6 }, (_, i) => record(i, { stdout_lines: 100 })),
      // none of these may enter the window
      ...Array.from({ length: 6 }, (_, i) => record(10 + i, { stdout_lines: 1 }, { trend: false })),
      ...Array.from({ length: 6 }, (_, i) =>
        record(20 + i, { stdout_lines: 1 }, { category: 'other' })
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        record(30 + i, { stdout_lines: 1 }, { cpuModel: 'Other CPU' })
      ),
      ...Array.from({ length: 6 }, (_, i) => record(40 + i, { stdout_lines: 1 }, { ok: false }))
    ]
    const result = evaluateTrend(records, values({ stdout_lines: 104 }), opts)
    expect(result.runs).toBe(6)
    expect(result.gates).toEqual([
      expect.objectContaining({ metric: 'stdout_lines', passed: true, baseline: 100 })
    ])
  })

  it('is off with a window of 0', () => {
    const records = Array.from({ length: 6 }, (_, i) => record(i, { stdout_lines: 100 }))
    expect(
      evaluateTrend(records, values({ stdout_lines: 900 }), { ...opts, window: 0 }).gates
    ).toEqual([])
  })

  describe('runs that were not sampled (a script that ended before the first /proc sample)', () => {
    const sampled = (i: number, fds: number) =>
      record(i, { num_fds: fds, num_threads: 1, cpu_avg: 50, stdout_lines: 100 })
    /** A run recorded by this version: the sampled-only metrics are null (left out), with why. */
    const unsampled = (i: number) =>
      buildRecord({
        ...recordInput(i),
        metrics: { ...values({ stdout_lines: 100 }), num_fds: null, num_threads: null },
        notObserved: 'not sampled: the script ended before the first sample'
      })
    /** A run recorded before: the same run stored 0 for them. */
    const legacyZero = (i: number) =>
      record(i, { num_fds: 0, num_threads: 0, cpu_avg: 0, stdout_lines: 100 })
    const recordInput = (i: number) => ({
      timestamp: new Date(Date.UTC(2026, 0, 1, 0, i)),
      category: 'runguard',
      mode: 'run',
      runguardVersion: '0.1.0',
      machine,
      context: {},
      trend: true,
      scriptOk: true,
      gates: [],
      counted: [],
      toolRuns: [],
      verdict: { passed: true, reasons: [], warnings: [] } as never,
      exitCode: 0,
      redact: (t: string) => t
    })
    const watch = { ...opts, metrics: ['num_fds', 'cpu_avg', 'stdout_lines'] as MetricName[] }

    it('are left out of the median: a sampled run is compared with the sampled runs only', () => {
      // Alternating sampled (4 fds) and unsampled runs, old and new style. Counting the
      // unsampled runs as 0 made the median 0 and "num_fds 4 against the rolling median 0".
      const records = Array.from({ length: 12 }, (_, i) =>
        i % 3 === 0 ? sampled(i, 4) : i % 3 === 1 ? unsampled(i) : legacyZero(i)
      )
      expect(unsampled(1).metrics?.num_fds).toBeUndefined()
      expect(unsampled(1).notObserved).toMatch(/not sampled/)
      const result = evaluateTrend(
        records.concat(Array.from({ length: 2 }, (_, i) => sampled(20 + i, 4))),
        values({ num_fds: 4, cpu_avg: 50, stdout_lines: 100 }),
        watch
      )
      const fds = result.gates.find(g => g.metric === 'num_fds')!
      expect(fds).toMatchObject({ passed: true, baseline: 4, actual: 4 })
      expect(fds.message).toMatch(/of the last 6 runs/)
      expect(result.gates.find(g => g.metric === 'cpu_avg')).toMatchObject({ baseline: 50 })
      // A real step on top of the sampled runs is still caught.
      const step = evaluateTrend(
        records.concat([sampled(20, 4), sampled(21, 4)]),
        values({ num_fds: 9, cpu_avg: 50, stdout_lines: 100 }),
        watch
      )
      expect(step.gates.find(g => g.metric === 'num_fds')!.passed).toBe(false)
    })

    it('too few sampled runs in the window: no trend gate on that metric', () => {
      const records = [sampled(0, 4), sampled(1, 4), ...[2, 3, 4, 5, 6].map(unsampled)]
      const result = evaluateTrend(records, values({ num_fds: 40, stdout_lines: 100 }), watch)
      expect(result.gates.map(g => g.metric)).toEqual(['stdout_lines'])
    })

    it('this run not sampled: its metric is not compared, and the note says why', () => {
      const records = Array.from({ length: 6 }, (_, i) => sampled(i, 4))
      const current = { ...values({ stdout_lines: 100 }), num_fds: null, cpu_avg: null }
      const result = evaluateTrend(records, current, {
        ...watch,
        notObserved: 'not sampled: the script ended before the first sample'
      })
      expect(result.gates.map(g => g.metric)).toEqual(['stdout_lines'])
      expect(result.note).toBe(
        'trend: num_fds, cpu_avg not compared: not sampled: the script ended before the first sample'
      )
    })
  })

  it('watches the default regression metrics and every upper budget the user wrote', () => {
    const metrics = trendMetrics([gate('stdout_lines<=500'), gate('exit_code==0')])
    expect(metrics).toContain('execution_time_seconds')
    expect(metrics).toContain('stdout_lines')
    expect(metrics).not.toContain('exit_code')
  })
})

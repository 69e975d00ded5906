import { describe, expect, it } from '@jest/globals'
import { buildMetrics, NOT_SAMPLED, type AttemptFacts } from '../../src/runner/metrics.js'
import type { MonitorSummary } from '../../src/runner/monitor.js'
import { METRIC_NAMES, SAMPLED_ONLY_METRICS } from '../../src/model.js'
import { parseShimEvent } from '../../src/runner/shim.js'

const stream = { text: '', bytes: 10, lines: 2, truncated: false }
const monitor: MonitorSummary = {
  samples: 5,
  cpuMax: 99.94,
  cpuMin: 1,
  cpuAvg: 50,
  rssMaxKb: 100 * 1024,
  rssMinKb: 10 * 1024,
  rssAvgKb: 50 * 1024,
  hwmMaxKb: 120 * 1024,
  threadsMax: 21,
  fdsMax: 53,
  processesSeen: 2,
  ownUserTicks: 150,
  ownSystemTicks: 10,
  withChildrenUserTicks: 190,
  withChildrenSystemTicks: 5,
  minorFaults: 100,
  majorFaults: 1,
  withChildrenMinorFaults: 90,
  withChildrenMajorFaults: 0,
  voluntaryCtxSwitches: 7,
  involuntaryCtxSwitches: 3,
  readBytes: 4096,
  writeBytes: 0,
  clockTicks: 100,
  timeline: [],
  notes: []
}
const facts: AttemptFacts = {
  attempt: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  exitCode: 0,
  timedOut: false,
  wallSeconds: 2.00049,
  stdout: stream,
  stderr: { ...stream, bytes: 0, lines: 0 },
  monitor,
  measurement: { method: 'linux-proc', samplingIntervalMs: 100, platform: 'linux-x64', notes: [] }
}

describe('buildMetrics', () => {
  const rusage = {
    utime: 0.02,
    stime: 0.01,
    maxrss: 9000,
    minflt: 800,
    majflt: 0,
    nvcsw: 1,
    nivcsw: 2,
    inblock: 0,
    oublock: 8
  }

  it('a script that ended before the first sample: sampled-only metrics are null, never 0', () => {
    const m = buildMetrics({
      ...facts,
      monitor: { ...monitor, samples: 0, cpuMax: 0, rssAvgKb: 0, threadsMax: 0, fdsMax: 0 },
      rusage,
      shimSelfMaxrssKb: 12000
    })
    for (const name of SAMPLED_ONLY_METRICS) expect(m[name]).toBeNull()
    expect(m.measurement.notObserved).toBe(NOT_SAMPLED)
    // What rusage measures exactly stays a number: the peak, CPU time, faults, I/O.
    expect(m.memory_max_mb).toBeCloseTo(9000 / 1024, 2)
    expect(m).toMatchObject({ user_time_seconds: 0.02, page_faults_minor: 800 })
    expect(m.block_io_write_bytes).toBe(8 * 512)
    // Without rusage either, nothing but time, exit and output was observed.
    const bare = buildMetrics({ ...facts, monitor: { ...monitor, samples: 0 } })
    expect(bare.memory_max_mb).toBeNull()
    expect(bare.user_time_seconds).toBeNull()
    expect(bare.block_io_read_bytes).toBeNull()
    expect(bare).toMatchObject({ execution_time_seconds: 2, exit_code: 0, stdout_lines: 2 })
  })

  it('a sampled script has every metric as a number and no notObserved', () => {
    const m = buildMetrics(facts)
    for (const name of METRIC_NAMES) expect(m[name]).not.toBeNull()
    expect(m.measurement.notObserved).toBeUndefined()
  })

  it('fills every metric name', () => {
    const m = buildMetrics(facts)
    for (const name of METRIC_NAMES) expect(m[name]).toBeDefined()
    expect(m.success).toBe(true)
    expect(m.execution_time_seconds).toBe(2)
  })

  it('memory_max is never below the largest per-process peak', () => {
    expect(buildMetrics(facts).memory_max_mb).toBe(120)
    expect(buildMetrics({ ...facts, monitor: { ...monitor, hwmMaxKb: 0 } }).memory_max_mb).toBe(100)
  })

  it('uses the children ru_maxrss only above the shim’s own peak (posix_spawn floor)', () => {
    const ru = {
      utime: 3,
      stime: 0.5,
      maxrss: 130 * 1024,
      minflt: 1,
      majflt: 0,
      inblock: 8,
      oublock: 0,
      nvcsw: 70,
      nivcsw: 1
    }
    expect(buildMetrics({ ...facts, rusage: ru, shimSelfMaxrssKb: 10 * 1024 }).memory_max_mb).toBe(
      130
    )
    expect(buildMetrics({ ...facts, rusage: ru, shimSelfMaxrssKb: 200 * 1024 }).memory_max_mb).toBe(
      120
    )
    const tiny = { ...facts, monitor: { ...monitor, rssMaxKb: 1000, hwmMaxKb: 1000 } }
    // The floor (shim's RSS) must not leak into the script's numbers.
    expect(
      buildMetrics({ ...tiny, rusage: { ...ru, maxrss: 9000 }, shimSelfMaxrssKb: 9000 })
        .memory_max_mb
    ).toBe(0.98)
    // No sample at all (the script ended first): the floor is an upper bound, never 0, so a
    // memory gate fails closed instead of passing on a peak of nothing.
    const unsampled = { ...facts, monitor: { ...monitor, rssMaxKb: 0, hwmMaxKb: 0 } }
    expect(
      buildMetrics({ ...unsampled, rusage: { ...ru, maxrss: 9000 }, shimSelfMaxrssKb: 9000 })
        .memory_max_mb
    ).toBe(8.79)
  })

  it('takes the larger of rusage and sampled totals', () => {
    const ru = {
      utime: 3,
      stime: 0.01,
      maxrss: 0,
      minflt: 1,
      majflt: 0,
      inblock: 16,
      oublock: 0,
      nvcsw: 70,
      nivcsw: 1
    }
    const m = buildMetrics({ ...facts, rusage: ru, shimSelfMaxrssKb: 1 })
    expect(m.user_time_seconds).toBe(3)
    expect(m.system_time_seconds).toBe(0.1)
    expect(m.block_io_read_bytes).toBe(8192)
    expect(m.voluntary_context_switches).toBe(70)
    expect(m.involuntary_context_switches).toBe(3)
    // Without rusage: the larger of Σ own and the best utime+cutime.
    expect(buildMetrics(facts).user_time_seconds).toBe(1.9)
  })

  it('a timed-out attempt is not a success even with exit 0', () => {
    expect(buildMetrics({ ...facts, timedOut: true }).success).toBe(false)
    expect(buildMetrics({ ...facts, exitCode: 3 }).success).toBe(false)
  })
})

describe('parseShimEvent', () => {
  it('parses events and ignores garbage', () => {
    expect(parseShimEvent('{"event":"spawned","pid":12,"subreaper":true}')).toEqual({
      event: 'spawned',
      pid: 12,
      subreaper: true
    })
    expect(parseShimEvent('not json')).toBeUndefined()
    expect(parseShimEvent('{"pid":1}')).toBeUndefined()
    expect(parseShimEvent('null')).toBeUndefined()
  })
})

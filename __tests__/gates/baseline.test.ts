import { mkdtemp, mkdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import {
  evaluateRegressions,
  loadBaseline,
  notComparedWithBaseline,
  REGRESSION_SLACK,
  saveBaseline,
  validateRegressionThresholds
} from '../../src/gates/baseline.js'
import { collectFingerprint, fingerprintDifferences } from '../../src/gates/fingerprint.js'
import { aggregateRuns } from '../../src/gates/stats.js'
import { ConfigurationError } from '../../src/errors.js'
import { formatMetricsJson } from '../../src/report/metrics-json.js'
import { makeMetrics } from './metrics-factory.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/gates')
const values = (overrides: Parameters<typeof makeMetrics>[0]) =>
  aggregateRuns([makeMetrics(overrides)]).values

describe('evaluateRegressions', () => {
  const base = values({})

  it('fails a metric that grew past the threshold, with the documented message', () => {
    const results = evaluateRegressions(values({ memory_max_mb: 150 }), base, { threshold: 10 })
    const mem = results.find(r => r.metric === 'memory_max_mb')!
    expect(mem).toMatchObject({
      gate: 'regression: memory_max_mb',
      kind: 'regression',
      op: '<=',
      baseline: 120,
      actual: 150,
      passed: false
    })
    expect(mem.limit).toBeCloseTo(132, 10)
    expect(mem.message).toBe('memory_max_mb was 120.0, now 150.0 (+25.0%, limit 10%)')
    expect(results.filter(r => !r.passed)).toHaveLength(1)
  })

  it('checks the documented default metrics only (plus overrides)', () => {
    const metrics = evaluateRegressions(base, base, { threshold: 10 }).map(r => r.metric)
    expect(metrics).toContain('execution_time_seconds')
    expect(metrics).toContain('block_io_write_bytes')
    expect(metrics).not.toContain('cpu_max')
    expect(metrics).not.toContain('exit_code')
    const withOverride = evaluateRegressions(base, base, {
      threshold: 10,
      thresholds: { cpu_max: 20 }
    })
    expect(withOverride.map(r => r.metric)).toContain('cpu_max')
  })

  it('applies a per-metric threshold override', () => {
    const now = values({ memory_max_mb: 150 })
    const r = evaluateRegressions(now, base, { threshold: 10, thresholds: { memory_max_mb: 30 } })
    const mem = r.find(g => g.metric === 'memory_max_mb')!
    expect(mem.passed).toBe(true)
    expect(mem.message).toBe('memory_max_mb was 120.0, now 150.0 (+25.0%, limit 30%)')
  })

  it('does not fail tiny absolute changes inside the slack', () => {
    // 0.1 s → 0.14 s is +40% but only 0.04 s (slack 0.05 s); 4 → 6 threads is +50% but 2 threads.
    const was = values({ system_time_seconds: 0.1, num_threads: 4 })
    const now = values({ system_time_seconds: 0.14, num_threads: 6 })
    const r = evaluateRegressions(now, was, { threshold: 10 })
    const sys = r.find(g => g.metric === 'system_time_seconds')!
    expect(sys.passed).toBe(true)
    expect(sys.message).toContain('within slack 0.050')
    expect(r.find(g => g.metric === 'num_threads')!.passed).toBe(true)
    // One more thread than the slack fails.
    const worse = evaluateRegressions(values({ num_threads: 7 }), was, { threshold: 10 })
    expect(worse.find(g => g.metric === 'num_threads')!.passed).toBe(false)
  })

  it('skips a zero baseline unless the current value exceeds the slack', () => {
    const zero = values({ page_faults_major: 0, stderr_size_bytes: 0 })
    const small = evaluateRegressions(values({ page_faults_major: 5 }), zero, { threshold: 10 })
    expect(small.find(g => g.metric === 'page_faults_major')!.passed).toBe(true)
    const big = evaluateRegressions(values({ stderr_size_bytes: 50_000 }), zero, { threshold: 10 })
    const err = big.find(g => g.metric === 'stderr_size_bytes')!
    expect(err.passed).toBe(false)
    expect(err.message).toBe('stderr_size_bytes was 0, now 50000 (+inf%, limit 10%)')
  })

  it('gives block I/O a 1 MiB noise floor: a 4 KiB page-cache read never regresses', () => {
    // 0 → 4096 bytes is +inf % but one page; the floor is REGRESSION_SLACK's 1 MiB.
    const zero = values({ block_io_read_bytes: 0, block_io_write_bytes: 4096 })
    const page = values({ block_io_read_bytes: 4096, block_io_write_bytes: 8192 })
    const r = evaluateRegressions(page, zero, { threshold: 10 })
    expect(r.find(g => g.metric === 'block_io_read_bytes')).toMatchObject({
      passed: true,
      limit: 1024 * 1024
    })
    expect(r.find(g => g.metric === 'block_io_write_bytes')!.passed).toBe(true)
    expect(REGRESSION_SLACK.block_io_read_bytes).toBe(1024 * 1024)
    expect(REGRESSION_SLACK.block_io_write_bytes).toBe(1024 * 1024)
    // Past the floor it fails: 2 MiB read where there was none.
    const big = evaluateRegressions(values({ block_io_read_bytes: 2 * 1024 * 1024 }), zero, {
      threshold: 10
    })
    expect(big.find(g => g.metric === 'block_io_read_bytes')!.passed).toBe(false)
  })

  it('skips metrics this run did not observe (null) and says so, instead of comparing 0', () => {
    const now = { ...values({}), num_fds: null, cpu_avg: null }
    const r = evaluateRegressions(now, base, { threshold: 10 })
    expect(r.map(g => g.metric)).not.toContain('num_fds')
    expect(r.map(g => g.metric)).not.toContain('cpu_avg')
    expect(r.map(g => g.metric)).toContain('memory_max_mb')
    expect(notComparedWithBaseline(now, base, { threshold: 10 }, 'not sampled: x')).toEqual([
      'cpu_avg, num_fds not compared with the baseline: not sampled: x'
    ])
    expect(notComparedWithBaseline(base, base, { threshold: 10 }, 'x')).toEqual([])
  })

  it('passes an improvement', () => {
    const r = evaluateRegressions(values({ memory_max_mb: 60 }), base, { threshold: 10 })
    expect(r.find(g => g.metric === 'memory_max_mb')!.message).toContain('(-50.0%, limit 10%)')
  })

  it('skips metrics the baseline does not have (flat baselines are partial)', () => {
    const r = evaluateRegressions(base, { memory_max_mb: 120 }, { threshold: 10 })
    expect(r.map(g => g.metric)).toEqual(['memory_max_mb'])
  })

  it('rejects unknown or non-comparable metrics in regressionThresholds', () => {
    expect(() => validateRegressionThresholds({ memory_max: 5 })).toThrow(
      /unknown metric 'memory_max' \(did you mean 'memory_max_mb'\?\)/
    )
    expect(() => validateRegressionThresholds({ exit_code: 5 })).toThrow(ConfigurationError)
    expect(() => validateRegressionThresholds({ cpu_avg: 5 })).not.toThrow()
  })
})

describe('loadBaseline', () => {
  it('treats a missing file as the first run: a warning, not a failure', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-baseline-'))
    const missing = path.join(dir, 'perf/baseline.json')
    const load = await loadBaseline(missing)
    expect(load.status).toBe('missing')
    expect(load.warnings).toEqual([
      `no baseline yet at ${missing}; run with save-baseline to record one`
    ])
  })

  it('throws a ConfigurationError with path and reason for an unreadable file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-baseline-'))
    await mkdir(path.join(dir, 'a-directory.json'))
    const p = path.join(dir, 'a-directory.json')
    await expect(loadBaseline(p)).rejects.toThrow(ConfigurationError)
    await expect(loadBaseline(p)).rejects.toThrow(`cannot read baseline ${p}: EISDIR`)
  })

  it('throws a ConfigurationError for a JSON file that is not metrics', async () => {
    const p = path.join(fixtures, 'not-metrics.json')
    await expect(loadBaseline(p)).rejects.toThrow(
      `baseline ${p} is not a runguard metrics JSON: no known metric at the top level`
    )
  })

  it('throws for invalid JSON and for a runguard file that fails the schema', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-baseline-'))
    const broken = path.join(dir, 'broken.json')
    await saveBaseline(broken, '{"schemaVersion": 1,')
    await expect(loadBaseline(broken)).rejects.toThrow(/invalid JSON/)
    const partial = path.join(dir, 'partial.json')
    await saveBaseline(partial, JSON.stringify({ schemaVersion: 1, memory_max_mb: 1 }))
    await expect(loadBaseline(partial)).rejects.toThrow(/must have required property/)
    const future = path.join(dir, 'future.json')
    await saveBaseline(future, JSON.stringify({ schemaVersion: 3 }))
    await expect(loadBaseline(future)).rejects.toThrow(/schemaVersion 3 is not supported/)
  })

  it('accepts a Python Script Runner-style flat JSON', async () => {
    const load = await loadBaseline(path.join(fixtures, 'psr-baseline.json'))
    if (load.status !== 'loaded') throw new Error('expected a baseline')
    expect(load.baseline.format).toBe('flat')
    expect(load.baseline.values).toMatchObject({ memory_max_mb: 120, success: 1, num_threads: 3 })
    expect(load.baseline.values.stdout_size_bytes).toBeUndefined()
  })

  it('accepts a flat JSON nested under "metrics"', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-baseline-'))
    const p = path.join(dir, 'nested.json')
    await saveBaseline(p, JSON.stringify({ metrics: { cpu_avg: 50, memory_max_mb: 99 } }))
    const load = await loadBaseline(p)
    if (load.status !== 'loaded') throw new Error('expected a baseline')
    expect(load.baseline.values).toEqual({ cpu_avg: 50, memory_max_mb: 99 })
  })

  it('round-trips save-baseline and compares medians of repeated runs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-baseline-'))
    const p = path.join(dir, 'nested/dir/baseline.json')
    const runs = [100, 500, 110].map((v, i) => makeMetrics({ memory_max_mb: v, attempt: i + 1 }))
    const fingerprint = collectFingerprint({ python: 'Python 3.12.3' })
    const text = formatMetricsJson({
      attempts: runs.slice(-1),
      runs,
      gates: [],
      fingerprint,
      runguardVersion: '0.1.0'
    })
    await saveBaseline(p, text)
    expect(await readFile(p, 'utf8')).toBe(text)
    const load = await loadBaseline(p, fingerprint)
    if (load.status !== 'loaded') throw new Error('expected a baseline')
    expect(load.baseline.format).toBe('runguard')
    expect(load.baseline.runCount).toBe(3)
    // The median (110), not the reported last run (110 too) nor the mean (236.7).
    expect(load.baseline.values.memory_max_mb).toBe(110)
    expect(load.warnings).toEqual([])
  })

  it('round-trips an unsampled run (schema 2, null) and reads version-1 zeros of one as absent', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-baseline-unsampled-'))
    const unsampled = makeMetrics({
      cpu_max: null,
      cpu_avg: null,
      cpu_min: null,
      memory_avg_mb: null,
      memory_min_mb: null,
      num_threads: null,
      num_fds: null,
      samples: [],
      measurement: {
        method: 'linux-proc',
        samplingIntervalMs: 100,
        platform: 'linux',
        notes: [],
        notObserved: 'not sampled: the script ended before the first sample'
      }
    })
    const text = formatMetricsJson({
      attempts: [unsampled],
      gates: [],
      fingerprint: collectFingerprint(),
      runguardVersion: '0.1.0'
    })
    const p = path.join(dir, 'v2.json')
    await saveBaseline(p, text)
    const load = await loadBaseline(p)
    if (load.status !== 'loaded') throw new Error('expected a baseline')
    expect(load.baseline.values.num_fds).toBeUndefined()
    expect(load.baseline.values.memory_max_mb).toBe(120)
    // The same run as an earlier runguard wrote it: version 1, 0 for what was not sampled.
    const doc = JSON.parse(text) as Record<string, unknown>
    const zeros = { cpu_max: 0, cpu_avg: 0, cpu_min: 0, memory_avg_mb: 0, memory_min_mb: 0 }
    const v1 = {
      ...doc,
      schemaVersion: 1,
      ...zeros,
      num_threads: 0,
      num_fds: 0,
      attempts: [
        {
          ...unsampled,
          ...zeros,
          num_threads: 0,
          num_fds: 0,
          measurement: { ...unsampled.measurement, notObserved: undefined }
        }
      ],
      runs: [
        {
          ...unsampled,
          ...zeros,
          num_threads: 0,
          num_fds: 0,
          samples: undefined,
          measurement: { ...unsampled.measurement, notObserved: undefined }
        }
      ]
    }
    const p1 = path.join(dir, 'v1.json')
    await saveBaseline(p1, JSON.stringify(v1))
    const old = await loadBaseline(p1)
    if (old.status !== 'loaded') throw new Error('expected a baseline')
    expect(old.baseline.values.num_fds).toBeUndefined()
    expect(old.baseline.values.cpu_avg).toBeUndefined()
    expect(old.baseline.values.memory_max_mb).toBe(120)
  })

  it('warns, without failing, when the baseline came from another runner', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-baseline-'))
    const p = path.join(dir, 'baseline.json')
    const here = collectFingerprint()
    const other = { ...here, cpuModel: 'Some Other CPU', cores: here.cores + 2 }
    await saveBaseline(
      p,
      formatMetricsJson({
        attempts: [makeMetrics()],
        gates: [],
        fingerprint: other,
        runguardVersion: '0.1.0'
      })
    )
    const load = await loadBaseline(p, here)
    expect(load.status).toBe('loaded')
    expect(load.warnings).toHaveLength(1)
    expect(load.warnings[0]).toContain('different runner (cpu model was Some Other CPU')
    const flat = await loadBaseline(path.join(fixtures, 'psr-baseline.json'), here)
    expect(flat.warnings[0]).toContain('records no runner fingerprint')
  })
})

describe('fingerprintDifferences', () => {
  it('ignores the kernel release and Node patch versions', () => {
    const now = collectFingerprint()
    const was = { ...now, osRelease: 'other', node: `${now.node.split('.')[0]}.0.0` }
    expect(fingerprintDifferences(was, now)).toEqual([])
    expect(fingerprintDifferences({ ...now, arch: 'sparc' }, now)).toEqual([
      `arch was sparc, now ${now.arch}`
    ])
  })
})

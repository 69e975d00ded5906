import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { collectFingerprint } from '../../src/gates/fingerprint.js'
import { metricsJsonValidator, parseMetricsJson } from '../../src/gates/metrics-file.js'
import { buildMetricsJson, formatMetricsJson } from '../../src/report/metrics-json.js'
import type { GateResult } from '../../src/model.js'
import { writeTextFile } from '../../src/util/write-file.js'
import { makeMetrics } from '../gates/metrics-factory.js'

const gate: GateResult = {
  gate: 'memory_max_mb <= 1024',
  kind: 'budget',
  metric: 'memory_max_mb',
  op: '<=',
  limit: 1024,
  actual: 120,
  passed: true,
  message: 'memory_max_mb is 120.0 MiB, within <= 1024.0 MiB'
}

function sample() {
  const first = makeMetrics({ attempt: 1, exit_code: 1, success: false, memory_max_mb: 90 })
  const second = makeMetrics({ attempt: 2, memory_max_mb: 130, signal: undefined })
  const runs = [second, makeMetrics({ memory_max_mb: 110 }), makeMetrics({ memory_max_mb: 150 })]
  return buildMetricsJson({
    attempts: [first, second],
    runs,
    gates: [gate],
    fingerprint: collectFingerprint({ python: 'Python 3.12.3' }),
    runguardVersion: '0.1.0',
    generatedAt: '2026-11-21T20:30:00.000Z'
  })
}

describe('metrics JSON', () => {
  it('validates against the schema', () => {
    const validate = metricsJsonValidator()
    const doc = JSON.parse(JSON.stringify(sample()))
    expect(validate(doc)).toBe(true)
    expect(validate.errors ?? null).toBeNull()
  })

  it('puts the seed names of the reported (last) attempt at the top level', () => {
    const doc = sample()
    expect(doc.schemaVersion).toBe(2)
    expect(doc.attempt).toBe(2)
    expect(doc.memory_max_mb).toBe(130)
    expect(doc.success).toBe(true)
    expect(doc.exit_code).toBe(0)
    expect(doc.attempts.map(a => a.attempt)).toEqual([1, 2])
    expect(doc.units.memory_max_mb).toBe('MiB')
  })

  it('stores runs without samples and statistics per metric', () => {
    const doc = sample()
    expect(doc.runs).toHaveLength(3)
    expect(doc.runs.every(r => !('samples' in r))).toBe(true)
    expect(doc.attempts[0]!.samples).toHaveLength(1)
    expect(doc.statistics.memory_max_mb!).toMatchObject({
      n: 3,
      median: 130,
      min: 110,
      max: 150,
      mean: 130
    })
    expect(doc.statistics.memory_max_mb!.stddev).toBeCloseTo(20, 10)
  })

  it('defaults runs to the reported attempt', () => {
    const doc = buildMetricsJson({
      attempts: [makeMetrics()],
      gates: [],
      fingerprint: collectFingerprint(),
      runguardVersion: 'x'
    })
    expect(doc.runs).toHaveLength(1)
    expect(doc.statistics.cpu_avg!.n).toBe(1)
    expect(() =>
      buildMetricsJson({
        attempts: [],
        gates: [],
        fingerprint: collectFingerprint(),
        runguardVersion: 'x'
      })
    ).toThrow()
  })

  it('rejects documents that break the schema', () => {
    const validate = metricsJsonValidator()
    const broken = JSON.parse(JSON.stringify(sample()))
    broken.memory_max_mb = '130'
    delete broken.fingerprint
    broken.gates[0].op = '=~'
    expect(validate(broken)).toBe(false)
    const paths = (validate.errors ?? []).map(e => e.instancePath || e.params)
    expect(paths).toEqual(expect.arrayContaining(['/memory_max_mb', '/gates/0/op']))
  })

  it('reads back what it writes, with medians when there were several runs', () => {
    const text = formatMetricsJson({
      attempts: [makeMetrics({ memory_max_mb: 999 })],
      runs: [100, 120, 140].map(v => makeMetrics({ memory_max_mb: v })),
      gates: [],
      fingerprint: collectFingerprint(),
      runguardVersion: '0.1.0'
    })
    expect(text.endsWith('}\n')).toBe(true)
    const base = parseMetricsJson(text, 'metrics.json')
    expect(base).toMatchObject({ format: 'runguard', runCount: 3 })
    expect(base.values.memory_max_mb).toBe(120)
  })

  it("still reads a baseline written when the memory unit was labelled 'MB'", () => {
    const doc = JSON.parse(
      formatMetricsJson({
        attempts: [makeMetrics({ memory_max_mb: 120 })],
        gates: [],
        fingerprint: collectFingerprint(),
        runguardVersion: '0.1.0'
      })
    )
    for (const m of ['memory_max_mb', 'memory_avg_mb', 'memory_min_mb']) doc.units[m] = 'MB'
    expect(parseMetricsJson(JSON.stringify(doc), 'old.json').values.memory_max_mb).toBe(120)
  })

  it('is written by writeTextFile, which creates parent directories', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-metrics-'))
    const file = path.join(dir, 'reports/perf/metrics.json')
    const text = formatMetricsJson({
      attempts: [makeMetrics()],
      gates: [gate],
      fingerprint: collectFingerprint(),
      runguardVersion: '0.1.0'
    })
    await writeTextFile(file, text)
    expect(await readFile(file, 'utf8')).toBe(text)
  })
})

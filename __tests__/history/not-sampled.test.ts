import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ExitCode } from '../../src/errors.js'
import { collectFingerprint } from '../../src/gates/fingerprint.js'
import { buildRecord, HISTORY_FILE, parseHistory } from '../../src/history/record.js'
import { METRIC_NAMES, SAMPLED_ONLY_METRICS, type MetricName } from '../../src/model.js'
import { runGate } from '../../src/pipeline.js'
import { NOT_SAMPLED } from '../../src/runner/metrics.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

// A real script that exits at once (`python3 -c pass`), measured by the real runner with a
// sampling interval it cannot reach: its sampled-only metrics are "not sampled" everywhere —
// null in the model and the metrics JSON, named in JUnit and the summary, left out of the
// history record — and no gate passes or fails on them: a budget warns that it was not
// checked, and the trend does not compare them (it used to read them as 0).

const DIR = '.runguard/history'
const { GITHUB_ACTIONS: _inActions, ...localEnv } = process.env

/** Six sampled trend runs with 4 fds, 1 thread, 12 MiB average, 30 % CPU. */
function seeded(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-not-sampled-'))
  mkdirSync(path.join(ws, DIR), { recursive: true })
  const sampled: Partial<Record<MetricName, number>> = {
    num_fds: 4,
    num_threads: 1,
    memory_avg_mb: 12,
    cpu_avg: 30,
    stdout_lines: 0
  }
  const metrics = Object.fromEntries(METRIC_NAMES.map(m => [m, sampled[m] ?? NaN])) as Record<
    MetricName,
    number
  >
  const text = Array.from({ length: 6 }, (_, i) =>
    JSON.stringify(
      buildRecord({
        timestamp: new Date(Date.UTC(2026, 0, 1, 0, i)),
        category: 'runguard',
        mode: 'run',
        runguardVersion: '0.1.0',
        machine: collectFingerprint(),
        context: { commit: `seed${i}` },
        trend: true,
        metrics,
        scriptOk: true,
        gates: [],
        counted: [],
        toolRuns: [],
        verdict: { passed: true, reasons: [], warnings: [] } as never,
        exitCode: 0,
        redact: t => t
      })
    )
  ).join('\n')
  writeFileSync(path.join(ws, DIR, HISTORY_FILE), text + '\n')
  return ws
}

const settingsFor = (ws: string) =>
  createTestSettings({
    workspace: ws,
    mode: 'run',
    history: 'local',
    script: ['python3', '-c', 'pass'],
    // After the first sample, the next is due in a minute; the script is long gone by then.
    samplingInterval: 60_000,
    gates: ['num_fds<=2', 'memory_max_mb<=4096'],
    metricsFile: 'metrics.json',
    junitFile: 'junit.xml',
    tapFile: 'results.tap',
    sarifFile: '',
    sbomFile: ''
  })

describe('a script that ends before the first sample', () => {
  it('is "not sampled" through the model, reports and history, and gates neither pass nor fail on it', async () => {
    // The monitor takes one sample the moment the process tree exists (src/runner/attempt.ts),
    // which now and then still finds python alive (measured: 1 run in 12 on a shared 2-core
    // machine). Such a run must be fully sampled; the run checked below is the first that was not.
    const attempt = async () => {
      const ws = seeded()
      const outcome = await runGate(settingsFor(ws), {
        logger: new RecordingLogger(),
        env: localEnv
      })
      return { ws, outcome }
    }
    let run = await attempt()
    for (let i = 0; i < 10 && run.outcome.run!.final.samples.length > 0; i++) {
      const sampled = run.outcome.run!.final
      for (const metric of SAMPLED_ONLY_METRICS) expect(typeof sampled[metric]).toBe('number')
      expect(sampled.measurement.notObserved).toBeUndefined()
      run = await attempt()
    }
    const { ws, outcome } = run
    const m = outcome.run!.final
    for (const metric of SAMPLED_ONLY_METRICS) expect(m[metric]).toBeNull()
    expect(m.measurement.notObserved).toBe(NOT_SAMPLED)
    expect(m.samples).toEqual([])
    // The peak has an exact source (the rusage helper's ru_maxrss): kept.
    expect(m.memory_max_mb).toBeGreaterThan(0)
    expect(m.user_time_seconds).not.toBeNull()

    // No gate on an unsampled metric: the budget `num_fds<=2` (4 fds would fail it) is not a
    // pass either, but a warning; no trend gate on num_fds, cpu_avg or memory_avg_mb.
    expect(outcome.gates.map(g => `${g.kind} ${g.metric}`)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/num_fds|cpu_avg|memory_avg_mb|num_threads/)])
    )
    expect(
      outcome.gates.find(g => g.metric === 'memory_max_mb' && g.kind === 'budget')
    ).toMatchObject({ passed: true })
    expect(outcome.exitCode).toBe(ExitCode.Passed)
    expect(outcome.verdict.warnings).toContain(
      `gate 'num_fds <= 2' was not checked (neither passed nor failed): ${NOT_SAMPLED}`
    )
    expect(outcome.summary).toContain(NOT_SAMPLED)
    expect(outcome.summary).toMatch(/threads not sampled · fds not sampled/)
    expect(outcome.summary).toMatch(
      /trend: cpu\\_avg, memory\\_avg\\_mb, num\\_threads, num\\_fds not compared: not sampled/
    )

    // The chart marks no value for this run (mermaid has no gaps; the line repeats the last one).
    expect(outcome.summary).toContain('title "num_fds, this run not sampled"')
    expect(outcome.summary).toContain('bar [0, 0, 0, 0, 0, 0, 0]')

    const json = JSON.parse(readFileSync(path.join(ws, 'metrics.json'), 'utf8')) as Record<
      string,
      unknown
    > & { measurement: { notObserved?: string }; statistics: Record<string, unknown> }
    expect(json.schemaVersion).toBe(2)
    expect(json.num_fds).toBeNull()
    expect(json.cpu_avg).toBeNull()
    expect(typeof json.memory_max_mb).toBe('number')
    expect(json.measurement.notObserved).toBe(NOT_SAMPLED)
    expect(json.statistics.num_fds).toBeUndefined()
    const junit = readFileSync(path.join(ws, 'junit.xml'), 'utf8')
    expect(junit).toContain('<property name="cpu_max" value="not sampled"')
    expect(junit).toContain(`<property name="not_observed" value="${NOT_SAMPLED}"`)
    // The budget that was not checked is a skipped case in JUnit and a SKIP point in TAP.
    expect(junit).toMatch(
      /<testcase name="gate: num_fds &lt;= 2"[^>]*>\s*<skipped message="not checked: not sampled: the script ended before the first sample"/
    )
    const tap = readFileSync(path.join(ws, 'results.tap'), 'utf8')
    expect(tap).toMatch(
      /^ok \d+ - gate: num_fds <= 2 # SKIP not checked: not sampled: the script ended before the first sample$/m
    )

    const records = parseHistory(readFileSync(path.join(ws, DIR, HISTORY_FILE), 'utf8')).records
    const last = records.at(-1)!
    expect(last.notObserved).toBe(NOT_SAMPLED)
    for (const metric of SAMPLED_ONLY_METRICS) expect(last.metrics?.[metric]).toBeUndefined()
    expect(last.metrics?.memory_max_mb?.value).toBeGreaterThan(0)
  })
})

import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ExitCode } from '../../src/errors.js'
import { collectFingerprint } from '../../src/gates/fingerprint.js'
import { buildRecord, HISTORY_FILE, parseHistory } from '../../src/history/record.js'
import { METRIC_NAMES, type MetricName } from '../../src/model.js'
import { runGate } from '../../src/pipeline.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

// The history as a run sees it: read before the script, a trend gate in the verdict, the run
// recorded after the verdict, a section in the summary. The trend is checked on stdout_lines
// (a count the script decides), so nothing here depends on how fast the machine is.

const DIR = '.runguard/history'

// These runs are local ones (event `local`) even when the suite itself runs in a workflow.
const { GITHUB_ACTIONS: _inActions, ...localEnv } = process.env
const deps = () => ({ logger: new RecordingLogger(), env: localEnv })

function seeded(lines: number, runs: number): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-history-pipeline-'))
  mkdirSync(path.join(ws, DIR), { recursive: true })
  const metrics = Object.fromEntries(
    METRIC_NAMES.map(m => [m, m === 'stdout_lines' ? lines : NaN])
  ) as Record<MetricName, number>
  const text = Array.from({ length: runs }, (_, i) =>
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

const settings = (ws: string, lines: number) =>
  createTestSettings({
    workspace: ws,
    mode: 'run',
    history: 'local',
    script: ['python3', '-c', `print("x\\n" * ${lines - 1})`],
    gates: ['stdout_lines<=100000'],
    sarifFile: '',
    sbomFile: ''
  })

describe('run history in the pipeline', () => {
  it('passes a run like the ones before, fails a 30 % step, and records both', async () => {
    const ws = seeded(100, 6)
    const same = await runGate(settings(ws, 100), deps())
    const trendGate = same.gates.find(g => g.kind === 'trend' && g.metric === 'stdout_lines')
    expect(trendGate).toMatchObject({ passed: true, baseline: 100, actual: 100 })
    expect(same.exitCode).toBe(ExitCode.Passed)
    expect(same.summary).toContain('### History and trend')
    expect(same.summary).toContain('xychart-beta')

    const step = await runGate(settings(ws, 130), deps())
    expect(step.exitCode).toBe(ExitCode.Violation)
    expect(step.verdict.reasons.join('\n')).toMatch(/stdout_lines 130 .*rolling median 100/)
    expect(step.summary).toContain('stdout_lines (trend regression)')

    const records = parseHistory(readFileSync(path.join(ws, DIR, HISTORY_FILE), 'utf8')).records
    expect(records).toHaveLength(8)
    expect(records[7]).toMatchObject({
      event: 'local',
      trend: true,
      scriptOk: true,
      metrics: { stdout_lines: { value: 130 } },
      verdict: { passed: false, exitCode: ExitCode.Violation }
    })
    expect(records[7]!.gates.some(g => g.kind === 'trend' && !g.passed)).toBe(true)
  })

  it('is off by default: nothing is read or written', async () => {
    const ws = seeded(100, 6)
    const outcome = await runGate(
      createTestSettings({
        workspace: ws,
        mode: 'run',
        script: ['python3', '-c', 'print("x\\n" * 500)'],
        sarifFile: '',
        sbomFile: ''
      }),
      deps()
    )
    expect(outcome.gates.some(g => g.kind === 'trend')).toBe(false)
    expect(outcome.summary).not.toContain('History and trend')
    expect(
      parseHistory(readFileSync(path.join(ws, DIR, HISTORY_FILE), 'utf8')).records
    ).toHaveLength(6)
  })

  it('records findings new and fixed since the last trend run', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-history-findings-'))
    const key = ['AKIA', 'Z7QXWERT', 'YUIOP5LK'].join('')
    const secret = ['wJalrXUtnFEMI', 'K7MDENGbPxRfi', 'CYzEXAMPLEKEY9'].join('/')
    const scan = () =>
      createTestSettings({
        workspace: ws,
        mode: 'scan',
        scanners: ['secrets'],
        history: 'local',
        sarifFile: '',
        sbomFile: ''
      })
    writeFileSync(path.join(ws, 'clean.py'), 'print("hello")\n')
    const first = await runGate(scan(), deps())
    expect(first.summary).toContain('### History and trend')
    writeFileSync(
      path.join(ws, 'leak.py'),
      `AWS_ACCESS_KEY_ID = "${key}"\nAWS_SECRET_ACCESS_KEY = "${secret}"\n`
    )
    const second = await runGate(scan(), deps())
    expect(second.counted.length).toBeGreaterThan(0)
    expect(second.summary).toMatch(new RegExp(`${second.counted.length} new, 0 fixed`))
    writeFileSync(path.join(ws, 'leak.py'), 'print("fixed")\n')
    const third = await runGate(scan(), deps())
    expect(third.summary).toMatch(new RegExp(`0 new, ${second.counted.length} fixed`))
    const records = parseHistory(readFileSync(path.join(ws, DIR, HISTORY_FILE), 'utf8')).records
    expect(records.map(r => [r.findings.new, r.findings.fixed])).toEqual([
      [undefined, undefined],
      [second.counted.length, 0],
      [0, second.counted.length]
    ])
    // nothing of the secret is stored
    const stored =
      readFileSync(path.join(ws, DIR, HISTORY_FILE), 'utf8') +
      readFileSync(path.join(ws, DIR, 'runguard-findings.json'), 'utf8')
    expect(stored).not.toContain(secret)
    expect(stored).not.toContain(key)
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { HistoryRecord } from '../../src/history/record.js'
import { alertEvents, alertFormatFor, alertPayload, sendAlert } from '../../src/notify/alert.js'
import { runGate } from '../../src/pipeline.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'
import { testRecord } from '../history/records.js'

// Alerts on a state change only, in Slack, Teams and plain JSON, retried with back-off, at a
// local HTTP receiver that checks what arrives.

interface Received {
  path: string
  body: unknown
}

let server: Server
let base = ''
const received: Received[] = []
// The pipeline runs here are local ones (trend runs) even when the suite runs in a workflow.
const { GITHUB_ACTIONS: _inActions, ...localEnv } = process.env
/** Status codes to answer with, in order (then 200). */
const answers: number[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = ''
    req.on('data', (c: Buffer) => (text += c.toString('utf8')))
    req.on('end', () => {
      const status = answers.shift() ?? 200
      if (status === 200) {
        expect(req.method).toBe('POST')
        expect(req.headers['content-type']).toBe('application/json')
        received.push({ path: req.url ?? '', body: JSON.parse(text) })
      }
      res.writeHead(status, status === 429 ? { 'retry-after': '0' } : {})
      res.end()
    })
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise(r => server.close(r))
})

const rec = (over: {
  passed?: boolean
  critical?: number
  regression?: string
  reasons?: string[]
}): HistoryRecord => {
  const r = testRecord(1)
  return {
    ...r,
    ref: 'refs/heads/main',
    runUrl: 'https://github.com/o/r/actions/runs/1',
    verdict: {
      passed: over.passed ?? true,
      exitCode: over.passed === false ? 1 : 0,
      reasons: over.reasons ?? []
    },
    findings: { ...r.findings, counts: { ...r.findings.counts, critical: over.critical ?? 0 } },
    gates: over.regression
      ? [
          {
            gate: `trend: ${over.regression}`,
            kind: 'trend',
            metric: over.regression as never,
            op: '<=',
            limit: 1,
            actual: 2,
            baseline: 1,
            passed: false
          }
        ]
      : []
  }
}

describe('alertEvents: state changes only', () => {
  it('says nothing without a change or without a previous run', () => {
    expect(alertEvents(undefined, rec({ passed: false }))).toEqual([])
    expect(alertEvents(rec({}), rec({}))).toEqual([])
    expect(alertEvents(rec({ passed: false }), rec({ passed: false }))).toEqual([])
    expect(alertEvents(rec({ critical: 2 }), rec({ critical: 2 }))).toEqual([])
  })
  it('names pass → fail, fail → pass, a new regression and more critical findings', () => {
    expect(alertEvents(rec({}), rec({ passed: false })).map(e => e.kind)).toEqual(['failed'])
    expect(alertEvents(rec({ passed: false }), rec({})).map(e => e.kind)).toEqual(['recovered'])
    const reg = alertEvents(
      rec({ passed: false, regression: 'cpu_max' }),
      rec({ passed: false, regression: 'memory_max_mb' })
    )
    expect(reg).toEqual([{ kind: 'regression', text: 'new regression: memory_max_mb' }])
    expect(alertEvents(rec({ critical: 1 }), rec({ critical: 3 }))).toEqual([
      { kind: 'critical-findings', text: 'critical findings: 3 (was 1)' }
    ])
  })
})

describe('alert formats', () => {
  it('picks the format from the host', () => {
    expect(alertFormatFor('https://hooks.slack.com/services/T/B/x', 'auto')).toBe('slack')
    expect(alertFormatFor('https://contoso.webhook.office.com/webhookb2/x', 'auto')).toBe('teams')
    expect(alertFormatFor('https://prod-1.westus.logic.azure.com/workflows/x', 'auto')).toBe(
      'teams'
    )
    expect(alertFormatFor('https://example.com/hook', 'auto')).toBe('json')
    expect(alertFormatFor('https://example.com/hook', 'slack')).toBe('slack')
  })
  it('builds Slack, Teams and JSON bodies, escaped and redacted', () => {
    const secret = 'tok-' + 'q'.repeat(20)
    const r = rec({ passed: false, reasons: [`budget <exceeded> & ${secret}`] })
    const redact = (t: string): string => t.split(secret).join('***')
    const events = alertEvents(rec({}), r)
    const slack = alertPayload('slack', events, r, redact) as { text: string }
    expect(slack.text).toContain('*runguard failed: runguard on main at c1*')
    expect(slack.text).toContain('budget &lt;exceeded&gt; &amp; ***')
    expect(slack.text).toContain('<https://github.com/o/r/actions/runs/1|run log>')
    const teams = alertPayload('teams', events, r, redact) as {
      attachments: Array<{ contentType: string; content: { actions: Array<{ url: string }> } }>
    }
    expect(teams.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive')
    expect(teams.attachments[0]!.content.actions[0]!.url).toBe(
      'https://github.com/o/r/actions/runs/1'
    )
    const json = alertPayload('json', events, r, redact)
    expect(json).toMatchObject({
      schema: 'runguard-alert/1',
      status: 'failed',
      events: [{ kind: 'failed' }]
    })
    for (const body of [slack, teams, json]) expect(JSON.stringify(body)).not.toContain(secret)
  })
})

describe('sendAlert', () => {
  it('retries a 5xx and a 429, gives up on a 4xx at once', async () => {
    received.length = 0
    const sleeps: number[] = []
    const sleep = async (ms: number): Promise<void> => void sleeps.push(ms)
    answers.push(503, 429)
    expect(await sendAlert({ url: `${base}/a`, body: { n: 1 }, sleep })).toBeUndefined()
    expect(received).toEqual([{ path: '/a', body: { n: 1 } }])
    expect(sleeps).toEqual([1000, 0])
    answers.push(404)
    expect(await sendAlert({ url: `${base}/b`, body: {}, sleep })).toBe('HTTP 404')
  })
  it('reports an unreachable receiver without the URL', async () => {
    const url = 'http://127.0.0.1:9/hook-secret-path'
    const why = await sendAlert({ url, body: {}, sleep: async () => undefined, attempts: 2 })
    expect(why).toMatch(/after 2 attempts$/)
    expect(why).not.toContain('hook-secret-path')
  })
})

describe('alerts in the pipeline', () => {
  it('posts exactly on the state changes of trend runs, and never the secret webhook URL', async () => {
    received.length = 0
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-alerts-'))
    const hook = `${base}/hook/T000/B000/secretpart`
    const run = async (lines: number) =>
      runGate(
        createTestSettings({
          workspace: ws,
          mode: 'run',
          history: 'local',
          alertWebhook: hook,
          alertFormat: 'json',
          // Long enough to be sampled every time, so every run has the same metrics. (An
          // unsampled run's sampled-only metrics are null and not compared: see
          // __tests__/history/not-sampled.test.ts.)
          script: ['python3', '-c', `import time; print("x\\n" * ${lines - 1}); time.sleep(0.5)`],
          gates: ['stdout_lines<=150'],
          sarifFile: '',
          sbomFile: ''
        }),
        { logger: new RecordingLogger(), env: localEnv }
      )
    const outcomes = []
    for (const lines of [100, 100, 200, 200, 100, 100]) outcomes.push(await run(lines))
    expect(outcomes.map(o => o.verdict.passed)).toEqual([true, true, false, false, true, true])
    expect(
      received.map(r => (r.body as { events: Array<{ kind: string }> }).events.map(e => e.kind))
    ).toEqual([['failed'], ['recovered']])
    for (const o of outcomes) expect(o.summary).not.toContain('secretpart')
  })

  it('warns that a webhook cannot fire when the history is off', async () => {
    received.length = 0
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-alerts-off-'))
    const outcome = await runGate(
      createTestSettings({
        workspace: ws,
        mode: 'run',
        history: 'off',
        alertWebhook: `${base}/hook/T000/B000/secretpart`,
        script: ['python3', '-c', 'pass'],
        sarifFile: '',
        sbomFile: ''
      }),
      { logger: new RecordingLogger(), env: localEnv }
    )
    expect(outcome.summary).toMatch(/alert-webhook is set but history is off/)
    expect(outcome.summary).not.toContain('secretpart')
    expect(received).toEqual([])
  })
})

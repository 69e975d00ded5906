import type { HistoryRecord } from '../history/record.js'

/**
 * Alerts on a state change (docs/history.md, "Alerts"): the run is compared with the previous
 * trend run of its category in the history, and a message is posted only when something changed
 * (pass → fail, fail → pass, a regression that was not failing before, more critical findings).
 * An alert reads the finished outcome and never changes the verdict: a webhook that fails is a
 * warning. Every text in it comes from the history record, which the run's redactor has already
 * cleaned, and is redacted again before it is sent.
 */

export const ALERT_SCHEMA = 'runguard-alert/1'

export type AlertEventKind = 'failed' | 'recovered' | 'regression' | 'critical-findings'

export interface AlertEvent {
  kind: AlertEventKind
  /** One line for people. */
  text: string
}

const failingRegressions = (r: HistoryRecord): Set<string> =>
  new Set(r.gates.filter(g => g.kind !== 'budget' && !g.passed).map(g => g.metric))

/** What changed from the previous trend run to this one; empty when nothing did. */
export function alertEvents(
  previous: HistoryRecord | undefined,
  current: HistoryRecord
): AlertEvent[] {
  // The first recorded run has nothing to change from.
  if (!previous) return []
  const events: AlertEvent[] = []
  if (previous.verdict.passed && !current.verdict.passed)
    events.push({ kind: 'failed', text: 'the gate failed (it passed on the previous run)' })
  if (!previous.verdict.passed && current.verdict.passed)
    events.push({ kind: 'recovered', text: 'the gate passes again' })
  const before = failingRegressions(previous)
  const fresh = [...failingRegressions(current)].filter(m => !before.has(m))
  if (fresh.length > 0)
    events.push({ kind: 'regression', text: `new regression: ${fresh.join(', ')}` })
  const critical = current.findings.counts.critical ?? 0
  const criticalBefore = previous.findings.counts.critical ?? 0
  if (critical > criticalBefore)
    events.push({
      kind: 'critical-findings',
      text: `critical findings: ${critical} (was ${criticalBefore})`
    })
  return events
}

export type AlertFormat = 'slack' | 'teams' | 'json'

/** `auto`: Slack's and Teams' webhook hosts are known; anything else gets plain JSON. */
export function alertFormatFor(url: string, setting: 'auto' | AlertFormat): AlertFormat {
  if (setting !== 'auto') return setting
  const host = new URL(url).hostname.toLowerCase()
  if (host === 'hooks.slack.com') return 'slack'
  if (
    host.endsWith('.webhook.office.com') ||
    host.endsWith('.logic.azure.com') ||
    host.endsWith('.powerplatform.com')
  )
    return 'teams'
  return 'json'
}

/** The body of one alert in the chosen format. */
export function alertPayload(
  format: AlertFormat,
  events: readonly AlertEvent[],
  record: HistoryRecord,
  redact: (text: string) => string
): unknown {
  const status = record.verdict.passed ? 'passed' : 'failed'
  const where = `${record.category}${record.ref ? ` on ${record.ref.replace(/^refs\/heads\//, '')}` : ''}${record.commit ? ` at ${record.commit.slice(0, 12)}` : ''}`
  const title = redact(`runguard ${status}: ${where}`)
  const lines = events.map(e => redact(e.text))
  const reasons = record.verdict.reasons.slice(0, 5).map(redact)
  const runUrl = record.runUrl && /^https?:\/\//.test(record.runUrl) ? record.runUrl : undefined
  if (format === 'slack') {
    // Slack mrkdwn: &, < and > are the only characters to escape.
    const esc = (t: string): string =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const text = [
      `*${esc(title)}*`,
      ...lines.map(l => `• ${esc(l)}`),
      ...reasons.map(r => `> ${esc(r)}`),
      ...(runUrl ? [`<${runUrl}|run log>`] : [])
    ].join('\n')
    return { text }
  }
  if (format === 'teams') {
    // An Adaptive Card in a message, as Teams workflow webhooks take it.
    return {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
              ...lines.map(l => ({ type: 'TextBlock', text: `- ${l}`, wrap: true })),
              ...reasons.map(r => ({ type: 'TextBlock', text: r, wrap: true, isSubtle: true }))
            ],
            ...(runUrl
              ? { actions: [{ type: 'Action.OpenUrl', title: 'Run log', url: runUrl }] }
              : {})
          }
        }
      ]
    }
  }
  return {
    schema: ALERT_SCHEMA,
    title,
    status,
    events: events.map((e, i) => ({ kind: e.kind, text: lines[i] })),
    category: redact(record.category),
    ...(record.commit ? { commit: record.commit } : {}),
    ...(record.ref ? { ref: redact(record.ref) } : {}),
    ...(runUrl ? { runUrl } : {}),
    reasons,
    findings: record.findings.counts
  }
}

export interface SendOptions {
  url: string
  body: unknown
  /** Attempts in all (default 4). */
  attempts?: number
  /** Per attempt (default 10 s). */
  timeoutMs?: number
  sleep?: (ms: number) => Promise<void>
  fetch?: typeof fetch
}

/**
 * Posts the alert; retries a network error, a 429 or a 5xx with exponential back-off (1, 2, 4 s,
 * or the server's Retry-After up to 30 s). Returns undefined when delivered, else why not (the
 * URL is never in the message: it is the secret).
 */
export async function sendAlert(options: SendOptions): Promise<string | undefined> {
  const attempts = options.attempts ?? 4
  const sleep = options.sleep ?? ((ms: number) => new Promise(r => setTimeout(r, ms)))
  const doFetch = options.fetch ?? fetch
  let last = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryAfterMs: number | undefined
    try {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'runguard' },
        body: JSON.stringify(options.body),
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000)
      })
      await response.body?.cancel()
      if (response.ok) return undefined
      last = `HTTP ${response.status}`
      if (response.status !== 429 && response.status < 500) return last
      // Retry-After in seconds (an HTTP date is rare for webhooks: then the back-off applies).
      const header = response.headers.get('retry-after')
      const after = header === null || header.trim() === '' ? NaN : Number(header)
      if (Number.isFinite(after) && after >= 0) retryAfterMs = Math.min(after * 1000, 30_000)
    } catch (error) {
      // The error text of fetch can hold the URL: keep only its kind.
      const cause = (error as { cause?: { code?: string } }).cause
      last = cause?.code ?? (error as Error).name
    }
    if (attempt < attempts) await sleep(retryAfterMs ?? 1000 * 2 ** (attempt - 1))
  }
  return `${last} after ${attempts} attempts`
}

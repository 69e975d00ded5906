import type { HistoryRecord } from '../history/record.js'
import { alertEvents, alertFormatFor, alertPayload, sendAlert, type AlertFormat } from './alert.js'

/** What the pipeline hands the alerts: the run as recorded and the trend run before it. */
export interface StateChange {
  url: string
  format: 'auto' | AlertFormat
  previous?: HistoryRecord
  current: HistoryRecord
  redact: (text: string) => string
  /** Tests shorten the back-off. */
  sleep?: (ms: number) => Promise<void>
}

/** Posts an alert when the state changed; returns a warning when it could not be delivered. */
export async function notifyStateChange(change: StateChange): Promise<string | undefined> {
  const events = alertEvents(change.previous, change.current)
  if (events.length === 0) return undefined
  const format = alertFormatFor(change.url, change.format)
  const failure = await sendAlert({
    url: change.url,
    body: alertPayload(format, events, change.current, change.redact),
    ...(change.sleep ? { sleep: change.sleep } : {})
  })
  return failure ? `alert-webhook: the alert could not be delivered: ${failure}` : undefined
}

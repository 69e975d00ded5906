import { SEVERITY_RANK, type MetricName, type Severity, type ToolName } from '../model.js'
import { mermaidSeriesChart } from './charts.js'
import { cell, escapeMarkdown, formatNumber, table, row } from './markdown.js'

/**
 * The summary's history section: a trend chart per gated metric (the last runs, this run
 * marked), the findings over time, and what is new or fixed since the last trend run. The data
 * comes from src/history/ (section.ts); this file only renders it.
 */

/** One finding in the new/fixed lists. */
export interface DeltaFinding {
  severity: Severity
  tool: ToolName
  ruleId: string
  path: string
  line: number
}

/** The history section's data. */
export interface TrendSection {
  /** Where the history lives (`.runguard/history`, `branch runguard-data of …`). */
  store: string
  /** This run was written to the history. */
  recorded: boolean
  /** Trend runs of this category in the store before this run. */
  runs: number
  /** Per chart point, oldest first; the last one is this run. */
  points: number
  /** One chart per metric. */
  metrics: Array<{
    metric: MetricName
    /** Values per point (null where a run has none); the last is this run. */
    values: Array<number | null>
    /** The rolling median and the trend limit this run was held to, when checked. */
    median?: number
    limit?: number
    /** The trend gate failed. */
    failed?: boolean
  }>
  /** Counted findings per point (null where the run scanned nothing). */
  findings?: Array<number | null>
  /** New and fixed findings since the last trend run. */
  delta?: { since: string; new: DeltaFinding[]; fixed: DeltaFinding[] }
  /** Short notes (too few runs, unreadable lines …). */
  notes: string[]
}

/** Charts at most; the rest are listed by name (a summary must stay readable). */
export const MAX_TREND_CHARTS = 6
const MAX_DELTA_ROWS = 10

const byRank = (a: DeltaFinding, b: DeltaFinding): number =>
  SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
  (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line)

function deltaTable(title: string, list: DeltaFinding[]): string {
  if (list.length === 0) return ''
  const rows = [...list]
    .sort(byRank)
    .slice(0, MAX_DELTA_ROWS)
    .map(f =>
      row([
        escapeMarkdown(f.severity),
        escapeMarkdown(f.tool),
        cell(f.ruleId, 80),
        cell(`${f.path}:${f.line}`, 200)
      ])
    )
  const more = list.length > rows.length ? `\n\n… and ${list.length - rows.length} more` : ''
  return `**${title}**\n\n` + table(['Severity', 'Tool', 'Rule', 'Location'], rows) + more
}

/** The section's markdown, or '' when there is nothing to show. */
export function renderTrendSection(
  s: TrendSection | undefined,
  maxCharts = MAX_TREND_CHARTS
): string {
  if (!s) return ''
  const parts = ['### History and trend']
  const status = s.recorded
    ? `This run was recorded in ${cell(s.store, 200)} (${s.runs} earlier trend run(s) of this category).`
    : `Compared with ${s.runs} trend run(s) in ${cell(s.store, 200)}; this run was not recorded.`
  parts.push(status)
  const labels = Array.from({ length: s.points }, (_, i) =>
    i === s.points - 1 ? 'this run' : String(i - s.points + 1)
  )
  const shown = s.metrics.slice(0, maxCharts)
  if (s.points >= 2) {
    for (const m of shown) {
      const title = `${m.metric}${m.failed ? ' (trend regression)' : ''}`
      const extra: Array<{ name: string; values: number[] }> = []
      if (m.limit !== undefined) extra.push({ name: 'limit', values: labels.map(() => m.limit!) })
      parts.push(mermaidSeriesChart(title, labels, m.values, extra))
    }
    if (s.metrics.length > shown.length)
      parts.push(
        `_More metrics in the history: ${s.metrics
          .slice(shown.length)
          .map(m => escapeMarkdown(m.metric))
          .join(', ')}_`
      )
    if (s.findings && s.findings.some(v => v !== null))
      parts.push(mermaidSeriesChart('findings that count', labels, s.findings, []))
  }
  const gated = shown.filter(m => m.median !== undefined)
  if (gated.length)
    parts.push(
      table(
        ['Metric', 'This run', 'Rolling median', 'Trend limit'],
        gated.map(m =>
          row([
            `${m.failed ? '❌' : '✅'} ${escapeMarkdown(m.metric)}`,
            formatNumber(m.values[m.values.length - 1] ?? NaN),
            formatNumber(m.median!),
            formatNumber(m.limit!)
          ])
        )
      )
    )
  if (s.delta) {
    const { since } = s.delta
    parts.push(
      `**Findings since the last trend run** (${cell(since, 120)}): ${s.delta.new.length} new, ${s.delta.fixed.length} fixed.`
    )
    const added = deltaTable('New findings', s.delta.new)
    const gone = deltaTable('Fixed findings', s.delta.fixed)
    if (added) parts.push(added)
    if (gone) parts.push(gone)
  }
  if (s.notes.length) parts.push(s.notes.map(n => `- ${cell(n, 300)}`).join('\n'))
  return parts.join('\n\n')
}

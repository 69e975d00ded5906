import {
  METRIC_NAMES,
  type GateResult,
  type Metrics,
  type ToolRun,
  type Verdict
} from '../model.js'
import { metricNumber } from '../gates/stats.js'
import { formatValue } from '../gates/units.js'

export interface ResultTableInput {
  /** The reported attempt (omit in scan-only mode). */
  metrics?: Metrics
  gates: readonly GateResult[]
  toolRuns: readonly ToolRun[]
  verdict: Verdict
  /** ANSI colors (only when the caller knows the terminal supports them). */
  color?: boolean
}

const ANSI = {
  green: '\u001b[32m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  reset: '\u001b[0m'
}
type Paint = (text: string, style: keyof typeof ANSI) => string

const PASS = '✔'
const FAIL = '✘'
const SKIP = '–'

/** Lays out rows so that each column is as wide as its widest cell (last column unpadded). */
function columns(rows: readonly string[][], indent = '  '): string[] {
  const widths: number[] = []
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)))
  return rows.map(
    row =>
      indent +
      row
        .map((cell, i) =>
          i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length)
        )
        .join('  ')
        .trimEnd()
  )
}

function durationText(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/**
 * The CLI result table: metrics with units (two columns), gates with ✔/✘, scanner statuses
 * with versions and durations, then the verdict with its reasons and warnings. Plain text
 * unless `color` is set.
 */
export function formatResultTable(input: ResultTableInput): string {
  const paint: Paint = (text, style) => (input.color ? `${ANSI[style]}${text}${ANSI.reset}` : text)
  const out: string[] = []

  if (input.metrics) {
    const m = input.metrics
    out.push(paint(`Metrics (attempt ${m.attempt}${m.timedOut ? ', timed out' : ''})`, 'bold'))
    const cells = METRIC_NAMES.map(name => [name, formatValue(name, metricNumber(m, name))])
    const half = Math.ceil(cells.length / 2)
    const rows = cells.slice(0, half).map((left, i) => [...left, ...(cells[half + i] ?? [])])
    out.push(...columns(rows), '')
  }

  if (input.gates.length > 0) {
    out.push(paint('Gates', 'bold'))
    out.push(
      ...columns(
        input.gates.map(g => [
          g.passed ? PASS : FAIL,
          g.kind === 'regression' ? `regression: ${g.metric}` : g.gate,
          g.message
        ])
      ).map(line => colorMark(line, paint))
    )
    out.push('')
  }

  if (input.toolRuns.length > 0) {
    out.push(paint('Scanners', 'bold'))
    const rows = input.toolRuns.map(t => [
      t.status === 'ok' ? PASS : t.status === 'skipped' ? SKIP : FAIL,
      t.tool,
      t.version ?? '-',
      t.status,
      durationText(t.durationMs),
      t.status === 'ok'
        ? `${t.findings.length} finding${t.findings.length === 1 ? '' : 's'}`
        : (t.reason ?? '')
    ])
    out.push(...columns(rows).map(line => colorMark(line, paint)), '')
  }

  const v = input.verdict
  out.push(
    v.passed ? paint(`${PASS} runguard: PASSED`, 'green') : paint(`${FAIL} runguard: FAILED`, 'red')
  )
  for (const r of v.reasons) out.push(`  ${paint('-', 'red')} ${r}`)
  for (const w of v.warnings) out.push(`  ${paint('!', 'yellow')} ${w}`)
  return `${out.join('\n')}\n`
}

/** Colors the leading status mark of a row. */
function colorMark(line: string, paint: Paint): string {
  const mark = line.trimStart()[0]
  const style =
    mark === PASS ? 'green' : mark === FAIL ? 'red' : mark === SKIP ? 'yellow' : undefined
  if (!style || !mark) return line
  return line.replace(mark, paint(mark, style))
}

import type { Metrics, Sample } from '../model.js'

/**
 * The timeline charts of the summary: the attempt's samples bucketed to a bounded number of
 * points and drawn as mermaid line charts (GitHub renders them in Markdown).
 */

/** Points per chart; mermaid draws every point, so long runs are bucketed. */
export const MAX_CHART_POINTS = 100

/** One chart point: a time bucket's peak values. */
export interface ChartPoint {
  /** Bucket end, milliseconds since the attempt started. */
  t: number
  /** Peak CPU % in the bucket. */
  cpu: number
  /** Peak RSS MiB in the bucket. */
  rssMb: number
}

/**
 * Buckets samples into at most `maxPoints` equal time slices, keeping each slice's peak (a
 * spike must survive downsampling); empty slices repeat the previous value so the points stay
 * evenly spaced, which is what a numeric mermaid x-axis assumes.
 */
export function downsampleSamples(samples: Sample[], maxPoints = MAX_CHART_POINTS): ChartPoint[] {
  const valid = samples
    .filter(s => Number.isFinite(s.t) && Number.isFinite(s.cpu) && Number.isFinite(s.rssMb))
    .sort((a, b) => a.t - b.t)
  if (valid.length === 0 || maxPoints < 1) return []
  const n = Math.min(maxPoints, valid.length)
  const first = valid[0]!.t
  const span = valid[valid.length - 1]!.t - first
  if (span <= 0) {
    const cpu = Math.max(...valid.map(s => s.cpu))
    const rssMb = Math.max(...valid.map(s => s.rssMb))
    return [{ t: first, cpu, rssMb }]
  }
  const buckets: Array<{ cpu: number; rssMb: number } | undefined> = new Array<undefined>(n)
  for (const s of valid) {
    const i = Math.min(n - 1, Math.floor(((s.t - first) / span) * n))
    const b = buckets[i]
    if (b) {
      b.cpu = Math.max(b.cpu, s.cpu)
      b.rssMb = Math.max(b.rssMb, s.rssMb)
    } else buckets[i] = { cpu: s.cpu, rssMb: s.rssMb }
  }
  const points: ChartPoint[] = []
  let prev = { cpu: valid[0]!.cpu, rssMb: valid[0]!.rssMb }
  for (let i = 0; i < n; i++) {
    prev = buckets[i] ?? prev
    points.push({ t: first + ((i + 1) * span) / n, cpu: prev.cpu, rssMb: prev.rssMb })
  }
  return points
}

const round1 = (n: number): string => String(Math.round(n * 10) / 10)

function mermaidLineChart(
  title: string,
  yLabel: string,
  points: ChartPoint[],
  pick: (p: ChartPoint) => number
): string {
  const values = points.map(pick)
  const top = Math.max(1, Math.ceil(Math.max(...values) * 1.1))
  const endSeconds = Math.max(0.1, points[points.length - 1]!.t / 1000)
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis "time (s)" 0 --> ${round1(endSeconds)}`,
    `    y-axis "${yLabel}" 0 --> ${top}`,
    `    line [${values.map(round1).join(', ')}]`,
    '```'
  ].join('\n')
}

/** The two timeline charts, or '' when the attempt has no samples. */
export function renderCharts(metrics: Metrics | undefined): string {
  const points = downsampleSamples(metrics?.samples ?? [])
  if (points.length === 0) return ''
  return [
    // No `%` in chart text: mermaid reads `%%` as a comment start.
    mermaidLineChart('CPU (100 = one core)', 'percent', points, p => p.cpu),
    '',
    mermaidLineChart('Memory (RSS, MiB)', 'MiB', points, p => p.rssMb)
  ].join('\n')
}

/** A chart label: mermaid reads `"` as the end of a label and `%%` as a comment. */
const label = (text: string): string => text.replace(/["%\\\r\n]/g, ' ').slice(0, 60)

/**
 * A mermaid line chart of a series over runs (the history section): `values` is drawn as a line
 * (a missing value repeats the previous one: mermaid has no gaps), the last point (this run) is
 * marked by a bar — none when this run has no value (not observed: the title says so instead of
 * marking a repeated one) — and each `extra` series (the trend limit) is another line.
 */
export function mermaidSeriesChart(
  title: string,
  labels: readonly string[],
  values: ReadonlyArray<number | null>,
  extra: ReadonlyArray<{ name: string; values: readonly number[] }>
): string {
  let previous = values.find((v): v is number => v !== null) ?? 0
  const filled = values.map(v => (v === null ? previous : (previous = v)))
  const all = [...filled, ...extra.flatMap(e => e.values)].filter(Number.isFinite)
  const top = Math.max(...all, 0)
  const bottom = Math.min(...all, 0)
  const fmt = (n: number): string => String(Number(n.toPrecision(6)))
  const thisRunMissing = values.length > 0 && values[values.length - 1] === null
  const marker = filled.map((v, i) => (i === filled.length - 1 && !thisRunMissing ? v : 0))
  const heading = thisRunMissing ? `${title}, this run not sampled` : title
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${label(heading)}"`,
    `    x-axis [${labels.map(l => `"${label(l)}"`).join(', ')}]`,
    `    y-axis "${label(title)}" ${fmt(bottom)} --> ${fmt(top === bottom ? top + 1 : top * 1.1)}`,
    `    bar [${marker.map(fmt).join(', ')}]`,
    `    line [${filled.map(fmt).join(', ')}]`,
    ...extra.map(e => `    line [${e.values.map(fmt).join(', ')}]`),
    '```'
  ].join('\n')
}

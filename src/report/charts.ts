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

import { DEFAULT_REGRESSION_METRICS, REGRESSION_SLACK } from '../gates/baseline.js'
import type { RunnerFingerprint } from '../gates/fingerprint.js'
import type { GateSpec } from '../gates/parse.js'
import { median } from '../gates/stats.js'
import { formatNumber } from '../gates/units.js'
import type { GateResult, MetricName } from '../model.js'
import { observedValue, type HistoryRecord } from './record.js'

/**
 * Trend regressions (docs/history.md, "How a trend regression is decided"). A metric regresses
 * when this run is worse than the rolling median of the last N trend runs by more than
 *
 *     margin = max(k × 1.4826 × MAD, threshold% × |median|, slack)
 *
 * The median and the MAD (median absolute deviation) ignore a few outliers in the window, so one
 * slow run on a busy runner neither hides nor fakes a regression later. 1.4826 × MAD estimates the
 * standard deviation of normal noise; k (trend-noise-factor, default 4) noise widths keep a noisy
 * metric quiet, and the threshold (trend-threshold, default 5 %) is the floor for quiet ones,
 * where the MAD can be near zero. The slack is the absolute floor the baseline gate uses too
 * (0.02 s → 0.04 s is +100 % and pure noise). Measured on synthetic series
 * (__tests__/history/trend.test.ts): at run-to-run noise of 1 % (CV) no false alarm in 20,000
 * checks and every 10 % step caught on its first run; docs/history.md has the rates at 1.5–3 %.
 */

/** Trend-branch runs needed before a trend gate is checked (a MAD of 4 values is no estimate). */
export const TREND_MIN_RUNS = 5
/** Scales a MAD to the standard deviation of normally distributed noise. */
export const MAD_TO_SIGMA = 1.4826

export interface TrendOptions {
  /** Runs in the rolling window (settings.trendWindow). */
  window: number
  /** k: noise widths allowed above the median (settings.trendNoiseFactor). */
  noiseFactor: number
  /** Percent allowed above the median whatever the noise (settings.trendThreshold). */
  thresholdPct: number
}

/** The limit of one metric from its window. */
export interface TrendLimit {
  median: number
  /** 1.4826 × MAD of the window. */
  noise: number
  limit: number
  /** Which term set the margin. */
  by: 'noise' | 'threshold' | 'slack'
}

/** The limit a value must stay at or under, from the window's values (oldest first). */
export function trendLimit(values: readonly number[], opts: TrendOptions, slack = 0): TrendLimit {
  const med = median(values)
  const noise = MAD_TO_SIGMA * median(values.map(v => Math.abs(v - med)))
  const terms = {
    noise: opts.noiseFactor * noise,
    threshold: (Math.abs(med) * opts.thresholdPct) / 100,
    slack
  }
  const by = (Object.keys(terms) as Array<keyof typeof terms>).reduce((a, b) =>
    terms[b] > terms[a] ? b : a
  )
  return { median: med, noise, limit: med + terms[by], by }
}

/** Same kind of machine: trends compare runs on comparable hardware only. */
export function sameMachine(a: RunnerFingerprint, b: RunnerFingerprint): boolean {
  return a.os === b.os && a.arch === b.arch && a.cpuModel === b.cpuModel && a.cores === b.cores
}

/**
 * The runs a new run of `category` on `machine` is compared with: the last `window` trend runs
 * of that category on the same kind of machine whose script succeeded, oldest first.
 */
export function trendWindow(
  records: readonly HistoryRecord[],
  category: string,
  machine: RunnerFingerprint,
  window: number
): HistoryRecord[] {
  const out: HistoryRecord[] = []
  for (let i = records.length - 1; i >= 0 && out.length < window; i--) {
    const r = records[i]!
    if (r.category !== category || !r.trend || r.scriptOk !== true || !r.metrics) continue
    if (!sameMachine(r.machine, machine)) continue
    out.push(r)
  }
  return out.reverse()
}

/**
 * Metrics a trend gate watches: the baseline gate's lower-is-better defaults, plus every metric
 * with an upper budget (`<`, `<=`) the user wrote.
 */
export function trendMetrics(specs: readonly GateSpec[]): MetricName[] {
  const gated = specs.filter(s => s.op === '<' || s.op === '<=').map(s => s.metric)
  return [...new Set<MetricName>([...DEFAULT_REGRESSION_METRICS, ...gated])]
}

export interface TrendResult {
  /** One gate per watched metric with a full window. */
  gates: GateResult[]
  /** Runs in the window. */
  runs: number
  /** Why no gate was checked, when none was; or which metrics were not compared, and why. */
  note?: string
}

const pct = (now: number, was: number): string =>
  was === 0 ? '' : ` (${now >= was ? '+' : ''}${(((now - was) / Math.abs(was)) * 100).toFixed(1)}%)`

/**
 * Trend gates of one run: pure, over the loaded history. A metric this run did not observe
 * (null) is not compared (the note says which, and `notObserved` why); a window run that did
 * not observe it (observedValue) is left out of its median and noise.
 */
export function evaluateTrend(
  records: readonly HistoryRecord[],
  current: Readonly<Record<MetricName, number | null>>,
  input: TrendOptions & {
    category: string
    machine: RunnerFingerprint
    metrics: readonly MetricName[]
    /** Why this run's null metrics were not observed (MeasurementInfo.notObserved). */
    notObserved?: string
  }
): TrendResult {
  if (input.window <= 0) return { gates: [], runs: 0 }
  const window = trendWindow(records, input.category, input.machine, input.window)
  if (window.length < TREND_MIN_RUNS)
    return {
      gates: [],
      runs: window.length,
      note: `trend: ${window.length} of ${TREND_MIN_RUNS} comparable trend runs recorded; no trend gate yet`
    }
  const gates: GateResult[] = []
  const notCompared: MetricName[] = []
  for (const metric of input.metrics) {
    const now = current[metric]
    const values = window
      .map(r => observedValue(r, metric))
      .filter((v): v is number => v !== undefined)
    if (now === null) {
      if (values.length >= TREND_MIN_RUNS) notCompared.push(metric)
      continue
    }
    if (!Number.isFinite(now) || values.length < TREND_MIN_RUNS) continue
    const t = trendLimit(values, input, REGRESSION_SLACK[metric] ?? 0)
    const passed = now <= t.limit
    const f = (v: number): string => formatNumber(metric, v)
    const why =
      t.by === 'noise'
        ? `${input.noiseFactor} × noise ${f(t.noise)}`
        : t.by === 'threshold'
          ? `${input.thresholdPct}%`
          : `slack ${f(REGRESSION_SLACK[metric] ?? 0)}`
    gates.push({
      gate: `trend: ${metric}`,
      kind: 'trend',
      metric,
      op: '<=',
      limit: t.limit,
      actual: now,
      baseline: t.median,
      passed,
      message: `${metric} ${f(now)}${pct(now, t.median)} against the rolling median ${f(t.median)} of the last ${values.length} runs (limit ${f(t.limit)}: ${why})`
    })
  }
  return {
    gates,
    runs: window.length,
    ...(notCompared.length > 0
      ? {
          note: `trend: ${notCompared.join(', ')} not compared: ${input.notObserved ?? 'not observed'}`
        }
      : {})
  }
}

import { METRIC_NAMES, type MetricName, type MetricValues } from '../model.js'

/** Summary statistics of one metric over the measured runs (`repeat`). */
export interface MetricStatistics {
  /** Number of runs. */
  n: number
  mean: number
  median: number
  /** Sample standard deviation (n − 1); 0 for a single run. */
  stddev: number
  min: number
  max: number
  /** Median absolute deviation from the median (unscaled). */
  mad: number
  /** Coefficient of variation, stddev / mean, as a fraction (0.05 = 5%); 0 when mean is 0. */
  cv: number
}

/** Statistics of every metric observed in at least one run, keyed by metric name. */
export type RunStatistics = Partial<Record<MetricName, MetricStatistics>>

/** A metric as a number: `success` counts as 1/0 (model.ts); null when it was not observed. */
export function metricNumber(values: MetricValues, metric: MetricName): number | null {
  const v = values[metric]
  return typeof v === 'boolean' ? (v ? 1 : 0) : v
}

/** The values of the runs that observed the metric. */
function observed(runs: readonly MetricValues[], metric: MetricName): number[] {
  return runs.map(r => metricNumber(r, metric)).filter((v): v is number => v !== null)
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Mean, median, stddev (n − 1), min, max, MAD and CV of a non-empty list. */
export function summarize(values: readonly number[]): MetricStatistics {
  const n = values.length
  if (n === 0) throw new Error('summarize needs at least one value')
  const mean = values.reduce((s, v) => s + v, 0) / n
  const med = median(values)
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0
  const stddev = Math.sqrt(variance)
  return {
    n,
    mean,
    median: med,
    stddev,
    min: Math.min(...values),
    max: Math.max(...values),
    mad: median(values.map(v => Math.abs(v - med))),
    cv: mean === 0 ? 0 : stddev / Math.abs(mean)
  }
}

/**
 * Statistics of every metric over the runs that observed it (at least one run); a metric no run
 * observed has none, and `n` says how many runs a metric's statistics rest on.
 */
export function computeStatistics(runs: readonly MetricValues[]): RunStatistics {
  if (runs.length === 0) throw new Error('computeStatistics needs at least one run')
  const out: RunStatistics = {}
  for (const metric of METRIC_NAMES) {
    const values = observed(runs, metric)
    if (values.length > 0) out[metric] = summarize(values)
  }
  return out
}

/** How the value a gate sees was obtained from the runs. */
export type AggregateBasis = 'single' | 'median' | 'worst'

/** The one number per metric that gates compare, and how it was chosen. */
export interface AggregatedMetrics {
  /** null: no run observed the metric (MeasurementInfo.notObserved); gates skip it. */
  values: Record<MetricName, number | null>
  basis: Record<MetricName, AggregateBasis>
  /** Number of measured runs. */
  runs: number
}

/**
 * The value per metric that gates see. With one run, that run. With several (`repeat` > 1),
 * the MEDIAN, which is robust to one noisy run — except for
 * `exit_code` and `success`: those take the WORST run (the exit code furthest from 0, and the
 * minimum of success), because a flaky script that fails one run in five must not pass by
 * median. A metric some runs did not observe takes the median of those that did; none: null.
 */
export function aggregateRuns(runs: readonly MetricValues[]): AggregatedMetrics {
  if (runs.length === 0) throw new Error('aggregateRuns needs at least one run')
  const values = {} as Record<MetricName, number | null>
  const basis = {} as Record<MetricName, AggregateBasis>
  for (const metric of METRIC_NAMES) {
    const all = observed(runs, metric)
    if (all.length === 0) {
      values[metric] = null
      basis[metric] = 'single'
    } else if (all.length === 1) {
      values[metric] = all[0]!
      basis[metric] = 'single'
    } else if (metric === 'exit_code') {
      // Worst = furthest from 0, sign kept (a negative code from a signal is a failure too).
      values[metric] = all.reduce((w, v) => (Math.abs(v) > Math.abs(w) ? v : w), 0)
      basis[metric] = 'worst'
    } else if (metric === 'success') {
      values[metric] = Math.min(...all)
      basis[metric] = 'worst'
    } else {
      values[metric] = median(all)
      basis[metric] = 'median'
    }
  }
  return { values, basis, runs: runs.length }
}

/**
 * Values stored before runguard said "not observed": a script that ended before the first
 * sample had 0 for every metric only sampling observes (model.ts SAMPLED_ONLY_METRICS). Such a
 * run is recognised by `num_threads` 0, since a sampled process always has a thread.
 */
export function isLegacyUnsampled(
  values: Readonly<Partial<Record<MetricName, number | null>>>
): boolean {
  return values.num_threads === 0
}

import { readFile } from 'node:fs/promises'
import { ConfigurationError, errorMessage } from '../errors.js'
import { METRIC_NAMES, type GateResult, type MetricName } from '../model.js'
import { writeTextFile } from '../util/write-file.js'
import { fingerprintDifferences, type RunnerFingerprint } from './fingerprint.js'
import type { BaselineData } from './metrics-file.js'
import { closest, isMetricName } from './parse.js'
import { formatNumber } from './units.js'

/**
 * Metrics checked against a baseline by default: all lower-is-better, all meaningful for a
 * script. cpu_max/cpu_min, minor faults and context switches are left out: they swing with
 * scheduler noise on shared runners and rarely mean a regression.
 * Any metric named in `regressionThresholds` is checked too.
 */
export const DEFAULT_REGRESSION_METRICS: readonly MetricName[] = [
  'execution_time_seconds',
  'user_time_seconds',
  'system_time_seconds',
  'cpu_avg',
  'memory_max_mb',
  'memory_avg_mb',
  'num_threads',
  'num_fds',
  'stdout_size_bytes',
  'stderr_size_bytes',
  'page_faults_major',
  'block_io_read_bytes',
  'block_io_write_bytes'
]

/**
 * Absolute slack per metric, in the metric's unit: a change smaller than this never fails,
 * however large in percent (0.02 s → 0.04 s is +100% and pure noise). Unlisted metrics: 0.
 */
export const REGRESSION_SLACK: Readonly<Partial<Record<MetricName, number>>> = {
  execution_time_seconds: 0.05,
  user_time_seconds: 0.05,
  system_time_seconds: 0.05,
  cpu_avg: 5, // percentage points
  cpu_max: 5,
  cpu_min: 5,
  memory_max_mb: 5,
  memory_avg_mb: 5,
  memory_min_mb: 5,
  num_threads: 2,
  num_fds: 2,
  stdout_size_bytes: 1024,
  stderr_size_bytes: 1024,
  stdout_lines: 10,
  stderr_lines: 10,
  page_faults_major: 10,
  page_faults_minor: 1000,
  voluntary_context_switches: 100,
  involuntary_context_switches: 100,
  block_io_read_bytes: 1024 * 1024,
  block_io_write_bytes: 1024 * 1024
}

/** Metrics that cannot be compared as "lower is better". */
const NOT_REGRESSION_METRICS: readonly MetricName[] = ['exit_code', 'success']

export interface RegressionOptions {
  /** Percent a metric may grow over its baseline (settings.regressionThreshold). */
  threshold: number
  /** Per-metric percent overrides (settings.regressionThresholds); their metrics are checked too. */
  thresholds?: Readonly<Partial<Record<string, number>>>
}

/**
 * Checks `regressionThresholds` keys: an unknown or non-comparable metric is a configuration
 * error (never silently ignored).
 */
export function validateRegressionThresholds(
  thresholds: Readonly<Partial<Record<string, number>>>
): void {
  for (const key of Object.keys(thresholds)) {
    if (!isMetricName(key)) {
      const hint = closest(key, METRIC_NAMES)
      throw new ConfigurationError(
        `regression-thresholds names unknown metric '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}; use one of ${DEFAULT_REGRESSION_METRICS.join(', ')}`,
        { field: 'regressionThresholds', value: key }
      )
    }
    if (NOT_REGRESSION_METRICS.includes(key)) {
      throw new ConfigurationError(
        `regression-thresholds cannot apply to '${key}' (it is not lower-is-better); gate it with e.g. '${key === 'success' ? 'success==true' : 'exit_code==0'}' instead`,
        { field: 'regressionThresholds', value: key }
      )
    }
  }
}

const signedPercent = (p: number): string =>
  Number.isFinite(p) ? `${p >= 0 ? '+' : ''}${p.toFixed(1)}%` : '+inf%'

/** The metrics a regression check compares: the defaults plus those with their own threshold. */
export function regressionMetrics(options: RegressionOptions): MetricName[] {
  const overrides = options.thresholds ?? {}
  return [
    ...DEFAULT_REGRESSION_METRICS,
    ...Object.keys(overrides).filter(
      (m): m is MetricName => isMetricName(m) && !DEFAULT_REGRESSION_METRICS.includes(m)
    )
  ]
}

/**
 * Regression gates: current (median over repeats) against baseline (its median when it had
 * several runs). A metric fails only when it grew by more than its threshold percent AND by
 * more than its absolute slack, i.e. `actual > max(baseline × (1 + t/100), baseline + slack)`;
 * that effective limit is the GateResult's `limit`. A baseline of 0 therefore fails only when
 * the current value exceeds the slack. Metrics missing on either side, or not observed in this
 * run (null), are skipped (notComparedWithBaseline names the latter).
 */
export function evaluateRegressions(
  current: Readonly<Record<MetricName, number | null>>,
  baseline: Readonly<Partial<Record<MetricName, number | null>>>,
  options: RegressionOptions
): GateResult[] {
  const overrides = options.thresholds ?? {}
  validateRegressionThresholds(overrides)
  const out: GateResult[] = []
  for (const metric of regressionMetrics(options)) {
    const was = baseline[metric]
    const now = current[metric]
    if (was === undefined || was === null || now === null) continue
    if (!Number.isFinite(was) || !Number.isFinite(now)) continue
    const thresholdPct = overrides[metric] ?? options.threshold
    const slack = REGRESSION_SLACK[metric] ?? 0
    const limit = Math.max(was * (1 + thresholdPct / 100), was + slack)
    const passed = now <= limit
    const change = was === 0 ? (now === 0 ? 0 : Infinity) : ((now - was) / Math.abs(was)) * 100
    const slackNote =
      passed && now > was * (1 + thresholdPct / 100)
        ? `, within slack ${formatNumber(metric, slack)}`
        : ''
    out.push({
      gate: `regression: ${metric}`,
      kind: 'regression',
      metric,
      op: '<=',
      limit,
      actual: now,
      baseline: was,
      passed,
      message: `${metric} was ${formatNumber(metric, was)}, now ${formatNumber(metric, now)} (${signedPercent(change)}, limit ${thresholdPct}%${slackNote})`
    })
  }
  return out
}

/**
 * The regression metrics the baseline has but this run did not observe (null): skipped, and
 * said so in one warning rather than compared as 0.
 */
export function notComparedWithBaseline(
  current: Readonly<Record<MetricName, number | null>>,
  baseline: Readonly<Partial<Record<MetricName, number | null>>>,
  options: RegressionOptions,
  why: string
): string[] {
  const skipped = regressionMetrics(options).filter(
    m => current[m] === null && typeof baseline[m] === 'number'
  )
  return skipped.length === 0
    ? []
    : [`${skipped.join(', ')} not compared with the baseline: ${why}`]
}

/** A loaded baseline, or the note that there is none yet. */
export type BaselineLoad =
  | { status: 'loaded'; baseline: BaselineData; warnings: string[] }
  | { status: 'missing'; warnings: string[] }

/**
 * Loads the `baseline` file. A missing file is the normal first run: a warning, never a
 * failure. Anything else unreadable or not a metrics JSON is a
 * ConfigurationError. A baseline from another kind of machine is a warning.
 */
export async function loadBaseline(
  path: string,
  current?: RunnerFingerprint
): Promise<BaselineLoad> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return {
        status: 'missing',
        warnings: [`no baseline yet at ${path}; run with save-baseline to record one`]
      }
    }
    throw new ConfigurationError(`cannot read baseline ${path}: ${errorMessage(error)}`, {
      field: 'baseline',
      value: path
    })
  }
  // The metrics JSON validator (ajv) loads only when there is a baseline to check: every
  // `run` evaluates its gates through this module.
  const { parseMetricsJson } = await import('./metrics-file.js')
  const baseline = parseMetricsJson(text, path)
  return { status: 'loaded', baseline, warnings: baselineWarnings(baseline, current) }
}

/** Warnings about comparing against this baseline (machine differences, unknown machine). */
export function baselineWarnings(baseline: BaselineData, current?: RunnerFingerprint): string[] {
  if (!current) return []
  if (!baseline.fingerprint) {
    return [
      `baseline ${baseline.path} records no runner fingerprint; regressions may reflect a different machine`
    ]
  }
  const diffs = fingerprintDifferences(baseline.fingerprint, current)
  return diffs.length === 0
    ? []
    : [
        `baseline ${baseline.path} was recorded on a different runner (${diffs.join('; ')}); regression results may be noise`
      ]
}

/** Writes the metrics JSON text (formatMetricsJson) as the next baseline, creating parent dirs. */
export async function saveBaseline(
  path: string,
  metricsJsonText: string,
  root?: string
): Promise<void> {
  await writeTextFile(path, metricsJsonText, root)
}

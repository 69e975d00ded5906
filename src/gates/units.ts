import type { MetricName } from '../model.js'

/** How a metric that was not observed (null) is shown; the measurement's notes say why. */
export const NOT_OBSERVED_LABEL = 'not sampled'

/** The unit of each metric, as written into the metrics JSON and used for display. */
export type MetricUnit = 's' | '%' | 'MiB' | 'bytes' | 'count' | 'code' | 'bool'

/**
 * Units of every metric. The memory metrics are resident set size in MiB (KiB from the kernel
 * / 1024); their names keep Python Script Runner's `_mb` suffix so gates and baselines written
 * for it still work, but every label says MiB.
 */
export const METRIC_UNITS: Readonly<Record<MetricName, MetricUnit>> = {
  execution_time_seconds: 's',
  exit_code: 'code',
  success: 'bool',
  cpu_max: '%',
  cpu_avg: '%',
  cpu_min: '%',
  memory_max_mb: 'MiB',
  memory_avg_mb: 'MiB',
  memory_min_mb: 'MiB',
  user_time_seconds: 's',
  system_time_seconds: 's',
  num_threads: 'count',
  num_fds: 'count',
  page_faults_minor: 'count',
  page_faults_major: 'count',
  voluntary_context_switches: 'count',
  involuntary_context_switches: 'count',
  block_io_read_bytes: 'bytes',
  block_io_write_bytes: 'bytes',
  stdout_lines: 'count',
  stderr_lines: 'count',
  stdout_size_bytes: 'bytes',
  stderr_size_bytes: 'bytes'
}

/**
 * A plain number in the metric's natural precision, without unit (regression messages:
 * "memory_max_mb was 120.0, now 150.0"). Medians of integer metrics can be x.5, so counts keep
 * one decimal only when they need it.
 */
export function formatNumber(metric: MetricName, value: number | null): string {
  if (value === null) return NOT_OBSERVED_LABEL
  if (!Number.isFinite(value)) return String(value)
  switch (METRIC_UNITS[metric]) {
    case 's':
      return value.toFixed(3)
    case '%':
    case 'MiB':
      return value.toFixed(1)
    case 'bool':
      return value >= 1 ? 'true' : 'false'
    default:
      return Number.isInteger(value) ? String(value) : value.toFixed(1)
  }
}

/** A value with a human-readable unit: `1.50 s`, `95.2%`, `512.0 MiB`, `3`. */
export function formatValue(metric: MetricName, value: number | null): string {
  if (value === null) return NOT_OBSERVED_LABEL
  if (!Number.isFinite(value)) return String(value)
  switch (METRIC_UNITS[metric]) {
    case 's':
      return `${value.toFixed(value < 10 ? 3 : 2)} s`
    case '%':
      return `${value.toFixed(1)}%`
    case 'MiB':
      return `${value.toFixed(1)} MiB`
    case 'bytes':
      return formatBytes(value)
    case 'bool':
      return value >= 1 ? 'true' : 'false'
    default:
      return formatNumber(metric, value)
  }
}

/** Binary units, one decimal: `512 B`, `1.5 KiB`, `12.0 MiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = bytes
  let i = 0
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return i === 0 ? `${Math.round(v)} B` : `${v.toFixed(1)} ${units[i]}`
}

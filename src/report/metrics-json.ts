import { METRIC_NAMES, type GateResult, type MetricValues, type Metrics } from '../model.js'
import type { RunnerFingerprint } from '../gates/fingerprint.js'
import type { MetricsJson } from '../gates/metrics-file.js'
import { computeStatistics } from '../gates/stats.js'
import { METRIC_UNITS } from '../gates/units.js'

/** Writes the metrics JSON (`metricsFile`, `saveBaseline`); its format is gates/metrics-file.ts. */

export interface MetricsJsonInput {
  /** Every attempt of the reported run, oldest first; the last is the reported one. */
  attempts: readonly Metrics[]
  /** Measured runs (repeat); defaults to the reported attempt alone. */
  runs?: readonly Metrics[]
  gates: readonly GateResult[]
  fingerprint: RunnerFingerprint
  runguardVersion: string
  /** Injected for reproducible output; defaults to now. */
  generatedAt?: string
}

/** Builds the metrics JSON object (pure). */
export function buildMetricsJson(input: MetricsJsonInput): MetricsJson {
  const reported = input.attempts.at(-1)
  if (!reported) throw new Error('buildMetricsJson needs at least one attempt')
  const runs = input.runs && input.runs.length > 0 ? input.runs : [reported]
  const seed = Object.fromEntries(METRIC_NAMES.map(m => [m, reported[m]])) as MetricValues
  return {
    schemaVersion: 2,
    runguardVersion: input.runguardVersion,
    generatedAt: input.generatedAt ?? new Date().toISOString(),
    ...seed,
    attempt: reported.attempt,
    startedAt: reported.startedAt,
    timedOut: reported.timedOut,
    ...(reported.cancelled ? { cancelled: true } : {}),
    ...(reported.signal === undefined ? {} : { signal: reported.signal }),
    attempts: [...input.attempts],
    runs: runs.map(({ samples: _samples, ...rest }) => rest),
    statistics: computeStatistics(runs),
    gates: [...input.gates],
    measurement: reported.measurement,
    fingerprint: input.fingerprint,
    units: { ...METRIC_UNITS }
  }
}

/** The metrics JSON as text (2-space indented, trailing newline). */
export function formatMetricsJson(input: MetricsJsonInput): string {
  return `${JSON.stringify(buildMetricsJson(input), null, 2)}\n`
}

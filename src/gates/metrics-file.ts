import { Ajv, type ValidateFunction } from 'ajv'
import { ConfigurationError, errorMessage } from '../errors.js'
import {
  METRIC_NAMES,
  SAMPLED_ONLY_METRICS,
  type GateResult,
  type MeasurementInfo,
  type MetricName,
  type MetricValues,
  type Metrics
} from '../model.js'
import { isObject } from '../util/json.js'
import type { RunnerFingerprint } from './fingerprint.js'
import { METRICS_JSON_SCHEMA } from './metrics-schema.js'
import { isLegacyUnsampled, type RunStatistics } from './stats.js'
import type { MetricUnit } from './units.js'

/**
 * The metrics JSON file format, and reading it back as a baseline. The writer
 * (report/metrics-json.ts) builds this shape; the regression gates read it, so the format lives
 * here, below both.
 */

/** A measured run as stored in `runs[]`: the samples live in `attempts[]` only. */
export type StoredRun = Omit<Metrics, 'samples'>

/**
 * The metrics JSON (`metricsFile`, `saveBaseline`). The seed (Python Script Runner) metric
 * names sit at the top level for the reported (last) attempt, so old consumers keep working.
 */
export type MetricsJson = MetricValues & {
  /** Bumped when a field is removed or retyped (2: unobserved metrics are null). */
  schemaVersion: 1 | 2
  runguardVersion: string
  /** ISO timestamp of writing. */
  generatedAt: string
  /** Number of the reported (last) attempt. */
  attempt: number
  startedAt: string
  timedOut: boolean
  /** Present (true) when the run was cancelled while the reported attempt ran. */
  cancelled?: boolean
  signal?: string
  /** Every attempt (retries), with samples. */
  attempts: Metrics[]
  /** Measured runs (`repeat`), without samples. */
  runs: StoredRun[]
  /** Per metric over runs[]; gates use the median when there is more than one run. */
  statistics: RunStatistics
  gates: GateResult[]
  measurement: MeasurementInfo
  fingerprint: RunnerFingerprint
  /** Unit of each metric. */
  units: Record<MetricName, MetricUnit>
}

/** What a baseline file gives the regression gates. */
export interface BaselineData {
  path: string
  /** `runguard` (schemaVersion 1) or `flat` (Python Script Runner: seed names at top level). */
  format: 'runguard' | 'flat'
  /**
   * Per metric: the median over runs when the baseline had several, else the single value;
   * a metric the baseline did not observe is absent.
   */
  values: Partial<Record<MetricName, number>>
  /** Measured runs behind `values` (1 for a flat file). */
  runCount: number
  fingerprint?: Partial<RunnerFingerprint>
  generatedAt?: string
}

let validator: ValidateFunction | undefined
/** Compiled once; ajv compilation is the slow part. */
export function metricsJsonValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true })
    // Only date-time is used; a tiny check avoids the ajv-formats CJS default-import dance.
    ajv.addFormat('date-time', s => !Number.isNaN(Date.parse(s)))
    validator = ajv.compile(METRICS_JSON_SCHEMA)
  }
  return validator
}

function numericSeedValues(obj: Record<string, unknown>): Partial<Record<MetricName, number>> {
  const out: Partial<Record<MetricName, number>> = {}
  for (const m of METRIC_NAMES) {
    const v = obj[m]
    if (typeof v === 'number' && Number.isFinite(v)) out[m] = v
    else if (typeof v === 'boolean') out[m] = v ? 1 : 0
  }
  return out
}

/**
 * Before version 2, a script that ended before the first sample stored 0 for the metrics only
 * sampling observes; `num_threads` 0 marks such a file (a sampled process always has a thread),
 * and those zeros are dropped rather than compared as measurements.
 */
function withoutLegacyUnsampled(
  values: Partial<Record<MetricName, number>>
): Partial<Record<MetricName, number>> {
  if (!isLegacyUnsampled(values)) return values
  const out = { ...values }
  for (const m of SAMPLED_ONLY_METRICS) delete out[m]
  return out
}

/**
 * Parses a baseline: runguard's metrics JSON (validated against the schema) or a Python
 * Script Runner-style flat JSON (seed names at the top level, or under `metrics`).
 * Throws ConfigurationError naming the path and the reason.
 */
export function parseMetricsJson(text: string, path: string): BaselineData {
  const fail = (reason: string): never => {
    throw new ConfigurationError(
      `baseline ${path} is not a runguard metrics JSON: ${reason}. Point 'baseline' at a file written by 'save-baseline' (or metrics-file), or delete it to record a new one.`,
      { field: 'baseline', value: path }
    )
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    return fail(`invalid JSON (${errorMessage(error)})`)
  }
  if (!isObject(doc)) return fail('the top level is not an object')

  if ('schemaVersion' in doc) {
    if (doc.schemaVersion !== 1 && doc.schemaVersion !== 2)
      return fail(
        `schemaVersion ${JSON.stringify(doc.schemaVersion)} is not supported (expected 1 or 2)`
      )
    const validate = metricsJsonValidator()
    if (!validate(doc)) {
      const first = (validate.errors ?? [])
        .slice(0, 3)
        .map(e => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
      return fail(first.join('; '))
    }
    const json = doc as unknown as MetricsJson
    const values: Partial<Record<MetricName, number>> =
      json.runs.length > 1
        ? Object.fromEntries(
            Object.entries(json.statistics).map(([m, s]) => [m, s.median] as const)
          )
        : withoutLegacyUnsampled(numericSeedValues(doc))
    return {
      path,
      format: 'runguard',
      values,
      runCount: json.runs.length,
      fingerprint: json.fingerprint,
      generatedAt: json.generatedAt
    }
  }

  // Python Script Runner wrote the metrics dict flat, or nested under `metrics`.
  const flat = isObject(doc.metrics) ? doc.metrics : doc
  const values = numericSeedValues(flat)
  if (Object.keys(values).length === 0)
    return fail(
      `no known metric at the top level (expected e.g. ${METRIC_NAMES.slice(0, 3).join(', ')})`
    )
  return { path, format: 'flat', values, runCount: 1 }
}

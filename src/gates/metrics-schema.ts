import { ALWAYS_MEASURED, METRIC_NAMES, type MetricName } from '../model.js'
import { METRIC_UNITS } from './units.js'

/**
 * JSON Schema (draft-07, validated with ajv) of the metrics JSON that runguard writes
 * (`metricsFile`, `saveBaseline`) and reads back as a baseline. Version 2; version 1 files are
 * still read. New optional fields may be added without a version bump; removing or retyping a
 * field bumps `schemaVersion`. Version 2 retyped the metrics that can go unobserved to
 * `number | null` (null: not observed, `measurement.notObserved` says why; never 0).
 * Kept as a TS object (not a .json file) so ncc bundles it without JSON-import flags.
 */

const metricValueProps = Object.fromEntries(
  METRIC_NAMES.map(m => [
    m,
    m === 'success'
      ? { type: 'boolean', description: 'exit code 0 and not timed out' }
      : (ALWAYS_MEASURED as readonly MetricName[]).includes(m)
        ? { type: 'number', description: `unit: ${METRIC_UNITS[m]}` }
        : {
            type: ['number', 'null'],
            description: `unit: ${METRIC_UNITS[m]}; null: not observed (measurement.notObserved)`
          }
  ])
)

const statisticsBlock = {
  type: 'object',
  required: ['n', 'mean', 'median', 'stddev', 'min', 'max', 'mad', 'cv'],
  additionalProperties: false,
  properties: {
    n: { type: 'integer', minimum: 1 },
    mean: { type: 'number' },
    median: { type: 'number' },
    stddev: { type: 'number', description: 'sample standard deviation (n - 1)' },
    min: { type: 'number' },
    max: { type: 'number' },
    mad: { type: 'number', description: 'median absolute deviation, unscaled' },
    cv: { type: 'number', description: 'stddev / mean as a fraction' }
  }
} as const

export const METRICS_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://runguard.dev/schemas/metrics-v1.json',
  title: 'runguard metrics',
  type: 'object',
  required: [
    'schemaVersion',
    'runguardVersion',
    'generatedAt',
    ...METRIC_NAMES,
    'attempt',
    'timedOut',
    'attempts',
    'runs',
    'statistics',
    'gates',
    'measurement',
    'fingerprint',
    'units'
  ],
  properties: {
    schemaVersion: { enum: [1, 2] },
    runguardVersion: { type: 'string' },
    generatedAt: { type: 'string', format: 'date-time' },
    ...metricValueProps,
    attempt: { type: 'integer', minimum: 1, description: 'the reported (last) attempt' },
    startedAt: { type: 'string' },
    timedOut: { type: 'boolean' },
    cancelled: { type: 'boolean', description: 'the run was cancelled while this attempt ran' },
    signal: { type: 'string' },
    attempts: { type: 'array', minItems: 1, items: { $ref: '#/definitions/metrics' } },
    runs: {
      type: 'array',
      minItems: 1,
      description: 'measured runs (repeat); samples are kept in attempts[] only',
      items: { $ref: '#/definitions/metrics' }
    },
    statistics: {
      type: 'object',
      description: 'per metric over runs[]; gates use the median when runs > 1',
      propertyNames: { enum: [...METRIC_NAMES] },
      additionalProperties: statisticsBlock
    },
    gates: { type: 'array', items: { $ref: '#/definitions/gate' } },
    measurement: { $ref: '#/definitions/measurement' },
    fingerprint: {
      type: 'object',
      required: ['os', 'arch', 'cpuModel', 'cores', 'node'],
      properties: {
        os: { type: 'string' },
        osRelease: { type: 'string' },
        arch: { type: 'string' },
        cpuModel: { type: 'string' },
        cores: { type: 'integer', minimum: 0 },
        node: { type: 'string' },
        python: { type: 'string' }
      }
    },
    units: {
      type: 'object',
      propertyNames: { enum: [...METRIC_NAMES] },
      // 'MB': what earlier builds wrote for the memory metrics (the same MiB values), so their
      // metrics files still load as baselines.
      additionalProperties: { enum: ['s', '%', 'MiB', 'MB', 'bytes', 'count', 'code', 'bool'] }
    }
  },
  definitions: {
    measurement: {
      type: 'object',
      required: ['method', 'samplingIntervalMs', 'platform', 'notes'],
      properties: {
        method: { type: 'string' },
        samplingIntervalMs: { type: 'number' },
        platform: { type: 'string' },
        notes: { type: 'array', items: { type: 'string' } },
        notObserved: { type: 'string', description: 'why the null metrics were not observed' }
      }
    },
    metrics: {
      type: 'object',
      required: [...METRIC_NAMES, 'attempt', 'timedOut'],
      properties: {
        ...metricValueProps,
        attempt: { type: 'integer', minimum: 1 },
        startedAt: { type: 'string' },
        timedOut: { type: 'boolean' },
        cancelled: { type: 'boolean' },
        signal: { type: 'string' },
        samples: {
          type: 'array',
          items: {
            type: 'object',
            required: ['t', 'cpu', 'rssMb', 'processes'],
            properties: {
              t: { type: 'number' },
              cpu: { type: 'number' },
              rssMb: { type: 'number' },
              processes: { type: 'number' }
            }
          }
        },
        measurement: { $ref: '#/definitions/measurement' }
      }
    },
    gate: {
      type: 'object',
      required: ['gate', 'kind', 'metric', 'op', 'limit', 'actual', 'passed', 'message'],
      properties: {
        gate: { type: 'string' },
        kind: { enum: ['budget', 'regression', 'trend'] },
        metric: { enum: [...METRIC_NAMES] },
        op: { enum: ['<=', '<', '>=', '>', '==', '!='] },
        limit: { type: 'number' },
        actual: { type: 'number' },
        baseline: { type: 'number' },
        passed: { type: 'boolean' },
        message: { type: 'string' }
      }
    }
  }
} as const

import type { GateResult, Metrics, UncheckedGate } from '../model.js'
import {
  evaluateRegressions,
  notComparedWithBaseline,
  validateRegressionThresholds
} from './baseline.js'
import {
  evaluateBudgetGates,
  uncheckedBudgets,
  uncheckedWarning,
  withImplicitGates
} from './budget.js'
import type { BaselineData } from './metrics-file.js'
import type { GateSpec } from './parse.js'
import {
  aggregateRuns,
  computeStatistics,
  type AggregatedMetrics,
  type RunStatistics
} from './stats.js'

export interface PerformanceInput {
  /** settings.gates */
  specs: readonly GateSpec[]
  /** The measured runs (settings.repeat); with repeat 1, the reported attempt alone. */
  runs: readonly Metrics[]
  /** From loadBaseline, when one was found. */
  baseline?: BaselineData
  /** settings.regressionThreshold */
  regressionThreshold: number
  /** settings.regressionThresholds */
  regressionThresholds?: Readonly<Partial<Record<string, number>>>
  /** Add `exit_code == 0` when no exit gate exists (withImplicitGates); default true. */
  implicitGates?: boolean
}

export interface PerformanceOutcome {
  /** Budget gates first (in the order written), then regression gates. */
  gates: GateResult[]
  /** The values the gates compared (median / worst over runs); null: not observed. */
  aggregate: AggregatedMetrics
  /** Why the null values were not observed; absent when every metric was. */
  notObserved?: string
  /** Budgets not checked because their metric was not observed (also in `warnings`). */
  unchecked: UncheckedGate[]
  statistics: RunStatistics
  /**
   * Gates not checked because their metric was not observed (a script that ended before the
   * first sample), and failed regressions on metrics so noisy the failure may be noise.
   */
  warnings: string[]
}

/**
 * All performance gates of one run, pure: budgets on the aggregated runs (median when
 * repeat > 1; worst run for exit_code/success) and regressions against the baseline's median.
 */
export function evaluatePerformance(input: PerformanceInput): PerformanceOutcome {
  // Checked even without a baseline: a typo must not wait for the second run to surface.
  validateRegressionThresholds(input.regressionThresholds ?? {})
  const aggregate = aggregateRuns(input.runs)
  const specs = input.implicitGates === false ? [...input.specs] : withImplicitGates(input.specs)
  const gates = evaluateBudgetGates(specs, aggregate)
  const why = notObservedReason(input.runs)
  const unchecked = uncheckedBudgets(specs, aggregate, why)
  const skipped: string[] = []
  if (input.baseline) {
    const options = {
      threshold: input.regressionThreshold,
      thresholds: input.regressionThresholds ?? {}
    }
    gates.push(...evaluateRegressions(aggregate.values, input.baseline.values, options))
    skipped.push(...notComparedWithBaseline(aggregate.values, input.baseline.values, options, why))
  }
  const statistics = computeStatistics(input.runs)
  const anyNull = Object.values(aggregate.values).some(v => v === null)
  return {
    gates,
    aggregate,
    ...(anyNull ? { notObserved: why } : {}),
    statistics,
    unchecked,
    warnings: [
      ...unchecked.map(uncheckedWarning),
      ...skipped,
      ...noiseWarnings(gates, statistics, input)
    ]
  }
}

/** Why the runs' null metrics were not observed (the measurement says; model.ts). */
export function notObservedReason(runs: readonly Metrics[]): string {
  return (
    runs.find(r => r.measurement.notObserved !== undefined)?.measurement.notObserved ??
    'not observed'
  )
}

/**
 * A regression that fails while the metric's own spread between runs (CV) is larger than its
 * threshold is not trustworthy: the change is within the noise ("inconclusive"). It still fails —
 * silently passing would hide real regressions — but the warning says how to firm it up.
 */
function noiseWarnings(
  gates: readonly GateResult[],
  statistics: RunStatistics,
  input: PerformanceInput
): string[] {
  if (input.runs.length < 2) return []
  const out: string[] = []
  for (const g of gates) {
    if (g.kind !== 'regression' || g.passed) continue
    const cvPct = (statistics[g.metric]?.cv ?? 0) * 100
    const threshold = input.regressionThresholds?.[g.metric] ?? input.regressionThreshold
    if (cvPct > threshold) {
      out.push(
        `${g.metric} varies ${cvPct.toFixed(1)}% between runs (CV), more than its ${threshold}% regression threshold; the regression may be noise (raise repeat or the threshold)`
      )
    }
  }
  return out
}

import type { GateOp, GateResult, MetricName, UncheckedGate } from '../model.js'
import type { GateSpec } from './parse.js'
import type { AggregateBasis, AggregatedMetrics } from './stats.js'
import { formatValue } from './units.js'

/** The gate runguard adds when the user wrote none on `exit_code` or `success`. */
export const IMPLICIT_EXIT_GATE: GateSpec = {
  metric: 'exit_code',
  op: '==',
  limit: 0,
  text: 'exit_code == 0',
  implicit: true
}

/**
 * Adds `exit_code == 0` unless a gate on `exit_code` or `success` already exists: a script
 * that crashes must fail the step by default, and a user who expects non-zero exits says so
 * with their own gate (e.g. `exit_code<=1`, or `exit_code>=0` to accept any exit).
 */
export function withImplicitGates(specs: readonly GateSpec[]): GateSpec[] {
  const hasExitGate = specs.some(s => s.metric === 'exit_code' || s.metric === 'success')
  return hasExitGate ? [...specs] : [...specs, IMPLICIT_EXIT_GATE]
}

export function compare(actual: number, op: GateOp, limit: number): boolean {
  switch (op) {
    case '<=':
      return actual <= limit
    case '<':
      return actual < limit
    case '>=':
      return actual >= limit
    case '>':
      return actual > limit
    case '==':
      return actual === limit
    case '!=':
      return actual !== limit
  }
}

/** Shown when a gate sees an aggregate rather than a single run. */
function basisNote(basis: AggregateBasis, runs: number): string {
  if (basis === 'median') return ` (median of ${runs} runs)`
  if (basis === 'worst') return ` (worst of ${runs} runs)`
  return ''
}

/**
 * Evaluates budget gates against the aggregated metrics (median over repeats; worst run for
 * exit_code/success — see aggregateRuns). One GateResult per spec, in order, except for a
 * metric that was not observed (null): that budget is not checked at all, neither passed nor
 * failed, and uncheckedBudgets says so.
 */
export function evaluateBudgetGates(
  specs: readonly GateSpec[],
  metrics: AggregatedMetrics
): GateResult[] {
  return specs.flatMap(spec => {
    const actual = metrics.values[spec.metric]
    if (actual === null) return []
    const passed = compare(actual, spec.op, spec.limit)
    return {
      gate: spec.text,
      kind: 'budget',
      metric: spec.metric,
      op: spec.op,
      limit: spec.limit,
      actual,
      passed,
      message: budgetMessage(
        spec,
        actual,
        passed,
        basisNote(metrics.basis[spec.metric], metrics.runs)
      )
    }
  })
}

/**
 * One warning per budget on a metric that was not observed (`why`: the measurement's
 * notObserved). A warning, not a pass: the user's budget was not checked on this run.
 */
export function uncheckedBudgets(
  specs: readonly GateSpec[],
  metrics: AggregatedMetrics,
  why: string
): UncheckedGate[] {
  return specs
    .filter(spec => metrics.values[spec.metric] === null)
    .map(spec => ({ gate: spec.text, metric: spec.metric, reason: why }))
}

/** The verdict's warning for a budget that was not checked. */
export function uncheckedWarning(u: UncheckedGate): string {
  return `gate '${u.gate}' was not checked (neither passed nor failed): ${u.reason}`
}

function budgetMessage(spec: GateSpec, actual: number, passed: boolean, note: string): string {
  const shown = (m: MetricName, v: number): string => formatValue(m, v)
  const head = `${spec.metric} is ${shown(spec.metric, actual)}${note}`
  const rule = `${spec.op} ${shown(spec.metric, spec.limit)}`
  const implicit = spec.implicit
    ? ' (default gate; add your own exit_code or success gate to change it)'
    : ''
  return passed ? `${head}, within ${rule}` : `${head}; gate requires ${rule}${implicit}`
}

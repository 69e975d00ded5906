import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { compare } from '../gates/budget.js'
import { metricsJsonValidator, parseMetricsJson } from '../gates/metrics-file.js'
import type { GateResult } from '../model.js'

/**
 * `runguard merge` decides from each shard's data, never from what a shard says about itself
 * (SECURITY.md, promise 5). A shard is the directory its report files came in (one artifact per matrix
 * job). A metrics file must match the metrics schema exactly (`"passed": "false"` is an error,
 * not a truthy string); every gate is evaluated again from the shard's measured value, its
 * operator and its limit; a shard whose script failed or timed out fails the merge whatever its
 * gates say; and with `expect`, a shard that never reported fails it too.
 */

/** The shard a report file belongs to: the name of the directory it is in. */
export function shardOf(file: string): string {
  return path.basename(path.dirname(path.resolve(file))) || file
}

/** What one metrics file contributes to the merged verdict. */
export interface ShardMetrics {
  shard: string
  /** Gates recomputed from the data, prefixed with the shard name. */
  gates: GateResult[]
  /** Where a stored `passed` disagreed with the data (the data won). */
  warnings: string[]
}

/** Validates and re-evaluates one shard's metrics JSON; throws ConfigurationError when invalid. */
export function checkShardMetrics(file: string, text: string): ShardMetrics {
  const shard = shardOf(file)
  const json: unknown = JSON.parse(text)
  const validate = metricsJsonValidator()
  if (!validate(json)) {
    const first = (validate.errors ?? [])
      .slice(0, 3)
      .map(e => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    throw new ConfigurationError(
      `${file} is not a valid runguard metrics JSON: ${first.join('; ')}; merge only files runguard wrote, unedited`,
      { field: 'files', value: file }
    )
  }
  const doc = json as {
    gates: GateResult[]
    success: boolean
    timedOut: boolean
    exit_code: number
    signal?: string
  }
  // The values the gates were evaluated on: the median over runs when there were several.
  const values = parseMetricsJson(text, file).values
  const warnings: string[] = []
  const gates = doc.gates.map((g): GateResult => {
    const measured = values[g.metric]
    // runguard writes no budget gate for a metric it did not observe (the run warns instead),
    // so a budget gate with no measured value beside it cannot be checked from the data: the
    // stored actual is the shard's word only, and the gate fails rather than trusting it.
    if (g.kind === 'budget' && measured === undefined) {
      warnings.push(
        `${shard}: gate ${g.gate} was stored as ${g.passed ? 'passed' : 'failed'} with ${g.actual}, but the data hold no measured ${g.metric}; it fails`
      )
      return {
        ...g,
        gate: `${shard}: ${g.gate}`,
        passed: false,
        message: `${shard}: ${g.metric} has no measured value in the data, so ${g.gate} cannot be checked (stored ${g.actual} not trusted)`
      }
    }
    const actual = g.kind === 'budget' && measured !== undefined ? measured : g.actual
    const passed = Number.isFinite(actual) && compare(actual, g.op, g.limit)
    if (passed !== g.passed || actual !== g.actual)
      warnings.push(
        `${shard}: gate ${g.gate} was stored as ${g.passed ? 'passed' : 'failed'} with ${g.actual}; recomputed from the data: ${actual} ${g.op} ${g.limit} ${passed ? 'passes' : 'fails'}`
      )
    return {
      ...g,
      gate: `${shard}: ${g.gate}`,
      actual,
      passed,
      message: `${shard}: ${passed === g.passed ? g.message : `${g.metric} ${actual} ${g.op} ${g.limit} ${passed ? 'holds' : 'does not hold'} (recomputed)`}`
    }
  })
  // A failed or timed-out run fails the merge even if its file carries no exit gate.
  if (!doc.success || doc.timedOut || doc.exit_code !== 0) {
    const why = doc.timedOut
      ? 'timed out'
      : `failed (exit code ${doc.exit_code}${doc.signal ? `, ${doc.signal}` : ''})`
    gates.push({
      gate: `${shard}: the script succeeded`,
      kind: 'budget',
      metric: 'success',
      op: '==',
      limit: 1,
      actual: 0,
      passed: false,
      message: `${shard}: the script ${why}`
    })
  }
  return { shard, gates, warnings }
}

/** `expect`: a number of shards, or their names. */
export type Expectation = { count: number } | { names: string[] }

/** Parses the `expect` setting (one number, or shard names); undefined when not set. */
export function parseExpect(values: readonly string[]): Expectation | undefined {
  const items = values.map(v => v.trim()).filter(v => v !== '')
  if (items.length === 0) return undefined
  if (items.length === 1 && /^\d+$/.test(items[0] as string)) {
    const count = Number(items[0])
    if (count < 1)
      throw new ConfigurationError('expect: the number of shards must be at least 1', {
        field: 'expect',
        value: items[0]
      })
    return { count }
  }
  return { names: [...new Set(items)] }
}

/**
 * Problems with the set of shards that reported: too few, a named one missing, or one that lacks
 * a kind of report the others have (its job stopped before writing it). Empty when complete.
 */
export function missingShards(
  expect: Expectation | undefined,
  files: ReadonlyArray<{ file: string; kind: string }>
): string[] {
  if (!expect) return []
  const byShard = new Map<string, Set<string>>()
  for (const { file, kind } of files) {
    const shard = shardOf(file)
    const kinds = byShard.get(shard) ?? new Set<string>()
    kinds.add(kind)
    byShard.set(shard, kinds)
  }
  const present = [...byShard.keys()].sort()
  const problems: string[] = []
  if ('count' in expect) {
    if (present.length < expect.count)
      problems.push(
        `expected ${expect.count} shard(s), got ${present.length} (${present.join(', ') || 'none'}): a matrix job did not upload its reports`
      )
  } else {
    const missing = expect.names.filter(n => !byShard.has(n))
    if (missing.length)
      problems.push(
        `shard(s) ${missing.join(', ')} did not report (got ${present.join(', ') || 'none'})`
      )
  }
  const allKinds = new Set([...byShard.values()].flatMap(k => [...k]))
  for (const [shard, kinds] of byShard) {
    const lacking = [...allKinds].filter(k => !kinds.has(k))
    if (lacking.length) problems.push(`shard ${shard} has no ${lacking.join(' or ')} report`)
  }
  return problems
}

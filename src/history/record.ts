import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { RunnerFingerprint } from '../gates/fingerprint.js'
import { isLegacyUnsampled } from '../gates/stats.js'
import {
  METRIC_NAMES,
  SAMPLED_ONLY_METRICS,
  SEVERITIES,
  TOOL_NAMES,
  type Finding,
  type GateResult,
  type MetricName,
  type Severity,
  type ToolName,
  type ToolRun,
  type Verdict
} from '../model.js'

/**
 * One line of the history file: what one run measured, found and decided. The file is JSON
 * Lines (one record per line, oldest first), so it can be read with `jq`, `grep` or a
 * spreadsheet import, appended to without rewriting, and a damaged line costs one record.
 */

export const HISTORY_SCHEMA = 'runguard-history/1'
/** The history file's name, in the local directory and in the data branch. */
export const HISTORY_FILE = 'runguard-history.jsonl'
/** The findings of the last trend run per category (new vs fixed), beside the history file. */
export const FINDINGS_FILE = 'runguard-findings.json'
/** Verdict reasons kept per record (each cut to REASON_MAX_CHARS). */
const MAX_REASONS = 20
const REASON_MAX_CHARS = 300
/** A record larger than this is refused: appends stay single small writes. */
export const MAX_RECORD_BYTES = 64 * 1024

/** One metric of one run: the value the gates compared, and its spread when repeat > 1. */
export interface MetricPoint {
  /** The aggregate the gates saw (median over repeats; exit_code/success: the worst run). */
  value: number
  /** Measured repeats (absent for a single run). */
  n?: number
  /** Median absolute deviation over the repeats. */
  mad?: number
  /** Smallest and largest repeat. */
  min?: number
  max?: number
}

/** A gate as recorded (the message stays in the run's reports). */
export type RecordedGate = Pick<
  GateResult,
  'gate' | 'kind' | 'metric' | 'op' | 'limit' | 'actual' | 'baseline' | 'passed'
>

/** One run in the history. */
export interface HistoryRecord {
  schema: typeof HISTORY_SCHEMA
  /** Unique id: time and randomness (two jobs of one commit are two records). */
  id: string
  /** When the run started, ISO 8601. */
  timestamp: string
  /** The `category` setting: one series per category (matrix jobs, several scripts). */
  category: string
  /** Commit the run measured. */
  commit?: string
  /** `refs/heads/main`, `refs/pull/7/merge` … */
  ref?: string
  /** GitHub event name (`push`, `schedule` …) or `local` for the CLI. */
  event?: string
  /** Link to the run's log. */
  runUrl?: string
  /** Link to the commit. */
  commitUrl?: string
  /** True when the run feeds the trend (a trend-branch run). */
  trend: boolean
  /** What machine measured it. */
  machine: RunnerFingerprint
  /** runguard version. */
  runguard: string
  /** `run`, `scan` or `gate`. */
  mode: string
  /** Every observed metric (absent when no script ran; a metric not observed is left out). */
  metrics?: Partial<Record<MetricName, MetricPoint>>
  /**
   * Why metrics the run has are missing from `metrics`, e.g. "not sampled: the script ended
   * before the first sample" (the measurement's notObserved).
   */
  notObserved?: string
  /** The script succeeded (only such runs feed the metric trend). */
  scriptOk?: boolean
  /** Budget, regression and trend gates. */
  gates: RecordedGate[]
  /** Counted findings (not suppressed) by severity, by tool and severity, and vs the last trend run. */
  findings: {
    counts: Record<Severity, number>
    byTool: Partial<Record<ToolName, Partial<Record<Severity, number>>>>
    /** Findings not in the previous trend run (absent without one). */
    new?: number
    /** Findings of the previous trend run that are gone. */
    fixed?: number
  }
  /** Scanner statuses. */
  tools: Array<{ tool: ToolName; status: string; version?: string }>
  /** The one decision. */
  verdict: { passed: boolean; exitCode: number; reasons: string[] }
}

const metricPoint = z.object({
  value: z.number(),
  n: z.number().optional(),
  mad: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional()
})
const severityCounts = z.partialRecord(z.enum(SEVERITIES), z.number().int().nonnegative())

/** Validates one parsed line; unknown keys are kept out (a later version may add some). */
export const historyRecordSchema = z.object({
  schema: z.literal(HISTORY_SCHEMA),
  id: z.string().min(1).max(100),
  timestamp: z.string().refine(t => !Number.isNaN(Date.parse(t)), 'not a date'),
  category: z.string().min(1).max(200),
  commit: z.string().max(100).optional(),
  ref: z.string().max(300).optional(),
  event: z.string().max(100).optional(),
  runUrl: z.string().max(1000).optional(),
  commitUrl: z.string().max(1000).optional(),
  trend: z.boolean(),
  machine: z.object({
    os: z.string(),
    osRelease: z.string().optional(),
    arch: z.string(),
    cpuModel: z.string(),
    cores: z.number(),
    node: z.string(),
    python: z.string().optional()
  }),
  runguard: z.string(),
  mode: z.string(),
  metrics: z.partialRecord(z.enum(METRIC_NAMES), metricPoint).optional(),
  notObserved: z.string().max(300).optional(),
  scriptOk: z.boolean().optional(),
  gates: z.array(
    z.object({
      gate: z.string(),
      kind: z.enum(['budget', 'regression', 'trend']),
      metric: z.enum(METRIC_NAMES),
      op: z.enum(['<=', '<', '>=', '>', '==', '!=']),
      limit: z.number(),
      actual: z.number(),
      baseline: z.number().optional(),
      passed: z.boolean()
    })
  ),
  findings: z.object({
    counts: severityCounts,
    byTool: z.partialRecord(z.enum(TOOL_NAMES), severityCounts),
    new: z.number().int().nonnegative().optional(),
    fixed: z.number().int().nonnegative().optional()
  }),
  tools: z.array(
    z.object({ tool: z.enum(TOOL_NAMES), status: z.string(), version: z.string().optional() })
  ),
  verdict: z.object({
    passed: z.boolean(),
    exitCode: z.number().int(),
    reasons: z.array(z.string())
  })
})

/** What a record is built from (the pipeline's decided run, flattened). */
export interface RecordInput {
  timestamp: Date
  category: string
  mode: string
  runguardVersion: string
  machine: RunnerFingerprint
  /** Where the run came from: the record's fields of the same names. */
  context: Pick<HistoryRecord, 'commit' | 'ref' | 'event' | 'runUrl' | 'commitUrl'>
  trend: boolean
  /** Aggregated metric values (median over repeats), when the script ran; null: not observed. */
  metrics?: Readonly<Record<MetricName, number | null>>
  /** Why the null metrics were not observed. */
  notObserved?: string
  /** Per-metric spread over the repeats, when repeat > 1. */
  spread?: Readonly<Record<MetricName, { n: number; mad: number; min: number; max: number }>>
  scriptOk?: boolean
  gates: readonly GateResult[]
  /** Counted findings (not suppressed). */
  counted: readonly Finding[]
  toolRuns: readonly ToolRun[]
  verdict: Verdict
  exitCode: number
  delta?: { new: number; fixed: number }
  /** Applied to every string before it is stored (the run's redactor). */
  redact: (text: string) => string
}

const zeroCounts = (): Record<Severity, number> =>
  Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Record<Severity, number>

/** A new record id: sortable by time, unique across concurrent jobs. */
export function newRecordId(at: Date): string {
  return `${at.getTime().toString(36)}-${randomBytes(6).toString('hex')}`
}

/** Builds the record of one run; every string passes through `redact` before it is stored. */
export function buildRecord(input: RecordInput): HistoryRecord {
  const r = input.redact
  const byTool: HistoryRecord['findings']['byTool'] = {}
  const counts = zeroCounts()
  for (const f of input.counted) {
    counts[f.severity]++
    const tool = (byTool[f.tool] ??= {})
    tool[f.severity] = (tool[f.severity] ?? 0) + 1
  }
  let metrics: HistoryRecord['metrics']
  if (input.metrics) {
    metrics = {}
    for (const name of METRIC_NAMES) {
      const value = input.metrics[name]
      if (value === null || !Number.isFinite(value)) continue
      const spread = input.spread?.[name]
      metrics[name] = spread && spread.n > 1 ? { value, ...spread } : { value }
    }
  }
  const ctx = input.context
  const opt = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
    value ? ({ [key]: r(value) } as Record<K, string>) : {}
  return {
    schema: HISTORY_SCHEMA,
    id: newRecordId(input.timestamp),
    timestamp: input.timestamp.toISOString(),
    category: r(input.category),
    ...opt('commit', ctx.commit),
    ...opt('ref', ctx.ref),
    ...opt('event', ctx.event),
    ...opt('runUrl', ctx.runUrl),
    ...opt('commitUrl', ctx.commitUrl),
    trend: input.trend,
    machine: { ...input.machine, cpuModel: r(input.machine.cpuModel) },
    runguard: input.runguardVersion,
    mode: input.mode,
    ...(metrics ? { metrics } : {}),
    ...(metrics && input.notObserved && METRIC_NAMES.some(m => input.metrics?.[m] === null)
      ? { notObserved: r(input.notObserved) }
      : {}),
    ...(input.scriptOk !== undefined ? { scriptOk: input.scriptOk } : {}),
    gates: input.gates.map(g => ({
      gate: r(g.gate),
      kind: g.kind,
      metric: g.metric,
      op: g.op,
      limit: g.limit,
      actual: g.actual,
      ...(g.baseline !== undefined ? { baseline: g.baseline } : {}),
      passed: g.passed
    })),
    findings: {
      counts,
      byTool,
      ...(input.delta ? { new: input.delta.new, fixed: input.delta.fixed } : {})
    },
    tools: input.toolRuns.map(t => ({
      tool: t.tool,
      status: t.status,
      ...(t.version ? { version: r(t.version) } : {})
    })),
    verdict: {
      passed: input.verdict.passed,
      exitCode: input.exitCode,
      reasons: input.verdict.reasons.slice(0, MAX_REASONS).map(x => r(x).slice(0, REASON_MAX_CHARS))
    }
  }
}

/**
 * The value of a metric in a record, or undefined when the run did not observe it. Records
 * written before runguard said "not observed" stored 0 for the sampled-only metrics of a script
 * that ended before the first sample (isLegacyUnsampled); those zeros are not observations.
 */
export function observedValue(record: HistoryRecord, metric: MetricName): number | undefined {
  const value = record.metrics?.[metric]?.value
  if (value === undefined || !Number.isFinite(value)) return undefined
  if (
    record.notObserved === undefined &&
    (SAMPLED_ONLY_METRICS as readonly MetricName[]).includes(metric) &&
    isLegacyUnsampled({ num_threads: record.metrics?.num_threads?.value })
  )
    return undefined
  return value
}

/** One record as one line (no newline inside: JSON.stringify escapes them). */
export function serializeRecord(record: HistoryRecord): string {
  const line = JSON.stringify(record)
  if (Buffer.byteLength(line) + 1 > MAX_RECORD_BYTES)
    throw new Error(`a history record of ${Buffer.byteLength(line)} bytes is over the 64 KiB bound`)
  return line + '\n'
}

/** The records of a history file and how many lines could not be read. */
export interface ParsedHistory {
  records: HistoryRecord[]
  /** Lines that were not a valid record (a torn write, a hand edit, a newer schema). */
  skipped: number
}

/** Parses a JSON Lines history text; bad lines are counted and skipped, never fatal. */
export function parseHistory(text: string): ParsedHistory {
  const records: HistoryRecord[] = []
  let skipped = 0
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      skipped++
      continue
    }
    const parsed = historyRecordSchema.safeParse(value)
    if (parsed.success) records.push(parsed.data as HistoryRecord)
    else skipped++
  }
  return { records, skipped }
}

/**
 * Keeps the newest `keep` records of each category (file order is append order, oldest first);
 * the result stays in file order.
 */
export function retain(records: readonly HistoryRecord[], keep: number): HistoryRecord[] {
  const seen = new Map<string, number>()
  const kept: HistoryRecord[] = []
  for (let i = records.length - 1; i >= 0; i--) {
    const rec = records[i]!
    const n = seen.get(rec.category) ?? 0
    if (n >= keep) continue
    seen.set(rec.category, n + 1)
    kept.push(rec)
  }
  return kept.reverse()
}

/** The history text of some records. */
export function serializeHistory(records: readonly HistoryRecord[]): string {
  return records.map(rec => JSON.stringify(rec) + '\n').join('')
}

/** One finding of the last trend run, enough to say what was fixed. */
export interface FindingRef {
  fingerprint: string
  tool: ToolName
  ruleId: string
  severity: Severity
  path: string
  line: number
}

/** The last trend run's counted findings, per category (the `FINDINGS_FILE`). */
export interface FindingsSnapshot {
  schema: 'runguard-findings/1'
  categories: Record<string, SnapshotEntry>
}

/** One category's findings in the snapshot. */
export interface SnapshotEntry {
  timestamp: string
  commit?: string
  /** More findings than MAX_SNAPSHOT_FINDINGS: new/fixed cannot be computed against it. */
  truncated?: boolean
  findings: FindingRef[]
}

/** Findings kept per category in the snapshot; past it, new/fixed are not computed. */
export const MAX_SNAPSHOT_FINDINGS = 5000

const snapshotSchema = z.object({
  schema: z.literal('runguard-findings/1'),
  categories: z.record(
    z.string(),
    z.object({
      timestamp: z.string(),
      commit: z.string().optional(),
      truncated: z.boolean().optional(),
      findings: z.array(
        z.object({
          fingerprint: z.string(),
          tool: z.enum(TOOL_NAMES),
          ruleId: z.string(),
          severity: z.enum(SEVERITIES),
          path: z.string(),
          line: z.number()
        })
      )
    })
  )
})

/** Parses the findings snapshot; anything unreadable is an empty snapshot and a note. */
export function parseSnapshot(text: string | undefined): {
  snapshot: FindingsSnapshot
  problem?: string
} {
  const empty: FindingsSnapshot = { schema: 'runguard-findings/1', categories: {} }
  if (text === undefined) return { snapshot: empty }
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(text))
    if (parsed.success) return { snapshot: parsed.data }
    return { snapshot: empty, problem: `${FINDINGS_FILE} is not a findings snapshot` }
  } catch {
    return { snapshot: empty, problem: `${FINDINGS_FILE} is not JSON` }
  }
}

/** The snapshot of these counted findings for `category`, replacing its previous entry. */
export function withSnapshot(
  snapshot: FindingsSnapshot,
  category: string,
  entry: { timestamp: string; commit?: string; counted: readonly Finding[] },
  redact: (text: string) => string
): FindingsSnapshot {
  const findings = entry.counted.slice(0, MAX_SNAPSHOT_FINDINGS).map(f => ({
    fingerprint: f.fingerprint,
    tool: f.tool,
    ruleId: redact(f.ruleId),
    severity: f.severity,
    path: redact(f.location.path),
    line: f.location.startLine
  }))
  return {
    schema: 'runguard-findings/1',
    categories: {
      ...snapshot.categories,
      [category]: {
        timestamp: entry.timestamp,
        ...(entry.commit ? { commit: entry.commit } : {}),
        ...(entry.counted.length > MAX_SNAPSHOT_FINDINGS ? { truncated: true } : {}),
        findings
      }
    }
  }
}

import type { Settings } from '../config/schema.js'
import { errorMessage } from '../errors.js'
import type { ExecFn } from '../exec.js'
import type { RunnerFingerprint } from '../gates/fingerprint.js'
import type { Logger } from '../logger.js'
import type { Finding, MetricName } from '../model.js'
import type { DeltaFinding, TrendSection } from '../report/trend-section.js'
import { findingsDelta, type FindingsDelta } from './findings-delta.js'
import { gitStore } from './git-store.js'
import { localStore } from './local-store.js'
import {
  buildRecord,
  observedValue,
  withSnapshot,
  type HistoryRecord,
  type RecordInput,
  type SnapshotEntry
} from './record.js'
import type { HistoryStore, StoreContents } from './store.js'
import { evaluateTrend, trendMetrics, type TrendResult } from './trend.js'

/**
 * The run history as the pipeline sees it: opened (and read) before anything runs, so the
 * script cannot rewrite what it is compared with; asked for trend gates and the findings delta
 * once the results are in; and given the decided run to record. Reading or writing the history
 * never fails the gate: a problem is a warning (only a trend regression is a gate result).
 */

/** Where and what this run is (the Action passes GitHub's context; the CLI asks git). */
export interface HistoryContext {
  commit?: string
  /** `refs/heads/main`, `refs/pull/7/merge` … */
  ref?: string
  event?: string
  runUrl?: string
  /** `https://github.com/owner/repo` (commit links). */
  repoUrl?: string
  /** The repository's default branch, when known. */
  defaultBranch?: string
  /** A pull request run: compared with the trend, never written. */
  pullRequest: boolean
  /** The git store's remote when none is configured (`<server>/<owner>/<repo>.git`). */
  remote?: string
}

export interface OpenHistoryOptions {
  settings: Settings
  logger: Logger
  exec: ExecFn
  env: NodeJS.ProcessEnv
  context: HistoryContext
  /** The git store's token (the Action's github-token). */
  token?: string
}

/** What recording a run gave. */
export interface RecordOutcome {
  record: HistoryRecord
  /** The record is in the store now. */
  written: boolean
  /** The last trend record of this category before this run (state changes, alerts). */
  previous?: HistoryRecord
  /** Warnings (a write that failed). */
  warnings: string[]
}

/** The history of one run. */
export interface HistorySession {
  /** `.runguard/history` or `branch runguard-data of …`. */
  readonly description: string
  /** This run feeds the trend (a trend-branch run). */
  readonly trendRun: boolean
  /** This run will be written. */
  readonly writes: boolean
  /** Problems reading the history (shown as warnings). */
  readonly warnings: string[]
  /** Trend gates of this run's metrics (pure over what was read); null: not observed, because `notObserved`. */
  trend(
    current: Readonly<Record<MetricName, number | null>>,
    machine: RunnerFingerprint,
    notObserved?: string
  ): TrendResult
  /** New vs fixed findings since the last trend run of the category. */
  delta(counted: readonly Finding[]): FindingsDelta | undefined
  /** Records the decided run (writes it when `writes`). */
  record(run: DecidedForHistory): Promise<RecordOutcome>
  /** The summary section of this run. */
  section(
    outcome: RecordOutcome,
    trend: TrendResult | undefined,
    delta?: FindingsDelta
  ): TrendSection
  /** Removes temporary files. */
  close(): Promise<void>
}

/**
 * What the history keeps of a decided run: a record's input without what the history itself
 * knows (category, mode, git context, trend flag), and the full findings delta.
 */
export interface DecidedForHistory extends Omit<
  RecordInput,
  'category' | 'mode' | 'context' | 'trend' | 'delta'
> {
  delta?: FindingsDelta
}

/** Chart points in the summary (the issue asks for the last 30 runs, this one included). */
export const SUMMARY_POINTS = 30

const branchOf = (ref: string | undefined): string | undefined =>
  ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined

/** Which store `history: auto` means here. */
export function storeKind(settings: Settings): 'git' | 'local' | 'off' {
  if (settings.history === 'auto') return settings.runtime === 'action' ? 'git' : 'local'
  return settings.history
}

/**
 * Whether this run feeds the trend: never a pull request; with `trend-branches` set, a run on
 * one of them; otherwise the default branch in the Action, and every run of the CLI outside
 * GitHub (a developer's machine has no default-branch notion worth guessing).
 */
export function isTrendRun(settings: Settings, context: HistoryContext): boolean {
  if (context.pullRequest) return false
  const branch = branchOf(context.ref)
  if (settings.trendBranches.length > 0)
    return branch !== undefined && settings.trendBranches.includes(branch)
  if (settings.runtime === 'cli' && context.event === 'local') return true
  return branch !== undefined && branch === (context.defaultBranch ?? 'main')
}

/** Opens and reads the history, or returns undefined when it is off. */
export async function openHistory(
  options: OpenHistoryOptions
): Promise<HistorySession | undefined> {
  const { settings, logger, context } = options
  const kind = storeKind(settings)
  if (kind === 'off') return undefined
  const warnings: string[] = []
  const trendRun = isTrendRun(settings, context)
  // The git store is written by trend runs only; the local store records every run.
  const writes = kind === 'local' ? !context.pullRequest : trendRun
  let store: (HistoryStore & { close?: () => Promise<void> }) | undefined
  // Filled just before a git write (the dashboard page is loaded only then).
  let dashboardFiles: Record<string, string> = {}
  if (kind === 'local') {
    store = localStore({ workspace: settings.workspace, dir: settings.historyDir })
  } else {
    const remote = settings.historyRemote ?? context.remote
    if (!remote) {
      warnings.push(
        'history: no repository to keep the history branch in (set history-remote, or history: local)'
      )
    } else {
      try {
        store = gitStore({
          exec: options.exec,
          remote,
          branch: settings.historyBranch,
          ...(options.token ? { token: options.token } : {}),
          env: options.env,
          logger,
          extraFiles: () => dashboardFiles
        })
      } catch (error) {
        warnings.push(`history: ${errorMessage(error)}`)
      }
    }
  }
  let contents: StoreContents = {
    records: [],
    snapshot: { schema: 'runguard-findings/1', categories: {} },
    problems: []
  }
  if (store) {
    try {
      contents = await store.load(settings.historyKeep)
      for (const p of contents.problems) warnings.push(`history: ${p}`)
      logger.info(
        `history: ${contents.records.length} run(s) read from ${store.description}${writes ? '' : ' (this run is compared, not recorded)'}`
      )
    } catch (error) {
      warnings.push(
        `history: could not read ${store.description}: ${errorMessage(error)}; this run is not compared with the history`
      )
    }
  }
  const category = settings.category
  const ofCategory = contents.records.filter(r => r.category === category)
  const previous = [...ofCategory].reverse().find(r => r.trend)
  const snapshotEntry: SnapshotEntry | undefined = contents.snapshot.categories[category]
  const description = store?.description ?? 'no store'

  return {
    description,
    trendRun,
    writes: writes && store !== undefined,
    warnings,

    trend(current, machine, notObserved): TrendResult {
      return evaluateTrend(contents.records, current, {
        ...(notObserved ? { notObserved } : {}),
        category,
        machine,
        window: settings.trendWindow,
        noiseFactor: settings.trendNoiseFactor,
        thresholdPct: settings.trendThreshold,
        metrics: trendMetrics(settings.gates)
      })
    },

    delta(counted) {
      return settings.mode === 'run' ? undefined : findingsDelta(snapshotEntry, counted)
    },

    async record(run): Promise<RecordOutcome> {
      const record = buildRecord({
        timestamp: run.timestamp,
        category,
        mode: settings.mode,
        runguardVersion: run.runguardVersion,
        machine: run.machine,
        context: {
          ...(context.commit ? { commit: context.commit } : {}),
          ...(context.ref ? { ref: context.ref } : {}),
          ...(context.event ? { event: context.event } : {}),
          ...(context.runUrl ? { runUrl: context.runUrl } : {}),
          ...(context.repoUrl && context.commit
            ? { commitUrl: `${context.repoUrl}/commit/${context.commit}` }
            : {})
        },
        trend: trendRun,
        ...(run.metrics ? { metrics: run.metrics } : {}),
        ...(run.notObserved ? { notObserved: run.notObserved } : {}),
        ...(run.spread ? { spread: run.spread } : {}),
        ...(run.scriptOk !== undefined ? { scriptOk: run.scriptOk } : {}),
        gates: run.gates,
        counted: run.counted,
        toolRuns: run.toolRuns,
        verdict: run.verdict,
        exitCode: run.exitCode,
        ...(run.delta
          ? { delta: { new: run.delta.new.length, fixed: run.delta.fixed.length } }
          : {}),
        redact: run.redact
      })
      const base = { record, ...(previous ? { previous } : {}) }
      if (!store || !writes) return { ...base, written: false, warnings: [] }
      try {
        if (kind === 'git') {
          // Loaded only when a trend run writes the branch: the page is the bulk of this room.
          const { dashboardHtml } = await import('./dashboard/page.js')
          dashboardFiles = { 'index.html': dashboardHtml() }
        }
        const scanned = settings.mode !== 'run'
        const { pruned } = await store.update({
          record,
          keep: settings.historyKeep,
          ...(trendRun && scanned
            ? {
                snapshot: current =>
                  withSnapshot(
                    current,
                    category,
                    {
                      timestamp: record.timestamp,
                      ...(record.commit ? { commit: record.commit } : {}),
                      counted: run.counted
                    },
                    run.redact
                  )
              }
            : {})
        })
        logger.info(
          `history: recorded this run in ${store.description}${pruned ? ` (${pruned} old run(s) pruned)` : ''}`
        )
        return { ...base, written: true, warnings: [] }
      } catch (error) {
        const message = `history: this run could not be recorded in ${store.description}: ${run.redact(errorMessage(error))}${kind === 'git' ? ' (the job needs permissions: contents: write, or set history: off)' : ''}`
        logger.warning(message)
        return { ...base, written: false, warnings: [message] }
      }
    },

    section(outcome, trend, delta): TrendSection {
      return buildSection({
        description,
        ofCategory: ofCategory.filter(r => r.trend),
        outcome,
        ...(trend ? { trend } : {}),
        ...(delta ? { delta } : {}),
        gatedMetrics: [...new Set(settings.gates.map(g => g.metric))],
        notes: [...warnings, ...(trend?.note ? [trend.note] : [])]
      })
    },

    async close(): Promise<void> {
      await store?.close?.()
    }
  }
}

function buildSection(input: {
  description: string
  ofCategory: HistoryRecord[]
  outcome: RecordOutcome
  trend?: TrendResult
  delta?: FindingsDelta
  gatedMetrics: MetricName[]
  notes: string[]
}): TrendSection {
  const current = input.outcome.record
  const earlier = input.ofCategory.slice(-(SUMMARY_POINTS - 1))
  const points = [...earlier, current]
  const trendGates = new Map((input.trend?.gates ?? []).map(g => [g.metric, g]))
  // Gated metrics first, then metrics whose trend gate failed.
  const metrics = [
    ...new Set<MetricName>([
      ...input.gatedMetrics.filter(m => m !== 'exit_code' && m !== 'success'),
      ...[...trendGates.values()].filter(g => !g.passed).map(g => g.metric)
    ])
  ].filter(() => current.metrics !== undefined)
  const scanned = points.some(r => r.tools.length > 0)
  const count = (r: HistoryRecord): number | null =>
    r.tools.length === 0 ? null : Object.values(r.findings.counts).reduce((a, b) => a + b, 0)
  const ref = (f: DeltaFinding): DeltaFinding => ({
    severity: f.severity,
    tool: f.tool,
    ruleId: f.ruleId,
    path: f.path,
    line: f.line
  })
  return {
    store: input.description,
    recorded: input.outcome.written,
    runs: input.ofCategory.length,
    points: points.length,
    metrics: metrics.map(metric => {
      const gate = trendGates.get(metric)
      return {
        metric,
        values: points.map(r => observedValue(r, metric) ?? null),
        ...(gate ? { median: gate.baseline ?? NaN, limit: gate.limit, failed: !gate.passed } : {})
      }
    }),
    ...(scanned ? { findings: points.map(count) } : {}),
    ...(input.delta
      ? {
          delta: {
            since: `${input.delta.since.commit ? `${input.delta.since.commit.slice(0, 12)}, ` : ''}${input.delta.since.timestamp}`,
            new: input.delta.new.map(f =>
              ref({ ...f, path: f.location.path, line: f.location.startLine })
            ),
            fixed: input.delta.fixed.map(ref)
          }
        }
      : {}),
    notes: input.notes
  }
}

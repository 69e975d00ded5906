import type { Settings } from '../config/schema.js'
import { ConfigurationError, ExitCode } from '../errors.js'
import type { ExecFn } from '../exec.js'
import type { Logger } from '../logger.js'
import { METRIC_NAMES, SEVERITIES, type MetricName } from '../model.js'
import { gitStore } from './git-store.js'
import { localStore } from './local-store.js'
import type { HistoryRecord } from './record.js'
import type { HistoryStore } from './store.js'
import { trendLimit } from './trend.js'

/**
 * `runguard history list [N] | trend <metric> | export csv|json | prune`: reads (and, for prune,
 * rewrites) the store the settings name. `history: off` (the default of a run) still means the
 * local store here: the command is how one looks at it.
 */

export interface HistoryCommandIo {
  stdout: (text: string) => void
  env: NodeJS.ProcessEnv
  exec: ExecFn
  logger: Logger
}

const ACTIONS = ['list', 'trend', 'export', 'prune'] as const

function openStore(
  settings: Settings,
  io: HistoryCommandIo
): HistoryStore & { close?(): Promise<void> } {
  if (settings.history === 'git') {
    if (!settings.historyRemote)
      throw new ConfigurationError(
        'history: git needs history-remote (the repository URL of the history branch)',
        { field: 'history-remote' }
      )
    return gitStore({
      exec: io.exec,
      remote: settings.historyRemote,
      branch: settings.historyBranch,
      ...(settings.githubToken ? { token: settings.githubToken } : {}),
      env: io.env,
      logger: io.logger
    })
  }
  return localStore({ workspace: settings.workspace, dir: settings.historyDir })
}

const short = (commit: string | undefined): string => (commit ? commit.slice(0, 12) : '-')
const total = (r: HistoryRecord): number =>
  SEVERITIES.reduce((n, s) => n + (r.findings.counts[s] ?? 0), 0)

/** The CSV columns: one row per run, every metric's value. */
function toCsv(records: readonly HistoryRecord[]): string {
  const metrics = METRIC_NAMES.filter(m => records.some(r => r.metrics?.[m] !== undefined))
  const head = [
    'timestamp',
    'category',
    'commit',
    'ref',
    'event',
    'trend',
    'passed',
    'exit_code_runguard',
    ...SEVERITIES.map(s => `findings_${s}`),
    'findings_new',
    'findings_fixed',
    ...metrics,
    'run_url'
  ]
  const rows = records.map(r => [
    r.timestamp,
    r.category,
    r.commit ?? '',
    r.ref ?? '',
    r.event ?? '',
    String(r.trend),
    String(r.verdict.passed),
    String(r.verdict.exitCode),
    ...SEVERITIES.map(s => String(r.findings.counts[s] ?? 0)),
    r.findings.new === undefined ? '' : String(r.findings.new),
    r.findings.fixed === undefined ? '' : String(r.findings.fixed),
    ...metrics.map(m => (r.metrics?.[m] === undefined ? '' : String(r.metrics[m].value))),
    r.runUrl ?? ''
  ])
  return [head, ...rows].map(cols => cols.map(csvCell).join(',')).join('\n') + '\n'
}

/**
 * RFC 4180 quoting, and a leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet
 * does not run a value (a branch name) as a formula.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Runs `runguard history <action> [args]`; returns the exit code. */
export async function historyCommand(
  operands: readonly string[],
  settings: Settings,
  io: HistoryCommandIo
): Promise<ExitCode> {
  const [action, ...args] = operands
  if (!ACTIONS.includes(action as (typeof ACTIONS)[number]))
    throw new ConfigurationError(
      `runguard history: unknown action ${JSON.stringify(action)}; use one of ${ACTIONS.join(', ')}`,
      { field: 'history', value: String(action) }
    )
  const store = openStore(settings, io)
  try {
    if (action === 'prune') {
      const { pruned } = await store.update({
        keep: settings.historyKeep,
        pruneCategory: settings.category
      })
      io.stdout(
        `pruned ${pruned} run(s) of category ${settings.category} from ${store.description} (keeping ${settings.historyKeep})\n`
      )
      return ExitCode.Passed
    }
    const contents = await store.load(Number.MAX_SAFE_INTEGER)
    for (const p of contents.problems) io.logger.warning(`history: ${p}`)
    const records = contents.records.filter(r => r.category === settings.category)
    if (action === 'export') {
      const format = args[0] ?? 'json'
      if (format === 'csv') io.stdout(toCsv(records))
      else if (format === 'json') io.stdout(JSON.stringify(records, null, 2) + '\n')
      else
        throw new ConfigurationError(
          `runguard history export: unknown format ${JSON.stringify(format)}; use csv or json`,
          { field: 'history', value: format }
        )
      return ExitCode.Passed
    }
    if (action === 'list') {
      const n = args[0] === undefined ? 20 : Number(args[0])
      if (!Number.isInteger(n) || n < 1)
        throw new ConfigurationError(
          `runguard history list: ${JSON.stringify(args[0])} is not a number of runs`,
          { field: 'history', value: String(args[0]) }
        )
      io.stdout(
        `${records.length} run(s) of category ${settings.category} in ${store.description}\n`
      )
      for (const r of records.slice(-n))
        io.stdout(
          `${r.timestamp}  ${short(r.commit)}  ${r.verdict.passed ? 'passed' : 'FAILED'}  ${r.trend ? 'trend ' : 'other '}  findings ${total(r)}${r.findings.new !== undefined ? ` (+${r.findings.new} -${r.findings.fixed ?? 0})` : ''}  ${r.ref ?? ''}\n`
        )
      return ExitCode.Passed
    }
    // trend <metric>
    const metric = args[0] as MetricName | undefined
    if (!metric || !METRIC_NAMES.includes(metric))
      throw new ConfigurationError(
        `runguard history trend: name a metric (${METRIC_NAMES.join(', ')})`,
        { field: 'history', value: String(metric) }
      )
    const points = records.filter(r => r.trend && r.scriptOk && r.metrics?.[metric] !== undefined)
    io.stdout(`${metric}: ${points.length} trend run(s) of category ${settings.category}\n`)
    const window = Math.max(settings.trendWindow, 5)
    points.forEach((r, i) => {
      const value = r.metrics![metric]!.value
      const before = points.slice(Math.max(0, i - window), i).map(p => p.metrics![metric]!.value)
      const limit =
        before.length >= 5
          ? trendLimit(before, {
              window,
              noiseFactor: settings.trendNoiseFactor,
              thresholdPct: settings.trendThreshold
            })
          : undefined
      const mark = limit && value > limit.limit ? '  ▲ regression' : ''
      io.stdout(
        `${r.timestamp}  ${short(r.commit)}  ${value}${limit ? `  (median ${Number(limit.median.toPrecision(6))}, limit ${Number(limit.limit.toPrecision(6))})` : ''}${mark}\n`
      )
    })
    return ExitCode.Passed
  } finally {
    await store.close?.()
  }
}

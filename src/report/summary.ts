import {
  SEVERITIES,
  SEVERITY_RANK,
  type Finding,
  type GateResult,
  type Metrics,
  type Severity,
  type ToolRun,
  type ToolStatus,
  type Verdict
} from '../model.js'
import { NOT_OBSERVED_LABEL } from '../gates/units.js'
import type { EnvironmentSummary } from '../inventory/environment-summary.js'
import type { ExpiringSuppression } from '../policy/policy.js'
import { presentSeverity, treatedAs } from '../policy/severity.js'
import { renderCharts } from './charts.js'
import {
  LINE_MAX_CHARS,
  blobUrl,
  cell,
  escapeMarkdown,
  formatDuration,
  formatNumber,
  more,
  row,
  safeUrl,
  table
} from './markdown.js'
import { renderTrendSection, type TrendSection } from './trend-section.js'
import { cutAtLine, trimToFit, utf8Bytes } from './trim.js'

/**
 * The renderers: the markdown summary (one pure renderer shared by the Action's job summary and
 * the CLI's `summaryFile`) and the shorter sticky PR comment, both from one SummaryInput. Every
 * user- or tool-provided string is escaped (markdown.ts); secret findings show only their
 * masked preview; output is capped in bytes (trim.ts).
 */

/** A report file that was written. */
export interface ReportRef {
  /** e.g. `sarif`, `sbom`, `junit`, `tap`, `metrics`. */
  kind: string
  /** Path as given in the settings (repo-relative when possible). */
  path: string
}

/** Annotations GitHub would not show because of its per-step cap, per level. */
export interface AnnotationCounts {
  /** Error annotations. */
  error: number
  /** Warning annotations. */
  warning: number
  /** Notice annotations. */
  notice: number
}

/** Everything the summary shows; the pipeline builds it from its GateOutcome. */
export interface SummaryInput {
  /** The one decision. */
  verdict: Verdict
  /** One per scanner that was selected (skipped and failed ones included). */
  toolRuns: ToolRun[]
  /** Reportable findings after policy; suppressed ones carry `suppressed`. */
  findings: Finding[]
  /**
   * The findings the verdict counted: one merged finding per issue (deduplicated across tools,
   * not suppressed, new). The numbers and the top list use these, so they agree with the
   * verdict. Default: the unsuppressed findings.
   */
  counted?: Finding[]
  /** Severity `unknown` counts as this (the unknown-severity setting); shown next to it. */
  unknownSeverity?: Severity
  /** Lowest severity that fails (fail-on): such findings head the top list. */
  failOn?: Severity | 'none'
  /** The attempt the gates used (its samples feed the charts). */
  metrics?: Metrics
  /** Every measured attempt when there was more than one. */
  runs?: Metrics[]
  /** Budget and regression gates. */
  gates: GateResult[]
  /** settings.failOnUnscanned: says in the "Not scanned" section whether the skips fail. */
  failOnUnscanned?: boolean
  /** Extra warnings of this run (merged with `verdict.warnings`, duplicates dropped). */
  warnings: string[]
  /**
   * What the change did to the gate (settings it tried to alter, suppressions it added): among
   * the warnings of the summary, and a section of its own in the PR comment, where reviewers
   * look.
   */
  gateChanges?: string[]
  /** Suppressions expiring soon. */
  expiringSuppressions?: ExpiringSuppression[]
  /** `https://github.com/owner/repo`; with `sha`, locations become links. */
  repoUrl?: string
  /** Commit the links point at (the PR head for pull requests). */
  sha?: string
  /** Link to the workflow run (used by the PR comment). */
  runUrl?: string
  /** Report files written. */
  reports: ReportRef[]
  /** Findings that got no annotation under GitHub's per-step cap, per level (from `annotate`). */
  annotationsOmitted?: AnnotationCounts
  /** The installed environment the script used, when runguard read it. */
  environment?: EnvironmentSummary
  /** The run history: trend charts, findings over time, new/fixed findings (src/history/). */
  trend?: TrendSection
}

export interface SummaryOptions {
  /** Byte cap of the whole text (GitHub's job summary limit is 1 MiB per step). */
  maxBytes?: number
  /** Rows in the top-findings table before any truncation. */
  maxTopFindings?: number
  /** Applied to the final text as a last line of defence (the run's Redactor). */
  redact?: (text: string) => string
}

export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000
export const DEFAULT_TOP_FINDINGS = 20
/** Hidden marker that identifies runguard's sticky PR comment. */
export const PR_COMMENT_MARKER = '<!-- runguard:verdict -->'
/** GitHub rejects comment bodies of 65,536 characters or more; stay clearly below. */
export const PR_COMMENT_MAX_CHARS = 65_000

// ── ranking ──────────────────────────────────────────────────────────────────────────────

// Code-unit order, not localeCompare: the same on every machine, and far faster on 50k findings.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Most severe first (SEVERITY_RANK), then tool name, location, rule: a stable total order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    cmp(a.tool, b.tool) ||
    cmp(a.location.path, b.location.path) ||
    a.location.startLine - b.location.startLine ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.fingerprint, b.fingerprint)
  )
}

/**
 * The first `k` items of a stable sort by `compare` (ties keep input order), without sorting or
 * copying all of them: the summary shows ten of what may be 100,000 findings.
 */
export function firstSorted<T>(
  items: readonly T[],
  k: number,
  compare: (a: T, b: T) => number
): T[] {
  if (k >= items.length) return [...items].sort(compare)
  const top: T[] = []
  if (k <= 0) return top
  for (const item of items) {
    // Not before the last kept one: a tie goes after it, as a stable sort would put it.
    if (top.length === k && compare(item, top[k - 1] as T) >= 0) continue
    // After every kept item that is not greater (stable), before the first that is.
    let lo = 0
    let hi = top.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compare(top[mid] as T, item) <= 0) lo = mid + 1
      else hi = mid
    }
    top.splice(lo, 0, item)
    if (top.length > k) top.pop()
  }
  return top
}

function locationText(f: Finding, repoUrl?: string, sha?: string): string {
  const { path, startLine, endLine } = f.location
  const label = cell(`${path}:${startLine}`)
  const url = blobUrl(repoUrl, sha, path, startLine, endLine)
  return url ? `[${label}](${url})` : label
}

/**
 * Severity cell: the CVSS score when there is one, what `unknown` counts as, and where the
 * severity came from (the record whose vector was scored, or the tool that rated it higher).
 */
function severityText(f: Finding, unknownSeverity: Severity | undefined): string {
  const score = f.advisory?.cvssScore !== undefined ? ` ${f.advisory.cvssScore.toFixed(1)}` : ''
  // `unknown (counts as high)`: the label every channel shares (policy/severity.ts).
  const { label } = presentSeverity(f.severity, unknownSeverity ?? 'unknown')
  const source = f.severitySource ? `<br>${cell(f.severitySource, 160)}` : ''
  return `${SEVERITY_ICON[f.severity]} ${label}${score}${source}`
}

/** What a finding says, in one line. Secret findings show only provider and masked preview. */
function findingText(f: Finding): string {
  if (f.tool === 'secrets' || f.secret) {
    const provider = f.secret?.provider ?? 'secret'
    const masked = f.secret?.masked ?? '…'
    const fixture = f.secret?.testFixture ? ', test fixture' : ''
    return `${f.title} (${provider}: ${masked}${fixture})`
  }
  const advisory = f.advisory ? ` [${f.advisory.id}]` : ''
  const pkg = f.package ? ` ${f.package.name} ${f.package.version}` : ''
  return `${f.message}${pkg}${advisory}`
}

// ── the summary ──────────────────────────────────────────────────────────────────────────

const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🟥',
  high: '🟧',
  medium: '🟨',
  low: '🟦',
  info: '⬜',
  unknown: '❔'
}

const STATUS_ICON: Record<ToolStatus, string> = {
  ok: '✅',
  skipped: '⏭️',
  failed: '❌',
  'timed-out': '⏱️'
}

/** How many rows of each trimmable section are kept; trimmed in this order when too big. */
interface Plan {
  top: number
  chart: number
  unscanned: number
  expiring: number
  runs: number
  warnings: number
  gates: number
  tools: number
  reasons: number
}
const TRIM_ORDER: Array<keyof Plan> = [
  'top',
  'chart',
  'unscanned',
  'expiring',
  'runs',
  'warnings',
  'gates',
  'tools',
  'reasons'
]

/** Rows of the trimmable sections, rendered once (fitting re-joins slices many times). */
interface Rows {
  reasons: string[]
  gates: string[]
  top: string[]
  tools: string[]
  unscanned: string[]
  runs: string[]
  expiring: string[]
  warnings: string[]
}

interface Prepared {
  input: SummaryInput
  counted: Finding[]
  suppressed: number
  top: Finding[]
  gates: GateResult[]
  warnings: string[]
  expiring: ExpiringSuppression[]
  runs: Metrics[]
  /** Every file a scanner skipped, across tools (ToolRun.skipped). */
  unscanned: number
  chart: string
  rows: Rows
  /** Sections that do not shrink, rendered once. */
  severityTable: string
}

function prepare(input: SummaryInput, maxTop: number): Prepared {
  const counted = input.counted ?? input.findings.filter(f => !f.suppressed)
  // What fails the gate first, then most severe: the reviewer's reading order.
  const effective = (f: Finding): Severity =>
    treatedAs(f.severity, input.unknownSeverity ?? 'unknown')
  const fails = (f: Finding): number =>
    input.failOn !== undefined &&
    input.failOn !== 'none' &&
    SEVERITY_RANK[effective(f)] >= SEVERITY_RANK[input.failOn]
      ? 1
      : 0
  const top = firstSorted(
    counted,
    Math.max(0, maxTop),
    (a, b) => fails(b) - fails(a) || compareFindings(a, b)
  )
  // Failing gates first so trimming drops passing ones before any failure.
  const gates = [...input.gates].sort((a, b) => Number(a.passed) - Number(b.passed))
  const warnings = [...new Set([...input.verdict.warnings, ...input.warnings])]
  const expiring = [...(input.expiringSuppressions ?? [])].sort((a, b) => cmp(a.expires, b.expires))
  const runs = input.runs && input.runs.length > 1 ? input.runs : []
  const { repoUrl, sha } = input
  const unscanned = input.toolRuns.flatMap(r =>
    (r.skipped ?? []).map(s => ({ tool: r.tool, ...s }))
  )
  const rows: Rows = {
    reasons: input.verdict.reasons.map(r => `- ${cell(r, LINE_MAX_CHARS)}`),
    gates: gates.map(g =>
      row([
        cell(g.gate),
        formatNumber(g.actual),
        `${escapeMarkdown(g.op)} ${formatNumber(g.limit)}`,
        g.baseline === undefined ? '—' : formatNumber(g.baseline),
        g.passed ? '✅ pass' : '❌ fail',
        cell(g.message)
      ])
    ),
    top: top.map(f =>
      row([
        severityText(f, input.unknownSeverity),
        escapeMarkdown(f.tool),
        cell(f.ruleId, 80),
        locationText(f, repoUrl, sha),
        cell(findingText(f))
      ])
    ),
    tools: input.toolRuns.map(r => {
      // A tool that did not finish has no finding count: it must never read as "0 findings".
      const findings = r.status === 'ok' ? String(r.findings.length) : '—'
      const why = [r.reason, r.errors.length ? `${r.errors.length} tool error(s)` : undefined]
        .filter((x): x is string => Boolean(x))
        .join('; ')
      return row([
        escapeMarkdown(r.tool),
        r.version ? cell(r.version, 40) : '—',
        `${STATUS_ICON[r.status]} ${r.status}`,
        formatDuration(r.durationMs),
        findings,
        why ? cell(why) : ''
      ])
    }),
    // Capped before rendering: a tree of 100k skipped images must not cost 100k rows of work.
    unscanned: unscanned
      .slice(0, MAX_UNSCANNED_ROWS)
      .map(u => row([escapeMarkdown(u.tool), cell(u.path, 200), cell(u.reason)])),
    runs: runs.map(r =>
      row([
        String(r.attempt),
        String(r.exit_code),
        formatNumber(r.execution_time_seconds),
        r.cpu_max === null ? NOT_OBSERVED_LABEL : formatNumber(r.cpu_max),
        r.memory_max_mb === null ? NOT_OBSERVED_LABEL : formatNumber(r.memory_max_mb)
      ])
    ),
    expiring: expiring.map(e => row([escapeMarkdown(e.expires), cell(e.match), cell(e.reason)])),
    warnings: warnings.map(w => `- ${cell(w, LINE_MAX_CHARS)}`)
  }
  const suppressed = input.findings.filter(f => f.suppressed).length
  return {
    input,
    counted,
    suppressed,
    top,
    gates,
    warnings,
    expiring,
    runs,
    unscanned: unscanned.length,
    chart: renderCharts(input.metrics),
    rows,
    severityTable: renderSeverityByTool(counted, suppressed)
  }
}

function fullPlan(p: Prepared): Plan {
  return {
    top: p.top.length,
    chart: p.chart ? 1 : 0,
    unscanned: p.rows.unscanned.length,
    expiring: p.expiring.length,
    runs: p.runs.length,
    warnings: p.warnings.length,
    gates: p.gates.length,
    tools: p.input.toolRuns.length,
    reasons: p.input.verdict.reasons.length
  }
}

function countsLine(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter(s => counts[s] > 0).map(
    s => `${SEVERITY_ICON[s]} ${counts[s]} ${s}`
  )
  return parts.length ? parts.join(' · ') : 'no findings that count'
}

function renderVerdict(p: Prepared, plan: Plan): string {
  const v = p.input.verdict
  const head = v.passed ? '## ✅ runguard: passed' : '## ❌ runguard: failed'
  const lines = [head, '']
  const reasons = p.rows.reasons.slice(0, plan.reasons)
  if (reasons.length) lines.push(...reasons)
  else if (!v.passed) lines.push('- (no reason recorded)')
  const tail = more(reasons.length, v.reasons.length, 'reasons')
  return lines.join('\n') + tail + `\n\n**Findings:** ${countsLine(v.counts)}`
}

function renderGates(p: Prepared, plan: Plan): string {
  if (p.gates.length === 0) return ''
  const rows = p.rows.gates.slice(0, plan.gates)
  return (
    '### Gates\n\n' +
    table(['Gate', 'Actual', 'Limit', 'Baseline', 'Result', 'Details'], rows) +
    more(rows.length, p.gates.length, 'gates')
  )
}

function renderSeverityByTool(counted: Finding[], suppressed: number): string {
  if (counted.length === 0 && suppressed === 0) return ''
  // One pass over what may be 100,000 findings: a count per severity and tool.
  const bySeverity = new Map<Severity, Map<string, number>>()
  const toolSet = new Set<string>()
  for (const f of counted) {
    toolSet.add(f.tool)
    let ofSeverity = bySeverity.get(f.severity)
    if (!ofSeverity) bySeverity.set(f.severity, (ofSeverity = new Map<string, number>()))
    ofSeverity.set(f.tool, (ofSeverity.get(f.tool) ?? 0) + 1)
  }
  const tools = [...toolSet].sort()
  const rows: string[] = []
  for (const s of SEVERITIES) {
    const ofSeverity = bySeverity.get(s)
    if (!ofSeverity) continue
    let total = 0
    for (const n of ofSeverity.values()) total += n
    rows.push(
      row([
        `${SEVERITY_ICON[s]} ${s}`,
        ...tools.map(t => String(ofSeverity.get(t) ?? 0)),
        `**${total}**`
      ])
    )
  }
  const note = suppressed ? `\n\n${suppressed} suppressed finding(s) not counted.` : ''
  if (rows.length === 0) return `### Findings\n\nNo findings that count.${note}`
  return (
    '### Findings by severity and tool\n\n' +
    table(['Severity', ...tools.map(t => escapeMarkdown(t)), 'Total'], rows) +
    note
  )
}

function renderTop(p: Prepared, plan: Plan): string {
  if (p.top.length === 0) return ''
  const rows = p.rows.top.slice(0, plan.top)
  const title =
    p.counted.length > p.top.length
      ? `### Top ${p.top.length} of ${p.counted.length} findings`
      : '### Top findings'
  return (
    `${title}\n\n` +
    (rows.length ? table(['Severity', 'Tool', 'Rule', 'Location', 'Finding'], rows) : '') +
    more(rows.length, p.top.length, 'findings')
  )
}

function renderTools(p: Prepared, plan: Plan): string {
  const runs = p.input.toolRuns
  if (runs.length === 0) return ''
  const rows = p.rows.tools.slice(0, plan.tools)
  return (
    '### Tools\n\n' +
    table(['Tool', 'Version', 'Status', 'Duration', 'Findings', 'Reason'], rows) +
    more(rows.length, runs.length, 'tools')
  )
}

/** Rows of the "Not scanned" table before the count alone stands for the rest. */
const MAX_UNSCANNED_ROWS = 50

function renderUnscanned(p: Prepared, plan: Plan): string {
  if (p.unscanned === 0) return ''
  const rows = p.rows.unscanned.slice(0, plan.unscanned)
  const gate = p.input.failOnUnscanned
    ? 'fail-on-unscanned is on: each one fails the verdict.'
    : 'fail-on-unscanned is off: listed only.'
  return (
    `### Not scanned\n\n${p.unscanned} path(s) a scanner skipped (size, depth, type, ` +
    `excluded directory or the scanner's own ignore rules). ${gate}\n\n` +
    (rows.length ? table(['Tool', 'Path', 'Reason'], rows) : '') +
    (rows.length < p.unscanned
      ? `\n\n_…and ${p.unscanned - rows.length} more (counted per tool in the SARIF run properties)._`
      : '')
  )
}

/** Lists in the environment section show this many names, then a count. */
const ENVIRONMENT_LIST = 20

/** Which environment was read, how its packages came in, and where dependency findings sit. */
function renderEnvironment(p: Prepared): string {
  const e = p.input.environment
  if (!e) return ''
  const list = (items: readonly string[]): string =>
    items.slice(0, ENVIRONMENT_LIST).join(', ') +
    (items.length > ENVIRONMENT_LIST ? ` and ${items.length - ENVIRONMENT_LIST} more` : '')
  const lines = [
    '### Installed environment',
    `${e.packages} packages of Python ${escapeMarkdown(e.pythonVersion)}, read from ${escapeMarkdown(e.how)}: ` +
      `${e.direct} direct, ${e.transitive} transitive, ${e.unlisted} required by nothing the manifests list` +
      (e.optional > 0 ? ` (${e.optional} needed only by development or optional entries)` : '') +
      '.'
  ]
  const byRelationship = new Map<string, number>()
  for (const f of p.counted) {
    const r = f.dependency?.relationship ?? (f.dependency ? 'manifest only' : undefined)
    if (r !== undefined) byRelationship.set(r, (byRelationship.get(r) ?? 0) + 1)
  }
  if (byRelationship.size > 0)
    lines.push(
      'Dependency findings: ' +
        [...byRelationship]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([r, n]) => `${n} ${r}`)
          .join(' · ')
    )
  const rt = e.runtime
  if (rt && !rt.recorded)
    lines.push(`What the script loaded: not recorded (${escapeMarkdown(rt.why)}).`)
  if (rt?.recorded) {
    lines.push(
      `What the script loaded (its own import record, ${rt.processes} Python process(es) over every attempt): ` +
        `${rt.loaded.length} of ${e.packages} installed packages` +
        (rt.loaded.length > 0 ? `: ${escapeMarkdown(list(rt.loaded))}` : '') +
        '.'
    )
    const group = (runtime: 'loaded' | 'not-loaded'): string => {
      const hits = p.counted.filter(f => f.dependency?.runtime === runtime && f.package)
      const names = [...new Set(hits.map(f => `${f.package?.name} ${f.package?.version}`))]
      return `${hits.length}${names.length > 0 ? ` (${escapeMarkdown(list(names))})` : ''}`
    }
    lines.push(
      `Dependency findings loaded at run time: ${group('loaded')} · not loaded in this run: ${group('not-loaded')}. ` +
        (rt.failOnLoadedOnly
          ? 'fail-on-loaded-only is on: findings not loaded in this run are reported but do not fail the gate.'
          : 'fail-on-loaded-only is off: both groups count.')
    )
  }
  if (e.mismatches.length > 0)
    lines.push(`Manifest pins the environment contradicts: ${escapeMarkdown(list(e.mismatches))}`)
  if (e.unknownLicenses.length > 0)
    lines.push(`Licence unknown: ${escapeMarkdown(list(e.unknownLicenses))}`)
  return lines.join('\n\n')
}

function renderScript(p: Prepared, plan: Plan): string {
  const m = p.input.metrics
  if (!m) return ''
  const parts = ['### Script']
  const facts = [
    `exit code ${m.exit_code}${m.signal ? ` (${escapeMarkdown(m.signal)})` : ''}`,
    `${formatNumber(m.execution_time_seconds)} s`,
    m.cpu_max === null || m.cpu_avg === null
      ? `CPU ${NOT_OBSERVED_LABEL}`
      : `CPU max ${formatNumber(m.cpu_max)} % / avg ${formatNumber(m.cpu_avg)} %`,
    m.memory_max_mb === null
      ? `memory ${NOT_OBSERVED_LABEL}`
      : `memory max ${formatNumber(m.memory_max_mb)} MiB`,
    `threads ${m.num_threads ?? NOT_OBSERVED_LABEL}`,
    `fds ${m.num_fds ?? NOT_OBSERVED_LABEL}`
  ]
  if (m.timedOut) facts.unshift('**timed out**')
  parts.push(facts.join(' · '))
  // Why some numbers are missing: never gated, and never read as 0 (model.ts, MeasurementInfo).
  if (m.measurement.notObserved) parts.push(`_${escapeMarkdown(m.measurement.notObserved)}_`)
  if (p.runs.length > 1 && plan.runs > 0) {
    const rows = p.rows.runs.slice(0, plan.runs)
    parts.push(
      table(['Attempt', 'Exit', 'Time (s)', 'CPU max %', 'Memory max (MiB)'], rows) +
        more(rows.length, p.runs.length, 'runs')
    )
  }
  if (plan.chart && p.chart) parts.push(p.chart)
  const notes = m.measurement.notes
  if (notes.length)
    parts.push(
      `_Measurement (${cell(m.measurement.method, 40)}): ${cell(notes.join('; '), LINE_MAX_CHARS)}_`
    )
  return parts.join('\n\n')
}

function renderExpiring(p: Prepared, plan: Plan): string {
  if (p.expiring.length === 0) return ''
  const rows = p.rows.expiring.slice(0, plan.expiring)
  return (
    '### Suppressions expiring soon\n\n' +
    (rows.length ? table(['Expires', 'Matches', 'Reason'], rows) : '') +
    more(rows.length, p.expiring.length, 'suppressions')
  )
}

function renderWarnings(p: Prepared, plan: Plan): string {
  const omitted = p.input.annotationsOmitted
  const lines = p.rows.warnings.slice(0, plan.warnings)
  if (omitted) {
    const levels = (['error', 'warning', 'notice'] as const).filter(k => omitted[k] > 0)
    const total = levels.reduce((n, k) => n + omitted[k], 0)
    if (total > 0)
      lines.push(
        `- ${total} finding(s) had no annotation (GitHub shows at most 10 of each level per ` +
          `step): ${levels.map(k => `${omitted[k]} ${k}`).join(', ')}`
      )
  }
  if (lines.length === 0 && p.warnings.length === 0) return ''
  const kept = Math.min(plan.warnings, p.warnings.length)
  return '### Warnings\n\n' + lines.join('\n') + more(kept, p.warnings.length, 'warnings')
}

function renderReports(p: Prepared): string {
  const reports = p.input.reports
  if (reports.length === 0) return ''
  return (
    '### Reports\n\n' +
    reports.map(r => `- ${escapeMarkdown(r.kind)}: ${cell(r.path, 300)}`).join('\n')
  )
}

function renderAll(p: Prepared, plan: Plan, omittedRows: number): string {
  const sections = [
    renderVerdict(p, plan),
    renderGates(p, plan),
    p.severityTable,
    renderTop(p, plan),
    renderTools(p, plan),
    renderUnscanned(p, plan),
    renderScript(p, plan),
    renderEnvironment(p),
    renderTrendSection(p.input.trend),
    renderExpiring(p, plan),
    renderWarnings(p, plan),
    renderReports(p)
  ].filter(s => s !== '')
  if (omittedRows > 0 || (p.chart && !plan.chart)) {
    const chart = p.chart && !plan.chart ? ' (timeline chart omitted)' : ''
    sections.push(`> summary truncated: ${omittedRows} rows omitted${chart}`)
  }
  return sections.join('\n\n') + '\n'
}

function omitted(full: Plan, plan: Plan): number {
  return TRIM_ORDER.filter(k => k !== 'chart').reduce((n, k) => n + full[k] - plan[k], 0)
}

/** The job summary / `summaryFile` markdown, at most `maxBytes` UTF-8 bytes. */
export function renderSummary(input: SummaryInput, opts: SummaryOptions = {}): string {
  const max = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES
  const redact = opts.redact ?? ((s: string): string => s)
  const p = prepare(input, opts.maxTopFindings ?? DEFAULT_TOP_FINDINGS)
  const full = fullPlan(p)
  const trimmed = trimToFit(
    full,
    TRIM_ORDER,
    plan => renderAll(p, plan, omitted(full, plan)),
    text => utf8Bytes(text) <= max
  )
  const text = trimmed.fits
    ? trimmed.text
    : cutAtLine(
        trimmed.text,
        `\n\n> summary truncated: ${omitted(full, trimmed.plan)} rows omitted and the rest cut to fit\n`,
        max
      )
  // Redaction only shortens text (`***` replaces values of 4+ characters), so fitting first
  // and redacting after keeps the cap.
  return redact(text)
}

// ── the sticky PR comment ────────────────────────────────────────────────────────────────

export interface PrCommentOptions {
  /** Character cap (GitHub rejects 65,536 or more). */
  maxChars?: number
  /** Rows of the findings table. */
  maxTopFindings?: number
  /** Applied to the final text (the run's Redactor). */
  redact?: (text: string) => string
}

/** Longest list of gate changes the PR comment shows; the rest are counted. */
const PR_COMMENT_GATE_CHANGES = 30

/** The PR comment's list of what the change did to the gate (none: no section). */
function renderGateChanges(changes: readonly string[]): string {
  if (changes.length === 0) return ''
  const shown = changes.slice(0, PR_COMMENT_GATE_CHANGES).map(c => `- ${cell(c, 300)}`)
  const rest = changes.length - shown.length
  return (
    '**What this change does to the gate**\n\n' +
    shown.join('\n') +
    (rest > 0 ? `\n- … and ${rest} more in the job summary` : '')
  )
}

/**
 * The sticky comment: marker, verdict with reasons, tool line, top findings, what the change
 * did to the gate, link to the run.
 */
export function renderPrComment(input: SummaryInput, opts: PrCommentOptions = {}): string {
  const max = Math.min(opts.maxChars ?? PR_COMMENT_MAX_CHARS, PR_COMMENT_MAX_CHARS)
  const redact = opts.redact ?? ((s: string): string => s)
  const p = prepare(input, opts.maxTopFindings ?? 10)
  // The comment never shows these sections, so they do not count as omitted.
  const full: Plan = {
    ...fullPlan(p),
    chart: 0,
    unscanned: 0,
    expiring: 0,
    runs: 0,
    warnings: 0,
    tools: 0
  }
  const runLink = safeUrl(input.runUrl)
  const render = (plan: Plan): string => {
    const tools = input.toolRuns
      .map(r => `${escapeMarkdown(r.tool)} ${STATUS_ICON[r.status]}`)
      .join(' · ')
    const failedGates = p.gates.filter(g => !g.passed).slice(0, plan.gates)
    const sections = [
      PR_COMMENT_MARKER,
      renderVerdict(p, plan).replace(/^## /, '### '),
      tools ? `**Tools:** ${tools}` : '',
      failedGates.length
        ? '**Failed gates**\n\n' +
          failedGates.map(g => `- ${cell(g.gate)}: ${cell(g.message)}`).join('\n')
        : '',
      renderTop(p, plan).replace(/^### /, '#### '),
      renderGateChanges(input.gateChanges ?? []),
      runLink ? `[Full report and charts](${runLink})` : ''
    ].filter(s => s !== '')
    const n = omitted(full, plan)
    if (n > 0) sections.push(`> comment truncated: ${n} rows omitted`)
    return sections.join('\n\n') + '\n'
  }
  const order: Array<keyof Plan> = ['top', 'gates', 'reasons']
  let { text } = trimToFit(full, order, render, t => t.length <= max)
  if (text.length > max) text = text.slice(0, max - 40) + '\n\n> comment truncated\n'
  return redact(text)
}

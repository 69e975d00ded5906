import type { PolicyOutcome } from '../gates/verdict.js'
import { SEVERITIES, SEVERITY_RANK, TOOL_NAMES, type Finding, type Severity } from '../model.js'
import type { Settings } from '../config/schema.js'
import {
  lineHashKey,
  sarifRuleId,
  type BaselineResult,
  type BaselineSarif
} from './baseline-sarif.js'
import { groupFindings, mergeGroup, shareAdvisorySeverity, type FindingGroup } from './dedupe.js'
import type { IgnoreEntry, IgnoreFile } from './ignore-file.js'
import { compileIgnoreEntry, type IgnoreMatcher } from './ignore-file-match.js'
import { LineHashCache } from './line-hash.js'
import { effectiveRank, treatedAs } from './severity.js'

/**
 * Security policy: which findings are reported, which are suppressed, which count, and whether
 * they fail the run. Pure: the caller loads the ignore file and baseline and passes them in.
 */

/** Suppressions expiring within this many days are warned about. */
export const EXPIRY_WARNING_DAYS = 14

export interface PolicyInput {
  findings: readonly Finding[]
  settings: Pick<Settings, 'failOn' | 'reportLevel' | 'unknownSeverity'> &
    Partial<Pick<Settings, 'failOnLoadedOnly'>>
  ignore: IgnoreFile
  /** Results of the default branch: only findings not in it can fail (new-only). */
  baseline?: BaselineSarif
  /** "Today" for expiry checks (tests pin it); defaults to now. */
  today?: Date
  /** Repo-relative path → file text, to match baselines by `primaryLocationLineHash`. */
  readFile?: (repoPath: string) => string | undefined
}

/** A suppression that stops applying soon, or already has (the summary lists them). */
export interface ExpiringSuppression {
  /** Why it was suppressed, as written in the ignore file. */
  reason: string
  /** ISO date (YYYY-MM-DD). */
  expires: string
  /** What it matches (rule id, fingerprint, path glob …), as written. */
  match: string
}

export interface PolicyResult {
  /** Every reportable finding (at or above report-level), with `suppressed`/`baselineState`. */
  findings: Finding[]
  /** What counts: one representative per dedupe group, not suppressed, not in the baseline. */
  counted: Finding[]
  outcome: PolicyOutcome
  /** Ignore-file entries that matched no finding. */
  unusedSuppressions: IgnoreEntry[]
  /** Baseline results no current finding matches (fixed or moved beyond recognition). */
  absent: BaselineResult[]
  /** Ignore-file entries expired or expiring within EXPIRY_WARNING_DAYS, in file order. */
  expiring: ExpiringSuppression[]
}

// The rank thresholds use is the one every channel presents (severity.ts).
export { effectiveRank }

const DAY_MS = 86_400_000
const isoDay = (date: Date): string => date.toISOString().slice(0, 10)
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** How an entry reads in messages: `.runguard-ignore.yml:12 (id GHSA-…, path tests/**)`. */
function describeEntry(file: IgnoreFile, entry: IgnoreEntry): string {
  const parts = (['id', 'rule', 'path', 'fingerprint', 'tool'] as const)
    .filter(k => entry[k] !== undefined)
    .map(k => `${k} ${entry[k]}`)
  return `${file.path}:${entry.line} (${parts.join(', ')})`
}

/** One line naming a finding: rule, title and where; dependency findings name the package. */
export function describeFinding(finding: Finding): string {
  const at = `${finding.location.path}:${finding.location.startLine}`
  if (finding.package) {
    const id = finding.advisory?.id ?? finding.ruleId
    const fixed = finding.package.fixedVersions.length
      ? ` (fixed in ${finding.package.fixedVersions.slice(0, 3).join(', ')})`
      : ''
    return `${id} in ${finding.package.name} ${finding.package.version}${fixed} at ${at}`
  }
  return `${finding.ruleId} ${finding.title} at ${at}`
}

export function applyPolicy(input: PolicyInput): PolicyResult {
  const { settings } = input
  const rank = (f: Finding): number => effectiveRank(f.severity, settings.unknownSeverity)
  const reportFloor = SEVERITY_RANK[settings.reportLevel]
  // Copy on write: the caller's findings stay as the tools reported them, and the (usually
  // many) findings policy does not touch are not copied at all.
  const annotated = new Map<Finding, Finding>()
  const view = (f: Finding): Finding => annotated.get(f) ?? f
  const annotate = (f: Finding, patch: Partial<Finding>): void => {
    annotated.set(f, { ...view(f), ...patch })
  }
  // Grouped before the report floor: an advisory one tool left unknown takes the score another
  // tool's record gave it (dedupe.ts), and only then is compared with report-level.
  // Not cached here: grouping reads each file once, while it pairs that file's findings.
  const readFile = input.readFile
  const readLines = readFile
    ? (p: string): readonly string[] | undefined => readFile(p)?.split(/\r?\n/)
    : undefined
  const allGroups = groupFindings(input.findings, rank, readLines ? { readLines } : {})
  for (const group of allGroups)
    for (const [finding, patch] of shareAdvisorySeverity(group.members)) annotate(finding, patch)
  const reportable = input.findings.filter(
    // Unknown-as-unknown is always reported: we cannot tell it is below the floor.
    f => rank(view(f)) === SEVERITY_RANK.unknown || rank(view(f)) >= reportFloor
  )
  // Usually every finding is reportable: then the groups are the ones just made (a set, a copy
  // of every group and a filtered copy of its members, per finding, were garbage of this pass).
  let groups = allGroups
  if (reportable.length < input.findings.length) {
    const isReportable = new Set(reportable)
    groups = []
    for (const g of allGroups) {
      if (g.members.every(m => isReportable.has(m))) groups.push(g)
      else {
        const members = g.members.filter(m => isReportable.has(m))
        if (members.length > 0) groups.push({ ...g, members })
      }
    }
  }

  const warnings: string[] = []
  const today = isoDay(input.today ?? new Date())
  const todayMs = Date.parse(`${today}T00:00:00Z`)
  const active: IgnoreMatcher[] = []
  const expired: IgnoreMatcher[] = []
  for (const entry of input.ignore.entries) {
    const matcher = compileIgnoreEntry(entry)
    if (entry.expires !== undefined && entry.expires < today) expired.push(matcher)
    else active.push(matcher)
  }
  const used = new Set<IgnoreEntry>()
  const expiredHits = new Map<IgnoreEntry, number>()

  for (const group of groups) {
    for (const finding of group.members) {
      if (finding.suppressed) continue
      // Dependency findings match an id any tool gave the same advisory.
      const ids = finding.package ? group.ids : undefined
      const hit = active.find(m => m.matches(finding, ids))
      if (hit) {
        used.add(hit.entry)
        annotate(finding, {
          suppressed: {
            reason: hit.entry.reason,
            ...(hit.entry.expires === undefined ? {} : { expires: hit.entry.expires }),
            source: 'ignore-file'
          }
        })
        continue
      }
      for (const m of expired) {
        if (m.matches(finding, ids)) expiredHits.set(m.entry, (expiredHits.get(m.entry) ?? 0) + 1)
      }
    }
  }

  for (const m of expired) {
    const hits = expiredHits.get(m.entry) ?? 0
    const effect = hits ? `; ${plural(hits, 'finding')} count again` : ' and matched nothing'
    warnings.push(
      `suppression ${describeEntry(input.ignore, m.entry)} expired on ${m.entry.expires}${effect}: renew it with a new date or fix the finding`
    )
  }
  const daysLeft = (expires: string): number =>
    Math.round((Date.parse(`${expires}T00:00:00Z`) - todayMs) / DAY_MS)
  const expiring: ExpiringSuppression[] = input.ignore.entries
    .filter(e => e.expires !== undefined && daysLeft(e.expires) <= EXPIRY_WARNING_DAYS)
    .map(e => ({
      reason: e.reason,
      expires: e.expires!,
      match: [e.id, e.rule, e.path, e.fingerprint].filter(Boolean).join(' ')
    }))
  for (const m of active) {
    if (m.entry.expires === undefined) continue
    const days = daysLeft(m.entry.expires)
    if (days <= EXPIRY_WARNING_DAYS) {
      const when = days === 0 ? 'today (last day it applies)' : `in ${plural(days, 'day')}`
      warnings.push(
        `suppression ${describeEntry(input.ignore, m.entry)} expires on ${m.entry.expires} (${when})`
      )
    }
  }
  const unusedSuppressions = active.filter(m => !used.has(m.entry)).map(m => m.entry)
  for (const entry of unusedSuppressions) {
    warnings.push(
      `suppression ${describeEntry(input.ignore, entry)} matched no finding; remove it if the problem is gone`
    )
  }

  const absent = input.baseline
    ? markBaseline(reportable, annotate, input.baseline, input.readFile)
    : []

  const counted: Finding[] = []
  // The group of counted[i] (the failure message names the other tools of the top finding).
  const countedGroups: FindingGroup[] = []
  for (const group of groups) {
    const { members } = group
    // One finding per real issue: the most severe member, saying who rated it so (dedupe.ts).
    // A group of one (nearly every group) is its member: no copies of one-element lists.
    let representative: Finding
    if (members.length === 1) {
      representative = view(members[0] as Finding)
      if (representative.suppressed) continue
    } else {
      const live = members.map(view).filter(m => !m.suppressed)
      if (!live[0]) continue
      representative = mergeGroup(live)
    }
    // A group already on the default branch is not new, even if another tool now also reports it.
    if (input.baseline && members.some(m => view(m).baselineState === 'unchanged')) continue
    counted.push(representative)
    countedGroups.push(group)
  }
  const groupOf = (f: Finding): FindingGroup | undefined => countedGroups[counted.lastIndexOf(f)]

  const counts = Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Record<Severity, number>
  for (const f of counted) counts[f.severity]++

  const reasons: string[] = []
  if (settings.failOn !== 'none') {
    const floor = SEVERITY_RANK[settings.failOn]
    const atFloor = counted.filter(f => rank(f) >= floor)
    // fail-on-loaded-only: a dependency the import record shows no attempt loaded is reported,
    // not failed. Unmarked findings (nothing recorded) always count.
    const failing = settings.failOnLoadedOnly
      ? atFloor.filter(f => f.dependency?.runtime !== 'not-loaded')
      : atFloor
    if (failing.length < atFloor.length)
      warnings.push(
        `fail-on-loaded-only: ${plural(atFloor.length - failing.length, 'dependency finding')} at or above fail-on=${settings.failOn} on packages not loaded in this run did not fail the gate (still reported)`
      )
    if (failing.length)
      reasons.push(thresholdReason(failing, settings, Boolean(input.baseline), rank, groupOf))
  }
  return {
    findings: annotated.size === 0 ? reportable : reportable.map(view),
    counted,
    outcome: { reasons, warnings, counts },
    unusedSuppressions,
    absent,
    expiring
  }
}

function thresholdReason(
  failing: Finding[],
  settings: PolicyInput['settings'],
  newOnly: boolean,
  rank: (f: Finding) => number,
  groupOf: (f: Finding) => FindingGroup | undefined
): string {
  // One pass for the counts and the top finding: this runs over every failing finding.
  const severityCounts = new Map<Severity, number>()
  const toolCounts = new Map<string, number>()
  const before = (a: Finding, b: Finding): boolean =>
    rank(a) - rank(b) > 0 ||
    (rank(a) === rank(b) &&
      (a.location.path < b.location.path ||
        (a.location.path === b.location.path && a.location.startLine < b.location.startLine)))
  let top = failing[0] as Finding
  for (const f of failing) {
    severityCounts.set(f.severity, (severityCounts.get(f.severity) ?? 0) + 1)
    toolCounts.set(f.tool, (toolCounts.get(f.tool) ?? 0) + 1)
    if (before(f, top)) top = f
  }
  const bySeverity = SEVERITIES.filter(s => severityCounts.has(s)).map(s => {
    const n = severityCounts.get(s) as number
    return s === 'unknown'
      ? `${n} unknown-severity treated as ${treatedAs(s, settings.unknownSeverity)}`
      : `${n} ${s}`
  })
  const byTool = TOOL_NAMES.filter(t => toolCounts.has(t)).map(t => `${t} ${toolCounts.get(t)}`)
  const others = groupOf(top)?.members.filter(m => m.tool !== top.tool) ?? []
  const alsoBy = others.length
    ? ` (also reported by ${[...new Set(others.map(m => m.tool))].join(', ')})`
    : ''
  const what = newOnly ? plural(failing.length, 'new finding') : plural(failing.length, 'finding')
  return `${what} at or above fail-on=${settings.failOn} (${bySeverity.join(', ')}; ${byTool.join(', ')}); top: ${describeFinding(top)}${alsoBy}`
}

/** Sets `baselineState` on every finding and returns the baseline results nothing matched. */
function markBaseline(
  findings: readonly Finding[],
  annotate: (f: Finding, patch: Partial<Finding>) => void,
  baseline: BaselineSarif,
  readFile?: (repoPath: string) => string | undefined
): BaselineResult[] {
  const byFingerprint = new Map<string, number[]>()
  const byLineHash = new Map<string, number[]>()
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key)
    if (list) list.push(i)
    else map.set(key, [i])
  }
  baseline.results.forEach((r, i) => {
    if (r.fingerprint) add(byFingerprint, r.fingerprint, i)
    if (r.lineHash && r.path) add(byLineHash, lineHashKey(r.ruleId, r.path, r.lineHash), i)
  })
  const hashes = readFile ? new LineHashCache(readFile) : undefined
  const matched = new Set<number>()
  for (const finding of findings) {
    let hits = byFingerprint.get(finding.fingerprint)
    if (!hits && hashes && byLineHash.size) {
      const hash = hashes.get(finding.location.path, finding.location.startLine)
      if (hash)
        hits = byLineHash.get(lineHashKey(sarifRuleId(finding), finding.location.path, hash))
    }
    annotate(finding, { baselineState: hits ? 'unchanged' : 'new' })
    for (const i of hits ?? []) matched.add(i)
  }
  return baseline.results.filter((_, i) => !matched.has(i))
}

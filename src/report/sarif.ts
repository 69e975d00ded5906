import { pathToFileURL } from 'node:url'
import zlib from 'node:zlib'
import {
  SEVERITY_RANK,
  TOOL_NAMES,
  type Finding,
  type Severity,
  type ToolName,
  type ToolRun
} from '../model.js'
import { RUNGUARD_FINGERPRINT_KEY, sarifRuleId } from '../policy/baseline-sarif.js'
import { LineHashCache } from '../policy/line-hash.js'

/**
 * SARIF 2.1.0 for GitHub code scanning (reference §1): one run per tool with its own driver
 * name and `automationDetails.id`, a run for every tool that ran (even with no results, so
 * fixed alerts close), one rule per advisory for dependency findings, GitHub's line hash, and
 * GitHub's limits enforced by dropping the least severe results (and saying so).
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
/** GitHub rejects files above these (reference §1.2). */
export const MAX_RUNS = 20
export const MAX_RESULTS_PER_RUN = 25_000
/** 10 MB gzipped; decimal megabytes to stay on the safe side of either reading. */
export const MAX_GZIP_BYTES = 10_000_000
const MAX_TEXT = 1024
const MAX_NOTIFICATIONS = 50

/** `tool.driver.name` per tool; our own detector gets a prefixed name so it is recognisable. */
export const DRIVER_NAMES: Readonly<Record<ToolName, string>> = {
  bandit: 'bandit',
  semgrep: 'semgrep',
  safety: 'safety',
  'osv-scanner': 'osv-scanner',
  secrets: 'runguard-secrets'
}

const INFORMATION_URIS: Readonly<Record<ToolName, string>> = {
  bandit: 'https://bandit.readthedocs.io/',
  semgrep: 'https://semgrep.dev/',
  safety: 'https://github.com/pyupio/safety',
  'osv-scanner': 'https://google.github.io/osv-scanner/',
  secrets: 'https://github.com/runguard/runguard'
}

/**
 * `security-severity` per severity when there is no CVSS score. Values sit inside GitHub's bands
 * (reference §1.3); `info`/`unknown` get none (a placeholder would reject the whole upload).
 */
const SECURITY_SEVERITY: Readonly<Partial<Record<Severity, number>>> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0
}

export interface SarifInput {
  toolRuns: readonly ToolRun[]
  /** Reportable findings after policy (`suppressed` and `baselineState` set). */
  findings: readonly Finding[]
  /** `automationDetails.id` prefix (settings.category). */
  category: string
  /** Absolute workspace path, for `originalUriBaseIds`. */
  workspace: string
  runguardVersion: string
  /** Repo-relative path → file text, for `primaryLocationLineHash`; undefined = unreadable. */
  readFile?: (repoPath: string) => string | undefined
}

export interface SarifOutput {
  /** The SARIF log object. */
  log: SarifLog
  /** The serialized log (compact JSON), already measured against the size limit. */
  text: string
  /** Results left out to stay within GitHub's limits. */
  dropped: number
  /** One line per thing the caller should tell the user. */
  warnings: string[]
}

// Minimal structural types: enough to keep our own code honest without @types/sarif.
export type SarifLog = { $schema: string; version: '2.1.0'; runs: SarifRun[] }
export type SarifRun = Record<string, unknown> & {
  tool: { driver: SarifDriver }
  results: SarifResult[]
}
export type SarifDriver = Record<string, unknown> & { name: string; rules: SarifRule[] }
export type SarifRule = Record<string, unknown> & { id: string }
export type SarifResult = Record<string, unknown> & { ruleId: string; level: string }

/** severity → result level; GitHub fails PR checks on `error` by default. */
export function levelFor(severity: Severity): 'error' | 'warning' | 'note' {
  if (severity === 'critical' || severity === 'high') return 'error'
  if (severity === 'medium' || severity === 'unknown') return 'warning'
  return 'note'
}

const severityRank = (s: Severity): number => (s === 'unknown' ? 1.5 : SEVERITY_RANK[s])

/** Repo-relative posix path → percent-encoded relative URI (spaces, `:` and `#` would break it). */
export function encodeRepoPath(path: string): string {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '')
  return clean === '' ? '.' : clean.split('/').map(encodeURIComponent).join('/')
}

const truncate = (text: string, max = MAX_TEXT): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`

const cweNumber = (cwe: string): string | undefined => /(\d+)/.exec(cwe)?.[1]

function securitySeverity(findings: readonly Finding[]): string | undefined {
  let best: number | undefined
  for (const f of findings) {
    const score =
      f.advisory?.cvssScore !== undefined && f.advisory.cvssScore > 0
        ? Math.min(10, f.advisory.cvssScore)
        : SECURITY_SEVERITY[f.severity]
    if (score !== undefined && (best === undefined || score > best)) best = score
  }
  return best === undefined ? undefined : best.toFixed(1)
}

function precision(findings: readonly Finding[]): string | undefined {
  const order = ['low', 'medium', 'high'] as const
  let best = -1
  for (const f of findings) if (f.confidence) best = Math.max(best, order.indexOf(f.confidence))
  return best < 0 ? undefined : order[best]
}

function buildRule(id: string, findings: readonly Finding[]): SarifRule {
  const first = findings[0] as Finding
  const worst = findings.reduce((a, b) =>
    severityRank(b.severity) > severityRank(a.severity) ? b : a
  )
  const cwes = [...new Set(findings.flatMap(f => f.cwe))].sort()
  const title = first.title.trim() || id
  const lines: string[] = []
  const md: string[] = [`**${title}**`, '']
  if (first.package && first.advisory) {
    const aliases = first.advisory.aliases.filter(a => a !== id)
    const packages = [...new Set(findings.map(f => `${f.package?.name} ${f.package?.version}`))]
    const fixed = [...new Set(findings.flatMap(f => f.package?.fixedVersions ?? []))]
    lines.push(`Advisory ${id} affects ${packages.join(', ')}.`)
    if (aliases.length) lines.push(`Also known as ${aliases.join(', ')}.`)
    lines.push(fixed.length ? `Fixed in ${fixed.join(', ')}.` : 'No fixed version is known.')
    if (first.advisory.cvssVector) lines.push(`CVSS vector: ${first.advisory.cvssVector}.`)
  } else {
    lines.push(`${title} (${first.tool} rule ${id}).`)
  }
  if (cwes.length) lines.push(`Weakness: ${cwes.join(', ')}.`)
  md.push(...lines.map(l => `- ${l}`))
  for (const cwe of cwes) {
    const n = cweNumber(cwe)
    if (n) md.push(`- [${cwe}](https://cwe.mitre.org/data/definitions/${n}.html)`)
  }
  const helpUri = first.helpUri ?? (first.advisory?.url || undefined)
  if (helpUri) md.push('', `[More information](${helpUri})`)
  const tags = [
    'security',
    ...cwes.flatMap(c => {
      const n = cweNumber(c)
      return n ? [`external/cwe/cwe-${n.padStart(3, '0')}`] : []
    })
  ].slice(0, 20)
  const score = securitySeverity(findings)
  const prec = precision(findings)
  return {
    id,
    name: truncate(title.replace(/\s+/g, ' '), 255),
    shortDescription: { text: truncate(title) },
    fullDescription: { text: truncate(lines.join(' ')) },
    defaultConfiguration: { level: levelFor(worst.severity) },
    help: {
      text: truncate(lines.join('\n') + (helpUri ? `\n${helpUri}` : ''), 10_000),
      markdown: md.join('\n')
    },
    ...(helpUri ? { helpUri } : {}),
    properties: {
      tags,
      ...(prec ? { precision: prec } : {}),
      ...(score ? { 'security-severity': score } : {})
    }
  }
}

function buildResult(finding: Finding, ruleIndex: number, hashes?: LineHashCache): SarifResult {
  const loc = finding.location
  const startLine = Math.max(1, Math.trunc(loc.startLine) || 1)
  const region: Record<string, number> = { startLine }
  if (loc.endLine !== undefined && loc.endLine >= startLine) region.endLine = loc.endLine
  if (loc.startColumn !== undefined && loc.startColumn >= 1) region.startColumn = loc.startColumn
  if (
    loc.endColumn !== undefined &&
    loc.endColumn >= 1 &&
    ((region.endLine ?? startLine) > startLine || loc.endColumn > (region.startColumn ?? 1))
  )
    region.endColumn = loc.endColumn
  const fingerprints: Record<string, string> = { [RUNGUARD_FINGERPRINT_KEY]: finding.fingerprint }
  const lineHash = hashes?.get(loc.path, startLine)
  if (lineHash) fingerprints.primaryLocationLineHash = lineHash
  const ruleId = sarifRuleId(finding)
  // Enough structure for `runguard merge` to rebuild the finding and re-apply policy.
  const properties: Record<string, unknown> = {
    severity: finding.severity,
    ...(finding.confidence ? { confidence: finding.confidence } : {}),
    cwe: finding.cwe
  }
  if (finding.package) properties.package = finding.package
  if (finding.advisory)
    properties.advisory = { id: finding.advisory.id, aliases: finding.advisory.aliases }
  // Only the masked preview ever leaves the detector (model.ts guarantees message has no secret).
  if (finding.secret)
    properties.secret = { provider: finding.secret.provider, masked: finding.secret.masked }
  const sup = finding.suppressed
  return {
    ruleId,
    ruleIndex,
    level: levelFor(finding.severity),
    message: { text: finding.message.trim() || finding.title.trim() || ruleId },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeRepoPath(loc.path), uriBaseId: '%SRCROOT%' },
          region
        }
      }
    ],
    partialFingerprints: fingerprints,
    ...(sup
      ? {
          suppressions: [
            {
              kind: sup.source === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              justification: truncate(sup.reason),
              ...(sup.expires ? { properties: { expires: sup.expires } } : {})
            }
          ]
        }
      : {}),
    ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
    properties
  }
}

const compareFindings = (a: Finding, b: Finding): number =>
  severityRank(b.severity) - severityRank(a.severity) ||
  (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0) ||
  a.location.startLine - b.location.startLine ||
  (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)

function buildRun(
  tool: ToolName,
  run: ToolRun | undefined,
  findings: Finding[],
  input: SarifInput,
  hashes?: LineHashCache
): SarifRun {
  findings.sort(compareFindings)
  const byRule = new Map<string, Finding[]>()
  for (const f of findings) {
    const id = sarifRuleId(f)
    const list = byRule.get(id)
    if (list) list.push(f)
    else byRule.set(id, [f])
  }
  const ruleIds = [...byRule.keys()].sort()
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]))
  const rules = ruleIds.map(id => buildRule(id, byRule.get(id) as Finding[]))
  const results = findings.map(f => buildResult(f, ruleIndex.get(sarifRuleId(f)) as number, hashes))

  const version = tool === 'secrets' ? input.runguardVersion : run?.version
  const failed = run !== undefined && (run.status === 'failed' || run.status === 'timed-out')
  const notifications = [
    ...(failed
      ? [{ level: 'error', message: { text: run.reason ?? `${tool} ${run.status}` } }]
      : []),
    ...(run?.errors ?? [])
      .slice(0, MAX_NOTIFICATIONS)
      .map(text => ({ level: 'warning', message: { text: truncate(text) } }))
  ]
  const category = input.category.replace(/\/+$/, '')
  return {
    tool: {
      driver: {
        name: DRIVER_NAMES[tool],
        ...(version ? { version } : {}),
        informationUri: INFORMATION_URIS[tool],
        rules
      }
    },
    automationDetails: { id: `${category}/${tool}/` },
    invocations: [
      {
        executionSuccessful: !failed,
        ...(notifications.length ? { toolExecutionNotifications: notifications } : {})
      }
    ],
    originalUriBaseIds: {
      '%SRCROOT%': { uri: `${pathToFileURL(input.workspace).href.replace(/\/?$/, '/')}` }
    },
    columnKind: 'utf16CodeUnits',
    results
  }
}

/** Compact JSON; the file is for machines, and size counts against the 10 MB limit. */
export function serializeSarif(log: SarifLog, pretty = false): string {
  return pretty ? JSON.stringify(log, null, 2) : JSON.stringify(log)
}

/** Gzipped size, cheaply first: level 1 never compresses better than the default level. */
function gzipTooLarge(text: string): { tooLarge: boolean; size: number } {
  const bytes = Buffer.byteLength(text)
  if (bytes <= MAX_GZIP_BYTES) return { tooLarge: false, size: bytes }
  const fast = zlib.gzipSync(text, { level: 1 }).length
  if (fast <= MAX_GZIP_BYTES) return { tooLarge: false, size: fast }
  const size = zlib.gzipSync(text).length
  return { tooLarge: size > MAX_GZIP_BYTES, size }
}

export function buildSarif(input: SarifInput): SarifOutput {
  const warnings: string[] = []
  const hashes = input.readFile ? new LineHashCache(input.readFile) : undefined
  const byTool = new Map<ToolName, Finding[]>()
  for (const f of input.findings) {
    const list = byTool.get(f.tool)
    if (list) list.push(f)
    else byTool.set(f.tool, [f])
  }
  const runsByTool = new Map(input.toolRuns.map(r => [r.tool, r]))
  // A skipped tool did not look, so it gets no run: an empty run would close its open alerts.
  const tools = TOOL_NAMES.filter(
    t => byTool.has(t) || (runsByTool.has(t) && runsByTool.get(t)?.status !== 'skipped')
  )

  let dropped = 0
  const kept = new Map<ToolName, Finding[]>()
  for (const tool of tools) {
    const findings = [...(byTool.get(tool) ?? [])].sort(compareFindings)
    if (findings.length > MAX_RESULTS_PER_RUN) {
      dropped += findings.length - MAX_RESULTS_PER_RUN
      warnings.push(
        `SARIF: ${tool} reported ${findings.length} results; kept the ${MAX_RESULTS_PER_RUN} most severe (GitHub rejects more than ${MAX_RESULTS_PER_RUN} per run)`
      )
      findings.length = MAX_RESULTS_PER_RUN
    }
    kept.set(tool, findings)
  }

  const build = (): SarifLog => ({
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: tools
      .slice(0, MAX_RUNS)
      .map(t => buildRun(t, runsByTool.get(t), [...(kept.get(t) ?? [])], input, hashes))
  })

  let log = build()
  let text = serializeSarif(log)
  for (let attempt = 0; attempt < 8; attempt++) {
    const { tooLarge, size } = gzipTooLarge(text)
    if (!tooLarge) break
    const all = [...kept.values()].flat().sort(compareFindings)
    // Shrink in proportion to the overshoot, with a margin so this converges in a step or two.
    const keep = Math.floor(all.length * (MAX_GZIP_BYTES / size) * 0.9)
    const keepSet = new Set(all.slice(0, keep))
    const before = all.length
    for (const [tool, list] of kept)
      kept.set(
        tool,
        list.filter(f => keepSet.has(f))
      )
    dropped += before - keep
    warnings.push(
      `SARIF: gzipped size ${(size / 1e6).toFixed(1)} MB is above GitHub's 10 MB limit; dropped the ${before - keep} least severe results`
    )
    log = build()
    text = serializeSarif(log)
  }
  return { log, text, dropped, warnings }
}

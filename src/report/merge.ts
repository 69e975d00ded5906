import { randomUUID } from 'node:crypto'
import {
  TOOL_NAMES,
  SEVERITIES,
  type Confidence,
  type Finding,
  type PackageRef,
  type Severity,
  type ToolName,
  type ToolRun
} from '../model.js'
import { RUNGUARD_FINGERPRINT_KEY } from '../policy/baseline-sarif.js'
import {
  DRIVER_NAMES,
  MAX_RESULTS_PER_RUN,
  SARIF_SCHEMA_URI,
  type SarifInvocation,
  type SarifLog,
  type SarifResult,
  type SarifRule,
  type SarifRun
} from './sarif.js'
import {
  asArray as arr,
  asObject as obj,
  asString as str,
  type JsonObject as Json
} from '../util/json.js'

/**
 * `runguard merge`: combine the reports of several jobs (a matrix, or scan + run split) into one
 * SARIF, one SBOM and one metrics file, and read runguard's findings back from a SARIF. Formats
 * only: the merge command (src/merge-command.ts) applies the policy and decides.
 *
 * SARIF choice: runs are keyed by (automationDetails.id, tool.driver.name), the pair GitHub
 * requires to be unique in one upload. Runs with the same key are UNIONED, results deduplicated
 * by fingerprint — not "later wins": matrix jobs usually scan different parts of a repository
 * (or the same part with different tool versions), and dropping one job's results would close
 * real alerts. Invocations are concatenated so a failed job stays visible.
 */

function runKey(run: Json): string {
  const driver = obj(obj(run.tool)?.driver)
  return `${str(obj(run.automationDetails)?.id) ?? ''}\u0000${str(driver?.name) ?? ''}`
}

function resultKey(result: Json, rules: unknown[]): string {
  const fps = obj(result.partialFingerprints) ?? {}
  const ruleId = str(result.ruleId) ?? str(obj(rules[Number(result.ruleIndex)])?.id) ?? ''
  const own = str(fps[RUNGUARD_FINGERPRINT_KEY])
  if (own) return `fp\u0000${ruleId}\u0000${own}`
  const physical = obj(obj(arr(result.locations)[0])?.physicalLocation)
  const where = `${str(obj(physical?.artifactLocation)?.uri) ?? ''}:${JSON.stringify(obj(physical?.region)?.startLine ?? null)}`
  return `loc\u0000${ruleId}\u0000${where}\u0000${str(fps.primaryLocationLineHash) ?? str(obj(result.message)?.text) ?? ''}`
}

const LEVEL_RANK: Readonly<Record<string, number>> = { error: 3, warning: 2, note: 1, none: 0 }

/** Merges SARIF logs (see the file comment for the union rule). Inputs are not modified. */
export function mergeSarif(logs: readonly object[]): SarifLog {
  const merged = new Map<
    string,
    {
      run: Json
      rules: Map<string, SarifRule>
      results: Map<string, SarifResult>
      invocations: SarifInvocation[]
    }
  >()
  for (const log of logs) {
    for (const raw of arr(obj(log)?.runs)) {
      const run = obj(raw)
      if (!run) continue
      const key = runKey(run)
      const driver = obj(obj(run.tool)?.driver) ?? {}
      const rules = arr(driver.rules)
      let entry = merged.get(key)
      if (!entry) {
        entry = { run, rules: new Map(), results: new Map(), invocations: [] }
        merged.set(key, entry)
      }
      for (const rule of rules) {
        const r = obj(rule)
        const id = str(r?.id)
        if (r && id && !entry.rules.has(id)) entry.rules.set(id, { ...r, id })
      }
      entry.invocations.push(...(arr(run.invocations) as SarifInvocation[]))
      for (const item of arr(run.results)) {
        const result = obj(item)
        if (!result) continue
        const k = resultKey(result, rules)
        if (entry.results.has(k)) continue
        // ruleIndex points into this run's rules; it is recomputed below.
        const ruleId = str(result.ruleId) ?? str(obj(rules[Number(result.ruleIndex)])?.id)
        const { ruleIndex: _dropped, ...rest } = result
        // Carried over as the input log has it (a log runguard wrote).
        entry.results.set(k, (ruleId ? { ...rest, ruleId } : rest) as unknown as SarifResult)
      }
    }
  }
  const runs: SarifRun[] = []
  for (const { run, rules, results, invocations } of merged.values()) {
    const ruleList = [...rules.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)))
    const index = new Map(ruleList.map((r, i) => [String(r.id), i]))
    let resultList = [...results.values()].map(r => {
      const i = index.get(String(r.ruleId))
      return i === undefined ? r : { ...r, ruleIndex: i }
    })
    if (resultList.length > MAX_RESULTS_PER_RUN) {
      // Keep the most severe, as GitHub would; the count dropped is recorded on the run.
      resultList = resultList
        .map((r, i) => ({ r, i }))
        .sort(
          (a, b) =>
            (LEVEL_RANK[b.r.level ?? ''] ?? 2) - (LEVEL_RANK[a.r.level ?? ''] ?? 2) || a.i - b.i
        )
        .slice(0, MAX_RESULTS_PER_RUN)
        .map(x => x.r)
    }
    const driver = obj(obj(run.tool)?.driver) ?? {}
    const dropped = results.size - resultList.length
    runs.push({
      ...run,
      tool: {
        ...obj(run.tool),
        driver: { ...driver, name: String(driver.name), rules: ruleList }
      },
      invocations,
      results: resultList,
      ...(dropped
        ? { properties: { ...obj(run.properties), 'runguard/droppedResults': dropped } }
        : {})
    })
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs }
}

const TOOL_BY_DRIVER = new Map<string, ToolName>(
  TOOL_NAMES.map(t => [DRIVER_NAMES[t].toLowerCase(), t])
)

/**
 * Rebuilds runguard findings and tool statuses from a SARIF log runguard wrote (properties carry
 * severity, CWEs, package and advisory). Runs of other tools are ignored.
 */
export function findingsFromSarif(log: object): { findings: Finding[]; toolRuns: ToolRun[] } {
  const findings: Finding[] = []
  const toolRuns = new Map<ToolName, ToolRun>()
  for (const raw of arr(obj(log)?.runs)) {
    const run = obj(raw)
    const driver = obj(obj(run?.tool)?.driver)
    const tool = TOOL_BY_DRIVER.get(String(driver?.name).toLowerCase())
    if (!run || !driver || !tool) continue
    const invocations = arr(run.invocations).map(obj)
    const failed = invocations.find(i => i?.executionSuccessful === false)
    const reason = failed
      ? str(obj(obj(arr(failed.toolExecutionNotifications)[0])?.message)?.text)
      : undefined
    const previous = toolRuns.get(tool)
    toolRuns.set(tool, {
      tool,
      ...(str(driver.version) ? { version: str(driver.version) } : {}),
      status: failed || previous?.status === 'failed' ? 'failed' : 'ok',
      ...(reason ? { reason } : previous?.reason ? { reason: previous.reason } : {}),
      durationMs: 0,
      findings: [],
      errors: []
    })
    const rules = arr(driver.rules).map(obj)
    for (const item of arr(run.results)) {
      const result = obj(item)
      if (!result) continue
      const rule =
        typeof result.ruleIndex === 'number'
          ? rules[result.ruleIndex]
          : rules.find(r => r?.id === result.ruleId)
      const props = obj(result.properties) ?? {}
      const severity = SEVERITIES.includes(props.severity as Severity)
        ? (props.severity as Severity)
        : severityFromLevel(str(result.level))
      const physical = obj(obj(arr(result.locations)[0])?.physicalLocation)
      const region = obj(physical?.region) ?? {}
      const uri = str(obj(physical?.artifactLocation)?.uri) ?? '.'
      const suppression = obj(
        arr(result.suppressions)
          .map(obj)
          .find(s => s?.status === undefined || s?.status === 'accepted')
      )
      const fps = obj(result.partialFingerprints) ?? {}
      const advisory = obj(props.advisory)
      const pkg = obj(props.package) as PackageRef | undefined
      const ruleId = str(result.ruleId) ?? str(rule?.id) ?? 'unknown'
      const state = str(result.baselineState)
      findings.push({
        tool,
        ruleId,
        title: str(obj(rule?.shortDescription)?.text) ?? ruleId,
        message: str(obj(result.message)?.text) ?? '',
        severity,
        ...(props.confidence ? { confidence: props.confidence as Confidence } : {}),
        cwe: arr(props.cwe).filter((c): c is string => typeof c === 'string'),
        location: {
          path: safeDecode(uri),
          startLine: typeof region.startLine === 'number' ? region.startLine : 1,
          ...(typeof region.endLine === 'number' ? { endLine: region.endLine } : {})
        },
        ...(pkg ? { package: pkg } : {}),
        ...(advisory && str(advisory.id)
          ? { advisory: { id: String(advisory.id), aliases: arr(advisory.aliases).map(String) } }
          : {}),
        fingerprint:
          str(fps[RUNGUARD_FINGERPRINT_KEY]) ??
          str(fps.primaryLocationLineHash) ??
          `${ruleId}:${uri}`,
        ...(suppression
          ? {
              suppressed: {
                reason: str(suppression.justification) ?? 'suppressed',
                source:
                  suppression.kind === 'inSource' ? ('inline' as const) : ('ignore-file' as const)
              }
            }
          : {}),
        ...(state === 'new' || state === 'unchanged' ? { baselineState: state } : {})
      })
    }
  }
  return { findings, toolRuns: TOOL_NAMES.flatMap(t => toolRuns.get(t) ?? []) }
}

function severityFromLevel(level: string | undefined): Severity {
  if (level === 'error') return 'high'
  if (level === 'note') return 'low'
  if (level === 'none') return 'info'
  return 'medium'
}

function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri)
  } catch {
    return uri
  }
}

/**
 * Merges CycloneDX JSON SBOMs: components deduplicated by bom-ref (first wins), dependency
 * edges unioned, vulnerabilities deduplicated by id with their `affects` unioned, tools
 * unioned. Metadata (component, spec version) comes from the first SBOM.
 */
export function mergeSboms(
  jsons: readonly string[],
  options: { serialNumber?: string; timestamp?: Date } = {}
): string {
  const boms = jsons.map(j => JSON.parse(j) as Json)
  const first = boms[0]
  if (!first) throw new Error('mergeSboms needs at least one SBOM')
  const components = new Map<string, Json>()
  const deps = new Map<string, Set<string>>()
  const vulns = new Map<string, Json>()
  const tools = new Map<string, unknown>()
  const legacyTools = Array.isArray(obj(first.metadata)?.tools)
  for (const bom of boms) {
    const meta = obj(bom.metadata)
    const t = meta?.tools
    const toolList = Array.isArray(t) ? t : arr(obj(t)?.components)
    for (const tool of toolList) {
      const o = obj(tool)
      tools.set(`${str(o?.name)}@${str(o?.version)}`, tool)
    }
    for (const c of arr(bom.components)) {
      const o = obj(c)
      const ref = str(o?.['bom-ref']) ?? str(o?.purl) ?? `${str(o?.name)}@${str(o?.version)}`
      if (o && !components.has(ref)) components.set(ref, o)
    }
    for (const d of arr(bom.dependencies)) {
      const o = obj(d)
      const ref = str(o?.ref)
      if (!ref) continue
      const set = deps.get(ref) ?? new Set<string>()
      for (const x of arr(o?.dependsOn)) if (typeof x === 'string') set.add(x)
      deps.set(ref, set)
    }
    for (const v of arr(bom.vulnerabilities)) {
      const o = obj(v)
      const id = str(o?.id)
      if (!o || !id) continue
      const seen = vulns.get(id)
      if (!seen) {
        vulns.set(id, { ...o, affects: [...arr(o.affects)] })
        continue
      }
      const refs = new Set(arr(seen.affects).map(a => str(obj(a)?.ref)))
      for (const a of arr(o.affects))
        if (!refs.has(str(obj(a)?.ref))) (seen.affects as unknown[]).push(a)
    }
  }
  const byName = (a: [string, unknown], b: [string, unknown]): number => a[0].localeCompare(b[0])
  const meta = obj(first.metadata) ?? {}
  const toolValues = [...tools].sort(byName).map(([, t]) => t)
  const merged: Json = {
    ...first,
    serialNumber: options.serialNumber ?? `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      ...meta,
      timestamp: (options.timestamp ?? new Date()).toISOString(),
      tools: legacyTools ? toolValues : { ...obj(meta.tools), components: toolValues }
    },
    components: [...components].sort(byName).map(([, c]) => c),
    dependencies: [...deps]
      .sort(byName)
      .map(([ref, set]) => (set.size ? { ref, dependsOn: [...set].sort() } : { ref })),
    vulnerabilities: [...vulns].sort(byName).map(([, v]) => v)
  }
  if (!arr(merged.vulnerabilities).length) delete merged.vulnerabilities
  return JSON.stringify(merged, null, 2)
}

/** Per-job metrics side by side: performance numbers of different jobs must not be averaged. */
export interface MergedMetrics {
  kind: 'runguard-merged-metrics'
  jobs: Array<{ name: string; metrics: unknown }>
}

/** Keeps each job's metrics JSON as is, named by the given name or its position. */
export function mergeMetrics(
  inputs: ReadonlyArray<string | { name: string; json: string }>
): MergedMetrics {
  return {
    kind: 'runguard-merged-metrics',
    jobs: inputs.map((input, i) =>
      typeof input === 'string'
        ? { name: `job-${i + 1}`, metrics: JSON.parse(input) as unknown }
        : { name: input.name, metrics: JSON.parse(input.json) as unknown }
    )
  }
}

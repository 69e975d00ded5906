import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from './config/schema.js'
import { ConfigurationError, errorMessage } from './errors.js'
import { decide, type Decision } from './gates/verdict.js'
import type { Logger } from './logger.js'
import { checkShardMetrics, missingShards, parseExpect } from './merge/shards.js'
import type { Finding, GateResult, ToolRun } from './model.js'
import { emptyIgnoreFile, loadWorkspaceIgnoreFile, type IgnoreFile } from './policy/ignore-file.js'
import { applyPolicy, type PolicyResult } from './policy/policy.js'
import { findingsFromSarif, mergeMetrics, mergeSarif, mergeSboms } from './report/merge.js'
import { isObject } from './util/json.js'
import { writeTextFile } from './util/write-file.js'

export interface MergeResult extends Decision {
  toolRuns: ToolRun[]
  /** Files written, as `kind path`. */
  written: string[]
}

type Kind = 'sarif' | 'sbom' | 'metrics'

/** Recognizes a report by its content, so artifact file names do not matter. */
export function classifyReport(json: unknown): Kind | undefined {
  if (!isObject(json)) return undefined
  if (json.version === '2.1.0' && Array.isArray(json.runs)) return 'sarif'
  if (json.bomFormat === 'CycloneDX') return 'sbom'
  if (typeof json.schemaVersion === 'number' && typeof json.runguardVersion === 'string')
    return 'metrics'
  return undefined
}

/**
 * `runguard merge`: reports from several (matrix) jobs → one SARIF (one run per tool and
 * category), one SBOM (components and vulnerabilities deduplicated), the metrics of every job
 * side by side, and the verdict decided once, with this job's policy settings, after every
 * merged file was written (a file that cannot be written is a reason, like in a scan).
 */
export async function mergeReports(
  files: readonly string[],
  settings: Settings,
  logger: Logger
): Promise<MergeResult> {
  const inputs: Record<Kind, Array<{ file: string; text: string; json: unknown }>> = {
    sarif: [],
    sbom: [],
    metrics: []
  }
  for (const file of files) {
    const abs = path.resolve(settings.workspace, file)
    let text: string
    let json: unknown
    try {
      text = readFileSync(abs, 'utf8')
      json = JSON.parse(text)
    } catch (error) {
      throw new ConfigurationError(`cannot read ${file} as JSON: ${errorMessage(error)}`, {
        field: 'files',
        value: file
      })
    }
    const kind = classifyReport(json)
    if (!kind) {
      throw new ConfigurationError(
        `${file} is not a SARIF 2.1.0 log, a CycloneDX SBOM or a runguard metrics JSON`,
        { field: 'files', value: file }
      )
    }
    inputs[kind].push({ file, text, json })
  }
  if (inputs.sarif.length + inputs.sbom.length + inputs.metrics.length === 0) {
    throw new ConfigurationError('runguard merge needs at least one report file', {
      field: 'files'
    })
  }
  // Read before anything is written: a broken ignore file is a configuration error (exit 2).
  const ignore = inputs.sarif.length > 0 ? await loadWorkspaceIgnoreFile(settings) : undefined
  // Every shard's gates are evaluated again from its data; a stored `passed` is never trusted.
  const gates: GateResult[] = []
  const warnings: string[] = []
  for (const m of inputs.metrics) {
    const shard = checkShardMetrics(m.file, m.text)
    gates.push(...shard.gates)
    warnings.push(...shard.warnings)
  }

  const written: string[] = []
  // A shard that did not report is missing data: a reason whatever fail-on-tool-error says.
  const errors: string[] = missingShards(parseExpect(settings.expect), [
    ...inputs.sarif.map(s => ({ file: s.file, kind: 'SARIF' })),
    ...inputs.sbom.map(s => ({ file: s.file, kind: 'SBOM' })),
    ...inputs.metrics.map(s => ({ file: s.file, kind: 'metrics' }))
  ])
  const write = async (kind: Kind, file: string | undefined, build: () => string) => {
    if (!file) return
    try {
      await writeTextFile(path.resolve(settings.workspace, file), build(), settings.workspace)
      written.push(`${kind} ${file}`)
    } catch (error) {
      const message = `could not write the merged ${kind} ${file}: ${errorMessage(error)}`
      logger.error(message)
      errors.push(message)
    }
  }
  const sarif =
    inputs.sarif.length > 0 ? mergeSarif(inputs.sarif.map(s => s.json as object)) : undefined
  if (sarif) await write('sarif', settings.sarifFile, () => JSON.stringify(sarif))
  if (inputs.sbom.length > 0)
    await write('sbom', settings.sbomFile, () => mergeSboms(inputs.sbom.map(s => s.text)))
  if (inputs.metrics.length > 0)
    await write(
      'metrics',
      settings.metricsFile,
      () =>
        JSON.stringify(
          mergeMetrics(inputs.metrics.map(m => ({ name: m.file, json: m.text }))),
          null,
          2
        ) + '\n'
    )
  logger.debug(
    `merge: ${inputs.sarif.length} SARIF, ${inputs.sbom.length} SBOM, ${inputs.metrics.length} metrics file(s)`
  )
  const decided = decideMerged({ ...(sarif ? { sarif } : {}), gates, errors, warnings }, settings, {
    ...(ignore ? { ignore } : {})
  })
  return {
    verdict: decided.verdict,
    exitCode: decided.exitCode,
    toolRuns: decided.toolRuns,
    written
  }
}

/** What `runguard merge` decided, and from what. */
export interface MergedDecision extends Decision {
  toolRuns: ToolRun[]
  /** Absent when no SARIF was merged (metrics or SBOMs only). */
  policy?: PolicyResult
}

/**
 * The merge's one decision: findings and tool statuses read back from the merged SARIF, the
 * policy applied to them (suppressions already recorded in the SARIF stay; the ignore file may
 * add more; without the baseline file, the jobs' own new/unchanged marks stand in for it, so
 * results the jobs marked `unchanged` do not fail), the jobs' gates, and the errors of writing
 * the merged files.
 */
export function decideMerged(
  input: {
    sarif?: object
    gates: readonly GateResult[]
    errors?: readonly string[]
    warnings?: readonly string[]
  },
  settings: Pick<
    Settings,
    'failOn' | 'reportLevel' | 'unknownSeverity' | 'failOnToolError' | 'requireTools'
  >,
  options: { ignore?: IgnoreFile; today?: Date } = {}
): MergedDecision {
  const { findings, toolRuns } = input.sarif
    ? findingsFromSarif(input.sarif)
    : { findings: [], toolRuns: [] }
  const policy = input.sarif ? policyFromMarks(findings, settings, options) : undefined
  const decision = decide({
    gates: input.gates,
    toolRuns,
    ...(policy ? { policy: policy.outcome } : {}),
    failOnToolError: settings.failOnToolError,
    requireTools: settings.requireTools,
    ...(input.errors ? { errors: input.errors } : {}),
    ...(input.warnings ? { warnings: input.warnings } : {})
  })
  return { ...decision, toolRuns, ...(policy ? { policy } : {}) }
}

function policyFromMarks(
  findings: Finding[],
  settings: Pick<Settings, 'failOn' | 'reportLevel' | 'unknownSeverity'>,
  options: { ignore?: IgnoreFile; today?: Date }
): PolicyResult {
  const unchanged = findings.filter(f => f.baselineState === 'unchanged')
  const newOnly = findings.some(f => f.baselineState !== undefined)
  return applyPolicy({
    findings,
    settings,
    ignore: options.ignore ?? emptyIgnoreFile(),
    ...(newOnly
      ? {
          baseline: {
            source: 'merged SARIF',
            results: unchanged.map(f => ({
              tool: f.tool,
              ruleId: f.ruleId,
              message: f.message,
              fingerprint: f.fingerprint
            }))
          }
        }
      : {}),
    ...(options.today ? { today: options.today } : {})
  })
}

import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from './config/schema.js'
import { ConfigurationError, ExitCode } from './errors.js'
import { computeVerdict, exitCodeFor, hasToolErrors } from './gates/verdict.js'
import type { Logger } from './logger.js'
import type { GateResult, ToolRun, Verdict } from './model.js'
import { emptyIgnoreFile, loadIgnoreFile } from './policy/ignore-file.js'
import { mergeMetrics, mergeSarif, mergeSboms, recomputeVerdictFromSarif } from './report/merge.js'
import { writeTextFile } from './util/write-file.js'

export interface MergeResult {
  verdict: Verdict
  toolRuns: ToolRun[]
  exitCode: ExitCode
  /** Files written, as `kind path`. */
  written: string[]
}

type Kind = 'sarif' | 'sbom' | 'metrics'

/** Recognizes a report by its content, so artifact file names do not matter. */
export function classifyReport(json: unknown): Kind | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const o = json as Record<string, unknown>
  if (o.version === '2.1.0' && Array.isArray(o.runs)) return 'sarif'
  if (o.bomFormat === 'CycloneDX') return 'sbom'
  if (typeof o.schemaVersion === 'number' && typeof o.runguardVersion === 'string') return 'metrics'
  return undefined
}

/**
 * `runguard merge`: reports from several (matrix) jobs → one SARIF (one run per tool and
 * category), one SBOM (components and vulnerabilities deduplicated), the metrics of every job
 * side by side, and the verdict recomputed with this job's policy settings.
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
      throw new ConfigurationError(`cannot read ${file} as JSON: ${(error as Error).message}`, {
        field: 'files',
        value: file
      })
    }
    const kind = classifyReport(json)
    if (!kind) {
      throw new ConfigurationError(
        `${file} is not a SARIF 2.1.0 log, a CycloneDX SBOM or a runguard metrics JSON`,
        {
          field: 'files',
          value: file
        }
      )
    }
    inputs[kind].push({ file, text, json })
  }
  if (inputs.sarif.length + inputs.sbom.length + inputs.metrics.length === 0) {
    throw new ConfigurationError('runguard merge needs at least one report file', {
      field: 'files'
    })
  }
  const written: string[] = []
  const gates: GateResult[] = []
  for (const m of inputs.metrics) {
    const job = path.basename(path.dirname(path.resolve(m.file))) || m.file
    for (const g of (m.json as { gates?: GateResult[] }).gates ?? [])
      gates.push({ ...g, gate: `${job}: ${g.gate}` })
  }

  let toolRuns: ToolRun[] = []
  let policy
  if (inputs.sarif.length > 0) {
    const merged = mergeSarif(inputs.sarif.map(s => s.json as object))
    const ignorePath = path.resolve(settings.workspace, settings.ignoreFile)
    const recomputed = recomputeVerdictFromSarif(merged, settings, {
      ignore: existsSync(ignorePath)
        ? loadIgnoreFile(ignorePath)
        : emptyIgnoreFile(settings.ignoreFile)
    })
    toolRuns = recomputed.toolRuns
    policy = recomputed.policy.outcome
    if (settings.sarifFile) {
      await writeTextFile(
        path.resolve(settings.workspace, settings.sarifFile),
        JSON.stringify(merged)
      )
      written.push(`sarif ${settings.sarifFile}`)
    }
  }
  if (inputs.sbom.length > 0 && settings.sbomFile) {
    await writeTextFile(
      path.resolve(settings.workspace, settings.sbomFile),
      mergeSboms(inputs.sbom.map(s => s.text))
    )
    written.push(`sbom ${settings.sbomFile}`)
  }
  if (inputs.metrics.length > 0 && settings.metricsFile) {
    const merged = mergeMetrics(inputs.metrics.map(m => ({ name: m.file, json: m.text })))
    await writeTextFile(
      path.resolve(settings.workspace, settings.metricsFile),
      JSON.stringify(merged, null, 2) + '\n'
    )
    written.push(`metrics ${settings.metricsFile}`)
  }
  const verdict = computeVerdict({
    gates,
    toolRuns,
    ...(policy ? { policy } : {}),
    failOnToolError: settings.failOnToolError,
    requireTools: settings.requireTools
  })
  logger.debug(
    `merge: ${inputs.sarif.length} SARIF, ${inputs.sbom.length} SBOM, ${inputs.metrics.length} metrics file(s)`
  )
  return {
    verdict,
    toolRuns,
    exitCode: exitCodeFor(verdict, {
      toolErrors: hasToolErrors(toolRuns),
      failOnToolError: settings.failOnToolError
    }),
    written
  }
}

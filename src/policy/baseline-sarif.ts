import fs from 'node:fs'
import { ConfigurationError } from '../errors.js'
import { asArray as arr, asObject as obj, asString as str } from '../util/json.js'

/**
 * A SARIF log from the default branch, reduced to what new-only policy needs: which results it
 * had, identified by our `runguard/v1` fingerprint or, for SARIF written by other tools or
 * processed by GitHub, by rule + path + `primaryLocationLineHash`.
 */

/** The fingerprint key runguard writes into `partialFingerprints`. */
export const RUNGUARD_FINGERPRINT_KEY = 'runguard/v1'

/** One result of the baseline log. */
export interface BaselineResult {
  /** `tool.driver.name` of its run. */
  tool: string
  ruleId: string
  /** Repo-relative path (percent-decoded), when the result has one. */
  path?: string
  startLine?: number
  message: string
  fingerprint?: string
  lineHash?: string
}

/** The results of a baseline SARIF log. */
export interface BaselineSarif {
  /** Where it was read from (for messages). */
  source: string
  results: BaselineResult[]
}

/** Key used to match on the line hash: a line hash alone says nothing about which rule fired. */
export function lineHashKey(ruleId: string, path: string, lineHash: string): string {
  return `${ruleId}\u0000${path}\u0000${lineHash}`
}

/** Reads a baseline SARIF file; unreadable or malformed files are configuration errors. */
export function loadBaselineSarif(path: string): BaselineSarif {
  let parsed: unknown
  try {
    parsed = JSON.parse(fs.readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new ConfigurationError(
      `baseline-sarif ${path} cannot be read as JSON: ${(error as Error).message}; pass a SARIF file written by runguard on the default branch`,
      { field: 'baselineSarif', value: path }
    )
  }
  return parseBaselineSarif(parsed, path)
}

function decodePath(uri: string): string {
  let path = uri
  try {
    path = decodeURIComponent(uri)
  } catch {
    // Keep the raw text: a malformed escape must not lose the whole baseline.
  }
  return path.replace(/^file:\/\//, '').replace(/^\.\//, '')
}

/** Extracts results from a parsed SARIF log. */
export function parseBaselineSarif(log: unknown, source: string): BaselineSarif {
  const runs = obj(log)?.runs
  if (!Array.isArray(runs)) {
    throw new ConfigurationError(
      `baseline-sarif ${source} is not a SARIF log (no runs[]); pass a SARIF file written by runguard on the default branch`,
      { field: 'baselineSarif', value: source }
    )
  }
  const results: BaselineResult[] = []
  for (const run of runs) {
    const r = obj(run)
    const tool = str(obj(obj(r?.tool)?.driver)?.name) ?? 'unknown'
    const rules = arr(obj(obj(r?.tool)?.driver)?.rules)
    for (const item of arr(r?.results)) {
      const result = obj(item)
      if (!result) continue
      // An absent result of the previous baseline is not part of this one.
      if (result.baselineState === 'absent') continue
      const ruleIndex = typeof result.ruleIndex === 'number' ? result.ruleIndex : -1
      const ruleId =
        str(result.ruleId) ?? str(obj(result.rule)?.id) ?? str(obj(rules[ruleIndex])?.id) ?? ''
      const physical = obj(obj(arr(result.locations)[0])?.physicalLocation)
      const uri = str(obj(physical?.artifactLocation)?.uri)
      const startLine = obj(physical?.region)?.startLine
      const fps = obj(result.partialFingerprints) ?? {}
      const fingerprint = str(fps[RUNGUARD_FINGERPRINT_KEY])
      const lineHash = str(fps.primaryLocationLineHash)
      results.push({
        tool,
        ruleId,
        ...(uri === undefined ? {} : { path: decodePath(uri) }),
        ...(typeof startLine === 'number' ? { startLine } : {}),
        message: str(obj(result.message)?.text) ?? '',
        ...(fingerprint === undefined ? {} : { fingerprint }),
        ...(lineHash === undefined ? {} : { lineHash })
      })
    }
  }
  return { source, results }
}

/**
 * The SARIF rule id of a finding: the advisory id for dependency findings (one rule per advisory
 * so each carries its own security-severity, reference §1.3), the tool's rule id otherwise.
 */
export function sarifRuleId(finding: {
  ruleId: string
  package?: unknown
  advisory?: { id: string }
}): string {
  return finding.package && finding.advisory ? finding.advisory.id : finding.ruleId
}

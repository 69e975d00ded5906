import * as core from '@actions/core'
import type { Logger } from '../logger.js'
import type { Metrics, Verdict } from '../model.js'

/** Step outputs and the job summary file. */

/** Sets one step output; tests pass a recording function instead of mocking core. */
export type OutputSetter = (name: string, value: string) => void

/** What the outputs are computed from. */
export interface OutputsInput {
  verdict: Verdict
  /** Path of the SARIF written ('' when disabled). */
  sarifFile?: string
  /** Path of the CycloneDX SBOM written ('' when disabled). */
  sbomFile?: string
  /** The attempt the gates used. */
  metrics?: Metrics
}

/** Output names, in the order they are set (action.yml must declare each). */
export const OUTPUT_NAMES = [
  'passed',
  'verdict-json',
  'findings-count',
  'critical-count',
  'high-count',
  'sarif-file',
  'sbom-file',
  'metrics-json',
  'gate-failures',
  'gate-failures-json'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

/**
 * The outputs as strings. `findings-count` counts findings that count (not suppressed);
 * `metrics-json` leaves out the sample timeline (outputs share a 1 MB per-job budget);
 * `gate-failures` is a count like the other `-count` outputs (a workflow writes
 * `outputs.gate-failures > 0`; a JSON array there would compare as NaN and never be true), and
 * `gate-failures-json` names the failing gates.
 */
export function computeOutputs(input: OutputsInput): Record<OutputName, string> {
  const { verdict, metrics } = input
  const total = Object.values(verdict.counts).reduce((a, b) => a + b, 0)
  const failedGates = verdict.gates.filter(g => !g.passed).map(g => g.gate)
  let metricsJson = ''
  if (metrics) {
    const { samples: _samples, ...rest } = metrics
    metricsJson = JSON.stringify(rest)
  }
  return {
    passed: String(verdict.passed),
    'verdict-json': JSON.stringify(verdict),
    'findings-count': String(total),
    'critical-count': String(verdict.counts.critical),
    'high-count': String(verdict.counts.high),
    'sarif-file': input.sarifFile ?? '',
    'sbom-file': input.sbomFile ?? '',
    'metrics-json': metricsJson,
    'gate-failures': String(failedGates.length),
    'gate-failures-json': JSON.stringify(failedGates)
  }
}

/** Sets every output through `set`; `redact` runs over each value first. */
export function setOutputs(
  input: OutputsInput,
  set: OutputSetter,
  redact: (text: string) => string = s => s
): void {
  const values = computeOutputs(input)
  for (const name of OUTPUT_NAMES) set(name, redact(values[name]))
}

/** The setter backed by @actions/core. */
export function coreOutputs(): OutputSetter {
  return (name, value) => core.setOutput(name, value)
}

/**
 * Appends `markdown` to the job summary. Returns false (with a warning) instead of throwing when
 * the runner has no summary file (GITHUB_STEP_SUMMARY unset, e.g. act or GHES without it), so a
 * missing summary never hides the verdict.
 */
export async function writeJobSummary(markdown: string, logger?: Logger): Promise<boolean> {
  // Checked here too: core.summary caches the path of its first write for the whole process.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    logger?.warning(`could not write the job summary: GITHUB_STEP_SUMMARY is not set`)
    return false
  }
  try {
    await core.summary.addRaw(markdown, true).write()
    return true
  } catch (e) {
    core.summary.emptyBuffer()
    logger?.warning(
      `could not write the job summary: ${e instanceof Error ? e.message : String(e)}`
    )
    return false
  }
}

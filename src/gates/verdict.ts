import { ExitCode } from '../errors.js'
import {
  SEVERITIES,
  type GateResult,
  type Severity,
  type SkippedFile,
  type ToolRun,
  type Verdict
} from '../model.js'

/** What the security policy decided (produced by src/policy; imported from here). */
export interface PolicyOutcome {
  /** One line per violation (e.g. "2 high findings at or above fail-on high"). */
  reasons: string[]
  warnings: string[]
  /** Counted findings (not suppressed, deduplicated) by severity. */
  counts: Record<Severity, number>
}

export interface VerdictInput {
  gates: readonly GateResult[]
  toolRuns: readonly ToolRun[]
  policy?: PolicyOutcome
  /** settings.failOnToolError */
  failOnToolError: boolean
  /** settings.requireTools */
  requireTools: boolean
  /** settings.failOnUnscanned: a file a scanner skipped (ToolRun.skipped) is a reason. */
  failOnUnscanned?: boolean
  /** Warnings gathered elsewhere (no baseline yet, fingerprint mismatch …). */
  warnings?: readonly string[]
  /** Set when the reported attempt of the script did not succeed. */
  scriptFailed?: { exitCode: number; timedOut: boolean; cancelled?: boolean }
  /** The runner itself failed (could not start the script, monitor crashed): a tool failure. */
  runnerError?: string
  /**
   * What went wrong after the results were in: reports that could not be written, a delivery
   * the user asked for that failed (the SARIF upload), an evaluation that crashed. Each one is
   * a reason whatever fail-on-tool-error says (nothing the user asked for may be lost
   * silently), and none is a violation: alone they exit 3.
   */
  errors?: readonly string[]
}

const zeroCounts = (): Record<Severity, number> =>
  Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Record<Severity, number>

/** True when a scanner crashed or timed out (exit 3 material). */
export function hasToolErrors(toolRuns: readonly ToolRun[], runnerError?: string): boolean {
  return (
    runnerError !== undefined ||
    toolRuns.some(t => t.status === 'failed' || t.status === 'timed-out')
  )
}

/**
 * The one decision, pure. Reasons (each fails the verdict):
 * - every failed gate (budget or regression);
 * - every policy reason;
 * - the script timing out (a timeout is a limit the user set, so it fails even with a lenient
 *   exit_code gate), or the run being cancelled while it ran;
 * - a tool that failed or timed out, and a runner error, when failOnToolError (else warnings);
 * - a skipped tool when requireTools (else a warning);
 * - files a scanner skipped (ToolRun.skipped) when failOnUnscanned (else only listed in the
 *   summary), one reason per tool;
 * - every error of writing, delivering or evaluating (`errors`), last.
 * A non-zero exit by itself is not a reason: the implicit `exit_code == 0` gate
 * (withImplicitGates) already covers it unless the user wrote their own exit gate, and then
 * their gate decides; a non-zero exit their gate accepts is reported as a warning.
 */
export function computeVerdict(input: VerdictInput): Verdict {
  const reasons: string[] = []
  const warnings: string[] = [...(input.warnings ?? [])]
  let violations = 0

  for (const gate of input.gates) {
    if (gate.passed) continue
    reasons.push(`${gate.kind}: ${gate.message}`)
    violations++
  }
  if (input.scriptFailed) {
    const { exitCode, timedOut, cancelled } = input.scriptFailed
    const exitGateFailed = input.gates.some(
      g => !g.passed && (g.metric === 'exit_code' || g.metric === 'success')
    )
    if (cancelled) {
      // Whatever the gates accept, a run that was stopped half-way never passes.
      reasons.push(`the run was cancelled before the script finished (exit code ${exitCode})`)
    } else if (timedOut) {
      reasons.push(`script timed out (exit code ${exitCode})`)
      violations++
    } else if (!exitGateFailed) {
      warnings.push(`script exited with code ${exitCode}; no exit_code/success gate fails on it`)
    }
  }
  if (input.policy) {
    reasons.push(...input.policy.reasons)
    violations += input.policy.reasons.length
    warnings.push(...input.policy.warnings)
  }

  const toolProblem = (line: string, isReason: boolean, offSwitch: string): void => {
    if (isReason) reasons.push(line)
    else warnings.push(`${line} (${offSwitch})`)
  }
  for (const run of input.toolRuns) {
    const why = run.reason ?? (run.errors[0] || 'no reason given')
    if (run.status === 'failed')
      toolProblem(`${run.tool} failed: ${why}`, input.failOnToolError, 'fail-on-tool-error is off')
    else if (run.status === 'timed-out')
      toolProblem(
        `${run.tool} timed out: ${why}`,
        input.failOnToolError,
        'fail-on-tool-error is off'
      )
    else if (run.status === 'skipped') {
      if (input.requireTools) reasons.push(`${run.tool} skipped but require-tools is on: ${why}`)
      else warnings.push(`${run.tool} skipped: ${why}`)
    }
  }
  if (input.failOnUnscanned) {
    for (const run of input.toolRuns) {
      const skipped = run.skipped ?? []
      if (skipped.length === 0) continue
      reasons.push(`${run.tool}: ${unscannedLine(skipped)} and fail-on-unscanned is on`)
      violations++
    }
  }
  if (input.runnerError !== undefined)
    toolProblem(
      `runner failed: ${input.runnerError}`,
      input.failOnToolError,
      'fail-on-tool-error is off'
    )
  reasons.push(...(input.errors ?? []))

  return {
    passed: reasons.length === 0,
    reasons,
    warnings,
    counts: input.policy ? { ...zeroCounts(), ...input.policy.counts } : zeroCounts(),
    tools: input.toolRuns.map(t => ({
      tool: t.tool,
      status: t.status,
      durationMs: t.durationMs,
      ...(t.version === undefined ? {} : { version: t.version }),
      ...(t.reason === undefined ? {} : { reason: t.reason })
    })),
    gates: [...input.gates],
    violations
  }
}

/** "3 file(s) not scanned: a.py (reason), …": the first few, so a reason stays one line. */
export function unscannedLine(skipped: readonly SkippedFile[], shown = 3): string {
  const first = skipped.slice(0, shown).map(s => `${s.path} (${s.reason})`)
  const more = skipped.length > shown ? `, ${skipped.length - shown} more` : ''
  return `${skipped.length} file(s) not scanned: ${first.join(', ')}${more}`
}

/**
 * The CLI exit code for a verdict (docs/architecture.md, "Exit codes"). When a run has BOTH a gate/policy
 * violation and a tool failure, we return 1, not 3: the violation is the actionable finding
 * (fix the code), and the tool failure is listed among the reasons anyway. 3 is returned only
 * when every reason is a tool/runner failure.
 */
export function exitCodeFor(
  verdict: Verdict,
  input: { toolErrors: boolean; failOnToolError: boolean }
): ExitCode {
  if (verdict.passed) {
    // Defensive: a tool error the verdict was not told about still fails with 3.
    return input.toolErrors && input.failOnToolError ? ExitCode.ToolError : ExitCode.Passed
  }
  const violations = verdict.violations ?? verdict.gates.filter(g => !g.passed).length
  if (violations > 0) return ExitCode.Violation
  // Only tool reasons left when computeVerdict counted violations; else trust the caller.
  if (verdict.violations !== undefined || input.toolErrors) return ExitCode.ToolError
  return ExitCode.Violation
}

/** A run's verdict and the exit code that goes with it. */
export interface Decision {
  verdict: Verdict
  exitCode: ExitCode
}

/**
 * The one place results become a verdict: the pipeline and `runguard merge` call it once, after
 * every report was written and every delivery tried, with the errors those returned.
 */
export function decide(input: VerdictInput): Decision {
  const verdict = computeVerdict(input)
  return {
    verdict,
    exitCode: exitCodeFor(verdict, {
      toolErrors: hasToolErrors(input.toolRuns, input.runnerError),
      failOnToolError: input.failOnToolError
    })
  }
}

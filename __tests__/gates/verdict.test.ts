import { describe, expect, it } from '@jest/globals'
import { ExitCode } from '../../src/errors.js'
import {
  computeVerdict,
  decide,
  exitCodeFor,
  hasToolErrors,
  type PolicyOutcome,
  type VerdictInput
} from '../../src/gates/verdict.js'
import type { GateResult, ToolRun } from '../../src/model.js'
import { failedGate, passedGate, failedRegression as regression } from './metrics-factory.js'

const tool = (status: ToolRun['status'], reason?: string): ToolRun => ({
  tool: 'bandit',
  version: '1.8.6',
  status,
  durationMs: 1200,
  findings: [],
  errors: [],
  ...(reason === undefined ? {} : { reason })
})
const policy = (reasons: string[]): PolicyOutcome => ({
  reasons,
  warnings: ['suppression X expires in 3 days'],
  counts: { critical: 0, high: reasons.length, medium: 1, low: 0, info: 0, unknown: 0 }
})
const base: VerdictInput = { gates: [], toolRuns: [], failOnToolError: true, requireTools: false }
const exitOf = (input: VerdictInput): ExitCode =>
  exitCodeFor(computeVerdict(input), {
    toolErrors: hasToolErrors(input.toolRuns, input.runnerError),
    failOnToolError: input.failOnToolError
  })

describe('computeVerdict', () => {
  it('passes with nothing wrong, exit 0', () => {
    const v = computeVerdict({ ...base, gates: [passedGate], toolRuns: [tool('ok')] })
    expect(v).toMatchObject({ passed: true, reasons: [], warnings: [], violations: 0 })
    expect(v.tools).toEqual([{ tool: 'bandit', version: '1.8.6', status: 'ok', durationMs: 1200 }])
    expect(v.counts).toEqual({ critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 })
    expect(exitOf({ ...base, gates: [passedGate] })).toBe(ExitCode.Passed)
  })

  it('lists each failed gate as a reason, exit 1', () => {
    const input = { ...base, gates: [failedGate, passedGate, regression] }
    const v = computeVerdict(input)
    expect(v.passed).toBe(false)
    expect(v.reasons).toEqual([
      'budget: memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB',
      'regression: memory_max_mb was 120.0, now 150.0 (+25.0%, limit 10%)'
    ])
    expect(v.gates).toHaveLength(3)
    expect(exitOf(input)).toBe(ExitCode.Violation)
  })

  it('appends policy reasons, warnings and counts', () => {
    const input = {
      ...base,
      gates: [failedGate],
      policy: policy(['1 high finding (fail-on high)'])
    }
    const v = computeVerdict(input)
    expect(v.reasons).toEqual([
      'budget: memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB',
      '1 high finding (fail-on high)'
    ])
    expect(v.warnings).toEqual(['suppression X expires in 3 days'])
    expect(v.counts.high).toBe(1)
    expect(v.counts.medium).toBe(1)
    expect(exitOf(input)).toBe(ExitCode.Violation)
  })

  it('makes a failed or timed-out tool a reason with fail-on-tool-error, exit 3', () => {
    const input = {
      ...base,
      toolRuns: [
        tool('failed', 'exit code 2: bad config'),
        { ...tool('timed-out', 'after 600 s'), tool: 'semgrep' as const }
      ]
    }
    const v = computeVerdict(input)
    expect(v.reasons).toEqual([
      'bandit failed: exit code 2: bad config',
      'semgrep timed out: after 600 s'
    ])
    expect(v.violations).toBe(0)
    expect(exitOf(input)).toBe(ExitCode.ToolError)
  })

  it('uses exit 1, not 3, when a violation and a tool failure coincide', () => {
    const input = { ...base, gates: [failedGate], toolRuns: [tool('failed', 'crashed')] }
    expect(computeVerdict(input).reasons).toHaveLength(2)
    expect(exitOf(input)).toBe(ExitCode.Violation)
  })

  it('makes a failed tool only a warning without fail-on-tool-error, exit 0', () => {
    const input = { ...base, failOnToolError: false, toolRuns: [tool('failed', 'crashed')] }
    const v = computeVerdict(input)
    expect(v.passed).toBe(true)
    expect(v.warnings).toEqual(['bandit failed: crashed (fail-on-tool-error is off)'])
    expect(exitOf(input)).toBe(ExitCode.Passed)
  })

  it('falls back to the first tool error when a failed tool gives no reason', () => {
    const run = { ...tool('failed'), errors: ['Traceback …'] }
    expect(computeVerdict({ ...base, toolRuns: [run] }).reasons).toEqual([
      'bandit failed: Traceback …'
    ])
  })

  it('warns about a skipped tool, or fails with require-tools (exit 3)', () => {
    const skipped = [tool('skipped', 'not installed')]
    expect(computeVerdict({ ...base, toolRuns: skipped })).toMatchObject({
      passed: true,
      warnings: ['bandit skipped: not installed']
    })
    const required = { ...base, requireTools: true, toolRuns: skipped }
    expect(computeVerdict(required).reasons).toEqual([
      'bandit skipped but require-tools is on: not installed'
    ])
    expect(exitOf(required)).toBe(ExitCode.ToolError)
  })

  it('fails on a script timeout even when the exit gate accepts the code', () => {
    const input = { ...base, scriptFailed: { exitCode: 143, timedOut: true } }
    const v = computeVerdict(input)
    expect(v.reasons).toEqual(['script timed out (exit code 143)'])
    expect(exitOf(input)).toBe(ExitCode.Violation)
  })

  it('only warns about a non-zero exit that the user gate accepts', () => {
    const lenient: GateResult = {
      ...passedGate,
      gate: 'exit_code <= 1',
      metric: 'exit_code',
      limit: 1,
      actual: 1
    }
    const v = computeVerdict({
      ...base,
      gates: [lenient],
      scriptFailed: { exitCode: 1, timedOut: false }
    })
    expect(v.passed).toBe(true)
    expect(v.warnings).toEqual(['script exited with code 1; no exit_code/success gate fails on it'])
  })

  it('does not repeat a non-zero exit that an exit gate already failed on', () => {
    const exitGate: GateResult = {
      ...failedGate,
      gate: 'exit_code == 0',
      metric: 'exit_code',
      op: '==',
      limit: 0,
      actual: 2,
      message: 'exit_code is 2; gate requires == 0'
    }
    const v = computeVerdict({
      ...base,
      gates: [exitGate],
      scriptFailed: { exitCode: 2, timedOut: false }
    })
    expect(v.reasons).toEqual(['budget: exit_code is 2; gate requires == 0'])
    expect(v.warnings).toEqual([])
  })

  it('treats a runner error as a tool failure', () => {
    const input = { ...base, runnerError: 'spawn python3 ENOENT' }
    expect(computeVerdict(input).reasons).toEqual(['runner failed: spawn python3 ENOENT'])
    expect(exitOf(input)).toBe(ExitCode.ToolError)
    expect(computeVerdict({ ...input, failOnToolError: false }).passed).toBe(true)
  })

  it('keeps warnings passed in (no baseline yet, fingerprint)', () => {
    const v = computeVerdict({
      ...base,
      warnings: ['no baseline yet at b.json; run with save-baseline to record one']
    })
    expect(v.passed).toBe(true)
    expect(v.warnings).toEqual(['no baseline yet at b.json; run with save-baseline to record one'])
  })
})

describe('exitCodeFor', () => {
  it('returns 3 for a passed verdict when the caller knows of an unreported tool error', () => {
    const v = computeVerdict(base)
    expect(exitCodeFor(v, { toolErrors: true, failOnToolError: true })).toBe(ExitCode.ToolError)
    expect(exitCodeFor(v, { toolErrors: true, failOnToolError: false })).toBe(ExitCode.Passed)
  })

  it('handles a Verdict built without a violations count', () => {
    const { violations: _v, ...v } = computeVerdict({ ...base, toolRuns: [tool('failed', 'x')] })
    expect(exitCodeFor(v, { toolErrors: true, failOnToolError: true })).toBe(ExitCode.ToolError)
    const { violations: _w, ...g } = computeVerdict({ ...base, gates: [failedGate] })
    expect(exitCodeFor(g, { toolErrors: false, failOnToolError: true })).toBe(ExitCode.Violation)
  })
})

describe('decide (results + errors → the verdict, once)', () => {
  it('a writer or delivery error alone fails with exit 3, whatever fail-on-tool-error says', () => {
    const errors = ['could not write the sarif report out.sarif: EACCES']
    for (const failOnToolError of [true, false]) {
      const { verdict, exitCode } = decide({ ...base, failOnToolError, errors })
      expect(verdict).toMatchObject({ passed: false, reasons: errors, violations: 0 })
      expect(exitCode).toBe(ExitCode.ToolError)
    }
  })

  it('errors come after every other reason; with a violation the exit code is 1', () => {
    const { verdict, exitCode } = decide({
      ...base,
      gates: [failedGate],
      toolRuns: [tool('failed', 'crashed')],
      errors: ['SARIF upload failed: 403']
    })
    expect(verdict.reasons).toEqual([
      'budget: memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB',
      'bandit failed: crashed',
      'SARIF upload failed: 403'
    ])
    expect(exitCode).toBe(ExitCode.Violation)
  })

  it('agrees with computeVerdict and exitCodeFor for every input', () => {
    const inputs: VerdictInput[] = [
      base,
      { ...base, gates: [failedGate] },
      { ...base, toolRuns: [tool('timed-out', 'slow')] },
      { ...base, runnerError: 'spawn ENOENT', failOnToolError: false }
    ]
    for (const input of inputs) {
      expect(decide(input)).toEqual({ verdict: computeVerdict(input), exitCode: exitOf(input) })
    }
  })
})

describe('fail-on-unscanned', () => {
  const skipped = (n: number): ToolRun => ({
    ...tool('ok'),
    tool: 'secrets',
    skipped: Array.from({ length: n }, (_, i) => ({
      path: `f${i}.py`,
      reason: 'larger than 1 MiB'
    }))
  })

  it('is off by default: skipped files are no reason and no warning', () => {
    const v = computeVerdict({ ...base, toolRuns: [skipped(2)] })
    expect(v).toMatchObject({ passed: true, reasons: [], warnings: [] })
  })

  it('on, any skipped file fails the verdict with one reason per tool, exit 1', () => {
    const input = { ...base, failOnUnscanned: true, toolRuns: [tool('ok'), skipped(5)] }
    const v = computeVerdict(input)
    expect(v.passed).toBe(false)
    expect(v.reasons).toEqual([
      'secrets: 5 file(s) not scanned: f0.py (larger than 1 MiB), f1.py (larger than 1 MiB), ' +
        'f2.py (larger than 1 MiB), 2 more and fail-on-unscanned is on'
    ])
    expect(v.violations).toBe(1)
    expect(decide(input).exitCode).toBe(ExitCode.Violation)
  })

  it('on, with nothing skipped, passes', () => {
    const v = computeVerdict({ ...base, failOnUnscanned: true, toolRuns: [skipped(0)] })
    expect(v.passed).toBe(true)
  })
})

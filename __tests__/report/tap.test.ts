import { describe, expect, it } from '@jest/globals'
import { Parser, type FinalResults, type Result } from 'tap-parser'
import { buildTap, type TapInput } from '../../src/report/tap.js'
import type { GateResult, ToolRun } from '../../src/model.js'
import {
  failedGate,
  failedRegression as regression,
  makeMetrics
} from '../gates/metrics-factory.js'

/** Parses with tap-parser in strict mode (non-TAP lines are failures), collecting every point. */
function parseTap(text: string): { final: FinalResults; points: Result[]; extra: string[] } {
  const points: Result[] = []
  const extra: string[] = []
  let final: FinalResults | undefined
  const parser = new Parser({ strict: true }, results => (final = results))
  parser.on('assert', (r: Result) => points.push(r))
  parser.on('extra', (line: string) => extra.push(line))
  parser.end(text)
  if (!final) throw new Error('tap-parser did not complete')
  return { final, points, extra }
}

const tool = (t: ToolRun['tool'], status: ToolRun['status'], reason?: string): ToolRun => ({
  tool: t,
  status,
  durationMs: 10,
  findings: [],
  errors: status === 'failed' ? ['Traceback: "x" # y'] : [],
  ...(reason === undefined ? {} : { reason })
})

const input: TapInput = {
  script: { metrics: makeMetrics() },
  gates: [failedGate, { ...regression, passed: true, actual: 121 }, regression],
  toolRuns: [
    tool('bandit', 'ok'),
    tool('safety', 'skipped', 'not installed'),
    tool('semgrep', 'failed', 'exit 2')
  ],
  policy: {
    reasons: [],
    warnings: [],
    counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 }
  }
}

describe('buildTap', () => {
  it('is TAP 14 with a plan and one point per script, gate, tool and policy', () => {
    const text = buildTap(input)
    expect(text.split('\n').slice(0, 2)).toEqual(['TAP version 14', '1..8'])
    const { final, points, extra } = parseTap(text)
    expect(extra).toEqual([])
    expect(final).toMatchObject({ ok: false, count: 8, pass: 5, fail: 3, skip: 1 })
    expect(final.plan).toMatchObject({ start: 1, end: 8 })
    expect(points.map(p => p.name)).toEqual([
      'script',
      'gate: memory_max_mb <= 1024',
      'regression: memory_max_mb',
      'regression: memory_max_mb',
      'scanner: bandit',
      'scanner: safety',
      'scanner: semgrep',
      'policy: security'
    ])
    expect(points[5]!.skip).toBe('not installed')
  })

  it('attaches YAML diagnostics to each failing point', () => {
    const { points } = parseTap(buildTap(input))
    expect(points[1]!.diag).toEqual({
      message: failedGate.message,
      severity: 'fail',
      kind: 'budget',
      metric: 'memory_max_mb',
      actual: 1536,
      op: '<=',
      limit: 1024
    })
    expect(points[3]!.diag).toMatchObject({
      baseline: 120,
      actual: 150,
      limit: 132,
      message: regression.message
    })
    expect(points[6]!.diag).toMatchObject({ status: 'failed', errors: ['Traceback: "x" # y'] })
    // Passing points carry no diagnostics.
    expect(points[0]!.diag).toBeNull()
    expect(points[2]!.diag).toBeNull()
  })

  it('escapes # in descriptions so it does not become a directive', () => {
    const weird: GateResult = { ...failedGate, gate: 'cpu_max <= 90 # TODO' }
    const { points } = parseTap(buildTap({ gates: [weird] }))
    expect(points[0]!.name).toBe('gate: cpu_max <= 90 # TODO')
    expect(points[0]!.todo).toBe(false)
  })

  it('fails the script point on timeout and passes an empty run', () => {
    const timedOut = parseTap(
      buildTap({
        gates: [],
        script: { metrics: makeMetrics({ timedOut: true, exit_code: 143, success: false }) }
      })
    )
    expect(timedOut.points[0]).toMatchObject({ ok: false, name: 'script' })
    expect(timedOut.points[0]!.diag).toMatchObject({ timed_out: true, exit_code: 143 })
    expect(parseTap(buildTap({ gates: [] })).final).toMatchObject({ ok: true, count: 0 })
  })
})

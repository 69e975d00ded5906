import { describe, expect, it } from '@jest/globals'
import { computeVerdict } from '../../src/gates/verdict.js'
import { formatResultTable } from '../../src/report/table.js'
import { METRIC_NAMES, type GateResult, type ToolRun } from '../../src/model.js'
import { makeMetrics } from '../gates/metrics-factory.js'

const gates: GateResult[] = [
  {
    gate: 'memory_max_mb <= 1024',
    kind: 'budget',
    metric: 'memory_max_mb',
    op: '<=',
    limit: 1024,
    actual: 1536,
    passed: false,
    message: 'memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB'
  },
  {
    gate: 'exit_code == 0',
    kind: 'budget',
    metric: 'exit_code',
    op: '==',
    limit: 0,
    actual: 0,
    passed: true,
    message: 'exit_code is 0, within == 0'
  }
]
const toolRuns: ToolRun[] = [
  { tool: 'bandit', version: '1.8.6', status: 'ok', durationMs: 1234, findings: [], errors: [] },
  {
    tool: 'osv-scanner',
    status: 'skipped',
    reason: 'not installed',
    durationMs: 3,
    findings: [],
    errors: []
  }
]

describe('formatResultTable', () => {
  const verdict = computeVerdict({ gates, toolRuns, failOnToolError: true, requireTools: false })
  const text = formatResultTable({
    metrics: makeMetrics({ stdout_size_bytes: 2048 }),
    gates,
    toolRuns,
    verdict
  })
  const lines = text.split('\n')

  it('shows metrics with units in aligned columns', () => {
    expect(text).toContain('memory_max_mb')
    expect(text).toMatch(/memory_max_mb\s+120\.0 MiB/)
    expect(text).toMatch(/stdout_size_bytes\s+2\.0 KiB/)
    expect(text).toMatch(/execution_time_seconds\s+1\.250 s/)
    expect(text).toMatch(/success\s+true/)
    const metricRows = lines.slice(1, lines.indexOf(''))
    expect(metricRows).toHaveLength(12)
    // The second column starts at the same offset in every full row.
    const offsets = metricRows.slice(0, 11).map((r, i) => r.indexOf(`  ${METRIC_NAMES[12 + i]}`))
    expect(offsets.every(o => o > 0)).toBe(true)
    expect(new Set(offsets).size).toBe(1)
  })

  it('marks gates and tools, and ends with the verdict, reasons and warnings', () => {
    expect(lines).toContain(
      '  ✘  memory_max_mb <= 1024  memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB'
    )
    expect(lines).toContain('  ✔  exit_code == 0         exit_code is 0, within == 0')
    expect(text).toMatch(/✔ {2}bandit {7}1\.8\.6 {2}ok {7}1\.2 s {2}0 findings/)
    expect(text).toMatch(/– {2}osv-scanner {2}- {6}skipped {2}3 ms {3}not installed/)
    expect(text).toContain(
      '✘ runguard: FAILED\n  - budget: memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB\n  ! osv-scanner skipped: not installed\n'
    )
    expect(text).not.toContain('\u001b[')
  })

  it('colors only when asked', () => {
    const colored = formatResultTable({ gates, toolRuns, verdict, color: true })
    expect(colored).toContain('\u001b[31m✘\u001b[0m')
    expect(colored).toContain('\u001b[32m✔\u001b[0m')
  })

  it('works in scan-only mode and for a pass', () => {
    const ok = formatResultTable({
      gates: [],
      toolRuns: [],
      verdict: computeVerdict({
        gates: [],
        toolRuns: [],
        failOnToolError: true,
        requireTools: false
      })
    })
    expect(ok).toBe('✔ runguard: PASSED\n')
  })
})

import { buildRecord, type HistoryRecord } from '../../src/history/record.js'

/** History records for the store tests: record i is commit `c<i>`, one minute apart. */
const machine = { os: 'linux', arch: 'x64', cpuModel: 'Test CPU', cores: 2, node: '24.0.0' }

export function testRecord(i: number, category = 'runguard'): HistoryRecord {
  return buildRecord({
    timestamp: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    category,
    mode: 'scan',
    runguardVersion: '0.1.0',
    machine,
    context: { commit: `c${i}` },
    trend: true,
    gates: [],
    counted: [],
    toolRuns: [],
    verdict: { passed: true, reasons: [], warnings: [] } as never,
    exitCode: 0,
    redact: t => t
  })
}

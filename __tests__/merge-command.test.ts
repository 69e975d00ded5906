import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ExitCode } from '../src/errors.js'
import { decideMerged, mergeReports } from '../src/merge-command.js'
import { buildSarif } from '../src/report/sarif.js'
import { makeFinding, makeToolRun } from './fixtures/policy/findings.js'
import { failedGate } from './gates/metrics-factory.js'
import { RecordingLogger } from './helpers/recording-logger.js'
import { createTestSettings } from './helpers/settings.js'

// `runguard merge` decides once: policy over the merged findings, the jobs' gates and the errors
// of writing the merged files, in one verdict (the report module only reads and writes formats).

const sarifText = (): string =>
  buildSarif({
    toolRuns: [makeToolRun('bandit')],
    findings: [makeFinding({ severity: 'high' })],
    category: 'runguard',
    workspace: '/w',
    runguardVersion: '0.1.0',
    unknownSeverity: 'high'
  }).text

describe('runguard merge decides once', () => {
  it('gates, policy and writer errors are one verdict', () => {
    const { verdict, exitCode, policy } = decideMerged(
      {
        sarif: JSON.parse(sarifText()) as object,
        gates: [failedGate],
        errors: ['could not write the merged sarif out.sarif: EACCES']
      },
      {
        failOn: 'high',
        reportLevel: 'low',
        unknownSeverity: 'high',
        failOnToolError: true,
        requireTools: false
      }
    )
    expect(policy?.counted).toHaveLength(1)
    expect(verdict.reasons).toEqual([
      'budget: memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB',
      expect.stringMatching(/^1 finding at or above fail-on=high/),
      'could not write the merged sarif out.sarif: EACCES'
    ])
    expect(exitCode).toBe(ExitCode.Violation)
  })

  it('a merged file that cannot be written is a reason (exit 3), the others are still written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-merge-cmd-'))
    writeFileSync(path.join(dir, 'job.sarif'), sarifText())
    writeFileSync(path.join(dir, 'blocker'), 'not a directory\n')
    const result = await mergeReports(
      ['job.sarif'],
      createTestSettings({ workspace: dir, failOn: 'none', sarifFile: 'blocker/merged.sarif' }),
      new RecordingLogger()
    )
    expect(result.verdict.reasons).toEqual([
      expect.stringMatching(/^could not write the merged sarif blocker\/merged\.sarif: /)
    ])
    expect(result.exitCode).toBe(ExitCode.ToolError)
    expect(result.written).toEqual([])
  })
})

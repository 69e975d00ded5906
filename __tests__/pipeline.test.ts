import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { RawSettings } from '../src/config/schema.js'
import { ExitCode } from '../src/errors.js'
import {
  inventoryUse,
  runGate,
  type DecidedRun,
  type GateOutcome,
  type Publisher
} from '../src/pipeline.js'
import { RecordingLogger } from './helpers/recording-logger.js'
import { createTestSettings } from './helpers/settings.js'

// The decisions runGate makes once: one verdict from the results and every error of writing or
// delivering them, one summary rendered after publishing's deliveries, from one input.

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-pipeline-'))
  writeFileSync(path.join(dir, 'app.py'), 'print("hello")\n')
  // A regular file where a report directory should be: every write below it fails.
  writeFileSync(path.join(dir, 'blocker'), 'not a directory\n')
  return dir
}

const scan = (ws: string, overrides: Partial<RawSettings> = {}) =>
  createTestSettings({
    workspace: ws,
    mode: 'scan',
    scanners: ['secrets'],
    sarifFile: '',
    sbomFile: '',
    ...overrides
  })

const count = (text: string, part: string): number => text.split(part).length - 1

describe('runGate decides once', () => {
  it('a report that cannot be written is one reason of the verdict and shows once in the summary', async () => {
    const ws = workspace()
    const outcome = await runGate(
      scan(ws, { sarifFile: 'blocker/out.sarif', junitFile: 'reports/junit.xml' }),
      { logger: new RecordingLogger() }
    )
    const failures = outcome.verdict.reasons.filter(r => r.startsWith('could not write'))
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(/^could not write the sarif report blocker\/out\.sarif: /)
    expect(outcome.verdict.passed).toBe(false)
    expect(outcome.exitCode).toBe(ExitCode.ToolError)
    // The other writers still ran.
    expect(outcome.reports).toEqual([{ kind: 'junit', path: 'reports/junit.xml' }])
    expect(readFileSync(path.join(ws, 'reports/junit.xml'), 'utf8')).toContain('<testsuite')
    expect(count(outcome.summary, 'could not write the sarif report')).toBe(1)
    expect(outcome.summary).toContain('## ❌ runguard: failed')
  })

  it('a summary file that cannot be written fails the verdict the summary shows', async () => {
    const ws = workspace()
    const outcome = await runGate(scan(ws, { summaryFile: 'blocker/summary.md' }), {
      logger: new RecordingLogger()
    })
    expect(outcome.verdict.reasons).toEqual([
      expect.stringMatching(/^could not write the summary report blocker\/summary\.md: /)
    ])
    expect(outcome.exitCode).toBe(ExitCode.ToolError)
    expect(count(outcome.summary, 'could not write the summary report')).toBe(1)
  })

  it('publishes in order: deliveries, one verdict, annotations, one summary everywhere', async () => {
    const ws = workspace()
    const calls: string[] = []
    let annotated: DecidedRun | undefined
    let finished: GateOutcome | undefined
    const publisher: Publisher = {
      deliver: written => {
        calls.push(`deliver ${written.reports.map(r => r.kind).join(',')}`)
        return Promise.resolve(['SARIF upload failed: HTTP 500'])
      },
      annotate: decided => {
        calls.push('annotate')
        annotated = decided
        return { error: 0, warning: 3, notice: 0 }
      },
      finish: outcome => {
        calls.push('finish')
        finished = outcome
        return Promise.resolve()
      }
    }
    const outcome = await runGate(
      scan(ws, { sarifFile: 'out/runguard.sarif', summaryFile: 'out/summary.md' }),
      { logger: new RecordingLogger(), publisher }
    )
    expect(calls).toEqual(['deliver sarif', 'annotate', 'finish'])
    // The delivery error is part of the one verdict every later step sees.
    expect(outcome.verdict.reasons).toEqual(['SARIF upload failed: HTTP 500'])
    expect(outcome.exitCode).toBe(ExitCode.ToolError)
    expect(annotated?.verdict).toBe(outcome.verdict)
    expect(outcome.summaryInput.verdict).toBe(outcome.verdict)
    expect(finished).toBe(outcome)
    // One rendering: the summary file, the published summary and the outcome hold the same text,
    // which already reflects the delivery and the annotations left out.
    expect(readFileSync(path.join(ws, 'out/summary.md'), 'utf8')).toBe(outcome.summary)
    expect(count(outcome.summary, 'SARIF upload failed: HTTP 500')).toBe(1)
    expect(outcome.summary).toContain('3 finding(s) had no annotation')
    expect(outcome.reports.map(r => r.kind)).toEqual(['sarif', 'summary'])
  })

  it('a clean run passes with exit 0 and no reasons', async () => {
    const ws = workspace()
    const outcome = await runGate(scan(ws), { logger: new RecordingLogger() })
    expect(outcome.verdict).toMatchObject({ passed: true, reasons: [] })
    expect(outcome.exitCode).toBe(ExitCode.Passed)
    expect(outcome.summary).toContain('## ✅ runguard: passed')
  })
})

// The manifests and the installed environment are read only for what uses them: each costs its
// code's load and a walk of the tree (and a Python process) that `scan --scanners secrets` does
// not need, and their warnings are about dependencies nothing in such a run checks.
describe('runGate reads the dependency inventories only when something uses them', () => {
  const unpinned = (): string => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'requirements.txt'), 'requests\n')
    return ws
  }
  // No VIRTUAL_ENV: the environment reader has nothing to find, and says so when it runs.
  const env = { PATH: process.env.PATH ?? '' }
  const dependencyLines = (logger: RecordingLogger): string[] =>
    logger.entries
      .map(e => e.message)
      .filter(m => m.startsWith('dependencies:') || m.startsWith('installed environment'))

  it('a secrets-only scan with no SBOM or summary reads neither', async () => {
    const logger = new RecordingLogger()
    const outcome = await runGate(scan(unpinned()), { logger, env })
    expect(dependencyLines(logger)).toEqual([])
    expect(outcome.warnings.filter(w => w.startsWith('dependencies:'))).toEqual([])
    expect(outcome.components).toEqual([])
    expect(outcome.exitCode).toBe(ExitCode.Passed)
  })

  it('an SBOM or a summary file still reads both, with the same warnings as before', async () => {
    for (const overrides of [{ sbomFile: 'out/sbom.json' }, { summaryFile: 'out/summary.md' }]) {
      const logger = new RecordingLogger()
      const outcome = await runGate(scan(unpinned(), overrides), { logger, env })
      expect(dependencyLines(logger)).toEqual([
        expect.stringMatching(/^installed environment not read: /),
        "dependencies: requirements.txt:1: requests is unpinned: tools can't match it"
      ])
      expect(outcome.components.map(c => c.name)).toEqual(['requests'])
    }
  })

  it('each use of the inventories turns them on', () => {
    const use = (overrides: Partial<RawSettings>, publishes = false) =>
      inventoryUse(scan('/tmp', overrides), publishes)
    const neither = { manifests: false, environment: false }
    const both = { manifests: true, environment: true }
    expect(use({})).toEqual(neither)
    expect(use({ scanners: ['bandit', 'semgrep', 'secrets'] })).toEqual(neither)
    expect(use({ scanners: ['safety'] })).toEqual(both)
    expect(use({ scanners: ['osv-scanner'] })).toEqual(both)
    expect(use({ sbomFile: 'x.json' })).toEqual(both)
    expect(use({ summaryFile: 'x.md' })).toEqual(both)
    expect(use({}, true)).toEqual(both)
    expect(use({ runtime: 'action' })).toEqual(both)
    expect(use({ denyLicenses: ['MIT'] })).toEqual(both)
    expect(use({ allowLicenses: ['MIT'] })).toEqual(both)
    expect(use({ pythonPath: '/usr/bin/python3' })).toEqual(both)
    expect(use({ mode: 'gate', script: ['python3', 'x.py'] })).toEqual(both)
    expect(use({ mode: 'gate', script: ['python3', 'x.py'], recordImports: false })).toEqual(
      neither
    )
    // Without scan-environment, only the manifests, for what reads them.
    expect(use({ scanEnvironment: false, scanners: ['safety'] })).toEqual({
      manifests: true,
      environment: false
    })
    expect(use({ scanEnvironment: false, summaryFile: 'x.md' })).toEqual({
      manifests: true,
      environment: false
    })
  })
})

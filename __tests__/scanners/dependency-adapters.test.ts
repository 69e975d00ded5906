import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ExecFn, ExecResult } from '../../src/exec.js'
import { execResult } from '../helpers/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { Component } from '../../src/model.js'
import { createRedactor } from '../../src/redact.js'
import { osvScannerAdapter } from '../../src/scanners/osv-scanner.js'
import { safetyAdapter } from '../../src/scanners/safety.js'
import type { Detection, ScanContext } from '../../src/scanners/types.js'
import { createTestSettings } from '../helpers/settings.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const project = path.join(here, '..', 'fixtures', 'inventory', 'project')
const safetyFixtures = path.join(here, '..', 'fixtures', 'safety')

type Call = { command: string; args: readonly string[]; input?: string }

/** Fake exec: answers from a function of the argv and records every call. */
function fakeExec(answer: (args: readonly string[]) => Partial<ExecResult>): {
  exec: ExecFn
  calls: Call[]
} {
  const calls: Call[] = []
  const exec: ExecFn = (command, args, options) => {
    calls.push({ command, args, ...(options?.input !== undefined ? { input: options.input } : {}) })
    return Promise.resolve(execResult(answer(args)))
  }
  return { exec, calls }
}

const components: Component[] = [
  {
    ecosystem: 'PyPI',
    name: 'jinja2',
    version: '2.10',
    purl: 'pkg:pypi/jinja2@2.10',
    file: 'requirements.txt',
    line: 4
  }
]

function context(exec: ExecFn, overrides: Partial<ScanContext> = {}): ScanContext {
  return {
    settings: createTestSettings({ workspace: project }),
    workspace: project,
    paths: [project],
    exec,
    env: process.env,
    logger: new RecordingLogger(),
    redactor: createRedactor(['s3cr3t-value']),
    components,
    timeoutMs: 60_000,
    ...overrides
  }
}

const detected = (version: string, tool: string): Detection => ({
  installed: true,
  command: [tool],
  version,
  supported: true
})

describe('osv-scanner adapter faults', () => {
  it('detects the version, and absence as not installed', async () => {
    const ok = fakeExec(() => ({
      stdout: 'osv-scanner version: 2.5.0\nosv-scalibr version: 0.4.5\n'
    }))
    expect(await osvScannerAdapter.detect(context(ok.exec))).toEqual({
      installed: true,
      command: ['osv-scanner'],
      version: '2.5.0',
      supported: true
    })
    const old = fakeExec(() => ({ stdout: 'osv-scanner version: 1.4.0' }))
    expect(await osvScannerAdapter.detect(context(old.exec))).toMatchObject({
      supported: false,
      warning: 'osv-scanner 1.4.0 is outside the tested range >=1.9.0 <3; its output may not parse'
    })
    const missing = fakeExec(() => ({ exitCode: null, spawnError: 'spawn osv-scanner ENOENT' }))
    expect(await osvScannerAdapter.detect(context(missing.exec))).toMatchObject({
      installed: false
    })
  })

  it('exit 128 is ok with a note; 127 is a failure with redacted stderr', async () => {
    const none = fakeExec(() => ({
      exitCode: 128,
      stderr: 'No package sources found, --help for usage information.\n'
    }))
    expect(
      await osvScannerAdapter.scan(context(none.exec), detected('2.5.0', 'osv-scanner'))
    ).toMatchObject({
      status: 'ok',
      findings: [],
      errors: ['no packages found']
    })
    const broken = fakeExec(() => ({
      exitCode: 127,
      stdout: '{"results": []}',
      stderr: 'Error during extraction: token s3cr3t-value rejected\n'
    }))
    const run = await osvScannerAdapter.scan(context(broken.exec), detected('2.5.0', 'osv-scanner'))
    expect(run.status).toBe('failed')
    expect(run.reason).toBe(
      'osv-scanner exited with code 127: Error during extraction: token *** rejected'
    )
    expect(JSON.stringify(run)).not.toContain('s3cr3t-value')
  })

  it('unparsable output, a timeout and a kill are not "no findings"', async () => {
    const garbage = fakeExec(() => ({ exitCode: 1, stdout: 'panic: oops' }))
    expect(
      await osvScannerAdapter.scan(context(garbage.exec), detected('2.5.0', 'osv-scanner'))
    ).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^osv-scanner output is not JSON \(exit 1\)/)
    })
    const noResults = fakeExec(() => ({ exitCode: 0, stdout: '{"foo": 1}' }))
    expect(
      (await osvScannerAdapter.scan(context(noResults.exec), detected('2.5.0', 'osv-scanner')))
        .status
    ).toBe('failed')
    const slow = fakeExec(() => ({ exitCode: null, signal: 'SIGTERM', timedOut: true }))
    expect(
      await osvScannerAdapter.scan(context(slow.exec), detected('2.5.0', 'osv-scanner'))
    ).toMatchObject({
      status: 'timed-out',
      tool: 'osv-scanner',
      version: '2.5.0'
    })
    const killed = fakeExec(() => ({ exitCode: null, signal: 'SIGKILL' }))
    expect(
      await osvScannerAdapter.scan(context(killed.exec), detected('2.5.0', 'osv-scanner'))
    ).toMatchObject({
      status: 'failed',
      reason: 'osv-scanner was killed by SIGKILL'
    })
  })

  it('passes an offline DB with --offline and fails clearly when it is missing', async () => {
    const fake = fakeExec(() => ({ exitCode: 0, stdout: '{"results": []}' }))
    const settings = createTestSettings({ workspace: project, osvDb: 'nope/db' })
    expect(
      await osvScannerAdapter.scan(
        context(fake.exec, { settings }),
        detected('2.5.0', 'osv-scanner')
      )
    ).toMatchObject({
      status: 'failed',
      reason: 'osv database directory nope/db does not exist'
    })
    const withDb = createTestSettings({ workspace: project, osvDb: '.' })
    const run = await osvScannerAdapter.scan(
      context(fake.exec, { settings: withDb }),
      detected('2.5.0', 'osv-scanner')
    )
    expect(run.status).toBe('ok')
    expect(run.command).toEqual([
      'osv-scanner',
      'scan',
      'source',
      '--format',
      'json',
      '--offline',
      '--local-db-path',
      project,
      '--config',
      expect.stringMatching(/runguard-osv-config-[^/]+\/osv-scanner\.toml$/),
      '-r',
      project
    ])
  })
})

describe('safety adapter faults', () => {
  /** A vulnerable pin in a lockfile: Safety reads it from runguard's lockfile-pins input. */
  const lock: Component = {
    ecosystem: 'PyPI',
    name: 'urllib3',
    version: '1.24.1',
    purl: 'pkg:pypi/urllib3@1.24.1',
    file: 'uv.lock',
    line: 9
  }

  it('skips safety 3.x without SAFETY_API_KEY', async () => {
    const saved = process.env.SAFETY_API_KEY
    delete process.env.SAFETY_API_KEY
    try {
      const fake = fakeExec(() => ({}))
      const run = await safetyAdapter.scan(context(fake.exec), detected('3.2.11', 'safety'))
      expect(run).toMatchObject({ status: 'skipped', tool: 'safety', version: '3.2.11' })
      expect(run.reason).toContain('SAFETY_API_KEY')
      expect(fake.calls).toEqual([])
    } finally {
      if (saved !== undefined) process.env.SAFETY_API_KEY = saved
    }
  })

  it('maps 67 (missing DB) and unknown exit codes to failures', async () => {
    const missing = fakeExec(() => ({
      exitCode: 67,
      stderr: readFileSync(path.join(safetyFixtures, 'safety-2.3.5_missing_db.stderr.txt'), 'utf8')
    }))
    expect(
      await safetyAdapter.scan(context(missing.exec), detected('2.3.5', 'safety'))
    ).toMatchObject({
      status: 'failed',
      reason:
        'requirements.txt: safety exited with code 67 (local vulnerability database not found): Unable to find vulnerability database in /nonexistent-db'
    })
    const crash = fakeExec(() => ({
      exitCode: 1,
      stderr: "Unhandled exception happened: Invalid URL 'None'"
    }))
    expect(
      (await safetyAdapter.scan(context(crash.exec), detected('2.3.5', 'safety'))).status
    ).toBe('failed')
  })

  it('exit 64 with unreadable output is a failure, not a clean scan', async () => {
    const fake = fakeExec(() => ({ exitCode: 64, stdout: 'Traceback (most recent call last):' }))
    expect(await safetyAdapter.scan(context(fake.exec), detected('2.3.5', 'safety'))).toMatchObject(
      {
        status: 'failed',
        reason: 'requirements.txt: safety printed no JSON report (exit 64)'
      }
    )
  })

  it('checks the inputs in one run, runs each alone when its report does not split, and checks the DB dir', async () => {
    // Every call answers with requirements.txt's own report: the one run's report then lacks
    // the lockfile pins' share, so each input runs alone, as before the one run existed.
    const stdout = readFileSync(
      path.join(safetyFixtures, 'safety-2.3.5_check_requirements_db.json'),
      'utf8'
    )
    const fake = fakeExec(() => ({ exitCode: 64, stdout }))
    const settings = createTestSettings({ workspace: project, safetyDb: '../../safety/db' })
    const logger = new RecordingLogger()
    const run = await safetyAdapter.scan(
      context(fake.exec, { settings, components: [...components, lock], logger }),
      detected('2.3.5', 'safety')
    )
    expect(run.status).toBe('ok')
    const db = path.resolve(project, '../../safety/db')
    const [batch, ...alone] = fake.calls.map(c => c.args)
    expect(batch).toEqual([
      'check',
      '-r',
      'requirements.txt',
      '-r',
      expect.stringMatching(/runguard-safety-inputs-[^/]+\/lockfile-pins\.txt$/),
      '--json',
      '--policy-file',
      expect.stringMatching(/runguard-safety-inputs-[^/]+\/policy\.yml$/),
      '--db',
      db
    ])
    const policy = batch?.[batch.indexOf('--policy-file') + 1]
    expect(alone).toEqual([
      ['check', '-r', 'requirements.txt', '--json', '--policy-file', policy, '--db', db],
      ['check', '--stdin', '--json', '--policy-file', policy, '--db', db]
    ])
    expect(fake.calls[2]?.input).toBe('urllib3==1.24.1\n')
    expect(logger.text()).toContain("the one run's report does not split")
    // The stdin run's urllib3 findings land on the lockfile line.
    expect(
      run.findings.filter(f => f.location.path === 'uv.lock').map(f => f.location.startLine)
    ).toEqual([9, 9])
    const bad = createTestSettings({ workspace: project, safetyDb: 'requirements' })
    expect(
      await safetyAdapter.scan(context(fake.exec, { settings: bad }), detected('2.3.5', 'safety'))
    ).toMatchObject({
      status: 'failed',
      reason:
        "safety database requirements has no insecure.json (Safety 2.x flat DB format expected: the safety-db package's data directory)"
    })
  })

  it("splits the one run's report: an input with nothing vulnerable reads as a clean run", async () => {
    // requirements.txt's own report is the one run's report when the lockfile pins are clean.
    const stdout = readFileSync(
      path.join(safetyFixtures, 'safety-2.3.5_check_requirements_db.json'),
      'utf8'
    )
    const clean: Component = {
      ecosystem: 'PyPI',
      name: 'six',
      version: '1.16.0',
      purl: 'pkg:pypi/six@1.16.0',
      file: 'uv.lock',
      line: 3
    }
    const fake = fakeExec(() => ({ exitCode: 64, stdout }))
    const run = await safetyAdapter.scan(
      context(fake.exec, { components: [...components, clean] }),
      detected('2.3.5', 'safety')
    )
    expect(fake.calls).toHaveLength(1)
    expect(run).toMatchObject({ status: 'ok', errors: [] })
    const alone = fakeExec(() => ({ exitCode: 64, stdout }))
    const single = await safetyAdapter.scan(context(alone.exec), detected('2.3.5', 'safety'))
    expect(alone.calls.map(c => c.args)).toEqual([
      [
        'check',
        '-r',
        'requirements.txt',
        '--json',
        '--policy-file',
        expect.stringMatching(/runguard-safety-inputs-[^/]+\/policy\.yml$/)
      ]
    ])
    expect(run.findings).toEqual(single.findings)
  })

  it('a failed or garbled one run fails closed, naming the inputs', async () => {
    const both = { components: [...components, lock] }
    // Killed by the timeout: nothing would fare better alone, and the reason names both inputs.
    const slow = fakeExec(() => ({ exitCode: null, timedOut: true }))
    const timedOut = await safetyAdapter.scan(context(slow.exec, both), detected('2.3.5', 'safety'))
    expect(timedOut.status).toBe('timed-out')
    expect(timedOut.reason).toMatch(/^requirements\.txt, lockfile pins: safety did not finish/)
    expect(slow.calls).toHaveLength(1)
    // A garbled report: each input runs alone and each failure is named.
    const garbled = fakeExec(() => ({ exitCode: 64, stdout: 'Traceback (most recent call last):' }))
    const failed = await safetyAdapter.scan(
      context(garbled.exec, both),
      detected('2.3.5', 'safety')
    )
    expect(failed).toMatchObject({
      status: 'failed',
      reason: 'requirements.txt: safety printed no JSON report (exit 64)',
      errors: ['lockfile pins: safety printed no JSON report (exit 64)']
    })
    expect(garbled.calls).toHaveLength(3)
  })

  it('skips when there is nothing pinned to check, and times out cleanly', async () => {
    const fake = fakeExec(() => ({ exitCode: null, timedOut: true }))
    expect(
      await safetyAdapter.scan(context(fake.exec, { components: [] }), detected('2.3.5', 'safety'))
    ).toMatchObject({
      status: 'skipped',
      reason: 'no pinned Python requirements to check'
    })
    expect((await safetyAdapter.scan(context(fake.exec), detected('2.3.5', 'safety'))).status).toBe(
      'timed-out'
    )
  })
})

describe('dependency-scanner output schemas and durations', () => {
  it('safety printing {} with exit 0 is a tool failure, not "0 findings"', async () => {
    const fake = fakeExec(() => ({ exitCode: 0, stdout: '{}', durationMs: 3.3 }))
    const run = await safetyAdapter.scan(context(fake.exec), detected('2.3.5', 'safety'))
    expect(run).toMatchObject({
      status: 'failed',
      reason:
        'requirements.txt: not a Safety JSON report: report_meta: expected object, received undefined; vulnerabilities: expected array, received undefined (exit 0)'
    })
    expect(Number.isInteger(run.durationMs)).toBe(true)
  })

  it('osv-scanner output whose records lack an id is a tool failure', async () => {
    const fake = fakeExec(() => ({
      exitCode: 1,
      stdout: JSON.stringify({
        results: [{ packages: [{ package: { name: 'jinja2' }, vulnerabilities: [{}] }] }]
      })
    }))
    const run = await osvScannerAdapter.scan(context(fake.exec), detected('2.5.0', 'osv-scanner'))
    expect(run.status).toBe('failed')
    expect(run.reason).toMatch(
      /^not an osv-scanner JSON report: results\[0\]\.packages\[0\]\.vulnerabilities\[0\]\.id: expected string.* \(exit 1\)$/
    )
    expect(Number.isInteger(run.durationMs)).toBe(true)
  })
})

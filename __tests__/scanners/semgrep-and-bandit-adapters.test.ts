import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ExecFn, ExecOptions, ExecResult } from '../../src/exec.js'
import { execResult } from '../helpers/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createRedactor } from '../../src/redact.js'
import { banditAdapter } from '../../src/scanners/bandit.js'
import { semgrepAdapter } from '../../src/scanners/semgrep.js'
import type { ScanContext } from '../../src/scanners/types.js'
import { createTestSettings } from '../helpers/settings.js'

// Exit-code and failure mapping of both code-scanner adapters, with an injected exec that
// answers with recorded outputs (the real tools run in __tests__/integration/).

const fixtures = path.join(process.cwd(), '__tests__/fixtures')
const project = path.join(fixtures, 'scan-project')
const fixture = (tool: string, name: string): string =>
  readFileSync(path.join(fixtures, tool, name), 'utf8')

function ctxWith(
  result: Partial<ExecResult>,
  seen: Array<{ args: readonly string[]; options?: ExecOptions }> = []
): ScanContext {
  const exec: ExecFn = (_cmd, args, options) => {
    seen.push({ args, options })
    return Promise.resolve(execResult({ durationMs: 5, ...result }))
  }
  return {
    settings: createTestSettings({ workspace: project }),
    workspace: project,
    paths: [path.join(project, 'app')],
    exec,
    env: process.env,
    logger: new RecordingLogger(),
    redactor: createRedactor(['hunter2-value']),
    components: [],
    timeoutMs: 10_000
  }
}

const semgrepDetection = {
  installed: true,
  command: ['semgrep'],
  version: '1.182.0',
  supported: true
}
const banditDetection = { installed: true, command: ['bandit'], version: '1.9.4', supported: true }

describe('semgrep adapter exit codes', () => {
  it('exit 0 with a report → ok, offline environment, bare rule ids', async () => {
    const seen: Array<{ args: readonly string[]; options?: ExecOptions }> = []
    const run = await semgrepAdapter.scan(
      ctxWith({ stdout: fixture('semgrep', 'semgrep-1.182.0_scan-project.json') }, seen),
      semgrepDetection
    )
    expect(run.status).toBe('ok')
    expect(run.findings.length).toBeGreaterThan(10)
    expect(seen[0]?.options?.env).toMatchObject({
      SEMGREP_SEND_METRICS: 'off',
      SEMGREP_ENABLE_VERSION_CHECK: '0'
    })
    expect(seen[0]?.options?.cwd).toBe(project)
    expect(run.command).toEqual(
      expect.arrayContaining(['--no-rewrite-rule-ids', '--disable-version-check'])
    )
  })

  it('exit 0 with a level-"error" entry → failed, findings kept', async () => {
    const run = await semgrepAdapter.scan(
      ctxWith({ stdout: fixture('semgrep', 'hand-edited_exit0-with-fatal-error.json') }),
      semgrepDetection
    )
    expect(run.status).toBe('failed')
    expect(run.reason).toMatch(/^semgrep reported 1 fatal error\(s\): error: PartialParsing/)
  })

  it('exit 0 with a warn-level partial parse → ok with the error listed', async () => {
    const run = await semgrepAdapter.scan(
      ctxWith({ stdout: fixture('semgrep', 'semgrep-1.182.0_partial-parsing.json') }),
      semgrepDetection
    )
    expect(run.status).toBe('ok')
    expect(run.errors).toHaveLength(1)
  })

  it("exit 7 (missing config) → failed with semgrep's own message", async () => {
    const run = await semgrepAdapter.scan(
      ctxWith({ exitCode: 7, stdout: fixture('semgrep', 'semgrep-1.182.0_missing-config.json') }),
      semgrepDetection
    )
    expect(run.status).toBe('failed')
    expect(run.reason).toMatch(
      /^semgrep failed with exit 7 \(missing or invalid config\): error: SemgrepError: WARNING: unable to find a config/
    )
  })

  it('exit 2 without JSON → failed with the redacted stderr tail', async () => {
    const run = await semgrepAdapter.scan(
      ctxWith({ exitCode: 2, stderr: 'boom\ntoken hunter2-value\n' }),
      semgrepDetection
    )
    expect(run).toMatchObject({
      status: 'failed',
      reason: 'semgrep failed with exit 2 (fatal error); last stderr lines:\nboom\ntoken ***'
    })
  })

  it('timeout, signal, spawn error, truncated JSON', async () => {
    const timedOut = await semgrepAdapter.scan(
      ctxWith({ exitCode: null, signal: 'SIGTERM', timedOut: true }),
      semgrepDetection
    )
    expect(timedOut).toMatchObject({
      status: 'timed-out',
      reason: 'semgrep did not finish within 10s and was killed'
    })
    const killed = await semgrepAdapter.scan(
      ctxWith({ exitCode: null, signal: 'SIGKILL' }),
      semgrepDetection
    )
    expect(killed).toMatchObject({ status: 'failed', reason: 'semgrep was killed by SIGKILL' })
    const missing = await semgrepAdapter.scan(
      ctxWith({ exitCode: null, spawnError: 'spawn semgrep ENOENT' }),
      semgrepDetection
    )
    expect(missing).toMatchObject({
      status: 'failed',
      reason: 'semgrep could not be started: spawn semgrep ENOENT'
    })
    const cut = await semgrepAdapter.scan(ctxWith({ stdout: '{"results": [' }), semgrepDetection)
    expect(cut).toMatchObject({ status: 'failed', reason: 'semgrep printed no parsable JSON' })
  })

  it('redacts known secret values from interpolated messages', async () => {
    const json = JSON.parse(fixture('semgrep', 'semgrep-1.182.0_scan-project.json')) as {
      results: Array<{ extra: { message: string } }>
    }
    json.results[0]!.extra.message = 'matched hunter2-value here'
    const run = await semgrepAdapter.scan(
      ctxWith({ stdout: JSON.stringify(json) }),
      semgrepDetection
    )
    expect(run.findings[0]?.message).toBe('matched *** here')
  })
})

describe('bandit adapter exit codes', () => {
  it('exit 1 with issues → ok; errors[] kept', async () => {
    const run = await banditAdapter.scan(
      ctxWith({ exitCode: 1, stdout: fixture('bandit', 'bandit-1.9.4_scan-project.json') }),
      banditDetection
    )
    expect(run.status).toBe('ok')
    expect(run.findings.length).toBeGreaterThan(10)
    expect(run.errors).toEqual(['app/broken.py: syntax error while parsing AST from file'])
  })

  it('exit 0 clean → ok', async () => {
    const run = await banditAdapter.scan(
      ctxWith({ exitCode: 0, stdout: fixture('bandit', 'bandit-1.9.4_empty.json') }),
      banditDetection
    )
    expect(run).toMatchObject({ status: 'ok', findings: [], errors: [] })
  })

  it('exit 2 → failed as a usage/config error with stderr', async () => {
    const run = await banditAdapter.scan(
      ctxWith({ exitCode: 2, stderr: 'bandit: error: unrecognized arguments: --bogus\n' }),
      banditDetection
    )
    expect(run).toMatchObject({
      status: 'failed',
      reason:
        'bandit failed with exit 2 (usage or configuration error); last stderr lines:\nbandit: error: unrecognized arguments: --bogus'
    })
  })

  it('exit 1 with an empty report → failed (not trustworthy)', async () => {
    const run = await banditAdapter.scan(
      ctxWith({ exitCode: 1, stdout: fixture('bandit', 'bandit-1.9.4_empty.json') }),
      banditDetection
    )
    expect(run.status).toBe('failed')
  })

  it('timeout → timed-out', async () => {
    const run = await banditAdapter.scan(
      ctxWith({ exitCode: null, signal: 'SIGTERM', timedOut: true }),
      banditDetection
    )
    expect(run.status).toBe('timed-out')
  })

  it("does not run (failed, never 'ok') when the base commit's settings cannot be read", async () => {
    // Under trusted-config base, a run with the change's own Bandit settings would be no gate.
    const seen: Array<{ args: readonly string[] }> = []
    const ctx = ctxWith({ exitCode: 0, stdout: fixture('bandit', 'bandit-1.9.4_empty.json') }, seen)
    const noGit = mkdtempSync(path.join(tmpdir(), 'rg-bandit-nogit-'))
    const run = await banditAdapter.scan(
      {
        ...ctx,
        workspace: noGit,
        paths: [noGit],
        settings: createTestSettings({
          workspace: noGit,
          trust: { base: 'a'.repeat(40), changes: [] }
        })
      },
      banditDetection
    )
    expect(run.status).toBe('failed')
    expect(run.reason).toMatch(/^bandit was not run: trusted-config: the base commit a{40} /)
    // Only git (listing tracked files) ran; Bandit did not.
    expect(seen.filter(call => call.args[0] !== 'ls-files')).toEqual([])
  })
})

describe('code-scanner output schemas (a report of the wrong shape is a tool failure)', () => {
  it.each([
    [
      'bandit',
      '{}',
      /^bandit output is not its JSON report: not a Bandit JSON report: results: expected array/
    ],
    [
      'bandit',
      '{"results": [{"filename": "app/a.py", "test_id": "B602"}], "errors": []}',
      /results\[0\]\.issue_severity: expected string/
    ],
    [
      'semgrep',
      '{"results": []}',
      /^semgrep output is not its JSON report: not a Semgrep JSON report: errors: expected array/
    ],
    [
      'semgrep',
      '{"results": [{"check_id": "x", "path": "app/a.py", "start": {"line": "1"}, "extra": {}}], "errors": [], "paths": {}}',
      /results\[0\]\.start\.line: expected number/
    ]
  ])('%s printing %s with exit 0 fails', async (tool, stdout, reason) => {
    const adapter = tool === 'bandit' ? banditAdapter : semgrepAdapter
    const detection = tool === 'bandit' ? banditDetection : semgrepDetection
    const run = await adapter.scan(ctxWith({ exitCode: 0, stdout, durationMs: 12.7 }), detection)
    expect(run.status).toBe('failed')
    expect(run.reason).toMatch(reason)
    expect(run.findings).toEqual([])
    expect(run.durationMs).toBe(13)
  })
})

// After the slowest tool exits, the gate starts the script: anything a code scanner still does
// then (git listing tracked files) delays it, so git runs while the tool does.
describe('code scanners list tracked files while the tool runs', () => {
  it('git ls-files is started after the tool and before the tool has finished', async () => {
    const order: string[] = []
    let gitDuringTool = false
    const exec: ExecFn = async cmd => {
      order.push(cmd)
      if (cmd === 'git') return execResult({ exitCode: 128, stderr: 'fatal: not a git repository' })
      // The tool finishes a few turns of the event loop later, like a real process.
      for (let i = 0; i < 5; i++) await new Promise(resolve => setImmediate(resolve))
      gitDuringTool = order.includes('git')
      return execResult({
        durationMs: 5,
        stdout: fixture('semgrep', 'semgrep-1.182.0_scan-project.json')
      })
    }
    const run = await semgrepAdapter.scan({ ...ctxWith({}), exec }, semgrepDetection)
    expect(run.status).toBe('ok')
    expect(order).toEqual(['semgrep', 'git'])
    expect(gitDuringTool).toBe(true)
  })
})

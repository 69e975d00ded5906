import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile, type ExecFn } from '../../src/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { Component, ToolName, ToolRun } from '../../src/model.js'
import { createRedactor } from '../../src/redact.js'
import { runScanners } from '../../src/scanners/run.js'
import { createTestSettings } from '../helpers/settings.js'

// Each tool is replaced by a fake executable (fixtures/fake-tools/<set>/<tool>) found first on
// PATH: real processes that crash, hang, print truncated JSON, die by a signal or exit with an
// unknown code. The orchestrator must turn each into failed/timed-out and keep the others.

const fakes = path.join(process.cwd(), '__tests__/fixtures/fake-tools')
const components: Component[] = [
  {
    ecosystem: 'PyPI',
    name: 'jinja2',
    version: '2.10',
    purl: 'pkg:pypi/jinja2@2.10',
    file: 'requirements.txt',
    line: 1
  }
]

function withFakes(set: string): ExecFn {
  return (command, args, options = {}) => {
    const env = options.env ?? process.env
    return execFile(command, args, {
      ...options,
      env: { ...env, PATH: [path.join(fakes, set), env.PATH ?? ''].join(path.delimiter) }
    })
  }
}

async function runWith(
  set: string,
  toolTimeout = 60,
  scanners: ToolName[] = ['bandit', 'semgrep', 'safety', 'osv-scanner', 'secrets']
): Promise<{ runs: Record<string, ToolRun>; logger: RecordingLogger }> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'rg-faults-'))
  cpSync(path.join(process.cwd(), '__tests__/fixtures/scan-project'), workspace, {
    recursive: true
  })
  const logger = new RecordingLogger()
  const list = await runScanners({
    settings: createTestSettings({
      workspace,
      scanners,
      maxParallel: 5,
      toolTimeout,
      safetyDb: workspace,
      osvDb: workspace,
      installTools: false,
      toolsDir: mkdtempSync(path.join(tmpdir(), 'rg-no-tools-'))
    }),
    logger,
    exec: withFakes(set),
    env: process.env,
    redactor: createRedactor(),
    components
  })
  expect(list.map(r => r.tool)).toEqual(scanners)
  return { runs: Object.fromEntries(list.map(r => [r.tool, r])), logger }
}

describe('scanner faults (fake tools on PATH)', () => {
  it('crash, hang, truncated JSON, unknown exit code: each reported, the built-in secrets scan still ok', async () => {
    const { runs, logger } = await runWith('set-1', 4)
    expect(runs.bandit).toMatchObject({ status: 'failed', version: '1.9.4', findings: [] })
    expect(runs.bandit!.reason).toMatch(
      /^bandit printed no parsable JSON; last stderr lines:\n(.|\n)*RuntimeError: simulated crash$/
    )
    expect(runs.semgrep).toMatchObject({ status: 'timed-out', findings: [] })
    expect(runs.semgrep!.reason).toMatch(/did not finish within 4s/)
    expect(runs.safety!.status).toBe('failed')
    expect(runs['osv-scanner']!.status).toBe('failed')
    expect(runs.secrets!.status).toBe('ok')
    expect(logger.text()).toMatch(/warning: semgrep 1\.182\.0: timed-out/)
  }, 60_000)

  it('exit 0 with a fatal error, truncated JSON with exit 1, killed by signals', async () => {
    const { runs } = await runWith('set-2')
    expect(runs.bandit!.status).toBe('failed')
    expect(runs.bandit!.reason).toMatch(/^bandit printed no parsable JSON/)
    expect(runs.semgrep).toMatchObject({
      status: 'failed',
      reason: 'semgrep reported 1 fatal error(s): error: Fatal error: simulated fatal error'
    })
    expect(runs.safety!.status).toBe('failed')
    expect(runs['osv-scanner']!.status).toBe('failed')
    expect(runs.secrets!.status).toBe('ok')
  }, 60_000)

  it('unknown exit codes fail even with a well-formed report', async () => {
    // set-3 has no safety/osv-scanner fakes; leave the real ones out.
    const { runs } = await runWith('set-3', 60, ['bandit', 'semgrep', 'secrets'])
    expect(runs.bandit).toMatchObject({
      status: 'failed',
      reason: 'bandit exited with unexpected code 3'
    })
    expect(runs.semgrep).toMatchObject({ status: 'failed' })
    expect(runs.semgrep!.reason).toMatch(/^semgrep exited with unexpected code 99/)
    expect(runs.secrets!.status).toBe('ok')
  }, 60_000)
})

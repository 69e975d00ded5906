import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile } from '../../src/exec.js'
import { discoverComponents } from '../../src/inventory/index.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createRedactor } from '../../src/redact.js'
import { SEMGREP_ENV } from '../../src/scanners/semgrep.js'
import { runScanners } from '../../src/scanners/run.js'
import { createTestSettings } from '../helpers/settings.js'

// All five scanners, for real, on a copy of examples/ with its offline OSV and Safety databases.
const has = (cmd: string, args: string[]): boolean =>
  spawnSync(cmd, args, { env: { ...process.env, ...SEMGREP_ENV } }).status === 0
const tools = {
  bandit: has('bandit', ['--version']),
  semgrep: has('semgrep', ['--version', '--disable-version-check']),
  safety: has('safety', ['--version']),
  'osv-scanner': has('osv-scanner', ['--version'])
}
const missing = Object.entries(tools)
  .filter(([, ok]) => !ok)
  .map(([t]) => t)
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(
    `${missing.join(', ')} not on PATH but CI=true: run scripts/setup.sh and put the tools on PATH`
  )
}
const examples = path.join(process.cwd(), 'examples')
const ready = missing.length === 0 && existsSync(path.join(examples, '.runguard', 'osv-db'))
const describeAll = ready ? describe : describe.skip

describeAll('runScanners with every real tool on examples/', () => {
  it('runs all five in parallel, every one ok with findings, offline', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'rg-scan-it-'))
    cpSync(examples, workspace, { recursive: true })
    const logger = new RecordingLogger()
    const inventory = await discoverComponents(workspace, [workspace], logger)
    const runs = await runScanners({
      settings: createTestSettings({
        workspace,
        maxParallel: 5,
        osvDb: '.runguard/osv-db',
        safetyDb: '.runguard/safety-db',
        exclude: ['.runguard'],
        installTools: false
      }),
      logger,
      exec: execFile,
      env: process.env,
      redactor: createRedactor(),
      components: inventory.components
    })
    const byTool = Object.fromEntries(runs.map(r => [r.tool, r]))
    for (const r of runs) expect([r.tool, r.status, r.reason]).toEqual([r.tool, 'ok', undefined])
    expect(byTool.bandit!.findings.length).toBeGreaterThan(0)
    expect(byTool.semgrep!.findings.length).toBeGreaterThan(0)
    expect(byTool.safety!.findings.length).toBeGreaterThan(0)
    expect(byTool['osv-scanner']!.findings.length).toBeGreaterThan(0)
    for (const r of runs) {
      for (const f of r.findings) {
        expect(path.isAbsolute(f.location.path)).toBe(false)
        expect(f.location.path.startsWith('..')).toBe(false)
        expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/)
      }
    }
    // No finding from runguard's own state directory.
    expect(runs.flatMap(r => r.findings).some(f => f.location.path.startsWith('.runguard/'))).toBe(
      false
    )
  }, 300_000)
})

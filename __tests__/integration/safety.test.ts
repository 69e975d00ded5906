import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFile } from '../../src/exec.js'
import { discoverComponents } from '../../src/inventory/index.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { Component } from '../../src/model.js'
import { createRedactor } from '../../src/redact.js'
import { safetyAdapter } from '../../src/scanners/safety.js'
import type { ScanContext } from '../../src/scanners/types.js'
import { createTestSettings } from '../helpers/settings.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, '..', 'fixtures')
const db = path.join(fixtures, 'safety', 'db')

// Real safety 2.3.5 with the local flat DB, fully offline. Absent tool: fail on CI, skip locally.
const available = spawnSync('safety', ['--version'], { encoding: 'utf8' }).status === 0
if (!available && process.env.CI === 'true') {
  throw new Error('safety is not on PATH (CI must install safety==2.3.5, see .ci/run)')
}
const maybe = available ? describe : describe.skip

maybe('safety adapter against the real tool (local --db)', () => {
  let base: string
  let ws: string
  let components: Component[]
  const ctx = (safetyDb: string | undefined): ScanContext => ({
    settings: createTestSettings({
      workspace: ws,
      ...(safetyDb !== undefined ? { safetyDb } : {})
    }),
    workspace: ws,
    paths: [ws],
    exec: execFile,
    env: process.env,
    logger: new RecordingLogger(),
    redactor: createRedactor(),
    components,
    timeoutMs: 180_000
  })
  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'rg-safety-it-'))
    ws = path.join(base, 'project')
    cpSync(path.join(fixtures, 'inventory', 'project'), ws, { recursive: true })
    components = (await discoverComponents(ws, ['.'], new RecordingLogger())).components
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('checks every requirements file and the lockfile pins, at their lines', async () => {
    const c = ctx(db)
    const detection = await safetyAdapter.detect(c)
    expect(detection).toMatchObject({ installed: true, supported: true })
    const run = await safetyAdapter.scan(c, detection)
    expect(run).toMatchObject({ tool: 'safety', status: 'ok', version: detection.version })
    const where = run.findings.map(
      f => `${f.ruleId} ${f.package?.name} ${f.location.path}:${f.location.startLine}`
    )
    expect(where.sort()).toEqual(
      [
        // requirements.txt and its -r include (deduplicated across the two runs)
        '37037 jinja2 requirements.txt:4',
        '39611 pyyaml requirements.txt:5',
        '38100 pyyaml requirements.txt:5',
        '37055 urllib3 requirements.txt:6',
        '37071 urllib3 requirements.txt:6',
        '36546 requests requirements/base.txt:1',
        '39594 django requirements/base.txt:2',
        '40637 django requirements/base.txt:2',
        // lockfile pins fed on stdin
        '39594 django tools/Pipfile.lock:19',
        '40637 django tools/Pipfile.lock:19',
        '39611 pyyaml tools/Pipfile.lock:40',
        '38100 pyyaml tools/Pipfile.lock:40',
        '39611 pyyaml services/api/uv.lock:20',
        '36546 requests services/worker/poetry.lock:15',
        '37055 urllib3 services/worker/poetry.lock:34',
        '37071 urllib3 services/worker/poetry.lock:34',
        '37055 urllib3 services/api/uv.lock:26',
        '37071 urllib3 services/api/uv.lock:26'
      ].sort()
    )
    expect(new Set(run.findings.map(f => f.fingerprint)).size).toBe(run.findings.length)
  })

  it('fails with the reason when the DB directory is not a Safety DB', async () => {
    const c = ctx(path.join(fixtures, 'osv-scanner'))
    const run = await safetyAdapter.scan(c, await safetyAdapter.detect(c))
    expect(run.status).toBe('failed')
    expect(run.reason).toContain('has no insecure.json')
  })

  it('fails (never "no findings") when Safety crashes on an old DB without base_domain', async () => {
    // The PyPI safety-db 2021 snapshot lacks $meta.base_domain; 2.3.5 --json then exits 1.
    const oldDb = path.join(base, 'old-db')
    mkdirSync(oldDb)
    copyFileSync(path.join(db, 'insecure.json'), path.join(oldDb, 'insecure.json'))
    const full = JSON.parse(readFileSync(path.join(db, 'insecure_full.json'), 'utf8')) as {
      $meta: Record<string, unknown>
    }
    delete full.$meta.base_domain
    writeFileSync(path.join(oldDb, 'insecure_full.json'), JSON.stringify(full))
    const c = ctx(oldDb)
    const run = await safetyAdapter.scan(c, await safetyAdapter.detect(c))
    expect(run.status).toBe('failed')
    expect(run.reason).toMatch(/exited with code 1: .*Invalid URL/)
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFile, type ExecFn } from '../../src/exec.js'
import { execResult } from '../helpers/exec.js'
import { discoverComponents } from '../../src/inventory/index.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { Component, ToolRun } from '../../src/model.js'
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

  it('runs on a corrected copy of a DB without base_domain (safety 2.3.5 --json crashes on it)', async () => {
    // Like the public safety-db package: no $meta.base_domain ("Invalid URL 'None'" at exit 1).
    const oldDb = path.join(base, 'old-db')
    mkdirSync(oldDb)
    copyFileSync(path.join(db, 'insecure.json'), path.join(oldDb, 'insecure.json'))
    const full = JSON.parse(readFileSync(path.join(db, 'insecure_full.json'), 'utf8')) as {
      $meta: Record<string, unknown>
    }
    delete full.$meta.base_domain
    const original = JSON.stringify(full)
    writeFileSync(path.join(oldDb, 'insecure_full.json'), original)
    const copies = (): string[] =>
      readdirSync(tmpdir()).filter(n => n.startsWith('runguard-safety-db-'))
    const before = copies()
    const c = ctx(oldDb)
    const run = await safetyAdapter.scan(c, await safetyAdapter.detect(c))
    expect(run).toMatchObject({ status: 'ok' })
    expect(run.findings.map(f => f.ruleId)).toContain('37037')
    // The user's files are untouched and the temporary copy is gone.
    expect(readFileSync(path.join(oldDb, 'insecure_full.json'), 'utf8')).toBe(original)
    expect(copies().filter(n => !before.includes(n))).toEqual([])
    // The fixture DB is from 2023 (timestamp 1700000000): stale.
    expect(run.warnings?.[0]).toMatch(
      /^safety database .*old-db is \d+ days old \(built 2023-11-14\)/
    )
  })
})

// One Safety process for every input: requirements files with -r includes (one missing), a
// package pinned at different versions in two files, hashes, markers, and lockfile pins.
maybe('safety adapter: one run for several inputs against the real tool', () => {
  let ws: string
  let components: Component[]
  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'rg-safety-batch-it-'))
    cpSync(path.join(fixtures, 'safety', 'multi-project'), ws, { recursive: true })
    components = (await discoverComponents(ws, ['.'], new RecordingLogger())).components
  })
  afterAll(() => rmSync(ws, { recursive: true, force: true }))

  /** Scans with the real tool; `alone` makes every multi-input run fail, so each input runs alone. */
  const scan = async (alone: boolean): Promise<{ run: ToolRun; checks: string[][] }> => {
    const checks: string[][] = []
    const exec: ExecFn = (command, args, options) => {
      if (args[0] === 'check') checks.push([...args])
      if (alone && args.filter(a => a === '-r').length > 1)
        return Promise.resolve(execResult({ exitCode: 1, stderr: 'refused by the test' }))
      return execFile(command, args, options)
    }
    const c: ScanContext = {
      settings: createTestSettings({ workspace: ws, safetyDb: db }),
      workspace: ws,
      paths: [ws],
      exec,
      env: process.env,
      logger: new RecordingLogger(),
      redactor: createRedactor(),
      components,
      timeoutMs: 180_000
    }
    return { run: await safetyAdapter.scan(c, await safetyAdapter.detect(c)), checks }
  }

  it('ignores a .safety-policy.yml in the workspace (it would hide advisories unseen)', async () => {
    const clean = await scan(false)
    // What a pull request could add: Safety reads it from its working directory by default.
    writeFileSync(
      path.join(ws, '.safety-policy.yml'),
      'security:\n  ignore-vulnerabilities:\n    39594:\n      reason: n/a\n    36546:\n      reason: n/a\n  continue-on-vulnerability-error: true\n'
    )
    try {
      const planted = await scan(false)
      expect(planted.run.status).toBe('ok')
      expect(planted.run.findings).toEqual(clean.run.findings)
      expect(planted.run.findings.map(f => f.ruleId)).toEqual(
        expect.arrayContaining(['39594', '36546'])
      )
    } finally {
      rmSync(path.join(ws, '.safety-policy.yml'))
    }
  })

  it('reports exactly what one run per input reports, from one process', async () => {
    const one = await scan(false)
    const each = await scan(true)
    expect(one.checks).toHaveLength(1)
    expect(one.checks[0]?.filter(a => a === '-r')).toHaveLength(5)
    expect(each.checks).toHaveLength(6)
    expect(one.run.status).toBe('ok')
    expect(one.run.findings).toEqual(each.run.findings)
    // As the previous adapter reported them (one safety check per input).
    expect(
      one.run.findings.map(
        f =>
          `${f.ruleId} ${f.package?.name} ${f.package?.version} ${f.location.path}:${f.location.startLine}`
      )
    ).toEqual([
      '37037 jinja2 2.10 requirements-test.txt:1',
      '36546 requests 2.18.0 requirements-test.txt:2',
      '37037 jinja2 2.10 requirements.txt:4',
      '39611 pyyaml 5.3 requirements.txt:6',
      '38100 pyyaml 5.3 requirements.txt:6',
      '37055 urllib3 1.24.1 requirements.txt:7',
      '37071 urllib3 1.24.1 requirements.txt:7',
      '39594 django 2.2.0 requirements.txt:10',
      '40637 django 2.2.0 requirements.txt:10',
      '36546 requests 2.19.1 requirements/base.txt:1',
      '39594 django 2.2.1 requirements/base.txt:2',
      '40637 django 2.2.1 requirements/base.txt:2',
      '39611 pyyaml 5.1 requirements/dev.txt:2',
      '38100 pyyaml 5.1 requirements/dev.txt:2',
      '37071 urllib3 1.24.2 requirements/dev.txt:3',
      '39594 django 3.0.1 services/worker/poetry.lock:12',
      '37055 urllib3 1.24.1 services/worker/poetry.lock:4',
      '37071 urllib3 1.24.1 services/worker/poetry.lock:4'
    ])
  })
})

// The public database users can pip install (scripts/setup.sh puts it next to the tools).
const publicDb = path.join(
  process.env.RUNGUARD_TOOLS_DIR ?? path.join(homedir(), '.cache', 'runguard-tools'),
  'safety-db'
)
const hasPublicDb = existsSync(path.join(publicDb, 'safety_db', 'insecure_full.json'))
if (available && !hasPublicDb && process.env.CI === 'true') {
  throw new Error(`the safety-db package is not installed in ${publicDb} (scripts/setup.sh)`)
}
const maybePublic = available && hasPublicDb ? describe : describe.skip

maybePublic('safety adapter with the public safety-db package (pip install --target)', () => {
  let ws: string
  beforeAll(() => {
    ws = mkdtempSync(path.join(tmpdir(), 'rg-safety-db-'))
    writeFileSync(
      path.join(ws, 'requirements.txt'),
      'jinja2==2.10\npyyaml==5.3\nrequests==2.19.1\ndjango==2.2.0\n'
    )
  })
  afterAll(() => rmSync(ws, { recursive: true, force: true }))

  it('finds the known advisories from the --target directory, and warns that the DB is old', async () => {
    const components = (await discoverComponents(ws, ['.'], new RecordingLogger())).components
    const c: ScanContext = {
      settings: createTestSettings({ workspace: ws, safetyDb: publicDb }),
      workspace: ws,
      paths: [ws],
      env: process.env,
      exec: execFile,
      logger: new RecordingLogger(),
      redactor: createRedactor(),
      components,
      timeoutMs: 180_000
    }
    const run = await safetyAdapter.scan(c, await safetyAdapter.detect(c))
    expect(run).toMatchObject({ tool: 'safety', status: 'ok', errors: [] })
    const cves = new Set(run.findings.flatMap(f => f.advisory?.aliases ?? []))
    // Public advisories of these pins, present in the 2021.7.17 snapshot.
    for (const cve of ['CVE-2020-28493', 'CVE-2020-14343', 'CVE-2018-18074', 'CVE-2019-12308'])
      expect(cves).toContain(cve)
    expect(run.findings.every(f => f.location.path === 'requirements.txt')).toBe(true)
    // The bare base_domain we add gives no useful link; none is invented.
    expect(run.findings.some(f => f.helpUri === 'https://pyup.io')).toBe(false)
    expect(run.warnings).toEqual([
      expect.stringMatching(
        /is \d+ days old \(built 2021-07-01\); advisories published since are missing/
      )
    ])
  })
})

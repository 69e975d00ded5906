import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFile } from '../../src/exec.js'
import { discoverComponents } from '../../src/inventory/index.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createRedactor } from '../../src/redact.js'
import { osvScannerAdapter } from '../../src/scanners/osv-scanner.js'
import type { ScanContext } from '../../src/scanners/types.js'
import { buildOsvOfflineDb } from '../helpers/osv-db.js'
import { createTestSettings } from '../helpers/settings.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, '..', 'fixtures')
const recordsDir = path.join(fixtures, 'osv-scanner', 'records')

// Real osv-scanner, fully offline. Absent tool: fail on CI, skip locally.
const available = spawnSync('osv-scanner', ['--version'], { encoding: 'utf8' }).status === 0
if (!available && process.env.CI === 'true') {
  throw new Error('osv-scanner is not on PATH (CI must install osv-scanner v2.5.0, see .ci/run)')
}
const maybe = available ? describe : describe.skip

maybe('osv-scanner adapter against the real tool (offline DB)', () => {
  let base: string
  let ws: string
  let ctx: (osvDb?: string) => Promise<ScanContext>
  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'rg-osv-it-'))
    ws = path.join(base, 'project')
    cpSync(path.join(fixtures, 'inventory', 'project'), ws, { recursive: true })
    const records = readdirSync(recordsDir)
      .filter(n => n.endsWith('.json'))
      .map(n => JSON.parse(readFileSync(path.join(recordsDir, n), 'utf8')) as object)
    await buildOsvOfflineDb(records, path.join(base, 'db'))
    const { components } = await discoverComponents(ws, ['.'], new RecordingLogger())
    ctx = async (osvDb?: string) => ({
      settings: createTestSettings({ workspace: ws, ...(osvDb !== undefined ? { osvDb } : {}) }),
      workspace: ws,
      paths: [ws],
      exec: execFile,
      env: process.env,
      logger: new RecordingLogger(),
      redactor: createRedactor(),
      components,
      timeoutMs: 120_000
    })
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('detects v2 and finds every vulnerable pin, located at its manifest line', async () => {
    const c = await ctx(path.join(base, 'db'))
    const detection = await osvScannerAdapter.detect(c)
    expect(detection).toMatchObject({ installed: true, supported: true })
    const run = await osvScannerAdapter.scan(c, detection)
    expect(run).toMatchObject({ tool: 'osv-scanner', status: 'ok', version: detection.version })
    expect(run.command).toContain('--offline')
    expect(run.findings).toHaveLength(16)
    const where = run.findings.map(f => `${f.ruleId} ${f.location.path}:${f.location.startLine}`)
    expect(where).toEqual(
      expect.arrayContaining([
        'GHSA-462w-v97r-4m45 requirements.txt:4',
        'GHSA-x84v-xcm2-53pg requirements/base.txt:1',
        'GHSA-fvgf-6h6h-3322 requirements/base.txt:2',
        'GHSA-8q59-q68h-6hv4 services/api/uv.lock:20',
        'GHSA-mh33-7rrq-662w services/worker/poetry.lock:34',
        'GHSA-6757-jp84-gxfx tools/Pipfile.lock:40'
      ])
    )
    expect(run.findings.every(f => !path.isAbsolute(f.location.path))).toBe(true)
  })

  it("ignores the workspace's osv-scanner.toml files: a change cannot hide advisories with them", async () => {
    // osv-scanner reads one next to each file it scans; these would drop five findings.
    const hostile = path.join(base, 'hostile')
    cpSync(ws, hostile, { recursive: true })
    writeFileSync(
      path.join(hostile, 'osv-scanner.toml'),
      '[[IgnoredVulns]]\nid = "GHSA-462w-v97r-4m45"\nreason = "x"\n\n[[PackageOverrides]]\nname = "requests"\necosystem = "PyPI"\nignore = true\n'
    )
    writeFileSync(
      path.join(hostile, 'services', 'worker', 'osv-scanner.toml'),
      '[[PackageOverrides]]\nname = "urllib3"\necosystem = "PyPI"\nignore = true\n'
    )
    const c = { ...(await ctx(path.join(base, 'db'))), workspace: hostile, paths: [hostile] }
    const run = await osvScannerAdapter.scan(c, await osvScannerAdapter.detect(c))
    expect(run.status).toBe('ok')
    expect(run.findings).toHaveLength(16)
    expect(run.findings.map(f => f.ruleId)).toEqual(
      expect.arrayContaining(['GHSA-462w-v97r-4m45', 'GHSA-x84v-xcm2-53pg', 'GHSA-mh33-7rrq-662w'])
    )
    expect(run.warnings).toEqual([
      expect.stringMatching(/^osv-scanner\.toml is not applied: /),
      expect.stringMatching(/^services\/worker\/osv-scanner\.toml is not applied: /)
    ])
    // runguard's own config lives outside the workspace and is gone once the run ends.
    const config = run.command?.[run.command.indexOf('--config') + 1] ?? ''
    expect(config.startsWith(hostile)).toBe(false)
    expect(existsSync(config)).toBe(false)
  })

  it('works with a DB that has only the pre-2.5 osv-scanner/ layout', async () => {
    const oldLayout = path.join(base, 'db-old')
    cpSync(path.join(base, 'db', 'osv-scanner'), path.join(oldLayout, 'osv-scanner'), {
      recursive: true
    })
    const c = await ctx(oldLayout)
    const run = await osvScannerAdapter.scan(c, await osvScannerAdapter.detect(c))
    expect(run.status).toBe('ok')
    expect(run.findings).toHaveLength(16)
  })

  it('fails (never "no findings") when the offline DB has no zip', async () => {
    const empty = path.join(base, 'db-empty')
    cpSync(path.join(base, 'project', 'constraints.txt'), path.join(empty, 'README'))
    const c = await ctx(empty)
    const run = await osvScannerAdapter.scan(c, await osvScannerAdapter.detect(c))
    expect(run.status).toBe('failed')
    expect(run.reason).toMatch(/exited with code 127: .*no offline version of the OSV database/)
  })

  it('reports a directory without manifests as ok with a note', async () => {
    const empty = mkdtempSync(path.join(base, 'empty-'))
    const c = {
      ...(await ctx(path.join(base, 'db'))),
      workspace: empty,
      paths: [empty],
      components: []
    }
    const run = await osvScannerAdapter.scan(c, await osvScannerAdapter.detect(c))
    expect(run).toMatchObject({ status: 'ok', findings: [] })
    expect(run.errors[0]).toBe('no packages found')
  })

  it('scores a PYSEC-only match from its GHSA twin in the offline DB (alias group)', async () => {
    // The GHSA twin's range misses 2.19.1 (as happens when the databases disagree), so
    // osv-scanner returns only the PYSEC record, which has no severity of its own.
    const read = (id: string): Record<string, unknown> =>
      JSON.parse(readFileSync(path.join(recordsDir, `${id}.json`), 'utf8')) as Record<
        string,
        unknown
      >
    const twin = {
      ...read('GHSA-x84v-xcm2-53pg'),
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'requests' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.19.2' }, { fixed: '2.20.0' }] }]
        }
      ]
    }
    const db = await buildOsvOfflineDb([read('PYSEC-2018-28'), twin], path.join(base, 'db-twin'))
    const c = await ctx(db)
    const run = await osvScannerAdapter.scan(c, await osvScannerAdapter.detect(c))
    expect(run.status).toBe('ok')
    const requests = run.findings.find(f => f.package?.name === 'requests')
    expect(requests).toMatchObject({
      ruleId: 'PYSEC-2018-28',
      severity: 'medium',
      severitySource:
        'CVSS 3.1 score 5.9 from the vector of GHSA-x84v-xcm2-53pg (alias record from the offline database)',
      advisory: {
        cvssScore: 5.9,
        cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N',
        cvssSource: 'GHSA-x84v-xcm2-53pg'
      }
    })
  })
})

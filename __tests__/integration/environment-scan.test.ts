import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  cpSync,
  mkdirSync,
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
import { runGate } from '../../src/pipeline.js'
import { buildOsvOfflineDb } from '../helpers/osv-db.js'
import { makeFakeVenv } from '../helpers/fake-venv.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { RawSettings } from '../../src/config/schema.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * The installed environment end to end with the real OSV-Scanner and Safety, offline: the
 * manifest lists only `webframe` (unpinned, as most projects do); the environment holds the
 * vulnerable jinja2 2.10 only as webframe's dependency. Without the environment nothing can
 * match; with it both tools find jinja2 and each finding says how it got in.
 */

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, '..', 'fixtures')
const root = mkdtempSync(path.join(tmpdir(), 'rg-env-scan-'))
const workspace = path.join(root, 'app')
const osvDb = path.join(root, 'osv-db')
const safetyDb = path.join(root, 'safety-db')

beforeAll(async () => {
  mkdirSync(workspace)
  writeFileSync(path.join(workspace, 'requirements.txt'), 'webframe\n')
  writeFileSync(path.join(workspace, 'app.py'), 'import webframe\n')
  makeFakeVenv(path.join(workspace, '.venv'), [
    {
      name: 'webframe',
      version: '1.0',
      headers: ['License-Expression: BSD-3-Clause', 'Requires-Dist: Jinja2>=2.0'],
      files: ['webframe/__init__.py']
    },
    {
      name: 'Jinja2',
      version: '2.10',
      headers: [
        'Classifier: License :: OSI Approved :: MIT License',
        'Requires-Dist: MarkupSafe>=0.23'
      ],
      files: ['jinja2/__init__.py']
    },
    {
      name: 'MarkupSafe',
      version: '1.1.1',
      headers: ['License-Expression: BSD-3-Clause'],
      files: ['markupsafe/__init__.py']
    }
  ])
  const recordsDir = path.join(fixtures, 'osv-scanner', 'records')
  const records = readdirSync(recordsDir).map(
    f => JSON.parse(readFileSync(path.join(recordsDir, f), 'utf8')) as object
  )
  await buildOsvOfflineDb(records, osvDb)
  cpSync(path.join(fixtures, 'safety', 'db'), safetyDb, { recursive: true })
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

function gate(scanEnvironment: boolean, out: string, extra: Partial<RawSettings> = {}) {
  const settings = createTestSettings({
    ...extra,
    workspace,
    mode: 'scan',
    scanners: ['osv-scanner', 'safety'],
    osvDb,
    safetyDb,
    pythonPath: '.venv',
    scanEnvironment,
    failOn: 'none',
    sbomFile: path.join(root, out, 'sbom.json'),
    summaryFile: path.join(root, out, 'summary.md')
  })
  return runGate(settings, {
    logger: new RecordingLogger(),
    exec: execFile,
    env: { PATH: process.env.PATH ?? '' }
  })
}

describe('installed environment with the real scanners', () => {
  it('finds the vulnerable transitive package only through the environment', async () => {
    const without = await gate(false, 'without')
    for (const t of without.toolRuns) expect(t.findings).toEqual([])

    const outcome = await gate(true, 'with')
    for (const tool of ['osv-scanner', 'safety']) {
      const run = outcome.toolRuns.find(t => t.tool === tool)
      expect(run?.status).toBe('ok')
      const jinja = run?.findings.filter(f => f.package?.name === 'jinja2') ?? []
      expect(jinja.length).toBeGreaterThan(0)
      for (const f of jinja) {
        expect(f.package?.version).toBe('2.10')
        // Points at the manifest line that brings it in.
        expect(f.location).toEqual({ path: 'requirements.txt', startLine: 1 })
        expect(f.dependency).toEqual({
          source: 'environment',
          relationship: 'transitive',
          via: ['webframe', 'jinja2']
        })
        expect(f.message).toMatch(/Installed as a transitive dependency \(webframe → jinja2\)\./)
      }
    }

    const summary = readFileSync(path.join(root, 'with', 'summary.md'), 'utf8')
    expect(summary).toMatch(
      /3 packages of Python [\d.\\]+, read from the python-path setting \(\.venv\): 1 direct, 2 transitive, 0 required by nothing the manifests list\./
    )
    expect(summary).toMatch(/Dependency findings: \d+ transitive/)

    const sbom = JSON.parse(readFileSync(path.join(root, 'with', 'sbom.json'), 'utf8')) as {
      components: Array<{
        name: string
        version?: string
        purl: string
        scope?: string
        licenses?: Array<{ license?: { id?: string } }>
        properties?: Array<{ name: string; value: string }>
      }>
      dependencies: Array<{ ref: string; dependsOn?: string[] }>
      vulnerabilities?: Array<{ affects: Array<{ ref: string }> }>
    }
    const prop = (c: (typeof sbom.components)[number], name: string): string | undefined =>
      c.properties?.find(p => p.name === name)?.value
    const summaryOf = sbom.components
      .map(c => ({
        name: c.name,
        version: c.version,
        purl: c.purl,
        scope: c.scope,
        license: c.licenses?.[0]?.license?.id,
        origin: prop(c, 'runguard:origin'),
        relationship: prop(c, 'runguard:relationship')
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
    expect(summaryOf).toEqual([
      {
        name: 'jinja2',
        version: '2.10',
        purl: 'pkg:pypi/jinja2@2.10',
        scope: 'required',
        license: 'MIT',
        origin: 'environment',
        relationship: 'transitive'
      },
      {
        name: 'markupsafe',
        version: '1.1.1',
        purl: 'pkg:pypi/markupsafe@1.1.1',
        scope: 'required',
        license: 'BSD-3-Clause',
        origin: 'environment',
        relationship: 'transitive'
      },
      {
        name: 'webframe',
        version: '1.0',
        purl: 'pkg:pypi/webframe@1.0',
        scope: 'required',
        license: 'BSD-3-Clause',
        origin: 'both',
        relationship: 'direct'
      }
    ])
    for (const c of sbom.components)
      expect(prop(c, 'runguard:record-sha256')).toMatch(/^[0-9a-f]{64}$/)
    const deps = new Map(sbom.dependencies.map(d => [d.ref, d.dependsOn ?? []]))
    expect(deps.get('pkg:pypi/webframe@1.0')).toEqual(['pkg:pypi/jinja2@2.10'])
    expect(deps.get('pkg:pypi/jinja2@2.10')).toEqual(['pkg:pypi/markupsafe@1.1.1'])
    expect(
      sbom.vulnerabilities?.some(v => v.affects.some(a => a.ref === 'pkg:pypi/jinja2@2.10'))
    ).toBe(true)
  })

  it('the licence gate fires on a denied licence of a transitive package, and says where it came from', async () => {
    const outcome = await gate(true, 'licences', { denyLicenses: ['MIT'], scanners: ['secrets'] })
    expect(outcome.exitCode).toBe(1)
    expect(outcome.verdict.reasons).toEqual([
      'licence policy: jinja2 2.10: MIT needs MIT, which deny-licenses lists (licence from classifier). Installed as a transitive dependency (webframe → jinja2).'
    ])
    const allowed = await gate(true, 'allowed', {
      allowLicenses: ['MIT', 'BSD-3-Clause'],
      scanners: ['secrets']
    })
    expect(allowed.verdict.reasons).toEqual([])
    const unread = await gate(false, 'unread', { denyLicenses: ['MIT'], scanners: ['secrets'] })
    expect(unread.verdict.reasons).toEqual(['licence policy not checked: scan-environment is off'])
  })
})

import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RawSettings } from '../../src/config/schema.js'
import { execFile } from '../../src/exec.js'
import { runGate } from '../../src/pipeline.js'
import { buildOsvOfflineDb } from '../helpers/osv-db.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * A real project this repository did not write: flaskr (the tutorial app shipped in the Flask
 * 3.0.3 sdist), whose pyproject.toml lists only `flask`, installed by scripts/setup.sh into its
 * own venv. Read offline: the SBOM holds every installed package (the same set as
 * `cyclonedx-py environment`), OSV finds the advisory of werkzeug (only a transitive
 * dependency) and the licence gate fires on a denied licence.
 */

const here = path.dirname(fileURLToPath(import.meta.url))
const tools = process.env.RUNGUARD_TOOLS_DIR ?? path.join(homedir(), '.cache', 'runguard-tools')
const flaskr = path.join(tools, 'examples', 'flaskr')
const ready = existsSync(path.join(flaskr, '.runguard-ready'))
const cyclonedxPy = path.join(tools, 'venv-cyclonedx', 'bin', 'cyclonedx-py')
const SETUP =
  'bash scripts/setup.sh (it installs flaskr and cyclonedx-bom==7.2.1; pip needs the index)'
if (!ready && process.env.CI === 'true')
  throw new Error(`flaskr must be installed for the environment tests in CI: ${SETUP}`)
if (!ready) console.warn(`environment-real: flaskr is not installed; run ${SETUP}`)
const withFlaskr = ready ? it : it.skip
const withCyclonedx = ready && existsSync(cyclonedxPy) ? it : it.skip
if (ready && !existsSync(cyclonedxPy))
  console.warn(`environment-real: cyclonedx-py is not installed; run ${SETUP}`)

const out = mkdtempSync(path.join(tmpdir(), 'rg-env-real-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** Components the environment holds (a manifest-only entry, such as the uninstalled test extra, is not). */
const installedOf = (bom: Bom): Bom['components'] =>
  bom.components.filter(c =>
    c.properties?.some(p => p.name === 'runguard:origin' && p.value !== 'manifest')
  )

interface Bom {
  components: Array<{
    name: string
    version?: string
    licenses?: Array<{ license?: { id?: string } }>
    properties?: Array<{ name: string; value: string }>
  }>
  dependencies: Array<{ ref: string; dependsOn?: string[] }>
}

async function gate(name: string, extra: Partial<RawSettings>) {
  const db = path.join(out, 'osv-db')
  if (!existsSync(db)) {
    const record = JSON.parse(
      readFileSync(
        path.join(here, '..', 'fixtures', 'environment', 'GHSA-q34m-jh98-gwm2.json'),
        'utf8'
      )
    ) as object
    await buildOsvOfflineDb([record], db)
  }
  const settings = createTestSettings({
    workspace: flaskr,
    mode: 'scan',
    scanners: ['osv-scanner'],
    osvDb: db,
    pythonPath: '.venv',
    failOn: 'none',
    sbomFile: path.join(out, name, 'sbom.json'),
    ...extra
  })
  const outcome = await runGate(settings, {
    logger: new RecordingLogger(),
    exec: execFile,
    env: { PATH: process.env.PATH ?? '' }
  })
  const bom = JSON.parse(readFileSync(path.join(out, name, 'sbom.json'), 'utf8')) as Bom
  return { outcome, bom }
}

describe('a real project that lists only its top-level dependency (flaskr)', () => {
  withFlaskr('finds the transitive werkzeug advisory only through the environment', async () => {
    const without = await gate('without', { scanEnvironment: false })
    expect(without.outcome.toolRuns[0]?.findings).toEqual([])

    const { outcome, bom } = await gate('with', {})
    const run = outcome.toolRuns[0]
    expect(run?.status).toBe('ok')
    const werkzeug = run?.findings.filter(f => f.package?.name === 'werkzeug') ?? []
    expect(werkzeug.map(f => f.advisory?.id ?? f.ruleId)).toEqual(['GHSA-q34m-jh98-gwm2'])
    expect(werkzeug[0]?.dependency).toEqual({
      source: 'environment',
      relationship: 'transitive',
      via: ['flask', 'werkzeug']
    })
    expect(werkzeug[0]?.location.path).toBe('pyproject.toml')

    // Every installed package, each with a licence, in the graph.
    const names = bom.components.map(c => `${c.name}@${c.version ?? ''}`).sort()
    expect(names).toEqual(
      expect.arrayContaining(['flask@3.0.3', 'flaskr@1.0.0', 'jinja2@3.1.4', 'werkzeug@3.0.3'])
    )
    // pytest (the `test` extra) is listed from the manifest only: not installed.
    expect(
      bom.components
        .filter(c => c.name === 'pytest')
        .map(c => c.properties?.find(p => p.name === 'runguard:origin')?.value)
    ).toEqual(['manifest'])
    for (const c of installedOf(bom).filter(c => c.name !== 'flaskr'))
      expect({ name: c.name, licensed: (c.licenses ?? []).length > 0 }).toEqual({
        name: c.name,
        licensed: true
      })
    const deps = new Map(bom.dependencies.map(d => [d.ref, d.dependsOn ?? []]))
    expect(deps.get('pkg:pypi/flaskr@1.0.0')).toEqual(['pkg:pypi/flask@3.0.3'])
    expect(deps.get('pkg:pypi/flask@3.0.3')).toEqual(
      expect.arrayContaining(['pkg:pypi/werkzeug@3.0.3', 'pkg:pypi/jinja2@3.1.4'])
    )
  })

  withFlaskr('fires the licence gate on a denied licence', async () => {
    const { outcome } = await gate('licences', { denyLicenses: ['BSD-3-Clause'] })
    expect(outcome.exitCode).toBe(1)
    expect(outcome.verdict.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^licence policy: werkzeug 3\.0\.3: BSD-3-Clause needs BSD-3-Clause, which deny-licenses lists .*Installed as a transitive dependency \(flask → werkzeug\)\.$/
        )
      ])
    )
  })

  withCyclonedx('lists the same packages and versions as cyclonedx-py environment', async () => {
    const { bom } = await gate('compare', {})
    const theirs = JSON.parse(
      execFileSync(
        cyclonedxPy,
        ['environment', '--output-format', 'JSON', path.join(flaskr, '.venv', 'bin', 'python')],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
      )
    ) as Bom
    const key = (c: { name: string; version?: string }): string =>
      `${c.name.toLowerCase().replace(/[-_.]+/g, '-')}@${c.version ?? ''}`
    expect(installedOf(bom).map(key).sort()).toEqual(theirs.components.map(key).sort())
  })
})

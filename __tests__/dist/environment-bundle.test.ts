import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { makeFakeVenv } from '../helpers/fake-venv.js'
import { buildOsvOfflineDb } from '../helpers/osv-db.js'

/**
 * The installed-environment path through the built CLI: the bundle finds runguard's python/
 * helpers next to dist/, and the dependencies that cross the ESM/CJS boundary on that path
 * (pip-requirements-js for the graph, spdx-expression-parse / spdx-satisfies / spdx-correct for
 * licences) work in the bundle: the transitive jinja2 is found and placed, its licence read, and
 * the licence gate fires.
 */

const root = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(root, 'dist', 'cli', 'index.js')
const hasOsv = spawnSync('osv-scanner', ['--version'], { encoding: 'utf8' }).status === 0
if (!hasOsv && process.env.CI === 'true')
  throw new Error('osv-scanner must be on PATH for the bundle tests (scripts/setup.sh)')
const maybe = hasOsv ? describe : describe.skip

maybe('the built CLI reads the installed environment', () => {
  let base: string
  let ws: string
  let run: { status: number | null; stdout: string; stderr: string }

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'rg-dist-env-'))
    ws = path.join(base, 'ws')
    mkdirSync(ws)
    writeFileSync(path.join(ws, 'requirements.txt'), 'webframe\n')
    makeFakeVenv(path.join(ws, '.venv'), [
      {
        name: 'webframe',
        version: '1.0',
        headers: ['License: Apache 2.0', 'Requires-Dist: jinja2; python_version >= "3"'],
        files: ['webframe/__init__.py']
      },
      {
        name: 'Jinja2',
        version: '2.10',
        headers: ['License-Expression: BSD-3-Clause OR MIT'],
        files: ['jinja2/__init__.py']
      }
    ])
    const record = JSON.parse(
      readFileSync(
        path.join(root, '__tests__', 'fixtures', 'osv-scanner', 'records', 'GHSA-462w-v97r-4m45.json'),
        'utf8'
      )
    ) as object
    const db = await buildOsvOfflineDb([record], path.join(base, 'osv-db'))
    const r = spawnSync(
      process.execPath,
      [
        CLI,
        'scan',
        ws,
        '--scanners',
        'osv',
        '--osv-db',
        db,
        '--python-path',
        '.venv',
        '--deny-licenses',
        'Apache-2.0',
        '--format',
        'json',
        '--sbom-file',
        path.join(base, 'sbom.json'),
        '--summary-file',
        path.join(base, 'summary.md'),
        '--fail-on',
        'none'
      ],
      {
        cwd: ws,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        encoding: 'utf8',
        timeout: 300_000
      }
    )
    run = { status: r.status, stdout: r.stdout, stderr: r.stderr }
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('finds the transitive package, reads licences, and fires the licence gate', () => {
    expect({ status: run.status, stderr: run.stderr.slice(-2000) }).toMatchObject({ status: 1 })
    const report = JSON.parse(run.stdout) as {
      findings: Array<{ package?: { name: string }; dependency?: { relationship?: string } }>
    }
    expect(
      report.findings.filter(f => f.package?.name === 'jinja2').map(f => f.dependency?.relationship)
    ).toEqual(['transitive'])
    // spdx-correct turned "Apache 2.0" into Apache-2.0, which deny-licenses lists.
    const summary = readFileSync(path.join(base, 'summary.md'), 'utf8')
    expect(summary).toMatch(/licence policy: webframe 1\\?\.0: Apache-2\\?\.0 needs Apache-2/)
    expect(summary).not.toMatch(/licence policy: jinja2/)
    const sbom = JSON.parse(readFileSync(path.join(base, 'sbom.json'), 'utf8')) as {
      components: Array<{ name: string; licenses?: Array<{ expression?: string }> }>
    }
    expect(sbom.components.find(c => c.name === 'jinja2')?.licenses).toEqual([
      { expression: 'BSD-3-Clause OR MIT' }
    ])
  })
})

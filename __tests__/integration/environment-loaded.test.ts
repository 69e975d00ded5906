import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RawSettings } from '../../src/config/schema.js'
import { execFile } from '../../src/exec.js'
import { runGate } from '../../src/pipeline.js'
import { probeIsolation } from '../../src/runner/isolation.js'
import { findShimPython } from '../../src/runner/shim.js'
import { buildOsvOfflineDb } from '../helpers/osv-db.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * What the script loaded, on a real project (flaskr, installed by scripts/setup.sh): a script that imports
 * flask (so werkzeug, jinja2 …) but never pip. The marks on the findings must match the
 * script's own sys.modules, printed by the script, and fail-on-loaded-only must change the
 * verdict as documented (docs/environment.md). Isolation off, and on where the machine allows.
 */

const here = path.dirname(fileURLToPath(import.meta.url))
const tools = process.env.RUNGUARD_TOOLS_DIR ?? path.join(homedir(), '.cache', 'runguard-tools')
const flaskr = path.join(tools, 'examples', 'flaskr')
const ready = existsSync(path.join(flaskr, '.runguard-ready'))
if (!ready && process.env.CI === 'true')
  throw new Error('flaskr must be installed for the environment tests in CI: bash scripts/setup.sh')
const withFlaskr = ready ? it : it.skip
const isolationAvailable =
  process.platform === 'linux' && probeIsolation(findShimPython()).available
const withIsolation = ready && isolationAvailable ? it : it.skip
if (!isolationAvailable) console.warn('environment-loaded: isolation is not available here')

const out = mkdtempSync(path.join(tmpdir(), 'rg-env-loaded-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** Prints the top-level names of every module the process has, as one JSON line. */
const PRINT_MODULES =
  'import json, sys; print("MODULES " + json.dumps(sorted({m.split(".")[0] for m in sys.modules})))'

async function gate(name: string, code: string, extra: Partial<RawSettings>) {
  const db = path.join(out, 'osv-db')
  if (!existsSync(db)) {
    const records = ['GHSA-q34m-jh98-gwm2.json', 'GHSA-mq26-g339-26xf.json'].map(
      f =>
        JSON.parse(
          readFileSync(path.join(here, '..', 'fixtures', 'environment', f), 'utf8')
        ) as object
    )
    await buildOsvOfflineDb(records, db)
  }
  const settings = createTestSettings({
    workspace: flaskr,
    mode: 'gate',
    scanners: ['osv-scanner'],
    osvDb: db,
    pythonPath: '.venv',
    failOn: 'low',
    script: ['python', '-c', code],
    sarifFile: path.join(out, name, 'results.sarif'),
    sbomFile: path.join(out, name, 'sbom.json'),
    ...extra
  })
  const outcome = await runGate(settings, {
    logger: new RecordingLogger(),
    exec: execFile,
    // `python` is the venv's, as after `source .venv/bin/activate`.
    env: { PATH: `${path.join(flaskr, '.venv', 'bin')}${path.delimiter}${process.env.PATH ?? ''}` }
  })
  const printed = /^MODULES (.*)$/m.exec(outcome.run?.stdout.text ?? '')?.[1]
  const modules = new Set(JSON.parse(printed ?? '[]') as string[])
  const marks = Object.fromEntries(
    outcome.toolRuns
      .flatMap(t => t.findings)
      .map(f => [f.package?.name ?? '', f.dependency?.runtime ?? 'unmarked'])
  )
  return { outcome, modules, marks }
}

/** The installed packages whose import names the script's own sys.modules holds. */
function loadedPerScript(
  outcome: Awaited<ReturnType<typeof gate>>['outcome'],
  modules: Set<string>
): string[] {
  const pkgs = outcome.environment?.environment.packages ?? []
  return pkgs
    .filter(p => p.modules.some(m => modules.has(m.split('.')[0] as string)))
    .map(p => p.name)
    .sort()
}

describe('what the script loaded (flaskr)', () => {
  for (const isolation of ['off', 'auto'] as const) {
    const test = isolation === 'off' ? withFlaskr : withIsolation
    test(`marks match the script's sys.modules (isolation ${isolation})`, async () => {
      const { outcome, modules, marks } = await gate(
        `flask-${isolation}`,
        `import flask; ${PRINT_MODULES}`,
        { isolation }
      )
      if (isolation === 'auto') expect(outcome.run?.isolation).toMatch(/namespace/i)
      expect(outcome.run?.final.exit_code).toBe(0)
      expect([...modules]).toEqual(expect.arrayContaining(['flask', 'werkzeug', 'jinja2']))
      expect(modules.has('pip')).toBe(false)
      const runtime = outcome.environment?.runtime
      expect(runtime?.recorded).toBe(true)
      if (!runtime?.recorded) return
      // Exactly the installed packages the script's own sys.modules names.
      expect(runtime.loaded).toEqual(loadedPerScript(outcome, modules))
      expect(runtime.loaded).toEqual(expect.arrayContaining(['flask', 'werkzeug', 'jinja2']))
      expect(marks).toEqual({ werkzeug: 'loaded', pip: 'not-loaded' })
      const werkzeug = outcome.findings.find(f => f.package?.name === 'werkzeug')
      expect(werkzeug?.message).toMatch(/Loaded at run time/)
      expect(outcome.findings.find(f => f.package?.name === 'pip')?.message).toMatch(
        /Not loaded in this run/
      )
      // Both groups in the summary; the SARIF carries the mark.
      expect(outcome.summary).toMatch(/loaded at run time: 1 \(werkzeug 3\.0\.3\)/)
      expect(outcome.summary).toMatch(/not loaded in this run: 1 \(pip 23\.2\.1\)/)
      const sarif = readFileSync(path.join(out, `flask-${isolation}`, 'results.sarif'), 'utf8')
      expect(sarif).toContain('"runtime":"not-loaded"')
      expect(sarif).toContain('"runtime":"loaded"')
      expect(outcome.exitCode).toBe(1)
    })
  }

  withFlaskr(
    'fail-on-loaded-only: findings not loaded in this run do not fail the gate',
    async () => {
      // Imports nothing from flask: werkzeug and pip are both not loaded.
      const plain = await gate('plain', `import json; ${PRINT_MODULES}`, { isolation: 'off' })
      expect(plain.modules.has('werkzeug')).toBe(false)
      expect(plain.marks).toEqual({ werkzeug: 'not-loaded', pip: 'not-loaded' })
      expect(plain.outcome.exitCode).toBe(1)

      const only = await gate('plain-only', `import json; ${PRINT_MODULES}`, {
        isolation: 'off',
        failOnLoadedOnly: true
      })
      expect(only.marks).toEqual({ werkzeug: 'not-loaded', pip: 'not-loaded' })
      expect(only.outcome.exitCode).toBe(0)
      // Still reported.
      expect(only.outcome.findings.map(f => f.package?.name).sort()).toEqual(['pip', 'werkzeug'])
      expect(only.outcome.warnings.join('\n')).toMatch(/fail-on-loaded-only: 2 dependency findings/)

      // The script that loads werkzeug still fails on it, and only on it.
      const flask = await gate('flask-only', `import flask; ${PRINT_MODULES}`, {
        isolation: 'off',
        failOnLoadedOnly: true
      })
      expect(flask.outcome.exitCode).toBe(1)
      expect(flask.outcome.verdict.reasons.join('\n')).toMatch(/1 finding .*werkzeug/)
    }
  )

  withFlaskr('says nothing when no Python process of the environment was recorded', async () => {
    // -I ignores PYTHONPATH: the hook never loads, so no mark and nothing discounted.
    const { outcome, marks } = await gate('isolated-mode', '-I', {
      isolation: 'off',
      failOnLoadedOnly: true,
      script: ['python', '-I', '-c', 'import flask']
    })
    expect(marks).toEqual({ werkzeug: 'unmarked', pip: 'unmarked' })
    expect(outcome.environment?.runtime).toMatchObject({ recorded: false })
    expect(outcome.summary).toMatch(/What the script loaded: not recorded/)
    expect(outcome.exitCode).toBe(1)
  })
})

describe('manifest warnings once the environment is read (flaskr)', () => {
  withFlaskr(
    'says which version the environment gave instead of "tools can\'t match it"',
    async () => {
      const { outcome } = await gate('warnings', 'pass', { isolation: 'off', failOn: 'none' })
      const text = outcome.warnings.join('\n')
      expect(text).not.toMatch(/flask.*tools can't match it/)
      expect(text).toMatch(
        /pyproject\.toml:\d+: flask has no exact version here; the environment the script used has 3\.0\.3, which OSV-Scanner and Safety were given/
      )
    }
  )
})

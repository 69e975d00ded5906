import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runGate } from '../../src/pipeline.js'
import { readWorkspaceText } from '../../src/util/paths.js'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * Threat (SECURITY.md, promise 7): the reports read the files findings point at (SARIF's line
 * hashes, policy's scopes) after the script has run. A pull request's script replaces a scanned
 * file, or a folder above it, with a symlink to a file outside the workspace: following it would
 * put the outside file's lines into the SARIF log as line hashes. Nothing outside is read.
 */

let base: string
let outside: string

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-read-'))
  outside = path.join(base, 'outside.txt')
  fs.writeFileSync(outside, 'line one outside\n')
})

afterAll(() => fs.rmSync(base, { recursive: true, force: true }))

describe('readWorkspaceText', () => {
  it('reads files inside the workspace and nothing a link or a relative path leads out to', () => {
    const ws = path.join(base, 'ws-unit')
    fs.mkdirSync(path.join(ws, 'pkg'), { recursive: true })
    fs.writeFileSync(path.join(ws, 'pkg', 'mod.py'), 'x = 1\n')
    fs.symlinkSync(outside, path.join(ws, 'link.py'))
    fs.symlinkSync(base, path.join(ws, 'up'))
    fs.symlinkSync(path.join(ws, 'pkg', 'mod.py'), path.join(ws, 'inside-link.py'))
    expect(readWorkspaceText(ws, 'pkg/mod.py')).toBe('x = 1\n')
    expect(readWorkspaceText(ws, 'inside-link.py')).toBe('x = 1\n')
    expect(readWorkspaceText(ws, 'link.py')).toBeUndefined()
    expect(readWorkspaceText(ws, 'up/outside.txt')).toBeUndefined()
    expect(readWorkspaceText(ws, '../outside.txt')).toBeUndefined()
    expect(readWorkspaceText(ws, outside)).toBeUndefined()
    expect(readWorkspaceText(ws, 'missing.py')).toBeUndefined()
    expect(readWorkspaceText(ws, '.')).toBeUndefined()
  })
})

describe('a script that swaps a flagged file for a link out of the workspace', () => {
  it("keeps the outside file's lines out of the SARIF log", async () => {
    const ws = path.join(base, 'ws-gate')
    fs.mkdirSync(ws)
    // A secret generated now, so the detector flags line 1 of app.py.
    const planted = (GENERATORS['github-pat'] as (r: () => number) => Sample)(seeded(7)).value
    fs.writeFileSync(path.join(ws, 'app.py'), `TOKEN = "${planted}"\n`)
    const swap =
      'import os; os.remove("app.py"); ' + `os.symlink(${JSON.stringify(outside)}, "app.py")`
    const outcome = await runGate(
      createTestSettings({
        workspace: ws,
        mode: 'gate',
        scanners: ['secrets'],
        script: ['python3', '-c', swap],
        isolation: 'off',
        scanEnvironment: false,
        recordImports: false,
        sarifFile: 'out.sarif',
        sbomFile: ''
      }),
      { logger: new RecordingLogger() }
    )
    expect(fs.lstatSync(path.join(ws, 'app.py')).isSymbolicLink()).toBe(true)
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'out.sarif'), 'utf8')) as {
      runs: {
        results: {
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[]
          partialFingerprints: Record<string, string>
        }[]
      }[]
    }
    const results = sarif.runs.flatMap(r => r.results)
    const onApp = results.filter(
      r => r.locations[0]?.physicalLocation.artifactLocation.uri === 'app.py'
    )
    expect(onApp.length).toBeGreaterThan(0)
    // The line hash of app.py:1 would be the outside file's first line: none is written.
    for (const r of onApp) expect(r.partialFingerprints.primaryLocationLineHash).toBeUndefined()
    expect(outcome.verdict.passed).toBe(false)
  })
})

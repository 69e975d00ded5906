import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from '../../src/exec.js'
import { runGate } from '../../src/pipeline.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * Threat (SECURITY.md, promise 7): a pull request commits a symlink where runguard writes a report
 * (`runguard.sarif -> ~/.bashrc`, or a linked output directory). Writing through it would
 * overwrite a file outside the workspace with report text. The link must be refused, the file
 * behind it untouched, and the run must fail saying why.
 */

let base: string
let root: string
let victim: string

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-link-'))
  root = path.join(base, 'ws')
  fs.mkdirSync(root)
  victim = path.join(base, 'victim.txt')
  fs.writeFileSync(victim, 'precious\n')
  fs.writeFileSync(path.join(root, 'app.py'), 'x = 1\n')
  fs.symlinkSync(victim, path.join(root, 'runguard.sarif'))
})

afterAll(() => fs.rmSync(base, { recursive: true, force: true }))

describe('report paths that are symlinks', () => {
  it('refuses to write through a committed symlink and fails the run saying so', async () => {
    const outcome = await runGate(
      createTestSettings({
        workspace: root,
        mode: 'scan',
        scanners: ['secrets'],
        sarifFile: 'runguard.sarif',
        sbomFile: ''
      }),
      { logger: new RecordingLogger(), exec: execFile }
    )
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious\n')
    expect(fs.lstatSync(path.join(root, 'runguard.sarif')).isSymbolicLink()).toBe(true)
    expect(outcome.verdict.passed).toBe(false)
    expect(outcome.verdict.reasons.join('\n')).toMatch(/runguard\.sarif.*symbolic link/)
  })
})

describe('report directories that link outside the workspace', () => {
  it('writes no report through a committed linked directory and fails the run saying so', async () => {
    // `.runguard-out -> <a directory outside>`: every report under it would be created there.
    const ws = path.join(base, 'ws-dir')
    const outside = path.join(base, 'outside-dir')
    fs.mkdirSync(ws)
    fs.mkdirSync(outside)
    fs.writeFileSync(path.join(ws, 'app.py'), 'x = 1\n')
    fs.symlinkSync(outside, path.join(ws, 'out'))
    const outcome = await runGate(
      createTestSettings({
        workspace: ws,
        mode: 'scan',
        scanners: ['secrets'],
        sarifFile: 'out/runguard.sarif',
        sbomFile: 'out/runguard.cdx.json',
        junitFile: 'out/junit.xml',
        summaryFile: 'out/summary.md'
      }),
      { logger: new RecordingLogger(), exec: execFile }
    )
    expect(fs.readdirSync(outside)).toEqual([])
    expect(outcome.verdict.passed).toBe(false)
    const reasons = outcome.verdict.reasons.join('\n')
    for (const name of ['runguard.sarif', 'runguard.cdx.json', 'junit.xml', 'summary.md'])
      expect(reasons).toMatch(new RegExp(`out/${name.replace(/\./g, '\\.')}.*outside it`))
  })
})

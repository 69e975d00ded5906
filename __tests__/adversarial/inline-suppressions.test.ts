import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadSettings } from '../../src/config/load.js'
import { execFile } from '../../src/exec.js'
import { runGate } from '../../src/pipeline.js'
import { renderPrComment } from '../../src/report/summary.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'

/**
 * Threat (SECURITY.md, promise 4): the change silences a scanner on the very line it adds — `# nosec` for
 * Bandit, `# nosemgrep` for Semgrep, `runguard:allow` for the secret detector — and the gate
 * turns green with nothing in the ignore file for a reviewer to notice. Every inline
 * suppression on a line the change adds must be listed in the summary and the PR comment, without
 * quoting the line (an allowed secret sits on it).
 */

let root: string
let baseSha: string
const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()

const planted = (GENERATORS['github-pat'] as (r: () => number) => Sample)(seeded(11)).value

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-inline-'))
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 't@example.invalid')
  git('config', 'user.name', 't')
  fs.mkdirSync(path.join(root, 'src'))
  // Suppressions already on the base branch were reviewed when they landed: not listed.
  fs.writeFileSync(path.join(root, 'src/old.py'), 'import pickle  # nosec B403\n')
  fs.writeFileSync(
    path.join(root, 'src/app.py'),
    'import subprocess\n\n\ndef run(cmd):\n    pass\n'
  )
  git('add', '.')
  git('commit', '-qm', 'base')
  baseSha = git('rev-parse', 'HEAD')
  fs.writeFileSync(
    path.join(root, 'src/app.py'),
    [
      'import subprocess',
      '',
      '',
      'def run(cmd):',
      '    subprocess.call(cmd, shell=True)  # nosec B602, B607',
      '    return eval(cmd)  # nosemgrep: python.lang.security.audit.eval-detected',
      `TOKEN = "${planted}"  # runguard:allow`,
      ''
    ].join('\n')
  )
  fs.writeFileSync(path.join(root, 'src/new.py'), 'import yaml\nyaml.load(s)  #nosec\n')
  git('add', '.')
  git('commit', '-qm', 'change')
  fs.writeFileSync(
    path.join(root, 'event.json'),
    JSON.stringify({ pull_request: { number: 3, base: { sha: baseSha } } })
  )
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('inline suppressions a change adds are shown to the reviewer', () => {
  it('lists each one (file, line, marker and rule ids) in the summary and the PR comment', async () => {
    const env = {
      PATH: process.env.PATH,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(root, 'event.json')
    }
    const settings = await loadSettings({
      inline: { raw: { scanners: ['secrets'] }, sources: {} },
      fixed: { mode: 'scan', runtime: 'action' },
      workspace: root,
      env
    })
    const outcome = await runGate(
      { ...settings, sarifFile: '', sbomFile: '' },
      { logger: new RecordingLogger(), exec: execFile, env }
    )
    const comment = renderPrComment(outcome.summaryInput)
    for (const text of [outcome.summary, comment]) {
      expect(text).toMatch(/src\/app\.py:5: # nosec B602, B607/)
      expect(text).toMatch(
        /src\/app\.py:6: # nosemgrep: python\.lang\.security\.audit\.eval-detected/
      )
      expect(text).toMatch(/src\/app\.py:7: runguard:allow/)
      expect(text).toMatch(/src\/new\.py:2: #nosec/)
      expect(text).not.toMatch(/old\.py/)
      // The allowed value is not quoted with its marker.
      expect(text).not.toContain(planted)
    }
  })
})

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
 * Threat (SECURITY.md, promise 4): the change lowers the gate through the files it controls — `fail-on:
 * none` in `.runguard.yml`, a new suppression in `.runguard-ignore.yml` — and the verdict turns
 * green with nothing to see. Under `pull_request_target` (or `trusted-config: base`) the gate
 * settings and suppressions must come from the base commit, and the summary must say what the
 * change tried to alter; on any event with a base, suppressions the change added are listed.
 */

let root: string
let baseSha: string
const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()

const planted = (GENERATORS['github-pat'] as (r: () => number) => Sample)(seeded(4)).value

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-trust-'))
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 't@example.invalid')
  git('config', 'user.name', 't')
  fs.writeFileSync(path.join(root, '.runguard.yml'), 'fail-on: high\nscanners: [secrets]\n')
  fs.writeFileSync(path.join(root, 'app.py'), 'x = 1\n')
  git('add', '.')
  git('commit', '-qm', 'base')
  baseSha = git('rev-parse', 'HEAD')
  // The change: a leaked token, and the config and ignore file edited to wave it through.
  fs.writeFileSync(path.join(root, 'app.py'), `TOKEN = "${planted}"\n`)
  fs.writeFileSync(
    path.join(root, '.runguard.yml'),
    'fail-on: none\nscanners: [secrets]\nexclude: ["app.py"]\n'
  )
  fs.writeFileSync(
    path.join(root, '.runguard-ignore.yml'),
    // An `id` entry: the policy applies it (the secret adapter also applies `rule` and `path`
    // entries of the working-tree file itself until that moves into the policy).
    'ignore:\n  - id: github-pat\n    reason: test token, fine\n'
  )
  git('add', '.')
  git('commit', '-qm', 'change')
  fs.writeFileSync(
    path.join(root, 'event.json'),
    JSON.stringify({ pull_request: { base: { sha: baseSha } } })
  )
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

async function gate(event: string, trustedConfig?: 'base' | 'head') {
  const env = {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path.join(root, 'event.json')
  }
  const settings = await loadSettings({
    inline: { raw: trustedConfig ? { trustedConfig } : {}, sources: {} },
    fixed: { mode: 'scan', runtime: 'action' },
    workspace: root,
    env
  })
  const outcome = await runGate(
    { ...settings, sarifFile: '', sbomFile: '' },
    {
      logger: new RecordingLogger(),
      exec: execFile,
      env
    }
  )
  return { settings, outcome }
}

describe('a change cannot lower the gate through its own files', () => {
  it('takes the gate settings and suppressions from the base under pull_request_target', async () => {
    const { settings, outcome } = await gate('pull_request_target')
    expect(settings.failOn).toBe('high')
    expect(settings.exclude).toEqual([])
    expect(outcome.verdict.passed).toBe(false)
    expect(outcome.summary).toMatch(/fail-on: "high" → "none"/)
    expect(outcome.summary).toMatch(/exclude/)
    expect(outcome.summary).toMatch(/github-pat/)
  })

  it('does the same on any event when the workflow sets trusted-config: base', async () => {
    const { outcome } = await gate('pull_request', 'base')
    expect(outcome.verdict.passed).toBe(false)
  })

  it('lists the suppressions a change added even when its own config applies', async () => {
    const { settings, outcome } = await gate('pull_request')
    expect(settings.failOn).toBe('none')
    expect(outcome.summary).toMatch(/suppression.*added or changed.*github-pat/i)
    // …and in the PR comment, where the reviewer looks.
    expect(renderPrComment(outcome.summaryInput)).toMatch(
      /suppression.*added or changed.*github-pat/i
    )
  })
})

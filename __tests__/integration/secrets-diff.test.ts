import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'
import type { RawSettings } from '../../src/config/schema.js'
import { execFile } from '../../src/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { ToolRun } from '../../src/model.js'
import { createRedactor } from '../../src/redact.js'
import { secretsAdapter } from '../../src/scanners/secrets.js'
import { parseAddedHunks, resolveBase } from '../../src/secrets/git.js'
import { createTestSettings } from '../helpers/settings.js'

// A real temporary git repository; secrets are generated at test time.

const r = seeded(11)
const gen = (id: string): Sample => (GENERATORS[id] as (x: () => number) => Sample)(r)
let repo: string
let base: string
let old: string
let added: string
let later: string

async function git(cwd: string, ...args: string[]): Promise<string> {
  const res = await execFile(
    'git',
    ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args],
    { cwd }
  )
  if (res.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${res.stderr}`)
  return res.stdout.trim()
}

async function scanIn(cwd: string, overrides: Partial<RawSettings>): Promise<ToolRun> {
  const logger = new RecordingLogger()
  const settings = createTestSettings({ workspace: cwd, ...overrides })
  const ctx = {
    settings,
    workspace: cwd,
    paths: [cwd],
    exec: execFile,
    env: process.env,
    logger,
    redactor: createRedactor(),
    components: [],
    timeoutMs: 60_000
  }
  return secretsAdapter.scan(ctx, await secretsAdapter.detect(ctx))
}

beforeAll(async () => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-secrets-git-'))
  old = gen('github-pat').value
  added = gen('slack-bot-token').value
  later = gen('stripe-secret-key').value
  await git(repo, 'init', '-q', '-b', 'main')
  fs.writeFileSync(path.join(repo, 'app.py'), `import os\n\nOLD = "${old}"\n`)
  await git(repo, 'add', '.')
  await git(repo, 'commit', '-q', '-m', 'base')
  base = await git(repo, 'rev-parse', 'HEAD')
  fs.writeFileSync(
    path.join(repo, 'app.py'),
    `import os\n\nOLD = "${old}"\nx = 1\nSLACK = "${added}"\n`
  )
  await git(repo, 'commit', '-q', '-am', 'add slack')
  fs.writeFileSync(path.join(repo, 'pay.py'), `STRIPE = "${later}"\n`)
  await git(repo, 'add', '.')
  await git(repo, 'commit', '-q', '-m', 'add stripe')
  // A secret added and removed again inside the range: only history mode can see it.
  fs.writeFileSync(path.join(repo, 'pay.py'), `STRIPE = None\n`)
  await git(repo, 'commit', '-q', '-am', 'remove stripe')
})

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }))

describe('diff mode', () => {
  it('scans only lines added since the base, with their new line numbers', async () => {
    const run = await scanIn(repo, { secretsScan: 'diff', baseRef: base })
    expect(run.status).toBe('ok')
    expect(run.findings.map(f => [f.location.path, f.location.startLine, f.ruleId])).toEqual([
      ['app.py', 5, 'slack-bot-token']
    ])
    expect(run.command?.slice(0, 1)).toEqual(['git'])
  })

  it('takes the base from the GitHub event when baseRef is unset', async () => {
    const eventFile = path.join(repo, '..', `event-${path.basename(repo)}.json`)
    fs.writeFileSync(eventFile, JSON.stringify({ pull_request: { base: { sha: base } } }))
    try {
      expect(await resolveBase(undefined, { GITHUB_EVENT_PATH: eventFile })).toEqual({
        base,
        source: 'pull_request.base.sha'
      })
      fs.writeFileSync(
        eventFile,
        JSON.stringify({ before: '0000000000000000000000000000000000000000' })
      )
      expect((await resolveBase(undefined, { GITHUB_EVENT_PATH: eventFile })).base).toBeUndefined()
    } finally {
      fs.rmSync(eventFile)
    }
  })

  it('says what was not scanned when the base does not exist, and scans the tree instead', async () => {
    const run = await scanIn(repo, { secretsScan: 'diff', baseRef: 'f'.repeat(40) })
    expect(run.errors.join('\n')).toMatch(/base commit f{40} is not in the repository/)
    expect(run.errors.join('\n')).toMatch(/scanned the whole working tree instead/)
    expect(run.findings.map(f => f.ruleId).sort()).toEqual(['github-pat', 'slack-bot-token'])
  })

  it('fetches the base into a shallow clone', async () => {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-secrets-shallow-'))
    try {
      await git(os.tmpdir(), 'clone', '-q', '--depth=1', `file://${repo}`, clone)
      expect(await git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true')
      const run = await scanIn(clone, { secretsScan: 'diff', baseRef: base })
      expect(run.errors).toEqual([])
      expect(run.findings.map(f => f.ruleId)).toEqual(['slack-bot-token'])
    } finally {
      fs.rmSync(clone, { recursive: true, force: true })
    }
  })
})

describe('history mode', () => {
  it('scans every commit of the range, including secrets removed later', async () => {
    const run = await scanIn(repo, { secretsScan: 'history', baseRef: base })
    const found = run.findings.map(f => [f.location.path, f.location.startLine, f.ruleId])
    expect(found).toEqual([
      ['app.py', 5, 'slack-bot-token'],
      ['pay.py', 1, 'stripe-secret-key']
    ])
    expect(run.findings[1]?.message).toMatch(/added in commit [0-9a-f]{12}/)
    expect(JSON.stringify(run)).not.toContain(later)
  })
})

describe('parseAddedHunks', () => {
  it('tracks new-side line numbers across hunks, files and quoted paths', () => {
    const patch = [
      'diff --git a/a.py b/a.py',
      '--- a/a.py',
      '+++ b/a.py',
      '@@ -1,0 +2,2 @@',
      '+one',
      '+two',
      '@@ -9 +11 @@',
      '-gone',
      '+eleven',
      'diff --git "a/na\\303\\257ve.py" "b/na\\303\\257ve.py"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/na\\303\\257ve.py"',
      '@@ -0,0 +1 @@',
      '+++not a header'
    ].join('\n')
    expect(parseAddedHunks(patch)).toEqual([
      { path: 'a.py', startLine: 2, text: 'one\ntwo' },
      { path: 'a.py', startLine: 11, text: 'eleven' },
      { path: 'naïve.py', startLine: 1, text: '++not a header' }
    ])
  })
})

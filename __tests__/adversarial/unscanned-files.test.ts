import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadSettings } from '../../src/config/load.js'
import { execFile } from '../../src/exec.js'
import { runGate } from '../../src/pipeline.js'
import { GENERATORS, seeded } from '../helpers/secret-samples.js'
import { RecordingLogger } from '../helpers/recording-logger.js'

/**
 * Threat (SECURITY.md, promise 5): nothing tracked by git is silently skipped. A change commits
 * a key in `deploy/prod.env` and adds `deploy/` to `.gitignore` (git keeps tracking a committed
 * file; a walk that honours .gitignore never opens it), and commits a file above the size
 * bound. The key must be found, the large file listed in the summary and SARIF, and
 * `fail-on-unscanned` must turn the skip into a failing verdict.
 */

// Generated at test time: nothing secret-looking is committed.
const token = GENERATORS['github-pat']!(seeded(8)).value

let root: string
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-unscanned-'))
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
      cwd: root,
      stdio: 'ignore'
    })
  }
  git('init', '-q')
  fs.mkdirSync(path.join(root, 'deploy'))
  fs.writeFileSync(path.join(root, 'deploy/prod.env'), `GITHUB_TOKEN=${token}\n`)
  fs.writeFileSync(path.join(root, 'big.py'), `# ${'x'.repeat(4096)}\n`)
  fs.writeFileSync(path.join(root, 'app.py'), 'print("hi")\n')
  // Code committed where Bandit and Semgrep are told not to look (virtualenv directory names).
  fs.mkdirSync(path.join(root, 'venv/lib'), { recursive: true })
  fs.writeFileSync(path.join(root, 'venv/lib/hidden.py'), 'import os\nos.system("x")\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'init')
  // After the commit: the files stay tracked, the ignore rule hides them from a plain walk.
  fs.writeFileSync(path.join(root, '.gitignore'), 'deploy/\n*.env\n')
  // Untracked and ignored: not the repository's content, stays unscanned and unlisted.
  fs.writeFileSync(path.join(root, 'local.env'), `GITHUB_TOKEN=${token}\n`)
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

async function gate(failOnUnscanned: boolean, scanners = ['secrets']) {
  const settings = await loadSettings({
    inline: {
      raw: { scanners, secretsMaxFileSize: 1024, failOn: 'none', failOnUnscanned },
      sources: {}
    },
    fixed: { mode: 'scan', runtime: 'cli' },
    workspace: root
  })
  return runGate(
    { ...settings, sarifFile: path.join(root, '.runguard-out/r.sarif'), sbomFile: '' },
    { logger: new RecordingLogger(), exec: execFile, env: { PATH: process.env.PATH } }
  )
}

describe('tracked files are scanned or listed', () => {
  it('finds the key in a tracked file that .gitignore lists, and lists the oversized file', async () => {
    const outcome = await gate(false)
    const run = outcome.toolRuns.find(t => t.tool === 'secrets')!
    expect(run.status).toBe('ok')
    expect(run.findings.map(f => f.location.path)).toEqual(['deploy/prod.env'])
    expect(run.skipped).toEqual([
      { path: 'big.py', reason: expect.stringMatching(/^larger than the 1 KiB limit/) },
      { path: 'venv', reason: expect.stringMatching(/1 tracked file\(s\) inside$/) }
    ])
    expect(outcome.summary).toMatch(/### Not scanned/)
    expect(outcome.summary).toMatch(/\| secrets \| big\.py \| larger than/)
    expect(outcome.summary).not.toContain(token)
    const sarif = JSON.parse(fs.readFileSync(path.join(root, '.runguard-out/r.sarif'), 'utf8'))
    const props = sarif.runs.find(
      (r: { tool: { driver: { name: string } } }) => r.tool.driver.name !== 'bandit'
    ).properties
    expect(props.unscanned).toBe(2)
    // fail-on-unscanned is off: listed, not a reason.
    expect(outcome.verdict.passed).toBe(true)
  })

  it('fail-on-unscanned turns the skip into a failing verdict', async () => {
    const outcome = await gate(true)
    expect(outcome.verdict.passed).toBe(false)
    expect(outcome.verdict.reasons).toEqual([
      expect.stringMatching(
        /^secrets: 2 file\(s\) not scanned: big\.py \(larger than .*fail-on-unscanned is on$/
      )
    ])
    expect(outcome.exitCode).toBe(1)
  })

  it('lists tracked code in a directory Bandit and Semgrep are told to skip', async () => {
    const outcome = await gate(false, ['bandit', 'semgrep'])
    for (const tool of ['bandit', 'semgrep']) {
      const run = outcome.toolRuns.find(t => t.tool === tool)!
      expect({ tool, status: run.status }).toEqual({ tool, status: 'ok' })
      expect(run.skipped).toEqual([
        {
          path: 'venv/lib/hidden.py',
          reason: 'inside venv/, a directory name no scanner looks into'
        }
      ])
    }
    expect(outcome.summary).toMatch(/\| bandit \| venv\/lib\/hidden\.py \|/)
  })
})

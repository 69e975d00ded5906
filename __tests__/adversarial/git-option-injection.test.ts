import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadSettings } from '../../src/config/load.js'
import { ConfigurationError } from '../../src/errors.js'
import { execFile } from '../../src/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { addedInRange, resolveBase } from '../../src/secrets/git.js'
import { isSafeRevision, revisionProblem } from '../../src/trust/git-revision.js'

/**
 * Threat (SECURITY.md, promise 4): `base-ref` (from `.runguard.yml`, which a pull request can edit) reaches
 * `git fetch` in a shallow clone. A value such as `--upload-pack=<command>` is read by git as an
 * option and runs the command. The value must be refused as a setting, refused again where it
 * is used, and every revision must sit after `--end-of-options`.
 */

let root: string
let clone: string
let marker: string
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' }
  })

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-git-'))
  const origin = path.join(root, 'origin')
  fs.mkdirSync(origin)
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'config', 'user.email', 't@example.invalid')
  git(origin, 'config', 'user.name', 't')
  for (const n of [1, 2, 3]) {
    fs.writeFileSync(path.join(origin, `f${n}.txt`), `${n}\n`)
    git(origin, 'add', '.')
    git(origin, 'commit', '-qm', `c${n}`)
  }
  clone = path.join(root, 'clone')
  git(root, 'clone', '-q', '--depth=1', `file://${origin}`, clone)
  marker = path.join(root, 'pwned')
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const evil = (): string => `--upload-pack=touch ${marker}; git-upload-pack`

describe('values that reach git cannot become options', () => {
  it('refuses such a base-ref as a configuration error naming the field', async () => {
    let error: unknown
    try {
      await loadSettings({
        inline: { raw: { baseRef: evil() }, sources: {} },
        fixed: { mode: 'scan', runtime: 'cli' },
        workspace: clone
      })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(/base-ref/)
  })

  it('refuses it again where it is resolved (event payloads included)', async () => {
    const setting = await resolveBase(evil(), {})
    expect(setting.base).toBeUndefined()
    expect(setting.source).toMatch(/refused/)
    const event = path.join(root, 'event.json')
    fs.writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: '-c' } } }))
    expect((await resolveBase(undefined, { GITHUB_EVENT_PATH: event })).base).toBeUndefined()
  })

  it('never runs a command even if an unchecked value reaches the git calls', async () => {
    const result = await addedInRange(
      { exec: execFile, logger: new RecordingLogger(), cwd: clone, timeoutMs: 30_000 },
      evil(),
      'diff'
    )
    expect(fs.existsSync(marker)).toBe(false)
    expect(result.hunks).toEqual([])
    expect(result.problems.join(' ')).toMatch(/not|missing|could not/)
  })

  it('accepts commit ids and ordinary ref names', () => {
    for (const ok of [
      'a1b2c3d',
      'a'.repeat(40),
      'main',
      'origin/main',
      'refs/heads/x-1',
      'HEAD~2',
      'v1.2^'
    ])
      expect({ ok, problem: revisionProblem(ok) }).toEqual({ ok, problem: undefined })
    for (const bad of [
      '-x',
      '--output=/tmp/x',
      'a..b',
      'a b',
      'x@{1}',
      'a/.b',
      'x.lock',
      '',
      'a\nb'
    ])
      expect({ bad, safe: isSafeRevision(bad) }).toEqual({ bad, safe: false })
  })
})

import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile, type ExecFn } from '../../src/exec.js'
import { gitEnvironment, gitStore, pushWasRaced } from '../../src/history/git-store.js'
import { HISTORY_FILE, parseHistory } from '../../src/history/record.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { testRecord } from './records.js'

// The Action's store: a branch of a repository, written by fetch → commit → push without force,
// retried on the new tip when another job pushed first. A local bare repository stands in for
// GitHub.

function bareRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-git-store-'))
  execFileSync('git', ['init', '--bare', '--quiet', dir])
  return dir
}

const fast = (ms: number): Promise<void> => new Promise(r => setTimeout(r, Math.min(ms, 20)))

const show = (repo: string, file: string): string =>
  execFileSync('git', [`--git-dir=${repo}`, 'show', `runguard-data:${file}`], { encoding: 'utf8' })

describe('git history store', () => {
  it('creates the branch with the history, the snapshot and .nojekyll, then appends', async () => {
    const remote = bareRepo()
    const store = gitStore({
      exec: execFile,
      remote,
      branch: 'runguard-data',
      env: process.env,
      logger: new RecordingLogger(),
      sleep: fast,
      extraFiles: () => ({ 'index.html': '<!doctype html>' })
    })
    expect((await store.load(10)).records).toEqual([])
    await store.update({ record: testRecord(1), keep: 10 })
    await store.update({
      record: testRecord(2),
      keep: 10,
      snapshot: s => ({ ...s, categories: { runguard: { timestamp: 't', findings: [] } } })
    })
    await store.close()
    expect(parseHistory(show(remote, HISTORY_FILE)).records.map(r => r.commit)).toEqual([
      'c1',
      'c2'
    ])
    expect(JSON.parse(show(remote, 'runguard-findings.json'))).toMatchObject({
      categories: { runguard: {} }
    })
    expect(show(remote, 'index.html')).toBe('<!doctype html>')
    expect(show(remote, '.nojekyll')).toBe('')
    const log = execFileSync(
      'git',
      [`--git-dir=${remote}`, 'log', '--format=%s', 'runguard-data'],
      { encoding: 'utf8' }
    )
    expect(log.trim().split('\n')).toEqual([
      'runguard: record runguard run of c2',
      'runguard: record runguard run of c1'
    ])
  })

  it('loses no record when concurrent jobs push at once (rejected pushes are retried)', async () => {
    const remote = bareRepo()
    const logger = new RecordingLogger()
    const jobs = Array.from({ length: 5 }, () =>
      gitStore({
        exec: execFile,
        remote,
        branch: 'runguard-data',
        env: process.env,
        logger,
        sleep: fast,
        maxAttempts: 40
      })
    )
    await Promise.all(
      jobs.map(async (store, j) => {
        for (let i = 0; i < 4; i++)
          await store.update({ record: testRecord(j * 10 + i), keep: 1000 })
        await store.close()
      })
    )
    const records = parseHistory(show(remote, HISTORY_FILE)).records
    expect(records).toHaveLength(20)
    expect(new Set(records.map(r => r.commit)).size).toBe(20)
  })

  it('applies retention per category on write', async () => {
    const remote = bareRepo()
    const store = gitStore({
      exec: execFile,
      remote,
      branch: 'runguard-data',
      env: process.env,
      logger: new RecordingLogger(),
      sleep: fast
    })
    for (let i = 0; i < 6; i++) await store.update({ record: testRecord(i), keep: 4 })
    const other = await store.update({ record: testRecord(50, 'other'), keep: 4 })
    await store.close()
    expect(other.pruned).toBe(0)
    const records = parseHistory(show(remote, HISTORY_FILE)).records
    expect(records.map(r => r.commit)).toEqual(['c2', 'c3', 'c4', 'c5', 'c50'])
  })

  it('refuses a branch or a remote git would read as an option or a command', () => {
    const base = { exec: execFile, env: process.env, logger: new RecordingLogger() }
    expect(() =>
      gitStore({ ...base, remote: '/tmp/x', branch: '--upload-pack=touch /tmp/p' })
    ).toThrow(/history-branch/)
    expect(() => gitStore({ ...base, remote: 'ext::sh -c touch% /tmp/p', branch: 'data' })).toThrow(
      /history remote/
    )
    expect(() => gitStore({ ...base, remote: '--upload-pack=x', branch: 'data' })).toThrow(
      /history remote/
    )
    expect(() =>
      gitStore({ ...base, remote: 'https://user:pw@example.com/r.git', branch: 'data' })
    ).toThrow(/credentials/)
    expect(() => gitStore({ ...base, remote: 'ssh://example.com/r.git', branch: 'data' })).toThrow(
      /only https, http and file/
    )
  })

  it('sends the token only as a header from the environment: never in argv, a URL or a message', async () => {
    const token = 'ghs_' + 'x'.repeat(36)
    const calls: Array<{ args: readonly string[]; env: NodeJS.ProcessEnv }> = []
    const recording: ExecFn = (cmd, args, opts) => {
      calls.push({ args, env: opts?.env ?? {} })
      return execFile(cmd, args, opts)
    }
    // Nothing listens there: the read fails, and the failure must not show the token.
    const store = gitStore({
      exec: recording,
      remote: 'http://127.0.0.1:9/owner/repo.git',
      branch: 'runguard-data',
      token,
      env: { ...process.env, GIT_DIR: '/elsewhere' },
      logger: new RecordingLogger(),
      sleep: fast,
      timeoutMs: 20_000
    })
    const error = await store.load(10).then(
      () => undefined,
      (e: unknown) => e as Error
    )
    await store.close()
    expect(error?.message).toMatch(/cannot read/)
    expect(error?.message).not.toContain(token)
    expect(calls.length).toBeGreaterThan(0)
    for (const c of calls) {
      expect(c.args.join(' ')).not.toContain(token)
      expect(c.env.GIT_DIR).toBeUndefined()
    }
    const env = gitEnvironment({}, 'https://github.com/o/r.git', token)
    const keys = Object.keys(env)
      .filter(k => k.startsWith('GIT_CONFIG_KEY_'))
      .map(k => env[k])
    expect(keys).toContain('http.https://github.com/.extraheader')
    const header = Object.entries(env).find(
      ([k]) =>
        env[k.replace('VALUE', 'KEY')] === 'http.https://github.com/.extraheader' &&
        k.startsWith('GIT_CONFIG_VALUE_')
    )?.[1]
    expect(header).toBe(
      `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
    )
  })

  it('tells a raced push from other rejections', () => {
    expect(
      pushWasRaced({
        stdout: 'To /r\n!\tabc:refs/heads/d\t[rejected] (fetch first)\nDone',
        stderr: ''
      })
    ).toBe(true)
    expect(pushWasRaced({ stdout: '', stderr: 'error: cannot lock ref refs/heads/d' })).toBe(true)
    expect(
      pushWasRaced({
        stdout: '!\tabc:refs/heads/d\t[remote rejected] (permission denied)',
        stderr: ''
      })
    ).toBe(false)
    expect(pushWasRaced({ stdout: '', stderr: 'fatal: Authentication failed' })).toBe(false)
  })
})

import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile as realExec } from '../../src/exec.js'
import { contextForCli, EVENT_PAYLOAD_MAX_BYTES } from '../../src/history/context.js'
import { isTrendRun } from '../../src/history/index.js'
import { HISTORY_FILE, parseHistory } from '../../src/history/record.js'
import { runGate } from '../../src/pipeline.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

// The CLI inside a workflow takes its context from GitHub's variables and the event payload,
// not from git: with git alone every workflow run, a pull request's included, looked like a
// local default-branch run and fed the trend.

/** A git repository on branch `main` with one commit (what a checkout gives the CLI). */
function repo(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-cli-context-'))
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: ws,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com'
      }
    })
  git('init', '-q', '-b', 'main')
  writeFileSync(path.join(ws, 'a.txt'), 'a\n')
  git('add', 'a.txt')
  git('commit', '-q', '-m', 'one')
  return ws
}

const { GITHUB_ACTIONS: _inActions, ...localEnv } = process.env

function workflowEnv(ws: string, event: string, ref: string, payload?: unknown) {
  const eventPath = path.join(ws, '..', `${path.basename(ws)}-event.json`)
  if (payload !== undefined) writeFileSync(eventPath, JSON.stringify(payload))
  return {
    ...localEnv,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: ref,
    GITHUB_EVENT_NAME: event,
    GITHUB_RUN_ID: '77',
    ...(payload !== undefined ? { GITHUB_EVENT_PATH: eventPath } : {})
  }
}

const prPayload = {
  number: 7,
  pull_request: { number: 7, head: { sha: 'b'.repeat(40) } },
  repository: { default_branch: 'main' }
}
const pushPayload = (defaultBranch: string) => ({
  ref: 'refs/heads/main',
  repository: { default_branch: defaultBranch }
})
const settings = (ws: string) => createTestSettings({ workspace: ws, history: 'local' })

describe('contextForCli', () => {
  it('outside a workflow, reads git: a local run on its branch', async () => {
    const ws = repo()
    const context = await contextForCli(localEnv, realExec, ws)
    expect(context).toMatchObject({ event: 'local', ref: 'refs/heads/main', pullRequest: false })
    expect(context.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(isTrendRun(settings(ws), context)).toBe(true)
  })

  it('in a workflow, a pull request run is a pull request (compared, never a trend run)', async () => {
    const ws = repo()
    const env = workflowEnv(ws, 'pull_request', 'refs/pull/7/merge', prPayload)
    const context = await contextForCli(env, realExec, ws)
    expect(context).toMatchObject({
      event: 'pull_request',
      ref: 'refs/pull/7/merge',
      commit: 'a'.repeat(40),
      pullRequest: true,
      defaultBranch: 'main',
      runUrl: 'https://github.com/acme/shop/actions/runs/77'
    })
    expect(isTrendRun(settings(ws), context)).toBe(false)
  })

  it('in a workflow, a push is a trend run only on the default branch the payload names', async () => {
    const ws = repo()
    const onMain = await contextForCli(
      workflowEnv(ws, 'push', 'refs/heads/main', pushPayload('main')),
      realExec,
      ws
    )
    expect(onMain).toMatchObject({ event: 'push', pullRequest: false, defaultBranch: 'main' })
    expect(isTrendRun(settings(ws), onMain)).toBe(true)
    // The same push where the repository's default branch is `trunk`: not a trend run, although
    // git sees branch main.
    const elsewhere = await contextForCli(
      workflowEnv(ws, 'push', 'refs/heads/main', pushPayload('trunk')),
      realExec,
      ws
    )
    expect(isTrendRun(settings(ws), elsewhere)).toBe(false)
  })

  it('a pull request event without a readable payload still counts as a pull request', async () => {
    const ws = repo()
    const missing = {
      ...workflowEnv(ws, 'pull_request_target', 'refs/heads/main'),
      GITHUB_EVENT_PATH: path.join(ws, 'no-such-event.json')
    }
    const a = await contextForCli(missing, realExec, ws)
    expect(a.pullRequest).toBe(true)
    expect(isTrendRun(settings(ws), a)).toBe(false)
    // A payload over the bound is not read (nor parsed), and the event name still decides.
    const big = path.join(ws, 'big-event.json')
    writeFileSync(big, `{"pad":"${'x'.repeat(EVENT_PAYLOAD_MAX_BYTES)}"}`)
    const b = await contextForCli({ ...missing, GITHUB_EVENT_PATH: big }, realExec, ws)
    expect(b).toMatchObject({ event: 'pull_request_target', pullRequest: true })
    expect(b.defaultBranch).toBeUndefined()
  })

  it('a CLI run of a pull request in a workflow is compared but never recorded', async () => {
    const ws = repo()
    const run = (env: NodeJS.ProcessEnv) =>
      runGate(
        createTestSettings({
          workspace: ws,
          mode: 'run',
          history: 'local',
          script: ['python3', '-c', 'print("x")'],
          sarifFile: '',
          sbomFile: ''
        }),
        { logger: new RecordingLogger(), env }
      )
    await run(workflowEnv(ws, 'push', 'refs/heads/main', pushPayload('main')))
    const pr = await run(workflowEnv(ws, 'pull_request', 'refs/pull/7/merge', prPayload))
    expect(pr.summary).toContain('### History and trend')
    const file = path.join(ws, '.runguard/history', HISTORY_FILE)
    const records = parseHistory(readFileSync(file, 'utf8')).records
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ event: 'push', ref: 'refs/heads/main', trend: true })
  })
})

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from '../../src/exec.js'
import {
  FAKE_TOKEN,
  startFakeGitHub,
  type FakeAnswer,
  type FakeGitHub,
  type RecordedRequest
} from '../helpers/fake-github.js'

/**
 * Threat (SECURITY.md, promise 8): a clean run whose SARIF upload fails printed "passed" and `::error` and
 * failed the step at once, so a workflow reading `outputs.passed` went on as if nothing were
 * wrong while the findings never reached code scanning. Decided: an upload the user asked for
 * that fails is a tool failure — exit code 3, one `::error` naming it — and every channel (the
 * outputs, the job summary, the log, the step's result) says the same. Runs the BUILT action
 * (dist/index.js) against the local fake GitHub answering the upload with an error.
 */

const DIST = path.resolve('dist/index.js')
const SHA = 'b'.repeat(40)

let gh: FakeGitHub
let answer: FakeAnswer | undefined
const dirs: string[] = []
beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run build first')
  gh = await startFakeGitHub({
    respond: (r: RecordedRequest) =>
      r.method === 'POST' && r.url.endsWith('/code-scanning/sarifs') ? answer : undefined
  })
})
afterAll(async () => {
  await gh.close()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

async function cleanRunWithUpload() {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'rg-adv-upload-'))
  dirs.push(ws)
  writeFileSync(path.join(ws, 'app.py'), 'def add(a, b):\n    return a + b\n')
  const outputFile = path.join(ws, 'github-output.txt')
  const summaryFile = path.join(ws, 'step-summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputs: Record<string, string> = {
    scanners: 'secrets',
    'sarif-file': 'out/runguard.sarif',
    'upload-sarif': 'true',
    'github-token': FAKE_TOKEN,
    'install-tools': 'false'
  }
  const r = await execFile(process.execPath, [DIST], {
    cwd: ws,
    timeoutMs: 120_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_API_URL: gh.url,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    }
  })
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(outputFile, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]!] = m[3]!
  return { ...r, outputs, summary: readFileSync(summaryFile, 'utf8') }
}

function expectOneStory(run: Awaited<ReturnType<typeof cleanRunWithUpload>>, why: RegExp): void {
  // The step fails (the Action maps any non-zero verdict to failure), once, naming exit code 3.
  expect(run.exitCode).not.toBe(0)
  const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/exit code 3/)
  expect(errors[0]).toMatch(/SARIF upload failed/)
  expect(errors[0]).toMatch(why)
  // The outputs say the same: not passed, exit code 3, the reason.
  expect(run.outputs.passed).toBe('false')
  const verdict = JSON.parse(run.outputs['verdict-json']!) as {
    passed: boolean
    violations?: number
    reasons: string[]
  }
  expect(verdict.passed).toBe(false)
  // A tool failure (exit 3), not a gate or policy violation (exit 1).
  expect(verdict.violations ?? 0).toBe(0)
  expect(verdict.reasons.join('\n')).toMatch(/SARIF upload failed/)
  // The job summary too; nowhere is the run called passed.
  expect(run.summary).toMatch(/SARIF upload failed/)
  expect(run.summary).not.toMatch(/runguard: passed/)
  expect(run.stdout).not.toMatch(/runguard: passed|gate passed/i)
}

describe('a clean run whose SARIF upload fails is a tool failure on every channel', () => {
  it('when GitHub refuses the upload (403, code scanning not enabled)', async () => {
    answer = {
      status: 403,
      body: {
        message: 'Advanced Security must be enabled for this repository to use code scanning.'
      }
    }
    expectOneStory(await cleanRunWithUpload(), /HTTP 403.*Advanced Security/)
  })

  it('when GitHub keeps failing (5xx after the retries)', async () => {
    answer = { status: 502, body: { message: 'Server Error' } }
    const before = gh.requests.length
    expectOneStory(await cleanRunWithUpload(), /HTTP 502/)
    // It was retried (1 + 3 attempts), not given up at once.
    const uploads = gh.requests
      .slice(before)
      .filter(r => r.method === 'POST' && r.url.endsWith('/code-scanning/sarifs'))
    expect(uploads).toHaveLength(4)
  })
})

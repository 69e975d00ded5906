import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { loadSettings } from '../../src/config/load.js'
import { execFile } from '../../src/exec.js'
import { readGitHubContext } from '../../src/github/context.js'
import { githubPublisher } from '../../src/github/publish.js'
import { runGate, type GateOutcome } from '../../src/pipeline.js'
import {
  startFakeGitHub,
  type FakeAnswer,
  type FakeGitHub,
  type RecordedRequest
} from '../helpers/fake-github.js'
import { RecordingLogger } from '../helpers/recording-logger.js'

/**
 * Threat (SECURITY.md, promise 1, publishing stage): what GitHub — or a proxy, or a GHES in front of it —
 * answers reaches runguard's log and the verdict's reasons: upload errors, processing errors
 * read while polling, PR comment errors, Octokit's own warnings (a deprecation notice quotes the
 * `link` header the server sent). A server that echoes what it was sent can put the token, or a
 * secret the run was told about, into any of them, plain or JSON-escaped, Base64- or URL-encoded.
 * None of it may reach a channel in clear. The token and the secret are generated for the test;
 * the token has no GitHub prefix, so only redaction by value (not by token shape) can mask it.
 */

// Characters GitHub's JSON, the URL and Markdown each escape differently.
const SECRET = `Zq9_w*"x\\y<z>[k](m)%41-${randomBytes(6).toString('hex')}`
const TOKEN = `tok${randomBytes(18).toString('hex')}`

/** Every form a server could echo a value in. */
function forms(value: string): Record<string, string> {
  const b64 = Buffer.from(value).toString('base64')
  return {
    plain: value,
    json: JSON.stringify(value).slice(1, -1),
    url: encodeURIComponent(value),
    base64: b64.replace(/=+$/, ''),
    // As curl or git send it in a basic-auth header (the prefix is 15 bytes, 20 characters).
    basicAuth: Buffer.from(`x-access-token:${value}`).toString('base64')
  }
}

/** Text a hostile server answers with: both values in every form. */
function echo(): string {
  return [TOKEN, SECRET]
    .flatMap(v => Object.entries(forms(v)).map(([k, f]) => `${k}=${f}`))
    .join(' ')
}

/** What a leak of each form looks like: the encoded value, or the part that encodes it. */
function leakForms(value: string): Record<string, string> {
  const f = forms(value)
  return { ...f, basicAuth: f.basicAuth!.slice(20).replace(/=+$/, '').slice(0, -1) }
}

let root: string
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-pub-'))
  fs.writeFileSync(path.join(root, 'app.py'), 'print("hello")\n')
  fs.writeFileSync(
    path.join(root, 'event.json'),
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: 'a'.repeat(40), repo: { full_name: 'acme/shop', fork: false } },
        base: { repo: { full_name: 'acme/shop' } }
      }
    })
  )
})

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

interface Channels {
  outcome: GateOutcome
  texts: Record<string, string>
}

async function publish(
  respond: (req: RecordedRequest) => FakeAnswer | undefined
): Promise<Channels> {
  gh = await startFakeGitHub({ tokens: [TOKEN], respond })
  const settings = await loadSettings({
    inline: {
      raw: {
        scanners: ['secrets'],
        sarifFile: 'out/runguard.sarif',
        exclude: ['out/**', 'event.json'],
        uploadSarif: true,
        commentOnPr: true,
        githubToken: TOKEN,
        secrets: [SECRET]
      },
      sources: {}
    },
    fixed: { mode: 'gate', runtime: 'action' },
    workspace: root
  })
  const logger = new RecordingLogger()
  const notices: string[] = []
  const outputs: Record<string, string> = {}
  let jobSummary = ''
  const outcome = await runGate(settings, {
    logger,
    exec: execFile,
    env: { PATH: process.env.PATH },
    publisher: githubPublisher({
      logger,
      context: readGitHubContext({
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(root, 'event.json'),
        GITHUB_API_URL: gh.url
      }),
      annotations: { annotate: () => undefined },
      setOutput: (name, value) => (outputs[name] = value),
      writeSummary: markdown => {
        jobSummary = markdown
        return Promise.resolve(true)
      },
      notice: m => notices.push(m),
      pollIntervalMs: 1
    })
  })
  return {
    outcome,
    texts: {
      log: logger.text(),
      notices: notices.join('\n'),
      reasons: outcome.verdict.reasons.join('\n'),
      summary: outcome.summary,
      jobSummary,
      outputs: JSON.stringify(outputs),
      // What runguard sent back to the server (the PR comment quotes the reasons).
      sent: gh.requests
        .filter(r => r.method !== 'GET')
        .map(r => JSON.stringify(r.body ?? ''))
        .join('\n')
    }
  }
}

function leaks(texts: Record<string, string>): string[] {
  const found: string[] = []
  for (const [where, text] of Object.entries(texts))
    for (const [name, value] of [
      ['token', TOKEN],
      ['secret', SECRET]
    ] as const)
      for (const [form, f] of Object.entries(leakForms(value)))
        if (text.includes(f)) found.push(`${where}: ${name} ${form}`)
  return found
}

const isUpload = (r: RecordedRequest): boolean =>
  r.method === 'POST' && r.url.endsWith('/code-scanning/sarifs')

describe('the publishing stage passes everything it says through the run redactor', () => {
  it('an upload rejected with an error body that echoes the token and a secret', async () => {
    const { outcome, texts } = await publish(r =>
      isUpload(r)
        ? {
            status: 422,
            body: { message: `Invalid request: ${echo()}`, errors: [echo()] }
          }
        : undefined
    )
    // The failure is reported (it is why the gate failed), only masked.
    expect(texts.log).toMatch(/SARIF upload failed: HTTP 422/)
    expect(outcome.verdict.reasons.join('\n')).toMatch(/SARIF upload failed/)
    expect(leaks(texts)).toEqual([])
  })

  it('processing errors read while polling, a deprecation warning, a failing PR comment', async () => {
    const { texts } = await publish(r => {
      if (r.method === 'GET' && /\/code-scanning\/sarifs\/[^/]+$/.test(r.url))
        return { status: 200, body: { processing_status: 'failed', errors: [echo()] } }
      if (r.method === 'GET' && /\/issues\/7\/comments/.test(r.url))
        // @octokit/request warns with the deprecation link the server names.
        return {
          status: 200,
          body: [],
          headers: {
            deprecation: 'true',
            sunset: `soon ${echo()}`,
            link: `<https://docs.example/${encodeURIComponent(SECRET)}/${TOKEN}>; rel="deprecation"`
          }
        }
      if (r.method === 'POST' && /\/issues\/7\/comments$/.test(r.url))
        return { status: 422, body: { message: 'Validation Failed', errors: [echo()] } }
      return undefined
    })
    expect(texts.log).toMatch(/code scanning could not process the SARIF/)
    expect(texts.log).toMatch(/is deprecated/)
    expect(texts.log).toMatch(/PR comment failed: HTTP 422/)
    expect(leaks(texts)).toEqual([])
  })

  it('a refusal announced as a notice (read-only token) that echoes them', async () => {
    const { texts } = await publish(r =>
      isUpload(r)
        ? { status: 403, body: { message: `Resource not accessible by integration ${echo()}` } }
        : r.method === 'GET' && /\/issues\/7\/comments/.test(r.url)
          ? { status: 403, body: { message: `Resource not accessible by integration ${echo()}` } }
          : undefined
    )
    expect(texts.notices).toMatch(/skipped/)
    expect(leaks(texts)).toEqual([])
  })
})

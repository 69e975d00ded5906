import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  createGitHubClient,
  describeFailure,
  parseApiUrl,
  tokenRedactor
} from '../../src/github/client.js'
import { upsertPrComment } from '../../src/github/pr-comment.js'
import { uploadSarif, type UploadSarifOptions } from '../../src/github/upload-sarif.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { closedPort, startConnectProxy, type RecordingProxy } from './connect-proxy.js'

const SARIF_PATH = path.join(process.cwd(), '__tests__/fixtures/github/minimal.sarif')
const PROXY_VARS = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy'
]

let gh: FakeGitHub | undefined
let proxy: RecordingProxy | undefined
let saved: Record<string, string | undefined> = {}
beforeEach(() => {
  saved = Object.fromEntries(PROXY_VARS.map(k => [k, process.env[k]]))
  for (const k of PROXY_VARS) delete process.env[k]
})
afterEach(async () => {
  for (const k of PROXY_VARS) {
    if (saved[k] === undefined) delete process.env[k]
    else process.env[k] = saved[k]
  }
  await gh?.close()
  await proxy?.close()
  gh = undefined
  proxy = undefined
})

function upload(apiUrl: string, over: Partial<UploadSarifOptions> = {}) {
  const logger = new RecordingLogger()
  return {
    logger,
    run: uploadSarif({
      sarifPath: SARIF_PATH,
      token: FAKE_TOKEN,
      repository: 'acme/shop',
      sha: 'c'.repeat(40),
      ref: 'refs/heads/main',
      apiUrl,
      logger,
      pollIntervalMs: 1,
      retryDelayMs: 0,
      ...over
    })
  }
}

// `@actions/http-client` always bypasses the proxy for localhost, 127.* and [::1]. 0.0.0.0 is
// not on that list, needs no DNS, and on Linux connects to this machine: an API root on
// 0.0.0.0 with a port where nothing listens can only be reached through the proxy, which
// tunnels it to the fake GitHub on 127.0.0.1.
describe('proxy from the environment', () => {
  it('carries every request of an upload and a comment (HTTP_PROXY, with credentials)', async () => {
    gh = await startFakeGitHub({ pathPrefix: '/api/v3' })
    const dead = await closedPort()
    const user = 'proxy-user'
    const pass = randomBytes(9).toString('hex')
    proxy = await startConnectProxy({
      routes: { [`0.0.0.0:${dead}`]: Number(new URL(gh.url).port) },
      requireAuthorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`
    })
    const apiUrl = `http://0.0.0.0:${dead}/api/v3`

    // Without the proxy this API root answers nothing.
    const direct = upload(apiUrl)
    expect(await direct.run).toMatchObject({ status: 'failed' })
    expect(gh.requests).toHaveLength(0)

    process.env.HTTP_PROXY = `http://${user}:${pass}@127.0.0.1:${proxy.port}`
    const viaProxy = upload(apiUrl)
    expect(await viaProxy.run).toMatchObject({ status: 'uploaded', processingStatus: 'complete' })
    const logger = new RecordingLogger()
    const comment = await upsertPrComment({
      token: FAKE_TOKEN,
      repository: 'acme/shop',
      issueNumber: 5,
      body: 'hello',
      apiUrl,
      logger,
      retryDelayMs: 0
    })
    expect(comment.status).toBe('created')

    expect(gh.requests.map(r => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'POST /api/v3/repos/acme/shop/code-scanning/sarifs',
      expect.stringMatching(/^GET \/api\/v3\/repos\/acme\/shop\/code-scanning\/sarifs\/sarif-1-/),
      'GET /api/v3/repos/acme/shop/issues/5/comments',
      'POST /api/v3/repos/acme/shop/issues/5/comments'
    ])
    expect(proxy.records.length).toBeGreaterThanOrEqual(1)
    for (const r of proxy.records) {
      expect(r.target).toBe(`0.0.0.0:${dead}`)
      expect(r.proxyAuthorization).toBe(
        `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`
      )
    }
    const logs = viaProxy.logger.text() + logger.text()
    expect(logs).not.toContain(pass)
    expect(logs).not.toContain(FAKE_TOKEN)
  })

  it('goes direct for a host listed in NO_PROXY, and through the proxy otherwise', async () => {
    gh = await startFakeGitHub()
    const port = Number(new URL(gh.url).port)
    proxy = await startConnectProxy({ routes: { [`0.0.0.0:${port}`]: port } })
    const apiUrl = `http://0.0.0.0:${port}`
    process.env.HTTP_PROXY = proxy.url

    expect(await upload(apiUrl).run).toMatchObject({ status: 'uploaded' })
    const proxied = proxy.records.length
    expect(proxied).toBeGreaterThanOrEqual(1)

    process.env.NO_PROXY = 'example.org, 0.0.0.0'
    expect(await upload(apiUrl).run).toMatchObject({ status: 'uploaded' })
    expect(proxy.records).toHaveLength(proxied)
    expect(gh.sarifs).toHaveLength(2)
  })

  it('uses HTTPS_PROXY for an https API root (and HTTP_PROXY does not apply to it)', async () => {
    const dead = await closedPort()
    // No route: the proxy records the tunnel request and refuses it (no TLS server here).
    proxy = await startConnectProxy({ routes: {} })
    const apiUrl = `https://0.0.0.0:${dead}/api/v3`

    process.env.HTTP_PROXY = proxy.url
    const plain = upload(apiUrl)
    expect((await plain.run).status).toBe('failed')
    expect(proxy.records).toHaveLength(0)

    delete process.env.HTTP_PROXY
    process.env.HTTPS_PROXY = proxy.url
    const secure = upload(apiUrl)
    const r = await secure.run
    expect(r.status).toBe('failed')
    expect(r.reason).toMatch(new RegExp(`^request to https://0\\.0\\.0\\.0:${dead} failed: .*`))
    expect(proxy.records.length).toBeGreaterThanOrEqual(1)
    expect(proxy.records.every(x => x.target === `0.0.0.0:${dead}`)).toBe(true)
  })
})

interface Answer {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

/** A server answering `answers` in order (the last repeats), recording each request. */
async function scripted(answers: Answer[]) {
  const requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }> = []
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
      const a = answers[Math.min(requests.length - 1, answers.length - 1)]!
      const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? {})
      res.writeHead(a.status, {
        'content-type':
          typeof a.body === 'string' ? 'text/html; charset=utf-8' : 'application/json',
        ...a.headers
      })
      res.end(text)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const comment = { owner: 'acme', repo: 'shop', issue_number: 1, body: 'x' }
// The retry tests read: the throttling plugin spaces writes (1 s; 3 s between comment
// creations) as GitHub asks, which costs a run nothing and would only slow these tests.
const list = { owner: 'acme', repo: 'shop', issue_number: 1 }
const listed = { status: 200, body: [{ id: 7, body: 'x' }] }

describe('rate limits and server errors', () => {
  it('waits out a primary rate limit that resets soon, then succeeds', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1)
    const s = await scripted([
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        body: { message: 'API rate limit exceeded for installation ID 1.' }
      },
      listed
    ])
    try {
      const logger = new RecordingLogger()
      const client = createGitHubClient({
        token: FAKE_TOKEN,
        apiUrl: s.url,
        logger,
        retryDelayMs: 0
      })
      const res = await client.octokit.rest.issues.listComments(list)
      expect(res.data[0]!.id).toBe(7)
      expect(s.requests).toHaveLength(2)
      expect(logger.text()).toMatch(
        /GitHub rate limit for GET .*: retrying in \d+ s \(retry 1 of 2\)/
      )
    } finally {
      await s.close()
    }
  })

  it("does not wait an hour for a rate limit: fails with GitHub's message", async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600)
    const s = await scripted([
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        body: { message: 'API rate limit exceeded for installation ID 1.' }
      }
    ])
    try {
      const logger = new RecordingLogger()
      const client = createGitHubClient({
        token: FAKE_TOKEN,
        apiUrl: s.url,
        logger,
        retryDelayMs: 0
      })
      const error = await client.octokit.rest.issues.createComment(comment).catch((e: unknown) => e)
      expect(client.failure(error)).toEqual({
        status: 403,
        message: 'HTTP 403: API rate limit exceeded for installation ID 1.'
      })
      expect(s.requests).toHaveLength(1)
      expect(logger.text()).toMatch(/not retrying \(GitHub asks to wait \d{4} s\)/)
    } finally {
      await s.close()
    }
  })

  it('retries a secondary rate limit after retry-after, at most twice', async () => {
    const limited: Answer = {
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' }
    }
    const s = await scripted([limited, limited, limited, listed])
    try {
      const logger = new RecordingLogger()
      const client = createGitHubClient({
        token: FAKE_TOKEN,
        apiUrl: s.url,
        logger,
        retryDelayMs: 0
      })
      const error = await client.octokit.rest.issues.listComments(list).catch((e: unknown) => e)
      expect(client.failure(error).message).toContain('secondary rate limit')
      expect(s.requests).toHaveLength(3)
    } finally {
      await s.close()
    }
  })

  it('retries 5xx (three times) but never a 4xx', async () => {
    const s = await scripted([{ status: 502, body: 'bad gateway' }])
    try {
      const client = createGitHubClient({
        token: FAKE_TOKEN,
        apiUrl: s.url,
        logger: new RecordingLogger(),
        retryDelayMs: 0
      })
      const error = await client.octokit.rest.issues.createComment(comment).catch((e: unknown) => e)
      expect(client.failure(error)).toEqual({ status: 502, message: 'HTTP 502: bad gateway' })
      expect(s.requests).toHaveLength(4)
    } finally {
      await s.close()
    }
    const t = await scripted([{ status: 422, body: { message: 'Validation Failed' } }])
    try {
      const client = createGitHubClient({
        token: FAKE_TOKEN,
        apiUrl: t.url,
        logger: new RecordingLogger(),
        retryDelayMs: 0
      })
      await client.octokit.rest.issues.createComment(comment).catch(() => undefined)
      expect(t.requests).toHaveLength(1)
    } finally {
      await t.close()
    }
  })

  it('sends our user agent and API version, and routes Octokit warnings to the logger', async () => {
    const s = await scripted([
      { status: 201, headers: { deprecation: 'true', sunset: 'Tue, 01 Dec 2026' }, body: { id: 1 } }
    ])
    try {
      const logger = new RecordingLogger()
      const client = createGitHubClient({ token: FAKE_TOKEN, apiUrl: s.url, logger })
      await client.octokit.rest.issues.createComment(comment)
      expect(s.requests[0]!.headers['user-agent']).toMatch(/^runguard\/\d/)
      expect(s.requests[0]!.headers['x-github-api-version']).toBe('2022-11-28')
      expect(s.requests[0]!.headers.authorization).toBe(`token ${FAKE_TOKEN}`)
      expect(logger.entries).toContainEqual({
        level: 'warning',
        message: expect.stringContaining('is deprecated') as unknown as string
      })
    } finally {
      await s.close()
    }
  })
})

describe('no token in what GitHub (or a proxy page) sends back', () => {
  it('redacts the token and its Base64 forms from error bodies before they are logged', async () => {
    // Not GitHub-shaped, so only the known-token redaction can catch it.
    const token = `tok${randomBytes(16).toString('hex')}`
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
    const s = await scripted([
      {
        status: 401,
        body: {
          message: `Bad credentials for ${token}`,
          errors: [{ field: 'authorization', code: 'invalid', message: `Basic ${basic}` }]
        }
      }
    ])
    try {
      const logger = new RecordingLogger()
      const r = await upsertPrComment({
        token,
        repository: 'acme/shop',
        issueNumber: 3,
        body: 'b',
        apiUrl: s.url,
        logger,
        retryDelayMs: 0
      })
      expect(r).toEqual({
        status: 'failed',
        reason:
          'cannot list comments: HTTP 401: Bad credentials for ***; authorization invalid Basic ***'
      })
      expect(logger.text()).not.toContain(token)
      expect(logger.text()).not.toContain(basic.slice(0, 20))
    } finally {
      await s.close()
    }
  })

  it('redacts tokens in a non-JSON error page and any GitHub-shaped token', async () => {
    const token = `tok${randomBytes(16).toString('hex')}`
    const other = `ghp_${randomBytes(18).toString('hex')}`
    const s = await scripted([
      { status: 502, body: `<html><body>upstream said: ${token} ${other}</body></html>` }
    ])
    try {
      const { logger, run } = upload(s.url, { token })
      const r = await run
      expect(r.status).toBe('failed')
      expect(r.reason).toBe('HTTP 502: <html><body>upstream said: *** ***</body></html>')
      expect(logger.text()).not.toContain(token)
      expect(logger.text()).not.toContain(other)
    } finally {
      await s.close()
    }
  })

  it('tokenRedactor covers the plain, Base64 and basic-auth forms', () => {
    const token = `t0k${randomBytes(12).toString('hex')}`
    const redact = tokenRedactor(token)
    const b64 = (x: string): string => Buffer.from(x).toString('base64')
    for (const form of [token, b64(token), b64(`x-access-token:${token}`), b64(`:${token}`)])
      expect(redact(`a ${form} b`)).toBe('a *** b')
    expect(redact('nothing secret')).toBe('nothing secret')
  })

  it('describes a failure without an answer by the origin only', () => {
    const redact = tokenRedactor('secret-token')
    expect(
      describeFailure(
        Object.assign(new Error('connect ECONNREFUSED'), {
          request: { url: 'https://ghe.example/api/v3/x?secret-token' }
        }),
        redact
      )
    ).toEqual({ status: 0, message: 'request to https://ghe.example failed: connect ECONNREFUSED' })
  })
})

describe('API root', () => {
  it('accepts http(s) roots and refuses others before any request', async () => {
    expect(parseApiUrl('https://ghe.example/api/v3/').href).toBe('https://ghe.example/api/v3')
    expect(parseApiUrl(undefined).href).toBe('https://api.github.com/')
    expect(() => parseApiUrl('ftp://x')).toThrow('must be http(s)')
    expect(() => parseApiUrl('https://u:p@ghe.example')).toThrow('must not carry credentials')
    expect(() => parseApiUrl('not a url')).toThrow('not a URL')
    const r = await upload('file:///etc').run
    expect(r).toMatchObject({
      status: 'failed',
      reason: 'the GitHub API URL must be http(s), got file:'
    })
  })
})

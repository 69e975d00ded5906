import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from '@jest/globals'
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

/** The fake must reject what GitHub rejects, or the client tests prove nothing. */

const SHA = 'a'.repeat(40)
const sarif = (doc: unknown = { version: '2.1.0', runs: [] }): string =>
  gzipSync(JSON.stringify(doc)).toString('base64')

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(gh!.url + path, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${FAKE_TOKEN}`,
      'content-type': 'application/json',
      'user-agent': 't',
      ...headers
    },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  return {
    status: res.status,
    json: (await res.json()) as { message?: string; errors?: Array<{ field: string }>; id?: string }
  }
}

const upload = '/repos/acme/shop/code-scanning/sarifs'
const good = { commit_sha: SHA, ref: 'refs/heads/main', sarif: sarif() }

describe('fake GitHub', () => {
  it('answers who the token is like GitHub: 403 on /user for an installation token, GraphQL viewer', async () => {
    gh = await startFakeGitHub()
    const user = await fetch(gh.url + '/user', {
      headers: { authorization: `Bearer ${FAKE_TOKEN}`, 'user-agent': 't' }
    })
    expect(user.status).toBe(403)
    expect(((await user.json()) as { message: string }).message).toBe(
      'Resource not accessible by integration'
    )
    const viewer = await post('/graphql', { query: 'query { viewer { login databaseId } }' })
    // GraphQL drops the [bot] suffix REST shows.
    expect(viewer.json).toEqual({
      data: { viewer: { login: 'github-actions', databaseId: 41898282 } }
    })
    const other = await post('/graphql', { query: '{ repository(owner: "a", name: "b") { id } }' })
    expect(other.status).toBe(200)
    expect(other.json).toHaveProperty('errors')
  })

  it('answers GET /user for a personal token, and serves GHES GraphQL at /api/graphql', async () => {
    gh = await startFakeGitHub({
      pathPrefix: '/api/v3',
      identity: { login: 'alice', id: 7, type: 'User', installation: false }
    })
    const user = await fetch(gh.url + '/user', {
      headers: { authorization: `Bearer ${FAKE_TOKEN}`, 'user-agent': 't' }
    })
    expect(await user.json()).toEqual({ login: 'alice', id: 7, type: 'User' })
    const root = new URL(gh.url).origin
    const viewer = await fetch(`${root}/api/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${FAKE_TOKEN}`,
        'user-agent': 't',
        'content-type': 'application/json'
      },
      body: JSON.stringify({ query: '{ viewer { login } }' })
    })
    expect(await viewer.json()).toEqual({ data: { viewer: { login: 'alice' } } })
  })

  it('accepts a well-formed upload', async () => {
    gh = await startFakeGitHub()
    const r = await post(upload, good)
    expect(r.status).toBe(202)
    expect(r.json.id).toMatch(/^sarif-1-/)
    expect(gh.sarifs[0]!.sarif.version).toBe('2.1.0')
  })

  it('answers 401 without or with a wrong token', async () => {
    gh = await startFakeGitHub()
    expect((await post(upload, good, { authorization: '' })).status).toBe(401)
    expect((await post(upload, good, { authorization: 'Bearer nope' })).status).toBe(401)
    expect((await post(upload, good, { authorization: `token ${FAKE_TOKEN}` })).status).toBe(202)
    expect((await post(upload, good, { authorization: `Basic ${FAKE_TOKEN}` })).status).toBe(401)
  })

  it('answers 400 for a wrong content type or invalid JSON', async () => {
    gh = await startFakeGitHub()
    expect((await post(upload, good, { 'content-type': 'text/plain' })).status).toBe(400)
    const bad = await post(upload, '{"commit_sha":')
    expect(bad.status).toBe(400)
    expect(bad.json.message).toBe('Problems parsing JSON')
  })

  it('rejects sarif that is not base64 of gzip of SARIF 2.1.0 JSON', async () => {
    gh = await startFakeGitHub()
    expect((await post(upload, { ...good, sarif: 'not base64!' })).status).toBe(400)
    expect(
      (
        await post(upload, {
          ...good,
          sarif: Buffer.from('{"version":"2.1.0"}').toString('base64')
        })
      ).json.message
    ).toContain('not gzip')
    expect(
      (await post(upload, { ...good, sarif: gzipSync('{nope').toString('base64') })).json.message
    ).toContain('JSON syntax error')
    const v = await post(upload, { ...good, sarif: sarif({ version: '2.0.0', runs: [] }) })
    expect(v.status).toBe(422)
    expect(v.json.errors![0]!.field).toBe('sarif')
  })

  it('answers 422 for a bad commit sha or ref', async () => {
    gh = await startFakeGitHub()
    expect((await post(upload, { ...good, commit_sha: 'abc' })).json.errors![0]!.field).toBe(
      'commit_sha'
    )
    expect((await post(upload, { ...good, ref: 'main' })).status).toBe(422)
  })

  it('answers 413 above the gzipped size limit', async () => {
    gh = await startFakeGitHub({ maxGzippedBytes: 50 })
    expect((await post(upload, good)).status).toBe(202)
    const big = sarif({
      version: '2.1.0',
      runs: [{ results: Array.from({ length: 50 }, (_, i) => ({ message: { text: `m${i}` } })) }]
    })
    expect((await post(upload, { ...good, sarif: big })).status).toBe(413)
  })

  it('answers 403 in read-only mode and without a User-Agent', async () => {
    gh = await startFakeGitHub({ readOnly: true })
    const r = await post(upload, good)
    expect(r.status).toBe(403)
    expect(r.json.message).toBe('Resource not accessible by integration')
    expect((await post(upload, good, { 'user-agent': '' })).status).toBe(403)
  })

  it('paginates comments with Link headers', async () => {
    gh = await startFakeGitHub({
      pageSize: 2,
      comments: [1, 2, 3, 4, 5].map(i => ({ issue: 3, body: `c${i}`, login: 'someone' }))
    })
    const res = await fetch(`${gh.url}/repos/acme/shop/issues/3/comments?per_page=100`, {
      headers: { authorization: `Bearer ${FAKE_TOKEN}`, 'user-agent': 't' }
    })
    expect(((await res.json()) as unknown[]).length).toBe(2)
    expect(res.headers.get('link')).toMatch(/page=2>; rel="next".*page=3>; rel="last"/)
  })
})

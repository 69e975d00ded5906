import { readFileSync } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  checkSarifText,
  uploadSarif,
  type UploadSarifOptions
} from '../../src/github/upload-sarif.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const SARIF_PATH = path.join(process.cwd(), '__tests__/fixtures/github/minimal.sarif')
const SHA = 'b'.repeat(40)

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

function opts(
  over: Partial<UploadSarifOptions> = {}
): UploadSarifOptions & { logger: RecordingLogger } {
  return {
    sarifPath: SARIF_PATH,
    token: FAKE_TOKEN,
    repository: 'acme/shop',
    sha: SHA,
    ref: 'refs/pull/42/merge',
    apiUrl: gh!.url,
    checkoutUri: 'file:///home/runner/work/shop/shop',
    logger: new RecordingLogger(),
    pollIntervalMs: 1,
    pollTimeoutMs: 5_000,
    retryDelayMs: 0,
    ...over
  } as UploadSarifOptions & { logger: RecordingLogger }
}

describe('uploadSarif', () => {
  it('uploads gzip+base64 and waits through pending until complete', async () => {
    gh = await startFakeGitHub({
      processing: [{ status: 'pending' }, { status: 'pending' }, { status: 'complete' }]
    })
    const o = opts()
    const r = await uploadSarif(o)
    expect(r).toMatchObject({ status: 'uploaded', processingStatus: 'complete' })
    expect(r.id).toBe(gh.sarifs[0]!.id)
    const stored = gh.sarifs[0]!
    expect(stored).toMatchObject({
      commit_sha: SHA,
      ref: 'refs/pull/42/merge',
      tool_name: 'runguard',
      checkout_uri: 'file:///home/runner/work/shop/shop'
    })
    expect(stored.sarif).toEqual(JSON.parse(readFileSync(SARIF_PATH, 'utf8')))
    expect(stored.polls).toBe(3)
    const post = gh.requests.find(q => q.method === 'POST')!
    expect(post.headers.authorization).toBe(`token ${FAKE_TOKEN}`)
    expect(post.headers['x-github-api-version']).toBe('2022-11-28')
    expect(o.logger.text()).not.toContain(FAKE_TOKEN)
  })

  it('works under a GHES API root with a path (/api/v3)', async () => {
    gh = await startFakeGitHub({ pathPrefix: '/api/v3' })
    const r = await uploadSarif(opts({ apiUrl: gh.url + '/' }))
    expect(r).toMatchObject({ status: 'uploaded', processingStatus: 'complete' })
    expect(gh.requests.map(q => q.url.split('?')[0])).toEqual([
      '/api/v3/repos/acme/shop/code-scanning/sarifs',
      `/api/v3/repos/acme/shop/code-scanning/sarifs/${r.id}`
    ])
  })

  it('reports processing errors clearly', async () => {
    gh = await startFakeGitHub({
      processing: [
        { status: 'pending' },
        { status: 'failed', errors: ['locationFromSarifResult: expected artifact location'] }
      ]
    })
    const o = opts()
    const r = await uploadSarif(o)
    expect(r).toMatchObject({
      status: 'failed',
      processingStatus: 'failed',
      errors: ['locationFromSarifResult: expected artifact location']
    })
    expect(r.reason).toContain('expected artifact location')
    expect(
      o.logger.entries.some(
        e => e.level === 'warning' && e.message.includes('expected artifact location')
      )
    ).toBe(true)
  })

  it('retries a status that is not visible yet (404) a few times', async () => {
    gh = await startFakeGitHub({ notFoundPolls: 2 })
    expect(await uploadSarif(opts())).toMatchObject({
      status: 'uploaded',
      processingStatus: 'complete'
    })
    await gh.close()
    gh = await startFakeGitHub({ notFoundPolls: 10 })
    const o = opts()
    const r = await uploadSarif(o)
    expect(r).toMatchObject({ status: 'uploaded', reason: 'HTTP 404: Not Found' })
    expect(r.processingStatus).toBeUndefined()
    expect(gh.sarifs[0]!.misses).toBe(3)
    expect(
      o.logger.entries.some(e => e.level === 'warning' && e.message.includes('processing status'))
    ).toBe(true)
  })

  it('stops waiting after the poll timeout and reports pending', async () => {
    gh = await startFakeGitHub({ processing: [{ status: 'pending' }] })
    const r = await uploadSarif(opts({ pollIntervalMs: 5, pollTimeoutMs: 30 }))
    expect(r).toMatchObject({ status: 'uploaded', processingStatus: 'pending' })
  })

  it('skips with a notice on a read-only token (fork PR), never fails', async () => {
    gh = await startFakeGitHub({ readOnly: true })
    const o = opts()
    const r = await uploadSarif(o)
    expect(r.status).toBe('skipped')
    expect(r.reason).toContain('fork')
    expect(o.logger.entries.filter(e => e.level === 'error' || e.level === 'warning')).toEqual([])
  })

  it('announces the skip through the injected notice', async () => {
    gh = await startFakeGitHub({ readOnly: true })
    const notices: string[] = []
    await uploadSarif(opts({ notice: m => void notices.push(m) }))
    expect(notices).toEqual([expect.stringMatching(/^SARIF upload skipped: .*fork/)])
  })

  it('skips a known fork PR without any request, and skips without a token', async () => {
    gh = await startFakeGitHub()
    expect((await uploadSarif(opts({ isFork: true }))).status).toBe('skipped')
    expect((await uploadSarif(opts({ token: undefined }))).status).toBe('skipped')
    expect(gh.requests).toHaveLength(0)
  })

  it('refuses bad sha, ref, repository and SARIF before sending', async () => {
    gh = await startFakeGitHub()
    expect((await uploadSarif(opts({ sha: 'abc' }))).reason).toContain('40 hex')
    expect((await uploadSarif(opts({ ref: 'main' }))).reason).toContain('full ref')
    expect((await uploadSarif(opts({ repository: 'acme' }))).reason).toContain('owner/repo')
    expect(
      (
        await uploadSarif(
          opts({ sarifPath: undefined, sarifText: '{"version":"2.0.0","runs":[]}' })
        )
      ).reason
    ).toContain('2.1.0')
    expect((await uploadSarif(opts({ sarifPath: '/nonexistent.sarif' }))).reason).toContain(
      'cannot read'
    )
    expect(gh.requests).toHaveLength(0)
  })

  it('refuses a SARIF whose gzip is above 10 MB before sending', async () => {
    gh = await startFakeGitHub()
    // Random hex barely compresses: ~22 MB of text stays ~11 MB gzipped.
    const noise = randomBytes(11 * 1024 * 1024).toString('hex')
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: noise } }] }]
    })
    const r = await uploadSarif(opts({ sarifPath: undefined, sarifText: text }))
    expect(r.status).toBe('failed')
    expect(r.reason).toMatch(/gzipped SARIF is 1\d\.\d MB, above code scanning's 10\.0 MB limit/)
    expect(gh.requests).toHaveLength(0)
  })

  it('reports the server answer for 401, 413 and 422', async () => {
    gh = await startFakeGitHub({ maxGzippedBytes: 100 })
    const tooBig = await uploadSarif(opts())
    expect(tooBig).toMatchObject({ status: 'failed' })
    expect(tooBig.reason).toContain('HTTP 413')
    gh.options.maxGzippedBytes = 10 * 1024 * 1024
    const unauthorized = await uploadSarif(opts({ token: 'wrong' }))
    expect(unauthorized.reason).toBe('HTTP 401: Bad credentials')
  })

  it('retries a 503 and then succeeds', async () => {
    gh = await startFakeGitHub({ failFirst: 1 })
    const r = await uploadSarif(opts())
    expect(r.status).toBe('uploaded')
    expect(gh.requests.filter(q => q.method === 'POST')).toHaveLength(2)
  })

  it('fails clearly when the API is unreachable', async () => {
    gh = await startFakeGitHub()
    const o = opts()
    await gh.close()
    gh = undefined
    const r = await uploadSarif(o)
    expect(r.status).toBe('failed')
    expect(r.reason).toContain('request to http://127.0.0.1')
  })
})

describe('checkSarifText', () => {
  it('finds what GitHub would reject', () => {
    expect(checkSarifText('{')).toEqual([expect.stringContaining('not valid JSON')])
    expect(checkSarifText('[]')).toEqual(['SARIF must be a JSON object'])
    expect(
      checkSarifText(
        JSON.stringify({ version: '2.1.0', runs: Array.from({ length: 21 }, () => ({})) })
      )
    ).toEqual(['more runs than allowed (21 > 20)'])
    expect(checkSarifText(readFileSync(SARIF_PATH, 'utf8'))).toEqual([])
  })
})

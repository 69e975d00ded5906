import { afterEach, describe, expect, it } from '@jest/globals'
import {
  stickyBody,
  upsertPrComment,
  type UpsertPrCommentOptions
} from '../../src/github/pr-comment.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { PR_COMMENT_MARKER, renderPrComment } from '../../src/report/summary.js'
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { finding, summaryInput, verdict } from './factories.js'

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

function opts(body: string, over: Partial<UpsertPrCommentOptions> = {}): UpsertPrCommentOptions {
  return {
    token: FAKE_TOKEN,
    repository: 'acme/shop',
    issueNumber: 42,
    body,
    apiUrl: gh!.url,
    logger: new RecordingLogger(),
    retryDelayMs: 0,
    ...over
  }
}

describe('upsertPrComment', () => {
  it('creates one sticky comment, then updates it: exactly one after two runs', async () => {
    // Other people's comments fill several pages, so ours is found only by following Link.
    gh = await startFakeGitHub({
      pageSize: 3,
      comments: Array.from({ length: 7 }, (_, i) => ({
        issue: 42,
        body: `looks good ${i}`,
        login: 'reviewer'
      }))
    })
    const first = renderPrComment(
      summaryInput({
        verdict: verdict({ passed: false, reasons: ['2 high findings'] }),
        findings: [finding()]
      })
    )
    const r1 = await upsertPrComment(opts(first))
    expect(r1.status).toBe('created')
    const second = renderPrComment(summaryInput())
    const r2 = await upsertPrComment(opts(second))
    expect(r2).toMatchObject({ status: 'updated', id: r1.id })
    const ours = gh.comments.filter(c => c.body.includes(PR_COMMENT_MARKER))
    expect(ours).toHaveLength(1)
    expect(ours[0]!.body).toContain('runguard: passed')
    expect(gh.comments.filter(c => c.issue === 42)).toHaveLength(8)
    // the second run listed pages 1..3 and patched
    const second_ = gh.requests.slice(gh.requests.findIndex(q => q.method === 'POST') + 1)
    expect(
      second_
        .filter(q => q.method === 'GET')
        .map(q => new URL(q.url, gh!.url).searchParams.get('page'))
    ).toEqual([null, '2', '3'])
    expect(second_.filter(q => q.method === 'PATCH')).toHaveLength(1)
    expect(
      gh.requests.filter(q => q.method === 'POST' && q.url.endsWith('/comments'))
    ).toHaveLength(1)
  })

  it('follows pagination under a GHES API root', async () => {
    gh = await startFakeGitHub({
      pathPrefix: '/api/v3',
      pageSize: 2,
      comments: [
        { issue: 42, body: 'a', login: 'x' },
        { issue: 42, body: 'b', login: 'x' },
        { issue: 42, body: `${PR_COMMENT_MARKER}\nold` }
      ]
    })
    const r = await upsertPrComment(opts('new'))
    expect(r.status).toBe('updated')
    expect(gh.comments[2]!.body).toBe(`${PR_COMMENT_MARKER}\nnew`)
    // REST under the root; GraphQL (who the token is) beside it, as on GHES.
    expect(gh.requests.every(q => q.url.startsWith('/api/v3/') || q.url === '/api/graphql')).toBe(
      true
    )
  })

  it('does not follow a pagination link to another host', async () => {
    gh = await startFakeGitHub({
      pageSize: 1,
      linkOrigin: 'http://collector.invalid:8080',
      comments: [
        { issue: 42, body: 'a' },
        { issue: 42, body: 'b' }
      ]
    })
    const r = await upsertPrComment(opts('x'))
    expect(r.status).toBe('failed')
    expect(r.reason).toBe(
      `cannot list comments: refusing to send the token to http://collector.invalid:8080, which is not the API host ${new URL(gh.url).origin}`
    )
    expect(gh.requests).toHaveLength(1)
  })

  it('adds the marker to a body without it', async () => {
    gh = await startFakeGitHub()
    await upsertPrComment(opts('hello'))
    expect(gh.comments[0]!.body).toBe(`${PR_COMMENT_MARKER}\nhello`)
    expect(stickyBody('x'.repeat(70_000)).length).toBeLessThan(65_536)
  })

  it('skips with a notice on a read-only token (fork PR)', async () => {
    gh = await startFakeGitHub({ readOnly: true })
    const o = opts('body')
    const r = await upsertPrComment(o)
    expect(r.status).toBe('skipped')
    expect(r.reason).toContain('fork')
    expect(
      (o.logger as RecordingLogger).entries.filter(e => e.level !== 'info' && e.level !== 'debug')
    ).toEqual([])
    expect(gh.comments).toHaveLength(0)
  })

  it('announces the skip through the injected notice', async () => {
    gh = await startFakeGitHub({ readOnly: true })
    const notices: string[] = []
    await upsertPrComment(opts('body', { notice: m => void notices.push(m) }))
    expect(notices).toEqual([expect.stringMatching(/^PR comment skipped: .*fork/)])
  })

  it('skips outside pull requests and without a token', async () => {
    gh = await startFakeGitHub()
    expect((await upsertPrComment(opts('b', { issueNumber: undefined }))).status).toBe('skipped')
    expect((await upsertPrComment(opts('b', { token: undefined }))).status).toBe('skipped')
    expect(gh.requests).toHaveLength(0)
  })

  it('fails (without throwing) on bad credentials', async () => {
    gh = await startFakeGitHub()
    const r = await upsertPrComment(opts('b', { token: 'wrong' }))
    expect(r).toEqual({
      status: 'failed',
      reason: 'cannot list comments: HTTP 401: Bad credentials'
    })
  })
})

import { afterEach, describe, expect, it } from '@jest/globals'
import { upsertPrComment, type UpsertPrCommentOptions } from '../../src/github/pr-comment.js'
import { PR_COMMENT_MARKER } from '../../src/report/summary.js'
import {
  ACTIONS_BOT,
  FAKE_TOKEN,
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions
} from '../helpers/fake-github.js'
import { RecordingLogger } from '../helpers/recording-logger.js'

/**
 * Threat (SECURITY.md, promise 7): runguard finds its sticky PR comment by a hidden marker. Anyone who can
 * comment on the pull request can paste that marker into a comment of their own; if runguard
 * then edits the first comment carrying it, the attacker's comment is overwritten under their
 * name (or the real verdict is kept from where reviewers look for it, if the attacker's comment
 * sits in a collapsed thread). runguard must only ever edit a comment written by the token's
 * own account, however the API lets it learn that account.
 */

let gh: FakeGitHub | undefined
afterEach(async () => {
  await gh?.close()
  gh = undefined
})

const planted = `${PR_COMMENT_MARKER}\nI planted the marker; edit me`

function opts(body: string): UpsertPrCommentOptions {
  return {
    token: FAKE_TOKEN,
    repository: 'acme/shop',
    issueNumber: 7,
    body,
    apiUrl: gh!.url,
    logger: new RecordingLogger(),
    retryDelayMs: 0
  }
}

async function twoRuns(options: FakeGitHubOptions): Promise<FakeGitHub> {
  gh = await startFakeGitHub(options)
  const first = await upsertPrComment(opts('verdict one'))
  const second = await upsertPrComment(opts('verdict two'))
  expect(first.status).toBe('created')
  expect(second).toMatchObject({ status: 'updated', id: first.id })
  return gh
}

// Comments by others that carry the marker, first in the list: a person, another app's bot,
// and a person whose login is the job bot's login without the suffix.
const hostile = [
  { issue: 7, body: planted, login: 'mallory' },
  { issue: 7, body: planted, login: 'other-app[bot]' },
  { issue: 7, body: planted, login: 'github-actions', id: 999 }
]

function expectUntouched(server: FakeGitHub): void {
  const theirs = server.comments.filter(c => c.user.login !== ACTIONS_BOT.login)
  expect(theirs.map(c => c.body)).toEqual(hostile.map(() => planted))
  const ours = server.comments.filter(c => c.user.login === ACTIONS_BOT.login)
  expect(ours).toHaveLength(1)
  expect(ours[0]!.body).toBe(`${PR_COMMENT_MARKER}\nverdict two`)
  expect(server.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
  expect(server.requests.filter(r => r.method === 'POST' && /comments$/.test(r.url))).toHaveLength(
    1
  )
}

describe('the sticky PR comment is only ever one the token wrote', () => {
  it('with the job token: GET /user is refused, GraphQL viewer (no [bot] suffix) decides', async () => {
    const server = await twoRuns({ comments: hostile })
    expectUntouched(server)
    // GET /user answers 403 to an installation token; GraphQL was asked.
    expect(server.requests.some(r => r.url === '/graphql')).toBe(true)
  })

  it('under a GHES API root (GraphQL at /api/graphql)', async () => {
    const server = await twoRuns({ comments: hostile, pathPrefix: '/api/v3' })
    expectUntouched(server)
    expect(server.requests.some(r => r.url === '/api/graphql')).toBe(true)
  })

  it('with a personal token when GraphQL is unavailable: GET /user decides', async () => {
    const me = { login: 'release-bot-person', id: 4242, type: 'User' as const, installation: false }
    gh = await startFakeGitHub({
      identity: me,
      noGraphql: true,
      comments: [
        { issue: 7, body: planted, login: 'mallory' },
        { issue: 7, body: `${PR_COMMENT_MARKER}\nold`, login: me.login, id: me.id }
      ]
    })
    const r = await upsertPrComment(opts('new'))
    expect(r.status).toBe('updated')
    expect(gh.comments[0]!.body).toBe(planted)
    expect(gh.comments[1]!.body).toBe(`${PR_COMMENT_MARKER}\nnew`)
    expect(gh.requests.some(q => q.url === '/user')).toBe(true)
  })

  it('when the API will not say who the token is: only github-actions[bot] is edited', async () => {
    const server = await twoRuns({ comments: hostile, noGraphql: true })
    expectUntouched(server)
  })

  it('never edits a marker comment of someone else, even with no comment of its own', async () => {
    gh = await startFakeGitHub({ comments: hostile })
    const r = await upsertPrComment(opts('verdict'))
    expect(r.status).toBe('created')
    expect(gh.comments.slice(0, 3).map(c => c.body)).toEqual(hostile.map(() => planted))
    expect(gh.requests.filter(q => q.method === 'PATCH')).toHaveLength(0)
  })
})

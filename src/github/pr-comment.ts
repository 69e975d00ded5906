import type { Logger } from '../logger.js'
import { PR_COMMENT_MARKER, PR_COMMENT_MAX_CHARS } from '../report/summary.js'
import { createGitHubClient, isReadOnlyTokenError, type GitHubClient } from './client.js'
import { tokenIdentity, writtenBy, type CommentAuthor, type TokenIdentity } from './identity.js'

/**
 * One sticky PR comment per repository PR, found by a hidden marker: list the PR's comments
 * (every page), update the first one that carries the marker AND was written by the token's
 * own account (anyone can paste the marker into a comment of theirs), else create it. A fork
 * PR's read-only token is a notice, never a failure.
 */

export interface UpsertPrCommentOptions {
  token?: string
  /** `owner/repo`. */
  repository?: string
  /** PR number (PRs are issues for comments). */
  issueNumber?: number
  /** Markdown body (renderPrComment); the marker is added when missing. */
  body: string
  /** GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string
  logger: Logger
  /** How a skip is announced; the Action passes core.notice (default: logger.info). */
  notice?: (message: string) => void
  /** Marker identifying our comment. */
  marker?: string
  /** Stop listing after this many pages (100 comments each). */
  maxPages?: number
  /** Base delay of retries after a 5xx, a network failure or a rate limit (tests pass 0). */
  retryDelayMs?: number
}

export interface UpsertPrCommentResult {
  status: 'created' | 'updated' | 'skipped' | 'failed'
  /** Comment id. */
  id?: number
  /** Link to the comment. */
  url?: string
  /** Why it was skipped or failed. */
  reason?: string
}

interface IssueComment {
  id: number
  body?: string | null
  html_url?: string
  user?: CommentAuthor | null
}

/** The body as sent: marker first, below GitHub's 65,536-character limit. */
export function stickyBody(body: string, marker = PR_COMMENT_MARKER): string {
  let text = body.includes(marker) ? body : `${marker}\n${body}`
  if (text.length > PR_COMMENT_MAX_CHARS)
    text = text.slice(0, PR_COMMENT_MAX_CHARS - 30) + '\n\n> comment truncated\n'
  return text
}

const READ_ONLY =
  'the token cannot write comments (pull request from a fork, or missing `permissions: pull-requests: write`)'

export async function upsertPrComment(
  opts: UpsertPrCommentOptions
): Promise<UpsertPrCommentResult> {
  const { logger } = opts
  const marker = opts.marker ?? PR_COMMENT_MARKER
  const notice = opts.notice ?? ((m: string): void => logger.info(m))
  const skip = (reason: string): UpsertPrCommentResult => {
    notice(`PR comment skipped: ${reason}`)
    return { status: 'skipped', reason }
  }
  const fail = (reason: string): UpsertPrCommentResult => {
    logger.warning(`PR comment failed: ${reason}`)
    return { status: 'failed', reason }
  }
  if (!opts.token) return skip('no GitHub token')
  if (opts.issueNumber === undefined) return skip('not a pull request')
  if (!Number.isInteger(opts.issueNumber) || opts.issueNumber < 1)
    return fail(`pull request number must be a positive integer, got ${opts.issueNumber}`)
  if (!opts.repository || !/^[\w.-]+\/[\w.-]+$/.test(opts.repository))
    return fail(`repository must be "owner/repo", got ${JSON.stringify(opts.repository ?? '')}`)

  let client: GitHubClient
  try {
    client = createGitHubClient({
      token: opts.token,
      apiUrl: opts.apiUrl,
      logger,
      ...(opts.retryDelayMs !== undefined ? { retryDelayMs: opts.retryDelayMs } : {})
    })
  } catch (e) {
    return fail((e as Error).message)
  }
  const { octokit } = client
  const body = stickyBody(opts.body, marker)
  const [owner, repo] = opts.repository.split('/') as [string, string]
  const issue_number = opts.issueNumber

  // Ours is found on any page (Link headers are followed by paginate; the client refuses a
  // link to another host, so the token goes nowhere else). Who the token is is asked only once
  // a comment carries the marker.
  let existing: IssueComment | undefined
  let me: TokenIdentity | undefined
  const notOurs = new Set<string>()
  try {
    let pages = 0
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number,
      per_page: 100
    })) {
      for (const c of page.data as IssueComment[]) {
        if (typeof c.body !== 'string' || !c.body.includes(marker)) continue
        me ??= await tokenIdentity(client, logger)
        if (writtenBy(c.user, me)) {
          existing = c
          break
        }
        notOurs.add(c.user?.login ?? '(deleted account)')
      }
      if (existing || ++pages >= (opts.maxPages ?? 50)) break
    }
  } catch (e) {
    const failure = client.failure(e)
    if (isReadOnlyTokenError(failure)) return skip(READ_ONLY)
    return fail(`cannot list comments: ${failure.message}`)
  }
  if (notOurs.size > 0)
    logger.info(
      `PR comment: left alone ${notOurs.size === 1 ? 'a comment' : 'comments'} carrying runguard's marker written by ${[...notOurs].slice(0, 5).join(', ')}, not by ${me?.login ?? 'this token'}`
    )

  let data: IssueComment
  try {
    data = existing
      ? (await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }))
          .data
      : (await octokit.rest.issues.createComment({ owner, repo, issue_number, body })).data
  } catch (e) {
    const failure = client.failure(e)
    if (isReadOnlyTokenError(failure)) return skip(READ_ONLY)
    return fail(failure.message)
  }
  const status = existing ? 'updated' : 'created'
  logger.info(`PR comment ${status}${data.html_url ? `: ${data.html_url}` : ''}`)
  return { status, id: data.id, ...(data.html_url ? { url: data.html_url } : {}) }
}

import type { Logger } from '../logger.js'
import { PR_COMMENT_MARKER, PR_COMMENT_MAX_CHARS } from '../report/summary.js'
import {
  apiEndpoint,
  githubRequest,
  isReadOnlyTokenError,
  nextLink,
  type RestOptions
} from './rest.js'

/**
 * One sticky PR comment per repository PR, found by a hidden marker: list the PR's comments
 * (every page), update the first one that carries the marker, else create it. A fork PR's
 * read-only token is a notice, never a failure.
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
  fetchImpl?: typeof fetch
  logger: Logger
  /** How a skip is announced; the Action passes core.notice (default: logger.info). */
  notice?: (message: string) => void
  /** Marker identifying our comment. */
  marker?: string
  /** Stop listing after this many pages (100 comments each). */
  maxPages?: number
  /** Delay before retrying a 5xx (tests pass 0). */
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

  const rest: RestOptions = {
    token: opts.token,
    apiUrl: opts.apiUrl,
    fetchImpl: opts.fetchImpl,
    retryDelayMs: opts.retryDelayMs
  }
  let origin: string
  try {
    origin = apiEndpoint(opts.apiUrl, '').origin
  } catch (e) {
    return fail((e as Error).message)
  }
  const body = stickyBody(opts.body, marker)
  const repoPath = `repos/${opts.repository}`

  // Find ours on every page; Link URLs are followed only on the API's own origin so the token
  // never goes anywhere else.
  let existing: IssueComment | undefined
  let next: string | URL | undefined =
    `${repoPath}/issues/${opts.issueNumber}/comments?per_page=100`
  for (let page = 0; next && page < (opts.maxPages ?? 50); page++) {
    const res = await githubRequest(rest, 'GET', next)
    if (res.status !== 200) {
      if (isReadOnlyTokenError(res)) return skip(READ_ONLY)
      return fail(`cannot list comments: ${res.message}`)
    }
    if (!Array.isArray(res.data)) return fail('cannot list comments: answer is not a list')
    existing = (res.data as IssueComment[]).find(
      c => typeof c.body === 'string' && c.body.includes(marker)
    )
    if (existing) break
    const link = nextLink(res.headers.get('link'))
    next = undefined
    if (link) {
      const url = new URL(link)
      if (url.origin !== origin)
        return fail(`pagination link points to another host (${url.origin})`)
      next = url
    }
  }

  const res = existing
    ? await githubRequest(rest, 'PATCH', `${repoPath}/issues/comments/${existing.id}`, { body })
    : await githubRequest(rest, 'POST', `${repoPath}/issues/${opts.issueNumber}/comments`, { body })
  if (isReadOnlyTokenError(res)) return skip(READ_ONLY)
  if (res.status !== 200 && res.status !== 201) return fail(res.message)
  const data = (res.data ?? {}) as IssueComment
  const status = existing ? 'updated' : 'created'
  logger.info(`PR comment ${status}${data.html_url ? `: ${data.html_url}` : ''}`)
  return { status, id: data.id, ...(data.html_url ? { url: data.html_url } : {}) }
}

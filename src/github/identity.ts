import type { Logger } from '../logger.js'
import type { GitHubClient } from './client.js'

/**
 * Which account the token writes as, so that runguard edits only its own sticky comment (a
 * participant can paste the marker into theirs; SECURITY.md, promise 7). Asked in this order:
 *
 * 1. GraphQL `query { viewer { login databaseId } }`: answers for personal tokens and for
 *    installation tokens alike, including the job's `GITHUB_TOKEN` (what well-known sticky-
 *    comment actions use). The GraphQL endpoint is `<api>/graphql`, or `<host>/api/graphql`
 *    under a GHES `…/api/v3` root (Octokit maps it). A bot's GraphQL login may lack the
 *    `[bot]` suffix that REST shows.
 * 2. REST `GET /user`: personal tokens only; installation tokens get 403 "Resource not
 *    accessible by integration".
 * 3. Neither answered (GraphQL blocked by a proxy, an old GHES): the job token's own account,
 *    `github-actions[bot]` (type Bot). Only comments by that bot are then edited; with another
 *    token a fresh comment is written instead of editing one that might not be ours.
 */

/** The account the token writes as. */
export interface TokenIdentity {
  /** Login as the API answered it (GraphQL may omit a bot's `[bot]` suffix). */
  login: string
  /** Numeric account id (REST `user.id`, GraphQL `databaseId`), when known. */
  id?: number
  /** `Bot` or `User` when REST said so; GraphQL does not tell. */
  type?: string
  /** Where the answer came from. */
  source: 'graphql' | 'rest' | 'fallback'
}

/** The job token's account, used when the API would not say who the token is. */
export const FALLBACK_IDENTITY: TokenIdentity = {
  login: 'github-actions[bot]',
  type: 'Bot',
  source: 'fallback'
}

/** The author of a REST comment (`comment.user`, null for deleted accounts). */
export interface CommentAuthor {
  login?: string
  id?: number
  type?: string
}

const bare = (login: string): string => login.toLowerCase().replace(/\[bot\]$/, '')

/**
 * True when `author` is the token's own account. A bot (REST `type: Bot`, login `<app>[bot]`,
 * which no person can register) matches by its login with or without the suffix, and by id
 * when both ids are known. Any other
 * author matches only a person's identity, by login and, when both ids are known, by id: a
 * suffix-less bot login from GraphQL (`github-actions`) never matches a person of that name.
 */
export function writtenBy(author: CommentAuthor | null | undefined, me: TokenIdentity): boolean {
  if (!author || typeof author.login !== 'string' || author.login === '') return false
  if (author.type === 'Bot') {
    // A person's token (REST said User) never wrote as a bot; a bot's ids, when both sides
    // know them, must agree (GraphQL `databaseId` is the bot account's REST `user.id`).
    if (me.type === 'User') return false
    if (me.id !== undefined && typeof author.id === 'number' && author.id !== me.id) return false
    return bare(author.login) === bare(me.login)
  }
  if (me.source === 'fallback' || me.type === 'Bot' || /\[bot\]$/i.test(me.login)) return false
  if (author.login.toLowerCase() !== me.login.toLowerCase()) return false
  if (me.source === 'graphql' && me.id === undefined) return false
  return me.id === undefined || author.id === me.id
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined

/** Asks the API who the token is (GraphQL viewer, then GET /user), else the fallback. */
export async function tokenIdentity(client: GitHubClient, logger: Logger): Promise<TokenIdentity> {
  const why: string[] = []
  try {
    const data = record(await client.octokit.graphql('query { viewer { login databaseId } }'))
    const viewer = record(data?.viewer)
    if (typeof viewer?.login === 'string' && viewer.login !== '')
      return {
        login: viewer.login,
        ...(typeof viewer.databaseId === 'number' ? { id: viewer.databaseId } : {}),
        source: 'graphql'
      }
    why.push('GraphQL viewer: no login in the answer')
  } catch (e) {
    why.push(`GraphQL viewer: ${client.failure(e).message}`)
  }
  try {
    const { data } = await client.octokit.rest.users.getAuthenticated()
    if (typeof data.login === 'string' && data.login !== '')
      return {
        login: data.login,
        ...(typeof data.id === 'number' ? { id: data.id } : {}),
        ...(typeof data.type === 'string' ? { type: data.type } : {}),
        source: 'rest'
      }
    why.push('GET /user: no login in the answer')
  } catch (e) {
    why.push(`GET /user: ${client.failure(e).message}`)
  }
  logger.info(
    `PR comment: could not tell which account the token writes as (${why.join('; ')}); only a comment by ${FALLBACK_IDENTITY.login} is edited`
  )
  return FALLBACK_IDENTITY
}

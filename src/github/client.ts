import { randomUUID } from 'node:crypto'
import { getOctokit } from '@actions/github'
import { HttpClient } from '@actions/http-client'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { fetch as undiciFetch } from 'undici'
import type { Logger } from '../logger.js'
import { RUNGUARD_VERSION } from '../version.js'

/**
 * The one way runguard calls the GitHub REST API: `@actions/github`'s Octokit (REST methods,
 * `paginate`) with the retry and throttling plugins, through the toolkit's HTTP client so
 * `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` are honoured on self-hosted runners. Failures come back
 * as one line with GitHub's message and errors, and the token is never part of that line.
 */

export const GITHUB_API_VERSION = '2022-11-28'
export const DEFAULT_API_URL = 'https://api.github.com'

/** Rate limits are waited out only when GitHub asks for at most this long (a CI step waits). */
export const MAX_RATE_LIMIT_WAIT_S = 60
/** …and at most this many times per request. */
export const MAX_RATE_LIMIT_RETRIES = 2
/** Server errors and network failures: this many retries, after 1, 4, 9 × the base delay. */
export const SERVER_ERROR_RETRIES = 3
/**
 * Statuses the retry plugin leaves alone: client errors repeat the same answer, and 403/429
 * rate limits belong to the throttling plugin, which honours `retry-after` and the reset time.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

export type Octokit = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  /** Installation or personal token. */
  token: string
  /** API root: `https://api.github.com` or a GHES `https://host/api/v3` (GITHUB_API_URL). */
  apiUrl?: string
  logger: Logger
  /** Base delay of retries in ms (default 1000; tests pass 0). */
  retryDelayMs?: number
}

export interface GitHubClient {
  /** Octokit with REST methods, `paginate`, retries and throttling. */
  octokit: Octokit
  /** The API root's origin; the token is sent nowhere else. */
  origin: string
  /** One line for a failed request, the token redacted (see describeFailure). */
  failure(error: unknown): ApiFailure
}

export interface ApiFailure {
  /** HTTP status; 0 when no answer arrived (network, proxy, refused URL). */
  status: number
  /** GitHub's `message` and `errors`, or the network error, as one line. */
  message: string
}

/** Checks the API root: an http(s) URL without credentials or query. */
export function parseApiUrl(apiUrl: string | undefined): URL {
  const text = (apiUrl ?? DEFAULT_API_URL).trim().replace(/\/+$/, '')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`the GitHub API URL is not a URL: ${JSON.stringify(text)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`the GitHub API URL must be http(s), got ${url.protocol}`)
  if (url.username || url.password || url.search || url.hash)
    throw new Error('the GitHub API URL must not carry credentials, a query or a fragment')
  return url
}

/**
 * `@actions/github` builds its proxy-aware fetch once, at import, for the GITHUB_API_URL of
 * that moment; this builds the same (the toolkit's proxy dispatcher with undici's fetch, as the
 * toolkit does) for the root actually used and the proxy variables as they are now. No proxy
 * (or a NO_PROXY match, or localhost) leaves the dispatcher undefined: a direct connection.
 */
function proxyAwareFetch(apiUrl: URL): typeof undiciFetch {
  const dispatcher = new HttpClient(`runguard/${RUNGUARD_VERSION}`).getAgentDispatcher(apiUrl.href)
  return (input, init) => undiciFetch(input, { ...init, ...(dispatcher ? { dispatcher } : {}) })
}

/** Builds the client; throws only for an unusable API URL. */
export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const { logger } = opts
  const apiUrl = parseApiUrl(opts.apiUrl)
  const origin = apiUrl.origin
  const redact = tokenRedactor(opts.token)
  const base = opts.retryDelayMs ?? 1000
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _o: unknown, n: number) => {
      const what = `${options.method} ${options.url}`
      if (n < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
        logger.warning(
          `GitHub ${kind} for ${what}: retrying in ${retryAfter} s (retry ${n + 1} of ${MAX_RATE_LIMIT_RETRIES})`
        )
        return true
      }
      logger.warning(
        `GitHub ${kind} for ${what}: not retrying (GitHub asks to wait ${retryAfter} s)`
      )
      return false
    }
  // Octokit's own messages (deprecation notices, plugin warnings) go to our logger, redacted,
  // never to the console, where the runner would parse them for workflow commands.
  const log = {
    debug: (m: string): void => logger.debug(redact(m)),
    info: (m: string): void => logger.debug(redact(m)),
    warn: (m: string): void => logger.warning(redact(m)),
    error: (m: string): void => logger.warning(redact(m))
  }
  const octokit = getOctokit(
    opts.token,
    {
      baseUrl: apiUrl.href.replace(/\/+$/, ''),
      userAgent: `runguard/${RUNGUARD_VERSION}`,
      // `log` here is what @octokit/request warns through (it falls back to the console).
      request: { fetch: proxyAwareFetch(apiUrl), log },
      retry: {
        doNotRetry: DO_NOT_RETRY,
        retries: SERVER_ERROR_RETRIES,
        retryAfterBaseValue: base
      },
      throttle: {
        // Each client has its own queues: a run builds one per publish step, so its writes are
        // spaced as GitHub asks, and separate clients (tests) do not wait on each other.
        id: `runguard-${randomUUID()}`,
        retryAfterBaseValue: base,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      },
      log
    },
    retry,
    throttling
  )
  octokit.hook.before('request', options => {
    // Pagination follows `Link` URLs from the answer; the token goes to the API host only.
    const target = new URL(octokit.request.endpoint.parse(options).url)
    if (target.origin !== origin)
      throw new UnsafeRequestError(
        `refusing to send the token to ${target.origin}, which is not the API host ${origin}`
      )
    options.headers['x-github-api-version'] = GITHUB_API_VERSION
  })
  return { octokit, origin, failure: error => describeFailure(error, redact) }
}

/** A request refused before it was sent. */
export class UnsafeRequestError extends Error {}

function record(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined
}

/** GitHub's error body (`message`, `errors[]`) as one line, e.g. `HTTP 401: Bad credentials`. */
export function errorLine(status: number, data: unknown): string {
  const body = record(data) ?? {}
  const parts: string[] = []
  if (typeof body.message === 'string') parts.push(body.message)
  if (Array.isArray(body.errors)) {
    for (const e of body.errors) {
      if (typeof e === 'string') parts.push(e)
      else {
        const err = record(e)
        const text = [err?.field, err?.code, err?.message].filter(x => typeof x === 'string')
        if (text.length) parts.push(text.join(' '))
      }
    }
  }
  // Not JSON (a proxy's or load balancer's page): its start, on one line.
  if (parts.length === 0 && typeof data === 'string' && data.trim())
    parts.push(data.replace(/\s+/g, ' ').trim().slice(0, 300))
  return `HTTP ${status}${parts.length ? `: ${parts.join('; ')}` : ''}`
}

/**
 * One line for a failed request: GitHub's answer, or `request to <origin> failed: <cause>` when
 * none arrived. Everything passes through `redact` (the token in any form GitHub, a proxy or a
 * server error page could echo).
 */
export function describeFailure(error: unknown, redact: (text: string) => string): ApiFailure {
  const e = record(error) ?? {}
  const response = record(e.response)
  if (response && typeof response.status === 'number')
    return { status: response.status, message: redact(errorLine(response.status, response.data)) }
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof UnsafeRequestError) return { status: 0, message: redact(message) }
  const url = record(e.request)?.url
  let where = ''
  if (typeof url === 'string') {
    try {
      where = ` to ${new URL(url).origin}`
    } catch {
      // no origin to name
    }
  }
  return { status: 0, message: redact(`request${where} failed: ${message}`) }
}

/** Tokens GitHub issues, by their documented prefixes; any of them is masked in our messages. */
const GITHUB_TOKEN_SHAPE = /\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})\b/g

/**
 * Replaces the token, its Base64 forms (alone and as the basic-auth pairs git and curl send,
 * `x-access-token:<t>` and `:<t>`) and any GitHub-token-shaped string with `***`.
 */
export function tokenRedactor(token: string): (text: string) => string {
  const forms: string[] = []
  if (token) {
    forms.push(token, encodeURIComponent(token))
    for (const plain of [token, `x-access-token:${token}`, `:${token}`]) {
      const b64 = Buffer.from(plain, 'utf8').toString('base64')
      // The padded form, and (when padded) the part that does not depend on what follows, for
      // the same bytes inside a longer Base64 string.
      forms.push(b64, b64.replace(/=+$/, ''))
      if (b64.endsWith('=')) forms.push(b64.replace(/=+$/, '').slice(0, -1))
    }
  }
  const ordered = [...new Set(forms)].filter(f => f.length >= 4).sort((a, b) => b.length - a.length)
  return text => {
    let out = text
    for (const f of ordered) if (out.includes(f)) out = out.split(f).join('***')
    return out.replace(GITHUB_TOKEN_SHAPE, '***')
  }
}

/** GitHub's answer when the token may not write (fork PRs, missing permissions). */
export function isReadOnlyTokenError(failure: ApiFailure): boolean {
  return failure.status === 403 && /resource not accessible by integration/i.test(failure.message)
}

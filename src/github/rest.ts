/**
 * A minimal GitHub REST client over global fetch (Node 20). Injected `fetchImpl` and `apiUrl`
 * let tests talk to a local server; the token goes only into the Authorization header and is
 * never part of a returned message.
 */

export const GITHUB_API_VERSION = '2022-11-28'
export const DEFAULT_API_URL = 'https://api.github.com'

export interface RestOptions {
  /** Installation or personal token. */
  token: string
  /** API root, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3`. */
  apiUrl?: string
  fetchImpl?: typeof fetch
  /** Retries of a 5xx or network failure (the request is repeated as is). */
  retries?: number
  /** Delay before the first retry, doubled each time. */
  retryDelayMs?: number
}

export interface RestResponse {
  /** HTTP status; 0 when no response arrived. */
  status: number
  /** Parsed JSON body, or undefined. */
  data: unknown
  headers: Headers
  /** One human line for a failure: GitHub's `message` and `errors`, or the network error. */
  message: string
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** GitHub's error body (`message`, `errors[]`) as one line. */
export function errorMessage(status: number, data: unknown, fallback = ''): string {
  const body = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  const parts: string[] = []
  if (typeof body.message === 'string') parts.push(body.message)
  if (Array.isArray(body.errors)) {
    for (const e of body.errors) {
      if (typeof e === 'string') parts.push(e)
      else if (e && typeof e === 'object') {
        const err = e as Record<string, unknown>
        const text = [err.field, err.code, err.message].filter(x => typeof x === 'string')
        if (text.length) parts.push(text.join(' '))
      }
    }
  }
  if (parts.length === 0 && fallback) parts.push(fallback.slice(0, 300))
  return `HTTP ${status}${parts.length ? `: ${parts.join('; ')}` : ''}`
}

/** Joins the API root and a path, rejecting roots that are not http(s) URLs. */
export function apiEndpoint(apiUrl: string | undefined, path: string): URL {
  const root = new URL((apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '') + '/')
  if (root.protocol !== 'https:' && root.protocol !== 'http:')
    throw new Error(`apiUrl must be an http(s) URL, got ${root.protocol}`)
  return new URL(path.replace(/^\/+/, ''), root)
}

/** One request; never throws for HTTP or network failures (status 0 for the latter). */
export async function githubRequest(
  opts: RestOptions,
  method: 'GET' | 'POST' | 'PATCH',
  pathOrUrl: string | URL,
  body?: unknown
): Promise<RestResponse> {
  const doFetch = opts.fetchImpl ?? fetch
  let url: URL
  try {
    url = pathOrUrl instanceof URL ? pathOrUrl : apiEndpoint(opts.apiUrl, pathOrUrl)
  } catch (e) {
    return { status: 0, data: undefined, headers: new Headers(), message: (e as Error).message }
  }
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${opts.token}`,
    'user-agent': 'runguard',
    'x-github-api-version': GITHUB_API_VERSION
  }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const payload = body === undefined ? undefined : JSON.stringify(body)
  const retries = opts.retries ?? 2
  let delay = opts.retryDelayMs ?? 1000
  for (let attempt = 0; ; attempt++) {
    let res: Response
    try {
      res = await doFetch(url, { method, headers, body: payload })
    } catch (e) {
      const cause = (e as Error & { cause?: Error }).cause?.message
      const message = `request to ${url.origin} failed: ${(e as Error).message}${cause ? ` (${cause})` : ''}`
      if (attempt < retries) {
        await sleep(delay)
        delay *= 2
        continue
      }
      return { status: 0, data: undefined, headers: new Headers(), message }
    }
    const text = await res.text()
    let data: unknown
    try {
      data = text ? (JSON.parse(text) as unknown) : undefined
    } catch {
      data = undefined
    }
    if (res.status >= 500 && attempt < retries) {
      await sleep(delay)
      delay *= 2
      continue
    }
    return {
      status: res.status,
      data,
      headers: res.headers,
      message: res.ok ? '' : errorMessage(res.status, data, text)
    }
  }
}

/** The `rel="next"` URL of a Link header, if any. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (m) return m[1]
  }
  return undefined
}

/** GitHub's answer when the token may not write (fork PRs, missing permissions). */
export function isReadOnlyTokenError(res: RestResponse): boolean {
  return res.status === 403 && /resource not accessible by integration/i.test(res.message)
}

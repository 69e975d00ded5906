import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

/**
 * A small local stand-in for the GitHub REST API on 127.0.0.1 (random port), implementing the
 * endpoints runguard calls and rejecting malformed requests the way GitHub does, so the
 * client is tested against HTTP rather than against mocks:
 *
 *   POST  /repos/{o}/{r}/code-scanning/sarifs            upload (202 {id, url})
 *   GET   /repos/{o}/{r}/code-scanning/sarifs/{id}       processing status sequence
 *   GET   /repos/{o}/{r}/issues/{n}/comments             paginated with Link headers
 *   POST  /repos/{o}/{r}/issues/{n}/comments             create
 *   PATCH /repos/{o}/{r}/issues/comments/{id}            update
 *   GET   /user                                          the token's account; 403 "Resource
 *                                                        not accessible by integration" for an
 *                                                        installation token (GITHUB_TOKEN)
 *   POST  /graphql (GHES: /api/graphql)                  `viewer { login databaseId }` only
 *
 * Comments are written as the token's account (`identity`). Error bodies follow GitHub's
 * `{message, documentation_url, errors?}` shape.
 */

export interface FakeGitHubOptions {
  /** Tokens that authenticate (`Authorization: Bearer|token <t>`). */
  tokens?: string[]
  /** Writes answer 403 "Resource not accessible by integration" (fork PR token). */
  readOnly?: boolean
  /** Processing statuses returned by successive status GETs; the last one repeats. */
  processing?: Array<{ status: 'pending' | 'complete' | 'failed'; errors?: string[] }>
  /** The first N status reads of each upload answer 404 (not visible yet). */
  notFoundPolls?: number
  /** Gzipped SARIF byte limit (GitHub: 10 MB). */
  maxGzippedBytes?: number
  /** Comments per page regardless of `per_page` (to force pagination in tests). */
  pageSize?: number
  /** Answer this many 503s before the first real answer (retry tests). */
  failFirst?: number
  /** Serve under a path, like GHES's `/api/v3` (then `url` includes it). */
  pathPrefix?: string
  /** Origin used in Link headers (to test that the client refuses other hosts). */
  linkOrigin?: string
  /** Comments present before the test, e.g. from people. */
  comments?: Array<{ issue: number; body: string; login?: string; id?: number }>
  /** The account the tokens write as (default: the job token's `github-actions[bot]`). */
  identity?: FakeIdentity
  /** GraphQL answers 404 (blocked, or an old server), so clients must fall back. */
  noGraphql?: boolean
  /**
   * Answers a request before the fake handles it (error injection: a 5xx on upload, an error
   * body echoing what it was sent); undefined lets the fake answer.
   */
  respond?: (req: RecordedRequest) => FakeAnswer | undefined
}

/** Who a token is, as GitHub would say it. */
export interface FakeIdentity {
  /** REST login, `<app>[bot]` for bots. */
  login: string
  id: number
  type: 'Bot' | 'User'
  /** An installation token (GITHUB_TOKEN, app tokens): GET /user answers 403. */
  installation: boolean
}

/** The job token's account on github.com. */
export const ACTIONS_BOT: FakeIdentity = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  installation: true
}

/** A canned answer from `respond`. */
export interface FakeAnswer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface RecordedRequest {
  method: string
  /** Path and query. */
  url: string
  headers: http.IncomingHttpHeaders
  /** Parsed JSON body, when there was one. */
  body?: unknown
}

export interface StoredComment {
  id: number
  issue: number
  body: string
  user: { login: string; id: number; type: string }
  html_url: string
}

export interface StoredSarif {
  id: string
  commit_sha: string
  ref: string
  tool_name?: string
  checkout_uri?: string
  /** The decoded SARIF document. */
  sarif: Record<string, unknown>
  polls: number
  /** Status reads answered 404 so far. */
  misses: number
}

export interface FakeGitHub {
  /** API root, e.g. `http://127.0.0.1:43567`. */
  url: string
  requests: RecordedRequest[]
  comments: StoredComment[]
  sarifs: StoredSarif[]
  options: FakeGitHubOptions
  close(): Promise<void>
}

export const FAKE_TOKEN = 'ghs_fakeTokenForLocalTestsOnly000000'
const DOCS = 'https://docs.github.com/rest'
const SUPPORTED_API_VERSIONS = new Set(['2022-11-28', '2026-03-10'])

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[]
  ) {
    super(message)
  }
}

function send(
  res: http.ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {}
): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(text)
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function requireAuth(req: http.IncomingMessage, tokens: string[]): void {
  const auth = req.headers.authorization
  const m = auth ? /^(?:Bearer|token)\s+(\S+)$/i.exec(auth) : null
  if (!m || !tokens.includes(m[1]!)) throw new HttpError(401, 'Bad credentials')
}

function jsonBody(req: http.IncomingMessage, raw: Buffer): Record<string, unknown> {
  const type = req.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(type))
    throw new HttpError(
      400,
      `Unsupported content type ${JSON.stringify(type)}; expected application/json`
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(raw.toString('utf8'))
  } catch {
    throw new HttpError(400, 'Problems parsing JSON')
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new HttpError(400, 'Body should be a JSON object')
  return parsed as Record<string, unknown>
}

const invalid = (field: string, message: string): HttpError =>
  new HttpError(422, 'Invalid request.', [
    { resource: 'CodeScanningSarif', field, code: 'invalid', message }
  ])

/** Decodes and checks `sarif` as GitHub does: base64 → gzip → JSON → SARIF 2.1.0. */
function decodeSarif(value: unknown, maxGzipped: number): Record<string, unknown> {
  if (typeof value !== 'string' || value === '') throw invalid('sarif', 'sarif is required')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0)
    throw new HttpError(400, 'Invalid SARIF: the sarif field is not valid base64')
  const gz = Buffer.from(value, 'base64')
  if (gz.length > maxGzipped)
    throw new HttpError(413, 'Payload Too Large: the compressed SARIF is larger than 10 MB')
  let text: string
  try {
    text = gunzipSync(gz).toString('utf8')
  } catch {
    throw new HttpError(400, 'Invalid SARIF: the sarif field is not gzip-compressed')
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'Invalid SARIF. JSON syntax error')
  }
  const log = doc as Record<string, unknown> | null
  if (!log || typeof log !== 'object' || log.version !== '2.1.0')
    throw invalid(
      'sarif',
      `Invalid SARIF: version must be 2.1.0, got ${JSON.stringify(log?.version)}`
    )
  if (!Array.isArray(log.runs)) throw invalid('sarif', 'Invalid SARIF: runs is required')
  if (log.runs.length > 20)
    throw invalid(
      'sarif',
      `rejecting SARIF, as there are more runs than allowed (${log.runs.length} > 20)`
    )
  return log
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const tokens = options.tokens ?? [FAKE_TOKEN]
  const requests: RecordedRequest[] = []
  const comments: StoredComment[] = []
  const sarifs: StoredSarif[] = []
  let nextCommentId = 1000
  let failures = options.failFirst ?? 0
  let base = ''

  const identity = options.identity ?? ACTIONS_BOT
  const addComment = (
    issue: number,
    body: string,
    login = identity.login,
    userId?: number
  ): StoredComment => {
    const id = nextCommentId++
    const c: StoredComment = {
      id,
      issue,
      body,
      user: {
        login,
        id: userId ?? (login === identity.login ? identity.id : 5000 + id),
        type: login.endsWith('[bot]') ? 'Bot' : 'User'
      },
      html_url: `https://github.example/o/r/pull/${issue}#issuecomment-${id}`
    }
    comments.push(c)
    return c
  }
  for (const c of options.comments ?? []) addComment(c.issue, c.body, c.login, c.id)

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const raw = await readBody(req)
    const url = new URL(req.url ?? '/', base)
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      url: url.pathname + url.search,
      headers: req.headers
    }
    if (raw.length && /json/i.test(req.headers['content-type'] ?? '')) {
      try {
        recorded.body = JSON.parse(raw.toString('utf8'))
      } catch {
        // recorded as is; the handler answers 400
      }
    }
    requests.push(recorded)
    const canned = options.respond?.(recorded)
    if (canned) return send(res, canned.status, canned.body, canned.headers)
    const prefix = options.pathPrefix ?? ''
    // GHES serves GraphQL beside its REST root: /api/v3 → /api/graphql.
    const graphqlPath = /\/api\/v3$/.test(prefix)
      ? prefix.replace(/\/api\/v3$/, '/api/graphql')
      : `${prefix}/graphql`
    const isGraphql = url.pathname === graphqlPath
    if (!isGraphql && !url.pathname.startsWith(prefix + '/')) throw new HttpError(404, 'Not Found')
    const pathname = isGraphql ? '/graphql' : url.pathname.slice(prefix.length)
    if (failures > 0) {
      failures--
      return send(res, 503, { message: 'Service Unavailable' })
    }
    // GitHub refuses requests without a User-Agent.
    if (!req.headers['user-agent'])
      throw new HttpError(
        403,
        'Request forbidden by administrative rules. Please make sure your request has a User-Agent header'
      )
    const version = req.headers['x-github-api-version']
    if (typeof version === 'string' && !SUPPORTED_API_VERSIONS.has(version))
      throw new HttpError(400, `API version ${version} is not supported.`)
    requireAuth(req, tokens)
    const method = req.method ?? 'GET'
    const write = method !== 'GET'
    const forbidIfReadOnly = (): void => {
      if (write && options.readOnly)
        throw new HttpError(403, 'Resource not accessible by integration')
    }
    let m: RegExpExecArray | null

    if (pathname === '/user') {
      if (method !== 'GET') throw new HttpError(404, 'Not Found')
      if (identity.installation) throw new HttpError(403, 'Resource not accessible by integration')
      return send(res, 200, { login: identity.login, id: identity.id, type: identity.type })
    }

    if (pathname === '/graphql') {
      if (options.noGraphql || method !== 'POST') throw new HttpError(404, 'Not Found')
      const body = jsonBody(req, raw)
      const query = typeof body.query === 'string' ? body.query : ''
      if (!/^\s*(?:query\s*)?\{\s*viewer\s*\{[\s\w]*\}\s*\}\s*$/.test(query))
        return send(res, 200, {
          errors: [{ message: 'this fake GitHub answers only `query { viewer { … } }`' }]
        })
      // GraphQL may show a bot's login without REST's `[bot]` suffix; this fake always drops it
      // (the harder case for a client).
      const viewer: Record<string, unknown> = {}
      for (const field of query.replace(/^[^{]*\{\s*viewer\s*\{/, '').match(/\w+/g) ?? []) {
        if (field === 'login') viewer.login = identity.login.replace(/\[bot\]$/, '')
        else if (field === 'databaseId') viewer.databaseId = identity.id
        else
          return send(res, 200, {
            errors: [{ message: `Field '${field}' doesn't exist on type 'User'` }]
          })
      }
      return send(res, 200, { data: { viewer } })
    }

    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs$/.exec(pathname))) {
      if (method !== 'POST') throw new HttpError(404, 'Not Found')
      const body = jsonBody(req, raw)
      forbidIfReadOnly()
      if (typeof body.commit_sha !== 'string' || !/^[0-9a-f]{40}$/i.test(body.commit_sha))
        throw invalid('commit_sha', `${JSON.stringify(body.commit_sha)} is not a valid commit sha`)
      if (typeof body.ref !== 'string' || !/^refs\/\S+$/.test(body.ref))
        throw invalid(
          'ref',
          `${JSON.stringify(body.ref)} does not match ^refs/(heads|tags|pull)/.*$`
        )
      if (
        body.checkout_uri !== undefined &&
        (typeof body.checkout_uri !== 'string' || !body.checkout_uri.startsWith('file://'))
      )
        throw invalid('checkout_uri', 'checkout_uri must be a file URI')
      const sarif = decodeSarif(body.sarif, options.maxGzippedBytes ?? 10 * 1024 * 1024)
      const id = `sarif-${sarifs.length + 1}-${Math.random().toString(16).slice(2, 10)}`
      sarifs.push({
        id,
        commit_sha: body.commit_sha,
        ref: body.ref,
        tool_name: typeof body.tool_name === 'string' ? body.tool_name : undefined,
        checkout_uri: typeof body.checkout_uri === 'string' ? body.checkout_uri : undefined,
        sarif,
        polls: 0,
        misses: 0
      })
      return send(res, 202, {
        id,
        url: `${base}${prefix}/repos/${m[1]}/${m[2]}/code-scanning/sarifs/${id}`
      })
    }

    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs\/([^/]+)$/.exec(pathname))) {
      const stored = sarifs.find(s => s.id === decodeURIComponent(m![3]!))
      if (method !== 'GET' || !stored) throw new HttpError(404, 'Not Found')
      if (stored.misses < (options.notFoundPolls ?? 0)) {
        stored.misses++
        throw new HttpError(404, 'Not Found')
      }
      const seq = options.processing ?? [{ status: 'complete' }]
      const step = seq[Math.min(stored.polls, seq.length - 1)]!
      stored.polls++
      return send(res, 200, {
        processing_status: step.status,
        analyses_url: `${base}${prefix}/repos/${m[1]}/${m[2]}/code-scanning/analyses?sarif_id=${stored.id}`,
        errors: step.status === 'failed' ? (step.errors ?? []) : null
      })
    }

    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(pathname))) {
      const issue = Number(m[1])
      if (method === 'GET') {
        const perPage = Math.min(
          100,
          Number(url.searchParams.get('per_page') ?? 30) || 30,
          options.pageSize ?? 100
        )
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
        const all = comments.filter(c => c.issue === issue)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const links: string[] = []
        const pageUrl = (p: number): string => {
          const u = new URL(url.href)
          if (options.linkOrigin) {
            const o = new URL(options.linkOrigin)
            u.protocol = o.protocol
            u.host = o.host
          }
          u.searchParams.set('per_page', String(perPage))
          u.searchParams.set('page', String(p))
          return u.href
        }
        if (page < last)
          links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`)
        if (page > 1)
          links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`)
        const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {}
        return send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers)
      }
      if (method === 'POST') {
        const body = jsonBody(req, raw)
        forbidIfReadOnly()
        if (typeof body.body !== 'string' || body.body === '')
          throw new HttpError(422, 'Validation Failed', [
            { resource: 'IssueComment', field: 'body', code: 'missing_field' }
          ])
        if (body.body.length >= 65536)
          throw new HttpError(422, 'Validation Failed', [
            {
              resource: 'IssueComment',
              field: 'body',
              code: 'custom',
              message: 'body is too long (maximum is 65536 characters)'
            }
          ])
        return send(res, 201, addComment(issue, body.body))
      }
      throw new HttpError(404, 'Not Found')
    }

    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(pathname))) {
      const c = comments.find(x => x.id === Number(m![1]))
      if (method !== 'PATCH' || !c) throw new HttpError(404, 'Not Found')
      const body = jsonBody(req, raw)
      forbidIfReadOnly()
      if (typeof body.body !== 'string' || body.body === '')
        throw new HttpError(422, 'Validation Failed', [
          { resource: 'IssueComment', field: 'body', code: 'missing_field' }
        ])
      if (body.body.length >= 65536)
        throw new HttpError(422, 'Validation Failed', [
          {
            resource: 'IssueComment',
            field: 'body',
            code: 'custom',
            message: 'body is too long (maximum is 65536 characters)'
          }
        ])
      c.body = body.body
      return send(res, 200, c)
    }
    throw new HttpError(404, 'Not Found')
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof HttpError)
        send(res, e.status, {
          message: e.message,
          documentation_url: DOCS,
          ...(e.errors ? { errors: e.errors } : {})
        })
      else send(res, 500, { message: String(e) })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base + (options.pathPrefix ?? ''),
    requests,
    comments,
    sarifs,
    options,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(e => (e ? reject(e) : resolve()))
      })
  }
}

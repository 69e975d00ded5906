import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import type { Logger } from '../logger.js'
import {
  createGitHubClient,
  isReadOnlyTokenError,
  type ApiFailure,
  type GitHubClient
} from './client.js'

/**
 * Uploads the SARIF to code scanning with the public REST API (reference §1.7):
 * `POST /repos/{owner}/{repo}/code-scanning/sarifs` with `sarif = base64(gzip(text))`, then
 * polls `GET …/sarifs/{id}` like codeql-action's waitForProcessing. The limits GitHub would
 * reject on (§1.2) are checked first so the user gets a precise reason without a round trip.
 * A read-only token (fork PRs) is a skip, never a failure of the job.
 */

export interface UploadSarifOptions {
  /** SARIF file to upload (or give `sarifText`). */
  sarifPath?: string
  /** SARIF text to upload. */
  sarifText?: string
  /** Token with `security-events: write`; absent → skipped. */
  token?: string
  /** `owner/repo`. */
  repository?: string
  /** 40-hex commit (GITHUB_SHA). */
  sha?: string
  /** Full ref (`refForEvent`). */
  ref?: string
  /** GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string
  /** `file://` URI of the checkout, so GitHub can relate SARIF URIs to files. */
  checkoutUri?: string
  /** Tools in the SARIF; the first one names the upload (default `runguard`). */
  toolNames?: string[]
  /** The PR comes from a fork: its token cannot write, so no request is made. */
  isFork?: boolean
  logger: Logger
  /** How a skip is announced; the Action passes core.notice (default: logger.info). */
  notice?: (message: string) => void
  /** Poll interval for the processing status (codeql-action: 5 s). */
  pollIntervalMs?: number
  /** Give up waiting after this long and report `pending` (codeql-action: 2 min). */
  pollTimeoutMs?: number
  /** Base delay of retries after a 5xx, a network failure or a rate limit (tests pass 0). */
  retryDelayMs?: number
}

export type ProcessingStatus = 'pending' | 'complete' | 'failed'

export interface UploadSarifResult {
  status: 'uploaded' | 'skipped' | 'failed'
  /** The SARIF id GitHub assigned. */
  id?: string
  /** Last processing status seen. */
  processingStatus?: ProcessingStatus
  /** Processing errors GitHub reported. */
  errors?: string[]
  /** Why it was skipped or failed, one line. */
  reason?: string
}

/** Hard limits from GitHub's sarif-limits (reference §1.2). */
export const SARIF_LIMITS = {
  /** Gzip-compressed SARIF bytes (10 MB → 413 above it). */
  gzippedBytes: 10 * 1024 * 1024,
  runs: 20,
  resultsPerRun: 25_000
} as const

/** Reasons GitHub would reject the SARIF text, checked locally (empty when fine). */
export function checkSarifText(text: string): string[] {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    return [`SARIF is not valid JSON: ${(e as Error).message}`]
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return ['SARIF must be a JSON object']
  const log = doc as Record<string, unknown>
  const problems: string[] = []
  if (log.version !== '2.1.0')
    problems.push(`SARIF version must be "2.1.0", got ${JSON.stringify(log.version)}`)
  if (!Array.isArray(log.runs)) problems.push('SARIF has no "runs" array')
  else {
    if (log.runs.length > SARIF_LIMITS.runs)
      problems.push(`more runs than allowed (${log.runs.length} > ${SARIF_LIMITS.runs})`)
    log.runs.forEach((run: unknown, i) => {
      const results = (run as { results?: unknown } | null)?.results
      if (Array.isArray(results) && results.length > SARIF_LIMITS.resultsPerRun)
        problems.push(
          `run ${i} has more results than allowed (${results.length} > ${SARIF_LIMITS.resultsPerRun})`
        )
    })
  }
  return problems
}

const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`
const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

function skipped(opts: UploadSarifOptions, reason: string): UploadSarifResult {
  const notice = opts.notice ?? ((m: string): void => opts.logger.info(m))
  notice(`SARIF upload skipped: ${reason}`)
  return { status: 'skipped', reason }
}

function failed(
  logger: Logger,
  reason: string,
  extra: Partial<UploadSarifResult> = {}
): UploadSarifResult {
  logger.warning(`SARIF upload failed: ${reason}`)
  return { status: 'failed', reason, ...extra }
}

const FORK_REASON =
  'the token cannot write security events (pull request from a fork, or missing `permissions: security-events: write`); the SARIF file is still written'

export async function uploadSarif(opts: UploadSarifOptions): Promise<UploadSarifResult> {
  const { logger } = opts
  if (!opts.token) return skipped(opts, 'no GitHub token')
  if (opts.isFork) return skipped(opts, FORK_REASON)
  if (!opts.repository || !/^[\w.-]+\/[\w.-]+$/.test(opts.repository))
    return failed(
      logger,
      `repository must be "owner/repo", got ${JSON.stringify(opts.repository ?? '')}`
    )
  if (!opts.sha || !/^[0-9a-f]{40}$/i.test(opts.sha))
    return failed(
      logger,
      `commit sha must be 40 hex characters, got ${JSON.stringify(opts.sha ?? '')}`
    )
  if (!opts.ref || !/^refs\/\S+$/.test(opts.ref))
    return failed(
      logger,
      `ref must be a full ref such as refs/heads/main, got ${JSON.stringify(opts.ref ?? '')}`
    )
  if (opts.checkoutUri !== undefined && !opts.checkoutUri.startsWith('file://'))
    return failed(
      logger,
      `checkout URI must be a file:// URI, got ${JSON.stringify(opts.checkoutUri)}`
    )

  let text: string
  if (opts.sarifText !== undefined) text = opts.sarifText
  else if (opts.sarifPath) {
    try {
      text = await readFile(opts.sarifPath, 'utf8')
    } catch (e) {
      return failed(logger, `cannot read ${opts.sarifPath}: ${(e as Error).message}`)
    }
  } else return failed(logger, 'no SARIF given')

  const problems = checkSarifText(text)
  if (problems.length) return failed(logger, `SARIF rejected before upload: ${problems.join('; ')}`)
  const gz = gzipSync(Buffer.from(text, 'utf8'))
  if (gz.length > SARIF_LIMITS.gzippedBytes)
    return failed(
      logger,
      `gzipped SARIF is ${mb(gz.length)}, above code scanning's ${mb(SARIF_LIMITS.gzippedBytes)} limit`
    )

  let client: GitHubClient
  try {
    client = createGitHubClient({
      token: opts.token,
      apiUrl: opts.apiUrl,
      logger,
      ...(opts.retryDelayMs !== undefined ? { retryDelayMs: opts.retryDelayMs } : {})
    })
  } catch (e) {
    return failed(logger, (e as Error).message)
  }
  const [owner, repo] = opts.repository.split('/') as [string, string]
  let id: unknown
  try {
    const res = await client.octokit.rest.codeScanning.uploadSarif({
      owner,
      repo,
      commit_sha: opts.sha,
      ref: opts.ref,
      sarif: gz.toString('base64'),
      tool_name: opts.toolNames?.[0] ?? 'runguard',
      ...(opts.checkoutUri ? { checkout_uri: opts.checkoutUri } : {})
    })
    id = (res.data as { id?: unknown }).id
    if (typeof id !== 'string' || id === '')
      return failed(logger, `upload answered ${res.status} without an id`)
  } catch (e) {
    const failure = client.failure(e)
    if (isReadOnlyTokenError(failure)) return skipped(opts, FORK_REASON)
    const hint =
      failure.status === 403
        ? ' (is code scanning enabled for this repository?)'
        : failure.status === 404
          ? ' (repository not found, or the token cannot see it)'
          : ''
    return failed(logger, `${failure.message}${hint}`)
  }
  logger.info(`SARIF uploaded to code scanning (id ${id})`)
  return await waitForProcessing(client, { owner, repo, sarif_id: id }, opts)
}

async function waitForProcessing(
  client: GitHubClient,
  params: { owner: string; repo: string; sarif_id: string },
  opts: UploadSarifOptions
): Promise<UploadSarifResult> {
  const { logger } = opts
  const id = params.sarif_id
  const interval = opts.pollIntervalMs ?? 5_000
  const deadline = Date.now() + (opts.pollTimeoutMs ?? 120_000)
  let misses = 0
  for (;;) {
    let data: { processing_status?: unknown; errors?: unknown }
    try {
      data = (await client.octokit.rest.codeScanning.getSarif(params)).data
    } catch (e) {
      const failure: ApiFailure = client.failure(e)
      // A fresh id can briefly answer 404; a few misses are retried within the deadline. The
      // upload itself went through, so not knowing its processing state is only a warning.
      if (failure.status === 404 && ++misses < 3 && Date.now() + interval <= deadline) {
        await sleep(interval)
        continue
      }
      logger.warning(`could not read the SARIF processing status: ${failure.message}`)
      return { status: 'uploaded', id, reason: failure.message }
    }
    const errors = Array.isArray(data.errors)
      ? data.errors.filter((e): e is string => typeof e === 'string')
      : []
    if (data.processing_status === 'complete') {
      logger.info(`code scanning processed the SARIF (id ${id})`)
      return { status: 'uploaded', id, processingStatus: 'complete' }
    }
    if (data.processing_status === 'failed') {
      const reason = `code scanning could not process the SARIF: ${errors.join('; ') || 'no error given'}`
      return failed(logger, reason, { id, processingStatus: 'failed', errors })
    }
    if (Date.now() + interval > deadline) {
      logger.warning(`code scanning is still processing the SARIF (id ${id}); not waiting longer`)
      return { status: 'uploaded', id, processingStatus: 'pending' }
    }
    await sleep(interval)
  }
}

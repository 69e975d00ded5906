import { readFileSync } from 'node:fs'
import { asNonEmptyString as str, asObject as obj } from './json.js'

/**
 * A pure reader of the GitHub Actions environment (the default env variables and the event
 * payload). Unlike `@actions/github`'s context it takes the env and the file reader as
 * parameters, so tests and the CLI can build any context without touching process.env.
 */

/** What runguard needs to know about the workflow run. */
export interface GitHubContext {
  /** `GITHUB_ACTIONS=true`. */
  isActions: boolean
  /** `owner/repo`, when known. */
  repository?: string
  owner?: string
  repo?: string
  /** Commit the workflow runs on (for pull_request: the merge commit). */
  sha?: string
  /** `GITHUB_REF` as given. */
  ref?: string
  /** Ref for code-scanning uploads (see refForEvent). */
  uploadRef?: string
  eventName?: string
  /** `https://github.com` or the GHES host. */
  serverUrl: string
  /** `https://api.github.com` or the GHES API root, without a trailing slash. */
  apiUrl: string
  /** `{serverUrl}/{owner}/{repo}`. */
  repoUrl?: string
  /** Link to this workflow run. */
  runUrl?: string
  /** `GITHUB_WORKSPACE`. */
  workspace?: string
  /** PR number for pull_request-like events. */
  prNumber?: number
  /** The PR head commit (links point at it: the merge commit disappears when the PR moves). */
  headSha?: string
  /** Base commit of the PR or the `before` of a push. */
  baseSha?: string
  /** Base branch of the PR. */
  baseRef?: string
  /** The PR comes from another repository: its GITHUB_TOKEN is read-only. */
  isFork: boolean
  /** Commit links should use (PR head when known, else `sha`). */
  linkSha?: string
  /** The parsed event payload ({} when unavailable). */
  payload: Record<string, unknown>
  /** Problems reading the payload, for a debug line. */
  problems: string[]
}

export type EnvLike = Readonly<Record<string, string | undefined>>

const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
])

function nonEmpty(v: string | undefined): string | undefined {
  return v !== undefined && v.trim() !== '' ? v.trim() : undefined
}

/** The PR number from a pull_request-like payload (or `issue.pull_request` comments). */
export function prNumberFromPayload(payload: Record<string, unknown>): number | undefined {
  const pr = obj(payload.pull_request)
  const n =
    pr?.number ?? (obj(obj(payload.issue)?.pull_request) ? obj(payload.issue)?.number : undefined)
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined
}

/**
 * True when the PR's head lives in another repository. A deleted fork (head.repo null) counts
 * as a fork: GitHub still runs it with a read-only token.
 */
export function isForkPullRequest(payload: Record<string, unknown>): boolean {
  const pr = obj(payload.pull_request)
  if (!pr) return false
  const headRepo = obj(obj(pr.head)?.repo)
  const baseRepo = obj(obj(pr.base)?.repo)
  if (!headRepo) return true
  if (headRepo.fork === true) return true
  const head = str(headRepo.full_name)
  const base = str(baseRepo?.full_name)
  return head !== undefined && base !== undefined && head.toLowerCase() !== base.toLowerCase()
}

/**
 * The ref a code-scanning upload must carry. `pull_request` (and review events) run on the
 * merge commit `GITHUB_SHA`, whose ref is `refs/pull/<n>/merge`. `pull_request_target` runs on
 * the base branch's commit, so its own `GITHUB_REF` (the base branch) is the consistent pair;
 * every other event uses `GITHUB_REF`. Undefined when nothing usable is known.
 */
export function refForEvent(
  eventName: string | undefined,
  payload: Record<string, unknown>,
  githubRef: string | undefined
): string | undefined {
  if (eventName && PR_EVENTS.has(eventName) && eventName !== 'pull_request_target') {
    const n = prNumberFromPayload(payload)
    if (n !== undefined) return `refs/pull/${n}/merge`
  }
  const ref = nonEmpty(githubRef)
  if (!ref) return undefined
  return ref.startsWith('refs/') ? ref : undefined
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

/**
 * Reads the context from `env`; the payload file (GITHUB_EVENT_PATH) through `readFile`, whose
 * failure is recorded in `problems`, never thrown: a missing payload only loses PR details.
 */
export function readGitHubContext(
  env: EnvLike,
  readFile: (path: string) => string = p => readFileSync(p, 'utf8')
): GitHubContext {
  const problems: string[] = []
  let payload: Record<string, unknown> = {}
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH)
  if (eventPath) {
    try {
      const parsed: unknown = JSON.parse(readFile(eventPath))
      payload = obj(parsed) ?? {}
      if (!obj(parsed)) problems.push(`event payload ${eventPath} is not a JSON object`)
    } catch (e) {
      problems.push(`could not read event payload ${eventPath}: ${(e as Error).message}`)
    }
  }
  const repository = nonEmpty(env.GITHUB_REPOSITORY)
  const [owner, repo] = repository?.includes('/') ? repository.split('/', 2) : []
  const serverUrl = trimSlash(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com')
  const apiUrl = trimSlash(nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com')
  const eventName = nonEmpty(env.GITHUB_EVENT_NAME)
  const sha = nonEmpty(env.GITHUB_SHA)
  const ref = nonEmpty(env.GITHUB_REF)
  const pr = obj(payload.pull_request)
  const prNumber = prNumberFromPayload(payload)
  const headSha = str(obj(pr?.head)?.sha)
  const baseSha = str(obj(pr?.base)?.sha) ?? str(payload.before)
  const baseRef = str(obj(pr?.base)?.ref) ?? nonEmpty(env.GITHUB_BASE_REF)
  const repoUrl = owner && repo ? `${serverUrl}/${owner}/${repo}` : undefined
  const runId = nonEmpty(env.GITHUB_RUN_ID)
  const attempt = nonEmpty(env.GITHUB_RUN_ATTEMPT)
  const runUrl =
    repoUrl && runId
      ? `${repoUrl}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
      : undefined
  return {
    isActions: env.GITHUB_ACTIONS === 'true',
    repository: owner && repo ? repository : undefined,
    owner,
    repo,
    sha,
    ref,
    uploadRef: refForEvent(eventName, payload, ref),
    eventName,
    serverUrl,
    apiUrl,
    repoUrl,
    runUrl,
    workspace: nonEmpty(env.GITHUB_WORKSPACE),
    prNumber,
    headSha,
    baseSha,
    baseRef,
    isFork: isForkPullRequest(payload),
    linkSha: headSha ?? sha,
    payload,
    problems
  }
}

import type { ExecFn } from '../exec.js'
import { errorMessage } from '../errors.js'
import { readBoundedText } from '../util/bounded-read.js'
import { readGitHubContext } from '../util/github-context.js'
import { asNonEmptyString as str, asObject as obj } from '../util/json.js'
import type { HistoryContext } from './index.js'

/** Events whose runs are a pull request's (compared with the trend, never written). */
const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
])

/** What the history needs of the workflow's context (src/util/github-context.ts reads it). */
export interface GitHubFacts {
  sha?: string | undefined
  ref?: string | undefined
  eventName?: string | undefined
  runUrl?: string | undefined
  repoUrl?: string | undefined
  prNumber?: number | undefined
  payload: Record<string, unknown>
}

/** Where and what a workflow run is, from GitHub's variables and event payload. */
export function contextFromGitHub(gh: GitHubFacts): HistoryContext {
  const defaultBranch = str(obj(gh.payload.repository)?.default_branch)
  const pullRequest =
    gh.prNumber !== undefined || (gh.eventName !== undefined && PR_EVENTS.has(gh.eventName))
  return {
    ...(gh.sha ? { commit: gh.sha } : {}),
    ...(gh.ref ? { ref: gh.ref } : {}),
    ...(gh.eventName ? { event: gh.eventName } : {}),
    ...(gh.runUrl ? { runUrl: gh.runUrl } : {}),
    ...(gh.repoUrl ? { repoUrl: gh.repoUrl, remote: `${gh.repoUrl}.git` } : {}),
    ...(defaultBranch ? { defaultBranch } : {}),
    pullRequest
  }
}

/**
 * Where and what a local run is (the CLI): the workspace's commit and branch from git, with
 * the event `local`.
 */
export async function contextFromGit(
  env: NodeJS.ProcessEnv,
  exec: ExecFn,
  workspace: string
): Promise<HistoryContext> {
  const git = async (args: string[]): Promise<string | undefined> => {
    const r = await exec('git', args, { cwd: workspace, env, timeoutMs: 10_000 })
    const out = r.stdout.trim()
    return r.exitCode === 0 && out !== '' ? out : undefined
  }
  const commit = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
  const ref = await git(['symbolic-ref', '--quiet', 'HEAD'])
  return {
    ...(commit ? { commit } : {}),
    ...(ref ? { ref } : {}),
    event: 'local',
    pullRequest: false
  }
}

/**
 * The event payload is read whole to find the pull request and the default branch; GitHub's own
 * payloads stay far below this (a push lists at most 20 commits), so a larger file is refused.
 */
export const EVENT_PAYLOAD_MAX_BYTES = 8 * 1024 * 1024

/**
 * The CLI's context. Inside GitHub Actions (`GITHUB_ACTIONS=true`) it is the workflow's, from
 * the `GITHUB_*` variables and the event payload exactly as the Action reads them: git alone
 * would make every workflow run, a pull request's too, look like a local default-branch run.
 * Anywhere else it is the workspace's git state (contextFromGit). An unreadable payload loses
 * only the default branch and PR number; a pull request event still counts as one.
 */
export async function contextForCli(
  env: NodeJS.ProcessEnv,
  exec: ExecFn,
  workspace: string
): Promise<HistoryContext> {
  if (env.GITHUB_ACTIONS !== 'true') return contextFromGit(env, exec, workspace)
  const eventPath = env.GITHUB_EVENT_PATH?.trim()
  let payload: { text: string } | { error: unknown } = { text: '{}' }
  if (eventPath) {
    try {
      payload = { text: await readBoundedText(eventPath, EVENT_PAYLOAD_MAX_BYTES) }
    } catch (error) {
      payload = { error }
    }
  }
  const gh = readGitHubContext(env, () => {
    if ('error' in payload) throw new Error(errorMessage(payload.error))
    return payload.text
  })
  return contextFromGitHub({
    sha: gh.sha,
    ref: gh.ref,
    eventName: gh.eventName,
    runUrl: gh.runUrl,
    repoUrl: gh.repoUrl,
    prNumber: gh.prNumber,
    payload: gh.payload
  })
}

import type { ExecFn } from '../exec.js'
import { asNonEmptyString as str, asObject as obj } from '../util/json.js'
import type { HistoryContext } from './index.js'

/** Events whose runs are a pull request's (compared with the trend, never written). */
const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
])

/** What the history needs of the workflow's context (src/github/context.ts reads it). */
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

import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { ExecFn, ExecResult } from '../exec.js'
import type { Logger } from '../logger.js'
import { refNameProblem, remoteProblem } from '../util/git-names.js'
import {
  applyUpdate,
  contentsOf,
  FINDINGS_FILE,
  HISTORY_FILE,
  type HistoryStore,
  type StoreContents,
  type StoreFiles,
  type StoreUpdate
} from './store.js'

/**
 * The Action's store: a branch of the repository (default `runguard-data`) holding
 * `runguard-history.jsonl`, `runguard-findings.json` and the dashboard `index.html`, so the
 * history needs no server and the branch can be published with GitHub Pages.
 *
 * Everything happens in a private bare repository in the temp directory: the workspace's
 * checkout, its config and its hooks are never touched. Each write fetches the branch tip
 * (depth 1), applies the update to the files it finds there (append, retention, snapshot),
 * commits on top and pushes without force; when another job pushed first the push is rejected,
 * and the whole cycle repeats on the new tip, so concurrent jobs never lose a record.
 *
 * Every git call is an argument array; the remote and the branch are validated
 * (util/git-names.ts) and follow `--end-of-options`; the token reaches git only as an
 * `http.<origin>/.extraheader` through GIT_CONFIG_* environment variables, so it is never in an
 * argument, a URL or a message git prints; only https, http and file transports are allowed.
 */

export interface GitStoreOptions {
  exec: ExecFn
  /** Repository URL (https://…/owner/repo.git, file://…) or an absolute path. */
  remote: string
  branch: string
  /** Sent as a Basic auth header to the remote's origin (http/https remotes only). */
  token?: string
  /** Environment the git processes start from. */
  env: NodeJS.ProcessEnv
  logger: Logger
  /** Extra files written with every update (the dashboard page), by path in the branch. */
  extraFiles?: () => Record<string, string>
  /** Push attempts before giving up (default 10). */
  maxAttempts?: number
  /** Per git call (default 120 s). */
  timeoutMs?: number
  sleep?: (ms: number) => Promise<void>
}

/** Variables that would point git at another repository, index or config. */
const GIT_REDIRECTS =
  /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|COMMON_DIR|CONFIG_PARAMETERS|CONFIG_COUNT|CONFIG_KEY_\d+|CONFIG_VALUE_\d+|CONFIG|CONFIG_GLOBAL)$/

/** The environment of every git call: no redirects, no prompts, the token as a header only. */
export function gitEnvironment(
  base: NodeJS.ProcessEnv,
  remote: string,
  token: string | undefined
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(base)) if (!GIT_REDIRECTS.test(k)) env[k] = v
  const config: Array<[string, string]> = [
    ['core.hooksPath', '/dev/null'],
    ['gc.auto', '0'],
    ['init.defaultBranch', 'runguard']
  ]
  if (token && /^https?:/i.test(remote)) {
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
    config.push([`http.${new URL(remote).origin}/.extraheader`, `AUTHORIZATION: basic ${basic}`])
  }
  config.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k
    env[`GIT_CONFIG_VALUE_${i}`] = v
  })
  return {
    ...env,
    GIT_CONFIG_COUNT: String(config.length),
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    GIT_ALLOW_PROTOCOL: 'https:http:file',
    GIT_AUTHOR_NAME: 'github-actions[bot]',
    GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'github-actions[bot]',
    GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com'
  }
}

/** A push refused because the branch moved (retry on the new tip), not for another reason. */
export function pushWasRaced(result: Pick<ExecResult, 'stdout' | 'stderr'>): boolean {
  const text = `${result.stdout}\n${result.stderr}`
  return (
    /^!\s.*\[(rejected|remote rejected)\].*(fetch first|non-fast-forward|stale info|cannot lock ref|failed to update ref|incorrect old value)/im.test(
      text
    ) || /\b(cannot lock ref|failed to update ref)\b/i.test(text)
  )
}

export class GitStoreError extends Error {}

export function gitStore(options: GitStoreOptions): HistoryStore & { close(): Promise<void> } {
  const remoteIssue = remoteProblem(options.remote)
  if (remoteIssue) throw new GitStoreError(`history remote ${options.remote} ${remoteIssue}`)
  const branchIssue = refNameProblem(options.branch)
  if (branchIssue) throw new GitStoreError(`history-branch ${options.branch} ${branchIssue}`)
  const ref = `refs/heads/${options.branch}`
  const env = gitEnvironment(options.env, options.remote, options.token)
  const timeoutMs = options.timeoutMs ?? 120_000
  const sleep = options.sleep ?? ((ms: number) => new Promise(r => setTimeout(r, ms)))
  let gitDir: string | undefined

  const git = async (
    args: string[],
    extra: { input?: string; env?: NodeJS.ProcessEnv } = {}
  ): Promise<ExecResult> => {
    const dir = await repo()
    return options.exec('git', [`--git-dir=${dir}`, ...args], {
      cwd: dir,
      env: { ...env, ...extra.env },
      timeoutMs,
      ...(extra.input !== undefined ? { input: extra.input } : {})
    })
  }
  const must = async (
    args: string[],
    extra: { input?: string; env?: NodeJS.ProcessEnv } = {}
  ): Promise<string> => {
    const r = await git(args, extra)
    if (r.exitCode !== 0)
      throw new GitStoreError(
        `git ${args[0]} failed: ${(r.spawnError ?? r.stderr).trim().split('\n').slice(-3).join(' ') || `exit ${String(r.exitCode)}`}`
      )
    return r.stdout.trim()
  }
  async function repo(): Promise<string> {
    if (gitDir) return gitDir
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runguard-history-'))
    const r = await options.exec('git', ['init', '--bare', '--quiet', dir], {
      env,
      timeoutMs
    })
    if (r.exitCode !== 0)
      throw new GitStoreError(`git init failed: ${(r.spawnError ?? r.stderr).trim()}`)
    gitDir = dir
    return dir
  }

  /** The branch tip after fetching it, or undefined when the branch does not exist yet. */
  const fetchTip = async (): Promise<string | undefined> => {
    const listed = await git(['ls-remote', '--exit-code', '--end-of-options', options.remote, ref])
    if (listed.exitCode === 2) return undefined
    if (listed.exitCode !== 0)
      throw new GitStoreError(
        `cannot read ${options.remote}: ${(listed.spawnError ?? listed.stderr).trim().split('\n').slice(-2).join(' ')}`
      )
    await must([
      'fetch',
      '--quiet',
      '--no-tags',
      '--depth=1',
      '--end-of-options',
      options.remote,
      `+${ref}:refs/runguard/tip`
    ])
    return must(['rev-parse', '--verify', '--end-of-options', 'refs/runguard/tip^{commit}'])
  }

  const readAt = async (tip: string | undefined): Promise<StoreFiles> => {
    if (!tip) return {}
    const read = async (name: string): Promise<string | undefined> => {
      const r = await git(['cat-file', 'blob', `${tip}:${name}`])
      return r.exitCode === 0 ? r.stdout : undefined
    }
    const history = await read(HISTORY_FILE)
    const findings = await read(FINDINGS_FILE)
    return {
      ...(history !== undefined ? { history } : {}),
      ...(findings !== undefined ? { findings } : {})
    }
  }

  /** Commits `files` (path → text) on top of `tip` (or as the first commit) and returns its id. */
  const commit = async (
    tip: string | undefined,
    files: Record<string, string>,
    message: string
  ): Promise<string> => {
    const index = { GIT_INDEX_FILE: path.join(await repo(), 'runguard-index') }
    await must(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env: index })
    for (const [name, text] of Object.entries(files)) {
      const blob = await must(['hash-object', '-w', '--stdin'], { input: text })
      await must(['update-index', '--add', '--cacheinfo', `100644,${blob},${name}`], {
        env: index
      })
    }
    const tree = await must(['write-tree'], { env: index })
    return must(['commit-tree', tree, ...(tip ? ['-p', tip] : [])], { input: message + '\n' })
  }

  return {
    description: `branch ${options.branch} of ${options.remote}`,

    async load(keep: number): Promise<StoreContents> {
      return contentsOf(await readAt(await fetchTip()), keep)
    },

    async update(update: StoreUpdate): Promise<{ pruned: number }> {
      const attempts = options.maxAttempts ?? 10
      for (let attempt = 1; ; attempt++) {
        const tip = await fetchTip()
        const current = await readAt(tip)
        const next = applyUpdate(current, update)
        const files: Record<string, string> = {
          [HISTORY_FILE]: next.history,
          ...(next.findings !== undefined ? { [FINDINGS_FILE]: next.findings } : {}),
          // GitHub Pages serves the files as they are (no Jekyll processing).
          '.nojekyll': '',
          ...(options.extraFiles?.() ?? {})
        }
        const message = update.record
          ? `runguard: record ${oneLine(update.record.category)} run${update.record.commit ? ` of ${update.record.commit.slice(0, 12)}` : ''}`
          : `runguard: prune the history to ${update.keep} runs per category`
        const id = await commit(tip, files, message)
        const pushed = await git([
          'push',
          '--porcelain',
          '--end-of-options',
          options.remote,
          `${id}:${ref}`
        ])
        if (pushed.exitCode === 0) return { pruned: next.pruned }
        const why = (pushed.spawnError ?? `${pushed.stdout}\n${pushed.stderr}`).trim()
        if (!pushWasRaced(pushed) || attempt >= attempts)
          throw new GitStoreError(
            `could not push ${options.branch}${attempt > 1 ? ` after ${attempt} attempts` : ''}: ${why.split('\n').slice(-3).join(' ')}`
          )
        options.logger.info(
          `history: ${options.branch} moved while this run wrote to it (attempt ${attempt}); retrying on the new tip`
        )
        await sleep(Math.min(8000, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random()))
      }
    },

    async close(): Promise<void> {
      if (gitDir) await rm(gitDir, { recursive: true, force: true })
      gitDir = undefined
    }
  }
}

/** A category in a commit message: one line, printable, bounded. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 100)
}

import fs from 'node:fs/promises'
import type { ExecFn } from '../exec.js'
import type { Logger } from '../logger.js'
import { revisionProblem } from '../trust/git-revision.js'

/**
 * Diff and history modes: only lines ADDED in the PR/push range are scanned (gitleaks does the
 * same with `git log -p -U0`). Shallow clones are deepened when the base is missing; what
 * still cannot be scanned is said in plain words, never silently skipped.
 */

/** A run of consecutive added lines in one file. */
export interface AddedHunk {
  /** Repo-relative posix path in the new revision. */
  path: string
  /** 1-based line of the first added line in the new revision. */
  startLine: number
  /** The added lines joined with `\n`. */
  text: string
  /** Commit that added them (history mode). */
  commit?: string
}

/** Parses `git diff -U0` / `git log -p -U0` output into added hunks. */
export function parseAddedHunks(patch: string): AddedHunk[] {
  const hunks: AddedHunk[] = []
  let file: string | undefined
  let commit: string | undefined
  let current: { path: string; startLine: number; lines: string[]; commit?: string } | undefined
  let nextLine = 0
  let previous = ''
  const flush = (): void => {
    if (current && current.lines.length) {
      hunks.push({
        path: current.path,
        startLine: current.startLine,
        text: current.lines.join('\n'),
        ...(current.commit ? { commit: current.commit } : {})
      })
    }
    current = undefined
  }
  for (const line of patch.split('\n')) {
    const afterOldHeader = previous.startsWith('--- ')
    previous = line
    if (line.startsWith('commit ') && /^commit [0-9a-f]{7,64}$/.test(line.trim())) {
      flush()
      commit = line.slice(7).trim()
      file = undefined
    } else if (line.startsWith('diff --git ')) {
      flush()
      file = undefined
    } else if (line.startsWith('+++ ') && afterOldHeader) {
      flush()
      const target = line.slice(4)
      file = target === '/dev/null' ? undefined : unquote(target).replace(/^b\//, '')
    } else if (line.startsWith('@@')) {
      flush()
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
      nextLine = m ? Number(m[1]) : 0
    } else if (line.startsWith('+') && file !== undefined && nextLine > 0) {
      if (!current)
        current = { path: file, startLine: nextLine, lines: [], ...(commit ? { commit } : {}) }
      current.lines.push(line.slice(1).replace(/\r$/, ''))
      nextLine++
    } else if (line.startsWith('-') || line.startsWith('\\')) {
      // Removed lines and "\ No newline at end of file" do not move the new-side counter.
    } else {
      flush()
    }
  }
  flush()
  return hunks
}

/** git quotes paths with special characters: "b/dir/na\303\257ve.py". */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p
  const inner = p.slice(1, -1)
  const bytes: number[] = []
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string
    if (c === '\\') {
      const n = inner[i + 1] ?? ''
      if (/[0-7]/.test(n)) {
        bytes.push(parseInt(inner.slice(i + 1, i + 4), 8))
        i += 3
      } else {
        bytes.push(
          ({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[n] ?? n.charCodeAt(0)
        )
        i += 1
      }
    } else bytes.push(...Buffer.from(c, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

/** The base commit: `baseRef` setting, else the GitHub event (PR base sha, or push `before`). */
export async function resolveBase(
  baseRef: string | undefined,
  env: NodeJS.ProcessEnv
): Promise<{ base?: string; source: string }> {
  const checked = (base: string, source: string): { base?: string; source: string } => {
    // Everything here reaches git's argv; a value git could read as an option is refused.
    const problem = revisionProblem(base)
    return problem
      ? { source: `${source} ${JSON.stringify(base)} refused: it ${problem}` }
      : { base, source }
  }
  if (baseRef) return checked(baseRef, 'the baseRef setting')
  const eventPath = env.GITHUB_EVENT_PATH
  if (!eventPath) return { source: 'no baseRef setting and no GITHUB_EVENT_PATH' }
  try {
    const event = JSON.parse(await fs.readFile(eventPath, 'utf8')) as {
      pull_request?: { base?: { sha?: string } }
      before?: string
    }
    const pr = event.pull_request?.base?.sha
    if (pr) return checked(pr, 'pull_request.base.sha')
    if (event.before && !/^0+$/.test(event.before)) return checked(event.before, 'push before')
    return { source: 'the event has no base (new branch or unsupported event)' }
  } catch (error) {
    return { source: `cannot read GITHUB_EVENT_PATH: ${(error as Error).message}` }
  }
}

export interface RangeResult {
  hunks: AddedHunk[]
  /** What was not scanned and why (goes to ToolRun.errors). */
  problems: string[]
  command?: string[]
}

interface GitDeps {
  exec: ExecFn
  logger: Logger
  cwd: string
  timeoutMs: number
  signal?: AbortSignal
  /** The environment handed to tools (ScanContext.env); default: the process's own. */
  env?: NodeJS.ProcessEnv
}

async function git(
  deps: GitDeps,
  args: string[]
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  // The injected process-group exec, not @actions/exec: `git fetch` can hang on the network and
  // must stop at the tool timeout or on cancel, with its helpers, which @actions/exec cannot do.
  const r = await deps.exec('git', args, {
    cwd: deps.cwd,
    timeoutMs: deps.timeoutMs,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.env ? { env: deps.env } : {})
  })
  return {
    ok: r.exitCode === 0 && !r.spawnError,
    stdout: r.stdout,
    stderr: (r.spawnError ?? r.stderr).trim()
  }
}

async function hasCommit(deps: GitDeps, sha: string): Promise<boolean> {
  return (await git(deps, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`])).ok
}

/**
 * Makes `base` available in a shallow clone: fetch it directly (GitHub serves any reachable sha),
 * then deepen for history mode until base is an ancestor of HEAD.
 */
async function ensureBase(
  deps: GitDeps,
  base: string,
  needAncestry: boolean
): Promise<string | undefined> {
  const shallow =
    (await git(deps, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'
  if (!(await hasCommit(deps, base))) {
    if (!shallow) return `base commit ${base} is not in the repository`
    deps.logger.info(`secrets: shallow clone, fetching base commit ${base}`)
    await git(deps, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', base])
    // Servers that refuse fetching by sha: deepen until the base appears.
    for (let attempt = 0; attempt < 6 && !(await hasCommit(deps, base)); attempt++) {
      const r = await git(deps, ['fetch', '--no-tags', `--deepen=${50 * 2 ** attempt}`, 'origin'])
      if (!r.ok) break
    }
    if (!(await hasCommit(deps, base)))
      return `base commit ${base} is missing from this shallow clone and could not be fetched (use actions/checkout with fetch-depth: 0)`
  }
  if (needAncestry && shallow) {
    for (let attempt = 0; attempt < 6; attempt++) {
      if ((await git(deps, ['merge-base', '--is-ancestor', '--end-of-options', base, 'HEAD'])).ok)
        return undefined
      deps.logger.info(`secrets: deepening shallow clone to reach ${base}`)
      const r = await git(deps, ['fetch', '--no-tags', `--deepen=${50 * 2 ** attempt}`, 'origin'])
      if (!r.ok) break
    }
    if (!(await git(deps, ['merge-base', '--is-ancestor', '--end-of-options', base, 'HEAD'])).ok)
      return `history between ${base} and HEAD is incomplete in this shallow clone; commits before the shallow boundary were not scanned`
  }
  return undefined
}

/** Lines added between `base` and HEAD (diff) or by each commit of `base..HEAD` (history). */
export async function addedInRange(
  deps: GitDeps,
  base: string,
  mode: 'diff' | 'history'
): Promise<RangeResult> {
  const problems: string[] = []
  const missing = await ensureBase(deps, base, mode === 'history')
  if (missing) {
    if (mode === 'diff' || !(await hasCommit(deps, base))) return { hunks: [], problems: [missing] }
    problems.push(missing)
  }
  const args =
    mode === 'diff'
      ? [
          '-c',
          'core.quotepath=off',
          'diff',
          '--no-color',
          '--no-ext-diff',
          '--no-renames',
          '-U0',
          '--diff-filter=ACMRT',
          '--end-of-options',
          base,
          'HEAD'
        ]
      : [
          '-c',
          'core.quotepath=off',
          'log',
          '-p',
          '-U0',
          '--no-color',
          '--no-ext-diff',
          '--no-renames',
          '--format=commit %H',
          '--diff-filter=ACMRT',
          '--end-of-options',
          `${base}..HEAD`
        ]
  const r = await git(deps, args)
  if (!r.ok)
    return {
      hunks: [],
      problems: [
        ...problems,
        `git ${args.slice(2, 3).join(' ')} failed: ${r.stderr.split('\n')[0] ?? ''}`
      ],
      command: ['git', ...args]
    }
  return { hunks: parseAddedHunks(r.stdout), problems, command: ['git', ...args] }
}

/**
 * The files git tracks under `deps.cwd`, relative to it (`git ls-files -z`: no quoting, any
 * byte in a name survives), or undefined outside a repository or when git is missing, so the
 * caller keeps its plain walk.
 */
export async function trackedFiles(deps: GitDeps): Promise<Set<string> | undefined> {
  const r = await git(deps, ['ls-files', '-z', '--cached'])
  if (!r.ok) {
    deps.logger.debug(`git ls-files: ${r.stderr.split('\n')[0] ?? ''}`)
    return undefined
  }
  return new Set(r.stdout.split('\0').filter(p => p !== ''))
}

import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { IgnoreEntry, IgnoreFile } from '../policy/ignore-file.js'
import { revisionProblem } from './git-revision.js'

/**
 * Which commit's `.runguard.yml` and ignore file decide the gate (SECURITY.md, promise 4). Under
 * `pull_request_target` (the workflow and its secrets come from the base branch), or when the
 * workflow sets `trusted-config: base`, the settings a change could use to lower the gate are
 * taken from the base commit's config file, and the suppressions from the base commit's ignore
 * file; what the change tried to alter is listed. Files are read from git objects with
 * `git cat-file`, never from the working tree the change wrote.
 */

/** Settings that can lower the gate: under `trusted-config: base` they come from the base. */
export const GATE_SETTINGS = [
  'failOn',
  'reportLevel',
  'unknownSeverity',
  'scanners',
  'paths',
  'exclude',
  'gates',
  'baseline',
  'regressionThreshold',
  'regressionThresholds',
  'toolsDir',
  'installTools',
  'requireTools',
  'failOnToolError',
  'failOnUnscanned',
  'ignoreFile',
  'baselineSarif',
  'secretsScan',
  'secretsMaxFileSize',
  'semgrepConfig',
  'semgrepNoDefaultRules',
  'banditSeverity',
  'banditConfidence',
  'osvDb',
  'safetyDb',
  'scanEnvironment',
  'allowLicenses',
  'denyLicenses',
  'recordImports',
  'failOnLoadedOnly'
] as const

export const TRUST_MODES = ['auto', 'base', 'head'] as const
export type TrustMode = (typeof TRUST_MODES)[number]

/** True when the base commit's files decide: `base`, or `auto` under pull_request_target. */
export function trustsBase(mode: TrustMode, env: NodeJS.ProcessEnv): boolean {
  return mode === 'base' || (mode === 'auto' && env.GITHUB_EVENT_NAME === 'pull_request_target')
}

/**
 * The base commit of this change: `base-ref` when given, else the pull request's base sha (or a
 * push's `before`) from the event payload. Undefined when there is none (a local run).
 */
export function baseCommit(
  baseRef: string | undefined,
  env: NodeJS.ProcessEnv
): string | undefined {
  const candidate = baseRef ?? eventBase(env)
  if (candidate === undefined) return undefined
  const problem = revisionProblem(candidate)
  if (problem)
    throw new ConfigurationError(
      `base commit ${JSON.stringify(candidate)} refused: it ${problem}`,
      {
        field: 'base-ref',
        value: candidate
      }
    )
  return candidate
}

function eventBase(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { base?: { sha?: unknown } }
      before?: unknown
    }
    const pr = event.pull_request?.base?.sha
    if (typeof pr === 'string' && pr !== '') return pr
    if (typeof event.before === 'string' && !/^0*$/.test(event.before)) return event.before
  } catch {
    // No readable event: no base.
  }
  return undefined
}

const git = (workspace: string, args: string[]): string =>
  execFileSync('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024
  })

/**
 * A file's text as it is in `commit`, or undefined when the commit has no such file. A commit
 * missing from a shallow clone is fetched first. Throws ConfigurationError when the commit
 * cannot be had (the gate must not silently fall back to the change's own files).
 */
export function readAtCommit(workspace: string, commit: string, file: string): string | undefined {
  const rel = path.relative(workspace, path.resolve(workspace, file)).split(path.sep).join('/')
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined
  const has = (): boolean => {
    try {
      git(workspace, ['cat-file', '-e', '--end-of-options', `${commit}^{commit}`])
      return true
    } catch {
      return false
    }
  }
  if (!has()) {
    try {
      git(workspace, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', commit])
    } catch {
      // reported below
    }
    if (!has())
      throw new ConfigurationError(
        `trusted-config: the base commit ${commit} is not in this clone and could not be fetched, so the gate settings cannot be read from it; check out with fetch-depth: 0, or set trusted-config: head`,
        { field: 'trusted-config', value: commit }
      )
  }
  try {
    return git(workspace, ['cat-file', 'blob', '--end-of-options', `${commit}:${rel}`])
  } catch {
    return undefined
  }
}

/** One line per gate setting whose value the change differs in from the base. */
export function changedGateSettings(
  base: Readonly<Record<string, unknown>>,
  head: Readonly<Record<string, unknown>>,
  names: Readonly<Record<string, string>> = {}
): string[] {
  const show = (v: unknown): string => (v === undefined ? '(not set)' : JSON.stringify(v))
  return GATE_SETTINGS.filter(k => JSON.stringify(base[k]) !== JSON.stringify(head[k])).map(
    k => `${names[k] ?? k}: ${show(base[k])} → ${show(head[k])}`
  )
}

const entryKey = (e: IgnoreEntry): string =>
  JSON.stringify([e.id, e.rule, e.path, e.fingerprint, e.tool, e.reason, e.expires])

const describe = (e: IgnoreEntry): string =>
  [
    e.id && `id ${e.id}`,
    e.rule && `rule ${e.rule}`,
    e.path && `path ${e.path}`,
    e.fingerprint && `fingerprint ${e.fingerprint}`,
    e.tool && `tool ${e.tool}`,
    e.expires && `until ${e.expires}`
  ]
    .filter(Boolean)
    .join(', ') + ` — "${e.reason}"`

/**
 * Suppressions the change added or changed: entries of the head ignore file that the base one
 * does not have word for word (line numbers aside). Removed entries only make the gate stricter.
 */
export function changedSuppressions(base: IgnoreFile, head: IgnoreFile): string[] {
  const known = new Set(base.entries.map(entryKey))
  return head.entries
    .filter(e => !known.has(entryKey(e)))
    .map(e => `${head.path}:${e.line}: ${describe(e)}`)
}

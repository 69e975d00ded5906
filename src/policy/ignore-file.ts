import fs from 'node:fs'
import { resolve } from 'node:path'
import type { Settings } from '../config/schema.js'
import { ConfigurationError } from '../errors.js'
import type { ToolName } from '../model.js'

/**
 * `.runguard-ignore.yml`: reviewed suppressions with a reason and an optional expiry.
 *
 * ```yaml
 * ignore:
 *   - id: GHSA-v845-jxx5-vc9f          # advisory id or any alias (CVE, PYSEC, Safety id)
 *     reason: not reachable, we never call urllib3 with redirects
 *     expires: 2026-12-31
 *   - rule: B101
 *     path: 'tests/**'
 *     reason: asserts are fine in tests
 * ```
 * All given selectors must match (AND). A bare list at the top level is accepted too.
 *
 * Loading lives here, matching in ignore-file-match.ts: `runguard run` reads the file before its
 * script starts, and matching (globs, advisory ids: the dedupe code) is needed only once there
 * are findings.
 */

/** One suppression as written, plus where it is. */
export interface IgnoreEntry {
  /** Advisory id or alias (case-insensitive). */
  id?: string
  /** Rule id (case-insensitive), e.g. `B602` or a semgrep rule id. */
  rule?: string
  /** Glob over the repo-relative path (picomatch syntax, matched in bounded time). */
  path?: string
  /** runguard fingerprint of one finding. */
  fingerprint?: string
  /** Only findings of this tool. */
  tool?: ToolName
  /** Why this is acceptable; required so every suppression is reviewed. */
  reason: string
  /** YYYY-MM-DD; the entry stops suppressing after this day. */
  expires?: string
  /** 1-based line of the entry in the file. */
  line: number
}

/** A loaded ignore file; `entries` is empty when the file does not exist. */
export interface IgnoreFile {
  /** Path as given (for messages). */
  path: string
  /** False when there was no file. */
  exists: boolean
  entries: IgnoreEntry[]
}

/** An ignore file with no entries (no file, or policy without suppressions). */
export function emptyIgnoreFile(path = '.runguard-ignore.yml'): IgnoreFile {
  return { path, exists: false, entries: [] }
}

/** Reads and validates an ignore file; a missing file is an empty one. */
export async function loadIgnoreFile(path: string): Promise<IgnoreFile> {
  let text: string
  try {
    text = fs.readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyIgnoreFile(path)
    throw new ConfigurationError(`cannot read ignore file ${path}: ${(error as Error).message}`, {
      field: 'ignoreFile',
      value: path
    })
  }
  // The YAML parser loads only when there is a file to parse (most runs have none).
  const { parseIgnoreFile } = await import('./ignore-file-parse.js')
  return parseIgnoreFile(text, path)
}

/**
 * The run's ignore file (`ignoreFile`, relative to the workspace), loaded in this one place by
 * the pipeline and by `runguard merge`; the policy applies it once.
 */
export function loadWorkspaceIgnoreFile(
  settings: Pick<Settings, 'workspace' | 'ignoreFile'>
): Promise<IgnoreFile> {
  return loadIgnoreFile(resolve(settings.workspace, settings.ignoreFile))
}

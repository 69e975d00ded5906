/**
 * Values that reach `git` as revisions (the `base-ref` setting, the event's base sha) are checked
 * here first: a full or abbreviated commit id, or a ref name that `git check-ref-format` would
 * accept, optionally followed by `~N` / `^N`. Anything else — above all a value starting with
 * `-`, which git would read as an option (`--upload-pack=<command>` runs a command on fetch) — is
 * refused. Callers also put revisions after `--end-of-options`, so a value that slipped through
 * could still never be an option.
 */

import { refNameProblem } from '../util/git-names.js'

/** Full (SHA-1 or SHA-256) or abbreviated commit id. */
const COMMIT_ID = /^[0-9a-f]{7,64}$/i
/** `~`, `~3`, `^`, `^2` suffixes, repeated. */
const ANCESTRY = /(?:[~^]\d{0,4})*$/

/**
 * Why `value` may not be given to git as a revision, or undefined when it may: a commit id, or a
 * checked ref name with optional `~N`/`^N` suffixes.
 */
export function revisionProblem(value: string): string | undefined {
  if (COMMIT_ID.test(value)) return undefined
  const suffix = ANCESTRY.exec(value)?.[0] ?? ''
  const name = value.slice(0, value.length - suffix.length)
  return refNameProblem(name)
}

/** True when `value` is a commit id or a checked ref name (see revisionProblem). */
export function isSafeRevision(value: string): boolean {
  return revisionProblem(value) === undefined
}

/**
 * `args` with `--end-of-options` before the first revision argument: everything after it is a
 * revision or path, never an option, whatever it looks like (git 2.24+).
 */
export function withRevisions(options: readonly string[], revisions: readonly string[]): string[] {
  return [...options, '--end-of-options', ...revisions]
}

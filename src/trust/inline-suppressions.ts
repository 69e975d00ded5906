import type { ExecFn } from '../exec.js'
import type { Logger } from '../logger.js'
import { addedInRange, type AddedHunk } from '../secrets/git.js'

/**
 * Inline suppressions the change itself adds (SECURITY.md, promise 4): a `# nosec` silences Bandit, a
 * `nosemgrep` comment Semgrep, `runguard:allow` the secret detector, each on its own line and
 * nowhere near the ignore file a reviewer watches. The lines the change adds (`git diff -U0
 * <base> HEAD`, the secret detector's diff mode) are searched for them, and each one is listed
 * in the summary and the PR comment. Only the marker and the rule ids after it are quoted,
 * never the rest of the line: a `runguard:allow` line usually holds the value it allows.
 */

/** Longest list of added suppressions shown; the rest are counted. */
export const INLINE_SUPPRESSIONS_SHOWN = 30

// Bandit: `#nosec`, `# nosec B602,B607`; Semgrep: `nosemgrep`, `nosemgrep: rule.id, other`
// after any comment leader; runguard's own allow comment.
const MARKER =
  /#\s*nosec\b(?:[ \t:]+[A-Z]\d{3}(?:[ \t]*,[ \t]*[A-Z]\d{3})*)?|(?:(?:#|\/\/)[ \t]*)?\bnosemgrep\b(?:[ \t]*:[ \t]*[\w.-]+(?:[ \t]*,[ \t]*[\w.-]+)*)?|runguard:allow\b/gi

/** One inline suppression on an added line. */
export interface AddedSuppression {
  path: string
  line: number
  /** The marker as written, with the rule ids it names (`# nosec B602`). */
  marker: string
}

/** The suppressions on the lines of `hunks` (pure; tested on its own). */
export function suppressionsIn(hunks: readonly AddedHunk[]): AddedSuppression[] {
  const out: AddedSuppression[] = []
  for (const hunk of hunks) {
    hunk.text.split('\n').forEach((text, i) => {
      // A minified or generated line is not read past its first 10,000 characters.
      for (const m of text.slice(0, 10_000).matchAll(MARKER))
        out.push({ path: hunk.path, line: hunk.startLine + i, marker: m[0].replace(/\s+/g, ' ') })
    })
  }
  return out
}

/** Summary lines for the suppressions: one each up to the cap, then how many more. */
export function describeAddedSuppressions(found: readonly AddedSuppression[]): string[] {
  const lines = found
    .slice(0, INLINE_SUPPRESSIONS_SHOWN)
    .map(s => `inline suppression added by this change: ${s.path}:${s.line}: ${s.marker}`)
  if (found.length > INLINE_SUPPRESSIONS_SHOWN)
    lines.push(
      `inline suppressions added by this change: ${found.length - INLINE_SUPPRESSIONS_SHOWN} more not listed (${found.length} in all)`
    )
  return lines
}

/**
 * The summary lines for the inline suppressions the change adds relative to `base`. When the
 * diff cannot be had, one line says so: a reviewer must know the list is missing, not empty.
 */
export async function addedInlineSuppressions(deps: {
  exec: ExecFn
  logger: Logger
  workspace: string
  base: string
  signal?: AbortSignal
}): Promise<string[]> {
  const range = await addedInRange(
    {
      exec: deps.exec,
      logger: deps.logger,
      cwd: deps.workspace,
      timeoutMs: 60_000,
      ...(deps.signal ? { signal: deps.signal } : {})
    },
    deps.base,
    'diff'
  )
  const lines = describeAddedSuppressions(suppressionsIn(range.hunks))
  if (range.problems.length > 0)
    lines.push(
      `inline suppressions added by this change could not all be listed: ${range.problems.join('; ')}`
    )
  return lines
}

import type { z } from 'zod'

/**
 * Every adapter checks the shape of its tool's output against a schema of its own before
 * reading it: a tool that prints `{}`, a truncated report or a different format version is a
 * tool failure, never "0 findings". The schemas name only what runguard reads; other fields
 * pass unchecked so a newer tool version that adds fields still parses.
 */

/** A tool's output does not have the shape its adapter reads. */
export class ToolOutputError extends Error {
  override readonly name = 'ToolOutputError'
}

const MAX_ISSUES_SHOWN = 3

/** `results[2].line_number` from a zod issue path (after `prefix`, e.g. `results[2]`). */
function pathText(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? '(top level)' : out
}

/**
 * Parses `json` with `schema` and returns the typed value, or throws ToolOutputError whose
 * message starts with `what` and names the first mismatching fields.
 */
export function checkToolOutput<T extends z.ZodType>(
  schema: T,
  json: unknown,
  what: string,
  /** Where `json` sits in the report, for messages (checkToolOutputItem). */
  at = ''
): z.output<T> {
  const result = schema.safeParse(json)
  if (result.success) return result.data
  const issues = result.error.issues
  const shown = issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map(i => `${pathText(i.path, at)}: ${i.message.replace(/^Invalid input: /, '')}`)
    .join('; ')
  const more =
    issues.length > MAX_ISSUES_SHOWN ? ` (+${issues.length - MAX_ISSUES_SHOWN} more)` : ''
  throw new ToolOutputError(`${what}: ${shown}${more}`)
}

/**
 * One item of a report's bulk list (`results[i]`), checked when the parser reaches it, where
 * the report around it was checked with that list as `unknown[]`. Zod returns checked copies:
 * made one item at a time they die young, while the copy of a whole report of 100,000 results
 * sat in memory beside the parsed JSON and the findings made from it. A bad item still fails
 * the whole report (the parser throws), with the message checkToolOutput gives.
 */
export function checkToolOutputItem<T extends z.ZodType>(
  schema: T,
  item: unknown,
  at: string,
  what: string
): z.output<T> {
  return checkToolOutput(schema, item, what, at)
}

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

/** `results[2].line_number` from a zod issue path. */
function pathText(path: readonly PropertyKey[]): string {
  let out = ''
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
  what: string
): z.output<T> {
  const result = schema.safeParse(json)
  if (result.success) return result.data
  const issues = result.error.issues
  const shown = issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map(i => `${pathText(i.path)}: ${i.message.replace(/^Invalid input: /, '')}`)
    .join('; ')
  const more =
    issues.length > MAX_ISSUES_SHOWN ? ` (+${issues.length - MAX_ISSUES_SHOWN} more)` : ''
  throw new ToolOutputError(`${what}: ${shown}${more}`)
}

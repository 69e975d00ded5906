import parseSpdx from 'spdx-expression-parse'

/**
 * Why one `allow-licenses` / `deny-licenses` entry is not a single SPDX licence id, or
 * undefined when it is. Kept apart from `licenses.ts` so that validating the settings, which
 * every command does, loads only the SPDX parser and not spdx-correct and spdx-satisfies
 * (spdx-correct sorts its tables when it is imported).
 */
export function policyEntryError(entry: string): string | undefined {
  let node: parseSpdx.Info
  try {
    node = parseSpdx(entry)
  } catch {
    return `'${entry}' is not an SPDX licence identifier (see https://spdx.org/licenses/)`
  }
  if ('conjunction' in node)
    return `'${entry}' is an expression; list each licence on its own (e.g. MIT, Apache-2.0)`
  return undefined
}

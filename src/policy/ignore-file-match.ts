import { compileGlob } from '../glob/match.js'
import type { Finding } from '../model.js'
import { advisoryIds } from './dedupe.js'
import type { IgnoreEntry } from './ignore-file.js'

/** A compiled entry: test findings (or a whole dedupe group's id set) against it. */
export interface IgnoreMatcher {
  entry: IgnoreEntry
  /** True when every selector of the entry matches; `groupIds` widens `id` matching to aliases
   * other tools reported for the same advisory. */
  matches(finding: Finding, groupIds?: ReadonlySet<string>): boolean
}

/** Compiles an entry once (globs are compiled once, not per finding). */
export function compileIgnoreEntry(entry: IgnoreEntry): IgnoreMatcher {
  const glob = entry.path === undefined ? undefined : compileGlob(entry.path)
  const id = entry.id?.toUpperCase()
  const rule = entry.rule?.toLowerCase()
  return {
    entry,
    matches(finding, groupIds) {
      if (entry.tool !== undefined && finding.tool !== entry.tool) return false
      if (entry.fingerprint !== undefined && finding.fingerprint !== entry.fingerprint) return false
      if (rule !== undefined && finding.ruleId.toLowerCase() !== rule) return false
      if (glob && !glob(finding.location.path)) return false
      if (id !== undefined) {
        const ids = groupIds ?? new Set(advisoryIds(finding))
        if (!ids.has(id) && finding.ruleId.toUpperCase() !== id) return false
      }
      return true
    }
  }
}

import type { Finding } from '../model.js'
import { MAX_SNAPSHOT_FINDINGS, type FindingRef, type SnapshotEntry } from './record.js'

/** What changed in the counted findings since the last trend run of the category. */
export interface FindingsDelta {
  /** Counted now, absent from the last trend run (by fingerprint, stable across line moves). */
  new: Finding[]
  /** In the last trend run, gone now. */
  fixed: FindingRef[]
  /** The run compared with. */
  since: { timestamp: string; commit?: string }
}

/**
 * New vs fixed findings against the snapshot of the last trend run; undefined when there is
 * none, or when either side has more findings than the snapshot keeps (then the comparison
 * would report findings as fixed that were only cut off).
 */
export function findingsDelta(
  previous: SnapshotEntry | undefined,
  counted: readonly Finding[]
): FindingsDelta | undefined {
  if (!previous || previous.truncated || counted.length > MAX_SNAPSHOT_FINDINGS) return undefined
  const before = new Set(previous.findings.map(f => f.fingerprint))
  const now = new Set(counted.map(f => f.fingerprint))
  return {
    new: counted.filter(f => !before.has(f.fingerprint)),
    fixed: previous.findings.filter(f => !now.has(f.fingerprint)),
    since: {
      timestamp: previous.timestamp,
      ...(previous.commit ? { commit: previous.commit } : {})
    }
  }
}

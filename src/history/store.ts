import {
  FINDINGS_FILE,
  HISTORY_FILE,
  parseHistory,
  parseSnapshot,
  retain,
  type FindingsSnapshot,
  type HistoryRecord
} from './record.js'

/** What a store holds, read once per run. */
export interface StoreContents {
  /** Every readable record, oldest first, at most `keep` per category. */
  records: HistoryRecord[]
  /** The findings of the last trend run per category. */
  snapshot: FindingsSnapshot
  /** What could not be read (bad lines, an unreadable snapshot), one line each. */
  problems: string[]
}

/** A change to the store: the record to append and, for trend runs, the new snapshot. */
export interface StoreUpdate {
  record?: HistoryRecord
  /** Replaces the snapshot (computed from the freshest one, so concurrent writers keep theirs). */
  snapshot?: (current: FindingsSnapshot) => FindingsSnapshot
  /** Retention per category applied while writing. */
  keep: number
  /** Prune only this category (runguard history prune --category). */
  pruneCategory?: string
}

/** Where the history lives: a local directory or a git branch. */
export interface HistoryStore {
  /** For messages: `.runguard/history` or `branch runguard-data of <url>`. */
  readonly description: string
  load(keep: number): Promise<StoreContents>
  /**
   * Applies the update to the freshest contents; concurrent writers each keep their record.
   * Returns the records removed by retention.
   */
  update(update: StoreUpdate): Promise<{ pruned: number }>
}

/** The files of a store, as read. */
export interface StoreFiles {
  history?: string
  findings?: string
}

/** Parses the files of a store into its contents. */
export function contentsOf(files: StoreFiles, keep: number): StoreContents {
  const parsed = parseHistory(files.history ?? '')
  const snap = parseSnapshot(files.findings)
  const problems: string[] = []
  if (parsed.skipped > 0)
    problems.push(
      `${HISTORY_FILE}: ${parsed.skipped} line(s) are not runguard history records and were skipped`
    )
  if (snap.problem) problems.push(snap.problem)
  return { records: retain(parsed.records, keep), snapshot: snap.snapshot, problems }
}

/**
 * The new file texts for an update: the record appended, retention applied (all categories,
 * or only `pruneCategory`), the snapshot replaced. Unreadable lines are dropped on a rewrite.
 */
export function applyUpdate(
  files: StoreFiles,
  update: StoreUpdate
): { history: string; findings?: string; pruned: number; rewritten: boolean } {
  const parsed = parseHistory(files.history ?? '')
  const all = update.record ? [...parsed.records, update.record] : parsed.records
  const kept = update.pruneCategory
    ? keepCategory(all, update.keep, update.pruneCategory)
    : retain(all, update.keep)
  const pruned = all.length - kept.length
  const history = kept.map(r => JSON.stringify(r) + '\n').join('')
  const findings = update.snapshot
    ? JSON.stringify(update.snapshot(parseSnapshot(files.findings).snapshot)) + '\n'
    : undefined
  return {
    history,
    ...(findings !== undefined ? { findings } : {}),
    pruned,
    rewritten: pruned > 0 || parsed.skipped > 0
  }
}

function keepCategory(
  records: readonly HistoryRecord[],
  keep: number,
  category: string
): HistoryRecord[] {
  const ofCategory = records.filter(r => r.category === category)
  const drop = new Set(ofCategory.slice(0, Math.max(0, ofCategory.length - keep)).map(r => r.id))
  return records.filter(r => !drop.has(r.id))
}

export { FINDINGS_FILE, HISTORY_FILE }

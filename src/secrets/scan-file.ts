import { closeSync, constants, openSync, readFileSync } from 'node:fs'
import type { DemoPolicy } from './engine.js'
import { scanText } from './engine.js'
import { decodeText, isBinaryContent } from './files.js'
import { scanLargeFile } from './stream.js'
import type { SecretMatch } from './types.js'

/**
 * One file of the working-tree scan, read and scanned: the unit of work the worker pool
 * (src/secrets/pool.ts) and the in-thread scan share, so both give the same answer.
 */

/** A file to scan: absolute path, repo-relative posix path, size from the walk. */
export interface ScanJob {
  abs: string
  rel: string
  size: number
}

/** What became of one file. `matches` hold raw values: they never leave the process. */
export type FileOutcome =
  | { rel: string; kind: 'scanned'; matches: SecretMatch[] }
  | { rel: string; kind: 'binary' }
  | { rel: string; kind: 'unread'; reason: string }

/** Files above this are scanned in chunks (src/secrets/stream.ts) instead of read whole. */
export const STREAM_THRESHOLD = 8 * 1024 * 1024

/**
 * A file the walk saw as regular may have been swapped since: never follow a link there, and never
 * block on a FIFO (a synchronous read would hang the thread; non-blocking fails with EAGAIN).
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

function unread(rel: string, error: unknown): FileOutcome {
  return {
    rel,
    kind: 'unread',
    reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
  }
}

/**
 * Reads and scans one file; a read error is an outcome, never a throw. Large files are
 * streamed (asynchronously); the others are read with one synchronous call: `fs.promises.readFile`
 * costs four thread-pool round trips (open, stat, read, close) per file, which on a tree of
 * small files cost more CPU than scanning them.
 */
export function scanFile(job: ScanJob, demo: DemoPolicy): FileOutcome | Promise<FileOutcome> {
  if (job.size > STREAM_THRESHOLD) return scanStreamed(job, demo)
  let bytes: Buffer
  try {
    const fd = openSync(job.abs, READ_FLAGS)
    try {
      bytes = readFileSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    return unread(job.rel, error)
  }
  if (isBinaryContent(bytes)) return { rel: job.rel, kind: 'binary' }
  return {
    rel: job.rel,
    kind: 'scanned',
    matches: scanText(decodeText(bytes), { path: job.rel, demo })
  }
}

async function scanStreamed(job: ScanJob, demo: DemoPolicy): Promise<FileOutcome> {
  try {
    const matches = await scanLargeFile(job.abs, job.rel, demo)
    return matches === undefined
      ? { rel: job.rel, kind: 'binary' }
      : { rel: job.rel, kind: 'scanned', matches }
  } catch (error) {
    return unread(job.rel, error)
  }
}

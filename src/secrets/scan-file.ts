import { isAscii } from 'node:buffer'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import type { DemoPolicy } from './engine.js'
import { scanText } from './engine.js'
import { SAFE_READ_FLAGS, decodeText, isBinaryContent } from './files.js'
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
    const fd = openSync(job.abs, SAFE_READ_FLAGS)
    try {
      // The size of the file now open, not the walk's: a file that grew since (a script writing
      // beside the scan) is streamed when it crossed the threshold, and never read past this size.
      const size = fstatSync(fd).size
      if (size > STREAM_THRESHOLD) return scanStreamed(job, demo)
      bytes = Buffer.allocUnsafe(size)
      let read = 0
      while (read < size) {
        const n = readSync(fd, bytes, read, size - read, null)
        if (n === 0) break
        read += n
      }
      bytes = bytes.subarray(0, read)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    return unread(job.rel, error)
  }
  if (isBinaryContent(bytes)) return { rel: job.rel, kind: 'binary' }
  // Most source files are ASCII: the keyword pass then reads the bytes (src/secrets/engine.ts).
  const ascii = isAscii(bytes) ? bytes : undefined
  return {
    rel: job.rel,
    kind: 'scanned',
    matches: scanText(decodeText(bytes), { path: job.rel, demo, ...(ascii ? { ascii } : {}) })
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

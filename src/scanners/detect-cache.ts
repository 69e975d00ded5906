import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { realpathLenient, resolveTool } from '../trust/tool-path.js'

/**
 * Remembers what a tool's `--version` probe printed, so detection stays off the hot path:
 * `semgrep --version` alone takes seconds (a Python start plus its own imports) and used to run
 * before every Semgrep scan. An entry is keyed by the program's resolved path, its real path,
 * size, mtime and ctime, and the probe's arguments: reinstalling, upgrading or replacing the
 * program (pip rewrites its entry script) changes the key, so a stale version is never used.
 *
 * The cache is one JSON file in the tools directory, which runguard already trusts to hold the
 * programs it runs (checkToolsDir keeps it outside the workspace), so a pull request cannot
 * plant entries. Reading or writing it never fails a scan: a missing, unreadable, corrupt or
 * read-only cache just means the probe runs.
 */

export const CACHE_FILE = 'detect-cache.json'
/** A larger file is not ours (or is corrupt): ignore it. */
const MAX_CACHE_BYTES = 1024 * 1024
/** Probe output kept per entry: a version banner, not a log. */
const MAX_OUTPUT_CHARS = 4096
const MAX_ENTRIES = 200

interface CacheFile {
  v: 1
  entries: Record<string, string>
}

/**
 * The cache key for running `program args` under `pathValue`, or undefined when the program
 * cannot be resolved (or resolves inside the workspace: the exec wrapper refuses it anyway).
 */
export function probeKey(
  program: string,
  args: readonly string[],
  pathValue: string,
  workspace: string
): string | undefined {
  try {
    const resolved = resolveTool(program, pathValue, workspace)
    if (resolved === undefined) return undefined
    const st = statSync(resolved)
    return JSON.stringify([
      resolved,
      realpathLenient(resolved),
      st.size,
      st.mtimeMs,
      st.ctimeMs,
      st.ino,
      args
    ])
  } catch {
    return undefined
  }
}

/** Cached probe outputs per cache file, loaded once per process. */
const loaded = new Map<string, Map<string, string>>()

function load(file: string): Map<string, string> {
  let entries = loaded.get(file)
  if (entries) return entries
  entries = new Map()
  try {
    if (statSync(file).size <= MAX_CACHE_BYTES) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>
      if (data.v === 1 && data.entries && typeof data.entries === 'object') {
        for (const [k, v] of Object.entries(data.entries))
          if (typeof v === 'string') entries.set(k, v)
      }
    }
  } catch {
    // No cache yet, or not readable as ours: start empty.
  }
  loaded.set(file, entries)
  return entries
}

/** The probe output recorded for `key` in `toolsDir`'s cache. */
export function cachedProbe(toolsDir: string, key: string): string | undefined {
  return load(path.join(toolsDir, CACHE_FILE)).get(key)
}

/** Records a successful probe's output; best effort (atomic rename, errors ignored). */
export function rememberProbe(toolsDir: string, key: string, output: string): void {
  const file = path.join(toolsDir, CACHE_FILE)
  const entries = load(file)
  entries.set(key, output.slice(0, MAX_OUTPUT_CHARS))
  // Oldest first out: Map keeps insertion order.
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
  const data: CacheFile = { v: 1, entries: Object.fromEntries(entries) }
  const tmp = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(toolsDir, { recursive: true })
    writeFileSync(tmp, JSON.stringify(data), { mode: 0o644 })
    renameSync(tmp, file)
  } catch {
    // Read-only or missing tools directory: the probe simply runs next time too.
  }
}

/** Forgets what was loaded (tests). */
export function resetProbeCache(): void {
  loaded.clear()
}

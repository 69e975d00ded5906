import fs from 'node:fs'
import path from 'node:path'
import { SKIPPED_DIRS } from './skipped-dirs.js'

/**
 * Files a scanner must not be handed (SECURITY.md, promise 6). Bandit and Semgrep walk the targets
 * themselves and open every file with a matching name: a committed symlink `evil.py ->
 * /dev/zero` is read until memory runs out, a FIFO blocks the reader until the tool timeout, a
 * 2 GB file takes gigabytes. runguard walks the targets first, without following links, and
 * names every entry that is not a regular file inside the workspace under the size bound, so
 * the adapter excludes it and the run lists it.
 */

/** One entry the tool is not given, and why. */
export interface UnsafeTarget {
  /** Workspace-relative, `/`-separated. */
  path: string
  reason: string
}

export interface UnsafeTargetOptions {
  /** Only names the tool would read (Bandit: .py/.pyw); default: every file. */
  include?: (name: string) => boolean
  /** Regular files larger than this are listed. */
  maxBytes: number
  /**
   * Which large files are worth listing (default: those `include` takes). A tool that skips
   * large files itself (Semgrep) lists only source files, not every large data file.
   */
  listLarge?: (name: string) => boolean
}

/** Stop walking after this many entries (a bound on the walk's own time). */
const MAX_ENTRIES = 500_000
const MAX_DEPTH = 64
const SKIPPED = new Set(SKIPPED_DIRS)

const inside = (root: string, p: string): boolean => {
  const rel = path.relative(root, p)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** The unsafe entries under `targets` (absolute paths inside `workspace`). */
export function unsafeTargets(
  workspace: string,
  targets: readonly string[],
  opts: UnsafeTargetOptions
): UnsafeTarget[] {
  const out: UnsafeTarget[] = []
  let realRoot = workspace
  try {
    realRoot = fs.realpathSync(workspace)
  } catch {
    // the workspace is checked elsewhere
  }
  let seen = 0
  const rel = (p: string): string => path.relative(workspace, p).split(path.sep).join('/')
  const check = (abs: string, st: fs.Stats): void => {
    const name = path.basename(abs)
    if (st.isDirectory()) return
    if (opts.include && !opts.include(name)) return
    if (st.isSymbolicLink()) {
      let target: fs.Stats
      let real: string
      try {
        real = fs.realpathSync(abs)
        target = fs.statSync(real)
      } catch {
        return // dangling: no tool can read it
      }
      if (target.isDirectory()) return // tools do not follow directory links
      if (!inside(realRoot, real))
        out.push({ path: rel(abs), reason: 'a symlink to a file outside the workspace' })
      else if (!target.isFile())
        out.push({ path: rel(abs), reason: 'a symlink to a device, FIFO or socket' })
      else if (target.size > opts.maxBytes)
        out.push({ path: rel(abs), reason: `a symlink to a file above ${opts.maxBytes} bytes` })
      return
    }
    if (!st.isFile())
      out.push({ path: rel(abs), reason: 'not a regular file (device, FIFO or socket)' })
    else if (st.size > opts.maxBytes && (opts.listLarge?.(name) ?? true))
      out.push({ path: rel(abs), reason: `larger than ${opts.maxBytes} bytes` })
  }
  const walk = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH || seen > MAX_ENTRIES) return
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (++seen > MAX_ENTRIES) return
      const abs = path.join(dir, e.name)
      if (e.isDirectory()) {
        if (!SKIPPED.has(e.name)) walk(abs, depth + 1)
        continue
      }
      // Regular files of names the tool does not read are the common case: no lstat for them.
      if (e.isFile() && opts.include && !opts.include(e.name)) continue
      if (e.isFile() && opts.listLarge && !opts.listLarge(e.name)) continue
      try {
        check(abs, fs.lstatSync(abs))
      } catch {
        // vanished meanwhile
      }
    }
  }
  for (const t of targets) {
    let st: fs.Stats
    try {
      st = fs.lstatSync(t)
    } catch {
      continue
    }
    if (st.isDirectory()) walk(t, 0)
    else check(t, st)
  }
  return out
}

/** Warning lines for a ToolRun: how many were not given to the tool, the first few by name. */
export function describeUnsafeTargets(tool: string, found: readonly UnsafeTarget[]): string[] {
  if (found.length === 0) return []
  const shown = found.slice(0, 20).map(f => `${f.path} (${f.reason})`)
  const more = found.length > shown.length ? `; ${found.length - shown.length} more` : ''
  return [`${found.length} file(s) not given to ${tool}: ${shown.join(', ')}${more}`]
}

/** A glob that matches exactly `p` (a workspace-relative path), glob characters made literal. */
export function literalGlob(p: string): string {
  return p.replace(/[*?[]/g, c => `[${c}]`)
}

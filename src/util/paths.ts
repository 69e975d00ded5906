import { readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'

/**
 * Real path of `p`, or of its deepest existing ancestor with the rest appended: a tool may
 * report a file that is gone (or a path we cannot stat), and symlinks above it still count.
 */
function realpathLenient(p: string): string {
  const rest: string[] = []
  let current = p
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...rest.reverse())
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return p
      rest.push(path.basename(current))
      current = parent
    }
  }
}

/**
 * Turns a path a tool reported (absolute, or relative to the workspace) into a repo-relative
 * posix path, or `undefined` when it lies outside the workspace (also through a symlink).
 * The workspace root itself is `.`.
 */
export function toRepoPath(workspace: string, p: string): string | undefined {
  if (p === '' || p.includes('\0')) return undefined
  // On Windows `\` separates path parts (path.resolve below reads both); on POSIX it is an
  // ordinary file-name character (`pkg\evil.py` is one file), so it is kept as it is.
  const native = p.replace(/^file:\/\//, '')
  const root = realpathLenient(path.resolve(workspace))
  const target = realpathLenient(path.resolve(root, native))
  const rel = path.relative(root, target)
  if (rel === '') return '.'
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined
  return rel.split(path.sep).join('/')
}

/**
 * The text of a file a finding points at, or `undefined` when it cannot be read or lies outside
 * the workspace, also through a symlink on the file or a folder above it. The reports read these
 * files after the script has run, and a script may replace a scanned file with a link to a file
 * outside the workspace: its lines would then reach the SARIF log as line hashes.
 */
export function readWorkspaceText(workspace: string, repoPath: string): string | undefined {
  const rel = toRepoPath(workspace, repoPath)
  if (rel === undefined || rel === '.') return undefined
  try {
    // The resolved path, not the given one: no link is followed after the check.
    return readFileSync(path.join(realpathSync.native(path.resolve(workspace)), rel), 'utf8')
  } catch {
    return undefined
  }
}

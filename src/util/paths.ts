import { realpathSync } from 'node:fs'
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

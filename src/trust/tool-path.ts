import { accessSync, constants, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'

/**
 * Where scanners may be executed from. Repository content never runs (SECURITY.md, promise 4): the tools
 * directory must resolve outside the workspace, PATH entries inside the workspace (or relative
 * ones, which resolve against it) are dropped before a tool is looked up, and the file a tool
 * name resolves to is checked again after following symlinks. runguard's own tools directory
 * comes first, so the pinned versions win over others on PATH.
 */

/** Real path of `p`, or of its deepest existing ancestor with the rest appended. */
export function realpathLenient(p: string): string {
  const rest: string[] = []
  let current = path.resolve(p)
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...rest.reverse())
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return path.resolve(p)
      rest.push(path.basename(current))
      current = parent
    }
  }
}

/** True when `p` is `root` or below it, after resolving symlinks on both. */
export function isWithin(root: string, p: string): boolean {
  const rel = path.relative(realpathLenient(root), realpathLenient(p))
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel))
}

/** Throws a ConfigurationError when the tools directory resolves inside the workspace. */
export function checkToolsDir(toolsDir: string, workspace: string): void {
  if (isWithin(workspace, toolsDir))
    throw new ConfigurationError(
      `tools-dir ${toolsDir} is inside the workspace ${workspace}: runguard never runs tools from the repository (a pull request could put its own program there); choose a directory outside it, e.g. ~/.cache/runguard-tools`,
      { field: 'tools-dir', value: toolsDir }
    )
}

/**
 * PATH for running scanners: `toolDirs` first (runguard's pinned tools), then the caller's PATH
 * without relative entries and without entries that resolve inside the workspace.
 */
export function trustedPath(
  pathValue: string,
  toolDirs: readonly string[],
  workspace: string
): string {
  const kept = pathValue
    .split(path.delimiter)
    .filter(dir => dir !== '' && path.isAbsolute(dir) && !isWithin(workspace, dir))
  return [...new Set([...toolDirs, ...kept])].join(path.delimiter)
}

/** Thrown when a tool name resolves to a program inside the workspace. */
export class UntrustedToolError extends Error {}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The absolute program `command` runs as with `pathValue`, or undefined when not found. A name
 * with a slash is taken as a path. Throws UntrustedToolError when the program, after following
 * symlinks, lies inside the workspace.
 */
export function resolveTool(
  command: string,
  pathValue: string,
  workspace: string
): string | undefined {
  const candidates = command.includes('/')
    ? [path.resolve(command)]
    : pathValue
        .split(path.delimiter)
        .filter(d => d !== '')
        .map(d => path.join(d, command))
  const found = candidates.find(isExecutableFile)
  if (found === undefined) return undefined
  if (isWithin(workspace, found))
    throw new UntrustedToolError(
      `${command} resolves to ${realpathLenient(found)}, inside the workspace; runguard never runs programs from the repository`
    )
  return found
}

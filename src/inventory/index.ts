import { existsSync, lstatSync, readdirSync, type Dirent } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { compileGlobs } from '../glob/match.js'
import type { Logger } from '../logger.js'
import type { Component } from '../model.js'
import { toRepoPath } from '../util/paths.js'
import { SKIPPED_DIRS } from '../util/skipped-dirs.js'
import { parsePipfileLock, parsePoetryLock, parseUvLock, type FileParse } from './lockfiles.js'
import { makeComponent } from './names.js'
import { parsePyproject } from './pyproject.js'
import { parseRequirements } from './requirements.js'

export { analyzeSpecifier, normalizeName, pypiPurl } from './names.js'
export { parseRequirements, type RequirementsParse } from './requirements.js'
export { parsePipfileLock, parsePoetryLock, parseUvLock, type FileParse } from './lockfiles.js'
export { parsePyproject } from './pyproject.js'

/** What the inventory found under the scanned paths. */
export interface Inventory {
  /** Every dependency, in file order; the same package in two files is two components. */
  components: Component[]
  /** Repo-relative posix paths of every file read (including `-r`/`-c` targets). */
  files: string[]
  /** One human line each: unpinned or unversioned entries, unreadable files, skipped includes. */
  warnings: string[]
}

/** The kinds of dependency file the inventory reads. */
export type ManifestKind = 'requirements' | 'pipfile-lock' | 'poetry-lock' | 'uv-lock' | 'pyproject'

/** Directories never walked into (util/skipped-dirs.ts: tooling state, not the project's manifests). */
const SKIP_DIRS: ReadonlySet<string> = new Set(SKIPPED_DIRS)
/** Dependency files larger than this are not real manifests; skip instead of stalling. */
const MAX_FILE_BYTES = 10 * 1024 * 1024

/** Which parser a file name calls for, or undefined when it is not a dependency file. */
export function manifestKind(repoPath: string): ManifestKind | undefined {
  const base = path.posix.basename(repoPath)
  const parent = path.posix.basename(path.posix.dirname(repoPath))
  if (/^requirements.*\.txt$/i.test(base)) return 'requirements'
  if (parent === 'requirements' && /\.txt$/i.test(base)) return 'requirements'
  if (base === 'Pipfile.lock') return 'pipfile-lock'
  if (base === 'poetry.lock') return 'poetry-lock'
  if (base === 'uv.lock') return 'uv-lock'
  if (base === 'pyproject.toml') return 'pyproject'
  return undefined
}

const PARSERS: Record<
  Exclude<ManifestKind, 'requirements'>,
  (text: string, file: string) => FileParse
> = {
  'pipfile-lock': parsePipfileLock,
  'poetry-lock': parsePoetryLock,
  'uv-lock': parseUvLock,
  pyproject: parsePyproject
}

/**
 * Finds and parses the Python dependency files under `paths` (relative to `workspace` or
 * absolute inside it). Skips VCS dirs, virtualenvs (a dir with pyvenv.cfg), node_modules and
 * `exclude` globs (src/glob/match.ts, matched on repo-relative paths). Never throws for a bad file:
 * it becomes a warning.
 */
export async function discoverComponents(
  workspace: string,
  paths: string[],
  logger: Logger,
  exclude: string[] = []
): Promise<Inventory> {
  const root = path.resolve(workspace)
  const isExcluded = exclude.length > 0 ? compileGlobs(exclude) : (): boolean => false
  const warnings: string[] = []
  const found = new Set<string>()

  const walk = (abs: string, rel: string): void => {
    if (rel !== '.' && (isExcluded(rel) || isExcluded(`${rel}/`))) return
    let entries: Dirent[]
    try {
      entries = readdirSync(abs, { withFileTypes: true })
    } catch (e) {
      warnings.push(
        `${rel}: cannot list directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`
      )
      return
    }
    if (rel !== '.' && entries.some(e => e.name === 'pyvenv.cfg')) return
    for (const entry of entries) {
      const childRel = rel === '.' ? entry.name : `${rel}/${entry.name}`
      // Symlinked directories are not followed (loops, and they may leave the workspace).
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path.join(abs, entry.name), childRel)
      } else if (
        (entry.isFile() || entry.isSymbolicLink()) &&
        manifestKind(childRel) &&
        !isExcluded(childRel)
      ) {
        found.add(childRel)
      }
    }
  }

  for (const p of paths) {
    const rel = toRepoPath(root, p)
    if (rel === undefined) {
      warnings.push(`${p}: outside the workspace, not scanned for dependencies`)
      continue
    }
    const abs = path.join(root, rel)
    if (!existsSync(abs)) {
      warnings.push(`${rel}: does not exist`)
      continue
    }
    if (lstatSync(abs).isDirectory()) walk(abs, rel)
    else if (manifestKind(rel) && !isExcluded(rel)) found.add(rel)
  }

  const components: Component[] = []
  const files: string[] = []
  const read = async (rel: string): Promise<string | undefined> => {
    const checked = toRepoPath(root, rel)
    if (checked === undefined) {
      warnings.push(`${rel}: resolves outside the workspace, not read`)
      return undefined
    }
    try {
      const abs = path.join(root, checked)
      if ((await stat(abs)).size > MAX_FILE_BYTES) {
        warnings.push(`${rel}: larger than ${MAX_FILE_BYTES} bytes, not read`)
        return undefined
      }
      return await readFile(abs, 'utf8')
    } catch (e) {
      warnings.push(`${rel}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
      return undefined
    }
  }

  const seen = new Set<string>()
  /** Reads a requirements file and its -r/-c includes; constraints pin unpinned entries. */
  const requirements = async (rel: string): Promise<void> => {
    if (seen.has(rel)) return
    seen.add(rel)
    const text = await read(rel)
    if (text === undefined) return
    files.push(rel)
    const parsed = parseRequirements(text, rel)
    const own: Component[] = [...parsed.components]
    const resolvedLines = new Set<string>()
    const notes: string[] = []
    for (const inc of parsed.includes) {
      const target = toRepoPath(root, path.resolve(root, path.posix.dirname(rel), inc.target))
      if (target === undefined) {
        notes.push(
          `${rel}:${inc.line}: include ${inc.target} is outside the workspace, not followed`
        )
        continue
      }
      if (!existsSync(path.join(root, target))) {
        notes.push(`${rel}:${inc.line}: include ${inc.target} not found`)
        continue
      }
      if (inc.kind === 'requirement') {
        await requirements(target)
        continue
      }
      if (seen.has(target)) continue
      seen.add(target)
      const ctext = await read(target)
      if (ctext === undefined) continue
      files.push(target)
      // pip constraints restrict versions without adding packages: a constraint pin gives an
      // unpinned requirement its version, and the line that pins it is the constraint's.
      const constraints = parseRequirements(ctext, target).components
      own.forEach((c, i) => {
        if (c.version !== undefined) return
        const pin = constraints.find(k => k.name === c.name && k.version !== undefined)
        if (pin?.version === undefined) return
        resolvedLines.add(`${c.file}:${c.line}: `)
        own[i] = makeComponent({
          name: c.name,
          version: pin.version,
          file: pin.file,
          line: pin.line,
          ...(pin.hashes ? { hashes: pin.hashes } : {})
        })
      })
    }
    // A constraint pinned it, so that line's "unpinned" warning no longer holds.
    const stillTrue = (w: string): boolean =>
      !(w.includes(' is unpinned') && [...resolvedLines].some(prefix => w.startsWith(prefix)))
    warnings.push(...parsed.warnings.filter(stillTrue), ...notes)
    components.push(...own)
  }

  for (const rel of [...found].sort()) {
    const kind = manifestKind(rel)
    if (kind === 'requirements') await requirements(rel)
    else if (kind !== undefined) {
      const text = await read(rel)
      if (text === undefined) continue
      files.push(rel)
      const parsed = PARSERS[kind](text, rel)
      components.push(...parsed.components)
      warnings.push(...parsed.warnings)
    }
  }
  logger.debug(`inventory: ${components.length} components in ${files.length} files`)
  return { components, files: [...new Set(files)], warnings: [...new Set(warnings)] }
}

import { statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * runguard's own Python helpers (the environment reader and the import hook)
 * live in `python/` at the package root, shipped like `rules/`. From sources that is
 * `<repo>/python`; from the ncc bundles (dist/index.js, dist/cli/index.js) it is next to dist/.
 */
export function findPythonHelpersDir(
  from: string = path.dirname(fileURLToPath(import.meta.url))
): string | undefined {
  let dir = path.resolve(from)
  for (;;) {
    const candidate = path.join(dir, 'python')
    try {
      if (statSync(path.join(candidate, 'runguard_environment.py')).isFile()) return candidate
    } catch {
      // Not here; keep walking up.
    }
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** The helper files, relative to the helpers directory. */
export const HELPER_FILES = {
  reader: 'runguard_environment.py',
  hookDir: 'runguard_hook'
} as const

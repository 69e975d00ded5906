import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A directory of runguard's own for files it hands to a tool. */
export interface PrivateDir {
  dir: string
  /** Writes a new file (never over an existing one, readable by its owner only); its path. */
  write: (name: string, text: string) => string
  /** Removes the directory and everything in it. */
  cleanup: () => void
}

/**
 * A fresh directory outside the workspace (mkdtemp: mode 0700, a name nobody can guess in
 * advance) for the config files runguard gives a tool instead of the ones in the tree, so a
 * change can neither pre-place nor link one of them.
 */
export function privateDir(prefix: string): PrivateDir {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  return {
    dir,
    write: (name, text) => {
      const file = path.join(dir, name)
      writeFileSync(file, text, { flag: 'wx', mode: 0o600 })
      return file
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}

import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * The import hook's wiring into the script's environment (what it records and how it is read:
 * src/inventory/loaded.ts). A fresh directory under the temporary directory holds a copy of
 * the hook (`hook/sitecustomize.py`, never runguard's own file) and the records (`records/`).
 * It is created 0700 by runguard's user, which is also who the script runs as, and the
 * temporary directory is not among the paths isolation hides, so the same paths work inside
 * the isolated run's mount namespace. One directory per gate run: every attempt (warmups,
 * retries, repeats) adds its processes' records, and what was loaded is their union.
 */
export interface ImportHook {
  /** Where the processes leave their records. */
  readonly recordDir: string
  /** The script's environment with the hook first on PYTHONPATH and the record directory named. */
  scriptEnv: (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv
  /** Removes the directory (records included). */
  cleanup: () => void
}

/** The environment variable naming the record directory (read by the hook). */
export const IMPORT_RECORD_ENV = 'RUNGUARD_IMPORT_RECORD'

/** Prepares the hook from runguard's helpers directory (`python/`). Throws when it cannot. */
export function prepareImportHook(helpersDir: string, parent: string = tmpdir()): ImportHook {
  const dir = mkdtempSync(path.join(parent, 'runguard-imports-'))
  try {
    const hookDir = path.join(dir, 'hook')
    const recordDir = path.join(dir, 'records')
    mkdirSync(hookDir, { mode: 0o700 })
    mkdirSync(recordDir, { mode: 0o700 })
    copyFileSync(
      path.join(helpersDir, 'runguard_hook', 'sitecustomize.py'),
      path.join(hookDir, 'sitecustomize.py')
    )
    return {
      recordDir,
      scriptEnv: env => ({
        ...env,
        PYTHONPATH: env.PYTHONPATH ? `${hookDir}${path.delimiter}${env.PYTHONPATH}` : hookDir,
        [IMPORT_RECORD_ENV]: recordDir
      }),
      cleanup: () => rmSync(dir, { recursive: true, force: true })
    }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true })
    throw e
  }
}

import type { Settings } from '../config/schema.js'
import { errorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import type { ToolRun } from '../model.js'
import { prepareImportHook, type ImportHook } from '../runner/import-hook.js'
import type { EnvironmentInventory } from './installed.js'
import { markLoaded, observeLoaded, readImportRecords, type RuntimeSummary } from './loaded.js'
import { findPythonHelpersDir } from './python-helpers.js'

/**
 * The "what the script loaded" stage of a gate run (docs/environment.md): started before the
 * script when an environment was read and scanners ran, finished after every attempt. Never
 * throws: a hook that cannot be set up is a note in the summary, and findings then carry no
 * mark (fail-on-loaded-only then discounts nothing).
 */
export interface ImportRecordStage {
  /** Passed to the runner: adds the hook to the script's environment. */
  scriptEnv?: (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv
  /** Reads the records, marks the findings, and says what was seen; removes the directory. */
  finish(
    toolRuns: ToolRun[],
    inventory: EnvironmentInventory
  ): Promise<{ toolRuns: ToolRun[]; inventory: EnvironmentInventory; notes: string[] }>
  /** Removes the directory without reading it (the run stopped on a configuration error). */
  discard(): void
}

/** Starts the stage; undefined when there is nothing to record (no script, no scanners, off). */
export function startImportRecord(
  settings: Pick<Settings, 'recordImports' | 'mode' | 'script' | 'failOnLoadedOnly'>,
  inventory: EnvironmentInventory | undefined,
  logger: Logger
): ImportRecordStage | undefined {
  if (!settings.recordImports || settings.mode !== 'gate' || !settings.script || !inventory)
    return undefined
  const helpers = findPythonHelpersDir()
  let hook: ImportHook | undefined
  let why = ''
  try {
    if (!helpers) throw new Error("runguard's python/ directory was not found")
    hook = prepareImportHook(helpers)
  } catch (e) {
    why = `the import hook could not be set up: ${errorMessage(e)}`
    logger.warning(`runguard: ${why}`)
  }
  const unrecorded = (inv: EnvironmentInventory, reason: string): EnvironmentInventory => ({
    ...inv,
    runtime: { recorded: false, why: reason }
  })
  return {
    ...(hook ? { scriptEnv: hook.scriptEnv } : {}),
    discard: () => hook?.cleanup(),
    finish: async (toolRuns, inv) => {
      if (!hook) return { toolRuns, inventory: unrecorded(inv, why), notes: [] }
      try {
        const { records, notes } = await readImportRecords(hook.recordDir)
        const observation = observeLoaded(records, inv.environment)
        const all = [...notes, ...observation.notes]
        if (observation.processes === 0) {
          const others = observation.otherEnvironments.length
            ? ` (${observation.otherEnvironments.length} process(es) of another Python ran)`
            : ''
          return {
            toolRuns,
            inventory: unrecorded(
              inv,
              `no Python process of this environment left an import record${others}: the script may not run Python from it, or ran it with -I, -E or -S, or removed the hook`
            ),
            notes: all
          }
        }
        const runtime: RuntimeSummary = {
          recorded: true,
          processes: observation.processes,
          journalOnly: observation.journalOnly,
          loaded: [...observation.loaded].sort(),
          otherEnvironments: observation.otherEnvironments,
          failOnLoadedOnly: settings.failOnLoadedOnly
        }
        return {
          toolRuns: toolRuns.map(t => ({ ...t, findings: markLoaded(t.findings, observation) })),
          inventory: { ...inv, runtime },
          notes: all
        }
      } catch (e) {
        const reason = `the import records could not be read: ${errorMessage(e)}`
        return { toolRuns, inventory: unrecorded(inv, reason), notes: [] }
      } finally {
        hook.cleanup()
      }
    }
  }
}

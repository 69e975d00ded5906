import path from 'node:path'
import type { Settings } from '../config/schema.js'
import { errorMessage } from '../errors.js'
import type { ExecFn } from '../exec.js'
import type { Logger } from '../logger.js'
import type { Component } from '../model.js'
import { readEnvironment, type EnvironmentResult } from './environment.js'
import type { EnvironmentInventory, InstalledFeed } from './installed.js'

/**
 * The installed-environment stage of a gate run. Reading starts at once (it only needs the
 * settings), in parallel with the manifest inventory and the scanners that do not need it; the
 * dependency scanners wait for `feed`. Everything it learned is in `result`.
 */
export interface EnvironmentStage {
  /** The pins for OSV-Scanner and Safety; undefined when no environment was read. */
  feed: Promise<InstalledFeed | undefined>
  /** What was read and what it means; never rejects. */
  result: Promise<EnvironmentStageResult>
  /** Removes the temporary pins file (after the scanners). */
  cleanup(): Promise<void>
}

/** The stage's outcome, for the SBOM, the findings' context and the summary. */
export interface EnvironmentStageResult {
  /** The environment set against the manifests, when it was read. */
  inventory?: EnvironmentInventory
  /** The reader's own result (why nothing was read). */
  read: EnvironmentResult
  /** Lines for the summary's warnings (a version mismatch, a failed read). */
  warnings: string[]
  /** Failures that fail the gate: a `python-path` the user set that could not be read. */
  errors: string[]
}

export interface EnvironmentStageInput {
  settings: Settings
  exec: ExecFn
  /** The environment the script starts from (PATH, VIRTUAL_ENV). */
  env: NodeJS.ProcessEnv
  logger: Logger
  /** The manifest inventory, when it is done (the graph marks direct/transitive against it). */
  manifest: Promise<{ components: Component[]; projects: string[] }>
  signal?: AbortSignal
}

/** Programs that run other commands: the python3 on their PATH is the likely interpreter. */
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'make', 'env', 'xargs', 'tox', 'nox'])

function runsThroughShell(settings: Settings): boolean {
  if (settings.shell) return true
  const program = settings.script?.[0]
  return program !== undefined && SHELLS.has(path.basename(program))
}

/** At most this many mismatch lines in the summary; the rest go to the log. */
const MAX_SHOWN_MISMATCHES = 10

/** Starts reading the environment; `feed` resolves as soon as the pins are written. */
export function startEnvironmentStage(input: EnvironmentStageInput): EnvironmentStage {
  const { settings, logger } = input
  const hasScript = settings.mode !== 'scan' && (settings.script?.length ?? 0) > 0
  const reading = readEnvironment({
    ...(settings.pythonPath !== undefined ? { pythonPath: settings.pythonPath } : {}),
    ...(settings.script ? { script: settings.script } : {}),
    shell: settings.shell,
    workspace: settings.workspace,
    cwd: path.resolve(settings.workspace, settings.workingDirectory),
    env: input.env,
    exec: input.exec,
    // runguard's own tools are not the script's environment.
    exclude: [settings.toolsDir],
    // `python3` on PATH is a guess; it is made only for a script that is a shell command (which
    // may well run that python), never without a script or for another runtime (`node …`).
    pathFallback: hasScript && runsThroughShell(settings),
    ...(input.signal ? { signal: input.signal } : {})
  }).catch((error: unknown): EnvironmentResult => ({
    status: 'failed',
    reason: `the environment reader failed: ${errorMessage(error)}`
  }))

  let feedFile: InstalledFeed | undefined
  let writeFeed: typeof import('./installed.js').writeInstalledFeed | undefined
  const result = (async (): Promise<EnvironmentStageResult> => {
    const read = await reading
    if (read.status !== 'read') {
      const line = `installed environment not read: ${read.reason}`
      if (read.status === 'missing') {
        logger.info(line)
        return { read, warnings: [], errors: [] }
      }
      logger.warning(line)
      // The user named the interpreter: not reading it must not pass unseen.
      return settings.pythonPath !== undefined
        ? { read, warnings: [], errors: [line] }
        : { read, warnings: [line], errors: [] }
    }
    const manifest = await input.manifest
    // Loaded only when there is an environment to analyse: its dependency graph brings the
    // requirement grammar (pip-requirements-js, built at import), which the Action would
    // otherwise load before its first scanner starts.
    const { analyzeEnvironment, mismatchWarnings, writeInstalledFeed } =
      await import('./installed.js')
    writeFeed = writeInstalledFeed
    const inventory = analyzeEnvironment(read.environment, manifest.components, manifest.projects)
    const env = read.environment
    logger.info(
      `installed environment: ${env.packages.length} packages of Python ${env.pythonVersion} from ${env.target.how}`
    )
    const mismatches = mismatchWarnings(inventory)
    for (const w of [...env.warnings, ...inventory.graph.warnings, ...mismatches])
      logger.warning(`environment: ${w}`)
    const shown = mismatches.slice(0, MAX_SHOWN_MISMATCHES).map(w => `environment: ${w}`)
    if (mismatches.length > shown.length)
      shown.push(`environment: ${mismatches.length - shown.length} more mismatch(es) in the log`)
    return { read, inventory, warnings: shown, errors: [] }
  })()

  const feed = result.then(r => {
    if (!r.inventory || !writeFeed) return undefined
    try {
      feedFile = writeFeed(r.inventory, r.inventory.manifest)
    } catch (error) {
      logger.warning(`installed environment pins could not be written: ${errorMessage(error)}`)
    }
    return feedFile
  })

  return {
    feed,
    result,
    cleanup: async () => {
      await feed.catch(() => undefined)
      feedFile?.cleanup()
    }
  }
}

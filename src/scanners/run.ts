import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from '../config/schema.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { execFile, type ExecFn } from '../exec.js'
import type { Logger } from '../logger.js'
import type { InstalledFeed } from '../inventory/installed.js'
import { Heartbeat } from '../progress.js'
import type { Component, ToolName, ToolRun } from '../model.js'
import type { Redactor } from '../redact.js'
import { checkToolsDir, resolveTool, trustedPath } from '../trust/tool-path.js'
import {
  installTool,
  PINNED_VERSIONS,
  toolBinDirs,
  type InstallOptions,
  type InstallResult
} from './install.js'
import { toRepoPath } from '../util/paths.js'
import { SCANNERS } from './registry.js'
import type { Detection, ScanContext, ScannerAdapter } from './types.js'

/**
 * Runs the selected scanners in parallel (at most `maxParallel` at once, each bounded by
 * `toolTimeout`), installing missing ones when `installTools` is on. Every selected tool gets
 * exactly one ToolRun; a tool problem is a status, never a thrown error that loses the others.
 */

/** What runScanners needs. */
export interface RunScannersOptions {
  settings: Settings
  logger: Logger
  exec: ExecFn
  /** The environment every tool starts from (the pipeline scrubs job tokens out of it). */
  env: NodeJS.ProcessEnv
  redactor: Redactor
  /**
   * Dependencies from src/inventory. A promise lets the scanners start while the inventory is
   * still being read: only the tools in READS_INVENTORY wait for it, just before they scan.
   */
  components: Component[] | Promise<Component[]>
  /** The installed environment's pins, still being read (see ScanContext.installed). */
  installed?: Promise<InstalledFeed | undefined>
  /** Aborting stops every running tool (their ToolRuns say so). */
  signal?: AbortSignal
  /** Adapters to choose from; defaults to the registry (tests pass fakes). */
  adapters?: readonly ScannerAdapter[]
  /** Installer for missing tools; defaults to installTool. */
  install?: (tool: ToolName, opts: InstallOptions) => Promise<InstallResult>
  /** Release-binary downloader for the installer (the Action's; see InstallOptions). */
  download?: InstallOptions['download']
  /**
   * Cache `--version` probes in the tools directory (detect-cache.ts). Default: on when `exec`
   * is the real execFile, off for a fake (whose made-up versions must never be cached).
   */
  cacheDetection?: boolean
  /** How often a line names the tools still running (default 10 s; 0: never). */
  heartbeatMs?: number
}

/** The adapters that read ScanContext.components (to point findings at the pinning line). */
const READS_INVENTORY: ReadonlySet<ToolName> = new Set(['osv-scanner', 'safety'])

/** Extra time past toolTimeout before the orchestrator stops waiting for an adapter. */
const ORCHESTRATOR_GRACE_MS = 5_000

/** Scan paths resolved and checked once (absolute, inside the workspace, existing). */
export interface ScanTargets {
  workspace: string
  paths: string[]
}

/**
 * Checks the scanner settings a user can get wrong before anything runs, so a mistake is a
 * ConfigurationError (exit 2) and not five failed tools.
 */
export function validateScanSettings(settings: Settings): ScanTargets {
  const workspace = path.resolve(settings.workspace)
  const paths = settings.paths.map(p => {
    const abs = path.resolve(workspace, p)
    if (toRepoPath(workspace, abs) === undefined) {
      throw new ConfigurationError(
        `paths: '${p}' is outside the workspace ${workspace}; list paths inside the repository`,
        { field: 'paths', value: p }
      )
    }
    if (!existsSync(abs)) {
      throw new ConfigurationError(
        `paths: '${p}' does not exist in ${workspace}; fix or remove it`,
        {
          field: 'paths',
          value: p
        }
      )
    }
    return abs
  })
  if (settings.scanners.includes('semgrep')) {
    if (settings.semgrepConfig.includes('auto')) {
      throw new ConfigurationError(
        "semgrepConfig: 'auto' needs Semgrep's metrics, which runguard always turns off; name rule files or packs (e.g. p/python) instead",
        { field: 'semgrepConfig', value: 'auto' }
      )
    }
    if (settings.semgrepNoDefaultRules && settings.semgrepConfig.length === 0) {
      throw new ConfigurationError(
        'semgrepNoDefaultRules is on but semgrepConfig is empty, so Semgrep would have no rules; add a semgrepConfig or turn semgrepNoDefaultRules off',
        { field: 'semgrepNoDefaultRules', value: true }
      )
    }
  }
  return { workspace, paths }
}

/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i] as T)
    }
  }
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker())
  )
  return results
}

function emptyRun(
  tool: ToolName,
  status: ToolRun['status'],
  reason: string,
  durationMs = 0
): ToolRun {
  return { tool, status, reason, durationMs: Math.round(durationMs), findings: [], errors: [] }
}

/** The registry's adapters loaded so far (each is loaded when its tool first runs). */
const loadedAdapters = new Map<ToolName, ScannerAdapter>()
let loading: Promise<unknown> = Promise.resolve()

/**
 * Runs `load` (an import) once the loads already queued here are done: jest's ESM loader fails
 * on concurrent imports that share modules. The adapters load through it in start order, and so
 * may a stage that loads its code while the scanners run (pipeline.ts: the inventory).
 */
export function loadInTurn<T>(load: () => Promise<T>): Promise<T> {
  const next = loading.then(load)
  loading = next.catch(() => undefined)
  return next
}

/** Loads a tool's adapter (registry.ts) in turn. */
function loadAdapter(tool: ToolName): Promise<ScannerAdapter | undefined> {
  const load = (SCANNERS as Partial<Record<string, () => Promise<ScannerAdapter>>>)[tool]
  if (!load) return Promise.resolve(undefined)
  return loadInTurn(async () => {
    const adapter = await load()
    loadedAdapters.set(tool, adapter)
    return adapter
  })
}

/**
 * Loads the adapter of the tool that starts first. Awaited before the other stages start
 * (pipeline.ts), so runScanners spawns that tool at once: the first line anything logs builds
 * the secret detector for redaction (~20 ms), and that line must not come before the spawn.
 * A failed load is reported on the tool's ToolRun when it runs.
 */
export async function prepareScanners(tools: readonly ToolName[]): Promise<void> {
  const first = startOrder(tools)[0]
  if (first !== undefined && !loadedAdapters.has(first))
    await loadAdapter(first).catch(() => undefined)
}

/**
 * Runs every selected scanner and returns one ToolRun per tool, in `settings.scanners` order.
 * Throws only ConfigurationError (from validateScanSettings), before any tool starts.
 */
export async function runScanners(opts: RunScannersOptions): Promise<ToolRun[]> {
  const { settings, logger, redactor } = opts
  const targets = validateScanSettings(settings)
  const install = opts.install ?? installTool
  // Relative to the workspace, like every other path setting (not to wherever runguard started).
  const toolsDir = path.resolve(targets.workspace, settings.toolsDir)
  // Repository content never runs: not from tools-dir, not from a PATH entry in the workspace.
  checkToolsDir(toolsDir, targets.workspace)
  // runguard's pinned tools first, then the caller's PATH without workspace entries; the program
  // a name resolves to is checked again after symlinks (a refusal fails that tool).
  const pathFor = (env: NodeJS.ProcessEnv): string =>
    trustedPath(env.PATH ?? env.Path ?? '', toolBinDirs(toolsDir), targets.workspace)
  const exec: ExecFn = async (command, args, options = {}) => {
    const env = options.env ?? opts.env
    const PATH = pathFor(env)
    resolveTool(command, PATH, targets.workspace)
    return opts.exec(command, args, { ...options, env: { ...env, PATH } })
  }
  const timeoutMs = settings.toolTimeout * 1000
  const components = Promise.resolve(opts.components)
  // Marked handled here: a failed inventory fails the tools that read it (and the caller, who
  // awaits it too), never the process through an unhandled rejection.
  components.catch(() => undefined)

  /**
   * `announce` logs "<tool>: started". It is called right after the tool's first process is
   * spawned (or its scan begins, for one that spawns nothing), not before: the line is redacted,
   * and the run's first redaction builds the secret detector (~20 ms), which then overlaps the
   * first tool instead of delaying its start. Any other line of the tool's comes after it.
   */
  const runOne = async (tool: ToolName, announce: () => void): Promise<ToolRun> => {
    const started = performance.now()
    const elapsed = (): number => performance.now() - started
    // A loaded adapter is taken without an await: the first tool's (prepareScanners) is then
    // spawned within this call, before another stage can log.
    let adapter = opts.adapters
      ? opts.adapters.find(a => a.name === tool)
      : loadedAdapters.get(tool)
    if (!adapter && !opts.adapters) {
      try {
        adapter = await loadAdapter(tool)
      } catch (e) {
        return emptyRun(tool, 'failed', `${tool}: its adapter did not load: ${errorMessage(e)}`)
      }
    }
    if (!adapter) return emptyRun(tool, 'failed', `runguard has no adapter for ${tool}`)
    if (opts.signal?.aborted)
      return emptyRun(tool, 'skipped', 'the scan was cancelled before it started')
    const controller = new AbortController()
    const onAbort = (): void => controller.abort()
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    // execFile spawns before it returns, so the line follows the spawn.
    const toolExec: ExecFn = (command, args, options) => {
      const running = exec(command, args, options)
      announce()
      return running
    }
    let ctx: ScanContext = {
      settings,
      workspace: targets.workspace,
      paths: targets.paths,
      exec: toolExec,
      env: opts.env,
      logger,
      redactor,
      // Filled in before scan() for the tools that read it; no other adapter looks at it.
      components: [],
      ...(opts.installed ? { installed: opts.installed } : {}),
      timeoutMs,
      signal: controller.signal,
      ...((opts.cacheDetection ?? opts.exec === execFile)
        ? { detectCache: { dir: toolsDir, pathFor } }
        : {})
    }
    try {
      let detection: Detection = await adapter.detect(ctx)
      let installNote = ''
      if (!detection.installed && settings.installTools) {
        const result = await install(tool, {
          settings,
          exec: toolExec,
          env: opts.env,
          logger,
          redactor,
          signal: controller.signal,
          ...(opts.download ? { download: opts.download } : {})
        })
        announce()
        logger.info(redactor.redact(result.message))
        if (result.ok) detection = await adapter.detect(ctx)
        else installNote = `; installing it into ${toolsDir} failed: ${result.message}`
      }
      if (!detection.installed) {
        const reason = `${tool} is not installed; install with: ${adapter.installHint}${installNote}`
        return emptyRun(
          tool,
          settings.requireTools ? 'failed' : 'skipped',
          redactor.redact(reason),
          elapsed()
        )
      }
      const pinned = (PINNED_VERSIONS as Partial<Record<ToolName, string>>)[tool]
      const warnings = [
        ...(detection.warning ? [`${tool}: ${detection.warning}`] : []),
        ...(pinned && detection.version && detection.version !== pinned
          ? [
              `${tool}: running ${detection.version} from PATH; runguard pins ${pinned} (scripts/setup.sh or \`runguard install-tools\` installs it into ${toolsDir}, where it is preferred)`
            ]
          : [])
      ]
      if (warnings.length > 0) announce()
      for (const w of warnings) logger.warning(w)
      if (READS_INVENTORY.has(tool)) ctx = { ...ctx, components: await components }
      const scanStarted = performance.now()
      let timer: NodeJS.Timeout | undefined
      // The adapter's exec enforces timeoutMs; this guard covers adapters that never return
      // (in-process scanners, a stuck pipe) and tells the adapter to stop.
      const guard = new Promise<ToolRun>(resolve => {
        timer = setTimeout(() => {
          controller.abort()
          resolve({
            ...emptyRun(
              tool,
              'timed-out',
              `${tool} did not finish within ${settings.toolTimeout}s and was stopped`,
              performance.now() - scanStarted
            ),
            ...(detection.version ? { version: detection.version } : {})
          })
        }, timeoutMs + ORCHESTRATOR_GRACE_MS)
      })
      const scanned = adapter.scan(ctx, detection).catch((e: unknown): ToolRun => ({
        ...emptyRun(
          tool,
          'failed',
          `${tool} adapter error: ${errorMessage(e)}`,
          performance.now() - scanStarted
        ),
        ...(detection.version ? { version: detection.version } : {})
      }))
      announce()
      const run = await Promise.race([scanned, guard])
      clearTimeout(timer)
      if (opts.signal?.aborted && run.status === 'failed') {
        return { ...run, reason: `the scan was cancelled; ${run.reason ?? ''}`.trim() }
      }
      return run
    } catch (e) {
      // detect() or the installer threw: a bug or an environment problem, still only this tool.
      return emptyRun(tool, 'failed', `${tool}: ${errorMessage(e)}`, elapsed())
    } finally {
      opts.signal?.removeEventListener('abort', onAbort)
    }
  }

  // Slowest first, so the long pole starts at once and the quick tools fill the other slots;
  // results still come back in settings.scanners order.
  const order = startOrder(settings.scanners)
  const heartbeat = new Heartbeat(logger, 'scanners', opts.heartbeatMs ?? 10_000)
  const started = await mapBounded(order, settings.maxParallel, async tool => {
    let announced = false
    const announce = (): void => {
      if (announced) return
      announced = true
      heartbeat.start(tool)
    }
    // A tool that never got to spawn anything (no adapter, not installed) is announced here.
    const run = await runOne(tool, announce).finally(() => {
      announce()
      heartbeat.finish(tool)
    })
    const clean: ToolRun = {
      ...run,
      ...(run.reason !== undefined ? { reason: redactor.redact(run.reason) } : {}),
      errors: run.errors.map(e => redactor.redact(e))
    }
    const seconds = (clean.durationMs / 1000).toFixed(1)
    const label = `${tool}${clean.version ? ` ${clean.version}` : ''}`
    if (clean.status === 'ok') {
      logger.info(`${label}: ${clean.findings.length} finding(s) in ${seconds}s`)
    } else {
      logger.warning(`${label}: ${clean.status}${clean.reason ? ` — ${clean.reason}` : ''}`)
    }
    return clean
  }).finally(() => heartbeat.stop())
  return settings.scanners.map(tool => started[order.indexOf(tool)] as ToolRun)
}

/**
 * Typical run time, slowest first (measured on real projects, docs/benchmarks.md): Semgrep's
 * start-up alone is seconds, Bandit walks every file, Safety and OSV-Scanner read a lock file
 * or two, the built-in secret detector runs in this process and is started last so it never
 * delays spawning the others.
 */
const TYPICAL_COST: readonly ToolName[] = ['semgrep', 'bandit', 'safety', 'osv-scanner', 'secrets']

/** `tools` in the order they start: slowest first, unknown tools after the known ones. */
export function startOrder(tools: readonly ToolName[]): ToolName[] {
  const rank = (t: ToolName): number => {
    const i = TYPICAL_COST.indexOf(t)
    return i < 0 ? TYPICAL_COST.length : i
  }
  return [...new Set(tools)].sort((a, b) => rank(a) - rank(b))
}

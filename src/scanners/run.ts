import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from '../config/schema.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { execFile, type ExecFn } from '../exec.js'
import type { Logger } from '../logger.js'
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
  /** Dependencies from src/inventory, handed to every adapter. */
  components: Component[]
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

/**
 * Runs every selected scanner and returns one ToolRun per tool, in `settings.scanners` order.
 * Throws only ConfigurationError (from validateScanSettings), before any tool starts.
 */
export async function runScanners(opts: RunScannersOptions): Promise<ToolRun[]> {
  const { settings, logger, redactor } = opts
  const targets = validateScanSettings(settings)
  const adapters = opts.adapters ?? SCANNERS
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

  const runOne = async (tool: ToolName): Promise<ToolRun> => {
    const started = performance.now()
    const elapsed = (): number => performance.now() - started
    const adapter = adapters.find(a => a.name === tool)
    if (!adapter) return emptyRun(tool, 'failed', `runguard has no adapter for ${tool}`)
    if (opts.signal?.aborted)
      return emptyRun(tool, 'skipped', 'the scan was cancelled before it started')
    const controller = new AbortController()
    const onAbort = (): void => controller.abort()
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    const ctx: ScanContext = {
      settings,
      workspace: targets.workspace,
      paths: targets.paths,
      exec,
      env: opts.env,
      logger,
      redactor,
      components: opts.components,
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
          exec,
          env: opts.env,
          logger,
          redactor,
          signal: controller.signal,
          ...(opts.download ? { download: opts.download } : {})
        })
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
      if (detection.warning) logger.warning(`${tool}: ${detection.warning}`)
      const pinned = (PINNED_VERSIONS as Partial<Record<ToolName, string>>)[tool]
      if (pinned && detection.version && detection.version !== pinned)
        logger.warning(
          `${tool}: running ${detection.version} from PATH; runguard pins ${pinned} (scripts/setup.sh or \`runguard install-tools\` installs it into ${toolsDir}, where it is preferred)`
        )
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
    heartbeat.start(tool)
    const run = await runOne(tool).finally(() => heartbeat.finish(tool))
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

import type { Settings } from '../config/schema.js'
import type { ExecFn } from '../exec.js'
import type { Logger } from '../logger.js'
import type { Component, ToolName, ToolRun } from '../model.js'
import type { Redactor } from '../redact.js'

/** What a scanner adapter gets for one scan. */
export interface ScanContext {
  settings: Settings
  /** Absolute workspace root; every finding path is made relative to it. */
  workspace: string
  /** Absolute paths to scan (inside the workspace). */
  paths: string[]
  exec: ExecFn
  /**
   * The environment every tool starts from: the caller's, job tokens scrubbed. Adapters add to
   * it (`{ ...ctx.env, X: … }`) and never read `process.env`.
   */
  env: NodeJS.ProcessEnv
  logger: Logger
  redactor: Redactor
  /** Dependencies found by src/inventory (shared with the SBOM). */
  components: Component[]
  /** Kill the tool after this long. */
  timeoutMs: number
  /** Aborted when the whole scan is cancelled. */
  signal?: AbortSignal
  /**
   * Where `detectTool` may cache `--version` probes (src/scanners/detect-cache.ts): the tools
   * directory, and the PATH the exec runs a program with (to find the file the key is made of).
   * Set by runScanners only when `exec` runs real programs, so a fake exec's made-up versions
   * are never read from or written to the cache.
   */
  detectCache?: { dir: string; pathFor: (env: NodeJS.ProcessEnv) => string }
}

/** Result of looking for a tool. */
export interface Detection {
  installed: boolean
  /** argv prefix that runs the tool (e.g. ['/opt/venv/bin/bandit'] or ['osv-scanner']). */
  command: string[]
  version?: string
  /** False when the version is outside the range whose output we parse (we still try). */
  supported: boolean
  /** Human note, e.g. "bandit 2.0.0 is newer than the tested range >=1.6 <2". */
  warning?: string
}

/**
 * One adapter per tool (docs/architecture.md, "How to add a scanner"). `scan` never throws for tool problems: it returns a
 * ToolRun whose status says what happened.
 */
export interface ScannerAdapter {
  readonly name: ToolName
  /** The version range whose output the parser is tested against (semver). */
  readonly supportedVersions: string
  /** The exact command a user runs to install the tool, shown when it is skipped. */
  readonly installHint: string
  detect(ctx: ScanContext): Promise<Detection>
  scan(ctx: ScanContext, detection: Detection): Promise<ToolRun>
}

import { createHash } from 'node:crypto'
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from '../config/schema.js'
import type { ExecFn, ExecResult } from '../exec.js'
import type { Logger } from '../logger.js'
import type { ToolName } from '../model.js'
import { stderrTail } from './support.js'
import type { Redactor } from '../redact.js'

/**
 * Installs a missing scanner into an isolated cache outside the workspace (`settings.toolsDir`),
 * with the same layout as scripts/setup.sh: one Python venv per pip tool
 * (`<toolsDir>/venv-<tool>/bin/<tool>`) and Go binaries in `<toolsDir>/bin`. The orchestrator
 * appends those directories to PATH, so adapters find installed tools by name.
 */

/** Versions installed when a tool is missing (the versions the parsers are tested against). */
export const PINNED_VERSIONS = {
  bandit: '1.9.4',
  semgrep: '1.182.0',
  safety: '2.3.5',
  'osv-scanner': '2.5.0'
} as const satisfies Partial<Record<ToolName, string>>

/** Tools runguard can install itself (`secrets` is built in). */
export type InstallableTool = keyof typeof PINNED_VERSIONS

/** pip requirement lines per Python tool. */
const PIP_REQUIREMENTS: Record<'bandit' | 'semgrep' | 'safety', string[]> = {
  bandit: [`bandit==${PINNED_VERSIONS.bandit}`],
  semgrep: [`semgrep==${PINNED_VERSIONS.semgrep}`],
  safety: [`safety==${PINNED_VERSIONS.safety}`]
}

const OSV_MODULE = 'github.com/google/osv-scanner/v2/cmd/osv-scanner'

/**
 * Release binaries for the download fallback (no Go on the machine), checked by SHA-256 before
 * use. v2.5.1 (the patch release after the tested 2.5.0) because its sums were available from
 * two independent published pins; a mismatch refuses the download.
 */
export const OSV_RELEASE = {
  version: '2.5.1',
  assets: {
    'linux-x64': [
      'osv-scanner_linux_amd64',
      'f9f25499a2c8cc367b3af45df2ea7eeca7fbccceab9c35079968f4b3652194be'
    ],
    'linux-arm64': [
      'osv-scanner_linux_arm64',
      '3d0f5aa5a6baa8eb32bcef247388e149ef6030a6634ccae6fa0d62681fb27a6d'
    ],
    'darwin-x64': [
      'osv-scanner_darwin_amd64',
      '9f89beb6c3d784893cb1cae0a3d56c529bfe91075418c2f9440c45b79654198b'
    ],
    'darwin-arm64': [
      'osv-scanner_darwin_arm64',
      '75c44d6332f892a1e56286f4105a98ed751ae28d215ca0a8b65cc00d84103054'
    ],
    'win32-x64': [
      'osv-scanner_windows_amd64.exe',
      '25e42f5ef6711fd8c0fb45390972205891dd44c6bd02ac93f0f63e8e98d9bfb6'
    ],
    'win32-arm64': [
      'osv-scanner_windows_arm64.exe',
      '33feb0b210a3e5ea7b338c719defc899f8833d990cdd297bcad4ff1a2586ec8b'
    ]
  } as Readonly<Record<string, readonly [string, string]>>
} as const

const PIP_TIMEOUT_MS = 15 * 60_000
const GO_TIMEOUT_MS = 15 * 60_000
const VENV_TIMEOUT_MS = 2 * 60_000

/** Directories (inside toolsDir) that hold installed tools, for PATH. */
export function toolBinDirs(toolsDir: string): string[] {
  const bin = process.platform === 'win32' ? 'Scripts' : 'bin'
  return [
    path.join(toolsDir, 'bin'),
    ...(['bandit', 'semgrep', 'safety'] as const).map(t => path.join(toolsDir, `venv-${t}`, bin))
  ]
}

/** PATH with runguard's tool directories appended, so a tool the user installed wins. */
export function pathWithTools(toolsDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const current = env.PATH ?? env.Path ?? ''
  return [current, ...toolBinDirs(toolsDir)].filter(p => p !== '').join(path.delimiter)
}

/** What installTool did. */
export interface InstallResult {
  ok: boolean
  /** One line: where it went, or why it failed (redacted). */
  message: string
  /** The commands that ran, as argv arrays (for the log and the report). */
  commands: string[][]
}

/** Dependencies of installTool. */
export interface InstallOptions {
  settings: Settings
  exec: ExecFn
  logger: Logger
  redactor: Redactor
  signal?: AbortSignal
  /** Environment for the installers; defaults to process.env. */
  env?: NodeJS.ProcessEnv
  /**
   * Downloads a URL to a temporary file and returns its path. The Action passes the toolkit's
   * (`@actions/tool-cache`, which logs through `@actions/core` and so stays in the Action
   * layer); without it nothing is downloaded.
   */
  download?: (url: string) => Promise<string>
}

function isInstallable(tool: ToolName): tool is InstallableTool {
  return tool in PINNED_VERSIONS
}

function failed(
  what: string,
  result: ExecResult,
  redactor: Redactor,
  commands: string[][]
): InstallResult {
  const why =
    result.spawnError ??
    (result.timedOut ? 'timed out' : `exit ${String(result.exitCode ?? result.signal)}`)
  const tail = stderrTail(result.stderr || result.stdout, redactor, 5)
  return { ok: false, message: `${what} failed (${why})${tail ? `:\n${tail}` : ''}`, commands }
}

/**
 * Installs `tool` into settings.toolsDir. Never throws for an installer problem: the caller turns
 * `ok: false` into a skipped/failed ToolRun with the message.
 */
export async function installTool(tool: ToolName, opts: InstallOptions): Promise<InstallResult> {
  if (!isInstallable(tool))
    return { ok: false, message: `${tool} cannot be installed by runguard`, commands: [] }
  const toolsDir = path.resolve(opts.settings.toolsDir)
  const workspace = path.resolve(opts.settings.workspace)
  if (toolsDir === workspace || toolsDir.startsWith(workspace + path.sep)) {
    // Installing into the checkout would get the tools scanned and maybe committed.
    return {
      ok: false,
      message: `toolsDir ${toolsDir} is inside the workspace; choose a directory outside it`,
      commands: []
    }
  }
  mkdirSync(toolsDir, { recursive: true })
  opts.logger.info(`installing ${tool} ${PINNED_VERSIONS[tool]} into ${toolsDir}`)
  if (tool === 'osv-scanner') return installOsvScanner(toolsDir, opts)
  return installWithPip(tool, toolsDir, opts)
}

// Installers run through the injected process-group exec, not @actions/exec: a pip or go
// install can hang on the network, and only that exec times out, honours cancellation and kills
// the installer's whole process tree (@actions/exec has no timeout, signal or child handle).
async function installWithPip(
  tool: 'bandit' | 'semgrep' | 'safety',
  toolsDir: string,
  opts: InstallOptions
): Promise<InstallResult> {
  const venv = path.join(toolsDir, `venv-${tool}`)
  const win = process.platform === 'win32'
  const python = win ? 'python' : 'python3'
  const venvPython = path.join(venv, win ? 'Scripts' : 'bin', win ? 'python.exe' : 'python')
  const env = opts.env ?? process.env
  const commands: string[][] = []
  const venvCmd = [python, '-m', 'venv', venv]
  commands.push(venvCmd)
  const made = await opts.exec(venvCmd[0]!, venvCmd.slice(1), {
    env,
    timeoutMs: VENV_TIMEOUT_MS,
    signal: opts.signal
  })
  if (made.exitCode !== 0)
    return failed(
      `creating a venv for ${tool} (${venvCmd.join(' ')})`,
      made,
      opts.redactor,
      commands
    )
  const pipCmd = [
    venvPython,
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--no-input',
    ...PIP_REQUIREMENTS[tool]
  ]
  commands.push(pipCmd)
  const pip = await opts.exec(pipCmd[0]!, pipCmd.slice(1), {
    env: { ...env, PIP_NO_INPUT: '1' },
    timeoutMs: PIP_TIMEOUT_MS,
    signal: opts.signal
  })
  if (pip.exitCode !== 0)
    return failed(`pip install ${PIP_REQUIREMENTS[tool].join(' ')}`, pip, opts.redactor, commands)
  return { ok: true, message: `${tool} ${PINNED_VERSIONS[tool]} installed into ${venv}`, commands }
}

async function installOsvScanner(toolsDir: string, opts: InstallOptions): Promise<InstallResult> {
  const bin = path.join(toolsDir, 'bin')
  mkdirSync(bin, { recursive: true })
  const env = opts.env ?? process.env
  const goCmd = ['go', 'install', `${OSV_MODULE}@v${PINNED_VERSIONS['osv-scanner']}`]
  const go = await opts.exec(goCmd[0]!, goCmd.slice(1), {
    env: { ...env, GOBIN: bin, GOFLAGS: '-mod=mod' },
    timeoutMs: GO_TIMEOUT_MS,
    signal: opts.signal
  })
  if (go.spawnError === undefined) {
    if (go.exitCode === 0) {
      return {
        ok: true,
        message: `osv-scanner ${PINNED_VERSIONS['osv-scanner']} installed into ${bin} (go install)`,
        commands: [goCmd]
      }
    }
    return failed(`GOBIN=${bin} ${goCmd.join(' ')}`, go, opts.redactor, [goCmd])
  }
  // No Go: download the release binary, when a downloader was handed in (the Action's).
  if (!opts.download) {
    return {
      ok: false,
      message:
        'Go is not installed, and runguard downloads the osv-scanner release binary only when it runs as a GitHub Action',
      commands: []
    }
  }
  return downloadOsvScanner(bin, opts.download, opts.redactor)
}

/** Downloads the pinned release and checks its SHA-256 before it is put in place. */
async function downloadOsvScanner(
  bin: string,
  download: (url: string) => Promise<string>,
  redactor: Redactor
): Promise<InstallResult> {
  const key = `${process.platform}-${process.arch}`
  const asset = OSV_RELEASE.assets[key]
  if (!asset)
    return { ok: false, message: `no pinned osv-scanner release binary for ${key}`, commands: [] }
  const [name, sha256] = asset
  const url = `https://github.com/google/osv-scanner/releases/download/v${OSV_RELEASE.version}/${name}`
  try {
    const downloaded = await download(url)
    const actual = createHash('sha256').update(readFileSync(downloaded)).digest('hex')
    if (actual !== sha256) {
      return {
        ok: false,
        message: `osv-scanner download ${url} has SHA-256 ${actual}, expected ${sha256}; refused`,
        commands: []
      }
    }
    const target = path.join(bin, process.platform === 'win32' ? 'osv-scanner.exe' : 'osv-scanner')
    const partial = `${target}.partial`
    copyFileSync(downloaded, partial)
    chmodSync(partial, 0o755)
    renameSync(partial, target)
    return {
      ok: true,
      message: `osv-scanner ${OSV_RELEASE.version} downloaded into ${bin} (SHA-256 verified)`,
      commands: []
    }
  } catch (e) {
    return {
      ok: false,
      message: redactor.redact(
        `downloading ${url} failed: ${e instanceof Error ? e.message : String(e)}`
      ),
      commands: []
    }
  }
}

/** True when a previous install left the tool's executable in toolsDir. */
export function isInstalledInToolsDir(toolsDir: string, tool: InstallableTool): boolean {
  const win = process.platform === 'win32'
  const file =
    tool === 'osv-scanner'
      ? path.join(toolsDir, 'bin', win ? 'osv-scanner.exe' : 'osv-scanner')
      : path.join(toolsDir, `venv-${tool}`, win ? 'Scripts' : 'bin', win ? `${tool}.exe` : tool)
  return existsSync(file)
}

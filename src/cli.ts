import { statSync } from 'node:fs'
import path from 'node:path'
import {
  parseSimpleArgs,
  withScanTarget,
  type CommandName,
  type ParsedCommand
} from './config/cli-layer.js'
import type { Settings } from './config/schema.js'
import { ConfigurationError, errorMessage, ExitCode } from './errors.js'
import type { StderrLogger } from './logger.js'
import type { GateOutcome } from './pipeline.js'
import type { CliOutput } from './runner/live-output.js'
import { RUNGUARD_VERSION } from './version.js'

// Only argument parsing is loaded up front: `--version` and `--help` answer without parsing the
// pipeline, the report builders (CycloneDX, SARIF, ajv) or the runner. Each command imports what
// it needs when it runs (the bundler emits those as separate chunks). Commander too loads only
// when the plain reading of the arguments (config/cli-layer.ts) cannot answer.

/** What the CLI touches of its process, injected so tests call main() like a function. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
  /** Colors in the result table. */
  color?: boolean
  /** Aborts the run (Ctrl-C, job cancellation); the reports are still written. */
  signal?: AbortSignal
  /** stderr is a terminal: progress is one live status line (not under CI=true or in Actions). */
  terminal?: { columns: () => number }
}

/**
 * The CLI: argv → Settings → runGate → exit code (docs/architecture.md, "Exit codes"). It never imports
 * @actions/core (which would print workflow commands) and never calls process.exit.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const parsed = withScanTarget(await parseArgs(argv), io.cwd, isDirectory)
    if (parsed.printed !== undefined) {
      io.stdout(parsed.printed)
      return ExitCode.Passed
    }
    const mode = parsed.command
    if (mode === 'merge' || mode === 'install-tools')
      return await auxiliary(mode, parsed.files, io, parsed)
    if (mode === 'history') return await history(parsed, io)
    const { settings, logger, output } = await setUp(parsed, mode, io)
    const { runGate } = await import('./pipeline.js')
    const outcome = await runGate(settings, {
      logger,
      env: io.env,
      onLine: output.script,
      // The result table's code loads while the script runs, not after it.
      whileScriptRuns: printModules,
      ...(io.signal ? { signal: io.signal } : {})
    })
    output.close()
    await print(outcome, settings, io)
    return outcome.exitCode
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.stderr(`runguard: configuration error: ${error.message}\n`)
      return ExitCode.Configuration
    }
    io.stderr(`runguard: error: ${errorMessage(error)}\n`)
    // An unexpected failure must never read as a pass.
    return ExitCode.ToolError
  }
}

async function parseArgs(argv: readonly string[]): Promise<ParsedCommand> {
  const simple = parseSimpleArgs(argv, RUNGUARD_VERSION)
  if (simple) return simple
  const { parseCliArgs } = await import('./config/cli-args.js')
  return parseCliArgs(argv, RUNGUARD_VERSION)
}

/** Flags (+ config file) → Settings, and the stderr logger they ask for. */
async function setUp(
  parsed: ParsedCommand,
  mode: Settings['mode'],
  io: CliIo
): Promise<{ settings: Settings; logger: StderrLogger; output: CliOutput }> {
  // One import at a time: jest's ESM loader fails on concurrent import()s of chunks that share
  // modules ("request for … is not in cache"), and in the bundle the order costs nothing.
  const { loadSettings } = await import('./config/load.js')
  const { StderrLogger } = await import('./logger.js')
  const { cliOutput } = await import('./runner/live-output.js')
  const settings = await loadSettings({
    inline: parsed.layer,
    fixed: { mode, runtime: 'cli' },
    workspace: io.cwd,
    ...(parsed.configPath !== undefined
      ? {
          configPath: path.resolve(io.cwd, parsed.configPath),
          configSource: { kind: 'flag', name: 'config' }
        }
      : {})
  })
  // A CI log (CI=true, Actions) keeps plain lines even when it looks like a terminal.
  const status =
    io.terminal && io.env.CI !== 'true' && io.env.GITHUB_ACTIONS !== 'true'
      ? new (await import('./progress.js')).StatusLine(io.stderr, io.terminal.columns)
      : undefined
  // The script's lines are guarded from the Actions runner when run in a workflow step.
  const output = cliOutput(
    status ? line => status.line(line) : line => io.stderr(line + '\n'),
    io.env
  )
  const logger = new StderrLogger(
    settings.verbose,
    output.log,
    status ? text => status.set(text) : undefined
  )
  return { settings, logger, output }
}

let printing: Promise<[typeof import('./report/table.js'), typeof import('./util/write-file.js')]>
/** What print() needs, loaded once (one after the other: see setUp). */
function printModules(): typeof printing {
  return (printing ??= (async () => [
    await import('./report/table.js'),
    await import('./util/write-file.js')
  ])())
}

async function print(outcome: GateOutcome, settings: Settings, io: CliIo): Promise<void> {
  const [{ formatResultTable }, { writeTextFile }] = await printModules()
  const redact = (text: string): string => outcome.redactor.redact(text)
  if (settings.format === 'json') {
    const json =
      settings.mode === 'scan'
        ? { toolRuns: outcome.toolRuns, findings: outcome.findings }
        : {
            verdict: outcome.verdict,
            toolRuns: outcome.toolRuns,
            findings: outcome.findings,
            gates: outcome.gates,
            metrics: outcome.run ? withoutSamples(outcome.run.final) : undefined
          }
    const text = redact(JSON.stringify(json, null, 2)) + '\n'
    // --format json is the output; --report-file keeps a copy (it used to silence stdout).
    if (settings.reportFile)
      await writeTextFile(
        path.resolve(settings.workspace, settings.reportFile),
        text,
        settings.workspace
      )
    io.stdout(text)
    return
  }
  if (settings.reportFile) {
    const text =
      redact(JSON.stringify({ toolRuns: outcome.toolRuns, findings: outcome.findings }, null, 2)) +
      '\n'
    await writeTextFile(
      path.resolve(settings.workspace, settings.reportFile),
      text,
      settings.workspace
    )
  }
  io.stdout(
    redact(
      formatResultTable({
        ...(outcome.run ? { metrics: outcome.run.final } : {}),
        gates: outcome.gates,
        toolRuns: outcome.toolRuns,
        verdict: outcome.verdict,
        color: io.color === true
      })
    ) + '\n'
  )
  if (outcome.reports.length > 0) {
    io.stdout(`reports: ${outcome.reports.map(r => `${r.kind} ${r.path}`).join(', ')}\n`)
  }
}

function withoutSamples<T extends { samples: unknown }>(metrics: T): Omit<T, 'samples'> {
  const { samples: _samples, ...rest } = metrics
  return rest
}

async function auxiliary(
  command: Extract<CommandName, 'merge' | 'install-tools'>,
  files: string[],
  io: CliIo,
  parsed: ParsedCommand
): Promise<ExitCode> {
  // merge and install-tools use the scanner and policy settings only.
  const { settings, logger } = await setUp(parsed, 'scan', io)
  if (command === 'install-tools') return installTools(settings, logger, io)
  const { mergeReports } = await import('./merge-command.js')
  const { formatResultTable } = await import('./report/table.js')
  const result = await mergeReports(files, settings, logger)
  io.stdout(
    formatResultTable({
      gates: result.verdict.gates,
      toolRuns: result.toolRuns,
      verdict: result.verdict
    }) + '\n'
  )
  io.stdout(`merged ${files.length} file(s): ${result.written.join(', ')}\n`)
  return result.exitCode
}

/** `runguard history …`: the run history store (src/history/command.ts). */
async function history(parsed: ParsedCommand, io: CliIo): Promise<ExitCode> {
  const { settings, logger } = await setUp(parsed, 'scan', io)
  const { historyCommand } = await import('./history/command.js')
  const { execFile } = await import('./exec.js')
  return historyCommand(parsed.files, settings, {
    stdout: io.stdout,
    env: io.env,
    exec: execFile,
    logger
  })
}

/** `runguard install-tools`: the same installer the scan uses, run ahead of time. */
async function installTools(
  settings: Settings,
  logger: StderrLogger,
  io: CliIo
): Promise<ExitCode> {
  const { installTool } = await import('./scanners/install.js')
  const { execFile } = await import('./exec.js')
  const { createRedactor } = await import('./redact.js')
  let ok = true
  for (const tool of settings.scanners) {
    if (tool === 'secrets') continue
    const result = await installTool(tool, {
      settings,
      exec: execFile,
      env: io.env,
      logger,
      redactor: createRedactor()
    })
    io.stdout(`${result.ok ? 'ok' : 'failed'}: ${tool}: ${result.message}\n`)
    ok &&= result.ok
  }
  return ok ? ExitCode.Passed : ExitCode.ToolError
}

function isDirectory(absolutePath: string): boolean {
  try {
    return statSync(absolutePath).isDirectory()
  } catch {
    return false
  }
}

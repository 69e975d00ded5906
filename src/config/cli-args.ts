import { Command, CommanderError, Option } from 'commander'
import { ConfigurationError } from '../errors.js'
import { SETTING_TABLE, type SettingKey } from './keys.js'
import { offered, toParsed, type CommandName, type ParsedCommand } from './cli-layer.js'

export { withScanTarget, type CommandName, type ParsedCommand } from './cli-layer.js'

const DESCRIPTIONS: Record<CommandName, string> = {
  run: 'Run a command under monitoring and check performance gates: runguard run [options] -- <command…>',
  scan: 'Run the security scanners only: runguard scan [options] [dir | paths…]. One directory is the workspace (like trivy fs <dir>), anywhere on disk; several paths are paths inside the workspace.',
  gate: 'Scanners + the monitored script + one verdict (what the Action does): runguard gate [options] [paths…] [-- <command…>]',
  merge:
    'Merge SARIF, SBOM and metrics files from several jobs and recompute the verdict: runguard merge [options] <files…>',
  'install-tools':
    'Install the selected scanners into tools-dir (isolated venvs / go install): runguard install-tools [--scanners …]',
  history:
    'The run history (docs/history.md): runguard history list [N] | trend <metric> | export csv|json | prune'
}

/**
 * Parses `runguard <command> [options] [paths…] [-- <command…>]` into the same raw shape the
 * Action inputs produce. Never exits the process: help and errors come back as values.
 */
export function parseCliArgs(argv: readonly string[], version: string): ParsedCommand {
  const dashDash = argv.indexOf('--')
  const before = dashDash >= 0 ? argv.slice(0, dashDash) : [...argv]
  const script = dashDash >= 0 ? argv.slice(dashDash + 1) : undefined
  let printed = ''
  let result: ParsedCommand | undefined

  const program = new Command('runguard')
    .description('Gate a CI job on how a script behaves and on what security scanners find.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: s => (printed += s), writeErr: s => (printed += s) })
    // Fixed width: help must not depend on the terminal (docs/cli.md embeds it).
    .configureHelp({ helpWidth: 100 })
    .showSuggestionAfterError(true)

  const names = Object.keys(DESCRIPTIONS) as CommandName[]
  // Each command offers about a hundred flags, and building commander's Options for all six
  // commands was most of the parser's start-up. Only the command being run needs its flags;
  // anything else first (help, a typo) gets every command's, for help and suggestions.
  const running = names.find(name => name === before[0])
  for (const name of names) {
    const cmd = program
      .command(name)
      .description(DESCRIPTIONS[name])
      .exitOverride()
      .configureOutput({ writeOut: s => (printed += s), writeErr: s => (printed += s) })
      // Fixed width: help must not depend on the terminal (docs/cli.md embeds it).
      .configureHelp({ helpWidth: 100 })
      .showSuggestionAfterError(true)
    if (name === 'history') cmd.argument('<action>').argument('[args...]')
    else cmd.argument(name === 'merge' ? '<files...>' : '[paths...]')
    if (name !== 'install-tools')
      cmd.option(
        '-c, --config <file>',
        'config file (default: <workspace>/.runguard.yml if present)'
      )
    if (running === undefined || running === name) addOptions(cmd, name)
    cmd.action((...args: unknown[]) => {
      // history declares two arguments (<action> [args...]); the others one list.
      const operands =
        name === 'history' ? [args[0] as string, ...(args[1] as string[])] : (args[0] as string[])
      const opts = args[name === 'history' ? 2 : 1] as Record<string, unknown>
      result = toParsed(name, operands, opts, script)
    })
  }

  try {
    program.parse([...before], { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return { command: 'gate', layer: { raw: {}, sources: {} }, files: [], printed }
      }
      throw new ConfigurationError(printed.trim() || error.message)
    }
    throw error
  }
  if (!result) {
    program.outputHelp()
    return { command: 'gate', layer: { raw: {}, sources: {} }, files: [], printed }
  }
  return result
}

/** The command's setting flags, plus `--add-gate` where `--gate` is offered. */
function addOptions(cmd: Command, name: CommandName): void {
  for (const entry of SETTING_TABLE) {
    if (!offered(name, entry)) continue
    addOption(cmd, entry)
  }
  if (
    offered(
      name,
      SETTING_TABLE.find(e => e.name === 'gate')!
    )
  ) {
    cmd.addOption(
      new Option('--add-gate <gate>', 'alias of --gate (Python Script Runner)')
        .argParser(collect)
        .hideHelp()
    )
  }
}

function addOption(cmd: Command, entry: SettingKey): void {
  const flag = `--${entry.name}`
  if (entry.kind === 'boolean') {
    cmd.addOption(new Option(flag, entry.description))
    cmd.addOption(new Option(`--no-${entry.name}`, `turn off --${entry.name}`))
    return
  }
  const repeatable = entry.kind === 'list' || entry.kind === 'numberList' || entry.kind === 'record'
  const option = new Option(
    `${flag} <value>`,
    entry.description + (repeatable ? ' (repeatable)' : '')
  )
  if (repeatable) option.argParser(collect)
  cmd.addOption(option)
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

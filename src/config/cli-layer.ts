import path from 'node:path'
import { SETTING_TABLE, type SettingKey } from './keys.js'
import type { SourceLayer } from './file.js'
import { fromText } from './text.js'

// What the command line means, without commander: `runguard run|scan|gate` with plain long
// flags (the way scripts and CI steps call it) is read here, and commander (config/cli-args.ts),
// which costs a module and a hundred Option objects at every start, loads only for anything
// else: help, --version with other arguments, short or unknown flags, the other commands, a
// value that starts with "-". A test checks that both read every flag the same way.

export type CommandName = 'run' | 'scan' | 'gate' | 'merge' | 'install-tools' | 'history'

export interface ParsedCommand {
  command: CommandName
  layer: SourceLayer
  configPath?: string
  /** `merge`: input files; `history`: the action and its operands. */
  files: string[]
  /** --help / --version was printed; nothing else to do. */
  printed?: string
}

/** Settings that make no sense for a command are not offered as its flags. */
export function offered(command: CommandName, entry: SettingKey): boolean {
  if (entry.cli !== true) return false
  const runnerOnly = [
    'script',
    'shell',
    'working-directory',
    'timeout',
    'kill-grace',
    'stdin-json',
    'pass-env',
    'max-output-bytes',
    'sampling-interval',
    'retry',
    'retry-strategy',
    'retry-delay',
    'retry-max-delay',
    'retry-multiplier',
    'retry-on-exit-codes',
    'repeat',
    'warmup',
    'gate',
    'baseline',
    'save-baseline',
    'regression-threshold',
    'regression-thresholds',
    'metrics-file'
  ]
  if (entry.name === 'script' || entry.name === 'paths') return false // positional / after --
  if (command === 'scan' && runnerOnly.includes(entry.name)) return false
  if (command === 'install-tools')
    return ['scanners', 'tools-dir', 'verbose', 'workspace'].includes(entry.name)
  if (command === 'history')
    return (
      entry.name.startsWith('history') ||
      entry.name.startsWith('trend-') ||
      ['category', 'verbose', 'workspace'].includes(entry.name)
    )
  return true
}

const EMPTY: SourceLayer = { raw: {}, sources: {} }

/**
 * `runguard run|scan|gate [--flag value | --flag=value | --bool | --no-bool | -c file |
 * operand]… [-- command…]` read as commander reads it, or undefined for anything else (the
 * caller then asks commander, which also writes help and errors). Also answers a lone
 * `--version` / `-V` as commander does.
 */
export function parseSimpleArgs(
  argv: readonly string[],
  version: string
): ParsedCommand | undefined {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V'))
    return { command: 'gate', layer: EMPTY, files: [], printed: `${version}\n` }
  const dashDash = argv.indexOf('--')
  const before = dashDash >= 0 ? argv.slice(0, dashDash) : [...argv]
  const script = dashDash >= 0 ? argv.slice(dashDash + 1) : undefined
  const command = before[0]
  if (command !== 'run' && command !== 'scan' && command !== 'gate') return undefined
  // Each flag: the attribute commander would set, whether it takes a value (else it sets
  // `value`, true by default), and whether repeating it collects.
  const flags = new Map<string, { attr: string; value?: boolean; repeatable?: boolean }>()
  flags.set('-c', { attr: 'config', value: true })
  flags.set('--config', { attr: 'config', value: true })
  for (const entry of SETTING_TABLE) {
    if (!offered(command, entry)) continue
    const attr = camel(entry.name)
    if (entry.kind === 'boolean') {
      flags.set(`--${entry.name}`, { attr })
      flags.set(`--no-${entry.name}`, { attr, value: false })
    } else {
      const repeatable =
        entry.kind === 'list' || entry.kind === 'numberList' || entry.kind === 'record'
      flags.set(`--${entry.name}`, { attr, value: true, repeatable })
      if (entry.name === 'gate')
        flags.set('--add-gate', { attr: 'addGate', value: true, repeatable: true })
    }
  }
  const opts: Record<string, unknown> = {}
  const operands: string[] = []
  for (let i = 1; i < before.length; i++) {
    const token = before[i]!
    if (!token.startsWith('-')) {
      operands.push(token)
      continue
    }
    const eq = token.startsWith('--') ? token.indexOf('=') : -1
    const flag = flags.get(eq >= 0 ? token.slice(0, eq) : token)
    if (!flag) return undefined
    if (flag.value !== true) {
      if (eq >= 0) return undefined
      opts[flag.attr] = flag.value ?? true
      continue
    }
    let value: string
    if (eq >= 0) value = token.slice(eq + 1)
    else {
      const next = before[i + 1]
      if (next === undefined || next.startsWith('-')) return undefined
      value = next
      i++
    }
    opts[flag.attr] = flag.repeatable
      ? [...((opts[flag.attr] as string[] | undefined) ?? []), value]
      : value
  }
  return toParsed(command, operands, opts, script)
}

export function toParsed(
  command: CommandName,
  operands: string[],
  opts: Record<string, unknown>,
  script: string[] | undefined
): ParsedCommand {
  const layer: SourceLayer = { raw: {}, sources: {} }
  const set = (entry: SettingKey, value: unknown): void => {
    ;(layer.raw as Record<string, unknown>)[entry.key] = value
    layer.sources[entry.key] = { kind: 'flag', name: entry.name }
  }
  for (const entry of SETTING_TABLE) {
    const attr = camel(entry.name)
    const value = opts[attr]
    if (value === undefined) continue
    const source = { kind: 'flag' as const, name: entry.name }
    if (entry.kind === 'boolean') set(entry, value === true)
    else if (Array.isArray(value)) {
      const parts = (value as string[]).map(v => fromText(entry, v, source))
      set(entry, entry.kind === 'record' ? Object.assign({}, ...parts) : parts.flat())
    } else if (typeof value === 'string') set(entry, fromText(entry, value, source))
  }
  if (Array.isArray(opts.addGate)) {
    const gate = SETTING_TABLE.find(e => e.key === 'gates')!
    const existing = (layer.raw.gates ?? []) as string[]
    set(gate, [...existing, ...(opts.addGate as string[])])
  }
  if (command !== 'merge' && command !== 'history' && operands.length > 0) {
    set(
      SETTING_TABLE.find(e => e.key === 'paths')!,
      operands
    )
  }
  if (script && script.length > 0)
    set(
      SETTING_TABLE.find(e => e.key === 'script')!,
      script
    )
  return {
    command,
    layer,
    files: command === 'merge' || command === 'history' ? operands : [],
    ...(typeof opts.config === 'string' ? { configPath: opts.config } : {})
  }
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

/**
 * `runguard scan <dir>`: one directory argument is the workspace, as `trivy fs <dir>`,
 * `gitleaks dir <dir>`, `osv-scanner -r <dir>` and `bandit -r <dir>` take it, also outside the
 * current directory; its `.runguard.yml` and ignore file apply and report paths are relative to
 * it. With `--workspace`, with several paths, or with a file, the arguments stay paths inside
 * the workspace.
 */
export function withScanTarget(
  parsed: ParsedCommand,
  cwd: string,
  isDirectory: (absolutePath: string) => boolean
): ParsedCommand {
  const { raw } = parsed.layer
  const only = Array.isArray(raw.paths) && raw.paths.length === 1 ? raw.paths[0] : undefined
  if (parsed.command !== 'scan' || raw.workspace !== undefined || only === undefined) return parsed
  if (!isDirectory(path.resolve(cwd, only))) return parsed
  const { paths: _paths, ...rest } = raw
  const { paths: _source, ...sources } = parsed.layer.sources
  return {
    ...parsed,
    layer: {
      raw: { ...rest, workspace: path.resolve(cwd, only) },
      sources: { ...sources, workspace: { kind: 'argument', name: only } }
    }
  }
}

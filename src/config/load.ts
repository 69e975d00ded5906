import { existsSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError, describeSource, type ValueSource } from '../errors.js'
import type { SourceLayer } from './file.js'
import {
  baseCommit,
  changedGateSettings,
  GATE_SETTINGS,
  readAtCommit,
  trustsBase,
  TRUST_MODES,
  type TrustMode
} from '../trust/trusted-config.js'
import { SETTING_TABLE } from './keys.js'
import { GateSyntaxError, parseSettings, type RawSettings, type Settings } from './schema.js'

export type { SourceLayer } from './file.js'

const DEFAULT_CONFIG = '.runguard.yml'

export interface LoadOptions {
  /** Action inputs or CLI flags (highest precedence). */
  inline: SourceLayer
  /** Values decided by the entry point, not the user (mode, runtime). */
  fixed: Pick<RawSettings, 'mode' | 'runtime'>
  /** Absolute workspace; `inline.raw.workspace` wins when given. */
  workspace: string
  /** Config file path from the user; when absent, `<workspace>/.runguard.yml` is used if present. */
  configPath?: string
  configSource?: ValueSource
  /** Environment for the event (trusted-config); default process.env. */
  env?: NodeJS.ProcessEnv
}

/**
 * defaults < .runguard.yml < inputs/flags, validated once by the schema.
 * Errors name the setting, the value, what was expected and where the value came from.
 * Asynchronous only so that the config file's reader (and the YAML parser) loads when there is
 * a file to read: most `runguard run` invocations have none.
 */
export async function loadSettings(options: LoadOptions): Promise<Settings> {
  const workspace = path.resolve(options.workspace, options.inline.raw.workspace ?? '.')
  let file: SourceLayer = { raw: {}, sources: {} }
  let configFile: string | undefined
  if (options.configPath !== undefined) {
    configFile = path.resolve(workspace, options.configPath)
    if (!existsSync(configFile)) {
      throw new ConfigurationError(
        `config file ${options.configPath} (from ${describeSource(options.configSource ?? { kind: 'default' })}) does not exist at ${configFile}; create it or drop the setting`,
        {
          field: 'config',
          value: options.configPath,
          ...(options.configSource ? { source: options.configSource } : {})
        }
      )
    }
  } else if (existsSync(path.join(workspace, DEFAULT_CONFIG))) {
    configFile = path.join(workspace, DEFAULT_CONFIG)
  }
  if (configFile)
    file = (await import('./file.js')).loadConfigFile(
      configFile,
      path.relative(process.cwd(), configFile) || configFile
    )
  const trusted = await trustedLayer(
    options,
    workspace,
    configFile ?? path.join(workspace, DEFAULT_CONFIG),
    file
  )
  if (trusted) file = trusted.layer

  const raw: Record<string, unknown> = {
    ...file.raw,
    ...options.inline.raw,
    ...options.fixed,
    workspace,
    ...(configFile ? { configFile } : {}),
    ...(trusted ? { trust: trusted.trust } : {})
  }
  const sources: Partial<Record<string, ValueSource>> = {
    ...file.sources,
    ...options.inline.sources
  }
  return validate(raw, sources)
}

/** Validates a merged raw shape; exported for tests and for `runguard merge`. */
export function validate(
  raw: Record<string, unknown>,
  sources: Partial<Record<string, ValueSource>> = {}
): Settings {
  let result
  try {
    result = parseSettings(raw)
  } catch (error) {
    if (error instanceof GateSyntaxError) {
      const source = sources.gates ?? { kind: 'default' }
      throw new ConfigurationError(
        `Invalid gate from ${describeSource(source)}: ${error.message}`,
        {
          field: 'gate',
          value: error.entry,
          source
        }
      )
    }
    throw error
  }
  if (result.success) return Object.freeze(result.data)
  const issue = result.issues[0]!
  const key = String(issue.path[0] ?? '')
  const entry = SETTING_TABLE.find(k => k.key === key)
  const name = entry?.name ?? key
  const source = sources[key] ?? { kind: 'default' }
  let value: unknown = raw[key]
  for (const p of issue.path.slice(1))
    value = (value as Record<PropertyKey, unknown> | undefined)?.[p]
  if (issue.code === 'unrecognized_keys') {
    throw new ConfigurationError(`Unknown setting(s): ${issue.keys.join(', ')}`, {
      field: issue.keys.join(',')
    })
  }
  throw new ConfigurationError(
    `Invalid value for '${name}' from ${describeSource(source)}: got ${JSON.stringify(value)}; ${issue.message}` +
      (entry ? `. ${entry.name}: ${entry.description}` : ''),
    { field: name, value, source }
  )
}

/**
 * Under `trusted-config: base` (or `auto` on pull_request_target) the gate settings of the
 * config file come from the base commit's version of it (read from git, not the working tree);
 * the head file keeps only the rest. Undefined when the checkout's own file decides.
 */
async function trustedLayer(
  options: LoadOptions,
  workspace: string,
  configFile: string,
  head: SourceLayer
): Promise<{ layer: SourceLayer; trust: { base: string; changes: string[] } } | undefined> {
  const env = options.env ?? process.env
  const raw = options.inline.raw.trustedConfig
  const mode: TrustMode = (TRUST_MODES as readonly unknown[]).includes(raw)
    ? (raw as TrustMode)
    : 'auto'
  if (!trustsBase(mode, env)) return undefined
  // Only a workflow input may name the base: the config file is what is being distrusted.
  const base = baseCommit(options.inline.raw.baseRef, env)
  if (base === undefined)
    throw new ConfigurationError(
      'trusted-config: there is no base commit to read the gate settings from (not a pull request or push event); set base-ref, or trusted-config: head',
      { field: 'trusted-config', value: mode }
    )
  const text = readAtCommit(workspace, base, path.relative(workspace, configFile))
  const baseLayer =
    text === undefined
      ? { raw: {}, sources: {} }
      : (await import('./file.js')).parseConfigText(
          text,
          `${base.slice(0, 12)}:${path.relative(workspace, configFile)}`
        )
  const layer: SourceLayer = { raw: { ...head.raw }, sources: { ...head.sources } }
  for (const key of GATE_SETTINGS) {
    delete layer.raw[key]
    delete layer.sources[key]
    if (key in baseLayer.raw) {
      ;(layer.raw as Record<string, unknown>)[key] = baseLayer.raw[key]
      const source = baseLayer.sources[key]
      if (source) layer.sources[key] = source
    }
  }
  const names = Object.fromEntries(SETTING_TABLE.map(k => [k.key, k.name]))
  return { layer, trust: { base, changes: changedGateSettings(baseLayer.raw, head.raw, names) } }
}

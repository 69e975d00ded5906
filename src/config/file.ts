import { readFileSync } from 'node:fs'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml'
import { ConfigurationError, describeSource, type ValueSource } from '../errors.js'
import { closest } from '../gates/parse.js'
import { BY_NAME, SETTING_TABLE, type SettingKey } from './keys.js'
import type { RawSettings } from './schema.js'
import { fromText, invalid } from './text.js'

/** Raw values from one source plus where each came from (for error messages). */
export interface SourceLayer {
  raw: Partial<RawSettings>
  sources: Partial<Record<keyof RawSettings, ValueSource>>
}

/** Python Script Runner keys we keep, and plural/aliases users type. */
const LEGACY_KEYS = ['performance_gates', 'retry', 'monitoring'] as const
const ALIASES: Readonly<Record<string, string>> = { gates: 'gate', 'add-gate': 'gate' }
const RETRY_KEYS = ['strategy', 'max_attempts', 'initial_delay', 'max_delay', 'multiplier'] as const

/**
 * Reads `.runguard.yml`. Keys are the kebab-case names of the Action inputs; the Python Script
 * Runner keys `performance_gates`, `retry: {…}` and `monitoring: {sampling_interval}` are
 * accepted too. Unknown keys are errors with a "did you mean", never ignored.
 */
export function loadConfigFile(filePath: string, displayPath = filePath): SourceLayer {
  const text = readFileSync(filePath, 'utf8')
  return parseConfigText(text, displayPath)
}

export function parseConfigText(text: string, displayPath: string): SourceLayer {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true })
  const at = (node: Node | null | undefined): ValueSource => ({
    kind: 'file',
    path: displayPath,
    ...(node?.range ? { line: lineCounter.linePos(node.range[0]).line } : {})
  })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!
    throw new ConfigurationError(`${displayPath}: invalid YAML: ${e.message}`, {
      source: { kind: 'file', path: displayPath, line: e.linePos?.[0]?.line }
    })
  }
  const layer: SourceLayer = { raw: {}, sources: {} }
  if (doc.contents === null) return layer
  if (!isMap(doc.contents)) {
    throw new ConfigurationError(
      `${displayPath}: the config file must be a mapping of settings (key: value)`,
      {
        source: at(doc.contents)
      }
    )
  }
  const set = (key: keyof RawSettings, value: unknown, source: ValueSource): void => {
    ;(layer.raw as Record<string, unknown>)[key] = value
    layer.sources[key] = source
  }
  for (const pair of doc.contents.items as Pair<Node, Node>[]) {
    const rawName = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const source = at(pair.key)
    const valueNode = pair.value
    const value: unknown = valueNode?.toJSON()
    if (rawName === 'performance_gates') {
      if (!isSeq(valueNode))
        throw typeError(
          'performance_gates',
          value,
          source,
          'a list of {metric_name, max_value|min_value}'
        )
      const existing = (layer.raw.gates ?? []) as unknown[]
      set('gates', [...existing, ...(value as unknown[])], source)
      continue
    }
    if (rawName === 'retry' && isMap(valueNode)) {
      applyLegacyRetry(value as Record<string, unknown>, source, set)
      continue
    }
    if (rawName === 'monitoring') {
      const interval = (value as { sampling_interval?: unknown } | null)?.sampling_interval
      const unknownKeys = Object.keys((value as object | null) ?? {}).filter(
        k => k !== 'sampling_interval'
      )
      if (typeof interval !== 'number' || unknownKeys.length > 0) {
        throw typeError(
          'monitoring',
          value,
          source,
          '{sampling_interval: <seconds>} (Python Script Runner form)'
        )
      }
      // Python Script Runner gives seconds; runguard's sampling-interval is milliseconds.
      set('samplingInterval', Math.round(interval * 1000), source)
      continue
    }
    const name = ALIASES[rawName] ?? rawName
    const entry = BY_NAME.get(name) ?? BY_NAME.get(kebab(name))
    if (entry && entry.file === false && entry.input !== false) {
      // The file is written by whoever opens a pull request; these belong to the workflow.
      throw new ConfigurationError(
        `${describeSource(source)}: '${entry.name}' cannot be set in the config file, which a pull request can change; set it in the workflow (the Action input '${entry.name}', or the CLI flag --${entry.name}).`,
        { field: entry.name, source }
      )
    }
    if (!entry || entry.file === false) {
      const known = [
        ...SETTING_TABLE.filter(k => k.file !== false).map(k => k.name),
        ...LEGACY_KEYS,
        'gates'
      ]
      const hint = closest(rawName, known)
      throw new ConfigurationError(
        `${describeSource(source)}: unknown key '${rawName}'${hint ? ` (did you mean '${hint}'?)` : ''}. ` +
          `Known keys are the Action input names (see README) plus ${LEGACY_KEYS.join(', ')}.`,
        { field: rawName, source }
      )
    }
    set(entry.key, fromYaml(entry, value, source), source)
  }
  return layer
}

function fromYaml(entry: SettingKey, value: unknown, source: ValueSource): unknown {
  if (value === null || value === undefined) throw invalid(entry, value, source, 'a value')
  if (typeof value === 'string') return fromText(entry, value, source)
  switch (entry.kind) {
    case 'list':
    case 'numberList':
      if (Array.isArray(value)) {
        // Gates may also be legacy objects; other lists are scalars.
        if (entry.key === 'gates') return value
        return value.map(v => (entry.kind === 'numberList' ? Number(v) : String(v)))
      }
      return entry.kind === 'numberList' && typeof value === 'number' ? [value] : value
    case 'script':
      if (
        Array.isArray(value) &&
        value.every(v => typeof v === 'string' || typeof v === 'number')
      ) {
        return value.map(String)
      }
      throw invalid(entry, value, source, 'a list of arguments or one string')
    default:
      return value
  }
}

function applyLegacyRetry(
  value: Record<string, unknown>,
  source: ValueSource,
  set: (key: keyof RawSettings, value: unknown, source: ValueSource) => void
): void {
  for (const k of Object.keys(value)) {
    if (!(RETRY_KEYS as readonly string[]).includes(k)) {
      const hint = closest(k, RETRY_KEYS)
      throw new ConfigurationError(
        `${describeSource(source)}: unknown key 'retry.${k}'${hint ? ` (did you mean 'retry.${hint}'?)` : ''}; expected ${RETRY_KEYS.join(', ')}`,
        { field: `retry.${k}`, source }
      )
    }
  }
  const num = (k: string): number | undefined => {
    const v = value[k]
    if (v === undefined) return undefined
    if (typeof v !== 'number') throw typeError(`retry.${k}`, v, source, 'a number')
    return v
  }
  if (value.strategy !== undefined) set('retryStrategy', value.strategy, source)
  const attempts = num('max_attempts')
  // Python Script Runner counts total attempts; runguard's `retry` counts extra attempts.
  if (attempts !== undefined) set('retry', Math.max(0, attempts - 1), source)
  const initial = num('initial_delay')
  if (initial !== undefined) set('retryDelay', initial, source)
  const max = num('max_delay')
  if (max !== undefined) set('retryMaxDelay', max, source)
  const mult = num('multiplier')
  if (mult !== undefined) set('retryMultiplier', mult, source)
}

function typeError(
  field: string,
  value: unknown,
  source: ValueSource,
  expected: string
): ConfigurationError {
  return new ConfigurationError(
    `Invalid value for '${field}' from ${describeSource(source)}: got ${JSON.stringify(value)}, expected ${expected}.`,
    { field, value, source }
  )
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`).replace(/_/g, '-')
}

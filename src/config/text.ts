import { parse as shellParse } from 'shell-quote'
import { ConfigurationError, describeSource, type ValueSource } from '../errors.js'
import type { SettingKey } from './keys.js'

/**
 * Turns the text of an Action input, CLI flag or config-file scalar into the raw value the
 * schema expects. Type errors are reported here, with the source, because only here do we still
 * know what the user typed.
 */
export function fromText(entry: SettingKey, text: string, source: ValueSource): unknown {
  const value = text.trim()
  switch (entry.kind) {
    case 'string':
      return value
    case 'number': {
      const n = Number(value)
      if (value === '' || !Number.isFinite(n)) throw invalid(entry, text, source, 'a number')
      return n
    }
    case 'boolean': {
      // Same rule as core.getBooleanInput (YAML 1.2 core schema): no yes/no/1/0 guessing.
      if (['true', 'True', 'TRUE'].includes(value)) return true
      if (['false', 'False', 'FALSE'].includes(value)) return false
      throw invalid(entry, text, source, 'true or false')
    }
    case 'list':
      return splitList(
        text,
        entry.name === 'secrets' || entry.name === 'gate' ? /\r?\n/ : /[\r\n,]+/
      )
    case 'numberList':
      return splitList(text, /[\r\n,\s]+/).map(item => {
        const n = Number(item)
        if (!Number.isInteger(n))
          throw invalid(entry, item, source, 'a list of integers, e.g. 1,137')
        return n
      })
    case 'record': {
      const record: Record<string, number> = {}
      for (const item of splitList(text, /[\r\n,]+/)) {
        const m = /^([A-Za-z0-9_]+)\s*[=:]\s*(-?\d+(?:\.\d+)?)$/.exec(item)
        if (!m) throw invalid(entry, item, source, 'name=number pairs, e.g. memory_max_mb=5')
        record[m[1]!] = Number(m[2])
      }
      return record
    }
    case 'script':
      return parseScript(value, source)
  }
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map(s => s.trim())
    .filter(s => s.length > 0)
}

/**
 * A script given as one string (Action input) becomes an argv array: a JSON array is taken as
 * is; otherwise the string is split with shell quoting rules but never run through a shell, so
 * operators and expansions are rejected instead of silently passed as literal arguments.
 */
export function parseScript(text: string, source: ValueSource): string[] {
  if (text.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = undefined
    }
    if (!Array.isArray(parsed) || parsed.some(a => typeof a !== 'string') || parsed.length === 0) {
      throw new ConfigurationError(
        `script from ${describeSource(source)} starts with '[' but is not a JSON array of strings: ${text}`,
        { field: 'script', value: text, source }
      )
    }
    return parsed as string[]
  }
  const argv: string[] = []
  for (const token of shellParse(text, name => `\${${name}}`)) {
    if (typeof token !== 'string') {
      throw new ConfigurationError(
        `script from ${describeSource(source)} uses shell syntax (${JSON.stringify(token)}); ` +
          `set shell: true to run it through /bin/sh, or write it as plain arguments`,
        { field: 'script', value: text, source }
      )
    }
    if (token.includes('${')) {
      throw new ConfigurationError(
        `script from ${describeSource(source)} uses a variable expansion; set shell: true to let the shell expand it`,
        { field: 'script', value: text, source }
      )
    }
    argv.push(token)
  }
  if (argv.length === 0) {
    throw new ConfigurationError(`script from ${describeSource(source)} is empty`, {
      field: 'script',
      value: text,
      source
    })
  }
  return argv
}

export function invalid(
  entry: SettingKey,
  text: unknown,
  source: ValueSource,
  expected: string
): ConfigurationError {
  return new ConfigurationError(
    `Invalid value for '${entry.name}' from ${describeSource(source)}: got ${JSON.stringify(text)}, expected ${expected}.`,
    { field: entry.name, value: text, source }
  )
}

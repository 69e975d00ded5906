import type { Component } from '../model.js'
import {
  isDevRequirementsFile,
  parseExtras,
  analyzeSpecifier,
  makeComponent,
  parseHash,
  stripUrlCredentials
} from './names.js'

/** A `-r`/`-c` line: another file to read, relative to the file that names it. */
export interface RequirementsInclude {
  kind: 'requirement' | 'constraint'
  /** As written (relative to the including file, or absolute). */
  target: string
  line: number
}

/** What one requirements file says, before includes are followed. */
export interface RequirementsParse {
  components: Component[]
  includes: RequirementsInclude[]
  warnings: string[]
}

/** pip's COMMENT_RE: `#` at the start or after whitespace (so `#egg=` in URLs survives). */
const COMMENT = /(^|\s+)#.*$/
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s
const URL_LIKE = /^([a-z][a-z0-9+.-]*:\/\/|[a-z]+\+[a-z]+:|\.{0,2}\/|[A-Za-z]:\\|file:)/i
/** Options that only steer pip (indexes, binaries); they say nothing about which packages. */
const IGNORED_OPTIONS = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--no-index',
  '--pre',
  '--trusted-host',
  '--prefer-binary',
  '--require-hashes',
  '--only-binary',
  '--no-binary',
  '--use-feature'
])

/** Joins `\` continuations and drops comments, keeping the first physical line's number (pip). */
export function logicalLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = []
  let pending: string[] = []
  let start = 0
  const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  physical.forEach((raw, i) => {
    const hasComment = COMMENT.test(raw)
    if (raw.endsWith('\\') && !hasComment) {
      if (pending.length === 0) start = i + 1
      pending.push(raw.slice(0, -1))
      return
    }
    const piece = hasComment ? ` ${raw}` : raw
    if (pending.length > 0) {
      pending.push(piece)
      out.push({ line: start, text: pending.join('') })
      pending = []
    } else out.push({ line: i + 1, text: piece })
  })
  if (pending.length > 0) out.push({ line: start, text: pending.join('') })
  return out
    .map(l => ({ line: l.line, text: l.text.replace(COMMENT, '').trim() }))
    .filter(l => l.text !== '')
}

/** Splits a line into the requirement and its trailing `--option` tokens (pip's break_args_options). */
function splitOptions(text: string): { requirement: string; options: string[] } {
  const tokens = text.split(/\s+/)
  const idx = tokens.findIndex(t => t.startsWith('-'))
  if (idx === -1) return { requirement: text, options: [] }
  return { requirement: tokens.slice(0, idx).join(' '), options: tokens.slice(idx) }
}

/** Value of `-x value`, `-xvalue`, `--long value` or `--long=value` when the line starts with it. */
function optionValue(text: string, short: string, long: string): string | undefined {
  const m = new RegExp(`^(?:${short}\\s*|${long}(?:\\s*=\\s*|\\s+))(\\S+)`).exec(text)
  return m?.[1]
}

/** `#egg=name` in a VCS/URL requirement; the only name such a line carries. */
function eggName(url: string): string | undefined {
  const m = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url)
  return m?.[1]
}

/** Parses one requirements file (pure; includes are returned, not followed). */
export function parseRequirements(text: string, file: string): RequirementsParse {
  const components: Component[] = []
  const includes: RequirementsInclude[] = []
  const warnings: string[] = []
  const warn = (line: number, message: string): void => {
    warnings.push(`${file}:${line}: ${stripUrlCredentials(message)}`)
  }

  for (const { line, text: logical } of logicalLines(text)) {
    if (logical.startsWith('-')) {
      const req = optionValue(logical, '-r', '--requirement')
      const con = optionValue(logical, '-c', '--constraint')
      const editable = optionValue(logical, '-e', '--editable')
      if (req !== undefined || con !== undefined) {
        const target = (req ?? con) as string
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target))
          warn(line, `remote include ${target} is not followed`)
        else includes.push({ kind: req !== undefined ? 'requirement' : 'constraint', target, line })
      } else if (editable !== undefined) {
        const name = eggName(editable)
        if (name === undefined) warn(line, `editable ${editable} has no #egg= name: not listed`)
        else {
          components.push(makeComponent({ name, file, line }))
          warn(line, `editable ${editable} has no version: tools can't match it`)
        }
      } else {
        const option = logical.split(/[\s=]/)[0] ?? logical
        if (!IGNORED_OPTIONS.has(option)) warn(line, `unknown option ${option} ignored`)
      }
      continue
    }

    const { requirement, options } = splitOptions(logical)
    const hashes: NonNullable<Component['hashes']> = []
    options.forEach((opt, i) => {
      const value = opt.startsWith('--hash=')
        ? opt.slice('--hash='.length)
        : opt === '--hash'
          ? options[i + 1]
          : undefined
      if (value === undefined) return
      const hash = parseHash(value)
      if (hash) hashes.push(hash)
      else warn(line, `unrecognised hash ${value}`)
    })

    if (URL_LIKE.test(requirement)) {
      const name = eggName(requirement)
      if (name === undefined) warn(line, `${requirement} has no package name: not listed`)
      else {
        components.push(makeComponent({ name, file, line, hashes }))
        warn(line, `${requirement} has no version: tools can't match it`)
      }
      continue
    }

    const m = NAME.exec(requirement)
    if (!m?.[1]) {
      warn(line, `cannot parse requirement ${requirement}`)
      continue
    }
    const name = m[1]
    const extras = parseExtras(m[2])
    const rest = (m[3] ?? '').trim()
    // PEP 508: after the name come a specifier, `@ url`, `; markers` or nothing.
    if (rest !== '' && !/^[<>=!~(@;]/.test(rest)) {
      warn(line, `cannot parse requirement ${requirement}`)
      continue
    }
    if (rest.startsWith('@')) {
      components.push(makeComponent({ name, file, line, hashes }))
      warn(line, `${name} ${rest.split(/\s+;/)[0]} has no version: tools can't match it`)
      continue
    }
    // Markers are kept out of the specifier; the requirement is listed whatever they say.
    const specifier = (rest.split(';')[0] ?? '')
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      .replace(/\s+/g, '')
    const info = analyzeSpecifier(specifier)
    if (!info.valid) warn(line, `${name}${specifier}: invalid version specifier`)
    if (info.version !== undefined) {
      components.push(
        makeComponent({
          name,
          version: info.version,
          file,
          line,
          hashes,
          ...(extras ? { extras } : {})
        })
      )
    } else {
      components.push(
        makeComponent({
          name,
          file,
          line,
          hashes,
          ...(specifier !== '' ? { specifier } : {}),
          ...(extras ? { extras } : {})
        })
      )
      warn(line, `${name}${specifier} is unpinned: tools can't match it`)
    }
  }
  // A dev/test requirements file declares optional packages only.
  const optional = isDevRequirementsFile(file)
  return {
    components: optional ? components.map(c => ({ ...c, optional: true })) : components,
    includes,
    warnings
  }
}

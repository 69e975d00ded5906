import { parse as parseToml } from 'smol-toml'
import type { Component } from '../model.js'
import { isObject as isTable, type JsonObject as Table } from '../util/json.js'
import type { FileParse } from './lockfiles.js'
import {
  analyzeSpecifier,
  makeComponent,
  normalizeName,
  parseExtras,
  stripUrlCredentials
} from './names.js'

const PEP508 = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s

/** Finds the 1-based line of the first of `needles` at or after line `from` (1-based). */
function findLine(lines: string[], from: number, needles: RegExp[]): number | undefined {
  for (let i = Math.max(0, from - 1); i < lines.length; i++) {
    const l = lines[i] as string
    if (needles.some(n => n.test(l))) return i + 1
  }
  return undefined
}

/** 1-based line of a `[table.header]`, or 1. */
function headerLine(lines: string[], header: string): number {
  const esc = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\s*\\.\\s*')
  return findLine(lines, 1, [new RegExp(`^\\s*\\[\\s*${esc}\\s*\\]`)]) ?? 1
}

function quoted(s: string): RegExp {
  const esc = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`["']${esc}["']`)
}

/**
 * Poetry's own specifier syntax: a bare version (`1.2.3`) is an exact pin, `^`/`~` are
 * ranges; anything else is PEP 440.
 */
function poetryPin(spec: string): string | undefined {
  const s = spec.trim()
  if (/^[0-9][0-9A-Za-z.!+-]*$/.test(s) && !s.includes('*'))
    return analyzeSpecifier(`==${s}`).version
  if (/^[\^~](?!=)/.test(s)) return undefined
  return analyzeSpecifier(s).version
}

/**
 * pyproject.toml: PEP 621 `project.dependencies` and `project.optional-dependencies`, PEP 735
 * `dependency-groups`, and Poetry's `[tool.poetry.dependencies]` / group / dev tables.
 */
export function parsePyproject(text: string, file: string): FileParse {
  let doc: Table
  try {
    doc = parseToml(text)
  } catch (e) {
    return {
      components: [],
      warnings: [`${file}: not valid TOML (${(e as Error).message.split('\n')[0]})`]
    }
  }
  const lines = text.split(/\r?\n/)
  const components: Component[] = []
  const warnings: string[] = []
  const warn = (line: number, message: string): void => {
    warnings.push(`${file}:${line}: ${stripUrlCredentials(message)}`)
  }

  const pep508 = (req: string, from: number, optional = false): void => {
    const line = findLine(lines, from, [quoted(req)]) ?? from
    const m = PEP508.exec(req)
    if (!m?.[1]) {
      warn(line, `cannot parse requirement ${req}`)
      return
    }
    const rest = (m[3] ?? '').trim()
    // PEP 508: after the name come a specifier, `@ url`, `; markers` or nothing.
    if (rest !== '' && !/^[<>=!~(@;]/.test(rest)) {
      warn(line, `cannot parse requirement ${req}`)
      return
    }
    const extras = parseExtras(m[2])
    const more = { ...(extras ? { extras } : {}), ...(optional ? { optional } : {}) }
    if (rest.startsWith('@')) {
      components.push(makeComponent({ name: m[1], file, line, ...more }))
      warn(line, `${m[1]} ${rest.split(/\s+;/)[0]} has no version: tools can't match it`)
      return
    }
    const specifier = (rest.split(';')[0] ?? '')
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      .replace(/\s+/g, '')
    const { version } = analyzeSpecifier(specifier)
    if (version !== undefined) {
      components.push(makeComponent({ name: m[1], version, file, line, ...more }))
      return
    }
    components.push(
      makeComponent({ name: m[1], file, line, ...(specifier ? { specifier } : {}), ...more })
    )
    warn(line, `${m[1]}${specifier} is unpinned: tools can't match it`)
  }

  const project = isTable(doc.project) ? doc.project : undefined
  if (project) {
    const start = headerLine(lines, 'project')
    if (Array.isArray(project.dependencies))
      for (const d of project.dependencies) if (typeof d === 'string') pep508(d, start)
    const optional = project['optional-dependencies']
    if (isTable(optional)) {
      const optStart = headerLine(lines, 'project.optional-dependencies')
      for (const list of Object.values(optional))
        if (Array.isArray(list))
          for (const d of list)
            if (typeof d === 'string') pep508(d, Math.max(optStart, start), true)
    }
  }
  const groups = doc['dependency-groups']
  if (isTable(groups)) {
    const start = headerLine(lines, 'dependency-groups')
    for (const list of Object.values(groups))
      if (Array.isArray(list))
        for (const d of list) if (typeof d === 'string') pep508(d, start, true)
  }

  const poetry = isTable(doc.tool) && isTable(doc.tool.poetry) ? doc.tool.poetry : undefined
  if (poetry) {
    const tables: Array<[string, unknown]> = [
      ['tool.poetry.dependencies', poetry.dependencies],
      ['tool.poetry.dev-dependencies', poetry['dev-dependencies']]
    ]
    if (isTable(poetry.group))
      for (const [g, def] of Object.entries(poetry.group))
        if (isTable(def)) tables.push([`tool.poetry.group.${g}.dependencies`, def.dependencies])
    for (const [header, table] of tables) {
      if (!isTable(table)) continue
      // Only the main dependencies table is needed at run time.
      const optional = header !== 'tool.poetry.dependencies'
      const start = headerLine(lines, header)
      for (const [rawName, value] of Object.entries(table)) {
        if (normalizeName(rawName) === 'python') continue
        const esc = rawName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        const line = findLine(lines, start, [new RegExp(`^\\s*["']?${esc}["']?\\s*=`)]) ?? start
        // Several constraints for different markers: list the package once, unpinned.
        const spec =
          typeof value === 'string'
            ? value
            : isTable(value) && typeof value.version === 'string'
              ? value.version
              : undefined
        if (spec === undefined) {
          components.push(makeComponent({ name: rawName, file, line, optional }))
          warn(
            line,
            `${normalizeName(rawName)} is a path, URL, VCS or multi-constraint dependency: tools can't match it`
          )
          continue
        }
        const version = poetryPin(spec)
        if (version !== undefined)
          components.push(makeComponent({ name: rawName, version, file, line, optional }))
        else {
          components.push(makeComponent({ name: rawName, file, line, specifier: spec, optional }))
          warn(line, `${normalizeName(rawName)} ${spec} is unpinned: tools can't match it`)
        }
      }
    }
  }
  const projectName =
    typeof project?.name === 'string'
      ? project.name
      : poetry && typeof poetry.name === 'string'
        ? poetry.name
        : undefined
  return {
    components,
    warnings,
    ...(projectName !== undefined ? { project: normalizeName(projectName) } : {})
  }
}

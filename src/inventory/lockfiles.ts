import { parse as parseToml } from 'smol-toml'
import type { Component } from '../model.js'
import { isObject as isTable, type JsonObject as Table } from '../util/json.js'
import { analyzeSpecifier, lineAt, makeComponent, normalizeName, parseHash } from './names.js'

/** What one dependency file says. */
export interface FileParse {
  components: Component[]
  warnings: string[]
  /** The project this file describes (pyproject.toml `project.name` / Poetry `name`), normalized. */
  project?: string
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function hashesOf(values: unknown[]): NonNullable<Component['hashes']> {
  const seen = new Set<string>()
  const out: NonNullable<Component['hashes']> = []
  for (const v of values) {
    if (typeof v !== 'string') continue
    const h = parseHash(v)
    if (h && !seen.has(h.content)) {
      seen.add(h.content)
      out.push(h)
    }
  }
  return out
}

/**
 * Pipfile.lock (JSON): `default` and `develop` map names to `{version: "==1.0", hashes: [...]}`.
 * The line is the one of the package's key inside its section.
 */
export function parsePipfileLock(text: string, file: string): FileParse {
  const components: Component[] = []
  const warnings: string[] = []
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    return { components, warnings: [`${file}: not valid JSON (${(e as Error).message})`] }
  }
  if (!isTable(doc)) return { components, warnings: [`${file}: not a Pipfile.lock object`] }
  for (const section of ['default', 'develop']) {
    const entries = doc[section]
    if (!isTable(entries)) continue
    const sectionAt = new RegExp(`"${section}"\\s*:`).exec(text)?.index ?? 0
    for (const [rawName, entry] of Object.entries(entries)) {
      if (!isTable(entry)) continue
      const keyAt = new RegExp(`"${escapeRegExp(rawName)}"\\s*:`, 'g')
      keyAt.lastIndex = sectionAt
      const line = lineAt(text, keyAt.exec(text)?.index ?? sectionAt)
      const hashes = hashesOf(Array.isArray(entry.hashes) ? entry.hashes : [])
      const spec = typeof entry.version === 'string' ? entry.version : ''
      const { version } = analyzeSpecifier(spec)
      const optional = section === 'develop'
      if (version !== undefined) {
        components.push(makeComponent({ name: rawName, version, file, line, hashes, optional }))
      } else {
        // VCS, path and editable entries carry no version.
        components.push(makeComponent({ name: rawName, file, line, hashes, optional }))
        warnings.push(
          `${file}:${line}: ${normalizeName(rawName)} has no locked version: tools can't match it`
        )
      }
    }
  }
  return { components, warnings }
}

/** Line of `name = "<name>"` inside the n-th `[[package]]` block (TOML arrays keep order). */
function packageLines(text: string): number[] {
  const lines = text.split(/\r?\n/)
  const result: number[] = []
  let inPackage = false
  lines.forEach((l, i) => {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(l)
    if (header) {
      const isBlock = /^\s*\[\[\s*package\s*\]\]/.test(l)
      if (isBlock) {
        inPackage = true
        result.push(i + 1)
      } else if (!header[1]?.startsWith('package.')) inPackage = false
      return
    }
    if (inPackage && /^\s*name\s*=/.test(l) && result.length > 0) {
      result[result.length - 1] = i + 1
      inPackage = false
    }
  })
  return result
}

function parseTomlSafe(text: string, file: string): { doc?: Table; warning?: string } {
  try {
    return { doc: parseToml(text) }
  } catch (e) {
    return { warning: `${file}: not valid TOML (${(e as Error).message.split('\n')[0]})` }
  }
}

function dependencyNames(value: unknown): string[] {
  if (isTable(value)) return Object.keys(value).map(normalizeName)
  if (Array.isArray(value))
    return value
      .map(d => (isTable(d) && typeof d.name === 'string' ? normalizeName(d.name) : undefined))
      .filter((d): d is string => d !== undefined)
  return []
}

/**
 * poetry.lock: `[[package]]` with name, version, `[package.dependencies]`, and hashes either in
 * `files = [{hash}]` (Poetry ≥1.2) or in `[metadata.files]` (older).
 */
export function parsePoetryLock(text: string, file: string): FileParse {
  const { doc, warning } = parseTomlSafe(text, file)
  if (!doc) return { components: [], warnings: warning !== undefined ? [warning] : [] }
  const packages = Array.isArray(doc.package) ? doc.package : []
  const lines = packageLines(text)
  const metadata = isTable(doc.metadata) && isTable(doc.metadata.files) ? doc.metadata.files : {}
  const legacyFiles = new Map(Object.entries(metadata).map(([k, v]) => [normalizeName(k), v]))
  const components: Component[] = []
  const warnings: string[] = []
  packages.forEach((pkg: unknown, i: number) => {
    if (!isTable(pkg) || typeof pkg.name !== 'string') return
    const line = lines[i] ?? 1
    const files = Array.isArray(pkg.files) ? pkg.files : legacyFiles.get(normalizeName(pkg.name))
    const hashes = hashesOf(
      (Array.isArray(files) ? files : []).map(f => (isTable(f) ? f.hash : undefined))
    )
    const dependsOn = [...new Set(dependencyNames(pkg.dependencies))].sort()
    const version = typeof pkg.version === 'string' && pkg.version !== '' ? pkg.version : undefined
    components.push(makeComponent({ name: pkg.name, version, file, line, hashes, dependsOn }))
    if (version === undefined)
      warnings.push(`${file}:${line}: ${normalizeName(pkg.name)} has no locked version`)
  })
  return { components, warnings }
}

/**
 * uv.lock: `[[package]]` with name, version, `source`, `dependencies = [{name}]`, sdist/wheels
 * hashes. The project itself (source editable/virtual) is not a dependency and is left out.
 */
export function parseUvLock(text: string, file: string): FileParse {
  const { doc, warning } = parseTomlSafe(text, file)
  if (!doc) return { components: [], warnings: warning !== undefined ? [warning] : [] }
  const packages = Array.isArray(doc.package) ? doc.package : []
  const lines = packageLines(text)
  const components: Component[] = []
  const warnings: string[] = []
  packages.forEach((pkg: unknown, i: number) => {
    if (!isTable(pkg) || typeof pkg.name !== 'string') return
    const source = isTable(pkg.source) ? pkg.source : {}
    if ('editable' in source || 'virtual' in source) return
    const line = lines[i] ?? 1
    const wheels: unknown[] = Array.isArray(pkg.wheels) ? pkg.wheels : []
    const artifacts: unknown[] = [...(isTable(pkg.sdist) ? [pkg.sdist] : []), ...wheels]
    const hashes = hashesOf(artifacts.map(a => (isTable(a) ? a.hash : undefined)))
    const optional = isTable(pkg['optional-dependencies'])
      ? Object.values(pkg['optional-dependencies']).flatMap(dependencyNames)
      : []
    const dependsOn = [...new Set([...dependencyNames(pkg.dependencies), ...optional])].sort()
    const version = typeof pkg.version === 'string' && pkg.version !== '' ? pkg.version : undefined
    components.push(makeComponent({ name: pkg.name, version, file, line, hashes, dependsOn }))
    if (version === undefined)
      warnings.push(`${file}:${line}: ${normalizeName(pkg.name)} has no locked version`)
  })
  return { components, warnings }
}

import pep440 from '@renovatebot/pep440'
import { PackageURL } from 'packageurl-js'
import path from 'node:path'
import { manifestKind } from '../inventory/index.js'
import { normalizeName } from '../inventory/names.js'
import type { Component, Location } from '../model.js'

/** Shared by the Safety and OSV-Scanner adapters: where a vulnerable package is pinned. */

/** OSV ecosystem → purl type (google/osv.dev purl_helpers); others become `generic`. */
const PURL_TYPES: Readonly<Record<string, string>> = {
  PyPI: 'pypi',
  npm: 'npm',
  Go: 'golang',
  'crates.io': 'cargo',
  RubyGems: 'gem',
  NuGet: 'nuget',
  Packagist: 'composer',
  Pub: 'pub',
  Hex: 'hex',
  Maven: 'maven'
}

/** Name as the model wants it: PEP 503 for PyPI, unchanged elsewhere. */
export function packageName(ecosystem: string, name: string): string {
  return ecosystem === 'PyPI' ? normalizeName(name) : name
}

/** Package URL for a package in an OSV ecosystem. */
export function purlOf(ecosystem: string, name: string, version?: string): string {
  const type = PURL_TYPES[ecosystem] ?? 'generic'
  let namespace: string | undefined
  let local = packageName(ecosystem, name)
  if (type === 'maven' && local.includes(':'))
    [namespace, local] = local.split(':', 2) as [string, string]
  else if ((type === 'npm' || type === 'golang' || type === 'composer') && local.includes('/')) {
    const idx = local.lastIndexOf('/')
    namespace = local.slice(0, idx)
    local = local.slice(idx + 1)
  }
  try {
    return new PackageURL(type, namespace, local, version || undefined).toString()
  } catch {
    return `pkg:generic/${encodeURIComponent(name)}${version ? `@${encodeURIComponent(version)}` : ''}`
  }
}

/** Sorts versions PEP 440-wise when they parse, text-wise otherwise; removes duplicates. */
export function sortVersions(versions: Iterable<string>): string[] {
  const unique = [...new Set(versions)].filter(v => v !== '')
  return unique.sort((a, b) => {
    if (pep440.valid(a) !== null && pep440.valid(b) !== null) return pep440.compare(a, b)
    return a.localeCompare(b)
  })
}

const sameVersion = (a: string | undefined, b: string): boolean => {
  if (a === undefined) return false
  if (a === b) return true
  return pep440.valid(a) !== null && pep440.valid(b) !== null && pep440.eq(a, b)
}

/**
 * The manifest line that pins `name==version`, preferring the file the tool scanned, then a
 * file of the same kind (a `-r` include of a requirements file), then the same directory,
 * then any. Without a match: the scanned file, line 1 (the model's "no known line").
 */
export function locateDependency(
  components: readonly Component[],
  name: string,
  version: string,
  scannedFile?: string
): { location: Location; component?: Component } {
  const wanted = normalizeName(name)
  const matches = components.filter(c => c.name === wanted && sameVersion(c.version, version))
  const rank = (c: Component): number => {
    if (scannedFile === undefined) return 3
    if (c.file === scannedFile) return 0
    if (manifestKind(c.file) === manifestKind(scannedFile)) return 1
    if (path.posix.dirname(c.file) === path.posix.dirname(scannedFile)) return 2
    return 3
  }
  const best = [...matches].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line
  )[0]
  if (best) return { location: { path: best.file, startLine: best.line }, component: best }
  return { location: { path: scannedFile ?? '.', startLine: 1 } }
}

import pep440 from '@renovatebot/pep440'
import { PackageURL } from 'packageurl-js'
import type { Component } from '../model.js'

/** PEP 503: lowercase, runs of `-`, `_`, `.` become one `-` (packageurl-js does not collapse runs). */
export function normalizeName(name: string): string {
  return name
    .trim()
    .replace(/[-_.]+/g, '-')
    .toLowerCase()
}

/** `pkg:pypi/<pep503 name>[@version]`. */
export function pypiPurl(name: string, version?: string): string {
  return new PackageURL('pypi', undefined, normalizeName(name), version ?? undefined).toString()
}

/** What a version specifier means for matching against advisories. */
export interface SpecifierInfo {
  /** The exact version when the specifier pins one (`==1.2`, `===1.2`), else undefined. */
  version?: string
  /** False when @renovatebot/pep440 cannot parse the specifier. */
  valid: boolean
}

const PIN = /^(===?)\s*([^\s,;*]+)$/

/**
 * `==X` without a wildcard (or `===X`) pins; every other specifier is a range that the
 * scanners cannot match against advisories. A pin may sit among other clauses (`>=1,==1.2`).
 */
export function analyzeSpecifier(specifier: string): SpecifierInfo {
  const spec = specifier.trim()
  const clauses = spec
    .split(',')
    .map(c => c.trim())
    .filter(c => c !== '')
  let version: string | undefined
  for (const clause of clauses) {
    const m = PIN.exec(clause)
    if (!m) continue
    const [, op, v] = m
    if (v === undefined) continue
    // `===` is arbitrary string equality: any text is a pin, no PEP 440 check.
    if (op === '===' || pep440.valid(v) !== null) version = v
  }
  let valid: boolean
  try {
    valid = clauses.every(c => /^===/.test(c)) || pep440.validRange(spec.replace(/\s+/g, ''))
  } catch {
    valid = false
  }
  return version !== undefined ? { version, valid } : { valid }
}

/** Builds a component in one literal so no field is forgotten. */
export function makeComponent(input: {
  name: string
  version?: string
  file: string
  line: number
  specifier?: string
  hashes?: Component['hashes']
  dependsOn?: string[]
  extras?: string[]
  optional?: boolean
}): Component {
  const name = normalizeName(input.name)
  return {
    ecosystem: 'PyPI',
    name,
    ...(input.version !== undefined ? { version: input.version } : {}),
    purl: pypiPurl(name, input.version),
    file: input.file,
    line: input.line,
    ...(input.hashes && input.hashes.length > 0 ? { hashes: input.hashes } : {}),
    ...(input.dependsOn ? { dependsOn: input.dependsOn } : {}),
    ...(input.specifier !== undefined ? { specifier: input.specifier } : {}),
    ...(input.extras && input.extras.length > 0 ? { extras: input.extras } : {}),
    ...(input.optional ? { optional: true } : {})
  }
}

/** `[a, B_c]` → `['a', 'b-c']` (PEP 685: extras compare like names); undefined for none. */
export function parseExtras(bracket: string | undefined): string[] | undefined {
  if (bracket === undefined) return undefined
  const list = bracket
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map(e => normalizeName(e))
    .filter(e => e !== '')
  return list.length > 0 ? [...new Set(list)] : undefined
}

/**
 * A requirements file for development only, by its name: `requirements-dev.txt`,
 * `dev-requirements.txt`, `requirements/test.txt`, `requirements_lint.txt` …
 */
export function isDevRequirementsFile(repoPath: string): boolean {
  const DEV =
    /(^|[-_./])(dev|devel|develop|development|test|tests|testing|lint|linting|docs?|typing|ci|qa)([-_.]|$)/i
  const base = repoPath.split('/').pop() ?? repoPath
  const parent = repoPath.split('/').slice(-2, -1)[0] ?? ''
  const stem = base.replace(/\.txt$/i, '')
  return (
    DEV.test(stem.replace(/^requirements/i, '')) || (parent === 'requirements' && DEV.test(stem))
  )
}

const HASH_ALGS: Readonly<Record<string, NonNullable<Component['hashes']>[number]['alg']>> = {
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
  md5: 'MD5',
  sha1: 'SHA-1'
}

/** `sha256:abcd…` → `{alg: 'SHA-256', content}`; unknown algorithms or bad hex → undefined. */
export function parseHash(text: string): NonNullable<Component['hashes']>[number] | undefined {
  const m = /^([a-z0-9]+)[:=]([0-9a-fA-F]+)$/.exec(text.trim())
  if (!m?.[1] || !m[2]) return undefined
  const alg = HASH_ALGS[m[1].toLowerCase()]
  return alg ? { alg, content: m[2].toLowerCase() } : undefined
}

/** Removes `user:password@` from URLs so a warning never carries a credential. */
export function stripUrlCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1')
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

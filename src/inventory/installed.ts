import pep440 from '@renovatebot/pep440'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Component, DependencyContext, Finding, Location } from '../model.js'
import type { InstalledEnvironment, InstalledPackage } from './environment.js'
import { attributedLocation, buildEnvironmentGraph, type EnvironmentGraph } from './graph.js'
import { manifestKind } from './index.js'
import { licenseViolation, type LicensePolicy } from './licenses.js'
import type { RuntimeSummary } from './loaded.js'
import { normalizeName } from './names.js'

/**
 * The installed environment set against the manifests: the graph, the manifest pins the
 * environment contradicts, where a finding on an installed package points, and the exact pins
 * handed to OSV-Scanner and Safety.
 */

export interface VersionMismatch {
  /** The manifest entry that pins another version. */
  component: Component
  installed: string
}
export interface EnvironmentInventory {
  environment: InstalledEnvironment
  graph: EnvironmentGraph
  /** The manifest components the environment was set against. */
  manifest: readonly Component[]
  /** Manifest pins whose package is installed at another version. */
  mismatches: VersionMismatch[]
  /** Where a finding on an installed package no manifest line brings in points (the main manifest). */
  fallbackFile?: string
  /** What the script's import record showed (runs with a script only; loaded.ts). */
  runtime?: RuntimeSummary
}

const sameVersion = (a: string | undefined, b: string): boolean => {
  if (a === undefined) return false
  if (a === b) return true
  return pep440.valid(a) !== null && pep440.valid(b) !== null && pep440.eq(a, b)
}

/** The manifest a finding on an unlisted package points at: a top-level requirements or pyproject. */
function mainManifest(components: readonly Component[]): string | undefined {
  const files = [...new Set(components.map(c => c.file))]
  const rank = (f: string): number =>
    (f.includes('/') ? 10 : 0) +
    (manifestKind(f) === 'requirements' ? 0 : manifestKind(f) === 'pyproject' ? 1 : 2) +
    (components.some(c => c.file === f && c.optional) ? 5 : 0)
  return files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0]
}

/** Graph, cross-check and attribution of one read environment. */
export function analyzeEnvironment(
  environment: InstalledEnvironment,
  manifest: readonly Component[],
  projects: readonly string[] = []
): EnvironmentInventory {
  const graph = buildEnvironmentGraph(environment, manifest, projects)
  const installed = new Map(environment.packages.map(p => [p.name, p]))
  const mismatches: VersionMismatch[] = []
  for (const c of manifest) {
    const pkg = installed.get(c.name)
    if (pkg === undefined || c.version === undefined) continue
    if (!sameVersion(c.version, pkg.version))
      mismatches.push({ component: c, installed: pkg.version })
  }
  const fallbackFile = mainManifest(manifest)
  return {
    environment,
    manifest,
    graph,
    mismatches,
    ...(fallbackFile ? { fallbackFile } : {})
  }
}

/** One warning line per manifest pin the environment contradicts. */
export function mismatchWarnings(inv: EnvironmentInventory): string[] {
  return inv.mismatches.map(
    m =>
      `${m.component.file}:${m.component.line}: ${m.component.name} is pinned to ${m.component.version} but ${m.installed} is installed in the environment the script used`
  )
}

/** The installed package of that name (any version), or undefined. */
export function installedPackage(
  inv: EnvironmentInventory,
  name: string
): InstalledPackage | undefined {
  return inv.graph.nodes.get(normalizeName(name))?.pkg
}

/**
 * Where a finding on an installed package points: the manifest line that pins that exact
 * version if one does; else the line of the direct dependency that brings it in; else the main
 * manifest's first line (or `.`).
 */
export function locateInstalled(
  inv: EnvironmentInventory,
  manifest: readonly Component[],
  name: string,
  version: string
): Location | undefined {
  const wanted = normalizeName(name)
  const node = inv.graph.nodes.get(wanted)
  if (node === undefined || !sameVersion(node.pkg.version, version)) return undefined
  const pin = manifest
    .filter(c => c.name === wanted && sameVersion(c.version, version))
    .sort(
      (a, b) =>
        Number(Boolean(a.optional)) - Number(Boolean(b.optional)) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line
    )[0]
  if (pin) return { path: pin.file, startLine: pin.line }
  return attributedLocation(node, inv.fallbackFile)
}

/** Exact pins of the environment for the dependency scanners, outside the workspace. */
export interface InstalledFeed {
  /** Absolute `requirements.txt` with one `name==version` line per installed package. */
  requirementsFile: string
  /** Packages listed. */
  count: number
  /** Where a finding on `name==version` from this file points (see locateInstalled). */
  locate(name: string, version: string): Location | undefined
  /** Removes the temporary directory. */
  cleanup(): void
}

/**
 * Writes the pins to a fresh temporary directory (never the workspace: nothing the scan writes
 * may land in the checkout, and the workspace could hold a symlink named like the file).
 * Editable installs are left out: their version names a working tree, not a release.
 */
export function writeInstalledFeed(
  inv: EnvironmentInventory,
  manifest: readonly Component[]
): InstalledFeed | undefined {
  const pins = inv.environment.packages
    .filter(p => !p.editable)
    .map(p => `${p.name}==${p.version}`)
    .sort()
  if (pins.length === 0) return undefined
  const dir = mkdtempSync(path.join(tmpdir(), 'runguard-installed-'))
  const requirementsFile = path.join(dir, 'requirements.txt')
  writeFileSync(requirementsFile, `${pins.join('\n')}\n`, { flag: 'wx', mode: 0o600 })
  return {
    requirementsFile,
    count: pins.length,
    locate: (name, version) => locateInstalled(inv, manifest, name, version),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}

/** The context of a dependency finding, or undefined for non-PyPI or non-dependency findings. */
export function dependencyContext(
  finding: Finding,
  inv: EnvironmentInventory | undefined,
  manifest: readonly Component[]
): DependencyContext | undefined {
  const pkg = finding.package
  if (!pkg || pkg.ecosystem !== 'PyPI') return undefined
  const inManifest = manifest.some(c => c.name === pkg.name && sameVersion(c.version, pkg.version))
  const node = inv?.graph.nodes.get(pkg.name)
  const installed = node !== undefined && sameVersion(node.pkg.version, pkg.version)
  if (!installed) return inManifest ? { source: 'manifest' } : undefined
  return {
    source: inManifest ? 'both' : 'environment',
    relationship: node.relationship,
    via: node.via,
    ...(node.optional ? { optional: true } : {})
  }
}

/** One sentence a user reads after the advisory: how the package got into the environment. */
export function describeContext(ctx: DependencyContext): string {
  if (ctx.relationship === undefined)
    return 'Pinned in a manifest; not installed in the environment the script used.'
  const chain = ctx.via && ctx.via.length > 1 ? ` (${ctx.via.join(' → ')})` : ''
  const how: Record<NonNullable<DependencyContext['relationship']>, string> = {
    project: 'the project itself',
    direct: 'a direct dependency',
    transitive: `a transitive dependency${chain}`,
    unlisted: 'installed but required by nothing the manifests list'
  }
  const optional = ctx.optional ? ', needed only by development or optional dependencies' : ''
  return `Installed as ${how[ctx.relationship]}${optional}.`
}

/**
 * Dependency findings with their context (source, relationship, chain) and one sentence about
 * it at the end of the message, so every report says how the package got in.
 */
export function withDependencyContext(
  findings: readonly Finding[],
  inv: EnvironmentInventory | undefined,
  manifest: readonly Component[]
): Finding[] {
  if (inv === undefined) return [...findings]
  return findings.map(f => {
    const context = dependencyContext(f, inv, manifest)
    if (context === undefined) return f
    return { ...f, dependency: context, message: `${f.message} ${describeContext(context)}` }
  })
}

/** The licence policy over the whole installed environment. */
export interface LicensePolicyResult {
  /** One verdict reason per package whose licence the policy rejects. */
  violations: string[]
  /** Packages whose licence is unknown (not checked): `name version`. */
  unknown: string[]
}

/**
 * Checks every installed package (the project itself excepted) against allow-licenses /
 * deny-licenses. Each violation names the package, its licence, where the licence was read and
 * how the package got into the environment.
 */
export function checkLicensePolicy(
  inv: EnvironmentInventory,
  policy: LicensePolicy
): LicensePolicyResult {
  const violations: string[] = []
  const unknown: string[] = []
  if (policy.allow.length === 0 && policy.deny.length === 0) return { violations, unknown }
  const nodes = [...inv.graph.nodes.values()].sort((a, b) => a.pkg.name.localeCompare(b.pkg.name))
  for (const node of nodes) {
    if (node.relationship === 'project') continue
    const { pkg } = node
    if (pkg.license.expression === undefined) {
      unknown.push(`${pkg.name} ${pkg.version}`)
      continue
    }
    const why = licenseViolation(pkg.license, policy)
    if (why === undefined) continue
    const inManifest = inv.manifest.some(c => c.name === pkg.name)
    const context = describeContext({
      source: inManifest ? 'both' : 'environment',
      relationship: node.relationship,
      via: node.via,
      ...(node.optional ? { optional: true } : {})
    })
    const from = pkg.license.source === 'expression' ? 'License-Expression' : pkg.license.source
    violations.push(
      `licence policy: ${pkg.name} ${pkg.version}: ${why} (licence from ${from}). ${context}`
    )
  }
  return { violations, unknown }
}

const UNMATCHABLE =
  /^(?<where>.+?:\d+): (?:editable )?(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)[^:]* (?:is unpinned|has no version|has no locked version): tools can't match it$/

/**
 * A manifest warning that a dependency has no exact version, restated when the environment
 * the script used supplies one: the scanners were given that installed version, so "tools can't
 * match it" is no longer true. Other warnings come back unchanged.
 */
export function restateUnpinned(warning: string, inv: EnvironmentInventory | undefined): string {
  const m = inv ? UNMATCHABLE.exec(warning) : null
  const name = m?.groups?.name
  const node = name ? inv?.graph.nodes.get(normalizeName(name)) : undefined
  if (!m || !node) return warning
  return `${m.groups?.where ?? ''}: ${node.pkg.name} has no exact version here; the environment the script used has ${node.pkg.version}, which OSV-Scanner and Safety were given`
}

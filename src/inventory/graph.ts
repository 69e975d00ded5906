import pep440 from '@renovatebot/pep440'
import {
  parsePipRequirementsLine,
  type EnvironmentMarker,
  type ProjectNameRequirement,
  type ProjectURLRequirement,
  type Requirement
} from 'pip-requirements-js'
import type { Component, Location } from '../model.js'
import type { InstalledEnvironment, InstalledPackage } from './environment.js'
import { normalizeName } from './names.js'

/**
 * The dependency graph of an installed environment, and each package's place in it against the
 * manifests: `direct` (a manifest names it), `transitive` (an installed package requires it, on
 * a chain from a direct one), `unlisted` (installed, but nothing the manifests name needs it:
 * pip, setuptools, tools the workflow installed), or `project` (the workspace's own project,
 * installed: what it requires is direct). Edges come from each distribution's
 * Requires-Dist whose PEP 508 marker holds in that environment, extras included only when a
 * requirement on the way asks for them.
 */

export type Relationship = 'project' | 'direct' | 'transitive' | 'unlisted'

/** One installed package in the graph. */
export interface GraphNode {
  pkg: InstalledPackage
  relationship: Relationship
  /** Shortest chain from a direct dependency, direct one first, this package last. */
  via: string[]
  /** Only optional (dev/extra) manifest entries lead here. */
  optional: boolean
  /** Normalized names this package requires and that are installed. */
  dependsOn: string[]
  /** The manifest entry the package is attributed to (its own, or its direct ancestor's). */
  declaredAt?: Component
}

export interface EnvironmentGraph {
  nodes: Map<string, GraphNode>
  /** True when no manifest named any package: direct then means "nothing requires it". */
  inferredRoots: boolean
  /** Requirement lines that could not be read, one per package (they give no edge). */
  warnings: string[]
}

type Markers = Readonly<Record<string, string>>

const VERSION_VARIABLES = new Set([
  'python_version',
  'python_full_version',
  'implementation_version'
])

const unquote = (s: string): string => s.replace(/^(['"])(.*)\1$/s, '$2')

function compare(left: string, op: string, right: string, versionLike: boolean): boolean {
  if (op === 'in') return right.includes(left)
  if (op === 'not in') return !right.includes(left)
  if (versionLike && pep440.valid(left) !== null) {
    try {
      return pep440.satisfies(left, `${op}${right}`)
    } catch {
      // Fall through to string comparison, as packaging does for non-versions.
    }
  }
  if (op === '==' || op === '===') return left === right
  if (op === '!=') return left !== right
  return false
}

/** Evaluates a PEP 508 marker; `extra` compares PEP 685-normalized names. */
export function evaluateMarker(marker: EnvironmentMarker, env: Markers, extra: string): boolean {
  if (marker.operator === 'and' || marker.operator === 'or') {
    const node: {
      operator: 'and' | 'or'
      left: EnvironmentMarker
      right: EnvironmentMarker
    } = marker
    const l = evaluateMarker(node.left, env, extra)
    return node.operator === 'and'
      ? l && evaluateMarker(node.right, env, extra)
      : l || evaluateMarker(node.right, env, extra)
  }
  const leaf = marker as { left: string; operator: string; right: string }
  const value = (side: string): { text: string; variable?: string } => {
    if (/^['"]/.test(side)) return { text: unquote(side) }
    if (side === 'extra') return { text: extra, variable: side }
    return { text: env[side] ?? '', variable: side }
  }
  const left = value(leaf.left)
  const right = value(leaf.right)
  const isExtra = left.variable === 'extra' || right.variable === 'extra'
  const l = isExtra ? normalizeName(left.text) : left.text
  const r = isExtra ? normalizeName(right.text) : right.text
  const versionLike =
    VERSION_VARIABLES.has(left.variable ?? '') || VERSION_VARIABLES.has(right.variable ?? '')
  // `"3.8" <= python_version` reads the other way round.
  if (
    left.variable === undefined &&
    right.variable !== undefined &&
    !['in', 'not in'].includes(leaf.operator)
  ) {
    const flipped: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' }
    return compare(r, flipped[leaf.operator] ?? leaf.operator, l, versionLike)
  }
  return compare(l, leaf.operator, r, versionLike)
}

interface ParsedRequirement {
  name: string
  extras: string[]
  marker?: EnvironmentMarker
}

/** One Requires-Dist line, or undefined when it cannot be parsed. */
export function parseRequirement(line: string): ParsedRequirement | undefined {
  let req: Requirement | null
  try {
    req = parsePipRequirementsLine(line)
  } catch {
    return undefined
  }
  if (!req || (req.type !== 'ProjectName' && req.type !== 'ProjectURL')) return undefined
  const r: ProjectNameRequirement | ProjectURLRequirement = req
  return {
    name: normalizeName(r.name),
    extras: (r.extras ?? []).map(normalizeName),
    ...(r.environmentMarkerTree ? { marker: r.environmentMarkerTree } : {})
  }
}

/** Does the requirement apply with these extras of the requiring package active? */
function applies(req: ParsedRequirement, env: Markers, extras: ReadonlySet<string>): boolean {
  if (!req.marker) return true
  for (const extra of ['', ...extras]) {
    try {
      if (evaluateMarker(req.marker, env, extra)) return true
    } catch {
      // A marker we cannot evaluate keeps the edge: better a dependency too many than a
      // vulnerable package wrongly called unrequired.
      return true
    }
  }
  return false
}

/** Preference among manifest entries naming a package: runtime before dev, then file order. */
function betterDeclaration(a: Component, b: Component | undefined): boolean {
  if (b === undefined) return true
  if (Boolean(a.optional) !== Boolean(b.optional)) return !a.optional
  return a.file < b.file || (a.file === b.file && a.line < b.line)
}

/**
 * Builds the graph: Requires-Dist edges (markers evaluated against the environment), then a
 * breadth-first walk from the manifest entries (runtime ones first, so `optional` is set only
 * where no runtime path exists). Without any manifest entry, every package nothing requires is
 * a root.
 */
export function buildEnvironmentGraph(
  environment: Pick<InstalledEnvironment, 'packages' | 'markers'>,
  manifest: readonly Component[],
  projects: readonly string[] = []
): EnvironmentGraph {
  const isProject = new Set(projects.map(normalizeName))
  const byName = new Map(environment.packages.map(p => [p.name, p]))
  const warnings: string[] = []
  const parsed = new Map<string, ParsedRequirement[]>()
  for (const pkg of environment.packages) {
    const list: ParsedRequirement[] = []
    let bad = 0
    for (const line of pkg.requires) {
      const req = parseRequirement(line)
      if (req) list.push(req)
      else bad++
    }
    if (bad > 0)
      warnings.push(`${pkg.name} ${pkg.version}: ${bad} requirement(s) could not be read`)
    parsed.set(pkg.name, list)
  }

  // Declarations per installed package (the best one is where findings point).
  const declared = new Map<string, Component>()
  const rootExtras = new Map<string, Set<string>>()
  for (const c of manifest) {
    if (!byName.has(c.name) || isProject.has(c.name)) continue
    if (betterDeclaration(c, declared.get(c.name))) declared.set(c.name, c)
    const set = rootExtras.get(c.name) ?? new Set<string>()
    for (const e of c.extras ?? []) set.add(e)
    rootExtras.set(c.name, set)
  }
  const inferredRoots = declared.size === 0 && isProject.size === 0

  // Active extras grow as requirements ask for them; iterate to a fixed point (bounded).
  const extras = new Map<string, Set<string>>()
  for (const [name, set] of rootExtras) extras.set(name, new Set(set))
  const edges = new Map<string, Set<string>>()
  for (let round = 0; round < 50; round++) {
    let changed = false
    for (const pkg of environment.packages) {
      const active = extras.get(pkg.name) ?? new Set<string>()
      const out = edges.get(pkg.name) ?? new Set<string>()
      for (const req of parsed.get(pkg.name) ?? []) {
        if (!byName.has(req.name) || req.name === pkg.name) continue
        if (!applies(req, environment.markers, active)) continue
        if (!out.has(req.name)) {
          out.add(req.name)
          changed = true
        }
        const target = extras.get(req.name) ?? new Set<string>()
        for (const e of req.extras)
          if (!target.has(e)) {
            target.add(e)
            changed = true
          }
        extras.set(req.name, target)
      }
      edges.set(pkg.name, out)
    }
    if (!changed) break
  }
  const roots = new Set(declared.keys())
  // What the installed project itself requires is direct, named in a manifest or not.
  for (const p of isProject)
    for (const dep of edges.get(p) ?? []) if (!isProject.has(dep)) roots.add(dep)
  if (inferredRoots) {
    const required = new Set([...edges.values()].flatMap(s => [...s]))
    for (const p of environment.packages) if (!required.has(p.name)) roots.add(p.name)
  }

  const nodes = new Map<string, GraphNode>()
  for (const pkg of environment.packages) {
    if (!isProject.has(pkg.name)) continue
    nodes.set(pkg.name, {
      pkg,
      relationship: 'project',
      via: [pkg.name],
      optional: false,
      dependsOn: [...(edges.get(pkg.name) ?? [])].sort()
    })
  }
  const walk = (starts: string[], optional: boolean): void => {
    const queue: Array<{ name: string; via: string[]; root: string }> = starts
      .filter(n => !nodes.has(n))
      .map(n => ({ name: n, via: [n], root: n }))
    for (const s of queue) nodes.set(s.name, node(s.name, s.via, optional, s.root, true))
    while (queue.length > 0) {
      const { name, via, root } = queue.shift() as { name: string; via: string[]; root: string }
      for (const dep of [...(edges.get(name) ?? [])].sort()) {
        if (nodes.has(dep)) continue
        nodes.set(dep, node(dep, [...via, dep], optional, root, false))
        queue.push({ name: dep, via: [...via, dep], root })
      }
    }
  }
  const node = (
    name: string,
    via: string[],
    optional: boolean,
    root: string,
    isRoot: boolean
  ): GraphNode => {
    const decl = declared.get(root)
    return {
      pkg: byName.get(name) as InstalledPackage,
      relationship: isRoot ? 'direct' : 'transitive',
      via,
      optional,
      dependsOn: [...(edges.get(name) ?? [])].sort(),
      ...(decl ? { declaredAt: decl } : {})
    }
  }
  const sorted = [...roots].sort()
  walk(
    sorted.filter(n => !declared.get(n)?.optional),
    false
  )
  walk(
    sorted.filter(n => declared.get(n)?.optional),
    true
  )
  for (const pkg of environment.packages) {
    if (nodes.has(pkg.name)) continue
    nodes.set(pkg.name, {
      pkg,
      relationship: 'unlisted',
      via: [pkg.name],
      optional: false,
      dependsOn: [...(edges.get(pkg.name) ?? [])].sort()
    })
  }
  return { nodes, inferredRoots, warnings }
}

/** Where a finding on an installed package points: the manifest line that brings it in. */
export function attributedLocation(
  node: GraphNode | undefined,
  fallbackFile: string | undefined
): Location {
  if (node?.declaredAt) return { path: node.declaredAt.file, startLine: node.declaredAt.line }
  return { path: fallbackFile ?? '.', startLine: 1 }
}

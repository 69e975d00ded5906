import type { Finding } from '../model.js'
import type { EnvironmentInventory } from './installed.js'
import type { RuntimeSummary } from './loaded.js'

/**
 * What the job summary says about the installed environment: which one was read and how it was
 * found, how its packages relate to the manifests, and the manifest pins it contradicts. Kept
 * apart from installed.ts so that the summary needs none of the graph's parsers.
 */
export interface EnvironmentSummary {
  /** "the script's command (.venv/bin/python)", "VIRTUAL_ENV (/opt/venv)" … */
  how: string
  pythonVersion: string
  packages: number
  direct: number
  transitive: number
  /** Installed, but nothing the manifests name requires it. */
  unlisted: number
  /** Only development/optional manifest entries need these. */
  optional: number
  /** Licences runguard could not determine: `name version` each. */
  unknownLicenses: string[]
  /** Manifest pins the environment contradicts: `file:line: name pinned X, installed Y`. */
  mismatches: string[]
  /** What the script's import record showed (runs with a script only). */
  runtime?: RuntimeSummary
}

/** One summary of a read environment. */
export function summarizeEnvironment(inv: EnvironmentInventory): EnvironmentSummary {
  const nodes = [...inv.graph.nodes.values()]
  const count = (r: string): number => nodes.filter(n => n.relationship === r).length
  return {
    how: inv.environment.target.how,
    pythonVersion: inv.environment.pythonVersion,
    packages: inv.environment.packages.length,
    direct: count('direct'),
    transitive: count('transitive'),
    unlisted: count('unlisted'),
    optional: nodes.filter(n => n.optional).length,
    unknownLicenses: inv.environment.packages
      .filter(p => p.license.expression === undefined)
      .map(p => `${p.name} ${p.version}`),
    mismatches: inv.mismatches.map(
      m =>
        `${m.component.file}:${m.component.line}: ${m.component.name} pinned ${m.component.version ?? '?'}, installed ${m.installed}`
    ),
    ...(inv.runtime ? { runtime: inv.runtime } : {})
  }
}

/** Dependency findings counted by where their package sits in the environment. */
export function findingsByRelationship(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const f of findings) {
    const r = f.dependency?.relationship ?? (f.dependency ? 'manifest only' : undefined)
    if (r !== undefined) out[r] = (out[r] ?? 0) + 1
  }
  return out
}

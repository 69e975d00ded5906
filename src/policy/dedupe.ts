import type { Finding } from '../model.js'

/**
 * Cross-tool deduplication. Safety and OSV-Scanner report the same advisory under different ids
 * (a Safety id, PYSEC, GHSA, CVE); Bandit and Semgrep often flag the same line for the same
 * weakness. Such findings stay separate in reports (each tool's SARIF run shows its own alert)
 * but count once in the verdict.
 */

/** Findings that are one problem; `members[0]` is the representative (most severe). */
export interface FindingGroup {
  members: Finding[]
  /** Every advisory id and alias in the group (dependency groups), upper-cased. */
  ids: ReadonlySet<string>
}

const NO_IDS: ReadonlySet<string> = new Set()

class UnionFind {
  private readonly parent: number[]
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i)
  }
  find(i: number): number {
    let root = i
    while (this.parent[root] !== root) root = this.parent[root] as number
    // Path compression keeps later finds near O(1).
    let node = i
    while (this.parent[node] !== root) {
      const next = this.parent[node] as number
      this.parent[node] = root
      node = next
    }
    return root
  }
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

/** All ids naming a dependency finding's advisory (upper-cased); the rule id when there is none. */
export function advisoryIds(finding: Finding): string[] {
  if (!finding.advisory) return [finding.ruleId.toUpperCase()]
  return [finding.advisory.id, ...finding.advisory.aliases].map(id => id.toUpperCase())
}

function packageKey(finding: Finding): string | undefined {
  const pkg = finding.package
  return pkg ? `${pkg.ecosystem}\u0000${pkg.name}\u0000${pkg.version}` : undefined
}

/**
 * Groups findings: dependency findings of one package whose advisory id sets intersect
 * (union-find over aliases, so A~B and B~C put A, B, C together), and code findings from
 * different tools at the same path and line that share a CWE. Order of groups and members
 * follows the input; `rank` orders members so the representative is the most severe.
 */
export function groupFindings(
  findings: readonly Finding[],
  rank: (finding: Finding) => number
): FindingGroup[] {
  const uf = new UnionFind(findings.length)
  const byKey = new Map<string, number>()
  // Per path+line+CWE: the single tool seen so far with its findings, or `tool: undefined`
  // once two tools met there (then one index is enough to join the group).
  const codeAt = new Map<string, { tool: string | undefined; indices: number[] }>()
  const link = (key: string, i: number): void => {
    const seen = byKey.get(key)
    if (seen === undefined) byKey.set(key, i)
    else uf.union(seen, i)
  }
  findings.forEach((finding, i) => {
    const pkg = packageKey(finding)
    if (pkg !== undefined) {
      for (const id of advisoryIds(finding)) link(`dep\u0000${pkg}\u0000${id}`, i)
      return
    }
    for (const cwe of finding.cwe) {
      const key = `${finding.location.path}\u0000${finding.location.startLine}\u0000${cwe.toUpperCase()}`
      const seen = codeAt.get(key)
      if (!seen) {
        codeAt.set(key, { tool: finding.tool, indices: [i] })
      } else if (seen.tool === undefined) {
        // Already linked across tools: every earlier finding here is in one group.
        uf.union(seen.indices[0] as number, i)
      } else if (seen.tool !== finding.tool) {
        // Only different tools are linked (one tool reporting two rules on a line is two
        // issues); the first second tool links everything seen so far, once.
        for (const j of seen.indices) uf.union(j, i)
        codeAt.set(key, { tool: undefined, indices: [i] })
      } else {
        seen.indices.push(i)
      }
    }
  })

  const groups = new Map<number, FindingGroup>()
  findings.forEach((finding, i) => {
    const root = uf.find(i)
    let group = groups.get(root)
    if (!group) {
      group = { members: [], ids: NO_IDS }
      groups.set(root, group)
    }
    group.members.push(finding)
    if (finding.package) {
      // Only dependency groups need an id set; code groups share one empty set.
      const ids = group.ids === NO_IDS ? new Set<string>() : (group.ids as Set<string>)
      for (const id of advisoryIds(finding)) ids.add(id)
      group.ids = ids
    }
  })
  const result = [...groups.values()]
  for (const group of result) {
    // Stable sort: among equally severe members the input order (tool order) decides.
    group.members.sort((a, b) => rank(b) - rank(a))
  }
  return result
}

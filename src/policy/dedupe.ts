import type { Finding, ToolName } from '../model.js'
import { BANDIT_TESTS_BY_SEMGREP_RULE } from './dedupe-crosswalk.js'

/**
 * Cross-tool deduplication. Safety and OSV-Scanner report the same advisory under different ids
 * (a Safety id, PYSEC, GHSA, CVE); Bandit and Semgrep often flag the same call for the same
 * weakness, not always on the same line (Bandit reports where a query string is built, a taint
 * rule where it is executed). Such findings stay separate in reports (each tool's SARIF run
 * shows its own alert) but count once: one merged finding per group.
 */

/** Findings that are one problem; `members[0]` is the representative (most severe). */
export interface FindingGroup {
  members: Finding[]
  /** Every advisory id and alias in the group (dependency groups), upper-cased. */
  ids: ReadonlySet<string>
}

/** Options for groupFindings. */
export interface GroupOptions {
  /** Lines of a repo-relative file, to find the function around a finding; undefined = unknown. */
  readLines?: (repoPath: string) => readonly string[] | undefined
}

/**
 * Two code findings of different tools this many lines apart (or closer) can be one issue: a
 * query built on line 42 and executed on line 45 is one SQL injection. They must also be in
 * the same function when the source can be read.
 */
export const LINE_WINDOW = 10

/**
 * The wider window for two findings known to be in the same function (a `def`, not module or
 * class level): a view builds a query, does other work, and executes it 14 lines later. Bounded
 * rather than the whole function, so in a long view one tool's finding on one query and the
 * other tool's finding on a different query 30 lines on stay two issues.
 */
export const FUNCTION_LINE_WINDOW = 25

/**
 * Findings of one tool this many lines apart (or closer), with different rule ids, can join
 * the same partner of another tool: Bandit reports `make_parser()` (B317) and
 * `pulldom.parseString()` (B319) of one XXE on lines 258 and 260, the bundled rule once on 259.
 */
export const SIBLING_WINDOW = 3

const NO_IDS: ReadonlySet<string> = new Set()

class UnionFind {
  // A typed array: one object-free slot per finding (100,000 at the scale the policy is run on).
  private readonly parent: Int32Array
  constructor(size: number) {
    this.parent = new Int32Array(size)
    for (let i = 0; i < size; i++) this.parent[i] = i
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
  /** The root of a set is always its lowest index (groupFindings relies on it). */
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

/** What String#trim removes: ECMAScript WhiteSpace and LineTerminator code units. */
function isTrimmed(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Index of the first character `trim` keeps (the indent), or the length for a blank line. */
function firstKept(line: string): number {
  let i = 0
  while (i < line.length && isTrimmed(line.charCodeAt(i))) i++
  return i
}

const HASH = 35
const DEF = /^\s*(?:async\s+def|def|class)\s/

/**
 * 1-based line of the `def`/`class` whose body holds `line`, 0 for module level. Walks up to
 * the nearest line indented less than the current block (blank and comment lines skipped).
 * Reads character codes instead of trimming each line: this walks up to a whole file per
 * finding, and the trimmed copies were most of what grouping 100,000 findings allocated.
 */
export function enclosingScope(lines: readonly string[], line: number): number {
  let current = Number.POSITIVE_INFINITY
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const text = lines[i] as string
    const indent = firstKept(text)
    if (indent === text.length || text.charCodeAt(indent) === HASH) continue
    if (i === line - 1) {
      current = indent
      continue
    }
    if (indent >= current) continue
    if (DEF.test(text)) return i + 1
    current = indent
    if (indent === 0) return 0
  }
  return 0
}

const FUNCTION_DEF = /^\s*(?:async\s+def|def)\s/

/**
 * How strongly two code findings of different tools are the same check: lower is stronger.
 * `cwesA`/`cwesB` are their upper-cased CWE ids, made once per distinct list: this runs for every
 * nearby pair, about a million times in a file-dense scan of 100,000 findings.
 */
function relation(
  a: Finding,
  b: Finding,
  cwesA: readonly string[],
  cwesB: readonly string[]
): number | undefined {
  const [bandit, semgrep] =
    a.tool === 'bandit' && b.tool === 'semgrep'
      ? [a, b]
      : b.tool === 'bandit' && a.tool === 'semgrep'
        ? [b, a]
        : [undefined, undefined]
  // The explicit crosswalk: a bundled rule names the Bandit tests that report the same issue.
  if (bandit && semgrep && BANDIT_TESTS_BY_SEMGREP_RULE[semgrep.ruleId]?.includes(bandit.ruleId))
    return 0
  for (const c of cwesB) if (cwesA.includes(c)) return 1
  return undefined
}

/**
 * Groups findings: dependency findings of one package whose advisory id sets intersect
 * (union-find over aliases, so A~B and B~C put A, B, C together), and code findings of
 * different tools that are the same check (the Bandit↔Semgrep crosswalk, else a shared CWE) in
 * the same file and scope, within LINE_WINDOW lines (FUNCTION_LINE_WINDOW when the source shows
 * both in one function). Each code finding pairs with at most one finding of each other tool,
 * nearest and strongest first, so two calls in one function stay two issues; a finding left
 * over may still join as a sibling (another rule of its tool within SIBLING_WINDOW lines of
 * the partner's partner: one XXE reported by Bandit at the parser and at the parse). Order of
 * groups and members follows the input; members are then ordered so the representative has the
 * most severe known severity (`unknown` only when no member has one), ties by `rank` and input
 * order.
 */
export function groupFindings(
  findings: readonly Finding[],
  rank: (finding: Finding) => number,
  options: GroupOptions = {}
): FindingGroup[] {
  const uf = new UnionFind(findings.length)
  const byKey = new Map<string, number>()
  const codeByPath = new Map<string, number[]>()
  findings.forEach((finding, i) => {
    const pkg = packageKey(finding)
    if (pkg !== undefined) {
      for (const id of advisoryIds(finding)) {
        const key = `${pkg}\u0000${id}`
        const seen = byKey.get(key)
        if (seen === undefined) byKey.set(key, i)
        else uf.union(seen, i)
      }
      return
    }
    const list = codeByPath.get(finding.location.path)
    if (list) list.push(i)
    else codeByPath.set(finding.location.path, [i])
  })

  // Scope of a finding: the line of its enclosing def/class (0 module level), UNKNOWN_SCOPE
  // when the source cannot be read, NOT_YET before it is needed; `inFunction` says whether that
  // scope is a `def`. Typed arrays: an object and a map entry per finding were promoted to the
  // old space with the rest of the pass and left there as garbage.
  const NOT_YET = -2
  const UNKNOWN_SCOPE = -1
  const scopeLines = new Int32Array(findings.length).fill(NOT_YET)
  const inFunction = new Uint8Array(findings.length)
  // Every finding compared below is in the file being paired, so only that file's lines are
  // held, and each file is read and split once: holding every file's lines for the whole pass
  // was ~10 MB at 100,000 findings, promoted to the old space and left there as garbage.
  let linesPath: string | undefined
  let pathLines: readonly string[] | undefined
  const linesOf = (repoPath: string): readonly string[] | undefined => {
    if (repoPath !== linesPath) {
      linesPath = repoPath
      pathLines = options.readLines?.(repoPath)
    }
    return pathLines
  }
  const scopeLine = (i: number): number => {
    if (scopeLines[i] === NOT_YET) {
      const f = findings[i] as Finding
      const lines = linesOf(f.location.path)
      let line = UNKNOWN_SCOPE
      if (lines) {
        line = enclosingScope(lines, f.location.startLine)
        if (line > 0 && FUNCTION_DEF.test(lines[line - 1] ?? '')) inFunction[i] = 1
      }
      scopeLines[i] = line
    }
    return scopeLines[i] as number
  }
  const scopeOf = (i: number): number | undefined => {
    const line = scopeLine(i)
    return line === UNKNOWN_SCOPE ? undefined : line
  }
  const inFunctionScope = (i: number): boolean => scopeLine(i) > 0 && inFunction[i] === 1
  const lineOf = (i: number): number => (findings[i] as Finding).location.startLine
  // One upper-cased list per distinct CWE list (most findings name one CWE of a few dozen).
  const cweLists = new Map<string, readonly string[]>()
  const cwes: Array<readonly string[] | undefined> = []
  const cwesOf = (i: number): readonly string[] => {
    let list = cwes[i]
    if (list === undefined) {
      const cwe = (findings[i] as Finding).cwe
      const key = cwe.length === 1 ? (cwe[0] as string) : cwe.join('\u0000')
      list = cweLists.get(key)
      if (list === undefined) {
        list = [...new Set(cwe.map(c => c.toUpperCase()))]
        cweLists.set(key, list)
      }
      cwes[i] = list
    }
    return list
  }
  for (const indices of codeByPath.values()) {
    if (new Set(indices.map(i => (findings[i] as Finding).tool)).size < 2) continue
    const pairs: Array<{ a: number; b: number; strength: number; distance: number }> = []
    // In line order, so each finding meets only the findings within the window after it, not
    // every finding of the file (quadratic in a file with hundreds). Pairs keep a < b in input
    // order and are sorted below on keys that settle every tie, so the order found is moot.
    const byLine = [...indices].sort((i, j) => lineOf(i) - lineOf(j) || i - j)
    for (let x = 0; x < byLine.length; x++) {
      for (let y = x + 1; y < byLine.length; y++) {
        const a = Math.min(byLine[x] as number, byLine[y] as number)
        const b = Math.max(byLine[x] as number, byLine[y] as number)
        const fa = findings[a] as Finding
        const fb = findings[b] as Finding
        const distance = Math.abs(fa.location.startLine - fb.location.startLine)
        if (distance > FUNCTION_LINE_WINDOW) break
        if (fa.tool === fb.tool) continue
        const strength = relation(fa, fb, cwesOf(a), cwesOf(b))
        if (strength === undefined) continue
        if (distance > 0) {
          if (scopeOf(a) !== scopeOf(b)) continue
          // Beyond LINE_WINDOW only when the source shows both in one function.
          if (distance > LINE_WINDOW && !inFunctionScope(a)) continue
        }
        pairs.push({ a, b, strength, distance })
      }
    }
    pairs.sort(
      (p, q) => p.strength - q.strength || p.distance - q.distance || p.a - q.a || p.b - q.b
    )
    // One partner per other tool: partner[i] maps each tool i is paired with to that partner.
    const partner = new Map<number, Map<ToolName, number>>()
    const partnerOf = (i: number, tool: ToolName): number | undefined => partner.get(i)?.get(tool)
    const add = (i: number, tool: ToolName, other: number): void => {
      const map = partner.get(i) ?? new Map<ToolName, number>()
      map.set(tool, other)
      partner.set(i, map)
    }
    const skipped: Array<{ a: number; b: number }> = []
    for (const { a, b } of pairs) {
      const ta = (findings[a] as Finding).tool
      const tb = (findings[b] as Finding).tool
      if (partnerOf(a, tb) !== undefined || partnerOf(b, ta) !== undefined) {
        skipped.push({ a, b })
        continue
      }
      add(a, tb, b)
      add(b, ta, a)
      uf.union(a, b)
    }
    // Siblings: a finding left without a partner of tool U joins the partner p (of tool U) of
    // a finding y of its own tool when y is at most SIBLING_WINDOW lines away, in the same
    // scope, under a different rule (another check of the same call chain; the same rule twice
    // is two calls). It does not become p's partner itself, so siblings never chain further.
    for (const { a, b } of skipped) {
      for (const [x, p] of [
        [a, b],
        [b, a]
      ] as const) {
        const fx = findings[x] as Finding
        const tp = (findings[p] as Finding).tool
        if (partnerOf(x, tp) !== undefined) continue
        const y = partnerOf(p, fx.tool)
        if (y === undefined) continue
        const fy = findings[y] as Finding
        if (fy.ruleId === fx.ruleId || Math.abs(lineOf(x) - lineOf(y)) > SIBLING_WINDOW) continue
        if (lineOf(x) !== lineOf(y) && scopeOf(x) !== scopeOf(y)) continue
        add(x, tp, p)
        uf.union(x, p)
      }
    }
  }

  // A set's root is its lowest index, so groups come out in the order of their first member
  // (input order) and a finding's group already exists when it is reached. Members are created
  // at their size where it is one: a grown array keeps room for 16 more, per finding.
  const groupAt = new Int32Array(findings.length)
  const result: FindingGroup[] = []
  findings.forEach((finding, i) => {
    const root = uf.find(i)
    let group: FindingGroup
    if (root === i) {
      groupAt[i] = result.length
      group = { members: [finding], ids: NO_IDS }
      result.push(group)
    } else {
      group = result[groupAt[root] as number] as FindingGroup
      group.members.push(finding)
    }
    if (finding.package) {
      // Only dependency groups need an id set; code groups share one empty set.
      const ids = group.ids === NO_IDS ? new Set<string>() : (group.ids as Set<string>)
      for (const id of advisoryIds(finding)) ids.add(id)
      group.ids = ids
    }
  })
  const known = (f: Finding): number => (f.severity === 'unknown' ? 0 : 1)
  for (const group of result) {
    if (group.members.length < 2) continue
    // Stable sort: among equally severe members the input order (tool order) decides.
    group.members.sort((a, b) => known(b) - known(a) || rank(b) - rank(a))
  }
  return result
}

/**
 * Members of a dependency group that the tool left `unknown` take the CVSS score another
 * member's record gave the same advisory (Safety's public DB has no CVSS; OSV's GHSA twin
 * does). Returns the patch per finding to change; code groups and scored members are left alone.
 */
export function shareAdvisorySeverity(members: readonly Finding[]): Map<Finding, Partial<Finding>> {
  const patches = new Map<Finding, Partial<Finding>>()
  const scored = members.find(
    m => m.package && m.severity !== 'unknown' && m.advisory?.cvssScore !== undefined
  )
  if (!scored?.advisory) return patches
  const { cvssScore, cvssVector, cvssSource } = scored.advisory
  for (const m of members) {
    if (!m.package || !m.advisory || m.severity !== 'unknown') continue
    const via = `${scored.tool} ${scored.advisory.id}`
    patches.set(m, {
      severity: scored.severity,
      severitySource: `${scored.severitySource ?? `CVSS score of ${via}`} (same advisory as ${via})`,
      advisory: {
        ...m.advisory,
        ...(cvssScore !== undefined ? { cvssScore } : {}),
        ...(cvssVector !== undefined ? { cvssVector } : {}),
        cvssSource: cvssSource ?? scored.advisory.id
      }
    })
  }
  return patches
}

/**
 * The one finding that counts for a group: the representative (`members[0]`, most severe)
 * with every member's CWEs and aliases, and, when the tools rated it differently, a
 * `severitySource` naming the tool that rated it so and what the others said.
 */
export function mergeGroup(members: readonly Finding[]): Finding {
  const [top, ...others] = members
  if (top === undefined) throw new Error('mergeGroup: empty group')
  if (others.length === 0) return top
  const cwe = [...new Set(members.flatMap(m => m.cwe))]
  const disagree = others.filter(m => m.severity !== top.severity)
  let severitySource = top.severitySource
  if (disagree.length > 0) {
    const said = disagree.map(m => `${m.tool} ${m.ruleId}: ${m.severity}`).join(', ')
    const why = top.severitySource ? ` (${top.severitySource})` : ''
    severitySource = `${top.severity} as rated by ${top.tool} ${top.ruleId}${why}; also ${said}`
  }
  const advisory = top.advisory
    ? {
        ...top.advisory,
        aliases: [
          ...new Set(
            members
              .flatMap(m => (m.advisory ? [m.advisory.id, ...m.advisory.aliases] : []))
              .filter(id => id !== top.advisory?.id)
          )
        ]
      }
    : undefined
  return {
    ...top,
    cwe,
    ...(severitySource !== undefined ? { severitySource } : {}),
    ...(advisory ? { advisory } : {})
  }
}

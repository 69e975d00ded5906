import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import {
  enclosingScope,
  FUNCTION_LINE_WINDOW,
  groupFindings,
  LINE_WINDOW,
  SIBLING_WINDOW,
  mergeGroup,
  shareAdvisorySeverity
} from '../../src/policy/dedupe.js'
import { BANDIT_TESTS_BY_SEMGREP_RULE } from '../../src/policy/dedupe-crosswalk.js'
import { emptyIgnoreFile } from '../../src/policy/ignore-file.js'
import { applyPolicy, effectiveRank } from '../../src/policy/policy.js'
import type { Finding } from '../../src/model.js'
import { CROSSWALK_FILE, readCrosswalk, renderCrosswalk } from '../../scripts/crosswalk.js'
import { readFileSync } from 'node:fs'
import { makeDependencyFinding, makeFinding } from '../fixtures/policy/findings.js'

const rank = (f: Finding): number => effectiveRank(f.severity, 'high')
const at = (startLine: number, path = 'app.py') => ({ path, startLine })
const sizes = (groups: ReturnType<typeof groupFindings>): number[] =>
  groups.map(g => g.members.length)

describe('dependency groups', () => {
  it('unions advisories through shared aliases, per package', () => {
    const a = makeDependencyFinding('osv-scanner', 'GHSA-a', ['CVE-1'])
    const b = makeDependencyFinding('safety', '1001', ['CVE-1', 'PYSEC-9'])
    const c = makeDependencyFinding('osv-scanner', 'PYSEC-9', [])
    const otherPkg = makeDependencyFinding('osv-scanner', 'GHSA-a', ['CVE-1'], {
      package: {
        ecosystem: 'PyPI',
        name: 'flask',
        version: '1.0',
        purl: 'pkg:pypi/flask@1.0',
        fixedVersions: []
      }
    })
    const groups = groupFindings([a, b, c, otherPkg], () => 0)
    expect(sizes(groups)).toEqual([3, 1])
    expect([...groups[0]!.ids].sort()).toEqual(['1001', 'CVE-1', 'GHSA-A', 'PYSEC-9'])
  })

  it('puts a member with a known severity first, even when unknown ranks higher', () => {
    const safety = makeDependencyFinding('safety', '1001', ['CVE-1'], { severity: 'unknown' })
    const osv = makeDependencyFinding('osv-scanner', 'GHSA-a', ['CVE-1'], { severity: 'low' })
    expect(groupFindings([safety, osv], rank)[0]!.members).toEqual([osv, safety])
  })
})

describe('code groups: crosswalk, CWE, line window, function, one partner per tool', () => {
  const bandit = makeFinding({ ruleId: 'B608', cwe: ['CWE-89'], location: at(42) })
  const taint = makeFinding({
    tool: 'semgrep',
    ruleId: 'sql-taint',
    cwe: ['CWE-89'],
    location: at(45),
    severity: 'critical'
  })

  it('joins a query built on line 42 and executed on line 45 (same function)', () => {
    const lines = ['def view(request):', ...Array.from({ length: 60 }, () => '    x = 1')]
    const groups = groupFindings([bandit, taint], rank, { readLines: () => lines })
    expect(sizes(groups)).toEqual([2])
    expect(groups[0]!.members[0]).toBe(taint)
  })

  it('reads each file once, while pairing its findings, and keeps the files apart', () => {
    const lines = ['def view(request):', ...Array.from({ length: 60 }, () => '    x = 1')]
    const reads: string[] = []
    const readLines = (p: string): string[] => (reads.push(p), lines)
    const findings = ['a.py', 'b.py', 'a.py', 'b.py'].flatMap(file => [
      { ...bandit, location: at(42, file) },
      { ...taint, location: at(45, file) }
    ])
    expect(sizes(groupFindings(findings, rank, { readLines }))).toEqual([2, 2, 2, 2])
    expect(reads.sort()).toEqual(['a.py', 'b.py'])
  })

  it('keeps them apart in different functions, or beyond the window', () => {
    const lines: string[] = Array.from({ length: 60 }, (_, i) =>
      i === 43 ? 'def other():' : '    x = 1'
    )
    lines[0] = 'def view(request):'
    expect(sizes(groupFindings([bandit, taint], rank, { readLines: () => lines }))).toEqual([1, 1])
    const far = { ...taint, location: at(42 + LINE_WINDOW + 1) }
    expect(sizes(groupFindings([bandit, far], rank))).toEqual([1, 1])
    const otherFile = { ...taint, location: at(45, 'other.py') }
    expect(sizes(groupFindings([bandit, otherFile], rank))).toEqual([1, 1])
  })

  it('joins a crosswalked pair without a shared CWE (Bandit CWE-78 vs the rule CWE-95)', () => {
    const rule = Object.entries(BANDIT_TESTS_BY_SEMGREP_RULE).find(([, t]) => t.includes('B307'))
    expect(rule).toBeDefined()
    const b = makeFinding({ ruleId: 'B307', cwe: ['CWE-78'], location: at(10) })
    const s = makeFinding({ tool: 'semgrep', ruleId: rule![0], cwe: ['CWE-95'], location: at(10) })
    expect(sizes(groupFindings([b, s], rank))).toEqual([2])
    // Without the crosswalk or a CWE in common they are two issues.
    const unrelated = { ...s, ruleId: 'user-rule' }
    expect(sizes(groupFindings([b, unrelated], rank))).toEqual([1, 1])
  })

  it('pairs each finding with one finding per other tool: two calls stay two issues', () => {
    const b1 = makeFinding({ location: at(10), fingerprint: 'b1' })
    const b2 = makeFinding({ location: at(12), fingerprint: 'b2' })
    const s1 = makeFinding({ tool: 'semgrep', ruleId: 's', location: at(10), fingerprint: 's1' })
    const s2 = makeFinding({ tool: 'semgrep', ruleId: 's', location: at(12), fingerprint: 's2' })
    for (const order of [
      [b1, b2, s1, s2],
      [s2, b1, s1, b2],
      [b2, s2, s1, b1]
    ]) {
      const groups = groupFindings(order, rank)
      expect(sizes(groups)).toEqual([2, 2])
      for (const g of groups) {
        expect(new Set(g.members.map(m => m.location.startLine)).size).toBe(1)
      }
    }
    // One tool alone never links its own findings.
    expect(sizes(groupFindings([b1, { ...b1, ruleId: 'B604', fingerprint: 'b3' }], rank))).toEqual([
      1, 1
    ])
  })

  it('prefers the crosswalked partner over a CWE-only one', () => {
    const rule = Object.entries(BANDIT_TESTS_BY_SEMGREP_RULE).find(([, t]) => t.includes('B602'))!
    const b = makeFinding({ ruleId: 'B602', location: at(20) })
    const cweOnly = makeFinding({
      tool: 'semgrep',
      ruleId: 'other',
      location: at(20),
      fingerprint: 'o'
    })
    const walked = makeFinding({
      tool: 'semgrep',
      ruleId: rule[0],
      location: at(21),
      fingerprint: 'w'
    })
    const groups = groupFindings([b, cweOnly, walked], rank)
    expect(groups.find(g => g.members.includes(b))!.members).toContain(walked)
  })
})

describe('code groups: the function window (query built, then executed further down)', () => {
  const SQL_RULE = 'python-sql-string-built-query'
  const built = (line: number, fp = `b${line}`): Finding =>
    makeFinding({ ruleId: 'B608', cwe: ['CWE-89'], location: at(line), fingerprint: fp })
  const executed = (line: number, fp = `s${line}`): Finding =>
    makeFinding({
      tool: 'semgrep',
      ruleId: SQL_RULE,
      cwe: ['CWE-89'],
      location: at(line),
      fingerprint: fp
    })
  /** Line 1 holds `header`; every other line is a statement in its body. */
  const source = (header: string, length = 120): string[] => [
    header,
    ...Array.from({ length }, () => (header === '' ? 'x = 1' : '    x = 1'))
  ]
  const group = (findings: Finding[], lines?: string[]): number[] =>
    sizes(groupFindings(findings, rank, lines ? { readLines: () => lines } : {}))

  it('joins Bandit at the query and Semgrep at the execution 14 lines on, in one view', () => {
    expect(SQL_RULE in BANDIT_TESTS_BY_SEMGREP_RULE).toBe(true)
    expect(14).toBeGreaterThan(LINE_WINDOW)
    expect(group([built(10), executed(24)], source('def injection_sql_lab(request):'))).toEqual([2])
    expect(group([built(10), executed(24)], source('async def view(request):'))).toEqual([2])
    expect(
      group([built(10), executed(10 + FUNCTION_LINE_WINDOW)], source('def view(request):'))
    ).toEqual([2])
  })

  it('keeps the 10-line window outside functions and when the source cannot be read', () => {
    // Module level, a class body, no source: 14 lines apart is two issues, 10 is one.
    for (const lines of [source(''), source('class Queries:'), undefined]) {
      expect(group([built(10), executed(24)], lines)).toEqual([1, 1])
      expect(group([built(10), executed(10 + LINE_WINDOW)], lines)).toEqual([2])
    }
  })

  it('keeps them apart beyond the function window, or across two functions', () => {
    const view = source('def view(request):')
    expect(group([built(10), executed(10 + FUNCTION_LINE_WINDOW + 1)], view)).toEqual([1, 1])
    const two = source('def first(request):')
    two[19] = 'def second(request):' // line 20
    expect(group([built(10), executed(24)], two)).toEqual([1, 1])
  })

  it('near miss: two SQL injections in one function 30 lines apart stay two', () => {
    const view = source('def view(request):')
    // Each query found by both tools: the nearest partners pair up.
    const both = groupFindings([built(10), executed(24), built(40), executed(54)], rank, {
      readLines: () => view
    })
    expect(sizes(both)).toEqual([2, 2])
    for (const g of both) {
      const lines = g.members.map(m => m.location.startLine).sort((x, y) => x - y)
      expect(lines[1]! - lines[0]!).toBe(14)
    }
    // Bandit found only the first, Semgrep only the second: two issues, not one.
    expect(group([built(10), executed(40)], view)).toEqual([1, 1])
  })
})

describe('code groups: siblings (one issue, several checks of one tool on adjacent lines)', () => {
  const XXE_RULE = 'python-xxe-external-entities-enabled'
  const bandit = (ruleId: string, line: number): Finding =>
    makeFinding({
      ruleId,
      cwe: ['CWE-20'],
      location: at(line),
      fingerprint: `${ruleId}-${line}`
    })
  const rule = (line: number): Finding =>
    makeFinding({
      tool: 'semgrep',
      ruleId: XXE_RULE,
      cwe: ['CWE-611'],
      location: at(line),
      fingerprint: `xxe-${line}`
    })
  const xxeView = [
    'def xxe_parse(request):', // 1
    '    parser = make_parser()', // 2: B317
    '    parser.setFeature(feature_external_ges, True)', // 3: the bundled rule
    '    doc = parseString(request.body, parser=parser)', // 4: B319
    '    return doc' // 5
  ]
  const readLines = (): string[] => xxeView

  it('puts the parser (B317), the parse (B319) and the rule into one group', () => {
    expect(BANDIT_TESTS_BY_SEMGREP_RULE[XXE_RULE]).toEqual(expect.arrayContaining(['B317', 'B319']))
    for (const order of [
      [bandit('B317', 2), rule(3), bandit('B319', 4)],
      [bandit('B319', 4), bandit('B317', 2), rule(3)],
      [rule(3), bandit('B319', 4), bandit('B317', 2)]
    ]) {
      const groups = groupFindings(order, rank, { readLines })
      expect(sizes(groups)).toEqual([3])
      expect(mergeGroup(groups[0]!.members).cwe).toEqual(
        expect.arrayContaining(['CWE-20', 'CWE-611'])
      )
    }
  })

  it('near misses: the same rule twice, too far apart, another scope, an unrelated check', () => {
    // The same Bandit test on two adjacent lines is two calls.
    expect(
      sizes(groupFindings([bandit('B317', 2), rule(3), bandit('B317', 4)], rank, { readLines }))
    ).toEqual([2, 1])
    // More than SIBLING_WINDOW lines from the partner's partner.
    const far = 2 + SIBLING_WINDOW + 1
    const long = [xxeView[0]!, ...Array.from({ length: 20 }, () => '    x = 1')]
    expect(
      sizes(
        groupFindings([bandit('B317', 2), rule(3), bandit('B319', far)], rank, {
          readLines: () => long
        })
      )
    ).toEqual([2, 1])
    // Adjacent, but in the next function.
    const split = [...xxeView.slice(0, 3), 'def other(request):', '    parseString(body)']
    expect(
      sizes(
        groupFindings([bandit('B317', 2), rule(3), bandit('B319', 5)], rank, {
          readLines: () => split
        })
      )
    ).toEqual([2, 1])
    // A Bandit check the rule does not report (no crosswalk entry, no CWE in common).
    const assertion = makeFinding({ ruleId: 'B101', cwe: ['CWE-703'], location: at(4) })
    expect(
      sizes(groupFindings([bandit('B317', 2), rule(3), assertion], rank, { readLines }))
    ).toEqual([2, 1])
  })
})

describe('enclosingScope', () => {
  const src = [
    'import os', // 1
    '', // 2
    'class View:', // 3
    '    def get(self):', // 4
    '        if True:', // 5
    '            q = 1', // 6
    '', // 7
    '        # comment', // 8
    '        return q', // 9
    '    name = 1', // 10
    'async def run():', // 11
    '    await x()' // 12
  ]
  it.each([
    [1, 0],
    [6, 4],
    [9, 4],
    [10, 3],
    [12, 11]
  ])('line %d is in the scope starting on line %d', (line, scope) => {
    expect(enclosingScope(src, line)).toBe(scope)
  })

  // The walk as it was written with String#trim, which the character-code walk must equal.
  const reference = (lines: readonly string[], line: number): number => {
    let current = Number.POSITIVE_INFINITY
    for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      const text = lines[i] as string
      const trimmed = text.trim()
      if (trimmed === '' || trimmed.startsWith('#')) continue
      const indent = text.length - text.trimStart().length
      if (i === line - 1) {
        current = indent
        continue
      }
      if (indent >= current) continue
      if (/^\s*(?:async\s+def|def|class)\s/.test(text)) return i + 1
      current = indent
      if (indent === 0) return 0
    }
    return 0
  }

  it('treats every character trim removes as indentation, and no other', () => {
    // Every WhiteSpace and LineTerminator code unit, and neighbours that are neither.
    const blanks = [
      ' ',
      '\t',
      '\v',
      '\f',
      '\r',
      '\n',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff'
    ]
    const others = ['\u0008', '\u000e', '\u180e', '\u200b', '\u1fff', '\u200c', 'x']
    for (const c of blanks)
      expect([c, enclosingScope(['def f():', `${c}x = 1`], 2)]).toEqual([c, 1])
    for (const c of others)
      expect([c, enclosingScope(['def f():', `${c}x = 1`], 2)]).toEqual([c, 0])
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const pick = (list: readonly string[]): string => list[next(list.length)] as string
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: 12 }, () => {
        let indent = ''
        for (let k = next(4); k > 0; k--) indent += next(5) === 0 ? pick(others) : pick(blanks)
        const body = pick(['def f():', 'class C:', 'async def g():', 'x = 1', '# note', '', 'y'])
        return indent + body
      })
      for (let line = 1; line <= lines.length + 1; line++)
        expect([round, line, enclosingScope(lines, line)]).toEqual([
          round,
          line,
          reference(lines, line)
        ])
    }
  })
})

describe('mergeGroup and shared advisory severity', () => {
  it('takes the higher severity and says which tool rated it so', () => {
    const b = makeFinding({ severity: 'high' })
    const s = makeFinding({
      tool: 'semgrep',
      ruleId: 'python-x',
      severity: 'medium',
      cwe: ['CWE-95']
    })
    const merged = mergeGroup([b, s])
    expect(merged).toMatchObject({
      tool: 'bandit',
      severity: 'high',
      cwe: ['CWE-78', 'CWE-95'],
      severitySource: 'high as rated by bandit B602; also semgrep python-x: medium'
    })
    expect(mergeGroup([b])).toBe(b)
  })

  it('gives an unknown Safety twin the score of the OSV record, saying where it came from', () => {
    const osv = makeDependencyFinding('osv-scanner', 'GHSA-a', ['CVE-1'], {
      severity: 'high',
      severitySource: 'CVSS 3.1 score 8.6 from the vector of GHSA-a',
      advisory: {
        id: 'GHSA-a',
        aliases: ['CVE-1'],
        cvssScore: 8.6,
        cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N',
        cvssSource: 'GHSA-a'
      }
    })
    const safety = makeDependencyFinding('safety', '1001', ['CVE-1'], { severity: 'unknown' })
    const patches = shareAdvisorySeverity([osv, safety])
    expect([...patches.keys()]).toEqual([safety])
    expect(patches.get(safety)).toMatchObject({
      severity: 'high',
      severitySource:
        'CVSS 3.1 score 8.6 from the vector of GHSA-a (same advisory as osv-scanner GHSA-a)',
      advisory: { id: '1001', aliases: ['CVE-1'], cvssScore: 8.6, cvssSource: 'GHSA-a' }
    })
    expect(mergeGroup([osv, safety]).advisory?.aliases).toEqual(['CVE-1', '1001'])
    // Nobody scored: nothing to share.
    expect(shareAdvisorySeverity([safety]).size).toBe(0)
  })
})

describe('the crosswalk', () => {
  it('is generated from metadata.bandit of the bundled rules (npm run gen:docs)', async () => {
    const expected = await renderCrosswalk(
      readCrosswalk(path.join('rules', 'semgrep')),
      CROSSWALK_FILE
    )
    expect(readFileSync(CROSSWALK_FILE, 'utf8')).toBe(expected)
  })
})

describe('through applyPolicy', () => {
  const settings = { failOn: 'high', reportLevel: 'medium', unknownSeverity: 'high' } as const
  const scored = (severity: Finding['severity'], score: number): Finding =>
    makeDependencyFinding('osv-scanner', 'GHSA-a', ['CVE-1'], {
      severity,
      advisory: { id: 'GHSA-a', aliases: ['CVE-1'], cvssScore: score, cvssSource: 'GHSA-a' }
    })
  const safety = makeDependencyFinding('safety', '1001', ['CVE-1'], { severity: 'unknown' })

  it('counts the advisory once, scored, and fails on it only when its score says so', () => {
    const high = applyPolicy({
      findings: [safety, scored('high', 8.6)],
      settings,
      ignore: emptyIgnoreFile()
    })
    expect(high.counted).toHaveLength(1)
    expect(high.counted[0]).toMatchObject({ tool: 'osv-scanner', severity: 'high' })
    expect(high.findings.find(f => f.tool === 'safety')).toMatchObject({ severity: 'high' })
    expect(high.outcome.reasons).toHaveLength(1)
    // The twin's low score keeps the unknown Safety finding from failing as "treated as high".
    const low = applyPolicy({
      findings: [safety, scored('low', 3.1)],
      settings,
      ignore: emptyIgnoreFile()
    })
    expect(low.counted).toEqual([])
    expect(low.outcome.reasons).toEqual([])
  })
})

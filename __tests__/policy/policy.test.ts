import { describe, expect, it } from '@jest/globals'
import { parseBaselineSarif } from '../../src/policy/baseline-sarif.js'
import { emptyIgnoreFile } from '../../src/policy/ignore-file.js'
import { parseIgnoreFile } from '../../src/policy/ignore-file-parse.js'
import { applyPolicy } from '../../src/policy/policy.js'
import { buildSarif } from '../../src/report/sarif.js'
import { makeDependencyFinding, makeFinding, makeToolRun } from '../fixtures/policy/findings.js'

const settings = { failOn: 'high', reportLevel: 'low', unknownSeverity: 'high' } as const
const today = new Date('2026-11-21T12:00:00Z')
const ignore = (yaml: string) => parseIgnoreFile(yaml, '.runguard-ignore.yml')

const bandit = makeFinding()
const semgrep = makeFinding({
  tool: 'semgrep',
  ruleId: 'subprocess-shell-true',
  title: 'shell=True',
  fingerprint: 'fp-semgrep'
})
const osv = makeDependencyFinding(
  'osv-scanner',
  'GHSA-462w-v97r-4m45',
  ['CVE-2019-10906', 'PYSEC-2019-217'],
  {
    severity: 'high'
  }
)
const safety = makeDependencyFinding('safety', '70612', ['CVE-2019-10906'], { severity: 'unknown' })

describe('applyPolicy', () => {
  it('counts cross-tool duplicates once and explains the failure in one line', () => {
    const result = applyPolicy({
      findings: [bandit, semgrep, osv, safety],
      settings,
      ignore: emptyIgnoreFile(),
      today
    })
    expect(result.findings).toHaveLength(4)
    expect(result.counted.map(f => f.tool)).toEqual(['bandit', 'osv-scanner'])
    expect(result.outcome.counts).toMatchObject({ high: 2, unknown: 0 })
    expect(result.outcome.reasons).toEqual([
      '2 findings at or above fail-on=high (2 high; bandit 1, osv-scanner 1); top: B602 subprocess call with shell=True identified at app.py:12 (also reported by semgrep)'
    ])
  })

  it('leaves a member below report-level out of its group: not reported, not merged, not named', () => {
    const lowSemgrep = { ...semgrep, severity: 'low' as const }
    const result = applyPolicy({
      findings: [bandit, lowSemgrep, osv],
      settings: { ...settings, reportLevel: 'medium' },
      ignore: emptyIgnoreFile(),
      today
    })
    expect(result.findings).toEqual([bandit, osv])
    expect(result.counted).toEqual([bandit, osv])
    expect(result.outcome.reasons).toEqual([
      '2 findings at or above fail-on=high (2 high; bandit 1, osv-scanner 1); top: B602 subprocess call with shell=True identified at app.py:12'
    ])
    // Reported, the same member merges into the representative and is named.
    const all = applyPolicy({
      findings: [bandit, lowSemgrep, osv],
      settings,
      ignore: emptyIgnoreFile(),
      today
    })
    expect(all.counted[0]?.severitySource).toMatch(/also semgrep subprocess-shell-true: low/)
    expect(all.outcome.reasons[0]).toMatch(/\(also reported by semgrep\)$/)
  })

  it('treats unknown severity as configured and says so', () => {
    const result = applyPolicy({ findings: [safety], settings, ignore: emptyIgnoreFile(), today })
    expect(result.outcome.reasons[0]).toMatch(
      /^1 finding at or above fail-on=high \(1 unknown-severity treated as high; safety 1\); top: 70612 in jinja2 2\.10 \(fixed in 2\.11\.3\) at requirements\.txt:3$/
    )
    const lenient = applyPolicy({
      findings: [safety],
      settings: { ...settings, unknownSeverity: 'low' },
      ignore: emptyIgnoreFile(),
      today
    })
    expect(lenient.outcome.reasons).toEqual([])
    expect(lenient.outcome.counts.unknown).toBe(1)
  })

  it('keeps fail-on and report-level separate; none never fails', () => {
    const low = makeFinding({ ruleId: 'B101', severity: 'low', fingerprint: 'l' })
    const info = makeFinding({ ruleId: 'B999', severity: 'info', fingerprint: 'i' })
    const r1 = applyPolicy({
      findings: [low, info],
      settings: { ...settings, failOn: 'low' },
      ignore: emptyIgnoreFile(),
      today
    })
    expect(r1.findings.map(f => f.ruleId)).toEqual(['B101'])
    expect(r1.outcome.reasons).toHaveLength(1)
    const r2 = applyPolicy({
      findings: [low, info, bandit],
      settings: { ...settings, failOn: 'none', reportLevel: 'info' },
      ignore: emptyIgnoreFile(),
      today
    })
    expect(r2.findings).toHaveLength(3)
    expect(r2.outcome.reasons).toEqual([])
    expect(r2.outcome.counts).toMatchObject({ high: 1, low: 1, info: 1 })
  })

  it('suppresses by alias across tools, and a suppression does not hide an unsuppressed duplicate', () => {
    const file = ignore(
      'ignore:\n  - id: CVE-2019-10906\n    reason: sandbox unused\n  - rule: B602\n    reason: trusted input\n'
    )
    const result = applyPolicy({
      findings: [bandit, semgrep, osv, safety],
      settings,
      ignore: file,
      today
    })
    expect(result.findings.find(f => f.tool === 'safety')?.suppressed).toEqual({
      reason: 'sandbox unused',
      source: 'ignore-file'
    })
    expect(result.findings.find(f => f.tool === 'osv-scanner')?.suppressed?.reason).toBe(
      'sandbox unused'
    )
    // bandit's B602 is suppressed, but semgrep still reports the same problem: it counts once.
    expect(result.counted.map(f => f.tool)).toEqual(['semgrep'])
    expect(result.unusedSuppressions).toEqual([])
    // The input is not mutated.
    expect(bandit.suppressed).toBeUndefined()
  })

  it('warns about expired, soon-expiring and unused suppressions; expired ones stop suppressing', () => {
    const file = ignore(
      [
        'ignore:',
        '  - rule: B602',
        '    reason: old',
        '    expires: 2026-11-20',
        '  - id: GHSA-462w-v97r-4m45',
        '    reason: soon',
        '    expires: 2026-11-30',
        '  - rule: B999',
        '    reason: gone',
        '    expires: 2026-11-21',
        ''
      ].join('\n')
    )
    const result = applyPolicy({ findings: [bandit, osv], settings, ignore: file, today })
    expect(result.findings.find(f => f.tool === 'bandit')?.suppressed).toBeUndefined()
    expect(result.findings.find(f => f.tool === 'osv-scanner')?.suppressed?.expires).toBe(
      '2026-11-30'
    )
    expect(result.outcome.warnings).toEqual([
      'suppression .runguard-ignore.yml:2 (rule B602) expired on 2026-11-20; 1 finding count again: renew it with a new date or fix the finding',
      'suppression .runguard-ignore.yml:5 (id GHSA-462w-v97r-4m45) expires on 2026-11-30 (in 9 days)',
      'suppression .runguard-ignore.yml:8 (rule B999) expires on 2026-11-21 (today (last day it applies))',
      'suppression .runguard-ignore.yml:8 (rule B999) matched no finding; remove it if the problem is gone'
    ])
    expect(result.unusedSuppressions.map(e => e.rule)).toEqual(['B999'])
    expect(result.counted.map(f => f.tool)).toEqual(['bandit'])
  })

  it('keeps inline suppressions from the tools', () => {
    const inline = makeFinding({ suppressed: { reason: '# nosec', source: 'inline' } })
    const result = applyPolicy({ findings: [inline], settings, ignore: emptyIgnoreFile(), today })
    expect(result.counted).toEqual([])
    expect(result.findings[0]!.suppressed?.source).toBe('inline')
  })

  it('new-only: baseline findings are unchanged and cannot fail; missing ones are absent', () => {
    const files: Record<string, string> = {
      'app.py': 'x\n'.repeat(11) + 'subprocess.call(c, shell=True)\n'
    }
    const old = buildSarif({
      toolRuns: [makeToolRun('bandit'), makeToolRun('osv-scanner')],
      findings: [
        { ...bandit, fingerprint: 'moved-away' },
        makeDependencyFinding('osv-scanner', 'GHSA-old', [], { fingerprint: 'fixed-one' }),
        osv
      ],
      category: 'runguard',
      workspace: '/w',
      runguardVersion: '0',
      unknownSeverity: 'high',
      readFile: p => files[p]
    }).log
    const baseline = parseBaselineSarif(JSON.parse(JSON.stringify(old)), 'base.sarif')
    const fresh = makeFinding({
      ruleId: 'B608',
      title: 'SQL',
      cwe: ['CWE-89'],
      location: { path: 'db.py', startLine: 3 },
      fingerprint: 'new-one'
    })
    const result = applyPolicy({
      findings: [bandit, osv, safety, fresh],
      settings,
      ignore: emptyIgnoreFile(),
      baseline,
      today,
      readFile: p => files[p]
    })
    // bandit's fingerprint changed but its line hash did not; osv matches by fingerprint and
    // carries safety's duplicate with it.
    expect(result.findings.map(f => [f.tool, f.baselineState])).toEqual([
      ['bandit', 'unchanged'],
      ['osv-scanner', 'unchanged'],
      ['safety', 'new'],
      ['bandit', 'new']
    ])
    expect(result.counted.map(f => f.ruleId)).toEqual(['B608'])
    expect(result.outcome.reasons[0]).toMatch(
      /^1 new finding at or above fail-on=high .*top: B608 SQL at db\.py:3$/
    )
    expect(result.absent.map(r => r.ruleId)).toEqual(['GHSA-old'])
  })
})

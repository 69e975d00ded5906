import { describe, expect, it } from '@jest/globals'
import { SEVERITIES, SEVERITY_RANK, type Severity } from '../src/model.js'
import { effectiveRank } from '../src/policy/policy.js'
import { buildSarif } from '../src/report/sarif.js'
import { buildSbom } from '../src/report/sbom.js'
import { compareFindings } from '../src/report/summary.js'
import { makeDependencyFinding, makeFinding, makeToolRun } from './fixtures/policy/findings.js'

// `unknown` (the tool gave no severity) has one rank everywhere: below `info`. Only the policy
// lifts it, to the unknownSeverity setting, before comparing with thresholds.

describe('SEVERITY_RANK', () => {
  it('orders SEVERITIES most severe first, unknown last', () => {
    const ranks = SEVERITIES.map(s => SEVERITY_RANK[s])
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks)
    expect(new Set(ranks).size).toBe(SEVERITIES.length)
    expect(SEVERITY_RANK.unknown).toBeLessThan(SEVERITY_RANK.info)
  })

  it('the summary sorts unknown after info among equals', () => {
    const of = (severity: Severity) => makeFinding({ severity, fingerprint: severity })
    const sorted = [of('unknown'), of('info'), of('critical'), of('low')].sort(compareFindings)
    expect(sorted.map(f => f.severity)).toEqual(['critical', 'low', 'info', 'unknown'])
  })

  it('the policy lifts unknown to unknownSeverity, and unknown-as-unknown stays lowest', () => {
    expect(effectiveRank('unknown', 'high')).toBe(SEVERITY_RANK.high)
    expect(effectiveRank('unknown', 'unknown')).toBe(SEVERITY_RANK.unknown)
    expect(effectiveRank('medium', 'high')).toBe(SEVERITY_RANK.medium)
  })

  it('a SARIF rule takes the most severe level of its results, unknown as unknown-severity', () => {
    const findings = [
      makeFinding({ ruleId: 'R1', severity: 'unknown', fingerprint: 'a' }),
      makeFinding({
        ruleId: 'R1',
        severity: 'low',
        fingerprint: 'b',
        location: { path: 'b.py', startLine: 1 }
      })
    ]
    const ruleLevel = (unknownSeverity: Severity) => {
      const { log } = buildSarif({
        toolRuns: [makeToolRun('bandit')],
        findings,
        category: 'runguard',
        workspace: '/w',
        runguardVersion: '0.0.0',
        unknownSeverity
      })
      return log.runs[0]!.tool.driver.rules!.find(r => r.id === 'R1')!.defaultConfiguration
    }
    expect(ruleLevel('high')).toEqual({ level: 'error' })
    // counted as nothing, unknown ranks lowest: the low result decides
    expect(ruleLevel('unknown')).toEqual({ level: 'note' })
  })

  it('an SBOM vulnerability is described by its most severe finding, unknown counting lowest', () => {
    const unknown = makeDependencyFinding('safety', 'GHSA-aaaa-bbbb-cccc', [], {
      severity: 'unknown',
      title: 'from the unknown finding'
    })
    const info = makeDependencyFinding('osv-scanner', 'GHSA-aaaa-bbbb-cccc', [], {
      severity: 'info',
      title: 'from the info finding'
    })
    const sbom = JSON.parse(
      buildSbom({
        components: [],
        findings: [unknown, info],
        toolRuns: [makeToolRun('safety'), makeToolRun('osv-scanner')],
        spec: '1.6',
        projectName: 'p',
        runguardVersion: '0.0.0'
      })
    )
    expect(sbom.vulnerabilities[0].description).toBe('from the info finding')
  })
})

import { describe, expect, it } from '@jest/globals'
import { annotate, type Annotation } from '../../src/github/annotations.js'
import { SEVERITIES, type Finding, type Severity } from '../../src/model.js'
import { emptyIgnoreFile } from '../../src/policy/ignore-file.js'
import { applyPolicy } from '../../src/policy/policy.js'
import { presentSeverity } from '../../src/policy/severity.js'
import { buildSarif } from '../../src/report/sarif.js'
import { buildSbom } from '../../src/report/sbom.js'
import { renderSummary } from '../../src/report/summary.js'
import { makeDependencyFinding, makeToolRun } from '../fixtures/policy/findings.js'
import { summaryInput, verdict } from '../github/factories.js'

// Every channel shows a severity the way policy/severity.ts says, and they agree with each
// other and with the verdict, for each severity including `unknown` under each setting.

/** What each channel showed for one finding. */
interface Shown {
  fails: boolean
  sarifLevel: string | undefined
  sarifRuleLevel: string | undefined
  securitySeverity: string | undefined
  sarifSeverity: unknown
  annotationLevel: string | undefined
  sbomSeverities: string[]
  summaryCell: string | undefined
}

function show(severity: Severity, unknownSeverity: Severity): Shown {
  const finding: Finding = makeDependencyFinding('osv-scanner', 'PYSEC-2099-1', ['CVE-2099-1'], {
    severity
  })
  const settings = { failOn: 'high', reportLevel: 'info', unknownSeverity } as const
  const policy = applyPolicy({ findings: [finding], settings, ignore: emptyIgnoreFile() })
  const { log } = buildSarif({
    toolRuns: [makeToolRun('osv-scanner')],
    findings: policy.findings,
    category: 'runguard',
    workspace: '/w',
    runguardVersion: '0',
    unknownSeverity
  })
  const run = log.runs[0]!
  const result = run.results![0]!
  const rule = run.tool.driver.rules![0]!
  const got: Annotation[] = []
  annotate(policy.findings, [], verdict(), { annotate: a => void got.push(a) }, { unknownSeverity })
  const sbom = JSON.parse(
    buildSbom({
      components: [],
      findings: policy.findings,
      toolRuns: [makeToolRun('osv-scanner')],
      spec: '1.6',
      projectName: 'p',
      runguardVersion: '0'
    })
  )
  const md = renderSummary(
    summaryInput({ findings: policy.findings, counted: policy.counted, unknownSeverity })
  )
  return {
    fails: policy.outcome.reasons.length > 0,
    sarifLevel: result.level,
    sarifRuleLevel: rule.defaultConfiguration?.level,
    securitySeverity: rule.properties?.['security-severity'] as string | undefined,
    sarifSeverity: result.properties?.['severity'],
    annotationLevel: got[0]?.level,
    sbomSeverities: (sbom.vulnerabilities[0].ratings as { severity: string }[]).map(
      r => r.severity
    ),
    summaryCell: md.split('\n').find(l => l.includes('PYSEC-2099-1'))
  }
}

const ERRORS = new Set<Severity>(['critical', 'high'])

describe('one presentation of a severity in every channel', () => {
  for (const unknownSeverity of ['high', 'medium', 'low', 'unknown'] as const) {
    for (const severity of SEVERITIES) {
      it(`${severity} with unknown-severity ${unknownSeverity}`, () => {
        const p = presentSeverity(severity, unknownSeverity)
        const shown = show(severity, unknownSeverity)
        const treated = severity === 'unknown' ? unknownSeverity : severity
        expect(p.treatedAs).toBe(treated)
        // the verdict fails exactly when what it counts as reaches fail-on high …
        expect(shown.fails).toBe(ERRORS.has(treated))
        // … and exactly those are errors in SARIF and in the annotations
        expect(shown.sarifLevel === 'error').toBe(shown.fails)
        expect(shown.annotationLevel === 'error').toBe(shown.fails)
        expect(shown.sarifLevel).toBe(p.sarifLevel)
        expect(shown.sarifRuleLevel).toBe(p.sarifLevel)
        expect(shown.annotationLevel).toBe(p.annotationLevel)
        // the data keeps the reported severity; no invented score for unknown or info
        expect(shown.sarifSeverity).toBe(severity)
        expect(shown.sbomSeverities).toEqual([severity])
        if (severity === 'unknown' || severity === 'info')
          expect(shown.securitySeverity).toBeUndefined()
        else expect(shown.securitySeverity).toBe(p.securitySeverity!.toFixed(1))
        expect(shown.summaryCell).toContain(` ${p.label} `)
        if (severity === 'unknown' && unknownSeverity !== 'unknown')
          expect(shown.summaryCell).toContain(`unknown (counts as ${unknownSeverity})`)
      })
    }
  }

  it('keeps a CVSS score only inside its own band', () => {
    expect(presentSeverity('high', 'high', 7.5).securitySeverity).toBe(7.5)
    // rated critical by another tool: GitHub would show "medium" for 5.3
    expect(presentSeverity('critical', 'high', 5.3).securitySeverity).toBe(9.5)
    expect(presentSeverity('unknown', 'high', 7.5).securitySeverity).toBeUndefined()
  })
})

describe('SBOM ratings', () => {
  it('name the record the score came from, with method and vector', () => {
    const vector = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'
    const f = makeDependencyFinding('osv-scanner', 'PYSEC-2020-96', ['GHSA-8q59-q68h-6hv4'], {
      severity: 'critical',
      advisory: {
        id: 'PYSEC-2020-96',
        aliases: ['GHSA-8q59-q68h-6hv4', 'CVE-2020-14343'],
        cvssVector: vector,
        cvssScore: 9.8,
        cvssSource: 'GHSA-8q59-q68h-6hv4'
      }
    })
    const sbom = JSON.parse(
      buildSbom({
        components: [],
        findings: [f],
        toolRuns: [makeToolRun('osv-scanner')],
        spec: '1.6',
        projectName: 'p',
        runguardVersion: '0'
      })
    )
    expect(sbom.vulnerabilities[0].ratings).toEqual([
      {
        source: {
          name: 'GitHub Advisory Database',
          url: 'https://github.com/advisories/GHSA-8q59-q68h-6hv4'
        },
        score: 9.8,
        severity: 'critical',
        method: 'CVSSv31',
        vector
      }
    ])
  })
})

import { describe, expect, it } from '@jest/globals'
import { parseIgnoreFile } from '../../src/policy/ignore-file-parse.js'
import { decideMerged } from '../../src/merge-command.js'
import { findingsFromSarif, mergeMetrics, mergeSarif, mergeSboms } from '../../src/report/merge.js'
import { buildSarif, type SarifInput } from '../../src/report/sarif.js'
import { buildSbom, validateSbom } from '../../src/report/sbom.js'
import { makeDependencyFinding, makeFinding, makeToolRun } from '../fixtures/policy/findings.js'
import { COMPONENTS } from '../fixtures/sbom/inventory.js'

const settings = {
  failOn: 'high',
  reportLevel: 'low',
  unknownSeverity: 'high',
  failOnToolError: true,
  requireTools: false
} as const
const base: Omit<SarifInput, 'toolRuns' | 'findings'> = {
  category: 'runguard',
  workspace: '/w',
  runguardVersion: '0.1.0',
  unknownSeverity: 'high'
}

const b602 = makeFinding()
const b101 = makeFinding({
  ruleId: 'B101',
  title: 'assert used',
  severity: 'low',
  fingerprint: 'b101',
  location: { path: 'lib/x.py', startLine: 3 }
})
const osv = makeDependencyFinding('osv-scanner', 'GHSA-aaaa-bbbb-cccc', ['CVE-2024-1'], {
  severity: 'critical'
})
const safety = makeDependencyFinding('safety', '12345', ['CVE-2024-1'], { severity: 'unknown' })

describe('mergeSarif', () => {
  const jobA = buildSarif({
    ...base,
    toolRuns: [makeToolRun('bandit'), makeToolRun('osv-scanner')],
    findings: [b602, osv]
  }).log
  const jobB = buildSarif({
    ...base,
    toolRuns: [
      makeToolRun('bandit', { status: 'failed', reason: 'bandit crashed' }),
      makeToolRun('safety')
    ],
    findings: [b602, b101, safety]
  }).log
  const merged = mergeSarif([jobA, jobB])

  it('keeps one run per tool/category, unioning results deduplicated by fingerprint', () => {
    expect(merged.runs.map(r => r.tool.driver.name)).toEqual(['bandit', 'osv-scanner', 'safety'])
    const bandit = merged.runs[0]!
    expect(bandit.results!.map(r => r.ruleId)).toEqual(['B602', 'B101'])
    expect(bandit.tool.driver.rules!.map(r => r.id)).toEqual(['B101', 'B602'])
    // ruleIndex is recomputed against the merged rule list.
    expect(bandit.results!.map(r => r.ruleIndex)).toEqual([1, 0])
    expect(bandit.invocations).toEqual([
      { executionSuccessful: true },
      {
        executionSuccessful: false,
        toolExecutionNotifications: [{ level: 'error', message: { text: 'bandit crashed' } }]
      }
    ])
  })

  it('keeps runs of different categories apart and leaves inputs untouched', () => {
    const other = buildSarif({
      ...base,
      category: 'other',
      toolRuns: [makeToolRun('bandit')],
      findings: [b602]
    }).log
    expect(
      mergeSarif([jobA, other]).runs.map(r => (r.automationDetails as { id: string }).id)
    ).toEqual(['runguard/bandit/', 'runguard/osv-scanner/', 'other/bandit/'])
    expect(jobA.runs[0]!.results).toHaveLength(1)
  })

  it('round-trips findings and recomputes the verdict with cross-tool dedupe', () => {
    const { findings, toolRuns } = findingsFromSarif(merged)
    expect(findings.map(f => `${f.tool}:${f.ruleId}:${f.severity}`)).toEqual([
      'bandit:B602:high',
      'bandit:B101:low',
      'osv-scanner:GHSA-aaaa-bbbb-cccc:critical',
      'safety:12345:unknown'
    ])
    expect(findings[2]!.package?.purl).toBe('pkg:pypi/jinja2@2.10')
    expect(toolRuns.map(t => `${t.tool}:${t.status}`)).toEqual([
      'bandit:failed',
      'safety:ok',
      'osv-scanner:ok'
    ])
    const { verdict, policy } = decideMerged({ sarif: merged, gates: [] }, settings)
    expect(policy!.counted.map(f => f.tool)).toEqual(['bandit', 'bandit', 'osv-scanner'])
    expect(verdict.passed).toBe(false)
    expect(verdict.reasons.join('\n')).toMatch(
      /2 findings at or above fail-on=high \(1 critical, 1 high; bandit 1, osv-scanner 1\)/
    )
    expect(verdict.reasons.join('\n')).toMatch(/bandit/)
  })

  it('honours suppressions in the SARIF, an extra ignore file and the jobs’ baseline marks', () => {
    const log = buildSarif({
      ...base,
      toolRuns: [makeToolRun('bandit')],
      findings: [
        { ...b602, suppressed: { reason: 'nosec', source: 'inline' }, baselineState: 'new' },
        { ...b101, severity: 'high', baselineState: 'unchanged' },
        { ...makeFinding({ ruleId: 'B301', fingerprint: 'b301' }), baselineState: 'new' }
      ]
    }).log
    const r1 = decideMerged({ sarif: log, gates: [] }, settings)
    expect(r1.policy!.counted.map(f => f.ruleId)).toEqual(['B301'])
    expect(r1.verdict.reasons[0]).toMatch(/^1 new finding at or above fail-on=high/)
    const ignore = parseIgnoreFile('ignore:\n  - rule: B301\n    reason: reviewed\n', 'i.yml')
    const r2 = decideMerged({ sarif: log, gates: [] }, settings, { ignore })
    expect(r2.verdict.passed).toBe(true)
  })
})

describe('mergeSboms', () => {
  const common = {
    toolRuns: [makeToolRun('osv-scanner', { version: '2.5.0' })],
    projectName: 'app',
    runguardVersion: '0.1.0',
    spec: '1.6' as const
  }
  const a = buildSbom({ ...common, components: COMPONENTS.slice(0, 3), findings: [osv] })
  const other = makeDependencyFinding('osv-scanner', 'GHSA-aaaa-bbbb-cccc', ['CVE-2024-1'], {
    package: {
      ecosystem: 'PyPI',
      name: 'zope-interface',
      version: '6.0',
      purl: 'pkg:pypi/zope-interface@6.0',
      fixedVersions: []
    }
  })
  const b = buildSbom({
    ...common,
    components: COMPONENTS.slice(2),
    findings: [other],
    toolRuns: [makeToolRun('safety', { version: '2.3.5' })]
  })

  it('dedupes components by bom-ref and vulnerabilities by id, unioning affects, and stays valid', async () => {
    const merged = mergeSboms([a, b], {
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      timestamp: new Date('2026-01-01T00:00:00Z')
    })
    const bom = JSON.parse(merged)
    expect(await validateSbom(merged, '1.6')).toEqual([])
    const refs = bom.components.map((c: { 'bom-ref': string }) => c['bom-ref'])
    expect(refs).toEqual([...new Set(refs)])
    expect(refs).toHaveLength(6)
    expect(bom.vulnerabilities).toHaveLength(1)
    expect(bom.vulnerabilities[0].affects.map((x: { ref: string }) => x.ref)).toEqual([
      'pkg:pypi/jinja2@2.10',
      'pkg:pypi/zope-interface@6.0'
    ])
    expect(bom.metadata.tools.components.map((t: { name: string }) => t.name)).toEqual([
      'osv-scanner',
      'runguard',
      'safety'
    ])
    expect(bom.serialNumber).toBe('urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79')
  })
})

describe('mergeMetrics', () => {
  it('keeps each job side by side', () => {
    expect(mergeMetrics(['{"cpu_max":1}', { name: 'py3.12', json: '{"cpu_max":2}' }])).toEqual({
      kind: 'runguard-merged-metrics',
      jobs: [
        { name: 'job-1', metrics: { cpu_max: 1 } },
        { name: 'py3.12', metrics: { cpu_max: 2 } }
      ]
    })
  })
})

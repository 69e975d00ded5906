import { describe, expect, it } from '@jest/globals'
import {
  buildSbom,
  pep503,
  validateSbom,
  SBOM_SPEC_VERSIONS,
  type SbomInput
} from '../../src/report/sbom.js'
import { makeDependencyFinding, makeFinding, makeToolRun } from '../fixtures/policy/findings.js'
import { COMPONENTS } from '../fixtures/sbom/inventory.js'

const osv = makeDependencyFinding(
  'osv-scanner',
  'GHSA-462w-v97r-4m45',
  ['CVE-2019-10906', 'PYSEC-2019-217'],
  {
    severity: 'high',
    cwe: ['CWE-693'],
    advisory: {
      id: 'GHSA-462w-v97r-4m45',
      aliases: ['CVE-2019-10906', 'PYSEC-2019-217'],
      url: 'https://github.com/advisories/GHSA-462w-v97r-4m45',
      cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N',
      cvssScore: 8.6
    }
  }
)
const safety = makeDependencyFinding('safety', '70612', ['CVE-2019-10906'], {
  severity: 'unknown',
  helpUri: 'https://data.safetycli.com/v/70612/eda'
})
const orphan = makeDependencyFinding('osv-scanner', 'PYSEC-2023-1', [], {
  severity: 'medium',
  package: {
    ecosystem: 'PyPI',
    name: 'urllib3',
    version: '1.26.5',
    purl: 'pkg:pypi/urllib3@1.26.5',
    fixedVersions: ['1.26.17', '2.0.6']
  },
  location: { path: 'requirements-dev.txt', startLine: 4 },
  suppressed: { reason: 'dev only', expires: '2030-01-01', source: 'ignore-file' }
})

function input(overrides: Partial<SbomInput> = {}): SbomInput {
  return {
    components: COMPONENTS,
    findings: [osv, safety, orphan, makeFinding()],
    toolRuns: [
      makeToolRun('osv-scanner', { version: '2.5.0' }),
      makeToolRun('safety', { version: '2.3.5' }),
      makeToolRun('bandit', { status: 'skipped' }),
      makeToolRun('secrets')
    ],
    spec: '1.6',
    projectName: 'example-app',
    runguardVersion: '0.1.0',
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    timestamp: new Date('2026-01-02T03:04:05.000Z'),
    ...overrides
  }
}

describe('buildSbom', () => {
  it('is valid for every supported spec version', async () => {
    for (const spec of SBOM_SPEC_VERSIONS) {
      expect({ spec, errors: await validateSbom(buildSbom(input({ spec })), spec) }).toEqual({
        spec,
        errors: []
      })
    }
  })

  it('reports schema violations (the validator is really checking)', async () => {
    const bom = JSON.parse(buildSbom(input()))
    bom.components[0].foo = 'bar'
    expect((await validateSbom(JSON.stringify(bom), '1.6')).join('\n')).toMatch(
      /additional properties/
    )
  })

  it('is deterministic given serial and time, whatever the input order', () => {
    const a = buildSbom(input())
    const b = buildSbom(
      input({ components: [...COMPONENTS].reverse(), findings: [orphan, safety, osv] })
    )
    expect(b).toBe(a)
  })

  it('writes metadata, components, hashes and the dependency graph', () => {
    const bom = JSON.parse(buildSbom(input()))
    expect(bom.metadata.timestamp).toBe('2026-01-02T03:04:05.000Z')
    expect(
      bom.metadata.tools.components
        .map((t: { name: string; version?: string }) => `${t.name}@${t.version}`)
        .sort()
    ).toEqual(['osv-scanner@2.5.0', 'runguard@0.1.0', 'safety@2.3.5'])
    expect(bom.metadata.component).toMatchObject({
      type: 'application',
      name: 'example-app',
      'bom-ref': 'project:example-app'
    })
    const refs = bom.components.map((c: { 'bom-ref': string }) => c['bom-ref'])
    expect(refs).toEqual([
      'pkg:pypi/flask@2.0.0',
      'pkg:pypi/jinja2@2.10',
      'pkg:pypi/markupsafe@2.1.3',
      'pkg:pypi/requests',
      'pkg:pypi/urllib3@1.26.5',
      'pkg:pypi/werkzeug@2.0.0',
      'pkg:pypi/zope-interface@6.0'
    ])
    const flask = bom.components[0]
    expect(flask.purl).toBe('pkg:pypi/flask@2.0.0')
    expect(flask.hashes).toEqual([{ alg: 'SHA-256', content: 'a'.repeat(64) }])
    expect(flask.properties).toEqual([
      { name: 'runguard:source', value: 'poetry.lock:10' },
      { name: 'runguard:source', value: 'requirements.txt:1' }
    ])
    const deps = Object.fromEntries(
      bom.dependencies.map((d: { ref: string; dependsOn?: string[] }) => [d.ref, d.dependsOn ?? []])
    )
    expect(deps['pkg:pypi/flask@2.0.0']).toEqual([
      'pkg:pypi/jinja2@2.10',
      'pkg:pypi/werkzeug@2.0.0'
    ])
    expect(deps['pkg:pypi/jinja2@2.10']).toEqual(['pkg:pypi/markupsafe@2.1.3'])
    // The project depends on what nothing else depends on.
    expect(deps['project:example-app']).toEqual([
      'pkg:pypi/flask@2.0.0',
      'pkg:pypi/requests',
      'pkg:pypi/urllib3@1.26.5',
      'pkg:pypi/zope-interface@6.0'
    ])
  })

  it('merges Safety and OSV reports of one advisory into one vulnerability with ratings and aliases', () => {
    const bom = JSON.parse(buildSbom(input()))
    expect(bom.vulnerabilities.map((v: { id: string }) => v.id)).toEqual([
      'GHSA-462w-v97r-4m45',
      'PYSEC-2023-1'
    ])
    const v = bom.vulnerabilities[0]
    expect(v.source).toEqual({
      name: 'GitHub Advisory Database',
      url: 'https://github.com/advisories/GHSA-462w-v97r-4m45'
    })
    expect(
      v.references.map((r: { id: string; source: { name: string } }) => `${r.id}/${r.source.name}`)
    ).toEqual(['70612/Safety DB', 'CVE-2019-10906/NVD', 'PYSEC-2019-217/OSV'])
    expect(v.ratings).toEqual([
      {
        source: {
          name: 'GitHub Advisory Database',
          url: 'https://github.com/advisories/GHSA-462w-v97r-4m45'
        },
        score: 8.6,
        severity: 'high',
        method: 'CVSSv31',
        vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N'
      }
    ])
    expect(v.cwes).toEqual([693, 1333])
    expect(v.affects).toEqual([
      { ref: 'pkg:pypi/jinja2@2.10', versions: [{ version: '2.10', status: 'affected' }] }
    ])
    expect(v.recommendation).toBe('Upgrade jinja2 2.10 to 2.11.3 or later.')
    expect(v.tools.components.map((t: { name: string }) => t.name)).toEqual([
      'osv-scanner',
      'safety'
    ])
    expect(v.analysis).toBeUndefined()
    const orphanVuln = bom.vulnerabilities[1]
    expect(orphanVuln.affects[0].ref).toBe('pkg:pypi/urllib3@1.26.5')
    expect(orphanVuln.recommendation).toBe('Upgrade urllib3 1.26.5 to 1.26.17 or 2.0.6 or later.')
    expect(orphanVuln.analysis).toEqual({
      detail: 'Suppressed in runguard policy: dev only (until 2030-01-01)'
    })
    expect(orphanVuln.ratings).toEqual([
      {
        source: { name: 'OSV', url: 'https://osv.dev/vulnerability/PYSEC-2023-1' },
        severity: 'medium'
      }
    ])
  })

  it('uses the legacy tools array for 1.4', () => {
    const bom = JSON.parse(buildSbom(input({ spec: '1.4' })))
    expect(Array.isArray(bom.metadata.tools)).toBe(true)
    expect(bom.specVersion).toBe('1.4')
  })

  it('normalizes names like PEP 503', () => {
    expect(pep503('Zope.Interface')).toBe('zope-interface')
    expect(pep503('Foo__Bar.-baz')).toBe('foo-bar-baz')
  })
})

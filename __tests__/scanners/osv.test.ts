import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { discoverComponents } from '../../src/inventory/index.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { Component, Finding } from '../../src/model.js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import {
  osvArgs,
  parseOsvOutput,
  parseOsvVersion,
  readOfflineRecords
} from '../../src/scanners/osv-scanner.js'
import { buildOsvOfflineDb } from '../helpers/osv-db.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, '..', 'fixtures', 'osv-scanner')
const project = path.join(here, '..', 'fixtures', 'inventory', 'project')
/** The real run's absolute project path (see fixtures README), replaced by this checkout's. */
const RECORDED_ROOT = '/work/main/__tests__/fixtures/inventory/project'

const load = (name: string): unknown =>
  JSON.parse(
    readFileSync(path.join(fixtures, name), 'utf8')
      .split(RECORDED_ROOT)
      .join(project)
      .split('<workspace>')
      .join(project)
  )
const pick = (findings: Finding[], id: string, file: string): Finding | undefined =>
  findings.find(f => f.ruleId === id && f.location.path === file)

describe('parseOsvOutput on a real osv-scanner 2.5.0 run', () => {
  let components: Component[]
  let findings: Finding[]
  let errors: string[]
  beforeAll(async () => {
    components = (await discoverComponents(project, ['.'], new RecordingLogger())).components
    ;({ findings, errors } = parseOsvOutput(load('osv-scanner-2.5.0_scan_project_offline.json'), {
      workspace: project,
      components
    }))
  })

  it('makes one finding per vulnerability group per package occurrence', () => {
    expect(errors).toEqual([])
    expect(findings).toHaveLength(16)
    expect(new Set(findings.map(f => f.fingerprint)).size).toBe(16)
  })

  it('merges PYSEC and GHSA records of one group, GHSA id first, aliases without it', () => {
    const jinja = pick(findings, 'GHSA-462w-v97r-4m45', 'requirements.txt')
    expect(jinja).toMatchObject({
      tool: 'osv-scanner',
      severity: 'high',
      title: 'Jinja2 sandbox escape via string formatting',
      cwe: ['CWE-693'],
      location: { path: 'requirements.txt', startLine: 4 },
      package: {
        ecosystem: 'PyPI',
        name: 'jinja2',
        version: '2.10',
        purl: 'pkg:pypi/jinja2@2.10',
        fixedVersions: ['2.10.1']
      },
      advisory: {
        id: 'GHSA-462w-v97r-4m45',
        aliases: ['CVE-2019-10906', 'PYSEC-2019-217'],
        url: 'https://osv.dev/vulnerability/GHSA-462w-v97r-4m45',
        cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N',
        cvssScore: 8.6
      }
    })
    expect(jinja?.message).toContain('CVE-2019-10906')
    expect(findings.some(f => f.ruleId === 'PYSEC-2019-217')).toBe(false)
  })

  it('computes severity from the vector, falls back to the GHSA label without one', () => {
    expect(pick(findings, 'GHSA-8q59-q68h-6hv4', 'requirements.txt')?.severity).toBe('critical')
    const labelOnly = pick(findings, 'GHSA-6757-jp84-gxfx', 'requirements.txt')
    expect(labelOnly?.severity).toBe('critical')
    expect(labelOnly?.advisory?.cvssVector).toBeUndefined()
    expect(pick(findings, 'GHSA-x84v-xcm2-53pg', 'requirements/base.txt')?.severity).toBe('medium')
    expect(pick(findings, 'GHSA-r64q-w8jr-g9qp', 'requirements.txt')?.severity).toBe('medium')
    expect(pick(findings, 'GHSA-mh33-7rrq-662w', 'requirements.txt')?.severity).toBe('high')
  })

  it('points each finding at the line that pins the package, following -r includes', () => {
    // osv-scanner reports requests and django under requirements.txt; they are pinned in base.txt.
    expect(pick(findings, 'GHSA-x84v-xcm2-53pg', 'requirements/base.txt')?.location.startLine).toBe(
      1
    )
    expect(pick(findings, 'GHSA-fvgf-6h6h-3322', 'requirements/base.txt')).toMatchObject({
      location: { startLine: 2 },
      package: { fixedVersions: ['2.2.18', '3.0.12', '3.1.6'] }
    })
    expect(pick(findings, 'GHSA-8q59-q68h-6hv4', 'services/api/uv.lock')?.location.startLine).toBe(
      20
    )
    expect(pick(findings, 'GHSA-mh33-7rrq-662w', 'services/worker/poetry.lock')).toMatchObject({
      location: { startLine: 34 },
      package: { version: '1.23' }
    })
    expect(pick(findings, 'GHSA-6757-jp84-gxfx', 'tools/Pipfile.lock')?.location.startLine).toBe(40)
  })

  it('keeps fingerprints stable when lines move but distinct per file', () => {
    const moved = parseOsvOutput(load('osv-scanner-2.5.0_scan_project_offline.json'), {
      workspace: project,
      components: components.map(c => ({ ...c, line: c.line + 10 }))
    }).findings
    expect(moved.map(f => f.fingerprint).sort()).toEqual(findings.map(f => f.fingerprint).sort())
    expect(moved.map(f => f.location.startLine)).not.toEqual(
      findings.map(f => f.location.startLine)
    )
  })

  it('drops sources matching exclude globs', () => {
    const { findings: kept } = parseOsvOutput(load('osv-scanner-2.5.0_scan_project_offline.json'), {
      workspace: project,
      components,
      exclude: ['services/**']
    })
    expect(kept).toHaveLength(10)
    expect(kept.every(f => !f.location.path.startsWith('services/'))).toBe(true)
  })
})

describe('parseOsvOutput edge cases', () => {
  const components: Component[] = []
  it('reads v1-style output (no aliases/max_severity, camelCase analysis) and skips GIT fixes', () => {
    const { findings } = parseOsvOutput(load('handwritten_v1_style.json'), {
      workspace: project,
      components
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'PYSEC-2019-217',
      severity: 'unknown',
      title: 'In Pallets Jinja before 2.10.1, str.format_map allows a sandbox escape.',
      location: { path: 'requirements.txt', startLine: 1 },
      package: { name: 'jinja2', fixedVersions: ['2.10.1'] },
      advisory: { aliases: ['CVE-2019-10906', 'GHSA-462w-v97r-4m45'] }
    })
  })

  it('uses max_severity, then database_specific labels, then unknown', () => {
    const { findings, errors } = parseOsvOutput(load('handwritten_edge_cases.json'), {
      workspace: project,
      components
    })
    const byId = (id: string): Finding | undefined => findings.find(f => f.ruleId === id)
    expect(byId('OSV-2099-1')).toMatchObject({ severity: 'high', advisory: { cvssScore: 7.5 } })
    expect(byId('GHSA-aaaa-bbbb-cccc')).toMatchObject({
      severity: 'medium',
      cwe: ['CWE-79'],
      advisory: { aliases: ['CVE-2099-0002', 'OSV-2099-2'] }
    })
    expect(byId('OSV-2099-3')).toMatchObject({
      severity: 'unknown',
      title: 'No summary, no severity.'
    })
    expect(errors).toEqual(['source outside the workspace ignored: requirements.txt'])
  })

  it('handles other ecosystems: purl type, scoped names, highest of CVSS v3/v4', () => {
    const { findings } = parseOsvOutput(load('handwritten_edge_cases.json'), {
      workspace: project,
      components
    })
    expect(findings.find(f => f.ruleId === 'GHSA-67hx-6x53-jw92')).toMatchObject({
      severity: 'critical',
      location: { path: 'web/package-lock.json', startLine: 1 },
      package: {
        ecosystem: 'npm',
        name: '@babel/traverse',
        purl: 'pkg:npm/%40babel/traverse@7.22.0',
        fixedVersions: ['7.23.2', '8.0.0-alpha.4']
      },
      advisory: { cvssScore: 9.3 }
    })
  })

  it('accepts empty results and rejects output without results', () => {
    expect(
      parseOsvOutput(load('osv-scanner-2.5.0_online_no_network.json'), {
        workspace: project,
        components
      })
    ).toEqual({
      findings: [],
      errors: []
    })
    expect(() => parseOsvOutput({ foo: 1 }, { workspace: project, components })).toThrow(
      'not an osv-scanner JSON report: results: expected array, received undefined'
    )
    expect(() => parseOsvOutput(null, { workspace: project, components })).toThrow(
      /^not an osv-scanner JSON report/
    )
    expect(() =>
      parseOsvOutput(
        { results: [{ packages: [{ package: { name: 'x' }, vulnerabilities: [{}] }] }] },
        { workspace: project, components }
      )
    ).toThrow(/results\[0\]\.packages\[0\]\.vulnerabilities\[0\]\.id/)
  })
})

describe('osv-scanner command line', () => {
  it('parses --version output', () => {
    expect(
      parseOsvVersion('osv-scanner version: 2.5.0\nosv-scalibr version: 0.4.5\ncommit: n/a')
    ).toBe('2.5.0')
    expect(parseOsvVersion('osv-scanner version: 1.9.2')).toBe('1.9.2')
    expect(parseOsvVersion('nope')).toBeUndefined()
  })
  it('uses v2 syntax with --offline for a local DB, v1 syntax before 2.0', () => {
    expect(osvArgs('2.5.0', ['/w'], '/db')).toEqual([
      'scan',
      'source',
      '--format',
      'json',
      '--offline',
      '--local-db-path',
      '/db',
      '-r',
      '/w'
    ])
    expect(osvArgs('2.5.0', ['/w'])).toEqual(['scan', 'source', '--format', 'json', '-r', '/w'])
    expect(osvArgs('2.5.0', ['/w'], undefined, ['/env.txt'], '/c/osv-scanner.toml')).toEqual([
      'scan',
      'source',
      '--format',
      'json',
      '--config',
      '/c/osv-scanner.toml',
      '--lockfile',
      '/env.txt',
      '-r',
      '/w'
    ])
    expect(osvArgs('1.9.2', ['/w', '/x'], '/db')).toEqual([
      '--format',
      'json',
      '--experimental-offline',
      '--experimental-local-db-path',
      '/db',
      '-r',
      '/w',
      '/x'
    ])
  })
})

describe('alias records (every record of the alias group counts)', () => {
  const pysecOnly = {
    results: [
      {
        source: { path: path.join(project, 'requirements.txt'), type: 'lockfile' },
        packages: [
          {
            package: { name: 'Jinja2', version: '2.10', ecosystem: 'PyPI' },
            groups: [
              {
                ids: ['PYSEC-2019-217'],
                aliases: ['CVE-2019-10906', 'GHSA-462w-v97r-4m45', 'PYSEC-2019-217'],
                max_severity: ''
              }
            ],
            vulnerabilities: [
              { id: 'PYSEC-2019-217', aliases: ['CVE-2019-10906', 'GHSA-462w-v97r-4m45'] }
            ]
          }
        ]
      }
    ]
  }
  const ghsa = JSON.parse(
    readFileSync(path.join(fixtures, 'records', 'GHSA-462w-v97r-4m45.json'), 'utf8')
  ) as { severity: Array<{ score: string }> }

  it('is unknown without a lookup, scored from the twin with one, and says so', () => {
    expect(
      parseOsvOutput(pysecOnly, { workspace: project, components: [] }).findings[0]
    ).toMatchObject({ severity: 'unknown' })
    const asked: string[][] = []
    const [finding] = parseOsvOutput(pysecOnly, {
      workspace: project,
      components: [],
      lookupRecords: ids => {
        asked.push([...ids].sort())
        return new Map<string, unknown>([
          ['GHSA-462w-v97r-4m45', ghsa],
          // A record that is not what it claims to be is ignored.
          [
            'CVE-2019-10906',
            {
              id: 'CVE-2099-1',
              severity: [{ score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H' }]
            }
          ]
        ])
      }
    }).findings
    expect(asked).toEqual([['CVE-2019-10906', 'GHSA-462w-v97r-4m45']])
    expect(finding).toMatchObject({
      ruleId: 'PYSEC-2019-217',
      severity: 'high',
      severitySource: expect.stringMatching(
        /^CVSS 3\.\d score \d\.\d from the vector of GHSA-462w-v97r-4m45 \(alias record from the offline database\)$/
      ),
      advisory: { cvssVector: ghsa.severity[0]!.score, cvssSource: 'GHSA-462w-v97r-4m45' }
    })
  })

  it('readOfflineRecords reads only the wanted entries from either DB layout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-osv-records-'))
    try {
      await buildOsvOfflineDb([ghsa, { id: 'PYSEC-1', modified: '2020-01-01T00:00:00Z' }], dir)
      const found = readOfflineRecords(dir, new Set(['GHSA-462w-v97r-4m45', 'NOPE-1']))
      expect([...found.keys()]).toEqual(['GHSA-462w-v97r-4m45'])
      expect(found.get('GHSA-462w-v97r-4m45')).toEqual(ghsa)
      expect(readOfflineRecords(path.join(dir, 'missing'), new Set(['PYSEC-1'])).size).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { discoverComponents } from '../../src/inventory/index.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { Component, Finding } from '../../src/model.js'
import {
  extractJson,
  parseSafetyOutput,
  parseSafetyVersion,
  safetyInputs
} from '../../src/scanners/safety.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, '..', 'fixtures', 'safety')
const project = path.join(here, '..', 'fixtures', 'inventory', 'project')
const read = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8')
const byId = (findings: Finding[], id: string): Finding | undefined =>
  findings.find(f => f.ruleId === id)

describe('parseSafetyOutput on real safety 2.3.5 output', () => {
  let components: Component[]
  let findings: Finding[]
  beforeAll(async () => {
    components = (await discoverComponents(project, ['.'], new RecordingLogger())).components
    findings = parseSafetyOutput(read('safety-2.3.5_check_requirements_db.json'), {
      components,
      file: 'requirements.txt'
    })
  })

  it('makes one finding per reported vulnerability', () => {
    expect(findings.map(f => f.ruleId).sort()).toEqual(
      ['36546', '37037', '37055', '37071', '38100', '39594', '39611', '40637'].sort()
    )
  })

  it('maps ids, CVE alias, URL, CVSS v3 severity and derives the fix from the spec', () => {
    expect(byId(findings, '37037')).toMatchObject({
      tool: 'safety',
      severity: 'high',
      location: { path: 'requirements.txt', startLine: 4 },
      package: {
        ecosystem: 'PyPI',
        name: 'jinja2',
        version: '2.10',
        purl: 'pkg:pypi/jinja2@2.10',
        fixedVersions: ['2.10.1']
      },
      advisory: {
        id: '37037',
        aliases: ['CVE-2019-10906'],
        url: 'https://pyup.io/vulnerabilities/CVE-2019-10906/37037/',
        cvssVector: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N',
        cvssScore: 8.6
      },
      helpUri: 'https://pyup.io/vulnerabilities/CVE-2019-10906/37037/'
    })
    expect(byId(findings, '37037')?.title).toBe(
      'Jinja2 before 2.10.1 allows a sandbox escape: str.format_map is not checked by the sandboxed environment.'
    )
  })

  it('falls back to CVSS v2, then unknown when Safety has no severity', () => {
    expect(byId(findings, '37071')).toMatchObject({
      severity: 'medium',
      advisory: { cvssScore: 4.3 },
      package: { fixedVersions: ['1.24.3'] }
    })
    expect(byId(findings, '38100')?.severity).toBe('unknown')
    expect(byId(findings, '40637')).toMatchObject({
      severity: 'unknown',
      advisory: { aliases: [] }
    })
  })

  it('locates packages pulled in by -r at the included file', () => {
    expect(byId(findings, '36546')).toMatchObject({
      severity: 'critical',
      location: { path: 'requirements/base.txt', startLine: 1 }
    })
    // Only the range that contains 2.2.0 gives the fix.
    expect(byId(findings, '39594')).toMatchObject({
      location: { path: 'requirements/base.txt', startLine: 2 },
      package: { fixedVersions: ['2.2.18'] }
    })
  })

  it('gives the same fingerprints when the same vulnerability comes through base.txt', () => {
    const viaBase = parseSafetyOutput(read('safety-2.3.5_check_base_db.json'), {
      components,
      file: 'requirements/base.txt'
    })
    expect(viaBase.map(f => f.fingerprint).sort()).toEqual(
      findings
        .filter(f => f.location.path === 'requirements/base.txt')
        .map(f => f.fingerprint)
        .sort()
    )
  })

  it('reads a clean report as no findings', () => {
    expect(
      parseSafetyOutput(read('safety-2.3.5_check_clean_db.json'), {
        components,
        file: 'constraints.txt'
      })
    ).toEqual([])
  })

  it('feeds exactly the pinned lockfile entries on stdin', () => {
    const inputs = safetyInputs(components)
    expect(inputs.map(i => i.label)).toEqual([
      'requirements.txt',
      'requirements/base.txt',
      'lockfile pins'
    ])
    expect(inputs[2]?.stdin).toBe(read('stdin-lockfile-pins.txt'))
    const stdin = parseSafetyOutput(read('safety-2.3.5_check_stdin_db.json'), { components })
    expect(stdin).toHaveLength(10)
  })
})

describe('parseSafetyOutput edge cases', () => {
  it('strips the 3.x DEPRECATED banner and reads JSON 1.1 (list specs)', () => {
    const findings = parseSafetyOutput(read('safety-3.x_check_json_banner.txt'), {
      components: [],
      file: 'requirements.txt'
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: '70612',
      severity: 'critical',
      location: { path: 'requirements.txt', startLine: 1 },
      package: { name: 'jinja2', fixedVersions: [] },
      advisory: { aliases: ['CVE-2019-8341'], cvssScore: 9.8 }
    })
    expect(findings[0]?.message).toContain('(vulnerable: >=0)')
  })

  it('rejects empty, broken or shapeless output, never reading it as a clean scan', () => {
    const parse = (text: string) => () => parseSafetyOutput(text, { components: [] })
    expect(parse('')).toThrow('safety printed no JSON report')
    expect(parse('{"vulnerabilities": [')).toThrow(
      /^safety (output is not valid JSON|printed no JSON report)/
    )
    expect(parse('{}')).toThrow(
      'not a Safety JSON report: report_meta: expected object, received undefined; vulnerabilities: expected array, received undefined'
    )
    expect(parse('{"report_meta": {}}')).toThrow(
      'not a Safety JSON report: vulnerabilities: expected array, received undefined'
    )
    expect(parse('{"report_meta": {}, "vulnerabilities": [{"package_name": "jinja2"}]}')).toThrow(
      /vulnerabilities\[0\]\.vulnerability_id/
    )
  })

  it('extracts the outermost JSON object', () => {
    expect(extractJson('noise {"a": {"b": 1}} tail')).toBe('{"a": {"b": 1}}')
    expect(extractJson('none')).toBeUndefined()
  })

  it('parses --version output', () => {
    expect(parseSafetyVersion('safety, version 2.3.5\n')).toBe('2.3.5')
    expect(parseSafetyVersion('safety, version 3.2.11')).toBe('3.2.11')
    expect(parseSafetyVersion('what')).toBeUndefined()
  })
})

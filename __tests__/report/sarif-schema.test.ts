/* eslint-disable @typescript-eslint/no-explicit-any -- walks arbitrary SARIF JSON */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { buildSarif } from '../../src/report/sarif.js'
import { makeToolRun } from '../fixtures/policy/findings.js'
import { sampleLogs } from '../fixtures/sarif/samples.js'

// ajv-formats is CommonJS; under ESM its default export is the function or wraps it.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => void

/** The schema is draft 2020-12 (its `$schema` says so), hence Ajv2020, not the draft-07 Ajv. */
function schemaValidator() {
  const schema = JSON.parse(
    fs.readFileSync(
      path.join(import.meta.dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'),
      'utf8'
    )
  )
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  return ajv.compile(schema)
}

describe('SARIF against the official 2.1.0 schema', () => {
  const validate = schemaValidator()
  for (const [name, log] of Object.entries(sampleLogs())) {
    it(`${name} is valid`, () => {
      const ok = validate(log)
      expect(validate.errors ?? []).toEqual([])
      expect(ok).toBe(true)
    })
  }
  it('rejects what GitHub rejects (a level outside the enum, startLine 0)', () => {
    const log = JSON.parse(JSON.stringify(sampleLogs().mixed))
    log.runs[0].results[0].level = 'critical'
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(log)).toBe(false)
    const messages = (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`).join('\n')
    expect(messages).toMatch(/level must be equal to one of the allowed values/)
    expect(messages).toMatch(/startLine must be >= 1/)
  })
})

/** GitHub's own ingestion rules the schema does not express. */
function githubProblems(log: { runs: Array<Record<string, any>> }): string[] {
  const problems: string[] = []
  if (log.runs.length > 20) problems.push(`${log.runs.length} runs > 20`)
  const keys = new Set<string>()
  for (const run of log.runs) {
    const key = `${run.tool.driver.name}|${run.automationDetails?.id}`
    if (keys.has(key)) problems.push(`duplicate tool/category ${key}`)
    keys.add(key)
    if (!Array.isArray(run.results)) problems.push(`${key}: no results array`)
    if (run.results.length > 25000) problems.push(`${key}: ${run.results.length} results`)
    for (const rule of run.tool.driver.rules) {
      const s = rule.properties?.['security-severity']
      if (
        s !== undefined &&
        !(typeof s === 'string' && /^\d+(\.\d+)?$/.test(s) && Number(s) > 0 && Number(s) <= 10)
      )
        problems.push(`${rule.id}: security-severity ${JSON.stringify(s)}`)
      if ((rule.properties?.tags ?? []).length > 20) problems.push(`${rule.id}: > 20 tags`)
      for (const f of ['shortDescription', 'fullDescription', 'help'])
        if (!rule[f]?.text) problems.push(`${rule.id}: empty ${f}`)
    }
    for (const result of run.results) {
      const loc = result.locations?.[0]?.physicalLocation
      if (!loc?.artifactLocation?.uri || /^[a-z]+:/i.test(loc.artifactLocation.uri))
        problems.push(`${result.ruleId}: bad uri`)
      if (!(loc?.region?.startLine >= 1)) problems.push(`${result.ruleId}: no startLine`)
      if (!result.message?.text) problems.push(`${result.ruleId}: no message text`)
      if (!result.partialFingerprints) problems.push(`${result.ruleId}: no partialFingerprints`)
    }
  }
  return problems
}

describe('SARIF against GitHub ingestion rules', () => {
  for (const [name, log] of Object.entries(sampleLogs())) {
    it(`${name} has no problems`, () => {
      expect(githubProblems(log as { runs: Array<Record<string, any>> })).toEqual([])
    })
  }
  it('catches a placeholder security-severity', () => {
    const log = JSON.parse(JSON.stringify(sampleLogs().mixed))
    log.runs[0].tool.driver.rules[0].properties['security-severity'] = 'High'
    expect(githubProblems(log)).toEqual([expect.stringMatching(/security-severity "High"/)])
  })
})

describe('skipped files in the run properties', () => {
  const validate = schemaValidator()
  it('carry the count and the first 100 paths, and the log stays valid', () => {
    const skipped = Array.from({ length: 120 }, (_, i) => ({
      path: `data/f${i}.bin`,
      reason: 'binary file type .bin'
    }))
    const { log } = buildSarif({
      toolRuns: [makeToolRun('secrets', { skipped }), makeToolRun('bandit')],
      findings: [],
      category: 'runguard',
      workspace: '/w',
      runguardVersion: '0.0.0',
      unknownSeverity: 'high'
    })
    const [bandit, secrets] = [log.runs[0] as any, log.runs[1] as any]
    expect(secrets.properties.unscanned).toBe(120)
    expect(secrets.properties.unscannedPaths).toHaveLength(100)
    expect(secrets.properties.unscannedPaths[0]).toEqual(skipped[0])
    expect(bandit.properties).toBeUndefined()
    expect(validate(log)).toBe(true)
  })
})

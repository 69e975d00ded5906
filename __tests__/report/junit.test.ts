import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { validateXML } from 'xmllint-wasm'
import { buildJunitXml, type JunitInput } from '../../src/report/junit.js'
import type { GateResult, ToolRun } from '../../src/model.js'
import { makeMetrics, failedGate } from '../gates/metrics-factory.js'

const xsdPath = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/gates/junit-runguard.xsd'
)

async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const schema = await readFile(xsdPath, 'utf8')
  const result = await validateXML({
    xml: [{ fileName: 'runguard-junit.xml', contents: xml }],
    schema: [{ fileName: 'junit-runguard.xsd', contents: schema }]
  })
  return { valid: result.valid, errors: result.errors.map(e => e.rawMessage) }
}

// Parsed JUnit is loosely typed on purpose: the assertions below check its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const parse = (xml: string): any =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: name => ['testcase', 'property'].includes(name)
  }).parse(xml)

const regression: GateResult = {
  gate: 'regression: cpu_avg',
  kind: 'regression',
  metric: 'cpu_avg',
  op: '<=',
  limit: 66,
  actual: 61,
  baseline: 60,
  passed: true,
  message: 'cpu_avg was 60.0, now 61.0 (+1.7%, limit 10%)'
}
const run = (
  tool: ToolRun['tool'],
  status: ToolRun['status'],
  extra: Partial<ToolRun> = {}
): ToolRun => ({
  tool,
  status,
  durationMs: 1500,
  findings: [],
  errors: [],
  ...extra
})

const input: JunitInput = {
  script: {
    metrics: makeMetrics({ exit_code: 2, success: false, execution_time_seconds: 3.5 }),
    attempts: 2
  },
  gates: [failedGate, regression],
  toolRuns: [
    run('bandit', 'ok', { version: '1.8.6' }),
    run('semgrep', 'failed', {
      reason: 'exit 2',
      errors: ['Invalid rule "x" <here> & \u001b[31mthere\u001b[0m']
    }),
    run('safety', 'skipped', { reason: 'not installed', durationMs: 0 })
  ],
  policy: {
    reasons: ['2 high findings (fail-on high)'],
    warnings: [],
    counts: { critical: 0, high: 2, medium: 0, low: 0, info: 0, unknown: 0 }
  },
  timestamp: '2026-11-21T20:30:00Z',
  properties: { 'runguard.version': '0.1.0' }
}

describe('buildJunitXml', () => {
  it('is valid against the JUnit XSD', async () => {
    const xml = buildJunitXml(input)
    expect(await validate(xml)).toEqual({ valid: true, errors: [] })
  })

  it('catches an invalid document (the XSD check can fail)', async () => {
    const xml = buildJunitXml(input).replace('tests="7"', 'tests="seven"')
    expect((await validate(xml)).valid).toBe(false)
  })

  it('has one suite with stable testcase names, classnames and counts', () => {
    const doc = parse(buildJunitXml(input))
    expect(doc.testsuites).toMatchObject({
      name: 'runguard',
      tests: '7',
      failures: '3',
      errors: '1'
    })
    const suite = doc.testsuites.testsuite
    expect(suite).toMatchObject({
      name: 'runguard',
      tests: '7',
      failures: '3',
      errors: '1',
      skipped: '1',
      timestamp: '2026-11-21T20:30:00Z'
    })
    // Script 3.5 s + three tools 1.5 s + 1.5 s + 0 s.
    expect(suite.time).toBe('6.500')
    const cases = suite.testcase.map((c: { name: string; classname: string }) => [
      c.name,
      c.classname
    ])
    expect(cases).toEqual([
      ['script', 'runguard.script'],
      ['gate: memory_max_mb <= 1024', 'runguard.gates'],
      ['regression: cpu_avg', 'runguard.gates'],
      ['scanner: bandit', 'runguard.scanners'],
      ['scanner: semgrep', 'runguard.scanners'],
      ['scanner: safety', 'runguard.scanners'],
      ['policy: security', 'runguard.policy']
    ])
    expect(suite.properties.property).toEqual([{ name: 'runguard.version', value: '0.1.0' }])
  })

  it('puts actual, limit and baseline in failures and properties', () => {
    const suite = parse(buildJunitXml(input)).testsuites.testsuite
    const [script, gate, reg, , semgrep, safety] = suite.testcase
    expect(script.failure).toMatchObject({
      message: 'script exited with code 2',
      type: 'exit-code'
    })
    expect(script.time).toBe('3.500')
    expect(gate.failure.message).toBe('memory_max_mb is 1536.0 MiB; gate requires <= 1024.0 MiB')
    expect(gate.failure['#text']).toContain('limit: <= 1024.0 MiB')
    const props = Object.fromEntries(
      reg.properties.property.map((p: { name: string; value: string }) => [p.name, p.value])
    )
    expect(props).toMatchObject({ kind: 'regression', value: '61', limit: '66', baseline: '60' })
    expect(reg.failure).toBeUndefined()
    expect(semgrep.error).toMatchObject({ message: 'semgrep failed: exit 2', type: 'tool-failed' })
    // Escaped and stripped of control characters, parsed back intact.
    expect(semgrep.error['#text']).toBe('Invalid rule "x" <here> & \uFFFD[31mthere\uFFFD[0m')
    expect(safety.skipped).toEqual({ message: 'not installed' })
  })

  it('escapes markup in names and messages', async () => {
    const evil: GateResult = { ...failedGate, message: 'a "quoted" <b>&</b> \'x\'' }
    const xml = buildJunitXml({ gates: [evil] })
    expect(xml).toContain('&lt;b&gt;&amp;&lt;/b&gt;')
    expect((await validate(xml)).valid).toBe(true)
    expect(parse(xml).testsuites.testsuite.testcase[0].failure.message).toBe(evil.message)
  })

  it('writes a valid empty report', async () => {
    const xml = buildJunitXml({ gates: [] })
    expect(await validate(xml)).toEqual({ valid: true, errors: [] })
    expect(parse(xml).testsuites.testsuite).toMatchObject({ tests: '0', failures: '0' })
  })
})

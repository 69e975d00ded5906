import { XMLBuilder } from 'fast-xml-parser'
import {
  SEVERITIES,
  type GateResult,
  type Metrics,
  type ToolRun,
  type UncheckedGate
} from '../model.js'
import type { PolicyOutcome } from '../gates/verdict.js'
import { formatValue, NOT_OBSERVED_LABEL } from '../gates/units.js'

/**
 * JUnit XML (`junitFile`): one `<testsuite name="runguard">` inside `<testsuites>`, one
 * testcase per gate (stable names: `gate: memory_max_mb <= 1024`, `regression: memory_max_mb`),
 * one for the script run, one per scanner and one for the security policy. Gates and the
 * script fail with `<failure>`; a scanner that crashed or timed out is an `<error>` (the check
 * could not run, which CI readers show differently from a failed check); a skipped scanner is
 * `<skipped>`. Shape: see __tests__/fixtures/gates/junit-runguard.xsd.
 */
export interface JunitInput {
  gates: readonly GateResult[]
  /** Budgets not checked (metric not observed): skipped test cases. */
  unchecked?: readonly UncheckedGate[]
  toolRuns?: readonly ToolRun[]
  /** The reported attempt; adds the `script` testcase, which fails when the script failed. */
  script?: { metrics: Metrics; attempts?: number; command?: string }
  /** Adds the `policy: security` testcase. */
  policy?: PolicyOutcome
  /** ISO timestamp of the run (testsuite `timestamp`). */
  timestamp?: string
  /** Suite-level properties, e.g. `runguard.version`. */
  properties?: Readonly<Record<string, string>>
}

type Attrs = Record<string, string | number>
interface XmlTestcase {
  [key: string]: unknown
}

// XML 1.0 forbids most C0 control characters even escaped; tool errors can contain them.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const clean = (s: string): string => s.replace(INVALID_XML, '\uFFFD')

const seconds = (s: number): string => (Number.isFinite(s) && s > 0 ? s : 0).toFixed(3)

function propertiesNode(props: Array<[string, string | number | undefined]>): unknown {
  const property = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([name, value]) => ({ '@_name': clean(name), '@_value': clean(String(value)) }))
  return property.length > 0 ? { property } : undefined
}

function outcome(message: string, type: string, body?: string): Attrs {
  return {
    '@_message': clean(message),
    '@_type': type,
    ...(body === undefined || body === '' ? {} : { '#text': clean(body) })
  }
}

function gateCase(g: GateResult): XmlTestcase {
  const name = g.kind === 'regression' ? `regression: ${g.metric}` : `gate: ${g.gate}`
  const details = [
    `metric: ${g.metric}`,
    `actual: ${formatValue(g.metric, g.actual)}`,
    `limit: ${g.op} ${formatValue(g.metric, g.limit)}`,
    ...(g.baseline === undefined ? [] : [`baseline: ${formatValue(g.metric, g.baseline)}`])
  ].join('\n')
  return {
    '@_name': clean(name),
    '@_classname': 'runguard.gates',
    '@_time': seconds(0),
    properties: propertiesNode([
      ['kind', g.kind],
      ['metric', g.metric],
      ['op', g.op],
      ['value', g.actual],
      ['limit', g.limit],
      ['baseline', g.baseline]
    ]),
    ...(g.passed ? {} : { failure: outcome(g.message, g.kind, details) })
  }
}

function scriptCase(script: NonNullable<JunitInput['script']>): XmlTestcase {
  const m = script.metrics
  const failed = !m.success || m.timedOut
  const message = m.timedOut
    ? `script timed out after ${formatValue('execution_time_seconds', m.execution_time_seconds)}`
    : `script exited with code ${m.exit_code}${m.signal ? ` (${m.signal})` : ''}`
  return {
    '@_name': 'script',
    '@_classname': 'runguard.script',
    '@_time': seconds(m.execution_time_seconds),
    properties: propertiesNode([
      ['command', script.command],
      ['exit_code', m.exit_code],
      ['timed_out', String(m.timedOut)],
      ['attempt', m.attempt],
      ['attempts', script.attempts],
      ['execution_time_seconds', m.execution_time_seconds],
      ['memory_max_mb', m.memory_max_mb ?? NOT_OBSERVED_LABEL],
      ['cpu_max', m.cpu_max ?? NOT_OBSERVED_LABEL],
      ...(m.measurement.notObserved
        ? ([['not_observed', m.measurement.notObserved]] as Array<[string, string]>)
        : [])
    ]),
    ...(failed ? { failure: outcome(message, m.timedOut ? 'timeout' : 'exit-code') } : {})
  }
}

function toolCase(t: ToolRun): XmlTestcase {
  const reason = t.reason ?? (t.errors[0] || t.status)
  const body = t.errors.join('\n')
  let result: Record<string, unknown> = {}
  if (t.status === 'failed')
    result = { error: outcome(`${t.tool} failed: ${reason}`, 'tool-failed', body) }
  else if (t.status === 'timed-out')
    result = { error: outcome(`${t.tool} timed out: ${reason}`, 'tool-timed-out', body) }
  else if (t.status === 'skipped') result = { skipped: { '@_message': clean(reason) } }
  return {
    '@_name': `scanner: ${t.tool}`,
    '@_classname': 'runguard.scanners',
    '@_time': seconds(t.durationMs / 1000),
    properties: propertiesNode([
      ['version', t.version],
      ['status', t.status],
      ['findings', t.findings.length]
    ]),
    ...result
  }
}

function policyCase(p: PolicyOutcome): XmlTestcase {
  return {
    '@_name': 'policy: security',
    '@_classname': 'runguard.policy',
    '@_time': seconds(0),
    properties: propertiesNode(SEVERITIES.map(s => [`findings.${s}`, p.counts[s] ?? 0])),
    ...(p.reasons.length > 0
      ? { failure: outcome(p.reasons[0]!, 'policy', p.reasons.join('\n')) }
      : {})
  }
}

/** Builds the JUnit XML text (pure). */
export function buildJunitXml(input: JunitInput): string {
  const cases: XmlTestcase[] = []
  let time = 0
  if (input.script) {
    cases.push(scriptCase(input.script))
    time += Math.max(0, input.script.metrics.execution_time_seconds)
  }
  cases.push(...input.gates.map(gateCase))
  // Not checked is not passed: a skipped test case that says why.
  cases.push(
    ...(input.unchecked ?? []).map((u): XmlTestcase => ({
      '@_name': clean(`gate: ${u.gate}`),
      '@_classname': 'runguard.gates',
      '@_time': seconds(0),
      skipped: { '@_message': clean(`not checked: ${u.reason}`) }
    }))
  )
  for (const t of input.toolRuns ?? []) {
    cases.push(toolCase(t))
    time += Math.max(0, t.durationMs / 1000)
  }
  if (input.policy) cases.push(policyCase(input.policy))

  const count = (key: string): number => cases.filter(c => c[key] !== undefined).length
  const counts = { tests: cases.length, failures: count('failure'), errors: count('error') }
  const suite = {
    '@_name': 'runguard',
    '@_tests': counts.tests,
    '@_failures': counts.failures,
    '@_errors': counts.errors,
    '@_skipped': count('skipped'),
    '@_time': seconds(time),
    ...(input.timestamp === undefined ? {} : { '@_timestamp': input.timestamp }),
    properties: propertiesNode(Object.entries(input.properties ?? {})),
    testcase: cases
  }
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': 'runguard',
      '@_tests': counts.tests,
      '@_failures': counts.failures,
      '@_errors': counts.errors,
      '@_time': seconds(time),
      testsuite: suite
    }
  }
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    processEntities: true
  })
  return String(builder.build(doc))
}

import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main, type CliIo } from '../../src/cli.js'
import { ExitCode } from '../../src/errors.js'
import {
  COLLECTOR,
  COLLECTOR_INSTALL,
  collectorPresent,
  startCollector,
  type CollectorOutput
} from '../helpers/otel-collector.js'

// The CLI with the standard OTEL_* variables, against a real OpenTelemetry Collector (OTLP/HTTP
// receiver, file exporter) on 127.0.0.1: the run's trace (run span, a child per scanner and per
// attempt, metrics and verdict as attributes) and its metrics, as the collector wrote them.

if (!collectorPresent)
  console.warn(
    `collector tests skipped: no collector at ${COLLECTOR} (install: ${COLLECTOR_INSTALL})`
  )
const maybe = collectorPresent ? describe : describe.skip

async function cli(
  env: NodeJS.ProcessEnv,
  args: string[]
): Promise<{ code: number; out: string; err: string }> {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-otel-cli-'))
  writeFileSync(path.join(ws, 'app.py'), 'print("hello")\n')
  const io: CliIo & { out: string; err: string } = {
    out: '',
    err: '',
    cwd: ws,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdout: t => void (io.out += t),
    stderr: t => void (io.err += t)
  }
  const code = await main(args, io)
  return { code, out: io.out, err: io.err }
}

function checkTrace(got: CollectorOutput, verdictPassed: boolean): void {
  const root = got.spans.filter(s => s.name === 'runguard gate')
  expect(root).toHaveLength(1)
  const run = root[0]!
  expect(run.parentSpanId ?? '').toBe('')
  expect(run.attributes).toMatchObject({
    'runguard.mode': 'gate',
    'runguard.verdict.passed': verdictPassed,
    'runguard.findings.critical': 0,
    'runguard.metric.exit_code': verdictPassed ? 0 : 3
  })
  const children = got.spans.filter(s => s.parentSpanId === run.spanId)
  expect(children.every(s => s.traceId === run.traceId)).toBe(true)
  const scanner = children.find(s => s.name === 'scanner secrets')
  expect(scanner?.attributes).toMatchObject({
    'runguard.scanner.tool': 'secrets',
    'runguard.scanner.status': 'ok',
    'runguard.scanner.findings': 0,
    'runguard.scanner.version': expect.any(String),
    'runguard.scanner.duration_ms': expect.any(Number)
  })
  const attempts = children.filter(s => s.name.startsWith('script attempt'))
  expect(attempts.map(s => s.name)).toEqual(
    verdictPassed ? ['script attempt 1'] : ['script attempt 1', 'script attempt 2']
  )
  for (const a of attempts) {
    expect(a.attributes).toMatchObject({
      'runguard.attempt.exit_code': verdictPassed ? 0 : 3,
      'runguard.attempt.timed_out': false,
      'runguard.metric.stdout_lines': 1
    })
    expect(BigInt(a.endTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(a.startTimeUnixNano))
    expect(BigInt(a.startTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(run.startTimeUnixNano))
    expect(BigInt(a.endTimeUnixNano)).toBeLessThanOrEqual(BigInt(run.endTimeUnixNano))
  }
  expect(run.status?.code ?? 0).toBe(verdictPassed ? 0 : 2)
}

/** Runs the CLI against a fresh collector; returns its result and what the collector wrote. */
async function withCollector(
  env: NodeJS.ProcessEnv,
  args: string[]
): Promise<[Awaited<ReturnType<typeof cli>>, CollectorOutput]> {
  const collector = await startCollector()
  let result: Awaited<ReturnType<typeof cli>>
  try {
    result = await cli({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint }, args)
  } catch (error) {
    await collector.stop()
    throw error
  }
  // Stopping flushes the collector's file.
  return [result, await collector.stop()]
}

maybe('telemetry to a real OpenTelemetry Collector', () => {
  it('exports the trace and the metrics over http/protobuf with the resource asked for', async () => {
    const [result, got] = await withCollector(
      {
        OTEL_SERVICE_NAME: 'payments-ci',
        OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=ci,team=payments'
      },
      ['gate', '--scanners', 'secrets', '--gate', 'exit_code==0', '--', 'python3', 'app.py']
    )
    expect(result.code).toBe(ExitCode.Passed)
    expect(result.out + result.err).not.toMatch(/telemetry: .*not exported/)
    checkTrace(got, true)
    expect(got.resources).toContainEqual(
      expect.objectContaining({
        'service.name': 'payments-ci',
        'deployment.environment': 'ci',
        team: 'payments',
        'service.version': expect.any(String)
      })
    )
    expect(got.metrics.get('runguard.stdout_lines')).toEqual([
      { value: 1, attributes: { 'runguard.category': 'runguard' } }
    ])
    expect(got.metrics.get('runguard.verdict.passed')?.map(p => p.value)).toEqual([1])
    expect(got.metrics.get('runguard.execution_time_seconds')?.[0]?.value).toBeGreaterThan(0)
    expect(got.metrics.get('runguard.findings')).toContainEqual({
      value: 0,
      attributes: { 'runguard.category': 'runguard', 'runguard.severity': 'critical' }
    })
    expect(got.metrics.get('runguard.scanner.duration')?.[0]?.attributes).toMatchObject({
      'runguard.scanner.tool': 'secrets',
      'runguard.scanner.status': 'ok'
    })
  })

  it('exports a failing run with each retry as its own span, over http/json', async () => {
    const [result, got] = await withCollector(
      {
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json'
      },
      [
        'gate',
        '--scanners',
        'secrets',
        '--retry',
        '1',
        '--retry-delay',
        '0',
        '--',
        'python3',
        '-c',
        'import sys; print("x"); sys.exit(3)'
      ]
    )
    expect(result.code).not.toBe(ExitCode.Passed)
    checkTrace(got, false)
    expect(got.metrics.get('runguard.verdict.passed')?.map(p => p.value)).toEqual([0])
  })
})

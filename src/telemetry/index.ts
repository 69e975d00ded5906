import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span
} from '@opentelemetry/api'
import { ExportResultCode, type ExportResult } from '@opentelemetry/core'
import { resourceFromAttributes, type Resource } from '@opentelemetry/resources'
import { MetricReader, MeterProvider, type ResourceMetrics } from '@opentelemetry/sdk-metrics'
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  TracerProvider,
  type ReadableSpan
} from '@opentelemetry/sdk-trace'
import { errorMessage, type ExitCode } from '../errors.js'
import type { Logger } from '../logger.js'
import {
  METRIC_NAMES,
  type GateResult,
  type MetricName,
  type Metrics,
  type ToolRun,
  type Verdict
} from '../model.js'
import type { Redactor } from '../redact.js'
import { RUNGUARD_VERSION } from '../version.js'
import { telemetryConfig, type SignalConfig } from './config.js'

/** What the export reads of a decided run (the pipeline's DecidedRun fits it). */
export interface TelemetryRun {
  settings: { mode: string; category: string }
  verdict: Verdict
  exitCode: ExitCode
  toolRuns: readonly ToolRun[]
  run?: { attempts: readonly Metrics[]; runs: readonly Metrics[] }
  performance?: { aggregate: { values: MetricMap } }
  gates: readonly GateResult[]
  redactor: Redactor
}

/** When the phases happened (epoch milliseconds), which the model does not keep. */
export interface TelemetryTimes {
  started: number
  /** When the scanners were started (absent when none ran). */
  scannersStarted?: number
  ended: number
}

const SCOPE = 'runguard'

/**
 * Exports one decided run over OTLP/HTTP, as the standard OTEL_* variables ask: a trace (a span
 * for the run, a child per scanner and per attempt of the script) and the run's metrics as
 * gauges. Never changes the verdict: any failure, an unreachable collector included, comes back
 * as a warning, and the wait is bounded by the exporter timeout (OTEL_EXPORTER_OTLP_TIMEOUT).
 * Returns the warnings (redacted; they never contain the headers).
 */
export async function exportTelemetry(
  decided: TelemetryRun,
  times: TelemetryTimes,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<string[]> {
  const redact = (text: string): string => decided.redactor.redact(text)
  const config = telemetryConfig(env)
  const warnings = config.warnings.map(w => `telemetry: ${w}`)
  const resource = resourceFromAttributes(config.resource)
  const sends: Array<Promise<string | undefined>> = []
  if (config.traces) {
    const spans = buildSpans(decided, times, resource, redact)
    sends.push(send('traces', config.traces, spans, decided.redactor))
  }
  if (config.metrics) {
    const metrics = await collectMetrics(decided, resource)
    sends.push(send('metrics', config.metrics, metrics, decided.redactor))
  }
  for (const failure of await Promise.all(sends)) if (failure) warnings.push(failure)
  for (const w of warnings) logger.warning(w)
  if (sends.length > 0 && warnings.length === 0)
    logger.info(
      `telemetry: exported ${[config.traces && 'the trace', config.metrics && 'the metrics'].filter(Boolean).join(' and ')} over OTLP`
    )
  return warnings
}

/** The run's trace, built in memory (no processor exports on its own; `send` does, bounded). */
function buildSpans(
  decided: TelemetryRun,
  times: TelemetryTimes,
  resource: Resource,
  redact: (text: string) => string
): ReadableSpan[] {
  const memory = new InMemorySpanExporter()
  const provider = new TracerProvider({
    resource,
    spanProcessors: [new SimpleSpanProcessor({ exporter: memory })]
  })
  const tracer = provider.getTracer(SCOPE, RUNGUARD_VERSION)
  const { verdict } = decided
  const root = tracer.startSpan(
    'runguard gate',
    {
      kind: SpanKind.INTERNAL,
      startTime: times.started,
      attributes: {
        'runguard.mode': decided.settings.mode,
        'runguard.category': decided.settings.category,
        'runguard.verdict.passed': verdict.passed,
        'runguard.verdict.reasons': verdict.reasons.map(redact),
        'runguard.exit_code': decided.exitCode,
        ...Object.fromEntries(
          Object.entries(verdict.counts).map(([severity, n]) => [
            `runguard.findings.${severity}`,
            n
          ])
        ),
        'runguard.gates.failed': decided.gates.filter(g => !g.passed).map(g => g.gate),
        ...metricAttributes(decided.performance?.aggregate.values)
      }
    },
    ROOT_CONTEXT
  )
  const parent = trace.setSpan(ROOT_CONTEXT, root)
  for (const t of decided.toolRuns) {
    const start = times.scannersStarted ?? times.started
    const span = tracer.startSpan(
      `scanner ${t.tool}`,
      {
        startTime: start,
        attributes: {
          'runguard.scanner.tool': t.tool,
          ...(t.version ? { 'runguard.scanner.version': t.version } : {}),
          'runguard.scanner.status': t.status,
          ...(t.reason ? { 'runguard.scanner.reason': redact(t.reason) } : {}),
          'runguard.scanner.findings': t.findings.length,
          'runguard.scanner.duration_ms': t.durationMs
        }
      },
      parent
    )
    if (t.status === 'failed' || t.status === 'timed-out')
      span.setStatus({ code: SpanStatusCode.ERROR, message: redact(t.reason ?? t.status) })
    span.end(start + t.durationMs)
  }
  for (const m of attemptsOf(decided.run)) {
    const start = Date.parse(m.startedAt)
    const span = tracer.startSpan(
      `script attempt ${m.attempt}`,
      {
        startTime: start,
        attributes: {
          'runguard.attempt': m.attempt,
          'runguard.attempt.exit_code': m.exit_code,
          'runguard.attempt.timed_out': m.timedOut,
          'runguard.attempt.success': m.success,
          ...(m.signal ? { 'runguard.attempt.signal': m.signal } : {}),
          ...(m.cancelled ? { 'runguard.attempt.cancelled': true } : {}),
          ...metricAttributes(m)
        }
      },
      parent
    )
    if (!m.success)
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: m.timedOut
          ? 'timed out'
          : m.signal
            ? `killed by ${m.signal}`
            : `exit ${m.exit_code}`
      })
    span.end(start + m.execution_time_seconds * 1000)
  }
  endRoot(root, verdict, times.ended)
  return memory.getFinishedSpans()
}

function endRoot(root: Span, verdict: Verdict, ended: number): void {
  if (!verdict.passed)
    root.setStatus({ code: SpanStatusCode.ERROR, message: `${verdict.reasons.length} reason(s)` })
  root.end(ended)
}

/** Every attempt once: the retries of the final run and the final attempt of each repeat. */
function attemptsOf(run: TelemetryRun['run']): Metrics[] {
  if (!run) return []
  const seen = new Set<string>()
  const all: Metrics[] = []
  for (const m of [...run.runs, ...run.attempts]) {
    const key = `${m.startedAt}#${m.attempt}`
    if (seen.has(key)) continue
    seen.add(key)
    all.push(m)
  }
  return all.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))
}

/** `runguard.metric.<name>` for every measured metric (a metric not measured is left out). */
function metricAttributes(values: MetricMap | undefined): Attributes {
  const attributes: Attributes = {}
  if (!values) return attributes
  for (const name of METRIC_NAMES) {
    const value = values[name]
    if (typeof value === 'boolean') attributes[`runguard.metric.${name}`] = value
    else if (typeof value === 'number' && Number.isFinite(value))
      attributes[`runguard.metric.${name}`] = value
  }
  return attributes
}

/** Metric values by name (an attempt's, or the aggregate the gates saw). */
type MetricMap = { readonly [K in MetricName]?: number | boolean | null }

/** A reader that collects only when asked: the run is over, so there is nothing periodic. */
class OnceReader extends MetricReader {
  protected onForceFlush(): Promise<void> {
    return Promise.resolve()
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve()
  }
}

/**
 * The run's numbers as OTLP gauges: each measured metric as `runguard.<metric_name>`, the
 * verdict as `runguard.verdict.passed` (1/0), findings by severity as `runguard.findings`, and
 * each scanner's duration as `runguard.scanner.duration` — all with the category attribute.
 */
async function collectMetrics(decided: TelemetryRun, resource: Resource): Promise<ResourceMetrics> {
  const reader = new OnceReader()
  const provider = new MeterProvider({ resource, readers: [reader] })
  const meter = provider.getMeter(SCOPE, RUNGUARD_VERSION)
  const base = { 'runguard.category': decided.settings.category }
  const values = decided.performance?.aggregate.values
  if (values)
    for (const name of METRIC_NAMES) {
      const raw = values[name]
      const value = typeof raw === 'boolean' ? Number(raw) : raw
      if (typeof value !== 'number' || !Number.isFinite(value)) continue
      meter.createGauge(`runguard.${name}`, { unit: unitOf(name) }).record(value, base)
    }
  meter
    .createGauge('runguard.verdict.passed', { description: '1 when the gate passed, else 0' })
    .record(decided.verdict.passed ? 1 : 0, base)
  const findings = meter.createGauge('runguard.findings', {
    description: 'counted findings by severity'
  })
  for (const [severity, n] of Object.entries(decided.verdict.counts))
    findings.record(n, { ...base, 'runguard.severity': severity })
  const scanner = meter.createGauge('runguard.scanner.duration', { unit: 'ms' })
  for (const t of decided.toolRuns)
    scanner.record(t.durationMs, {
      ...base,
      'runguard.scanner.tool': t.tool,
      'runguard.scanner.status': t.status
    })
  const { resourceMetrics, errors } = await reader.collect()
  if (errors.length > 0) throw new Error(errors.map(errorMessage).join('; '))
  return resourceMetrics
}

function unitOf(name: string): string {
  if (name.endsWith('_seconds')) return 's'
  if (name.endsWith('_mb')) return 'MiBy'
  if (name.endsWith('_bytes')) return 'By'
  if (name.startsWith('cpu_')) return '%'
  return '1'
}

interface Exporter<T> {
  export(items: T, done: (result: ExportResult) => void): void
  shutdown(): Promise<void>
}

/**
 * One export, bounded: the exporter's own timeout covers its retries, and a timer a second
 * later gives up on an exporter that never calls back. Returns a warning on failure; the
 * message names the signal and the error, never the headers (and passes the redactor).
 */
async function send<T>(
  kind: 'traces' | 'metrics',
  config: SignalConfig,
  items: T,
  redactor: Redactor
): Promise<string | undefined> {
  let exporter: Exporter<T> | undefined
  let timer: NodeJS.Timeout | undefined
  try {
    exporter = (await createExporter(kind, config)) as Exporter<T>
    const running = exporter
    const result = await new Promise<ExportResult | 'gave up'>(resolve => {
      timer = setTimeout(() => resolve('gave up'), config.timeoutMs + 1000)
      timer.unref()
      running.export(items, resolve)
    })
    if (result === 'gave up')
      return `telemetry: ${kind} not exported: no answer from the collector within ${config.timeoutMs} ms`
    if (result.code !== ExportResultCode.SUCCESS)
      return redactor.redact(
        `telemetry: ${kind} not exported to ${origin(config.url)}: ${result.error ? errorMessage(result.error) : 'export failed'}`
      )
    return undefined
  } catch (error) {
    return redactor.redact(`telemetry: ${kind} not exported: ${errorMessage(error)}`)
  } finally {
    clearTimeout(timer)
    // Closes the exporter's sockets so that the process can exit; bounded like the export.
    if (exporter)
      await Promise.race([
        exporter.shutdown().catch(() => undefined),
        new Promise(resolve => setTimeout(resolve, 1000).unref())
      ])
  }
}

/** The scheme, host and port of an endpoint: its path or query may hold a token. */
function origin(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return 'the collector'
  }
}

/** The options every OTLP/HTTP exporter takes (its compression is an enum of the same strings). */
type ExporterOptions = NonNullable<
  ConstructorParameters<
    typeof import('@opentelemetry/exporter-trace-otlp-proto').OTLPTraceExporter
  >[0]
>

/** The OTLP/HTTP exporter for the signal and protocol; each loads only when used. */
async function createExporter(kind: 'traces' | 'metrics', config: SignalConfig): Promise<unknown> {
  const options = {
    url: config.url,
    headers: config.headers,
    timeoutMillis: config.timeoutMs,
    compression: config.compression as ExporterOptions['compression'],
    // One request per signal and run: a kept-alive socket would only delay the exit.
    keepAlive: false
  }
  if (kind === 'traces') {
    const { OTLPTraceExporter } =
      config.protocol === 'http/json'
        ? await import('@opentelemetry/exporter-trace-otlp-http')
        : await import('@opentelemetry/exporter-trace-otlp-proto')
    return new OTLPTraceExporter(options)
  }
  const { OTLPMetricExporter } =
    config.protocol === 'http/json'
      ? await import('@opentelemetry/exporter-metrics-otlp-http')
      : await import('@opentelemetry/exporter-metrics-otlp-proto')
  return new OTLPMetricExporter(options)
}

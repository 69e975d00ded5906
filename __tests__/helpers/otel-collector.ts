import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'

// A real OpenTelemetry Collector (OTLP/HTTP receiver, file exporter) on 127.0.0.1, built by
// scripts/setup.sh from scripts/otelcol-builder.yaml. Tests that need it skip without it and
// print the install command.

const TOOLS = process.env.RUNGUARD_TOOLS_DIR ?? path.join(homedir(), '.cache/runguard-tools')
export const COLLECTOR =
  process.env.RUNGUARD_OTELCOL ?? path.join(TOOLS, 'otelcol', 'runguard-otelcol')
export const collectorPresent = existsSync(COLLECTOR)
export const COLLECTOR_INSTALL =
  'RUNGUARD_SETUP_OTELCOL=1 bash scripts/setup.sh (builds it from scripts/otelcol-builder.yaml; opt-in: a cold build takes ~16 min)'

export interface Collector {
  /** The OTLP/HTTP base endpoint, for OTEL_EXPORTER_OTLP_ENDPOINT. */
  endpoint: string
  /** Stops the collector (it flushes the file on shutdown) and returns what it wrote. */
  stop(): Promise<CollectorOutput>
}

/** What the file exporter wrote: one OTLP/JSON export request per line. */
export interface CollectorOutput {
  spans: OtlpSpan[]
  /** Gauge data points by metric name. */
  metrics: Map<string, OtlpPoint[]>
  /** The resource attributes of every resource seen. */
  resources: Array<Record<string, unknown>>
}

export interface OtlpSpan {
  traceId: string
  spanId: string
  parentSpanId?: string
  name: string
  startTimeUnixNano: string
  endTimeUnixNano: string
  status?: { code?: number; message?: string }
  attributes: Record<string, unknown>
}

export interface OtlpPoint {
  value: number
  attributes: Record<string, unknown>
}

interface KeyValue {
  key: string
  value: Record<string, unknown>
}

function anyValue(v: Record<string, unknown>): unknown {
  if ('stringValue' in v) return v.stringValue
  if ('boolValue' in v) return v.boolValue
  if ('intValue' in v) return Number(v.intValue)
  if ('doubleValue' in v) return Number(v.doubleValue)
  if ('arrayValue' in v) {
    const values = (v.arrayValue as { values?: Array<Record<string, unknown>> }).values ?? []
    return values.map(anyValue)
  }
  return undefined
}

function attributesOf(list: KeyValue[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map(kv => [kv.key, anyValue(kv.value)]))
}

/** Parses the file exporter's JSON lines (OTLP/JSON: traces and metrics requests mixed). */
export function parseCollectorFile(text: string): CollectorOutput {
  const out: CollectorOutput = { spans: [], metrics: new Map(), resources: [] }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const request = JSON.parse(line) as {
      resourceSpans?: Array<{
        resource?: { attributes?: KeyValue[] }
        scopeSpans?: Array<{ spans?: Array<Record<string, unknown>> }>
      }>
      resourceMetrics?: Array<{
        resource?: { attributes?: KeyValue[] }
        scopeMetrics?: Array<{ metrics?: Array<Record<string, unknown>> }>
      }>
    }
    for (const rs of request.resourceSpans ?? []) {
      out.resources.push(attributesOf(rs.resource?.attributes))
      for (const ss of rs.scopeSpans ?? [])
        for (const s of ss.spans ?? [])
          out.spans.push({
            ...(s as unknown as OtlpSpan),
            attributes: attributesOf(s.attributes as KeyValue[] | undefined)
          })
    }
    for (const rm of request.resourceMetrics ?? []) {
      out.resources.push(attributesOf(rm.resource?.attributes))
      for (const sm of rm.scopeMetrics ?? [])
        for (const m of sm.metrics ?? []) {
          const gauge = m.gauge as
            | { dataPoints?: Array<Record<string, unknown> & { attributes?: KeyValue[] }> }
            | undefined
          const points = out.metrics.get(m.name as string) ?? []
          for (const p of gauge?.dataPoints ?? [])
            points.push({
              value: Number(p.asDouble ?? p.asInt),
              attributes: attributesOf(p.attributes)
            })
          out.metrics.set(m.name as string, points)
        }
    }
  }
  return out
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function accepts(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise(resolve => child.once('exit', () => resolve()))
}

/**
 * Starts the collector on a free port of 127.0.0.1 and waits until it accepts connections. A
 * port taken between choosing and binding makes the collector exit: it is retried on another.
 */
export async function startCollector(): Promise<Collector> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-otelcol-'))
  const file = path.join(dir, 'out.jsonl')
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const config = path.join(dir, 'config.yaml')
    writeFileSync(
      config,
      [
        'receivers:',
        '  otlp:',
        '    protocols:',
        '      http:',
        `        endpoint: 127.0.0.1:${port}`,
        'exporters:',
        '  file:',
        `    path: ${JSON.stringify(file)}`,
        'service:',
        // No self-telemetry server (its default port would clash between parallel tests).
        '  telemetry:',
        '    metrics:',
        '      level: none',
        '  pipelines:',
        '    traces: { receivers: [otlp], exporters: [file] }',
        '    metrics: { receivers: [otlp], exporters: [file] }',
        ''
      ].join('\n')
    )
    let log = ''
    const child = spawn(COLLECTOR, ['--config', config], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()))
    // Ready when it accepts connections; gone when it exited (port taken, bad config).
    let ready = false
    while (!ready && child.exitCode === null && child.signalCode === null) {
      ready = await accepts(port)
      if (!ready) await new Promise(resolve => setTimeout(resolve, 100))
    }
    if (!ready) {
      if (attempt < 3 && /address already in use/.test(log)) continue
      throw new Error(`the collector did not start:\n${log}`)
    }
    return {
      endpoint: `http://127.0.0.1:${port}`,
      async stop(): Promise<CollectorOutput> {
        child.kill('SIGTERM')
        await exited(child)
        return parseCollectorFile(existsSync(file) ? readFileSync(file, 'utf8') : '')
      }
    }
  }
}

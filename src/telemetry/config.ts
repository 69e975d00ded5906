import { parseKeyPairsIntoRecord } from '@opentelemetry/core'
import { RUNGUARD_VERSION } from '../version.js'
import { envValue } from './enabled.js'

/** The OTLP transports runguard exports over (both OTLP/HTTP; gRPC is not bundled). */
export type OtlpProtocol = 'http/protobuf' | 'http/json'

/** Where and how one signal (traces or metrics) is exported. */
export interface SignalConfig {
  url: string
  protocol: OtlpProtocol
  /** Sent with every request; secrets (never logged, masked by the run's redactor). */
  headers: Record<string, string>
  timeoutMs: number
  compression: 'gzip' | 'none'
}

/** What the standard OpenTelemetry variables ask for, resolved once. */
export interface TelemetryConfig {
  traces?: SignalConfig
  metrics?: SignalConfig
  /** Resource attributes: OTEL_RESOURCE_ATTRIBUTES, then service.name and service.version. */
  resource: Record<string, string>
  /** Variables that were set but cannot be honoured, one line each (no values). */
  warnings: string[]
}

const SIGNALS = { traces: 'TRACES', metrics: 'METRICS' } as const
/** The OTLP exporter's default timeout (OpenTelemetry spec, "OTLP Exporter Configuration"). */
const DEFAULT_TIMEOUT_MS = 10_000

/**
 * Resolves the OTLP exporter variables as the OpenTelemetry specification defines them: a
 * signal's own variable wins over the general one; the general endpoint gets `/v1/traces` or
 * `/v1/metrics` appended, a signal's endpoint is used as is; headers and resource attributes are
 * W3C-baggage-style `key=value` lists with percent-encoded values. A signal is exported only
 * when an endpoint for it is set and its exporter is not `none`. Pure.
 */
export function telemetryConfig(env: NodeJS.ProcessEnv): TelemetryConfig {
  const warnings: string[] = []
  const signal = (kind: keyof typeof SIGNALS): SignalConfig | undefined => {
    const id = SIGNALS[kind]
    const exporter = envValue(env, `OTEL_${id}_EXPORTER`)?.toLowerCase()
    if (exporter === 'none') return undefined
    if (exporter !== undefined && exporter.split(',').some(e => e.trim() !== 'otlp'))
      warnings.push(
        `OTEL_${id}_EXPORTER=${exporter} is not supported (runguard exports over OTLP only): ${kind} are sent over OTLP`
      )
    const url = signalUrl(env, id, kind, warnings)
    if (!url) return undefined
    const protocolName =
      envValue(env, `OTEL_EXPORTER_OTLP_${id}_PROTOCOL`) ??
      envValue(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ??
      'http/protobuf'
    if (protocolName !== 'http/protobuf' && protocolName !== 'http/json') {
      warnings.push(
        `OTLP protocol ${JSON.stringify(protocolName)} is not supported (runguard sends http/protobuf or http/json): ${kind} not exported; set OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf and an OTLP/HTTP endpoint (usually port 4318)`
      )
      return undefined
    }
    const timeoutName = envValue(env, `OTEL_EXPORTER_OTLP_${id}_TIMEOUT`)
      ? `OTEL_EXPORTER_OTLP_${id}_TIMEOUT`
      : 'OTEL_EXPORTER_OTLP_TIMEOUT'
    const timeoutText = envValue(env, timeoutName)
    let timeoutMs = DEFAULT_TIMEOUT_MS
    if (timeoutText !== undefined) {
      const parsed = Number(timeoutText)
      if (Number.isFinite(parsed) && parsed > 0) timeoutMs = parsed
      else
        warnings.push(
          `${timeoutName}=${JSON.stringify(timeoutText)} is not a positive number of milliseconds: ${DEFAULT_TIMEOUT_MS} used`
        )
    }
    const compressionText =
      envValue(env, `OTEL_EXPORTER_OTLP_${id}_COMPRESSION`) ??
      envValue(env, 'OTEL_EXPORTER_OTLP_COMPRESSION') ??
      'none'
    let compression: 'gzip' | 'none' = 'none'
    if (compressionText === 'gzip') compression = 'gzip'
    else if (compressionText !== 'none')
      warnings.push(
        `OTLP compression ${JSON.stringify(compressionText)} is not supported (gzip or none): none used`
      )
    const headers = {
      ...parseKeyPairsIntoRecord(envValue(env, 'OTEL_EXPORTER_OTLP_HEADERS')),
      ...parseKeyPairsIntoRecord(envValue(env, `OTEL_EXPORTER_OTLP_${id}_HEADERS`))
    }
    return { url, protocol: protocolName, headers, timeoutMs, compression }
  }
  const traces = signal('traces')
  const metrics = signal('metrics')
  const attributes = parseKeyPairsIntoRecord(envValue(env, 'OTEL_RESOURCE_ATTRIBUTES'))
  const resource: Record<string, string> = {
    ...attributes,
    'service.name': envValue(env, 'OTEL_SERVICE_NAME') ?? attributes['service.name'] ?? 'runguard',
    'service.version': attributes['service.version'] ?? RUNGUARD_VERSION
  }
  return { ...(traces ? { traces } : {}), ...(metrics ? { metrics } : {}), resource, warnings }
}

function signalUrl(
  env: NodeJS.ProcessEnv,
  id: string,
  kind: string,
  warnings: string[]
): string | undefined {
  const own = envValue(env, `OTEL_EXPORTER_OTLP_${id}_ENDPOINT`)
  const general = envValue(env, 'OTEL_EXPORTER_OTLP_ENDPOINT')
  const name = own ? `OTEL_EXPORTER_OTLP_${id}_ENDPOINT` : 'OTEL_EXPORTER_OTLP_ENDPOINT'
  const text = own ?? (general ? `${general.replace(/\/+$/, '')}/v1/${kind}` : undefined)
  if (!text) return undefined
  let url: URL
  try {
    url = new URL(text)
  } catch {
    // The value itself is not repeated: an endpoint URL may carry credentials.
    warnings.push(`${name} is not a valid URL: ${kind} not exported`)
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    warnings.push(`${name} must be an http:// or https:// URL: ${kind} not exported`)
    return undefined
  }
  return url.toString()
}

/**
 * Whether telemetry is asked for, and which values of its variables are secrets. Imported at
 * start-up by the pipeline, so it stays free of dependencies: the OpenTelemetry SDK loads only
 * when this says yes (src/telemetry/index.ts).
 */

const HEADER_VARIABLES = [
  'OTEL_EXPORTER_OTLP_HEADERS',
  'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
  'OTEL_EXPORTER_OTLP_METRICS_HEADERS'
] as const

/** Non-empty value of a variable (the OpenTelemetry spec treats empty as unset). */
export function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

/**
 * True when an OTLP endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT or a signal's own endpoint)
 * and the SDK is not disabled (OTEL_SDK_DISABLED=true). Without an endpoint nothing is
 * exported: a default of localhost:4318 would make every run wait on a collector nobody runs.
 */
export function telemetryRequested(env: NodeJS.ProcessEnv): boolean {
  if (envValue(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return false
  return ['', 'TRACES_', 'METRICS_'].some(s => envValue(env, `OTEL_EXPORTER_OTLP_${s}ENDPOINT`))
}

/**
 * The values of the OTLP header variables (`key=value,…`, values percent-encoded), raw and
 * decoded: they carry API keys, so the run's redactor masks them wherever they could appear.
 */
export function otlpHeaderSecrets(env: NodeJS.ProcessEnv): string[] {
  const secrets: string[] = []
  for (const name of HEADER_VARIABLES) {
    const raw = envValue(env, name)
    if (!raw) continue
    for (const pair of raw.split(',')) {
      const eq = pair.indexOf('=')
      if (eq < 0) continue
      const value = pair.slice(eq + 1).trim()
      if (!value) continue
      secrets.push(value)
      try {
        const decoded = decodeURIComponent(value)
        if (decoded !== value) secrets.push(decoded)
      } catch {
        // Not valid percent-encoding: the raw value is what would be sent, already listed.
      }
    }
  }
  return secrets
}

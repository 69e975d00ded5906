import { describe, expect, it } from '@jest/globals'
import { telemetryConfig } from '../../src/telemetry/config.js'
import { otlpHeaderSecrets, telemetryRequested } from '../../src/telemetry/enabled.js'

// The standard OTEL_* variables, resolved as the OpenTelemetry specification defines them.

describe('telemetryRequested', () => {
  it('is on only with an endpoint, and off under OTEL_SDK_DISABLED=true', () => {
    expect(telemetryRequested({})).toBe(false)
    expect(telemetryRequested({ OTEL_SERVICE_NAME: 'x' })).toBe(false)
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: ' ' })).toBe(false)
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe(true)
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/x' })).toBe(true)
    expect(
      telemetryRequested({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
        OTEL_SDK_DISABLED: 'TRUE'
      })
    ).toBe(false)
  })
})

describe('telemetryConfig', () => {
  it('appends the signal path to the general endpoint and uses a signal endpoint as is', () => {
    const c = telemetryConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example:4318/base/',
      OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://m.example/custom'
    })
    expect(c.traces?.url).toBe('https://otel.example:4318/base/v1/traces')
    expect(c.metrics?.url).toBe('http://m.example/custom')
    expect(c.traces).toMatchObject({ protocol: 'http/protobuf', timeoutMs: 10_000 })
    expect(c.warnings).toEqual([])
  })

  it('exports only the signals that have an endpoint, and none under OTEL_*_EXPORTER=none', () => {
    expect(
      Object.keys(telemetryConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t/v1/traces' }))
    ).not.toContain('metrics')
    const c = telemetryConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_METRICS_EXPORTER: 'none'
    })
    expect(c.traces).toBeDefined()
    expect(c.metrics).toBeUndefined()
  })

  it('merges headers, the signal ones winning, with percent-decoded values', () => {
    const c = telemetryConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_HEADERS: 'api-key=a%20b,x-team=one',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-team=two'
    })
    expect(c.traces?.headers).toEqual({ 'api-key': 'a b', 'x-team': 'two' })
    expect(c.metrics?.headers).toEqual({ 'api-key': 'a b', 'x-team': 'one' })
  })

  it('honours http/json and refuses grpc with a warning naming the fix', () => {
    const json = telemetryConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json'
    })
    expect(json.traces?.protocol).toBe('http/json')
    const grpc = telemetryConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4317',
      OTEL_EXPORTER_OTLP_METRICS_PROTOCOL: 'grpc'
    })
    expect(grpc.traces?.protocol).toBe('http/protobuf')
    expect(grpc.metrics).toBeUndefined()
    expect(grpc.warnings).toEqual([
      expect.stringMatching(/"grpc" is not supported .*metrics not exported.*http\/protobuf/)
    ])
  })

  it('warns on a bad timeout, compression or URL without repeating the URL', () => {
    const c = telemetryConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'not a url?token=s3cr3t',
      OTEL_EXPORTER_OTLP_TIMEOUT: 'soon',
      OTEL_EXPORTER_OTLP_COMPRESSION: 'zstd'
    })
    expect(c.traces).toBeUndefined()
    expect(c.metrics).toMatchObject({ timeoutMs: 10_000, compression: 'none' })
    expect(c.warnings.join('\n')).toMatch(/OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is not a valid URL/)
    expect(c.warnings.join('\n')).toMatch(/OTEL_EXPORTER_OTLP_TIMEOUT="soon"/)
    expect(c.warnings.join('\n')).toMatch(/"zstd" is not supported/)
    expect(c.warnings.join('\n')).not.toContain('s3cr3t')
  })

  it('builds the resource from OTEL_RESOURCE_ATTRIBUTES, OTEL_SERVICE_NAME winning', () => {
    expect(telemetryConfig({}).resource).toMatchObject({ 'service.name': 'runguard' })
    const c = telemetryConfig({
      OTEL_SERVICE_NAME: 'ci-gate',
      OTEL_RESOURCE_ATTRIBUTES: 'service.name=ignored,deployment.environment=ci%20main'
    })
    expect(c.resource).toMatchObject({
      'service.name': 'ci-gate',
      'deployment.environment': 'ci main'
    })
    expect(c.resource['service.version']).toEqual(expect.any(String))
  })
})

describe('otlpHeaderSecrets', () => {
  it('lists every header value, raw and decoded, from the three header variables', () => {
    expect(
      otlpHeaderSecrets({
        OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20abcdef123456, x=',
        OTEL_EXPORTER_OTLP_METRICS_HEADERS: 'api-key=k3y-value-9876'
      })
    ).toEqual(['Bearer%20abcdef123456', 'Bearer abcdef123456', 'k3y-value-9876'])
  })
})

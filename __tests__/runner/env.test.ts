import { describe, expect, it } from '@jest/globals'
import { isScrubbedEnvName, scrubEnvironment } from '../../src/runner/env.js'

const env = {
  PATH: '/usr/bin',
  HOME: '/home/u',
  ACTIONS_RUNTIME_TOKEN: 'rt',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
  ACTIONS_CACHE_URL: 'https://cache',
  ACTIONS_RESULTS_URL: 'https://results',
  GITHUB_TOKEN: 'gh',
  'INPUT_GITHUB-TOKEN': 'gh2',
  INPUT_SCRIPT: 'python x.py',
  GITHUB_SHA: 'abc',
  MY_API_KEY: 'kept-but-redacted',
  UNSET: undefined
} as NodeJS.ProcessEnv

describe('scrubEnvironment', () => {
  it('removes runtime credentials, the token and INPUT_* and keeps the rest', () => {
    const scrubbed = scrubEnvironment(env, [])
    expect(Object.keys(scrubbed).sort()).toEqual(['GITHUB_SHA', 'HOME', 'MY_API_KEY', 'PATH'])
  })
  it('keeps variables named in pass-env', () => {
    const scrubbed = scrubEnvironment(env, ['GITHUB_TOKEN', 'INPUT_SCRIPT'])
    expect(scrubbed.GITHUB_TOKEN).toBe('gh')
    expect(scrubbed.INPUT_SCRIPT).toBe('python x.py')
    expect(scrubbed.ACTIONS_RUNTIME_TOKEN).toBeUndefined()
  })
  it('removes the OTLP header variables (a telemetry API key) but keeps the endpoint', () => {
    const scrubbed = scrubEnvironment(
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
        OTEL_SERVICE_NAME: 'app',
        OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=k',
        OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-api-key=k',
        OTEL_EXPORTER_OTLP_METRICS_HEADERS: 'x-api-key=k',
        OTEL_EXPORTER_OTLP_LOGS_HEADERS: 'x-api-key=k'
      },
      ['OTEL_EXPORTER_OTLP_LOGS_HEADERS']
    )
    expect(Object.keys(scrubbed).sort()).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'OTEL_EXPORTER_OTLP_LOGS_HEADERS',
      'OTEL_SERVICE_NAME'
    ])
  })
  it('is pure', () => {
    const copy = { ...env }
    scrubEnvironment(env, [])
    expect(env).toEqual(copy)
  })
  it('matches names case-insensitively (Windows env names are)', () => {
    expect(isScrubbedEnvName('github_token')).toBe(true)
    expect(isScrubbedEnvName('actions_id_token_request_url')).toBe(true)
    expect(isScrubbedEnvName('GITHUB_TOKENS')).toBe(false)
  })
})

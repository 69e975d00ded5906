import { afterEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ExitCode } from '../../src/errors.js'
import { runGate } from '../../src/pipeline.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

// Telemetry never changes the gate: a collector that refuses, hangs or rejects the request is a
// warning, the wait is bounded by OTEL_EXPORTER_OTLP_TIMEOUT, and the OTLP headers (API keys)
// are sent but never printed. Local receivers on 127.0.0.1 stand in for a collector; the real
// one is in collector.test.ts.

const servers: Server[] = []
const sockets: Socket[] = []
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy()
  await Promise.all(servers.splice(0).map(s => new Promise(resolve => s.close(resolve))))
})

async function listen(server: Server): Promise<string> {
  servers.push(server)
  server.on('connection', s => sockets.push(s))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function closedPort(): Promise<string> {
  const server = createServer()
  const url = await listen(server)
  await new Promise(resolve => server.close(resolve))
  servers.splice(servers.indexOf(server), 1)
  return url
}

async function gate(env: NodeJS.ProcessEnv) {
  const logger = new RecordingLogger()
  const outcome = await runGate(
    createTestSettings({
      workspace: mkdtempSync(path.join(tmpdir(), 'rg-otel-')),
      mode: 'run',
      script: ['python3', '-c', 'print("hi")'],
      gates: ['exit_code==0'],
      sarifFile: '',
      sbomFile: ''
    }),
    { logger, env: { PATH: process.env.PATH, ...env } }
  )
  return { outcome, logger }
}

describe('telemetry export failures', () => {
  it('an unreachable collector is a warning; the gate still passes', async () => {
    // A refused connection is retried until the timeout (the SDK's rule), kept short here.
    const { outcome, logger } = await gate({
      OTEL_EXPORTER_OTLP_ENDPOINT: await closedPort(),
      OTEL_EXPORTER_OTLP_TIMEOUT: '1000'
    })
    expect(outcome.exitCode).toBe(ExitCode.Passed)
    expect(outcome.verdict.passed).toBe(true)
    const warnings = outcome.warnings.filter(w => w.startsWith('telemetry:'))
    expect(warnings).toHaveLength(2)
    expect(warnings.join('\n')).toMatch(/traces not exported/)
    expect(warnings.join('\n')).toMatch(/metrics not exported/)
    expect(logger.text()).toMatch(/warning: telemetry: traces not exported/)
  })

  it('a collector that never answers is given up on after the configured timeout', async () => {
    const requests: string[] = []
    // Reads the request and never answers it.
    const url = await listen(createServer(req => requests.push(req.url ?? '')))
    const { outcome } = await gate({
      OTEL_EXPORTER_OTLP_ENDPOINT: url,
      OTEL_EXPORTER_OTLP_TIMEOUT: '300'
    })
    expect(outcome.exitCode).toBe(ExitCode.Passed)
    expect(requests).toEqual(expect.arrayContaining(['/v1/traces', '/v1/metrics']))
    expect(outcome.warnings.filter(w => w.startsWith('telemetry:'))).toHaveLength(2)
  })

  it('sends the OTLP headers but never prints them, even when the collector echoes them', async () => {
    const key = `k-${randomBytes(12).toString('hex')}`
    const received: IncomingHttpHeaders[] = []
    const url = await listen(
      createServer((req, res) => {
        received.push(req.headers)
        req.resume()
        req.on('end', () => {
          res.writeHead(400, { 'content-type': 'text/plain' })
          res.end(`bad key ${String(req.headers['x-api-key'])}`)
        })
      })
    )
    const { outcome, logger } = await gate({
      OTEL_EXPORTER_OTLP_ENDPOINT: url,
      OTEL_EXPORTER_OTLP_HEADERS: `x-api-key=${key}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json'
    })
    expect(outcome.exitCode).toBe(ExitCode.Passed)
    expect(received.map(h => h['x-api-key'])).toEqual([key, key])
    expect(received.map(h => h['content-type'])).toEqual(['application/json', 'application/json'])
    expect(outcome.warnings.filter(w => w.startsWith('telemetry:'))).toHaveLength(2)
    expect(logger.text()).toMatch(/telemetry: traces not exported to http:\/\/127\.0\.0\.1:\d+/)
    expect(logger.text()).not.toContain(key)
    expect(outcome.summary).not.toContain(key)
    expect(JSON.stringify(outcome.warnings)).not.toContain(key)
  })

  it('grpc is refused with a warning and nothing is sent', async () => {
    const requests: string[] = []
    const url = await listen(
      createServer((req, res) => {
        requests.push(req.url ?? '')
        res.end()
      })
    )
    const { outcome } = await gate({
      OTEL_EXPORTER_OTLP_ENDPOINT: url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc'
    })
    expect(outcome.exitCode).toBe(ExitCode.Passed)
    expect(requests).toEqual([])
    expect(outcome.warnings.filter(w => /"grpc" is not supported/.test(w))).toHaveLength(2)
  })
})

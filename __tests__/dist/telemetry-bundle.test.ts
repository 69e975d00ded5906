import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile } from '../../src/exec.js'
import {
  COLLECTOR,
  COLLECTOR_INSTALL,
  collectorPresent,
  startCollector
} from '../helpers/otel-collector.js'

// The shipped bundles with the OTEL_* variables: the OpenTelemetry SDK and both OTLP exporters
// load from their own chunks (dynamic imports), the trace reaches a real collector, and the
// process exits on its own (no socket kept open) also when the collector cannot be reached.

const root = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(root, 'dist', 'cli', 'index.js')
const ACTION = path.join(root, 'dist', 'index.js')

if (!collectorPresent)
  console.warn(`telemetry bundle tests skipped: no collector at ${COLLECTOR} (install: ${COLLECTOR_INSTALL})`)
const maybe = collectorPresent ? describe : describe.skip

function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-otel-dist-'))
  writeFileSync(path.join(ws, 'app.py'), 'print("hello")\n')
  return ws
}

async function node(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = await execFile(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeoutMs: 120_000
  })
  // A process that does not exit on its own (a socket kept open) is killed at the timeout.
  expect(r.signal ?? null).toBeNull()
  return r
}

function actionEnv(ws: string): NodeJS.ProcessEnv {
  const outputs = path.join(ws, 'github-output.txt')
  const summary = path.join(ws, 'step-summary.md')
  writeFileSync(outputs, '')
  writeFileSync(summary, '')
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '7',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
    INPUT_SCRIPT: 'python3 app.py',
    INPUT_SCANNERS: 'secrets',
    'INPUT_INSTALL-TOOLS': 'false',
    'INPUT_UPLOAD-SARIF': 'false',
    'INPUT_COMMENT-ON-PR': 'false',
    'INPUT_SARIF-FILE': '',
    'INPUT_SBOM-FILE': ''
  }
}

maybe('telemetry from the built bundles', () => {
  it('the CLI and the Action bundles each send their trace and metrics to the collector', async () => {
    const collector = await startCollector()
    const ws = workspace()
    let cli: Awaited<ReturnType<typeof node>>
    let action: Awaited<ReturnType<typeof node>>
    try {
      const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint }
      cli = await node(
        [CLI, 'gate', '--scanners', 'secrets', '--', 'python3', 'app.py'],
        ws,
        { ...otel, OTEL_SERVICE_NAME: 'from-cli' }
      )
      action = await node([ACTION], ws, {
        ...actionEnv(ws),
        ...otel,
        OTEL_SERVICE_NAME: 'from-action',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json'
      })
    } catch (error) {
      await collector.stop()
      throw error
    }
    const got = await collector.stop()
    expect(cli.exitCode).toBe(0)
    expect(action.exitCode).toBe(0)
    expect(cli.stdout + cli.stderr + action.stdout + action.stderr).not.toMatch(
      /telemetry:.*not exported/
    )
    const roots = got.spans.filter(s => s.name === 'runguard gate')
    expect(roots.map(s => s.attributes['runguard.verdict.passed'])).toEqual([true, true])
    for (const name of ['scanner secrets', 'script attempt 1'])
      expect(got.spans.filter(s => s.name === name)).toHaveLength(2)
    const services = got.resources.map(r => r['service.name'])
    expect(new Set(services)).toEqual(new Set(['from-cli', 'from-action']))
    expect(got.metrics.get('runguard.stdout_lines')?.map(p => p.value)).toEqual([1, 1])
  })

  it('an unreachable collector is a warning and the process still exits on its own', async () => {
    const port = await new Promise<number>(resolve => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port
        s.close(() => resolve(p))
      })
    })
    const ws = workspace()
    const r = await node([CLI, 'run', '--', 'python3', 'app.py'], ws, {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_EXPORTER_OTLP_TIMEOUT: '1000',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=never-printed-9f8e7d6c5b'
    })
    expect(r.exitCode).toBe(0)
    expect(r.stdout + r.stderr).toMatch(/telemetry: traces not exported/)
    expect(r.stdout + r.stderr).not.toContain('never-printed-9f8e7d6c5b')
  })
})

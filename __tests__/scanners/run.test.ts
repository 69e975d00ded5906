import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import type { ExecFn } from '../../src/exec.js'
import { execResult } from '../helpers/exec.js'
import type { Logger } from '../../src/logger.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { Component, ToolName, ToolRun } from '../../src/model.js'
import { createRedactor } from '../../src/redact.js'
import type { InstallOptions, InstallResult } from '../../src/scanners/install.js'
import { prepareScanners, runScanners, validateScanSettings } from '../../src/scanners/run.js'
import type { Detection, ScanContext, ScannerAdapter } from '../../src/scanners/types.js'
import { createTestSettings } from '../helpers/settings.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'rg-run-'))
const noExec: ExecFn = () => Promise.reject(new Error('fake adapters do not exec'))

interface FakeBehaviour {
  installed?: boolean | (() => boolean)
  scan?: (ctx: ScanContext) => Promise<ToolRun>
}

function fake(name: ToolName, b: FakeBehaviour = {}): ScannerAdapter {
  return {
    name,
    supportedVersions: '>=1 <2',
    installHint: `pipx install ${name}`,
    detect(): Promise<Detection> {
      const installed = typeof b.installed === 'function' ? b.installed() : (b.installed ?? true)
      return Promise.resolve({ installed, command: [name], version: '1.0.0', supported: true })
    },
    scan(ctx): Promise<ToolRun> {
      return b.scan
        ? b.scan(ctx)
        : Promise.resolve({ tool: name, status: 'ok', durationMs: 1, findings: [], errors: [] })
    }
  }
}

const run = (
  overrides: Parameters<typeof createTestSettings>[0],
  adapters: ScannerAdapter[],
  extra = {}
) => {
  const logger = new RecordingLogger()
  return {
    logger,
    result: runScanners({
      settings: createTestSettings({ workspace, ...overrides }),
      logger,
      exec: noExec,
      env: process.env,
      redactor: createRedactor(['hunter2-secret']),
      components: [],
      adapters,
      ...extra
    })
  }
}

describe('runScanners', () => {
  it('starts the tools before the inventory is read; only OSV-Scanner and Safety wait for it', async () => {
    let release: (c: Component[]) => void = () => undefined
    const inventory = new Promise<Component[]>(r => (release = r))
    const seen: Array<[ToolName, number]> = []
    const scanning = (name: ToolName) =>
      fake(name, {
        scan: ctx => {
          seen.push([name, ctx.components.length])
          return Promise.resolve({
            tool: name,
            status: 'ok',
            durationMs: 1,
            findings: [],
            errors: []
          })
        }
      })
    const adapters = [scanning('semgrep'), scanning('bandit'), scanning('osv-scanner')]
    const { result } = run(
      { scanners: ['semgrep', 'bandit', 'osv-scanner'], maxParallel: 3 },
      adapters,
      {
        components: inventory
      }
    )
    await new Promise(r => setTimeout(r, 50))
    // Semgrep and Bandit scanned while the inventory was still being read.
    expect(seen).toEqual([
      ['semgrep', 0],
      ['bandit', 0]
    ])
    const pinned: Component = {
      ecosystem: 'PyPI',
      name: 'django',
      version: '3.2.0',
      purl: 'pkg:pypi/django@3.2.0',
      file: 'requirements.txt',
      line: 1
    }
    release([pinned])
    expect((await result).map(r => r.status)).toEqual(['ok', 'ok', 'ok'])
    expect(seen[2]).toEqual(['osv-scanner', 1])
  })

  it('a failed inventory fails only the tools that read it', async () => {
    const inventory = Promise.reject(new Error('poetry.lock: bad TOML'))
    const { result } = run({ scanners: ['semgrep', 'safety'] }, [fake('semgrep'), fake('safety')], {
      components: inventory
    })
    const runs = await result
    expect(runs.map(r => r.status)).toEqual(['ok', 'failed'])
    expect(runs[1]?.reason).toContain('poetry.lock: bad TOML')
  })

  it('returns one ToolRun per selected tool, in the selected order', async () => {
    const adapters = [fake('bandit'), fake('semgrep'), fake('secrets')]
    const { result } = run({ scanners: ['secrets', 'bandit'] }, adapters)
    expect((await result).map(r => [r.tool, r.status])).toEqual([
      ['secrets', 'ok'],
      ['bandit', 'ok']
    ])
  })

  it('starts the slowest tools first and still returns the selected order', async () => {
    const startedOrder: ToolName[] = []
    const tracked = (name: ToolName): ScannerAdapter =>
      fake(name, {
        scan: () => {
          startedOrder.push(name)
          return Promise.resolve({
            tool: name,
            status: 'ok',
            durationMs: 1,
            findings: [],
            errors: []
          })
        }
      })
    const names: ToolName[] = ['secrets', 'osv-scanner', 'bandit', 'safety', 'semgrep']
    const { result } = run({ scanners: names, maxParallel: 1 }, names.map(tracked))
    expect((await result).map(r => r.tool)).toEqual(names)
    expect(startedOrder).toEqual(['semgrep', 'bandit', 'safety', 'osv-scanner', 'secrets'])
  })

  it('logs "<tool>: started" right after the tool first spawns, before any other line of its', async () => {
    // The line is redacted, and the first redaction builds the secret detector: it must follow
    // the first scanner's spawn, not delay it. Its place among the tool's lines is unchanged.
    const events: string[] = []
    const logger: Logger = {
      debug: () => undefined,
      info: m => events.push(`info ${m}`),
      warning: m => events.push(`warning ${m}`),
      error: m => events.push(`error ${m}`),
      registerSecret: () => undefined
    }
    const exec: ExecFn = (command, args) => {
      events.push(`spawn ${[command, ...args].join(' ')}`)
      return Promise.resolve(execResult())
    }
    const ok = (tool: ToolName): ToolRun => ({
      tool,
      status: 'ok',
      durationMs: 1,
      findings: [],
      errors: []
    })
    const adapters: ScannerAdapter[] = [
      // Probes its version (a spawn), then scans.
      {
        ...fake('semgrep'),
        detect: async ctx => {
          await ctx.exec('sh', ['-c', 'echo semgrep'])
          return { installed: true, command: ['semgrep'], supported: true }
        },
        scan: async ctx => {
          await ctx.exec('sh', ['-c', 'echo scan semgrep'])
          return ok('semgrep')
        }
      },
      // A cached probe: the first spawn is the scan's, after a detection warning.
      {
        ...fake('bandit'),
        detect: () =>
          Promise.resolve({ installed: true, command: ['bandit'], supported: false, warning: 'w' }),
        scan: async ctx => {
          await ctx.exec('sh', ['-c', 'echo scan bandit'])
          return ok('bandit')
        }
      },
      // In-process: spawns nothing.
      {
        ...fake('secrets'),
        detect: () => Promise.resolve({ installed: true, command: [], supported: true })
      },
      // Not installed: never gets to spawn.
      fake('safety', { installed: false })
    ]
    const runs = await runScanners({
      settings: createTestSettings({
        workspace,
        scanners: ['semgrep', 'bandit', 'safety', 'secrets'],
        maxParallel: 1,
        installTools: false
      }),
      logger,
      exec,
      env: process.env,
      redactor: createRedactor([]),
      components: [],
      adapters,
      heartbeatMs: 0
    })
    expect(runs.map(r => r.status)).toEqual(['ok', 'ok', 'skipped', 'ok'])
    expect(events).toEqual([
      'spawn sh -c echo semgrep',
      'info semgrep: started',
      'spawn sh -c echo scan semgrep',
      'info semgrep: 0 finding(s) in 0.0s',
      'info bandit: started',
      'warning bandit: w',
      'spawn sh -c echo scan bandit',
      'info bandit: 0 finding(s) in 0.0s',
      'info safety: started',
      expect.stringMatching(/^warning safety: skipped — safety is not installed/),
      'info secrets: started',
      'info secrets: 0 finding(s) in 0.0s'
    ])
  })

  it('spawns the first tool within the runScanners call once prepareScanners loaded its adapter', async () => {
    // Adapters load on first use (registry.ts); the first one is loaded up front so that nothing
    // another stage logs (each line builds on the redactor) can come before its spawn.
    const bin = mkdtempSync(path.join(tmpdir(), 'rg-run-bin-'))
    writeFileSync(path.join(bin, 'bandit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
    const spawned: string[] = []
    const exec: ExecFn = (command, args) => {
      spawned.push([path.basename(command), ...args].join(' '))
      return Promise.resolve(
        execResult(
          args.includes('--version')
            ? { stdout: 'bandit 1.9.4' }
            : { exitCode: 0, stdout: '{"errors": [], "results": []}' }
        )
      )
    }
    await prepareScanners(['secrets', 'bandit'])
    const result = runScanners({
      settings: createTestSettings({ workspace, scanners: ['bandit'], installTools: false }),
      logger: new RecordingLogger(),
      exec,
      env: { PATH: bin },
      redactor: createRedactor([]),
      components: [],
      heartbeatMs: 0
    })
    expect(spawned).toEqual(['bandit --version'])
    const runs = await result
    expect(runs.map(r => r.tool)).toEqual(['bandit'])
    expect(spawned[1]).toMatch(/^bandit /)
  })

  it('never runs more than maxParallel tools at once', async () => {
    let running = 0
    let peak = 0
    const slow = (name: ToolName): ScannerAdapter =>
      fake(name, {
        scan: async () => {
          running++
          peak = Math.max(peak, running)
          await new Promise(r => setTimeout(r, 20))
          running--
          return { tool: name, status: 'ok', durationMs: 20, findings: [], errors: [] }
        }
      })
    const names: ToolName[] = ['bandit', 'semgrep', 'safety', 'osv-scanner', 'secrets']
    const { result } = run({ scanners: names, maxParallel: 2 }, names.map(slow))
    expect(await result).toHaveLength(5)
    expect(peak).toBe(2)
  })

  it('runs all tools at once when maxParallel allows it', async () => {
    let running = 0
    let peak = 0
    const gate: Array<() => void> = []
    const names: ToolName[] = ['bandit', 'semgrep', 'safety']
    const adapters = names.map(name =>
      fake(name, {
        scan: async () => {
          running++
          peak = Math.max(peak, running)
          // Finish only once all three have started: proves they overlap.
          if (running === names.length) gate.splice(0).forEach(f => f())
          else await new Promise<void>(r => gate.push(r))
          running--
          return { tool: name, status: 'ok', durationMs: 1, findings: [], errors: [] }
        }
      })
    )
    const { result } = run({ scanners: names, maxParallel: 8 }, adapters)
    expect((await result).every(r => r.status === 'ok')).toBe(true)
    expect(peak).toBe(3)
  })

  it('skips a missing tool with the exact install command', async () => {
    const { result } = run({ scanners: ['bandit'] }, [fake('bandit', { installed: false })])
    const [r] = await result
    expect(r).toMatchObject({
      tool: 'bandit',
      status: 'skipped',
      reason: 'bandit is not installed; install with: pipx install bandit'
    })
  })

  it('fails a missing tool with requireTools', async () => {
    const { result } = run({ scanners: ['bandit'], requireTools: true }, [
      fake('bandit', { installed: false })
    ])
    expect((await result)[0]?.status).toBe('failed')
  })

  it('installs a missing tool with installTools, then runs it', async () => {
    let installed = false
    const calls: Array<[ToolName, InstallOptions]> = []
    const install = (tool: ToolName, o: InstallOptions): Promise<InstallResult> => {
      calls.push([tool, o])
      installed = true
      return Promise.resolve({ ok: true, message: 'installed', commands: [] })
    }
    const { result } = run(
      { scanners: ['semgrep'], installTools: true },
      [fake('semgrep', { installed: () => installed })],
      { install }
    )
    expect((await result)[0]?.status).toBe('ok')
    expect(calls.map(c => c[0])).toEqual(['semgrep'])
  })

  it('says why when installing failed', async () => {
    const install = (): Promise<InstallResult> =>
      Promise.resolve({
        ok: false,
        message: 'pip install semgrep==1.182.0 failed (exit 1)',
        commands: []
      })
    const { result } = run(
      { scanners: ['semgrep'], installTools: true },
      [fake('semgrep', { installed: false })],
      { install }
    )
    const [r] = await result
    expect(r?.status).toBe('skipped')
    expect(r?.reason).toMatch(
      /^semgrep is not installed; install with: pipx install semgrep; installing it into .* failed: pip install/
    )
  })

  it('turns a throwing adapter into a failed ToolRun and keeps the others', async () => {
    const adapters = [
      fake('bandit', { scan: () => Promise.reject(new Error('boom hunter2-secret')) }),
      fake('semgrep')
    ]
    const { result, logger } = run({ scanners: ['bandit', 'semgrep'] }, adapters)
    const runs = await result
    expect(runs.map(r => r.status)).toEqual(['failed', 'ok'])
    expect(runs[0]?.reason).toBe('bandit adapter error: boom ***')
    expect(logger.text()).not.toContain('hunter2-secret')
  })

  it('redacts reasons and errors an adapter returns', async () => {
    const adapters = [
      fake('bandit', {
        scan: () =>
          Promise.resolve({
            tool: 'bandit',
            status: 'failed',
            reason: 'token hunter2-secret leaked',
            durationMs: 1,
            findings: [],
            errors: ['x hunter2-secret']
          })
      })
    ]
    const [r] = await run({ scanners: ['bandit'] }, adapters).result
    expect(r?.reason).toBe('token *** leaked')
    expect(r?.errors).toEqual(['x ***'])
  })

  it('stops waiting for an adapter that never returns and aborts it', async () => {
    let aborted = false
    const adapters = [
      fake('secrets', {
        scan: ctx =>
          new Promise<ToolRun>(() => {
            ctx.signal?.addEventListener('abort', () => (aborted = true))
          })
      }),
      fake('bandit')
    ]
    const [hung, other] = await run(
      { scanners: ['secrets', 'bandit'], toolTimeout: 0.05 },
      adapters
    ).result
    expect(hung).toMatchObject({ tool: 'secrets', status: 'timed-out', version: '1.0.0' })
    expect(hung?.reason).toMatch(/did not finish within 0.05s/)
    expect(aborted).toBe(true)
    expect(other?.status).toBe('ok')
  }, 20_000)

  it('hands PATH with the tools directory to the adapters', async () => {
    const seen: string[] = []
    const exec: ExecFn = (_cmd, _args, o) => {
      seen.push(o?.env?.PATH ?? '')
      return Promise.resolve(execResult({ durationMs: 0 }))
    }
    const toolsDir = mkdtempSync(path.join(tmpdir(), 'rg-tools-'))
    const adapter = fake('bandit', {
      scan: async ctx => {
        await ctx.exec('bandit', [])
        return { tool: 'bandit', status: 'ok', durationMs: 1, findings: [], errors: [] }
      }
    })
    await runScanners({
      settings: createTestSettings({ workspace, scanners: ['bandit'], toolsDir }),
      logger: new RecordingLogger(),
      exec,
      env: process.env,
      redactor: createRedactor(),
      components: [],
      adapters: [adapter]
    })
    const parts = seen[0]!.split(path.delimiter)
    expect(parts).toContain(path.join(toolsDir, 'venv-bandit', 'bin'))
    expect(parts).toContain(path.join(toolsDir, 'bin'))
    // runguard's pinned tools come first (SECURITY.md, promise 8), then the user's PATH.
    expect(parts[0]).toBe(path.join(toolsDir, 'bin'))
    expect(parts).toContain((process.env.PATH ?? '').split(path.delimiter)[0])
  })
})

describe('runScanners cancellation', () => {
  it('stops running tools and does not start the rest when the signal aborts', async () => {
    const controller = new AbortController()
    let sawAbort = false
    const adapters = [
      fake('semgrep', {
        scan: ctx =>
          new Promise<ToolRun>(resolve => {
            ctx.signal?.addEventListener('abort', () => {
              sawAbort = true
              resolve({
                tool: 'semgrep',
                status: 'failed',
                reason: 'semgrep was killed by SIGTERM',
                durationMs: 1,
                findings: [],
                errors: []
              })
            })
            controller.abort()
          })
      }),
      fake('bandit')
    ]
    const runs = await runScanners({
      settings: createTestSettings({ workspace, scanners: ['semgrep', 'bandit'], maxParallel: 1 }),
      logger: new RecordingLogger(),
      exec: noExec,
      env: process.env,
      redactor: createRedactor(),
      components: [],
      adapters,
      signal: controller.signal
    })
    expect(sawAbort).toBe(true)
    expect(runs[0]).toMatchObject({
      status: 'failed',
      reason: 'the scan was cancelled; semgrep was killed by SIGTERM'
    })
    expect(runs[1]).toMatchObject({
      status: 'skipped',
      reason: 'the scan was cancelled before it started'
    })
  })
})

describe('validateScanSettings', () => {
  it('rejects a path outside the workspace or missing', () => {
    expect(() =>
      validateScanSettings(createTestSettings({ workspace, paths: ['../elsewhere'] }))
    ).toThrow(ConfigurationError)
    expect(() =>
      validateScanSettings(createTestSettings({ workspace, paths: ['missing'] }))
    ).toThrow(/does not exist/)
  })

  it("rejects semgrepConfig 'auto' (needs metrics) and an empty rule set", () => {
    expect(() =>
      validateScanSettings(createTestSettings({ workspace, semgrepConfig: ['auto'] }))
    ).toThrow(/metrics/)
    expect(() =>
      validateScanSettings(createTestSettings({ workspace, semgrepNoDefaultRules: true }))
    ).toThrow(/no rules/)
  })

  it('resolves paths', () => {
    expect(validateScanSettings(createTestSettings({ workspace, paths: ['.'] }))).toEqual({
      workspace,
      paths: [workspace]
    })
  })
})

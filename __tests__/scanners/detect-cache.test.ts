import { beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile, type ExecFn } from '../../src/exec.js'
import type { ToolRun } from '../../src/model.js'
import { createRedactor } from '../../src/redact.js'
import { CACHE_FILE, probeKey, resetProbeCache } from '../../src/scanners/detect-cache.js'
import { runScanners } from '../../src/scanners/run.js'
import { detectTool } from '../../src/scanners/support.js'
import type { ScanContext, ScannerAdapter } from '../../src/scanners/types.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

const base = mkdtempSync(path.join(tmpdir(), 'rg-detect-cache-'))
let n = 0

/** A fresh tools dir holding bin/faketool, which counts its runs and prints `banner`. */
function setUp(banner: string, exitCode = 0) {
  n += 1
  const toolsDir = path.join(base, `tools-${n}`)
  const workspace = path.join(base, `ws-${n}`)
  mkdirSync(path.join(toolsDir, 'bin'), { recursive: true })
  mkdirSync(workspace)
  const counter = path.join(base, `count-${n}`)
  const tool = path.join(toolsDir, 'bin', 'faketool')
  const write = (text: string, code: number): void => {
    writeFileSync(tool, `#!/bin/sh\necho run >> "${counter}"\necho "${text}"\nexit ${code}\n`)
    chmodSync(tool, 0o755)
  }
  write(banner, exitCode)
  const runs = (): number =>
    existsSync(counter) ? readFileSync(counter, 'utf8').split('\n').filter(Boolean).length : 0
  const ctx = (cache = true): Parameters<typeof detectTool>[0] => ({
    exec: execFile,
    env: { PATH: `${path.join(toolsDir, 'bin')}:/usr/bin:/bin` },
    workspace,
    ...(cache
      ? { detectCache: { dir: toolsDir, pathFor: (env: NodeJS.ProcessEnv) => env.PATH ?? '' } }
      : {})
  })
  const detect = (cache = true) =>
    detectTool(ctx(cache), {
      tool: 'bandit',
      command: ['faketool'],
      versionArgs: ['--version'],
      supportedVersions: '>=1 <2'
    })
  return { toolsDir, workspace, tool, write, runs, detect }
}

describe('tool detection cache', () => {
  beforeEach(() => resetProbeCache())

  it('probes once, then answers from the cache file in the tools dir (next process too)', async () => {
    const t = setUp('faketool 1.2.3')
    expect(await t.detect()).toMatchObject({ installed: true, version: '1.2.3', supported: true })
    expect(t.runs()).toBe(1)
    expect(existsSync(path.join(t.toolsDir, CACHE_FILE))).toBe(true)
    resetProbeCache() // as a new process would start
    expect(await t.detect()).toMatchObject({ installed: true, version: '1.2.3' })
    expect(t.runs()).toBe(1)
  })

  it('probes again when the program changes (upgrade rewrites it)', async () => {
    const t = setUp('faketool 1.2.3')
    await t.detect()
    t.write('faketool 1.30.0', 0)
    expect(await t.detect()).toMatchObject({ version: '1.30.0' })
    expect(t.runs()).toBe(2)
  })

  it('never caches a failed probe, and probes every time without a cache dir', async () => {
    const broken = setUp('Traceback: something broke', 1)
    await broken.detect()
    await broken.detect()
    expect(broken.runs()).toBe(2)
    const plain = setUp('faketool 1.2.3')
    await plain.detect(false)
    await plain.detect(false)
    expect(plain.runs()).toBe(2)
    expect(existsSync(path.join(plain.toolsDir, CACHE_FILE))).toBe(false)
  })

  it('a corrupt or foreign cache file is ignored, not trusted', async () => {
    const t = setUp('faketool 1.2.3')
    writeFileSync(path.join(t.toolsDir, CACHE_FILE), '{"v":1,"entries":"nope"')
    expect(await t.detect()).toMatchObject({ version: '1.2.3' })
    expect(t.runs()).toBe(1)
  })

  it('a program that is missing or inside the workspace has no key (the probe decides)', () => {
    const t = setUp('faketool 1.2.3')
    expect(probeKey('faketool', [], path.join(t.toolsDir, 'bin'), t.workspace)).toBeDefined()
    expect(probeKey('nothere', [], path.join(t.toolsDir, 'bin'), t.workspace)).toBeUndefined()
    const inside = path.join(t.workspace, 'bin')
    mkdirSync(inside)
    writeFileSync(path.join(inside, 'evil'), '#!/bin/sh\necho 1.0.0\n')
    chmodSync(path.join(inside, 'evil'), 0o755)
    expect(probeKey('evil', [], inside, t.workspace)).toBeUndefined()
  })

  it('runScanners offers the cache only to the real exec', async () => {
    const seen: (string | undefined)[] = []
    const adapter: ScannerAdapter = {
      name: 'bandit',
      supportedVersions: '>=1',
      installHint: 'pipx install bandit',
      detect: (ctx: ScanContext) => {
        seen.push(ctx.detectCache?.dir)
        return Promise.resolve({ installed: true, command: ['bandit'], supported: true })
      },
      scan: (): Promise<ToolRun> =>
        Promise.resolve({ tool: 'bandit', status: 'ok', durationMs: 1, findings: [], errors: [] })
    }
    const t = setUp('x')
    const settings = createTestSettings({
      workspace: t.workspace,
      scanners: ['bandit'],
      toolsDir: t.toolsDir
    })
    const fakeExec: ExecFn = () => Promise.reject(new Error('not used'))
    const common = {
      settings,
      logger: new RecordingLogger(),
      env: {},
      redactor: createRedactor(),
      components: [],
      adapters: [adapter]
    }
    await runScanners({ ...common, exec: fakeExec })
    await runScanners({ ...common, exec: execFile })
    expect(seen).toEqual([undefined, t.toolsDir])
  })
})

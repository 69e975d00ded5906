import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { createRedactor } from '../../src/redact.js'
import { runScript } from '../../src/runner/index.js'
import {
  cachedHelperPython,
  cachedIsolation,
  helperPythonKey,
  isolationKey,
  launchCache,
  rememberHelperPython,
  rememberIsolation
} from '../../src/runner/launch-cache.js'
import { clockTicksFromAuxv } from '../../src/runner/monitor.js'
import { findShimPython, HELPER_SOURCE, probeArgv } from '../../src/runner/shim.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

const base = mkdtempSync(path.join(os.tmpdir(), 'rg-launch-cache-'))
let n = 0

/** A tools dir, a workspace, and a bin dir (outside both) holding an executable `python3`. */
function setUp(): { toolsDir: string; workspace: string; bin: string; python3: string } {
  n += 1
  const toolsDir = path.join(base, `tools-${n}`)
  const workspace = path.join(base, `ws-${n}`)
  const bin = path.join(base, `bin-${n}`)
  for (const d of [toolsDir, workspace, bin]) mkdirSync(d)
  const python3 = path.join(bin, 'python3')
  writeFileSync(python3, '#!/bin/sh\nexit 0\n')
  chmodSync(python3, 0o755)
  return { toolsDir, workspace, bin, python3 }
}

describe('launch cache keys', () => {
  it('keys the helper Python by the python3 PATH finds, and changes when that file does', () => {
    const { toolsDir, workspace, bin, python3 } = setUp()
    const cache = launchCache(toolsDir, workspace)
    expect(cache).toBeDefined()
    const key = helperPythonKey(`${bin}:/usr/bin`, cache!)
    expect(key).toContain(python3)
    writeFileSync(python3, '#!/bin/sh\n# upgraded\nexit 0\n')
    expect(helperPythonKey(`${bin}:/usr/bin`, cache!)).not.toBe(key)
  })

  it('never trusts a python3 or a tools directory inside the workspace', () => {
    const { toolsDir, workspace } = setUp()
    expect(launchCache(path.join(workspace, '.tools'), workspace)).toBeUndefined()
    const inside = path.join(workspace, 'bin')
    mkdirSync(inside)
    writeFileSync(path.join(inside, 'python3'), '#!/bin/sh\n', { mode: 0o755 })
    expect(helperPythonKey(inside, launchCache(toolsDir, workspace)!)).toBeUndefined()
  })

  it('forgets a remembered interpreter once that file has changed', () => {
    const { toolsDir, workspace, bin, python3 } = setUp()
    const cache = launchCache(toolsDir, workspace)!
    const key = helperPythonKey(bin, cache)!
    rememberHelperPython(key, python3, cache)
    expect(cachedHelperPython(key, cache)).toBe(python3)
    writeFileSync(python3, '#!/bin/sh\n# replaced by something else\n')
    expect(cachedHelperPython(key, cache)).toBeUndefined()
  })

  it('keys isolation by the helper source too, and keeps only root or sudo', () => {
    const { toolsDir, workspace, python3 } = setUp()
    const cache = launchCache(toolsDir, workspace)!
    const key = isolationKey(python3, 'helper v1', cache)!
    expect(isolationKey(python3, 'helper v2', cache)).not.toBe(key)
    expect(cachedIsolation(key, cache)).toBeUndefined()
    rememberIsolation(key, 'root', cache)
    expect(cachedIsolation(key, cache)).toBe('root')
  })
})

describe('clock ticks from the auxiliary vector', () => {
  it('reads AT_CLKTCK (17) and stops at AT_NULL', () => {
    const words = (pairs: Array<[number, number]>): Buffer => {
      const b = Buffer.alloc(pairs.length * 16)
      pairs.forEach(([t, v], i) => {
        b.writeBigUInt64LE(BigInt(t), i * 16)
        b.writeBigUInt64LE(BigInt(v), i * 16 + 8)
      })
      return b
    }
    expect(
      clockTicksFromAuxv(
        words([
          [6, 4096],
          [17, 250],
          [0, 0]
        ])
      )
    ).toBe(250)
    expect(
      clockTicksFromAuxv(
        words([
          [6, 4096],
          [0, 0],
          [17, 250]
        ])
      )
    ).toBeUndefined()
    expect(clockTicksFromAuxv(Buffer.alloc(0))).toBeUndefined()
  })
})

// A remembered answer that is wrong (here: "through sudo", where the script's PATH has no sudo)
// must cost one live re-probe, never the run. Needs root (the live answer is then "root").
const python = process.platform === 'linux' ? findShimPython() : undefined
function namespacesWork(): boolean {
  if (!python || process.getuid?.() !== 0) return false
  try {
    execFileSync(python, probeArgv(python).slice(1), { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const maybe = namespacesWork() ? describe : describe.skip

maybe('a stale remembered isolation answer', () => {
  it('is forgotten, probed again live, and the script still runs isolated', async () => {
    const { toolsDir, workspace } = setUp()
    const settings = createTestSettings({
      workspace,
      toolsDir,
      script: [python!, '-c', 'pass'],
      isolation: 'auto'
    })
    const cache = launchCache(settings.toolsDir, settings.workspace)!
    const key = isolationKey(python!, HELPER_SOURCE, cache)!
    rememberIsolation(key, 'sudo', cache)
    const logger = new RecordingLogger()
    const outcome = await runScript({
      settings,
      logger,
      redactor: createRedactor(),
      env: { PATH: path.dirname(python!) }
    })
    expect(outcome.final.exit_code).toBe(0)
    expect(outcome.isolation).toMatch(/^isolation: on \(own PID and mount namespaces via root/)
    expect(logger.entries.some(e => e.message.includes('probed again'))).toBe(true)
    expect(cachedIsolation(key, cache)).toBe('root')
  })
})

import { describe, expect, it } from '@jest/globals'
import {
  GateSyntaxError,
  parseSettings,
  SETTING_KEYS,
  settingsSchema
} from '../../src/config/schema.js'

// parseSettings builds only the given settings' schemas and fills the rest with their defaults;
// it must give exactly what the whole schema gives: the same Settings (keys in the same order)
// or the same issues, for every setting.

type Outcome =
  | { ok: true; keys: string[]; data: unknown }
  | { ok: false; issues: Array<{ code: string; path: PropertyKey[]; message: string }> }
  | { thrown: string }

function viaWhole(raw: Record<string, unknown>): Outcome {
  try {
    const r = settingsSchema.safeParse(raw)
    if (r.success) return { ok: true, keys: Object.keys(r.data), data: r.data }
    return {
      ok: false,
      issues: r.error.issues.map(i => ({ code: i.code, path: i.path, message: i.message }))
    }
  } catch (error) {
    if (error instanceof GateSyntaxError) return { thrown: error.message }
    throw error
  }
}

function viaParseSettings(raw: Record<string, unknown>): Outcome {
  try {
    const r = parseSettings(raw)
    if (r.success) return { ok: true, keys: Object.keys(r.data), data: r.data }
    return {
      ok: false,
      issues: r.issues.map(i => ({ code: i.code, path: i.path, message: i.message }))
    }
  } catch (error) {
    if (error instanceof GateSyntaxError) return { thrown: error.message }
    throw error
  }
}

/** The first issue decides the error message (config/load.ts), so it must be the same one. */
function expectSame(raw: Record<string, unknown>): Outcome {
  const whole = viaWhole(raw)
  const fast = viaParseSettings(raw)
  if ('ok' in whole && !whole.ok && 'ok' in fast && !fast.ok) {
    expect(fast.issues[0]).toEqual(whole.issues[0])
  } else {
    expect(fast).toEqual(whole)
  }
  return whole
}

const base = { workspace: '/work/example', mode: 'run', runtime: 'cli' }

describe('parseSettings gives what the whole schema gives', () => {
  it('with nothing given: every default', () => {
    const outcome = expectSame({})
    expect(outcome).toMatchObject({ ok: true })
  })

  it('for the CLI and the Action shapes', () => {
    expectSame({ ...base, script: ['python3', '-c', 'pass'] })
    expectSame({ ...base, mode: 'gate', runtime: 'action', scanners: ['osv', 'bandit', 'osv'] })
    expectSame({
      ...base,
      gates: ['memory_max_mb<=100', { metric_name: 'cpu_max', max_value: 90 }],
      timeout: '30',
      retryOnExitCodes: ['1', 2],
      regressionThresholds: { cpu_max: '5' },
      failOn: 'HIGH',
      allowLicenses: ['MIT', 'Apache-2.0']
    })
  })

  it('for every setting given alone, as undefined, as a wrong type and as an empty string', () => {
    for (const key of SETTING_KEYS) {
      for (const value of [undefined, {}, '', 7, [''], true]) {
        expectSame({ ...base, [key]: value })
      }
    }
  })

  it('for unknown keys, alone and after an invalid value', () => {
    const unknown = expectSame({ ...base, failOnn: 'high' })
    expect(unknown).toMatchObject({ ok: false, issues: [{ code: 'unrecognized_keys' }] })
    expectSame({ ...base, failOnn: 'high', timeout: -1 })
  })

  it('for the checks across settings and a bad gate', () => {
    const both = expectSame({ ...base, allowLicenses: ['MIT'], denyLicenses: ['GPL-3.0-only'] })
    expect(both).toMatchObject({ ok: false, issues: [{ path: ['denyLicenses'] }] })
    const gate = expectSame({ ...base, gates: ['cpu_max <> 3'] })
    expect(gate).toHaveProperty('thrown')
  })

  it('returns defaults that are copies, not shared with the next parse', () => {
    const first = parseSettings({ ...base })
    const second = parseSettings({ ...base })
    if (!first.success || !second.success) throw new Error('expected valid settings')
    expect(first.data.exclude).not.toBe(second.data.exclude)
    expect(first.data.regressionThresholds).not.toBe(second.data.regressionThresholds)
  })
})

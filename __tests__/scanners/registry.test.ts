import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { TOOL_NAMES, type ToolName } from '../../src/model.js'
import { SCANNERS } from '../../src/scanners/registry.js'
import type { ScannerAdapter } from '../../src/scanners/types.js'

/** Files in src/scanners that are helpers, not adapters (keep in sync when adding one). */
const HELPERS = new Set([
  'types',
  'registry',
  'run',
  'install',
  'paths',
  'severity',
  'support',
  'dependencies',
  'code-scanner',
  'dependency-scanner',
  'output-schema',
  'report-stream',
  'detect-cache',
  'severity-score',
  'safety-batch'
])

const dir = path.join(process.cwd(), 'src', 'scanners')
const adapterFiles = readdirSync(dir)
  .filter(f => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map(f => f.replace(/\.ts$/, ''))
  .filter(f => !HELPERS.has(f))

function isAdapter(value: unknown): value is ScannerAdapter {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ScannerAdapter).name === 'string' &&
    typeof (value as ScannerAdapter).scan === 'function' &&
    typeof (value as ScannerAdapter).detect === 'function'
  )
}

describe('scanner registry', () => {
  it('lists every tool of TOOL_NAMES exactly once, in that order', () => {
    expect(Object.keys(SCANNERS)).toEqual([...TOOL_NAMES])
  })

  it('has one adapter file per tool, named after it', () => {
    expect([...adapterFiles].sort()).toEqual([...TOOL_NAMES].sort())
  })

  it.each(adapterFiles)('registers the adapter exported by %s.ts', async file => {
    const mod = (await import(pathToFileURL(path.join(dir, `${file}.ts`)).href)) as Record<
      string,
      unknown
    >
    const adapters = Object.values(mod).filter(isAdapter)
    expect(adapters).toHaveLength(1)
    expect(adapters[0]!.name).toBe(file)
    // The registry's entry for the tool loads this very adapter.
    expect(await SCANNERS[file as ToolName]()).toBe(adapters[0])
  })

  it('gives every adapter an install hint and a semver range', async () => {
    for (const name of TOOL_NAMES) {
      const s = await SCANNERS[name]()
      expect(s.name).toBe(name)
      expect(s.installHint).not.toBe('')
      expect(s.supportedVersions).toMatch(/\d/)
    }
  })
})

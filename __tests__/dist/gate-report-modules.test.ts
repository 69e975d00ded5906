import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { firstSpawnPreload, runWithPreload, standInBanditWorkspace } from '../helpers/first-spawn.js'

/**
 * The CLI's gate loads its report writers while the scanners run, not after the script: every
 * bundle chunk Node loads is listed in order (a module hook), with a line for each process
 * spawned (a wrapped `spawn`), and each writer's chunk must come before the script's process.
 * Each writer is recognised by a string its own code holds; the last test checks each is in
 * the bundle, so a marker that no longer matches fails instead of passing for nothing.
 */

const root = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(root, 'dist', 'cli', 'index.js')
const dist = path.dirname(CLI)

/** Report writers, by a string each one's code holds. */
const WRITERS: Record<string, string> = {
  sarif: 'https://json.schemastore.org/sarif-2.1.0.json',
  sbom: 'runguard:source',
  tap: 'TAP version 14',
  junit: 'testsuites'
}

const tmp = mkdtempSync(path.join(tmpdir(), 'rg-gate-modules-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Chunk files loaded before the first process that is neither the scanner nor git. */
function beforeScript(): { chunks: string[]; program: string; log: string } {
  const { ws, bin } = standInBanditWorkspace(tmp)
  const list = path.join(tmp, 'loaded.txt')
  writeFileSync(list, '')
  const out = path.join(tmp, 'out')
  const r = runWithPreload(
    firstSpawnPreload(list, { everySpawn: true }),
    [
      CLI,
      'gate',
      '--workspace',
      ws,
      '--scanners',
      'bandit',
      '--no-scan-environment',
      '--tools-dir',
      path.join(tmp, 'tools'),
      '--sarif-file',
      path.join(out, 'r.sarif'),
      '--sbom-file',
      path.join(out, 'r.cdx.json'),
      '--tap-file',
      path.join(out, 'r.tap'),
      '--junit-file',
      path.join(out, 'r.xml'),
      '--fail-on',
      'none',
      '--',
      'python3',
      'app.py'
    ],
    {
      cwd: ws,
      env: {
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        HOME: process.env.HOME,
        CI: 'true',
        NODE_DISABLE_COMPILE_CACHE: '1'
      }
    }
  )
  expect({ status: r.status, stderr: r.stderr.slice(-2000) }).toEqual({
    status: 0,
    stderr: expect.any(String)
  })
  const lines = readFileSync(list, 'utf8').split('\n').filter(Boolean)
  const at = lines.findIndex(
    l => l.startsWith('SPAWN ') && !['bandit', 'git'].includes(path.basename(l.slice(6)))
  )
  expect(at).toBeGreaterThan(0)
  const chunks = [
    ...new Set(
      lines
        .slice(0, at)
        .filter(u => u.startsWith(pathToFileURL(dist).href + '/'))
        .map(u => fileURLToPath(u))
    )
  ]
  return { chunks, program: lines[at]!.slice(6), log: r.stderr }
}

describe('the CLI gate before its script starts', () => {
  it('has loaded every report writer it will use', () => {
    // The CLI logs to stderr; the script's output is relayed there too.
    const { chunks, log } = beforeScript()
    expect(log).toContain('bandit: started')
    expect(log).toContain('hello')
    const loaded = Object.fromEntries(
      Object.entries(WRITERS).map(([writer, marker]) => [
        writer,
        chunks.some(c => readFileSync(c, 'utf8').includes(marker))
      ])
    )
    expect(loaded).toEqual(Object.fromEntries(Object.keys(WRITERS).map(w => [w, true])))
  })

  it('recognises each writer by a string that is in the bundle', () => {
    const bundle = readdirSync(dist)
      .filter(f => f.endsWith('.js'))
      .map(f => readFileSync(path.join(dist, f), 'utf8'))
    for (const marker of Object.values(WRITERS))
      expect({ marker, found: bundle.some(text => text.includes(marker)) }).toEqual({
        marker,
        found: true
      })
  })
})

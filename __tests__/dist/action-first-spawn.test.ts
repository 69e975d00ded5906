import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  firstSpawnPreload,
  runWithPreload,
  loadedBeforeFirstSpawn,
  standInBanditWorkspace
} from '../helpers/first-spawn.js'

/**
 * The Action's first scanner is spawned before code it does not need is loaded: every bundle
 * chunk Node loads before that spawn is listed (a module hook, plus a wrapped `spawn` that marks
 * the first one), and none may hold a library only later steps use. Each library is recognised
 * by a name its own code defines; the last test checks each name is in the bundle, so a marker
 * that no longer matches fails instead of passing for nothing.
 */

const root = path.resolve(import.meta.dirname, '../..')
const ACTION = path.join(root, 'dist', 'index.js')
const dist = path.dirname(ACTION)

/** Libraries the first spawn does not need, by a name each defines. */
const LATER: Record<string, string> = {
  // The CVSS calculator: Safety and OSV-Scanner scores, when their results are parsed.
  'ae-cvss-calculator': 'CvssVector',
  // packageurl-js builds an Intl.Collator as it loads: the inventory, read while tools run.
  'packageurl-js': 'PurlQualifierNames',
  // fflate: OSV-Scanner's offline database.
  fflate: 'FlateErrorCode',
  // spdx-satisfies: the installed environment's licence policy.
  'spdx-satisfies': 'is not a simple license identifier'
}

const tmp = mkdtempSync(path.join(tmpdir(), 'rg-first-spawn-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Chunk files loaded before the first spawn, and the spawned program. */
function beforeFirstSpawn(): { chunks: string[]; program: string; stdout: string } {
  const { ws, bin } = standInBanditWorkspace(tmp)
  const list = path.join(tmp, 'loaded.txt')
  writeFileSync(list, '')
  const preload = firstSpawnPreload(list)
  const github = path.join(tmp, 'github')
  mkdirSync(github, { recursive: true })
  writeFileSync(path.join(github, 'output'), '')
  writeFileSync(path.join(github, 'summary'), '')
  const r = runWithPreload(
    preload,
    [ACTION],
    {
      cwd: ws,
      env: {
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: ws,
        GITHUB_OUTPUT: path.join(github, 'output'),
        GITHUB_STEP_SUMMARY: path.join(github, 'summary'),
        RUNNER_TEMP: tmp,
        NODE_DISABLE_COMPILE_CACHE: '1',
        INPUT_SCANNERS: 'bandit',
        'INPUT_TOOLS-DIR': path.join(tmp, 'tools'),
        'INPUT_SARIF-FILE': path.join(tmp, 'out', 'runguard.sarif'),
        'INPUT_FAIL-ON': 'none'
      }
    }
  )
  expect({ status: r.status, stderr: r.stderr.slice(-2000) }).toEqual({ status: 0, stderr: expect.any(String) })
  const { urls, program } = loadedBeforeFirstSpawn(list)
  expect(program).toBeDefined()
  const chunks = urls
    .filter(u => u.startsWith(pathToFileURL(dist).href + '/'))
    .map(u => fileURLToPath(u))
  return { chunks, program: program!, stdout: r.stdout }
}

describe('the Action bundle before its first scanner spawns', () => {
  it('has loaded none of the libraries only later steps use', () => {
    const { chunks, program, stdout } = beforeFirstSpawn()
    expect(path.basename(program)).toBe('bandit')
    expect(stdout).toContain('bandit: started')
    expect(chunks).toContain(ACTION)
    const loaded = Object.fromEntries(
      Object.entries(LATER).map(([lib, marker]) => [
        lib,
        chunks.filter(c => readFileSync(c, 'utf8').includes(marker)).map(c => path.basename(c))
      ])
    )
    expect(loaded).toEqual(Object.fromEntries(Object.keys(LATER).map(lib => [lib, []])))
  })

  it('recognises each of those libraries by a name that is in the bundle', () => {
    const bundle = readdirSync(dist)
      .filter(f => f.endsWith('.js'))
      .map(f => readFileSync(path.join(dist, f), 'utf8'))
    for (const marker of Object.values(LATER))
      expect({ marker, found: bundle.some(text => text.includes(marker)) }).toEqual({
        marker,
        found: true
      })
  })
})

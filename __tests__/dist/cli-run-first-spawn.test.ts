import { afterAll, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { firstSpawnPreload, runWithPreload, loadedBeforeFirstSpawn } from '../helpers/first-spawn.js'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'

/**
 * The built CLI's `run` spawns the script before it loads the secret detector's rules (they
 * build every expression as they load), and still prints no line of the script's output the
 * detector has not seen: the script prints a token nobody told runguard about, which only the
 * detector can recognise. Without a config or ignore file it never loads the YAML parser.
 */

const root = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(root, 'dist', 'cli', 'index.js')
const dist = path.dirname(CLI)
// Defined by the rules' module (src/secrets/rules/), so it marks the chunk that holds them.
const RULES_MARKER = 'huggingface-token'
// Defined by the yaml package.
const YAML_MARKER = 'class YAMLParseError'

const tmp = mkdtempSync(path.join(tmpdir(), 'rg-cli-first-spawn-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** The bundle files whose text contains `marker`. */
function chunksWith(marker: string): string[] {
  return readdirSync(dist).filter(
    f => f.endsWith('.js') && readFileSync(path.join(dist, f), 'utf8').includes(marker)
  )
}

it('run: the secret rules load after the script is spawned, its output is still redacted, and YAML never loads', () => {
  const token = (GENERATORS['huggingface-token'] as (r: () => number) => Sample)(seeded(7)).value
  const list = path.join(tmp, 'loaded.txt')
  writeFileSync(list, '')
  const r = runWithPreload(
    firstSpawnPreload(list),
    [
      CLI,
      'run',
      '--',
      'python3',
      '-c',
      `print("token ${token}")`
    ],
    {
      cwd: tmp,
      env: {
        PATH: process.env.PATH,
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
  expect(r.stdout + r.stderr).not.toContain(token)
  expect(r.stderr).toContain('token ***')

  const rules = chunksWith(RULES_MARKER)
  const yaml = chunksWith(YAML_MARKER)
  // The markers still name their chunks: otherwise this test would pass for nothing.
  expect(rules.length).toBeGreaterThan(0)
  expect(yaml.length).toBeGreaterThan(0)
  const { urls, program } = loadedBeforeFirstSpawn(list)
  expect(program).toBeDefined()
  const before = urls.filter(u => u.startsWith('file:')).map(u => path.basename(fileURLToPath(u)))
  expect(before).toContain('index.js')
  expect(before.filter(f => rules.includes(f))).toEqual([])
  const all = readFileSync(list, 'utf8')
    .split('\n')
    .filter(l => l.startsWith('file:'))
    .map(u => path.basename(fileURLToPath(u)))
  // The rules did load (after the spawn): the redaction above was theirs.
  expect(all.filter(f => rules.includes(f)).length).toBeGreaterThan(0)
  expect(all.filter(f => yaml.includes(f))).toEqual([])
})

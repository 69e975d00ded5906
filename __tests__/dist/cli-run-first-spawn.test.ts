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

/** A minimal environment (no runner tokens, compile cache off) in the scratch directory. */
const RUN_OPTIONS = {
  cwd: tmp,
  env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', NODE_DISABLE_COMPILE_CACHE: '1' }
}

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
    RUN_OPTIONS
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

// Defined by the modules `run` needs only once its script has ended (or never, for the import
// record and, without a terminal, the status line).
const END_MARKERS = {
  policy: 'function applyPolicy(',
  dedupe: 'function groupFindings(',
  summary: 'function renderSummary(',
  table: 'function formatResultTable('
}
const NEVER_MARKERS = {
  importRecord: 'function startImportRecord(',
  statusLine: 'class StatusLine'
}
// The script waits until every named chunk has been loaded, then exits: what the end needs
// must load while the script runs. The bound only keeps a broken build from hanging the test.
const WAIT_FOR_CHUNKS = `import sys, time
listed, names = sys.argv[1], sys.argv[2:]
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    with open(listed) as f:
        text = f.read()
    if all(name in text for name in names):
        sys.exit(0)
    time.sleep(0.02)
print("not loaded while the script ran:", [n for n in names if n not in text])
sys.exit(3)
`

it('run: policy, dedupe, summary and the result table load while the script runs, not before it', () => {
  const list = path.join(tmp, 'loaded-end.txt')
  writeFileSync(list, '')
  const chunksOf = (markers: Record<string, string>): Record<string, string[]> =>
    Object.fromEntries(Object.entries(markers).map(([k, m]) => [k, chunksWith(m)]))
  const end = chunksOf(END_MARKERS)
  const never = chunksOf(NEVER_MARKERS)
  // Every marker still names a chunk: otherwise this test would pass for nothing.
  for (const files of [...Object.values(end), ...Object.values(never)])
    expect(files.length).toBeGreaterThan(0)
  const waitFor = [...new Set(Object.values(end).flat())].map(f => `/${f}`)
  const r = runWithPreload(
    firstSpawnPreload(list),
    [CLI, 'run', '--', 'python3', '-c', WAIT_FOR_CHUNKS, list, ...waitFor],
    RUN_OPTIONS
  )
  const lines = readFileSync(list, 'utf8').split('\n').filter(Boolean)
  const spawned = lines.findIndex(l => l.startsWith('SPAWN '))
  const exited = lines.indexOf('EXIT')
  expect(spawned).toBeGreaterThan(0)
  expect(exited).toBeGreaterThan(spawned)
  const names = (from: number, to: number): string[] =>
    lines
      .slice(from, to)
      .filter(l => l.startsWith('file:'))
      .map(u => path.basename(fileURLToPath(u)))
  const before = names(0, spawned)
  const during = names(spawned, exited)
  const loaded = (files: Record<string, string[]>, seen: string[]): Record<string, boolean> =>
    Object.fromEntries(Object.entries(files).map(([k, f]) => [k, f.some(c => seen.includes(c))]))
  expect(loaded({ ...end, ...never }, before)).toEqual({
    policy: false,
    dedupe: false,
    summary: false,
    table: false,
    importRecord: false,
    statusLine: false
  })
  // The script exits 3 when they did not all load while it ran (its message is on stderr).
  expect({ status: r.status, stderr: r.stderr.slice(-2000) }).toEqual({
    status: 0,
    stderr: expect.any(String)
  })
  expect(loaded(end, during)).toEqual({ policy: true, dedupe: true, summary: true, table: true })
  expect(loaded(never, names(0, lines.length))).toEqual({ importRecord: false, statusLine: false })
})

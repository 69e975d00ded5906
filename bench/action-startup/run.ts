// Action start-up as the runner sees it: `node dist/index.js` with the step's inputs as INPUT_*
// variables (what the runner does for `runs: node24`), timed from spawning Node to the moment
// the first scanner process starts. The scanner is a stand-in: a shell script named `bandit`,
// first on PATH, that records the wall clock when it starts (`date +%s%N`, first call only),
// answers `--version`, and prints an empty Bandit report. The anchor, in the same run, is Node
// spawning that same stand-in (`node -e <spawn it>`): Node's start and one process spawn, the
// floor under any Action. Target: at most 0.15 s over the anchor.
//
//   node --import ./bench/register.mjs bench/action-startup/run.ts [rounds=10]
//        [--node PATH]... [--action label=path/to/index.js]... [--no-doc]
//
// --node (repeatable) measures under other Node binaries (default: the one running this). On a
// Node with module.enableCompileCache (≥ 22.1) each variant runs three ways: the compile cache
// off (NODE_DISABLE_COMPILE_CACHE=1), cold (a new empty cache directory every run: a fresh
// hosted runner, which starts with an empty /tmp) and warm (a directory the warm-up filled: a
// self-hosted runner). Needs `npm run build`. --no-doc prints without writing the fragment.
//
// The floor row, per Node: Node importing the bundle chunks the last --action loads before its
// first spawn (found by a module hook in a separate start), executing none of their code, then
// spawning the stand-in: what no change to runguard's own code can go under without loading
// fewer bytes.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { machine, median, s } from '../whole-process.js'
import { firstSpawnPreload, loadedBeforeFirstSpawn } from '../../__tests__/helpers/first-spawn.js'

const argv = process.argv.slice(2)
const rounds = Number(argv.find(a => /^\d+$/.test(a)) ?? 10)
const root = process.cwd()
const values = (flag: string): string[] =>
  argv.flatMap((a, i) => (a === flag && argv[i + 1] ? [argv[i + 1]!] : []))
// --action label=path (repeatable) compares builds in the same run, like the CLI benches' --cli.
const actions = values('--action').map(entry => {
  const eq = entry.indexOf('=')
  return { label: entry.slice(0, eq), file: path.resolve(root, entry.slice(eq + 1)) }
})
if (actions.length === 0) actions.push({ label: 'current', file: path.join(root, 'dist/index.js') })
for (const a of actions)
  if (!fs.existsSync(a.file)) throw new Error(`${a.file} does not exist: run npm run build`)
const nodes = values('--node').map(n => path.resolve(n))
if (nodes.length === 0) nodes.push(process.execPath)

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-action-startup-'))
const ws = path.join(tmp, 'workspace')
const bin = path.join(tmp, 'bin')
const stamp = path.join(tmp, 'first-spawn')
fs.mkdirSync(ws)
fs.mkdirSync(bin)
fs.writeFileSync(path.join(ws, 'app.py'), 'print("hello")\n')
// set -C: only the first process to start creates the stamp (the version probe or the scan).
fs.writeFileSync(
  path.join(bin, 'bandit'),
  [
    '#!/bin/sh',
    `( set -C; date +%s%N > '${stamp}' ) 2>/dev/null`,
    'if [ "$1" = "--version" ]; then echo "bandit 1.9.4"; exit 0; fi',
    `echo '{"errors": [], "results": [], "metrics": {"_totals": {}}}'`,
    'exit 0',
    ''
  ].join('\n'),
  { mode: 0o755 }
)

interface Variant {
  label: string
  argv: string[]
  env: NodeJS.ProcessEnv
  /** Runs before every start (a fresh compile cache directory). */
  before?: () => void
}

// The runner's environment for a step, without anything the caller's shell had as inputs.
const baseEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('NODE_'))
)
const outputs = path.join(tmp, 'github')
fs.mkdirSync(outputs)
const actionEnv: NodeJS.ProcessEnv = {
  ...baseEnv,
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: ws,
  GITHUB_OUTPUT: path.join(outputs, 'output'),
  GITHUB_STEP_SUMMARY: path.join(outputs, 'summary'),
  RUNNER_TEMP: tmp,
  INPUT_SCANNERS: 'bandit',
  'INPUT_TOOLS-DIR': path.join(tmp, 'tools'),
  'INPUT_SARIF-FILE': path.join(tmp, 'out', 'runguard.sarif'),
  'INPUT_FAIL-ON': 'none'
}
const SPAWN_STAND_IN = `require('child_process').spawn(process.argv[1], ['--version'], { stdio: 'ignore' })`

function nodeVersion(node: string): string {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
}

function hasCompileCache(node: string): boolean {
  const r = spawnSync(node, ['-p', 'typeof require("node:module").enableCompileCache'], {
    encoding: 'utf8'
  })
  return r.stdout.trim() === 'function'
}

/** Files in a directory tree (to check that the compile cache really fills). */
function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter(e => e.isFile())
    .length
}

/**
 * The chunk files (URLs) `node <entry>` loads before it first spawns a process, in load order:
 * a module hook lists every file loaded and a wrapped `spawn` marks the first spawn in the list.
 */
function chunksBeforeSpawn(node: string, entry: string): string[] {
  const list = path.join(tmp, `loaded-${Math.random().toString(36).slice(2)}.txt`)
  const preload = firstSpawnPreload(list)
  fs.writeFileSync(list, '')
  fs.writeFileSync(actionEnv.GITHUB_OUTPUT!, '')
  fs.writeFileSync(actionEnv.GITHUB_STEP_SUMMARY!, '')
  fs.rmSync(path.join(tmp, 'out'), { recursive: true, force: true })
  const r = spawnSync(
    node,
    ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, entry],
    { cwd: ws, env: actionEnv, encoding: 'utf8' }
  )
  if (r.status !== 0)
    throw new Error(`${entry} exited ${r.status} while listing its chunks:\n${r.stdout}${r.stderr}`)
  const before = loadedBeforeFirstSpawn(list).urls
  const dir = pathToFileURL(path.dirname(entry)).href + '/'
  // The entry itself is left out: importing it would run the Action.
  const own = pathToFileURL(entry).href
  return before.filter(u => u !== own && u.startsWith(dir))
}

// Importing a chunk of ncc's ESM output evaluates only `export const modules = { id: fn, … }`:
// the functions are parsed and created, none is called.
const FLOOR = `const [standIn, ...chunks] = process.argv.slice(1)
for (const url of chunks) await import(url);
(await import('node:child_process')).spawn(standIn, ['--version'], { stdio: 'ignore' })`

const variants: Variant[] = []
const warmDirs: string[] = []
const floorBytes: string[] = []
for (const node of nodes) {
  const version = nodeVersion(node)
  const anchorEnv = { ...actionEnv }
  variants.push({
    label: `${version}: node -e <spawn the stand-in> (anchor)`,
    argv: [node, '-e', SPAWN_STAND_IN, path.join(bin, 'bandit')],
    env: anchorEnv
  })
  const cache = hasCompileCache(node)
  const last = actions[actions.length - 1]!
  const chunks = chunksBeforeSpawn(node, last.file)
  const bytes = chunks.reduce((sum, u) => sum + fs.statSync(new URL(u)).size, 0)
  floorBytes.push(`${version}: ${chunks.length} chunks, ${(bytes / 1e6).toFixed(2)} MB`)
  const floorArgv = [node, '--input-type=module', '-e', FLOOR, path.join(bin, 'bandit'), ...chunks]
  const floorName = `${version}: floor: node loading the ${chunks.length} chunks '${last.label}' loads before its first spawn, executing none, then spawning`
  if (!cache) variants.push({ label: floorName, argv: floorArgv, env: actionEnv })
  else {
    variants.push({
      label: `${floorName}, compile cache off`,
      argv: floorArgv,
      env: { ...actionEnv, NODE_DISABLE_COMPILE_CACHE: '1' }
    })
    const floorCold = path.join(tmp, `cache-cold-floor-${variants.length}`)
    variants.push({
      label: `${floorName}, compile cache cold`,
      argv: floorArgv,
      env: { ...actionEnv, NODE_COMPILE_CACHE: floorCold },
      before: () => fs.rmSync(floorCold, { recursive: true, force: true })
    })
  }
  for (const { label, file } of actions) {
    const name = `${version}: ${label}`
    if (!cache) {
      variants.push({ label: name, argv: [node, file], env: actionEnv })
      continue
    }
    const off = { ...actionEnv, NODE_DISABLE_COMPILE_CACHE: '1' }
    variants.push({ label: `${name}, compile cache off`, argv: [node, file], env: off })
    const cold = path.join(tmp, `cache-cold-${variants.length}`)
    variants.push({
      label: `${name}, compile cache cold`,
      argv: [node, file],
      env: { ...actionEnv, NODE_COMPILE_CACHE: cold },
      before: () => fs.rmSync(cold, { recursive: true, force: true })
    })
    const warm = path.join(tmp, `cache-warm-${variants.length}`)
    warmDirs.push(warm)
    variants.push({
      label: `${name}, compile cache warm`,
      argv: [node, file],
      env: { ...actionEnv, NODE_COMPILE_CACHE: warm }
    })
  }
}

interface Sample {
  firstSpawn: number
  total: number
}

/** One start: seconds from spawning Node to the stand-in's first start, and to Node's exit. */
function once(v: Variant): Promise<Sample> {
  v.before?.()
  // The runner creates both files before the step starts.
  fs.writeFileSync(actionEnv.GITHUB_OUTPUT!, '')
  fs.writeFileSync(actionEnv.GITHUB_STEP_SUMMARY!, '')
  fs.rmSync(stamp, { force: true })
  fs.rmSync(path.join(tmp, 'out'), { recursive: true, force: true })
  const [program, ...args] = v.argv
  return new Promise((resolve, reject) => {
    let stderr = ''
    const startedNs = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6))
    const started = performance.now()
    const child = spawn(program!, args, { cwd: ws, env: v.env, stdio: ['ignore', 'pipe', 'pipe'] })
    // Workflow commands and log lines go to stdout; only the tail is kept, for errors.
    const keep = (chunk: Buffer): void => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.once('error', reject)
    child.once('close', code => {
      const total = (performance.now() - started) / 1000
      if (code !== 0) return reject(new Error(`${v.label} exited ${code}:\n${stderr}`))
      if (!fs.existsSync(stamp))
        return reject(new Error(`${v.label}: the stand-in scanner never started:\n${stderr}`))
      const at = BigInt(fs.readFileSync(stamp, 'utf8').trim())
      resolve({ firstSpawn: Number(at - startedNs) / 1e9, total })
    })
  })
}

for (const v of variants) await once(v)
const samples = variants.map(() => [] as Sample[])
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < variants.length; k++) {
    const i = (r + k) % variants.length
    samples[i]!.push(await once(variants[i]!))
  }
}
for (const dir of warmDirs)
  if (countFiles(dir) === 0)
    throw new Error(`the compile cache directory ${dir} stayed empty: the cache is not enabled`)

const lines: string[] = []
let anchor = 0
variants.forEach((v, i) => {
  const first = samples[i]!.map(x => x.firstSpawn)
  const med = median(first)
  if (v.label.endsWith('(anchor)')) anchor = med
  const over = v.label.endsWith('(anchor)') ? 'anchor' : `+${s(med - anchor)}`
  const total = median(samples[i]!.map(x => x.total))
  lines.push(
    `| ${v.label} | ${s(med)} | ${s(Math.min(...first))}–${s(Math.max(...first))} | ${over} | ${s(total)} |`
  )
})
const table = `| process | to first scanner spawned, median (s) | min–max (s) | over the anchor (s) | whole process, median (s) |
|---|---|---|---|---|
${lines.join('\n')}`
console.log(table)
const warmFiles = warmDirs.map(countFiles)
const command = `node --import ./bench/register.mjs bench/action-startup/run.ts ${rounds}${actions.map(a => ` --action ${a.label}=…`).join('')}${nodes.map(n => ` --node ${n === process.execPath ? '<this node>' : path.basename(path.dirname(path.dirname(n))) + '/…/node'}`).join('')}`
const md = `### Action start-up (whole processes)

Wall time from spawning \`node dist/index.js\` (the Action's bundle, inputs as \`INPUT_*\`
variables: \`scanners: bandit\`, \`fail-on: none\`, a SARIF file) to the moment the first scanner
process starts (a stand-in \`bandit\` first on PATH records the clock), against Node spawning the
same stand-in in the same run; ${rounds} rounds after one warm-up round, interleaved, order rotated
each round, medians. The whole process includes the rest of the scan and the reports.
Compile cache: *off* \`NODE_DISABLE_COMPILE_CACHE=1\`; *cold* a new empty cache directory every run
(a fresh GitHub-hosted runner: what the Action sees); *warm* a directory filled by the warm-up
(${warmFiles.join(', ')} files after the run). Target: at most 0.15 s over the anchor.
The *floor* rows are Node importing the bundle chunks the last build loads before its first spawn
(${floorBytes.join('; ')}; the 20 kB entry file left out), executing none of their code, then
spawning the stand-in: what is left when runguard's own work before the spawn is taken away.
Machine: ${machine()}.

${table}

Command: \`${command}\`
`
if (argv.includes('--no-doc')) console.log(md)
else {
  fs.mkdirSync(path.join(root, 'docs/benchmarks'), { recursive: true })
  fs.writeFileSync(path.join(root, 'docs/benchmarks/action-startup.md'), md)
  console.log('wrote docs/benchmarks/action-startup.md')
}
fs.rmSync(tmp, { recursive: true, force: true })

// Fixed cost of the CLI as a user sees it: whole processes timed from outside, each against its
// anchors in the same run (interleaved, order rotated every round):
//   floor: node -e 0; Node loading the same bundle chunks `run` loads, executing none of them;
//          Node spawning /bin/true; Node spawning runguard's Python helper, which spawns /bin/true
//   runguard --version                      vs  node -e 0          (target: ≤ +0.15 s)
//   runguard run -- /bin/true (isolation auto and off)  vs  the floor rows
//   runguard run -- python3 -c pass         vs  python3 -c pass    (target: ≤ +0.15 s)
//   with --cpu-bound: runguard run -- python3 <~4 s loop>  vs  the loop alone  (target ≤ ×1.03)
//
//   node --import ./bench/register.mjs bench/startup/run.ts [rounds=15] [--cpu-bound]
//        [--cli label=path]... [--node PATH]... [--no-doc]
//
// --cli adds CLI bundles to compare in the same run (e.g. a copy of main's dist/cli/index.js as
// before=/tmp/before/index.js); default: current=dist/cli/index.js. Needs `npm run build`.
// --node (repeatable) runs every row under other Node binaries too (default: the Node running
// this). On a Node with module.enableCompileCache (≥ 22.1) runguard's rows run twice: with the
// compile cache off (NODE_DISABLE_COMPILE_CACHE=1) and warm (a directory the warm-up round
// filled, as on a developer's machine; the run fails if it stays empty). --no-doc prints the
// fragment instead of writing docs/benchmarks/startup.md.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { HELPER_SOURCE, findShimPython, shimArgv } from '../../src/runner/shim.js'
import {
  cliBuilds,
  machine,
  median,
  paired,
  s,
  type Summary,
  type Variant
} from '../whole-process.js'

const argv = process.argv.slice(2)
const rounds = Number(argv.find(a => /^\d+$/.test(a)) ?? 15)
const root = process.cwd()
const clis = cliBuilds(argv, root)
const nodes = argv.flatMap((a, i) => (a === '--node' && argv[i + 1] ? [argv[i + 1]!] : []))
if (nodes.length === 0) nodes.push(process.execPath)

// An empty folder: no .runguard.yml, nothing to scan, nothing written.
const cwd = mkdtempSync(path.join(os.tmpdir(), 'rg-startup-'))
const python = 'python3'
const helperPython = findShimPython() ?? python
const env = Object.fromEntries(
  Object.entries({ ...process.env, CI: 'true' }).filter(([k]) => !k.startsWith('NODE_'))
)

/** The bundle files (not the entry) a command loads, recorded by a module loader hook. */
function loadedChunks(node: string, cli: string, args: string[]): string[] {
  const list = path.join(cwd, `loaded-${Math.random().toString(36).slice(2)}.txt`)
  const hook = `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(list)}, url + '\\n')
  return next(url, context)
}`
  const register = `import { register } from 'node:module'
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}))`
  writeFileSync(list, '')
  const r = spawnSync(
    node,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, cli, ...args],
    { cwd, env, stdio: 'ignore' }
  )
  if (r.status !== 0) throw new Error(`${cli} ${args.join(' ')} exited ${r.status}`)
  const entry = pathToFileURL(cli).href
  const urls = [...new Set(readFileSync(list, 'utf8').split('\n').filter(Boolean))]
  return urls.filter(u => u !== entry && u.startsWith(pathToFileURL(path.dirname(cli)).href))
}

// Importing a chunk of ncc's ESM output evaluates only `export const modules = { id: fn, … }`:
// the functions are parsed and created, none is called. So this is Node reading, parsing and
// linking the same bytes `run` loads, with none of runguard's code executed: the floor of
// module loading.
const FLOOR = 'for (const url of process.argv.slice(1)) await import(url)'
const SPAWN_TRUE = `require('child_process').spawn('/bin/true', { stdio: 'ignore' })`
// The helper as the runner starts it (runner/launch.ts): events on fd 3, kept open until it
// exits (EOF there means runguard is gone and the helper kills the tree).
const SPAWN_SHIM = `const [p, ...a] = process.argv.slice(1)
require('child_process').spawn(p, a, { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] })`

function hasCompileCache(node: string): boolean {
  const r = spawnSync(node, ['-p', 'typeof require("node:module").enableCompileCache'], {
    encoding: 'utf8'
  })
  return r.stdout.trim() === 'function'
}

interface Mode {
  label: string
  env: NodeJS.ProcessEnv
  warmDir?: string
}

interface Pair {
  title: string
  anchor: Variant
  runs: Variant[]
}
const pairs: Pair[] = []
const warmDirs: string[] = []
let chunkBytes = 0
for (const node of nodes) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
  const modes: Mode[] = [{ label: '', env }]
  if (hasCompileCache(node)) {
    const warmDir = path.join(cwd, `compile-cache-${warmDirs.length}`)
    warmDirs.push(warmDir)
    modes.splice(
      0,
      1,
      { label: ', cache off', env: { ...env, NODE_DISABLE_COMPILE_CACHE: '1' } },
      { label: ', cache warm', env: { ...env, NODE_COMPILE_CACHE: warmDir }, warmDir }
    )
  }
  const chunks = loadedChunks(node, clis[clis.length - 1]!.file, ['run', '--', '/bin/true'])
  chunkBytes = chunks.reduce((sum, u) => sum + readFileSync(new URL(u)).length, 0)
  const v = (label: string, args: string[], vEnv: NodeJS.ProcessEnv = env): Variant => ({
    label: `${version}: ${label}`,
    argv: [node, ...args],
    cwd,
    env: vEnv
  })
  pairs.push({
    title: `Fixed cost against its floor, Node ${version}`,
    anchor: v('node -e 0', ['-e', '0']),
    runs: [
      v(`node loading the ${chunks.length} chunks \`run\` loads, executing none`, [
        '--input-type=module',
        '-e',
        FLOOR,
        ...chunks
      ]),
      v('node spawning /bin/true', ['-e', SPAWN_TRUE]),
      v('node spawning the helper, which spawns /bin/true', [
        '-e',
        SPAWN_SHIM,
        ...shimArgv(helperPython, 3, undefined, ['/bin/true'])
      ]),
      ...clis.flatMap(c =>
        modes.flatMap(m => [
          v(`${c.label}: --version${m.label}`, [c.file, '--version'], m.env),
          v(`${c.label}: run -- /bin/true${m.label}`, [c.file, 'run', '--', '/bin/true'], m.env),
          v(
            `${c.label}: run --isolation off -- /bin/true${m.label}`,
            [c.file, 'run', '--isolation', 'off', '--', '/bin/true'],
            m.env
          )
        ])
      )
    ]
  })
  pairs.push({
    title: `\`runguard run -- python3 -c pass\` vs \`python3 -c pass\`, Node ${version}`,
    anchor: { label: 'python3 -c pass', argv: [python, '-c', 'pass'], cwd, env },
    runs: clis.flatMap(c =>
      modes.map(m =>
        v(
          `${c.label}: run -- python3 -c pass${m.label}`,
          [c.file, 'run', '--', python, '-c', 'pass'],
          m.env
        )
      )
    )
  })
}

// A fixed amount of work (not a fixed time), about 4 s of one core on a quiet machine: what the
// monitoring adds while a script runs (sampling, output capture) shows up as the ratio. The loop
// appends its own CPU (rusage of itself and its children) and its own wall (its clock, loop only)
// to the file named by its argument, one line per run, so each round gives a pair of whole
// processes and a pair of what the script itself measured. The loop's speed moves by more than
// runguard's part from one run to the next on a shared VM: only per-round ratios compare, and
// CPU seconds are steadier than wall time. runguard starts the script in a session of its own
// (launch.ts: detached), and with the kernel's autogroup scheduling a session is one entity in
// the CPU's fair share: on a loaded machine the loop alone, left in this benchmark's session,
// competes differently from the loop under runguard. So the loop alone runs in its own session
// too (util-linux `setsid -w`, one exec more).
const SETSID = spawnSync('setsid', ['-w', 'true']).status === 0 ? ['setsid', '-w'] : []
const CPU_BOUND = `import resource, sys, time
t0 = time.perf_counter()
x = 0
for i in range(50_000_000):
    x += i
wall = time.perf_counter() - t0
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], 'a') as f:
    f.write('%r %r\\n' % (me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, wall))
`
const cpuBound = argv.includes('--cpu-bound')
  ? (() => {
      const reports = path.join(cwd, 'cpu-bound')
      mkdirSync(reports)
      const file = (label: string): string => path.join(reports, `${label}.txt`)
      const anchor: Variant = {
        label: SETSID.length > 0 ? 'setsid -w python3 loop' : 'python3 loop (no setsid here)',
        argv: [...SETSID, python, '-c', CPU_BOUND, file('anchor')],
        cwd,
        env
      }
      const runs = clis.map((c, i) => ({
        label: `${c.label}: run -- python3 loop`,
        argv: [
          nodes[nodes.length - 1]!,
          c.file,
          'run',
          '--',
          python,
          '-c',
          CPU_BOUND,
          file(`${i}`)
        ],
        cwd,
        env
      }))
      return { anchor, runs, files: [file('anchor'), ...runs.map((_, i) => file(`${i}`))] }
    })()
  : undefined

/** Median over rounds of `pick(run) / pick(anchor)`, with the spread. */
function perRound(anchor: number[], run: number[]): { median: number; min: number; max: number } {
  const ratios = run.map((x, r) => x / anchor[r]!)
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) }
}

async function cpuBoundSection(bound: NonNullable<typeof cpuBound>): Promise<string> {
  const results = await paired([bound.anchor, ...bound.runs], rounds)
  // One line per run, the warm-up's first.
  const own = bound.files.map(f =>
    readFileSync(f, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map(line => line.split(' ').map(Number) as [number, number])
  )
  const [anchor, ...runs] = results as [Summary, ...Summary[]]
  const anchorCpu = own[0]!.map(([cpu]) => cpu)
  const anchorLoop = own[0]!.map(([, wall]) => wall)
  const ratio = (x: { median: number; min: number; max: number }): string =>
    `×${x.median.toFixed(3)} (${x.min.toFixed(2)}–${x.max.toFixed(2)})`
  console.log(`${rounds} rounds of a ~4 s CPU-bound loop (load ${os.loadavg()[0]?.toFixed(1)})`)
  console.log(
    `  ${bound.anchor.label} alone: wall ${s(anchor.median)} s (${s(anchor.min)}–${s(anchor.max)}), its CPU ${s(median(anchorCpu))} s, its loop ${s(median(anchorLoop))} s`
  )
  const rows = runs.map((r, i) => {
    const cpu = own[i + 1]!.map(([c]) => c)
    const loop = own[i + 1]!.map(([, w]) => w)
    const wall = perRound(anchor.samples, r.samples)
    const extra = median(r.samples.map((x, k) => x - anchor.samples[k]!))
    const cells = [
      ratio(wall),
      `${extra < 0 ? '' : '+'}${s(extra)}`,
      ratio(perRound(anchorCpu, cpu)),
      ratio(perRound(anchorLoop, loop))
    ]
    console.log(
      `  ${r.label}: wall ${s(r.median)} s; per round: wall ${cells[0]}, ${cells[1]} s, the script's CPU ${cells[2]}, its loop ${cells[3]}`
    )
    return `| ${r.label} | ${s(r.median)} | ${cells.join(' | ')} |`
  })
  return `#### \`runguard run\` of a ~4 s CPU-bound Python loop vs the loop alone

Loop alone (\`${bound.anchor.label}\`): wall ${s(anchor.median)} s (${s(anchor.min)}–${s(anchor.max)}), its own CPU ${s(median(anchorCpu))} s. Ratios are
medians over the ${rounds} rounds of each round's pair; the script's CPU and its loop's wall are what
the script measured itself (rusage, its own clock), so they leave out runguard's start and end.

| process | median wall (s) | wall / alone | wall − alone (s) | script CPU / alone | loop wall / alone |
|---|---|---|---|---|---|
${rows.join('\n')}`
}

const sections: string[] = []
for (const pair of pairs) {
  const results = await paired([pair.anchor, ...pair.runs], rounds)
  const anchor = results[0] as Summary
  console.log(`${pair.title} (load ${os.loadavg()[0]?.toFixed(1)})`)
  const signed = (x: number): string => `${x < 0 ? '' : '+'}${s(x)}`
  const rows = results.map(r => {
    const over = r.median - anchor.median
    // The same round's pair: a busy moment slows both sides of it, not one median.
    const perRound = median(r.samples.map((x, k) => x - anchor.samples[k]!))
    const line = `| ${r.label} | ${s(r.median)} | ${s(r.min)}–${s(r.max)} | ${r === anchor ? 'anchor' : signed(over)} | ${r === anchor ? '' : signed(perRound)} | ${(r.median / anchor.median).toFixed(2)} |`
    console.log(
      `  ${r.label}: median ${s(r.median)} s (${s(r.min)}–${s(r.max)})${r === anchor ? '' : `, ${signed(over)} s over the anchor (per round ${signed(perRound)} s), ×${(r.median / anchor.median).toFixed(2)}`}`
    )
    return line
  })
  sections.push(`#### ${pair.title}

| process | median wall (s) | min–max (s) | over the anchor (s) | per round over the anchor (s) | ratio |
|---|---|---|---|---|---|
${rows.join('\n')}`)
}
if (cpuBound) sections.push(await cpuBoundSection(cpuBound))
const cacheFiles = warmDirs.map(
  dir => readdirSync(dir, { withFileTypes: true, recursive: true }).filter(e => e.isFile()).length
)
if (cacheFiles.some(n => n === 0))
  throw new Error('a compile cache directory stayed empty: runguard did not enable the cache')

const command = `node --import ./bench/register.mjs bench/startup/run.ts ${rounds}${argv.includes('--cpu-bound') ? ' --cpu-bound' : ''}${clis.map(c => ` --cli ${c.label}=…`).join('')}${nodes.map(n => (n === process.execPath ? '' : ' --node …')).join('')}`
const md = `### CLI start-up (whole processes)

Each row is a whole process spawned and timed from outside (spawn to exit), ${rounds} rounds
after one warm-up round, the variants of a table interleaved with the order rotated each round;
medians; *per round* is the median of each round's difference to the anchor of that round.
Each table names the Node it ran on. The floor rows show what is Node's: its start
(\`node -e 0\`), loading the ${(chunkBytes / 1e6).toFixed(1)} MB of bundle chunks \`run\` loads
without executing any of it, spawning a process, and spawning runguard's Python helper (the
rusage shim) with \`/bin/true\` under it; \`--isolation off\` shows what the PID and mount
namespaces cost. *cache off*: \`NODE_DISABLE_COMPILE_CACHE=1\`; *cache warm*: V8's compile
cache (enabled by runguard on Node ≥ 22) in a directory the warm-up round filled
(${cacheFiles.join(', ') || 'no'} files). Targets: \`--version\` and a trivial monitored
script at most 0.15 s over their anchors; a CPU-bound script at most ×1.03 of itself.
Machine: ${machine()}.

${sections.join('\n\n')}

Command: \`${command}\`
`
console.log(`helper: ${helperPython} -I -S -c <${HELPER_SOURCE.length} characters>`)
if (argv.includes('--no-doc')) console.log(md)
else {
  mkdirSync(path.join(root, 'docs/benchmarks'), { recursive: true })
  writeFileSync(path.join(root, 'docs/benchmarks/startup.md'), md)
  console.log('wrote docs/benchmarks/startup.md')
}

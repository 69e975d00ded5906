// Start-up cost of the whole CLI process around a trivial script: `python3 -c pass` alone (the
// anchor) against `node dist/cli/index.js run -- python3 -c pass`, with isolation off and on,
// interleaved round by round (rotating the order) so load drift hits every variant alike.
// Every process is timed whole by GNU time (wall, and user+sys of everything it reaped).
// Run: node --import ./bench/register.mjs bench/runner-startup/run.ts [rounds]
// RUNGUARD_BENCH_CLIS="label=path/to/cli/index.js,…" adds CLI builds to compare (e.g. main's),
// default: current=dist/cli/index.js. Needs `npm run build` first.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findShimPython } from '../../src/runner/shim.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const rounds = Number(process.argv[2] ?? 20)
const python = findShimPython() ?? 'python3'
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rg-startup-'))
const TIME = '/usr/bin/time'

interface Variant {
  label: string
  argv: string[]
}

const clis = (process.env.RUNGUARD_BENCH_CLIS ?? 'current=dist/cli/index.js')
  .split(',')
  .map(entry => {
    const [label, file] = entry.split('=') as [string, string]
    return { label, file: path.resolve(root, file) }
  })

const variants: Variant[] = [{ label: 'python3 -c pass (anchor)', argv: [python, '-c', 'pass'] }]
for (const cli of clis) {
  if (!existsSync(cli.file)) throw new Error(`${cli.file} does not exist: run npm run build`)
  const help = execFileSync(process.execPath, [cli.file, 'run', '--help'], { encoding: 'utf8' })
  // Builds from before the isolation setting existed are measured as they are.
  const modes = help.includes('--isolation') ? ['off', 'auto'] : [undefined]
  for (const mode of modes) {
    variants.push({
      label: `${cli.label}${mode ? ` isolation ${mode}` : ''}`,
      argv: [
        process.execPath,
        cli.file,
        'run',
        ...(mode ? ['--isolation', mode] : []),
        '--',
        python,
        '-c',
        'pass'
      ]
    })
  }
}

interface Timing {
  wall: number
  cpu: number
}

function timed(argv: string[], file: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-o', file, '-f', '%e %U %S', ...argv], {
      cwd: tmp,
      stdio: ['ignore', 'ignore', 'ignore']
    })
    child.once('error', reject)
    child.once('close', code => {
      if (code !== 0) return reject(new Error(`${argv.join(' ')} exited ${code}`))
      const [wall, user, sys] = readFileSync(file, 'utf8').trim().split(/\s+/).slice(-3).map(Number)
      resolve({ wall: wall as number, cpu: (user as number) + (sys as number) })
    })
  })
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

const results = new Map<string, Timing[]>(variants.map(v => [v.label, []]))
// One unmeasured round warms the page cache for every variant.
for (const v of variants) await timed(v.argv, path.join(tmp, 'warm'))
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < variants.length; k++) {
    const v = variants[(r + k) % variants.length] as Variant
    results.get(v.label)?.push(await timed(v.argv, path.join(tmp, `t${r}-${k}`)))
  }
}

const anchor = results.get(variants[0]?.label as string) as Timing[]
const anchorWall = median(anchor.map(t => t.wall))
const anchorCpu = median(anchor.map(t => t.cpu))
const rows = variants.map(v => {
  const ts = results.get(v.label) as Timing[]
  const wall = median(ts.map(t => t.wall))
  const cpu = median(ts.map(t => t.cpu))
  return { label: v.label, wall, cpu, wallRatio: wall / anchorWall, cpuRatio: cpu / anchorCpu }
})
for (const r of rows) {
  console.log(
    `${r.label}: wall ${r.wall.toFixed(3)} s (x${r.wallRatio.toFixed(2)}), cpu ${r.cpu.toFixed(3)} s (x${r.cpuRatio.toFixed(2)})`
  )
}

const command = `node --import ./bench/register.mjs bench/runner-startup/run.ts ${rounds}`
const md = `### Runner start-up

Whole processes timed by GNU time (wall; user+sys of everything reaped), ${rounds} rounds,
variants interleaved with the order rotated each round, medians. The anchor is the same
\`python3 -c pass\` run alone. Machine: ${os.cpus().length} vCPU, ${os.cpus()[0]?.model ?? 'unknown CPU'},
load average ${os.loadavg()[0]?.toFixed(1)} at the end.

| variant | wall (s) | wall / anchor | CPU (s) | CPU / anchor |
|---|---|---|---|---|
${rows.map(r => `| ${r.label} | ${r.wall.toFixed(3)} | ${r.wallRatio.toFixed(2)} | ${r.cpu.toFixed(3)} | ${r.cpuRatio.toFixed(2)} |`).join('\n')}

The difference between a runguard row and the anchor is runguard's fixed cost per run (Node
start-up, settings, the rusage shim, the sampler, and with isolation the namespace set-up).

Command: \`${command}\`
`
mkdirSync(path.join(root, 'docs/benchmarks'), { recursive: true })
writeFileSync(path.join(root, 'docs/benchmarks/runner-startup.md'), md)
console.log('wrote docs/benchmarks/runner-startup.md')

// Fixed cost of the CLI as a user sees it: whole processes timed from outside, each against its
// anchor in the same run (interleaved, order rotated every round):
//   runguard --version                      vs  node -e 0          (target: ≤ +0.15 s)
//   runguard run -- python3 -c pass         vs  python3 -c pass    (target: ≤ +0.15 s)
//   with --cpu-bound: runguard run -- python3 <~4 s loop>  vs  the loop alone  (target ≤ ×1.03)
//
//   node --import ./bench/register.mjs bench/startup/run.ts [rounds=15] [--cpu-bound]
//        [--cli label=path]...
//
// --cli adds CLI bundles to compare in the same run (e.g. a copy of main's dist/cli/index.js as
// before=/tmp/before/index.js); default: current=dist/cli/index.js. Needs `npm run build`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cliBuilds, machine, paired, s, type Summary, type Variant } from '../whole-process.js'

const argv = process.argv.slice(2)
const rounds = Number(argv.find(a => /^\d+$/.test(a)) ?? 15)
const root = process.cwd()
const clis = cliBuilds(argv, root)

// An empty folder: no .runguard.yml, nothing to scan, nothing written.
const cwd = mkdtempSync(path.join(os.tmpdir(), 'rg-startup-'))
const node = process.execPath
const python = 'python3'
const env = { ...process.env, CI: 'true' }

interface Pair {
  title: string
  anchor: Variant
  runs: Variant[]
}
const pairs: Pair[] = [
  {
    title: '`runguard --version` vs `node -e 0`',
    anchor: { label: 'node -e 0', argv: [node, '-e', '0'], cwd, env },
    runs: clis.map(c => ({
      label: `${c.label}: --version`,
      argv: [node, c.file, '--version'],
      cwd,
      env
    }))
  },
  {
    title: '`runguard run -- python3 -c pass` vs `python3 -c pass`',
    anchor: { label: 'python3 -c pass', argv: [python, '-c', 'pass'], cwd, env },
    runs: clis.map(c => ({
      label: `${c.label}: run -- python3 -c pass`,
      argv: [node, c.file, 'run', '--', python, '-c', 'pass'],
      cwd,
      env
    }))
  }
]

// A fixed amount of work (not a fixed time), about 4 s of one core on a quiet machine: what the
// monitoring adds while a script runs (sampling, output capture) shows up as the ratio.
const CPU_BOUND = 'x = 0\nfor i in range(50_000_000):\n    x += i\n'
if (argv.includes('--cpu-bound'))
  pairs.push({
    title: '`runguard run` of a ~4 s CPU-bound Python loop vs the loop alone',
    anchor: { label: 'python3 loop', argv: [python, '-c', CPU_BOUND], cwd, env },
    runs: clis.map(c => ({
      label: `${c.label}: run -- python3 loop`,
      argv: [node, c.file, 'run', '--', python, '-c', CPU_BOUND],
      cwd,
      env
    }))
  })

const sections: string[] = []
for (const pair of pairs) {
  const results = await paired([pair.anchor, ...pair.runs], rounds)
  const anchor = results[0] as Summary
  console.log(pair.title)
  const rows = results.map(r => {
    const over = r.median - anchor.median
    const line = `| ${r.label} | ${s(r.median)} | ${s(r.min)}–${s(r.max)} | ${r === anchor ? 'anchor' : `+${s(over)}`} | ${(r.median / anchor.median).toFixed(2)} |`
    console.log(
      `  ${r.label}: median ${s(r.median)} s (${s(r.min)}–${s(r.max)})${r === anchor ? '' : `, +${s(over)} s over the anchor, ×${(r.median / anchor.median).toFixed(2)}`}`
    )
    return line
  })
  sections.push(`#### ${pair.title}

| process | median wall (s) | min–max (s) | over the anchor (s) | ratio |
|---|---|---|---|---|
${rows.join('\n')}`)
}

const command = `node --import ./bench/register.mjs bench/startup/run.ts ${rounds}${argv.includes('--cpu-bound') ? ' --cpu-bound' : ''}${clis.map(c => ` --cli ${c.label}=…`).join('')}`
const md = `### CLI start-up (whole processes)

Each row is a whole process spawned and timed from outside (spawn to exit), ${rounds} rounds
after one warm-up round, the variants of a table interleaved with the order rotated each round;
medians. Targets: \`--version\` and a trivial monitored script at most 0.15 s over
their anchors; a CPU-bound script at most ×1.03 of itself. Machine: ${machine()}; the machine was shared with other engineers' jobs.

${sections.join('\n\n')}

Command: \`${command}\`
`
mkdirSync(path.join(root, 'docs/benchmarks'), { recursive: true })
writeFileSync(path.join(root, 'docs/benchmarks/startup.md'), md)
console.log('wrote docs/benchmarks/startup.md')

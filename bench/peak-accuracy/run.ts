// Peak-memory accuracy: runguard's memory_max_mb against GNU time's "Maximum resident set size"
// for single processes, and against the sum of the workers' peaks for a 4 x 100 MiB
// multiprocessing pool (GNU time reports the largest single process there, not the tree).
// Run: node --import ./bench/register.mjs bench/peak-accuracy/run.ts [repeats]
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { settingsSchema } from '../../src/config/schema.js'
import { RecordingLogger } from '../../__tests__/helpers/recording-logger.js'
import { createRedactor } from '../../src/redact.js'
import { runScript } from '../../src/runner/index.js'
import { findShimPython } from '../../src/runner/shim.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const repeats = Number(process.argv[2] ?? 3)
const python = findShimPython() ?? 'python3'
const MiB = 1024

/** Runs argv under `/usr/bin/time -v`; returns max RSS (KiB) and the program's stdout. */
function gnuTime(argv: string[]): Promise<{ maxRssKb: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', ...argv], { cwd: here })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.once('error', reject)
    child.once('close', () => {
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err)
      if (!m) reject(new Error(`no GNU time output: ${err}`))
      else resolve({ maxRssKb: Number(m[1]), stdout: out })
    })
  })
}

async function runguard(argv: string[], interval = 100): Promise<{ mb: number; stdout: string }> {
  const settings = settingsSchema.parse({
    workspace: root,
    workingDirectory: path.relative(root, here),
    script: argv,
    samplingInterval: interval
  })
  const r = await runScript({ settings, logger: new RecordingLogger(), redactor: createRedactor() })
  // Null only when neither a sample nor rusage saw the script: the comparison is meaningless.
  if (r.final.memory_max_mb === null) throw new Error(`memory peak not measured: ${argv.join(' ')}`)
  return { mb: r.final.memory_max_mb, stdout: r.stdout.text }
}

const rows: string[] = []
const print: string[] = []
for (const size of [50, 200, 500]) {
  for (let i = 0; i < repeats; i++) {
    const argv = [python, 'alloc.py', String(size), '0.3']
    const g = await gnuTime(argv)
    const r = await runguard(argv)
    const gMb = g.maxRssKb / MiB
    const ratio = r.mb / gMb
    rows.push(
      `| single ${size} MiB #${i + 1} | ${r.mb.toFixed(1)} | ${gMb.toFixed(1)} (GNU time) | ${ratio.toFixed(3)} |`
    )
    print.push(
      `single ${size} MiB: runguard ${r.mb.toFixed(1)} MiB, GNU time ${gMb.toFixed(1)} MiB, ratio ${ratio.toFixed(3)}`
    )
  }
}
for (let i = 0; i < repeats; i++) {
  const argv = [python, 'pool.py', '100']
  const g = await gnuTime(argv)
  const r = await runguard(argv)
  const truth = JSON.parse(r.stdout.trim().split('\n').pop() as string) as {
    workers_kb: number[]
    parent_kb: number
  }
  const sumMb = (truth.workers_kb.reduce((a, b) => a + b, 0) + truth.parent_kb) / MiB
  const gMb = g.maxRssKb / MiB
  rows.push(
    `| pool 4 x 100 MiB #${i + 1} | ${r.mb.toFixed(1)} | ${sumMb.toFixed(1)} (Σ workers + parent ru_maxrss); GNU time ${gMb.toFixed(1)} | ${(r.mb / sumMb).toFixed(3)} (vs GNU time ${(r.mb / gMb).toFixed(2)}) |`
  )
  print.push(
    `pool 4x100 MiB: runguard ${r.mb.toFixed(1)} MiB, sum of peaks ${sumMb.toFixed(1)} MiB (ratio ${(r.mb / sumMb).toFixed(3)}), GNU time max single ${gMb.toFixed(1)} MiB`
  )
}
for (const line of print) console.log(line)
console.log('diagnostic: accuracy of memory_max_mb (runner in-process); it times nothing')
const command = `node --import ./bench/register.mjs bench/peak-accuracy/run.ts ${repeats}`
const md = `### Peak memory accuracy

**Diagnostic, not a user-facing number:** it checks how accurate the memory numbers are (runner in-process) and times nothing. The numbers a user sees are the whole-process benchmarks above (\`bench/startup\`, \`bench/scan-e2e\`).

runguard's \`memory_max_mb\` (runner with rusage shim, /proc sampling at 100 ms; max of the tree's
RSS sum and every process's VmHWM) against GNU time's "Maximum resident set size" for one
process that allocates, touches and holds N MiB for 0.3 s (\`bench/peak-accuracy/alloc.py\`), and
against the sum of the per-process peaks (ru_maxrss of the 4 workers + the parent, printed by the
script) for a 4 x 100 MiB \`multiprocessing\` pool whose workers hold their memory at the same
time (\`bench/peak-accuracy/pool.py\`). GNU time reports the largest single process, so it is
about a quarter of the pool's real footprint. Sums of RSS count pages shared after fork once per
process, exactly like the sum of ru_maxrss. ${os.cpus().length} vCPU, load average ${os.loadavg()[0]?.toFixed(1)}.

| case | runguard MiB | reference MiB | ratio |
|---|---|---|---|
${rows.join('\n')}

Command: \`${command}\` (needs \`/usr/bin/time\`: \`apt-get install -y time\`)
`
mkdirSync(path.join(root, 'docs/benchmarks'), { recursive: true })
writeFileSync(path.join(root, 'docs/benchmarks/peak-accuracy.md'), md)
console.log('wrote docs/benchmarks/peak-accuracy.md')

// Diagnostic, not a user-facing number: the secret detector's own rate on a tree, through the
// bundled worker (dist/secrets-worker/index.js, `npm run build` first), with 1 and then 2
// workers (two rounds each), as MB/s of wall time and MB per CPU second of the whole process
// (the per-core rate). Worker start-up is excluded; the whole-process numbers, with the anchors,
// are `bench/secrets/repos.ts --workers 0,1,2`.
//
//   node bench/secrets-pool/run.mjs <tree> [worker bundle, default dist/secrets-worker/index.js]
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const tree = process.argv[2]
const worker = path.resolve(
  process.argv[3] ?? path.join(root, 'dist', 'secrets-worker', 'index.js')
)
if (!tree) throw new Error('usage: node bench/secrets-pool/run.mjs <tree>')
if (!fs.existsSync(worker)) throw new Error(`${worker} is missing: run npm run build`)
console.log(
  `worker: ${worker}; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`
)

// Every regular file under 5 MiB outside .git (no allowlist: the same bytes for every round).
const jobs = execFileSync('find', [tree, '-type', 'f', '-not', '-path', '*/.git/*'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28
})
  .split('\n')
  .filter(Boolean)
  .map(abs => ({ abs, rel: path.relative(tree, abs), size: fs.statSync(abs).size }))
  .filter(j => j.size < 5 << 20)
const mb = jobs.reduce((sum, j) => sum + j.size, 0) / 1e6
const batches = []
for (let i = 0; i < jobs.length; i += 32) batches.push(jobs.slice(i, i + 32))

for (const n of [1, 2, 1, 2]) {
  const workers = Array.from(
    { length: n },
    () => new Worker(worker, { workerData: { demo: 'skip' } })
  )
  // Started and warm (an empty batch answered) before the clock starts.
  await Promise.all(
    workers.map(
      w =>
        new Promise(resolve => {
          w.once('message', resolve)
          w.postMessage({ id: -1, jobs: [] })
        })
    )
  )
  const started = performance.now()
  const cpu = process.cpuUsage()
  let next = 0
  await Promise.all(
    workers.map(
      w =>
        new Promise(resolve => {
          const feed = () => {
            if (next >= batches.length) return resolve(undefined)
            const id = next++
            w.once('message', feed)
            w.postMessage({ id, jobs: batches[id] })
          }
          feed()
        })
    )
  )
  const used = process.cpuUsage(cpu)
  const cpuSeconds = (used.user + used.system) / 1e6
  const wall = (performance.now() - started) / 1000
  console.log(
    `${n} worker(s): ${mb.toFixed(1)} MB in ${wall.toFixed(2)} s = ${(mb / wall).toFixed(1)} MB/s; ` +
      `${cpuSeconds.toFixed(2)} CPU s = ${(mb / cpuSeconds).toFixed(1)} MB per CPU s`
  )
  await Promise.all(workers.map(w => w.terminate()))
}

import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { DemoPolicy } from './engine.js'
import type { FileOutcome, ScanJob } from './scan-file.js'

/**
 * Runs the working-tree secret scan on worker threads, one per core, so a large tree uses every
 * core and the main thread stays free to spawn and read the other scanners. Files go to the
 * workers as paths in small batches (each worker holds at most two batches, and reads one file
 * at a time), and only matches come back: no whole-tree buffers.
 */

/** A batch sent to a worker. */
export interface BatchRequest {
  id: number
  jobs: ScanJob[]
}

/** A worker's answer: one outcome per job, in order. */
export interface BatchReply {
  id: number
  outcomes: FileOutcome[]
}

/** A batch closes at this many bytes or files (a larger file goes alone). */
const BATCH_BYTES = 1024 * 1024
const BATCH_FILES = 128
/** Batches a worker holds at once: one being scanned, one waiting, so it never idles. */
const IN_FLIGHT = 2

/**
 * Below this many bytes the scan stays on the main thread. Each worker pays its own start: it
 * loads the detector, builds its keyword automaton and compiles the rules' regular expressions on
 * first use, a few hundred ms of CPU. Measured whole processes on 2 idle cores
 * (docs/benchmarks.md, "Secret detector on worker threads"): the pool was 1.13× slower on a
 * 28 MB tree, 1.12× faster at 84 MB and 1.18× faster at 222 MB.
 */
export const POOL_MIN_BYTES = 64 * 1024 * 1024

/**
 * Where the worker bundle sits next to the running bundle (dist/ or dist/cli/), or undefined
 * when runguard runs from its TypeScript sources (jest), where there is no worker bundle and
 * the scan runs in-thread.
 */
export function bundledWorkerFile(moduleUrl: string = import.meta.url): string | undefined {
  const file = fileURLToPath(moduleUrl)
  if (file.endsWith('.ts')) return undefined
  return path.join(path.dirname(file), 'secrets-worker', 'index.js')
}

/** How the scan runs: on `threads` workers, or in-thread with the reason. */
export type ScanPlan =
  { where: 'workers'; threads: number; workerFile: string } | { where: 'in-thread'; why: string }

/**
 * Decides where the scan runs. `override` (RUNGUARD_SECRET_WORKERS, for benchmarks) forces a
 * worker count, 0 meaning in-thread. A bundle whose worker file is missing is broken: that is
 * an error, not a silent fallback.
 */
export function planScan(
  totalBytes: number,
  options: { workerFile: string | undefined; cores?: number; override?: string }
): ScanPlan {
  const { workerFile } = options
  const cores = options.cores ?? os.availableParallelism()
  let threads = cores
  if (options.override !== undefined && options.override !== '') {
    const n = Number(options.override)
    if (!Number.isInteger(n) || n < 0)
      throw new Error(
        `RUNGUARD_SECRET_WORKERS must be a whole number ≥ 0 (0 = scan in-thread), got ${JSON.stringify(options.override)}`
      )
    if (n === 0) return { where: 'in-thread', why: 'RUNGUARD_SECRET_WORKERS=0' }
    threads = n
  } else if (totalBytes < POOL_MIN_BYTES) {
    return { where: 'in-thread', why: `small tree (${totalBytes} bytes)` }
  }
  if (workerFile === undefined)
    return { where: 'in-thread', why: 'running from sources (no worker bundle)' }
  if (!existsSync(workerFile))
    throw new Error(
      `the secret scanner's worker bundle is missing: ${workerFile} (rebuild runguard)`
    )
  return { where: 'workers', threads, workerFile }
}

/** Batches in the order they should be scanned: largest files first, so the cores finish together. */
export function makeBatches(jobs: readonly ScanJob[]): ScanJob[][] {
  const sorted = [...jobs].sort((a, b) => b.size - a.size)
  const batches: ScanJob[][] = []
  let current: ScanJob[] = []
  let bytes = 0
  for (const job of sorted) {
    if (current.length && (bytes + job.size > BATCH_BYTES || current.length >= BATCH_FILES)) {
      batches.push(current)
      current = []
      bytes = 0
    }
    current.push(job)
    bytes += job.size
  }
  if (current.length) batches.push(current)
  return batches
}

export interface PoolOptions {
  workerFile: string
  threads: number
  demo: DemoPolicy
  signal?: AbortSignal
  /** Called once per file, on the main thread, as batches come back. */
  onOutcome: (outcome: FileOutcome) => void
}

/**
 * Scans `jobs` on `threads` workers. Resolves when every file has an outcome or the signal
 * aborts (the workers are then stopped); rejects when a worker fails (it cannot load, throws,
 * or exits early), after stopping the others.
 */
export function scanInWorkers(jobs: readonly ScanJob[], options: PoolOptions): Promise<void> {
  const batches = makeBatches(jobs)
  const threads = Math.max(1, Math.min(options.threads, batches.length))
  if (batches.length === 0) return Promise.resolve()
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = []
    const pending = new Map<number, number>()
    let next = 0
    let done = 0
    let settled = false
    const finish = (error?: Error): void => {
      if (settled) return
      settled = true
      options.signal?.removeEventListener('abort', onAbort)
      void Promise.all(workers.map(w => w.terminate())).then(() =>
        error ? reject(error) : resolve()
      )
    }
    const onAbort = (): void => finish()
    const feed = (worker: Worker, index: number): void => {
      while (next < batches.length && (pending.get(index) ?? 0) < IN_FLIGHT) {
        const id = next++
        pending.set(index, (pending.get(index) ?? 0) + 1)
        worker.postMessage({ id, jobs: batches[id] as ScanJob[] } satisfies BatchRequest)
      }
    }
    if (options.signal?.aborted) return resolve()
    options.signal?.addEventListener('abort', onAbort, { once: true })
    for (let index = 0; index < threads; index++) {
      const worker = new Worker(options.workerFile, { workerData: { demo: options.demo } })
      workers.push(worker)
      worker.on('message', (reply: BatchReply) => {
        if (settled) return
        pending.set(index, (pending.get(index) ?? 1) - 1)
        try {
          for (const outcome of reply.outcomes) options.onOutcome(outcome)
        } catch (error) {
          return finish(error instanceof Error ? error : new Error(String(error)))
        }
        if (++done === batches.length) return finish()
        feed(worker, index)
      })
      worker.on('error', error => finish(new Error(`secret scan worker failed: ${error.message}`)))
      worker.on('exit', code => {
        if (!settled) finish(new Error(`secret scan worker exited early (code ${code})`))
      })
      feed(worker, index)
    }
  })
}

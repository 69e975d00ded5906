import { existsSync } from 'node:fs'
import module from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { DemoPolicy } from './engine.js'
import { eventLoopTurns } from '../util/event-loop-turns.js'
import type { FileOutcome, ScanJob } from './scan-file.js'

/**
 * Runs the working-tree secret scan on worker threads so a large tree uses every core. The main
 * thread scans too (between turns of its event loop, as the in-thread scan does), so a machine
 * with N cores runs N - 1 workers and pays N - 1 worker starts, not N. Files go to the workers as
 * paths in small batches (each worker holds at most two batches, and reads one file at a time),
 * and only matches come back: no whole-tree buffers. The workers are started before the list of
 * files is complete (src/scanners/secrets.ts starts them once the walk has listed enough bytes),
 * and each builds its engine as soon as it loads, so their start overlaps the walk.
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
 * Below this many bytes the scan stays on the main thread: a worker's start (loading the
 * detector, building its keyword automaton, V8 compiling the engine and the rules' regular
 * expressions on first use) costs a few hundred ms of CPU, which a small tree does not pay back.
 * Set from whole-process measurements on 2 cores (docs/benchmarks.md, "Secret detector on worker
 * threads").
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

/**
 * A worker's environment: the main thread's, plus the directory of its on-disk compile cache when
 * it has one (src/compile-cache.ts; Node ≥ 22.1). Workers do not inherit `enableCompileCache`,
 * but read NODE_COMPILE_CACHE as they start, so the worker bundle is compiled once per machine
 * too (about 25 ms of each worker's start). Node adds its version to the directory it is given, so
 * the worker is given the parent of the main thread's directory: both then use the same one.
 */
export function workerEnv(
  env: NodeJS.ProcessEnv,
  cacheDir: string | undefined = (
    module as { getCompileCacheDir?: () => string | undefined }
  ).getCompileCacheDir?.()
): NodeJS.ProcessEnv {
  return cacheDir === undefined ? env : { ...env, NODE_COMPILE_CACHE: path.dirname(cacheDir) }
}

/** How the scan runs: on the main thread helped by `threads` workers, or in-thread with the reason. */
export type ScanPlan =
  { where: 'workers'; threads: number; workerFile: string } | { where: 'in-thread'; why: string }

/**
 * Decides where the scan runs: with one worker per core beside the main thread's, which scans
 * too. `override` (RUNGUARD_SECRET_WORKERS, for benchmarks) forces the number of workers, 0
 * meaning in-thread. A bundle whose worker file is missing is broken: that is an error, not a
 * silent fallback.
 */
export function planScan(
  totalBytes: number,
  options: { workerFile: string | undefined; cores?: number; override?: string }
): ScanPlan {
  const { workerFile } = options
  const cores = options.cores ?? os.availableParallelism()
  let threads = cores - 1
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
  } else if (threads < 1) {
    return { where: 'in-thread', why: 'one core' }
  }
  if (workerFile === undefined)
    return { where: 'in-thread', why: 'running from sources (no worker bundle)' }
  if (!existsSync(workerFile))
    throw new Error(
      `the secret scanner's worker bundle is missing: ${workerFile} (rebuild runguard)`
    )
  return { where: 'workers', threads, workerFile }
}

/** A batch of `files` files and `bytes` bytes takes no file of `nextSize` more bytes. */
function batchIsFull(files: number, bytes: number, nextSize: number): boolean {
  return files > 0 && (bytes + nextSize > BATCH_BYTES || files >= BATCH_FILES)
}

/** Batches in the order they should be scanned: largest files first, so the cores finish together. */
export function makeBatches(jobs: readonly ScanJob[]): ScanJob[][] {
  const sorted = [...jobs].sort((a, b) => b.size - a.size)
  const batches: ScanJob[][] = []
  let current: ScanJob[] = []
  let bytes = 0
  for (const job of sorted) {
    if (batchIsFull(current.length, bytes, job.size)) {
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

/** Scans one file on the main thread (src/secrets/scan-file.ts). */
export type ScanHere = (job: ScanJob) => FileOutcome | Promise<FileOutcome>

export interface RunOptions {
  signal?: AbortSignal
  /** Called once per file, on the main thread, as batches come back. */
  onOutcome: (outcome: FileOutcome) => void
  /** When given, the main thread takes batches from the same queue and scans them with this. */
  scanHere?: ScanHere
}

export interface PoolOptions extends RunOptions {
  workerFile: string
  threads: number
  demo: DemoPolicy
}

/** The main thread scanning its batches gives the event loop a turn at least this often (ms). */
const YIELD_MS = 10

/**
 * Worker threads started ahead of the work: `new ScanPool(…)` spawns them (each loads the detector
 * and builds its engine at once), `add` hands them files while the walk is still listing (so the
 * workers scan while the main thread walks), `run` scans the whole list (the files not added yet
 * on the workers and on the main thread when asked), `close` stops them. A worker that fails to
 * load or exits early, before or during `run`, makes `run` reject.
 */
export class ScanPool {
  private readonly workers: Worker[] = []
  /** Batches each worker holds (sent, not answered). */
  private readonly pending: number[] = []
  private failure: Error | undefined
  private onFailure: ((error: Error) => void) | undefined
  private closing = false
  /** Every batch so far, in the order threads take them; `taken` of them are taken. */
  private readonly queue: ScanJob[][] = []
  private taken = 0
  /** Batches answered (by a worker or the main thread). */
  private answered = 0
  /** Set once `run` settles: no more batches are sent. */
  private stopped = false
  /** The batch `add` is filling, and its bytes. */
  private filling: ScanJob[] = []
  private fillingBytes = 0
  /** Files given to `add`, which `run` must not queue again. */
  private readonly added = new Set<ScanJob>()
  /** Outcomes answered before `run` gave somewhere to deliver them. */
  private readonly early: FileOutcome[][] = []
  /** Where `run` wants outcomes (false once the run has settled). */
  private deliver: ((outcomes: readonly FileOutcome[]) => boolean) | undefined

  constructor(options: { workerFile: string; threads: number; demo: DemoPolicy }) {
    for (let index = 0; index < Math.max(1, options.threads); index++) {
      const worker = new Worker(options.workerFile, {
        workerData: { demo: options.demo },
        env: workerEnv(process.env)
      })
      worker.on('error', error =>
        this.fail(new Error(`secret scan worker failed: ${error.message}`))
      )
      worker.on('exit', code => {
        if (!this.closing) this.fail(new Error(`secret scan worker exited early (code ${code})`))
      })
      worker.on('message', (reply: BatchReply) => {
        this.pending[index] = (this.pending[index] as number) - 1
        if (this.stopped) return
        this.answered++
        if (!this.deliver) this.early.push(reply.outcomes)
        else if (!this.deliver(reply.outcomes)) return
        this.feed(index)
      })
      this.workers.push(worker)
      this.pending.push(0)
    }
  }

  /** How many workers the pool has. */
  get size(): number {
    return this.workers.length
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.onFailure?.(error)
  }

  /** Sends queued batches to worker `index` until it holds IN_FLIGHT of them. */
  private feed(index: number): void {
    const worker = this.workers[index] as Worker
    while (
      !this.stopped &&
      this.taken < this.queue.length &&
      (this.pending[index] as number) < IN_FLIGHT
    ) {
      const id = this.taken++
      this.pending[index] = (this.pending[index] as number) + 1
      worker.postMessage({ id, jobs: this.queue[id] as ScanJob[] } satisfies BatchRequest)
    }
  }

  private closeFilling(): void {
    if (this.filling.length === 0) return
    this.queue.push(this.filling)
    this.filling = []
    this.fillingBytes = 0
  }

  /**
   * Hands one listed file to the workers before `run`, in walk order, in batches as `run` makes
   * them (by bytes and files). Its outcome is delivered by `run`, which must then be given the
   * file again (in its whole list) and will not scan it twice.
   */
  add(job: ScanJob): void {
    if (this.stopped) return
    this.added.add(job)
    if (batchIsFull(this.filling.length, this.fillingBytes, job.size)) {
      this.closeFilling()
      this.workers.forEach((_, index) => this.feed(index))
    }
    this.filling.push(job)
    this.fillingBytes += job.size
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closing = true
    this.stopped = true
    await Promise.all(this.workers.map(w => w.terminate()))
  }

  /**
   * Scans `jobs` (the files given to `add` included, which were scanned or queued already).
   * Resolves when every file has an outcome or the signal aborts; rejects when a worker fails
   * (it cannot load, throws, or exits early) or `onOutcome` throws. Either way the workers keep
   * running until `close`. Called once per pool.
   */
  run(jobs: readonly ScanJob[], options: RunOptions): Promise<void> {
    const { signal, onOutcome, scanHere } = options
    this.closeFilling()
    // What the walk did not hand over yet, largest first, so the threads finish together.
    const rest = this.added.size ? jobs.filter(job => !this.added.has(job)) : jobs
    this.queue.push(...makeBatches(rest))
    return new Promise<void>((resolve, reject) => {
      let settled = false
      const finish = (error?: Error): void => {
        if (settled) return
        settled = true
        this.stopped = true
        signal?.removeEventListener('abort', onAbort)
        this.onFailure = undefined
        this.deliver = undefined
        if (error) reject(error)
        else resolve()
      }
      const onAbort = (): void => finish()
      const handOver = (outcomes: readonly FileOutcome[]): boolean => {
        try {
          for (const outcome of outcomes) onOutcome(outcome)
          return true
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)))
          return false
        }
      }
      const deliver = (outcomes: readonly FileOutcome[]): boolean => {
        if (!handOver(outcomes)) return false
        if (this.answered === this.queue.length) finish()
        return !settled
      }
      if (this.failure) return finish(this.failure)
      if (signal?.aborted) return finish()
      // Batches answered while the walk was still listing (`answered` counts them already).
      for (const outcomes of this.early.splice(0)) if (!handOver(outcomes)) return
      if (this.answered === this.queue.length) return finish()
      this.deliver = deliver
      this.onFailure = error => finish(error)
      signal?.addEventListener('abort', onAbort, { once: true })
      this.workers.forEach((_, index) => this.feed(index))
      if (!scanHere) return
      // The main thread's share: a batch at a time from the same queue, a file at a time, with a
      // turn of the event loop every few milliseconds so the workers' replies and the other
      // scanners' output are still read.
      void (async (): Promise<void> => {
        const turn = eventLoopTurns(YIELD_MS)
        while (!settled && this.taken < this.queue.length) {
          const outcomes: FileOutcome[] = []
          for (const job of this.queue[this.taken++] as ScanJob[]) {
            outcomes.push(await scanHere(job))
            await turn()
            if (settled) return
          }
          this.answered++
          deliver(outcomes)
        }
      })().catch((error: unknown) =>
        finish(error instanceof Error ? error : new Error(String(error)))
      )
    })
  }
}

/**
 * Scans `jobs` on `threads` fresh workers (and on the main thread with `scanHere`), then stops
 * them. Resolves when every file has an outcome or the signal aborts; rejects when a worker fails.
 */
export async function scanInWorkers(jobs: readonly ScanJob[], options: PoolOptions): Promise<void> {
  const threads = Math.min(options.threads, Math.max(1, makeBatches(jobs).length))
  const pool = new ScanPool({ ...options, threads })
  try {
    await pool.run(jobs, options)
  } finally {
    await pool.close()
  }
}

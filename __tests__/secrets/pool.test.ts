import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  bundledWorkerFile,
  makeBatches,
  planScan,
  POOL_MIN_BYTES,
  ScanPool,
  scanInWorkers,
  workerEnv
} from '../../src/secrets/pool.js'
import type { FileOutcome, ScanJob } from '../../src/secrets/scan-file.js'

const ECHO = path.resolve(import.meta.dirname, '../fixtures/secrets-pool/echo-worker.mjs')

const jobs = (n: number, size = 10_000, prefix = 'f'): ScanJob[] =>
  Array.from({ length: n }, (_, i) => ({ abs: `/x/${prefix}${i}`, rel: `${prefix}${i}`, size }))

describe('where the secret scan runs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-pool-'))
  const worker = path.join(dir, 'index.js')
  writeFileSync(worker, '')
  afterAllRm(dir)

  it('a small tree stays in-thread; a large one uses a worker per core beside the main thread', () => {
    expect(planScan(POOL_MIN_BYTES - 1, { workerFile: worker, cores: 4 })).toEqual({
      where: 'in-thread',
      why: `small tree (${POOL_MIN_BYTES - 1} bytes)`
    })
    expect(planScan(POOL_MIN_BYTES, { workerFile: worker, cores: 4 })).toEqual({
      where: 'workers',
      threads: 3,
      workerFile: worker
    })
    expect(planScan(1e9, { workerFile: worker, cores: 1 })).toEqual({
      where: 'in-thread',
      why: 'one core'
    })
  })

  it('from the sources (no worker bundle) it says so and scans in-thread', () => {
    expect(bundledWorkerFile(pathToFileURL('/r/src/secrets/pool.ts').href)).toBeUndefined()
    expect(bundledWorkerFile(pathToFileURL('/r/dist/cli/655.index.js').href)).toBe(
      '/r/dist/cli/secrets-worker/index.js'
    )
    expect(planScan(1e9, { workerFile: undefined, cores: 2 })).toEqual({
      where: 'in-thread',
      why: 'running from sources (no worker bundle)'
    })
  })

  it('a bundle without its worker file is an error, not a silent fallback', () => {
    expect(() => planScan(1e9, { workerFile: path.join(dir, 'missing.js'), cores: 2 })).toThrow(
      /worker bundle is missing/
    )
  })

  it('RUNGUARD_SECRET_WORKERS forces the count (0 = in-thread) and rejects nonsense', () => {
    expect(planScan(10, { workerFile: worker, cores: 2, override: '3' })).toMatchObject({
      where: 'workers',
      threads: 3
    })
    expect(planScan(1e9, { workerFile: worker, cores: 2, override: '0' })).toMatchObject({
      where: 'in-thread'
    })
    expect(() => planScan(10, { workerFile: worker, override: 'many' })).toThrow(
      /RUNGUARD_SECRET_WORKERS must be a whole number/
    )
  })
})

describe("the workers' environment", () => {
  it("is the main thread's, plus its compile cache when it has one, in the same directory", () => {
    const env = { PATH: '/bin', HOME: '/h' }
    expect(workerEnv(env, undefined)).toBe(env)
    // Node appends its version to NODE_COMPILE_CACHE: the worker is given the parent.
    expect(workerEnv(env, '/tmp/node-compile-cache/v24.19.0-x64-cf738c9d-0')).toEqual({
      PATH: '/bin',
      HOME: '/h',
      NODE_COMPILE_CACHE: '/tmp/node-compile-cache'
    })
    expect(env).toEqual({ PATH: '/bin', HOME: '/h' })
  })
})

describe('batches', () => {
  it('hold every file once, largest first, bounded in bytes and files', () => {
    const all = [
      ...jobs(300, 1000, 's'),
      { abs: '/x/big', rel: 'big', size: 5_000_000 },
      ...jobs(20, 200_000, 'm')
    ]
    const batches = makeBatches(all)
    expect(batches[0]).toEqual([{ abs: '/x/big', rel: 'big', size: 5_000_000 }])
    expect(
      batches
        .flat()
        .map(j => j.rel)
        .sort()
    ).toEqual(all.map(j => j.rel).sort())
    for (const b of batches.slice(1)) {
      expect(b.length).toBeLessThanOrEqual(128)
      expect(b.reduce((s, j) => s + j.size, 0)).toBeLessThanOrEqual(1024 * 1024)
    }
  })
})

describe('the worker pool', () => {
  it('gives every file exactly one outcome, spread over the workers', async () => {
    const seen: Array<FileOutcome & { threadId?: number }> = []
    await scanInWorkers(jobs(1000, 20_000), {
      workerFile: ECHO,
      threads: 2,
      demo: 'skip',
      onOutcome: o => seen.push(o)
    })
    expect(seen.map(o => o.rel).sort()).toEqual(
      jobs(1000, 20_000)
        .map(j => j.rel)
        .sort()
    )
    expect(new Set(seen.map(o => o.threadId)).size).toBe(2)
  })

  it('with the main thread scanning too, every file still has exactly one outcome', async () => {
    const all = jobs(2000, 5_000)
    const seen: Array<FileOutcome & { threadId?: number }> = []
    let here = 0
    await scanInWorkers(all, {
      workerFile: ECHO,
      threads: 1,
      demo: 'skip',
      onOutcome: o => seen.push(o),
      // A slow main thread (1 ms a file) still takes batches but leaves most of them to the worker.
      scanHere: async job => {
        here++
        await new Promise(resolve => setTimeout(resolve, 1))
        return { rel: job.rel, kind: 'scanned', matches: [] }
      }
    })
    expect(seen.map(o => o.rel).sort()).toEqual(all.map(j => j.rel).sort())
    const byWorker = seen.filter(o => o.threadId !== undefined).length
    expect(here).toBeGreaterThan(0)
    expect(byWorker).toBeGreaterThan(0)
    expect(here + byWorker).toBe(all.length)
  })

  it('a pool started early scans later, and a worker that failed meanwhile fails the run', async () => {
    const pool = new ScanPool({ workerFile: ECHO, threads: 2, demo: 'skip' })
    try {
      await new Promise(resolve => setTimeout(resolve, 20))
      const seen: string[] = []
      await pool.run(jobs(50), { onOutcome: o => seen.push(o.rel) })
      expect(seen.sort()).toEqual(
        jobs(50)
          .map(j => j.rel)
          .sort()
      )
    } finally {
      await pool.close()
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-pool-'))
    const bad = path.join(dir, 'bad.mjs')
    writeFileSync(bad, 'this is not javascript(')
    const broken = new ScanPool({ workerFile: bad, threads: 1, demo: 'skip' })
    try {
      await new Promise(resolve => broken['workers'][0]?.once('error', resolve))
      await expect(broken.run(jobs(3), { onOutcome: () => undefined })).rejects.toThrow(
        /secret scan worker failed/
      )
    } finally {
      await broken.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('files added while the walk lists are scanned by the workers once, and delivered by run', async () => {
    const listed = jobs(600, 20_000, 'early')
    const later = jobs(400, 20_000, 'late')
    const pool = new ScanPool({ workerFile: ECHO, threads: 2, demo: 'skip' })
    try {
      for (const job of listed) pool.add(job)
      // Let the workers answer every full batch before run is called (their outcomes wait).
      const fullBatches = Math.floor((600 * 20_000) / (1024 * 1024))
      while (pool['answered'] < fullBatches) await new Promise(resolve => setTimeout(resolve, 5))
      expect(pool['early'].length).toBeGreaterThan(0)
      const seen: Array<FileOutcome & { threadId?: number }> = []
      let here = 0
      await pool.run([...listed, ...later], {
        onOutcome: o => seen.push(o),
        scanHere: job => {
          here++
          return { rel: job.rel, kind: 'scanned', matches: [] }
        }
      })
      // Each file once: none lost, none scanned both early and again.
      expect(seen.map(o => o.rel).sort()).toEqual([...listed, ...later].map(j => j.rel).sort())
      expect(seen.filter(o => o.threadId === undefined).length).toBe(here)
    } finally {
      await pool.close()
    }
  })

  it('a run whose files were all added resolves once each has an outcome', async () => {
    const listed = jobs(10)
    const pool = new ScanPool({ workerFile: ECHO, threads: 1, demo: 'skip' })
    try {
      for (const job of listed) pool.add(job)
      const seen: string[] = []
      await pool.run(listed, { onOutcome: o => seen.push(o.rel) })
      expect(seen.sort()).toEqual(listed.map(j => j.rel).sort())
    } finally {
      await pool.close()
    }
  })

  it('rejects when a worker throws, naming the error', async () => {
    await expect(
      scanInWorkers([...jobs(5), { abs: '/x/crash', rel: 'crash', size: 1 }], {
        workerFile: ECHO,
        threads: 2,
        demo: 'skip',
        onOutcome: () => undefined
      })
    ).rejects.toThrow(/secret scan worker failed: boom in the worker/)
  })

  it('rejects when the worker file cannot load', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-pool-'))
    const bad = path.join(dir, 'bad.mjs')
    writeFileSync(bad, 'this is not javascript(')
    try {
      await expect(
        scanInWorkers(jobs(3), {
          workerFile: bad,
          threads: 1,
          demo: 'skip',
          onOutcome: () => undefined
        })
      ).rejects.toThrow(/secret scan worker failed/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('stops the workers and resolves when the scan is cancelled', async () => {
    const controller = new AbortController()
    const seen: string[] = []
    const done = scanInWorkers([{ abs: '/x/hang', rel: 'hang', size: 1 }, ...jobs(3)], {
      workerFile: ECHO,
      threads: 1,
      demo: 'skip',
      signal: controller.signal,
      onOutcome: o => seen.push(o.rel)
    })
    setTimeout(() => controller.abort(), 50)
    await expect(done).resolves.toBeUndefined()
    expect(seen).not.toContain('hang')
  })
})

function afterAllRm(dir: string): void {
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
}

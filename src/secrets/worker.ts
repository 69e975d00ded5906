import { parentPort, workerData } from 'node:worker_threads'
import type { DemoPolicy } from './engine.js'
import { mapLimit } from './files.js'
import { scanFile } from './scan-file.js'
import type { BatchReply, BatchRequest } from './pool.js'

/**
 * The secret detector's worker thread (bundled on its own by `npm run build` as
 * dist/secrets-worker/index.js and dist/cli/secrets-worker/index.js). It reads and scans the
 * files of each batch the pool (src/secrets/pool.ts) sends (a few reads in flight), and answers with
 * what it found; only paths go in and only matches come out, so memory stays bounded.
 */

const port = parentPort
if (!port) throw new Error('src/secrets/worker.ts runs only as a worker thread')
const READS_IN_FLIGHT = 4
const demo = (workerData as { demo: DemoPolicy }).demo

port.on('message', (request: BatchRequest) => {
  void (async (): Promise<void> => {
    // A few reads in flight, so the next file is read while this one is scanned.
    const outcomes = await mapLimit(request.jobs, READS_IN_FLIGHT, job => scanFile(job, demo))
    port.postMessage({ id: request.id, outcomes } satisfies BatchReply)
  })()
})

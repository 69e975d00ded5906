import { parentPort, workerData } from 'node:worker_threads'
import { prepareEngine, type DemoPolicy } from './engine.js'
import { scanFile, type FileOutcome } from './scan-file.js'
import type { BatchReply, BatchRequest } from './pool.js'

/**
 * The secret detector's worker thread (bundled on its own by `npm run build` as
 * dist/secrets-worker/index.js and dist/cli/secrets-worker/index.js). It reads and scans the
 * files of each batch the pool (src/secrets/pool.ts) sends, and answers with
 * what it found; only paths go in and only matches come out, so memory stays bounded.
 */

const port = parentPort
if (!port) throw new Error('src/secrets/worker.ts runs only as a worker thread')
const demo = (workerData as { demo: DemoPolicy }).demo

port.on('message', (request: BatchRequest) => {
  void (async (): Promise<void> => {
    // One file after the other: reads are synchronous (a worker has nothing else to do while
    // it waits), only files large enough to be streamed are awaited.
    const outcomes: FileOutcome[] = []
    for (const job of request.jobs) outcomes.push(await scanFile(job, demo))
    port.postMessage({ id: request.id, outcomes } satisfies BatchReply)
  })()
})

// The keyword automaton and the rules' tables, built while the main thread is still listing
// files: messages that arrive meanwhile wait in the port's queue.
prepareEngine()

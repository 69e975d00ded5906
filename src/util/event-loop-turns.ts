/**
 * For synchronous work done in a loop on the main thread (the secret scan reads and scans files
 * synchronously): call the returned function after each step, and the event loop gets a turn
 * once at least `ms` have passed since the last one, so the other scanners' output and the
 * workers' replies are still read while the loop runs.
 */
export function eventLoopTurns(ms: number): () => Promise<void> {
  let last = performance.now()
  return async () => {
    if (performance.now() - last < ms) return
    await new Promise<void>(resolve => setImmediate(resolve))
    last = performance.now()
  }
}

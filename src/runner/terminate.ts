import type { ProcessKey } from './monitor.js'

/** What terminateTree needs from the started tree (ScriptProcess). */
export interface TreeHandle {
  signal(sig: 'SIGTERM' | 'SIGKILL'): void
  killAll(): Promise<void>
  /** The helper knows nothing is left (see ScriptProcess.settled). */
  settled(): boolean
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

/** After the strongest kill, how long to keep killing what is still seen before giving up. */
const KILL_ROUNDS_MS = 5000

function send(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Gone already, or not ours.
  }
}

/**
 * Ends whatever of the tree is still alive: SIGTERM (unless `termSent`), up to `graceMs` for it
 * to exit, then the strongest kill the tree has (namespace, cgroup or the shim's freeze-then-kill
 * loop) plus SIGKILL rounds on every pid still seen. `survivors` lists the live processes
 * (monitor, plus the environment-marker scan outside a namespace). The tree is gone only when
 * the scan sees nothing *and* the helper agrees: a scan can miss a link of a fork chain in
 * flight between parents, and stopping early then leaves the helper to be SIGKILLed later with
 * the chain still running, re-parented to init. Returns how many processes were found (at least
 * one when only the helper knew of them).
 */
export async function terminateTree(
  tree: TreeHandle,
  survivors: () => ProcessKey[],
  graceMs: number,
  termSent: boolean
): Promise<number> {
  let live = survivors()
  let count = live.length
  const gone = (): boolean => {
    live = survivors()
    count = Math.max(count, live.length)
    return live.length === 0 && tree.settled()
  }
  if (live.length === 0 && tree.settled()) return 0
  if (!termSent) {
    tree.signal('SIGTERM')
    for (const p of live) send(p.pid, 'SIGTERM')
  }
  const deadline = performance.now() + graceMs
  while (performance.now() < deadline) {
    await sleep(Math.min(50, Math.max(1, deadline - performance.now())))
    if (gone()) return count
  }
  // Still there after the grace: whatever the scan saw, something was running.
  count = Math.max(count, 1)
  await tree.killAll()
  const stop = performance.now() + KILL_ROUNDS_MS
  while (!gone() && performance.now() < stop) {
    tree.signal('SIGKILL')
    for (const p of live) send(p.pid, 'SIGKILL')
    await sleep(25)
  }
  return count
}

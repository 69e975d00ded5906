import type { ProcessKey } from './monitor.js'

/** What terminateTree needs from the started tree (ScriptProcess). */
export interface TreeHandle {
  signal(sig: 'SIGTERM' | 'SIGKILL'): void
  killAll(): Promise<void>
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

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
 * (monitor, plus the environment-marker scan outside a namespace). Returns how many processes
 * were found at the start.
 */
export async function terminateTree(
  tree: TreeHandle,
  survivors: () => ProcessKey[],
  graceMs: number,
  termSent: boolean
): Promise<number> {
  let live = survivors()
  const count = live.length
  if (count === 0) return 0
  if (!termSent) {
    tree.signal('SIGTERM')
    for (const p of live) send(p.pid, 'SIGTERM')
  }
  const deadline = performance.now() + graceMs
  while (performance.now() < deadline) {
    await sleep(Math.min(50, Math.max(1, deadline - performance.now())))
    live = survivors()
    if (live.length === 0) return count
  }
  await tree.killAll()
  for (let round = 0; round < 40; round++) {
    live = survivors()
    if (live.length === 0) break
    tree.signal('SIGKILL')
    for (const p of live) send(p.pid, 'SIGKILL')
    await sleep(25)
  }
  return count
}

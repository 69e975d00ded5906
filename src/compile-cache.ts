import module from 'node:module'

/**
 * Turns on V8's on-disk compile cache where Node offers it (`module.enableCompileCache`, Node ≥
 * 22.1; the Action runs on node24): the bundle's chunks are then compiled once per machine, not
 * on every start. On Node 20 (still supported by the CLI) the function does not exist and this
 * does nothing. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as Node documents; Node picks the
 * directory (NODE_COMPILE_CACHE overrides it). Never throws: a cache is an optimisation only.
 */
export function enableCompileCache(): void {
  const enable = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache
  if (typeof enable !== 'function') return
  try {
    enable()
  } catch {
    // A read-only or missing cache directory only costs the speed-up.
  }
}

import { createHash } from 'node:crypto'
import { readFileSync, readlinkSync, statSync } from 'node:fs'
import { cachedProbe, forgetProbe, rememberProbe } from '../scanners/detect-cache.js'
import { isWithin, realpathLenient, resolveTool } from '../trust/tool-path.js'

/**
 * Remembers, between runs, the two facts every monitored run used to probe with a blocking
 * spawn before the script could start: which Python runs the helper (`python3` behind a pyenv
 * shim costs a dozen bash processes) and whether the namespaces can be created here (a second
 * Python, through `sudo -n` when not root). Together they were most of `runguard run`'s fixed
 * cost. The facts live in the tools directory's detect cache (detect-cache.ts: outside the
 * workspace, written atomically), under keys that change whenever the answer could:
 * - the helper Python: the `python3` PATH finds (path, real path, size, times, inode), and the
 *   interpreter it named must still be the same file when read back;
 * - isolation: that interpreter, the helper's source, the user, the boot, the namespaces and
 *   capabilities runguard itself runs in (another container or a dropped capability is another
 *   key) and, without root, sudo and its configuration. Only a positive answer is kept: a
 *   failed probe is retried every run. When a remembered answer proves wrong at launch, the
 *   caller forgets it and decides again live (index.ts), so a stale entry costs one retry,
 *   never the run.
 */

/** Where the facts may be cached; undefined = probe live (no tools directory, or inside it). */
export interface LaunchCache {
  toolsDir: string
  workspace: string
}

/** A cache usable for these settings, or undefined when the tools directory is not trusted. */
export function launchCache(toolsDir: string, workspace: string): LaunchCache | undefined {
  return isWithin(workspace, toolsDir) ? undefined : { toolsDir, workspace }
}

function fileId(file: string): unknown[] {
  const st = statSync(file)
  return [file, realpathLenient(file), st.size, st.mtimeMs, st.ctimeMs, st.ino]
}

/** Key for the helper Python of `python3` on `pathValue`, or undefined (not found/untrusted). */
export function helperPythonKey(pathValue: string, cache: LaunchCache): string | undefined {
  try {
    const found = resolveTool('python3', pathValue, cache.workspace)
    return found === undefined ? undefined : JSON.stringify(['helper-python', ...fileId(found)])
  } catch {
    return undefined
  }
}

/** The remembered helper Python for `key`, if it is still the very file that was probed. */
export function cachedHelperPython(key: string, cache: LaunchCache): string | undefined {
  const value = cachedProbe(cache.toolsDir, key)
  if (value === undefined) return undefined
  try {
    const { python, id } = JSON.parse(value) as { python?: unknown; id?: unknown }
    if (typeof python !== 'string' || !python.startsWith('/')) return undefined
    if (isWithin(cache.workspace, python)) return undefined
    return JSON.stringify(fileId(python)) === JSON.stringify(id) ? python : undefined
  } catch {
    return undefined
  }
}

export function rememberHelperPython(key: string, python: string, cache: LaunchCache): void {
  try {
    if (isWithin(cache.workspace, python)) return
    rememberProbe(cache.toolsDir, key, JSON.stringify({ python, id: fileId(python) }))
  } catch {
    // The interpreter vanished meanwhile: nothing to remember.
  }
}

function readOr(file: string, read: (f: string) => string): string {
  try {
    return read(file)
  } catch {
    return ''
  }
}

/** What decides whether this process can create the namespaces (see the module comment). */
export function isolationKey(
  python: string,
  helperSource: string,
  cache: LaunchCache
): string | undefined {
  try {
    const uid = process.getuid?.() ?? -1
    const status = readOr('/proc/self/status', f => readFileSync(f, 'utf8'))
    const caps = status
      .split('\n')
      .filter(l => /^(CapEff|CapBnd|NoNewPrivs|Seccomp):/.test(l))
      .join(';')
    const namespaces = ['mnt', 'pid', 'user', 'cgroup'].map(ns =>
      readOr(`/proc/self/ns/${ns}`, readlinkSync)
    )
    const sudo: unknown[] = []
    if (uid !== 0) {
      const found = resolveTool('sudo', process.env.PATH ?? '', cache.workspace)
      if (found === undefined) return undefined
      sudo.push(...fileId(found))
      for (const f of ['/etc/sudoers', '/etc/sudoers.d']) {
        try {
          const st = statSync(f)
          sudo.push(st.mtimeMs, st.ctimeMs, st.ino)
        } catch {
          sudo.push(null)
        }
      }
    }
    return JSON.stringify([
      'isolation',
      ...fileId(python),
      createHash('sha256').update(helperSource).digest('hex').slice(0, 16),
      uid,
      readOr('/proc/sys/kernel/random/boot_id', f => readFileSync(f, 'utf8').trim()),
      ...namespaces,
      caps,
      sudo
    ])
  } catch {
    return undefined
  }
}

/** `root` or `sudo` when namespaces were created under this key before. */
export function cachedIsolation(key: string, cache: LaunchCache): 'root' | 'sudo' | undefined {
  const value = cachedProbe(cache.toolsDir, key)
  return value === 'root' || value === 'sudo' ? value : undefined
}

export function rememberIsolation(key: string, via: 'root' | 'sudo', cache: LaunchCache): void {
  rememberProbe(cache.toolsDir, key, via)
}

export function forgetLaunchFact(key: string, cache: LaunchCache): void {
  forgetProbe(cache.toolsDir, key)
}

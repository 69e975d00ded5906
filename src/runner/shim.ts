import { execFileSync } from 'node:child_process'

/**
 * The rusage shim. Node cannot get a child's rusage (libuv reaps with
 * waitpid and discards it), so a few lines of Python sit between Node and the target:
 * - PR_SET_CHILD_SUBREAPER (prctl 36) makes orphans — double-forked or setsid'd daemons —
 *   re-parent to the shim, so the monitor still finds them and their CPU reaches
 *   RUSAGE_CHILDREN when the shim reaps them;
 * - the target is posix_spawn'ed in its OWN process group (the shim is not in it, so signalling
 *   the target's group cannot kill the shim before it reports), with SIGPIPE/SIGXFSZ reset to
 *   default (Python ignores SIGPIPE; the target must not inherit that);
 * - events go to fd 3 as JSON lines: spawned {pid} | error {errno} ; exited {code, signal, wall} ;
 *   done {ru, selfMaxrss}. `done` comes after every child was reaped (RUSAGE_CHILDREN then covers
 *   the whole tree exactly and is fresh per attempt: a new shim per attempt).
 * The shim's own memory is never counted: the monitor excludes its pid, and the children's
 * ru_maxrss is only used when it exceeds the shim's own peak (posix_spawn's vfork carries the
 * spawner's high-water mark into the child's ru_maxrss as a floor).
 */
export const SHIM_SOURCE = `
import os, sys, time, signal, resource
fd = int(sys.argv[1])
argv = sys.argv[2:]
os.set_inheritable(fd, False)
out = os.fdopen(fd, 'w')
# JSON by hand: importing json (re, enum) would double the shim's start-up CPU.
def send(text):
    out.write('{' + text + '}\\n'); out.flush()
def b(v):
    return 'true' if v else 'false'
sub = False
try:
    import ctypes
    sub = ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0
except Exception:
    pass
t0 = time.monotonic()
try:
    pid = os.posix_spawnp(argv[0], argv, os.environ, setpgroup=0,
                          setsigdef=(signal.SIGPIPE, signal.SIGXFSZ))
except OSError as e:
    msg = ''.join(c for c in (e.strerror or 'error') if c.isalnum() or c in ' ,.-')
    send('"event":"error","errno":%d,"message":"%s"' % (e.errno or 0, msg))
    sys.exit(127)
send('"event":"spawned","pid":%d,"subreaper":%s' % (pid, b(sub)))
_, status, _ = os.wait4(pid, 0)
wall = time.monotonic() - t0
if os.WIFSIGNALED(status):
    send('"event":"exited","code":null,"signal":%d,"wall":%r' % (os.WTERMSIG(status), wall))
else:
    send('"event":"exited","code":%d,"signal":null,"wall":%r' % (os.WEXITSTATUS(status), wall))
while True:
    try:
        os.wait4(-1, 0)
    except ChildProcessError:
        break
r = resource.getrusage(resource.RUSAGE_CHILDREN)
s = resource.getrusage(resource.RUSAGE_SELF)
send('"event":"done","selfMaxrss":%d,"ru":{"utime":%r,"stime":%r,"maxrss":%d,"minflt":%d,'
     '"majflt":%d,"inblock":%d,"oublock":%d,"nvcsw":%d,"nivcsw":%d}' % (
     s.ru_maxrss, r.ru_utime, r.ru_stime, r.ru_maxrss, r.ru_minflt, r.ru_majflt,
     r.ru_inblock, r.ru_oublock, r.ru_nvcsw, r.ru_nivcsw))
`

/** rusage of all reaped descendants, as the shim reports it (times in seconds, maxrss in KiB). */
export interface ShimRusage {
  utime: number
  stime: number
  maxrss: number
  minflt: number
  majflt: number
  inblock: number
  oublock: number
  nvcsw: number
  nivcsw: number
}

export type ShimEvent =
  | { event: 'spawned'; pid: number; subreaper: boolean }
  | { event: 'error'; errno: number; message: string }
  | { event: 'exited'; code: number | null; signal: number | null; wall: number }
  | { event: 'done'; selfMaxrss: number; ru: ShimRusage }

/** Parses one fd-3 line; undefined for anything unexpected (the caller then falls back). */
export function parseShimEvent(line: string): ShimEvent | undefined {
  try {
    const value = JSON.parse(line) as { event?: unknown }
    if (value && typeof value === 'object' && typeof value.event === 'string') {
      return value as ShimEvent
    }
  } catch {
    // Not JSON: ignored.
  }
  return undefined
}

let cached: { python: string | undefined } | undefined

/**
 * Absolute path of a Python ≥ 3.8 usable for the shim (posix_spawnp with setpgroup), or
 * undefined. Probed once per process; resolving `sys.executable` skips wrappers such as pyenv
 * shims that would add a bash process and startup time to every attempt.
 */
export function findShimPython(): string | undefined {
  if (cached) return cached.python
  let python: string | undefined
  if (process.platform === 'linux') {
    try {
      const out = execFileSync(
        'python3',
        [
          '-I',
          '-S',
          '-c',
          'import os, sys, resource, ctypes; assert hasattr(os, "posix_spawnp"); print(sys.executable)'
        ],
        { encoding: 'utf8', timeout: 10000, stdio: ['ignore', 'pipe', 'ignore'] }
      ).trim()
      python = out.startsWith('/') ? out : undefined
    } catch {
      python = undefined
    }
  }
  cached = { python }
  return python
}

import { execFileSync } from 'node:child_process'
import {
  cachedHelperPython,
  helperPythonKey,
  rememberHelperPython,
  type LaunchCache
} from './launch-cache.js'

/**
 * The runner's Python helper, one source with three modes (Python is there: the targets are
 * Python projects, and Node has neither wait4 rusage nor prctl).
 *
 * `shim <fd> <cgroup.procs|-> argv…` sits between Node and the script:
 * - PR_SET_CHILD_SUBREAPER (prctl 36): orphans (double-forked or setsid'd daemons) re-parent to
 *   the shim, so they stay in its tree: the monitor finds them, their CPU reaches
 *   RUSAGE_CHILDREN when they are reaped, and the tree killer reaches them;
 * - the target is posix_spawn'ed in its OWN process group (signalling that group cannot kill
 *   the shim before it reports), with the signals the helper ignores reset to default;
 * - fd 3 is a socket pair: events go out as JSON lines (spawned {pid} | error {errno} ;
 *   exited {code, signal, wall} ; done {ru, selfMaxrss}; note {message}), commands come in
 *   (`term`: SIGTERM to every descendant; `kill`: SIGSTOP every descendant until a pass finds no
 *   new one, then SIGKILL them all). EOF on fd 3 means runguard is gone: kill the tree, exit.
 * - with a cgroup.procs path, the shim moves itself into that cgroup before spawning, so the
 *   whole tree is in it from the first fork.
 *
 * `isolate <socket>` runs as root (runguard is root, or through `sudo -n`): it connects to
 * runguard's socket, reads the launch frame (identity, umask, cwd, argv, env, paths to hide),
 * unshares PID and mount namespaces and forks PID 1 of the new namespace, which mounts a fresh
 * /proc (so no process outside the namespace is visible), hides the given paths, drops to the
 * original uid/gid and groups (or, for root, to Docker's capability set with /proc/sys and /sys
 * read-only), sets no_new_privs (sudo and other set-uid programs stop working) and runs the
 * shim's logic as the namespace's init. `term`/`kill` become kill(-1) inside the namespace;
 * EOF kills everything; PID 1 dies with the launcher (PR_SET_PDEATHSIG), and the kernel kills
 * every process of a namespace whose init exits. The launcher reports PID 1's host pid (`ns`).
 *
 * `probe` checks that the namespaces can be created; prints why not.
 *
 * The helper's own memory is never counted: the monitor excludes the tree's root, and the
 * children's ru_maxrss is only used when it exceeds the helper's own peak (posix_spawn's vfork
 * carries the spawner's high-water mark into the child's ru_maxrss as a floor).
 */
export const HELPER_SOURCE = String.raw`
import os, sys, time, _signal as signal, _ctypes, _thread
# _signal, not signal: the same functions and numbers without the enum module, which was a
# third of the helper's start-up CPU. resource is imported once the script is spawned.
# _ctypes, not ctypes: the same calls into libc without ctypes' Python layer (struct, types and
# its type classes: ~5 ms of start-up); these classes are what ctypes.CDLL(None,
# use_errno=True), c_ulong, c_uint32 and c_int build on.


class UL(_ctypes._SimpleCData):
    _type_ = 'L'


class U32(_ctypes._SimpleCData):
    _type_ = 'I'


class Int(_ctypes._SimpleCData):
    _type_ = 'i'


class Function(_ctypes.CFuncPtr):
    _flags_ = _ctypes.FUNCFLAG_CDECL | _ctypes.FUNCFLAG_USE_ERRNO
    _restype_ = Int


class Libc:
    _handle = _ctypes.dlopen(None, _ctypes.RTLD_LOCAL)

    def __getattr__(self, name):
        function = Function((name, self))
        setattr(self, name, function)
        return function


libc = Libc()
MODE = sys.argv[1]
EV = -1
# Signals the helper ignores or handles; the script starts with every one at its default.
RESET = (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# Docker's default capability set: what a root script keeps inside the namespaces.
KEEP = (0, 1, 3, 4, 5, 6, 7, 8, 10, 13, 18, 27, 29, 31)
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18


def prctl(op, a=0, b=0, c=0, d=0):
    return libc.prctl(op, UL(a), UL(b), UL(c), UL(d)) == 0


def errno_text(what):
    return what + ': ' + os.strerror(_ctypes.get_errno())


def clean(text):
    return ''.join(c for c in text if c.isalnum() or c in ' ,.-:/_()=+')


# JSON by hand: importing json (re, enum) would double the helper's start-up CPU.
def send(text):
    os.write(EV, ('{' + text + '}\n').encode())


def b(v):
    return 'true' if v else 'false'


def note(text):
    send('"event":"note","message":"%s"' % clean(text))


def read_state(pid):
    try:
        with open('/proc/%d/stat' % pid, 'rb') as f:
            data = f.read()
        return chr(data[data.rindex(b')') + 2])
    except (OSError, ValueError, IndexError):
        return ''


def children(pid):
    found = []
    try:
        tids = os.listdir('/proc/%d/task' % pid)
    except OSError:
        return found
    for tid in tids:
        try:
            with open('/proc/%d/task/%s/children' % (pid, tid), 'rb') as f:
                found += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return found


def children_by_scan():
    """ppid -> pids from /proc/*/stat, for kernels without CONFIG_PROC_CHILDREN."""
    kids = {}
    for name in os.listdir('/proc'):
        if name.isdigit():
            try:
                with open('/proc/%s/stat' % name, 'rb') as f:
                    data = f.read()
                ppid = int(data[data.rindex(b')') + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            kids.setdefault(ppid, []).append(int(name))
    return kids


def tree():
    """Every live descendant of this process (orphans come back to it: it is a subreaper)."""
    me = os.getpid()
    scan = None if os.path.exists('/proc/%d/task/%d/children' % (me, me)) else children_by_scan()
    seen = []
    todo = [me]
    while todo:
        pid = todo.pop()
        for c in children(pid) if scan is None else scan.get(pid, []):
            if c not in seen:
                seen.append(c)
                todo.append(c)
    return [p for p in seen if read_state(p) not in ('Z', 'X', '')]


def signal_all(sig):
    for p in tree():
        try:
            os.kill(p, sig)
        except OSError:
            pass


def freeze_and_kill():
    """SIGSTOP every descendant until a full pass finds no new one (a stopped process cannot
    fork, and orphans re-parent to this subreaper, so the set converges), then SIGKILL all."""
    stopped = set()
    for _ in range(100000):
        fresh = [p for p in tree() if p not in stopped]
        if not fresh:
            if all(read_state(p) in ('T', 't', 'Z', 'X', '') for p in stopped):
                if not [p for p in tree() if p not in stopped]:
                    break
            else:
                time.sleep(0.001)
            continue
        for p in fresh:
            try:
                os.kill(p, signal.SIGSTOP)
            except OSError:
                pass
            stopped.add(p)
    for _ in range(1000):
        live = tree()
        if not live:
            break
        for p in live:
            try:
                os.kill(p, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.001)


def control(on_command, on_eof, buffered=b''):
    """Commands from runguard, one per line; EOF means runguard is gone: kill everything."""
    buf = buffered
    while True:
        while b'\n' in buf:
            line, _, buf = buf.partition(b'\n')
            on_command(line.strip())
        try:
            chunk = os.read(EV, 256)
        except OSError:
            chunk = b''
        if not chunk:
            on_eof()
            return
        buf += chunk


def run(argv, env, subreaper):
    t0 = time.monotonic()
    try:
        pid = os.posix_spawnp(argv[0], argv, env, setpgroup=0, setsigdef=RESET)
    except OSError as e:
        send('"event":"error","errno":%d,"message":"%s"' % (e.errno or 0, clean(e.strerror or 'error')))
        return 127
    send('"event":"spawned","pid":%d,"subreaper":%s' % (pid, b(subreaper)))
    # Loaded while the script starts, not before: only the final report needs it.
    import resource
    # Reap every child while waiting for the script: orphans re-parented here would otherwise
    # stay zombies until it ends, and a forking chain would exhaust the machine's pids.
    while True:
        try:
            reaped, status, _ = os.wait4(-1, 0)
        except InterruptedError:
            continue
        if reaped == pid:
            break
    wall = time.monotonic() - t0
    # Anything left? Asked of the kernel (orphans come back here), not of /proc, whose children
    # lists can miss a process that is moving from an exiting parent to this one.
    try:
        os.wait4(-1, os.WNOHANG)
        rest = True
    except ChildProcessError:
        rest = False
    if os.WIFSIGNALED(status):
        send('"event":"exited","code":null,"signal":%d,"wall":%r,"rest":%s' % (os.WTERMSIG(status), wall, b(rest)))
    else:
        send('"event":"exited","code":%d,"signal":null,"wall":%r,"rest":%s' % (os.WEXITSTATUS(status), wall, b(rest)))
    while True:
        try:
            os.wait4(-1, 0)
        except ChildProcessError:
            break
        except InterruptedError:
            pass
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    s = resource.getrusage(resource.RUSAGE_SELF)
    send('"event":"done","selfMaxrss":%d,"ru":{"utime":%r,"stime":%r,"maxrss":%d,"minflt":%d,'
         '"majflt":%d,"inblock":%d,"oublock":%d,"nvcsw":%d,"nivcsw":%d}' % (
         s.ru_maxrss, r.ru_utime, r.ru_stime, r.ru_maxrss, r.ru_minflt, r.ru_majflt,
         r.ru_inblock, r.ru_oublock, r.ru_nvcsw, r.ru_nivcsw))
    return 0


def shim():
    """Between runguard and the script: subreaper, exact rusage, and the tree killer."""
    global EV
    EV = int(sys.argv[2])
    os.set_inheritable(EV, False)
    if sys.argv[3] != '-':
        try:
            with open(sys.argv[3], 'w') as f:
                f.write(str(os.getpid()))
        except OSError as e:
            note('could not join the cgroup: ' + (e.strerror or 'error'))
    sub = prctl(36, 1)

    def command(line):
        if line == b'term':
            signal_all(signal.SIGTERM)
        elif line == b'kill':
            freeze_and_kill()

    def eof():
        freeze_and_kill()
        os._exit(1)

    _thread.start_new_thread(control, (command, eof))
    return run(sys.argv[4:], os.environ, sub)


def mount(source, target, fstype, flags, data=None):
    enc = lambda s: None if s is None else os.fsencode(s)
    if libc.mount(enc(source), enc(target), enc(fstype), UL(flags), enc(data)) != 0:
        raise OSError(_ctypes.get_errno(), errno_text('mount ' + target))


def read_frame():
    data = b''
    while b'\n' not in data:
        chunk = os.read(EV, 65536)
        if not chunk:
            os._exit(3)
        data += chunk
    head, _, rest = data.partition(b'\n')
    size = int(head)
    while len(rest) < size:
        chunk = os.read(EV, 65536)
        if not chunk:
            os._exit(3)
        rest += chunk
    return rest[:size].split(b'\0'), rest[size:]


def enter_namespaces():
    """New PID and mount namespaces; returns in the child, which is PID 1 there."""
    if libc.unshare(0x20000000 | 0x00020000) != 0:
        raise OSError(_ctypes.get_errno(), errno_text('unshare(CLONE_NEWPID|CLONE_NEWNS)'))
    r, w = os.pipe()
    child = os.fork()
    if child:
        os.close(r)
        if EV >= 0:
            send('"event":"ns","pid":%d' % child)
            os.close(EV)
        os.write(w, b'g')
        os.close(w)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        _, status = os.waitpid(child, 0)
        os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
    os.close(w)
    os.read(r, 1)
    os.close(r)
    # Private propagation: nothing mounted here reaches the host, and the reverse.
    mount(None, '/', None, MS_REC | MS_PRIVATE)
    mount('proc', '/proc', 'proc', MS_NOSUID | MS_NODEV | MS_NOEXEC)


def read_only(path, is_mount):
    if not is_mount:
        mount(path, path, None, MS_BIND | MS_REC)
    # MS_BIND with MS_REMOUNT changes this mount only, never the shared superblock.
    mount(None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY)


def harden_for_root():
    """A root script keeps Docker's capability set; /proc/sys and /sys become read-only."""
    for path in ('/proc/sys', '/proc/sysrq-trigger', '/proc/irq', '/proc/bus', '/proc/fs'):
        if os.path.exists(path):
            read_only(path, False)
    with open('/proc/self/mountinfo', 'rb') as f:
        points = [os.fsdecode(l.split(b' ')[4]) for l in f.read().splitlines()]
    for point in points:
        point = point.replace('\\040', ' ')
        if point == '/sys' or point.startswith('/sys/'):
            try:
                read_only(point, True)
            except OSError as e:
                note('could not make %s read-only: %s' % (point, e.strerror))
    with open('/proc/sys/kernel/cap_last_cap') as f:
        last = int(f.read())
    for cap in range(last + 1):
        if cap not in KEEP and not prctl(24, cap):
            raise OSError(_ctypes.get_errno(), errno_text('PR_CAPBSET_DROP'))
    prctl(47, 4)
    # The capability header {u32 version; int pid} and two {u32 effective, permitted,
    # inheritable} as flat u32 arrays (an array argument is passed as a pointer to it).
    header = (U32 * 2)(0x20080522, 0)
    data = (U32 * 6)()
    if libc.capget(header, data) == 0:
        data[2] = data[5] = 0
        libc.capset(header, data)


def isolate():
    """Runs as root (directly or through sudo -n): namespaces, hidden paths, then the script as
    the original user with no_new_privs, under this process as PID 1 of the namespace."""
    global EV
    import _socket
    s = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    s.connect(sys.argv[2])
    EV = s.detach()
    fields, extra = read_frame()
    it = iter(fields)
    take = lambda: next(it)
    uid, gid = int(take()), int(take())
    groups = [int(g) for g in take().split(b',') if g]
    umask, cwd = int(take(), 8), take()
    argv = [take() for _ in range(int(take()))]
    env = dict(e.split(b'=', 1) for e in [take() for _ in range(int(take()))] if b'=' in e)
    hide = [os.fsdecode(take()) for _ in range(int(take()))]
    try:
        enter_namespaces()
    except OSError as e:
        send('"event":"isolation-failed","message":"%s"' % clean(str(e.strerror or e)))
        os._exit(3)
    try:
        for path in hide:
            try:
                if os.path.isdir(path):
                    mount('tmpfs', path, 'tmpfs', MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, 'size=4k,mode=755')
                elif os.path.exists(path):
                    mount('/dev/null', path, None, MS_BIND)
            except OSError as e:
                note('could not hide %s: %s' % (path, e.strerror))
        if uid == 0:
            harden_for_root()
        else:
            os.setgroups(groups)
            os.setresgid(gid, gid, gid)
            os.setresuid(uid, uid, uid)
        if not prctl(38, 1):
            raise OSError(_ctypes.get_errno(), errno_text('PR_SET_NO_NEW_PRIVS'))
        # After the uid change (which clears it): die with the launcher.
        prctl(1, signal.SIGKILL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        os.umask(umask)
        os.chdir(cwd)
    except OSError as e:
        send('"event":"isolation-failed","message":"%s"' % clean(str(e.strerror or e)))
        os._exit(3)
    # posix_spawnp searches the PATH of this process: make it the script's.
    os.environ['PATH'] = os.fsdecode(env.get(b'PATH', os.fsencode(os.defpath)))

    def command(line):
        # PID 1 of the namespace: kill(-1) reaches every process in it, setsid or not.
        if line in (b'term', b'kill'):
            try:
                os.kill(-1, signal.SIGTERM if line == b'term' else signal.SIGKILL)
            except OSError:
                pass

    def eof():
        try:
            os.kill(-1, signal.SIGKILL)
        except OSError:
            pass
        os._exit(1)

    _thread.start_new_thread(control, (command, eof, extra))
    return run(argv, env, True)


def probe():
    """Can this process create the namespaces? Prints ok, or why not."""
    try:
        enter_namespaces()
    except OSError as e:
        sys.stdout.write(str(e.strerror or e) + '\n')
        os._exit(3)
    os._exit(0)


if MODE == 'shim':
    os._exit(shim())
elif MODE == 'isolate':
    os._exit(isolate())
elif MODE == 'probe':
    probe()
`

/** rusage of all reaped descendants, as the helper reports it (times in seconds, maxrss in KiB). */
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
  | {
      event: 'exited'
      code: number | null
      signal: number | null
      wall: number
      /** The helper still had children (orphans of the script) when the script exited. */
      rest?: boolean
    }
  | { event: 'done'; selfMaxrss: number; ru: ShimRusage }
  | { event: 'note'; message: string }
  | { event: 'ns'; pid: number }
  | { event: 'isolation-failed'; message: string }

/** Parses one event line; undefined for anything unexpected (the caller then falls back). */
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

/** argv of the shim: python, the events/commands fd, the cgroup to join, then the script. */
export function shimArgv(
  python: string,
  eventsFd: number,
  cgroupProcs: string | undefined,
  argv: readonly string[]
): string[] {
  return [
    python,
    '-I',
    '-S',
    '-c',
    HELPER_SOURCE,
    'shim',
    String(eventsFd),
    cgroupProcs ?? '-',
    ...argv
  ]
}

/** argv of the isolation launcher (prefixed with `sudo -n` when runguard is not root). */
export function isolateArgv(python: string, socketPath: string): string[] {
  return [python, '-I', '-S', '-c', HELPER_SOURCE, 'isolate', socketPath]
}

/** argv of the namespace probe. */
export function probeArgv(python: string): string[] {
  return [python, '-I', '-S', '-c', HELPER_SOURCE, 'probe']
}

let cached: { python: string | undefined } | undefined

/**
 * Absolute path of a Python >= 3.8 usable for the helper (posix_spawnp with setpgroup), or
 * undefined. Probed once per process, and remembered across runs in the tools directory when
 * `cache` is given (launch-cache.ts); resolving `sys.executable` skips wrappers such as pyenv
 * shims that would add a bash process and startup time to every attempt.
 */
export function findShimPython(cache?: LaunchCache): string | undefined {
  if (cached) return cached.python
  if (process.platform !== 'linux') {
    cached = { python: undefined }
    return undefined
  }
  const key = cache ? helperPythonKey(process.env.PATH ?? '', cache) : undefined
  const remembered = key && cache ? cachedHelperPython(key, cache) : undefined
  if (remembered) {
    cached = { python: remembered }
    return remembered
  }
  let python: string | undefined
  try {
    const out = execFileSync(
      'python3',
      [
        '-I',
        '-S',
        '-c',
        'import os, sys, resource, _ctypes; assert hasattr(os, "posix_spawnp"); print(sys.executable)'
      ],
      { encoding: 'utf8', timeout: 10000, stdio: ['ignore', 'pipe', 'ignore'] }
    ).trim()
    python = out.startsWith('/') ? out : undefined
  } catch {
    python = undefined
  }
  if (python && key && cache) rememberHelperPython(key, python, cache)
  cached = { python }
  return python
}

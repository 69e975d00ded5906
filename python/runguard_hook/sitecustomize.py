"""runguard's import record: which modules the script's Python processes imported.

runguard puts a copy of this directory first on PYTHONPATH and names a record directory in
RUNGUARD_IMPORT_RECORD, so every Python process of the run (children too, unless they drop the
environment or run with -E, -I or -S) loads this file at start-up through the site module.

Each process keeps two files in the record directory:
- a journal (``<pid>-<random>.journal``): each module name the first time the process looks it
  up, appended as it happens, so a process that ends by a signal or ``os._exit`` (a
  multiprocessing child) still leaves what it looked up;
- at normal exit, the record (``<pid>-<random>.imports``): every module in ``sys.modules`` with
  the file it was loaded from, written to a temporary name and renamed (atomic); the journal is
  then removed.
A forked child starts its own pair. The module → distribution mapping is done by runguard,
outside this process (src/inventory/loaded.ts).

It never changes what the script does: it installs a finder that only watches (it finds
nothing), takes its own directory back off ``sys.path``, loads the environment's own
``sitecustomize`` if there is one, installs no signal handler, and any error of its own is
swallowed. What it writes is the script's own claim: the script controls its process and can
remove the finder or write what it likes (docs/environment.md).
"""

import os
import sys

FORMAT = "runguard-imports 1"


def _install():
    record_dir = os.environ.get("RUNGUARD_IMPORT_RECORD")
    if not record_dir or not os.path.isabs(record_dir):
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    state = {"fd": -1, "base": None, "pid": -1}
    seen = set()
    write = os.write

    def header():
        return "%s\t%d\t%s\t%s\n" % (
            FORMAT,
            os.getpid(),
            _clean(sys.prefix),
            _clean(sys.executable or ""),
        )

    def start():
        """Opens this process's journal with the modules it already has."""
        state["pid"] = os.getpid()
        state["base"] = os.path.join(record_dir, "%d-%s" % (state["pid"], os.urandom(6).hex()))
        try:
            fd = os.open(state["base"] + ".journal", flags, 0o600)
        except OSError:
            state["fd"] = -1
            return
        state["fd"] = fd
        names = [n for n in list(sys.modules) if _plain(n)]
        seen.update(names)
        try:
            write(fd, (header() + "".join(n + "\n" for n in sorted(names))).encode("utf-8"))
        except OSError:
            pass

    def note(name):
        fd = state["fd"]
        if fd >= 0 and _plain(name):
            try:
                write(fd, (name + "\n").encode("utf-8"))
            except OSError:
                pass

    class RunguardImportRecord(object):
        """Notes a module name on its first lookup; never finds anything itself."""

        @staticmethod
        def find_spec(fullname, path=None, target=None):
            if fullname not in seen:
                seen.add(fullname)
                note(fullname)
            return None

        @staticmethod
        def invalidate_caches():
            pass

    def finish():
        """The record at normal exit: temporary file, then rename; the journal goes."""
        if state["pid"] != os.getpid() or state["base"] is None:
            return
        lines = [header()]
        for name, module in list(sys.modules.items()):
            if not _plain(name):
                continue
            origin = getattr(getattr(module, "__spec__", None), "origin", None)
            if not isinstance(origin, str):
                origin = getattr(module, "__file__", None)
            lines.append("%s\t%s\n" % (name, _clean(origin) if isinstance(origin, str) else ""))
        for name in seen:
            if _plain(name) and name not in sys.modules:
                lines.append("%s\t\n" % name)
        tmp = state["base"] + ".tmp"
        try:
            fd = os.open(tmp, flags & ~os.O_APPEND, 0o600)
            try:
                data = "".join(lines).encode("utf-8", "replace")
                while data:
                    data = data[write(fd, data):]
            finally:
                os.close(fd)
            os.rename(tmp, state["base"] + ".imports")
        except OSError:
            return
        if state["fd"] >= 0:
            try:
                os.close(state["fd"])
                os.unlink(state["base"] + ".journal")
            except OSError:
                pass
            state["fd"] = -1

    def after_fork():
        # The child's imports from here on are its own: a journal and record of its own. The
        # parent's descriptor stays open in the child only until replaced (O_CLOEXEC for exec).
        old = state["fd"]
        start()
        if old >= 0 and old != state["fd"]:
            try:
                os.close(old)
            except OSError:
                pass

    start()
    if state["fd"] < 0:
        return
    sys.meta_path.insert(0, RunguardImportRecord)
    import atexit

    atexit.register(_guarded(finish))
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_guarded(after_fork))


def _plain(name):
    return isinstance(name, str) and name.replace(".", "").replace("_", "").isalnum() and "\t" not in name


def _clean(text):
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _guarded(fn):
    def run():
        try:
            fn()
        except Exception:
            pass

    return run


def _chain():
    """Takes this directory off sys.path and loads the environment's own sitecustomize."""
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != here]
    mine = sys.modules.pop("sitecustomize", None)
    try:
        import sitecustomize  # noqa: F401  (the environment's own, further on sys.path)
    except ImportError as exc:
        # None: the import system pops this module's name from sys.modules once this file
        # has run, so it must be there again (site would print a KeyError otherwise).
        if mine is not None:
            sys.modules["sitecustomize"] = mine
        if getattr(exc, "name", None) != "sitecustomize":
            raise


try:
    _install()
except Exception:
    pass
_chain()

"""Reads the installed distributions of a Python environment for runguard.

Run by runguard as ``python -I -S runguard_environment.py [--site DIR]... [--system-site]``:
``-I`` ignores PYTHON* variables, the user site and the current directory, ``-S`` skips the
site module, so no ``.pth`` file and no ``sitecustomize`` of the environment runs. The
environment's files are data here: they are read, never imported or executed, and every
field is bounded. Prints one JSON document on stdout (schema checked by runguard).

--site DIR       a site directory to read (repeatable); its .pth path lines are followed
                 (import lines are not executed)
--system-site    also read this interpreter's own site directories (site.getsitepackages,
                 and the user site when it exists)
"""

import csv
import hashlib
import io
import json
import os
import platform
import sys

FORMAT = "runguard-environment/1"
MAX_METADATA_BYTES = 2 * 1024 * 1024
MAX_RECORD_BYTES = 16 * 1024 * 1024
MAX_SMALL_FILE_BYTES = 256 * 1024
MAX_LICENSE_HEAD = 4096
MAX_DISTRIBUTIONS = 20000
MAX_LIST = 2000
MAX_FIELD = 2000
MODULE_SUFFIXES = (".py", ".pyc", ".so", ".pyd")


def bounded_read(path, limit):
    """Text of a regular file, or None when missing, not a regular file or over limit."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    import stat as stat_module

    if not stat_module.S_ISREG(st.st_mode) or st.st_size > limit:
        return None
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError:
        return None
    if len(data) > limit:
        return None
    return data.decode("utf-8", "replace")


def clip(text, limit=MAX_FIELD):
    if text is None:
        return None
    text = str(text)
    return text if len(text) <= limit else text[:limit]


def parse_metadata(text):
    """Core-metadata fields runguard uses, from METADATA / PKG-INFO (RFC 822 headers)."""
    from email.parser import HeaderParser

    message = HeaderParser().parsestr(text)

    def one(name):
        value = message.get(name)
        return clip(value) if value is not None else None

    def many(name):
        return [clip(v) for v in (message.get_all(name) or [])][:MAX_LIST]

    license_text = message.get("License")
    return {
        "name": one("Name"),
        "version": one("Version"),
        "metadata_version": one("Metadata-Version"),
        "license_expression": one("License-Expression"),
        # Some projects put the whole licence text here: its start identifies it.
        "license": clip(license_text.strip(), MAX_LICENSE_HEAD) if license_text else None,
        "license_files": many("License-File"),
        "classifiers": [c for c in many("Classifier") if c.startswith("License ::")],
        "requires": many("Requires-Dist"),
        "provides_extra": many("Provides-Extra"),
    }


def module_roots(paths):
    """Import names a distribution provides, from its installed file list.

    A file directly in the site directory is a module (``six.py``); a directory is a package
    when the list has its ``__init__`` file, otherwise it is a namespace and the next level is
    looked at (``google/protobuf/__init__.py`` gives ``google.protobuf``).
    """
    files = set()
    for p in paths:
        p = p.replace("\\", "/")
        if p.startswith("/") or p.startswith("../") or "/../" in p:
            continue
        files.add(p)
    roots = set()
    for p in files:
        parts = p.split("/")
        first = parts[0]
        if first.endswith((".dist-info", ".egg-info", ".data")) or first == "__pycache__":
            continue
        if not p.endswith(MODULE_SUFFIXES):
            continue
        if len(parts) == 1:
            roots.add(first.split(".", 1)[0])
            continue
        prefix = []
        for i, part in enumerate(parts[:-1]):
            if part == "__pycache__" or not part.isidentifier():
                break
            prefix.append(part)
            base = "/".join(prefix)
            if (base + "/__init__.py") in files or any(
                f.startswith(base + "/__init__.") for f in files if f.startswith(base + "/__init__")
            ):
                roots.add(".".join(prefix))
                break
            if i == len(parts) - 2:
                # A module inside a namespace directory: ns/mod.py gives ns.mod.
                leaf = parts[-1].split(".", 1)[0]
                if leaf.isidentifier():
                    roots.add(".".join(prefix + [leaf]))
    return sorted(roots)[:MAX_LIST]


def read_record(dist_dir):
    """(files, hashed, sha256 of RECORD) for a .dist-info; None without RECORD."""
    text = bounded_read(os.path.join(dist_dir, "RECORD"), MAX_RECORD_BYTES)
    if text is None:
        return None, []
    files = []
    hashed = 0
    try:
        for row in csv.reader(io.StringIO(text)):
            if not row:
                continue
            files.append(row[0])
            if len(row) > 1 and row[1].startswith("sha256="):
                hashed += 1
    except csv.Error:
        return {"files": 0, "hashed": 0, "sha256": None, "error": "RECORD is not CSV"}, []
    digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()
    return {"files": len(files), "hashed": hashed, "sha256": digest}, files


def read_legacy_files(info_dir):
    """installed-files.txt of an .egg-info (paths relative to the .egg-info directory)."""
    text = bounded_read(os.path.join(info_dir, "installed-files.txt"), MAX_RECORD_BYTES)
    if text is None:
        return []
    base = os.path.dirname(info_dir)
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            rel = os.path.relpath(os.path.normpath(os.path.join(info_dir, line)), base)
            out.append(rel.replace(os.sep, "/"))
    return out


def license_head(dist_dir, names):
    """Start of the first licence file found (for identifying the licence from its text)."""
    candidates = list(names) + ["LICENSE", "LICENSE.txt", "LICENSE.md", "LICENSE.rst", "COPYING"]
    for name in candidates:
        for where in (os.path.join(dist_dir, "licenses", name), os.path.join(dist_dir, name)):
            norm = os.path.normpath(where)
            if not norm.startswith(os.path.normpath(dist_dir) + os.sep):
                continue
            text = bounded_read(norm, MAX_SMALL_FILE_BYTES)
            if text:
                return {"file": name, "head": text[:MAX_LICENSE_HEAD]}
    return None


def direct_url(dist_dir):
    text = bounded_read(os.path.join(dist_dir, "direct_url.json"), MAX_SMALL_FILE_BYTES)
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    url = value.get("url")
    dir_info = value.get("dir_info") if isinstance(value.get("dir_info"), dict) else {}
    archive = value.get("archive_info") if isinstance(value.get("archive_info"), dict) else {}
    hashes = archive.get("hashes") if isinstance(archive.get("hashes"), dict) else {}
    return {
        "url": clip(url, 500) if isinstance(url, str) else None,
        "editable": dir_info.get("editable") is True,
        "archive_hashes": {
            str(k)[:20]: clip(v, 200) for k, v in list(hashes.items())[:5] if isinstance(v, str)
        },
    }


def pth_paths(site_dir):
    """Directories named by .pth files (lines starting with import are code: never run)."""
    out = []
    try:
        names = sorted(n for n in os.listdir(site_dir) if n.endswith(".pth"))
    except OSError:
        return out
    for name in names[:200]:
        text = bounded_read(os.path.join(site_dir, name), MAX_SMALL_FILE_BYTES)
        if not text:
            continue
        for line in text.splitlines()[:200]:
            line = line.strip()
            if not line or line.startswith("#") or line.startswith(("import ", "import\t")):
                continue
            path = os.path.normpath(os.path.join(site_dir, line))
            if os.path.isdir(path):
                out.append(path)
    return out


def marker_environment():
    impl = sys.implementation
    version = impl.version
    impl_version = "%d.%d.%d" % (version.major, version.minor, version.micro)
    if version.releaselevel != "final":
        impl_version += version.releaselevel[0] + str(version.serial)
    return {
        "implementation_name": impl.name,
        "implementation_version": impl_version,
        "os_name": os.name,
        "platform_machine": platform.machine(),
        "platform_release": platform.release(),
        "platform_system": platform.system(),
        "platform_version": platform.version(),
        "python_full_version": platform.python_version(),
        "platform_python_implementation": platform.python_implementation(),
        "python_version": ".".join(platform.python_version_tuple()[:2]),
        "sys_platform": sys.platform,
    }


def system_sites():
    import site

    dirs = list(site.getsitepackages())
    user = site.getusersitepackages()
    if user and os.path.isdir(user):
        dirs.append(user)
    return dirs


def main(argv):
    sites = []
    system = False
    i = 0
    while i < len(argv):
        if argv[i] == "--site" and i + 1 < len(argv):
            sites.append(argv[i + 1])
            i += 2
        elif argv[i] == "--system-site":
            system = True
            i += 1
        else:
            sys.stderr.write("usage: runguard_environment.py [--site DIR]... [--system-site]\n")
            return 2
    if system:
        sites.extend(system_sites())
    search = []
    for s in sites:
        s = os.path.abspath(s)
        if os.path.isdir(s) and s not in search:
            search.append(s)
    for s in list(search):
        for extra in pth_paths(s):
            if extra not in search:
                search.append(extra)

    from importlib.metadata import distributions

    warnings = []
    out = []
    seen = set()
    for dist in distributions(path=search):
        if len(out) >= MAX_DISTRIBUTIONS:
            warnings.append("more than %d distributions; the rest were not read" % MAX_DISTRIBUTIONS)
            break
        dist_dir = str(getattr(dist, "_path", "") or "")
        if not dist_dir or not os.path.isdir(dist_dir):
            continue
        dist_dir = os.path.abspath(dist_dir)
        if dist_dir in seen:
            continue
        seen.add(dist_dir)
        meta_name = "METADATA" if dist_dir.endswith(".dist-info") else "PKG-INFO"
        text = bounded_read(os.path.join(dist_dir, meta_name), MAX_METADATA_BYTES)
        if text is None:
            warnings.append("%s: no readable %s" % (os.path.basename(dist_dir), meta_name))
            continue
        meta = parse_metadata(text)
        if not meta["name"] or not meta["version"]:
            warnings.append("%s: metadata without name or version" % os.path.basename(dist_dir))
            continue
        record, files = (None, [])
        if dist_dir.endswith(".dist-info"):
            record, files = read_record(dist_dir)
        else:
            files = read_legacy_files(dist_dir)
        roots = module_roots(files)
        if not roots:
            top = bounded_read(os.path.join(dist_dir, "top_level.txt"), MAX_SMALL_FILE_BYTES)
            if top:
                roots = sorted({l.strip() for l in top.splitlines() if l.strip().isidentifier()})[
                    :MAX_LIST
                ]
        installer = bounded_read(os.path.join(dist_dir, "INSTALLER"), 1024)
        site_dir = os.path.dirname(dist_dir)
        meta.update(
            {
                "path": dist_dir,
                "site": site_dir,
                "record": record,
                "modules": roots,
                "installer": installer.strip()[:50] if installer else None,
                "direct_url": direct_url(dist_dir),
                # The file's text is only needed without an SPDX License-Expression.
                "license_file": None
                if meta["license_expression"]
                else license_head(dist_dir, meta["license_files"]),
            }
        )
        out.append(meta)
    out.sort(key=lambda d: (d["name"].lower(), d["version"], d["path"]))
    result = {
        "format": FORMAT,
        "python": {
            "executable": sys.executable,
            "version": platform.python_version(),
            "prefix": sys.prefix,
            "base_prefix": getattr(sys, "base_prefix", sys.prefix),
        },
        "markers": marker_environment(),
        "paths": search,
        "distributions": out,
        "warnings": warnings[:MAX_LIST],
    }
    sys.stdout.write(json.dumps(result, ensure_ascii=True, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

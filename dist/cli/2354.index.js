export const id = 2354;
export const ids = [2354];
export const modules = {

/***/ 8307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ cachedProbe),
/* harmony export */   Ss: () => (/* binding */ probeKey),
/* harmony export */   YC: () => (/* binding */ forgetProbe),
/* harmony export */   yk: () => (/* binding */ rememberProbe)
/* harmony export */ });
/* unused harmony exports CACHE_FILE, resetProbeCache */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _trust_tool_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97060);



/**
 * Remembers what a tool's `--version` probe printed, so detection stays off the hot path:
 * `semgrep --version` alone takes seconds (a Python start plus its own imports) and used to run
 * before every Semgrep scan. An entry is keyed by the program's resolved path, its real path,
 * size, mtime and ctime, and the probe's arguments: reinstalling, upgrading or replacing the
 * program (pip rewrites its entry script) changes the key, so a stale version is never used.
 *
 * The cache is one JSON file in the tools directory, which runguard already trusts to hold the
 * programs it runs (checkToolsDir keeps it outside the workspace), so a pull request cannot
 * plant entries. Reading or writing it never fails a scan: a missing, unreadable, corrupt or
 * read-only cache just means the probe runs.
 */
const CACHE_FILE = 'detect-cache.json';
/** A larger file is not ours (or is corrupt): ignore it. */
const MAX_CACHE_BYTES = 1024 * 1024;
/** Probe output kept per entry: a version banner, not a log. */
const MAX_OUTPUT_CHARS = 4096;
const MAX_ENTRIES = 200;
/**
 * The cache key for running `program args` under `pathValue`, or undefined when the program
 * cannot be resolved (or resolves inside the workspace: the exec wrapper refuses it anyway).
 */
function probeKey(program, args, pathValue, workspace) {
    try {
        const resolved = (0,_trust_tool_path_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveTool */ .Hj)(program, pathValue, workspace);
        if (resolved === undefined)
            return undefined;
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(resolved);
        return JSON.stringify([
            resolved,
            (0,_trust_tool_path_js__WEBPACK_IMPORTED_MODULE_2__/* .realpathLenient */ .DD)(resolved),
            st.size,
            st.mtimeMs,
            st.ctimeMs,
            st.ino,
            args
        ]);
    }
    catch {
        return undefined;
    }
}
/** Cached probe outputs per cache file, loaded once per process. */
const loaded = new Map();
function load(file) {
    let entries = loaded.get(file);
    if (entries)
        return entries;
    entries = new Map();
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size <= MAX_CACHE_BYTES) {
            const data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
            if (data.v === 1 && data.entries && typeof data.entries === 'object') {
                for (const [k, v] of Object.entries(data.entries))
                    if (typeof v === 'string')
                        entries.set(k, v);
            }
        }
    }
    catch {
        // No cache yet, or not readable as ours: start empty.
    }
    loaded.set(file, entries);
    return entries;
}
/** The probe output recorded for `key` in `toolsDir`'s cache. */
function cachedProbe(toolsDir, key) {
    return load(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(toolsDir, CACHE_FILE)).get(key);
}
/** Records a successful probe's output; best effort (atomic rename, errors ignored). */
function rememberProbe(toolsDir, key, output) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(toolsDir, CACHE_FILE);
    const entries = load(file);
    entries.set(key, output.slice(0, MAX_OUTPUT_CHARS));
    // Oldest first out: Map keeps insertion order.
    while (entries.size > MAX_ENTRIES)
        entries.delete(entries.keys().next().value);
    save(toolsDir, file, entries);
}
/** Writes the whole cache (temp file + rename: a concurrent reader never sees half of it). */
function save(toolsDir, file, entries) {
    const data = { v: 1, entries: Object.fromEntries(entries) };
    const tmp = `${file}.${process.pid}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(toolsDir, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, JSON.stringify(data), { mode: 0o644 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
    }
    catch {
        // Read-only or missing tools directory: the probe simply runs next time too.
    }
}
/** Forgets what was loaded (tests). */
function resetProbeCache() {
    loaded.clear();
}
/** Drops the entry for `key` (a cached fact turned out wrong); best effort like rememberProbe. */
function forgetProbe(toolsDir, key) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(toolsDir, CACHE_FILE);
    const entries = load(file);
    if (entries.delete(key))
        save(toolsDir, file, entries);
}


/***/ }),

/***/ 97060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ realpathLenient),
/* harmony export */   Hj: () => (/* binding */ resolveTool),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   xW: () => (/* binding */ checkToolsDir),
/* harmony export */   zu: () => (/* binding */ trustedPath)
/* harmony export */ });
/* unused harmony export UntrustedToolError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * Where scanners may be executed from. Repository content never runs (SECURITY.md, promise 4): the tools
 * directory must resolve outside the workspace, PATH entries inside the workspace (or relative
 * ones, which resolve against it) are dropped before a tool is looked up, and the file a tool
 * name resolves to is checked again after following symlinks. runguard's own tools directory
 * comes first, so the pinned versions win over others on PATH.
 */
/** Real path of `p`, or of its deepest existing ancestor with the rest appended. */
function realpathLenient(p) {
    const rest = [];
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(current), ...rest.reverse());
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
            current = parent;
        }
    }
}
/** True when `p` is `root` or below it, after resolving symlinks on both. */
function isWithin(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realpathLenient(root), realpathLenient(p));
    return rel === '' || (!rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** Throws a ConfigurationError when the tools directory resolves inside the workspace. */
function checkToolsDir(toolsDir, workspace) {
    if (isWithin(workspace, toolsDir))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`tools-dir ${toolsDir} is inside the workspace ${workspace}: runguard never runs tools from the repository (a pull request could put its own program there); choose a directory outside it, e.g. ~/.cache/runguard-tools`, { field: 'tools-dir', value: toolsDir });
}
/**
 * PATH for running scanners: `toolDirs` first (runguard's pinned tools), then the caller's PATH
 * without relative entries and without entries that resolve inside the workspace.
 */
function trustedPath(pathValue, toolDirs, workspace) {
    const kept = pathValue
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))
        .filter(dir => dir !== '' && node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(dir) && !isWithin(workspace, dir));
    return [...new Set([...toolDirs, ...kept])].join((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter));
}
/** Thrown when a tool name resolves to a program inside the workspace. */
class UntrustedToolError extends Error {
}
function isExecutableFile(file) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The absolute program `command` runs as with `pathValue`, or undefined when not found. A name
 * with a slash is taken as a path. Throws UntrustedToolError when the program, after following
 * symlinks, lies inside the workspace.
 */
function resolveTool(command, pathValue, workspace) {
    const candidates = command.includes('/')
        ? [node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(command)]
        : pathValue
            .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))
            .filter(d => d !== '')
            .map(d => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, command));
    const found = candidates.find(isExecutableFile);
    if (found === undefined)
        return undefined;
    if (isWithin(workspace, found))
        throw new UntrustedToolError(`${command} resolves to ${realpathLenient(found)}, inside the workspace; runguard never runs programs from the repository`);
    return found;
}


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readWorkspaceText),
/* harmony export */   x: () => (/* binding */ toRepoPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Real path of `p`, or of its deepest existing ancestor with the rest appended: a tool may
 * report a file that is gone (or a path we cannot stat), and symlinks above it still count.
 */
function realpathLenient(p) {
    const rest = [];
    let current = p;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(current), ...rest.reverse());
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return p;
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
            current = parent;
        }
    }
}
/**
 * Turns a path a tool reported (absolute, or relative to the workspace) into a repo-relative
 * posix path, or `undefined` when it lies outside the workspace (also through a symlink).
 * The workspace root itself is `.`.
 */
function toRepoPath(workspace, p) {
    if (p === '' || p.includes('\0'))
        return undefined;
    // On Windows `\` separates path parts (path.resolve below reads both); on POSIX it is an
    // ordinary file-name character (`pkg\evil.py` is one file), so it is kept as it is.
    const native = p.replace(/^file:\/\//, '');
    const root = realpathLenient(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace));
    const target = realpathLenient(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, native));
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    if (rel === '')
        return '.';
    if (rel === '..' || rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        return undefined;
    return rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/**
 * The text of a file a finding points at, or `undefined` when it cannot be read or lies outside
 * the workspace, also through a symlink on the file or a folder above it. The reports read these
 * files after the script has run, and a script may replace a scanned file with a link to a file
 * outside the workspace: its lines would then reach the SARIF log as line hashes.
 */
function readWorkspaceText(workspace, repoPath) {
    const rel = toRepoPath(workspace, repoPath);
    if (rel === undefined || rel === '.')
        return undefined;
    try {
        // The resolved path, not the given one: no link is followed after the check.
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace)), rel), 'utf8');
    }
    catch {
        return undefined;
    }
}


/***/ })

};

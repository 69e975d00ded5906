export const id = 8230;
export const ids = [8230];
export const modules = {

/***/ 38230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startImportRecord: () => (/* binding */ startImportRecord)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/runner/import-hook.ts



/** The environment variable naming the record directory (read by the hook). */
const IMPORT_RECORD_ENV = 'RUNGUARD_IMPORT_RECORD';
/** Prepares the hook from runguard's helpers directory (`python/`). Throws when it cannot. */
function prepareImportHook(helpersDir, parent = (0,external_node_os_.tmpdir)()) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(parent, 'runguard-imports-'));
    try {
        const hookDir = external_node_path_default().join(dir, 'hook');
        const recordDir = external_node_path_default().join(dir, 'records');
        (0,external_node_fs_.mkdirSync)(hookDir, { mode: 0o700 });
        (0,external_node_fs_.mkdirSync)(recordDir, { mode: 0o700 });
        (0,external_node_fs_.copyFileSync)(external_node_path_default().join(helpersDir, 'runguard_hook', 'sitecustomize.py'), external_node_path_default().join(hookDir, 'sitecustomize.py'));
        return {
            recordDir,
            scriptEnv: env => ({
                ...env,
                PYTHONPATH: env.PYTHONPATH ? `${hookDir}${(external_node_path_default()).delimiter}${env.PYTHONPATH}` : hookDir,
                [IMPORT_RECORD_ENV]: recordDir
            }),
            cleanup: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true })
        };
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw e;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/bounded-read.ts
var bounded_read = __webpack_require__(34282);
;// CONCATENATED MODULE: ./src/inventory/loaded.ts




const FORMAT = 'runguard-imports 1';
const MAX_FILES = 10_000;
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const MODULE = /^[\p{L}\p{N}_]+(\.[\p{L}\p{N}_]+)*$/u;
/** Parses one record or journal; undefined when it is not in the hook's format. */
function parseImportRecord(text, complete) {
    const lines = text.split('\n');
    const header = (lines.shift() ?? '').split('\t');
    if (header.length !== 4 || header[0] !== FORMAT || !/^\d{1,10}$/.test(header[1] ?? ''))
        return undefined;
    // A journal's last line may be cut by the signal that ended its process.
    if (!complete && !text.endsWith('\n'))
        lines.pop();
    const modules = new Map();
    for (const line of lines) {
        if (line === '')
            continue;
        const tab = line.indexOf('\t');
        const name = tab < 0 ? line : line.slice(0, tab);
        if (!MODULE.test(name))
            continue;
        const origin = tab < 0 ? '' : line.slice(tab + 1);
        if (!modules.get(name))
            modules.set(name, external_node_path_default().isAbsolute(origin) ? origin : '');
    }
    return {
        pid: Number(header[1]),
        prefix: header[2],
        executable: header[3],
        modules,
        complete
    };
}
/**
 * Reads every record and journal of a record directory. Bounded (file count, size each and in
 * all); symlinks and anything not a regular file are skipped; a journal whose record exists is
 * ignored (the process removes it after the rename, but may be killed in between).
 */
async function readImportRecords(dir) {
    const notes = [];
    let names;
    try {
        names = (await (0,promises_.readdir)(dir)).sort();
    }
    catch {
        return { records: [], notes: ['the import record directory could not be read'] };
    }
    const finals = new Set(names.filter(n => n.endsWith('.imports')).map(n => n.slice(0, -'.imports'.length)));
    let wanted = names.filter(n => n.endsWith('.imports') ||
        (n.endsWith('.journal') && !finals.has(n.slice(0, -'.journal'.length))));
    if (wanted.length > MAX_FILES) {
        notes.push(`${wanted.length} import record files; only the first ${MAX_FILES} were read`);
        wanted = wanted.slice(0, MAX_FILES);
    }
    const records = [];
    let total = 0;
    let bad = 0;
    for (const name of wanted) {
        const file = external_node_path_default().join(dir, name);
        try {
            const info = await (0,promises_.lstat)(file);
            if (!info.isFile()) {
                bad++;
                continue;
            }
            if (total + info.size > MAX_TOTAL_BYTES) {
                notes.push('the import records exceed 64 MiB; the rest were not read');
                break;
            }
            const text = await (0,bounded_read/* readBoundedText */.H)(file, MAX_FILE_BYTES);
            total += Buffer.byteLength(text);
            const record = parseImportRecord(text, name.endsWith('.imports'));
            if (record)
                records.push(record);
            else
                bad++;
        }
        catch {
            bad++;
        }
    }
    if (bad > 0)
        notes.push(`${bad} file(s) in the import record directory were not the hook's records (ignored)`);
    return { records, notes };
}
const real = (p) => {
    try {
        return external_node_fs_.realpathSync.native(p);
    }
    catch {
        return external_node_path_default().resolve(p);
    }
};
/** Import name → distributions providing it, for the packages of one site directory. */
function ownersBySite(packages) {
    const bySite = new Map();
    for (const p of packages) {
        const site = real(p.site);
        const owners = bySite.get(site) ?? new Map();
        for (const m of p.modules) {
            const list = owners.get(m) ?? [];
            if (!list.includes(p.name))
                list.push(p.name);
            owners.set(m, list);
        }
        bySite.set(site, owners);
    }
    return bySite;
}
/** Distributions providing a module (`a.b.c` → owners of `a.b.c`, else `a.b`, else `a`). */
function ownersOf(module, owners) {
    const parts = module.split('.');
    for (let i = parts.length; i > 0; i--) {
        const hit = owners.get(parts.slice(0, i).join('.'));
        if (hit)
            return hit;
    }
    return [];
}
/** The import name a file in a site directory stands for (`flask/app.py` → `flask.app`). */
function moduleOfFile(relative) {
    const parts = relative.split((external_node_path_default()).sep).filter(Boolean);
    const last = parts.pop();
    if (last === undefined)
        return undefined;
    const stem = last.split('.')[0] ?? '';
    if (stem !== '__init__')
        parts.push(stem);
    return parts.length > 0 && parts.every(p => MODULE.test(p)) ? parts.join('.') : undefined;
}
/** Maps the records onto one installed environment. */
function observeLoaded(records, environment) {
    const bySite = ownersBySite(environment.packages);
    const sites = [...bySite.keys()];
    const allOwners = new Map();
    for (const owners of bySite.values())
        for (const [m, d] of owners)
            allOwners.set(m, [...(allOwners.get(m) ?? []), ...d]);
    const mine = real(environment.prefix);
    const loaded = new Set();
    const others = new Set();
    const dirCache = new Map();
    const siteOf = (file) => {
        const dir = external_node_path_default().dirname(file);
        let resolved = dirCache.get(dir);
        if (resolved === undefined) {
            resolved = real(dir);
            dirCache.set(dir, resolved);
        }
        const full = external_node_path_default().join(resolved, external_node_path_default().basename(file));
        for (const site of sites) {
            const relative = external_node_path_default().relative(site, full);
            if (relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative))
                return { site, relative };
        }
        return undefined;
    };
    let processes = 0;
    let journalOnly = 0;
    for (const record of records) {
        const sameEnvironment = real(record.prefix) === mine;
        let matched = false;
        for (const [name, origin] of record.modules) {
            if (origin) {
                const where = siteOf(origin);
                if (!where)
                    continue;
                const module = moduleOfFile(where.relative);
                const owners = module ? bySite.get(where.site) : undefined;
                for (const d of module && owners ? ownersOf(module, owners) : []) {
                    loaded.add(d);
                    matched = true;
                }
            }
            else if (!record.complete && sameEnvironment) {
                for (const d of ownersOf(name, allOwners))
                    loaded.add(d);
            }
        }
        if (sameEnvironment || matched) {
            processes++;
            if (!record.complete)
                journalOnly++;
        }
        else {
            others.add(record.prefix);
        }
    }
    const notes = [];
    if (journalOnly > 0)
        notes.push(`${journalOnly} Python process(es) ended before their exit handlers ran (a signal or os._exit): what they imported is taken from the module names they looked up`);
    return { loaded, processes, journalOnly, otherEnvironments: [...others].sort(), notes };
}
/** The sentence a reader sees after the advisory. */
function describeRuntime(runtime) {
    return runtime === 'loaded'
        ? 'Loaded at run time: a Python process of the script imported it.'
        : 'Not loaded in this run: no recorded Python process of the script imported it.';
}
/**
 * Marks each dependency finding on a PyPI package with what the run showed. Only when some
 * process of this environment was recorded: with no record at all nothing is said (the script
 * may not be Python, or ran with -I/-E/-S).
 */
function markLoaded(findings, observation) {
    if (observation.processes === 0)
        return [...findings];
    return findings.map(f => {
        const ctx = f.dependency;
        if (!ctx || !f.package || f.package.ecosystem !== 'PyPI')
            return f;
        // Manifest-only findings: not installed in the script's environment, so not loaded from it.
        const runtime = ctx.relationship !== undefined && observation.loaded.has(f.package.name)
            ? 'loaded'
            : 'not-loaded';
        return {
            ...f,
            dependency: { ...ctx, runtime },
            message: `${f.message} ${describeRuntime(runtime)}`
        };
    });
}

// EXTERNAL MODULE: ./src/inventory/python-helpers.ts
var python_helpers = __webpack_require__(14192);
;// CONCATENATED MODULE: ./src/inventory/loaded-stage.ts




/** Starts the stage; undefined when there is nothing to record (no script, no scanners, off). */
function startImportRecord(settings, inventory, logger) {
    if (!settings.recordImports || settings.mode !== 'gate' || !settings.script || !inventory)
        return undefined;
    const helpers = (0,python_helpers/* findPythonHelpersDir */.o)();
    let hook;
    let why = '';
    try {
        if (!helpers)
            throw new Error("runguard's python/ directory was not found");
        hook = prepareImportHook(helpers);
    }
    catch (e) {
        why = `the import hook could not be set up: ${(0,errors/* errorMessage */.gJ)(e)}`;
        logger.warning(`runguard: ${why}`);
    }
    const unrecorded = (inv, reason) => ({
        ...inv,
        runtime: { recorded: false, why: reason }
    });
    return {
        ...(hook ? { scriptEnv: hook.scriptEnv } : {}),
        discard: () => hook?.cleanup(),
        finish: async (toolRuns, inv) => {
            if (!hook)
                return { toolRuns, inventory: unrecorded(inv, why), notes: [] };
            try {
                const { records, notes } = await readImportRecords(hook.recordDir);
                const observation = observeLoaded(records, inv.environment);
                const all = [...notes, ...observation.notes];
                if (observation.processes === 0) {
                    const others = observation.otherEnvironments.length
                        ? ` (${observation.otherEnvironments.length} process(es) of another Python ran)`
                        : '';
                    return {
                        toolRuns,
                        inventory: unrecorded(inv, `no Python process of this environment left an import record${others}: the script may not run Python from it, or ran it with -I, -E or -S, or removed the hook`),
                        notes: all
                    };
                }
                const runtime = {
                    recorded: true,
                    processes: observation.processes,
                    journalOnly: observation.journalOnly,
                    loaded: [...observation.loaded].sort(),
                    otherEnvironments: observation.otherEnvironments,
                    failOnLoadedOnly: settings.failOnLoadedOnly
                };
                return {
                    toolRuns: toolRuns.map(t => ({ ...t, findings: markLoaded(t.findings, observation) })),
                    inventory: { ...inv, runtime },
                    notes: all
                };
            }
            catch (e) {
                const reason = `the import records could not be read: ${(0,errors/* errorMessage */.gJ)(e)}`;
                return { toolRuns, inventory: unrecorded(inv, reason), notes: [] };
            }
            finally {
                hook.cleanup();
            }
        }
    };
}


/***/ }),

/***/ 14192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ findPythonHelpersDir),
/* harmony export */   v: () => (/* binding */ HELPER_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * runguard's own Python helpers (the environment reader and the import hook)
 * live in `python/` at the package root, shipped like `rules/`. From sources that is
 * `<repo>/python`; from the ncc bundles (dist/index.js, dist/cli/index.js) it is next to dist/.
 */
function findPythonHelpersDir(from = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from);
    for (;;) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'python');
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(candidate, 'runguard_environment.py')).isFile())
                return candidate;
        }
        catch {
            // Not here; keep walking up.
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** The helper files, relative to the helpers directory. */
const HELPER_FILES = {
    reader: 'runguard_environment.py',
    hookDir: 'runguard_hook'
};


/***/ }),

/***/ 34282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readBoundedText),
/* harmony export */   o: () => (/* binding */ UnreadableFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/** Why a file was not read: not a regular file (a FIFO, a device, a directory) or too large. */
class UnreadableFileError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'UnreadableFileError';
    }
}
/**
 * Reads a regular file as UTF-8, never more than `maxBytes`. Opened non-blocking (a FIFO
 * planted under a manifest's name must not hang the run at open), checked on the open
 * descriptor (no swap between check and read), and read with a cap (a file that grows after
 * the check, or lies about its size, still stops at the bound).
 */
async function readBoundedText(file, maxBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new UnreadableFileError('not a regular file', 'not-a-file');
        if (info.size > maxBytes)
            throw new UnreadableFileError(`larger than ${maxBytes} bytes`, 'too-large');
        const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 4096)));
        let length = 0;
        for (;;) {
            if (length === buffer.length)
                break;
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            throw new UnreadableFileError(`larger than ${maxBytes} bytes`, 'too-large');
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ })

};

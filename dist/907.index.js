export const id = 907;
export const ids = [907,7344];
export const modules = {

/***/ 20907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startEnvironmentStage: () => (/* binding */ startEnvironmentStage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/inventory/licenses.ts
var licenses = __webpack_require__(74898);
// EXTERNAL MODULE: ./src/inventory/names.ts
var names = __webpack_require__(37344);
// EXTERNAL MODULE: ./src/inventory/python-helpers.ts
var python_helpers = __webpack_require__(14192);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
;// CONCATENATED MODULE: ./src/inventory/python-target.ts




const PYTHON_NAME = /^python(\d+(\.\d+)?)?$/;
/** Console-script launchers are small; a file larger than this is not one. */
const MAX_SHEBANG_PROBE = 512;
function isFile(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function realpath(p) {
    try {
        return external_node_fs_.realpathSync.native(p);
    }
    catch {
        return undefined;
    }
}
/** The first `name` found on PATH (as PATH names it: symlinks kept), or undefined. */
function whichOnPath(name, pathVar) {
    for (const dir of (pathVar ?? '').split((external_node_path_default()).delimiter)) {
        if (dir === '' || !external_node_path_default().isAbsolute(dir))
            continue;
        const candidate = external_node_path_default().join(dir, name);
        if (isFile(candidate))
            return candidate;
    }
    return undefined;
}
/** The interpreter a `#!` line names (`#!/venv/bin/python`, `#!/usr/bin/env python3`). */
function shebangInterpreter(file, pathVar) {
    let head;
    try {
        const fd = (0,external_node_fs_.openSync)(file, 'r');
        try {
            const buf = Buffer.alloc(MAX_SHEBANG_PROBE);
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
            head = buf.subarray(0, n).toString('utf8');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return undefined;
    }
    if (!head.startsWith('#!'))
        return undefined;
    const words = (head.slice(2).split('\n')[0] ?? '').trim().split(/\s+/);
    let program = words[0] ?? '';
    if (external_node_path_default().basename(program) === 'env')
        program = words.find((w, i) => i > 0 && !w.startsWith('-')) ?? '';
    if (!PYTHON_NAME.test(external_node_path_default().basename(program)))
        return undefined;
    return external_node_path_default().isAbsolute(program) ? program : whichOnPath(program, pathVar);
}
/** The program of the script's command: argv[0], or the first word of a shell command. */
function scriptProgram(script, shell) {
    if (!script || script.length === 0)
        return undefined;
    if (!shell)
        return script[0];
    const first = (0,shell_quote.parse)(script[0] ?? '').find(w => typeof w === 'string');
    return typeof first === 'string' ? first : undefined;
}
/** The interpreter named by the script's command, directly or through a console script. */
function interpreterOfScript(script, shell, cwd, pathVar) {
    const program = scriptProgram(script, shell);
    if (program === undefined || program === '')
        return undefined;
    const resolved = program.includes('/')
        ? external_node_path_default().resolve(cwd, program)
        : whichOnPath(program, pathVar);
    if (resolved === undefined || !isFile(resolved))
        return undefined;
    if (PYTHON_NAME.test(external_node_path_default().basename(resolved)))
        return resolved;
    // `pytest`, `flask`, `gunicorn`: a console script whose #! line names its interpreter.
    return shebangInterpreter(resolved, pathVar);
}
/**
 * True when `p` is inside one of `dirs`, as named or with symlinks resolved: a venv's python is
 * a symlink to the base interpreter, so the name is what places it in the venv.
 */
function under(p, dirs) {
    const targets = [external_node_path_default().resolve(p), realpath(p)].filter((t) => t !== undefined);
    return dirs.some(d => {
        const roots = [external_node_path_default().resolve(d), realpath(d)].filter((r) => r !== undefined);
        return roots.some(dir => targets.some(target => {
            const rel = external_node_path_default().relative(dir, target);
            return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
        }));
    });
}
/** The interpreter of a venv directory (`bin/python`, `Scripts/python.exe`). */
function venvInterpreter(dir) {
    for (const rel of ['bin/python3', 'bin/python', 'Scripts/python.exe'])
        if (isFile(external_node_path_default().join(dir, rel)))
            return external_node_path_default().join(dir, rel);
    return undefined;
}
/** First answer wins: python-path, the script, VIRTUAL_ENV, PATH. */
function findPythonTarget(input) {
    const rel = (p) => (0,paths/* toRepoPath */.x)(input.workspace, p) ?? p;
    if (input.pythonPath !== undefined && input.pythonPath !== '') {
        const abs = external_node_path_default().resolve(input.workspace, input.pythonPath);
        let interpreter;
        try {
            interpreter = (0,external_node_fs_.statSync)(abs).isDirectory() ? venvInterpreter(abs) : abs;
        }
        catch {
            interpreter = undefined;
        }
        // Only a Python runs the reader: python-path may come from the workspace's config file, and
        // any other program would be run with runguard's arguments.
        if (interpreter === undefined ||
            !isFile(interpreter) ||
            !PYTHON_NAME.test(external_node_path_default().basename(interpreter)))
            return {
                refused: `python-path ${input.pythonPath} is not an interpreter or a virtual environment`
            };
        return {
            interpreter,
            source: 'python-path',
            how: `the python-path setting (${input.pythonPath})`
        };
    }
    const excluded = input.exclude ?? [];
    const fromScript = interpreterOfScript(input.script, input.shell, input.cwd, input.env.PATH);
    // The script runs runguard's own tools' Python: no other environment is the one it used.
    if (fromScript !== undefined && under(fromScript, excluded))
        return { missing: `the script's interpreter ${fromScript} belongs to runguard's tools` };
    if (fromScript !== undefined)
        return {
            interpreter: fromScript,
            source: 'script',
            how: `the script's command (${rel(fromScript)})`
        };
    const venv = input.env.VIRTUAL_ENV;
    if (venv && external_node_path_default().isAbsolute(venv)) {
        const interpreter = venvInterpreter(venv);
        if (interpreter && !under(interpreter, excluded))
            return { interpreter, source: 'virtual-env', how: `VIRTUAL_ENV (${rel(venv)})` };
    }
    // PATH without runguard's own tools (their venv's python would come first in tests and CI).
    const pathVar = (input.env.PATH ?? '')
        .split((external_node_path_default()).delimiter)
        .filter(d => d !== '' && !under(d, excluded))
        .join((external_node_path_default()).delimiter);
    for (const name of input.pathFallback === false ? [] : ['python3', 'python']) {
        const found = whichOnPath(name, pathVar);
        if (found)
            return { interpreter: found, source: 'path', how: `${name} on PATH (${found})` };
    }
    return {
        missing: input.pathFallback === false
            ? 'no Python environment named (no python-path, no Python in the script command, no VIRTUAL_ENV)'
            : 'no Python interpreter found (no python-path, no Python in the script command, no VIRTUAL_ENV, no python3 on PATH)'
    };
}
/** `key = value` lines of a pyvenv.cfg. */
function parsePyvenvCfg(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*([A-Za-z0-9_.-]+)\s*=\s*(.*?)\s*$/.exec(line);
        if (m?.[1] !== undefined && m[2] !== undefined)
            out[m[1].toLowerCase()] = m[2];
    }
    return out;
}
/** The venv root of an interpreter path (pyvenv.cfg beside it or one level up), as Python finds it. */
function venvRootOf(interpreter) {
    const dir = external_node_path_default().dirname(interpreter);
    for (const candidate of [dir, external_node_path_default().dirname(dir)])
        if (isFile(external_node_path_default().join(candidate, 'pyvenv.cfg')))
            return candidate;
    return undefined;
}
/** A venv's own site-packages directories (`lib/pythonX.Y/site-packages`, `Lib/site-packages`). */
function venvSiteDirs(venv, version) {
    const out = [];
    const seen = new Set();
    const add = (p) => {
        const real = realpath(p);
        if (real === undefined || seen.has(real))
            return;
        seen.add(real);
        out.push(p);
    };
    const short = /^(\d+\.\d+)/.exec(version ?? '')?.[1];
    for (const lib of ['lib', 'lib64']) {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(external_node_path_default().join(venv, lib));
        }
        catch {
            continue;
        }
        const pythons = names.filter(n => /^python\d+\.\d+t?$/.test(n));
        const chosen = short ? pythons.filter(n => n.replace(/t$/, '') === `python${short}`) : pythons;
        for (const n of (chosen.length > 0 ? chosen : pythons).sort())
            add(external_node_path_default().join(venv, lib, n, 'site-packages'));
    }
    add(external_node_path_default().join(venv, 'Lib', 'site-packages'));
    return out.filter(p => (0,external_node_fs_.existsSync)(p));
}
function inside(workspace, p) {
    return (0,paths/* toRepoPath */.x)(workspace, p) !== undefined;
}
/**
 * Decides how the environment is read without executing anything from the workspace. A venv
 * is read as directories: its site-packages are passed to the reader, which runs on the venv's
 * base interpreter (the real file behind the venv's `python` symlink, or `home` in pyvenv.cfg),
 * so neither a planted `python` nor a crafted pyvenv.cfg (its `home` picks the standard
 * library) can run code. Any other interpreter must live outside the workspace.
 */
function planReader(target, workspace) {
    const venv = venvRootOf(target.interpreter);
    if (venv === undefined) {
        const real = realpath(target.interpreter);
        if (real === undefined)
            return { refused: `${target.interpreter} cannot be resolved` };
        if (inside(workspace, real))
            return {
                refused: `${(0,paths/* toRepoPath */.x)(workspace, real) ?? real} is inside the workspace and is not a virtual environment; runguard does not run it (set python-path to an interpreter outside the workspace or to a virtual environment)`
            };
        if (!PYTHON_NAME.test(external_node_path_default().basename(target.interpreter)))
            return {
                refused: `${target.interpreter} is not named like a Python interpreter; runguard does not run it`
            };
        return { target, sites: [], systemSite: true, reader: target.interpreter };
    }
    let cfg;
    try {
        cfg = parsePyvenvCfg((0,external_node_fs_.readFileSync)(external_node_path_default().join(venv, 'pyvenv.cfg'), 'utf8').slice(0, 65536));
    }
    catch {
        cfg = {};
    }
    const version = cfg.version_info ?? cfg.version;
    const candidates = [];
    const real = realpath(target.interpreter);
    if (real !== undefined)
        candidates.push(real);
    const home = cfg.home;
    if (home && external_node_path_default().isAbsolute(home)) {
        const short = /^(\d+\.\d+)/.exec(version ?? '')?.[1];
        for (const name of [short ? `python${short}` : '', 'python3', 'python'].filter(Boolean)) {
            const p = realpath(external_node_path_default().join(home, name));
            if (p !== undefined)
                candidates.push(p);
        }
    }
    // The base interpreter must be outside the workspace and not itself inside a venv (whose
    // pyvenv.cfg would then choose its standard library).
    const reader = candidates.find(c => isFile(c) &&
        PYTHON_NAME.test(external_node_path_default().basename(c)) &&
        !inside(workspace, c) &&
        venvRootOf(c) === undefined);
    if (reader === undefined)
        return {
            refused: `no interpreter outside the workspace runs the virtual environment ${(0,paths/* toRepoPath */.x)(workspace, venv) ?? venv} (its python and pyvenv.cfg home point into the workspace); runguard does not run it`
        };
    const includeSystem = (cfg['include-system-site-packages'] ?? '').toLowerCase() === 'true';
    return {
        target,
        venv,
        sites: venvSiteDirs(venv, version),
        systemSite: includeSystem,
        reader,
        ...(version !== undefined ? { version } : {})
    };
}

;// CONCATENATED MODULE: ./src/inventory/environment.ts







/** Project names (PEP 508) and versions as pip accepts them; anything else is not a package. */
const NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,198}[A-Za-z0-9])?$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.+!_-]{0,127}$/;
const boundedString = (max) => schemas/* string */.YjP().max(max);
const distributionSchema = schemas/* object */.Ikc({
    name: boundedString(2000).nullable(),
    version: boundedString(2000).nullable(),
    metadata_version: boundedString(2000).nullable().optional(),
    license_expression: boundedString(2000).nullable(),
    license: boundedString(4096).nullable(),
    license_files: schemas/* array */.YOg(boundedString(2000)).max(2000),
    classifiers: schemas/* array */.YOg(boundedString(2000)).max(2000),
    requires: schemas/* array */.YOg(boundedString(2000)).max(2000),
    provides_extra: schemas/* array */.YOg(boundedString(2000)).max(2000).optional(),
    path: boundedString(8192),
    site: boundedString(8192),
    record: schemas/* object */.Ikc({
        files: schemas/* number */.aig().int().nonnegative(),
        hashed: schemas/* number */.aig().int().nonnegative(),
        sha256: schemas/* string */.YjP()
            .regex(/^[0-9a-f]{64}$/)
            .nullable(),
        error: schemas/* string */.YjP().max(200).optional()
    })
        .nullable(),
    modules: schemas/* array */.YOg(boundedString(2000)).max(2000),
    installer: boundedString(50).nullable(),
    direct_url: schemas/* object */.Ikc({
        url: boundedString(500).nullable(),
        editable: schemas/* boolean */.zMY(),
        archive_hashes: schemas/* record */.g1P(boundedString(20), boundedString(200))
    })
        .nullable(),
    license_file: schemas/* object */.Ikc({ file: boundedString(2000), head: boundedString(4096) }).nullable()
});
/** The reader's output; extra keys are ignored, every value is bounded. */
const readerOutputSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz('runguard-environment/1'),
    python: schemas/* object */.Ikc({
        executable: boundedString(8192),
        version: boundedString(100),
        prefix: boundedString(8192),
        base_prefix: boundedString(8192)
    }),
    markers: schemas/* record */.g1P(boundedString(100), boundedString(500)),
    paths: schemas/* array */.YOg(boundedString(8192)).max(10000),
    distributions: schemas/* array */.YOg(distributionSchema).max(20000),
    warnings: schemas/* array */.YOg(boundedString(2000)).max(2000)
});
const HASH_ALGS = {
    sha256: 'SHA-256',
    sha384: 'SHA-384',
    sha512: 'SHA-512'
};
/** Turns the validated reader output into packages; entries that are not packages become warnings. */
function packagesFromReader(output) {
    const warnings = [...output.warnings];
    const packages = [];
    const seen = new Map();
    for (const d of output.distributions) {
        const where = external_node_path_default().basename(d.path);
        if (d.name === null || !NAME.test(d.name) || d.version === null || !VERSION.test(d.version)) {
            warnings.push(`${where}: not a valid project name and version; skipped`);
            continue;
        }
        const name = (0,names/* normalizeName */.Pc)(d.name);
        const hashes = [];
        for (const [alg, content] of Object.entries(d.direct_url?.archive_hashes ?? {})) {
            const mapped = HASH_ALGS[alg.toLowerCase()];
            if (mapped && /^[0-9a-fA-F]+$/.test(content))
                hashes.push({ alg: mapped, content: content.toLowerCase() });
        }
        const pkg = {
            name,
            displayName: d.name,
            version: d.version,
            purl: (0,names/* pypiPurl */.iC)(name, d.version),
            license: (0,licenses/* resolveLicense */.CV)({
                expression: d.license_expression ?? undefined,
                license: d.license ?? undefined,
                classifiers: d.classifiers,
                licenseFile: d.license_file ?? undefined
            }),
            requires: d.requires,
            modules: d.modules.filter(m => /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(m)),
            ...(d.record
                ? {
                    record: {
                        files: d.record.files,
                        hashed: d.record.hashed,
                        ...(d.record.sha256 ? { sha256: d.record.sha256 } : {})
                    }
                }
                : {}),
            hashes,
            editable: d.direct_url?.editable === true,
            path: d.path,
            site: d.site,
            ...(d.installer ? { installer: d.installer } : {})
        };
        const earlier = seen.get(name);
        if (earlier) {
            // Python imports the first on its path; a second copy is shadowed but still on disk.
            warnings.push(`${d.name} ${d.version} in ${d.site} is shadowed by ${earlier.displayName} ${earlier.version} in ${earlier.site}`);
            continue;
        }
        seen.set(name, pkg);
        packages.push(pkg);
    }
    return { packages, warnings };
}
const DEFAULT_TIMEOUT_MS = 60_000;
/** A real environment's JSON is a few MB; past this it is not one we want to parse. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Finds the environment and reads it; never throws. */
async function readEnvironment(input) {
    const target = findPythonTarget(input);
    if ('missing' in target)
        return { status: 'missing', reason: target.missing };
    if ('refused' in target)
        return { status: 'failed', reason: target.refused };
    const plan = planReader(target, input.workspace);
    if ('missing' in plan)
        return { status: 'missing', reason: plan.missing };
    if ('refused' in plan)
        return { status: 'failed', reason: plan.refused, target };
    const helpers = input.helpersDir ?? (0,python_helpers/* findPythonHelpersDir */.o)();
    if (helpers === undefined)
        return {
            status: 'failed',
            reason: "runguard's python/ helpers are missing from its installation",
            target
        };
    return runReader(plan, external_node_path_default().join(helpers, python_helpers/* HELPER_FILES */.v.reader), input);
}
/** The reader's argv after the interpreter. */
function readerArgs(plan, readerScript) {
    return [
        // -I: no PYTHON* variables, user site or current directory; -S: no site module, so no
        // .pth line and no sitecustomize of the environment runs. -B: write no .pyc anywhere.
        '-I',
        '-S',
        '-B',
        readerScript,
        ...plan.sites.flatMap(s => ['--site', s]),
        ...(plan.systemSite ? ['--system-site'] : [])
    ];
}
async function runReader(plan, readerScript, input) {
    const { target } = plan;
    const fail = (reason) => ({ status: 'failed', reason, target });
    const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const res = await input.exec(plan.reader, readerArgs(plan, readerScript), {
        cwd: input.cwd,
        env: input.env,
        timeoutMs,
        maxBufferBytes: MAX_OUTPUT_BYTES,
        ...(input.signal ? { signal: input.signal } : {})
    });
    const tail = res.stderr.trim().split('\n').slice(-2).join(' | ').slice(0, 300);
    if (res.timedOut)
        return fail(`the environment reader did not finish within ${Math.round(timeoutMs / 1000)}s`);
    if (res.spawnError !== undefined)
        return fail(`${plan.reader} could not start: ${res.spawnError}`);
    if (res.truncated)
        return fail(`the environment reader printed more than ${MAX_OUTPUT_BYTES} bytes`);
    if (res.exitCode !== 0)
        return fail(`the environment reader exited with code ${String(res.exitCode ?? res.signal)}: ${tail || 'no output'}`);
    let json;
    try {
        json = JSON.parse(res.stdout);
    }
    catch (error) {
        return fail(`the environment reader's output is not JSON (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    const parsed = readerOutputSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail(`the environment reader's output does not match its schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
    }
    const out = parsed.data;
    const { packages, warnings } = packagesFromReader(out);
    return {
        status: 'read',
        environment: {
            target,
            reader: plan.reader,
            ...(plan.venv !== undefined ? { venv: plan.venv } : {}),
            pythonVersion: out.markers.python_full_version ?? out.python.version,
            prefix: plan.venv ?? out.python.prefix,
            sites: out.paths,
            markers: out.markers,
            packages,
            warnings
        }
    };
}

;// CONCATENATED MODULE: ./src/inventory/environment-stage.ts



/** Programs that run other commands: the python3 on their PATH is the likely interpreter. */
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'make', 'env', 'xargs', 'tox', 'nox']);
function runsThroughShell(settings) {
    if (settings.shell)
        return true;
    const program = settings.script?.[0];
    return program !== undefined && SHELLS.has(external_node_path_default().basename(program));
}
/** At most this many mismatch lines in the summary; the rest go to the log. */
const MAX_SHOWN_MISMATCHES = 10;
/** Starts reading the environment; `feed` resolves as soon as the pins are written. */
function startEnvironmentStage(input) {
    const { settings, logger } = input;
    const hasScript = settings.mode !== 'scan' && (settings.script?.length ?? 0) > 0;
    const reading = readEnvironment({
        ...(settings.pythonPath !== undefined ? { pythonPath: settings.pythonPath } : {}),
        ...(settings.script ? { script: settings.script } : {}),
        shell: settings.shell,
        workspace: settings.workspace,
        cwd: external_node_path_default().resolve(settings.workspace, settings.workingDirectory),
        env: input.env,
        exec: input.exec,
        // runguard's own tools are not the script's environment.
        exclude: [settings.toolsDir],
        // `python3` on PATH is a guess; it is made only for a script that is a shell command (which
        // may well run that python), never without a script or for another runtime (`node …`).
        pathFallback: hasScript && runsThroughShell(settings),
        ...(input.signal ? { signal: input.signal } : {})
    }).catch((error) => ({
        status: 'failed',
        reason: `the environment reader failed: ${(0,errors/* errorMessage */.gJ)(error)}`
    }));
    let feedFile;
    let writeFeed;
    const result = (async () => {
        const read = await reading;
        if (read.status !== 'read') {
            const line = `installed environment not read: ${read.reason}`;
            if (read.status === 'missing') {
                logger.info(line);
                return { read, warnings: [], errors: [] };
            }
            logger.warning(line);
            // The user named the interpreter: not reading it must not pass unseen.
            return settings.pythonPath !== undefined
                ? { read, warnings: [], errors: [line] }
                : { read, warnings: [line], errors: [] };
        }
        const manifest = await input.manifest;
        // Loaded only when there is an environment to analyse: its dependency graph brings the
        // requirement grammar (pip-requirements-js, built at import), which the Action would
        // otherwise load before its first scanner starts.
        const { analyzeEnvironment, mismatchWarnings, writeInstalledFeed } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(6821), __webpack_require__.e(174), __webpack_require__.e(8317)]).then(__webpack_require__.bind(__webpack_require__, 90698));
        writeFeed = writeInstalledFeed;
        const inventory = analyzeEnvironment(read.environment, manifest.components, manifest.projects);
        const env = read.environment;
        logger.info(`installed environment: ${env.packages.length} packages of Python ${env.pythonVersion} from ${env.target.how}`);
        const mismatches = mismatchWarnings(inventory);
        for (const w of [...env.warnings, ...inventory.graph.warnings, ...mismatches])
            logger.warning(`environment: ${w}`);
        const shown = mismatches.slice(0, MAX_SHOWN_MISMATCHES).map(w => `environment: ${w}`);
        if (mismatches.length > shown.length)
            shown.push(`environment: ${mismatches.length - shown.length} more mismatch(es) in the log`);
        return { read, inventory, warnings: shown, errors: [] };
    })();
    const feed = result.then(r => {
        if (!r.inventory || !writeFeed)
            return undefined;
        try {
            feedFile = writeFeed(r.inventory, r.inventory.manifest);
        }
        catch (error) {
            logger.warning(`installed environment pins could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        return feedFile;
    });
    return {
        feed,
        result,
        cleanup: async () => {
            await feed.catch(() => undefined);
            feedFile?.cleanup();
        }
    };
}


/***/ }),

/***/ 74898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ resolveLicense),
/* harmony export */   Nz: () => (/* binding */ licenseViolation)
/* harmony export */ });
/* unused harmony exports isSpdxExpression, licenseFromText, spdxLeaves */
/* harmony import */ var spdx_correct__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25728);
/* harmony import */ var spdx_correct__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(spdx_correct__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93326);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var spdx_satisfies__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45131);
/* harmony import */ var spdx_satisfies__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(spdx_satisfies__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Trove licence classifiers that name exactly one SPDX licence (trove-classifiers' list). Those
 * that name a family ("BSD License", "Apache Software License") are left to the licence text.
 */
const CLASSIFIERS = {
    'License :: OSI Approved :: MIT License': 'MIT',
    'License :: OSI Approved :: MIT No Attribution License (MIT-0)': 'MIT-0',
    'License :: OSI Approved :: ISC License (ISCL)': 'ISC',
    'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
    'License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)': 'MPL-1.1',
    'License :: OSI Approved :: The Unlicense (Unlicense)': 'Unlicense',
    'License :: OSI Approved :: Python Software Foundation License': 'PSF-2.0',
    'License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
    'License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
    'License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)': 'EPL-1.0',
    'License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
    'License :: OSI Approved :: GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
    'License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
    'License :: OSI Approved :: GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
    'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
    'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)': 'LGPL-2.0-only',
    'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
    'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
    'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
    'License :: OSI Approved :: GNU Affero General Public License v3': 'AGPL-3.0-only',
    'License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
    'License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0'
};
/**
 * Licence texts recognised by phrases only that licence has (checked on lowercased text with
 * whitespace collapsed); BSD without the non-endorsement clause is the 2-clause form.
 */
const TEXTS = [
    {
        id: 'MIT',
        all: [
            'permission is hereby granted, free of charge, to any person obtaining a copy',
            'the above copyright notice and this permission notice shall be included'
        ]
    },
    {
        id: 'BSD-3-Clause',
        all: ['redistribution and use in source and binary forms', 'neither the name'],
        none: ['advertising materials']
    },
    {
        id: 'BSD-2-Clause',
        all: ['redistribution and use in source and binary forms', 'this list of conditions'],
        none: ['neither the name', 'may not be used to endorse', 'advertising materials']
    },
    { id: 'Apache-2.0', all: ['apache license', 'version 2.0, january 2004'] },
    {
        id: 'ISC',
        all: [
            'permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted'
        ]
    },
    { id: 'MPL-2.0', all: ['mozilla public license version 2.0'] },
    {
        id: 'Unlicense',
        all: ['this is free and unencumbered software released into the public domain']
    }
];
/** True when `text` parses as an SPDX expression (spdx-expression-parse). */
function isSpdxExpression(text) {
    try {
        spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1___default()(text);
        return true;
    }
    catch {
        return false;
    }
}
/** The SPDX id of a well-known licence text, or undefined. */
function licenseFromText(text) {
    const flat = text.toLowerCase().replace(/\s+/g, ' ');
    return TEXTS.find(t => t.all.every(p => flat.includes(p)) && !(t.none ?? []).some(p => flat.includes(p)))?.id;
}
/** The package's licence as an SPDX expression, and where it came from. */
function resolveLicense(d) {
    const expression = d.expression?.trim();
    if (expression && isSpdxExpression(expression))
        return { expression, source: 'expression' };
    const field = d.license?.trim();
    const shortField = field && field.length <= 100 && !field.includes('\n') ? field : undefined;
    if (shortField && isSpdxExpression(shortField))
        return { expression: shortField, source: 'license-field' };
    const classifiers = d.classifiers.filter(c => c.startsWith('License ::'));
    const mapped = classifiers.map(c => CLASSIFIERS[c]);
    if (mapped.length > 0 && mapped.every((m) => m !== undefined)) {
        // Several licence classifiers mean the package may be used under any of them.
        const ids = [...new Set(mapped)];
        return {
            expression: ids.length === 1 ? ids[0] : ids.map(i => `(${i})`).join(' OR '),
            source: 'classifier',
            declared: classifiers.join('; ')
        };
    }
    for (const text of [field && !shortField ? field : undefined, d.licenseFile?.head]) {
        const id = text ? licenseFromText(text) : undefined;
        if (id)
            return {
                expression: id,
                source: 'license-text',
                declared: text === field ? 'License field text' : `licence file ${d.licenseFile?.file ?? ''}`
            };
    }
    if (shortField) {
        const corrected = spdx_correct__WEBPACK_IMPORTED_MODULE_0___default()(shortField);
        if (corrected && isSpdxExpression(corrected))
            return { expression: corrected, source: 'license-field', declared: shortField };
    }
    const declared = [shortField, ...classifiers].filter(Boolean).join('; ');
    return { source: 'unknown', ...(declared ? { declared } : {}) };
}
// ── policy ───────────────────────────────────────────────────────────────────────────────
/** Leaves of an SPDX expression, each as text (`MIT`, `GPL-2.0+`, `Apache-2.0 WITH LLVM-exception`). */
function spdxLeaves(expression) {
    const out = [];
    const walk = (node) => {
        if ('conjunction' in node) {
            walk(node.left);
            walk(node.right);
        }
        else {
            out.push(`${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`);
        }
    };
    walk(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1___default()(expression));
    return [...new Set(out)];
}
const satisfies = (expression, list) => {
    if (list.length === 0)
        return false;
    try {
        return spdx_satisfies__WEBPACK_IMPORTED_MODULE_2___default()(expression, list);
    }
    catch {
        return false;
    }
};
/** Why a package's licence fails the policy, or undefined when it passes or is unknown. */
function licenseViolation(license, policy) {
    const expression = license.expression;
    if (expression === undefined)
        return undefined;
    if (policy.allow.length > 0 && !satisfies(expression, policy.allow))
        return `${expression} is not satisfied by allow-licenses (${policy.allow.join(', ')})`;
    if (policy.deny.length > 0) {
        let leaves;
        try {
            leaves = spdxLeaves(expression);
        }
        catch {
            return undefined;
        }
        const denied = leaves.filter(l => satisfies(l, policy.deny));
        if (denied.length === 0)
            return undefined;
        // `MIT OR GPL-3.0-only` with GPL denied can still be used under MIT.
        const usable = leaves.filter(l => !denied.includes(l));
        if (!satisfies(expression, usable))
            return `${expression} needs ${denied.join(', ')}, which deny-licenses lists`;
    }
    return undefined;
}


/***/ }),

/***/ 37344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ parseHash),
/* harmony export */   F7: () => (/* binding */ parseExtras),
/* harmony export */   G1: () => (/* binding */ makeComponent),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   iC: () => (/* binding */ pypiPurl),
/* harmony export */   iz: () => (/* binding */ isDevRequirementsFile),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   um: () => (/* binding */ stripUrlCredentials),
/* harmony export */   zZ: () => (/* binding */ analyzeSpecifier)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_1__);


/** PEP 503: lowercase, runs of `-`, `_`, `.` become one `-` (packageurl-js does not collapse runs). */
function normalizeName(name) {
    return name
        .trim()
        .replace(/[-_.]+/g, '-')
        .toLowerCase();
}
/** `pkg:pypi/<pep503 name>[@version]`. */
function pypiPurl(name, version) {
    return new packageurl_js__WEBPACK_IMPORTED_MODULE_1__.PackageURL('pypi', undefined, normalizeName(name), version ?? undefined).toString();
}
const PIN = /^(===?)\s*([^\s,;*]+)$/;
/**
 * `==X` without a wildcard (or `===X`) pins; every other specifier is a range that the
 * scanners cannot match against advisories. A pin may sit among other clauses (`>=1,==1.2`).
 */
function analyzeSpecifier(specifier) {
    const spec = specifier.trim();
    const clauses = spec
        .split(',')
        .map(c => c.trim())
        .filter(c => c !== '');
    let version;
    for (const clause of clauses) {
        const m = PIN.exec(clause);
        if (!m)
            continue;
        const [, op, v] = m;
        if (v === undefined)
            continue;
        // `===` is arbitrary string equality: any text is a pin, no PEP 440 check.
        if (op === '===' || _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().valid(v) !== null)
            version = v;
    }
    let valid;
    try {
        valid = clauses.every(c => /^===/.test(c)) || _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().validRange(spec.replace(/\s+/g, ''));
    }
    catch {
        valid = false;
    }
    return version !== undefined ? { version, valid } : { valid };
}
/** Builds a component in one literal so no field is forgotten. */
function makeComponent(input) {
    const name = normalizeName(input.name);
    return {
        ecosystem: 'PyPI',
        name,
        ...(input.version !== undefined ? { version: input.version } : {}),
        purl: pypiPurl(name, input.version),
        file: input.file,
        line: input.line,
        ...(input.hashes && input.hashes.length > 0 ? { hashes: input.hashes } : {}),
        ...(input.dependsOn ? { dependsOn: input.dependsOn } : {}),
        ...(input.specifier !== undefined ? { specifier: input.specifier } : {}),
        ...(input.extras && input.extras.length > 0 ? { extras: input.extras } : {}),
        ...(input.optional ? { optional: true } : {})
    };
}
/** `[a, B_c]` → `['a', 'b-c']` (PEP 685: extras compare like names); undefined for none. */
function parseExtras(bracket) {
    if (bracket === undefined)
        return undefined;
    const list = bracket
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map(e => normalizeName(e))
        .filter(e => e !== '');
    return list.length > 0 ? [...new Set(list)] : undefined;
}
/**
 * A requirements file for development only, by its name: `requirements-dev.txt`,
 * `dev-requirements.txt`, `requirements/test.txt`, `requirements_lint.txt` …
 */
function isDevRequirementsFile(repoPath) {
    const DEV = /(^|[-_./])(dev|devel|develop|development|test|tests|testing|lint|linting|docs?|typing|ci|qa)([-_.]|$)/i;
    const base = repoPath.split('/').pop() ?? repoPath;
    const parent = repoPath.split('/').slice(-2, -1)[0] ?? '';
    const stem = base.replace(/\.txt$/i, '');
    return (DEV.test(stem.replace(/^requirements/i, '')) || (parent === 'requirements' && DEV.test(stem)));
}
const HASH_ALGS = {
    sha256: 'SHA-256',
    sha384: 'SHA-384',
    sha512: 'SHA-512',
    md5: 'MD5',
    sha1: 'SHA-1'
};
/** `sha256:abcd…` → `{alg: 'SHA-256', content}`; unknown algorithms or bad hex → undefined. */
function parseHash(text) {
    const m = /^([a-z0-9]+)[:=]([0-9a-fA-F]+)$/.exec(text.trim());
    if (!m?.[1] || !m[2])
        return undefined;
    const alg = HASH_ALGS[m[1].toLowerCase()];
    return alg ? { alg, content: m[2].toLowerCase() } : undefined;
}
/** Removes `user:password@` from URLs so a warning never carries a credential. */
function stripUrlCredentials(text) {
    return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1');
}
/** 1-based line number of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
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


/***/ })

};

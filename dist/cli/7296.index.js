export const id = 7296;
export const ids = [7296];
export const modules = {

/***/ 27296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h4: () => (/* binding */ PINNED_VERSIONS),
/* harmony export */   installTool: () => (/* binding */ installTool),
/* harmony export */   sj: () => (/* binding */ toolBinDirs)
/* harmony export */ });
/* unused harmony exports OSV_RELEASE, pathWithTools, isInstalledInToolsDir */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46528);




/**
 * Installs a missing scanner into an isolated cache outside the workspace (`settings.toolsDir`),
 * with the same layout as scripts/setup.sh: one Python venv per pip tool
 * (`<toolsDir>/venv-<tool>/bin/<tool>`) and Go binaries in `<toolsDir>/bin`. The orchestrator
 * appends those directories to PATH, so adapters find installed tools by name.
 */
/** Versions installed when a tool is missing (the versions the parsers are tested against). */
const PINNED_VERSIONS = {
    bandit: '1.9.4',
    semgrep: '1.182.0',
    safety: '2.3.5',
    'osv-scanner': '2.5.0'
};
/** pip requirement lines per Python tool. */
const PIP_REQUIREMENTS = {
    bandit: [`bandit==${PINNED_VERSIONS.bandit}`],
    semgrep: [`semgrep==${PINNED_VERSIONS.semgrep}`],
    safety: [`safety==${PINNED_VERSIONS.safety}`]
};
const OSV_MODULE = 'github.com/google/osv-scanner/v2/cmd/osv-scanner';
/**
 * Release binaries for the download fallback (no Go on the machine), checked by SHA-256 before
 * use. v2.5.1 (the patch release after the tested 2.5.0) because its sums were available from
 * two independent published pins; a mismatch refuses the download.
 */
const OSV_RELEASE = {
    version: '2.5.1',
    assets: {
        'linux-x64': [
            'osv-scanner_linux_amd64',
            'f9f25499a2c8cc367b3af45df2ea7eeca7fbccceab9c35079968f4b3652194be'
        ],
        'linux-arm64': [
            'osv-scanner_linux_arm64',
            '3d0f5aa5a6baa8eb32bcef247388e149ef6030a6634ccae6fa0d62681fb27a6d'
        ],
        'darwin-x64': [
            'osv-scanner_darwin_amd64',
            '9f89beb6c3d784893cb1cae0a3d56c529bfe91075418c2f9440c45b79654198b'
        ],
        'darwin-arm64': [
            'osv-scanner_darwin_arm64',
            '75c44d6332f892a1e56286f4105a98ed751ae28d215ca0a8b65cc00d84103054'
        ],
        'win32-x64': [
            'osv-scanner_windows_amd64.exe',
            '25e42f5ef6711fd8c0fb45390972205891dd44c6bd02ac93f0f63e8e98d9bfb6'
        ],
        'win32-arm64': [
            'osv-scanner_windows_arm64.exe',
            '33feb0b210a3e5ea7b338c719defc899f8833d990cdd297bcad4ff1a2586ec8b'
        ]
    }
};
const PIP_TIMEOUT_MS = 15 * 60_000;
const GO_TIMEOUT_MS = 15 * 60_000;
const VENV_TIMEOUT_MS = 2 * 60_000;
/** Directories (inside toolsDir) that hold installed tools, for PATH. */
function toolBinDirs(toolsDir) {
    const bin = process.platform === 'win32' ? 'Scripts' : 'bin';
    return [
        node_path__WEBPACK_IMPORTED_MODULE_2___default().join(toolsDir, 'bin'),
        ...['bandit', 'semgrep', 'safety'].map(t => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(toolsDir, `venv-${t}`, bin))
    ];
}
/** PATH with runguard's tool directories appended, so a tool the user installed wins. */
function pathWithTools(toolsDir, env = process.env) {
    const current = env.PATH ?? env.Path ?? '';
    return [current, ...toolBinDirs(toolsDir)].filter(p => p !== '').join(path.delimiter);
}
function isInstallable(tool) {
    return tool in PINNED_VERSIONS;
}
function failed(what, result, redactor, commands) {
    const why = result.spawnError ??
        (result.timedOut ? 'timed out' : `exit ${String(result.exitCode ?? result.signal)}`);
    const tail = (0,_support_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrTail */ .be)(result.stderr || result.stdout, redactor, 5);
    return { ok: false, message: `${what} failed (${why})${tail ? `:\n${tail}` : ''}`, commands };
}
/**
 * Installs `tool` into settings.toolsDir. Never throws for an installer problem: the caller turns
 * `ok: false` into a skipped/failed ToolRun with the message.
 */
async function installTool(tool, opts) {
    if (!isInstallable(tool))
        return { ok: false, message: `${tool} cannot be installed by runguard`, commands: [] };
    const toolsDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(opts.settings.toolsDir);
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(opts.settings.workspace);
    if (toolsDir === workspace || toolsDir.startsWith(workspace + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))) {
        // Installing into the checkout would get the tools scanned and maybe committed.
        return {
            ok: false,
            message: `toolsDir ${toolsDir} is inside the workspace; choose a directory outside it`,
            commands: []
        };
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(toolsDir, { recursive: true });
    opts.logger.info(`installing ${tool} ${PINNED_VERSIONS[tool]} into ${toolsDir}`);
    if (tool === 'osv-scanner')
        return installOsvScanner(toolsDir, opts);
    return installWithPip(tool, toolsDir, opts);
}
// Installers run through the injected process-group exec, not @actions/exec: a pip or go
// install can hang on the network, and only that exec times out, honours cancellation and kills
// the installer's whole process tree (@actions/exec has no timeout, signal or child handle).
async function installWithPip(tool, toolsDir, opts) {
    const venv = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(toolsDir, `venv-${tool}`);
    const win = process.platform === 'win32';
    const python = win ? 'python' : 'python3';
    const venvPython = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(venv, win ? 'Scripts' : 'bin', win ? 'python.exe' : 'python');
    const env = opts.env ?? process.env;
    const commands = [];
    const venvCmd = [python, '-m', 'venv', venv];
    commands.push(venvCmd);
    const made = await opts.exec(venvCmd[0], venvCmd.slice(1), {
        env,
        timeoutMs: VENV_TIMEOUT_MS,
        signal: opts.signal
    });
    if (made.exitCode !== 0)
        return failed(`creating a venv for ${tool} (${venvCmd.join(' ')})`, made, opts.redactor, commands);
    const pipCmd = [
        venvPython,
        '-m',
        'pip',
        'install',
        '--quiet',
        '--disable-pip-version-check',
        '--no-input',
        ...PIP_REQUIREMENTS[tool]
    ];
    commands.push(pipCmd);
    const pip = await opts.exec(pipCmd[0], pipCmd.slice(1), {
        env: { ...env, PIP_NO_INPUT: '1' },
        timeoutMs: PIP_TIMEOUT_MS,
        signal: opts.signal
    });
    if (pip.exitCode !== 0)
        return failed(`pip install ${PIP_REQUIREMENTS[tool].join(' ')}`, pip, opts.redactor, commands);
    return { ok: true, message: `${tool} ${PINNED_VERSIONS[tool]} installed into ${venv}`, commands };
}
async function installOsvScanner(toolsDir, opts) {
    const bin = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(toolsDir, 'bin');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(bin, { recursive: true });
    const env = opts.env ?? process.env;
    const goCmd = ['go', 'install', `${OSV_MODULE}@v${PINNED_VERSIONS['osv-scanner']}`];
    const go = await opts.exec(goCmd[0], goCmd.slice(1), {
        env: { ...env, GOBIN: bin, GOFLAGS: '-mod=mod' },
        timeoutMs: GO_TIMEOUT_MS,
        signal: opts.signal
    });
    if (go.spawnError === undefined) {
        if (go.exitCode === 0) {
            return {
                ok: true,
                message: `osv-scanner ${PINNED_VERSIONS['osv-scanner']} installed into ${bin} (go install)`,
                commands: [goCmd]
            };
        }
        return failed(`GOBIN=${bin} ${goCmd.join(' ')}`, go, opts.redactor, [goCmd]);
    }
    // No Go: download the release binary, when a downloader was handed in (the Action's).
    if (!opts.download) {
        return {
            ok: false,
            message: 'Go is not installed, and runguard downloads the osv-scanner release binary only when it runs as a GitHub Action',
            commands: []
        };
    }
    return downloadOsvScanner(bin, opts.download, opts.redactor);
}
/** Downloads the pinned release and checks its SHA-256 before it is put in place. */
async function downloadOsvScanner(bin, download, redactor) {
    const key = `${process.platform}-${process.arch}`;
    const asset = OSV_RELEASE.assets[key];
    if (!asset)
        return { ok: false, message: `no pinned osv-scanner release binary for ${key}`, commands: [] };
    const [name, sha256] = asset;
    const url = `https://github.com/google/osv-scanner/releases/download/v${OSV_RELEASE.version}/${name}`;
    try {
        const downloaded = await download(url);
        const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(downloaded)).digest('hex');
        if (actual !== sha256) {
            return {
                ok: false,
                message: `osv-scanner download ${url} has SHA-256 ${actual}, expected ${sha256}; refused`,
                commands: []
            };
        }
        const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(bin, process.platform === 'win32' ? 'osv-scanner.exe' : 'osv-scanner');
        const partial = `${target}.partial`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(downloaded, partial);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(partial, 0o755);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(partial, target);
        return {
            ok: true,
            message: `osv-scanner ${OSV_RELEASE.version} downloaded into ${bin} (SHA-256 verified)`,
            commands: []
        };
    }
    catch (e) {
        return {
            ok: false,
            message: redactor.redact(`downloading ${url} failed: ${e instanceof Error ? e.message : String(e)}`),
            commands: []
        };
    }
}
/** True when a previous install left the tool's executable in toolsDir. */
function isInstalledInToolsDir(toolsDir, tool) {
    const win = process.platform === 'win32';
    const file = tool === 'osv-scanner'
        ? path.join(toolsDir, 'bin', win ? 'osv-scanner.exe' : 'osv-scanner')
        : path.join(toolsDir, `venv-${tool}`, win ? 'Scripts' : 'bin', win ? `${tool}.exe` : tool);
    return existsSync(file);
}


/***/ }),

/***/ 46528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ lowerSeverity),
/* harmony export */   IU: () => (/* binding */ reportFiles),
/* harmony export */   JG: () => (/* binding */ withStderr),
/* harmony export */   LT: () => (/* binding */ codeAt),
/* harmony export */   UB: () => (/* binding */ createLineReader),
/* harmony export */   Up: () => (/* binding */ Fingerprinter),
/* harmony export */   be: () => (/* binding */ stderrTail),
/* harmony export */   i: () => (/* binding */ processFailure),
/* harmony export */   kB: () => (/* binding */ repoPathResolver),
/* harmony export */   q7: () => (/* binding */ StringPool),
/* harmony export */   qU: () => (/* binding */ detectTool),
/* harmony export */   vz: () => (/* binding */ normalizeCode)
/* harmony export */ });
/* unused harmony export parseVersion */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95138);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24964);
/* harmony import */ var _detect_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8307);






/**
 * Helpers shared by the code-scanner adapters (bandit, semgrep): reading source lines for
 * fingerprints, stable fingerprints with an occurrence counter, and turning a failed process
 * into a ToolRun reason. Not an adapter itself (the registry test lists it as a helper).
 */
/** Source files larger than this are not read for fingerprints (the line number is used). */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/** Matches spanning more lines than this are fingerprinted by their first lines only. */
const MAX_FINGERPRINT_LINES = 10;
/**
 * A file's text and where each line starts: a line becomes a string only when a finding asks
 * for it. Splitting every flagged file up front held a string per line of every file for the
 * whole scan (~8 MB more than the texts at 100,000 findings, garbage once the scan ended).
 */
class FileLines {
    text;
    /** Offset of each line's first character, and one past the end of the text. */
    starts;
    length;
    constructor(text) {
        this.text = text;
        let lines = 1;
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
            lines++;
        this.length = lines;
        this.starts = new Int32Array(lines + 1);
        let line = 1;
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
            this.starts[line++] = at + 1;
        this.starts[lines] = text.length + 1;
    }
    /** Line `i` (0-based) without its line break; `\r` before a `\n` is part of the break. */
    line(i) {
        const begin = this.starts[i];
        let end = this.starts[i + 1] - 1;
        if (i < this.length - 1 && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(begin, end);
    }
    /** Like Array#slice over the lines. */
    slice(start = 0, end = this.length) {
        const from = start < 0 ? Math.max(0, this.length + start) : Math.min(start, this.length);
        const to = end < 0 ? Math.max(0, this.length + end) : Math.min(end, this.length);
        const out = [];
        for (let i = from; i < to; i++)
            out.push(this.line(i));
        return out;
    }
}
/** Reads files under the workspace once each; unreadable or huge files give undefined. */
function createLineReader(workspace) {
    const cache = new Map();
    return repoPath => {
        if (cache.has(repoPath))
            return cache.get(repoPath);
        let lines;
        try {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, repoPath);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size <= MAX_SOURCE_BYTES)
                lines = new FileLines((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        }
        catch {
            lines = undefined;
        }
        cache.set(repoPath, lines);
        return lines;
    };
}
/** Code content with indentation and runs of whitespace removed, so re-indenting keeps it. */
function normalizeCode(lines) {
    return lines
        .slice(0, MAX_FINGERPRINT_LINES)
        .map(l => l.trim().replace(/\s+/g, ' '))
        .filter(l => l !== '')
        .join('\n');
}
/** Lines `start..end` (1-based, inclusive) of a file, normalized; undefined when unreadable. */
function codeAt(read, repoPath, start, end) {
    const lines = read(repoPath);
    if (!lines || start < 1 || start > lines.length)
        return undefined;
    const last = Math.min(Math.max(end, start), start + MAX_FINGERPRINT_LINES - 1);
    const code = normalizeCode(lines.slice(start - 1, last));
    return code === '' ? undefined : code;
}
/**
 * Fingerprints from (tool, rule, path, normalized code): stable when lines move. Identical code
 * reported twice in one file (the same call on two lines) gets an occurrence number, counted in
 * report order, so the two findings stay distinct.
 */
class Fingerprinter {
    tool;
    seen = new Map();
    constructor(tool) {
        this.tool = tool;
    }
    next(ruleId, repoPath, content) {
        const key = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprintOf */ .a)([this.tool, ruleId, repoPath, content]);
        const n = (this.seen.get(key) ?? 0) + 1;
        this.seen.set(key, n);
        return n === 1 ? key : (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprintOf */ .a)([this.tool, ruleId, repoPath, content, String(n)]);
    }
}
/**
 * One reader's memory of the strings its results repeat (rule ids, titles, links, paths, CWE
 * ids): each distinct value is held once, not once per finding. A streamed report hands over
 * a fresh string for every occurrence; at 100,000 results the copies were tens of MB.
 */
class StringPool {
    pool = new Map();
    /** The pooled instance of `value`. */
    get(value) {
        const held = this.pool.get(value);
        if (held !== undefined)
            return held;
        this.pool.set(value, value);
        return value;
    }
}
/**
 * toRepoPath per distinct reported path, once per report: it resolves symlinks on disk, and a
 * report names the same files over and over (most of the time of a large report went there).
 * Results are pooled, so the findings of one file share one path string.
 */
function repoPathResolver(workspace, pool) {
    const seen = new Map();
    return p => {
        if (seen.has(p))
            return seen.get(p);
        const rel = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toRepoPath */ .x)(workspace, p);
        const pooled = rel === undefined ? undefined : pool.get(rel);
        seen.set(p, pooled);
        return pooled;
    };
}
/** Lowers a severity one level (used for low-confidence results); critical stops at high. */
function lowerSeverity(severity) {
    switch (severity) {
        case 'critical':
            return 'high';
        case 'high':
            return 'medium';
        case 'medium':
            return 'low';
        default:
            return severity;
    }
}
const STDERR_TAIL_LINES = 8;
const STDERR_LINE_MAX = 300;
/**
 * The last non-empty lines of a tool's output (its stderr, usually), redacted and shortened, for
 * a failure reason: the one tail helper of every adapter and the installer. Multi-line reasons
 * keep the lines apart; a one-line reason joins them with `separator` (e.g. ' | ').
 */
function stderrTail(stderr, redactor, lines = STDERR_TAIL_LINES, separator = '\n') {
    return stderr
        .split(/\r?\n/)
        .map(l => (separator === '\n' ? l.trimEnd() : l.trim()))
        .filter(l => l.trim() !== '')
        .slice(-lines)
        .map(l => (l.length > STDERR_LINE_MAX ? `${l.slice(0, STDERR_LINE_MAX)}…` : l))
        .map(l => redactor.redact(l))
        .join(separator);
}
/** Appends the stderr tail to a reason when there is one. */
function withStderr(reason, result, redactor) {
    const tail = stderrTail(result.stderr, redactor);
    return tail === '' ? reason : `${reason}; last stderr lines:\n${tail}`;
}
/**
 * The process-level outcome every adapter checks before looking at exit codes: could not start,
 * timed out, killed by a signal, or output cut off. Undefined when the process ran and exited.
 */
function processFailure(tool, result, timeoutMs, redactor) {
    if (result.spawnError !== undefined) {
        return { status: 'failed', reason: `${tool} could not be started: ${result.spawnError}` };
    }
    if (result.timedOut) {
        const seconds = Math.round(timeoutMs / 100) / 10;
        return {
            status: 'timed-out',
            reason: withStderr(`${tool} did not finish within ${seconds}s and was killed`, result, redactor)
        };
    }
    if (result.signal !== null) {
        return {
            status: 'failed',
            reason: withStderr(`${tool} was killed by ${result.signal}`, result, redactor)
        };
    }
    if (result.truncated) {
        return {
            status: 'failed',
            reason: `${tool} printed more output than runguard keeps; its report is incomplete`
        };
    }
    return undefined;
}
/** First `major.minor.patch` in a version banner (`bandit 1.9.4`, `1.182.0`). */
function parseVersion(text) {
    return /\b(\d+\.\d+\.\d+)\b/.exec(text)?.[1];
}
/** Timeout for `--version` probes: a tool that cannot print its version in this time is broken. */
const VERSION_PROBE_TIMEOUT_MS = 60_000;
/**
 * Runs `<command> <versionArgs>` and reports whether the tool is installed, its version, and
 * whether that version is in the range the parser is tested against (we still run it if not).
 * With `detectCache` in `ctx` (runScanners sets it for real runs), a probe's output is cached
 * in the tools directory keyed by the program's path, size and times (detect-cache.ts), so an
 * unchanged tool is not started again just to print its version.
 */
async function detectTool(ctx, opts) {
    const [program, ...prefix] = opts.command;
    if (program === undefined)
        return { installed: false, command: opts.command, supported: false };
    const args = [...prefix, ...opts.versionArgs];
    const env = opts.env ?? ctx.env;
    const cache = ctx.workspace ? ctx.detectCache : undefined;
    const toolsDir = cache?.dir;
    const key = cache && ctx.workspace ? (0,_detect_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .probeKey */ .Ss)(program, args, cache.pathFor(env), ctx.workspace) : undefined;
    let output = toolsDir && key ? (0,_detect_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .cachedProbe */ .ND)(toolsDir, key) : undefined;
    let exitCode = 0;
    if (output === undefined) {
        const result = await ctx.exec(program, args, {
            timeoutMs: VERSION_PROBE_TIMEOUT_MS,
            env,
            signal: ctx.signal
        });
        if (result.spawnError !== undefined) {
            return { installed: false, command: opts.command, supported: false };
        }
        output = `${result.stdout}\n${result.stderr}`;
        exitCode = result.exitCode;
        // Only a clean probe is remembered: a broken or interrupted tool is asked again next time.
        if (toolsDir && key && exitCode === 0 && !result.timedOut && result.signal === null)
            (0,_detect_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .rememberProbe */ .yk)(toolsDir, key, output);
    }
    const version = (opts.parse ?? parseVersion)(output);
    if (version === undefined) {
        return {
            installed: true,
            command: opts.command,
            supported: false,
            warning: `${opts.tool} did not print a version (exit ${String(exitCode)}); running it anyway`
        };
    }
    const supported = semver__WEBPACK_IMPORTED_MODULE_2___default().satisfies(semver__WEBPACK_IMPORTED_MODULE_2___default().coerce(version) ?? '0.0.0', opts.supportedVersions);
    return {
        installed: true,
        command: opts.command,
        version,
        supported,
        ...(supported
            ? {}
            : {
                warning: `${opts.tool} ${version} is outside the tested range ${opts.supportedVersions}; its output may not parse`
            })
    };
}
/** Our own report outputs inside the workspace (never scanned). */
function reportFiles(ctx) {
    const s = ctx.settings;
    return [
        s.sarifFile,
        s.sbomFile,
        s.metricsFile,
        s.junitFile,
        s.tapFile,
        s.summaryFile,
        s.reportFile
    ]
        .filter((f) => typeof f === 'string' && f !== '')
        .map(f => (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toRepoPath */ .x)(ctx.workspace, f))
        .filter((f) => f !== undefined && f !== '.');
}


/***/ }),

/***/ 95138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Stable fingerprint: sha256 hex of the parts (NUL-separated, so parts cannot run together), 32 chars. */
function fingerprintOf(parts) {
    // The hex of the first 16 bytes, not a slice of the full hex: V8 keeps a slice as a view of
    // its 64-character parent, which every finding would then hold (three times the memory).
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\0')).digest().toString('hex', 0, 16);
}


/***/ })

};

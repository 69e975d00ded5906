export const id = 366;
export const ids = [366,387];
export const modules = {

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

/***/ 44366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScanners: () => (/* binding */ runScanners)
});

// UNUSED EXPORTS: startOrder, validateScanSettings

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exec.ts
var src_exec = __webpack_require__(73190);
;// CONCATENATED MODULE: ./src/progress.ts
/** How often the live status line is redrawn (its elapsed seconds tick). */
const STATUS_REDRAW_MS = 1000;
/**
 * Plain progress lines for long steps: users watch the log, and a scan used to be
 * silent until the first tool finished. Each task's start is announced, and every `intervalMs`
 * a heartbeat names the tasks still running with their elapsed time. When the logger has a live
 * status line (the CLI on a terminal), that line shows the same, redrawn every second, instead
 * of the heartbeat lines. The timer is unref'd, so it never keeps the process alive, and stops
 * with `stop()`.
 */
class Heartbeat {
    logger;
    what;
    intervalMs;
    now;
    running = new Map();
    timer;
    done = 0;
    constructor(logger, what, intervalMs = 10_000, now = () => performance.now()) {
        this.logger = logger;
        this.what = what;
        this.intervalMs = intervalMs;
        this.now = now;
    }
    /** Announces `name` and starts the heartbeat if it is not running yet. */
    start(name) {
        this.running.set(name, this.now());
        this.logger.info(`${name}: started`);
        const live = this.logger.status !== undefined;
        const every = live ? STATUS_REDRAW_MS : this.intervalMs;
        if (this.timer === undefined && every > 0) {
            this.timer = setInterval(() => (live ? this.redraw() : this.beat()), every);
            this.timer.unref();
        }
        if (live)
            this.redraw();
    }
    /** `name` is done (its own finish line is the caller's, with its result). */
    finish(name) {
        if (this.running.delete(name))
            this.done++;
        if (this.logger.status)
            this.redraw();
    }
    /** The live status line now: what runs, for how long, and how many are done. */
    redraw() {
        if (this.running.size === 0) {
            this.logger.status?.(undefined);
            return;
        }
        const now = this.now();
        const list = [...this.running]
            .map(([name, t]) => `${name} ${Math.round((now - t) / 1000)}s`)
            .join(', ');
        this.logger.status?.(`${this.what}: ${list}${this.done > 0 ? ` · ${this.done} done` : ''}`);
    }
    /** Seconds since `name` started, or undefined when it is not running. */
    elapsed(name) {
        const t = this.running.get(name);
        return t === undefined ? undefined : (this.now() - t) / 1000;
    }
    /** One heartbeat line now (the timer calls this). */
    beat() {
        if (this.running.size === 0)
            return;
        const now = this.now();
        const list = [...this.running]
            .map(([name, t]) => `${name} (${Math.round((now - t) / 1000)}s)`)
            .join(', ');
        this.logger.info(`${this.what} still running: ${list}`);
    }
    stop() {
        if (this.timer !== undefined)
            clearInterval(this.timer);
        this.timer = undefined;
        this.running.clear();
        this.logger.status?.(undefined);
    }
}
const CLEAR_LINE = '\r\x1b[2K';
/**
 * One line at the bottom of a terminal, redrawn in place (`\r`, erase line), with ordinary
 * lines printed above it. Only for a terminal: in a file, a pipe or a CI log the redraws would
 * be noise, so the CLI uses plain lines there (and the Action never has a status line). The text
 * is cut to the terminal's width, since a wrapped line can no longer be redrawn in place.
 */
class StatusLine {
    write;
    columns;
    text;
    constructor(write, columns = () => 80) {
        this.write = write;
        this.columns = columns;
    }
    /** Prints a whole line (without its newline) above the status line. */
    line(line) {
        if (this.text === undefined) {
            this.write(`${line}\n`);
            return;
        }
        this.write(`${CLEAR_LINE}${line}\n${this.fit(this.text)}`);
    }
    /** Shows `text` as the status (undefined: removes it). */
    set(text) {
        if (text === undefined) {
            if (this.text !== undefined)
                this.write(CLEAR_LINE);
            this.text = undefined;
            return;
        }
        // Control characters would move the cursor: the line is ours, never raw input.
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        this.text = text.replace(/[\x00-\x1f\x7f-\x9f]/g, ' ');
        this.write(`${CLEAR_LINE}${this.fit(this.text)}`);
    }
    fit(text) {
        const width = Math.max(10, this.columns() - 1);
        return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
    }
}

// EXTERNAL MODULE: ./src/trust/tool-path.ts
var tool_path = __webpack_require__(97060);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/util/paths.ts
var util_paths = __webpack_require__(24964);
// EXTERNAL MODULE: ./src/scanners/detect-cache.ts
var detect_cache = __webpack_require__(8307);
;// CONCATENATED MODULE: ./src/scanners/support.ts






/**
 * Helpers shared by the code-scanner adapters (bandit, semgrep): reading source lines for
 * fingerprints, stable fingerprints with an occurrence counter, and turning a failed process
 * into a ToolRun reason. Not an adapter itself (the registry test lists it as a helper).
 */
/** Source files larger than this are not read for fingerprints (the line number is used). */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/** Matches spanning more lines than this are fingerprinted by their first lines only. */
const MAX_FINGERPRINT_LINES = 10;
/** Reads files under the workspace once each; unreadable or huge files give undefined. */
function createLineReader(workspace) {
    const cache = new Map();
    return repoPath => {
        if (cache.has(repoPath))
            return cache.get(repoPath);
        let lines;
        try {
            const file = external_node_path_default().join(workspace, repoPath);
            if ((0,external_node_fs_.statSync)(file).size <= MAX_SOURCE_BYTES)
                lines = (0,external_node_fs_.readFileSync)(file, 'utf8').split(/\r?\n/);
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
        const key = (0,hash/* fingerprintOf */.a)([this.tool, ruleId, repoPath, content]);
        const n = (this.seen.get(key) ?? 0) + 1;
        this.seen.set(key, n);
        return n === 1 ? key : (0,hash/* fingerprintOf */.a)([this.tool, ruleId, repoPath, content, String(n)]);
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
        const rel = (0,util_paths/* toRepoPath */.x)(workspace, p);
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
    const key = cache && ctx.workspace ? (0,detect_cache/* probeKey */.Ss)(program, args, cache.pathFor(env), ctx.workspace) : undefined;
    let output = toolsDir && key ? (0,detect_cache/* cachedProbe */.ND)(toolsDir, key) : undefined;
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
            (0,detect_cache/* rememberProbe */.yk)(toolsDir, key, output);
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
    const supported = semver_default().satisfies(semver_default().coerce(version) ?? '0.0.0', opts.supportedVersions);
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
        .map(f => (0,util_paths/* toRepoPath */.x)(ctx.workspace, f))
        .filter((f) => f !== undefined && f !== '.');
}

;// CONCATENATED MODULE: ./src/scanners/install.ts




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
        external_node_path_default().join(toolsDir, 'bin'),
        ...['bandit', 'semgrep', 'safety'].map(t => external_node_path_default().join(toolsDir, `venv-${t}`, bin))
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
    const tail = stderrTail(result.stderr || result.stdout, redactor, 5);
    return { ok: false, message: `${what} failed (${why})${tail ? `:\n${tail}` : ''}`, commands };
}
/**
 * Installs `tool` into settings.toolsDir. Never throws for an installer problem: the caller turns
 * `ok: false` into a skipped/failed ToolRun with the message.
 */
async function installTool(tool, opts) {
    if (!isInstallable(tool))
        return { ok: false, message: `${tool} cannot be installed by runguard`, commands: [] };
    const toolsDir = external_node_path_default().resolve(opts.settings.toolsDir);
    const workspace = external_node_path_default().resolve(opts.settings.workspace);
    if (toolsDir === workspace || toolsDir.startsWith(workspace + (external_node_path_default()).sep)) {
        // Installing into the checkout would get the tools scanned and maybe committed.
        return {
            ok: false,
            message: `toolsDir ${toolsDir} is inside the workspace; choose a directory outside it`,
            commands: []
        };
    }
    (0,external_node_fs_.mkdirSync)(toolsDir, { recursive: true });
    opts.logger.info(`installing ${tool} ${PINNED_VERSIONS[tool]} into ${toolsDir}`);
    if (tool === 'osv-scanner')
        return installOsvScanner(toolsDir, opts);
    return installWithPip(tool, toolsDir, opts);
}
// Installers run through the injected process-group exec, not @actions/exec: a pip or go
// install can hang on the network, and only that exec times out, honours cancellation and kills
// the installer's whole process tree (@actions/exec has no timeout, signal or child handle).
async function installWithPip(tool, toolsDir, opts) {
    const venv = external_node_path_default().join(toolsDir, `venv-${tool}`);
    const win = process.platform === 'win32';
    const python = win ? 'python' : 'python3';
    const venvPython = external_node_path_default().join(venv, win ? 'Scripts' : 'bin', win ? 'python.exe' : 'python');
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
    const bin = external_node_path_default().join(toolsDir, 'bin');
    (0,external_node_fs_.mkdirSync)(bin, { recursive: true });
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
        const actual = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(downloaded)).digest('hex');
        if (actual !== sha256) {
            return {
                ok: false,
                message: `osv-scanner download ${url} has SHA-256 ${actual}, expected ${sha256}; refused`,
                commands: []
            };
        }
        const target = external_node_path_default().join(bin, process.platform === 'win32' ? 'osv-scanner.exe' : 'osv-scanner');
        const partial = `${target}.partial`;
        (0,external_node_fs_.copyFileSync)(downloaded, partial);
        (0,external_node_fs_.chmodSync)(partial, 0o755);
        (0,external_node_fs_.renameSync)(partial, target);
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

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/util/skipped-dirs.ts
var skipped_dirs = __webpack_require__(38745);
;// CONCATENATED MODULE: ./src/util/unsafe-targets.ts



/** Stop walking after this many entries (a bound on the walk's own time). */
const MAX_ENTRIES = 500_000;
const MAX_DEPTH = 64;
const SKIPPED = new Set(skipped_dirs/* SKIPPED_DIRS */.K);
const inside = (root, p) => {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
};
/** The unsafe entries under `targets` (absolute paths inside `workspace`). */
function unsafeTargets(workspace, targets, opts) {
    const out = [];
    let realRoot = workspace;
    try {
        realRoot = external_node_fs_default().realpathSync(workspace);
    }
    catch {
        // the workspace is checked elsewhere
    }
    let seen = 0;
    const rel = (p) => external_node_path_default().relative(workspace, p).split((external_node_path_default()).sep).join('/');
    const check = (abs, st) => {
        const name = external_node_path_default().basename(abs);
        if (st.isDirectory())
            return;
        if (opts.include && !opts.include(name))
            return;
        if (st.isSymbolicLink()) {
            let target;
            let real;
            try {
                real = external_node_fs_default().realpathSync(abs);
                target = external_node_fs_default().statSync(real);
            }
            catch {
                return; // dangling: no tool can read it
            }
            if (target.isDirectory())
                return; // tools do not follow directory links
            if (!inside(realRoot, real))
                out.push({ path: rel(abs), reason: 'a symlink to a file outside the workspace' });
            else if (!target.isFile())
                out.push({ path: rel(abs), reason: 'a symlink to a device, FIFO or socket' });
            else if (target.size > opts.maxBytes)
                out.push({ path: rel(abs), reason: `a symlink to a file above ${opts.maxBytes} bytes` });
            return;
        }
        if (!st.isFile())
            out.push({ path: rel(abs), reason: 'not a regular file (device, FIFO or socket)' });
        else if (st.size > opts.maxBytes && (opts.listLarge?.(name) ?? true))
            out.push({ path: rel(abs), reason: `larger than ${opts.maxBytes} bytes` });
    };
    const walk = (dir, depth) => {
        if (depth > MAX_DEPTH || seen > MAX_ENTRIES)
            return;
        let entries;
        try {
            entries = external_node_fs_default().readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (++seen > MAX_ENTRIES)
                return;
            const abs = external_node_path_default().join(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIPPED.has(e.name))
                    walk(abs, depth + 1);
                continue;
            }
            // Regular files of names the tool does not read are the common case: no lstat for them.
            if (e.isFile() && opts.include && !opts.include(e.name))
                continue;
            if (e.isFile() && opts.listLarge && !opts.listLarge(e.name))
                continue;
            try {
                check(abs, external_node_fs_default().lstatSync(abs));
            }
            catch {
                // vanished meanwhile
            }
        }
    };
    for (const t of targets) {
        let st;
        try {
            st = external_node_fs_default().lstatSync(t);
        }
        catch {
            continue;
        }
        if (st.isDirectory())
            walk(t, 0);
        else
            check(t, st);
    }
    return out;
}
/** Warning lines for a ToolRun: how many were not given to the tool, the first few by name. */
function describeUnsafeTargets(tool, found) {
    if (found.length === 0)
        return [];
    const shown = found.slice(0, 20).map(f => `${f.path} (${f.reason})`);
    const more = found.length > shown.length ? `; ${found.length - shown.length} more` : '';
    return [`${found.length} file(s) not given to ${tool}: ${shown.join(', ')}${more}`];
}
/** A glob that matches exactly `p` (a workspace-relative path), glob characters made literal. */
function literalGlob(p) {
    return p.replace(/[*?[]/g, c => `[${c}]`);
}

// EXTERNAL MODULE: ./src/secrets/git.ts
var git = __webpack_require__(85069);
// EXTERNAL MODULE: ./node_modules/@streamparser/json/dist/mjs/index.js + 7 modules
var mjs = __webpack_require__(75497);
;// CONCATENATED MODULE: ./src/scanners/report-stream.ts

/** Stdout is not one JSON document (empty, cut off, garbage before or after it). */
class NotJsonError extends Error {
    name = 'NotJsonError';
}
/** An empty value of the document's JSON type, for the frame check of a report that is not an object. */
function placeholderOf(token) {
    switch (token) {
        case mjs/* TokenType */.ks.LEFT_BRACKET:
            return [];
        case mjs/* TokenType */.ks.STRING:
            return '';
        case mjs/* TokenType */.ks.NUMBER:
            return 0;
        case mjs/* TokenType */.ks.TRUE:
        case mjs/* TokenType */.ks.FALSE:
            return false;
        default:
            return null;
    }
}
/**
 * Starts reading one report. Writes after the first error are ignored (the tool's output is
 * still drained by the caller), so a bad result early in 60 MB costs nothing more.
 */
function readReportStream(reader) {
    const kept = reader.frameKeys.filter(k => k !== 'results');
    // keepStack false drops each value once no enclosing value is to be emitted. `$.results` is
    // emitted (to learn that it was an array), so its elements would stay in it: onValue empties
    // it as they are handed over.
    const parser = new mjs/* JSONParser */.oj({
        paths: ['$.results', '$.results.*', ...kept.map(k => `$.${k}`)],
        keepStack: false
    });
    const frame = Object.create(null);
    let first;
    let failure;
    let results = 0;
    parser.onToken = ({ token }) => {
        first ??= token;
    };
    parser.onError = (e) => {
        failure ??= new NotJsonError(e.message);
    };
    parser.onValue = ({ value, key, parent, stack }) => {
        if (failure !== undefined)
            return;
        if (stack.length === 2 && Array.isArray(parent)) {
            // An element of `results` (the path selects nothing else at this depth in an array).
            parent.length = 0;
            try {
                reader.result(value, results++);
            }
            catch (e) {
                failure = e instanceof Error ? e : new Error(String(e));
            }
        }
        else if (stack.length === 1 && typeof key === 'string') {
            if (key in frame)
                failure = new NotJsonError(`the report has "${key}" twice`);
            else
                frame[key] = value;
        }
    };
    return {
        write(chunk) {
            if (failure !== undefined)
                return;
            try {
                parser.write(chunk);
            }
            catch (e) {
                failure ??= new NotJsonError(e instanceof Error ? e.message : String(e));
            }
        },
        end() {
            if (failure === undefined && !parser.isEnded) {
                try {
                    // A number at the top level is only complete here.
                    parser.end();
                }
                catch (e) {
                    failure ??= new NotJsonError(e instanceof Error ? e.message : String(e));
                }
            }
            if (failure === undefined && first === undefined)
                failure = new NotJsonError('no output');
            if (failure !== undefined)
                throw failure;
            return reader.finish(first === mjs/* TokenType */.ks.LEFT_BRACE ? { ...frame } : placeholderOf(first));
        }
    };
}

;// CONCATENATED MODULE: ./src/scanners/code-scanner.ts








/** Runs a code scanner and turns every outcome into a ToolRun; never throws for tool trouble. */
async function runCodeScanner(spec, ctx, detection) {
    // Symlinks to devices, FIFOs and huge files are never handed to the tool, and are listed.
    const unsafe = unsafeTargets(ctx.workspace, ctx.paths, spec.targets);
    const run = await runPlanned(spec, ctx, detection, unsafe.map(u => u.path));
    const skipped = describeUnsafeTargets(spec.tool, unsafe);
    const hidden = await trackedInSkippedDirs(spec, ctx);
    if (!skipped.length && !hidden.length)
        return run;
    return {
        ...run,
        warnings: [...(run.warnings ?? []), ...skipped],
        skipped: [
            ...(run.skipped ?? []),
            ...unsafe.map(u => ({ path: ctx.redactor.redact(u.path), reason: u.reason })),
            ...hidden
        ]
    };
}
const code_scanner_SKIPPED = new Set(skipped_dirs/* SKIPPED_DIRS */.K);
/**
 * Tracked files the tool would read that sit in a directory it is told to skip (virtualenvs,
 * node_modules …, src/util/skipped-dirs.ts): a change can commit code there and no scanner
 * would open it, so each is listed (SECURITY.md, promise 5). Outside a git repository: none.
 */
async function trackedInSkippedDirs(spec, ctx) {
    const tracked = await (0,git/* trackedFiles */.O)({
        exec: ctx.exec,
        ...(ctx.env ? { env: ctx.env } : {}),
        logger: ctx.logger,
        cwd: ctx.workspace,
        timeoutMs: ctx.timeoutMs,
        ...(ctx.signal ? { signal: ctx.signal } : {})
    });
    if (!tracked)
        return [];
    const reads = spec.targets.include ?? spec.targets.listLarge ?? (() => true);
    const roots = (ctx.paths.length ? ctx.paths : [ctx.workspace])
        .map(p => (0,util_paths/* toRepoPath */.x)(ctx.workspace, p))
        .filter((r) => r !== undefined);
    const under = (t) => roots.some(r => r === '.' || t === r || t.startsWith(`${r}/`));
    const out = [];
    for (const t of [...tracked].sort()) {
        const dir = t
            .split('/')
            .slice(0, -1)
            .find(part => code_scanner_SKIPPED.has(part));
        if (dir === undefined || !reads(external_node_path_default().posix.basename(t)) || !under(t))
            continue;
        out.push({
            path: ctx.redactor.redact(t),
            reason: `inside ${dir}/, a directory name no scanner looks into`
        });
    }
    return out;
}
async function runPlanned(spec, ctx, detection, skip) {
    const { tool } = spec;
    const [program = tool, ...prefix] = detection.command;
    const base = { tool, ...(detection.version ? { version: detection.version } : {}) };
    const plan = spec.plan(ctx, skip);
    if ('unavailable' in plan) {
        return {
            ...base,
            status: 'failed',
            reason: plan.unavailable,
            durationMs: 0,
            findings: [],
            errors: []
        };
    }
    const args = [...prefix, ...plan.args];
    // The report is read as it arrives (a result at a time), never held whole.
    const stream = readReportStream(plan.reader());
    const result = await ctx.exec(program, args, {
        cwd: ctx.workspace,
        ...(plan.env ? { env: plan.env } : {}),
        timeoutMs: ctx.timeoutMs,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        onStdout: chunk => stream.write(chunk)
    });
    const done = { ...base, command: [program, ...args], durationMs: Math.round(result.durationMs) };
    const failure = processFailure(tool, result, ctx.timeoutMs, ctx.redactor);
    if (failure)
        return { ...done, ...failure, findings: [], errors: [] };
    // An exec that does not stream (a test's fake) returns the text instead.
    if (result.stdout !== '')
        stream.write(result.stdout);
    result.stdout = '';
    let report;
    let parseError = `${tool} printed no parsable JSON`;
    try {
        report = stream.end();
    }
    catch (e) {
        if (!(e instanceof NotJsonError))
            parseError = `${tool} output is not its JSON report: ${(0,src_errors/* errorMessage */.gJ)(e)}`;
    }
    const redact = (text) => ctx.redactor.redact(text);
    // Messages interpolate matched code (Semgrep's $X), which may hold a secret value. Only a
    // finding whose message changes is copied, in place (the reader's list is ours alone).
    const findings = report?.findings ?? [];
    findings.forEach((f, i) => {
        const message = redact(f.message);
        if (message !== f.message)
            findings[i] = { ...f, message };
    });
    const errors = (report?.errors ?? []).map(redact);
    const version = base.version ?? report?.version;
    const run = { ...done, ...(version ? { version } : {}) };
    const code = result.exitCode ?? -1;
    if (!spec.reportExitCodes.includes(code)) {
        const meaning = spec.exitMeaning[code];
        const what = meaning
            ? `${tool} failed with exit ${code} (${meaning})`
            : `${tool} exited with unexpected code ${code}`;
        const first = report?.fatalErrors[0] ?? report?.errors[0];
        const reason = first ? redact(`${what}: ${first}`) : withStderr(what, result, ctx.redactor);
        return { ...run, status: 'failed', reason, findings, errors };
    }
    if (report === undefined) {
        return {
            ...run,
            status: 'failed',
            reason: withStderr(parseError, result, ctx.redactor),
            findings: [],
            errors: []
        };
    }
    if (report.fatalErrors.length > 0) {
        // A report with level-"error" entries: some rules or targets did not run; never "clean".
        return {
            ...run,
            status: 'failed',
            reason: redact(`${tool} reported ${report.fatalErrors.length} fatal error(s): ${report.fatalErrors[0] ?? ''}`),
            findings,
            errors
        };
    }
    const distrust = spec.distrust?.(report, code);
    if (distrust !== undefined) {
        return {
            ...run,
            status: 'failed',
            reason: withStderr(distrust, result, ctx.redactor),
            findings: [],
            errors
        };
    }
    if (report.outsideWorkspace > 0) {
        ctx.logger.warning(`${tool}: ${report.outsideWorkspace} result(s) outside the workspace were dropped`);
    }
    return { ...run, status: 'ok', findings, errors };
}

;// CONCATENATED MODULE: ./src/scanners/output-schema.ts
/**
 * Every adapter checks the shape of its tool's output against a schema of its own before
 * reading it: a tool that prints `{}`, a truncated report or a different format version is a
 * tool failure, never "0 findings". The schemas name only what runguard reads; other fields
 * pass unchecked so a newer tool version that adds fields still parses.
 */
/** A tool's output does not have the shape its adapter reads. */
class ToolOutputError extends Error {
    name = 'ToolOutputError';
}
const MAX_ISSUES_SHOWN = 3;
/** `results[2].line_number` from a zod issue path (after `prefix`, e.g. `results[2]`). */
function pathText(path, prefix = '') {
    let out = prefix;
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? String(part) : `.${String(part)}`;
    }
    return out === '' ? '(top level)' : out;
}
/**
 * Parses `json` with `schema` and returns the typed value, or throws ToolOutputError whose
 * message starts with `what` and names the first mismatching fields.
 */
function output_schema_checkToolOutput(schema, json, what, 
/** Where `json` sits in the report, for messages (checkToolOutputItem). */
at = '') {
    const result = schema.safeParse(json);
    if (result.success)
        return result.data;
    const issues = result.error.issues;
    const shown = issues
        .slice(0, MAX_ISSUES_SHOWN)
        .map(i => `${pathText(i.path, at)}: ${i.message.replace(/^Invalid input: /, '')}`)
        .join('; ');
    const more = issues.length > MAX_ISSUES_SHOWN ? ` (+${issues.length - MAX_ISSUES_SHOWN} more)` : '';
    throw new ToolOutputError(`${what}: ${shown}${more}`);
}
/**
 * One item of a report's bulk list (`results[i]`), checked when the parser reaches it, where
 * the report around it was checked with that list as `unknown[]`. Zod returns checked copies:
 * made one item at a time they die young, while the copy of a whole report of 100,000 results
 * sat in memory beside the parsed JSON and the findings made from it. A bad item still fails
 * the whole report (the parser throws), with the message checkToolOutput gives.
 */
function checkToolOutputItem(schema, item, at, what) {
    return output_schema_checkToolOutput(schema, item, what, at);
}

// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/scanners/bandit.ts










/**
 * Bandit (PyCQA) adapter: `bandit -r <paths> -f json -q`, parsed from stdout
 * (the outputs it is tested on: __tests__/fixtures/bandit/). Output of 1.6.2 (no columns, no
 * CWE) and 1.7+/1.9 is accepted.
 */
/** Bandit's own default excludes (kept because passing -x replaces them). */
const BANDIT_DEFAULT_EXCLUDES = [
    '*/.svn/*',
    '*/CVS/*',
    '*/.bzr/*',
    '*/.hg/*',
    '*/.tox/*',
    '*/.eggs/*'
];
/**
 * Severity × confidence → runguard severity (documented in docs/severity.md). Bandit has no
 * "critical": only explicit CRITICAL rules and CVSS >= 9 advisories are critical in runguard.
 * A LOW-confidence result is lowered one level because Bandit itself says it is likely a false
 * positive; UNDEFINED severity stays `unknown` so policy (unknownSeverity) decides.
 */
const SEVERITY_MATRIX = {
    HIGH: { HIGH: 'high', MEDIUM: 'high', LOW: 'medium', UNDEFINED: 'high' },
    MEDIUM: { HIGH: 'medium', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'medium' },
    LOW: { HIGH: 'low', MEDIUM: 'low', LOW: 'low', UNDEFINED: 'low' }
};
/** Maps Bandit's issue_severity and issue_confidence to one runguard severity. */
function banditSeverity(severity, confidence) {
    return SEVERITY_MATRIX[severity.toUpperCase()]?.[confidence.toUpperCase()] ?? 'unknown';
}
function banditConfidence(value) {
    const v = value.toLowerCase();
    return v === 'high' || v === 'medium' || v === 'low' ? v : undefined;
}
/**
 * The reported line out of Bandit's numbered `code` context ("9 def run(cmd):\n10 …"), so the
 * fingerprint needs no file access. Only `line_number` is used: the context (-n lines) does not
 * always hold the whole `line_range` of a multi-line call.
 */
function codeFromContext(code, line) {
    if (code === undefined)
        return undefined;
    for (const raw of code.split('\n')) {
        const m = /^(\d+) ?(.*)$/.exec(raw);
        if (m && Number(m[1]) === line) {
            const normalized = normalizeCode([m[2] ?? '']);
            return normalized === '' ? undefined : normalized;
        }
    }
    return undefined;
}
function titleOf(testName, issueText) {
    // B3xx/B4xx all share the test name "blacklist"; their text is fixed per test id.
    if (testName === '' || testName === 'blacklist')
        return issueText.split(/(?<=\.)\s/)[0] ?? issueText;
    return testName.replace(/_/g, ' ');
}
/**
 * The part of Bandit's `-f json` report runguard reads (formatters/json.py, Issue.as_dict);
 * 1.6.2 lacks the columns and `issue_cwe`, which is `{}` when a test has none.
 */
const banditIssueSchema = schemas/* object */.Ikc({
    filename: schemas/* string */.YjP(),
    test_id: schemas/* string */.YjP(),
    test_name: schemas/* string */.YjP().optional(),
    issue_severity: schemas/* string */.YjP(),
    issue_confidence: schemas/* string */.YjP(),
    issue_text: schemas/* string */.YjP(),
    issue_cwe: schemas/* object */.Ikc({ id: schemas/* number */.aig().optional() }).optional(),
    line_number: schemas/* number */.aig().int(),
    line_range: schemas/* array */.YOg(schemas/* number */.aig().int()).optional(),
    col_offset: schemas/* number */.aig().int().optional(),
    end_col_offset: schemas/* number */.aig().int().optional(),
    code: schemas/* string */.YjP().optional(),
    more_info: schemas/* string */.YjP().optional()
});
/** The report around the results, which are checked one by one (checkToolOutputItem). */
const banditReportSchema = schemas/* object */.Ikc({
    results: schemas/* array */.YOg(schemas/* unknown */.L5J()),
    errors: schemas/* array */.YOg(schemas/* object */.Ikc({ filename: schemas/* string */.YjP(), reason: schemas/* string */.YjP() }))
});
const BANDIT_WHAT = 'not a Bandit JSON report';
/**
 * Reads Bandit's report one result at a time (src/scanners/report-stream.ts): each result is
 * checked and turned into a finding when it arrives, the report around them is checked last.
 * parseBanditOutput and the streaming read share it, so both give the same findings.
 */
function banditReader(options) {
    const fingerprints = new Fingerprinter('bandit');
    const findings = [];
    let outsideWorkspace = 0;
    const pool = new StringPool();
    const repoPathOf = repoPathResolver(options.workspace, pool);
    return {
        frameKeys: Object.keys(banditReportSchema.shape),
        result(value, i) {
            const item = checkToolOutputItem(banditIssueSchema, value, `results[${i}]`, BANDIT_WHAT);
            const repoPath = repoPathOf(item.filename);
            if (repoPath === undefined || repoPath === '.') {
                outsideWorkspace++;
                return;
            }
            const ruleId = pool.get(item.test_id);
            const line = item.line_number > 0 ? item.line_number : 1;
            const lines = item.line_range && item.line_range.length > 0 ? item.line_range : [line];
            const endLine = Math.max(line, ...lines);
            const issueText = item.issue_text;
            const severity = banditSeverity(item.issue_severity, item.issue_confidence);
            const confidence = banditConfidence(item.issue_confidence);
            const cweId = item.issue_cwe?.id;
            const content = codeFromContext(item.code, line) ??
                (options.readLines ? codeAt(options.readLines, repoPath, line, line) : undefined) ??
                // Last resort: the text is the same for every occurrence; the counter keeps them apart.
                issueText;
            findings.push({
                tool: 'bandit',
                ruleId,
                title: pool.get(titleOf(item.test_name ?? '', issueText)),
                message: issueText,
                severity,
                ...(confidence ? { confidence } : {}),
                cwe: cweId !== undefined && cweId > 0 ? [pool.get(`CWE-${cweId}`)] : [],
                location: {
                    path: repoPath,
                    startLine: line,
                    ...(endLine > line ? { endLine } : {}),
                    // Bandit columns are 0-based (Python AST); the model is 1-based, end exclusive.
                    ...(item.col_offset !== undefined ? { startColumn: item.col_offset + 1 } : {}),
                    ...(item.end_col_offset !== undefined ? { endColumn: item.end_col_offset + 1 } : {})
                },
                ...(item.more_info ? { helpUri: pool.get(item.more_info) } : {}),
                fingerprint: fingerprints.next(ruleId, repoPath, content)
            });
        },
        finish(frame) {
            const report = output_schema_checkToolOutput(banditReportSchema, frame, BANDIT_WHAT);
            const errors = report.errors.map(e => {
                const shown = (0,util_paths/* toRepoPath */.x)(options.workspace, e.filename) ?? e.filename;
                return `${shown}: ${e.reason}`;
            });
            return { findings, errors, outsideWorkspace };
        }
    };
}
/**
 * Parses Bandit's JSON report (the object printed by `-f json`) held whole. Throws
 * ToolOutputError when the value does not have the report's shape.
 */
function parseBanditOutput(json, options) {
    // The report's shape first, so a wrong document is named as such before any result is read.
    const report = checkToolOutput(banditReportSchema, json, BANDIT_WHAT);
    const reader = banditReader(options);
    report.results.forEach((r, i) => reader.result(r, i));
    return reader.finish({ ...report, results: [] });
}
const LEVEL_FLAGS = { low: '', medium: 'll', high: 'lll' };
/** Exclusion globs in the form Bandit matches (fnmatch on `./…` paths, and substrings). */
function banditExcludes(ctx) {
    const out = [...BANDIT_DEFAULT_EXCLUDES, ...skipped_dirs/* SKIPPED_DIRS */.K.map(d => `/${d}/`)];
    for (const glob of ctx.settings.exclude) {
        const p = glob.replace(/^\.?\//, '').replace(/\/+$/, '');
        if (p === '' || p.includes(','))
            continue; // -x is comma-separated; such a glob cannot be passed
        // Every pattern contains `*` so Bandit's substring test cannot hit unrelated names.
        out.push(`*/${p}`, `*/${p}/*`);
    }
    for (const report of reportFiles(ctx))
        out.push(`*/${report}`);
    return [...new Set(out)];
}
/** `exclude = a,b` from a `.bandit` INI file (kept, since our -x replaces it). */
function iniExcludes(file) {
    try {
        const m = /^\s*exclude\s*[:=]\s*(.+)$/m.exec((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return m?.[1]
            ? m[1]
                .split(',')
                .map(s => s.trim())
                .filter(Boolean)
            : [];
    }
    catch {
        return [];
    }
}
/** A `.bandit` that is really INI (some projects keep YAML under that name; --ini would choke). */
function isBanditIni(file) {
    try {
        return /^\s*\[bandit\]\s*$/m.test((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return false;
    }
}
/** YAML config names Bandit users pass with -c (Bandit reads none of them on its own). */
const BANDIT_YAML_CONFIGS = ['bandit.yaml', 'bandit.yml', '.bandit.yaml', '.bandit.yml'];
/**
 * The file for `-c`: pyproject.toml when it has [tool.bandit] (Bandit never reads it on its own),
 * else the first Bandit YAML config in the workspace root. Bandit takes only one -c.
 */
function banditConfigFile(workspace) {
    const pyproject = external_node_path_default().join(workspace, 'pyproject.toml');
    if (hasBanditToml(pyproject))
        return pyproject;
    return BANDIT_YAML_CONFIGS.map(f => external_node_path_default().join(workspace, f)).find(f => (0,external_node_fs_.existsSync)(f));
}
function hasBanditToml(file) {
    try {
        const toml = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return (0,json/* isObject */.Gv)(toml.tool) && (0,json/* isObject */.Gv)(toml.tool.bandit);
    }
    catch {
        return false;
    }
}
/** The argv after the command: targets relative to the workspace, which is the cwd. */
function banditArgs(ctx, skip = []) {
    const args = ['-r'];
    const excludes = banditExcludes(ctx);
    // Bandit drops a file whose path contains an exclude string; `-x` is split on commas, so a
    // name with a comma is excluded by its longest comma-free part.
    for (const p of skip)
        excludes.push(`./${p}`.split(',').reduce((a, b) => (b.length > a.length ? b : a), '') || `./${p}`);
    const ini = external_node_path_default().join(ctx.workspace, '.bandit');
    if (isBanditIni(ini)) {
        // Explicit --ini also stops Bandit from finding one .bandit per target (exit 2 if > 1).
        args.push('--ini', ini);
        excludes.push(...iniExcludes(ini));
    }
    const config = banditConfigFile(ctx.workspace);
    if (config !== undefined)
        args.push('-c', config);
    args.push('-f', 'json', '-q', '-x', excludes.join(','));
    // -l/-ll/-lll (and -i…) work from 1.6 on; --severity-level needs 1.7.1. Low = everything.
    const sev = LEVEL_FLAGS[ctx.settings.banditSeverity];
    const conf = LEVEL_FLAGS[ctx.settings.banditConfidence];
    if (sev !== '')
        args.push(`-${sev}`);
    if (conf !== '')
        args.push(`-${conf.replace(/l/g, 'i')}`);
    for (const p of ctx.paths) {
        const rel = external_node_path_default().relative(ctx.workspace, p).split((external_node_path_default()).sep).join('/');
        // `./x` keeps every path Bandit sees prefixed, which the `*/…` excludes rely on.
        args.push(rel === '' ? '.' : `./${rel}`);
    }
    return args;
}
const SUPPORTED_VERSIONS = '>=1.6.2 <2';
/** Larger Python files are not given to Bandit (it holds the file and its AST in memory). */
const BANDIT_MAX_TARGET_BYTES = 10 * 1024 * 1024;
/** Bandit's exit codes (bandit/cli/main.py): 0 no issues, 1 issues at or above the floors. */
const BANDIT = {
    tool: 'bandit',
    // Bandit reads *.py and *.pyw; it is given regular files of at most 10 MiB.
    targets: { include: name => /\.pyw?$/i.test(name), maxBytes: BANDIT_MAX_TARGET_BYTES },
    plan: (ctx, skip) => ({
        args: banditArgs(ctx, skip),
        reader: () => {
            const bandit = banditReader({
                workspace: ctx.workspace,
                readLines: createLineReader(ctx.workspace)
            });
            return {
                ...bandit,
                // Bandit has no fatal error kind: a file it could not parse is listed and skipped.
                finish: frame => ({ ...bandit.finish(frame), fatalErrors: [] })
            };
        }
    }),
    reportExitCodes: [0, 1],
    exitMeaning: { 2: 'usage or configuration error' },
    distrust: (report, exitCode) => 
    // Exit 1 is "issues found"; with none in the report the run is not trustworthy.
    exitCode === 1 && report.findings.length === 0 && report.outsideWorkspace === 0
        ? 'bandit exited 1 but reported no issues'
        : undefined
};
const banditAdapter = {
    name: 'bandit',
    supportedVersions: SUPPORTED_VERSIONS,
    installHint: 'pipx install bandit',
    detect(ctx) {
        return detectTool(ctx, {
            tool: 'bandit',
            command: ['bandit'],
            versionArgs: ['--version'],
            supportedVersions: SUPPORTED_VERSIONS
        });
    },
    scan(ctx, detection) {
        return runCodeScanner(BANDIT, ctx, detection);
    }
};

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/glob/match.ts
var match = __webpack_require__(67351);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
var pep440_default = /*#__PURE__*/__webpack_require__.n(pep440);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
// EXTERNAL MODULE: ./src/inventory/index.ts + 3 modules
var inventory = __webpack_require__(90174);
// EXTERNAL MODULE: ./src/inventory/names.ts
var names = __webpack_require__(37344);
;// CONCATENATED MODULE: ./src/scanners/dependencies.ts





/** Shared by the Safety and OSV-Scanner adapters: where a vulnerable package is pinned. */
/** OSV ecosystem → purl type (google/osv.dev purl_helpers); others become `generic`. */
const PURL_TYPES = {
    PyPI: 'pypi',
    npm: 'npm',
    Go: 'golang',
    'crates.io': 'cargo',
    RubyGems: 'gem',
    NuGet: 'nuget',
    Packagist: 'composer',
    Pub: 'pub',
    Hex: 'hex',
    Maven: 'maven'
};
/** Name as the model wants it: PEP 503 for PyPI, unchanged elsewhere. */
function packageName(ecosystem, name) {
    return ecosystem === 'PyPI' ? (0,names/* normalizeName */.Pc)(name) : name;
}
/** Package URL for a package in an OSV ecosystem. */
function purlOf(ecosystem, name, version) {
    const type = PURL_TYPES[ecosystem] ?? 'generic';
    let namespace;
    let local = packageName(ecosystem, name);
    if (type === 'maven' && local.includes(':'))
        [namespace, local] = local.split(':', 2);
    else if ((type === 'npm' || type === 'golang' || type === 'composer') && local.includes('/')) {
        const idx = local.lastIndexOf('/');
        namespace = local.slice(0, idx);
        local = local.slice(idx + 1);
    }
    try {
        return new packageurl_js.PackageURL(type, namespace, local, version || undefined).toString();
    }
    catch {
        return `pkg:generic/${encodeURIComponent(name)}${version ? `@${encodeURIComponent(version)}` : ''}`;
    }
}
/** Sorts versions PEP 440-wise when they parse, text-wise otherwise; removes duplicates. */
function sortVersions(versions) {
    const unique = [...new Set(versions)].filter(v => v !== '');
    return unique.sort((a, b) => {
        if (pep440_default().valid(a) !== null && pep440_default().valid(b) !== null)
            return pep440_default().compare(a, b);
        return a.localeCompare(b);
    });
}
const sameVersion = (a, b) => {
    if (a === undefined)
        return false;
    if (a === b)
        return true;
    return pep440_default().valid(a) !== null && pep440_default().valid(b) !== null && pep440_default().eq(a, b);
};
/**
 * The manifest line that pins `name==version`, preferring the file the tool scanned, then a
 * file of the same kind (a `-r` include of a requirements file), then the same directory,
 * then any. Without a match: the scanned file, line 1 (the model's "no known line").
 */
function locateDependency(components, name, version, scannedFile) {
    const wanted = (0,names/* normalizeName */.Pc)(name);
    const matches = components.filter(c => c.name === wanted && sameVersion(c.version, version));
    const rank = (c) => {
        if (scannedFile === undefined)
            return 3;
        if (c.file === scannedFile)
            return 0;
        if ((0,inventory/* manifestKind */.QS)(c.file) === (0,inventory/* manifestKind */.QS)(scannedFile))
            return 1;
        if (external_node_path_default().posix.dirname(c.file) === external_node_path_default().posix.dirname(scannedFile))
            return 2;
        return 3;
    };
    const best = [...matches].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line)[0];
    if (best)
        return { location: { path: best.file, startLine: best.line }, component: best };
    return { location: { path: scannedFile ?? '.', startLine: 1 } };
}

;// CONCATENATED MODULE: ./src/scanners/dependency-scanner.ts


/** Runs a dependency scanner and turns every outcome into a ToolRun; never throws. */
async function runDependencyScanner(spec, ctx, detection) {
    const { tool } = spec;
    const started = performance.now();
    const redact = (text) => ctx.redactor.redact(text);
    const finish = (run) => ({
        tool,
        ...(detection.version ? { version: detection.version } : {}),
        status: run.status,
        ...(run.reason !== undefined ? { reason: redact(run.reason) } : {}),
        durationMs: Math.round(performance.now() - started),
        findings: run.findings,
        errors: run.errors.map(redact),
        ...(run.warnings?.length ? { warnings: run.warnings.map(redact) } : {}),
        ...(run.command ? { command: run.command } : {})
    });
    let plan;
    try {
        const planned = spec.plan(ctx, detection);
        if ('stop' in planned) {
            return finish({ status: planned.stop, reason: planned.reason, findings: [], errors: [] });
        }
        plan = planned;
        const warnings = plan.warnings ?? [];
        const errors = [...(plan.errors ?? [])];
        const findings = [];
        const seen = new Set();
        const failures = [];
        const labelled = (text, label) => label === undefined ? text : `${label}: ${text}`;
        const [program = tool, ...prefix] = detection.command;
        let command;
        for (const invocation of plan.invocations) {
            const remaining = ctx.timeoutMs - (performance.now() - started);
            if (remaining <= 0 || ctx.signal?.aborted) {
                return finish({
                    status: 'timed-out',
                    reason: `${tool} did not finish within ${Math.round(ctx.timeoutMs / 1000)}s (stopped before ${invocation.label ?? 'its next run'})`,
                    findings,
                    errors,
                    warnings,
                    ...(command ? { command } : {})
                });
            }
            const args = [...prefix, ...invocation.args];
            command = [program, ...args];
            const result = await ctx.exec(program, args, {
                cwd: ctx.workspace,
                timeoutMs: remaining,
                ...(invocation.input !== undefined ? { input: invocation.input } : {}),
                ...(ctx.signal ? { signal: ctx.signal } : {})
            });
            // Could not start, timed out, killed, cut off: the next file would fare no better.
            const failure = processFailure(tool, result, remaining, ctx.redactor);
            if (failure) {
                return finish({
                    status: failure.status,
                    reason: labelled(failure.reason ?? `${tool} failed`, invocation.label),
                    findings,
                    errors,
                    warnings,
                    command
                });
            }
            const read = plan.interpret(result, invocation);
            errors.push(...(read.errors ?? []).map(e => labelled(e, invocation.label)));
            if ('failure' in read) {
                failures.push(labelled(read.failure, invocation.label));
                continue;
            }
            for (const f of read.findings) {
                if (seen.has(f.fingerprint))
                    continue;
                seen.add(f.fingerprint);
                findings.push(f);
            }
        }
        const base = { findings, warnings, ...(command ? { command } : {}) };
        if (failures.length > 0) {
            return finish({
                ...base,
                status: 'failed',
                reason: failures[0],
                errors: [...failures.slice(1), ...errors]
            });
        }
        return finish({ ...base, status: 'ok', errors });
    }
    catch (error) {
        return finish({
            status: 'failed',
            reason: `${tool} adapter error: ${(0,src_errors/* errorMessage */.gJ)(error)}`,
            findings: [],
            errors: []
        });
    }
    finally {
        plan?.cleanup?.();
    }
}

// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(44353);
// EXTERNAL MODULE: ./src/scanners/severity-score.ts
var severity_score = __webpack_require__(12755);
;// CONCATENATED MODULE: ./src/scanners/severity.ts



/**
 * `fromVector` whichever way the module system hands it over. The package is a UMD bundle that
 * sets `__esModule`: Node's ESM loader exposes its exports only as `default`, while the
 * bundler (ncc/webpack) trusts `__esModule`, exposes them as named exports and leaves
 * `default` undefined — a default import scored nothing in dist/ (tested in __tests__/dist/).
 */
function resolveFromVector(mod) {
    const candidates = [mod, mod?.default];
    for (const c of candidates) {
        const fn = c?.fromVector;
        if (typeof fn === 'function')
            return fn;
    }
    return undefined;
}
const fromVector = resolveFromVector(ae_cvss_calculator);
/** `3.1` for `CVSS:3.1/…`; a vector without a prefix is CVSS 2.0. */
function cvssVersion(vector) {
    return /^CVSS:(\d+\.\d+)\//.exec(vector.trim())?.[1] ?? '2.0';
}
/**
 * One phrase saying where a CVSS-based severity came from, for Finding.severitySource:
 * "CVSS 3.1 score 8.6 from the vector of GHSA-…" or "CVSS score 7.5 given by …".
 */
function describeCvssSource(cvss, source) {
    const score = cvss.score === undefined ? '' : ` ${cvss.score.toFixed(1)}`;
    return cvss.vector !== undefined
        ? `CVSS ${cvssVersion(cvss.vector)} score${score} from the vector of ${source}`
        : `CVSS score${score} given by ${source}`;
}
/**
 * Base score of a CVSS 2.0/3.0/3.1/4.0 vector, or undefined when it does not parse or lacks a
 * base metric (the library then returns no `base`).
 */
function cvssBaseScore(vector) {
    const trimmed = vector.trim();
    if (trimmed === '')
        return undefined;
    // A build that lost the calculator must fail loudly (the adapter then fails closed), never
    // turn every advisory into `unknown` again.
    if (fromVector === undefined)
        throw new Error('the CVSS calculator did not load (fromVector)');
    try {
        const parsed = fromVector(trimmed);
        const base = parsed?.calculateScores().base;
        return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Severity from a CVSS vector (preferred: the score is computed, never trusted from the tool)
 * or, when there is no usable vector, from a score the tool gave. Neither → `unknown`.
 */
function severityFromCvss(vector, score) {
    if (vector !== undefined) {
        const base = cvssBaseScore(vector);
        if (base !== undefined)
            return { severity: (0,severity_score/* severityFromScore */.q)(base), score: base, vector };
    }
    if (score !== undefined && Number.isFinite(score) && score >= 0 && score <= 10) {
        return { severity: (0,severity_score/* severityFromScore */.q)(score), score };
    }
    return { severity: 'unknown' };
}
/**
 * Qualitative labels some databases give instead of a vector (GHSA `database_specific.severity`:
 * LOW / MODERATE / HIGH / CRITICAL; Safety `base_severity`).
 */
function severityFromLabel(label) {
    switch (label?.trim().toUpperCase()) {
        case 'CRITICAL':
            return 'critical';
        case 'HIGH':
            return 'high';
        case 'MODERATE':
        case 'MEDIUM':
            return 'medium';
        case 'LOW':
            return 'low';
        case 'NONE':
        case 'INFO':
            return 'info';
        default:
            return 'unknown';
    }
}

;// CONCATENATED MODULE: ./src/scanners/osv-scanner.ts















const severityEntrySchema = schemas/* object */.Ikc({ type: schemas/* string */.YjP().optional(), score: schemas/* string */.YjP() });
/** The part of an OSV record (ossf/osv-schema) runguard reads. */
const osvRecordSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().min(1),
    aliases: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    summary: schemas/* string */.YjP().optional(),
    details: schemas/* string */.YjP().optional(),
    severity: schemas/* array */.YOg(severityEntrySchema).nullish(),
    affected: schemas/* array */.YOg(schemas/* object */.Ikc({
        package: schemas/* object */.Ikc({ ecosystem: schemas/* string */.YjP(), name: schemas/* string */.YjP() }).optional(),
        severity: schemas/* array */.YOg(severityEntrySchema).nullish(),
        ranges: schemas/* array */.YOg(schemas/* object */.Ikc({
            type: schemas/* string */.YjP().optional(),
            events: schemas/* array */.YOg(schemas/* object */.Ikc({ fixed: schemas/* string */.YjP().optional() })).nullish()
        }))
            .nullish()
    }))
        .nullish(),
    // Free-form by the schema; GHSA puts `severity` and `cwe_ids` here.
    database_specific: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish()
});
/** The part of osv-scanner's `--format json` output (pkg/models/results.go) runguard reads. */
const osvOutputSchema = schemas/* object */.Ikc({
    results: schemas/* array */.YOg(schemas/* object */.Ikc({
        source: schemas/* object */.Ikc({ path: schemas/* string */.YjP(), type: schemas/* string */.YjP().optional() }).optional(),
        packages: schemas/* array */.YOg(schemas/* object */.Ikc({
            package: schemas/* object */.Ikc({
                name: schemas/* string */.YjP(),
                version: schemas/* string */.YjP().optional(),
                ecosystem: schemas/* string */.YjP().optional()
            }),
            vulnerabilities: schemas/* array */.YOg(osvRecordSchema).nullish(),
            groups: schemas/* array */.YOg(schemas/* object */.Ikc({
                ids: schemas/* array */.YOg(schemas/* string */.YjP()),
                aliases: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
                max_severity: schemas/* string */.YjP().optional()
            }))
                .nullish()
        }))
            .nullish()
    }))
});
const uniqueSorted = (values) => [...new Set(values.filter(v => v !== ''))].sort();
const osv_scanner_text = (value) => typeof value === 'string' && value !== '' ? value : undefined;
/** Prefer GHSA ids (they carry severity and are cross-ecosystem), then PYSEC, then the rest. */
function primaryId(ids) {
    const order = (id) => id.startsWith('GHSA-') ? 0 : id.startsWith('PYSEC-') ? 1 : 2;
    return [...ids].sort((a, b) => order(a) - order(b) || a.localeCompare(b))[0];
}
/** Every CVSS vector in a record: top-level and per-affected severities. */
function vectorsOf(record) {
    const severities = [
        ...(record.severity ?? []),
        ...(record.affected ?? []).flatMap(a => a.severity ?? [])
    ];
    return severities
        .filter(s => s.type === undefined || /^CVSS_V[234]$/.test(s.type))
        .map(s => s.score)
        .filter(s => s !== '');
}
/**
 * The group's severity from every record of its alias group: the highest CVSS base score over
 * the vectors of the records osv-scanner returned and of their aliases found in the offline DB
 * (a PYSEC record has none, its GHSA twin usually has one); else osv-scanner's `max_severity`;
 * else the highest qualitative `database_specific.severity` (GHSA); else unknown.
 */
function groupSeverity(records, aliasRecords, maxSeverity) {
    let best;
    const candidates = [
        ...records.map(record => ({ record, alias: false })),
        ...aliasRecords.map(record => ({ record, alias: true }))
    ];
    for (const { record, alias } of candidates) {
        for (const vector of vectorsOf(record)) {
            const score = cvssBaseScore(vector);
            if (score !== undefined && (best === undefined || score > best.score))
                best = { score, vector, record, alias };
        }
    }
    if (best) {
        const cvss = severityFromCvss(best.vector);
        const where = best.alias
            ? `${best.record.id} (alias record from the offline database)`
            : best.record.id;
        return { ...cvss, record: best.record.id, source: describeCvssSource(cvss, where) };
    }
    const given = maxSeverity !== undefined ? Number.parseFloat(maxSeverity) : Number.NaN;
    if (Number.isFinite(given)) {
        const cvss = severityFromCvss(undefined, given);
        return { ...cvss, source: describeCvssSource(cvss, "osv-scanner's max_severity") };
    }
    let label;
    for (const { record } of candidates) {
        const raw = osv_scanner_text(record.database_specific?.severity);
        const s = severityFromLabel(raw);
        if (s !== 'unknown' &&
            (label === undefined || model/* SEVERITY_RANK */.f3[s] > model/* SEVERITY_RANK */.f3[label.severity]))
            label = { severity: s, record, text: raw ?? '' };
    }
    return label
        ? {
            severity: label.severity,
            source: `severity label ${label.text} of ${label.record.id} (no CVSS vector)`
        }
        : { severity: 'unknown' };
}
/** `fixed` events of the records' ranges for this package. */
function fixedVersionsOf(records, ecosystem, name) {
    const fixed = [];
    for (const r of records) {
        for (const a of r.affected ?? []) {
            if (a.package?.ecosystem !== ecosystem)
                continue;
            if (packageName(ecosystem, a.package.name) !== name)
                continue;
            for (const range of a.ranges ?? []) {
                // GIT ranges hold commit hashes, not versions.
                if (range.type === 'GIT')
                    continue;
                for (const e of range.events ?? [])
                    if (e.fixed !== undefined)
                        fixed.push(e.fixed);
            }
        }
    }
    return sortVersions(fixed);
}
/**
 * Turns osv-scanner JSON (v2, and v1's shape) into findings: one per vulnerability group per
 * package occurrence. Pure apart from resolving source paths against the workspace and the
 * optional alias-record lookup. Throws ToolOutputError when the value is not osv-scanner's
 * report.
 */
function parseOsvOutput(json, ctx) {
    const output = output_schema_checkToolOutput(osvOutputSchema, json, 'not an osv-scanner JSON report');
    const findings = [];
    const errors = [];
    const excluded = ctx.exclude?.length ? (0,match/* compileGlobs */.tI)(ctx.exclude) : undefined;
    const seen = new Set();
    // Alias ids no returned record carries (the GHSA twin of a PYSEC record, …), looked up once.
    const returned = new Set(output.results.flatMap(r => (r.packages ?? []).flatMap(p => (p.vulnerabilities ?? []).map(v => v.id))));
    const missing = new Set();
    for (const r of output.results)
        for (const p of r.packages ?? []) {
            for (const g of p.groups ?? [])
                for (const id of [...g.ids, ...(g.aliases ?? [])])
                    if (!returned.has(id))
                        missing.add(id);
            for (const v of p.vulnerabilities ?? [])
                for (const id of v.aliases ?? [])
                    if (!returned.has(id))
                        missing.add(id);
        }
    const extra = new Map();
    if (ctx.lookupRecords && missing.size > 0) {
        for (const [id, raw] of ctx.lookupRecords(missing)) {
            const parsed = osvRecordSchema.safeParse(raw);
            if (parsed.success && parsed.data.id === id)
                extra.set(id, parsed.data);
        }
    }
    for (const result of output.results) {
        const rawPath = result.source?.path;
        // The installed environment's pins live outside the workspace on purpose.
        const fromInstalled = ctx.installed !== undefined &&
            rawPath !== undefined &&
            external_node_path_default().resolve(rawPath) === external_node_path_default().resolve(ctx.installed.requirementsFile);
        const sourcePath = rawPath !== undefined && !fromInstalled ? (0,util_paths/* toRepoPath */.x)(ctx.workspace, rawPath) : undefined;
        if (rawPath !== undefined && sourcePath === undefined && !fromInstalled) {
            errors.push(`source outside the workspace ignored: ${external_node_path_default().basename(rawPath)}`);
            continue;
        }
        if (sourcePath !== undefined && excluded?.(sourcePath))
            continue;
        for (const entry of result.packages ?? []) {
            const ecosystem = entry.package.ecosystem || 'unknown';
            const name = packageName(ecosystem, entry.package.name);
            const version = entry.package.version ?? '';
            if (name === '')
                continue;
            const vulns = entry.vulnerabilities ?? [];
            const byId = new Map(vulns.map(v => [v.id, v]));
            // v1 output may lack groups: then every record is its own group.
            const groups = entry.groups
                ? entry.groups.map(g => ({ ids: g.ids, aliases: g.aliases ?? [], max: g.max_severity }))
                : vulns.map(v => ({ ids: [v.id], aliases: [], max: undefined }));
            for (const group of groups) {
                if (group.ids.length === 0)
                    continue;
                const id = primaryId(group.ids);
                // The primary record first, so its summary is the title.
                const records = [id, ...group.ids.filter(i => i !== id)]
                    .map(i => byId.get(i))
                    .filter((r) => r !== undefined);
                const aliases = uniqueSorted([...group.ids, ...group.aliases, ...records.flatMap(r => r.aliases ?? [])].filter(a => a !== id));
                const aliasRecords = aliases
                    .map(a => extra.get(a))
                    .filter((r) => r !== undefined);
                const sev = groupSeverity(records, aliasRecords, osv_scanner_text(group.max));
                const summary = records.map(r => osv_scanner_text(r.summary)).find(s => s !== undefined) ??
                    records.map(r => osv_scanner_text(r.details)?.split('\n')[0]).find(s => s !== undefined) ??
                    id;
                const fixedVersions = fixedVersionsOf(records, ecosystem, name);
                const cwe = uniqueSorted([...records, ...aliasRecords].flatMap(r => {
                    const ids = r.database_specific?.cwe_ids;
                    return Array.isArray(ids) ? ids.filter((c) => typeof c === 'string') : [];
                }));
                const installedAt = fromInstalled ? ctx.installed?.locate(name, version) : undefined;
                const { location } = installedAt
                    ? { location: installedAt }
                    : ecosystem === 'PyPI'
                        ? locateDependency(ctx.components, name, version, sourcePath)
                        : { location: { path: sourcePath ?? '.', startLine: 1 } };
                const fingerprint = (0,hash/* fingerprintOf */.a)(['osv-scanner', id, ecosystem, name, location.path]);
                if (seen.has(`${fingerprint}\0${version}`))
                    continue;
                seen.add(`${fingerprint}\0${version}`);
                const cve = aliases.find(a => a.startsWith('CVE-'));
                const url = `https://osv.dev/vulnerability/${id}`;
                findings.push({
                    tool: 'osv-scanner',
                    ruleId: id,
                    title: summary.length > 120 ? `${summary.slice(0, 117)}...` : summary,
                    message: `${name} ${version} is affected by ${id}${cve ? ` (${cve})` : ''}: ${summary}` +
                        (fixedVersions.length
                            ? ` Fixed in ${fixedVersions.join(', ')}.`
                            : ' No fixed version is known.'),
                    severity: sev.severity,
                    ...(sev.source !== undefined ? { severitySource: sev.source } : {}),
                    cwe,
                    location,
                    package: {
                        ecosystem,
                        name,
                        version,
                        purl: purlOf(ecosystem, name, version || undefined),
                        fixedVersions
                    },
                    advisory: {
                        id,
                        aliases,
                        url,
                        ...(sev.vector !== undefined ? { cvssVector: sev.vector } : {}),
                        ...(sev.score !== undefined ? { cvssScore: sev.score } : {}),
                        ...(sev.record !== undefined ? { cvssSource: sev.record } : {})
                    },
                    helpUri: url,
                    fingerprint
                });
            }
        }
    }
    return { findings, errors };
}
/**
 * OSV records by id from an offline DB: every `<db>/{osv-scanner,osv-scalibr}/<Ecosystem>/all.zip`
 * (entries are `<ID>.json`). Only the wanted entries are inflated.
 */
function readOfflineRecords(db, ids) {
    const found = new Map();
    const zips = new Set();
    for (const sub of ['osv-scalibr', 'osv-scanner']) {
        let ecosystems;
        try {
            ecosystems = (0,external_node_fs_.readdirSync)(external_node_path_default().join(db, sub));
        }
        catch {
            continue;
        }
        for (const eco of ecosystems) {
            const zip = external_node_path_default().join(db, sub, eco, 'all.zip');
            try {
                // The two layouts are often one file (symlinked or copied): read each zip once.
                zips.add((0,external_node_fs_.realpathSync)(zip));
            }
            catch {
                // No zip for this ecosystem.
            }
        }
    }
    for (const zip of zips) {
        if (found.size === ids.size)
            break;
        const entries = (0,esm/* unzipSync */.AO)((0,external_node_fs_.readFileSync)(zip), {
            filter: file => {
                const id = external_node_path_default().posix.basename(file.name).replace(/\.json$/, '');
                return file.name.endsWith('.json') && ids.has(id) && !found.has(id);
            }
        });
        for (const [name, data] of Object.entries(entries)) {
            try {
                found.set(external_node_path_default().posix.basename(name).replace(/\.json$/, ''), JSON.parse((0,esm/* strFromU8 */.he)(data)));
            }
            catch {
                // A record osv-scanner would skip as invalid JSON; so do we.
            }
        }
    }
    return found;
}
/** Version from `osv-scanner --version` ("osv-scanner version: 2.5.0"). */
function parseOsvVersion(text) {
    return /osv-scanner version:\s*v?(\d+\.\d+\.\d+\S*)/i.exec(text)?.[1];
}
const SUPPORTED = '>=1.9.0 <3';
/** v2.5.0 moved local matching to osv-scalibr and reads `<db>/osv-scalibr/<eco>/all.zip`. */
const SCALIBR_DB_FROM = '2.5.0';
/**
 * The directory to pass as `--local-db-path`. Versions before 2.5 read `<db>/osv-scanner/`,
 * 2.5+ `<db>/osv-scalibr/` (verified by running 2.5.0, whose docs still name the old one). When
 * the DB has only the other layout, a temp dir with both names symlinked is used.
 */
function dbViewFor(db, version) {
    const wantScalibr = version === undefined || semver_default().gte(semver_default().coerce(version) ?? '0.0.0', SCALIBR_DB_FROM);
    const want = external_node_path_default().join(db, wantScalibr ? 'osv-scalibr' : 'osv-scanner');
    const other = external_node_path_default().join(db, wantScalibr ? 'osv-scanner' : 'osv-scalibr');
    if ((0,external_node_fs_.existsSync)(want) || !(0,external_node_fs_.existsSync)(other))
        return { dir: db };
    const view = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'runguard-osv-db-'));
    (0,external_node_fs_.symlinkSync)(other, external_node_path_default().join(view, 'osv-scanner'));
    (0,external_node_fs_.symlinkSync)(other, external_node_path_default().join(view, 'osv-scalibr'));
    return { dir: view, cleanup: () => (0,external_node_fs_.rmSync)(view, { recursive: true, force: true }) };
}
/**
 * The argv after the program name, for v1 or v2 syntax. `lockfiles` are scanned besides the
 * paths (the installed environment's generated requirements file).
 */
function osvArgs(version, paths, localDb, lockfiles = []) {
    const major = semver_default().coerce(version ?? '')?.major ?? 2;
    const extra = lockfiles.flatMap(f => ['--lockfile', f]);
    if (major < 2) {
        return [
            '--format',
            'json',
            ...(localDb !== undefined
                ? ['--experimental-offline', '--experimental-local-db-path', localDb]
                : []),
            ...extra,
            '-r',
            ...paths
        ];
    }
    // --offline (not --offline-vulnerabilities): 2.5.0 silently ignores --local-db-path with the
    // latter and still tries deps.dev for requirements.txt (verified by running it).
    return [
        'scan',
        'source',
        '--format',
        'json',
        ...(localDb !== undefined ? ['--offline', '--local-db-path', localDb] : []),
        ...extra,
        '-r',
        ...paths
    ];
}
/** Lines of stderr worth keeping as the tool's own errors (not progress chatter). */
function stderrErrors(stderr) {
    return stderr
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => /^(error|could not|failed|warning)/i.test(l))
        .slice(0, 20);
}
/** Reads one osv-scanner run: its exit codes (as osv-scanner documents them), then the report. */
function interpretOsv(res, redactor, parse) {
    const errors = stderrErrors(res.stderr);
    // 128: no package sources found; with -r a tree without manifests is not a failure.
    if (res.exitCode === 128)
        return { findings: [], errors: ['no packages found', ...errors] };
    if (res.exitCode !== 0 && res.exitCode !== 1) {
        return {
            failure: `osv-scanner exited with code ${String(res.exitCode)}: ${stderrTail(res.stderr, redactor, 3, ' | ') || 'no output'}`,
            errors
        };
    }
    let json;
    try {
        json = JSON.parse(res.stdout);
    }
    catch {
        return {
            failure: `osv-scanner output is not JSON (exit ${res.exitCode}): ${stderrTail(res.stdout + '\n' + res.stderr, redactor, 3, ' | ')}`,
            errors
        };
    }
    try {
        const parsed = parse(json);
        return { findings: parsed.findings, errors: [...parsed.errors, ...errors] };
    }
    catch (e) {
        return { failure: `${e.message} (exit ${res.exitCode})`, errors };
    }
}
/** The OSV-Scanner plan, with the installed environment's pins when they were read. */
const osvSpec = (installed) => ({
    tool: 'osv-scanner',
    plan(ctx, detection) {
        let view;
        let db;
        if (ctx.settings.osvDb !== undefined) {
            db = external_node_path_default().resolve(ctx.workspace, ctx.settings.osvDb);
            if (!(0,external_node_fs_.existsSync)(db))
                return {
                    stop: 'failed',
                    reason: `osv database directory ${ctx.settings.osvDb} does not exist`
                };
            view = dbViewFor(db, detection.version);
        }
        const localDb = db;
        return {
            invocations: [
                {
                    args: osvArgs(detection.version, ctx.paths, view?.dir, installed ? [installed.requirementsFile] : [])
                }
            ],
            ...(view?.cleanup ? { cleanup: view.cleanup } : {}),
            interpret: result => interpretOsv(result, ctx.redactor, json => parseOsvOutput(json, {
                workspace: ctx.workspace,
                components: ctx.components,
                exclude: ctx.settings.exclude,
                ...(localDb !== undefined
                    ? { lookupRecords: ids => readOfflineRecords(localDb, ids) }
                    : {}),
                ...(installed ? { installed } : {})
            }))
        };
    }
});
const osvScannerAdapter = {
    name: 'osv-scanner',
    supportedVersions: SUPPORTED,
    installHint: 'go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.0',
    detect(ctx) {
        return detectTool(ctx, {
            tool: 'osv-scanner',
            command: ['osv-scanner'],
            versionArgs: ['--version'],
            supportedVersions: SUPPORTED,
            parse: parseOsvVersion
        });
    },
    async scan(ctx, detection) {
        return runDependencyScanner(osvSpec(await ctx.installed), ctx, detection);
    }
};

;// CONCATENATED MODULE: ./src/scanners/safety.ts














/**
 * JSON inside Safety's stdout. 3.2.9+ prints a DEPRECATED banner before and after it, so take
 * the outermost `{…}` (Safety's own tests do the same).
 */
function extractJson(stdout) {
    const start = stdout.indexOf('{');
    const end = stdout.lastIndexOf('}');
    return start === -1 || end < start ? undefined : stdout.slice(start, end + 1);
}
const cvssSchema = schemas/* object */.Ikc({
    vector_string: schemas/* string */.YjP().nullish(),
    base_score: schemas/* number */.aig().nullish()
})
    .nullish();
/**
 * The part of Safety's `check --json` report runguard reads (2.x; 3.x JSON 1.1 has
 * `vulnerable_spec` as a list). `report_meta` is required: `{}` or a bare list is not a report.
 */
const safetyReportSchema = schemas/* object */.Ikc({
    report_meta: schemas/* object */.Ikc({
        packages_found: schemas/* number */.aig().int().nonnegative().optional(),
        vulnerabilities_found: schemas/* number */.aig().int().nonnegative().optional()
    }),
    vulnerabilities: schemas/* array */.YOg(schemas/* object */.Ikc({
        vulnerability_id: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* number */.aig()]),
        package_name: schemas/* string */.YjP().min(1),
        analyzed_version: schemas/* string */.YjP().nullish(),
        vulnerable_spec: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]).nullish(),
        all_vulnerable_specs: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
        advisory: schemas/* string */.YjP().nullish(),
        CVE: schemas/* string */.YjP().nullish(),
        severity: schemas/* object */.Ikc({ source: schemas/* string */.YjP().nullish(), cvssv2: cvssSchema, cvssv3: cvssSchema })
            .nullish(),
        fixed_versions: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
        closest_versions_without_known_vulnerabilities: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
        more_info_url: schemas/* string */.YjP().nullish()
    }))
});
const nonEmpty = (v) => v === null || v === undefined || v === '' ? undefined : v;
const list = (v) => (v ?? []).filter(s => s !== '');
/** `{cvssv3: {vector_string, base_score}, cvssv2: …}` → severity (v3 preferred), with its source. */
function safetySeverity(v) {
    const severity = v.severity;
    if (!severity)
        return { severity: 'unknown' };
    const source = nonEmpty(severity.source) ?? nonEmpty(v.CVE);
    for (const c of [severity.cvssv3, severity.cvssv2]) {
        if (!c)
            continue;
        const result = severityFromCvss(nonEmpty(c.vector_string), c.base_score ?? undefined);
        if (result.severity !== 'unknown')
            return { ...result, ...(source ? { source } : {}) };
    }
    return { severity: 'unknown' };
}
/**
 * Fixed versions: Safety's own lists when it has them (online DB); offline it has none, so
 * the upper bounds (`<X`) of the vulnerable specs that contain the analyzed version.
 */
function fixedVersions(v, version) {
    const given = list(v.fixed_versions);
    if (given.length > 0)
        return sortVersions(given);
    const closest = list(v.closest_versions_without_known_vulnerabilities);
    if (closest.length > 0)
        return sortVersions(closest);
    const own = v.vulnerable_spec;
    const specs = [...list(v.all_vulnerable_specs), ...(Array.isArray(own) ? own : own ? [own] : [])];
    const bounds = [];
    for (const spec of specs) {
        if (pep440_default().valid(version) === null)
            break;
        if (!specContains(spec, version))
            continue;
        const upper = /(?:^|,)\s*<\s*([^,=\s]+)/.exec(spec)?.[1];
        if (upper !== undefined && pep440_default().valid(upper) !== null)
            bounds.push(upper);
    }
    return sortVersions(bounds);
}
/** PEP 440 containment that treats an unparsable spec as not containing (pep440 throws). */
function specContains(spec, version) {
    try {
        return pep440_default().satisfies(version, spec, { prereleases: true });
    }
    catch {
        return false;
    }
}
function firstSentence(text, max = 120) {
    const one = text.split(/(?<=\.)\s|\n/)[0]?.trim() ?? text;
    return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}
/** A more-info URL with a path; the bare domain a corrected public DB yields says nothing. */
function usefulUrl(url) {
    if (url === undefined)
        return undefined;
    try {
        return new URL(url).pathname.replace(/\/+$/, '') === '' ? undefined : url;
    }
    catch {
        return undefined;
    }
}
/**
 * Parses Safety 2.x `check --json` (and 3.x `check` JSON 1.1, where `vulnerable_spec` is a
 * list) into findings located at the manifest line that pins each package. Throws
 * ToolOutputError when stdout holds no Safety report.
 */
function parseSafetyOutput(stdout, ctx) {
    const text = extractJson(stdout);
    if (text === undefined)
        throw new ToolOutputError('safety printed no JSON report');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new ToolOutputError(`safety output is not valid JSON: ${e.message}`);
    }
    const report = output_schema_checkToolOutput(safetyReportSchema, doc, 'not a Safety JSON report');
    const findings = [];
    const seen = new Set();
    for (const v of report.vulnerabilities) {
        const id = String(v.vulnerability_id);
        const name = (0,names/* normalizeName */.Pc)(v.package_name);
        const version = nonEmpty(v.analyzed_version) ?? '';
        const cve = nonEmpty(v.CVE);
        const aliases = cve !== undefined && cve !== id ? [cve] : [];
        const url = usefulUrl(nonEmpty(v.more_info_url));
        const sev = safetySeverity(v);
        const fixed = fixedVersions(v, version);
        const own = v.vulnerable_spec;
        const spec = Array.isArray(own) ? own.join(' || ') : (own ?? '');
        const advisoryText = nonEmpty(v.advisory) ?? `Safety advisory ${id}`;
        const { location } = locateDependency(ctx.components, name, version, ctx.file);
        const fingerprint = (0,hash/* fingerprintOf */.a)(['safety', id, name, location.path]);
        if (seen.has(`${fingerprint}\0${version}`))
            continue;
        seen.add(`${fingerprint}\0${version}`);
        const source = sev.score !== undefined ? (sev.source ?? `Safety advisory ${id}`) : undefined;
        findings.push({
            tool: 'safety',
            ruleId: id,
            title: firstSentence(advisoryText),
            message: `${name} ${version} matches ${cve ?? `Safety advisory ${id}`}${spec ? ` (vulnerable: ${spec})` : ''}: ${advisoryText}` +
                (fixed.length ? ` Fixed in ${fixed.join(', ')}.` : ''),
            severity: sev.severity,
            ...(source !== undefined
                ? { severitySource: describeCvssSource(sev, `${source} in the Safety database`) }
                : {}),
            cwe: [],
            location,
            package: {
                ecosystem: 'PyPI',
                name,
                version,
                purl: purlOf('PyPI', name, version || undefined),
                fixedVersions: fixed
            },
            advisory: {
                id,
                aliases,
                ...(url !== undefined ? { url } : {}),
                ...(sev.vector !== undefined ? { cvssVector: sev.vector } : {}),
                ...(sev.score !== undefined ? { cvssScore: sev.score } : {}),
                ...(source !== undefined ? { cvssSource: source } : {})
            },
            ...(url !== undefined ? { helpUri: url } : {}),
            fingerprint
        });
    }
    return findings;
}
/** Version from `safety --version` ("safety, version 2.3.5"). */
function parseSafetyVersion(text) {
    return /version\s+v?(\d+\.\d+(?:\.\d+)?\S*)/i.exec(text)?.[1];
}
const safety_SUPPORTED = '>=2.0.0 <4';
/** Safety's documented exit codes (safety/constants.py). */
const EXIT_OK = 0;
const EXIT_VULNERABLE = 64;
const EXIT_REASONS = {
    65: 'invalid API key',
    66: 'too many requests to the Safety API',
    67: 'local vulnerability database not found',
    68: 'unable to fetch the vulnerability database',
    69: 'malformed vulnerability database (safety 2.4+/3.x need the schema 2.0.0 format, 2.3.5 the flat one)',
    2: 'usage error'
};
/** Drops Safety's per-line "unpinned requirement" warnings (the inventory reports those). */
function withoutNoise(stderr) {
    return stderr
        .split(/\r?\n/)
        .filter(l => !/^Warning: unpinned requirement/.test(l.trim()))
        .join('\n');
}
/**
 * Requirements-style files from the inventory get one `-r` run each (Safety follows their
 * `-r` includes itself). Pinned entries of lockfiles (poetry.lock, uv.lock, Pipfile.lock),
 * which Safety 2.x cannot read, are fed as `name==version` lines on stdin.
 */
function safetyInputs(components, installed) {
    const files = [
        ...new Set(components.filter(c => (0,inventory/* manifestKind */.QS)(c.file) === 'requirements').map(c => c.file))
    ].sort();
    const inputs = files.map(file => ({ file, label: file }));
    const pins = [
        ...new Set(components
            .filter(c => c.version !== undefined &&
            (0,inventory/* manifestKind */.QS)(c.file) !== 'requirements' &&
            (0,inventory/* manifestKind */.QS)(c.file) !== 'pyproject')
            .map(c => `${c.name}==${c.version}`))
    ].sort();
    if (pins.length > 0)
        inputs.push({ stdin: `${pins.join('\n')}\n`, label: 'lockfile pins' });
    if (installed !== undefined)
        inputs.push({ file: installed.requirementsFile, label: 'installed environment', installed });
    return inputs;
}
/** A database older than this is warned about: advisories published since are missing. */
const SAFETY_DB_MAX_AGE_DAYS = 90;
const DAY_MS = 86_400_000;
/** What Safety's own hosted DB has in `$meta.base_domain` (it prefixes `more_info_path`). */
const PYUP_BASE_DOMAIN = 'https://pyup.io';
const flatMetaSchema = schemas/* object */.Ikc({
    $meta: schemas/* object */.Ikc({ base_domain: schemas/* string */.YjP().optional(), timestamp: schemas/* number */.aig().optional() })
});
const isFile = (file) => {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
};
/**
 * Looks at a Safety 2.x offline DB and returns what to pass as `--db`, or a stop with the
 * reason. Layouts: the flat DB itself (`insecure.json` + `insecure_full.json`); a directory
 * holding the public `safety-db` package (`pip install --target DIR safety-db`, or a
 * site-packages: `DIR/safety_db/`). The public package's `$meta` has no `base_domain`, on which
 * safety 2.3.5 `--json` crashes at the first vulnerability ("Invalid URL 'None'"), so Safety
 * runs on a copy in a temporary directory with `base_domain` added. A schema-2.0.0 DB (Safety
 * 3.x's format), which 2.x silently reads as empty, is refused.
 */
function prepareSafetyDb(given, resolved, now = new Date()) {
    const dir = [resolved, external_node_path_default().join(resolved, 'safety_db')].find(d => isFile(external_node_path_default().join(d, 'insecure.json')));
    if (dir === undefined) {
        return {
            stop: 'failed',
            reason: `safety database ${given} has no insecure.json (Safety 2.x flat DB format expected: the safety-db package's data directory)`
        };
    }
    const fullFile = external_node_path_default().join(dir, 'insecure_full.json');
    let full;
    try {
        full = JSON.parse((0,external_node_fs_.readFileSync)(fullFile, 'utf8'));
    }
    catch (e) {
        return {
            stop: 'failed',
            reason: `safety database ${given}: insecure_full.json cannot be read (${e.message})`
        };
    }
    const record = full;
    if (typeof record?.meta?.schema_version === 'string') {
        return {
            stop: 'failed',
            reason: `safety database ${given} is in the schema ${record.meta.schema_version} format, which safety 2.x reads as empty; use the flat format (the safety-db package)`
        };
    }
    const meta = flatMetaSchema.safeParse(full);
    if (!meta.success) {
        return {
            stop: 'failed',
            reason: `safety database ${given}: insecure_full.json has no "$meta" object (not a Safety 2.x flat DB)`
        };
    }
    const warnings = [];
    const timestamp = meta.data.$meta.timestamp;
    if (timestamp !== undefined) {
        const days = Math.floor((now.getTime() - timestamp * 1000) / DAY_MS);
        if (days > SAFETY_DB_MAX_AGE_DAYS) {
            const when = new Date(timestamp * 1000).toISOString().slice(0, 10);
            warnings.push(`safety database ${given} is ${days} days old (built ${when}); advisories published since are missing: update it (docs/offline.md)`);
        }
    }
    else {
        warnings.push(`safety database ${given} has no timestamp; its age is unknown`);
    }
    if (meta.data.$meta.base_domain !== undefined)
        return { dir, warnings };
    // The public package: correct a copy, never the user's files.
    const copy = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'runguard-safety-db-'));
    try {
        (0,external_node_fs_.copyFileSync)(external_node_path_default().join(dir, 'insecure.json'), external_node_path_default().join(copy, 'insecure.json'));
        const fixed = full;
        fixed.$meta = { ...fixed.$meta, base_domain: PYUP_BASE_DOMAIN };
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(copy, 'insecure_full.json'), JSON.stringify(fixed));
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(copy, { recursive: true, force: true });
        throw e;
    }
    return { dir: copy, cleanup: () => (0,external_node_fs_.rmSync)(copy, { recursive: true, force: true }), warnings };
}
/** Reads one `safety check` run: exit codes, then the report. */
function interpretSafety(res, input, components, redactor) {
    if (res.exitCode !== EXIT_OK && res.exitCode !== EXIT_VULNERABLE) {
        const known = res.exitCode !== null ? EXIT_REASONS[res.exitCode] : undefined;
        return {
            failure: `safety exited with code ${res.exitCode}${known ? ` (${known})` : ''}: ${stderrTail(withoutNoise(res.stderr), redactor, 3, ' | ') || stderrTail(res.stdout, redactor, 3, ' | ') || 'no output'}`
        };
    }
    let parsed;
    try {
        parsed = parseSafetyOutput(res.stdout, {
            components,
            ...(input.file !== undefined && !input.installed ? { file: input.file } : {})
        });
    }
    catch (e) {
        return { failure: `${e.message} (exit ${res.exitCode})` };
    }
    if (res.exitCode === EXIT_VULNERABLE && parsed.length === 0)
        return { failure: 'safety exited 64 (vulnerabilities found) but its output listed none' };
    if (input.installed) {
        // Each finding points where the package is brought in (fingerprints follow the place, so a
        // package also pinned in a manifest gives the same finding as the manifest's run).
        const { locate } = input.installed;
        return {
            findings: parsed.map(f => {
                const at = f.package ? locate(f.package.name, f.package.version) : undefined;
                if (at === undefined)
                    return f;
                const fingerprint = (0,hash/* fingerprintOf */.a)(['safety', f.ruleId, f.package?.name ?? '', at.path]);
                return { ...f, location: at, fingerprint };
            }),
            errors: []
        };
    }
    if (input.stdin === undefined)
        return { findings: parsed, errors: [] };
    // stdin has no file: report each vulnerable pin at every lockfile line that pins it.
    const findings = [];
    for (const f of parsed) {
        for (const c of components) {
            if (c.name !== f.package?.name || c.version !== f.package.version)
                continue;
            if ((0,inventory/* manifestKind */.QS)(c.file) === 'requirements' || (0,inventory/* manifestKind */.QS)(c.file) === 'pyproject')
                continue;
            const fingerprint = (0,hash/* fingerprintOf */.a)(['safety', f.ruleId, c.name, c.file]);
            findings.push({ ...f, location: { path: c.file, startLine: c.line }, fingerprint });
        }
    }
    return { findings, errors: [] };
}
/** The Safety plan, with the installed environment's pins when they were read. */
const safetySpec = (installed) => ({
    tool: 'safety',
    plan(ctx, detection) {
        const major = semver_default().coerce(detection.version ?? '')?.major ?? 2;
        const errors = [];
        // 3.x scans only against Safety's platform (login or API key); its `check --db` needs a
        // DB format nobody publishes. Without a key there is nothing honest to run.
        if (major >= 3 && !ctx.env.SAFETY_API_KEY) {
            return {
                stop: 'skipped',
                reason: `safety ${detection.version ?? '3.x'} needs SAFETY_API_KEY; install safety==2.3.5 for offline scans with a local --db`
            };
        }
        const inputs = safetyInputs(ctx.components, installed);
        if (inputs.length === 0)
            return { stop: 'skipped', reason: 'no pinned Python requirements to check' };
        let db;
        if (ctx.settings.safetyDb !== undefined) {
            if (major >= 3)
                errors.push('safetyDb is ignored by safety 3.x (it uses the API with SAFETY_API_KEY)');
            else {
                const view = prepareSafetyDb(ctx.settings.safetyDb, external_node_path_default().resolve(ctx.workspace, ctx.settings.safetyDb));
                if ('stop' in view)
                    return view;
                db = view;
            }
        }
        const invocations = inputs.map(input => ({
            args: [
                'check',
                ...(input.file !== undefined ? ['-r', input.file] : ['--stdin']),
                '--json',
                ...(db !== undefined ? ['--db', db.dir] : [])
            ],
            ...(input.stdin !== undefined ? { input: input.stdin } : {}),
            label: input.label
        }));
        const byLabel = new Map(inputs.map(i => [i.label, i]));
        return {
            invocations,
            errors,
            warnings: db?.warnings ?? [],
            ...(db?.cleanup ? { cleanup: db.cleanup } : {}),
            interpret: (result, invocation) => interpretSafety(result, byLabel.get(invocation.label ?? ''), ctx.components, ctx.redactor)
        };
    }
});
const safetyAdapter = {
    name: 'safety',
    supportedVersions: safety_SUPPORTED,
    installHint: 'pip install "safety==2.3.5"',
    detect(ctx) {
        return detectTool(ctx, {
            tool: 'safety',
            command: ['safety'],
            versionArgs: ['--version'],
            supportedVersions: safety_SUPPORTED,
            parse: parseSafetyVersion
        });
    },
    async scan(ctx, detection) {
        return runDependencyScanner(safetySpec(await ctx.installed), ctx, detection);
    }
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./src/secrets/engine.ts + 1 modules
var engine = __webpack_require__(10384);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/secrets/files.ts






/**
 * How a file the walk listed is opened for reading: it may have been swapped since, so never
 * follow a link there, and never block on a FIFO (a read of one without a writer then ends at
 * once instead of waiting forever).
 */
const SAFE_READ_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** Lock files and vendored/minified/generated paths: content hashes and third-party code. */
const DEFAULT_ALLOWLIST_GLOBS = [
    // The directories runguard never looks into, plus vendored third-party code.
    ...[...skipped_dirs/* SKIPPED_DIRS */.K, 'vendor', 'bower_components'].map(dir => `**/${dir}/**`),
    '**/*.min.js',
    '**/*.min.css',
    '**/*.min.mjs',
    '**/*.js.map',
    '**/*.css.map',
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/poetry.lock',
    '**/Pipfile.lock',
    '**/uv.lock',
    '**/pdm.lock',
    '**/Cargo.lock',
    '**/go.sum',
    '**/composer.lock',
    '**/Gemfile.lock',
    '**/Podfile.lock',
    '**/packages.lock.json',
    '**/gradle.lockfile',
    '**/deno.lock',
    '**/bun.lockb',
    '**/flake.lock'
];
function allowlistShape(globs) {
    const shape = { dirs: new Set(), names: new Set(), suffixes: [] };
    for (const glob of globs) {
        const dir = /^\*\*\/([^*/]+)\/\*\*$/.exec(glob)?.[1];
        const name = /^\*\*\/([^*/]+)$/.exec(glob)?.[1];
        const suffix = /^\*\*\/\*([^*/]+)$/.exec(glob)?.[1];
        if (dir !== undefined)
            shape.dirs.add(dir);
        else if (name !== undefined)
            shape.names.add(name);
        else if (suffix !== undefined)
            shape.suffixes.push(suffix);
        else
            throw new Error(`default allowlist glob ${glob} has no fast pre-check`);
    }
    return shape;
}
let defaultAllowlist;
/**
 * The compiled allowlist, built on first use: compiling it costs 16–30 ms, which every command
 * that loads this module (`runguard run` included) would otherwise pay at start-up. The globs
 * decide; the shape check only spares them the paths they cannot match.
 */
function inDefaultAllowlist(rel) {
    defaultAllowlist ??= {
        shape: allowlistShape(DEFAULT_ALLOWLIST_GLOBS),
        match: picomatch_default()(DEFAULT_ALLOWLIST_GLOBS, { dot: true })
    };
    const { shape, match } = defaultAllowlist;
    const segments = rel.split('/');
    const last = segments[segments.length - 1];
    const possible = shape.names.has(last) ||
        shape.suffixes.some(s => last.endsWith(s)) ||
        segments.some(s => shape.dirs.has(s));
    return possible && match(rel);
}
const BINARY_EXTENSIONS = new Set(('png jpg jpeg gif bmp ico webp tif tiff psd svgz heic avif mp3 mp4 m4a wav ogg flac mov avi mkv ' +
    'webm woff woff2 ttf otf eot pdf doc docx xls xlsx ppt pptx odt zip gz tgz bz2 xz zst 7z rar jar ' +
    'war ear whl egg so dylib dll exe o a lib class pyc pyo pyd wasm bin dat db sqlite sqlite3 ' +
    'parquet npy npz pkl pickle h5 onnx pt pth').split(' '));
/** Why a path is in the default allowlist, or undefined. */
function defaultSkipReason(rel) {
    if (inDefaultAllowlist(rel))
        return 'vendored, minified or lock file (default allowlist)';
    const ext = external_node_path_default().posix.extname(rel).slice(1).toLowerCase();
    if (BINARY_EXTENSIONS.has(ext))
        return `binary file type .${ext}`;
    return undefined;
}
/** Test directories and test-file names of the common ecosystems (repo-relative posix paths). */
const TEST_FIXTURE_PATH = /(?:^|\/)(?:tests?|__tests__|spec|specs|testdata|test[-_]data|fixtures?|__fixtures__|testing|mocks?|__mocks__|e2e|testcases?|test[-_]?cases)\/|(?:^|\/)(?:test_[^/]+\.py|[^/]+_test\.(?:py|go|rb|exs?)|[^/]+\.(?:test|spec)\.[cm]?[jt]sx?|conftest\.py|[^/]+Tests?\.(?:java|kt|cs|scala|swift))$/i;
/**
 * True for files under a test directory or named as tests. A real key there is still a finding
 * (test fixtures leak like any file), but reports say "test fixture" so a reviewer knows.
 */
function isTestFixturePath(rel) {
    return TEST_FIXTURE_PATH.test(rel);
}
/** Binary by content: a NUL byte in the first 8 KiB (git's heuristic), unless UTF-16 with a BOM. */
function isBinaryContent(bytes) {
    if (bytes.length >= 2 &&
        ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
        return false;
    // Native search: a JavaScript loop over 8 KiB costs ~10 µs per file, a tenth of a small file's scan.
    return bytes.subarray(0, 8192).indexOf(0) !== -1;
}
/** Decodes file bytes: UTF-8 (invalid sequences become U+FFFD), or UTF-16 when it has a BOM. */
function decodeText(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString('utf16le');
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        const swapped = Buffer.from(bytes.subarray(2));
        swapped.swap16();
        return swapped.toString('utf16le');
    }
    return bytes.toString('utf8');
}
function readIgnoreLayer(absDir, base, file) {
    try {
        const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(absDir, file), 'utf8');
        return { base, rules: ignore_default()().add(text) };
    }
    catch {
        return undefined;
    }
}
function ignoredBy(layers, rel, isDir) {
    for (const layer of layers) {
        const sub = layer.base === '' ? rel : rel.slice(layer.base.length + 1);
        if (sub === '' || sub.startsWith('..'))
            continue;
        if (layer.rules.ignores(isDir ? `${sub}/` : sub))
            return true;
    }
    return false;
}
/** The walk gives the event loop a turn at least this often (ms). */
const YIELD_MS = 10;
/** Lists the files to scan under `roots` (absolute paths inside the workspace). */
async function walkFiles(roots, options) {
    const files = [];
    const skipped = [];
    const excluded = options.exclude.length ? (0,match/* compileGlobs */.tI)(options.exclude) : undefined;
    const root = options.workspace;
    const relOf = (abs) => external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join('/');
    const rootLayers = [];
    const top = readIgnoreLayer(root, '', '.gitignore');
    if (top)
        rootLayers.push(top);
    const info = readIgnoreLayer(external_node_path_default().join(root, '.git', 'info'), '', 'exclude');
    if (info)
        rootLayers.push(info);
    const seen = new Set();
    const tracked = options.tracked;
    // Tracked files below each directory, so an ignored or skipped directory is entered or counted.
    const trackedBelow = new Map();
    for (const t of tracked ?? []) {
        for (let i = t.lastIndexOf('/'); i > 0; i = t.lastIndexOf('/', i - 1)) {
            const dir = t.slice(0, i);
            trackedBelow.set(dir, (trackedBelow.get(dir) ?? 0) + 1);
        }
    }
    const skip = (rel, reason, notable, isDir = false) => {
        if (!tracked) {
            skipped.push({ rel, reason, notable });
            return;
        }
        const inside = isDir ? (trackedBelow.get(rel) ?? 0) : tracked.has(rel) ? 1 : 0;
        const why = isDir && inside > 0 ? `${reason}; ${inside} tracked file(s) inside` : reason;
        skipped.push({ rel, reason: why, notable, tracked: inside > 0 });
    };
    // The walk uses the synchronous fs calls: on a tree of many small files the promise API's
    // per-call round trips through the thread pool cost more CPU than the scan itself. It
    // yields to the event loop every few milliseconds, so the other scanners' output is still read.
    let lastYield = performance.now();
    const maybeYield = async () => {
        if (performance.now() - lastYield < YIELD_MS)
            return;
        await new Promise(resolve => setImmediate(resolve));
        lastYield = performance.now();
    };
    const visitDir = async (abs, rel, layers, depth) => {
        if (rel === '.git' || rel.endsWith('/.git'))
            return;
        if (rel !== '' && ignoredBy(layers, rel, true) && !trackedBelow.has(rel))
            return;
        if (rel !== '' && (excluded?.(rel) || excluded?.(`${rel}/`)))
            return;
        if (rel !== '' && inDefaultAllowlist(`${rel}/x`)) {
            skip(rel, 'vendored directory (default allowlist)', false, true);
            return;
        }
        if (depth > 256) {
            skip(rel, 'directory nesting deeper than 256 levels', true, true);
            return;
        }
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch (error) {
            skipped.push({
                rel: rel || '.',
                reason: `cannot read directory: ${error.code ?? String(error)}`,
                notable: true
            });
            return;
        }
        // Name order (code units, as Array.prototype.sort does), so the walk is the same everywhere.
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const own = rel === '' ? undefined : readIgnoreLayer(abs, rel, '.gitignore');
        const next = own ? [...layers, own] : layers;
        // `abs` is already normalised and a name holds no separator: path.join's normalising pass
        // over every path of the tree is not needed.
        const dirPrefix = abs.endsWith((external_node_path_default()).sep) ? abs : `${abs}${(external_node_path_default()).sep}`;
        for (const entry of entries) {
            if (options.signal?.aborted)
                return;
            const childAbs = dirPrefix + entry.name;
            const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (entry.isSymbolicLink()) {
                // Never followed: a link is either a loop, outside the workspace, or scanned where it points.
                skip(childRel, 'symbolic link (not followed)', false);
            }
            else if (entry.isDirectory()) {
                await visitDir(childAbs, childRel, next, depth + 1);
            }
            else if (entry.isFile()) {
                visitFile(childAbs, childRel, next);
            }
            else {
                skip(childRel, 'not a regular file', false);
            }
            await maybeYield();
        }
    };
    const visitFile = (abs, rel, layers, known) => {
        if (seen.has(rel))
            return;
        seen.add(rel);
        if ((ignoredBy(layers, rel, false) && !tracked?.has(rel)) || excluded?.(rel))
            return;
        const reason = defaultSkipReason(rel);
        if (reason) {
            skip(rel, reason, false);
            return;
        }
        let size;
        try {
            size = (known ?? (0,external_node_fs_.lstatSync)(abs)).size;
        }
        catch (error) {
            skipped.push({
                rel,
                reason: `cannot stat: ${error.code ?? String(error)}`,
                notable: true
            });
            return;
        }
        if (size > options.maxFileSize) {
            skip(rel, `larger than the ${formatBytes(options.maxFileSize)} limit (${formatBytes(size)})`, true);
            return;
        }
        const file = { abs, rel, size };
        files.push(file);
        options.onFile?.(file);
    };
    /** A root given on the command line: stat'ed itself (it may be a file or a link). */
    const visitRoot = async (abs) => {
        if (options.signal?.aborted)
            return;
        const rel = relOf(abs);
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
            skipped.push({ rel: abs, reason: 'outside the workspace', notable: true });
            return;
        }
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)(abs);
        }
        catch (error) {
            skipped.push({
                rel: rel || '.',
                reason: `cannot stat: ${error.code ?? String(error)}`,
                notable: true
            });
            return;
        }
        if (stat.isSymbolicLink())
            skip(rel, 'symbolic link (not followed)', false);
        else if (stat.isDirectory())
            await visitDir(abs, rel, rootLayers, 0);
        else if (stat.isFile())
            visitFile(abs, rel, rootLayers, stat);
        else
            skip(rel, 'not a regular file', false);
    };
    for (const r of roots)
        await visitRoot(external_node_path_default().resolve(r));
    return { files, skipped };
}
/** `5 MiB`-style sizes for messages. */
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(0)} KiB`;
    return `${n} B`;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/util/event-loop-turns.ts
/**
 * For synchronous work done in a loop on the main thread (the secret scan reads and scans files
 * synchronously): call the returned function after each step, and the event loop gets a turn
 * once at least `ms` have passed since the last one, so the other scanners' output and the
 * workers' replies are still read while the loop runs.
 */
function eventLoopTurns(ms) {
    let last = performance.now();
    return async () => {
        if (performance.now() - last < ms)
            return;
        await new Promise(resolve => setImmediate(resolve));
        last = performance.now();
    };
}

;// CONCATENATED MODULE: ./src/secrets/pool.ts






/** A batch closes at this many bytes or files (a larger file goes alone). */
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 128;
/** Batches a worker holds at once: one being scanned, one waiting, so it never idles. */
const IN_FLIGHT = 2;
/**
 * Below this many bytes the scan stays on the main thread: a worker's start (loading the
 * detector, building its keyword automaton, V8 compiling the engine and the rules' regular
 * expressions on first use) costs a few hundred ms of CPU, which a small tree does not pay back.
 * Set from whole-process measurements on 2 cores (docs/benchmarks.md, "Secret detector on worker
 * threads").
 */
const POOL_MIN_BYTES = 64 * 1024 * 1024;
/**
 * Where the worker bundle sits next to the running bundle (dist/ or dist/cli/), or undefined
 * when runguard runs from its TypeScript sources (jest), where there is no worker bundle and
 * the scan runs in-thread.
 */
function bundledWorkerFile(moduleUrl = import.meta.url) {
    const file = (0,external_node_url_.fileURLToPath)(moduleUrl);
    if (file.endsWith('.ts'))
        return undefined;
    return external_node_path_default().join(external_node_path_default().dirname(file), 'secrets-worker', 'index.js');
}
/**
 * Decides where the scan runs: with one worker per core beside the main thread's, which scans
 * too. `override` (RUNGUARD_SECRET_WORKERS, for benchmarks) forces the number of workers, 0
 * meaning in-thread. A bundle whose worker file is missing is broken: that is an error, not a
 * silent fallback.
 */
function planScan(totalBytes, options) {
    const { workerFile } = options;
    const cores = options.cores ?? external_node_os_default().availableParallelism();
    let threads = cores - 1;
    if (options.override !== undefined && options.override !== '') {
        const n = Number(options.override);
        if (!Number.isInteger(n) || n < 0)
            throw new Error(`RUNGUARD_SECRET_WORKERS must be a whole number ≥ 0 (0 = scan in-thread), got ${JSON.stringify(options.override)}`);
        if (n === 0)
            return { where: 'in-thread', why: 'RUNGUARD_SECRET_WORKERS=0' };
        threads = n;
    }
    else if (totalBytes < POOL_MIN_BYTES) {
        return { where: 'in-thread', why: `small tree (${totalBytes} bytes)` };
    }
    else if (threads < 1) {
        return { where: 'in-thread', why: 'one core' };
    }
    if (workerFile === undefined)
        return { where: 'in-thread', why: 'running from sources (no worker bundle)' };
    if (!(0,external_node_fs_.existsSync)(workerFile))
        throw new Error(`the secret scanner's worker bundle is missing: ${workerFile} (rebuild runguard)`);
    return { where: 'workers', threads, workerFile };
}
/** Batches in the order they should be scanned: largest files first, so the cores finish together. */
function makeBatches(jobs) {
    const sorted = [...jobs].sort((a, b) => b.size - a.size);
    const batches = [];
    let current = [];
    let bytes = 0;
    for (const job of sorted) {
        if (current.length && (bytes + job.size > BATCH_BYTES || current.length >= BATCH_FILES)) {
            batches.push(current);
            current = [];
            bytes = 0;
        }
        current.push(job);
        bytes += job.size;
    }
    if (current.length)
        batches.push(current);
    return batches;
}
/** The main thread scanning its batches gives the event loop a turn at least this often (ms). */
const pool_YIELD_MS = 10;
/**
 * Worker threads started ahead of the work: `new ScanPool(…)` spawns them (each loads the detector
 * and builds its engine at once), `run` scans a list of files on them (and on the main thread when
 * asked), `close` stops them. A worker that fails to load or exits early, before or during `run`,
 * makes `run` reject.
 */
class ScanPool {
    workers = [];
    failure;
    onFailure;
    closing = false;
    constructor(options) {
        for (let index = 0; index < Math.max(1, options.threads); index++) {
            const worker = new external_node_worker_threads_.Worker(options.workerFile, { workerData: { demo: options.demo } });
            worker.on('error', error => this.fail(new Error(`secret scan worker failed: ${error.message}`)));
            worker.on('exit', code => {
                if (!this.closing)
                    this.fail(new Error(`secret scan worker exited early (code ${code})`));
            });
            this.workers.push(worker);
        }
    }
    /** How many workers the pool has. */
    get size() {
        return this.workers.length;
    }
    fail(error) {
        this.failure ??= error;
        this.onFailure?.(error);
    }
    /** Stops the workers. */
    async close() {
        this.closing = true;
        await Promise.all(this.workers.map(w => w.terminate()));
    }
    /**
     * Scans `jobs`. Resolves when every file has an outcome or the signal aborts; rejects when a
     * worker fails (it cannot load, throws, or exits early) or `onOutcome` throws. Either way the
     * workers keep running until `close`.
     */
    run(jobs, options) {
        const batches = makeBatches(jobs);
        const { signal, onOutcome, scanHere } = options;
        return new Promise((resolve, reject) => {
            const pending = this.workers.map(() => 0);
            let next = 0;
            let done = 0;
            let settled = false;
            const listeners = [];
            const finish = (error) => {
                if (settled)
                    return;
                settled = true;
                signal?.removeEventListener('abort', onAbort);
                this.onFailure = undefined;
                for (const [worker, listener] of listeners)
                    worker.off('message', listener);
                if (error)
                    reject(error);
                else
                    resolve();
            };
            const onAbort = () => finish();
            const deliver = (outcomes) => {
                try {
                    for (const outcome of outcomes)
                        onOutcome(outcome);
                }
                catch (error) {
                    finish(error instanceof Error ? error : new Error(String(error)));
                    return false;
                }
                if (++done === batches.length)
                    finish();
                return true;
            };
            const feed = (worker, index) => {
                while (!settled && next < batches.length && pending[index] < IN_FLIGHT) {
                    const id = next++;
                    pending[index] = pending[index] + 1;
                    worker.postMessage({ id, jobs: batches[id] });
                }
            };
            if (this.failure)
                return finish(this.failure);
            if (batches.length === 0 || signal?.aborted)
                return finish();
            this.onFailure = error => finish(error);
            signal?.addEventListener('abort', onAbort, { once: true });
            this.workers.forEach((worker, index) => {
                const listener = (reply) => {
                    if (settled)
                        return;
                    pending[index] = pending[index] - 1;
                    if (deliver(reply.outcomes))
                        feed(worker, index);
                };
                listeners.push([worker, listener]);
                worker.on('message', listener);
                feed(worker, index);
            });
            if (!scanHere)
                return;
            // The main thread's share: a batch at a time from the same queue, a file at a time, with a
            // turn of the event loop every few milliseconds so the workers' replies and the other
            // scanners' output are still read.
            void (async () => {
                const turn = eventLoopTurns(pool_YIELD_MS);
                while (!settled && next < batches.length) {
                    const outcomes = [];
                    for (const job of batches[next++]) {
                        outcomes.push(await scanHere(job));
                        await turn();
                        if (settled)
                            return;
                    }
                    deliver(outcomes);
                }
            })().catch((error) => finish(error instanceof Error ? error : new Error(String(error))));
        });
    }
}
/**
 * Scans `jobs` on `threads` fresh workers (and on the main thread with `scanHere`), then stops
 * them. Resolves when every file has an outcome or the signal aborts; rejects when a worker fails.
 */
async function scanInWorkers(jobs, options) {
    const threads = Math.min(options.threads, Math.max(1, makeBatches(jobs).length));
    const pool = new ScanPool({ ...options, threads });
    try {
        await pool.run(jobs, options);
    }
    finally {
        await pool.close();
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/secrets/stream.ts




/**
 * Large files are scanned in chunks so memory stays bounded whatever `secrets-max-file-size`
 * allows. Each scan keeps the last OVERLAP characters for the next one and only reports
 * matches that start before them: every secret shorter than OVERLAP (PEM blocks are capped at
 * 16 KiB by their rule) is seen whole exactly once.
 */
const CHUNK_BYTES = 4 * 1024 * 1024;
const OVERLAP = 32 * 1024;
/** Scans a file chunk by chunk; undefined when its first chunk is binary. */
async function scanLargeFile(abs, rel, demo = 'skip') {
    const handle = await promises_default().open(abs, SAFE_READ_FLAGS);
    const out = [];
    try {
        // Read no further than the size at open: a file something keeps appending to (or a FIFO,
        // size 0) ends here instead of never.
        let left = (await handle.stat()).size;
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        const buffer = Buffer.alloc(CHUNK_BYTES);
        let pending = '';
        // Where `pending` starts: 0-based line, and its column offset when it starts mid-line.
        let lineBase = 0;
        let colBase = 0;
        let first = true;
        for (;;) {
            const { bytesRead } = left > 0
                ? await handle.read(buffer, 0, Math.min(CHUNK_BYTES, left), null)
                : { bytesRead: 0 };
            left -= bytesRead;
            if (first && isBinaryContent(buffer.subarray(0, bytesRead)))
                return undefined;
            first = false;
            const eof = bytesRead === 0;
            pending += eof ? decoder.end() : decoder.write(buffer.subarray(0, bytesRead));
            if (!eof && pending.length < CHUNK_BYTES)
                continue;
            const tailStart = eof ? pending.length : Math.max(0, pending.length - OVERLAP);
            // Line and column (1-based, within `pending`) where the kept tail starts.
            let tailLine = 1;
            let lastNl = -1;
            for (let i = pending.indexOf('\n'); i !== -1 && i < tailStart; i = pending.indexOf('\n', i + 1)) {
                tailLine++;
                lastNl = i;
            }
            const tailCol = tailStart - lastNl;
            for (const m of (0,engine/* scanText */.Ff)(pending, { path: rel, demo })) {
                const inTail = m.startLine > tailLine || (m.startLine === tailLine && m.startColumn >= tailCol);
                if (inTail && !eof)
                    continue;
                out.push({
                    ...m,
                    startLine: m.startLine + lineBase,
                    endLine: m.endLine + lineBase,
                    startColumn: m.startLine === 1 ? m.startColumn + colBase : m.startColumn,
                    endColumn: m.endLine === 1 ? m.endColumn + colBase : m.endColumn
                });
            }
            if (eof)
                break;
            colBase = lastNl === -1 ? colBase + tailStart : tailStart - lastNl - 1;
            lineBase += tailLine - 1;
            pending = pending.slice(tailStart);
        }
    }
    finally {
        await handle.close();
    }
    return out;
}

;// CONCATENATED MODULE: ./src/secrets/scan-file.ts




/** Files above this are scanned in chunks (src/secrets/stream.ts) instead of read whole. */
const STREAM_THRESHOLD = 8 * 1024 * 1024;
function unread(rel, error) {
    return {
        rel,
        kind: 'unread',
        reason: `cannot read: ${error.code ?? String(error)}`
    };
}
/**
 * Reads and scans one file; a read error is an outcome, never a throw. Large files are
 * streamed (asynchronously); the others are read with one synchronous call: `fs.promises.readFile`
 * costs four thread-pool round trips (open, stat, read, close) per file, which on a tree of
 * small files cost more CPU than scanning them.
 */
function scanFile(job, demo) {
    if (job.size > STREAM_THRESHOLD)
        return scanStreamed(job, demo);
    let bytes;
    try {
        const fd = (0,external_node_fs_.openSync)(job.abs, SAFE_READ_FLAGS);
        try {
            // The size of the file now open, not the walk's: a file that grew since (a script writing
            // beside the scan) is streamed when it crossed the threshold, and never read past this size.
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            if (size > STREAM_THRESHOLD)
                return scanStreamed(job, demo);
            bytes = Buffer.allocUnsafe(size);
            let read = 0;
            while (read < size) {
                const n = (0,external_node_fs_.readSync)(fd, bytes, read, size - read, null);
                if (n === 0)
                    break;
                read += n;
            }
            bytes = bytes.subarray(0, read);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (error) {
        return unread(job.rel, error);
    }
    if (isBinaryContent(bytes))
        return { rel: job.rel, kind: 'binary' };
    return {
        rel: job.rel,
        kind: 'scanned',
        matches: (0,engine/* scanText */.Ff)(decodeText(bytes), { path: job.rel, demo })
    };
}
async function scanStreamed(job, demo) {
    try {
        const matches = await scanLargeFile(job.abs, job.rel, demo);
        return matches === undefined
            ? { rel: job.rel, kind: 'binary' }
            : { rel: job.rel, kind: 'scanned', matches };
    }
    catch (error) {
        return unread(job.rel, error);
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/scanners/secrets.ts











/**
 * Version of the built-in detector: runguard's own (its rules ship and change with runguard),
 * so JSON, SARIF and the summary all say the one version of src/version.ts.
 */
const SECRETS_ENGINE_VERSION = version/* RUNGUARD_VERSION */.m;
/** The in-thread scan gives the event loop a turn at least this often (ms). */
const secrets_YIELD_MS = 10;
const VALIDATION_TEXT = {
    checksum: 'checksum verified',
    structure: 'structure verified',
    format: 'matches the provider format',
    context: 'matched by context',
    entropy: 'high-entropy value assigned to a secret-looking name'
};
/** The lines of a multi-line secret worth masking alone (not BEGIN/END armor, not short). */
function secretLines(value) {
    return value
        .split(/\r?\n|\\n/)
        .map(l => l.trim())
        .filter(l => l.length >= 16 && !/^-----(?:BEGIN|END) /.test(l));
}
/** Turns one engine match into a Finding; the raw value is never put in it. */
function secretFinding(m, repoPath, lineOffset = 0, commit) {
    const where = commit ? ` (added in commit ${commit.slice(0, 12)})` : '';
    const fixture = isTestFixturePath(repoPath);
    const inFixture = fixture ? ' in a test fixture' : '';
    return {
        tool: 'secrets',
        ruleId: m.ruleId,
        title: m.title,
        message: m.checksumMismatch
            ? `${m.title} lookalike ${m.masked}${inFixture} — checksum does not match a real token${where}: invented, truncated or altered. If it was cut from a real token, rotate that token; otherwise allow it with a runguard:allow comment.`
            : `${m.title} ${m.masked}${inFixture} — ${VALIDATION_TEXT[m.validation]}${where}. Revoke and rotate it, then remove it from the code.`,
        severity: m.severity,
        confidence: m.confidence,
        cwe: ['CWE-798'],
        location: {
            path: repoPath,
            startLine: m.startLine + lineOffset,
            endLine: m.endLine + lineOffset,
            startColumn: m.startColumn,
            endColumn: m.endColumn
        },
        fingerprint: m.fingerprint,
        secret: { provider: m.provider, masked: m.masked, ...(fixture ? { testFixture: true } : {}) },
        ...(m.allowedInline
            ? {
                suppressed: {
                    reason: 'runguard:allow comment on the line',
                    source: 'inline'
                }
            }
            : {})
    };
}
/**
 * Scans the working tree under ctx.paths. In a git repository, tracked files are scanned even
 * when `.gitignore` lists them, and every skip of tracked content goes to `unscanned`; outside
 * one, the skips worth hearing about (too large, too deep, unreadable) do.
 */
async function scanTree(ctx, findings, errors, register, unscanned) {
    const workspace = await promises_default().realpath(ctx.workspace);
    const roots = [];
    for (const p of ctx.paths.length ? ctx.paths : [workspace]) {
        const rel = (0,util_paths/* toRepoPath */.x)(workspace, p);
        if (rel === undefined)
            errors.push(`path ${p} is outside the workspace and was not scanned`);
        else
            roots.push(rel === '.' ? workspace : external_node_path_default().join(workspace, rel));
    }
    const demo = ctx.settings.secretsDemoCredentials;
    const workerFile = bundledWorkerFile();
    const override = ctx.env.RUNGUARD_SECRET_WORKERS;
    const planFor = (bytes) => planScan(bytes, { workerFile, ...(override === undefined ? {} : { override }) });
    // The workers start as soon as the scan will need them (at once when RUNGUARD_SECRET_WORKERS
    // asks for them, else once the walk has listed enough bytes), so their start overlaps the walk.
    let pool;
    const startPool = (bytes) => {
        if (pool)
            return;
        const plan = planFor(bytes);
        if (plan.where === 'workers')
            pool = new ScanPool({ workerFile: plan.workerFile, threads: plan.threads, demo });
    };
    try {
        if (override !== undefined && override !== '')
            startPool(Number.POSITIVE_INFINITY);
        const tracked = await (0,git/* trackedFiles */.O)({
            exec: ctx.exec,
            ...(ctx.env ? { env: ctx.env } : {}),
            logger: ctx.logger,
            cwd: workspace,
            timeoutMs: ctx.timeoutMs,
            ...(ctx.signal ? { signal: ctx.signal } : {})
        });
        const walkStarted = performance.now();
        let listed = 0;
        const { files, skipped } = await walkFiles(roots, {
            workspace,
            maxFileSize: ctx.settings.secretsMaxFileSize,
            exclude: ctx.settings.exclude,
            ...(ctx.signal ? { signal: ctx.signal } : {}),
            ...(tracked ? { tracked } : {}),
            onFile: file => {
                // Decided once, when the bytes listed so far first reach the threshold.
                if (listed < POOL_MIN_BYTES && (listed += file.size) >= POOL_MIN_BYTES)
                    startPool(listed);
            }
        });
        const unread = [];
        const onOutcome = (outcome) => {
            if (outcome.kind === 'binary')
                skipped.push({ rel: outcome.rel, reason: 'binary content', notable: false });
            else if (outcome.kind === 'unread')
                unread.push({ rel: outcome.rel, reason: outcome.reason, notable: true });
            else
                for (const m of outcome.matches) {
                    register(m.value);
                    findings.push(secretFinding(m, outcome.rel));
                }
        };
        const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
        const scanStarted = performance.now();
        ctx.logger.debug(`secrets: listed ${files.length} files (${formatBytes(totalBytes)}) in ${Math.round(scanStarted - walkStarted)} ms`);
        const plan = planFor(totalBytes);
        if (plan.where === 'workers')
            startPool(totalBytes);
        else if (pool) {
            await pool.close();
            pool = undefined;
        }
        const scanHere = (file) => scanFile(file, demo);
        if (pool) {
            ctx.logger.debug(`secrets: scanning ${files.length} files on the main thread and ${pool.size} worker thread${pool.size === 1 ? '' : 's'}`);
            await pool.run(files, { ...(ctx.signal ? { signal: ctx.signal } : {}), onOutcome, scanHere });
            // Outcomes arrive in the order the threads finish; unreadable files are listed in walk order.
            if (unread.length > 1) {
                const order = new Map(files.map((f, i) => [f.rel, i]));
                unread.sort((a, b) => (order.get(a.rel) ?? 0) - (order.get(b.rel) ?? 0));
            }
        }
        else {
            ctx.logger.debug(`secrets: scanning ${files.length} files in-thread: ${plan.where === 'in-thread' ? plan.why : ''}`);
            // Reads are synchronous (src/secrets/scan-file.ts); the event loop gets a turn every few
            // milliseconds so the other scanners' output is still read while this one scans.
            const turn = eventLoopTurns(secrets_YIELD_MS);
            for (const file of files) {
                if (ctx.signal?.aborted)
                    break;
                onOutcome(await scanHere(file));
                await turn();
            }
        }
        for (const s of [...skipped, ...unread]) {
            if (s.notable)
                errors.push(`not scanned: ${s.rel}: ${s.reason}`);
            else
                ctx.logger.debug(`secrets: skipped ${s.rel}: ${s.reason}`);
            const listed = tracked ? (s.tracked ?? tracked.has(s.rel)) : s.notable;
            if (listed)
                unscanned.push({ path: s.rel, reason: s.reason });
        }
        ctx.logger.debug(`secrets: scanned ${files.length - unread.length} files in ${Math.round(performance.now() - scanStarted)} ms`);
    }
    finally {
        await pool?.close();
    }
}
function scanHunks(hunks, ctx, findings, register) {
    const seen = new Set();
    const excluded = ctx.settings.exclude.length ? (0,match/* compileGlobs */.tI)(ctx.settings.exclude) : undefined;
    for (const hunk of hunks) {
        if (defaultSkipReason(hunk.path))
            continue;
        if (excluded?.(hunk.path))
            continue;
        for (const m of (0,engine/* scanText */.Ff)(hunk.text, {
            path: hunk.path,
            demo: ctx.settings.secretsDemoCredentials
        })) {
            register(m.value);
            // History mode sees a secret once per commit that touched it; report it once per file.
            const key = `${m.fingerprint}\0${hunk.path}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(secretFinding(m, hunk.path, hunk.startLine - 1, hunk.commit));
        }
    }
}
/** The built-in secret detector as a scanner adapter (always available, nothing to install). */
const secretsAdapter = {
    name: 'secrets',
    supportedVersions: `${SECRETS_ENGINE_VERSION}`,
    installHint: 'built in; nothing to install',
    detect() {
        return Promise.resolve({
            installed: true,
            command: [],
            version: SECRETS_ENGINE_VERSION,
            supported: true
        });
    },
    async scan(ctx) {
        const started = performance.now();
        const mode = ctx.settings.secretsScan;
        const base = {
            tool: 'secrets',
            version: SECRETS_ENGINE_VERSION,
            findings: [],
            errors: []
        };
        if (mode === 'off') {
            return { ...base, status: 'skipped', reason: 'secrets-scan is off', durationMs: 0 };
        }
        const findings = [];
        const errors = [];
        const unscanned = [];
        const registered = new Set();
        const register = (value) => {
            if (registered.has(value))
                return;
            registered.add(value);
            // A multi-line value (PEM body) is printed line by line: mask each line on its own too.
            const parts = value.includes('\n') ? [value, ...secretLines(value)] : [value];
            for (const part of parts) {
                ctx.logger.registerSecret(part);
                ctx.redactor.add(part);
            }
        };
        let command;
        try {
            if (mode === 'tree') {
                await scanTree(ctx, findings, errors, register, unscanned);
            }
            else {
                const { base: sha, source } = await (0,git/* resolveBase */.gU)(ctx.settings.baseRef, ctx.env);
                if (!sha) {
                    ctx.logger.info(`secrets: no base commit (${source}); scanning the whole working tree instead of the ${mode}`);
                    await scanTree(ctx, findings, errors, register, unscanned);
                }
                else {
                    const range = await (0,git/* addedInRange */.r4)({
                        exec: ctx.exec,
                        logger: ctx.logger,
                        cwd: ctx.workspace,
                        timeoutMs: ctx.timeoutMs,
                        ...(ctx.signal ? { signal: ctx.signal } : {})
                    }, sha, mode);
                    command = range.command;
                    errors.push(...range.problems);
                    scanHunks(range.hunks, ctx, findings, register);
                    if (range.problems.length && range.hunks.length === 0) {
                        // Without the range, scan everything: a superset is safer than silence.
                        errors.push(`${mode} scan impossible, scanned the whole working tree instead`);
                        await scanTree(ctx, findings, errors, register, unscanned);
                    }
                }
            }
        }
        catch (error) {
            return {
                ...base,
                status: 'failed',
                reason: ctx.redactor.redact(`secret scan crashed: ${error.message}`),
                durationMs: performance.now() - started,
                findings: findings,
                errors: errors.map(e => ctx.redactor.redact(e)),
                ...(unscanned.length ? { skipped: redactSkips(unscanned, ctx) } : {})
            };
        }
        // Only inline allow comments are applied here; the ignore file is applied once, by the
        // policy (src/policy/policy.ts), which also reports entries that matched nothing.
        const result = findings.sort((a, b) => a.location.path.localeCompare(b.location.path) ||
            a.location.startLine - b.location.startLine);
        return {
            ...base,
            status: ctx.signal?.aborted ? 'failed' : 'ok',
            ...(ctx.signal?.aborted ? { reason: 'cancelled' } : {}),
            durationMs: performance.now() - started,
            findings: result,
            errors: errors.map(e => ctx.redactor.redact(e)),
            ...(command ? { command } : {}),
            ...(unscanned.length ? { skipped: redactSkips(unscanned, ctx) } : {})
        };
    }
};
/** Skips in path order, with any registered secret in a file name masked. */
function redactSkips(skips, ctx) {
    return [...skips]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map(s => ({ path: ctx.redactor.redact(s.path), reason: ctx.redactor.redact(s.reason) }));
}

;// CONCATENATED MODULE: ./src/scanners/semgrep.ts









/**
 * Semgrep adapter: `semgrep scan --json` with runguard's bundled rules (rules/semgrep) plus the
 * user's `semgrepConfig`, fully offline (no metrics, no version check, no registry unless the
 * user's config names one).
 */
/** Environment that keeps Semgrep offline: no metrics, no version check (that one hangs ~100s without network). */
const SEMGREP_ENV = {
    SEMGREP_SEND_METRICS: 'off',
    SEMGREP_ENABLE_VERSION_CHECK: '0'
};
/** Per-rule-per-file timeout in seconds passed as `--timeout` (Semgrep's default is 5). */
const RULE_TIMEOUT_SECONDS = 30;
/**
 * Finds runguard's `rules/semgrep` directory by walking up from this module: from sources it is
 * `<repo>/rules/semgrep`; from the ncc bundles (dist/index.js, dist/cli/index.js) it is next to
 * dist/ in the package root.
 */
function findBundledRulesDir(from = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = external_node_path_default().resolve(from);
    for (;;) {
        const candidate = external_node_path_default().join(dir, 'rules', 'semgrep');
        try {
            if ((0,external_node_fs_.statSync)(candidate).isDirectory())
                return candidate;
        }
        catch {
            // Not here; keep walking up.
        }
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Semgrep's severities → runguard's (docs/severity.md). */
const SEVERITY_MAP = {
    CRITICAL: 'critical',
    HIGH: 'high',
    ERROR: 'high',
    MEDIUM: 'medium',
    WARNING: 'medium',
    LOW: 'low',
    // Semgrep's INFO is "worth a look", not "no risk"; SARIF treats INFO and LOW alike (note).
    INFO: 'low',
    EXPERIMENT: 'info',
    INVENTORY: 'info'
};
/**
 * Rule severity, lowered one level when the rule's metadata says confidence LOW (same rule as
 * for Bandit: the author expects false positives).
 */
function semgrepSeverity(severity, confidence) {
    const base = typeof severity === 'string' ? (SEVERITY_MAP[severity.toUpperCase()] ?? 'unknown') : 'unknown';
    return confidence === 'low' ? lowerSeverity(base) : base;
}
function confidenceOf(metadata) {
    const v = typeof metadata.confidence === 'string' ? metadata.confidence.toLowerCase() : '';
    return v === 'high' || v === 'medium' || v === 'low' ? v : undefined;
}
/** `CWE-NNN` ids from metadata.cwe, which is a string or a list of "CWE-78: title" strings. */
function cweIds(value) {
    const texts = Array.isArray(value) ? value : [value];
    const ids = new Set();
    for (const t of texts) {
        if (typeof t !== 'string')
            continue;
        for (const m of t.matchAll(/CWE-(\d+)/gi))
            ids.add(`CWE-${m[1]}`);
    }
    return [...ids];
}
function helpUriOf(metadata) {
    const refs = Array.isArray(metadata.references)
        ? metadata.references
        : [metadata.references];
    for (const candidate of [...refs, metadata.shortlink, metadata.source]) {
        if (typeof candidate === 'string' && /^https?:\/\//.test(candidate))
            return candidate;
    }
    return undefined;
}
/**
 * The dotted prefix Semgrep puts in front of rule ids from a local config (`rules/semgrep/x.yml`
 * → `rules.semgrep.`): the config's directory without `.`/`..` parts. Both the cwd-relative and
 * the absolute form are returned, longest first.
 */
function configPrefixes(configs, cwd) {
    const out = new Set();
    for (const config of configs) {
        if (/^(p|r|s)\/|^https?:|^auto$/.test(config))
            continue;
        const abs = external_node_path_default().resolve(cwd, config);
        const isFile = (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.statSync)(abs).isFile() : /\.(ya?ml|json)$/i.test(abs);
        const dir = isFile ? external_node_path_default().dirname(abs) : abs;
        for (const form of [external_node_path_default().relative(cwd, dir), dir]) {
            const dotted = form
                .split(/[\\/]+/)
                .filter(p => p !== '' && p !== '.' && p !== '..')
                .join('.');
            if (dotted !== '')
                out.add(dotted);
        }
    }
    return [...out].sort((a, b) => b.length - a.length);
}
/** Removes a config-folder prefix from a check_id (`rules.semgrep.python-x` → `python-x`). */
function stripRulePrefix(checkId, prefixes) {
    for (const p of prefixes)
        if (checkId.startsWith(`${p}.`))
            return checkId.slice(p.length + 1);
    return checkId;
}
const positionSchema = schemas/* object */.Ikc({ line: schemas/* number */.aig().int(), col: schemas/* number */.aig().int().optional() });
/** The part of Semgrep's `--json` output (cli_output, semgrep_output_v1.atd) runguard reads. */
const semgrepResultSchema = schemas/* object */.Ikc({
    check_id: schemas/* string */.YjP(),
    path: schemas/* string */.YjP(),
    start: positionSchema,
    end: positionSchema.optional(),
    extra: schemas/* object */.Ikc({
        message: schemas/* string */.YjP().optional(),
        severity: schemas/* string */.YjP().optional(),
        metadata: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
        is_ignored: schemas/* boolean */.zMY().optional()
    })
});
/** The report around the results, which are checked one by one (checkToolOutputItem). */
const semgrepOutputSchema = schemas/* object */.Ikc({
    version: schemas/* string */.YjP().optional(),
    results: schemas/* array */.YOg(schemas/* unknown */.L5J()),
    errors: schemas/* array */.YOg(schemas/* object */.Ikc({
        level: schemas/* string */.YjP().optional(),
        // A string, or an array such as ["PartialParsing", [locations…]].
        type: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* unknown */.L5J())]).optional(),
        rule_id: schemas/* string */.YjP().optional(),
        message: schemas/* string */.YjP().optional(),
        short_msg: schemas/* string */.YjP().optional(),
        long_msg: schemas/* string */.YjP().optional(),
        path: schemas/* string */.YjP().optional()
    })),
    paths: schemas/* object */.Ikc({ scanned: schemas/* array */.YOg(schemas/* string */.YjP()).optional() })
});
function position(value) {
    if (value === undefined || value.line < 1)
        return undefined;
    return {
        line: value.line,
        ...(value.col !== undefined && value.col > 0 ? { col: value.col } : {})
    };
}
/** One human line for a cli_error; `type` is a string or an array like ["PartialParsing", […]]. */
function describeError(e) {
    const type = Array.isArray(e.type) ? String(e.type[0]) : (e.type ?? 'error');
    const level = e.level ?? 'error';
    const text = [e.message, e.short_msg, e.long_msg].find(t => t !== undefined && t !== '');
    const rule = e.rule_id !== undefined ? ` (rule ${e.rule_id})` : '';
    const where = e.path !== undefined ? ` [${e.path}]` : '';
    const firstLine = (text ?? '').split('\n')[0]?.trim() ?? '';
    return `${level}: ${type}${rule}${firstLine ? `: ${firstLine}` : ''}${where}`;
}
const SEMGREP_WHAT = 'not a Semgrep JSON report';
/**
 * Reads Semgrep's report one result at a time (src/scanners/report-stream.ts): each result is
 * checked and turned into a finding when it arrives, the report around them is checked last.
 * parseSemgrepOutput and the streaming read share it, so both give the same findings.
 */
function semgrepReader(options) {
    const prefixes = options.rulePrefixes ?? [];
    const fingerprints = new Fingerprinter('semgrep');
    const findings = [];
    let outsideWorkspace = 0;
    // One rule reports one code range once: a rule whose pattern-either binds a metavariable two
    // ways (the function name and the variable name) yields the same match twice, with two
    // messages; the first is kept.
    const matched = new Set();
    const pool = new StringPool();
    const repoPathOf = repoPathResolver(options.workspace, pool);
    return {
        frameKeys: Object.keys(semgrepOutputSchema.shape),
        result(value, i) {
            const r = checkToolOutputItem(semgrepResultSchema, value, `results[${i}]`, SEMGREP_WHAT);
            const extra = r.extra;
            // nosemgrep-ed results only appear with --disable-nosem; they do not count.
            if (extra.is_ignored === true)
                return;
            const range = `${r.check_id}\0${r.path}\0${r.start.line}:${r.start.col ?? 0}-${r.end?.line ?? 0}:${r.end?.col ?? 0}`;
            if (matched.has(range))
                return;
            matched.add(range);
            const repoPath = repoPathOf(r.path);
            if (repoPath === undefined || repoPath === '.') {
                outsideWorkspace++;
                return;
            }
            const start = position(r.start) ?? { line: 1 };
            const end = position(r.end);
            const metadata = extra.metadata ?? {};
            const ruleId = pool.get(stripRulePrefix(r.check_id, prefixes));
            const confidence = confidenceOf(metadata);
            const message = extra.message?.trim() || ruleId;
            const title = [metadata.shortDescription, metadata.title, metadata.name].find((t) => typeof t === 'string' && t !== '') ?? ruleId;
            const content = (options.readLines
                ? codeAt(options.readLines, repoPath, start.line, end?.line ?? start.line)
                : undefined) ?? message;
            const helpUri = helpUriOf(metadata);
            findings.push({
                tool: 'semgrep',
                ruleId,
                title: pool.get(title),
                message,
                severity: semgrepSeverity(extra.severity, confidence),
                ...(confidence ? { confidence } : {}),
                cwe: cweIds(metadata.cwe).map(c => pool.get(c)),
                location: {
                    path: repoPath,
                    startLine: start.line,
                    ...(end && end.line > start.line ? { endLine: end.line } : {}),
                    ...(start.col !== undefined ? { startColumn: start.col } : {}),
                    ...(end?.col !== undefined ? { endColumn: end.col } : {})
                },
                ...(helpUri ? { helpUri: pool.get(helpUri) } : {}),
                fingerprint: fingerprints.next(ruleId, repoPath, content)
            });
        },
        finish(frame) {
            const output = output_schema_checkToolOutput(semgrepOutputSchema, frame, SEMGREP_WHAT);
            const errors = output.errors.map(describeError);
            const fatalErrors = output.errors.filter(e => e.level === 'error').map(describeError);
            return {
                findings,
                errors,
                fatalErrors,
                ...(output.version !== undefined ? { version: output.version } : {}),
                outsideWorkspace
            };
        }
    };
}
/**
 * Parses Semgrep's `--json` output (cli_output) held whole. Throws ToolOutputError when it is
 * not such an object.
 */
function parseSemgrepOutput(json, options) {
    // The report's shape first, so a wrong document is named as such before any result is read.
    const output = checkToolOutput(semgrepOutputSchema, json, SEMGREP_WHAT);
    const reader = semgrepReader(options);
    output.results.forEach((r, i) => reader.result(r, i));
    return reader.finish({ ...output, results: [] });
}
/** Semgrep's documented exit codes besides 0 (error.py / Exit_code.mli). */
const EXIT_MEANING = {
    2: 'fatal error',
    4: 'invalid rule pattern',
    5: 'unparsable rule YAML',
    7: 'missing or invalid config',
    8: 'invalid language in a rule',
    13: 'invalid API token',
    14: 'scan failed'
};
/** Every `--config` passed to Semgrep, bundled rules first. Undefined when the bundle is missing. */
function semgrepConfigs(ctx, bundled = findBundledRulesDir()) {
    const configs = [];
    if (!ctx.settings.semgrepNoDefaultRules) {
        if (bundled === undefined)
            return undefined;
        configs.push(bundled);
    }
    configs.push(...ctx.settings.semgrepConfig);
    return configs;
}
/** The argv after the command (cwd = workspace, targets relative to it). */
function semgrepArgs(ctx, configs, skip = []) {
    const args = [
        'scan',
        '--json',
        '--metrics=off',
        '--disable-version-check',
        // Bare rule ids; configPrefixes() still strips prefixes if a Semgrep ignores this.
        '--no-rewrite-rule-ids',
        `--timeout=${RULE_TIMEOUT_SECONDS}`,
        // Semgrep's own default, stated so the bound runguard lists skips against is the same.
        `--max-target-bytes=${SEMGREP_MAX_TARGET_BYTES}`
    ];
    for (const c of configs)
        args.push('--config', c);
    const excludes = [
        ...skipped_dirs/* SKIPPED_DIRS */.K,
        ...ctx.settings.exclude,
        ...reportFiles(ctx).map(f => `/${f}`),
        ...skip.map(p => `/${literalGlob(p)}`)
    ];
    for (const e of [...new Set(excludes)])
        args.push('--exclude', e);
    // `--` so a path that starts with `-` is never read as an option.
    args.push('--');
    for (const p of ctx.paths) {
        const rel = external_node_path_default().relative(ctx.workspace, p).split((external_node_path_default()).sep).join('/');
        args.push(rel === '' ? '.' : rel);
    }
    return args;
}
const semgrep_SUPPORTED_VERSIONS = '>=1.38.0 <2';
/** Semgrep skips larger targets itself (its default); runguard lists them. */
const SEMGREP_MAX_TARGET_BYTES = 1_000_000;
const SEMGREP = {
    tool: 'semgrep',
    // Every name: a link to a device or FIFO is excluded whatever it is called; large files are
    // listed when they are source files (Semgrep skips them itself, data files included).
    targets: {
        maxBytes: SEMGREP_MAX_TARGET_BYTES,
        listLarge: name => /\.(?:pyw?|pyi|js|jsx|mjs|cjs|ts|tsx|html?|j2|jinja2?)$/i.test(name)
    },
    plan: (ctx, skip) => {
        const configs = semgrepConfigs(ctx);
        if (configs === undefined) {
            return {
                unavailable: "runguard's bundled Semgrep rules (rules/semgrep) were not found next to the program"
            };
        }
        return {
            args: semgrepArgs(ctx, configs, skip),
            env: { ...ctx.env, ...SEMGREP_ENV },
            reader: () => semgrepReader({
                workspace: ctx.workspace,
                readLines: createLineReader(ctx.workspace),
                rulePrefixes: configPrefixes(configs, ctx.workspace)
            })
        };
    },
    // 0 = ran (findings do not change it without --error); 1 = findings with --error;
    // 3 = a target failed to parse (fatal only with --strict). All three carry a full report.
    reportExitCodes: [0, 1, 3],
    exitMeaning: EXIT_MEANING
};
const semgrepAdapter = {
    name: 'semgrep',
    supportedVersions: semgrep_SUPPORTED_VERSIONS,
    installHint: 'pipx install semgrep',
    detect(ctx) {
        return detectTool(ctx, {
            tool: 'semgrep',
            command: ['semgrep'],
            versionArgs: ['--version', '--disable-version-check'],
            supportedVersions: semgrep_SUPPORTED_VERSIONS,
            env: { ...ctx.env, ...SEMGREP_ENV }
        });
    },
    scan(ctx, detection) {
        return runCodeScanner(SEMGREP, ctx, detection);
    }
};

;// CONCATENATED MODULE: ./src/scanners/registry.ts





/**
 * Every scanner runguard knows, in TOOL_NAMES order (docs/architecture.md, "How to add a
 * scanner"). A test checks that each
 * adapter file in this folder is listed here and that the names agree with TOOL_NAMES.
 */
const SCANNERS = [
    banditAdapter,
    semgrepAdapter,
    safetyAdapter,
    osvScannerAdapter,
    secretsAdapter
];

;// CONCATENATED MODULE: ./src/scanners/run.ts









/** The adapters that read ScanContext.components (to point findings at the pinning line). */
const READS_INVENTORY = new Set(['osv-scanner', 'safety']);
/** Extra time past toolTimeout before the orchestrator stops waiting for an adapter. */
const ORCHESTRATOR_GRACE_MS = 5_000;
/**
 * Checks the scanner settings a user can get wrong before anything runs, so a mistake is a
 * ConfigurationError (exit 2) and not five failed tools.
 */
function validateScanSettings(settings) {
    const workspace = external_node_path_default().resolve(settings.workspace);
    const paths = settings.paths.map(p => {
        const abs = external_node_path_default().resolve(workspace, p);
        if ((0,util_paths/* toRepoPath */.x)(workspace, abs) === undefined) {
            throw new src_errors/* ConfigurationError */.j1(`paths: '${p}' is outside the workspace ${workspace}; list paths inside the repository`, { field: 'paths', value: p });
        }
        if (!(0,external_node_fs_.existsSync)(abs)) {
            throw new src_errors/* ConfigurationError */.j1(`paths: '${p}' does not exist in ${workspace}; fix or remove it`, {
                field: 'paths',
                value: p
            });
        }
        return abs;
    });
    if (settings.scanners.includes('semgrep')) {
        if (settings.semgrepConfig.includes('auto')) {
            throw new src_errors/* ConfigurationError */.j1("semgrepConfig: 'auto' needs Semgrep's metrics, which runguard always turns off; name rule files or packs (e.g. p/python) instead", { field: 'semgrepConfig', value: 'auto' });
        }
        if (settings.semgrepNoDefaultRules && settings.semgrepConfig.length === 0) {
            throw new src_errors/* ConfigurationError */.j1('semgrepNoDefaultRules is on but semgrepConfig is empty, so Semgrep would have no rules; add a semgrepConfig or turn semgrepNoDefaultRules off', { field: 'semgrepNoDefaultRules', value: true });
        }
    }
    return { workspace, paths };
}
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker()));
    return results;
}
function emptyRun(tool, status, reason, durationMs = 0) {
    return { tool, status, reason, durationMs: Math.round(durationMs), findings: [], errors: [] };
}
/**
 * Runs every selected scanner and returns one ToolRun per tool, in `settings.scanners` order.
 * Throws only ConfigurationError (from validateScanSettings), before any tool starts.
 */
async function runScanners(opts) {
    const { settings, logger, redactor } = opts;
    const targets = validateScanSettings(settings);
    const adapters = opts.adapters ?? SCANNERS;
    const install = opts.install ?? installTool;
    // Relative to the workspace, like every other path setting (not to wherever runguard started).
    const toolsDir = external_node_path_default().resolve(targets.workspace, settings.toolsDir);
    // Repository content never runs: not from tools-dir, not from a PATH entry in the workspace.
    (0,tool_path/* checkToolsDir */.xW)(toolsDir, targets.workspace);
    // runguard's pinned tools first, then the caller's PATH without workspace entries; the program
    // a name resolves to is checked again after symlinks (a refusal fails that tool).
    const pathFor = (env) => (0,tool_path/* trustedPath */.zu)(env.PATH ?? env.Path ?? '', toolBinDirs(toolsDir), targets.workspace);
    const exec = async (command, args, options = {}) => {
        const env = options.env ?? opts.env;
        const PATH = pathFor(env);
        (0,tool_path/* resolveTool */.Hj)(command, PATH, targets.workspace);
        return opts.exec(command, args, { ...options, env: { ...env, PATH } });
    };
    const timeoutMs = settings.toolTimeout * 1000;
    const components = Promise.resolve(opts.components);
    // Marked handled here: a failed inventory fails the tools that read it (and the caller, who
    // awaits it too), never the process through an unhandled rejection.
    components.catch(() => undefined);
    const runOne = async (tool) => {
        const started = performance.now();
        const elapsed = () => performance.now() - started;
        const adapter = adapters.find(a => a.name === tool);
        if (!adapter)
            return emptyRun(tool, 'failed', `runguard has no adapter for ${tool}`);
        if (opts.signal?.aborted)
            return emptyRun(tool, 'skipped', 'the scan was cancelled before it started');
        const controller = new AbortController();
        const onAbort = () => controller.abort();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        let ctx = {
            settings,
            workspace: targets.workspace,
            paths: targets.paths,
            exec,
            env: opts.env,
            logger,
            redactor,
            // Filled in before scan() for the tools that read it; no other adapter looks at it.
            components: [],
            ...(opts.installed ? { installed: opts.installed } : {}),
            timeoutMs,
            signal: controller.signal,
            ...((opts.cacheDetection ?? opts.exec === src_exec/* execFile */.S)
                ? { detectCache: { dir: toolsDir, pathFor } }
                : {})
        };
        try {
            let detection = await adapter.detect(ctx);
            let installNote = '';
            if (!detection.installed && settings.installTools) {
                const result = await install(tool, {
                    settings,
                    exec,
                    env: opts.env,
                    logger,
                    redactor,
                    signal: controller.signal,
                    ...(opts.download ? { download: opts.download } : {})
                });
                logger.info(redactor.redact(result.message));
                if (result.ok)
                    detection = await adapter.detect(ctx);
                else
                    installNote = `; installing it into ${toolsDir} failed: ${result.message}`;
            }
            if (!detection.installed) {
                const reason = `${tool} is not installed; install with: ${adapter.installHint}${installNote}`;
                return emptyRun(tool, settings.requireTools ? 'failed' : 'skipped', redactor.redact(reason), elapsed());
            }
            if (detection.warning)
                logger.warning(`${tool}: ${detection.warning}`);
            const pinned = PINNED_VERSIONS[tool];
            if (pinned && detection.version && detection.version !== pinned)
                logger.warning(`${tool}: running ${detection.version} from PATH; runguard pins ${pinned} (scripts/setup.sh or \`runguard install-tools\` installs it into ${toolsDir}, where it is preferred)`);
            if (READS_INVENTORY.has(tool))
                ctx = { ...ctx, components: await components };
            const scanStarted = performance.now();
            let timer;
            // The adapter's exec enforces timeoutMs; this guard covers adapters that never return
            // (in-process scanners, a stuck pipe) and tells the adapter to stop.
            const guard = new Promise(resolve => {
                timer = setTimeout(() => {
                    controller.abort();
                    resolve({
                        ...emptyRun(tool, 'timed-out', `${tool} did not finish within ${settings.toolTimeout}s and was stopped`, performance.now() - scanStarted),
                        ...(detection.version ? { version: detection.version } : {})
                    });
                }, timeoutMs + ORCHESTRATOR_GRACE_MS);
            });
            const scanned = adapter.scan(ctx, detection).catch((e) => ({
                ...emptyRun(tool, 'failed', `${tool} adapter error: ${(0,src_errors/* errorMessage */.gJ)(e)}`, performance.now() - scanStarted),
                ...(detection.version ? { version: detection.version } : {})
            }));
            const run = await Promise.race([scanned, guard]);
            clearTimeout(timer);
            if (opts.signal?.aborted && run.status === 'failed') {
                return { ...run, reason: `the scan was cancelled; ${run.reason ?? ''}`.trim() };
            }
            return run;
        }
        catch (e) {
            // detect() or the installer threw: a bug or an environment problem, still only this tool.
            return emptyRun(tool, 'failed', `${tool}: ${(0,src_errors/* errorMessage */.gJ)(e)}`, elapsed());
        }
        finally {
            opts.signal?.removeEventListener('abort', onAbort);
        }
    };
    // Slowest first, so the long pole starts at once and the quick tools fill the other slots;
    // results still come back in settings.scanners order.
    const order = startOrder(settings.scanners);
    const heartbeat = new Heartbeat(logger, 'scanners', opts.heartbeatMs ?? 10_000);
    const started = await mapBounded(order, settings.maxParallel, async (tool) => {
        heartbeat.start(tool);
        const run = await runOne(tool).finally(() => heartbeat.finish(tool));
        const clean = {
            ...run,
            ...(run.reason !== undefined ? { reason: redactor.redact(run.reason) } : {}),
            errors: run.errors.map(e => redactor.redact(e))
        };
        const seconds = (clean.durationMs / 1000).toFixed(1);
        const label = `${tool}${clean.version ? ` ${clean.version}` : ''}`;
        if (clean.status === 'ok') {
            logger.info(`${label}: ${clean.findings.length} finding(s) in ${seconds}s`);
        }
        else {
            logger.warning(`${label}: ${clean.status}${clean.reason ? ` — ${clean.reason}` : ''}`);
        }
        return clean;
    }).finally(() => heartbeat.stop());
    return settings.scanners.map(tool => started[order.indexOf(tool)]);
}
/**
 * Typical run time, slowest first (measured on real projects, docs/benchmarks.md): Semgrep's
 * start-up alone is seconds, Bandit walks every file, Safety and OSV-Scanner read a lock file
 * or two, the built-in secret detector runs in this process and is started last so it never
 * delays spawning the others.
 */
const TYPICAL_COST = ['semgrep', 'bandit', 'safety', 'osv-scanner', 'secrets'];
/** `tools` in the order they start: slowest first, unknown tools after the known ones. */
function startOrder(tools) {
    const rank = (t) => {
        const i = TYPICAL_COST.indexOf(t);
        return i < 0 ? TYPICAL_COST.length : i;
    };
    return [...new Set(tools)].sort((a, b) => rank(a) - rank(b));
}


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};

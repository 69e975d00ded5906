export const id = 602;
export const ids = [602];
export const modules = {

/***/ 90602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadInTurn: () => (/* binding */ loadInTurn),
  prepareScanners: () => (/* binding */ prepareScanners),
  runScanners: () => (/* binding */ runScanners)
});

// UNUSED EXPORTS: startOrder, validateScanSettings

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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
// EXTERNAL MODULE: ./src/scanners/support.ts
var support = __webpack_require__(46528);
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
    const tail = (0,support/* stderrTail */.be)(result.stderr || result.stdout, redactor, 5);
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

// EXTERNAL MODULE: ./src/util/paths.ts
var util_paths = __webpack_require__(24964);
;// CONCATENATED MODULE: ./src/scanners/registry.ts
/**
 * Every scanner runguard knows, in TOOL_NAMES order (docs/architecture.md, "How to add a
 * scanner"), each loaded when its tool first runs: an adapter brings what only that tool needs
 * (the CVSS calculator, fflate, the secret detector's file walk), and in the bundle each is a
 * chunk of its own, so the first tool is spawned before the others' code is read and compiled.
 * A test checks that each adapter file in this folder is listed here, that the names agree
 * with TOOL_NAMES and that each entry loads the adapter its file exports.
 */
const SCANNERS = {
    bandit: async () => (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(5497), __webpack_require__.e(9014), __webpack_require__.e(5749)]).then(__webpack_require__.bind(__webpack_require__, 5749))).banditAdapter,
    semgrep: async () => (await Promise.all(/* import() */[__webpack_require__.e(5497), __webpack_require__.e(9014), __webpack_require__.e(4520)]).then(__webpack_require__.bind(__webpack_require__, 44520))).semgrepAdapter,
    safety: async () => (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(4353), __webpack_require__.e(174), __webpack_require__.e(3393)]).then(__webpack_require__.bind(__webpack_require__, 93393))).safetyAdapter,
    'osv-scanner': async () => (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(4353), __webpack_require__.e(1306), __webpack_require__.e(174), __webpack_require__.e(2376)]).then(__webpack_require__.bind(__webpack_require__, 12376))).osvScannerAdapter,
    secrets: async () => (await Promise.all(/* import() */[__webpack_require__.e(8759), __webpack_require__.e(384), __webpack_require__.e(4898)]).then(__webpack_require__.bind(__webpack_require__, 24898))).secretsAdapter
};

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
            throw new errors/* ConfigurationError */.j1(`paths: '${p}' is outside the workspace ${workspace}; list paths inside the repository`, { field: 'paths', value: p });
        }
        if (!(0,external_node_fs_.existsSync)(abs)) {
            throw new errors/* ConfigurationError */.j1(`paths: '${p}' does not exist in ${workspace}; fix or remove it`, {
                field: 'paths',
                value: p
            });
        }
        return abs;
    });
    if (settings.scanners.includes('semgrep')) {
        if (settings.semgrepConfig.includes('auto')) {
            throw new errors/* ConfigurationError */.j1("semgrepConfig: 'auto' needs Semgrep's metrics, which runguard always turns off; name rule files or packs (e.g. p/python) instead", { field: 'semgrepConfig', value: 'auto' });
        }
        if (settings.semgrepNoDefaultRules && settings.semgrepConfig.length === 0) {
            throw new errors/* ConfigurationError */.j1('semgrepNoDefaultRules is on but semgrepConfig is empty, so Semgrep would have no rules; add a semgrepConfig or turn semgrepNoDefaultRules off', { field: 'semgrepNoDefaultRules', value: true });
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
/** The registry's adapters loaded so far (each is loaded when its tool first runs). */
const loadedAdapters = new Map();
let loading = Promise.resolve();
/**
 * Runs `load` (an import) once the loads already queued here are done: jest's ESM loader fails
 * on concurrent imports that share modules. The adapters load through it in start order, and so
 * may a stage that loads its code while the scanners run (pipeline.ts: the inventory).
 */
function loadInTurn(load) {
    const next = loading.then(load);
    loading = next.catch(() => undefined);
    return next;
}
/** Loads a tool's adapter (registry.ts) in turn. */
function loadAdapter(tool) {
    const load = SCANNERS[tool];
    if (!load)
        return Promise.resolve(undefined);
    return loadInTurn(async () => {
        const adapter = await load();
        loadedAdapters.set(tool, adapter);
        return adapter;
    });
}
/**
 * Loads the adapter of the tool that starts first. Awaited before the other stages start
 * (pipeline.ts), so runScanners spawns that tool at once: the first line anything logs builds
 * the secret detector for redaction (~20 ms), and that line must not come before the spawn.
 * A failed load is reported on the tool's ToolRun when it runs.
 */
async function prepareScanners(tools) {
    const first = startOrder(tools)[0];
    if (first !== undefined && !loadedAdapters.has(first))
        await loadAdapter(first).catch(() => undefined);
}
/**
 * Runs every selected scanner and returns one ToolRun per tool, in `settings.scanners` order.
 * Throws only ConfigurationError (from validateScanSettings), before any tool starts.
 */
async function runScanners(opts) {
    const { settings, logger, redactor } = opts;
    const targets = validateScanSettings(settings);
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
    /**
     * `announce` logs "<tool>: started". It is called right after the tool's first process is
     * spawned (or its scan begins, for one that spawns nothing), not before: the line is redacted,
     * and the run's first redaction builds the secret detector (~20 ms), which then overlaps the
     * first tool instead of delaying its start. Any other line of the tool's comes after it.
     */
    const runOne = async (tool, announce) => {
        const started = performance.now();
        const elapsed = () => performance.now() - started;
        // A loaded adapter is taken without an await: the first tool's (prepareScanners) is then
        // spawned within this call, before another stage can log.
        let adapter = opts.adapters
            ? opts.adapters.find(a => a.name === tool)
            : loadedAdapters.get(tool);
        if (!adapter && !opts.adapters) {
            try {
                adapter = await loadAdapter(tool);
            }
            catch (e) {
                return emptyRun(tool, 'failed', `${tool}: its adapter did not load: ${(0,errors/* errorMessage */.gJ)(e)}`);
            }
        }
        if (!adapter)
            return emptyRun(tool, 'failed', `runguard has no adapter for ${tool}`);
        if (opts.signal?.aborted)
            return emptyRun(tool, 'skipped', 'the scan was cancelled before it started');
        const controller = new AbortController();
        const onAbort = () => controller.abort();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        // execFile spawns before it returns, so the line follows the spawn.
        const toolExec = (command, args, options) => {
            const running = exec(command, args, options);
            announce();
            return running;
        };
        let ctx = {
            settings,
            workspace: targets.workspace,
            paths: targets.paths,
            exec: toolExec,
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
                    exec: toolExec,
                    env: opts.env,
                    logger,
                    redactor,
                    signal: controller.signal,
                    ...(opts.download ? { download: opts.download } : {})
                });
                announce();
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
            const pinned = PINNED_VERSIONS[tool];
            const warnings = [
                ...(detection.warning ? [`${tool}: ${detection.warning}`] : []),
                ...(pinned && detection.version && detection.version !== pinned
                    ? [
                        `${tool}: running ${detection.version} from PATH; runguard pins ${pinned} (scripts/setup.sh or \`runguard install-tools\` installs it into ${toolsDir}, where it is preferred)`
                    ]
                    : [])
            ];
            if (warnings.length > 0)
                announce();
            for (const w of warnings)
                logger.warning(w);
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
                ...emptyRun(tool, 'failed', `${tool} adapter error: ${(0,errors/* errorMessage */.gJ)(e)}`, performance.now() - scanStarted),
                ...(detection.version ? { version: detection.version } : {})
            }));
            announce();
            const run = await Promise.race([scanned, guard]);
            clearTimeout(timer);
            if (opts.signal?.aborted && run.status === 'failed') {
                return { ...run, reason: `the scan was cancelled; ${run.reason ?? ''}`.trim() };
            }
            return run;
        }
        catch (e) {
            // detect() or the installer threw: a bug or an environment problem, still only this tool.
            return emptyRun(tool, 'failed', `${tool}: ${(0,errors/* errorMessage */.gJ)(e)}`, elapsed());
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
        let announced = false;
        const announce = () => {
            if (announced)
                return;
            announced = true;
            heartbeat.start(tool);
        };
        // A tool that never got to spawn anything (no adapter, not installed) is announced here.
        const run = await runOne(tool, announce).finally(() => {
            announce();
            heartbeat.finish(tool);
        });
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

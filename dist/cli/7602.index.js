export const id = 7602;
export const ids = [7602,4660];
export const modules = {

/***/ 54660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Heartbeat: () => (/* binding */ Heartbeat),
/* harmony export */   STATUS_REDRAW_MS: () => (/* binding */ STATUS_REDRAW_MS),
/* harmony export */   StatusLine: () => (/* binding */ StatusLine)
/* harmony export */ });
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


/***/ }),

/***/ 97602:
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
// EXTERNAL MODULE: ./src/progress.ts
var progress = __webpack_require__(54660);
// EXTERNAL MODULE: ./src/trust/tool-path.ts
var tool_path = __webpack_require__(97060);
// EXTERNAL MODULE: ./src/scanners/install.ts
var scanners_install = __webpack_require__(27296);
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
    bandit: async () => (await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(3292), __webpack_require__.e(5497), __webpack_require__.e(9014), __webpack_require__.e(5749)]).then(__webpack_require__.bind(__webpack_require__, 5749))).banditAdapter,
    semgrep: async () => (await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(5497), __webpack_require__.e(9014), __webpack_require__.e(4520)]).then(__webpack_require__.bind(__webpack_require__, 44520))).semgrepAdapter,
    safety: async () => (await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(4353), __webpack_require__.e(174), __webpack_require__.e(3154), __webpack_require__.e(3393)]).then(__webpack_require__.bind(__webpack_require__, 93393))).safetyAdapter,
    'osv-scanner': async () => (await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(4353), __webpack_require__.e(1306), __webpack_require__.e(174), __webpack_require__.e(3154), __webpack_require__.e(2376)]).then(__webpack_require__.bind(__webpack_require__, 12376))).osvScannerAdapter,
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
    const install = opts.install ?? scanners_install.installTool;
    // Relative to the workspace, like every other path setting (not to wherever runguard started).
    const toolsDir = external_node_path_default().resolve(targets.workspace, settings.toolsDir);
    // Repository content never runs: not from tools-dir, not from a PATH entry in the workspace.
    (0,tool_path/* checkToolsDir */.xW)(toolsDir, targets.workspace);
    // runguard's pinned tools first, then the caller's PATH without workspace entries; the program
    // a name resolves to is checked again after symlinks (a refusal fails that tool).
    const pathFor = (env) => (0,tool_path/* trustedPath */.zu)(env.PATH ?? env.Path ?? '', (0,scanners_install/* toolBinDirs */.sj)(toolsDir), targets.workspace);
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
            ...((opts.cacheDetection ?? opts.exec === src_exec.execFile)
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
            const pinned = scanners_install/* PINNED_VERSIONS */.h4[tool];
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
    const heartbeat = new progress.Heartbeat(logger, 'scanners', opts.heartbeatMs ?? 10_000);
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


/***/ })

};

export const id = 5720;
export const ids = [5720,6999,1178,3190,1495,5118];
export const modules = {

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   execFile: () => (/* binding */ execFile)
/* harmony export */ });
/* unused harmony export STREAM_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_MAX_BUFFER = 512 * 1024 * 1024;
const KILL_GRACE_MS = 2000;
/** How long the output of an exited program may stay open (held by a process it started). */
const STREAM_GRACE_MS = 2000;
/**
 * The text of a stream's chunks, which are let go on the way: a report of tens of MB was held
 * three times over (the chunks, their concatenation, the string) for as long as the child
 * process object lived.
 */
function text(chunks) {
    const whole = Buffer.concat(chunks);
    chunks.length = 0;
    return whole.toString('utf8');
}
/**
 * Runs a program with an argument array in its own process group and never throws for a
 * non-zero exit: each caller maps exit codes itself (docs/architecture.md, "Processes").
 */
const execFile = (command, args, options = {}) => new Promise(resolve => {
    const started = performance.now();
    const max = options.maxBufferBytes ?? DEFAULT_MAX_BUFFER;
    const out = [];
    const err = [];
    let outBytes = 0;
    let errBytes = 0;
    let truncated = false;
    let timedOut = false;
    let settled = false;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        // Own process group so a timeout kills grandchildren too.
        detached: process.platform !== 'win32',
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true
    });
    const killGroup = (sig) => {
        if (child.pid === undefined)
            return;
        try {
            if (process.platform !== 'win32')
                process.kill(-child.pid, sig);
            else
                child.kill(sig);
        }
        catch {
            // Already gone.
        }
    };
    const stop = () => {
        killGroup('SIGTERM');
        setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref();
    };
    const timer = options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs)
        : undefined;
    const onAbort = () => stop();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const onStdout = options.onStdout;
    child.stdout.on('data', (chunk) => {
        if (outBytes + chunk.length > max)
            truncated = true;
        else if (onStdout)
            onStdout(chunk);
        else
            out.push(chunk);
        outBytes += chunk.length;
    });
    child.stderr.on('data', (chunk) => {
        if (errBytes + chunk.length > max)
            truncated = true;
        else
            err.push(chunk);
        errBytes += chunk.length;
    });
    child.stdin.on('error', () => {
        // The program may exit without reading stdin (EPIPE); that is not our failure.
    });
    child.stdin.end(options.input ?? undefined);
    const finish = (result) => {
        if (settled)
            return;
        settled = true;
        if (timer)
            clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        resolve({
            exitCode: null,
            signal: null,
            stdout: text(out),
            stderr: text(err),
            timedOut,
            truncated,
            durationMs: performance.now() - started,
            ...result
        });
    };
    child.on('error', e => finish({ spawnError: e.message }));
    child.on('close', (code, signal) => finish({ exitCode: code, signal }));
    // 'close' waits for every holder of the pipes: a daemon the tool left behind (or a
    // grandchild that setsid'd) would keep runguard waiting forever.
    child.once('exit', (code, signal) => {
        const held = setTimeout(() => {
            killGroup('SIGKILL');
            child.stdout.destroy();
            child.stderr.destroy();
            finish({ exitCode: code, signal, streamsHeldOpen: true });
        }, STREAM_GRACE_MS);
        child.once('close', () => clearTimeout(held));
    });
});


/***/ }),

/***/ 20817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ notComparedWithBaseline),
/* harmony export */   Sh: () => (/* binding */ validateRegressionThresholds),
/* harmony export */   XY: () => (/* binding */ saveBaseline),
/* harmony export */   dp: () => (/* binding */ REGRESSION_SLACK),
/* harmony export */   mI: () => (/* binding */ DEFAULT_REGRESSION_METRICS),
/* harmony export */   oU: () => (/* binding */ loadBaseline),
/* harmony export */   qW: () => (/* binding */ evaluateRegressions)
/* harmony export */ });
/* unused harmony exports regressionMetrics, baselineWarnings */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);
/* harmony import */ var _util_write_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37238);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89424);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6059);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73443);







/**
 * Metrics checked against a baseline by default: all lower-is-better, all meaningful for a
 * script. cpu_max/cpu_min, minor faults and context switches are left out: they swing with
 * scheduler noise on shared runners and rarely mean a regression.
 * Any metric named in `regressionThresholds` is checked too.
 */
const DEFAULT_REGRESSION_METRICS = [
    'execution_time_seconds',
    'user_time_seconds',
    'system_time_seconds',
    'cpu_avg',
    'memory_max_mb',
    'memory_avg_mb',
    'num_threads',
    'num_fds',
    'stdout_size_bytes',
    'stderr_size_bytes',
    'page_faults_major',
    'block_io_read_bytes',
    'block_io_write_bytes'
];
/**
 * Absolute slack per metric, in the metric's unit: a change smaller than this never fails,
 * however large in percent (0.02 s → 0.04 s is +100% and pure noise). Unlisted metrics: 0.
 */
const REGRESSION_SLACK = {
    execution_time_seconds: 0.05,
    user_time_seconds: 0.05,
    system_time_seconds: 0.05,
    cpu_avg: 5, // percentage points
    cpu_max: 5,
    cpu_min: 5,
    memory_max_mb: 5,
    memory_avg_mb: 5,
    memory_min_mb: 5,
    num_threads: 2,
    num_fds: 2,
    stdout_size_bytes: 1024,
    stderr_size_bytes: 1024,
    stdout_lines: 10,
    stderr_lines: 10,
    page_faults_major: 10,
    page_faults_minor: 1000,
    voluntary_context_switches: 100,
    involuntary_context_switches: 100,
    block_io_read_bytes: 1024 * 1024,
    block_io_write_bytes: 1024 * 1024
};
/** Metrics that cannot be compared as "lower is better". */
const NOT_REGRESSION_METRICS = ['exit_code', 'success'];
/**
 * Checks `regressionThresholds` keys: an unknown or non-comparable metric is a configuration
 * error (never silently ignored).
 */
function validateRegressionThresholds(thresholds) {
    for (const key of Object.keys(thresholds)) {
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .isMetricName */ .M8)(key)) {
            const hint = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(key, _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_NAMES */ .Uw);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`regression-thresholds names unknown metric '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}; use one of ${DEFAULT_REGRESSION_METRICS.join(', ')}`, { field: 'regressionThresholds', value: key });
        }
        if (NOT_REGRESSION_METRICS.includes(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`regression-thresholds cannot apply to '${key}' (it is not lower-is-better); gate it with e.g. '${key === 'success' ? 'success==true' : 'exit_code==0'}' instead`, { field: 'regressionThresholds', value: key });
        }
    }
}
const signedPercent = (p) => Number.isFinite(p) ? `${p >= 0 ? '+' : ''}${p.toFixed(1)}%` : '+inf%';
/** The metrics a regression check compares: the defaults plus those with their own threshold. */
function regressionMetrics(options) {
    const overrides = options.thresholds ?? {};
    return [
        ...DEFAULT_REGRESSION_METRICS,
        ...Object.keys(overrides).filter((m) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .isMetricName */ .M8)(m) && !DEFAULT_REGRESSION_METRICS.includes(m))
    ];
}
/**
 * Regression gates: current (median over repeats) against baseline (its median when it had
 * several runs). A metric fails only when it grew by more than its threshold percent AND by
 * more than its absolute slack, i.e. `actual > max(baseline × (1 + t/100), baseline + slack)`;
 * that effective limit is the GateResult's `limit`. A baseline of 0 therefore fails only when
 * the current value exceeds the slack. Metrics missing on either side, or not observed in this
 * run (null), are skipped (notComparedWithBaseline names the latter).
 */
function evaluateRegressions(current, baseline, options) {
    const overrides = options.thresholds ?? {};
    validateRegressionThresholds(overrides);
    const out = [];
    for (const metric of regressionMetrics(options)) {
        const was = baseline[metric];
        const now = current[metric];
        if (was === undefined || was === null || now === null)
            continue;
        if (!Number.isFinite(was) || !Number.isFinite(now))
            continue;
        const thresholdPct = overrides[metric] ?? options.threshold;
        const slack = REGRESSION_SLACK[metric] ?? 0;
        const limit = Math.max(was * (1 + thresholdPct / 100), was + slack);
        const passed = now <= limit;
        const change = was === 0 ? (now === 0 ? 0 : Infinity) : ((now - was) / Math.abs(was)) * 100;
        const slackNote = passed && now > was * (1 + thresholdPct / 100)
            ? `, within slack ${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatNumber */ .ZV)(metric, slack)}`
            : '';
        out.push({
            gate: `regression: ${metric}`,
            kind: 'regression',
            metric,
            op: '<=',
            limit,
            actual: now,
            baseline: was,
            passed,
            message: `${metric} was ${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatNumber */ .ZV)(metric, was)}, now ${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatNumber */ .ZV)(metric, now)} (${signedPercent(change)}, limit ${thresholdPct}%${slackNote})`
        });
    }
    return out;
}
/**
 * The regression metrics the baseline has but this run did not observe (null): skipped, and
 * said so in one warning rather than compared as 0.
 */
function notComparedWithBaseline(current, baseline, options, why) {
    const skipped = regressionMetrics(options).filter(m => current[m] === null && typeof baseline[m] === 'number');
    return skipped.length === 0
        ? []
        : [`${skipped.join(', ')} not compared with the baseline: ${why}`];
}
/**
 * Loads the `baseline` file. A missing file is the normal first run: a warning, never a
 * failure. Anything else unreadable or not a metrics JSON is a
 * ConfigurationError. A baseline from another kind of machine is a warning.
 */
async function loadBaseline(path, current) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            return {
                status: 'missing',
                warnings: [`no baseline yet at ${path}; run with save-baseline to record one`]
            };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot read baseline ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, {
            field: 'baseline',
            value: path
        });
    }
    // The metrics JSON validator (ajv) loads only when there is a baseline to check: every
    // `run` evaluates its gates through this module.
    const { parseMetricsJson } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(356)]).then(__webpack_require__.bind(__webpack_require__, 50356));
    const baseline = parseMetricsJson(text, path);
    return { status: 'loaded', baseline, warnings: baselineWarnings(baseline, current) };
}
/** Warnings about comparing against this baseline (machine differences, unknown machine). */
function baselineWarnings(baseline, current) {
    if (!current)
        return [];
    if (!baseline.fingerprint) {
        return [
            `baseline ${baseline.path} records no runner fingerprint; regressions may reflect a different machine`
        ];
    }
    const diffs = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprintDifferences */ .$)(baseline.fingerprint, current);
    return diffs.length === 0
        ? []
        : [
            `baseline ${baseline.path} was recorded on a different runner (${diffs.join('; ')}); regression results may be noise`
        ];
}
/** Writes the metrics JSON text (formatMetricsJson) as the next baseline, creating parent dirs. */
async function saveBaseline(path, metricsJsonText, root) {
    await (0,_util_write_file_js__WEBPACK_IMPORTED_MODULE_3__.writeTextFile)(path, metricsJsonText, root);
}


/***/ }),

/***/ 89424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ fingerprintDifferences),
/* harmony export */   T: () => (/* binding */ collectFingerprint)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/** The current machine's fingerprint; the Python version is passed in (it needs an exec). */
function collectFingerprint(extra = {}) {
    const cpus = node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus();
    return {
        os: process.platform,
        osRelease: node_os__WEBPACK_IMPORTED_MODULE_0___default().release(),
        arch: process.arch,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        cores: cpus.length,
        node: process.versions.node,
        ...(extra.python === undefined ? {} : { python: extra.python })
    };
}
const major = (version) => version.replace(/^v/, '').split('.')[0] ?? version;
/**
 * Differences that make a baseline comparison less trustworthy, one line each (empty = same
 * kind of machine). osRelease is ignored; Node only by major version (it does not run the
 * script); Python only when both sides know it.
 */
function fingerprintDifferences(baseline, current) {
    const out = [];
    const check = (field, was, now) => {
        if (was !== undefined && now !== undefined && was !== now)
            out.push(`${field} was ${String(was)}, now ${String(now)}`);
    };
    check('os', baseline.os, current.os);
    check('arch', baseline.arch, current.arch);
    check('cpu model', baseline.cpuModel, current.cpuModel);
    check('cores', baseline.cores, current.cores);
    if (baseline.node !== undefined)
        check('node major', major(baseline.node), major(current.node));
    check('python', baseline.python, current.python);
    return out;
}


/***/ }),

/***/ 6059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M8: () => (/* binding */ isMetricName),
/* harmony export */   XL: () => (/* binding */ gateFromLegacy),
/* harmony export */   Xi: () => (/* binding */ parseGate),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);

const OPS = ['<=', '>=', '==', '!=', '<', '>'];
const GATE_RE = /^\s*([a-z_][a-z0-9_]*)\s*(<=|>=|==|!=|<|>|:)\s*(-?\d+(?:\.\d+)?|true|false)\s*$/i;
function isMetricName(name) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw.includes(name);
}
/**
 * Parses `cpu_max:90` (seed form, meaning `<=`), `memory_max_mb<=1024`, `exit_code==0`,
 * `success==true`. Returns an error string instead of throwing so the caller can say where
 * the value came from. An unknown metric is always an error, never a silent pass.
 */
function parseGate(text) {
    const m = GATE_RE.exec(text);
    if (!m) {
        return {
            error: `'${text}' is not a gate; expected <metric><op><number> with op one of ${OPS.join(' ')} or ':' (e.g. memory_max_mb<=1024, cpu_max:90)`
        };
    }
    const [, name = '', rawOp = '', rawLimit = ''] = m;
    const metric = name.toLowerCase();
    if (!isMetricName(metric)) {
        const hint = closest(metric, _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw);
        return {
            error: `unknown metric '${name}' in gate '${text}'${hint ? ` (did you mean '${hint}'?)` : ''}; known metrics: ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw.join(', ')}`
        };
    }
    const op = rawOp === ':' ? '<=' : rawOp;
    const limit = rawLimit === 'true' ? 1 : rawLimit === 'false' ? 0 : Number(rawLimit);
    return { metric, op, limit, text: `${metric} ${op} ${rawLimit}` };
}
/** The legacy config form `{metric_name, max_value | min_value}`. */
function gateFromLegacy(entry) {
    const specs = [];
    if (entry.max_value !== undefined)
        specs.push(`${entry.metric_name}<=${entry.max_value}`);
    if (entry.min_value !== undefined)
        specs.push(`${entry.metric_name}>=${entry.min_value}`);
    if (specs.length === 0)
        return { error: `gate for '${entry.metric_name}' needs max_value or min_value` };
    const out = [];
    for (const s of specs) {
        const g = parseGate(s);
        if ('error' in g)
            return g;
        out.push(g);
    }
    return out;
}
/** Levenshtein-nearest candidate within distance 3, for "did you mean". */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = levenshtein(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return bestDistance <= Math.max(3, Math.floor(word.length / 3)) ? best : undefined;
}
function levenshtein(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}


/***/ }),

/***/ 86999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ redactingLogger),
/* harmony export */   StderrLogger: () => (/* binding */ StderrLogger)
/* harmony export */ });
/** CLI logger: everything to stderr so stdout stays clean for `--format json`. */
class StderrLogger {
    verbose;
    write;
    /** Present when stderr is a terminal that shows a live status line (see Logger.status). */
    status;
    constructor(verbose = false, write = line => process.stderr.write(line + '\n'), status) {
        this.verbose = verbose;
        this.write = write;
        if (status)
            this.status = status;
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${message}`);
    }
    debugEnabled() {
        return this.verbose;
    }
    info(message) {
        this.write(message);
    }
    warning(message, props) {
        this.write(`warning: ${where(props)}${message}`);
    }
    error(message, props) {
        this.write(`error: ${where(props)}${message}`);
    }
    registerSecret(_value) {
        // The CLI has no log masking service; redaction happens before anything is printed.
    }
}
function where(props) {
    if (!props?.file)
        return '';
    return props.startLine ? `${props.file}:${props.startLine}: ` : `${props.file}: `;
}
/** Wraps a logger so every message and annotation title passes through one redaction function. */
function redactingLogger(inner, redact) {
    const props = (p) => p?.title === undefined ? p : { ...p, title: redact(p.title) };
    return {
        // A debug line nobody will see is not redacted (the detector runs on each line).
        debug: m => {
            if (inner.debugEnabled?.() !== false)
                inner.debug(redact(m));
        },
        ...(inner.debugEnabled ? { debugEnabled: () => inner.debugEnabled?.() !== false } : {}),
        info: m => inner.info(redact(m)),
        warning: (m, p) => inner.warning(redact(m), props(p)),
        error: (m, p) => inner.error(redact(m), props(p)),
        registerSecret: v => inner.registerSecret(v),
        // Not redacted: a title is a constant (PhaseTitle). The Action's first lines are titles, and
        // the first text redacted builds the secret detector (~20 ms), which would otherwise be
        // built before the first scanner starts instead of while it runs.
        ...(inner.phase ? { phase: (title, options) => inner.phase?.(title, options) } : {}),
        ...(inner.status
            ? { status: text => inner.status?.(text === undefined ? text : redact(text)) }
            : {})
    };
}


/***/ }),

/***/ 55720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exec.ts
var src_exec = __webpack_require__(73190);
// EXTERNAL MODULE: ./src/gates/baseline.ts
var gates_baseline = __webpack_require__(20817);
// EXTERNAL MODULE: ./src/gates/budget.ts
var budget = __webpack_require__(27451);
// EXTERNAL MODULE: ./src/gates/stats.ts
var stats = __webpack_require__(81179);
;// CONCATENATED MODULE: ./src/gates/evaluate.ts



/**
 * All performance gates of one run, pure: budgets on the aggregated runs (median when
 * repeat > 1; worst run for exit_code/success) and regressions against the baseline's median.
 */
function evaluatePerformance(input) {
    // Checked even without a baseline: a typo must not wait for the second run to surface.
    (0,gates_baseline/* validateRegressionThresholds */.Sh)(input.regressionThresholds ?? {});
    const aggregate = (0,stats/* aggregateRuns */.a1)(input.runs);
    const specs = input.implicitGates === false ? [...input.specs] : (0,budget/* withImplicitGates */.yH)(input.specs);
    const gates = (0,budget/* evaluateBudgetGates */.br)(specs, aggregate);
    const why = notObservedReason(input.runs);
    const unchecked = (0,budget/* uncheckedBudgets */.zU)(specs, aggregate, why);
    const skipped = [];
    if (input.baseline) {
        const options = {
            threshold: input.regressionThreshold,
            thresholds: input.regressionThresholds ?? {}
        };
        gates.push(...(0,gates_baseline/* evaluateRegressions */.qW)(aggregate.values, input.baseline.values, options));
        skipped.push(...(0,gates_baseline/* notComparedWithBaseline */.EN)(aggregate.values, input.baseline.values, options, why));
    }
    const statistics = (0,stats/* computeStatistics */.Dh)(input.runs);
    const anyNull = Object.values(aggregate.values).some(v => v === null);
    return {
        gates,
        aggregate,
        ...(anyNull ? { notObserved: why } : {}),
        statistics,
        unchecked,
        warnings: [
            ...unchecked.map(budget/* uncheckedWarning */.bb),
            ...skipped,
            ...noiseWarnings(gates, statistics, input)
        ]
    };
}
/** Why the runs' null metrics were not observed (the measurement says; model.ts). */
function notObservedReason(runs) {
    return (runs.find(r => r.measurement.notObserved !== undefined)?.measurement.notObserved ??
        'not observed');
}
/**
 * A regression that fails while the metric's own spread between runs (CV) is larger than its
 * threshold is not trustworthy: the change is within the noise ("inconclusive"). It still fails —
 * silently passing would hide real regressions — but the warning says how to firm it up.
 */
function noiseWarnings(gates, statistics, input) {
    if (input.runs.length < 2)
        return [];
    const out = [];
    for (const g of gates) {
        if (g.kind !== 'regression' || g.passed)
            continue;
        const cvPct = (statistics[g.metric]?.cv ?? 0) * 100;
        const threshold = input.regressionThresholds?.[g.metric] ?? input.regressionThreshold;
        if (cvPct > threshold) {
            out.push(`${g.metric} varies ${cvPct.toFixed(1)}% between runs (CV), more than its ${threshold}% regression threshold; the regression may be noise (raise repeat or the threshold)`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/gates/fingerprint.ts
var gates_fingerprint = __webpack_require__(89424);
// EXTERNAL MODULE: ./src/gates/verdict.ts
var gates_verdict = __webpack_require__(94281);
;// CONCATENATED MODULE: ./src/inventory/environment-summary.ts
/** One summary of a read environment. */
function summarizeEnvironment(inv) {
    const nodes = [...inv.graph.nodes.values()];
    const count = (r) => nodes.filter(n => n.relationship === r).length;
    return {
        how: inv.environment.target.how,
        pythonVersion: inv.environment.pythonVersion,
        packages: inv.environment.packages.length,
        direct: count('direct'),
        transitive: count('transitive'),
        unlisted: count('unlisted'),
        optional: nodes.filter(n => n.optional).length,
        unknownLicenses: inv.environment.packages
            .filter(p => p.license.expression === undefined)
            .map(p => `${p.name} ${p.version}`),
        mismatches: inv.mismatches.map(m => `${m.component.file}:${m.component.line}: ${m.component.name} pinned ${m.component.version ?? '?'}, installed ${m.installed}`),
        ...(inv.runtime ? { runtime: inv.runtime } : {})
    };
}
/** Dependency findings counted by where their package sits in the environment. */
function findingsByRelationship(findings) {
    const out = {};
    for (const f of findings) {
        const r = f.dependency?.relationship ?? (f.dependency ? 'manifest only' : undefined);
        if (r !== undefined)
            out[r] = (out[r] ?? 0) + 1;
    }
    return out;
}

// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(86999);
// EXTERNAL MODULE: ./src/policy/baseline-sarif.ts
var baseline_sarif = __webpack_require__(17175);
// EXTERNAL MODULE: ./src/policy/ignore-file.ts
var ignore_file = __webpack_require__(33329);
// EXTERNAL MODULE: ./src/secrets/git.ts
var git = __webpack_require__(85069);
;// CONCATENATED MODULE: ./src/trust/inline-suppressions.ts

/**
 * Inline suppressions the change itself adds (SECURITY.md, promise 4): a `# nosec` silences Bandit, a
 * `nosemgrep` comment Semgrep, `runguard:allow` the secret detector, each on its own line and
 * nowhere near the ignore file a reviewer watches. The lines the change adds (`git diff -U0
 * <base> HEAD`, the secret detector's diff mode) are searched for them, and each one is listed
 * in the summary and the PR comment. Only the marker and the rule ids after it are quoted,
 * never the rest of the line: a `runguard:allow` line usually holds the value it allows.
 */
/** Longest list of added suppressions shown; the rest are counted. */
const INLINE_SUPPRESSIONS_SHOWN = 30;
// Bandit: `#nosec`, `# nosec B602,B607`; Semgrep: `nosemgrep`, `nosemgrep: rule.id, other`
// after any comment leader; runguard's own allow comment.
const MARKER = /#\s*nosec\b(?:[ \t:]+[A-Z]\d{3}(?:[ \t]*,[ \t]*[A-Z]\d{3})*)?|(?:(?:#|\/\/)[ \t]*)?\bnosemgrep\b(?:[ \t]*:[ \t]*[\w.-]+(?:[ \t]*,[ \t]*[\w.-]+)*)?|runguard:allow\b/gi;
/** The suppressions on the lines of `hunks` (pure; tested on its own). */
function suppressionsIn(hunks) {
    const out = [];
    for (const hunk of hunks) {
        hunk.text.split('\n').forEach((text, i) => {
            // A minified or generated line is not read past its first 10,000 characters.
            for (const m of text.slice(0, 10_000).matchAll(MARKER))
                out.push({ path: hunk.path, line: hunk.startLine + i, marker: m[0].replace(/\s+/g, ' ') });
        });
    }
    return out;
}
/** Summary lines for the suppressions: one each up to the cap, then how many more. */
function describeAddedSuppressions(found) {
    const lines = found
        .slice(0, INLINE_SUPPRESSIONS_SHOWN)
        .map(s => `inline suppression added by this change: ${s.path}:${s.line}: ${s.marker}`);
    if (found.length > INLINE_SUPPRESSIONS_SHOWN)
        lines.push(`inline suppressions added by this change: ${found.length - INLINE_SUPPRESSIONS_SHOWN} more not listed (${found.length} in all)`);
    return lines;
}
/**
 * The summary lines for the inline suppressions the change adds relative to `base`. When the
 * diff cannot be had, one line says so: a reviewer must know the list is missing, not empty.
 */
async function addedInlineSuppressions(deps) {
    const range = await (0,git/* addedInRange */.r4)({
        exec: deps.exec,
        logger: deps.logger,
        cwd: deps.workspace,
        timeoutMs: 60_000,
        ...(deps.signal ? { signal: deps.signal } : {})
    }, deps.base, 'diff');
    const lines = describeAddedSuppressions(suppressionsIn(range.hunks));
    if (range.problems.length > 0)
        lines.push(`inline suppressions added by this change could not all be listed: ${range.problems.join('; ')}`);
    return lines;
}

// EXTERNAL MODULE: ./src/trust/trusted-config.ts
var trusted_config = __webpack_require__(38752);
// EXTERNAL MODULE: ./src/policy/policy.ts
var policy_policy = __webpack_require__(26658);
// EXTERNAL MODULE: ./src/redact.ts + 1 modules
var redact = __webpack_require__(65118);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/gates/units.ts
var units = __webpack_require__(73443);
;// CONCATENATED MODULE: ./src/report/metrics-json.ts



/** Builds the metrics JSON object (pure). */
function buildMetricsJson(input) {
    const reported = input.attempts.at(-1);
    if (!reported)
        throw new Error('buildMetricsJson needs at least one attempt');
    const runs = input.runs && input.runs.length > 0 ? input.runs : [reported];
    const seed = Object.fromEntries(model/* METRIC_NAMES */.Uw.map(m => [m, reported[m]]));
    return {
        schemaVersion: 2,
        runguardVersion: input.runguardVersion,
        generatedAt: input.generatedAt ?? new Date().toISOString(),
        ...seed,
        attempt: reported.attempt,
        startedAt: reported.startedAt,
        timedOut: reported.timedOut,
        ...(reported.cancelled ? { cancelled: true } : {}),
        ...(reported.signal === undefined ? {} : { signal: reported.signal }),
        attempts: [...input.attempts],
        runs: runs.map(({ samples: _samples, ...rest }) => rest),
        statistics: (0,stats/* computeStatistics */.Dh)(runs),
        gates: [...input.gates],
        measurement: reported.measurement,
        fingerprint: input.fingerprint,
        units: { ...units/* METRIC_UNITS */.jv }
    };
}
/** The metrics JSON as text (2-space indented, trailing newline). */
function formatMetricsJson(input) {
    return `${JSON.stringify(buildMetricsJson(input), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/policy/severity.ts
var severity = __webpack_require__(23863);
;// CONCATENATED MODULE: ./src/report/charts.ts
/**
 * The timeline charts of the summary: the attempt's samples bucketed to a bounded number of
 * points and drawn as mermaid line charts (GitHub renders them in Markdown).
 */
/** Points per chart; mermaid draws every point, so long runs are bucketed. */
const MAX_CHART_POINTS = 100;
/**
 * Buckets samples into at most `maxPoints` equal time slices, keeping each slice's peak (a
 * spike must survive downsampling); empty slices repeat the previous value so the points stay
 * evenly spaced, which is what a numeric mermaid x-axis assumes.
 */
function downsampleSamples(samples, maxPoints = MAX_CHART_POINTS) {
    const valid = samples
        .filter(s => Number.isFinite(s.t) && Number.isFinite(s.cpu) && Number.isFinite(s.rssMb))
        .sort((a, b) => a.t - b.t);
    if (valid.length === 0 || maxPoints < 1)
        return [];
    const n = Math.min(maxPoints, valid.length);
    const first = valid[0].t;
    const span = valid[valid.length - 1].t - first;
    if (span <= 0) {
        const cpu = Math.max(...valid.map(s => s.cpu));
        const rssMb = Math.max(...valid.map(s => s.rssMb));
        return [{ t: first, cpu, rssMb }];
    }
    const buckets = new Array(n);
    for (const s of valid) {
        const i = Math.min(n - 1, Math.floor(((s.t - first) / span) * n));
        const b = buckets[i];
        if (b) {
            b.cpu = Math.max(b.cpu, s.cpu);
            b.rssMb = Math.max(b.rssMb, s.rssMb);
        }
        else
            buckets[i] = { cpu: s.cpu, rssMb: s.rssMb };
    }
    const points = [];
    let prev = { cpu: valid[0].cpu, rssMb: valid[0].rssMb };
    for (let i = 0; i < n; i++) {
        prev = buckets[i] ?? prev;
        points.push({ t: first + ((i + 1) * span) / n, cpu: prev.cpu, rssMb: prev.rssMb });
    }
    return points;
}
const round1 = (n) => String(Math.round(n * 10) / 10);
function mermaidLineChart(title, yLabel, points, pick) {
    const values = points.map(pick);
    const top = Math.max(1, Math.ceil(Math.max(...values) * 1.1));
    const endSeconds = Math.max(0.1, points[points.length - 1].t / 1000);
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis "time (s)" 0 --> ${round1(endSeconds)}`,
        `    y-axis "${yLabel}" 0 --> ${top}`,
        `    line [${values.map(round1).join(', ')}]`,
        '```'
    ].join('\n');
}
/** The two timeline charts, or '' when the attempt has no samples. */
function renderCharts(metrics) {
    const points = downsampleSamples(metrics?.samples ?? []);
    if (points.length === 0)
        return '';
    return [
        // No `%` in chart text: mermaid reads `%%` as a comment start.
        mermaidLineChart('CPU (100 = one core)', 'percent', points, p => p.cpu),
        '',
        mermaidLineChart('Memory (RSS, MiB)', 'MiB', points, p => p.rssMb)
    ].join('\n');
}
/** A chart label: mermaid reads `"` as the end of a label and `%%` as a comment. */
const label = (text) => text.replace(/["%\\\r\n]/g, ' ').slice(0, 60);
/**
 * A mermaid line chart of a series over runs (the history section): `values` is drawn as a line
 * (a missing value repeats the previous one: mermaid has no gaps), the last point (this run) is
 * marked by a bar — none when this run has no value (not observed: the title says so instead of
 * marking a repeated one) — and each `extra` series (the trend limit) is another line.
 */
function mermaidSeriesChart(title, labels, values, extra) {
    let previous = values.find((v) => v !== null) ?? 0;
    const filled = values.map(v => (v === null ? previous : (previous = v)));
    const all = [...filled, ...extra.flatMap(e => e.values)].filter(Number.isFinite);
    const top = Math.max(...all, 0);
    const bottom = Math.min(...all, 0);
    const fmt = (n) => String(Number(n.toPrecision(6)));
    const thisRunMissing = values.length > 0 && values[values.length - 1] === null;
    const marker = filled.map((v, i) => (i === filled.length - 1 && !thisRunMissing ? v : 0));
    const heading = thisRunMissing ? `${title}, this run not sampled` : title;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${label(heading)}"`,
        `    x-axis [${labels.map(l => `"${label(l)}"`).join(', ')}]`,
        `    y-axis "${label(title)}" ${fmt(bottom)} --> ${fmt(top === bottom ? top + 1 : top * 1.1)}`,
        `    bar [${marker.map(fmt).join(', ')}]`,
        `    line [${filled.map(fmt).join(', ')}]`,
        ...extra.map(e => `    line [${e.values.map(fmt).join(', ')}]`),
        '```'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown building blocks shared by the job summary and the PR comment: escaping that makes
 * tool output inert, table cells and rows, number and duration formatting, safe links.
 */
/** Longest table cell, in characters, before it is cut with `…`. */
const CELL_MAX_CHARS = 240;
/** Longest list line (reasons, warnings), in characters. */
const LINE_MAX_CHARS = 1_000;
/**
 * Makes any text inert in GitHub markdown: HTML entities for `& < >`, backslashes for inline
 * syntax (emphasis, code, links, tables, strike-through, math), a zero-width space after `@`
 * and before issue numbers so tool output never pings people or links issues (Renovate does
 * the same), and an escaped first character when it would start a block (heading, list).
 */
function markdown_escapeMarkdown(text) {
    let out = text
        .replace(/\r\n?|\n/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, '\\$&')
        // `#` before `@`: the entity inserted after `@` itself contains `#8203`.
        .replace(/#(?=\d)/g, '#&#8203;')
        // Only an `@` that could start a mention (not after a letter, digit, `.`, `-` or `/`): a
        // copied `go install …/osv-scanner@v2.5.0` or `user@host` must keep working.
        .replace(/(?<![\w.\-/])@/g, '@&#8203;');
    // A backslash is only an escape before punctuation: `1\.` not `\1.` for ordered lists.
    if (/^[#+=-]/.test(out))
        out = '\\' + out;
    return out.replace(/^(\d+)([.)])/, '$1\\$2');
}
/** Escapes and shortens text for a table cell or list item. */
function markdown_cell(text, max = CELL_MAX_CHARS) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const short = [...flat].length > max ? [...flat].slice(0, max - 1).join('') + '…' : flat;
    return markdown_escapeMarkdown(short);
}
/** Numbers without float noise: at most 3 decimals, trailing zeros dropped. */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return String(n);
    return String(Math.round(n * 1000) / 1000);
}
/** `850 ms`, `12.3 s`, `2 min 05 s`; `—` when not a duration. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    const m = Math.floor(s / 60);
    return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
}
/** An http(s) URL usable as a markdown link destination, or undefined. */
function markdown_safeUrl(url) {
    if (!url)
        return undefined;
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return undefined;
        return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
    }
    catch {
        return undefined;
    }
}
/** `https://github.com/o/r/blob/<sha>/<path>#L3-L5`, or undefined when either part is unusable. */
function blobUrl(repoUrl, sha, path, startLine, endLine) {
    if (!repoUrl || !sha || !/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    let base;
    try {
        base = new URL(repoUrl);
    }
    catch {
        return undefined;
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:')
        return undefined;
    const root = base.href.replace(/\/+$/, '');
    const file = path
        .split('/')
        .filter(p => p !== '' && p !== '.' && p !== '..')
        .map(encodeURIComponent)
        .join('/');
    let anchor = '';
    if (startLine !== undefined && startLine > 0) {
        anchor = `#L${startLine}`;
        if (endLine !== undefined && endLine > startLine)
            anchor += `-L${endLine}`;
    }
    // Parentheses would end a markdown link destination early.
    return `${root}/blob/${sha}/${file}${anchor}`.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
/** One GFM table row. */
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A GFM table from a header and already rendered rows. */
function table(header, rows) {
    return [row(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows].join('\n');
}
/** The note under a section cut to fit the size limit ('' when nothing was cut). */
function more(kept, total, what) {
    return kept < total
        ? `\n\n_…and ${total - kept} more ${what} (omitted to fit the size limit)._`
        : '';
}

;// CONCATENATED MODULE: ./src/report/trend-section.ts



/** Charts at most; the rest are listed by name (a summary must stay readable). */
const MAX_TREND_CHARTS = 6;
const MAX_DELTA_ROWS = 10;
const byRank = (a, b) => model/* SEVERITY_RANK */.f3[b.severity] - model/* SEVERITY_RANK */.f3[a.severity] ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
function deltaTable(title, list) {
    if (list.length === 0)
        return '';
    const rows = [...list]
        .sort(byRank)
        .slice(0, MAX_DELTA_ROWS)
        .map(f => row([
        markdown_escapeMarkdown(f.severity),
        markdown_escapeMarkdown(f.tool),
        markdown_cell(f.ruleId, 80),
        markdown_cell(`${f.path}:${f.line}`, 200)
    ]));
    const more = list.length > rows.length ? `\n\n… and ${list.length - rows.length} more` : '';
    return `**${title}**\n\n` + table(['Severity', 'Tool', 'Rule', 'Location'], rows) + more;
}
/** The section's markdown, or '' when there is nothing to show. */
function renderTrendSection(s, maxCharts = MAX_TREND_CHARTS) {
    if (!s)
        return '';
    const parts = ['### History and trend'];
    const status = s.recorded
        ? `This run was recorded in ${markdown_cell(s.store, 200)} (${s.runs} earlier trend run(s) of this category).`
        : `Compared with ${s.runs} trend run(s) in ${markdown_cell(s.store, 200)}; this run was not recorded.`;
    parts.push(status);
    const labels = Array.from({ length: s.points }, (_, i) => i === s.points - 1 ? 'this run' : String(i - s.points + 1));
    const shown = s.metrics.slice(0, maxCharts);
    if (s.points >= 2) {
        for (const m of shown) {
            const title = `${m.metric}${m.failed ? ' (trend regression)' : ''}`;
            const extra = [];
            if (m.limit !== undefined)
                extra.push({ name: 'limit', values: labels.map(() => m.limit) });
            parts.push(mermaidSeriesChart(title, labels, m.values, extra));
        }
        if (s.metrics.length > shown.length)
            parts.push(`_More metrics in the history: ${s.metrics
                .slice(shown.length)
                .map(m => markdown_escapeMarkdown(m.metric))
                .join(', ')}_`);
        if (s.findings && s.findings.some(v => v !== null))
            parts.push(mermaidSeriesChart('findings that count', labels, s.findings, []));
    }
    const gated = shown.filter(m => m.median !== undefined);
    if (gated.length)
        parts.push(table(['Metric', 'This run', 'Rolling median', 'Trend limit'], gated.map(m => row([
            `${m.failed ? '❌' : '✅'} ${markdown_escapeMarkdown(m.metric)}`,
            formatNumber(m.values[m.values.length - 1] ?? NaN),
            formatNumber(m.median),
            formatNumber(m.limit)
        ]))));
    if (s.delta) {
        const { since } = s.delta;
        parts.push(`**Findings since the last trend run** (${markdown_cell(since, 120)}): ${s.delta.new.length} new, ${s.delta.fixed.length} fixed.`);
        const added = deltaTable('New findings', s.delta.new);
        const gone = deltaTable('Fixed findings', s.delta.fixed);
        if (added)
            parts.push(added);
        if (gone)
            parts.push(gone);
    }
    if (s.notes.length)
        parts.push(s.notes.map(n => `- ${markdown_cell(n, 300)}`).join('\n'));
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/trim.ts
/**
 * Trimming a rendered document to a size budget (the job summary's bytes, the PR comment's
 * characters): sections are cut in a fixed order, each in turn to the most rows that fit
 * (binary search) while later sections stay whole; a section that cannot fit even when empty
 * goes to zero and the next one is cut.
 */
/** Fits `render(plan)` under `fits` by cutting the sections of `order`, first one first. */
function trim_trimToFit(full, order, render, fits) {
    let text = render(full);
    if (fits(text))
        return { plan: { ...full }, text, fits: true };
    const plan = { ...full };
    for (const key of order) {
        const total = plan[key];
        plan[key] = 0;
        text = render(plan);
        if (!fits(text))
            continue;
        let lo = 0;
        let hi = total;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(render({ ...plan, [key]: mid })))
                lo = mid;
            else
                hi = mid - 1;
        }
        plan[key] = lo;
        return { plan, text: render(plan), fits: true };
    }
    return { plan, text, fits: false };
}
/** UTF-8 length: GitHub's job summary limit is in bytes. */
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * The last resort when even the skeleton is too big (e.g. thousands of tools): `text` cut at a
 * line boundary so that it and `note` together take at most `maxBytes`.
 */
function cutAtLine(text, note, maxBytes) {
    let cut = text;
    while (cut.length > 0 && utf8Bytes(cut) + utf8Bytes(note) > maxBytes) {
        const over = utf8Bytes(cut) + utf8Bytes(note) - maxBytes;
        cut = cut.slice(0, Math.max(0, cut.length - Math.max(over, 1)));
        const nl = cut.lastIndexOf('\n');
        cut = nl > 0 ? cut.slice(0, nl) : '';
    }
    return cut + note;
}

;// CONCATENATED MODULE: ./src/report/summary.ts







const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const DEFAULT_TOP_FINDINGS = 20;
/** Hidden marker that identifies runguard's sticky PR comment. */
const PR_COMMENT_MARKER = '<!-- runguard:verdict -->';
/** GitHub rejects comment bodies of 65,536 characters or more; stay clearly below. */
const PR_COMMENT_MAX_CHARS = 65_000;
// ── ranking ──────────────────────────────────────────────────────────────────────────────
// Code-unit order, not localeCompare: the same on every machine, and far faster on 50k findings.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Most severe first (SEVERITY_RANK), then tool name, location, rule: a stable total order. */
function compareFindings(a, b) {
    return (model/* SEVERITY_RANK */.f3[b.severity] - model/* SEVERITY_RANK */.f3[a.severity] ||
        cmp(a.tool, b.tool) ||
        cmp(a.location.path, b.location.path) ||
        a.location.startLine - b.location.startLine ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.fingerprint, b.fingerprint));
}
/**
 * The first `k` items of a stable sort by `compare` (ties keep input order), without sorting or
 * copying all of them: the summary shows ten of what may be 100,000 findings.
 */
function firstSorted(items, k, compare) {
    if (k >= items.length)
        return [...items].sort(compare);
    const top = [];
    if (k <= 0)
        return top;
    for (const item of items) {
        // Not before the last kept one: a tie goes after it, as a stable sort would put it.
        if (top.length === k && compare(item, top[k - 1]) >= 0)
            continue;
        // After every kept item that is not greater (stable), before the first that is.
        let lo = 0;
        let hi = top.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (compare(top[mid], item) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        top.splice(lo, 0, item);
        if (top.length > k)
            top.pop();
    }
    return top;
}
function locationText(f, repoUrl, sha) {
    const { path, startLine, endLine } = f.location;
    const label = markdown_cell(`${path}:${startLine}`);
    const url = blobUrl(repoUrl, sha, path, startLine, endLine);
    return url ? `[${label}](${url})` : label;
}
/**
 * Severity cell: the CVSS score when there is one, what `unknown` counts as, and where the
 * severity came from (the record whose vector was scored, or the tool that rated it higher).
 */
function severityText(f, unknownSeverity) {
    const score = f.advisory?.cvssScore !== undefined ? ` ${f.advisory.cvssScore.toFixed(1)}` : '';
    // `unknown (counts as high)`: the label every channel shares (policy/severity.ts).
    const { label } = (0,severity/* presentSeverity */.nc)(f.severity, unknownSeverity ?? 'unknown');
    const source = f.severitySource ? `<br>${markdown_cell(f.severitySource, 160)}` : '';
    return `${SEVERITY_ICON[f.severity]} ${label}${score}${source}`;
}
/** What a finding says, in one line. Secret findings show only provider and masked preview. */
function findingText(f) {
    if (f.tool === 'secrets' || f.secret) {
        const provider = f.secret?.provider ?? 'secret';
        const masked = f.secret?.masked ?? '…';
        const fixture = f.secret?.testFixture ? ', test fixture' : '';
        return `${f.title} (${provider}: ${masked}${fixture})`;
    }
    const advisory = f.advisory ? ` [${f.advisory.id}]` : '';
    const pkg = f.package ? ` ${f.package.name} ${f.package.version}` : '';
    return `${f.message}${pkg}${advisory}`;
}
// ── the summary ──────────────────────────────────────────────────────────────────────────
const SEVERITY_ICON = {
    critical: '🟥',
    high: '🟧',
    medium: '🟨',
    low: '🟦',
    info: '⬜',
    unknown: '❔'
};
const STATUS_ICON = {
    ok: '✅',
    skipped: '⏭️',
    failed: '❌',
    'timed-out': '⏱️'
};
const TRIM_ORDER = [
    'top',
    'chart',
    'unscanned',
    'expiring',
    'runs',
    'warnings',
    'gates',
    'tools',
    'reasons'
];
function prepare(input, maxTop) {
    const counted = input.counted ?? input.findings.filter(f => !f.suppressed);
    // What fails the gate first, then most severe: the reviewer's reading order.
    const effective = (f) => (0,severity/* treatedAs */.oC)(f.severity, input.unknownSeverity ?? 'unknown');
    const fails = (f) => input.failOn !== undefined &&
        input.failOn !== 'none' &&
        model/* SEVERITY_RANK */.f3[effective(f)] >= model/* SEVERITY_RANK */.f3[input.failOn]
        ? 1
        : 0;
    const top = firstSorted(counted, Math.max(0, maxTop), (a, b) => fails(b) - fails(a) || compareFindings(a, b));
    // Failing gates first so trimming drops passing ones before any failure.
    const gates = [...input.gates].sort((a, b) => Number(a.passed) - Number(b.passed));
    const warnings = [...new Set([...input.verdict.warnings, ...input.warnings])];
    const expiring = [...(input.expiringSuppressions ?? [])].sort((a, b) => cmp(a.expires, b.expires));
    const runs = input.runs && input.runs.length > 1 ? input.runs : [];
    const { repoUrl, sha } = input;
    const unscanned = input.toolRuns.flatMap(r => (r.skipped ?? []).map(s => ({ tool: r.tool, ...s })));
    const rows = {
        reasons: input.verdict.reasons.map(r => `- ${markdown_cell(r, LINE_MAX_CHARS)}`),
        gates: gates.map(g => row([
            markdown_cell(g.gate),
            formatNumber(g.actual),
            `${markdown_escapeMarkdown(g.op)} ${formatNumber(g.limit)}`,
            g.baseline === undefined ? '—' : formatNumber(g.baseline),
            g.passed ? '✅ pass' : '❌ fail',
            markdown_cell(g.message)
        ])),
        top: top.map(f => row([
            severityText(f, input.unknownSeverity),
            markdown_escapeMarkdown(f.tool),
            markdown_cell(f.ruleId, 80),
            locationText(f, repoUrl, sha),
            markdown_cell(findingText(f))
        ])),
        tools: input.toolRuns.map(r => {
            // A tool that did not finish has no finding count: it must never read as "0 findings".
            const findings = r.status === 'ok' ? String(r.findings.length) : '—';
            const why = [r.reason, r.errors.length ? `${r.errors.length} tool error(s)` : undefined]
                .filter((x) => Boolean(x))
                .join('; ');
            return row([
                markdown_escapeMarkdown(r.tool),
                r.version ? markdown_cell(r.version, 40) : '—',
                `${STATUS_ICON[r.status]} ${r.status}`,
                formatDuration(r.durationMs),
                findings,
                why ? markdown_cell(why) : ''
            ]);
        }),
        // Capped before rendering: a tree of 100k skipped images must not cost 100k rows of work.
        unscanned: unscanned
            .slice(0, MAX_UNSCANNED_ROWS)
            .map(u => row([markdown_escapeMarkdown(u.tool), markdown_cell(u.path, 200), markdown_cell(u.reason)])),
        runs: runs.map(r => row([
            String(r.attempt),
            String(r.exit_code),
            formatNumber(r.execution_time_seconds),
            r.cpu_max === null ? units/* NOT_OBSERVED_LABEL */.q7 : formatNumber(r.cpu_max),
            r.memory_max_mb === null ? units/* NOT_OBSERVED_LABEL */.q7 : formatNumber(r.memory_max_mb)
        ])),
        expiring: expiring.map(e => row([markdown_escapeMarkdown(e.expires), markdown_cell(e.match), markdown_cell(e.reason)])),
        warnings: warnings.map(w => `- ${markdown_cell(w, LINE_MAX_CHARS)}`)
    };
    const suppressed = input.findings.filter(f => f.suppressed).length;
    return {
        input,
        counted,
        suppressed,
        top,
        gates,
        warnings,
        expiring,
        runs,
        unscanned: unscanned.length,
        chart: renderCharts(input.metrics),
        rows,
        severityTable: renderSeverityByTool(counted, suppressed)
    };
}
function fullPlan(p) {
    return {
        top: p.top.length,
        chart: p.chart ? 1 : 0,
        unscanned: p.rows.unscanned.length,
        expiring: p.expiring.length,
        runs: p.runs.length,
        warnings: p.warnings.length,
        gates: p.gates.length,
        tools: p.input.toolRuns.length,
        reasons: p.input.verdict.reasons.length
    };
}
function countsLine(counts) {
    const parts = model/* SEVERITIES */.oC.filter(s => counts[s] > 0).map(s => `${SEVERITY_ICON[s]} ${counts[s]} ${s}`);
    return parts.length ? parts.join(' · ') : 'no findings that count';
}
function renderVerdict(p, plan) {
    const v = p.input.verdict;
    const head = v.passed ? '## ✅ runguard: passed' : '## ❌ runguard: failed';
    const lines = [head, ''];
    const reasons = p.rows.reasons.slice(0, plan.reasons);
    if (reasons.length)
        lines.push(...reasons);
    else if (!v.passed)
        lines.push('- (no reason recorded)');
    const tail = more(reasons.length, v.reasons.length, 'reasons');
    return lines.join('\n') + tail + `\n\n**Findings:** ${countsLine(v.counts)}`;
}
function renderGates(p, plan) {
    if (p.gates.length === 0)
        return '';
    const rows = p.rows.gates.slice(0, plan.gates);
    return ('### Gates\n\n' +
        table(['Gate', 'Actual', 'Limit', 'Baseline', 'Result', 'Details'], rows) +
        more(rows.length, p.gates.length, 'gates'));
}
function renderSeverityByTool(counted, suppressed) {
    if (counted.length === 0 && suppressed === 0)
        return '';
    // One pass over what may be 100,000 findings: a count per severity and tool.
    const bySeverity = new Map();
    const toolSet = new Set();
    for (const f of counted) {
        toolSet.add(f.tool);
        let ofSeverity = bySeverity.get(f.severity);
        if (!ofSeverity)
            bySeverity.set(f.severity, (ofSeverity = new Map()));
        ofSeverity.set(f.tool, (ofSeverity.get(f.tool) ?? 0) + 1);
    }
    const tools = [...toolSet].sort();
    const rows = [];
    for (const s of model/* SEVERITIES */.oC) {
        const ofSeverity = bySeverity.get(s);
        if (!ofSeverity)
            continue;
        let total = 0;
        for (const n of ofSeverity.values())
            total += n;
        rows.push(row([
            `${SEVERITY_ICON[s]} ${s}`,
            ...tools.map(t => String(ofSeverity.get(t) ?? 0)),
            `**${total}**`
        ]));
    }
    const note = suppressed ? `\n\n${suppressed} suppressed finding(s) not counted.` : '';
    if (rows.length === 0)
        return `### Findings\n\nNo findings that count.${note}`;
    return ('### Findings by severity and tool\n\n' +
        table(['Severity', ...tools.map(t => markdown_escapeMarkdown(t)), 'Total'], rows) +
        note);
}
function renderTop(p, plan) {
    if (p.top.length === 0)
        return '';
    const rows = p.rows.top.slice(0, plan.top);
    const title = p.counted.length > p.top.length
        ? `### Top ${p.top.length} of ${p.counted.length} findings`
        : '### Top findings';
    return (`${title}\n\n` +
        (rows.length ? table(['Severity', 'Tool', 'Rule', 'Location', 'Finding'], rows) : '') +
        more(rows.length, p.top.length, 'findings'));
}
function renderTools(p, plan) {
    const runs = p.input.toolRuns;
    if (runs.length === 0)
        return '';
    const rows = p.rows.tools.slice(0, plan.tools);
    return ('### Tools\n\n' +
        table(['Tool', 'Version', 'Status', 'Duration', 'Findings', 'Reason'], rows) +
        more(rows.length, runs.length, 'tools'));
}
/** Rows of the "Not scanned" table before the count alone stands for the rest. */
const MAX_UNSCANNED_ROWS = 50;
function renderUnscanned(p, plan) {
    if (p.unscanned === 0)
        return '';
    const rows = p.rows.unscanned.slice(0, plan.unscanned);
    const gate = p.input.failOnUnscanned
        ? 'fail-on-unscanned is on: each one fails the verdict.'
        : 'fail-on-unscanned is off: listed only.';
    return (`### Not scanned\n\n${p.unscanned} path(s) a scanner skipped (size, depth, type or ` +
        `excluded directory). ${gate}\n\n` +
        (rows.length ? table(['Tool', 'Path', 'Reason'], rows) : '') +
        (rows.length < p.unscanned
            ? `\n\n_…and ${p.unscanned - rows.length} more (counted per tool in the SARIF run properties)._`
            : ''));
}
/** Lists in the environment section show this many names, then a count. */
const ENVIRONMENT_LIST = 20;
/** Which environment was read, how its packages came in, and where dependency findings sit. */
function renderEnvironment(p) {
    const e = p.input.environment;
    if (!e)
        return '';
    const list = (items) => items.slice(0, ENVIRONMENT_LIST).join(', ') +
        (items.length > ENVIRONMENT_LIST ? ` and ${items.length - ENVIRONMENT_LIST} more` : '');
    const lines = [
        '### Installed environment',
        `${e.packages} packages of Python ${markdown_escapeMarkdown(e.pythonVersion)}, read from ${markdown_escapeMarkdown(e.how)}: ` +
            `${e.direct} direct, ${e.transitive} transitive, ${e.unlisted} required by nothing the manifests list` +
            (e.optional > 0 ? ` (${e.optional} needed only by development or optional entries)` : '') +
            '.'
    ];
    const byRelationship = new Map();
    for (const f of p.counted) {
        const r = f.dependency?.relationship ?? (f.dependency ? 'manifest only' : undefined);
        if (r !== undefined)
            byRelationship.set(r, (byRelationship.get(r) ?? 0) + 1);
    }
    if (byRelationship.size > 0)
        lines.push('Dependency findings: ' +
            [...byRelationship]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([r, n]) => `${n} ${r}`)
                .join(' · '));
    const rt = e.runtime;
    if (rt && !rt.recorded)
        lines.push(`What the script loaded: not recorded (${markdown_escapeMarkdown(rt.why)}).`);
    if (rt?.recorded) {
        lines.push(`What the script loaded (its own import record, ${rt.processes} Python process(es) over every attempt): ` +
            `${rt.loaded.length} of ${e.packages} installed packages` +
            (rt.loaded.length > 0 ? `: ${markdown_escapeMarkdown(list(rt.loaded))}` : '') +
            '.');
        const group = (runtime) => {
            const hits = p.counted.filter(f => f.dependency?.runtime === runtime && f.package);
            const names = [...new Set(hits.map(f => `${f.package?.name} ${f.package?.version}`))];
            return `${hits.length}${names.length > 0 ? ` (${markdown_escapeMarkdown(list(names))})` : ''}`;
        };
        lines.push(`Dependency findings loaded at run time: ${group('loaded')} · not loaded in this run: ${group('not-loaded')}. ` +
            (rt.failOnLoadedOnly
                ? 'fail-on-loaded-only is on: findings not loaded in this run are reported but do not fail the gate.'
                : 'fail-on-loaded-only is off: both groups count.'));
    }
    if (e.mismatches.length > 0)
        lines.push(`Manifest pins the environment contradicts: ${markdown_escapeMarkdown(list(e.mismatches))}`);
    if (e.unknownLicenses.length > 0)
        lines.push(`Licence unknown: ${markdown_escapeMarkdown(list(e.unknownLicenses))}`);
    return lines.join('\n\n');
}
function renderScript(p, plan) {
    const m = p.input.metrics;
    if (!m)
        return '';
    const parts = ['### Script'];
    const facts = [
        `exit code ${m.exit_code}${m.signal ? ` (${markdown_escapeMarkdown(m.signal)})` : ''}`,
        `${formatNumber(m.execution_time_seconds)} s`,
        m.cpu_max === null || m.cpu_avg === null
            ? `CPU ${units/* NOT_OBSERVED_LABEL */.q7}`
            : `CPU max ${formatNumber(m.cpu_max)} % / avg ${formatNumber(m.cpu_avg)} %`,
        m.memory_max_mb === null
            ? `memory ${units/* NOT_OBSERVED_LABEL */.q7}`
            : `memory max ${formatNumber(m.memory_max_mb)} MiB`,
        `threads ${m.num_threads ?? units/* NOT_OBSERVED_LABEL */.q7}`,
        `fds ${m.num_fds ?? units/* NOT_OBSERVED_LABEL */.q7}`
    ];
    if (m.timedOut)
        facts.unshift('**timed out**');
    parts.push(facts.join(' · '));
    // Why some numbers are missing: never gated, and never read as 0 (model.ts, MeasurementInfo).
    if (m.measurement.notObserved)
        parts.push(`_${markdown_escapeMarkdown(m.measurement.notObserved)}_`);
    if (p.runs.length > 1 && plan.runs > 0) {
        const rows = p.rows.runs.slice(0, plan.runs);
        parts.push(table(['Attempt', 'Exit', 'Time (s)', 'CPU max %', 'Memory max (MiB)'], rows) +
            more(rows.length, p.runs.length, 'runs'));
    }
    if (plan.chart && p.chart)
        parts.push(p.chart);
    const notes = m.measurement.notes;
    if (notes.length)
        parts.push(`_Measurement (${markdown_cell(m.measurement.method, 40)}): ${markdown_cell(notes.join('; '), LINE_MAX_CHARS)}_`);
    return parts.join('\n\n');
}
function renderExpiring(p, plan) {
    if (p.expiring.length === 0)
        return '';
    const rows = p.rows.expiring.slice(0, plan.expiring);
    return ('### Suppressions expiring soon\n\n' +
        (rows.length ? table(['Expires', 'Matches', 'Reason'], rows) : '') +
        more(rows.length, p.expiring.length, 'suppressions'));
}
function renderWarnings(p, plan) {
    const omitted = p.input.annotationsOmitted;
    const lines = p.rows.warnings.slice(0, plan.warnings);
    if (omitted) {
        const levels = ['error', 'warning', 'notice'].filter(k => omitted[k] > 0);
        const total = levels.reduce((n, k) => n + omitted[k], 0);
        if (total > 0)
            lines.push(`- ${total} finding(s) had no annotation (GitHub shows at most 10 of each level per ` +
                `step): ${levels.map(k => `${omitted[k]} ${k}`).join(', ')}`);
    }
    if (lines.length === 0 && p.warnings.length === 0)
        return '';
    const kept = Math.min(plan.warnings, p.warnings.length);
    return '### Warnings\n\n' + lines.join('\n') + more(kept, p.warnings.length, 'warnings');
}
function renderReports(p) {
    const reports = p.input.reports;
    if (reports.length === 0)
        return '';
    return ('### Reports\n\n' +
        reports.map(r => `- ${markdown_escapeMarkdown(r.kind)}: ${markdown_cell(r.path, 300)}`).join('\n'));
}
function renderAll(p, plan, omittedRows) {
    const sections = [
        renderVerdict(p, plan),
        renderGates(p, plan),
        p.severityTable,
        renderTop(p, plan),
        renderTools(p, plan),
        renderUnscanned(p, plan),
        renderScript(p, plan),
        renderEnvironment(p),
        renderTrendSection(p.input.trend),
        renderExpiring(p, plan),
        renderWarnings(p, plan),
        renderReports(p)
    ].filter(s => s !== '');
    if (omittedRows > 0 || (p.chart && !plan.chart)) {
        const chart = p.chart && !plan.chart ? ' (timeline chart omitted)' : '';
        sections.push(`> summary truncated: ${omittedRows} rows omitted${chart}`);
    }
    return sections.join('\n\n') + '\n';
}
function omitted(full, plan) {
    return TRIM_ORDER.filter(k => k !== 'chart').reduce((n, k) => n + full[k] - plan[k], 0);
}
/** The job summary / `summaryFile` markdown, at most `maxBytes` UTF-8 bytes. */
function renderSummary(input, opts = {}) {
    const max = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const redact = opts.redact ?? ((s) => s);
    const p = prepare(input, opts.maxTopFindings ?? DEFAULT_TOP_FINDINGS);
    const full = fullPlan(p);
    const trimmed = trim_trimToFit(full, TRIM_ORDER, plan => renderAll(p, plan, omitted(full, plan)), text => utf8Bytes(text) <= max);
    const text = trimmed.fits
        ? trimmed.text
        : cutAtLine(trimmed.text, `\n\n> summary truncated: ${omitted(full, trimmed.plan)} rows omitted and the rest cut to fit\n`, max);
    // Redaction only shortens text (`***` replaces values of 4+ characters), so fitting first
    // and redacting after keeps the cap.
    return redact(text);
}
/** Longest list of gate changes the PR comment shows; the rest are counted. */
const PR_COMMENT_GATE_CHANGES = 30;
/** The PR comment's list of what the change did to the gate (none: no section). */
function renderGateChanges(changes) {
    if (changes.length === 0)
        return '';
    const shown = changes.slice(0, PR_COMMENT_GATE_CHANGES).map(c => `- ${cell(c, 300)}`);
    const rest = changes.length - shown.length;
    return ('**What this change does to the gate**\n\n' +
        shown.join('\n') +
        (rest > 0 ? `\n- … and ${rest} more in the job summary` : ''));
}
/**
 * The sticky comment: marker, verdict with reasons, tool line, top findings, what the change
 * did to the gate, link to the run.
 */
function renderPrComment(input, opts = {}) {
    const max = Math.min(opts.maxChars ?? PR_COMMENT_MAX_CHARS, PR_COMMENT_MAX_CHARS);
    const redact = opts.redact ?? ((s) => s);
    const p = prepare(input, opts.maxTopFindings ?? 10);
    // The comment never shows these sections, so they do not count as omitted.
    const full = {
        ...fullPlan(p),
        chart: 0,
        unscanned: 0,
        expiring: 0,
        runs: 0,
        warnings: 0,
        tools: 0
    };
    const runLink = safeUrl(input.runUrl);
    const render = (plan) => {
        const tools = input.toolRuns
            .map(r => `${escapeMarkdown(r.tool)} ${STATUS_ICON[r.status]}`)
            .join(' · ');
        const failedGates = p.gates.filter(g => !g.passed).slice(0, plan.gates);
        const sections = [
            PR_COMMENT_MARKER,
            renderVerdict(p, plan).replace(/^## /, '### '),
            tools ? `**Tools:** ${tools}` : '',
            failedGates.length
                ? '**Failed gates**\n\n' +
                    failedGates.map(g => `- ${cell(g.gate)}: ${cell(g.message)}`).join('\n')
                : '',
            renderTop(p, plan).replace(/^### /, '#### '),
            renderGateChanges(input.gateChanges ?? []),
            runLink ? `[Full report and charts](${runLink})` : ''
        ].filter(s => s !== '');
        const n = omitted(full, plan);
        if (n > 0)
            sections.push(`> comment truncated: ${n} rows omitted`);
        return sections.join('\n\n') + '\n';
    };
    const order = ['top', 'gates', 'reasons'];
    let { text } = trimToFit(full, order, render, t => t.length <= max);
    if (text.length > max)
        text = text.slice(0, max - 40) + '\n\n> comment truncated\n';
    return redact(text);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/runner/cancel.ts
var cancel = __webpack_require__(74990);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/runner/capture.ts

/** Default live-log line bound: long enough for any real log line, short enough for a log UI. */
const DEFAULT_MAX_LINE_BYTES = 64 * 1024;
/** Raw bytes kept past the line bound so a secret straddling the cut is still redacted whole. */
const REDACT_MARGIN = 4096;
const NEWLINE = 0x0a;
function cutMarker(omittedBytes) {
    return `… [runguard: ${omittedBytes} bytes omitted] …`;
}
/** Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a character. */
function truncateUtf8(text, maxBytes) {
    const buf = Buffer.from(text, 'utf8');
    if (buf.length <= maxBytes)
        return text;
    let end = maxBytes;
    // Back off to the lead byte of the character that would be split (10xxxxxx = continuation).
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end--;
    return buf.subarray(0, end).toString('utf8');
}
class OutputCapture {
    options;
    /** Exact byte count. */
    bytes = 0;
    /** Exact line count so far (see CapturedStream.lines). */
    lines = 0;
    maxLineBytes;
    headLimit;
    tailLimit;
    /** Head: the first lines that fit, as UTF-8 bytes (Buffers, not strings: no per-line objects). */
    head;
    headUsed = 0;
    headFull = false;
    /** Tail: a byte ring holding the last `tailLimit` bytes written after the head. */
    ring;
    ringPos = 0;
    tailWritten = 0;
    lineCut = false;
    cached;
    pending = [];
    pendingBytes = 0;
    pendingDropped = 0;
    ended = false;
    constructor(options) {
        this.options = options;
        this.headLimit = Math.floor(options.maxBytes / 2);
        this.tailLimit = options.maxBytes - this.headLimit;
        this.maxLineBytes = Math.max(1, Math.min(options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, options.maxBytes));
    }
    write(chunk) {
        if (chunk.length === 0)
            return;
        this.bytes += chunk.length;
        const first = chunk.indexOf(NEWLINE);
        if (first < 0) {
            this.appendPending(chunk);
            return;
        }
        this.appendPending(chunk.subarray(0, first));
        this.flushPending();
        const last = chunk.lastIndexOf(NEWLINE);
        if (last > first) {
            // Decode all complete lines of the chunk at once: far cheaper than a toString per line.
            const body = chunk.subarray(first + 1, last).toString('utf8');
            for (const line of body.split('\n'))
                this.emit(line, 0);
        }
        if (last + 1 < chunk.length)
            this.appendPending(chunk.subarray(last + 1));
    }
    /** Flushes a final line without newline. Idempotent. */
    end() {
        if (this.ended)
            return;
        this.ended = true;
        if (this.pendingBytes > 0 || this.pendingDropped > 0)
            this.flushPending();
    }
    /**
     * The captured stream (computed once; the buffers are released afterwards so a 10 MiB
     * capture does not stay in memory twice).
     */
    result() {
        if (this.cached)
            return this.cached;
        const head = this.head?.subarray(0, this.headUsed);
        let tailA;
        let tailB;
        let omitted = 0;
        if (this.ring && this.tailWritten > 0) {
            if (this.tailWritten <= this.tailLimit) {
                tailA = this.ring.subarray(0, this.tailWritten);
            }
            else {
                // The ring wrapped: the oldest byte is at ringPos. Drop the partial first line.
                let older = this.ring.subarray(this.ringPos);
                let newer = this.ring.subarray(0, this.ringPos);
                const nl = older.indexOf(NEWLINE);
                if (nl >= 0)
                    older = older.subarray(nl + 1);
                else {
                    const nl2 = newer.indexOf(NEWLINE);
                    older = Buffer.alloc(0);
                    newer = nl2 < 0 ? Buffer.alloc(0) : newer.subarray(nl2 + 1);
                }
                tailA = older;
                tailB = newer;
                omitted = this.tailWritten - older.length - newer.length;
            }
        }
        else if (this.tailWritten > 0) {
            omitted = this.tailWritten;
        }
        const marker = omitted > 0 ? Buffer.from(cutMarker(omitted) + '\n', 'utf8') : undefined;
        const pieces = [head, marker, tailA, tailB].filter((b) => !!b && b.length > 0);
        // Stored lines end with a newline; the text does not.
        const lastIndex = pieces.length - 1;
        const last = pieces[lastIndex];
        if (last && last[last.length - 1] === NEWLINE)
            pieces[lastIndex] = last.subarray(0, -1);
        // A decoder per piece boundary keeps a character split by the ring's wrap intact; string
        // concatenation is lazy in V8, so no second full-size copy is made here.
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let text = '';
        for (const piece of pieces)
            text += decoder.write(piece);
        text += decoder.end();
        this.cached = {
            text,
            bytes: this.bytes,
            lines: this.lines,
            truncated: omitted > 0 || this.lineCut
        };
        // The buffers are not needed any more.
        this.head = undefined;
        this.ring = undefined;
        return this.cached;
    }
    appendPending(buf) {
        if (buf.length === 0)
            return;
        const keep = this.maxLineBytes + REDACT_MARGIN;
        const room = keep - this.pendingBytes;
        if (room <= 0) {
            this.pendingDropped += buf.length;
            return;
        }
        const take = Math.min(room, buf.length);
        // Copy: a subarray would pin the whole chunk in memory.
        this.pending.push(Buffer.from(buf.subarray(0, take)));
        this.pendingBytes += take;
        this.pendingDropped += buf.length - take;
    }
    flushPending() {
        const text = this.pending.length === 1
            ? this.pending[0].toString('utf8')
            : Buffer.concat(this.pending).toString('utf8');
        const dropped = this.pendingDropped;
        this.pending = [];
        this.pendingBytes = 0;
        this.pendingDropped = 0;
        this.emit(text, dropped);
    }
    emit(raw, droppedBytes) {
        this.lines++;
        let line = this.options.redact(raw);
        // Only measure lines that could be too long (a UTF-16 unit is at most 3 UTF-8 bytes).
        if (droppedBytes > 0 || line.length * 3 > this.maxLineBytes) {
            const size = Buffer.byteLength(line, 'utf8');
            if (droppedBytes > 0 || size > this.maxLineBytes) {
                const kept = truncateUtf8(line, this.maxLineBytes);
                const omitted = droppedBytes + size - Buffer.byteLength(kept, 'utf8');
                line = `${kept} … [runguard: ${omitted} bytes of this line omitted]`;
                this.lineCut = true;
            }
        }
        this.options.onLine?.(line);
        this.store(line);
    }
    store(line) {
        const size = Buffer.byteLength(line, 'utf8') + 1;
        if (!this.headFull && this.headUsed + size <= this.headLimit) {
            this.head ??= Buffer.allocUnsafe(this.headLimit);
            this.head.write(line, this.headUsed, 'utf8');
            this.head[this.headUsed + size - 1] = NEWLINE;
            this.headUsed += size;
            return;
        }
        this.headFull = true;
        if (this.tailLimit <= 0) {
            this.tailWritten += size;
            return;
        }
        this.ring ??= Buffer.allocUnsafe(this.tailLimit);
        const ring = this.ring;
        this.tailWritten += size;
        if (this.ringPos + size <= ring.length) {
            ring.write(line, this.ringPos, 'utf8');
            ring[this.ringPos + size - 1] = NEWLINE;
            this.ringPos = (this.ringPos + size) % ring.length;
            return;
        }
        // Wraps (or is longer than the ring): copy through a temporary buffer, keeping its end.
        let bytes = Buffer.from(line + '\n', 'utf8');
        if (bytes.length > ring.length)
            bytes = bytes.subarray(bytes.length - ring.length);
        const first = Math.min(bytes.length, ring.length - this.ringPos);
        bytes.copy(ring, this.ringPos, 0, first);
        bytes.copy(ring, 0, first);
        this.ringPos = (this.ringPos + bytes.length) % ring.length;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/runner/cgroup.ts


const sleep = (ms) => new Promise(r => setTimeout(r, ms));
function read(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** /proc/self/mountinfo: mount point, filesystem type and super options of each mount. */
function parseMountinfo(text) {
    const mounts = [];
    for (const line of text.split('\n')) {
        const [left, right] = line.split(' - ');
        if (!left || !right)
            continue;
        const point = left.split(' ')[4];
        const [fstype, , superOptions] = right.split(' ');
        if (!point || !fstype)
            continue;
        mounts.push({
            point: point.replace(/\\(\d{3})/g, (_, oct) => String.fromCharCode(parseInt(oct, 8))),
            fstype,
            superOptions: (superOptions ?? '').split(',')
        });
    }
    return mounts;
}
/** Own cgroup path per hierarchy from /proc/self/cgroup: '' = v2, else the v1 controller list. */
function parseProcCgroup(text) {
    const result = new Map();
    for (const line of text.split('\n')) {
        const m = /^\d+:([^:]*):(.*)$/.exec(line);
        if (m)
            result.set(m[1], m[2]);
    }
    return result;
}
function pidsIn(file) {
    const text = read(file);
    if (text === undefined)
        return [];
    return text
        .split('\n')
        .filter(Boolean)
        .map(Number)
        .filter(n => Number.isInteger(n) && n > 0);
}
function send(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // Gone already.
    }
}
/** Polls `done` every 5 ms for up to `ms`. */
async function waitFor(done, ms) {
    const deadline = performance.now() + ms;
    while (!done()) {
        if (performance.now() > deadline)
            return false;
        await sleep(5);
    }
    return true;
}
function v2Jail(dir) {
    const events = () => read(external_node_path_default().join(dir, 'cgroup.events')) ?? '';
    const procs = external_node_path_default().join(dir, 'cgroup.procs');
    const others = (spare) => pidsIn(procs).filter(p => p !== spare);
    return {
        kind: 'cgroup-v2',
        dir,
        procsFile: procs,
        pids: () => pidsIn(procs),
        signal: (sig, spare) => others(spare).forEach(p => send(p, sig)),
        async kill(spare) {
            const killFile = external_node_path_default().join(dir, 'cgroup.kill');
            if (spare === undefined && (0,external_node_fs_.existsSync)(killFile)) {
                // Kernel 5.14+: one write kills the subtree, forks racing with it included.
                (0,external_node_fs_.writeFileSync)(killFile, '1');
                return waitFor(() => !/^populated 1$/m.test(events()), 5000);
            }
            // Frozen processes cannot fork; SIGKILL is delivered when they thaw.
            for (let round = 0; round < 50 && others(spare).length > 0; round++) {
                (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'cgroup.freeze'), '1');
                await waitFor(() => /^frozen 1$/m.test(events()), 1000);
                for (const p of others(spare))
                    send(p, 'SIGKILL');
                (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'cgroup.freeze'), '0');
                if (await waitFor(() => others(spare).length === 0, 200))
                    return true;
            }
            return others(spare).length === 0;
        },
        remove: () => removeDir(dir)
    };
}
function v1FreezerJail(dir) {
    const state = external_node_path_default().join(dir, 'freezer.state');
    const procs = external_node_path_default().join(dir, 'cgroup.procs');
    const others = (spare) => pidsIn(procs).filter(p => p !== spare);
    return {
        kind: 'cgroup-v1-freezer',
        dir,
        procsFile: procs,
        pids: () => pidsIn(procs),
        signal: (sig, spare) => others(spare).forEach(p => send(p, sig)),
        async kill(spare) {
            // Frozen processes cannot fork; SIGKILL is delivered when they thaw.
            for (let round = 0; round < 50 && others(spare).length > 0; round++) {
                (0,external_node_fs_.writeFileSync)(state, 'FROZEN');
                await waitFor(() => read(state)?.trim() === 'FROZEN', 1000);
                for (const p of others(spare))
                    send(p, 'SIGKILL');
                (0,external_node_fs_.writeFileSync)(state, 'THAWED');
                if (await waitFor(() => others(spare).length === 0, 200))
                    return true;
            }
            return others(spare).length === 0;
        },
        remove: () => removeDir(dir)
    };
}
function removeDir(dir) {
    try {
        (0,external_node_fs_.rmdirSync)(dir);
    }
    catch {
        // Still populated (a process could not be killed) or gone: nothing more to do here.
    }
}
/** Where a jail could go, by preference: v2 first (cgroup.kill), then the v1 freezer. */
function candidates() {
    const mountinfo = read('/proc/self/mountinfo');
    const own = read('/proc/self/cgroup');
    if (mountinfo === undefined || own === undefined)
        return [];
    const mounts = parseMountinfo(mountinfo);
    const paths = parseProcCgroup(own);
    const result = [];
    const v2 = mounts.find(m => m.fstype === 'cgroup2');
    const v2Path = paths.get('');
    if (v2 && v2Path !== undefined)
        result.push({ kind: 'cgroup-v2', parent: external_node_path_default().join(v2.point, v2Path) });
    const freezer = mounts.find(m => m.fstype === 'cgroup' && m.superOptions.includes('freezer'));
    const freezerPath = [...paths].find(([controllers]) => controllers.split(',').includes('freezer'))?.[1];
    if (freezer && freezerPath !== undefined) {
        result.push({ kind: 'cgroup-v1-freezer', parent: external_node_path_default().join(freezer.point, freezerPath) });
    }
    return result;
}
/**
 * Creates a cgroup named `name` for one attempt, or returns why none could be made. Probing is
 * one mkdir: on a machine where runguard may not create cgroups it fails at once.
 */
function createCgroupJail(name, prefer) {
    const reasons = [];
    const all = candidates();
    const ordered = prefer
        ? [...all.filter(c => c.kind === prefer), ...all.filter(c => c.kind !== prefer)]
        : all;
    for (const { kind, parent } of ordered) {
        const dir = external_node_path_default().join(parent, name);
        try {
            (0,external_node_fs_.mkdirSync)(dir);
        }
        catch (error) {
            reasons.push(`${kind} at ${parent}: ${error.code ?? 'error'}`);
            continue;
        }
        if (kind === 'cgroup-v2' && !(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'cgroup.freeze'))) {
            removeDir(dir);
            reasons.push(`${kind} at ${parent}: no cgroup.freeze (kernel < 5.2)`);
            continue;
        }
        return kind === 'cgroup-v2' ? v2Jail(dir) : v1FreezerJail(dir);
    }
    return {
        unavailable: reasons.length > 0 ? reasons.join('; ') : 'no cgroup v2 or v1 freezer mounted'
    };
}

// EXTERNAL MODULE: ./src/scanners/detect-cache.ts
var detect_cache = __webpack_require__(8307);
// EXTERNAL MODULE: ./src/trust/tool-path.ts
var tool_path = __webpack_require__(97060);
;// CONCATENATED MODULE: ./src/runner/launch-cache.ts




/** A cache usable for these settings, or undefined when the tools directory is not trusted. */
function launchCache(toolsDir, workspace) {
    return (0,tool_path/* isWithin */.UO)(workspace, toolsDir) ? undefined : { toolsDir, workspace };
}
function fileId(file) {
    const st = (0,external_node_fs_.statSync)(file);
    return [file, (0,tool_path/* realpathLenient */.DD)(file), st.size, st.mtimeMs, st.ctimeMs, st.ino];
}
/** Key for the helper Python of `python3` on `pathValue`, or undefined (not found/untrusted). */
function helperPythonKey(pathValue, cache) {
    try {
        const found = (0,tool_path/* resolveTool */.Hj)('python3', pathValue, cache.workspace);
        return found === undefined ? undefined : JSON.stringify(['helper-python', ...fileId(found)]);
    }
    catch {
        return undefined;
    }
}
/** The remembered helper Python for `key`, if it is still the very file that was probed. */
function cachedHelperPython(key, cache) {
    const value = (0,detect_cache/* cachedProbe */.ND)(cache.toolsDir, key);
    if (value === undefined)
        return undefined;
    try {
        const { python, id } = JSON.parse(value);
        if (typeof python !== 'string' || !python.startsWith('/'))
            return undefined;
        if ((0,tool_path/* isWithin */.UO)(cache.workspace, python))
            return undefined;
        return JSON.stringify(fileId(python)) === JSON.stringify(id) ? python : undefined;
    }
    catch {
        return undefined;
    }
}
function rememberHelperPython(key, python, cache) {
    try {
        if ((0,tool_path/* isWithin */.UO)(cache.workspace, python))
            return;
        (0,detect_cache/* rememberProbe */.yk)(cache.toolsDir, key, JSON.stringify({ python, id: fileId(python) }));
    }
    catch {
        // The interpreter vanished meanwhile: nothing to remember.
    }
}
function readOr(file, read) {
    try {
        return read(file);
    }
    catch {
        return '';
    }
}
/** What decides whether this process can create the namespaces (see the module comment). */
function isolationKey(python, helperSource, cache) {
    try {
        const uid = process.getuid?.() ?? -1;
        const status = readOr('/proc/self/status', f => (0,external_node_fs_.readFileSync)(f, 'utf8'));
        const caps = status
            .split('\n')
            .filter(l => /^(CapEff|CapBnd|NoNewPrivs|Seccomp):/.test(l))
            .join(';');
        const namespaces = ['mnt', 'pid', 'user', 'cgroup'].map(ns => readOr(`/proc/self/ns/${ns}`, external_node_fs_.readlinkSync));
        const sudo = [];
        if (uid !== 0) {
            const found = (0,tool_path/* resolveTool */.Hj)('sudo', process.env.PATH ?? '', cache.workspace);
            if (found === undefined)
                return undefined;
            sudo.push(...fileId(found));
            for (const f of ['/etc/sudoers', '/etc/sudoers.d']) {
                try {
                    const st = (0,external_node_fs_.statSync)(f);
                    sudo.push(st.mtimeMs, st.ctimeMs, st.ino);
                }
                catch {
                    sudo.push(null);
                }
            }
        }
        return JSON.stringify([
            'isolation',
            ...fileId(python),
            (0,external_node_crypto_.createHash)('sha256').update(helperSource).digest('hex').slice(0, 16),
            uid,
            readOr('/proc/sys/kernel/random/boot_id', f => (0,external_node_fs_.readFileSync)(f, 'utf8').trim()),
            ...namespaces,
            caps,
            sudo
        ]);
    }
    catch {
        return undefined;
    }
}
/** `root` or `sudo` when namespaces were created under this key before. */
function cachedIsolation(key, cache) {
    const value = (0,detect_cache/* cachedProbe */.ND)(cache.toolsDir, key);
    return value === 'root' || value === 'sudo' ? value : undefined;
}
function rememberIsolation(key, via, cache) {
    (0,detect_cache/* rememberProbe */.yk)(cache.toolsDir, key, via);
}
function forgetLaunchFact(key, cache) {
    (0,detect_cache/* forgetProbe */.YC)(cache.toolsDir, key);
}

;// CONCATENATED MODULE: ./src/runner/shim.ts


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
const HELPER_SOURCE = String.raw `
import os, sys, time, _signal as signal, ctypes, _thread
# _signal, not signal: the same functions and numbers without the enum module, which was a
# third of the helper's start-up CPU. resource is imported once the script is spawned.
libc = ctypes.CDLL(None, use_errno=True)
UL = ctypes.c_ulong
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
    return what + ': ' + os.strerror(ctypes.get_errno())


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
        raise OSError(ctypes.get_errno(), errno_text('mount ' + target))


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
        raise OSError(ctypes.get_errno(), errno_text('unshare(CLONE_NEWPID|CLONE_NEWNS)'))
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
            raise OSError(ctypes.get_errno(), errno_text('PR_CAPBSET_DROP'))
    prctl(47, 4)

    class Header(ctypes.Structure):
        _fields_ = [('version', ctypes.c_uint32), ('pid', ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [('eff', ctypes.c_uint32), ('prm', ctypes.c_uint32), ('inh', ctypes.c_uint32)]

    header = Header(0x20080522, 0)
    data = (Data * 2)()
    if libc.capget(ctypes.byref(header), data) == 0:
        data[0].inh = data[1].inh = 0
        libc.capset(ctypes.byref(header), data)


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
            raise OSError(ctypes.get_errno(), errno_text('PR_SET_NO_NEW_PRIVS'))
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
`;
/** Parses one event line; undefined for anything unexpected (the caller then falls back). */
function parseShimEvent(line) {
    try {
        const value = JSON.parse(line);
        if (value && typeof value === 'object' && typeof value.event === 'string') {
            return value;
        }
    }
    catch {
        // Not JSON: ignored.
    }
    return undefined;
}
/** argv of the shim: python, the events/commands fd, the cgroup to join, then the script. */
function shimArgv(python, eventsFd, cgroupProcs, argv) {
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
    ];
}
/** argv of the isolation launcher (prefixed with `sudo -n` when runguard is not root). */
function isolateArgv(python, socketPath) {
    return [python, '-I', '-S', '-c', HELPER_SOURCE, 'isolate', socketPath];
}
/** argv of the namespace probe. */
function probeArgv(python) {
    return [python, '-I', '-S', '-c', HELPER_SOURCE, 'probe'];
}
let cached;
/**
 * Absolute path of a Python >= 3.8 usable for the helper (posix_spawnp with setpgroup), or
 * undefined. Probed once per process, and remembered across runs in the tools directory when
 * `cache` is given (launch-cache.ts); resolving `sys.executable` skips wrappers such as pyenv
 * shims that would add a bash process and startup time to every attempt.
 */
function findShimPython(cache) {
    if (cached)
        return cached.python;
    if (process.platform !== 'linux') {
        cached = { python: undefined };
        return undefined;
    }
    const key = cache ? helperPythonKey(process.env.PATH ?? '', cache) : undefined;
    const remembered = key && cache ? cachedHelperPython(key, cache) : undefined;
    if (remembered) {
        cached = { python: remembered };
        return remembered;
    }
    let python;
    try {
        const out = (0,external_node_child_process_.execFileSync)('python3', [
            '-I',
            '-S',
            '-c',
            'import os, sys, resource, ctypes; assert hasattr(os, "posix_spawnp"); print(sys.executable)'
        ], { encoding: 'utf8', timeout: 10000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        python = out.startsWith('/') ? out : undefined;
    }
    catch {
        python = undefined;
    }
    if (python && key && cache)
        rememberHelperPython(key, python, cache);
    cached = { python };
    return python;
}

;// CONCATENATED MODULE: ./src/runner/isolation.ts





let cache;
/**
 * Can the script be isolated here? Probed once per process and Python path: `sudo -n true`
 * when runguard is not root, then the helper creates the namespaces once (this catches
 * containers without CAP_SYS_ADMIN and kernels that forbid it). With `launch`, a positive
 * answer is remembered across runs (launch-cache.ts).
 */
function probeIsolation(python, launch) {
    cache ??= new Map();
    const key = python ?? '';
    const known = cache.get(key);
    if (known)
        return known;
    const factKey = launch && python && process.platform === 'linux'
        ? isolationKey(python, HELPER_SOURCE, launch)
        : undefined;
    const via = factKey && launch ? cachedIsolation(factKey, launch) : undefined;
    let result;
    if (via && factKey) {
        result = {
            available: true,
            via,
            prefix: via === 'sudo' ? ['sudo', '-n'] : [],
            remembered: factKey
        };
    }
    else {
        result = probe(python);
        if (result.available && factKey && launch)
            rememberIsolation(factKey, result.via, launch);
    }
    cache.set(key, result);
    return result;
}
/** A remembered answer proved wrong: drop it here and in the tools directory. */
function forgetIsolation(python, launch) {
    const known = cache?.get(python ?? '');
    cache?.delete(python ?? '');
    if (known?.available && known.remembered && launch)
        forgetLaunchFact(known.remembered, launch);
}
function firstLine(text) {
    return (String(text ?? '')
        .split('\n')
        .map(l => l.trim())
        .find(Boolean) ?? '');
}
function probe(python) {
    if (process.platform !== 'linux') {
        return {
            available: false,
            reason: `PID and mount namespaces are Linux only (this is ${process.platform})`
        };
    }
    if (!python) {
        return {
            available: false,
            reason: 'its helper needs python3 >= 3.8 with ctypes, and none was found on PATH'
        };
    }
    const root = process.getuid?.() === 0;
    let prefix = [];
    if (!root) {
        const sudo = (0,external_node_child_process_.spawnSync)('sudo', ['-n', 'true'], {
            encoding: 'utf8',
            timeout: 10000,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        if (sudo.error || sudo.status !== 0) {
            const why = sudo.error?.message.includes('ENOENT')
                ? 'sudo is not installed'
                : firstLine(sudo.stderr) || `sudo -n true exited ${String(sudo.status)}`;
            return {
                available: false,
                reason: `runguard runs as uid ${process.getuid?.()} without passwordless sudo (${why})`
            };
        }
        prefix = ['sudo', '-n'];
    }
    const [command, ...args] = [...prefix, ...probeArgv(python)];
    const run = (0,external_node_child_process_.spawnSync)(command, args, {
        encoding: 'utf8',
        timeout: 10000,
        stdio: ['ignore', 'pipe', 'pipe']
    });
    if (run.status !== 0) {
        const why = firstLine(run.stdout) ||
            firstLine(run.stderr) ||
            run.error?.message ||
            `exit ${String(run.status)}`;
        return { available: false, reason: `the namespaces could not be created (${why})` };
    }
    return { available: true, via: root ? 'root' : 'sudo', prefix };
}
/** The process umask from /proc/self/status (process.umask() without an argument is deprecated). */
function currentUmask() {
    try {
        const m = /^Umask:\s*([0-7]+)$/m.exec((0,external_node_fs_.readFileSync)('/proc/self/status', 'utf8'));
        if (m)
            return parseInt(m[1], 8);
    }
    catch {
        // Fall through.
    }
    return 0o022;
}
/** The file commands of the current step: GITHUB_ENV, GITHUB_OUTPUT … (their env values). */
const FILE_COMMAND_VARIABLES = [
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY'
];
/** The runner's own credentials and diagnostics, in the runner's install directory. */
const RUNNER_PRIVATE = ['.credentials', '.credentials_rsaparams', '.runner', '.env', '_diag'];
/**
 * Paths the script must not see, from the runner's environment (before scrubbing): the
 * runner's file-command directory (`$RUNNER_TEMP/_runner_file_commands`, where the files of
 * every GITHUB_* file command of the job live; writing there would set our outputs or the next
 * steps' environment) or, when a file command lives elsewhere, that file alone; and, when
 * runguard runs under the runner's bundled Node (the Action), the runner's credential files
 * and diagnostic logs. Never a parent of the workspace: only the runner's own names are hidden.
 */
function pathsToHide(env, execPath = process.execPath) {
    const hide = new Set();
    const isDir = (p) => {
        try {
            return (0,external_node_fs_.statSync)(p).isDirectory();
        }
        catch {
            return false;
        }
    };
    const commandDir = env.RUNNER_TEMP
        ? external_node_path_default().join(env.RUNNER_TEMP, '_runner_file_commands')
        : undefined;
    if (commandDir && isDir(commandDir))
        hide.add(commandDir);
    for (const name of FILE_COMMAND_VARIABLES) {
        const file = env[name];
        if (!file || !external_node_path_default().isAbsolute(file) || !(0,external_node_fs_.existsSync)(file))
            continue;
        const dir = external_node_path_default().dirname(file);
        hide.add(external_node_path_default().basename(dir) === '_runner_file_commands' ? dir : file);
    }
    // <runner>/externals/node24/bin/node: the runner's install directory is four levels up.
    const m = /^(.*)\/externals\/node\d+\/bin\/node$/.exec(execPath);
    const runnerRoot = m?.[1];
    if (runnerRoot && (0,external_node_fs_.existsSync)(external_node_path_default().join(runnerRoot, 'bin'))) {
        for (const name of RUNNER_PRIVATE) {
            const p = external_node_path_default().join(runnerRoot, name);
            if ((0,external_node_fs_.existsSync)(p))
                hide.add(p);
        }
    }
    return [...hide].sort();
}
/** The plan for an available isolation: runguard's identity, umask, paths to hide. */
function isolationPlan(support, runnerEnv) {
    return {
        prefix: support.prefix,
        via: support.via,
        identity: {
            uid: process.getuid?.() ?? 0,
            gid: process.getgid?.() ?? 0,
            groups: process.getgroups?.() ?? []
        },
        umask: currentUmask(),
        hide: pathsToHide(runnerEnv)
    };
}
/**
 * The launch frame the launcher reads from its socket: `<length>\n` then NUL-separated fields
 * (POSIX argv, environment entries and paths cannot contain NUL, so no escaping is needed).
 * Sent over the socket, not argv: argv is readable by every process on the machine.
 */
function encodeLaunchFrame(plan, argv, env, cwd) {
    const entries = Object.entries(env)
        .filter((e) => e[1] !== undefined)
        .map(([k, v]) => `${k}=${v}`);
    const fields = [
        String(plan.identity.uid),
        String(plan.identity.gid),
        plan.identity.groups.join(','),
        plan.umask.toString(8),
        cwd,
        String(argv.length),
        ...argv,
        String(entries.length),
        ...entries,
        String(plan.hide.length),
        ...plan.hide
    ];
    for (const f of fields) {
        if (f.includes('\0'))
            throw new Error('a launch field contains a NUL byte');
    }
    const body = Buffer.from(fields.join('\0'), 'utf8');
    return Buffer.concat([Buffer.from(`${body.length}\n`), body]);
}
/** One line for the log and the measurement notes saying what protects the script's run. */
function describeIsolation(plan, unavailable) {
    if (!plan) {
        return unavailable
            ? `isolation: OFF, not available here: ${unavailable}. The script runs as runguard's user and can read runguard's environment (runner tokens) through /proc, and use its sudo`
            : `isolation: off (isolation: off). The script runs as runguard's user and can read runguard's environment (runner tokens) through /proc`;
    }
    const who = plan.identity.uid === 0
        ? 'as root with Docker’s default capabilities and /proc/sys, /sys read-only'
        : `as uid ${plan.identity.uid}`;
    const hidden = plan.hide.length > 0 ? `, ${plan.hide.length} runner path(s) hidden` : '';
    return `isolation: on (own PID and mount namespaces via ${plan.via === 'sudo' ? 'sudo -n' : 'root'}, fresh /proc, ${who}, no_new_privs${hidden})`;
}

;// CONCATENATED MODULE: ./src/runner/launch.ts









const SIGNAL_NAMES = new Map(Object.entries((external_node_os_default()).constants.signals).map(([name, no]) => [no, name]));
/** exit_code of a process ended by a signal, shell convention: 128 + signal number. */
function signalExitCode(signal) {
    const no = typeof signal === 'number' ? signal : ((external_node_os_default()).constants.signals[signal] ?? 0);
    return 128 + no;
}
/** ENOENT → 127 (not found), anything else that prevents starting (EACCES …) → 126, as sh does. */
function startFailureCode(errno) {
    return errno === 2 || errno === 'ENOENT' ? 127 : 126;
}
function launch_send(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // Gone already, or not ours.
    }
}
/** One started tree. Events of the helper update the public fields as they arrive. */
class ScriptProcess {
    options;
    notes = [];
    exit;
    /** The program could not be started (exit 127 not found, 126 otherwise). */
    startFailure;
    /** Isolated mode: the namespaces could not be set up; the script did not run. */
    isolationFailure;
    rusage;
    /** The helper's own ru_maxrss (KiB): the floor under its children's maxrss. */
    helperMaxrss;
    subreaper = false;
    /** How the tree is held: for the measurement notes. */
    control;
    exited;
    closed;
    child;
    /** Events in, commands out: fd 3 of the shim, or the launcher's socket. */
    channel;
    pending = [];
    targetGroup;
    treeEmpty = false;
    markExited = () => undefined;
    jail;
    socketDir;
    server;
    constructor(options, prepared) {
        this.options = options;
        this.jail = prepared.jail;
        this.socketDir = prepared.socketDir;
        this.server = prepared.server;
        this.control = prepared.jailNote;
        this.exited = new Promise(resolve => (this.markExited = resolve));
        const { mode } = options;
        const [command, ...args] = this.commandLine();
        this.child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            // Isolated: the launcher gets its environment from the frame (sudo resets it anyway).
            env: options.env,
            // Own process group (and session): signals to it never reach runguard or the runner.
            detached: process.platform !== 'win32',
            stdio: mode === 'shim' ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        this.closed = new Promise(resolve => {
            this.child.once('close', () => resolve());
            // A program that cannot be started may never emit 'close'.
            this.child.once('error', () => resolve());
        });
        this.child.stdout?.on('data', options.onStdout);
        this.child.stderr?.on('data', options.onStderr);
        this.child.stdin?.on('error', () => {
            // The script may exit without reading stdin (EPIPE): not a failure of the run.
        });
        this.child.stdin?.end(options.stdin ?? undefined);
        this.child.once('error', (e) => {
            // Isolated, the child is the launcher (or sudo), not the script: it failing to start is
            // an isolation failure, never "the script was not found".
            if (mode !== 'isolated')
                this.failedToStart(e.code, e.message);
            else if (!this.exit && this.isolationFailure === undefined) {
                this.isolationFailure = `the isolation launcher could not start (${e.message})`;
                this.markExited();
            }
        });
        this.child.once('exit', (code, signal) => this.childExited(code, signal));
        if (mode === 'shim') {
            this.attach(this.child.stdio[3]);
        }
        else if (mode === 'isolated') {
            this.server?.once('connection', socket => {
                // One launcher per attempt: nothing else may connect afterwards.
                this.server?.close();
                socket.write(encodeLaunchFrame(options.isolation, options.argv, options.env, options.cwd));
                this.attach(socket);
            });
        }
        else {
            this.targetGroup = this.child.pid;
            if (this.jail && this.child.pid !== undefined) {
                // Node cannot join a cgroup before exec: a fork in the first instant could slip out.
                try {
                    (0,external_node_fs_.writeFileSync)(this.jail.procsFile, String(this.child.pid));
                }
                catch (e) {
                    this.notes.push(`could not move the script into its cgroup: ${e.message}`);
                }
            }
            if (this.child.pid !== undefined)
                options.onTree(this.child.pid, false);
        }
    }
    /** Starts the tree; isolated mode first opens the launcher's socket. */
    static async start(options) {
        if (options.mode === 'isolated') {
            if (!options.isolation || !options.python)
                throw new Error('isolated mode needs a plan and python');
            // A directory of mode 0700: only runguard's user (and root) can reach the socket.
            const socketDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'rg-'));
            const server = external_node_net_default().createServer();
            await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen(external_node_path_default().join(socketDir, 's'), () => resolve());
            });
            return new ScriptProcess(options, { jailNote: 'PID namespace', socketDir, server });
        }
        let jail;
        let jailNote = options.mode === 'shim' ? 'subreaper shim' : 'process group';
        if (options.cgroup && process.platform === 'linux') {
            const made = createCgroupJail(`runguard-${(0,external_node_crypto_.randomUUID)()}`);
            if ('unavailable' in made)
                jailNote += ` (no cgroup: ${made.unavailable})`;
            else {
                jail = made;
                jailNote += ` + ${made.kind}`;
            }
        }
        return new ScriptProcess(options, { ...(jail ? { jail } : {}), jailNote });
    }
    get mode() {
        return this.options.mode;
    }
    /** Node's direct child (sudo, the launcher, the shim or the script). */
    get pid() {
        return this.child.pid;
    }
    /** The shim, which sits in the cgroup too and must live to report the rusage. */
    get helperPid() {
        return this.options.mode === 'shim' ? this.child.pid : undefined;
    }
    /** The direct child is still running. */
    get running() {
        return this.child.exitCode === null && this.child.signalCode === null;
    }
    /**
     * Nothing of the tree is left as far as the helper knows: it said so when the script exited,
     * it finished reaping, or it is gone. The helper is a subreaper (or PID 1 of the namespace),
     * so every orphan comes back to it; a /proc scan alone can miss a process that is moving
     * between parents and declare a still-forking tree gone. Without a helper: nothing to ask.
     */
    settled() {
        return this.options.mode === 'direct' || this.treeEmpty || !this.running;
    }
    /**
     * SIGTERM or SIGKILL to every process of the tree by every means this mode has: the helper's
     * command (namespace-wide, or every descendant of the subreaper), the cgroup, the target's
     * process group. The caller adds the pids its monitor saw.
     */
    signal(sig) {
        const { mode } = this.options;
        if (mode !== 'direct')
            this.command(sig === 'SIGTERM' ? 'term' : 'kill');
        this.jail?.signal(sig, this.helperPid);
        if (mode === 'isolated' || process.platform === 'win32') {
            if (process.platform === 'win32')
                this.child.kill(sig);
            return;
        }
        if (this.targetGroup !== undefined)
            launch_send(-this.targetGroup, sig);
        // The shim has not reported the target yet: only a SIGKILL goes to the shim itself (then
        // nothing is left to start); a TERM is repeated when the target is reported.
        else if (sig === 'SIGKILL' && this.child.pid !== undefined)
            launch_send(-this.child.pid, sig);
    }
    /** The strongest kill this mode has; resolves once it has been applied (bounded). */
    async killAll() {
        this.signal('SIGKILL');
        if (this.jail) {
            try {
                await this.jail.kill(this.helperPid);
            }
            catch (e) {
                this.notes.push(`cgroup kill failed: ${e.message}`);
            }
        }
    }
    /** Last resort when the streams stay open: kill the direct child, stop reading. */
    forceClose() {
        if (this.running && this.child.pid !== undefined)
            launch_send(this.child.pid, 'SIGKILL');
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        this.channel?.destroy();
    }
    /** Removes the cgroup and the socket directory. */
    dispose() {
        this.jail?.remove();
        this.server?.close();
        if (this.socketDir)
            (0,external_node_fs_.rmSync)(this.socketDir, { recursive: true, force: true });
        this.socketDir = undefined;
    }
    commandLine() {
        const { mode, argv, python, isolation } = this.options;
        if (mode === 'shim')
            return shimArgv(python, 3, this.jail?.procsFile, argv);
        if (mode === 'isolated') {
            return [...isolation.prefix, ...isolateArgv(python, external_node_path_default().join(this.socketDir, 's'))];
        }
        return [...argv];
    }
    command(line) {
        if (!this.channel) {
            this.pending.push(line);
            return;
        }
        if (!this.channel.destroyed && this.channel.writable)
            this.channel.write(`${line}\n`);
    }
    attach(channel) {
        this.channel = channel;
        channel.on('error', () => undefined);
        let buffered = '';
        channel.setEncoding('utf8');
        channel.on('data', (text) => {
            buffered += text;
            let nl;
            while ((nl = buffered.indexOf('\n')) >= 0) {
                const event = parseShimEvent(buffered.slice(0, nl));
                buffered = buffered.slice(nl + 1);
                if (event)
                    this.onEvent(event);
            }
        });
        for (const line of this.pending.splice(0))
            this.command(line);
    }
    onEvent(event) {
        switch (event.event) {
            case 'ns':
                // PID 1 of the namespace: its descendants are exactly the script's processes.
                this.options.onTree(event.pid, true);
                break;
            case 'spawned':
                this.subreaper = event.subreaper;
                if (this.options.mode === 'shim') {
                    this.targetGroup = event.pid;
                    if (this.child.pid !== undefined)
                        this.options.onTree(this.child.pid, true);
                }
                break;
            case 'error':
                this.failedToStart(event.errno, event.message);
                break;
            case 'isolation-failed':
                this.isolationFailure = event.message;
                this.markExited();
                break;
            case 'note':
                this.notes.push(event.message);
                break;
            case 'exited':
                if (this.exit)
                    break;
                this.exit = {
                    code: event.signal !== null ? 128 + event.signal : (event.code ?? 0),
                    ...(event.signal !== null
                        ? { signal: SIGNAL_NAMES.get(event.signal) ?? String(event.signal) }
                        : {}),
                    wallSeconds: event.wall
                };
                if (event.rest === false)
                    this.treeEmpty = true;
                this.markExited();
                break;
            case 'done':
                this.treeEmpty = true;
                this.rusage = event.ru;
                this.helperMaxrss = event.selfMaxrss;
                break;
        }
    }
    failedToStart(errno, message) {
        if (this.exit || this.startFailure)
            return;
        const code = startFailureCode(errno);
        this.startFailure = { code, message };
        this.exit = { code };
        this.markExited();
    }
    childExited(code, signal) {
        if (this.options.mode === 'direct') {
            this.exit ??= {
                code: code ?? (signal ? signalExitCode(signal) : 1),
                ...(signal ? { signal } : {})
            };
            this.markExited();
            return;
        }
        // The helper ended. Its last events may still be in the channel ('exit' can come before
        // the data), so decide only once the channel is closed.
        const decide = () => {
            if (!this.exit && !this.isolationFailure) {
                if (this.options.mode === 'isolated' && !this.channel) {
                    this.isolationFailure = `the isolation launcher ended (exit ${code ?? signal}) before it started the script`;
                }
                else {
                    this.exit = { code: code ?? (signal ? signalExitCode(signal) : 1) };
                    this.notes.push('the runner helper ended without reporting the script’s exit status');
                }
            }
            this.markExited();
        };
        const channel = this.channel;
        if (!channel || channel.destroyed || channel.readableEnded)
            decide();
        else
            channel.once('close', decide);
    }
}

// EXTERNAL MODULE: ./src/runner/live-output.ts
var live_output = __webpack_require__(21178);
;// CONCATENATED MODULE: ./src/runner/metrics.ts
/** The reason a metric that only sampling observes is null (model.ts, MeasurementInfo). */
const NOT_SAMPLED = 'not sampled: the script ended before the first sample';
const round = (value, digits) => {
    const f = 10 ** digits;
    return Math.round(value * f) / f;
};
/**
 * Combines the /proc samples and the shim's rusage into the metric names (model.ts). Where both
 * sources measure a total, the larger wins: each is a lower bound of the truth (sampling misses
 * what happens after the last sample; rusage misses processes that were never reaped).
 */
function buildMetrics(f) {
    // Only a sample observes the tree's CPU %, RSS average/minimum, threads and fds; a script that
    // ended before the first one has none of them (null, not 0: a 0 read as a measurement, and the
    // next sampled run looked like a regression). Totals also come from rusage when the helper ran.
    const m = f.monitor && f.monitor.samples > 0 ? f.monitor : undefined;
    const ru = f.rusage;
    const clk = m?.clockTicks ?? 100;
    const sampled = (value, digits) => m === undefined ? null : digits === undefined ? value : round(value, digits);
    const total = (value) => (m === undefined && !ru ? null : value);
    // Children's ru_maxrss is only a real measurement when it exceeds the shim's own peak.
    const ruPeakKb = ru && ru.maxrss > (f.shimSelfMaxrssKb ?? Number.POSITIVE_INFINITY) ? ru.maxrss : 0;
    // A script that ended before the first sample and stayed under the shim's own peak leaves
    // only the children's ru_maxrss, an upper bound (the floor posix_spawn carries over). Gating
    // on it fails closed; reporting 0 let any `memory_max_mb` gate pass (and a forged merge too).
    const memoryMaxKb = Math.max(m?.rssMaxKb ?? 0, m?.hwmMaxKb ?? 0, ruPeakKb) || (ru?.maxrss ?? 0);
    const sampledUser = m ? Math.max(m.ownUserTicks, m.withChildrenUserTicks) / clk : 0;
    const sampledSystem = m ? Math.max(m.ownSystemTicks, m.withChildrenSystemTicks) / clk : 0;
    const success = f.exitCode === 0 && !f.timedOut && f.cancelled !== true;
    return {
        execution_time_seconds: round(f.wallSeconds, 3),
        exit_code: f.exitCode,
        success,
        cpu_max: sampled(m?.cpuMax ?? 0, 1),
        cpu_avg: sampled(m?.cpuAvg ?? 0, 1),
        cpu_min: sampled(m?.cpuMin ?? 0, 1),
        memory_max_mb: total(round(memoryMaxKb / 1024, 2)),
        memory_avg_mb: sampled((m?.rssAvgKb ?? 0) / 1024, 2),
        memory_min_mb: sampled((m?.rssMinKb ?? 0) / 1024, 2),
        user_time_seconds: total(round(Math.max(ru?.utime ?? 0, sampledUser), 3)),
        system_time_seconds: total(round(Math.max(ru?.stime ?? 0, sampledSystem), 3)),
        num_threads: sampled(m?.threadsMax ?? 0),
        num_fds: sampled(m?.fdsMax ?? 0),
        page_faults_minor: total(Math.max(ru?.minflt ?? 0, m ? Math.max(m.minorFaults, m.withChildrenMinorFaults) : 0)),
        page_faults_major: total(Math.max(ru?.majflt ?? 0, m ? Math.max(m.majorFaults, m.withChildrenMajorFaults) : 0)),
        voluntary_context_switches: total(Math.max(ru?.nvcsw ?? 0, m?.voluntaryCtxSwitches ?? 0)),
        involuntary_context_switches: total(Math.max(ru?.nivcsw ?? 0, m?.involuntaryCtxSwitches ?? 0)),
        // ru_inblock/ru_oublock are 512-byte units of the same storage-layer accounting as /proc/io.
        block_io_read_bytes: total(Math.max((ru?.inblock ?? 0) * 512, m?.readBytes ?? 0)),
        block_io_write_bytes: total(Math.max((ru?.oublock ?? 0) * 512, m?.writeBytes ?? 0)),
        stdout_lines: f.stdout.lines,
        stderr_lines: f.stderr.lines,
        stdout_size_bytes: f.stdout.bytes,
        stderr_size_bytes: f.stderr.bytes,
        attempt: f.attempt,
        startedAt: f.startedAt,
        timedOut: f.timedOut,
        ...(f.cancelled ? { cancelled: true } : {}),
        ...(f.signal ? { signal: f.signal } : {}),
        samples: f.monitor?.timeline ?? [],
        measurement: {
            ...f.measurement,
            ...(m === undefined && f.measurement.notObserved === undefined
                ? { notObserved: NOT_SAMPLED }
                : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/runner/measurement.ts

/** How the numbers of one attempt were obtained and what could not be measured. */
function describeMeasurement(input) {
    const notes = [...(input.isolation ? [input.isolation] : []), ...input.notes];
    let method;
    let notObserved;
    if (!input.linux) {
        method = 'portable';
        notObserved = `not measured: no /proc on ${process.platform}`;
        notes.push(`no /proc on ${process.platform}: only wall time, exit code and output sizes are measured; CPU, memory, threads, fds, faults, context switches and I/O are not (null)`);
    }
    else {
        method = input.helper ? 'linux-proc+rusage-shim' : 'linux-proc';
        if (input.discovery)
            notes.push(`process tree discovery: ${input.discovery}`);
        if (!input.helper) {
            notes.push('rusage shim not used (no python3 >= 3.8, or disabled): CPU time, page faults, context switches and I/O of processes that exited between samples are lower bounds');
        }
        else if (!input.rusage && !input.startFailed) {
            notes.push('the rusage shim did not report; totals come from /proc samples only');
        }
        else if (!input.subreaper && !input.startFailed) {
            notes.push('PR_SET_CHILD_SUBREAPER unavailable: orphaned processes are not in the CPU totals');
        }
        if (input.samples === 0) {
            notObserved = input.startFailed ? 'not measured: the script did not start' : NOT_SAMPLED;
            if (!input.startFailed)
                notes.push(`the script ended before the first sample: CPU, memory average and minimum, threads and fds were not observed (null, never gated), and the memory peak is the rusage value (an upper bound)`);
        }
    }
    return {
        method,
        samplingIntervalMs: input.interval,
        platform: `${process.platform}-${process.arch}`,
        notes,
        ...(notObserved ? { notObserved } : {})
    };
}

;// CONCATENATED MODULE: ./src/runner/proc-parse.ts
/**
 * Pure parsers for the Linux /proc files the monitor reads (proc(5)). They take file text and
 * return numbers, so they are tested on small fixtures without a running process.
 */
/**
 * Parses `/proc/<pid>/stat`. The comm field can contain spaces and `)`, so fields are counted
 * from the LAST `)` (proc(5)). Returns undefined for text that is not a stat line.
 */
function parseStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    const pid = Number(text.slice(0, open).trim());
    // rest[0] is field 3 (state); field n is rest[n - 3].
    const rest = text
        .slice(close + 1)
        .trim()
        .split(/\s+/);
    if (rest.length < 20 || !Number.isFinite(pid))
        return undefined;
    const field = (n) => Number(rest[n - 3]);
    return {
        pid,
        comm: text.slice(open + 1, close),
        state: rest[0] ?? '?',
        ppid: field(4),
        pgrp: field(5),
        minflt: field(10),
        cminflt: field(11),
        majflt: field(12),
        cmajflt: field(13),
        utime: field(14),
        stime: field(15),
        cutime: field(16),
        cstime: field(17),
        numThreads: field(20),
        starttime: field(22)
    };
}
function parseStatus(text) {
    const result = {
        vmRssKb: 0,
        vmHwmKb: 0,
        threads: 0,
        voluntaryCtxtSwitches: 0,
        nonvoluntaryCtxtSwitches: 0
    };
    for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const key = line.slice(0, colon);
        const value = Number.parseInt(line.slice(colon + 1).trim(), 10);
        if (!Number.isFinite(value))
            continue;
        switch (key) {
            case 'VmRSS':
                result.vmRssKb = value;
                break;
            case 'VmHWM':
                result.vmHwmKb = value;
                break;
            case 'Threads':
                result.threads = value;
                break;
            case 'voluntary_ctxt_switches':
                result.voluntaryCtxtSwitches = value;
                break;
            case 'nonvoluntary_ctxt_switches':
                result.nonvoluntaryCtxtSwitches = value;
                break;
        }
    }
    return result;
}
function parseIo(text) {
    const read = /^read_bytes:\s*(\d+)/m.exec(text);
    const write = /^write_bytes:\s*(\d+)/m.exec(text);
    return { readBytes: read ? Number(read[1]) : 0, writeBytes: write ? Number(write[1]) : 0 };
}
/** `/proc/<pid>/task/<tid>/children`: space-separated pids. */
function parseChildren(text) {
    return text
        .split(/\s+/)
        .filter(s => s !== '')
        .map(Number)
        .filter(n => Number.isInteger(n) && n > 0);
}

;// CONCATENATED MODULE: ./src/runner/timeline.ts
/** Default bound on stored timeline points (a 1 h run at 100 ms would be 36 000 samples). */
const MAX_TIMELINE_POINTS = 600;
/** Merges consecutive samples into one point: earliest time, maxima for cpu, rss and processes. */
function mergeSamples(a, b) {
    return {
        t: Math.min(a.t, b.t),
        cpu: Math.max(a.cpu, b.cpu),
        rssMb: Math.max(a.rssMb, b.rssMb),
        processes: Math.max(a.processes, b.processes)
    };
}
/**
 * A bounded timeline. When it is full, neighbouring points are merged pairwise and from then on
 * each stored point covers twice as many raw samples, so memory stays O(maxPoints) and peaks are
 * never lost (maxima are kept).
 */
class SampleTimeline {
    maxPoints;
    stored = [];
    /** Raw samples per stored point. */
    stride = 1;
    pending;
    pendingCount = 0;
    constructor(maxPoints = MAX_TIMELINE_POINTS) {
        this.maxPoints = maxPoints;
        if (maxPoints < 2)
            throw new RangeError('maxPoints must be at least 2');
    }
    add(sample) {
        this.pending = this.pending ? mergeSamples(this.pending, sample) : sample;
        this.pendingCount++;
        if (this.pendingCount < this.stride)
            return;
        this.stored.push(this.pending);
        this.pending = undefined;
        this.pendingCount = 0;
        if (this.stored.length >= this.maxPoints)
            this.halve();
    }
    halve() {
        const merged = [];
        for (let i = 0; i < this.stored.length; i += 2) {
            const a = this.stored[i];
            const b = this.stored[i + 1];
            merged.push(b ? mergeSamples(a, b) : a);
        }
        this.stored.length = 0;
        this.stored.push(...merged);
        this.stride *= 2;
    }
    /** Stored points plus a partially filled last point; never more than maxPoints. */
    points() {
        const out = [...this.stored];
        if (this.pending)
            out.push(this.pending);
        return out.length > this.maxPoints ? out.slice(0, this.maxPoints) : out;
    }
}

;// CONCATENATED MODULE: ./src/runner/monitor.ts





let clockTicksCached;
/** AT_CLKTCK in the ELF auxiliary vector: the kernel's USER_HZ, handed to every process. */
const AT_CLKTCK = 17;
/** USER_HZ from /proc/self/auxv (64-bit word pairs), or undefined. */
function clockTicksFromAuxv(auxv) {
    for (let off = 0; off + 16 <= auxv.length; off += 16) {
        const type = auxv.readBigUInt64LE(off);
        if (type === 0n)
            break;
        if (type === BigInt(AT_CLKTCK)) {
            const value = Number(auxv.readBigUInt64LE(off + 8));
            return Number.isInteger(value) && value > 0 && value <= 100000 ? value : undefined;
        }
    }
    return undefined;
}
/**
 * USER_HZ (what `getconf CLK_TCK` prints); 100 on every mainstream Linux, used when neither the
 * auxiliary vector (read without spawning a process: this sits on every run's start) nor
 * getconf answers.
 */
function clockTicksPerSecond() {
    if (clockTicksCached !== undefined)
        return clockTicksCached;
    let value;
    if (external_node_os_default().endianness() === 'LE' && /64/.test(process.arch)) {
        try {
            value = clockTicksFromAuxv((0,external_node_fs_.readFileSync)('/proc/self/auxv'));
        }
        catch {
            // No /proc: ask getconf.
        }
    }
    if (value === undefined) {
        value = 100;
        try {
            const out = Number((0,external_node_child_process_.execFileSync)('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
            if (Number.isInteger(out) && out > 0)
                value = out;
        }
        catch {
            // Keep 100.
        }
    }
    clockTicksCached = value;
    return value;
}
/**
 * Processes whose initial environment holds `NAME=value` (/proc/<pid>/environ): the last net for
 * processes that left the tree before any sample saw them (double fork + setsid, parent gone).
 * Only processes of the same user are readable, which is all a script can start.
 */
function findProcessesWithEnv(name, value, procRoot = '/proc') {
    const needle = Buffer.from(`${name}=${value}\0`);
    const result = [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(procRoot);
    }
    catch {
        return result;
    }
    for (const entry of entries) {
        const c = entry.charCodeAt(0);
        if (c < 48 || c > 57)
            continue;
        const pid = Number(entry);
        if (pid === process.pid)
            continue;
        let environ;
        try {
            environ = (0,external_node_fs_.readFileSync)(`${procRoot}/${entry}/environ`);
        }
        catch {
            continue;
        }
        if (environ.indexOf(needle) < 0)
            continue;
        const statText = readText(`${procRoot}/${entry}/stat`);
        const stat = statText === undefined ? undefined : parseStat(statText);
        if (stat && stat.state !== 'Z')
            result.push({ pid, starttime: stat.starttime });
    }
    return result;
}
const keyOf = (k) => `${k.pid}:${k.starttime}`;
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * Samples a process tree from /proc (Linux). Discovery: `task/*\/children` when the kernel has
 * CONFIG_PROC_CHILDREN, otherwise a ppid scan of /proc/*\/stat that only reads pids it has not
 * classified yet. Every process ever seen (pid+starttime) stays tracked while alive, so
 * processes that leave the tree (setsid + parent exit, re-parented to init) are still measured
 * and killed at the end. Reads are synchronous: ~50 µs per process, cheaper than async I/O.
 */
class ProcTreeMonitor {
    rootPid;
    options;
    proc;
    clk = clockTicksPerSecond();
    hasChildrenFiles;
    tracked = new Map();
    /** Pids seen in the last /proc listing that are not in the tree (ppid-scan mode). */
    notInTree = new Set();
    timeline = new SampleTimeline();
    timer;
    startedAt = performance.now();
    lastSampleAt = this.startedAt;
    count = 0;
    cpuMax = 0;
    cpuMin = Number.POSITIVE_INFINITY;
    cpuSum = 0;
    rssMax = 0;
    rssMin = Number.POSITIVE_INFINITY;
    rssSum = 0;
    threadsMax = 0;
    fdsMax = 0;
    ioDenied = false;
    rootStarttime;
    constructor(rootPid, options) {
        this.rootPid = rootPid;
        this.options = options;
        this.proc = options.procRoot ?? '/proc';
        this.hasChildrenFiles =
            options.discovery !== undefined
                ? options.discovery === 'children'
                : (0,external_node_fs_.existsSync)(`${this.proc}/${process.pid}/task/${process.pid}/children`);
    }
    /** Takes a first sample now, then one every interval until stop(). */
    start() {
        this.sample();
        const tick = () => {
            this.sample();
            this.timer = setTimeout(tick, this.options.intervalMs);
            this.timer.unref();
        };
        this.timer = setTimeout(tick, this.options.intervalMs);
        this.timer.unref();
    }
    stop() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
    }
    /** Discovery method, for the measurement notes. */
    get discovery() {
        return this.hasChildrenFiles ? 'task/*/children' : 'ppid scan of /proc/*/stat';
    }
    /** Live processes of the tree right now (fresh discovery plus every tracked survivor). */
    liveProcesses() {
        const found = this.discover();
        const result = [];
        for (const stat of found.values()) {
            if (this.options.excludeRoot && stat.pid === this.rootPid)
                continue;
            // Zombies are dead already; their parent (or init) reaps them.
            if (stat.state === 'Z' || stat.state === 'X')
                continue;
            result.push({ pid: stat.pid, starttime: stat.starttime });
        }
        return result;
    }
    /** One sample: discover, read every process, update the aggregates. */
    sample() {
        const now = performance.now();
        const found = this.discover();
        let rssKb = 0;
        let threads = 0;
        let fds = 0;
        let ticks = 0;
        let processes = 0;
        for (const stat of found.values()) {
            if (this.options.excludeRoot && stat.pid === this.rootPid)
                continue;
            if (stat.state === 'Z' || stat.state === 'X')
                continue;
            const base = `${this.proc}/${stat.pid}`;
            const statusText = readText(`${base}/status`);
            if (statusText === undefined)
                continue;
            const status = parseStatus(statusText);
            const key = keyOf(stat);
            let t = this.tracked.get(key);
            if (!t) {
                t = {
                    pid: stat.pid,
                    starttime: stat.starttime,
                    stat,
                    io: { readBytes: 0, writeBytes: 0 },
                    voluntary: 0,
                    involuntary: 0,
                    hwmKb: 0,
                    prevTicks: 0
                };
                this.tracked.set(key, t);
            }
            t.stat = stat;
            t.hwmKb = Math.max(t.hwmKb, status.vmHwmKb, status.vmRssKb);
            const ioText = readText(`${base}/io`);
            if (ioText !== undefined)
                t.io = parseIo(ioText);
            else
                this.ioDenied = true;
            const ctx = stat.numThreads > 1 ? this.threadContextSwitches(base) : undefined;
            t.voluntary = ctx?.voluntary ?? status.voluntaryCtxtSwitches;
            t.involuntary = ctx?.involuntary ?? status.nonvoluntaryCtxtSwitches;
            const cur = stat.utime + stat.stime;
            ticks += Math.max(0, cur - t.prevTicks);
            t.prevTicks = cur;
            rssKb += status.vmRssKb;
            threads += status.threads || stat.numThreads;
            fds += this.countFds(base);
            processes++;
        }
        const dt = Math.max(1, now - this.lastSampleAt) / 1000;
        this.lastSampleAt = now;
        // Nothing of the script alive (before the shim spawned it, after it exited): not a sample.
        if (processes === 0)
            return;
        const cpu = (ticks / this.clk / dt) * 100;
        this.count++;
        this.cpuMax = Math.max(this.cpuMax, cpu);
        this.cpuMin = Math.min(this.cpuMin, cpu);
        this.cpuSum += cpu;
        this.rssMax = Math.max(this.rssMax, rssKb);
        this.rssMin = Math.min(this.rssMin, rssKb);
        this.rssSum += rssKb;
        this.threadsMax = Math.max(this.threadsMax, threads);
        this.fdsMax = Math.max(this.fdsMax, fds);
        this.timeline.add({
            t: Math.round(now - this.startedAt),
            cpu: Math.round(cpu * 10) / 10,
            rssMb: Math.round((rssKb / 1024) * 10) / 10,
            processes
        });
    }
    summary() {
        let ownUser = 0;
        let ownSystem = 0;
        let withChildrenUser = 0;
        let withChildrenSystem = 0;
        let minor = 0;
        let major = 0;
        let withChildrenMinor = 0;
        let withChildrenMajor = 0;
        let voluntary = 0;
        let involuntary = 0;
        let readBytes = 0;
        let writeBytes = 0;
        let hwm = 0;
        for (const t of this.tracked.values()) {
            const s = t.stat;
            ownUser += s.utime;
            ownSystem += s.stime;
            withChildrenUser = Math.max(withChildrenUser, s.utime + s.cutime);
            withChildrenSystem = Math.max(withChildrenSystem, s.stime + s.cstime);
            minor += s.minflt;
            major += s.majflt;
            withChildrenMinor = Math.max(withChildrenMinor, s.minflt + s.cminflt);
            withChildrenMajor = Math.max(withChildrenMajor, s.majflt + s.cmajflt);
            voluntary += t.voluntary;
            involuntary += t.involuntary;
            readBytes += t.io.readBytes;
            writeBytes += t.io.writeBytes;
            hwm = Math.max(hwm, t.hwmKb);
        }
        const n = this.count;
        return {
            samples: n,
            cpuMax: this.cpuMax,
            cpuMin: n > 0 ? this.cpuMin : 0,
            cpuAvg: n > 0 ? this.cpuSum / n : 0,
            rssMaxKb: this.rssMax,
            rssMinKb: n > 0 ? this.rssMin : 0,
            rssAvgKb: n > 0 ? this.rssSum / n : 0,
            hwmMaxKb: hwm,
            threadsMax: this.threadsMax,
            fdsMax: this.fdsMax,
            processesSeen: this.tracked.size,
            ownUserTicks: ownUser,
            ownSystemTicks: ownSystem,
            withChildrenUserTicks: withChildrenUser,
            withChildrenSystemTicks: withChildrenSystem,
            minorFaults: minor,
            majorFaults: major,
            withChildrenMinorFaults: withChildrenMinor,
            withChildrenMajorFaults: withChildrenMajor,
            voluntaryCtxSwitches: voluntary,
            involuntaryCtxSwitches: involuntary,
            readBytes,
            writeBytes,
            clockTicks: this.clk,
            timeline: this.timeline.points(),
            notes: this.ioDenied ? ['/proc/<pid>/io was not readable for some processes'] : []
        };
    }
    /** Context switches summed over threads: /proc/<pid>/status counts the main thread only. */
    threadContextSwitches(base) {
        let voluntary = 0;
        let involuntary = 0;
        let tids;
        try {
            tids = (0,external_node_fs_.readdirSync)(`${base}/task`);
        }
        catch {
            return { voluntary, involuntary };
        }
        for (const tid of tids) {
            const text = readText(`${base}/task/${tid}/status`);
            if (text === undefined)
                continue;
            const s = parseStatus(text);
            voluntary += s.voluntaryCtxtSwitches;
            involuntary += s.nonvoluntaryCtxtSwitches;
        }
        return { voluntary, involuntary };
    }
    countFds(base) {
        try {
            return (0,external_node_fs_.readdirSync)(`${base}/fd`).length;
        }
        catch {
            return 0;
        }
    }
    readStat(pid) {
        const text = readText(`${this.proc}/${pid}/stat`);
        return text === undefined ? undefined : parseStat(text);
    }
    /** The tree now: pid → stat, including tracked processes that left it but are alive. */
    discover() {
        const found = this.hasChildrenFiles ? this.discoverByChildren() : this.discoverByScan();
        // Survivors outside the tree (re-parented to init): still ours while the starttime matches.
        for (const t of this.tracked.values()) {
            if (found.has(t.pid))
                continue;
            const stat = this.readStat(t.pid);
            if (stat && stat.starttime === t.starttime)
                found.set(t.pid, stat);
        }
        return found;
    }
    rootStat() {
        const stat = this.readStat(this.rootPid);
        if (!stat)
            return undefined;
        // The root's pid could be reused after it was reaped: pin its first starttime.
        this.rootStarttime ??= stat.starttime;
        return stat.starttime === this.rootStarttime ? stat : undefined;
    }
    discoverByChildren() {
        const found = new Map();
        const root = this.rootStat();
        if (!root)
            return found;
        found.set(root.pid, root);
        const queue = [root.pid];
        while (queue.length > 0) {
            const pid = queue.shift();
            let tids;
            try {
                tids = (0,external_node_fs_.readdirSync)(`${this.proc}/${pid}/task`);
            }
            catch {
                continue;
            }
            for (const tid of tids) {
                const text = readText(`${this.proc}/${pid}/task/${tid}/children`);
                if (!text)
                    continue;
                for (const child of parseChildren(text)) {
                    if (found.has(child))
                        continue;
                    const stat = this.readStat(child);
                    if (!stat)
                        continue;
                    found.set(child, stat);
                    queue.push(child);
                }
            }
        }
        return found;
    }
    discoverByScan() {
        const found = new Map();
        const root = this.rootStat();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(this.proc);
        }
        catch {
            return found;
        }
        const listed = new Set();
        const candidates = [];
        for (const name of entries) {
            const c = name.charCodeAt(0);
            if (c < 48 || c > 57)
                continue;
            const pid = Number(name);
            listed.add(pid);
            // A pid continuously listed and already known to be outside the tree stays outside: a
            // process cannot join another tree later (re-parenting only goes to init or a subreaper
            // ancestor). A reused pid disappears from one listing first, so it is re-read.
            if (pid === this.rootPid || this.notInTree.has(pid))
                continue;
            const stat = this.readStat(pid);
            if (stat)
                candidates.push(stat);
        }
        if (root)
            found.set(root.pid, root);
        const inTree = new Set(root ? [root.pid] : []);
        let changed = true;
        let rest = candidates;
        while (changed && rest.length > 0) {
            changed = false;
            const next = [];
            for (const stat of rest) {
                if (inTree.has(stat.ppid) || this.tracked.has(keyOf(stat))) {
                    inTree.add(stat.pid);
                    found.set(stat.pid, stat);
                    changed = true;
                }
                else {
                    next.push(stat);
                }
            }
            rest = next;
        }
        const notInTree = new Set();
        for (const pid of this.notInTree)
            if (listed.has(pid))
                notInTree.add(pid);
        for (const stat of rest)
            notInTree.add(stat.pid);
        this.notInTree = notInTree;
        return found;
    }
}

;// CONCATENATED MODULE: ./src/runner/terminate.ts
const terminate_sleep = (ms) => new Promise(r => setTimeout(r, ms));
/** After the strongest kill, how long to keep killing what is still seen before giving up. */
const KILL_ROUNDS_MS = 5000;
function terminate_send(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // Gone already, or not ours.
    }
}
/**
 * Ends whatever of the tree is still alive: SIGTERM (unless `termSent`), up to `graceMs` for it
 * to exit, then the strongest kill the tree has (namespace, cgroup or the shim's freeze-then-kill
 * loop) plus SIGKILL rounds on every pid still seen. `survivors` lists the live processes
 * (monitor, plus the environment-marker scan outside a namespace). The tree is gone only when
 * the scan sees nothing *and* the helper agrees: a scan can miss a link of a fork chain in
 * flight between parents, and stopping early then leaves the helper to be SIGKILLed later with
 * the chain still running, re-parented to init. Returns how many processes were found (at least
 * one when only the helper knew of them).
 */
async function terminateTree(tree, survivors, graceMs, termSent) {
    let live = survivors();
    let count = live.length;
    const gone = () => {
        live = survivors();
        count = Math.max(count, live.length);
        return live.length === 0 && tree.settled();
    };
    if (live.length === 0 && tree.settled())
        return 0;
    if (!termSent) {
        tree.signal('SIGTERM');
        for (const p of live)
            terminate_send(p.pid, 'SIGTERM');
    }
    const deadline = performance.now() + graceMs;
    while (performance.now() < deadline) {
        await terminate_sleep(Math.min(50, Math.max(1, deadline - performance.now())));
        if (gone())
            return count;
    }
    // Still there after the grace: whatever the scan saw, something was running.
    count = Math.max(count, 1);
    await tree.killAll();
    const stop = performance.now() + KILL_ROUNDS_MS;
    while (!gone() && performance.now() < stop) {
        tree.signal('SIGKILL');
        for (const p of live)
            terminate_send(p.pid, 'SIGKILL');
        await terminate_sleep(25);
    }
    return count;
}

;// CONCATENATED MODULE: ./src/runner/attempt.ts











/** The namespaces could not be set up although the probe said they could: a runner failure. */
class IsolationError extends Error {
    name = 'IsolationError';
}
/** Set in the script's environment to a fresh id per attempt (see findProcessesWithEnv). */
const RUN_ID_ENV = 'RUNGUARD_RUN_ID';
/**
 * One attempt: start the tree (isolated, under the shim, or directly), stream and capture its
 * output, sample it, enforce the timeout and cancellation, and make sure nothing the script
 * started outlives it.
 */
async function runAttempt(ctx) {
    const startedAt = new Date().toISOString();
    const t0 = performance.now();
    const linux = process.platform === 'linux' && (0,external_node_fs_.existsSync)('/proc/self/stat');
    const mode = !linux || !ctx.shimPython ? 'direct' : ctx.isolation ? 'isolated' : 'shim';
    const streams = captureStreams(ctx);
    // Marks every process of this attempt (environment is inherited) so survivors that escaped
    // the tree before any sample saw them can still be found and killed at the end.
    const runId = (0,external_node_crypto_.randomUUID)();
    let monitor;
    const stop = new StopControl(ctx);
    const proc = await ScriptProcess.start({
        argv: ctx.argv,
        cwd: ctx.cwd,
        env: { ...ctx.env, [RUN_ID_ENV]: runId },
        ...(ctx.settings.stdinJson !== undefined ? { stdin: ctx.settings.stdinJson } : {}),
        mode,
        ...(ctx.shimPython ? { python: ctx.shimPython } : {}),
        ...(ctx.isolation ? { isolation: ctx.isolation } : {}),
        cgroup: mode !== 'isolated',
        onStdout: chunk => streams.out.write(chunk),
        onStderr: chunk => streams.err.write(chunk),
        onTree: (root, excludeRoot) => {
            if (linux && !monitor) {
                monitor = new ProcTreeMonitor(root, {
                    intervalMs: ctx.settings.samplingInterval,
                    excludeRoot
                });
                monitor.start();
            }
            // A stop requested before the tree existed only reached the helper.
            stop.treeReady();
        }
    });
    stop.arm(proc, () => monitor?.liveProcesses() ?? []);
    ctx.onStarted?.();
    await proc.exited;
    const wallSeconds = proc.exit?.wallSeconds ?? (performance.now() - t0) / 1000;
    stop.disarm();
    // Final sample while survivors are still there, then make sure nothing outlives the attempt.
    monitor?.sample();
    monitor?.stop();
    const survivors = survivorList(proc, () => monitor, runId, linux);
    const leftovers = await terminateTree(proc, survivors, stop.remainingGraceMs(), stop.termSent);
    if (leftovers > 0 && !stop.termSent) {
        ctx.logger.warning(`runguard: ${leftovers} process(es) started by the script were still running after it exited; they were terminated`);
        proc.notes.push(`${leftovers} leftover process(es) terminated after the script exited`);
    }
    await closeStreams(proc);
    streams.end();
    proc.dispose();
    if (proc.isolationFailure !== undefined) {
        throw new IsolationError(`the script's isolation could not be set up: ${proc.isolationFailure}`);
    }
    return attemptResult(ctx, { proc, streams, stop, monitor, startedAt, wallSeconds, linux });
}
/** Bounded, redacted capture of both streams, feeding the (bounded) live log. */
function captureStreams(ctx) {
    const live = ctx.onLine
        ? new live_output/* LiveLog */.J3(ctx.settings.maxOutputBytes, ctx.onLine, text => ctx.logger.info(text))
        : undefined;
    const capture = (stream) => new OutputCapture({
        maxBytes: ctx.settings.maxOutputBytes,
        redact: text => ctx.redactor.redact(text),
        ...(live ? { onLine: (line) => live.line(stream, line) } : {})
    });
    const out = capture('stdout');
    const err = capture('stderr');
    return {
        out,
        err,
        end: () => {
            out.end();
            err.end();
            live?.finish();
        }
    };
}
/** Timeout and cancellation: SIGTERM to the tree, then SIGKILL after the grace. */
class StopControl {
    ctx;
    timedOut = false;
    cancelled;
    termSentAt;
    proc;
    tracked = () => [];
    killTimer;
    timeoutTimer;
    graceSeconds;
    onAbort = () => this.request('abort');
    constructor(ctx) {
        this.ctx = ctx;
        this.graceSeconds = ctx.settings.killGrace;
    }
    get termSent() {
        return this.termSentAt !== undefined;
    }
    arm(proc, tracked) {
        this.proc = proc;
        this.tracked = tracked;
        const { timeout } = this.ctx.settings;
        if (timeout > 0)
            this.timeoutTimer = setTimeout(() => this.request('timeout'), timeout * 1000);
        if (this.ctx.signal?.aborted)
            this.onAbort();
        else
            this.ctx.signal?.addEventListener('abort', this.onAbort, { once: true });
    }
    disarm() {
        if (this.timeoutTimer)
            clearTimeout(this.timeoutTimer);
        if (this.killTimer)
            clearTimeout(this.killTimer);
        this.ctx.signal?.removeEventListener('abort', this.onAbort);
    }
    /** The tree exists now: repeat a TERM that could only reach the helper before. */
    treeReady() {
        if (this.termSentAt !== undefined && this.proc)
            this.signal('SIGTERM');
    }
    /** What is left of the grace after a TERM, or the whole grace when none was sent. */
    remainingGraceMs() {
        const grace = this.graceSeconds * 1000;
        return this.termSentAt === undefined
            ? grace
            : Math.max(0, this.termSentAt + grace - performance.now());
    }
    request(why) {
        if (this.termSentAt !== undefined || !this.proc)
            return;
        const { settings, logger, signal } = this.ctx;
        if (why === 'timeout') {
            this.timedOut = true;
            logger.warning(`runguard: the script exceeded its timeout of ${settings.timeout}s; sending SIGTERM, SIGKILL after ${settings.killGrace}s`);
        }
        else {
            const reason = signal?.reason;
            this.cancelled =
                reason instanceof cancel/* Cancelled */.cJ
                    ? `the run was cancelled (${reason.signal})`
                    : 'the run was aborted';
            // The runner sends SIGTERM 7.5 s after SIGINT: the reports must be written before.
            this.graceSeconds = Math.min(settings.killGrace, cancel/* CANCEL_GRACE_SECONDS */.sG);
            logger.warning(`runguard: ${this.cancelled}; stopping the script`);
        }
        this.termSentAt = performance.now();
        this.signal('SIGTERM');
        this.killTimer = setTimeout(() => {
            this.signal('SIGKILL');
            void this.proc?.killAll();
        }, this.graceSeconds * 1000);
    }
    signal(sig) {
        this.proc?.signal(sig);
        for (const p of this.tracked()) {
            try {
                process.kill(p.pid, sig);
            }
            catch {
                // Gone already.
            }
        }
    }
}
/**
 * Live processes of the attempt: what the monitor sees (in a namespace that is everything),
 * plus, outside one, processes carrying the attempt's environment marker. The helper itself
 * is not a survivor: it exits once it has reaped everything.
 */
function survivorList(proc, monitor, runId, linux) {
    if (!linux) {
        // No /proc: the process group is all there is to probe (a negative pid signals it).
        return () => {
            const group = proc.pid;
            if (group === undefined)
                return [];
            try {
                process.kill(-group, 0);
                return [{ pid: -group, starttime: 0 }];
            }
            catch {
                return [];
            }
        };
    }
    return () => {
        const byPid = new Map();
        for (const p of monitor()?.liveProcesses() ?? [])
            byPid.set(p.pid, p);
        if (proc.mode !== 'isolated') {
            const helper = proc.mode === 'shim' ? proc.pid : undefined;
            for (const p of findProcessesWithEnv(RUN_ID_ENV, runId)) {
                if (p.pid !== helper)
                    byPid.set(p.pid, p);
            }
        }
        return [...byPid.values()];
    };
}
/** The helper exits once it has reaped everything; a stuck pipe must not hang the runner. */
async function closeStreams(proc) {
    const timer = setTimeout(() => proc.forceClose(), 5000);
    await proc.closed;
    clearTimeout(timer);
}
function attemptResult(ctx, facts) {
    const { proc, stop, monitor } = facts;
    const notes = [];
    if (proc.startFailure) {
        notes.push(`could not start '${ctx.redactor.redact(ctx.argv[0] ?? '')}': ${ctx.redactor.redact(proc.startFailure.message)}`);
    }
    if (stop.cancelled)
        notes.push(stop.cancelled);
    if (stop.timedOut)
        notes.push(`timed out after ${ctx.settings.timeout}s`);
    notes.push(...proc.notes);
    if (proc.mode !== 'direct' || facts.linux)
        notes.push(`process tree control: ${proc.control}`);
    const summary = monitor?.summary();
    if (summary)
        notes.push(...summary.notes);
    const measurement = describeMeasurement({
        linux: facts.linux,
        helper: proc.mode !== 'direct',
        rusage: proc.rusage !== undefined,
        subreaper: proc.subreaper,
        discovery: monitor?.discovery,
        interval: ctx.settings.samplingInterval,
        samples: summary?.samples ?? 0,
        startFailed: proc.startFailure !== undefined,
        isolation: ctx.isolationNote,
        notes
    });
    const stdout = facts.streams.out.result();
    const stderr = facts.streams.err.result();
    const exit = proc.exit ?? { code: 1 };
    const metrics = buildMetrics({
        attempt: ctx.attempt,
        startedAt: facts.startedAt,
        exitCode: exit.code,
        ...(exit.signal ? { signal: exit.signal } : {}),
        timedOut: stop.timedOut,
        cancelled: stop.cancelled !== undefined,
        wallSeconds: facts.wallSeconds,
        stdout,
        stderr,
        ...(summary ? { monitor: summary } : {}),
        ...(proc.rusage ? { rusage: proc.rusage } : {}),
        ...(proc.helperMaxrss !== undefined ? { shimSelfMaxrssKb: proc.helperMaxrss } : {}),
        measurement
    });
    return {
        metrics,
        stdout,
        stderr,
        ...(proc.startFailure ? { startFailure: proc.startFailure } : {})
    };
}

;// CONCATENATED MODULE: ./src/runner/command.ts



const PYTHON_PROGRAM = /^python(\d+(\.\d+)?)?$/;
/** Resolves symlinks of the longest existing prefix, so a link cannot point outside unseen. */
function realish(p) {
    let current = p;
    const rest = [];
    while (!(0,external_node_fs_.existsSync)(current)) {
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            return p;
        rest.unshift(external_node_path_default().basename(current));
        current = parent;
    }
    return external_node_path_default().join((0,external_node_fs_.realpathSync)(current), ...rest);
}
function isInside(root, candidate) {
    const rel = external_node_path_default().relative(root, candidate);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function looksLikePath(arg) {
    return arg.includes('/') || arg.includes((external_node_path_default()).sep);
}
/**
 * Turns `script`, `shell` and `working-directory` into an argv and a directory, and checks that
 * the directory and the script file stay inside the workspace. The program is checked when it
 * is given as a relative path (`./run.sh`, `tools/x`) or is a `.py` file; for a Python
 * interpreter the first `.py` argument is checked. Absolute interpreter paths such as
 * `/usr/bin/python3` are allowed. With `shell: true` the text is not parsed, so only the
 * directory is checked.
 */
function resolveCommand(settings) {
    const script = settings.script;
    if (!script || script.length === 0) {
        throw new src_errors/* ConfigurationError */.j1("No script to run: set 'script' (an argv array such as [python, main.py], or one string with 'shell: true'), or pass the command after '--' on the command line.", { field: 'script', value: script });
    }
    const workspace = realish(external_node_path_default().resolve(settings.workspace));
    const cwd = realish(external_node_path_default().resolve(workspace, settings.workingDirectory));
    if (!isInside(workspace, cwd)) {
        throw new src_errors/* ConfigurationError */.j1(`working-directory '${settings.workingDirectory}' is outside the workspace ${workspace}; use a path relative to the repository root.`, { field: 'workingDirectory', value: settings.workingDirectory });
    }
    if ((0,external_node_fs_.existsSync)(cwd) && !(0,external_node_fs_.statSync)(cwd).isDirectory()) {
        throw new src_errors/* ConfigurationError */.j1(`working-directory '${settings.workingDirectory}' is not a directory.`, { field: 'workingDirectory', value: settings.workingDirectory });
    }
    if (!(0,external_node_fs_.existsSync)(cwd)) {
        throw new src_errors/* ConfigurationError */.j1(`working-directory '${settings.workingDirectory}' does not exist in the workspace.`, { field: 'workingDirectory', value: settings.workingDirectory });
    }
    if (settings.shell) {
        if (script.length !== 1) {
            throw new src_errors/* ConfigurationError */.j1(`'shell: true' runs one command string through /bin/sh, but script has ${script.length} elements; give one string, or set shell: false to run an argv array.`, { field: 'script', value: script });
        }
        return { argv: ['/bin/sh', '-c', script[0]], cwd };
    }
    const argv = [...script];
    const program = argv[0];
    const checkFile = (arg, what) => {
        const resolved = realish(external_node_path_default().resolve(cwd, arg));
        if (!isInside(workspace, resolved)) {
            throw new src_errors/* ConfigurationError */.j1(`The script's ${what} '${arg}' resolves to ${resolved}, outside the workspace ${workspace}; the script must be a file of the repository.`, { field: 'script', value: script });
        }
    };
    if ((looksLikePath(program) && !external_node_path_default().isAbsolute(program)) || program.endsWith('.py')) {
        checkFile(program, 'program');
    }
    const pythonFile = pythonScriptFile(argv);
    if (pythonFile !== undefined)
        checkFile(pythonFile, 'Python file');
    return { argv, cwd };
}
/** The file `python … file.py` runs; undefined for `-m pkg`, `-c code` or another program. */
function pythonScriptFile(argv) {
    const program = argv[0];
    if (program === undefined || !PYTHON_PROGRAM.test(external_node_path_default().basename(program)))
        return undefined;
    // `python -m pkg` / `python -c code` run no file; otherwise the first .py argument is it.
    const rest = argv.slice(1);
    const firstFile = rest.find((a, i) => a.endsWith('.py') && !['-c', '-m'].includes(rest[i - 1] ?? ''));
    const stop = rest.findIndex(a => a === '-c' || a === '-m');
    const fileIndex = firstFile === undefined ? -1 : rest.indexOf(firstFile);
    return firstFile !== undefined && (stop < 0 || fileIndex < stop) ? firstFile : undefined;
}
function isExecutableFile(file) {
    try {
        if (!(0,external_node_fs_.statSync)(file).isFile())
            return false;
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Where `program` is found on `searchPath` (execvp's rules: an empty entry is the cwd). */
function findOnPath(program, searchPath, cwd) {
    for (const dir of searchPath.split((external_node_path_default()).delimiter)) {
        const candidate = external_node_path_default().resolve(cwd, dir, program);
        if (isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
/**
 * A script or command that does not exist is a configuration error (exit 2, "not found: …"),
 * found before anything runs: the program on the script's PATH (or as a path), and the file
 * a Python interpreter is given. With `shell: true` the shell itself reports a missing command
 * (exit 127), which the runner turns into the same error after the first attempt.
 */
function checkCommandExists(command, searchPath, shell) {
    if (shell)
        return;
    const program = command.argv[0];
    const field = { field: 'script', value: command.argv };
    if (looksLikePath(program)) {
        const file = external_node_path_default().resolve(command.cwd, program);
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new src_errors/* ConfigurationError */.j1(`not found: '${program}' (no such file: ${file}).`, field);
        }
        if (!isExecutableFile(file)) {
            throw new src_errors/* ConfigurationError */.j1(`'${program}' is not an executable file (${file}): make it executable (chmod +x) or run it through its interpreter, e.g. [sh, ${program}].`, field);
        }
    }
    else if (findOnPath(program, searchPath ?? '', command.cwd) === undefined) {
        throw new src_errors/* ConfigurationError */.j1(`not found: '${program}' is not a program on the script's PATH (${searchPath ?? 'PATH is not set'}); install it, or give its path.`, field);
    }
    const pythonFile = pythonScriptFile(command.argv);
    if (pythonFile !== undefined && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(command.cwd, pythonFile))) {
        throw new src_errors/* ConfigurationError */.j1(`not found: the Python file '${pythonFile}' does not exist in ${command.cwd}.`, field);
    }
}

;// CONCATENATED MODULE: ./src/runner/env.ts
/**
 * Variables the target script (and the scanners) never inherit unless named in `pass-env`:
 * the workflow tokens, the Action's own inputs (`INPUT_*` may hold the github-token input),
 * every `ACTIONS_*` variable (the runtime token and URLs, the OIDC request token, cache and
 * results services) and the step's file commands (`GITHUB_OUTPUT` … name files that set our
 * outputs, the job summary and the next steps' environment). `RUNNER_TRACKING_ID` stays: the
 * runner uses it to clean up processes left at the end of the job. The OTLP header variables
 * carry the telemetry backend's API key (`x-honeycomb-team=…`, `Authorization=…`), which a pull
 * request's script must not read; the endpoints stay, and `pass-env` hands the headers to an
 * instrumented script that needs them.
 */
const SCRUBBED_ENV_NAMES = [
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'OTEL_EXPORTER_OTLP_HEADERS',
    'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
    'OTEL_EXPORTER_OTLP_METRICS_HEADERS',
    'OTEL_EXPORTER_OTLP_LOGS_HEADERS'
];
/** Name prefixes scrubbed the same way. */
const SCRUBBED_ENV_PREFIXES = ['ACTIONS_', 'INPUT_'];
/** True when the variable is removed from the script's environment by default. */
function isScrubbedEnvName(name) {
    const upper = name.toUpperCase();
    return SCRUBBED_ENV_NAMES.includes(upper) || SCRUBBED_ENV_PREFIXES.some(p => upper.startsWith(p));
}
/**
 * The environment the script runs with: `env` minus the scrubbed variables, except those named
 * in `passEnv` (exact names, case-sensitive as the OS is). Pure: returns a new object.
 */
function scrubEnvironment(env, passEnv) {
    const pass = new Set(passEnv);
    const result = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (isScrubbedEnvName(name) && !pass.has(name))
            continue;
        result[name] = value;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/runner/retry.ts
/**
 * Seconds to wait before each retry (length = `retry`), capped at `retryMaxDelay`.
 * With base b, multiplier m and retry index n (0 = the first retry):
 * linear b·(n+1) · exponential b·mᴺ · fibonacci b·F(n+1) (1, 1, 2, 3, 5 …) ·
 * exponential_jitter U(0, min(max, b·mᴺ)) — AWS "full jitter", which spreads retries of many
 * jobs instead of the seed's `base + U(0, base)` that keeps them bunched.
 * @param rng returns a number in [0, 1) (Math.random in production, a fixed sequence in tests)
 */
function retryDelays(settings, rng = Math.random) {
    const { retry, retryStrategy, retryDelay: base, retryMaxDelay: max } = settings;
    const m = settings.retryMultiplier;
    const delays = [];
    let fibPrev = 0;
    let fib = 1;
    for (let n = 0; n < retry; n++) {
        let delay;
        switch (retryStrategy) {
            case 'linear':
                delay = base * (n + 1);
                break;
            case 'exponential':
                delay = base * m ** n;
                break;
            case 'fibonacci':
                delay = base * fib;
                [fibPrev, fib] = [fib, fibPrev + fib];
                break;
            case 'exponential_jitter':
                delay = rng() * Math.min(max, base * m ** n);
                break;
        }
        delays.push(Math.min(max, delay));
    }
    return delays;
}
/**
 * Whether a finished attempt is retried: never after success or a start failure; with an empty
 * `retryOnExitCodes` any non-zero exit or timeout; otherwise only the listed exit codes (a
 * timed-out attempt's code is 128 + the signal that ended it, e.g. 143 or 137).
 */
function shouldRetry(status, retryOnExitCodes) {
    if (status.spawnFailed)
        return false;
    if (status.exitCode === 0 && !status.timedOut)
        return false;
    if (retryOnExitCodes.length === 0)
        return true;
    return retryOnExitCodes.includes(status.exitCode);
}

;// CONCATENATED MODULE: ./src/runner/index.ts
/**
 * Runs the target script under monitoring (users' view: docs/gates.md). Metric semantics:
 * - `exit_code`: the script's code; 128 + signal number when a signal ended it (143 = SIGTERM,
 *   137 = SIGKILL, as sh reports it); 127 when the program was not found, 126 when it could not
 *   be started otherwise. `success` = exit 0 and not timed out.
 * - `memory_max_mb`: max over samples of the tree's RSS sum, never below the largest per-process
 *   peak (VmHWM, or the shim's exact rusage maxrss); `memory_avg_mb`/`memory_min_mb` over samples.
 * - `cpu_*`: tree CPU % per sample (100 = one core). `user/system_time_seconds`: the whole tree,
 *   reaped children included (exact with the rusage shim; a lower bound from /proc otherwise).
 * - `num_threads`/`num_fds`: max over samples of the tree's sum (the runner and shim excluded).
 * - Counters (faults, context switches summed over threads, block I/O): whole tree, per attempt.
 * Every attempt is measured on its own (never cumulative); the script's environment gets
 * `RUNGUARD_RUN_ID` so escaped processes can be found and killed when the attempt ends.
 * By default (`isolation: auto`) the script runs in its own PID and mount namespaces where the
 * machine allows it (isolation.ts); a program or file that does not exist is a configuration
 * error before anything runs.
 */












function runner_sleep(ms, signal) {
    return new Promise(resolve => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
function describe(m) {
    const how = m.timedOut ? 'timed out' : `exit ${m.exit_code}`;
    const peak = m.memory_max_mb === null ? 'memory not measured' : `${m.memory_max_mb} MiB peak`;
    const cpu = m.user_time_seconds === null || m.system_time_seconds === null
        ? 'CPU time not measured'
        : `${(m.user_time_seconds + m.system_time_seconds).toFixed(2)}s CPU`;
    return `${how} in ${m.execution_time_seconds}s, ${peak}, ${cpu}`;
}
function chooseLaunch(settings, runnerEnv, useShim, cache = launchCache(settings.toolsDir, settings.workspace)) {
    const shimPython = useShim ? findShimPython(cache) : undefined;
    if (settings.isolation === 'off') {
        return { shimPython, plan: undefined, note: describeIsolation(undefined) };
    }
    const support = probeIsolation(useShim ? shimPython : undefined, cache);
    if (support.available) {
        const plan = isolationPlan(support, runnerEnv);
        return {
            shimPython,
            plan,
            note: describeIsolation(plan),
            ...(support.remembered ? { remembered: true } : {})
        };
    }
    const reason = useShim ? support.reason : 'the runner helper is disabled';
    if (settings.isolation === 'required') {
        throw new src_errors/* ConfigurationError */.j1(`isolation is 'required', but the script cannot be isolated here: ${reason}. Run runguard as root or give its user passwordless sudo (GitHub-hosted Ubuntu runners have it), or set isolation: auto to run without it (the summary then says so).`, { field: 'isolation', value: settings.isolation });
    }
    return {
        shimPython,
        plan: undefined,
        note: describeIsolation(undefined, reason),
        unavailable: reason
    };
}
/**
 * Everything about the script that can be checked before anything runs (the pipeline calls
 * this before the scanners, so a typo does not cost a whole scan): the command resolves inside
 * the workspace, its program and Python file exist, and `isolation: required` can be met.
 * Throws ConfigurationError (exit 2).
 */
function preflightScript(settings, env = process.env, options = {}) {
    const command = resolveCommand(settings);
    const scrubbed = scrubEnvironment(env, settings.passEnv);
    checkCommandExists(command, scrubbed.PATH, settings.shell);
    chooseLaunch(settings, env, options.shim !== false);
    return command;
}
/** sh reports a missing command as exit 127 with "…: not found" on stderr. */
function shellNotFound(result) {
    if (result.metrics.exit_code !== 127)
        return undefined;
    return result.stderr.text
        .split('\n')
        .reverse()
        .find(l => /not found|No such file/.test(l));
}
/**
 * Runs the target script: `warmup` unmeasured runs, then `repeat` measured runs, each retried
 * per the retry settings. Throws ConfigurationError for a missing script, program or file, a
 * path outside the workspace, or `isolation: required` where it is not available; otherwise
 * never throws for the script's behaviour.
 */
async function runScript(opts) {
    const { settings, logger, redactor } = opts;
    const runnerEnv = opts.env ?? process.env;
    const { argv, cwd } = resolveCommand(settings);
    const scrubbed = scrubEnvironment(runnerEnv, settings.passEnv);
    const env = opts.scriptEnv ? opts.scriptEnv(scrubbed) : scrubbed;
    checkCommandExists({ argv, cwd }, env.PATH, settings.shell);
    // The caller builds the redactor; adding the configured secrets again is idempotent and
    // keeps this function safe on its own.
    for (const secret of settings.secrets)
        redactor.add(secret);
    let launch = chooseLaunch(settings, runnerEnv, opts.shim !== false);
    // The redacted argv: the log, the errors and the outcome show only this.
    let redacted;
    const command = () => (redacted ??= argv.map(a => redactor.redact(a)));
    // Said as soon as the first attempt's process has started, not before: the first line
    // runguard logs builds the secret detector (the redactor runs it on every line), which then
    // happens while the helper's Python starts instead of before it. Still before any line of
    // the script's output, which is read later.
    let announced = false;
    const announce = () => {
        if (announced)
            return;
        announced = true;
        if (launch.unavailable !== undefined) {
            // Plainly, where it matters: in CI the runner's tokens are within the script's reach.
            const ci = runnerEnv.GITHUB_ACTIONS === 'true' || runnerEnv.CI === 'true';
            if (ci)
                logger.warning(`runguard: ${launch.note}`);
            else
                logger.info(`runguard: ${launch.note}`);
        }
        else {
            logger.info(`runguard: ${launch.note}`);
        }
        const where = external_node_path_default().relative(settings.workspace, cwd) || '.';
        logger.info(`runguard: running ${JSON.stringify(command())} in ${where}`);
    };
    if (opts.signal?.aborted) {
        throw new Error('the run was cancelled before the script started');
    }
    let checked = false;
    const attemptOnce = async (attempt) => {
        try {
            return await attemptChecked(attempt);
        }
        catch (e) {
            if (!(e instanceof IsolationError) || !launch.remembered)
                throw e;
            // The namespaces failed before the script started, on an answer remembered from an
            // earlier run: forget it and decide live, as a run without the cache would have.
            const cache = launchCache(settings.toolsDir, settings.workspace);
            forgetIsolation(launch.shimPython, cache);
            launch = chooseLaunch(settings, runnerEnv, opts.shim !== false, cache);
            logger.info(`runguard: ${e.message}; probed again: ${launch.note}`);
            return attemptChecked(attempt);
        }
    };
    const attemptChecked = async (attempt) => {
        const result = await runAttempt({
            argv,
            cwd,
            env,
            settings,
            redactor,
            logger,
            ...(opts.onLine ? { onLine: opts.onLine } : {}),
            ...(opts.signal ? { signal: opts.signal } : {}),
            attempt,
            ...(launch.shimPython ? { shimPython: launch.shimPython } : {}),
            ...(launch.plan ? { isolation: launch.plan } : {}),
            isolationNote: launch.note,
            onStarted: announce
        });
        if (result.startFailure) {
            // Found by the pre-check normally; this is the same error when the program vanished
            // or the helper's PATH search disagreed.
            throw new src_errors/* ConfigurationError */.j1(`${result.startFailure.code === 127 ? 'not found' : 'could not start'}: '${command()[0] ?? ''}' (${redactor.redact(result.startFailure.message)}).`, { field: 'script', value: command() });
        }
        if (!checked && settings.shell) {
            const missing = shellNotFound(result);
            if (missing !== undefined) {
                throw new src_errors/* ConfigurationError */.j1(`not found: the shell could not find a command of the script (exit 127: ${missing.trim()}).`, { field: 'script', value: command() });
            }
        }
        checked = true;
        return result;
    };
    for (let i = 1; i <= settings.warmup && !opts.signal?.aborted; i++) {
        const warm = await attemptOnce(1);
        logger.info(`runguard: warmup ${i}/${settings.warmup}: ${describe(warm.metrics)}`);
    }
    const runs = [];
    let attempts = [];
    for (let run = 1; run <= settings.repeat; run++) {
        attempts = [];
        const delays = retryDelays(settings);
        for (let attempt = 1;; attempt++) {
            const result = await attemptOnce(attempt);
            attempts.push(result);
            const label = settings.repeat > 1 ? `run ${run}/${settings.repeat}, ` : '';
            logger.info(`runguard: ${label}attempt ${attempt}: ${describe(result.metrics)}`);
            if (opts.signal?.aborted || attempt > settings.retry)
                break;
            const retry = shouldRetry({
                exitCode: result.metrics.exit_code,
                timedOut: result.metrics.timedOut,
                spawnFailed: false
            }, settings.retryOnExitCodes);
            if (!retry)
                break;
            const delay = delays[attempt - 1] ?? 0;
            logger.info(`runguard: retrying in ${delay.toFixed(2)}s (${settings.retryStrategy})`);
            await runner_sleep(delay * 1000, opts.signal);
            if (opts.signal?.aborted)
                break;
        }
        runs.push(attempts[attempts.length - 1].metrics);
        if (opts.signal?.aborted)
            break;
    }
    const last = attempts[attempts.length - 1];
    return {
        attempts: attempts.map(a => a.metrics),
        runs,
        final: last.metrics,
        stdout: last.stdout,
        stderr: last.stderr,
        command: command(),
        isolation: launch.note
    };
}

// EXTERNAL MODULE: ./src/secrets/engine.ts + 1 modules
var engine = __webpack_require__(10384);
// EXTERNAL MODULE: ./src/secrets/rules/index.ts + 26 modules
var rules = __webpack_require__(1491);
;// CONCATENATED MODULE: ./src/secrets/index.ts
/**
 * The built-in secret detector (users' view: docs/scanners.md): rules, engine and masking.
 * The scanner adapter is `src/scanners/secrets.ts`; the runner's redactor uses
 * `detectSecretValues` as its detect hook so a secret printed at run time is redacted too.
 */



// EXTERNAL MODULE: ./src/telemetry/enabled.ts
var enabled = __webpack_require__(91654);
// EXTERNAL MODULE: ./src/util/write-file.ts
var write_file = __webpack_require__(37238);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/pipeline.ts























/**
 * The orchestration shared by the Action and the CLI: scanners first (so their load does not
 * disturb the script's metrics), then the script, then gates and policy, then every report
 * (a crashed tool or script still leaves every report), then the deliveries, then the verdict,
 * decided once from the results and every error writing or delivering them, then the summary,
 * rendered once from that verdict.
 */
async function runGate(settings, deps) {
    const env = deps.env ?? process.env;
    const exec = deps.exec ?? src_exec.execFile;
    const now = deps.now?.() ?? new Date();
    const startedMs = Date.now();
    const workspace = settings.workspace;
    // The CLI takes the webhook from the environment only (a URL with a token is a secret).
    const alertWebhook = settings.alertWebhook ?? cliAlertWebhook(settings, env);
    const resolve = (p) => external_node_path_default().resolve(workspace, p);
    const redactor = (0,redact.createRedactor)([
        ...settings.secrets,
        ...(0,redact/* secretValuesFromEnv */.qp)(env),
        ...(settings.githubToken ? [settings.githubToken] : []),
        ...(alertWebhook ? [alertWebhook] : []),
        ...(0,enabled/* otlpHeaderSecrets */.eg)(env)
    ], engine/* detectSecretValues */.ew, value => deps.logger.registerSecret(value));
    // Every line any part of runguard logs passes through the redactor.
    const logger = (0,src_logger/* redactingLogger */.S)(deps.logger, text => redactor.redact(text));
    const warnings = [];
    let toolRuns = [];
    let components = [];
    let run;
    let runnerError;
    let environmentStage;
    let environment;
    const environmentErrors = [];
    let scannersStartedMs;
    logger.phase?.('runguard: set-up');
    // Config files are read before anything runs: a typo must not cost a ten-minute scan.
    const suppressions = loadSuppressions(settings, env);
    const ignore = suppressions.ignore;
    // What the change did to the gate: a warning, and its own section of the PR comment.
    const gateChanges = [...suppressions.warnings];
    // Inline suppressions the change adds are as much a change to the gate as ignore entries.
    if (suppressions.base !== undefined && settings.scanners.length > 0)
        gateChanges.push(...(await addedInlineSuppressions({
            exec,
            logger,
            workspace,
            base: suppressions.base,
            ...(deps.signal ? { signal: deps.signal } : {})
        })));
    warnings.push(...gateChanges);
    const baselineSarif = settings.baselineSarif
        ? (0,baseline_sarif/* loadBaselineSarif */.ve)(resolve(settings.baselineSarif))
        : undefined;
    if (settings.mode === 'run' && !settings.script) {
        throw new src_errors/* ConfigurationError */.j1('no script to run: pass it after --, or set script in .runguard.yml', { field: 'script' });
    }
    // A missing program or an unmet `isolation: required` must not cost a whole scan first.
    if (settings.mode !== 'scan' && settings.script)
        preflightScript(settings, env);
    // The baseline too, before the script runs: the script must not be able to rewrite it.
    const fingerprint = (0,gates_fingerprint/* collectFingerprint */.T)();
    let baseline;
    if (settings.mode !== 'scan' && settings.script && settings.baseline) {
        const loaded = await (0,gates_baseline/* loadBaseline */.oU)(resolve(settings.baseline), fingerprint);
        warnings.push(...loaded.warnings);
        if (loaded.status === 'loaded')
            baseline = loaded.baseline;
    }
    // The run history too (and only when it is on: its code loads here, not at start-up).
    const history = settings.history === 'off'
        ? undefined
        : await openRunHistory(settings, logger, exec, env, deps.historyContext);
    if (history)
        warnings.push(...history.warnings);
    // Alerts fire on a change from the previous recorded run: without a history there is none,
    // and a webhook that never fires must not look like a quiet success.
    else if (alertWebhook)
        warnings.push('alert-webhook is set but history is off, so no alert can be sent: set history (auto, local or git) to enable alerts');
    if (settings.mode !== 'run') {
        // Loaded here, not up front: `runguard run` needs neither (bundle chunks of their own).
        // One after the other: jest's ESM loader fails on concurrent imports that share modules.
        const { runScanners, prepareScanners, loadInTurn } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(7296), __webpack_require__.e(7602)]).then(__webpack_require__.bind(__webpack_require__, 97602));
        await prepareScanners(settings.scanners);
        // Read while the scanners run: only OSV-Scanner and Safety wait for it (scanners/run.ts). The
        // inventory's and the environment's code loads once runScanners has spawned the first tool
        // (packageurl-js alone builds an Intl.Collator as it loads): startReading below.
        let startReading = () => undefined;
        const spawned = new Promise(resolve => (startReading = resolve));
        const reading = spawned
            .then(() => loadInTurn(() => Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(174), __webpack_require__.e(7344)]).then(__webpack_require__.bind(__webpack_require__, 90174))))
            .then(m => m.discoverComponents(workspace, settings.paths, logger, settings.exclude));
        // The installed environment is read while the manifests are and the other scanners run;
        // only OSV-Scanner and Safety wait for its pins. A failed load is thrown below.
        const staging = settings.scanEnvironment
            ? spawned
                .then(() => loadInTurn(() => Promise.all(/* import() */[__webpack_require__.e(7556), __webpack_require__.e(3707), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 20907))))
                .then(({ startEnvironmentStage }) => startEnvironmentStage({
                settings,
                exec,
                env: scrubEnvironment(env, []),
                logger,
                manifest: reading,
                ...(deps.signal ? { signal: deps.signal } : {})
            }))
            : undefined;
        logger.phase?.('runguard: scanners');
        scannersStartedMs = Date.now();
        const scanning = runScanners({
            settings,
            logger,
            exec,
            env: scrubEnvironment(env, []),
            redactor,
            components: reading.then(i => i.components),
            ...(staging
                ? {
                    installed: staging.then(stage => stage.feed, () => undefined)
                }
                : {}),
            ...(deps.signal ? { signal: deps.signal } : {}),
            ...(deps.download ? { download: deps.download } : {})
        });
        // The first tool is spawned by now (prepareScanners loaded its adapter up front).
        startReading();
        // Awaited below, after the inventory: marked handled now so that an early rejection (a
        // tools-dir inside the workspace) is not reported as unhandled meanwhile.
        scanning.catch(() => undefined);
        const inventory = await reading.catch(async (e) => {
            await scanning;
            throw e;
        });
        components = inventory.components;
        toolRuns = await scanning;
        environmentStage = await staging;
        if (environmentStage) {
            environment = await environmentStage.result;
            await environmentStage.cleanup();
            warnings.push(...environment.warnings);
            environmentErrors.push(...environment.errors);
            const { withDependencyContext } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(6821), __webpack_require__.e(3707), __webpack_require__.e(174), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 90698));
            const inventoryOfEnv = environment.inventory;
            toolRuns = toolRuns.map(t => ({
                ...t,
                findings: withDependencyContext(t.findings, inventoryOfEnv, components)
            }));
        }
        // Unpinned or unversioned dependencies cannot be matched against advisories: say so, or
        // say which version the environment supplied instead.
        const envInventory = environment?.inventory;
        const { restateUnpinned } = envInventory
            ? await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(6821), __webpack_require__.e(3707), __webpack_require__.e(174), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 90698))
            : { restateUnpinned: (w) => w };
        const manifestWarnings = inventory.warnings.map(w => restateUnpinned(w, envInventory));
        for (const w of manifestWarnings)
            logger.warning(`dependencies: ${w}`);
        const shown = manifestWarnings.slice(0, 10).map(w => `dependencies: ${w}`);
        if (manifestWarnings.length > shown.length)
            shown.push(`dependencies: ${manifestWarnings.length - shown.length} more warning(s) in the log`);
        warnings.push(...shown);
        // Notes that do not fail a tool (a stale offline database) belong in the summary.
        warnings.push(...toolRuns.flatMap(t => (t.warnings ?? []).map(w => `${t.tool}: ${w}`)));
    }
    if (settings.mode !== 'scan') {
        if (!settings.script) {
            warnings.push('no script configured: performance gates were not checked');
        }
        else {
            // The script's output has its own group (github/action-logger.ts).
            logger.phase?.('runguard: script', { grouped: false });
            const { startImportRecord } = await __webpack_require__.e(/* import() */ 8230).then(__webpack_require__.bind(__webpack_require__, 38230));
            const imports = startImportRecord(settings, environment?.inventory, logger);
            try {
                run = await runScript({
                    settings,
                    logger,
                    redactor,
                    env,
                    ...(imports?.scriptEnv ? { scriptEnv: imports.scriptEnv } : {}),
                    onLine: deps.onLine ??
                        ((stream, line) => logger.info(stream === 'stderr' ? `[stderr] ${line}` : line)),
                    ...(deps.signal ? { signal: deps.signal } : {})
                });
            }
            catch (error) {
                if (error instanceof src_errors/* ConfigurationError */.j1) {
                    imports?.discard();
                    throw error;
                }
                runnerError = redactor.redact((0,src_errors/* errorMessage */.gJ)(error));
                logger.error(`the runner failed: ${runnerError}`);
            }
            if (imports && environment?.inventory) {
                const seen = await imports.finish(toolRuns, environment.inventory);
                toolRuns = seen.toolRuns;
                environment = { ...environment, inventory: seen.inventory };
                warnings.push(...seen.notes.map(n => `import record: ${n}`));
            }
        }
    }
    // From here on nothing may stop the reports from being written.
    const errors = [...environmentErrors];
    let performance;
    let policy;
    const readFile = fileReader(workspace);
    try {
        if (run) {
            performance = evaluatePerformance({
                specs: settings.gates,
                runs: run.runs.length > 0 ? run.runs : [run.final],
                ...(baseline ? { baseline } : {}),
                regressionThreshold: settings.regressionThreshold,
                regressionThresholds: settings.regressionThresholds
            });
            warnings.push(...performance.warnings);
        }
        policy = (0,policy_policy/* applyPolicy */.VC)({
            findings: toolRuns.flatMap(t => t.findings),
            settings,
            ignore,
            ...(baselineSarif ? { baseline: baselineSarif } : {}),
            today: now,
            readFile
        });
        if (policy)
            policy = await withLicensePolicy(policy, settings, environment, warnings);
    }
    catch (error) {
        if (error instanceof src_errors/* ConfigurationError */.j1)
            throw error;
        // A bug in evaluation must still fail closed and leave reports behind.
        const message = redactor.redact((0,src_errors/* errorMessage */.gJ)(error));
        logger.error(`runguard could not evaluate the results: ${message}`);
        errors.push(`internal error while evaluating results: ${message}`);
    }
    const gates = [...(performance?.gates ?? [])];
    // A trend regression is a gate like a baseline regression; only a script that succeeded is
    // compared (a failed run's numbers are not the script's).
    let trendNote;
    if (history && performance && run?.final.success) {
        try {
            const trend = history.trend(performance.aggregate.values, fingerprint, performance.notObserved);
            gates.push(...trend.gates);
            trendNote = trend.note;
        }
        catch (error) {
            warnings.push(`history: the trend could not be computed: ${redactor.redact((0,src_errors/* errorMessage */.gJ)(error))}`);
        }
    }
    // Redaction on the raw data, before any report encodes it: a secret in a file
    // name or a tool message becomes `***` here, so no escaping can hide it from the redactor.
    if (redactor.size > 0) {
        const clean = (text) => redactor.redactKnown(text);
        toolRuns = (0,redact/* redactData */.Ed)(toolRuns, clean);
        if (policy)
            policy = { ...policy, findings: (0,redact/* redactData */.Ed)(policy.findings, clean) };
    }
    const findings = policy?.findings ?? toolRuns.flatMap(t => t.findings);
    logger.phase?.('runguard: gates and reports');
    const written = await writeReports({
        settings,
        run,
        toolRuns,
        findings,
        components,
        gates,
        policy,
        fingerprint,
        readFile,
        ...(environment?.inventory ? { environment: environment.inventory } : {}),
        ...(performance?.unchecked.length ? { unchecked: performance.unchecked } : {})
    }, { logger, redactor, resolve });
    errors.push(...written.errors);
    warnings.push(...written.warnings);
    // Opened now so that a summary file that cannot be written is part of the verdict.
    let writeSummaryFile;
    if (settings.summaryFile) {
        try {
            writeSummaryFile = await (0,write_file/* openTextFile */.G)(resolve(settings.summaryFile), settings.workspace);
        }
        catch (error) {
            errors.push(writeError('summary', settings.summaryFile, error, redactor, logger));
        }
    }
    if (deps.publisher) {
        logger.phase?.('runguard: publish');
        const failures = await deps.publisher.deliver({ settings, reports: written.reports, redactor });
        errors.push(...failures.map(f => redactor.redact(f)));
    }
    const { verdict, exitCode } = (0,gates_verdict/* decide */.LD)({
        gates,
        toolRuns,
        ...(policy ? { policy: policy.outcome } : {}),
        failOnToolError: settings.failOnToolError,
        requireTools: settings.requireTools,
        failOnUnscanned: settings.failOnUnscanned,
        warnings,
        ...(run && !run.final.success
            ? {
                scriptFailed: {
                    exitCode: run.final.exit_code,
                    timedOut: run.final.timedOut,
                    ...(run.final.cancelled ? { cancelled: true } : {})
                }
            }
            : {}),
        ...(runnerError ? { runnerError } : {}),
        errors
    });
    const decided = {
        settings,
        verdict,
        exitCode,
        toolRuns,
        findings,
        counted: policy?.counted ?? [],
        components,
        ...(environment?.inventory ? { environment: environment.inventory } : {}),
        ...(run ? { run } : {}),
        ...(performance ? { performance } : {}),
        ...(policy ? { policy } : {}),
        gates,
        warnings: [...new Set([...warnings, ...verdict.warnings])],
        gateChanges,
        expiringSuppressions: policy?.expiring ?? [],
        reports: written.reports,
        redactor
    };
    // Recorded once decided (the record holds the verdict); never changes it.
    const trendSection = history
        ? await recordRun(history, decided, {
            timestamp: now,
            fingerprint,
            ...(performance ? { performance } : {}),
            ...(trendNote ? { trendNote } : {}),
            ...(alertWebhook ? { alertWebhook } : {})
        })
        : undefined;
    // OpenTelemetry (OTEL_EXPORTER_OTLP_*): the decided run as a trace and metrics; a failed
    // export is a warning. The SDK loads only when asked for.
    if ((0,enabled/* telemetryRequested */.cr)(env)) {
        const { exportTelemetry } = await Promise.all(/* import() */[__webpack_require__.e(4465), __webpack_require__.e(4192)]).then(__webpack_require__.bind(__webpack_require__, 84192));
        const times = { started: startedMs, ended: Date.now() };
        const scanners = scannersStartedMs === undefined ? {} : { scannersStarted: scannersStartedMs };
        decided.warnings.push(...(await exportTelemetry(decided, { ...times, ...scanners }, env, logger)));
    }
    const annotationsOmitted = deps.publisher?.annotate(decided);
    const summaryInput = {
        ...summaryInputOf(decided, deps.links ?? {}, annotationsOmitted),
        ...(trendSection ? { trend: trendSection } : {})
    };
    // Rendered (and redacted) on first read: the CLI with no summary file and no publisher never
    // reads it, and the detector pass over the whole summary is not free.
    let summary;
    const renderedSummary = () => (summary ??= redactor.redact(renderSummary(summaryInput)));
    const reports = [...written.reports];
    if (writeSummaryFile && settings.summaryFile) {
        try {
            await writeSummaryFile(renderedSummary());
            reports.push({ kind: 'summary', path: settings.summaryFile });
        }
        catch (error) {
            // The file was opened, so only the disk can fail here; the verdict is already decided
            // and shown, so this is said loudly rather than decided again.
            writeError('summary', settings.summaryFile, error, redactor, logger);
        }
    }
    const outcome = {
        ...decided,
        reports,
        summaryInput,
        get summary() {
            return renderedSummary();
        }
    };
    await deps.publisher?.finish(outcome);
    logger.phase?.(undefined);
    return outcome;
}
/**
 * allow-licenses / deny-licenses over the installed environment: each package the policy
 * rejects is a policy reason (a violation, exit 1); unknown licences are listed as warnings. A
 * policy that could not be checked because no environment was read fails closed.
 */
async function withLicensePolicy(policy, settings, environment, warnings) {
    const licensePolicy = { allow: settings.allowLicenses, deny: settings.denyLicenses };
    if (licensePolicy.allow.length === 0 && licensePolicy.deny.length === 0)
        return policy;
    if (settings.mode === 'run')
        return policy;
    let reasons;
    if (!environment?.inventory) {
        const why = !settings.scanEnvironment
            ? 'scan-environment is off'
            : environment && environment.read.status !== 'read'
                ? environment.read.reason
                : 'no installed environment was read';
        reasons = [`licence policy not checked: ${why}`];
    }
    else {
        const { checkLicensePolicy } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(6821), __webpack_require__.e(3707), __webpack_require__.e(174), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 90698));
        const checked = checkLicensePolicy(environment.inventory, licensePolicy);
        reasons = checked.violations;
        if (checked.unknown.length > 0)
            warnings.push(`licence policy: ${checked.unknown.length} package(s) with an unknown licence were not checked: ${checked.unknown.slice(0, 10).join(', ')}${checked.unknown.length > 10 ? ' …' : ''}`);
    }
    return {
        ...policy,
        outcome: { ...policy.outcome, reasons: [...policy.outcome.reasons, ...reasons] }
    };
}
/** `RUNGUARD_ALERT_WEBHOOK` for the CLI (never a flag: argv is visible to every process). */
function cliAlertWebhook(settings, env) {
    const url = env.RUNGUARD_ALERT_WEBHOOK?.trim();
    if (settings.runtime !== 'cli' || !url)
        return undefined;
    if (!/^https?:\/\/\S+$/i.test(url))
        throw new src_errors/* ConfigurationError */.j1('RUNGUARD_ALERT_WEBHOOK is not an http(s) URL; set it to the webhook URL or unset it', { field: 'alert-webhook' });
    return url;
}
/** Opens the run history (src/history/), loaded lazily: most runs have it off. */
async function openRunHistory(settings, logger, exec, env, given) {
    const [{ openHistory }, { contextForCli }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(3784), __webpack_require__.e(5779)]).then(__webpack_require__.bind(__webpack_require__, 75779)),
        __webpack_require__.e(/* import() */ 4955).then(__webpack_require__.bind(__webpack_require__, 74955))
    ]);
    return openHistory({
        settings,
        logger,
        exec,
        env,
        context: given ?? (await contextForCli(env, exec, settings.workspace)),
        ...(settings.githubToken ? { token: settings.githubToken } : {})
    });
}
/** Records the decided run in the history and returns the summary's history section. */
async function recordRun(history, decided, extra) {
    const { performance } = extra;
    const redact = (text) => decided.redactor.redact(text);
    const delta = decided.policy ? history.delta(decided.counted) : undefined;
    const stats = performance && performance.aggregate.runs > 1 ? performance.statistics : undefined;
    const outcome = await history.record({
        timestamp: extra.timestamp,
        machine: extra.fingerprint,
        runguardVersion: version/* RUNGUARD_VERSION */.m,
        ...(performance ? { metrics: performance.aggregate.values } : {}),
        ...(performance?.notObserved ? { notObserved: performance.notObserved } : {}),
        ...(stats
            ? {
                spread: Object.fromEntries(Object.entries(stats).map(([m, s]) => [
                    m,
                    { n: s.n, mad: s.mad, min: s.min, max: s.max }
                ]))
            }
            : {}),
        ...(decided.run ? { scriptOk: decided.run.final.success } : {}),
        gates: decided.gates,
        counted: decided.counted,
        toolRuns: decided.toolRuns,
        verdict: decided.verdict,
        exitCode: decided.exitCode,
        ...(delta ? { delta } : {}),
        redact
    });
    await history.close();
    decided.warnings.push(...outcome.warnings);
    // Alerts follow the trend runs' state (a pull request never alerts), loaded only when set.
    if (extra.alertWebhook && history.trendRun) {
        const { notifyStateChange } = await __webpack_require__.e(/* import() */ 2700).then(__webpack_require__.bind(__webpack_require__, 32700));
        const warning = await notifyStateChange({
            url: extra.alertWebhook,
            format: decided.settings.alertFormat,
            ...(outcome.previous ? { previous: outcome.previous } : {}),
            current: outcome.record,
            redact
        });
        if (warning)
            decided.warnings.push(redact(warning));
    }
    const trend = {
        gates: decided.gates.filter(g => g.kind === 'trend'),
        runs: 0,
        ...(extra.trendNote ? { note: extra.trendNote } : {})
    };
    return history.section(outcome, trend, delta);
}
/** The one SummaryInput of a run: the summary and the PR comment both render from it. */
function summaryInputOf(decided, links, annotationsOmitted) {
    const { run } = decided;
    return {
        verdict: decided.verdict,
        toolRuns: decided.toolRuns,
        findings: decided.findings,
        counted: decided.counted,
        unknownSeverity: decided.settings.unknownSeverity,
        failOn: decided.settings.failOn,
        failOnUnscanned: decided.settings.failOnUnscanned,
        ...(run ? { metrics: run.final } : {}),
        ...(run && run.runs.length > 1 ? { runs: run.runs } : {}),
        gates: decided.gates,
        warnings: decided.warnings,
        ...(decided.gateChanges?.length ? { gateChanges: decided.gateChanges } : {}),
        expiringSuppressions: decided.expiringSuppressions,
        reports: [...decided.reports],
        ...(links.repoUrl ? { repoUrl: links.repoUrl } : {}),
        ...(links.sha ? { sha: links.sha } : {}),
        ...(links.runUrl ? { runUrl: links.runUrl } : {}),
        ...(annotationsOmitted ? { annotationsOmitted } : {}),
        ...(decided.environment ? { environment: summarizeEnvironment(decided.environment) } : {})
    };
}
/**
 * Reads workspace files for policy's scopes and line hashes and SARIF's line hashes. Not
 * cached: each of those reads a file once and keeps only what it needs, while a cache held
 * every flagged file's text from policy to the last SARIF result (~10 MB at 100,000 findings,
 * more with large files), so a file is read two or three times instead.
 */
function fileReader(workspace) {
    // Only files inside the workspace, also after resolving symlinks (util/paths.ts).
    return repoPath => (0,paths/* readWorkspaceText */.t)(workspace, repoPath);
}
/** Logs a writer failure and returns it as an error line for the verdict. */
function writeError(kind, file, error, redactor, logger) {
    const message = `could not write the ${kind} report ${file}: ${redactor.redact((0,src_errors/* errorMessage */.gJ)(error))}`;
    logger.error(message);
    return message;
}
/**
 * Writes every configured report except the summary (rendered last, from the verdict). One
 * failing writer never stops the others; each failure is returned, for the verdict.
 */
async function writeReports(input, ctx) {
    const { settings, run } = input;
    const out = { reports: [], errors: [], warnings: [] };
    const write = async (kind, file, build, 
    // Never outside the workspace through a linked directory the change committed.
    save = (abs, data) => (0,write_file.writeTextFile)(abs, data, settings.workspace)) => {
        if (!file)
            return;
        try {
            // Redact before anything leaves the process, on the raw text (text given in pieces is
            // redacted piece by piece, never joined).
            const built = build();
            const clean = (typeof built === 'string'
                ? ctx.redactor.redact(built)
                : built.map(chunk => ctx.redactor.redact(chunk)));
            await save(ctx.resolve(file), clean);
            out.reports.push({ kind, path: file });
        }
        catch (error) {
            out.errors.push(writeError(kind, file, error, ctx.redactor, ctx.logger));
        }
    };
    if (run) {
        const metricsJson = () => formatMetricsJson({
            attempts: run.attempts,
            runs: run.runs,
            gates: input.gates,
            fingerprint: input.fingerprint,
            runguardVersion: version/* RUNGUARD_VERSION */.m
        });
        await write('metrics', settings.metricsFile, metricsJson);
        await write('baseline', settings.saveBaseline, metricsJson, (abs, text) => (0,gates_baseline/* saveBaseline */.XY)(abs, text, settings.workspace));
    }
    const policyOutcome = settings.mode !== 'run' ? input.policy?.outcome : undefined;
    const script = run
        ? { metrics: run.final, attempts: run.attempts.length, command: run.command.join(' ') }
        : undefined;
    // The XML builder and YAML load only when their report is written (start-up cost of `run`).
    if (settings.junitFile) {
        const { buildJunitXml } = await Promise.all(/* import() */[__webpack_require__.e(8669), __webpack_require__.e(2998)]).then(__webpack_require__.bind(__webpack_require__, 42998));
        await write('junit', settings.junitFile, () => buildJunitXml({
            gates: input.gates,
            ...(input.unchecked ? { unchecked: input.unchecked } : {}),
            toolRuns: input.toolRuns,
            ...(script ? { script } : {}),
            ...(policyOutcome ? { policy: policyOutcome } : {}),
            timestamp: new Date().toISOString(),
            properties: { 'runguard.version': version/* RUNGUARD_VERSION */.m }
        }));
    }
    if (settings.tapFile) {
        const { buildTap } = await __webpack_require__.e(/* import() */ 4251).then(__webpack_require__.bind(__webpack_require__, 4251));
        await write('tap', settings.tapFile, () => buildTap({
            gates: input.gates,
            ...(input.unchecked ? { unchecked: input.unchecked } : {}),
            toolRuns: input.toolRuns,
            ...(run ? { script: { metrics: run.final } } : {}),
            ...(policyOutcome ? { policy: policyOutcome } : {})
        }));
    }
    // The SARIF builder and CycloneDX (with its schemas and validator) load only when their
    // file is written: they are the largest parts of the bundle (start-up cost).
    if (settings.mode !== 'run' && settings.sarifFile) {
        const { writeSarif } = await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 10643));
        const file = settings.sarifFile;
        // Written as it is built, each ~64 KB piece redacted on its way out (never held whole).
        try {
            const sarif = await writeSarif({
                toolRuns: input.toolRuns,
                findings: input.findings,
                category: settings.category,
                workspace: settings.workspace,
                runguardVersion: version/* RUNGUARD_VERSION */.m,
                unknownSeverity: settings.unknownSeverity,
                readFile: input.readFile
            }, ctx.resolve(file), chunk => ctx.redactor.redact(chunk));
            out.warnings.push(...sarif.warnings);
            out.reports.push({ kind: 'sarif', path: file });
        }
        catch (error) {
            out.errors.push(writeError('sarif', file, error, ctx.redactor, ctx.logger));
        }
    }
    if (settings.mode !== 'run' && settings.sbomFile) {
        const { buildSbom } = await Promise.all(/* import() */[__webpack_require__.e(7761), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 80769));
        await write('sbom', settings.sbomFile, () => buildSbom({
            components: input.components,
            ...(input.environment ? { environment: input.environment } : {}),
            findings: input.findings,
            toolRuns: input.toolRuns,
            spec: settings.sbomSpec,
            projectName: external_node_path_default().basename(settings.workspace),
            runguardVersion: version/* RUNGUARD_VERSION */.m
        }));
    }
    return out;
}
/**
 * The suppressions that apply, and what the change did to them. Under trusted-config they come
 * from the base commit's ignore file, and the change's additions are listed as ignored; on any
 * run with a known base commit, suppressions the change added or edited are listed, so a
 * reviewer sees them. A base that cannot be read is not an error here (the loader already
 * insisted on it where it decides).
 */
function loadSuppressions(settings, env) {
    const head = (0,ignore_file/* loadWorkspaceIgnoreFile */.SJ)(settings);
    const warnings = [];
    if (settings.trust) {
        for (const change of settings.trust.changes)
            warnings.push(`trusted-config: this change tried to set ${change}; the base commit's value applies`);
    }
    let base;
    try {
        base = settings.trust?.base ?? (0,trusted_config/* baseCommit */.tI)(settings.baseRef, env);
    }
    catch {
        base = undefined;
    }
    if (base === undefined)
        return { ignore: head, warnings };
    let atBase;
    try {
        const text = (0,trusted_config/* readAtCommit */.zX)(settings.workspace, base, settings.ignoreFile);
        atBase =
            text === undefined
                ? (0,ignore_file/* emptyIgnoreFile */.ci)(settings.ignoreFile)
                : (0,ignore_file/* parseIgnoreFile */.a0)(text, settings.ignoreFile);
    }
    catch (error) {
        if (settings.trust)
            throw error;
        return { ignore: head, warnings, base };
    }
    const changed = (0,trusted_config/* changedSuppressions */.ZX)(atBase, head);
    for (const line of changed)
        warnings.push(settings.trust
            ? `trusted-config: suppression added or changed by this change, not applied: ${line}`
            : `suppression added or changed by this change: ${line}`);
    return { ignore: settings.trust ? atBase : head, warnings, base };
}


/***/ }),

/***/ 65118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRedactor: () => (/* binding */ createRedactor),
  Ed: () => (/* binding */ redactData),
  qp: () => (/* binding */ secretValuesFromEnv)
});

// UNUSED EXPORTS: REDACTED, SECRET_NAME_PATTERN, encodedForms, markdownInline

;// CONCATENATED MODULE: ./node_modules/@monyone/aho-corasick/dist/index.mjs
//#region src/index.mts
var Trie = class {
	constructor(parent) {
		this.parent = null;
		this.goto = /* @__PURE__ */ new Map();
		this.keywords = null;
		this.parent = parent ?? null;
	}
	can(s) {
		return this.goto.has(s);
	}
	go(s) {
		return this.goto.get(s);
	}
	define(s, next) {
		return this.goto.set(s, next);
	}
	undef(s) {
		this.goto.delete(s);
	}
	entries() {
		return this.goto.entries();
	}
	empty() {
		return this.keywords == null || this.keywords.size === 0;
	}
	contains(k) {
		return this.keywords != null && this.keywords.has(k);
	}
	add(k) {
		if (this.keywords == null) this.keywords = /* @__PURE__ */ new Set();
		this.keywords.add(k);
	}
	delete(k) {
		this.keywords?.delete(k);
		if (this.keywords?.size === 0) this.keywords = null;
	}
	values() {
		return this.keywords?.values() ?? [];
	}
	merge(t) {
		for (const keyword of t?.values() ?? []) this.add(keyword);
	}
	defunct() {
		return this.goto.size === 0 && this.empty();
	}
};
var AhoCorasick = class {
	constructor(keywords) {
		this.root = new Trie();
		this.failure_link = /* @__PURE__ */ new Map();
		for (const keyword of keywords) {
			let current = this.root;
			for (let i = 0; i < keyword.length; i++) {
				const ch = keyword[i];
				let next = current.go(ch) ?? new Trie(current);
				current.define(ch, next);
				current = next;
			}
			current.add(keyword);
		}
		{
			let top = 0;
			const queue = [];
			for (const [ch, next] of this.root.entries()) queue.push([next, ch]);
			while (top < queue.length) {
				const [current, ch] = queue[top++];
				const parent = current.parent;
				let failure = this.failure_link.get(parent) ?? null;
				while (failure != null && !failure.can(ch)) failure = this.failure_link.get(failure) ?? null;
				failure = failure?.go(ch) ?? this.root;
				this.failure_link.set(current, failure);
				current.merge(failure);
				for (const [ch, next] of current.entries()) queue.push([next, ch]);
			}
		}
	}
	hasKeywordInText(text) {
		let state = this.root;
		for (const ch of text) {
			if (!state.empty()) return true;
			while (!state.can(ch) && state !== this.root) state = this.failure_link.get(state);
			state = state.go(ch) ?? this.root;
		}
		return !state.empty();
	}
	matchInText(text) {
		const result = [];
		let state = this.root;
		for (let i = 0; i < text.length; i++) {
			for (const keyword of state.values()) {
				const begin = i - keyword.length;
				const end = i;
				result.push({
					begin,
					end,
					keyword
				});
			}
			const ch = text[i];
			while (!state.can(ch) && state !== this.root) state = this.failure_link.get(state);
			state = state.go(ch) ?? this.root;
		}
		for (const keyword of state.values()) {
			const begin = text.length - keyword.length;
			const end = text.length;
			result.push({
				begin,
				end,
				keyword
			});
		}
		return result;
	}
};
var DynamicAhoCorasick = class extends AhoCorasick {
	constructor(keywords) {
		super(keywords);
		this.invert_failure_link = /* @__PURE__ */ new Map();
		{
			let top = 0;
			const queue = [];
			for (const [_, next] of this.root.entries()) queue.push(next);
			while (top < queue.length) {
				const current = queue[top++];
				const failure = this.failure_link.get(current);
				if (failure == null) continue;
				if (!this.invert_failure_link.has(failure)) this.invert_failure_link.set(failure, /* @__PURE__ */ new Set());
				this.invert_failure_link.get(failure).add(current);
				for (const [_, next] of current.entries()) queue.push(next);
			}
		}
	}
	add(keyword) {
		let parent = this.root;
		for (let i = 0; i < keyword.length; i++) {
			const ch = keyword[i];
			const current = parent.go(ch) ?? new Trie(parent);
			parent.define(ch, current);
			if (i === keyword.length - 1) current.add(keyword);
			let failure = this.failure_link.get(parent) ?? null;
			while (failure != null && !failure.can(ch)) failure = this.failure_link.get(failure) ?? null;
			failure = failure?.go(ch) ?? this.root;
			this.failure_link.set(current, failure);
			if (!this.invert_failure_link.has(failure)) this.invert_failure_link.set(failure, /* @__PURE__ */ new Set());
			this.invert_failure_link.get(failure).add(current);
			current.merge(failure);
			if (!this.invert_failure_link.has(current)) this.invert_failure_link.set(current, /* @__PURE__ */ new Set());
			{
				let top = 0;
				const queue = [...this.invert_failure_link.get(parent) ?? []];
				while (top < queue.length) {
					const before = queue[top++];
					if (before.can(ch)) {
						const invert_failure = before.go(ch);
						this.failure_link.set(invert_failure, current);
						this.invert_failure_link.get(failure).delete(invert_failure);
						this.invert_failure_link.get(current).add(invert_failure);
						continue;
					}
					queue.push(...this.invert_failure_link.get(before) ?? []);
				}
			}
			parent = current;
		}
		{
			let top = 0;
			const queue = [parent];
			while (top < queue.length) {
				const current = queue[top++];
				for (const invert_failure of this.invert_failure_link.get(current)?.values() ?? []) {
					invert_failure.merge(current);
					queue.push(invert_failure);
				}
			}
		}
	}
	delete(keyword) {
		let target = this.root;
		for (let i = 0; i < keyword.length; i++) {
			const ch = keyword[i];
			if (!target.can(ch)) return;
			target = target.go(ch);
		}
		if (!target.contains(keyword)) return;
		target.delete(keyword);
		{
			let top = 0;
			const queue = [target];
			while (top < queue.length) {
				const current = queue[top++];
				for (const invert_failure of this.invert_failure_link.get(current)?.values() ?? []) {
					invert_failure.delete(keyword);
					queue.push(invert_failure);
				}
			}
		}
		for (let leaf = target, index = keyword.length - 1; leaf != null && leaf.defunct(); leaf = leaf.parent ?? null, index--) {
			leaf.parent?.undef(keyword[index]);
			const failure = this.failure_link.get(leaf);
			if (failure == null) break;
			this.invert_failure_link.get(failure).delete(leaf);
			for (const invert_failure of this.invert_failure_link.get(leaf) ?? []) {
				this.failure_link.set(invert_failure, failure);
				this.invert_failure_link.get(failure).add(invert_failure);
			}
			this.failure_link.delete(leaf);
			this.invert_failure_link.delete(leaf);
		}
	}
};
//#endregion


;// CONCATENATED MODULE: ./src/redact.ts
/**
 * One redaction function for everything that leaves the process: runner log lines,
 * reports, annotations. Known values (the `secrets` setting, secret-looking env vars, values the
 * detector found) are replaced by `***`; a detector hook can add values found in a line.
 *
 * Redaction belongs on raw text, before any encoding (`redactData` walks a report's data before
 * it is rendered). Encoded text is a second line of defence: every known value is also searched
 * for in the forms the report writers and GitHub produce — JSON string escaping, percent-encoding
 * (URIs, workflow-command properties), XML entities, the summary's Markdown escaping, TAP
 * escaping and Base64 at each byte alignment (the runner's own masker registers the same
 * family of variants). A value with line breaks (a PEM key) is also known line by line, since
 * every channel that flattens or splits lines would otherwise break the whole-value match.
 */

const REDACTED = '***';
const MIN_SECRET_LENGTH = 4;
/** Encoded forms shorter than this are not registered: they would mask ordinary text. */
const MIN_VARIANT_LENGTH = 6;
/** Names that look like they hold a secret (matched case-insensitively on env var names). */
const SECRET_NAME_PATTERN = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH|SESSION|COOKIE|DSN|CONN(ECTION)?_?STRING)(_|$)/i;
/**
 * Inline Markdown escaping as the summary and PR comment apply it (src/report/markdown.ts
 * `escapeMarkdown`, minus its block-start rules): a test keeps the two in step.
 */
function markdownInline(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, '\\$&')
        .replace(/#(?=\d)/g, '#&#8203;')
        .replace(/(?<![\w.\-/])@/g, '@&#8203;');
}
const xmlEscape = (s) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
/** Workflow-command escaping of `@actions/core` (command data, then properties). */
const commandData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const commandProperty = (s) => commandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** Base64 of `value` as it appears at each of the three byte alignments inside longer data. */
function base64Variants(value) {
    const bytes = Buffer.from(value, 'utf8');
    const out = [];
    for (let shift = 0; shift < 3; shift++) {
        const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
        // Only characters whose six bits come from the value itself are stable.
        const first = Math.ceil((8 * shift) / 6);
        const last = Math.floor((8 * (shift + bytes.length)) / 6);
        const stable = encoded.slice(first, last);
        out.push(stable, stable.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return out;
}
/** Every form of one value worth searching for, the value first. */
function encodedForms(value) {
    const json = JSON.stringify(value).slice(1, -1);
    const percent = encodeURIComponent(value);
    const forms = [
        value,
        json,
        // JSON inside JSON (a SARIF embedded in an upload body, a report inside a log line).
        JSON.stringify(json).slice(1, -1),
        value.replace(/"/g, '\\"'),
        value.replace(/'/g, "''"),
        percent,
        percent.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase()),
        percent.replace(/%20/g, '+'),
        encodeURI(value),
        xmlEscape(value),
        markdownInline(value),
        // A leading `@` gets the zero-width space only where the text before it does not end in a
        // word character, so the escaped secret appears in both forms.
        markdownInline(value).replace(/^@&#8203;/, '@'),
        value.replace(/\\/g, '\\\\').replace(/#/g, '\\#'),
        commandData(value),
        commandProperty(value),
        ...base64Variants(value)
    ];
    return [...new Set(forms)].filter(f => f === value || f.length >= MIN_VARIANT_LENGTH);
}
/**
 * Every known pattern, in a few Aho–Corasick automata: one pass of each finds every occurrence
 * in time linear in the text, whatever the number of patterns (one alternation regex tried every
 * pattern at every position and, with a thousand secrets found, dominated the run).
 *
 * Values arrive while texts are being redacted (the detector hook learns a secret from a log
 * line, the scan adds its findings between log lines), and building an automaton costs time
 * in the size of its dictionary. So new patterns go into a new small automaton, and an
 * automaton is merged into the one before it once it is at least half its size: each pattern is
 * rebuilt O(log n) times and a text is searched by O(log n) automata.
 */
class PatternIndex {
    tiers = [];
    pending = [];
    push(pattern) {
        this.pending.push(pattern);
    }
    get empty() {
        return this.tiers.length === 0 && this.pending.length === 0;
    }
    /** Every occurrence of every pattern, as [begin, end) spans. */
    spans(text) {
        this.flush();
        // Allocated only when something matched: this runs on every string of every finding.
        let out;
        for (const { automaton, gate } of this.tiers) {
            // Most texts hold no secret: a native substring search per gate pattern says so without
            // walking the automaton character by character (at 100,000 findings that walk was the
            // largest CPU cost of the run). A pattern can only occur where a gate pattern does, so a
            // skipped tier would have matched nothing.
            if (gate && !includesAny(text, gate))
                continue;
            const found = automaton.matchInText(text);
            if (found.length)
                (out ??= []).push(...found);
        }
        return out ?? NO_SPANS;
    }
    flush() {
        if (this.pending.length === 0)
            return;
        let patterns = this.pending;
        this.pending = [];
        for (let last = this.tiers.at(-1); last && 2 * patterns.length >= last.patterns.length;) {
            patterns = last.patterns.concat(patterns);
            this.tiers.pop();
            last = this.tiers.at(-1);
        }
        this.tiers.push({
            patterns,
            automaton: new AhoCorasick(patterns),
            ...(patterns.length <= GATE_MAX_PATTERNS ? { gate: minimalPatterns(patterns) } : {})
        });
    }
}
const NO_SPANS = [];
function includesAny(text, patterns) {
    for (let i = 0; i < patterns.length; i++)
        if (text.includes(patterns[i]))
            return true;
    return false;
}
/**
 * Up to this many patterns in a tier (one value's encoded forms are about twenty), a text is
 * first searched for them with `includes`; a larger tier (many values found by the detector) is
 * walked by its automaton, whose cost does not grow with the number of patterns.
 */
const GATE_MAX_PATTERNS = 64;
/**
 * The patterns that contain no other pattern of the set: every pattern contains at least one of
 * them, so a text holding none of them holds no pattern at all.
 */
function minimalPatterns(patterns) {
    return patterns.filter(p => !patterns.some(q => q !== p && q.length <= p.length && p.includes(q)));
}
/**
 * Replaces every occurrence of every pattern with `***`. Overlapping occurrences are merged and
 * masked as one span, so two secrets that share characters leave no tail of either visible
 * (the longest-first alternation left the tail of the second); occurrences that only touch
 * stay separate masks.
 */
function maskAll(text, index) {
    if (index.empty)
        return text;
    const found = index.spans(text);
    if (found.length === 0)
        return text;
    const hits = [...found].sort((a, b) => a.begin - b.begin || b.end - a.end);
    let out = '';
    let copied = 0;
    let spanStart = -1;
    let spanEnd = -1;
    for (const { begin, end } of hits) {
        if (begin < spanEnd) {
            if (end > spanEnd)
                spanEnd = end;
            continue;
        }
        if (spanEnd >= 0) {
            out += text.slice(copied, spanStart) + REDACTED;
            copied = spanEnd;
        }
        spanStart = begin;
        spanEnd = end;
    }
    return out + text.slice(copied, spanStart) + REDACTED + text.slice(spanEnd);
}
/**
 * @param values initial secret values
 * @param detect optional detector that returns secret values found in a piece of text (the
 *   built-in secret engine), so a secret printed at run time is redacted even if unknown.
 * @param onNew called once for each newly learned value (Action mode: core.setSecret).
 */
function createRedactor(values = [], detect, onNew) {
    const known = new Set();
    const patterns = new Set();
    const index = new PatternIndex();
    const register = (value) => {
        if (value.length < MIN_SECRET_LENGTH || known.has(value))
            return;
        known.add(value);
        for (const form of encodedForms(value)) {
            if (patterns.has(form))
                continue;
            patterns.add(form);
            index.push(form);
        }
        onNew?.(value);
    };
    const add = (value) => {
        register(value);
        // A multi-line value is also known line by line (trimmed), like the runner's masker does:
        // Markdown flattens line breaks, logs and annotations split on them.
        if (/[\r\n]/.test(value))
            for (const line of value.split(/\r?\n|\r/))
                register(line.trim());
    };
    for (const v of values)
        add(v);
    const redactKnown = (text) => maskAll(text, index);
    return {
        add,
        get size() {
            return known.size;
        },
        redact(text) {
            if (detect)
                for (const v of detect(text))
                    add(v);
            return redactKnown(text);
        },
        redactKnown
    };
}
/**
 * Plain data (objects, arrays, strings) with every string, and every object key, redacted:
 * reports are built from the result, so redaction happens on raw text before any encoding.
 * Copy on write: an object or array none of whose strings changed is returned as it is, so
 * 100,000 clean findings cost no copy and values shared between structures (a finding in its
 * tool run and in the policy's list) stay shared. Other values (numbers, Dates, class
 * instances) are kept as they are.
 */
function redactData(value, redact) {
    const walk = (v) => {
        if (typeof v === 'string')
            return redact(v);
        if (Array.isArray(v)) {
            let out;
            for (let i = 0; i < v.length; i++) {
                const x = v[i];
                const y = walk(x);
                if (y !== x)
                    (out ??= v.slice())[i] = y;
            }
            return out ?? v;
        }
        if (v !== null && typeof v === 'object') {
            const proto = Object.getPrototypeOf(v);
            if (proto !== Object.prototype && proto !== null)
                return v;
            const obj = v;
            const keys = Object.keys(obj);
            let out;
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i];
                const x = obj[k];
                const k2 = redact(k);
                const y = walk(x);
                if (out === undefined && (k2 !== k || y !== x)) {
                    // Everything before this key came back unchanged, key and value alike.
                    out = {};
                    for (let j = 0; j < i; j++)
                        out[keys[j]] = obj[keys[j]];
                }
                if (out)
                    out[k2] = y;
            }
            return out ?? v;
        }
        return v;
    };
    return walk(value);
}
/** Values of environment variables whose names look secret (for redaction, never printed). */
function secretValuesFromEnv(env) {
    return Object.entries(env)
        .filter(([name, value]) => value !== undefined && SECRET_NAME_PATTERN.test(name))
        .map(([, value]) => value)
        .filter(v => v.length >= MIN_SECRET_LENGTH);
}


/***/ }),

/***/ 21178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J3: () => (/* binding */ LiveLog),
/* harmony export */   cliOutput: () => (/* binding */ cliOutput)
/* harmony export */ });
/* unused harmony exports formatBytes, stopCommandsToken, CommandGuard */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MiB = 1024 * 1024;
/** Lines of hidden output replayed at the end of an attempt (the end is where errors are). */
const REPLAY_LINES = 200;
const REPLAY_BYTES = 64 * 1024;
function formatBytes(bytes) {
    return bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
/**
 * Bounds what the live log shows of one attempt's output: the first `maxBytes` (both streams,
 * in order), then nothing until the attempt ends, when `finish()` says how much was not shown
 * and replays the last lines. A chatty script can no longer flood the job log (or the runner's
 * CPU); every byte is still counted and the head and tail are still captured.
 */
class LiveLog {
    maxBytes;
    emit;
    note;
    shown = 0;
    hiddenLines = 0;
    hiddenBytes = 0;
    ring = Array.from({ length: REPLAY_LINES });
    ringNext = 0;
    constructor(maxBytes, emit, note) {
        this.maxBytes = maxBytes;
        this.emit = emit;
        this.note = note;
    }
    line(stream, line) {
        // UTF-16 length is a lower bound of the UTF-8 size and far cheaper for every line.
        const size = line.length + 1;
        if (this.hiddenLines === 0 && this.shown + size <= this.maxBytes) {
            this.shown += size;
            this.emit(stream, line);
            return;
        }
        if (this.hiddenLines === 0) {
            this.note(`runguard: the live log shows the first ${formatBytes(this.maxBytes)} of the script's output (max-output-bytes); the rest is counted, and its last lines are shown when the script ends`);
        }
        this.hiddenLines++;
        this.hiddenBytes += Buffer.byteLength(line, 'utf8') + 1;
        this.ring[this.ringNext] = [stream, line];
        this.ringNext = (this.ringNext + 1) % REPLAY_LINES;
    }
    /** After the attempt: the note on what was not shown, then the last hidden lines. */
    finish() {
        if (this.hiddenLines === 0)
            return;
        const tail = [];
        let bytes = 0;
        for (let i = 1; i <= REPLAY_LINES; i++) {
            const entry = this.ring[(this.ringNext - i + REPLAY_LINES) % REPLAY_LINES];
            if (!entry)
                break;
            bytes += entry[1].length + 1;
            if (bytes > REPLAY_BYTES)
                break;
            tail.unshift(entry);
        }
        const omitted = this.hiddenLines - tail.length;
        this.note(`runguard: ${this.hiddenLines} line(s) (${formatBytes(this.hiddenBytes)}) of the script's output were not shown live; ${omitted > 0 ? `${omitted} of them are left out, ` : ''}the last ${tail.length} follow`);
        for (const [stream, line] of tail)
            this.emit(stream, line);
        this.hiddenLines = 0;
    }
}
/** A fresh token for `::stop-commands::`: 256 random bits, 64 hex characters. */
function stopCommandsToken() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('hex');
}
/**
 * Keeps the script's output from speaking to the Actions runner. The runner parses every line
 * of a step's stdout and stderr for workflow commands (`::add-mask::`, `::error::`,
 * `::set-output`, `::stop-commands::` at the start of a line, and the legacy `##[…]` form
 * anywhere in a line); `::stop-commands::<token>` turns that off until a line `::<token>::`.
 * The guard wraps the script's output in its own `::group::`, with commands stopped under a
 * fresh random token that only this writer knows; runguard's own output first closes the
 * section (`close()`), and `command()` emits one of runguard's commands in the middle of it
 * (e.g. `::add-mask::` for a secret found in the output) and stops commands again with a new
 * token. One guard per process stream writer.
 */
class CommandGuard {
    write;
    title;
    newToken;
    token;
    grouped = false;
    constructor(write, title, newToken = stopCommandsToken) {
        this.write = write;
        this.title = title;
        this.newToken = newToken;
    }
    /** True while the script's output section is open (commands stopped). */
    get open() {
        return this.token !== undefined;
    }
    /** One line of the script's output, printed with commands stopped. */
    text(line) {
        if (!this.grouped) {
            this.write(`::group::${this.title}`);
            this.grouped = true;
        }
        if (this.token === undefined) {
            this.token = this.newToken();
            this.write(`::stop-commands::${this.token}`);
        }
        this.write(line);
    }
    /** Emits one of runguard's own commands, resuming command processing around it. */
    command(emit) {
        if (this.token === undefined) {
            emit();
            return;
        }
        this.resume();
        emit();
        this.token = this.newToken();
        this.write(`::stop-commands::${this.token}`);
    }
    /** Ends the section: resumes commands and closes the group. Idempotent. */
    close() {
        this.resume();
        if (this.grouped) {
            this.write('::endgroup::');
            this.grouped = false;
        }
    }
    resume() {
        if (this.token === undefined)
            return;
        this.write(`::${this.token}::`);
        this.token = undefined;
    }
}
/**
 * The CLI's output. Run inside a GitHub Actions step (`run: npx runguard …`), the runner parses
 * the CLI's output for workflow commands too, so the script's lines are guarded as in the
 * Action (CommandGuard); elsewhere they are printed as they are.
 */
function cliOutput(writeLine, env) {
    const prefix = (stream, line) => stream === 'stderr' ? `[stderr] ${line}` : line;
    if (env.GITHUB_ACTIONS !== 'true') {
        return { log: writeLine, script: (s, l) => writeLine(prefix(s, l)), close: () => undefined };
    }
    const guard = new CommandGuard(writeLine, 'Output of the script (workflow commands in it are not processed)');
    return {
        log: line => {
            guard.close();
            writeLine(line);
        },
        script: (s, l) => guard.text(prefix(s, l)),
        close: () => guard.close()
    };
}


/***/ }),

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

/***/ 90198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ decodeJsonSegment),
/* harmony export */   IA: () => (/* binding */ validBech32),
/* harmony export */   qH: () => (/* binding */ validGrafanaServiceAccountToken),
/* harmony export */   qq: () => (/* binding */ validBase62Crc32Token),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
/* unused harmony exports crc32, base62, withBase62Crc32, bech32Encode */
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74976);

/**
 * Offline self-checks for credential formats that carry one: they let a
 * finding be reported with high confidence and a lookalike with a wrong checksum be rejected.
 */
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 (IEEE) of the UTF-8 bytes of an ASCII string. */
function crc32(text) {
    let crc = 0xffffffff;
    for (let i = 0; i < text.length; i++) {
        crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff];
    }
    return (crc ^ 0xffffffff) >>> 0;
}
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Base62 (alphabet 0-9A-Za-z) of a non-negative integer, left-padded with `0` to `width`. */
function base62(value, width) {
    let out = '';
    let v = value;
    do {
        out = BASE62[v % 62] + out;
        v = Math.floor(v / 62);
    } while (v > 0);
    return out.padStart(width, '0');
}
/**
 * GitHub classic tokens (`ghp_` …) and npm tokens (`npm_`): 30 random base62 characters then
 * base62(CRC32(random part)) in 6 characters.
 */
function validBase62Crc32Token(token) {
    const body = token.slice(token.indexOf('_') + 1);
    if (body.length !== 36)
        return false;
    return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
/** Builds a token whose checksum is valid; used by tests and the benchmark generator. */
function withBase62Crc32(prefix, random30) {
    return `${prefix}${random30}${base62(crc32(random30), 6)}`;
}
/** Grafana service-account tokens: `glsa_<32>_<8 hex>`, the hex being CRC32 of the first part. */
function validGrafanaServiceAccountToken(token) {
    const m = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(token);
    if (!m)
        return false;
    const crc = crc32(m[1]);
    // Grafana writes the CRC in little-endian byte order.
    const le = Buffer.alloc(4);
    le.writeUInt32LE(crc);
    return le.toString('hex') === m[2] || crc.toString(16).padStart(8, '0') === m[2];
}
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bech32Polymod(values) {
    const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let chk = 1;
    for (const v of values) {
        const top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                chk ^= gen[i];
    }
    return chk;
}
/** BIP-173 bech32 checksum (age secret keys `AGE-SECRET-KEY-1…`). */
function validBech32(text) {
    const s = text.toLowerCase();
    const sep = s.lastIndexOf('1');
    if (sep < 1 || sep + 7 > s.length)
        return false;
    const hrp = s.slice(0, sep);
    const data = [];
    for (const ch of s.slice(sep + 1)) {
        const v = BECH32.indexOf(ch);
        if (v < 0)
            return false;
        data.push(v);
    }
    const expanded = [];
    for (let i = 0; i < hrp.length; i++)
        expanded.push(hrp.charCodeAt(i) >> 5);
    expanded.push(0);
    for (let i = 0; i < hrp.length; i++)
        expanded.push(hrp.charCodeAt(i) & 31);
    return bech32Polymod([...expanded, ...data]) === 1;
}
/** Encodes data (5-bit groups) with a bech32 checksum; for the test generator. */
function bech32Encode(hrp, data) {
    const expanded = [];
    for (let i = 0; i < hrp.length; i++)
        expanded.push(hrp.charCodeAt(i) >> 5);
    expanded.push(0);
    for (let i = 0; i < hrp.length; i++)
        expanded.push(hrp.charCodeAt(i) & 31);
    const mod = bech32Polymod([...expanded, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
    const checksum = [];
    for (let i = 0; i < 6; i++)
        checksum.push((mod >>> (5 * (5 - i))) & 31);
    return hrp + '1' + [...data, ...checksum].map(v => BECH32[v]).join('');
}
/** Decodes base64 or base64url (padding optional); undefined when it is not valid base64. */
function decodeBase64(text) {
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text))
        return undefined;
    const normalized = text.replace(/-/g, '+').replace(/_/g, '/');
    return Buffer.from(normalized, 'base64');
}
/** Decodes a base64url JSON object (JWT segments); undefined unless it is a JSON object. */
function decodeJsonSegment(segment) {
    const bytes = decodeBase64(segment);
    if (!bytes)
        return undefined;
    try {
        return (0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(JSON.parse(bytes.toString('utf8')));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 21828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eZ: () => (/* binding */ demoReason),
  PY: () => (/* binding */ isPlaceholderShape)
});

// UNUSED EXPORTS: DEMO_CREDENTIALS, isLocalHost

;// CONCATENATED MODULE: ./src/secrets/demo-credentials.json
const demo_credentials_namespaceObject = /*#__PURE__*/JSON.parse('{"about":"Known demo and placeholder credentials: never findings of the built-in secret detector. Documented in docs/secret-detection.md. exampleKeys match the whole value exactly; passwords match the whole value, case-insensitively, wherever a password or token is read; pairs match the user and password of a URL or basic-auth credential (localOnly: only when the host is local); a stand-in user (standInUsers) with a password containing a stand-in word (standInWords) is a demo pair; in documentation files a URL credential for a local or placeholder host is an example; placeholders are regular expressions (JavaScript syntax) over the whole value. To report them anyway set secrets-demo-credentials: report; to accept more values, add reviewed entries to .runguard-ignore.yml.","exampleKeys":[{"value":"3fa85f64-5717-4562-b3fc-2c963f66afa6","source":"Swagger UI: the example it shows for every `format: uuid` string, copied into many API docs"},{"value":"AKIAIOSFODNN7EXAMPLE","source":"AWS documentation: example access key ID"},{"value":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","source":"AWS documentation: example secret access key"},{"value":"AKIAI44QH8DHBEXAMPLE","source":"AWS documentation: second example access key ID"},{"value":"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY","source":"AWS documentation: second example secret access key"},{"value":"ASIAIOSFODNN7EXAMPLE","source":"AWS documentation: example temporary (STS) access key ID"},{"value":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c","source":"jwt.io: the example token shown on the home page"},{"value":"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==","source":"Azure Storage emulator (Azurite): the well-known development account key"},{"value":"sk_test_4eC39HqLyjWDarjtT1zdp7dc","source":"Stripe documentation: the public test-mode example secret key"},{"value":"pk_test_TYooMQauvdEDq54NiTphI7jx","source":"Stripe documentation: the public test-mode example publishable key"},{"value":"xoxb-not-a-real-token-this-will-not-work","source":"Slack documentation: example bot token"},{"value":"ghp_16C7e42F292c6912E7710c838347Ae178B4a","source":"GitHub documentation: example personal access token"},{"value":"192b9bdd22ab9ed4d12e236c78afcb9a393ec15f71bbf5dc987d54727823bcbf","source":"Flask documentation: example SECRET_KEY (configuration and deployment chapters)"},{"value":"5f352379324c22463451387a0aec5d2f","source":"Flask documentation: example FLASK_SECRET_KEY (configuration chapter)"},{"value":"_5#y2L\\"F4Q8z\\\\n\\\\xec]/","source":"Flask documentation: example app.secret_key bytes literal, as written in the source (quickstart)"}],"passwords":[{"value":"changeme","why":"the universal \'replace this\' default"},{"value":"change_me","why":"\'replace this\' default"},{"value":"change-me","why":"\'replace this\' default"},{"value":"changeit","why":"the Java keystore (cacerts) default password"},{"value":"password","why":"the word itself"},{"value":"passw0rd","why":"demo password"},{"value":"p@ssw0rd","why":"demo password"},{"value":"pass","why":"demo password"},{"value":"passwd","why":"the word itself"},{"value":"secret","why":"the word itself"},{"value":"s3cr3t","why":"demo password"},{"value":"hunter2","why":"the classic joke password"},{"value":"letmein","why":"demo password"},{"value":"qwerty","why":"keyboard row"},{"value":"123456","why":"digit run"},{"value":"12345678","why":"digit run"},{"value":"admin","why":"demo password"},{"value":"root","why":"demo password"},{"value":"toor","why":"demo password"},{"value":"default","why":"the word itself"},{"value":"example","why":"the word itself"},{"value":"test","why":"the word itself"},{"value":"testing","why":"the word itself"},{"value":"guest","why":"demo password"},{"value":"tiger","why":"Oracle\'s demo schema password (user scott)"},{"value":"mysecretpassword","why":"the official postgres image\'s documented example"}],"pairs":[{"user":"scott","password":"tiger","why":"Oracle\'s demo schema; SQLAlchemy\'s documentation uses it in every database URL"},{"user":"user","password":"pass","why":"documentation stand-in"},{"user":"user","password":"password","why":"documentation stand-in"},{"user":"username","password":"password","why":"documentation stand-in"},{"user":"admin","password":"admin","why":"documentation stand-in"},{"user":"foo","password":"bar","why":"documentation stand-in"},{"user":"me","password":"secret","why":"documentation stand-in"},{"user":"postgres","password":"postgres","localOnly":true,"why":"the postgres image\'s default, in local development and CI set-ups"},{"user":"root","password":"root","localOnly":true,"why":"local development database default"},{"user":"mysql","password":"mysql","localOnly":true,"why":"local development database default"},{"user":"guest","password":"guest","localOnly":true,"why":"RabbitMQ\'s default account"},{"user":"sa","password":"sa","localOnly":true,"why":"local SQL Server / H2 default"}],"standInUsers":["user","username","usr","me","foo","test","tester","admin","someuser","some_user","myuser","my_user","dbuser","db_user","john","jdoe","johndoe","alice","bob"],"standInWords":["pass","pwd","secret","some","my","test","example","sample","changeme","dummy","fake"],"placeholders":[{"pattern":"^<[^<>]*>$","why":"<password>, <your-token>"},{"pattern":"\\\\$\\\\{[^}]*\\\\}","why":"${VAR} substitution (shell, compose, Maven, JS templates)"},{"pattern":"\\\\{\\\\{[^}]*\\\\}\\\\}","why":"{{ var }} templates (Jinja, Helm, Go, Actions)"},{"pattern":"^\\\\$[A-Za-z_(]","why":"$VAR and $(command)"},{"pattern":"^%[A-Za-z_]+%$","why":"%VAR% (Windows)"},{"pattern":"%\\\\([A-Za-z_][A-Za-z0-9_]*\\\\)[sdr]","why":"%(password)s Python format"},{"pattern":"^@[A-Za-z_]+@$","why":"@VAR@ (autoconf, Gradle filters)"},{"pattern":"^\\\\*+$","why":"**** masked value"},{"pattern":"^(?:x+|X+|\\\\.+|-+|_+|#+|•+)$","why":"xxxx, ...., #### filler"},{"pattern":"xxxx","flags":"i","why":"a value with xxxx in it is a stand-in"},{"pattern":"\\\\*{4,}","why":"a value with **** in it was masked"},{"pattern":"^(?:true|false|null|nil|none|undefined|empty|string|required|optional|secret|password|token|changeme|default)$","flags":"i","why":"keywords and type names, not values"}]}');
;// CONCATENATED MODULE: ./src/secrets/demo.ts

const DATA = demo_credentials_namespaceObject;
const EXAMPLE_KEYS = new Map(DATA.exampleKeys.map(e => [e.value, e.source]));
const PASSWORDS = new Map(DATA.passwords.map(p => [p.value.toLowerCase(), p.why]));
const PAIRS = new Map(DATA.pairs.map(p => [`${p.user}\0${p.password}`, p]));
const STAND_IN_USERS = new Set(DATA.standInUsers);
const STAND_IN_WORDS = DATA.standInWords;
const PLACEHOLDERS = DATA.placeholders.map(p => ({
    re: new RegExp(p.pattern, p.flags ?? ''),
    why: p.why
}));
/** Hosts of local set-ups and names reserved for documentation (RFC 2606, RFC 6761). */
function isLocalHost(host) {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    return (h === 'localhost' ||
        h === '::1' ||
        h === '0.0.0.0' ||
        h === 'host.docker.internal' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
        /\.(?:localhost|local|test|invalid|example)$/.test(h) ||
        /(?:^|\.)example\.(?:com|org|net)$/.test(h) ||
        // A single-label name is a compose service or a LAN alias (`db`, `postgres`), not the internet.
        /^[a-z0-9_-]+$/.test(h));
}
/** True when `value` has the shape of a placeholder (`<password>`, `${VAR}`, `****` …). */
function isPlaceholderShape(value) {
    return PLACEHOLDERS.some(p => p.re.test(value));
}
/** Why a value is a known demo or placeholder credential, or undefined when it is not one. */
function demoReason(c) {
    const example = EXAMPLE_KEYS.get(c.value);
    if (example)
        return example;
    const password = PASSWORDS.get(c.value.toLowerCase());
    if (password)
        return password;
    if (c.user !== undefined) {
        let value = c.value;
        let user = c.user;
        try {
            value = decodeURIComponent(value);
            user = decodeURIComponent(user);
        }
        catch {
            // Keep the raw text when it is not valid percent-encoding.
        }
        const pair = PAIRS.get(`${user}\0${value}`);
        const local = c.host !== undefined && isLocalHost(c.host);
        if (pair && (!pair.localOnly || local))
            return pair.why;
        const lower = value.toLowerCase();
        if (STAND_IN_USERS.has(user.toLowerCase()) && STAND_IN_WORDS.some(w => lower.includes(w)))
            return 'a stand-in user with a stand-in password';
        if (c.docs && local)
            return 'a documentation example for a local or placeholder host';
    }
    return PLACEHOLDERS.find(p => p.re.test(c.value))?.why;
}
/** Every entry, for documentation and tests. */
const DEMO_CREDENTIALS = (/* unused pure expression or super */ null && (DATA));


/***/ }),

/***/ 10384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ew: () => (/* binding */ detectSecretValues),
  Ff: () => (/* binding */ scanText)
});

// UNUSED EXPORTS: FINGERPRINT_SALT, literalPrefix, maskSecret, prepareEngine, secretFingerprint

// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/secrets/demo.ts + 1 modules
var secrets_demo = __webpack_require__(21828);
// EXTERNAL MODULE: ./src/secrets/generic.ts
var generic = __webpack_require__(97200);
// EXTERNAL MODULE: ./src/secrets/heuristics.ts
var heuristics = __webpack_require__(77380);
;// CONCATENATED MODULE: ./src/secrets/prefilter.ts
/**
 * Case-insensitive Aho-Corasick automaton over all rule keywords (gitleaks and trufflehog do the
 * same): one linear pass per text finds every keyword occurrence, so rules only run in small
 * windows around candidates instead of scanning the whole text once per rule.
 */
const ASCII = 128;
class KeywordPrefilter {
    /**
     * Dense DFA over character classes: `(state << shift) | class` → next state, negative when
     * that state has outputs (failure links already folded in). Only the characters keywords use
     * get a class of their own (about 50 of 128, upper case sharing lower case's), so the table
     * is a quarter of a 128-column one and its hot rows stay in cache.
     */
    next;
    /** log2 of the row width. */
    shift;
    /** ASCII code → class (0: in no keyword); case folding is in this table. */
    classes;
    /** Class of every code unit above ASCII (they all read as one character, as in keywords). */
    highClass;
    /** For each state, the keywords that end there (via output links), or undefined. */
    outputs;
    lengths;
    constructor(keywords) {
        const folded = keywords.map(fold);
        this.lengths = keywords.map(k => k.length);
        // Classes: 0 for every character no keyword has, then one per character keywords use.
        const classes = new Uint8Array(ASCII);
        let classCount = 1;
        for (const codes of folded)
            for (const c of codes)
                if (c !== 0 && classes[c] === 0)
                    classes[c] = classCount++;
        // Non-ASCII keyword characters fold to 0, and so does every non-ASCII character of a text.
        const highClass = folded.some(codes => codes.includes(0)) ? classCount++ : 0;
        classes[0] = highClass;
        for (let c = 65; c <= 90; c++)
            classes[c] = classes[c + 32];
        const shift = Math.max(1, Math.ceil(Math.log2(classCount)));
        const width = 1 << shift;
        const goto = [new Map()];
        const out = [undefined];
        folded.forEach((codes, index) => {
            let state = 0;
            for (const code of codes) {
                const cls = code === 0 ? highClass : classes[code];
                let nextState = goto[state]?.get(cls);
                if (nextState === undefined) {
                    nextState = goto.length;
                    goto.push(new Map());
                    out.push(undefined);
                    goto[state]?.set(cls, nextState);
                }
                state = nextState;
            }
            out[state] = [...(out[state] ?? []), index];
        });
        const states = goto.length;
        // Signed 16-bit entries while state numbers fit (they do by far today): half the cache lines.
        const next = states < 0x8000 ? new Int16Array(states * width) : new Int32Array(states * width);
        const fail = new Int32Array(states);
        // Breadth-first: build the full transition table with failure links resolved.
        const queue = [];
        for (const [cls, s] of goto[0] ?? []) {
            next[cls] = s;
            fail[s] = 0;
            queue.push(s);
        }
        for (let qi = 0; qi < queue.length; qi++) {
            const state = queue[qi];
            const f = fail[state];
            const inherited = out[f];
            if (inherited)
                out[state] = [...(out[state] ?? []), ...inherited];
            // The failure state's row (complete: it is nearer the root, so built earlier), then this
            // state's own edges over it: one block copy instead of a lookup per class and state, which
            // kept every run's first redaction ~50 ms slower.
            next.copyWithin(state << shift, f << shift, (f + 1) << shift);
            for (const [cls, s] of goto[state] ?? []) {
                fail[s] = next[(f << shift) | cls];
                next[(state << shift) | cls] = s;
                queue.push(s);
            }
        }
        // Negated where the target has outputs (state 0, the root, never has one: keywords are not
        // empty), so the hot loop needs no second lookup to know.
        for (let i = 0; i < next.length; i++) {
            const target = next[i];
            if (out[target])
                next[i] = -target;
        }
        this.next = next;
        this.shift = shift;
        this.classes = classes;
        this.highClass = highClass;
        this.outputs = out;
    }
    /**
     * Every keyword occurrence in ASCII `bytes`, in order of end position: the same hits as `scan`
     * of the text they decode to (one character per byte), found about twice as fast, since reading
     * a byte array costs less than `charCodeAt` on a string.
     */
    scanAscii(bytes) {
        const hits = [];
        const { next, shift, classes } = this;
        let state = 0;
        for (let i = 0, n = bytes.length; i < n; i++) {
            state = next[(state << shift) | classes[bytes[i]]];
            if (state < 0) {
                state = -state;
                for (const k of this.outputs[state])
                    hits.push({ keyword: k, start: i + 1 - this.lengths[k] });
            }
        }
        return hits;
    }
    /** Every keyword occurrence in `text`, in order of end position. */
    scan(text) {
        const hits = [];
        const { next, shift, classes, highClass } = this;
        let state = 0;
        for (let i = 0, n = text.length; i < n; i++) {
            const c = text.charCodeAt(i);
            state = next[(state << shift) | (c < ASCII ? classes[c] : highClass)];
            if (state < 0) {
                state = -state;
                for (const k of this.outputs[state])
                    hits.push({ keyword: k, start: i + 1 - this.lengths[k] });
            }
        }
        return hits;
    }
}
/** A keyword's code units, lower-cased; a non-ASCII one becomes 0 (as in texts: see `scan`). */
function fold(keyword) {
    const codes = [];
    for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        codes.push(c < ASCII ? c : 0);
    }
    return codes;
}

// EXTERNAL MODULE: ./src/secrets/rules/index.ts + 26 modules
var rules = __webpack_require__(1491);
;// CONCATENATED MODULE: ./src/secrets/engine.ts






/**
 * The engine: one Aho-Corasick pass over the text finds every keyword; each rule then runs only
 * in small windows around its own keywords (merged when they overlap), so the cost is one
 * linear pass plus work proportional to the candidates — never one full scan per rule.
 */
/** Salt for fingerprints: a fingerprint can be compared, never turned back into the value. */
const FINGERPRINT_SALT = 'runguard-secrets-v1';
/** Salted hash of rule + value; the same wherever the secret moves (no path, no line). */
function secretFingerprint(ruleId, value) {
    return (0,hash/* fingerprintOf */.a)([FINGERPRINT_SALT, ruleId, value]);
}
/** At most the first 4 characters (fewer for short values) then `…`. */
function maskSecret(value) {
    const shown = Math.min(4, Math.floor(value.length / 4));
    return `${value.slice(0, shown)}…`;
}
/**
 * The literal a provider pattern's secret starts with, when it is one of the rule's keywords
 * (`(?<secret>ghp_[A-Za-z0-9]{36})` → `ghp_`). A value with that prefix is the provider rule's
 * to judge: when the rule rejects it (too short, wrong checksum), the generic rule must not
 * report the lookalike as a random string.
 */
function literalPrefix(rule) {
    const body = rule.pattern ? /\(\?<secret>(.*)/.exec(rule.pattern.source)?.[1] : undefined;
    if (!body)
        return undefined;
    let literal = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\' && /[-._/]/.test(body[i + 1] ?? '')) {
            literal += body[++i];
            continue;
        }
        if (/[[\](){}.*+?|^$\\]/.test(c))
            break;
        literal += c;
    }
    const lower = literal.toLowerCase();
    if (GENERIC_PREFIX.test(lower))
        return undefined;
    return lower.length >= 4 && rule.keywords.some(k => lower.startsWith(k)) ? lower : undefined;
}
/**
 * A plain word and a separator (`live_`, `key-`, `api-`, `secret-`) names no provider: many
 * providers mark their keys that way, so one rule's format cannot speak for every value that
 * starts like it, and the generic rule still judges them.
 */
const GENERIC_PREFIX = /^(?:live|test|prod|sandbox|key|api|secret|token)[-_.]$/;
let compiled;
function engine() {
    if (compiled)
        return compiled;
    const keywords = [];
    const index = new Map();
    const owners = [];
    for (const rule of rules/* RULES */.y0) {
        for (const kw of rule.keywords) {
            const k = kw.toLowerCase();
            let i = index.get(k);
            if (i === undefined) {
                i = keywords.length;
                index.set(k, i);
                keywords.push(k);
                owners.push([]);
            }
            owners[i]?.push(rule);
        }
    }
    const tokenPrefixes = [
        ...new Set(rules/* RULES */.y0.map(literalPrefix).filter((p) => p !== undefined))
    ];
    compiled = { prefilter: new KeywordPrefilter(keywords), owners, keywords, tokenPrefixes };
    return compiled;
}
/**
 * Builds the engine now rather than on the first text: a worker thread calls it as it starts, so
 * the build overlaps the walk that lists the files instead of delaying the first batch.
 */
function prepareEngine() {
    engine();
}
/**
 * Line bounds around increasing positions, amortized O(n) over a whole scan: a 50 MB
 * single-line file with a million keyword hits must not cost a line search per hit.
 */
class LineBounds {
    text;
    prevNl = -1;
    nextNl = -1;
    constructor(text) {
        this.text = text;
    }
    /** [start of the line, end of the line (exclusive)] of `pos`; `pos` must not decrease. */
    at(pos) {
        if (this.nextNl === -1 || pos > this.nextNl) {
            const nl = this.text.indexOf('\n', pos);
            this.nextNl = nl === -1 ? this.text.length : nl;
            // Stops at the newline we knew before at the latest, so the scans never overlap.
            this.prevNl = this.text.lastIndexOf('\n', pos - 1);
        }
        return [this.prevNl + 1, this.nextNl];
    }
}
/** Window of a hit, cut at line ends unless the rule is multi-line. */
function windowOf(text, rule, hit, kwLen, lines) {
    let from = Math.max(0, hit - rule.before);
    let to = Math.min(text.length, hit + Math.max(rule.after, kwLen));
    if (!rule.multiline) {
        const [lineStart, lineEnd] = lines.at(hit);
        if (lineStart > from)
            from = lineStart;
        if (lineEnd < to)
            to = lineEnd;
    }
    return [from, to];
}
/** Bits per character a checksum lookalike needs to be reported (random base62 has ~5). */
const LOOKALIKE_MIN_ENTROPY = 3.5;
function runPattern(text, rule, from, to, path, out, rejected) {
    const pattern = rule.pattern;
    const window = text.slice(from, to);
    pattern.lastIndex = 0;
    let m;
    while ((m = pattern.exec(window)) !== null) {
        if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
        }
        const span = m.indices?.groups?.secret ?? m.indices?.[0];
        if (!span)
            continue;
        const secret = m.groups?.secret ?? m[0];
        const start = from + span[0];
        const ctx = {
            text,
            start,
            end: start + secret.length,
            ...(path === undefined ? {} : { path }),
            groups: m.groups ?? {}
        };
        const verdict = rule.validate ? rule.validate(secret, ctx) : true;
        if (verdict === false) {
            // A provider format with a wrong checksum or structure is a lookalike; the generic rule
            // must not report the same value as a "random string" either.
            if (rule.validation === 'checksum' || rule.validation === 'structure')
                rejected.push([start, start + secret.length]);
            // A checksum lookalike is still reported, low, saying why (docs/secret-detection.md):
            // it may be a real token someone truncated or altered, and a reviewer should decide.
            // Only values random enough to have been a token: not `ghp_000…`.
            if (rule.validation === 'checksum' && (0,heuristics/* shannonEntropy */.ly)(secret) >= LOOKALIKE_MIN_ENTROPY)
                out.push({
                    ruleId: rule.id,
                    secret,
                    start,
                    end: start + secret.length,
                    confidence: 'low',
                    checksumMismatch: true
                });
            continue;
        }
        const { user, host } = m.groups ?? {};
        out.push({
            ruleId: rule.id,
            secret,
            start,
            end: start + secret.length,
            confidence: verdict === true ? rule.confidence : verdict,
            ...(user === undefined ? {} : { user }),
            ...(host === undefined ? {} : { host })
        });
    }
}
/** Raw candidates of every rule, before overlap resolution. */
function candidates(text, path, demo, ascii) {
    const rejected = [];
    let out = collect(text, path, rejected, ascii);
    if (demo === 'skip') {
        // Known demo and placeholder credentials are not findings; the generic rule must not report
        // the same span as a "random string" either.
        const docs = (0,generic/* contextOf */.Vm)(path) === 'docs';
        out = out.filter(m => {
            if ((0,secrets_demo/* demoReason */.eZ)({ value: m.secret, user: m.user, host: m.host, docs }) === undefined)
                return true;
            rejected.push([m.start, m.end]);
            return false;
        });
    }
    const { tokenPrefixes } = engine();
    return out.filter(m => {
        if (m.ruleId !== 'generic-secret-assignment')
            return true;
        if (rejected.some(([s, e]) => m.start < e && s < m.end))
            return false;
        const lower = m.secret.toLowerCase();
        return !tokenPrefixes.some(p => lower.startsWith(p));
    });
}
function collect(text, path, rejected, ascii) {
    const { prefilter, owners, keywords } = engine();
    const hits = ascii ? prefilter.scanAscii(ascii) : prefilter.scan(text);
    if (hits.length === 0)
        return [];
    // The automaton reports by end position; windows need increasing starts.
    hits.sort((a, b) => a.start - b.start);
    const lines = new LineBounds(text);
    const out = [];
    // Per rule: the end of the last window run, to merge overlapping windows.
    const lastEnd = new Map();
    const finderState = new Map();
    for (const hit of hits) {
        const kw = keywords[hit.keyword];
        for (const rule of owners[hit.keyword] ?? []) {
            if (rule.find) {
                let state = finderState.get(rule);
                if (!state)
                    finderState.set(rule, (state = { skipUntil: -1 }));
                if (hit.start < state.skipUntil)
                    continue;
                out.push(...rule.find(text, hit.start, kw, path, state));
                continue;
            }
            const [from, to] = windowOf(text, rule, hit.start, kw.length, lines);
            const pending = lastEnd.get(rule);
            if (pending && from <= pending[1]) {
                // Overlapping windows: extend the pending one instead of scanning twice.
                pending[1] = Math.max(pending[1], to);
                continue;
            }
            if (pending)
                runPattern(text, rule, pending[0], pending[1], path, out, rejected);
            lastEnd.set(rule, [from, to]);
        }
    }
    for (const [rule, [from, to]] of lastEnd)
        runPattern(text, rule, from, to, path, out, rejected);
    return out;
}
/** Keeps one match per span: the higher-priority rule wins where matches overlap. */
function resolveOverlaps(matches) {
    const unique = new Map();
    for (const m of matches)
        unique.set(`${m.ruleId}:${m.start}:${m.end}`, m);
    const sorted = [...unique.values()].sort((a, b) => (rules/* RULES_BY_ID */.kF.get(b.ruleId)?.priority ?? 0) - (rules/* RULES_BY_ID */.kF.get(a.ruleId)?.priority ?? 0) ||
        b.end - b.start - (a.end - a.start));
    const kept = [];
    for (const m of sorted) {
        const clash = kept.some(k => m.start < k.end && k.start < m.end);
        if (!clash)
            kept.push(m);
    }
    return kept.sort((a, b) => a.start - b.start);
}
const AWS_SECRET_CANDIDATE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
/**
 * AWS pairs: a key id makes a nearby 40-character base64 value an AWS secret key even without
 * a telling variable name (trufflehog's proximity idea, bounded to ±4 lines here).
 */
function pairAws(text, matches) {
    const extra = [];
    for (const m of matches) {
        if (m.ruleId !== 'aws-access-key-id')
            continue;
        // ±4 lines, at most 2000 characters each way.
        let from = m.start;
        const minFrom = Math.max(0, m.start - 2000);
        for (let lines = 0; from > minFrom; from--) {
            if (text.charCodeAt(from - 1) === 10 && ++lines > 4)
                break;
        }
        let to = m.end;
        const maxTo = Math.min(text.length, m.end + 2000);
        for (let lines = 0; to < maxTo; to++) {
            if (text.charCodeAt(to) === 10 && ++lines > 4)
                break;
        }
        const window = text.slice(from, to);
        AWS_SECRET_CANDIDATE.lastIndex = 0;
        let c;
        while ((c = AWS_SECRET_CANDIDATE.exec(window)) !== null) {
            const value = c[0];
            if ((0,heuristics/* shannonEntropy */.ly)(value) <= 4.25 ||
                (0,heuristics/* charClasses */.zg)(value) < 3 ||
                (0,heuristics/* isExampleValue */.c8)(value, ['example']))
                continue;
            // Paths and base64 of text have long runs of lower-case letters; real keys do not.
            if (/[a-z]{12}|\/\/|^\/|\/$/.test(value))
                continue;
            const start = from + c.index;
            extra.push({
                ruleId: 'aws-secret-access-key',
                secret: value,
                start,
                end: start + 40,
                confidence: 'high'
            });
            m.confidence = 'high';
        }
    }
    return extra.length ? [...matches, ...extra] : matches;
}
/** Finds secrets in one text (a file's content or a chunk of script output). */
function scanText(text, opts = {}) {
    const raw = resolveOverlaps(pairAws(text, candidates(text, opts.path, opts.demo ?? 'skip', opts.ascii)));
    if (raw.length === 0)
        return [];
    // Line starts, computed once and only when there is something to report.
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const lineOf = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    return raw.map(m => {
        const rule = rules/* RULES_BY_ID */.kF.get(m.ruleId);
        const startIdx = lineOf(m.start);
        const endIdx = lineOf(Math.max(m.start, m.end - 1));
        const lineStart = lineStarts[startIdx];
        const endLineStart = lineStarts[endIdx];
        const nextLine = lineStarts[startIdx + 1];
        const lineText = text.slice(lineStart, nextLine === undefined ? undefined : nextLine);
        const allowed = lineText.length < 100_000 ? lineText.includes('runguard:allow') : hasAllowNear(text, m.start);
        return {
            ruleId: rule.id,
            title: rule.title,
            provider: rule.provider,
            confidence: m.confidence,
            severity: m.checksumMismatch ? 'low' : rule.severity,
            validation: rule.validation,
            value: m.secret,
            masked: maskSecret(m.secret),
            fingerprint: secretFingerprint(rule.id, m.secret),
            startLine: startIdx + 1,
            endLine: endIdx + 1,
            startColumn: m.start - lineStart + 1,
            endColumn: m.end - endLineStart + 1,
            allowedInline: allowed,
            ...(m.checksumMismatch ? { checksumMismatch: true } : {})
        };
    });
}
/** On huge single-line files only look near the match for the allow marker. */
function hasAllowNear(text, offset) {
    return text.slice(Math.max(0, offset - 2000), offset + 2000).includes('runguard:allow');
}
/** Raw values found in a text; the runner's Redactor detect hook (fast on short lines). */
function detectSecretValues(text) {
    return [...new Set(scanText(text).map(m => m.value))];
}


/***/ }),

/***/ 97200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ findGenericAssignments),
/* harmony export */   Vm: () => (/* binding */ contextOf)
/* harmony export */ });
/* unused harmony exports nameWords, secretNameStrength, isSecretName, isInterleavedSequence, looksLikeSecretValue, basicAuthVerdict */
/* harmony import */ var _heuristics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77380);
/* harmony import */ var _checksum_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90198);
/* harmony import */ var _demo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21828);



/**
 * The generic detector: an assignment (`name = value`, `name: value`, `"name": "value"`,
 * `name="value"` keyword argument, `.env` lines, `name := value`) whose NAME ends in a secret
 * word and whose VALUE looks random. It runs only at prefilter hits of the secret words, reads
 * the name around the hit with plain loops (no backtracking) and then applies the
 * false-positive filters of heuristics.ts.
 *
 * It runs in every file, tuned by context: documentation and example files (`.md`, `.rst`,
 * `.adoc`, `.txt`, `docs/`, `examples/` …), names that only weakly say "secret" (`key`,
 * `<provider>_key`) and values found on the line after their name (YAML/JSON dumps, docs)
 * need a stricter value — longer, more random, a mix of character kinds, no placeholder words.
 * In documentation, a sure name with its value after an operator on the same line is judged
 * as in config files, but still 12+ characters and without placeholder words.
 */
/** The last word(s) of a name that make it secret-ish. */
const SECRET_LAST_WORDS = new Set([
    'password',
    'passwd',
    'passwort',
    'passphrase',
    'pwd',
    'pass',
    'pw',
    'secret',
    'secrets',
    'token',
    'apikey',
    'credential',
    'credentials',
    'creds',
    'authorization',
    'auth'
]);
/** Words before `key` that make `…_key` a secret. */
const KEY_QUALIFIERS = new Set([
    'api',
    'access',
    'secret',
    'private',
    'auth',
    'client',
    'encryption',
    'signing',
    'master',
    'app',
    'application',
    'service',
    'account',
    'db',
    'database',
    'license',
    'subscription',
    'consumer',
    'shared',
    'hmac',
    'crypt',
    'jwt',
    'session',
    'admin',
    'write',
    'read',
    'ingest',
    'instrumentation',
    'query',
    'x'
]);
/** Words before `key` that name something that is not a credential (`sort_key`, `cache_key`). */
const KEY_NON_SECRET = new Set(('sort primary foreign cache partition lookup dict map unique composite idempotency object ' +
    'registry row column group shard routing dedup dedupe message event item order field config ' +
    'setting settings translation i18n locale label react list child parent node tree cursor next ' +
    'prev start end range bucket storage hot short long keyboard press up down on off the a this ' +
    'that your my new old which each any some first last default custom meta local global state ' +
    'hash index s3 redis cluster file table record entry lock job task queue').split(' '));
/** Words before `token` that name something that is not a credential. */
const TOKEN_NON_SECRET = new Set([
    'csrf',
    'xsrf',
    'next',
    'page',
    'continuation',
    'cancel',
    'cancellation',
    'max',
    'eos',
    'bos',
    'pad',
    'unk',
    'sep',
    'cls',
    'mask',
    'special',
    'start',
    'end',
    'sync',
    'resume',
    'num',
    'count',
    'type',
    'lexer',
    'last',
    'first',
    'current',
    'prev',
    'new',
    'ignore',
    'forward',
    'backward',
    'marker',
    'verification',
    'refresh_interval'
]);
/** Words that, anywhere in a name, mean it is about a secret rather than the secret itself. */
const DENY_WORDS = new Set(('public pubkey hash hashed digest length len encoding algorithm algo policy prompt label ' +
    'placeholder hint field column format pattern regex validator example sample file path dir ' +
    'url uri endpoint name header type env var prefix suffix count size ttl expiry expires ' +
    'expiration timeout version mode strategy provider method scheme enabled required store ' +
    'manager handler factory class schema template lifetime id ids min max fingerprint reset ' +
    'forgot validation rotation generator hasher input widget form button dialog icon error ' +
    'errors message msg text description desc title help location storage cache limit index ' +
    'position pos kind').split(' '));
/** Words a name may end in without a separator (`querykey`, `jenkinsToken` is split already). */
const GLUED_SUFFIXES = ['password', 'passwd', 'secret', 'token', 'apikey', 'key'];
/** Documentation files and example/sample trees. */
const DOCS_OR_EXAMPLES = /(?:^|\/)(?:docs?|documentation|examples?|samples?)\/|(?:^|\/)[^/]*examples?[-_.][^/]*$|\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|text)$/i;
/** Extensions whose values are code expressions unless quoted. */
const CODE_EXTENSIONS = /\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|java|kt|kts|scala|go|rb|php|cs|c|cc|cpp|h|hpp|rs|swift|m|mm|dart|lua|pl|r|jl|ex|exs|erl|hs|clj|groovy|vue|svelte|ipynb)$/i;
function contextOf(path) {
    if (path === undefined)
        return 'config';
    if (DOCS_OR_EXAMPLES.test(path))
        return 'docs';
    return CODE_EXTENSIONS.test(path) ? 'code' : 'config';
}
// A file's keyword hits all share its path, and a minified file repeats the same few names
// thousands of times: both judgements are remembered (bounded) instead of redone per hit.
let lastPath;
let lastContext = 'config';
function cachedContext(path) {
    if (path !== lastPath || path === undefined) {
        lastPath = path;
        lastContext = contextOf(path);
    }
    return lastContext;
}
// A name that is no secret's on its own is no secret's whatever words come before it: those can
// only add a deny word or be the word before `key`/`token` when the name has one word, and a
// one-word `key` or `token` is a secret's name already (see secretNameStrength). Most keyword hits
// in code are such names (`keys`, `primary_key`, `tokens`), and this cache, keyed by the name
// alone, turns them away before the words before them are read.
const NAME_ALONE = new Map();
function hopelessName(name) {
    const known = NAME_ALONE.get(name);
    if (known !== undefined)
        return known;
    if (NAME_ALONE.size >= 4096)
        NAME_ALONE.clear();
    const hopeless = secretNameStrength(name) === undefined;
    NAME_ALONE.set(name, hopeless);
    return hopeless;
}
// Keyed by the name and the exact characters wordsBefore reads before it (wordsBeforeStart), so
// a hit skips splitting those words as well as judging them: on a large tree that splitting,
// done on every keyword hit, cost more than the judgement the cache saved.
const NAME_CACHE = new Map();
function cachedName(text, ns, name) {
    const key = `${name}\u0000${text.slice(wordsBeforeStart(text, ns), ns)}`;
    const known = NAME_CACHE.get(key);
    if (known)
        return known;
    if (NAME_CACHE.size >= 4096)
        NAME_CACHE.clear();
    const prefix = wordsBefore(text, ns);
    const judged = { prefix, strength: secretNameStrength(name, prefix) };
    NAME_CACHE.set(key, judged);
    return judged;
}
const isIdentChar = (c) => (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 45 ||
    c === 46 ||
    c === 36;
/** Splits `DB_PASSWORD`, `dbPassword`, `db.password`, `db-password` into lower-case words. */
function nameWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(w => w.length > 0);
}
/** `querykey` → `query key`, `jenkinstoken` → `jenkins token` (all-lower-case compound names). */
function splitGlued(words) {
    const last = words[words.length - 1];
    if (last === undefined || SECRET_LAST_WORDS.has(last) || last === 'key')
        return words;
    for (const suffix of GLUED_SUFFIXES) {
        if (last.length > suffix.length + 1 && last.endsWith(suffix))
            return [...words.slice(0, -1), last.slice(0, -suffix.length), suffix];
    }
    return words;
}
/** Classifies an assigned name; `prefix` holds words written before it with spaces (docs). */
function secretNameStrength(name, prefix = []) {
    // `api_key2`, `token1`: numbered copies of the same kind of name.
    const own = splitGlued(nameWords(name).map(w => w.replace(/^([a-z]{3,})\d{1,2}$/, '$1')));
    const words = [...prefix, ...own];
    if (words.some(w => DENY_WORDS.has(w)))
        return undefined;
    const last = own[own.length - 1];
    const prev = words[words.length - 2];
    if (last === undefined)
        return undefined;
    if (last === 'key') {
        if (prev === undefined)
            return 'weak';
        if (KEY_QUALIFIERS.has(prev))
            return 'strong';
        return KEY_NON_SECRET.has(prev) ? undefined : 'weak';
    }
    if (last === 'token')
        return prev === undefined || !TOKEN_NON_SECRET.has(prev) ? 'strong' : undefined;
    if (last === 'pass' || last === 'pw')
        return own.length > 1 || name.length <= 4 ? 'strong' : undefined;
    return SECRET_LAST_WORDS.has(last) ? 'strong' : undefined;
}
/** True when the assigned name surely denotes a credential. */
function isSecretName(name) {
    return secretNameStrength(name) === 'strong';
}
/** Names of human-chosen secrets, whose values may hold any character. */
const FREE_FORM_NAME = /pass|pwd|pw$|secret|credential|creds/i;
const OPERATORS = [':=', '=>', '?=', '||=', '=', ':'];
const MAX_VALUE = 1024;
/**
 * Quoted values may be longer: Entra ID refresh tokens and long-lived JWTs run past 1 KB. The
 * closing quote bounds the read, so a longer limit does not make reads overlap.
 */
const MAX_QUOTED = 8192;
/** Characters that end a bare value: whitespace, quotes, `,`, `;` (fields), `&` (queries). */
const BARE_END = new Uint8Array(128);
for (const c of ' \t\n\r\v\f"\'`,;&')
    BARE_END[c.charCodeAt(0)] = 1;
/** Reads the value after an operator at `pos`, quoted or bare, on the same line. */
function readValue(text, pos, bareAllowed) {
    let i = pos;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    // Python/JS string prefixes: r"", b"", f"", u"".
    if (/[rbufRBUF]/.test(text[i] ?? '') && /["']/.test(text[i + 1] ?? ''))
        i++;
    const q = text[i];
    if (q === '"' || q === "'" || q === '`') {
        let start = i + 1;
        const limit = Math.min(text.length, start + MAX_QUOTED);
        for (let j = start; j < limit; j++) {
            const c = text[j];
            if (c === '\n' || c === '\r')
                return undefined;
            if (c === '\\') {
                j++;
                continue;
            }
            if (c === q) {
                // Padding inside the quotes (`' V77f… '`) is not part of the value.
                let end = j;
                while (start < end && (text[start] === ' ' || text[start] === '\t'))
                    start++;
                while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t'))
                    end--;
                return { value: text.slice(start, end), start, quoted: true };
            }
        }
        return undefined;
    }
    if (!bareAllowed)
        return undefined;
    const start = i;
    let j = start;
    const limit = Math.min(text.length, start + MAX_VALUE);
    // `#` starts a comment only after whitespace (YAML, .env, shell), so it may be in the value;
    // `;` and `&` end a field in connection strings and query strings.
    // A table lookup, not a regex per character: `token=token=…` puts a hit every few characters.
    for (; j < limit; j++) {
        const c = text.charCodeAt(j);
        if (c < 128 ? BARE_END[c] === 1 : /\s/.test(text[j]))
            break;
    }
    if (j === limit && limit - start >= MAX_VALUE)
        return undefined;
    while (j > start && /[,;)\]}]/.test(text[j - 1]))
        j--;
    return { value: text.slice(start, j), start, quoted: false };
}
/**
 * The text of an XML element named like a secret (`<password>…</password>`, Maven settings,
 * Jenkins credentials, .NET config), closed on the same line. Jenkins stores its encrypted
 * secrets as `{base64}`: the braces are notation, not value. Text with spaces is judged by its
 * longest word that is not a name, so a phrase is still judged as words (and rejected as such).
 */
function readXmlElement(text, ns, ne, name) {
    if (text[ns - 1] !== '<' || text[ne] !== '>')
        return undefined;
    const close = `</${name}>`;
    const end = text.indexOf(close, ne + 1);
    if (end < 0 || end - ne > MAX_VALUE)
        return undefined;
    const inner = text.slice(ne + 1, end);
    if (/[\r\n<]/.test(inner))
        return undefined;
    // The longest word that is not itself a name (`{BROWSERSTACK_ACCESS_KEY AQAAABAAA 25IQ…}`).
    let best;
    let longest;
    for (const m of inner.matchAll(/[^\s{}]+/g)) {
        if (!longest || m[0].length > longest.value.length)
            longest = { value: m[0], at: m.index };
        if ((!best || m[0].length > best.value.length) && !(0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeWordOrIdentifier */ .wO)(m[0]))
            best = { value: m[0], at: m.index };
    }
    best ??= longest;
    return best && { value: best.value, start: ne + 1 + best.at, quoted: true };
}
/** Strips `Bearer `/`Basic `/`token ` from header values. */
function stripScheme(value) {
    const m = /^(?:bearer|basic|token|bot|apikey)\s+/i.exec(value);
    return m ? { value: value.slice(m[0].length), offset: m[0].length } : { value, offset: 0 };
}
const INDIRECTION = /^(?:os\.(?:environ|getenv)|process\.env|env\(|ENV\[|getenv|System\.getenv|config\.|settings\.|self\.|this\.|args\.|request\.|params\.|props\.|options\.|opts\.|ctx\.|secrets\.|vars\.|import\b|require\(|new |await |function|lambda|None$|null$|nil$|undefined$)/;
/** Lower-case dot-separated labels ending in a common top-level domain. */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|dev|app|cloud|co|ai|us|eu|de|uk|info|biz|me|tech|site|online)$/;
/** Base64 / base64url text: `+`, `/` and `=` there are not operators. */
const BASE64_SHAPE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;
/** Words that mark a documentation value as a stand-in, in docs and for weak names. */
const DOC_STAND_IN = /your|here|secret|token|passw|apikey|api_key|sample|demo|value|string/i;
/** A dotted chain of word-like identifiers (`settings.db.password`), i.e. code, not a token. */
function isMemberChain(value) {
    const parts = value.split('.');
    if (parts.length < 2)
        return false;
    return parts.every(p => /^[A-Za-z_$][\w$]*$/.test(p) &&
        ((0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeWordOrIdentifier */ .wO)(p) || /^[A-Z][A-Z0-9_]*$/.test(p) || /^[a-z_][a-z0-9_]*$/.test(p)));
}
/**
 * `a1b2c3d4…`, `abcd1234efgh`, `zyxwvu…9876543210`: the letters or the digits, read alone, run
 * in sequence, forwards or backwards.
 */
function isInterleavedSequence(value) {
    const letters = value.replace(/[^A-Za-z]/g, '').toLowerCase();
    const digits = value.replace(/[^0-9]/g, '');
    const reversed = (s) => [...s].reverse().join('');
    return (longestRun(letters, 'abcdefghijklmnopqrstuvwxyz') >= 6 ||
        longestRun(digits, '0123456789') >= 6 ||
        longestRun(reversed(letters), 'abcdefghijklmnopqrstuvwxyz') >= 6 ||
        longestRun(reversed(digits), '0123456789') >= 6);
}
/** Longest substring of `s` whose characters follow each other in `alphabet` (cyclically). */
function longestRun(s, alphabet) {
    let best = s.length > 0 ? 1 : 0;
    let run = 1;
    for (let i = 1; i < s.length; i++) {
        const prev = alphabet.indexOf(s[i - 1]);
        const cur = alphabet.indexOf(s[i]);
        run = prev >= 0 && cur === (prev + 1) % alphabet.length ? run + 1 : 1;
        if (run > best)
            best = run;
    }
    return best;
}
/** A UUID that is a real random one, not `12345678-1234-…` or the nil UUID. */
function isRandomUuid(value) {
    const hex = value.replace(/-/g, '').toLowerCase();
    return (new Set(hex).size >= 10 &&
        !/0000|1234|abcd|(.)\1\1\1/.test(hex) &&
        !isInterleavedSequence(hex) &&
        (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .shannonEntropy */ .ly)(hex) > 3.2);
}
/** True when a value (already known to follow a secret-ish name) looks like a real secret. */
function looksLikeSecretValue(value, quoted, options = {}) {
    const { strict = false } = options;
    const minLength = strict || options.documented ? 12 : 8;
    if (value.length < minLength || value.length > MAX_QUOTED)
        return false;
    if (/\s/.test(value))
        return false;
    if ((0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .isUuid */ .O1)(value))
        return options.uuidOk === true && isRandomUuid(value);
    if ((0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(value) || (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .isExampleValue */ .c8)(value) || (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .isSequentialOrRepeated */ .BE)(value))
        return false;
    if (isInterleavedSequence(value) || INDIRECTION.test(value))
        return false;
    // ARNs, truncated examples (`eyJ2Ijoi...`) and values that name themselves (`webdavpassword1`).
    if (/^arn:|\.\.\.|…|password|passwd/i.test(value))
        return false;
    // A host name (`4f2a9c.invoiceocean.net`): where a key is used, not the key.
    if (HOST_NAME.test(value))
        return false;
    // HTML-escaped placeholders (`&lt;YOUR_PASSWORD&gt;`).
    if (/&(?:lt|gt|quot|amp);/i.test(value))
        return false;
    // Short hex strings are content hashes and ids; hex API keys are 32+ characters.
    if (/^[0-9a-f]+$/i.test(value) && value.length < 24)
        return false;
    // Template interpolation (f-strings, format strings, JS templates, also when the value was cut
    // inside a nested template such as `${Buffer.from(`) and `<placeholder>` parts.
    if (/\{[^}]*\}|\$\{|<[A-Za-z_ -]{2,40}>/.test(value))
        return false;
    // Regular expressions and character classes (`r"[-!#$%&'*+.^_`|~0-9a-zA-Z]+"`).
    if (/^[[^(]|\\[dwsbDWSB]|\[[^\]]{2,}\][+*?{]?/.test(value))
        return false;
    // Natural-language contractions (`don'tuseme4real` in a docstring example).
    if (/[A-Za-z]'[a-z]/.test(value))
        return false;
    if (/%[sdr]|\{\d*\}|\{[a-z_]+\}|\$\(|^\.{0,2}\/|^[A-Za-z]:\\|^~\/|^https?:\/\/|^[\w-]+\.(?:pem|key|json|txt|ya?ml|crt|p12|pfx|env)$/i.test(value))
        return false;
    // Unquoted code: a call, an index, member access or an operator expression (base64 aside).
    if (!quoted && !BASE64_SHAPE.test(value)) {
        if (/[()[\]{}*<>|!]/.test(value) || isMemberChain(value))
            return false;
    }
    // Words and identifiers, also behind a sigil (`@app.teardown_request`, `$config.db`), and a
    // word with a short number (`Orange-2`, `admin123`).
    if ((0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeWordOrIdentifier */ .wO)(value.replace(/^[@$#&*%]+/, '')))
        return false;
    if (/^[A-Za-z]{3,}[-_.]?\d{1,4}$/.test(value))
        return false;
    // Machine-made tokens use a token alphabet; `^`, `%`, `!`, `@` in a "token" mark a made-up one.
    // A `%` is allowed as percent-encoding (`%2B`, `%3D`: URL-encoded bearer tokens), not alone.
    if (options.tokenAlphabet &&
        /[!@#?^%&*()<>[\]{}|\\;,"'`]/.test(value.replace(/%[0-9A-F]{2}/g, '')))
        return false;
    const classes = (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .charClasses */ .zg)(value);
    const entropy = (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .shannonEntropy */ .ly)(value);
    if (strict) {
        if (DOC_STAND_IN.test(value))
            return false;
        if (classes >= 3 && entropy >= 3.3)
            return true;
        // Hex keys top out at 4 bits per character: judge them against that ceiling.
        if (/^[0-9a-f]+$/i.test(value))
            return value.length >= 32 && entropy >= 3.4;
        return value.length >= 20 && classes >= 2 && entropy >= 3.7;
    }
    if (options.documented && DOC_STAND_IN.test(value))
        return false;
    if (classes >= 3 && entropy >= 3.0)
        return true;
    if (classes >= 2 && entropy >= 3.5)
        return true;
    return value.length >= 24 && entropy >= 3.2 && classes >= 2;
}
/**
 * Declaration keywords and modifiers before a name (`var apiKey = …`, `public static final String
 * TOKEN = …`): code, not words of the name, so `var` and `public` do not read as the deny words
 * they are inside a name (`token_env_var`, `public_key`).
 */
const DECLARATION_WORDS = new Set('var let const val final static public private protected internal readonly export declare string my our local dim'.split(' '));
const isBlank = (c) => c === 32 || c === 9;
const isWordChar = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
/** Up to 3 words written before `pos` with single spaces (`AWS Secret Access Key`, `license key`). */
function wordsBefore(text, pos) {
    const words = [];
    let i = pos;
    while (words.length < 3) {
        if (!isBlank(text.charCodeAt(i - 1)))
            break;
        let j = i - 1;
        let end = j;
        while (end > 0 && isBlank(text.charCodeAt(end - 1)) && i - end < 3)
            end--;
        j = end;
        let start = j;
        while (start > 0 && i - start < 40 && isWordChar(text.charCodeAt(start - 1)))
            start--;
        if (start === j)
            break;
        words.unshift(...nameWords(text.slice(start, j)));
        i = start;
    }
    return words.filter(w => !DECLARATION_WORDS.has(w));
}
/**
 * The first index wordsBefore(text, pos) reads (or one before it): the same walk, splitting
 * nothing. wordsBefore's answer depends only on text[start, pos) and on whether start is the
 * beginning of the text (reading before it gives NaN, like a character that is neither blank
 * nor a word character); a slice from 0 only equals another slice from 0 of the same length,
 * so the slice is a sound cache key.
 */
function wordsBeforeStart(text, pos) {
    let words = 0;
    let i = pos;
    let lowest = pos;
    while (words < 3) {
        lowest = Math.min(lowest, i - 1);
        if (!isBlank(text.charCodeAt(i - 1)))
            break;
        let end = i - 1;
        while (end > 0 && i - end < 3) {
            lowest = Math.min(lowest, end - 1);
            if (!isBlank(text.charCodeAt(end - 1)))
                break;
            end--;
        }
        let start = end;
        while (start > 0 && i - start < 40) {
            lowest = Math.min(lowest, start - 1);
            if (!isWordChar(text.charCodeAt(start - 1)))
                break;
            start--;
        }
        if (start === end)
            break;
        // wordsBefore counts the words a run splits into; a run with a letter or digit gives at
        // least one, one of only `_`/`-` gives none. Counting the former only walks at least as far
        // as wordsBefore does, so the key covers every character it reads.
        if (/[A-Za-z0-9]/.test(text.slice(start, end)))
            words++;
        i = start;
    }
    return Math.max(0, lowest);
}
/** Up to 2 short words between a name and its operator (`token EU =`, `key ID:`). */
function bridgeAfter(text, pos) {
    const m = /^(?:[ \t]+[A-Za-z0-9_.-]{1,16}){1,2}(?=[ \t]*(?::=|=|:)[ \t"'`])/.exec(text.slice(pos, pos + 40));
    return m ? { words: nameWords(m[0]), end: pos + m[0].length } : { words: [], end: pos };
}
/** Index of the `\n` ending the line at `pos`, looking at most `max` characters ahead; -1 beyond. */
function lineEndWithin(text, pos, max) {
    const limit = Math.min(text.length, pos + max);
    for (let i = pos; i < limit; i++)
        if (text.charCodeAt(i) === 10)
            return i;
    return limit === text.length ? text.length : -1;
}
/** Start of the line holding `pos`, looking at most `max` characters back; -1 beyond. */
function lineStartWithin(text, pos, max) {
    const limit = Math.max(0, pos - max);
    for (let i = pos - 1; i >= limit; i--)
        if (text.charCodeAt(i) === 10)
            return i + 1;
    return limit === 0 ? 0 : -1;
}
/**
 * The next non-blank line (at most one blank line skipped) when it holds a single value.
 * `lineEnd` is the end of the line the name is on. Every scan is bounded: a huge minified line
 * after a keyword costs a constant here.
 */
function valueOnNextLine(text, lineEnd) {
    let i = lineEnd;
    for (let skipped = 0; i < text.length && skipped < 2; skipped++) {
        const lineStart = i + 1;
        const nl = lineEndWithin(text, lineStart, MAX_VALUE + 40);
        if (nl === -1)
            return undefined;
        const line = text.slice(lineStart, nl);
        if (line.trim() === '') {
            i = nl;
            continue;
        }
        // `  'value',`, `- value`, `"value"`, `value` — alone on its line.
        const m = /^([ \t]*(?:- )?)(?:(["'`])([^"'`\s]+)\2|([^\s"'`]+))[ \t]*[,;]?[ \t]*\r?$/.exec(line);
        if (!m)
            return undefined;
        const value = (m[3] ?? m[4]);
        const start = lineStart + m[1].length + (m[2] ? 1 : 0);
        return { value, start, quoted: m[2] !== undefined };
    }
    return undefined;
}
/**
 * A Basic authorization value: `not-secret` when it decodes to `user:` with an empty, demo or
 * placeholder password; `secret` when it holds a real-looking one; `unknown` when not base64.
 */
function basicAuthVerdict(value) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return 'unknown';
    const decoded = (0,_checksum_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeBase64 */ .y4)(value)?.toString('utf8');
    if (decoded === undefined || !/^[\x20-\x7e]+$/.test(decoded))
        return 'unknown';
    const colon = decoded.indexOf(':');
    if (colon < 0)
        return 'unknown';
    const user = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    if (password.length < 4 || (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(password) || (0,_demo_js__WEBPACK_IMPORTED_MODULE_2__/* .demoReason */ .eZ)({ value: password, user }))
        return 'not-secret';
    return 'secret';
}
/** Finder for the `generic-secret-assignment` rule (see rules.ts). */
function findGenericAssignments(text, hitStart, keyword, path, state) {
    // Expand the identifier around the keyword.
    let ns = hitStart;
    const minStart = Math.max(0, hitStart - 80);
    while (ns > minStart && isIdentChar(text.charCodeAt(ns - 1)))
        ns--;
    let ne = hitStart + keyword.length;
    const maxEnd = Math.min(text.length, ne + 60);
    while (ne < maxEnd && isIdentChar(text.charCodeAt(ne)))
        ne++;
    // Other keyword hits inside this identifier would read the same name again.
    if (state)
        state.skipUntil = ne;
    let name = text.slice(ns, ne);
    // `$password` in PHP/shell, trailing dots.
    name = name.replace(/^[$.-]+|[.-]+$/g, '');
    if (name.length === 0 || name.length > 80 || hopelessName(name))
        return [];
    const context = cachedContext(path);
    const { prefix, strength } = cachedName(text, ns, name);
    if (strength === undefined)
        return [];
    const element = readXmlElement(text, ns, ne, name);
    if (element)
        return judge(text, element, name, prefix, strength, context, false, false);
    // After the name: closing quote/bracket, spaces, maybe a word or two, an operator.
    let i = ne;
    // A quote just before the name that does not close right after it: the name is the start of
    // a string (`"Password:"`, a label), and an operator inside that string assigns nothing.
    const opened = text[ns - 1] === '"' || text[ns - 1] === "'" ? text[ns - 1] : undefined;
    const closed = text[i] === opened;
    if (opened && closed) {
        // A call that takes a name and its value (`req.Header.Set("X-Api-Key", "…")`,
        // `setRequestHeader('X-Auth-Token', '…')`, `headers.put("apikey", "…")`): the quoted name is
        // the call's first argument and the value its second, quoted.
        const pair = /^,[ \t]*(?=["'`])/.exec(text.slice(i + 1, i + 8));
        if (pair && text[ns - 2] === '(') {
            const span = readValue(text, i + 1 + pair[0].length, false);
            return span ? judge(text, span, name, prefix, strength, context, false, false) : [];
        }
        // A Terraform variable named like a secret (`variable "db_password" {`) and the quoted
        // `default = "…"` inside its block: the value the configuration falls back to.
        const lineStart = lineStartWithin(text, ns, 40);
        if (lineStart >= 0 &&
            /^[ \t]*variable[ \t]+"$/.test(text.slice(lineStart, ns)) &&
            /^[ \t]*\{/.test(text.slice(i + 1, i + 20))) {
            const block = text.slice(i + 1, Math.min(text.length, i + 1 + 600));
            const close = block.indexOf('}');
            const m = /\n[ \t]*default[ \t]*=[ \t]*/.exec(close < 0 ? block : block.slice(0, close));
            const span = m ? readValue(text, i + 1 + m.index + m[0].length, false) : undefined;
            return span ? judge(text, span, name, prefix, strength, context, false, false) : [];
        }
    }
    if (text[i] === '"' || text[i] === "'")
        i++;
    if (text[i] === ']')
        i++;
    const bridge = bridgeAfter(text, i);
    if (bridge.words.length) {
        if (bridge.words.some(w => DENY_WORDS.has(w)))
            return [];
        i = bridge.end;
    }
    const spaced = text[i] === ' ' || text[i] === '\t';
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    const op = OPERATORS.find(o => text.startsWith(o, i));
    let span;
    let away = false;
    let basic = false;
    if (op === undefined &&
        spaced &&
        context !== 'code' &&
        /^-[ \t]+[^\s-]/.test(text.slice(i, i + 8))) {
        // `API token - <value>`: a dash between spaces, as lists and notes write it (in code it is a
        // subtraction). A looser layout than an operator, so the value is judged as in docs.
        let j = i + 1;
        while (text[j] === ' ' || text[j] === '\t')
            j++;
        span = readValue(text, j, true);
        if (span)
            return judge(text, span, name, prefix, strength, 'docs', false, false, true);
    }
    else if (op === undefined) {
        // A name alone on its line (`Password`, `**API key**`), its value alone on the next. Not in
        // code, where a word alone on a line is a statement (`pass`), and not for short words.
        if (context === 'code' || strength !== 'strong' || /^(?:pass|pw|auth)$/i.test(name))
            return [];
        // Bounded look-arounds: a keyword deep inside a long minified line costs nothing here.
        const lineStart = lineStartWithin(text, ns, 80);
        const lineEnd = lineEndWithin(text, ne, 20);
        if (lineStart === -1 || lineEnd === -1)
            return [];
        const before = text.slice(lineStart, ns);
        const after = text.slice(ne, lineEnd);
        if (!/^[ \t#>*_`-]*(?:[A-Za-z][\w-]{0,20}[ \t]){0,3}$/.test(before))
            return [];
        if (!/^[*_`]*[ \t]*\r?$/.test(after))
            return [];
        span = valueOnNextLine(text, lineEnd);
        away = true;
    }
    else {
        // `==`, `!=`, `===` are comparisons; `=` followed by `=` too.
        if (op === '=' &&
            (text[i + 1] === '=' || text[i - 1] === '!' || text[i - 1] === '<' || text[i - 1] === '>'))
            return [];
        // `name: str = …` type annotations and `name::` are not values; `a:b` (ARNs, URLs) neither:
        // YAML and JSON put a space, a quote or the end of the line after the colon.
        if (op === ':' && !/[ \t"'`\r\n]/.test(text[i + 1] ?? '\n'))
            return [];
        if (opened && !closed && text[i + op.length] === opened)
            return [];
        i += op.length;
        let eol = i;
        while (eol < text.length && eol - i < 40 && /[ \t\r]/.test(text[eol]))
            eol++;
        if (eol === text.length || text[eol] === '\n') {
            // `password:` / `"api_key":` at the end of the line: a YAML/JSON dump, value below.
            span = valueOnNextLine(text, eol);
            away = true;
        }
        else {
            // `Authorization: Bearer <token>` inside a header string: the scheme is not the value.
            const scheme = /^[ \t]*(?:bearer|basic|token|bot|apikey)[ \t]+(?=[^\s"'`])/i.exec(text.slice(i, i + 20));
            span = scheme
                ? readValue(text, i + scheme[0].length, true)
                : readValue(text, i, context !== 'code');
            if (span && scheme && /basic/i.test(scheme[0]))
                basic = true;
        }
    }
    if (!span)
        return [];
    return judge(text, span, name, prefix, strength, context, away, basic);
}
/** Whether the value read after (or below, or inside) a secret-ish name is reported. */
function judge(text, span, name, prefix, nameStrength, context, away, basic, dash = false) {
    let strength = nameStrength;
    if (away || context === 'docs')
        strength = 'weak';
    // In documentation a sure name (`token`, `secret`, `password`) with an operator and its value
    // on the same line reads like a config file: the usual randomness test, with the stand-in
    // words and the 12-character floor of documentation. A dash or a value below the name is a
    // looser layout and keeps the strict test.
    const docsLine = context === 'docs' && !away && !dash && nameStrength === 'strong';
    const { value, offset } = stripScheme(span.value);
    if (basic || /^basic\s/i.test(span.value)) {
        // Basic credentials are base64 of `user:password`: judge the password inside.
        const verdict = basicAuthVerdict(value);
        if (verdict === 'not-secret')
            return [];
    }
    const fullName = [...prefix, ...nameWords(name)].join('_');
    const freeForm = FREE_FORM_NAME.test(fullName);
    if (!looksLikeSecretValue(value, span.quoted, {
        strict: strength === 'weak' && !docsLine,
        documented: docsLine,
        tokenAlphabet: !freeForm,
        // A random UUID under a sure name on its own line counts in docs too: it is no stand-in
        // (those are `12345678-1234-…` or the documented examples in the demo list).
        uuidOk: (strength === 'strong' || (nameStrength === 'strong' && !away)) &&
            !/pass|pwd/.test(fullName)
    }))
        return [];
    const start = span.start + offset;
    // Content hashes next to secret words (`--hash=sha256:…`, image digests, data URIs).
    const lineStart = Math.max(lineStartWithin(text, start, 300), start - 300, 0);
    const line = text.slice(lineStart, Math.min(text.length, start + value.length + 1));
    if ((0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .isHexDigest */ .Cd)(value) && (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .hasDigestContext */ .cs)(line, start - lineStart))
        return [];
    if ((0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .inDataUri */ .iK)(line, start - lineStart))
        return [];
    const sure = /pass|secret|token|api_?key|apikey|credential/i.test(fullName);
    return [
        {
            ruleId: 'generic-secret-assignment',
            secret: value,
            start,
            end: start + value.length,
            confidence: sure && strength === 'strong' && (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .shannonEntropy */ .ly)(value) >= 3.5 ? 'medium' : 'low'
        }
    ];
}


/***/ }),

/***/ 85069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   gU: () => (/* binding */ resolveBase),
/* harmony export */   r4: () => (/* binding */ addedInRange)
/* harmony export */ });
/* unused harmony export parseAddedHunks */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _trust_git_revision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88858);


/** Parses `git diff -U0` / `git log -p -U0` output into added hunks. */
function parseAddedHunks(patch) {
    const hunks = [];
    let file;
    let commit;
    let current;
    let nextLine = 0;
    let previous = '';
    const flush = () => {
        if (current && current.lines.length) {
            hunks.push({
                path: current.path,
                startLine: current.startLine,
                text: current.lines.join('\n'),
                ...(current.commit ? { commit: current.commit } : {})
            });
        }
        current = undefined;
    };
    for (const line of patch.split('\n')) {
        const afterOldHeader = previous.startsWith('--- ');
        previous = line;
        if (line.startsWith('commit ') && /^commit [0-9a-f]{7,64}$/.test(line.trim())) {
            flush();
            commit = line.slice(7).trim();
            file = undefined;
        }
        else if (line.startsWith('diff --git ')) {
            flush();
            file = undefined;
        }
        else if (line.startsWith('+++ ') && afterOldHeader) {
            flush();
            const target = line.slice(4);
            file = target === '/dev/null' ? undefined : unquote(target).replace(/^b\//, '');
        }
        else if (line.startsWith('@@')) {
            flush();
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
            nextLine = m ? Number(m[1]) : 0;
        }
        else if (line.startsWith('+') && file !== undefined && nextLine > 0) {
            if (!current)
                current = { path: file, startLine: nextLine, lines: [], ...(commit ? { commit } : {}) };
            current.lines.push(line.slice(1).replace(/\r$/, ''));
            nextLine++;
        }
        else if (line.startsWith('-') || line.startsWith('\\')) {
            // Removed lines and "\ No newline at end of file" do not move the new-side counter.
        }
        else {
            flush();
        }
    }
    flush();
    return hunks;
}
/** git quotes paths with special characters: "b/dir/na\303\257ve.py". */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    const inner = p.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i];
        if (c === '\\') {
            const n = inner[i + 1] ?? '';
            if (/[0-7]/.test(n)) {
                bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
                i += 3;
            }
            else {
                bytes.push({ n: 10, t: 9, '"': 34, '\\': 92 }[n] ?? n.charCodeAt(0));
                i += 1;
            }
        }
        else
            bytes.push(...Buffer.from(c, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** The base commit: `baseRef` setting, else the GitHub event (PR base sha, or push `before`). */
async function resolveBase(baseRef, env) {
    const checked = (base, source) => {
        // Everything here reaches git's argv; a value git could read as an option is refused.
        const problem = (0,_trust_git_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionProblem */ .lZ)(base);
        return problem
            ? { source: `${source} ${JSON.stringify(base)} refused: it ${problem}` }
            : { base, source };
    };
    if (baseRef)
        return checked(baseRef, 'the baseRef setting');
    const eventPath = env.GITHUB_EVENT_PATH;
    if (!eventPath)
        return { source: 'no baseRef setting and no GITHUB_EVENT_PATH' };
    try {
        const event = JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(eventPath, 'utf8'));
        const pr = event.pull_request?.base?.sha;
        if (pr)
            return checked(pr, 'pull_request.base.sha');
        if (event.before && !/^0+$/.test(event.before))
            return checked(event.before, 'push before');
        return { source: 'the event has no base (new branch or unsupported event)' };
    }
    catch (error) {
        return { source: `cannot read GITHUB_EVENT_PATH: ${error.message}` };
    }
}
async function git(deps, args) {
    // The injected process-group exec, not @actions/exec: `git fetch` can hang on the network and
    // must stop at the tool timeout or on cancel, with its helpers, which @actions/exec cannot do.
    const r = await deps.exec('git', args, {
        cwd: deps.cwd,
        timeoutMs: deps.timeoutMs,
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.env ? { env: deps.env } : {})
    });
    return {
        ok: r.exitCode === 0 && !r.spawnError,
        stdout: r.stdout,
        stderr: (r.spawnError ?? r.stderr).trim()
    };
}
async function hasCommit(deps, sha) {
    return (await git(deps, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`])).ok;
}
/**
 * Makes `base` available in a shallow clone: fetch it directly (GitHub serves any reachable sha),
 * then deepen for history mode until base is an ancestor of HEAD.
 */
async function ensureBase(deps, base, needAncestry) {
    const shallow = (await git(deps, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    if (!(await hasCommit(deps, base))) {
        if (!shallow)
            return `base commit ${base} is not in the repository`;
        deps.logger.info(`secrets: shallow clone, fetching base commit ${base}`);
        await git(deps, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', base]);
        // Servers that refuse fetching by sha: deepen until the base appears.
        for (let attempt = 0; attempt < 6 && !(await hasCommit(deps, base)); attempt++) {
            const r = await git(deps, ['fetch', '--no-tags', `--deepen=${50 * 2 ** attempt}`, 'origin']);
            if (!r.ok)
                break;
        }
        if (!(await hasCommit(deps, base)))
            return `base commit ${base} is missing from this shallow clone and could not be fetched (use actions/checkout with fetch-depth: 0)`;
    }
    if (needAncestry && shallow) {
        for (let attempt = 0; attempt < 6; attempt++) {
            if ((await git(deps, ['merge-base', '--is-ancestor', '--end-of-options', base, 'HEAD'])).ok)
                return undefined;
            deps.logger.info(`secrets: deepening shallow clone to reach ${base}`);
            const r = await git(deps, ['fetch', '--no-tags', `--deepen=${50 * 2 ** attempt}`, 'origin']);
            if (!r.ok)
                break;
        }
        if (!(await git(deps, ['merge-base', '--is-ancestor', '--end-of-options', base, 'HEAD'])).ok)
            return `history between ${base} and HEAD is incomplete in this shallow clone; commits before the shallow boundary were not scanned`;
    }
    return undefined;
}
/** Lines added between `base` and HEAD (diff) or by each commit of `base..HEAD` (history). */
async function addedInRange(deps, base, mode) {
    const problems = [];
    const missing = await ensureBase(deps, base, mode === 'history');
    if (missing) {
        if (mode === 'diff' || !(await hasCommit(deps, base)))
            return { hunks: [], problems: [missing] };
        problems.push(missing);
    }
    const args = mode === 'diff'
        ? [
            '-c',
            'core.quotepath=off',
            'diff',
            '--no-color',
            '--no-ext-diff',
            '--no-renames',
            '-U0',
            '--diff-filter=ACMRT',
            '--end-of-options',
            base,
            'HEAD'
        ]
        : [
            '-c',
            'core.quotepath=off',
            'log',
            '-p',
            '-U0',
            '--no-color',
            '--no-ext-diff',
            '--no-renames',
            '--format=commit %H',
            '--diff-filter=ACMRT',
            '--end-of-options',
            `${base}..HEAD`
        ];
    const r = await git(deps, args);
    if (!r.ok)
        return {
            hunks: [],
            problems: [
                ...problems,
                `git ${args.slice(2, 3).join(' ')} failed: ${r.stderr.split('\n')[0] ?? ''}`
            ],
            command: ['git', ...args]
        };
    return { hunks: parseAddedHunks(r.stdout), problems, command: ['git', ...args] };
}
/**
 * The files git tracks under `deps.cwd`, relative to it (`git ls-files -z`: no quoting, any
 * byte in a name survives), or undefined outside a repository or when git is missing, so the
 * caller keeps its plain walk.
 */
async function trackedFiles(deps) {
    const r = await git(deps, ['ls-files', '-z', '--cached']);
    if (!r.ok) {
        deps.logger.debug(`git ls-files: ${r.stderr.split('\n')[0] ?? ''}`);
        return undefined;
    }
    return new Set(r.stdout.split('\0').filter(p => p !== ''));
}


/***/ }),

/***/ 77380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ isSequentialOrRepeated),
/* harmony export */   Cd: () => (/* binding */ isHexDigest),
/* harmony export */   O1: () => (/* binding */ isUuid),
/* harmony export */   Ur: () => (/* binding */ PROVIDER_FAKE_MARKERS),
/* harmony export */   c8: () => (/* binding */ isExampleValue),
/* harmony export */   cs: () => (/* binding */ hasDigestContext),
/* harmony export */   iK: () => (/* binding */ inDataUri),
/* harmony export */   ly: () => (/* binding */ shannonEntropy),
/* harmony export */   wK: () => (/* binding */ isPlaceholder),
/* harmony export */   wO: () => (/* binding */ looksLikeWordOrIdentifier),
/* harmony export */   zg: () => (/* binding */ charClasses)
/* harmony export */ });
/* unused harmony export isRandomMixedCaseLetters */
/* harmony import */ var _demo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21828);

/**
 * Value heuristics shared by the rules: entropy, character classes and the false-positive
 * filters (placeholders, documented example keys, UUIDs, hashes, digests, data
 * URIs, sequential or repeated characters, test-fixture markers).
 */
/** Shannon entropy in bits per character (gitleaks/detect-secrets compute it the same way). */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        h -= p * Math.log2(p);
    }
    return h;
}
/** How many of lower, upper, digit, symbol occur. */
function charClasses(value) {
    let lower = 0;
    let upper = 0;
    let digit = 0;
    let other = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 97 && c <= 122)
            lower = 1;
        else if (c >= 65 && c <= 90)
            upper = 1;
        else if (c >= 48 && c <= 57)
            digit = 1;
        else
            other = 1;
    }
    return lower + upper + digit + other;
}
/** Words that mark a value as an example, a fixture or a placeholder (lower case). */
const FAKE_MARKERS = [
    'example',
    'sample',
    'placeholder',
    'changeme',
    'change_me',
    'change-me',
    'dummy',
    'fake',
    'mock',
    'redacted',
    'your_',
    'your-',
    'my_key',
    'my-key',
    'my_token',
    'my-token',
    'my_secret',
    'my-secret',
    'yourkey',
    'yourtoken',
    'insert',
    'replace',
    'todo',
    'fixme',
    'foobar',
    'xxxx',
    'notreal',
    'not_real',
    'not-a-real',
    'secret_here',
    'token_here',
    'key_here',
    'abcdef',
    // Docs' stand-in values (`abc123xyz456`).
    'abc123',
    'abcdefgh',
    '123456',
    'qwerty',
    'lorem',
    'test'
];
/**
 * True for values that say they are fake. Documented example keys and demo passwords are the
 * engine's to drop, once (src/secrets/demo.ts), so `secrets-demo-credentials: report` can show them.
 */
function isExampleValue(value, markers = FAKE_MARKERS) {
    const lower = value.toLowerCase();
    return markers.some(m => lower.includes(m));
}
/** Markers that are strong enough to reject even a well-formed provider token. */
const PROVIDER_FAKE_MARKERS = [
    'example',
    'xxxxxx',
    'placeholder',
    'dummy',
    'redacted',
    'fake'
];
/** Template references and placeholders: `<…>`, `${VAR}`, `{{ … }}`, `$VAR`, `%VAR%`, `@VAR@`, `****`. */
function isPlaceholder(value) {
    return (0,_demo_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholderShape */ .PY)(value);
}
const SEQUENCES = [
    'abcdefghijklmnopqrstuvwxyz',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789012345678901234567890123456789',
    'qwertyuiopasdfghjklzxcvbnm',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
];
/** Sequential (`abcdef…`, `0123…`) or mostly one repeated character. */
function isSequentialOrRepeated(value) {
    if (value.length >= 8) {
        const lower = value.toLowerCase();
        for (const seq of SEQUENCES)
            if (seq.toLowerCase().includes(lower))
                return true;
    }
    const counts = new Map();
    let max = 0;
    for (const ch of value) {
        const n = (counts.get(ch) ?? 0) + 1;
        counts.set(ch, n);
        if (n > max)
            max = n;
    }
    // A value dominated by one character (aaaaaaa1, 0000000000) is not random.
    if (max / value.length > 0.6)
        return true;
    // Two-character alternation such as `abababab`.
    return value.length >= 8 && counts.size <= 2;
}
/** UUIDs (v1-v8 and nil). Heroku legacy keys are UUIDs too; that rule checks context first. */
function isUuid(value) {
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
/** Plain hex digests (MD5/SHA-1/SHA-256/SHA-512 lengths). */
function isHexDigest(value) {
    return /^[0-9a-f]+$/i.test(value) && [32, 40, 56, 64, 96, 128].includes(value.length);
}
/** Digest contexts on the line: `--hash=sha256:`, `@sha256:`, `integrity: sha512-`, `sha1-`. */
function hasDigestContext(line, valueStart) {
    const before = line.slice(Math.max(0, valueStart - 16), valueStart).toLowerCase();
    return (/(?:sha(?:1|224|256|384|512)|md5|blake2b?)[:=-]$/.test(before) || /--hash=[\w]*:?$/.test(before));
}
/** `data:` URIs carry encoded content, never credentials. */
function inDataUri(line, valueStart) {
    const before = line.slice(Math.max(0, valueStart - 200), valueStart);
    return /data:[\w.+-]+\/[\w.+-]+(?:;[\w=-]+)*;base64,[A-Za-z0-9+/=]*$/.test(before);
}
/**
 * Letters only, both cases, and no words in it: `wjXKCFzOWEPRqhTmmbWtVQ` splits into case runs of
 * two or three letters (`wj XKC Fz OWEP Rqh …`), an identifier into words of four or more
 * (`HTTP Server URL Parser`). Some services issue keys from a letters-only alphabet.
 */
function isRandomMixedCaseLetters(value) {
    if (value.length < 12 || !/^[A-Za-z]+$/.test(value))
        return false;
    if (!/[a-z]/.test(value) || !/[A-Z]/.test(value))
        return false;
    const runs = value.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? [];
    return runs.length >= 5 && value.length / runs.length < 3.5;
}
/** Looks like a natural-language word or identifier rather than a random value. */
function looksLikeWordOrIdentifier(value) {
    if (/^[a-z]+$/.test(value) && value.length < 20)
        return true;
    if (isRandomMixedCaseLetters(value))
        return false;
    if (/^[A-Za-z]+(?:[_.:/-][A-Za-z]+)*$/.test(value))
        return true;
    // camelCase / PascalCase identifiers without digits.
    if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) || /^(?:[A-Z][a-z]+)+$/.test(value))
        return true;
    return false;
}


/***/ }),

/***/ 1491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  kF: () => (/* binding */ RULES_BY_ID)
});

// UNUSED EXPORTS: FORMAT_FAMILIES, SampleKit, serviceProviders

// EXTERNAL MODULE: ./src/secrets/heuristics.ts
var heuristics = __webpack_require__(77380);
;// CONCATENATED MODULE: ./src/secrets/rules/define.ts

/** A value that says it is fake or that is one repeated/sequential run is never a finding. */
function defaultFilter(secret) {
    return !(0,heuristics/* isExampleValue */.c8)(secret, heuristics/* PROVIDER_FAKE_MARKERS */.Ur) && !(0,heuristics/* isSequentialOrRepeated */.BE)(secret);
}
/** A rule from a regex source with a named `secret` group (or the whole match). */
function rule(id, title, provider, source, options, flags = '') {
    const validate = options.validate;
    const combined = options.raw
        ? (validate ?? (() => true))
        : (secret, ctx) => (defaultFilter(secret) ? (validate ? validate(secret, ctx) : true) : false);
    return {
        id,
        title,
        provider,
        keywords: options.keywords,
        pattern: new RegExp(source, `gd${flags}`),
        before: options.before ?? 2,
        after: options.after ?? 200,
        multiline: options.multiline ?? false,
        confidence: options.confidence ?? 'high',
        severity: options.severity ?? 'high',
        validation: options.validation ?? 'format',
        validate: combined,
        priority: options.priority ?? 50,
        samples: options.samples
    };
}
/** A fixed-prefix token: `body` (prefix included), with boundaries on both sides. */
function prefixed(id, title, provider, body, options, flags = '') {
    return rule(id, title, provider, `(?<![A-Za-z0-9_])(?<secret>${body})(?![A-Za-z0-9_-])`, options, flags);
}
/**
 * A keyword-anchored assignment: `<name containing context> <op> <value>`, for formats with no
 * prefix of their own. `context` is a regex alternation that must occur in the assigned name.
 * Besides the assignment operators, a dash between spaces separates name and value as lists
 * and notes write it (`Okta token - 00…`); a dash inside a word (`okta-token`) does not.
 */
function assigned(id, title, provider, context, value, options) {
    const source = `(?:${context})[ \\t\\w.-]{0,30}?[\\s'"\\]]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,|(?<=\\s)-(?=\\s))` +
        `[\\x60'"\\s=]{0,5}(?<secret>${value})(?![\\w-])`;
    return rule(id, title, provider, source, {
        before: 40,
        after: 200,
        confidence: 'medium',
        validation: 'context',
        ...options
    }, 'i');
}
/** Drops values whose Shannon entropy is at or under `floor` bits per character. */
const minEntropy = (floor) => secret => (0,heuristics/* shannonEntropy */.ly)(secret) > floor;
/** Upper-case-and-digit formats under the case-insensitive name anchor, with an entropy floor. */
const upperAlnum = (floor) => secret => /^[A-Z0-9]+$/.test(secret) && (0,heuristics/* shannonEntropy */.ly)(secret) > floor;
/** `len` lower-case hex digits. */
const hexId = (len) => `[0-9a-f]{${len}}`;
/** A UUID (any version) in lower or upper case. */
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
function specSamples(spec, extraFps) {
    return {
        tps: s => spec.tps
            ? spec.tps(s)
            : [`${spec.name} = "${spec.gen(s)}"`, `export ${spec.name}=${spec.gen(s)}`],
        fps: s => [
            ...(spec.miss ? spec.miss(s) : [spec.gen(s).slice(0, -1)]).map(v => `${spec.name} = "${v}"`),
            ...extraFps(s)
        ]
    };
}
/** A prefixed token (`re` includes the prefix); samples assign it to `name`. */
function tok(spec) {
    return prefixed(spec.id, spec.title, spec.provider, spec.re, {
        keywords: spec.keywords,
        before: spec.before ?? 2,
        after: spec.after ?? 120,
        validate: spec.validate ?? minEntropy(spec.entropy ?? 3),
        samples: specSamples(spec, () => []),
        ...(spec.severity ? { severity: spec.severity } : {}),
        ...(spec.confidence ? { confidence: spec.confidence } : {}),
        ...(spec.validation ? { validation: spec.validation } : {}),
        ...(spec.priority !== undefined ? { priority: spec.priority } : {})
    }, spec.flags ?? '');
}
/**
 * A keyword-anchored value (`context` must occur in the assigned name). Its near misses
 * include the same value under a name without the context: the anchor is what makes it a
 * finding.
 */
function kv(spec) {
    return assigned(spec.id, spec.title, spec.provider, spec.context, spec.value, {
        keywords: spec.keywords,
        validate: spec.validate ?? minEntropy(spec.entropy ?? 3),
        samples: specSamples(spec, s => [`RELEASE_CHANNEL = "${spec.gen(s)}"`]),
        ...(spec.severity ? { severity: spec.severity } : {}),
        ...(spec.confidence ? { confidence: spec.confidence } : {}),
        ...(spec.validation ? { validation: spec.validation } : {}),
        ...(spec.before !== undefined ? { before: spec.before } : {}),
        ...(spec.after !== undefined ? { after: spec.after } : {}),
        ...(spec.priority !== undefined ? { priority: spec.priority } : {})
    });
}

;// CONCATENATED MODULE: ./src/secrets/rules/ai.ts


/** AI model providers. */
const AI_RULES = [
    prefixed('openai-api-key', 'OpenAI API key', 'OpenAI', 'sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}', {
        keywords: ['t3blbkfj'],
        before: 100,
        after: 90,
        validation: 'structure',
        samples: {
            tps: s => [`OPENAI_API_KEY = "sk-proj-${s.url(74)}T3BlbkFJ${s.url(74)}"`],
            fps: s => [`OPENAI_API_KEY = "sk-proj-${s.url(74)}T3BlbkFX${s.url(74)}"`]
        }
    }),
    prefixed('anthropic-api-key', 'Anthropic API key', 'Anthropic', 'sk-ant-api03-[\\w-]{93}AA', {
        keywords: ['sk-ant-api03-'],
        after: 112,
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [`ANTHROPIC_API_KEY = "sk-ant-api03-${s.url(93)}AA"`],
            fps: s => [`ANTHROPIC_API_KEY = "sk-ant-api03-${s.url(93)}AB"`]
        }
    }),
    prefixed('anthropic-admin-key', 'Anthropic admin key', 'Anthropic', 'sk-ant-admin01-[\\w-]{93}AA', {
        keywords: ['sk-ant-admin01-'],
        after: 114,
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [`ANTHROPIC_ADMIN = "sk-ant-admin01-${s.url(93)}AA"`],
            fps: s => [`ANTHROPIC_ADMIN = "sk-ant-admin01-${s.url(80)}AA"`]
        }
    }),
    prefixed('huggingface-token', 'Hugging Face access token', 'Hugging Face', 'hf_[A-Za-z]{34}', {
        keywords: ['hf_'],
        after: 40,
        validate: s => (0,heuristics/* shannonEntropy */.ly)(s) > 3.8 && /[a-z]/.test(s) && /[A-Z]/.test(s.slice(3)),
        samples: {
            tps: s => [`HF_TOKEN = "hf_${s.letters(34)}"`],
            fps: s => [`HF_TOKEN = "hf_${s.letters(33)}"`, `model = "hf_${s.lower(34)}"`]
        }
    }),
    prefixed('huggingface-org-token', 'Hugging Face organization token', 'Hugging Face', 'api_org_[A-Za-z]{34}', {
        keywords: ['api_org_'],
        after: 44,
        validate: s => (0,heuristics/* shannonEntropy */.ly)(s) > 3.8 && /[A-Z]/.test(s.slice(8)),
        samples: {
            tps: s => [`HF_ORG = "api_org_${s.letters(34)}"`],
            fps: s => [`HF_ORG = "api_org_${s.letters(30)}"`]
        }
    }),
    prefixed('groq-api-key', 'Groq API key', 'Groq', 'gsk_[A-Za-z0-9]{52}', {
        keywords: ['gsk_'],
        after: 60,
        validate: minEntropy(4),
        samples: {
            tps: s => [`GROQ = "gsk_${s.alnum(52)}"`],
            fps: s => [`GROQ = "gsk_${s.alnum(51)}"`]
        }
    }),
    prefixed('perplexity-api-key', 'Perplexity API key', 'Perplexity', 'pplx-[A-Za-z0-9]{48}', {
        keywords: ['pplx-'],
        after: 56,
        validate: minEntropy(4),
        samples: {
            tps: s => [`PPLX = "pplx-${s.alnum(48)}"`],
            fps: s => [`PPLX = "pplx-${s.alnum(47)}"`]
        }
    }),
    prefixed('xai-api-key', 'xAI API key', 'xAI', 'xai-[A-Za-z0-9]{80}', {
        keywords: ['xai-'],
        after: 88,
        validate: minEntropy(4),
        samples: {
            tps: s => [`XAI = "xai-${s.alnum(80)}"`],
            fps: s => [`XAI = "xai-${s.alnum(79)}"`]
        }
    }),
    prefixed('replicate-api-token', 'Replicate API token', 'Replicate', 'r8_[A-Za-z0-9]{37}', {
        keywords: ['r8_'],
        after: 44,
        validate: minEntropy(3.8),
        samples: {
            tps: s => [`REPLICATE = "r8_${s.alnum(37)}"`],
            fps: s => [`REPLICATE = "r8_${s.alnum(36)}"`]
        }
    }),
    tok({
        id: 'openrouter-api-key',
        title: 'OpenRouter API key',
        provider: 'OpenRouter',
        re: 'sk-or-v1-[0-9a-f]{64}',
        keywords: ['sk-or-v1-'],
        gen: s => `sk-or-v1-${s.hex(64)}`,
        name: 'OPENROUTER_API_KEY'
    }),
    tok({
        id: 'langsmith-api-key',
        title: 'LangSmith API key',
        provider: 'LangSmith',
        re: 'lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}',
        keywords: ['lsv2_pt_', 'lsv2_sk_'],
        gen: s => `lsv2_pt_${s.hex(32)}_${s.hex(10)}`,
        name: 'LANGSMITH_API_KEY'
    }),
    tok({
        id: 'langfuse-secret-key',
        title: 'Langfuse secret key',
        provider: 'Langfuse',
        re: 'sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['sk-lf-'],
        gen: s => `sk-lf-${s.uuid()}`,
        name: 'LANGFUSE_SECRET_KEY'
    }),
    tok({
        id: 'pinecone-api-key',
        title: 'Pinecone API key',
        provider: 'Pinecone',
        re: 'pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}',
        keywords: ['pcsk_'],
        gen: s => `pcsk_${s.alnum(6)}_${s.alnum(63)}`,
        miss: s => [`pcsk_${s.alnum(6)}_${s.alnum(30)}`],
        name: 'PINECONE_API_KEY',
        entropy: 4
    }),
    kv({
        id: 'pinecone-api-key-legacy',
        title: 'Pinecone API key (legacy format)',
        provider: 'Pinecone',
        context: 'pinecone',
        value: UUID,
        keywords: ['pinecone'],
        gen: s => s.uuid(),
        name: 'PINECONE_API_KEY'
    }),
    kv({
        id: 'cohere-api-key',
        title: 'Cohere API key',
        provider: 'Cohere',
        context: 'cohere|co_api_key',
        value: '[A-Za-z0-9]{40}',
        keywords: ['cohere', 'co_api_key'],
        gen: s => s.alnum(40),
        name: 'COHERE_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'mistral-api-key',
        title: 'Mistral AI API key',
        provider: 'Mistral AI',
        context: 'mistral',
        value: '[A-Za-z0-9]{32}',
        keywords: ['mistral'],
        gen: s => s.alnum(32),
        name: 'MISTRAL_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'deepseek-api-key',
        title: 'DeepSeek API key',
        provider: 'DeepSeek',
        context: 'deepseek',
        value: 'sk-[0-9a-f]{32}',
        keywords: ['deepseek'],
        gen: s => `sk-${s.hex(32)}`,
        name: 'DEEPSEEK_API_KEY'
    }),
    kv({
        id: 'together-api-key',
        title: 'Together AI API key',
        provider: 'Together AI',
        context: 'together',
        value: '(?:tgp_v1_[A-Za-z0-9_-]{43}|[0-9a-f]{64})',
        keywords: ['together'],
        gen: s => s.hex(64),
        name: 'TOGETHER_API_KEY'
    }),
    tok({
        id: 'fireworks-api-key',
        title: 'Fireworks AI API key',
        provider: 'Fireworks AI',
        re: 'fw_[A-Za-z0-9]{24}',
        keywords: ['fw_'],
        gen: s => `fw_${s.alnum(24)}`,
        name: 'FIREWORKS_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'nvidia-api-key',
        title: 'NVIDIA API key',
        provider: 'NVIDIA',
        re: 'nvapi-[A-Za-z0-9_-]{64}',
        keywords: ['nvapi-'],
        gen: s => `nvapi-${s.url(64)}`,
        name: 'NVIDIA_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'tavily-api-key',
        title: 'Tavily API key',
        provider: 'Tavily',
        re: 'tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}',
        keywords: ['tvly-'],
        gen: s => `tvly-dev-${s.alnum(32)}`,
        name: 'TAVILY_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'firecrawl-api-key',
        title: 'Firecrawl API key',
        provider: 'Firecrawl',
        re: 'fc-[0-9a-f]{32}',
        keywords: ['fc-'],
        gen: s => `fc-${s.hex(32)}`,
        name: 'FIRECRAWL_API_KEY'
    }),
    kv({
        id: 'elevenlabs-api-key',
        title: 'ElevenLabs API key',
        provider: 'ElevenLabs',
        context: 'elevenlabs|eleven[_.-]api|xi[_.-]api[_.-]key',
        value: '(?:sk_)?[0-9a-f]{32,48}',
        keywords: ['elevenlabs', 'eleven_api', 'eleven-api', 'xi-api-key', 'xi_api_key'],
        gen: s => `sk_${s.hex(48)}`,
        miss: s => [`sk_${s.hex(20)}`],
        name: 'ELEVENLABS_API_KEY'
    }),
    kv({
        id: 'deepgram-api-key',
        title: 'Deepgram API key',
        provider: 'Deepgram',
        context: 'deepgram',
        value: '[0-9a-f]{40}',
        keywords: ['deepgram'],
        gen: s => s.hex(40),
        name: 'DEEPGRAM_API_KEY'
    }),
    kv({
        id: 'assemblyai-api-key',
        title: 'AssemblyAI API key',
        provider: 'AssemblyAI',
        context: 'assembly[_.-]?ai',
        value: '[0-9a-f]{32}',
        keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
        gen: s => s.hex(32),
        name: 'ASSEMBLYAI_API_KEY'
    }),
    kv({
        id: 'stability-api-key',
        title: 'Stability AI API key',
        provider: 'Stability AI',
        context: 'stability',
        value: 'sk-[A-Za-z0-9]{48}',
        keywords: ['stability'],
        gen: s => `sk-${s.alnum(48)}`,
        name: 'STABILITY_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'cerebras-api-key',
        title: 'Cerebras API key',
        provider: 'Cerebras',
        re: 'csk-[a-z0-9]{48}',
        keywords: ['csk-'],
        gen: s => `csk-${s.lowerAlnum(48)}`,
        name: 'CEREBRAS_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'wandb-api-key',
        title: 'Weights & Biases API key',
        provider: 'Weights & Biases',
        context: 'wandb',
        value: '[0-9a-f]{40}',
        keywords: ['wandb'],
        gen: s => s.hex(40),
        name: 'WANDB_API_KEY'
    }),
    tok({
        id: 'jina-api-key',
        title: 'Jina AI API key',
        provider: 'Jina AI',
        re: 'jina_[A-Za-z0-9_-]{56,64}',
        keywords: ['jina_'],
        gen: s => `jina_${s.hex(32)}${s.url(28)}`,
        miss: s => [`jina_${s.hex(32)}`],
        name: 'JINA_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'anyscale-api-key',
        title: 'Anyscale API key',
        provider: 'Anyscale',
        re: 'esecret_[A-Za-z0-9]{30,60}',
        keywords: ['esecret_'],
        gen: s => `esecret_${s.alnum(40)}`,
        miss: s => [`esecret_${s.alnum(20)}`],
        name: 'ANYSCALE_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'voyage-api-key',
        title: 'Voyage AI API key',
        provider: 'Voyage AI',
        context: 'voyage',
        value: 'pa-[A-Za-z0-9_-]{43}',
        keywords: ['voyage'],
        gen: s => `pa-${s.url(43)}`,
        name: 'VOYAGE_API_KEY',
        entropy: 4
    }),
    kv({
        id: 'ai21-api-key',
        title: 'AI21 Labs API key',
        provider: 'AI21 Labs',
        context: 'ai21',
        value: '[A-Za-z0-9]{32}',
        keywords: ['ai21'],
        gen: s => s.alnum(32),
        name: 'AI21_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'serpapi-key',
        title: 'SerpApi key',
        provider: 'SerpApi',
        context: 'serp[_.-]?api',
        value: '[0-9a-f]{64}',
        keywords: ['serpapi', 'serp_api', 'serp-api'],
        gen: s => s.hex(64),
        name: 'SERPAPI_API_KEY'
    }),
    kv({
        id: 'brave-search-api-key',
        title: 'Brave Search API key',
        provider: 'Brave Search',
        context: 'brave[_.-]?(?:search|api)',
        value: 'BSA[A-Za-z0-9_-]{25,30}',
        keywords: ['brave_', 'brave-', 'bravesearch'],
        gen: s => `BSA${s.url(28)}`,
        miss: s => [`BSA${s.url(10)}`],
        name: 'BRAVE_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'exa-api-key',
        title: 'Exa API key',
        provider: 'Exa',
        context: 'exa[_.-]api[_.-]?key',
        value: UUID,
        keywords: ['exa_api', 'exa-api'],
        gen: s => s.uuid(),
        name: 'EXA_API_KEY'
    }),
    kv({
        id: 'modal-token',
        title: 'Modal token secret',
        provider: 'Modal',
        context: 'modal[_.-]?token[_.-]?secret',
        value: 'as-[A-Za-z0-9]{22}',
        keywords: ['modal_token', 'modal-token'],
        gen: s => `as-${s.alnum(22)}`,
        name: 'MODAL_TOKEN_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'runpod-api-key',
        title: 'RunPod API key',
        provider: 'RunPod',
        context: 'runpod',
        value: '(?:rpa_)?[A-Z0-9]{32,50}',
        keywords: ['runpod'],
        gen: s => `rpa_${s.upperAlnum(40)}`,
        miss: s => [`rpa_${s.upperAlnum(12)}`],
        name: 'RUNPOD_API_KEY',
        entropy: 3.5
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/apis.ts

/** Data, scraping, search, finance, crypto, maps and weather APIs: mostly keyword-anchored keys. */
const API_RULES = [
    // ── Scraping and enrichment (keyword-anchored keys with no prefix of their own)
    kv({
        id: 'scrapingbee-api-key',
        title: 'ScrapingBee API key',
        provider: 'ScrapingBee',
        context: 'scraping[_.-]?bee',
        value: '[A-Z0-9]{80}',
        keywords: ['scrapingbee', 'scraping_bee', 'scraping-bee'],
        gen: s => s.upperAlnum(80),
        miss: s => [s.upperAlnum(79), s.lowerAlnum(80)],
        name: 'SCRAPINGBEE_API_KEY',
        validate: upperAlnum(3)
    }),
    kv({
        id: 'scraperapi-key',
        title: 'ScraperAPI key',
        provider: 'ScraperAPI',
        context: 'scraper[_.-]?api',
        value: '[0-9a-f]{32}',
        keywords: ['scraperapi', 'scraper_api', 'scraper-api'],
        gen: s => s.hex(32),
        name: 'SCRAPERAPI_KEY'
    }),
    kv({
        id: 'zyte-api-key',
        title: 'Zyte (Scrapinghub) API key',
        provider: 'Zyte',
        context: 'zyte|scrapinghub|shub[_.-]?(?:api)?key',
        value: '[0-9a-f]{32}',
        keywords: ['zyte', 'scrapinghub', 'shub'],
        gen: s => s.hex(32),
        name: 'ZYTE_API_KEY'
    }),
    kv({
        id: 'zenrows-api-key',
        title: 'ZenRows API key',
        provider: 'ZenRows',
        context: 'zenrows',
        value: '[0-9a-f]{40}',
        keywords: ['zenrows'],
        gen: s => s.hex(40),
        name: 'ZENROWS_API_KEY'
    }),
    kv({
        id: 'brightdata-api-key',
        title: 'Bright Data API key',
        provider: 'Bright Data',
        context: 'bright[_.-]?data',
        value: '[0-9a-f]{64}|' + UUID,
        keywords: ['brightdata', 'bright_data', 'bright-data'],
        gen: s => s.hex(64),
        name: 'BRIGHTDATA_API_KEY'
    }),
    tok({
        id: 'apify-api-token',
        title: 'Apify API token',
        provider: 'Apify',
        re: 'apify_api_[A-Za-z0-9]{36}',
        keywords: ['apify_api_'],
        gen: s => `apify_api_${s.alnum(36)}`,
        name: 'APIFY_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'browserless-token',
        title: 'Browserless API token',
        provider: 'Browserless',
        context: 'browserless',
        value: '[A-Za-z0-9]{30,64}|' + UUID,
        keywords: ['browserless'],
        gen: s => s.alnum(48),
        miss: s => [s.alnum(16)],
        name: 'BROWSERLESS_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'diffbot-token',
        title: 'Diffbot API token',
        provider: 'Diffbot',
        context: 'diffbot',
        value: '[0-9a-f]{32}',
        keywords: ['diffbot'],
        gen: s => s.hex(32),
        name: 'DIFFBOT_TOKEN'
    }),
    kv({
        id: 'clearbit-api-key',
        title: 'Clearbit API key',
        provider: 'Clearbit',
        context: 'clearbit',
        value: 'sk_[0-9a-f]{32}',
        keywords: ['clearbit'],
        gen: s => `sk_${s.hex(32)}`,
        name: 'CLEARBIT_API_KEY'
    }),
    kv({
        id: 'hunter-api-key',
        title: 'Hunter.io API key',
        provider: 'Hunter',
        context: 'hunter[_.-]?(?:io[_.-]?)?api',
        value: '[0-9a-f]{40}',
        keywords: ['hunter'],
        gen: s => s.hex(40),
        name: 'HUNTER_API_KEY'
    }),
    kv({
        id: 'abstractapi-key',
        title: 'Abstract API key',
        provider: 'Abstract API',
        context: 'abstract[_.-]?api',
        value: '[0-9a-f]{32}',
        keywords: ['abstractapi', 'abstract_api', 'abstract-api'],
        gen: s => s.hex(32),
        name: 'ABSTRACT_API_KEY'
    }),
    kv({
        id: 'rapidapi-key',
        title: 'RapidAPI key',
        provider: 'RapidAPI',
        context: 'rapid[_.-]?api',
        value: '[A-Za-z0-9]{50}',
        keywords: ['rapidapi', 'rapid_api', 'rapid-api'],
        gen: s => s.alnum(50),
        name: 'X_RAPIDAPI_KEY',
        entropy: 4
    }),
    kv({
        id: 'ipinfo-token',
        title: 'IPinfo access token',
        provider: 'IPinfo',
        context: 'ipinfo',
        value: '[0-9a-f]{14}',
        keywords: ['ipinfo'],
        gen: s => s.hex(14),
        name: 'IPINFO_TOKEN',
        entropy: 2.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'ipstack-api-key',
        title: 'ipstack or ipapi access key',
        provider: 'apilayer',
        context: 'ipstack|ipapi|apilayer',
        value: '[0-9a-f]{32}',
        keywords: ['ipstack', 'ipapi', 'apilayer'],
        gen: s => s.hex(32),
        name: 'IPSTACK_ACCESS_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    tok({
        id: 'maxmind-license-key',
        title: 'MaxMind license key',
        provider: 'MaxMind',
        // Since 2023: 40 characters of [A-Za-z0-9_], a six-character prefix, and a `_mmk` suffix.
        re: '[A-Za-z0-9]{6}_[A-Za-z0-9_]{29}_mmk',
        keywords: ['_mmk'],
        before: 40,
        after: 8,
        gen: s => `${s.alnum(6)}_${s.alnum(29)}_mmk`,
        miss: s => [`${s.alnum(6)}_${s.alnum(20)}_mmk`],
        name: 'MAXMIND_LICENSE_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'maxmind-license-key-legacy',
        title: 'MaxMind license key (legacy format)',
        provider: 'MaxMind',
        context: 'maxmind|geoip[\\w.-]{0,12}?license',
        value: '[A-Za-z0-9]{16}',
        keywords: ['maxmind', 'geoip'],
        gen: s => s.alnum(16),
        name: 'MAXMIND_LICENSE_KEY',
        entropy: 3.2
    }),
    // ── Finance and markets
    kv({
        id: 'alphavantage-api-key',
        title: 'Alpha Vantage API key',
        provider: 'Alpha Vantage',
        context: 'alpha[_.-]?vantage',
        value: '[A-Z0-9]{16}',
        keywords: ['alphavantage', 'alpha_vantage', 'alpha-vantage'],
        gen: s => s.upperAlnum(16),
        name: 'ALPHAVANTAGE_API_KEY',
        validate: upperAlnum(3),
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'finnhub-api-key',
        title: 'Finnhub API key',
        provider: 'Finnhub',
        context: 'finnhub',
        value: '[a-z0-9]{20}',
        keywords: ['finnhub'],
        gen: s => s.lowerAlnum(20),
        name: 'FINNHUB_API_KEY',
        entropy: 3.2,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'polygon-api-key',
        title: 'Polygon.io (Massive) API key',
        provider: 'Polygon.io',
        context: 'polygon[_.-]?(?:io[_.-]?)?api',
        value: '[A-Za-z0-9_]{32}',
        keywords: ['polygon'],
        gen: s => s.alnum(32),
        name: 'POLYGON_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'twelvedata-api-key',
        title: 'Twelve Data API key',
        provider: 'Twelve Data',
        context: 'twelve[_.-]?data',
        value: '[0-9a-f]{32}',
        keywords: ['twelvedata', 'twelve_data', 'twelve-data'],
        gen: s => s.hex(32),
        name: 'TWELVEDATA_API_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'iex-cloud-secret',
        title: 'IEX Cloud secret token',
        provider: 'IEX Cloud',
        context: 'iex',
        value: 'sk_[0-9a-f]{32}',
        keywords: ['iex'],
        gen: s => `sk_${s.hex(32)}`,
        name: 'IEX_SECRET_TOKEN'
    }),
    // ── Crypto
    kv({
        id: 'etherscan-api-key',
        title: 'Etherscan API key',
        provider: 'Etherscan',
        context: 'etherscan|bscscan|polygonscan',
        value: '[A-Z0-9]{34}',
        keywords: ['etherscan', 'bscscan', 'polygonscan'],
        gen: s => s.upperAlnum(34),
        name: 'ETHERSCAN_API_KEY',
        validate: upperAlnum(3),
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'infura-api-key',
        title: 'Infura API key',
        provider: 'Infura',
        context: 'infura',
        value: '[0-9a-f]{32}',
        keywords: ['infura'],
        gen: s => s.hex(32),
        name: 'INFURA_API_KEY'
    }),
    kv({
        id: 'alchemy-api-key',
        title: 'Alchemy API key',
        provider: 'Alchemy',
        context: 'alchemy',
        value: '[A-Za-z0-9_-]{32}',
        keywords: ['alchemy'],
        gen: s => s.url(32),
        name: 'ALCHEMY_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'binance-api-secret',
        title: 'Binance API secret',
        provider: 'Binance',
        context: 'binance',
        value: '[A-Za-z0-9]{64}',
        keywords: ['binance'],
        gen: s => s.alnum(64),
        name: 'BINANCE_API_SECRET',
        entropy: 4
    }),
    kv({
        id: 'coinbase-api-secret',
        title: 'Coinbase API secret',
        provider: 'Coinbase',
        context: 'coinbase[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9+/]{86}==|[A-Za-z0-9]{32}',
        keywords: ['coinbase'],
        gen: s => `${s.b64(86)}==`,
        miss: s => [s.alnum(16)],
        name: 'COINBASE_API_SECRET',
        entropy: 4
    }),
    kv({
        id: 'kraken-private-key',
        title: 'Kraken API private key',
        provider: 'Kraken',
        context: 'kraken',
        value: '[A-Za-z0-9+/]{86}==',
        keywords: ['kraken'],
        gen: s => `${s.b64(86)}==`,
        name: 'KRAKEN_PRIVATE_KEY',
        entropy: 4.5
    }),
    // ── Maps, weather, news, science
    kv({
        id: 'here-api-key',
        title: 'HERE API key',
        provider: 'HERE',
        context: 'here[_.-]api[_.-]?key',
        value: '[A-Za-z0-9_-]{43}',
        keywords: ['here_api', 'here-api', 'here.api'],
        gen: s => s.url(43),
        name: 'HERE_API_KEY',
        entropy: 4,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'tomtom-api-key',
        title: 'TomTom API key',
        provider: 'TomTom',
        context: 'tomtom',
        value: '[A-Za-z0-9]{32}',
        keywords: ['tomtom'],
        gen: s => s.alnum(32),
        name: 'TOMTOM_API_KEY',
        entropy: 3.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'openweather-api-key',
        title: 'OpenWeather API key',
        provider: 'OpenWeather',
        context: 'open[_.-]?weather|owm[_.-]?(?:api)?[_.-]?key',
        value: '[0-9a-f]{32}',
        keywords: ['openweather', 'open_weather', 'open-weather', 'owm'],
        gen: s => s.hex(32),
        name: 'OPENWEATHER_API_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'weatherapi-key',
        title: 'WeatherAPI.com key',
        provider: 'WeatherAPI',
        context: 'weather[_.-]?api',
        value: '[0-9a-f]{31}',
        keywords: ['weatherapi', 'weather_api', 'weather-api'],
        gen: s => s.hex(31),
        name: 'WEATHERAPI_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'newsapi-key',
        title: 'NewsAPI key',
        provider: 'NewsAPI',
        context: 'news[_.-]?api',
        value: '[0-9a-f]{32}',
        keywords: ['newsapi', 'news_api', 'news-api'],
        gen: s => s.hex(32),
        name: 'NEWSAPI_KEY',
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'nasa-api-key',
        title: 'NASA API key',
        provider: 'NASA',
        context: 'nasa[_.-]?api',
        value: '[A-Za-z0-9]{40}',
        keywords: ['nasa'],
        gen: s => s.alnum(40),
        name: 'NASA_API_KEY',
        entropy: 3.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'dune-api-key',
        title: 'Dune API key',
        provider: 'Dune',
        context: 'dune[_.-]?api',
        value: '[A-Za-z0-9]{32}',
        keywords: ['dune_api', 'dune-api', 'duneapi'],
        gen: s => s.alnum(32),
        name: 'DUNE_API_KEY',
        entropy: 3.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    // ── Commerce marketplaces
    tok({
        id: 'amazon-mws-token',
        title: 'Amazon MWS auth token',
        provider: 'Amazon Seller Central',
        re: 'amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['amzn.mws.'],
        gen: s => `amzn.mws.${s.uuid()}`,
        name: 'MWS_AUTH_TOKEN'
    }),
    kv({
        id: 'etsy-api-key',
        title: 'Etsy API keystring or shared secret',
        provider: 'Etsy',
        context: 'etsy',
        value: '[a-z0-9]{24}',
        keywords: ['etsy'],
        gen: s => s.lowerAlnum(24),
        name: 'ETSY_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'ebay-client-secret',
        title: 'eBay client secret (Cert ID)',
        provider: 'eBay',
        context: 'ebay',
        value: 'PRD-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}|SBX-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}',
        keywords: ['ebay'],
        gen: s => `PRD-${s.hex(12)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}`,
        name: 'EBAY_CERT_ID'
    }),
    kv({
        id: 'bigcommerce-token',
        title: 'BigCommerce API token',
        provider: 'BigCommerce',
        context: 'bigcommerce',
        value: '[a-z0-9]{31}',
        keywords: ['bigcommerce'],
        gen: s => s.lowerAlnum(31),
        name: 'BIGCOMMERCE_ACCESS_TOKEN',
        entropy: 3.5
    })
];

// EXTERNAL MODULE: ./src/secrets/checksum.ts
var checksum = __webpack_require__(90198);
;// CONCATENATED MODULE: ./src/secrets/rules/sample-kit.ts
/**
 * Builds the samples each rule carries (`samples.tps` / `samples.fps`). Nothing
 * credential-shaped is written in the source: every value is a fixed prefix plus a body drawn
 * from a seeded generator at test time, with checksums computed at run time, so our own
 * detector and push protection never see a token in this repository.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
/** A seeded source of random bodies in the alphabets credential formats use. */
class SampleKit {
    state;
    constructor(seed) {
        this.state = seed >>> 0;
    }
    /** mulberry32: small, fast and reproducible. */
    next() {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** `n` characters of `alphabet`; every class of the alphabet present once n ≥ 12. */
    of(alphabet, n) {
        const classes = [/[A-Z]/, /[a-z]/, /[0-9]/].filter(c => c.test(alphabet));
        for (let attempt = 0;; attempt++) {
            let s = '';
            for (let i = 0; i < n; i++)
                s += alphabet[Math.floor(this.next() * alphabet.length)];
            if (n < 12 || attempt > 50 || classes.every(c => c.test(s)))
                return s;
        }
    }
    alnum(n) {
        return this.of(ALNUM, n);
    }
    hex(n) {
        return this.of(HEX, n);
    }
    /** Upper-case hex. */
    HEX(n) {
        return this.of(HEX.toUpperCase(), n);
    }
    lower(n) {
        return this.of(LOWER, n);
    }
    upper(n) {
        return this.of(UPPER, n);
    }
    letters(n) {
        return this.of(UPPER + LOWER, n);
    }
    digits(n) {
        return this.of(DIGITS, n);
    }
    /** Lower case and digits. */
    lowerAlnum(n) {
        return this.of(LOWER + DIGITS, n);
    }
    /** Upper case and digits. */
    upperAlnum(n) {
        return this.of(UPPER + DIGITS, n);
    }
    /** Standard base64 alphabet, no padding. */
    b64(n) {
        return this.of(`${ALNUM}+/`, n);
    }
    /** base64url alphabet (`-` and `_`). */
    url(n) {
        return this.of(`${ALNUM}-_`, n);
    }
    /** Random bytes. */
    bytes(n) {
        return Buffer.from(Array.from({ length: n }, () => Math.floor(this.next() * 256)));
    }
    uuid() {
        return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${'89ab'[Math.floor(this.next() * 4)]}${this.hex(3)}-${this.hex(12)}`;
    }
    pick(items) {
        return items[Math.floor(this.next() * items.length)];
    }
    /** `prefix` + 30 random base62 + base62(CRC32) (GitHub classic and npm tokens). */
    crcToken(prefix) {
        return withBase62Crc32(prefix, this.alnum(30));
    }
    /** Hex CRC-32 of `text`, big-endian, 8 digits. */
    crcHex(text) {
        return crc32(text).toString(16).padStart(8, '0');
    }
    /** bech32 string with a valid checksum over `n` random 5-bit groups. */
    bech32(hrp, n) {
        return bech32Encode(hrp, Array.from({ length: n }, () => Math.floor(this.next() * 32)));
    }
    /** base64 of `text`. */
    base64(text) {
        return Buffer.from(text).toString('base64');
    }
    /** base64url of `text`, unpadded. */
    base64url(text) {
        return Buffer.from(text).toString('base64url');
    }
    /** A JWT-shaped value (header and payload JSON, random signature). */
    jwt(payload, alg = 'HS256') {
        const h = this.base64url(JSON.stringify({ alg, typ: 'JWT' }));
        return `${h}.${this.base64url(JSON.stringify(payload))}.${this.base64url(this.bytes(32))}`;
    }
    /** A PEM-looking body: `lines` lines of 64 random base64 characters. */
    pemBody(lines) {
        return Array.from({ length: lines }, () => this.b64(64)).join('\n');
    }
}
/** Cuts the last `n` characters (a too-short near miss). */
function cut(value, n = 1) {
    return value.slice(0, value.length - n);
}

;// CONCATENATED MODULE: ./src/secrets/rules/validators.ts


/**
 * Validators and finders the rules share: structural checks (JWT header, PEM body, macaroon,
 * snowflake), checksum checks and context checks. Kept apart from the rule table so a rule
 * reads as its format and the checks read as code.
 */
function lineAround(ctx, radius = 400) {
    const from = Math.max(0, ctx.start - radius);
    const to = Math.min(ctx.text.length, ctx.end + radius);
    const before = ctx.text.slice(from, ctx.start);
    const after = ctx.text.slice(ctx.end, to);
    const nlBefore = before.lastIndexOf('\n');
    const nlAfter = after.indexOf('\n');
    return ((nlBefore >= 0 ? before.slice(nlBefore + 1) : before) +
        ctx.text.slice(ctx.start, ctx.end) +
        (nlAfter >= 0 ? after.slice(0, nlAfter) : after));
}
const validators_checksum = secret => (0,checksum/* validBase62Crc32Token */.qq)(secret);
const jwtValidator = secret => {
    const [header, payload, signature] = secret.split('.');
    if (!header || !payload || signature === undefined)
        return false;
    const h = (0,checksum/* decodeJsonSegment */.CL)(header);
    if (!h || typeof h.alg !== 'string' || h.alg.toLowerCase() === 'none')
        return false;
    const p = (0,checksum/* decodeJsonSegment */.CL)(payload);
    if (!p)
        return false;
    // Real tokens carry registered claims; documentation examples often carry one toy claim.
    const registered = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'].some(c => c in p);
    if (!registered && Object.keys(p).length < 2)
        return false;
    if ((0,heuristics/* isExampleValue */.c8)(JSON.stringify(p), ['john doe', 'example', '1234567890']))
        return false;
    return true;
};
const PEM_HEADER_LINE = /^(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*$/gm;
const pemValidator = (secret, ctx) => {
    const body = (ctx.groups.body ?? '')
        .replace(/\\r|\\n/g, '\n')
        .replace(PEM_HEADER_LINE, '')
        .replace(/["',+\s]|\\/g, '');
    if (body.length < 64)
        return false;
    if (!/^[A-Za-z0-9+/=]+$/.test(body))
        return false;
    if ((0,heuristics/* isSequentialOrRepeated */.BE)(body) || /x{8,}|\.{3}/i.test(body))
        return false;
    return (0,heuristics/* shannonEntropy */.ly)(body) > 4.5 ? true : 'medium';
};
const DEV_PASSWORDS = new Set([
    'password',
    'pass',
    'passwd',
    'pwd',
    'secret',
    'postgres',
    'root',
    'admin',
    'guest',
    'mysql',
    'redis',
    'user',
    'username',
    'test',
    'example',
    'changeme',
    'sa',
    'rabbitmq',
    'mongo',
    'default'
]);
const urlCredentialValidator = (secret, ctx) => {
    let password = secret;
    try {
        password = decodeURIComponent(secret);
    }
    catch {
        // Keep the raw text when it is not valid percent-encoding.
    }
    const user = ctx.groups.user ?? '';
    const host = (ctx.groups.host ?? '').toLowerCase();
    if (password.length < 4 || (0,heuristics/* isPlaceholder */.wK)(password) || /^[:%{<[(*$]/.test(password))
        return false;
    // Spaces, commas (multi-host URLs) and templates are not in real URL passwords.
    if (/[\s,{}<>]/.test(password))
        return false;
    if (DEV_PASSWORDS.has(password.toLowerCase()) || password === user)
        return false;
    if ((0,heuristics/* isExampleValue */.c8)(password) || (0,heuristics/* isSequentialOrRepeated */.BE)(password))
        return false;
    if (/(?:^|\.)(?:example\.(?:com|org|net)|host|hostname|domain|server)$/.test(host))
        return false;
    if (/^(?:user|username|usr|name|login|\$)/i.test(user) && password.length < 8)
        return false;
    return password.length >= 8 && (0,heuristics/* charClasses */.zg)(password) >= 2 ? 'high' : 'medium';
};
const dockerAuthValidator = secret => {
    const bytes = (0,checksum/* decodeBase64 */.y4)(secret);
    if (!bytes)
        return false;
    const decoded = bytes.toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1 || colon === decoded.length - 1)
        return false;
    if (!/^[\x20-\x7e]+$/.test(decoded))
        return false;
    const password = decoded.slice(colon + 1);
    // Docs write `my_username:my_password`: a possessive in front of a word is still the word.
    const bare = password.toLowerCase().replace(/^(?:my|your)[_-]?/, '');
    return !(0,heuristics/* isPlaceholder */.wK)(password) && !(0,heuristics/* isExampleValue */.c8)(password) && !DEV_PASSWORDS.has(bare);
};
/** Discord bot tokens: the first segment is base64 of the bot's numeric snowflake id. */
const discordValidator = secret => {
    const first = secret.split('.')[0] ?? '';
    const decoded = (0,checksum/* decodeBase64 */.y4)(first)?.toString('latin1') ?? '';
    return /^\d{17,20}$/.test(decoded);
};
/**
 * A macaroon v2 (PyPI tokens): version 2, a header of fields up to an end marker, caveat
 * sections each ending with an end marker, an end marker, then a 32-byte signature field.
 * A random tail after the right prefix fails this walk.
 */
function validMacaroonV2(bytes) {
    let i = 1;
    const varint = () => {
        let value = 0;
        for (let shift = 0; shift < 28 && i < bytes.length; shift += 7) {
            const b = bytes[i++];
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return value;
        }
        return -1;
    };
    /** Fields up to an end marker; false when they run off the end or repeat out of order. */
    const section = () => {
        let count = 0;
        let last = 0;
        for (;;) {
            if (i >= bytes.length)
                return -1;
            const type = bytes[i++];
            if (type === 0)
                return count;
            if (type <= last || type > 6)
                return -1;
            last = type;
            const len = varint();
            if (len < 0 || i + len > bytes.length)
                return -1;
            i += len;
            count++;
        }
    };
    if (bytes[0] !== 2 || section() < 1)
        return false;
    for (let caveats = 0; caveats < 64; caveats++) {
        const fields = section();
        if (fields < 0)
            return false;
        if (fields === 0)
            break;
    }
    return bytes[i] === 6 && bytes[i + 1] === 32 && i + 2 + 32 === bytes.length;
}
const pypiValidator = secret => {
    const bytes = (0,checksum/* decodeBase64 */.y4)(secret.slice('pypi-'.length));
    return bytes !== undefined && validMacaroonV2(bytes);
};
const gcpServiceAccount = (text, hitStart, _keyword, _path, state) => {
    // The JSON object around `"service_account"`; keys can come in any order.
    const from = Math.max(0, hitStart - 4096);
    const to = Math.min(text.length, hitStart + 8192);
    // Hits close to this one see the same object (the adversarial benchmark repeats the keyword).
    if (state)
        state.skipUntil = hitStart + 1024;
    const window = text.slice(from, to);
    if (!/"type"\s*:\s*"service_account"/.test(window))
        return [];
    const key = /"private_key"\s*:\s*"(-----BEGIN [A-Z ]*PRIVATE KEY-----[^"]{64,8192}?-----END [A-Z ]*PRIVATE KEY-----(?:\\n)?)"/d.exec(window);
    const span = key?.indices?.[1];
    if (!key || !span || !key[1])
        return [];
    if (state)
        state.skipUntil = Math.max(state.skipUntil, from + span[1]);
    return [
        {
            ruleId: 'gcp-service-account-key',
            secret: key[1],
            start: from + span[0],
            end: from + span[1],
            confidence: 'high'
        }
    ];
};
const awsSecretValidator = secret => (0,heuristics/* shannonEntropy */.ly)(secret) > 4.0 && (0,heuristics/* charClasses */.zg)(secret) >= 3 && !/^[a-z]+$/i.test(secret);
const sasValidator = (_secret, ctx) => /[?&;]sv=\d{4}-\d{2}-\d{2}/.test(lineAround(ctx)) ? true : false;
/** Values that stand for a credential in docs: `YOUR_TOKEN`, `ACCESS_TOKEN`, `xxx…`. */
function isStandIn(value) {
    return ((0,heuristics/* isPlaceholder */.wK)(value) ||
        /^[A-Z][A-Z0-9_]{2,}$/.test(value) ||
        /^(?:your|my|the)[_-]/i.test(value) ||
        (0,heuristics/* isExampleValue */.c8)(value) ||
        (0,heuristics/* isSequentialOrRepeated */.BE)(value));
}
/** A command line aimed at a documentation domain (RFC 2606) is an example. */
function targetsExampleDomain(ctx) {
    return /https?:\/\/(?:[\w-]+\.)*example\.(?:com|org|net)\b/i.test(lineAround(ctx));
}
/** `curl -u user:password`: a real password, not a variable, a placeholder or a demo value. */
const curlPasswordValidator = (secret, ctx) => {
    const user = ctx.groups.user ?? '';
    if (targetsExampleDomain(ctx))
        return false;
    if (/^\$|^%|^\$\{/.test(secret) || isStandIn(secret))
        return false;
    if (DEV_PASSWORDS.has(secret.toLowerCase()) || secret === user)
        return false;
    if (secret.length < 6)
        return false;
    return (0,heuristics/* charClasses */.zg)(secret) >= 2 && (0,heuristics/* shannonEntropy */.ly)(secret) > 2.5 ? true : false;
};
/** A bearer/basic/API-key header value that is a literal credential. */
const curlHeaderValidator = (secret, ctx) => {
    if (isStandIn(secret) || targetsExampleDomain(ctx))
        return false;
    const decoded = (0,checksum/* decodeBase64 */.y4)(secret)?.toString('utf8') ?? '';
    // Basic credentials: base64 of user:password.
    if (/^[\x20-\x7e]+:[\x20-\x7e]+$/.test(decoded)) {
        const password = decoded.slice(decoded.indexOf(':') + 1);
        return !isStandIn(password) && !DEV_PASSWORDS.has(password.toLowerCase());
    }
    return (0,heuristics/* shannonEntropy */.ly)(secret) > 3 && (0,heuristics/* charClasses */.zg)(secret) >= 2;
};
/** A .netrc password: literal, random-looking, on a host that is not a documentation host. */
const netrcPasswordValidator = (secret, ctx) => {
    const host = (ctx.groups.host ?? '').toLowerCase();
    if (!/^[^\s"'\\]{8,128}$/.test(secret) || isStandIn(secret))
        return false;
    if (DEV_PASSWORDS.has(secret.toLowerCase()))
        return false;
    if (/(?:^|\.)(?:example\.(?:com|org|net)|domain\.com|host|hostname|localhost)$/.test(host))
        return false;
    return (0,heuristics/* charClasses */.zg)(secret) >= 2 && (0,heuristics/* shannonEntropy */.ly)(secret) > 2.8;
};

;// CONCATENATED MODULE: ./src/secrets/rules/aws.ts




/** Amazon Web Services. A key id makes a nearby 40-character value a secret key (engine). */
const AWS_RULES = [
    prefixed('aws-access-key-id', 'AWS access key ID', 'AWS', '(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}', {
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        after: 24,
        confidence: 'medium',
        validation: 'format',
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `AWS_ACCESS_KEY_ID = "AKIA${s.of('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}"`,
                `aws_access_key_id=ASIA${s.of('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
            ],
            fps: s => [
                `AWS_ACCESS_KEY_ID = "AKIA${s.of('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 15)}"`,
                // 0, 1, 8 and 9 are not in the key id alphabet.
                `key = "AKIA${s.of('0189', 16)}"`,
                `AKIA${s.upper(16)}EXTRA`
            ]
        }
    }),
    rule('aws-secret-access-key', 'AWS secret access key', 'AWS', `(?:aws)?[_.-]?secret[_.-]?(?:access)?[_.-]?key(?:[_.-]?id)?[\\w.-]{0,10}["'\\]]{0,2}\\s{0,3}(?:=|:=|:|=>|,)\\s{0,3}["'\\x60]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, {
        keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret'],
        before: 12,
        after: 120,
        confidence: 'high',
        validation: 'context',
        validate: awsSecretValidator,
        samples: {
            tps: s => [`aws_secret_access_key = ${s.b64(40)}`, `"SecretAccessKey": "${s.b64(40)}"`],
            fps: s => [
                `aws_secret_access_key = ${s.b64(39)}`,
                `aws_secret_access_key = ${s.lower(40)}`,
                `aws_secret_access_key = ${s.b64(41)}`
            ]
        }
    }, 'i'),
    prefixed('aws-bedrock-api-key', 'AWS Bedrock API key', 'AWS', 'ABSK[A-Za-z0-9+/]{109,269}={0,2}', {
        keywords: ['absk'],
        after: 290,
        validate: minEntropy(4),
        samples: {
            tps: s => [`AWS_BEARER_TOKEN_BEDROCK=ABSK${s.b64(132)}`],
            fps: s => [`AWS_BEARER_TOKEN_BEDROCK=ABSK${s.b64(100)}`, `x = "ABSK${cut(s.b64(60))}"`]
        }
    }),
    prefixed('aws-bedrock-short-term-key', 'AWS Bedrock short-term API key', 'AWS', 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,3000}={0,2}', {
        keywords: ['bedrock-api-key-ymvkcm9jay5hbwf6b25hd3muy29t'],
        after: 3100,
        validation: 'structure',
        // The body is base64 of a presigned bedrock.amazonaws.com URL.
        validate: v => ((0,checksum/* decodeBase64 */.y4)(v.slice('bedrock-api-key-'.length))?.toString('latin1') ?? '').includes('X-Amz-'),
        samples: {
            tps: s => [
                `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${s.base64(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${s.upperAlnum(16)}%2F20261129%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20261129T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${s.url(200)}&X-Amz-Signature=${s.hex(64)}&Version=1`)}`
            ],
            fps: s => [
                `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${s.base64(`bedrock.amazonaws.com/?${s.alnum(90)}`)}`
            ]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/azure.ts


/** Microsoft Azure. */
const AZURE_RULES = [
    rule('azure-storage-account-key', 'Azure storage account key (connection string)', 'Azure', 'AccountKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{86}==)', {
        keywords: ['accountkey'],
        after: 110,
        validation: 'structure',
        validate: minEntropy(4.5),
        samples: {
            tps: s => [
                `AZURE_STORAGE = "DefaultEndpointsProtocol=https;AccountName=acct${s.lower(6)};AccountKey=${s.b64(86)}==;EndpointSuffix=core.windows.net"`
            ],
            fps: s => [
                `AZURE_STORAGE = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${s.b64(60)}==;EndpointSuffix=core.windows.net"`
            ]
        }
    }, 'i'),
    rule('azure-sas-token', 'Azure shared access signature', 'Azure', '[?&;]sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])', {
        keywords: ['sig='],
        before: 2,
        after: 140,
        validation: 'context',
        validate: sasValidator,
        samples: {
            tps: s => [
                `blob_url = "https://acct${s.lower(5)}.blob.core.windows.net/data?sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-01-01T00:00:00Z&spr=https&sig=${s.alnum(43)}%3D"`
            ],
            fps: s => [
                // A signature without the SAS version parameter is some other signed URL.
                `url = "https://cdn.example.net/file?expires=1700000000&sig=${s.alnum(43)}%3D"`
            ]
        }
    }, 'i'),
    rule('azure-ad-client-secret', 'Azure AD (Entra ID) client secret', 'Azure', '(?<![\\w~.-])(?<secret>[\\w~.]{3}\\dQ~[\\w~.-]{31,34})(?![\\w~.-])', {
        keywords: ['q~'],
        before: 5,
        after: 40,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [
                `AZURE_CLIENT = "${s.alnum(3)}8Q~${s.of('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-.~', 34)}"`
            ],
            fps: s => [`AZURE_CLIENT = "${s.alnum(3)}8Q~${s.alnum(20)}"`]
        }
    }),
    rule('azure-shared-access-key', 'Azure Service Bus / Event Hubs / Relay shared access key', 'Azure', 'SharedAccessKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])', {
        keywords: ['sharedaccesskey='],
        after: 70,
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `SERVICEBUS = "Endpoint=sb://ns-${s.lower(6)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${s.b64(42)}A="`
            ],
            fps: s => [
                `SERVICEBUS = "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${s.b64(30)}="`
            ]
        }
    }, 'i'),
    rule('azure-cosmosdb-key', 'Azure Cosmos DB account key (connection string)', 'Azure', 'AccountEndpoint=https://[\\w.-]{1,120}\\.documents\\.azure\\.com[:\\d/]{0,8};\\s*AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)', {
        keywords: ['.documents.azure.com'],
        before: 160,
        after: 200,
        priority: 55,
        validation: 'structure',
        validate: minEntropy(4.5),
        samples: {
            tps: s => [
                `COSMOS = "AccountEndpoint=https://db-${s.lower(6)}.documents.azure.com:443/;AccountKey=${s.b64(86)}==;"`
            ],
            fps: s => [
                `COSMOS = "AccountEndpoint=https://db.documents.azure.com:443/;AccountKey=${s.b64(40)}==;"`
            ]
        }
    }),
    kv({
        id: 'azure-openai-key',
        title: 'Azure OpenAI / AI services key',
        provider: 'Azure',
        context: 'azure[_.-]?(?:openai|ai|cognitive|speech|search)[\\w.-]{0,12}?key|ocp-apim-subscription-key',
        value: '[0-9a-f]{32}|[A-Za-z0-9]{84}',
        keywords: [
            'azure_openai',
            'azure-openai',
            'azure_ai',
            'azure_cognitive',
            'azure_speech',
            'azure_search',
            'ocp-apim-subscription-key'
        ],
        gen: s => s.hex(32),
        name: 'AZURE_OPENAI_API_KEY'
    }),
    kv({
        id: 'azure-devops-pat',
        title: 'Azure DevOps personal access token',
        provider: 'Azure DevOps',
        // PATs were 52 base32 characters; since 2024 they are 84 with `AZDO` at offset 76.
        // Source: https://learn.microsoft.com/en-us/azure/devops/release-notes/2024/sprint-241-update
        // and https://learn.microsoft.com/en-us/purview/sit-defn-azure-devops-personal-access-token
        // `personalAccessToken` is the variable Microsoft's REST samples read the PAT from; under
        // that name only those two shapes are reported.
        context: 'azure[_.-]?devops|ado[_.-]?(?:pat|token)|azdo|system[_.]accesstoken|vsts|personal[_.-]?access[_.-]?token',
        value: '[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
        keywords: [
            'azure_devops',
            'azure-devops',
            'azuredevops',
            'ado_pat',
            'ado_token',
            'azdo',
            'system.accesstoken',
            'system_accesstoken',
            'vsts',
            'personalaccesstoken',
            'personal_access_token',
            'personal-access-token',
            'personal.access.token'
        ],
        gen: s => s.of('abcdefghijklmnopqrstuvwxyz234567', 52),
        name: 'AZURE_DEVOPS_PAT',
        tps: s => [
            `AZURE_DEVOPS_PAT = "${s.of('abcdefghijklmnopqrstuvwxyz234567', 52)}"`,
            `var personalAccessToken = "${s.of('abcdefghijklmnopqrstuvwxyz234567', 52)}";`
        ]
    }),
    rule('azure-app-configuration-connection-string', 'Azure App Configuration connection string', 'Azure', 
    // Documented shape: `Endpoint=https://<store>.azconfig.io;Id=<id>;Secret=<base64>`.
    // Source (the shape as Dapr's App Configuration component documents it):
    // https://docs.dapr.io/reference/components-reference/supported-configuration-stores/azure-appconfig-configuration-store/
    // `Endpoint=` is sometimes dropped when the string is pasted or split; the `Id=`/`Secret=`
    // pair after the store's `.azconfig.io` host is the credential either way.
    '(?:Endpoint=)?https://[\\w.-]{1,100}\\.azconfig\\.io;\\s*Id=[^;\\s"\']{4,80};\\s*Secret=(?<secret>[A-Za-z0-9+/]{43}=)', {
        keywords: ['.azconfig.io'],
        before: 130,
        after: 200,
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `APPCONFIG = "Endpoint=https://appcs-${s.lower(5)}.azconfig.io;Id=${s.alnum(4)}-l9-s0:${s.alnum(20)};Secret=${s.b64(43)}="`,
                `APPCONFIG = "https://appcs-${s.lower(5)}.azconfig.io;Id=${s.alnum(4)}-l9-s0:${s.alnum(20)};Secret=${s.b64(43)}="`
            ],
            fps: s => [
                `APPCONFIG = "Endpoint=https://appcs.azconfig.io;Id=x-l9-s0:${s.alnum(20)};Secret=${s.b64(20)}="`
            ]
        }
    }),
    tok({
        id: 'azure-identifiable-key',
        title: 'Azure identifiable key (Microsoft common annotated key format)',
        provider: 'Azure',
        // 84 characters: 52 random, the JQQJ9 signature, a version character, 18 more, a
        // four-letter provider signature (AZDO, ACOG, AZSE …) and 4 check characters.
        re: '[A-Za-z0-9]{52}JQQJ9[0-9A-Za-z][A-Za-z0-9]{18}[A-Z]{4}[A-Za-z0-9]{4}',
        keywords: ['jqqj9'],
        before: 54,
        after: 40,
        gen: s => `${s.alnum(52)}JQQJ99${s.alnum(18)}ACOG${s.alnum(4)}`,
        name: 'AZURE_KEY',
        validation: 'structure',
        entropy: 4
    }),
    tok({
        id: 'azure-devops-pat-identifiable',
        title: 'Azure DevOps personal access token (identifiable format)',
        provider: 'Azure DevOps',
        re: '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
        keywords: ['azdo'],
        before: 78,
        after: 10,
        gen: s => `${s.alnum(76)}AZDO${s.alnum(4)}`,
        name: 'ADO_PAT',
        validation: 'structure',
        entropy: 4,
        priority: 55
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/chat.ts



/** A Discord bot token: base64 of the bot's snowflake id, a timestamp part and an HMAC. */
function discordBot(s) {
    const id = `${1 + Math.floor(s.next() * 9)}${s.digits(17)}`;
    return `${s.base64(id).replace(/=+$/, '')}.${s.url(6)}.${s.url(38)}`;
}
/** Chat platforms: Slack, Discord, Telegram. */
const CHAT_RULES = [
    prefixed('slack-bot-token', 'Slack bot token', 'Slack', 'xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-?)?[A-Za-z0-9]{24,34}', {
        keywords: ['xoxb-'],
        after: 70,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `SLACK_BOT_TOKEN = "xoxb-${s.digits(12)}-${s.digits(13)}-${s.alnum(24)}"`,
                // Legacy bot tokens have one number group.
                `SLACK_BOT_TOKEN = "xoxb-${s.digits(11)}-${s.alnum(24)}"`
            ],
            fps: s => [`SLACK_BOT_TOKEN = "xoxb-${s.digits(12)}-${s.digits(13)}-${s.alnum(20)}"`]
        }
    }),
    prefixed('slack-user-token', 'Slack user token', 'Slack', 'xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34}', {
        keywords: ['xoxp-', 'xoxe-'],
        after: 90,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `slack_user = "xoxp-${s.digits(12)}-${s.digits(12)}-${s.digits(13)}-${s.hex(32)}"`
            ],
            fps: s => [`slack_user = "xoxp-${s.digits(12)}-${s.digits(12)}-${s.hex(32)}"`]
        }
    }),
    prefixed('slack-app-token', 'Slack app-level token', 'Slack', 'xapp-\\d-[A-Z0-9]{9,12}-\\d{10,13}-[a-f0-9]{64}', {
        keywords: ['xapp-'],
        after: 110,
        validate: minEntropy(3),
        samples: {
            tps: s => [`SLACK_APP_TOKEN=xapp-1-A${s.upperAlnum(10)}-${s.digits(13)}-${s.hex(64)}`],
            fps: s => [`SLACK_APP_TOKEN=xapp-1-A${s.upperAlnum(10)}-${s.digits(13)}-${s.hex(63)}`]
        }
    }),
    prefixed('slack-config-token', 'Slack configuration token', 'Slack', 'xoxe(?:\\.xox[bp])?-\\d-[A-Za-z0-9]{100,200}', {
        keywords: ['xoxe'],
        after: 190,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `slack_cfg = "xoxe.xoxp-1-${s.upperAlnum(163)}"`,
                `SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-${s.alnum(146)}`
            ],
            fps: s => [`slack_cfg = "xoxe.xoxp-1-${s.alnum(60)}"`]
        }
    }),
    prefixed('slack-legacy-token', 'Slack legacy token', 'Slack', 'xox[aors]-(?:[0-9]{1,13}-){1,3}[0-9A-Za-z]{8,64}', {
        keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
        after: 130,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `legacy = "xoxs-${s.digits(10)}-${s.digits(12)}-${s.digits(12)}-${s.hex(64)}"`,
                `token: xoxa-2-${s.digits(12)}-${s.alnum(32)}`
            ],
            fps: () => ['SLACK = "xoxs-not-a-token-value"']
        }
    }),
    rule('slack-webhook-url', 'Slack incoming webhook URL', 'Slack', 'hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<secret>T[A-Z0-9]{8,12}/[A-Z0-9]{8,12}/(?:[0-9]{6,20}/)?[A-Za-z0-9]{24,32})(?![A-Za-z0-9])', {
        keywords: ['hooks.slack.com'],
        after: 120,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `SLACK_WEBHOOK = "https://hooks.slack.com/services/T${s.upperAlnum(10)}/B${s.upperAlnum(10)}/${s.alnum(24)}"`
            ],
            fps: s => [
                `SLACK_WEBHOOK = "https://hooks.slack.com/services/T${s.upperAlnum(10)}/B${s.upperAlnum(10)}/${s.alnum(12)}"`
            ]
        }
    }),
    prefixed('telegram-bot-token', 'Telegram bot token', 'Telegram', '[0-9]{8,10}:AA[\\w-]{31,33}', {
        keywords: [':aa'],
        before: 12,
        after: 40,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`TG = "${s.digits(10)}:AA${s.url(33)}"`],
            fps: s => [`TG = "${s.digits(10)}:AA${s.url(20)}"`, `TG = "${s.digits(5)}:AA${s.url(33)}"`]
        }
    }),
    rule('discord-webhook-url', 'Discord webhook URL', 'Discord', 'discord(?:app)?\\.com/api/webhooks/(?<secret>[0-9]{17,20}/[\\w-]{60,68})(?![\\w-])', {
        keywords: ['discord'],
        after: 120,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`hook = "https://discord.com/api/webhooks/${s.digits(18)}/${s.url(68)}"`],
            fps: s => [`hook = "https://discord.com/api/webhooks/${s.digits(18)}/${s.url(40)}"`]
        }
    }),
    rule('discord-bot-token', 'Discord bot token', 'Discord', '(?<![\\w-])(?<secret>[MNO][A-Za-z0-9_-]{23,25}\\.[\\w-]{6}\\.[\\w-]{27,38})(?![\\w-])', {
        // The snowflake check is strong enough that any nearby mention of a token or bot will do.
        keywords: ['discord', 'token', 'bot', '.run('],
        before: 200,
        after: 200,
        validation: 'structure',
        validate: discordValidator,
        samples: {
            tps: s => [
                `DISCORD_TOKEN = "${discordBot(s)}"`,
                `client.run("${discordBot(s)}")`,
                `BOT_TOKEN: ${discordBot(s)}`
            ],
            fps: s => [
                `token = "${s.base64('abcdefghijklmnopqr').slice(0, 24)}.${s.url(6)}.${s.url(38)}"`
            ]
        }
    }),
    kv({
        id: 'discord-client-secret',
        title: 'Discord OAuth2 client secret',
        provider: 'Discord',
        context: 'discord[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9_-]{32}',
        keywords: ['discord'],
        gen: s => s.url(32),
        name: 'DISCORD_CLIENT_SECRET',
        entropy: 3.5
    }),
    rule('microsoft-teams-webhook', 'Microsoft Teams incoming webhook URL', 'Microsoft Teams', '(?<secret>https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}(?:/[A-Za-z0-9_-]{10,60})?)', {
        keywords: [
            '.webhook.office.com/webhookb2/',
            'outlook.office.com/webhook/',
            'outlook.office365.com/webhook/'
        ],
        before: 70,
        after: 260,
        validation: 'structure',
        samples: {
            tps: s => [
                `TEAMS_WEBHOOK = "https://${s.lower(8)}.webhook.office.com/webhookb2/${s.uuid()}@${s.uuid()}/IncomingWebhook/${s.hex(32)}/${s.uuid()}"`,
                `url = 'https://outlook.office.com/webhook/${s.uuid()}@${s.uuid()}/IncomingWebhook/${s.hex(32)}/${s.uuid()}'`
            ],
            fps: s => [
                `TEAMS_WEBHOOK = "https://${s.lower(8)}.webhook.office.com/webhookb2/${s.uuid()}/IncomingWebhook/"`
            ]
        }
    }),
    rule('mattermost-webhook', 'Mattermost incoming webhook URL', 'Mattermost', 'https?://[\\w.-]{1,100}/hooks/(?<secret>[a-z0-9]{26})(?![\\w-])', {
        keywords: ['/hooks/'],
        before: 110,
        after: 40,
        validation: 'context',
        confidence: 'medium',
        validate: (v, ctx) => /mattermost/i.test(lineAround(ctx)) && /[0-9]/.test(v),
        samples: {
            tps: s => [
                `MATTERMOST_WEBHOOK_URL = "https://chat.${s.lower(6)}.org/hooks/${s.lowerAlnum(26)}"`
            ],
            fps: s => [`WEBHOOK_URL = "https://chat.${s.lower(6)}.org/hooks/${s.lowerAlnum(26)}"`]
        }
    }),
    rule('zapier-webhook', 'Zapier catch hook URL', 'Zapier', 'hooks\\.zapier\\.com/hooks/catch/(?<secret>[0-9]{5,12}/[a-z0-9]{5,12})/?', {
        keywords: ['hooks.zapier.com'],
        after: 60,
        severity: 'medium',
        validate: minEntropy(2.5),
        samples: {
            tps: s => [
                `ZAP = "https://hooks.zapier.com/hooks/catch/${s.digits(7)}/${s.lowerAlnum(6)}/"`
            ],
            fps: () => ['ZAP = "https://hooks.zapier.com/hooks/catch/<id>/<hook>/"']
        }
    }),
    kv({
        id: 'line-channel-access-token',
        title: 'LINE channel access token or secret',
        provider: 'LINE',
        context: 'line[_.-]?(?:channel|bot|messaging)',
        value: '[A-Za-z0-9+/]{150,180}=|[0-9a-f]{32}',
        keywords: ['line_channel', 'line-channel', 'linechannel', 'line_bot', 'line_messaging'],
        after: 260,
        gen: s => `${s.b64(171)}=`,
        miss: s => [`${s.b64(40)}=`],
        name: 'LINE_CHANNEL_ACCESS_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'twitch-client-secret',
        title: 'Twitch client secret or OAuth token',
        provider: 'Twitch',
        context: 'twitch',
        value: '(?:oauth:)?[a-z0-9]{30}',
        keywords: ['twitch'],
        gen: s => s.lowerAlnum(30),
        name: 'TWITCH_CLIENT_SECRET',
        entropy: 3.5
    }),
    tok({
        id: 'facebook-access-token',
        title: 'Facebook (Meta) access token',
        provider: 'Meta',
        re: 'EAA[A-Z][A-Za-z0-9]{80,255}',
        // `eaa` alone is in every other base64 blob: the service or the parameter name anchors it.
        keywords: ['facebook', 'fb_', 'fb-', 'access_token', 'graph.'],
        before: 200,
        after: 300,
        gen: s => `EAAC${s.alnum(180)}`,
        miss: s => [`EAAC${s.alnum(40)}`],
        name: 'FB_ACCESS_TOKEN',
        entropy: 4.5
    }),
    kv({
        id: 'facebook-app-secret',
        title: 'Facebook (Meta) app secret',
        provider: 'Meta',
        context: '(?:facebook|fb)[\\w.-]{0,12}?(?:secret|key)|meta[_.-]?app[_.-]?secret',
        value: '[0-9a-f]{32}',
        keywords: ['facebook', 'fb_', 'fb-', 'meta_app', 'meta-app', 'meta_secret'],
        gen: s => s.hex(32),
        name: 'FACEBOOK_APP_SECRET'
    }),
    tok({
        id: 'instagram-access-token',
        title: 'Instagram access token',
        provider: 'Instagram',
        re: 'IG(?:QV|AA)[A-Za-z0-9_-]{100,300}',
        keywords: ['igqv', 'igaa'],
        after: 320,
        gen: s => `IGQV${s.url(160)}`,
        miss: s => [`IGQV${s.url(40)}`],
        name: 'INSTAGRAM_ACCESS_TOKEN',
        entropy: 4.5
    }),
    tok({
        id: 'twitter-bearer-token',
        title: 'X (Twitter) app-only bearer token',
        provider: 'X (Twitter)',
        re: 'A{22}[A-Za-z0-9%]{80,120}',
        keywords: ['aaaaaaaaaaaaaaaaaaaaaa'],
        after: 150,
        gen: s => `${'A'.repeat(22)}${s.alnum(40)}%3D${s.alnum(50)}`,
        miss: s => [`${'A'.repeat(22)}${s.alnum(30)}`],
        validate: v => /[0-9]/.test(v) && /[a-z]/.test(v) && (0,heuristics/* shannonEntropy */.ly)(v.slice(22)) > 3.5,
        name: 'TWITTER_BEARER_TOKEN'
    }),
    kv({
        id: 'twitter-api-secret',
        title: 'X (Twitter) API secret or access token secret',
        provider: 'X (Twitter)',
        context: '(?:twitter|tweepy)[\\w.-]{0,20}?secret|consumer[_.-]?secret',
        value: '[A-Za-z0-9]{45,50}',
        keywords: ['twitter', 'tweepy', 'consumer_secret', 'consumer-secret', 'consumersecret'],
        gen: s => s.alnum(50),
        miss: s => [s.alnum(30)],
        name: 'TWITTER_CONSUMER_SECRET',
        entropy: 4
    }),
    kv({
        id: 'reddit-client-secret',
        title: 'Reddit app client secret',
        provider: 'Reddit',
        context: 'reddit[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9_-]{27,30}',
        keywords: ['reddit'],
        gen: s => s.url(27),
        miss: s => [s.url(12)],
        name: 'REDDIT_CLIENT_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'zoom-client-secret',
        title: 'Zoom app client secret',
        provider: 'Zoom',
        context: 'zoom[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9]{32}',
        keywords: ['zoom'],
        gen: s => s.alnum(32),
        name: 'ZOOM_CLIENT_SECRET',
        entropy: 3.5
    }),
    tok({
        id: 'twitch-stream-key',
        title: 'Twitch stream key',
        provider: 'Twitch',
        re: 'live_[0-9]{6,12}_[A-Za-z0-9]{30}',
        keywords: ['live_'],
        gen: s => `live_${s.digits(9)}_${s.alnum(30)}`,
        name: 'STREAM_KEY',
        entropy: 3.5
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/cloud.ts

/** Cloud, hosting and infrastructure platforms. */
const CLOUD_RULES = [
    ...[
        ['dop_v1_', 'digitalocean-pat', 'DigitalOcean personal access token'],
        ['doo_v1_', 'digitalocean-oauth-token', 'DigitalOcean OAuth token'],
        ['dor_v1_', 'digitalocean-refresh-token', 'DigitalOcean refresh token']
    ].map(([prefix, id, title]) => prefixed(id, title, 'DigitalOcean', `${prefix}${hexId(64)}`, {
        keywords: [prefix],
        after: 76,
        validate: minEntropy(3),
        samples: {
            tps: s => [`DIGITALOCEAN_TOKEN = "${prefix}${s.hex(64)}"`],
            fps: s => [`DIGITALOCEAN_TOKEN = "${prefix}${s.hex(63)}"`]
        }
    })),
    assigned('heroku-api-key', 'Heroku API key', 'Heroku', 'heroku', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', {
        keywords: ['heroku'],
        validate: minEntropy(3),
        samples: {
            tps: s => [`HEROKU_API_KEY = "${s.uuid()}"`],
            fps: s => [
                `HEROKU_APP_NAME = "app-${s.lower(8)}"`,
                `HEROKU_API_KEY = "${s.uuid().slice(0, 30)}"`
            ]
        }
    }),
    prefixed('heroku-api-key-v2', 'Heroku API key', 'Heroku', 'HRKU-AA[\\w-]{58}', {
        keywords: ['hrku-aa'],
        after: 70,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`HEROKU = "HRKU-AA${s.url(58)}"`],
            fps: s => [`HEROKU = "HRKU-AA${s.url(50)}"`]
        }
    }),
    prefixed('fly-access-token', 'Fly.io access token', 'Fly.io', 'fo1_[\\w-]{43}', {
        keywords: ['fo1_'],
        after: 50,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`FLY = "fo1_${s.url(43)}"`],
            fps: s => [`FLY = "fo1_${s.url(42)}"`]
        }
    }),
    prefixed('planetscale-token', 'PlanetScale token or password', 'PlanetScale', 'pscale_(?:pw|tkn|oauth)_[\\w.=-]{32,64}', {
        keywords: ['pscale_pw_', 'pscale_tkn_', 'pscale_oauth_'],
        after: 80,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`PSCALE = "pscale_pw_${s.url(43)}"`],
            fps: s => [`PSCALE = "pscale_pw_${s.url(20)}"`]
        }
    }),
    prefixed('pulumi-access-token', 'Pulumi access token', 'Pulumi', `pul-${hexId(40)}`, {
        keywords: ['pul-'],
        after: 46,
        validate: minEntropy(3),
        samples: {
            tps: s => [`PULUMI_ACCESS_TOKEN = "pul-${s.hex(40)}"`],
            fps: s => [`PULUMI_ACCESS_TOKEN = "pul-${s.hex(39)}"`]
        }
    }),
    prefixed('terraform-cloud-token', 'Terraform Cloud / HCP token', 'HashiCorp', '[A-Za-z0-9]{14}\\.atlasv1\\.[\\w=-]{60,70}', {
        keywords: ['.atlasv1.'],
        before: 16,
        after: 80,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`TFC = "${s.alnum(14)}.atlasv1.${s.url(67)}"`],
            fps: s => [`TFC = "${s.alnum(14)}.atlasv1.${s.url(40)}"`]
        }
    }),
    prefixed('vault-service-token', 'HashiCorp Vault token', 'HashiCorp', '(?:hvs\\.[\\w-]{90,120}|hvb\\.[\\w-]{138,300})', {
        keywords: ['hvs.', 'hvb.'],
        after: 310,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`VAULT_TOKEN = "hvs.CAESI${s.url(91)}"`],
            fps: s => [`VAULT_TOKEN = "hvs.${s.url(24)}"`]
        }
    }),
    prefixed('doppler-token', 'Doppler token', 'Doppler', 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}', {
        keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
        after: 60,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`DOPPLER_TOKEN = "dp.pt.${s.alnum(43)}"`],
            fps: s => [`DOPPLER_TOKEN = "dp.pt.${s.alnum(30)}"`]
        }
    }),
    prefixed('databricks-token', 'Databricks access token', 'Databricks', `dapi${hexId(32)}(?:-\\d)?`, {
        keywords: ['dapi'],
        after: 40,
        validate: minEntropy(3),
        samples: {
            tps: s => [`DATABRICKS_TOKEN = "dapi${s.hex(32)}"`],
            fps: s => [`DATABRICKS_TOKEN = "dapi${s.hex(31)}"`]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/devops.ts

/** CI/CD, code quality, developer tooling, package hosting and secret managers. */
const DEVOPS_RULES = [
    // ── Code quality and security
    tok({
        id: 'sonarqube-token',
        title: 'SonarQube user, global or project analysis token',
        provider: 'SonarQube',
        re: 'sq[uap]_[0-9a-f]{40}',
        keywords: ['squ_', 'sqa_', 'sqp_'],
        gen: s => `squ_${s.hex(40)}`,
        name: 'SONAR_TOKEN'
    }),
    kv({
        id: 'sonarcloud-token',
        title: 'SonarQube Cloud token',
        provider: 'SonarQube',
        context: 'sonar[\\w.-]{0,12}?(?:token|login)',
        value: '[0-9a-f]{40}',
        keywords: ['sonar'],
        gen: s => s.hex(40),
        name: 'SONAR_TOKEN'
    }),
    kv({
        id: 'snyk-token',
        title: 'Snyk API token',
        provider: 'Snyk',
        context: 'snyk',
        value: UUID,
        keywords: ['snyk'],
        gen: s => s.uuid(),
        name: 'SNYK_TOKEN'
    }),
    kv({
        id: 'semgrep-app-token',
        title: 'Semgrep AppSec Platform token',
        provider: 'Semgrep',
        context: 'semgrep[\\w.-]{0,12}?token',
        value: '[0-9a-f]{64}',
        keywords: ['semgrep'],
        gen: s => s.hex(64),
        name: 'SEMGREP_APP_TOKEN'
    }),
    kv({
        id: 'gitguardian-api-key',
        title: 'GitGuardian API key',
        provider: 'GitGuardian',
        context: 'gitguardian',
        value: '[A-Za-z0-9]{64,71}',
        keywords: ['gitguardian'],
        gen: s => s.alnum(71),
        miss: s => [s.alnum(40)],
        name: 'GITGUARDIAN_API_KEY',
        entropy: 4
    }),
    kv({
        id: 'codecov-token',
        title: 'Codecov upload token',
        provider: 'Codecov',
        context: 'codecov',
        value: UUID,
        keywords: ['codecov'],
        gen: s => s.uuid(),
        name: 'CODECOV_TOKEN'
    }),
    kv({
        id: 'coveralls-repo-token',
        title: 'Coveralls repo token',
        provider: 'Coveralls',
        context: 'coveralls',
        value: '[A-Za-z0-9]{32,37}',
        keywords: ['coveralls'],
        gen: s => s.alnum(33),
        miss: s => [s.alnum(20)],
        name: 'COVERALLS_REPO_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'codacy-token',
        title: 'Codacy project or account token',
        provider: 'Codacy',
        context: 'codacy',
        value: '[0-9a-f]{32}|[A-Za-z0-9]{20}',
        keywords: ['codacy'],
        gen: s => s.hex(32),
        miss: s => [s.hex(16)],
        name: 'CODACY_PROJECT_TOKEN'
    }),
    // ── CI/CD
    tok({
        id: 'circleci-token',
        title: 'CircleCI personal or project API token',
        provider: 'CircleCI',
        re: 'CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[0-9a-f]{40}',
        keywords: ['ccipat_', 'cciprj_'],
        gen: s => `CCIPAT_${s.alnum(22)}_${s.hex(40)}`,
        name: 'CIRCLECI_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'circleci-token-legacy',
        title: 'CircleCI API token (legacy format)',
        provider: 'CircleCI',
        context: 'circle[_.-]?(?:ci)?[\\w.-]{0,12}?token',
        value: '[0-9a-f]{40}',
        keywords: ['circle'],
        gen: s => s.hex(40),
        name: 'CIRCLECI_TOKEN'
    }),
    tok({
        id: 'buildkite-api-token',
        title: 'Buildkite API access token',
        provider: 'Buildkite',
        re: 'bkua_[0-9a-f]{40}',
        keywords: ['bkua_'],
        gen: s => `bkua_${s.hex(40)}`,
        name: 'BUILDKITE_API_TOKEN'
    }),
    kv({
        id: 'buildkite-agent-token',
        title: 'Buildkite agent token',
        provider: 'Buildkite',
        context: 'buildkite[\\w.-]{0,12}?token',
        value: '[0-9a-f]{50}|bkct_[A-Za-z0-9]{40,60}',
        keywords: ['buildkite'],
        gen: s => s.hex(50),
        name: 'BUILDKITE_AGENT_TOKEN'
    }),
    kv({
        id: 'travis-ci-token',
        title: 'Travis CI API token',
        provider: 'Travis CI',
        context: 'travis',
        value: '[A-Za-z0-9_-]{22}',
        keywords: ['travis'],
        gen: s => s.url(22),
        name: 'TRAVIS_API_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'harness-token',
        title: 'Harness personal access or service account token',
        provider: 'Harness',
        re: '(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20}',
        keywords: ['pat.', 'sat.'],
        gen: s => `pat.${s.url(22)}.${s.hex(24)}.${s.alnum(20)}`,
        name: 'HARNESS_PLATFORM_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'octopus-deploy-api-key',
        title: 'Octopus Deploy API key',
        provider: 'Octopus Deploy',
        re: 'API-[A-Z0-9]{26,32}',
        keywords: ['api-'],
        gen: s => `API-${s.upperAlnum(27)}`,
        miss: s => [`API-${s.upperAlnum(20)}`, `API-${s.upper(27)}`],
        validate: v => /\d/.test(v.slice(4)) && /[A-Z]/.test(v.slice(4)),
        name: 'OCTOPUS_API_KEY'
    }),
    tok({
        id: 'teamcity-token',
        title: 'TeamCity access token',
        provider: 'TeamCity',
        re: 'eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48}',
        keywords: ['eyj0exaioiaivenwmij9'],
        after: 120,
        gen: s => `eyJ0eXAiOiAiVENWMiJ9.${s.url(36)}.${s.url(48)}`,
        name: 'TEAMCITY_TOKEN',
        entropy: 4,
        priority: 55
    }),
    kv({
        id: 'jenkins-api-token',
        title: 'Jenkins API token',
        provider: 'Jenkins',
        context: 'jenkins',
        value: `11[0-9a-f]{32}|${UUID}`,
        keywords: ['jenkins'],
        gen: s => `11${s.hex(32)}`,
        name: 'JENKINS_API_TOKEN'
    }),
    kv({
        id: 'drone-token',
        title: 'Drone CI token',
        provider: 'Drone',
        context: 'drone[\\w.-]{0,8}?token',
        value: '[A-Za-z0-9]{32}',
        keywords: ['drone'],
        gen: s => s.alnum(32),
        name: 'DRONE_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'bitrise-token',
        title: 'Bitrise access token',
        provider: 'Bitrise',
        context: 'bitrise',
        value: '[A-Za-z0-9_-]{86}',
        keywords: ['bitrise'],
        gen: s => s.url(86),
        name: 'BITRISE_TOKEN',
        entropy: 4
    }),
    // ── Testing services
    kv({
        id: 'cypress-record-key',
        title: 'Cypress Cloud record key',
        provider: 'Cypress',
        context: 'cypress',
        value: UUID,
        keywords: ['cypress'],
        gen: s => s.uuid(),
        name: 'CYPRESS_RECORD_KEY'
    }),
    kv({
        id: 'browserstack-access-key',
        title: 'BrowserStack access key',
        provider: 'BrowserStack',
        context: 'browserstack',
        value: '[A-Za-z0-9]{20}',
        keywords: ['browserstack'],
        gen: s => s.alnum(20),
        name: 'BROWSERSTACK_ACCESS_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'saucelabs-access-key',
        title: 'Sauce Labs access key',
        provider: 'Sauce Labs',
        context: 'sauce',
        value: UUID,
        keywords: ['sauce'],
        gen: s => s.uuid(),
        name: 'SAUCE_ACCESS_KEY'
    }),
    kv({
        id: 'lambdatest-access-key',
        title: 'LambdaTest access key',
        provider: 'LambdaTest',
        context: 'lambdatest|lt[_.-]access[_.-]key',
        value: '[A-Za-z0-9]{50}',
        keywords: ['lambdatest', 'lt_access', 'lt-access'],
        gen: s => s.alnum(50),
        name: 'LT_ACCESS_KEY',
        entropy: 4
    }),
    kv({
        id: 'percy-token',
        title: 'Percy project token',
        provider: 'Percy',
        context: 'percy',
        value: '(?:web_|app_|auto_)?[0-9a-f]{64}',
        keywords: ['percy'],
        gen: s => `web_${s.hex(64)}`,
        name: 'PERCY_TOKEN'
    }),
    // ── Forges and dev tools
    tok({
        id: 'bitbucket-app-password',
        title: 'Bitbucket app password',
        provider: 'Bitbucket',
        re: 'ATBB[A-Za-z0-9_=.-]{32}',
        keywords: ['atbb'],
        gen: s => `ATBB${s.alnum(24)}${s.HEX(8)}`,
        name: 'BITBUCKET_APP_PASSWORD',
        entropy: 3.5
    }),
    tok({
        id: 'bitbucket-data-center-token',
        title: 'Bitbucket Data Center HTTP access token',
        provider: 'Bitbucket',
        re: 'BBDC-[A-Za-z0-9+/@_-]{44}',
        keywords: ['bbdc-'],
        gen: s => `BBDC-${s.b64(44)}`,
        name: 'BITBUCKET_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'gitea-token',
        title: 'Gitea or Forgejo access token',
        provider: 'Gitea',
        context: 'gitea|forgejo|codeberg',
        value: '[0-9a-f]{40}',
        keywords: ['gitea', 'forgejo', 'codeberg'],
        gen: s => s.hex(40),
        name: 'GITEA_TOKEN'
    }),
    tok({
        id: 'sourcegraph-token',
        title: 'Sourcegraph access token',
        provider: 'Sourcegraph',
        re: 'sgp_(?:[0-9a-f]{16}_|local_)?[0-9a-f]{40}',
        keywords: ['sgp_'],
        gen: s => `sgp_${s.hex(16)}_${s.hex(40)}`,
        name: 'SRC_ACCESS_TOKEN'
    }),
    tok({
        id: 'youtrack-token',
        title: 'YouTrack / Hub permanent token',
        provider: 'JetBrains',
        re: 'perm[:-][A-Za-z0-9+/=]{4,40}\\.[A-Za-z0-9+/=]{4,40}\\.[A-Za-z0-9]{30}',
        keywords: ['perm:', 'perm-'],
        gen: s => `perm:${s.base64(s.lower(6))}.${s.base64(`${s.digits(2)}-${s.digits(1)}`)}.${s.alnum(30)}`,
        miss: s => [`perm:${s.base64(s.lower(6))}.${s.base64('44-2')}.${s.alnum(20)}`],
        name: 'YOUTRACK_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'wakatime-api-key',
        title: 'WakaTime API key',
        provider: 'WakaTime',
        re: 'waka_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['waka_'],
        gen: s => `waka_${s.uuid()}`,
        name: 'WAKATIME_API_KEY'
    }),
    tok({
        id: 'readme-api-key',
        title: 'ReadMe API key',
        provider: 'ReadMe',
        re: 'rdme_[a-z0-9]{70}',
        keywords: ['rdme_'],
        gen: s => `rdme_${s.lowerAlnum(70)}`,
        name: 'README_API_KEY'
    }),
    kv({
        id: 'expo-access-token',
        title: 'Expo access token',
        provider: 'Expo',
        context: 'expo[_.-]?token',
        value: '[A-Za-z0-9_-]{40}',
        keywords: ['expo_token', 'expo-token', 'expotoken'],
        gen: s => s.url(40),
        name: 'EXPO_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'prefect-api-key',
        title: 'Prefect Cloud API key',
        provider: 'Prefect',
        re: 'pn[ub]_[A-Za-z0-9]{36}',
        keywords: ['pnu_', 'pnb_'],
        gen: s => `pnu_${s.alnum(36)}`,
        name: 'PREFECT_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'dbt-cloud-token',
        title: 'dbt Cloud service or personal token',
        provider: 'dbt Cloud',
        re: 'dbt[cu]_[A-Za-z0-9_-]{40,80}',
        keywords: ['dbtc_', 'dbtu_'],
        gen: s => `dbtc_${s.url(56)}`,
        miss: s => [`dbtc_${s.url(20)}`],
        name: 'DBT_CLOUD_API_TOKEN',
        entropy: 3.5
    }),
    // ── Networking
    tok({
        id: 'tailscale-key',
        title: 'Tailscale auth, API or OAuth client key',
        provider: 'Tailscale',
        re: 'tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,64}',
        keywords: ['tskey-'],
        gen: s => `tskey-auth-k${s.alnum(11)}-${s.alnum(33)}`,
        miss: s => [`tskey-auth-k${s.alnum(11)}-${s.alnum(10)}`],
        name: 'TS_AUTHKEY',
        entropy: 3.5
    }),
    kv({
        id: 'ngrok-authtoken',
        title: 'ngrok authtoken or API key',
        provider: 'ngrok',
        context: 'ngrok',
        value: '[0-9A-Za-z]{26,28}_[0-9A-Za-z]{20,22}',
        keywords: ['ngrok'],
        gen: s => `${s.alnum(27)}_${s.alnum(21)}`,
        miss: s => [`${s.alnum(27)}_${s.alnum(10)}`],
        name: 'NGROK_AUTHTOKEN',
        entropy: 3.5
    }),
    // ── Secret managers
    kv({
        id: 'bitwarden-access-token',
        title: 'Bitwarden Secrets Manager access token',
        provider: 'Bitwarden',
        context: 'bws|bitwarden',
        value: `0\\.${UUID}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==`,
        keywords: ['bws', 'bitwarden'],
        gen: s => `0.${s.uuid()}.${s.alnum(30)}:${s.b64(22)}==`,
        name: 'BWS_ACCESS_TOKEN',
        confidence: 'high',
        entropy: 4
    }),
    kv({
        id: 'infisical-token',
        title: 'Infisical service token or client secret',
        provider: 'Infisical',
        context: 'infisical',
        value: 'st\\.[0-9a-f-]{36}\\.[0-9a-f]{32}\\.[0-9a-f]{32}|[0-9a-f]{64}',
        keywords: ['infisical'],
        gen: s => s.hex(64),
        name: 'INFISICAL_CLIENT_SECRET'
    }),
    tok({
        id: 'onepassword-secret-key',
        title: '1Password account Secret Key',
        provider: '1Password',
        re: 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
        keywords: ['a3-'],
        gen: s => `A3-${s.upperAlnum(6)}-${s.upperAlnum(6)}-${s.upperAlnum(5)}-${s.upperAlnum(5)}-${s.upperAlnum(5)}-${s.upperAlnum(5)}`,
        name: 'OP_SECRET_KEY',
        severity: 'critical'
    }),
    // ── Package hosting
    tok({
        id: 'artifactory-api-key',
        title: 'JFrog Artifactory API key',
        provider: 'JFrog',
        re: 'AKCp[A-Za-z0-9]{69}',
        keywords: ['akcp'],
        gen: s => `AKCp${s.alnum(69)}`,
        name: 'ARTIFACTORY_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'artifactory-reference-token',
        title: 'JFrog Artifactory reference token',
        provider: 'JFrog',
        re: 'cmVmdGtuOjAxOj[A-Za-z0-9]{50}',
        keywords: ['cmvmdgtuojaxoj'],
        gen: s => `cmVmdGtuOjAxOj${s.alnum(50)}`,
        name: 'JFROG_ACCESS_TOKEN',
        validation: 'structure',
        entropy: 4
    }),
    kv({
        id: 'cloudsmith-api-key',
        title: 'Cloudsmith API key',
        provider: 'Cloudsmith',
        context: 'cloudsmith',
        value: '[0-9a-f]{40}',
        keywords: ['cloudsmith'],
        gen: s => s.hex(40),
        name: 'CLOUDSMITH_API_KEY'
    }),
    tok({
        id: 'nuget-api-key',
        title: 'NuGet API key',
        provider: 'NuGet',
        re: 'oy2[a-z0-9]{43}',
        keywords: ['oy2'],
        gen: s => `oy2${s.lowerAlnum(43)}`,
        name: 'NUGET_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'crates-io-token',
        title: 'crates.io API token',
        provider: 'crates.io',
        re: 'cio[A-Za-z0-9]{32}',
        keywords: ['cio'],
        gen: s => `cio${s.alnum(32)}`,
        // All-letter runs after `cio` are words (`ciocalteu…`), not tokens.
        validate: v => /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v.slice(3)),
        name: 'CARGO_REGISTRY_TOKEN'
    }),
    kv({
        id: 'gemfury-token',
        title: 'Gemfury push or deploy token',
        provider: 'Gemfury',
        context: 'gemfury|fury[_.-]?(?:push|deploy|token)',
        value: '[A-Za-z0-9_-]{20,40}',
        keywords: ['gemfury', 'fury_', 'fury-'],
        gen: s => s.url(22),
        miss: s => [s.url(12)],
        name: 'GEMFURY_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'anaconda-token',
        title: 'Anaconda.org token',
        provider: 'Anaconda',
        context: 'anaconda',
        value: '[A-Za-z0-9-]{30,40}',
        keywords: ['anaconda'],
        gen: s => s.alnum(34),
        miss: s => [s.alnum(16)],
        name: 'ANACONDA_API_TOKEN',
        entropy: 3.5
    })
];

// EXTERNAL MODULE: ./src/secrets/generic.ts
var generic = __webpack_require__(97200);
;// CONCATENATED MODULE: ./src/secrets/rules/generic.ts

/** The generic assignment detector (`src/secrets/generic.ts`); the lowest priority of all. */
const GENERIC_RULES = [
    {
        id: 'generic-secret-assignment',
        title: 'Hard-coded secret in an assignment',
        provider: 'generic',
        keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred'],
        find: generic/* findGenericAssignments */.B5,
        before: 80,
        after: 260,
        confidence: 'medium',
        severity: 'medium',
        validation: 'entropy',
        priority: 0,
        samples: {
            tps: s => [
                `DB_PASSWORD = "${s.alnum(10)}#${s.alnum(5)}"`,
                `client_secret: "${s.alnum(12)}!${s.alnum(6)}"`
            ],
            fps: () => [
                'password = "<your-password-here>"',
                'api_key = "${API_KEY}"',
                'DB_PASSWORD = os.environ["DB_PASSWORD"]',
                'SECRET_KEY = "changeme"'
            ]
        }
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/google.ts


/** Google and Google Cloud. */
const GOOGLE_RULES = [
    prefixed('google-api-key', 'Google API key', 'Google', 'AIza[\\w-]{35}', {
        keywords: ['aiza'],
        after: 42,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`GOOGLE_API_KEY = "AIza${s.url(35)}"`],
            fps: s => [`GOOGLE_API_KEY = "AIza${s.url(20)}"`, `GOOGLE_API_KEY = "AIza${s.url(36)}"`]
        }
    }),
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service account key (JSON)',
        provider: 'Google Cloud',
        keywords: ['service_account'],
        find: gcpServiceAccount,
        before: 4096,
        after: 8192,
        multiline: true,
        confidence: 'high',
        severity: 'critical',
        validation: 'structure',
        priority: 90,
        samples: {
            tps: (s) => {
                const key = `-----BEGIN PRIVATE KEY-----\\nMIIE${s.pemBody(12).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
                return [
                    `{\n  "type": "service_account",\n  "project_id": "proj-${s.lower(6)}",\n  "private_key_id": "${s.hex(40)}",\n  "private_key": "${key}",\n  "client_email": "svc@proj-${s.lower(6)}.iam.gserviceaccount.com"\n}`
                ];
            },
            fps: (s) => [
                // An authorized-user file has no private key.
                `{\n  "type": "service_account",\n  "project_id": "proj-${s.lower(6)}",\n  "client_email": "svc@proj.iam.gserviceaccount.com"\n}`
            ]
        }
    },
    prefixed('google-oauth-client-secret', 'Google OAuth client secret', 'Google', 'GOCSPX-[\\w-]{28}', {
        keywords: ['gocspx-'],
        after: 38,
        validate: minEntropy(3),
        samples: {
            tps: s => [`client_secret = "GOCSPX-${s.url(28)}"`],
            fps: s => [`client_secret = "GOCSPX-${s.url(27)}"`]
        }
    }),
    prefixed('google-oauth-access-token', 'Google OAuth access token', 'Google', 'ya29\\.[\\w-]{60,300}', {
        keywords: ['ya29.'],
        after: 310,
        confidence: 'medium',
        validate: minEntropy(4),
        samples: {
            tps: s => [`access = "ya29.a0${s.url(120)}"`],
            fps: s => [`access = "ya29.a0${s.url(40)}"`]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/hosting.ts


/** IBM COS HMAC keys come as a JSON pair; the secret is 48 hex next to a 32-hex key id. */
const COS_SECRET = '[0-9a-f]{48}';
/** Edge, hosting, cloud platforms and managed databases. */
const HOSTING_RULES = [
    // ── Cloudflare: scannable API credentials (prefix + 40 + checksum), Origin CA keys, legacy.
    tok({
        id: 'cloudflare-api-token',
        title: 'Cloudflare API token or global API key',
        provider: 'Cloudflare',
        re: 'cf(?:k|ut|at)_[A-Za-z0-9]{40}[A-Za-z0-9]{6,10}',
        keywords: ['cfk_', 'cfut_', 'cfat_'],
        gen: s => `cfut_${s.alnum(40)}${s.alnum(8)}`,
        miss: s => [`cfut_${s.alnum(30)}`],
        name: 'CLOUDFLARE_API_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'cloudflare-origin-ca-key',
        title: 'Cloudflare Origin CA key',
        provider: 'Cloudflare',
        re: 'v1\\.0-[0-9a-f]{24}-[0-9a-f]{146}',
        keywords: ['v1.0-'],
        after: 190,
        gen: s => `v1.0-${s.hex(24)}-${s.hex(146)}`,
        name: 'CF_ORIGIN_CA_KEY'
    }),
    kv({
        id: 'cloudflare-global-api-key',
        title: 'Cloudflare global API key (legacy)',
        provider: 'Cloudflare',
        context: 'cloudflare|cf[_.-]?(?:api[_.-]?)?key|x-auth-key',
        value: '[0-9a-f]{37}',
        keywords: ['cloudflare', 'cf_api_key', 'cf_key', 'cf-api-key', 'x-auth-key', 'cfapikey'],
        gen: s => s.hex(37),
        name: 'CLOUDFLARE_GLOBAL_KEY'
    }),
    kv({
        id: 'cloudflare-api-token-legacy',
        title: 'Cloudflare API token (legacy format)',
        provider: 'Cloudflare',
        context: 'cloudflare|cf[_.-]?api[_.-]?token',
        value: '[A-Za-z0-9_-]{40}',
        keywords: ['cloudflare', 'cf_api_token', 'cf-api-token'],
        gen: s => s.url(40),
        name: 'CLOUDFLARE_API_TOKEN',
        entropy: 3.5
    }),
    // ── Platforms
    kv({
        id: 'vercel-token',
        title: 'Vercel access token',
        provider: 'Vercel',
        context: 'vercel',
        value: '[A-Za-z0-9]{24}',
        keywords: ['vercel'],
        gen: s => s.alnum(24),
        name: 'VERCEL_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'netlify-pat',
        title: 'Netlify personal access token',
        provider: 'Netlify',
        re: 'nfp_[A-Za-z0-9]{36}',
        keywords: ['nfp_'],
        gen: s => `nfp_${s.alnum(36)}`,
        name: 'NETLIFY_AUTH_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'netlify-token-legacy',
        title: 'Netlify access token (legacy format)',
        provider: 'Netlify',
        context: 'netlify',
        value: '[A-Za-z0-9_-]{43,45}',
        keywords: ['netlify'],
        gen: s => s.url(43),
        miss: s => [s.url(30)],
        name: 'NETLIFY_AUTH_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'render-api-key',
        title: 'Render API key',
        provider: 'Render',
        re: 'rnd_[A-Za-z0-9]{32}',
        keywords: ['rnd_'],
        gen: s => `rnd_${s.alnum(32)}`,
        name: 'RENDER_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'railway-token',
        title: 'Railway API token',
        provider: 'Railway',
        context: 'railway',
        value: UUID,
        keywords: ['railway'],
        gen: s => s.uuid(),
        name: 'RAILWAY_TOKEN'
    }),
    tok({
        id: 'deno-deploy-token',
        title: 'Deno Deploy access token',
        provider: 'Deno Deploy',
        re: 'dd[pw]_[A-Za-z0-9]{36}',
        keywords: ['ddp_', 'ddw_'],
        gen: s => `ddp_${s.alnum(36)}`,
        name: 'DENO_DEPLOY_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'supabase-access-token',
        title: 'Supabase personal access token',
        provider: 'Supabase',
        re: 'sbp_[0-9a-f]{40}',
        keywords: ['sbp_'],
        gen: s => `sbp_${s.hex(40)}`,
        name: 'SUPABASE_ACCESS_TOKEN'
    }),
    tok({
        id: 'supabase-secret-key',
        title: 'Supabase secret API key',
        provider: 'Supabase',
        re: 'sb_secret_[A-Za-z0-9_-]{20,64}',
        keywords: ['sb_secret_'],
        gen: s => `sb_secret_${s.url(31)}`,
        miss: s => [`sb_secret_${s.url(12)}`],
        name: 'SUPABASE_SECRET_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'supabase-service-role-key',
        title: 'Supabase service role key',
        provider: 'Supabase',
        context: 'supabase[\\w.-]{0,20}?(?:service|secret)',
        value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,600}\\.[\\w-]{20,120}',
        keywords: ['supabase'],
        gen: s => s.jwt({ iss: 'supabase', ref: s.lower(20), role: 'service_role', iat: 1700000000 }),
        miss: s => [s.jwt({ iss: 'supabase', role: 'service_role' }).slice(0, 30)],
        name: 'SUPABASE_SERVICE_ROLE_KEY',
        after: 1600,
        entropy: 4
    }),
    tok({
        id: 'neon-api-key',
        title: 'Neon API key',
        provider: 'Neon',
        re: 'napi_[a-z0-9]{64}',
        keywords: ['napi_'],
        gen: s => `napi_${s.lowerAlnum(64)}`,
        name: 'NEON_API_KEY'
    }),
    kv({
        id: 'fastly-api-token',
        title: 'Fastly API token',
        provider: 'Fastly',
        context: 'fastly',
        value: '[A-Za-z0-9_-]{32}',
        keywords: ['fastly'],
        gen: s => s.url(32),
        name: 'FASTLY_API_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'akamai-edgegrid-token',
        title: 'Akamai EdgeGrid client or access token',
        provider: 'Akamai',
        re: 'akab-[a-z0-9]{16}-[a-z0-9]{16}',
        keywords: ['akab-'],
        gen: s => `akab-${s.lowerAlnum(16)}-${s.lowerAlnum(16)}`,
        name: 'client_token',
        severity: 'medium'
    }),
    kv({
        id: 'akamai-edgegrid-client-secret',
        title: 'Akamai EdgeGrid client secret',
        provider: 'Akamai',
        context: 'client_secret',
        value: '[A-Za-z0-9+/]{43}=',
        keywords: ['client_secret'],
        gen: s => `${s.b64(43)}=`,
        name: 'client_secret',
        // An .edgerc section: the client secret sits next to its akab- client and access tokens.
        validate: (v, ctx) => (0,heuristics/* shannonEntropy */.ly)(v) > 4 &&
            ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400).includes('akab-'),
        tps: s => [
            `[default]\nclient_secret = ${s.b64(43)}=\nhost = akab-${s.lowerAlnum(16)}-${s.lowerAlnum(16)}.luna.akamaiapis.net`
        ]
    }),
    // ── Other clouds
    tok({
        id: 'alibaba-access-key-id',
        title: 'Alibaba Cloud AccessKey ID',
        provider: 'Alibaba Cloud',
        re: 'LTAI[A-Za-z0-9]{12,20}',
        keywords: ['ltai'],
        gen: s => `LTAI${s.alnum(20)}`,
        miss: s => [`LTAI${s.alnum(8)}`],
        name: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
        confidence: 'medium'
    }),
    kv({
        id: 'alibaba-access-key-secret',
        title: 'Alibaba Cloud AccessKey secret',
        provider: 'Alibaba Cloud',
        context: 'ali(?:baba|yun|cloud)[\\w.-]{0,25}?secret|access_key_secret',
        value: '[A-Za-z0-9]{30}',
        keywords: ['alibaba', 'aliyun', 'alicloud', 'access_key_secret'],
        gen: s => s.alnum(30),
        name: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
        entropy: 3.5
    }),
    tok({
        id: 'tencent-secret-id',
        title: 'Tencent Cloud SecretId',
        provider: 'Tencent Cloud',
        re: 'AKID[A-Za-z0-9]{32}',
        keywords: ['akid'],
        gen: s => `AKID${s.alnum(32)}`,
        name: 'TENCENTCLOUD_SECRET_ID',
        confidence: 'medium',
        entropy: 3.5
    }),
    kv({
        id: 'tencent-secret-key',
        title: 'Tencent Cloud SecretKey',
        provider: 'Tencent Cloud',
        context: 'tencent[\\w.-]{0,25}?(?:secret|key)',
        value: '[A-Za-z0-9]{32}',
        keywords: ['tencent'],
        gen: s => s.alnum(32),
        name: 'TENCENTCLOUD_SECRET_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'yandex-cloud-api-key',
        title: 'Yandex Cloud API key',
        provider: 'Yandex Cloud',
        re: 'AQVN[A-Za-z0-9_-]{35,38}',
        keywords: ['aqvn'],
        gen: s => `AQVN${s.url(36)}`,
        miss: s => [`AQVN${s.url(20)}`],
        name: 'YC_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'yandex-cloud-iam-token',
        title: 'Yandex Cloud IAM token',
        provider: 'Yandex Cloud',
        re: 't1\\.[A-Za-z0-9_-]{20,100}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
        keywords: ['t1.'],
        after: 220,
        gen: s => `t1.${s.url(60)}.${s.url(86)}`,
        miss: s => [`t1.${s.url(60)}.${s.url(40)}`],
        name: 'YC_IAM_TOKEN',
        entropy: 4
    }),
    tok({
        id: 'scaleway-access-key',
        title: 'Scaleway access key',
        provider: 'Scaleway',
        re: 'SCW[A-Z0-9]{17}',
        keywords: ['scw'],
        gen: s => `SCW${s.upperAlnum(17)}`,
        name: 'SCW_ACCESS_KEY',
        confidence: 'medium'
    }),
    kv({
        id: 'scaleway-secret-key',
        title: 'Scaleway secret key',
        provider: 'Scaleway',
        context: 'scw[_.-]?secret|scaleway',
        value: UUID,
        keywords: ['scw_secret', 'scw-secret', 'scaleway'],
        gen: s => s.uuid(),
        name: 'SCW_SECRET_KEY'
    }),
    kv({
        id: 'linode-token',
        title: 'Linode (Akamai Cloud) personal access token',
        provider: 'Linode',
        context: 'linode',
        value: '[0-9a-f]{64}',
        keywords: ['linode'],
        gen: s => s.hex(64),
        name: 'LINODE_TOKEN'
    }),
    kv({
        id: 'vultr-api-key',
        title: 'Vultr API key',
        provider: 'Vultr',
        context: 'vultr',
        value: '[A-Z0-9]{36}',
        keywords: ['vultr'],
        gen: s => s.upperAlnum(36),
        name: 'VULTR_API_KEY',
        validate: upperAlnum(3)
    }),
    kv({
        id: 'hetzner-cloud-token',
        title: 'Hetzner Cloud API token',
        provider: 'Hetzner',
        context: 'hcloud|hetzner',
        value: '[A-Za-z0-9]{64}',
        keywords: ['hcloud', 'hetzner'],
        gen: s => s.alnum(64),
        name: 'HCLOUD_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'ovh-application-secret',
        title: 'OVHcloud application secret or consumer key',
        provider: 'OVHcloud',
        context: 'ovh[\\w.-]{0,20}?(?:secret|consumer)',
        value: '[A-Za-z0-9]{32}',
        keywords: ['ovh'],
        gen: s => s.alnum(32),
        name: 'OVH_APPLICATION_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'ibm-cloud-iam-api-key',
        title: 'IBM Cloud IAM API key',
        provider: 'IBM Cloud',
        context: 'ibm[\\w.-]{0,25}?(?:api[_.-]?key|iam)|iam[_.-]?api[_.-]?key|ic_api_key|bluemix',
        value: '[A-Za-z0-9_-]{44}',
        keywords: ['ibm', 'iam_api', 'iam-api', 'iamapi', 'ic_api_key', 'bluemix'],
        gen: s => s.url(44),
        name: 'IBMCLOUD_API_KEY',
        entropy: 3.5
    }),
    rule('ibm-cos-hmac-secret', 'IBM Cloud Object Storage HMAC secret', 'IBM Cloud', `"secret_access_key"\\s*:\\s*"(?<secret>${COS_SECRET})"`, {
        keywords: ['cos_hmac_keys', 'secret_access_key'],
        before: 400,
        after: 400,
        multiline: true,
        validation: 'context',
        validate: (secret, ctx) => /cos_hmac_keys|"access_key_id"\s*:\s*"[0-9a-f]{32}"/.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400)),
        samples: {
            tps: s => [
                `{\n  "cos_hmac_keys": {\n    "access_key_id": "${s.hex(32)}",\n    "secret_access_key": "${s.hex(48)}"\n  }\n}`
            ],
            fps: s => [`{"secret_access_key": "${s.hex(48)}"}`]
        }
    }),
    kv({
        id: 'softlayer-api-key',
        title: 'IBM SoftLayer API key',
        provider: 'SoftLayer',
        context: 'softlayer|sl[_.-]api[_.-]?key',
        value: '[0-9a-f]{64}',
        keywords: ['softlayer', 'sl_api', 'sl-api', 'sl.api'],
        gen: s => s.hex(64),
        name: 'SOFTLAYER_API_KEY'
    }),
    tok({
        id: 'exoscale-api-key',
        title: 'Exoscale API key',
        provider: 'Exoscale',
        re: 'EXO[0-9a-f]{24}',
        keywords: ['exo'],
        gen: s => `EXO${s.hex(24)}`,
        name: 'EXOSCALE_API_KEY',
        confidence: 'medium'
    }),
    kv({
        id: 'backblaze-application-key',
        title: 'Backblaze B2 application key',
        provider: 'Backblaze',
        context: 'b2[_.-]?(?:app(?:lication)?[_.-]?key|secret)|backblaze',
        value: 'K[0-9]{3}[A-Za-z0-9+/]{27}',
        keywords: ['b2_app', 'b2_application', 'b2-app', 'b2_secret', 'backblaze'],
        gen: s => `K00${s.digits(1)}${s.alnum(27)}`,
        name: 'B2_APPLICATION_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'digitalocean-spaces-key',
        title: 'DigitalOcean Spaces access key',
        provider: 'DigitalOcean',
        re: 'DO00[A-Z0-9]{16}',
        keywords: ['do00'],
        gen: s => `DO00${s.upperAlnum(16)}`,
        name: 'SPACES_ACCESS_KEY_ID',
        confidence: 'medium'
    }),
    rule('cloudinary-url', 'Cloudinary URL with API secret', 'Cloudinary', 'cloudinary://[0-9]{10,20}:(?<secret>[A-Za-z0-9_-]{25,32})@[a-z0-9_-]{2,64}', {
        keywords: ['cloudinary://'],
        after: 140,
        validation: 'context',
        samples: {
            tps: s => [`CLOUDINARY_URL=cloudinary://${s.digits(15)}:${s.url(27)}@demo-${s.lower(5)}`],
            fps: () => ['CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>']
        }
    }),
    tok({
        id: 'firebase-cloud-messaging-key',
        title: 'Firebase Cloud Messaging server key',
        provider: 'Firebase',
        re: 'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}',
        keywords: [':apa91b'],
        before: 12,
        after: 150,
        gen: s => `AAAA${s.url(7)}:APA91b${s.url(134)}`,
        name: 'FCM_SERVER_KEY',
        entropy: 4
    }),
    tok({
        id: 'mapbox-secret-token',
        title: 'Mapbox secret access token',
        provider: 'Mapbox',
        re: '[st]k\\.eyJ[A-Za-z0-9_-]{20,200}\\.[A-Za-z0-9_-]{22}',
        keywords: ['sk.eyj', 'tk.eyj'],
        after: 240,
        gen: s => `sk.${s.base64url(JSON.stringify({ u: s.lower(8), a: s.lowerAlnum(25) }))}.${s.url(22)}`,
        miss: s => [`sk.${s.base64url(JSON.stringify({ u: s.lower(8) }))}.${s.url(12)}`],
        name: 'MAPBOX_SECRET_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'upstash-redis-token',
        title: 'Upstash Redis REST token',
        provider: 'Upstash',
        context: 'upstash[\\w.-]{0,25}?token',
        value: 'A[A-Za-z0-9_=-]{50,120}',
        keywords: ['upstash'],
        gen: s => `A${s.url(60)}`,
        miss: s => [`A${s.url(20)}`],
        name: 'UPSTASH_REDIS_REST_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'fauna-secret',
        title: 'Fauna secret',
        provider: 'Fauna',
        context: 'fauna',
        value: 'fn[A-Za-z0-9_-]{38}',
        keywords: ['fauna'],
        gen: s => `fn${s.url(38)}`,
        name: 'FAUNA_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'mongodb-atlas-private-key',
        title: 'MongoDB Atlas API private key',
        provider: 'MongoDB Atlas',
        context: '(?:mongodb[_.-]?)?atlas[\\w.-]{0,20}?private',
        value: UUID,
        keywords: ['atlas'],
        gen: s => s.uuid(),
        name: 'MONGODB_ATLAS_PRIVATE_KEY'
    }),
    tok({
        id: 'clickhouse-cloud-api-secret',
        title: 'ClickHouse Cloud API key secret',
        provider: 'ClickHouse',
        re: '4b1d[A-Za-z0-9]{38}',
        keywords: ['4b1d'],
        gen: s => `4b1d${s.alnum(38)}`,
        // Lower-case hex after the prefix is a hash, not a ClickHouse secret.
        miss: s => [`4b1d${s.alnum(37)}`, `4b1d${s.hex(38)}`],
        validate: v => /[A-Z]/.test(v) && /[a-z]/.test(v.slice(4)) && !/^4b1d[0-9a-f]+$/.test(v),
        name: 'CLICKHOUSE_KEY_SECRET'
    }),
    kv({
        id: 'confluent-api-secret',
        title: 'Confluent Cloud API secret',
        provider: 'Confluent',
        context: 'confluent[\\w.-]{0,25}?secret|sasl[_.]?password|cloud[_.-]?api[_.-]?secret',
        value: '[A-Za-z0-9+/]{64}',
        keywords: ['confluent', 'sasl_password', 'sasl.password', 'cloud_api_secret'],
        gen: s => s.b64(64),
        name: 'CONFLUENT_API_SECRET',
        entropy: 4
    }),
    kv({
        id: 'aiven-token',
        title: 'Aiven API token',
        provider: 'Aiven',
        context: 'aiven',
        value: '[A-Za-z0-9+/]{372}',
        keywords: ['aiven'],
        after: 420,
        gen: s => s.b64(372),
        name: 'AIVEN_TOKEN',
        entropy: 4.5
    }),
    kv({
        id: 'influxdb-token',
        title: 'InfluxDB API token',
        provider: 'InfluxDB',
        context: 'influx',
        value: '[A-Za-z0-9_-]{86}==',
        keywords: ['influx'],
        gen: s => `${s.url(86)}==`,
        name: 'INFLUXDB_TOKEN',
        entropy: 4.5
    }),
    kv({
        id: 'algolia-admin-key',
        title: 'Algolia admin API key',
        provider: 'Algolia',
        context: 'algolia',
        value: '[0-9a-f]{32}',
        keywords: ['algolia'],
        gen: s => s.hex(32),
        name: 'ALGOLIA_ADMIN_KEY'
    }),
    kv({
        id: 'elastic-api-key',
        title: 'Elastic API key',
        provider: 'Elastic',
        context: 'elastic(?:search)?[\\w.-]{0,20}?api[_.-]?key',
        value: '[A-Za-z0-9_-]{20,24}:[A-Za-z0-9_-]{22}|[A-Za-z0-9+/]{56,64}={0,2}',
        keywords: ['elastic'],
        gen: s => `${s.url(20)}:${s.url(22)}`,
        miss: s => [`${s.url(20)}:${s.url(10)}`],
        name: 'ELASTIC_API_KEY',
        entropy: 4
    }),
    kv({
        id: 'hasura-admin-secret',
        title: 'Hasura admin secret',
        provider: 'Hasura',
        context: 'hasura[\\w.-]{0,20}?(?:admin|secret)',
        value: '[A-Za-z0-9_-]{32,64}',
        keywords: ['hasura'],
        gen: s => s.url(40),
        miss: s => [s.url(16)],
        name: 'HASURA_GRAPHQL_ADMIN_SECRET',
        entropy: 3.8
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/identity.ts

/** Identity providers, sign-in services and CAPTCHA secrets. */
const IDENTITY_RULES = [
    kv({
        id: 'okta-api-token',
        title: 'Okta API token',
        provider: 'Okta',
        context: 'okta',
        value: '00[A-Za-z0-9_-]{40}',
        keywords: ['okta'],
        gen: s => `00${s.url(40)}`,
        name: 'OKTA_API_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'auth0-client-secret',
        title: 'Auth0 client secret or management token',
        provider: 'Auth0',
        context: 'auth0',
        value: '[A-Za-z0-9_-]{64}|eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,1200}\\.[\\w-]{20,600}',
        keywords: ['auth0'],
        gen: s => s.url(64),
        name: 'AUTH0_CLIENT_SECRET',
        entropy: 4
    }),
    kv({
        id: 'clerk-secret-key',
        title: 'Clerk secret key',
        provider: 'Clerk',
        context: 'clerk',
        value: 'sk_(?:live|test)_[A-Za-z0-9]{40,60}',
        keywords: ['clerk'],
        gen: s => `sk_live_${s.alnum(42)}`,
        miss: s => [`sk_live_${s.alnum(12)}`],
        name: 'CLERK_SECRET_KEY',
        entropy: 3.5,
        // Outranks the Stripe rule on the same value: the name says whose key it is.
        priority: 55
    }),
    tok({
        id: 'stytch-secret',
        title: 'Stytch project secret',
        provider: 'Stytch',
        re: 'secret-(?:live|test)-[A-Za-z0-9_=-]{36}',
        keywords: ['secret-live-', 'secret-test-'],
        gen: s => `secret-live-${s.url(36)}`,
        name: 'STYTCH_SECRET',
        entropy: 3.5,
        priority: 55
    }),
    tok({
        id: 'ory-api-key',
        title: 'Ory Network API key or token',
        provider: 'Ory',
        re: 'ory_(?:pat|apikey|at|rt|ac)_[A-Za-z0-9]{32,64}',
        keywords: ['ory_pat_', 'ory_apikey_', 'ory_at_', 'ory_rt_', 'ory_ac_'],
        gen: s => `ory_pat_${s.alnum(32)}`,
        name: 'ORY_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'duo-secret-key',
        title: 'Duo integration secret key',
        provider: 'Duo',
        context: 'duo[\\w.-]{0,12}?(?:secret|skey)',
        value: '[A-Za-z0-9]{40}',
        keywords: ['duo'],
        gen: s => s.alnum(40),
        name: 'DUO_SECRET_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'workos-api-key',
        title: 'WorkOS API key',
        provider: 'WorkOS',
        context: 'workos',
        value: 'sk_(?:live_|test_)?[A-Za-z0-9]{40,80}',
        keywords: ['workos'],
        gen: s => `sk_${s.alnum(60)}`,
        miss: s => [`sk_${s.alnum(12)}`],
        name: 'WORKOS_API_KEY',
        entropy: 3.5,
        priority: 55
    }),
    kv({
        id: 'fusionauth-api-key',
        title: 'FusionAuth API key',
        provider: 'FusionAuth',
        context: 'fusionauth',
        value: '[A-Za-z0-9_-]{40,64}',
        keywords: ['fusionauth'],
        gen: s => s.url(44),
        miss: s => [s.url(20)],
        name: 'FUSIONAUTH_API_KEY',
        entropy: 3.8
    }),
    kv({
        id: 'recaptcha-secret-key',
        title: 'Google reCAPTCHA secret key',
        provider: 'reCAPTCHA',
        context: 'recaptcha[\\w.-]{0,12}?(?:secret|private)',
        value: '6L[A-Za-z0-9_-]{38}',
        keywords: ['recaptcha'],
        gen: s => `6L${s.url(38)}`,
        name: 'RECAPTCHA_SECRET_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'hcaptcha-secret',
        title: 'hCaptcha secret',
        provider: 'hCaptcha',
        context: 'hcaptcha[\\w.-]{0,12}?secret',
        value: '0x[0-9a-fA-F]{40}|ES_[0-9a-f]{32}',
        keywords: ['hcaptcha'],
        gen: s => `0x${s.hex(40)}`,
        name: 'HCAPTCHA_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'turnstile-secret-key',
        title: 'Cloudflare Turnstile secret key',
        provider: 'Cloudflare',
        context: 'turnstile[\\w.-]{0,12}?secret',
        value: '0x4AAAAAAA[A-Za-z0-9_-]{22,30}',
        keywords: ['turnstile'],
        gen: s => `0x4AAAAAAA${s.url(26)}`,
        miss: s => [`0x4AAAAAAA${s.url(10)}`],
        name: 'TURNSTILE_SECRET_KEY',
        entropy: 3.5
    }),
    rule('okta-ssws-token', 'Okta API token in an SSWS Authorization header', 'Okta', 'SSWS\\s{1,3}(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])', {
        keywords: ['ssws'],
        after: 60,
        validation: 'context',
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`Authorization: SSWS 00${s.url(40)}`],
            fps: s => [`Authorization: SSWS 00${s.url(30)}`, 'Authorization: SSWS ${OKTA_API_TOKEN}']
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/keys.ts




/** Provider-independent structured secrets: JWTs, private keys, age identities. */
const KEY_RULES = [
    prefixed('jwt', 'JSON Web Token', 'JWT', 'eyJ[\\w-]{8,800}\\.eyJ[\\w-]{4,4000}\\.[\\w-]{16,1000}', {
        keywords: ['eyj'],
        after: 5900,
        confidence: 'medium',
        severity: 'medium',
        validation: 'structure',
        validate: jwtValidator,
        priority: 20,
        samples: {
            tps: s => [
                `session_jwt = "${s.jwt({ sub: s.digits(9), name: s.lower(7), iat: 1700000000, scope: 'read:all' })}"`
            ],
            fps: s => [
                // alg none, and a payload with one toy claim.
                `token = "${s.base64url('{"alg":"none"}')}.${s.base64url('{"sub":"a"}')}.${s.url(20)}"`,
                `token = "${s.base64url('{"alg":"HS256"}')}.${s.base64url('{"name":"x"}')}.${s.url(43)}"`
            ]
        }
    }),
    rule('private-key', 'Private key', 'Private key', '-----BEGIN (?<kind>[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?-----(?<body>[\\s\\S]{16,16384}?)-----END (?:[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?-----', {
        keywords: ['-----begin'],
        before: 0,
        after: 16500,
        multiline: true,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        validate: pemValidator,
        priority: 60,
        samples: {
            tps: s => ['RSA ', 'EC ', 'OPENSSH ', '', 'DSA ', 'ENCRYPTED '].map(kind => `-----BEGIN ${kind}PRIVATE KEY-----\nMIIE${s.pemBody(12)}\n${s.b64(20)}==\n-----END ${kind}PRIVATE KEY-----`),
            fps: s => [
                '-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----',
                `-----BEGIN PUBLIC KEY-----\nMIIB${s.pemBody(4)}\n-----END PUBLIC KEY-----`
            ]
        }
    }),
    rule('putty-private-key', 'PuTTY private key', 'Private key', 'PuTTY-User-Key-File-[23]: [\\w-]{3,40}\\r?\\n(?:[^\\r\\n]{0,200}\\r?\\n){0,40}?Private-Lines: \\d{1,3}\\r?\\n(?<secret>(?:[A-Za-z0-9+/=]{1,80}\\r?\\n){1,100})', {
        keywords: ['putty-user-key-file-'],
        before: 0,
        after: 16000,
        multiline: true,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        validate: s => s.replace(/\s/g, '').length >= 32 && (0,heuristics/* shannonEntropy */.ly)(s) > 4,
        samples: {
            tps: s => [
                `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\n${s.b64(64)}\n${s.b64(40)}\nPrivate-Lines: 14\n${s.pemBody(14)}\nPrivate-MAC: ${s.hex(64)}`
            ],
            fps: () => [
                'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nAAAAB3Nza\nPrivate-MAC: 00'
            ]
        }
    }),
    prefixed('age-secret-key', 'age secret key', 'age', 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', {
        keywords: ['age-secret-key-1'],
        after: 80,
        validation: 'checksum',
        severity: 'critical',
        validate: s => (0,checksum/* validBech32 */.IA)(s),
        samples: {
            tps: s => [`AGE_KEY = "${s.bech32('age-secret-key-', 52).toUpperCase()}"`],
            fps: s => {
                const k = s.bech32('age-secret-key-', 52).toUpperCase();
                return [`AGE_KEY = "${k.slice(0, -1)}${k.endsWith('Q') ? 'P' : 'Q'}"`];
            }
        }
    }),
    rule('private-key-base64', 'Private key (base64-encoded PEM)', 'Private key', '(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{0,40}(?:UFJJVkFURSBLRVkt|BSSVZBVEUgS0VZL|QUklWQVRFIEtFWS)[A-Za-z0-9+/]{200,12000}={0,2})', {
        keywords: ['ls0tls1crudjti'],
        before: 0,
        after: 12100,
        severity: 'critical',
        validation: 'structure',
        validate: v => {
            const text = (0,checksum/* decodeBase64 */.y4)(v)?.toString('latin1') ?? '';
            if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
                return false;
            // The key body (header lines dropped) must be random base64, not filler text.
            const body = text
                .split('\n')
                .filter(l => /^[A-Za-z0-9+/=]{16,}$/.test(l.trim()))
                .join('');
            return body.length >= 64 && (0,heuristics/* shannonEntropy */.ly)(body) > 5;
        },
        samples: {
            tps: s => [
                `client-key-data: ${s.base64(`-----BEGIN RSA PRIVATE KEY-----\nMIIE${s.pemBody(12)}\n-----END RSA PRIVATE KEY-----\n`)}`
            ],
            fps: s => [
                s.base64(`-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\n${s.lower(64)}\n${s.lower(64)}\n-----END RSA PRIVATE KEY-----\n`),
                `client-certificate-data: ${s.base64(`-----BEGIN CERTIFICATE-----\nMIIE${s.pemBody(12)}\n-----END CERTIFICATE-----\n`)}`
            ]
        }
    }),
    rule('wireguard-private-key', 'WireGuard private key', 'Private key', '(?:Private|Preshared)Key\\s*=\\s*(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])', {
        keywords: ['privatekey', 'presharedkey'],
        after: 70,
        severity: 'critical',
        validation: 'structure',
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `[Interface]\nAddress = 10.0.0.2/32\nPrivateKey = ${s.b64(42)}${s.pick(['A', 'E', 'I', 'M'])}=`
            ],
            fps: s => [`PublicKey = ${s.b64(42)}A=`, `PrivateKey = ${s.b64(30)}=`]
        }
    }),
    rule('openvpn-static-key', 'OpenVPN static key', 'Private key', '-----BEGIN OpenVPN Static key V1-----(?<secret>(?:\\s{1,2}[0-9a-f]{32}){16})\\s{1,2}-----END OpenVPN Static key V1-----', {
        keywords: ['-----begin openvpn static key'],
        before: 0,
        after: 700,
        multiline: true,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        samples: {
            tps: s => [
                `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => s.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`
            ],
            fps: s => [
                `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 4 }, () => s.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`
            ]
        }
    }),
    rule('ssh2-encrypted-private-key', 'SSH.com (SSH2) private key', 'Private key', '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?<body>[\\s\\S]{64,16384}?)---- END SSH2 ENCRYPTED PRIVATE KEY ----', {
        keywords: ['---- begin ssh2 encrypted private key'],
        before: 0,
        after: 16500,
        multiline: true,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        validate: pemValidator,
        samples: {
            tps: s => [
                `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key"\n${s.pemBody(10)}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`
            ],
            fps: () => [
                '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----'
            ]
        }
    }),
    kv({
        id: 'kubernetes-service-account-token',
        title: 'Kubernetes service account or kubeconfig user token',
        provider: 'Kubernetes',
        context: 'kube[\\w.-]{0,20}?token|(?<![\\w-])token(?=:\\s{0,3}eyJhbGciOi)',
        value: 'eyJhbGciOi[\\w-]{10,200}\\.eyJ[\\w-]{20,2000}\\.[\\w-]{20,1000}',
        keywords: ['kube', 'token'],
        after: 3300,
        gen: s => s.jwt({
            iss: 'kubernetes/serviceaccount',
            'kubernetes.io/serviceaccount/namespace': 'default',
            sub: `system:serviceaccount:default:${s.lower(6)}`
        }, 'RS256'),
        miss: s => [s.jwt({ iss: 'kubernetes/serviceaccount' }, 'RS256').slice(0, 50)],
        name: 'KUBE_TOKEN',
        validate: jwtValidator,
        validation: 'structure',
        priority: 25
    }),
    kv({
        id: 'kubernetes-bootstrap-token',
        title: 'Kubernetes bootstrap token',
        provider: 'Kubernetes',
        context: '(?:bootstrap|join)[_.-]?token|token[_.-]?secret|--token',
        value: '[a-z0-9]{6}\\.[a-z0-9]{16}|[a-z0-9]{16}',
        keywords: [
            'bootstrap-token',
            'bootstrap_token',
            'join-token',
            'token-secret',
            'token_secret',
            '--token'
        ],
        gen: s => `${s.lowerAlnum(6)}.${s.lowerAlnum(16)}`,
        name: 'BOOTSTRAP_TOKEN',
        entropy: 3
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/messaging.ts

/** E-mail, SMS and voice APIs. */
const MESSAGING_RULES = [
    prefixed('twilio-api-key', 'Twilio API key', 'Twilio', `SK${hexId(32)}`, {
        keywords: ['sk'],
        after: 36,
        validate: minEntropy(3),
        samples: {
            tps: s => [`TWILIO_KEY_SID = "SK${s.hex(32)}"`],
            fps: s => [`TWILIO_KEY_SID = "SK${s.hex(31)}"`, `TWILIO_KEY_SID = "SK${s.HEX(32)}"`]
        }
    }),
    assigned('twilio-auth-token', 'Twilio auth token', 'Twilio', 'twilio[\\w .-]{0,20}?(?:auth|token|secret)', hexId(32), {
        keywords: ['twilio'],
        validate: minEntropy(3),
        samples: {
            tps: s => [`TWILIO_AUTH_TOKEN = "${s.hex(32)}"`],
            fps: s => [`TWILIO_AUTH_TOKEN = "${s.hex(30)}"`, `TWILIO_ACCOUNT = "${s.hex(32)}"`]
        }
    }),
    prefixed('sendgrid-api-key', 'SendGrid API key', 'SendGrid', 'SG\\.[\\w-]{22}\\.[\\w-]{43}', {
        keywords: ['sg.'],
        after: 72,
        validate: minEntropy(4),
        samples: {
            tps: s => [`SENDGRID = "SG.${s.url(22)}.${s.url(43)}"`],
            fps: s => [`SENDGRID = "SG.${s.url(22)}.${s.url(40)}"`]
        }
    }),
    // Mailgun's own examples of the `key-` format use lower-case letters and digits, not only hex.
    prefixed('mailgun-api-key', 'Mailgun API key', 'Mailgun', 'key-[0-9a-z]{32}', {
        keywords: ['key-'],
        after: 40,
        validate: minEntropy(3),
        samples: {
            tps: s => [`MAILGUN = "key-${s.hex(32)}"`, `MAILGUN = "key-${s.lowerAlnum(32)}"`],
            fps: s => [`MAILGUN = "key-${s.hex(31)}"`, `MAILGUN = "key-${s.lowerAlnum(33)}"`]
        }
    }),
    assigned('mailgun-signing-key', 'Mailgun webhook signing key', 'Mailgun', 'mailgun', '[0-9a-h]{32}-[0-9a-h]{8}-[0-9a-h]{8}', {
        keywords: ['mailgun'],
        validate: minEntropy(3),
        samples: {
            tps: s => [`MAILGUN_SIGNING_KEY = "${s.hex(32)}-${s.hex(8)}-${s.hex(8)}"`],
            fps: s => [`MAILGUN_SIGNING_KEY = "${s.hex(32)}-${s.hex(8)}"`]
        }
    }),
    prefixed('mailchimp-api-key', 'Mailchimp API key', 'Mailchimp', `${hexId(32)}-us\\d{1,2}`, {
        keywords: ['-us'],
        before: 34,
        after: 6,
        validate: minEntropy(3),
        samples: {
            tps: s => [`MC = "${s.hex(32)}-us${1 + Math.floor(s.next() * 20)}"`],
            fps: s => [`MC = "${s.hex(31)}-us12"`]
        }
    }),
    prefixed('sendinblue-api-key', 'Brevo (Sendinblue) API key', 'Brevo', `xkeysib-${hexId(64)}-[A-Za-z0-9]{16}`, {
        keywords: ['xkeysib-'],
        after: 92,
        validate: minEntropy(3),
        samples: {
            tps: s => [`BREVO = "xkeysib-${s.hex(64)}-${s.alnum(16)}"`],
            fps: s => [`BREVO = "xkeysib-${s.hex(64)}-${s.alnum(15)}"`]
        }
    }),
    kv({
        id: 'postmark-server-token',
        title: 'Postmark server or account token',
        provider: 'Postmark',
        context: 'postmark',
        value: UUID,
        keywords: ['postmark'],
        gen: s => s.uuid(),
        name: 'POSTMARK_SERVER_TOKEN'
    }),
    kv({
        id: 'sparkpost-api-key',
        title: 'SparkPost API key',
        provider: 'SparkPost',
        context: 'sparkpost',
        value: '[0-9a-f]{40}',
        keywords: ['sparkpost'],
        gen: s => s.hex(40),
        name: 'SPARKPOST_API_KEY'
    }),
    kv({
        id: 'mandrill-api-key',
        title: 'Mailchimp Transactional (Mandrill) API key',
        provider: 'Mailchimp',
        context: 'mandrill',
        value: '(?:md-)?[A-Za-z0-9_-]{22}',
        keywords: ['mandrill'],
        gen: s => `md-${s.url(22)}`,
        name: 'MANDRILL_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'mailjet-secret-key',
        title: 'Mailjet API secret key',
        provider: 'Mailjet',
        context: 'mailjet|mj[_.-]apikey[_.-]private',
        value: '[0-9a-f]{32}',
        keywords: ['mailjet', 'mj_apikey', 'mj-apikey'],
        gen: s => s.hex(32),
        name: 'MAILJET_SECRET_KEY'
    }),
    tok({
        id: 'resend-api-key',
        title: 'Resend API key',
        provider: 'Resend',
        re: 're_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}',
        keywords: ['re_'],
        gen: s => `re_${s.alnum(8)}_${s.alnum(24)}`,
        name: 'RESEND_API_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'mailersend-api-token',
        title: 'MailerSend API token',
        provider: 'MailerSend',
        re: 'mlsn\\.[0-9a-f]{64}',
        keywords: ['mlsn.'],
        gen: s => `mlsn.${s.hex(64)}`,
        name: 'MAILERSEND_API_TOKEN'
    }),
    kv({
        id: 'mailerlite-api-key',
        title: 'MailerLite API key',
        provider: 'MailerLite',
        context: 'mailerlite',
        value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,800}\\.[\\w-]{20,600}|[0-9a-f]{32}',
        keywords: ['mailerlite'],
        gen: s => s.hex(32),
        name: 'MAILERLITE_API_KEY'
    }),
    kv({
        id: 'kit-api-secret',
        title: 'Kit (ConvertKit) API secret',
        provider: 'Kit',
        context: 'convertkit|kit[_.-]api[_.-]?secret',
        value: '(?:kit_)?[A-Za-z0-9_-]{32,43}',
        keywords: ['convertkit', 'kit_api', 'kit-api'],
        gen: s => `kit_${s.hex(32)}`,
        miss: s => [`kit_${s.hex(12)}`],
        name: 'CONVERTKIT_API_SECRET'
    }),
    kv({
        id: 'customerio-api-key',
        title: 'Customer.io API key',
        provider: 'Customer.io',
        context: 'customer[_.-]?io|cio[_.-](?:api|app)[_.-]?key',
        value: '[0-9a-f]{20,32}',
        keywords: ['customerio', 'customer_io', 'customer-io', 'customer.io', 'cio_api', 'cio_app'],
        gen: s => s.hex(32),
        miss: s => [s.hex(12)],
        name: 'CUSTOMERIO_API_KEY'
    }),
    kv({
        id: 'vonage-api-secret',
        title: 'Vonage (Nexmo) API secret',
        provider: 'Vonage',
        context: '(?:vonage|nexmo)[\\w.-]{0,12}?secret',
        value: '[A-Za-z0-9]{16}',
        keywords: ['vonage', 'nexmo'],
        gen: s => s.alnum(16),
        name: 'VONAGE_API_SECRET',
        entropy: 3.2
    }),
    kv({
        id: 'plivo-auth-token',
        title: 'Plivo auth token',
        provider: 'Plivo',
        context: 'plivo',
        value: '[A-Za-z0-9]{40}',
        keywords: ['plivo'],
        gen: s => s.alnum(40),
        name: 'PLIVO_AUTH_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'telnyx-api-key',
        title: 'Telnyx API key',
        provider: 'Telnyx',
        re: 'KEY[0-9A-F]{32}_[A-Za-z0-9]{22}',
        keywords: ['key'],
        gen: s => `KEY${s.HEX(32)}_${s.alnum(22)}`,
        name: 'TELNYX_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'messagebird-api-key',
        title: 'MessageBird (Bird) API key',
        provider: 'MessageBird',
        context: 'message[_.-]?bird|\\bbird[_.-]?(?:api|access)[_.-]?key',
        value: '(?:live_|test_)?[A-Za-z0-9]{25}',
        keywords: ['messagebird', 'message_bird', 'message-bird', 'bird_api', 'bird_access'],
        gen: s => s.alnum(25),
        name: 'MESSAGEBIRD_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'sinch-api-secret',
        title: 'Sinch API secret or token',
        provider: 'Sinch',
        context: 'sinch',
        value: '[0-9a-f]{32}|[A-Za-z0-9_-]{26,40}',
        keywords: ['sinch'],
        gen: s => s.hex(32),
        miss: s => [s.hex(12)],
        name: 'SINCH_API_TOKEN'
    }),
    kv({
        id: 'pusher-secret',
        title: 'Pusher Channels app secret',
        provider: 'Pusher',
        context: 'pusher[\\w.-]{0,12}?secret',
        value: '[0-9a-f]{20}',
        keywords: ['pusher'],
        gen: s => s.hex(20),
        name: 'PUSHER_APP_SECRET'
    }),
    kv({
        id: 'ably-api-key',
        title: 'Ably API key',
        provider: 'Ably',
        context: 'ably',
        value: '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_=+/-]{40,45}',
        keywords: ['ably'],
        gen: s => `${s.url(6)}.${s.url(6)}:${s.url(43)}`,
        miss: s => [`${s.url(6)}.${s.url(6)}:${s.url(20)}`],
        name: 'ABLY_API_KEY',
        confidence: 'high',
        entropy: 4
    }),
    kv({
        id: 'sendbird-api-token',
        title: 'Sendbird API token',
        provider: 'Sendbird',
        context: 'sendbird',
        value: '[0-9a-f]{40}',
        keywords: ['sendbird'],
        gen: s => s.hex(40),
        name: 'SENDBIRD_API_TOKEN'
    }),
    tok({
        id: 'onesignal-api-key',
        title: 'OneSignal REST API key',
        provider: 'OneSignal',
        re: 'os_v2_(?:app|org)_[a-z0-9]{50,120}',
        keywords: ['os_v2_app_', 'os_v2_org_'],
        gen: s => `os_v2_app_${s.lowerAlnum(113)}`,
        miss: s => [`os_v2_app_${s.lowerAlnum(20)}`],
        name: 'ONESIGNAL_REST_API_KEY',
        entropy: 3.5
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/observability.ts


/** Monitoring, logging and error tracking. */
const OBSERVABILITY_RULES = [
    prefixed('sentry-token', 'Sentry auth token', 'Sentry', `(?:sntrys_eyJ[\\w=+/-]{50,300}|sntryu_${hexId(64)})`, {
        keywords: ['sntrys_', 'sntryu_'],
        after: 310,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [
                `SENTRY_AUTH_TOKEN = "sntryu_${s.hex(64)}"`,
                `SENTRY_AUTH_TOKEN=sntrys_${s.base64url(JSON.stringify({ iat: 1700000000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: s.lower(8) }))}_${s.url(43)}`
            ],
            fps: s => [`SENTRY_AUTH_TOKEN = "sntryu_${s.hex(63)}"`]
        }
    }),
    prefixed('grafana-service-account-token', 'Grafana service account token', 'Grafana', `glsa_[A-Za-z0-9]{32}_${hexId(8)}`, {
        keywords: ['glsa_'],
        after: 48,
        validation: 'checksum',
        validate: s => (0,checksum/* validGrafanaServiceAccountToken */.qH)(s),
        samples: {
            tps: s => {
                const head = `glsa_${s.alnum(32)}`;
                const le = Buffer.from(s.crcHex(head), 'hex').reverse().toString('hex');
                return [`GRAFANA_TOKEN = "${head}_${le}"`];
            },
            fps: s => [`GRAFANA_TOKEN = "glsa_${s.alnum(32)}_${s.hex(8)}"`]
        }
    }),
    prefixed('grafana-cloud-token', 'Grafana Cloud API token', 'Grafana', 'glc_[A-Za-z0-9+/]{32,400}={0,2}', {
        keywords: ['glc_'],
        after: 410,
        validate: minEntropy(4),
        samples: {
            tps: s => [`GRAFANA_CLOUD = "glc_${s.base64(s.bytes(90)).replace(/[+/=]/g, 'x')}"`],
            fps: () => ['GRAFANA = "glc_short"']
        }
    }),
    prefixed('newrelic-user-key', 'New Relic user API key', 'New Relic', 'NRAK-[A-Z0-9]{27}', {
        keywords: ['nrak-'],
        after: 34,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`NEW_RELIC_API_KEY = "NRAK-${s.upperAlnum(27)}"`],
            fps: s => [`NEW_RELIC_API_KEY = "NRAK-${s.upperAlnum(26)}"`]
        }
    }),
    prefixed('dynatrace-token', 'Dynatrace API token', 'Dynatrace', 'dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}', {
        keywords: ['dt0c01.'],
        after: 100,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`DT_API_TOKEN = "dt0c01.${s.upperAlnum(24)}.${s.upperAlnum(64)}"`],
            fps: s => [`DT_API_TOKEN = "dt0c01.${s.upperAlnum(24)}.${s.upperAlnum(60)}"`]
        }
    }),
    kv({
        id: 'datadog-api-key',
        title: 'Datadog API key',
        provider: 'Datadog',
        context: 'datadog[\\w.-]{0,12}?api|dd[_.-]?api[_.-]?key',
        value: '[0-9a-f]{32}',
        keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
        gen: s => s.hex(32),
        name: 'DD_API_KEY'
    }),
    kv({
        id: 'datadog-app-key',
        title: 'Datadog application key',
        provider: 'Datadog',
        context: 'datadog[\\w.-]{0,12}?app|dd[_.-]?app(?:lication)?[_.-]?key',
        value: '[0-9a-f]{40}',
        keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
        gen: s => s.hex(40),
        name: 'DD_APP_KEY'
    }),
    tok({
        id: 'newrelic-insert-key',
        title: 'New Relic insert or browser key',
        provider: 'New Relic',
        re: '(?:NRI[IQ]-[A-Za-z0-9_-]{32}|NRJS-[0-9a-f]{19}|NRAA-[0-9a-f]{27}|NRRA-[0-9a-f]{42})',
        keywords: ['nrii-', 'nrjs-', 'nraa-', 'nriq-', 'nrra-'],
        gen: s => `NRII-${s.url(32)}`,
        miss: s => [`NRII-${s.url(10)}`, `NRII-${s.url(27)}`],
        name: 'NEW_RELIC_INSERT_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'newrelic-license-key',
        title: 'New Relic license (ingest) key',
        provider: 'New Relic',
        re: '(?:[a-z]{2}[0-9]{2}xx[0-9a-f]{30}|[0-9a-f]{36})NRAL',
        keywords: ['nral'],
        before: 40,
        gen: s => `${s.hex(36)}NRAL`,
        miss: s => [`${s.hex(30)}NRAL`, `${s.lowerAlnum(36).replace(/[0-9a-f]/, 'z')}NRAL`],
        name: 'NEW_RELIC_LICENSE_KEY'
    }),
    tok({
        id: 'honeycomb-api-key',
        title: 'Honeycomb ingest or management key',
        provider: 'Honeycomb',
        re: 'hc[ax](?:ik|mk|lk)_[0-9a-z]{58}',
        keywords: ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_', 'hcalk_', 'hcxlk_'],
        gen: s => `hcaik_01${s.lowerAlnum(56)}`,
        name: 'HONEYCOMB_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'honeycomb-config-key',
        title: 'Honeycomb configuration key',
        provider: 'Honeycomb',
        context: 'honeycomb',
        value: '[A-Za-z0-9]{22}|[0-9a-f]{32}',
        keywords: ['honeycomb'],
        gen: s => s.alnum(22),
        miss: s => [s.alnum(12)],
        name: 'HONEYCOMB_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'sumologic-access-key',
        title: 'Sumo Logic access key',
        provider: 'Sumo Logic',
        context: 'sumo',
        value: '[A-Za-z0-9]{64}',
        keywords: ['sumo'],
        gen: s => s.alnum(64),
        name: 'SUMOLOGIC_ACCESS_KEY',
        entropy: 4
    }),
    kv({
        id: 'splunk-token',
        title: 'Splunk HEC or authentication token',
        provider: 'Splunk',
        context: 'splunk',
        value: UUID,
        keywords: ['splunk'],
        gen: s => s.uuid(),
        name: 'SPLUNK_HEC_TOKEN'
    }),
    kv({
        id: 'pagerduty-api-key',
        title: 'PagerDuty API key',
        provider: 'PagerDuty',
        context: 'pager[_.-]?duty',
        value: 'u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}|[0-9a-f]{32}',
        keywords: ['pagerduty', 'pager_duty', 'pager-duty'],
        gen: s => `u+${s.url(18)}`,
        miss: s => [`u+${s.url(8)}`],
        name: 'PAGERDUTY_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'opsgenie-api-key',
        title: 'Opsgenie API key',
        provider: 'Opsgenie',
        context: 'opsgenie',
        value: UUID,
        keywords: ['opsgenie'],
        gen: s => s.uuid(),
        name: 'OPSGENIE_API_KEY'
    }),
    kv({
        id: 'rollbar-token',
        title: 'Rollbar access token',
        provider: 'Rollbar',
        context: 'rollbar',
        value: '[0-9a-f]{32}',
        keywords: ['rollbar'],
        gen: s => s.hex(32),
        name: 'ROLLBAR_ACCESS_TOKEN'
    }),
    kv({
        id: 'bugsnag-api-key',
        title: 'Bugsnag API key',
        provider: 'Bugsnag',
        context: 'bugsnag',
        value: '[0-9a-f]{32}',
        keywords: ['bugsnag'],
        gen: s => s.hex(32),
        name: 'BUGSNAG_API_KEY'
    }),
    tok({
        id: 'honeybadger-token',
        title: 'Honeybadger personal auth token',
        provider: 'Honeybadger',
        re: 'hbp_[A-Za-z0-9]{36}',
        keywords: ['hbp_'],
        gen: s => `hbp_${s.alnum(36)}`,
        name: 'HONEYBADGER_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'airbrake-key',
        title: 'Airbrake project key',
        provider: 'Airbrake',
        context: 'airbrake',
        value: '[0-9a-f]{32}',
        keywords: ['airbrake'],
        gen: s => s.hex(32),
        name: 'AIRBRAKE_PROJECT_KEY'
    }),
    kv({
        id: 'loggly-token',
        title: 'Loggly customer token',
        provider: 'Loggly',
        context: 'loggly',
        value: UUID,
        keywords: ['loggly'],
        gen: s => s.uuid(),
        name: 'LOGGLY_TOKEN'
    }),
    kv({
        id: 'logzio-token',
        title: 'Logz.io shipping or API token',
        provider: 'Logz.io',
        context: 'logz',
        value: '[A-Za-z]{32}|' + UUID,
        keywords: ['logz'],
        gen: s => s.letters(32),
        miss: s => [s.letters(20)],
        name: 'LOGZIO_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'axiom-token',
        title: 'Axiom API or personal token',
        provider: 'Axiom',
        re: 'xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['xaat-', 'xapt-'],
        gen: s => `xaat-${s.uuid()}`,
        name: 'AXIOM_TOKEN'
    }),
    tok({
        id: 'checkly-api-key',
        title: 'Checkly API key',
        provider: 'Checkly',
        re: 'cu_[0-9a-f]{32}',
        keywords: ['cu_'],
        gen: s => `cu_${s.hex(32)}`,
        name: 'CHECKLY_API_KEY'
    }),
    tok({
        id: 'coralogix-key',
        title: 'Coralogix API or send-your-data key',
        provider: 'Coralogix',
        re: 'cx(?:tp|up)_[A-Za-z0-9]{30}',
        keywords: ['cxtp_', 'cxup_'],
        gen: s => `cxtp_${s.alnum(30)}`,
        name: 'CORALOGIX_PRIVATE_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'lightstep-access-token',
        title: 'Lightstep (ServiceNow Cloud Observability) access token',
        provider: 'Lightstep',
        context: 'lightstep',
        value: '[A-Za-z0-9+/]{84}|[A-Za-z0-9]{32}',
        keywords: ['lightstep'],
        gen: s => s.alnum(32),
        miss: s => [s.alnum(20)],
        name: 'LIGHTSTEP_ACCESS_TOKEN',
        entropy: 3.5
    }),
    // ── Feature flags and product analytics
    tok({
        id: 'launchdarkly-token',
        title: 'LaunchDarkly API access token or SDK key',
        provider: 'LaunchDarkly',
        re: '(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['api-', 'sdk-'],
        gen: s => `api-${s.uuid()}`,
        name: 'LAUNCHDARKLY_ACCESS_TOKEN'
    }),
    tok({
        id: 'configcat-sdk-key',
        title: 'ConfigCat SDK key',
        provider: 'ConfigCat',
        re: 'configcat-sdk-1/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}',
        keywords: ['configcat-sdk-1/'],
        gen: s => `configcat-sdk-1/${s.url(22)}/${s.url(22)}`,
        name: 'CONFIGCAT_SDK_KEY',
        severity: 'medium',
        entropy: 3.5
    }),
    tok({
        id: 'flagsmith-server-key',
        title: 'Flagsmith server-side environment key',
        provider: 'Flagsmith',
        re: 'ser\\.[A-Za-z0-9]{22}',
        keywords: ['ser.'],
        gen: s => `ser.${s.alnum(22)}`,
        name: 'FLAGSMITH_SERVER_KEY',
        entropy: 3.5
    }),
    tok({
        id: 'statsig-server-secret',
        title: 'Statsig server secret key',
        provider: 'Statsig',
        re: 'secret-[A-Za-z0-9]{43}',
        keywords: ['secret-'],
        gen: s => `secret-${s.alnum(43)}`,
        name: 'STATSIG_SERVER_SECRET',
        entropy: 4
    }),
    tok({
        id: 'posthog-personal-api-key',
        title: 'PostHog personal API key',
        provider: 'PostHog',
        re: 'phx_[A-Za-z0-9_-]{43}',
        keywords: ['phx_'],
        gen: s => `phx_${s.url(43)}`,
        name: 'POSTHOG_PERSONAL_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'segment-public-api-token',
        title: 'Segment public API token',
        provider: 'Segment',
        re: 'sgp_[A-Za-z0-9]{64}',
        keywords: ['sgp_'],
        gen: s => `sgp_${s.alnum(64)}`,
        name: 'SEGMENT_API_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'mixpanel-secret',
        title: 'Mixpanel API secret',
        provider: 'Mixpanel',
        context: 'mixpanel[\\w.-]{0,12}?secret',
        value: '[0-9a-f]{32}',
        keywords: ['mixpanel'],
        gen: s => s.hex(32),
        name: 'MIXPANEL_API_SECRET'
    }),
    kv({
        id: 'amplitude-secret-key',
        title: 'Amplitude secret key',
        provider: 'Amplitude',
        context: 'amplitude[\\w.-]{0,12}?secret',
        value: '[0-9a-f]{32}',
        keywords: ['amplitude'],
        gen: s => s.hex(32),
        name: 'AMPLITUDE_SECRET_KEY'
    }),
    tok({
        id: 'grafana-api-key-legacy',
        title: 'Grafana API key (legacy)',
        provider: 'Grafana',
        re: 'eyJrIjoi[A-Za-z0-9+/_-]{40,200}={0,2}',
        keywords: ['eyjrijoi'],
        after: 220,
        gen: s => s.base64(JSON.stringify({ k: s.alnum(32), n: s.lower(6), id: 1 })),
        miss: s => [s.base64(JSON.stringify({ k: s.alnum(4) }))],
        name: 'GRAFANA_API_KEY',
        validation: 'structure',
        // base64 of {"k":…,"n":…,"id":…}.
        validate: v => /^\{"k":"[A-Za-z0-9]{16,64}","n":/.test((0,checksum/* decodeBase64 */.y4)(v)?.toString('latin1') ?? ''),
        priority: 30
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/payments.ts

/** Payments and commerce. */
const PAYMENT_RULES = [
    prefixed('stripe-secret-key', 'Stripe live secret key', 'Stripe', 'sk_live_[A-Za-z0-9]{24,99}', {
        keywords: ['sk_live_'],
        after: 110,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [
                `STRIPE_KEY = "sk_live_${s.alnum(24)}"`,
                `stripe.api_key = 'sk_live_${s.alnum(99)}'`
            ],
            fps: s => [`STRIPE_KEY = "sk_live_${s.alnum(12)}"`, `STRIPE_KEY = "sk_test_${s.alnum(24)}"`]
        }
    }),
    prefixed('stripe-restricted-key', 'Stripe live restricted key', 'Stripe', 'rk_live_[A-Za-z0-9]{24,99}', {
        keywords: ['rk_live_'],
        after: 110,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`stripe_rk = "rk_live_${s.alnum(24)}"`],
            fps: s => [`stripe_rk = "rk_live_${s.alnum(12)}"`]
        }
    }),
    prefixed('stripe-webhook-secret', 'Stripe webhook signing secret', 'Stripe', 'whsec_[A-Za-z0-9+/]{32,64}', {
        keywords: ['whsec_'],
        after: 75,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`WEBHOOK_SIGNING = "whsec_${s.alnum(32)}"`],
            fps: s => [`WEBHOOK_SIGNING = "whsec_${s.alnum(20)}"`]
        }
    }),
    prefixed('square-access-token', 'Square access token', 'Square', 'sq0atp-[\\w-]{22}', {
        keywords: ['sq0atp-'],
        after: 32,
        validate: minEntropy(3),
        samples: {
            tps: s => [`square = "sq0atp-${s.url(22)}"`],
            fps: s => [`square = "sq0atp-${s.url(21)}"`]
        }
    }),
    prefixed('square-oauth-secret', 'Square OAuth secret', 'Square', 'sq0csp-[\\w-]{43}', {
        keywords: ['sq0csp-'],
        after: 52,
        validate: minEntropy(3),
        samples: {
            tps: s => [`square_oauth = "sq0csp-${s.url(43)}"`],
            fps: s => [`square_oauth = "sq0csp-${s.url(42)}"`]
        }
    }),
    tok({
        id: 'paystack-secret-key',
        title: 'Paystack live secret key',
        provider: 'Paystack',
        re: 'sk_live_[0-9a-f]{40}',
        keywords: ['sk_live_'],
        gen: s => `sk_live_${s.hex(40)}`,
        name: 'PAYSTACK_SECRET_KEY',
        // Stripe's keys are mixed case: 40 lower-case hex after `sk_live_` is Paystack's format.
        priority: 55
    }),
    tok({
        id: 'flutterwave-secret-key',
        title: 'Flutterwave secret key',
        provider: 'Flutterwave',
        re: 'FLWSECK(?:_TEST)?-[0-9a-f]{32}-X',
        keywords: ['flwseck'],
        gen: s => `FLWSECK-${s.hex(32)}-X`,
        miss: s => [`FLWSECK-${s.hex(31)}-X`],
        name: 'FLW_SECRET_KEY'
    }),
    kv({
        id: 'razorpay-key-secret',
        title: 'Razorpay key secret',
        provider: 'Razorpay',
        context: 'razorpay[\\w.-]{0,12}?secret|rzp[_.-]?(?:key[_.-]?)?secret',
        value: '[A-Za-z0-9]{24}',
        keywords: ['razorpay', 'rzp'],
        gen: s => s.alnum(24),
        name: 'RAZORPAY_KEY_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'mollie-api-key',
        title: 'Mollie API key',
        provider: 'Mollie',
        context: 'mollie',
        value: '(?:live|test)_[A-Za-z0-9]{30}|access_[A-Za-z0-9]{40}',
        keywords: ['mollie'],
        gen: s => `live_${s.alnum(30)}`,
        name: 'MOLLIE_API_KEY',
        confidence: 'high',
        entropy: 3.5
    }),
    kv({
        id: 'gocardless-access-token',
        title: 'GoCardless access token',
        provider: 'GoCardless',
        context: 'gocardless',
        value: '(?:live|sandbox)_[A-Za-z0-9_-]{40}',
        keywords: ['gocardless'],
        gen: s => `live_${s.url(40)}`,
        name: 'GOCARDLESS_ACCESS_TOKEN',
        confidence: 'high',
        entropy: 3.5
    }),
    tok({
        id: 'braintree-access-token',
        title: 'PayPal Braintree access token',
        provider: 'PayPal',
        re: 'access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}',
        keywords: ['access_token$'],
        gen: s => `access_token$production$${s.lowerAlnum(16)}$${s.hex(32)}`,
        name: 'BRAINTREE_ACCESS_TOKEN'
    }),
    kv({
        id: 'paypal-client-secret',
        title: 'PayPal REST client secret',
        provider: 'PayPal',
        context: 'paypal[\\w.-]{0,12}?secret',
        value: 'E[A-Za-z0-9_-]{79}',
        keywords: ['paypal'],
        gen: s => `E${s.url(79)}`,
        name: 'PAYPAL_CLIENT_SECRET',
        entropy: 4
    }),
    kv({
        id: 'adyen-api-key',
        title: 'Adyen API key',
        provider: 'Adyen',
        context: 'adyen',
        value: 'AQE[A-Za-z0-9+/=_.-]{80,300}',
        keywords: ['adyen'],
        after: 340,
        gen: s => `AQE${s.url(150)}`,
        miss: s => [`AQE${s.url(30)}`],
        name: 'ADYEN_API_KEY',
        entropy: 4.5
    }),
    tok({
        id: 'plaid-access-token',
        title: 'Plaid access token',
        provider: 'Plaid',
        re: 'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
        gen: s => `access-production-${s.uuid()}`,
        name: 'PLAID_ACCESS_TOKEN'
    }),
    kv({
        id: 'plaid-secret',
        title: 'Plaid secret',
        provider: 'Plaid',
        context: 'plaid[\\w.-]{0,12}?secret',
        value: '[0-9a-f]{30}',
        keywords: ['plaid'],
        gen: s => s.hex(30),
        name: 'PLAID_SECRET'
    }),
    kv({
        id: 'lob-api-key',
        title: 'Lob API key',
        provider: 'Lob',
        context: 'lob[_.-]?(?:api|secret|live|test)',
        value: '(?:live|test)_[0-9a-f]{35}',
        keywords: ['lob_', 'lob-'],
        gen: s => `live_${s.hex(35)}`,
        name: 'LOB_API_KEY'
    }),
    tok({
        id: 'shippo-api-token',
        title: 'Shippo live API token',
        provider: 'Shippo',
        re: 'shippo_live_[0-9a-f]{40}',
        keywords: ['shippo_live_'],
        gen: s => `shippo_live_${s.hex(40)}`,
        name: 'SHIPPO_API_TOKEN'
    }),
    tok({
        id: 'easypost-api-key',
        title: 'EasyPost production API key',
        provider: 'EasyPost',
        re: 'EZAK[A-Za-z0-9]{54}',
        keywords: ['ezak'],
        gen: s => `EZAK${s.alnum(54)}`,
        name: 'EASYPOST_API_KEY',
        entropy: 4
    }),
    tok({
        id: 'duffel-api-token',
        title: 'Duffel live access token',
        provider: 'Duffel',
        re: 'duffel_live_[A-Za-z0-9_-]{43}',
        keywords: ['duffel_live_'],
        gen: s => `duffel_live_${s.url(43)}`,
        name: 'DUFFEL_ACCESS_TOKEN',
        entropy: 4
    }),
    tok({
        id: 'woocommerce-consumer-secret',
        title: 'WooCommerce REST consumer secret',
        provider: 'WooCommerce',
        re: 'cs_[0-9a-f]{40}',
        keywords: ['cs_'],
        gen: s => `cs_${s.hex(40)}`,
        name: 'WC_CONSUMER_SECRET'
    }),
    kv({
        id: 'checkout-secret-key',
        title: 'Checkout.com secret key',
        provider: 'Checkout.com',
        // The `sk_` prefix marks a secret key, so an `api_key` name is enough (a public key is
        // `pk_`); a GUID's hex digits may be written in either case.
        context: 'checkout[_.-]?(?:com[_.-]?)?(?:secret|sk|api[_.-]?key)',
        value: 'sk_(?:sbox_)?[a-z0-9]{26}|sk_(?:test_)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        keywords: ['checkout'],
        gen: s => `sk_${s.lowerAlnum(26)}`,
        name: 'CHECKOUT_SECRET_KEY',
        tps: s => [
            `CHECKOUT_SECRET_KEY = "sk_${s.lowerAlnum(26)}"`,
            `checkout_api_key: "sk_test_${s.uuid().toUpperCase()}"`
        ],
        entropy: 3.5
    }),
    prefixed('stripe-test-secret-key', 'Stripe test-mode secret key', 'Stripe', '[sr]k_test_[A-Za-z0-9]{24,99}', {
        keywords: ['sk_test_', 'rk_test_'],
        after: 110,
        // Test-mode keys reach test data only: reported, below the default fail-on.
        severity: 'low',
        confidence: 'medium',
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`stripe.api_key = "sk_test_${s.alnum(24)}"`],
            fps: s => [`stripe.api_key = "sk_test_${s.alnum(12)}"`]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/registries.ts


/** A PyPI token: `pypi-` + base64url of a macaroon v2 whose location is pypi.org. */
function pypi(s) {
    const field = (type, data) => {
        const d = Buffer.from(data);
        return Buffer.concat([Buffer.from([type, d.length]), d]);
    };
    const caveat = `{"version": 1, "permissions": {"projects": ["${s.lower(8)}"]}}`;
    const macaroon = Buffer.concat([
        Buffer.from([2]),
        field(1, 'pypi.org'),
        field(2, s.bytes(40)),
        Buffer.from([0]),
        field(2, caveat),
        Buffer.from([0, 0]),
        field(6, s.bytes(32))
    ]);
    return `pypi-${s.base64url(macaroon)}`;
}
/** Package registries and container registries. */
const REGISTRY_RULES = [
    prefixed('npm-access-token', 'npm access token', 'npm', 'npm_[A-Za-z0-9]{36}', {
        keywords: ['npm_'],
        after: 44,
        validation: 'checksum',
        validate: validators_checksum,
        samples: {
            tps: s => [`//registry.npmjs.org/:_authToken=${s.crcToken('npm_')}`],
            fps: s => {
                const t = s.crcToken('npm_');
                return [`//registry.npmjs.org/:_authToken=${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`];
            }
        }
    }),
    prefixed('pypi-upload-token', 'PyPI upload token', 'PyPI', 'pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[\\w-]{50,400}', {
        keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
        after: 440,
        validation: 'structure',
        validate: pypiValidator,
        samples: {
            tps: s => [`TWINE_PASSWORD = "${pypi(s)}"`],
            fps: s => [
                `TWINE_PASSWORD = "${pypi(s).slice(0, 40)}"`,
                // The right prefix on something that is not a macaroon.
                `TWINE_PASSWORD = "pypi-AgEIcHlwaS5vcmc${s.url(60)}"`
            ]
        }
    }),
    prefixed('rubygems-api-key', 'RubyGems API key', 'RubyGems', `rubygems_${hexId(48)}`, {
        keywords: ['rubygems_'],
        after: 60,
        validate: minEntropy(3),
        samples: {
            tps: s => [`GEM_HOST_API_KEY = "rubygems_${s.hex(48)}"`],
            fps: s => [`GEM_HOST_API_KEY = "rubygems_${s.hex(47)}"`]
        }
    }),
    prefixed('dockerhub-pat', 'Docker Hub access token', 'Docker', 'dckr_(?:pat|oat)_[\\w-]{27,32}', {
        keywords: ['dckr_pat_', 'dckr_oat_'],
        after: 44,
        validate: minEntropy(3),
        samples: {
            tps: s => [`DOCKERHUB = "dckr_pat_${s.url(27)}"`],
            fps: s => [`DOCKERHUB = "dckr_pat_${s.url(20)}"`]
        }
    }),
    rule('docker-config-auth', 'Docker registry credentials (config.json auths)', 'Docker', 
    // The JSON is often embedded in a string with its quotes escaped, as GitLab runners take
    // it in `DOCKER_AUTH_CONFIG={\"auths\": …}`.
    '(?<q>\\\\{0,3}")auth\\k<q>\\s*:\\s*\\k<q>(?<secret>[A-Za-z0-9+/]{8,400}={0,2})\\k<q>', {
        keywords: ['"auth"', 'auth\\'],
        before: 8,
        after: 440,
        validation: 'structure',
        raw: true,
        validate: dockerAuthValidator,
        samples: {
            tps: s => [
                `{\n  "auths": {\n    "registry.internal:5000": {\n      "auth": "${s.base64(`${s.lower(7)}:${s.alnum(16)}`)}"\n    }\n  }\n}`,
                `environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"r.io:8083\\":{\\"auth\\":\\"${s.base64(`${s.lower(7)}:${s.alnum(16)}`)}\\"}}}"]`
            ],
            fps: s => [
                `{"auths": {"r.io": {"auth": "${s.base64(`nocolon${s.alnum(9)}`)}"}}}`,
                `DOCKER_AUTH_CONFIG={\\"auths\\":{\\"r.io\\":{\\"auth\\":\\"${s.base64('my_username:my_password')}\\"}}}`
            ]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/saas.ts


/** Work tools, content platforms and commerce back offices. */
const SAAS_RULES = [
    ...[
        ['shpat_', 'shopify-access-token', 'Shopify access token'],
        ['shpca_', 'shopify-custom-app-token', 'Shopify custom app access token'],
        ['shppa_', 'shopify-private-app-token', 'Shopify private app access token'],
        ['shpss_', 'shopify-shared-secret', 'Shopify shared secret']
    ].map(([prefix, id, title]) => prefixed(id, title, 'Shopify', `${prefix}[a-fA-F0-9]{32}`, {
        keywords: [prefix],
        after: 42,
        validate: minEntropy(3),
        samples: {
            tps: s => [`SHOPIFY = "${prefix}${s.hex(32)}"`],
            fps: s => [`SHOPIFY = "${prefix}${s.hex(31)}"`]
        }
    })),
    prefixed('atlassian-api-token', 'Atlassian API token', 'Atlassian', 'ATATT3[A-Za-z0-9_=-]{186}', {
        keywords: ['atatt3'],
        after: 196,
        validate: minEntropy(4),
        samples: {
            tps: s => [`JIRA_API_TOKEN = "ATATT3${s.url(178)}=${s.HEX(7)}"`],
            fps: s => [`JIRA_API_TOKEN = "ATATT3${s.url(100)}"`]
        }
    }),
    prefixed('linear-api-key', 'Linear API key', 'Linear', 'lin_api_[A-Za-z0-9]{40}', {
        keywords: ['lin_api_'],
        after: 50,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`LINEAR = "lin_api_${s.alnum(40)}"`],
            fps: s => [`LINEAR = "lin_api_${s.alnum(39)}"`]
        }
    }),
    prefixed('notion-token', 'Notion integration token', 'Notion', 'ntn_[0-9]{11}[A-Za-z0-9]{35}', {
        keywords: ['ntn_'],
        after: 52,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`NOTION = "ntn_${s.digits(11)}${s.alnum(35)}"`],
            fps: s => [`NOTION = "ntn_${s.digits(11)}${s.alnum(34)}"`]
        }
    }),
    prefixed('postman-api-key', 'Postman API key', 'Postman', `PMAK-${hexId(24)}-${hexId(34)}`, {
        keywords: ['pmak-'],
        after: 66,
        validate: minEntropy(3),
        samples: {
            tps: s => [`POSTMAN = "PMAK-${s.hex(24)}-${s.hex(34)}"`],
            fps: s => [`POSTMAN = "PMAK-${s.hex(24)}-${s.hex(33)}"`]
        }
    }),
    prefixed('contentful-pat', 'Contentful personal access token', 'Contentful', 'CFPAT-[\\w-]{43}', {
        keywords: ['cfpat-'],
        after: 52,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`CONTENTFUL = "CFPAT-${s.url(43)}"`],
            fps: s => [`CONTENTFUL = "CFPAT-${s.url(42)}"`]
        }
    }),
    prefixed('onepassword-service-token', '1Password service account token', '1Password', 'ops_eyJ[\\w+/=-]{250,1200}', {
        keywords: ['ops_eyj'],
        after: 1210,
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `OP_SERVICE_ACCOUNT_TOKEN = "ops_${s.base64url(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: s.url(22) }, email: `${s.lower(12)}@1passwordserviceaccounts.com`, srpX: s.hex(64), muk: { alg: 'A256GCM', k: s.url(43), kty: 'oct', kid: 'mp' }, secretKey: `A3-${s.upperAlnum(26)}`, deviceUuid: s.lowerAlnum(26) }))}"`
            ],
            fps: () => ['OP = "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSJ9"']
        }
    }),
    tok({
        id: 'figma-pat',
        title: 'Figma personal access token',
        provider: 'Figma',
        re: 'figd_[A-Za-z0-9_-]{40}',
        keywords: ['figd_'],
        gen: s => `figd_${s.url(40)}`,
        name: 'FIGMA_TOKEN',
        entropy: 3.5
    }),
    tok({
        id: 'airtable-pat',
        title: 'Airtable personal access token',
        provider: 'Airtable',
        re: 'pat[A-Za-z0-9]{14}\\.[0-9a-f]{64}',
        // `pat` alone is in every `path`; the name of the service on the line is the anchor.
        keywords: ['airtable'],
        before: 200,
        after: 220,
        gen: s => `pat${s.alnum(14)}.${s.hex(64)}`,
        name: 'AIRTABLE_TOKEN'
    }),
    kv({
        id: 'asana-pat',
        title: 'Asana personal access token',
        provider: 'Asana',
        context: 'asana',
        value: '[12]/[0-9]{10,20}(?:/[0-9]{10,20})?:[0-9a-f]{32}',
        keywords: ['asana'],
        gen: s => `2/${s.digits(16)}/${s.digits(16)}:${s.hex(32)}`,
        name: 'ASANA_ACCESS_TOKEN',
        confidence: 'high'
    }),
    tok({
        id: 'clickup-api-token',
        title: 'ClickUp personal API token',
        provider: 'ClickUp',
        re: 'pk_[0-9]{6,10}_[A-Z0-9]{32}',
        keywords: ['pk_'],
        gen: s => `pk_${s.digits(8)}_${s.upperAlnum(32)}`,
        name: 'CLICKUP_API_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'monday-api-token',
        title: 'monday.com API token',
        provider: 'monday.com',
        context: 'monday',
        value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,800}\\.[\\w-]{20,600}',
        keywords: ['monday'],
        gen: s => s.jwt({
            tid: Number(s.digits(9)),
            aai: 11,
            uid: Number(s.digits(8)),
            iad: '2026-01-01',
            per: 'me:write'
        }),
        miss: s => [s.jwt({ tid: 1 }).slice(0, 40)],
        name: 'MONDAY_API_TOKEN',
        after: 1600,
        entropy: 4
    }),
    kv({
        id: 'trello-token',
        title: 'Trello API token',
        provider: 'Trello',
        context: 'trello',
        value: 'ATTA[A-Za-z0-9]{60,72}|[0-9a-f]{64}',
        keywords: ['trello'],
        gen: s => `ATTA${s.hex(64)}${s.HEX(8)}`,
        miss: s => [`ATTA${s.hex(30)}`],
        name: 'TRELLO_TOKEN'
    }),
    kv({
        id: 'todoist-api-token',
        title: 'Todoist API token',
        provider: 'Todoist',
        context: 'todoist',
        value: '[0-9a-f]{40}',
        keywords: ['todoist'],
        gen: s => s.hex(40),
        name: 'TODOIST_API_TOKEN'
    }),
    tok({
        id: 'typeform-pat',
        title: 'Typeform personal access token',
        provider: 'Typeform',
        re: 'tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{14}',
        keywords: ['tfp_'],
        gen: s => `tfp_${s.alnum(44)}_${s.alnum(14)}`,
        name: 'TYPEFORM_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'calendly-token',
        title: 'Calendly personal access token',
        provider: 'Calendly',
        context: 'calendly',
        value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,800}\\.[\\w-]{20,600}',
        keywords: ['calendly'],
        gen: s => s.jwt({
            iss: 'https://auth.calendly.com',
            iat: 1700000000,
            jti: s.uuid(),
            user_uuid: s.uuid()
        }),
        miss: s => [s.jwt({ iss: 'x' }).slice(0, 40)],
        name: 'CALENDLY_TOKEN',
        after: 1600,
        entropy: 4
    }),
    tok({
        id: 'hubspot-private-app-token',
        title: 'HubSpot private app access token',
        provider: 'HubSpot',
        re: 'pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        keywords: ['pat-na', 'pat-eu', 'pat-ap'],
        gen: s => `pat-na1-${s.uuid()}`,
        name: 'HUBSPOT_ACCESS_TOKEN'
    }),
    tok({
        id: 'salesforce-access-token',
        title: 'Salesforce access or session token',
        provider: 'Salesforce',
        re: '00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{96}',
        keywords: ['00d'],
        after: 130,
        gen: s => `00D${s.alnum(15)}!${s.alnum(96)}`,
        miss: s => [`00D${s.alnum(15)}!${s.alnum(40)}`],
        name: 'SALESFORCE_ACCESS_TOKEN',
        entropy: 4
    }),
    tok({
        id: 'zoho-oauth-token',
        title: 'Zoho OAuth access or refresh token',
        provider: 'Zoho',
        re: '1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}',
        keywords: ['1000.'],
        gen: s => `1000.${s.hex(32)}.${s.hex(32)}`,
        name: 'ZOHO_REFRESH_TOKEN'
    }),
    kv({
        id: 'pipedrive-api-token',
        title: 'Pipedrive API token',
        provider: 'Pipedrive',
        context: 'pipedrive',
        value: '[0-9a-f]{40}',
        keywords: ['pipedrive'],
        gen: s => s.hex(40),
        name: 'PIPEDRIVE_API_TOKEN'
    }),
    tok({
        id: 'intercom-access-token',
        title: 'Intercom access token',
        provider: 'Intercom',
        re: 'dG9rO[A-Za-z0-9+/_-]{50,70}={0,2}',
        keywords: ['dg9ro'],
        gen: s => s.base64(`tok:${s.uuid()}:${s.digits(12)}`),
        miss: s => [s.base64(`tok:${s.hex(8)}`)],
        name: 'INTERCOM_ACCESS_TOKEN',
        validation: 'structure',
        validate: v => ((0,checksum/* decodeBase64 */.y4)(v)?.toString('latin1') ?? '').startsWith('tok:')
    }),
    kv({
        id: 'zendesk-api-token',
        title: 'Zendesk API token',
        provider: 'Zendesk',
        context: 'zendesk',
        value: '[A-Za-z0-9]{40}',
        keywords: ['zendesk'],
        gen: s => s.alnum(40),
        name: 'ZENDESK_API_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'freshdesk-api-key',
        title: 'Freshdesk API key',
        provider: 'Freshdesk',
        context: 'freshdesk|freshservice',
        value: '[A-Za-z0-9]{20}',
        keywords: ['freshdesk', 'freshservice'],
        gen: s => s.alnum(20),
        name: 'FRESHDESK_API_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'sanity-token',
        title: 'Sanity API token',
        provider: 'Sanity',
        context: 'sanity',
        value: 'sk[A-Za-z0-9]{78,200}',
        keywords: ['sanity'],
        after: 260,
        gen: s => `sk${s.alnum(180)}`,
        miss: s => [`sk${s.alnum(40)}`],
        name: 'SANITY_API_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'ghost-admin-api-key',
        title: 'Ghost Admin API key',
        provider: 'Ghost',
        context: 'ghost[\\w.-]{0,12}?(?:admin|api)',
        value: '[0-9a-f]{24}:[0-9a-f]{64}',
        keywords: ['ghost'],
        gen: s => `${s.hex(24)}:${s.hex(64)}`,
        name: 'GHOST_ADMIN_API_KEY',
        confidence: 'high'
    }),
    kv({
        id: 'webflow-api-token',
        title: 'Webflow API token',
        provider: 'Webflow',
        context: 'webflow',
        value: '[0-9a-f]{64}',
        keywords: ['webflow'],
        gen: s => s.hex(64),
        name: 'WEBFLOW_API_TOKEN'
    }),
    kv({
        id: 'storyblok-token',
        title: 'Storyblok management token',
        provider: 'Storyblok',
        context: 'storyblok',
        value: '[A-Za-z0-9]{22}tt-[0-9]{6}-[A-Za-z0-9_-]{20}|[A-Za-z0-9]{22}',
        keywords: ['storyblok'],
        gen: s => s.alnum(22),
        miss: s => [s.alnum(12)],
        name: 'STORYBLOK_TOKEN',
        entropy: 3.5
    }),
    kv({
        id: 'datocms-api-token',
        title: 'DatoCMS API token',
        provider: 'DatoCMS',
        context: 'datocms',
        value: '[0-9a-f]{30}',
        keywords: ['datocms'],
        gen: s => s.hex(30),
        name: 'DATOCMS_API_TOKEN'
    }),
    // ── Files and media
    tok({
        id: 'dropbox-access-token',
        title: 'Dropbox access token',
        provider: 'Dropbox',
        re: 'sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1200}',
        keywords: ['sl.'],
        after: 1220,
        gen: s => `sl.${s.url(140)}`,
        miss: s => [`sl.${s.url(60)}`],
        name: 'DROPBOX_ACCESS_TOKEN',
        entropy: 4.5
    }),
    kv({
        id: 'box-client-secret',
        title: 'Box client secret or developer token',
        provider: 'Box',
        context: 'box[_.-]?(?:client[_.-]?secret|developer[_.-]?token|access[_.-]?token)',
        value: '[A-Za-z0-9]{32}',
        keywords: ['box_client', 'box-client', 'box_developer', 'box_access', 'boxclient'],
        gen: s => s.alnum(32),
        name: 'BOX_CLIENT_SECRET',
        entropy: 3.5
    }),
    tok({
        id: 'frameio-token',
        title: 'Frame.io developer token',
        provider: 'Frame.io',
        re: 'fio-u-[A-Za-z0-9_=-]{64}',
        keywords: ['fio-u-'],
        gen: s => `fio-u-${s.url(64)}`,
        name: 'FRAMEIO_TOKEN',
        entropy: 4
    }),
    tok({
        id: 'adobe-client-secret',
        title: 'Adobe client secret',
        provider: 'Adobe',
        re: 'p8e-[A-Za-z0-9_-]{32}',
        keywords: ['p8e-'],
        gen: s => `p8e-${s.url(32)}`,
        name: 'ADOBE_CLIENT_SECRET',
        entropy: 3.5
    }),
    kv({
        id: 'miro-access-token',
        title: 'Miro access token',
        provider: 'Miro',
        context: 'miro',
        value: 'eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9_-]{20,200}|[A-Za-z0-9_-]{27}',
        keywords: ['miro'],
        gen: s => `eyJtaXJvLm9yaWdpbiI6${s.url(60)}`,
        miss: s => [s.url(12)],
        name: 'MIRO_ACCESS_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'mux-token-secret',
        title: 'Mux access token secret',
        provider: 'Mux',
        context: 'mux[_.-]?token[_.-]?secret',
        value: '[A-Za-z0-9+/]{75}',
        keywords: ['mux_token', 'mux-token'],
        gen: s => s.b64(75),
        name: 'MUX_TOKEN_SECRET',
        entropy: 4
    }),
    kv({
        id: 'unsplash-secret-key',
        title: 'Unsplash access or secret key',
        provider: 'Unsplash',
        context: 'unsplash',
        value: '[A-Za-z0-9_-]{43}',
        keywords: ['unsplash'],
        gen: s => s.url(43),
        name: 'UNSPLASH_SECRET_KEY',
        entropy: 4,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'giphy-api-key',
        title: 'GIPHY API key',
        provider: 'GIPHY',
        context: 'giphy',
        value: '[A-Za-z0-9]{32}',
        keywords: ['giphy'],
        gen: s => s.alnum(32),
        name: 'GIPHY_API_KEY',
        entropy: 3.5,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    }),
    kv({
        id: 'pexels-api-key',
        title: 'Pexels API key',
        provider: 'Pexels',
        context: 'pexels',
        value: '[A-Za-z0-9]{56}',
        keywords: ['pexels'],
        gen: s => s.alnum(56),
        name: 'PEXELS_API_KEY',
        entropy: 4,
        // Quota on public data only: reported, below the default fail-on.
        severity: 'medium'
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/services-a-l.ts


/**
 * Long-tail services whose names start with a–l, each written from the provider's own
 * description of its credential (prefix, length, alphabet); a format the provider does not
 * describe gets no rule here. Services m–z are in `services-m-z.ts`.
 */
const SERVICES_A_L_RULES = [
    // Adafruit IO shows the account's key as `aio_` and 28 letters and digits. (Adafruit's API
    // docs still show the older 32-hex key, sent as `X-AIO-Key`: the rule below.)
    tok({
        id: 'adafruit-io-key',
        title: 'Adafruit IO key',
        provider: 'Adafruit IO',
        re: 'aio_[A-Za-z0-9]{28}',
        keywords: ['aio_'],
        gen: s => `aio_${s.alnum(28)}`,
        miss: s => [`aio_${s.alnum(27)}`, `aio_${s.alnum(29)}`],
        name: 'ADAFRUIT_IO_KEY',
        entropy: 3.5
    }),
    // Adafruit IO keys from before the `aio_` prefix: 32 hex digits, sent in the `X-AIO-Key`
    // header or the `x-aio-key` query parameter.
    // Source: https://adafruit.github.io/Adafruit_IO_Documentation/http.html
    kv({
        id: 'adafruit-io-key-legacy',
        title: 'Adafruit IO key (32-hex format)',
        provider: 'Adafruit IO',
        context: 'x-aio-key|aio[_.-]?key|adafruit[_.-]?io[_.-]?key',
        value: hexId(32),
        keywords: ['x-aio-key', 'aio_key', 'aio-key', 'aiokey', 'adafruit_io_key', 'adafruit-io-key'],
        gen: s => s.hex(32),
        name: 'ADAFRUIT_IO_KEY',
        tps: s => [
            `ADAFRUIT_IO_KEY = "${s.hex(32)}"`,
            `curl -H "X-AIO-Key: ${s.hex(32)}" https://io.adafruit.com/api/v2/user/feeds`,
            `https://io.adafruit.com/api/v2/user/feeds?x-aio-key=${s.hex(32)}`
        ]
    }),
    // Dependency-Track (4.10+) issues API keys as `odt_` and 32 letters and digits.
    tok({
        id: 'dependency-track-api-key',
        title: 'Dependency-Track API key',
        provider: 'Dependency-Track',
        re: 'odt_[A-Za-z0-9]{32}',
        keywords: ['odt_'],
        gen: s => `odt_${s.alnum(32)}`,
        miss: s => [`odt_${s.alnum(31)}`, `odt_${s.alnum(33)}`],
        name: 'DTRACK_API_KEY',
        entropy: 3.5
    }),
    // AWS AppSync API keys (key version `da2`, the only valid one since 2018): `da2-` and 26
    // lower-case letters and digits, sent as `x-api-key`.
    tok({
        id: 'aws-appsync-api-key',
        title: 'AWS AppSync API key',
        provider: 'AWS',
        re: 'da2-[a-z0-9]{26}',
        keywords: ['da2-'],
        gen: s => `da2-${s.lowerAlnum(26)}`,
        miss: s => [`da2-${s.lowerAlnum(25)}`, `da2-${s.lowerAlnum(27)}`],
        name: 'APPSYNC_API_KEY'
    }),
    // Azure Container Registry access keys (admin passwords and token passwords) are 52 base64
    // characters that carry the service signature `+ACR` at offset 42.
    tok({
        id: 'azure-container-registry-key',
        title: 'Azure Container Registry access key',
        provider: 'Azure',
        re: '[A-Za-z0-9+/]{42}\\+ACR[A-Za-z0-9+/]{6}',
        keywords: ['+acr'],
        before: 50,
        after: 12,
        gen: s => `${s.b64(42)}+ACR${s.alnum(6)}`,
        miss: s => [`${s.b64(42)}+ACR${s.alnum(5)}`, `${s.b64(42)}+ACX${s.alnum(6)}`],
        name: 'ACR_PASSWORD',
        entropy: 4
    }),
    // Fly.io tokens (`fly tokens create …`, `fly auth token`) are macaroons written
    // `FlyV1 fm2_<base64>`, several hundred characters long, comma-separated when bundled.
    // Source: https://fly.io/docs/flyctl/tokens-create/ and Fly.io's macaroon library,
    // https://readme.hex.pm/macfly/0.2.20
    tok({
        id: 'flyio-token',
        title: 'Fly.io API token',
        provider: 'Fly.io',
        re: 'FlyV1 fm2_[A-Za-z0-9+/=_,-]{100,2000}',
        keywords: ['flyv1 fm2_'],
        after: 2010,
        gen: s => `FlyV1 fm2_${s.b64(160)},fm2_${s.b64(120)}`,
        miss: s => [`FlyV1 fm2_${s.b64(40)}`, `FlyV2 fm2_${s.b64(160)}`],
        name: 'FLY_API_TOKEN',
        entropy: 4.5
    }),
    // LoginRadius API keys and secrets are GUIDs.
    kv({
        id: 'loginradius-api-key',
        title: 'LoginRadius API key or secret',
        provider: 'LoginRadius',
        context: 'login[_.-]?radius',
        value: UUID,
        keywords: ['loginradius', 'login_radius', 'login-radius', 'login.radius'],
        gen: s => s.uuid(),
        name: 'LOGINRADIUS_API_SECRET'
    }),
    // DocuSign integration secret keys are GUIDs (the integration key, a GUID too, only names
    // the app: the rule wants a secret in the name).
    kv({
        id: 'docusign-secret-key',
        title: 'DocuSign integration secret key',
        provider: 'DocuSign',
        context: 'docu[_.-]?sign[\\w.-]{0,20}?(?:secret|private)',
        value: UUID,
        keywords: ['docusign', 'docu_sign', 'docu-sign'],
        gen: s => s.uuid(),
        name: 'DOCUSIGN_SECRET_KEY',
        tps: s => [`DOCUSIGN_SECRET_KEY = "${s.uuid()}"`, `docusignClientSecret := "${s.uuid()}"`]
    }),
    // Blocknative API keys (Mempool, Gas Platform) are GUIDs.
    kv({
        id: 'blocknative-api-key',
        title: 'Blocknative API key',
        provider: 'Blocknative',
        context: 'blocknative',
        value: UUID,
        keywords: ['blocknative'],
        gen: s => s.uuid(),
        name: 'BLOCKNATIVE_API_KEY'
    }),
    // Code Climate's test reporter ID (`CC_TEST_REPORTER_ID`, 64 hex digits) lets its holder
    // upload coverage reports for the repository.
    kv({
        id: 'codeclimate-test-reporter-id',
        title: 'Code Climate test reporter ID',
        provider: 'Code Climate',
        context: '(?:cc|code[_.-]?climate)[_.-]?(?:test[_.-]?)?reporter[_.-]?id',
        value: hexId(64),
        keywords: ['reporter_id', 'reporter-id', 'reporterid'],
        gen: s => s.hex(64),
        name: 'CC_TEST_REPORTER_ID',
        // Code Climate says the ID only identifies the repository when coverage is posted and
        // cannot read any data, so it is reported below the default `fail-on`.
        // Source: https://docs.codeclimate.com/docs/finding-your-test-coverage-token#should-i-keep-my-test-reporter-id-secret
        severity: 'low'
    }),
    // A new Jenkins controller prints its generated admin password (32 hex digits, the content of
    // `secrets/initialAdminPassword`) under this sentence in its first log.
    rule('jenkins-initial-admin-password', 'Jenkins initial admin password', 'Jenkins', 'password to proceed to installation:\\s{1,20}(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])', {
        keywords: ['password to proceed to installation'],
        before: 0,
        after: 100,
        multiline: true,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `Jenkins initial setup is required. An admin user has been created and a password generated.\nPlease use the following password to proceed to installation:\n\n${s.hex(32)}\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword`
            ],
            fps: s => [
                `Please use the following password to proceed to installation:\n\n${s.hex(31)}\n`,
                `Please use the following password to proceed to installation:\n\n${s.hex(32)}${s.hex(8)}\n`
            ]
        }
    }),
    // A HashiCorp Vault unseal key share is 33 random bytes in base64 (44 characters); `vault
    // operator init` prints them as `Unseal Key N: …` and `vault operator unseal` takes one.
    rule('vault-unseal-key', 'HashiCorp Vault unseal key share', 'HashiCorp', '(?:operator\\s{1,5}unseal(?:\\s{1,5}-[\\w-]{1,30}(?:=[^\\s"\']{1,100})?){0,4}|unseal key(?:\\s{1,3}\\d{1,2})?\\s{0,3}:)[\\s"\']{1,5}(?<secret>[A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])', {
        keywords: ['operator unseal', 'unseal key'],
        before: 0,
        after: 260,
        validate: minEntropy(4),
        samples: {
            tps: s => [
                `vault operator unseal ${s.b64(44)}`,
                `Unseal Key 1: ${s.b64(44)}\nUnseal Key 2: ${s.b64(44)}`
            ],
            fps: s => [
                `vault operator unseal ${s.b64(40)}`,
                `Unseal Key 1: ${s.b64(44)}${s.b64(4)}`,
                'vault operator unseal -migrate'
            ]
        }
    }, 'i'),
    // Google Artifact Registry and Container Registry accept a service account key file as a
    // Docker password under the user name `_json_key`; Docker stores `user:password` in base64
    // (`"auth"` in config.json, DOCKER_AUTH_CONFIG), which then starts with `X2pzb25fa2V5`.
    rule('gcp-docker-json-key', 'Google Cloud service account key in Docker registry credentials', 'Google Cloud', '(?<![A-Za-z0-9+/])(?<secret>X2pzb25fa2V5[A-Za-z0-9+/]{100,8000}={0,2})(?![A-Za-z0-9+/=])', {
        keywords: ['x2pzb25fa2v5'],
        before: 0,
        after: 8020,
        severity: 'critical',
        validation: 'structure',
        raw: true,
        validate: secret => {
            const text = (0,checksum/* decodeBase64 */.y4)(secret)?.toString('utf8') ?? '';
            return /^_json_key(?:_base64)?:/.test(text) && /private_key/.test(text);
        },
        samples: {
            tps: s => [
                `{"auths": {"europe-docker.pkg.dev": {"auth": "${s.base64(`_json_key:${JSON.stringify({ type: 'service_account', project_id: s.lower(10), private_key_id: s.hex(40), private_key: `-----BEGIN PRIVATE KEY-----\n${s.b64(64)}\n-----END PRIVATE KEY-----\n`, client_email: `${s.lower(8)}@${s.lower(10)}.iam.gserviceaccount.com` }, null, 2)}`)}"}}}`
            ],
            fps: s => [
                `IMAGE_PULL = "${s.base64(`_json_key:${JSON.stringify({ type: 'authorized_user', note: s.lower(90) })}`)}"`
            ]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/services-m-z.ts


/**
 * Hex under the case-insensitive name anchor: a generated key is all lower or all upper case,
 * never mixed, and random enough.
 */
const oneCaseHex = (floor) => secret => (/^[0-9a-f]+$/.test(secret) || /^[0-9A-F]+$/.test(secret)) && (0,heuristics/* shannonEntropy */.ly)(secret) > floor;
/**
 * Services M–Z (and digits) with no rule in the family files, each written from the
 * provider's own description of its credential: a URL or API call shape the provider
 * documents, or a documented length and alphabet under the service's name.
 */
const SERVICES_M_Z_RULES = [
    rule('power-automate-workflow-url', 'Power Automate / Logic Apps workflow trigger URL (Teams workflow webhook)', 'Microsoft Power Automate', 
    // The `sig` query parameter is the trigger URL's SAS signature. Source:
    // https://learn.microsoft.com/en-us/dotnet/api/azure.resourcemanager.logic.models.logicworkflowtriggercallbackqueryparameterinfo.sig
    // A manual-trigger workflow URL carries its authorization in the `sig` query parameter
    // (an HMAC-SHA256, 43 base64url characters): anyone holding the URL can run the flow.
    // Teams' Workflows webhooks, which replace the retired connector webhooks, are these URLs.
    '(?<secret>https://[a-z0-9.-]{3,120}\\.(?:environment\\.api\\.powerplatform\\.com|logic\\.azure\\.com)(?::\\d{2,5})?/(?:powerautomate/automations/direct/)?workflows/[0-9a-f]{32}/triggers/[\\w.-]{1,80}/paths/invoke\\?[\\w%&=.~-]{0,300}?sig=[A-Za-z0-9_-]{43})(?![\\w-])', {
        keywords: ['environment.api.powerplatform.com', '.logic.azure.com'],
        before: 130,
        after: 700,
        validation: 'structure',
        raw: true,
        validate: secret => (0,heuristics/* shannonEntropy */.ly)(secret.slice(secret.lastIndexOf('sig=') + 4)) > 4,
        samples: {
            tps: s => [
                `TEAMS_WEBHOOK = "https://default${s.hex(30)}.${s.digits(2)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${s.hex(32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${s.url(43)}"`,
                `url: https://prod-${s.digits(2)}.westeurope.logic.azure.com:443/workflows/${s.hex(32)}/triggers/manual/paths/invoke?sig=${s.url(43)}&api-version=2016-06-01`
            ],
            fps: s => [
                // No signature: the URL alone does not authorize a call.
                `url: https://prod-${s.digits(2)}.westeurope.logic.azure.com:443/workflows/${s.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01`,
                `url: https://prod-${s.digits(2)}.westeurope.logic.azure.com:443/workflows/${s.hex(32)}/triggers/manual/paths/invoke?sig=${s.url(30)}`
            ]
        }
    }),
    rule('truenas-api-key', 'TrueNAS API key', 'TrueNAS', 
    // TrueNAS shows a key once as `<key id>-<64 letters and digits>`; its JSON-RPC API takes it
    // as the only parameter of `auth.login_with_api_key`.
    '(?:login_with_api_key|truenas)[\\s\\S]{0,80}?(?<![\\w-])(?<secret>[0-9]{1,6}-[A-Za-z0-9]{64})(?![\\w-])', {
        keywords: ['login_with_api_key', 'truenas'],
        before: 0,
        after: 160,
        // JSON dumps put `params` on the lines after `method`.
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: secret => (0,heuristics/* shannonEntropy */.ly)(secret) > 4,
        samples: {
            tps: s => [
                `{"id": "${s.uuid()}", "msg": "method", "method": "auth.login_with_api_key", "params": ["${s.digits(1)}-${s.alnum(64)}"]}`,
                `TRUENAS_API_KEY=${s.digits(2)}-${s.alnum(64)}`
            ],
            fps: s => [
                `TRUENAS_API_KEY=${s.digits(2)}-${s.alnum(63)}`,
                `{"method": "auth.login_with_api_key", "params": ["$TRUENAS_API_KEY"]}`,
                `BUILD_ID=${s.digits(2)}-${s.alnum(64)}`
            ]
        }
    }, 'i'),
    rule('thingsboard-device-token', 'ThingsBoard device access token in a device API URL', 'ThingsBoard', 
    // Source: https://thingsboard.io/docs/reference/http-api/
    // The device HTTP API (and CoAP) takes the device's access token as a path segment:
    // `/api/v1/<token>/telemetry`, `/attributes`, `/rpc`, `/claim`, `/firmware`.
    '/api/v1/(?<secret>[A-Za-z0-9_-]{16,64})/(?:telemetry|attributes|rpc|claim|firmware|software)(?![\\w-])', {
        keywords: ['/telemetry', '/attributes', '/claim', '/firmware', '/software'],
        before: 80,
        after: 20,
        confidence: 'medium',
        validation: 'context',
        validate: secret => !(0,heuristics/* isPlaceholder */.wK)(secret) &&
            /[0-9]/.test(secret) &&
            /[A-Za-z]/.test(secret) &&
            (0,heuristics/* shannonEntropy */.ly)(secret) > 3.2,
        samples: {
            tps: s => [
                `curl -v -X POST http://tb.${s.lower(6)}.net:8080/api/v1/${s.alnum(20)}/telemetry -d '{"t": 1}'`,
                `coap://coap.thingsboard.cloud/api/v1/${s.lowerAlnum(20)}/attributes`
            ],
            fps: () => [
                'curl -X POST http://$THINGSBOARD_HOST/api/v1/$ACCESS_TOKEN/telemetry',
                'http://localhost:8080/api/v1/{accessToken}/telemetry',
                'http://localhost:8080/api/v1/YOUR_DEVICE_ACCESS_TOKEN/telemetry'
            ]
        }
    }),
    kv({
        id: 'zulip-api-key',
        title: 'Zulip API key',
        provider: 'Zulip',
        context: 'zulip',
        // A zuliprc's `key=`: 32 letters and digits (the length as Zulip's own zulip-js README
        // shows a key; zulip.com/api/api-keys documents the zuliprc but not the length).
        // Source: https://zulip.com/api/api-keys and https://www.npmjs.com/package/zulip-js
        value: '[A-Za-z0-9]{32}',
        keywords: ['zulip'],
        gen: s => s.alnum(32),
        name: 'ZULIP_API_KEY',
        entropy: 3.5,
        tps: s => [`ZULIP_API_KEY = "${s.alnum(32)}"`, `zulip key - '${s.alnum(32)}'`]
    }),
    kv({
        id: 'notion-integration-secret',
        title: 'Notion internal integration secret (secret_ format)',
        provider: 'Notion',
        context: 'notion',
        // Before `ntn_`, Notion issued internal integration secrets as `secret_` + 43 characters.
        value: 'secret_[A-Za-z0-9]{43}',
        keywords: ['notion'],
        gen: s => `secret_${s.alnum(43)}`,
        name: 'NOTION_TOKEN',
        entropy: 4
    }),
    kv({
        id: 'phrase-access-token',
        title: 'Phrase (Strings) API access token',
        provider: 'Phrase',
        // Phrase documents the token's use (`Authorization: token ACCESS_TOKEN`), not its length.
        // Source: https://developers.phrase.com/en/api/strings/authentication
        // `phrase` as a word of the name, not the end of `passphrase`.
        context: '(?<![a-z])phrase(?:app)?[\\w .-]{0,20}?(?:token|access)',
        value: '[0-9a-f]{64}',
        keywords: ['phrase'],
        gen: s => s.hex(64),
        miss: s => [s.hex(63), `${s.hex(32).toUpperCase()}${s.hex(32)}`],
        name: 'PHRASE_ACCESS_TOKEN',
        validate: oneCaseHex(3.3),
        tps: s => [`PHRASE_ACCESS_TOKEN = "${s.hex(64)}"`, `phrase token - ${s.hex(64)}`]
    }),
    kv({
        id: 'moosend-api-key',
        title: 'Moosend API key',
        provider: 'Moosend',
        context: 'moosend',
        // Moosend API keys are GUIDs.
        value: UUID,
        keywords: ['moosend'],
        gen: s => s.uuid(),
        name: 'MOOSEND_API_KEY'
    }),
    kv({
        id: 'shortcut-api-token',
        title: 'Shortcut (formerly Clubhouse) API token',
        provider: 'Shortcut',
        // Shortcut API tokens are UUIDs; `shortcut` is a common word, so the name must say token.
        // Shortcut's client README tells users to export `SHORTCUT_API_TOKEN`; the GUID shape is
        // not on Shortcut's pages. Source: https://github.com/useshortcut/shortcut-client-js
        context: '(?:shortcut|clubhouse)[\\w .-]{0,20}?(?:token|api[_.-]?key)',
        value: UUID,
        keywords: ['shortcut', 'clubhouse'],
        gen: s => s.uuid(),
        name: 'SHORTCUT_API_TOKEN',
        tps: s => [`SHORTCUT_API_TOKEN = "${s.uuid()}"`, `shortcut token = '${s.uuid()}'`]
    }),
    kv({
        id: 'npm-legacy-token',
        title: 'npm legacy access token (UUID format)',
        provider: 'npm',
        // npm tokens issued before the `npm_` format are UUIDs. npm removed legacy tokens on
        // 5 November 2025, so one found now no longer logs in to npmjs.com: reported below the
        // default `fail-on` (private registries that copied the format may still accept theirs).
        // Source: https://docs.npmjs.com/about-access-tokens/
        context: 'npm[\\w .-]{0,12}?(?:token|auth)',
        value: UUID,
        keywords: ['npm'],
        gen: s => s.uuid(),
        name: 'NPM_TOKEN',
        severity: 'low'
    }),
    kv({
        id: 'twitter-consumer-key',
        title: 'X (Twitter) API key (consumer key)',
        provider: 'X (Twitter)',
        // The API key (consumer key) is 25 letters and digits; its secret is the 50-character
        // value `twitter-api-secret` finds.
        context: '(?:twitter|tweepy)[\\w.-]{0,20}?(?:consumer|api)[_.-]?key',
        value: '[A-Za-z0-9]{25}',
        keywords: ['twitter', 'tweepy'],
        gen: s => s.alnum(25),
        name: 'TWITTER_CONSUMER_KEY',
        entropy: 3.5
    }),
    kv({
        id: 'poloniex-api-secret',
        title: 'Poloniex API secret',
        provider: 'Poloniex',
        context: 'poloniex',
        // The secret signs requests with HMAC-SHA512: 128 hex digits.
        value: '[0-9a-f]{128}',
        keywords: ['poloniex'],
        gen: s => s.hex(128),
        miss: s => [s.hex(127), `D${s.hex(126)}B`],
        name: 'POLONIEX_SECRET',
        validate: oneCaseHex(3.5)
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/services-sourced.ts



/**
 * Services whose credential format or usage their own documentation describes; the page each
 * rule was written from is named beside it. A service that documents neither gets no rule.
 */
const SERVICES_SOURCED_RULES = [
    // Tines: each Webhook action has a unique URL that carries the action's path and, when
    // access control uses it, the secret: `https://<tenant>.tines.com/webhook/<path>/<secret>`.
    // Source: https://www.tines.com/docs/actions/types/webhook/
    rule('tines-webhook-url', 'Tines webhook URL with its secret', 'Tines', 'https://[a-z0-9-]{1,63}\\.tines\\.com/webhook/[A-Za-z0-9_-]{1,64}/(?<secret>[A-Za-z0-9]{16,64})(?![\\w-])', {
        keywords: ['.tines.com/webhook/'],
        before: 80,
        after: 150,
        validation: 'structure',
        validate: secret => (0,heuristics/* shannonEntropy */.ly)(secret) > 3.5,
        samples: {
            tps: s => [
                `TINES_HOOK = "https://${s.lower(8)}.tines.com/webhook/${s.lowerAlnum(32)}/${s.lowerAlnum(32)}"`,
                `hook: https://${s.upper(3)}.tines.com/webhook/${s.lowerAlnum(32)}/${s.lowerAlnum(32)}`
            ],
            fps: s => [
                // No secret segment: the path alone is not a credential.
                `TINES_HOOK = "https://${s.lower(8)}.tines.com/webhook/${s.lowerAlnum(32)}"`,
                // A query string cuts the path: not the documented shape.
                `TINES_HOOK = "https://${s.lower(8)}.tines.com/webhook/${s.lowerAlnum(10)}?x=${s.lowerAlnum(8)}/${s.lowerAlnum(32)}"`
            ]
        }
    }, 
    // Host names are case-insensitive.
    'i'),
    // HubSpot's (retired, still found in old code) account API key went into the `hapikey`
    // query parameter; keys were GUIDs.
    // Source: https://knowledge.hubspot.com/integrations/how-do-i-get-my-hubspot-api-key
    kv({
        id: 'hubspot-legacy-api-key',
        title: 'HubSpot legacy API key (hapikey)',
        provider: 'HubSpot',
        context: 'hapikey|hubspot[_.-]?api[_.-]?key',
        value: UUID,
        keywords: ['hapikey', 'hubspot_api_key', 'hubspot-api-key', 'hubspotapikey', 'hubspot.api'],
        gen: s => s.uuid(),
        name: 'HAPIKEY'
    }),
    // Cisco Meraki Dashboard API keys: 40 hex digits, sent as `Authorization: Bearer` or
    // `X-Cisco-Meraki-API-Key`, read from `MERAKI_DASHBOARD_API_KEY` by Cisco's SDK. The rule
    // wants Meraki named before a key label, since 40 hex digits alone look like a commit id.
    // Source: https://developer.cisco.com/meraki/api-v1/authorization/
    rule('meraki-api-key', 'Cisco Meraki Dashboard API key', 'Cisco Meraki', 'meraki[\\s\\S]{0,120}?(?:api[_-]?key|token|bearer)\\W{0,5}(?<secret>[0-9a-f]{40})(?![0-9a-z])', {
        keywords: ['meraki'],
        before: 0,
        after: 220,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: secret => (0,heuristics/* shannonEntropy */.ly)(secret) > 3,
        samples: {
            tps: s => [
                `MERAKI_DASHBOARD_API_KEY=${s.hex(40)}`,
                `import meraki\nAPI_KEY = '${s.hex(40)}'\ndashboard = meraki.DashboardAPI(API_KEY)`,
                `curl https://api.meraki.com/api/v1/organizations -H 'X-Cisco-Meraki-API-Key: ${s.hex(40)}'`
            ],
            fps: s => [
                // A commit id near the name is not a key.
                `pip install git+https://github.com/meraki/dashboard-api-python@${s.hex(40)}`,
                `MERAKI_DASHBOARD_API_KEY=${s.hex(39)}`,
                `API_KEY = '${s.hex(40)}'`
            ]
        }
    }, 'i'),
    // Vault AppRole: `role_id` names the role, `secret_id` is the credential that logs in with
    // it; both are UUIDs (`vault write -f auth/approle/role/<name>/secret-id`). The rule wants
    // Vault named before the value, since `secret_id` alone is a common field name.
    // Source: https://developer.hashicorp.com/vault/docs/auth/approle
    rule('vault-approle-secret-id', 'HashiCorp Vault AppRole secret ID', 'HashiCorp', `(?:vault|approle|hashicorp)[\\s\\S]{0,160}?secret[_-]?id\\w{0,3}["']?\\s{0,3}(?:=|:)\\s{0,3}["']?(?<secret>${UUID})(?![\\w-])`, {
        keywords: ['secret_id', 'secret-id', 'secretid'],
        before: 200,
        after: 80,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: secret => (0,heuristics/* shannonEntropy */.ly)(secret) > 3,
        samples: {
            tps: s => [
                `vault:\n  role_id = "${s.uuid()}"\n  secret_id = "${s.uuid()}"`,
                `VAULT_ADDR=https://vault.${s.lower(6)}.net\nVAULT_SECRET_ID=${s.uuid()}`
            ],
            fps: s => [
                // No Vault context: `secret_id` is too common a field name on its own.
                `secret_id = "${s.uuid()}"`,
                // A role ID is not a credential.
                `vault:\n  role_id = "${s.uuid()}"`,
                `vault:\n  secret_id = "${s.uuid().slice(0, -1)}"`
            ]
        }
    }, 'i')
];
/**
 * Passwords written into a tool's documented command line or settings (the tool names the
 * field, so no service name is needed). A variable, placeholder or stock word is not a
 * finding: the checks `url-basic-auth` applies to a URL's password.
 */
const toolPassword = (secret, ctx) => 
// `mypass`, `your_password`: a possessive in front of a stock word is still the stock word.
DEV_PASSWORDS.has(secret.toLowerCase().replace(/^(?:my|your)[_-]?/, ''))
    ? false
    : urlCredentialValidator(secret, ctx);
const TOOL_CREDENTIAL_RULES = [
    // PsExec runs a program on another Windows machine as `-u <user> -p <password>`.
    // Source: https://learn.microsoft.com/en-us/sysinternals/downloads/psexec
    rule('psexec-password', 'Password on a PsExec command line', 'PsExec', '\\bpsexec(?:64)?(?:\\.exe)?\\b[^\\n]{0,300}?\\s-u\\s{1,5}["\']?(?<user>[^\\s"\']{1,64})["\']?\\s{1,5}-p\\s{1,5}["\']?(?<secret>[^\\s"\']{3,128})', {
        keywords: ['psexec'],
        before: 0,
        after: 500,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `psexec \\\\10.0.0.${s.digits(2)} -u Administrator -p ${s.alnum(12)} cmd /c ipconfig`,
                `PsExec64.exe \\\\host${s.digits(2)} -u CORP\\svc_${s.lower(5)} -p "${s.alnum(14)}" -i cmd`
            ],
            fps: s => [
                // Variables and placeholders, not passwords.
                `psexec \\\\host -u Administrator -p $Password cmd`,
                `psexec \\\\host -u Administrator -p %PASS% cmd`,
                `psexec \\\\host -u DOMAIN\\ADMINISTRATOR -p PASSWORD cmd`,
                `psexec \\\\host -u DOMAIN\\me -p mypass cmd`,
                // `-p` without `-u` before it is some other program's flag.
                `psexec \\\\host cmd /c dir -p ${s.alnum(12)}`
            ]
        }
    }, 'i'),
    // VMware PowerCLI logs in with `Connect-VIServer -Server … -User … -Password …`.
    // Source: https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver
    rule('powercli-password', 'Password on a PowerCLI Connect-VIServer line', 'PowerCLI', '\\bconnect-viserver\\b[^\\n]{0,300}?\\s-password\\s{1,5}["\']?(?<secret>[^\\s"\']{3,128})', {
        keywords: ['connect-viserver'],
        before: 0,
        after: 450,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `Connect-VIServer -Server vc.${s.lower(5)}.local -User administrator@vsphere.local -Password '${s.alnum(14)}'`,
                `connect-viserver 10.1.1.${s.digits(2)} -user root -password ${s.alnum(10)}!`
            ],
            fps: s => [
                `Connect-VIServer $server -User $user -Password $password`,
                `Connect-VIServer vc.${s.lower(5)}.local -User root -Password <password>`,
                `Connect-VIServer vc.${s.lower(5)}.local -Credential $cred`
            ]
        }
    }, 'i'),
    // ADO.NET / ODBC / OLE DB connection strings: `Server=` (or `Data Source=`, `Host=`),
    // `User ID=` (`Uid=`), `Password=` (`Pwd=`), separated by semicolons.
    // Source: https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring
    rule('connection-string-password', 'Password in a database connection string', 'Database', '(?<![\\w-])(?:server|data source|host|address|addr|network address)\\s{0,3}=[^;"\'\\n]{1,200};[^"\'\\n]{0,400}?(?:(?:user id|userid|uid|user name|username|user)\\s{0,3}=\\s{0,3}(?<user>[^;"\'\\n]{1,64});[^"\'\\n]{0,200}?)?(?<![\\w-])(?:password|pwd)\\s{0,3}=\\s{0,3}(?<secret>[^;"\'\\n]{3,128}?)\\s{0,3}(?=[;"\'\\n]|$)', {
        keywords: ['server=', 'data source=', 'host=', 'server =', 'data source ='],
        before: 2,
        after: 900,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `"Server=db${s.digits(2)}.corp;Database=app;User Id=svc_${s.lower(5)};Password=${s.alnum(14)};"`,
                `Provider=SQLNCLI;Data Source=10.0.0.${s.digits(2)},1433;Initial Catalog=app;Uid=app;Pwd=${s.alnum(12)}!;`
            ],
            fps: s => [
                // Stock and templated passwords, and a password with no server in front of it.
                `Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;`,
                `"driver={SQL Server};server=(#{h});database=#{d};uid=#{u};pwd=#{datastore['DBPASSWORD']}"`,
                `Password=${s.alnum(14)};`
            ]
        }
    }, 'i'),
    // PHPMailer takes the SMTP login as `$mail->Username` / `$mail->Password` after
    // `isSMTP()` / `SMTPAuth`; the rule wants one of those before the password, since other
    // PHP classes have a `Password` property too.
    // Source: https://github.com/PHPMailer/PHPMailer#a-simple-example
    rule('phpmailer-smtp-password', 'SMTP password in PHPMailer settings', 'PHPMailer', '(?:PHPMailer|isSMTP\\(\\)|SMTPAuth|->Username)[\\s\\S]{0,400}?->Password\\s{0,40}=\\s{0,5}(["\'])(?<secret>[^"\'\\n$]{3,128})\\1', {
        keywords: ['->password'],
        before: 500,
        after: 200,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->SMTPAuth = true;\n$mail->Username = 'ops@${s.lower(6)}.com';\n$mail->Password = '${s.alnum(14)}';`
            ],
            fps: s => [
                // The README's own placeholder, an environment read, and a model's field.
                `$mail->isSMTP();\n$mail->Username = 'user@example.com';\n$mail->Password = 'secret';`,
                `$mail->isSMTP();\n$mail->Password = getenv('SMTP_PASSWORD');`,
                `$user = new User();\n$user->Password = '${s.alnum(14)}';`
            ]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/services-sourced-2.ts



/**
 * More services and APIs whose credential format or usage their own documentation describes;
 * the page each rule was written from is named beside it.
 */
const SERVICES_SOURCED_2_RULES = [
    // HubSpot's retired account API key (a GUID, sent as `hapikey`) handed straight to a HubSpot
    // client's constructor: `new HubSpotAPI("…")`, `Hubspot({ apiKey: "…" })`. The `hapikey`
    // assignment form is `hubspot-legacy-api-key`.
    // Source: https://knowledge.hubspot.com/integrations/how-do-i-get-my-hubspot-api-key
    rule('hubspot-legacy-api-key-call', 'HubSpot legacy API key passed to a HubSpot client', 'HubSpot', `\\bhubspot\\w{0,20}\\s{0,3}\\(\\s{0,5}(?:\\{\\s{0,5}(?:hapikey|api_?key)\\s{0,3}:\\s{0,3})?(?<q>["'])(?<secret>${UUID})\\k<q>`, {
        keywords: ['hubspot'],
        before: 0,
        after: 120,
        confidence: 'medium',
        validation: 'context',
        validate: secret => (0,heuristics/* shannonEntropy */.ly)(secret) > 3,
        samples: {
            tps: s => [
                `const hs = new HubSpotAPI("${s.uuid()}");`,
                `const client = new Hubspot({ apiKey: '${s.uuid()}' })`
            ],
            fps: s => [
                // A form's GUID is not a key, and neither is a key read from the environment.
                `const form = useHubspotForm({ portalId: '${s.digits(7)}', formId: '${s.uuid()}' })`,
                `const hs = new HubSpotAPI({ hapikey: process.env.HAPI_KEY })`,
                `const hs = new HubSpotAPI("${s.uuid().slice(0, -1)}")`
            ]
        }
    }, 'i'),
    // Vault tokens before 1.10: "Service tokens start with `s.` and batch tokens start with
    // `b.`" (Vault 1.0 upgrade notes); OpenBao went back to these prefixes. `s.` alone is every
    // minified `s.method()`, so the rule wants the value under a Vault token name (`VAULT_TOKEN`,
    // `X-Vault-Token`, `-vaultToken`). Today's `hvs.`/`hvb.` tokens have their own rule.
    // Source: https://developer.hashicorp.com/vault/docs/upgrading/upgrade-to-1.0.0
    rule('vault-legacy-token', 'HashiCorp Vault token (s./b. prefix, before Vault 1.10)', 'HashiCorp', '(?:vault[_.-]?(?:client[_.-]?)?token|x-vault-token)["\'\\]]{0,2}\\s{0,3}(?:=|:|\\s)\\s{0,3}["\'\\x60]?(?<secret>[sb]\\.[A-Za-z0-9_-]{24,400})(?![\\w.-])', {
        keywords: ['vaulttoken', 'vault_token', 'vault-token', 'vault.token', 'vault_client_token'],
        before: 2,
        after: 440,
        confidence: 'medium',
        validation: 'context',
        validate: secret => (0,heuristics/* shannonEntropy */.ly)(secret.slice(2)) > 3.5 && /[0-9]/.test(secret),
        samples: {
            tps: s => [
                `VAULT_TOKEN=s.${s.alnum(24)}`,
                `curl -H "X-Vault-Token: s.${s.alnum(24)}" https://vault.${s.lower(6)}.net/v1/secret/app`,
                `\`-vaultToken s.CAESI${s.url(100)}\``
            ],
            fps: s => [
                // Minified code: `s.` is a variable, not a token.
                `this.vaultToken = s.${s.lower(12)}${s.upper(1)}${s.lower(12)}()`,
                `VAULT_TOKEN=s.${s.alnum(20)}`,
                // The same value under a name that is not Vault's.
                `SESSION=s.${s.alnum(24)}`
            ]
        }
    }, 'i')
];
/**
 * Passwords passed to a documented constructor or call that takes a user name and a password
 * as separate arguments (the API names the field, so no service name is needed). The checks
 * are the ones of the other tool-password rules: variables, placeholders and stock words are
 * not reported.
 */
const TOOL_CREDENTIAL_2_RULES = [
    // .NET `new NetworkCredential(userName, password[, domain])`; PowerShell writes it
    // `New-Object System.Net.NetworkCredential("user", "password")`.
    // Source: https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor
    rule('dotnet-network-credential', 'Password in a .NET NetworkCredential', '.NET', '\\bNetworkCredential\\s{0,3}\\(\\s{0,40}(?<q1>["\'])(?<user>[^"\'\\n]{1,128})\\k<q1>\\s{0,40},\\s{0,40}(?<q2>["\'])(?<secret>[^"\'\\n]{3,128})\\k<q2>', {
        keywords: ['networkcredential'],
        before: 0,
        after: 420,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", "${s.lower(16)}");`,
                `$wc.Credentials = New-Object System.Net.NetworkCredential('svc_${s.lower(4)}', '${s.alnum(20)}')`
            ],
            fps: s => [
                // Variables, a stock word and a placeholder are not passwords.
                `smtp.Credentials = new NetworkCredential(user, password);`,
                `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", "password");`,
                `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", "<your-password>");`,
                `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", $"{pass}");`
            ]
        }
    }),
    // Azure's identity library signs a user in with `UsernamePasswordCredential(client_id,
    // username, password)`; Python code passes them as keywords.
    // Source: https://learn.microsoft.com/en-us/python/api/azure-identity/azure.identity.usernamepasswordcredential
    rule('azure-username-password-credential', 'Password in an Azure identity UsernamePasswordCredential', 'Azure', '\\bUsernamePasswordCredential\\s{0,3}\\([^)]{0,400}?\\bpassword\\s{0,3}=\\s{0,3}(?<q>["\'])(?<secret>[^"\'\\n]{3,128})\\k<q>', {
        keywords: ['usernamepasswordcredential'],
        before: 0,
        after: 560,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `credential = UsernamePasswordCredential(\n    client_id="${s.uuid()}",\n    username="ops@${s.lower(6)}.onmicrosoft.com",\n    password="${s.alnum(12)}#${s.digits(2)}",\n)`
            ],
            fps: s => [
                `credential = UsernamePasswordCredential(client_id=cid, username=user, password=os.environ["AZ_PASSWORD"])`,
                `credential = UsernamePasswordCredential(client_id="${s.uuid()}", username="u", password="<password>")`,
                // A password after the call has closed belongs to something else.
                `c = UsernamePasswordCredential(cid, user, pw)\nlogin(password="${s.alnum(12)}")`
            ]
        }
    }),
    // .NET `new DirectoryEntry(path, username, password)` and ADSI's
    // `OpenDSObject(path, user, password, flags)` bind to a directory with a password.
    // Sources: https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry.-ctor
    // and https://learn.microsoft.com/en-us/windows/win32/api/iads/nf-iads-iadsopendsobject-opendsobject
    rule('ldap-bind-password', 'Password in a .NET DirectoryEntry or ADSI OpenDSObject bind', 'LDAP', '\\b(?:DirectoryEntry|OpenDSObject)\\s{0,3}\\(\\s{0,40}(?<q0>["\'])(?:LDAPS?|GC|WinNT)://[^"\'\\n]{0,200}\\k<q0>\\s{0,40},\\s{0,40}(?<q1>["\'])(?<user>[^"\'\\n]{1,128})\\k<q1>\\s{0,40},\\s{0,40}(?<q2>["\'])(?<secret>[^"\'\\n]{3,128})\\k<q2>', {
        keywords: ['directoryentry', 'opendsobject'],
        before: 0,
        after: 640,
        multiline: true,
        confidence: 'medium',
        validation: 'context',
        validate: toolPassword,
        samples: {
            tps: s => [
                `var entry = new DirectoryEntry("LDAP://dc01.${s.lower(5)}.local", "CORP\\\\svc_${s.lower(4)}", "${s.alnum(14)}");`,
                `Set obj = dso.OpenDSObject("LDAP://${s.lower(6)}.corp/DC=corp", "admin@corp", "${s.alnum(12)}!", 1)`
            ],
            fps: s => [
                `new DirectoryEntry("LDAP://10.0.0.${s.digits(2)}", "domain\\\\user", "secret")`,
                `new DirectoryEntry("LDAP://dc01", user, password)`,
                `new DirectoryEntry("LDAP://dc01", "admin", "$${s.lower(8)}")`
            ]
        }
    }, 'i')
];

;// CONCATENATED MODULE: ./src/secrets/rules/urls.ts




/**
 * The arguments of a curl command up to the flag a rule wants, on one line or on lines joined
 * by a trailing backslash (how shell scripts and READMEs split a long command); the flag must
 * follow a space or such a line break.
 */
const CURL_ARGS = '(?:[^\\n]|\\\\\\r?\\n){0,400}?(?:[ \\t]|\\\\\\r?\\n)';
/** Credentials embedded in connection URLs, command lines and client config files. */
const URL_RULES = [
    rule('database-url-password', 'Database connection URL with a password', 'Database', '(?<![a-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|clickhouse|cockroachdb|couchdb|jdbc:[a-z]{2,12}|(?:postgres(?:ql)?|mysql)\\+[a-z0-9]{2,16})://(?<user>[^\\s:@/?#\'"\\x60<>]{0,64}):(?<secret>[^\\s/?#\'"\\x60<>]{1,128})@(?<host>\\[[0-9a-f:.]{2,45}\\]|[\\w.-]{1,253})', {
        // The password runs to the last `@` before the host: people paste passwords with an
        // unescaped `@` (`user:p@ss@cluster0.mongodb.net`), which the user:password@host form
        // otherwise cuts at the first one.
        keywords: [
            'postgres',
            'mysql',
            'mariadb',
            'mongodb',
            'redis',
            'amqp',
            'mssql',
            'sqlserver',
            'oracle://',
            'clickhouse',
            'cockroachdb',
            'couchdb',
            'jdbc:'
        ],
        before: 6,
        after: 500,
        confidence: 'high',
        validation: 'context',
        raw: true,
        validate: urlCredentialValidator,
        priority: 40,
        samples: {
            tps: s => ['postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps']
                .map(scheme => `DATABASE_URL = "${scheme}://svc_${s.lower(5)}:${s.alnum(18)}@db-${s.lower(6)}.internal.corp:5432/app"`)
                .concat([
                `uri: 'mongodb+srv://app:${s.alnum(9)}@${s.digits(4)}!@cluster0-${s.lowerAlnum(5)}.mongodb.net/shop'`
            ]),
            fps: () => [
                'DATABASE_URL = "postgresql://svc:${DB_PASSWORD}@db.internal/app"',
                'DATABASE_URL = "postgres://user:password@localhost:5432/app"',
                'url = "mysql://root:root@127.0.0.1/test"'
            ]
        }
    }, 'i'),
    rule('url-basic-auth', 'URL with embedded credentials', 'URL', '(?<![a-z0-9+.-])(?:https?|ftps?|sftp|ssh|git|svn|smtps?|imaps?|pop3s?|ldaps?|socks5h?|wss?)://(?<user>[^\\s:@/?#\'"\\x60<>]{1,64}):(?<secret>[^\\s@/?#\'"\\x60<>]{1,128})@(?<host>\\[[0-9a-f:.]{2,45}\\]|[\\w.-]{1,253})', {
        keywords: ['://'],
        before: 10,
        after: 460,
        confidence: 'medium',
        validation: 'context',
        raw: true,
        validate: urlCredentialValidator,
        priority: 30,
        samples: {
            tps: s => [
                `MIRROR_URL = "https://deploy-${s.lower(4)}:${s.alnum(16)}@artifacts.corp-${s.lower(5)}.net/simple/"`
            ],
            fps: () => ['MIRROR = "https://user:password@example.com/simple/"']
        }
    }, 'i'),
    rule('curl-basic-auth', 'Credentials in a curl command line (-u user:password)', 'curl', `\\bcurl\\b${CURL_ARGS}(?:-u|--user)(?:\\s{1,3}|=)?["']?(?<user>[^\\s:"'$<{]{1,64}):(?<secret>[^\\s"'<]{3,128})`, {
        keywords: ['curl'],
        multiline: true,
        before: 0,
        after: 600,
        confidence: 'medium',
        validation: 'context',
        raw: true,
        validate: curlPasswordValidator,
        samples: {
            tps: s => [
                `curl -u deploy:${s.alnum(16)} https://api.${s.lower(6)}.net/v1/items`,
                `curl --user "svc-${s.lower(4)}:${s.alnum(12)}#${s.digits(3)}" -X POST https://h.corp/x`,
                // A long command split over lines with a trailing backslash.
                `curl -X POST https://fra1.${s.lower(5)}.cloud/oauth2/token \\\n  -u client-${s.alnum(10)}:${s.alnum(24)}`
            ],
            fps: s => [
                'curl -u user:password https://example.com/',
                'curl -u "$USER:$PASSWORD" https://api.internal/',
                `curl -u admin:\${ADMIN_PASS} https://h.corp/${s.lower(4)}`,
                // An API key given as user name with an empty password is the key rule's job.
                'curl -u key: https://api.stripe.com/v1/charges',
                // Without the backslash the next line is another command, not curl's `-u`.
                `curl https://h.corp/${s.lower(4)}\nsomecmd -u deploy:${s.alnum(16)}`
            ]
        }
    }, 'i'),
    rule('curl-auth-header', 'Credential in a curl Authorization or API-key header', 'curl', `\\bcurl\\b${CURL_ARGS}(?:-H|--header)(?:\\s{1,3}|=)?["'](?:authorization:\\s{0,3}(?:bearer|basic|token|apikey|api-key)\\s{1,3}|(?:x-)?api[_-]?key:\\s{0,3}|x-auth-token:\\s{0,3}|private-token:\\s{0,3})(?<secret>[A-Za-z0-9+/._~=:_-]{16,1200})["'\\s]`, {
        keywords: ['curl'],
        multiline: true,
        before: 0,
        after: 1700,
        confidence: 'medium',
        validation: 'context',
        validate: curlHeaderValidator,
        samples: {
            tps: s => [
                `curl -H "Authorization: Bearer ${s.url(40)}" https://api.${s.lower(6)}.io/v2/me`,
                `curl -s --header 'X-API-Key: ${s.hex(32)}' https://h.corp/items`,
                `curl -H "Authorization: Basic ${s.base64(`ci:${s.alnum(14)}`)}" https://h.corp/`,
                `curl -s https://api.${s.lower(6)}.io/v2/me \\\n  -H 'Authorization: Bearer ${s.url(40)}'`
            ],
            fps: s => [
                'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/',
                'curl -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/user',
                'curl -H "Authorization: Bearer <your-token-here>" https://api.example.com/',
                'curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://api.example.com/',
                `curl -H "Authorization: Bearer ${s.url(40)}" https://api.example.com/v1/me`
            ]
        }
    }, 'i'),
    rule('netrc-password', 'Password in a .netrc entry', 'netrc', '\\bmachine\\s{1,5}(?<host>[\\w.-]{1,253})\\s{1,10}login\\s{1,5}[^\\s]{1,64}\\s{1,10}password\\s{1,5}(?<secret>[^\\s]{4,128})', {
        keywords: ['machine'],
        before: 0,
        after: 500,
        multiline: true,
        confidence: 'high',
        validation: 'context',
        raw: true,
        validate: netrcPasswordValidator,
        samples: {
            tps: s => [
                `machine api.heroku.com\n  login ci@${s.lower(6)}.io\n  password ${s.alnum(20)}`
            ],
            fps: () => [
                'machine example.com login user password <password>',
                // Parser tests: quoted and escaped tokens, documentation hosts, short words.
                'machine host.domain.com login log password "\\\\"pass" account acct',
                'machine api.corp.net login log password pass account acct'
            ]
        }
    }, 'i'),
    rule('npmrc-auth', 'npm registry credentials in .npmrc (_auth or _password)', 'npm', '(?:^|[\\s:/])_(?:auth|password)\\s*=\\s*["\']?(?<secret>[A-Za-z0-9+/]{12,400}={0,2})', {
        keywords: ['_auth', '_password'],
        before: 60,
        after: 420,
        validation: 'structure',
        raw: true,
        validate: v => {
            const decoded = (0,checksum/* decodeBase64 */.y4)(v)?.toString('utf8') ?? '';
            return (/^[\x20-\x7e]{2,}$/.test(decoded) && !(0,heuristics/* isPlaceholder */.wK)(decoded) && !(0,heuristics/* isExampleValue */.c8)(decoded));
        },
        samples: {
            tps: s => [
                `//npm.corp.net/:_auth=${s.base64(`ci:${s.alnum(16)}`)}`,
                `//npm.corp.net/:_password=${s.base64(s.alnum(18))}`
            ],
            fps: () => ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '_auth = ${NPM_AUTH}']
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/vcs.ts



/** Source hosting: GitHub, GitLab, Bitbucket and the self-hosted forges. */
const VCS_RULES = [
    ...[
        ['ghp_', 'github-pat', 'GitHub personal access token (classic)', 'GITHUB_TOKEN'],
        ['gho_', 'github-oauth-token', 'GitHub OAuth access token', 'gh_oauth'],
        ['ghu_', 'github-user-to-server-token', 'GitHub App user-to-server token', 'user_tok'],
        ['ghs_', 'github-server-to-server-token', 'GitHub App installation token', 'installation'],
        ['ghr_', 'github-refresh-token', 'GitHub refresh token', 'refresh']
    ].map(([prefix, id, title, name]) => prefixed(id, title, 'GitHub', `${prefix}[A-Za-z0-9]{36}`, {
        keywords: [prefix],
        after: 44,
        validation: 'checksum',
        validate: validators_checksum,
        samples: {
            tps: s => [`${name} = "${s.crcToken(prefix)}"`, `token: ${s.crcToken(prefix)}`],
            fps: s => {
                const t = s.crcToken(prefix);
                // A wrong checksum (documentation lookalikes), one character short, one too long.
                return [
                    `${name} = "${cut(t)}${t.endsWith('A') ? 'B' : 'A'}"`,
                    `${name} = "${cut(t)}"`,
                    `${name} = "${t}x"`
                ];
            }
        }
    })),
    // GitHub App refresh tokens as GitHub's own example response shows them: `ghr_` and 76
    // letters and digits (the 36-character form above carries a checksum; this one has none).
    // Source: https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens
    prefixed('github-app-refresh-token', 'GitHub App refresh token', 'GitHub', 'ghr_[A-Za-z0-9]{76}', {
        keywords: ['ghr_'],
        after: 84,
        validate: minEntropy(4),
        samples: {
            tps: s => [`"refresh_token": "ghr_${s.alnum(76)}"`, `GH_REFRESH=ghr_${s.alnum(76)}`],
            fps: s => [`"refresh_token": "ghr_${s.alnum(75)}"`, `"refresh_token": "ghr_${s.alnum(77)}"`]
        }
    }),
    prefixed('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'GitHub', 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', {
        keywords: ['github_pat_'],
        after: 96,
        validate: minEntropy(3.5),
        samples: {
            tps: s => [`GH_PAT=github_pat_11${s.alnum(20)}_${s.alnum(59)}`],
            fps: s => [`GH_PAT=github_pat_11${s.alnum(20)}_${s.alnum(58)}`]
        }
    }),
    prefixed('gitlab-pat', 'GitLab personal access token', 'GitLab', 'glpat-(?:[\\w-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7}|[\\w-]{20})', {
        keywords: ['glpat-'],
        after: 330,
        validate: minEntropy(3),
        samples: {
            tps: s => [
                `GITLAB_TOKEN = "glpat-${s.url(20)}"`,
                `GITLAB_TOKEN=glpat-${s.url(36)}.01${s.lowerAlnum(7)}`
            ],
            fps: s => [`GITLAB_TOKEN = "glpat-${s.url(19)}"`, `GITLAB_TOKEN = "glpat-${s.url(24)}"`]
        }
    }),
    prefixed('gitlab-token', 'GitLab CI/runner/deploy/feed token', 'GitLab', '(?:glptt|glrt|gldt|glcbt|glft|glimt|glagent|glsoat|glffct)-[\\w-]{20,64}', {
        keywords: [
            'glptt-',
            'glrt-',
            'gldt-',
            'glcbt-',
            'glft-',
            'glimt-',
            'glagent-',
            'glsoat-',
            'glffct-'
        ],
        after: 80,
        validate: minEntropy(3),
        samples: {
            tps: s => [`RUNNER_TOKEN = "glrt-${s.url(20)}"`, `deploy: gldt-${s.url(20)}`],
            fps: s => [`RUNNER_TOKEN = "glrt-${s.url(19)}"`]
        }
    }),
    // An OAuth application secret is `gloas-` and 32 random bytes in hex (GitLab's
    // `UniqueApplicationToken` generates it with `SecureRandom.hex(32)`).
    // Source: https://rubydoc.info/github/gitlabhq/gitlabhq/Gitlab/DoorkeeperSecretStoring/Token/UniqueApplicationToken
    prefixed('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'GitLab', 'gloas-[0-9a-f]{64}', {
        keywords: ['gloas-'],
        after: 80,
        validate: minEntropy(3),
        samples: {
            tps: s => [`client_secret: gloas-${s.hex(64)}`, `GITLAB_APP_SECRET="gloas-${s.hex(64)}"`],
            // Half a secret, and one that is not hex.
            fps: s => [`client_secret: gloas-${s.hex(32)}`, `client_secret: gloas-${s.url(64)}`]
        }
    }),
    prefixed('gitlab-runner-registration-token', 'GitLab runner registration token', 'GitLab', 'GR1348941[\\w-]{20}', {
        keywords: ['gr1348941'],
        after: 32,
        validate: minEntropy(3),
        samples: {
            tps: s => [`registration-token: GR1348941${s.url(20)}`],
            fps: s => [`registration-token: GR1348941${s.url(19)}`]
        }
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/index.ts























/**
 * Every rule runguard ships, one file per provider family. A provider rule is a fixed-prefix
 * format (keyword = the prefix) or a keyword-anchored assignment; each carries its samples.
 */
const RULES = [
    ...AWS_RULES,
    ...VCS_RULES,
    ...CHAT_RULES,
    ...PAYMENT_RULES,
    ...GOOGLE_RULES,
    ...AZURE_RULES,
    ...MESSAGING_RULES,
    ...REGISTRY_RULES,
    ...AI_RULES,
    ...CLOUD_RULES,
    ...HOSTING_RULES,
    ...DEVOPS_RULES,
    ...IDENTITY_RULES,
    ...API_RULES,
    ...SAAS_RULES,
    ...SERVICES_A_L_RULES,
    ...OBSERVABILITY_RULES,
    ...KEY_RULES,
    ...URL_RULES,
    ...SERVICES_M_Z_RULES,
    ...SERVICES_SOURCED_RULES,
    ...TOOL_CREDENTIAL_RULES,
    ...SERVICES_SOURCED_2_RULES,
    ...TOOL_CREDENTIAL_2_RULES,
    ...GENERIC_RULES
];
/**
 * `provider` values that name a credential format rather than a service that issues it; the
 * provider count in docs/secret-rules.md leaves them out.
 */
const FORMAT_FAMILIES = new Set([
    'JWT',
    'Private key',
    'age',
    'Kubernetes',
    'Database',
    'URL',
    'curl',
    'netrc',
    'PsExec',
    'PowerCLI',
    'PHPMailer',
    '.NET',
    'LDAP',
    'generic'
]);
/** Distinct services with at least one specific rule. */
function serviceProviders(rules = RULES) {
    return [...new Set(rules.map(r => r.provider))]
        .filter(p => !FORMAT_FAMILIES.has(p))
        .sort((a, b) => a.localeCompare(b));
}
/** Rules by id. */
const RULES_BY_ID = new Map(RULES.map(r => [r.id, r]));



/***/ }),

/***/ 91654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ envValue),
/* harmony export */   cr: () => (/* binding */ telemetryRequested),
/* harmony export */   eg: () => (/* binding */ otlpHeaderSecrets)
/* harmony export */ });
/**
 * Whether telemetry is asked for, and which values of its variables are secrets. Imported at
 * start-up by the pipeline, so it stays free of dependencies: the OpenTelemetry SDK loads only
 * when this says yes (src/telemetry/index.ts).
 */
const HEADER_VARIABLES = [
    'OTEL_EXPORTER_OTLP_HEADERS',
    'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
    'OTEL_EXPORTER_OTLP_METRICS_HEADERS'
];
/** Non-empty value of a variable (the OpenTelemetry spec treats empty as unset). */
function envValue(env, name) {
    const value = env[name]?.trim();
    return value ? value : undefined;
}
/**
 * True when an OTLP endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT or a signal's own endpoint)
 * and the SDK is not disabled (OTEL_SDK_DISABLED=true). Without an endpoint nothing is
 * exported: a default of localhost:4318 would make every run wait on a collector nobody runs.
 */
function telemetryRequested(env) {
    if (envValue(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true')
        return false;
    return ['', 'TRACES_', 'METRICS_'].some(s => envValue(env, `OTEL_EXPORTER_OTLP_${s}ENDPOINT`));
}
/**
 * The values of the OTLP header variables (`key=value,…`, values percent-encoded), raw and
 * decoded: they carry API keys, so the run's redactor masks them wherever they could appear.
 */
function otlpHeaderSecrets(env) {
    const secrets = [];
    for (const name of HEADER_VARIABLES) {
        const raw = envValue(env, name);
        if (!raw)
            continue;
        for (const pair of raw.split(',')) {
            const eq = pair.indexOf('=');
            if (eq < 0)
                continue;
            const value = pair.slice(eq + 1).trim();
            if (!value)
                continue;
            secrets.push(value);
            try {
                const decoded = decodeURIComponent(value);
                if (decoded !== value)
                    secrets.push(decoded);
            }
            catch {
                // Not valid percent-encoding: the raw value is what would be sent, already listed.
            }
        }
    }
    return secrets;
}


/***/ }),

/***/ 88858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lZ: () => (/* binding */ revisionProblem)
/* harmony export */ });
/* unused harmony exports isSafeRevision, withRevisions */
/* harmony import */ var _util_git_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98109);
/**
 * Values that reach `git` as revisions (the `base-ref` setting, the event's base sha) are checked
 * here first: a full or abbreviated commit id, or a ref name that `git check-ref-format` would
 * accept, optionally followed by `~N` / `^N`. Anything else — above all a value starting with
 * `-`, which git would read as an option (`--upload-pack=<command>` runs a command on fetch) — is
 * refused. Callers also put revisions after `--end-of-options`, so a value that slipped through
 * could still never be an option.
 */

/** Full (SHA-1 or SHA-256) or abbreviated commit id. */
const COMMIT_ID = /^[0-9a-f]{7,64}$/i;
/** `~`, `~3`, `^`, `^2` suffixes, repeated. */
const ANCESTRY = /(?:[~^]\d{0,4})*$/;
/**
 * Why `value` may not be given to git as a revision, or undefined when it may: a commit id, or a
 * checked ref name with optional `~N`/`^N` suffixes.
 */
function revisionProblem(value) {
    if (COMMIT_ID.test(value))
        return undefined;
    const suffix = ANCESTRY.exec(value)?.[0] ?? '';
    const name = value.slice(0, value.length - suffix.length);
    return (0,_util_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .refNameProblem */ .C)(name);
}
/** True when `value` is a commit id or a checked ref name (see revisionProblem). */
function isSafeRevision(value) {
    return revisionProblem(value) === undefined;
}
/**
 * `args` with `--end-of-options` before the first revision argument: everything after it is a
 * revision or path, never an option, whatever it looks like (git 2.24+).
 */
function withRevisions(options, revisions) {
    return [...options, '--end-of-options', ...revisions];
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

/***/ 38752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ GATE_SETTINGS),
/* harmony export */   Hs: () => (/* binding */ trustsBase),
/* harmony export */   ZX: () => (/* binding */ changedSuppressions),
/* harmony export */   hc: () => (/* binding */ changedGateSettings),
/* harmony export */   tI: () => (/* binding */ baseCommit),
/* harmony export */   wG: () => (/* binding */ TRUST_MODES),
/* harmony export */   zX: () => (/* binding */ readAtCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _git_revision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88858);





/**
 * Which commit's `.runguard.yml` and ignore file decide the gate (SECURITY.md, promise 4). Under
 * `pull_request_target` (the workflow and its secrets come from the base branch), or when the
 * workflow sets `trusted-config: base`, the settings a change could use to lower the gate are
 * taken from the base commit's config file, and the suppressions from the base commit's ignore
 * file; what the change tried to alter is listed. Files are read from git objects with
 * `git cat-file`, never from the working tree the change wrote.
 */
/** Settings that can lower the gate: under `trusted-config: base` they come from the base. */
const GATE_SETTINGS = [
    'failOn',
    'reportLevel',
    'unknownSeverity',
    'scanners',
    'paths',
    'exclude',
    'gates',
    'baseline',
    'regressionThreshold',
    'regressionThresholds',
    'toolsDir',
    'installTools',
    'requireTools',
    'failOnToolError',
    'failOnUnscanned',
    'ignoreFile',
    'baselineSarif',
    'secretsScan',
    'secretsMaxFileSize',
    'semgrepConfig',
    'semgrepNoDefaultRules',
    'banditSeverity',
    'banditConfidence',
    'osvDb',
    'safetyDb',
    'scanEnvironment',
    'allowLicenses',
    'denyLicenses',
    'recordImports',
    'failOnLoadedOnly'
];
const TRUST_MODES = ['auto', 'base', 'head'];
/** True when the base commit's files decide: `base`, or `auto` under pull_request_target. */
function trustsBase(mode, env) {
    return mode === 'base' || (mode === 'auto' && env.GITHUB_EVENT_NAME === 'pull_request_target');
}
/**
 * The base commit of this change: `base-ref` when given, else the pull request's base sha (or a
 * push's `before`) from the event payload. Undefined when there is none (a local run).
 */
function baseCommit(baseRef, env) {
    const candidate = baseRef ?? eventBase(env);
    if (candidate === undefined)
        return undefined;
    const problem = (0,_git_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionProblem */ .lZ)(candidate);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`base commit ${JSON.stringify(candidate)} refused: it ${problem}`, {
            field: 'base-ref',
            value: candidate
        });
    return candidate;
}
function eventBase(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const pr = event.pull_request?.base?.sha;
        if (typeof pr === 'string' && pr !== '')
            return pr;
        if (typeof event.before === 'string' && !/^0*$/.test(event.before))
            return event.before;
    }
    catch {
        // No readable event: no base.
    }
    return undefined;
}
const git = (workspace, args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024
});
/**
 * A file's text as it is in `commit`, or undefined when the commit has no such file. A commit
 * missing from a shallow clone is fetched first. Throws ConfigurationError when the commit
 * cannot be had (the gate must not silently fall back to the change's own files).
 */
function readAtCommit(workspace, commit, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file)).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel))
        return undefined;
    const has = () => {
        try {
            git(workspace, ['cat-file', '-e', '--end-of-options', `${commit}^{commit}`]);
            return true;
        }
        catch {
            return false;
        }
    };
    if (!has()) {
        try {
            git(workspace, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', commit]);
        }
        catch {
            // reported below
        }
        if (!has())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`trusted-config: the base commit ${commit} is not in this clone and could not be fetched, so the gate settings cannot be read from it; check out with fetch-depth: 0, or set trusted-config: head`, { field: 'trusted-config', value: commit });
    }
    try {
        return git(workspace, ['cat-file', 'blob', '--end-of-options', `${commit}:${rel}`]);
    }
    catch {
        return undefined;
    }
}
/** One line per gate setting whose value the change differs in from the base. */
function changedGateSettings(base, head, names = {}) {
    const show = (v) => (v === undefined ? '(not set)' : JSON.stringify(v));
    return GATE_SETTINGS.filter(k => JSON.stringify(base[k]) !== JSON.stringify(head[k])).map(k => `${names[k] ?? k}: ${show(base[k])} → ${show(head[k])}`);
}
const entryKey = (e) => JSON.stringify([e.id, e.rule, e.path, e.fingerprint, e.tool, e.reason, e.expires]);
const describe = (e) => [
    e.id && `id ${e.id}`,
    e.rule && `rule ${e.rule}`,
    e.path && `path ${e.path}`,
    e.fingerprint && `fingerprint ${e.fingerprint}`,
    e.tool && `tool ${e.tool}`,
    e.expires && `until ${e.expires}`
]
    .filter(Boolean)
    .join(', ') + ` — "${e.reason}"`;
/**
 * Suppressions the change added or changed: entries of the head ignore file that the base one
 * does not have word for word (line numbers aside). Removed entries only make the gate stricter.
 */
function changedSuppressions(base, head) {
    const known = new Set(base.entries.map(entryKey));
    return head.entries
        .filter(e => !known.has(entryKey(e)))
        .map(e => `${head.path}:${e.line}: ${describe(e)}`);
}


/***/ }),

/***/ 98109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ refNameProblem),
/* harmony export */   I: () => (/* binding */ remoteProblem)
/* harmony export */ });
/**
 * Names that reach `git` as arguments (a branch name from the settings, a remote URL) are
 * checked here first. A value starting with `-` would be read as an option (`--upload-pack=<cmd>`
 * runs a command on fetch), and a remote such as `ext::sh -c …` runs a command by itself, so
 * anything that is not a plain ref name or an https/http/file location is refused before git
 * sees it. Callers also put such values after `--end-of-options` where git accepts it.
 */
/** Why `name` is not a ref name `git check-ref-format` accepts, or undefined when it is. */
function refNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (name.length > 255)
        return 'is longer than 255 characters';
    if (name.startsWith('-'))
        return 'starts with "-" (git would read it as an option)';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name))
        return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return 'contains ".."';
    if (name.includes('@{'))
        return 'contains "@{"';
    if (name === '@')
        return 'is "@"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'has an empty path component';
    if (name.endsWith('.'))
        return 'ends with "."';
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return 'has a component starting with "."';
        if (part.endsWith('.lock'))
            return 'has a component ending with ".lock"';
    }
    return undefined;
}
/**
 * Why `url` may not be used as a git remote, or undefined when it may: an `https://`, `http://`
 * or `file://` URL without credentials in it, or an absolute local path. Credentials travel in
 * a header from the environment, never in the URL (git prints remote URLs in its messages).
 */
function remoteProblem(url) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f]/.test(url))
        return 'contains a space or a control character';
    if (url.startsWith('-'))
        return 'starts with "-" (git would read it as an option)';
    if (url.startsWith('/'))
        return url.includes('::') ? 'contains "::"' : undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return 'is neither a URL nor an absolute path';
    }
    if (!['https:', 'http:', 'file:'].includes(parsed.protocol))
        return `uses ${parsed.protocol.replace(/:$/, '')}; only https, http and file are allowed`;
    if (parsed.username || parsed.password)
        return 'contains credentials; runguard sends the token as a header, never in the URL';
    return undefined;
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

export const id = 7795;
export const ids = [7795,7238];
export const modules = {

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

/***/ 81179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ computeStatistics),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   a1: () => (/* binding */ aggregateRuns),
/* harmony export */   kp: () => (/* binding */ metricNumber),
/* harmony export */   lu: () => (/* binding */ isLegacyUnsampled)
/* harmony export */ });
/* unused harmony export summarize */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);

/** A metric as a number: `success` counts as 1/0 (model.ts); null when it was not observed. */
function metricNumber(values, metric) {
    const v = values[metric];
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}
/** The values of the runs that observed the metric. */
function observed(runs, metric) {
    return runs.map(r => metricNumber(r, metric)).filter((v) => v !== null);
}
function median(values) {
    if (values.length === 0)
        return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Mean, median, stddev (n − 1), min, max, MAD and CV of a non-empty list. */
function summarize(values) {
    const n = values.length;
    if (n === 0)
        throw new Error('summarize needs at least one value');
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const med = median(values);
    const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
    const stddev = Math.sqrt(variance);
    return {
        n,
        mean,
        median: med,
        stddev,
        min: Math.min(...values),
        max: Math.max(...values),
        mad: median(values.map(v => Math.abs(v - med))),
        cv: mean === 0 ? 0 : stddev / Math.abs(mean)
    };
}
/**
 * Statistics of every metric over the runs that observed it (at least one run); a metric no run
 * observed has none, and `n` says how many runs a metric's statistics rest on.
 */
function computeStatistics(runs) {
    if (runs.length === 0)
        throw new Error('computeStatistics needs at least one run');
    const out = {};
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw) {
        const values = observed(runs, metric);
        if (values.length > 0)
            out[metric] = summarize(values);
    }
    return out;
}
/**
 * The value per metric that gates see. With one run, that run. With several (`repeat` > 1),
 * the MEDIAN, which is robust to one noisy run — except for
 * `exit_code` and `success`: those take the WORST run (the exit code furthest from 0, and the
 * minimum of success), because a flaky script that fails one run in five must not pass by
 * median. A metric some runs did not observe takes the median of those that did; none: null.
 */
function aggregateRuns(runs) {
    if (runs.length === 0)
        throw new Error('aggregateRuns needs at least one run');
    const values = {};
    const basis = {};
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw) {
        const all = observed(runs, metric);
        if (all.length === 0) {
            values[metric] = null;
            basis[metric] = 'single';
        }
        else if (all.length === 1) {
            values[metric] = all[0];
            basis[metric] = 'single';
        }
        else if (metric === 'exit_code') {
            // Worst = furthest from 0, sign kept (a negative code from a signal is a failure too).
            values[metric] = all.reduce((w, v) => (Math.abs(v) > Math.abs(w) ? v : w), 0);
            basis[metric] = 'worst';
        }
        else if (metric === 'success') {
            values[metric] = Math.min(...all);
            basis[metric] = 'worst';
        }
        else {
            values[metric] = median(all);
            basis[metric] = 'median';
        }
    }
    return { values, basis, runs: runs.length };
}
/**
 * Values stored before runguard said "not observed": a script that ended before the first
 * sample had 0 for every metric only sampling observes (model.ts SAMPLED_ONLY_METRICS). Such a
 * run is recognised by `num_threads` 0, since a sampled process always has a thread.
 */
function isLegacyUnsampled(values) {
    return values.num_threads === 0;
}


/***/ }),

/***/ 73443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   jv: () => (/* binding */ METRIC_UNITS),
/* harmony export */   q7: () => (/* binding */ NOT_OBSERVED_LABEL)
/* harmony export */ });
/* unused harmony export formatBytes */
/** How a metric that was not observed (null) is shown; the measurement's notes say why. */
const NOT_OBSERVED_LABEL = 'not sampled';
/**
 * Units of every metric. The memory metrics are resident set size in MiB (KiB from the kernel
 * / 1024); their names keep Python Script Runner's `_mb` suffix so gates and baselines written
 * for it still work, but every label says MiB.
 */
const METRIC_UNITS = {
    execution_time_seconds: 's',
    exit_code: 'code',
    success: 'bool',
    cpu_max: '%',
    cpu_avg: '%',
    cpu_min: '%',
    memory_max_mb: 'MiB',
    memory_avg_mb: 'MiB',
    memory_min_mb: 'MiB',
    user_time_seconds: 's',
    system_time_seconds: 's',
    num_threads: 'count',
    num_fds: 'count',
    page_faults_minor: 'count',
    page_faults_major: 'count',
    voluntary_context_switches: 'count',
    involuntary_context_switches: 'count',
    block_io_read_bytes: 'bytes',
    block_io_write_bytes: 'bytes',
    stdout_lines: 'count',
    stderr_lines: 'count',
    stdout_size_bytes: 'bytes',
    stderr_size_bytes: 'bytes'
};
/**
 * A plain number in the metric's natural precision, without unit (regression messages:
 * "memory_max_mb was 120.0, now 150.0"). Medians of integer metrics can be x.5, so counts keep
 * one decimal only when they need it.
 */
function formatNumber(metric, value) {
    if (value === null)
        return NOT_OBSERVED_LABEL;
    if (!Number.isFinite(value))
        return String(value);
    switch (METRIC_UNITS[metric]) {
        case 's':
            return value.toFixed(3);
        case '%':
        case 'MiB':
            return value.toFixed(1);
        case 'bool':
            return value >= 1 ? 'true' : 'false';
        default:
            return Number.isInteger(value) ? String(value) : value.toFixed(1);
    }
}
/** A value with a human-readable unit: `1.50 s`, `95.2%`, `512.0 MiB`, `3`. */
function formatValue(metric, value) {
    if (value === null)
        return NOT_OBSERVED_LABEL;
    if (!Number.isFinite(value))
        return String(value);
    switch (METRIC_UNITS[metric]) {
        case 's':
            return `${value.toFixed(value < 10 ? 3 : 2)} s`;
        case '%':
            return `${value.toFixed(1)}%`;
        case 'MiB':
            return `${value.toFixed(1)} MiB`;
        case 'bytes':
            return formatBytes(value);
        case 'bool':
            return value >= 1 ? 'true' : 'false';
        default:
            return formatNumber(metric, value);
    }
}
/** Binary units, one decimal: `512 B`, `1.5 KiB`, `12.0 MiB`. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = 0;
    while (Math.abs(v) >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${Math.round(v)} B` : `${v.toFixed(1)} ${units[i]}`;
}


/***/ }),

/***/ 53029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyCommand: () => (/* binding */ historyCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);
/* harmony import */ var _git_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9944);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59987);
/* harmony import */ var _trend_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39919);





const ACTIONS = ['list', 'trend', 'export', 'prune'];
function openStore(settings, io) {
    if (settings.history === 'git') {
        if (!settings.historyRemote)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('history: git needs history-remote (the repository URL of the history branch)', { field: 'history-remote' });
        return (0,_git_store_js__WEBPACK_IMPORTED_MODULE_2__/* .gitStore */ .O_)({
            exec: io.exec,
            remote: settings.historyRemote,
            branch: settings.historyBranch,
            ...(settings.githubToken ? { token: settings.githubToken } : {}),
            env: io.env,
            logger: io.logger
        });
    }
    return (0,_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .localStore */ .x)({ workspace: settings.workspace, dir: settings.historyDir });
}
const short = (commit) => (commit ? commit.slice(0, 12) : '-');
const total = (r) => _model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.reduce((n, s) => n + (r.findings.counts[s] ?? 0), 0);
/** The CSV columns: one row per run, every metric's value. */
function toCsv(records) {
    const metrics = _model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw.filter(m => records.some(r => r.metrics?.[m] !== undefined));
    const head = [
        'timestamp',
        'category',
        'commit',
        'ref',
        'event',
        'trend',
        'passed',
        'exit_code_runguard',
        ..._model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map(s => `findings_${s}`),
        'findings_new',
        'findings_fixed',
        ...metrics,
        'run_url'
    ];
    const rows = records.map(r => [
        r.timestamp,
        r.category,
        r.commit ?? '',
        r.ref ?? '',
        r.event ?? '',
        String(r.trend),
        String(r.verdict.passed),
        String(r.verdict.exitCode),
        ..._model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map(s => String(r.findings.counts[s] ?? 0)),
        r.findings.new === undefined ? '' : String(r.findings.new),
        r.findings.fixed === undefined ? '' : String(r.findings.fixed),
        ...metrics.map(m => (r.metrics?.[m] === undefined ? '' : String(r.metrics[m].value))),
        r.runUrl ?? ''
    ]);
    return [head, ...rows].map(cols => cols.map(csvCell).join(',')).join('\n') + '\n';
}
/**
 * RFC 4180 quoting, and a leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet
 * does not run a value (a branch name) as a formula.
 */
function csvCell(value) {
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
/** Runs `runguard history <action> [args]`; returns the exit code. */
async function historyCommand(operands, settings, io) {
    const [action, ...args] = operands;
    if (!ACTIONS.includes(action))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`runguard history: unknown action ${JSON.stringify(action)}; use one of ${ACTIONS.join(', ')}`, { field: 'history', value: String(action) });
    const store = openStore(settings, io);
    try {
        if (action === 'prune') {
            const { pruned } = await store.update({
                keep: settings.historyKeep,
                pruneCategory: settings.category
            });
            io.stdout(`pruned ${pruned} run(s) of category ${settings.category} from ${store.description} (keeping ${settings.historyKeep})\n`);
            return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Passed;
        }
        const contents = await store.load(Number.MAX_SAFE_INTEGER);
        for (const p of contents.problems)
            io.logger.warning(`history: ${p}`);
        const records = contents.records.filter(r => r.category === settings.category);
        if (action === 'export') {
            const format = args[0] ?? 'json';
            if (format === 'csv')
                io.stdout(toCsv(records));
            else if (format === 'json')
                io.stdout(JSON.stringify(records, null, 2) + '\n');
            else
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`runguard history export: unknown format ${JSON.stringify(format)}; use csv or json`, { field: 'history', value: format });
            return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Passed;
        }
        if (action === 'list') {
            const n = args[0] === undefined ? 20 : Number(args[0]);
            if (!Number.isInteger(n) || n < 1)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`runguard history list: ${JSON.stringify(args[0])} is not a number of runs`, { field: 'history', value: String(args[0]) });
            io.stdout(`${records.length} run(s) of category ${settings.category} in ${store.description}\n`);
            for (const r of records.slice(-n))
                io.stdout(`${r.timestamp}  ${short(r.commit)}  ${r.verdict.passed ? 'passed' : 'FAILED'}  ${r.trend ? 'trend ' : 'other '}  findings ${total(r)}${r.findings.new !== undefined ? ` (+${r.findings.new} -${r.findings.fixed ?? 0})` : ''}  ${r.ref ?? ''}\n`);
            return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Passed;
        }
        // trend <metric>
        const metric = args[0];
        if (!metric || !_model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw.includes(metric))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`runguard history trend: name a metric (${_model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw.join(', ')})`, { field: 'history', value: String(metric) });
        const points = records.filter(r => r.trend && r.scriptOk && r.metrics?.[metric] !== undefined);
        io.stdout(`${metric}: ${points.length} trend run(s) of category ${settings.category}\n`);
        const window = Math.max(settings.trendWindow, 5);
        points.forEach((r, i) => {
            const value = r.metrics[metric].value;
            const before = points.slice(Math.max(0, i - window), i).map(p => p.metrics[metric].value);
            const limit = before.length >= 5
                ? (0,_trend_js__WEBPACK_IMPORTED_MODULE_4__/* .trendLimit */ .fE)(before, {
                    window,
                    noiseFactor: settings.trendNoiseFactor,
                    thresholdPct: settings.trendThreshold
                })
                : undefined;
            const mark = limit && value > limit.limit ? '  ▲ regression' : '';
            io.stdout(`${r.timestamp}  ${short(r.commit)}  ${value}${limit ? `  (median ${Number(limit.median.toPrecision(6))}, limit ${Number(limit.limit.toPrecision(6))})` : ''}${mark}\n`);
        });
        return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Passed;
    }
    finally {
        await store.close?.();
    }
}


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ TOOL_NAMES),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   mV: () => (/* binding */ SAMPLED_ONLY_METRICS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   vF: () => (/* binding */ ALWAYS_MEASURED)
/* harmony export */ });
/**
 * The core model shared by every part of runguard (docs/architecture.md, "The core model").
 * Everything a tool reports becomes a Finding; every tool's outcome a ToolRun; every attempt of
 * the target script a Metrics record; every gate a GateResult; and all of it one Verdict.
 */
/** Normalized severities, most severe first. `unknown` = the tool gave none (policy decides). */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'];
/**
 * The one rank of each severity, for sorting, "most severe of" and thresholds: higher is more
 * severe. `unknown` (the tool gave none) ranks below `info` everywhere; only the policy lifts
 * it, to the `unknownSeverity` setting, before comparing with `fail-on` and `report-level`.
 */
const SEVERITY_RANK = {
    critical: 4,
    high: 3,
    medium: 2,
    low: 1,
    info: 0,
    unknown: -1
};
/** The scanners runguard knows; `secrets` is the built-in detector. */
const TOOL_NAMES = ['bandit', 'semgrep', 'safety', 'osv-scanner', 'secrets'];
/** Metric names kept compatible with Python Script Runner (documented in docs/gates.md). */
const METRIC_NAMES = [
    'execution_time_seconds',
    'exit_code',
    'success',
    'cpu_max',
    'cpu_avg',
    'cpu_min',
    'memory_max_mb',
    'memory_avg_mb',
    'memory_min_mb',
    'user_time_seconds',
    'system_time_seconds',
    'num_threads',
    'num_fds',
    'page_faults_minor',
    'page_faults_major',
    'voluntary_context_switches',
    'involuntary_context_switches',
    'block_io_read_bytes',
    'block_io_write_bytes',
    'stdout_lines',
    'stderr_lines',
    'stdout_size_bytes',
    'stderr_size_bytes'
];
/**
 * Metrics every attempt measures (wall time, exit status, output). Every other metric comes
 * from the /proc samples or the rusage helper and can be unobserved.
 */
const ALWAYS_MEASURED = [
    'execution_time_seconds',
    'exit_code',
    'success',
    'stdout_lines',
    'stderr_lines',
    'stdout_size_bytes',
    'stderr_size_bytes'
];
/**
 * Metrics only a /proc sample observes (rusage has no CPU %, average RSS, threads or fds): null
 * for a script that ended before the first sample. `memory_max_mb` is not among them: rusage
 * gives its peak exactly.
 */
const SAMPLED_ONLY_METRICS = [
    'cpu_max',
    'cpu_avg',
    'cpu_min',
    'memory_avg_mb',
    'memory_min_mb',
    'num_threads',
    'num_fds'
];


/***/ }),

/***/ 95105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ openAtomicWriter),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   m7: () => (/* binding */ openFileAtomic)
/* harmony export */ });
/* unused harmony export UnsafeOutputPathError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Writes a report file so that no reader ever sees a half-written or mixed file and no symlink
 * redirects it: the text goes to a fresh temporary file in the same directory (created with
 * O_EXCL|O_NOFOLLOW, so nothing that already exists is opened), which is then renamed over the
 * target in one step. Two runs writing the same path each rename their own complete file; the
 * last one wins whole. A symlink at the target path is refused, not followed or replaced: a
 * pull request can commit `runguard.sarif -> ~/.bashrc`. With `root`, a target inside `root`
 * whose directory resolves outside it (a committed symlinked directory) is refused too.
 */
/** Thrown when the target is a symlink or escapes `root` through one. */
class UnsafeOutputPathError extends Error {
}
const inside = (parent, child) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
};
/** Checks the target and opens a fresh temporary file beside it; returns both paths and the handle. */
async function prepare(file, options) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(target).catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    });
    if (existing?.isSymbolicLink())
        throw new UnsafeOutputPathError(`${file} is a symbolic link; runguard does not write through links (remove it, or choose another path)`);
    if (existing?.isDirectory())
        throw new UnsafeOutputPathError(`${file} is a directory`);
    if (options.root !== undefined) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.root);
        if (inside(root, target)) {
            const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
            const realDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(dir);
            if (!inside(realRoot, realDir))
                throw new UnsafeOutputPathError(`${file} is inside the workspace but its directory resolves to ${realDir}, outside it (a symbolic link); runguard does not write there`);
        }
    }
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0), options.mode ?? 0o644);
    return { target, temp, handle };
}
/** Writes the chunks, closes, and renames the temporary file over the target. */
async function finish(prepared, data) {
    const { target, temp, handle } = prepared;
    try {
        try {
            for (const chunk of typeof data === 'string' ? [data] : data)
                await handle.write(chunk, null, 'utf8');
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/** Writes `data` (text, or chunks of text written in order) to `file` atomically. */
async function writeFileAtomic(file, data, options = {}) {
    await finish(await prepare(file, options), data);
}
/**
 * Checks `file` and opens its temporary file now (so a path that cannot be written fails early),
 * and returns the function that writes the text and renames it into place (once).
 */
async function openFileAtomic(file, options = {}) {
    const prepared = await prepare(file, options);
    return data => finish(prepared, data);
}
/**
 * Like openFileAtomic, for text produced piece by piece that must not be held whole (a large
 * SARIF log): each piece is written as it comes, and nothing is visible at the target until
 * `commit`. Same checks: no link followed, nothing outside `root`.
 */
async function openAtomicWriter(file, options = {}) {
    const { target, temp, handle } = await prepare(file, options);
    let position = 0;
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        await handle.close();
    };
    return {
        async write(text) {
            const bytes = Buffer.from(text, 'utf8');
            for (let offset = 0; offset < bytes.length;) {
                const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position);
                offset += bytesWritten;
                position += bytesWritten;
            }
        },
        async rewind() {
            await handle.truncate(0);
            position = 0;
        },
        async commit() {
            try {
                await close();
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
                throw error;
            }
        },
        async abort() {
            await close().catch(() => undefined);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        }
    };
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

/***/ 37238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openTextFile: () => (/* binding */ openTextFile),
/* harmony export */   writeTextChunks: () => (/* binding */ writeTextChunks),
/* harmony export */   writeTextFile: () => (/* binding */ writeTextFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95105);


/**
 * Writes a text file (one string, or pieces written in order), creating its parent directories:
 * every report and the saved baseline go through here (the builders of those formats stay pure). Atomic, and never through a symlink
 * (src/util/atomic-write.ts); with `root` (the workspace), never outside it through a linked
 * directory either.
 */
async function writeTextFile(filePath, text, root) {
    await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(filePath, text, root === undefined ? {} : { root });
}
/** Writes text given in pieces (a large SARIF's chunks) without joining them into one string. */
function writeTextChunks(file, chunks) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, 'w');
    try {
        for (const chunk of chunks)
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeSync(fd, chunk);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}
/**
 * Opens a file for a text that does not exist yet, creating its parent directories, and
 * returns the function that writes it (once). A path that cannot be written fails here, early:
 * the job summary is rendered last, from the verdict, yet a summary file that cannot be written
 * must still be part of that verdict. Atomic and link-refusing like writeTextFile.
 */
async function openTextFile(filePath, root) {
    return (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .openFileAtomic */ .m7)(filePath, root === undefined ? {} : { root });
}


/***/ })

};

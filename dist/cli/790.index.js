export const id = 790;
export const ids = [790];
export const modules = {

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

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatResultTable: () => (/* binding */ formatResultTable)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/* harmony import */ var _gates_stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81179);
/* harmony import */ var _gates_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73443);



const ANSI = {
    green: '\u001b[32m',
    red: '\u001b[31m',
    yellow: '\u001b[33m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    reset: '\u001b[0m'
};
const PASS = '✔';
const FAIL = '✘';
const SKIP = '–';
/** Lays out rows so that each column is as wide as its widest cell (last column unpadded). */
function columns(rows, indent = '  ') {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
    return rows.map(row => indent +
        row
            .map((cell, i) => i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length))
            .join('  ')
            .trimEnd());
}
function durationText(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/**
 * The CLI result table: metrics with units (two columns), gates with ✔/✘, scanner statuses
 * with versions and durations, then the verdict with its reasons and warnings. Plain text
 * unless `color` is set.
 */
function formatResultTable(input) {
    const paint = (text, style) => (input.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
    const out = [];
    if (input.metrics) {
        const m = input.metrics;
        out.push(paint(`Metrics (attempt ${m.attempt}${m.timedOut ? ', timed out' : ''})`, 'bold'));
        const cells = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw.map(name => [name, (0,_gates_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(name, (0,_gates_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .metricNumber */ .kp)(m, name))]);
        const half = Math.ceil(cells.length / 2);
        const rows = cells.slice(0, half).map((left, i) => [...left, ...(cells[half + i] ?? [])]);
        out.push(...columns(rows), '');
    }
    if (input.gates.length > 0) {
        out.push(paint('Gates', 'bold'));
        out.push(...columns(input.gates.map(g => [
            g.passed ? PASS : FAIL,
            g.kind === 'regression' ? `regression: ${g.metric}` : g.gate,
            g.message
        ])).map(line => colorMark(line, paint)));
        out.push('');
    }
    if (input.toolRuns.length > 0) {
        out.push(paint('Scanners', 'bold'));
        const rows = input.toolRuns.map(t => [
            t.status === 'ok' ? PASS : t.status === 'skipped' ? SKIP : FAIL,
            t.tool,
            t.version ?? '-',
            t.status,
            durationText(t.durationMs),
            t.status === 'ok'
                ? `${t.findings.length} finding${t.findings.length === 1 ? '' : 's'}`
                : (t.reason ?? '')
        ]);
        out.push(...columns(rows).map(line => colorMark(line, paint)), '');
    }
    const v = input.verdict;
    out.push(v.passed ? paint(`${PASS} runguard: PASSED`, 'green') : paint(`${FAIL} runguard: FAILED`, 'red'));
    for (const r of v.reasons)
        out.push(`  ${paint('-', 'red')} ${r}`);
    for (const w of v.warnings)
        out.push(`  ${paint('!', 'yellow')} ${w}`);
    return `${out.join('\n')}\n`;
}
/** Colors the leading status mark of a row. */
function colorMark(line, paint) {
    const mark = line.trimStart()[0];
    const style = mark === PASS ? 'green' : mark === FAIL ? 'red' : mark === SKIP ? 'yellow' : undefined;
    if (!style || !mark)
        return line;
    return line.replace(mark, paint(mark, style));
}


/***/ })

};

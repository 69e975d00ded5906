export const id = 2672;
export const ids = [2672,7238];
export const modules = {

/***/ 27451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   bb: () => (/* binding */ uncheckedWarning),
/* harmony export */   br: () => (/* binding */ evaluateBudgetGates),
/* harmony export */   yH: () => (/* binding */ withImplicitGates),
/* harmony export */   zU: () => (/* binding */ uncheckedBudgets)
/* harmony export */ });
/* unused harmony export IMPLICIT_EXIT_GATE */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73443);

/** The gate runguard adds when the user wrote none on `exit_code` or `success`. */
const IMPLICIT_EXIT_GATE = {
    metric: 'exit_code',
    op: '==',
    limit: 0,
    text: 'exit_code == 0',
    implicit: true
};
/**
 * Adds `exit_code == 0` unless a gate on `exit_code` or `success` already exists: a script
 * that crashes must fail the step by default, and a user who expects non-zero exits says so
 * with their own gate (e.g. `exit_code<=1`, or `exit_code>=0` to accept any exit).
 */
function withImplicitGates(specs) {
    const hasExitGate = specs.some(s => s.metric === 'exit_code' || s.metric === 'success');
    return hasExitGate ? [...specs] : [...specs, IMPLICIT_EXIT_GATE];
}
function compare(actual, op, limit) {
    switch (op) {
        case '<=':
            return actual <= limit;
        case '<':
            return actual < limit;
        case '>=':
            return actual >= limit;
        case '>':
            return actual > limit;
        case '==':
            return actual === limit;
        case '!=':
            return actual !== limit;
    }
}
/** Shown when a gate sees an aggregate rather than a single run. */
function basisNote(basis, runs) {
    if (basis === 'median')
        return ` (median of ${runs} runs)`;
    if (basis === 'worst')
        return ` (worst of ${runs} runs)`;
    return '';
}
/**
 * Evaluates budget gates against the aggregated metrics (median over repeats; worst run for
 * exit_code/success — see aggregateRuns). One GateResult per spec, in order, except for a
 * metric that was not observed (null): that budget is not checked at all, neither passed nor
 * failed, and uncheckedBudgets says so.
 */
function evaluateBudgetGates(specs, metrics) {
    return specs.flatMap(spec => {
        const actual = metrics.values[spec.metric];
        if (actual === null)
            return [];
        const passed = compare(actual, spec.op, spec.limit);
        return {
            gate: spec.text,
            kind: 'budget',
            metric: spec.metric,
            op: spec.op,
            limit: spec.limit,
            actual,
            passed,
            message: budgetMessage(spec, actual, passed, basisNote(metrics.basis[spec.metric], metrics.runs))
        };
    });
}
/**
 * One warning per budget on a metric that was not observed (`why`: the measurement's
 * notObserved). A warning, not a pass: the user's budget was not checked on this run.
 */
function uncheckedBudgets(specs, metrics, why) {
    return specs
        .filter(spec => metrics.values[spec.metric] === null)
        .map(spec => ({ gate: spec.text, metric: spec.metric, reason: why }));
}
/** The verdict's warning for a budget that was not checked. */
function uncheckedWarning(u) {
    return `gate '${u.gate}' was not checked (neither passed nor failed): ${u.reason}`;
}
function budgetMessage(spec, actual, passed, note) {
    const shown = (m, v) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(m, v);
    const head = `${spec.metric} is ${shown(spec.metric, actual)}${note}`;
    const rule = `${spec.op} ${shown(spec.metric, spec.limit)}`;
    const implicit = spec.implicit
        ? ' (default gate; add your own exit_code or success gate to change it)'
        : '';
    return passed ? `${head}, within ${rule}` : `${head}; gate requires ${rule}${implicit}`;
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

/***/ 94281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide)
/* harmony export */ });
/* unused harmony exports hasToolErrors, computeVerdict, unscannedLine, exitCodeFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);


const zeroCounts = () => Object.fromEntries(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map(s => [s, 0]));
/** True when a scanner crashed or timed out (exit 3 material). */
function hasToolErrors(toolRuns, runnerError) {
    return (runnerError !== undefined ||
        toolRuns.some(t => t.status === 'failed' || t.status === 'timed-out'));
}
/**
 * The one decision, pure. Reasons (each fails the verdict):
 * - every failed gate (budget or regression);
 * - every policy reason;
 * - the script timing out (a timeout is a limit the user set, so it fails even with a lenient
 *   exit_code gate), or the run being cancelled while it ran;
 * - a tool that failed or timed out, and a runner error, when failOnToolError (else warnings);
 * - a skipped tool when requireTools (else a warning);
 * - files a scanner skipped (ToolRun.skipped) when failOnUnscanned (else only listed in the
 *   summary), one reason per tool;
 * - every error of writing, delivering or evaluating (`errors`), last.
 * A non-zero exit by itself is not a reason: the implicit `exit_code == 0` gate
 * (withImplicitGates) already covers it unless the user wrote their own exit gate, and then
 * their gate decides; a non-zero exit their gate accepts is reported as a warning.
 */
function computeVerdict(input) {
    const reasons = [];
    const warnings = [...(input.warnings ?? [])];
    let violations = 0;
    for (const gate of input.gates) {
        if (gate.passed)
            continue;
        reasons.push(`${gate.kind}: ${gate.message}`);
        violations++;
    }
    if (input.scriptFailed) {
        const { exitCode, timedOut, cancelled } = input.scriptFailed;
        const exitGateFailed = input.gates.some(g => !g.passed && (g.metric === 'exit_code' || g.metric === 'success'));
        if (cancelled) {
            // Whatever the gates accept, a run that was stopped half-way never passes.
            reasons.push(`the run was cancelled before the script finished (exit code ${exitCode})`);
        }
        else if (timedOut) {
            reasons.push(`script timed out (exit code ${exitCode})`);
            violations++;
        }
        else if (!exitGateFailed) {
            warnings.push(`script exited with code ${exitCode}; no exit_code/success gate fails on it`);
        }
    }
    if (input.policy) {
        reasons.push(...input.policy.reasons);
        violations += input.policy.reasons.length;
        warnings.push(...input.policy.warnings);
    }
    const toolProblem = (line, isReason, offSwitch) => {
        if (isReason)
            reasons.push(line);
        else
            warnings.push(`${line} (${offSwitch})`);
    };
    for (const run of input.toolRuns) {
        const why = run.reason ?? (run.errors[0] || 'no reason given');
        if (run.status === 'failed')
            toolProblem(`${run.tool} failed: ${why}`, input.failOnToolError, 'fail-on-tool-error is off');
        else if (run.status === 'timed-out')
            toolProblem(`${run.tool} timed out: ${why}`, input.failOnToolError, 'fail-on-tool-error is off');
        else if (run.status === 'skipped') {
            if (input.requireTools)
                reasons.push(`${run.tool} skipped but require-tools is on: ${why}`);
            else
                warnings.push(`${run.tool} skipped: ${why}`);
        }
    }
    if (input.failOnUnscanned) {
        for (const run of input.toolRuns) {
            const skipped = run.skipped ?? [];
            if (skipped.length === 0)
                continue;
            reasons.push(`${run.tool}: ${unscannedLine(skipped)} and fail-on-unscanned is on`);
            violations++;
        }
    }
    if (input.runnerError !== undefined)
        toolProblem(`runner failed: ${input.runnerError}`, input.failOnToolError, 'fail-on-tool-error is off');
    reasons.push(...(input.errors ?? []));
    return {
        passed: reasons.length === 0,
        reasons,
        warnings,
        counts: input.policy ? { ...zeroCounts(), ...input.policy.counts } : zeroCounts(),
        tools: input.toolRuns.map(t => ({
            tool: t.tool,
            status: t.status,
            durationMs: t.durationMs,
            ...(t.version === undefined ? {} : { version: t.version }),
            ...(t.reason === undefined ? {} : { reason: t.reason })
        })),
        gates: [...input.gates],
        violations
    };
}
/** "3 file(s) not scanned: a.py (reason), …": the first few, so a reason stays one line. */
function unscannedLine(skipped, shown = 3) {
    const first = skipped.slice(0, shown).map(s => `${s.path} (${s.reason})`);
    const more = skipped.length > shown ? `, ${skipped.length - shown} more` : '';
    return `${skipped.length} file(s) not scanned: ${first.join(', ')}${more}`;
}
/**
 * The CLI exit code for a verdict (docs/architecture.md, "Exit codes"). When a run has BOTH a gate/policy
 * violation and a tool failure, we return 1, not 3: the violation is the actionable finding
 * (fix the code), and the tool failure is listed among the reasons anyway. 3 is returned only
 * when every reason is a tool/runner failure.
 */
function exitCodeFor(verdict, input) {
    if (verdict.passed) {
        // Defensive: a tool error the verdict was not told about still fails with 3.
        return input.toolErrors && input.failOnToolError ? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.ToolError : _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Passed;
    }
    const violations = verdict.violations ?? verdict.gates.filter(g => !g.passed).length;
    if (violations > 0)
        return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Violation;
    // Only tool reasons left when computeVerdict counted violations; else trust the caller.
    if (verdict.violations !== undefined || input.toolErrors)
        return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.ToolError;
    return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Violation;
}
/**
 * The one place results become a verdict: the pipeline and `runguard merge` call it once, after
 * every report was written and every delivery tried, with the errors those returned.
 */
function decide(input) {
    const verdict = computeVerdict(input);
    return {
        verdict,
        exitCode: exitCodeFor(verdict, {
            toolErrors: hasToolErrors(input.toolRuns, input.runnerError),
            failOnToolError: input.failOnToolError
        })
    };
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

/***/ 17175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _m: () => (/* binding */ RUNGUARD_FINGERPRINT_KEY),
/* harmony export */   gE: () => (/* binding */ lineHashKey),
/* harmony export */   pM: () => (/* binding */ sarifRuleId),
/* harmony export */   ve: () => (/* binding */ loadBaselineSarif)
/* harmony export */ });
/* unused harmony export parseBaselineSarif */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74976);



/**
 * A SARIF log from the default branch, reduced to what new-only policy needs: which results it
 * had, identified by our `runguard/v1` fingerprint or, for SARIF written by other tools or
 * processed by GitHub, by rule + path + `primaryLocationLineHash`.
 */
/** The fingerprint key runguard writes into `partialFingerprints`. */
const RUNGUARD_FINGERPRINT_KEY = 'runguard/v1';
/** Key used to match on the line hash: a line hash alone says nothing about which rule fired. */
function lineHashKey(ruleId, path, lineHash) {
    return `${ruleId}\u0000${path}\u0000${lineHash}`;
}
/** Reads a baseline SARIF file; unreadable or malformed files are configuration errors. */
function loadBaselineSarif(path) {
    let parsed;
    try {
        parsed = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`baseline-sarif ${path} cannot be read as JSON: ${error.message}; pass a SARIF file written by runguard on the default branch`, { field: 'baselineSarif', value: path });
    }
    return parseBaselineSarif(parsed, path);
}
function decodePath(uri) {
    let path = uri;
    try {
        path = decodeURIComponent(uri);
    }
    catch {
        // Keep the raw text: a malformed escape must not lose the whole baseline.
    }
    return path.replace(/^file:\/\//, '').replace(/^\.\//, '');
}
/** Extracts results from a parsed SARIF log. */
function parseBaselineSarif(log, source) {
    const runs = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(log)?.runs;
    if (!Array.isArray(runs)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`baseline-sarif ${source} is not a SARIF log (no runs[]); pass a SARIF file written by runguard on the default branch`, { field: 'baselineSarif', value: source });
    }
    const results = [];
    for (const run of runs) {
        const r = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(run);
        const tool = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(r?.tool)?.driver)?.name) ?? 'unknown';
        const rules = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(r?.tool)?.driver)?.rules);
        for (const item of (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(r?.results)) {
            const result = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(item);
            if (!result)
                continue;
            // An absent result of the previous baseline is not part of this one.
            if (result.baselineState === 'absent')
                continue;
            const ruleIndex = typeof result.ruleIndex === 'number' ? result.ruleIndex : -1;
            const ruleId = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(result.ruleId) ?? (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(result.rule)?.id) ?? (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(rules[ruleIndex])?.id) ?? '';
            const physical = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(result.locations)[0])?.physicalLocation);
            const uri = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(physical?.artifactLocation)?.uri);
            const startLine = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(physical?.region)?.startLine;
            const fps = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(result.partialFingerprints) ?? {};
            const fingerprint = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(fps[RUNGUARD_FINGERPRINT_KEY]);
            const lineHash = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(fps.primaryLocationLineHash);
            results.push({
                tool,
                ruleId,
                ...(uri === undefined ? {} : { path: decodePath(uri) }),
                ...(typeof startLine === 'number' ? { startLine } : {}),
                message: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(result.message)?.text) ?? '',
                ...(fingerprint === undefined ? {} : { fingerprint }),
                ...(lineHash === undefined ? {} : { lineHash })
            });
        }
    }
    return { source, results };
}
/**
 * The SARIF rule id of a finding: the advisory id for dependency findings (one rule per advisory
 * so each carries its own security-severity, which GitHub reads per rule), the tool's rule id otherwise.
 */
function sarifRuleId(finding) {
    return finding.package && finding.advisory ? finding.advisory.id : finding.ruleId;
}


/***/ }),

/***/ 33329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SJ: () => (/* binding */ loadWorkspaceIgnoreFile),
/* harmony export */   ci: () => (/* binding */ emptyIgnoreFile)
/* harmony export */ });
/* unused harmony export loadIgnoreFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/** An ignore file with no entries (no file, or policy without suppressions). */
function emptyIgnoreFile(path = '.runguard-ignore.yml') {
    return { path, exists: false, entries: [] };
}
/** Reads and validates an ignore file; a missing file is an empty one. */
async function loadIgnoreFile(path) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return emptyIgnoreFile(path);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot read ignore file ${path}: ${error.message}`, {
            field: 'ignoreFile',
            value: path
        });
    }
    // The YAML parser loads only when there is a file to parse (most runs have none).
    const { parseIgnoreFile } = await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(8815), __webpack_require__.e(1571)]).then(__webpack_require__.bind(__webpack_require__, 91571));
    return parseIgnoreFile(text, path);
}
/**
 * The run's ignore file (`ignoreFile`, relative to the workspace), loaded in this one place by
 * the pipeline and by `runguard merge`; the policy applies it once.
 */
function loadWorkspaceIgnoreFile(settings) {
    return loadIgnoreFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, settings.ignoreFile));
}


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

/***/ 74976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   yq: () => (/* binding */ asNonEmptyString)
/* harmony export */ });
/* unused harmony exports asStrings, parseJsonOrUndefined */
/**
 * Narrowing parsed JSON, once for the whole codebase (codeql-action's `isObject`): every reader
 * of tool output, SARIF, SBOM or metrics files walks `unknown` through these.
 */
/** True for a JSON object (not an array, not null). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value when it is a JSON object, else undefined (for optional chaining through a tree). */
function asObject(value) {
    return isObject(value) ? value : undefined;
}
/** The value when it is an array, else an empty array. */
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** The value when it is a string, else undefined. */
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
/** The value when it is a non-empty string, else undefined (tool output uses `""` for "none"). */
function asNonEmptyString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** The string elements of the value when it is an array (others dropped), else an empty array. */
function asStrings(value) {
    return asArray(value).filter((v) => typeof v === 'string');
}
/** JSON.parse that returns undefined instead of throwing (truncated or non-JSON output). */
function parseJsonOrUndefined(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return undefined;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        return undefined;
    }
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

export const id = 721;
export const ids = [721,798];
export const modules = {

/***/ 50356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ metricsJsonValidator),
  j: () => (/* binding */ parseMetricsJson)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/gates/units.ts
var units = __webpack_require__(73443);
;// CONCATENATED MODULE: ./src/gates/metrics-schema.ts


/**
 * JSON Schema (draft-07, validated with ajv) of the metrics JSON that runguard writes
 * (`metricsFile`, `saveBaseline`) and reads back as a baseline. Version 2; version 1 files are
 * still read. New optional fields may be added without a version bump; removing or retyping a
 * field bumps `schemaVersion`. Version 2 retyped the metrics that can go unobserved to
 * `number | null` (null: not observed, `measurement.notObserved` says why; never 0).
 * Kept as a TS object (not a .json file) so ncc bundles it without JSON-import flags.
 */
const metricValueProps = Object.fromEntries(model/* METRIC_NAMES */.Uw.map(m => [
    m,
    m === 'success'
        ? { type: 'boolean', description: 'exit code 0 and not timed out' }
        : model/* ALWAYS_MEASURED */.vF.includes(m)
            ? { type: 'number', description: `unit: ${units/* METRIC_UNITS */.jv[m]}` }
            : {
                type: ['number', 'null'],
                description: `unit: ${units/* METRIC_UNITS */.jv[m]}; null: not observed (measurement.notObserved)`
            }
]));
const statisticsBlock = {
    type: 'object',
    required: ['n', 'mean', 'median', 'stddev', 'min', 'max', 'mad', 'cv'],
    additionalProperties: false,
    properties: {
        n: { type: 'integer', minimum: 1 },
        mean: { type: 'number' },
        median: { type: 'number' },
        stddev: { type: 'number', description: 'sample standard deviation (n - 1)' },
        min: { type: 'number' },
        max: { type: 'number' },
        mad: { type: 'number', description: 'median absolute deviation, unscaled' },
        cv: { type: 'number', description: 'stddev / mean as a fraction' }
    }
};
const METRICS_JSON_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://runguard.dev/schemas/metrics-v1.json',
    title: 'runguard metrics',
    type: 'object',
    required: [
        'schemaVersion',
        'runguardVersion',
        'generatedAt',
        ...model/* METRIC_NAMES */.Uw,
        'attempt',
        'timedOut',
        'attempts',
        'runs',
        'statistics',
        'gates',
        'measurement',
        'fingerprint',
        'units'
    ],
    properties: {
        schemaVersion: { enum: [1, 2] },
        runguardVersion: { type: 'string' },
        generatedAt: { type: 'string', format: 'date-time' },
        ...metricValueProps,
        attempt: { type: 'integer', minimum: 1, description: 'the reported (last) attempt' },
        startedAt: { type: 'string' },
        timedOut: { type: 'boolean' },
        cancelled: { type: 'boolean', description: 'the run was cancelled while this attempt ran' },
        signal: { type: 'string' },
        attempts: { type: 'array', minItems: 1, items: { $ref: '#/definitions/metrics' } },
        runs: {
            type: 'array',
            minItems: 1,
            description: 'measured runs (repeat); samples are kept in attempts[] only',
            items: { $ref: '#/definitions/metrics' }
        },
        statistics: {
            type: 'object',
            description: 'per metric over runs[]; gates use the median when runs > 1',
            propertyNames: { enum: [...model/* METRIC_NAMES */.Uw] },
            additionalProperties: statisticsBlock
        },
        gates: { type: 'array', items: { $ref: '#/definitions/gate' } },
        measurement: { $ref: '#/definitions/measurement' },
        fingerprint: {
            type: 'object',
            required: ['os', 'arch', 'cpuModel', 'cores', 'node'],
            properties: {
                os: { type: 'string' },
                osRelease: { type: 'string' },
                arch: { type: 'string' },
                cpuModel: { type: 'string' },
                cores: { type: 'integer', minimum: 0 },
                node: { type: 'string' },
                python: { type: 'string' }
            }
        },
        units: {
            type: 'object',
            propertyNames: { enum: [...model/* METRIC_NAMES */.Uw] },
            // 'MB': what earlier builds wrote for the memory metrics (the same MiB values), so their
            // metrics files still load as baselines.
            additionalProperties: { enum: ['s', '%', 'MiB', 'MB', 'bytes', 'count', 'code', 'bool'] }
        }
    },
    definitions: {
        measurement: {
            type: 'object',
            required: ['method', 'samplingIntervalMs', 'platform', 'notes'],
            properties: {
                method: { type: 'string' },
                samplingIntervalMs: { type: 'number' },
                platform: { type: 'string' },
                notes: { type: 'array', items: { type: 'string' } },
                notObserved: { type: 'string', description: 'why the null metrics were not observed' }
            }
        },
        metrics: {
            type: 'object',
            required: [...model/* METRIC_NAMES */.Uw, 'attempt', 'timedOut'],
            properties: {
                ...metricValueProps,
                attempt: { type: 'integer', minimum: 1 },
                startedAt: { type: 'string' },
                timedOut: { type: 'boolean' },
                cancelled: { type: 'boolean' },
                signal: { type: 'string' },
                samples: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['t', 'cpu', 'rssMb', 'processes'],
                        properties: {
                            t: { type: 'number' },
                            cpu: { type: 'number' },
                            rssMb: { type: 'number' },
                            processes: { type: 'number' }
                        }
                    }
                },
                measurement: { $ref: '#/definitions/measurement' }
            }
        },
        gate: {
            type: 'object',
            required: ['gate', 'kind', 'metric', 'op', 'limit', 'actual', 'passed', 'message'],
            properties: {
                gate: { type: 'string' },
                kind: { enum: ['budget', 'regression', 'trend'] },
                metric: { enum: [...model/* METRIC_NAMES */.Uw] },
                op: { enum: ['<=', '<', '>=', '>', '==', '!='] },
                limit: { type: 'number' },
                actual: { type: 'number' },
                baseline: { type: 'number' },
                passed: { type: 'boolean' },
                message: { type: 'string' }
            }
        }
    }
};

// EXTERNAL MODULE: ./src/gates/stats.ts
var stats = __webpack_require__(81179);
;// CONCATENATED MODULE: ./src/gates/metrics-file.ts






let validator;
/** Compiled once; ajv compilation is the slow part. */
function metricsJsonValidator() {
    if (!validator) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: true });
        // Only date-time is used; a tiny check avoids the ajv-formats CJS default-import dance.
        ajv.addFormat('date-time', s => !Number.isNaN(Date.parse(s)));
        validator = ajv.compile(METRICS_JSON_SCHEMA);
    }
    return validator;
}
function numericSeedValues(obj) {
    const out = {};
    for (const m of model/* METRIC_NAMES */.Uw) {
        const v = obj[m];
        if (typeof v === 'number' && Number.isFinite(v))
            out[m] = v;
        else if (typeof v === 'boolean')
            out[m] = v ? 1 : 0;
    }
    return out;
}
/**
 * Before version 2, a script that ended before the first sample stored 0 for the metrics only
 * sampling observes; `num_threads` 0 marks such a file (a sampled process always has a thread),
 * and those zeros are dropped rather than compared as measurements.
 */
function withoutLegacyUnsampled(values) {
    if (!(0,stats/* isLegacyUnsampled */.lu)(values))
        return values;
    const out = { ...values };
    for (const m of model/* SAMPLED_ONLY_METRICS */.mV)
        delete out[m];
    return out;
}
/**
 * Parses a baseline: runguard's metrics JSON (validated against the schema) or a Python
 * Script Runner-style flat JSON (seed names at the top level, or under `metrics`).
 * Throws ConfigurationError naming the path and the reason.
 */
function parseMetricsJson(text, path) {
    const fail = (reason) => {
        throw new errors/* ConfigurationError */.j1(`baseline ${path} is not a runguard metrics JSON: ${reason}. Point 'baseline' at a file written by 'save-baseline' (or metrics-file), or delete it to record a new one.`, { field: 'baseline', value: path });
    };
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        return fail(`invalid JSON (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    if (!(0,json/* isObject */.Gv)(doc))
        return fail('the top level is not an object');
    if ('schemaVersion' in doc) {
        if (doc.schemaVersion !== 1 && doc.schemaVersion !== 2)
            return fail(`schemaVersion ${JSON.stringify(doc.schemaVersion)} is not supported (expected 1 or 2)`);
        const validate = metricsJsonValidator();
        if (!validate(doc)) {
            const first = (validate.errors ?? [])
                .slice(0, 3)
                .map(e => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
            return fail(first.join('; '));
        }
        const json = doc;
        const values = json.runs.length > 1
            ? Object.fromEntries(Object.entries(json.statistics).map(([m, s]) => [m, s.median]))
            : withoutLegacyUnsampled(numericSeedValues(doc));
        return {
            path,
            format: 'runguard',
            values,
            runCount: json.runs.length,
            fingerprint: json.fingerprint,
            generatedAt: json.generatedAt
        };
    }
    // Python Script Runner wrote the metrics dict flat, or nested under `metrics`.
    const flat = (0,json/* isObject */.Gv)(doc.metrics) ? doc.metrics : doc;
    const values = numericSeedValues(flat);
    if (Object.keys(values).length === 0)
        return fail(`no known metric at the top level (expected e.g. ${model/* METRIC_NAMES */.Uw.slice(0, 3).join(', ')})`);
    return { path, format: 'flat', values, runCount: 1 };
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

/***/ 74976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   rx: () => (/* binding */ parseJsonOrUndefined),
/* harmony export */   yq: () => (/* binding */ asNonEmptyString)
/* harmony export */ });
/* unused harmony export asStrings */
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

/***/ 43798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ openTextFile),
  writeTextFile: () => (/* binding */ writeTextFile)
});

// UNUSED EXPORTS: writeTextChunks

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/util/atomic-write.ts




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
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
};
/** Checks the target and opens a fresh temporary file beside it; returns both paths and the handle. */
async function prepare(file, options) {
    const target = external_node_path_default().resolve(file);
    const dir = external_node_path_default().dirname(target);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const existing = await (0,promises_.lstat)(target).catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    });
    if (existing?.isSymbolicLink())
        throw new UnsafeOutputPathError(`${file} is a symbolic link; runguard does not write through links (remove it, or choose another path)`);
    if (existing?.isDirectory())
        throw new UnsafeOutputPathError(`${file} is a directory`);
    if (options.root !== undefined) {
        const root = external_node_path_default().resolve(options.root);
        if (inside(root, target)) {
            const realRoot = await (0,promises_.realpath)(root);
            const realDir = await (0,promises_.realpath)(dir);
            if (!inside(realRoot, realDir))
                throw new UnsafeOutputPathError(`${file} is inside the workspace but its directory resolves to ${realDir}, outside it (a symbolic link); runguard does not write there`);
        }
    }
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(target)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(temp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), options.mode ?? 0o644);
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
        await (0,promises_.rename)(temp, target);
    }
    catch (error) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
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

;// CONCATENATED MODULE: ./src/util/write-file.ts


/**
 * Writes a text file (one string, or pieces written in order), creating its parent directories:
 * every report and the saved baseline go through here (the builders of those formats stay pure). Atomic, and never through a symlink
 * (src/util/atomic-write.ts); with `root` (the workspace), never outside it through a linked
 * directory either.
 */
async function writeTextFile(filePath, text, root) {
    await writeFileAtomic(filePath, text, root === undefined ? {} : { root });
}
/** Writes text given in pieces (a large SARIF's chunks) without joining them into one string. */
function writeTextChunks(file, chunks) {
    const fd = fs.openSync(file, 'w');
    try {
        for (const chunk of chunks)
            fs.writeSync(fd, chunk);
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * Opens a file for a text that does not exist yet, creating its parent directories, and
 * returns the function that writes it (once). A path that cannot be written fails here, early:
 * the job summary is rendered last, from the verdict, yet a summary file that cannot be written
 * must still be part of that verdict. Atomic and link-refusing like writeTextFile.
 */
async function openTextFile(filePath, root) {
    return openFileAtomic(filePath, root === undefined ? {} : { root });
}


/***/ })

};

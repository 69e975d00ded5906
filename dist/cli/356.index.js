export const id = 356;
export const ids = [356];
export const modules = {

/***/ 50356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ metricsJsonValidator),
  parseMetricsJson: () => (/* binding */ parseMetricsJson)
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


/***/ })

};

export const id = 2788;
export const ids = [2788];
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

/***/ 52788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeReports: () => (/* binding */ mergeReports)
});

// UNUSED EXPORTS: classifyReport, decideMerged

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/gates/verdict.ts
var verdict = __webpack_require__(94281);
// EXTERNAL MODULE: ./src/gates/budget.ts
var budget = __webpack_require__(27451);
// EXTERNAL MODULE: ./src/gates/metrics-file.ts + 1 modules
var metrics_file = __webpack_require__(50356);
;// CONCATENATED MODULE: ./src/merge/shards.ts




/**
 * `runguard merge` decides from each shard's data, never from what a shard says about itself
 * (SECURITY.md, promise 5). A shard is the directory its report files came in (one artifact per matrix
 * job). A metrics file must match the metrics schema exactly (`"passed": "false"` is an error,
 * not a truthy string); every gate is evaluated again from the shard's measured value, its
 * operator and its limit; a shard whose script failed or timed out fails the merge whatever its
 * gates say; and with `expect`, a shard that never reported fails it too.
 */
/** The shard a report file belongs to: the name of the directory it is in. */
function shardOf(file) {
    return external_node_path_default().basename(external_node_path_default().dirname(external_node_path_default().resolve(file))) || file;
}
/** Validates and re-evaluates one shard's metrics JSON; throws ConfigurationError when invalid. */
function checkShardMetrics(file, text) {
    const shard = shardOf(file);
    const json = JSON.parse(text);
    const validate = (0,metrics_file/* metricsJsonValidator */.Y)();
    if (!validate(json)) {
        const first = (validate.errors ?? [])
            .slice(0, 3)
            .map(e => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
        throw new src_errors/* ConfigurationError */.j1(`${file} is not a valid runguard metrics JSON: ${first.join('; ')}; merge only files runguard wrote, unedited`, { field: 'files', value: file });
    }
    const doc = json;
    // The values the gates were evaluated on: the median over runs when there were several.
    const values = (0,metrics_file.parseMetricsJson)(text, file).values;
    const warnings = [];
    const gates = doc.gates.map((g) => {
        const measured = values[g.metric];
        // runguard writes no budget gate for a metric it did not observe (the run warns instead),
        // so a budget gate with no measured value beside it cannot be checked from the data: the
        // stored actual is the shard's word only, and the gate fails rather than trusting it.
        if (g.kind === 'budget' && measured === undefined) {
            warnings.push(`${shard}: gate ${g.gate} was stored as ${g.passed ? 'passed' : 'failed'} with ${g.actual}, but the data hold no measured ${g.metric}; it fails`);
            return {
                ...g,
                gate: `${shard}: ${g.gate}`,
                passed: false,
                message: `${shard}: ${g.metric} has no measured value in the data, so ${g.gate} cannot be checked (stored ${g.actual} not trusted)`
            };
        }
        const actual = g.kind === 'budget' && measured !== undefined ? measured : g.actual;
        const passed = Number.isFinite(actual) && (0,budget/* compare */.UD)(actual, g.op, g.limit);
        if (passed !== g.passed || actual !== g.actual)
            warnings.push(`${shard}: gate ${g.gate} was stored as ${g.passed ? 'passed' : 'failed'} with ${g.actual}; recomputed from the data: ${actual} ${g.op} ${g.limit} ${passed ? 'passes' : 'fails'}`);
        return {
            ...g,
            gate: `${shard}: ${g.gate}`,
            actual,
            passed,
            message: `${shard}: ${passed === g.passed ? g.message : `${g.metric} ${actual} ${g.op} ${g.limit} ${passed ? 'holds' : 'does not hold'} (recomputed)`}`
        };
    });
    // A failed or timed-out run fails the merge even if its file carries no exit gate.
    if (!doc.success || doc.timedOut || doc.exit_code !== 0) {
        const why = doc.timedOut
            ? 'timed out'
            : `failed (exit code ${doc.exit_code}${doc.signal ? `, ${doc.signal}` : ''})`;
        gates.push({
            gate: `${shard}: the script succeeded`,
            kind: 'budget',
            metric: 'success',
            op: '==',
            limit: 1,
            actual: 0,
            passed: false,
            message: `${shard}: the script ${why}`
        });
    }
    return { shard, gates, warnings };
}
/** Parses the `expect` setting (one number, or shard names); undefined when not set. */
function parseExpect(values) {
    const items = values.map(v => v.trim()).filter(v => v !== '');
    if (items.length === 0)
        return undefined;
    if (items.length === 1 && /^\d+$/.test(items[0])) {
        const count = Number(items[0]);
        if (count < 1)
            throw new src_errors/* ConfigurationError */.j1('expect: the number of shards must be at least 1', {
                field: 'expect',
                value: items[0]
            });
        return { count };
    }
    return { names: [...new Set(items)] };
}
/**
 * Problems with the set of shards that reported: too few, a named one missing, or one that lacks
 * a kind of report the others have (its job stopped before writing it). Empty when complete.
 */
function missingShards(expect, files) {
    if (!expect)
        return [];
    const byShard = new Map();
    for (const { file, kind } of files) {
        const shard = shardOf(file);
        const kinds = byShard.get(shard) ?? new Set();
        kinds.add(kind);
        byShard.set(shard, kinds);
    }
    const present = [...byShard.keys()].sort();
    const problems = [];
    if ('count' in expect) {
        if (present.length < expect.count)
            problems.push(`expected ${expect.count} shard(s), got ${present.length} (${present.join(', ') || 'none'}): a matrix job did not upload its reports`);
    }
    else {
        const missing = expect.names.filter(n => !byShard.has(n));
        if (missing.length)
            problems.push(`shard(s) ${missing.join(', ')} did not report (got ${present.join(', ') || 'none'})`);
    }
    const allKinds = new Set([...byShard.values()].flatMap(k => [...k]));
    for (const [shard, kinds] of byShard) {
        const lacking = [...allKinds].filter(k => !kinds.has(k));
        if (lacking.length)
            problems.push(`shard ${shard} has no ${lacking.join(' or ')} report`);
    }
    return problems;
}

// EXTERNAL MODULE: ./src/policy/ignore-file.ts
var ignore_file = __webpack_require__(33329);
// EXTERNAL MODULE: ./src/policy/policy.ts + 1 modules
var policy = __webpack_require__(33310);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/policy/baseline-sarif.ts
var baseline_sarif = __webpack_require__(17175);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(10643);
// EXTERNAL MODULE: ./src/util/json.ts
var util_json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/report/merge.ts





/**
 * `runguard merge`: combine the reports of several jobs (a matrix, or scan + run split) into one
 * SARIF, one SBOM and one metrics file, and read runguard's findings back from a SARIF. Formats
 * only: the merge command (src/merge-command.ts) applies the policy and decides.
 *
 * SARIF choice: runs are keyed by (automationDetails.id, tool.driver.name), the pair GitHub
 * requires to be unique in one upload. Runs with the same key are UNIONED, results deduplicated
 * by fingerprint — not "later wins": matrix jobs usually scan different parts of a repository
 * (or the same part with different tool versions), and dropping one job's results would close
 * real alerts. Invocations are concatenated so a failed job stays visible.
 */
function runKey(run) {
    const driver = (0,util_json/* asObject */.eB)((0,util_json/* asObject */.eB)(run.tool)?.driver);
    return `${(0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(run.automationDetails)?.id) ?? ''}\u0000${(0,util_json/* asString */.oJ)(driver?.name) ?? ''}`;
}
function resultKey(result, rules) {
    const fps = (0,util_json/* asObject */.eB)(result.partialFingerprints) ?? {};
    const ruleId = (0,util_json/* asString */.oJ)(result.ruleId) ?? (0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(rules[Number(result.ruleIndex)])?.id) ?? '';
    const own = (0,util_json/* asString */.oJ)(fps[baseline_sarif/* RUNGUARD_FINGERPRINT_KEY */._m]);
    if (own)
        return `fp\u0000${ruleId}\u0000${own}`;
    const physical = (0,util_json/* asObject */.eB)((0,util_json/* asObject */.eB)((0,util_json/* asArray */._j)(result.locations)[0])?.physicalLocation);
    const where = `${(0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(physical?.artifactLocation)?.uri) ?? ''}:${JSON.stringify((0,util_json/* asObject */.eB)(physical?.region)?.startLine ?? null)}`;
    return `loc\u0000${ruleId}\u0000${where}\u0000${(0,util_json/* asString */.oJ)(fps.primaryLocationLineHash) ?? (0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(result.message)?.text) ?? ''}`;
}
const LEVEL_RANK = { error: 3, warning: 2, note: 1, none: 0 };
/** Merges SARIF logs (see the file comment for the union rule). Inputs are not modified. */
function mergeSarif(logs) {
    const merged = new Map();
    for (const log of logs) {
        for (const raw of (0,util_json/* asArray */._j)((0,util_json/* asObject */.eB)(log)?.runs)) {
            const run = (0,util_json/* asObject */.eB)(raw);
            if (!run)
                continue;
            const key = runKey(run);
            const driver = (0,util_json/* asObject */.eB)((0,util_json/* asObject */.eB)(run.tool)?.driver) ?? {};
            const rules = (0,util_json/* asArray */._j)(driver.rules);
            let entry = merged.get(key);
            if (!entry) {
                entry = { run, rules: new Map(), results: new Map(), invocations: [] };
                merged.set(key, entry);
            }
            for (const rule of rules) {
                const r = (0,util_json/* asObject */.eB)(rule);
                const id = (0,util_json/* asString */.oJ)(r?.id);
                if (r && id && !entry.rules.has(id))
                    entry.rules.set(id, { ...r, id });
            }
            entry.invocations.push(...(0,util_json/* asArray */._j)(run.invocations));
            for (const item of (0,util_json/* asArray */._j)(run.results)) {
                const result = (0,util_json/* asObject */.eB)(item);
                if (!result)
                    continue;
                const k = resultKey(result, rules);
                if (entry.results.has(k))
                    continue;
                // ruleIndex points into this run's rules; it is recomputed below.
                const ruleId = (0,util_json/* asString */.oJ)(result.ruleId) ?? (0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(rules[Number(result.ruleIndex)])?.id);
                const { ruleIndex: _dropped, ...rest } = result;
                // Carried over as the input log has it (a log runguard wrote).
                entry.results.set(k, (ruleId ? { ...rest, ruleId } : rest));
            }
        }
    }
    const runs = [];
    for (const { run, rules, results, invocations } of merged.values()) {
        const ruleList = [...rules.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)));
        const index = new Map(ruleList.map((r, i) => [String(r.id), i]));
        let resultList = [...results.values()].map(r => {
            const i = index.get(String(r.ruleId));
            return i === undefined ? r : { ...r, ruleIndex: i };
        });
        if (resultList.length > sarif.MAX_RESULTS_PER_RUN) {
            // Keep the most severe, as GitHub would; the count dropped is recorded on the run.
            resultList = resultList
                .map((r, i) => ({ r, i }))
                .sort((a, b) => (LEVEL_RANK[b.r.level ?? ''] ?? 2) - (LEVEL_RANK[a.r.level ?? ''] ?? 2) || a.i - b.i)
                .slice(0, sarif.MAX_RESULTS_PER_RUN)
                .map(x => x.r);
        }
        const driver = (0,util_json/* asObject */.eB)((0,util_json/* asObject */.eB)(run.tool)?.driver) ?? {};
        const dropped = results.size - resultList.length;
        runs.push({
            ...run,
            tool: {
                ...(0,util_json/* asObject */.eB)(run.tool),
                driver: { ...driver, name: String(driver.name), rules: ruleList }
            },
            invocations,
            results: resultList,
            ...(dropped
                ? { properties: { ...(0,util_json/* asObject */.eB)(run.properties), 'runguard/droppedResults': dropped } }
                : {})
        });
    }
    return { $schema: sarif.SARIF_SCHEMA_URI, version: '2.1.0', runs };
}
const TOOL_BY_DRIVER = new Map(model/* TOOL_NAMES */.K2.map(t => [sarif.DRIVER_NAMES[t].toLowerCase(), t]));
/**
 * Rebuilds runguard findings and tool statuses from a SARIF log runguard wrote (properties carry
 * severity, CWEs, package and advisory). Runs of other tools are ignored.
 */
function findingsFromSarif(log) {
    const findings = [];
    const toolRuns = new Map();
    for (const raw of (0,util_json/* asArray */._j)((0,util_json/* asObject */.eB)(log)?.runs)) {
        const run = (0,util_json/* asObject */.eB)(raw);
        const driver = (0,util_json/* asObject */.eB)((0,util_json/* asObject */.eB)(run?.tool)?.driver);
        const tool = TOOL_BY_DRIVER.get(String(driver?.name).toLowerCase());
        if (!run || !driver || !tool)
            continue;
        const invocations = (0,util_json/* asArray */._j)(run.invocations).map(util_json/* asObject */.eB);
        const failed = invocations.find(i => i?.executionSuccessful === false);
        const reason = failed
            ? (0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)((0,util_json/* asObject */.eB)((0,util_json/* asArray */._j)(failed.toolExecutionNotifications)[0])?.message)?.text)
            : undefined;
        const previous = toolRuns.get(tool);
        toolRuns.set(tool, {
            tool,
            ...((0,util_json/* asString */.oJ)(driver.version) ? { version: (0,util_json/* asString */.oJ)(driver.version) } : {}),
            status: failed || previous?.status === 'failed' ? 'failed' : 'ok',
            ...(reason ? { reason } : previous?.reason ? { reason: previous.reason } : {}),
            durationMs: 0,
            findings: [],
            errors: []
        });
        const rules = (0,util_json/* asArray */._j)(driver.rules).map(util_json/* asObject */.eB);
        for (const item of (0,util_json/* asArray */._j)(run.results)) {
            const result = (0,util_json/* asObject */.eB)(item);
            if (!result)
                continue;
            const rule = typeof result.ruleIndex === 'number'
                ? rules[result.ruleIndex]
                : rules.find(r => r?.id === result.ruleId);
            const props = (0,util_json/* asObject */.eB)(result.properties) ?? {};
            const severity = model/* SEVERITIES */.oC.includes(props.severity)
                ? props.severity
                : severityFromLevel((0,util_json/* asString */.oJ)(result.level));
            const physical = (0,util_json/* asObject */.eB)((0,util_json/* asObject */.eB)((0,util_json/* asArray */._j)(result.locations)[0])?.physicalLocation);
            const region = (0,util_json/* asObject */.eB)(physical?.region) ?? {};
            const uri = (0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(physical?.artifactLocation)?.uri) ?? '.';
            const suppression = (0,util_json/* asObject */.eB)((0,util_json/* asArray */._j)(result.suppressions)
                .map(util_json/* asObject */.eB)
                .find(s => s?.status === undefined || s?.status === 'accepted'));
            const fps = (0,util_json/* asObject */.eB)(result.partialFingerprints) ?? {};
            const advisory = (0,util_json/* asObject */.eB)(props.advisory);
            const pkg = (0,util_json/* asObject */.eB)(props.package);
            const ruleId = (0,util_json/* asString */.oJ)(result.ruleId) ?? (0,util_json/* asString */.oJ)(rule?.id) ?? 'unknown';
            const state = (0,util_json/* asString */.oJ)(result.baselineState);
            findings.push({
                tool,
                ruleId,
                title: (0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(rule?.shortDescription)?.text) ?? ruleId,
                message: (0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(result.message)?.text) ?? '',
                severity,
                ...(props.confidence ? { confidence: props.confidence } : {}),
                cwe: (0,util_json/* asArray */._j)(props.cwe).filter((c) => typeof c === 'string'),
                location: {
                    path: safeDecode(uri),
                    startLine: typeof region.startLine === 'number' ? region.startLine : 1,
                    ...(typeof region.endLine === 'number' ? { endLine: region.endLine } : {})
                },
                ...(pkg ? { package: pkg } : {}),
                ...(advisory && (0,util_json/* asString */.oJ)(advisory.id)
                    ? { advisory: { id: String(advisory.id), aliases: (0,util_json/* asArray */._j)(advisory.aliases).map(String) } }
                    : {}),
                fingerprint: (0,util_json/* asString */.oJ)(fps[baseline_sarif/* RUNGUARD_FINGERPRINT_KEY */._m]) ??
                    (0,util_json/* asString */.oJ)(fps.primaryLocationLineHash) ??
                    `${ruleId}:${uri}`,
                ...(suppression
                    ? {
                        suppressed: {
                            reason: (0,util_json/* asString */.oJ)(suppression.justification) ?? 'suppressed',
                            source: suppression.kind === 'inSource' ? 'inline' : 'ignore-file'
                        }
                    }
                    : {}),
                ...(state === 'new' || state === 'unchanged' ? { baselineState: state } : {})
            });
        }
    }
    return { findings, toolRuns: model/* TOOL_NAMES */.K2.flatMap(t => toolRuns.get(t) ?? []) };
}
function severityFromLevel(level) {
    if (level === 'error')
        return 'high';
    if (level === 'note')
        return 'low';
    if (level === 'none')
        return 'info';
    return 'medium';
}
function safeDecode(uri) {
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return uri;
    }
}
/**
 * Merges CycloneDX JSON SBOMs: components deduplicated by bom-ref (first wins), dependency
 * edges unioned, vulnerabilities deduplicated by id with their `affects` unioned, tools
 * unioned. Metadata (component, spec version) comes from the first SBOM.
 */
function mergeSboms(jsons, options = {}) {
    const boms = jsons.map(j => JSON.parse(j));
    const first = boms[0];
    if (!first)
        throw new Error('mergeSboms needs at least one SBOM');
    const components = new Map();
    const deps = new Map();
    const vulns = new Map();
    const tools = new Map();
    const legacyTools = Array.isArray((0,util_json/* asObject */.eB)(first.metadata)?.tools);
    for (const bom of boms) {
        const meta = (0,util_json/* asObject */.eB)(bom.metadata);
        const t = meta?.tools;
        const toolList = Array.isArray(t) ? t : (0,util_json/* asArray */._j)((0,util_json/* asObject */.eB)(t)?.components);
        for (const tool of toolList) {
            const o = (0,util_json/* asObject */.eB)(tool);
            tools.set(`${(0,util_json/* asString */.oJ)(o?.name)}@${(0,util_json/* asString */.oJ)(o?.version)}`, tool);
        }
        for (const c of (0,util_json/* asArray */._j)(bom.components)) {
            const o = (0,util_json/* asObject */.eB)(c);
            const ref = (0,util_json/* asString */.oJ)(o?.['bom-ref']) ?? (0,util_json/* asString */.oJ)(o?.purl) ?? `${(0,util_json/* asString */.oJ)(o?.name)}@${(0,util_json/* asString */.oJ)(o?.version)}`;
            if (o && !components.has(ref))
                components.set(ref, o);
        }
        for (const d of (0,util_json/* asArray */._j)(bom.dependencies)) {
            const o = (0,util_json/* asObject */.eB)(d);
            const ref = (0,util_json/* asString */.oJ)(o?.ref);
            if (!ref)
                continue;
            const set = deps.get(ref) ?? new Set();
            for (const x of (0,util_json/* asArray */._j)(o?.dependsOn))
                if (typeof x === 'string')
                    set.add(x);
            deps.set(ref, set);
        }
        for (const v of (0,util_json/* asArray */._j)(bom.vulnerabilities)) {
            const o = (0,util_json/* asObject */.eB)(v);
            const id = (0,util_json/* asString */.oJ)(o?.id);
            if (!o || !id)
                continue;
            const seen = vulns.get(id);
            if (!seen) {
                vulns.set(id, { ...o, affects: [...(0,util_json/* asArray */._j)(o.affects)] });
                continue;
            }
            const refs = new Set((0,util_json/* asArray */._j)(seen.affects).map(a => (0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(a)?.ref)));
            for (const a of (0,util_json/* asArray */._j)(o.affects))
                if (!refs.has((0,util_json/* asString */.oJ)((0,util_json/* asObject */.eB)(a)?.ref)))
                    seen.affects.push(a);
        }
    }
    const byName = (a, b) => a[0].localeCompare(b[0]);
    const meta = (0,util_json/* asObject */.eB)(first.metadata) ?? {};
    const toolValues = [...tools].sort(byName).map(([, t]) => t);
    const merged = {
        ...first,
        serialNumber: options.serialNumber ?? `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`,
        version: 1,
        metadata: {
            ...meta,
            timestamp: (options.timestamp ?? new Date()).toISOString(),
            tools: legacyTools ? toolValues : { ...(0,util_json/* asObject */.eB)(meta.tools), components: toolValues }
        },
        components: [...components].sort(byName).map(([, c]) => c),
        dependencies: [...deps]
            .sort(byName)
            .map(([ref, set]) => (set.size ? { ref, dependsOn: [...set].sort() } : { ref })),
        vulnerabilities: [...vulns].sort(byName).map(([, v]) => v)
    };
    if (!(0,util_json/* asArray */._j)(merged.vulnerabilities).length)
        delete merged.vulnerabilities;
    return JSON.stringify(merged, null, 2);
}
/** Keeps each job's metrics JSON as is, named by the given name or its position. */
function mergeMetrics(inputs) {
    return {
        kind: 'runguard-merged-metrics',
        jobs: inputs.map((input, i) => typeof input === 'string'
            ? { name: `job-${i + 1}`, metrics: JSON.parse(input) }
            : { name: input.name, metrics: JSON.parse(input.json) })
    };
}

// EXTERNAL MODULE: ./src/util/write-file.ts
var write_file = __webpack_require__(37238);
;// CONCATENATED MODULE: ./src/merge-command.ts










/** Recognizes a report by its content, so artifact file names do not matter. */
function classifyReport(json) {
    if (!(0,util_json/* isObject */.Gv)(json))
        return undefined;
    if (json.version === '2.1.0' && Array.isArray(json.runs))
        return 'sarif';
    if (json.bomFormat === 'CycloneDX')
        return 'sbom';
    if (typeof json.schemaVersion === 'number' && typeof json.runguardVersion === 'string')
        return 'metrics';
    return undefined;
}
/**
 * `runguard merge`: reports from several (matrix) jobs → one SARIF (one run per tool and
 * category), one SBOM (components and vulnerabilities deduplicated), the metrics of every job
 * side by side, and the verdict decided once, with this job's policy settings, after every
 * merged file was written (a file that cannot be written is a reason, like in a scan).
 */
async function mergeReports(files, settings, logger) {
    const inputs = {
        sarif: [],
        sbom: [],
        metrics: []
    };
    for (const file of files) {
        const abs = external_node_path_default().resolve(settings.workspace, file);
        let text;
        let json;
        try {
            text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
            json = JSON.parse(text);
        }
        catch (error) {
            throw new src_errors/* ConfigurationError */.j1(`cannot read ${file} as JSON: ${(0,src_errors/* errorMessage */.gJ)(error)}`, {
                field: 'files',
                value: file
            });
        }
        const kind = classifyReport(json);
        if (!kind) {
            throw new src_errors/* ConfigurationError */.j1(`${file} is not a SARIF 2.1.0 log, a CycloneDX SBOM or a runguard metrics JSON`, { field: 'files', value: file });
        }
        inputs[kind].push({ file, text, json });
    }
    if (inputs.sarif.length + inputs.sbom.length + inputs.metrics.length === 0) {
        throw new src_errors/* ConfigurationError */.j1('runguard merge needs at least one report file', {
            field: 'files'
        });
    }
    // Read before anything is written: a broken ignore file is a configuration error (exit 2).
    const ignore = inputs.sarif.length > 0 ? await (0,ignore_file/* loadWorkspaceIgnoreFile */.SJ)(settings) : undefined;
    // Every shard's gates are evaluated again from its data; a stored `passed` is never trusted.
    const gates = [];
    const warnings = [];
    for (const m of inputs.metrics) {
        const shard = checkShardMetrics(m.file, m.text);
        gates.push(...shard.gates);
        warnings.push(...shard.warnings);
    }
    const written = [];
    // A shard that did not report is missing data: a reason whatever fail-on-tool-error says.
    const errors = missingShards(parseExpect(settings.expect), [
        ...inputs.sarif.map(s => ({ file: s.file, kind: 'SARIF' })),
        ...inputs.sbom.map(s => ({ file: s.file, kind: 'SBOM' })),
        ...inputs.metrics.map(s => ({ file: s.file, kind: 'metrics' }))
    ]);
    const write = async (kind, file, build) => {
        if (!file)
            return;
        try {
            await (0,write_file.writeTextFile)(external_node_path_default().resolve(settings.workspace, file), build(), settings.workspace);
            written.push(`${kind} ${file}`);
        }
        catch (error) {
            const message = `could not write the merged ${kind} ${file}: ${(0,src_errors/* errorMessage */.gJ)(error)}`;
            logger.error(message);
            errors.push(message);
        }
    };
    const sarif = inputs.sarif.length > 0 ? mergeSarif(inputs.sarif.map(s => s.json)) : undefined;
    if (sarif)
        await write('sarif', settings.sarifFile, () => JSON.stringify(sarif));
    if (inputs.sbom.length > 0)
        await write('sbom', settings.sbomFile, () => mergeSboms(inputs.sbom.map(s => s.text)));
    if (inputs.metrics.length > 0)
        await write('metrics', settings.metricsFile, () => JSON.stringify(mergeMetrics(inputs.metrics.map(m => ({ name: m.file, json: m.text }))), null, 2) + '\n');
    logger.debug(`merge: ${inputs.sarif.length} SARIF, ${inputs.sbom.length} SBOM, ${inputs.metrics.length} metrics file(s)`);
    const decided = decideMerged({ ...(sarif ? { sarif } : {}), gates, errors, warnings }, settings, {
        ...(ignore ? { ignore } : {})
    });
    return {
        verdict: decided.verdict,
        exitCode: decided.exitCode,
        toolRuns: decided.toolRuns,
        written
    };
}
/**
 * The merge's one decision: findings and tool statuses read back from the merged SARIF, the
 * policy applied to them (suppressions already recorded in the SARIF stay; the ignore file may
 * add more; without the baseline file, the jobs' own new/unchanged marks stand in for it, so
 * results the jobs marked `unchanged` do not fail), the jobs' gates, and the errors of writing
 * the merged files.
 */
function decideMerged(input, settings, options = {}) {
    const { findings, toolRuns } = input.sarif
        ? findingsFromSarif(input.sarif)
        : { findings: [], toolRuns: [] };
    const policy = input.sarif ? policyFromMarks(findings, settings, options) : undefined;
    const decision = (0,verdict/* decide */.LD)({
        gates: input.gates,
        toolRuns,
        ...(policy ? { policy: policy.outcome } : {}),
        failOnToolError: settings.failOnToolError,
        requireTools: settings.requireTools,
        ...(input.errors ? { errors: input.errors } : {}),
        ...(input.warnings ? { warnings: input.warnings } : {})
    });
    return { ...decision, toolRuns, ...(policy ? { policy } : {}) };
}
function policyFromMarks(findings, settings, options) {
    const unchanged = findings.filter(f => f.baselineState === 'unchanged');
    const newOnly = findings.some(f => f.baselineState !== undefined);
    return (0,policy.applyPolicy)({
        findings,
        settings,
        ignore: options.ignore ?? (0,ignore_file/* emptyIgnoreFile */.ci)(),
        ...(newOnly
            ? {
                baseline: {
                    source: 'merged SARIF',
                    results: unchanged.map(f => ({
                        tool: f.tool,
                        ruleId: f.ruleId,
                        message: f.message,
                        fingerprint: f.fingerprint
                    }))
                }
            }
            : {}),
        ...(options.today ? { today: options.today } : {})
    });
}


/***/ })

};

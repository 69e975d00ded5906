export const id = 788;
export const ids = [788,643];
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
// EXTERNAL MODULE: ./src/policy/policy.ts
var policy = __webpack_require__(26658);
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
        if (resultList.length > sarif/* MAX_RESULTS_PER_RUN */.QW) {
            // Keep the most severe, as GitHub would; the count dropped is recorded on the run.
            resultList = resultList
                .map((r, i) => ({ r, i }))
                .sort((a, b) => (LEVEL_RANK[b.r.level ?? ''] ?? 2) - (LEVEL_RANK[a.r.level ?? ''] ?? 2) || a.i - b.i)
                .slice(0, sarif/* MAX_RESULTS_PER_RUN */.QW)
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
    return { $schema: sarif/* SARIF_SCHEMA_URI */.$$, version: '2.1.0', runs };
}
const TOOL_BY_DRIVER = new Map(model/* TOOL_NAMES */.K2.map(t => [sarif/* DRIVER_NAMES */.qO[t].toLowerCase(), t]));
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

// EXTERNAL MODULE: ./src/util/write-file.ts + 1 modules
var write_file = __webpack_require__(43798);
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
    const ignore = inputs.sarif.length > 0 ? (0,ignore_file/* loadWorkspaceIgnoreFile */.SJ)(settings) : undefined;
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
            await (0,write_file.writeTextFile)(external_node_path_default().resolve(settings.workspace, file), build());
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
    return (0,policy/* applyPolicy */.VC)({
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


/***/ }),

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   QW: () => (/* binding */ MAX_RESULTS_PER_RUN),
/* harmony export */   buildSarif: () => (/* binding */ buildSarif),
/* harmony export */   qO: () => (/* binding */ DRIVER_NAMES)
/* harmony export */ });
/* unused harmony exports MAX_RUNS, MAX_GZIP_BYTES, encodeRepoPath, serializeSarif */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);
/* harmony import */ var _policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17175);
/* harmony import */ var _policy_line_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38143);
/* harmony import */ var _policy_severity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23863);






/**
 * SARIF 2.1.0 for GitHub code scanning: one run per tool with its own driver
 * name and `automationDetails.id`, a run for every tool that ran (even with no results, so
 * fixed alerts close), one rule per advisory for dependency findings, GitHub's line hash, and
 * GitHub's limits enforced by dropping the least severe results (and saying so).
 *
 * Choices:
 * - Baseline results that disappeared (`absent`) are NOT written: GitHub ignores
 *   `baselineState`, so an absent result would open an alert for code that is gone. Policy
 *   returns them (`PolicyResult.absent`) for the summary instead.
 * - A tool that failed or timed out still gets its run (with whatever it reported) and
 *   `executionSuccessful: false`; a skipped tool gets none.
 * - Large logs are produced as ~1 MB JSON chunks (`chunks`, util/write-file `writeTextChunks`); `text` and `log`
 *   are materialised only when asked for.
 */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub's documented upload limits: it rejects files above these. */
const MAX_RUNS = 20;
const MAX_RESULTS_PER_RUN = 25_000;
/** 10 MB gzipped; decimal megabytes to stay on the safe side of either reading. */
const MAX_GZIP_BYTES = 10_000_000;
const MAX_TEXT = 1024;
/** Chunks at least this long are sampled to estimate the gzipped size. */
const SAMPLE_MIN_CHARS = 64 * 1024;
/** Serialized results are gathered into strings of about this many characters. */
const CHUNK_CHARS = 1 << 20;
/** Skipped paths named in a run's properties; the count covers the rest. */
const MAX_UNSCANNED_PATHS = 100;
const MAX_NOTIFICATIONS = 50;
/** `tool.driver.name` per tool; our own detector gets a prefixed name so it is recognisable. */
const DRIVER_NAMES = {
    bandit: 'bandit',
    semgrep: 'semgrep',
    safety: 'safety',
    'osv-scanner': 'osv-scanner',
    secrets: 'runguard-secrets'
};
const INFORMATION_URIS = {
    bandit: 'https://bandit.readthedocs.io/',
    semgrep: 'https://semgrep.dev/',
    safety: 'https://github.com/pyupio/safety',
    'osv-scanner': 'https://google.github.io/osv-scanner/',
    secrets: 'https://github.com/runguard/runguard'
};
const encodedPaths = new Map();
/** encodeRepoPath as a JSON string, cached: 100,000 results usually share a few hundred files. */
function encodedUri(path) {
    let uri = encodedPaths.get(path);
    if (uri === undefined) {
        if (encodedPaths.size > 50_000)
            encodedPaths.clear();
        uri = JSON.stringify(encodeRepoPath(path));
        encodedPaths.set(path, uri);
    }
    return uri;
}
/**
 * Repo-relative posix path → percent-encoded relative URI (spaces, `:` and `#` would break it).
 * Repo paths are posix on every platform (toRepoPath), so `\` is a character of a file name
 * (legal on Linux) and is encoded as `%5C`, never read as a separator.
 */
function encodeRepoPath(path) {
    const clean = path.replace(/^\.\//, '').replace(/^\/+/, '');
    return clean === '' ? '.' : clean.split('/').map(encodeURIComponent).join('/');
}
const truncate = (text, max = MAX_TEXT) => text.length <= max ? text : `${text.slice(0, max - 1)}…`;
const cweNumber = (cwe) => /(\d+)/.exec(cwe)?.[1];
/** The highest `security-severity` of the rule's findings; none when none has one (unknown, info). */
function securitySeverity(findings, unknownSeverity) {
    let best;
    for (const f of findings) {
        const score = (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .presentFinding */ .hg)(f, unknownSeverity).securitySeverity;
        if (score !== undefined && (best === undefined || score > best))
            best = score;
    }
    return best === undefined ? undefined : best.toFixed(1);
}
function precision(findings) {
    const order = ['low', 'medium', 'high'];
    let best = -1;
    for (const f of findings)
        if (f.confidence)
            best = Math.max(best, order.indexOf(f.confidence));
    return best < 0 ? undefined : order[best];
}
function buildRule(id, findings, unknownSeverity) {
    const first = findings[0];
    const rank = (f) => (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveRank */ .ET)(f.severity, unknownSeverity);
    const worst = findings.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const cwes = [...new Set(findings.flatMap(f => f.cwe))].sort();
    const title = first.title.trim() || id;
    const lines = [];
    const md = [`**${title}**`, ''];
    if (first.package && first.advisory) {
        const aliases = first.advisory.aliases.filter(a => a !== id);
        const packages = [...new Set(findings.map(f => `${f.package?.name} ${f.package?.version}`))];
        const fixed = [...new Set(findings.flatMap(f => f.package?.fixedVersions ?? []))];
        lines.push(`Advisory ${id} affects ${packages.join(', ')}.`);
        if (aliases.length)
            lines.push(`Also known as ${aliases.join(', ')}.`);
        lines.push(fixed.length ? `Fixed in ${fixed.join(', ')}.` : 'No fixed version is known.');
        if (first.advisory.cvssVector)
            lines.push(`CVSS vector: ${first.advisory.cvssVector}.`);
    }
    else {
        lines.push(`${title} (${first.tool} rule ${id}).`);
    }
    if (cwes.length)
        lines.push(`Weakness: ${cwes.join(', ')}.`);
    md.push(...lines.map(l => `- ${l}`));
    for (const cwe of cwes) {
        const n = cweNumber(cwe);
        if (n)
            md.push(`- [${cwe}](https://cwe.mitre.org/data/definitions/${n}.html)`);
    }
    const helpUri = first.helpUri ?? (first.advisory?.url || undefined);
    if (helpUri)
        md.push('', `[More information](${helpUri})`);
    const tags = [
        'security',
        ...cwes.flatMap(c => {
            const n = cweNumber(c);
            return n ? [`external/cwe/cwe-${n.padStart(3, '0')}`] : [];
        })
    ].slice(0, 20);
    const score = securitySeverity(findings, unknownSeverity);
    const prec = precision(findings);
    return {
        id,
        name: truncate(title.replace(/\s+/g, ' '), 255),
        shortDescription: { text: truncate(title) },
        fullDescription: { text: truncate(lines.join(' ')) },
        defaultConfiguration: { level: (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .presentFinding */ .hg)(worst, unknownSeverity).sarifLevel },
        help: {
            text: truncate(lines.join('\n') + (helpUri ? `\n${helpUri}` : ''), 10_000),
            markdown: md.join('\n')
        },
        ...(helpUri ? { helpUri } : {}),
        properties: {
            tags,
            ...(prec ? { precision: prec } : {}),
            ...(score ? { 'security-severity': score } : {})
        }
    };
}
const json = (value) => JSON.stringify(value);
const int = (n) => Math.trunc(n);
/**
 * One result as JSON text, written directly rather than as an object graph to stringify: at
 * 100,000 results the ten small objects per result dominated time and garbage. Key order and
 * content are those of the SARIF result object; tests parse the text back and validate it
 * against the schema.
 */
function resultJson(finding, ruleIndex, unknownSeverity, hashes) {
    const loc = finding.location;
    const startLine = Math.max(1, int(loc.startLine) || 1);
    const endLine = loc.endLine !== undefined && loc.endLine >= startLine ? int(loc.endLine) : undefined;
    const startColumn = loc.startColumn !== undefined && loc.startColumn >= 1 ? int(loc.startColumn) : undefined;
    const endColumn = loc.endColumn !== undefined &&
        loc.endColumn >= 1 &&
        ((endLine ?? startLine) > startLine || loc.endColumn > (startColumn ?? 1))
        ? int(loc.endColumn)
        : undefined;
    let region = `{"startLine":${startLine}`;
    if (endLine !== undefined)
        region += `,"endLine":${endLine}`;
    if (startColumn !== undefined)
        region += `,"startColumn":${startColumn}`;
    if (endColumn !== undefined)
        region += `,"endColumn":${endColumn}`;
    region += '}';
    const lineHash = hashes?.get(loc.path, startLine);
    const fingerprints = `{${json(_policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .RUNGUARD_FINGERPRINT_KEY */ ._m)}:${json(finding.fingerprint)}${lineHash ? `,"primaryLocationLineHash":${json(lineHash)}` : ''}}`;
    const ruleId = (0,_policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifRuleId */ .pM)(finding);
    // Enough structure for `runguard merge` to rebuild the finding and re-apply policy. Built as
    // text: spreads here allocated several throwaway objects per result.
    let properties = `{"severity":"${finding.severity}"`;
    if (finding.confidence)
        properties += `,"confidence":"${finding.confidence}"`;
    properties += `,"cwe":${json(finding.cwe)}`;
    if (finding.package)
        properties += `,"package":${json(finding.package)}`;
    // What the script's import record showed (inventory/loaded.ts); never "reachable".
    if (finding.dependency?.runtime)
        properties += `,"runtime":"${finding.dependency.runtime}"`;
    if (finding.advisory) {
        properties += `,"advisory":{"id":${json(finding.advisory.id)},"aliases":${json(finding.advisory.aliases)}}`;
    }
    // Only the masked preview ever leaves the detector (model.ts: message has no secret).
    if (finding.secret) {
        properties += `,"secret":{"provider":${json(finding.secret.provider)},"masked":${json(finding.secret.masked)}${finding.secret.testFixture ? ',"testFixture":true' : ''}}`;
    }
    properties += '}';
    const sup = finding.suppressed;
    const suppressions = sup
        ? `,"suppressions":${json([
            {
                kind: sup.source === 'inline' ? 'inSource' : 'external',
                status: 'accepted',
                justification: truncate(sup.reason),
                ...(sup.expires ? { properties: { expires: sup.expires } } : {})
            }
        ])}`
        : '';
    const baseline = finding.baselineState ? `,"baselineState":"${finding.baselineState}"` : '';
    const text = finding.message.trim() || finding.title.trim() || ruleId;
    return (`{"ruleId":${json(ruleId)},"ruleIndex":${ruleIndex},"level":"${(0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .presentFinding */ .hg)(finding, unknownSeverity).sarifLevel}",` +
        `"message":{"text":${json(text)}},"locations":[{"physicalLocation":{"artifactLocation":` +
        `{"uri":${encodedUri(loc.path)},"uriBaseId":"%SRCROOT%"},"region":${region}}}],` +
        `"partialFingerprints":${fingerprints}${suppressions}${baseline},"properties":${properties}}`);
}
/**
 * Most severe first (as each finding is treated: `unknown` sits with what it counts as, so it is
 * dropped last with its peers when GitHub's limits bite), otherwise in the order given (tools
 * report deterministically, so the output is too). A stable bucket pass: O(n), where a
 * comparison sort of 100,000 findings on severity, path and line was a noticeable share.
 */
function bySeverity(findings, unknownSeverity) {
    // Ranks run from -1 (unknown counted as unknown) to 4 (critical): bucket 4 - rank.
    const buckets = [[], [], [], [], [], []];
    for (const f of findings)
        buckets[_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3.critical - (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveRank */ .ET)(f.severity, unknownSeverity)].push(f);
    return buckets.flat();
}
function buildRun(tool, run, findings, input, hashes) {
    // `findings` arrive sorted most severe first (buildSarif sorts once).
    const byRule = new Map();
    for (const f of findings) {
        const id = (0,_policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifRuleId */ .pM)(f);
        const list = byRule.get(id);
        if (list)
            list.push(f);
        else
            byRule.set(id, [f]);
    }
    const ruleIds = [...byRule.keys()].sort();
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    const rules = ruleIds.map(id => buildRule(id, byRule.get(id), input.unknownSeverity));
    // The version the tool's run reported (the secret detector reports runguard's own, one
    // place: src/version.ts); a run-less secrets entry falls back to it too.
    const version = run?.version ?? (tool === 'secrets' ? input.runguardVersion : undefined);
    const failed = run !== undefined && (run.status === 'failed' || run.status === 'timed-out');
    const notifications = [
        ...(failed
            ? [{ level: 'error', message: { text: run.reason ?? `${tool} ${run.status}` } }]
            : []),
        ...(run?.errors ?? [])
            .slice(0, MAX_NOTIFICATIONS)
            .map(text => ({ level: 'warning', message: { text: truncate(text) } }))
    ];
    const category = input.category.replace(/\/+$/, '');
    const runObject = {
        tool: {
            driver: {
                name: DRIVER_NAMES[tool],
                ...(version ? { version } : {}),
                informationUri: INFORMATION_URIS[tool],
                rules
            }
        },
        automationDetails: { id: `${category}/${tool}/` },
        invocations: [
            {
                executionSuccessful: !failed,
                ...(notifications.length ? { toolExecutionNotifications: notifications } : {})
            }
        ],
        originalUriBaseIds: {
            '%SRCROOT%': { uri: `${(0,node_url__WEBPACK_IMPORTED_MODULE_0__.pathToFileURL)(input.workspace).href.replace(/\/?$/, '/')}` }
        },
        columnKind: 'utf16CodeUnits',
        // What this tool skipped (SECURITY.md, promise 5): the count, and the first paths.
        ...(run?.skipped?.length
            ? {
                properties: {
                    unscanned: run.skipped.length,
                    unscannedPaths: run.skipped.slice(0, MAX_UNSCANNED_PATHS)
                }
            }
            : {}),
        results: []
    };
    // Results are written as JSON text one by one, not as one object graph (that alone took
    // ~200 MB at 100,000 results), and joined in batches of ~1 MB: join() yields flat strings and
    // the per-result pieces die young instead of piling up. `results` is the last key, so the
    // head's trailing `[]}` is replaced by the results.
    const head = JSON.stringify(runObject);
    const chunks = [];
    let batch = [head.slice(0, -2)];
    let batchChars = 0;
    findings.forEach((f, i) => {
        const text = resultJson(f, ruleIndex.get((0,_policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifRuleId */ .pM)(f)), input.unknownSeverity, hashes);
        batch.push(i ? `,${text}` : text);
        batchChars += text.length + 1;
        if (batchChars >= CHUNK_CHARS) {
            chunks.push(batch.join(''));
            batch = [];
            batchChars = 0;
        }
    });
    batch.push(']}');
    chunks.push(batch.join(''));
    return chunks;
}
/** Compact JSON; the file is for machines, and size counts against the 10 MB limit. */
function serializeSarif(log, pretty = false) {
    return pretty ? JSON.stringify(log, null, 2) : JSON.stringify(log);
}
/**
 * Whether the gzipped log would exceed GitHub's limit, cheaply first: the raw size bounds it;
 * then an estimate from compressing a sample of chunks (at most ~10 MB of input, level 1, the
 * worst ratio seen) with a margin; then every chunk at level 1; only a log that is still
 * close is compressed whole at the default level, which is what GitHub measures. Compressing 50 MB for a log that gzips to 3 MB
 * cost more time and memory than building it.
 */
function gzipTooLarge(chunks) {
    let bytes = 0;
    for (const c of chunks)
        bytes += Buffer.byteLength(c);
    if (bytes <= MAX_GZIP_BYTES)
        return { tooLarge: false, size: bytes };
    // Small chunks (run heads, separators) would skew the ratio (gzip adds ~20 bytes of
    // framing); they count at their raw size instead.
    const large = chunks.filter(c => c.length >= SAMPLE_MIN_CHARS);
    let smallBytes = bytes;
    for (const c of large)
        smallBytes -= Buffer.byteLength(c);
    const step = Math.max(1, Math.ceil(large.length / 10));
    let worstRatio = 0;
    for (let i = 0; i < large.length; i += step) {
        const chunk = large[i];
        worstRatio = Math.max(worstRatio, node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gzipSync(chunk, { level: 1 }).length / Buffer.byteLength(chunk));
    }
    const estimate = Math.ceil(worstRatio * (bytes - smallBytes) + smallBytes);
    // 25% margin for chunks less compressible than the sampled ones; level 1 itself already
    // compresses SARIF some 30-40% worse than the default level GitHub's limit is about.
    if (estimate * 1.25 <= MAX_GZIP_BYTES)
        return { tooLarge: false, size: estimate };
    // Every chunk at level 1: in practice never below the whole at the default level.
    let fast = 0;
    for (const c of chunks)
        fast += node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gzipSync(c, { level: 1 }).length;
    if (fast <= MAX_GZIP_BYTES)
        return { tooLarge: false, size: fast };
    const size = node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gzipSync(chunks.join('')).length;
    return { tooLarge: size > MAX_GZIP_BYTES, size };
}
function buildSarif(input) {
    const warnings = [];
    const maxLine = new Map();
    for (const f of input.findings) {
        const line = f.location.startLine;
        if (line > (maxLine.get(f.location.path) ?? 0))
            maxLine.set(f.location.path, line);
    }
    const hashes = input.readFile ? new _policy_line_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .LineHashCache */ .no(input.readFile, p => maxLine.get(p)) : undefined;
    const byTool = new Map();
    for (const f of input.findings) {
        const list = byTool.get(f.tool);
        if (list)
            list.push(f);
        else
            byTool.set(f.tool, [f]);
    }
    const runsByTool = new Map(input.toolRuns.map(r => [r.tool, r]));
    // A skipped tool did not look, so it gets no run: an empty run would close its open alerts.
    const tools = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAMES */ .K2.filter(t => byTool.has(t) || (runsByTool.has(t) && runsByTool.get(t)?.status !== 'skipped'));
    let dropped = 0;
    const kept = new Map();
    for (const tool of tools) {
        const findings = bySeverity(byTool.get(tool) ?? [], input.unknownSeverity);
        if (findings.length > MAX_RESULTS_PER_RUN) {
            dropped += findings.length - MAX_RESULTS_PER_RUN;
            warnings.push(`SARIF: ${tool} reported ${findings.length} results; kept the ${MAX_RESULTS_PER_RUN} most severe (GitHub rejects more than ${MAX_RESULTS_PER_RUN} per run)`);
            findings.length = MAX_RESULTS_PER_RUN;
        }
        kept.set(tool, findings);
    }
    const build = () => {
        const head = JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [] });
        const chunks = [head.slice(0, -2)];
        tools.slice(0, MAX_RUNS).forEach((t, i) => {
            if (i)
                chunks.push(',');
            chunks.push(...buildRun(t, runsByTool.get(t), kept.get(t) ?? [], input, hashes));
        });
        chunks.push(']}');
        return chunks;
    };
    let chunks = build();
    for (let attempt = 0; attempt < 8; attempt++) {
        const { tooLarge, size } = gzipTooLarge(chunks);
        if (!tooLarge)
            break;
        const all = bySeverity([...kept.values()].flat(), input.unknownSeverity);
        // Shrink in proportion to the overshoot, with a margin so this converges in a step or two.
        const keep = Math.floor(all.length * (MAX_GZIP_BYTES / size) * 0.9);
        const keepSet = new Set(all.slice(0, keep));
        const before = all.length;
        for (const [tool, list] of kept)
            kept.set(tool, list.filter(f => keepSet.has(f)));
        dropped += before - keep;
        warnings.push(`SARIF: gzipped size ${(size / 1e6).toFixed(1)} MB is above GitHub's 10 MB limit; dropped the ${before - keep} least severe results`);
        chunks = build();
    }
    let parsed;
    let joined;
    const finalChunks = chunks;
    return {
        get text() {
            joined ??= finalChunks.join('');
            return joined;
        },
        get log() {
            parsed ??= JSON.parse(this.text);
            return parsed;
        },
        chunks,
        dropped,
        warnings
    };
}


/***/ })

};

export const id = 5469;
export const ids = [5469,7238];
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

/***/ 67351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   tI: () => (/* binding */ compileGlobs)
/* harmony export */ });
/* unused harmony exports GlobError, MAX_PATTERN_LENGTH, MAX_ALTERNATIVES */
/**
 * Glob matching in polynomial time, for the patterns a pull request controls (`exclude` in
 * `.runguard.yml`, `path` in the ignore file) applied to names it also controls. Compiling a glob
 * to a backtracking regular expression (picomatch) lets a pattern such as `*a*a*a*a*a*a*a*a*b`
 * take minutes on one 30-character path, blocking the event loop so that no timeout can fire.
 * Here a pattern is matched segment by segment with two dynamic programmes (segments against
 * `**`, characters against `*`), so the cost is bounded by the product of the lengths whatever
 * the pattern.
 *
 * The syntax and meaning are picomatch's with `dot: true` (a differential test holds the two
 * together): `*`, `?`, `[a-z]`, `[!a]`/`[^a]`, `**` as a whole segment (any number of
 * segments), `{a,b}` and `{1..3}` (expanded, at most MAX_ALTERNATIVES), `\` escapes, a leading
 * `!` negates, a leading `./` is dropped. Two picomatch quirks are kept for compatibility
 * (`dir/**` also matches `dir`, while a wildcard segment before a final globstar needs a segment
 * below it); one is not: a trailing `/` in the
 * path is never optional (callers test a directory with and without it). Extended globs (`@(…)`, `+(…)`, `!(…)`, `*(…)`, `?(…)`)
 * are refused: their nested repetition is what makes matching explode.
 */
/** Thrown for a pattern runguard will not match; the message says why and what to write. */
class GlobError extends Error {
}
/** Patterns longer than this are refused (no path filter needs more). */
const MAX_PATTERN_LENGTH = 1024;
/** Brace alternatives one pattern may expand to. */
const MAX_ALTERNATIVES = 256;
/** Splits `{a,b}` / `{1..3}` alternatives, innermost first is not needed: expansion recurses. */
function expandBraces(pattern, budget) {
    let depth = 0;
    let open = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '{') {
            if (depth === 0)
                open = i;
            depth++;
        }
        else if (c === '}' && depth > 0) {
            depth--;
            if (depth === 0) {
                const body = pattern.slice(open + 1, i);
                const options = braceOptions(body);
                if (options === undefined)
                    continue;
                const head = pattern.slice(0, open);
                const tail = pattern.slice(i + 1);
                const out = [];
                for (const option of options)
                    for (const rest of expandBraces(head + option + tail, budget)) {
                        if (--budget.left < 0)
                            throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives; list fewer patterns`);
                        out.push(rest);
                    }
                return out;
            }
        }
    }
    return [pattern];
}
/** The alternatives of one brace body, or undefined when it is literal text (`{a}`). */
function braceOptions(body) {
    const range = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])$/.exec(body);
    if (range) {
        const [from, to] = [range[1], range[2]];
        const numeric = /\d/.test(from) && /\d/.test(to);
        if (!numeric && (/\d/.test(from) || /\d/.test(to)))
            return undefined;
        const a = numeric ? Number(from) : from.charCodeAt(0);
        const b = numeric ? Number(to) : to.charCodeAt(0);
        if (Math.abs(b - a) >= MAX_ALTERNATIVES)
            throw new GlobError(`range {${body}} has more than ${MAX_ALTERNATIVES} values`);
        const step = a <= b ? 1 : -1;
        const out = [];
        for (let v = a; step > 0 ? v <= b : v >= b; v += step)
            out.push(numeric ? String(v) : String.fromCharCode(v));
        return out;
    }
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\')
            i++;
        else if (c === '{')
            depth++;
        else if (c === '}')
            depth--;
        else if (c === ',' && depth === 0) {
            parts.push(body.slice(start, i));
            start = i + 1;
        }
    }
    if (parts.length === 0)
        return undefined;
    parts.push(body.slice(start));
    return parts;
}
/** Parses one segment's text into atoms. */
function parseSegment(text) {
    if (text === '**')
        return { globstar: true };
    const atoms = [];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            atoms.push({ kind: 'char', char: text[++i] });
        }
        else if (c === '*') {
            // `**` inside a segment is a plain star.
            while (text[i + 1] === '*')
                i++;
            atoms.push({ kind: 'star' });
        }
        else if (c === '?') {
            atoms.push({ kind: 'one' });
        }
        else if (c === '[') {
            const parsed = parseClass(text, i);
            if (parsed) {
                atoms.push(parsed.atom);
                i = parsed.end;
            }
            else
                atoms.push({ kind: 'char', char: c });
        }
        else
            atoms.push({ kind: 'char', char: c });
    }
    return {
        globstar: false,
        atoms,
        onlyStars: atoms.length > 0 && atoms.every(a => a.kind === 'star'),
        literal: atoms.every(a => a.kind === 'char')
    };
}
function parseClass(text, start) {
    let i = start + 1;
    const negated = text[i] === '!' || text[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    let first = true;
    for (; i < text.length; i++) {
        let c = text[i];
        if (c === ']' && !first)
            return { atom: { kind: 'class', negated, ranges }, end: i };
        first = false;
        if (c === '\\' && i + 1 < text.length)
            c = text[++i];
        const code = c.codePointAt(0);
        if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
            let hi = text[i + 2];
            i += 2;
            if (hi === '\\' && i + 1 < text.length)
                hi = text[++i];
            ranges.push([code, hi.codePointAt(0)]);
        }
        else
            ranges.push([code, code]);
    }
    return undefined;
}
function atomMatches(atom, c) {
    switch (atom.kind) {
        case 'char':
            return atom.char === c;
        case 'one':
            return true;
        case 'star':
            return true;
        case 'class': {
            const code = c.codePointAt(0);
            const inside = atom.ranges.some(([lo, hi]) => code >= lo && code <= hi);
            return inside !== atom.negated;
        }
    }
}
/** Characters of one path segment against one segment pattern: O(atoms × chars). */
function segmentMatches(segment, text) {
    if (segment.onlyStars && (text === '' || text === '.' || text === '..'))
        return false;
    const atoms = segment.atoms;
    const chars = [...text];
    // reach[j]: the atoms so far can consume exactly chars[0..j).
    let reach = new Array(chars.length + 1).fill(false);
    reach[0] = true;
    for (const atom of atoms) {
        const next = new Array(chars.length + 1).fill(false);
        if (atom.kind === 'star') {
            let any = false;
            for (let j = 0; j <= chars.length; j++) {
                any ||= reach[j];
                next[j] = any;
            }
        }
        else {
            for (let j = 0; j < chars.length; j++)
                if (reach[j] && atomMatches(atom, chars[j]))
                    next[j + 1] = true;
        }
        reach = next;
        if (!reach.includes(true))
            return false;
    }
    return reach[chars.length];
}
/** Segments of a path against segment patterns, `**` taking any number: O(patterns × segments). */
function pathMatches(patterns, segments) {
    let reach = new Array(segments.length + 1).fill(false);
    reach[0] = true;
    for (const p of patterns) {
        const next = new Array(segments.length + 1).fill(false);
        if (p.globstar) {
            let any = false;
            for (let j = 0; j <= segments.length; j++) {
                if (p.atLeastOne)
                    next[j] = any;
                any ||= reach[j];
                if (!p.atLeastOne)
                    next[j] = any;
            }
        }
        else {
            for (let j = 0; j < segments.length; j++)
                if (reach[j] && segmentMatches(p, segments[j]))
                    next[j + 1] = true;
        }
        reach = next;
        if (!reach.includes(true))
            return false;
    }
    return reach[segments.length];
}
/** Compiles one pattern; throws GlobError for a pattern runguard refuses. */
function compileGlob(pattern) {
    if (pattern === '')
        throw new GlobError('is empty');
    if (pattern.length > MAX_PATTERN_LENGTH)
        throw new GlobError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
    let text = pattern;
    let negated = false;
    while (text.startsWith('!') && !text.startsWith('!(')) {
        negated = !negated;
        text = text.slice(1);
    }
    if (/(^|[^\\])[@!+*?]\(/.test(text))
        throw new GlobError('uses an extended glob (@(…), +(…), !(…), *(…), ?(…)), which runguard does not support; list the alternatives as separate patterns or with {a,b}');
    while (text.startsWith('./'))
        text = text.slice(2);
    const alternatives = expandBraces(text, { left: MAX_ALTERNATIVES }).map(alt => {
        const segs = alt.split('/').map(parseSegment);
        // picomatch: `dir/**` also matches `dir` itself; a wildcard segment before it does not.
        const last = segs.at(-1);
        const before = segs.at(-2);
        if (last?.globstar && before && !before.globstar && !before.literal)
            last.atLeastOne = true;
        return segs;
    });
    return path => {
        const segments = path.split('/');
        return alternatives.some(segs => pathMatches(segs, segments)) !== negated;
    };
}
/** Compiles patterns; a path matches when any pattern matches (picomatch's array form). */
function compileGlobs(patterns) {
    const matchers = patterns.map(compileGlob);
    return path => matchers.some(m => m(path));
}
/** Why runguard refuses `pattern`, or undefined when it compiles. */
function globProblem(pattern) {
    try {
        compileGlob(pattern);
        return undefined;
    }
    catch (error) {
        if (error instanceof GlobError)
            return error.message;
        throw error;
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

/***/ 76430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IL: () => (/* binding */ advisoryIds),
  kG: () => (/* binding */ groupFindings),
  qF: () => (/* binding */ mergeGroup),
  sh: () => (/* binding */ shareAdvisorySeverity)
});

// UNUSED EXPORTS: FUNCTION_LINE_WINDOW, LINE_WINDOW, SIBLING_WINDOW, enclosingScope

;// CONCATENATED MODULE: ./src/policy/dedupe-crosswalk.ts
// Generated by scripts/gen-crosswalk.ts from `metadata.bandit` in rules/semgrep/*.yml
// (npm run gen:docs); a test keeps it in sync. Do not edit by hand.
/**
 * Bundled Semgrep rule id → the Bandit test ids that report the same issue: such a pair at
 * the same spot is one finding (src/policy/dedupe.ts).
 */
const BANDIT_TESTS_BY_SEMGREP_RULE = {
    'python-assert-for-authorization': ['B101'],
    'python-bind-all-interfaces': ['B104'],
    'python-command-injection-request': ['B601', 'B603', 'B605', 'B606'],
    'python-deserialization-request': ['B301', 'B614'],
    'python-eval-exec': ['B102', 'B307'],
    'python-flask-debug-enabled': ['B201'],
    'python-hardcoded-tmp-path': ['B108'],
    'python-http-request-without-timeout': ['B113'],
    'python-insecure-random-for-secret': ['B311'],
    'python-jinja2-autoescape-disabled': ['B701'],
    'python-jinja2-autoescape-false': ['B701'],
    'python-jwt-hardcoded-key': ['B105', 'B106'],
    'python-marshal-shelve-deserialization': ['B301', 'B302'],
    'python-os-system-injection': ['B605'],
    'python-paramiko-auto-add-policy': ['B507'],
    'python-pickle-deserialization': ['B301'],
    'python-sql-string-built-query': ['B608', 'B610', 'B611'],
    'python-ssl-unverified-context': ['B323'],
    'python-ssrf-request': ['B310'],
    'python-subprocess-shell-true': ['B602'],
    'python-tempfile-mktemp': ['B306'],
    'python-tls-verify-disabled': ['B501'],
    'python-weak-hash': ['B303', 'B324'],
    'python-xml-stdlib-parse': ['B313', 'B314', 'B315', 'B316', 'B317', 'B318', 'B319'],
    'python-xss-request-marked-safe': ['B308', 'B703', 'B704'],
    'python-xxe-external-entities-enabled': ['B317', 'B319'],
    'python-yaml-unsafe-load': ['B506']
};

;// CONCATENATED MODULE: ./src/policy/dedupe.ts

/**
 * Two code findings of different tools this many lines apart (or closer) can be one issue: a
 * query built on line 42 and executed on line 45 is one SQL injection. They must also be in
 * the same function when the source can be read.
 */
const LINE_WINDOW = 10;
/**
 * The wider window for two findings known to be in the same function (a `def`, not module or
 * class level): a view builds a query, does other work, and executes it 14 lines later. Bounded
 * rather than the whole function, so in a long view one tool's finding on one query and the
 * other tool's finding on a different query 30 lines on stay two issues.
 */
const FUNCTION_LINE_WINDOW = 25;
/**
 * Findings of one tool this many lines apart (or closer), with different rule ids, can join
 * the same partner of another tool: Bandit reports `make_parser()` (B317) and
 * `pulldom.parseString()` (B319) of one XXE on lines 258 and 260, the bundled rule once on 259.
 */
const SIBLING_WINDOW = 3;
const NO_IDS = new Set();
class UnionFind {
    // A typed array: one object-free slot per finding (100,000 at the scale the policy is run on).
    parent;
    constructor(size) {
        this.parent = new Int32Array(size);
        for (let i = 0; i < size; i++)
            this.parent[i] = i;
    }
    find(i) {
        let root = i;
        while (this.parent[root] !== root)
            root = this.parent[root];
        // Path compression keeps later finds near O(1).
        let node = i;
        while (this.parent[node] !== root) {
            const next = this.parent[node];
            this.parent[node] = root;
            node = next;
        }
        return root;
    }
    /** The root of a set is always its lowest index (groupFindings relies on it). */
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
/** All ids naming a dependency finding's advisory (upper-cased); the rule id when there is none. */
function advisoryIds(finding) {
    if (!finding.advisory)
        return [finding.ruleId.toUpperCase()];
    return [finding.advisory.id, ...finding.advisory.aliases].map(id => id.toUpperCase());
}
function packageKey(finding) {
    const pkg = finding.package;
    return pkg ? `${pkg.ecosystem}\u0000${pkg.name}\u0000${pkg.version}` : undefined;
}
/** What String#trim removes: ECMAScript WhiteSpace and LineTerminator code units. */
function isTrimmed(c) {
    return (c === 32 ||
        (c >= 9 && c <= 13) ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Index of the first character `trim` keeps (the indent), or the length for a blank line. */
function firstKept(line) {
    let i = 0;
    while (i < line.length && isTrimmed(line.charCodeAt(i)))
        i++;
    return i;
}
const HASH = 35;
const DEF = /^\s*(?:async\s+def|def|class)\s/;
/**
 * 1-based line of the `def`/`class` whose body holds `line`, 0 for module level. Walks up to
 * the nearest line indented less than the current block (blank and comment lines skipped).
 * Reads character codes instead of trimming each line: this walks up to a whole file per
 * finding, and the trimmed copies were most of what grouping 100,000 findings allocated.
 */
function enclosingScope(lines, line) {
    let current = Number.POSITIVE_INFINITY;
    for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
        const text = lines[i];
        const indent = firstKept(text);
        if (indent === text.length || text.charCodeAt(indent) === HASH)
            continue;
        if (i === line - 1) {
            current = indent;
            continue;
        }
        if (indent >= current)
            continue;
        if (DEF.test(text))
            return i + 1;
        current = indent;
        if (indent === 0)
            return 0;
    }
    return 0;
}
const FUNCTION_DEF = /^\s*(?:async\s+def|def)\s/;
/**
 * How strongly two code findings of different tools are the same check: lower is stronger.
 * `cwesA`/`cwesB` are their upper-cased CWE ids, made once per distinct list: this runs for every
 * nearby pair, about a million times in a file-dense scan of 100,000 findings.
 */
function relation(a, b, cwesA, cwesB) {
    const [bandit, semgrep] = a.tool === 'bandit' && b.tool === 'semgrep'
        ? [a, b]
        : b.tool === 'bandit' && a.tool === 'semgrep'
            ? [b, a]
            : [undefined, undefined];
    // The explicit crosswalk: a bundled rule names the Bandit tests that report the same issue.
    if (bandit && semgrep && BANDIT_TESTS_BY_SEMGREP_RULE[semgrep.ruleId]?.includes(bandit.ruleId))
        return 0;
    for (const c of cwesB)
        if (cwesA.includes(c))
            return 1;
    return undefined;
}
/**
 * Groups findings: dependency findings of one package whose advisory id sets intersect
 * (union-find over aliases, so A~B and B~C put A, B, C together), and code findings of
 * different tools that are the same check (the Bandit↔Semgrep crosswalk, else a shared CWE) in
 * the same file and scope, within LINE_WINDOW lines (FUNCTION_LINE_WINDOW when the source shows
 * both in one function). Each code finding pairs with at most one finding of each other tool,
 * nearest and strongest first, so two calls in one function stay two issues; a finding left
 * over may still join as a sibling (another rule of its tool within SIBLING_WINDOW lines of
 * the partner's partner: one XXE reported by Bandit at the parser and at the parse). Order of
 * groups and members follows the input; members are then ordered so the representative has the
 * most severe known severity (`unknown` only when no member has one), ties by `rank` and input
 * order.
 */
function groupFindings(findings, rank, options = {}) {
    const uf = new UnionFind(findings.length);
    const byKey = new Map();
    const codeByPath = new Map();
    findings.forEach((finding, i) => {
        const pkg = packageKey(finding);
        if (pkg !== undefined) {
            for (const id of advisoryIds(finding)) {
                const key = `${pkg}\u0000${id}`;
                const seen = byKey.get(key);
                if (seen === undefined)
                    byKey.set(key, i);
                else
                    uf.union(seen, i);
            }
            return;
        }
        const list = codeByPath.get(finding.location.path);
        if (list)
            list.push(i);
        else
            codeByPath.set(finding.location.path, [i]);
    });
    // Scope of a finding: the line of its enclosing def/class (0 module level), UNKNOWN_SCOPE
    // when the source cannot be read, NOT_YET before it is needed; `inFunction` says whether that
    // scope is a `def`. Typed arrays: an object and a map entry per finding were promoted to the
    // old space with the rest of the pass and left there as garbage.
    const NOT_YET = -2;
    const UNKNOWN_SCOPE = -1;
    const scopeLines = new Int32Array(findings.length).fill(NOT_YET);
    const inFunction = new Uint8Array(findings.length);
    // Every finding compared below is in the file being paired, so only that file's lines are
    // held, and each file is read and split once: holding every file's lines for the whole pass
    // was ~10 MB at 100,000 findings, promoted to the old space and left there as garbage.
    let linesPath;
    let pathLines;
    const linesOf = (repoPath) => {
        if (repoPath !== linesPath) {
            linesPath = repoPath;
            pathLines = options.readLines?.(repoPath);
        }
        return pathLines;
    };
    const scopeLine = (i) => {
        if (scopeLines[i] === NOT_YET) {
            const f = findings[i];
            const lines = linesOf(f.location.path);
            let line = UNKNOWN_SCOPE;
            if (lines) {
                line = enclosingScope(lines, f.location.startLine);
                if (line > 0 && FUNCTION_DEF.test(lines[line - 1] ?? ''))
                    inFunction[i] = 1;
            }
            scopeLines[i] = line;
        }
        return scopeLines[i];
    };
    const scopeOf = (i) => {
        const line = scopeLine(i);
        return line === UNKNOWN_SCOPE ? undefined : line;
    };
    const inFunctionScope = (i) => scopeLine(i) > 0 && inFunction[i] === 1;
    const lineOf = (i) => findings[i].location.startLine;
    // One upper-cased list per distinct CWE list (most findings name one CWE of a few dozen).
    const cweLists = new Map();
    const cwes = [];
    const cwesOf = (i) => {
        let list = cwes[i];
        if (list === undefined) {
            const cwe = findings[i].cwe;
            const key = cwe.length === 1 ? cwe[0] : cwe.join('\u0000');
            list = cweLists.get(key);
            if (list === undefined) {
                list = [...new Set(cwe.map(c => c.toUpperCase()))];
                cweLists.set(key, list);
            }
            cwes[i] = list;
        }
        return list;
    };
    for (const indices of codeByPath.values()) {
        if (new Set(indices.map(i => findings[i].tool)).size < 2)
            continue;
        const pairs = [];
        // In line order, so each finding meets only the findings within the window after it, not
        // every finding of the file (quadratic in a file with hundreds). Pairs keep a < b in input
        // order and are sorted below on keys that settle every tie, so the order found is moot.
        const byLine = [...indices].sort((i, j) => lineOf(i) - lineOf(j) || i - j);
        for (let x = 0; x < byLine.length; x++) {
            for (let y = x + 1; y < byLine.length; y++) {
                const a = Math.min(byLine[x], byLine[y]);
                const b = Math.max(byLine[x], byLine[y]);
                const fa = findings[a];
                const fb = findings[b];
                const distance = Math.abs(fa.location.startLine - fb.location.startLine);
                if (distance > FUNCTION_LINE_WINDOW)
                    break;
                if (fa.tool === fb.tool)
                    continue;
                const strength = relation(fa, fb, cwesOf(a), cwesOf(b));
                if (strength === undefined)
                    continue;
                if (distance > 0) {
                    if (scopeOf(a) !== scopeOf(b))
                        continue;
                    // Beyond LINE_WINDOW only when the source shows both in one function.
                    if (distance > LINE_WINDOW && !inFunctionScope(a))
                        continue;
                }
                pairs.push({ a, b, strength, distance });
            }
        }
        pairs.sort((p, q) => p.strength - q.strength || p.distance - q.distance || p.a - q.a || p.b - q.b);
        // One partner per other tool: partner[i] maps each tool i is paired with to that partner.
        const partner = new Map();
        const partnerOf = (i, tool) => partner.get(i)?.get(tool);
        const add = (i, tool, other) => {
            const map = partner.get(i) ?? new Map();
            map.set(tool, other);
            partner.set(i, map);
        };
        const skipped = [];
        for (const { a, b } of pairs) {
            const ta = findings[a].tool;
            const tb = findings[b].tool;
            if (partnerOf(a, tb) !== undefined || partnerOf(b, ta) !== undefined) {
                skipped.push({ a, b });
                continue;
            }
            add(a, tb, b);
            add(b, ta, a);
            uf.union(a, b);
        }
        // Siblings: a finding left without a partner of tool U joins the partner p (of tool U) of
        // a finding y of its own tool when y is at most SIBLING_WINDOW lines away, in the same
        // scope, under a different rule (another check of the same call chain; the same rule twice
        // is two calls). It does not become p's partner itself, so siblings never chain further.
        for (const { a, b } of skipped) {
            for (const [x, p] of [
                [a, b],
                [b, a]
            ]) {
                const fx = findings[x];
                const tp = findings[p].tool;
                if (partnerOf(x, tp) !== undefined)
                    continue;
                const y = partnerOf(p, fx.tool);
                if (y === undefined)
                    continue;
                const fy = findings[y];
                if (fy.ruleId === fx.ruleId || Math.abs(lineOf(x) - lineOf(y)) > SIBLING_WINDOW)
                    continue;
                if (lineOf(x) !== lineOf(y) && scopeOf(x) !== scopeOf(y))
                    continue;
                add(x, tp, p);
                uf.union(x, p);
            }
        }
    }
    // A set's root is its lowest index, so groups come out in the order of their first member
    // (input order) and a finding's group already exists when it is reached. Members are created
    // at their size where it is one: a grown array keeps room for 16 more, per finding.
    const groupAt = new Int32Array(findings.length);
    const result = [];
    findings.forEach((finding, i) => {
        const root = uf.find(i);
        let group;
        if (root === i) {
            groupAt[i] = result.length;
            group = { members: [finding], ids: NO_IDS };
            result.push(group);
        }
        else {
            group = result[groupAt[root]];
            group.members.push(finding);
        }
        if (finding.package) {
            // Only dependency groups need an id set; code groups share one empty set.
            const ids = group.ids === NO_IDS ? new Set() : group.ids;
            for (const id of advisoryIds(finding))
                ids.add(id);
            group.ids = ids;
        }
    });
    const known = (f) => (f.severity === 'unknown' ? 0 : 1);
    for (const group of result) {
        if (group.members.length < 2)
            continue;
        // Stable sort: among equally severe members the input order (tool order) decides.
        group.members.sort((a, b) => known(b) - known(a) || rank(b) - rank(a));
    }
    return result;
}
/**
 * Members of a dependency group that the tool left `unknown` take the CVSS score another
 * member's record gave the same advisory (Safety's public DB has no CVSS; OSV's GHSA twin
 * does). Returns the patch per finding to change; code groups and scored members are left alone.
 */
function shareAdvisorySeverity(members) {
    const patches = new Map();
    const scored = members.find(m => m.package && m.severity !== 'unknown' && m.advisory?.cvssScore !== undefined);
    if (!scored?.advisory)
        return patches;
    const { cvssScore, cvssVector, cvssSource } = scored.advisory;
    for (const m of members) {
        if (!m.package || !m.advisory || m.severity !== 'unknown')
            continue;
        const via = `${scored.tool} ${scored.advisory.id}`;
        patches.set(m, {
            severity: scored.severity,
            severitySource: `${scored.severitySource ?? `CVSS score of ${via}`} (same advisory as ${via})`,
            advisory: {
                ...m.advisory,
                ...(cvssScore !== undefined ? { cvssScore } : {}),
                ...(cvssVector !== undefined ? { cvssVector } : {}),
                cvssSource: cvssSource ?? scored.advisory.id
            }
        });
    }
    return patches;
}
/**
 * The one finding that counts for a group: the representative (`members[0]`, most severe)
 * with every member's CWEs and aliases, and, when the tools rated it differently, a
 * `severitySource` naming the tool that rated it so and what the others said.
 */
function mergeGroup(members) {
    const [top, ...others] = members;
    if (top === undefined)
        throw new Error('mergeGroup: empty group');
    if (others.length === 0)
        return top;
    const cwe = [...new Set(members.flatMap(m => m.cwe))];
    const disagree = others.filter(m => m.severity !== top.severity);
    let severitySource = top.severitySource;
    if (disagree.length > 0) {
        const said = disagree.map(m => `${m.tool} ${m.ruleId}: ${m.severity}`).join(', ');
        const why = top.severitySource ? ` (${top.severitySource})` : '';
        severitySource = `${top.severity} as rated by ${top.tool} ${top.ruleId}${why}; also ${said}`;
    }
    const advisory = top.advisory
        ? {
            ...top.advisory,
            aliases: [
                ...new Set(members
                    .flatMap(m => (m.advisory ? [m.advisory.id, ...m.advisory.aliases] : []))
                    .filter(id => id !== top.advisory?.id))
            ]
        }
        : undefined;
    return {
        ...top,
        cwe,
        ...(severitySource !== undefined ? { severitySource } : {}),
        ...(advisory ? { advisory } : {})
    };
}


/***/ }),

/***/ 33329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ compileIgnoreEntry),
/* harmony export */   SJ: () => (/* binding */ loadWorkspaceIgnoreFile),
/* harmony export */   ci: () => (/* binding */ emptyIgnoreFile)
/* harmony export */ });
/* unused harmony export loadIgnoreFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _glob_match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67351);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _dedupe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76430);





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
/** Compiles an entry once (globs are compiled once, not per finding). */
function compileIgnoreEntry(entry) {
    const glob = entry.path === undefined ? undefined : (0,_glob_match_js__WEBPACK_IMPORTED_MODULE_4__/* .compileGlob */ .SO)(entry.path);
    const id = entry.id?.toUpperCase();
    const rule = entry.rule?.toLowerCase();
    return {
        entry,
        matches(finding, groupIds) {
            if (entry.tool !== undefined && finding.tool !== entry.tool)
                return false;
            if (entry.fingerprint !== undefined && finding.fingerprint !== entry.fingerprint)
                return false;
            if (rule !== undefined && finding.ruleId.toLowerCase() !== rule)
                return false;
            if (glob && !glob(finding.location.path))
                return false;
            if (id !== undefined) {
                const ids = groupIds ?? new Set((0,_dedupe_js__WEBPACK_IMPORTED_MODULE_3__/* .advisoryIds */ .IL)(finding));
                if (!ids.has(id) && finding.ruleId.toUpperCase() !== id)
                    return false;
            }
            return true;
        }
    };
}


/***/ }),

/***/ 38143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   no: () => (/* binding */ LineHashCache)
/* harmony export */ });
/* unused harmony exports computeLineHashes, lineHashFor */
/**
 * GitHub code scanning's `primaryLocationLineHash`, computed exactly as codeql-action's
 * `src/fingerprints.ts` does, reimplemented without dependencies (mod 2^64
 * like its `long` arithmetic). We upload through the REST API ourselves, where nothing adds it for us;
 * without it GitHub cannot match alerts across commits and users see duplicates.
 *
 * The hash for line N is a rolling polynomial hash (base 37) over the 100 characters starting at
 * that line's first character, reading UTF-16 code units, skipping spaces and tabs, treating
 * `\r` and `\r\n` as `\n`, with a 65535 sentinel at EOF and zeros to flush. Output is the
 * unsigned hex value without padding plus `:k`, k counting earlier identical hashes in the file.
 */
const TAB = 9;
const SPACE = 32;
const LF = 10;
const CR = 13;
const EOF = 65535;
const BLOCK_SIZE = 100;
const TWO_32 = 0x1_0000_0000;
const MOD = 37;
/**
 * 37^100 mod 2^64 as two unsigned 32-bit halves. The hash is kept as (hi, lo) doubles rather
 * than BigInt: every intermediate product stays below 2^53, so it is exact, and about 20 times
 * faster (a repository's worth of flagged files is hashed on every run).
 */
const [FIRST_MOD_HI, FIRST_MOD_LO] = (() => {
    let value = 1n;
    const mask = (1n << 64n) - 1n;
    for (let i = 0; i < BLOCK_SIZE; i++)
        value = (value * BigInt(MOD)) & mask;
    return [Number(value >> 32n), Number(value & 0xffffffffn)];
})();
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Eight hex digits of an unsigned 32-bit value. */
function hex32(x) {
    return (HEX_BYTE[(x >>> 24) & 255] +
        HEX_BYTE[(x >>> 16) & 255] +
        HEX_BYTE[(x >>> 8) & 255] +
        HEX_BYTE[x & 255]);
}
function stripZeros(hex) {
    let i = 0;
    while (i < hex.length - 1 && hex.charCodeAt(i) === 48)
        i++;
    return i === 0 ? hex : hex.slice(i);
}
/** 37^100 * c mod 2^64 for the common character codes, as halves (hi may exceed 2^32; reduced later). */
const TABLE_SIZE = 256;
const SUB_LO = new Float64Array(TABLE_SIZE);
const SUB_HI = new Float64Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
    const sl = FIRST_MOD_LO * c;
    const slHigh = Math.floor(sl / TWO_32);
    SUB_LO[c] = sl - slHigh * TWO_32;
    SUB_HI[c] = FIRST_MOD_HI * c + slHigh;
}
/** The unsigned hex value without zero padding, like long's toUnsigned().toString(16). */
function hexOf(hi, lo) {
    // A byte table: Number#toString(16) on values above 2^30 took half the time of the whole hash.
    return stripZeros(hi === 0 ? hex32(lo) : hex32(hi) + hex32(lo));
}
/** The `primaryLocationLineHash` of 1-based `line` in a table, or undefined past its end. */
function hashAt({ table, lines }, line) {
    if (line < 1 || line > lines)
        return undefined;
    const at = 3 * (line - 1);
    return `${hexOf(table[at], table[at + 1])}:${table[at + 2]}`;
}
/**
 * Hashes the lines of a file (see LineHashTable). With `maxLine`, stops once that line's hash is
 * known: a line's hash and its `:k` depend only on text from the file start to 100 characters
 * past the line, so later text cannot change it.
 */
function hashLines(content, maxLine = Infinity) {
    // One flat loop (no per-character closures): this runs over every file with a finding.
    const window = new Uint16Array(BLOCK_SIZE);
    const lineNumbers = new Int32Array(BLOCK_SIZE).fill(-1);
    let table = new Uint32Array(3 * 64);
    let lines = 0;
    const hashCounts = new Map();
    let hi = 0;
    let lo = 0;
    let index = 0;
    let lineNumber = 0;
    let lineStart = true;
    let prevCR = false;
    const length = content.length;
    // Positions past the end feed the EOF sentinel once, then BLOCK_SIZE zeros to flush.
    for (let i = 0; i <= length + BLOCK_SIZE; i++) {
        let current;
        if (i < length) {
            current = content.charCodeAt(i);
            if (current === SPACE || current === TAB || (prevCR && current === LF)) {
                prevCR = false;
                continue;
            }
            if (current === CR) {
                current = LF;
                prevCR = true;
            }
            else {
                prevCR = false;
            }
        }
        else {
            current = i === length ? EOF : 0;
        }
        const pending = lineNumbers[index];
        if (pending !== -1) {
            const value = hexOf(hi, lo);
            const count = (hashCounts.get(value) ?? 0) + 1;
            hashCounts.set(value, count);
            const at = 3 * (pending - 1);
            if (at + 3 > table.length) {
                const grown = new Uint32Array(Math.max(2 * table.length, at + 3));
                grown.set(table);
                table = grown;
            }
            table[at] = hi;
            table[at + 1] = lo;
            table[at + 2] = count;
            if (pending > lines)
                lines = pending;
            lineNumbers[index] = -1;
            if (pending >= maxLine)
                return { table, lines };
        }
        if (i <= length) {
            if (lineStart) {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }
            if (current === LF)
                lineStart = true;
        }
        // h = 37*h + current - 37^100*begin (mod 2^64), in 32-bit halves; all values < 2^53.
        const begin = window[index];
        window[index] = current;
        let l = lo * MOD + current;
        const carry = (l / TWO_32) | 0;
        l -= carry * TWO_32;
        let h = hi * MOD + carry;
        let subLo;
        let subHi;
        if (begin < TABLE_SIZE) {
            subLo = SUB_LO[begin];
            subHi = SUB_HI[begin];
        }
        else {
            const sl = FIRST_MOD_LO * begin;
            const slHigh = Math.floor(sl / TWO_32);
            subLo = sl - slHigh * TWO_32;
            subHi = FIRST_MOD_HI * begin + slHigh;
        }
        l -= subLo;
        if (l < 0) {
            l += TWO_32;
            h -= 1;
        }
        h -= subHi;
        // floor-based reduction: `%` on doubles is a call to fmod, several times slower.
        h -= Math.floor(h / TWO_32) * TWO_32;
        hi = h;
        lo = l;
        index = index === BLOCK_SIZE - 1 ? 0 : index + 1;
    }
    return { table, lines };
}
/**
 * Line hashes of a file: index 0 is line 1. Files without trailing text still get line 1.
 * With `maxLine`, stops once that line's hash is known (see hashLines).
 */
function computeLineHashes(content, maxLine = Infinity) {
    const hashed = hashLines(content, maxLine);
    const hashes = [];
    for (let line = 1; line <= hashed.lines; line++)
        hashes.push(hashAt(hashed, line));
    return hashes;
}
/** The hash for one 1-based line, or undefined when the file has no such line. */
function lineHashFor(hashes, line) {
    return line >= 1 ? hashes[line - 1] : undefined;
}
/**
 * Caches line hashes per file: many results point into the same few files, and hashing is
 * linear in file size.
 */
class LineHashCache {
    readFile;
    maxLineOf;
    cache = new Map();
    /**
     * @param maxLineOf the last line that will be asked for in a file, when known: hashing then
     * stops there (a finding on line 3 of a 50 MB file reads 100 characters past line 3).
     */
    constructor(readFile, maxLineOf = () => undefined) {
        this.readFile = readFile;
        this.maxLineOf = maxLineOf;
    }
    /** The hash of `line` in `repoPath`, or undefined when the file cannot be read. */
    get(repoPath, line) {
        let entry = this.cache.get(repoPath);
        if (entry === undefined || (entry !== null && line > entry.upTo)) {
            const content = this.readFile(repoPath);
            const upTo = Math.max(line, this.maxLineOf(repoPath) ?? Infinity);
            entry = content === undefined ? null : { hashes: hashLines(content, upTo), upTo };
            this.cache.set(repoPath, entry);
        }
        return entry === null ? undefined : hashAt(entry.hashes, line);
    }
}


/***/ }),

/***/ 26658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VC: () => (/* binding */ applyPolicy)
/* harmony export */ });
/* unused harmony exports EXPIRY_WARNING_DAYS, describeFinding */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/* harmony import */ var _baseline_sarif_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17175);
/* harmony import */ var _dedupe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76430);
/* harmony import */ var _ignore_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33329);
/* harmony import */ var _line_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38143);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23863);






/**
 * Security policy: which findings are reported, which are suppressed, which count, and whether
 * they fail the run. Pure: the caller loads the ignore file and baseline and passes them in.
 */
/** Suppressions expiring within this many days are warned about. */
const EXPIRY_WARNING_DAYS = 14;
// The rank thresholds use is the one every channel presents (severity.ts).

const DAY_MS = 86_400_000;
const isoDay = (date) => date.toISOString().slice(0, 10);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** How an entry reads in messages: `.runguard-ignore.yml:12 (id GHSA-…, path tests/**)`. */
function describeEntry(file, entry) {
    const parts = ['id', 'rule', 'path', 'fingerprint', 'tool']
        .filter(k => entry[k] !== undefined)
        .map(k => `${k} ${entry[k]}`);
    return `${file.path}:${entry.line} (${parts.join(', ')})`;
}
/** One line naming a finding: rule, title and where; dependency findings name the package. */
function describeFinding(finding) {
    const at = `${finding.location.path}:${finding.location.startLine}`;
    if (finding.package) {
        const id = finding.advisory?.id ?? finding.ruleId;
        const fixed = finding.package.fixedVersions.length
            ? ` (fixed in ${finding.package.fixedVersions.slice(0, 3).join(', ')})`
            : '';
        return `${id} in ${finding.package.name} ${finding.package.version}${fixed} at ${at}`;
    }
    return `${finding.ruleId} ${finding.title} at ${at}`;
}
function applyPolicy(input) {
    const { settings } = input;
    const rank = (f) => (0,_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveRank */ .ET)(f.severity, settings.unknownSeverity);
    const reportFloor = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[settings.reportLevel];
    // Copy on write: the caller's findings stay as the tools reported them, and the (usually
    // many) findings policy does not touch are not copied at all.
    const annotated = new Map();
    const view = (f) => annotated.get(f) ?? f;
    const annotate = (f, patch) => {
        annotated.set(f, { ...view(f), ...patch });
    };
    // Grouped before the report floor: an advisory one tool left unknown takes the score another
    // tool's record gave it (dedupe.ts), and only then is compared with report-level.
    // Not cached here: grouping reads each file once, while it pairs that file's findings.
    const readFile = input.readFile;
    const readLines = readFile
        ? (p) => readFile(p)?.split(/\r?\n/)
        : undefined;
    const allGroups = (0,_dedupe_js__WEBPACK_IMPORTED_MODULE_2__/* .groupFindings */ .kG)(input.findings, rank, readLines ? { readLines } : {});
    for (const group of allGroups)
        for (const [finding, patch] of (0,_dedupe_js__WEBPACK_IMPORTED_MODULE_2__/* .shareAdvisorySeverity */ .sh)(group.members))
            annotate(finding, patch);
    const reportable = input.findings.filter(
    // Unknown-as-unknown is always reported: we cannot tell it is below the floor.
    f => rank(view(f)) === _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3.unknown || rank(view(f)) >= reportFloor);
    // Usually every finding is reportable: then the groups are the ones just made (a set, a copy
    // of every group and a filtered copy of its members, per finding, were garbage of this pass).
    let groups = allGroups;
    if (reportable.length < input.findings.length) {
        const isReportable = new Set(reportable);
        groups = [];
        for (const g of allGroups) {
            if (g.members.every(m => isReportable.has(m)))
                groups.push(g);
            else {
                const members = g.members.filter(m => isReportable.has(m));
                if (members.length > 0)
                    groups.push({ ...g, members });
            }
        }
    }
    const warnings = [];
    const today = isoDay(input.today ?? new Date());
    const todayMs = Date.parse(`${today}T00:00:00Z`);
    const active = [];
    const expired = [];
    for (const entry of input.ignore.entries) {
        const matcher = (0,_ignore_file_js__WEBPACK_IMPORTED_MODULE_3__/* .compileIgnoreEntry */ .Mb)(entry);
        if (entry.expires !== undefined && entry.expires < today)
            expired.push(matcher);
        else
            active.push(matcher);
    }
    const used = new Set();
    const expiredHits = new Map();
    for (const group of groups) {
        for (const finding of group.members) {
            if (finding.suppressed)
                continue;
            // Dependency findings match an id any tool gave the same advisory.
            const ids = finding.package ? group.ids : undefined;
            const hit = active.find(m => m.matches(finding, ids));
            if (hit) {
                used.add(hit.entry);
                annotate(finding, {
                    suppressed: {
                        reason: hit.entry.reason,
                        ...(hit.entry.expires === undefined ? {} : { expires: hit.entry.expires }),
                        source: 'ignore-file'
                    }
                });
                continue;
            }
            for (const m of expired) {
                if (m.matches(finding, ids))
                    expiredHits.set(m.entry, (expiredHits.get(m.entry) ?? 0) + 1);
            }
        }
    }
    for (const m of expired) {
        const hits = expiredHits.get(m.entry) ?? 0;
        const effect = hits ? `; ${plural(hits, 'finding')} count again` : ' and matched nothing';
        warnings.push(`suppression ${describeEntry(input.ignore, m.entry)} expired on ${m.entry.expires}${effect}: renew it with a new date or fix the finding`);
    }
    const daysLeft = (expires) => Math.round((Date.parse(`${expires}T00:00:00Z`) - todayMs) / DAY_MS);
    const expiring = input.ignore.entries
        .filter(e => e.expires !== undefined && daysLeft(e.expires) <= EXPIRY_WARNING_DAYS)
        .map(e => ({
        reason: e.reason,
        expires: e.expires,
        match: [e.id, e.rule, e.path, e.fingerprint].filter(Boolean).join(' ')
    }));
    for (const m of active) {
        if (m.entry.expires === undefined)
            continue;
        const days = daysLeft(m.entry.expires);
        if (days <= EXPIRY_WARNING_DAYS) {
            const when = days === 0 ? 'today (last day it applies)' : `in ${plural(days, 'day')}`;
            warnings.push(`suppression ${describeEntry(input.ignore, m.entry)} expires on ${m.entry.expires} (${when})`);
        }
    }
    const unusedSuppressions = active.filter(m => !used.has(m.entry)).map(m => m.entry);
    for (const entry of unusedSuppressions) {
        warnings.push(`suppression ${describeEntry(input.ignore, entry)} matched no finding; remove it if the problem is gone`);
    }
    const absent = input.baseline
        ? markBaseline(reportable, annotate, input.baseline, input.readFile)
        : [];
    const counted = [];
    // The group of counted[i] (the failure message names the other tools of the top finding).
    const countedGroups = [];
    for (const group of groups) {
        const { members } = group;
        // One finding per real issue: the most severe member, saying who rated it so (dedupe.ts).
        // A group of one (nearly every group) is its member: no copies of one-element lists.
        let representative;
        if (members.length === 1) {
            representative = view(members[0]);
            if (representative.suppressed)
                continue;
        }
        else {
            const live = members.map(view).filter(m => !m.suppressed);
            if (!live[0])
                continue;
            representative = (0,_dedupe_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeGroup */ .qF)(live);
        }
        // A group already on the default branch is not new, even if another tool now also reports it.
        if (input.baseline && members.some(m => view(m).baselineState === 'unchanged'))
            continue;
        counted.push(representative);
        countedGroups.push(group);
    }
    const groupOf = (f) => countedGroups[counted.lastIndexOf(f)];
    const counts = Object.fromEntries(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(s => [s, 0]));
    for (const f of counted)
        counts[f.severity]++;
    const reasons = [];
    if (settings.failOn !== 'none') {
        const floor = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[settings.failOn];
        const atFloor = counted.filter(f => rank(f) >= floor);
        // fail-on-loaded-only: a dependency the import record shows no attempt loaded is reported,
        // not failed. Unmarked findings (nothing recorded) always count.
        const failing = settings.failOnLoadedOnly
            ? atFloor.filter(f => f.dependency?.runtime !== 'not-loaded')
            : atFloor;
        if (failing.length < atFloor.length)
            warnings.push(`fail-on-loaded-only: ${plural(atFloor.length - failing.length, 'dependency finding')} at or above fail-on=${settings.failOn} on packages not loaded in this run did not fail the gate (still reported)`);
        if (failing.length)
            reasons.push(thresholdReason(failing, settings, Boolean(input.baseline), rank, groupOf));
    }
    return {
        findings: annotated.size === 0 ? reportable : reportable.map(view),
        counted,
        outcome: { reasons, warnings, counts },
        unusedSuppressions,
        absent,
        expiring
    };
}
function thresholdReason(failing, settings, newOnly, rank, groupOf) {
    // One pass for the counts and the top finding: this runs over every failing finding.
    const severityCounts = new Map();
    const toolCounts = new Map();
    const before = (a, b) => rank(a) - rank(b) > 0 ||
        (rank(a) === rank(b) &&
            (a.location.path < b.location.path ||
                (a.location.path === b.location.path && a.location.startLine < b.location.startLine)));
    let top = failing[0];
    for (const f of failing) {
        severityCounts.set(f.severity, (severityCounts.get(f.severity) ?? 0) + 1);
        toolCounts.set(f.tool, (toolCounts.get(f.tool) ?? 0) + 1);
        if (before(f, top))
            top = f;
    }
    const bySeverity = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter(s => severityCounts.has(s)).map(s => {
        const n = severityCounts.get(s);
        return s === 'unknown'
            ? `${n} unknown-severity treated as ${(0,_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .treatedAs */ .oC)(s, settings.unknownSeverity)}`
            : `${n} ${s}`;
    });
    const byTool = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAMES */ .K2.filter(t => toolCounts.has(t)).map(t => `${t} ${toolCounts.get(t)}`);
    const others = groupOf(top)?.members.filter(m => m.tool !== top.tool) ?? [];
    const alsoBy = others.length
        ? ` (also reported by ${[...new Set(others.map(m => m.tool))].join(', ')})`
        : '';
    const what = newOnly ? plural(failing.length, 'new finding') : plural(failing.length, 'finding');
    return `${what} at or above fail-on=${settings.failOn} (${bySeverity.join(', ')}; ${byTool.join(', ')}); top: ${describeFinding(top)}${alsoBy}`;
}
/** Sets `baselineState` on every finding and returns the baseline results nothing matched. */
function markBaseline(findings, annotate, baseline, readFile) {
    const byFingerprint = new Map();
    const byLineHash = new Map();
    const add = (map, key, i) => {
        const list = map.get(key);
        if (list)
            list.push(i);
        else
            map.set(key, [i]);
    };
    baseline.results.forEach((r, i) => {
        if (r.fingerprint)
            add(byFingerprint, r.fingerprint, i);
        if (r.lineHash && r.path)
            add(byLineHash, (0,_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_1__/* .lineHashKey */ .gE)(r.ruleId, r.path, r.lineHash), i);
    });
    const hashes = readFile ? new _line_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .LineHashCache */ .no(readFile) : undefined;
    const matched = new Set();
    for (const finding of findings) {
        let hits = byFingerprint.get(finding.fingerprint);
        if (!hits && hashes && byLineHash.size) {
            const hash = hashes.get(finding.location.path, finding.location.startLine);
            if (hash)
                hits = byLineHash.get((0,_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_1__/* .lineHashKey */ .gE)((0,_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_1__/* .sarifRuleId */ .pM)(finding), finding.location.path, hash));
        }
        annotate(finding, { baselineState: hits ? 'unchanged' : 'new' });
        for (const i of hits ?? [])
            matched.add(i);
    }
    return baseline.results.filter((_, i) => !matched.has(i));
}


/***/ }),

/***/ 23863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ effectiveRank),
/* harmony export */   hg: () => (/* binding */ presentFinding),
/* harmony export */   nc: () => (/* binding */ presentSeverity),
/* harmony export */   oC: () => (/* binding */ treatedAs)
/* harmony export */ });
/* unused harmony export BAND_SCORE */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/* harmony import */ var _scanners_severity_score_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12755);


/**
 * `security-severity` when there is no CVSS score. Values sit inside GitHub's bands (critical
 * ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0); `info` and `unknown` get none.
 */
const BAND_SCORE = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 2.0
};
/**
 * Levels by the severity a finding is treated as. A finding treated as `unknown` (the setting is
 * `unknown` too: it never fails a threshold) is a warning: not an error it was never rated as,
 * not hidden among notices either.
 */
const LEVELS = {
    critical: { sarifLevel: 'error', annotationLevel: 'error' },
    high: { sarifLevel: 'error', annotationLevel: 'error' },
    medium: { sarifLevel: 'warning', annotationLevel: 'warning' },
    unknown: { sarifLevel: 'warning', annotationLevel: 'warning' },
    low: { sarifLevel: 'note', annotationLevel: 'notice' },
    info: { sarifLevel: 'note', annotationLevel: 'notice' }
};
/** The severity a finding counts as: `unknown` takes the `unknown-severity` setting. */
function treatedAs(severity, unknownSeverity) {
    return severity === 'unknown' ? unknownSeverity : severity;
}
/**
 * Rank for thresholds and ordering; `unknown` takes the configured severity. If that is
 * `unknown` too, the finding ranks below info: it is reported but never fails a threshold.
 */
function effectiveRank(severity, unknownSeverity) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[treatedAs(severity, unknownSeverity)];
}
/** The one presentation of `severity` under the `unknown-severity` setting. */
function presentSeverity(severity, unknownSeverity, cvssScore) {
    const treated = treatedAs(severity, unknownSeverity);
    // A score from another band (a merged severity, a tool's own label) would make GitHub show a
    // different severity than every other channel: the band value is used instead.
    const score = severity === 'unknown' || severity === 'info'
        ? undefined
        : cvssScore !== undefined && (0,_scanners_severity_score_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromScore */ .q)(cvssScore) === severity
            ? cvssScore
            : BAND_SCORE[severity];
    return {
        severity,
        treatedAs: treated,
        ...LEVELS[treated],
        ...(score !== undefined ? { securitySeverity: score } : {}),
        cyclonedx: severity,
        label: severity === 'unknown' && treated !== 'unknown' ? `unknown (counts as ${treated})` : severity
    };
}
/** presentSeverity for a finding (its CVSS score, when it has one). */
function presentFinding(finding, unknownSeverity) {
    return presentSeverity(finding.severity, unknownSeverity, finding.advisory?.cvssScore);
}


/***/ }),

/***/ 12755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ severityFromScore)
/* harmony export */ });
// Apart from severity.ts, which loads the CVSS calculator (about 190 kB evaluated at import):
// the policy ranks severities on every command and needs only these bands.
/** CVSS v3/v4 qualitative bands; a base score of 0.0 is "None", which we report as info. */
function severityFromScore(score) {
    if (!Number.isFinite(score) || score < 0 || score > 10)
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'info';
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ openTextFile),
/* harmony export */   writeTextFile: () => (/* binding */ writeTextFile)
/* harmony export */ });
/* unused harmony export writeTextChunks */
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
    return (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .openFileAtomic */ .m7)(filePath, root === undefined ? {} : { root });
}


/***/ })

};

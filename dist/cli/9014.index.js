export const id = 9014;
export const ids = [9014];
export const modules = {

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

/***/ 47247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ runCodeScanner)
});

// EXTERNAL MODULE: ./src/util/unsafe-targets.ts
var unsafe_targets = __webpack_require__(66363);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/secrets/git.ts
var git = __webpack_require__(85069);
// EXTERNAL MODULE: ./src/glob/match.ts
var match = __webpack_require__(67351);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
// EXTERNAL MODULE: ./src/util/skipped-dirs.ts
var skipped_dirs = __webpack_require__(38745);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/@streamparser/json/dist/mjs/index.js + 7 modules
var mjs = __webpack_require__(75497);
;// CONCATENATED MODULE: ./src/scanners/report-stream.ts

/** Stdout is not one JSON document (empty, cut off, garbage before or after it). */
class NotJsonError extends Error {
    name = 'NotJsonError';
}
/** An empty value of the document's JSON type, for the frame check of a report that is not an object. */
function placeholderOf(token) {
    switch (token) {
        case mjs/* TokenType */.ks.LEFT_BRACKET:
            return [];
        case mjs/* TokenType */.ks.STRING:
            return '';
        case mjs/* TokenType */.ks.NUMBER:
            return 0;
        case mjs/* TokenType */.ks.TRUE:
        case mjs/* TokenType */.ks.FALSE:
            return false;
        default:
            return null;
    }
}
/**
 * Starts reading one report. Writes after the first error are ignored (the tool's output is
 * still drained by the caller), so a bad result early in 60 MB costs nothing more.
 */
function readReportStream(reader) {
    const kept = reader.frameKeys.filter(k => k !== 'results');
    // keepStack false drops each value once no enclosing value is to be emitted. `$.results` is
    // emitted (to learn that it was an array), so its elements would stay in it: onValue empties
    // it as they are handed over.
    const parser = new mjs/* JSONParser */.oj({
        paths: ['$.results', '$.results.*', ...kept.map(k => `$.${k}`)],
        keepStack: false
    });
    const frame = Object.create(null);
    let first;
    let failure;
    let results = 0;
    parser.onToken = ({ token }) => {
        first ??= token;
    };
    parser.onError = (e) => {
        failure ??= new NotJsonError(e.message);
    };
    parser.onValue = ({ value, key, parent, stack }) => {
        if (failure !== undefined)
            return;
        if (stack.length === 2 && Array.isArray(parent)) {
            // An element of `results` (the path selects nothing else at this depth in an array).
            parent.length = 0;
            try {
                reader.result(value, results++);
            }
            catch (e) {
                failure = e instanceof Error ? e : new Error(String(e));
            }
        }
        else if (stack.length === 1 && typeof key === 'string') {
            if (key in frame)
                failure = new NotJsonError(`the report has "${key}" twice`);
            else
                frame[key] = value;
        }
    };
    return {
        write(chunk) {
            if (failure !== undefined)
                return;
            try {
                parser.write(chunk);
            }
            catch (e) {
                failure ??= new NotJsonError(e instanceof Error ? e.message : String(e));
            }
        },
        end() {
            if (failure === undefined && !parser.isEnded) {
                try {
                    // A number at the top level is only complete here.
                    parser.end();
                }
                catch (e) {
                    failure ??= new NotJsonError(e instanceof Error ? e.message : String(e));
                }
            }
            if (failure === undefined && first === undefined)
                failure = new NotJsonError('no output');
            if (failure !== undefined)
                throw failure;
            return reader.finish(first === mjs/* TokenType */.ks.LEFT_BRACE ? { ...frame } : placeholderOf(first));
        }
    };
}

// EXTERNAL MODULE: ./src/scanners/support.ts
var support = __webpack_require__(46528);
;// CONCATENATED MODULE: ./src/scanners/code-scanner.ts









/** Runs a code scanner and turns every outcome into a ToolRun; never throws for tool trouble. */
async function runCodeScanner(spec, ctx, detection) {
    // Symlinks to devices, FIFOs and huge files are never handed to the tool, and are listed.
    const unsafe = (0,unsafe_targets/* unsafeTargets */.Pu)(ctx.workspace, ctx.paths, spec.targets);
    // The tool is spawned first (runPlanned spawns it before its first await), then git lists the
    // tracked files while the tool runs: after it, git would sit between the slowest tool's exit
    // and the script's start.
    const running = runPlanned(spec, ctx, detection, unsafe.map(u => u.path));
    const [{ run, scanned }, tracked] = await Promise.all([running, listTracked(ctx)]);
    const hidden = trackedInSkippedDirs(spec, ctx, tracked);
    const own = scanned !== undefined
        ? notScannedByTool(spec, ctx, tracked, scanned, new Set(unsafe.map(u => u.path)))
        : [];
    const skipped = (0,unsafe_targets/* describeUnsafeTargets */.kx)(spec.tool, unsafe);
    if (!skipped.length && !hidden.length && !own.length)
        return run;
    return {
        ...run,
        warnings: [...(run.warnings ?? []), ...skipped],
        skipped: [
            ...(run.skipped ?? []),
            ...unsafe.map(u => ({ path: ctx.redactor.redact(u.path), reason: u.reason })),
            ...hidden,
            ...own
        ]
    };
}
const SKIPPED = new Set(skipped_dirs/* SKIPPED_DIRS */.K);
/** The tracked files (git ls-files), listed while the tool runs; undefined outside git. */
function listTracked(ctx) {
    return (0,git/* trackedFiles */.O)({
        exec: ctx.exec,
        ...(ctx.env ? { env: ctx.env } : {}),
        logger: ctx.logger,
        cwd: ctx.workspace,
        timeoutMs: ctx.timeoutMs,
        ...(ctx.signal ? { signal: ctx.signal } : {})
    });
}
/** Whether a tracked repo path is under one of the scanned paths. */
function underRoots(ctx) {
    const roots = (ctx.paths.length ? ctx.paths : [ctx.workspace])
        .map(p => (0,paths/* toRepoPath */.x)(ctx.workspace, p))
        .filter((r) => r !== undefined);
    return t => roots.some(r => r === '.' || t === r || t.startsWith(`${r}/`));
}
/** Whether the path, or a directory above it, matches (an excluded directory drops its files). */
function excludedOrUnder(repoPath, excluded) {
    const parts = repoPath.split('/');
    for (let i = parts.length; i > 0; i--)
        if (excluded(parts.slice(0, i).join('/')))
            return true;
    return false;
}
/** The directory name no scanner looks into that holds `repoPath`, if any. */
const skippedDirOf = (repoPath) => repoPath
    .split('/')
    .slice(0, -1)
    .find(part => SKIPPED.has(part));
/**
 * Tracked files the tool would read that sit in a directory it is told to skip (virtualenvs,
 * node_modules …, src/util/skipped-dirs.ts): a change can commit code there and no scanner
 * would open it, so each is listed (SECURITY.md, promise 5). Outside a git repository: none.
 */
function trackedInSkippedDirs(spec, ctx, tracked) {
    if (!tracked)
        return [];
    const reads = spec.targets.include ?? spec.targets.listLarge ?? (() => true);
    const under = underRoots(ctx);
    const out = [];
    for (const t of [...tracked].sort()) {
        const dir = skippedDirOf(t);
        if (dir === undefined || !reads(external_node_path_default().posix.basename(t)) || !under(t))
            continue;
        out.push({
            path: ctx.redactor.redact(t),
            reason: `inside ${dir}/, a directory name no scanner looks into`
        });
    }
    return out;
}
/**
 * Tracked files the tool was given and should have read but says it did not scan: Semgrep
 * drops files its own ignore rules name (a `.semgrepignore` anywhere in the tree, which a change
 * can add, or Semgrep's default list, which skips `tests/`), with no trace in its results. Files
 * runguard itself keeps from the tool (the user's `exclude`, report files, the unsafe targets
 * and skipped directories listed above) are not listed again.
 */
function notScannedByTool(spec, ctx, tracked, scanned, unsafe) {
    const expects = spec.expects?.(ctx);
    if (!tracked || expects === undefined)
        return [];
    const seen = new Set(scanned);
    const under = underRoots(ctx);
    const excluded = ctx.settings.exclude.length ? (0,match/* compileGlobs */.tI)(ctx.settings.exclude) : undefined;
    const reports = new Set((0,support/* reportFiles */.IU)(ctx));
    const reason = spec.ownSkipReason?.(tracked) ?? (() => `${spec.tool} did not scan it`);
    const out = [];
    for (const t of [...tracked].sort()) {
        if (seen.has(t) || !expects(t) || !under(t) || unsafe.has(t) || reports.has(t))
            continue;
        if (skippedDirOf(t) !== undefined || (excluded && excludedOrUnder(t, excluded)))
            continue;
        out.push({ path: ctx.redactor.redact(t), reason: reason(t) });
    }
    return out;
}
async function runPlanned(spec, ctx, detection, skip) {
    const { tool } = spec;
    const base = { tool, ...(detection.version ? { version: detection.version } : {}) };
    let plan;
    try {
        plan = spec.plan(ctx, skip);
    }
    catch (e) {
        // e.g. the base commit's settings could not be read: no run, rather than one without them.
        plan = { unavailable: `${tool} was not run: ${(0,src_errors/* errorMessage */.gJ)(e)}` };
    }
    if ('unavailable' in plan) {
        return {
            run: {
                ...base,
                status: 'failed',
                reason: plan.unavailable,
                durationMs: 0,
                findings: [],
                errors: []
            }
        };
    }
    let scanned;
    try {
        const run = await runPlan(spec, ctx, detection, plan, report => (scanned = report.scanned));
        return {
            run: plan.warnings?.length
                ? { ...run, warnings: [...plan.warnings, ...(run.warnings ?? [])] }
                : run,
            // What a run that did not complete scanned says nothing about what the tool skips.
            ...(run.status === 'ok' && scanned !== undefined ? { scanned } : {})
        };
    }
    finally {
        plan.cleanup?.();
    }
}
async function runPlan(spec, ctx, detection, plan, onReport) {
    const { tool } = spec;
    const [program = tool, ...prefix] = detection.command;
    const base = { tool, ...(detection.version ? { version: detection.version } : {}) };
    const args = [...prefix, ...plan.args];
    // The report is read as it arrives (a result at a time), never held whole.
    const stream = readReportStream(plan.reader());
    const result = await ctx.exec(program, args, {
        cwd: ctx.workspace,
        ...(plan.env ? { env: plan.env } : {}),
        timeoutMs: ctx.timeoutMs,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        onStdout: chunk => stream.write(chunk)
    });
    const done = { ...base, command: [program, ...args], durationMs: Math.round(result.durationMs) };
    const failure = (0,support/* processFailure */.i)(tool, result, ctx.timeoutMs, ctx.redactor);
    if (failure)
        return { ...done, ...failure, findings: [], errors: [] };
    // An exec that does not stream (a test's fake) returns the text instead.
    if (result.stdout !== '')
        stream.write(result.stdout);
    result.stdout = '';
    let report;
    let parseError = `${tool} printed no parsable JSON`;
    try {
        report = stream.end();
        onReport(report);
    }
    catch (e) {
        if (!(e instanceof NotJsonError))
            parseError = `${tool} output is not its JSON report: ${(0,src_errors/* errorMessage */.gJ)(e)}`;
    }
    const redact = (text) => ctx.redactor.redact(text);
    // Messages interpolate matched code (Semgrep's $X), which may hold a secret value. Only a
    // finding whose message changes is copied, in place (the reader's list is ours alone).
    const findings = report?.findings ?? [];
    findings.forEach((f, i) => {
        const message = redact(f.message);
        if (message !== f.message)
            findings[i] = { ...f, message };
    });
    const errors = (report?.errors ?? []).map(redact);
    const version = base.version ?? report?.version;
    const run = { ...done, ...(version ? { version } : {}) };
    const code = result.exitCode ?? -1;
    if (!spec.reportExitCodes.includes(code)) {
        const meaning = spec.exitMeaning[code];
        const what = meaning
            ? `${tool} failed with exit ${code} (${meaning})`
            : `${tool} exited with unexpected code ${code}`;
        const first = report?.fatalErrors[0] ?? report?.errors[0];
        const reason = first ? redact(`${what}: ${first}`) : (0,support/* withStderr */.JG)(what, result, ctx.redactor);
        return { ...run, status: 'failed', reason, findings, errors };
    }
    if (report === undefined) {
        return {
            ...run,
            status: 'failed',
            reason: (0,support/* withStderr */.JG)(parseError, result, ctx.redactor),
            findings: [],
            errors: []
        };
    }
    if (report.fatalErrors.length > 0) {
        // A report with level-"error" entries: some rules or targets did not run; never "clean".
        return {
            ...run,
            status: 'failed',
            reason: redact(`${tool} reported ${report.fatalErrors.length} fatal error(s): ${report.fatalErrors[0] ?? ''}`),
            findings,
            errors
        };
    }
    const distrust = spec.distrust?.(report, code);
    if (distrust !== undefined) {
        return {
            ...run,
            status: 'failed',
            reason: (0,support/* withStderr */.JG)(distrust, result, ctx.redactor),
            findings: [],
            errors
        };
    }
    if (report.outsideWorkspace > 0) {
        ctx.logger.warning(`${tool}: ${report.outsideWorkspace} result(s) outside the workspace were dropped`);
    }
    return { ...run, status: 'ok', findings, errors };
}


/***/ }),

/***/ 41172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ checkToolOutput),
/* harmony export */   _G: () => (/* binding */ ToolOutputError),
/* harmony export */   bE: () => (/* binding */ checkToolOutputItem)
/* harmony export */ });
/**
 * Every adapter checks the shape of its tool's output against a schema of its own before
 * reading it: a tool that prints `{}`, a truncated report or a different format version is a
 * tool failure, never "0 findings". The schemas name only what runguard reads; other fields
 * pass unchecked so a newer tool version that adds fields still parses.
 */
/** A tool's output does not have the shape its adapter reads. */
class ToolOutputError extends Error {
    name = 'ToolOutputError';
}
const MAX_ISSUES_SHOWN = 3;
/** `results[2].line_number` from a zod issue path (after `prefix`, e.g. `results[2]`). */
function pathText(path, prefix = '') {
    let out = prefix;
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? String(part) : `.${String(part)}`;
    }
    return out === '' ? '(top level)' : out;
}
/**
 * Parses `json` with `schema` and returns the typed value, or throws ToolOutputError whose
 * message starts with `what` and names the first mismatching fields.
 */
function checkToolOutput(schema, json, what, 
/** Where `json` sits in the report, for messages (checkToolOutputItem). */
at = '') {
    const result = schema.safeParse(json);
    if (result.success)
        return result.data;
    const issues = result.error.issues;
    const shown = issues
        .slice(0, MAX_ISSUES_SHOWN)
        .map(i => `${pathText(i.path, at)}: ${i.message.replace(/^Invalid input: /, '')}`)
        .join('; ');
    const more = issues.length > MAX_ISSUES_SHOWN ? ` (+${issues.length - MAX_ISSUES_SHOWN} more)` : '';
    throw new ToolOutputError(`${what}: ${shown}${more}`);
}
/**
 * One item of a report's bulk list (`results[i]`), checked when the parser reaches it, where
 * the report around it was checked with that list as `unknown[]`. Zod returns checked copies:
 * made one item at a time they die young, while the copy of a whole report of 100,000 results
 * sat in memory beside the parsed JSON and the findings made from it. A bad item still fails
 * the whole report (the parser throws), with the message checkToolOutput gives.
 */
function checkToolOutputItem(schema, item, at, what) {
    return checkToolOutput(schema, item, what, at);
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

/***/ 38745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ SKIPPED_DIRS)
/* harmony export */ });
/**
 * Directories no part of runguard looks into: version-control data, virtualenvs and installed
 * packages, tool caches, and runguard's own state and reports. One list for the code scanners'
 * excludes, the dependency inventory's walk and the secret detector's walk.
 */
const SKIPPED_DIRS = [
    '.git',
    '.hg',
    '.svn',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    'node_modules',
    'site-packages',
    '__pycache__',
    '.mypy_cache',
    '.pytest_cache',
    '.runguard',
    '.runguard-out'
];


/***/ }),

/***/ 66363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ literalGlob),
/* harmony export */   Pu: () => (/* binding */ unsafeTargets),
/* harmony export */   kx: () => (/* binding */ describeUnsafeTargets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _skipped_dirs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38745);



/** Stop walking after this many entries (a bound on the walk's own time). */
const MAX_ENTRIES = 500_000;
const MAX_DEPTH = 64;
const SKIPPED = new Set(_skipped_dirs_js__WEBPACK_IMPORTED_MODULE_2__/* .SKIPPED_DIRS */ .K);
const inside = (root, p) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
};
/** The unsafe entries under `targets` (absolute paths inside `workspace`). */
function unsafeTargets(workspace, targets, opts) {
    const out = [];
    let realRoot = workspace;
    try {
        realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(workspace);
    }
    catch {
        // the workspace is checked elsewhere
    }
    let seen = 0;
    const rel = (p) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, p).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    const check = (abs, st) => {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(abs);
        if (st.isDirectory())
            return;
        if (opts.include && !opts.include(name))
            return;
        if (st.isSymbolicLink()) {
            let target;
            let real;
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
                target = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real);
            }
            catch {
                return; // dangling: no tool can read it
            }
            if (target.isDirectory())
                return; // tools do not follow directory links
            if (!inside(realRoot, real))
                out.push({ path: rel(abs), reason: 'a symlink to a file outside the workspace' });
            else if (!target.isFile())
                out.push({ path: rel(abs), reason: 'a symlink to a device, FIFO or socket' });
            else if (target.size > opts.maxBytes)
                out.push({ path: rel(abs), reason: `a symlink to a file above ${opts.maxBytes} bytes` });
            return;
        }
        if (!st.isFile())
            out.push({ path: rel(abs), reason: 'not a regular file (device, FIFO or socket)' });
        else if (st.size > opts.maxBytes && (opts.listLarge?.(name) ?? true))
            out.push({ path: rel(abs), reason: `larger than ${opts.maxBytes} bytes` });
    };
    const walk = (dir, depth) => {
        if (depth > MAX_DEPTH || seen > MAX_ENTRIES)
            return;
        let entries;
        try {
            entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (++seen > MAX_ENTRIES)
                return;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIPPED.has(e.name))
                    walk(abs, depth + 1);
                continue;
            }
            // Regular files of names the tool does not read are the common case: no lstat for them.
            if (e.isFile() && opts.include && !opts.include(e.name))
                continue;
            if (e.isFile() && opts.listLarge && !opts.listLarge(e.name))
                continue;
            try {
                check(abs, node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(abs));
            }
            catch {
                // vanished meanwhile
            }
        }
    };
    for (const t of targets) {
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(t);
        }
        catch {
            continue;
        }
        if (st.isDirectory())
            walk(t, 0);
        else
            check(t, st);
    }
    return out;
}
/** Warning lines for a ToolRun: how many were not given to the tool, the first few by name. */
function describeUnsafeTargets(tool, found) {
    if (found.length === 0)
        return [];
    const shown = found.slice(0, 20).map(f => `${f.path} (${f.reason})`);
    const more = found.length > shown.length ? `; ${found.length - shown.length} more` : '';
    return [`${found.length} file(s) not given to ${tool}: ${shown.join(', ')}${more}`];
}
/** A glob that matches exactly `p` (a workspace-relative path), glob characters made literal. */
function literalGlob(p) {
    return p.replace(/[*?[]/g, c => `[${c}]`);
}


/***/ })

};

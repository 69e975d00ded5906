export const id = 9014;
export const ids = [9014];
export const modules = {

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
    const [run, hidden] = await Promise.all([running, trackedInSkippedDirs(spec, ctx)]);
    const skipped = (0,unsafe_targets/* describeUnsafeTargets */.kx)(spec.tool, unsafe);
    if (!skipped.length && !hidden.length)
        return run;
    return {
        ...run,
        warnings: [...(run.warnings ?? []), ...skipped],
        skipped: [
            ...(run.skipped ?? []),
            ...unsafe.map(u => ({ path: ctx.redactor.redact(u.path), reason: u.reason })),
            ...hidden
        ]
    };
}
const SKIPPED = new Set(skipped_dirs/* SKIPPED_DIRS */.K);
/**
 * Tracked files the tool would read that sit in a directory it is told to skip (virtualenvs,
 * node_modules …, src/util/skipped-dirs.ts): a change can commit code there and no scanner
 * would open it, so each is listed (SECURITY.md, promise 5). Outside a git repository: none.
 */
async function trackedInSkippedDirs(spec, ctx) {
    const tracked = await (0,git/* trackedFiles */.O)({
        exec: ctx.exec,
        ...(ctx.env ? { env: ctx.env } : {}),
        logger: ctx.logger,
        cwd: ctx.workspace,
        timeoutMs: ctx.timeoutMs,
        ...(ctx.signal ? { signal: ctx.signal } : {})
    });
    if (!tracked)
        return [];
    const reads = spec.targets.include ?? spec.targets.listLarge ?? (() => true);
    const roots = (ctx.paths.length ? ctx.paths : [ctx.workspace])
        .map(p => (0,paths/* toRepoPath */.x)(ctx.workspace, p))
        .filter((r) => r !== undefined);
    const under = (t) => roots.some(r => r === '.' || t === r || t.startsWith(`${r}/`));
    const out = [];
    for (const t of [...tracked].sort()) {
        const dir = t
            .split('/')
            .slice(0, -1)
            .find(part => SKIPPED.has(part));
        if (dir === undefined || !reads(external_node_path_default().posix.basename(t)) || !under(t))
            continue;
        out.push({
            path: ctx.redactor.redact(t),
            reason: `inside ${dir}/, a directory name no scanner looks into`
        });
    }
    return out;
}
async function runPlanned(spec, ctx, detection, skip) {
    const { tool } = spec;
    const [program = tool, ...prefix] = detection.command;
    const base = { tool, ...(detection.version ? { version: detection.version } : {}) };
    const plan = spec.plan(ctx, skip);
    if ('unavailable' in plan) {
        return {
            ...base,
            status: 'failed',
            reason: plan.unavailable,
            durationMs: 0,
            findings: [],
            errors: []
        };
    }
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

export const id = 5749;
export const ids = [5749];
export const modules = {

/***/ 5749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BANDIT_MAX_TARGET_BYTES: () => (/* binding */ BANDIT_MAX_TARGET_BYTES),
/* harmony export */   banditAdapter: () => (/* binding */ banditAdapter),
/* harmony export */   banditArgs: () => (/* binding */ banditArgs),
/* harmony export */   banditConfigFile: () => (/* binding */ banditConfigFile),
/* harmony export */   banditExcludes: () => (/* binding */ banditExcludes),
/* harmony export */   banditIssueSchema: () => (/* binding */ banditIssueSchema),
/* harmony export */   banditReader: () => (/* binding */ banditReader),
/* harmony export */   banditReportSchema: () => (/* binding */ banditReportSchema),
/* harmony export */   banditSeverity: () => (/* binding */ banditSeverity),
/* harmony export */   parseBanditOutput: () => (/* binding */ parseBanditOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92857);
/* harmony import */ var _code_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47247);
/* harmony import */ var _output_schema_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41172);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24964);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(74976);
/* harmony import */ var _util_skipped_dirs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(38745);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46528);










/**
 * Bandit (PyCQA) adapter: `bandit -r <paths> -f json -q`, parsed from stdout
 * (the outputs it is tested on: __tests__/fixtures/bandit/). Output of 1.6.2 (no columns, no
 * CWE) and 1.7+/1.9 is accepted.
 */
/** Bandit's own default excludes (kept because passing -x replaces them). */
const BANDIT_DEFAULT_EXCLUDES = [
    '*/.svn/*',
    '*/CVS/*',
    '*/.bzr/*',
    '*/.hg/*',
    '*/.tox/*',
    '*/.eggs/*'
];
/**
 * Severity × confidence → runguard severity (documented in docs/severity.md). Bandit has no
 * "critical": only explicit CRITICAL rules and CVSS >= 9 advisories are critical in runguard.
 * A LOW-confidence result is lowered one level because Bandit itself says it is likely a false
 * positive; UNDEFINED severity stays `unknown` so policy (unknownSeverity) decides.
 */
const SEVERITY_MATRIX = {
    HIGH: { HIGH: 'high', MEDIUM: 'high', LOW: 'medium', UNDEFINED: 'high' },
    MEDIUM: { HIGH: 'medium', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'medium' },
    LOW: { HIGH: 'low', MEDIUM: 'low', LOW: 'low', UNDEFINED: 'low' }
};
/** Maps Bandit's issue_severity and issue_confidence to one runguard severity. */
function banditSeverity(severity, confidence) {
    return SEVERITY_MATRIX[severity.toUpperCase()]?.[confidence.toUpperCase()] ?? 'unknown';
}
function banditConfidence(value) {
    const v = value.toLowerCase();
    return v === 'high' || v === 'medium' || v === 'low' ? v : undefined;
}
/**
 * The reported line out of Bandit's numbered `code` context ("9 def run(cmd):\n10 …"), so the
 * fingerprint needs no file access. Only `line_number` is used: the context (-n lines) does not
 * always hold the whole `line_range` of a multi-line call.
 */
function codeFromContext(code, line) {
    if (code === undefined)
        return undefined;
    for (const raw of code.split('\n')) {
        const m = /^(\d+) ?(.*)$/.exec(raw);
        if (m && Number(m[1]) === line) {
            const normalized = (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeCode */ .vz)([m[2] ?? '']);
            return normalized === '' ? undefined : normalized;
        }
    }
    return undefined;
}
function titleOf(testName, issueText) {
    // B3xx/B4xx all share the test name "blacklist"; their text is fixed per test id.
    if (testName === '' || testName === 'blacklist')
        return issueText.split(/(?<=\.)\s/)[0] ?? issueText;
    return testName.replace(/_/g, ' ');
}
/**
 * The part of Bandit's `-f json` report runguard reads (formatters/json.py, Issue.as_dict);
 * 1.6.2 lacks the columns and `issue_cwe`, which is `{}` when a test has none.
 */
const banditIssueSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    filename: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    test_id: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    test_name: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    issue_severity: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    issue_confidence: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    issue_text: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    issue_cwe: zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().optional() }).optional(),
    line_number: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int(),
    line_range: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int()).optional(),
    col_offset: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().optional(),
    end_col_offset: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().optional(),
    code: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    more_info: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional()
});
/** The report around the results, which are checked one by one (checkToolOutputItem). */
const banditReportSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    results: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .unknown */ .L5J()),
    errors: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({ filename: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP() }))
});
const BANDIT_WHAT = 'not a Bandit JSON report';
/**
 * Reads Bandit's report one result at a time (src/scanners/report-stream.ts): each result is
 * checked and turned into a finding when it arrives, the report around them is checked last.
 * parseBanditOutput and the streaming read share it, so both give the same findings.
 */
function banditReader(options) {
    const fingerprints = new _support_js__WEBPACK_IMPORTED_MODULE_5__/* .Fingerprinter */ .Up('bandit');
    const findings = [];
    let outsideWorkspace = 0;
    const pool = new _support_js__WEBPACK_IMPORTED_MODULE_5__/* .StringPool */ .q7();
    const repoPathOf = (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .repoPathResolver */ .kB)(options.workspace, pool);
    return {
        frameKeys: Object.keys(banditReportSchema.shape),
        result(value, i) {
            const item = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .checkToolOutputItem */ .bE)(banditIssueSchema, value, `results[${i}]`, BANDIT_WHAT);
            const repoPath = repoPathOf(item.filename);
            if (repoPath === undefined || repoPath === '.') {
                outsideWorkspace++;
                return;
            }
            const ruleId = pool.get(item.test_id);
            const line = item.line_number > 0 ? item.line_number : 1;
            const lines = item.line_range && item.line_range.length > 0 ? item.line_range : [line];
            const endLine = Math.max(line, ...lines);
            const issueText = item.issue_text;
            const severity = banditSeverity(item.issue_severity, item.issue_confidence);
            const confidence = banditConfidence(item.issue_confidence);
            const cweId = item.issue_cwe?.id;
            const content = codeFromContext(item.code, line) ??
                (options.readLines ? (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .codeAt */ .LT)(options.readLines, repoPath, line, line) : undefined) ??
                // Last resort: the text is the same for every occurrence; the counter keeps them apart.
                issueText;
            findings.push({
                tool: 'bandit',
                ruleId,
                title: pool.get(titleOf(item.test_name ?? '', issueText)),
                message: issueText,
                severity,
                ...(confidence ? { confidence } : {}),
                cwe: cweId !== undefined && cweId > 0 ? [pool.get(`CWE-${cweId}`)] : [],
                location: {
                    path: repoPath,
                    startLine: line,
                    ...(endLine > line ? { endLine } : {}),
                    // Bandit columns are 0-based (Python AST); the model is 1-based, end exclusive.
                    ...(item.col_offset !== undefined ? { startColumn: item.col_offset + 1 } : {}),
                    ...(item.end_col_offset !== undefined ? { endColumn: item.end_col_offset + 1 } : {})
                },
                ...(item.more_info ? { helpUri: pool.get(item.more_info) } : {}),
                fingerprint: fingerprints.next(ruleId, repoPath, content)
            });
        },
        finish(frame) {
            const report = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .checkToolOutput */ .A9)(banditReportSchema, frame, BANDIT_WHAT);
            const errors = report.errors.map(e => {
                const shown = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toRepoPath */ .x)(options.workspace, e.filename) ?? e.filename;
                return `${shown}: ${e.reason}`;
            });
            return { findings, errors, outsideWorkspace };
        }
    };
}
/**
 * Parses Bandit's JSON report (the object printed by `-f json`) held whole. Throws
 * ToolOutputError when the value does not have the report's shape.
 */
function parseBanditOutput(json, options) {
    // The report's shape first, so a wrong document is named as such before any result is read.
    const report = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .checkToolOutput */ .A9)(banditReportSchema, json, BANDIT_WHAT);
    const reader = banditReader(options);
    report.results.forEach((r, i) => reader.result(r, i));
    return reader.finish({ ...report, results: [] });
}
const LEVEL_FLAGS = { low: '', medium: 'll', high: 'lll' };
/** Exclusion globs in the form Bandit matches (fnmatch on `./…` paths, and substrings). */
function banditExcludes(ctx) {
    const out = [...BANDIT_DEFAULT_EXCLUDES, ..._util_skipped_dirs_js__WEBPACK_IMPORTED_MODULE_8__/* .SKIPPED_DIRS */ .K.map(d => `/${d}/`)];
    for (const glob of ctx.settings.exclude) {
        const p = glob.replace(/^\.?\//, '').replace(/\/+$/, '');
        if (p === '' || p.includes(','))
            continue; // -x is comma-separated; such a glob cannot be passed
        // Every pattern contains `*` so Bandit's substring test cannot hit unrelated names.
        out.push(`*/${p}`, `*/${p}/*`);
    }
    for (const report of (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .reportFiles */ .IU)(ctx))
        out.push(`*/${report}`);
    return [...new Set(out)];
}
/** `exclude = a,b` from a `.bandit` INI file (kept, since our -x replaces it). */
function iniExcludes(file) {
    try {
        const m = /^\s*exclude\s*[:=]\s*(.+)$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        return m?.[1]
            ? m[1]
                .split(',')
                .map(s => s.trim())
                .filter(Boolean)
            : [];
    }
    catch {
        return [];
    }
}
/** A `.bandit` that is really INI (some projects keep YAML under that name; --ini would choke). */
function isBanditIni(file) {
    try {
        return /^\s*\[bandit\]\s*$/m.test((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        return false;
    }
}
/** YAML config names Bandit users pass with -c (Bandit reads none of them on its own). */
const BANDIT_YAML_CONFIGS = ['bandit.yaml', 'bandit.yml', '.bandit.yaml', '.bandit.yml'];
/**
 * The file for `-c`: pyproject.toml when it has [tool.bandit] (Bandit never reads it on its own),
 * else the first Bandit YAML config in the workspace root. Bandit takes only one -c.
 */
function banditConfigFile(workspace) {
    const pyproject = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, 'pyproject.toml');
    if (hasBanditToml(pyproject))
        return pyproject;
    return BANDIT_YAML_CONFIGS.map(f => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, f)).find(f => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
}
function hasBanditToml(file) {
    try {
        const toml = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        return (0,_util_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isObject */ .Gv)(toml.tool) && (0,_util_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isObject */ .Gv)(toml.tool.bandit);
    }
    catch {
        return false;
    }
}
/** The argv after the command: targets relative to the workspace, which is the cwd. */
function banditArgs(ctx, skip = []) {
    const args = ['-r'];
    const excludes = banditExcludes(ctx);
    // Bandit drops a file whose path contains an exclude string; `-x` is split on commas, so a
    // name with a comma is excluded by its longest comma-free part.
    for (const p of skip)
        excludes.push(`./${p}`.split(',').reduce((a, b) => (b.length > a.length ? b : a), '') || `./${p}`);
    const ini = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.workspace, '.bandit');
    if (isBanditIni(ini)) {
        // Explicit --ini also stops Bandit from finding one .bandit per target (exit 2 if > 1).
        args.push('--ini', ini);
        excludes.push(...iniExcludes(ini));
    }
    const config = banditConfigFile(ctx.workspace);
    if (config !== undefined)
        args.push('-c', config);
    args.push('-f', 'json', '-q', '-x', excludes.join(','));
    // -l/-ll/-lll (and -i…) work from 1.6 on; --severity-level needs 1.7.1. Low = everything.
    const sev = LEVEL_FLAGS[ctx.settings.banditSeverity];
    const conf = LEVEL_FLAGS[ctx.settings.banditConfidence];
    if (sev !== '')
        args.push(`-${sev}`);
    if (conf !== '')
        args.push(`-${conf.replace(/l/g, 'i')}`);
    for (const p of ctx.paths) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ctx.workspace, p).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
        // `./x` keeps every path Bandit sees prefixed, which the `*/…` excludes rely on.
        args.push(rel === '' ? '.' : `./${rel}`);
    }
    return args;
}
const SUPPORTED_VERSIONS = '>=1.6.2 <2';
/** Larger Python files are not given to Bandit (it holds the file and its AST in memory). */
const BANDIT_MAX_TARGET_BYTES = 10 * 1024 * 1024;
/** Bandit's exit codes (bandit/cli/main.py): 0 no issues, 1 issues at or above the floors. */
const BANDIT = {
    tool: 'bandit',
    // Bandit reads *.py and *.pyw; it is given regular files of at most 10 MiB.
    targets: { include: name => /\.pyw?$/i.test(name), maxBytes: BANDIT_MAX_TARGET_BYTES },
    plan: (ctx, skip) => ({
        args: banditArgs(ctx, skip),
        reader: () => {
            const bandit = banditReader({
                workspace: ctx.workspace,
                readLines: (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .createLineReader */ .UB)(ctx.workspace)
            });
            return {
                ...bandit,
                // Bandit has no fatal error kind: a file it could not parse is listed and skipped.
                finish: frame => ({ ...bandit.finish(frame), fatalErrors: [] })
            };
        }
    }),
    reportExitCodes: [0, 1],
    exitMeaning: { 2: 'usage or configuration error' },
    distrust: (report, exitCode) => 
    // Exit 1 is "issues found"; with none in the report the run is not trustworthy.
    exitCode === 1 && report.findings.length === 0 && report.outsideWorkspace === 0
        ? 'bandit exited 1 but reported no issues'
        : undefined
};
const banditAdapter = {
    name: 'bandit',
    supportedVersions: SUPPORTED_VERSIONS,
    installHint: 'pipx install bandit',
    detect(ctx) {
        return (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .detectTool */ .qU)(ctx, {
            tool: 'bandit',
            command: ['bandit'],
            versionArgs: ['--version'],
            supportedVersions: SUPPORTED_VERSIONS
        });
    },
    scan(ctx, detection) {
        return (0,_code_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .runCodeScanner */ .t)(BANDIT, ctx, detection);
    }
};


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
    const run = await runPlanned(spec, ctx, detection, unsafe.map(u => u.path));
    const skipped = (0,unsafe_targets/* describeUnsafeTargets */.kx)(spec.tool, unsafe);
    const hidden = await trackedInSkippedDirs(spec, ctx);
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

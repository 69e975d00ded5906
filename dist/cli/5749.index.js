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
/* harmony export */   banditConfig: () => (/* binding */ banditConfig),
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92857);
/* harmony import */ var _code_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47247);
/* harmony import */ var _output_schema_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41172);
/* harmony import */ var _trust_trusted_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38752);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24964);
/* harmony import */ var _util_private_dir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69233);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74976);
/* harmony import */ var _util_skipped_dirs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(38745);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(46528);












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
            const normalized = (0,_support_js__WEBPACK_IMPORTED_MODULE_7__/* .normalizeCode */ .vz)([m[2] ?? '']);
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
const banditIssueSchema = zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    filename: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    test_id: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    test_name: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().optional(),
    issue_severity: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    issue_confidence: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    issue_text: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    issue_cwe: zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().optional() }).optional(),
    line_number: zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().int(),
    line_range: zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().int()).optional(),
    col_offset: zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().int().optional(),
    end_col_offset: zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().int().optional(),
    code: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().optional(),
    more_info: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().optional()
});
/** The report around the results, which are checked one by one (checkToolOutputItem). */
const banditReportSchema = zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    results: zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_8__/* .unknown */ .L5J()),
    errors: zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({ filename: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP() }))
});
const BANDIT_WHAT = 'not a Bandit JSON report';
/**
 * Reads Bandit's report one result at a time (src/scanners/report-stream.ts): each result is
 * checked and turned into a finding when it arrives, the report around them is checked last.
 * parseBanditOutput and the streaming read share it, so both give the same findings.
 */
function banditReader(options) {
    const fingerprints = new _support_js__WEBPACK_IMPORTED_MODULE_7__/* .Fingerprinter */ .Up('bandit');
    const findings = [];
    let outsideWorkspace = 0;
    const pool = new _support_js__WEBPACK_IMPORTED_MODULE_7__/* .StringPool */ .q7();
    const repoPathOf = (0,_support_js__WEBPACK_IMPORTED_MODULE_7__/* .repoPathResolver */ .kB)(options.workspace, pool);
    return {
        frameKeys: Object.keys(banditReportSchema.shape),
        result(value, i) {
            const item = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .checkToolOutputItem */ .bE)(banditIssueSchema, value, `results[${i}]`, BANDIT_WHAT);
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
                (options.readLines ? (0,_support_js__WEBPACK_IMPORTED_MODULE_7__/* .codeAt */ .LT)(options.readLines, repoPath, line, line) : undefined) ??
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
            const report = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .checkToolOutput */ .A9)(banditReportSchema, frame, BANDIT_WHAT);
            const errors = report.errors.map(e => {
                const shown = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .toRepoPath */ .x)(options.workspace, e.filename) ?? e.filename;
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
    const report = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .checkToolOutput */ .A9)(banditReportSchema, json, BANDIT_WHAT);
    const reader = banditReader(options);
    report.results.forEach((r, i) => reader.result(r, i));
    return reader.finish({ ...report, results: [] });
}
const LEVEL_FLAGS = { low: '', medium: 'll', high: 'lll' };
/** Exclusion globs in the form Bandit matches (fnmatch on `./…` paths, and substrings). */
function banditExcludes(ctx) {
    const out = [...BANDIT_DEFAULT_EXCLUDES, ..._util_skipped_dirs_js__WEBPACK_IMPORTED_MODULE_10__/* .SKIPPED_DIRS */ .K.map(d => `/${d}/`)];
    for (const glob of ctx.settings.exclude) {
        const p = glob.replace(/^\.?\//, '').replace(/\/+$/, '');
        if (p === '' || p.includes(','))
            continue; // -x is comma-separated; such a glob cannot be passed
        // Every pattern contains `*` so Bandit's substring test cannot hit unrelated names.
        out.push(`*/${p}`, `*/${p}/*`);
    }
    for (const report of (0,_support_js__WEBPACK_IMPORTED_MODULE_7__/* .reportFiles */ .IU)(ctx))
        out.push(`*/${report}`);
    return [...new Set(out)];
}
/** `exclude = a,b` from a `.bandit` INI text (kept, since our -x replaces it). */
function iniExcludes(text) {
    const m = /^\s*exclude\s*[:=]\s*(.+)$/m.exec(text);
    return m?.[1]
        ? m[1]
            .split(',')
            .map(s => s.trim())
            .filter(Boolean)
        : [];
}
/** A `.bandit` that is really INI (some projects keep YAML under that name; --ini would choke). */
const isBanditIni = (text) => text !== undefined && /^\s*\[bandit\]\s*$/m.test(text);
/** YAML config names Bandit users pass with -c (Bandit reads none of them on its own). */
const BANDIT_YAML_CONFIGS = ['bandit.yaml', 'bandit.yml', '.bandit.yaml', '.bandit.yml'];
const readText = (file) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
};
/** The `[tool.bandit]` table of a pyproject.toml text, or undefined. */
function banditToml(text) {
    if (text === undefined)
        return undefined;
    try {
        const toml = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
        return (0,_util_json_js__WEBPACK_IMPORTED_MODULE_11__/* .isObject */ .Gv)(toml.tool) && (0,_util_json_js__WEBPACK_IMPORTED_MODULE_11__/* .isObject */ .Gv)(toml.tool.bandit) ? toml.tool.bandit : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The file for `-c`: pyproject.toml when it has [tool.bandit] (Bandit never reads it on its own),
 * else the first Bandit YAML config in the workspace root. Bandit takes only one -c.
 */
function banditConfigFile(workspace) {
    const pyproject = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, 'pyproject.toml');
    if (banditToml(readText(pyproject)) !== undefined)
        return pyproject;
    return BANDIT_YAML_CONFIGS.map(f => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, f)).find(f => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
}
/**
 * The project's own Bandit settings, read from the workspace. Under `trusted-config: base`
 * they come from the base commit instead: `skips`, `tests` or a severity level in a `.bandit`,
 * `[tool.bandit]` or Bandit YAML file would otherwise let a change switch Bandit's tests off
 * while the scan stays "ok". The base commit's files are copied to a fresh directory outside
 * the workspace and passed explicitly (an empty `[bandit]` INI when the base has none, which
 * also keeps Bandit from picking up the change's `.bandit`); each file the change edits is
 * listed as not applied.
 */
function banditConfig(ctx) {
    const trust = ctx.settings.trust;
    if (trust === undefined) {
        const ini = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.workspace, '.bandit');
        const iniText = readText(ini);
        const config = banditConfigFile(ctx.workspace);
        return {
            // Explicit --ini also stops Bandit from finding one .bandit per target (exit 2 if > 1).
            args: [...(isBanditIni(iniText) ? ['--ini', ini] : []), ...(config ? ['-c', config] : [])],
            excludes: isBanditIni(iniText) ? iniExcludes(iniText) : [],
            warnings: []
        };
    }
    // Each file is read once from the base commit (two git processes a file) and once from the tree.
    const names = ['.bandit', 'pyproject.toml', ...BANDIT_YAML_CONFIGS];
    const base = new Map(names.map(name => [name, (0,_trust_trusted_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readAtCommit */ .zX)(ctx.workspace, trust.base, name)]));
    const head = new Map(names.map(name => [name, readText(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.workspace, name))]));
    const ini = (text) => isBanditIni(text) ? text : undefined;
    const own = (0,_util_private_dir_js__WEBPACK_IMPORTED_MODULE_6__/* .privateDir */ .X)('runguard-bandit-config-');
    const write = own.write;
    const baseIni = ini(base.get('.bandit'));
    const args = ['--ini', write('.bandit', baseIni ?? '[bandit]\n')];
    const basePyproject = base.get('pyproject.toml');
    const baseYaml = BANDIT_YAML_CONFIGS.find(name => base.get(name) !== undefined);
    if (banditToml(basePyproject) !== undefined)
        args.push('-c', write('pyproject.toml', basePyproject));
    else if (baseYaml !== undefined)
        args.push('-c', write(baseYaml, base.get(baseYaml)));
    const edited = [
        ...(ini(head.get('.bandit')) !== baseIni ? ['.bandit'] : []),
        ...(JSON.stringify(banditToml(head.get('pyproject.toml'))) !==
            JSON.stringify(banditToml(basePyproject))
            ? ['pyproject.toml [tool.bandit]']
            : []),
        ...BANDIT_YAML_CONFIGS.filter(name => head.get(name) !== base.get(name))
    ];
    return {
        args,
        excludes: baseIni !== undefined ? iniExcludes(baseIni) : [],
        warnings: edited.map(file => `${file}: the change's Bandit settings are not applied; the base commit's are (trusted-config: base)`),
        cleanup: own.cleanup
    };
}
/** The argv after the command: targets relative to the workspace, which is the cwd. */
function banditArgs(ctx, skip = [], config = banditConfig(ctx)) {
    const args = ['-r'];
    const excludes = banditExcludes(ctx);
    // Bandit drops a file whose path contains an exclude string; `-x` is split on commas, so a
    // name with a comma is excluded by its longest comma-free part.
    for (const p of skip)
        excludes.push(`./${p}`.split(',').reduce((a, b) => (b.length > a.length ? b : a), '') || `./${p}`);
    excludes.push(...config.excludes);
    args.push(...config.args);
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
    plan: (ctx, skip) => {
        const config = banditConfig(ctx);
        return {
            args: banditArgs(ctx, skip, config),
            warnings: config.warnings,
            ...(config.cleanup ? { cleanup: config.cleanup } : {}),
            reader: () => {
                const bandit = banditReader({
                    workspace: ctx.workspace,
                    readLines: (0,_support_js__WEBPACK_IMPORTED_MODULE_7__/* .createLineReader */ .UB)(ctx.workspace)
                });
                return {
                    ...bandit,
                    // Bandit has no fatal error kind: a file it could not parse is listed and skipped.
                    finish: frame => ({ ...bandit.finish(frame), fatalErrors: [] })
                };
            }
        };
    },
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
        return (0,_support_js__WEBPACK_IMPORTED_MODULE_7__/* .detectTool */ .qU)(ctx, {
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

/***/ 69233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ privateDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * A fresh directory outside the workspace (mkdtemp: mode 0700, a name nobody can guess in
 * advance) for the config files runguard gives a tool instead of the ones in the tree, so a
 * change can neither pre-place nor link one of them.
 */
function privateDir(prefix) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), prefix));
    return {
        dir,
        write: (name, text) => {
            const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text, { flag: 'wx', mode: 0o600 });
            return file;
        },
        cleanup: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true })
    };
}


/***/ })

};

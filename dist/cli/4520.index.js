export const id = 4520;
export const ids = [4520];
export const modules = {

/***/ 44520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SEMGREP_ENV: () => (/* binding */ SEMGREP_ENV),
/* harmony export */   SEMGREP_MAX_TARGET_BYTES: () => (/* binding */ SEMGREP_MAX_TARGET_BYTES),
/* harmony export */   configPrefixes: () => (/* binding */ configPrefixes),
/* harmony export */   cweIds: () => (/* binding */ cweIds),
/* harmony export */   findBundledRulesDir: () => (/* binding */ findBundledRulesDir),
/* harmony export */   parseSemgrepOutput: () => (/* binding */ parseSemgrepOutput),
/* harmony export */   semgrepAdapter: () => (/* binding */ semgrepAdapter),
/* harmony export */   semgrepArgs: () => (/* binding */ semgrepArgs),
/* harmony export */   semgrepConfigs: () => (/* binding */ semgrepConfigs),
/* harmony export */   semgrepOutputSchema: () => (/* binding */ semgrepOutputSchema),
/* harmony export */   semgrepReader: () => (/* binding */ semgrepReader),
/* harmony export */   semgrepResultSchema: () => (/* binding */ semgrepResultSchema),
/* harmony export */   semgrepSeverity: () => (/* binding */ semgrepSeverity),
/* harmony export */   stripRulePrefix: () => (/* binding */ stripRulePrefix)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92857);
/* harmony import */ var _code_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47247);
/* harmony import */ var _output_schema_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41172);
/* harmony import */ var _util_unsafe_targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66363);
/* harmony import */ var _util_skipped_dirs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(38745);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46528);









/**
 * Semgrep adapter: `semgrep scan --json` with runguard's bundled rules (rules/semgrep) plus the
 * user's `semgrepConfig`, fully offline (no metrics, no version check, no registry unless the
 * user's config names one).
 */
/** Environment that keeps Semgrep offline: no metrics, no version check (that one hangs ~100s without network). */
const SEMGREP_ENV = {
    SEMGREP_SEND_METRICS: 'off',
    SEMGREP_ENABLE_VERSION_CHECK: '0'
};
/** Per-rule-per-file timeout in seconds passed as `--timeout` (Semgrep's default is 5). */
const RULE_TIMEOUT_SECONDS = 30;
/**
 * Finds runguard's `rules/semgrep` directory by walking up from this module: from sources it is
 * `<repo>/rules/semgrep`; from the ncc bundles (dist/index.js, dist/cli/index.js) it is next to
 * dist/ in the package root.
 */
function findBundledRulesDir(from = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from);
    for (;;) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'rules', 'semgrep');
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isDirectory())
                return candidate;
        }
        catch {
            // Not here; keep walking up.
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Semgrep's severities → runguard's (docs/severity.md). */
const SEVERITY_MAP = {
    CRITICAL: 'critical',
    HIGH: 'high',
    ERROR: 'high',
    MEDIUM: 'medium',
    WARNING: 'medium',
    LOW: 'low',
    // Semgrep's INFO is "worth a look", not "no risk"; SARIF treats INFO and LOW alike (note).
    INFO: 'low',
    EXPERIMENT: 'info',
    INVENTORY: 'info'
};
/**
 * Rule severity, lowered one level when the rule's metadata says confidence LOW (same rule as
 * for Bandit: the author expects false positives).
 */
function semgrepSeverity(severity, confidence) {
    const base = typeof severity === 'string' ? (SEVERITY_MAP[severity.toUpperCase()] ?? 'unknown') : 'unknown';
    return confidence === 'low' ? (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .lowerSeverity */ .DB)(base) : base;
}
function confidenceOf(metadata) {
    const v = typeof metadata.confidence === 'string' ? metadata.confidence.toLowerCase() : '';
    return v === 'high' || v === 'medium' || v === 'low' ? v : undefined;
}
/** `CWE-NNN` ids from metadata.cwe, which is a string or a list of "CWE-78: title" strings. */
function cweIds(value) {
    const texts = Array.isArray(value) ? value : [value];
    const ids = new Set();
    for (const t of texts) {
        if (typeof t !== 'string')
            continue;
        for (const m of t.matchAll(/CWE-(\d+)/gi))
            ids.add(`CWE-${m[1]}`);
    }
    return [...ids];
}
function helpUriOf(metadata) {
    const refs = Array.isArray(metadata.references)
        ? metadata.references
        : [metadata.references];
    for (const candidate of [...refs, metadata.shortlink, metadata.source]) {
        if (typeof candidate === 'string' && /^https?:\/\//.test(candidate))
            return candidate;
    }
    return undefined;
}
/**
 * The dotted prefix Semgrep puts in front of rule ids from a local config (`rules/semgrep/x.yml`
 * → `rules.semgrep.`): the config's directory without `.`/`..` parts. Both the cwd-relative and
 * the absolute form are returned, longest first.
 */
function configPrefixes(configs, cwd) {
    const out = new Set();
    for (const config of configs) {
        if (/^(p|r|s)\/|^https?:|^auto$/.test(config))
            continue;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, config);
        const isFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isFile() : /\.(ya?ml|json)$/i.test(abs);
        const dir = isFile ? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs) : abs;
        for (const form of [node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, dir), dir]) {
            const dotted = form
                .split(/[\\/]+/)
                .filter(p => p !== '' && p !== '.' && p !== '..')
                .join('.');
            if (dotted !== '')
                out.add(dotted);
        }
    }
    return [...out].sort((a, b) => b.length - a.length);
}
/** Removes a config-folder prefix from a check_id (`rules.semgrep.python-x` → `python-x`). */
function stripRulePrefix(checkId, prefixes) {
    for (const p of prefixes)
        if (checkId.startsWith(`${p}.`))
            return checkId.slice(p.length + 1);
    return checkId;
}
const positionSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({ line: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int(), col: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().optional() });
/** The part of Semgrep's `--json` output (cli_output, semgrep_output_v1.atd) runguard reads. */
const semgrepResultSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    check_id: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    path: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    start: positionSchema,
    end: positionSchema.optional(),
    extra: zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
        message: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        severity: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        metadata: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .unknown */ .L5J()).optional(),
        is_ignored: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional()
    })
});
/** The report around the results, which are checked one by one (checkToolOutputItem). */
const semgrepOutputSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    results: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .unknown */ .L5J()),
    errors: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
        level: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        // A string, or an array such as ["PartialParsing", [locations…]].
        type: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .unknown */ .L5J())]).optional(),
        rule_id: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        message: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        short_msg: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        long_msg: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        path: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional()
    })),
    paths: zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({ scanned: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()).optional() })
});
function position(value) {
    if (value === undefined || value.line < 1)
        return undefined;
    return {
        line: value.line,
        ...(value.col !== undefined && value.col > 0 ? { col: value.col } : {})
    };
}
/** One human line for a cli_error; `type` is a string or an array like ["PartialParsing", […]]. */
function describeError(e) {
    const type = Array.isArray(e.type) ? String(e.type[0]) : (e.type ?? 'error');
    const level = e.level ?? 'error';
    const text = [e.message, e.short_msg, e.long_msg].find(t => t !== undefined && t !== '');
    const rule = e.rule_id !== undefined ? ` (rule ${e.rule_id})` : '';
    const where = e.path !== undefined ? ` [${e.path}]` : '';
    const firstLine = (text ?? '').split('\n')[0]?.trim() ?? '';
    return `${level}: ${type}${rule}${firstLine ? `: ${firstLine}` : ''}${where}`;
}
const SEMGREP_WHAT = 'not a Semgrep JSON report';
/**
 * Reads Semgrep's report one result at a time (src/scanners/report-stream.ts): each result is
 * checked and turned into a finding when it arrives, the report around them is checked last.
 * parseSemgrepOutput and the streaming read share it, so both give the same findings.
 */
function semgrepReader(options) {
    const prefixes = options.rulePrefixes ?? [];
    const fingerprints = new _support_js__WEBPACK_IMPORTED_MODULE_5__/* .Fingerprinter */ .Up('semgrep');
    const findings = [];
    let outsideWorkspace = 0;
    // One rule reports one code range once: a rule whose pattern-either binds a metavariable two
    // ways (the function name and the variable name) yields the same match twice, with two
    // messages; the first is kept.
    const matched = new Set();
    const pool = new _support_js__WEBPACK_IMPORTED_MODULE_5__/* .StringPool */ .q7();
    const repoPathOf = (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .repoPathResolver */ .kB)(options.workspace, pool);
    return {
        frameKeys: Object.keys(semgrepOutputSchema.shape),
        result(value, i) {
            const r = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .checkToolOutputItem */ .bE)(semgrepResultSchema, value, `results[${i}]`, SEMGREP_WHAT);
            const extra = r.extra;
            // nosemgrep-ed results only appear with --disable-nosem; they do not count.
            if (extra.is_ignored === true)
                return;
            const range = `${r.check_id}\0${r.path}\0${r.start.line}:${r.start.col ?? 0}-${r.end?.line ?? 0}:${r.end?.col ?? 0}`;
            if (matched.has(range))
                return;
            matched.add(range);
            const repoPath = repoPathOf(r.path);
            if (repoPath === undefined || repoPath === '.') {
                outsideWorkspace++;
                return;
            }
            const start = position(r.start) ?? { line: 1 };
            const end = position(r.end);
            const metadata = extra.metadata ?? {};
            const ruleId = pool.get(stripRulePrefix(r.check_id, prefixes));
            const confidence = confidenceOf(metadata);
            const message = extra.message?.trim() || ruleId;
            const title = [metadata.shortDescription, metadata.title, metadata.name].find((t) => typeof t === 'string' && t !== '') ?? ruleId;
            const content = (options.readLines
                ? (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .codeAt */ .LT)(options.readLines, repoPath, start.line, end?.line ?? start.line)
                : undefined) ?? message;
            const helpUri = helpUriOf(metadata);
            findings.push({
                tool: 'semgrep',
                ruleId,
                title: pool.get(title),
                message,
                severity: semgrepSeverity(extra.severity, confidence),
                ...(confidence ? { confidence } : {}),
                cwe: cweIds(metadata.cwe).map(c => pool.get(c)),
                location: {
                    path: repoPath,
                    startLine: start.line,
                    ...(end && end.line > start.line ? { endLine: end.line } : {}),
                    ...(start.col !== undefined ? { startColumn: start.col } : {}),
                    ...(end?.col !== undefined ? { endColumn: end.col } : {})
                },
                ...(helpUri ? { helpUri: pool.get(helpUri) } : {}),
                fingerprint: fingerprints.next(ruleId, repoPath, content)
            });
        },
        finish(frame) {
            const output = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .checkToolOutput */ .A9)(semgrepOutputSchema, frame, SEMGREP_WHAT);
            const errors = output.errors.map(describeError);
            const fatalErrors = output.errors.filter(e => e.level === 'error').map(describeError);
            const scanned = output.paths.scanned
                ?.map(repoPathOf)
                .filter((p) => p !== undefined && p !== '.');
            return {
                findings,
                errors,
                fatalErrors,
                ...(output.version !== undefined ? { version: output.version } : {}),
                outsideWorkspace,
                ...(scanned !== undefined ? { scanned } : {})
            };
        }
    };
}
/**
 * Parses Semgrep's `--json` output (cli_output) held whole. Throws ToolOutputError when it is
 * not such an object.
 */
function parseSemgrepOutput(json, options) {
    // The report's shape first, so a wrong document is named as such before any result is read.
    const output = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .checkToolOutput */ .A9)(semgrepOutputSchema, json, SEMGREP_WHAT);
    const reader = semgrepReader(options);
    output.results.forEach((r, i) => reader.result(r, i));
    return reader.finish({ ...output, results: [] });
}
/** Semgrep's documented exit codes besides 0 (error.py / Exit_code.mli). */
const EXIT_MEANING = {
    2: 'fatal error',
    4: 'invalid rule pattern',
    5: 'unparsable rule YAML',
    7: 'missing or invalid config',
    8: 'invalid language in a rule',
    13: 'invalid API token',
    14: 'scan failed'
};
/** Every `--config` passed to Semgrep, bundled rules first. Undefined when the bundle is missing. */
function semgrepConfigs(ctx, bundled = findBundledRulesDir()) {
    const configs = [];
    if (!ctx.settings.semgrepNoDefaultRules) {
        if (bundled === undefined)
            return undefined;
        configs.push(bundled);
    }
    configs.push(...ctx.settings.semgrepConfig);
    return configs;
}
/** The argv after the command (cwd = workspace, targets relative to it). */
function semgrepArgs(ctx, configs, skip = []) {
    const args = [
        'scan',
        '--json',
        '--metrics=off',
        '--disable-version-check',
        // Bare rule ids; configPrefixes() still strips prefixes if a Semgrep ignores this.
        '--no-rewrite-rule-ids',
        `--timeout=${RULE_TIMEOUT_SECONDS}`,
        // Semgrep's own default, stated so the bound runguard lists skips against is the same.
        `--max-target-bytes=${SEMGREP_MAX_TARGET_BYTES}`
    ];
    for (const c of configs)
        args.push('--config', c);
    const excludes = [
        ..._util_skipped_dirs_js__WEBPACK_IMPORTED_MODULE_8__/* .SKIPPED_DIRS */ .K,
        ...ctx.settings.exclude,
        ...(0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .reportFiles */ .IU)(ctx).map(f => `/${f}`),
        ...skip.map(p => `/${(0,_util_unsafe_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .literalGlob */ .Iq)(p)}`)
    ];
    for (const e of [...new Set(excludes)])
        args.push('--exclude', e);
    // `--` so a path that starts with `-` is never read as an option.
    args.push('--');
    for (const p of ctx.paths) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ctx.workspace, p).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
        args.push(rel === '' ? '.' : rel);
    }
    return args;
}
const SUPPORTED_VERSIONS = '>=1.38.0 <2';
/**
 * Directory names Semgrep's built-in ignore list skips at any depth when the tree has no
 * .semgrepignore (observed with Semgrep 1.182: `test/`, `tests/`, `vendor/`); only used to say
 * why a file was not scanned.
 */
const SEMGREP_DEFAULT_IGNORED_DIRS = new Set(['test', 'tests', 'vendor']);
/** Semgrep skips larger targets itself (its default); runguard lists them. */
const SEMGREP_MAX_TARGET_BYTES = 1_000_000;
const SEMGREP = {
    tool: 'semgrep',
    // Every name: a link to a device or FIFO is excluded whatever it is called; large files are
    // listed when they are source files (Semgrep skips them itself, data files included).
    targets: {
        maxBytes: SEMGREP_MAX_TARGET_BYTES,
        listLarge: name => /\.(?:pyw?|pyi|js|jsx|mjs|cjs|ts|tsx|html?|j2|jinja2?)$/i.test(name)
    },
    plan: (ctx, skip) => {
        const configs = semgrepConfigs(ctx);
        if (configs === undefined) {
            return {
                unavailable: "runguard's bundled Semgrep rules (rules/semgrep) were not found next to the program"
            };
        }
        return {
            args: semgrepArgs(ctx, configs, skip),
            env: { ...ctx.env, ...SEMGREP_ENV },
            reader: () => semgrepReader({
                workspace: ctx.workspace,
                readLines: (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .createLineReader */ .UB)(ctx.workspace),
                rulePrefixes: configPrefixes(configs, ctx.workspace)
            })
        };
    },
    // The bundled rules are Python rules: every Python file Semgrep is given must be scanned.
    expects: ctx => ctx.settings.semgrepNoDefaultRules ? undefined : (repoPath) => /\.py$/i.test(repoPath),
    ownSkipReason: tracked => {
        const ignoreFiles = [...tracked].filter(f => node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(f) === '.semgrepignore').sort();
        const named = ignoreFiles.slice(0, 3).join(', ') + (ignoreFiles.length > 3 ? ', …' : '');
        return repoPath => ignoreFiles.length > 0
            ? `not scanned by Semgrep: dropped by its ignore rules (.semgrepignore in the tree: ${named})`
            : repoPath.split('/').some(part => SEMGREP_DEFAULT_IGNORED_DIRS.has(part))
                ? 'not scanned by Semgrep: its default ignore list skips test/, tests/ and vendor/ directories'
                : 'not scanned by Semgrep: dropped by its ignore rules';
    },
    // 0 = ran (findings do not change it without --error); 1 = findings with --error;
    // 3 = a target failed to parse (fatal only with --strict). All three carry a full report.
    reportExitCodes: [0, 1, 3],
    exitMeaning: EXIT_MEANING
};
const semgrepAdapter = {
    name: 'semgrep',
    supportedVersions: SUPPORTED_VERSIONS,
    installHint: 'pipx install semgrep',
    detect(ctx) {
        return (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .detectTool */ .qU)(ctx, {
            tool: 'semgrep',
            command: ['semgrep'],
            versionArgs: ['--version', '--disable-version-check'],
            supportedVersions: SUPPORTED_VERSIONS,
            env: { ...ctx.env, ...SEMGREP_ENV }
        });
    },
    scan(ctx, detection) {
        return (0,_code_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .runCodeScanner */ .t)(SEMGREP, ctx, detection);
    }
};


/***/ })

};

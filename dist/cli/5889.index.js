export const id = 5889;
export const ids = [5889,7344];
export const modules = {

/***/ 37344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ parseHash),
/* harmony export */   F7: () => (/* binding */ parseExtras),
/* harmony export */   G1: () => (/* binding */ makeComponent),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   iC: () => (/* binding */ pypiPurl),
/* harmony export */   iz: () => (/* binding */ isDevRequirementsFile),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   um: () => (/* binding */ stripUrlCredentials),
/* harmony export */   zZ: () => (/* binding */ analyzeSpecifier)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_1__);


/** PEP 503: lowercase, runs of `-`, `_`, `.` become one `-` (packageurl-js does not collapse runs). */
function normalizeName(name) {
    return name
        .trim()
        .replace(/[-_.]+/g, '-')
        .toLowerCase();
}
/** `pkg:pypi/<pep503 name>[@version]`. */
function pypiPurl(name, version) {
    return new packageurl_js__WEBPACK_IMPORTED_MODULE_1__.PackageURL('pypi', undefined, normalizeName(name), version ?? undefined).toString();
}
const PIN = /^(===?)\s*([^\s,;*]+)$/;
/**
 * `==X` without a wildcard (or `===X`) pins; every other specifier is a range that the
 * scanners cannot match against advisories. A pin may sit among other clauses (`>=1,==1.2`).
 */
function analyzeSpecifier(specifier) {
    const spec = specifier.trim();
    const clauses = spec
        .split(',')
        .map(c => c.trim())
        .filter(c => c !== '');
    let version;
    for (const clause of clauses) {
        const m = PIN.exec(clause);
        if (!m)
            continue;
        const [, op, v] = m;
        if (v === undefined)
            continue;
        // `===` is arbitrary string equality: any text is a pin, no PEP 440 check.
        if (op === '===' || _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().valid(v) !== null)
            version = v;
    }
    let valid;
    try {
        valid = clauses.every(c => /^===/.test(c)) || _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().validRange(spec.replace(/\s+/g, ''));
    }
    catch {
        valid = false;
    }
    return version !== undefined ? { version, valid } : { valid };
}
/** Builds a component in one literal so no field is forgotten. */
function makeComponent(input) {
    const name = normalizeName(input.name);
    return {
        ecosystem: 'PyPI',
        name,
        ...(input.version !== undefined ? { version: input.version } : {}),
        purl: pypiPurl(name, input.version),
        file: input.file,
        line: input.line,
        ...(input.hashes && input.hashes.length > 0 ? { hashes: input.hashes } : {}),
        ...(input.dependsOn ? { dependsOn: input.dependsOn } : {}),
        ...(input.specifier !== undefined ? { specifier: input.specifier } : {}),
        ...(input.extras && input.extras.length > 0 ? { extras: input.extras } : {}),
        ...(input.optional ? { optional: true } : {})
    };
}
/** `[a, B_c]` → `['a', 'b-c']` (PEP 685: extras compare like names); undefined for none. */
function parseExtras(bracket) {
    if (bracket === undefined)
        return undefined;
    const list = bracket
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map(e => normalizeName(e))
        .filter(e => e !== '');
    return list.length > 0 ? [...new Set(list)] : undefined;
}
/**
 * A requirements file for development only, by its name: `requirements-dev.txt`,
 * `dev-requirements.txt`, `requirements/test.txt`, `requirements_lint.txt` …
 */
function isDevRequirementsFile(repoPath) {
    const DEV = /(^|[-_./])(dev|devel|develop|development|test|tests|testing|lint|linting|docs?|typing|ci|qa)([-_.]|$)/i;
    const base = repoPath.split('/').pop() ?? repoPath;
    const parent = repoPath.split('/').slice(-2, -1)[0] ?? '';
    const stem = base.replace(/\.txt$/i, '');
    return (DEV.test(stem.replace(/^requirements/i, '')) || (parent === 'requirements' && DEV.test(stem)));
}
const HASH_ALGS = {
    sha256: 'SHA-256',
    sha384: 'SHA-384',
    sha512: 'SHA-512',
    md5: 'MD5',
    sha1: 'SHA-1'
};
/** `sha256:abcd…` → `{alg: 'SHA-256', content}`; unknown algorithms or bad hex → undefined. */
function parseHash(text) {
    const m = /^([a-z0-9]+)[:=]([0-9a-fA-F]+)$/.exec(text.trim());
    if (!m?.[1] || !m[2])
        return undefined;
    const alg = HASH_ALGS[m[1].toLowerCase()];
    return alg ? { alg, content: m[2].toLowerCase() } : undefined;
}
/** Removes `user:password@` from URLs so a warning never carries a credential. */
function stripUrlCredentials(text) {
    return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1');
}
/** 1-based line number of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}


/***/ }),

/***/ 21726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ sortVersions),
/* harmony export */   VA: () => (/* binding */ purlOf),
/* harmony export */   oZ: () => (/* binding */ packageName),
/* harmony export */   u$: () => (/* binding */ locateDependency)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _inventory_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90174);
/* harmony import */ var _inventory_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37344);





/** Shared by the Safety and OSV-Scanner adapters: where a vulnerable package is pinned. */
/** OSV ecosystem → purl type (google/osv.dev purl_helpers); others become `generic`. */
const PURL_TYPES = {
    PyPI: 'pypi',
    npm: 'npm',
    Go: 'golang',
    'crates.io': 'cargo',
    RubyGems: 'gem',
    NuGet: 'nuget',
    Packagist: 'composer',
    Pub: 'pub',
    Hex: 'hex',
    Maven: 'maven'
};
/** Name as the model wants it: PEP 503 for PyPI, unchanged elsewhere. */
function packageName(ecosystem, name) {
    return ecosystem === 'PyPI' ? (0,_inventory_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(name) : name;
}
/** Package URL for a package in an OSV ecosystem. */
function purlOf(ecosystem, name, version) {
    const type = PURL_TYPES[ecosystem] ?? 'generic';
    let namespace;
    let local = packageName(ecosystem, name);
    if (type === 'maven' && local.includes(':'))
        [namespace, local] = local.split(':', 2);
    else if ((type === 'npm' || type === 'golang' || type === 'composer') && local.includes('/')) {
        const idx = local.lastIndexOf('/');
        namespace = local.slice(0, idx);
        local = local.slice(idx + 1);
    }
    try {
        return new packageurl_js__WEBPACK_IMPORTED_MODULE_1__.PackageURL(type, namespace, local, version || undefined).toString();
    }
    catch {
        return `pkg:generic/${encodeURIComponent(name)}${version ? `@${encodeURIComponent(version)}` : ''}`;
    }
}
/** Sorts versions PEP 440-wise when they parse, text-wise otherwise; removes duplicates. */
function sortVersions(versions) {
    const unique = [...new Set(versions)].filter(v => v !== '');
    return unique.sort((a, b) => {
        if (_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().valid(a) !== null && _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().valid(b) !== null)
            return _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().compare(a, b);
        return a.localeCompare(b);
    });
}
const sameVersion = (a, b) => {
    if (a === undefined)
        return false;
    if (a === b)
        return true;
    return _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().valid(a) !== null && _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().valid(b) !== null && _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().eq(a, b);
};
/**
 * The manifest line that pins `name==version`, preferring the file the tool scanned, then a
 * file of the same kind (a `-r` include of a requirements file), then the same directory,
 * then any. Without a match: the scanned file, line 1 (the model's "no known line").
 */
function locateDependency(components, name, version, scannedFile) {
    const wanted = (0,_inventory_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(name);
    const matches = components.filter(c => c.name === wanted && sameVersion(c.version, version));
    const rank = (c) => {
        if (scannedFile === undefined)
            return 3;
        if (c.file === scannedFile)
            return 0;
        if ((0,_inventory_index_js__WEBPACK_IMPORTED_MODULE_3__.manifestKind)(c.file) === (0,_inventory_index_js__WEBPACK_IMPORTED_MODULE_3__.manifestKind)(scannedFile))
            return 1;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(c.file) === node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(scannedFile))
            return 2;
        return 3;
    };
    const best = [...matches].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line)[0];
    if (best)
        return { location: { path: best.file, startLine: best.line }, component: best };
    return { location: { path: scannedFile ?? '.', startLine: 1 } };
}


/***/ }),

/***/ 30557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ runDependencyScanner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46528);


/** Runs a dependency scanner and turns every outcome into a ToolRun; never throws. */
async function runDependencyScanner(spec, ctx, detection) {
    const { tool } = spec;
    const started = performance.now();
    const redact = (text) => ctx.redactor.redact(text);
    const finish = (run) => ({
        tool,
        ...(detection.version ? { version: detection.version } : {}),
        status: run.status,
        ...(run.reason !== undefined ? { reason: redact(run.reason) } : {}),
        durationMs: Math.round(performance.now() - started),
        findings: run.findings,
        errors: run.errors.map(redact),
        ...(run.warnings?.length ? { warnings: run.warnings.map(redact) } : {}),
        ...(run.command ? { command: run.command } : {})
    });
    let plan;
    try {
        const planned = spec.plan(ctx, detection);
        if ('stop' in planned) {
            return finish({ status: planned.stop, reason: planned.reason, findings: [], errors: [] });
        }
        plan = planned;
        const warnings = plan.warnings ?? [];
        const errors = [...(plan.errors ?? [])];
        const findings = [];
        const seen = new Set();
        const failures = [];
        const labelled = (text, label) => label === undefined ? text : `${label}: ${text}`;
        const [program = tool, ...prefix] = detection.command;
        let command;
        for (const invocation of plan.invocations) {
            const remaining = ctx.timeoutMs - (performance.now() - started);
            if (remaining <= 0 || ctx.signal?.aborted) {
                return finish({
                    status: 'timed-out',
                    reason: `${tool} did not finish within ${Math.round(ctx.timeoutMs / 1000)}s (stopped before ${invocation.label ?? 'its next run'})`,
                    findings,
                    errors,
                    warnings,
                    ...(command ? { command } : {})
                });
            }
            const args = [...prefix, ...invocation.args];
            command = [program, ...args];
            const result = await ctx.exec(program, args, {
                cwd: ctx.workspace,
                timeoutMs: remaining,
                ...(invocation.input !== undefined ? { input: invocation.input } : {}),
                ...(ctx.signal ? { signal: ctx.signal } : {})
            });
            // Could not start, timed out, killed, cut off: the next file would fare no better.
            const failure = (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .processFailure */ .i)(tool, result, remaining, ctx.redactor);
            if (failure) {
                return finish({
                    status: failure.status,
                    reason: labelled(failure.reason ?? `${tool} failed`, invocation.label),
                    findings,
                    errors,
                    warnings,
                    command
                });
            }
            const read = plan.interpret(result, invocation);
            errors.push(...(read.errors ?? []).map(e => labelled(e, invocation.label)));
            if ('failure' in read) {
                failures.push(labelled(read.failure, invocation.label));
                continue;
            }
            for (const f of read.findings) {
                if (seen.has(f.fingerprint))
                    continue;
                seen.add(f.fingerprint);
                findings.push(f);
            }
        }
        const base = { findings, warnings, ...(command ? { command } : {}) };
        if (failures.length > 0) {
            return finish({
                ...base,
                status: 'failed',
                reason: failures[0],
                errors: [...failures.slice(1), ...errors]
            });
        }
        return finish({ ...base, status: 'ok', errors });
    }
    catch (error) {
        return finish({
            status: 'failed',
            reason: `${tool} adapter error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`,
            findings: [],
            errors: []
        });
    }
    finally {
        plan?.cleanup?.();
    }
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

/***/ 75889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SAFETY_DB_MAX_AGE_DAYS: () => (/* binding */ SAFETY_DB_MAX_AGE_DAYS),
/* harmony export */   extractJson: () => (/* binding */ extractJson),
/* harmony export */   parseSafetyOutput: () => (/* binding */ parseSafetyOutput),
/* harmony export */   parseSafetyVersion: () => (/* binding */ parseSafetyVersion),
/* harmony export */   prepareSafetyDb: () => (/* binding */ prepareSafetyDb),
/* harmony export */   safetyAdapter: () => (/* binding */ safetyAdapter),
/* harmony export */   safetyInputs: () => (/* binding */ safetyInputs),
/* harmony export */   safetyReportSchema: () => (/* binding */ safetyReportSchema)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(92857);
/* harmony import */ var _inventory_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90174);
/* harmony import */ var _inventory_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37344);
/* harmony import */ var _dependencies_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21726);
/* harmony import */ var _dependency_scanner_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30557);
/* harmony import */ var _output_schema_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(41172);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(95138);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(14092);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(46528);














/**
 * JSON inside Safety's stdout. 3.2.9+ prints a DEPRECATED banner before and after it, so take
 * the outermost `{…}` (Safety's own tests do the same).
 */
function extractJson(stdout) {
    const start = stdout.indexOf('{');
    const end = stdout.lastIndexOf('}');
    return start === -1 || end < start ? undefined : stdout.slice(start, end + 1);
}
const cvssSchema = zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
    vector_string: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().nullish(),
    base_score: zod__WEBPACK_IMPORTED_MODULE_12__/* .number */ .aig().nullish()
})
    .nullish();
/**
 * The part of Safety's `check --json` report runguard reads (2.x; 3.x JSON 1.1 has
 * `vulnerable_spec` as a list). `report_meta` is required: `{}` or a bare list is not a report.
 */
const safetyReportSchema = zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
    report_meta: zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
        packages_found: zod__WEBPACK_IMPORTED_MODULE_12__/* .number */ .aig().int().nonnegative().optional(),
        vulnerabilities_found: zod__WEBPACK_IMPORTED_MODULE_12__/* .number */ .aig().int().nonnegative().optional()
    }),
    vulnerabilities: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
        vulnerability_id: zod__WEBPACK_IMPORTED_MODULE_12__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_12__/* .number */ .aig()]),
        package_name: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().min(1),
        analyzed_version: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().nullish(),
        vulnerable_spec: zod__WEBPACK_IMPORTED_MODULE_12__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP())]).nullish(),
        all_vulnerable_specs: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP()).nullish(),
        advisory: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().nullish(),
        CVE: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().nullish(),
        severity: zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({ source: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().nullish(), cvssv2: cvssSchema, cvssv3: cvssSchema })
            .nullish(),
        fixed_versions: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP()).nullish(),
        closest_versions_without_known_vulnerabilities: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP()).nullish(),
        more_info_url: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().nullish()
    }))
});
const nonEmpty = (v) => v === null || v === undefined || v === '' ? undefined : v;
const list = (v) => (v ?? []).filter(s => s !== '');
/** `{cvssv3: {vector_string, base_score}, cvssv2: …}` → severity (v3 preferred), with its source. */
function safetySeverity(v) {
    const severity = v.severity;
    if (!severity)
        return { severity: 'unknown' };
    const source = nonEmpty(severity.source) ?? nonEmpty(v.CVE);
    for (const c of [severity.cvssv3, severity.cvssv2]) {
        if (!c)
            continue;
        const result = (0,_severity_js__WEBPACK_IMPORTED_MODULE_10__/* .severityFromCvss */ .HR)(nonEmpty(c.vector_string), c.base_score ?? undefined);
        if (result.severity !== 'unknown')
            return { ...result, ...(source ? { source } : {}) };
    }
    return { severity: 'unknown' };
}
/**
 * Fixed versions: Safety's own lists when it has them (online DB); offline it has none, so
 * the upper bounds (`<X`) of the vulnerable specs that contain the analyzed version.
 */
function fixedVersions(v, version) {
    const given = list(v.fixed_versions);
    if (given.length > 0)
        return (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_7__/* .sortVersions */ .M7)(given);
    const closest = list(v.closest_versions_without_known_vulnerabilities);
    if (closest.length > 0)
        return (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_7__/* .sortVersions */ .M7)(closest);
    const own = v.vulnerable_spec;
    const specs = [...list(v.all_vulnerable_specs), ...(Array.isArray(own) ? own : own ? [own] : [])];
    const bounds = [];
    for (const spec of specs) {
        if (_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().valid(version) === null)
            break;
        if (!specContains(spec, version))
            continue;
        const upper = /(?:^|,)\s*<\s*([^,=\s]+)/.exec(spec)?.[1];
        if (upper !== undefined && _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().valid(upper) !== null)
            bounds.push(upper);
    }
    return (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_7__/* .sortVersions */ .M7)(bounds);
}
/** PEP 440 containment that treats an unparsable spec as not containing (pep440 throws). */
function specContains(spec, version) {
    try {
        return _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default().satisfies(version, spec, { prereleases: true });
    }
    catch {
        return false;
    }
}
function firstSentence(text, max = 120) {
    const one = text.split(/(?<=\.)\s|\n/)[0]?.trim() ?? text;
    return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}
/** A more-info URL with a path; the bare domain a corrected public DB yields says nothing. */
function usefulUrl(url) {
    if (url === undefined)
        return undefined;
    try {
        return new URL(url).pathname.replace(/\/+$/, '') === '' ? undefined : url;
    }
    catch {
        return undefined;
    }
}
/**
 * Parses Safety 2.x `check --json` (and 3.x `check` JSON 1.1, where `vulnerable_spec` is a
 * list) into findings located at the manifest line that pins each package. Throws
 * ToolOutputError when stdout holds no Safety report.
 */
function parseSafetyOutput(stdout, ctx) {
    const text = extractJson(stdout);
    if (text === undefined)
        throw new _output_schema_js__WEBPACK_IMPORTED_MODULE_13__/* .ToolOutputError */ ._G('safety printed no JSON report');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new _output_schema_js__WEBPACK_IMPORTED_MODULE_13__/* .ToolOutputError */ ._G(`safety output is not valid JSON: ${e.message}`);
    }
    const report = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_13__/* .checkToolOutput */ .A9)(safetyReportSchema, doc, 'not a Safety JSON report');
    const findings = [];
    const seen = new Set();
    for (const v of report.vulnerabilities) {
        const id = String(v.vulnerability_id);
        const name = (0,_inventory_names_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeName */ .Pc)(v.package_name);
        const version = nonEmpty(v.analyzed_version) ?? '';
        const cve = nonEmpty(v.CVE);
        const aliases = cve !== undefined && cve !== id ? [cve] : [];
        const url = usefulUrl(nonEmpty(v.more_info_url));
        const sev = safetySeverity(v);
        const fixed = fixedVersions(v, version);
        const own = v.vulnerable_spec;
        const spec = Array.isArray(own) ? own.join(' || ') : (own ?? '');
        const advisoryText = nonEmpty(v.advisory) ?? `Safety advisory ${id}`;
        const { location } = (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_7__/* .locateDependency */ .u$)(ctx.components, name, version, ctx.file);
        const fingerprint = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_9__/* .fingerprintOf */ .a)(['safety', id, name, location.path]);
        if (seen.has(`${fingerprint}\0${version}`))
            continue;
        seen.add(`${fingerprint}\0${version}`);
        const source = sev.score !== undefined ? (sev.source ?? `Safety advisory ${id}`) : undefined;
        findings.push({
            tool: 'safety',
            ruleId: id,
            title: firstSentence(advisoryText),
            message: `${name} ${version} matches ${cve ?? `Safety advisory ${id}`}${spec ? ` (vulnerable: ${spec})` : ''}: ${advisoryText}` +
                (fixed.length ? ` Fixed in ${fixed.join(', ')}.` : ''),
            severity: sev.severity,
            ...(source !== undefined
                ? { severitySource: (0,_severity_js__WEBPACK_IMPORTED_MODULE_10__/* .describeCvssSource */ ._n)(sev, `${source} in the Safety database`) }
                : {}),
            cwe: [],
            location,
            package: {
                ecosystem: 'PyPI',
                name,
                version,
                purl: (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_7__/* .purlOf */ .VA)('PyPI', name, version || undefined),
                fixedVersions: fixed
            },
            advisory: {
                id,
                aliases,
                ...(url !== undefined ? { url } : {}),
                ...(sev.vector !== undefined ? { cvssVector: sev.vector } : {}),
                ...(sev.score !== undefined ? { cvssScore: sev.score } : {}),
                ...(source !== undefined ? { cvssSource: source } : {})
            },
            ...(url !== undefined ? { helpUri: url } : {}),
            fingerprint
        });
    }
    return findings;
}
/** Version from `safety --version` ("safety, version 2.3.5"). */
function parseSafetyVersion(text) {
    return /version\s+v?(\d+\.\d+(?:\.\d+)?\S*)/i.exec(text)?.[1];
}
const SUPPORTED = '>=2.0.0 <4';
/** Safety's documented exit codes (safety/constants.py). */
const EXIT_OK = 0;
const EXIT_VULNERABLE = 64;
const EXIT_REASONS = {
    65: 'invalid API key',
    66: 'too many requests to the Safety API',
    67: 'local vulnerability database not found',
    68: 'unable to fetch the vulnerability database',
    69: 'malformed vulnerability database (safety 2.4+/3.x need the schema 2.0.0 format, 2.3.5 the flat one)',
    2: 'usage error'
};
/** Drops Safety's per-line "unpinned requirement" warnings (the inventory reports those). */
function withoutNoise(stderr) {
    return stderr
        .split(/\r?\n/)
        .filter(l => !/^Warning: unpinned requirement/.test(l.trim()))
        .join('\n');
}
/**
 * Requirements-style files from the inventory get one `-r` run each (Safety follows their
 * `-r` includes itself). Pinned entries of lockfiles (poetry.lock, uv.lock, Pipfile.lock),
 * which Safety 2.x cannot read, are fed as `name==version` lines on stdin.
 */
function safetyInputs(components, installed) {
    const files = [
        ...new Set(components.filter(c => (0,_inventory_index_js__WEBPACK_IMPORTED_MODULE_5__.manifestKind)(c.file) === 'requirements').map(c => c.file))
    ].sort();
    const inputs = files.map(file => ({ file, label: file }));
    const pins = [
        ...new Set(components
            .filter(c => c.version !== undefined &&
            (0,_inventory_index_js__WEBPACK_IMPORTED_MODULE_5__.manifestKind)(c.file) !== 'requirements' &&
            (0,_inventory_index_js__WEBPACK_IMPORTED_MODULE_5__.manifestKind)(c.file) !== 'pyproject')
            .map(c => `${c.name}==${c.version}`))
    ].sort();
    if (pins.length > 0)
        inputs.push({ stdin: `${pins.join('\n')}\n`, label: 'lockfile pins' });
    if (installed !== undefined)
        inputs.push({ file: installed.requirementsFile, label: 'installed environment', installed });
    return inputs;
}
/** A database older than this is warned about: advisories published since are missing. */
const SAFETY_DB_MAX_AGE_DAYS = 90;
const DAY_MS = 86_400_000;
/** What Safety's own hosted DB has in `$meta.base_domain` (it prefixes `more_info_path`). */
const PYUP_BASE_DOMAIN = 'https://pyup.io';
const flatMetaSchema = zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
    $meta: zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({ base_domain: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional(), timestamp: zod__WEBPACK_IMPORTED_MODULE_12__/* .number */ .aig().optional() })
});
const isFile = (file) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isFile();
    }
    catch {
        return false;
    }
};
/**
 * Looks at a Safety 2.x offline DB and returns what to pass as `--db`, or a stop with the
 * reason. Layouts: the flat DB itself (`insecure.json` + `insecure_full.json`); a directory
 * holding the public `safety-db` package (`pip install --target DIR safety-db`, or a
 * site-packages: `DIR/safety_db/`). The public package's `$meta` has no `base_domain`, on which
 * safety 2.3.5 `--json` crashes at the first vulnerability ("Invalid URL 'None'"), so Safety
 * runs on a copy in a temporary directory with `base_domain` added. A schema-2.0.0 DB (Safety
 * 3.x's format), which 2.x silently reads as empty, is refused.
 */
function prepareSafetyDb(given, resolved, now = new Date()) {
    const dir = [resolved, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(resolved, 'safety_db')].find(d => isFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(d, 'insecure.json')));
    if (dir === undefined) {
        return {
            stop: 'failed',
            reason: `safety database ${given} has no insecure.json (Safety 2.x flat DB format expected: the safety-db package's data directory)`
        };
    }
    const fullFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'insecure_full.json');
    let full;
    try {
        full = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(fullFile, 'utf8'));
    }
    catch (e) {
        return {
            stop: 'failed',
            reason: `safety database ${given}: insecure_full.json cannot be read (${e.message})`
        };
    }
    const record = full;
    if (typeof record?.meta?.schema_version === 'string') {
        return {
            stop: 'failed',
            reason: `safety database ${given} is in the schema ${record.meta.schema_version} format, which safety 2.x reads as empty; use the flat format (the safety-db package)`
        };
    }
    const meta = flatMetaSchema.safeParse(full);
    if (!meta.success) {
        return {
            stop: 'failed',
            reason: `safety database ${given}: insecure_full.json has no "$meta" object (not a Safety 2.x flat DB)`
        };
    }
    const warnings = [];
    const timestamp = meta.data.$meta.timestamp;
    if (timestamp !== undefined) {
        const days = Math.floor((now.getTime() - timestamp * 1000) / DAY_MS);
        if (days > SAFETY_DB_MAX_AGE_DAYS) {
            const when = new Date(timestamp * 1000).toISOString().slice(0, 10);
            warnings.push(`safety database ${given} is ${days} days old (built ${when}); advisories published since are missing: update it (docs/offline.md)`);
        }
    }
    else {
        warnings.push(`safety database ${given} has no timestamp; its age is unknown`);
    }
    if (meta.data.$meta.base_domain !== undefined)
        return { dir, warnings };
    // The public package: correct a copy, never the user's files.
    const copy = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'runguard-safety-db-'));
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'insecure.json'), node_path__WEBPACK_IMPORTED_MODULE_3___default().join(copy, 'insecure.json'));
        const fixed = full;
        fixed.$meta = { ...fixed.$meta, base_domain: PYUP_BASE_DOMAIN };
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(copy, 'insecure_full.json'), JSON.stringify(fixed));
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(copy, { recursive: true, force: true });
        throw e;
    }
    return { dir: copy, cleanup: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(copy, { recursive: true, force: true }), warnings };
}
/** Reads one `safety check` run: exit codes, then the report. */
function interpretSafety(res, input, components, redactor) {
    if (res.exitCode !== EXIT_OK && res.exitCode !== EXIT_VULNERABLE) {
        const known = res.exitCode !== null ? EXIT_REASONS[res.exitCode] : undefined;
        return {
            failure: `safety exited with code ${res.exitCode}${known ? ` (${known})` : ''}: ${(0,_support_js__WEBPACK_IMPORTED_MODULE_11__/* .stderrTail */ .be)(withoutNoise(res.stderr), redactor, 3, ' | ') || (0,_support_js__WEBPACK_IMPORTED_MODULE_11__/* .stderrTail */ .be)(res.stdout, redactor, 3, ' | ') || 'no output'}`
        };
    }
    let parsed;
    try {
        parsed = parseSafetyOutput(res.stdout, {
            components,
            ...(input.file !== undefined && !input.installed ? { file: input.file } : {})
        });
    }
    catch (e) {
        return { failure: `${e.message} (exit ${res.exitCode})` };
    }
    if (res.exitCode === EXIT_VULNERABLE && parsed.length === 0)
        return { failure: 'safety exited 64 (vulnerabilities found) but its output listed none' };
    if (input.installed) {
        // Each finding points where the package is brought in (fingerprints follow the place, so a
        // package also pinned in a manifest gives the same finding as the manifest's run).
        const { locate } = input.installed;
        return {
            findings: parsed.map(f => {
                const at = f.package ? locate(f.package.name, f.package.version) : undefined;
                if (at === undefined)
                    return f;
                const fingerprint = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_9__/* .fingerprintOf */ .a)(['safety', f.ruleId, f.package?.name ?? '', at.path]);
                return { ...f, location: at, fingerprint };
            }),
            errors: []
        };
    }
    if (input.stdin === undefined)
        return { findings: parsed, errors: [] };
    // stdin has no file: report each vulnerable pin at every lockfile line that pins it.
    const findings = [];
    for (const f of parsed) {
        for (const c of components) {
            if (c.name !== f.package?.name || c.version !== f.package.version)
                continue;
            if ((0,_inventory_index_js__WEBPACK_IMPORTED_MODULE_5__.manifestKind)(c.file) === 'requirements' || (0,_inventory_index_js__WEBPACK_IMPORTED_MODULE_5__.manifestKind)(c.file) === 'pyproject')
                continue;
            const fingerprint = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_9__/* .fingerprintOf */ .a)(['safety', f.ruleId, c.name, c.file]);
            findings.push({ ...f, location: { path: c.file, startLine: c.line }, fingerprint });
        }
    }
    return { findings, errors: [] };
}
/** The Safety plan, with the installed environment's pins when they were read. */
const safetySpec = (installed) => ({
    tool: 'safety',
    plan(ctx, detection) {
        const major = semver__WEBPACK_IMPORTED_MODULE_4___default().coerce(detection.version ?? '')?.major ?? 2;
        const errors = [];
        // 3.x scans only against Safety's platform (login or API key); its `check --db` needs a
        // DB format nobody publishes. Without a key there is nothing honest to run.
        if (major >= 3 && !ctx.env.SAFETY_API_KEY) {
            return {
                stop: 'skipped',
                reason: `safety ${detection.version ?? '3.x'} needs SAFETY_API_KEY; install safety==2.3.5 for offline scans with a local --db`
            };
        }
        const inputs = safetyInputs(ctx.components, installed);
        if (inputs.length === 0)
            return { stop: 'skipped', reason: 'no pinned Python requirements to check' };
        let db;
        if (ctx.settings.safetyDb !== undefined) {
            if (major >= 3)
                errors.push('safetyDb is ignored by safety 3.x (it uses the API with SAFETY_API_KEY)');
            else {
                const view = prepareSafetyDb(ctx.settings.safetyDb, node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(ctx.workspace, ctx.settings.safetyDb));
                if ('stop' in view)
                    return view;
                db = view;
            }
        }
        const invocations = inputs.map(input => ({
            args: [
                'check',
                ...(input.file !== undefined ? ['-r', input.file] : ['--stdin']),
                '--json',
                ...(db !== undefined ? ['--db', db.dir] : [])
            ],
            ...(input.stdin !== undefined ? { input: input.stdin } : {}),
            label: input.label
        }));
        const byLabel = new Map(inputs.map(i => [i.label, i]));
        return {
            invocations,
            errors,
            warnings: db?.warnings ?? [],
            ...(db?.cleanup ? { cleanup: db.cleanup } : {}),
            interpret: (result, invocation) => interpretSafety(result, byLabel.get(invocation.label ?? ''), ctx.components, ctx.redactor)
        };
    }
});
const safetyAdapter = {
    name: 'safety',
    supportedVersions: SUPPORTED,
    installHint: 'pip install "safety==2.3.5"',
    detect(ctx) {
        return (0,_support_js__WEBPACK_IMPORTED_MODULE_11__/* .detectTool */ .qU)(ctx, {
            tool: 'safety',
            command: ['safety'],
            versionArgs: ['--version'],
            supportedVersions: SUPPORTED,
            parse: parseSafetyVersion
        });
    },
    async scan(ctx, detection) {
        return (0,_dependency_scanner_js__WEBPACK_IMPORTED_MODULE_8__/* .runDependencyScanner */ .r)(safetySpec(await ctx.installed), ctx, detection);
    }
};


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

/***/ 14092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ severityFromCvss),
/* harmony export */   _n: () => (/* binding */ describeCvssSource),
/* harmony export */   jK: () => (/* binding */ cvssBaseScore),
/* harmony export */   k3: () => (/* binding */ severityFromLabel)
/* harmony export */ });
/* unused harmony exports resolveFromVector, cvssVersion */
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44353);
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _severity_score_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12755);



/**
 * `fromVector` whichever way the module system hands it over. The package is a UMD bundle that
 * sets `__esModule`: Node's ESM loader exposes its exports only as `default`, while the
 * bundler (ncc/webpack) trusts `__esModule`, exposes them as named exports and leaves
 * `default` undefined — a default import scored nothing in dist/ (tested in __tests__/dist/).
 */
function resolveFromVector(mod) {
    const candidates = [mod, mod?.default];
    for (const c of candidates) {
        const fn = c?.fromVector;
        if (typeof fn === 'function')
            return fn;
    }
    return undefined;
}
const fromVector = resolveFromVector(ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__);
/** `3.1` for `CVSS:3.1/…`; a vector without a prefix is CVSS 2.0. */
function cvssVersion(vector) {
    return /^CVSS:(\d+\.\d+)\//.exec(vector.trim())?.[1] ?? '2.0';
}
/**
 * One phrase saying where a CVSS-based severity came from, for Finding.severitySource:
 * "CVSS 3.1 score 8.6 from the vector of GHSA-…" or "CVSS score 7.5 given by …".
 */
function describeCvssSource(cvss, source) {
    const score = cvss.score === undefined ? '' : ` ${cvss.score.toFixed(1)}`;
    return cvss.vector !== undefined
        ? `CVSS ${cvssVersion(cvss.vector)} score${score} from the vector of ${source}`
        : `CVSS score${score} given by ${source}`;
}
/**
 * Base score of a CVSS 2.0/3.0/3.1/4.0 vector, or undefined when it does not parse or lacks a
 * base metric (the library then returns no `base`).
 */
function cvssBaseScore(vector) {
    const trimmed = vector.trim();
    if (trimmed === '')
        return undefined;
    // A build that lost the calculator must fail loudly (the adapter then fails closed), never
    // turn every advisory into `unknown` again.
    if (fromVector === undefined)
        throw new Error('the CVSS calculator did not load (fromVector)');
    try {
        const parsed = fromVector(trimmed);
        const base = parsed?.calculateScores().base;
        return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Severity from a CVSS vector (preferred: the score is computed, never trusted from the tool)
 * or, when there is no usable vector, from a score the tool gave. Neither → `unknown`.
 */
function severityFromCvss(vector, score) {
    if (vector !== undefined) {
        const base = cvssBaseScore(vector);
        if (base !== undefined)
            return { severity: (0,_severity_score_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromScore */ .q)(base), score: base, vector };
    }
    if (score !== undefined && Number.isFinite(score) && score >= 0 && score <= 10) {
        return { severity: (0,_severity_score_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromScore */ .q)(score), score };
    }
    return { severity: 'unknown' };
}
/**
 * Qualitative labels some databases give instead of a vector (GHSA `database_specific.severity`:
 * LOW / MODERATE / HIGH / CRITICAL; Safety `base_severity`).
 */
function severityFromLabel(label) {
    switch (label?.trim().toUpperCase()) {
        case 'CRITICAL':
            return 'critical';
        case 'HIGH':
            return 'high';
        case 'MODERATE':
        case 'MEDIUM':
            return 'medium';
        case 'LOW':
            return 'low';
        case 'NONE':
        case 'INFO':
            return 'info';
        default:
            return 'unknown';
    }
}


/***/ })

};

export const id = 3154;
export const ids = [3154,7344];
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
        const setupErrors = plan.errors ?? [];
        const labelled = (text, label) => label === undefined || label === '' ? text : `${label}: ${text}`;
        const order = plan.order ?? plan.invocations.map(i => i.label ?? '');
        const reads = new Map();
        // The readings so far, merged in input order: findings deduplicated by fingerprint (the
        // first kept), failures and errors labelled with their input.
        const merged = () => {
            const findings = [];
            const errors = [...setupErrors];
            const failures = [];
            const seen = new Set();
            for (const label of order) {
                const read = reads.get(label);
                if (read === undefined)
                    continue;
                errors.push(...(read.errors ?? []).map(e => labelled(e, label)));
                if ('failure' in read) {
                    failures.push(labelled(read.failure, label));
                    continue;
                }
                for (const f of read.findings) {
                    if (seen.has(f.fingerprint))
                        continue;
                    seen.add(f.fingerprint);
                    findings.push(f);
                }
            }
            return { findings, errors, failures };
        };
        const [program = tool, ...prefix] = detection.command;
        let command;
        const queue = [...plan.invocations];
        for (let invocation = queue.shift(); invocation; invocation = queue.shift()) {
            const remaining = ctx.timeoutMs - (performance.now() - started);
            if (remaining <= 0 || ctx.signal?.aborted) {
                const { findings, errors } = merged();
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
                const { findings, errors } = merged();
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
            if ('rerun' in read) {
                ctx.logger.debug(`${tool}: ${read.why}; running ${read.rerun.map(r => r.label ?? '?').join(', ')} one by one`);
                queue.push(...read.rerun);
                continue;
            }
            if ('parts' in read)
                for (const part of read.parts)
                    reads.set(part.label, part.read);
            else
                reads.set(invocation.label ?? '', read);
        }
        const { findings, errors, failures } = merged();
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

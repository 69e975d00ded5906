export const id = 3393;
export const ids = [3393,7344];
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

/***/ 93393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCKFILE_PINS_NAME: () => (/* binding */ LOCKFILE_PINS_NAME),
  SAFETY_DB_MAX_AGE_DAYS: () => (/* binding */ SAFETY_DB_MAX_AGE_DAYS),
  SAFETY_POLICY: () => (/* binding */ SAFETY_POLICY),
  extractJson: () => (/* binding */ extractJson),
  parseSafetyOutput: () => (/* binding */ parseSafetyOutput),
  parseSafetyVersion: () => (/* binding */ parseSafetyVersion),
  planSafetyBatch: () => (/* binding */ planSafetyBatch),
  prepareSafetyDb: () => (/* binding */ prepareSafetyDb),
  safetyAdapter: () => (/* binding */ safetyAdapter),
  safetyInputs: () => (/* binding */ safetyInputs),
  safetyReportSchema: () => (/* binding */ safetyReportSchema)
});

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
var pep440_default = /*#__PURE__*/__webpack_require__.n(pep440);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/inventory/index.ts + 3 modules
var inventory = __webpack_require__(90174);
// EXTERNAL MODULE: ./src/inventory/names.ts
var names = __webpack_require__(37344);
// EXTERNAL MODULE: ./src/scanners/dependencies.ts
var dependencies = __webpack_require__(21726);
// EXTERNAL MODULE: ./src/scanners/dependency-scanner.ts
var dependency_scanner = __webpack_require__(30557);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
;// CONCATENATED MODULE: ./src/scanners/safety-batch.ts




/** The key a report entry and a pin share. */
const pinKey = (name, version) => `${(0,names/* normalizeName */.Pc)(name)}\u0000${version}`;
/** packaging 21.3 Specifier: the version after `==` (wildcard or local allowed), case-insensitive. */
const EQ_VERSION = new RegExp('^v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*' +
    '(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?' +
    '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?' +
    '(?:(?:[-_.]?dev[-_.]?[0-9]*)?(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?|\\.\\*)?$', 'i');
/** pyparsing IDENTIFIER in packaging 21.3's PEP 508 grammar (names and extras). */
const IDENT = '[A-Za-z0-9]+(?:[-_.]*[A-Za-z0-9]+)*';
/** Name, extras, then the rest of the requirement. */
const HEAD = new RegExp(`^(${IDENT})[ \\t]*(\\[[ \\t]*(?:${IDENT}(?:[ \\t]*,[ \\t]*${IDENT})*)?[ \\t]*\\])?[ \\t]*(.*)$`);
/** `==` and its version token (legacy specifiers take everything up to , ; ) or a space). */
const EQ_SPEC = /^(\(?)[ \t]*==[ \t]*([^,;\s)]+)[ \t]*(\)?)[ \t]*(.*)$/;
/** dparse's HASH_REGEX (ASCII text only here, where Python's \w and JS's agree). */
const HASH = /--hash[=| ]\w+:\w+/g;
/** packaging 21.3 marker variables (pyparsing literals). */
const MARKER_VARIABLES = new Set([
    'implementation_version',
    'platform_python_implementation',
    'implementation_name',
    'python_full_version',
    'platform_release',
    'platform_version',
    'platform_machine',
    'platform_system',
    'python_version',
    'sys_platform',
    'os_name',
    'os.name',
    'sys.platform',
    'platform.version',
    'platform.machine',
    'platform.python_implementation',
    'python_implementation',
    'extra'
]);
const MARKER_TOKEN = /[ \t]*(?:('[^']*'|"[^"]*")|(not in)|(===|==|>=|<=|!=|~=|>|<)|([()])|([A-Za-z0-9_.]+))/y;
/**
 * True when packaging 21.3 surely accepts `text` as a marker (a stricter grammar than
 * packaging's: what it rejects may still be valid, which only costs a separate run).
 */
function isPlainMarker(text) {
    const tokens = [];
    MARKER_TOKEN.lastIndex = 0;
    let at = 0;
    while (at < text.length) {
        if (/^[ \t]*$/.test(text.slice(at)))
            break;
        MARKER_TOKEN.lastIndex = at;
        const m = MARKER_TOKEN.exec(text);
        if (!m)
            return false;
        at = MARKER_TOKEN.lastIndex;
        if (m[1] !== undefined)
            tokens.push({ kind: 'value', text: m[1] });
        else if (m[2] !== undefined || m[3] !== undefined)
            tokens.push({ kind: 'op', text: m[2] ?? m[3] ?? '' });
        else if (m[4] !== undefined)
            tokens.push({ kind: 'paren', text: m[4] });
        else {
            const word = m[5] ?? '';
            if (word === 'and' || word === 'or')
                tokens.push({ kind: 'bool', text: word });
            else if (word === 'in')
                tokens.push({ kind: 'op', text: word });
            else if (MARKER_VARIABLES.has(word))
                tokens.push({ kind: 'value', text: word });
            else
                return false;
        }
    }
    let i = 0;
    const expr = () => {
        if (!atom())
            return false;
        while (tokens[i]?.kind === 'bool') {
            i++;
            if (!atom())
                return false;
        }
        return true;
    };
    const atom = () => {
        if (tokens[i]?.kind === 'paren' && tokens[i]?.text === '(') {
            i++;
            if (!expr())
                return false;
            if (!(tokens[i]?.kind === 'paren' && tokens[i]?.text === ')'))
                return false;
            i++;
            return true;
        }
        if (tokens[i]?.kind !== 'value' || tokens[i + 1]?.kind !== 'op')
            return false;
        if (tokens[i + 2]?.kind !== 'value')
            return false;
        i += 3;
        return true;
    };
    return tokens.length > 0 && expr() && i === tokens.length;
}
/**
 * One requirement line after dparse's joins and hash removal, read as packaging 21.3 and
 * Safety would: a pin only for a single `==` specifier.
 */
function readRequirementLine(parseable) {
    let text = parseable.replace(/\t#/g, '\t #').trim();
    // setuptools' yield_lines: an empty or comment line yields no requirement.
    if (text === '' || text.startsWith('#'))
        return { nothing: true };
    const comment = text.indexOf(' #');
    if (comment !== -1)
        text = text.slice(0, comment);
    // Only an `==` specifier pins (Safety takes the first specifier and keeps it only if `==`).
    if (!text.includes('=='))
        return { nothing: true };
    // PEP 508 starts with the name: anything else (an option, a template tag) is refused.
    if (!/^[A-Za-z0-9]/.test(text))
        return { nothing: true };
    const head = HEAD.exec(text);
    if (!head)
        return { uncertain: `cannot read requirement ${text}` };
    const [, name = '', , rest = ''] = head;
    // A URL requirement has no specifier, and `===` alone is not `==`: never a pin.
    if (rest.startsWith('@'))
        return { nothing: true };
    if (/^\(?[ \t]*===/.test(rest) && !(rest.split(';')[0] ?? '').includes(','))
        return { nothing: true };
    const spec = EQ_SPEC.exec(rest);
    if (!spec)
        return { uncertain: `not a single == pin: ${text}` };
    const [, open = '', version = '', close = '', after = ''] = spec;
    if (open !== close.replace(')', '('))
        return { uncertain: `unbalanced parenthesis: ${text}` };
    if (!EQ_VERSION.test(version))
        return { uncertain: `version ${version} is not PEP 440` };
    if (after !== '') {
        if (!after.startsWith(';') || !isPlainMarker(after.slice(1)))
            return { uncertain: `cannot read the marker of ${text}` };
    }
    return { pin: { name: (0,names/* normalizeName */.Pc)(name), version } };
}
/**
 * Python's `str(PurePath(dir).joinpath(target))`: `.` and empty segments go, `..` stays (the
 * system resolves it after any symbolic link, so only the reader may judge it).
 */
function pureJoin(dir, target) {
    const joined = target.startsWith('/') || dir === '.' ? target : `${dir}/${target}`;
    const segments = joined.split('/').filter((seg, i) => seg !== '.' && (seg !== '' || i === 0));
    const out = segments.join('/');
    return out === '' ? '.' : out;
}
/** The text must be plain ASCII: other encodings and line breaks depend on Python's locale. */
const PLAIN_TEXT = /^[\t\n\r\x20-\x7e]*$/;
/**
 * What Safety reads from one requirements file, given as `file` on its command line (relative
 * to the workspace, or absolute), following `-r` includes the way dparse does: relative to
 * the including file, appended after the file's own pins, recursively.
 */
function modelSafetyRead(text, file, readInclude, chain = []) {
    if (!file.endsWith('.txt') && !file.endsWith('.in'))
        return { certain: false, why: `${file} is not read as a requirements file` };
    if (!PLAIN_TEXT.test(text))
        return { certain: false, why: `${file} is not plain ASCII` };
    if (chain.length > 20 || chain.includes(file))
        return { certain: false, why: `${file} includes itself` };
    // Python reads text with universal newlines, then dparse splits with str.splitlines().
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const own = [];
    const included = [];
    for (let num = 0; num < lines.length; num++) {
        const line = (lines[num] ?? '').replace(/[ \t]+$/, '');
        if (line === '' || line.startsWith('#'))
            continue;
        if (/^(?:-i|--index-url|--extra-index-url)/.test(line))
            continue;
        if (line.startsWith('-r') || line.startsWith('--requirement')) {
            let target = line.replaceAll('-r ', '').replaceAll('--requirement ', '');
            if (target.includes(' #'))
                target = (target.split('#')[0] ?? '').trim();
            const joined = pureJoin(external_node_path_default().posix.dirname(file), target);
            const got = readInclude(joined);
            if ('missing' in got)
                continue;
            if ('uncertain' in got)
                return { certain: false, why: got.uncertain };
            const sub = modelSafetyRead(got.text, joined, readInclude, [...chain, file]);
            if (!sub.certain)
                return sub;
            included.push(...sub.pins);
            continue;
        }
        if (/^(?:-f|--find-links|--no-index|--allow-external|--allow-unverified|-Z|--always-unzip)/.test(line))
            continue;
        let parseable = line;
        if (line.includes('\\')) {
            parseable = line.replaceAll('\\', '');
            for (let next = num + 1; next < lines.length; next++) {
                const nextLine = lines[next] ?? '';
                parseable += nextLine.trim().replaceAll('\\', '');
                if (!nextLine.includes('\\'))
                    break;
            }
        }
        if (parseable.includes('--hash'))
            parseable = parseable.replace(HASH, '').trim();
        const read = readRequirementLine(parseable);
        if ('uncertain' in read)
            return { certain: false, why: `${file}: ${read.uncertain}` };
        if ('pin' in read)
            own.push(read.pin);
    }
    return { certain: true, pins: [...own, ...included] };
}
/** Larger files are not modelled (they keep a run of their own). */
const MAX_MODELLED_BYTES = 1024 * 1024;
/**
 * Reads a file Safety would open, for the model: inside the workspace only (what a pull request
 * points elsewhere is never read by runguard), a regular file, small. `file` is as dparse joins
 * it: relative to the workspace, or absolute.
 */
function workspaceIncludeReader(workspace) {
    return file => {
        if (external_node_path_default().isAbsolute(file) || file.split('/').includes('..'))
            return { uncertain: `${file} may lie outside the workspace` };
        const abs = external_node_path_default().join(workspace, file);
        try {
            (0,external_node_fs_.lstatSync)(abs);
        }
        catch (e) {
            // os.path.exists is false: dparse skips the include.
            const code = e.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return { missing: true };
            return { uncertain: `${file} cannot be read` };
        }
        try {
            const real = (0,external_node_fs_.realpathSync)(abs);
            if ((0,paths/* toRepoPath */.x)((0,external_node_fs_.realpathSync)(workspace), real) === undefined)
                return { uncertain: `${file} points outside the workspace` };
            const st = (0,external_node_fs_.statSync)(real);
            if (!st.isFile() || st.size > MAX_MODELLED_BYTES)
                return { uncertain: `${file} is not a small regular file` };
            return { text: (0,external_node_fs_.readFileSync)(real, 'latin1') };
        }
        catch {
            return { uncertain: `${file} cannot be read` };
        }
    };
}
/**
 * Splits the `vulnerabilities` of one Safety report over the inputs it covered, or says why
 * the report does not match the model. Each entry's key is its package and analyzed version;
 * a pin read n times has n identical blocks.
 */
function splitSafetyVulnerabilities(vulnerabilities, parts) {
    const keyOf = (v) => {
        const entry = v;
        if (typeof entry?.package_name !== 'string' || typeof entry.analyzed_version !== 'string')
            return undefined;
        return pinKey(entry.package_name, entry.analyzed_version);
    };
    const count = new Map();
    for (const v of vulnerabilities) {
        const key = keyOf(v);
        if (key === undefined)
            return { mismatch: 'an entry has no package name or version' };
        count.set(key, (count.get(key) ?? 0) + 1);
    }
    const reads = new Map();
    for (const part of parts)
        for (const p of part.pins) {
            const key = pinKey(p.name, p.version);
            reads.set(key, (reads.get(key) ?? 0) + 1);
        }
    const blockSize = new Map();
    for (const [key, n] of count) {
        const times = reads.get(key) ?? 0;
        if (times === 0 || n % times !== 0)
            return { mismatch: `${key.replace('\u0000', ' ')} is not where the model puts it` };
        blockSize.set(key, n / times);
    }
    const firstBlock = new Map();
    const segments = [];
    let at = 0;
    for (const part of parts) {
        const segment = [];
        for (const p of part.pins) {
            const key = pinKey(p.name, p.version);
            const size = blockSize.get(key) ?? 0;
            if (size === 0)
                continue;
            const block = vulnerabilities.slice(at, at + size);
            if (block.length !== size || block.some(v => keyOf(v) !== key))
                return { mismatch: `the report's order differs from the model's at entry ${at}` };
            const text = JSON.stringify(block);
            const seen = firstBlock.get(key);
            if (seen === undefined)
                firstBlock.set(key, text);
            else if (seen !== text)
                return { mismatch: `${p.name} ${p.version} has different advisories in two places` };
            segment.push(...block);
            at += size;
        }
        segments.push(segment);
    }
    if (at !== vulnerabilities.length)
        return { mismatch: 'the report has entries the model lacks' };
    return { segments };
}

// EXTERNAL MODULE: ./src/scanners/output-schema.ts
var output_schema = __webpack_require__(41172);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/util/private-dir.ts
var private_dir = __webpack_require__(69233);
// EXTERNAL MODULE: ./src/scanners/severity.ts
var scanners_severity = __webpack_require__(14092);
// EXTERNAL MODULE: ./src/scanners/support.ts
var support = __webpack_require__(46528);
;// CONCATENATED MODULE: ./src/scanners/safety.ts
















/**
 * JSON inside Safety's stdout. 3.2.9+ prints a DEPRECATED banner before and after it, so take
 * the outermost `{…}` (Safety's own tests do the same).
 */
function extractJson(stdout) {
    const start = stdout.indexOf('{');
    const end = stdout.lastIndexOf('}');
    return start === -1 || end < start ? undefined : stdout.slice(start, end + 1);
}
const cvssSchema = schemas/* object */.Ikc({
    vector_string: schemas/* string */.YjP().nullish(),
    base_score: schemas/* number */.aig().nullish()
})
    .nullish();
/**
 * The part of Safety's `check --json` report runguard reads (2.x; 3.x JSON 1.1 has
 * `vulnerable_spec` as a list). `report_meta` is required: `{}` or a bare list is not a report.
 */
const safetyReportSchema = schemas/* object */.Ikc({
    report_meta: schemas/* object */.Ikc({
        packages_found: schemas/* number */.aig().int().nonnegative().optional(),
        vulnerabilities_found: schemas/* number */.aig().int().nonnegative().optional()
    }),
    vulnerabilities: schemas/* array */.YOg(schemas/* object */.Ikc({
        vulnerability_id: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* number */.aig()]),
        package_name: schemas/* string */.YjP().min(1),
        analyzed_version: schemas/* string */.YjP().nullish(),
        vulnerable_spec: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]).nullish(),
        all_vulnerable_specs: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
        advisory: schemas/* string */.YjP().nullish(),
        CVE: schemas/* string */.YjP().nullish(),
        severity: schemas/* object */.Ikc({ source: schemas/* string */.YjP().nullish(), cvssv2: cvssSchema, cvssv3: cvssSchema })
            .nullish(),
        fixed_versions: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
        closest_versions_without_known_vulnerabilities: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
        more_info_url: schemas/* string */.YjP().nullish()
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
        const result = (0,scanners_severity/* severityFromCvss */.HR)(nonEmpty(c.vector_string), c.base_score ?? undefined);
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
        return (0,dependencies/* sortVersions */.M7)(given);
    const closest = list(v.closest_versions_without_known_vulnerabilities);
    if (closest.length > 0)
        return (0,dependencies/* sortVersions */.M7)(closest);
    const own = v.vulnerable_spec;
    const specs = [...list(v.all_vulnerable_specs), ...(Array.isArray(own) ? own : own ? [own] : [])];
    const bounds = [];
    for (const spec of specs) {
        if (pep440_default().valid(version) === null)
            break;
        if (!specContains(spec, version))
            continue;
        const upper = /(?:^|,)\s*<\s*([^,=\s]+)/.exec(spec)?.[1];
        if (upper !== undefined && pep440_default().valid(upper) !== null)
            bounds.push(upper);
    }
    return (0,dependencies/* sortVersions */.M7)(bounds);
}
/** PEP 440 containment that treats an unparsable spec as not containing (pep440 throws). */
function specContains(spec, version) {
    try {
        return pep440_default().satisfies(version, spec, { prereleases: true });
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
        throw new output_schema/* ToolOutputError */._G('safety printed no JSON report');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new output_schema/* ToolOutputError */._G(`safety output is not valid JSON: ${e.message}`);
    }
    const report = (0,output_schema/* checkToolOutput */.A9)(safetyReportSchema, doc, 'not a Safety JSON report');
    const findings = [];
    const seen = new Set();
    for (const v of report.vulnerabilities) {
        const id = String(v.vulnerability_id);
        const name = (0,names/* normalizeName */.Pc)(v.package_name);
        const version = nonEmpty(v.analyzed_version) ?? '';
        const cve = nonEmpty(v.CVE);
        const aliases = cve !== undefined && cve !== id ? [cve] : [];
        const url = usefulUrl(nonEmpty(v.more_info_url));
        const sev = safetySeverity(v);
        const fixed = fixedVersions(v, version);
        const own = v.vulnerable_spec;
        const spec = Array.isArray(own) ? own.join(' || ') : (own ?? '');
        const advisoryText = nonEmpty(v.advisory) ?? `Safety advisory ${id}`;
        const { location } = (0,dependencies/* locateDependency */.u$)(ctx.components, name, version, ctx.file);
        const fingerprint = (0,hash/* fingerprintOf */.a)(['safety', id, name, location.path]);
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
                ? { severitySource: (0,scanners_severity/* describeCvssSource */._n)(sev, `${source} in the Safety database`) }
                : {}),
            cwe: [],
            location,
            package: {
                ecosystem: 'PyPI',
                name,
                version,
                purl: (0,dependencies/* purlOf */.VA)('PyPI', name, version || undefined),
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
        ...new Set(components.filter(c => (0,inventory.manifestKind)(c.file) === 'requirements').map(c => c.file))
    ].sort();
    const inputs = files.map(file => ({ file, label: file }));
    const pins = [
        ...new Set(components
            .filter(c => c.version !== undefined &&
            (0,inventory.manifestKind)(c.file) !== 'requirements' &&
            (0,inventory.manifestKind)(c.file) !== 'pyproject')
            .map(c => `${c.name}==${c.version}`))
    ].sort();
    if (pins.length > 0)
        inputs.push({ stdin: `${pins.join('\n')}\n`, label: 'lockfile pins' });
    if (installed !== undefined)
        inputs.push({ file: installed.requirementsFile, label: 'installed environment', installed });
    return inputs;
}
/**
 * The policy Safety 2.x is given. Without `--policy-file` it reads `.safety-policy.yml` from its
 * working directory, the workspace: a pull request could add one that ignores advisories or
 * lowers their severity, and what it ignores leaves the report unseen. This one ignores nothing
 * (Safety refuses a policy without a `security` entry); suppressions belong in runguard's own
 * ignore file, whose effect the report shows.
 */
const SAFETY_POLICY = 'security:\n  ignore-cvss-unknown-severity: false\n';
const SAFETY_POLICY_NAME = 'policy.yml';
/** Where the lockfile pins go when they join the one run (a `.txt` name, or Safety will not parse it). */
const LOCKFILE_PINS_NAME = 'lockfile-pins.txt';
/**
 * Which inputs one `safety check` can cover with findings identical to one run each: those
 * whose pins the model of Safety's read is sure of (safety-batch.ts). Pure but for reading the
 * requirements files (inside the workspace) and the installed environment's pins file.
 * `pinsDir` is where the lockfile pins' file will be written.
 */
function planSafetyBatch(inputs, workspace, pinsDir) {
    const reader = workspaceIncludeReader(workspace);
    const batched = [];
    const alone = [];
    let lockfilePins;
    for (const input of inputs) {
        let file;
        let text;
        if (input.stdin !== undefined) {
            file = external_node_path_default().join(pinsDir, LOCKFILE_PINS_NAME);
            text = input.stdin;
        }
        else if (input.installed) {
            file = input.file ?? '';
            try {
                text = (0,external_node_fs_.readFileSync)(file, 'latin1');
            }
            catch {
                text = undefined;
            }
        }
        else {
            file = input.file ?? '';
            const got = reader(file);
            text = 'text' in got ? got.text : undefined;
        }
        if (text === undefined) {
            alone.push({ input, why: `${input.label} cannot be read` });
            continue;
        }
        const read = modelSafetyRead(text, file, reader);
        if (!read.certain) {
            alone.push({ input, why: read.why });
            continue;
        }
        if (input.stdin !== undefined)
            lockfilePins = input.stdin;
        batched.push({ input, file, pins: read.pins });
    }
    if (batched.length < 2) {
        const why = new Map(alone.map(a => [a.input, a.why]));
        return {
            batched: [],
            alone: inputs.map(input => {
                const reason = why.get(input);
                return reason !== undefined ? { input, why: reason } : { input };
            })
        };
    }
    return { batched, alone, ...(lockfilePins !== undefined ? { lockfilePins } : {}) };
}
/** A run's output that cannot be split per input: each input then runs alone. */
function splitBatch(res, parts) {
    if (res.exitCode !== EXIT_OK && res.exitCode !== EXIT_VULNERABLE)
        return { why: `the one run exited with code ${res.exitCode}` };
    const text = extractJson(res.stdout);
    let doc;
    try {
        doc = text === undefined ? undefined : JSON.parse(text);
    }
    catch {
        doc = undefined;
    }
    if (!safetyReportSchema.safeParse(doc).success)
        return { why: 'the one run printed no Safety report' };
    const report = doc;
    if (res.exitCode === EXIT_VULNERABLE && report.vulnerabilities.length === 0)
        return { why: 'the one run exited 64 but listed no vulnerability' };
    const split = splitSafetyVulnerabilities(report.vulnerabilities, parts);
    if ('mismatch' in split)
        return { why: `the one run's report does not split: ${split.mismatch}` };
    return {
        outputs: split.segments.map(segment => ({
            // What the input's own run would have exited with: 64 only when it lists something.
            exitCode: res.exitCode === EXIT_VULNERABLE && segment.length === 0 ? EXIT_OK : res.exitCode,
            stdout: JSON.stringify({ ...report, vulnerabilities: segment }),
            stderr: ''
        }))
    };
}
/** A database older than this is warned about: advisories published since are missing. */
const SAFETY_DB_MAX_AGE_DAYS = 90;
const DAY_MS = 86_400_000;
/** What Safety's own hosted DB has in `$meta.base_domain` (it prefixes `more_info_path`). */
const PYUP_BASE_DOMAIN = 'https://pyup.io';
const flatMetaSchema = schemas/* object */.Ikc({
    $meta: schemas/* object */.Ikc({ base_domain: schemas/* string */.YjP().optional(), timestamp: schemas/* number */.aig().optional() })
});
const isFile = (file) => {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
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
    const dir = [resolved, external_node_path_default().join(resolved, 'safety_db')].find(d => isFile(external_node_path_default().join(d, 'insecure.json')));
    if (dir === undefined) {
        return {
            stop: 'failed',
            reason: `safety database ${given} has no insecure.json (Safety 2.x flat DB format expected: the safety-db package's data directory)`
        };
    }
    const fullFile = external_node_path_default().join(dir, 'insecure_full.json');
    let full;
    try {
        full = JSON.parse((0,external_node_fs_.readFileSync)(fullFile, 'utf8'));
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
    const copy = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'runguard-safety-db-'));
    try {
        (0,external_node_fs_.copyFileSync)(external_node_path_default().join(dir, 'insecure.json'), external_node_path_default().join(copy, 'insecure.json'));
        const fixed = full;
        fixed.$meta = { ...fixed.$meta, base_domain: PYUP_BASE_DOMAIN };
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(copy, 'insecure_full.json'), JSON.stringify(fixed));
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(copy, { recursive: true, force: true });
        throw e;
    }
    return { dir: copy, cleanup: () => (0,external_node_fs_.rmSync)(copy, { recursive: true, force: true }), warnings };
}
/** Reads one `safety check` run: exit codes, then the report. */
function interpretSafety(res, input, components, redactor) {
    if (res.exitCode !== EXIT_OK && res.exitCode !== EXIT_VULNERABLE) {
        const known = res.exitCode !== null ? EXIT_REASONS[res.exitCode] : undefined;
        return {
            failure: `safety exited with code ${res.exitCode}${known ? ` (${known})` : ''}: ${(0,support/* stderrTail */.be)(withoutNoise(res.stderr), redactor, 3, ' | ') || (0,support/* stderrTail */.be)(res.stdout, redactor, 3, ' | ') || 'no output'}`
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
                const fingerprint = (0,hash/* fingerprintOf */.a)(['safety', f.ruleId, f.package?.name ?? '', at.path]);
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
            if ((0,inventory.manifestKind)(c.file) === 'requirements' || (0,inventory.manifestKind)(c.file) === 'pyproject')
                continue;
            const fingerprint = (0,hash/* fingerprintOf */.a)(['safety', f.ruleId, c.name, c.file]);
            findings.push({ ...f, location: { path: c.file, startLine: c.line }, fingerprint });
        }
    }
    return { findings, errors: [] };
}
/** The Safety plan, with the installed environment's pins when they were read. */
const safetySpec = (installed) => ({
    tool: 'safety',
    plan(ctx, detection) {
        const major = semver_default().coerce(detection.version ?? '')?.major ?? 2;
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
                const view = prepareSafetyDb(ctx.settings.safetyDb, external_node_path_default().resolve(ctx.workspace, ctx.settings.safetyDb));
                if ('stop' in view)
                    return view;
                db = view;
            }
        }
        let policyArgs = [];
        const argsOf = (input) => [
            'check',
            ...(input.file !== undefined ? ['-r', input.file] : ['--stdin']),
            '--json',
            ...policyArgs,
            ...(db !== undefined ? ['--db', db.dir] : [])
        ];
        const alone = (input) => ({
            args: argsOf(input),
            ...(input.stdin !== undefined ? { input: input.stdin } : {}),
            label: input.label
        });
        const byLabel = new Map(inputs.map(i => [i.label, i]));
        const cleanups = db?.cleanup ? [db.cleanup] : [];
        const cleanup = () => {
            for (const c of cleanups.splice(0))
                c();
        };
        const invocations = [];
        let batch;
        let batchRun;
        try {
            // Safety 3.x scans through its platform; one run per input stays as documented there.
            if (major < 3) {
                // runguard's own files for Safety, outside the workspace: the policy, the lockfile pins.
                const own = (0,private_dir/* privateDir */.X)('runguard-safety-inputs-');
                cleanups.push(own.cleanup);
                policyArgs = ['--policy-file', own.write(SAFETY_POLICY_NAME, SAFETY_POLICY)];
                if (inputs.length > 1)
                    batch = planSafetyBatch(inputs, ctx.workspace, own.dir);
                if (batch?.lockfilePins !== undefined)
                    own.write(LOCKFILE_PINS_NAME, batch.lockfilePins);
            }
            if (batch && batch.batched.length > 0) {
                batchRun = {
                    args: [
                        'check',
                        ...batch.batched.flatMap(b => ['-r', b.file]),
                        '--json',
                        ...policyArgs,
                        ...(db !== undefined ? ['--db', db.dir] : [])
                    ],
                    label: batch.batched.map(b => b.input.label).join(', ')
                };
                invocations.push(batchRun);
            }
            const each = batch?.alone ?? inputs.map(input => ({ input }));
            for (const { input, why } of each) {
                if (why !== undefined)
                    ctx.logger.debug(`safety: ${input.label} runs alone: ${why}`);
                invocations.push(alone(input));
            }
        }
        catch (e) {
            cleanup();
            throw e;
        }
        const batched = batch?.batched ?? [];
        const read = (result, input) => interpretSafety(result, input, ctx.components, ctx.redactor);
        return {
            invocations,
            order: inputs.map(i => i.label),
            errors,
            warnings: db?.warnings ?? [],
            cleanup,
            interpret: (result, invocation) => {
                if (invocation !== batchRun)
                    return read(result, byLabel.get(invocation.label ?? ''));
                const split = splitBatch(result, batched.map(b => ({ label: b.input.label, pins: b.pins })));
                if ('why' in split)
                    return { rerun: batched.map(b => alone(b.input)), why: split.why };
                return {
                    parts: batched.map((b, i) => ({
                        label: b.input.label,
                        read: read(split.outputs[i], b.input)
                    }))
                };
            }
        };
    }
});
const safetyAdapter = {
    name: 'safety',
    supportedVersions: SUPPORTED,
    installHint: 'pip install "safety==2.3.5"',
    detect(ctx) {
        return (0,support/* detectTool */.qU)(ctx, {
            tool: 'safety',
            command: ['safety'],
            versionArgs: ['--version'],
            supportedVersions: SUPPORTED,
            parse: parseSafetyVersion
        });
    },
    async scan(ctx, detection) {
        return (0,dependency_scanner/* runDependencyScanner */.r)(safetySpec(await ctx.installed), ctx, detection);
    }
};


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

export const id = 2376;
export const ids = [2376,7344];
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

/***/ 12376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   osvArgs: () => (/* binding */ osvArgs),
/* harmony export */   osvOutputSchema: () => (/* binding */ osvOutputSchema),
/* harmony export */   osvRecordSchema: () => (/* binding */ osvRecordSchema),
/* harmony export */   osvScannerAdapter: () => (/* binding */ osvScannerAdapter),
/* harmony export */   parseOsvOutput: () => (/* binding */ parseOsvOutput),
/* harmony export */   parseOsvVersion: () => (/* binding */ parseOsvVersion),
/* harmony export */   readOfflineRecords: () => (/* binding */ readOfflineRecords)
/* harmony export */ });
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(51306);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _glob_match_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(67351);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(92857);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10182);
/* harmony import */ var _dependencies_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21726);
/* harmony import */ var _dependency_scanner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30557);
/* harmony import */ var _output_schema_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(41172);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95138);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(24964);
/* harmony import */ var _util_private_dir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(69233);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(14092);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(46528);
















const severityEntrySchema = zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({ type: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional(), score: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP() });
/** The part of an OSV record (ossf/osv-schema) runguard reads. */
const osvRecordSchema = zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().min(1),
    aliases: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP()).nullish(),
    summary: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional(),
    details: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional(),
    severity: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(severityEntrySchema).nullish(),
    affected: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
        package: zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({ ecosystem: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP(), name: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP() }).optional(),
        severity: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(severityEntrySchema).nullish(),
        ranges: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
            type: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional(),
            events: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({ fixed: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional() })).nullish()
        }))
            .nullish()
    }))
        .nullish(),
    // Free-form by the schema; GHSA puts `severity` and `cwe_ids` here.
    database_specific: zod__WEBPACK_IMPORTED_MODULE_12__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_12__/* .unknown */ .L5J()).nullish()
});
/** The part of osv-scanner's `--format json` output (pkg/models/results.go) runguard reads. */
const osvOutputSchema = zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
    results: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
        source: zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional() }).optional(),
        packages: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
            package: zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
                name: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP(),
                version: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional(),
                ecosystem: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional()
            }),
            vulnerabilities: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(osvRecordSchema).nullish(),
            groups: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
                ids: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP()),
                aliases: zod__WEBPACK_IMPORTED_MODULE_12__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP()).nullish(),
                max_severity: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP().optional()
            }))
                .nullish()
        }))
            .nullish()
    }))
});
const uniqueSorted = (values) => [...new Set(values.filter(v => v !== ''))].sort();
const text = (value) => typeof value === 'string' && value !== '' ? value : undefined;
/** Prefer GHSA ids (they carry severity and are cross-ecosystem), then PYSEC, then the rest. */
function primaryId(ids) {
    const order = (id) => id.startsWith('GHSA-') ? 0 : id.startsWith('PYSEC-') ? 1 : 2;
    return [...ids].sort((a, b) => order(a) - order(b) || a.localeCompare(b))[0];
}
/** Every CVSS vector in a record: top-level and per-affected severities. */
function vectorsOf(record) {
    const severities = [
        ...(record.severity ?? []),
        ...(record.affected ?? []).flatMap(a => a.severity ?? [])
    ];
    return severities
        .filter(s => s.type === undefined || /^CVSS_V[234]$/.test(s.type))
        .map(s => s.score)
        .filter(s => s !== '');
}
/**
 * The group's severity from every record of its alias group: the highest CVSS base score over
 * the vectors of the records osv-scanner returned and of their aliases found in the offline DB
 * (a PYSEC record has none, its GHSA twin usually has one); else osv-scanner's `max_severity`;
 * else the highest qualitative `database_specific.severity` (GHSA); else unknown.
 */
function groupSeverity(records, aliasRecords, maxSeverity) {
    let best;
    const candidates = [
        ...records.map(record => ({ record, alias: false })),
        ...aliasRecords.map(record => ({ record, alias: true }))
    ];
    for (const { record, alias } of candidates) {
        for (const vector of vectorsOf(record)) {
            const score = (0,_severity_js__WEBPACK_IMPORTED_MODULE_10__/* .cvssBaseScore */ .jK)(vector);
            if (score !== undefined && (best === undefined || score > best.score))
                best = { score, vector, record, alias };
        }
    }
    if (best) {
        const cvss = (0,_severity_js__WEBPACK_IMPORTED_MODULE_10__/* .severityFromCvss */ .HR)(best.vector);
        const where = best.alias
            ? `${best.record.id} (alias record from the offline database)`
            : best.record.id;
        return { ...cvss, record: best.record.id, source: (0,_severity_js__WEBPACK_IMPORTED_MODULE_10__/* .describeCvssSource */ ._n)(cvss, where) };
    }
    const given = maxSeverity !== undefined ? Number.parseFloat(maxSeverity) : Number.NaN;
    if (Number.isFinite(given)) {
        const cvss = (0,_severity_js__WEBPACK_IMPORTED_MODULE_10__/* .severityFromCvss */ .HR)(undefined, given);
        return { ...cvss, source: (0,_severity_js__WEBPACK_IMPORTED_MODULE_10__/* .describeCvssSource */ ._n)(cvss, "osv-scanner's max_severity") };
    }
    let label;
    for (const { record } of candidates) {
        const raw = text(record.database_specific?.severity);
        const s = (0,_severity_js__WEBPACK_IMPORTED_MODULE_10__/* .severityFromLabel */ .k3)(raw);
        if (s !== 'unknown' &&
            (label === undefined || _model_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITY_RANK */ .f3[s] > _model_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITY_RANK */ .f3[label.severity]))
            label = { severity: s, record, text: raw ?? '' };
    }
    return label
        ? {
            severity: label.severity,
            source: `severity label ${label.text} of ${label.record.id} (no CVSS vector)`
        }
        : { severity: 'unknown' };
}
/** `fixed` events of the records' ranges for this package. */
function fixedVersionsOf(records, ecosystem, name) {
    const fixed = [];
    for (const r of records) {
        for (const a of r.affected ?? []) {
            if (a.package?.ecosystem !== ecosystem)
                continue;
            if ((0,_dependencies_js__WEBPACK_IMPORTED_MODULE_5__/* .packageName */ .oZ)(ecosystem, a.package.name) !== name)
                continue;
            for (const range of a.ranges ?? []) {
                // GIT ranges hold commit hashes, not versions.
                if (range.type === 'GIT')
                    continue;
                for (const e of range.events ?? [])
                    if (e.fixed !== undefined)
                        fixed.push(e.fixed);
            }
        }
    }
    return (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_5__/* .sortVersions */ .M7)(fixed);
}
/**
 * Turns osv-scanner JSON (v2, and v1's shape) into findings: one per vulnerability group per
 * package occurrence. Pure apart from resolving source paths against the workspace and the
 * optional alias-record lookup. Throws ToolOutputError when the value is not osv-scanner's
 * report.
 */
function parseOsvOutput(json, ctx) {
    const output = (0,_output_schema_js__WEBPACK_IMPORTED_MODULE_13__/* .checkToolOutput */ .A9)(osvOutputSchema, json, 'not an osv-scanner JSON report');
    const findings = [];
    const errors = [];
    const excluded = ctx.exclude?.length ? (0,_glob_match_js__WEBPACK_IMPORTED_MODULE_14__/* .compileGlobs */ .tI)(ctx.exclude) : undefined;
    const seen = new Set();
    // Alias ids no returned record carries (the GHSA twin of a PYSEC record, …), looked up once.
    const returned = new Set(output.results.flatMap(r => (r.packages ?? []).flatMap(p => (p.vulnerabilities ?? []).map(v => v.id))));
    const missing = new Set();
    for (const r of output.results)
        for (const p of r.packages ?? []) {
            for (const g of p.groups ?? [])
                for (const id of [...g.ids, ...(g.aliases ?? [])])
                    if (!returned.has(id))
                        missing.add(id);
            for (const v of p.vulnerabilities ?? [])
                for (const id of v.aliases ?? [])
                    if (!returned.has(id))
                        missing.add(id);
        }
    const extra = new Map();
    if (ctx.lookupRecords && missing.size > 0) {
        for (const [id, raw] of ctx.lookupRecords(missing)) {
            const parsed = osvRecordSchema.safeParse(raw);
            if (parsed.success && parsed.data.id === id)
                extra.set(id, parsed.data);
        }
    }
    for (const result of output.results) {
        const rawPath = result.source?.path;
        // The installed environment's pins live outside the workspace on purpose.
        const fromInstalled = ctx.installed !== undefined &&
            rawPath !== undefined &&
            node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(rawPath) === node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ctx.installed.requirementsFile);
        const sourcePath = rawPath !== undefined && !fromInstalled ? (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .toRepoPath */ .x)(ctx.workspace, rawPath) : undefined;
        if (rawPath !== undefined && sourcePath === undefined && !fromInstalled) {
            errors.push(`source outside the workspace ignored: ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(rawPath)}`);
            continue;
        }
        if (sourcePath !== undefined && excluded?.(sourcePath))
            continue;
        for (const entry of result.packages ?? []) {
            const ecosystem = entry.package.ecosystem || 'unknown';
            const name = (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_5__/* .packageName */ .oZ)(ecosystem, entry.package.name);
            const version = entry.package.version ?? '';
            if (name === '')
                continue;
            const vulns = entry.vulnerabilities ?? [];
            const byId = new Map(vulns.map(v => [v.id, v]));
            // v1 output may lack groups: then every record is its own group.
            const groups = entry.groups
                ? entry.groups.map(g => ({ ids: g.ids, aliases: g.aliases ?? [], max: g.max_severity }))
                : vulns.map(v => ({ ids: [v.id], aliases: [], max: undefined }));
            for (const group of groups) {
                if (group.ids.length === 0)
                    continue;
                const id = primaryId(group.ids);
                // The primary record first, so its summary is the title.
                const records = [id, ...group.ids.filter(i => i !== id)]
                    .map(i => byId.get(i))
                    .filter((r) => r !== undefined);
                const aliases = uniqueSorted([...group.ids, ...group.aliases, ...records.flatMap(r => r.aliases ?? [])].filter(a => a !== id));
                const aliasRecords = aliases
                    .map(a => extra.get(a))
                    .filter((r) => r !== undefined);
                const sev = groupSeverity(records, aliasRecords, text(group.max));
                const summary = records.map(r => text(r.summary)).find(s => s !== undefined) ??
                    records.map(r => text(r.details)?.split('\n')[0]).find(s => s !== undefined) ??
                    id;
                const fixedVersions = fixedVersionsOf(records, ecosystem, name);
                const cwe = uniqueSorted([...records, ...aliasRecords].flatMap(r => {
                    const ids = r.database_specific?.cwe_ids;
                    return Array.isArray(ids) ? ids.filter((c) => typeof c === 'string') : [];
                }));
                const installedAt = fromInstalled ? ctx.installed?.locate(name, version) : undefined;
                const { location } = installedAt
                    ? { location: installedAt }
                    : ecosystem === 'PyPI'
                        ? (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_5__/* .locateDependency */ .u$)(ctx.components, name, version, sourcePath)
                        : { location: { path: sourcePath ?? '.', startLine: 1 } };
                const fingerprint = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .fingerprintOf */ .a)(['osv-scanner', id, ecosystem, name, location.path]);
                if (seen.has(`${fingerprint}\0${version}`))
                    continue;
                seen.add(`${fingerprint}\0${version}`);
                const cve = aliases.find(a => a.startsWith('CVE-'));
                const url = `https://osv.dev/vulnerability/${id}`;
                findings.push({
                    tool: 'osv-scanner',
                    ruleId: id,
                    title: summary.length > 120 ? `${summary.slice(0, 117)}...` : summary,
                    message: `${name} ${version} is affected by ${id}${cve ? ` (${cve})` : ''}: ${summary}` +
                        (fixedVersions.length
                            ? ` Fixed in ${fixedVersions.join(', ')}.`
                            : ' No fixed version is known.'),
                    severity: sev.severity,
                    ...(sev.source !== undefined ? { severitySource: sev.source } : {}),
                    cwe,
                    location,
                    package: {
                        ecosystem,
                        name,
                        version,
                        purl: (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_5__/* .purlOf */ .VA)(ecosystem, name, version || undefined),
                        fixedVersions
                    },
                    advisory: {
                        id,
                        aliases,
                        url,
                        ...(sev.vector !== undefined ? { cvssVector: sev.vector } : {}),
                        ...(sev.score !== undefined ? { cvssScore: sev.score } : {}),
                        ...(sev.record !== undefined ? { cvssSource: sev.record } : {})
                    },
                    helpUri: url,
                    fingerprint
                });
            }
        }
    }
    return { findings, errors };
}
/**
 * OSV records by id from an offline DB: every `<db>/{osv-scanner,osv-scalibr}/<Ecosystem>/all.zip`
 * (entries are `<ID>.json`). Only the wanted entries are inflated.
 */
function readOfflineRecords(db, ids) {
    const found = new Map();
    const zips = new Set();
    for (const sub of ['osv-scalibr', 'osv-scanner']) {
        let ecosystems;
        try {
            ecosystems = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(db, sub));
        }
        catch {
            continue;
        }
        for (const eco of ecosystems) {
            const zip = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(db, sub, eco, 'all.zip');
            try {
                // The two layouts are often one file (symlinked or copied): read each zip once.
                zips.add((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(zip));
            }
            catch {
                // No zip for this ecosystem.
            }
        }
    }
    for (const zip of zips) {
        if (found.size === ids.size)
            break;
        const entries = (0,fflate__WEBPACK_IMPORTED_MODULE_15__/* .unzipSync */ .AO)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(zip), {
            filter: file => {
                const id = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(file.name).replace(/\.json$/, '');
                return file.name.endsWith('.json') && ids.has(id) && !found.has(id);
            }
        });
        for (const [name, data] of Object.entries(entries)) {
            try {
                found.set(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(name).replace(/\.json$/, ''), JSON.parse((0,fflate__WEBPACK_IMPORTED_MODULE_15__/* .strFromU8 */ .he)(data)));
            }
            catch {
                // A record osv-scanner would skip as invalid JSON; so do we.
            }
        }
    }
    return found;
}
/** Version from `osv-scanner --version` ("osv-scanner version: 2.5.0"). */
function parseOsvVersion(text) {
    return /osv-scanner version:\s*v?(\d+\.\d+\.\d+\S*)/i.exec(text)?.[1];
}
const SUPPORTED = '>=1.9.0 <3';
/** v2.5.0 moved local matching to osv-scalibr and reads `<db>/osv-scalibr/<eco>/all.zip`. */
const SCALIBR_DB_FROM = '2.5.0';
/**
 * The directory to pass as `--local-db-path`. Versions before 2.5 read `<db>/osv-scanner/`,
 * 2.5+ `<db>/osv-scalibr/` (verified by running 2.5.0, whose docs still name the old one). When
 * the DB has only the other layout, a temp dir with both names symlinked is used.
 */
function dbViewFor(db, version) {
    const wantScalibr = version === undefined || semver__WEBPACK_IMPORTED_MODULE_3___default().gte(semver__WEBPACK_IMPORTED_MODULE_3___default().coerce(version) ?? '0.0.0', SCALIBR_DB_FROM);
    const want = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(db, wantScalibr ? 'osv-scalibr' : 'osv-scanner');
    const other = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(db, wantScalibr ? 'osv-scanner' : 'osv-scalibr');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(want) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(other))
        return { dir: db };
    const view = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'runguard-osv-db-'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(other, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(view, 'osv-scanner'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(other, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(view, 'osv-scalibr'));
    return { dir: view, cleanup: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(view, { recursive: true, force: true }) };
}
/**
 * The argv after the program name, for v1 or v2 syntax. `lockfiles` are scanned besides the
 * paths (the installed environment's generated requirements file); `config` replaces every
 * `osv-scanner.toml` osv-scanner would otherwise look for next to what it scans.
 */
function osvArgs(version, paths, localDb, lockfiles = [], config) {
    const major = semver__WEBPACK_IMPORTED_MODULE_3___default().coerce(version ?? '')?.major ?? 2;
    const extra = [
        ...(config !== undefined ? ['--config', config] : []),
        ...lockfiles.flatMap(f => ['--lockfile', f])
    ];
    if (major < 2) {
        return [
            '--format',
            'json',
            ...(localDb !== undefined
                ? ['--experimental-offline', '--experimental-local-db-path', localDb]
                : []),
            ...extra,
            '-r',
            ...paths
        ];
    }
    // --offline (not --offline-vulnerabilities): 2.5.0 silently ignores --local-db-path with the
    // latter and still tries deps.dev for requirements.txt (verified by running it).
    return [
        'scan',
        'source',
        '--format',
        'json',
        ...(localDb !== undefined ? ['--offline', '--local-db-path', localDb] : []),
        ...extra,
        '-r',
        ...paths
    ];
}
/** Lines of stderr worth keeping as the tool's own errors (not progress chatter). */
function stderrErrors(stderr) {
    return stderr
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => /^(error|could not|failed|warning)/i.test(l))
        .slice(0, 20);
}
/** Reads one osv-scanner run: its exit codes (as osv-scanner documents them), then the report. */
function interpretOsv(res, redactor, parse) {
    const errors = stderrErrors(res.stderr);
    // 128: no package sources found; with -r a tree without manifests is not a failure.
    if (res.exitCode === 128)
        return { findings: [], errors: ['no packages found', ...errors] };
    if (res.exitCode !== 0 && res.exitCode !== 1) {
        return {
            failure: `osv-scanner exited with code ${String(res.exitCode)}: ${(0,_support_js__WEBPACK_IMPORTED_MODULE_11__/* .stderrTail */ .be)(res.stderr, redactor, 3, ' | ') || 'no output'}`,
            errors
        };
    }
    let json;
    try {
        json = JSON.parse(res.stdout);
    }
    catch {
        return {
            failure: `osv-scanner output is not JSON (exit ${res.exitCode}): ${(0,_support_js__WEBPACK_IMPORTED_MODULE_11__/* .stderrTail */ .be)(res.stdout + '\n' + res.stderr, redactor, 3, ' | ')}`,
            errors
        };
    }
    try {
        const parsed = parse(json);
        return { findings: parsed.findings, errors: [...parsed.errors, ...errors] };
    }
    catch (e) {
        return { failure: `${e.message} (exit ${res.exitCode})`, errors };
    }
}
/**
 * osv-scanner reads an `osv-scanner.toml` next to each file it scans, whose `IgnoredVulns` and
 * `PackageOverrides` (`ignore = true`) drop advisories from its output without a trace: a pull
 * request adding one would pass the gate with the scan still "ok". So osv-scanner is given
 * runguard's own empty config instead (in a fresh directory outside the workspace); suppressions
 * belong in runguard's ignore file, which the summary shows and `trusted-config` guards.
 */
function emptyOsvConfig() {
    const own = (0,_util_private_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .privateDir */ .X)('runguard-osv-config-');
    const file = own.write('osv-scanner.toml', '# runguard: no ignores or overrides (see .runguard-ignore.yml)\n');
    return { file, cleanup: own.cleanup };
}
/** The workspace's own `osv-scanner.toml` files next to the scanned manifests: not applied. */
function ignoredOsvConfigs(ctx) {
    const inside = ctx.components.filter(c => !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(c.file) && !c.file.startsWith('..'));
    const dirs = new Set(['.', ...inside.map(c => node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(c.file))]);
    return [...dirs]
        .map(dir => node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(dir, 'osv-scanner.toml'))
        .filter(file => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ctx.workspace, file)))
        .sort()
        .map(file => `${file} is not applied: osv-scanner runs with runguard's own empty config, so its ignores cannot hide advisories; suppress in .runguard-ignore.yml`);
}
/** The OSV-Scanner plan, with the installed environment's pins when they were read. */
const osvSpec = (installed) => ({
    tool: 'osv-scanner',
    plan(ctx, detection) {
        let view;
        let db;
        if (ctx.settings.osvDb !== undefined) {
            db = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ctx.workspace, ctx.settings.osvDb);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(db))
                return {
                    stop: 'failed',
                    reason: `osv database directory ${ctx.settings.osvDb} does not exist`
                };
            view = dbViewFor(db, detection.version);
        }
        const localDb = db;
        const config = emptyOsvConfig();
        return {
            invocations: [
                {
                    args: osvArgs(detection.version, ctx.paths, view?.dir, installed ? [installed.requirementsFile] : [], config.file)
                }
            ],
            warnings: ignoredOsvConfigs(ctx),
            cleanup: () => {
                config.cleanup();
                view?.cleanup?.();
            },
            interpret: result => interpretOsv(result, ctx.redactor, json => parseOsvOutput(json, {
                workspace: ctx.workspace,
                components: ctx.components,
                exclude: ctx.settings.exclude,
                ...(localDb !== undefined
                    ? { lookupRecords: ids => readOfflineRecords(localDb, ids) }
                    : {}),
                ...(installed ? { installed } : {})
            }))
        };
    }
});
const osvScannerAdapter = {
    name: 'osv-scanner',
    supportedVersions: SUPPORTED,
    installHint: 'go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.0',
    detect(ctx) {
        return (0,_support_js__WEBPACK_IMPORTED_MODULE_11__/* .detectTool */ .qU)(ctx, {
            tool: 'osv-scanner',
            command: ['osv-scanner'],
            versionArgs: ['--version'],
            supportedVersions: SUPPORTED,
            parse: parseOsvVersion
        });
    },
    async scan(ctx, detection) {
        return (0,_dependency_scanner_js__WEBPACK_IMPORTED_MODULE_6__/* .runDependencyScanner */ .r)(osvSpec(await ctx.installed), ctx, detection);
    }
};


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

export const id = 2376;
export const ids = [2376];
export const modules = {

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


/***/ })

};

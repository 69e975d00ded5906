/* runguard post-build: __dirname shim */
import { dirname as __rgDirname } from 'node:path'
import { fileURLToPath as __rgFileURLToPath } from 'node:url'
const __dirname = __rgDirname(__rgFileURLToPath(import.meta.url))
export const id = 769;
export const ids = [769];
export const modules = {

/***/ 80769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SBOM_SPEC_VERSIONS: () => (/* binding */ SBOM_SPEC_VERSIONS),
/* harmony export */   buildSbom: () => (/* binding */ buildSbom),
/* harmony export */   pep503: () => (/* binding */ pep503),
/* harmony export */   validateSbom: () => (/* binding */ validateSbom)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6820);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50320);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51248);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94321);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10182);
/* harmony import */ var _policy_dedupe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76430);
/* harmony import */ var _policy_severity_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23863);


// Sub-path imports on purpose: the package root also loads its Validation resources, which
// compute a `__dirname`-relative path at load time and crash an ESM bundle (see
// scripts/post-build.mjs). Building an SBOM must never depend on those files.







/**
 * CycloneDX SBOM of the Python dependencies runguard found, with the vulnerabilities Safety and
 * OSV-Scanner reported attached. Output is deterministic apart from the serial
 * number and timestamp: every bom-ref is set explicitly (the serializer would otherwise invent
 * random ones) and lists are sorted.
 *
 * Runtime validation: not needed for our own output. The document is produced by the
 * library's normalizer from typed models, and the tests validate every supported spec version
 * (and the bundled code path, __tests__/integration/sbom-dist.test.ts). `validateSbom` stays
 * available (e.g. for SBOMs merged from other jobs); scripts/post-build.mjs ships the schemas
 * and a `__dirname` shim so it works from the ESM bundle too.
 */
const SBOM_SPEC_VERSIONS = ['1.4', '1.5', '1.6', '1.7'];
const SPECS = {
    '1.4': { spec: _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Spec1dot4, version: _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Version.v1dot4 },
    '1.5': { spec: _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Spec1dot5, version: _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Version.v1dot5 },
    '1.6': { spec: _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Spec1dot6, version: _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Version.v1dot6 },
    '1.7': { spec: _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Spec1dot7, version: _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Version.v1dot7 }
};
/** PEP 503: lower case, runs of `-`, `_`, `.` become one `-`. */
function pep503(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
const SEVERITY_MAP = {
    critical: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.Severity.Critical,
    high: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.Severity.High,
    medium: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.Severity.Medium,
    low: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.Severity.Low,
    info: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.Severity.Info,
    unknown: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.Severity.Unknown
};
/** Rating method from the vector's prefix; CVSS 2 vectors have none. */
function ratingMethod(vector) {
    if (vector.startsWith('CVSS:4'))
        return _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.RatingMethod.CVSSv4;
    if (vector.startsWith('CVSS:3.1'))
        return _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.RatingMethod.CVSSv31;
    if (vector.startsWith('CVSS:3'))
        return _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.RatingMethod.CVSSv3;
    if (/^(\()?AV:[LAN]\/AC:/.test(vector))
        return _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.RatingMethod.CVSSv2;
    return _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.RatingMethod.Other;
}
/** Where an advisory id is published; Safety's numeric ids point at the finding's help link. */
function sourceFor(id, helpUri) {
    if (/^GHSA-/i.test(id))
        return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Source({
            name: 'GitHub Advisory Database',
            url: `https://github.com/advisories/${id}`
        });
    if (/^CVE-/i.test(id))
        return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Source({
            name: 'NVD',
            url: `https://nvd.nist.gov/vuln/detail/${id}`
        });
    if (/^\d+$/.test(id))
        return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Source({
            name: 'Safety DB',
            ...(helpUri ? { url: helpUri } : {})
        });
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Source({
        name: 'OSV',
        url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`
    });
}
/** Primary id of a group: GHSA, then PYSEC, then CVE, then anything else (stable across tools). */
function primaryId(ids) {
    const order = [/^GHSA-/i, /^PYSEC-/i, /^CVE-/i];
    const sorted = [...ids].sort();
    for (const re of order) {
        const hit = sorted.find(id => re.test(id));
        if (hit)
            return hit;
    }
    return sorted[0];
}
const rank = (f) => _model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITY_RANK */ .f3[f.severity];
/** A package's licence: one SPDX id, an SPDX expression, or what it declared (unknown). */
function addLicense(component, license) {
    const expression = license.expression;
    if (expression !== undefined) {
        if (/^[A-Za-z0-9.+-]+$/.test(expression) && !expression.endsWith('+'))
            component.licenses.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.SpdxLicense(expression));
        else
            component.licenses.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.LicenseExpression(expression));
    }
    else if (license.declared) {
        component.licenses.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.NamedLicense(license.declared.slice(0, 200)));
    }
}
function toolComponent(name, version) {
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.ComponentType.Application, name, version ? { version } : {});
}
function buildSbom(input) {
    const { spec } = SPECS[input.spec];
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Bom({
        serialNumber: input.serialNumber ?? `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`
    });
    bom.metadata.timestamp = input.timestamp ?? new Date();
    bom.metadata.tools.components.add(toolComponent('runguard', input.runguardVersion));
    const scannerTools = new Map();
    for (const run of input.toolRuns) {
        // The secret detector is runguard itself; a skipped tool did not contribute.
        if (run.status === 'skipped' || run.tool === 'secrets')
            continue;
        const tool = toolComponent(run.tool, run.version);
        scannerTools.set(run.tool, tool);
        bom.metadata.tools.components.add(tool);
    }
    const root = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.ComponentType.Application, input.projectName, {
        bomRef: `project:${input.projectName}`
    });
    bom.metadata.component = root;
    // Components by purl; the same package may be declared in several files.
    const byPurl = new Map();
    const byName = new Map();
    const addComponent = (purl, name, version, file, line) => {
        let component = byPurl.get(purl);
        if (!component) {
            component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.ComponentType.Library, pep503(name), {
                ...(version ? { version } : {}),
                purl,
                bomRef: purl
            });
            byPurl.set(purl, component);
            const list = byName.get(pep503(name)) ?? [];
            list.push(component);
            byName.set(pep503(name), list);
            bom.components.add(component);
        }
        component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Property('runguard:source', `${file}:${line}`));
        return component;
    };
    const dependedOn = new Set();
    // Installed packages first: a manifest entry of the same package (same version, or unpinned)
    // is the same component, seen from both sides.
    const installed = new Map();
    const origin = new Map();
    const seenFrom = (c, from) => {
        const set = origin.get(c) ?? new Set();
        set.add(from);
        origin.set(c, set);
    };
    if (input.environment) {
        for (const node of [...input.environment.graph.nodes.values()].sort((a, b) => a.pkg.purl.localeCompare(b.pkg.purl))) {
            const pkg = node.pkg;
            const component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.ComponentType.Library, pkg.name, {
                version: pkg.version,
                purl: pkg.purl,
                bomRef: pkg.purl
            });
            if (node.relationship !== 'project')
                component.scope = node.optional
                    ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.ComponentScope.Optional
                    : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.ComponentScope.Required;
            addLicense(component, pkg.license);
            for (const h of pkg.hashes)
                component.hashes.set(h.alg, h.content.toLowerCase());
            const props = [['runguard:relationship', node.relationship]];
            // Relative to the environment's root (the venv, or sys.prefix), so the SBOM names no
            // runner path; a package installed outside that root (a user site) gets none.
            const at = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(input.environment.environment.prefix, pkg.path);
            if (at && !at.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(at))
                props.push(['runguard:installed-at', at.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')]);
            const runtime = input.environment.runtime;
            if (runtime?.recorded)
                props.push([
                    'runguard:runtime',
                    runtime.loaded.includes(pkg.name) ? 'loaded at run time' : 'not loaded in this run'
                ]);
            if (node.via.length > 1)
                props.push(['runguard:via', node.via.join(' > ')]);
            if (pkg.record?.sha256)
                props.push(['runguard:record-sha256', pkg.record.sha256]);
            if (pkg.record)
                props.push(['runguard:record-files', `${pkg.record.hashed}/${pkg.record.files} hashed`]);
            if (pkg.license.source !== 'unknown' && pkg.license.source !== 'expression')
                props.push(['runguard:license-source', pkg.license.source]);
            if (pkg.license.declared)
                props.push(['runguard:license-declared', pkg.license.declared]);
            for (const [k, v] of props)
                component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Property(k, v));
            byPurl.set(pkg.purl, component);
            byName.set(pkg.name, [...(byName.get(pkg.name) ?? []), component]);
            installed.set(pkg.name, component);
            seenFrom(component, 'environment');
            bom.components.add(component);
        }
        for (const node of input.environment.graph.nodes.values()) {
            const from = installed.get(node.pkg.name);
            for (const dep of node.dependsOn) {
                const target = installed.get(dep);
                if (!target || target === from)
                    continue;
                from.dependencies.add(target.bomRef);
                dependedOn.add(target);
            }
        }
    }
    const manifestOnly = new Set();
    for (const c of input.components) {
        const same = installed.get(pep503(c.name));
        const folds = same !== undefined && (c.version === undefined || c.version === same.version);
        const component = folds ? same : addComponent(c.purl, c.name, c.version, c.file, c.line);
        if (folds)
            component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Property('runguard:source', `${c.file}:${c.line}`));
        else if (!origin.has(component))
            manifestOnly.add(component);
        seenFrom(component, 'manifest');
        for (const h of c.hashes ?? [])
            component.hashes.set(h.alg, h.content.toLowerCase());
    }
    // Where each package came from only means something when there were two sides to look at.
    for (const [component, from] of input.environment ? origin : []) {
        const value = from.size === 2 ? 'both' : ([...from][0] ?? 'manifest');
        component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Property('runguard:origin', value));
    }
    for (const c of input.components) {
        const from = byPurl.get(c.purl);
        if (!from || !manifestOnly.has(from))
            continue;
        for (const dep of c.dependsOn ?? []) {
            // Prefer a pinned entry; the graph must use the target's own BomRef object (identity match).
            const candidates = byName.get(pep503(dep)) ?? [];
            const target = candidates.find(t => t.version !== undefined) ?? candidates[0];
            if (!target || target === from)
                continue;
            from.dependencies.add(target.bomRef);
            dependedOn.add(target);
        }
    }
    const vulns = new Map();
    const depFindings = input.findings.filter(f => f.package && (f.tool === 'safety' || f.tool === 'osv-scanner'));
    for (const group of (0,_policy_dedupe_js__WEBPACK_IMPORTED_MODULE_7__/* .groupFindings */ .kG)(depFindings, rank)) {
        const ids = new Map();
        for (const m of group.members) {
            for (const id of [m.advisory?.id ?? m.ruleId, ...(m.advisory?.aliases ?? [])]) {
                if (!ids.has(id.toUpperCase()))
                    ids.set(id.toUpperCase(), id);
            }
        }
        const id = primaryId([...ids.values()]);
        const pkg = group.members[0]?.package;
        const first = group.members[0];
        const component = byPurl.get(pkg.purl) ??
            (byName.get(pep503(pkg.name)) ?? []).find(c => c.version === pkg.version) ??
            addComponent(pkg.purl, pkg.name, pkg.version, first.location.path, first.location.startLine);
        let acc = vulns.get(id.toUpperCase());
        if (!acc) {
            acc = { id, ids: new Map(), members: [], packages: new Map() };
            vulns.set(id.toUpperCase(), acc);
        }
        for (const [k, v] of ids)
            acc.ids.set(k, v);
        acc.members.push(...group.members);
        const entry = acc.packages.get(pkg.purl) ?? {
            component,
            version: pkg.version,
            fixed: new Set()
        };
        for (const m of group.members)
            for (const v of m.package?.fixedVersions ?? [])
                entry.fixed.add(v);
        acc.packages.set(pkg.purl, entry);
    }
    for (const acc of vulns.values())
        bom.vulnerabilities.add(buildVulnerability(acc, scannerTools));
    for (const component of byPurl.values()) {
        if (!dependedOn.has(component))
            root.dependencies.add(component.bomRef);
    }
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_4__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_4__.JSON.Normalize.Factory(spec));
    return serializer.serialize(bom, { sortLists: true, space: 2 });
}
function buildVulnerability(acc, scannerTools) {
    const worst = [...acc.members].sort((a, b) => rank(b) - rank(a))[0];
    const safetyHelp = acc.members.find(m => m.tool === 'safety')?.helpUri;
    const vuln = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Vulnerability({
        bomRef: `vulnerability:${acc.id}`,
        id: acc.id,
        source: sourceFor(acc.id, safetyHelp),
        description: worst.title,
        detail: worst.message
    });
    for (const alias of acc.ids.values()) {
        if (alias.toUpperCase() === acc.id.toUpperCase())
            continue;
        vuln.references.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Reference(alias, sourceFor(alias, safetyHelp)));
    }
    const seenVectors = new Set();
    for (const m of acc.members) {
        const vector = m.advisory?.cvssVector;
        const score = m.advisory?.cvssScore;
        const key = vector ?? (score === undefined ? '' : `score:${score}`);
        if (key === '' || seenVectors.has(key))
            continue;
        seenVectors.add(key);
        // The source is the record the score came from (a PYSEC finding scored from its GHSA
        // twin names the GHSA), not the record the tool happened to report.
        const from = m.advisory?.cvssSource ?? m.advisory?.id ?? m.ruleId;
        vuln.ratings.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Rating({
            source: sourceFor(from, from === m.advisory?.id || from === m.ruleId ? m.helpUri : undefined),
            ...(score === undefined ? {} : { score }),
            severity: SEVERITY_MAP[(0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_8__/* .presentFinding */ .hg)(m, 'unknown').cyclonedx],
            ...(vector ? { method: ratingMethod(vector), vector } : {})
        }));
    }
    if (seenVectors.size === 0) {
        // A qualitative severity from the database (e.g. GHSA "HIGH") without a vector, or
        // `unknown` when no record of the group had one (policy/severity.ts: it stays unknown).
        vuln.ratings.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Rating({
            source: sourceFor(acc.id, safetyHelp),
            severity: SEVERITY_MAP[(0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_8__/* .presentFinding */ .hg)(worst, 'unknown').cyclonedx]
        }));
    }
    for (const cwe of new Set(acc.members.flatMap(m => m.cwe))) {
        const n = Number(/(\d+)/.exec(cwe)?.[1]);
        if (Number.isInteger(n) && n > 0)
            vuln.cwes.add(n);
    }
    for (const url of new Set(acc.members.map(m => m.advisory?.url).filter((u) => Boolean(u)))) {
        vuln.advisories.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Advisory(url));
    }
    const recommendations = [];
    for (const [, pkg] of [...acc.packages].sort(([a], [b]) => a.localeCompare(b))) {
        vuln.affects.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Affect(pkg.component.bomRef, {
            versions: new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.AffectedVersionRepository([
                new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.AffectedSingleVersion(pkg.version, {
                    status: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_2__.Vulnerability.AffectStatus.Affected
                })
            ])
        }));
        const fixed = [...pkg.fixed].sort();
        if (fixed.length)
            recommendations.push(`Upgrade ${pkg.component.name} ${pkg.version} to ${fixed.join(' or ')} or later.`);
    }
    if (recommendations.length)
        vuln.recommendation = recommendations.join(' ');
    for (const tool of new Set(acc.members.map(m => m.tool))) {
        const component = scannerTools.get(tool);
        if (component)
            vuln.tools.components.add(component);
    }
    const suppressed = acc.members.find(m => m.suppressed)?.suppressed;
    if (suppressed && acc.members.every(m => m.suppressed)) {
        const until = suppressed.expires ? ` (until ${suppressed.expires})` : '';
        vuln.analysis = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_3__.Vulnerability.Analysis({
            detail: `Suppressed in runguard policy: ${suppressed.reason}${until}`
        });
    }
    return vuln;
}
/**
 * Validates SBOM JSON against the bundled CycloneDX schema; returns error lines (empty = valid).
 * Needs the library's `res/schema` next to the bundle at runtime (scripts/post-build.mjs).
 */
async function validateSbom(json, spec) {
    // Loaded lazily: only validation needs the schema files next to the bundle.
    const { JsonStrictValidator } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(8655)]).then(__webpack_require__.t.bind(__webpack_require__, 18655, 23));
    const errors = (await new JsonStrictValidator(SPECS[spec].version).validate(json));
    if (errors === null || errors === undefined)
        return [];
    const list = Array.isArray(errors)
        ? errors
        : [errors];
    return list.map(e => typeof e === 'object' && e !== null && 'message' in e
        ? `${e.instancePath ?? ''} ${e.message ?? ''}`.trim()
        : JSON.stringify(e));
}


/***/ })

};

export const id = 698;
export const ids = [698,7344,8317];
export const modules = {

/***/ 90698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeEnvironment: () => (/* binding */ analyzeEnvironment),
  checkLicensePolicy: () => (/* binding */ checkLicensePolicy),
  dependencyContext: () => (/* binding */ dependencyContext),
  describeContext: () => (/* binding */ describeContext),
  installedPackage: () => (/* binding */ installedPackage),
  locateInstalled: () => (/* binding */ locateInstalled),
  mismatchWarnings: () => (/* binding */ mismatchWarnings),
  restateUnpinned: () => (/* binding */ restateUnpinned),
  withDependencyContext: () => (/* binding */ withDependencyContext),
  writeInstalledFeed: () => (/* binding */ writeInstalledFeed)
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
// EXTERNAL MODULE: ./node_modules/pip-requirements-js/dist/index.js
var dist = __webpack_require__(16821);
// EXTERNAL MODULE: ./src/inventory/names.ts
var names = __webpack_require__(37344);
;// CONCATENATED MODULE: ./src/inventory/graph.ts



const VERSION_VARIABLES = new Set([
    'python_version',
    'python_full_version',
    'implementation_version'
]);
const unquote = (s) => s.replace(/^(['"])(.*)\1$/s, '$2');
function compare(left, op, right, versionLike) {
    if (op === 'in')
        return right.includes(left);
    if (op === 'not in')
        return !right.includes(left);
    if (versionLike && pep440_default().valid(left) !== null) {
        try {
            return pep440_default().satisfies(left, `${op}${right}`);
        }
        catch {
            // Fall through to string comparison, as packaging does for non-versions.
        }
    }
    if (op === '==' || op === '===')
        return left === right;
    if (op === '!=')
        return left !== right;
    return false;
}
/** Evaluates a PEP 508 marker; `extra` compares PEP 685-normalized names. */
function evaluateMarker(marker, env, extra) {
    if (marker.operator === 'and' || marker.operator === 'or') {
        const node = marker;
        const l = evaluateMarker(node.left, env, extra);
        return node.operator === 'and'
            ? l && evaluateMarker(node.right, env, extra)
            : l || evaluateMarker(node.right, env, extra);
    }
    const leaf = marker;
    const value = (side) => {
        if (/^['"]/.test(side))
            return { text: unquote(side) };
        if (side === 'extra')
            return { text: extra, variable: side };
        return { text: env[side] ?? '', variable: side };
    };
    const left = value(leaf.left);
    const right = value(leaf.right);
    const isExtra = left.variable === 'extra' || right.variable === 'extra';
    const l = isExtra ? (0,names/* normalizeName */.Pc)(left.text) : left.text;
    const r = isExtra ? (0,names/* normalizeName */.Pc)(right.text) : right.text;
    const versionLike = VERSION_VARIABLES.has(left.variable ?? '') || VERSION_VARIABLES.has(right.variable ?? '');
    // `"3.8" <= python_version` reads the other way round.
    if (left.variable === undefined &&
        right.variable !== undefined &&
        !['in', 'not in'].includes(leaf.operator)) {
        const flipped = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
        return compare(r, flipped[leaf.operator] ?? leaf.operator, l, versionLike);
    }
    return compare(l, leaf.operator, r, versionLike);
}
/** One Requires-Dist line, or undefined when it cannot be parsed. */
function parseRequirement(line) {
    let req;
    try {
        req = (0,dist.parsePipRequirementsLine)(line);
    }
    catch {
        return undefined;
    }
    if (!req || (req.type !== 'ProjectName' && req.type !== 'ProjectURL'))
        return undefined;
    const r = req;
    return {
        name: (0,names/* normalizeName */.Pc)(r.name),
        extras: (r.extras ?? []).map(names/* normalizeName */.Pc),
        ...(r.environmentMarkerTree ? { marker: r.environmentMarkerTree } : {})
    };
}
/** Does the requirement apply with these extras of the requiring package active? */
function applies(req, env, extras) {
    if (!req.marker)
        return true;
    for (const extra of ['', ...extras]) {
        try {
            if (evaluateMarker(req.marker, env, extra))
                return true;
        }
        catch {
            // A marker we cannot evaluate keeps the edge: better a dependency too many than a
            // vulnerable package wrongly called unrequired.
            return true;
        }
    }
    return false;
}
/** Preference among manifest entries naming a package: runtime before dev, then file order. */
function betterDeclaration(a, b) {
    if (b === undefined)
        return true;
    if (Boolean(a.optional) !== Boolean(b.optional))
        return !a.optional;
    return a.file < b.file || (a.file === b.file && a.line < b.line);
}
/**
 * Builds the graph: Requires-Dist edges (markers evaluated against the environment), then a
 * breadth-first walk from the manifest entries (runtime ones first, so `optional` is set only
 * where no runtime path exists). Without any manifest entry, every package nothing requires is
 * a root.
 */
function buildEnvironmentGraph(environment, manifest, projects = []) {
    const isProject = new Set(projects.map(names/* normalizeName */.Pc));
    const byName = new Map(environment.packages.map(p => [p.name, p]));
    const warnings = [];
    const parsed = new Map();
    for (const pkg of environment.packages) {
        const list = [];
        let bad = 0;
        for (const line of pkg.requires) {
            const req = parseRequirement(line);
            if (req)
                list.push(req);
            else
                bad++;
        }
        if (bad > 0)
            warnings.push(`${pkg.name} ${pkg.version}: ${bad} requirement(s) could not be read`);
        parsed.set(pkg.name, list);
    }
    // Declarations per installed package (the best one is where findings point).
    const declared = new Map();
    const rootExtras = new Map();
    for (const c of manifest) {
        if (!byName.has(c.name) || isProject.has(c.name))
            continue;
        if (betterDeclaration(c, declared.get(c.name)))
            declared.set(c.name, c);
        const set = rootExtras.get(c.name) ?? new Set();
        for (const e of c.extras ?? [])
            set.add(e);
        rootExtras.set(c.name, set);
    }
    const inferredRoots = declared.size === 0 && isProject.size === 0;
    // Active extras grow as requirements ask for them; iterate to a fixed point (bounded).
    const extras = new Map();
    for (const [name, set] of rootExtras)
        extras.set(name, new Set(set));
    const edges = new Map();
    for (let round = 0; round < 50; round++) {
        let changed = false;
        for (const pkg of environment.packages) {
            const active = extras.get(pkg.name) ?? new Set();
            const out = edges.get(pkg.name) ?? new Set();
            for (const req of parsed.get(pkg.name) ?? []) {
                if (!byName.has(req.name) || req.name === pkg.name)
                    continue;
                if (!applies(req, environment.markers, active))
                    continue;
                if (!out.has(req.name)) {
                    out.add(req.name);
                    changed = true;
                }
                const target = extras.get(req.name) ?? new Set();
                for (const e of req.extras)
                    if (!target.has(e)) {
                        target.add(e);
                        changed = true;
                    }
                extras.set(req.name, target);
            }
            edges.set(pkg.name, out);
        }
        if (!changed)
            break;
    }
    const roots = new Set(declared.keys());
    // What the installed project itself requires is direct, named in a manifest or not.
    for (const p of isProject)
        for (const dep of edges.get(p) ?? [])
            if (!isProject.has(dep))
                roots.add(dep);
    if (inferredRoots) {
        const required = new Set([...edges.values()].flatMap(s => [...s]));
        for (const p of environment.packages)
            if (!required.has(p.name))
                roots.add(p.name);
    }
    const nodes = new Map();
    for (const pkg of environment.packages) {
        if (!isProject.has(pkg.name))
            continue;
        nodes.set(pkg.name, {
            pkg,
            relationship: 'project',
            via: [pkg.name],
            optional: false,
            dependsOn: [...(edges.get(pkg.name) ?? [])].sort()
        });
    }
    const walk = (starts, optional) => {
        const queue = starts
            .filter(n => !nodes.has(n))
            .map(n => ({ name: n, via: [n], root: n }));
        for (const s of queue)
            nodes.set(s.name, node(s.name, s.via, optional, s.root, true));
        while (queue.length > 0) {
            const { name, via, root } = queue.shift();
            for (const dep of [...(edges.get(name) ?? [])].sort()) {
                if (nodes.has(dep))
                    continue;
                nodes.set(dep, node(dep, [...via, dep], optional, root, false));
                queue.push({ name: dep, via: [...via, dep], root });
            }
        }
    };
    const node = (name, via, optional, root, isRoot) => {
        const decl = declared.get(root);
        return {
            pkg: byName.get(name),
            relationship: isRoot ? 'direct' : 'transitive',
            via,
            optional,
            dependsOn: [...(edges.get(name) ?? [])].sort(),
            ...(decl ? { declaredAt: decl } : {})
        };
    };
    const sorted = [...roots].sort();
    walk(sorted.filter(n => !declared.get(n)?.optional), false);
    walk(sorted.filter(n => declared.get(n)?.optional), true);
    for (const pkg of environment.packages) {
        if (nodes.has(pkg.name))
            continue;
        nodes.set(pkg.name, {
            pkg,
            relationship: 'unlisted',
            via: [pkg.name],
            optional: false,
            dependsOn: [...(edges.get(pkg.name) ?? [])].sort()
        });
    }
    return { nodes, inferredRoots, warnings };
}
/** Where a finding on an installed package points: the manifest line that brings it in. */
function attributedLocation(node, fallbackFile) {
    if (node?.declaredAt)
        return { path: node.declaredAt.file, startLine: node.declaredAt.line };
    return { path: fallbackFile ?? '.', startLine: 1 };
}

// EXTERNAL MODULE: ./src/inventory/index.ts + 3 modules
var inventory = __webpack_require__(90174);
// EXTERNAL MODULE: ./src/inventory/licenses.ts
var licenses = __webpack_require__(74898);
;// CONCATENATED MODULE: ./src/inventory/installed.ts








const sameVersion = (a, b) => {
    if (a === undefined)
        return false;
    if (a === b)
        return true;
    return pep440_default().valid(a) !== null && pep440_default().valid(b) !== null && pep440_default().eq(a, b);
};
/** The manifest a finding on an unlisted package points at: a top-level requirements or pyproject. */
function mainManifest(components) {
    const files = [...new Set(components.map(c => c.file))];
    const rank = (f) => (f.includes('/') ? 10 : 0) +
        ((0,inventory.manifestKind)(f) === 'requirements' ? 0 : (0,inventory.manifestKind)(f) === 'pyproject' ? 1 : 2) +
        (components.some(c => c.file === f && c.optional) ? 5 : 0);
    return files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0];
}
/** Graph, cross-check and attribution of one read environment. */
function analyzeEnvironment(environment, manifest, projects = []) {
    const graph = buildEnvironmentGraph(environment, manifest, projects);
    const installed = new Map(environment.packages.map(p => [p.name, p]));
    const mismatches = [];
    for (const c of manifest) {
        const pkg = installed.get(c.name);
        if (pkg === undefined || c.version === undefined)
            continue;
        if (!sameVersion(c.version, pkg.version))
            mismatches.push({ component: c, installed: pkg.version });
    }
    const fallbackFile = mainManifest(manifest);
    return {
        environment,
        manifest,
        graph,
        mismatches,
        ...(fallbackFile ? { fallbackFile } : {})
    };
}
/** One warning line per manifest pin the environment contradicts. */
function mismatchWarnings(inv) {
    return inv.mismatches.map(m => `${m.component.file}:${m.component.line}: ${m.component.name} is pinned to ${m.component.version} but ${m.installed} is installed in the environment the script used`);
}
/** The installed package of that name (any version), or undefined. */
function installedPackage(inv, name) {
    return inv.graph.nodes.get((0,names/* normalizeName */.Pc)(name))?.pkg;
}
/**
 * Where a finding on an installed package points: the manifest line that pins that exact
 * version if one does; else the line of the direct dependency that brings it in; else the main
 * manifest's first line (or `.`).
 */
function locateInstalled(inv, manifest, name, version) {
    const wanted = (0,names/* normalizeName */.Pc)(name);
    const node = inv.graph.nodes.get(wanted);
    if (node === undefined || !sameVersion(node.pkg.version, version))
        return undefined;
    const pin = manifest
        .filter(c => c.name === wanted && sameVersion(c.version, version))
        .sort((a, b) => Number(Boolean(a.optional)) - Number(Boolean(b.optional)) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line)[0];
    if (pin)
        return { path: pin.file, startLine: pin.line };
    return attributedLocation(node, inv.fallbackFile);
}
/**
 * Writes the pins to a fresh temporary directory (never the workspace: nothing the scan writes
 * may land in the checkout, and the workspace could hold a symlink named like the file).
 * Editable installs are left out: their version names a working tree, not a release.
 */
function writeInstalledFeed(inv, manifest) {
    const pins = inv.environment.packages
        .filter(p => !p.editable)
        .map(p => `${p.name}==${p.version}`)
        .sort();
    if (pins.length === 0)
        return undefined;
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'runguard-installed-'));
    const requirementsFile = external_node_path_default().join(dir, 'requirements.txt');
    (0,external_node_fs_.writeFileSync)(requirementsFile, `${pins.join('\n')}\n`, { flag: 'wx', mode: 0o600 });
    return {
        requirementsFile,
        count: pins.length,
        locate: (name, version) => locateInstalled(inv, manifest, name, version),
        cleanup: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true })
    };
}
/** The context of a dependency finding, or undefined for non-PyPI or non-dependency findings. */
function dependencyContext(finding, inv, manifest) {
    const pkg = finding.package;
    if (!pkg || pkg.ecosystem !== 'PyPI')
        return undefined;
    const inManifest = manifest.some(c => c.name === pkg.name && sameVersion(c.version, pkg.version));
    const node = inv?.graph.nodes.get(pkg.name);
    const installed = node !== undefined && sameVersion(node.pkg.version, pkg.version);
    if (!installed)
        return inManifest ? { source: 'manifest' } : undefined;
    return {
        source: inManifest ? 'both' : 'environment',
        relationship: node.relationship,
        via: node.via,
        ...(node.optional ? { optional: true } : {})
    };
}
/** One sentence a user reads after the advisory: how the package got into the environment. */
function describeContext(ctx) {
    if (ctx.relationship === undefined)
        return 'Pinned in a manifest; not installed in the environment the script used.';
    const chain = ctx.via && ctx.via.length > 1 ? ` (${ctx.via.join(' → ')})` : '';
    const how = {
        project: 'the project itself',
        direct: 'a direct dependency',
        transitive: `a transitive dependency${chain}`,
        unlisted: 'installed but required by nothing the manifests list'
    };
    const optional = ctx.optional ? ', needed only by development or optional dependencies' : '';
    return `Installed as ${how[ctx.relationship]}${optional}.`;
}
/**
 * Dependency findings with their context (source, relationship, chain) and one sentence about
 * it at the end of the message, so every report says how the package got in.
 */
function withDependencyContext(findings, inv, manifest) {
    if (inv === undefined)
        return [...findings];
    return findings.map(f => {
        const context = dependencyContext(f, inv, manifest);
        if (context === undefined)
            return f;
        return { ...f, dependency: context, message: `${f.message} ${describeContext(context)}` };
    });
}
/**
 * Checks every installed package (the project itself excepted) against allow-licenses /
 * deny-licenses. Each violation names the package, its licence, where the licence was read and
 * how the package got into the environment.
 */
function checkLicensePolicy(inv, policy) {
    const violations = [];
    const unknown = [];
    if (policy.allow.length === 0 && policy.deny.length === 0)
        return { violations, unknown };
    const nodes = [...inv.graph.nodes.values()].sort((a, b) => a.pkg.name.localeCompare(b.pkg.name));
    for (const node of nodes) {
        if (node.relationship === 'project')
            continue;
        const { pkg } = node;
        if (pkg.license.expression === undefined) {
            unknown.push(`${pkg.name} ${pkg.version}`);
            continue;
        }
        const why = (0,licenses/* licenseViolation */.Nz)(pkg.license, policy);
        if (why === undefined)
            continue;
        const inManifest = inv.manifest.some(c => c.name === pkg.name);
        const context = describeContext({
            source: inManifest ? 'both' : 'environment',
            relationship: node.relationship,
            via: node.via,
            ...(node.optional ? { optional: true } : {})
        });
        const from = pkg.license.source === 'expression' ? 'License-Expression' : pkg.license.source;
        violations.push(`licence policy: ${pkg.name} ${pkg.version}: ${why} (licence from ${from}). ${context}`);
    }
    return { violations, unknown };
}
const UNMATCHABLE = /^(?<where>.+?:\d+): (?:editable )?(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)[^:]* (?:is unpinned|has no version|has no locked version): tools can't match it$/;
/**
 * A manifest warning that a dependency has no exact version, restated when the environment
 * the script used supplies one: the scanners were given that installed version, so "tools can't
 * match it" is no longer true. Other warnings come back unchanged.
 */
function restateUnpinned(warning, inv) {
    const m = inv ? UNMATCHABLE.exec(warning) : null;
    const name = m?.groups?.name;
    const node = name ? inv?.graph.nodes.get((0,names/* normalizeName */.Pc)(name)) : undefined;
    if (!m || !node)
        return warning;
    return `${m.groups?.where ?? ''}: ${node.pkg.name} has no exact version here; the environment the script used has ${node.pkg.version}, which OSV-Scanner and Safety were given`;
}


/***/ }),

/***/ 74898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ resolveLicense),
/* harmony export */   Nz: () => (/* binding */ licenseViolation)
/* harmony export */ });
/* unused harmony exports isSpdxExpression, licenseFromText, spdxLeaves */
/* harmony import */ var spdx_correct__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25728);
/* harmony import */ var spdx_correct__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(spdx_correct__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93326);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var spdx_satisfies__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45131);
/* harmony import */ var spdx_satisfies__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(spdx_satisfies__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Trove licence classifiers that name exactly one SPDX licence (trove-classifiers' list). Those
 * that name a family ("BSD License", "Apache Software License") are left to the licence text.
 */
const CLASSIFIERS = {
    'License :: OSI Approved :: MIT License': 'MIT',
    'License :: OSI Approved :: MIT No Attribution License (MIT-0)': 'MIT-0',
    'License :: OSI Approved :: ISC License (ISCL)': 'ISC',
    'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
    'License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)': 'MPL-1.1',
    'License :: OSI Approved :: The Unlicense (Unlicense)': 'Unlicense',
    'License :: OSI Approved :: Python Software Foundation License': 'PSF-2.0',
    'License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
    'License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
    'License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)': 'EPL-1.0',
    'License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
    'License :: OSI Approved :: GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
    'License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
    'License :: OSI Approved :: GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
    'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
    'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)': 'LGPL-2.0-only',
    'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
    'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
    'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
    'License :: OSI Approved :: GNU Affero General Public License v3': 'AGPL-3.0-only',
    'License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
    'License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0'
};
/**
 * Licence texts recognised by phrases only that licence has (checked on lowercased text with
 * whitespace collapsed); BSD without the non-endorsement clause is the 2-clause form.
 */
const TEXTS = [
    {
        id: 'MIT',
        all: [
            'permission is hereby granted, free of charge, to any person obtaining a copy',
            'the above copyright notice and this permission notice shall be included'
        ]
    },
    {
        id: 'BSD-3-Clause',
        all: ['redistribution and use in source and binary forms', 'neither the name'],
        none: ['advertising materials']
    },
    {
        id: 'BSD-2-Clause',
        all: ['redistribution and use in source and binary forms', 'this list of conditions'],
        none: ['neither the name', 'may not be used to endorse', 'advertising materials']
    },
    { id: 'Apache-2.0', all: ['apache license', 'version 2.0, january 2004'] },
    {
        id: 'ISC',
        all: [
            'permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted'
        ]
    },
    { id: 'MPL-2.0', all: ['mozilla public license version 2.0'] },
    {
        id: 'Unlicense',
        all: ['this is free and unencumbered software released into the public domain']
    }
];
/** True when `text` parses as an SPDX expression (spdx-expression-parse). */
function isSpdxExpression(text) {
    try {
        spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1___default()(text);
        return true;
    }
    catch {
        return false;
    }
}
/** The SPDX id of a well-known licence text, or undefined. */
function licenseFromText(text) {
    const flat = text.toLowerCase().replace(/\s+/g, ' ');
    return TEXTS.find(t => t.all.every(p => flat.includes(p)) && !(t.none ?? []).some(p => flat.includes(p)))?.id;
}
/** The package's licence as an SPDX expression, and where it came from. */
function resolveLicense(d) {
    const expression = d.expression?.trim();
    if (expression && isSpdxExpression(expression))
        return { expression, source: 'expression' };
    const field = d.license?.trim();
    const shortField = field && field.length <= 100 && !field.includes('\n') ? field : undefined;
    if (shortField && isSpdxExpression(shortField))
        return { expression: shortField, source: 'license-field' };
    const classifiers = d.classifiers.filter(c => c.startsWith('License ::'));
    const mapped = classifiers.map(c => CLASSIFIERS[c]);
    if (mapped.length > 0 && mapped.every((m) => m !== undefined)) {
        // Several licence classifiers mean the package may be used under any of them.
        const ids = [...new Set(mapped)];
        return {
            expression: ids.length === 1 ? ids[0] : ids.map(i => `(${i})`).join(' OR '),
            source: 'classifier',
            declared: classifiers.join('; ')
        };
    }
    for (const text of [field && !shortField ? field : undefined, d.licenseFile?.head]) {
        const id = text ? licenseFromText(text) : undefined;
        if (id)
            return {
                expression: id,
                source: 'license-text',
                declared: text === field ? 'License field text' : `licence file ${d.licenseFile?.file ?? ''}`
            };
    }
    if (shortField) {
        const corrected = spdx_correct__WEBPACK_IMPORTED_MODULE_0___default()(shortField);
        if (corrected && isSpdxExpression(corrected))
            return { expression: corrected, source: 'license-field', declared: shortField };
    }
    const declared = [shortField, ...classifiers].filter(Boolean).join('; ');
    return { source: 'unknown', ...(declared ? { declared } : {}) };
}
// ── policy ───────────────────────────────────────────────────────────────────────────────
/** Leaves of an SPDX expression, each as text (`MIT`, `GPL-2.0+`, `Apache-2.0 WITH LLVM-exception`). */
function spdxLeaves(expression) {
    const out = [];
    const walk = (node) => {
        if ('conjunction' in node) {
            walk(node.left);
            walk(node.right);
        }
        else {
            out.push(`${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`);
        }
    };
    walk(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1___default()(expression));
    return [...new Set(out)];
}
const satisfies = (expression, list) => {
    if (list.length === 0)
        return false;
    try {
        return spdx_satisfies__WEBPACK_IMPORTED_MODULE_2___default()(expression, list);
    }
    catch {
        return false;
    }
};
/** Why a package's licence fails the policy, or undefined when it passes or is unknown. */
function licenseViolation(license, policy) {
    const expression = license.expression;
    if (expression === undefined)
        return undefined;
    if (policy.allow.length > 0 && !satisfies(expression, policy.allow))
        return `${expression} is not satisfied by allow-licenses (${policy.allow.join(', ')})`;
    if (policy.deny.length > 0) {
        let leaves;
        try {
            leaves = spdxLeaves(expression);
        }
        catch {
            return undefined;
        }
        const denied = leaves.filter(l => satisfies(l, policy.deny));
        if (denied.length === 0)
            return undefined;
        // `MIT OR GPL-3.0-only` with GPL denied can still be used under MIT.
        const usable = leaves.filter(l => !denied.includes(l));
        if (!satisfies(expression, usable))
            return `${expression} needs ${denied.join(', ')}, which deny-licenses lists`;
    }
    return undefined;
}


/***/ }),

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


/***/ })

};

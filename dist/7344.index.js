export const id = 7344;
export const ids = [7344];
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


/***/ })

};

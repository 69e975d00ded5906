export const id = 174;
export const ids = [174];
export const modules = {

/***/ 67351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   tI: () => (/* binding */ compileGlobs)
/* harmony export */ });
/* unused harmony exports GlobError, MAX_PATTERN_LENGTH, MAX_ALTERNATIVES */
/**
 * Glob matching in polynomial time, for the patterns a pull request controls (`exclude` in
 * `.runguard.yml`, `path` in the ignore file) applied to names it also controls. Compiling a glob
 * to a backtracking regular expression (picomatch) lets a pattern such as `*a*a*a*a*a*a*a*a*b`
 * take minutes on one 30-character path, blocking the event loop so that no timeout can fire.
 * Here a pattern is matched segment by segment with two dynamic programmes (segments against
 * `**`, characters against `*`), so the cost is bounded by the product of the lengths whatever
 * the pattern.
 *
 * The syntax and meaning are picomatch's with `dot: true` (a differential test holds the two
 * together): `*`, `?`, `[a-z]`, `[!a]`/`[^a]`, `**` as a whole segment (any number of
 * segments), `{a,b}` and `{1..3}` (expanded, at most MAX_ALTERNATIVES), `\` escapes, a leading
 * `!` negates, a leading `./` is dropped. Two picomatch quirks are kept for compatibility
 * (`dir/**` also matches `dir`, while a wildcard segment before a final globstar needs a segment
 * below it); one is not: a trailing `/` in the
 * path is never optional (callers test a directory with and without it). Extended globs (`@(…)`, `+(…)`, `!(…)`, `*(…)`, `?(…)`)
 * are refused: their nested repetition is what makes matching explode.
 */
/** Thrown for a pattern runguard will not match; the message says why and what to write. */
class GlobError extends Error {
}
/** Patterns longer than this are refused (no path filter needs more). */
const MAX_PATTERN_LENGTH = 1024;
/** Brace alternatives one pattern may expand to. */
const MAX_ALTERNATIVES = 256;
/** Splits `{a,b}` / `{1..3}` alternatives, innermost first is not needed: expansion recurses. */
function expandBraces(pattern, budget) {
    let depth = 0;
    let open = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '{') {
            if (depth === 0)
                open = i;
            depth++;
        }
        else if (c === '}' && depth > 0) {
            depth--;
            if (depth === 0) {
                const body = pattern.slice(open + 1, i);
                const options = braceOptions(body);
                if (options === undefined)
                    continue;
                const head = pattern.slice(0, open);
                const tail = pattern.slice(i + 1);
                const out = [];
                for (const option of options)
                    for (const rest of expandBraces(head + option + tail, budget)) {
                        if (--budget.left < 0)
                            throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives; list fewer patterns`);
                        out.push(rest);
                    }
                return out;
            }
        }
    }
    return [pattern];
}
/** The alternatives of one brace body, or undefined when it is literal text (`{a}`). */
function braceOptions(body) {
    const range = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])$/.exec(body);
    if (range) {
        const [from, to] = [range[1], range[2]];
        const numeric = /\d/.test(from) && /\d/.test(to);
        if (!numeric && (/\d/.test(from) || /\d/.test(to)))
            return undefined;
        const a = numeric ? Number(from) : from.charCodeAt(0);
        const b = numeric ? Number(to) : to.charCodeAt(0);
        if (Math.abs(b - a) >= MAX_ALTERNATIVES)
            throw new GlobError(`range {${body}} has more than ${MAX_ALTERNATIVES} values`);
        const step = a <= b ? 1 : -1;
        const out = [];
        for (let v = a; step > 0 ? v <= b : v >= b; v += step)
            out.push(numeric ? String(v) : String.fromCharCode(v));
        return out;
    }
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\')
            i++;
        else if (c === '{')
            depth++;
        else if (c === '}')
            depth--;
        else if (c === ',' && depth === 0) {
            parts.push(body.slice(start, i));
            start = i + 1;
        }
    }
    if (parts.length === 0)
        return undefined;
    parts.push(body.slice(start));
    return parts;
}
/** Parses one segment's text into atoms. */
function parseSegment(text) {
    if (text === '**')
        return { globstar: true };
    const atoms = [];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            atoms.push({ kind: 'char', char: text[++i] });
        }
        else if (c === '*') {
            // `**` inside a segment is a plain star.
            while (text[i + 1] === '*')
                i++;
            atoms.push({ kind: 'star' });
        }
        else if (c === '?') {
            atoms.push({ kind: 'one' });
        }
        else if (c === '[') {
            const parsed = parseClass(text, i);
            if (parsed) {
                atoms.push(parsed.atom);
                i = parsed.end;
            }
            else
                atoms.push({ kind: 'char', char: c });
        }
        else
            atoms.push({ kind: 'char', char: c });
    }
    return {
        globstar: false,
        atoms,
        onlyStars: atoms.length > 0 && atoms.every(a => a.kind === 'star'),
        literal: atoms.every(a => a.kind === 'char')
    };
}
function parseClass(text, start) {
    let i = start + 1;
    const negated = text[i] === '!' || text[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    let first = true;
    for (; i < text.length; i++) {
        let c = text[i];
        if (c === ']' && !first)
            return { atom: { kind: 'class', negated, ranges }, end: i };
        first = false;
        if (c === '\\' && i + 1 < text.length)
            c = text[++i];
        const code = c.codePointAt(0);
        if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
            let hi = text[i + 2];
            i += 2;
            if (hi === '\\' && i + 1 < text.length)
                hi = text[++i];
            ranges.push([code, hi.codePointAt(0)]);
        }
        else
            ranges.push([code, code]);
    }
    return undefined;
}
function atomMatches(atom, c) {
    switch (atom.kind) {
        case 'char':
            return atom.char === c;
        case 'one':
            return true;
        case 'star':
            return true;
        case 'class': {
            const code = c.codePointAt(0);
            const inside = atom.ranges.some(([lo, hi]) => code >= lo && code <= hi);
            return inside !== atom.negated;
        }
    }
}
/** Characters of one path segment against one segment pattern: O(atoms × chars). */
function segmentMatches(segment, text) {
    if (segment.onlyStars && (text === '' || text === '.' || text === '..'))
        return false;
    const atoms = segment.atoms;
    const chars = [...text];
    // reach[j]: the atoms so far can consume exactly chars[0..j).
    let reach = new Array(chars.length + 1).fill(false);
    reach[0] = true;
    for (const atom of atoms) {
        const next = new Array(chars.length + 1).fill(false);
        if (atom.kind === 'star') {
            let any = false;
            for (let j = 0; j <= chars.length; j++) {
                any ||= reach[j];
                next[j] = any;
            }
        }
        else {
            for (let j = 0; j < chars.length; j++)
                if (reach[j] && atomMatches(atom, chars[j]))
                    next[j + 1] = true;
        }
        reach = next;
        if (!reach.includes(true))
            return false;
    }
    return reach[chars.length];
}
/** Segments of a path against segment patterns, `**` taking any number: O(patterns × segments). */
function pathMatches(patterns, segments) {
    let reach = new Array(segments.length + 1).fill(false);
    reach[0] = true;
    for (const p of patterns) {
        const next = new Array(segments.length + 1).fill(false);
        if (p.globstar) {
            let any = false;
            for (let j = 0; j <= segments.length; j++) {
                if (p.atLeastOne)
                    next[j] = any;
                any ||= reach[j];
                if (!p.atLeastOne)
                    next[j] = any;
            }
        }
        else {
            for (let j = 0; j < segments.length; j++)
                if (reach[j] && segmentMatches(p, segments[j]))
                    next[j + 1] = true;
        }
        reach = next;
        if (!reach.includes(true))
            return false;
    }
    return reach[segments.length];
}
/** Compiles one pattern; throws GlobError for a pattern runguard refuses. */
function compileGlob(pattern) {
    if (pattern === '')
        throw new GlobError('is empty');
    if (pattern.length > MAX_PATTERN_LENGTH)
        throw new GlobError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
    let text = pattern;
    let negated = false;
    while (text.startsWith('!') && !text.startsWith('!(')) {
        negated = !negated;
        text = text.slice(1);
    }
    if (/(^|[^\\])[@!+*?]\(/.test(text))
        throw new GlobError('uses an extended glob (@(…), +(…), !(…), *(…), ?(…)), which runguard does not support; list the alternatives as separate patterns or with {a,b}');
    while (text.startsWith('./'))
        text = text.slice(2);
    const alternatives = expandBraces(text, { left: MAX_ALTERNATIVES }).map(alt => {
        const segs = alt.split('/').map(parseSegment);
        // picomatch: `dir/**` also matches `dir` itself; a wildcard segment before it does not.
        const last = segs.at(-1);
        const before = segs.at(-2);
        if (last?.globstar && before && !before.globstar && !before.literal)
            last.atLeastOne = true;
        return segs;
    });
    return path => {
        const segments = path.split('/');
        return alternatives.some(segs => pathMatches(segs, segments)) !== negated;
    };
}
/** Compiles patterns; a path matches when any pattern matches (picomatch's array form). */
function compileGlobs(patterns) {
    const matchers = patterns.map(compileGlob);
    return path => matchers.some(m => m(path));
}
/** Why runguard refuses `pattern`, or undefined when it compiles. */
function globProblem(pattern) {
    try {
        compileGlob(pattern);
        return undefined;
    }
    catch (error) {
        if (error instanceof GlobError)
            return error.message;
        throw error;
    }
}


/***/ }),

/***/ 90174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeSpecifier: () => (/* reexport */ names/* analyzeSpecifier */.zZ),
  discoverComponents: () => (/* binding */ discoverComponents),
  manifestKind: () => (/* binding */ manifestKind),
  normalizeName: () => (/* reexport */ names/* normalizeName */.Pc),
  parsePipfileLock: () => (/* reexport */ parsePipfileLock),
  parsePoetryLock: () => (/* reexport */ parsePoetryLock),
  parsePyproject: () => (/* reexport */ parsePyproject),
  parseRequirements: () => (/* reexport */ parseRequirements),
  parseUvLock: () => (/* reexport */ parseUvLock),
  pypiPurl: () => (/* reexport */ names/* pypiPurl */.iC)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/glob/match.ts
var match = __webpack_require__(67351);
// EXTERNAL MODULE: ./src/util/bounded-read.ts
var bounded_read = __webpack_require__(34282);
// EXTERNAL MODULE: ./src/util/paths.ts
var util_paths = __webpack_require__(24964);
// EXTERNAL MODULE: ./src/util/skipped-dirs.ts
var skipped_dirs = __webpack_require__(38745);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/inventory/names.ts
var names = __webpack_require__(37344);
;// CONCATENATED MODULE: ./src/inventory/lockfiles.ts



function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function hashesOf(values) {
    const seen = new Set();
    const out = [];
    for (const v of values) {
        if (typeof v !== 'string')
            continue;
        const h = (0,names/* parseHash */.Eb)(v);
        if (h && !seen.has(h.content)) {
            seen.add(h.content);
            out.push(h);
        }
    }
    return out;
}
/**
 * Pipfile.lock (JSON): `default` and `develop` map names to `{version: "==1.0", hashes: [...]}`.
 * The line is the one of the package's key inside its section.
 */
function parsePipfileLock(text, file) {
    const components = [];
    const warnings = [];
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        return { components, warnings: [`${file}: not valid JSON (${e.message})`] };
    }
    if (!(0,json/* isObject */.Gv)(doc))
        return { components, warnings: [`${file}: not a Pipfile.lock object`] };
    for (const section of ['default', 'develop']) {
        const entries = doc[section];
        if (!(0,json/* isObject */.Gv)(entries))
            continue;
        const sectionAt = new RegExp(`"${section}"\\s*:`).exec(text)?.index ?? 0;
        for (const [rawName, entry] of Object.entries(entries)) {
            if (!(0,json/* isObject */.Gv)(entry))
                continue;
            const keyAt = new RegExp(`"${escapeRegExp(rawName)}"\\s*:`, 'g');
            keyAt.lastIndex = sectionAt;
            const line = (0,names/* lineAt */.mh)(text, keyAt.exec(text)?.index ?? sectionAt);
            const hashes = hashesOf(Array.isArray(entry.hashes) ? entry.hashes : []);
            const spec = typeof entry.version === 'string' ? entry.version : '';
            const { version } = (0,names/* analyzeSpecifier */.zZ)(spec);
            const optional = section === 'develop';
            if (version !== undefined) {
                components.push((0,names/* makeComponent */.G1)({ name: rawName, version, file, line, hashes, optional }));
            }
            else {
                // VCS, path and editable entries carry no version.
                components.push((0,names/* makeComponent */.G1)({ name: rawName, file, line, hashes, optional }));
                warnings.push(`${file}:${line}: ${(0,names/* normalizeName */.Pc)(rawName)} has no locked version: tools can't match it`);
            }
        }
    }
    return { components, warnings };
}
/** Line of `name = "<name>"` inside the n-th `[[package]]` block (TOML arrays keep order). */
function packageLines(text) {
    const lines = text.split(/\r?\n/);
    const result = [];
    let inPackage = false;
    lines.forEach((l, i) => {
        const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(l);
        if (header) {
            const isBlock = /^\s*\[\[\s*package\s*\]\]/.test(l);
            if (isBlock) {
                inPackage = true;
                result.push(i + 1);
            }
            else if (!header[1]?.startsWith('package.'))
                inPackage = false;
            return;
        }
        if (inPackage && /^\s*name\s*=/.test(l) && result.length > 0) {
            result[result.length - 1] = i + 1;
            inPackage = false;
        }
    });
    return result;
}
function parseTomlSafe(text, file) {
    try {
        return { doc: (0,dist/* parse */.qg)(text) };
    }
    catch (e) {
        return { warning: `${file}: not valid TOML (${e.message.split('\n')[0]})` };
    }
}
function dependencyNames(value) {
    if ((0,json/* isObject */.Gv)(value))
        return Object.keys(value).map(names/* normalizeName */.Pc);
    if (Array.isArray(value))
        return value
            .map(d => ((0,json/* isObject */.Gv)(d) && typeof d.name === 'string' ? (0,names/* normalizeName */.Pc)(d.name) : undefined))
            .filter((d) => d !== undefined);
    return [];
}
/**
 * poetry.lock: `[[package]]` with name, version, `[package.dependencies]`, and hashes either in
 * `files = [{hash}]` (Poetry ≥1.2) or in `[metadata.files]` (older).
 */
function parsePoetryLock(text, file) {
    const { doc, warning } = parseTomlSafe(text, file);
    if (!doc)
        return { components: [], warnings: warning !== undefined ? [warning] : [] };
    const packages = Array.isArray(doc.package) ? doc.package : [];
    const lines = packageLines(text);
    const metadata = (0,json/* isObject */.Gv)(doc.metadata) && (0,json/* isObject */.Gv)(doc.metadata.files) ? doc.metadata.files : {};
    const legacyFiles = new Map(Object.entries(metadata).map(([k, v]) => [(0,names/* normalizeName */.Pc)(k), v]));
    const components = [];
    const warnings = [];
    packages.forEach((pkg, i) => {
        if (!(0,json/* isObject */.Gv)(pkg) || typeof pkg.name !== 'string')
            return;
        const line = lines[i] ?? 1;
        const files = Array.isArray(pkg.files) ? pkg.files : legacyFiles.get((0,names/* normalizeName */.Pc)(pkg.name));
        const hashes = hashesOf((Array.isArray(files) ? files : []).map(f => ((0,json/* isObject */.Gv)(f) ? f.hash : undefined)));
        const dependsOn = [...new Set(dependencyNames(pkg.dependencies))].sort();
        const version = typeof pkg.version === 'string' && pkg.version !== '' ? pkg.version : undefined;
        components.push((0,names/* makeComponent */.G1)({ name: pkg.name, version, file, line, hashes, dependsOn }));
        if (version === undefined)
            warnings.push(`${file}:${line}: ${(0,names/* normalizeName */.Pc)(pkg.name)} has no locked version`);
    });
    return { components, warnings };
}
/**
 * uv.lock: `[[package]]` with name, version, `source`, `dependencies = [{name}]`, sdist/wheels
 * hashes. The project itself (source editable/virtual) is not a dependency and is left out.
 */
function parseUvLock(text, file) {
    const { doc, warning } = parseTomlSafe(text, file);
    if (!doc)
        return { components: [], warnings: warning !== undefined ? [warning] : [] };
    const packages = Array.isArray(doc.package) ? doc.package : [];
    const lines = packageLines(text);
    const components = [];
    const warnings = [];
    packages.forEach((pkg, i) => {
        if (!(0,json/* isObject */.Gv)(pkg) || typeof pkg.name !== 'string')
            return;
        const source = (0,json/* isObject */.Gv)(pkg.source) ? pkg.source : {};
        if ('editable' in source || 'virtual' in source)
            return;
        const line = lines[i] ?? 1;
        const wheels = Array.isArray(pkg.wheels) ? pkg.wheels : [];
        const artifacts = [...((0,json/* isObject */.Gv)(pkg.sdist) ? [pkg.sdist] : []), ...wheels];
        const hashes = hashesOf(artifacts.map(a => ((0,json/* isObject */.Gv)(a) ? a.hash : undefined)));
        const optional = (0,json/* isObject */.Gv)(pkg['optional-dependencies'])
            ? Object.values(pkg['optional-dependencies']).flatMap(dependencyNames)
            : [];
        const dependsOn = [...new Set([...dependencyNames(pkg.dependencies), ...optional])].sort();
        const version = typeof pkg.version === 'string' && pkg.version !== '' ? pkg.version : undefined;
        components.push((0,names/* makeComponent */.G1)({ name: pkg.name, version, file, line, hashes, dependsOn }));
        if (version === undefined)
            warnings.push(`${file}:${line}: ${(0,names/* normalizeName */.Pc)(pkg.name)} has no locked version`);
    });
    return { components, warnings };
}

;// CONCATENATED MODULE: ./src/inventory/pyproject.ts



const PEP508 = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s;
/** Finds the 1-based line of the first of `needles` at or after line `from` (1-based). */
function findLine(lines, from, needles) {
    for (let i = Math.max(0, from - 1); i < lines.length; i++) {
        const l = lines[i];
        if (needles.some(n => n.test(l)))
            return i + 1;
    }
    return undefined;
}
/** 1-based line of a `[table.header]`, or 1. */
function headerLine(lines, header) {
    const esc = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\s*\\.\\s*');
    return findLine(lines, 1, [new RegExp(`^\\s*\\[\\s*${esc}\\s*\\]`)]) ?? 1;
}
function quoted(s) {
    const esc = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`["']${esc}["']`);
}
/**
 * Poetry's own specifier syntax: a bare version (`1.2.3`) is an exact pin, `^`/`~` are
 * ranges; anything else is PEP 440.
 */
function poetryPin(spec) {
    const s = spec.trim();
    if (/^[0-9][0-9A-Za-z.!+-]*$/.test(s) && !s.includes('*'))
        return (0,names/* analyzeSpecifier */.zZ)(`==${s}`).version;
    if (/^[\^~](?!=)/.test(s))
        return undefined;
    return (0,names/* analyzeSpecifier */.zZ)(s).version;
}
/**
 * pyproject.toml: PEP 621 `project.dependencies` and `project.optional-dependencies`, PEP 735
 * `dependency-groups`, and Poetry's `[tool.poetry.dependencies]` / group / dev tables.
 */
function parsePyproject(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        return {
            components: [],
            warnings: [`${file}: not valid TOML (${e.message.split('\n')[0]})`]
        };
    }
    const lines = text.split(/\r?\n/);
    const components = [];
    const warnings = [];
    const warn = (line, message) => {
        warnings.push(`${file}:${line}: ${(0,names/* stripUrlCredentials */.um)(message)}`);
    };
    const pep508 = (req, from, optional = false) => {
        const line = findLine(lines, from, [quoted(req)]) ?? from;
        const m = PEP508.exec(req);
        if (!m?.[1]) {
            warn(line, `cannot parse requirement ${req}`);
            return;
        }
        const rest = (m[3] ?? '').trim();
        // PEP 508: after the name come a specifier, `@ url`, `; markers` or nothing.
        if (rest !== '' && !/^[<>=!~(@;]/.test(rest)) {
            warn(line, `cannot parse requirement ${req}`);
            return;
        }
        const extras = (0,names/* parseExtras */.F7)(m[2]);
        const more = { ...(extras ? { extras } : {}), ...(optional ? { optional } : {}) };
        if (rest.startsWith('@')) {
            components.push((0,names/* makeComponent */.G1)({ name: m[1], file, line, ...more }));
            warn(line, `${m[1]} ${rest.split(/\s+;/)[0]} has no version: tools can't match it`);
            return;
        }
        const specifier = (rest.split(';')[0] ?? '')
            .trim()
            .replace(/^\((.*)\)$/, '$1')
            .replace(/\s+/g, '');
        const { version } = (0,names/* analyzeSpecifier */.zZ)(specifier);
        if (version !== undefined) {
            components.push((0,names/* makeComponent */.G1)({ name: m[1], version, file, line, ...more }));
            return;
        }
        components.push((0,names/* makeComponent */.G1)({ name: m[1], file, line, ...(specifier ? { specifier } : {}), ...more }));
        warn(line, `${m[1]}${specifier} is unpinned: tools can't match it`);
    };
    const project = (0,json/* isObject */.Gv)(doc.project) ? doc.project : undefined;
    if (project) {
        const start = headerLine(lines, 'project');
        if (Array.isArray(project.dependencies))
            for (const d of project.dependencies)
                if (typeof d === 'string')
                    pep508(d, start);
        const optional = project['optional-dependencies'];
        if ((0,json/* isObject */.Gv)(optional)) {
            const optStart = headerLine(lines, 'project.optional-dependencies');
            for (const list of Object.values(optional))
                if (Array.isArray(list))
                    for (const d of list)
                        if (typeof d === 'string')
                            pep508(d, Math.max(optStart, start), true);
        }
    }
    const groups = doc['dependency-groups'];
    if ((0,json/* isObject */.Gv)(groups)) {
        const start = headerLine(lines, 'dependency-groups');
        for (const list of Object.values(groups))
            if (Array.isArray(list))
                for (const d of list)
                    if (typeof d === 'string')
                        pep508(d, start, true);
    }
    const poetry = (0,json/* isObject */.Gv)(doc.tool) && (0,json/* isObject */.Gv)(doc.tool.poetry) ? doc.tool.poetry : undefined;
    if (poetry) {
        const tables = [
            ['tool.poetry.dependencies', poetry.dependencies],
            ['tool.poetry.dev-dependencies', poetry['dev-dependencies']]
        ];
        if ((0,json/* isObject */.Gv)(poetry.group))
            for (const [g, def] of Object.entries(poetry.group))
                if ((0,json/* isObject */.Gv)(def))
                    tables.push([`tool.poetry.group.${g}.dependencies`, def.dependencies]);
        for (const [header, table] of tables) {
            if (!(0,json/* isObject */.Gv)(table))
                continue;
            // Only the main dependencies table is needed at run time.
            const optional = header !== 'tool.poetry.dependencies';
            const start = headerLine(lines, header);
            for (const [rawName, value] of Object.entries(table)) {
                if ((0,names/* normalizeName */.Pc)(rawName) === 'python')
                    continue;
                const esc = rawName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                const line = findLine(lines, start, [new RegExp(`^\\s*["']?${esc}["']?\\s*=`)]) ?? start;
                // Several constraints for different markers: list the package once, unpinned.
                const spec = typeof value === 'string'
                    ? value
                    : (0,json/* isObject */.Gv)(value) && typeof value.version === 'string'
                        ? value.version
                        : undefined;
                if (spec === undefined) {
                    components.push((0,names/* makeComponent */.G1)({ name: rawName, file, line, optional }));
                    warn(line, `${(0,names/* normalizeName */.Pc)(rawName)} is a path, URL, VCS or multi-constraint dependency: tools can't match it`);
                    continue;
                }
                const version = poetryPin(spec);
                if (version !== undefined)
                    components.push((0,names/* makeComponent */.G1)({ name: rawName, version, file, line, optional }));
                else {
                    components.push((0,names/* makeComponent */.G1)({ name: rawName, file, line, specifier: spec, optional }));
                    warn(line, `${(0,names/* normalizeName */.Pc)(rawName)} ${spec} is unpinned: tools can't match it`);
                }
            }
        }
    }
    const projectName = typeof project?.name === 'string'
        ? project.name
        : poetry && typeof poetry.name === 'string'
            ? poetry.name
            : undefined;
    return {
        components,
        warnings,
        ...(projectName !== undefined ? { project: (0,names/* normalizeName */.Pc)(projectName) } : {})
    };
}

;// CONCATENATED MODULE: ./src/inventory/requirements.ts

/** pip's COMMENT_RE: `#` at the start or after whitespace (so `#egg=` in URLs survives). */
const COMMENT = /(^|\s+)#.*$/;
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s;
const URL_LIKE = /^([a-z][a-z0-9+.-]*:\/\/|[a-z]+\+[a-z]+:|\.{0,2}\/|[A-Za-z]:\\|file:)/i;
/** Options that only steer pip (indexes, binaries); they say nothing about which packages. */
const IGNORED_OPTIONS = new Set([
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '--no-index',
    '--pre',
    '--trusted-host',
    '--prefer-binary',
    '--require-hashes',
    '--only-binary',
    '--no-binary',
    '--use-feature'
]);
/** Joins `\` continuations and drops comments, keeping the first physical line's number (pip). */
function logicalLines(text) {
    const out = [];
    let pending = [];
    let start = 0;
    const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    physical.forEach((raw, i) => {
        const hasComment = COMMENT.test(raw);
        if (raw.endsWith('\\') && !hasComment) {
            if (pending.length === 0)
                start = i + 1;
            pending.push(raw.slice(0, -1));
            return;
        }
        const piece = hasComment ? ` ${raw}` : raw;
        if (pending.length > 0) {
            pending.push(piece);
            out.push({ line: start, text: pending.join('') });
            pending = [];
        }
        else
            out.push({ line: i + 1, text: piece });
    });
    if (pending.length > 0)
        out.push({ line: start, text: pending.join('') });
    return out
        .map(l => ({ line: l.line, text: l.text.replace(COMMENT, '').trim() }))
        .filter(l => l.text !== '');
}
/** Splits a line into the requirement and its trailing `--option` tokens (pip's break_args_options). */
function splitOptions(text) {
    const tokens = text.split(/\s+/);
    const idx = tokens.findIndex(t => t.startsWith('-'));
    if (idx === -1)
        return { requirement: text, options: [] };
    return { requirement: tokens.slice(0, idx).join(' '), options: tokens.slice(idx) };
}
/** Value of `-x value`, `-xvalue`, `--long value` or `--long=value` when the line starts with it. */
function optionValue(text, short, long) {
    const m = new RegExp(`^(?:${short}\\s*|${long}(?:\\s*=\\s*|\\s+))(\\S+)`).exec(text);
    return m?.[1];
}
/** `#egg=name` in a VCS/URL requirement; the only name such a line carries. */
function eggName(url) {
    const m = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
    return m?.[1];
}
/** Parses one requirements file (pure; includes are returned, not followed). */
function parseRequirements(text, file) {
    const components = [];
    const includes = [];
    const warnings = [];
    const warn = (line, message) => {
        warnings.push(`${file}:${line}: ${(0,names/* stripUrlCredentials */.um)(message)}`);
    };
    for (const { line, text: logical } of logicalLines(text)) {
        if (logical.startsWith('-')) {
            const req = optionValue(logical, '-r', '--requirement');
            const con = optionValue(logical, '-c', '--constraint');
            const editable = optionValue(logical, '-e', '--editable');
            if (req !== undefined || con !== undefined) {
                const target = (req ?? con);
                if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target))
                    warn(line, `remote include ${target} is not followed`);
                else
                    includes.push({ kind: req !== undefined ? 'requirement' : 'constraint', target, line });
            }
            else if (editable !== undefined) {
                const name = eggName(editable);
                if (name === undefined)
                    warn(line, `editable ${editable} has no #egg= name: not listed`);
                else {
                    components.push((0,names/* makeComponent */.G1)({ name, file, line }));
                    warn(line, `editable ${editable} has no version: tools can't match it`);
                }
            }
            else {
                const option = logical.split(/[\s=]/)[0] ?? logical;
                if (!IGNORED_OPTIONS.has(option))
                    warn(line, `unknown option ${option} ignored`);
            }
            continue;
        }
        const { requirement, options } = splitOptions(logical);
        const hashes = [];
        options.forEach((opt, i) => {
            const value = opt.startsWith('--hash=')
                ? opt.slice('--hash='.length)
                : opt === '--hash'
                    ? options[i + 1]
                    : undefined;
            if (value === undefined)
                return;
            const hash = (0,names/* parseHash */.Eb)(value);
            if (hash)
                hashes.push(hash);
            else
                warn(line, `unrecognised hash ${value}`);
        });
        if (URL_LIKE.test(requirement)) {
            const name = eggName(requirement);
            if (name === undefined)
                warn(line, `${requirement} has no package name: not listed`);
            else {
                components.push((0,names/* makeComponent */.G1)({ name, file, line, hashes }));
                warn(line, `${requirement} has no version: tools can't match it`);
            }
            continue;
        }
        const m = NAME.exec(requirement);
        if (!m?.[1]) {
            warn(line, `cannot parse requirement ${requirement}`);
            continue;
        }
        const name = m[1];
        const extras = (0,names/* parseExtras */.F7)(m[2]);
        const rest = (m[3] ?? '').trim();
        // PEP 508: after the name come a specifier, `@ url`, `; markers` or nothing.
        if (rest !== '' && !/^[<>=!~(@;]/.test(rest)) {
            warn(line, `cannot parse requirement ${requirement}`);
            continue;
        }
        if (rest.startsWith('@')) {
            components.push((0,names/* makeComponent */.G1)({ name, file, line, hashes }));
            warn(line, `${name} ${rest.split(/\s+;/)[0]} has no version: tools can't match it`);
            continue;
        }
        // Markers are kept out of the specifier; the requirement is listed whatever they say.
        const specifier = (rest.split(';')[0] ?? '')
            .trim()
            .replace(/^\((.*)\)$/, '$1')
            .replace(/\s+/g, '');
        const info = (0,names/* analyzeSpecifier */.zZ)(specifier);
        if (!info.valid)
            warn(line, `${name}${specifier}: invalid version specifier`);
        if (info.version !== undefined) {
            components.push((0,names/* makeComponent */.G1)({
                name,
                version: info.version,
                file,
                line,
                hashes,
                ...(extras ? { extras } : {})
            }));
        }
        else {
            components.push((0,names/* makeComponent */.G1)({
                name,
                file,
                line,
                hashes,
                ...(specifier !== '' ? { specifier } : {}),
                ...(extras ? { extras } : {})
            }));
            warn(line, `${name}${specifier} is unpinned: tools can't match it`);
        }
    }
    // A dev/test requirements file declares optional packages only.
    const optional = (0,names/* isDevRequirementsFile */.iz)(file);
    return {
        components: optional ? components.map(c => ({ ...c, optional: true })) : components,
        includes,
        warnings
    };
}

;// CONCATENATED MODULE: ./src/inventory/index.ts














/** Directories never walked into (util/skipped-dirs.ts: tooling state, not the project's manifests). */
const SKIP_DIRS = new Set(skipped_dirs/* SKIPPED_DIRS */.K);
/** Dependency files larger than this are not real manifests; skip instead of stalling. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Which parser a file name calls for, or undefined when it is not a dependency file. */
function manifestKind(repoPath) {
    const base = external_node_path_default().posix.basename(repoPath);
    const parent = external_node_path_default().posix.basename(external_node_path_default().posix.dirname(repoPath));
    if (/^requirements.*\.txt$/i.test(base))
        return 'requirements';
    if (parent === 'requirements' && /\.txt$/i.test(base))
        return 'requirements';
    if (base === 'Pipfile.lock')
        return 'pipfile-lock';
    if (base === 'poetry.lock')
        return 'poetry-lock';
    if (base === 'uv.lock')
        return 'uv-lock';
    if (base === 'pyproject.toml')
        return 'pyproject';
    return undefined;
}
const PARSERS = {
    'pipfile-lock': parsePipfileLock,
    'poetry-lock': parsePoetryLock,
    'uv-lock': parseUvLock,
    pyproject: parsePyproject
};
/**
 * Finds and parses the Python dependency files under `paths` (relative to `workspace` or
 * absolute inside it). Skips VCS dirs, virtualenvs (a dir with pyvenv.cfg), node_modules and
 * `exclude` globs (src/glob/match.ts, matched on repo-relative paths). Never throws for a bad file:
 * it becomes a warning.
 */
async function discoverComponents(workspace, paths, logger, exclude = []) {
    const root = external_node_path_default().resolve(workspace);
    const isExcluded = exclude.length > 0 ? (0,match/* compileGlobs */.tI)(exclude) : () => false;
    const warnings = [];
    const found = new Set();
    const walk = (abs, rel) => {
        if (rel !== '.' && (isExcluded(rel) || isExcluded(`${rel}/`)))
            return;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch (e) {
            warnings.push(`${rel}: cannot list directory (${e.code ?? 'error'})`);
            return;
        }
        if (rel !== '.' && entries.some(e => e.name === 'pyvenv.cfg'))
            return;
        for (const entry of entries) {
            const childRel = rel === '.' ? entry.name : `${rel}/${entry.name}`;
            // Symlinked directories are not followed (loops, and they may leave the workspace).
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name))
                    walk(external_node_path_default().join(abs, entry.name), childRel);
            }
            else if ((entry.isFile() || entry.isSymbolicLink()) &&
                manifestKind(childRel) &&
                !isExcluded(childRel)) {
                found.add(childRel);
            }
        }
    };
    for (const p of paths) {
        const rel = (0,util_paths/* toRepoPath */.x)(root, p);
        if (rel === undefined) {
            warnings.push(`${p}: outside the workspace, not scanned for dependencies`);
            continue;
        }
        const abs = external_node_path_default().join(root, rel);
        if (!(0,external_node_fs_.existsSync)(abs)) {
            warnings.push(`${rel}: does not exist`);
            continue;
        }
        if ((0,external_node_fs_.lstatSync)(abs).isDirectory())
            walk(abs, rel);
        else if (manifestKind(rel) && !isExcluded(rel))
            found.add(rel);
    }
    const components = [];
    const files = [];
    const projects = new Set();
    const read = async (rel) => {
        const checked = (0,util_paths/* toRepoPath */.x)(root, rel);
        if (checked === undefined) {
            warnings.push(`${rel}: resolves outside the workspace, not read`);
            return undefined;
        }
        try {
            return await (0,bounded_read/* readBoundedText */.H)(external_node_path_default().join(root, checked), MAX_FILE_BYTES);
        }
        catch (e) {
            warnings.push(e instanceof bounded_read/* UnreadableFileError */.o
                ? `${rel}: ${e.message}, not read`
                : `${rel}: cannot read (${e.code ?? 'error'})`);
            return undefined;
        }
    };
    const seen = new Set();
    /** Reads a requirements file and its -r/-c includes; constraints pin unpinned entries. */
    const requirements = async (rel) => {
        if (seen.has(rel))
            return;
        seen.add(rel);
        const text = await read(rel);
        if (text === undefined)
            return;
        files.push(rel);
        const parsed = parseRequirements(text, rel);
        const own = [...parsed.components];
        const resolvedLines = new Set();
        const notes = [];
        for (const inc of parsed.includes) {
            const target = (0,util_paths/* toRepoPath */.x)(root, external_node_path_default().resolve(root, external_node_path_default().posix.dirname(rel), inc.target));
            if (target === undefined) {
                notes.push(`${rel}:${inc.line}: include ${inc.target} is outside the workspace, not followed`);
                continue;
            }
            if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(root, target))) {
                notes.push(`${rel}:${inc.line}: include ${inc.target} not found`);
                continue;
            }
            if (inc.kind === 'requirement') {
                await requirements(target);
                continue;
            }
            if (seen.has(target))
                continue;
            seen.add(target);
            const ctext = await read(target);
            if (ctext === undefined)
                continue;
            files.push(target);
            // pip constraints restrict versions without adding packages: a constraint pin gives an
            // unpinned requirement its version, and the line that pins it is the constraint's.
            const constraints = parseRequirements(ctext, target).components;
            own.forEach((c, i) => {
                if (c.version !== undefined)
                    return;
                const pin = constraints.find(k => k.name === c.name && k.version !== undefined);
                if (pin?.version === undefined)
                    return;
                resolvedLines.add(`${c.file}:${c.line}: `);
                own[i] = (0,names/* makeComponent */.G1)({
                    name: c.name,
                    version: pin.version,
                    file: pin.file,
                    line: pin.line,
                    ...(pin.hashes ? { hashes: pin.hashes } : {})
                });
            });
        }
        // A constraint pinned it, so that line's "unpinned" warning no longer holds.
        const stillTrue = (w) => !(w.includes(' is unpinned') && [...resolvedLines].some(prefix => w.startsWith(prefix)));
        warnings.push(...parsed.warnings.filter(stillTrue), ...notes);
        components.push(...own);
    };
    for (const rel of [...found].sort()) {
        const kind = manifestKind(rel);
        if (kind === 'requirements')
            await requirements(rel);
        else if (kind !== undefined) {
            const text = await read(rel);
            if (text === undefined)
                continue;
            files.push(rel);
            const parsed = PARSERS[kind](text, rel);
            if (parsed.project !== undefined)
                projects.add(parsed.project);
            components.push(...parsed.components);
            warnings.push(...parsed.warnings);
        }
    }
    logger.debug(`inventory: ${components.length} components in ${files.length} files`);
    return {
        components,
        files: [...new Set(files)],
        warnings: [...new Set(warnings)],
        projects: [...projects].sort()
    };
}


/***/ }),

/***/ 38745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ SKIPPED_DIRS)
/* harmony export */ });
/**
 * Directories no part of runguard looks into: version-control data, virtualenvs and installed
 * packages, tool caches, and runguard's own state and reports. One list for the code scanners'
 * excludes, the dependency inventory's walk and the secret detector's walk.
 */
const SKIPPED_DIRS = [
    '.git',
    '.hg',
    '.svn',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    'node_modules',
    'site-packages',
    '__pycache__',
    '.mypy_cache',
    '.pytest_cache',
    '.runguard',
    '.runguard-out'
];


/***/ })

};

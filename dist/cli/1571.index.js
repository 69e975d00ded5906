export const id = 1571;
export const ids = [1571];
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

/***/ 91571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseIgnoreFile: () => (/* binding */ parseIgnoreFile)
/* harmony export */ });
/* harmony import */ var _glob_match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67351);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);





/**
 * Parsing and validating `.runguard-ignore.yml` (the format: ignore-file.ts). A module of its
 * own so that the YAML parser loads only when an ignore file exists.
 */
// Built on first use, not at import: every `run` loads this module with the policy, and zod's
// schema construction would otherwise sit between the start and the script's spawn even when
// there is no ignore file.
let schemas;
const ignoreSchemas = () => (schemas ??= buildSchemas());
function buildSchemas() {
    const isoDate = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
        .refine(s => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
        new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date');
    const entrySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1).optional(),
        rule: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1).optional(),
        path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1).optional(),
        fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1).optional(),
        tool: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
            .transform(s => (s.trim().toLowerCase() === 'osv' ? 'osv-scanner' : s.trim().toLowerCase()))
            .pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAMES */ .K2))
            .optional(),
        reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'is required: say why this finding is acceptable' })
            .trim()
            .min(1, 'must not be empty'),
        // YAML 1.1 readers turn bare dates into timestamps; accept both spellings.
        expires: zod__WEBPACK_IMPORTED_MODULE_3__/* .preprocess */ .vkY(v => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate)
            .optional()
    })
        .strict()
        .refine(e => e.id ?? e.rule ?? e.path ?? e.fingerprint, {
        message: 'needs at least one of id, rule, path or fingerprint (a reason alone would suppress everything)'
    });
    const fileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
            version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).optional(),
            ignore: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).nullable().default([])
        })
            .strict(),
        zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J())
    ]);
    return { entrySchema, fileSchema };
}
/** Parses ignore-file text; errors are ConfigurationErrors naming `path:line`. */
function parseIgnoreFile(text, path) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const fail = (message, line, field) => {
        const where = line === undefined ? path : `${path}:${line}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: ${field ? `${field} ` : ''}${message}`, {
            field: 'ignoreFile',
            value: field,
            source: { kind: 'file', path, ...(line === undefined ? {} : { line }) }
        });
    };
    const first = doc.errors[0];
    if (first)
        fail(`is not valid YAML: ${first.message}`, lineCounter.linePos(first.pos[0]).line);
    const raw = doc.toJS();
    if (raw === null || raw === undefined)
        return { path, exists: true, entries: [] };
    const top = ignoreSchemas().fileSchema.safeParse(raw);
    if (!top.success) {
        fail('must be a map with an `ignore:` list of entries (or a bare list)', 1);
    }
    const list = Array.isArray(raw)
        ? raw
        : (raw.ignore ?? []);
    const seq = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(doc.contents) ? doc.contents : doc.get('ignore', true);
    const items = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq) ? seq.items : [];
    const entries = list.map((value, i) => {
        const node = items[i];
        const entryLine = lineOf(node) ?? 1;
        const parsed = ignoreSchemas().entrySchema.safeParse(value);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const key = issue?.path[0];
            const keyNode = typeof key === 'string' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)
                ? node.get(key, true)
                : undefined;
            const field = typeof key === 'string' ? `ignore[${i}].${key}` : `ignore[${i}]`;
            const message = issue?.code === 'unrecognized_keys'
                ? `has unknown key(s) ${issue.keys.join(', ')}; allowed: id, rule, path, fingerprint, tool, reason, expires`
                : (issue?.message ?? 'is invalid');
            return fail(message, lineOf(keyNode) ?? entryLine, field);
        }
        const e = parsed.data;
        if (e.path !== undefined) {
            const problem = (0,_glob_match_js__WEBPACK_IMPORTED_MODULE_4__/* .globProblem */ .AI)(e.path);
            if (problem)
                fail(`is not a glob runguard accepts: it ${problem}`, entryLine, `ignore[${i}].path`);
        }
        return {
            ...(e.id === undefined ? {} : { id: e.id }),
            ...(e.rule === undefined ? {} : { rule: e.rule }),
            ...(e.path === undefined ? {} : { path: e.path }),
            ...(e.fingerprint === undefined ? {} : { fingerprint: e.fingerprint }),
            ...(e.tool === undefined ? {} : { tool: e.tool }),
            reason: e.reason,
            ...(e.expires === undefined ? {} : { expires: e.expires }),
            line: entryLine
        };
    });
    return { path, exists: true, entries };
}


/***/ })

};

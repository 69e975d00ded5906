export const id = 3310;
export const ids = [3310];
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

/***/ 76430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IL: () => (/* binding */ advisoryIds),
  kG: () => (/* binding */ groupFindings),
  qF: () => (/* binding */ mergeGroup),
  sh: () => (/* binding */ shareAdvisorySeverity)
});

// UNUSED EXPORTS: FUNCTION_LINE_WINDOW, LINE_WINDOW, SIBLING_WINDOW, enclosingScope

;// CONCATENATED MODULE: ./src/policy/dedupe-crosswalk.ts
// Generated by scripts/gen-crosswalk.ts from `metadata.bandit` in rules/semgrep/*.yml
// (npm run gen:docs); a test keeps it in sync. Do not edit by hand.
/**
 * Bundled Semgrep rule id → the Bandit test ids that report the same issue: such a pair at
 * the same spot is one finding (src/policy/dedupe.ts).
 */
const BANDIT_TESTS_BY_SEMGREP_RULE = {
    'python-assert-for-authorization': ['B101'],
    'python-bind-all-interfaces': ['B104'],
    'python-command-injection-request': ['B601', 'B603', 'B605', 'B606'],
    'python-deserialization-request': ['B301', 'B614'],
    'python-eval-exec': ['B102', 'B307'],
    'python-flask-debug-enabled': ['B201'],
    'python-hardcoded-tmp-path': ['B108'],
    'python-http-request-without-timeout': ['B113'],
    'python-insecure-random-for-secret': ['B311'],
    'python-jinja2-autoescape-disabled': ['B701'],
    'python-jinja2-autoescape-false': ['B701'],
    'python-jwt-hardcoded-key': ['B105', 'B106'],
    'python-marshal-shelve-deserialization': ['B301', 'B302'],
    'python-os-system-injection': ['B605'],
    'python-paramiko-auto-add-policy': ['B507'],
    'python-pickle-deserialization': ['B301'],
    'python-sql-string-built-query': ['B608', 'B610', 'B611'],
    'python-ssl-unverified-context': ['B323'],
    'python-ssrf-request': ['B310'],
    'python-subprocess-shell-true': ['B602'],
    'python-tempfile-mktemp': ['B306'],
    'python-tls-verify-disabled': ['B501'],
    'python-weak-hash': ['B303', 'B324'],
    'python-xml-stdlib-parse': ['B313', 'B314', 'B315', 'B316', 'B317', 'B318', 'B319'],
    'python-xss-request-marked-safe': ['B308', 'B703', 'B704'],
    'python-xxe-external-entities-enabled': ['B317', 'B319'],
    'python-yaml-unsafe-load': ['B506']
};

;// CONCATENATED MODULE: ./src/policy/dedupe.ts

/**
 * Two code findings of different tools this many lines apart (or closer) can be one issue: a
 * query built on line 42 and executed on line 45 is one SQL injection. They must also be in
 * the same function when the source can be read.
 */
const LINE_WINDOW = 10;
/**
 * The wider window for two findings known to be in the same function (a `def`, not module or
 * class level): a view builds a query, does other work, and executes it 14 lines later. Bounded
 * rather than the whole function, so in a long view one tool's finding on one query and the
 * other tool's finding on a different query 30 lines on stay two issues.
 */
const FUNCTION_LINE_WINDOW = 25;
/**
 * Findings of one tool this many lines apart (or closer), with different rule ids, can join
 * the same partner of another tool: Bandit reports `make_parser()` (B317) and
 * `pulldom.parseString()` (B319) of one XXE on lines 258 and 260, the bundled rule once on 259.
 */
const SIBLING_WINDOW = 3;
const NO_IDS = new Set();
class UnionFind {
    // A typed array: one object-free slot per finding (100,000 at the scale the policy is run on).
    parent;
    constructor(size) {
        this.parent = new Int32Array(size);
        for (let i = 0; i < size; i++)
            this.parent[i] = i;
    }
    find(i) {
        let root = i;
        while (this.parent[root] !== root)
            root = this.parent[root];
        // Path compression keeps later finds near O(1).
        let node = i;
        while (this.parent[node] !== root) {
            const next = this.parent[node];
            this.parent[node] = root;
            node = next;
        }
        return root;
    }
    /** The root of a set is always its lowest index (groupFindings relies on it). */
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
/** All ids naming a dependency finding's advisory (upper-cased); the rule id when there is none. */
function advisoryIds(finding) {
    if (!finding.advisory)
        return [finding.ruleId.toUpperCase()];
    return [finding.advisory.id, ...finding.advisory.aliases].map(id => id.toUpperCase());
}
function packageKey(finding) {
    const pkg = finding.package;
    return pkg ? `${pkg.ecosystem}\u0000${pkg.name}\u0000${pkg.version}` : undefined;
}
/** What String#trim removes: ECMAScript WhiteSpace and LineTerminator code units. */
function isTrimmed(c) {
    return (c === 32 ||
        (c >= 9 && c <= 13) ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Index of the first character `trim` keeps (the indent), or the length for a blank line. */
function firstKept(line) {
    let i = 0;
    while (i < line.length && isTrimmed(line.charCodeAt(i)))
        i++;
    return i;
}
const HASH = 35;
const DEF = /^\s*(?:async\s+def|def|class)\s/;
/**
 * 1-based line of the `def`/`class` whose body holds `line`, 0 for module level. Walks up to
 * the nearest line indented less than the current block (blank and comment lines skipped).
 * Reads character codes instead of trimming each line: this walks up to a whole file per
 * finding, and the trimmed copies were most of what grouping 100,000 findings allocated.
 */
function enclosingScope(lines, line) {
    let current = Number.POSITIVE_INFINITY;
    for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
        const text = lines[i];
        const indent = firstKept(text);
        if (indent === text.length || text.charCodeAt(indent) === HASH)
            continue;
        if (i === line - 1) {
            current = indent;
            continue;
        }
        if (indent >= current)
            continue;
        if (DEF.test(text))
            return i + 1;
        current = indent;
        if (indent === 0)
            return 0;
    }
    return 0;
}
const FUNCTION_DEF = /^\s*(?:async\s+def|def)\s/;
/**
 * How strongly two code findings of different tools are the same check: lower is stronger.
 * `cwesA`/`cwesB` are their upper-cased CWE ids, made once per distinct list: this runs for every
 * nearby pair, about a million times in a file-dense scan of 100,000 findings.
 */
function relation(a, b, cwesA, cwesB) {
    const [bandit, semgrep] = a.tool === 'bandit' && b.tool === 'semgrep'
        ? [a, b]
        : b.tool === 'bandit' && a.tool === 'semgrep'
            ? [b, a]
            : [undefined, undefined];
    // The explicit crosswalk: a bundled rule names the Bandit tests that report the same issue.
    if (bandit && semgrep && BANDIT_TESTS_BY_SEMGREP_RULE[semgrep.ruleId]?.includes(bandit.ruleId))
        return 0;
    for (const c of cwesB)
        if (cwesA.includes(c))
            return 1;
    return undefined;
}
/**
 * Groups findings: dependency findings of one package whose advisory id sets intersect
 * (union-find over aliases, so A~B and B~C put A, B, C together), and code findings of
 * different tools that are the same check (the Bandit↔Semgrep crosswalk, else a shared CWE) in
 * the same file and scope, within LINE_WINDOW lines (FUNCTION_LINE_WINDOW when the source shows
 * both in one function). Each code finding pairs with at most one finding of each other tool,
 * nearest and strongest first, so two calls in one function stay two issues; a finding left
 * over may still join as a sibling (another rule of its tool within SIBLING_WINDOW lines of
 * the partner's partner: one XXE reported by Bandit at the parser and at the parse). Order of
 * groups and members follows the input; members are then ordered so the representative has the
 * most severe known severity (`unknown` only when no member has one), ties by `rank` and input
 * order.
 */
function groupFindings(findings, rank, options = {}) {
    const uf = new UnionFind(findings.length);
    const byKey = new Map();
    const codeByPath = new Map();
    findings.forEach((finding, i) => {
        const pkg = packageKey(finding);
        if (pkg !== undefined) {
            for (const id of advisoryIds(finding)) {
                const key = `${pkg}\u0000${id}`;
                const seen = byKey.get(key);
                if (seen === undefined)
                    byKey.set(key, i);
                else
                    uf.union(seen, i);
            }
            return;
        }
        const list = codeByPath.get(finding.location.path);
        if (list)
            list.push(i);
        else
            codeByPath.set(finding.location.path, [i]);
    });
    // Scope of a finding: the line of its enclosing def/class (0 module level), UNKNOWN_SCOPE
    // when the source cannot be read, NOT_YET before it is needed; `inFunction` says whether that
    // scope is a `def`. Typed arrays: an object and a map entry per finding were promoted to the
    // old space with the rest of the pass and left there as garbage.
    const NOT_YET = -2;
    const UNKNOWN_SCOPE = -1;
    const scopeLines = new Int32Array(findings.length).fill(NOT_YET);
    const inFunction = new Uint8Array(findings.length);
    // Every finding compared below is in the file being paired, so only that file's lines are
    // held, and each file is read and split once: holding every file's lines for the whole pass
    // was ~10 MB at 100,000 findings, promoted to the old space and left there as garbage.
    let linesPath;
    let pathLines;
    const linesOf = (repoPath) => {
        if (repoPath !== linesPath) {
            linesPath = repoPath;
            pathLines = options.readLines?.(repoPath);
        }
        return pathLines;
    };
    const scopeLine = (i) => {
        if (scopeLines[i] === NOT_YET) {
            const f = findings[i];
            const lines = linesOf(f.location.path);
            let line = UNKNOWN_SCOPE;
            if (lines) {
                line = enclosingScope(lines, f.location.startLine);
                if (line > 0 && FUNCTION_DEF.test(lines[line - 1] ?? ''))
                    inFunction[i] = 1;
            }
            scopeLines[i] = line;
        }
        return scopeLines[i];
    };
    const scopeOf = (i) => {
        const line = scopeLine(i);
        return line === UNKNOWN_SCOPE ? undefined : line;
    };
    const inFunctionScope = (i) => scopeLine(i) > 0 && inFunction[i] === 1;
    const lineOf = (i) => findings[i].location.startLine;
    // One upper-cased list per distinct CWE list (most findings name one CWE of a few dozen).
    const cweLists = new Map();
    const cwes = [];
    const cwesOf = (i) => {
        let list = cwes[i];
        if (list === undefined) {
            const cwe = findings[i].cwe;
            const key = cwe.length === 1 ? cwe[0] : cwe.join('\u0000');
            list = cweLists.get(key);
            if (list === undefined) {
                list = [...new Set(cwe.map(c => c.toUpperCase()))];
                cweLists.set(key, list);
            }
            cwes[i] = list;
        }
        return list;
    };
    for (const indices of codeByPath.values()) {
        if (new Set(indices.map(i => findings[i].tool)).size < 2)
            continue;
        const pairs = [];
        // In line order, so each finding meets only the findings within the window after it, not
        // every finding of the file (quadratic in a file with hundreds). Pairs keep a < b in input
        // order and are sorted below on keys that settle every tie, so the order found is moot.
        const byLine = [...indices].sort((i, j) => lineOf(i) - lineOf(j) || i - j);
        for (let x = 0; x < byLine.length; x++) {
            for (let y = x + 1; y < byLine.length; y++) {
                const a = Math.min(byLine[x], byLine[y]);
                const b = Math.max(byLine[x], byLine[y]);
                const fa = findings[a];
                const fb = findings[b];
                const distance = Math.abs(fa.location.startLine - fb.location.startLine);
                if (distance > FUNCTION_LINE_WINDOW)
                    break;
                if (fa.tool === fb.tool)
                    continue;
                const strength = relation(fa, fb, cwesOf(a), cwesOf(b));
                if (strength === undefined)
                    continue;
                if (distance > 0) {
                    if (scopeOf(a) !== scopeOf(b))
                        continue;
                    // Beyond LINE_WINDOW only when the source shows both in one function.
                    if (distance > LINE_WINDOW && !inFunctionScope(a))
                        continue;
                }
                pairs.push({ a, b, strength, distance });
            }
        }
        pairs.sort((p, q) => p.strength - q.strength || p.distance - q.distance || p.a - q.a || p.b - q.b);
        // One partner per other tool: partner[i] maps each tool i is paired with to that partner.
        const partner = new Map();
        const partnerOf = (i, tool) => partner.get(i)?.get(tool);
        const add = (i, tool, other) => {
            const map = partner.get(i) ?? new Map();
            map.set(tool, other);
            partner.set(i, map);
        };
        const skipped = [];
        for (const { a, b } of pairs) {
            const ta = findings[a].tool;
            const tb = findings[b].tool;
            if (partnerOf(a, tb) !== undefined || partnerOf(b, ta) !== undefined) {
                skipped.push({ a, b });
                continue;
            }
            add(a, tb, b);
            add(b, ta, a);
            uf.union(a, b);
        }
        // Siblings: a finding left without a partner of tool U joins the partner p (of tool U) of
        // a finding y of its own tool when y is at most SIBLING_WINDOW lines away, in the same
        // scope, under a different rule (another check of the same call chain; the same rule twice
        // is two calls). It does not become p's partner itself, so siblings never chain further.
        for (const { a, b } of skipped) {
            for (const [x, p] of [
                [a, b],
                [b, a]
            ]) {
                const fx = findings[x];
                const tp = findings[p].tool;
                if (partnerOf(x, tp) !== undefined)
                    continue;
                const y = partnerOf(p, fx.tool);
                if (y === undefined)
                    continue;
                const fy = findings[y];
                if (fy.ruleId === fx.ruleId || Math.abs(lineOf(x) - lineOf(y)) > SIBLING_WINDOW)
                    continue;
                if (lineOf(x) !== lineOf(y) && scopeOf(x) !== scopeOf(y))
                    continue;
                add(x, tp, p);
                uf.union(x, p);
            }
        }
    }
    // A set's root is its lowest index, so groups come out in the order of their first member
    // (input order) and a finding's group already exists when it is reached. Members are created
    // at their size where it is one: a grown array keeps room for 16 more, per finding.
    const groupAt = new Int32Array(findings.length);
    const result = [];
    findings.forEach((finding, i) => {
        const root = uf.find(i);
        let group;
        if (root === i) {
            groupAt[i] = result.length;
            group = { members: [finding], ids: NO_IDS };
            result.push(group);
        }
        else {
            group = result[groupAt[root]];
            group.members.push(finding);
        }
        if (finding.package) {
            // Only dependency groups need an id set; code groups share one empty set.
            const ids = group.ids === NO_IDS ? new Set() : group.ids;
            for (const id of advisoryIds(finding))
                ids.add(id);
            group.ids = ids;
        }
    });
    const known = (f) => (f.severity === 'unknown' ? 0 : 1);
    for (const group of result) {
        if (group.members.length < 2)
            continue;
        // Stable sort: among equally severe members the input order (tool order) decides.
        group.members.sort((a, b) => known(b) - known(a) || rank(b) - rank(a));
    }
    return result;
}
/**
 * Members of a dependency group that the tool left `unknown` take the CVSS score another
 * member's record gave the same advisory (Safety's public DB has no CVSS; OSV's GHSA twin
 * does). Returns the patch per finding to change; code groups and scored members are left alone.
 */
function shareAdvisorySeverity(members) {
    const patches = new Map();
    const scored = members.find(m => m.package && m.severity !== 'unknown' && m.advisory?.cvssScore !== undefined);
    if (!scored?.advisory)
        return patches;
    const { cvssScore, cvssVector, cvssSource } = scored.advisory;
    for (const m of members) {
        if (!m.package || !m.advisory || m.severity !== 'unknown')
            continue;
        const via = `${scored.tool} ${scored.advisory.id}`;
        patches.set(m, {
            severity: scored.severity,
            severitySource: `${scored.severitySource ?? `CVSS score of ${via}`} (same advisory as ${via})`,
            advisory: {
                ...m.advisory,
                ...(cvssScore !== undefined ? { cvssScore } : {}),
                ...(cvssVector !== undefined ? { cvssVector } : {}),
                cvssSource: cvssSource ?? scored.advisory.id
            }
        });
    }
    return patches;
}
/**
 * The one finding that counts for a group: the representative (`members[0]`, most severe)
 * with every member's CWEs and aliases, and, when the tools rated it differently, a
 * `severitySource` naming the tool that rated it so and what the others said.
 */
function mergeGroup(members) {
    const [top, ...others] = members;
    if (top === undefined)
        throw new Error('mergeGroup: empty group');
    if (others.length === 0)
        return top;
    const cwe = [...new Set(members.flatMap(m => m.cwe))];
    const disagree = others.filter(m => m.severity !== top.severity);
    let severitySource = top.severitySource;
    if (disagree.length > 0) {
        const said = disagree.map(m => `${m.tool} ${m.ruleId}: ${m.severity}`).join(', ');
        const why = top.severitySource ? ` (${top.severitySource})` : '';
        severitySource = `${top.severity} as rated by ${top.tool} ${top.ruleId}${why}; also ${said}`;
    }
    const advisory = top.advisory
        ? {
            ...top.advisory,
            aliases: [
                ...new Set(members
                    .flatMap(m => (m.advisory ? [m.advisory.id, ...m.advisory.aliases] : []))
                    .filter(id => id !== top.advisory?.id))
            ]
        }
        : undefined;
    return {
        ...top,
        cwe,
        ...(severitySource !== undefined ? { severitySource } : {}),
        ...(advisory ? { advisory } : {})
    };
}


/***/ }),

/***/ 38143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   no: () => (/* binding */ LineHashCache)
/* harmony export */ });
/* unused harmony exports computeLineHashes, lineHashFor */
/**
 * GitHub code scanning's `primaryLocationLineHash`, computed exactly as codeql-action's
 * `src/fingerprints.ts` does, reimplemented without dependencies (mod 2^64
 * like its `long` arithmetic). We upload through the REST API ourselves, where nothing adds it for us;
 * without it GitHub cannot match alerts across commits and users see duplicates.
 *
 * The hash for line N is a rolling polynomial hash (base 37) over the 100 characters starting at
 * that line's first character, reading UTF-16 code units, skipping spaces and tabs, treating
 * `\r` and `\r\n` as `\n`, with a 65535 sentinel at EOF and zeros to flush. Output is the
 * unsigned hex value without padding plus `:k`, k counting earlier identical hashes in the file.
 */
const TAB = 9;
const SPACE = 32;
const LF = 10;
const CR = 13;
const EOF = 65535;
const BLOCK_SIZE = 100;
const TWO_32 = 0x1_0000_0000;
const MOD = 37;
/**
 * 37^100 mod 2^64 as two unsigned 32-bit halves. The hash is kept as (hi, lo) doubles rather
 * than BigInt: every intermediate product stays below 2^53, so it is exact, and about 20 times
 * faster (a repository's worth of flagged files is hashed on every run).
 */
const [FIRST_MOD_HI, FIRST_MOD_LO] = (() => {
    let value = 1n;
    const mask = (1n << 64n) - 1n;
    for (let i = 0; i < BLOCK_SIZE; i++)
        value = (value * BigInt(MOD)) & mask;
    return [Number(value >> 32n), Number(value & 0xffffffffn)];
})();
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Eight hex digits of an unsigned 32-bit value. */
function hex32(x) {
    return (HEX_BYTE[(x >>> 24) & 255] +
        HEX_BYTE[(x >>> 16) & 255] +
        HEX_BYTE[(x >>> 8) & 255] +
        HEX_BYTE[x & 255]);
}
function stripZeros(hex) {
    let i = 0;
    while (i < hex.length - 1 && hex.charCodeAt(i) === 48)
        i++;
    return i === 0 ? hex : hex.slice(i);
}
/** 37^100 * c mod 2^64 for the common character codes, as halves (hi may exceed 2^32; reduced later). */
const TABLE_SIZE = 256;
const SUB_LO = new Float64Array(TABLE_SIZE);
const SUB_HI = new Float64Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
    const sl = FIRST_MOD_LO * c;
    const slHigh = Math.floor(sl / TWO_32);
    SUB_LO[c] = sl - slHigh * TWO_32;
    SUB_HI[c] = FIRST_MOD_HI * c + slHigh;
}
/** The unsigned hex value without zero padding, like long's toUnsigned().toString(16). */
function hexOf(hi, lo) {
    // A byte table: Number#toString(16) on values above 2^30 took half the time of the whole hash.
    return stripZeros(hi === 0 ? hex32(lo) : hex32(hi) + hex32(lo));
}
/** The `primaryLocationLineHash` of 1-based `line` in a table, or undefined past its end. */
function hashAt({ table, lines }, line) {
    if (line < 1 || line > lines)
        return undefined;
    const at = 3 * (line - 1);
    return `${hexOf(table[at], table[at + 1])}:${table[at + 2]}`;
}
/**
 * Hashes the lines of a file (see LineHashTable). With `maxLine`, stops once that line's hash is
 * known: a line's hash and its `:k` depend only on text from the file start to 100 characters
 * past the line, so later text cannot change it.
 */
function hashLines(content, maxLine = Infinity) {
    // One flat loop (no per-character closures): this runs over every file with a finding.
    const window = new Uint16Array(BLOCK_SIZE);
    const lineNumbers = new Int32Array(BLOCK_SIZE).fill(-1);
    let table = new Uint32Array(3 * 64);
    let lines = 0;
    const hashCounts = new Map();
    let hi = 0;
    let lo = 0;
    let index = 0;
    let lineNumber = 0;
    let lineStart = true;
    let prevCR = false;
    const length = content.length;
    // Positions past the end feed the EOF sentinel once, then BLOCK_SIZE zeros to flush.
    for (let i = 0; i <= length + BLOCK_SIZE; i++) {
        let current;
        if (i < length) {
            current = content.charCodeAt(i);
            if (current === SPACE || current === TAB || (prevCR && current === LF)) {
                prevCR = false;
                continue;
            }
            if (current === CR) {
                current = LF;
                prevCR = true;
            }
            else {
                prevCR = false;
            }
        }
        else {
            current = i === length ? EOF : 0;
        }
        const pending = lineNumbers[index];
        if (pending !== -1) {
            const value = hexOf(hi, lo);
            const count = (hashCounts.get(value) ?? 0) + 1;
            hashCounts.set(value, count);
            const at = 3 * (pending - 1);
            if (at + 3 > table.length) {
                const grown = new Uint32Array(Math.max(2 * table.length, at + 3));
                grown.set(table);
                table = grown;
            }
            table[at] = hi;
            table[at + 1] = lo;
            table[at + 2] = count;
            if (pending > lines)
                lines = pending;
            lineNumbers[index] = -1;
            if (pending >= maxLine)
                return { table, lines };
        }
        if (i <= length) {
            if (lineStart) {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }
            if (current === LF)
                lineStart = true;
        }
        // h = 37*h + current - 37^100*begin (mod 2^64), in 32-bit halves; all values < 2^53.
        const begin = window[index];
        window[index] = current;
        let l = lo * MOD + current;
        const carry = (l / TWO_32) | 0;
        l -= carry * TWO_32;
        let h = hi * MOD + carry;
        let subLo;
        let subHi;
        if (begin < TABLE_SIZE) {
            subLo = SUB_LO[begin];
            subHi = SUB_HI[begin];
        }
        else {
            const sl = FIRST_MOD_LO * begin;
            const slHigh = Math.floor(sl / TWO_32);
            subLo = sl - slHigh * TWO_32;
            subHi = FIRST_MOD_HI * begin + slHigh;
        }
        l -= subLo;
        if (l < 0) {
            l += TWO_32;
            h -= 1;
        }
        h -= subHi;
        // floor-based reduction: `%` on doubles is a call to fmod, several times slower.
        h -= Math.floor(h / TWO_32) * TWO_32;
        hi = h;
        lo = l;
        index = index === BLOCK_SIZE - 1 ? 0 : index + 1;
    }
    return { table, lines };
}
/**
 * Line hashes of a file: index 0 is line 1. Files without trailing text still get line 1.
 * With `maxLine`, stops once that line's hash is known (see hashLines).
 */
function computeLineHashes(content, maxLine = Infinity) {
    const hashed = hashLines(content, maxLine);
    const hashes = [];
    for (let line = 1; line <= hashed.lines; line++)
        hashes.push(hashAt(hashed, line));
    return hashes;
}
/** The hash for one 1-based line, or undefined when the file has no such line. */
function lineHashFor(hashes, line) {
    return line >= 1 ? hashes[line - 1] : undefined;
}
/**
 * Caches line hashes per file: many results point into the same few files, and hashing is
 * linear in file size.
 */
class LineHashCache {
    readFile;
    maxLineOf;
    cache = new Map();
    /**
     * @param maxLineOf the last line that will be asked for in a file, when known: hashing then
     * stops there (a finding on line 3 of a 50 MB file reads 100 characters past line 3).
     */
    constructor(readFile, maxLineOf = () => undefined) {
        this.readFile = readFile;
        this.maxLineOf = maxLineOf;
    }
    /** The hash of `line` in `repoPath`, or undefined when the file cannot be read. */
    get(repoPath, line) {
        let entry = this.cache.get(repoPath);
        if (entry === undefined || (entry !== null && line > entry.upTo)) {
            const content = this.readFile(repoPath);
            const upTo = Math.max(line, this.maxLineOf(repoPath) ?? Infinity);
            entry = content === undefined ? null : { hashes: hashLines(content, upTo), upTo };
            this.cache.set(repoPath, entry);
        }
        return entry === null ? undefined : hashAt(entry.hashes, line);
    }
}


/***/ }),

/***/ 33310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPIRY_WARNING_DAYS: () => (/* binding */ EXPIRY_WARNING_DAYS),
  applyPolicy: () => (/* binding */ applyPolicy),
  describeFinding: () => (/* binding */ describeFinding),
  effectiveRank: () => (/* reexport */ severity/* effectiveRank */.ET)
});

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/policy/baseline-sarif.ts
var baseline_sarif = __webpack_require__(17175);
// EXTERNAL MODULE: ./src/policy/dedupe.ts + 1 modules
var dedupe = __webpack_require__(76430);
// EXTERNAL MODULE: ./src/glob/match.ts
var match = __webpack_require__(67351);
;// CONCATENATED MODULE: ./src/policy/ignore-file-match.ts


/** Compiles an entry once (globs are compiled once, not per finding). */
function compileIgnoreEntry(entry) {
    const glob = entry.path === undefined ? undefined : (0,match/* compileGlob */.SO)(entry.path);
    const id = entry.id?.toUpperCase();
    const rule = entry.rule?.toLowerCase();
    return {
        entry,
        matches(finding, groupIds) {
            if (entry.tool !== undefined && finding.tool !== entry.tool)
                return false;
            if (entry.fingerprint !== undefined && finding.fingerprint !== entry.fingerprint)
                return false;
            if (rule !== undefined && finding.ruleId.toLowerCase() !== rule)
                return false;
            if (glob && !glob(finding.location.path))
                return false;
            if (id !== undefined) {
                const ids = groupIds ?? new Set((0,dedupe/* advisoryIds */.IL)(finding));
                if (!ids.has(id) && finding.ruleId.toUpperCase() !== id)
                    return false;
            }
            return true;
        }
    };
}

// EXTERNAL MODULE: ./src/policy/line-hash.ts
var line_hash = __webpack_require__(38143);
// EXTERNAL MODULE: ./src/policy/severity.ts
var severity = __webpack_require__(23863);
;// CONCATENATED MODULE: ./src/policy/policy.ts






/**
 * Security policy: which findings are reported, which are suppressed, which count, and whether
 * they fail the run. Pure: the caller loads the ignore file and baseline and passes them in.
 */
/** Suppressions expiring within this many days are warned about. */
const EXPIRY_WARNING_DAYS = 14;
// The rank thresholds use is the one every channel presents (severity.ts).

const DAY_MS = 86_400_000;
const isoDay = (date) => date.toISOString().slice(0, 10);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** How an entry reads in messages: `.runguard-ignore.yml:12 (id GHSA-…, path tests/**)`. */
function describeEntry(file, entry) {
    const parts = ['id', 'rule', 'path', 'fingerprint', 'tool']
        .filter(k => entry[k] !== undefined)
        .map(k => `${k} ${entry[k]}`);
    return `${file.path}:${entry.line} (${parts.join(', ')})`;
}
/** One line naming a finding: rule, title and where; dependency findings name the package. */
function describeFinding(finding) {
    const at = `${finding.location.path}:${finding.location.startLine}`;
    if (finding.package) {
        const id = finding.advisory?.id ?? finding.ruleId;
        const fixed = finding.package.fixedVersions.length
            ? ` (fixed in ${finding.package.fixedVersions.slice(0, 3).join(', ')})`
            : '';
        return `${id} in ${finding.package.name} ${finding.package.version}${fixed} at ${at}`;
    }
    return `${finding.ruleId} ${finding.title} at ${at}`;
}
function applyPolicy(input) {
    const { settings } = input;
    const rank = (f) => (0,severity/* effectiveRank */.ET)(f.severity, settings.unknownSeverity);
    const reportFloor = model/* SEVERITY_RANK */.f3[settings.reportLevel];
    // Copy on write: the caller's findings stay as the tools reported them, and the (usually
    // many) findings policy does not touch are not copied at all.
    const annotated = new Map();
    const view = (f) => annotated.get(f) ?? f;
    const annotate = (f, patch) => {
        annotated.set(f, { ...view(f), ...patch });
    };
    // Grouped before the report floor: an advisory one tool left unknown takes the score another
    // tool's record gave it (dedupe.ts), and only then is compared with report-level.
    // Not cached here: grouping reads each file once, while it pairs that file's findings.
    const readFile = input.readFile;
    const readLines = readFile
        ? (p) => readFile(p)?.split(/\r?\n/)
        : undefined;
    const allGroups = (0,dedupe/* groupFindings */.kG)(input.findings, rank, readLines ? { readLines } : {});
    for (const group of allGroups)
        for (const [finding, patch] of (0,dedupe/* shareAdvisorySeverity */.sh)(group.members))
            annotate(finding, patch);
    const reportable = input.findings.filter(
    // Unknown-as-unknown is always reported: we cannot tell it is below the floor.
    f => rank(view(f)) === model/* SEVERITY_RANK */.f3.unknown || rank(view(f)) >= reportFloor);
    // Usually every finding is reportable: then the groups are the ones just made (a set, a copy
    // of every group and a filtered copy of its members, per finding, were garbage of this pass).
    let groups = allGroups;
    if (reportable.length < input.findings.length) {
        const isReportable = new Set(reportable);
        groups = [];
        for (const g of allGroups) {
            if (g.members.every(m => isReportable.has(m)))
                groups.push(g);
            else {
                const members = g.members.filter(m => isReportable.has(m));
                if (members.length > 0)
                    groups.push({ ...g, members });
            }
        }
    }
    const warnings = [];
    const today = isoDay(input.today ?? new Date());
    const todayMs = Date.parse(`${today}T00:00:00Z`);
    const active = [];
    const expired = [];
    for (const entry of input.ignore.entries) {
        const matcher = compileIgnoreEntry(entry);
        if (entry.expires !== undefined && entry.expires < today)
            expired.push(matcher);
        else
            active.push(matcher);
    }
    const used = new Set();
    const expiredHits = new Map();
    for (const group of groups) {
        for (const finding of group.members) {
            if (finding.suppressed)
                continue;
            // Dependency findings match an id any tool gave the same advisory.
            const ids = finding.package ? group.ids : undefined;
            const hit = active.find(m => m.matches(finding, ids));
            if (hit) {
                used.add(hit.entry);
                annotate(finding, {
                    suppressed: {
                        reason: hit.entry.reason,
                        ...(hit.entry.expires === undefined ? {} : { expires: hit.entry.expires }),
                        source: 'ignore-file'
                    }
                });
                continue;
            }
            for (const m of expired) {
                if (m.matches(finding, ids))
                    expiredHits.set(m.entry, (expiredHits.get(m.entry) ?? 0) + 1);
            }
        }
    }
    for (const m of expired) {
        const hits = expiredHits.get(m.entry) ?? 0;
        const effect = hits ? `; ${plural(hits, 'finding')} count again` : ' and matched nothing';
        warnings.push(`suppression ${describeEntry(input.ignore, m.entry)} expired on ${m.entry.expires}${effect}: renew it with a new date or fix the finding`);
    }
    const daysLeft = (expires) => Math.round((Date.parse(`${expires}T00:00:00Z`) - todayMs) / DAY_MS);
    const expiring = input.ignore.entries
        .filter(e => e.expires !== undefined && daysLeft(e.expires) <= EXPIRY_WARNING_DAYS)
        .map(e => ({
        reason: e.reason,
        expires: e.expires,
        match: [e.id, e.rule, e.path, e.fingerprint].filter(Boolean).join(' ')
    }));
    for (const m of active) {
        if (m.entry.expires === undefined)
            continue;
        const days = daysLeft(m.entry.expires);
        if (days <= EXPIRY_WARNING_DAYS) {
            const when = days === 0 ? 'today (last day it applies)' : `in ${plural(days, 'day')}`;
            warnings.push(`suppression ${describeEntry(input.ignore, m.entry)} expires on ${m.entry.expires} (${when})`);
        }
    }
    const unusedSuppressions = active.filter(m => !used.has(m.entry)).map(m => m.entry);
    for (const entry of unusedSuppressions) {
        warnings.push(`suppression ${describeEntry(input.ignore, entry)} matched no finding; remove it if the problem is gone`);
    }
    const absent = input.baseline
        ? markBaseline(reportable, annotate, input.baseline, input.readFile)
        : [];
    const counted = [];
    // The group of counted[i] (the failure message names the other tools of the top finding).
    const countedGroups = [];
    for (const group of groups) {
        const { members } = group;
        // One finding per real issue: the most severe member, saying who rated it so (dedupe.ts).
        // A group of one (nearly every group) is its member: no copies of one-element lists.
        let representative;
        if (members.length === 1) {
            representative = view(members[0]);
            if (representative.suppressed)
                continue;
        }
        else {
            const live = members.map(view).filter(m => !m.suppressed);
            if (!live[0])
                continue;
            representative = (0,dedupe/* mergeGroup */.qF)(live);
        }
        // A group already on the default branch is not new, even if another tool now also reports it.
        if (input.baseline && members.some(m => view(m).baselineState === 'unchanged'))
            continue;
        counted.push(representative);
        countedGroups.push(group);
    }
    const groupOf = (f) => countedGroups[counted.lastIndexOf(f)];
    const counts = Object.fromEntries(model/* SEVERITIES */.oC.map(s => [s, 0]));
    for (const f of counted)
        counts[f.severity]++;
    const reasons = [];
    if (settings.failOn !== 'none') {
        const floor = model/* SEVERITY_RANK */.f3[settings.failOn];
        const atFloor = counted.filter(f => rank(f) >= floor);
        // fail-on-loaded-only: a dependency the import record shows no attempt loaded is reported,
        // not failed. Unmarked findings (nothing recorded) always count.
        const failing = settings.failOnLoadedOnly
            ? atFloor.filter(f => f.dependency?.runtime !== 'not-loaded')
            : atFloor;
        if (failing.length < atFloor.length)
            warnings.push(`fail-on-loaded-only: ${plural(atFloor.length - failing.length, 'dependency finding')} at or above fail-on=${settings.failOn} on packages not loaded in this run did not fail the gate (still reported)`);
        if (failing.length)
            reasons.push(thresholdReason(failing, settings, Boolean(input.baseline), rank, groupOf));
    }
    return {
        findings: annotated.size === 0 ? reportable : reportable.map(view),
        counted,
        outcome: { reasons, warnings, counts },
        unusedSuppressions,
        absent,
        expiring
    };
}
function thresholdReason(failing, settings, newOnly, rank, groupOf) {
    // One pass for the counts and the top finding: this runs over every failing finding.
    const severityCounts = new Map();
    const toolCounts = new Map();
    const before = (a, b) => rank(a) - rank(b) > 0 ||
        (rank(a) === rank(b) &&
            (a.location.path < b.location.path ||
                (a.location.path === b.location.path && a.location.startLine < b.location.startLine)));
    let top = failing[0];
    for (const f of failing) {
        severityCounts.set(f.severity, (severityCounts.get(f.severity) ?? 0) + 1);
        toolCounts.set(f.tool, (toolCounts.get(f.tool) ?? 0) + 1);
        if (before(f, top))
            top = f;
    }
    const bySeverity = model/* SEVERITIES */.oC.filter(s => severityCounts.has(s)).map(s => {
        const n = severityCounts.get(s);
        return s === 'unknown'
            ? `${n} unknown-severity treated as ${(0,severity/* treatedAs */.oC)(s, settings.unknownSeverity)}`
            : `${n} ${s}`;
    });
    const byTool = model/* TOOL_NAMES */.K2.filter(t => toolCounts.has(t)).map(t => `${t} ${toolCounts.get(t)}`);
    const others = groupOf(top)?.members.filter(m => m.tool !== top.tool) ?? [];
    const alsoBy = others.length
        ? ` (also reported by ${[...new Set(others.map(m => m.tool))].join(', ')})`
        : '';
    const what = newOnly ? plural(failing.length, 'new finding') : plural(failing.length, 'finding');
    return `${what} at or above fail-on=${settings.failOn} (${bySeverity.join(', ')}; ${byTool.join(', ')}); top: ${describeFinding(top)}${alsoBy}`;
}
/** Sets `baselineState` on every finding and returns the baseline results nothing matched. */
function markBaseline(findings, annotate, baseline, readFile) {
    const byFingerprint = new Map();
    const byLineHash = new Map();
    const add = (map, key, i) => {
        const list = map.get(key);
        if (list)
            list.push(i);
        else
            map.set(key, [i]);
    };
    baseline.results.forEach((r, i) => {
        if (r.fingerprint)
            add(byFingerprint, r.fingerprint, i);
        if (r.lineHash && r.path)
            add(byLineHash, (0,baseline_sarif/* lineHashKey */.gE)(r.ruleId, r.path, r.lineHash), i);
    });
    const hashes = readFile ? new line_hash/* LineHashCache */.no(readFile) : undefined;
    const matched = new Set();
    for (const finding of findings) {
        let hits = byFingerprint.get(finding.fingerprint);
        if (!hits && hashes && byLineHash.size) {
            const hash = hashes.get(finding.location.path, finding.location.startLine);
            if (hash)
                hits = byLineHash.get((0,baseline_sarif/* lineHashKey */.gE)((0,baseline_sarif/* sarifRuleId */.pM)(finding), finding.location.path, hash));
        }
        annotate(finding, { baselineState: hits ? 'unchanged' : 'new' });
        for (const i of hits ?? [])
            matched.add(i);
    }
    return baseline.results.filter((_, i) => !matched.has(i));
}


/***/ })

};

export const id = 4898;
export const ids = [4898];
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

/***/ 24898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SECRETS_ENGINE_VERSION: () => (/* binding */ SECRETS_ENGINE_VERSION),
  secretFinding: () => (/* binding */ secretFinding),
  secretLines: () => (/* binding */ secretLines),
  secretsAdapter: () => (/* binding */ secretsAdapter)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/glob/match.ts
var match = __webpack_require__(67351);
// EXTERNAL MODULE: ./src/secrets/engine.ts + 1 modules
var engine = __webpack_require__(10384);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/util/skipped-dirs.ts
var skipped_dirs = __webpack_require__(38745);
;// CONCATENATED MODULE: ./src/secrets/files.ts






/**
 * How a file the walk listed is opened for reading: it may have been swapped since, so never
 * follow a link there, and never block on a FIFO (a read of one without a writer then ends at
 * once instead of waiting forever).
 */
const SAFE_READ_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** Lock files and vendored/minified/generated paths: content hashes and third-party code. */
const DEFAULT_ALLOWLIST_GLOBS = [
    // The directories runguard never looks into, plus vendored third-party code.
    ...[...skipped_dirs/* SKIPPED_DIRS */.K, 'vendor', 'bower_components'].map(dir => `**/${dir}/**`),
    '**/*.min.js',
    '**/*.min.css',
    '**/*.min.mjs',
    '**/*.js.map',
    '**/*.css.map',
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/poetry.lock',
    '**/Pipfile.lock',
    '**/uv.lock',
    '**/pdm.lock',
    '**/Cargo.lock',
    '**/go.sum',
    '**/composer.lock',
    '**/Gemfile.lock',
    '**/Podfile.lock',
    '**/packages.lock.json',
    '**/gradle.lockfile',
    '**/deno.lock',
    '**/bun.lockb',
    '**/flake.lock'
];
function allowlistShape(globs) {
    const shape = { dirs: new Set(), names: new Set(), suffixes: [] };
    for (const glob of globs) {
        const dir = /^\*\*\/([^*/]+)\/\*\*$/.exec(glob)?.[1];
        const name = /^\*\*\/([^*/]+)$/.exec(glob)?.[1];
        const suffix = /^\*\*\/\*([^*/]+)$/.exec(glob)?.[1];
        if (dir !== undefined)
            shape.dirs.add(dir);
        else if (name !== undefined)
            shape.names.add(name);
        else if (suffix !== undefined)
            shape.suffixes.push(suffix);
        else
            throw new Error(`default allowlist glob ${glob} has no fast pre-check`);
    }
    return shape;
}
let defaultShape;
let defaultMatch;
/**
 * The globs decide; the shape check only spares them the paths they cannot match. The globs are
 * compiled when a path first passes the shape check: compiling them costs 16–80 ms (more on a
 * busy machine), which every command that loads this module (`runguard run` included) would
 * otherwise pay at start-up, and a walk whose paths never look vendored, minified or locked (most
 * Python repositories) at the start of its critical path.
 */
function inDefaultAllowlist(rel) {
    const shape = (defaultShape ??= allowlistShape(DEFAULT_ALLOWLIST_GLOBS));
    const segments = rel.split('/');
    const last = segments[segments.length - 1];
    const possible = shape.names.has(last) ||
        shape.suffixes.some(s => last.endsWith(s)) ||
        segments.some(s => shape.dirs.has(s));
    if (!possible)
        return false;
    defaultMatch ??= picomatch_default()(DEFAULT_ALLOWLIST_GLOBS, { dot: true });
    return defaultMatch(rel);
}
const BINARY_EXTENSIONS = new Set(('png jpg jpeg gif bmp ico webp tif tiff psd svgz heic avif mp3 mp4 m4a wav ogg flac mov avi mkv ' +
    'webm woff woff2 ttf otf eot pdf doc docx xls xlsx ppt pptx odt zip gz tgz bz2 xz zst 7z rar jar ' +
    'war ear whl egg so dylib dll exe o a lib class pyc pyo pyd wasm bin dat db sqlite sqlite3 ' +
    'parquet npy npz pkl pickle h5 onnx pt pth').split(' '));
/** Why a path is in the default allowlist, or undefined. */
function defaultSkipReason(rel) {
    if (inDefaultAllowlist(rel))
        return 'vendored, minified or lock file (default allowlist)';
    const ext = external_node_path_default().posix.extname(rel).slice(1).toLowerCase();
    if (BINARY_EXTENSIONS.has(ext))
        return `binary file type .${ext}`;
    return undefined;
}
/** Test directories and test-file names of the common ecosystems (repo-relative posix paths). */
const TEST_FIXTURE_PATH = /(?:^|\/)(?:tests?|__tests__|spec|specs|testdata|test[-_]data|fixtures?|__fixtures__|testing|mocks?|__mocks__|e2e|testcases?|test[-_]?cases)\/|(?:^|\/)(?:test_[^/]+\.py|[^/]+_test\.(?:py|go|rb|exs?)|[^/]+\.(?:test|spec)\.[cm]?[jt]sx?|conftest\.py|[^/]+Tests?\.(?:java|kt|cs|scala|swift))$/i;
/**
 * True for files under a test directory or named as tests. A real key there is still a finding
 * (test fixtures leak like any file), but reports say "test fixture" so a reviewer knows.
 */
function isTestFixturePath(rel) {
    return TEST_FIXTURE_PATH.test(rel);
}
/** Binary by content: a NUL byte in the first 8 KiB (git's heuristic), unless UTF-16 with a BOM. */
function isBinaryContent(bytes) {
    if (bytes.length >= 2 &&
        ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
        return false;
    // Native search: a JavaScript loop over 8 KiB costs ~10 µs per file, a tenth of a small file's scan.
    return bytes.subarray(0, 8192).indexOf(0) !== -1;
}
/** Decodes file bytes: UTF-8 (invalid sequences become U+FFFD), or UTF-16 when it has a BOM. */
function decodeText(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString('utf16le');
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        const swapped = Buffer.from(bytes.subarray(2));
        swapped.swap16();
        return swapped.toString('utf16le');
    }
    return bytes.toString('utf8');
}
function readIgnoreLayer(absDir, base, file) {
    try {
        // Not through a symbolic link (git does not follow one for .gitignore either): a link in the
        // tree must not make the walk read, as ignore rules, a file outside the workspace.
        const fd = (0,external_node_fs_.openSync)(external_node_path_default().join(absDir, file), SAFE_READ_FLAGS);
        try {
            return { base, rules: ignore_default()().add((0,external_node_fs_.readFileSync)(fd, 'utf8')) };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return undefined;
    }
}
function ignoredBy(layers, rel, isDir) {
    for (const layer of layers) {
        const sub = layer.base === '' ? rel : rel.slice(layer.base.length + 1);
        if (sub === '' || sub.startsWith('..'))
            continue;
        if (layer.rules.ignores(isDir ? `${sub}/` : sub))
            return true;
    }
    return false;
}
/** The walk gives the event loop a turn at least this often (ms). */
const YIELD_MS = 10;
/** Lists the files to scan under `roots` (absolute paths inside the workspace). */
async function walkFiles(roots, options) {
    const files = [];
    const skipped = [];
    const excluded = options.exclude.length ? (0,match/* compileGlobs */.tI)(options.exclude) : undefined;
    const root = options.workspace;
    const relOf = (abs) => external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join('/');
    const rootLayers = [];
    const top = readIgnoreLayer(root, '', '.gitignore');
    if (top)
        rootLayers.push(top);
    const info = readIgnoreLayer(external_node_path_default().join(root, '.git', 'info'), '', 'exclude');
    if (info)
        rootLayers.push(info);
    const seen = new Set();
    const tracked = options.tracked;
    // Tracked files below each directory, so an ignored or skipped directory is entered or counted.
    const trackedBelow = new Map();
    for (const t of tracked ?? []) {
        for (let i = t.lastIndexOf('/'); i > 0; i = t.lastIndexOf('/', i - 1)) {
            const dir = t.slice(0, i);
            trackedBelow.set(dir, (trackedBelow.get(dir) ?? 0) + 1);
        }
    }
    const skip = (rel, reason, notable, isDir = false) => {
        if (!tracked) {
            skipped.push({ rel, reason, notable });
            return;
        }
        const inside = isDir ? (trackedBelow.get(rel) ?? 0) : tracked.has(rel) ? 1 : 0;
        const why = isDir && inside > 0 ? `${reason}; ${inside} tracked file(s) inside` : reason;
        skipped.push({ rel, reason: why, notable, tracked: inside > 0 });
    };
    // The walk uses the synchronous fs calls: on a tree of many small files the promise API's
    // per-call round trips through the thread pool cost more CPU than the scan itself. It
    // yields to the event loop every few milliseconds, so the other scanners' output is still read.
    let lastYield = performance.now();
    const maybeYield = async () => {
        if (performance.now() - lastYield < YIELD_MS)
            return;
        await new Promise(resolve => setImmediate(resolve));
        lastYield = performance.now();
    };
    const visitDir = async (abs, rel, layers, depth) => {
        if (rel === '.git' || rel.endsWith('/.git'))
            return;
        // Tracked first: a set lookup, where the ignore rules cost tens of µs per path.
        if (rel !== '' && !trackedBelow.has(rel) && ignoredBy(layers, rel, true))
            return;
        if (rel !== '' && (excluded?.(rel) || excluded?.(`${rel}/`)))
            return;
        if (rel !== '' && inDefaultAllowlist(`${rel}/x`)) {
            skip(rel, 'vendored directory (default allowlist)', false, true);
            return;
        }
        if (depth > 256) {
            skip(rel, 'directory nesting deeper than 256 levels', true, true);
            return;
        }
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch (error) {
            skipped.push({
                rel: rel || '.',
                reason: `cannot read directory: ${error.code ?? String(error)}`,
                notable: true
            });
            return;
        }
        // Name order (code units, as Array.prototype.sort does), so the walk is the same everywhere.
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        // Read a nested .gitignore only where the listing has one: trying every directory cost a
        // failed open and a thrown error each (~12 µs; ~50 ms of CPU on a tree of 4,000 directories).
        const own = rel !== '' && entries.some(e => e.name === '.gitignore')
            ? readIgnoreLayer(abs, rel, '.gitignore')
            : undefined;
        const next = own ? [...layers, own] : layers;
        // `abs` is already normalised and a name holds no separator: path.join's normalising pass
        // over every path of the tree is not needed.
        const dirPrefix = abs.endsWith((external_node_path_default()).sep) ? abs : `${abs}${(external_node_path_default()).sep}`;
        for (const entry of entries) {
            if (options.signal?.aborted)
                return;
            const childAbs = dirPrefix + entry.name;
            const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (entry.isSymbolicLink()) {
                // Never followed: a link is either a loop, outside the workspace, or scanned where it points.
                skip(childRel, 'symbolic link (not followed)', false);
            }
            else if (entry.isDirectory()) {
                await visitDir(childAbs, childRel, next, depth + 1);
            }
            else if (entry.isFile()) {
                visitFile(childAbs, childRel, next);
            }
            else {
                skip(childRel, 'not a regular file', false);
            }
            await maybeYield();
        }
    };
    const visitFile = (abs, rel, layers, known) => {
        if (seen.has(rel))
            return;
        seen.add(rel);
        if ((tracked?.has(rel) !== true && ignoredBy(layers, rel, false)) || excluded?.(rel))
            return;
        const reason = defaultSkipReason(rel);
        if (reason) {
            skip(rel, reason, false);
            return;
        }
        let size;
        try {
            size = (known ?? (0,external_node_fs_.lstatSync)(abs)).size;
        }
        catch (error) {
            skipped.push({
                rel,
                reason: `cannot stat: ${error.code ?? String(error)}`,
                notable: true
            });
            return;
        }
        if (size > options.maxFileSize) {
            skip(rel, `larger than the ${formatBytes(options.maxFileSize)} limit (${formatBytes(size)})`, true);
            return;
        }
        const file = { abs, rel, size };
        files.push(file);
        options.onFile?.(file);
    };
    /** A root given on the command line: stat'ed itself (it may be a file or a link). */
    const visitRoot = async (abs) => {
        if (options.signal?.aborted)
            return;
        const rel = relOf(abs);
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
            skipped.push({ rel: abs, reason: 'outside the workspace', notable: true });
            return;
        }
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)(abs);
        }
        catch (error) {
            skipped.push({
                rel: rel || '.',
                reason: `cannot stat: ${error.code ?? String(error)}`,
                notable: true
            });
            return;
        }
        if (stat.isSymbolicLink())
            skip(rel, 'symbolic link (not followed)', false);
        else if (stat.isDirectory())
            await visitDir(abs, rel, rootLayers, 0);
        else if (stat.isFile())
            visitFile(abs, rel, rootLayers, stat);
        else
            skip(rel, 'not a regular file', false);
    };
    for (const r of roots)
        await visitRoot(external_node_path_default().resolve(r));
    return { files, skipped };
}
/** `5 MiB`-style sizes for messages. */
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(0)} KiB`;
    return `${n} B`;
}

// EXTERNAL MODULE: ./src/secrets/git.ts
var git = __webpack_require__(85069);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
var external_node_module_default = /*#__PURE__*/__webpack_require__.n(external_node_module_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/util/event-loop-turns.ts
/**
 * For synchronous work done in a loop on the main thread (the secret scan reads and scans files
 * synchronously): call the returned function after each step, and the event loop gets a turn
 * once at least `ms` have passed since the last one, so the other scanners' output and the
 * workers' replies are still read while the loop runs.
 */
function eventLoopTurns(ms) {
    let last = performance.now();
    return async () => {
        if (performance.now() - last < ms)
            return;
        await new Promise(resolve => setImmediate(resolve));
        last = performance.now();
    };
}

;// CONCATENATED MODULE: ./src/secrets/pool.ts







/** A batch closes at this many bytes or files (a larger file goes alone). */
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 128;
/** Batches a worker holds at once: one being scanned, one waiting, so it never idles. */
const IN_FLIGHT = 2;
/**
 * Below this many bytes the scan stays on the main thread: a worker's start (loading the
 * detector, building its keyword automaton, V8 compiling the engine and the rules' regular
 * expressions on first use) costs a few hundred ms of CPU, which a small tree does not pay back.
 * Set from whole-process measurements on 2 cores (docs/benchmarks.md, "Secret detector on worker
 * threads").
 */
const POOL_MIN_BYTES = 64 * 1024 * 1024;
/**
 * Where the worker bundle sits next to the running bundle (dist/ or dist/cli/), or undefined
 * when runguard runs from its TypeScript sources (jest), where there is no worker bundle and
 * the scan runs in-thread.
 */
function bundledWorkerFile(moduleUrl = import.meta.url) {
    const file = (0,external_node_url_.fileURLToPath)(moduleUrl);
    if (file.endsWith('.ts'))
        return undefined;
    return external_node_path_default().join(external_node_path_default().dirname(file), 'secrets-worker', 'index.js');
}
/**
 * A worker's environment: the main thread's, plus the directory of its on-disk compile cache when
 * it has one (src/compile-cache.ts; Node ≥ 22.1). Workers do not inherit `enableCompileCache`,
 * but read NODE_COMPILE_CACHE as they start, so the worker bundle is compiled once per machine
 * too (about 25 ms of each worker's start). Node adds its version to the directory it is given, so
 * the worker is given the parent of the main thread's directory: both then use the same one.
 */
function workerEnv(env, cacheDir = external_node_module_default().getCompileCacheDir?.()) {
    return cacheDir === undefined ? env : { ...env, NODE_COMPILE_CACHE: external_node_path_default().dirname(cacheDir) };
}
/**
 * Decides where the scan runs: with one worker per core beside the main thread's, which scans
 * too. `override` (RUNGUARD_SECRET_WORKERS, for benchmarks) forces the number of workers, 0
 * meaning in-thread. A bundle whose worker file is missing is broken: that is an error, not a
 * silent fallback.
 */
function planScan(totalBytes, options) {
    const { workerFile } = options;
    const cores = options.cores ?? external_node_os_default().availableParallelism();
    let threads = cores - 1;
    if (options.override !== undefined && options.override !== '') {
        const n = Number(options.override);
        if (!Number.isInteger(n) || n < 0)
            throw new Error(`RUNGUARD_SECRET_WORKERS must be a whole number ≥ 0 (0 = scan in-thread), got ${JSON.stringify(options.override)}`);
        if (n === 0)
            return { where: 'in-thread', why: 'RUNGUARD_SECRET_WORKERS=0' };
        threads = n;
    }
    else if (totalBytes < POOL_MIN_BYTES) {
        return { where: 'in-thread', why: `small tree (${totalBytes} bytes)` };
    }
    else if (threads < 1) {
        return { where: 'in-thread', why: 'one core' };
    }
    if (workerFile === undefined)
        return { where: 'in-thread', why: 'running from sources (no worker bundle)' };
    if (!(0,external_node_fs_.existsSync)(workerFile))
        throw new Error(`the secret scanner's worker bundle is missing: ${workerFile} (rebuild runguard)`);
    return { where: 'workers', threads, workerFile };
}
/** A batch of `files` files and `bytes` bytes takes no file of `nextSize` more bytes. */
function batchIsFull(files, bytes, nextSize) {
    return files > 0 && (bytes + nextSize > BATCH_BYTES || files >= BATCH_FILES);
}
/** Batches in the order they should be scanned: largest files first, so the cores finish together. */
function makeBatches(jobs) {
    const sorted = [...jobs].sort((a, b) => b.size - a.size);
    const batches = [];
    let current = [];
    let bytes = 0;
    for (const job of sorted) {
        if (batchIsFull(current.length, bytes, job.size)) {
            batches.push(current);
            current = [];
            bytes = 0;
        }
        current.push(job);
        bytes += job.size;
    }
    if (current.length)
        batches.push(current);
    return batches;
}
/** The main thread scanning its batches gives the event loop a turn at least this often (ms). */
const pool_YIELD_MS = 10;
/**
 * Worker threads started ahead of the work: `new ScanPool(…)` spawns them (each loads the detector
 * and builds its engine at once), `add` hands them files while the walk is still listing (so the
 * workers scan while the main thread walks), `run` scans the whole list (the files not added yet
 * on the workers and on the main thread when asked), `close` stops them. A worker that fails to
 * load or exits early, before or during `run`, makes `run` reject.
 */
class ScanPool {
    workers = [];
    /** Batches each worker holds (sent, not answered). */
    pending = [];
    failure;
    onFailure;
    closing = false;
    /** Every batch so far, in the order threads take them; `taken` of them are taken. */
    queue = [];
    taken = 0;
    /** Batches answered (by a worker or the main thread). */
    answered = 0;
    /** Set once `run` settles: no more batches are sent. */
    stopped = false;
    /** The batch `add` is filling, and its bytes. */
    filling = [];
    fillingBytes = 0;
    /** Files given to `add`, which `run` must not queue again. */
    added = new Set();
    /** Outcomes answered before `run` gave somewhere to deliver them. */
    early = [];
    /** Where `run` wants outcomes (false once the run has settled). */
    deliver;
    constructor(options) {
        for (let index = 0; index < Math.max(1, options.threads); index++) {
            const worker = new external_node_worker_threads_.Worker(options.workerFile, {
                workerData: { demo: options.demo },
                env: workerEnv(process.env)
            });
            worker.on('error', error => this.fail(new Error(`secret scan worker failed: ${error.message}`)));
            worker.on('exit', code => {
                if (!this.closing)
                    this.fail(new Error(`secret scan worker exited early (code ${code})`));
            });
            worker.on('message', (reply) => {
                this.pending[index] = this.pending[index] - 1;
                if (this.stopped)
                    return;
                this.answered++;
                if (!this.deliver)
                    this.early.push(reply.outcomes);
                else if (!this.deliver(reply.outcomes))
                    return;
                this.feed(index);
            });
            this.workers.push(worker);
            this.pending.push(0);
        }
    }
    /** How many workers the pool has. */
    get size() {
        return this.workers.length;
    }
    fail(error) {
        this.failure ??= error;
        this.onFailure?.(error);
    }
    /** Sends queued batches to worker `index` until it holds IN_FLIGHT of them. */
    feed(index) {
        const worker = this.workers[index];
        while (!this.stopped &&
            this.taken < this.queue.length &&
            this.pending[index] < IN_FLIGHT) {
            const id = this.taken++;
            this.pending[index] = this.pending[index] + 1;
            worker.postMessage({ id, jobs: this.queue[id] });
        }
    }
    closeFilling() {
        if (this.filling.length === 0)
            return;
        this.queue.push(this.filling);
        this.filling = [];
        this.fillingBytes = 0;
    }
    /**
     * Hands one listed file to the workers before `run`, in walk order, in batches as `run` makes
     * them (by bytes and files). Its outcome is delivered by `run`, which must then be given the
     * file again (in its whole list) and will not scan it twice.
     */
    add(job) {
        if (this.stopped)
            return;
        this.added.add(job);
        if (batchIsFull(this.filling.length, this.fillingBytes, job.size)) {
            this.closeFilling();
            this.workers.forEach((_, index) => this.feed(index));
        }
        this.filling.push(job);
        this.fillingBytes += job.size;
    }
    /** Stops the workers. */
    async close() {
        this.closing = true;
        this.stopped = true;
        await Promise.all(this.workers.map(w => w.terminate()));
    }
    /**
     * Scans `jobs` (the files given to `add` included, which were scanned or queued already).
     * Resolves when every file has an outcome or the signal aborts; rejects when a worker fails
     * (it cannot load, throws, or exits early) or `onOutcome` throws. Either way the workers keep
     * running until `close`. Called once per pool.
     */
    run(jobs, options) {
        const { signal, onOutcome, scanHere } = options;
        this.closeFilling();
        // What the walk did not hand over yet, largest first, so the threads finish together.
        const rest = this.added.size ? jobs.filter(job => !this.added.has(job)) : jobs;
        this.queue.push(...makeBatches(rest));
        return new Promise((resolve, reject) => {
            let settled = false;
            const finish = (error) => {
                if (settled)
                    return;
                settled = true;
                this.stopped = true;
                signal?.removeEventListener('abort', onAbort);
                this.onFailure = undefined;
                this.deliver = undefined;
                if (error)
                    reject(error);
                else
                    resolve();
            };
            const onAbort = () => finish();
            const handOver = (outcomes) => {
                try {
                    for (const outcome of outcomes)
                        onOutcome(outcome);
                    return true;
                }
                catch (error) {
                    finish(error instanceof Error ? error : new Error(String(error)));
                    return false;
                }
            };
            const deliver = (outcomes) => {
                if (!handOver(outcomes))
                    return false;
                if (this.answered === this.queue.length)
                    finish();
                return !settled;
            };
            if (this.failure)
                return finish(this.failure);
            if (signal?.aborted)
                return finish();
            // Batches answered while the walk was still listing (`answered` counts them already).
            for (const outcomes of this.early.splice(0))
                if (!handOver(outcomes))
                    return;
            if (this.answered === this.queue.length)
                return finish();
            this.deliver = deliver;
            this.onFailure = error => finish(error);
            signal?.addEventListener('abort', onAbort, { once: true });
            this.workers.forEach((_, index) => this.feed(index));
            if (!scanHere)
                return;
            // The main thread's share: a batch at a time from the same queue, a file at a time, with a
            // turn of the event loop every few milliseconds so the workers' replies and the other
            // scanners' output are still read.
            void (async () => {
                const turn = eventLoopTurns(pool_YIELD_MS);
                while (!settled && this.taken < this.queue.length) {
                    const outcomes = [];
                    for (const job of this.queue[this.taken++]) {
                        outcomes.push(await scanHere(job));
                        await turn();
                        if (settled)
                            return;
                    }
                    this.answered++;
                    deliver(outcomes);
                }
            })().catch((error) => finish(error instanceof Error ? error : new Error(String(error))));
        });
    }
}
/**
 * Scans `jobs` on `threads` fresh workers (and on the main thread with `scanHere`), then stops
 * them. Resolves when every file has an outcome or the signal aborts; rejects when a worker fails.
 */
async function scanInWorkers(jobs, options) {
    const threads = Math.min(options.threads, Math.max(1, makeBatches(jobs).length));
    const pool = new ScanPool({ ...options, threads });
    try {
        await pool.run(jobs, options);
    }
    finally {
        await pool.close();
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/secrets/stream.ts




/**
 * Large files are scanned in chunks so memory stays bounded whatever `secrets-max-file-size`
 * allows. Each scan keeps the last OVERLAP characters for the next one and only reports
 * matches that start before them: every secret shorter than OVERLAP (PEM blocks are capped at
 * 16 KiB by their rule) is seen whole exactly once.
 */
const CHUNK_BYTES = 4 * 1024 * 1024;
const OVERLAP = 32 * 1024;
/** Scans a file chunk by chunk; undefined when its first chunk is binary. */
async function scanLargeFile(abs, rel, demo = 'skip') {
    const handle = await promises_default().open(abs, SAFE_READ_FLAGS);
    const out = [];
    try {
        // Read no further than the size at open: a file something keeps appending to (or a FIFO,
        // size 0) ends here instead of never.
        let left = (await handle.stat()).size;
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        const buffer = Buffer.alloc(CHUNK_BYTES);
        let pending = '';
        // Where `pending` starts: 0-based line, and its column offset when it starts mid-line.
        let lineBase = 0;
        let colBase = 0;
        let first = true;
        for (;;) {
            const { bytesRead } = left > 0
                ? await handle.read(buffer, 0, Math.min(CHUNK_BYTES, left), null)
                : { bytesRead: 0 };
            left -= bytesRead;
            if (first && isBinaryContent(buffer.subarray(0, bytesRead)))
                return undefined;
            first = false;
            const eof = bytesRead === 0;
            pending += eof ? decoder.end() : decoder.write(buffer.subarray(0, bytesRead));
            if (!eof && pending.length < CHUNK_BYTES)
                continue;
            const tailStart = eof ? pending.length : Math.max(0, pending.length - OVERLAP);
            // Line and column (1-based, within `pending`) where the kept tail starts.
            let tailLine = 1;
            let lastNl = -1;
            for (let i = pending.indexOf('\n'); i !== -1 && i < tailStart; i = pending.indexOf('\n', i + 1)) {
                tailLine++;
                lastNl = i;
            }
            const tailCol = tailStart - lastNl;
            for (const m of (0,engine/* scanText */.Ff)(pending, { path: rel, demo })) {
                const inTail = m.startLine > tailLine || (m.startLine === tailLine && m.startColumn >= tailCol);
                if (inTail && !eof)
                    continue;
                out.push({
                    ...m,
                    startLine: m.startLine + lineBase,
                    endLine: m.endLine + lineBase,
                    startColumn: m.startLine === 1 ? m.startColumn + colBase : m.startColumn,
                    endColumn: m.endLine === 1 ? m.endColumn + colBase : m.endColumn
                });
            }
            if (eof)
                break;
            colBase = lastNl === -1 ? colBase + tailStart : tailStart - lastNl - 1;
            lineBase += tailLine - 1;
            pending = pending.slice(tailStart);
        }
    }
    finally {
        await handle.close();
    }
    return out;
}

;// CONCATENATED MODULE: ./src/secrets/scan-file.ts





/** Files above this are scanned in chunks (src/secrets/stream.ts) instead of read whole. */
const STREAM_THRESHOLD = 8 * 1024 * 1024;
function unread(rel, error) {
    return {
        rel,
        kind: 'unread',
        reason: `cannot read: ${error.code ?? String(error)}`
    };
}
/**
 * Reads and scans one file; a read error is an outcome, never a throw. Large files are
 * streamed (asynchronously); the others are read with one synchronous call: `fs.promises.readFile`
 * costs four thread-pool round trips (open, stat, read, close) per file, which on a tree of
 * small files cost more CPU than scanning them.
 */
function scanFile(job, demo) {
    if (job.size > STREAM_THRESHOLD)
        return scanStreamed(job, demo);
    let bytes;
    try {
        const fd = (0,external_node_fs_.openSync)(job.abs, SAFE_READ_FLAGS);
        try {
            // The size of the file now open, not the walk's: a file that grew since (a script writing
            // beside the scan) is streamed when it crossed the threshold, and never read past this size.
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            if (size > STREAM_THRESHOLD)
                return scanStreamed(job, demo);
            bytes = Buffer.allocUnsafe(size);
            let read = 0;
            while (read < size) {
                const n = (0,external_node_fs_.readSync)(fd, bytes, read, size - read, null);
                if (n === 0)
                    break;
                read += n;
            }
            bytes = bytes.subarray(0, read);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (error) {
        return unread(job.rel, error);
    }
    if (isBinaryContent(bytes))
        return { rel: job.rel, kind: 'binary' };
    // Most source files are ASCII: the keyword pass then reads the bytes (src/secrets/engine.ts).
    const ascii = (0,external_node_buffer_.isAscii)(bytes) ? bytes : undefined;
    return {
        rel: job.rel,
        kind: 'scanned',
        matches: (0,engine/* scanText */.Ff)(decodeText(bytes), { path: job.rel, demo, ...(ascii ? { ascii } : {}) })
    };
}
async function scanStreamed(job, demo) {
    try {
        const matches = await scanLargeFile(job.abs, job.rel, demo);
        return matches === undefined
            ? { rel: job.rel, kind: 'binary' }
            : { rel: job.rel, kind: 'scanned', matches };
    }
    catch (error) {
        return unread(job.rel, error);
    }
}

// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/scanners/secrets.ts











/**
 * Version of the built-in detector: runguard's own (its rules ship and change with runguard),
 * so JSON, SARIF and the summary all say the one version of src/version.ts.
 */
const SECRETS_ENGINE_VERSION = version/* RUNGUARD_VERSION */.m;
/** The in-thread scan gives the event loop a turn at least this often (ms). */
const secrets_YIELD_MS = 10;
const VALIDATION_TEXT = {
    checksum: 'checksum verified',
    structure: 'structure verified',
    format: 'matches the provider format',
    context: 'matched by context',
    entropy: 'high-entropy value assigned to a secret-looking name'
};
/** The lines of a multi-line secret worth masking alone (not BEGIN/END armor, not short). */
function secretLines(value) {
    return value
        .split(/\r?\n|\\n/)
        .map(l => l.trim())
        .filter(l => l.length >= 16 && !/^-----(?:BEGIN|END) /.test(l));
}
/** Turns one engine match into a Finding; the raw value is never put in it. */
function secretFinding(m, repoPath, lineOffset = 0, commit) {
    const where = commit ? ` (added in commit ${commit.slice(0, 12)})` : '';
    const fixture = isTestFixturePath(repoPath);
    const inFixture = fixture ? ' in a test fixture' : '';
    return {
        tool: 'secrets',
        ruleId: m.ruleId,
        title: m.title,
        message: m.checksumMismatch
            ? `${m.title} lookalike ${m.masked}${inFixture} — checksum does not match a real token${where}: invented, truncated or altered. If it was cut from a real token, rotate that token; otherwise allow it with a runguard:allow comment.`
            : `${m.title} ${m.masked}${inFixture} — ${VALIDATION_TEXT[m.validation]}${where}. Revoke and rotate it, then remove it from the code.`,
        severity: m.severity,
        confidence: m.confidence,
        cwe: ['CWE-798'],
        location: {
            path: repoPath,
            startLine: m.startLine + lineOffset,
            endLine: m.endLine + lineOffset,
            startColumn: m.startColumn,
            endColumn: m.endColumn
        },
        fingerprint: m.fingerprint,
        secret: { provider: m.provider, masked: m.masked, ...(fixture ? { testFixture: true } : {}) },
        ...(m.allowedInline
            ? {
                suppressed: {
                    reason: 'runguard:allow comment on the line',
                    source: 'inline'
                }
            }
            : {})
    };
}
/**
 * Scans the working tree under ctx.paths. In a git repository, tracked files are scanned even
 * when `.gitignore` lists them, and every skip of tracked content goes to `unscanned`; outside
 * one, the skips worth hearing about (too large, too deep, unreadable) do.
 */
async function scanTree(ctx, findings, errors, register, unscanned) {
    const workspace = await promises_default().realpath(ctx.workspace);
    const roots = [];
    for (const p of ctx.paths.length ? ctx.paths : [workspace]) {
        const rel = (0,paths/* toRepoPath */.x)(workspace, p);
        if (rel === undefined)
            errors.push(`path ${p} is outside the workspace and was not scanned`);
        else
            roots.push(rel === '.' ? workspace : external_node_path_default().join(workspace, rel));
    }
    const demo = ctx.settings.secretsDemoCredentials;
    const workerFile = bundledWorkerFile();
    const override = ctx.env.RUNGUARD_SECRET_WORKERS;
    const planFor = (bytes) => planScan(bytes, { workerFile, ...(override === undefined ? {} : { override }) });
    // The workers start as soon as the scan will need them (at once when RUNGUARD_SECRET_WORKERS
    // asks for them, else once the walk has listed enough bytes), so their start overlaps the walk.
    let pool;
    const startPool = (bytes) => {
        if (pool)
            return;
        const plan = planFor(bytes);
        if (plan.where === 'workers')
            pool = new ScanPool({ workerFile: plan.workerFile, threads: plan.threads, demo });
    };
    try {
        if (override !== undefined && override !== '')
            startPool(Number.POSITIVE_INFINITY);
        const tracked = await (0,git/* trackedFiles */.O)({
            exec: ctx.exec,
            ...(ctx.env ? { env: ctx.env } : {}),
            logger: ctx.logger,
            cwd: workspace,
            timeoutMs: ctx.timeoutMs,
            ...(ctx.signal ? { signal: ctx.signal } : {})
        });
        const walkStarted = performance.now();
        let listed = 0;
        // Files listed before the pool started: handed to it when it starts.
        const waiting = [];
        const { files, skipped } = await walkFiles(roots, {
            workspace,
            maxFileSize: ctx.settings.secretsMaxFileSize,
            exclude: ctx.settings.exclude,
            ...(ctx.signal ? { signal: ctx.signal } : {}),
            ...(tracked ? { tracked } : {}),
            onFile: file => {
                // Decided once, when the bytes listed so far first reach the threshold.
                if (listed < POOL_MIN_BYTES && (listed += file.size) >= POOL_MIN_BYTES)
                    startPool(listed);
                // Once there are workers they scan what is listed while the main thread walks on.
                if (!pool)
                    waiting.push(file);
                else {
                    for (const early of waiting.splice(0))
                        pool.add(early);
                    pool.add(file);
                }
            }
        });
        const unread = [];
        const onOutcome = (outcome) => {
            if (outcome.kind === 'binary')
                skipped.push({ rel: outcome.rel, reason: 'binary content', notable: false });
            else if (outcome.kind === 'unread')
                unread.push({ rel: outcome.rel, reason: outcome.reason, notable: true });
            else
                for (const m of outcome.matches) {
                    register(m.value);
                    findings.push(secretFinding(m, outcome.rel));
                }
        };
        const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
        const scanStarted = performance.now();
        ctx.logger.debug(`secrets: listed ${files.length} files (${formatBytes(totalBytes)}) in ${Math.round(scanStarted - walkStarted)} ms`);
        const plan = planFor(totalBytes);
        if (plan.where === 'workers')
            startPool(totalBytes);
        else if (pool) {
            await pool.close();
            pool = undefined;
        }
        const scanHere = (file) => scanFile(file, demo);
        if (pool) {
            ctx.logger.debug(`secrets: scanning ${files.length} files on the main thread and ${pool.size} worker thread${pool.size === 1 ? '' : 's'}`);
            await pool.run(files, { ...(ctx.signal ? { signal: ctx.signal } : {}), onOutcome, scanHere });
            // Outcomes arrive in the order the threads finish; unreadable files are listed in walk order.
            if (unread.length > 1) {
                const order = new Map(files.map((f, i) => [f.rel, i]));
                unread.sort((a, b) => (order.get(a.rel) ?? 0) - (order.get(b.rel) ?? 0));
            }
        }
        else {
            ctx.logger.debug(`secrets: scanning ${files.length} files in-thread: ${plan.where === 'in-thread' ? plan.why : ''}`);
            // Reads are synchronous (src/secrets/scan-file.ts); the event loop gets a turn every few
            // milliseconds so the other scanners' output is still read while this one scans.
            const turn = eventLoopTurns(secrets_YIELD_MS);
            for (const file of files) {
                if (ctx.signal?.aborted)
                    break;
                onOutcome(await scanHere(file));
                await turn();
            }
        }
        for (const s of [...skipped, ...unread]) {
            if (s.notable)
                errors.push(`not scanned: ${s.rel}: ${s.reason}`);
            else
                ctx.logger.debug(`secrets: skipped ${s.rel}: ${s.reason}`);
            const listed = tracked ? (s.tracked ?? tracked.has(s.rel)) : s.notable;
            if (listed)
                unscanned.push({ path: s.rel, reason: s.reason });
        }
        ctx.logger.debug(`secrets: scanned ${files.length - unread.length} files in ${Math.round(performance.now() - scanStarted)} ms`);
    }
    finally {
        await pool?.close();
    }
}
function scanHunks(hunks, ctx, findings, register) {
    const seen = new Set();
    const excluded = ctx.settings.exclude.length ? (0,match/* compileGlobs */.tI)(ctx.settings.exclude) : undefined;
    for (const hunk of hunks) {
        if (defaultSkipReason(hunk.path))
            continue;
        if (excluded?.(hunk.path))
            continue;
        for (const m of (0,engine/* scanText */.Ff)(hunk.text, {
            path: hunk.path,
            demo: ctx.settings.secretsDemoCredentials
        })) {
            register(m.value);
            // History mode sees a secret once per commit that touched it; report it once per file.
            const key = `${m.fingerprint}\0${hunk.path}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(secretFinding(m, hunk.path, hunk.startLine - 1, hunk.commit));
        }
    }
}
/** The built-in secret detector as a scanner adapter (always available, nothing to install). */
const secretsAdapter = {
    name: 'secrets',
    supportedVersions: `${SECRETS_ENGINE_VERSION}`,
    installHint: 'built in; nothing to install',
    detect() {
        return Promise.resolve({
            installed: true,
            command: [],
            version: SECRETS_ENGINE_VERSION,
            supported: true
        });
    },
    async scan(ctx) {
        const started = performance.now();
        const mode = ctx.settings.secretsScan;
        const base = {
            tool: 'secrets',
            version: SECRETS_ENGINE_VERSION,
            findings: [],
            errors: []
        };
        if (mode === 'off') {
            return { ...base, status: 'skipped', reason: 'secrets-scan is off', durationMs: 0 };
        }
        const findings = [];
        const errors = [];
        const unscanned = [];
        const registered = new Set();
        const register = (value) => {
            if (registered.has(value))
                return;
            registered.add(value);
            // A multi-line value (PEM body) is printed line by line: mask each line on its own too.
            const parts = value.includes('\n') ? [value, ...secretLines(value)] : [value];
            for (const part of parts) {
                ctx.logger.registerSecret(part);
                ctx.redactor.add(part);
            }
        };
        let command;
        try {
            if (mode === 'tree') {
                await scanTree(ctx, findings, errors, register, unscanned);
            }
            else {
                const { base: sha, source } = await (0,git/* resolveBase */.gU)(ctx.settings.baseRef, ctx.env);
                if (!sha) {
                    ctx.logger.info(`secrets: no base commit (${source}); scanning the whole working tree instead of the ${mode}`);
                    await scanTree(ctx, findings, errors, register, unscanned);
                }
                else {
                    const range = await (0,git/* addedInRange */.r4)({
                        exec: ctx.exec,
                        logger: ctx.logger,
                        cwd: ctx.workspace,
                        timeoutMs: ctx.timeoutMs,
                        ...(ctx.signal ? { signal: ctx.signal } : {})
                    }, sha, mode);
                    command = range.command;
                    errors.push(...range.problems);
                    scanHunks(range.hunks, ctx, findings, register);
                    if (range.problems.length && range.hunks.length === 0) {
                        // Without the range, scan everything: a superset is safer than silence.
                        errors.push(`${mode} scan impossible, scanned the whole working tree instead`);
                        await scanTree(ctx, findings, errors, register, unscanned);
                    }
                }
            }
        }
        catch (error) {
            return {
                ...base,
                status: 'failed',
                reason: ctx.redactor.redact(`secret scan crashed: ${error.message}`),
                durationMs: performance.now() - started,
                findings: findings,
                errors: errors.map(e => ctx.redactor.redact(e)),
                ...(unscanned.length ? { skipped: redactSkips(unscanned, ctx) } : {})
            };
        }
        // Only inline allow comments are applied here; the ignore file is applied once, by the
        // policy (src/policy/policy.ts), which also reports entries that matched nothing.
        const result = findings.sort((a, b) => a.location.path.localeCompare(b.location.path) ||
            a.location.startLine - b.location.startLine);
        return {
            ...base,
            status: ctx.signal?.aborted ? 'failed' : 'ok',
            ...(ctx.signal?.aborted ? { reason: 'cancelled' } : {}),
            durationMs: performance.now() - started,
            findings: result,
            errors: errors.map(e => ctx.redactor.redact(e)),
            ...(command ? { command } : {}),
            ...(unscanned.length ? { skipped: redactSkips(unscanned, ctx) } : {})
        };
    }
};
/** Skips in path order, with any registered secret in a file name masked. */
function redactSkips(skips, ctx) {
    return [...skips]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map(s => ({ path: ctx.redactor.redact(s.path), reason: ctx.redactor.redact(s.reason) }));
}


/***/ }),

/***/ 85069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   gU: () => (/* binding */ resolveBase),
/* harmony export */   r4: () => (/* binding */ addedInRange)
/* harmony export */ });
/* unused harmony export parseAddedHunks */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _trust_git_revision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88858);


/** Parses `git diff -U0` / `git log -p -U0` output into added hunks. */
function parseAddedHunks(patch) {
    const hunks = [];
    let file;
    let commit;
    let current;
    let nextLine = 0;
    let previous = '';
    const flush = () => {
        if (current && current.lines.length) {
            hunks.push({
                path: current.path,
                startLine: current.startLine,
                text: current.lines.join('\n'),
                ...(current.commit ? { commit: current.commit } : {})
            });
        }
        current = undefined;
    };
    for (const line of patch.split('\n')) {
        const afterOldHeader = previous.startsWith('--- ');
        previous = line;
        if (line.startsWith('commit ') && /^commit [0-9a-f]{7,64}$/.test(line.trim())) {
            flush();
            commit = line.slice(7).trim();
            file = undefined;
        }
        else if (line.startsWith('diff --git ')) {
            flush();
            file = undefined;
        }
        else if (line.startsWith('+++ ') && afterOldHeader) {
            flush();
            const target = line.slice(4);
            file = target === '/dev/null' ? undefined : unquote(target).replace(/^b\//, '');
        }
        else if (line.startsWith('@@')) {
            flush();
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
            nextLine = m ? Number(m[1]) : 0;
        }
        else if (line.startsWith('+') && file !== undefined && nextLine > 0) {
            if (!current)
                current = { path: file, startLine: nextLine, lines: [], ...(commit ? { commit } : {}) };
            current.lines.push(line.slice(1).replace(/\r$/, ''));
            nextLine++;
        }
        else if (line.startsWith('-') || line.startsWith('\\')) {
            // Removed lines and "\ No newline at end of file" do not move the new-side counter.
        }
        else {
            flush();
        }
    }
    flush();
    return hunks;
}
/** git quotes paths with special characters: "b/dir/na\303\257ve.py". */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    const inner = p.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i];
        if (c === '\\') {
            const n = inner[i + 1] ?? '';
            if (/[0-7]/.test(n)) {
                bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
                i += 3;
            }
            else {
                bytes.push({ n: 10, t: 9, '"': 34, '\\': 92 }[n] ?? n.charCodeAt(0));
                i += 1;
            }
        }
        else
            bytes.push(...Buffer.from(c, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** The base commit: `baseRef` setting, else the GitHub event (PR base sha, or push `before`). */
async function resolveBase(baseRef, env) {
    const checked = (base, source) => {
        // Everything here reaches git's argv; a value git could read as an option is refused.
        const problem = (0,_trust_git_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionProblem */ .lZ)(base);
        return problem
            ? { source: `${source} ${JSON.stringify(base)} refused: it ${problem}` }
            : { base, source };
    };
    if (baseRef)
        return checked(baseRef, 'the baseRef setting');
    const eventPath = env.GITHUB_EVENT_PATH;
    if (!eventPath)
        return { source: 'no baseRef setting and no GITHUB_EVENT_PATH' };
    try {
        const event = JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(eventPath, 'utf8'));
        const pr = event.pull_request?.base?.sha;
        if (pr)
            return checked(pr, 'pull_request.base.sha');
        if (event.before && !/^0+$/.test(event.before))
            return checked(event.before, 'push before');
        return { source: 'the event has no base (new branch or unsupported event)' };
    }
    catch (error) {
        return { source: `cannot read GITHUB_EVENT_PATH: ${error.message}` };
    }
}
async function git(deps, args) {
    // The injected process-group exec, not @actions/exec: `git fetch` can hang on the network and
    // must stop at the tool timeout or on cancel, with its helpers, which @actions/exec cannot do.
    const r = await deps.exec('git', args, {
        cwd: deps.cwd,
        timeoutMs: deps.timeoutMs,
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.env ? { env: deps.env } : {})
    });
    return {
        ok: r.exitCode === 0 && !r.spawnError,
        stdout: r.stdout,
        stderr: (r.spawnError ?? r.stderr).trim()
    };
}
async function hasCommit(deps, sha) {
    return (await git(deps, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`])).ok;
}
/**
 * Makes `base` available in a shallow clone: fetch it directly (GitHub serves any reachable sha),
 * then deepen for history mode until base is an ancestor of HEAD.
 */
async function ensureBase(deps, base, needAncestry) {
    const shallow = (await git(deps, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    if (!(await hasCommit(deps, base))) {
        if (!shallow)
            return `base commit ${base} is not in the repository`;
        deps.logger.info(`secrets: shallow clone, fetching base commit ${base}`);
        await git(deps, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', base]);
        // Servers that refuse fetching by sha: deepen until the base appears.
        for (let attempt = 0; attempt < 6 && !(await hasCommit(deps, base)); attempt++) {
            const r = await git(deps, ['fetch', '--no-tags', `--deepen=${50 * 2 ** attempt}`, 'origin']);
            if (!r.ok)
                break;
        }
        if (!(await hasCommit(deps, base)))
            return `base commit ${base} is missing from this shallow clone and could not be fetched (use actions/checkout with fetch-depth: 0)`;
    }
    if (needAncestry && shallow) {
        for (let attempt = 0; attempt < 6; attempt++) {
            if ((await git(deps, ['merge-base', '--is-ancestor', '--end-of-options', base, 'HEAD'])).ok)
                return undefined;
            deps.logger.info(`secrets: deepening shallow clone to reach ${base}`);
            const r = await git(deps, ['fetch', '--no-tags', `--deepen=${50 * 2 ** attempt}`, 'origin']);
            if (!r.ok)
                break;
        }
        if (!(await git(deps, ['merge-base', '--is-ancestor', '--end-of-options', base, 'HEAD'])).ok)
            return `history between ${base} and HEAD is incomplete in this shallow clone; commits before the shallow boundary were not scanned`;
    }
    return undefined;
}
/** Lines added between `base` and HEAD (diff) or by each commit of `base..HEAD` (history). */
async function addedInRange(deps, base, mode) {
    const problems = [];
    const missing = await ensureBase(deps, base, mode === 'history');
    if (missing) {
        if (mode === 'diff' || !(await hasCommit(deps, base)))
            return { hunks: [], problems: [missing] };
        problems.push(missing);
    }
    const args = mode === 'diff'
        ? [
            '-c',
            'core.quotepath=off',
            'diff',
            '--no-color',
            '--no-ext-diff',
            '--no-renames',
            '-U0',
            '--diff-filter=ACMRT',
            '--end-of-options',
            base,
            'HEAD'
        ]
        : [
            '-c',
            'core.quotepath=off',
            'log',
            '-p',
            '-U0',
            '--no-color',
            '--no-ext-diff',
            '--no-renames',
            '--format=commit %H',
            '--diff-filter=ACMRT',
            '--end-of-options',
            `${base}..HEAD`
        ];
    const r = await git(deps, args);
    if (!r.ok)
        return {
            hunks: [],
            problems: [
                ...problems,
                `git ${args.slice(2, 3).join(' ')} failed: ${r.stderr.split('\n')[0] ?? ''}`
            ],
            command: ['git', ...args]
        };
    return { hunks: parseAddedHunks(r.stdout), problems, command: ['git', ...args] };
}
/**
 * The files git tracks under `deps.cwd`, relative to it (`git ls-files -z`: no quoting, any
 * byte in a name survives), or undefined outside a repository or when git is missing, so the
 * caller keeps its plain walk.
 */
async function trackedFiles(deps) {
    const r = await git(deps, ['ls-files', '-z', '--cached']);
    if (!r.ok) {
        deps.logger.debug(`git ls-files: ${r.stderr.split('\n')[0] ?? ''}`);
        return undefined;
    }
    return new Set(r.stdout.split('\0').filter(p => p !== ''));
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

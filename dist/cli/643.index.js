export const id = 643;
export const ids = [643,8143];
export const modules = {

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

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DRIVER_NAMES: () => (/* binding */ DRIVER_NAMES),
/* harmony export */   MAX_GZIP_BYTES: () => (/* binding */ MAX_GZIP_BYTES),
/* harmony export */   MAX_RESULTS_PER_RUN: () => (/* binding */ MAX_RESULTS_PER_RUN),
/* harmony export */   MAX_RUNS: () => (/* binding */ MAX_RUNS),
/* harmony export */   SARIF_SCHEMA_URI: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   buildSarif: () => (/* binding */ buildSarif),
/* harmony export */   encodeRepoPath: () => (/* binding */ encodeRepoPath),
/* harmony export */   serializeSarif: () => (/* binding */ serializeSarif),
/* harmony export */   writeSarif: () => (/* binding */ writeSarif)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);
/* harmony import */ var _policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17175);
/* harmony import */ var _policy_line_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38143);
/* harmony import */ var _policy_severity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23863);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95105);







/**
 * SARIF 2.1.0 for GitHub code scanning: one run per tool with its own driver
 * name and `automationDetails.id`, a run for every tool that ran (even with no results, so
 * fixed alerts close), one rule per advisory for dependency findings, GitHub's line hash, and
 * GitHub's limits enforced by dropping the least severe results (and saying so).
 *
 * Choices:
 * - Baseline results that disappeared (`absent`) are NOT written: GitHub ignores
 *   `baselineState`, so an absent result would open an alert for code that is gone. Policy
 *   returns them (`PolicyResult.absent`) for the summary instead.
 * - A tool that failed or timed out still gets its run (with whatever it reported) and
 *   `executionSuccessful: false`; a skipped tool gets none.
 * - Large logs are produced as ~64 KB JSON chunks (`chunks`; writeSarif writes them as they
 *   come); `text` and `log`
 *   are materialised only when asked for.
 */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub's documented upload limits: it rejects files above these. */
const MAX_RUNS = 20;
const MAX_RESULTS_PER_RUN = 25_000;
/** 10 MB gzipped; decimal megabytes to stay on the safe side of either reading. */
const MAX_GZIP_BYTES = 10_000_000;
const MAX_TEXT = 1024;
/** Chunks at least this long are sampled to estimate the gzipped size. */
const SAMPLE_MIN_CHARS = 16 * 1024;
/**
 * Serialized results are gathered into strings of about this many characters: below V8's
 * large-object size, so a piece written and let go dies in the young generation (1 MB pieces
 * went to the large-object space and stayed there as garbage until a full collection).
 */
const CHUNK_CHARS = 1 << 16;
/** Skipped paths named in a run's properties; the count covers the rest. */
const MAX_UNSCANNED_PATHS = 100;
const MAX_NOTIFICATIONS = 50;
/** `tool.driver.name` per tool; our own detector gets a prefixed name so it is recognisable. */
const DRIVER_NAMES = {
    bandit: 'bandit',
    semgrep: 'semgrep',
    safety: 'safety',
    'osv-scanner': 'osv-scanner',
    secrets: 'runguard-secrets'
};
const INFORMATION_URIS = {
    bandit: 'https://bandit.readthedocs.io/',
    semgrep: 'https://semgrep.dev/',
    safety: 'https://github.com/pyupio/safety',
    'osv-scanner': 'https://google.github.io/osv-scanner/',
    secrets: 'https://github.com/runguard/runguard'
};
const encodedPaths = new Map();
/** encodeRepoPath as a JSON string, cached: 100,000 results usually share a few hundred files. */
function encodedUri(path) {
    let uri = encodedPaths.get(path);
    if (uri === undefined) {
        if (encodedPaths.size > 50_000)
            encodedPaths.clear();
        uri = JSON.stringify(encodeRepoPath(path));
        encodedPaths.set(path, uri);
    }
    return uri;
}
/**
 * Repo-relative posix path → percent-encoded relative URI (spaces, `:` and `#` would break it).
 * Repo paths are posix on every platform (toRepoPath), so `\` is a character of a file name
 * (legal on Linux) and is encoded as `%5C`, never read as a separator.
 */
function encodeRepoPath(path) {
    const clean = path.replace(/^\.\//, '').replace(/^\/+/, '');
    return clean === '' ? '.' : clean.split('/').map(encodeURIComponent).join('/');
}
const truncate = (text, max = MAX_TEXT) => text.length <= max ? text : `${text.slice(0, max - 1)}…`;
const cweNumber = (cwe) => /(\d+)/.exec(cwe)?.[1];
/** The highest `security-severity` of the rule's findings; none when none has one (unknown, info). */
function securitySeverity(findings, unknownSeverity) {
    let best;
    for (const f of findings) {
        const score = (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .presentFinding */ .hg)(f, unknownSeverity).securitySeverity;
        if (score !== undefined && (best === undefined || score > best))
            best = score;
    }
    return best === undefined ? undefined : best.toFixed(1);
}
function precision(findings) {
    const order = ['low', 'medium', 'high'];
    let best = -1;
    for (const f of findings)
        if (f.confidence)
            best = Math.max(best, order.indexOf(f.confidence));
    return best < 0 ? undefined : order[best];
}
function buildRule(id, findings, unknownSeverity) {
    const first = findings[0];
    const rank = (f) => (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveRank */ .ET)(f.severity, unknownSeverity);
    const worst = findings.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const cwes = [...new Set(findings.flatMap(f => f.cwe))].sort();
    const title = first.title.trim() || id;
    const lines = [];
    const md = [`**${title}**`, ''];
    if (first.package && first.advisory) {
        const aliases = first.advisory.aliases.filter(a => a !== id);
        const packages = [...new Set(findings.map(f => `${f.package?.name} ${f.package?.version}`))];
        const fixed = [...new Set(findings.flatMap(f => f.package?.fixedVersions ?? []))];
        lines.push(`Advisory ${id} affects ${packages.join(', ')}.`);
        if (aliases.length)
            lines.push(`Also known as ${aliases.join(', ')}.`);
        lines.push(fixed.length ? `Fixed in ${fixed.join(', ')}.` : 'No fixed version is known.');
        if (first.advisory.cvssVector)
            lines.push(`CVSS vector: ${first.advisory.cvssVector}.`);
    }
    else {
        lines.push(`${title} (${first.tool} rule ${id}).`);
    }
    if (cwes.length)
        lines.push(`Weakness: ${cwes.join(', ')}.`);
    md.push(...lines.map(l => `- ${l}`));
    for (const cwe of cwes) {
        const n = cweNumber(cwe);
        if (n)
            md.push(`- [${cwe}](https://cwe.mitre.org/data/definitions/${n}.html)`);
    }
    const helpUri = first.helpUri ?? (first.advisory?.url || undefined);
    if (helpUri)
        md.push('', `[More information](${helpUri})`);
    const tags = [
        'security',
        ...cwes.flatMap(c => {
            const n = cweNumber(c);
            return n ? [`external/cwe/cwe-${n.padStart(3, '0')}`] : [];
        })
    ].slice(0, 20);
    const score = securitySeverity(findings, unknownSeverity);
    const prec = precision(findings);
    return {
        id,
        name: truncate(title.replace(/\s+/g, ' '), 255),
        shortDescription: { text: truncate(title) },
        fullDescription: { text: truncate(lines.join(' ')) },
        defaultConfiguration: { level: (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .presentFinding */ .hg)(worst, unknownSeverity).sarifLevel },
        help: {
            text: truncate(lines.join('\n') + (helpUri ? `\n${helpUri}` : ''), 10_000),
            markdown: md.join('\n')
        },
        ...(helpUri ? { helpUri } : {}),
        properties: {
            tags,
            ...(prec ? { precision: prec } : {}),
            ...(score ? { 'security-severity': score } : {})
        }
    };
}
const json = (value) => JSON.stringify(value);
const int = (n) => Math.trunc(n);
/**
 * One result as JSON text, written directly rather than as an object graph to stringify: at
 * 100,000 results the ten small objects per result dominated time and garbage. Key order and
 * content are those of the SARIF result object; tests parse the text back and validate it
 * against the schema.
 */
function resultJson(finding, ruleIndex, unknownSeverity, hashes) {
    const loc = finding.location;
    const startLine = Math.max(1, int(loc.startLine) || 1);
    const endLine = loc.endLine !== undefined && loc.endLine >= startLine ? int(loc.endLine) : undefined;
    const startColumn = loc.startColumn !== undefined && loc.startColumn >= 1 ? int(loc.startColumn) : undefined;
    const endColumn = loc.endColumn !== undefined &&
        loc.endColumn >= 1 &&
        ((endLine ?? startLine) > startLine || loc.endColumn > (startColumn ?? 1))
        ? int(loc.endColumn)
        : undefined;
    let region = `{"startLine":${startLine}`;
    if (endLine !== undefined)
        region += `,"endLine":${endLine}`;
    if (startColumn !== undefined)
        region += `,"startColumn":${startColumn}`;
    if (endColumn !== undefined)
        region += `,"endColumn":${endColumn}`;
    region += '}';
    const lineHash = hashes?.get(loc.path, startLine);
    const fingerprints = `{${json(_policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .RUNGUARD_FINGERPRINT_KEY */ ._m)}:${json(finding.fingerprint)}${lineHash ? `,"primaryLocationLineHash":${json(lineHash)}` : ''}}`;
    const ruleId = (0,_policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifRuleId */ .pM)(finding);
    // Enough structure for `runguard merge` to rebuild the finding and re-apply policy. Built as
    // text: spreads here allocated several throwaway objects per result.
    let properties = `{"severity":"${finding.severity}"`;
    if (finding.confidence)
        properties += `,"confidence":"${finding.confidence}"`;
    properties += `,"cwe":${json(finding.cwe)}`;
    if (finding.package)
        properties += `,"package":${json(finding.package)}`;
    // What the script's import record showed (inventory/loaded.ts); never "reachable".
    if (finding.dependency?.runtime)
        properties += `,"runtime":"${finding.dependency.runtime}"`;
    if (finding.advisory) {
        properties += `,"advisory":{"id":${json(finding.advisory.id)},"aliases":${json(finding.advisory.aliases)}}`;
    }
    // Only the masked preview ever leaves the detector (model.ts: message has no secret).
    if (finding.secret) {
        properties += `,"secret":{"provider":${json(finding.secret.provider)},"masked":${json(finding.secret.masked)}${finding.secret.testFixture ? ',"testFixture":true' : ''}}`;
    }
    properties += '}';
    const sup = finding.suppressed;
    const suppressions = sup
        ? `,"suppressions":${json([
            {
                kind: sup.source === 'inline' ? 'inSource' : 'external',
                status: 'accepted',
                justification: truncate(sup.reason),
                ...(sup.expires ? { properties: { expires: sup.expires } } : {})
            }
        ])}`
        : '';
    const baseline = finding.baselineState ? `,"baselineState":"${finding.baselineState}"` : '';
    const text = finding.message.trim() || finding.title.trim() || ruleId;
    return (`{"ruleId":${json(ruleId)},"ruleIndex":${ruleIndex},"level":"${(0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .presentFinding */ .hg)(finding, unknownSeverity).sarifLevel}",` +
        `"message":{"text":${json(text)}},"locations":[{"physicalLocation":{"artifactLocation":` +
        `{"uri":${encodedUri(loc.path)},"uriBaseId":"%SRCROOT%"},"region":${region}}}],` +
        `"partialFingerprints":${fingerprints}${suppressions}${baseline},"properties":${properties}}`);
}
/**
 * Most severe first (as each finding is treated: `unknown` sits with what it counts as, so it is
 * dropped last with its peers when GitHub's limits bite), otherwise in the order given (tools
 * report deterministically, so the output is too). A stable bucket pass: O(n), where a
 * comparison sort of 100,000 findings on severity, path and line was a noticeable share.
 */
function bySeverity(findings, unknownSeverity) {
    // Ranks run from -1 (unknown counted as unknown) to 4 (critical): bucket 4 - rank.
    const buckets = [[], [], [], [], [], []];
    for (const f of findings)
        buckets[_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3.critical - (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveRank */ .ET)(f.severity, unknownSeverity)].push(f);
    return buckets.flat();
}
function* runChunks(tool, run, findings, input, hashes) {
    // `findings` arrive sorted most severe first (buildSarif sorts once).
    const byRule = new Map();
    for (const f of findings) {
        const id = (0,_policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifRuleId */ .pM)(f);
        const list = byRule.get(id);
        if (list)
            list.push(f);
        else
            byRule.set(id, [f]);
    }
    const ruleIds = [...byRule.keys()].sort();
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    const rules = ruleIds.map(id => buildRule(id, byRule.get(id), input.unknownSeverity));
    // The version the tool's run reported (the secret detector reports runguard's own, one
    // place: src/version.ts); a run-less secrets entry falls back to it too.
    const version = run?.version ?? (tool === 'secrets' ? input.runguardVersion : undefined);
    const failed = run !== undefined && (run.status === 'failed' || run.status === 'timed-out');
    const notifications = [
        ...(failed
            ? [{ level: 'error', message: { text: run.reason ?? `${tool} ${run.status}` } }]
            : []),
        ...(run?.errors ?? [])
            .slice(0, MAX_NOTIFICATIONS)
            .map(text => ({ level: 'warning', message: { text: truncate(text) } }))
    ];
    const category = input.category.replace(/\/+$/, '');
    const runObject = {
        tool: {
            driver: {
                name: DRIVER_NAMES[tool],
                ...(version ? { version } : {}),
                informationUri: INFORMATION_URIS[tool],
                rules
            }
        },
        automationDetails: { id: `${category}/${tool}/` },
        invocations: [
            {
                executionSuccessful: !failed,
                ...(notifications.length ? { toolExecutionNotifications: notifications } : {})
            }
        ],
        originalUriBaseIds: {
            '%SRCROOT%': { uri: `${(0,node_url__WEBPACK_IMPORTED_MODULE_0__.pathToFileURL)(input.workspace).href.replace(/\/?$/, '/')}` }
        },
        columnKind: 'utf16CodeUnits',
        // What this tool skipped (SECURITY.md, promise 5): the count, and the first paths.
        ...(run?.skipped?.length
            ? {
                properties: {
                    unscanned: run.skipped.length,
                    unscannedPaths: run.skipped.slice(0, MAX_UNSCANNED_PATHS)
                }
            }
            : {}),
        results: []
    };
    // Results are written as JSON text one by one, not as one object graph (that alone took
    // ~200 MB at 100,000 results), and joined in batches of ~64 KB: join() yields flat strings and
    // the per-result pieces die young instead of piling up. `results` is the last key, so the
    // head's trailing `[]}` is replaced by the results.
    const head = JSON.stringify(runObject);
    let batch = [head.slice(0, -2)];
    let batchChars = 0;
    for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        const text = resultJson(f, ruleIndex.get((0,_policy_baseline_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .sarifRuleId */ .pM)(f)), input.unknownSeverity, hashes);
        batch.push(i ? `,${text}` : text);
        batchChars += text.length + 1;
        if (batchChars >= CHUNK_CHARS) {
            yield batch.join('');
            batch = [];
            batchChars = 0;
        }
    }
    batch.push(']}');
    yield batch.join('');
}
/** Compact JSON; the file is for machines, and size counts against the 10 MB limit. */
function serializeSarif(log, pretty = false) {
    return pretty ? JSON.stringify(log, null, 2) : JSON.stringify(log);
}
/**
 * Whether the gzipped log would exceed GitHub's limit, cheaply first: the raw size bounds it;
 * then an estimate from compressing a sample of chunks (at most ~10 MB of input, level 1, the
 * worst ratio seen) with a margin; then every chunk at level 1; only a log that is still
 * close is compressed whole at the default level, which is what GitHub measures. Compressing 50 MB for a log that gzips to 3 MB
 * cost more time and memory than building it.
 */
function gzipTooLarge(chunks) {
    let bytes = 0;
    for (const c of chunks)
        bytes += Buffer.byteLength(c);
    if (bytes <= MAX_GZIP_BYTES)
        return { tooLarge: false, size: bytes };
    // Small chunks (run heads, separators) would skew the ratio (gzip adds ~20 bytes of
    // framing); they count at their raw size instead.
    const large = chunks.filter(c => c.length >= SAMPLE_MIN_CHARS);
    let smallBytes = bytes;
    for (const c of large)
        smallBytes -= Buffer.byteLength(c);
    const step = Math.max(1, Math.ceil(large.length / 10));
    let worstRatio = 0;
    for (let i = 0; i < large.length; i += step) {
        const chunk = large[i];
        worstRatio = Math.max(worstRatio, node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gzipSync(chunk, { level: 1 }).length / Buffer.byteLength(chunk));
    }
    const estimate = Math.ceil(worstRatio * (bytes - smallBytes) + smallBytes);
    // 25% margin for chunks less compressible than the sampled ones; level 1 itself already
    // compresses SARIF some 30-40% worse than the default level GitHub's limit is about.
    if (estimate * 1.25 <= MAX_GZIP_BYTES)
        return { tooLarge: false, size: estimate };
    // Every chunk at level 1: in practice never below the whole at the default level.
    let fast = 0;
    for (const c of chunks)
        fast += node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gzipSync(c, { level: 1 }).length;
    if (fast <= MAX_GZIP_BYTES)
        return { tooLarge: false, size: fast };
    const size = node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gzipSync(chunks.join('')).length;
    return { tooLarge: size > MAX_GZIP_BYTES, size };
}
/** Groups the findings by tool, most severe first, within GitHub's per-run result limit. */
function planSarif(input) {
    const warnings = [];
    const maxLine = new Map();
    for (const f of input.findings) {
        const line = f.location.startLine;
        if (line > (maxLine.get(f.location.path) ?? 0))
            maxLine.set(f.location.path, line);
    }
    const hashes = input.readFile ? new _policy_line_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .LineHashCache */ .no(input.readFile, p => maxLine.get(p)) : undefined;
    const byTool = new Map();
    for (const f of input.findings) {
        const list = byTool.get(f.tool);
        if (list)
            list.push(f);
        else
            byTool.set(f.tool, [f]);
    }
    const runsByTool = new Map(input.toolRuns.map(r => [r.tool, r]));
    // A skipped tool did not look, so it gets no run: an empty run would close its open alerts.
    const tools = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAMES */ .K2.filter(t => byTool.has(t) || (runsByTool.has(t) && runsByTool.get(t)?.status !== 'skipped'));
    let dropped = 0;
    const kept = new Map();
    for (const tool of tools) {
        const findings = bySeverity(byTool.get(tool) ?? [], input.unknownSeverity);
        if (findings.length > MAX_RESULTS_PER_RUN) {
            dropped += findings.length - MAX_RESULTS_PER_RUN;
            warnings.push(`SARIF: ${tool} reported ${findings.length} results; kept the ${MAX_RESULTS_PER_RUN} most severe (GitHub rejects more than ${MAX_RESULTS_PER_RUN} per run)`);
            findings.length = MAX_RESULTS_PER_RUN;
        }
        kept.set(tool, findings);
    }
    return { input, tools, runsByTool, kept, hashes, dropped, warnings };
}
/** The log's JSON text in pieces, in order: the same pieces on every call for the same plan. */
function* logChunks(plan) {
    const head = JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [] });
    yield head.slice(0, -2);
    const tools = plan.tools.slice(0, MAX_RUNS);
    for (let i = 0; i < tools.length; i++) {
        const t = tools[i];
        if (i)
            yield ',';
        yield* runChunks(t, plan.runsByTool.get(t), plan.kept.get(t) ?? [], plan.input, plan.hashes);
    }
    yield ']}';
}
/** Drops the least severe results after a log gzipped to `size` bytes, above the limit. */
function shrink(plan, size) {
    const all = bySeverity([...plan.kept.values()].flat(), plan.input.unknownSeverity);
    // Shrink in proportion to the overshoot, with a margin so this converges in a step or two.
    const keep = Math.floor(all.length * (MAX_GZIP_BYTES / size) * 0.9);
    const keepSet = new Set(all.slice(0, keep));
    const before = all.length;
    for (const [tool, list] of plan.kept)
        plan.kept.set(tool, list.filter(f => keepSet.has(f)));
    plan.dropped += before - keep;
    plan.warnings.push(`SARIF: gzipped size ${(size / 1e6).toFixed(1)} MB is above GitHub's 10 MB limit; dropped the ${before - keep} least severe results`);
}
/** Size checks after the first build: the last build is written as it is. */
const MAX_SHRINKS = 8;
function buildSarif(input) {
    const plan = planSarif(input);
    let chunks = [...logChunks(plan)];
    for (let attempt = 0; attempt < MAX_SHRINKS; attempt++) {
        const { tooLarge, size } = gzipTooLarge(chunks);
        if (!tooLarge)
            break;
        shrink(plan, size);
        chunks = [...logChunks(plan)];
    }
    let parsed;
    let joined;
    const finalChunks = chunks;
    return {
        get text() {
            joined ??= finalChunks.join('');
            return joined;
        },
        get log() {
            parsed ??= JSON.parse(this.text);
            return parsed;
        },
        chunks,
        dropped: plan.dropped,
        warnings: plan.warnings
    };
}
/** At most this many pieces are compressed for the estimate (~4 MB of text). */
const MAX_SAMPLES = 64;
/**
 * Measures a log's size as its pieces go by, holding none of them: the raw byte count, and the
 * level-1 gzip ratio of an evenly spread sample of the large pieces (every `step`-th; the step
 * doubles, and every other sample is let go, whenever the sample grows past MAX_SAMPLES). Only a log
 * whose estimate is close to the limit is built a second time, to be compressed whole.
 */
class StreamingSizeCheck {
    bytes = 0;
    smallBytes = 0;
    largeCount = 0;
    step = 1;
    samples = [];
    add(chunk) {
        const n = Buffer.byteLength(chunk);
        this.bytes += n;
        if (chunk.length < SAMPLE_MIN_CHARS) {
            this.smallBytes += n;
            return;
        }
        const index = this.largeCount++;
        if (index % this.step !== 0)
            return;
        this.samples.push({ index, ratio: node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gzipSync(chunk, { level: 1 }).length / n });
        if (this.samples.length > MAX_SAMPLES) {
            this.step *= 2;
            this.samples = this.samples.filter(s => s.index % this.step === 0);
        }
    }
    /**
     * Whether the gzipped log would exceed GitHub's limit, in the order of gzipTooLarge: raw size,
     * sampled estimate with a 25% margin, every piece at level 1, and only then the whole log at
     * the default level (what GitHub measures). `again` gives the same pieces once more.
     */
    async result(again) {
        if (this.bytes <= MAX_GZIP_BYTES)
            return { tooLarge: false, size: this.bytes };
        const worstRatio = Math.max(0, ...this.samples.map(s => s.ratio));
        const estimate = Math.ceil(worstRatio * (this.bytes - this.smallBytes) + this.smallBytes);
        if (estimate * 1.25 <= MAX_GZIP_BYTES)
            return { tooLarge: false, size: estimate };
        // One more pass: every piece at level 1, and the whole stream at the default level (a
        // deflate stream fed piece by piece gives the bytes gzipSync gives the joined text).
        let fast = 0;
        let size = 0;
        const gzip = node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createGzip();
        gzip.on('data', (d) => (size += d.length));
        const ended = new Promise((resolve, reject) => {
            gzip.on('end', resolve);
            gzip.on('error', reject);
        });
        for (const chunk of again()) {
            fast += node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gzipSync(chunk, { level: 1 }).length;
            if (!gzip.write(chunk))
                await new Promise(resolve => gzip.once('drain', resolve));
        }
        gzip.end();
        await ended;
        if (fast <= MAX_GZIP_BYTES)
            return { tooLarge: false, size: fast };
        return { tooLarge: size > MAX_GZIP_BYTES, size };
    }
}
/**
 * Writes the log buildSarif builds, byte for byte, to `file` as it is built: each ~64 KB piece is
 * measured (for GitHub's size limit), passed through `redact` and written, then let go, so the
 * log is never held whole (at 100,000 results it and its pieces were ~26 MB more at the peak).
 * When the log is over the limit the file is emptied and written again with fewer results, as
 * buildSarif rebuilds it. Atomic: readers see the old file or the whole new one.
 */
async function writeSarif(input, file, redact = text => text) {
    const plan = planSarif(input);
    // A directory inside the workspace that links outside it is refused (SECURITY.md).
    const out = await (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_6__/* .openAtomicWriter */ .Lk)(file, { root: input.workspace });
    try {
        for (let attempt = 0;; attempt++) {
            const check = new StreamingSizeCheck();
            for (const chunk of logChunks(plan)) {
                // Measured before redaction, as buildSarif measures its chunks.
                check.add(chunk);
                await out.write(redact(chunk));
            }
            if (attempt === MAX_SHRINKS)
                break;
            const { tooLarge, size } = await check.result(() => logChunks(plan));
            if (!tooLarge)
                break;
            shrink(plan, size);
            await out.rewind();
        }
        await out.commit();
    }
    catch (error) {
        await out.abort();
        throw error;
    }
    return { dropped: plan.dropped, warnings: plan.warnings };
}


/***/ })

};

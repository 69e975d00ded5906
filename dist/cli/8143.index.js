export const id = 8143;
export const ids = [8143];
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


/***/ })

};

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

const TAB = 9
const SPACE = 32
const LF = 10
const CR = 13
const EOF = 65535
const BLOCK_SIZE = 100
const TWO_32 = 0x1_0000_0000
const MOD = 37

/**
 * 37^100 mod 2^64 as two unsigned 32-bit halves. The hash is kept as (hi, lo) doubles rather
 * than BigInt: every intermediate product stays below 2^53, so it is exact, and about 20 times
 * faster (a repository's worth of flagged files is hashed on every run).
 */
const [FIRST_MOD_HI, FIRST_MOD_LO] = (() => {
  let value = 1n
  const mask = (1n << 64n) - 1n
  for (let i = 0; i < BLOCK_SIZE; i++) value = (value * BigInt(MOD)) & mask
  return [Number(value >> 32n), Number(value & 0xffffffffn)]
})()

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/** Eight hex digits of an unsigned 32-bit value. */
function hex32(x: number): string {
  return (
    (HEX_BYTE[(x >>> 24) & 255] as string) +
    (HEX_BYTE[(x >>> 16) & 255] as string) +
    (HEX_BYTE[(x >>> 8) & 255] as string) +
    (HEX_BYTE[x & 255] as string)
  )
}

function stripZeros(hex: string): string {
  let i = 0
  while (i < hex.length - 1 && hex.charCodeAt(i) === 48) i++
  return i === 0 ? hex : hex.slice(i)
}

/** 37^100 * c mod 2^64 for the common character codes, as halves (hi may exceed 2^32; reduced later). */
const TABLE_SIZE = 256
const SUB_LO = new Float64Array(TABLE_SIZE)
const SUB_HI = new Float64Array(TABLE_SIZE)
for (let c = 0; c < TABLE_SIZE; c++) {
  const sl = FIRST_MOD_LO * c
  const slHigh = Math.floor(sl / TWO_32)
  SUB_LO[c] = sl - slHigh * TWO_32
  SUB_HI[c] = FIRST_MOD_HI * c + slHigh
}

/**
 * Line hashes of a file as numbers: for line N (1-based), `table[3N-3]` and `table[3N-2]` are the
 * hash's high and low 32 bits and `table[3N-1]` its `:k`; `lines` is how many lines were hashed.
 * Three numbers per line instead of a string: a cache of every flagged file's hashes held as
 * strings was ~25 MB at 100,000 findings, kept to the end of the SARIF log.
 */
interface LineHashTable {
  table: Uint32Array
  lines: number
}

/** The unsigned hex value without zero padding, like long's toUnsigned().toString(16). */
function hexOf(hi: number, lo: number): string {
  // A byte table: Number#toString(16) on values above 2^30 took half the time of the whole hash.
  return stripZeros(hi === 0 ? hex32(lo) : hex32(hi) + hex32(lo))
}

/** The `primaryLocationLineHash` of 1-based `line` in a table, or undefined past its end. */
function hashAt({ table, lines }: LineHashTable, line: number): string | undefined {
  if (line < 1 || line > lines) return undefined
  const at = 3 * (line - 1)
  return `${hexOf(table[at] as number, table[at + 1] as number)}:${table[at + 2] as number}`
}

/**
 * Hashes the lines of a file (see LineHashTable). With `maxLine`, stops once that line's hash is
 * known: a line's hash and its `:k` depend only on text from the file start to 100 characters
 * past the line, so later text cannot change it.
 */
function hashLines(content: string, maxLine = Infinity): LineHashTable {
  // One flat loop (no per-character closures): this runs over every file with a finding.
  const window = new Uint16Array(BLOCK_SIZE)
  const lineNumbers = new Int32Array(BLOCK_SIZE).fill(-1)
  let table = new Uint32Array(3 * 64)
  let lines = 0
  const hashCounts = new Map<string, number>()
  let hi = 0
  let lo = 0
  let index = 0
  let lineNumber = 0
  let lineStart = true
  let prevCR = false
  const length = content.length
  // Positions past the end feed the EOF sentinel once, then BLOCK_SIZE zeros to flush.
  for (let i = 0; i <= length + BLOCK_SIZE; i++) {
    let current: number
    if (i < length) {
      current = content.charCodeAt(i)
      if (current === SPACE || current === TAB || (prevCR && current === LF)) {
        prevCR = false
        continue
      }
      if (current === CR) {
        current = LF
        prevCR = true
      } else {
        prevCR = false
      }
    } else {
      current = i === length ? EOF : 0
    }
    const pending = lineNumbers[index] as number
    if (pending !== -1) {
      const value = hexOf(hi, lo)
      const count = (hashCounts.get(value) ?? 0) + 1
      hashCounts.set(value, count)
      const at = 3 * (pending - 1)
      if (at + 3 > table.length) {
        const grown = new Uint32Array(Math.max(2 * table.length, at + 3))
        grown.set(table)
        table = grown
      }
      table[at] = hi
      table[at + 1] = lo
      table[at + 2] = count
      if (pending > lines) lines = pending
      lineNumbers[index] = -1
      if (pending >= maxLine) return { table, lines }
    }
    if (i <= length) {
      if (lineStart) {
        lineStart = false
        lineNumber++
        lineNumbers[index] = lineNumber
      }
      if (current === LF) lineStart = true
    }
    // h = 37*h + current - 37^100*begin (mod 2^64), in 32-bit halves; all values < 2^53.
    const begin = window[index] as number
    window[index] = current
    let l = lo * MOD + current
    const carry = (l / TWO_32) | 0
    l -= carry * TWO_32
    let h = hi * MOD + carry
    let subLo: number
    let subHi: number
    if (begin < TABLE_SIZE) {
      subLo = SUB_LO[begin] as number
      subHi = SUB_HI[begin] as number
    } else {
      const sl = FIRST_MOD_LO * begin
      const slHigh = Math.floor(sl / TWO_32)
      subLo = sl - slHigh * TWO_32
      subHi = FIRST_MOD_HI * begin + slHigh
    }
    l -= subLo
    if (l < 0) {
      l += TWO_32
      h -= 1
    }
    h -= subHi
    // floor-based reduction: `%` on doubles is a call to fmod, several times slower.
    h -= Math.floor(h / TWO_32) * TWO_32
    hi = h
    lo = l
    index = index === BLOCK_SIZE - 1 ? 0 : index + 1
  }
  return { table, lines }
}

/**
 * Line hashes of a file: index 0 is line 1. Files without trailing text still get line 1.
 * With `maxLine`, stops once that line's hash is known (see hashLines).
 */
export function computeLineHashes(content: string, maxLine = Infinity): string[] {
  const hashed = hashLines(content, maxLine)
  const hashes: string[] = []
  for (let line = 1; line <= hashed.lines; line++) hashes.push(hashAt(hashed, line) as string)
  return hashes
}

/** The hash for one 1-based line, or undefined when the file has no such line. */
export function lineHashFor(hashes: readonly string[], line: number): string | undefined {
  return line >= 1 ? hashes[line - 1] : undefined
}

/**
 * Caches line hashes per file: many results point into the same few files, and hashing is
 * linear in file size.
 */
export class LineHashCache {
  private readonly cache = new Map<string, { hashes: LineHashTable; upTo: number } | null>()
  /**
   * @param maxLineOf the last line that will be asked for in a file, when known: hashing then
   * stops there (a finding on line 3 of a 50 MB file reads 100 characters past line 3).
   */
  constructor(
    private readonly readFile: (repoPath: string) => string | undefined,
    private readonly maxLineOf: (repoPath: string) => number | undefined = () => undefined
  ) {}

  /** The hash of `line` in `repoPath`, or undefined when the file cannot be read. */
  get(repoPath: string, line: number): string | undefined {
    let entry = this.cache.get(repoPath)
    if (entry === undefined || (entry !== null && line > entry.upTo)) {
      const content = this.readFile(repoPath)
      const upTo = Math.max(line, this.maxLineOf(repoPath) ?? Infinity)
      entry = content === undefined ? null : { hashes: hashLines(content, upTo), upTo }
      this.cache.set(repoPath, entry)
    }
    return entry === null ? undefined : hashAt(entry.hashes, line)
  }
}

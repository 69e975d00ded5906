/**
 * GitHub code scanning's `primaryLocationLineHash`, computed exactly as codeql-action's
 * `src/fingerprints.ts` does (reference §1.6), reimplemented with BigInt (mod 2^64 like its
 * `long` arithmetic). We upload through the REST API ourselves, where nothing adds it for us;
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
const MASK = (1n << 64n) - 1n
const MOD = 37n
const FIRST_MOD = (() => {
  let value = 1n
  for (let i = 0; i < BLOCK_SIZE; i++) value = (value * MOD) & MASK
  return value
})()

/** Line hashes of a whole file: index 0 is line 1. Files without trailing text still get line 1. */
export function computeLineHashes(content: string): string[] {
  const window: number[] = new Array<number>(BLOCK_SIZE).fill(0)
  const lineNumbers: number[] = new Array<number>(BLOCK_SIZE).fill(-1)
  const hashes: string[] = []
  const hashCounts = new Map<string, number>()
  let hash = 0n
  let index = 0
  let lineNumber = 0
  let lineStart = true
  let prevCR = false

  const outputHash = (): void => {
    const value = hash.toString(16)
    const count = (hashCounts.get(value) ?? 0) + 1
    hashCounts.set(value, count)
    hashes[(lineNumbers[index] as number) - 1] = `${value}:${count}`
    lineNumbers[index] = -1
  }
  const updateHash = (current: number): void => {
    const begin = window[index] as number
    window[index] = current
    // Masking after each step equals the original's wrapping signed 64-bit arithmetic.
    hash = (MOD * hash + BigInt(current) - FIRST_MOD * BigInt(begin)) & MASK
    index = (index + 1) % BLOCK_SIZE
  }
  const processCharacter = (code: number): void => {
    let current = code
    if (current === SPACE || current === TAB || (prevCR && current === LF)) {
      prevCR = false
      return
    }
    if (current === CR) {
      current = LF
      prevCR = true
    } else {
      prevCR = false
    }
    if (lineNumbers[index] !== -1) outputHash()
    if (lineStart) {
      lineStart = false
      lineNumber++
      lineNumbers[index] = lineNumber
    }
    if (current === LF) lineStart = true
    updateHash(current)
  }

  for (let i = 0; i < content.length; i++) processCharacter(content.charCodeAt(i))
  processCharacter(EOF)
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1) outputHash()
    updateHash(0)
  }
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
  private readonly cache = new Map<string, string[] | null>()
  constructor(private readonly readFile: (repoPath: string) => string | undefined) {}

  /** The hash of `line` in `repoPath`, or undefined when the file cannot be read. */
  get(repoPath: string, line: number): string | undefined {
    let hashes = this.cache.get(repoPath)
    if (hashes === undefined) {
      const content = this.readFile(repoPath)
      hashes = content === undefined ? null : computeLineHashes(content)
      this.cache.set(repoPath, hashes)
    }
    return hashes === null ? undefined : lineHashFor(hashes, line)
  }
}

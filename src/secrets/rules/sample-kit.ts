/**
 * Builds the samples each rule carries (`samples.tps` / `samples.fps`). Nothing
 * credential-shaped is written in the source: every value is a fixed prefix plus a body drawn
 * from a seeded generator at test time, with checksums computed at run time, so our own
 * detector and push protection never see a token in this repository.
 */
import { bech32Encode, crc32, withBase62Crc32 } from '../checksum.js'

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const DIGITS = '0123456789'
const ALNUM = UPPER + LOWER + DIGITS
const HEX = '0123456789abcdef'

/** A seeded source of random bodies in the alphabets credential formats use. */
export class SampleKit {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** mulberry32: small, fast and reproducible. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** `n` characters of `alphabet`; every class of the alphabet present once n ≥ 12. */
  of(alphabet: string, n: number): string {
    const classes = [/[A-Z]/, /[a-z]/, /[0-9]/].filter(c => c.test(alphabet))
    for (let attempt = 0; ; attempt++) {
      let s = ''
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)]
      if (n < 12 || attempt > 50 || classes.every(c => c.test(s))) return s
    }
  }

  alnum(n: number): string {
    return this.of(ALNUM, n)
  }
  hex(n: number): string {
    return this.of(HEX, n)
  }
  /** Upper-case hex. */
  HEX(n: number): string {
    return this.of(HEX.toUpperCase(), n)
  }
  lower(n: number): string {
    return this.of(LOWER, n)
  }
  upper(n: number): string {
    return this.of(UPPER, n)
  }
  letters(n: number): string {
    return this.of(UPPER + LOWER, n)
  }
  digits(n: number): string {
    return this.of(DIGITS, n)
  }
  /** Lower case and digits. */
  lowerAlnum(n: number): string {
    return this.of(LOWER + DIGITS, n)
  }
  /** Upper case and digits. */
  upperAlnum(n: number): string {
    return this.of(UPPER + DIGITS, n)
  }
  /** Standard base64 alphabet, no padding. */
  b64(n: number): string {
    return this.of(`${ALNUM}+/`, n)
  }
  /** base64url alphabet (`-` and `_`). */
  url(n: number): string {
    return this.of(`${ALNUM}-_`, n)
  }
  /** Random bytes. */
  bytes(n: number): Buffer {
    return Buffer.from(Array.from({ length: n }, () => Math.floor(this.next() * 256)))
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${'89ab'[Math.floor(this.next() * 4)]}${this.hex(3)}-${this.hex(12)}`
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }
  /** `prefix` + 30 random base62 + base62(CRC32) (GitHub classic and npm tokens). */
  crcToken(prefix: string): string {
    return withBase62Crc32(prefix, this.alnum(30))
  }
  /** Hex CRC-32 of `text`, big-endian, 8 digits. */
  crcHex(text: string): string {
    return crc32(text).toString(16).padStart(8, '0')
  }
  /** bech32 string with a valid checksum over `n` random 5-bit groups. */
  bech32(hrp: string, n: number): string {
    return bech32Encode(
      hrp,
      Array.from({ length: n }, () => Math.floor(this.next() * 32))
    )
  }
  /** base64 of `text`. */
  base64(text: string | Buffer): string {
    return Buffer.from(text).toString('base64')
  }
  /** base64url of `text`, unpadded. */
  base64url(text: string | Buffer): string {
    return Buffer.from(text).toString('base64url')
  }
  /** A JWT-shaped value (header and payload JSON, random signature). */
  jwt(payload: Record<string, unknown>, alg = 'HS256'): string {
    const h = this.base64url(JSON.stringify({ alg, typ: 'JWT' }))
    return `${h}.${this.base64url(JSON.stringify(payload))}.${this.base64url(this.bytes(32))}`
  }
  /** A PEM-looking body: `lines` lines of 64 random base64 characters. */
  pemBody(lines: number): string {
    return Array.from({ length: lines }, () => this.b64(64)).join('\n')
  }
}

/** Cuts the last `n` characters (a too-short near miss). */
export function cut(value: string, n = 1): string {
  return value.slice(0, value.length - n)
}

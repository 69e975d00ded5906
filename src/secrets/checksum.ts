import { asObject } from '../util/json.js'

/**
 * Offline self-checks for credential formats that carry one (secret-detection.md §6): they let a
 * finding be reported with high confidence and a lookalike with a wrong checksum be rejected.
 */

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE) of the UTF-8 bytes of an ASCII string. */
export function crc32(text: string): number {
  let crc = 0xffffffff
  for (let i = 0; i < text.length; i++) {
    crc = (crc >>> 8) ^ (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] as number)
  }
  return (crc ^ 0xffffffff) >>> 0
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** Base62 (alphabet 0-9A-Za-z) of a non-negative integer, left-padded with `0` to `width`. */
export function base62(value: number, width: number): string {
  let out = ''
  let v = value
  do {
    out = BASE62[v % 62] + out
    v = Math.floor(v / 62)
  } while (v > 0)
  return out.padStart(width, '0')
}

/**
 * GitHub classic tokens (`ghp_` …) and npm tokens (`npm_`): 30 random base62 characters then
 * base62(CRC32(random part)) in 6 characters.
 */
export function validBase62Crc32Token(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1)
  if (body.length !== 36) return false
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30)
}

/** Builds a token whose checksum is valid; used by tests and the benchmark generator. */
export function withBase62Crc32(prefix: string, random30: string): string {
  return `${prefix}${random30}${base62(crc32(random30), 6)}`
}

/** Grafana service-account tokens: `glsa_<32>_<8 hex>`, the hex being CRC32 of the first part. */
export function validGrafanaServiceAccountToken(token: string): boolean {
  const m = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(token)
  if (!m) return false
  const crc = crc32(m[1] as string)
  // Grafana writes the CRC in little-endian byte order.
  const le = Buffer.alloc(4)
  le.writeUInt32LE(crc)
  return le.toString('hex') === m[2] || crc.toString(16).padStart(8, '0') === m[2]
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'

function bech32Polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
  let chk = 1
  for (const v of values) {
    const top = chk >>> 25
    chk = ((chk & 0x1ffffff) << 5) ^ v
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i] as number
  }
  return chk
}

/** BIP-173 bech32 checksum (age secret keys `AGE-SECRET-KEY-1…`). */
export function validBech32(text: string): boolean {
  const s = text.toLowerCase()
  const sep = s.lastIndexOf('1')
  if (sep < 1 || sep + 7 > s.length) return false
  const hrp = s.slice(0, sep)
  const data: number[] = []
  for (const ch of s.slice(sep + 1)) {
    const v = BECH32.indexOf(ch)
    if (v < 0) return false
    data.push(v)
  }
  const expanded: number[] = []
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) >> 5)
  expanded.push(0)
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) & 31)
  return bech32Polymod([...expanded, ...data]) === 1
}

/** Encodes data (5-bit groups) with a bech32 checksum; for the test generator. */
export function bech32Encode(hrp: string, data: number[]): string {
  const expanded: number[] = []
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) >> 5)
  expanded.push(0)
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) & 31)
  const mod = bech32Polymod([...expanded, ...data, 0, 0, 0, 0, 0, 0]) ^ 1
  const checksum: number[] = []
  for (let i = 0; i < 6; i++) checksum.push((mod >>> (5 * (5 - i))) & 31)
  return hrp + '1' + [...data, ...checksum].map(v => BECH32[v]).join('')
}

/** Decodes base64 or base64url (padding optional); undefined when it is not valid base64. */
export function decodeBase64(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined
  const normalized = text.replace(/-/g, '+').replace(/_/g, '/')
  return Buffer.from(normalized, 'base64')
}

/** Decodes a base64url JSON object (JWT segments); undefined unless it is a JSON object. */
export function decodeJsonSegment(segment: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64(segment)
  if (!bytes) return undefined
  try {
    return asObject(JSON.parse(bytes.toString('utf8')))
  } catch {
    return undefined
  }
}

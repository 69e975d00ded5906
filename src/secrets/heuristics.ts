import { isPlaceholderShape } from './demo.js'

/**
 * Value heuristics shared by the rules: entropy, character classes and the false-positive
 * filters (placeholders, documented example keys, UUIDs, hashes, digests, data
 * URIs, sequential or repeated characters, test-fixture markers).
 */

/** Shannon entropy in bits per character (gitleaks/detect-secrets compute it the same way). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0
  const counts = new Map<string, number>()
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let h = 0
  for (const n of counts.values()) {
    const p = n / value.length
    h -= p * Math.log2(p)
  }
  return h
}

/** How many of lower, upper, digit, symbol occur. */
export function charClasses(value: string): number {
  let lower = 0
  let upper = 0
  let digit = 0
  let other = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 97 && c <= 122) lower = 1
    else if (c >= 65 && c <= 90) upper = 1
    else if (c >= 48 && c <= 57) digit = 1
    else other = 1
  }
  return lower + upper + digit + other
}

/** Words that mark a value as an example, a fixture or a placeholder (lower case). */
const FAKE_MARKERS = [
  'example',
  'sample',
  'placeholder',
  'changeme',
  'change_me',
  'change-me',
  'dummy',
  'fake',
  'mock',
  'redacted',
  'your_',
  'your-',
  'my_key',
  'my-key',
  'my_token',
  'my-token',
  'my_secret',
  'my-secret',
  'yourkey',
  'yourtoken',
  'insert',
  'replace',
  'todo',
  'fixme',
  'foobar',
  'xxxx',
  'notreal',
  'not_real',
  'not-a-real',
  'secret_here',
  'token_here',
  'key_here',
  'abcdef',
  // Docs' stand-in values (`abc123xyz456`).
  'abc123',
  'abcdefgh',
  '123456',
  'qwerty',
  'lorem',
  'test'
]

/**
 * True for values that say they are fake. Documented example keys and demo passwords are the
 * engine's to drop, once (src/secrets/demo.ts), so `secrets-demo-credentials: report` can show them.
 */
export function isExampleValue(value: string, markers: readonly string[] = FAKE_MARKERS): boolean {
  const lower = value.toLowerCase()
  return markers.some(m => lower.includes(m))
}

/** Markers that are strong enough to reject even a well-formed provider token. */
export const PROVIDER_FAKE_MARKERS = [
  'example',
  'xxxxxx',
  'placeholder',
  'dummy',
  'redacted',
  'fake'
]

/** Template references and placeholders: `<…>`, `${VAR}`, `{{ … }}`, `$VAR`, `%VAR%`, `@VAR@`, `****`. */
export function isPlaceholder(value: string): boolean {
  return isPlaceholderShape(value)
}

const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  '0123456789012345678901234567890123456789',
  'qwertyuiopasdfghjklzxcvbnm',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
]

/** Sequential (`abcdef…`, `0123…`) or mostly one repeated character. */
export function isSequentialOrRepeated(value: string): boolean {
  if (value.length >= 8) {
    const lower = value.toLowerCase()
    for (const seq of SEQUENCES) if (seq.toLowerCase().includes(lower)) return true
  }
  const counts = new Map<string, number>()
  let max = 0
  for (const ch of value) {
    const n = (counts.get(ch) ?? 0) + 1
    counts.set(ch, n)
    if (n > max) max = n
  }
  // A value dominated by one character (aaaaaaa1, 0000000000) is not random.
  if (max / value.length > 0.6) return true
  // Two-character alternation such as `abababab`.
  return value.length >= 8 && counts.size <= 2
}

/** UUIDs (v1-v8 and nil). Heroku legacy keys are UUIDs too; that rule checks context first. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}

/** Plain hex digests (MD5/SHA-1/SHA-256/SHA-512 lengths). */
export function isHexDigest(value: string): boolean {
  return /^[0-9a-f]+$/i.test(value) && [32, 40, 56, 64, 96, 128].includes(value.length)
}

/** Digest contexts on the line: `--hash=sha256:`, `@sha256:`, `integrity: sha512-`, `sha1-`. */
export function hasDigestContext(line: string, valueStart: number): boolean {
  const before = line.slice(Math.max(0, valueStart - 16), valueStart).toLowerCase()
  return (
    /(?:sha(?:1|224|256|384|512)|md5|blake2b?)[:=-]$/.test(before) || /--hash=[\w]*:?$/.test(before)
  )
}

/** `data:` URIs carry encoded content, never credentials. */
export function inDataUri(line: string, valueStart: number): boolean {
  const before = line.slice(Math.max(0, valueStart - 200), valueStart)
  return /data:[\w.+-]+\/[\w.+-]+(?:;[\w=-]+)*;base64,[A-Za-z0-9+/=]*$/.test(before)
}

/**
 * Letters only, both cases, and no words in it: `wjXKCFzOWEPRqhTmmbWtVQ` splits into case runs of
 * two or three letters (`wj XKC Fz OWEP Rqh …`), an identifier into words of four or more
 * (`HTTP Server URL Parser`). Some services issue keys from a letters-only alphabet.
 */
export function isRandomMixedCaseLetters(value: string): boolean {
  if (value.length < 12 || !/^[A-Za-z]+$/.test(value)) return false
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false
  const runs = value.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []
  return runs.length >= 5 && value.length / runs.length < 3.5
}

/** Looks like a natural-language word or identifier rather than a random value. */
export function looksLikeWordOrIdentifier(value: string): boolean {
  if (/^[a-z]+$/.test(value) && value.length < 20) return true
  if (isRandomMixedCaseLetters(value)) return false
  if (/^[A-Za-z]+(?:[_.:/-][A-Za-z]+)*$/.test(value)) return true
  // camelCase / PascalCase identifiers without digits.
  if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) || /^(?:[A-Z][a-z]+)+$/.test(value)) return true
  return false
}

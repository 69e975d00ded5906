import { decodeBase64, decodeJsonSegment, validBase62Crc32Token } from '../checksum.js'
import {
  charClasses,
  isExampleValue,
  isPlaceholder,
  isSequentialOrRepeated,
  shannonEntropy
} from '../heuristics.js'
import type { FinderState, MatchContext, RawMatch, Validator } from '../types.js'

/**
 * Validators and finders the rules share: structural checks (JWT header, PEM body, macaroon,
 * snowflake), checksum checks and context checks. Kept apart from the rule table so a rule
 * reads as its format and the checks read as code.
 */

export function lineAround(ctx: MatchContext, radius = 400): string {
  const from = Math.max(0, ctx.start - radius)
  const to = Math.min(ctx.text.length, ctx.end + radius)
  const before = ctx.text.slice(from, ctx.start)
  const after = ctx.text.slice(ctx.end, to)
  const nlBefore = before.lastIndexOf('\n')
  const nlAfter = after.indexOf('\n')
  return (
    (nlBefore >= 0 ? before.slice(nlBefore + 1) : before) +
    ctx.text.slice(ctx.start, ctx.end) +
    (nlAfter >= 0 ? after.slice(0, nlAfter) : after)
  )
}

export const checksum: Validator = secret => validBase62Crc32Token(secret)

export const jwtValidator: Validator = secret => {
  const [header, payload, signature] = secret.split('.')
  if (!header || !payload || signature === undefined) return false
  const h = decodeJsonSegment(header)
  if (!h || typeof h.alg !== 'string' || h.alg.toLowerCase() === 'none') return false
  const p = decodeJsonSegment(payload)
  if (!p) return false
  // Real tokens carry registered claims; documentation examples often carry one toy claim.
  const registered = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'].some(c => c in p)
  if (!registered && Object.keys(p).length < 2) return false
  if (isExampleValue(JSON.stringify(p), ['john doe', 'example', '1234567890'])) return false
  return true
}

const PEM_HEADER_LINE = /^(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*$/gm

export const pemValidator: Validator = (secret, ctx) => {
  const body = (ctx.groups.body ?? '')
    .replace(/\\r|\\n/g, '\n')
    .replace(PEM_HEADER_LINE, '')
    .replace(/["',+\s]|\\/g, '')
  if (body.length < 64) return false
  if (!/^[A-Za-z0-9+/=]+$/.test(body)) return false
  if (isSequentialOrRepeated(body) || /x{8,}|\.{3}/i.test(body)) return false
  return shannonEntropy(body) > 4.5 ? true : 'medium'
}

export const DEV_PASSWORDS = new Set([
  'password',
  'pass',
  'passwd',
  'pwd',
  'secret',
  'postgres',
  'root',
  'admin',
  'guest',
  'mysql',
  'redis',
  'user',
  'username',
  'test',
  'example',
  'changeme',
  'sa',
  'rabbitmq',
  'mongo',
  'default'
])

export const urlCredentialValidator: Validator = (secret, ctx) => {
  let password = secret
  try {
    password = decodeURIComponent(secret)
  } catch {
    // Keep the raw text when it is not valid percent-encoding.
  }
  const user = ctx.groups.user ?? ''
  const host = (ctx.groups.host ?? '').toLowerCase()
  if (password.length < 4 || isPlaceholder(password) || /^[:%{<[(*$]/.test(password)) return false
  // Spaces, commas (multi-host URLs) and templates are not in real URL passwords.
  if (/[\s,{}<>]/.test(password)) return false
  if (DEV_PASSWORDS.has(password.toLowerCase()) || password === user) return false
  if (isExampleValue(password) || isSequentialOrRepeated(password)) return false
  if (/(?:^|\.)(?:example\.(?:com|org|net)|host|hostname|domain|server)$/.test(host)) return false
  if (/^(?:user|username|usr|name|login|\$)/i.test(user) && password.length < 8) return false
  return password.length >= 8 && charClasses(password) >= 2 ? 'high' : 'medium'
}

export const dockerAuthValidator: Validator = secret => {
  const bytes = decodeBase64(secret)
  if (!bytes) return false
  const decoded = bytes.toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 1 || colon === decoded.length - 1) return false
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false
  const password = decoded.slice(colon + 1)
  // Docs write `my_username:my_password`: a possessive in front of a word is still the word.
  const bare = password.toLowerCase().replace(/^(?:my|your)[_-]?/, '')
  return !isPlaceholder(password) && !isExampleValue(password) && !DEV_PASSWORDS.has(bare)
}

/** Discord bot tokens: the first segment is base64 of the bot's numeric snowflake id. */
export const discordValidator: Validator = secret => {
  const first = secret.split('.')[0] ?? ''
  const decoded = decodeBase64(first)?.toString('latin1') ?? ''
  return /^\d{17,20}$/.test(decoded)
}

/**
 * A macaroon v2 (PyPI tokens): version 2, a header of fields up to an end marker, caveat
 * sections each ending with an end marker, an end marker, then a 32-byte signature field.
 * A random tail after the right prefix fails this walk.
 */
export function validMacaroonV2(bytes: Buffer): boolean {
  let i = 1
  const varint = (): number => {
    let value = 0
    for (let shift = 0; shift < 28 && i < bytes.length; shift += 7) {
      const b = bytes[i++] as number
      value |= (b & 0x7f) << shift
      if ((b & 0x80) === 0) return value
    }
    return -1
  }
  /** Fields up to an end marker; false when they run off the end or repeat out of order. */
  const section = (): number => {
    let count = 0
    let last = 0
    for (;;) {
      if (i >= bytes.length) return -1
      const type = bytes[i++] as number
      if (type === 0) return count
      if (type <= last || type > 6) return -1
      last = type
      const len = varint()
      if (len < 0 || i + len > bytes.length) return -1
      i += len
      count++
    }
  }
  if (bytes[0] !== 2 || section() < 1) return false
  for (let caveats = 0; caveats < 64; caveats++) {
    const fields = section()
    if (fields < 0) return false
    if (fields === 0) break
  }
  return bytes[i] === 6 && bytes[i + 1] === 32 && i + 2 + 32 === bytes.length
}

export const pypiValidator: Validator = secret => {
  const bytes = decodeBase64(secret.slice('pypi-'.length))
  return bytes !== undefined && validMacaroonV2(bytes)
}

export const gcpServiceAccount = (
  text: string,
  hitStart: number,
  _keyword: string,
  _path?: string,
  state?: FinderState
): RawMatch[] => {
  // The JSON object around `"service_account"`; keys can come in any order.
  const from = Math.max(0, hitStart - 4096)
  const to = Math.min(text.length, hitStart + 8192)
  // Hits close to this one see the same object (the adversarial benchmark repeats the keyword).
  if (state) state.skipUntil = hitStart + 1024
  const window = text.slice(from, to)
  if (!/"type"\s*:\s*"service_account"/.test(window)) return []
  const key =
    /"private_key"\s*:\s*"(-----BEGIN [A-Z ]*PRIVATE KEY-----[^"]{64,8192}?-----END [A-Z ]*PRIVATE KEY-----(?:\\n)?)"/d.exec(
      window
    )
  const span = key?.indices?.[1]
  if (!key || !span || !key[1]) return []
  if (state) state.skipUntil = Math.max(state.skipUntil, from + span[1])
  return [
    {
      ruleId: 'gcp-service-account-key',
      secret: key[1],
      start: from + span[0],
      end: from + span[1],
      confidence: 'high'
    }
  ]
}

export const awsSecretValidator: Validator = secret =>
  shannonEntropy(secret) > 4.0 && charClasses(secret) >= 3 && !/^[a-z]+$/i.test(secret)

export const sasValidator: Validator = (_secret, ctx) =>
  /[?&;]sv=\d{4}-\d{2}-\d{2}/.test(lineAround(ctx)) ? true : false

/** Values that stand for a credential in docs: `YOUR_TOKEN`, `ACCESS_TOKEN`, `xxx…`. */
function isStandIn(value: string): boolean {
  return (
    isPlaceholder(value) ||
    /^[A-Z][A-Z0-9_]{2,}$/.test(value) ||
    /^(?:your|my|the)[_-]/i.test(value) ||
    isExampleValue(value) ||
    isSequentialOrRepeated(value)
  )
}

/** A command line aimed at a documentation domain (RFC 2606) is an example. */
function targetsExampleDomain(ctx: MatchContext): boolean {
  return /https?:\/\/(?:[\w-]+\.)*example\.(?:com|org|net)\b/i.test(lineAround(ctx))
}

/** `curl -u user:password`: a real password, not a variable, a placeholder or a demo value. */
export const curlPasswordValidator: Validator = (secret, ctx) => {
  const user = ctx.groups.user ?? ''
  if (targetsExampleDomain(ctx)) return false
  if (/^\$|^%|^\$\{/.test(secret) || isStandIn(secret)) return false
  if (DEV_PASSWORDS.has(secret.toLowerCase()) || secret === user) return false
  if (secret.length < 6) return false
  return charClasses(secret) >= 2 && shannonEntropy(secret) > 2.5 ? true : false
}

/** A bearer/basic/API-key header value that is a literal credential. */
export const curlHeaderValidator: Validator = (secret, ctx) => {
  if (isStandIn(secret) || targetsExampleDomain(ctx)) return false
  const decoded = decodeBase64(secret)?.toString('utf8') ?? ''
  // Basic credentials: base64 of user:password.
  if (/^[\x20-\x7e]+:[\x20-\x7e]+$/.test(decoded)) {
    const password = decoded.slice(decoded.indexOf(':') + 1)
    return !isStandIn(password) && !DEV_PASSWORDS.has(password.toLowerCase())
  }
  return shannonEntropy(secret) > 3 && charClasses(secret) >= 2
}

/** A .netrc password: literal, random-looking, on a host that is not a documentation host. */
export const netrcPasswordValidator: Validator = (secret, ctx) => {
  const host = (ctx.groups.host ?? '').toLowerCase()
  if (!/^[^\s"'\\]{8,128}$/.test(secret) || isStandIn(secret)) return false
  if (DEV_PASSWORDS.has(secret.toLowerCase())) return false
  if (/(?:^|\.)(?:example\.(?:com|org|net)|domain\.com|host|hostname|localhost)$/.test(host))
    return false
  return charClasses(secret) >= 2 && shannonEntropy(secret) > 2.8
}

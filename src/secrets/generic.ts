import {
  charClasses,
  hasDigestContext,
  inDataUri,
  isExampleValue,
  isHexDigest,
  isPlaceholder,
  isSequentialOrRepeated,
  isUuid,
  looksLikeWordOrIdentifier,
  shannonEntropy
} from './heuristics.js'
import { decodeBase64 } from './checksum.js'
import { demoReason } from './demo.js'
import type { FinderState, RawMatch } from './types.js'

/**
 * The generic detector: an assignment (`name = value`, `name: value`, `"name": "value"`,
 * `name="value"` keyword argument, `.env` lines, `name := value`) whose NAME ends in a secret
 * word and whose VALUE looks random. It runs only at prefilter hits of the secret words, reads
 * the name around the hit with plain loops (no backtracking) and then applies the
 * false-positive filters of heuristics.ts.
 *
 * It runs in every file, tuned by context: documentation and example files (`.md`, `.rst`,
 * `.adoc`, `.txt`, `docs/`, `examples/` …), names that only weakly say "secret" (`key`,
 * `<provider>_key`) and values found on the line after their name (YAML/JSON dumps, docs)
 * need a stricter value — longer, more random, a mix of character kinds, no placeholder words.
 * In documentation, a sure name with its value after an operator on the same line is judged
 * as in config files, but still 12+ characters and without placeholder words.
 */

/** The last word(s) of a name that make it secret-ish. */
const SECRET_LAST_WORDS = new Set([
  'password',
  'passwd',
  'passwort',
  'passphrase',
  'pwd',
  'pass',
  'pw',
  'secret',
  'secrets',
  'token',
  'apikey',
  'credential',
  'credentials',
  'creds',
  'authorization',
  'auth'
])

/** Words before `key` that make `…_key` a secret. */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'auth',
  'client',
  'encryption',
  'signing',
  'master',
  'app',
  'application',
  'service',
  'account',
  'db',
  'database',
  'license',
  'subscription',
  'consumer',
  'shared',
  'hmac',
  'crypt',
  'jwt',
  'session',
  'admin',
  'write',
  'read',
  'ingest',
  'instrumentation',
  'query',
  'x'
])

/** Words before `key` that name something that is not a credential (`sort_key`, `cache_key`). */
const KEY_NON_SECRET = new Set(
  (
    'sort primary foreign cache partition lookup dict map unique composite idempotency object ' +
    'registry row column group shard routing dedup dedupe message event item order field config ' +
    'setting settings translation i18n locale label react list child parent node tree cursor next ' +
    'prev start end range bucket storage hot short long keyboard press up down on off the a this ' +
    'that your my new old which each any some first last default custom meta local global state ' +
    'hash index s3 redis cluster file table record entry lock job task queue'
  ).split(' ')
)

/** Words before `token` that name something that is not a credential. */
const TOKEN_NON_SECRET = new Set([
  'csrf',
  'xsrf',
  'next',
  'page',
  'continuation',
  'cancel',
  'cancellation',
  'max',
  'eos',
  'bos',
  'pad',
  'unk',
  'sep',
  'cls',
  'mask',
  'special',
  'start',
  'end',
  'sync',
  'resume',
  'num',
  'count',
  'type',
  'lexer',
  'last',
  'first',
  'current',
  'prev',
  'new',
  'ignore',
  'forward',
  'backward',
  'marker',
  'verification',
  'refresh_interval'
])

/** Words that, anywhere in a name, mean it is about a secret rather than the secret itself. */
const DENY_WORDS = new Set(
  (
    'public pubkey hash hashed digest length len encoding algorithm algo policy prompt label ' +
    'placeholder hint field column format pattern regex validator example sample file path dir ' +
    'url uri endpoint name header type env var prefix suffix count size ttl expiry expires ' +
    'expiration timeout version mode strategy provider method scheme enabled required store ' +
    'manager handler factory class schema template lifetime id ids min max fingerprint reset ' +
    'forgot validation rotation generator hasher input widget form button dialog icon error ' +
    'errors message msg text description desc title help location storage cache limit index ' +
    'position pos kind'
  ).split(' ')
)

/** Words a name may end in without a separator (`querykey`, `jenkinsToken` is split already). */
const GLUED_SUFFIXES = ['password', 'passwd', 'secret', 'token', 'apikey', 'key'] as const

/** Documentation files and example/sample trees. */
const DOCS_OR_EXAMPLES =
  /(?:^|\/)(?:docs?|documentation|examples?|samples?)\/|(?:^|\/)[^/]*examples?[-_.][^/]*$|\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|text)$/i

/** Extensions whose values are code expressions unless quoted. */
const CODE_EXTENSIONS =
  /\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|java|kt|kts|scala|go|rb|php|cs|c|cc|cpp|h|hpp|rs|swift|m|mm|dart|lua|pl|r|jl|ex|exs|erl|hs|clj|groovy|vue|svelte|ipynb)$/i

/** Where a file's text sits: code (bare values are expressions), docs (prose, samples), config. */
export type TextContext = 'code' | 'docs' | 'config'

export function contextOf(path: string | undefined): TextContext {
  if (path === undefined) return 'config'
  if (DOCS_OR_EXAMPLES.test(path)) return 'docs'
  return CODE_EXTENSIONS.test(path) ? 'code' : 'config'
}

// A file's keyword hits all share its path, and a minified file repeats the same few names
// thousands of times: both judgements are remembered (bounded) instead of redone per hit.
let lastPath: string | undefined
let lastContext: TextContext = 'config'
function cachedContext(path: string | undefined): TextContext {
  if (path !== lastPath || path === undefined) {
    lastPath = path
    lastContext = contextOf(path)
  }
  return lastContext
}
// A name that is no secret's on its own is no secret's whatever words come before it: those can
// only add a deny word or be the word before `key`/`token` when the name has one word, and a
// one-word `key` or `token` is a secret's name already (see secretNameStrength). Most keyword hits
// in code are such names (`keys`, `primary_key`, `tokens`), and this cache, keyed by the name
// alone, turns them away before the words before them are read.
const NAME_ALONE = new Map<string, boolean>()
function hopelessName(name: string): boolean {
  const known = NAME_ALONE.get(name)
  if (known !== undefined) return known
  if (NAME_ALONE.size >= 4096) NAME_ALONE.clear()
  const hopeless = secretNameStrength(name) === undefined
  NAME_ALONE.set(name, hopeless)
  return hopeless
}
// Keyed by the name and the exact characters wordsBefore reads before it (wordsBeforeStart), so
// a hit skips splitting those words as well as judging them: on a large tree that splitting,
// done on every keyword hit, cost more than the judgement the cache saved.
const NAME_CACHE = new Map<string, { prefix: string[]; strength: NameStrength }>()
function cachedName(
  text: string,
  ns: number,
  name: string
): { prefix: string[]; strength: NameStrength } {
  const key = `${name}\u0000${text.slice(wordsBeforeStart(text, ns), ns)}`
  const known = NAME_CACHE.get(key)
  if (known) return known
  if (NAME_CACHE.size >= 4096) NAME_CACHE.clear()
  const prefix = wordsBefore(text, ns)
  const judged = { prefix, strength: secretNameStrength(name, prefix) }
  NAME_CACHE.set(key, judged)
  return judged
}

const isIdentChar = (c: number): boolean =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 95 ||
  c === 45 ||
  c === 46 ||
  c === 36

/** Splits `DB_PASSWORD`, `dbPassword`, `db.password`, `db-password` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(w => w.length > 0)
}

/** `querykey` → `query key`, `jenkinstoken` → `jenkins token` (all-lower-case compound names). */
function splitGlued(words: string[]): string[] {
  const last = words[words.length - 1]
  if (last === undefined || SECRET_LAST_WORDS.has(last) || last === 'key') return words
  for (const suffix of GLUED_SUFFIXES) {
    if (last.length > suffix.length + 1 && last.endsWith(suffix))
      return [...words.slice(0, -1), last.slice(0, -suffix.length), suffix]
  }
  return words
}

/** How surely a name denotes a credential: `strong`, `weak` (needs a stricter value), or not. */
export type NameStrength = 'strong' | 'weak' | undefined

/** Classifies an assigned name; `prefix` holds words written before it with spaces (docs). */
export function secretNameStrength(name: string, prefix: readonly string[] = []): NameStrength {
  // `api_key2`, `token1`: numbered copies of the same kind of name.
  const own = splitGlued(nameWords(name).map(w => w.replace(/^([a-z]{3,})\d{1,2}$/, '$1')))
  const words = [...prefix, ...own]
  if (words.some(w => DENY_WORDS.has(w))) return undefined
  const last = own[own.length - 1]
  const prev = words[words.length - 2]
  if (last === undefined) return undefined
  if (last === 'key') {
    if (prev === undefined) return 'weak'
    if (KEY_QUALIFIERS.has(prev)) return 'strong'
    return KEY_NON_SECRET.has(prev) ? undefined : 'weak'
  }
  if (last === 'token')
    return prev === undefined || !TOKEN_NON_SECRET.has(prev) ? 'strong' : undefined
  if (last === 'pass' || last === 'pw')
    return own.length > 1 || name.length <= 4 ? 'strong' : undefined
  return SECRET_LAST_WORDS.has(last) ? 'strong' : undefined
}

/** True when the assigned name surely denotes a credential. */
export function isSecretName(name: string): boolean {
  return secretNameStrength(name) === 'strong'
}

/** Names of human-chosen secrets, whose values may hold any character. */
const FREE_FORM_NAME = /pass|pwd|pw$|secret|credential|creds/i

const OPERATORS = [':=', '=>', '?=', '||=', '=', ':']

interface ValueSpan {
  value: string
  start: number
  quoted: boolean
}

const MAX_VALUE = 1024
/**
 * Quoted values may be longer: Entra ID refresh tokens and long-lived JWTs run past 1 KB. The
 * closing quote bounds the read, so a longer limit does not make reads overlap.
 */
const MAX_QUOTED = 8192

/** Characters that end a bare value: whitespace, quotes, `,`, `;` (fields), `&` (queries). */
const BARE_END = new Uint8Array(128)
for (const c of ' \t\n\r\v\f"\'`,;&') BARE_END[c.charCodeAt(0)] = 1

/** Reads the value after an operator at `pos`, quoted or bare, on the same line. */
function readValue(text: string, pos: number, bareAllowed: boolean): ValueSpan | undefined {
  let i = pos
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  // Python/JS string prefixes: r"", b"", f"", u"".
  if (/[rbufRBUF]/.test(text[i] ?? '') && /["']/.test(text[i + 1] ?? '')) i++
  const q = text[i]
  if (q === '"' || q === "'" || q === '`') {
    let start = i + 1
    const limit = Math.min(text.length, start + MAX_QUOTED)
    for (let j = start; j < limit; j++) {
      const c = text[j]
      if (c === '\n' || c === '\r') return undefined
      if (c === '\\') {
        j++
        continue
      }
      if (c === q) {
        // Padding inside the quotes (`' V77f… '`) is not part of the value.
        let end = j
        while (start < end && (text[start] === ' ' || text[start] === '\t')) start++
        while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
        return { value: text.slice(start, end), start, quoted: true }
      }
    }
    return undefined
  }
  if (!bareAllowed) return undefined
  const start = i
  let j = start
  const limit = Math.min(text.length, start + MAX_VALUE)
  // `#` starts a comment only after whitespace (YAML, .env, shell), so it may be in the value;
  // `;` and `&` end a field in connection strings and query strings.
  // A table lookup, not a regex per character: `token=token=…` puts a hit every few characters.
  for (; j < limit; j++) {
    const c = text.charCodeAt(j)
    if (c < 128 ? BARE_END[c] === 1 : /\s/.test(text[j] as string)) break
  }
  if (j === limit && limit - start >= MAX_VALUE) return undefined
  while (j > start && /[,;)\]}]/.test(text[j - 1] as string)) j--
  return { value: text.slice(start, j), start, quoted: false }
}

/**
 * The text of an XML element named like a secret (`<password>…</password>`, Maven settings,
 * Jenkins credentials, .NET config), closed on the same line. Jenkins stores its encrypted
 * secrets as `{base64}`: the braces are notation, not value. Text with spaces is judged by its
 * longest word that is not a name, so a phrase is still judged as words (and rejected as such).
 */
function readXmlElement(text: string, ns: number, ne: number, name: string): ValueSpan | undefined {
  if (text[ns - 1] !== '<' || text[ne] !== '>') return undefined
  const close = `</${name}>`
  const end = text.indexOf(close, ne + 1)
  if (end < 0 || end - ne > MAX_VALUE) return undefined
  const inner = text.slice(ne + 1, end)
  if (/[\r\n<]/.test(inner)) return undefined
  // The longest word that is not itself a name (`{BROWSERSTACK_ACCESS_KEY AQAAABAAA 25IQ…}`).
  let best: { value: string; at: number } | undefined
  let longest: { value: string; at: number } | undefined
  for (const m of inner.matchAll(/[^\s{}]+/g)) {
    if (!longest || m[0].length > longest.value.length) longest = { value: m[0], at: m.index }
    if ((!best || m[0].length > best.value.length) && !looksLikeWordOrIdentifier(m[0]))
      best = { value: m[0], at: m.index }
  }
  best ??= longest
  return best && { value: best.value, start: ne + 1 + best.at, quoted: true }
}

/** Strips `Bearer `/`Basic `/`token ` from header values. */
function stripScheme(value: string): { value: string; offset: number } {
  const m = /^(?:bearer|basic|token|bot|apikey)\s+/i.exec(value)
  return m ? { value: value.slice(m[0].length), offset: m[0].length } : { value, offset: 0 }
}

const INDIRECTION =
  /^(?:os\.(?:environ|getenv)|process\.env|env\(|ENV\[|getenv|System\.getenv|config\.|settings\.|self\.|this\.|args\.|request\.|params\.|props\.|options\.|opts\.|ctx\.|secrets\.|vars\.|import\b|require\(|new |await |function|lambda|None$|null$|nil$|undefined$)/

/** Lower-case dot-separated labels ending in a common top-level domain. */
const HOST_NAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|dev|app|cloud|co|ai|us|eu|de|uk|info|biz|me|tech|site|online)$/

/** Base64 / base64url text: `+`, `/` and `=` there are not operators. */
const BASE64_SHAPE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/

/** Words that mark a documentation value as a stand-in, in docs and for weak names. */
const DOC_STAND_IN = /your|here|secret|token|passw|apikey|api_key|sample|demo|value|string/i

/** A dotted chain of word-like identifiers (`settings.db.password`), i.e. code, not a token. */
function isMemberChain(value: string): boolean {
  const parts = value.split('.')
  if (parts.length < 2) return false
  return parts.every(
    p =>
      /^[A-Za-z_$][\w$]*$/.test(p) &&
      (looksLikeWordOrIdentifier(p) || /^[A-Z][A-Z0-9_]*$/.test(p) || /^[a-z_][a-z0-9_]*$/.test(p))
  )
}

/**
 * `a1b2c3d4…`, `abcd1234efgh`, `zyxwvu…9876543210`: the letters or the digits, read alone, run
 * in sequence, forwards or backwards.
 */
export function isInterleavedSequence(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/g, '').toLowerCase()
  const digits = value.replace(/[^0-9]/g, '')
  const reversed = (s: string): string => [...s].reverse().join('')
  return (
    longestRun(letters, 'abcdefghijklmnopqrstuvwxyz') >= 6 ||
    longestRun(digits, '0123456789') >= 6 ||
    longestRun(reversed(letters), 'abcdefghijklmnopqrstuvwxyz') >= 6 ||
    longestRun(reversed(digits), '0123456789') >= 6
  )
}

/** Longest substring of `s` whose characters follow each other in `alphabet` (cyclically). */
function longestRun(s: string, alphabet: string): number {
  let best = s.length > 0 ? 1 : 0
  let run = 1
  for (let i = 1; i < s.length; i++) {
    const prev = alphabet.indexOf(s[i - 1] as string)
    const cur = alphabet.indexOf(s[i] as string)
    run = prev >= 0 && cur === (prev + 1) % alphabet.length ? run + 1 : 1
    if (run > best) best = run
  }
  return best
}

/** A UUID that is a real random one, not `12345678-1234-…` or the nil UUID. */
function isRandomUuid(value: string): boolean {
  const hex = value.replace(/-/g, '').toLowerCase()
  return (
    new Set(hex).size >= 10 &&
    !/0000|1234|abcd|(.)\1\1\1/.test(hex) &&
    !isInterleavedSequence(hex) &&
    shannonEntropy(hex) > 3.2
  )
}

export interface ValueOptions {
  /** Documentation, weak names, values away from their name: longer, more random, no stand-ins. */
  strict?: boolean
  /** The name says token/key (machine-made): the value must use a token alphabet. */
  tokenAlphabet?: boolean
  /** The name surely says secret: a random UUID counts (many APIs issue UUID keys). */
  uuidOk?: boolean
  /**
   * Documentation, on a sure name's line: the usual randomness test, but 12+ characters and no
   * stand-in words (`your`, `here`, `sample` …).
   */
  documented?: boolean
}

/** True when a value (already known to follow a secret-ish name) looks like a real secret. */
export function looksLikeSecretValue(
  value: string,
  quoted: boolean,
  options: ValueOptions = {}
): boolean {
  const { strict = false } = options
  const minLength = strict || options.documented ? 12 : 8
  if (value.length < minLength || value.length > MAX_QUOTED) return false
  if (/\s/.test(value)) return false
  if (isUuid(value)) return options.uuidOk === true && isRandomUuid(value)
  if (isPlaceholder(value) || isExampleValue(value) || isSequentialOrRepeated(value)) return false
  if (isInterleavedSequence(value) || INDIRECTION.test(value)) return false
  // ARNs, truncated examples (`eyJ2Ijoi...`) and values that name themselves (`webdavpassword1`).
  if (/^arn:|\.\.\.|…|password|passwd/i.test(value)) return false
  // A host name (`4f2a9c.invoiceocean.net`): where a key is used, not the key.
  if (HOST_NAME.test(value)) return false
  // HTML-escaped placeholders (`&lt;YOUR_PASSWORD&gt;`).
  if (/&(?:lt|gt|quot|amp);/i.test(value)) return false
  // Short hex strings are content hashes and ids; hex API keys are 32+ characters.
  if (/^[0-9a-f]+$/i.test(value) && value.length < 24) return false
  // Template interpolation (f-strings, format strings, JS templates, also when the value was cut
  // inside a nested template such as `${Buffer.from(`) and `<placeholder>` parts.
  if (/\{[^}]*\}|\$\{|<[A-Za-z_ -]{2,40}>/.test(value)) return false
  // Regular expressions and character classes (`r"[-!#$%&'*+.^_`|~0-9a-zA-Z]+"`).
  if (/^[[^(]|\\[dwsbDWSB]|\[[^\]]{2,}\][+*?{]?/.test(value)) return false
  // Natural-language contractions (`don'tuseme4real` in a docstring example).
  if (/[A-Za-z]'[a-z]/.test(value)) return false
  if (
    /%[sdr]|\{\d*\}|\{[a-z_]+\}|\$\(|^\.{0,2}\/|^[A-Za-z]:\\|^~\/|^https?:\/\/|^[\w-]+\.(?:pem|key|json|txt|ya?ml|crt|p12|pfx|env)$/i.test(
      value
    )
  )
    return false
  // Unquoted code: a call, an index, member access or an operator expression (base64 aside).
  if (!quoted && !BASE64_SHAPE.test(value)) {
    if (/[()[\]{}*<>|!]/.test(value) || isMemberChain(value)) return false
  }
  // Words and identifiers, also behind a sigil (`@app.teardown_request`, `$config.db`), and a
  // word with a short number (`Orange-2`, `admin123`).
  if (looksLikeWordOrIdentifier(value.replace(/^[@$#&*%]+/, ''))) return false
  if (/^[A-Za-z]{3,}[-_.]?\d{1,4}$/.test(value)) return false
  // Machine-made tokens use a token alphabet; `^`, `%`, `!`, `@` in a "token" mark a made-up one.
  // A `%` is allowed as percent-encoding (`%2B`, `%3D`: URL-encoded bearer tokens), not alone.
  if (
    options.tokenAlphabet &&
    /[!@#?^%&*()<>[\]{}|\\;,"'`]/.test(value.replace(/%[0-9A-F]{2}/g, ''))
  )
    return false
  const classes = charClasses(value)
  const entropy = shannonEntropy(value)
  if (strict) {
    if (DOC_STAND_IN.test(value)) return false
    if (classes >= 3 && entropy >= 3.3) return true
    // Hex keys top out at 4 bits per character: judge them against that ceiling.
    if (/^[0-9a-f]+$/i.test(value)) return value.length >= 32 && entropy >= 3.4
    return value.length >= 20 && classes >= 2 && entropy >= 3.7
  }
  if (options.documented && DOC_STAND_IN.test(value)) return false
  if (classes >= 3 && entropy >= 3.0) return true
  if (classes >= 2 && entropy >= 3.5) return true
  return value.length >= 24 && entropy >= 3.2 && classes >= 2
}

/**
 * Declaration keywords and modifiers before a name (`var apiKey = …`, `public static final String
 * TOKEN = …`): code, not words of the name, so `var` and `public` do not read as the deny words
 * they are inside a name (`token_env_var`, `public_key`).
 */
const DECLARATION_WORDS = new Set(
  'var let const val final static public private protected internal readonly export declare string my our local dim'.split(
    ' '
  )
)

const isBlank = (c: number): boolean => c === 32 || c === 9
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45

/** Up to 3 words written before `pos` with single spaces (`AWS Secret Access Key`, `license key`). */
function wordsBefore(text: string, pos: number): string[] {
  const words: string[] = []
  let i = pos
  while (words.length < 3) {
    if (!isBlank(text.charCodeAt(i - 1))) break
    let j = i - 1
    let end = j
    while (end > 0 && isBlank(text.charCodeAt(end - 1)) && i - end < 3) end--
    j = end
    let start = j
    while (start > 0 && i - start < 40 && isWordChar(text.charCodeAt(start - 1))) start--
    if (start === j) break
    words.unshift(...nameWords(text.slice(start, j)))
    i = start
  }
  return words.filter(w => !DECLARATION_WORDS.has(w))
}

/**
 * The first index wordsBefore(text, pos) reads (or one before it): the same walk, splitting
 * nothing. wordsBefore's answer depends only on text[start, pos) and on whether start is the
 * beginning of the text (reading before it gives NaN, like a character that is neither blank
 * nor a word character); a slice from 0 only equals another slice from 0 of the same length,
 * so the slice is a sound cache key.
 */
function wordsBeforeStart(text: string, pos: number): number {
  let words = 0
  let i = pos
  let lowest = pos
  while (words < 3) {
    lowest = Math.min(lowest, i - 1)
    if (!isBlank(text.charCodeAt(i - 1))) break
    let end = i - 1
    while (end > 0 && i - end < 3) {
      lowest = Math.min(lowest, end - 1)
      if (!isBlank(text.charCodeAt(end - 1))) break
      end--
    }
    let start = end
    while (start > 0 && i - start < 40) {
      lowest = Math.min(lowest, start - 1)
      if (!isWordChar(text.charCodeAt(start - 1))) break
      start--
    }
    if (start === end) break
    // wordsBefore counts the words a run splits into; a run with a letter or digit gives at
    // least one, one of only `_`/`-` gives none. Counting the former only walks at least as far
    // as wordsBefore does, so the key covers every character it reads.
    if (/[A-Za-z0-9]/.test(text.slice(start, end))) words++
    i = start
  }
  return Math.max(0, lowest)
}

/** Up to 2 short words between a name and its operator (`token EU =`, `key ID:`). */
function bridgeAfter(text: string, pos: number): { words: string[]; end: number } {
  const m = /^(?:[ \t]+[A-Za-z0-9_.-]{1,16}){1,2}(?=[ \t]*(?::=|=|:)[ \t"'`])/.exec(
    text.slice(pos, pos + 40)
  )
  return m ? { words: nameWords(m[0]), end: pos + m[0].length } : { words: [], end: pos }
}

/** Index of the `\n` ending the line at `pos`, looking at most `max` characters ahead; -1 beyond. */
function lineEndWithin(text: string, pos: number, max: number): number {
  const limit = Math.min(text.length, pos + max)
  for (let i = pos; i < limit; i++) if (text.charCodeAt(i) === 10) return i
  return limit === text.length ? text.length : -1
}

/** Start of the line holding `pos`, looking at most `max` characters back; -1 beyond. */
function lineStartWithin(text: string, pos: number, max: number): number {
  const limit = Math.max(0, pos - max)
  for (let i = pos - 1; i >= limit; i--) if (text.charCodeAt(i) === 10) return i + 1
  return limit === 0 ? 0 : -1
}

/**
 * The next non-blank line (at most one blank line skipped) when it holds a single value.
 * `lineEnd` is the end of the line the name is on. Every scan is bounded: a huge minified line
 * after a keyword costs a constant here.
 */
function valueOnNextLine(
  text: string,
  lineEnd: number
): { value: string; start: number; quoted: boolean } | undefined {
  let i = lineEnd
  for (let skipped = 0; i < text.length && skipped < 2; skipped++) {
    const lineStart = i + 1
    const nl = lineEndWithin(text, lineStart, MAX_VALUE + 40)
    if (nl === -1) return undefined
    const line = text.slice(lineStart, nl)
    if (line.trim() === '') {
      i = nl
      continue
    }
    // `  'value',`, `- value`, `"value"`, `value` — alone on its line.
    const m = /^([ \t]*(?:- )?)(?:(["'`])([^"'`\s]+)\2|([^\s"'`]+))[ \t]*[,;]?[ \t]*\r?$/.exec(line)
    if (!m) return undefined
    const value = (m[3] ?? m[4]) as string
    const start = lineStart + (m[1] as string).length + (m[2] ? 1 : 0)
    return { value, start, quoted: m[2] !== undefined }
  }
  return undefined
}

/**
 * A Basic authorization value: `not-secret` when it decodes to `user:` with an empty, demo or
 * placeholder password; `secret` when it holds a real-looking one; `unknown` when not base64.
 */
export function basicAuthVerdict(value: string): 'secret' | 'not-secret' | 'unknown' {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return 'unknown'
  const decoded = decodeBase64(value)?.toString('utf8')
  if (decoded === undefined || !/^[\x20-\x7e]+$/.test(decoded)) return 'unknown'
  const colon = decoded.indexOf(':')
  if (colon < 0) return 'unknown'
  const user = decoded.slice(0, colon)
  const password = decoded.slice(colon + 1)
  if (password.length < 4 || isPlaceholder(password) || demoReason({ value: password, user }))
    return 'not-secret'
  return 'secret'
}

/** Finder for the `generic-secret-assignment` rule (see rules.ts). */
export function findGenericAssignments(
  text: string,
  hitStart: number,
  keyword: string,
  path?: string,
  state?: FinderState
): RawMatch[] {
  // Expand the identifier around the keyword.
  let ns = hitStart
  const minStart = Math.max(0, hitStart - 80)
  while (ns > minStart && isIdentChar(text.charCodeAt(ns - 1))) ns--
  let ne = hitStart + keyword.length
  const maxEnd = Math.min(text.length, ne + 60)
  while (ne < maxEnd && isIdentChar(text.charCodeAt(ne))) ne++
  // Other keyword hits inside this identifier would read the same name again.
  if (state) state.skipUntil = ne
  let name = text.slice(ns, ne)
  // `$password` in PHP/shell, trailing dots.
  name = name.replace(/^[$.-]+|[.-]+$/g, '')
  if (name.length === 0 || name.length > 80 || hopelessName(name)) return []
  const context = cachedContext(path)
  const { prefix, strength } = cachedName(text, ns, name)
  if (strength === undefined) return []

  const element = readXmlElement(text, ns, ne, name)
  if (element) return judge(text, element, name, prefix, strength, context, false, false)

  // After the name: closing quote/bracket, spaces, maybe a word or two, an operator.
  let i = ne
  // A quote just before the name that does not close right after it: the name is the start of
  // a string (`"Password:"`, a label), and an operator inside that string assigns nothing.
  const opened = text[ns - 1] === '"' || text[ns - 1] === "'" ? text[ns - 1] : undefined
  const closed = text[i] === opened
  if (opened && closed) {
    // A call that takes a name and its value (`req.Header.Set("X-Api-Key", "…")`,
    // `setRequestHeader('X-Auth-Token', '…')`, `headers.put("apikey", "…")`): the quoted name is
    // the call's first argument and the value its second, quoted.
    const pair = /^,[ \t]*(?=["'`])/.exec(text.slice(i + 1, i + 8))
    if (pair && text[ns - 2] === '(') {
      const span = readValue(text, i + 1 + pair[0].length, false)
      return span ? judge(text, span, name, prefix, strength, context, false, false) : []
    }
    // A Terraform variable named like a secret (`variable "db_password" {`) and the quoted
    // `default = "…"` inside its block: the value the configuration falls back to.
    const lineStart = lineStartWithin(text, ns, 40)
    if (
      lineStart >= 0 &&
      /^[ \t]*variable[ \t]+"$/.test(text.slice(lineStart, ns)) &&
      /^[ \t]*\{/.test(text.slice(i + 1, i + 20))
    ) {
      const block = text.slice(i + 1, Math.min(text.length, i + 1 + 600))
      const close = block.indexOf('}')
      const m = /\n[ \t]*default[ \t]*=[ \t]*/.exec(close < 0 ? block : block.slice(0, close))
      const span = m ? readValue(text, i + 1 + m.index + m[0].length, false) : undefined
      return span ? judge(text, span, name, prefix, strength, context, false, false) : []
    }
  }
  if (text[i] === '"' || text[i] === "'") i++
  if (text[i] === ']') i++
  const bridge = bridgeAfter(text, i)
  if (bridge.words.length) {
    if (bridge.words.some(w => DENY_WORDS.has(w))) return []
    i = bridge.end
  }
  const spaced = text[i] === ' ' || text[i] === '\t'
  while (text[i] === ' ' || text[i] === '\t') i++
  const op = OPERATORS.find(o => text.startsWith(o, i))
  let span: ValueSpan | undefined
  let away = false
  let basic = false
  if (
    op === undefined &&
    spaced &&
    context !== 'code' &&
    /^-[ \t]+[^\s-]/.test(text.slice(i, i + 8))
  ) {
    // `API token - <value>`: a dash between spaces, as lists and notes write it (in code it is a
    // subtraction). A looser layout than an operator, so the value is judged as in docs.
    let j = i + 1
    while (text[j] === ' ' || text[j] === '\t') j++
    span = readValue(text, j, true)
    if (span) return judge(text, span, name, prefix, strength, 'docs', false, false, true)
  } else if (op === undefined) {
    // A name alone on its line (`Password`, `**API key**`), its value alone on the next. Not in
    // code, where a word alone on a line is a statement (`pass`), and not for short words.
    if (context === 'code' || strength !== 'strong' || /^(?:pass|pw|auth)$/i.test(name)) return []
    // Bounded look-arounds: a keyword deep inside a long minified line costs nothing here.
    const lineStart = lineStartWithin(text, ns, 80)
    const lineEnd = lineEndWithin(text, ne, 20)
    if (lineStart === -1 || lineEnd === -1) return []
    const before = text.slice(lineStart, ns)
    const after = text.slice(ne, lineEnd)
    if (!/^[ \t#>*_`-]*(?:[A-Za-z][\w-]{0,20}[ \t]){0,3}$/.test(before)) return []
    if (!/^[*_`]*[ \t]*\r?$/.test(after)) return []
    span = valueOnNextLine(text, lineEnd)
    away = true
  } else {
    // `==`, `!=`, `===` are comparisons; `=` followed by `=` too.
    if (
      op === '=' &&
      (text[i + 1] === '=' || text[i - 1] === '!' || text[i - 1] === '<' || text[i - 1] === '>')
    )
      return []
    // `name: str = …` type annotations and `name::` are not values; `a:b` (ARNs, URLs) neither:
    // YAML and JSON put a space, a quote or the end of the line after the colon.
    if (op === ':' && !/[ \t"'`\r\n]/.test(text[i + 1] ?? '\n')) return []
    if (opened && !closed && text[i + op.length] === opened) return []
    i += op.length
    let eol = i
    while (eol < text.length && eol - i < 40 && /[ \t\r]/.test(text[eol] as string)) eol++
    if (eol === text.length || text[eol] === '\n') {
      // `password:` / `"api_key":` at the end of the line: a YAML/JSON dump, value below.
      span = valueOnNextLine(text, eol)
      away = true
    } else {
      // `Authorization: Bearer <token>` inside a header string: the scheme is not the value.
      const scheme = /^[ \t]*(?:bearer|basic|token|bot|apikey)[ \t]+(?=[^\s"'`])/i.exec(
        text.slice(i, i + 20)
      )
      span = scheme
        ? readValue(text, i + scheme[0].length, true)
        : readValue(text, i, context !== 'code')
      if (span && scheme && /basic/i.test(scheme[0])) basic = true
    }
  }
  if (!span) return []
  return judge(text, span, name, prefix, strength, context, away, basic)
}

/** Whether the value read after (or below, or inside) a secret-ish name is reported. */
function judge(
  text: string,
  span: ValueSpan,
  name: string,
  prefix: readonly string[],
  nameStrength: NameStrength,
  context: TextContext,
  away: boolean,
  basic: boolean,
  dash = false
): RawMatch[] {
  let strength = nameStrength
  if (away || context === 'docs') strength = 'weak'
  // In documentation a sure name (`token`, `secret`, `password`) with an operator and its value
  // on the same line reads like a config file: the usual randomness test, with the stand-in
  // words and the 12-character floor of documentation. A dash or a value below the name is a
  // looser layout and keeps the strict test.
  const docsLine = context === 'docs' && !away && !dash && nameStrength === 'strong'
  const { value, offset } = stripScheme(span.value)
  if (basic || /^basic\s/i.test(span.value)) {
    // Basic credentials are base64 of `user:password`: judge the password inside.
    const verdict = basicAuthVerdict(value)
    if (verdict === 'not-secret') return []
  }
  const fullName = [...prefix, ...nameWords(name)].join('_')
  const freeForm = FREE_FORM_NAME.test(fullName)
  if (
    !looksLikeSecretValue(value, span.quoted, {
      strict: strength === 'weak' && !docsLine,
      documented: docsLine,
      tokenAlphabet: !freeForm,
      // A random UUID under a sure name on its own line counts in docs too: it is no stand-in
      // (those are `12345678-1234-…` or the documented examples in the demo list).
      uuidOk:
        (strength === 'strong' || (nameStrength === 'strong' && !away)) &&
        !/pass|pwd/.test(fullName)
    })
  )
    return []
  const start = span.start + offset
  // Content hashes next to secret words (`--hash=sha256:…`, image digests, data URIs).
  const lineStart = Math.max(lineStartWithin(text, start, 300), start - 300, 0)
  const line = text.slice(lineStart, Math.min(text.length, start + value.length + 1))
  if (isHexDigest(value) && hasDigestContext(line, start - lineStart)) return []
  if (inDataUri(line, start - lineStart)) return []
  const sure = /pass|secret|token|api_?key|apikey|credential/i.test(fullName)
  return [
    {
      ruleId: 'generic-secret-assignment',
      secret: value,
      start,
      end: start + value.length,
      confidence: sure && strength === 'strong' && shannonEntropy(value) >= 3.5 ? 'medium' : 'low'
    }
  ]
}

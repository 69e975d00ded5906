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
import type { FinderState, RawMatch } from './types.js'

/**
 * The generic detector: an assignment (`name = value`, `name: value`, `"name": "value"`,
 * `name="value"` keyword argument, `.env` lines) whose NAME ends in a secret word and whose
 * VALUE looks random. It runs only at prefilter hits of the secret words, reads the name
 * around the hit with plain loops (no backtracking) and then applies the false-positive
 * filters of heuristics.ts.
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
  'x'
])

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

/** Documentation files and example/sample trees. */
const DOCS_OR_EXAMPLES =
  /(?:^|\/)(?:docs?|examples?|samples?)\/|(?:^|\/)[^/]*examples?[-_.][^/]*$|\.(?:md|markdown|rst|adoc|txt)$/i

/** Extensions whose values are code expressions unless quoted. */
const CODE_EXTENSIONS =
  /\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|java|kt|kts|scala|go|rb|php|cs|c|cc|cpp|h|hpp|rs|swift|m|mm|dart|lua|pl|r|jl|ex|exs|erl|hs|clj|groovy|vue|svelte|ipynb)$/i

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

/** True when the assigned name denotes a credential. */
export function isSecretName(name: string): boolean {
  const words = nameWords(name)
  if (words.some(w => DENY_WORDS.has(w))) return false
  const last = words[words.length - 1]
  const prev = words[words.length - 2]
  if (last === undefined) return false
  if (last === 'key') return prev !== undefined && KEY_QUALIFIERS.has(prev)
  if (last === 'token') return prev === undefined || !TOKEN_NON_SECRET.has(prev)
  if (last === 'pass' || last === 'pw') return words.length > 1 || name.length <= 4
  return SECRET_LAST_WORDS.has(last)
}

const OPERATORS = [':=', '=>', '?=', '||=', '=', ':']

interface ValueSpan {
  value: string
  start: number
  quoted: boolean
}

/** Reads the value after an operator at `pos`, quoted or bare, on the same line. */
function readValue(text: string, pos: number, bareAllowed: boolean): ValueSpan | undefined {
  let i = pos
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  // Python/JS string prefixes: r"", b"", f"", u"".
  if (/[rbufRBUF]/.test(text[i] ?? '') && /["']/.test(text[i + 1] ?? '')) i++
  const q = text[i]
  if (q === '"' || q === "'" || q === '`') {
    const start = i + 1
    const limit = Math.min(text.length, start + 260)
    for (let j = start; j < limit; j++) {
      const c = text[j]
      if (c === '\n' || c === '\r') return undefined
      if (c === '\\') {
        j++
        continue
      }
      if (c === q) return { value: text.slice(start, j), start, quoted: true }
    }
    return undefined
  }
  if (!bareAllowed) return undefined
  const start = i
  let j = start
  const limit = Math.min(text.length, start + 260)
  // `#` starts a comment only after whitespace (YAML, .env, shell), so it may be in the value.
  while (j < limit && !/[\s"'`,]/.test(text[j] as string)) j++
  if (j === limit && limit - start >= 260) return undefined
  while (j > start && /[,;)\]}]/.test(text[j - 1] as string)) j--
  return { value: text.slice(start, j), start, quoted: false }
}

/** Strips `Bearer `/`Basic `/`token ` from header values. */
function stripScheme(value: string): { value: string; offset: number } {
  const m = /^(?:bearer|basic|token|bot|apikey)\s+/i.exec(value)
  return m ? { value: value.slice(m[0].length), offset: m[0].length } : { value, offset: 0 }
}

const INDIRECTION =
  /^(?:os\.(?:environ|getenv)|process\.env|env\(|ENV\[|getenv|System\.getenv|config\.|settings\.|self\.|this\.|args\.|request\.|params\.|props\.|options\.|opts\.|ctx\.|secrets\.|vars\.|import\b|require\(|new |await |function|lambda|None$|null$|nil$|undefined$)/

/** True when a value (already known to follow a secret-ish name) looks like a real secret. */
export function looksLikeSecretValue(value: string, quoted: boolean): boolean {
  if (value.length < 8 || value.length > 200) return false
  if (/\s/.test(value)) return false
  if (isPlaceholder(value) || isExampleValue(value) || isSequentialOrRepeated(value)) return false
  if (isUuid(value) || INDIRECTION.test(value)) return false
  // ARNs, truncated examples (`eyJ2Ijoi...`) and values that name themselves (`webdavpassword1`).
  if (/^arn:|\.\.\.|…|password|passwd/i.test(value)) return false
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
  // Unquoted code: a call, an index, member access or an operator expression.
  if (!quoted && /[()[\]{}+*<>|&!]|^[A-Za-z_][\w]*\.[A-Za-z_]/.test(value)) return false
  if (looksLikeWordOrIdentifier(value)) return false
  const classes = charClasses(value)
  const entropy = shannonEntropy(value)
  if (classes >= 3 && entropy >= 3.0) return true
  if (classes >= 2 && entropy >= 3.5) return true
  return value.length >= 24 && entropy >= 3.2 && classes >= 2
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
  if (name.length === 0 || name.length > 80 || !isSecretName(name)) return []

  // After the name: closing quote/bracket, spaces, an operator.
  let i = ne
  if (text[i] === '"' || text[i] === "'") i++
  if (text[i] === ']') i++
  while (text[i] === ' ' || text[i] === '\t') i++
  const op = OPERATORS.find(o => text.startsWith(o, i))
  if (op === undefined) return []
  // `==`, `!=`, `===` are comparisons; `=` followed by `=` too.
  if (
    op === '=' &&
    (text[i + 1] === '=' || text[i - 1] === '!' || text[i - 1] === '<' || text[i - 1] === '>')
  )
    return []
  // `name: str = …` type annotations and `name::` are not values; `a:b` (ARNs, URLs) neither:
  // YAML and JSON put a space or a quote after the colon.
  if (op === ':' && !/[ \t"'`]/.test(text[i + 1] ?? '')) return []
  i += op.length
  // Documentation and example files are full of sample passwords; provider-format rules still
  // run there, only the generic heuristic stays out.
  if (path !== undefined && DOCS_OR_EXAMPLES.test(path)) return []
  const isCode = path !== undefined && CODE_EXTENSIONS.test(path)
  const span = readValue(text, i, !isCode)
  if (!span) return []
  const { value, offset } = stripScheme(span.value)
  if (!looksLikeSecretValue(value, span.quoted)) return []
  const start = span.start + offset
  // Content hashes next to secret words (`--hash=sha256:…`, image digests, data URIs).
  const lineStart = Math.max(0, text.lastIndexOf('\n', start) + 1)
  const line = text.slice(lineStart, Math.min(text.length, start + value.length + 1))
  if (isHexDigest(value) && hasDigestContext(line, start - lineStart)) return []
  if (inDataUri(line, start - lineStart)) return []
  const strong = /pass|secret|token|api_?key|apikey|credential/i.test(name)
  return [
    {
      ruleId: 'generic-secret-assignment',
      secret: value,
      start,
      end: start + value.length,
      confidence: strong && shannonEntropy(value) >= 3.5 ? 'medium' : 'low'
    }
  ]
}

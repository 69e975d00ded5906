import data from './demo-credentials.json' with { type: 'json' }

/**
 * Known demo and placeholder credentials (`src/secrets/demo-credentials.json`): documented
 * example keys, demo passwords, demo user/password pairs and placeholder shapes. They are data,
 * not code, so a reviewer can read the whole list in one place (docs/secret-detection.md).
 */

interface DemoData {
  exampleKeys: Array<{ value: string; source: string }>
  passwords: Array<{ value: string; why: string }>
  pairs: Array<{ user: string; password: string; localOnly?: boolean; why: string }>
  standInUsers: string[]
  standInWords: string[]
  placeholders: Array<{ pattern: string; flags?: string; why: string }>
}

const DATA = data as DemoData

const EXAMPLE_KEYS = new Map(DATA.exampleKeys.map(e => [e.value, e.source]))
const PASSWORDS = new Map(DATA.passwords.map(p => [p.value.toLowerCase(), p.why]))
const PAIRS = new Map(DATA.pairs.map(p => [`${p.user}\0${p.password}`, p]))
const STAND_IN_USERS = new Set(DATA.standInUsers)
const STAND_IN_WORDS = DATA.standInWords
const PLACEHOLDERS = DATA.placeholders.map(p => ({
  re: new RegExp(p.pattern, p.flags ?? ''),
  why: p.why
}))

/** Hosts of local set-ups and names reserved for documentation (RFC 2606, RFC 6761). */
export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '')
  return (
    h === 'localhost' ||
    h === '::1' ||
    h === '0.0.0.0' ||
    h === 'host.docker.internal' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
    /\.(?:localhost|local|test|invalid|example)$/.test(h) ||
    /(?:^|\.)example\.(?:com|org|net)$/.test(h) ||
    // A single-label name is a compose service or a LAN alias (`db`, `postgres`), not the internet.
    /^[a-z0-9_-]+$/.test(h)
  )
}

/** True when `value` has the shape of a placeholder (`<password>`, `${VAR}`, `****` …). */
export function isPlaceholderShape(value: string): boolean {
  return PLACEHOLDERS.some(p => p.re.test(value))
}

/** What a match offers to the list: the value, and the user and host when it is a URL credential. */
export interface DemoCandidate {
  value: string
  user?: string
  host?: string
  /** Found in a documentation or example file (src/secrets/generic.ts `contextOf`). */
  docs?: boolean
}

/** Why a value is a known demo or placeholder credential, or undefined when it is not one. */
export function demoReason(c: DemoCandidate): string | undefined {
  const example = EXAMPLE_KEYS.get(c.value)
  if (example) return example
  const password = PASSWORDS.get(c.value.toLowerCase())
  if (password) return password
  if (c.user !== undefined) {
    let value = c.value
    let user = c.user
    try {
      value = decodeURIComponent(value)
      user = decodeURIComponent(user)
    } catch {
      // Keep the raw text when it is not valid percent-encoding.
    }
    const pair = PAIRS.get(`${user}\0${value}`)
    const local = c.host !== undefined && isLocalHost(c.host)
    if (pair && (!pair.localOnly || local)) return pair.why
    const lower = value.toLowerCase()
    if (STAND_IN_USERS.has(user.toLowerCase()) && STAND_IN_WORDS.some(w => lower.includes(w)))
      return 'a stand-in user with a stand-in password'
    if (c.docs && local) return 'a documentation example for a local or placeholder host'
  }
  return PLACEHOLDERS.find(p => p.re.test(c.value))?.why
}

/** Every entry, for documentation and tests. */
export const DEMO_CREDENTIALS: Readonly<DemoData> = DATA

import { describe, expect, it } from '@jest/globals'
import { isRandomMixedCaseLetters } from '../../src/secrets/heuristics.js'
import { isInterleavedSequence } from '../../src/secrets/generic.js'
import { scanText } from '../../src/secrets/index.js'
import { pick, seeded } from '../helpers/secret-samples.js'

// Values are generated at test time; none is a real credential.
const r = seeded(5050)
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
/** A random token-alphabet value with all three character kinds. */
const token = (n = 32): string => `${pick(r, ALNUM, n - 3)}Q7k`
const generic = (text: string, path: string): string[] =>
  scanText(text, { path })
    .filter(m => m.ruleId === 'generic-secret-assignment')
    .map(m => m.value)

describe('a name, a dash between spaces, then the value (lists and notes)', () => {
  it('reads the value in notes and config files, quoted or bare', () => {
    const v = token(36)
    for (const [text, path] of [
      [`acme token - '${v}'\n`, 'notes/creds.txt'],
      [`- API key - ${v}\n`, 'README.md'],
      [`deploy token - "${v}"\n`, 'deploy/notes'],
      [`Personal access token - ${v}\n`, 'config/settings.ini']
    ])
      expect({ text, found: generic(text as string, path as string) }).toEqual({ text, found: [v] })
  })

  it('holds the value to the strict test even in config files', () => {
    // Short and low-variety: counts after `=` in a config file, not after a dash.
    expect(generic('token = Xk9mQ2vL7a\n', 'deploy/notes')).toEqual(['Xk9mQ2vL7a'])
    expect(generic('token - Xk9mQ2vL7a\n', 'deploy/notes')).toEqual([])
  })

  it('is a subtraction in code, and prose after the dash is not a value', () => {
    const v = token(36)
    expect(generic(`x = token - '${v}'\n`, 'app/calc.py')).toEqual([])
    expect(generic('If you have an API key - use the direct API.\n', 'README.md')).toEqual([])
    expect(generic('- OpenAI API key - **Recommended**\n', 'README.md')).toEqual([])
    // A dash glued to the value is not the separator.
    expect(generic(`token -${v}\n`, 'notes/creds.txt')).toEqual([])
  })

  it('still rejects made-up values after the dash', () => {
    const v = token(36)
    expect(generic(`acme token - '${v.slice(0, 10)}?${v.slice(11)}'\n`, 'notes.txt')).toEqual([])
    expect(generic("acme token - 'your-token-goes-here-1234'\n", 'notes.txt')).toEqual([])
  })
})

describe('a call that takes a header or setting name and its value', () => {
  it('reads the quoted second argument after a secret-named first argument', () => {
    const v = token(32)
    for (const [text, path] of [
      [`req.Header.Set("X-Api-Key", "${v}")`, 'client/api.go'],
      [`xhr.setRequestHeader('X-Auth-Token', '${v}');`, 'web/app.js'],
      [`conn.addRequestProperty("apikey", "${v}");`, 'src/Client.java'],
      [`headers.set('Acme-Api-Key', '${v}')`, 'web/app.ts']
    ])
      expect({ text, found: generic(text as string, path as string) }).toEqual({ text, found: [v] })
  })

  it('leaves variables, lists of names, test markers and other headers alone', () => {
    const v = token(32)
    for (const text of [
      'req.Header.Set("X-Api-Key", apiKey)',
      'fields = ("access_token", "refresh_token")',
      'req.Header.Set("X-Api-Key", "test-api-key-12345")',
      `req.Header.Set("X-Request-Id", "${v}")`,
      `names = ["api_key", "${v}"]`
    ])
      expect({ text, found: generic(text, 'client/api.go') }).toEqual({ text, found: [] })
  })
})

describe('values made of letters only', () => {
  it('tells a random mixed-case string from an identifier', () => {
    for (let k = 0; k < 20; k++) expect(isRandomMixedCaseLetters(pick(r, LETTERS, 24))).toBe(true)
    for (const id of [
      'HTTPServerURLParser',
      'getUserAccountSettingsHandler',
      'XMLHttpRequestUpload',
      'abcdefghijklmnop',
      'ABCDEFGHIJKLMNOP',
      'shortMixedA'
    ])
      expect({ id, random: isRandomMixedCaseLetters(id) }).toEqual({ id, random: false })
  })

  it('reports a letters-only random token under a secret name, not an identifier', () => {
    const v = pick(r, LETTERS, 22)
    expect(isRandomMixedCaseLetters(v)).toBe(true)
    expect(generic(`proxyToken := "${v}"\n`, 'cmd/main.go')).toEqual([v])
    expect(generic('authToken := "getUserAccountSettingsHandler"\n', 'cmd/main.go')).toEqual([])
  })
})

describe('declarations before the name', () => {
  it('reads past declaration keywords and modifiers, which are not words of the name', () => {
    const v = token(40)
    for (const [text, path] of [
      [`var personalAccessToken = "${v}";`, 'src/Program.cs'],
      [`  var fbApiKey = '${v}';`, 'web/app.js'],
      [`public String password = "${v}";`, 'src/Config.java'],
      [`export const API_TOKEN = '${v}'`, 'web/config.ts']
    ])
      expect({ text, found: generic(text as string, path as string) }).toEqual({ text, found: [v] })
  })

  it('still denies a name that is about a secret', () => {
    const v = token(40)
    expect(generic(`var token_env_var = "${v}";`, 'web/app.js')).toEqual([])
    expect(generic(`public_key = "${v}"`, 'deploy/app.cfg')).toEqual([])
  })
})

describe('percent-encoded token values', () => {
  it('takes %XX escapes (URL-encoded tokens) but not a bare % in a token', () => {
    const v = `${token(30)}%2B${token(12)}%3D${token(20)}`
    expect(generic(`bearer_token = "${v}"\n`, 'deploy/app.cfg')).toEqual([v])
    const bare = `${token(20)}%Hn${token(14)}`
    expect(generic(`api_token = "${bare}"\n`, 'deploy/app.cfg')).toEqual([])
  })
})

describe('stand-in sequences', () => {
  it('treats a backwards run like a forwards one', () => {
    expect(isInterleavedSequence('zyxwvutsrqponmlkji9876543210abcd')).toBe(true)
    expect(isInterleavedSequence('fedcba0987654321fedcba0987654321')).toBe(true)
    expect(isInterleavedSequence('abcdef0123456789')).toBe(true)
    expect(isInterleavedSequence(token(32))).toBe(false)
    expect(generic('REFRESH_TOKEN=zyxwvutsrqponmlkji9876543210abcd\n', 'deploy/.env')).toEqual([])
  })
})

describe('random UUIDs under a sure name in documentation', () => {
  const uuid = (): string => {
    const h = (n: number): string => pick(r, '0123456789abcdef', n)
    return `${h(8)}-${h(4)}-4${h(3)}-a${h(3)}-${h(12)}`
  }

  it('counts them on the name line, as in config files', () => {
    const v = uuid()
    expect(generic(`acme_api_key = '${v}'\n`, 'README.md')).toEqual([v])
    expect(generic(`interseller token = '${v}'\n`, 'notes/creds.txt')).toEqual([v])
    expect(generic(`tokeet token - '${v}'\n`, 'deploy/notes')).toEqual([v])
  })

  it('not under a weak or password name, not below the name, not made-up or documented ones', () => {
    const v = uuid()
    expect(generic(`key = '${v}'\n`, 'README.md')).toEqual([])
    expect(generic(`db_password = '${v}'\n`, 'README.md')).toEqual([])
    expect(generic(`api_key:\n  '${v}'\n`, 'README.md')).toEqual([])
    expect(generic("api_key = '12345678-1234-1234-1234-123456789012'\n", 'README.md')).toEqual([])
    expect(generic("api_key = '3fa85f64-5717-4562-b3fc-2c963f66afa6'\n", 'README.md')).toEqual([])
  })
})

describe('documentation: a sure name and its value on one line', () => {
  const LOWER_DIGITS = 'abcdefghijkmnopqrstuvwxyz23456789'
  /** 16 random lower-case letters and digits: two kinds, short of the 20 the strict test wants. */
  const short = (): string => `${pick(r, LOWER_DIGITS, 14)}7q`

  it('takes a short random value after an operator, as in config files', () => {
    const v = short()
    expect(generic(`metrics token = '${v}'\n`, 'notes/creds.txt')).toEqual([v])
    expect(generic(`ACME_SECRET=${v}\n`, 'doc/setup.md')).toEqual([v])
    expect(generic(`export ACME_SECRET=${v}\n`, 'deploy/.env')).toEqual([v])
  })

  it('keeps the strict test for weak names, values below the name, the dash, stand-ins', () => {
    const v = short()
    expect(generic(`key = '${v}'\n`, 'README.md')).toEqual([])
    expect(generic(`api_token:\n  '${v}'\n`, 'README.md')).toEqual([])
    expect(generic(`acme token - '${v}'\n`, 'notes/creds.txt')).toEqual([])
    expect(generic("api_token = 'yourtoken1234567'\n", 'README.md')).toEqual([])
    expect(generic("api_token = 'sample7k2m9x4q1z'\n", 'README.md')).toEqual([])
    expect(generic(`api_token = '${v.slice(0, 11)}'\n`, 'README.md')).toEqual([])
  })
})

describe('host names as values', () => {
  it('are where a key is used, not the key', () => {
    expect(generic("secret = '4f2a9c.acme-invoices.net'\n", 'notes/creds.txt')).toEqual([])
    expect(generic("token: 'k3x9w2.eu.acme-cloud.io'\n", 'deploy/config.yml')).toEqual([])
    // Dots inside a random token do not make it a host name.
    const v = `${token(20)}.${token(12)}`
    expect(generic(`token: '${v}'\n`, 'deploy/config.yml')).toEqual([v])
  })
})

describe('long quoted values', () => {
  it('reads a quoted token longer than 1 KB (Entra ID refresh tokens, long-lived JWTs)', () => {
    const v = `0.${token(1500)}`
    expect(generic(`{"refresh_token": "${v}"}\n`, 'cache/token.json')).toEqual([v])
    expect(generic(`acme token = '${v}'\n`, 'notes/creds.txt')).toEqual([v])
  })
})

describe('values that say "my key"', () => {
  it('are stand-ins like "your key"', () => {
    const hex = pick(r, '0123456789abcdef', 40)
    expect(generic(`api_key = 'sk_pr_my_key_${hex}'\n`, 'deploy/config.env')).toEqual([])
    expect(generic(`ACME_TOKEN=my-token-${hex}\n`, 'deploy/.env')).toEqual([])
    expect(generic(`api_key = 'sk_pr_${hex}'\n`, 'deploy/config.env')).toEqual([`sk_pr_${hex}`])
  })
})

describe('Terraform variables named like a secret', () => {
  it('reads the default inside the block', () => {
    const v = token(40)
    const tf = (name: string, value: string): string =>
      `variable "${name}" {\n  type      = string\n  sensitive = true\n  default   = "${value}"\n}\n`
    expect(generic(tf('corp_api_token', v), 'infra/variables.tf')).toEqual([v])
    expect(generic(tf('db_password', v), 'infra/variables.tf')).toEqual([v])
  })

  it('not for other names, blocks without a default, or made-up defaults', () => {
    const v = token(40)
    expect(generic(`variable "region" {\n  default = "${v}"\n}\n`, 'infra/variables.tf')).toEqual(
      []
    )
    expect(
      generic('variable "api_token" {\n  type = string\n}\nlocals {\n  default = "x"\n}\n', 'v.tf')
    ).toEqual([])
    expect(
      generic('variable "api_token" {\n  default = "your-api-token-here"\n}\n', 'v.tf')
    ).toEqual([])
  })
})

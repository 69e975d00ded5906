import { describe, expect, it } from '@jest/globals'
import { basicAuthVerdict, contextOf, secretNameStrength } from '../../src/secrets/generic.js'
import { scanText } from '../../src/secrets/index.js'
import { seeded } from '../helpers/secret-samples.js'

// Values are generated at test time; none is a real credential.
const r = seeded(1010)
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
/** A random token-alphabet value with all three character kinds. */
function token(n = 32): string {
  let s = ''
  while (s.length < n) s += ALNUM[Math.floor(r() * ALNUM.length)]
  return `${s.slice(0, n - 3)}Q7k`
}
const found = (text: string, path: string): string[] =>
  scanText(text, { path }).map(m => `${m.ruleId}:${m.startLine}`)

describe('generic detection in documentation, tuned instead of off', () => {
  it('classifies paths by context', () => {
    expect(contextOf('doc/setup.md')).toBe('docs')
    expect(contextOf('README.rst')).toBe('docs')
    expect(contextOf('notes/creds.txt')).toBe('docs')
    expect(contextOf('examples/app/settings.py')).toBe('docs')
    expect(contextOf('app/settings.py')).toBe('code')
    expect(contextOf('deploy/.env')).toBe('config')
    expect(contextOf('Dockerfile')).toBe('config')
  })

  it('finds a random value pasted into a doc, with or without an extension', () => {
    const v = token()
    for (const path of ['doc/setup.md', 'NOTES.txt', 'guide.rst', 'notes', 'examples/x.adoc'])
      expect({ path, found: found(`Use this:\n\napi_key = "${v}"\n`, path) }).toEqual({
        path,
        found: ['generic-secret-assignment:3']
      })
  })

  it('is stricter there: short, low-variety and stand-in values are not findings', () => {
    for (const line of [
      'password: Xk9mQ2vL7',
      'password = "yourpassword1"',
      'api_key = "my-secret-api-key-here"',
      'token: abcdefgh',
      'SECRET_KEY = "dev"',
      'db_password = "${DB_PASSWORD}"'
    ])
      expect({ line, found: found(`${line}\n`, 'doc/config.md') }).toEqual({ line, found: [] })
    // The same short mixed value counts in a config file.
    expect(found('password: Xk9#mQ2vL7\n', 'deploy/app.yaml')).toEqual([
      'generic-secret-assignment:1'
    ])
  })
})

describe('key and value on nearby lines', () => {
  it('reads YAML and JSON dumps where the value is on the next line', () => {
    const v = token(40)
    expect(found(`api:\n  access_token:\n    '${v}'\n`, 'config.yaml')).toEqual([
      'generic-secret-assignment:3'
    ])
    expect(found(`{\n  "client_secret":\n\n    "${v}",\n  "x": 1\n}\n`, 'dump.json')).toEqual([
      'generic-secret-assignment:4'
    ])
    expect(found(`mapboxApiKey:\n  '${v}',\n`, 'src/config.js')).toEqual([
      'generic-secret-assignment:2'
    ])
  })

  it('reads a name alone on its line in docs, the value alone below it', () => {
    const v = token(40)
    expect(found(`## Credentials\n\n**API key**\n${v}\n`, 'doc/onboarding.md')).toEqual([
      'generic-secret-assignment:4'
    ])
  })

  it('does not read code statements or prose as a name and value', () => {
    const py = 'def f():\n    pass\n\n    @util.non_memoized_property\n    def rowcount(self):\n'
    expect(found(py, 'lib/engine.py')).toEqual([])
    expect(found(`The token\nis sent in every request.\n`, 'doc/auth.md')).toEqual([])
    // Two lines below a blank line and a heading is too far.
    expect(found(`password:\n\n\n# next\n${token()}\n`, 'a.yaml')).toEqual([])
  })
})

describe('values inside XML elements named like a secret', () => {
  it('reads `<password>…</password>` and Jenkins `{…}` encrypted secrets', () => {
    const v = token()
    expect(found(`<server>\n  <password>${v}</password>\n</server>\n`, 'settings.xml')).toEqual([
      'generic-secret-assignment:2'
    ])
    expect(found(`<secret>{${v}=}</secret>\n`, 'credentials.xml')).toEqual([
      'generic-secret-assignment:1'
    ])
    expect(found(`<secret>{note AQAAABAAA ${v}}</secret>\n`, 'creds')).toEqual([
      'generic-secret-assignment:1'
    ])
    // A name longer than the value is not the value.
    const short = token(20)
    expect(
      scanText(`<secret>{ACME_SERVICE_ACCESS_KEY AQAAABAAA ${short}}</secret>\n`, {
        path: 'credentials.xml'
      }).map(m => m.value)
    ).toEqual([short])
  })

  it('judges the text like any value: stand-ins, phrases, references and other tags are not findings', () => {
    for (const line of [
      '<password>${env.DEPLOY_PASSWORD}</password>',
      '<password>correct horse battery staple</password>',
      '<apiKey>your-api-key-here</apiKey>',
      '<password>hunter2</password>',
      `<description>${token()}</description>`,
      `<password>${token()}</other>`
    ])
      expect({ line, found: found(`${line}\n`, 'settings.xml') }).toEqual({ line, found: [] })
  })
})

describe('names and values', () => {
  it('grades names: strong, weak (needs a stricter value) or none', () => {
    expect(secretNameStrength('api_key')).toBe('strong')
    expect(secretNameStrength('querykey')).toBe('strong')
    expect(secretNameStrength('jenkinsToken')).toBe('strong')
    expect(secretNameStrength('salesforce_key1')).toBe('weak')
    expect(secretNameStrength('key')).toBe('weak')
    expect(secretNameStrength('sort_key')).toBeUndefined()
    expect(secretNameStrength('key', ['license'])).toBe('strong')
    expect(secretNameStrength('key', ['public'])).toBeUndefined()
  })

  it('a name that is none on its own stays none whatever words come before it', () => {
    // findGenericAssignments turns such names away before reading the words before them: this
    // fails when a word before a name could ever make it a secret's.
    const words = [
      'key',
      'keys',
      'token',
      'tokens',
      'pass',
      'pw',
      'password',
      'secret',
      'auth',
      'api',
      'sort',
      'csrf',
      'next',
      'public',
      'license',
      'access',
      'x',
      'my',
      'var',
      'db',
      'name',
      'query',
      'count',
      'primary',
      'session',
      'client',
      'apikey',
      'passwd',
      'id',
      'type',
      '2'
    ]
    const r = seeded(5)
    const pick = (): string => words[Math.floor(r() * words.length)] as string
    const joins = ['_', '-', '.', '']
    let none = 0
    let rescued = 0
    for (let round = 0; round < 4000; round++) {
      const parts = Array.from({ length: 1 + Math.floor(r() * 3) }, pick)
      const join = joins[Math.floor(r() * joins.length)] as string
      const name =
        r() < 0.3 ? parts.map(w => w[0]?.toUpperCase() + w.slice(1)).join('') : parts.join(join)
      if (secretNameStrength(name) !== undefined) continue
      none++
      const prefix = Array.from({ length: 1 + Math.floor(r() * 3) }, pick)
      if (secretNameStrength(name, prefix) !== undefined) rescued++
    }
    expect(none).toBeGreaterThan(500)
    expect(rescued).toBe(0)
  })

  it('reads `Authorization: Bearer …` inside a header string', () => {
    const v = token(40)
    expect(found(`HEADER = "Authorization: Bearer ${v}"\n`, 'client.py')).toEqual([
      'generic-secret-assignment:1'
    ])
  })

  it('judges Basic credentials by the password inside', () => {
    const b64 = (s: string): string => Buffer.from(s).toString('base64')
    expect(basicAuthVerdict(b64('user:'))).toBe('not-secret')
    expect(basicAuthVerdict(b64('scott:tiger'))).toBe('not-secret')
    expect(basicAuthVerdict(b64(`svc:${token(20)}`))).toBe('secret')
    expect(found(`"Proxy-Authorization": "Basic ${b64('user:')}"\n`, 't.py')).toEqual([])
  })

  it('needs a token alphabet for tokens and keys, not for passwords', () => {
    const v = token(20)
    const odd = `${v.slice(0, 10)}^${v.slice(10)}`
    expect(found(`api_token = "${odd}"\n`, 'a.py')).toEqual([])
    expect(found(`db_password = "${odd}"\n`, 'a.py')).toEqual(['generic-secret-assignment:1'])
  })

  it('counts a random UUID under a token name, not a made-up one', () => {
    const hex = (): string => Math.floor(r() * 16).toString(16)
    const part = (n: number): string => Array.from({ length: n }, hex).join('')
    const uuid = `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`
    expect(found(`BILLING_TOKEN=${uuid}\n`, '.env')).toEqual(['generic-secret-assignment:1'])
    expect(found('BILLING_TOKEN=12345678-1234-1234-1234-123456789012\n', '.env')).toEqual([])
    expect(found(`request_id = "${uuid}"\n`, 'a.py')).toEqual([])
  })

  it('leaves provider-prefixed lookalikes to the provider rule', () => {
    expect(found('GOOGLE_KEY = "AIza-NegnfrK_1WNhwcfQfC3"\n', 'a.py')).toEqual([])
  })

  it('judges values whose prefix is a plain word (live_, key-) itself', () => {
    // Twitch's stream keys start with live_, and so do other providers' keys: Twitch's format
    // rejecting a value says nothing about whether it is someone else's key.
    expect(found(`LOB_API_KEY = "live_${token(36)}"\n`, 'a.py')).toEqual([
      'generic-secret-assignment:1'
    ])
  })

  it('does not take words with a number for secrets', () => {
    expect(found('red = Room(token="Orange-2", color=red)\n', 'test_x.py')).toEqual([])
  })

  it('does not read a label string that starts with the name (`"Password:"`) as an assignment', () => {
    const line =
      'i18n={usernameLabel:"Username:",passwordLabel:"Password:",rememberMeLabel:"Stay signed in:"}'
    expect(found(`${line}\n`, 'login.min.js')).toEqual([])
    expect(found(`${line}\n`, 'notes')).toEqual([])
    // The name closing its own quote is still a JSON key.
    expect(found(`{"password":"${token()}"}\n`, 'notes')).toEqual(['generic-secret-assignment:1'])
  })
})

describe('the words before a name are part of what is remembered about it', () => {
  it('judges `api key` and `the key` each on its own words, whichever comes first', () => {
    // The judgement of a name is cached with the exact characters read before it; a cache keyed
    // on less (the name alone, or only up to the nearest line start) would answer the second
    // line with the first one's verdict.
    const v = token(24)
    const generic = (text: string): number =>
      found(text, 'settings.conf').filter(f => f.startsWith('generic')).length
    for (let round = 0; round < 2; round++) {
      expect(generic(`the key = "${v}"`)).toBe(0)
      expect(generic(`api key = "${v}"`)).toBe(1)
      expect(generic(`\tthe key = "${v}"`)).toBe(0)
      expect(generic(`x\tapi key = "${v}"`)).toBe(1)
    }
  })
})

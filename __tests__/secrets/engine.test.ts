import { describe, expect, it } from '@jest/globals'
import { GENERATORS, seeded } from '../helpers/secret-samples.js'
import {
  base62,
  crc32,
  validBase62Crc32Token,
  validBech32,
  withBase62Crc32
} from '../../src/secrets/checksum.js'
import { isSecretName, looksLikeSecretValue } from '../../src/secrets/generic.js'
import { KeywordPrefilter } from '../../src/secrets/prefilter.js'
import { detectSecretValues, maskSecret, scanText } from '../../src/secrets/index.js'

const r = seeded(2026)
const gh = (): string =>
  (GENERATORS['github-pat'] as (x: () => number) => { value: string })(r).value

describe('checksums', () => {
  it('computes CRC-32 (IEEE) and base62 like GitHub', () => {
    expect(crc32('123456789')).toBe(0xcbf43926)
    expect(base62(0, 6)).toBe('000000')
    expect(base62(61, 1)).toBe('z')
    expect(base62(62, 2)).toBe('10')
  })

  it('accepts GitHub/npm tokens with a valid checksum and rejects a changed one', () => {
    const token = withBase62Crc32('ghp_', 'Zx8Qw2Lk9Pm4Nb7Vc1Rt5Yh3Gf6Ds0')
    expect(validBase62Crc32Token(token)).toBe(true)
    const flipped = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a')
    expect(validBase62Crc32Token(flipped)).toBe(false)
    // A change in the random part breaks it too.
    expect(validBase62Crc32Token(token.replace('Zx8', 'Zx9'))).toBe(false)
    const npm = withBase62Crc32('npm_', 'Zx8Qw2Lk9Pm4Nb7Vc1Rt5Yh3Gf6Ds0')
    expect(validBase62Crc32Token(npm)).toBe(true)
  })

  it('reports a checksum-valid ghp_ token high and a lookalike low, saying so, never as generic', () => {
    const token = gh()
    const bad = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA')
    const judged = (text: string): unknown[] =>
      scanText(text).map(m => [m.ruleId, m.severity, m.confidence, m.checksumMismatch ?? false])
    expect(judged(`GITHUB_TOKEN = "${token}"`)).toEqual([['github-pat', 'high', 'high', false]])
    expect(judged(`GITHUB_TOKEN = "${bad}"`)).toEqual([['github-pat', 'low', 'low', true]])
    // A lookalike with too little randomness to have been a token is not reported at all.
    expect(judged(`GITHUB_TOKEN = "ghp_${'ab'.repeat(18)}"`)).toEqual([])
  })

  it('validates bech32 (age keys) both ways', () => {
    const age = (GENERATORS['age-secret-key'] as (x: () => number) => { value: string })(r).value
    expect(validBech32(age)).toBe(true)
    expect(validBech32(age.slice(0, -1) + (age.endsWith('Q') ? 'P' : 'Q'))).toBe(false)
  })
})

describe('prefilter', () => {
  it('finds every occurrence of every keyword, case-insensitively, overlapping ones too', () => {
    const pf = new KeywordPrefilter(['ghp_', 'key', 'api_key', 'secret'])
    const hits = pf.scan('API_KEY=1; my_secret; GHP_x; keyKEY')
    const found = hits.map(h => [h.keyword, h.start])
    expect(found).toEqual([
      [2, 0],
      [1, 4],
      [3, 14],
      [0, 22],
      [1, 29],
      [1, 32]
    ])
  })

  it('handles non-ASCII text without false hits', () => {
    const pf = new KeywordPrefilter(['pass'])
    expect(pf.scan('mot de passe: pässwörd, ÿpass').map(h => h.start)).toEqual([7, 25])
  })

  it('agrees with a plain search on random texts (upper case, NUL and non-ASCII included)', () => {
    // The automaton folds ASCII case and reads every non-ASCII code unit (and NUL) as one
    // character; the reference does the same with strings and startsWith.
    const keywords = [
      'key',
      'api_key',
      'ghp_',
      'pass',
      'passwd',
      'sk-',
      'ünï',
      'a€b',
      'KEY2',
      'y_k'
    ]
    const norm = (s: string): string =>
      Array.from(s, ch => {
        const c = ch.charCodeAt(0)
        return c >= 128 || c === 0 ? '\u0000' : ch.toLowerCase()
      }).join('')
    const pf = new KeywordPrefilter(keywords)
    const alphabet = [
      'k',
      'K',
      'e',
      'E',
      'y',
      'Y',
      '_',
      'a',
      'p',
      'I',
      's',
      'S',
      'w',
      'd',
      '-',
      '2'
    ]
    const odd = ['ü', 'n', 'ï', '€', 'b', '\u0000', 'x', 'é', 'g', 'h', ' ']
    const r = seeded(7)
    for (let round = 0; round < 300; round++) {
      let text = ''
      const length = Math.floor(r() * 200)
      while (text.length < length)
        text +=
          r() < 0.2
            ? (keywords[Math.floor(r() * keywords.length)] as string)
            : r() < 0.7
              ? (alphabet[Math.floor(r() * alphabet.length)] as string)
              : (odd[Math.floor(r() * odd.length)] as string)
      const t = norm(text)
      const expected: Array<[number, number]> = []
      keywords.forEach((k, keyword) => {
        const nk = norm(k.toLowerCase())
        for (let at = t.indexOf(nk); at !== -1; at = t.indexOf(nk, at + 1))
          expected.push([at, keyword])
      })
      const hits = pf.scan(text)
      const ends = hits.map(h => h.start + (keywords[h.keyword] as string).length)
      expect(ends).toEqual([...ends].sort((a, b) => a - b))
      const byStart = (a: [number, number], b: [number, number]): number =>
        a[0] - b[0] || a[1] - b[1]
      expect(hits.map(h => [h.start, h.keyword] as [number, number]).sort(byStart)).toEqual(
        expected.sort(byStart)
      )
    }
  })
})

describe('prefilter over ASCII bytes', () => {
  it('finds what the text scan finds, hit for hit, on random ASCII texts (NUL and controls too)', () => {
    const keywords = ['key', 'api_key', 'ghp_', 'pass', 'passwd', 'sk-', 'ünï', 'KEY2', 'y_k']
    const pf = new KeywordPrefilter(keywords)
    const pieces = [...keywords.filter(k => !/[^ -~]/.test(k)), 'K', 'E', 'Y', '_', 'a']
    const r = seeded(11)
    let hits = 0
    for (let round = 0; round < 300; round++) {
      let text = ''
      const length = Math.floor(r() * 200)
      while (text.length < length)
        text +=
          r() < 0.3
            ? (pieces[Math.floor(r() * pieces.length)] as string)
            : String.fromCharCode(Math.floor(r() * 128))
      const fromText = pf.scan(text)
      hits += fromText.length
      expect(pf.scanAscii(Buffer.from(text, 'latin1'))).toEqual(fromText)
    }
    expect(hits).toBeGreaterThan(300)
  })

  it('scanText gives the same matches with and without the ASCII bytes', () => {
    const text = [
      'API_KEY = "9fK2mQ7xL4pR8sT1vW3yZ6bN0cD5eH"',
      `token: ghp_${'x'.repeat(36)}`,
      'password = "correct-horse-Battery-9"',
      '\u0000 aws_access_key_id = AKIAIOSFODNN7EXAMPLX'
    ].join('\n')
    const bytes = Buffer.from(text, 'latin1')
    const plain = scanText(text, { path: 'config/settings.yml' })
    expect(plain.length).toBeGreaterThan(0)
    expect(scanText(text, { path: 'config/settings.yml', ascii: bytes })).toEqual(plain)
  })
})

describe('generic detector', () => {
  it.each([
    ['DB_PASSWORD', true],
    ['dbPassword', true],
    ['client_secret', true],
    ['SECRET_KEY', true],
    ['api_key', true],
    ['apiToken', true],
    ['Authorization', true],
    ['key', false],
    ['sort_key', false],
    ['password_file', false],
    ['token_type', false],
    ['csrf_token', false],
    ['max_tokens', false],
    ['public_key', false],
    ['secret_id', false],
    ['account_key', true],
    ['passenger', false],
    ['tokenizer', false]
  ])('name %s secret-ish: %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected)
  })

  it.each([
    ['Xk9#mQ2vL7pZ', true],
    ['s3cr3t-Pa55w0rd!', true],
    ['4f8a1c9e7b2d6f3a9c0e5d7b1a3f8e2c', true],
    ['62d91b17309e76c8', false],
    ['arn:aws:kms:us-west-2:417498243647:key/c9fe', false],
    ['eyJ2IjoiMSIsInMiOjEsImMiOi...', false],
    ['changeme', false],
    ['password123', false],
    ['mysecretpassword', false],
    ['${DB_PASSWORD}', false],
    // Cut inside a nested JS template (bundled proxy-auth code): not a literal.
    ['Basic ${Buffer.from(', false],
    ['abc123xyz456', false],
    ['<password>', false],
    ['12345678', false],
    ['abcdefghijk', false],
    ['settings.DATABASE_PASSWORD', false],
    ['not a secret at all', false]
  ])('value %s secret-like: %s', (value, expected) => {
    expect(looksLikeSecretValue(value, true)).toBe(expected)
  })

  it('reads Python, YAML, JSON, .env, JS, shell and header forms', () => {
    const v = 'Qm7-vX2pL9zK4w'
    const forms = [
      `DB_PASSWORD = "${v}"`,
      `db_password: ${v}`,
      `"dbPassword": "${v}"`,
      `DB_PASSWORD=${v}`,
      `const apiToken = '${v}';`,
      `export ADMIN_PASS="${v}"`,
      `connect(host="db", password="${v}")`,
      `headers["Authorization"] = "Bearer ${v}"`,
      `$password = '${v}';`,
      `<add key="ClientSecret" value="x" />\nclient_secret := "${v}"`
    ]
    for (const f of forms) {
      const found = scanText(f, { path: 'x.cfg' }).map(m => m.value)
      expect({ f, found }).toEqual({ f, found: [v] })
    }
  })

  it('needs quotes in code files, where a bare value is an expression', () => {
    expect(scanText('password = get_password_from_vault_Xk9', { path: 'a.py' })).toEqual([])
    expect(scanText('password = Xk9#mQ2vL7pZ', { path: '.env' }).length).toBe(1)
  })

  it('ignores comparisons and type annotations', () => {
    expect(scanText('if password == "Xk9#mQ2vL7pZ": pass', { path: 'a.py' })).toEqual([])
    expect(scanText('def f(password: str = None): ...', { path: 'a.py' })).toEqual([])
  })
})

describe('scanText', () => {
  it('reports line and column span of the value', () => {
    const token = gh()
    const text = `a = 1\n\n    x = f("${token}")\n`
    const [m] = scanText(text)
    expect(m?.startLine).toBe(3)
    expect(m?.startColumn).toBe(12)
    expect(m?.endColumn).toBe(12 + token.length)
    expect(text.split('\n')[2]?.slice((m?.startColumn ?? 0) - 1, (m?.endColumn ?? 0) - 1)).toBe(
      token
    )
  })

  it('marks runguard:allow lines as allowed but still returns them (for redaction)', () => {
    const token = gh()
    const [m] = scanText(`TOKEN = "${token}"  # runguard:allow test fixture`)
    expect(m?.allowedInline).toBe(true)
    expect(m?.value).toBe(token)
  })

  it('pairs an AWS key id with a nearby secret that has no telling name', () => {
    // Generated at test time: no credential-shaped literal is committed.
    const gen = (id: string): string =>
      (GENERATORS[id] as (x: () => number) => { value: string })(r).value
    const text = `creds = {\n  "id": "${gen('aws-access-key-id')}",\n  "value": "${gen('aws-secret-access-key')}",\n}`
    const found = scanText(text).map(m => [m.ruleId, m.confidence])
    expect(found).toEqual([
      ['aws-access-key-id', 'high'],
      ['aws-secret-access-key', 'high']
    ])
  })

  it('reports a secret once even when several rules see it', () => {
    const token = gh()
    expect(scanText(`api_token = "${token}"`).map(m => m.ruleId)).toEqual(['github-pat'])
  })

  it('finds a PEM key whose newlines are JSON-escaped', () => {
    const body = Array.from(
      { length: 6 },
      (_, i) => `MIIEv${i}` + 'Qk9xZ2Lm4Pw7Rt1Yv8Nb3Hc6Jd0Fs5Ga2Ke9Ux4Wq7Zo1Ip3Mr6Ty8Lh0Vj2Cn5Bx'
    ).join('\\n')
    const text = `{"key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n"}`
    expect(scanText(text).map(m => m.ruleId)).toEqual(['private-key'])
  })

  it('does not report public keys or certificates', () => {
    const text = `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1cD2hG9ks8Qz3nBv7XyW0aPqR5tL2m\n-----END PUBLIC KEY-----\n-----BEGIN CERTIFICATE-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1cD2hG9ks8Qz3nBv7XyW0aPqR5tL2m\n-----END CERTIFICATE-----`
    expect(scanText(text)).toEqual([])
  })

  it('survives non-UTF-8 garbage and NUL characters', () => {
    const junk = Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1]).toString('utf8')
    const token = gh()
    expect(scanText(`${junk}\ntoken="${token}"${junk}`).map(m => m.value)).toEqual([token])
  })
})

describe('masking and redaction helpers', () => {
  it('shows at most 4 characters and fewer for short values', () => {
    expect(maskSecret('ghp_abcdefghijklmnopqrstuvwxyz0123456789')).toBe('ghp_…')
    expect(maskSecret('Xk9#mQ2v')).toBe('Xk…')
    expect(maskSecret('abc')).toBe('…')
  })

  it('detectSecretValues returns raw values for the redactor', () => {
    const token = gh()
    expect(detectSecretValues(`deploying with ${token} now`)).toEqual([token])
    expect(detectSecretValues('nothing here')).toEqual([])
  })
})

describe('false positives seen in real packages (bench/secrets large tree)', () => {
  it.each([
    `token = r"[-!#$%&'*+.^_\`|~0-9a-zA-Z]+"`,
    'For example `{"Proxy-Authorization": "Basic <username>:<password>"}`.',
    'url = httpx.URL("HTTPS://jo%40email.com:a%20secret@example.de:1234/path")',
    'request.headers["Authorization"] = f"Bearer {self.context.current_tokens.access_token}"',
    `db = SqlCipherDatabase('/path/to/my.db', passphrase="don'tuseme4real")`,
    "mhu = MultiHostUrl('https://foo.com:123,foo:bar@bar.com/path')",
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9.4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg'
  ])('%s', line => {
    expect(scanText(line, { path: 'pkg/module.py' }).map(m => m.ruleId)).toEqual([])
  })
})

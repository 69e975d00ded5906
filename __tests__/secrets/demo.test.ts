import { describe, expect, it } from '@jest/globals'
import { DEMO_CREDENTIALS, demoReason, isLocalHost } from '../../src/secrets/demo.js'
import { scanText } from '../../src/secrets/index.js'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'

// Real-format values are generated at test time; none is a real credential.
const r = seeded(31337)
const gen = (id: string): Sample => (GENERATORS[id] as (x: () => number) => Sample)(r)
const rules = (text: string, path = 'app/settings.py', demo?: 'skip' | 'report'): string[] =>
  scanText(text, { path, ...(demo ? { demo } : {}) }).map(m => m.ruleId)

describe('known demo and placeholder credentials (src/secrets/demo-credentials.json)', () => {
  it('is data: every entry says why it is there and every pattern compiles', () => {
    for (const e of DEMO_CREDENTIALS.exampleKeys) expect(e.source.length).toBeGreaterThan(10)
    for (const e of DEMO_CREDENTIALS.passwords) expect(e.why.length).toBeGreaterThan(3)
    for (const e of DEMO_CREDENTIALS.pairs) expect(e.why.length).toBeGreaterThan(3)
    for (const p of DEMO_CREDENTIALS.placeholders) expect(() => new RegExp(p.pattern)).not.toThrow()
  })

  it.each([
    'engine = create_engine("postgresql://scott:tiger@db.acme-corp.io/test")',
    'engine = create_engine("oracle+cx_oracle://scott:tiger@127.0.0.1:1521/sidname")',
    'DATABASE_URL = "postgres://postgres:postgres@localhost:5432/app"',
    'DATABASE_URL = "postgres://postgres:postgres@db:5432/app"',
    'BROKER = "amqp://guest:guest@localhost:5672//"',
    'DSN = "mysql://some_user:some_pass@dbhost.acme-corp.io/app"',
    'MIRROR = "https://user:pass@mirror.acme-corp.io/simple"',
    'db_password = "changeme"',
    'AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"',
    'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
    'DB_PASSWORD = "${DB_PASSWORD}"',
    'DB_PASSWORD = "%(password)s"',
    'DB_PASSWORD = "<password>"',
    'DB_PASSWORD = "xxxxxxxxxxxx"',
    'DB_PASSWORD = "****************"',
    'api_key = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"'
  ])('%s is not a finding', line => {
    expect(rules(`${line}\n`)).toEqual([])
  })

  it('keeps demo pairs local where the list says so', () => {
    expect(demoReason({ value: 'postgres', user: 'postgres', host: 'localhost' })).toBeDefined()
    expect(demoReason({ value: 'postgres', user: 'postgres', host: 'db.acme.io' })).toBeUndefined()
    expect(isLocalHost('localhost')).toBe(true)
    expect(isLocalHost('[::1]')).toBe(true)
    expect(isLocalHost('db')).toBe(true)
    expect(isLocalHost('api.example.com')).toBe(true)
    expect(isLocalHost('db.acme-corp.io')).toBe(false)
  })

  it('treats a URL credential for a local host as an example in docs only', () => {
    const pwd = gen('generic-secret-assignment').value.replace(/[^A-Za-z0-9]/g, '')
    const line = `postgresql://app:${pwd}@pghost/appdb\n`
    expect(rules(line, 'docs/engines.rst')).toEqual([])
    expect(rules(line, 'deploy/app.env')).toEqual(['database-url-password'])
  })

  it('still reports a real-format key next to the demo ones', () => {
    const gh = gen('github-pat').value
    expect(
      rules(`A = "AKIAIOSFODNN7EXAMPLE"\nB = "postgresql://scott:tiger@localhost/x"\nT = "${gh}"\n`)
    ).toEqual(['github-pat'])
  })

  it('reports them all with demo: report (secrets-demo-credentials: report)', () => {
    expect(rules('engine = create_engine("postgresql://scott:tiger@localhost/test")\n')).toEqual([])
    expect(
      rules(
        'engine = create_engine("postgresql://scott:tiger@db.acme.io/test")\n',
        'a.py',
        'report'
      )
    ).toEqual(['database-url-password'])
  })

  it('says why a value is a demo', () => {
    expect(demoReason({ value: 'tiger', user: 'scott', host: 'localhost' })).toMatch(/Oracle/)
    expect(demoReason({ value: 'Zq8vK2', user: 'svc', host: 'db.acme.io' })).toBeUndefined()
  })
})

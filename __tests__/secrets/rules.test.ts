import { describe, expect, it } from '@jest/globals'
import { GENERATORS, hardNegatives, seeded, type Sample } from '../helpers/secret-samples.js'
import { RULES, scanText } from '../../src/secrets/index.js'

// Every value here is generated at test time in the provider's format; none is a real credential.

/** The sample as it appears in a Python settings file. */
function planted(sample: Sample): string {
  const body = sample.snippet ?? sample.value
  return sample.snippet && sample.snippet.includes('\n')
    ? `# config\n${body}\n`
    : `import os\n\n${sample.name} = "${body}"\n`
}

/** Near misses where halving the value still leaves a valid variable-length format. */
const NEAR_MISS: Record<string, string> = {
  'slack-legacy-token': 'SLACK = "xoxs-not-a-token-value"',
  'pypi-upload-token': 'TWINE_PASSWORD = "pypi-AgEIcHlwaS5vcmcabcdefgh"',
  'docker-config-auth': `{"auths": {"r.io": {"auth": "${Buffer.from('nocolonhere12345').toString('base64')}"}}}`,
  'onepassword-service-token': 'OP = "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSJ9"',
  'grafana-cloud-token': 'GRAFANA = "glc_short"',
  'database-url-password': 'DATABASE_URL = "postgresql://svc:${DB_PASSWORD}@db.internal/app"',
  'putty-private-key':
    'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nAAAAB3Nza\nPrivate-MAC: 00',
  'url-basic-auth': 'MIRROR = "https://user:password@example.com/simple/"'
}

/** A near miss: the same value cut in half (too short for the format, or structure broken). */
function nearMiss(sample: Sample): string {
  const fixed = NEAR_MISS[sample.ruleId]
  if (fixed !== undefined) return `${fixed}\n`
  const cut = (v: string): string => v.slice(0, Math.floor(v.length / 2))
  if (sample.snippet)
    return planted({ ...sample, snippet: sample.snippet.replace(sample.value, cut(sample.value)) })
  return `value = "${cut(sample.value)}"\n`
}

describe('rule set', () => {
  it('covers at least 50 credential types, each with a generator', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(50)
    const missing = RULES.map(r => r.id).filter(id => !(id in GENERATORS))
    expect(missing).toEqual([])
  })

  it('has unique ids, keywords in lower case and a secret group or finder', () => {
    expect(new Set(RULES.map(r => r.id)).size).toBe(RULES.length)
    for (const rule of RULES) {
      for (const kw of rule.keywords) expect(kw).toBe(kw.toLowerCase())
      expect(rule.pattern !== undefined || rule.find !== undefined).toBe(true)
    }
  })
})

describe.each(RULES.map(r => r.id))('%s', ruleId => {
  const gen = GENERATORS[ruleId] as (r: () => number) => Sample

  it('finds generated values in the real format', () => {
    const r = seeded(ruleId.length * 7919)
    for (let i = 0; i < 5; i++) {
      const sample = gen(r)
      const text = planted(sample)
      const matches = scanText(text, { path: 'app/settings.py' })
      const hit = matches.find(m => m.ruleId === ruleId)
      expect({ ruleId, found: hit?.value === sample.value }).toEqual({ ruleId, found: true })
      // Position: the reported span is exactly the value.
      const lines = text.split('\n')
      const line = lines[(hit?.startLine ?? 1) - 1] ?? ''
      if (hit && hit.startLine === hit.endLine) {
        expect(line.slice(hit.startColumn - 1, hit.endColumn - 1)).toBe(sample.value)
      }
    }
  })

  it('ignores a near miss of the same format', () => {
    const r = seeded(ruleId.length * 104729)
    const sample = gen(r)
    const matches = scanText(nearMiss(sample), { path: 'app/settings.py' })
    expect(matches.filter(m => m.ruleId === ruleId).map(m => m.masked)).toEqual([])
  })

  it('masks to at most 4 characters and fingerprints without the value', () => {
    const sample = gen(seeded(3))
    const [hit] = scanText(planted(sample)).filter(m => m.ruleId === ruleId)
    if (!hit) return
    expect(hit.masked.endsWith('…')).toBe(true)
    expect(hit.masked.length).toBeLessThanOrEqual(5)
    expect(hit.fingerprint).not.toContain(sample.value)
    expect(hit.fingerprint).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('hard negatives', () => {
  it.each(hardNegatives(seeded(42)).map(n => [n.family, n.line]))('%s: %s', (_family, line) => {
    expect(scanText(`${line}\n`, { path: 'config/settings.py' }).map(m => m.ruleId)).toEqual([])
  })
})

import { describe, expect, it } from '@jest/globals'
import { hardNegatives, seeded } from '../helpers/secret-samples.js'
import { scanText } from '../../src/secrets/index.js'
import { RULES, SampleKit, type ProviderRule } from '../../src/secrets/rules/index.js'

// Every sample is built at test time from a fixed prefix and a seeded random body (see
// src/secrets/rules/sample-kit.ts); none is a real credential and none is written in the repo.

const PATH = 'app/settings.py'
const SEEDS = [1, 2, 3]

function samples(rule: ProviderRule, kind: 'tps' | 'fps'): Array<[number, string]> {
  return SEEDS.flatMap(seed =>
    rule.samples[kind](new SampleKit(seed * 7919 + rule.id.length)).map(
      t => [seed, t] as [number, string]
    )
  )
}

describe('rule set', () => {
  it('has unique ids, lower-case keywords, a secret group or finder, and samples both ways', () => {
    expect(new Set(RULES.map(r => r.id)).size).toBe(RULES.length)
    for (const rule of RULES) {
      expect({ id: rule.id, id_ok: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id) }).toEqual({
        id: rule.id,
        id_ok: true
      })
      for (const kw of rule.keywords) expect(kw).toBe(kw.toLowerCase())
      expect(rule.keywords.length).toBeGreaterThan(0)
      expect(rule.pattern !== undefined || rule.find !== undefined).toBe(true)
      const kit = new SampleKit(1)
      expect({ id: rule.id, tps: rule.samples.tps(kit).length > 0 }).toEqual({
        id: rule.id,
        tps: true
      })
      expect({ id: rule.id, fps: rule.samples.fps(kit).length > 0 }).toEqual({
        id: rule.id,
        fps: true
      })
    }
  })
})

describe.each(RULES.map(r => [r.id, r] as const))('%s', (_id, rule) => {
  it('finds every positive sample, by this rule, at the exact span of the value', () => {
    for (const [seed, text] of samples(rule, 'tps')) {
      const matches = scanText(text, { path: PATH })
      const hit = matches.find(m => m.ruleId === rule.id)
      // The seed and the rules that did fire say what went wrong without printing the value.
      expect({ seed, found: hit !== undefined, others: matches.map(m => m.ruleId) }).toEqual({
        seed,
        found: true,
        others: expect.arrayContaining([rule.id])
      })
      if (!hit) continue
      const lines = text.split('\n')
      const first = lines[hit.startLine - 1] ?? ''
      if (hit.startLine === hit.endLine) {
        expect(first.slice(hit.startColumn - 1, hit.endColumn - 1)).toBe(hit.value)
      }
      expect(text.includes(hit.value)).toBe(true)
      expect(hit.masked.endsWith('…')).toBe(true)
      expect(hit.masked.length).toBeLessThanOrEqual(5)
      expect(hit.fingerprint).toMatch(/^[0-9a-f]{32}$/)
      expect(hit.fingerprint).not.toContain(hit.value)
    }
  })

  it('has a keyword in every positive sample (the prefilter must let it through)', () => {
    for (const [seed, text] of samples(rule, 'tps')) {
      const lower = text.toLowerCase()
      expect({ seed, keyword: rule.keywords.some(k => lower.includes(k)) }).toEqual({
        seed,
        keyword: true
      })
    }
  })

  it('reports nothing for its near misses', () => {
    for (const [seed, text] of samples(rule, 'fps')) {
      // A checksum lookalike is reported only as such: low severity, saying the checksum fails.
      const all = scanText(text, { path: PATH }).filter(m => m.ruleId === rule.id)
      for (const m of all.filter(m => m.checksumMismatch))
        expect([rule.validation, m.severity, m.confidence]).toEqual(['checksum', 'low', 'low'])
      const found = all.filter(m => !m.checksumMismatch)
      expect({ seed, text: found.length ? text : '', found: found.map(m => m.masked) }).toEqual({
        seed,
        text: '',
        found: []
      })
    }
  })
})

describe('hard negatives', () => {
  it.each(hardNegatives(seeded(42)).map(n => [n.family, n.line]))('%s: %s', (_family, line) => {
    // A checksum lookalike is reported low and says so; nothing else is reported.
    const found = scanText(`${line}\n`, { path: 'config/settings.py' })
    for (const m of found.filter(m => m.checksumMismatch)) expect(m.severity).toBe('low')
    expect(found.filter(m => !m.checksumMismatch).map(m => m.ruleId)).toEqual([])
  })
})

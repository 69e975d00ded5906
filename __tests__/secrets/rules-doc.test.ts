import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { renderSecretRulesDoc } from '../../scripts/secret-rules-doc.js'
import { RULES, serviceProviders } from '../../src/secrets/rules/index.js'

describe('docs/secret-rules.md', () => {
  it('is current (run npm run gen:docs)', () => {
    expect(readFileSync('docs/secret-rules.md', 'utf8')).toBe(renderSecretRulesDoc())
  })

  it('counts at least 200 services with specific rules', () => {
    expect(serviceProviders().length).toBeGreaterThanOrEqual(200)
    expect(RULES.length).toBeGreaterThan(serviceProviders().length)
  })
})

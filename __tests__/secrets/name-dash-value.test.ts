import { describe, expect, it } from '@jest/globals'
import { scanText } from '../../src/secrets/index.js'
import { SampleKit } from '../../src/secrets/rules/index.js'

// Values are generated at test time from a seeded kit; none is a real credential.
const s = new SampleKit(4242)
const rulesIn = (text: string, path = 'notes/creds.txt'): string[] =>
  scanText(text, { path }).map(m => m.ruleId)

describe('keyword rules read "<service> <name> - <value>"', () => {
  it('takes a dash between spaces as the separator, as lists and notes write it', () => {
    expect(rulesIn(`okta token - '00${s.url(40)}'`)).toContain('okta-api-token')
    expect(rulesIn(`- Zendesk API token - ${s.alnum(40)}`)).toContain('zendesk-api-token')
  })

  it('does not take a dash inside a word for a separator', () => {
    expect(rulesIn(`okta-00${s.url(40)}`)).not.toContain('okta-api-token')
    expect(rulesIn(`okta token -00${s.url(40)}`)).not.toContain('okta-api-token')
  })

  it('still needs the documented format after the dash', () => {
    const value = `00${s.url(40)}`
    const altered = `${value.slice(0, 20)}?${value.slice(21)}`
    expect(rulesIn(`okta token - '${altered}'`)).not.toContain('okta-api-token')
    expect(rulesIn(`okta token - '${value.slice(0, -1)}'`)).not.toContain('okta-api-token')
  })
})

import { describe, expect, it } from '@jest/globals'
import { scanText } from '../../src/secrets/index.js'
import { SampleKit } from '../../src/secrets/rules/index.js'

// Hostile inputs for the rules that read several arguments or joined lines: a 1 MiB run of
// what each pattern looks for, never completed, then one real-looking value at the end. The
// scan must finish (no timing is asserted) and still find that value, by the right rule.
// Values are built at test time from a seeded generator; none is a real credential.

const MIB = 1024 * 1024

function hostile(unit: string, tail: string): string {
  return unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB) + '\n' + tail + '\n'
}

const s = new SampleKit(20261129)
const password = `${s.alnum(14)}9`
const vaultToken = `s.${s.alnum(23)}7`
const hubspotKey = s.uuid()
const cases: Array<[string, string, string, string]> = [
  [
    'curl-basic-auth',
    'curl -X POST https://h.corp/x \\\n',
    `curl -X POST https://h.corp/token \\\n  -u deploy-${s.lower(5)}:${password}`,
    password
  ],
  ['curl-basic-auth', 'curl -u abcdef ', `curl -u deploy:${password} https://h.corp/`, password],
  [
    'dotnet-network-credential',
    'new NetworkCredential("a", ',
    `c.Credentials = new NetworkCredential("ci", "${password}");`,
    password
  ],
  [
    'dotnet-network-credential',
    `NetworkCredential("${'a'.repeat(200)}`,
    `c.Credentials = new NetworkCredential("ci", "${password}");`,
    password
  ],
  [
    'ldap-bind-password',
    'DirectoryEntry("LDAP://x", "u", ',
    `new DirectoryEntry("LDAP://dc01.corp", "svc", "${password}")`,
    password
  ],
  [
    'ldap-bind-password',
    `DirectoryEntry("LDAP://${'a'.repeat(300)}`,
    `new DirectoryEntry("LDAP://dc01.corp", "svc", "${password}")`,
    password
  ],
  [
    'azure-username-password-credential',
    'UsernamePasswordCredential(client_id="x", ',
    `c = UsernamePasswordCredential(client_id="x", username="u", password="${password}")`,
    password
  ],
  [
    'hubspot-legacy-api-key-call',
    'new HubSpotAPI({ hapikey: "',
    `const hs = new HubSpotAPI("${hubspotKey}")`,
    hubspotKey
  ],
  [
    'vault-legacy-token',
    `VAULT_TOKEN=s.${'A1b2'.repeat(100)} `,
    `VAULT_TOKEN=${vaultToken}`,
    vaultToken
  ],
  ['vault-legacy-token', 'vaulttoken', `VAULT_TOKEN=${vaultToken}`, vaultToken]
]

describe('provider rules on hostile input', () => {
  it.each(cases)(
    '%s: a 1 MiB run of %j completes and the value after it is found',
    (id, unit, tail, value) => {
      const matches = scanText(hostile(unit, tail), { path: 'deploy/run.sh' })
      expect(matches.filter(m => m.ruleId === id).map(m => m.value)).toContain(value)
    }
  )

  it('reads a value at the length limit and not one past it', () => {
    const at = `VAULT_TOKEN=s.${s.alnum(399)}7`
    const past = `VAULT_TOKEN=s.${s.alnum(400)}7`
    expect(scanText(at, { path: 'deploy/.env' }).map(m => m.ruleId)).toContain('vault-legacy-token')
    expect(scanText(past, { path: 'deploy/.env' }).map(m => m.ruleId)).not.toContain(
      'vault-legacy-token'
    )
  })
})

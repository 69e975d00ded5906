import { shannonEntropy } from '../heuristics.js'
import { kv, rule, UUID, type ProviderRule } from './define.js'

/**
 * Services whose credential format or usage their own documentation describes; the page each
 * rule was written from is named beside it. A service that documents neither gets no rule.
 */
export const SERVICES_SOURCED_RULES: ProviderRule[] = [
  // Tines: each Webhook action has a unique URL that carries the action's path and, when
  // access control uses it, the secret: `https://<tenant>.tines.com/webhook/<path>/<secret>`.
  // Source: https://www.tines.com/docs/actions/types/webhook/
  rule(
    'tines-webhook-url',
    'Tines webhook URL with its secret',
    'Tines',
    'https://[a-z0-9-]{1,63}\\.tines\\.com/webhook/[A-Za-z0-9_-]{1,64}/(?<secret>[A-Za-z0-9]{16,64})(?![\\w-])',
    {
      keywords: ['.tines.com/webhook/'],
      before: 80,
      after: 150,
      validation: 'structure',
      validate: secret => shannonEntropy(secret) > 3.5,
      samples: {
        tps: s => [
          `TINES_HOOK = "https://${s.lower(8)}.tines.com/webhook/${s.lowerAlnum(32)}/${s.lowerAlnum(32)}"`,
          `hook: https://${s.upper(3)}.tines.com/webhook/${s.lowerAlnum(32)}/${s.lowerAlnum(32)}`
        ],
        fps: s => [
          // No secret segment: the path alone is not a credential.
          `TINES_HOOK = "https://${s.lower(8)}.tines.com/webhook/${s.lowerAlnum(32)}"`,
          // A query string cuts the path: not the documented shape.
          `TINES_HOOK = "https://${s.lower(8)}.tines.com/webhook/${s.lowerAlnum(10)}?x=${s.lowerAlnum(8)}/${s.lowerAlnum(32)}"`
        ]
      }
    },
    // Host names are case-insensitive.
    'i'
  ),
  // HubSpot's (retired, still found in old code) account API key went into the `hapikey`
  // query parameter; keys were GUIDs.
  // Source: https://knowledge.hubspot.com/integrations/how-do-i-get-my-hubspot-api-key
  kv({
    id: 'hubspot-legacy-api-key',
    title: 'HubSpot legacy API key (hapikey)',
    provider: 'HubSpot',
    context: 'hapikey|hubspot[_.-]?api[_.-]?key',
    value: UUID,
    keywords: ['hapikey', 'hubspot_api_key', 'hubspot-api-key', 'hubspotapikey', 'hubspot.api'],
    gen: s => s.uuid(),
    name: 'HAPIKEY'
  }),
  // Cisco Meraki Dashboard API keys: 40 hex digits, sent as `Authorization: Bearer` or
  // `X-Cisco-Meraki-API-Key`, read from `MERAKI_DASHBOARD_API_KEY` by Cisco's SDK. The rule
  // wants Meraki named before a key label, since 40 hex digits alone look like a commit id.
  // Source: https://developer.cisco.com/meraki/api-v1/authorization/
  rule(
    'meraki-api-key',
    'Cisco Meraki Dashboard API key',
    'Cisco Meraki',
    'meraki[\\s\\S]{0,120}?(?:api[_-]?key|token|bearer)\\W{0,5}(?<secret>[0-9a-f]{40})(?![0-9a-z])',
    {
      keywords: ['meraki'],
      before: 0,
      after: 220,
      multiline: true,
      confidence: 'medium',
      validation: 'context',
      validate: secret => shannonEntropy(secret) > 3,
      samples: {
        tps: s => [
          `MERAKI_DASHBOARD_API_KEY=${s.hex(40)}`,
          `import meraki\nAPI_KEY = '${s.hex(40)}'\ndashboard = meraki.DashboardAPI(API_KEY)`,
          `curl https://api.meraki.com/api/v1/organizations -H 'X-Cisco-Meraki-API-Key: ${s.hex(40)}'`
        ],
        fps: s => [
          // A commit id near the name is not a key.
          `pip install git+https://github.com/meraki/dashboard-api-python@${s.hex(40)}`,
          `MERAKI_DASHBOARD_API_KEY=${s.hex(39)}`,
          `API_KEY = '${s.hex(40)}'`
        ]
      }
    },
    'i'
  ),
  // Vault AppRole: `role_id` names the role, `secret_id` is the credential that logs in with
  // it; both are UUIDs (`vault write -f auth/approle/role/<name>/secret-id`). The rule wants
  // Vault named before the value, since `secret_id` alone is a common field name.
  // Source: https://developer.hashicorp.com/vault/docs/auth/approle
  rule(
    'vault-approle-secret-id',
    'HashiCorp Vault AppRole secret ID',
    'HashiCorp',
    `(?:vault|approle|hashicorp)[\\s\\S]{0,160}?secret[_-]?id\\w{0,3}["']?\\s{0,3}(?:=|:)\\s{0,3}["']?(?<secret>${UUID})(?![\\w-])`,
    {
      keywords: ['secret_id', 'secret-id', 'secretid'],
      before: 200,
      after: 80,
      multiline: true,
      confidence: 'medium',
      validation: 'context',
      validate: secret => shannonEntropy(secret) > 3,
      samples: {
        tps: s => [
          `vault:\n  role_id = "${s.uuid()}"\n  secret_id = "${s.uuid()}"`,
          `VAULT_ADDR=https://vault.${s.lower(6)}.net\nVAULT_SECRET_ID=${s.uuid()}`
        ],
        fps: s => [
          // No Vault context: `secret_id` is too common a field name on its own.
          `secret_id = "${s.uuid()}"`,
          // A role ID is not a credential.
          `vault:\n  role_id = "${s.uuid()}"`,
          `vault:\n  secret_id = "${s.uuid().slice(0, -1)}"`
        ]
      }
    },
    'i'
  )
]

import { shannonEntropy } from '../heuristics.js'
import { rule, UUID, type ProviderRule } from './define.js'
import { toolPassword } from './services-sourced.js'

/**
 * More services and APIs whose credential format or usage their own documentation describes;
 * the page each rule was written from is named beside it.
 */
export const SERVICES_SOURCED_2_RULES: ProviderRule[] = [
  // HubSpot's retired account API key (a GUID, sent as `hapikey`) handed straight to a HubSpot
  // client's constructor: `new HubSpotAPI("…")`, `Hubspot({ apiKey: "…" })`. The `hapikey`
  // assignment form is `hubspot-legacy-api-key`.
  // Source: https://knowledge.hubspot.com/integrations/how-do-i-get-my-hubspot-api-key
  rule(
    'hubspot-legacy-api-key-call',
    'HubSpot legacy API key passed to a HubSpot client',
    'HubSpot',
    `\\bhubspot\\w{0,20}\\s{0,3}\\(\\s{0,5}(?:\\{\\s{0,5}(?:hapikey|api_?key)\\s{0,3}:\\s{0,3})?(?<q>["'])(?<secret>${UUID})\\k<q>`,
    {
      keywords: ['hubspot'],
      before: 0,
      after: 120,
      confidence: 'medium',
      validation: 'context',
      validate: secret => shannonEntropy(secret) > 3,
      samples: {
        tps: s => [
          `const hs = new HubSpotAPI("${s.uuid()}");`,
          `const client = new Hubspot({ apiKey: '${s.uuid()}' })`
        ],
        fps: s => [
          // A form's GUID is not a key, and neither is a key read from the environment.
          `const form = useHubspotForm({ portalId: '${s.digits(7)}', formId: '${s.uuid()}' })`,
          `const hs = new HubSpotAPI({ hapikey: process.env.HAPI_KEY })`,
          `const hs = new HubSpotAPI("${s.uuid().slice(0, -1)}")`
        ]
      }
    },
    'i'
  ),
  // Vault tokens before 1.10: "Service tokens start with `s.` and batch tokens start with
  // `b.`" (Vault 1.0 upgrade notes); OpenBao went back to these prefixes. `s.` alone is every
  // minified `s.method()`, so the rule wants the value under a Vault token name (`VAULT_TOKEN`,
  // `X-Vault-Token`, `-vaultToken`). Today's `hvs.`/`hvb.` tokens have their own rule.
  // Source: https://developer.hashicorp.com/vault/docs/upgrading/upgrade-to-1.0.0
  rule(
    'vault-legacy-token',
    'HashiCorp Vault token (s./b. prefix, before Vault 1.10)',
    'HashiCorp',
    '(?:vault[_.-]?(?:client[_.-]?)?token|x-vault-token)["\'\\]]{0,2}\\s{0,3}(?:=|:|\\s)\\s{0,3}["\'\\x60]?(?<secret>[sb]\\.[A-Za-z0-9_-]{24,400})(?![\\w.-])',
    {
      keywords: ['vaulttoken', 'vault_token', 'vault-token', 'vault.token', 'vault_client_token'],
      before: 2,
      after: 440,
      confidence: 'medium',
      validation: 'context',
      validate: secret => shannonEntropy(secret.slice(2)) > 3.5 && /[0-9]/.test(secret),
      samples: {
        tps: s => [
          `VAULT_TOKEN=s.${s.alnum(24)}`,
          `curl -H "X-Vault-Token: s.${s.alnum(24)}" https://vault.${s.lower(6)}.net/v1/secret/app`,
          `\`-vaultToken s.CAESI${s.url(100)}\``
        ],
        fps: s => [
          // Minified code: `s.` is a variable, not a token.
          `this.vaultToken = s.${s.lower(12)}${s.upper(1)}${s.lower(12)}()`,
          `VAULT_TOKEN=s.${s.alnum(20)}`,
          // The same value under a name that is not Vault's.
          `SESSION=s.${s.alnum(24)}`
        ]
      }
    },
    'i'
  )
]

/**
 * Passwords passed to a documented constructor or call that takes a user name and a password
 * as separate arguments (the API names the field, so no service name is needed). The checks
 * are the ones of the other tool-password rules: variables, placeholders and stock words are
 * not reported.
 */
export const TOOL_CREDENTIAL_2_RULES: ProviderRule[] = [
  // .NET `new NetworkCredential(userName, password[, domain])`; PowerShell writes it
  // `New-Object System.Net.NetworkCredential("user", "password")`.
  // Source: https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor
  rule(
    'dotnet-network-credential',
    'Password in a .NET NetworkCredential',
    '.NET',
    '\\bNetworkCredential\\s{0,3}\\(\\s{0,40}(?<q1>["\'])(?<user>[^"\'\\n]{1,128})\\k<q1>\\s{0,40},\\s{0,40}(?<q2>["\'])(?<secret>[^"\'\\n]{3,128})\\k<q2>',
    {
      keywords: ['networkcredential'],
      before: 0,
      after: 420,
      multiline: true,
      confidence: 'medium',
      validation: 'context',
      validate: toolPassword,
      samples: {
        tps: s => [
          `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", "${s.lower(16)}");`,
          `$wc.Credentials = New-Object System.Net.NetworkCredential('svc_${s.lower(4)}', '${s.alnum(20)}')`
        ],
        fps: s => [
          // Variables, a stock word and a placeholder are not passwords.
          `smtp.Credentials = new NetworkCredential(user, password);`,
          `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", "password");`,
          `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", "<your-password>");`,
          `smtp.Credentials = new NetworkCredential("ci@${s.lower(6)}.com", $"{pass}");`
        ]
      }
    }
  ),
  // Azure's identity library signs a user in with `UsernamePasswordCredential(client_id,
  // username, password)`; Python code passes them as keywords.
  // Source: https://learn.microsoft.com/en-us/python/api/azure-identity/azure.identity.usernamepasswordcredential
  rule(
    'azure-username-password-credential',
    'Password in an Azure identity UsernamePasswordCredential',
    'Azure',
    '\\bUsernamePasswordCredential\\s{0,3}\\([^)]{0,400}?\\bpassword\\s{0,3}=\\s{0,3}(?<q>["\'])(?<secret>[^"\'\\n]{3,128})\\k<q>',
    {
      keywords: ['usernamepasswordcredential'],
      before: 0,
      after: 560,
      multiline: true,
      confidence: 'medium',
      validation: 'context',
      validate: toolPassword,
      samples: {
        tps: s => [
          `credential = UsernamePasswordCredential(\n    client_id="${s.uuid()}",\n    username="ops@${s.lower(6)}.onmicrosoft.com",\n    password="${s.alnum(12)}#${s.digits(2)}",\n)`
        ],
        fps: s => [
          `credential = UsernamePasswordCredential(client_id=cid, username=user, password=os.environ["AZ_PASSWORD"])`,
          `credential = UsernamePasswordCredential(client_id="${s.uuid()}", username="u", password="<password>")`,
          // A password after the call has closed belongs to something else.
          `c = UsernamePasswordCredential(cid, user, pw)\nlogin(password="${s.alnum(12)}")`
        ]
      }
    }
  ),
  // .NET `new DirectoryEntry(path, username, password)` and ADSI's
  // `OpenDSObject(path, user, password, flags)` bind to a directory with a password.
  // Sources: https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry.-ctor
  // and https://learn.microsoft.com/en-us/windows/win32/api/iads/nf-iads-iadsopendsobject-opendsobject
  rule(
    'ldap-bind-password',
    'Password in a .NET DirectoryEntry or ADSI OpenDSObject bind',
    'LDAP',
    '\\b(?:DirectoryEntry|OpenDSObject)\\s{0,3}\\(\\s{0,40}(?<q0>["\'])(?:LDAPS?|GC|WinNT)://[^"\'\\n]{0,200}\\k<q0>\\s{0,40},\\s{0,40}(?<q1>["\'])(?<user>[^"\'\\n]{1,128})\\k<q1>\\s{0,40},\\s{0,40}(?<q2>["\'])(?<secret>[^"\'\\n]{3,128})\\k<q2>',
    {
      keywords: ['directoryentry', 'opendsobject'],
      before: 0,
      after: 640,
      multiline: true,
      confidence: 'medium',
      validation: 'context',
      validate: toolPassword,
      samples: {
        tps: s => [
          `var entry = new DirectoryEntry("LDAP://dc01.${s.lower(5)}.local", "CORP\\\\svc_${s.lower(4)}", "${s.alnum(14)}");`,
          `Set obj = dso.OpenDSObject("LDAP://${s.lower(6)}.corp/DC=corp", "admin@corp", "${s.alnum(12)}!", 1)`
        ],
        fps: s => [
          `new DirectoryEntry("LDAP://10.0.0.${s.digits(2)}", "domain\\\\user", "secret")`,
          `new DirectoryEntry("LDAP://dc01", user, password)`,
          `new DirectoryEntry("LDAP://dc01", "admin", "$${s.lower(8)}")`
        ]
      }
    },
    'i'
  )
]

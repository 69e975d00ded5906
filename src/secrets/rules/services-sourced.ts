import { shannonEntropy } from '../heuristics.js'
import { kv, rule, UUID, type ProviderRule } from './define.js'
import type { Validator } from '../types.js'
import { DEV_PASSWORDS, urlCredentialValidator } from './validators.js'

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

/**
 * Passwords written into a tool's documented command line or settings (the tool names the
 * field, so no service name is needed). A variable, placeholder or stock word is not a
 * finding: the checks `url-basic-auth` applies to a URL's password.
 */
export const toolPassword: Validator = (secret, ctx) =>
  // `mypass`, `your_password`: a possessive in front of a stock word is still the stock word.
  DEV_PASSWORDS.has(secret.toLowerCase().replace(/^(?:my|your)[_-]?/, ''))
    ? false
    : urlCredentialValidator(secret, ctx)

export const TOOL_CREDENTIAL_RULES: ProviderRule[] = [
  // PsExec runs a program on another Windows machine as `-u <user> -p <password>`.
  // Source: https://learn.microsoft.com/en-us/sysinternals/downloads/psexec
  rule(
    'psexec-password',
    'Password on a PsExec command line',
    'PsExec',
    '\\bpsexec(?:64)?(?:\\.exe)?\\b[^\\n]{0,300}?\\s-u\\s{1,5}["\']?(?<user>[^\\s"\']{1,64})["\']?\\s{1,5}-p\\s{1,5}["\']?(?<secret>[^\\s"\']{3,128})',
    {
      keywords: ['psexec'],
      before: 0,
      after: 500,
      confidence: 'medium',
      validation: 'context',
      validate: toolPassword,
      samples: {
        tps: s => [
          `psexec \\\\10.0.0.${s.digits(2)} -u Administrator -p ${s.alnum(12)} cmd /c ipconfig`,
          `PsExec64.exe \\\\host${s.digits(2)} -u CORP\\svc_${s.lower(5)} -p "${s.alnum(14)}" -i cmd`
        ],
        fps: s => [
          // Variables and placeholders, not passwords.
          `psexec \\\\host -u Administrator -p $Password cmd`,
          `psexec \\\\host -u Administrator -p %PASS% cmd`,
          `psexec \\\\host -u DOMAIN\\ADMINISTRATOR -p PASSWORD cmd`,
          `psexec \\\\host -u DOMAIN\\me -p mypass cmd`,
          // `-p` without `-u` before it is some other program's flag.
          `psexec \\\\host cmd /c dir -p ${s.alnum(12)}`
        ]
      }
    },
    'i'
  ),
  // VMware PowerCLI logs in with `Connect-VIServer -Server … -User … -Password …`.
  // Source: https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver
  rule(
    'powercli-password',
    'Password on a PowerCLI Connect-VIServer line',
    'PowerCLI',
    '\\bconnect-viserver\\b[^\\n]{0,300}?\\s-password\\s{1,5}["\']?(?<secret>[^\\s"\']{3,128})',
    {
      keywords: ['connect-viserver'],
      before: 0,
      after: 450,
      confidence: 'medium',
      validation: 'context',
      validate: toolPassword,
      samples: {
        tps: s => [
          `Connect-VIServer -Server vc.${s.lower(5)}.local -User administrator@vsphere.local -Password '${s.alnum(14)}'`,
          `connect-viserver 10.1.1.${s.digits(2)} -user root -password ${s.alnum(10)}!`
        ],
        fps: s => [
          `Connect-VIServer $server -User $user -Password $password`,
          `Connect-VIServer vc.${s.lower(5)}.local -User root -Password <password>`,
          `Connect-VIServer vc.${s.lower(5)}.local -Credential $cred`
        ]
      }
    },
    'i'
  ),
  // ADO.NET / ODBC / OLE DB connection strings: `Server=` (or `Data Source=`, `Host=`),
  // `User ID=` (`Uid=`), `Password=` (`Pwd=`), separated by semicolons.
  // Source: https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring
  rule(
    'connection-string-password',
    'Password in a database connection string',
    'Database',
    '(?<![\\w-])(?:server|data source|host|address|addr|network address)\\s{0,3}=[^;"\'\\n]{1,200};[^"\'\\n]{0,400}?(?:(?:user id|userid|uid|user name|username|user)\\s{0,3}=\\s{0,3}(?<user>[^;"\'\\n]{1,64});[^"\'\\n]{0,200}?)?(?<![\\w-])(?:password|pwd)\\s{0,3}=\\s{0,3}(?<secret>[^;"\'\\n]{3,128}?)\\s{0,3}(?=[;"\'\\n]|$)',
    {
      keywords: ['server=', 'data source=', 'host=', 'server =', 'data source ='],
      before: 2,
      after: 900,
      confidence: 'medium',
      validation: 'context',
      validate: toolPassword,
      samples: {
        tps: s => [
          `"Server=db${s.digits(2)}.corp;Database=app;User Id=svc_${s.lower(5)};Password=${s.alnum(14)};"`,
          `Provider=SQLNCLI;Data Source=10.0.0.${s.digits(2)},1433;Initial Catalog=app;Uid=app;Pwd=${s.alnum(12)}!;`
        ],
        fps: s => [
          // Stock and templated passwords, and a password with no server in front of it.
          `Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;`,
          `"driver={SQL Server};server=(#{h});database=#{d};uid=#{u};pwd=#{datastore['DBPASSWORD']}"`,
          `Password=${s.alnum(14)};`
        ]
      }
    },
    'i'
  ),
  // PHPMailer takes the SMTP login as `$mail->Username` / `$mail->Password` after
  // `isSMTP()` / `SMTPAuth`; the rule wants one of those before the password, since other
  // PHP classes have a `Password` property too.
  // Source: https://github.com/PHPMailer/PHPMailer#a-simple-example
  rule(
    'phpmailer-smtp-password',
    'SMTP password in PHPMailer settings',
    'PHPMailer',
    '(?:PHPMailer|isSMTP\\(\\)|SMTPAuth|->Username)[\\s\\S]{0,400}?->Password\\s{0,40}=\\s{0,5}(["\'])(?<secret>[^"\'\\n$]{3,128})\\1',
    {
      keywords: ['->password'],
      before: 500,
      after: 200,
      multiline: true,
      confidence: 'medium',
      validation: 'context',
      validate: toolPassword,
      samples: {
        tps: s => [
          `$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->SMTPAuth = true;\n$mail->Username = 'ops@${s.lower(6)}.com';\n$mail->Password = '${s.alnum(14)}';`
        ],
        fps: s => [
          // The README's own placeholder, an environment read, and a model's field.
          `$mail->isSMTP();\n$mail->Username = 'user@example.com';\n$mail->Password = 'secret';`,
          `$mail->isSMTP();\n$mail->Password = getenv('SMTP_PASSWORD');`,
          `$user = new User();\n$user->Password = '${s.alnum(14)}';`
        ]
      }
    }
  )
]

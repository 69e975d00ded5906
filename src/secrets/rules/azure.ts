import { kv, minEntropy, rule, tok, type ProviderRule } from './define.js'
import { sasValidator } from './validators.js'

/** Microsoft Azure. */
export const AZURE_RULES: ProviderRule[] = [
  rule(
    'azure-storage-account-key',
    'Azure storage account key (connection string)',
    'Azure',
    'AccountKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{86}==)',
    {
      keywords: ['accountkey'],
      after: 110,
      validation: 'structure',
      validate: minEntropy(4.5),
      samples: {
        tps: s => [
          `AZURE_STORAGE = "DefaultEndpointsProtocol=https;AccountName=acct${s.lower(6)};AccountKey=${s.b64(86)}==;EndpointSuffix=core.windows.net"`
        ],
        fps: s => [
          `AZURE_STORAGE = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${s.b64(60)}==;EndpointSuffix=core.windows.net"`
        ]
      }
    },
    'i'
  ),
  rule(
    'azure-sas-token',
    'Azure shared access signature',
    'Azure',
    '[?&;]sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])',
    {
      keywords: ['sig='],
      before: 2,
      after: 140,
      validation: 'context',
      validate: sasValidator,
      samples: {
        tps: s => [
          `blob_url = "https://acct${s.lower(5)}.blob.core.windows.net/data?sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-01-01T00:00:00Z&spr=https&sig=${s.alnum(43)}%3D"`
        ],
        fps: s => [
          // A signature without the SAS version parameter is some other signed URL.
          `url = "https://cdn.example.net/file?expires=1700000000&sig=${s.alnum(43)}%3D"`
        ]
      }
    },
    'i'
  ),
  rule(
    'azure-ad-client-secret',
    'Azure AD (Entra ID) client secret',
    'Azure',
    '(?<![\\w~.-])(?<secret>[\\w~.]{3}\\dQ~[\\w~.-]{31,34})(?![\\w~.-])',
    {
      keywords: ['q~'],
      before: 5,
      after: 40,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [
          `AZURE_CLIENT = "${s.alnum(3)}8Q~${s.of('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-.~', 34)}"`
        ],
        fps: s => [`AZURE_CLIENT = "${s.alnum(3)}8Q~${s.alnum(20)}"`]
      }
    }
  ),
  rule(
    'azure-shared-access-key',
    'Azure Service Bus / Event Hubs / Relay shared access key',
    'Azure',
    'SharedAccessKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])',
    {
      keywords: ['sharedaccesskey='],
      after: 70,
      validation: 'structure',
      validate: minEntropy(4),
      samples: {
        tps: s => [
          `SERVICEBUS = "Endpoint=sb://ns-${s.lower(6)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${s.b64(42)}A="`
        ],
        fps: s => [
          `SERVICEBUS = "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${s.b64(30)}="`
        ]
      }
    },
    'i'
  ),
  rule(
    'azure-cosmosdb-key',
    'Azure Cosmos DB account key (connection string)',
    'Azure',
    'AccountEndpoint=https://[\\w.-]{1,120}\\.documents\\.azure\\.com[:\\d/]{0,8};\\s*AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)',
    {
      keywords: ['.documents.azure.com'],
      before: 160,
      after: 200,
      priority: 55,
      validation: 'structure',
      validate: minEntropy(4.5),
      samples: {
        tps: s => [
          `COSMOS = "AccountEndpoint=https://db-${s.lower(6)}.documents.azure.com:443/;AccountKey=${s.b64(86)}==;"`
        ],
        fps: s => [
          `COSMOS = "AccountEndpoint=https://db.documents.azure.com:443/;AccountKey=${s.b64(40)}==;"`
        ]
      }
    }
  ),
  kv({
    id: 'azure-openai-key',
    title: 'Azure OpenAI / AI services key',
    provider: 'Azure',
    context:
      'azure[_.-]?(?:openai|ai|cognitive|speech|search)[\\w.-]{0,12}?key|ocp-apim-subscription-key',
    value: '[0-9a-f]{32}|[A-Za-z0-9]{84}',
    keywords: [
      'azure_openai',
      'azure-openai',
      'azure_ai',
      'azure_cognitive',
      'azure_speech',
      'azure_search',
      'ocp-apim-subscription-key'
    ],
    gen: s => s.hex(32),
    name: 'AZURE_OPENAI_API_KEY'
  }),
  kv({
    id: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    provider: 'Azure DevOps',
    // PATs were 52 base32 characters; since 2024 they are 84 with `AZDO` at offset 76.
    // Source: https://learn.microsoft.com/en-us/azure/devops/release-notes/2024/sprint-241-update
    // and https://learn.microsoft.com/en-us/purview/sit-defn-azure-devops-personal-access-token
    // `personalAccessToken` is the variable Microsoft's REST samples read the PAT from; under
    // that name only those two shapes are reported.
    context:
      'azure[_.-]?devops|ado[_.-]?(?:pat|token)|azdo|system[_.]accesstoken|vsts|personal[_.-]?access[_.-]?token',
    value: '[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
    keywords: [
      'azure_devops',
      'azure-devops',
      'azuredevops',
      'ado_pat',
      'ado_token',
      'azdo',
      'system.accesstoken',
      'system_accesstoken',
      'vsts',
      'personalaccesstoken',
      'personal_access_token',
      'personal-access-token',
      'personal.access.token'
    ],
    gen: s => s.of('abcdefghijklmnopqrstuvwxyz234567', 52),
    name: 'AZURE_DEVOPS_PAT',
    tps: s => [
      `AZURE_DEVOPS_PAT = "${s.of('abcdefghijklmnopqrstuvwxyz234567', 52)}"`,
      `var personalAccessToken = "${s.of('abcdefghijklmnopqrstuvwxyz234567', 52)}";`
    ]
  }),
  rule(
    'azure-app-configuration-connection-string',
    'Azure App Configuration connection string',
    'Azure',
    // Documented shape: `Endpoint=https://<store>.azconfig.io;Id=<id>;Secret=<base64>`.
    // Source (the shape as Dapr's App Configuration component documents it):
    // https://docs.dapr.io/reference/components-reference/supported-configuration-stores/azure-appconfig-configuration-store/
    // `Endpoint=` is sometimes dropped when the string is pasted or split; the `Id=`/`Secret=`
    // pair after the store's `.azconfig.io` host is the credential either way.
    '(?:Endpoint=)?https://[\\w.-]{1,100}\\.azconfig\\.io;\\s*Id=[^;\\s"\']{4,80};\\s*Secret=(?<secret>[A-Za-z0-9+/]{43}=)',
    {
      keywords: ['.azconfig.io'],
      before: 130,
      after: 200,
      validation: 'structure',
      validate: minEntropy(4),
      samples: {
        tps: s => [
          `APPCONFIG = "Endpoint=https://appcs-${s.lower(5)}.azconfig.io;Id=${s.alnum(4)}-l9-s0:${s.alnum(20)};Secret=${s.b64(43)}="`,
          `APPCONFIG = "https://appcs-${s.lower(5)}.azconfig.io;Id=${s.alnum(4)}-l9-s0:${s.alnum(20)};Secret=${s.b64(43)}="`
        ],
        fps: s => [
          `APPCONFIG = "Endpoint=https://appcs.azconfig.io;Id=x-l9-s0:${s.alnum(20)};Secret=${s.b64(20)}="`
        ]
      }
    }
  ),
  tok({
    id: 'azure-identifiable-key',
    title: 'Azure identifiable key (Microsoft common annotated key format)',
    provider: 'Azure',
    // 84 characters: 52 random, the JQQJ9 signature, a version character, 18 more, a
    // four-letter provider signature (AZDO, ACOG, AZSE …) and 4 check characters.
    re: '[A-Za-z0-9]{52}JQQJ9[0-9A-Za-z][A-Za-z0-9]{18}[A-Z]{4}[A-Za-z0-9]{4}',
    keywords: ['jqqj9'],
    before: 54,
    after: 40,
    gen: s => `${s.alnum(52)}JQQJ99${s.alnum(18)}ACOG${s.alnum(4)}`,
    name: 'AZURE_KEY',
    validation: 'structure',
    entropy: 4
  }),
  tok({
    id: 'azure-devops-pat-identifiable',
    title: 'Azure DevOps personal access token (identifiable format)',
    provider: 'Azure DevOps',
    re: '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
    keywords: ['azdo'],
    before: 78,
    after: 10,
    gen: s => `${s.alnum(76)}AZDO${s.alnum(4)}`,
    name: 'ADO_PAT',
    validation: 'structure',
    entropy: 4,
    priority: 55
  })
]

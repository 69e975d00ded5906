import { minEntropy, rule, type ProviderRule } from './define.js'
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
  )
]

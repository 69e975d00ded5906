import { hexId, minEntropy, prefixed, type ProviderRule } from './define.js'

/** Work tools, content platforms and commerce back offices. */
export const SAAS_RULES: ProviderRule[] = [
  ...(
    [
      ['shpat_', 'shopify-access-token', 'Shopify access token'],
      ['shpca_', 'shopify-custom-app-token', 'Shopify custom app access token'],
      ['shppa_', 'shopify-private-app-token', 'Shopify private app access token'],
      ['shpss_', 'shopify-shared-secret', 'Shopify shared secret']
    ] as const
  ).map(([prefix, id, title]) =>
    prefixed(id, title, 'Shopify', `${prefix}[a-fA-F0-9]{32}`, {
      keywords: [prefix],
      after: 42,
      validate: minEntropy(3),
      samples: {
        tps: s => [`SHOPIFY = "${prefix}${s.hex(32)}"`],
        fps: s => [`SHOPIFY = "${prefix}${s.hex(31)}"`]
      }
    })
  ),
  prefixed('atlassian-api-token', 'Atlassian API token', 'Atlassian', 'ATATT3[A-Za-z0-9_=-]{186}', {
    keywords: ['atatt3'],
    after: 196,
    validate: minEntropy(4),
    samples: {
      tps: s => [`JIRA_API_TOKEN = "ATATT3${s.url(178)}=${s.HEX(7)}"`],
      fps: s => [`JIRA_API_TOKEN = "ATATT3${s.url(100)}"`]
    }
  }),
  prefixed('linear-api-key', 'Linear API key', 'Linear', 'lin_api_[A-Za-z0-9]{40}', {
    keywords: ['lin_api_'],
    after: 50,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [`LINEAR = "lin_api_${s.alnum(40)}"`],
      fps: s => [`LINEAR = "lin_api_${s.alnum(39)}"`]
    }
  }),
  prefixed('notion-token', 'Notion integration token', 'Notion', 'ntn_[0-9]{11}[A-Za-z0-9]{35}', {
    keywords: ['ntn_'],
    after: 52,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [`NOTION = "ntn_${s.digits(11)}${s.alnum(35)}"`],
      fps: s => [`NOTION = "ntn_${s.digits(11)}${s.alnum(34)}"`]
    }
  }),
  prefixed('postman-api-key', 'Postman API key', 'Postman', `PMAK-${hexId(24)}-${hexId(34)}`, {
    keywords: ['pmak-'],
    after: 66,
    validate: minEntropy(3),
    samples: {
      tps: s => [`POSTMAN = "PMAK-${s.hex(24)}-${s.hex(34)}"`],
      fps: s => [`POSTMAN = "PMAK-${s.hex(24)}-${s.hex(33)}"`]
    }
  }),
  prefixed('contentful-pat', 'Contentful personal access token', 'Contentful', 'CFPAT-[\\w-]{43}', {
    keywords: ['cfpat-'],
    after: 52,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [`CONTENTFUL = "CFPAT-${s.url(43)}"`],
      fps: s => [`CONTENTFUL = "CFPAT-${s.url(42)}"`]
    }
  }),
  prefixed(
    'onepassword-service-token',
    '1Password service account token',
    '1Password',
    'ops_eyJ[\\w+/=-]{250,1200}',
    {
      keywords: ['ops_eyj'],
      after: 1210,
      validate: minEntropy(4),
      samples: {
        tps: s => [
          `OP_SERVICE_ACCOUNT_TOKEN = "ops_${s.base64url(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: s.url(22) }, email: `${s.lower(12)}@1passwordserviceaccounts.com`, srpX: s.hex(64), muk: { alg: 'A256GCM', k: s.url(43), kty: 'oct', kid: 'mp' }, secretKey: `A3-${s.upperAlnum(26)}`, deviceUuid: s.lowerAlnum(26) }))}"`
        ],
        fps: () => ['OP = "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSJ9"']
      }
    }
  )
]

import { decodeBase64 } from '../checksum.js'
import { hexId, kv, minEntropy, prefixed, tok, type ProviderRule } from './define.js'

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
  ),
  tok({
    id: 'figma-pat',
    title: 'Figma personal access token',
    provider: 'Figma',
    re: 'figd_[A-Za-z0-9_-]{40}',
    keywords: ['figd_'],
    gen: s => `figd_${s.url(40)}`,
    name: 'FIGMA_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'airtable-pat',
    title: 'Airtable personal access token',
    provider: 'Airtable',
    re: 'pat[A-Za-z0-9]{14}\\.[0-9a-f]{64}',
    // `pat` alone is in every `path`; the name of the service on the line is the anchor.
    keywords: ['airtable'],
    before: 200,
    after: 220,
    gen: s => `pat${s.alnum(14)}.${s.hex(64)}`,
    name: 'AIRTABLE_TOKEN'
  }),
  kv({
    id: 'asana-pat',
    title: 'Asana personal access token',
    provider: 'Asana',
    context: 'asana',
    value: '[12]/[0-9]{10,20}(?:/[0-9]{10,20})?:[0-9a-f]{32}',
    keywords: ['asana'],
    gen: s => `2/${s.digits(16)}/${s.digits(16)}:${s.hex(32)}`,
    name: 'ASANA_ACCESS_TOKEN',
    confidence: 'high'
  }),
  tok({
    id: 'clickup-api-token',
    title: 'ClickUp personal API token',
    provider: 'ClickUp',
    re: 'pk_[0-9]{6,10}_[A-Z0-9]{32}',
    keywords: ['pk_'],
    gen: s => `pk_${s.digits(8)}_${s.upperAlnum(32)}`,
    name: 'CLICKUP_API_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'monday-api-token',
    title: 'monday.com API token',
    provider: 'monday.com',
    context: 'monday',
    value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,800}\\.[\\w-]{20,600}',
    keywords: ['monday'],
    gen: s =>
      s.jwt({
        tid: Number(s.digits(9)),
        aai: 11,
        uid: Number(s.digits(8)),
        iad: '2026-01-01',
        per: 'me:write'
      }),
    miss: s => [s.jwt({ tid: 1 }).slice(0, 40)],
    name: 'MONDAY_API_TOKEN',
    after: 1600,
    entropy: 4
  }),
  kv({
    id: 'trello-token',
    title: 'Trello API token',
    provider: 'Trello',
    context: 'trello',
    value: 'ATTA[A-Za-z0-9]{60,72}|[0-9a-f]{64}',
    keywords: ['trello'],
    gen: s => `ATTA${s.hex(64)}${s.HEX(8)}`,
    miss: s => [`ATTA${s.hex(30)}`],
    name: 'TRELLO_TOKEN'
  }),
  kv({
    id: 'todoist-api-token',
    title: 'Todoist API token',
    provider: 'Todoist',
    context: 'todoist',
    value: '[0-9a-f]{40}',
    keywords: ['todoist'],
    gen: s => s.hex(40),
    name: 'TODOIST_API_TOKEN'
  }),
  tok({
    id: 'typeform-pat',
    title: 'Typeform personal access token',
    provider: 'Typeform',
    re: 'tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{14}',
    keywords: ['tfp_'],
    gen: s => `tfp_${s.alnum(44)}_${s.alnum(14)}`,
    name: 'TYPEFORM_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'calendly-token',
    title: 'Calendly personal access token',
    provider: 'Calendly',
    context: 'calendly',
    value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,800}\\.[\\w-]{20,600}',
    keywords: ['calendly'],
    gen: s =>
      s.jwt({
        iss: 'https://auth.calendly.com',
        iat: 1700000000,
        jti: s.uuid(),
        user_uuid: s.uuid()
      }),
    miss: s => [s.jwt({ iss: 'x' }).slice(0, 40)],
    name: 'CALENDLY_TOKEN',
    after: 1600,
    entropy: 4
  }),
  tok({
    id: 'hubspot-private-app-token',
    title: 'HubSpot private app access token',
    provider: 'HubSpot',
    re: 'pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    gen: s => `pat-na1-${s.uuid()}`,
    name: 'HUBSPOT_ACCESS_TOKEN'
  }),
  tok({
    id: 'salesforce-access-token',
    title: 'Salesforce access or session token',
    provider: 'Salesforce',
    re: '00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{96}',
    keywords: ['00d'],
    after: 130,
    gen: s => `00D${s.alnum(15)}!${s.alnum(96)}`,
    miss: s => [`00D${s.alnum(15)}!${s.alnum(40)}`],
    name: 'SALESFORCE_ACCESS_TOKEN',
    entropy: 4
  }),
  tok({
    id: 'zoho-oauth-token',
    title: 'Zoho OAuth access or refresh token',
    provider: 'Zoho',
    re: '1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}',
    keywords: ['1000.'],
    gen: s => `1000.${s.hex(32)}.${s.hex(32)}`,
    name: 'ZOHO_REFRESH_TOKEN'
  }),
  kv({
    id: 'pipedrive-api-token',
    title: 'Pipedrive API token',
    provider: 'Pipedrive',
    context: 'pipedrive',
    value: '[0-9a-f]{40}',
    keywords: ['pipedrive'],
    gen: s => s.hex(40),
    name: 'PIPEDRIVE_API_TOKEN'
  }),
  tok({
    id: 'intercom-access-token',
    title: 'Intercom access token',
    provider: 'Intercom',
    re: 'dG9rO[A-Za-z0-9+/_-]{50,70}={0,2}',
    keywords: ['dg9ro'],
    gen: s => s.base64(`tok:${s.uuid()}:${s.digits(12)}`),
    miss: s => [s.base64(`tok:${s.hex(8)}`)],
    name: 'INTERCOM_ACCESS_TOKEN',
    validation: 'structure',
    validate: v => (decodeBase64(v)?.toString('latin1') ?? '').startsWith('tok:')
  }),
  kv({
    id: 'zendesk-api-token',
    title: 'Zendesk API token',
    provider: 'Zendesk',
    context: 'zendesk',
    value: '[A-Za-z0-9]{40}',
    keywords: ['zendesk'],
    gen: s => s.alnum(40),
    name: 'ZENDESK_API_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'freshdesk-api-key',
    title: 'Freshdesk API key',
    provider: 'Freshdesk',
    context: 'freshdesk|freshservice',
    value: '[A-Za-z0-9]{20}',
    keywords: ['freshdesk', 'freshservice'],
    gen: s => s.alnum(20),
    name: 'FRESHDESK_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'sanity-token',
    title: 'Sanity API token',
    provider: 'Sanity',
    context: 'sanity',
    value: 'sk[A-Za-z0-9]{78,200}',
    keywords: ['sanity'],
    after: 260,
    gen: s => `sk${s.alnum(180)}`,
    miss: s => [`sk${s.alnum(40)}`],
    name: 'SANITY_API_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'ghost-admin-api-key',
    title: 'Ghost Admin API key',
    provider: 'Ghost',
    context: 'ghost[\\w.-]{0,12}?(?:admin|api)',
    value: '[0-9a-f]{24}:[0-9a-f]{64}',
    keywords: ['ghost'],
    gen: s => `${s.hex(24)}:${s.hex(64)}`,
    name: 'GHOST_ADMIN_API_KEY',
    confidence: 'high'
  }),
  kv({
    id: 'webflow-api-token',
    title: 'Webflow API token',
    provider: 'Webflow',
    context: 'webflow',
    value: '[0-9a-f]{64}',
    keywords: ['webflow'],
    gen: s => s.hex(64),
    name: 'WEBFLOW_API_TOKEN'
  }),
  kv({
    id: 'storyblok-token',
    title: 'Storyblok management token',
    provider: 'Storyblok',
    context: 'storyblok',
    value: '[A-Za-z0-9]{22}tt-[0-9]{6}-[A-Za-z0-9_-]{20}|[A-Za-z0-9]{22}',
    keywords: ['storyblok'],
    gen: s => s.alnum(22),
    miss: s => [s.alnum(12)],
    name: 'STORYBLOK_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'datocms-api-token',
    title: 'DatoCMS API token',
    provider: 'DatoCMS',
    context: 'datocms',
    value: '[0-9a-f]{30}',
    keywords: ['datocms'],
    gen: s => s.hex(30),
    name: 'DATOCMS_API_TOKEN'
  }),
  // ── Files and media
  tok({
    id: 'dropbox-access-token',
    title: 'Dropbox access token',
    provider: 'Dropbox',
    re: 'sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1200}',
    keywords: ['sl.'],
    after: 1220,
    gen: s => `sl.${s.url(140)}`,
    miss: s => [`sl.${s.url(60)}`],
    name: 'DROPBOX_ACCESS_TOKEN',
    entropy: 4.5
  }),
  kv({
    id: 'box-client-secret',
    title: 'Box client secret or developer token',
    provider: 'Box',
    context: 'box[_.-]?(?:client[_.-]?secret|developer[_.-]?token|access[_.-]?token)',
    value: '[A-Za-z0-9]{32}',
    keywords: ['box_client', 'box-client', 'box_developer', 'box_access', 'boxclient'],
    gen: s => s.alnum(32),
    name: 'BOX_CLIENT_SECRET',
    entropy: 3.5
  }),
  tok({
    id: 'frameio-token',
    title: 'Frame.io developer token',
    provider: 'Frame.io',
    re: 'fio-u-[A-Za-z0-9_=-]{64}',
    keywords: ['fio-u-'],
    gen: s => `fio-u-${s.url(64)}`,
    name: 'FRAMEIO_TOKEN',
    entropy: 4
  }),
  tok({
    id: 'adobe-client-secret',
    title: 'Adobe client secret',
    provider: 'Adobe',
    re: 'p8e-[A-Za-z0-9_-]{32}',
    keywords: ['p8e-'],
    gen: s => `p8e-${s.url(32)}`,
    name: 'ADOBE_CLIENT_SECRET',
    entropy: 3.5
  }),
  kv({
    id: 'miro-access-token',
    title: 'Miro access token',
    provider: 'Miro',
    context: 'miro',
    value: 'eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9_-]{20,200}|[A-Za-z0-9_-]{27}',
    keywords: ['miro'],
    gen: s => `eyJtaXJvLm9yaWdpbiI6${s.url(60)}`,
    miss: s => [s.url(12)],
    name: 'MIRO_ACCESS_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'mux-token-secret',
    title: 'Mux access token secret',
    provider: 'Mux',
    context: 'mux[_.-]?token[_.-]?secret',
    value: '[A-Za-z0-9+/]{75}',
    keywords: ['mux_token', 'mux-token'],
    gen: s => s.b64(75),
    name: 'MUX_TOKEN_SECRET',
    entropy: 4
  }),
  kv({
    id: 'unsplash-secret-key',
    title: 'Unsplash access or secret key',
    provider: 'Unsplash',
    context: 'unsplash',
    value: '[A-Za-z0-9_-]{43}',
    keywords: ['unsplash'],
    gen: s => s.url(43),
    name: 'UNSPLASH_SECRET_KEY',
    entropy: 4,
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'giphy-api-key',
    title: 'GIPHY API key',
    provider: 'GIPHY',
    context: 'giphy',
    value: '[A-Za-z0-9]{32}',
    keywords: ['giphy'],
    gen: s => s.alnum(32),
    name: 'GIPHY_API_KEY',
    entropy: 3.5,
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'pexels-api-key',
    title: 'Pexels API key',
    provider: 'Pexels',
    context: 'pexels',
    value: '[A-Za-z0-9]{56}',
    keywords: ['pexels'],
    gen: s => s.alnum(56),
    name: 'PEXELS_API_KEY',
    entropy: 4,
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  })
]

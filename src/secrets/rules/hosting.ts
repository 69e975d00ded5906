import { shannonEntropy } from '../heuristics.js'
import { kv, rule, tok, upperAlnum, UUID, type ProviderRule } from './define.js'

/** IBM COS HMAC keys come as a JSON pair; the secret is 48 hex next to a 32-hex key id. */
const COS_SECRET = '[0-9a-f]{48}'

/** Edge, hosting, cloud platforms and managed databases. */
export const HOSTING_RULES: ProviderRule[] = [
  // ── Cloudflare: scannable API credentials (prefix + 40 + checksum), Origin CA keys, legacy.
  tok({
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token or global API key',
    provider: 'Cloudflare',
    re: 'cf(?:k|ut|at)_[A-Za-z0-9]{40}[A-Za-z0-9]{6,10}',
    keywords: ['cfk_', 'cfut_', 'cfat_'],
    gen: s => `cfut_${s.alnum(40)}${s.alnum(8)}`,
    miss: s => [`cfut_${s.alnum(30)}`],
    name: 'CLOUDFLARE_API_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'cloudflare-origin-ca-key',
    title: 'Cloudflare Origin CA key',
    provider: 'Cloudflare',
    re: 'v1\\.0-[0-9a-f]{24}-[0-9a-f]{146}',
    keywords: ['v1.0-'],
    after: 190,
    gen: s => `v1.0-${s.hex(24)}-${s.hex(146)}`,
    name: 'CF_ORIGIN_CA_KEY'
  }),
  kv({
    id: 'cloudflare-global-api-key',
    title: 'Cloudflare global API key (legacy)',
    provider: 'Cloudflare',
    context: 'cloudflare|cf[_.-]?(?:api[_.-]?)?key|x-auth-key',
    value: '[0-9a-f]{37}',
    keywords: ['cloudflare', 'cf_api_key', 'cf_key', 'cf-api-key', 'x-auth-key', 'cfapikey'],
    gen: s => s.hex(37),
    name: 'CLOUDFLARE_GLOBAL_KEY'
  }),
  kv({
    id: 'cloudflare-api-token-legacy',
    title: 'Cloudflare API token (legacy format)',
    provider: 'Cloudflare',
    context: 'cloudflare|cf[_.-]?api[_.-]?token',
    value: '[A-Za-z0-9_-]{40}',
    keywords: ['cloudflare', 'cf_api_token', 'cf-api-token'],
    gen: s => s.url(40),
    name: 'CLOUDFLARE_API_TOKEN',
    entropy: 3.5
  }),
  // ── Platforms
  kv({
    id: 'vercel-token',
    title: 'Vercel access token',
    provider: 'Vercel',
    context: 'vercel',
    value: '[A-Za-z0-9]{24}',
    keywords: ['vercel'],
    gen: s => s.alnum(24),
    name: 'VERCEL_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'netlify-pat',
    title: 'Netlify personal access token',
    provider: 'Netlify',
    re: 'nfp_[A-Za-z0-9]{36}',
    keywords: ['nfp_'],
    gen: s => `nfp_${s.alnum(36)}`,
    name: 'NETLIFY_AUTH_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'netlify-token-legacy',
    title: 'Netlify access token (legacy format)',
    provider: 'Netlify',
    context: 'netlify',
    value: '[A-Za-z0-9_-]{43,45}',
    keywords: ['netlify'],
    gen: s => s.url(43),
    miss: s => [s.url(30)],
    name: 'NETLIFY_AUTH_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'render-api-key',
    title: 'Render API key',
    provider: 'Render',
    re: 'rnd_[A-Za-z0-9]{32}',
    keywords: ['rnd_'],
    gen: s => `rnd_${s.alnum(32)}`,
    name: 'RENDER_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'railway-token',
    title: 'Railway API token',
    provider: 'Railway',
    context: 'railway',
    value: UUID,
    keywords: ['railway'],
    gen: s => s.uuid(),
    name: 'RAILWAY_TOKEN'
  }),
  tok({
    id: 'deno-deploy-token',
    title: 'Deno Deploy access token',
    provider: 'Deno Deploy',
    re: 'dd[pw]_[A-Za-z0-9]{36}',
    keywords: ['ddp_', 'ddw_'],
    gen: s => `ddp_${s.alnum(36)}`,
    name: 'DENO_DEPLOY_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'supabase-access-token',
    title: 'Supabase personal access token',
    provider: 'Supabase',
    re: 'sbp_[0-9a-f]{40}',
    keywords: ['sbp_'],
    gen: s => `sbp_${s.hex(40)}`,
    name: 'SUPABASE_ACCESS_TOKEN'
  }),
  tok({
    id: 'supabase-secret-key',
    title: 'Supabase secret API key',
    provider: 'Supabase',
    re: 'sb_secret_[A-Za-z0-9_-]{20,64}',
    keywords: ['sb_secret_'],
    gen: s => `sb_secret_${s.url(31)}`,
    miss: s => [`sb_secret_${s.url(12)}`],
    name: 'SUPABASE_SECRET_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'supabase-service-role-key',
    title: 'Supabase service role key',
    provider: 'Supabase',
    context: 'supabase[\\w.-]{0,20}?(?:service|secret)',
    value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,600}\\.[\\w-]{20,120}',
    keywords: ['supabase'],
    gen: s => s.jwt({ iss: 'supabase', ref: s.lower(20), role: 'service_role', iat: 1700000000 }),
    miss: s => [s.jwt({ iss: 'supabase', role: 'service_role' }).slice(0, 30)],
    name: 'SUPABASE_SERVICE_ROLE_KEY',
    after: 1600,
    entropy: 4
  }),
  tok({
    id: 'neon-api-key',
    title: 'Neon API key',
    provider: 'Neon',
    re: 'napi_[a-z0-9]{64}',
    keywords: ['napi_'],
    gen: s => `napi_${s.lowerAlnum(64)}`,
    name: 'NEON_API_KEY'
  }),
  kv({
    id: 'fastly-api-token',
    title: 'Fastly API token',
    provider: 'Fastly',
    context: 'fastly',
    value: '[A-Za-z0-9_-]{32}',
    keywords: ['fastly'],
    gen: s => s.url(32),
    name: 'FASTLY_API_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'akamai-edgegrid-token',
    title: 'Akamai EdgeGrid client or access token',
    provider: 'Akamai',
    re: 'akab-[a-z0-9]{16}-[a-z0-9]{16}',
    keywords: ['akab-'],
    gen: s => `akab-${s.lowerAlnum(16)}-${s.lowerAlnum(16)}`,
    name: 'client_token',
    severity: 'medium'
  }),
  kv({
    id: 'akamai-edgegrid-client-secret',
    title: 'Akamai EdgeGrid client secret',
    provider: 'Akamai',
    context: 'client_secret',
    value: '[A-Za-z0-9+/]{43}=',
    keywords: ['client_secret'],
    gen: s => `${s.b64(43)}=`,
    name: 'client_secret',
    // An .edgerc section: the client secret sits next to its akab- client and access tokens.
    validate: (v, ctx) =>
      shannonEntropy(v) > 4 &&
      ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400).includes('akab-'),
    tps: s => [
      `[default]\nclient_secret = ${s.b64(43)}=\nhost = akab-${s.lowerAlnum(16)}-${s.lowerAlnum(16)}.luna.akamaiapis.net`
    ]
  }),
  // ── Other clouds
  tok({
    id: 'alibaba-access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    provider: 'Alibaba Cloud',
    re: 'LTAI[A-Za-z0-9]{12,20}',
    keywords: ['ltai'],
    gen: s => `LTAI${s.alnum(20)}`,
    miss: s => [`LTAI${s.alnum(8)}`],
    name: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
    confidence: 'medium'
  }),
  kv({
    id: 'alibaba-access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    provider: 'Alibaba Cloud',
    context: 'ali(?:baba|yun|cloud)[\\w.-]{0,25}?secret|access_key_secret',
    value: '[A-Za-z0-9]{30}',
    keywords: ['alibaba', 'aliyun', 'alicloud', 'access_key_secret'],
    gen: s => s.alnum(30),
    name: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    entropy: 3.5
  }),
  tok({
    id: 'tencent-secret-id',
    title: 'Tencent Cloud SecretId',
    provider: 'Tencent Cloud',
    re: 'AKID[A-Za-z0-9]{32}',
    keywords: ['akid'],
    gen: s => `AKID${s.alnum(32)}`,
    name: 'TENCENTCLOUD_SECRET_ID',
    confidence: 'medium',
    entropy: 3.5
  }),
  kv({
    id: 'tencent-secret-key',
    title: 'Tencent Cloud SecretKey',
    provider: 'Tencent Cloud',
    context: 'tencent[\\w.-]{0,25}?(?:secret|key)',
    value: '[A-Za-z0-9]{32}',
    keywords: ['tencent'],
    gen: s => s.alnum(32),
    name: 'TENCENTCLOUD_SECRET_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'yandex-cloud-api-key',
    title: 'Yandex Cloud API key',
    provider: 'Yandex Cloud',
    re: 'AQVN[A-Za-z0-9_-]{35,38}',
    keywords: ['aqvn'],
    gen: s => `AQVN${s.url(36)}`,
    miss: s => [`AQVN${s.url(20)}`],
    name: 'YC_API_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'yandex-cloud-iam-token',
    title: 'Yandex Cloud IAM token',
    provider: 'Yandex Cloud',
    re: 't1\\.[A-Za-z0-9_-]{20,100}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
    keywords: ['t1.'],
    after: 220,
    gen: s => `t1.${s.url(60)}.${s.url(86)}`,
    miss: s => [`t1.${s.url(60)}.${s.url(40)}`],
    name: 'YC_IAM_TOKEN',
    entropy: 4
  }),
  tok({
    id: 'scaleway-access-key',
    title: 'Scaleway access key',
    provider: 'Scaleway',
    re: 'SCW[A-Z0-9]{17}',
    keywords: ['scw'],
    gen: s => `SCW${s.upperAlnum(17)}`,
    name: 'SCW_ACCESS_KEY',
    confidence: 'medium'
  }),
  kv({
    id: 'scaleway-secret-key',
    title: 'Scaleway secret key',
    provider: 'Scaleway',
    context: 'scw[_.-]?secret|scaleway',
    value: UUID,
    keywords: ['scw_secret', 'scw-secret', 'scaleway'],
    gen: s => s.uuid(),
    name: 'SCW_SECRET_KEY'
  }),
  kv({
    id: 'linode-token',
    title: 'Linode (Akamai Cloud) personal access token',
    provider: 'Linode',
    context: 'linode',
    value: '[0-9a-f]{64}',
    keywords: ['linode'],
    gen: s => s.hex(64),
    name: 'LINODE_TOKEN'
  }),
  kv({
    id: 'vultr-api-key',
    title: 'Vultr API key',
    provider: 'Vultr',
    context: 'vultr',
    value: '[A-Z0-9]{36}',
    keywords: ['vultr'],
    gen: s => s.upperAlnum(36),
    name: 'VULTR_API_KEY',
    validate: upperAlnum(3)
  }),
  kv({
    id: 'hetzner-cloud-token',
    title: 'Hetzner Cloud API token',
    provider: 'Hetzner',
    context: 'hcloud|hetzner',
    value: '[A-Za-z0-9]{64}',
    keywords: ['hcloud', 'hetzner'],
    gen: s => s.alnum(64),
    name: 'HCLOUD_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'ovh-application-secret',
    title: 'OVHcloud application secret or consumer key',
    provider: 'OVHcloud',
    context: 'ovh[\\w.-]{0,20}?(?:secret|consumer)',
    value: '[A-Za-z0-9]{32}',
    keywords: ['ovh'],
    gen: s => s.alnum(32),
    name: 'OVH_APPLICATION_SECRET',
    entropy: 3.5
  }),
  kv({
    id: 'ibm-cloud-iam-api-key',
    title: 'IBM Cloud IAM API key',
    provider: 'IBM Cloud',
    context: 'ibm[\\w.-]{0,25}?(?:api[_.-]?key|iam)|iam[_.-]?api[_.-]?key|ic_api_key|bluemix',
    value: '[A-Za-z0-9_-]{44}',
    keywords: ['ibm', 'iam_api', 'iam-api', 'iamapi', 'ic_api_key', 'bluemix'],
    gen: s => s.url(44),
    name: 'IBMCLOUD_API_KEY',
    entropy: 3.5
  }),
  rule(
    'ibm-cos-hmac-secret',
    'IBM Cloud Object Storage HMAC secret',
    'IBM Cloud',
    `"secret_access_key"\\s*:\\s*"(?<secret>${COS_SECRET})"`,
    {
      keywords: ['cos_hmac_keys', 'secret_access_key'],
      before: 400,
      after: 400,
      multiline: true,
      validation: 'context',
      validate: (secret, ctx) =>
        /cos_hmac_keys|"access_key_id"\s*:\s*"[0-9a-f]{32}"/.test(
          ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400)
        ),
      samples: {
        tps: s => [
          `{\n  "cos_hmac_keys": {\n    "access_key_id": "${s.hex(32)}",\n    "secret_access_key": "${s.hex(48)}"\n  }\n}`
        ],
        fps: s => [`{"secret_access_key": "${s.hex(48)}"}`]
      }
    }
  ),
  kv({
    id: 'softlayer-api-key',
    title: 'IBM SoftLayer API key',
    provider: 'SoftLayer',
    context: 'softlayer|sl[_.-]api[_.-]?key',
    value: '[0-9a-f]{64}',
    keywords: ['softlayer', 'sl_api', 'sl-api', 'sl.api'],
    gen: s => s.hex(64),
    name: 'SOFTLAYER_API_KEY'
  }),
  tok({
    id: 'exoscale-api-key',
    title: 'Exoscale API key',
    provider: 'Exoscale',
    re: 'EXO[0-9a-f]{24}',
    keywords: ['exo'],
    gen: s => `EXO${s.hex(24)}`,
    name: 'EXOSCALE_API_KEY',
    confidence: 'medium'
  }),
  kv({
    id: 'backblaze-application-key',
    title: 'Backblaze B2 application key',
    provider: 'Backblaze',
    context: 'b2[_.-]?(?:app(?:lication)?[_.-]?key|secret)|backblaze',
    value: 'K[0-9]{3}[A-Za-z0-9+/]{27}',
    keywords: ['b2_app', 'b2_application', 'b2-app', 'b2_secret', 'backblaze'],
    gen: s => `K00${s.digits(1)}${s.alnum(27)}`,
    name: 'B2_APPLICATION_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'digitalocean-spaces-key',
    title: 'DigitalOcean Spaces access key',
    provider: 'DigitalOcean',
    re: 'DO00[A-Z0-9]{16}',
    keywords: ['do00'],
    gen: s => `DO00${s.upperAlnum(16)}`,
    name: 'SPACES_ACCESS_KEY_ID',
    confidence: 'medium'
  }),
  rule(
    'cloudinary-url',
    'Cloudinary URL with API secret',
    'Cloudinary',
    'cloudinary://[0-9]{10,20}:(?<secret>[A-Za-z0-9_-]{25,32})@[a-z0-9_-]{2,64}',
    {
      keywords: ['cloudinary://'],
      after: 140,
      validation: 'context',
      samples: {
        tps: s => [`CLOUDINARY_URL=cloudinary://${s.digits(15)}:${s.url(27)}@demo-${s.lower(5)}`],
        fps: () => ['CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>']
      }
    }
  ),
  tok({
    id: 'firebase-cloud-messaging-key',
    title: 'Firebase Cloud Messaging server key',
    provider: 'Firebase',
    re: 'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}',
    keywords: [':apa91b'],
    before: 12,
    after: 150,
    gen: s => `AAAA${s.url(7)}:APA91b${s.url(134)}`,
    name: 'FCM_SERVER_KEY',
    entropy: 4
  }),
  tok({
    id: 'mapbox-secret-token',
    title: 'Mapbox secret access token',
    provider: 'Mapbox',
    re: '[st]k\\.eyJ[A-Za-z0-9_-]{20,200}\\.[A-Za-z0-9_-]{22}',
    keywords: ['sk.eyj', 'tk.eyj'],
    after: 240,
    gen: s =>
      `sk.${s.base64url(JSON.stringify({ u: s.lower(8), a: s.lowerAlnum(25) }))}.${s.url(22)}`,
    miss: s => [`sk.${s.base64url(JSON.stringify({ u: s.lower(8) }))}.${s.url(12)}`],
    name: 'MAPBOX_SECRET_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'upstash-redis-token',
    title: 'Upstash Redis REST token',
    provider: 'Upstash',
    context: 'upstash[\\w.-]{0,25}?token',
    value: 'A[A-Za-z0-9_=-]{50,120}',
    keywords: ['upstash'],
    gen: s => `A${s.url(60)}`,
    miss: s => [`A${s.url(20)}`],
    name: 'UPSTASH_REDIS_REST_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'fauna-secret',
    title: 'Fauna secret',
    provider: 'Fauna',
    context: 'fauna',
    value: 'fn[A-Za-z0-9_-]{38}',
    keywords: ['fauna'],
    gen: s => `fn${s.url(38)}`,
    name: 'FAUNA_SECRET',
    entropy: 3.5
  }),
  kv({
    id: 'mongodb-atlas-private-key',
    title: 'MongoDB Atlas API private key',
    provider: 'MongoDB Atlas',
    context: '(?:mongodb[_.-]?)?atlas[\\w.-]{0,20}?private',
    value: UUID,
    keywords: ['atlas'],
    gen: s => s.uuid(),
    name: 'MONGODB_ATLAS_PRIVATE_KEY'
  }),
  tok({
    id: 'clickhouse-cloud-api-secret',
    title: 'ClickHouse Cloud API key secret',
    provider: 'ClickHouse',
    re: '4b1d[A-Za-z0-9]{38}',
    keywords: ['4b1d'],
    gen: s => `4b1d${s.alnum(38)}`,
    // Lower-case hex after the prefix is a hash, not a ClickHouse secret.
    miss: s => [`4b1d${s.alnum(37)}`, `4b1d${s.hex(38)}`],
    validate: v => /[A-Z]/.test(v) && /[a-z]/.test(v.slice(4)) && !/^4b1d[0-9a-f]+$/.test(v),
    name: 'CLICKHOUSE_KEY_SECRET'
  }),
  kv({
    id: 'confluent-api-secret',
    title: 'Confluent Cloud API secret',
    provider: 'Confluent',
    context: 'confluent[\\w.-]{0,25}?secret|sasl[_.]?password|cloud[_.-]?api[_.-]?secret',
    value: '[A-Za-z0-9+/]{64}',
    keywords: ['confluent', 'sasl_password', 'sasl.password', 'cloud_api_secret'],
    gen: s => s.b64(64),
    name: 'CONFLUENT_API_SECRET',
    entropy: 4
  }),
  kv({
    id: 'aiven-token',
    title: 'Aiven API token',
    provider: 'Aiven',
    context: 'aiven',
    value: '[A-Za-z0-9+/]{372}',
    keywords: ['aiven'],
    after: 420,
    gen: s => s.b64(372),
    name: 'AIVEN_TOKEN',
    entropy: 4.5
  }),
  kv({
    id: 'influxdb-token',
    title: 'InfluxDB API token',
    provider: 'InfluxDB',
    context: 'influx',
    value: '[A-Za-z0-9_-]{86}==',
    keywords: ['influx'],
    gen: s => `${s.url(86)}==`,
    name: 'INFLUXDB_TOKEN',
    entropy: 4.5
  }),
  kv({
    id: 'algolia-admin-key',
    title: 'Algolia admin API key',
    provider: 'Algolia',
    context: 'algolia',
    value: '[0-9a-f]{32}',
    keywords: ['algolia'],
    gen: s => s.hex(32),
    name: 'ALGOLIA_ADMIN_KEY'
  }),
  kv({
    id: 'elastic-api-key',
    title: 'Elastic API key',
    provider: 'Elastic',
    context: 'elastic(?:search)?[\\w.-]{0,20}?api[_.-]?key',
    value: '[A-Za-z0-9_-]{20,24}:[A-Za-z0-9_-]{22}|[A-Za-z0-9+/]{56,64}={0,2}',
    keywords: ['elastic'],
    gen: s => `${s.url(20)}:${s.url(22)}`,
    miss: s => [`${s.url(20)}:${s.url(10)}`],
    name: 'ELASTIC_API_KEY',
    entropy: 4
  }),
  kv({
    id: 'hasura-admin-secret',
    title: 'Hasura admin secret',
    provider: 'Hasura',
    context: 'hasura[\\w.-]{0,20}?(?:admin|secret)',
    value: '[A-Za-z0-9_-]{32,64}',
    keywords: ['hasura'],
    gen: s => s.url(40),
    miss: s => [s.url(16)],
    name: 'HASURA_GRAPHQL_ADMIN_SECRET',
    entropy: 3.8
  })
]

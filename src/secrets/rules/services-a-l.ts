import { decodeBase64 } from '../checksum.js'
import { hexId, kv, minEntropy, rule, tok, UUID, type ProviderRule } from './define.js'

/**
 * Long-tail services whose names start with a–l, each written from the provider's own
 * description of its credential (prefix, length, alphabet); a format the provider does not
 * describe gets no rule here. Services m–z are in `services-m-z.ts`.
 */
export const SERVICES_A_L_RULES: ProviderRule[] = [
  // Adafruit IO shows the account's key as `aio_` and 28 letters and digits. (Adafruit's API
  // docs still show the older 32-hex key, sent as `X-AIO-Key`: the rule below.)
  tok({
    id: 'adafruit-io-key',
    title: 'Adafruit IO key',
    provider: 'Adafruit IO',
    re: 'aio_[A-Za-z0-9]{28}',
    keywords: ['aio_'],
    gen: s => `aio_${s.alnum(28)}`,
    miss: s => [`aio_${s.alnum(27)}`, `aio_${s.alnum(29)}`],
    name: 'ADAFRUIT_IO_KEY',
    entropy: 3.5
  }),
  // Adafruit IO keys from before the `aio_` prefix: 32 hex digits, sent in the `X-AIO-Key`
  // header or the `x-aio-key` query parameter.
  // Source: https://adafruit.github.io/Adafruit_IO_Documentation/http.html
  kv({
    id: 'adafruit-io-key-legacy',
    title: 'Adafruit IO key (32-hex format)',
    provider: 'Adafruit IO',
    context: 'x-aio-key|aio[_.-]?key|adafruit[_.-]?io[_.-]?key',
    value: hexId(32),
    keywords: ['x-aio-key', 'aio_key', 'aio-key', 'aiokey', 'adafruit_io_key', 'adafruit-io-key'],
    gen: s => s.hex(32),
    name: 'ADAFRUIT_IO_KEY',
    tps: s => [
      `ADAFRUIT_IO_KEY = "${s.hex(32)}"`,
      `curl -H "X-AIO-Key: ${s.hex(32)}" https://io.adafruit.com/api/v2/user/feeds`,
      `https://io.adafruit.com/api/v2/user/feeds?x-aio-key=${s.hex(32)}`
    ]
  }),
  // Dependency-Track (4.10+) issues API keys as `odt_` and 32 letters and digits.
  tok({
    id: 'dependency-track-api-key',
    title: 'Dependency-Track API key',
    provider: 'Dependency-Track',
    re: 'odt_[A-Za-z0-9]{32}',
    keywords: ['odt_'],
    gen: s => `odt_${s.alnum(32)}`,
    miss: s => [`odt_${s.alnum(31)}`, `odt_${s.alnum(33)}`],
    name: 'DTRACK_API_KEY',
    entropy: 3.5
  }),
  // AWS AppSync API keys (key version `da2`, the only valid one since 2018): `da2-` and 26
  // lower-case letters and digits, sent as `x-api-key`.
  tok({
    id: 'aws-appsync-api-key',
    title: 'AWS AppSync API key',
    provider: 'AWS',
    re: 'da2-[a-z0-9]{26}',
    keywords: ['da2-'],
    gen: s => `da2-${s.lowerAlnum(26)}`,
    miss: s => [`da2-${s.lowerAlnum(25)}`, `da2-${s.lowerAlnum(27)}`],
    name: 'APPSYNC_API_KEY'
  }),
  // Azure Container Registry access keys (admin passwords and token passwords) are 52 base64
  // characters that carry the service signature `+ACR` at offset 42.
  tok({
    id: 'azure-container-registry-key',
    title: 'Azure Container Registry access key',
    provider: 'Azure',
    re: '[A-Za-z0-9+/]{42}\\+ACR[A-Za-z0-9+/]{6}',
    keywords: ['+acr'],
    before: 50,
    after: 12,
    gen: s => `${s.b64(42)}+ACR${s.alnum(6)}`,
    miss: s => [`${s.b64(42)}+ACR${s.alnum(5)}`, `${s.b64(42)}+ACX${s.alnum(6)}`],
    name: 'ACR_PASSWORD',
    entropy: 4
  }),
  // Fly.io tokens (`fly tokens create …`, `fly auth token`) are macaroons written
  // `FlyV1 fm2_<base64>`, several hundred characters long, comma-separated when bundled.
  // Source: https://fly.io/docs/flyctl/tokens-create/ and Fly.io's macaroon library,
  // https://readme.hex.pm/macfly/0.2.20
  tok({
    id: 'flyio-token',
    title: 'Fly.io API token',
    provider: 'Fly.io',
    re: 'FlyV1 fm2_[A-Za-z0-9+/=_,-]{100,2000}',
    keywords: ['flyv1 fm2_'],
    after: 2010,
    gen: s => `FlyV1 fm2_${s.b64(160)},fm2_${s.b64(120)}`,
    miss: s => [`FlyV1 fm2_${s.b64(40)}`, `FlyV2 fm2_${s.b64(160)}`],
    name: 'FLY_API_TOKEN',
    entropy: 4.5
  }),
  // LoginRadius API keys and secrets are GUIDs.
  kv({
    id: 'loginradius-api-key',
    title: 'LoginRadius API key or secret',
    provider: 'LoginRadius',
    context: 'login[_.-]?radius',
    value: UUID,
    keywords: ['loginradius', 'login_radius', 'login-radius', 'login.radius'],
    gen: s => s.uuid(),
    name: 'LOGINRADIUS_API_SECRET'
  }),
  // DocuSign integration secret keys are GUIDs (the integration key, a GUID too, only names
  // the app: the rule wants a secret in the name).
  kv({
    id: 'docusign-secret-key',
    title: 'DocuSign integration secret key',
    provider: 'DocuSign',
    context: 'docu[_.-]?sign[\\w.-]{0,20}?(?:secret|private)',
    value: UUID,
    keywords: ['docusign', 'docu_sign', 'docu-sign'],
    gen: s => s.uuid(),
    name: 'DOCUSIGN_SECRET_KEY',
    tps: s => [`DOCUSIGN_SECRET_KEY = "${s.uuid()}"`, `docusignClientSecret := "${s.uuid()}"`]
  }),
  // Blocknative API keys (Mempool, Gas Platform) are GUIDs.
  kv({
    id: 'blocknative-api-key',
    title: 'Blocknative API key',
    provider: 'Blocknative',
    context: 'blocknative',
    value: UUID,
    keywords: ['blocknative'],
    gen: s => s.uuid(),
    name: 'BLOCKNATIVE_API_KEY'
  }),
  // Code Climate's test reporter ID (`CC_TEST_REPORTER_ID`, 64 hex digits) lets its holder
  // upload coverage reports for the repository.
  kv({
    id: 'codeclimate-test-reporter-id',
    title: 'Code Climate test reporter ID',
    provider: 'Code Climate',
    context: '(?:cc|code[_.-]?climate)[_.-]?(?:test[_.-]?)?reporter[_.-]?id',
    value: hexId(64),
    keywords: ['reporter_id', 'reporter-id', 'reporterid'],
    gen: s => s.hex(64),
    name: 'CC_TEST_REPORTER_ID',
    // Code Climate says the ID only identifies the repository when coverage is posted and
    // cannot read any data, so it is reported below the default `fail-on`.
    // Source: https://docs.codeclimate.com/docs/finding-your-test-coverage-token#should-i-keep-my-test-reporter-id-secret
    severity: 'low'
  }),
  // A new Jenkins controller prints its generated admin password (32 hex digits, the content of
  // `secrets/initialAdminPassword`) under this sentence in its first log.
  rule(
    'jenkins-initial-admin-password',
    'Jenkins initial admin password',
    'Jenkins',
    'password to proceed to installation:\\s{1,20}(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])',
    {
      keywords: ['password to proceed to installation'],
      before: 0,
      after: 100,
      multiline: true,
      validate: minEntropy(3),
      samples: {
        tps: s => [
          `Jenkins initial setup is required. An admin user has been created and a password generated.\nPlease use the following password to proceed to installation:\n\n${s.hex(32)}\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword`
        ],
        fps: s => [
          `Please use the following password to proceed to installation:\n\n${s.hex(31)}\n`,
          `Please use the following password to proceed to installation:\n\n${s.hex(32)}${s.hex(8)}\n`
        ]
      }
    }
  ),
  // A HashiCorp Vault unseal key share is 33 random bytes in base64 (44 characters); `vault
  // operator init` prints them as `Unseal Key N: …` and `vault operator unseal` takes one.
  rule(
    'vault-unseal-key',
    'HashiCorp Vault unseal key share',
    'HashiCorp',
    '(?:operator\\s{1,5}unseal(?:\\s{1,5}-[\\w-]{1,30}(?:=[^\\s"\']{1,100})?){0,4}|unseal key(?:\\s{1,3}\\d{1,2})?\\s{0,3}:)[\\s"\']{1,5}(?<secret>[A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])',
    {
      keywords: ['operator unseal', 'unseal key'],
      before: 0,
      after: 260,
      validate: minEntropy(4),
      samples: {
        tps: s => [
          `vault operator unseal ${s.b64(44)}`,
          `Unseal Key 1: ${s.b64(44)}\nUnseal Key 2: ${s.b64(44)}`
        ],
        fps: s => [
          `vault operator unseal ${s.b64(40)}`,
          `Unseal Key 1: ${s.b64(44)}${s.b64(4)}`,
          'vault operator unseal -migrate'
        ]
      }
    },
    'i'
  ),
  // Google Artifact Registry and Container Registry accept a service account key file as a
  // Docker password under the user name `_json_key`; Docker stores `user:password` in base64
  // (`"auth"` in config.json, DOCKER_AUTH_CONFIG), which then starts with `X2pzb25fa2V5`.
  rule(
    'gcp-docker-json-key',
    'Google Cloud service account key in Docker registry credentials',
    'Google Cloud',
    '(?<![A-Za-z0-9+/])(?<secret>X2pzb25fa2V5[A-Za-z0-9+/]{100,8000}={0,2})(?![A-Za-z0-9+/=])',
    {
      keywords: ['x2pzb25fa2v5'],
      before: 0,
      after: 8020,
      severity: 'critical',
      validation: 'structure',
      raw: true,
      validate: secret => {
        const text = decodeBase64(secret)?.toString('utf8') ?? ''
        return /^_json_key(?:_base64)?:/.test(text) && /private_key/.test(text)
      },
      samples: {
        tps: s => [
          `{"auths": {"europe-docker.pkg.dev": {"auth": "${s.base64(`_json_key:${JSON.stringify({ type: 'service_account', project_id: s.lower(10), private_key_id: s.hex(40), private_key: `-----BEGIN PRIVATE KEY-----\n${s.b64(64)}\n-----END PRIVATE KEY-----\n`, client_email: `${s.lower(8)}@${s.lower(10)}.iam.gserviceaccount.com` }, null, 2)}`)}"}}}`
        ],
        fps: s => [
          `IMAGE_PULL = "${s.base64(`_json_key:${JSON.stringify({ type: 'authorized_user', note: s.lower(90) })}`)}"`
        ]
      }
    }
  )
]

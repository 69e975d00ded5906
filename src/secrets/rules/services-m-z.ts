import { isPlaceholder, shannonEntropy } from '../heuristics.js'
import type { Validator } from '../types.js'
import { kv, rule, UUID, type ProviderRule } from './define.js'

/**
 * Hex under the case-insensitive name anchor: a generated key is all lower or all upper case,
 * never mixed, and random enough.
 */
const oneCaseHex =
  (floor: number): Validator =>
  secret =>
    (/^[0-9a-f]+$/.test(secret) || /^[0-9A-F]+$/.test(secret)) && shannonEntropy(secret) > floor

/**
 * Services M–Z (and digits) with no rule in the family files, each written from the
 * provider's own description of its credential: a URL or API call shape the provider
 * documents, or a documented length and alphabet under the service's name.
 */
export const SERVICES_M_Z_RULES: ProviderRule[] = [
  rule(
    'power-automate-workflow-url',
    'Power Automate / Logic Apps workflow trigger URL (Teams workflow webhook)',
    'Microsoft Power Automate',
    // The `sig` query parameter is the trigger URL's SAS signature. Source:
    // https://learn.microsoft.com/en-us/dotnet/api/azure.resourcemanager.logic.models.logicworkflowtriggercallbackqueryparameterinfo.sig
    // A manual-trigger workflow URL carries its authorization in the `sig` query parameter
    // (an HMAC-SHA256, 43 base64url characters): anyone holding the URL can run the flow.
    // Teams' Workflows webhooks, which replace the retired connector webhooks, are these URLs.
    '(?<secret>https://[a-z0-9.-]{3,120}\\.(?:environment\\.api\\.powerplatform\\.com|logic\\.azure\\.com)(?::\\d{2,5})?/(?:powerautomate/automations/direct/)?workflows/[0-9a-f]{32}/triggers/[\\w.-]{1,80}/paths/invoke\\?[\\w%&=.~-]{0,300}?sig=[A-Za-z0-9_-]{43})(?![\\w-])',
    {
      keywords: ['environment.api.powerplatform.com', '.logic.azure.com'],
      before: 130,
      after: 700,
      validation: 'structure',
      raw: true,
      validate: secret => shannonEntropy(secret.slice(secret.lastIndexOf('sig=') + 4)) > 4,
      samples: {
        tps: s => [
          `TEAMS_WEBHOOK = "https://default${s.hex(30)}.${s.digits(2)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${s.hex(32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${s.url(43)}"`,
          `url: https://prod-${s.digits(2)}.westeurope.logic.azure.com:443/workflows/${s.hex(32)}/triggers/manual/paths/invoke?sig=${s.url(43)}&api-version=2016-06-01`
        ],
        fps: s => [
          // No signature: the URL alone does not authorize a call.
          `url: https://prod-${s.digits(2)}.westeurope.logic.azure.com:443/workflows/${s.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01`,
          `url: https://prod-${s.digits(2)}.westeurope.logic.azure.com:443/workflows/${s.hex(32)}/triggers/manual/paths/invoke?sig=${s.url(30)}`
        ]
      }
    }
  ),
  rule(
    'truenas-api-key',
    'TrueNAS API key',
    'TrueNAS',
    // TrueNAS shows a key once as `<key id>-<64 letters and digits>`; its JSON-RPC API takes it
    // as the only parameter of `auth.login_with_api_key`.
    '(?:login_with_api_key|truenas)[\\s\\S]{0,80}?(?<![\\w-])(?<secret>[0-9]{1,6}-[A-Za-z0-9]{64})(?![\\w-])',
    {
      keywords: ['login_with_api_key', 'truenas'],
      before: 0,
      after: 160,
      // JSON dumps put `params` on the lines after `method`.
      multiline: true,
      confidence: 'medium',
      validation: 'context',
      validate: secret => shannonEntropy(secret) > 4,
      samples: {
        tps: s => [
          `{"id": "${s.uuid()}", "msg": "method", "method": "auth.login_with_api_key", "params": ["${s.digits(1)}-${s.alnum(64)}"]}`,
          `TRUENAS_API_KEY=${s.digits(2)}-${s.alnum(64)}`
        ],
        fps: s => [
          `TRUENAS_API_KEY=${s.digits(2)}-${s.alnum(63)}`,
          `{"method": "auth.login_with_api_key", "params": ["$TRUENAS_API_KEY"]}`,
          `BUILD_ID=${s.digits(2)}-${s.alnum(64)}`
        ]
      }
    },
    'i'
  ),
  rule(
    'thingsboard-device-token',
    'ThingsBoard device access token in a device API URL',
    'ThingsBoard',
    // Source: https://thingsboard.io/docs/reference/http-api/
    // The device HTTP API (and CoAP) takes the device's access token as a path segment:
    // `/api/v1/<token>/telemetry`, `/attributes`, `/rpc`, `/claim`, `/firmware`.
    '/api/v1/(?<secret>[A-Za-z0-9_-]{16,64})/(?:telemetry|attributes|rpc|claim|firmware|software)(?![\\w-])',
    {
      keywords: ['/telemetry', '/attributes', '/claim', '/firmware', '/software'],
      before: 80,
      after: 20,
      confidence: 'medium',
      validation: 'context',
      validate: secret =>
        !isPlaceholder(secret) &&
        /[0-9]/.test(secret) &&
        /[A-Za-z]/.test(secret) &&
        shannonEntropy(secret) > 3.2,
      samples: {
        tps: s => [
          `curl -v -X POST http://tb.${s.lower(6)}.net:8080/api/v1/${s.alnum(20)}/telemetry -d '{"t": 1}'`,
          `coap://coap.thingsboard.cloud/api/v1/${s.lowerAlnum(20)}/attributes`
        ],
        fps: () => [
          'curl -X POST http://$THINGSBOARD_HOST/api/v1/$ACCESS_TOKEN/telemetry',
          'http://localhost:8080/api/v1/{accessToken}/telemetry',
          'http://localhost:8080/api/v1/YOUR_DEVICE_ACCESS_TOKEN/telemetry'
        ]
      }
    }
  ),
  kv({
    id: 'zulip-api-key',
    title: 'Zulip API key',
    provider: 'Zulip',
    context: 'zulip',
    // A zuliprc's `key=`: 32 letters and digits (the length as Zulip's own zulip-js README
    // shows a key; zulip.com/api/api-keys documents the zuliprc but not the length).
    // Source: https://zulip.com/api/api-keys and https://www.npmjs.com/package/zulip-js
    value: '[A-Za-z0-9]{32}',
    keywords: ['zulip'],
    gen: s => s.alnum(32),
    name: 'ZULIP_API_KEY',
    entropy: 3.5,
    tps: s => [`ZULIP_API_KEY = "${s.alnum(32)}"`, `zulip key - '${s.alnum(32)}'`]
  }),
  kv({
    id: 'notion-integration-secret',
    title: 'Notion internal integration secret (secret_ format)',
    provider: 'Notion',
    context: 'notion',
    // Before `ntn_`, Notion issued internal integration secrets as `secret_` + 43 characters.
    value: 'secret_[A-Za-z0-9]{43}',
    keywords: ['notion'],
    gen: s => `secret_${s.alnum(43)}`,
    name: 'NOTION_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'phrase-access-token',
    title: 'Phrase (Strings) API access token',
    provider: 'Phrase',
    // Phrase documents the token's use (`Authorization: token ACCESS_TOKEN`), not its length.
    // Source: https://developers.phrase.com/en/api/strings/authentication
    // `phrase` as a word of the name, not the end of `passphrase`.
    context: '(?<![a-z])phrase(?:app)?[\\w .-]{0,20}?(?:token|access)',
    value: '[0-9a-f]{64}',
    keywords: ['phrase'],
    gen: s => s.hex(64),
    miss: s => [s.hex(63), `${s.hex(32).toUpperCase()}${s.hex(32)}`],
    name: 'PHRASE_ACCESS_TOKEN',
    validate: oneCaseHex(3.3),
    tps: s => [`PHRASE_ACCESS_TOKEN = "${s.hex(64)}"`, `phrase token - ${s.hex(64)}`]
  }),
  kv({
    id: 'moosend-api-key',
    title: 'Moosend API key',
    provider: 'Moosend',
    context: 'moosend',
    // Moosend API keys are GUIDs.
    value: UUID,
    keywords: ['moosend'],
    gen: s => s.uuid(),
    name: 'MOOSEND_API_KEY'
  }),
  kv({
    id: 'shortcut-api-token',
    title: 'Shortcut (formerly Clubhouse) API token',
    provider: 'Shortcut',
    // Shortcut API tokens are UUIDs; `shortcut` is a common word, so the name must say token.
    // Shortcut's client README tells users to export `SHORTCUT_API_TOKEN`; the GUID shape is
    // not on Shortcut's pages. Source: https://github.com/useshortcut/shortcut-client-js
    context: '(?:shortcut|clubhouse)[\\w .-]{0,20}?(?:token|api[_.-]?key)',
    value: UUID,
    keywords: ['shortcut', 'clubhouse'],
    gen: s => s.uuid(),
    name: 'SHORTCUT_API_TOKEN',
    tps: s => [`SHORTCUT_API_TOKEN = "${s.uuid()}"`, `shortcut token = '${s.uuid()}'`]
  }),
  kv({
    id: 'npm-legacy-token',
    title: 'npm legacy access token (UUID format)',
    provider: 'npm',
    // npm tokens issued before the `npm_` format are UUIDs. npm removed legacy tokens on
    // 5 November 2025, so one found now no longer logs in to npmjs.com: reported below the
    // default `fail-on` (private registries that copied the format may still accept theirs).
    // Source: https://docs.npmjs.com/about-access-tokens/
    context: 'npm[\\w .-]{0,12}?(?:token|auth)',
    value: UUID,
    keywords: ['npm'],
    gen: s => s.uuid(),
    name: 'NPM_TOKEN',
    severity: 'low'
  }),
  kv({
    id: 'twitter-consumer-key',
    title: 'X (Twitter) API key (consumer key)',
    provider: 'X (Twitter)',
    // The API key (consumer key) is 25 letters and digits; its secret is the 50-character
    // value `twitter-api-secret` finds.
    context: '(?:twitter|tweepy)[\\w.-]{0,20}?(?:consumer|api)[_.-]?key',
    value: '[A-Za-z0-9]{25}',
    keywords: ['twitter', 'tweepy'],
    gen: s => s.alnum(25),
    name: 'TWITTER_CONSUMER_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'poloniex-api-secret',
    title: 'Poloniex API secret',
    provider: 'Poloniex',
    context: 'poloniex',
    // The secret signs requests with HMAC-SHA512: 128 hex digits.
    value: '[0-9a-f]{128}',
    keywords: ['poloniex'],
    gen: s => s.hex(128),
    miss: s => [s.hex(127), `D${s.hex(126)}B`],
    name: 'POLONIEX_SECRET',
    validate: oneCaseHex(3.5)
  })
]

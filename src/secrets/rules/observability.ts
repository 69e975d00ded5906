import { hexId, kv, minEntropy, prefixed, tok, UUID, type ProviderRule } from './define.js'
import { decodeBase64, validGrafanaServiceAccountToken } from '../checksum.js'

/** Monitoring, logging and error tracking. */
export const OBSERVABILITY_RULES: ProviderRule[] = [
  prefixed(
    'sentry-token',
    'Sentry auth token',
    'Sentry',
    `(?:sntrys_eyJ[\\w=+/-]{50,300}|sntryu_${hexId(64)})`,
    {
      keywords: ['sntrys_', 'sntryu_'],
      after: 310,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [
          `SENTRY_AUTH_TOKEN = "sntryu_${s.hex(64)}"`,
          `SENTRY_AUTH_TOKEN=sntrys_${s.base64url(JSON.stringify({ iat: 1700000000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: s.lower(8) }))}_${s.url(43)}`
        ],
        fps: s => [`SENTRY_AUTH_TOKEN = "sntryu_${s.hex(63)}"`]
      }
    }
  ),
  prefixed(
    'grafana-service-account-token',
    'Grafana service account token',
    'Grafana',
    `glsa_[A-Za-z0-9]{32}_${hexId(8)}`,
    {
      keywords: ['glsa_'],
      after: 48,
      validation: 'checksum',
      validate: s => validGrafanaServiceAccountToken(s),
      samples: {
        tps: s => {
          const head = `glsa_${s.alnum(32)}`
          const le = Buffer.from(s.crcHex(head), 'hex').reverse().toString('hex')
          return [`GRAFANA_TOKEN = "${head}_${le}"`]
        },
        fps: s => [`GRAFANA_TOKEN = "glsa_${s.alnum(32)}_${s.hex(8)}"`]
      }
    }
  ),
  prefixed(
    'grafana-cloud-token',
    'Grafana Cloud API token',
    'Grafana',
    'glc_[A-Za-z0-9+/]{32,400}={0,2}',
    {
      keywords: ['glc_'],
      after: 410,
      validate: minEntropy(4),
      samples: {
        tps: s => [`GRAFANA_CLOUD = "glc_${s.base64(s.bytes(90)).replace(/[+/=]/g, 'x')}"`],
        fps: () => ['GRAFANA = "glc_short"']
      }
    }
  ),
  prefixed('newrelic-user-key', 'New Relic user API key', 'New Relic', 'NRAK-[A-Z0-9]{27}', {
    keywords: ['nrak-'],
    after: 34,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [`NEW_RELIC_API_KEY = "NRAK-${s.upperAlnum(27)}"`],
      fps: s => [`NEW_RELIC_API_KEY = "NRAK-${s.upperAlnum(26)}"`]
    }
  }),
  prefixed(
    'dynatrace-token',
    'Dynatrace API token',
    'Dynatrace',
    'dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}',
    {
      keywords: ['dt0c01.'],
      after: 100,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`DT_API_TOKEN = "dt0c01.${s.upperAlnum(24)}.${s.upperAlnum(64)}"`],
        fps: s => [`DT_API_TOKEN = "dt0c01.${s.upperAlnum(24)}.${s.upperAlnum(60)}"`]
      }
    }
  ),
  kv({
    id: 'datadog-api-key',
    title: 'Datadog API key',
    provider: 'Datadog',
    context: 'datadog[\\w.-]{0,12}?api|dd[_.-]?api[_.-]?key',
    value: '[0-9a-f]{32}',
    keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
    gen: s => s.hex(32),
    name: 'DD_API_KEY'
  }),
  kv({
    id: 'datadog-app-key',
    title: 'Datadog application key',
    provider: 'Datadog',
    context: 'datadog[\\w.-]{0,12}?app|dd[_.-]?app(?:lication)?[_.-]?key',
    value: '[0-9a-f]{40}',
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
    gen: s => s.hex(40),
    name: 'DD_APP_KEY'
  }),
  tok({
    id: 'newrelic-insert-key',
    title: 'New Relic insert or browser key',
    provider: 'New Relic',
    re: '(?:NRI[IQ]-[A-Za-z0-9_-]{32}|NRJS-[0-9a-f]{19}|NRAA-[0-9a-f]{27}|NRRA-[0-9a-f]{42})',
    keywords: ['nrii-', 'nrjs-', 'nraa-', 'nriq-', 'nrra-'],
    gen: s => `NRII-${s.url(32)}`,
    miss: s => [`NRII-${s.url(10)}`, `NRII-${s.url(27)}`],
    name: 'NEW_RELIC_INSERT_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'newrelic-license-key',
    title: 'New Relic license (ingest) key',
    provider: 'New Relic',
    re: '(?:[a-z]{2}[0-9]{2}xx[0-9a-f]{30}|[0-9a-f]{36})NRAL',
    keywords: ['nral'],
    before: 40,
    gen: s => `${s.hex(36)}NRAL`,
    miss: s => [`${s.hex(30)}NRAL`, `${s.lowerAlnum(36).replace(/[0-9a-f]/, 'z')}NRAL`],
    name: 'NEW_RELIC_LICENSE_KEY'
  }),
  tok({
    id: 'honeycomb-api-key',
    title: 'Honeycomb ingest or management key',
    provider: 'Honeycomb',
    re: 'hc[ax](?:ik|mk|lk)_[0-9a-z]{58}',
    keywords: ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_', 'hcalk_', 'hcxlk_'],
    gen: s => `hcaik_01${s.lowerAlnum(56)}`,
    name: 'HONEYCOMB_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'honeycomb-config-key',
    title: 'Honeycomb configuration key',
    provider: 'Honeycomb',
    context: 'honeycomb',
    value: '[A-Za-z0-9]{22}|[0-9a-f]{32}',
    keywords: ['honeycomb'],
    gen: s => s.alnum(22),
    miss: s => [s.alnum(12)],
    name: 'HONEYCOMB_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'sumologic-access-key',
    title: 'Sumo Logic access key',
    provider: 'Sumo Logic',
    context: 'sumo',
    value: '[A-Za-z0-9]{64}',
    keywords: ['sumo'],
    gen: s => s.alnum(64),
    name: 'SUMOLOGIC_ACCESS_KEY',
    entropy: 4
  }),
  kv({
    id: 'splunk-token',
    title: 'Splunk HEC or authentication token',
    provider: 'Splunk',
    context: 'splunk',
    value: UUID,
    keywords: ['splunk'],
    gen: s => s.uuid(),
    name: 'SPLUNK_HEC_TOKEN'
  }),
  kv({
    id: 'pagerduty-api-key',
    title: 'PagerDuty API key',
    provider: 'PagerDuty',
    context: 'pager[_.-]?duty',
    value: 'u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}|[0-9a-f]{32}',
    keywords: ['pagerduty', 'pager_duty', 'pager-duty'],
    gen: s => `u+${s.url(18)}`,
    miss: s => [`u+${s.url(8)}`],
    name: 'PAGERDUTY_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'opsgenie-api-key',
    title: 'Opsgenie API key',
    provider: 'Opsgenie',
    context: 'opsgenie',
    value: UUID,
    keywords: ['opsgenie'],
    gen: s => s.uuid(),
    name: 'OPSGENIE_API_KEY'
  }),
  kv({
    id: 'rollbar-token',
    title: 'Rollbar access token',
    provider: 'Rollbar',
    context: 'rollbar',
    value: '[0-9a-f]{32}',
    keywords: ['rollbar'],
    gen: s => s.hex(32),
    name: 'ROLLBAR_ACCESS_TOKEN'
  }),
  kv({
    id: 'bugsnag-api-key',
    title: 'Bugsnag API key',
    provider: 'Bugsnag',
    context: 'bugsnag',
    value: '[0-9a-f]{32}',
    keywords: ['bugsnag'],
    gen: s => s.hex(32),
    name: 'BUGSNAG_API_KEY'
  }),
  tok({
    id: 'honeybadger-token',
    title: 'Honeybadger personal auth token',
    provider: 'Honeybadger',
    re: 'hbp_[A-Za-z0-9]{36}',
    keywords: ['hbp_'],
    gen: s => `hbp_${s.alnum(36)}`,
    name: 'HONEYBADGER_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'airbrake-key',
    title: 'Airbrake project key',
    provider: 'Airbrake',
    context: 'airbrake',
    value: '[0-9a-f]{32}',
    keywords: ['airbrake'],
    gen: s => s.hex(32),
    name: 'AIRBRAKE_PROJECT_KEY'
  }),
  kv({
    id: 'loggly-token',
    title: 'Loggly customer token',
    provider: 'Loggly',
    context: 'loggly',
    value: UUID,
    keywords: ['loggly'],
    gen: s => s.uuid(),
    name: 'LOGGLY_TOKEN'
  }),
  kv({
    id: 'logzio-token',
    title: 'Logz.io shipping or API token',
    provider: 'Logz.io',
    context: 'logz',
    value: '[A-Za-z]{32}|' + UUID,
    keywords: ['logz'],
    gen: s => s.letters(32),
    miss: s => [s.letters(20)],
    name: 'LOGZIO_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'axiom-token',
    title: 'Axiom API or personal token',
    provider: 'Axiom',
    re: 'xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['xaat-', 'xapt-'],
    gen: s => `xaat-${s.uuid()}`,
    name: 'AXIOM_TOKEN'
  }),
  tok({
    id: 'checkly-api-key',
    title: 'Checkly API key',
    provider: 'Checkly',
    re: 'cu_[0-9a-f]{32}',
    keywords: ['cu_'],
    gen: s => `cu_${s.hex(32)}`,
    name: 'CHECKLY_API_KEY'
  }),
  tok({
    id: 'coralogix-key',
    title: 'Coralogix API or send-your-data key',
    provider: 'Coralogix',
    re: 'cx(?:tp|up)_[A-Za-z0-9]{30}',
    keywords: ['cxtp_', 'cxup_'],
    gen: s => `cxtp_${s.alnum(30)}`,
    name: 'CORALOGIX_PRIVATE_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'lightstep-access-token',
    title: 'Lightstep (ServiceNow Cloud Observability) access token',
    provider: 'Lightstep',
    context: 'lightstep',
    value: '[A-Za-z0-9+/]{84}|[A-Za-z0-9]{32}',
    keywords: ['lightstep'],
    gen: s => s.alnum(32),
    miss: s => [s.alnum(20)],
    name: 'LIGHTSTEP_ACCESS_TOKEN',
    entropy: 3.5
  }),
  // ── Feature flags and product analytics
  tok({
    id: 'launchdarkly-token',
    title: 'LaunchDarkly API access token or SDK key',
    provider: 'LaunchDarkly',
    re: '(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['api-', 'sdk-'],
    gen: s => `api-${s.uuid()}`,
    name: 'LAUNCHDARKLY_ACCESS_TOKEN'
  }),
  tok({
    id: 'configcat-sdk-key',
    title: 'ConfigCat SDK key',
    provider: 'ConfigCat',
    re: 'configcat-sdk-1/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}',
    keywords: ['configcat-sdk-1/'],
    gen: s => `configcat-sdk-1/${s.url(22)}/${s.url(22)}`,
    name: 'CONFIGCAT_SDK_KEY',
    severity: 'medium',
    entropy: 3.5
  }),
  tok({
    id: 'flagsmith-server-key',
    title: 'Flagsmith server-side environment key',
    provider: 'Flagsmith',
    re: 'ser\\.[A-Za-z0-9]{22}',
    keywords: ['ser.'],
    gen: s => `ser.${s.alnum(22)}`,
    name: 'FLAGSMITH_SERVER_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'statsig-server-secret',
    title: 'Statsig server secret key',
    provider: 'Statsig',
    re: 'secret-[A-Za-z0-9]{43}',
    keywords: ['secret-'],
    gen: s => `secret-${s.alnum(43)}`,
    name: 'STATSIG_SERVER_SECRET',
    entropy: 4
  }),
  tok({
    id: 'posthog-personal-api-key',
    title: 'PostHog personal API key',
    provider: 'PostHog',
    re: 'phx_[A-Za-z0-9_-]{43}',
    keywords: ['phx_'],
    gen: s => `phx_${s.url(43)}`,
    name: 'POSTHOG_PERSONAL_API_KEY',
    entropy: 4
  }),
  tok({
    id: 'segment-public-api-token',
    title: 'Segment public API token',
    provider: 'Segment',
    re: 'sgp_[A-Za-z0-9]{64}',
    keywords: ['sgp_'],
    gen: s => `sgp_${s.alnum(64)}`,
    name: 'SEGMENT_API_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'mixpanel-secret',
    title: 'Mixpanel API secret',
    provider: 'Mixpanel',
    context: 'mixpanel[\\w.-]{0,12}?secret',
    value: '[0-9a-f]{32}',
    keywords: ['mixpanel'],
    gen: s => s.hex(32),
    name: 'MIXPANEL_API_SECRET'
  }),
  kv({
    id: 'amplitude-secret-key',
    title: 'Amplitude secret key',
    provider: 'Amplitude',
    context: 'amplitude[\\w.-]{0,12}?secret',
    value: '[0-9a-f]{32}',
    keywords: ['amplitude'],
    gen: s => s.hex(32),
    name: 'AMPLITUDE_SECRET_KEY'
  }),
  tok({
    id: 'grafana-api-key-legacy',
    title: 'Grafana API key (legacy)',
    provider: 'Grafana',
    re: 'eyJrIjoi[A-Za-z0-9+/_-]{40,200}={0,2}',
    keywords: ['eyjrijoi'],
    after: 220,
    gen: s => s.base64(JSON.stringify({ k: s.alnum(32), n: s.lower(6), id: 1 })),
    miss: s => [s.base64(JSON.stringify({ k: s.alnum(4) }))],
    name: 'GRAFANA_API_KEY',
    validation: 'structure',
    // base64 of {"k":…,"n":…,"id":…}.
    validate: v =>
      /^\{"k":"[A-Za-z0-9]{16,64}","n":/.test(decodeBase64(v)?.toString('latin1') ?? ''),
    priority: 30
  })
]

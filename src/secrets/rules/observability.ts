import { hexId, minEntropy, prefixed, type ProviderRule } from './define.js'
import { validGrafanaServiceAccountToken } from '../checksum.js'

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
  )
]

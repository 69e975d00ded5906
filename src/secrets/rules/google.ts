import { minEntropy, prefixed, type ProviderRule } from './define.js'
import type { SampleKit } from './sample-kit.js'
import { gcpServiceAccount } from './validators.js'

/** Google and Google Cloud. */
export const GOOGLE_RULES: ProviderRule[] = [
  prefixed('google-api-key', 'Google API key', 'Google', 'AIza[\\w-]{35}', {
    keywords: ['aiza'],
    after: 42,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [`GOOGLE_API_KEY = "AIza${s.url(35)}"`],
      fps: s => [`GOOGLE_API_KEY = "AIza${s.url(20)}"`, `GOOGLE_API_KEY = "AIza${s.url(36)}"`]
    }
  }),
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account key (JSON)',
    provider: 'Google Cloud',
    keywords: ['service_account'],
    find: gcpServiceAccount,
    before: 4096,
    after: 8192,
    multiline: true,
    confidence: 'high',
    severity: 'critical',
    validation: 'structure',
    priority: 90,
    samples: {
      tps: (s: SampleKit): string[] => {
        const key = `-----BEGIN PRIVATE KEY-----\\nMIIE${s.pemBody(12).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`
        return [
          `{\n  "type": "service_account",\n  "project_id": "proj-${s.lower(6)}",\n  "private_key_id": "${s.hex(40)}",\n  "private_key": "${key}",\n  "client_email": "svc@proj-${s.lower(6)}.iam.gserviceaccount.com"\n}`
        ]
      },
      fps: (s: SampleKit): string[] => [
        // An authorized-user file has no private key.
        `{\n  "type": "service_account",\n  "project_id": "proj-${s.lower(6)}",\n  "client_email": "svc@proj.iam.gserviceaccount.com"\n}`
      ]
    }
  },
  prefixed(
    'google-oauth-client-secret',
    'Google OAuth client secret',
    'Google',
    'GOCSPX-[\\w-]{28}',
    {
      keywords: ['gocspx-'],
      after: 38,
      validate: minEntropy(3),
      samples: {
        tps: s => [`client_secret = "GOCSPX-${s.url(28)}"`],
        fps: s => [`client_secret = "GOCSPX-${s.url(27)}"`]
      }
    }
  ),
  prefixed(
    'google-oauth-access-token',
    'Google OAuth access token',
    'Google',
    'ya29\\.[\\w-]{60,300}',
    {
      keywords: ['ya29.'],
      after: 310,
      confidence: 'medium',
      validate: minEntropy(4),
      samples: {
        tps: s => [`access = "ya29.a0${s.url(120)}"`],
        fps: s => [`access = "ya29.a0${s.url(40)}"`]
      }
    }
  )
]

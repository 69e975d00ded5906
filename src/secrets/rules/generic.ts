import { findGenericAssignments } from '../generic.js'
import type { ProviderRule } from './define.js'

/** The generic assignment detector (`src/secrets/generic.ts`); the lowest priority of all. */
export const GENERIC_RULES: ProviderRule[] = [
  {
    id: 'generic-secret-assignment',
    title: 'Hard-coded secret in an assignment',
    provider: 'generic',
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred'],
    find: findGenericAssignments,
    before: 80,
    after: 260,
    confidence: 'medium',
    severity: 'medium',
    validation: 'entropy',
    priority: 0,
    samples: {
      tps: s => [
        `DB_PASSWORD = "${s.alnum(10)}#${s.alnum(5)}"`,
        `client_secret: "${s.alnum(12)}!${s.alnum(6)}"`
      ],
      fps: () => [
        'password = "<your-password-here>"',
        'api_key = "${API_KEY}"',
        'DB_PASSWORD = os.environ["DB_PASSWORD"]',
        'SECRET_KEY = "changeme"'
      ]
    }
  }
]

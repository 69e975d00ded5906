import { shannonEntropy } from '../heuristics.js'
import { validBech32 } from '../checksum.js'
import { prefixed, rule, type ProviderRule } from './define.js'
import { jwtValidator, pemValidator } from './validators.js'

/** Provider-independent structured secrets: JWTs, private keys, age identities. */
export const KEY_RULES: ProviderRule[] = [
  prefixed(
    'jwt',
    'JSON Web Token',
    'JWT',
    'eyJ[\\w-]{8,800}\\.eyJ[\\w-]{4,4000}\\.[\\w-]{16,1000}',
    {
      keywords: ['eyj'],
      after: 5900,
      confidence: 'medium',
      severity: 'medium',
      validation: 'structure',
      validate: jwtValidator,
      priority: 20,
      samples: {
        tps: s => [
          `session_jwt = "${s.jwt({ sub: s.digits(9), name: s.lower(7), iat: 1700000000, scope: 'read:all' })}"`
        ],
        fps: s => [
          // alg none, and a payload with one toy claim.
          `token = "${s.base64url('{"alg":"none"}')}.${s.base64url('{"sub":"a"}')}.${s.url(20)}"`,
          `token = "${s.base64url('{"alg":"HS256"}')}.${s.base64url('{"name":"x"}')}.${s.url(43)}"`
        ]
      }
    }
  ),
  rule(
    'private-key',
    'Private key',
    'Private key',
    '-----BEGIN (?<kind>[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?-----(?<body>[\\s\\S]{16,16384}?)-----END (?:[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?-----',
    {
      keywords: ['-----begin'],
      before: 0,
      after: 16500,
      multiline: true,
      severity: 'critical',
      validation: 'structure',
      raw: true,
      validate: pemValidator,
      priority: 60,
      samples: {
        tps: s =>
          ['RSA ', 'EC ', 'OPENSSH ', '', 'DSA ', 'ENCRYPTED '].map(
            kind =>
              `-----BEGIN ${kind}PRIVATE KEY-----\nMIIE${s.pemBody(12)}\n${s.b64(20)}==\n-----END ${kind}PRIVATE KEY-----`
          ),
        fps: s => [
          '-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----',
          `-----BEGIN PUBLIC KEY-----\nMIIB${s.pemBody(4)}\n-----END PUBLIC KEY-----`
        ]
      }
    }
  ),
  rule(
    'putty-private-key',
    'PuTTY private key',
    'Private key',
    'PuTTY-User-Key-File-[23]: [\\w-]{3,40}\\r?\\n(?:[^\\r\\n]{0,200}\\r?\\n){0,40}?Private-Lines: \\d{1,3}\\r?\\n(?<secret>(?:[A-Za-z0-9+/=]{1,80}\\r?\\n){1,100})',
    {
      keywords: ['putty-user-key-file-'],
      before: 0,
      after: 16000,
      multiline: true,
      severity: 'critical',
      validation: 'structure',
      raw: true,
      validate: s => s.replace(/\s/g, '').length >= 32 && shannonEntropy(s) > 4,
      samples: {
        tps: s => [
          `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\n${s.b64(64)}\n${s.b64(40)}\nPrivate-Lines: 14\n${s.pemBody(14)}\nPrivate-MAC: ${s.hex(64)}`
        ],
        fps: () => [
          'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nAAAAB3Nza\nPrivate-MAC: 00'
        ]
      }
    }
  ),
  prefixed(
    'age-secret-key',
    'age secret key',
    'age',
    'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}',
    {
      keywords: ['age-secret-key-1'],
      after: 80,
      validation: 'checksum',
      severity: 'critical',
      validate: s => validBech32(s),
      samples: {
        tps: s => [`AGE_KEY = "${s.bech32('age-secret-key-', 52).toUpperCase()}"`],
        fps: s => {
          const k = s.bech32('age-secret-key-', 52).toUpperCase()
          return [`AGE_KEY = "${k.slice(0, -1)}${k.endsWith('Q') ? 'P' : 'Q'}"`]
        }
      }
    }
  )
]

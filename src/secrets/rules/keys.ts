import { shannonEntropy } from '../heuristics.js'
import { decodeBase64, validBech32 } from '../checksum.js'
import { kv, minEntropy, prefixed, rule, type ProviderRule } from './define.js'
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
  ),
  rule(
    'private-key-base64',
    'Private key (base64-encoded PEM)',
    'Private key',
    '(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{0,40}(?:UFJJVkFURSBLRVkt|BSSVZBVEUgS0VZL|QUklWQVRFIEtFWS)[A-Za-z0-9+/]{200,12000}={0,2})',
    {
      keywords: ['ls0tls1crudjti'],
      before: 0,
      after: 12100,
      severity: 'critical',
      validation: 'structure',
      validate: v => {
        const text = decodeBase64(v)?.toString('latin1') ?? ''
        if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) return false
        // The key body (header lines dropped) must be random base64, not filler text.
        const body = text
          .split('\n')
          .filter(l => /^[A-Za-z0-9+/=]{16,}$/.test(l.trim()))
          .join('')
        return body.length >= 64 && shannonEntropy(body) > 5
      },
      samples: {
        tps: s => [
          `client-key-data: ${s.base64(`-----BEGIN RSA PRIVATE KEY-----\nMIIE${s.pemBody(12)}\n-----END RSA PRIVATE KEY-----\n`)}`
        ],
        fps: s => [
          s.base64(
            `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\n${s.lower(64)}\n${s.lower(64)}\n-----END RSA PRIVATE KEY-----\n`
          ),
          `client-certificate-data: ${s.base64(`-----BEGIN CERTIFICATE-----\nMIIE${s.pemBody(12)}\n-----END CERTIFICATE-----\n`)}`
        ]
      }
    }
  ),
  rule(
    'wireguard-private-key',
    'WireGuard private key',
    'Private key',
    '(?:Private|Preshared)Key\\s*=\\s*(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])',
    {
      keywords: ['privatekey', 'presharedkey'],
      after: 70,
      severity: 'critical',
      validation: 'structure',
      validate: minEntropy(4),
      samples: {
        tps: s => [
          `[Interface]\nAddress = 10.0.0.2/32\nPrivateKey = ${s.b64(42)}${s.pick(['A', 'E', 'I', 'M'])}=`
        ],
        fps: s => [`PublicKey = ${s.b64(42)}A=`, `PrivateKey = ${s.b64(30)}=`]
      }
    }
  ),
  rule(
    'openvpn-static-key',
    'OpenVPN static key',
    'Private key',
    '-----BEGIN OpenVPN Static key V1-----(?<secret>(?:\\s{1,2}[0-9a-f]{32}){16})\\s{1,2}-----END OpenVPN Static key V1-----',
    {
      keywords: ['-----begin openvpn static key'],
      before: 0,
      after: 700,
      multiline: true,
      severity: 'critical',
      validation: 'structure',
      raw: true,
      samples: {
        tps: s => [
          `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => s.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`
        ],
        fps: s => [
          `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 4 }, () => s.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`
        ]
      }
    }
  ),
  rule(
    'ssh2-encrypted-private-key',
    'SSH.com (SSH2) private key',
    'Private key',
    '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?<body>[\\s\\S]{64,16384}?)---- END SSH2 ENCRYPTED PRIVATE KEY ----',
    {
      keywords: ['---- begin ssh2 encrypted private key'],
      before: 0,
      after: 16500,
      multiline: true,
      severity: 'critical',
      validation: 'structure',
      raw: true,
      validate: pemValidator,
      samples: {
        tps: s => [
          `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key"\n${s.pemBody(10)}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`
        ],
        fps: () => [
          '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----'
        ]
      }
    }
  ),
  kv({
    id: 'kubernetes-service-account-token',
    title: 'Kubernetes service account or kubeconfig user token',
    provider: 'Kubernetes',
    context: 'kube[\\w.-]{0,20}?token|(?<![\\w-])token(?=:\\s{0,3}eyJhbGciOi)',
    value: 'eyJhbGciOi[\\w-]{10,200}\\.eyJ[\\w-]{20,2000}\\.[\\w-]{20,1000}',
    keywords: ['kube', 'token'],
    after: 3300,
    gen: s =>
      s.jwt(
        {
          iss: 'kubernetes/serviceaccount',
          'kubernetes.io/serviceaccount/namespace': 'default',
          sub: `system:serviceaccount:default:${s.lower(6)}`
        },
        'RS256'
      ),
    miss: s => [s.jwt({ iss: 'kubernetes/serviceaccount' }, 'RS256').slice(0, 50)],
    name: 'KUBE_TOKEN',
    validate: jwtValidator,
    validation: 'structure',
    priority: 25
  }),
  kv({
    id: 'kubernetes-bootstrap-token',
    title: 'Kubernetes bootstrap token',
    provider: 'Kubernetes',
    context: '(?:bootstrap|join)[_.-]?token|token[_.-]?secret|--token',
    value: '[a-z0-9]{6}\\.[a-z0-9]{16}|[a-z0-9]{16}',
    keywords: [
      'bootstrap-token',
      'bootstrap_token',
      'join-token',
      'token-secret',
      'token_secret',
      '--token'
    ],
    gen: s => `${s.lowerAlnum(6)}.${s.lowerAlnum(16)}`,
    name: 'BOOTSTRAP_TOKEN',
    entropy: 3
  })
]

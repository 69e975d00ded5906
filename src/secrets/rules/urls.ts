import { decodeBase64 } from '../checksum.js'
import { isExampleValue, isPlaceholder } from '../heuristics.js'
import { rule, type ProviderRule } from './define.js'
import {
  curlHeaderValidator,
  curlPasswordValidator,
  netrcPasswordValidator,
  urlCredentialValidator
} from './validators.js'

/**
 * The arguments of a curl command up to the flag a rule wants, on one line or on lines joined
 * by a trailing backslash (how shell scripts and READMEs split a long command); the flag must
 * follow a space or such a line break.
 */
const CURL_ARGS = '(?:[^\\n]|\\\\\\r?\\n){0,400}?(?:[ \\t]|\\\\\\r?\\n)'

/** Credentials embedded in connection URLs, command lines and client config files. */
export const URL_RULES: ProviderRule[] = [
  rule(
    'database-url-password',
    'Database connection URL with a password',
    'Database',
    '(?<![a-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|clickhouse|cockroachdb|couchdb|jdbc:[a-z]{2,12}|(?:postgres(?:ql)?|mysql)\\+[a-z0-9]{2,16})://(?<user>[^\\s:@/?#\'"\\x60<>]{0,64}):(?<secret>[^\\s/?#\'"\\x60<>]{1,128})@(?<host>\\[[0-9a-f:.]{2,45}\\]|[\\w.-]{1,253})',
    {
      // The password runs to the last `@` before the host: people paste passwords with an
      // unescaped `@` (`user:p@ss@cluster0.mongodb.net`), which the user:password@host form
      // otherwise cuts at the first one.
      keywords: [
        'postgres',
        'mysql',
        'mariadb',
        'mongodb',
        'redis',
        'amqp',
        'mssql',
        'sqlserver',
        'oracle://',
        'clickhouse',
        'cockroachdb',
        'couchdb',
        'jdbc:'
      ],
      before: 6,
      after: 500,
      confidence: 'high',
      validation: 'context',
      raw: true,
      validate: urlCredentialValidator,
      priority: 40,
      samples: {
        tps: s =>
          ['postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps']
            .map(
              scheme =>
                `DATABASE_URL = "${scheme}://svc_${s.lower(5)}:${s.alnum(18)}@db-${s.lower(6)}.internal.corp:5432/app"`
            )
            .concat([
              `uri: 'mongodb+srv://app:${s.alnum(9)}@${s.digits(4)}!@cluster0-${s.lowerAlnum(5)}.mongodb.net/shop'`
            ]),
        fps: () => [
          'DATABASE_URL = "postgresql://svc:${DB_PASSWORD}@db.internal/app"',
          'DATABASE_URL = "postgres://user:password@localhost:5432/app"',
          'url = "mysql://root:root@127.0.0.1/test"'
        ]
      }
    },
    'i'
  ),
  rule(
    'url-basic-auth',
    'URL with embedded credentials',
    'URL',
    '(?<![a-z0-9+.-])(?:https?|ftps?|sftp|ssh|git|svn|smtps?|imaps?|pop3s?|ldaps?|socks5h?|wss?)://(?<user>[^\\s:@/?#\'"\\x60<>]{1,64}):(?<secret>[^\\s@/?#\'"\\x60<>]{1,128})@(?<host>\\[[0-9a-f:.]{2,45}\\]|[\\w.-]{1,253})',
    {
      keywords: ['://'],
      before: 10,
      after: 460,
      confidence: 'medium',
      validation: 'context',
      raw: true,
      validate: urlCredentialValidator,
      priority: 30,
      samples: {
        tps: s => [
          `MIRROR_URL = "https://deploy-${s.lower(4)}:${s.alnum(16)}@artifacts.corp-${s.lower(5)}.net/simple/"`
        ],
        fps: () => ['MIRROR = "https://user:password@example.com/simple/"']
      }
    },
    'i'
  ),
  rule(
    'curl-basic-auth',
    'Credentials in a curl command line (-u user:password)',
    'curl',
    `\\bcurl\\b${CURL_ARGS}(?:-u|--user)(?:\\s{1,3}|=)?["']?(?<user>[^\\s:"'$<{]{1,64}):(?<secret>[^\\s"'<]{3,128})`,
    {
      keywords: ['curl'],
      multiline: true,
      before: 0,
      after: 600,
      confidence: 'medium',
      validation: 'context',
      raw: true,
      validate: curlPasswordValidator,
      samples: {
        tps: s => [
          `curl -u deploy:${s.alnum(16)} https://api.${s.lower(6)}.net/v1/items`,
          `curl --user "svc-${s.lower(4)}:${s.alnum(12)}#${s.digits(3)}" -X POST https://h.corp/x`,
          // A long command split over lines with a trailing backslash.
          `curl -X POST https://fra1.${s.lower(5)}.cloud/oauth2/token \\\n  -u client-${s.alnum(10)}:${s.alnum(24)}`
        ],
        fps: s => [
          'curl -u user:password https://example.com/',
          'curl -u "$USER:$PASSWORD" https://api.internal/',
          `curl -u admin:\${ADMIN_PASS} https://h.corp/${s.lower(4)}`,
          // An API key given as user name with an empty password is the key rule's job.
          'curl -u key: https://api.stripe.com/v1/charges',
          // Without the backslash the next line is another command, not curl's `-u`.
          `curl https://h.corp/${s.lower(4)}\nsomecmd -u deploy:${s.alnum(16)}`
        ]
      }
    },
    'i'
  ),
  rule(
    'curl-auth-header',
    'Credential in a curl Authorization or API-key header',
    'curl',
    `\\bcurl\\b${CURL_ARGS}(?:-H|--header)(?:\\s{1,3}|=)?["'](?:authorization:\\s{0,3}(?:bearer|basic|token|apikey|api-key)\\s{1,3}|(?:x-)?api[_-]?key:\\s{0,3}|x-auth-token:\\s{0,3}|private-token:\\s{0,3})(?<secret>[A-Za-z0-9+/._~=:_-]{16,1200})["'\\s]`,
    {
      keywords: ['curl'],
      multiline: true,
      before: 0,
      after: 1700,
      confidence: 'medium',
      validation: 'context',
      validate: curlHeaderValidator,
      samples: {
        tps: s => [
          `curl -H "Authorization: Bearer ${s.url(40)}" https://api.${s.lower(6)}.io/v2/me`,
          `curl -s --header 'X-API-Key: ${s.hex(32)}' https://h.corp/items`,
          `curl -H "Authorization: Basic ${s.base64(`ci:${s.alnum(14)}`)}" https://h.corp/`,
          `curl -s https://api.${s.lower(6)}.io/v2/me \\\n  -H 'Authorization: Bearer ${s.url(40)}'`
        ],
        fps: s => [
          'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/',
          'curl -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/user',
          'curl -H "Authorization: Bearer <your-token-here>" https://api.example.com/',
          'curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://api.example.com/',
          `curl -H "Authorization: Bearer ${s.url(40)}" https://api.example.com/v1/me`
        ]
      }
    },
    'i'
  ),
  rule(
    'netrc-password',
    'Password in a .netrc entry',
    'netrc',
    '\\bmachine\\s{1,5}(?<host>[\\w.-]{1,253})\\s{1,10}login\\s{1,5}[^\\s]{1,64}\\s{1,10}password\\s{1,5}(?<secret>[^\\s]{4,128})',
    {
      keywords: ['machine'],
      before: 0,
      after: 500,
      multiline: true,
      confidence: 'high',
      validation: 'context',
      raw: true,
      validate: netrcPasswordValidator,
      samples: {
        tps: s => [
          `machine api.heroku.com\n  login ci@${s.lower(6)}.io\n  password ${s.alnum(20)}`
        ],
        fps: () => [
          'machine example.com login user password <password>',
          // Parser tests: quoted and escaped tokens, documentation hosts, short words.
          'machine host.domain.com login log password "\\\\"pass" account acct',
          'machine api.corp.net login log password pass account acct'
        ]
      }
    },
    'i'
  ),
  rule(
    'npmrc-auth',
    'npm registry credentials in .npmrc (_auth or _password)',
    'npm',
    '(?:^|[\\s:/])_(?:auth|password)\\s*=\\s*["\']?(?<secret>[A-Za-z0-9+/]{12,400}={0,2})',
    {
      keywords: ['_auth', '_password'],
      before: 60,
      after: 420,
      validation: 'structure',
      raw: true,
      validate: v => {
        const decoded = decodeBase64(v)?.toString('utf8') ?? ''
        return (
          /^[\x20-\x7e]{2,}$/.test(decoded) && !isPlaceholder(decoded) && !isExampleValue(decoded)
        )
      },
      samples: {
        tps: s => [
          `//npm.corp.net/:_auth=${s.base64(`ci:${s.alnum(16)}`)}`,
          `//npm.corp.net/:_password=${s.base64(s.alnum(18))}`
        ],
        fps: () => ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '_auth = ${NPM_AUTH}']
      }
    }
  )
]

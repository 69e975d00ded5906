import { rule, type ProviderRule } from './define.js'
import { urlCredentialValidator } from './validators.js'

/** Credentials embedded in connection URLs. */
export const URL_RULES: ProviderRule[] = [
  rule(
    'database-url-password',
    'Database connection URL with a password',
    'Database',
    '(?<![a-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|clickhouse|cockroachdb|couchdb|jdbc:[a-z]{2,12}|(?:postgres(?:ql)?|mysql)\\+[a-z0-9]{2,16})://(?<user>[^\\s:@/?#\'"\\x60<>]{0,64}):(?<secret>[^\\s@/?#\'"\\x60<>]{1,128})@(?<host>\\[[0-9a-f:.]{2,45}\\]|[\\w.-]{1,253})',
    {
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
          ['postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps'].map(
            scheme =>
              `DATABASE_URL = "${scheme}://svc_${s.lower(5)}:${s.alnum(18)}@db-${s.lower(6)}.internal.corp:5432/app"`
          ),
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
  )
]

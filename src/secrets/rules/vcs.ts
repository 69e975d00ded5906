import { minEntropy, prefixed, type ProviderRule } from './define.js'
import { cut } from './sample-kit.js'
import { checksum } from './validators.js'

/** Source hosting: GitHub, GitLab, Bitbucket and the self-hosted forges. */
export const VCS_RULES: ProviderRule[] = [
  ...(
    [
      ['ghp_', 'github-pat', 'GitHub personal access token (classic)', 'GITHUB_TOKEN'],
      ['gho_', 'github-oauth-token', 'GitHub OAuth access token', 'gh_oauth'],
      ['ghu_', 'github-user-to-server-token', 'GitHub App user-to-server token', 'user_tok'],
      ['ghs_', 'github-server-to-server-token', 'GitHub App installation token', 'installation'],
      ['ghr_', 'github-refresh-token', 'GitHub refresh token', 'refresh']
    ] as const
  ).map(([prefix, id, title, name]) =>
    prefixed(id, title, 'GitHub', `${prefix}[A-Za-z0-9]{36}`, {
      keywords: [prefix],
      after: 44,
      validation: 'checksum',
      validate: checksum,
      samples: {
        tps: s => [`${name} = "${s.crcToken(prefix)}"`, `token: ${s.crcToken(prefix)}`],
        fps: s => {
          const t = s.crcToken(prefix)
          // A wrong checksum (documentation lookalikes), one character short, one too long.
          return [
            `${name} = "${cut(t)}${t.endsWith('A') ? 'B' : 'A'}"`,
            `${name} = "${cut(t)}"`,
            `${name} = "${t}x"`
          ]
        }
      }
    })
  ),
  // GitHub App refresh tokens as GitHub's own example response shows them: `ghr_` and 76
  // letters and digits (the 36-character form above carries a checksum; this one has none).
  // Source: https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens
  prefixed(
    'github-app-refresh-token',
    'GitHub App refresh token',
    'GitHub',
    'ghr_[A-Za-z0-9]{76}',
    {
      keywords: ['ghr_'],
      after: 84,
      validate: minEntropy(4),
      samples: {
        tps: s => [`"refresh_token": "ghr_${s.alnum(76)}"`, `GH_REFRESH=ghr_${s.alnum(76)}`],
        fps: s => [`"refresh_token": "ghr_${s.alnum(75)}"`, `"refresh_token": "ghr_${s.alnum(77)}"`]
      }
    }
  ),
  prefixed(
    'github-fine-grained-pat',
    'GitHub fine-grained personal access token',
    'GitHub',
    'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
    {
      keywords: ['github_pat_'],
      after: 96,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`GH_PAT=github_pat_11${s.alnum(20)}_${s.alnum(59)}`],
        fps: s => [`GH_PAT=github_pat_11${s.alnum(20)}_${s.alnum(58)}`]
      }
    }
  ),
  prefixed(
    'gitlab-pat',
    'GitLab personal access token',
    'GitLab',
    'glpat-(?:[\\w-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7}|[\\w-]{20})',
    {
      keywords: ['glpat-'],
      after: 330,
      validate: minEntropy(3),
      samples: {
        tps: s => [
          `GITLAB_TOKEN = "glpat-${s.url(20)}"`,
          `GITLAB_TOKEN=glpat-${s.url(36)}.01${s.lowerAlnum(7)}`
        ],
        fps: s => [`GITLAB_TOKEN = "glpat-${s.url(19)}"`, `GITLAB_TOKEN = "glpat-${s.url(24)}"`]
      }
    }
  ),
  prefixed(
    'gitlab-token',
    'GitLab CI/runner/deploy/feed token',
    'GitLab',
    '(?:glptt|glrt|gldt|glcbt|glft|glimt|glagent|glsoat|glffct)-[\\w-]{20,64}',
    {
      keywords: [
        'glptt-',
        'glrt-',
        'gldt-',
        'glcbt-',
        'glft-',
        'glimt-',
        'glagent-',
        'glsoat-',
        'glffct-'
      ],
      after: 80,
      validate: minEntropy(3),
      samples: {
        tps: s => [`RUNNER_TOKEN = "glrt-${s.url(20)}"`, `deploy: gldt-${s.url(20)}`],
        fps: s => [`RUNNER_TOKEN = "glrt-${s.url(19)}"`]
      }
    }
  ),
  // An OAuth application secret is `gloas-` and 32 random bytes in hex (GitLab's
  // `UniqueApplicationToken` generates it with `SecureRandom.hex(32)`).
  // Source: https://rubydoc.info/github/gitlabhq/gitlabhq/Gitlab/DoorkeeperSecretStoring/Token/UniqueApplicationToken
  prefixed(
    'gitlab-oauth-app-secret',
    'GitLab OAuth application secret',
    'GitLab',
    'gloas-[0-9a-f]{64}',
    {
      keywords: ['gloas-'],
      after: 80,
      validate: minEntropy(3),
      samples: {
        tps: s => [`client_secret: gloas-${s.hex(64)}`, `GITLAB_APP_SECRET="gloas-${s.hex(64)}"`],
        // Half a secret, and one that is not hex.
        fps: s => [`client_secret: gloas-${s.hex(32)}`, `client_secret: gloas-${s.url(64)}`]
      }
    }
  ),
  prefixed(
    'gitlab-runner-registration-token',
    'GitLab runner registration token',
    'GitLab',
    'GR1348941[\\w-]{20}',
    {
      keywords: ['gr1348941'],
      after: 32,
      validate: minEntropy(3),
      samples: {
        tps: s => [`registration-token: GR1348941${s.url(20)}`],
        fps: s => [`registration-token: GR1348941${s.url(19)}`]
      }
    }
  )
]

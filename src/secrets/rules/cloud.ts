import { assigned, hexId, minEntropy, prefixed, type ProviderRule } from './define.js'

/** Cloud, hosting and infrastructure platforms. */
export const CLOUD_RULES: ProviderRule[] = [
  ...(
    [
      ['dop_v1_', 'digitalocean-pat', 'DigitalOcean personal access token'],
      ['doo_v1_', 'digitalocean-oauth-token', 'DigitalOcean OAuth token'],
      ['dor_v1_', 'digitalocean-refresh-token', 'DigitalOcean refresh token']
    ] as const
  ).map(([prefix, id, title]) =>
    prefixed(id, title, 'DigitalOcean', `${prefix}${hexId(64)}`, {
      keywords: [prefix],
      after: 76,
      validate: minEntropy(3),
      samples: {
        tps: s => [`DIGITALOCEAN_TOKEN = "${prefix}${s.hex(64)}"`],
        fps: s => [`DIGITALOCEAN_TOKEN = "${prefix}${s.hex(63)}"`]
      }
    })
  ),
  assigned(
    'heroku-api-key',
    'Heroku API key',
    'Heroku',
    'heroku',
    '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    {
      keywords: ['heroku'],
      validate: minEntropy(3),
      samples: {
        tps: s => [`HEROKU_API_KEY = "${s.uuid()}"`],
        fps: s => [
          `HEROKU_APP_NAME = "app-${s.lower(8)}"`,
          `HEROKU_API_KEY = "${s.uuid().slice(0, 30)}"`
        ]
      }
    }
  ),
  prefixed('heroku-api-key-v2', 'Heroku API key', 'Heroku', 'HRKU-AA[\\w-]{58}', {
    keywords: ['hrku-aa'],
    after: 70,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [`HEROKU = "HRKU-AA${s.url(58)}"`],
      fps: s => [`HEROKU = "HRKU-AA${s.url(50)}"`]
    }
  }),
  prefixed('fly-access-token', 'Fly.io access token', 'Fly.io', 'fo1_[\\w-]{43}', {
    keywords: ['fo1_'],
    after: 50,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [`FLY = "fo1_${s.url(43)}"`],
      fps: s => [`FLY = "fo1_${s.url(42)}"`]
    }
  }),
  prefixed(
    'planetscale-token',
    'PlanetScale token or password',
    'PlanetScale',
    'pscale_(?:pw|tkn|oauth)_[\\w.=-]{32,64}',
    {
      keywords: ['pscale_pw_', 'pscale_tkn_', 'pscale_oauth_'],
      after: 80,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`PSCALE = "pscale_pw_${s.url(43)}"`],
        fps: s => [`PSCALE = "pscale_pw_${s.url(20)}"`]
      }
    }
  ),
  prefixed('pulumi-access-token', 'Pulumi access token', 'Pulumi', `pul-${hexId(40)}`, {
    keywords: ['pul-'],
    after: 46,
    validate: minEntropy(3),
    samples: {
      tps: s => [`PULUMI_ACCESS_TOKEN = "pul-${s.hex(40)}"`],
      fps: s => [`PULUMI_ACCESS_TOKEN = "pul-${s.hex(39)}"`]
    }
  }),
  prefixed(
    'terraform-cloud-token',
    'Terraform Cloud / HCP token',
    'HashiCorp',
    '[A-Za-z0-9]{14}\\.atlasv1\\.[\\w=-]{60,70}',
    {
      keywords: ['.atlasv1.'],
      before: 16,
      after: 80,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`TFC = "${s.alnum(14)}.atlasv1.${s.url(67)}"`],
        fps: s => [`TFC = "${s.alnum(14)}.atlasv1.${s.url(40)}"`]
      }
    }
  ),
  prefixed(
    'vault-service-token',
    'HashiCorp Vault token',
    'HashiCorp',
    '(?:hvs\\.[\\w-]{90,120}|hvb\\.[\\w-]{138,300})',
    {
      keywords: ['hvs.', 'hvb.'],
      after: 310,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`VAULT_TOKEN = "hvs.CAESI${s.url(91)}"`],
        fps: s => [`VAULT_TOKEN = "hvs.${s.url(24)}"`]
      }
    }
  ),
  prefixed(
    'doppler-token',
    'Doppler token',
    'Doppler',
    'dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}',
    {
      keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
      after: 60,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`DOPPLER_TOKEN = "dp.pt.${s.alnum(43)}"`],
        fps: s => [`DOPPLER_TOKEN = "dp.pt.${s.alnum(30)}"`]
      }
    }
  ),
  prefixed(
    'databricks-token',
    'Databricks access token',
    'Databricks',
    `dapi${hexId(32)}(?:-\\d)?`,
    {
      keywords: ['dapi'],
      after: 40,
      validate: minEntropy(3),
      samples: {
        tps: s => [`DATABRICKS_TOKEN = "dapi${s.hex(32)}"`],
        fps: s => [`DATABRICKS_TOKEN = "dapi${s.hex(31)}"`]
      }
    }
  )
]

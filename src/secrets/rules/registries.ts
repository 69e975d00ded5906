import { hexId, minEntropy, prefixed, rule, type ProviderRule } from './define.js'
import type { SampleKit } from './sample-kit.js'
import { checksum, dockerAuthValidator, pypiValidator } from './validators.js'

/** A PyPI token: `pypi-` + base64url of a macaroon v2 whose location is pypi.org. */
function pypi(s: SampleKit): string {
  const field = (type: number, data: Buffer | string): Buffer => {
    const d = Buffer.from(data)
    return Buffer.concat([Buffer.from([type, d.length]), d])
  }
  const caveat = `{"version": 1, "permissions": {"projects": ["${s.lower(8)}"]}}`
  const macaroon = Buffer.concat([
    Buffer.from([2]),
    field(1, 'pypi.org'),
    field(2, s.bytes(40)),
    Buffer.from([0]),
    field(2, caveat),
    Buffer.from([0, 0]),
    field(6, s.bytes(32))
  ])
  return `pypi-${s.base64url(macaroon)}`
}

/** Package registries and container registries. */
export const REGISTRY_RULES: ProviderRule[] = [
  prefixed('npm-access-token', 'npm access token', 'npm', 'npm_[A-Za-z0-9]{36}', {
    keywords: ['npm_'],
    after: 44,
    validation: 'checksum',
    validate: checksum,
    samples: {
      tps: s => [`//registry.npmjs.org/:_authToken=${s.crcToken('npm_')}`],
      fps: s => {
        const t = s.crcToken('npm_')
        return [`//registry.npmjs.org/:_authToken=${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`]
      }
    }
  }),
  prefixed(
    'pypi-upload-token',
    'PyPI upload token',
    'PyPI',
    'pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[\\w-]{50,400}',
    {
      keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
      after: 440,
      validation: 'structure',
      validate: pypiValidator,
      samples: {
        tps: s => [`TWINE_PASSWORD = "${pypi(s)}"`],
        fps: s => [
          `TWINE_PASSWORD = "${pypi(s).slice(0, 40)}"`,
          // The right prefix on something that is not a macaroon.
          `TWINE_PASSWORD = "pypi-AgEIcHlwaS5vcmc${s.url(60)}"`
        ]
      }
    }
  ),
  prefixed('rubygems-api-key', 'RubyGems API key', 'RubyGems', `rubygems_${hexId(48)}`, {
    keywords: ['rubygems_'],
    after: 60,
    validate: minEntropy(3),
    samples: {
      tps: s => [`GEM_HOST_API_KEY = "rubygems_${s.hex(48)}"`],
      fps: s => [`GEM_HOST_API_KEY = "rubygems_${s.hex(47)}"`]
    }
  }),
  prefixed('dockerhub-pat', 'Docker Hub access token', 'Docker', 'dckr_(?:pat|oat)_[\\w-]{27,32}', {
    keywords: ['dckr_pat_', 'dckr_oat_'],
    after: 44,
    validate: minEntropy(3),
    samples: {
      tps: s => [`DOCKERHUB = "dckr_pat_${s.url(27)}"`],
      fps: s => [`DOCKERHUB = "dckr_pat_${s.url(20)}"`]
    }
  }),
  rule(
    'docker-config-auth',
    'Docker registry credentials (config.json auths)',
    'Docker',
    // The JSON is often embedded in a string with its quotes escaped, as GitLab runners take
    // it in `DOCKER_AUTH_CONFIG={\"auths\": …}`.
    '(?<q>\\\\{0,3}")auth\\k<q>\\s*:\\s*\\k<q>(?<secret>[A-Za-z0-9+/]{8,400}={0,2})\\k<q>',
    {
      keywords: ['"auth"', 'auth\\'],
      before: 8,
      after: 440,
      validation: 'structure',
      raw: true,
      validate: dockerAuthValidator,
      samples: {
        tps: s => [
          `{\n  "auths": {\n    "registry.internal:5000": {\n      "auth": "${s.base64(`${s.lower(7)}:${s.alnum(16)}`)}"\n    }\n  }\n}`,
          `environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"r.io:8083\\":{\\"auth\\":\\"${s.base64(`${s.lower(7)}:${s.alnum(16)}`)}\\"}}}"]`
        ],
        fps: s => [
          `{"auths": {"r.io": {"auth": "${s.base64(`nocolon${s.alnum(9)}`)}"}}}`,
          `DOCKER_AUTH_CONFIG={\\"auths\\":{\\"r.io\\":{\\"auth\\":\\"${s.base64('my_username:my_password')}\\"}}}`
        ]
      }
    }
  )
]

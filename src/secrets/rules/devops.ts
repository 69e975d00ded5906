import { kv, tok, UUID, type ProviderRule } from './define.js'

/** CI/CD, code quality, developer tooling, package hosting and secret managers. */
export const DEVOPS_RULES: ProviderRule[] = [
  // ── Code quality and security
  tok({
    id: 'sonarqube-token',
    title: 'SonarQube user, global or project analysis token',
    provider: 'SonarQube',
    re: 'sq[uap]_[0-9a-f]{40}',
    keywords: ['squ_', 'sqa_', 'sqp_'],
    gen: s => `squ_${s.hex(40)}`,
    name: 'SONAR_TOKEN'
  }),
  kv({
    id: 'sonarcloud-token',
    title: 'SonarQube Cloud token',
    provider: 'SonarQube',
    context: 'sonar[\\w.-]{0,12}?(?:token|login)',
    value: '[0-9a-f]{40}',
    keywords: ['sonar'],
    gen: s => s.hex(40),
    name: 'SONAR_TOKEN'
  }),
  kv({
    id: 'snyk-token',
    title: 'Snyk API token',
    provider: 'Snyk',
    context: 'snyk',
    value: UUID,
    keywords: ['snyk'],
    gen: s => s.uuid(),
    name: 'SNYK_TOKEN'
  }),
  kv({
    id: 'semgrep-app-token',
    title: 'Semgrep AppSec Platform token',
    provider: 'Semgrep',
    context: 'semgrep[\\w.-]{0,12}?token',
    value: '[0-9a-f]{64}',
    keywords: ['semgrep'],
    gen: s => s.hex(64),
    name: 'SEMGREP_APP_TOKEN'
  }),
  kv({
    id: 'gitguardian-api-key',
    title: 'GitGuardian API key',
    provider: 'GitGuardian',
    context: 'gitguardian',
    value: '[A-Za-z0-9]{64,71}',
    keywords: ['gitguardian'],
    gen: s => s.alnum(71),
    miss: s => [s.alnum(40)],
    name: 'GITGUARDIAN_API_KEY',
    entropy: 4
  }),
  kv({
    id: 'codecov-token',
    title: 'Codecov upload token',
    provider: 'Codecov',
    context: 'codecov',
    value: UUID,
    keywords: ['codecov'],
    gen: s => s.uuid(),
    name: 'CODECOV_TOKEN'
  }),
  kv({
    id: 'coveralls-repo-token',
    title: 'Coveralls repo token',
    provider: 'Coveralls',
    context: 'coveralls',
    value: '[A-Za-z0-9]{32,37}',
    keywords: ['coveralls'],
    gen: s => s.alnum(33),
    miss: s => [s.alnum(20)],
    name: 'COVERALLS_REPO_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'codacy-token',
    title: 'Codacy project or account token',
    provider: 'Codacy',
    context: 'codacy',
    value: '[0-9a-f]{32}|[A-Za-z0-9]{20}',
    keywords: ['codacy'],
    gen: s => s.hex(32),
    miss: s => [s.hex(16)],
    name: 'CODACY_PROJECT_TOKEN'
  }),
  // ── CI/CD
  tok({
    id: 'circleci-token',
    title: 'CircleCI personal or project API token',
    provider: 'CircleCI',
    re: 'CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[0-9a-f]{40}',
    keywords: ['ccipat_', 'cciprj_'],
    gen: s => `CCIPAT_${s.alnum(22)}_${s.hex(40)}`,
    name: 'CIRCLECI_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'circleci-token-legacy',
    title: 'CircleCI API token (legacy format)',
    provider: 'CircleCI',
    context: 'circle[_.-]?(?:ci)?[\\w.-]{0,12}?token',
    value: '[0-9a-f]{40}',
    keywords: ['circle'],
    gen: s => s.hex(40),
    name: 'CIRCLECI_TOKEN'
  }),
  tok({
    id: 'buildkite-api-token',
    title: 'Buildkite API access token',
    provider: 'Buildkite',
    re: 'bkua_[0-9a-f]{40}',
    keywords: ['bkua_'],
    gen: s => `bkua_${s.hex(40)}`,
    name: 'BUILDKITE_API_TOKEN'
  }),
  kv({
    id: 'buildkite-agent-token',
    title: 'Buildkite agent token',
    provider: 'Buildkite',
    context: 'buildkite[\\w.-]{0,12}?token',
    value: '[0-9a-f]{50}|bkct_[A-Za-z0-9]{40,60}',
    keywords: ['buildkite'],
    gen: s => s.hex(50),
    name: 'BUILDKITE_AGENT_TOKEN'
  }),
  kv({
    id: 'travis-ci-token',
    title: 'Travis CI API token',
    provider: 'Travis CI',
    context: 'travis',
    value: '[A-Za-z0-9_-]{22}',
    keywords: ['travis'],
    gen: s => s.url(22),
    name: 'TRAVIS_API_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'harness-token',
    title: 'Harness personal access or service account token',
    provider: 'Harness',
    re: '(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20}',
    keywords: ['pat.', 'sat.'],
    gen: s => `pat.${s.url(22)}.${s.hex(24)}.${s.alnum(20)}`,
    name: 'HARNESS_PLATFORM_API_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'octopus-deploy-api-key',
    title: 'Octopus Deploy API key',
    provider: 'Octopus Deploy',
    re: 'API-[A-Z0-9]{26,32}',
    keywords: ['api-'],
    gen: s => `API-${s.upperAlnum(27)}`,
    miss: s => [`API-${s.upperAlnum(20)}`, `API-${s.upper(27)}`],
    validate: v => /\d/.test(v.slice(4)) && /[A-Z]/.test(v.slice(4)),
    name: 'OCTOPUS_API_KEY'
  }),
  tok({
    id: 'teamcity-token',
    title: 'TeamCity access token',
    provider: 'TeamCity',
    re: 'eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48}',
    keywords: ['eyj0exaioiaivenwmij9'],
    after: 120,
    gen: s => `eyJ0eXAiOiAiVENWMiJ9.${s.url(36)}.${s.url(48)}`,
    name: 'TEAMCITY_TOKEN',
    entropy: 4,
    priority: 55
  }),
  kv({
    id: 'jenkins-api-token',
    title: 'Jenkins API token',
    provider: 'Jenkins',
    context: 'jenkins',
    value: `11[0-9a-f]{32}|${UUID}`,
    keywords: ['jenkins'],
    gen: s => `11${s.hex(32)}`,
    name: 'JENKINS_API_TOKEN'
  }),
  kv({
    id: 'drone-token',
    title: 'Drone CI token',
    provider: 'Drone',
    context: 'drone[\\w.-]{0,8}?token',
    value: '[A-Za-z0-9]{32}',
    keywords: ['drone'],
    gen: s => s.alnum(32),
    name: 'DRONE_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'bitrise-token',
    title: 'Bitrise access token',
    provider: 'Bitrise',
    context: 'bitrise',
    value: '[A-Za-z0-9_-]{86}',
    keywords: ['bitrise'],
    gen: s => s.url(86),
    name: 'BITRISE_TOKEN',
    entropy: 4
  }),
  // ── Testing services
  kv({
    id: 'cypress-record-key',
    title: 'Cypress Cloud record key',
    provider: 'Cypress',
    context: 'cypress',
    value: UUID,
    keywords: ['cypress'],
    gen: s => s.uuid(),
    name: 'CYPRESS_RECORD_KEY'
  }),
  kv({
    id: 'browserstack-access-key',
    title: 'BrowserStack access key',
    provider: 'BrowserStack',
    context: 'browserstack',
    value: '[A-Za-z0-9]{20}',
    keywords: ['browserstack'],
    gen: s => s.alnum(20),
    name: 'BROWSERSTACK_ACCESS_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'saucelabs-access-key',
    title: 'Sauce Labs access key',
    provider: 'Sauce Labs',
    context: 'sauce',
    value: UUID,
    keywords: ['sauce'],
    gen: s => s.uuid(),
    name: 'SAUCE_ACCESS_KEY'
  }),
  kv({
    id: 'lambdatest-access-key',
    title: 'LambdaTest access key',
    provider: 'LambdaTest',
    context: 'lambdatest|lt[_.-]access[_.-]key',
    value: '[A-Za-z0-9]{50}',
    keywords: ['lambdatest', 'lt_access', 'lt-access'],
    gen: s => s.alnum(50),
    name: 'LT_ACCESS_KEY',
    entropy: 4
  }),
  kv({
    id: 'percy-token',
    title: 'Percy project token',
    provider: 'Percy',
    context: 'percy',
    value: '(?:web_|app_|auto_)?[0-9a-f]{64}',
    keywords: ['percy'],
    gen: s => `web_${s.hex(64)}`,
    name: 'PERCY_TOKEN'
  }),
  // ── Forges and dev tools
  tok({
    id: 'bitbucket-app-password',
    title: 'Bitbucket app password',
    provider: 'Bitbucket',
    re: 'ATBB[A-Za-z0-9_=.-]{32}',
    keywords: ['atbb'],
    gen: s => `ATBB${s.alnum(24)}${s.HEX(8)}`,
    name: 'BITBUCKET_APP_PASSWORD',
    entropy: 3.5
  }),
  tok({
    id: 'bitbucket-data-center-token',
    title: 'Bitbucket Data Center HTTP access token',
    provider: 'Bitbucket',
    re: 'BBDC-[A-Za-z0-9+/@_-]{44}',
    keywords: ['bbdc-'],
    gen: s => `BBDC-${s.b64(44)}`,
    name: 'BITBUCKET_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'gitea-token',
    title: 'Gitea or Forgejo access token',
    provider: 'Gitea',
    context: 'gitea|forgejo|codeberg',
    value: '[0-9a-f]{40}',
    keywords: ['gitea', 'forgejo', 'codeberg'],
    gen: s => s.hex(40),
    name: 'GITEA_TOKEN'
  }),
  tok({
    id: 'sourcegraph-token',
    title: 'Sourcegraph access token',
    provider: 'Sourcegraph',
    re: 'sgp_(?:[0-9a-f]{16}_|local_)?[0-9a-f]{40}',
    keywords: ['sgp_'],
    gen: s => `sgp_${s.hex(16)}_${s.hex(40)}`,
    name: 'SRC_ACCESS_TOKEN'
  }),
  tok({
    id: 'youtrack-token',
    title: 'YouTrack / Hub permanent token',
    provider: 'JetBrains',
    re: 'perm[:-][A-Za-z0-9+/=]{4,40}\\.[A-Za-z0-9+/=]{4,40}\\.[A-Za-z0-9]{30}',
    keywords: ['perm:', 'perm-'],
    gen: s =>
      `perm:${s.base64(s.lower(6))}.${s.base64(`${s.digits(2)}-${s.digits(1)}`)}.${s.alnum(30)}`,
    miss: s => [`perm:${s.base64(s.lower(6))}.${s.base64('44-2')}.${s.alnum(20)}`],
    name: 'YOUTRACK_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'wakatime-api-key',
    title: 'WakaTime API key',
    provider: 'WakaTime',
    re: 'waka_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['waka_'],
    gen: s => `waka_${s.uuid()}`,
    name: 'WAKATIME_API_KEY'
  }),
  tok({
    id: 'readme-api-key',
    title: 'ReadMe API key',
    provider: 'ReadMe',
    re: 'rdme_[a-z0-9]{70}',
    keywords: ['rdme_'],
    gen: s => `rdme_${s.lowerAlnum(70)}`,
    name: 'README_API_KEY'
  }),
  kv({
    id: 'expo-access-token',
    title: 'Expo access token',
    provider: 'Expo',
    context: 'expo[_.-]?token',
    value: '[A-Za-z0-9_-]{40}',
    keywords: ['expo_token', 'expo-token', 'expotoken'],
    gen: s => s.url(40),
    name: 'EXPO_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'prefect-api-key',
    title: 'Prefect Cloud API key',
    provider: 'Prefect',
    re: 'pn[ub]_[A-Za-z0-9]{36}',
    keywords: ['pnu_', 'pnb_'],
    gen: s => `pnu_${s.alnum(36)}`,
    name: 'PREFECT_API_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'dbt-cloud-token',
    title: 'dbt Cloud service or personal token',
    provider: 'dbt Cloud',
    re: 'dbt[cu]_[A-Za-z0-9_-]{40,80}',
    keywords: ['dbtc_', 'dbtu_'],
    gen: s => `dbtc_${s.url(56)}`,
    miss: s => [`dbtc_${s.url(20)}`],
    name: 'DBT_CLOUD_API_TOKEN',
    entropy: 3.5
  }),
  // ── Networking
  tok({
    id: 'tailscale-key',
    title: 'Tailscale auth, API or OAuth client key',
    provider: 'Tailscale',
    re: 'tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,64}',
    keywords: ['tskey-'],
    gen: s => `tskey-auth-k${s.alnum(11)}-${s.alnum(33)}`,
    miss: s => [`tskey-auth-k${s.alnum(11)}-${s.alnum(10)}`],
    name: 'TS_AUTHKEY',
    entropy: 3.5
  }),
  kv({
    id: 'ngrok-authtoken',
    title: 'ngrok authtoken or API key',
    provider: 'ngrok',
    context: 'ngrok',
    value: '[0-9A-Za-z]{26,28}_[0-9A-Za-z]{20,22}',
    keywords: ['ngrok'],
    gen: s => `${s.alnum(27)}_${s.alnum(21)}`,
    miss: s => [`${s.alnum(27)}_${s.alnum(10)}`],
    name: 'NGROK_AUTHTOKEN',
    entropy: 3.5
  }),
  // ── Secret managers
  kv({
    id: 'bitwarden-access-token',
    title: 'Bitwarden Secrets Manager access token',
    provider: 'Bitwarden',
    context: 'bws|bitwarden',
    value: `0\\.${UUID}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==`,
    keywords: ['bws', 'bitwarden'],
    gen: s => `0.${s.uuid()}.${s.alnum(30)}:${s.b64(22)}==`,
    name: 'BWS_ACCESS_TOKEN',
    confidence: 'high',
    entropy: 4
  }),
  kv({
    id: 'infisical-token',
    title: 'Infisical service token or client secret',
    provider: 'Infisical',
    context: 'infisical',
    value: 'st\\.[0-9a-f-]{36}\\.[0-9a-f]{32}\\.[0-9a-f]{32}|[0-9a-f]{64}',
    keywords: ['infisical'],
    gen: s => s.hex(64),
    name: 'INFISICAL_CLIENT_SECRET'
  }),
  tok({
    id: 'onepassword-secret-key',
    title: '1Password account Secret Key',
    provider: '1Password',
    re: 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
    keywords: ['a3-'],
    gen: s =>
      `A3-${s.upperAlnum(6)}-${s.upperAlnum(6)}-${s.upperAlnum(5)}-${s.upperAlnum(5)}-${s.upperAlnum(5)}-${s.upperAlnum(5)}`,
    name: 'OP_SECRET_KEY',
    severity: 'critical'
  }),
  // ── Package hosting
  tok({
    id: 'artifactory-api-key',
    title: 'JFrog Artifactory API key',
    provider: 'JFrog',
    re: 'AKCp[A-Za-z0-9]{69}',
    keywords: ['akcp'],
    gen: s => `AKCp${s.alnum(69)}`,
    name: 'ARTIFACTORY_API_KEY',
    entropy: 4
  }),
  tok({
    id: 'artifactory-reference-token',
    title: 'JFrog Artifactory reference token',
    provider: 'JFrog',
    re: 'cmVmdGtuOjAxOj[A-Za-z0-9]{50}',
    keywords: ['cmvmdgtuojaxoj'],
    gen: s => `cmVmdGtuOjAxOj${s.alnum(50)}`,
    name: 'JFROG_ACCESS_TOKEN',
    validation: 'structure',
    entropy: 4
  }),
  kv({
    id: 'cloudsmith-api-key',
    title: 'Cloudsmith API key',
    provider: 'Cloudsmith',
    context: 'cloudsmith',
    value: '[0-9a-f]{40}',
    keywords: ['cloudsmith'],
    gen: s => s.hex(40),
    name: 'CLOUDSMITH_API_KEY'
  }),
  tok({
    id: 'nuget-api-key',
    title: 'NuGet API key',
    provider: 'NuGet',
    re: 'oy2[a-z0-9]{43}',
    keywords: ['oy2'],
    gen: s => `oy2${s.lowerAlnum(43)}`,
    name: 'NUGET_API_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'crates-io-token',
    title: 'crates.io API token',
    provider: 'crates.io',
    re: 'cio[A-Za-z0-9]{32}',
    keywords: ['cio'],
    gen: s => `cio${s.alnum(32)}`,
    // All-letter runs after `cio` are words (`ciocalteu…`), not tokens.
    validate: v => /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v.slice(3)),
    name: 'CARGO_REGISTRY_TOKEN'
  }),
  kv({
    id: 'gemfury-token',
    title: 'Gemfury push or deploy token',
    provider: 'Gemfury',
    context: 'gemfury|fury[_.-]?(?:push|deploy|token)',
    value: '[A-Za-z0-9_-]{20,40}',
    keywords: ['gemfury', 'fury_', 'fury-'],
    gen: s => s.url(22),
    miss: s => [s.url(12)],
    name: 'GEMFURY_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'anaconda-token',
    title: 'Anaconda.org token',
    provider: 'Anaconda',
    context: 'anaconda',
    value: '[A-Za-z0-9-]{30,40}',
    keywords: ['anaconda'],
    gen: s => s.alnum(34),
    miss: s => [s.alnum(16)],
    name: 'ANACONDA_API_TOKEN',
    entropy: 3.5
  })
]

import { bech32Encode, withBase62Crc32 } from '../../src/secrets/checksum.js'

/**
 * Labeled test data for the secret detector, generated (never real credentials): random values
 * in each provider's real format, each inside a realistic snippet, plus hard negatives. Shared
 * by the tests (`__tests__/secrets`, `__tests__/integration`) and the benchmark corpus
 * (`bench/secrets/corpus.ts`), which imports it from here. Seeded, so a corpus is reproducible.
 */

export type Rand = () => number

/** mulberry32: small, fast, seedable. */
export function seeded(seed: number): Rand {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const DIGITS = '0123456789'
const ALNUM = UPPER + LOWER + DIGITS
const HEX = '0123456789abcdef'
const B64 = ALNUM + '+/'
const URLSAFE = ALNUM + '_-'

export function pick(r: Rand, alphabet: string, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)]
  return s
}
export function choice<T>(r: Rand, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T
}
/** Random strings with every class present (real tokens nearly always have all). */
function mixed(r: Rand, alphabet: string, n: number): string {
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/].filter(c => c.test(alphabet))
  for (let attempt = 0; ; attempt++) {
    const s = pick(r, alphabet, n)
    if (n < 12 || attempt > 50 || classes.every(c => c.test(s))) return s
  }
}
const b64url = (bytes: Buffer): string => bytes.toString('base64url')
const randomBytes = (r: Rand, n: number): Buffer =>
  Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)))

/** A planted positive: the raw value and the assignment context it usually appears in. */
export interface Sample {
  ruleId: string
  value: string
  /** Suggested variable name for the assignment (provider-ish). */
  name: string
  /** Full snippet when the format needs a structure (JSON, PEM, URL …); else undefined. */
  snippet?: string
}

function pem(r: Rand, kind: string, lines = 12): string {
  const body = Array.from({ length: lines }, () => pick(r, B64, 64)).join('\n')
  return `-----BEGIN ${kind}PRIVATE KEY-----\nMIIE${body}\n${pick(r, B64, 20)}==\n-----END ${kind}PRIVATE KEY-----`
}

function jwt(r: Rand): string {
  const header = b64url(
    Buffer.from(JSON.stringify({ alg: choice(r, ['HS256', 'RS256', 'ES256']), typ: 'JWT' }))
  )
  const payload = b64url(
    Buffer.from(
      JSON.stringify({
        sub: pick(r, DIGITS, 9),
        name: pick(r, LOWER, 7),
        iat: 1700000000 + Math.floor(r() * 1e6),
        scope: 'read:all'
      })
    )
  )
  return `${header}.${payload}.${b64url(randomBytes(r, 32))}`
}

function discordBot(r: Rand): string {
  const id = `${1 + Math.floor(r() * 9)}${pick(r, DIGITS, 17)}`
  return `${Buffer.from(id).toString('base64').replace(/=+$/, '')}.${pick(r, URLSAFE, 6)}.${pick(r, URLSAFE, 38)}`
}

function pypi(r: Rand): string {
  // A macaroon v2 walked by the validator: header (location, identifier), one caveat section,
  // the end of caveats, then the 32-byte signature field.
  const field = (type: number, data: Buffer): Buffer =>
    Buffer.concat([Buffer.from([type, data.length]), data])
  const macaroon = Buffer.concat([
    Buffer.from([2]),
    field(1, Buffer.from('pypi.org')),
    field(2, randomBytes(r, 40)),
    Buffer.from([0]),
    field(2, Buffer.from('{"permissions": "user", "version": 1}')),
    Buffer.from([0, 0]),
    field(6, randomBytes(r, 32))
  ])
  return `pypi-${b64url(macaroon)}`
}

function age(r: Rand): string {
  const data = Array.from({ length: 52 }, () => Math.floor(r() * 32))
  return bech32Encode('age-secret-key-', data).toUpperCase()
}

function dockerAuth(r: Rand): string {
  return Buffer.from(`${pick(r, LOWER, 7)}:${mixed(r, ALNUM, 16)}`).toString('base64')
}

/** One generator per rule id: a fresh random value in the provider's format. */
export const GENERATORS: Record<string, (r: Rand) => Sample> = {
  'aws-access-key-id': r => ({
    ruleId: 'aws-access-key-id',
    value: `AKIA${pick(r, UPPER + '234567', 16)}`,
    name: 'AWS_ACCESS_KEY_ID'
  }),
  'aws-secret-access-key': r => ({
    ruleId: 'aws-secret-access-key',
    value: mixed(r, B64, 40),
    name: 'aws_secret_access_key'
  }),
  'aws-bedrock-api-key': r => ({
    ruleId: 'aws-bedrock-api-key',
    value: `ABSK${mixed(r, B64, 132)}`,
    name: 'BEDROCK_KEY'
  }),
  'github-pat': r => ({
    ruleId: 'github-pat',
    value: withBase62Crc32('ghp_', mixed(r, ALNUM, 30)),
    name: 'GITHUB_TOKEN'
  }),
  'github-oauth-token': r => ({
    ruleId: 'github-oauth-token',
    value: withBase62Crc32('gho_', mixed(r, ALNUM, 30)),
    name: 'gh_oauth'
  }),
  'github-user-to-server-token': r => ({
    ruleId: 'github-user-to-server-token',
    value: withBase62Crc32('ghu_', mixed(r, ALNUM, 30)),
    name: 'user_tok'
  }),
  'github-server-to-server-token': r => ({
    ruleId: 'github-server-to-server-token',
    value: withBase62Crc32('ghs_', mixed(r, ALNUM, 30)),
    name: 'installation'
  }),
  'github-refresh-token': r => ({
    ruleId: 'github-refresh-token',
    value: withBase62Crc32('ghr_', mixed(r, ALNUM, 30)),
    name: 'refresh'
  }),
  'github-fine-grained-pat': r => ({
    ruleId: 'github-fine-grained-pat',
    value: `github_pat_11${mixed(r, ALNUM, 20)}_${mixed(r, ALNUM, 59)}`,
    name: 'GH_PAT'
  }),
  'gitlab-pat': r => ({
    ruleId: 'gitlab-pat',
    value: `glpat-${mixed(r, URLSAFE, 20)}`,
    name: 'GITLAB_TOKEN'
  }),
  'gitlab-token': r => ({
    ruleId: 'gitlab-token',
    value: `glrt-${mixed(r, URLSAFE, 20)}`,
    name: 'RUNNER_TOKEN'
  }),
  'gitlab-runner-registration-token': r => ({
    ruleId: 'gitlab-runner-registration-token',
    value: `GR1348941${mixed(r, URLSAFE, 20)}`,
    name: 'registration'
  }),
  'slack-bot-token': r => ({
    ruleId: 'slack-bot-token',
    value: `xoxb-${pick(r, DIGITS, 12)}-${pick(r, DIGITS, 13)}-${mixed(r, ALNUM, 24)}`,
    name: 'SLACK_BOT_TOKEN'
  }),
  'slack-user-token': r => ({
    ruleId: 'slack-user-token',
    value: `xoxp-${pick(r, DIGITS, 12)}-${pick(r, DIGITS, 12)}-${pick(r, DIGITS, 13)}-${pick(r, HEX, 32)}`,
    name: 'slack_user'
  }),
  'slack-app-token': r => ({
    ruleId: 'slack-app-token',
    value: `xapp-1-A${pick(r, UPPER + DIGITS, 10)}-${pick(r, DIGITS, 13)}-${pick(r, HEX, 64)}`,
    name: 'SLACK_APP_TOKEN'
  }),
  'slack-config-token': r => ({
    ruleId: 'slack-config-token',
    value: `xoxe.xoxp-1-${pick(r, UPPER + DIGITS, 163)}`,
    name: 'slack_cfg'
  }),
  'slack-legacy-token': r => ({
    ruleId: 'slack-legacy-token',
    value: `xoxs-${pick(r, DIGITS, 10)}-${pick(r, DIGITS, 12)}-${pick(r, DIGITS, 12)}-${pick(r, HEX, 64)}`,
    name: 'legacy'
  }),
  'slack-webhook-url': r => {
    const value = `T${pick(r, UPPER + DIGITS, 10)}/B${pick(r, UPPER + DIGITS, 10)}/${mixed(r, ALNUM, 24)}`
    return {
      ruleId: 'slack-webhook-url',
      value,
      name: 'SLACK_WEBHOOK',
      snippet: `https://hooks.slack.com/services/${value}`
    }
  },
  'stripe-secret-key': r => ({
    ruleId: 'stripe-secret-key',
    value: `sk_live_${mixed(r, ALNUM, 24)}`,
    name: 'STRIPE_KEY'
  }),
  'stripe-restricted-key': r => ({
    ruleId: 'stripe-restricted-key',
    value: `rk_live_${mixed(r, ALNUM, 24)}`,
    name: 'stripe_rk'
  }),
  'stripe-webhook-secret': r => ({
    ruleId: 'stripe-webhook-secret',
    value: `whsec_${mixed(r, ALNUM, 32)}`,
    name: 'WEBHOOK_SIGNING'
  }),
  'square-access-token': r => ({
    ruleId: 'square-access-token',
    value: `sq0atp-${mixed(r, URLSAFE, 22)}`,
    name: 'square'
  }),
  'square-oauth-secret': r => ({
    ruleId: 'square-oauth-secret',
    value: `sq0csp-${mixed(r, URLSAFE, 43)}`,
    name: 'square_oauth'
  }),
  'google-api-key': r => ({
    ruleId: 'google-api-key',
    value: `AIza${mixed(r, URLSAFE, 35)}`,
    name: 'GOOGLE_API_KEY'
  }),
  'gcp-service-account-key': r => {
    const key = pem(r, '').replace(/\n/g, '\\n') + '\\n'
    const snippet = JSON.stringify(
      {
        type: 'service_account',
        project_id: `proj-${pick(r, LOWER, 6)}`,
        private_key_id: pick(r, HEX, 40),
        private_key: 'KEYPLACE',
        client_email: `svc@proj-${pick(r, LOWER, 6)}.iam.gserviceaccount.com`,
        client_id: pick(r, DIGITS, 21)
      },
      null,
      2
    ).replace('"KEYPLACE"', `"${key}"`)
    return { ruleId: 'gcp-service-account-key', value: key, name: 'service_account', snippet }
  },
  'google-oauth-client-secret': r => ({
    ruleId: 'google-oauth-client-secret',
    value: `GOCSPX-${mixed(r, URLSAFE, 28)}`,
    name: 'client_secret'
  }),
  'google-oauth-access-token': r => ({
    ruleId: 'google-oauth-access-token',
    value: `ya29.a0${mixed(r, URLSAFE, 120)}`,
    name: 'access'
  }),
  'azure-storage-account-key': r => {
    const value = `${mixed(r, B64, 86)}==`
    return {
      ruleId: 'azure-storage-account-key',
      value,
      name: 'AZURE_STORAGE',
      snippet: `DefaultEndpointsProtocol=https;AccountName=acct${pick(r, LOWER, 6)};AccountKey=${value};EndpointSuffix=core.windows.net`
    }
  },
  'azure-sas-token': r => {
    const value = `${mixed(r, ALNUM, 43)}%3D`
    return {
      ruleId: 'azure-sas-token',
      value,
      name: 'blob_url',
      snippet: `https://acct${pick(r, LOWER, 5)}.blob.core.windows.net/data?sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-01-01T00:00:00Z&spr=https&sig=${value}`
    }
  },
  'azure-ad-client-secret': r => ({
    ruleId: 'azure-ad-client-secret',
    value: `${mixed(r, ALNUM, 3)}8Q~${mixed(r, ALNUM + '_-.~', 34)}`,
    name: 'AZURE_CLIENT'
  }),
  'twilio-api-key': r => ({
    ruleId: 'twilio-api-key',
    value: `SK${pick(r, HEX, 32)}`,
    name: 'TWILIO_KEY_SID'
  }),
  'twilio-auth-token': r => ({
    ruleId: 'twilio-auth-token',
    value: pick(r, HEX, 32),
    name: 'TWILIO_AUTH_TOKEN'
  }),
  'sendgrid-api-key': r => ({
    ruleId: 'sendgrid-api-key',
    value: `SG.${mixed(r, URLSAFE, 22)}.${mixed(r, URLSAFE, 43)}`,
    name: 'SENDGRID'
  }),
  'mailgun-api-key': r => ({
    ruleId: 'mailgun-api-key',
    value: `key-${pick(r, HEX, 32)}`,
    name: 'MAILGUN'
  }),
  'mailgun-signing-key': r => ({
    ruleId: 'mailgun-signing-key',
    value: `${pick(r, HEX, 32)}-${pick(r, HEX, 8)}-${pick(r, HEX, 8)}`,
    name: 'MAILGUN_SIGNING_KEY'
  }),
  'mailchimp-api-key': r => ({
    ruleId: 'mailchimp-api-key',
    value: `${pick(r, HEX, 32)}-us${1 + Math.floor(r() * 20)}`,
    name: 'MC'
  }),
  'sendinblue-api-key': r => ({
    ruleId: 'sendinblue-api-key',
    value: `xkeysib-${pick(r, HEX, 64)}-${mixed(r, ALNUM, 16)}`,
    name: 'BREVO'
  }),
  'telegram-bot-token': r => ({
    ruleId: 'telegram-bot-token',
    value: `${1 + Math.floor(r() * 9)}${pick(r, DIGITS, 9)}:AA${mixed(r, URLSAFE, 33)}`,
    name: 'TG'
  }),
  'discord-bot-token': r => ({
    ruleId: 'discord-bot-token',
    value: discordBot(r),
    name: 'DISCORD_TOKEN'
  }),
  'discord-webhook-url': r => {
    const value = `${pick(r, DIGITS, 18)}/${mixed(r, URLSAFE, 68)}`
    return {
      ruleId: 'discord-webhook-url',
      value,
      name: 'hook',
      snippet: `https://discord.com/api/webhooks/${value}`
    }
  },
  'npm-access-token': r => ({
    ruleId: 'npm-access-token',
    value: withBase62Crc32('npm_', mixed(r, ALNUM, 30)),
    name: 'NPM_TOKEN'
  }),
  'pypi-upload-token': r => ({
    ruleId: 'pypi-upload-token',
    value: pypi(r),
    name: 'TWINE_PASSWORD'
  }),
  'rubygems-api-key': r => ({
    ruleId: 'rubygems-api-key',
    value: `rubygems_${pick(r, HEX, 48)}`,
    name: 'GEM_HOST'
  }),
  'dockerhub-pat': r => ({
    ruleId: 'dockerhub-pat',
    value: `dckr_pat_${mixed(r, URLSAFE, 27)}`,
    name: 'DOCKERHUB'
  }),
  'docker-config-auth': r => {
    const value = dockerAuth(r)
    return {
      ruleId: 'docker-config-auth',
      value,
      name: 'auths',
      snippet: `{\n  "auths": {\n    "registry.internal:5000": {\n      "auth": "${value}"\n    }\n  }\n}`
    }
  },
  'openai-api-key': r => ({
    ruleId: 'openai-api-key',
    value: `sk-proj-${mixed(r, URLSAFE, 74)}T3BlbkFJ${mixed(r, URLSAFE, 74)}`,
    name: 'OPENAI_API_KEY'
  }),
  'anthropic-api-key': r => ({
    ruleId: 'anthropic-api-key',
    value: `sk-ant-api03-${mixed(r, URLSAFE, 93)}AA`,
    name: 'ANTHROPIC_API_KEY'
  }),
  'anthropic-admin-key': r => ({
    ruleId: 'anthropic-admin-key',
    value: `sk-ant-admin01-${mixed(r, URLSAFE, 93)}AA`,
    name: 'ANTHROPIC_ADMIN'
  }),
  'huggingface-token': r => ({
    ruleId: 'huggingface-token',
    value: `hf_${mixed(r, UPPER + LOWER, 34)}`,
    name: 'HF_TOKEN'
  }),
  'huggingface-org-token': r => ({
    ruleId: 'huggingface-org-token',
    value: `api_org_${mixed(r, UPPER + LOWER, 34)}`,
    name: 'HF_ORG'
  }),
  'groq-api-key': r => ({
    ruleId: 'groq-api-key',
    value: `gsk_${mixed(r, ALNUM, 52)}`,
    name: 'GROQ'
  }),
  'perplexity-api-key': r => ({
    ruleId: 'perplexity-api-key',
    value: `pplx-${mixed(r, ALNUM, 48)}`,
    name: 'PPLX'
  }),
  'xai-api-key': r => ({ ruleId: 'xai-api-key', value: `xai-${mixed(r, ALNUM, 80)}`, name: 'XAI' }),
  'replicate-api-token': r => ({
    ruleId: 'replicate-api-token',
    value: `r8_${mixed(r, ALNUM, 37)}`,
    name: 'REPLICATE'
  }),
  'digitalocean-pat': r => ({
    ruleId: 'digitalocean-pat',
    value: `dop_v1_${pick(r, HEX, 64)}`,
    name: 'DO'
  }),
  'digitalocean-oauth-token': r => ({
    ruleId: 'digitalocean-oauth-token',
    value: `doo_v1_${pick(r, HEX, 64)}`,
    name: 'DO_OAUTH'
  }),
  'digitalocean-refresh-token': r => ({
    ruleId: 'digitalocean-refresh-token',
    value: `dor_v1_${pick(r, HEX, 64)}`,
    name: 'DO_REFRESH'
  }),
  'shopify-access-token': r => ({
    ruleId: 'shopify-access-token',
    value: `shpat_${pick(r, HEX, 32)}`,
    name: 'SHOPIFY'
  }),
  'shopify-custom-app-token': r => ({
    ruleId: 'shopify-custom-app-token',
    value: `shpca_${pick(r, HEX, 32)}`,
    name: 'SHOPIFY_CA'
  }),
  'shopify-private-app-token': r => ({
    ruleId: 'shopify-private-app-token',
    value: `shppa_${pick(r, HEX, 32)}`,
    name: 'SHOPIFY_PA'
  }),
  'shopify-shared-secret': r => ({
    ruleId: 'shopify-shared-secret',
    value: `shpss_${pick(r, HEX, 32)}`,
    name: 'SHOPIFY_SS'
  }),
  'heroku-api-key': r => ({
    ruleId: 'heroku-api-key',
    value: `${pick(r, HEX, 8)}-${pick(r, HEX, 4)}-4${pick(r, HEX, 3)}-a${pick(r, HEX, 3)}-${pick(r, HEX, 12)}`,
    name: 'HEROKU_API_KEY'
  }),
  'heroku-api-key-v2': r => ({
    ruleId: 'heroku-api-key-v2',
    value: `HRKU-AA${mixed(r, URLSAFE, 58)}`,
    name: 'HEROKU'
  }),
  'fly-access-token': r => ({
    ruleId: 'fly-access-token',
    value: `fo1_${mixed(r, URLSAFE, 43)}`,
    name: 'FLY'
  }),
  'planetscale-token': r => ({
    ruleId: 'planetscale-token',
    value: `pscale_pw_${mixed(r, URLSAFE, 43)}`,
    name: 'PSCALE'
  }),
  'pulumi-access-token': r => ({
    ruleId: 'pulumi-access-token',
    value: `pul-${pick(r, HEX, 40)}`,
    name: 'PULUMI'
  }),
  'terraform-cloud-token': r => ({
    ruleId: 'terraform-cloud-token',
    value: `${mixed(r, ALNUM, 14)}.atlasv1.${mixed(r, URLSAFE, 67)}`,
    name: 'TFC'
  }),
  'vault-service-token': r => ({
    ruleId: 'vault-service-token',
    value: `hvs.CAESI${mixed(r, URLSAFE, 91)}`,
    name: 'VAULT'
  }),
  'doppler-token': r => ({
    ruleId: 'doppler-token',
    value: `dp.pt.${mixed(r, ALNUM, 43)}`,
    name: 'DOPPLER'
  }),
  'databricks-token': r => ({
    ruleId: 'databricks-token',
    value: `dapi${pick(r, HEX, 32)}`,
    name: 'DATABRICKS'
  }),
  'atlassian-api-token': r => ({
    ruleId: 'atlassian-api-token',
    value: `ATATT3${mixed(r, URLSAFE, 178)}=${pick(r, HEX.toUpperCase(), 7)}`,
    name: 'JIRA'
  }),
  'linear-api-key': r => ({
    ruleId: 'linear-api-key',
    value: `lin_api_${mixed(r, ALNUM, 40)}`,
    name: 'LINEAR'
  }),
  'notion-token': r => ({
    ruleId: 'notion-token',
    value: `ntn_${pick(r, DIGITS, 11)}${mixed(r, ALNUM, 35)}`,
    name: 'NOTION'
  }),
  'postman-api-key': r => ({
    ruleId: 'postman-api-key',
    value: `PMAK-${pick(r, HEX, 24)}-${pick(r, HEX, 34)}`,
    name: 'POSTMAN'
  }),
  'sentry-token': r => ({
    ruleId: 'sentry-token',
    value: `sntryu_${pick(r, HEX, 64)}`,
    name: 'SENTRY'
  }),
  'onepassword-service-token': r => ({
    ruleId: 'onepassword-service-token',
    value: `ops_${b64url(Buffer.from(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: pick(r, URLSAFE, 22) }, email: `${pick(r, LOWER, 12)}@1passwordserviceaccounts.com`, srpX: pick(r, HEX, 64), muk: { alg: 'A256GCM', ext: true, k: pick(r, URLSAFE, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${pick(r, UPPER + DIGITS, 26)}`, throttleSecret: { seed: pick(r, HEX, 64), deviceUuid: pick(r, LOWER + DIGITS, 26) }, deviceUuid: pick(r, LOWER + DIGITS, 26) })))}`,
    name: 'OP_SERVICE_ACCOUNT_TOKEN'
  }),
  'grafana-service-account-token': r => {
    const head = `glsa_${mixed(r, ALNUM, 32)}`
    // Import of crc32 kept local to the checksum module; the generator mirrors the validator.
    return {
      ruleId: 'grafana-service-account-token',
      value: `${head}_${grafanaCrc(head)}`,
      name: 'GRAFANA'
    }
  },
  'grafana-cloud-token': r => ({
    ruleId: 'grafana-cloud-token',
    value: `glc_${b64url(randomBytes(r, 90)).replace(/[-_]/g, 'x')}`,
    name: 'GRAFANA_CLOUD'
  }),
  'newrelic-user-key': r => ({
    ruleId: 'newrelic-user-key',
    value: `NRAK-${pick(r, UPPER + DIGITS, 27)}`,
    name: 'NEW_RELIC'
  }),
  'dynatrace-token': r => ({
    ruleId: 'dynatrace-token',
    value: `dt0c01.${pick(r, UPPER + DIGITS, 24)}.${pick(r, UPPER + DIGITS, 64)}`,
    name: 'DT'
  }),
  'contentful-pat': r => ({
    ruleId: 'contentful-pat',
    value: `CFPAT-${mixed(r, URLSAFE, 43)}`,
    name: 'CONTENTFUL'
  }),
  jwt: r => ({ ruleId: 'jwt', value: jwt(r), name: 'session_jwt' }),
  'private-key': r => {
    const value = pem(r, choice(r, ['RSA ', 'EC ', 'OPENSSH ', '', 'DSA ']))
    return { ruleId: 'private-key', value, name: 'key', snippet: value }
  },
  'putty-private-key': r => {
    const priv = Array.from({ length: 14 }, () => pick(r, B64, 64)).join('\n') + '\n'
    const value = priv
    const snippet = `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\n${pick(r, B64, 64)}\n${pick(r, B64, 40)}\nPrivate-Lines: 14\n${priv}Private-MAC: ${pick(r, HEX, 64)}`
    return { ruleId: 'putty-private-key', value, name: 'ppk', snippet }
  },
  'age-secret-key': r => ({ ruleId: 'age-secret-key', value: age(r), name: 'AGE_KEY' }),
  'database-url-password': r => {
    const value = mixed(r, ALNUM, 18)
    const scheme = choice(r, ['postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps'])
    return {
      ruleId: 'database-url-password',
      value,
      name: 'DATABASE_URL',
      snippet: `${scheme}://svc_${pick(r, LOWER, 5)}:${value}@db-${pick(r, LOWER, 6)}.internal.corp:5432/app`
    }
  },
  'url-basic-auth': r => {
    const value = mixed(r, ALNUM, 16)
    return {
      ruleId: 'url-basic-auth',
      value,
      name: 'MIRROR_URL',
      snippet: `https://deploy-${pick(r, LOWER, 4)}:${value}@artifacts.corp-${pick(r, LOWER, 5)}.net/simple/`
    }
  },
  'generic-secret-assignment': r => {
    const name = choice(r, [
      'DB_PASSWORD',
      'db_password',
      'smtpPassword',
      'client_secret',
      'SECRET_KEY',
      'api_key',
      'apiToken',
      'ADMIN_PASS'
    ])
    // Human-chosen secrets (passwords, secret keys) hold any symbol; machine-made API keys and
    // tokens use a token alphabet.
    const symbols = /pass|secret/i.test(name) ? ['#', '!', '@', '%', '^'] : ['-', '_', '.']
    return {
      ruleId: 'generic-secret-assignment',
      value: `${mixed(r, ALNUM, 10)}${choice(r, symbols)}${mixed(r, ALNUM, 5)}`,
      name
    }
  }
}

function grafanaCrc(head: string): string {
  // Same CRC32 as src/secrets/checksum.ts, little-endian hex (Grafana's layout).
  let crc = 0xffffffff
  for (let i = 0; i < head.length; i++) {
    crc ^= head.charCodeAt(i)
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
  }
  const buf = Buffer.alloc(4)
  buf.writeUInt32LE((crc ^ 0xffffffff) >>> 0)
  return buf.toString('hex')
}

/** Hard negatives: lines that look like secrets and are not (the list), per family. */
export function hardNegatives(r: Rand): Array<{ family: string; line: string }> {
  const gh = withBase62Crc32('ghp_', mixed(r, ALNUM, 30))
  const badGh = gh.slice(0, -1) + (gh.endsWith('A') ? 'B' : 'A')
  const npm = withBase62Crc32('npm_', mixed(r, ALNUM, 30))
  const badNpm = npm.slice(0, -1) + (npm.endsWith('A') ? 'B' : 'A')
  const hex64 = pick(r, HEX, 64)
  const uuid = `${pick(r, HEX, 8)}-${pick(r, HEX, 4)}-4${pick(r, HEX, 3)}-8${pick(r, HEX, 3)}-${pick(r, HEX, 12)}`
  return [
    { family: 'github', line: `GITHUB_TOKEN = "${badGh}"` },
    { family: 'npm', line: `//registry.npmjs.org/:_authToken=${badNpm}` },
    { family: 'aws', line: `aws_access_key_id = AKIAIOSFODNN7EXAMPLE` },
    { family: 'aws', line: `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` },
    { family: 'generic', line: `password = "<your-password-here>"` },
    { family: 'generic', line: `api_key = "\${API_KEY}"` },
    { family: 'generic', line: `token: \${{ secrets.GITHUB_TOKEN }}` },
    { family: 'generic', line: `DB_PASSWORD = os.environ["DB_PASSWORD"]` },
    { family: 'generic', line: `password = os.getenv("PASSWORD", "")` },
    { family: 'generic', line: `SECRET_KEY = "changeme"` },
    { family: 'generic', line: `api_key = "xxxxxxxxxxxxxxxxxxxxxxxx"` },
    { family: 'generic', line: `password = "abcdefghijklmnop"` },
    { family: 'generic', line: `password = "1234567890"` },
    { family: 'generic', line: `password = "aaaaaaaaaaaaaaaa"` },
    { family: 'generic', line: `client_secret = "test-client-secret-123"` },
    { family: 'generic', line: `API_KEY = "fake_api_key_for_tests_0001"` },
    { family: 'generic', line: `request_id = "${uuid}"` },
    { family: 'generic', line: `secret_id = "${uuid}"` },
    { family: 'generic', line: `session_id_token = "${uuid}"` },
    { family: 'generic', line: `requests==2.31.0 --hash=sha256:${hex64}` },
    { family: 'generic', line: `image: python@sha256:${pick(r, HEX, 64)}` },
    { family: 'generic', line: `icon = "data:image/png;base64,${pick(r, B64, 120)}"` },
    { family: 'generic', line: `password_hash_algorithm = "pbkdf2_sha256"` },
    { family: 'generic', line: `token_type = "Bearer"` },
    { family: 'generic', line: `max_tokens = 4096` },
    { family: 'generic', line: `def check_password(password: str) -> bool:` },
    { family: 'generic', line: `    token = request.headers.get("X-Token")` },
    { family: 'generic', line: `password = getpass.getpass("Password: ")` },
    { family: 'generic', line: `public_key = "${mixed(r, B64, 44)}"` },
    { family: 'generic', line: `password: "{{ vault_db_password }}"` },
    { family: 'generic', line: `export PASSWORD=$DB_PASSWORD` },
    { family: 'generic', line: `self.password = password` },
    { family: 'generic', line: `key = "${pick(r, LOWER, 6)}_${pick(r, LOWER, 5)}"` },
    {
      family: 'jwt',
      line: `token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.${pick(r, URLSAFE, 20)}"`
    },
    {
      family: 'jwt',
      line: `JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"`
    },
    {
      family: 'private-key',
      line: `-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----`
    },
    { family: 'private-key', line: `-----BEGIN PUBLIC KEY-----` },
    { family: 'database', line: `DATABASE_URL = "postgres://user:password@localhost:5432/app"` },
    {
      family: 'database',
      line: `DATABASE_URL = "postgresql://\${DB_USER}:\${DB_PASS}@\${DB_HOST}/app"`
    },
    { family: 'database', line: `REDIS_URL = "redis://:changeme@localhost:6379/0"` },
    { family: 'database', line: `url = "mysql://root:root@127.0.0.1/test"` },
    { family: 'stripe', line: `STRIPE_PUBLISHABLE = "pk_live_${mixed(r, ALNUM, 24)}"` },
    { family: 'google', line: `GOOGLE_KEY = "AIza${mixed(r, URLSAFE, 20)}"` },
    { family: 'generic', line: `commit = "${pick(r, HEX, 40)}"` },
    { family: 'generic', line: `checksum: "${hex64}"` },
    { family: 'slack', line: `SLACK = "xoxb-not-a-real-token"` },
    { family: 'generic', line: `# runguard: example value, see docs` }
  ]
}

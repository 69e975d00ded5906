import type { Confidence, Severity } from '../model.js'
import {
  decodeBase64,
  decodeJsonSegment,
  validBase62Crc32Token,
  validBech32,
  validGrafanaServiceAccountToken
} from './checksum.js'
import { findGenericAssignments } from './generic.js'
import {
  charClasses,
  isExampleValue,
  isPlaceholder,
  isSequentialOrRepeated,
  PROVIDER_FAKE_MARKERS,
  shannonEntropy
} from './heuristics.js'
import type {
  FinderState,
  MatchContext,
  RawMatch,
  SecretRule,
  Validation,
  Validator
} from './types.js'

/**
 * The rule set. Provider rules are fixed-prefix formats (keyword = the prefix) or
 * keyword-anchored assignments; each pattern is linear-time in practice (bounded
 * quantifiers, no nested unbounded repetition) and only ever runs on a small window around a
 * prefilter hit. `bench/secrets` times every rule on adversarial input.
 */

interface RuleOptions {
  keywords: string[]
  before?: number
  after?: number
  confidence?: Confidence
  severity?: Severity
  validation?: Validation
  validate?: Validator
  multiline?: boolean
  priority?: number
  /** Skip the default fake-marker/sequence filter (structured values check their own). */
  raw?: boolean
}

/** A value that says it is fake or that is one repeated/sequential run is never a finding. */
function defaultFilter(secret: string): boolean {
  return !isExampleValue(secret, PROVIDER_FAKE_MARKERS) && !isSequentialOrRepeated(secret)
}

function rule(
  id: string,
  title: string,
  provider: string,
  source: string,
  options: RuleOptions,
  flags = ''
): SecretRule {
  const validate = options.validate
  const combined: Validator = options.raw
    ? (validate ?? (() => true))
    : (secret, ctx) => (defaultFilter(secret) ? (validate ? validate(secret, ctx) : true) : false)
  return {
    id,
    title,
    provider,
    keywords: options.keywords,
    pattern: new RegExp(source, `gd${flags}`),
    before: options.before ?? 2,
    after: options.after ?? 200,
    multiline: options.multiline ?? false,
    confidence: options.confidence ?? 'high',
    severity: options.severity ?? 'high',
    validation: options.validation ?? 'format',
    validate: combined,
    priority: options.priority ?? 50
  }
}

/** A fixed-prefix token: `prefix` + body, with boundaries on both sides. */
function prefixed(
  id: string,
  title: string,
  provider: string,
  body: string,
  options: RuleOptions,
  flags = ''
): SecretRule {
  return rule(
    id,
    title,
    provider,
    `(?<![A-Za-z0-9_])(?<secret>${body})(?![A-Za-z0-9_-])`,
    options,
    flags
  )
}

/**
 * gitleaks' keyword-anchored assignment template: `<name containing context> <op> <value>`.
 * `context` is a regex alternation that must occur in the assigned name.
 */
function assigned(
  id: string,
  title: string,
  provider: string,
  context: string,
  value: string,
  options: RuleOptions
): SecretRule {
  const source =
    `(?:${context})[\\w.-]{0,25}?[\\s'"\\]]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)` +
    `[\\x60'"\\s=]{0,5}(?<secret>${value})(?![\\w-])`
  return rule(id, title, provider, source, { before: 40, after: 200, ...options }, 'i')
}

const minEntropy =
  (floor: number): Validator =>
  secret =>
    shannonEntropy(secret) > floor

function lineAround(ctx: MatchContext, radius = 400): string {
  const from = Math.max(0, ctx.start - radius)
  const to = Math.min(ctx.text.length, ctx.end + radius)
  const before = ctx.text.slice(from, ctx.start)
  const after = ctx.text.slice(ctx.end, to)
  const nlBefore = before.lastIndexOf('\n')
  const nlAfter = after.indexOf('\n')
  return (
    (nlBefore >= 0 ? before.slice(nlBefore + 1) : before) +
    ctx.text.slice(ctx.start, ctx.end) +
    (nlAfter >= 0 ? after.slice(0, nlAfter) : after)
  )
}

const checksum: Validator = secret => validBase62Crc32Token(secret)

const jwtValidator: Validator = secret => {
  const [header, payload, signature] = secret.split('.')
  if (!header || !payload || signature === undefined) return false
  const h = decodeJsonSegment(header)
  if (!h || typeof h.alg !== 'string' || h.alg.toLowerCase() === 'none') return false
  const p = decodeJsonSegment(payload)
  if (!p) return false
  // Real tokens carry registered claims; documentation examples often carry one toy claim.
  const registered = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'].some(c => c in p)
  if (!registered && Object.keys(p).length < 2) return false
  if (isExampleValue(JSON.stringify(p), ['john doe', 'example', '1234567890'])) return false
  return true
}

const PEM_HEADER_LINE = /^(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*$/gm

const pemValidator: Validator = (secret, ctx) => {
  const body = (ctx.groups.body ?? '')
    .replace(/\\r|\\n/g, '\n')
    .replace(PEM_HEADER_LINE, '')
    .replace(/["',+\s]|\\/g, '')
  if (body.length < 64) return false
  if (!/^[A-Za-z0-9+/=]+$/.test(body)) return false
  if (isSequentialOrRepeated(body) || /x{8,}|\.{3}/i.test(body)) return false
  return shannonEntropy(body) > 4.5 ? true : 'medium'
}

const DEV_PASSWORDS = new Set([
  'password',
  'pass',
  'passwd',
  'pwd',
  'secret',
  'postgres',
  'root',
  'admin',
  'guest',
  'mysql',
  'redis',
  'user',
  'username',
  'test',
  'example',
  'changeme',
  'sa',
  'rabbitmq',
  'mongo',
  'default'
])

const urlCredentialValidator: Validator = (secret, ctx) => {
  let password = secret
  try {
    password = decodeURIComponent(secret)
  } catch {
    // Keep the raw text when it is not valid percent-encoding.
  }
  const user = ctx.groups.user ?? ''
  const host = (ctx.groups.host ?? '').toLowerCase()
  if (password.length < 4 || isPlaceholder(password) || /^[:%{<[(*$]/.test(password)) return false
  // Spaces, commas (multi-host URLs) and templates are not in real URL passwords.
  if (/[\s,{}<>]/.test(password)) return false
  if (DEV_PASSWORDS.has(password.toLowerCase()) || password === user) return false
  if (isExampleValue(password) || isSequentialOrRepeated(password)) return false
  if (/(?:^|\.)(?:example\.(?:com|org|net)|host|hostname|domain|server)$/.test(host)) return false
  if (/^(?:user|username|usr|name|login|\$)/i.test(user) && password.length < 8) return false
  return password.length >= 8 && charClasses(password) >= 2 ? 'high' : 'medium'
}

const dockerAuthValidator: Validator = secret => {
  const bytes = decodeBase64(secret)
  if (!bytes) return false
  const decoded = bytes.toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 1 || colon === decoded.length - 1) return false
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false
  const password = decoded.slice(colon + 1)
  return !isPlaceholder(password) && !isExampleValue(password) && !DEV_PASSWORDS.has(password)
}

/** Discord bot tokens: the first segment is base64 of the bot's numeric snowflake id. */
const discordValidator: Validator = secret => {
  const first = secret.split('.')[0] ?? ''
  const decoded = decodeBase64(first)?.toString('latin1') ?? ''
  return /^\d{17,20}$/.test(decoded)
}

const pypiValidator: Validator = secret => {
  const bytes = decodeBase64(secret.slice('pypi-'.length))
  // A macaroon v2: version byte 2, then the location field (type 1) = pypi.org / test.pypi.org.
  return bytes !== undefined && bytes.length > 40 && bytes[0] === 2 && bytes[1] === 1
}

const gcpServiceAccount = (
  text: string,
  hitStart: number,
  _keyword: string,
  _path?: string,
  state?: FinderState
): RawMatch[] => {
  // The JSON object around `"service_account"`; keys can come in any order.
  const from = Math.max(0, hitStart - 4096)
  const to = Math.min(text.length, hitStart + 8192)
  // Hits close to this one see the same object (the adversarial benchmark repeats the keyword).
  if (state) state.skipUntil = hitStart + 1024
  const window = text.slice(from, to)
  if (!/"type"\s*:\s*"service_account"/.test(window)) return []
  const key =
    /"private_key"\s*:\s*"(-----BEGIN [A-Z ]*PRIVATE KEY-----[^"]{64,8192}?-----END [A-Z ]*PRIVATE KEY-----(?:\\n)?)"/d.exec(
      window
    )
  const span = key?.indices?.[1]
  if (!key || !span || !key[1]) return []
  if (state) state.skipUntil = Math.max(state.skipUntil, from + span[1])
  return [
    {
      ruleId: 'gcp-service-account-key',
      secret: key[1],
      start: from + span[0],
      end: from + span[1],
      confidence: 'high'
    }
  ]
}

const awsSecretValidator: Validator = secret =>
  shannonEntropy(secret) > 4.0 && charClasses(secret) >= 3 && !/^[a-z]+$/i.test(secret)

const sasValidator: Validator = (_secret, ctx) =>
  /[?&;]sv=\d{4}-\d{2}-\d{2}/.test(lineAround(ctx)) ? true : false

const hexId = (len: number): string => `[0-9a-f]{${len}}`

/** Every rule runguard ships, most specific first within each provider. */
export const RULES: readonly SecretRule[] = [
  // ── AWS ───────────────────────────────────────────────────────────────────────────────────
  prefixed(
    'aws-access-key-id',
    'AWS access key ID',
    'AWS',
    '(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}',
    {
      keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
      after: 24,
      confidence: 'medium',
      validation: 'format',
      validate: minEntropy(3)
    }
  ),
  rule(
    'aws-secret-access-key',
    'AWS secret access key',
    'AWS',
    `(?:aws)?[_.-]?secret[_.-]?(?:access)?[_.-]?key(?:[_.-]?id)?[\\w.-]{0,10}["'\\]]{0,2}\\s{0,3}(?:=|:=|:|=>|,)\\s{0,3}["'\\x60]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    {
      keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret'],
      before: 12,
      after: 120,
      confidence: 'high',
      validation: 'context',
      validate: awsSecretValidator
    },
    'i'
  ),
  prefixed(
    'aws-bedrock-api-key',
    'AWS Bedrock API key',
    'AWS',
    'ABSK[A-Za-z0-9+/]{109,269}={0,2}',
    {
      keywords: ['absk'],
      after: 290,
      validate: minEntropy(4)
    }
  ),
  // ── GitHub ────────────────────────────────────────────────────────────────────────────────
  ...(
    [
      ['ghp_', 'github-pat', 'GitHub personal access token (classic)'],
      ['gho_', 'github-oauth-token', 'GitHub OAuth access token'],
      ['ghu_', 'github-user-to-server-token', 'GitHub App user-to-server token'],
      ['ghs_', 'github-server-to-server-token', 'GitHub App installation token'],
      ['ghr_', 'github-refresh-token', 'GitHub refresh token']
    ] as const
  ).map(([prefix, id, title]) =>
    prefixed(id, title, 'GitHub', `${prefix}[A-Za-z0-9]{36}`, {
      keywords: [prefix],
      after: 44,
      validation: 'checksum',
      validate: checksum
    })
  ),
  prefixed(
    'github-fine-grained-pat',
    'GitHub fine-grained personal access token',
    'GitHub',
    'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
    { keywords: ['github_pat_'], after: 96, validate: minEntropy(3.5) }
  ),
  // ── GitLab ────────────────────────────────────────────────────────────────────────────────
  prefixed(
    'gitlab-pat',
    'GitLab personal access token',
    'GitLab',
    'glpat-(?:[\\w-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7}|[\\w-]{20})',
    { keywords: ['glpat-'], after: 330, validate: minEntropy(3) }
  ),
  prefixed(
    'gitlab-token',
    'GitLab CI/runner/deploy/feed token',
    'GitLab',
    '(?:glptt|glrt|gldt|glcbt|glft|glimt|glagent|gloas|glsoat|glffct)-[\\w-]{20,64}',
    {
      keywords: [
        'glptt-',
        'glrt-',
        'gldt-',
        'glcbt-',
        'glft-',
        'glimt-',
        'glagent-',
        'gloas-',
        'glsoat-',
        'glffct-'
      ],
      after: 80,
      validate: minEntropy(3)
    }
  ),
  prefixed(
    'gitlab-runner-registration-token',
    'GitLab runner registration token',
    'GitLab',
    'GR1348941[\\w-]{20}',
    { keywords: ['gr1348941'], after: 32, validate: minEntropy(3) }
  ),
  // ── Slack ─────────────────────────────────────────────────────────────────────────────────
  prefixed(
    'slack-bot-token',
    'Slack bot token',
    'Slack',
    'xoxb-[0-9]{10,13}-[0-9]{10,13}-?[A-Za-z0-9]{24,34}',
    { keywords: ['xoxb-'], after: 70, validate: minEntropy(3) }
  ),
  prefixed(
    'slack-user-token',
    'Slack user token',
    'Slack',
    'xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34}',
    { keywords: ['xoxp-', 'xoxe-'], after: 90, validate: minEntropy(3) }
  ),
  prefixed(
    'slack-app-token',
    'Slack app-level token',
    'Slack',
    'xapp-\\d-[A-Z0-9]{9,12}-\\d{10,13}-[a-f0-9]{64}',
    {
      keywords: ['xapp-'],
      after: 110,
      validate: minEntropy(3)
    }
  ),
  prefixed(
    'slack-config-token',
    'Slack configuration token',
    'Slack',
    'xoxe(?:\\.xox[bp])?-\\d-[A-Z0-9]{146,166}',
    { keywords: ['xoxe'], after: 190, validate: minEntropy(3) }
  ),
  prefixed(
    'slack-legacy-token',
    'Slack legacy token',
    'Slack',
    'xox[aors]-(?:[0-9]{1,13}-){1,3}[0-9A-Za-z]{8,64}',
    { keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'], after: 130, validate: minEntropy(3) }
  ),
  rule(
    'slack-webhook-url',
    'Slack incoming webhook URL',
    'Slack',
    'hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<secret>T[A-Z0-9]{8,12}/[A-Z0-9]{8,12}/(?:[0-9]{6,20}/)?[A-Za-z0-9]{24,32})(?![A-Za-z0-9])',
    { keywords: ['hooks.slack.com'], after: 120, validate: minEntropy(3) }
  ),
  // ── Payments ──────────────────────────────────────────────────────────────────────────────
  prefixed('stripe-secret-key', 'Stripe live secret key', 'Stripe', 'sk_live_[A-Za-z0-9]{24,99}', {
    keywords: ['sk_live_'],
    after: 110,
    validate: minEntropy(3.5)
  }),
  prefixed(
    'stripe-restricted-key',
    'Stripe live restricted key',
    'Stripe',
    'rk_live_[A-Za-z0-9]{24,99}',
    {
      keywords: ['rk_live_'],
      after: 110,
      validate: minEntropy(3.5)
    }
  ),
  prefixed(
    'stripe-webhook-secret',
    'Stripe webhook signing secret',
    'Stripe',
    'whsec_[A-Za-z0-9+/]{32,64}',
    {
      keywords: ['whsec_'],
      after: 75,
      validate: minEntropy(3.5)
    }
  ),
  prefixed('square-access-token', 'Square access token', 'Square', 'sq0atp-[\\w-]{22}', {
    keywords: ['sq0atp-'],
    after: 32,
    validate: minEntropy(3)
  }),
  prefixed('square-oauth-secret', 'Square OAuth secret', 'Square', 'sq0csp-[\\w-]{43}', {
    keywords: ['sq0csp-'],
    after: 52,
    validate: minEntropy(3)
  }),
  // ── Google ────────────────────────────────────────────────────────────────────────────────
  prefixed('google-api-key', 'Google API key', 'Google', 'AIza[\\w-]{35}', {
    keywords: ['aiza'],
    after: 42,
    validate: minEntropy(3.5)
  }),
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account key (JSON)',
    provider: 'Google Cloud',
    keywords: ['service_account'],
    find: gcpServiceAccount,
    before: 4096,
    after: 8192,
    multiline: true,
    confidence: 'high',
    severity: 'critical',
    validation: 'structure',
    priority: 90
  },
  prefixed(
    'google-oauth-client-secret',
    'Google OAuth client secret',
    'Google',
    'GOCSPX-[\\w-]{28}',
    {
      keywords: ['gocspx-'],
      after: 38,
      validate: minEntropy(3)
    }
  ),
  prefixed(
    'google-oauth-access-token',
    'Google OAuth access token',
    'Google',
    'ya29\\.[\\w-]{60,300}',
    {
      keywords: ['ya29.'],
      after: 310,
      confidence: 'medium',
      validate: minEntropy(4)
    }
  ),
  // ── Azure ─────────────────────────────────────────────────────────────────────────────────
  rule(
    'azure-storage-account-key',
    'Azure storage account key (connection string)',
    'Azure',
    'AccountKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{86}==)',
    { keywords: ['accountkey'], after: 110, validation: 'structure', validate: minEntropy(4.5) },
    'i'
  ),
  rule(
    'azure-sas-token',
    'Azure shared access signature',
    'Azure',
    '[?&;]sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])',
    { keywords: ['sig='], before: 2, after: 140, validation: 'context', validate: sasValidator },
    'i'
  ),
  rule(
    'azure-ad-client-secret',
    'Azure AD (Entra ID) client secret',
    'Azure',
    '(?<![\\w~.-])(?<secret>[\\w~.]{3}\\dQ~[\\w~.-]{31,34})(?![\\w~.-])',
    { keywords: ['q~'], before: 5, after: 40, validate: minEntropy(3.5) }
  ),
  // ── Communications ────────────────────────────────────────────────────────────────────────
  prefixed('twilio-api-key', 'Twilio API key', 'Twilio', `SK${hexId(32)}`, {
    keywords: ['sk'],
    after: 36,
    validate: minEntropy(3)
  }),
  assigned(
    'twilio-auth-token',
    'Twilio auth token',
    'Twilio',
    'twilio[\\w.-]{0,20}?(?:auth|token|secret)',
    hexId(32),
    { keywords: ['twilio'], confidence: 'medium', validation: 'context', validate: minEntropy(3) }
  ),
  prefixed('sendgrid-api-key', 'SendGrid API key', 'SendGrid', 'SG\\.[\\w-]{22}\\.[\\w-]{43}', {
    keywords: ['sg.'],
    after: 72,
    validate: minEntropy(4)
  }),
  prefixed('mailgun-api-key', 'Mailgun API key', 'Mailgun', `key-${hexId(32)}`, {
    keywords: ['key-'],
    after: 40,
    validate: minEntropy(3)
  }),
  assigned(
    'mailgun-signing-key',
    'Mailgun webhook signing key',
    'Mailgun',
    'mailgun',
    '[0-9a-h]{32}-[0-9a-h]{8}-[0-9a-h]{8}',
    { keywords: ['mailgun'], confidence: 'medium', validation: 'context', validate: minEntropy(3) }
  ),
  prefixed('mailchimp-api-key', 'Mailchimp API key', 'Mailchimp', `${hexId(32)}-us\\d{1,2}`, {
    keywords: ['-us'],
    before: 34,
    after: 6,
    validate: minEntropy(3)
  }),
  prefixed(
    'sendinblue-api-key',
    'Brevo (Sendinblue) API key',
    'Brevo',
    `xkeysib-${hexId(64)}-[A-Za-z0-9]{16}`,
    {
      keywords: ['xkeysib-'],
      after: 92,
      validate: minEntropy(3)
    }
  ),
  prefixed('telegram-bot-token', 'Telegram bot token', 'Telegram', '[0-9]{8,10}:AA[\\w-]{33}', {
    keywords: [':aa'],
    before: 12,
    after: 40,
    validate: minEntropy(3.5)
  }),
  assigned(
    'discord-bot-token',
    'Discord bot token',
    'Discord',
    'discord|bot[_.-]?token',
    '[MNO][A-Za-z0-9_-]{23,25}\\.[\\w-]{6}\\.[\\w-]{27,38}',
    {
      keywords: ['discord', 'bot_token', 'bot-token', 'bottoken'],
      validation: 'structure',
      validate: discordValidator
    }
  ),
  rule(
    'discord-webhook-url',
    'Discord webhook URL',
    'Discord',
    'discord(?:app)?\\.com/api/webhooks/(?<secret>[0-9]{17,20}/[\\w-]{60,68})(?![\\w-])',
    { keywords: ['discord'], after: 120, validate: minEntropy(3.5) }
  ),
  // ── Package registries ────────────────────────────────────────────────────────────────────
  prefixed('npm-access-token', 'npm access token', 'npm', 'npm_[A-Za-z0-9]{36}', {
    keywords: ['npm_'],
    after: 44,
    validation: 'checksum',
    validate: checksum
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
      validate: pypiValidator
    }
  ),
  prefixed('rubygems-api-key', 'RubyGems API key', 'RubyGems', `rubygems_${hexId(48)}`, {
    keywords: ['rubygems_'],
    after: 60,
    validate: minEntropy(3)
  }),
  prefixed('dockerhub-pat', 'Docker Hub access token', 'Docker', 'dckr_(?:pat|oat)_[\\w-]{27,32}', {
    keywords: ['dckr_pat_', 'dckr_oat_'],
    after: 44,
    validate: minEntropy(3)
  }),
  rule(
    'docker-config-auth',
    'Docker registry credentials (config.json auths)',
    'Docker',
    '"auth"\\s*:\\s*"(?<secret>[A-Za-z0-9+/]{8,400}={0,2})"',
    {
      keywords: ['"auth"'],
      after: 440,
      validation: 'structure',
      raw: true,
      validate: dockerAuthValidator
    }
  ),
  // ── AI providers ──────────────────────────────────────────────────────────────────────────
  prefixed(
    'openai-api-key',
    'OpenAI API key',
    'OpenAI',
    'sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}',
    { keywords: ['t3blbkfj'], before: 100, after: 90, validation: 'structure' }
  ),
  prefixed('anthropic-api-key', 'Anthropic API key', 'Anthropic', 'sk-ant-api03-[\\w-]{93}AA', {
    keywords: ['sk-ant-api03-'],
    after: 112,
    validation: 'structure',
    validate: minEntropy(4)
  }),
  prefixed(
    'anthropic-admin-key',
    'Anthropic admin key',
    'Anthropic',
    'sk-ant-admin01-[\\w-]{93}AA',
    {
      keywords: ['sk-ant-admin01-'],
      after: 114,
      validation: 'structure',
      validate: minEntropy(4)
    }
  ),
  prefixed('huggingface-token', 'Hugging Face access token', 'Hugging Face', 'hf_[A-Za-z]{34}', {
    keywords: ['hf_'],
    after: 40,
    validate: s => shannonEntropy(s) > 3.8 && /[a-z]/.test(s) && /[A-Z]/.test(s.slice(3))
  }),
  prefixed(
    'huggingface-org-token',
    'Hugging Face organization token',
    'Hugging Face',
    'api_org_[A-Za-z]{34}',
    {
      keywords: ['api_org_'],
      after: 44,
      validate: s => shannonEntropy(s) > 3.8 && /[A-Z]/.test(s.slice(8))
    }
  ),
  prefixed('groq-api-key', 'Groq API key', 'Groq', 'gsk_[A-Za-z0-9]{52}', {
    keywords: ['gsk_'],
    after: 60,
    validate: minEntropy(4)
  }),
  prefixed('perplexity-api-key', 'Perplexity API key', 'Perplexity', 'pplx-[A-Za-z0-9]{48}', {
    keywords: ['pplx-'],
    after: 56,
    validate: minEntropy(4)
  }),
  prefixed('xai-api-key', 'xAI API key', 'xAI', 'xai-[A-Za-z0-9]{80}', {
    keywords: ['xai-'],
    after: 88,
    validate: minEntropy(4)
  }),
  prefixed('replicate-api-token', 'Replicate API token', 'Replicate', 'r8_[A-Za-z0-9]{37}', {
    keywords: ['r8_'],
    after: 44,
    validate: minEntropy(3.8)
  }),
  // ── Cloud and hosting ─────────────────────────────────────────────────────────────────────
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
      validate: minEntropy(3)
    })
  ),
  ...(
    [
      ['shpat_', 'shopify-access-token', 'Shopify access token'],
      ['shpca_', 'shopify-custom-app-token', 'Shopify custom app access token'],
      ['shppa_', 'shopify-private-app-token', 'Shopify private app access token'],
      ['shpss_', 'shopify-shared-secret', 'Shopify shared secret']
    ] as const
  ).map(([prefix, id, title]) =>
    prefixed(id, title, 'Shopify', `${prefix}[a-fA-F0-9]{32}`, {
      keywords: [prefix],
      after: 42,
      validate: minEntropy(3)
    })
  ),
  assigned(
    'heroku-api-key',
    'Heroku API key',
    'Heroku',
    'heroku',
    '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    { keywords: ['heroku'], confidence: 'medium', validation: 'context', validate: minEntropy(3) }
  ),
  prefixed('heroku-api-key-v2', 'Heroku API key', 'Heroku', 'HRKU-AA[\\w-]{58}', {
    keywords: ['hrku-aa'],
    after: 70,
    validate: minEntropy(3.5)
  }),
  prefixed('fly-access-token', 'Fly.io access token', 'Fly.io', 'fo1_[\\w-]{43}', {
    keywords: ['fo1_'],
    after: 50,
    validate: minEntropy(3.5)
  }),
  prefixed(
    'planetscale-token',
    'PlanetScale token or password',
    'PlanetScale',
    'pscale_(?:pw|tkn|oauth)_[\\w.=-]{32,64}',
    {
      keywords: ['pscale_pw_', 'pscale_tkn_', 'pscale_oauth_'],
      after: 80,
      validate: minEntropy(3.5)
    }
  ),
  prefixed('pulumi-access-token', 'Pulumi access token', 'Pulumi', `pul-${hexId(40)}`, {
    keywords: ['pul-'],
    after: 46,
    validate: minEntropy(3)
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
      validate: minEntropy(3.5)
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
      validate: minEntropy(3.5)
    }
  ),
  prefixed(
    'doppler-token',
    'Doppler token',
    'Doppler',
    'dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}',
    {
      keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
      after: 60,
      validate: minEntropy(3.5)
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
      validate: minEntropy(3)
    }
  ),
  prefixed('atlassian-api-token', 'Atlassian API token', 'Atlassian', 'ATATT3[A-Za-z0-9_=-]{186}', {
    keywords: ['atatt3'],
    after: 196,
    validate: minEntropy(4)
  }),
  prefixed('linear-api-key', 'Linear API key', 'Linear', 'lin_api_[A-Za-z0-9]{40}', {
    keywords: ['lin_api_'],
    after: 50,
    validate: minEntropy(3.5)
  }),
  prefixed('notion-token', 'Notion integration token', 'Notion', 'ntn_[0-9]{11}[A-Za-z0-9]{35}', {
    keywords: ['ntn_'],
    after: 52,
    validate: minEntropy(3.5)
  }),
  prefixed('postman-api-key', 'Postman API key', 'Postman', `PMAK-${hexId(24)}-${hexId(34)}`, {
    keywords: ['pmak-'],
    after: 66,
    validate: minEntropy(3)
  }),
  prefixed(
    'sentry-token',
    'Sentry auth token',
    'Sentry',
    `(?:sntrys_eyJ[\\w=+/-]{50,300}|sntryu_${hexId(64)})`,
    {
      keywords: ['sntrys_', 'sntryu_'],
      after: 310,
      validate: minEntropy(3.5)
    }
  ),
  prefixed(
    'onepassword-service-token',
    '1Password service account token',
    '1Password',
    'ops_eyJ[\\w+/=-]{250,1200}',
    {
      keywords: ['ops_eyj'],
      after: 1210,
      validate: minEntropy(4)
    }
  ),
  prefixed(
    'grafana-service-account-token',
    'Grafana service account token',
    'Grafana',
    `glsa_[A-Za-z0-9]{32}_${hexId(8)}`,
    {
      keywords: ['glsa_'],
      after: 48,
      validation: 'checksum',
      validate: s => validGrafanaServiceAccountToken(s)
    }
  ),
  prefixed(
    'grafana-cloud-token',
    'Grafana Cloud API token',
    'Grafana',
    'glc_[A-Za-z0-9+/]{32,400}={0,2}',
    {
      keywords: ['glc_'],
      after: 410,
      validate: minEntropy(4)
    }
  ),
  prefixed('newrelic-user-key', 'New Relic user API key', 'New Relic', 'NRAK-[A-Z0-9]{27}', {
    keywords: ['nrak-'],
    after: 34,
    validate: minEntropy(3.5)
  }),
  prefixed(
    'dynatrace-token',
    'Dynatrace API token',
    'Dynatrace',
    'dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}',
    {
      keywords: ['dt0c01.'],
      after: 100,
      validate: minEntropy(3.5)
    }
  ),
  prefixed('contentful-pat', 'Contentful personal access token', 'Contentful', 'CFPAT-[\\w-]{43}', {
    keywords: ['cfpat-'],
    after: 52,
    validate: minEntropy(3.5)
  }),
  // ── Structured secrets ────────────────────────────────────────────────────────────────────
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
      priority: 20
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
      priority: 60
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
      validate: s => s.replace(/\s/g, '').length >= 32 && shannonEntropy(s) > 4
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
      validate: s => validBech32(s)
    }
  ),
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
      priority: 40
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
      priority: 30
    },
    'i'
  ),
  // ── Generic ───────────────────────────────────────────────────────────────────────────────
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
    priority: 0
  }
]

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, SecretRule> = new Map(RULES.map(r => [r.id, r]))

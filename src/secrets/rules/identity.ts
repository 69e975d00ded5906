import { kv, minEntropy, rule, tok, type ProviderRule } from './define.js'

/** Identity providers, sign-in services and CAPTCHA secrets. */
export const IDENTITY_RULES: ProviderRule[] = [
  kv({
    id: 'okta-api-token',
    title: 'Okta API token',
    provider: 'Okta',
    context: 'okta',
    value: '00[A-Za-z0-9_-]{40}',
    keywords: ['okta'],
    gen: s => `00${s.url(40)}`,
    name: 'OKTA_API_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'auth0-client-secret',
    title: 'Auth0 client secret or management token',
    provider: 'Auth0',
    context: 'auth0',
    value: '[A-Za-z0-9_-]{64}|eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,1200}\\.[\\w-]{20,600}',
    keywords: ['auth0'],
    gen: s => s.url(64),
    name: 'AUTH0_CLIENT_SECRET',
    entropy: 4
  }),
  kv({
    id: 'clerk-secret-key',
    title: 'Clerk secret key',
    provider: 'Clerk',
    context: 'clerk',
    value: 'sk_(?:live|test)_[A-Za-z0-9]{40,60}',
    keywords: ['clerk'],
    gen: s => `sk_live_${s.alnum(42)}`,
    miss: s => [`sk_live_${s.alnum(12)}`],
    name: 'CLERK_SECRET_KEY',
    entropy: 3.5,
    // Outranks the Stripe rule on the same value: the name says whose key it is.
    priority: 55
  }),
  tok({
    id: 'stytch-secret',
    title: 'Stytch project secret',
    provider: 'Stytch',
    re: 'secret-(?:live|test)-[A-Za-z0-9_=-]{36}',
    keywords: ['secret-live-', 'secret-test-'],
    gen: s => `secret-live-${s.url(36)}`,
    name: 'STYTCH_SECRET',
    entropy: 3.5,
    priority: 55
  }),
  tok({
    id: 'ory-api-key',
    title: 'Ory Network API key or token',
    provider: 'Ory',
    re: 'ory_(?:pat|apikey|at|rt|ac)_[A-Za-z0-9]{32,64}',
    keywords: ['ory_pat_', 'ory_apikey_', 'ory_at_', 'ory_rt_', 'ory_ac_'],
    gen: s => `ory_pat_${s.alnum(32)}`,
    name: 'ORY_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'duo-secret-key',
    title: 'Duo integration secret key',
    provider: 'Duo',
    context: 'duo[\\w.-]{0,12}?(?:secret|skey)',
    value: '[A-Za-z0-9]{40}',
    keywords: ['duo'],
    gen: s => s.alnum(40),
    name: 'DUO_SECRET_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'workos-api-key',
    title: 'WorkOS API key',
    provider: 'WorkOS',
    context: 'workos',
    value: 'sk_(?:live_|test_)?[A-Za-z0-9]{40,80}',
    keywords: ['workos'],
    gen: s => `sk_${s.alnum(60)}`,
    miss: s => [`sk_${s.alnum(12)}`],
    name: 'WORKOS_API_KEY',
    entropy: 3.5,
    priority: 55
  }),
  kv({
    id: 'fusionauth-api-key',
    title: 'FusionAuth API key',
    provider: 'FusionAuth',
    context: 'fusionauth',
    value: '[A-Za-z0-9_-]{40,64}',
    keywords: ['fusionauth'],
    gen: s => s.url(44),
    miss: s => [s.url(20)],
    name: 'FUSIONAUTH_API_KEY',
    entropy: 3.8
  }),
  kv({
    id: 'recaptcha-secret-key',
    title: 'Google reCAPTCHA secret key',
    provider: 'reCAPTCHA',
    context: 'recaptcha[\\w.-]{0,12}?(?:secret|private)',
    value: '6L[A-Za-z0-9_-]{38}',
    keywords: ['recaptcha'],
    gen: s => `6L${s.url(38)}`,
    name: 'RECAPTCHA_SECRET_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'hcaptcha-secret',
    title: 'hCaptcha secret',
    provider: 'hCaptcha',
    context: 'hcaptcha[\\w.-]{0,12}?secret',
    value: '0x[0-9a-fA-F]{40}|ES_[0-9a-f]{32}',
    keywords: ['hcaptcha'],
    gen: s => `0x${s.hex(40)}`,
    name: 'HCAPTCHA_SECRET',
    entropy: 3.5
  }),
  kv({
    id: 'turnstile-secret-key',
    title: 'Cloudflare Turnstile secret key',
    provider: 'Cloudflare',
    context: 'turnstile[\\w.-]{0,12}?secret',
    value: '0x4AAAAAAA[A-Za-z0-9_-]{22,30}',
    keywords: ['turnstile'],
    gen: s => `0x4AAAAAAA${s.url(26)}`,
    miss: s => [`0x4AAAAAAA${s.url(10)}`],
    name: 'TURNSTILE_SECRET_KEY',
    entropy: 3.5
  }),
  rule(
    'okta-ssws-token',
    'Okta API token in an SSWS Authorization header',
    'Okta',
    'SSWS\\s{1,3}(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])',
    {
      keywords: ['ssws'],
      after: 60,
      validation: 'context',
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`Authorization: SSWS 00${s.url(40)}`],
        fps: s => [`Authorization: SSWS 00${s.url(30)}`, 'Authorization: SSWS ${OKTA_API_TOKEN}']
      }
    }
  )
]

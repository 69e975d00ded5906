import { minEntropy, prefixed, type ProviderRule } from './define.js'

/** Payments and commerce. */
export const PAYMENT_RULES: ProviderRule[] = [
  prefixed('stripe-secret-key', 'Stripe live secret key', 'Stripe', 'sk_live_[A-Za-z0-9]{24,99}', {
    keywords: ['sk_live_'],
    after: 110,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [
        `STRIPE_KEY = "sk_live_${s.alnum(24)}"`,
        `stripe.api_key = 'sk_live_${s.alnum(99)}'`
      ],
      fps: s => [`STRIPE_KEY = "sk_live_${s.alnum(12)}"`, `STRIPE_KEY = "sk_test_${s.alnum(24)}"`]
    }
  }),
  prefixed(
    'stripe-restricted-key',
    'Stripe live restricted key',
    'Stripe',
    'rk_live_[A-Za-z0-9]{24,99}',
    {
      keywords: ['rk_live_'],
      after: 110,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`stripe_rk = "rk_live_${s.alnum(24)}"`],
        fps: s => [`stripe_rk = "rk_live_${s.alnum(12)}"`]
      }
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
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`WEBHOOK_SIGNING = "whsec_${s.alnum(32)}"`],
        fps: s => [`WEBHOOK_SIGNING = "whsec_${s.alnum(20)}"`]
      }
    }
  ),
  prefixed('square-access-token', 'Square access token', 'Square', 'sq0atp-[\\w-]{22}', {
    keywords: ['sq0atp-'],
    after: 32,
    validate: minEntropy(3),
    samples: {
      tps: s => [`square = "sq0atp-${s.url(22)}"`],
      fps: s => [`square = "sq0atp-${s.url(21)}"`]
    }
  }),
  prefixed('square-oauth-secret', 'Square OAuth secret', 'Square', 'sq0csp-[\\w-]{43}', {
    keywords: ['sq0csp-'],
    after: 52,
    validate: minEntropy(3),
    samples: {
      tps: s => [`square_oauth = "sq0csp-${s.url(43)}"`],
      fps: s => [`square_oauth = "sq0csp-${s.url(42)}"`]
    }
  })
]

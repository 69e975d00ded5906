import { kv, minEntropy, prefixed, tok, type ProviderRule } from './define.js'

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
  }),
  tok({
    id: 'paystack-secret-key',
    title: 'Paystack live secret key',
    provider: 'Paystack',
    re: 'sk_live_[0-9a-f]{40}',
    keywords: ['sk_live_'],
    gen: s => `sk_live_${s.hex(40)}`,
    name: 'PAYSTACK_SECRET_KEY',
    // Stripe's keys are mixed case: 40 lower-case hex after `sk_live_` is Paystack's format.
    priority: 55
  }),
  tok({
    id: 'flutterwave-secret-key',
    title: 'Flutterwave secret key',
    provider: 'Flutterwave',
    re: 'FLWSECK(?:_TEST)?-[0-9a-f]{32}-X',
    keywords: ['flwseck'],
    gen: s => `FLWSECK-${s.hex(32)}-X`,
    miss: s => [`FLWSECK-${s.hex(31)}-X`],
    name: 'FLW_SECRET_KEY'
  }),
  kv({
    id: 'razorpay-key-secret',
    title: 'Razorpay key secret',
    provider: 'Razorpay',
    context: 'razorpay[\\w.-]{0,12}?secret|rzp[_.-]?(?:key[_.-]?)?secret',
    value: '[A-Za-z0-9]{24}',
    keywords: ['razorpay', 'rzp'],
    gen: s => s.alnum(24),
    name: 'RAZORPAY_KEY_SECRET',
    entropy: 3.5
  }),
  kv({
    id: 'mollie-api-key',
    title: 'Mollie API key',
    provider: 'Mollie',
    context: 'mollie',
    value: '(?:live|test)_[A-Za-z0-9]{30}|access_[A-Za-z0-9]{40}',
    keywords: ['mollie'],
    gen: s => `live_${s.alnum(30)}`,
    name: 'MOLLIE_API_KEY',
    confidence: 'high',
    entropy: 3.5
  }),
  kv({
    id: 'gocardless-access-token',
    title: 'GoCardless access token',
    provider: 'GoCardless',
    context: 'gocardless',
    value: '(?:live|sandbox)_[A-Za-z0-9_-]{40}',
    keywords: ['gocardless'],
    gen: s => `live_${s.url(40)}`,
    name: 'GOCARDLESS_ACCESS_TOKEN',
    confidence: 'high',
    entropy: 3.5
  }),
  tok({
    id: 'braintree-access-token',
    title: 'PayPal Braintree access token',
    provider: 'PayPal',
    re: 'access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}',
    keywords: ['access_token$'],
    gen: s => `access_token$production$${s.lowerAlnum(16)}$${s.hex(32)}`,
    name: 'BRAINTREE_ACCESS_TOKEN'
  }),
  kv({
    id: 'paypal-client-secret',
    title: 'PayPal REST client secret',
    provider: 'PayPal',
    context: 'paypal[\\w.-]{0,12}?secret',
    value: 'E[A-Za-z0-9_-]{79}',
    keywords: ['paypal'],
    gen: s => `E${s.url(79)}`,
    name: 'PAYPAL_CLIENT_SECRET',
    entropy: 4
  }),
  kv({
    id: 'adyen-api-key',
    title: 'Adyen API key',
    provider: 'Adyen',
    context: 'adyen',
    value: 'AQE[A-Za-z0-9+/=_.-]{80,300}',
    keywords: ['adyen'],
    after: 340,
    gen: s => `AQE${s.url(150)}`,
    miss: s => [`AQE${s.url(30)}`],
    name: 'ADYEN_API_KEY',
    entropy: 4.5
  }),
  tok({
    id: 'plaid-access-token',
    title: 'Plaid access token',
    provider: 'Plaid',
    re: 'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    gen: s => `access-production-${s.uuid()}`,
    name: 'PLAID_ACCESS_TOKEN'
  }),
  kv({
    id: 'plaid-secret',
    title: 'Plaid secret',
    provider: 'Plaid',
    context: 'plaid[\\w.-]{0,12}?secret',
    value: '[0-9a-f]{30}',
    keywords: ['plaid'],
    gen: s => s.hex(30),
    name: 'PLAID_SECRET'
  }),
  kv({
    id: 'lob-api-key',
    title: 'Lob API key',
    provider: 'Lob',
    context: 'lob[_.-]?(?:api|secret|live|test)',
    value: '(?:live|test)_[0-9a-f]{35}',
    keywords: ['lob_', 'lob-'],
    gen: s => `live_${s.hex(35)}`,
    name: 'LOB_API_KEY'
  }),
  tok({
    id: 'shippo-api-token',
    title: 'Shippo live API token',
    provider: 'Shippo',
    re: 'shippo_live_[0-9a-f]{40}',
    keywords: ['shippo_live_'],
    gen: s => `shippo_live_${s.hex(40)}`,
    name: 'SHIPPO_API_TOKEN'
  }),
  tok({
    id: 'easypost-api-key',
    title: 'EasyPost production API key',
    provider: 'EasyPost',
    re: 'EZAK[A-Za-z0-9]{54}',
    keywords: ['ezak'],
    gen: s => `EZAK${s.alnum(54)}`,
    name: 'EASYPOST_API_KEY',
    entropy: 4
  }),
  tok({
    id: 'duffel-api-token',
    title: 'Duffel live access token',
    provider: 'Duffel',
    re: 'duffel_live_[A-Za-z0-9_-]{43}',
    keywords: ['duffel_live_'],
    gen: s => `duffel_live_${s.url(43)}`,
    name: 'DUFFEL_ACCESS_TOKEN',
    entropy: 4
  }),
  tok({
    id: 'woocommerce-consumer-secret',
    title: 'WooCommerce REST consumer secret',
    provider: 'WooCommerce',
    re: 'cs_[0-9a-f]{40}',
    keywords: ['cs_'],
    gen: s => `cs_${s.hex(40)}`,
    name: 'WC_CONSUMER_SECRET'
  }),
  kv({
    id: 'checkout-secret-key',
    title: 'Checkout.com secret key',
    provider: 'Checkout.com',
    // The `sk_` prefix marks a secret key, so an `api_key` name is enough (a public key is
    // `pk_`); a GUID's hex digits may be written in either case.
    context: 'checkout[_.-]?(?:com[_.-]?)?(?:secret|sk|api[_.-]?key)',
    value:
      'sk_(?:sbox_)?[a-z0-9]{26}|sk_(?:test_)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    keywords: ['checkout'],
    gen: s => `sk_${s.lowerAlnum(26)}`,
    name: 'CHECKOUT_SECRET_KEY',
    tps: s => [
      `CHECKOUT_SECRET_KEY = "sk_${s.lowerAlnum(26)}"`,
      `checkout_api_key: "sk_test_${s.uuid().toUpperCase()}"`
    ],
    entropy: 3.5
  }),
  prefixed(
    'stripe-test-secret-key',
    'Stripe test-mode secret key',
    'Stripe',
    '[sr]k_test_[A-Za-z0-9]{24,99}',
    {
      keywords: ['sk_test_', 'rk_test_'],
      after: 110,
      // Test-mode keys reach test data only: reported, below the default fail-on.
      severity: 'low',
      confidence: 'medium',
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`stripe.api_key = "sk_test_${s.alnum(24)}"`],
        fps: s => [`stripe.api_key = "sk_test_${s.alnum(12)}"`]
      }
    }
  )
]

import {
  assigned,
  hexId,
  kv,
  minEntropy,
  prefixed,
  tok,
  UUID,
  type ProviderRule
} from './define.js'

/** E-mail, SMS and voice APIs. */
export const MESSAGING_RULES: ProviderRule[] = [
  prefixed('twilio-api-key', 'Twilio API key', 'Twilio', `SK${hexId(32)}`, {
    keywords: ['sk'],
    after: 36,
    validate: minEntropy(3),
    samples: {
      tps: s => [`TWILIO_KEY_SID = "SK${s.hex(32)}"`],
      fps: s => [`TWILIO_KEY_SID = "SK${s.hex(31)}"`, `TWILIO_KEY_SID = "SK${s.HEX(32)}"`]
    }
  }),
  assigned(
    'twilio-auth-token',
    'Twilio auth token',
    'Twilio',
    'twilio[\\w .-]{0,20}?(?:auth|token|secret)',
    hexId(32),
    {
      keywords: ['twilio'],
      validate: minEntropy(3),
      samples: {
        tps: s => [`TWILIO_AUTH_TOKEN = "${s.hex(32)}"`],
        fps: s => [`TWILIO_AUTH_TOKEN = "${s.hex(30)}"`, `TWILIO_ACCOUNT = "${s.hex(32)}"`]
      }
    }
  ),
  prefixed('sendgrid-api-key', 'SendGrid API key', 'SendGrid', 'SG\\.[\\w-]{22}\\.[\\w-]{43}', {
    keywords: ['sg.'],
    after: 72,
    validate: minEntropy(4),
    samples: {
      tps: s => [`SENDGRID = "SG.${s.url(22)}.${s.url(43)}"`],
      fps: s => [`SENDGRID = "SG.${s.url(22)}.${s.url(40)}"`]
    }
  }),
  // Mailgun's own examples of the `key-` format use lower-case letters and digits, not only hex.
  prefixed('mailgun-api-key', 'Mailgun API key', 'Mailgun', 'key-[0-9a-z]{32}', {
    keywords: ['key-'],
    after: 40,
    validate: minEntropy(3),
    samples: {
      tps: s => [`MAILGUN = "key-${s.hex(32)}"`, `MAILGUN = "key-${s.lowerAlnum(32)}"`],
      fps: s => [`MAILGUN = "key-${s.hex(31)}"`, `MAILGUN = "key-${s.lowerAlnum(33)}"`]
    }
  }),
  assigned(
    'mailgun-signing-key',
    'Mailgun webhook signing key',
    'Mailgun',
    'mailgun',
    '[0-9a-h]{32}-[0-9a-h]{8}-[0-9a-h]{8}',
    {
      keywords: ['mailgun'],
      validate: minEntropy(3),
      samples: {
        tps: s => [`MAILGUN_SIGNING_KEY = "${s.hex(32)}-${s.hex(8)}-${s.hex(8)}"`],
        fps: s => [`MAILGUN_SIGNING_KEY = "${s.hex(32)}-${s.hex(8)}"`]
      }
    }
  ),
  prefixed('mailchimp-api-key', 'Mailchimp API key', 'Mailchimp', `${hexId(32)}-us\\d{1,2}`, {
    keywords: ['-us'],
    before: 34,
    after: 6,
    validate: minEntropy(3),
    samples: {
      tps: s => [`MC = "${s.hex(32)}-us${1 + Math.floor(s.next() * 20)}"`],
      fps: s => [`MC = "${s.hex(31)}-us12"`]
    }
  }),
  prefixed(
    'sendinblue-api-key',
    'Brevo (Sendinblue) API key',
    'Brevo',
    `xkeysib-${hexId(64)}-[A-Za-z0-9]{16}`,
    {
      keywords: ['xkeysib-'],
      after: 92,
      validate: minEntropy(3),
      samples: {
        tps: s => [`BREVO = "xkeysib-${s.hex(64)}-${s.alnum(16)}"`],
        fps: s => [`BREVO = "xkeysib-${s.hex(64)}-${s.alnum(15)}"`]
      }
    }
  ),
  kv({
    id: 'postmark-server-token',
    title: 'Postmark server or account token',
    provider: 'Postmark',
    context: 'postmark',
    value: UUID,
    keywords: ['postmark'],
    gen: s => s.uuid(),
    name: 'POSTMARK_SERVER_TOKEN'
  }),
  kv({
    id: 'sparkpost-api-key',
    title: 'SparkPost API key',
    provider: 'SparkPost',
    context: 'sparkpost',
    value: '[0-9a-f]{40}',
    keywords: ['sparkpost'],
    gen: s => s.hex(40),
    name: 'SPARKPOST_API_KEY'
  }),
  kv({
    id: 'mandrill-api-key',
    title: 'Mailchimp Transactional (Mandrill) API key',
    provider: 'Mailchimp',
    context: 'mandrill',
    value: '(?:md-)?[A-Za-z0-9_-]{22}',
    keywords: ['mandrill'],
    gen: s => `md-${s.url(22)}`,
    name: 'MANDRILL_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'mailjet-secret-key',
    title: 'Mailjet API secret key',
    provider: 'Mailjet',
    context: 'mailjet|mj[_.-]apikey[_.-]private',
    value: '[0-9a-f]{32}',
    keywords: ['mailjet', 'mj_apikey', 'mj-apikey'],
    gen: s => s.hex(32),
    name: 'MAILJET_SECRET_KEY'
  }),
  tok({
    id: 'resend-api-key',
    title: 'Resend API key',
    provider: 'Resend',
    re: 're_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}',
    keywords: ['re_'],
    gen: s => `re_${s.alnum(8)}_${s.alnum(24)}`,
    name: 'RESEND_API_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'mailersend-api-token',
    title: 'MailerSend API token',
    provider: 'MailerSend',
    re: 'mlsn\\.[0-9a-f]{64}',
    keywords: ['mlsn.'],
    gen: s => `mlsn.${s.hex(64)}`,
    name: 'MAILERSEND_API_TOKEN'
  }),
  kv({
    id: 'mailerlite-api-key',
    title: 'MailerLite API key',
    provider: 'MailerLite',
    context: 'mailerlite',
    value: 'eyJ[\\w-]{10,80}\\.eyJ[\\w-]{20,800}\\.[\\w-]{20,600}|[0-9a-f]{32}',
    keywords: ['mailerlite'],
    gen: s => s.hex(32),
    name: 'MAILERLITE_API_KEY'
  }),
  kv({
    id: 'kit-api-secret',
    title: 'Kit (ConvertKit) API secret',
    provider: 'Kit',
    context: 'convertkit|kit[_.-]api[_.-]?secret',
    value: '(?:kit_)?[A-Za-z0-9_-]{32,43}',
    keywords: ['convertkit', 'kit_api', 'kit-api'],
    gen: s => `kit_${s.hex(32)}`,
    miss: s => [`kit_${s.hex(12)}`],
    name: 'CONVERTKIT_API_SECRET'
  }),
  kv({
    id: 'customerio-api-key',
    title: 'Customer.io API key',
    provider: 'Customer.io',
    context: 'customer[_.-]?io|cio[_.-](?:api|app)[_.-]?key',
    value: '[0-9a-f]{20,32}',
    keywords: ['customerio', 'customer_io', 'customer-io', 'customer.io', 'cio_api', 'cio_app'],
    gen: s => s.hex(32),
    miss: s => [s.hex(12)],
    name: 'CUSTOMERIO_API_KEY'
  }),
  kv({
    id: 'vonage-api-secret',
    title: 'Vonage (Nexmo) API secret',
    provider: 'Vonage',
    context: '(?:vonage|nexmo)[\\w.-]{0,12}?secret',
    value: '[A-Za-z0-9]{16}',
    keywords: ['vonage', 'nexmo'],
    gen: s => s.alnum(16),
    name: 'VONAGE_API_SECRET',
    entropy: 3.2
  }),
  kv({
    id: 'plivo-auth-token',
    title: 'Plivo auth token',
    provider: 'Plivo',
    context: 'plivo',
    value: '[A-Za-z0-9]{40}',
    keywords: ['plivo'],
    gen: s => s.alnum(40),
    name: 'PLIVO_AUTH_TOKEN',
    entropy: 3.5
  }),
  tok({
    id: 'telnyx-api-key',
    title: 'Telnyx API key',
    provider: 'Telnyx',
    re: 'KEY[0-9A-F]{32}_[A-Za-z0-9]{22}',
    keywords: ['key'],
    gen: s => `KEY${s.HEX(32)}_${s.alnum(22)}`,
    name: 'TELNYX_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'messagebird-api-key',
    title: 'MessageBird (Bird) API key',
    provider: 'MessageBird',
    context: 'message[_.-]?bird|\\bbird[_.-]?(?:api|access)[_.-]?key',
    value: '(?:live_|test_)?[A-Za-z0-9]{25}',
    keywords: ['messagebird', 'message_bird', 'message-bird', 'bird_api', 'bird_access'],
    gen: s => s.alnum(25),
    name: 'MESSAGEBIRD_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'sinch-api-secret',
    title: 'Sinch API secret or token',
    provider: 'Sinch',
    context: 'sinch',
    value: '[0-9a-f]{32}|[A-Za-z0-9_-]{26,40}',
    keywords: ['sinch'],
    gen: s => s.hex(32),
    miss: s => [s.hex(12)],
    name: 'SINCH_API_TOKEN'
  }),
  kv({
    id: 'pusher-secret',
    title: 'Pusher Channels app secret',
    provider: 'Pusher',
    context: 'pusher[\\w.-]{0,12}?secret',
    value: '[0-9a-f]{20}',
    keywords: ['pusher'],
    gen: s => s.hex(20),
    name: 'PUSHER_APP_SECRET'
  }),
  kv({
    id: 'ably-api-key',
    title: 'Ably API key',
    provider: 'Ably',
    context: 'ably',
    value: '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_=+/-]{40,45}',
    keywords: ['ably'],
    gen: s => `${s.url(6)}.${s.url(6)}:${s.url(43)}`,
    miss: s => [`${s.url(6)}.${s.url(6)}:${s.url(20)}`],
    name: 'ABLY_API_KEY',
    confidence: 'high',
    entropy: 4
  }),
  kv({
    id: 'sendbird-api-token',
    title: 'Sendbird API token',
    provider: 'Sendbird',
    context: 'sendbird',
    value: '[0-9a-f]{40}',
    keywords: ['sendbird'],
    gen: s => s.hex(40),
    name: 'SENDBIRD_API_TOKEN'
  }),
  tok({
    id: 'onesignal-api-key',
    title: 'OneSignal REST API key',
    provider: 'OneSignal',
    re: 'os_v2_(?:app|org)_[a-z0-9]{50,120}',
    keywords: ['os_v2_app_', 'os_v2_org_'],
    gen: s => `os_v2_app_${s.lowerAlnum(113)}`,
    miss: s => [`os_v2_app_${s.lowerAlnum(20)}`],
    name: 'ONESIGNAL_REST_API_KEY',
    entropy: 3.5
  })
]

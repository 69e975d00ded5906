import { assigned, hexId, minEntropy, prefixed, type ProviderRule } from './define.js'

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
    'twilio[\\w.-]{0,20}?(?:auth|token|secret)',
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
  prefixed('mailgun-api-key', 'Mailgun API key', 'Mailgun', `key-${hexId(32)}`, {
    keywords: ['key-'],
    after: 40,
    validate: minEntropy(3),
    samples: {
      tps: s => [`MAILGUN = "key-${s.hex(32)}"`],
      fps: s => [`MAILGUN = "key-${s.hex(31)}"`]
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
  )
]

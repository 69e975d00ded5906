import { assigned, minEntropy, prefixed, rule, type ProviderRule } from './define.js'
import { discordValidator } from './validators.js'
import type { SampleKit } from './sample-kit.js'

/** A Discord bot token: base64 of the bot's snowflake id, a timestamp part and an HMAC. */
function discordBot(s: SampleKit): string {
  const id = `${1 + Math.floor(s.next() * 9)}${s.digits(17)}`
  return `${s.base64(id).replace(/=+$/, '')}.${s.url(6)}.${s.url(38)}`
}

/** Chat platforms: Slack, Discord, Telegram. */
export const CHAT_RULES: ProviderRule[] = [
  prefixed(
    'slack-bot-token',
    'Slack bot token',
    'Slack',
    'xoxb-[0-9]{10,13}-[0-9]{10,13}-?[A-Za-z0-9]{24,34}',
    {
      keywords: ['xoxb-'],
      after: 70,
      validate: minEntropy(3),
      samples: {
        tps: s => [`SLACK_BOT_TOKEN = "xoxb-${s.digits(12)}-${s.digits(13)}-${s.alnum(24)}"`],
        fps: s => [`SLACK_BOT_TOKEN = "xoxb-${s.digits(12)}-${s.digits(13)}-${s.alnum(20)}"`]
      }
    }
  ),
  prefixed(
    'slack-user-token',
    'Slack user token',
    'Slack',
    'xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34}',
    {
      keywords: ['xoxp-', 'xoxe-'],
      after: 90,
      validate: minEntropy(3),
      samples: {
        tps: s => [
          `slack_user = "xoxp-${s.digits(12)}-${s.digits(12)}-${s.digits(13)}-${s.hex(32)}"`
        ],
        fps: s => [`slack_user = "xoxp-${s.digits(12)}-${s.digits(12)}-${s.hex(32)}"`]
      }
    }
  ),
  prefixed(
    'slack-app-token',
    'Slack app-level token',
    'Slack',
    'xapp-\\d-[A-Z0-9]{9,12}-\\d{10,13}-[a-f0-9]{64}',
    {
      keywords: ['xapp-'],
      after: 110,
      validate: minEntropy(3),
      samples: {
        tps: s => [`SLACK_APP_TOKEN=xapp-1-A${s.upperAlnum(10)}-${s.digits(13)}-${s.hex(64)}`],
        fps: s => [`SLACK_APP_TOKEN=xapp-1-A${s.upperAlnum(10)}-${s.digits(13)}-${s.hex(63)}`]
      }
    }
  ),
  prefixed(
    'slack-config-token',
    'Slack configuration token',
    'Slack',
    'xoxe(?:\\.xox[bp])?-\\d-[A-Z0-9]{146,166}',
    {
      keywords: ['xoxe'],
      after: 190,
      validate: minEntropy(3),
      samples: {
        tps: s => [
          `slack_cfg = "xoxe.xoxp-1-${s.upperAlnum(163)}"`,
          `SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-${s.upperAlnum(146)}`
        ],
        fps: s => [`slack_cfg = "xoxe.xoxp-1-${s.upperAlnum(120)}"`]
      }
    }
  ),
  prefixed(
    'slack-legacy-token',
    'Slack legacy token',
    'Slack',
    'xox[aors]-(?:[0-9]{1,13}-){1,3}[0-9A-Za-z]{8,64}',
    {
      keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
      after: 130,
      validate: minEntropy(3),
      samples: {
        tps: s => [
          `legacy = "xoxs-${s.digits(10)}-${s.digits(12)}-${s.digits(12)}-${s.hex(64)}"`,
          `token: xoxa-2-${s.digits(12)}-${s.alnum(32)}`
        ],
        fps: () => ['SLACK = "xoxs-not-a-token-value"']
      }
    }
  ),
  rule(
    'slack-webhook-url',
    'Slack incoming webhook URL',
    'Slack',
    'hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<secret>T[A-Z0-9]{8,12}/[A-Z0-9]{8,12}/(?:[0-9]{6,20}/)?[A-Za-z0-9]{24,32})(?![A-Za-z0-9])',
    {
      keywords: ['hooks.slack.com'],
      after: 120,
      validate: minEntropy(3),
      samples: {
        tps: s => [
          `SLACK_WEBHOOK = "https://hooks.slack.com/services/T${s.upperAlnum(10)}/B${s.upperAlnum(10)}/${s.alnum(24)}"`
        ],
        fps: s => [
          `SLACK_WEBHOOK = "https://hooks.slack.com/services/T${s.upperAlnum(10)}/B${s.upperAlnum(10)}/${s.alnum(12)}"`
        ]
      }
    }
  ),
  prefixed('telegram-bot-token', 'Telegram bot token', 'Telegram', '[0-9]{8,10}:AA[\\w-]{33}', {
    keywords: [':aa'],
    before: 12,
    after: 40,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [`TG = "${s.digits(10)}:AA${s.url(33)}"`],
      fps: s => [`TG = "${s.digits(10)}:AA${s.url(25)}"`, `TG = "${s.digits(5)}:AA${s.url(33)}"`]
    }
  }),
  assigned(
    'discord-bot-token',
    'Discord bot token',
    'Discord',
    'discord|bot[_.-]?token',
    '[MNO][A-Za-z0-9_-]{23,25}\\.[\\w-]{6}\\.[\\w-]{27,38}',
    {
      keywords: ['discord', 'bot_token', 'bot-token', 'bottoken'],
      confidence: 'high',
      validation: 'structure',
      validate: discordValidator,
      samples: {
        tps: s => [`DISCORD_TOKEN = "${discordBot(s)}"`],
        fps: s => {
          // The first part must decode to a numeric snowflake id.
          const t = discordBot(s)
          return [`DISCORD_TOKEN = "${s.base64('abcdefghijklmnopqr').slice(0, 24)}${t.slice(24)}"`]
        }
      }
    }
  ),
  rule(
    'discord-webhook-url',
    'Discord webhook URL',
    'Discord',
    'discord(?:app)?\\.com/api/webhooks/(?<secret>[0-9]{17,20}/[\\w-]{60,68})(?![\\w-])',
    {
      keywords: ['discord'],
      after: 120,
      validate: minEntropy(3.5),
      samples: {
        tps: s => [`hook = "https://discord.com/api/webhooks/${s.digits(18)}/${s.url(68)}"`],
        fps: s => [`hook = "https://discord.com/api/webhooks/${s.digits(18)}/${s.url(40)}"`]
      }
    }
  )
]

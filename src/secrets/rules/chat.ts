import { shannonEntropy } from '../heuristics.js'
import { kv, minEntropy, prefixed, rule, tok, type ProviderRule } from './define.js'
import { discordValidator, lineAround } from './validators.js'
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
    'xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-?)?[A-Za-z0-9]{24,34}',
    {
      keywords: ['xoxb-'],
      after: 70,
      validate: minEntropy(3),
      samples: {
        tps: s => [
          `SLACK_BOT_TOKEN = "xoxb-${s.digits(12)}-${s.digits(13)}-${s.alnum(24)}"`,
          // Legacy bot tokens have one number group.
          `SLACK_BOT_TOKEN = "xoxb-${s.digits(11)}-${s.alnum(24)}"`
        ],
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
    'xoxe(?:\\.xox[bp])?-\\d-[A-Za-z0-9]{100,200}',
    {
      keywords: ['xoxe'],
      after: 190,
      validate: minEntropy(3),
      samples: {
        tps: s => [
          `slack_cfg = "xoxe.xoxp-1-${s.upperAlnum(163)}"`,
          `SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-${s.alnum(146)}`
        ],
        fps: s => [`slack_cfg = "xoxe.xoxp-1-${s.alnum(60)}"`]
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
  prefixed('telegram-bot-token', 'Telegram bot token', 'Telegram', '[0-9]{8,10}:AA[\\w-]{31,33}', {
    keywords: [':aa'],
    before: 12,
    after: 40,
    validate: minEntropy(3.5),
    samples: {
      tps: s => [`TG = "${s.digits(10)}:AA${s.url(33)}"`],
      fps: s => [`TG = "${s.digits(10)}:AA${s.url(20)}"`, `TG = "${s.digits(5)}:AA${s.url(33)}"`]
    }
  }),
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
  ),
  rule(
    'discord-bot-token',
    'Discord bot token',
    'Discord',
    '(?<![\\w-])(?<secret>[MNO][A-Za-z0-9_-]{23,25}\\.[\\w-]{6}\\.[\\w-]{27,38})(?![\\w-])',
    {
      // The snowflake check is strong enough that any nearby mention of a token or bot will do.
      keywords: ['discord', 'token', 'bot', '.run('],
      before: 200,
      after: 200,
      validation: 'structure',
      validate: discordValidator,
      samples: {
        tps: s => [
          `DISCORD_TOKEN = "${discordBot(s)}"`,
          `client.run("${discordBot(s)}")`,
          `BOT_TOKEN: ${discordBot(s)}`
        ],
        fps: s => [
          `token = "${s.base64('abcdefghijklmnopqr').slice(0, 24)}.${s.url(6)}.${s.url(38)}"`
        ]
      }
    }
  ),
  kv({
    id: 'discord-client-secret',
    title: 'Discord OAuth2 client secret',
    provider: 'Discord',
    context: 'discord[\\w.-]{0,12}?secret',
    value: '[A-Za-z0-9_-]{32}',
    keywords: ['discord'],
    gen: s => s.url(32),
    name: 'DISCORD_CLIENT_SECRET',
    entropy: 3.5
  }),
  rule(
    'microsoft-teams-webhook',
    'Microsoft Teams incoming webhook URL',
    'Microsoft Teams',
    '(?<secret>https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}(?:/[A-Za-z0-9_-]{10,60})?)',
    {
      keywords: [
        '.webhook.office.com/webhookb2/',
        'outlook.office.com/webhook/',
        'outlook.office365.com/webhook/'
      ],
      before: 70,
      after: 260,
      validation: 'structure',
      samples: {
        tps: s => [
          `TEAMS_WEBHOOK = "https://${s.lower(8)}.webhook.office.com/webhookb2/${s.uuid()}@${s.uuid()}/IncomingWebhook/${s.hex(32)}/${s.uuid()}"`,
          `url = 'https://outlook.office.com/webhook/${s.uuid()}@${s.uuid()}/IncomingWebhook/${s.hex(32)}/${s.uuid()}'`
        ],
        fps: s => [
          `TEAMS_WEBHOOK = "https://${s.lower(8)}.webhook.office.com/webhookb2/${s.uuid()}/IncomingWebhook/"`
        ]
      }
    }
  ),
  rule(
    'mattermost-webhook',
    'Mattermost incoming webhook URL',
    'Mattermost',
    'https?://[\\w.-]{1,100}/hooks/(?<secret>[a-z0-9]{26})(?![\\w-])',
    {
      keywords: ['/hooks/'],
      before: 110,
      after: 40,
      validation: 'context',
      confidence: 'medium',
      validate: (v, ctx) => /mattermost/i.test(lineAround(ctx)) && /[0-9]/.test(v),
      samples: {
        tps: s => [
          `MATTERMOST_WEBHOOK_URL = "https://chat.${s.lower(6)}.org/hooks/${s.lowerAlnum(26)}"`
        ],
        fps: s => [`WEBHOOK_URL = "https://chat.${s.lower(6)}.org/hooks/${s.lowerAlnum(26)}"`]
      }
    }
  ),
  rule(
    'zapier-webhook',
    'Zapier catch hook URL',
    'Zapier',
    'hooks\\.zapier\\.com/hooks/catch/(?<secret>[0-9]{5,12}/[a-z0-9]{5,12})/?',
    {
      keywords: ['hooks.zapier.com'],
      after: 60,
      severity: 'medium',
      validate: minEntropy(2.5),
      samples: {
        tps: s => [
          `ZAP = "https://hooks.zapier.com/hooks/catch/${s.digits(7)}/${s.lowerAlnum(6)}/"`
        ],
        fps: () => ['ZAP = "https://hooks.zapier.com/hooks/catch/<id>/<hook>/"']
      }
    }
  ),
  kv({
    id: 'line-channel-access-token',
    title: 'LINE channel access token or secret',
    provider: 'LINE',
    context: 'line[_.-]?(?:channel|bot|messaging)',
    value: '[A-Za-z0-9+/]{150,180}=|[0-9a-f]{32}',
    keywords: ['line_channel', 'line-channel', 'linechannel', 'line_bot', 'line_messaging'],
    after: 260,
    gen: s => `${s.b64(171)}=`,
    miss: s => [`${s.b64(40)}=`],
    name: 'LINE_CHANNEL_ACCESS_TOKEN',
    entropy: 4
  }),
  kv({
    id: 'twitch-client-secret',
    title: 'Twitch client secret or OAuth token',
    provider: 'Twitch',
    context: 'twitch',
    value: '(?:oauth:)?[a-z0-9]{30}',
    keywords: ['twitch'],
    gen: s => s.lowerAlnum(30),
    name: 'TWITCH_CLIENT_SECRET',
    entropy: 3.5
  }),
  tok({
    id: 'facebook-access-token',
    title: 'Facebook (Meta) access token',
    provider: 'Meta',
    re: 'EAA[A-Z][A-Za-z0-9]{80,255}',
    // `eaa` alone is in every other base64 blob: the service or the parameter name anchors it.
    keywords: ['facebook', 'fb_', 'fb-', 'access_token', 'graph.'],
    before: 200,
    after: 300,
    gen: s => `EAAC${s.alnum(180)}`,
    miss: s => [`EAAC${s.alnum(40)}`],
    name: 'FB_ACCESS_TOKEN',
    entropy: 4.5
  }),
  kv({
    id: 'facebook-app-secret',
    title: 'Facebook (Meta) app secret',
    provider: 'Meta',
    context: '(?:facebook|fb)[\\w.-]{0,12}?(?:secret|key)|meta[_.-]?app[_.-]?secret',
    value: '[0-9a-f]{32}',
    keywords: ['facebook', 'fb_', 'fb-', 'meta_app', 'meta-app', 'meta_secret'],
    gen: s => s.hex(32),
    name: 'FACEBOOK_APP_SECRET'
  }),
  tok({
    id: 'instagram-access-token',
    title: 'Instagram access token',
    provider: 'Instagram',
    re: 'IG(?:QV|AA)[A-Za-z0-9_-]{100,300}',
    keywords: ['igqv', 'igaa'],
    after: 320,
    gen: s => `IGQV${s.url(160)}`,
    miss: s => [`IGQV${s.url(40)}`],
    name: 'INSTAGRAM_ACCESS_TOKEN',
    entropy: 4.5
  }),
  tok({
    id: 'twitter-bearer-token',
    title: 'X (Twitter) app-only bearer token',
    provider: 'X (Twitter)',
    re: 'A{22}[A-Za-z0-9%]{80,120}',
    keywords: ['aaaaaaaaaaaaaaaaaaaaaa'],
    after: 150,
    gen: s => `${'A'.repeat(22)}${s.alnum(40)}%3D${s.alnum(50)}`,
    miss: s => [`${'A'.repeat(22)}${s.alnum(30)}`],
    validate: v => /[0-9]/.test(v) && /[a-z]/.test(v) && shannonEntropy(v.slice(22)) > 3.5,
    name: 'TWITTER_BEARER_TOKEN'
  }),
  kv({
    id: 'twitter-api-secret',
    title: 'X (Twitter) API secret or access token secret',
    provider: 'X (Twitter)',
    context: '(?:twitter|tweepy)[\\w.-]{0,20}?secret|consumer[_.-]?secret',
    value: '[A-Za-z0-9]{45,50}',
    keywords: ['twitter', 'tweepy', 'consumer_secret', 'consumer-secret', 'consumersecret'],
    gen: s => s.alnum(50),
    miss: s => [s.alnum(30)],
    name: 'TWITTER_CONSUMER_SECRET',
    entropy: 4
  }),
  kv({
    id: 'reddit-client-secret',
    title: 'Reddit app client secret',
    provider: 'Reddit',
    context: 'reddit[\\w.-]{0,12}?secret',
    value: '[A-Za-z0-9_-]{27,30}',
    keywords: ['reddit'],
    gen: s => s.url(27),
    miss: s => [s.url(12)],
    name: 'REDDIT_CLIENT_SECRET',
    entropy: 3.5
  }),
  kv({
    id: 'zoom-client-secret',
    title: 'Zoom app client secret',
    provider: 'Zoom',
    context: 'zoom[\\w.-]{0,12}?secret',
    value: '[A-Za-z0-9]{32}',
    keywords: ['zoom'],
    gen: s => s.alnum(32),
    name: 'ZOOM_CLIENT_SECRET',
    entropy: 3.5
  }),
  tok({
    id: 'twitch-stream-key',
    title: 'Twitch stream key',
    provider: 'Twitch',
    re: 'live_[0-9]{6,12}_[A-Za-z0-9]{30}',
    keywords: ['live_'],
    gen: s => `live_${s.digits(9)}_${s.alnum(30)}`,
    name: 'STREAM_KEY',
    entropy: 3.5
  })
]

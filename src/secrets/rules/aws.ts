import { decodeBase64 } from '../checksum.js'
import { minEntropy, prefixed, rule, type ProviderRule } from './define.js'
import { cut } from './sample-kit.js'
import { awsSecretValidator } from './validators.js'

/** Amazon Web Services. A key id makes a nearby 40-character value a secret key (engine). */
export const AWS_RULES: ProviderRule[] = [
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
      validate: minEntropy(3),
      samples: {
        tps: s => [
          `AWS_ACCESS_KEY_ID = "AKIA${s.of('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}"`,
          `aws_access_key_id=ASIA${s.of('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
        ],
        fps: s => [
          `AWS_ACCESS_KEY_ID = "AKIA${s.of('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 15)}"`,
          // 0, 1, 8 and 9 are not in the key id alphabet.
          `key = "AKIA${s.of('0189', 16)}"`,
          `AKIA${s.upper(16)}EXTRA`
        ]
      }
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
      validate: awsSecretValidator,
      samples: {
        tps: s => [`aws_secret_access_key = ${s.b64(40)}`, `"SecretAccessKey": "${s.b64(40)}"`],
        fps: s => [
          `aws_secret_access_key = ${s.b64(39)}`,
          `aws_secret_access_key = ${s.lower(40)}`,
          `aws_secret_access_key = ${s.b64(41)}`
        ]
      }
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
      validate: minEntropy(4),
      samples: {
        tps: s => [`AWS_BEARER_TOKEN_BEDROCK=ABSK${s.b64(132)}`],
        fps: s => [`AWS_BEARER_TOKEN_BEDROCK=ABSK${s.b64(100)}`, `x = "ABSK${cut(s.b64(60))}"`]
      }
    }
  ),
  prefixed(
    'aws-bedrock-short-term-key',
    'AWS Bedrock short-term API key',
    'AWS',
    'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,3000}={0,2}',
    {
      keywords: ['bedrock-api-key-ymvkcm9jay5hbwf6b25hd3muy29t'],
      after: 3100,
      validation: 'structure',
      // The body is base64 of a presigned bedrock.amazonaws.com URL.
      validate: v =>
        (decodeBase64(v.slice('bedrock-api-key-'.length))?.toString('latin1') ?? '').includes(
          'X-Amz-'
        ),
      samples: {
        tps: s => [
          `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${s.base64(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${s.upperAlnum(16)}%2F20261129%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20261129T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${s.url(200)}&X-Amz-Signature=${s.hex(64)}&Version=1`)}`
        ],
        fps: s => [
          `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${s.base64(`bedrock.amazonaws.com/?${s.alnum(90)}`)}`
        ]
      }
    }
  )
]

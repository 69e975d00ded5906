import { minEntropy, prefixed, type ProviderRule } from './define.js'
import { shannonEntropy } from '../heuristics.js'

/** AI model providers. */
export const AI_RULES: ProviderRule[] = [
  prefixed(
    'openai-api-key',
    'OpenAI API key',
    'OpenAI',
    'sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}',
    {
      keywords: ['t3blbkfj'],
      before: 100,
      after: 90,
      validation: 'structure',
      samples: {
        tps: s => [`OPENAI_API_KEY = "sk-proj-${s.url(74)}T3BlbkFJ${s.url(74)}"`],
        fps: s => [`OPENAI_API_KEY = "sk-proj-${s.url(74)}T3BlbkFX${s.url(74)}"`]
      }
    }
  ),
  prefixed('anthropic-api-key', 'Anthropic API key', 'Anthropic', 'sk-ant-api03-[\\w-]{93}AA', {
    keywords: ['sk-ant-api03-'],
    after: 112,
    validation: 'structure',
    validate: minEntropy(4),
    samples: {
      tps: s => [`ANTHROPIC_API_KEY = "sk-ant-api03-${s.url(93)}AA"`],
      fps: s => [`ANTHROPIC_API_KEY = "sk-ant-api03-${s.url(93)}AB"`]
    }
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
      validate: minEntropy(4),
      samples: {
        tps: s => [`ANTHROPIC_ADMIN = "sk-ant-admin01-${s.url(93)}AA"`],
        fps: s => [`ANTHROPIC_ADMIN = "sk-ant-admin01-${s.url(80)}AA"`]
      }
    }
  ),
  prefixed('huggingface-token', 'Hugging Face access token', 'Hugging Face', 'hf_[A-Za-z]{34}', {
    keywords: ['hf_'],
    after: 40,
    validate: s => shannonEntropy(s) > 3.8 && /[a-z]/.test(s) && /[A-Z]/.test(s.slice(3)),
    samples: {
      tps: s => [`HF_TOKEN = "hf_${s.letters(34)}"`],
      fps: s => [`HF_TOKEN = "hf_${s.letters(33)}"`, `model = "hf_${s.lower(34)}"`]
    }
  }),
  prefixed(
    'huggingface-org-token',
    'Hugging Face organization token',
    'Hugging Face',
    'api_org_[A-Za-z]{34}',
    {
      keywords: ['api_org_'],
      after: 44,
      validate: s => shannonEntropy(s) > 3.8 && /[A-Z]/.test(s.slice(8)),
      samples: {
        tps: s => [`HF_ORG = "api_org_${s.letters(34)}"`],
        fps: s => [`HF_ORG = "api_org_${s.letters(30)}"`]
      }
    }
  ),
  prefixed('groq-api-key', 'Groq API key', 'Groq', 'gsk_[A-Za-z0-9]{52}', {
    keywords: ['gsk_'],
    after: 60,
    validate: minEntropy(4),
    samples: {
      tps: s => [`GROQ = "gsk_${s.alnum(52)}"`],
      fps: s => [`GROQ = "gsk_${s.alnum(51)}"`]
    }
  }),
  prefixed('perplexity-api-key', 'Perplexity API key', 'Perplexity', 'pplx-[A-Za-z0-9]{48}', {
    keywords: ['pplx-'],
    after: 56,
    validate: minEntropy(4),
    samples: {
      tps: s => [`PPLX = "pplx-${s.alnum(48)}"`],
      fps: s => [`PPLX = "pplx-${s.alnum(47)}"`]
    }
  }),
  prefixed('xai-api-key', 'xAI API key', 'xAI', 'xai-[A-Za-z0-9]{80}', {
    keywords: ['xai-'],
    after: 88,
    validate: minEntropy(4),
    samples: {
      tps: s => [`XAI = "xai-${s.alnum(80)}"`],
      fps: s => [`XAI = "xai-${s.alnum(79)}"`]
    }
  }),
  prefixed('replicate-api-token', 'Replicate API token', 'Replicate', 'r8_[A-Za-z0-9]{37}', {
    keywords: ['r8_'],
    after: 44,
    validate: minEntropy(3.8),
    samples: {
      tps: s => [`REPLICATE = "r8_${s.alnum(37)}"`],
      fps: s => [`REPLICATE = "r8_${s.alnum(36)}"`]
    }
  })
]

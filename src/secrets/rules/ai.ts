import { kv, minEntropy, prefixed, tok, UUID, type ProviderRule } from './define.js'
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
  }),
  tok({
    id: 'openrouter-api-key',
    title: 'OpenRouter API key',
    provider: 'OpenRouter',
    re: 'sk-or-v1-[0-9a-f]{64}',
    keywords: ['sk-or-v1-'],
    gen: s => `sk-or-v1-${s.hex(64)}`,
    name: 'OPENROUTER_API_KEY'
  }),
  tok({
    id: 'langsmith-api-key',
    title: 'LangSmith API key',
    provider: 'LangSmith',
    re: 'lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}',
    keywords: ['lsv2_pt_', 'lsv2_sk_'],
    gen: s => `lsv2_pt_${s.hex(32)}_${s.hex(10)}`,
    name: 'LANGSMITH_API_KEY'
  }),
  tok({
    id: 'langfuse-secret-key',
    title: 'Langfuse secret key',
    provider: 'Langfuse',
    re: 'sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['sk-lf-'],
    gen: s => `sk-lf-${s.uuid()}`,
    name: 'LANGFUSE_SECRET_KEY'
  }),
  tok({
    id: 'pinecone-api-key',
    title: 'Pinecone API key',
    provider: 'Pinecone',
    re: 'pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}',
    keywords: ['pcsk_'],
    gen: s => `pcsk_${s.alnum(6)}_${s.alnum(63)}`,
    miss: s => [`pcsk_${s.alnum(6)}_${s.alnum(30)}`],
    name: 'PINECONE_API_KEY',
    entropy: 4
  }),
  kv({
    id: 'pinecone-api-key-legacy',
    title: 'Pinecone API key (legacy format)',
    provider: 'Pinecone',
    context: 'pinecone',
    value: UUID,
    keywords: ['pinecone'],
    gen: s => s.uuid(),
    name: 'PINECONE_API_KEY'
  }),
  kv({
    id: 'cohere-api-key',
    title: 'Cohere API key',
    provider: 'Cohere',
    context: 'cohere|co_api_key',
    value: '[A-Za-z0-9]{40}',
    keywords: ['cohere', 'co_api_key'],
    gen: s => s.alnum(40),
    name: 'COHERE_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'mistral-api-key',
    title: 'Mistral AI API key',
    provider: 'Mistral AI',
    context: 'mistral',
    value: '[A-Za-z0-9]{32}',
    keywords: ['mistral'],
    gen: s => s.alnum(32),
    name: 'MISTRAL_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'deepseek-api-key',
    title: 'DeepSeek API key',
    provider: 'DeepSeek',
    context: 'deepseek',
    value: 'sk-[0-9a-f]{32}',
    keywords: ['deepseek'],
    gen: s => `sk-${s.hex(32)}`,
    name: 'DEEPSEEK_API_KEY'
  }),
  kv({
    id: 'together-api-key',
    title: 'Together AI API key',
    provider: 'Together AI',
    context: 'together',
    value: '(?:tgp_v1_[A-Za-z0-9_-]{43}|[0-9a-f]{64})',
    keywords: ['together'],
    gen: s => s.hex(64),
    name: 'TOGETHER_API_KEY'
  }),
  tok({
    id: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    provider: 'Fireworks AI',
    re: 'fw_[A-Za-z0-9]{24}',
    keywords: ['fw_'],
    gen: s => `fw_${s.alnum(24)}`,
    name: 'FIREWORKS_API_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'nvidia-api-key',
    title: 'NVIDIA API key',
    provider: 'NVIDIA',
    re: 'nvapi-[A-Za-z0-9_-]{64}',
    keywords: ['nvapi-'],
    gen: s => `nvapi-${s.url(64)}`,
    name: 'NVIDIA_API_KEY',
    entropy: 4
  }),
  tok({
    id: 'tavily-api-key',
    title: 'Tavily API key',
    provider: 'Tavily',
    re: 'tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}',
    keywords: ['tvly-'],
    gen: s => `tvly-dev-${s.alnum(32)}`,
    name: 'TAVILY_API_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'firecrawl-api-key',
    title: 'Firecrawl API key',
    provider: 'Firecrawl',
    re: 'fc-[0-9a-f]{32}',
    keywords: ['fc-'],
    gen: s => `fc-${s.hex(32)}`,
    name: 'FIRECRAWL_API_KEY'
  }),
  kv({
    id: 'elevenlabs-api-key',
    title: 'ElevenLabs API key',
    provider: 'ElevenLabs',
    context: 'elevenlabs|eleven[_.-]api|xi[_.-]api[_.-]key',
    value: '(?:sk_)?[0-9a-f]{32,48}',
    keywords: ['elevenlabs', 'eleven_api', 'eleven-api', 'xi-api-key', 'xi_api_key'],
    gen: s => `sk_${s.hex(48)}`,
    miss: s => [`sk_${s.hex(20)}`],
    name: 'ELEVENLABS_API_KEY'
  }),
  kv({
    id: 'deepgram-api-key',
    title: 'Deepgram API key',
    provider: 'Deepgram',
    context: 'deepgram',
    value: '[0-9a-f]{40}',
    keywords: ['deepgram'],
    gen: s => s.hex(40),
    name: 'DEEPGRAM_API_KEY'
  }),
  kv({
    id: 'assemblyai-api-key',
    title: 'AssemblyAI API key',
    provider: 'AssemblyAI',
    context: 'assembly[_.-]?ai',
    value: '[0-9a-f]{32}',
    keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
    gen: s => s.hex(32),
    name: 'ASSEMBLYAI_API_KEY'
  }),
  kv({
    id: 'stability-api-key',
    title: 'Stability AI API key',
    provider: 'Stability AI',
    context: 'stability',
    value: 'sk-[A-Za-z0-9]{48}',
    keywords: ['stability'],
    gen: s => `sk-${s.alnum(48)}`,
    name: 'STABILITY_API_KEY',
    entropy: 4
  }),
  tok({
    id: 'cerebras-api-key',
    title: 'Cerebras API key',
    provider: 'Cerebras',
    re: 'csk-[a-z0-9]{48}',
    keywords: ['csk-'],
    gen: s => `csk-${s.lowerAlnum(48)}`,
    name: 'CEREBRAS_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'wandb-api-key',
    title: 'Weights & Biases API key',
    provider: 'Weights & Biases',
    context: 'wandb',
    value: '[0-9a-f]{40}',
    keywords: ['wandb'],
    gen: s => s.hex(40),
    name: 'WANDB_API_KEY'
  }),
  tok({
    id: 'jina-api-key',
    title: 'Jina AI API key',
    provider: 'Jina AI',
    re: 'jina_[A-Za-z0-9_-]{56,64}',
    keywords: ['jina_'],
    gen: s => `jina_${s.hex(32)}${s.url(28)}`,
    miss: s => [`jina_${s.hex(32)}`],
    name: 'JINA_API_KEY',
    entropy: 3.5
  }),
  tok({
    id: 'anyscale-api-key',
    title: 'Anyscale API key',
    provider: 'Anyscale',
    re: 'esecret_[A-Za-z0-9]{30,60}',
    keywords: ['esecret_'],
    gen: s => `esecret_${s.alnum(40)}`,
    miss: s => [`esecret_${s.alnum(20)}`],
    name: 'ANYSCALE_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'voyage-api-key',
    title: 'Voyage AI API key',
    provider: 'Voyage AI',
    context: 'voyage',
    value: 'pa-[A-Za-z0-9_-]{43}',
    keywords: ['voyage'],
    gen: s => `pa-${s.url(43)}`,
    name: 'VOYAGE_API_KEY',
    entropy: 4
  }),
  kv({
    id: 'ai21-api-key',
    title: 'AI21 Labs API key',
    provider: 'AI21 Labs',
    context: 'ai21',
    value: '[A-Za-z0-9]{32}',
    keywords: ['ai21'],
    gen: s => s.alnum(32),
    name: 'AI21_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'serpapi-key',
    title: 'SerpApi key',
    provider: 'SerpApi',
    context: 'serp[_.-]?api',
    value: '[0-9a-f]{64}',
    keywords: ['serpapi', 'serp_api', 'serp-api'],
    gen: s => s.hex(64),
    name: 'SERPAPI_API_KEY'
  }),
  kv({
    id: 'brave-search-api-key',
    title: 'Brave Search API key',
    provider: 'Brave Search',
    context: 'brave[_.-]?(?:search|api)',
    value: 'BSA[A-Za-z0-9_-]{25,30}',
    keywords: ['brave_', 'brave-', 'bravesearch'],
    gen: s => `BSA${s.url(28)}`,
    miss: s => [`BSA${s.url(10)}`],
    name: 'BRAVE_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'exa-api-key',
    title: 'Exa API key',
    provider: 'Exa',
    context: 'exa[_.-]api[_.-]?key',
    value: UUID,
    keywords: ['exa_api', 'exa-api'],
    gen: s => s.uuid(),
    name: 'EXA_API_KEY'
  }),
  kv({
    id: 'modal-token',
    title: 'Modal token secret',
    provider: 'Modal',
    context: 'modal[_.-]?token[_.-]?secret',
    value: 'as-[A-Za-z0-9]{22}',
    keywords: ['modal_token', 'modal-token'],
    gen: s => `as-${s.alnum(22)}`,
    name: 'MODAL_TOKEN_SECRET',
    entropy: 3.5
  }),
  kv({
    id: 'runpod-api-key',
    title: 'RunPod API key',
    provider: 'RunPod',
    context: 'runpod',
    value: '(?:rpa_)?[A-Z0-9]{32,50}',
    keywords: ['runpod'],
    gen: s => `rpa_${s.upperAlnum(40)}`,
    miss: s => [`rpa_${s.upperAlnum(12)}`],
    name: 'RUNPOD_API_KEY',
    entropy: 3.5
  })
]

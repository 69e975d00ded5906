import { kv, tok, upperAlnum, UUID, type ProviderRule } from './define.js'

/** Data, scraping, search, finance, crypto, maps and weather APIs: mostly keyword-anchored keys. */
export const API_RULES: ProviderRule[] = [
  // ── Scraping and enrichment (keyword-anchored keys with no prefix of their own)
  kv({
    id: 'scrapingbee-api-key',
    title: 'ScrapingBee API key',
    provider: 'ScrapingBee',
    context: 'scraping[_.-]?bee',
    value: '[A-Z0-9]{80}',
    keywords: ['scrapingbee', 'scraping_bee', 'scraping-bee'],
    gen: s => s.upperAlnum(80),
    miss: s => [s.upperAlnum(79), s.lowerAlnum(80)],
    name: 'SCRAPINGBEE_API_KEY',
    validate: upperAlnum(3)
  }),
  kv({
    id: 'scraperapi-key',
    title: 'ScraperAPI key',
    provider: 'ScraperAPI',
    context: 'scraper[_.-]?api',
    value: '[0-9a-f]{32}',
    keywords: ['scraperapi', 'scraper_api', 'scraper-api'],
    gen: s => s.hex(32),
    name: 'SCRAPERAPI_KEY'
  }),
  kv({
    id: 'zyte-api-key',
    title: 'Zyte (Scrapinghub) API key',
    provider: 'Zyte',
    context: 'zyte|scrapinghub|shub[_.-]?(?:api)?key',
    value: '[0-9a-f]{32}',
    keywords: ['zyte', 'scrapinghub', 'shub'],
    gen: s => s.hex(32),
    name: 'ZYTE_API_KEY'
  }),
  kv({
    id: 'zenrows-api-key',
    title: 'ZenRows API key',
    provider: 'ZenRows',
    context: 'zenrows',
    value: '[0-9a-f]{40}',
    keywords: ['zenrows'],
    gen: s => s.hex(40),
    name: 'ZENROWS_API_KEY'
  }),
  kv({
    id: 'brightdata-api-key',
    title: 'Bright Data API key',
    provider: 'Bright Data',
    context: 'bright[_.-]?data',
    value: '[0-9a-f]{64}|' + UUID,
    keywords: ['brightdata', 'bright_data', 'bright-data'],
    gen: s => s.hex(64),
    name: 'BRIGHTDATA_API_KEY'
  }),
  tok({
    id: 'apify-api-token',
    title: 'Apify API token',
    provider: 'Apify',
    re: 'apify_api_[A-Za-z0-9]{36}',
    keywords: ['apify_api_'],
    gen: s => `apify_api_${s.alnum(36)}`,
    name: 'APIFY_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'browserless-token',
    title: 'Browserless API token',
    provider: 'Browserless',
    context: 'browserless',
    value: '[A-Za-z0-9]{30,64}|' + UUID,
    keywords: ['browserless'],
    gen: s => s.alnum(48),
    miss: s => [s.alnum(16)],
    name: 'BROWSERLESS_TOKEN',
    entropy: 3.5
  }),
  kv({
    id: 'diffbot-token',
    title: 'Diffbot API token',
    provider: 'Diffbot',
    context: 'diffbot',
    value: '[0-9a-f]{32}',
    keywords: ['diffbot'],
    gen: s => s.hex(32),
    name: 'DIFFBOT_TOKEN'
  }),
  kv({
    id: 'clearbit-api-key',
    title: 'Clearbit API key',
    provider: 'Clearbit',
    context: 'clearbit',
    value: 'sk_[0-9a-f]{32}',
    keywords: ['clearbit'],
    gen: s => `sk_${s.hex(32)}`,
    name: 'CLEARBIT_API_KEY'
  }),
  kv({
    id: 'hunter-api-key',
    title: 'Hunter.io API key',
    provider: 'Hunter',
    context: 'hunter[_.-]?(?:io[_.-]?)?api',
    value: '[0-9a-f]{40}',
    keywords: ['hunter'],
    gen: s => s.hex(40),
    name: 'HUNTER_API_KEY'
  }),
  kv({
    id: 'abstractapi-key',
    title: 'Abstract API key',
    provider: 'Abstract API',
    context: 'abstract[_.-]?api',
    value: '[0-9a-f]{32}',
    keywords: ['abstractapi', 'abstract_api', 'abstract-api'],
    gen: s => s.hex(32),
    name: 'ABSTRACT_API_KEY'
  }),
  kv({
    id: 'rapidapi-key',
    title: 'RapidAPI key',
    provider: 'RapidAPI',
    context: 'rapid[_.-]?api',
    value: '[A-Za-z0-9]{50}',
    keywords: ['rapidapi', 'rapid_api', 'rapid-api'],
    gen: s => s.alnum(50),
    name: 'X_RAPIDAPI_KEY',
    entropy: 4
  }),
  kv({
    id: 'ipinfo-token',
    title: 'IPinfo access token',
    provider: 'IPinfo',
    context: 'ipinfo',
    value: '[0-9a-f]{14}',
    keywords: ['ipinfo'],
    gen: s => s.hex(14),
    name: 'IPINFO_TOKEN',
    entropy: 2.5,
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'ipstack-api-key',
    title: 'ipstack or ipapi access key',
    provider: 'apilayer',
    context: 'ipstack|ipapi|apilayer',
    value: '[0-9a-f]{32}',
    keywords: ['ipstack', 'ipapi', 'apilayer'],
    gen: s => s.hex(32),
    name: 'IPSTACK_ACCESS_KEY',
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  tok({
    id: 'maxmind-license-key',
    title: 'MaxMind license key',
    provider: 'MaxMind',
    // Since 2023: 40 characters of [A-Za-z0-9_], a six-character prefix, and a `_mmk` suffix.
    re: '[A-Za-z0-9]{6}_[A-Za-z0-9_]{29}_mmk',
    keywords: ['_mmk'],
    before: 40,
    after: 8,
    gen: s => `${s.alnum(6)}_${s.alnum(29)}_mmk`,
    miss: s => [`${s.alnum(6)}_${s.alnum(20)}_mmk`],
    name: 'MAXMIND_LICENSE_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'maxmind-license-key-legacy',
    title: 'MaxMind license key (legacy format)',
    provider: 'MaxMind',
    context: 'maxmind|geoip[\\w.-]{0,12}?license',
    value: '[A-Za-z0-9]{16}',
    keywords: ['maxmind', 'geoip'],
    gen: s => s.alnum(16),
    name: 'MAXMIND_LICENSE_KEY',
    entropy: 3.2
  }),
  // ── Finance and markets
  kv({
    id: 'alphavantage-api-key',
    title: 'Alpha Vantage API key',
    provider: 'Alpha Vantage',
    context: 'alpha[_.-]?vantage',
    value: '[A-Z0-9]{16}',
    keywords: ['alphavantage', 'alpha_vantage', 'alpha-vantage'],
    gen: s => s.upperAlnum(16),
    name: 'ALPHAVANTAGE_API_KEY',
    validate: upperAlnum(3),
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'finnhub-api-key',
    title: 'Finnhub API key',
    provider: 'Finnhub',
    context: 'finnhub',
    value: '[a-z0-9]{20}',
    keywords: ['finnhub'],
    gen: s => s.lowerAlnum(20),
    name: 'FINNHUB_API_KEY',
    entropy: 3.2,
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'polygon-api-key',
    title: 'Polygon.io (Massive) API key',
    provider: 'Polygon.io',
    context: 'polygon[_.-]?(?:io[_.-]?)?api',
    value: '[A-Za-z0-9_]{32}',
    keywords: ['polygon'],
    gen: s => s.alnum(32),
    name: 'POLYGON_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'twelvedata-api-key',
    title: 'Twelve Data API key',
    provider: 'Twelve Data',
    context: 'twelve[_.-]?data',
    value: '[0-9a-f]{32}',
    keywords: ['twelvedata', 'twelve_data', 'twelve-data'],
    gen: s => s.hex(32),
    name: 'TWELVEDATA_API_KEY',
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'iex-cloud-secret',
    title: 'IEX Cloud secret token',
    provider: 'IEX Cloud',
    context: 'iex',
    value: 'sk_[0-9a-f]{32}',
    keywords: ['iex'],
    gen: s => `sk_${s.hex(32)}`,
    name: 'IEX_SECRET_TOKEN'
  }),
  // ── Crypto
  kv({
    id: 'etherscan-api-key',
    title: 'Etherscan API key',
    provider: 'Etherscan',
    context: 'etherscan|bscscan|polygonscan',
    value: '[A-Z0-9]{34}',
    keywords: ['etherscan', 'bscscan', 'polygonscan'],
    gen: s => s.upperAlnum(34),
    name: 'ETHERSCAN_API_KEY',
    validate: upperAlnum(3),
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'infura-api-key',
    title: 'Infura API key',
    provider: 'Infura',
    context: 'infura',
    value: '[0-9a-f]{32}',
    keywords: ['infura'],
    gen: s => s.hex(32),
    name: 'INFURA_API_KEY'
  }),
  kv({
    id: 'alchemy-api-key',
    title: 'Alchemy API key',
    provider: 'Alchemy',
    context: 'alchemy',
    value: '[A-Za-z0-9_-]{32}',
    keywords: ['alchemy'],
    gen: s => s.url(32),
    name: 'ALCHEMY_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'binance-api-secret',
    title: 'Binance API secret',
    provider: 'Binance',
    context: 'binance',
    value: '[A-Za-z0-9]{64}',
    keywords: ['binance'],
    gen: s => s.alnum(64),
    name: 'BINANCE_API_SECRET',
    entropy: 4
  }),
  kv({
    id: 'coinbase-api-secret',
    title: 'Coinbase API secret',
    provider: 'Coinbase',
    context: 'coinbase[\\w.-]{0,12}?secret',
    value: '[A-Za-z0-9+/]{86}==|[A-Za-z0-9]{32}',
    keywords: ['coinbase'],
    gen: s => `${s.b64(86)}==`,
    miss: s => [s.alnum(16)],
    name: 'COINBASE_API_SECRET',
    entropy: 4
  }),
  kv({
    id: 'kraken-private-key',
    title: 'Kraken API private key',
    provider: 'Kraken',
    context: 'kraken',
    value: '[A-Za-z0-9+/]{86}==',
    keywords: ['kraken'],
    gen: s => `${s.b64(86)}==`,
    name: 'KRAKEN_PRIVATE_KEY',
    entropy: 4.5
  }),
  // ── Maps, weather, news, science
  kv({
    id: 'here-api-key',
    title: 'HERE API key',
    provider: 'HERE',
    context: 'here[_.-]api[_.-]?key',
    value: '[A-Za-z0-9_-]{43}',
    keywords: ['here_api', 'here-api', 'here.api'],
    gen: s => s.url(43),
    name: 'HERE_API_KEY',
    entropy: 4,
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'tomtom-api-key',
    title: 'TomTom API key',
    provider: 'TomTom',
    context: 'tomtom',
    value: '[A-Za-z0-9]{32}',
    keywords: ['tomtom'],
    gen: s => s.alnum(32),
    name: 'TOMTOM_API_KEY',
    entropy: 3.5,
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'openweather-api-key',
    title: 'OpenWeather API key',
    provider: 'OpenWeather',
    context: 'open[_.-]?weather|owm[_.-]?(?:api)?[_.-]?key',
    value: '[0-9a-f]{32}',
    keywords: ['openweather', 'open_weather', 'open-weather', 'owm'],
    gen: s => s.hex(32),
    name: 'OPENWEATHER_API_KEY',
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'weatherapi-key',
    title: 'WeatherAPI.com key',
    provider: 'WeatherAPI',
    context: 'weather[_.-]?api',
    value: '[0-9a-f]{31}',
    keywords: ['weatherapi', 'weather_api', 'weather-api'],
    gen: s => s.hex(31),
    name: 'WEATHERAPI_KEY',
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'newsapi-key',
    title: 'NewsAPI key',
    provider: 'NewsAPI',
    context: 'news[_.-]?api',
    value: '[0-9a-f]{32}',
    keywords: ['newsapi', 'news_api', 'news-api'],
    gen: s => s.hex(32),
    name: 'NEWSAPI_KEY',
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'nasa-api-key',
    title: 'NASA API key',
    provider: 'NASA',
    context: 'nasa[_.-]?api',
    value: '[A-Za-z0-9]{40}',
    keywords: ['nasa'],
    gen: s => s.alnum(40),
    name: 'NASA_API_KEY',
    entropy: 3.5,
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  kv({
    id: 'dune-api-key',
    title: 'Dune API key',
    provider: 'Dune',
    context: 'dune[_.-]?api',
    value: '[A-Za-z0-9]{32}',
    keywords: ['dune_api', 'dune-api', 'duneapi'],
    gen: s => s.alnum(32),
    name: 'DUNE_API_KEY',
    entropy: 3.5,
    // Quota on public data only: reported, below the default fail-on.
    severity: 'medium'
  }),
  // ── Commerce marketplaces
  tok({
    id: 'amazon-mws-token',
    title: 'Amazon MWS auth token',
    provider: 'Amazon Seller Central',
    re: 'amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['amzn.mws.'],
    gen: s => `amzn.mws.${s.uuid()}`,
    name: 'MWS_AUTH_TOKEN'
  }),
  kv({
    id: 'etsy-api-key',
    title: 'Etsy API keystring or shared secret',
    provider: 'Etsy',
    context: 'etsy',
    value: '[a-z0-9]{24}',
    keywords: ['etsy'],
    gen: s => s.lowerAlnum(24),
    name: 'ETSY_API_KEY',
    entropy: 3.5
  }),
  kv({
    id: 'ebay-client-secret',
    title: 'eBay client secret (Cert ID)',
    provider: 'eBay',
    context: 'ebay',
    value:
      'PRD-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}|SBX-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}',
    keywords: ['ebay'],
    gen: s => `PRD-${s.hex(12)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}`,
    name: 'EBAY_CERT_ID'
  }),
  kv({
    id: 'bigcommerce-token',
    title: 'BigCommerce API token',
    provider: 'BigCommerce',
    context: 'bigcommerce',
    value: '[a-z0-9]{31}',
    keywords: ['bigcommerce'],
    gen: s => s.lowerAlnum(31),
    name: 'BIGCOMMERCE_ACCESS_TOKEN',
    entropy: 3.5
  })
]

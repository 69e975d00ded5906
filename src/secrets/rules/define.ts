import type { Confidence, Severity } from '../../model.js'
import {
  isExampleValue,
  isSequentialOrRepeated,
  PROVIDER_FAKE_MARKERS,
  shannonEntropy
} from '../heuristics.js'
import type { SecretRule, Validation, Validator } from '../types.js'
import type { SampleKit } from './sample-kit.js'

/**
 * How rules are written: a rule is a pattern plus its prefilter keywords, its validator and the
 * samples it must and must not match (gitleaks keeps `tps`/`fps` beside each rule the same
 * way). Patterns are linear-time in practice (bounded quantifiers, no nested unbounded
 * repetition) and only ever run on a small window around a prefilter hit.
 */

/** Samples a rule carries; `__tests__/secrets/rules.test.ts` runs each through the engine. */
export interface RuleSamples {
  /** Texts in which this rule must report a finding. */
  tps: (s: SampleKit) => string[]
  /** Near misses: texts in which this rule must report nothing. */
  fps: (s: SampleKit) => string[]
}

/** A shipped rule: what the engine consumes plus the samples that pin its behaviour. */
export interface ProviderRule extends SecretRule {
  samples: RuleSamples
}

export interface RuleOptions {
  keywords: string[]
  samples: RuleSamples
  before?: number
  after?: number
  confidence?: Confidence
  severity?: Severity
  validation?: Validation
  validate?: Validator
  multiline?: boolean
  priority?: number
  /** Skip the default fake-marker/sequence filter (structured values check their own). */
  raw?: boolean
}

/** A value that says it is fake or that is one repeated/sequential run is never a finding. */
function defaultFilter(secret: string): boolean {
  return !isExampleValue(secret, PROVIDER_FAKE_MARKERS) && !isSequentialOrRepeated(secret)
}

/** A rule from a regex source with a named `secret` group (or the whole match). */
export function rule(
  id: string,
  title: string,
  provider: string,
  source: string,
  options: RuleOptions,
  flags = ''
): ProviderRule {
  const validate = options.validate
  const combined: Validator = options.raw
    ? (validate ?? (() => true))
    : (secret, ctx) => (defaultFilter(secret) ? (validate ? validate(secret, ctx) : true) : false)
  return {
    id,
    title,
    provider,
    keywords: options.keywords,
    pattern: new RegExp(source, `gd${flags}`),
    before: options.before ?? 2,
    after: options.after ?? 200,
    multiline: options.multiline ?? false,
    confidence: options.confidence ?? 'high',
    severity: options.severity ?? 'high',
    validation: options.validation ?? 'format',
    validate: combined,
    priority: options.priority ?? 50,
    samples: options.samples
  }
}

/** A fixed-prefix token: `body` (prefix included), with boundaries on both sides. */
export function prefixed(
  id: string,
  title: string,
  provider: string,
  body: string,
  options: RuleOptions,
  flags = ''
): ProviderRule {
  return rule(
    id,
    title,
    provider,
    `(?<![A-Za-z0-9_])(?<secret>${body})(?![A-Za-z0-9_-])`,
    options,
    flags
  )
}

/**
 * A keyword-anchored assignment: `<name containing context> <op> <value>`, for formats with no
 * prefix of their own. `context` is a regex alternation that must occur in the assigned name.
 * Besides the assignment operators, a dash between spaces separates name and value as lists
 * and notes write it (`Okta token - 00…`); a dash inside a word (`okta-token`) does not.
 */
export function assigned(
  id: string,
  title: string,
  provider: string,
  context: string,
  value: string,
  options: Omit<RuleOptions, 'confidence' | 'validation'> & {
    confidence?: Confidence
    validation?: Validation
  }
): ProviderRule {
  const source =
    `(?:${context})[ \\t\\w.-]{0,30}?[\\s'"\\]]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,|(?<=\\s)-(?=\\s))` +
    `[\\x60'"\\s=]{0,5}(?<secret>${value})(?![\\w-])`
  return rule(
    id,
    title,
    provider,
    source,
    {
      before: 40,
      after: 200,
      confidence: 'medium',
      validation: 'context',
      ...options
    },
    'i'
  )
}

/** Drops values whose Shannon entropy is at or under `floor` bits per character. */
export const minEntropy =
  (floor: number): Validator =>
  secret =>
    shannonEntropy(secret) > floor

/** Upper-case-and-digit formats under the case-insensitive name anchor, with an entropy floor. */
export const upperAlnum =
  (floor: number): Validator =>
  secret =>
    /^[A-Z0-9]+$/.test(secret) && shannonEntropy(secret) > floor

/** `len` lower-case hex digits. */
export const hexId = (len: number): string => `[0-9a-f]{${len}}`

/** A UUID (any version) in lower or upper case. */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'

interface SpecBase {
  id: string
  title: string
  provider: string
  keywords: string[]
  /** A valid value, built from parts at test time. */
  gen: (s: SampleKit) => string
  /** Near-miss values (default: the value one character short). */
  miss?: (s: SampleKit) => string[]
  /** Positive texts replacing the default `name = "value"` ones (context-checked rules). */
  tps?: (s: SampleKit) => string[]
  /** The variable name the samples assign the value to. */
  name: string
  /** Shannon floor of the value (default 3). */
  entropy?: number
  severity?: Severity
  confidence?: Confidence
  validation?: Validation
  /** Replaces the entropy check. */
  validate?: Validator
  before?: number
  after?: number
  priority?: number
}

function specSamples(spec: SpecBase, extraFps: (s: SampleKit) => string[]): RuleSamples {
  return {
    tps: s =>
      spec.tps
        ? spec.tps(s)
        : [`${spec.name} = "${spec.gen(s)}"`, `export ${spec.name}=${spec.gen(s)}`],
    fps: s => [
      ...(spec.miss ? spec.miss(s) : [spec.gen(s).slice(0, -1)]).map(v => `${spec.name} = "${v}"`),
      ...extraFps(s)
    ]
  }
}

/** A prefixed token (`re` includes the prefix); samples assign it to `name`. */
export function tok(spec: SpecBase & { re: string; flags?: string }): ProviderRule {
  return prefixed(
    spec.id,
    spec.title,
    spec.provider,
    spec.re,
    {
      keywords: spec.keywords,
      before: spec.before ?? 2,
      after: spec.after ?? 120,
      validate: spec.validate ?? minEntropy(spec.entropy ?? 3),
      samples: specSamples(spec, () => []),
      ...(spec.severity ? { severity: spec.severity } : {}),
      ...(spec.confidence ? { confidence: spec.confidence } : {}),
      ...(spec.validation ? { validation: spec.validation } : {}),
      ...(spec.priority !== undefined ? { priority: spec.priority } : {})
    },
    spec.flags ?? ''
  )
}

/**
 * A keyword-anchored value (`context` must occur in the assigned name). Its near misses
 * include the same value under a name without the context: the anchor is what makes it a
 * finding.
 */
export function kv(spec: SpecBase & { context: string; value: string }): ProviderRule {
  return assigned(spec.id, spec.title, spec.provider, spec.context, spec.value, {
    keywords: spec.keywords,
    validate: spec.validate ?? minEntropy(spec.entropy ?? 3),
    samples: specSamples(spec, s => [`RELEASE_CHANNEL = "${spec.gen(s)}"`]),
    ...(spec.severity ? { severity: spec.severity } : {}),
    ...(spec.confidence ? { confidence: spec.confidence } : {}),
    ...(spec.validation ? { validation: spec.validation } : {}),
    ...(spec.before !== undefined ? { before: spec.before } : {}),
    ...(spec.after !== undefined ? { after: spec.after } : {}),
    ...(spec.priority !== undefined ? { priority: spec.priority } : {})
  })
}

import type { Confidence, Severity } from '../model.js'

/** How a match was confirmed, strongest first; drives confidence. */
export type Validation = 'checksum' | 'structure' | 'format' | 'context' | 'entropy'

/** What a rule's validator sees: the whole text and where the secret is in it. */
export interface MatchContext {
  text: string
  /** Absolute offset of the secret in `text`. */
  start: number
  end: number
  /** Repo-relative path when scanning a file; undefined for script output. */
  path?: string
  /** Named groups of the match (name, user …). */
  groups: Record<string, string | undefined>
}

/** A validator returns false to drop the match, or a confidence to override the rule's. */
export type Validator = (secret: string, ctx: MatchContext) => boolean | Confidence

/** Per-text state of a finder: hits before `skipUntil` were already covered by an earlier call. */
export interface FinderState {
  skipUntil: number
}

/** One detection rule. Either `pattern` (run in windows around keyword hits) or `find`. */
export interface SecretRule {
  /** Stable id used in reports, suppressions and fingerprints (kebab-case). */
  id: string
  title: string
  /** Who issued the credential (GitHub, AWS …) or `generic`. */
  provider: string
  /** Lower-case prefilter keywords; the rule runs only near one of them. */
  keywords: string[]
  /** Global regex with a named `secret` group and the `d` flag; run on a window. */
  pattern?: RegExp
  /** Custom finder for rules a single regex cannot express; offsets are absolute. */
  find?: (
    text: string,
    hitStart: number,
    keyword: string,
    path?: string,
    state?: FinderState
  ) => RawMatch[]
  /** Characters of context before and after a keyword hit that the pattern needs. */
  before: number
  after: number
  /** The window may cross line ends (PEM blocks). */
  multiline?: boolean
  confidence: Confidence
  severity: Severity
  validation: Validation
  validate?: Validator
  /** Higher wins when two rules match overlapping text. */
  priority: number
}

/** A candidate from a rule before positions are turned into lines and columns. */
export interface RawMatch {
  ruleId: string
  secret: string
  start: number
  end: number
  confidence: Confidence
  /** URL and basic-auth credentials: the user and host next to the password (named groups). */
  user?: string
  host?: string
  /** The provider's format, but its checksum fails: no real token looks like this. */
  checksumMismatch?: true
}

/** One secret found in a text. `value` is the raw secret: never serialize it. */
export interface SecretMatch {
  ruleId: string
  title: string
  provider: string
  confidence: Confidence
  severity: Severity
  validation: Validation
  /** The raw value, for redaction only. */
  value: string
  /** At most the first 4 characters then `…`. */
  masked: string
  /** Salted hash of rule + value; the same wherever the secret moves. */
  fingerprint: string
  /** 1-based. */
  startLine: number
  endLine: number
  /** 1-based, in UTF-16 code units of the line. */
  startColumn: number
  /** 1-based, exclusive. */
  endColumn: number
  /** The line carries a `runguard:allow` comment. */
  allowedInline: boolean
  /**
   * The provider's prefix, length and alphabet, but a checksum no real token has (invented,
   * truncated or altered): reported at low severity and confidence, never silently dropped.
   */
  checksumMismatch?: true
}

import { fingerprintOf } from '../util/hash.js'
import { demoReason } from './demo.js'
import { contextOf } from './generic.js'
import { charClasses, isExampleValue, shannonEntropy } from './heuristics.js'
import { KeywordPrefilter } from './prefilter.js'
import { RULES, RULES_BY_ID } from './rules/index.js'
import type { FinderState, MatchContext, RawMatch, SecretMatch, SecretRule } from './types.js'

/**
 * The engine: one Aho-Corasick pass over the text finds every keyword; each rule then runs only
 * in small windows around its own keywords (merged when they overlap), so the cost is one
 * linear pass plus work proportional to the candidates — never one full scan per rule.
 */

/** Salt for fingerprints: a fingerprint can be compared, never turned back into the value. */
export const FINGERPRINT_SALT = 'runguard-secrets-v1'

/** Salted hash of rule + value; the same wherever the secret moves (no path, no line). */
export function secretFingerprint(ruleId: string, value: string): string {
  return fingerprintOf([FINGERPRINT_SALT, ruleId, value])
}

/** At most the first 4 characters (fewer for short values) then `…`. */
export function maskSecret(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 4))
  return `${value.slice(0, shown)}…`
}

interface CompiledEngine {
  prefilter: KeywordPrefilter
  /** keyword index → rules that own it */
  owners: SecretRule[][]
  keywords: string[]
  /** Lower-case fixed prefixes of provider formats (`ghp_`, `aiza`, `xoxb-` …). */
  tokenPrefixes: string[]
}

/**
 * The literal a provider pattern's secret starts with, when it is one of the rule's keywords
 * (`(?<secret>ghp_[A-Za-z0-9]{36})` → `ghp_`). A value with that prefix is the provider rule's
 * to judge: when the rule rejects it (too short, wrong checksum), the generic rule must not
 * report the lookalike as a random string.
 */
export function literalPrefix(rule: SecretRule): string | undefined {
  const body = rule.pattern ? /\(\?<secret>(.*)/.exec(rule.pattern.source)?.[1] : undefined
  if (!body) return undefined
  let literal = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string
    if (c === '\\' && /[-._/]/.test(body[i + 1] ?? '')) {
      literal += body[++i]
      continue
    }
    if (/[[\](){}.*+?|^$\\]/.test(c)) break
    literal += c
  }
  const lower = literal.toLowerCase()
  if (GENERIC_PREFIX.test(lower)) return undefined
  return lower.length >= 4 && rule.keywords.some(k => lower.startsWith(k)) ? lower : undefined
}

/**
 * A plain word and a separator (`live_`, `key-`, `api-`, `secret-`) names no provider: many
 * providers mark their keys that way, so one rule's format cannot speak for every value that
 * starts like it, and the generic rule still judges them.
 */
const GENERIC_PREFIX = /^(?:live|test|prod|sandbox|key|api|secret|token)[-_.]$/

let compiled: CompiledEngine | undefined

function engine(): CompiledEngine {
  if (compiled) return compiled
  const keywords: string[] = []
  const index = new Map<string, number>()
  const owners: SecretRule[][] = []
  for (const rule of RULES) {
    for (const kw of rule.keywords) {
      const k = kw.toLowerCase()
      let i = index.get(k)
      if (i === undefined) {
        i = keywords.length
        index.set(k, i)
        keywords.push(k)
        owners.push([])
      }
      owners[i]?.push(rule)
    }
  }
  const tokenPrefixes = [
    ...new Set(RULES.map(literalPrefix).filter((p): p is string => p !== undefined))
  ]
  compiled = { prefilter: new KeywordPrefilter(keywords), owners, keywords, tokenPrefixes }
  return compiled
}

/**
 * Builds the engine now rather than on the first text: a worker thread calls it as it starts, so
 * the build overlaps the walk that lists the files instead of delaying the first batch.
 */
export function prepareEngine(): void {
  engine()
}

/**
 * Line bounds around increasing positions, amortized O(n) over a whole scan: a 50 MB
 * single-line file with a million keyword hits must not cost a line search per hit.
 */
class LineBounds {
  private prevNl = -1
  private nextNl = -1
  constructor(private readonly text: string) {}
  /** [start of the line, end of the line (exclusive)] of `pos`; `pos` must not decrease. */
  at(pos: number): [number, number] {
    if (this.nextNl === -1 || pos > this.nextNl) {
      const nl = this.text.indexOf('\n', pos)
      this.nextNl = nl === -1 ? this.text.length : nl
      // Stops at the newline we knew before at the latest, so the scans never overlap.
      this.prevNl = this.text.lastIndexOf('\n', pos - 1)
    }
    return [this.prevNl + 1, this.nextNl]
  }
}

/** Window of a hit, cut at line ends unless the rule is multi-line. */
function windowOf(
  text: string,
  rule: SecretRule,
  hit: number,
  kwLen: number,
  lines: LineBounds
): [number, number] {
  let from = Math.max(0, hit - rule.before)
  let to = Math.min(text.length, hit + Math.max(rule.after, kwLen))
  if (!rule.multiline) {
    const [lineStart, lineEnd] = lines.at(hit)
    if (lineStart > from) from = lineStart
    if (lineEnd < to) to = lineEnd
  }
  return [from, to]
}

/** Bits per character a checksum lookalike needs to be reported (random base62 has ~5). */
const LOOKALIKE_MIN_ENTROPY = 3.5

function runPattern(
  text: string,
  rule: SecretRule,
  from: number,
  to: number,
  path: string | undefined,
  out: RawMatch[],
  rejected: Array<[number, number]>
): void {
  const pattern = rule.pattern as RegExp
  const window = text.slice(from, to)
  pattern.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = pattern.exec(window)) !== null) {
    if (m[0].length === 0) {
      pattern.lastIndex++
      continue
    }
    const span = m.indices?.groups?.secret ?? m.indices?.[0]
    if (!span) continue
    const secret = m.groups?.secret ?? m[0]
    const start = from + span[0]
    const ctx: MatchContext = {
      text,
      start,
      end: start + secret.length,
      ...(path === undefined ? {} : { path }),
      groups: m.groups ?? {}
    }
    const verdict = rule.validate ? rule.validate(secret, ctx) : true
    if (verdict === false) {
      // A provider format with a wrong checksum or structure is a lookalike; the generic rule
      // must not report the same value as a "random string" either.
      if (rule.validation === 'checksum' || rule.validation === 'structure')
        rejected.push([start, start + secret.length])
      // A checksum lookalike is still reported, low, saying why (docs/secret-detection.md):
      // it may be a real token someone truncated or altered, and a reviewer should decide.
      // Only values random enough to have been a token: not `ghp_000…`.
      if (rule.validation === 'checksum' && shannonEntropy(secret) >= LOOKALIKE_MIN_ENTROPY)
        out.push({
          ruleId: rule.id,
          secret,
          start,
          end: start + secret.length,
          confidence: 'low',
          checksumMismatch: true
        })
      continue
    }
    const { user, host } = m.groups ?? {}
    out.push({
      ruleId: rule.id,
      secret,
      start,
      end: start + secret.length,
      confidence: verdict === true ? rule.confidence : verdict,
      ...(user === undefined ? {} : { user }),
      ...(host === undefined ? {} : { host })
    })
  }
}

/** Raw candidates of every rule, before overlap resolution. */
function candidates(
  text: string,
  path: string | undefined,
  demo: DemoPolicy,
  ascii: Uint8Array | undefined
): RawMatch[] {
  const rejected: Array<[number, number]> = []
  let out = collect(text, path, rejected, ascii)
  if (demo === 'skip') {
    // Known demo and placeholder credentials are not findings; the generic rule must not report
    // the same span as a "random string" either.
    const docs = contextOf(path) === 'docs'
    out = out.filter(m => {
      if (demoReason({ value: m.secret, user: m.user, host: m.host, docs }) === undefined)
        return true
      rejected.push([m.start, m.end])
      return false
    })
  }
  const { tokenPrefixes } = engine()
  return out.filter(m => {
    if (m.ruleId !== 'generic-secret-assignment') return true
    if (rejected.some(([s, e]) => m.start < e && s < m.end)) return false
    const lower = m.secret.toLowerCase()
    return !tokenPrefixes.some(p => lower.startsWith(p))
  })
}

function collect(
  text: string,
  path: string | undefined,
  rejected: Array<[number, number]>,
  ascii: Uint8Array | undefined
): RawMatch[] {
  const { prefilter, owners, keywords } = engine()
  const hits = ascii ? prefilter.scanAscii(ascii) : prefilter.scan(text)
  if (hits.length === 0) return []
  // The automaton reports by end position; windows need increasing starts.
  hits.sort((a, b) => a.start - b.start)
  const lines = new LineBounds(text)
  const out: RawMatch[] = []
  // Per rule: the end of the last window run, to merge overlapping windows.
  const lastEnd = new Map<SecretRule, [number, number]>()
  const finderState = new Map<SecretRule, FinderState>()
  for (const hit of hits) {
    const kw = keywords[hit.keyword] as string
    for (const rule of owners[hit.keyword] ?? []) {
      if (rule.find) {
        let state = finderState.get(rule)
        if (!state) finderState.set(rule, (state = { skipUntil: -1 }))
        if (hit.start < state.skipUntil) continue
        out.push(...rule.find(text, hit.start, kw, path, state))
        continue
      }
      const [from, to] = windowOf(text, rule, hit.start, kw.length, lines)
      const pending = lastEnd.get(rule)
      if (pending && from <= pending[1]) {
        // Overlapping windows: extend the pending one instead of scanning twice.
        pending[1] = Math.max(pending[1], to)
        continue
      }
      if (pending) runPattern(text, rule, pending[0], pending[1], path, out, rejected)
      lastEnd.set(rule, [from, to])
    }
  }
  for (const [rule, [from, to]] of lastEnd) runPattern(text, rule, from, to, path, out, rejected)
  return out
}

/** Keeps one match per span: the higher-priority rule wins where matches overlap. */
function resolveOverlaps(matches: RawMatch[]): RawMatch[] {
  const unique = new Map<string, RawMatch>()
  for (const m of matches) unique.set(`${m.ruleId}:${m.start}:${m.end}`, m)
  const sorted = [...unique.values()].sort(
    (a, b) =>
      (RULES_BY_ID.get(b.ruleId)?.priority ?? 0) - (RULES_BY_ID.get(a.ruleId)?.priority ?? 0) ||
      b.end - b.start - (a.end - a.start)
  )
  const kept: RawMatch[] = []
  for (const m of sorted) {
    const clash = kept.some(k => m.start < k.end && k.start < m.end)
    if (!clash) kept.push(m)
  }
  return kept.sort((a, b) => a.start - b.start)
}

const AWS_SECRET_CANDIDATE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g

/**
 * AWS pairs: a key id makes a nearby 40-character base64 value an AWS secret key even without
 * a telling variable name (trufflehog's proximity idea, bounded to ±4 lines here).
 */
function pairAws(text: string, matches: RawMatch[]): RawMatch[] {
  const extra: RawMatch[] = []
  for (const m of matches) {
    if (m.ruleId !== 'aws-access-key-id') continue
    // ±4 lines, at most 2000 characters each way.
    let from = m.start
    const minFrom = Math.max(0, m.start - 2000)
    for (let lines = 0; from > minFrom; from--) {
      if (text.charCodeAt(from - 1) === 10 && ++lines > 4) break
    }
    let to = m.end
    const maxTo = Math.min(text.length, m.end + 2000)
    for (let lines = 0; to < maxTo; to++) {
      if (text.charCodeAt(to) === 10 && ++lines > 4) break
    }
    const window = text.slice(from, to)
    AWS_SECRET_CANDIDATE.lastIndex = 0
    let c: RegExpExecArray | null
    while ((c = AWS_SECRET_CANDIDATE.exec(window)) !== null) {
      const value = c[0]
      if (
        shannonEntropy(value) <= 4.25 ||
        charClasses(value) < 3 ||
        isExampleValue(value, ['example'])
      )
        continue
      // Paths and base64 of text have long runs of lower-case letters; real keys do not.
      if (/[a-z]{12}|\/\/|^\/|\/$/.test(value)) continue
      const start = from + c.index
      extra.push({
        ruleId: 'aws-secret-access-key',
        secret: value,
        start,
        end: start + 40,
        confidence: 'high'
      })
      m.confidence = 'high'
    }
  }
  return extra.length ? [...matches, ...extra] : matches
}

/** What to do with known demo and placeholder credentials (src/secrets/demo-credentials.json). */
export type DemoPolicy = 'skip' | 'report'

export interface ScanOptions {
  /** Repo-relative path: picks the context (code, config, docs) of the generic rule. */
  path?: string
  /** Default `skip`: documented example keys, demo passwords and placeholders are not findings. */
  demo?: DemoPolicy
  /**
   * The text's bytes, when every one is ASCII (so byte offsets are the text's offsets): the
   * keyword pass then reads them instead of the string, which is faster (a file's scan has them).
   */
  ascii?: Uint8Array
}

/** Finds secrets in one text (a file's content or a chunk of script output). */
export function scanText(text: string, opts: ScanOptions = {}): SecretMatch[] {
  const raw = resolveOverlaps(
    pairAws(text, candidates(text, opts.path, opts.demo ?? 'skip', opts.ascii))
  )
  if (raw.length === 0) return []
  // Line starts, computed once and only when there is something to report.
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const lineOf = (offset: number): number => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((lineStarts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  return raw.map(m => {
    const rule = RULES_BY_ID.get(m.ruleId) as SecretRule
    const startIdx = lineOf(m.start)
    const endIdx = lineOf(Math.max(m.start, m.end - 1))
    const lineStart = lineStarts[startIdx] as number
    const endLineStart = lineStarts[endIdx] as number
    const nextLine = lineStarts[startIdx + 1]
    const lineText = text.slice(lineStart, nextLine === undefined ? undefined : nextLine)
    const allowed =
      lineText.length < 100_000 ? lineText.includes('runguard:allow') : hasAllowNear(text, m.start)
    return {
      ruleId: rule.id,
      title: rule.title,
      provider: rule.provider,
      confidence: m.confidence,
      severity: m.checksumMismatch ? 'low' : rule.severity,
      validation: rule.validation,
      value: m.secret,
      masked: maskSecret(m.secret),
      fingerprint: secretFingerprint(rule.id, m.secret),
      startLine: startIdx + 1,
      endLine: endIdx + 1,
      startColumn: m.start - lineStart + 1,
      endColumn: m.end - endLineStart + 1,
      allowedInline: allowed,
      ...(m.checksumMismatch ? { checksumMismatch: true as const } : {})
    }
  })
}

/** On huge single-line files only look near the match for the allow marker. */
function hasAllowNear(text: string, offset: number): boolean {
  return text.slice(Math.max(0, offset - 2000), offset + 2000).includes('runguard:allow')
}

/** Raw values found in a text; the runner's Redactor detect hook (fast on short lines). */
export function detectSecretValues(text: string): string[] {
  return [...new Set(scanText(text).map(m => m.value))]
}

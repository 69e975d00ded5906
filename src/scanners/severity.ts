import * as cvssModule from 'ae-cvss-calculator'
import type { Severity } from '../model.js'
import { severityFromScore } from './severity-score.js'

export { severityFromScore }

type FromVector = (vector: string) => { calculateScores(): { base?: unknown } } | null

/**
 * `fromVector` whichever way the module system hands it over. The package is a UMD bundle that
 * sets `__esModule`: Node's ESM loader exposes its exports only as `default`, while the
 * bundler (ncc/webpack) trusts `__esModule`, exposes them as named exports and leaves
 * `default` undefined — a default import scored nothing in dist/ (tested in __tests__/dist/).
 */
export function resolveFromVector(mod: unknown): FromVector | undefined {
  const candidates = [mod, (mod as { default?: unknown } | null | undefined)?.default]
  for (const c of candidates) {
    const fn = (c as { fromVector?: unknown } | null | undefined)?.fromVector
    if (typeof fn === 'function') return fn as FromVector
  }
  return undefined
}

const fromVector = resolveFromVector(cvssModule)

/** A severity with the CVSS data it came from, when there was any. */
export interface CvssSeverity {
  severity: Severity
  /** CVSS base score (0–10), computed from `vector` when it was valid. */
  score?: number
  /** The vector the score was computed from (only when it parsed). */
  vector?: string
}

/** `3.1` for `CVSS:3.1/…`; a vector without a prefix is CVSS 2.0. */
export function cvssVersion(vector: string): string {
  return /^CVSS:(\d+\.\d+)\//.exec(vector.trim())?.[1] ?? '2.0'
}

/**
 * One phrase saying where a CVSS-based severity came from, for Finding.severitySource:
 * "CVSS 3.1 score 8.6 from the vector of GHSA-…" or "CVSS score 7.5 given by …".
 */
export function describeCvssSource(cvss: CvssSeverity, source: string): string {
  const score = cvss.score === undefined ? '' : ` ${cvss.score.toFixed(1)}`
  return cvss.vector !== undefined
    ? `CVSS ${cvssVersion(cvss.vector)} score${score} from the vector of ${source}`
    : `CVSS score${score} given by ${source}`
}

/**
 * Base score of a CVSS 2.0/3.0/3.1/4.0 vector, or undefined when it does not parse or lacks a
 * base metric (the library then returns no `base`).
 */
export function cvssBaseScore(vector: string): number | undefined {
  const trimmed = vector.trim()
  if (trimmed === '') return undefined
  // A build that lost the calculator must fail loudly (the adapter then fails closed), never
  // turn every advisory into `unknown` again.
  if (fromVector === undefined) throw new Error('the CVSS calculator did not load (fromVector)')
  try {
    const parsed = fromVector(trimmed)
    const base = parsed?.calculateScores().base
    return typeof base === 'number' && Number.isFinite(base) ? base : undefined
  } catch {
    return undefined
  }
}

/**
 * Severity from a CVSS vector (preferred: the score is computed, never trusted from the tool)
 * or, when there is no usable vector, from a score the tool gave. Neither → `unknown`.
 */
export function severityFromCvss(vector?: string, score?: number): CvssSeverity {
  if (vector !== undefined) {
    const base = cvssBaseScore(vector)
    if (base !== undefined) return { severity: severityFromScore(base), score: base, vector }
  }
  if (score !== undefined && Number.isFinite(score) && score >= 0 && score <= 10) {
    return { severity: severityFromScore(score), score }
  }
  return { severity: 'unknown' }
}

/**
 * Qualitative labels some databases give instead of a vector (GHSA `database_specific.severity`:
 * LOW / MODERATE / HIGH / CRITICAL; Safety `base_severity`).
 */
export function severityFromLabel(label: string | undefined): Severity {
  switch (label?.trim().toUpperCase()) {
    case 'CRITICAL':
      return 'critical'
    case 'HIGH':
      return 'high'
    case 'MODERATE':
    case 'MEDIUM':
      return 'medium'
    case 'LOW':
      return 'low'
    case 'NONE':
    case 'INFO':
      return 'info'
    default:
      return 'unknown'
  }
}

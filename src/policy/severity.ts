import { SEVERITY_RANK, type Finding, type Severity } from '../model.js'
import { severityFromScore } from '../scanners/severity-score.js'

/**
 * How a finding's severity shows in every channel, decided once: the verdict,
 * the SARIF `level` and `security-severity`, the annotation level, the SBOM rating and the
 * summary all read this table, so a finding can never gate as high and show as a notice.
 *
 * `unknown` (the tool and every record of its alias group gave no severity) keeps its name in
 * the data (SARIF `properties.severity`, the SBOM rating, the summary) but is *treated* as the
 * `unknown-severity` setting everywhere a level is chosen. It never gets a score it did not
 * have: no `security-severity` (GitHub would show the invented number as a CVSS score).
 */

/** What a severity looks like in each channel. */
export interface SeverityPresentation {
  /** The severity as reported (kept in the data: SARIF properties, SBOM, summary). */
  severity: Severity
  /** What it counts as for fail-on, report-level and every level below (`unknown` → the setting). */
  treatedAs: Severity
  /** SARIF result and rule `level`; GitHub fails PR checks on `error` by default. */
  sarifLevel: 'error' | 'warning' | 'note'
  /** Workflow annotation level. */
  annotationLevel: 'error' | 'warning' | 'notice'
  /**
   * SARIF `security-severity`: the CVSS base score when there is one and it is in the
   * severity's band, else a value inside GitHub's band for the severity (so GitHub shows the
   * severity runguard decided); none for `info` and `unknown` (no invented scores).
   */
  securitySeverity?: number
  /** CycloneDX rating severity (the reported one: `unknown` stays `unknown`). */
  cyclonedx: Severity
  /** Human text: `high`, `unknown (counts as high)`. */
  label: string
}

/**
 * `security-severity` when there is no CVSS score. Values sit inside GitHub's bands (critical
 * ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0); `info` and `unknown` get none.
 */
export const BAND_SCORE: Readonly<Partial<Record<Severity, number>>> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0
}

/**
 * Levels by the severity a finding is treated as. A finding treated as `unknown` (the setting is
 * `unknown` too: it never fails a threshold) is a warning: not an error it was never rated as,
 * not hidden among notices either.
 */
const LEVELS: Readonly<
  Record<Severity, Pick<SeverityPresentation, 'sarifLevel' | 'annotationLevel'>>
> = {
  critical: { sarifLevel: 'error', annotationLevel: 'error' },
  high: { sarifLevel: 'error', annotationLevel: 'error' },
  medium: { sarifLevel: 'warning', annotationLevel: 'warning' },
  unknown: { sarifLevel: 'warning', annotationLevel: 'warning' },
  low: { sarifLevel: 'note', annotationLevel: 'notice' },
  info: { sarifLevel: 'note', annotationLevel: 'notice' }
}

/** The severity a finding counts as: `unknown` takes the `unknown-severity` setting. */
export function treatedAs(severity: Severity, unknownSeverity: Severity): Severity {
  return severity === 'unknown' ? unknownSeverity : severity
}

/**
 * Rank for thresholds and ordering; `unknown` takes the configured severity. If that is
 * `unknown` too, the finding ranks below info: it is reported but never fails a threshold.
 */
export function effectiveRank(severity: Severity, unknownSeverity: Severity): number {
  return SEVERITY_RANK[treatedAs(severity, unknownSeverity)]
}

/** The one presentation of `severity` under the `unknown-severity` setting. */
export function presentSeverity(
  severity: Severity,
  unknownSeverity: Severity,
  cvssScore?: number
): SeverityPresentation {
  const treated = treatedAs(severity, unknownSeverity)
  // A score from another band (a merged severity, a tool's own label) would make GitHub show a
  // different severity than every other channel: the band value is used instead.
  const score =
    severity === 'unknown' || severity === 'info'
      ? undefined
      : cvssScore !== undefined && severityFromScore(cvssScore) === severity
        ? cvssScore
        : BAND_SCORE[severity]
  return {
    severity,
    treatedAs: treated,
    ...LEVELS[treated],
    ...(score !== undefined ? { securitySeverity: score } : {}),
    cyclonedx: severity,
    label:
      severity === 'unknown' && treated !== 'unknown' ? `unknown (counts as ${treated})` : severity
  }
}

/** presentSeverity for a finding (its CVSS score, when it has one). */
export function presentFinding(finding: Finding, unknownSeverity: Severity): SeverityPresentation {
  return presentSeverity(finding.severity, unknownSeverity, finding.advisory?.cvssScore)
}

import type { Severity } from '../model.js'

// Apart from severity.ts, which loads the CVSS calculator (about 190 kB evaluated at import):
// the policy ranks severities on every command and needs only these bands.

/** CVSS v3/v4 qualitative bands; a base score of 0.0 is "None", which we report as info. */
export function severityFromScore(score: number): Severity {
  if (!Number.isFinite(score) || score < 0 || score > 10) return 'unknown'
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'info'
}

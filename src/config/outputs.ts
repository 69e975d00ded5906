/** Step outputs of the Action, with their descriptions (action.yml is generated from this). */
export const ACTION_OUTPUTS = {
  passed: "'true' when the verdict passed.",
  'verdict-json': 'The verdict as JSON (reasons, counts by severity, tool statuses, gate results).',
  'findings-count': 'Findings counted by the verdict (not suppressed, deduplicated).',
  'critical-count': 'Counted critical findings.',
  'high-count': 'Counted high findings.',
  'gate-failures':
    "Number of failed performance gates ('0' when none), so `steps.<id>.outputs.gate-failures > 0` works.",
  'gate-failures-json':
    'The failed performance gates as a JSON array of their names (`[]` when none), for `fromJSON`.',
  'sarif-file': 'Path of the SARIF file written.',
  'sbom-file': 'Path of the CycloneDX SBOM written.',
  'metrics-json': 'The metrics JSON of the script run (reported attempt).'
} as const

export type ActionOutputName = keyof typeof ACTION_OUTPUTS

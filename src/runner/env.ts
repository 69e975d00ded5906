/**
 * Variables the target script (and the scanners) never inherit unless named in `pass-env`:
 * the workflow tokens, the Action's own inputs (`INPUT_*` may hold the github-token input),
 * every `ACTIONS_*` variable (the runtime token and URLs, the OIDC request token, cache and
 * results services) and the step's file commands (`GITHUB_OUTPUT` … name files that set our
 * outputs, the job summary and the next steps' environment). `RUNNER_TRACKING_ID` stays: the
 * runner uses it to clean up processes left at the end of the job. The OTLP header variables
 * carry the telemetry backend's API key (`x-honeycomb-team=…`, `Authorization=…`), which a pull
 * request's script must not read; the endpoints stay, and `pass-env` hands the headers to an
 * instrumented script that needs them.
 */
export const SCRUBBED_ENV_NAMES: readonly string[] = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'OTEL_EXPORTER_OTLP_HEADERS',
  'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
  'OTEL_EXPORTER_OTLP_METRICS_HEADERS',
  'OTEL_EXPORTER_OTLP_LOGS_HEADERS'
]
/** Name prefixes scrubbed the same way. */
export const SCRUBBED_ENV_PREFIXES: readonly string[] = ['ACTIONS_', 'INPUT_']

/** True when the variable is removed from the script's environment by default. */
export function isScrubbedEnvName(name: string): boolean {
  const upper = name.toUpperCase()
  return SCRUBBED_ENV_NAMES.includes(upper) || SCRUBBED_ENV_PREFIXES.some(p => upper.startsWith(p))
}

/**
 * The environment the script runs with: `env` minus the scrubbed variables, except those named
 * in `passEnv` (exact names, case-sensitive as the OS is). Pure: returns a new object.
 */
export function scrubEnvironment(
  env: NodeJS.ProcessEnv,
  passEnv: readonly string[]
): NodeJS.ProcessEnv {
  const pass = new Set(passEnv)
  const result: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue
    if (isScrubbedEnvName(name) && !pass.has(name)) continue
    result[name] = value
  }
  return result
}

/**
 * Variables the target script never inherits unless named in `pass-env`: the Actions runtime
 * and OIDC credentials, cache/results service URLs, the workflow token and the Action's own
 * inputs (`INPUT_*` may hold the github-token input).
 */
export const SCRUBBED_ENV_NAMES: readonly string[] = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'GITHUB_TOKEN'
]
/** Name prefixes scrubbed the same way. */
export const SCRUBBED_ENV_PREFIXES: readonly string[] = ['ACTIONS_ID_TOKEN_REQUEST_', 'INPUT_']

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

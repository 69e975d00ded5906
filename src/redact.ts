/**
 * One redaction function for everything that leaves the process: runner log lines,
 * reports, annotations. Known values (the `secrets` setting, secret-looking env vars, values the
 * detector found) are replaced by `***`; a detector hook can add values found in a line.
 */
export interface Redactor {
  /** Returns the text with every known secret value replaced. */
  redact(text: string): string
  /** Adds a value to redact from now on (values shorter than 4 characters are ignored). */
  add(value: string): void
  /** How many distinct values are known (never the values). */
  readonly size: number
}

export const REDACTED = '***'
const MIN_SECRET_LENGTH = 4

/** Names that look like they hold a secret (matched case-insensitively on env var names). */
export const SECRET_NAME_PATTERN =
  /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH|SESSION|COOKIE|DSN|CONN(ECTION)?_?STRING)(_|$)/i

/**
 * @param values initial secret values
 * @param detect optional detector that returns secret values found in a piece of text (the
 *   built-in secret engine), so a secret printed at run time is redacted even if unknown.
 * @param onNew called once for each newly learned value (Action mode: core.setSecret).
 */
export function createRedactor(
  values: Iterable<string> = [],
  detect?: (text: string) => string[],
  onNew?: (value: string) => void
): Redactor {
  const known = new Set<string>()
  let ordered: string[] = []
  const add = (value: string): void => {
    if (value.length < MIN_SECRET_LENGTH || known.has(value)) return
    known.add(value)
    // Longest first so a secret that contains another is replaced whole.
    ordered = [...known].sort((a, b) => b.length - a.length)
    onNew?.(value)
  }
  for (const v of values) add(v)
  return {
    add,
    get size() {
      return known.size
    },
    redact(text: string): string {
      if (detect) for (const v of detect(text)) add(v)
      let result = text
      for (const v of ordered) if (result.includes(v)) result = result.split(v).join(REDACTED)
      return result
    }
  }
}

/** Values of environment variables whose names look secret (for redaction, never printed). */
export function secretValuesFromEnv(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => value !== undefined && SECRET_NAME_PATTERN.test(name))
    .map(([, value]) => value as string)
    .filter(v => v.length >= MIN_SECRET_LENGTH)
}

/** Exit codes of the CLI (ARCHITECTURE.md); the Action maps them to success/failure. */
export const ExitCode = {
  Passed: 0,
  Violation: 1,
  Configuration: 2,
  ToolError: 3
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/** Where a configuration value came from, for error messages. */
export type ValueSource =
  | { kind: 'default' }
  | { kind: 'input'; name: string }
  | { kind: 'flag'; name: string }
  | { kind: 'argument'; name: string }
  | { kind: 'file'; path: string; line?: number }
  | { kind: 'env'; name: string }

export function describeSource(source: ValueSource): string {
  switch (source.kind) {
    case 'default':
      return 'default'
    case 'input':
      return `input '${source.name}'`
    case 'flag':
      return `flag --${source.name}`
    case 'argument':
      return `argument ${source.name}`
    case 'file':
      return source.line === undefined ? source.path : `${source.path}:${source.line}`
    case 'env':
      return `environment variable ${source.name}`
  }
}

/**
 * A problem the user can fix (exit 2). The message names the field, the value, what was
 * expected and, when known, where the value came from.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
  constructor(
    message: string,
    readonly details: { field?: string; value?: unknown; source?: ValueSource } = {}
  ) {
    super(message)
  }
}

/**
 * Turns any thrown value into a message; a thrown string must not slip through (STYLE.md 7).
 * The message is read structurally: errors from another realm (jest's VM modules, worker
 * threads) are not `instanceof Error` and must not be printed as JSON without their message.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  const message = (error as { message?: unknown } | null | undefined)?.message
  if (typeof message === 'string') return message
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}

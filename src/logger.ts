/**
 * The only way library code talks to the user. The Action passes one backed by @actions/core,
 * the CLI one that writes to stderr, tests a recording one. Library code never imports core
 * (docs/architecture.md, "Layers"): outside Actions, core prints workflow commands that would pollute the CLI.
 */
export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
}

/**
 * The phases of a run, in order (pipeline.ts). A title is one of these constants and never
 * data, so it cannot hold a secret: redactingLogger passes it through as it is.
 */
export type PhaseTitle =
  | 'runguard: set-up'
  | 'runguard: scanners'
  | 'runguard: script'
  | 'runguard: gates and reports'
  | 'runguard: publish'

export interface Logger {
  debug(message: string): void
  /**
   * False when debug lines are not printed (CLI without --verbose, Action without step
   * debugging): wrappers then skip the work of preparing them (redactingLogger runs the secret
   * detector on every line). Absent means "assume they are printed".
   */
  debugEnabled?(): boolean
  info(message: string): void
  warning(message: string, props?: AnnotationProps): void
  error(message: string, props?: AnnotationProps): void
  /** Registers a value that must never be printed (core.setSecret in Action mode). */
  registerSecret(value: string): void
  /**
   * A new phase of the run (set-up, scanners, script, reports, publish). The Action's logger
   * shows each as a collapsible `::group::` section; `grouped: false` only ends the previous
   * section (the script's output has its own group); `undefined` ends the last one. Loggers
   * without sections leave it out.
   */
  phase?(title: PhaseTitle | undefined, options?: { grouped?: boolean }): void
  /**
   * A live one-line status (what runs, for how long), redrawn in place; `undefined` removes it.
   * Only the CLI on a terminal has one; everywhere else progress is plain lines (progress.ts).
   */
  status?(text: string | undefined): void
}

/** CLI logger: everything to stderr so stdout stays clean for `--format json`. */
export class StderrLogger implements Logger {
  /** Present when stderr is a terminal that shows a live status line (see Logger.status). */
  readonly status?: (text: string | undefined) => void

  constructor(
    private readonly verbose = false,
    private readonly write: (line: string) => void = line => process.stderr.write(line + '\n'),
    status?: (text: string | undefined) => void
  ) {
    if (status) this.status = status
  }
  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${message}`)
  }
  debugEnabled(): boolean {
    return this.verbose
  }
  info(message: string): void {
    this.write(message)
  }
  warning(message: string, props?: AnnotationProps): void {
    this.write(`warning: ${where(props)}${message}`)
  }
  error(message: string, props?: AnnotationProps): void {
    this.write(`error: ${where(props)}${message}`)
  }
  registerSecret(_value: string): void {
    // The CLI has no log masking service; redaction happens before anything is printed.
  }
}

function where(props?: AnnotationProps): string {
  if (!props?.file) return ''
  return props.startLine ? `${props.file}:${props.startLine}: ` : `${props.file}: `
}

/** Wraps a logger so every message and annotation title passes through one redaction function. */
export function redactingLogger(inner: Logger, redact: (text: string) => string): Logger {
  const props = (p?: AnnotationProps): AnnotationProps | undefined =>
    p?.title === undefined ? p : { ...p, title: redact(p.title) }
  return {
    // A debug line nobody will see is not redacted (the detector runs on each line).
    debug: m => {
      if (inner.debugEnabled?.() !== false) inner.debug(redact(m))
    },
    ...(inner.debugEnabled ? { debugEnabled: () => inner.debugEnabled?.() !== false } : {}),
    info: m => inner.info(redact(m)),
    warning: (m, p) => inner.warning(redact(m), props(p)),
    error: (m, p) => inner.error(redact(m), props(p)),
    registerSecret: v => inner.registerSecret(v),
    // Not redacted: a title is a constant (PhaseTitle). The Action's first lines are titles, and
    // the first text redacted builds the secret detector (~20 ms), which would otherwise be
    // built before the first scanner starts instead of while it runs.
    ...(inner.phase ? { phase: (title, options) => inner.phase?.(title, options) } : {}),
    ...(inner.status
      ? { status: text => inner.status?.(text === undefined ? text : redact(text)) }
      : {})
  }
}

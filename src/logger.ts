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

export interface Logger {
  debug(message: string): void
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
  phase?(title: string | undefined, options?: { grouped?: boolean }): void
}

/** CLI logger: everything to stderr so stdout stays clean for `--format json`. */
export class StderrLogger implements Logger {
  constructor(
    private readonly verbose = false,
    private readonly write: (line: string) => void = line => process.stderr.write(line + '\n')
  ) {}
  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${message}`)
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
    debug: m => inner.debug(redact(m)),
    info: m => inner.info(redact(m)),
    warning: (m, p) => inner.warning(redact(m), props(p)),
    error: (m, p) => inner.error(redact(m), props(p)),
    registerSecret: v => inner.registerSecret(v),
    ...(inner.phase
      ? {
          phase: (title, options) =>
            inner.phase?.(title === undefined ? title : redact(title), options)
        }
      : {})
  }
}

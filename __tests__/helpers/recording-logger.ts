import type { AnnotationProps, Logger } from '../../src/logger.js'

/** One logged line. */
export interface LogEntry {
  level: 'debug' | 'info' | 'warning' | 'error'
  message: string
  props?: AnnotationProps
}

/** Keeps every entry, so a test can assert on what was logged (production code never needs it). */
export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = []
  readonly secrets: string[] = []
  debug(message: string): void {
    this.entries.push({ level: 'debug', message })
  }
  info(message: string): void {
    this.entries.push({ level: 'info', message })
  }
  warning(message: string, props?: AnnotationProps): void {
    this.entries.push({ level: 'warning', message, ...(props ? { props } : {}) })
  }
  error(message: string, props?: AnnotationProps): void {
    this.entries.push({ level: 'error', message, ...(props ? { props } : {}) })
  }
  registerSecret(value: string): void {
    this.secrets.push(value)
  }
  text(): string {
    return this.entries.map(e => `${e.level}: ${e.message}`).join('\n')
  }
}

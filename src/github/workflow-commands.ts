import { EOL } from 'node:os'

/**
 * The workflow commands the Action prints before and while its scanners and script run
 * (inputs, masks, log lines, annotations), written exactly as @actions/core 3.0.1 writes them
 * (its lib/command.js and lib/utils.js; __tests__/github/workflow-commands.test.ts compares the
 * bytes with core's own). Importing core loads @actions/http-client and undici (~1 MB, tens of
 * milliseconds) for its OIDC client: on the path to the first scanner that is pure start-up
 * cost, so core is loaded only for what needs it (outputs, the job summary, setFailed).
 */

/** Annotation position and title, as core's AnnotationProperties. */
export interface CommandAnnotation {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** An Action input as core.getInput reads it: `INPUT_<NAME>`, trimmed, '' when not set. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

/** core's toCommandValue: strings as they are, anything else as JSON, nothing as ''. */
function commandValue(input: unknown): string {
  if (input === null || input === undefined) return ''
  if (typeof input === 'string' || input instanceof String) return String(input)
  return JSON.stringify(input)
}

function escapeData(s: unknown): string {
  return commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: unknown): string {
  return commandValue(s)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C')
}

/** core's toCommandProperties: annotation fields under the runner's property names. */
function annotationProperties(p: CommandAnnotation): Record<string, unknown> {
  if (Object.keys(p).length === 0) return {}
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn
  }
}

/** `::name key=value,…::message`, without the line end (core's Command.toString). */
export function formatCommand(
  command: string,
  properties: Record<string, unknown>,
  message: unknown
): string {
  let text = `::${command || 'missing.command'}`
  // Falsy values are left out, as core does (a 0 line number is no line).
  const props = Object.entries(properties).filter(([, value]) => Boolean(value))
  if (props.length > 0) text += ' ' + props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',')
  return `${text}::${escapeData(message)}`
}

function issue(command: string, properties: Record<string, unknown>, message: unknown): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL)
}

/** core.info: the line as it is. */
export function info(message: string): void {
  process.stdout.write(message + EOL)
}

/** core.debug. */
export function debug(message: string): void {
  issue('debug', {}, message)
}

/** core.isDebug: the runner's debug logging is on. */
export function isDebug(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RUNNER_DEBUG === '1'
}

/** core.setSecret: the runner masks the value in every later line of the log. */
export function setSecret(secret: string): void {
  issue('add-mask', {}, secret)
}

/** core.error / core.warning / core.notice: an annotation. */
export function annotation(
  level: 'error' | 'warning' | 'notice',
  message: string,
  properties: CommandAnnotation = {}
): void {
  issue(level, annotationProperties(properties), message)
}

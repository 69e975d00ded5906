import * as core from '@actions/core'
import type { Finding, GateResult, Severity, Verdict } from '../model.js'
import { compareFindings, type AnnotationCounts } from '../report/summary.js'

/**
 * PR / run annotations. GitHub shows at most 10 annotations of each level per step (and 50 per
 * job), so what gets a slot is decided here, most important first:
 *
 * - failed gates → `error`, without a file (they are about the whole run), before any finding;
 * - failed or timed-out scanners → `warning`, so a crashed tool is visible next to the code;
 * - findings, ranked severity → tool → path → line:
 *   `critical`/`high` → `error`, `medium` and `unknown` → `warning` (the tool gave no severity:
 *   not silently demoted to a notice, not claimed as an error either), `low`/`info` → `notice`.
 *
 * Suppressed findings are not annotated: they do not count and would only take slots.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice'

/** One annotation, as GitHub's workflow command takes it. */
export interface Annotation {
  level: AnnotationLevel
  /** Plain text (annotations are not markdown). */
  message: string
  /** e.g. `[bandit] B602: subprocess_popen_with_shell_equals_true`. */
  title?: string
  /** Repo-relative posix path. */
  file?: string
  startLine?: number
  endLine?: number
  /** Only sent when the annotation spans one line (GitHub ignores columns otherwise). */
  startColumn?: number
  endColumn?: number
}

/** Where annotations go; tests pass an array-backed sink instead of mocking core. */
export interface AnnotationSink {
  annotate(annotation: Annotation): void
}

export interface AnnotateResult {
  /** Annotations sent, per level. */
  emitted: AnnotationCounts
  /** Annotations dropped by the per-level cap, per level (for the summary's "N more"). */
  omitted: AnnotationCounts
}

export interface AnnotateOptions {
  /** Cap per level; GitHub's is 10 per step. */
  perLevel?: number
}

/** GitHub's per-step, per-level display cap. */
export const ANNOTATIONS_PER_LEVEL = 10
const TITLE_MAX = 200
const MESSAGE_MAX = 2_000

/** The level a finding's annotation gets (see the module comment for why). */
export function levelForSeverity(severity: Severity): AnnotationLevel {
  switch (severity) {
    case 'critical':
    case 'high':
      return 'error'
    case 'medium':
    case 'unknown':
      return 'warning'
    case 'low':
    case 'info':
      return 'notice'
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text
}

/** The annotation for one finding; secret findings carry only their masked preview. */
export function findingAnnotation(f: Finding): Annotation {
  let message: string
  if (f.tool === 'secrets' || f.secret) {
    message = `${f.title}: ${f.secret?.provider ?? 'secret'} ${f.secret?.masked ?? '…'}`
  } else {
    message = f.message
    if (f.package) {
      const fixed = f.package.fixedVersions.length
        ? `; fixed in ${f.package.fixedVersions.join(', ')}`
        : '; no fixed version known'
      message += ` (${f.package.name} ${f.package.version}${fixed})`
    }
    if (f.advisory?.url) message += ` ${f.advisory.url}`
    else if (f.helpUri) message += ` ${f.helpUri}`
  }
  const { path, startLine, endLine, startColumn, endColumn } = f.location
  const oneLine = endLine === undefined || endLine === startLine
  return {
    level: levelForSeverity(f.severity),
    message: clip(message, MESSAGE_MAX),
    title: clip(`[${f.tool}] ${f.ruleId}: ${f.title}`, TITLE_MAX),
    file: path,
    startLine,
    endLine: endLine ?? startLine,
    ...(oneLine && startColumn !== undefined ? { startColumn } : {}),
    ...(oneLine && startColumn !== undefined && endColumn !== undefined ? { endColumn } : {})
  }
}

/** Every candidate annotation in priority order (before the cap). */
export function planAnnotations(
  findings: readonly Finding[],
  gates: readonly GateResult[],
  verdict: Verdict
): Annotation[] {
  const out: Annotation[] = []
  for (const g of gates) {
    if (!g.passed)
      out.push({
        level: 'error',
        title: clip(`[runguard] gate failed: ${g.gate}`, TITLE_MAX),
        message: g.message
      })
  }
  for (const t of verdict.tools) {
    if (t.status === 'failed' || t.status === 'timed-out')
      out.push({
        level: 'warning',
        title: `[runguard] ${t.tool} ${t.status}`,
        message: `${t.tool} ${t.status}${t.reason ? `: ${t.reason}` : ''}; its findings are missing from this run`
      })
  }
  const ranked = findings.filter(f => !f.suppressed).sort(compareFindings)
  for (const f of ranked) out.push(findingAnnotation(f))
  return out
}

/**
 * Sends at most `perLevel` annotations of each level to `sink`, most important first, and
 * returns how many were sent and how many were left out per level.
 */
export function annotate(
  findings: readonly Finding[],
  gates: readonly GateResult[],
  verdict: Verdict,
  sink: AnnotationSink,
  opts: AnnotateOptions = {}
): AnnotateResult {
  const cap = opts.perLevel ?? ANNOTATIONS_PER_LEVEL
  const emitted: AnnotationCounts = { error: 0, warning: 0, notice: 0 }
  const omitted: AnnotationCounts = { error: 0, warning: 0, notice: 0 }
  for (const a of planAnnotations(findings, gates, verdict)) {
    if (emitted[a.level] < cap) {
      sink.annotate(a)
      emitted[a.level]++
    } else omitted[a.level]++
  }
  return { emitted, omitted }
}

/** A sink backed by @actions/core; `redact` runs over every string before it is printed. */
export function coreAnnotationSink(redact: (text: string) => string = s => s): AnnotationSink {
  return {
    annotate(a: Annotation): void {
      const props: core.AnnotationProperties = {
        ...(a.title !== undefined ? { title: redact(a.title) } : {}),
        ...(a.file !== undefined ? { file: a.file } : {}),
        ...(a.startLine !== undefined ? { startLine: a.startLine } : {}),
        ...(a.endLine !== undefined ? { endLine: a.endLine } : {}),
        ...(a.startColumn !== undefined ? { startColumn: a.startColumn } : {}),
        ...(a.endColumn !== undefined ? { endColumn: a.endColumn } : {})
      }
      const message = redact(a.message)
      if (a.level === 'error') core.error(message, props)
      else if (a.level === 'warning') core.warning(message, props)
      else core.notice(message, props)
    }
  }
}

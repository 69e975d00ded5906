import type { Logger } from '../logger.js'
import type { Finding, GateResult, Severity, Verdict } from '../model.js'
import { effectiveRank, presentFinding, presentSeverity } from '../policy/severity.js'
import { compareFindings, type AnnotationCounts } from '../report/summary.js'
import { annotation, type CommandAnnotation } from './workflow-commands.js'

/**
 * PR / run annotations. The runner keeps at most 10 annotations of each level per step (and
 * GitHub 50 per job); everything past that is silently dropped. So what gets a slot is decided
 * here, against what the step has already used (the AnnotationLedger counts every warning and
 * error the logger printed as an annotation, such as one per failed scanner) and keeping one
 * `error` slot for the verdict's own `::error` (core.setFailed in src/main.ts), which is
 * printed last and would otherwise be the one GitHub drops:
 *
 * - failed gates → `error`, without a file (they are about the whole run), before any finding;
 * - findings, most severe first as each is treated (`unknown` as the unknown-severity setting),
 *   then tool → path → line; the level comes from policy/severity.ts, the same table SARIF,
 *   the SBOM and the summary use.
 *
 * A failed or timed-out scanner is not annotated here: the scan already logged it as a warning
 * (one is enough). Suppressed findings are not annotated: they do not count and would only take
 * slots. The summary says how many findings had no annotation.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice'

/**
 * One annotation, as GitHub's workflow command takes it: the position fields are the command's
 * (CommandAnnotation). `title` is e.g. `[bandit] B602: subprocess_popen_with_shell_equals_true`,
 * `file` a repo-relative posix path, and the columns are only sent when the annotation spans one
 * line (GitHub ignores them otherwise).
 */
export interface Annotation extends CommandAnnotation {
  level: AnnotationLevel
  /** Plain text (annotations are not markdown). */
  message: string
}

/** Where annotations go; tests pass an array-backed sink instead of mocking core. */
export interface AnnotationSink {
  annotate(annotation: Annotation): void
}

export interface AnnotateResult {
  /** Annotations sent, per level. */
  emitted: AnnotationCounts
  /** Findings that got no annotation (no slot left), per the level they would have had. */
  omitted: AnnotationCounts
}

export interface AnnotateOptions {
  /** Cap per level; the runner's is 10 per step. */
  perLevel?: number
  /** What `unknown` counts as (the unknown-severity setting): decides its level. */
  unknownSeverity: Severity
  /** Annotations the step has already used (logged warnings and errors); default none. */
  ledger?: AnnotationLedger
  /** Keep one `error` slot free: the verdict fails and will print its own `::error`. */
  reserveVerdictError?: boolean
}

/** The runner's per-step, per-level cap (runner ExecutionContext: 10 per issue type). */
export const ANNOTATIONS_PER_LEVEL = 10
const TITLE_MAX = 200
const MESSAGE_MAX = 2_000

const noCounts = (): AnnotationCounts => ({ error: 0, warning: 0, notice: 0 })

/**
 * Every annotation this step printed, per level: whoever prints one (the logger's warnings and
 * errors, the annotation sink, a notice) notes it here, so the finding annotations know how many
 * slots are left.
 */
export class AnnotationLedger {
  private readonly counts = noCounts()
  /** Notes one annotation of `level`. */
  note(level: AnnotationLevel): void {
    this.counts[level]++
  }
  /** Annotations noted so far, per level. */
  used(): AnnotationCounts {
    return { ...this.counts }
  }
}

/**
 * `inner` with its warnings and errors (annotations in the Action) noted in `ledger`; every
 * other member (the Action logger's script-output writer) is `inner`'s own.
 */
export function ledgerLogger<L extends Logger>(inner: L, ledger: AnnotationLedger): L {
  const wrapped = Object.create(inner) as L
  wrapped.warning = (m, p) => {
    ledger.note('warning')
    inner.warning(m, p)
  }
  wrapped.error = (m, p) => {
    ledger.note('error')
    inner.error(m, p)
  }
  return wrapped
}

/** The level a finding's annotation gets: policy/severity.ts decides, for every channel. */
export function levelForSeverity(severity: Severity, unknownSeverity: Severity): AnnotationLevel {
  return presentSeverity(severity, unknownSeverity).annotationLevel
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text
}

/** The annotation for one finding; secret findings carry only their masked preview. */
export function findingAnnotation(f: Finding, unknownSeverity: Severity): Annotation {
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
    level: presentFinding(f, unknownSeverity).annotationLevel,
    message: clip(message, MESSAGE_MAX),
    title: clip(`[${f.tool}] ${f.ruleId}: ${f.title}`, TITLE_MAX),
    file: path,
    startLine,
    endLine: endLine ?? startLine,
    ...(oneLine && startColumn !== undefined ? { startColumn } : {}),
    ...(oneLine && startColumn !== undefined && endColumn !== undefined ? { endColumn } : {})
  }
}

/** One planned annotation and whether it stands for a finding (for the summary's count). */
interface Planned {
  annotation: Annotation
  finding: boolean
}

/** Every candidate annotation in priority order (before the cap). */
export function planAnnotations(
  findings: readonly Finding[],
  gates: readonly GateResult[],
  unknownSeverity: Severity
): Annotation[] {
  return plan(findings, gates, unknownSeverity).map(p => p.annotation)
}

function plan(
  findings: readonly Finding[],
  gates: readonly GateResult[],
  unknownSeverity: Severity
): Planned[] {
  const out: Planned[] = []
  for (const g of gates) {
    if (!g.passed)
      out.push({
        annotation: {
          level: 'error',
          title: clip(`[runguard] gate failed: ${g.gate}`, TITLE_MAX),
          message: g.message
        },
        finding: false
      })
  }
  // Most severe as treated first: an unknown counted as high competes with the highs.
  const rank = (f: Finding): number => effectiveRank(f.severity, unknownSeverity)
  const ranked = findings
    .filter(f => !f.suppressed)
    .sort((a, b) => rank(b) - rank(a) || compareFindings(a, b))
  for (const f of ranked)
    out.push({ annotation: findingAnnotation(f, unknownSeverity), finding: true })
  return out
}

/**
 * Sends the annotations that still fit to `sink`, most important first: per level, the cap
 * minus what the step already used (`ledger`) minus the verdict's own error when it fails.
 * Returns how many were sent, and how many findings got none, per level.
 */
export function annotate(
  findings: readonly Finding[],
  gates: readonly GateResult[],
  verdict: Pick<Verdict, 'passed'>,
  sink: AnnotationSink,
  opts: AnnotateOptions
): AnnotateResult {
  const cap = opts.perLevel ?? ANNOTATIONS_PER_LEVEL
  const used = opts.ledger?.used() ?? noCounts()
  const reserve = opts.reserveVerdictError ?? !verdict.passed
  const room: AnnotationCounts = {
    error: Math.max(0, cap - used.error - (reserve ? 1 : 0)),
    warning: Math.max(0, cap - used.warning),
    notice: Math.max(0, cap - used.notice)
  }
  const emitted = noCounts()
  const omitted = noCounts()
  for (const { annotation, finding } of plan(findings, gates, opts.unknownSeverity)) {
    if (emitted[annotation.level] < room[annotation.level]) {
      sink.annotate(annotation)
      opts.ledger?.note(annotation.level)
      emitted[annotation.level]++
    } else if (finding) omitted[annotation.level]++
  }
  return { emitted, omitted }
}

/**
 * A sink printing core's annotation commands (./workflow-commands.ts); `redact` runs over every
 * string before it is printed.
 */
export function coreAnnotationSink(redact: (text: string) => string = s => s): AnnotationSink {
  return {
    annotate(a: Annotation): void {
      const props: CommandAnnotation = {
        ...(a.title !== undefined ? { title: redact(a.title) } : {}),
        ...(a.file !== undefined ? { file: a.file } : {}),
        ...(a.startLine !== undefined ? { startLine: a.startLine } : {}),
        ...(a.endLine !== undefined ? { endLine: a.endLine } : {}),
        ...(a.startColumn !== undefined ? { startColumn: a.startColumn } : {}),
        ...(a.endColumn !== undefined ? { endColumn: a.endColumn } : {})
      }
      const message = redact(a.message)
      annotation(a.level, message, props)
    }
  }
}

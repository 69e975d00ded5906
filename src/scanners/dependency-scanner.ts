import { errorMessage } from '../errors.js'
import type { ExecResult } from '../exec.js'
import type { Finding, ToolRun, ToolStatus } from '../model.js'
import { processFailure } from './support.js'
import type { Detection, ScanContext } from './types.js'

/**
 * The run shared by the dependency scanners (Safety, OSV-Scanner): a plan of one or more
 * invocations (a database view to prepare, a file or stdin per run, or one run for several
 * inputs), each process checked the same way, each output read by the tool's own interpreter,
 * findings merged once in the plan's input order, temporary files removed whatever happens.
 * Each adapter supplies the plan and the interpreter.
 */

/** One run of the tool. */
export interface DependencyInvocation {
  /** argv after the program. */
  args: string[]
  /** Written to stdin. */
  input?: string
  /**
   * What this run covers, prefixed to its messages: a file name, "lockfile pins", or the
   * inputs of a run that covers several. Also the key its reading is merged under.
   */
  label?: string
}

/** What one input's output means: findings, or why the run cannot be trusted. */
export type Interpretation =
  { findings: Finding[]; errors: string[] } | { failure: string; errors?: string[] }

/**
 * What one process's output means: one input's reading; one reading per input when the run
 * covered several; or runs to make instead, when the output cannot be split back per input.
 */
export type InvocationReading =
  | Interpretation
  | { parts: Array<{ label: string; read: Interpretation }> }
  | { rerun: DependencyInvocation[]; why: string }

/** The prepared scan. */
export interface DependencyScanPlan {
  invocations: DependencyInvocation[]
  /**
   * The inputs' labels in the order their findings are merged (the first of two findings with
   * one fingerprint is kept); default: the invocations' labels.
   */
  order?: string[]
  /** Set-up notes that do not fail the run (a stale database), shown in the summary. */
  warnings?: string[]
  /** Set-up notes kept with the tool's own errors. */
  errors?: string[]
  /** Removes what the plan created (a corrected database copy, a directory view). */
  cleanup?(): void
  /** Reads one invocation's result: the tool's exit codes and output format. */
  interpret(result: ExecResult, invocation: DependencyInvocation): InvocationReading
}

/** A scan that ends before any process runs: nothing to check, or a bad set-up. */
export interface DependencyScanStop {
  stop: Exclude<ToolStatus, 'ok' | 'timed-out'>
  reason: string
}

/** What a dependency-scanner adapter supplies to runDependencyScanner. */
export interface DependencyScannerSpec {
  tool: 'safety' | 'osv-scanner'
  plan(ctx: ScanContext, detection: Detection): DependencyScanPlan | DependencyScanStop
}

/** Runs a dependency scanner and turns every outcome into a ToolRun; never throws. */
export async function runDependencyScanner(
  spec: DependencyScannerSpec,
  ctx: ScanContext,
  detection: Detection
): Promise<ToolRun> {
  const { tool } = spec
  const started = performance.now()
  const redact = (text: string): string => ctx.redactor.redact(text)
  const finish = (
    run: Pick<ToolRun, 'status' | 'findings' | 'errors'> & {
      reason?: string
      warnings?: string[]
      command?: string[]
    }
  ): ToolRun => ({
    tool,
    ...(detection.version ? { version: detection.version } : {}),
    status: run.status,
    ...(run.reason !== undefined ? { reason: redact(run.reason) } : {}),
    durationMs: Math.round(performance.now() - started),
    findings: run.findings,
    errors: run.errors.map(redact),
    ...(run.warnings?.length ? { warnings: run.warnings.map(redact) } : {}),
    ...(run.command ? { command: run.command } : {})
  })

  let plan: DependencyScanPlan | undefined
  try {
    const planned = spec.plan(ctx, detection)
    if ('stop' in planned) {
      return finish({ status: planned.stop, reason: planned.reason, findings: [], errors: [] })
    }
    plan = planned
    const warnings = plan.warnings ?? []
    const setupErrors = plan.errors ?? []
    const labelled = (text: string, label: string | undefined): string =>
      label === undefined || label === '' ? text : `${label}: ${text}`
    const order = plan.order ?? plan.invocations.map(i => i.label ?? '')
    const reads = new Map<string, Interpretation>()
    // The readings so far, merged in input order: findings deduplicated by fingerprint (the
    // first kept), failures and errors labelled with their input.
    const merged = (): { findings: Finding[]; errors: string[]; failures: string[] } => {
      const findings: Finding[] = []
      const errors = [...setupErrors]
      const failures: string[] = []
      const seen = new Set<string>()
      for (const label of order) {
        const read = reads.get(label)
        if (read === undefined) continue
        errors.push(...(read.errors ?? []).map(e => labelled(e, label)))
        if ('failure' in read) {
          failures.push(labelled(read.failure, label))
          continue
        }
        for (const f of read.findings) {
          if (seen.has(f.fingerprint)) continue
          seen.add(f.fingerprint)
          findings.push(f)
        }
      }
      return { findings, errors, failures }
    }
    const [program = tool, ...prefix] = detection.command
    let command: string[] | undefined
    const queue = [...plan.invocations]
    for (let invocation = queue.shift(); invocation; invocation = queue.shift()) {
      const remaining = ctx.timeoutMs - (performance.now() - started)
      if (remaining <= 0 || ctx.signal?.aborted) {
        const { findings, errors } = merged()
        return finish({
          status: 'timed-out',
          reason: `${tool} did not finish within ${Math.round(ctx.timeoutMs / 1000)}s (stopped before ${invocation.label ?? 'its next run'})`,
          findings,
          errors,
          warnings,
          ...(command ? { command } : {})
        })
      }
      const args = [...prefix, ...invocation.args]
      command = [program, ...args]
      const result = await ctx.exec(program, args, {
        cwd: ctx.workspace,
        timeoutMs: remaining,
        ...(invocation.input !== undefined ? { input: invocation.input } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {})
      })
      // Could not start, timed out, killed, cut off: the next file would fare no better.
      const failure = processFailure(tool, result, remaining, ctx.redactor)
      if (failure) {
        const { findings, errors } = merged()
        return finish({
          status: failure.status,
          reason: labelled(failure.reason ?? `${tool} failed`, invocation.label),
          findings,
          errors,
          warnings,
          command
        })
      }
      const read = plan.interpret(result, invocation)
      if ('rerun' in read) {
        ctx.logger.debug(
          `${tool}: ${read.why}; running ${read.rerun.map(r => r.label ?? '?').join(', ')} one by one`
        )
        queue.push(...read.rerun)
        continue
      }
      if ('parts' in read) for (const part of read.parts) reads.set(part.label, part.read)
      else reads.set(invocation.label ?? '', read)
    }
    const { findings, errors, failures } = merged()
    const base = { findings, warnings, ...(command ? { command } : {}) }
    if (failures.length > 0) {
      return finish({
        ...base,
        status: 'failed',
        reason: failures[0],
        errors: [...failures.slice(1), ...errors]
      })
    }
    return finish({ ...base, status: 'ok', errors })
  } catch (error) {
    return finish({
      status: 'failed',
      reason: `${tool} adapter error: ${errorMessage(error)}`,
      findings: [],
      errors: []
    })
  } finally {
    plan?.cleanup?.()
  }
}

import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Logger } from '../logger.js'
import type { GateOutcome } from '../pipeline.js'
import { renderPrComment, renderSummary } from '../report/summary.js'
import { annotate, type AnnotationSink } from './annotations.js'
import type { GitHubContext } from './context.js'
import { setOutputs, type OutputSetter } from './outputs.js'
import { upsertPrComment, type UpsertPrCommentResult } from './pr-comment.js'
import { uploadSarif, type UploadSarifResult } from './upload-sarif.js'

export interface PublishDeps {
  logger: Logger
  context: GitHubContext
  annotations: AnnotationSink
  setOutput: OutputSetter
  writeSummary: (markdown: string) => Promise<boolean>
  /** How skips (fork PRs, read-only tokens) are announced; the Action passes core.notice. */
  notice?: (message: string) => void
  /** Processing-status polling (tests shorten it). */
  pollIntervalMs?: number
}

export interface PublishResult {
  upload?: UploadSarifResult
  comment?: UpsertPrCommentResult
  /** Reasons publishing adds to the verdict (an upload the user asked for that failed). */
  reasons: string[]
}

/**
 * Everything a user sees on GitHub, from one GateOutcome: annotations (capped), outputs, the job
 * summary (always), the code-scanning upload and the sticky PR comment when asked for. Every
 * text passes through the run's redactor.
 */
export async function publish(outcome: GateOutcome, deps: PublishDeps): Promise<PublishResult> {
  const { settings, redactor } = outcome
  const redact = (text: string): string => redactor.redact(text)
  const { context, logger } = deps
  const reasons: string[] = []
  const result: PublishResult = { reasons }

  const counts = settings.annotations
    ? annotate(outcome.findings, outcome.gates, outcome.verdict, {
        annotate: a =>
          deps.annotations.annotate({
            ...a,
            message: redact(a.message),
            ...(a.title !== undefined ? { title: redact(a.title) } : {})
          })
      })
    : undefined

  const sarifReport = outcome.reports.find(r => r.kind === 'sarif')
  const sbomReport = outcome.reports.find(r => r.kind === 'sbom')
  setOutputs(
    {
      verdict: outcome.verdict,
      ...(sarifReport ? { sarifFile: sarifReport.path } : {}),
      ...(sbomReport ? { sbomFile: sbomReport.path } : {}),
      ...(outcome.run ? { metrics: outcome.run.final } : {})
    },
    deps.setOutput,
    redact
  )

  if (settings.uploadSarif) {
    if (!sarifReport) {
      reasons.push(
        'upload-sarif is on but no SARIF was written (sarif-file is empty or writing failed)'
      )
    } else {
      result.upload = await uploadSarif({
        sarifPath: path.resolve(settings.workspace, sarifReport.path),
        ...(settings.githubToken ? { token: settings.githubToken } : {}),
        ...(context.repository ? { repository: context.repository } : {}),
        ...(context.sha ? { sha: context.sha } : {}),
        ...(context.uploadRef ? { ref: context.uploadRef } : {}),
        apiUrl: context.apiUrl,
        checkoutUri: pathToFileURL(settings.workspace).href,
        isFork: context.isFork,
        ...(deps.notice ? { notice: deps.notice } : {}),
        logger,
        ...(deps.pollIntervalMs !== undefined ? { pollIntervalMs: deps.pollIntervalMs } : {})
      })
      if (result.upload.status === 'failed')
        reasons.push(`SARIF upload failed: ${result.upload.reason ?? 'unknown error'}`)
    }
  }

  const summaryInput = {
    verdict: { ...outcome.verdict, reasons: [...outcome.verdict.reasons, ...reasons] },
    toolRuns: outcome.toolRuns,
    findings: outcome.findings,
    ...(outcome.run ? { metrics: outcome.run.final } : {}),
    ...(outcome.run && outcome.run.runs.length > 1 ? { runs: outcome.run.runs } : {}),
    gates: outcome.gates,
    warnings: outcome.warnings,
    expiringSuppressions: outcome.expiringSuppressions,
    reports: outcome.reports,
    ...(context.repoUrl ? { repoUrl: context.repoUrl } : {}),
    ...(context.linkSha ? { sha: context.linkSha } : {}),
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    ...(counts ? { annotationsOmitted: counts.omitted } : {})
  }

  if (settings.commentOnPr) {
    if (context.prNumber === undefined) {
      logger.info('comment-on-pr: not a pull request event, no comment written')
    } else {
      result.comment = await upsertPrComment({
        ...(settings.githubToken ? { token: settings.githubToken } : {}),
        ...(context.repository ? { repository: context.repository } : {}),
        issueNumber: context.prNumber,
        body: renderPrComment(summaryInput, { redact }),
        apiUrl: context.apiUrl,
        logger,
        ...(deps.notice ? { notice: deps.notice } : {})
      })
      if (result.comment.status === 'failed')
        logger.warning(`PR comment failed: ${result.comment.reason ?? 'unknown error'}`)
    }
  }

  // Written last and always, so it reflects the upload too.
  await deps.writeSummary(redact(renderSummary(summaryInput)))
  return result
}

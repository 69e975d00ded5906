import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { redactingLogger, type Logger } from '../logger.js'
import type { Publisher } from '../pipeline.js'
import { REDACTED, type Redactor } from '../redact.js'
import { renderPrComment } from '../report/summary.js'
import { annotate, type AnnotationLedger, type AnnotationSink } from './annotations.js'
import type { GitHubContext } from './context.js'
import { setOutputs, type OutputSetter } from './outputs.js'

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
  /** Annotations the step already printed (the logger's), so the findings' cap accounts for them. */
  ledger?: AnnotationLedger
}

/**
 * Everything a user sees on GitHub, as the pipeline's Publisher: the code-scanning upload
 * before the verdict (a failed upload the user asked for fails the gate), annotations (capped)
 * after it, then outputs, the sticky PR comment when asked for, and the job summary (always),
 * from the summary and the summary input rendered once. Every text passes through the run's
 * redactor, including what GitHub answers (error bodies, processing errors, Octokit's own
 * warnings), which can echo the token or a secret in any encoding.
 */
export function githubPublisher(deps: PublishDeps): Publisher {
  const { context } = deps
  // The redactor is the run's, known only once a run calls; the logger and the notices of
  // each step go through it (the client's own token-only redaction is a second line).
  const through = (redactor: Redactor) => {
    const redact = (text: string): string => redactor.redact(text)
    const notice = deps.notice
    return {
      redact,
      logger: redactingLogger(deps.logger, redact),
      // A notice is an annotation too: it takes a slot of the step's notices.
      ...(notice
        ? {
            notice: (m: string): void => {
              deps.ledger?.note('notice')
              notice(redact(m))
            }
          }
        : {})
    }
  }
  return {
    async deliver({ settings, reports, redactor }): Promise<string[]> {
      const { redact, logger, notice } = through(redactor)
      if (!settings.uploadSarif) return []
      const sarifReport = reports.find(r => r.kind === 'sarif')
      if (!sarifReport)
        return [
          'upload-sarif is on but no SARIF was written (sarif-file is empty or writing failed)'
        ]
      // The GitHub client (Octokit, its plugins) loads only when it is used: not at start-up.
      const { uploadSarif } = await import('./upload-sarif.js')
      const upload = await uploadSarif({
        sarifPath: path.resolve(settings.workspace, sarifReport.path),
        ...(settings.githubToken ? { token: settings.githubToken } : {}),
        ...(context.repository ? { repository: context.repository } : {}),
        ...(context.sha ? { sha: context.sha } : {}),
        ...(context.uploadRef ? { ref: context.uploadRef } : {}),
        apiUrl: context.apiUrl,
        checkoutUri: pathToFileURL(settings.workspace).href,
        isFork: context.isFork,
        ...(notice ? { notice } : {}),
        logger,
        ...(deps.pollIntervalMs !== undefined ? { pollIntervalMs: deps.pollIntervalMs } : {})
      })
      return upload.status === 'failed'
        ? [redact(`SARIF upload failed: ${upload.reason ?? 'unknown error'}`)]
        : []
    },

    annotate(decided) {
      if (!decided.settings.annotations) return undefined
      const redact = (text: string): string => decided.redactor.redact(text)
      const sink: AnnotationSink = {
        annotate: ({ file, ...a }) =>
          deps.annotations.annotate({
            ...a,
            // A path whose secret was redacted names no real file: the annotation goes on the run.
            ...(file !== undefined && redact(file) === file && !file.includes(REDACTED)
              ? { file }
              : {}),
            message: redact(a.message),
            ...(a.title !== undefined ? { title: redact(a.title) } : {})
          })
      }
      return annotate(decided.findings, decided.gates, decided.verdict, sink, {
        unknownSeverity: decided.settings.unknownSeverity,
        ...(deps.ledger ? { ledger: deps.ledger } : {}),
        // src/main.ts prints the verdict's ::error whenever the run does not pass.
        reserveVerdictError: !decided.verdict.passed || decided.exitCode !== 0
      }).omitted
    },

    async finish(outcome): Promise<void> {
      const { settings } = outcome
      const { redact, logger, notice } = through(outcome.redactor)
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
      if (settings.commentOnPr) {
        if (context.prNumber === undefined) {
          logger.info('comment-on-pr: not a pull request event, no comment written')
        } else {
          const { upsertPrComment } = await import('./pr-comment.js')
          const comment = await upsertPrComment({
            ...(settings.githubToken ? { token: settings.githubToken } : {}),
            ...(context.repository ? { repository: context.repository } : {}),
            issueNumber: context.prNumber,
            body: renderPrComment(outcome.summaryInput, { redact }),
            apiUrl: context.apiUrl,
            logger,
            ...(notice ? { notice } : {})
          })
          if (comment.status === 'failed')
            logger.warning(`PR comment failed: ${comment.reason ?? 'unknown error'}`)
        }
      }
      // Written last and always; it already reflects the upload (decided before it was rendered).
      await deps.writeSummary(outcome.summary)
    }
  }
}

import * as core from '@actions/core'
import { layerFromInputs } from './config/action-inputs.js'
import { loadSettings } from './config/load.js'
import { ConfigurationError, errorMessage } from './errors.js'
import { actionsLogger } from './github/action-logger.js'
import { AnnotationLedger, coreAnnotationSink, ledgerLogger } from './github/annotations.js'
import { readGitHubContext } from './github/context.js'
import { coreOutputs, writeJobSummary } from './github/outputs.js'
import { githubPublisher } from './github/publish.js'
import { contextFromGitHub } from './history/context.js'
import { runGate } from './pipeline.js'

/**
 * The Action: inputs → Settings → runGate (which publishes to GitHub through the publisher) →
 * setFailed once, for any thrown value. `signal` aborts the run (job cancellation); the
 * reports are still written.
 */
export async function run(signal?: AbortSignal): Promise<void> {
  // Every warning and error the run logs is an annotation: the ledger counts them so the
  // findings' annotations and the verdict's ::error still fit GitHub's cap.
  const ledger = new AnnotationLedger()
  const logger = ledgerLogger(actionsLogger(), ledger)
  try {
    const context = readGitHubContext(process.env)
    const { layer, configPath } = layerFromInputs(name => core.getInput(name))
    const settings = loadSettings({
      inline: layer,
      fixed: { mode: 'gate', runtime: 'action' },
      workspace: context.workspace ?? process.cwd(),
      ...(configPath ? { configPath, configSource: { kind: 'input', name: 'config' } } : {})
    })
    if (settings.githubToken) core.setSecret(settings.githubToken)
    // The redactor is the run's; annotations are redacted by the publisher before the sink.
    const outcome = await runGate(settings, {
      logger,
      // The script's output goes out with workflow commands stopped (github/action-logger.ts).
      onLine: (stream, line) => logger.scriptLine(stream, line),
      ...(signal ? { signal } : {}),
      // Loaded only when a tool has to be installed.
      download: async url => (await import('@actions/tool-cache')).downloadTool(url),
      links: {
        ...(context.repoUrl ? { repoUrl: context.repoUrl } : {}),
        ...(context.linkSha ? { sha: context.linkSha } : {}),
        ...(context.runUrl ? { runUrl: context.runUrl } : {})
      },
      historyContext: contextFromGitHub(context),
      publisher: githubPublisher({
        logger,
        context,
        annotations: coreAnnotationSink(),
        setOutput: coreOutputs(),
        writeSummary: markdown => writeJobSummary(markdown, logger),
        notice: message => core.notice(message),
        ledger
      })
    })
    logger.closeScriptOutput()
    const { verdict, exitCode, redactor } = outcome
    if (!verdict.passed || exitCode !== 0) {
      core.setFailed(
        redactor.redact(
          `runguard: the gate failed (exit code ${exitCode}):\n` +
            verdict.reasons.map(r => `- ${r}`).join('\n')
        )
      )
    }
  } catch (error) {
    logger.closeScriptOutput()
    // The failure must not be folded away inside the section that was open.
    logger.phase(undefined)
    core.setFailed(
      error instanceof ConfigurationError
        ? `runguard: configuration error: ${error.message}`
        : `runguard: ${errorMessage(error)}`
    )
  }
}

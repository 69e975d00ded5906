import * as core from '@actions/core'
import { layerFromInputs } from './config/action-inputs.js'
import { loadSettings } from './config/load.js'
import { ConfigurationError, errorMessage } from './errors.js'
import { actionsLogger } from './github/action-logger.js'
import { coreAnnotationSink } from './github/annotations.js'
import { readGitHubContext } from './github/context.js'
import { coreOutputs, writeJobSummary } from './github/outputs.js'
import { publish } from './github/publish.js'
import { runGate } from './pipeline.js'

/**
 * The Action: inputs → Settings → runGate → publish → setFailed once, for any thrown value
 * (STYLE.md 7). `signal` aborts the run (job cancellation); the reports are still written.
 */
export async function run(signal?: AbortSignal): Promise<void> {
  const logger = actionsLogger()
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
    const outcome = await runGate(settings, {
      logger,
      // The script's output goes out with workflow commands stopped (src/github/action-logger.ts).
      onLine: (stream, line) => logger.scriptLine(stream, line),
      ...(signal ? { signal } : {}),
      links: {
        ...(context.repoUrl ? { repoUrl: context.repoUrl } : {}),
        ...(context.linkSha ? { sha: context.linkSha } : {}),
        ...(context.runUrl ? { runUrl: context.runUrl } : {})
      }
    })
    logger.closeScriptOutput()
    const published = await publish(outcome, {
      logger,
      context,
      annotations: coreAnnotationSink(text => outcome.redactor.redact(text)),
      setOutput: coreOutputs(),
      writeSummary: markdown => writeJobSummary(markdown, logger),
      notice: message => core.notice(message)
    })
    const reasons = [...outcome.verdict.reasons, ...published.reasons]
    if (reasons.length > 0 || outcome.exitCode !== 0) {
      core.setFailed(
        outcome.redactor.redact(
          `runguard: the gate failed (exit code ${outcome.exitCode}):\n` +
            reasons.map(r => `- ${r}`).join('\n')
        )
      )
    }
  } catch (error) {
    logger.closeScriptOutput()
    core.setFailed(
      error instanceof ConfigurationError
        ? `runguard: configuration error: ${error.message}`
        : `runguard: ${errorMessage(error)}`
    )
  }
}

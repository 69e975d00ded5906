import * as core from '@actions/core'
import { downloadTool } from '@actions/tool-cache'
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
 * (STYLE.md 7).
 */
export async function run(): Promise<void> {
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
    const logger = actionsLogger()
    const outcome = await runGate(settings, {
      logger,
      download: url => downloadTool(url),
      links: {
        ...(context.repoUrl ? { repoUrl: context.repoUrl } : {}),
        ...(context.linkSha ? { sha: context.linkSha } : {}),
        ...(context.runUrl ? { runUrl: context.runUrl } : {})
      }
    })
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
    core.setFailed(
      error instanceof ConfigurationError
        ? `runguard: configuration error: ${error.message}`
        : `runguard: ${errorMessage(error)}`
    )
  }
}

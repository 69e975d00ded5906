import { layerFromInputs } from './config/action-inputs.js'
import { loadSettings } from './config/load.js'
import { ConfigurationError, errorMessage } from './errors.js'
import { actionsLogger } from './github/action-logger.js'
import { AnnotationLedger, coreAnnotationSink, ledgerLogger } from './github/annotations.js'
import { readGitHubContext, type GitHubContext } from './github/context.js'
import { getInput, setSecret } from './github/workflow-commands.js'
import { contextFromGitHub } from './history/context.js'
import type { Logger } from './logger.js'
import { runGate, type Publisher } from './pipeline.js'

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
    const { layer, configPath } = layerFromInputs(name => getInput(name))
    const settings = await loadSettings({
      inline: layer,
      fixed: { mode: 'gate', runtime: 'action' },
      workspace: context.workspace ?? process.cwd(),
      ...(configPath ? { configPath, configSource: { kind: 'input', name: 'config' } } : {})
    })
    if (settings.githubToken) setSecret(settings.githubToken)
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
      publisher: lazyPublisher(() => publisher(logger, context, ledger))
    })
    logger.closeScriptOutput()
    const { verdict, exitCode, redactor } = outcome
    if (!verdict.passed || exitCode !== 0) {
      const core = await import('@actions/core')
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
    const core = await import('@actions/core')
    core.setFailed(
      error instanceof ConfigurationError
        ? `runguard: configuration error: ${error.message}`
        : `runguard: ${errorMessage(error)}`
    )
  }
}

/**
 * The GitHub publisher with @actions/core behind it (outputs, job summary, notices). Loaded at
 * the publisher's first step, after the scanners and the script: core brings
 * @actions/http-client and undici, and nothing before publishing needs them (the log lines,
 * masks and annotations are written by ./github/workflow-commands.ts, as core writes them).
 */
async function publisher(
  logger: Logger,
  context: GitHubContext,
  ledger: AnnotationLedger
): Promise<Publisher> {
  // One after the other: jest's ESM loader fails on concurrent imports that share modules.
  const core = await import('@actions/core')
  const { coreOutputs, writeJobSummary } = await import('./github/outputs.js')
  const { githubPublisher } = await import('./github/publish.js')
  return githubPublisher({
    logger,
    context,
    annotations: coreAnnotationSink(),
    setOutput: coreOutputs(),
    writeSummary: markdown => writeJobSummary(markdown, logger),
    notice: message => core.notice(message),
    ledger
  })
}

/**
 * A Publisher loaded by its first step. runGate calls deliver, annotate and finish once each,
 * in that order (pipeline.ts), so deliver, the only async first step, loads it.
 */
function lazyPublisher(load: () => Promise<Publisher>): Publisher {
  let loaded: Publisher | undefined
  const ready = (): Publisher => {
    if (!loaded) throw new Error('the publisher was used before its deliver step')
    return loaded
  }
  return {
    deliver: async written => {
      loaded ??= await load()
      return loaded.deliver(written)
    },
    annotate: decided => ready().annotate(decided),
    finish: outcome => ready().finish(outcome)
  }
}

import path from 'node:path'
import type { Settings } from './config/schema.js'
import { ConfigurationError, errorMessage, type ExitCode } from './errors.js'
import { execFile, type ExecFn } from './exec.js'
import { loadBaseline, saveBaseline } from './gates/baseline.js'
import type { BaselineData } from './gates/metrics-file.js'
import { evaluatePerformance, type PerformanceOutcome } from './gates/evaluate.js'
import { collectFingerprint, type RunnerFingerprint } from './gates/fingerprint.js'
import { decide } from './gates/verdict.js'
import type { EnvironmentStage, EnvironmentStageResult } from './inventory/environment-stage.js'
import { summarizeEnvironment } from './inventory/environment-summary.js'
import type { EnvironmentInventory } from './inventory/installed.js'
import { redactingLogger, type Logger } from './logger.js'
import type { HistoryContext, HistorySession } from './history/index.js'
import type { Inventory } from './inventory/index.js'
import type {
  Component,
  Finding,
  GateResult,
  ToolName,
  ToolRun,
  UncheckedGate,
  Verdict
} from './model.js'
import { loadBaselineSarif } from './policy/baseline-sarif.js'
import { loadWorkspaceIgnoreFile, emptyIgnoreFile, type IgnoreFile } from './policy/ignore-file.js'
import { baseCommit, changedSuppressions, readAtCommit } from './trust/trusted-config.js'
import type { ExpiringSuppression, PolicyResult } from './policy/policy.js'
import { createRedactor, redactData, secretValuesFromEnv, type Redactor } from './redact.js'
import { formatMetricsJson } from './report/metrics-json.js'
import type { AnnotationCounts, ReportRef, SummaryInput } from './report/summary.js'
import { preflightScript, runScript, scrubEnvironment, type RunOutcome } from './runner/index.js'
import { otlpHeaderSecrets, telemetryRequested } from './telemetry/enabled.js'
import { openTextFile, writeTextFile } from './util/write-file.js'
import { readWorkspaceText } from './util/paths.js'
import { RUNGUARD_VERSION } from './version.js'

/** What runGate needs from its caller; everything has a default except the logger. */
export interface GateDeps {
  logger: Logger
  exec?: ExecFn
  /** Environment the script and tools start from (default process.env). */
  env?: NodeJS.ProcessEnv
  /** Live script output, already redacted (default: logger.info). */
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void
  /** "Now", for suppression expiry (tests pin it). */
  now?: () => Date
  signal?: AbortSignal
  /** Downloads a tool release binary (the Action passes the toolkit's; see InstallOptions). */
  download?: (url: string) => Promise<string>
  /** Links for the summary (Action: repository URL, head sha, run URL). */
  links?: { repoUrl?: string; sha?: string; runUrl?: string }
  /**
   * Loads what the caller needs once the run ends (the CLI: its result table), called once the
   * script runs so that it loads meanwhile; nothing may be built or printed there.
   */
  whileScriptRuns?: () => Promise<unknown>
  /** Where the outcome goes besides the report files (the Action: GitHub); the CLI has none. */
  publisher?: Publisher
  /** What the run history records of this run (the Action: GitHub's context; CLI: from git). */
  historyContext?: HistoryContext
}

/**
 * Publishing, in the three steps the verdict and the summary sit between (the Action's
 * implementation is src/github/publish.ts). runGate calls each once, in this order.
 */
export interface Publisher {
  /**
   * After the reports are written, before the verdict: deliveries whose failure fails the gate
   * (the SARIF upload the user asked for). Returns one error line per failure.
   */
  deliver(written: {
    settings: Settings
    reports: readonly ReportRef[]
    /** The run's redactor: everything the delivery logs or returns passes through it. */
    redactor: Redactor
  }): Promise<string[]>
  /** After the verdict: annotations. Returns how many GitHub will not show (for the summary). */
  annotate(decided: DecidedRun): AnnotationCounts | undefined
  /** Last, from the summary rendered once: outputs, the PR comment, the job summary. */
  finish(outcome: GateOutcome): Promise<void>
}

/** Everything one run produced and decided, before the summary is rendered. */
export interface DecidedRun {
  settings: Settings
  verdict: Verdict
  exitCode: ExitCode
  toolRuns: ToolRun[]
  /** Reportable findings after policy (suppressed ones flagged). */
  findings: Finding[]
  /** The findings the verdict counted (deduplicated, not suppressed, new). */
  counted: Finding[]
  components: Component[]
  /** The installed environment the script used, when it was read (SBOM, summary). */
  environment?: EnvironmentInventory
  run?: RunOutcome
  performance?: PerformanceOutcome
  /** Security policy result (absent when evaluation crashed). */
  policy?: PolicyResult
  gates: GateResult[]
  warnings: string[]
  /**
   * What the change did to the gate (settings it tried to alter, suppressions it added in the
   * ignore file or inline); also among `warnings`.
   */
  gateChanges?: string[]
  expiringSuppressions: ExpiringSuppression[]
  /** Report files written (paths as configured). */
  reports: ReportRef[]
  redactor: Redactor
}

/** Everything one run produced; the entry points print and publish from it. */
export interface GateOutcome extends DecidedRun {
  /** The one input both the summary and the PR comment are rendered from. */
  summaryInput: SummaryInput
  /** The markdown summary, rendered once (job summary, and summary-file when set), redacted. */
  summary: string
}

/**
 * The orchestration shared by the Action and the CLI: scanners first (so their load does not
 * disturb the script's metrics), then the script, then gates and policy, then every report
 * (a crashed tool or script still leaves every report), then the deliveries, then the verdict,
 * decided once from the results and every error writing or delivering them, then the summary,
 * rendered once from that verdict.
 */
export async function runGate(settings: Settings, deps: GateDeps): Promise<GateOutcome> {
  const env = deps.env ?? process.env
  const exec = deps.exec ?? execFile
  const now = deps.now?.() ?? new Date()
  const startedMs = Date.now()
  const workspace = settings.workspace
  // The CLI takes the webhook from the environment only (a URL with a token is a secret).
  const alertWebhook = settings.alertWebhook ?? cliAlertWebhook(settings, env)
  const resolve = (p: string): string => path.resolve(workspace, p)
  const redactor = createRedactor(
    [
      ...settings.secrets,
      ...secretValuesFromEnv(env),
      ...(settings.githubToken ? [settings.githubToken] : []),
      ...(alertWebhook ? [alertWebhook] : []),
      ...otlpHeaderSecrets(env)
    ],
    // The detector (its rules build their expressions as they load) is loaded by ready():
    // `runguard run` has the runner load it once the script runs (runner/attempt.ts),
    // every other mode waits here, before its first line.
    { load: async () => (await import('./secrets/index.js')).detectSecretValues },
    value => deps.logger.registerSecret(value)
  )
  if (settings.mode !== 'run') await redactor.ready()
  // Every line any part of runguard logs passes through the redactor.
  const logger = redactingLogger(deps.logger, text => redactor.redact(text))
  const warnings: string[] = []
  let toolRuns: ToolRun[] = []
  let components: Component[] = []
  let run: RunOutcome | undefined
  let runnerError: string | undefined
  let environmentStage: EnvironmentStage | undefined
  let environment: EnvironmentStageResult | undefined
  const environmentErrors: string[] = []
  let scannersStartedMs: number | undefined
  // Modules loaded ahead while the scanners run; awaited before the same modules are imported
  // where they are used (jest's ESM loader fails on concurrent imports that share modules).
  let preloaded: Promise<void> = Promise.resolve()

  logger.phase?.('runguard: set-up')
  // Config files are read before anything runs: a typo must not cost a ten-minute scan.
  const suppressions = await loadSuppressions(settings, env)
  const ignore = suppressions.ignore
  // What the change did to the gate: a warning, and its own section of the PR comment.
  const gateChanges = [...suppressions.warnings]
  // Inline suppressions the change adds are as much a change to the gate as ignore entries.
  if (suppressions.base !== undefined && settings.scanners.length > 0) {
    // It logs, and a logged line needs the detector.
    await redactor.ready()
    const { addedInlineSuppressions } = await import('./trust/inline-suppressions.js')
    gateChanges.push(
      ...(await addedInlineSuppressions({
        exec,
        logger,
        workspace,
        base: suppressions.base,
        ...(deps.signal ? { signal: deps.signal } : {})
      }))
    )
  }
  warnings.push(...gateChanges)
  const baselineSarif = settings.baselineSarif
    ? loadBaselineSarif(resolve(settings.baselineSarif))
    : undefined
  if (settings.mode === 'run' && !settings.script) {
    throw new ConfigurationError(
      'no script to run: pass it after --, or set script in .runguard.yml',
      { field: 'script' }
    )
  }
  // A missing program or an unmet `isolation: required` must not cost a whole scan first.
  const preflight =
    settings.mode !== 'scan' && settings.script ? preflightScript(settings, env) : undefined
  // The baseline too, before the script runs: the script must not be able to rewrite it.
  const fingerprint = collectFingerprint()
  let baseline: BaselineData | undefined
  if (settings.mode !== 'scan' && settings.script && settings.baseline) {
    const loaded = await loadBaseline(resolve(settings.baseline), fingerprint)
    warnings.push(...loaded.warnings)
    if (loaded.status === 'loaded') baseline = loaded.baseline
  }
  // The run history too (and only when it is on: its code loads here, not at start-up).
  const history =
    settings.history === 'off'
      ? undefined
      : await redactor
          .ready()
          .then(() => openRunHistory(settings, logger, exec, env, deps.historyContext))
  if (history) warnings.push(...history.warnings)
  // Alerts fire on a change from the previous recorded run: without a history there is none,
  // and a webhook that never fires must not look like a quiet success.
  else if (alertWebhook)
    warnings.push(
      'alert-webhook is set but history is off, so no alert can be sent: set history (auto, local or git) to enable alerts'
    )

  if (settings.mode !== 'run') {
    // Loaded here, not up front: `runguard run` needs neither (bundle chunks of their own).
    // One after the other: jest's ESM loader fails on concurrent imports that share modules.
    const { runScanners, prepareScanners, loadInTurn } = await import('./scanners/run.js')
    await prepareScanners(settings.scanners)
    // Read while the scanners run: only OSV-Scanner and Safety wait for it (scanners/run.ts). The
    // inventory's and the environment's code loads once runScanners has spawned the first tool
    // (packageurl-js alone builds an Intl.Collator as it loads): startReading below.
    let startReading = (): void => undefined
    const spawned = new Promise<void>(resolve => (startReading = resolve))
    // Neither is read when nothing this run produces reads it (inventoryUse below).
    const use = inventoryUse(settings, deps.publisher !== undefined)
    const reading = use.manifests
      ? spawned
          .then(() => loadInTurn(() => import('./inventory/index.js')))
          .then(m => m.discoverComponents(workspace, settings.paths, logger, settings.exclude))
      : Promise.resolve(NO_MANIFESTS)
    // The installed environment is read while the manifests are and the other scanners run;
    // only OSV-Scanner and Safety wait for its pins. A failed load is thrown below.
    const staging = use.environment
      ? spawned
          .then(() => loadInTurn(() => import('./inventory/environment-stage.js')))
          .then(({ startEnvironmentStage }) =>
            startEnvironmentStage({
              settings,
              exec,
              env: scrubEnvironment(env, []),
              logger,
              manifest: reading,
              ...(deps.signal ? { signal: deps.signal } : {})
            })
          )
      : undefined
    logger.phase?.('runguard: scanners')
    scannersStartedMs = Date.now()
    const scanning = runScanners({
      settings,
      logger,
      exec,
      env: scrubEnvironment(env, []),
      redactor,
      components: reading.then(i => i.components),
      ...(staging
        ? {
            installed: staging.then(
              stage => stage.feed,
              () => undefined
            )
          }
        : {}),
      ...(deps.signal ? { signal: deps.signal } : {}),
      ...(deps.download ? { download: deps.download } : {})
    })
    // The first tool is spawned by now (prepareScanners loaded its adapter up front).
    startReading()
    // Queued after the inventory's code, so they load while the slowest tool runs.
    preloaded = preloadLaterModules(settings, use.environment, loadInTurn)
    // Awaited below, after the inventory: marked handled now so that an early rejection (a
    // tools-dir inside the workspace) is not reported as unhandled meanwhile.
    scanning.catch(() => undefined)
    const inventory = await reading.catch(async (e: unknown) => {
      await scanning
      throw e
    })
    components = inventory.components
    toolRuns = await scanning
    environmentStage = await staging
    if (environmentStage) {
      environment = await environmentStage.result
      await environmentStage.cleanup()
      warnings.push(...environment.warnings)
      environmentErrors.push(...environment.errors)
      const { withDependencyContext } = await import('./inventory/installed.js')
      const inventoryOfEnv = environment.inventory
      toolRuns = toolRuns.map(t => ({
        ...t,
        findings: withDependencyContext(t.findings, inventoryOfEnv, components)
      }))
    }
    // Unpinned or unversioned dependencies cannot be matched against advisories: say so, or
    // say which version the environment supplied instead.
    const envInventory = environment?.inventory
    const { restateUnpinned } = envInventory
      ? await import('./inventory/installed.js')
      : { restateUnpinned: (w: string): string => w }
    const manifestWarnings = inventory.warnings.map(w => restateUnpinned(w, envInventory))
    for (const w of manifestWarnings) logger.warning(`dependencies: ${w}`)
    const shown = manifestWarnings.slice(0, 10).map(w => `dependencies: ${w}`)
    if (manifestWarnings.length > shown.length)
      shown.push(
        `dependencies: ${manifestWarnings.length - shown.length} more warning(s) in the log`
      )
    warnings.push(...shown)
    // Notes that do not fail a tool (a stale offline database) belong in the summary.
    warnings.push(...toolRuns.flatMap(t => (t.warnings ?? []).map(w => `${t.tool}: ${w}`)))
  }

  if (settings.mode !== 'scan') {
    if (!settings.script) {
      warnings.push('no script configured: performance gates were not checked')
    } else {
      // The script's output has its own group (github/action-logger.ts).
      logger.phase?.('runguard: script', { grouped: false })
      await preloaded
      // Only a gate's script with the installed environment read has its imports recorded.
      const imports = environment?.inventory
        ? (await import('./inventory/loaded-stage.js')).startImportRecord(
            settings,
            environment.inventory,
            logger
          )
        : undefined
      try {
        run = await runScript({
          settings,
          logger,
          redactor,
          ...(preflight ? { preflight } : {}),
          env,
          ...(imports?.scriptEnv ? { scriptEnv: imports.scriptEnv } : {}),
          onStarted: () => {
            // What the end needs loads while the script runs, not after it (see endModules).
            preloaded = preloaded.then(() => endModules(deps))
          },
          onLine:
            deps.onLine ??
            ((stream, line) => logger.info(stream === 'stderr' ? `[stderr] ${line}` : line)),
          ...(deps.signal ? { signal: deps.signal } : {})
        })
      } catch (error) {
        if (error instanceof ConfigurationError) {
          imports?.discard()
          throw error
        }
        // The runner may have failed before it loaded the detector.
        await redactor.ready()
        runnerError = redactor.redact(errorMessage(error))
        logger.error(`the runner failed: ${runnerError}`)
      }
      if (imports && environment?.inventory) {
        const seen = await imports.finish(toolRuns, environment.inventory)
        toolRuns = seen.toolRuns
        environment = { ...environment, inventory: seen.inventory }
        warnings.push(...seen.notes.map(n => `import record: ${n}`))
      }
    }
  }

  // Loaded by now unless no script ran (then it loads here, before anything is logged).
  await redactor.ready()
  await preloaded
  // From here on nothing may stop the reports from being written.
  const errors: string[] = [...environmentErrors]
  let performance: PerformanceOutcome | undefined
  let policy: PolicyResult | undefined
  const readFile = fileReader(workspace)
  try {
    if (run) {
      performance = evaluatePerformance({
        specs: settings.gates,
        runs: run.runs.length > 0 ? run.runs : [run.final],
        ...(baseline ? { baseline } : {}),
        regressionThreshold: settings.regressionThreshold,
        regressionThresholds: settings.regressionThresholds
      })
      warnings.push(...performance.warnings)
    }
    const { applyPolicy } = await import('./policy/policy.js')
    policy = applyPolicy({
      findings: toolRuns.flatMap(t => t.findings),
      settings,
      ignore,
      ...(baselineSarif ? { baseline: baselineSarif } : {}),
      today: now,
      readFile
    })
    if (policy) policy = await withLicensePolicy(policy, settings, environment, warnings)
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    // A bug in evaluation must still fail closed and leave reports behind.
    const message = redactor.redact(errorMessage(error))
    logger.error(`runguard could not evaluate the results: ${message}`)
    errors.push(`internal error while evaluating results: ${message}`)
  }
  const gates = [...(performance?.gates ?? [])]
  // A trend regression is a gate like a baseline regression; only a script that succeeded is
  // compared (a failed run's numbers are not the script's).
  let trendNote: string | undefined
  if (history && performance && run?.final.success) {
    try {
      const trend = history.trend(
        performance.aggregate.values,
        fingerprint,
        performance.notObserved
      )
      gates.push(...trend.gates)
      trendNote = trend.note
    } catch (error) {
      warnings.push(
        `history: the trend could not be computed: ${redactor.redact(errorMessage(error))}`
      )
    }
  }
  // Redaction on the raw data, before any report encodes it: a secret in a file
  // name or a tool message becomes `***` here, so no escaping can hide it from the redactor.
  if (redactor.size > 0) {
    const clean = (text: string): string => redactor.redactKnown(text)
    toolRuns = redactData(toolRuns, clean)
    if (policy) policy = { ...policy, findings: redactData(policy.findings, clean) }
  }
  const findings = policy?.findings ?? toolRuns.flatMap(t => t.findings)

  logger.phase?.('runguard: gates and reports')
  await preloaded
  const written = await writeReports(
    {
      settings,
      run,
      toolRuns,
      findings,
      components,
      gates,
      policy,
      fingerprint,
      readFile,
      ...(environment?.inventory ? { environment: environment.inventory } : {}),
      ...(performance?.unchecked.length ? { unchecked: performance.unchecked } : {})
    },
    { logger, redactor, resolve }
  )
  errors.push(...written.errors)
  warnings.push(...written.warnings)
  // Opened now so that a summary file that cannot be written is part of the verdict.
  let writeSummaryFile: ((text: string) => Promise<void>) | undefined
  if (settings.summaryFile) {
    try {
      writeSummaryFile = await openTextFile(resolve(settings.summaryFile), settings.workspace)
    } catch (error) {
      errors.push(writeError('summary', settings.summaryFile, error, redactor, logger))
    }
  }
  if (deps.publisher) {
    logger.phase?.('runguard: publish')
    const failures = await deps.publisher.deliver({ settings, reports: written.reports, redactor })
    errors.push(...failures.map(f => redactor.redact(f)))
  }

  const { verdict, exitCode } = decide({
    gates,
    toolRuns,
    ...(policy ? { policy: policy.outcome } : {}),
    failOnToolError: settings.failOnToolError,
    requireTools: settings.requireTools,
    failOnUnscanned: settings.failOnUnscanned,
    warnings,
    ...(run && !run.final.success
      ? {
          scriptFailed: {
            exitCode: run.final.exit_code,
            timedOut: run.final.timedOut,
            ...(run.final.cancelled ? { cancelled: true } : {})
          }
        }
      : {}),
    ...(runnerError ? { runnerError } : {}),
    errors
  })
  const decided: DecidedRun = {
    settings,
    verdict,
    exitCode,
    toolRuns,
    findings,
    counted: policy?.counted ?? [],
    components,
    ...(environment?.inventory ? { environment: environment.inventory } : {}),
    ...(run ? { run } : {}),
    ...(performance ? { performance } : {}),
    ...(policy ? { policy } : {}),
    gates,
    warnings: [...new Set([...warnings, ...verdict.warnings])],
    gateChanges,
    expiringSuppressions: policy?.expiring ?? [],
    reports: written.reports,
    redactor
  }
  // Recorded once decided (the record holds the verdict); never changes it.
  const trendSection = history
    ? await recordRun(history, decided, {
        timestamp: now,
        fingerprint,
        ...(performance ? { performance } : {}),
        ...(trendNote ? { trendNote } : {}),
        ...(alertWebhook ? { alertWebhook } : {})
      })
    : undefined
  // OpenTelemetry (OTEL_EXPORTER_OTLP_*): the decided run as a trace and metrics; a failed
  // export is a warning. The SDK loads only when asked for.
  if (telemetryRequested(env)) {
    const { exportTelemetry } = await import('./telemetry/index.js')
    const times = { started: startedMs, ended: Date.now() }
    const scanners = scannersStartedMs === undefined ? {} : { scannersStarted: scannersStartedMs }
    decided.warnings.push(
      ...(await exportTelemetry(decided, { ...times, ...scanners }, env, logger))
    )
  }
  const annotationsOmitted = deps.publisher?.annotate(decided)
  const summaryInput = {
    ...summaryInputOf(decided, deps.links ?? {}, annotationsOmitted),
    ...(trendSection ? { trend: trendSection } : {})
  }
  // Rendered (and redacted) on first read: the CLI with no summary file and no publisher never
  // reads it, and the detector pass over the whole summary is not free.
  let summary: string | undefined
  const { renderSummary } = await import('./report/summary.js')
  const renderedSummary = (): string => (summary ??= redactor.redact(renderSummary(summaryInput)))
  const reports = [...written.reports]
  if (writeSummaryFile && settings.summaryFile) {
    try {
      await writeSummaryFile(renderedSummary())
      reports.push({ kind: 'summary', path: settings.summaryFile })
    } catch (error) {
      // The file was opened, so only the disk can fail here; the verdict is already decided
      // and shown, so this is said loudly rather than decided again.
      writeError('summary', settings.summaryFile, error, redactor, logger)
    }
  }
  const outcome: GateOutcome = {
    ...decided,
    reports,
    summaryInput,
    get summary(): string {
      return renderedSummary()
    }
  }
  await deps.publisher?.finish(outcome)
  logger.phase?.(undefined)
  return outcome
}

/**
 * Loads (and only loads) the modules the run needs once the scanners are done: the import
 * record, started just before the script, and the report writers, after it. Called while the
 * slowest tool runs, so their compiling (CycloneDX, the XML builder, the SARIF writer: tens of
 * milliseconds) overlaps that tool instead of sitting between the scanners and the script or
 * between the script's exit and runguard's. Nothing is built or read early: the reports still
 * come from the results after the script. Each module is imported again where it is used, so a
 * load that fails here fails there, where the error is reported; here it is only ignored.
 */
function preloadLaterModules(
  settings: Settings,
  /** The installed environment is read: only then is a gate's script's import record kept. */
  readsEnvironment: boolean,
  inTurn: <T>(load: () => Promise<T>) => Promise<T>
): Promise<void> {
  const later: (() => Promise<unknown>)[] = [
    ...(settings.mode === 'gate' && settings.script && readsEnvironment
      ? [() => import('./inventory/loaded-stage.js')]
      : []),
    ...(settings.junitFile ? [() => import('./report/junit.js')] : []),
    ...(settings.tapFile ? [() => import('./report/tap.js')] : []),
    ...(settings.sarifFile ? [() => import('./report/sarif.js')] : []),
    ...(settings.sbomFile ? [() => import('./report/sbom.js')] : []),
    () => import('./policy/policy.js'),
    () => import('./report/summary.js')
  ]
  return Promise.all(later.map(load => inTurn(load).catch(() => undefined))).then(() => undefined)
}

/** The manifest inventory of a run that reads none. */
const NO_MANIFESTS: Inventory = { components: [], files: [], warnings: [], projects: [] }

/** The tools that match dependencies against advisories (they read both inventories). */
const DEPENDENCY_SCANNERS: ReadonlySet<ToolName> = new Set(['osv-scanner', 'safety'])

/**
 * Whether this run reads the dependency manifests and the installed environment. Each costs
 * its code's load (the requirement grammar, TOML, PEP 440: ~0.5 MB of bundle) and, for the
 * environment, a Python process competing with the scanners; a run that uses neither (e.g.
 * `scan --scanners secrets` from the CLI) skips them, and with them their log lines and
 * warnings about dependencies nothing checks. Read when any of these uses them: a dependency
 * scanner, the SBOM, the licence policy, the import record (a gate's script), the summary (a
 * summary file, or the Action's job summary and PR comment), or a python-path the user set
 * (not reading it is an error, which must not go unseen).
 */
export function inventoryUse(
  settings: Settings,
  /** A publisher renders the summary (the Action's job summary and PR comment). */
  publishes: boolean
): { manifests: boolean; environment: boolean } {
  const summary = Boolean(settings.summaryFile) || publishes || settings.runtime === 'action'
  const dependencies = settings.scanners.some(t => DEPENDENCY_SCANNERS.has(t))
  const sbom = Boolean(settings.sbomFile)
  const environment =
    settings.scanEnvironment &&
    (dependencies ||
      sbom ||
      settings.allowLicenses.length > 0 ||
      settings.denyLicenses.length > 0 ||
      (settings.mode === 'gate' && Boolean(settings.script) && settings.recordImports) ||
      summary ||
      settings.pythonPath !== undefined)
  // The environment is set against the manifests (direct or transitive, mismatched pins), and
  // the summary lists the manifests' warnings.
  const manifests = dependencies || sbom || environment || summary
  return { manifests, environment }
}

/**
 * Loads (and only loads) what every run needs once its script has ended: the policy (with the
 * dedupe code) and the summary, then what the caller asked for (`GateDeps.whileScriptRuns`).
 * Started when the script runs, so their compiling overlaps the script instead of delaying
 * either its start or runguard's exit; one after the other (jest's ESM loader fails on
 * concurrent imports that share modules). Each module is imported again where it is used, so a
 * load that fails here fails there, where the error is reported; here it is only ignored.
 */
async function endModules(deps: GateDeps): Promise<void> {
  const later: (() => Promise<unknown>)[] = [
    () => import('./policy/policy.js'),
    () => import('./report/summary.js'),
    ...(deps.whileScriptRuns ? [deps.whileScriptRuns] : [])
  ]
  for (const load of later) await load().catch(() => undefined)
}

/**
 * allow-licenses / deny-licenses over the installed environment: each package the policy
 * rejects is a policy reason (a violation, exit 1); unknown licences are listed as warnings. A
 * policy that could not be checked because no environment was read fails closed.
 */
async function withLicensePolicy(
  policy: PolicyResult,
  settings: Settings,
  environment: EnvironmentStageResult | undefined,
  warnings: string[]
): Promise<PolicyResult> {
  const licensePolicy = { allow: settings.allowLicenses, deny: settings.denyLicenses }
  if (licensePolicy.allow.length === 0 && licensePolicy.deny.length === 0) return policy
  if (settings.mode === 'run') return policy
  let reasons: string[]
  if (!environment?.inventory) {
    const why = !settings.scanEnvironment
      ? 'scan-environment is off'
      : environment && environment.read.status !== 'read'
        ? environment.read.reason
        : 'no installed environment was read'
    reasons = [`licence policy not checked: ${why}`]
  } else {
    const { checkLicensePolicy } = await import('./inventory/installed.js')
    const checked = checkLicensePolicy(environment.inventory, licensePolicy)
    reasons = checked.violations
    if (checked.unknown.length > 0)
      warnings.push(
        `licence policy: ${checked.unknown.length} package(s) with an unknown licence were not checked: ${checked.unknown.slice(0, 10).join(', ')}${checked.unknown.length > 10 ? ' …' : ''}`
      )
  }
  return {
    ...policy,
    outcome: { ...policy.outcome, reasons: [...policy.outcome.reasons, ...reasons] }
  }
}

/** `RUNGUARD_ALERT_WEBHOOK` for the CLI (never a flag: argv is visible to every process). */
function cliAlertWebhook(settings: Settings, env: NodeJS.ProcessEnv): string | undefined {
  const url = env.RUNGUARD_ALERT_WEBHOOK?.trim()
  if (settings.runtime !== 'cli' || !url) return undefined
  if (!/^https?:\/\/\S+$/i.test(url))
    throw new ConfigurationError(
      'RUNGUARD_ALERT_WEBHOOK is not an http(s) URL; set it to the webhook URL or unset it',
      { field: 'alert-webhook' }
    )
  return url
}

/** Opens the run history (src/history/), loaded lazily: most runs have it off. */
async function openRunHistory(
  settings: Settings,
  logger: Logger,
  exec: ExecFn,
  env: NodeJS.ProcessEnv,
  given: HistoryContext | undefined
): Promise<HistorySession | undefined> {
  const [{ openHistory }, { contextForCli }] = await Promise.all([
    import('./history/index.js'),
    import('./history/context.js')
  ])
  return openHistory({
    settings,
    logger,
    exec,
    env,
    context: given ?? (await contextForCli(env, exec, settings.workspace)),
    ...(settings.githubToken ? { token: settings.githubToken } : {})
  })
}

/** Records the decided run in the history and returns the summary's history section. */
async function recordRun(
  history: HistorySession,
  decided: DecidedRun,
  extra: {
    timestamp: Date
    fingerprint: RunnerFingerprint
    performance?: PerformanceOutcome
    trendNote?: string
    alertWebhook?: string
  }
): Promise<SummaryInput['trend']> {
  const { performance } = extra
  const redact = (text: string): string => decided.redactor.redact(text)
  const delta = decided.policy ? history.delta(decided.counted) : undefined
  const stats = performance && performance.aggregate.runs > 1 ? performance.statistics : undefined
  const outcome = await history.record({
    timestamp: extra.timestamp,
    machine: extra.fingerprint,
    runguardVersion: RUNGUARD_VERSION,
    ...(performance ? { metrics: performance.aggregate.values } : {}),
    ...(performance?.notObserved ? { notObserved: performance.notObserved } : {}),
    ...(stats
      ? {
          spread: Object.fromEntries(
            Object.entries(stats).map(([m, s]) => [
              m,
              { n: s.n, mad: s.mad, min: s.min, max: s.max }
            ])
          ) as NonNullable<Parameters<HistorySession['record']>[0]['spread']>
        }
      : {}),
    ...(decided.run ? { scriptOk: decided.run.final.success } : {}),
    gates: decided.gates,
    counted: decided.counted,
    toolRuns: decided.toolRuns,
    verdict: decided.verdict,
    exitCode: decided.exitCode,
    ...(delta ? { delta } : {}),
    redact
  })
  await history.close()
  decided.warnings.push(...outcome.warnings)
  // Alerts follow the trend runs' state (a pull request never alerts), loaded only when set.
  if (extra.alertWebhook && history.trendRun) {
    const { notifyStateChange } = await import('./notify/index.js')
    const warning = await notifyStateChange({
      url: extra.alertWebhook,
      format: decided.settings.alertFormat,
      ...(outcome.previous ? { previous: outcome.previous } : {}),
      current: outcome.record,
      redact
    })
    if (warning) decided.warnings.push(redact(warning))
  }
  const trend = {
    gates: decided.gates.filter(g => g.kind === 'trend'),
    runs: 0,
    ...(extra.trendNote ? { note: extra.trendNote } : {})
  }
  return history.section(outcome, trend, delta)
}

/** The one SummaryInput of a run: the summary and the PR comment both render from it. */
function summaryInputOf(
  decided: DecidedRun,
  links: NonNullable<GateDeps['links']>,
  annotationsOmitted: AnnotationCounts | undefined
): SummaryInput {
  const { run } = decided
  return {
    verdict: decided.verdict,
    toolRuns: decided.toolRuns,
    findings: decided.findings,
    counted: decided.counted,
    unknownSeverity: decided.settings.unknownSeverity,
    failOn: decided.settings.failOn,
    failOnUnscanned: decided.settings.failOnUnscanned,
    ...(run ? { metrics: run.final } : {}),
    ...(run && run.runs.length > 1 ? { runs: run.runs } : {}),
    gates: decided.gates,
    warnings: decided.warnings,
    ...(decided.gateChanges?.length ? { gateChanges: decided.gateChanges } : {}),
    expiringSuppressions: decided.expiringSuppressions,
    reports: [...decided.reports],
    ...(links.repoUrl ? { repoUrl: links.repoUrl } : {}),
    ...(links.sha ? { sha: links.sha } : {}),
    ...(links.runUrl ? { runUrl: links.runUrl } : {}),
    ...(annotationsOmitted ? { annotationsOmitted } : {}),
    ...(decided.environment ? { environment: summarizeEnvironment(decided.environment) } : {})
  }
}

/**
 * Reads workspace files for policy's scopes and line hashes and SARIF's line hashes. Not
 * cached: each of those reads a file once and keeps only what it needs, while a cache held
 * every flagged file's text from policy to the last SARIF result (~10 MB at 100,000 findings,
 * more with large files), so a file is read two or three times instead.
 */
function fileReader(workspace: string): (repoPath: string) => string | undefined {
  // Only files inside the workspace, also after resolving symlinks (util/paths.ts).
  return repoPath => readWorkspaceText(workspace, repoPath)
}

/** What the reports are built from. */
interface ReportInput {
  settings: Settings
  run: RunOutcome | undefined
  toolRuns: ToolRun[]
  findings: Finding[]
  components: Component[]
  gates: GateResult[]
  policy: PolicyResult | undefined
  fingerprint: RunnerFingerprint
  readFile: (repoPath: string) => string | undefined
  /** The installed environment set against the manifests, when it was read. */
  environment?: EnvironmentInventory
  /** Budgets not checked because their metric was not observed (skipped in JUnit and TAP). */
  unchecked?: readonly UncheckedGate[]
}

/** What writing the reports gave: the files written, the errors, and the builders' warnings. */
interface WrittenReports {
  reports: ReportRef[]
  errors: string[]
  warnings: string[]
}

/** Logs a writer failure and returns it as an error line for the verdict. */
function writeError(
  kind: string,
  file: string,
  error: unknown,
  redactor: Redactor,
  logger: Logger
): string {
  const message = `could not write the ${kind} report ${file}: ${redactor.redact(errorMessage(error))}`
  logger.error(message)
  return message
}

/**
 * Writes every configured report except the summary (rendered last, from the verdict). One
 * failing writer never stops the others; each failure is returned, for the verdict.
 */
async function writeReports(
  input: ReportInput,
  ctx: { logger: Logger; redactor: Redactor; resolve: (p: string) => string }
): Promise<WrittenReports> {
  const { settings, run } = input
  const out: WrittenReports = { reports: [], errors: [], warnings: [] }
  const write = async <T extends string | readonly string[]>(
    kind: string,
    file: string | undefined,
    build: () => T,
    // Never outside the workspace through a linked directory the change committed.
    save: (abs: string, data: T) => Promise<void> = (abs, data) =>
      writeTextFile(abs, data, settings.workspace)
  ): Promise<void> => {
    if (!file) return
    try {
      // Redact before anything leaves the process, on the raw text (text given in pieces is
      // redacted piece by piece, never joined).
      const built = build()
      const clean = (
        typeof built === 'string'
          ? ctx.redactor.redact(built)
          : built.map(chunk => ctx.redactor.redact(chunk))
      ) as T
      await save(ctx.resolve(file), clean)
      out.reports.push({ kind, path: file })
    } catch (error) {
      out.errors.push(writeError(kind, file, error, ctx.redactor, ctx.logger))
    }
  }
  if (run) {
    const metricsJson = (): string =>
      formatMetricsJson({
        attempts: run.attempts,
        runs: run.runs,
        gates: input.gates,
        fingerprint: input.fingerprint,
        runguardVersion: RUNGUARD_VERSION
      })
    await write('metrics', settings.metricsFile, metricsJson)
    await write('baseline', settings.saveBaseline, metricsJson, (abs, text) =>
      saveBaseline(abs, text, settings.workspace)
    )
  }
  const policyOutcome = settings.mode !== 'run' ? input.policy?.outcome : undefined
  const script = run
    ? { metrics: run.final, attempts: run.attempts.length, command: run.command.join(' ') }
    : undefined
  // The XML builder and YAML load only when their report is written (start-up cost of `run`).
  if (settings.junitFile) {
    const { buildJunitXml } = await import('./report/junit.js')
    await write('junit', settings.junitFile, () =>
      buildJunitXml({
        gates: input.gates,
        ...(input.unchecked ? { unchecked: input.unchecked } : {}),
        toolRuns: input.toolRuns,
        ...(script ? { script } : {}),
        ...(policyOutcome ? { policy: policyOutcome } : {}),
        timestamp: new Date().toISOString(),
        properties: { 'runguard.version': RUNGUARD_VERSION }
      })
    )
  }
  if (settings.tapFile) {
    const { buildTap } = await import('./report/tap.js')
    await write('tap', settings.tapFile, () =>
      buildTap({
        gates: input.gates,
        ...(input.unchecked ? { unchecked: input.unchecked } : {}),
        toolRuns: input.toolRuns,
        ...(run ? { script: { metrics: run.final } } : {}),
        ...(policyOutcome ? { policy: policyOutcome } : {})
      })
    )
  }
  // The SARIF builder and CycloneDX (with its schemas and validator) load only when their
  // file is written: they are the largest parts of the bundle (start-up cost).
  if (settings.mode !== 'run' && settings.sarifFile) {
    const { writeSarif } = await import('./report/sarif.js')
    const file = settings.sarifFile
    // Written as it is built, each ~64 KB piece redacted on its way out (never held whole).
    try {
      const sarif = await writeSarif(
        {
          toolRuns: input.toolRuns,
          findings: input.findings,
          category: settings.category,
          workspace: settings.workspace,
          runguardVersion: RUNGUARD_VERSION,
          unknownSeverity: settings.unknownSeverity,
          readFile: input.readFile
        },
        ctx.resolve(file),
        chunk => ctx.redactor.redact(chunk)
      )
      out.warnings.push(...sarif.warnings)
      out.reports.push({ kind: 'sarif', path: file })
    } catch (error) {
      out.errors.push(writeError('sarif', file, error, ctx.redactor, ctx.logger))
    }
  }
  if (settings.mode !== 'run' && settings.sbomFile) {
    const { buildSbom } = await import('./report/sbom.js')
    await write('sbom', settings.sbomFile, () =>
      buildSbom({
        components: input.components,
        ...(input.environment ? { environment: input.environment } : {}),
        findings: input.findings,
        toolRuns: input.toolRuns,
        spec: settings.sbomSpec,
        projectName: path.basename(settings.workspace),
        runguardVersion: RUNGUARD_VERSION
      })
    )
  }
  return out
}

/**
 * The suppressions that apply, and what the change did to them. Under trusted-config they come
 * from the base commit's ignore file, and the change's additions are listed as ignored; on any
 * run with a known base commit, suppressions the change added or edited are listed, so a
 * reviewer sees them. A base that cannot be read is not an error here (the loader already
 * insisted on it where it decides).
 */
async function loadSuppressions(
  settings: Settings,
  env: NodeJS.ProcessEnv
): Promise<{ ignore: IgnoreFile; warnings: string[]; base?: string }> {
  const head = await loadWorkspaceIgnoreFile(settings)
  const warnings: string[] = []
  if (settings.trust) {
    for (const change of settings.trust.changes)
      warnings.push(
        `trusted-config: this change tried to set ${change}; the base commit's value applies`
      )
  }
  let base: string | undefined
  try {
    base = settings.trust?.base ?? baseCommit(settings.baseRef, env)
  } catch {
    base = undefined
  }
  if (base === undefined) return { ignore: head, warnings }
  let atBase: IgnoreFile
  try {
    const text = readAtCommit(settings.workspace, base, settings.ignoreFile)
    atBase =
      text === undefined
        ? emptyIgnoreFile(settings.ignoreFile)
        : (await import('./policy/ignore-file-parse.js')).parseIgnoreFile(text, settings.ignoreFile)
  } catch (error) {
    if (settings.trust) throw error
    return { ignore: head, warnings, base }
  }
  const changed = changedSuppressions(atBase, head)
  for (const line of changed)
    warnings.push(
      settings.trust
        ? `trusted-config: suppression added or changed by this change, not applied: ${line}`
        : `suppression added or changed by this change: ${line}`
    )
  return { ignore: settings.trust ? atBase : head, warnings, base }
}

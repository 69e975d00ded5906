import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from './config/schema.js'
import { ConfigurationError, errorMessage, ExitCode } from './errors.js'
import { execFile, type ExecFn } from './exec.js'
import { loadBaseline, saveBaseline } from './gates/baseline.js'
import { evaluatePerformance, type PerformanceOutcome } from './gates/evaluate.js'
import { collectFingerprint } from './gates/fingerprint.js'
import { computeVerdict, exitCodeFor, hasToolErrors } from './gates/verdict.js'
import { discoverComponents } from './inventory/index.js'
import { redactingLogger, type Logger } from './logger.js'
import {
  SEVERITIES,
  type Component,
  type Finding,
  type GateResult,
  type ToolRun,
  type Verdict
} from './model.js'
import { loadBaselineSarif } from './policy/baseline-sarif.js'
import { emptyIgnoreFile, loadIgnoreFile, type IgnoreFile } from './policy/ignore-file.js'
import { applyPolicy, EXPIRY_WARNING_DAYS, type PolicyResult } from './policy/policy.js'
import { createRedactor, secretValuesFromEnv, type Redactor } from './redact.js'
import { buildJunitXml } from './report/junit.js'
import { formatMetricsJson } from './report/metrics-json.js'
import { buildSarif } from './report/sarif.js'
import { buildSbom } from './report/sbom.js'
import { renderSummary, type ExpiringSuppression, type ReportRef } from './report/summary.js'
import { buildTap } from './report/tap.js'
import { writeTextFile } from './util/write-file.js'
import { runScript, scrubEnvironment, type RunOutcome } from './runner/index.js'
import { runScanners } from './scanners/run.js'
import { detectSecretValues } from './secrets/index.js'
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
  /** Links for the summary (Action: repository URL, head sha, run URL). */
  links?: { repoUrl?: string; sha?: string; runUrl?: string }
}

/** Everything one run produced; the entry points print and publish from it. */
export interface GateOutcome {
  settings: Settings
  verdict: Verdict
  exitCode: ExitCode
  toolRuns: ToolRun[]
  /** Reportable findings after policy (suppressed ones flagged). */
  findings: Finding[]
  /** The findings the verdict counted (deduplicated, not suppressed, new). */
  counted: Finding[]
  components: Component[]
  run?: RunOutcome
  performance?: PerformanceOutcome
  /** Security policy result (absent in `run` mode or when evaluation crashed). */
  policy?: PolicyResult
  gates: GateResult[]
  warnings: string[]
  expiringSuppressions: ExpiringSuppression[]
  /** Report files written (paths as configured). */
  reports: ReportRef[]
  /** The markdown summary (also written to summary-file when set). */
  summary: string
  redactor: Redactor
}

/**
 * The orchestration shared by the Action and the CLI (ARCHITECTURE.md, "Data flow"): scanners
 * first (so their load does not disturb the script's metrics), then the script, then gates,
 * policy and one verdict. Reports are written whatever happened before them: a crashed tool or
 * script still leaves every report (STYLE.md 8).
 */
export async function runGate(settings: Settings, deps: GateDeps): Promise<GateOutcome> {
  const env = deps.env ?? process.env
  const exec = deps.exec ?? execFile
  const now = deps.now?.() ?? new Date()
  const workspace = settings.workspace
  const resolve = (p: string): string => path.resolve(workspace, p)
  const redactor = createRedactor(
    [
      ...settings.secrets,
      ...secretValuesFromEnv(env),
      ...(settings.githubToken ? [settings.githubToken] : [])
    ],
    detectSecretValues,
    value => deps.logger.registerSecret(value)
  )
  // Every line any part of runguard logs passes through the redactor (STYLE.md 10).
  const logger = redactingLogger(deps.logger, text => redactor.redact(text))
  const warnings: string[] = []
  let toolRuns: ToolRun[] = []
  let components: Component[] = []
  let run: RunOutcome | undefined
  let runnerError: string | undefined

  // Config files are read before anything runs: a typo must not cost a ten-minute scan.
  const ignore = loadIgnore(settings, resolve)
  const baselineSarif = settings.baselineSarif
    ? loadBaselineSarif(resolve(settings.baselineSarif))
    : undefined
  if (settings.mode === 'run' && !settings.script) {
    throw new ConfigurationError(
      'no script to run: pass it after --, or set script in .runguard.yml',
      { field: 'script' }
    )
  }

  if (settings.mode !== 'run') {
    const inventory = await discoverComponents(workspace, settings.paths, logger, settings.exclude)
    components = inventory.components
    // Unpinned or unversioned dependencies cannot be matched against advisories: say so.
    for (const w of inventory.warnings) logger.warning(`dependencies: ${w}`)
    const shown = inventory.warnings.slice(0, 10).map(w => `dependencies: ${w}`)
    if (inventory.warnings.length > shown.length)
      shown.push(
        `dependencies: ${inventory.warnings.length - shown.length} more warning(s) in the log`
      )
    warnings.push(...shown)
    toolRuns = await runScanners({
      settings,
      logger,
      exec: toolExec(exec, env),
      redactor,
      components,
      ...(deps.signal ? { signal: deps.signal } : {})
    })
    // Notes that do not fail a tool (a stale offline database) belong in the summary.
    warnings.push(...toolRuns.flatMap(t => (t.warnings ?? []).map(w => `${t.tool}: ${w}`)))
  }

  if (settings.mode !== 'scan') {
    if (!settings.script) {
      warnings.push('no script configured: performance gates were not checked')
    } else {
      try {
        run = await runScript({
          settings,
          logger,
          redactor,
          env,
          onLine:
            deps.onLine ??
            ((stream, line) => logger.info(stream === 'stderr' ? `[stderr] ${line}` : line)),
          ...(deps.signal ? { signal: deps.signal } : {})
        })
      } catch (error) {
        if (error instanceof ConfigurationError) throw error
        runnerError = redactor.redact(errorMessage(error))
        logger.error(`the runner failed: ${runnerError}`)
      }
    }
  }

  // From here on nothing may stop the reports from being written.
  let performance: PerformanceOutcome | undefined
  let policy: PolicyResult | undefined
  let verdict: Verdict
  let exitCode: ExitCode
  const fingerprint = collectFingerprint()
  try {
    if (run) {
      let baseline
      if (settings.baseline) {
        const loaded = await loadBaseline(resolve(settings.baseline), fingerprint)
        warnings.push(...loaded.warnings)
        if (loaded.status === 'loaded') baseline = loaded.baseline
      }
      performance = evaluatePerformance({
        specs: settings.gates,
        runs: run.runs.length > 0 ? run.runs : [run.final],
        ...(baseline ? { baseline } : {}),
        regressionThreshold: settings.regressionThreshold,
        regressionThresholds: settings.regressionThresholds
      })
      warnings.push(...performance.warnings)
    }
    const readFile = fileReader(workspace)
    policy = applyPolicy({
      findings: toolRuns.flatMap(t => t.findings),
      settings,
      ignore,
      ...(baselineSarif ? { baseline: baselineSarif } : {}),
      today: now,
      readFile
    })
    verdict = computeVerdict({
      gates: performance?.gates ?? [],
      toolRuns,
      policy: policy.outcome,
      failOnToolError: settings.failOnToolError,
      requireTools: settings.requireTools,
      warnings,
      ...(run && !run.final.success
        ? { scriptFailed: { exitCode: run.final.exit_code, timedOut: run.final.timedOut } }
        : {}),
      ...(runnerError ? { runnerError } : {})
    })
    exitCode = exitCodeFor(verdict, {
      toolErrors: hasToolErrors(toolRuns, runnerError),
      failOnToolError: settings.failOnToolError
    })
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    // A bug in evaluation must still fail closed and leave reports behind.
    const message = redactor.redact(errorMessage(error))
    logger.error(`runguard could not evaluate the results: ${message}`)
    verdict = {
      passed: false,
      reasons: [`internal error while evaluating results: ${message}`],
      warnings,
      counts: Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Verdict['counts'],
      tools: toolRuns.map(t => ({
        tool: t.tool,
        status: t.status,
        version: t.version,
        reason: t.reason,
        durationMs: t.durationMs
      })),
      gates: performance?.gates ?? []
    }
    exitCode = ExitCode.ToolError
  }

  const outcome: GateOutcome = {
    settings,
    verdict,
    exitCode,
    toolRuns,
    findings: policy?.findings ?? toolRuns.flatMap(t => t.findings),
    counted: policy?.counted ?? [],
    components,
    ...(run ? { run } : {}),
    ...(performance ? { performance } : {}),
    ...(policy ? { policy } : {}),
    gates: performance?.gates ?? [],
    warnings: [...new Set([...warnings, ...verdict.warnings])],
    expiringSuppressions: expiring(ignore, now),
    reports: [],
    summary: '',
    redactor
  }
  await writeReports(outcome, { fingerprint, logger, resolve, links: deps.links ?? {} })
  return outcome
}

/**
 * Scanners get a scrubbed environment too (no job tokens), and Semgrep never phones home. The
 * orchestrator adds the installed-tools directories to PATH.
 */
function toolExec(exec: ExecFn, env: NodeJS.ProcessEnv): ExecFn {
  return (command, args, options = {}) =>
    exec(command, args, {
      ...options,
      env: {
        ...scrubEnvironment(options.env ?? env, []),
        SEMGREP_SEND_METRICS: 'off',
        SEMGREP_ENABLE_VERSION_CHECK: '0'
      }
    })
}

function loadIgnore(settings: Settings, resolve: (p: string) => string): IgnoreFile {
  const file = resolve(settings.ignoreFile)
  return existsSync(file) ? loadIgnoreFile(file) : emptyIgnoreFile(settings.ignoreFile)
}

function fileReader(workspace: string): (repoPath: string) => string | undefined {
  const cache = new Map<string, string | undefined>()
  return repoPath => {
    if (!cache.has(repoPath)) {
      const abs = path.resolve(workspace, repoPath)
      let text: string | undefined
      // Only files inside the workspace, and never huge ones, are read for line hashes.
      if (abs.startsWith(workspace + path.sep)) {
        try {
          text = readFileSync(abs, 'utf8')
        } catch {
          text = undefined
        }
      }
      cache.set(repoPath, text)
    }
    return cache.get(repoPath)
  }
}

function expiring(ignore: IgnoreFile, now: Date): ExpiringSuppression[] {
  const horizon = now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000
  return ignore.entries
    .filter(e => e.expires !== undefined && Date.parse(e.expires) <= horizon)
    .map(e => ({
      reason: e.reason,
      expires: e.expires!,
      match: [e.id, e.rule, e.path, e.fingerprint].filter(Boolean).join(' ')
    }))
}

interface WriteContext {
  fingerprint: ReturnType<typeof collectFingerprint>
  logger: Logger
  resolve: (p: string) => string
  links: NonNullable<GateDeps['links']>
}

/** Writes every configured report; one failing writer never stops the others. */
async function writeReports(outcome: GateOutcome, ctx: WriteContext): Promise<void> {
  const { settings, run, redactor } = outcome
  const write = async (
    kind: string,
    file: string | undefined,
    build: () => string
  ): Promise<void> => {
    if (!file) return
    try {
      // Redact before anything leaves the process (STYLE.md 10).
      await writeTextFile(ctx.resolve(file), redactor.redact(build()))
      outcome.reports.push({ kind, path: file })
    } catch (error) {
      const message = `could not write the ${kind} report ${file}: ${redactor.redact(errorMessage(error))}`
      ctx.logger.error(message)
      outcome.verdict.reasons.push(message)
      outcome.verdict.passed = false
    }
  }
  const metricsInput = run
    ? {
        attempts: run.attempts,
        runs: run.runs,
        gates: outcome.gates,
        fingerprint: ctx.fingerprint,
        runguardVersion: RUNGUARD_VERSION
      }
    : undefined
  if (metricsInput) {
    await write('metrics', settings.metricsFile, () => formatMetricsJson(metricsInput))
    if (settings.saveBaseline) {
      try {
        await saveBaseline(
          ctx.resolve(settings.saveBaseline),
          redactor.redact(formatMetricsJson(metricsInput))
        )
        outcome.reports.push({ kind: 'baseline', path: settings.saveBaseline })
      } catch (error) {
        ctx.logger.error(
          `could not save the baseline ${settings.saveBaseline}: ${errorMessage(error)}`
        )
      }
    }
  }
  const policyOutcome = settings.mode !== 'run' ? outcome.policy?.outcome : undefined
  const script = run
    ? { metrics: run.final, attempts: run.attempts.length, command: run.command.join(' ') }
    : undefined
  await write('junit', settings.junitFile, () =>
    buildJunitXml({
      gates: outcome.gates,
      toolRuns: outcome.toolRuns,
      ...(script ? { script } : {}),
      ...(policyOutcome ? { policy: policyOutcome } : {}),
      timestamp: new Date().toISOString(),
      properties: { 'runguard.version': RUNGUARD_VERSION }
    })
  )
  await write('tap', settings.tapFile, () =>
    buildTap({
      gates: outcome.gates,
      toolRuns: outcome.toolRuns,
      ...(run ? { script: { metrics: run.final } } : {}),
      ...(policyOutcome ? { policy: policyOutcome } : {})
    })
  )
  if (settings.mode !== 'run') {
    await write('sarif', settings.sarifFile || undefined, () => {
      const sarif = buildSarif({
        toolRuns: outcome.toolRuns,
        findings: outcome.findings,
        category: settings.category,
        workspace: settings.workspace,
        runguardVersion: RUNGUARD_VERSION,
        readFile: fileReader(settings.workspace)
      })
      outcome.warnings.push(...sarif.warnings)
      return sarif.text
    })
    await write('sbom', settings.sbomFile || undefined, () =>
      buildSbom({
        components: outcome.components,
        findings: outcome.findings,
        toolRuns: outcome.toolRuns,
        spec: settings.sbomSpec,
        projectName: path.basename(settings.workspace),
        runguardVersion: RUNGUARD_VERSION
      })
    )
  }
  outcome.summary = redactor.redact(
    renderSummary({
      verdict: outcome.verdict,
      toolRuns: outcome.toolRuns,
      findings: outcome.findings,
      ...(run ? { metrics: run.final } : {}),
      ...(run && run.runs.length > 1 ? { runs: run.runs } : {}),
      gates: outcome.gates,
      warnings: outcome.warnings,
      expiringSuppressions: outcome.expiringSuppressions,
      reports: outcome.reports,
      ...ctx.links
    })
  )
  await write('summary', settings.summaryFile, () => outcome.summary)
}

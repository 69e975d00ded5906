import { constants as bufferConstants } from 'node:buffer'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { gateFromLegacy, parseGate, type GateSpec } from '../gates/parse.js'
import { policyEntryError } from '../inventory/spdx-entry.js'
import { SEVERITIES, TOOL_NAMES, type ToolName } from '../model.js'
import { refNameProblem, remoteProblem } from '../util/git-names.js'
import { revisionProblem } from '../trust/git-revision.js'
import { TRUST_MODES } from '../trust/trusted-config.js'

/**
 * The one schema for Action inputs, CLI flags and `.runguard.yml`. Every source
 * is turned into the same raw shape (camelCase keys below), merged, and parsed here once. This
 * schema owns every default; action.yml declares none.
 */

const MiB = 1024 * 1024

/**
 * Longest delay a Node timer can hold (2^31 - 1 ms), in whole seconds: a longer one fires
 * after 1 ms, so a huge timeout would kill the script at once.
 */
export const MAX_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000)
/**
 * Largest output capture: each stream's kept head and tail become one string, and a string
 * (and a Buffer) cannot be longer than this.
 */
export const MAX_CAPTURE_BYTES = Math.min(
  bufferConstants.MAX_STRING_LENGTH,
  bufferConstants.MAX_LENGTH
)
const timerLimit = {
  message: `at most ${MAX_TIMER_SECONDS} seconds (about 24.8 days, the longest timer Node.js can hold)`
}

const positiveNumber = z.coerce.number().positive()
const nonNegativeNumber = z.coerce.number().nonnegative()
const positiveSeconds = positiveNumber.max(MAX_TIMER_SECONDS, timerLimit)
const nonNegativeSeconds = nonNegativeNumber.max(MAX_TIMER_SECONDS, timerLimit)
const nonNegativeInt = z.coerce.number().int().nonnegative()
const stringList = z.array(z.string().min(1))

/** SPDX licence ids (one per entry, `+`/`WITH` allowed), checked with spdx-expression-parse. */
const licenseList = z.array(z.string().trim().min(1)).superRefine((list, ctx) => {
  for (const entry of list) {
    const error = policyEntryError(entry)
    if (error) ctx.addIssue({ code: 'custom', message: error })
  }
})

const gateEntry = z.union([
  z.string(),
  z.object({
    metric_name: z.string(),
    max_value: z.number().optional(),
    min_value: z.number().optional()
  })
])

/** Accepts `osv` as a short name for `osv-scanner`. */
const toolName = z
  .string()
  .transform(s => (s.trim().toLowerCase() === 'osv' ? 'osv-scanner' : s.trim().toLowerCase()))
  .pipe(z.enum(TOOL_NAMES))

/** A severity word in any case (`HIGH` as Trivy users write it, `High`), read lowercased. */
function severityWord<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(v => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(values))
}

export const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const
export const REPORT_LEVELS = ['critical', 'high', 'medium', 'low', 'info'] as const
export const RETRY_STRATEGIES = [
  'linear',
  'exponential',
  'fibonacci',
  'exponential_jitter'
] as const
export const SECRETS_SCAN_MODES = ['tree', 'diff', 'history', 'off'] as const
export const SBOM_SPECS = ['1.4', '1.5', '1.6', '1.7'] as const
export const HISTORY_MODES = ['auto', 'git', 'local', 'off'] as const
export const ALERT_FORMATS = ['auto', 'slack', 'teams', 'json'] as const

/** Report files the Action writes unless told otherwise (the CLI writes none by default). */
export const ACTION_SARIF_FILE = 'runguard.sarif'
export const ACTION_SBOM_FILE = 'runguard.cdx.json'

export const settingsSchema = z
  .object({
    /** Which half runs: `run` (script + gates), `scan` (scanners), `gate` (both; the Action). */
    mode: z.enum(['run', 'scan', 'gate']).default('gate'),
    /** `action` or `cli`; changes a few defaults (install-tools) and how things are published. */
    runtime: z.enum(['action', 'cli']).default('cli'),
    /** Repository root; every path in a report is relative to it. */
    workspace: z.string().default(() => process.cwd()),
    /** Path of the config file that was read, if any (informational). */
    configFile: z.string().optional(),
    /** Print debug lines. */
    verbose: z.boolean().default(false),

    // ── runner ────────────────────────────────────────────────────────────────────────────
    /** The target command as an argv array (CLI: everything after `--`). */
    script: stringList.optional(),
    /** Run `script` (one string) through the shell; only when set explicitly. */
    shell: z.boolean().default(false),
    /** Directory the script runs in, relative to the workspace. */
    workingDirectory: z.string().default('.'),
    /** Seconds before the script's process group gets SIGTERM; 0 = no timeout. */
    timeout: nonNegativeSeconds.default(0),
    /** Seconds between SIGTERM and SIGKILL on timeout. */
    killGrace: nonNegativeSeconds.default(5),
    /**
     * Run the script in its own PID and mount namespaces (runner tokens out of reach): `auto`
     * where the machine allows it, `required` fails (exit 2) where it does not, `off`.
     */
    isolation: z.enum(['auto', 'required', 'off']).default('auto'),
    /** JSON text written to the script's stdin (stdin is closed otherwise). */
    stdinJson: z.string().optional(),
    /** Environment variable names the script may inherit even though they are scrubbed by default. */
    passEnv: stringList.default([]),
    /** Values to redact from every printed line and report. */
    secrets: z.array(z.string()).default([]),
    /** Bytes of each output stream kept (head and tail); everything is still counted. */
    maxOutputBytes: z.coerce
      .number()
      .int()
      .positive()
      .max(MAX_CAPTURE_BYTES, {
        message: `at most ${MAX_CAPTURE_BYTES} bytes (the longest string Node.js can hold: the kept head and tail of a stream become one string)`
      })
      .default(10 * MiB),
    /** Monitor sampling interval in milliseconds. */
    samplingInterval: z.coerce.number().int().min(10).max(60000).default(100),
    /** Extra attempts after a failed run (0 = run once). */
    retry: nonNegativeInt.default(0),
    retryStrategy: z.enum(RETRY_STRATEGIES).default('exponential'),
    /** Seconds before the first retry. */
    retryDelay: nonNegativeSeconds.default(1),
    /** Upper bound on any retry delay, seconds. */
    retryMaxDelay: nonNegativeSeconds.default(60),
    /** Growth factor for exponential strategies. */
    retryMultiplier: positiveNumber.default(2),
    /** Exit codes that are retried; empty = any non-zero exit or timeout. */
    retryOnExitCodes: z.array(z.coerce.number().int()).default([]),
    /** Measured runs; gates use the median when > 1. */
    repeat: z.coerce.number().int().min(1).default(1),
    /** Unmeasured runs before the measured ones. */
    warmup: nonNegativeInt.default(0),

    // ── performance gates ─────────────────────────────────────────────────────────────────
    /** Budget gates, e.g. `memory_max_mb<=1024`, `cpu_max:90`, or legacy objects. */
    gates: z.array(gateEntry).default([]),
    /** A previous metrics JSON to compare against. */
    baseline: z.string().optional(),
    /** Write the current metrics here as the next baseline. */
    saveBaseline: z.string().optional(),
    /** Percent a metric may get worse than the baseline before failing. */
    regressionThreshold: nonNegativeNumber.default(10),
    /** Per-metric overrides of regressionThreshold. */
    regressionThresholds: z.record(z.string(), nonNegativeNumber).default({}),

    // ── reports ───────────────────────────────────────────────────────────────────────────
    metricsFile: z.string().optional(),
    junitFile: z.string().optional(),
    tapFile: z.string().optional(),
    /** SARIF 2.1.0 output; empty disables. Default: `runguard.sarif` in the Action, none in the CLI. */
    sarifFile: z.string().optional(),
    /** CycloneDX JSON output; empty disables. Default: `runguard.cdx.json` in the Action, none in the CLI. */
    sbomFile: z.string().optional(),
    sbomSpec: z.enum(SBOM_SPECS).default('1.6'),
    /** Markdown summary written to a file (the Action also writes the job summary). */
    summaryFile: z.string().optional(),
    /** `runguard scan` JSON report file (stdout when `format: json` and no file). */
    reportFile: z.string().optional(),
    /** CLI output format. */
    format: z.enum(['table', 'json']).default('table'),
    /** SARIF automationDetails category prefix. */
    category: z.string().min(1).default('runguard'),

    // ── scanners ──────────────────────────────────────────────────────────────────────────
    /** Tools to run. */
    scanners: z.array(toolName).default([...TOOL_NAMES]),
    /** Paths to scan, relative to the workspace. */
    paths: stringList.default(['.']),
    /** Extra glob patterns excluded from every scanner. */
    exclude: z.array(z.string()).default([]),
    /** Install missing tools into an isolated cache (default: on in the Action, off in the CLI). */
    installTools: z.boolean().optional(),
    /** Where installed tools live (outside the workspace). */
    toolsDir: z.string().default(
      () =>
        // The same variable scripts/setup.sh and scripts/test.sh honour.
        process.env.RUNGUARD_TOOLS_DIR ||
        path.join(
          process.env.RUNNER_TOOL_CACHE ?? path.join(os.homedir(), '.cache'),
          'runguard-tools'
        )
    ),
    /** A selected tool that is not installed fails instead of being skipped. */
    requireTools: z.boolean().default(false),
    /** A crashed or timed-out tool fails the verdict (exit 3). */
    failOnToolError: z.boolean().default(true),
    /** Any listed skipped file fails the verdict (SECURITY.md, promise 5). */
    failOnUnscanned: z.boolean().default(false),
    /** Scanners run at once. */
    maxParallel: z.coerce
      .number()
      .int()
      .min(1)
      .default(() => Math.max(1, os.cpus().length)),
    /** Per-tool timeout, seconds. */
    toolTimeout: positiveSeconds.default(600),
    /** osv-scanner offline database directory (osv-scanner's offline layout). */
    osvDb: z.string().optional(),
    /** Safety 2.x offline database directory. */
    safetyDb: z.string().optional(),
    /** Extra Semgrep configs (rule files, dirs, registry packs such as p/python). */
    semgrepConfig: z.array(z.string().min(1)).default([]),
    /** Replace runguard's bundled Semgrep rules instead of adding to them. */
    semgrepNoDefaultRules: z.boolean().default(false),
    /** Bandit severity floor passed to the tool. */
    banditSeverity: z.enum(['low', 'medium', 'high']).default('low'),
    /** Bandit confidence floor passed to the tool. */
    banditConfidence: z.enum(['low', 'medium', 'high']).default('low'),

    // ── secrets ───────────────────────────────────────────────────────────────────────────
    /** `tree` (working tree), `diff` (lines added in the PR/push range), `history`, `off`. */
    secretsScan: z.enum(SECRETS_SCAN_MODES).default('tree'),
    /** Files larger than this are skipped by the secret scanner (bytes). */
    secretsMaxFileSize: z.coerce
      .number()
      .int()
      .positive()
      .default(5 * MiB),
    /** Known demo and placeholder credentials (src/secrets/demo-credentials.json): skip or report. */
    secretsDemoCredentials: z.enum(['skip', 'report']).default('skip'),
    /** Base commit for diff/history mode; from the event when unset. */
    baseRef: z
      .string()
      .superRefine((v, ctx) => {
        // It reaches git's argv: only a commit id or a checked ref name (never an option).
        const problem = revisionProblem(v)
        if (problem)
          ctx.addIssue({
            code: 'custom',
            message: `must be a commit id or a ref name; it ${problem}`
          })
      })
      .optional(),

    // ── installed environment ─────────────────────────────────────────────────────────────
    /** Read the installed Python environment (SBOM, OSV/Safety input, licence policy). */
    scanEnvironment: z.boolean().default(true),
    /** Interpreter or venv directory the script uses, relative to the workspace. */
    pythonPath: z.string().min(1).optional(),
    /** SPDX ids every installed package's licence must be satisfiable with. */
    allowLicenses: licenseList.default([]),
    /** SPDX ids no installed package's licence may require. */
    denyLicenses: licenseList.default([]),
    /** Record which installed distributions the script's Python processes import. */
    recordImports: z.boolean().default(true),
    /** Dependency findings the run did not load do not fail the gate (still reported). */
    failOnLoadedOnly: z.boolean().default(false),

    // ── policy ────────────────────────────────────────────────────────────────────────────
    /** Lowest severity that fails the gate. */
    failOn: severityWord(FAIL_ON).default('high'),
    /** Lowest severity that is reported. */
    reportLevel: severityWord(REPORT_LEVELS).default('low'),
    /** Severity assumed for findings the tool gave none for. */
    unknownSeverity: severityWord(SEVERITIES).default('high'),
    /** Suppression file. */
    ignoreFile: z.string().default('.runguard-ignore.yml'),
    /** SARIF from the default branch: only new findings can fail. */
    baselineSarif: z.string().optional(),

    // ── history, trend, alerts (src/history/, src/notify/) ────────────────────────────────
    /** Run history: off (default), auto (Action: git branch, CLI: local directory), git, local. */
    history: z.enum(HISTORY_MODES).default('off'),
    /** Local store directory, relative to the workspace. */
    historyDir: z.string().min(1).default('.runguard/history'),
    /** Branch of the git store. */
    historyBranch: z
      .string()
      .refine(b => refNameProblem(b) === undefined, {
        message: 'not a branch name git accepts (no spaces, "..", leading "-", ~^:?*[\\)'
      })
      .default('runguard-data'),
    /** Repository URL of the git store (default: this repository / the origin remote). */
    historyRemote: z
      .string()
      .refine(u => remoteProblem(u) === undefined, {
        message: 'expected an https://, http:// or file:// URL or an absolute path'
      })
      .optional(),
    /** Runs kept per category. */
    historyKeep: z.coerce.number().int().min(1).default(1000),
    /** Branches whose runs feed the trend; empty = the default branch (CLI: every run). */
    trendBranches: stringList.default([]),
    /** Trend-branch runs the rolling median is taken over; 0 turns the trend gate off. */
    trendWindow: z.coerce
      .number()
      .int()
      .refine(n => n === 0 || (n >= 5 && n <= 500), { message: 'expected 0 or 5 to 500' })
      .default(20),
    /** Noise widths (1.4826 × MAD of the window) a metric may rise above its rolling median. */
    trendNoiseFactor: positiveNumber.default(4),
    /** Percent a metric may rise above its rolling median whatever the noise. */
    trendThreshold: nonNegativeNumber.default(5),
    /** Webhook posted to on a state change; a secret (never in the config file). */
    alertWebhook: z
      .string()
      .refine(u => /^https?:\/\/[^\s]+$/i.test(u), { message: 'expected an http(s) URL' })
      .optional(),
    /** Alert payload format; `auto` picks from the URL's host. */
    alertFormat: z.enum(ALERT_FORMATS).default('auto'),
    /** Whose config and ignore file decide the gate (SECURITY.md, promise 4); never from the config file. */
    trustedConfig: z.enum(TRUST_MODES).default('auto'),
    /** Set by the loader when the base commit's files decided (the commit and what the change tried). */
    trust: z
      .object({ base: z.string(), changes: z.array(z.string()) })
      .strict()
      .optional(),
    /** `runguard merge`: shards expected (one number, or their names); missing ones fail. */
    expect: stringList.default([]),

    // ── GitHub (Action) ───────────────────────────────────────────────────────────────────
    /** Upload the SARIF to code scanning. */
    uploadSarif: z.boolean().default(false),
    /** Keep one sticky PR comment with the verdict. */
    commentOnPr: z.boolean().default(false),
    /** Write PR annotations. */
    annotations: z.boolean().default(true),
    /** Token for upload and comments; never passed to the script. */
    githubToken: z.string().optional()
  })
  .strict()
  .superRefine((raw, ctx) => {
    // As dependency-review-action: an allow list already denies everything else.
    if (raw.allowLicenses.length > 0 && raw.denyLicenses.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['denyLicenses'],
        message:
          'set allow-licenses or deny-licenses, not both (an allow list denies everything it does not list)'
      })
  })
  .transform(raw => {
    const gates: GateSpec[] = []
    for (const entry of raw.gates) {
      const parsed = typeof entry === 'string' ? parseGate(entry) : gateFromLegacy(entry)
      if ('error' in parsed) throw new GateSyntaxError(parsed.error, entry)
      gates.push(...(Array.isArray(parsed) ? parsed : [parsed]))
    }
    return {
      ...raw,
      gates,
      installTools: raw.installTools ?? raw.runtime === 'action',
      // Relative to the workspace like every path setting (the installer and the scanners agree).
      toolsDir: path.resolve(raw.workspace, raw.toolsDir),
      // The Action publishes these by default; the CLI writes files only when asked, so
      // `runguard scan` leaves the scanned checkout as it found it.
      sarifFile: raw.sarifFile ?? (raw.runtime === 'action' ? ACTION_SARIF_FILE : ''),
      sbomFile: raw.sbomFile ?? (raw.runtime === 'action' ? ACTION_SBOM_FILE : ''),
      scanners: [...new Set(raw.scanners)] as ToolName[],
      regressionThresholds: raw.regressionThresholds
    }
  })

/** Thrown inside the transform; turned into a ConfigurationError with its source by the loader. */
export class GateSyntaxError extends Error {
  constructor(
    message: string,
    readonly entry: unknown
  ) {
    super(message)
  }
}

/** The raw shape every source produces (before defaults and validation). */
export type RawSettings = z.input<typeof settingsSchema>
/** One validated, readonly Settings object for the whole run. */
export type Settings = Readonly<z.output<typeof settingsSchema>>
/** Keys of the raw shape, used to map inputs/flags/file keys and to suggest corrections. */
export const SETTING_KEYS = Object.keys(settingsSchema.in.shape) as Array<keyof RawSettings>

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
 *
 * Each setting's zod schema is built only when it is needed: building all of them (about four
 * hundred zod objects) cost more of `runguard run`'s start-up than anything else in the settings,
 * while a run usually sets a handful. `parseSettings` builds the schemas of the settings given and
 * takes the others' defaults as zod's `.default()` would (the default is not parsed); the whole
 * schema (`settingsSchema`) is built from the same table and gives the same result.
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

const positiveNumber = () => z.coerce.number().positive()
const nonNegativeNumber = () => z.coerce.number().nonnegative()
const positiveSeconds = () => positiveNumber().max(MAX_TIMER_SECONDS, timerLimit)
const nonNegativeSeconds = () => nonNegativeNumber().max(MAX_TIMER_SECONDS, timerLimit)
const nonNegativeInt = () => z.coerce.number().int().nonnegative()
const stringList = () => z.array(z.string().min(1))

/** SPDX licence ids (one per entry, `+`/`WITH` allowed), checked with spdx-expression-parse. */
const licenseList = () =>
  z.array(z.string().trim().min(1)).superRefine((list, ctx) => {
    for (const entry of list) {
      const error = policyEntryError(entry)
      if (error) ctx.addIssue({ code: 'custom', message: error })
    }
  })

const gateEntry = () =>
  z.union([
    z.string(),
    z.object({
      metric_name: z.string(),
      max_value: z.number().optional(),
      min_value: z.number().optional()
    })
  ])

/** Accepts `osv` as a short name for `osv-scanner`. */
const toolName = () =>
  z
    .string()
    .transform(s => (s.trim().toLowerCase() === 'osv' ? 'osv-scanner' : s.trim().toLowerCase()))
    .pipe(z.enum(TOOL_NAMES))

/** A severity word in any case (`HIGH` as Trivy users write it, `High`), read lowercased. */
function severityWord<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(v => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(values))
}

/** A setting that may be absent (no default). */
interface OptionalField<S extends z.ZodType> {
  kind: 'optional'
  schema: () => S
}
/** A setting with a default: a value (copied as zod copies it) or a function called each time. */
interface DefaultField<S extends z.ZodType> {
  kind: 'default'
  schema: () => S
  value: z.output<S> | (() => z.output<S>)
}

function optional<S extends z.ZodType>(schema: () => S): OptionalField<S> {
  return { kind: 'optional', schema }
}

function withDefault<S extends z.ZodType>(
  schema: () => S,
  value: z.output<S> | (() => z.output<S>)
): DefaultField<S> {
  return { kind: 'default', schema, value }
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

/** Every setting, in the order zod reports problems and Settings lists them. */
const FIELDS = {
  /** Which half runs: `run` (script + gates), `scan` (scanners), `gate` (both; the Action). */
  mode: withDefault(() => z.enum(['run', 'scan', 'gate']), 'gate'),
  /** `action` or `cli`; changes a few defaults (install-tools) and how things are published. */
  runtime: withDefault(() => z.enum(['action', 'cli']), 'cli'),
  /** Repository root; every path in a report is relative to it. */
  workspace: withDefault(
    () => z.string(),
    () => process.cwd()
  ),
  /** Path of the config file that was read, if any (informational). */
  configFile: optional(() => z.string()),
  /** Print debug lines. */
  verbose: withDefault(() => z.boolean(), false),

  // ── runner ────────────────────────────────────────────────────────────────────────────
  /** The target command as an argv array (CLI: everything after `--`). */
  script: optional(stringList),
  /** Run `script` (one string) through the shell; only when set explicitly. */
  shell: withDefault(() => z.boolean(), false),
  /** Directory the script runs in, relative to the workspace. */
  workingDirectory: withDefault(() => z.string(), '.'),
  /** Seconds before the script's process group gets SIGTERM; 0 = no timeout. */
  timeout: withDefault(nonNegativeSeconds, 0),
  /** Seconds between SIGTERM and SIGKILL on timeout. */
  killGrace: withDefault(nonNegativeSeconds, 5),
  /**
   * Run the script in its own PID and mount namespaces (runner tokens out of reach): `auto`
   * where the machine allows it, `required` fails (exit 2) where it does not, `off`.
   */
  isolation: withDefault(() => z.enum(['auto', 'required', 'off']), 'auto'),
  /** JSON text written to the script's stdin (stdin is closed otherwise). */
  stdinJson: optional(() => z.string()),
  /** Environment variable names the script may inherit even though they are scrubbed by default. */
  passEnv: withDefault(stringList, []),
  /** Values to redact from every printed line and report. */
  secrets: withDefault(() => z.array(z.string()), []),
  /** Bytes of each output stream kept (head and tail); everything is still counted. */
  maxOutputBytes: withDefault(
    () =>
      z.coerce
        .number()
        .int()
        .positive()
        .max(MAX_CAPTURE_BYTES, {
          message: `at most ${MAX_CAPTURE_BYTES} bytes (the longest string Node.js can hold: the kept head and tail of a stream become one string)`
        }),
    10 * MiB
  ),
  /** Monitor sampling interval in milliseconds. */
  samplingInterval: withDefault(() => z.coerce.number().int().min(10).max(60000), 100),
  /** Extra attempts after a failed run (0 = run once). */
  retry: withDefault(nonNegativeInt, 0),
  retryStrategy: withDefault(() => z.enum(RETRY_STRATEGIES), 'exponential'),
  /** Seconds before the first retry. */
  retryDelay: withDefault(nonNegativeSeconds, 1),
  /** Upper bound on any retry delay, seconds. */
  retryMaxDelay: withDefault(nonNegativeSeconds, 60),
  /** Growth factor for exponential strategies. */
  retryMultiplier: withDefault(positiveNumber, 2),
  /** Exit codes that are retried; empty = any non-zero exit or timeout. */
  retryOnExitCodes: withDefault(() => z.array(z.coerce.number().int()), []),
  /** Measured runs; gates use the median when > 1. */
  repeat: withDefault(() => z.coerce.number().int().min(1), 1),
  /** Unmeasured runs before the measured ones. */
  warmup: withDefault(nonNegativeInt, 0),

  // ── performance gates ─────────────────────────────────────────────────────────────────
  /** Budget gates, e.g. `memory_max_mb<=1024`, `cpu_max:90`, or legacy objects. */
  gates: withDefault(() => z.array(gateEntry()), []),
  /** A previous metrics JSON to compare against. */
  baseline: optional(() => z.string()),
  /** Write the current metrics here as the next baseline. */
  saveBaseline: optional(() => z.string()),
  /** Percent a metric may get worse than the baseline before failing. */
  regressionThreshold: withDefault(nonNegativeNumber, 10),
  /** Per-metric overrides of regressionThreshold. */
  regressionThresholds: withDefault(() => z.record(z.string(), nonNegativeNumber()), {}),

  // ── reports ───────────────────────────────────────────────────────────────────────────
  metricsFile: optional(() => z.string()),
  junitFile: optional(() => z.string()),
  tapFile: optional(() => z.string()),
  /** SARIF 2.1.0 output; empty disables. Default: `runguard.sarif` in the Action, none in the CLI. */
  sarifFile: optional(() => z.string()),
  /** CycloneDX JSON output; empty disables. Default: `runguard.cdx.json` in the Action, none in the CLI. */
  sbomFile: optional(() => z.string()),
  sbomSpec: withDefault(() => z.enum(SBOM_SPECS), '1.6'),
  /** Markdown summary written to a file (the Action also writes the job summary). */
  summaryFile: optional(() => z.string()),
  /** `runguard scan` JSON report file (stdout when `format: json` and no file). */
  reportFile: optional(() => z.string()),
  /** CLI output format. */
  format: withDefault(() => z.enum(['table', 'json']), 'table'),
  /** SARIF automationDetails category prefix. */
  category: withDefault(() => z.string().min(1), 'runguard'),

  // ── scanners ──────────────────────────────────────────────────────────────────────────
  /** Tools to run. */
  scanners: withDefault(() => z.array(toolName()), [...TOOL_NAMES]),
  /** Paths to scan, relative to the workspace. */
  paths: withDefault(stringList, ['.']),
  /** Extra glob patterns excluded from every scanner. */
  exclude: withDefault(() => z.array(z.string()), []),
  /** Install missing tools into an isolated cache (default: on in the Action, off in the CLI). */
  installTools: optional(() => z.boolean()),
  /** Where installed tools live (outside the workspace). */
  toolsDir: withDefault(
    () => z.string(),
    () =>
      // The same variable scripts/setup.sh and scripts/test.sh honour.
      process.env.RUNGUARD_TOOLS_DIR ||
      path.join(
        process.env.RUNNER_TOOL_CACHE ?? path.join(os.homedir(), '.cache'),
        'runguard-tools'
      )
  ),
  /** A selected tool that is not installed fails instead of being skipped. */
  requireTools: withDefault(() => z.boolean(), false),
  /** A crashed or timed-out tool fails the verdict (exit 3). */
  failOnToolError: withDefault(() => z.boolean(), true),
  /** Any listed skipped file fails the verdict (SECURITY.md, promise 5). */
  failOnUnscanned: withDefault(() => z.boolean(), false),
  /** Scanners run at once. */
  maxParallel: withDefault(
    () => z.coerce.number().int().min(1),
    () => Math.max(1, os.cpus().length)
  ),
  /** Per-tool timeout, seconds. */
  toolTimeout: withDefault(positiveSeconds, 600),
  /** osv-scanner offline database directory (osv-scanner's offline layout). */
  osvDb: optional(() => z.string()),
  /** Safety 2.x offline database directory. */
  safetyDb: optional(() => z.string()),
  /** Extra Semgrep configs (rule files, dirs, registry packs such as p/python). */
  semgrepConfig: withDefault(() => z.array(z.string().min(1)), []),
  /** Replace runguard's bundled Semgrep rules instead of adding to them. */
  semgrepNoDefaultRules: withDefault(() => z.boolean(), false),
  /** Bandit severity floor passed to the tool. */
  banditSeverity: withDefault(() => z.enum(['low', 'medium', 'high']), 'low'),
  /** Bandit confidence floor passed to the tool. */
  banditConfidence: withDefault(() => z.enum(['low', 'medium', 'high']), 'low'),

  // ── secrets ───────────────────────────────────────────────────────────────────────────
  /** `tree` (working tree), `diff` (lines added in the PR/push range), `history`, `off`. */
  secretsScan: withDefault(() => z.enum(SECRETS_SCAN_MODES), 'tree'),
  /** Files larger than this are skipped by the secret scanner (bytes). */
  secretsMaxFileSize: withDefault(() => z.coerce.number().int().positive(), 5 * MiB),
  /** Known demo and placeholder credentials (src/secrets/demo-credentials.json): skip or report. */
  secretsDemoCredentials: withDefault(() => z.enum(['skip', 'report']), 'skip'),
  /** Base commit for diff/history mode; from the event when unset. */
  baseRef: optional(() =>
    z.string().superRefine((v, ctx) => {
      // It reaches git's argv: only a commit id or a checked ref name (never an option).
      const problem = revisionProblem(v)
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: `must be a commit id or a ref name; it ${problem}`
        })
    })
  ),

  // ── installed environment ─────────────────────────────────────────────────────────────
  /** Read the installed Python environment (SBOM, OSV/Safety input, licence policy). */
  scanEnvironment: withDefault(() => z.boolean(), true),
  /** Interpreter or venv directory the script uses, relative to the workspace. */
  pythonPath: optional(() => z.string().min(1)),
  /** SPDX ids every installed package's licence must be satisfiable with. */
  allowLicenses: withDefault(licenseList, []),
  /** SPDX ids no installed package's licence may require. */
  denyLicenses: withDefault(licenseList, []),
  /** Record which installed distributions the script's Python processes import. */
  recordImports: withDefault(() => z.boolean(), true),
  /** Dependency findings the run did not load do not fail the gate (still reported). */
  failOnLoadedOnly: withDefault(() => z.boolean(), false),

  // ── policy ────────────────────────────────────────────────────────────────────────────
  /** Lowest severity that fails the gate. */
  failOn: withDefault(() => severityWord(FAIL_ON), 'high'),
  /** Lowest severity that is reported. */
  reportLevel: withDefault(() => severityWord(REPORT_LEVELS), 'low'),
  /** Severity assumed for findings the tool gave none for. */
  unknownSeverity: withDefault(() => severityWord(SEVERITIES), 'high'),
  /** Suppression file. */
  ignoreFile: withDefault(() => z.string(), '.runguard-ignore.yml'),
  /** SARIF from the default branch: only new findings can fail. */
  baselineSarif: optional(() => z.string()),

  // ── history, trend, alerts (src/history/, src/notify/) ────────────────────────────────
  /** Run history: off (default), auto (Action: git branch, CLI: local directory), git, local. */
  history: withDefault(() => z.enum(HISTORY_MODES), 'off'),
  /** Local store directory, relative to the workspace. */
  historyDir: withDefault(() => z.string().min(1), '.runguard/history'),
  /** Branch of the git store. */
  historyBranch: withDefault(
    () =>
      z.string().refine(b => refNameProblem(b) === undefined, {
        message: 'not a branch name git accepts (no spaces, "..", leading "-", ~^:?*[\\)'
      }),
    'runguard-data'
  ),
  /** Repository URL of the git store (default: this repository / the origin remote). */
  historyRemote: optional(() =>
    z.string().refine(u => remoteProblem(u) === undefined, {
      message: 'expected an https://, http:// or file:// URL or an absolute path'
    })
  ),
  /** Runs kept per category. */
  historyKeep: withDefault(() => z.coerce.number().int().min(1), 1000),
  /** Branches whose runs feed the trend; empty = the default branch (CLI: every run). */
  trendBranches: withDefault(stringList, []),
  /** Trend-branch runs the rolling median is taken over; 0 turns the trend gate off. */
  trendWindow: withDefault(
    () =>
      z.coerce
        .number()
        .int()
        .refine(n => n === 0 || (n >= 5 && n <= 500), { message: 'expected 0 or 5 to 500' }),
    20
  ),
  /** Noise widths (1.4826 × MAD of the window) a metric may rise above its rolling median. */
  trendNoiseFactor: withDefault(positiveNumber, 4),
  /** Percent a metric may rise above its rolling median whatever the noise. */
  trendThreshold: withDefault(nonNegativeNumber, 5),
  /** Webhook posted to on a state change; a secret (never in the config file). */
  alertWebhook: optional(() =>
    z.string().refine(u => /^https?:\/\/[^\s]+$/i.test(u), { message: 'expected an http(s) URL' })
  ),
  /** Alert payload format; `auto` picks from the URL's host. */
  alertFormat: withDefault(() => z.enum(ALERT_FORMATS), 'auto'),
  /** Whose config and ignore file decide the gate (SECURITY.md, promise 4); never from the config file. */
  trustedConfig: withDefault(() => z.enum(TRUST_MODES), 'auto'),
  /** Set by the loader when the base commit's files decided (the commit and what the change tried). */
  trust: optional(() => z.object({ base: z.string(), changes: z.array(z.string()) }).strict()),
  /** `runguard merge`: shards expected (one number, or their names); missing ones fail. */
  expect: withDefault(stringList, []),

  // ── GitHub (Action) ───────────────────────────────────────────────────────────────────
  /** Upload the SARIF to code scanning. */
  uploadSarif: withDefault(() => z.boolean(), false),
  /** Keep one sticky PR comment with the verdict. */
  commentOnPr: withDefault(() => z.boolean(), false),
  /** Write PR annotations. */
  annotations: withDefault(() => z.boolean(), true),
  /** Token for upload and comments; never passed to the script. */
  githubToken: optional(() => z.string())
}

type Fields = typeof FIELDS
type FieldSchema<F> =
  F extends DefaultField<infer S>
    ? z.ZodDefault<S>
    : F extends OptionalField<infer S>
      ? z.ZodOptional<S>
      : never
type Shape = { [K in keyof Fields]: FieldSchema<Fields[K]> }
type ObjectOutput = z.output<z.ZodObject<Shape, z.core.$strict>>

function fieldSchema(field: OptionalField<z.ZodType> | DefaultField<z.ZodType>): z.ZodType {
  return field.kind === 'optional' ? field.schema().optional() : field.schema().default(field.value)
}

/** What zod's `.default()` gives for a missing value: a function's result, else a shallow copy. */
function defaultValue(field: DefaultField<z.ZodType>): unknown {
  const value = field.value
  if (typeof value === 'function') return (value as () => unknown)()
  if (Array.isArray(value)) return [...(value as unknown[])]
  if (value !== null && typeof value === 'object') return { ...value }
  return value
}

/** Checks across settings, after each setting is valid on its own. */
function crossFieldIssues(raw: ObjectOutput): Array<{ path: [keyof Fields]; message: string }> {
  // As dependency-review-action: an allow list already denies everything else.
  if (raw.allowLicenses.length > 0 && raw.denyLicenses.length > 0)
    return [
      {
        path: ['denyLicenses'],
        message:
          'set allow-licenses or deny-licenses, not both (an allow list denies everything it does not list)'
      }
    ]
  return []
}

/** Defaults that depend on other settings, and the gates parsed into specs. */
function finish(raw: ObjectOutput) {
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
}

function buildSettingsSchema() {
  const shape: Record<string, z.ZodType> = {}
  for (const [key, field] of Object.entries(FIELDS)) shape[key] = fieldSchema(field)
  return z
    .object(shape as Shape)
    .strict()
    .superRefine((raw, ctx) => {
      for (const issue of crossFieldIssues(raw)) ctx.addIssue({ code: 'custom', ...issue })
    })
    .transform(finish)
}

type SettingsSchema = ReturnType<typeof buildSettingsSchema>
let wholeSchema: SettingsSchema | undefined

/**
 * The whole schema as one zod object, built on first use (tests, benchmarks and scripts parse
 * with it; the entry points use `parseSettings`, which gives the same result).
 */
export const settingsSchema = {
  parse: (raw: unknown): Settings => (wholeSchema ??= buildSettingsSchema()).parse(raw),
  safeParse: (raw: unknown): z.ZodSafeParseResult<Settings> =>
    (wholeSchema ??= buildSettingsSchema()).safeParse(raw)
}

/**
 * Parses a merged raw shape exactly as `settingsSchema` does (same Settings, same first
 * issue), building only the schemas of the settings present: zod parses those (unknown keys
 * still fail, as `.strict()` says), every absent setting takes its default, then the checks
 * across settings and the final step run as in the whole schema. Without zod's JIT: compiling
 * a parser to run it once costs more than it saves. Throws GateSyntaxError for a bad gate.
 */
export function parseSettings(
  raw: Record<string, unknown>
): { success: true; data: Settings } | { success: false; issues: z.core.$ZodIssue[] } {
  const shape: Record<string, z.ZodType> = {}
  for (const [key, field] of Object.entries(FIELDS))
    if (Object.hasOwn(raw, key)) shape[key] = fieldSchema(field)
  const given = z.object(shape).strict().safeParse(raw, { jitless: true })
  if (!given.success) return { success: false, issues: given.error.issues }
  const parsed = given.data
  const whole: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(FIELDS)) {
    if (Object.hasOwn(parsed, key)) whole[key] = parsed[key]
    else if (!Object.hasOwn(raw, key) && field.kind === 'default') whole[key] = defaultValue(field)
  }
  const settings = whole as ObjectOutput
  const issues = crossFieldIssues(settings)
  if (issues.length > 0)
    return {
      success: false,
      issues: issues.map((i): z.core.$ZodIssue => ({ code: 'custom', input: settings, ...i }))
    }
  return { success: true, data: finish(settings) }
}

/** Thrown by the final step; turned into a ConfigurationError with its source by the loader. */
export class GateSyntaxError extends Error {
  constructor(
    message: string,
    readonly entry: unknown
  ) {
    super(message)
  }
}

/** The raw shape every source produces (before defaults and validation). */
export type RawSettings = z.input<SettingsSchema>
/** One validated, readonly Settings object for the whole run. */
export type Settings = Readonly<z.output<SettingsSchema>>
/** Keys of the raw shape, used to map inputs/flags/file keys and to suggest corrections. */
export const SETTING_KEYS = Object.keys(FIELDS) as Array<keyof RawSettings>

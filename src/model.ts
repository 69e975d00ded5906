/**
 * The core model shared by every part of runguard (docs/architecture.md, "The core model").
 * Everything a tool reports becomes a Finding; every tool's outcome a ToolRun; every attempt of
 * the target script a Metrics record; every gate a GateResult; and all of it one Verdict.
 */

/** Normalized severities, most severe first. `unknown` = the tool gave none (policy decides). */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'] as const
export type Severity = (typeof SEVERITIES)[number]

/**
 * The one rank of each severity, for sorting, "most severe of" and thresholds: higher is more
 * severe. `unknown` (the tool gave none) ranks below `info` everywhere; only the policy lifts
 * it, to the `unknownSeverity` setting, before comparing with `fail-on` and `report-level`.
 */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  info: 0,
  unknown: -1
}

/** The scanners runguard knows; `secrets` is the built-in detector. */
export const TOOL_NAMES = ['bandit', 'semgrep', 'safety', 'osv-scanner', 'secrets'] as const
export type ToolName = (typeof TOOL_NAMES)[number]

export type Confidence = 'high' | 'medium' | 'low'

/** Where a finding is: always a repo-relative posix path checked to be inside the workspace. */
export interface Location {
  /** Repo-relative, posix separators, never absolute, never `..`. */
  path: string
  /** 1-based; dependency findings without a known line use 1. */
  startLine: number
  /** 1-based, inclusive. */
  endLine?: number
  /** 1-based. */
  startColumn?: number
  /** 1-based, exclusive (SARIF convention). */
  endColumn?: number
}

/** The dependency a finding is about (Safety, OSV). */
export interface PackageRef {
  /** OSV ecosystem name, e.g. `PyPI`. */
  ecosystem: string
  /** PEP 503-normalized for PyPI. */
  name: string
  version: string
  /** Package URL, e.g. `pkg:pypi/jinja2@2.10`. */
  purl: string
  /** Versions that fix the advisory, as the tool reported them. */
  fixedVersions: string[]
}

/** The advisory behind a dependency finding. */
export interface Advisory {
  /** Primary id as the tool reported it (e.g. `GHSA-…`, `PYSEC-…`, a Safety id). */
  id: string
  /** Other ids for the same advisory (CVE, GHSA, PYSEC …), without `id` itself. */
  aliases: string[]
  url?: string
  /** CVSS vector the severity was computed from, when there was one. */
  cvssVector?: string
  /** CVSS base score computed from `cvssVector` (or given by the tool). */
  cvssScore?: number
  /** The record whose CVSS data gave the score (e.g. `GHSA-…` for a PYSEC finding, a CVE). */
  cvssSource?: string
}

/** What a dependency finding is about, as the installed environment and the manifests know it. */
export interface DependencyContext {
  /** manifest: only a manifest pins this version; environment: only installed; both. */
  source: 'manifest' | 'environment' | 'both'
  /** The package's place in the installed environment (absent when not installed). */
  relationship?: 'project' | 'direct' | 'transitive' | 'unlisted'
  /** Chain from a direct dependency to this package (installed packages). */
  via?: string[]
  /** Needed only by development or optional manifest entries. */
  optional?: boolean
  /**
   * What the script's import record showed (absent when nothing was recorded, e.g. `scan`
   * without a script): `loaded` = an attempt's Python process imported it from the
   * environment; `not-loaded` = no recorded process did. The record is the script's own claim.
   */
  runtime?: 'loaded' | 'not-loaded'
}

/** Why a finding does not count: where the suppression came from and until when. */
export interface Suppression {
  reason: string
  /** ISO date (YYYY-MM-DD) after which the suppression stops applying. */
  expires?: string
  /** `inline` (# nosec, # nosemgrep, runguard:allow) or `ignore-file`. */
  source: 'inline' | 'ignore-file'
}

/** One thing a tool reported, normalized. */
export interface Finding {
  /** Which tool reported it. */
  tool: ToolName
  /** The tool's rule id (semgrep ids without the config-folder prefix). */
  ruleId: string
  /** Short human title of the rule. */
  title: string
  /** Message for this occurrence; never contains a secret value. */
  message: string
  severity: Severity
  /**
   * Where `severity` came from when it is not simply the rule's level: the CVSS vector and the
   * record it belongs to, a database label, or the other tool that rated the same issue higher.
   */
  severitySource?: string
  confidence?: Confidence
  /** `CWE-NNN` strings. */
  cwe: string[]
  location: Location
  package?: PackageRef
  advisory?: Advisory
  /** Documentation link for the rule or advisory. */
  helpUri?: string
  /** Stable across line moves (hash of tool, rule, path and normalized content, not line number). */
  fingerprint: string
  suppressed?: Suppression
  /** Set by new-only policy against a baseline SARIF. */
  baselineState?: 'new' | 'unchanged' | 'absent'
  /**
   * Secret findings only: provider, a masked preview (at most 4 characters then `…`), and
   * whether the file is a test fixture (still a finding; reports say so).
   */
  secret?: { provider: string; masked: string; testFixture?: boolean }
  /** Dependency findings: where the package comes from (manifest, installed environment, both). */
  dependency?: DependencyContext
}

export type ToolStatus = 'ok' | 'skipped' | 'failed' | 'timed-out'

/** One scanner's outcome; a tool that crashed never reads as "no findings". */
export interface ToolRun {
  tool: ToolName
  /** Version the tool reported, when known. */
  version?: string
  status: ToolStatus
  /** Why it was skipped or failed, one human line. */
  reason?: string
  durationMs: number
  findings: Finding[]
  /** The tool's own errors (unparsable files, partial parsing …), redacted. */
  errors: string[]
  /** What the user should know that does not fail the run (a stale database), redacted. */
  warnings?: string[]
  /** The argv that ran (no secrets are ever passed on argv). */
  command?: string[]
  /**
   * Files or directories this tool was not given or did not read, and why (size, depth, type,
   * excluded directory name): listed in the summary, and a verdict reason under
   * fail-on-unscanned (SECURITY.md, promise 5).
   */
  skipped?: SkippedFile[]
}

/** One path a scanner did not look at. */
export interface SkippedFile {
  /** Workspace-relative, `/`-separated. */
  path: string
  reason: string
}

/** Metric names kept compatible with Python Script Runner (documented in docs/gates.md). */
export const METRIC_NAMES = [
  'execution_time_seconds',
  'exit_code',
  'success',
  'cpu_max',
  'cpu_avg',
  'cpu_min',
  'memory_max_mb',
  'memory_avg_mb',
  'memory_min_mb',
  'user_time_seconds',
  'system_time_seconds',
  'num_threads',
  'num_fds',
  'page_faults_minor',
  'page_faults_major',
  'voluntary_context_switches',
  'involuntary_context_switches',
  'block_io_read_bytes',
  'block_io_write_bytes',
  'stdout_lines',
  'stderr_lines',
  'stdout_size_bytes',
  'stderr_size_bytes'
] as const
export type MetricName = (typeof METRIC_NAMES)[number]

/**
 * Metrics every attempt measures (wall time, exit status, output). Every other metric comes
 * from the /proc samples or the rusage helper and can be unobserved.
 */
export const ALWAYS_MEASURED = [
  'execution_time_seconds',
  'exit_code',
  'success',
  'stdout_lines',
  'stderr_lines',
  'stdout_size_bytes',
  'stderr_size_bytes'
] as const satisfies readonly MetricName[]
export type AlwaysMeasuredMetric = (typeof ALWAYS_MEASURED)[number]

/**
 * Metrics only a /proc sample observes (rusage has no CPU %, average RSS, threads or fds): null
 * for a script that ended before the first sample. `memory_max_mb` is not among them: rusage
 * gives its peak exactly.
 */
export const SAMPLED_ONLY_METRICS = [
  'cpu_max',
  'cpu_avg',
  'cpu_min',
  'memory_avg_mb',
  'memory_min_mb',
  'num_threads',
  'num_fds'
] as const satisfies readonly MetricName[]

/**
 * One attempt's numbers; `success` is 1/0 in gates. `null` = not observed (a script that ended
 * before the first /proc sample has no CPU average, thread or fd count): never 0, which would
 * read as a measurement, and never gated (MeasurementInfo.notObserved says why).
 */
export type MetricValues = {
  [K in MetricName]: K extends 'success'
    ? boolean
    : K extends AlwaysMeasuredMetric
      ? number
      : number | null
}

/** One point of the sampled timeline (bounded; long runs are downsampled). */
export interface Sample {
  /** Milliseconds since the attempt started. */
  t: number
  /** CPU % of the whole tree over the last interval (100 = one core). */
  cpu: number
  /** Sum of RSS over the tree, MiB. */
  rssMb: number
  /** Processes alive in the tree. */
  processes: number
}

/** How the numbers were obtained and what could not be measured. */
export interface MeasurementInfo {
  /** e.g. `linux-proc`, `portable` (time and exit code only). */
  method: string
  samplingIntervalMs: number
  platform: string
  notes: string[]
  /**
   * Why the metrics that are `null` were not observed, e.g. "not sampled: the script ended
   * before the first sample"; absent when every metric was measured.
   */
  notObserved?: string
}

/** One attempt of the target script. */
export interface Metrics extends MetricValues {
  attempt: number
  startedAt: string
  timedOut: boolean
  /** Present (true) when the run was cancelled while this attempt ran; `success` is then false. */
  cancelled?: boolean
  /** Signal that ended the script, if any. */
  signal?: string
  samples: Sample[]
  measurement: MeasurementInfo
}

export type GateOp = '<=' | '<' | '>=' | '>' | '==' | '!='

/**
 * One checked gate: a budget (`memory_max_mb <= 1024`), a regression against a baseline file, or
 * a trend regression against the rolling median of the run history (src/history/trend.ts).
 */
export interface GateResult {
  /** Stable display name, e.g. `memory_max_mb <= 1024` or `regression: cpu_max`. */
  gate: string
  kind: 'budget' | 'regression' | 'trend'
  metric: MetricName
  op: GateOp
  limit: number
  actual: number
  baseline?: number
  passed: boolean
  /** One line a human understands, e.g. "was 120, now 150 (+25.0%, limit 10%)". */
  message: string
}

/**
 * A budget gate that was not checked because its metric was not observed (null): neither
 * passed nor failed. JUnit and TAP list it as skipped; the verdict has a warning.
 */
export interface UncheckedGate {
  /** Display name, as GateResult.gate. */
  gate: string
  metric: MetricName
  /** The measurement's notObserved. */
  reason: string
}

/** The one decision, as data. Printing and failing happen elsewhere. */
export interface Verdict {
  passed: boolean
  /** One human line per failing reason. */
  reasons: string[]
  /** Warnings that do not fail (e.g. suppressions expiring soon, no baseline yet). */
  warnings: string[]
  /** Counted findings (not suppressed, deduplicated) by severity. */
  counts: Record<Severity, number>
  tools: Array<Pick<ToolRun, 'tool' | 'status' | 'version' | 'reason' | 'durationMs'>>
  gates: GateResult[]
  /** How many of `reasons` are gate/policy violations (exit 1), not tool/runner failures (exit 3). */
  violations?: number
}

/** A dependency found in a manifest or lockfile (src/inventory). */
export interface Component {
  ecosystem: 'PyPI'
  /** PEP 503-normalized. */
  name: string
  /** Exact pinned version, when the file pins one. */
  version?: string
  purl: string
  /** Repo-relative posix path of the file that declares it. */
  file: string
  /** 1-based line in `file`. */
  line: number
  hashes?: Array<{ alg: 'SHA-256' | 'SHA-384' | 'SHA-512' | 'MD5' | 'SHA-1'; content: string }>
  /** Normalized names of direct dependencies, where the lockfile records them. */
  dependsOn?: string[]
  /** The specifier as written, when unpinned (e.g. `>=2.0`). */
  specifier?: string
  /** Extras requested (`celery[redis]` → `['redis']`), PEP 685-normalized. */
  extras?: string[]
  /**
   * Declared only for development or an optional feature: a dev/test requirements file,
   * `project.optional-dependencies`, a dependency group, a Poetry non-main group, Pipfile.lock
   * `develop`. The SBOM gives packages only these need the scope `optional`.
   */
  optional?: boolean
}

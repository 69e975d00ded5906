import type { RawSettings } from './schema.js'

/** How a setting is written as text (Action input, CLI flag, environment). */
export type SettingKind =
  'string' | 'number' | 'boolean' | 'list' | 'numberList' | 'record' | 'script'

export interface SettingKey {
  /** camelCase key of the raw settings shape. */
  key: keyof RawSettings
  /** kebab-case name used by Action inputs, CLI flags and the config file. */
  name: string
  kind: SettingKind
  /** One line for `--help` and the README input table. */
  description: string
  /** Accepted by the CLI (some settings only make sense in the Action, and vice versa). */
  cli?: boolean
  /** Accepted as an Action input. */
  input?: boolean
  /** Accepted in .runguard.yml. */
  file?: boolean
}

const all = { cli: true, input: true, file: true }

/**
 * Every user-facing setting, once. Action inputs, CLI flags and config-file keys are all derived
 * from this table, so a setting cannot exist in one place and be forgotten in another (a test
 * checks it against the schema and action.yml).
 */
export const SETTING_TABLE: readonly SettingKey[] = [
  {
    key: 'script',
    name: 'script',
    kind: 'script',
    description:
      'Command to run under monitoring (CLI: after --). A string is split like argv; use shell: true for shell syntax.',
    ...all
  },
  {
    key: 'shell',
    name: 'shell',
    kind: 'boolean',
    description: 'Run script through /bin/sh -c (only when set explicitly).',
    ...all
  },
  {
    key: 'workingDirectory',
    name: 'working-directory',
    kind: 'string',
    description: 'Directory the script runs in, relative to the workspace.',
    ...all
  },
  {
    key: 'timeout',
    name: 'timeout',
    kind: 'number',
    description:
      'Seconds before the script gets SIGTERM (whole process tree), then SIGKILL after kill-grace; 0 = none.',
    ...all
  },
  {
    key: 'killGrace',
    name: 'kill-grace',
    kind: 'number',
    description: 'Seconds between SIGTERM and SIGKILL on timeout.',
    ...all
  },
  {
    key: 'stdinJson',
    name: 'stdin-json',
    kind: 'string',
    description: 'JSON text written to the script stdin (closed otherwise).',
    ...all
  },
  {
    key: 'passEnv',
    name: 'pass-env',
    kind: 'list',
    description:
      'Scrubbed variables the script may inherit (GITHUB_TOKEN, GH_TOKEN, ACTIONS_*, INPUT_*, GITHUB_OUTPUT and the other file commands, OTEL_EXPORTER_OTLP_*HEADERS are scrubbed). Not read from .runguard.yml.',
    cli: true,
    input: true,
    // A pull request can edit the config file: it must not hand the script the runner's tokens.
    file: false
  },
  {
    key: 'isolation',
    name: 'isolation',
    kind: 'string',
    description:
      'auto | required | off: run the script in its own PID and mount namespaces without sudo, out of reach of runner tokens (needs root or passwordless sudo; required: exit 2 where unavailable). Not read from .runguard.yml.',
    cli: true,
    input: true,
    // A pull request can edit the config file: it must not be able to turn isolation off.
    file: false
  },
  {
    key: 'secrets',
    name: 'secrets',
    kind: 'list',
    description: 'Values redacted from every printed line and report.',
    ...all
  },
  {
    key: 'maxOutputBytes',
    name: 'max-output-bytes',
    kind: 'number',
    description:
      'Bytes kept per output stream (head and tail), and shown live per attempt; everything is still counted.',
    ...all
  },
  {
    key: 'samplingInterval',
    name: 'sampling-interval',
    kind: 'number',
    description: 'Monitor sampling interval in milliseconds.',
    ...all
  },
  {
    key: 'retry',
    name: 'retry',
    kind: 'number',
    description:
      'Extra attempts when the script fails (0 = run once). Gate failures are never retried.',
    ...all
  },
  {
    key: 'retryStrategy',
    name: 'retry-strategy',
    kind: 'string',
    description: 'linear | exponential | fibonacci | exponential_jitter (full jitter).',
    ...all
  },
  {
    key: 'retryDelay',
    name: 'retry-delay',
    kind: 'number',
    description: 'Seconds before the first retry.',
    ...all
  },
  {
    key: 'retryMaxDelay',
    name: 'retry-max-delay',
    kind: 'number',
    description: 'Upper bound on a retry delay, seconds.',
    ...all
  },
  {
    key: 'retryMultiplier',
    name: 'retry-multiplier',
    kind: 'number',
    description: 'Growth factor of the exponential strategies.',
    ...all
  },
  {
    key: 'retryOnExitCodes',
    name: 'retry-on-exit-codes',
    kind: 'numberList',
    description: 'Exit codes that are retried; empty = any failure.',
    ...all
  },
  {
    key: 'repeat',
    name: 'repeat',
    kind: 'number',
    description: 'Measured runs; gates use the median (exit code: the worst run).',
    ...all
  },
  {
    key: 'warmup',
    name: 'warmup',
    kind: 'number',
    description: 'Unmeasured runs before the measured ones.',
    ...all
  },
  {
    key: 'gates',
    name: 'gate',
    kind: 'list',
    description:
      'Performance gate, e.g. memory_max_mb<=1024, cpu_max:90, exit_code==0 (repeatable / one per line).',
    ...all
  },
  {
    key: 'baseline',
    name: 'baseline',
    kind: 'string',
    description:
      'Previous metrics JSON to compare against (missing on first run: noted, never fails).',
    ...all
  },
  {
    key: 'saveBaseline',
    name: 'save-baseline',
    kind: 'string',
    description: 'Write the current metrics here as the next baseline.',
    ...all
  },
  {
    key: 'regressionThreshold',
    name: 'regression-threshold',
    kind: 'number',
    description: 'Percent a metric may get worse than the baseline.',
    ...all
  },
  {
    key: 'regressionThresholds',
    name: 'regression-thresholds',
    kind: 'record',
    description: 'Per-metric thresholds, e.g. memory_max_mb=5,execution_time_seconds=25.',
    ...all
  },
  {
    key: 'metricsFile',
    name: 'metrics-file',
    kind: 'string',
    description: 'Write the metrics JSON here.',
    ...all
  },
  {
    key: 'junitFile',
    name: 'junit-file',
    kind: 'string',
    description: 'Write JUnit XML here.',
    ...all
  },
  { key: 'tapFile', name: 'tap-file', kind: 'string', description: 'Write TAP 14 here.', ...all },
  {
    key: 'sarifFile',
    name: 'sarif-file',
    kind: 'string',
    description:
      'SARIF 2.1.0 output (empty disables). The Action writes runguard.sarif by default; the CLI only when given.',
    ...all
  },
  {
    key: 'sbomFile',
    name: 'sbom-file',
    kind: 'string',
    description:
      'CycloneDX JSON SBOM output (empty disables). The Action writes runguard.cdx.json by default; the CLI only when given.',
    ...all
  },
  {
    key: 'sbomSpec',
    name: 'sbom-spec',
    kind: 'string',
    description: 'CycloneDX spec version 1.4 to 1.7.',
    ...all
  },
  {
    key: 'summaryFile',
    name: 'summary-file',
    kind: 'string',
    description: 'Write the markdown summary here (the Action always writes the job summary).',
    ...all
  },
  {
    key: 'reportFile',
    name: 'report-file',
    kind: 'string',
    description: 'runguard scan: write the JSON report ({toolRuns, findings}) here.',
    cli: true,
    input: false,
    file: true
  },
  {
    key: 'format',
    name: 'format',
    kind: 'string',
    description: 'CLI output: table or json.',
    cli: true,
    input: false,
    file: true
  },
  {
    key: 'category',
    name: 'category',
    kind: 'string',
    description: 'SARIF automationDetails category prefix.',
    ...all
  },
  {
    key: 'scanners',
    name: 'scanners',
    kind: 'list',
    description: 'Tools to run: bandit,semgrep,safety,osv,secrets.',
    ...all
  },
  {
    key: 'paths',
    name: 'paths',
    kind: 'list',
    description: 'Paths to scan, relative to the workspace (CLI: positional).',
    ...all
  },
  {
    key: 'exclude',
    name: 'exclude',
    kind: 'list',
    description: 'Glob patterns excluded from every scanner.',
    ...all
  },
  {
    key: 'installTools',
    name: 'install-tools',
    kind: 'boolean',
    description:
      'Install missing scanners into an isolated cache (default: true in the Action, false in the CLI).',
    ...all
  },
  {
    key: 'toolsDir',
    name: 'tools-dir',
    kind: 'string',
    description:
      'Where installed scanners live; must be outside the workspace. Its tools are preferred over others on PATH.',
    ...all
  },
  {
    key: 'requireTools',
    name: 'require-tools',
    kind: 'boolean',
    description: 'A selected scanner that is not installed fails instead of being skipped.',
    ...all
  },
  {
    key: 'failOnToolError',
    name: 'fail-on-tool-error',
    kind: 'boolean',
    description: 'A scanner or the runner failing fails the verdict (exit 3).',
    ...all
  },
  {
    key: 'failOnUnscanned',
    name: 'fail-on-unscanned',
    kind: 'boolean',
    description:
      'Any file a scanner skipped (size, depth, type, excluded directory; in git, only tracked ones) fails the verdict.',
    ...all
  },
  {
    key: 'maxParallel',
    name: 'max-parallel',
    kind: 'number',
    description: 'Scanners run at once (default: CPU count).',
    ...all
  },
  {
    key: 'toolTimeout',
    name: 'tool-timeout',
    kind: 'number',
    description: 'Per-scanner timeout, seconds.',
    ...all
  },
  {
    key: 'osvDb',
    name: 'osv-db',
    kind: 'string',
    description: 'osv-scanner offline database directory (offline mode).',
    ...all
  },
  {
    key: 'safetyDb',
    name: 'safety-db',
    kind: 'string',
    description: 'Safety 2.x offline database directory.',
    ...all
  },
  {
    key: 'semgrepConfig',
    name: 'semgrep-config',
    kind: 'list',
    description:
      'Extra Semgrep configs: rule files, directories or registry packs (p/python, online).',
    ...all
  },
  {
    key: 'semgrepNoDefaultRules',
    name: 'semgrep-no-default-rules',
    kind: 'boolean',
    description: "Do not use runguard's bundled Semgrep rules.",
    ...all
  },
  {
    key: 'banditSeverity',
    name: 'bandit-severity',
    kind: 'string',
    description: 'Bandit severity floor: low, medium, high.',
    ...all
  },
  {
    key: 'banditConfidence',
    name: 'bandit-confidence',
    kind: 'string',
    description: 'Bandit confidence floor: low, medium, high.',
    ...all
  },
  {
    key: 'secretsScan',
    name: 'secrets-scan',
    kind: 'string',
    description: 'Secret scanning scope: tree, diff (lines added in the PR/push), history, off.',
    ...all
  },
  {
    key: 'secretsMaxFileSize',
    name: 'secrets-max-file-size',
    kind: 'number',
    description: 'Files larger than this many bytes are skipped by the secret scanner.',
    ...all
  },
  {
    key: 'secretsDemoCredentials',
    name: 'secrets-demo-credentials',
    kind: 'string',
    description:
      'Known demo and placeholder credentials (scott:tiger, AKIAIOSFODNN7EXAMPLE, changeme …, docs/secret-detection.md): skip (default) or report.',
    ...all
  },
  {
    key: 'baseRef',
    name: 'base-ref',
    kind: 'string',
    description: 'Base commit for secrets diff/history mode (default: from the event).',
    ...all
  },
  {
    key: 'scanEnvironment',
    name: 'scan-environment',
    kind: 'boolean',
    description:
      'Read the installed Python environment (every package, exact versions, licences) into the SBOM, the OSV/Safety scans and the licence policy.',
    ...all
  },
  {
    key: 'pythonPath',
    name: 'python-path',
    kind: 'string',
    description:
      "Interpreter or virtual environment the script uses, read for scan-environment (default: the one the script's command names, VIRTUAL_ENV, or python3 on PATH when the script is a shell command). Not read from .runguard.yml.",
    cli: true,
    input: true,
    // A pull request can edit the config file: it must not choose which interpreter runguard
    // runs (only Python-named interpreters outside the workspace ever run, but the workflow
    // decides which environment is the script's).
    file: false
  },
  {
    key: 'allowLicenses',
    name: 'allow-licenses',
    kind: 'list',
    description:
      'SPDX licence ids every installed package must be usable under (e.g. MIT,Apache-2.0,BSD-3-Clause).',
    ...all
  },
  {
    key: 'denyLicenses',
    name: 'deny-licenses',
    kind: 'list',
    description:
      'SPDX licence ids no installed package may need (e.g. GPL-3.0-only,AGPL-3.0-or-later).',
    ...all
  },
  {
    key: 'recordImports',
    name: 'record-imports',
    kind: 'boolean',
    description:
      "Record which installed distributions the script's Python processes import (a sitecustomize hook on PYTHONPATH), to mark each dependency finding loaded at run time or not loaded in this run. Needs scan-environment and a script.",
    ...all
  },
  {
    key: 'failOnLoadedOnly',
    name: 'fail-on-loaded-only',
    kind: 'boolean',
    description:
      'Dependency findings on packages no attempt of the script loaded do not fail the gate (they are still reported). Without a usable import record every finding counts.',
    ...all
  },
  {
    key: 'failOn',
    name: 'fail-on',
    kind: 'string',
    description: 'Lowest severity that fails: critical, high, medium, low, none.',
    ...all
  },
  {
    key: 'reportLevel',
    name: 'report-level',
    kind: 'string',
    description: 'Lowest severity reported: critical, high, medium, low, info.',
    ...all
  },
  {
    key: 'unknownSeverity',
    name: 'unknown-severity',
    kind: 'string',
    description: 'Severity assumed when a tool gives none.',
    ...all
  },
  {
    key: 'ignoreFile',
    name: 'ignore-file',
    kind: 'string',
    description: 'Suppression file (reason required, optional expiry).',
    ...all
  },
  {
    key: 'baselineSarif',
    name: 'baseline-sarif',
    kind: 'string',
    description: 'SARIF from the default branch: only new findings can fail.',
    ...all
  },
  {
    key: 'uploadSarif',
    name: 'upload-sarif',
    kind: 'boolean',
    description: 'Upload the SARIF to GitHub code scanning.',
    cli: false,
    input: true,
    file: true
  },
  {
    key: 'commentOnPr',
    name: 'comment-on-pr',
    kind: 'boolean',
    description: 'Keep one sticky PR comment with the verdict.',
    cli: false,
    input: true,
    file: true
  },
  {
    key: 'annotations',
    name: 'annotations',
    kind: 'boolean',
    description: 'Write PR annotations.',
    cli: false,
    input: true,
    file: true
  },
  {
    key: 'history',
    name: 'history',
    kind: 'string',
    description:
      'Run history and trend gate: off (default), auto (Action: the history-branch of the repository; CLI: history-dir), git, local.',
    ...all
  },
  {
    key: 'historyDir',
    name: 'history-dir',
    kind: 'string',
    description: 'Local history store (JSON Lines), relative to the workspace.',
    ...all
  },
  {
    key: 'historyBranch',
    name: 'history-branch',
    kind: 'string',
    description:
      'Git branch that holds the history and the dashboard (written with github-token on trend-branch runs).',
    ...all
  },
  {
    key: 'historyRemote',
    name: 'history-remote',
    kind: 'string',
    description:
      'Repository URL of the history branch (default: this repository; CLI: the origin remote).',
    cli: true,
    input: true,
    file: false
  },
  {
    key: 'historyKeep',
    name: 'history-keep',
    kind: 'number',
    description: 'Runs kept per category; older ones are pruned.',
    ...all
  },
  {
    key: 'trendBranches',
    name: 'trend-branches',
    kind: 'list',
    description:
      'Branches whose runs are recorded and feed the trend (default: the default branch; CLI: every run).',
    ...all
  },
  {
    key: 'trendWindow',
    name: 'trend-window',
    kind: 'number',
    description:
      'Trend-branch runs whose rolling median a run is compared with (0 = no trend gate).',
    ...all
  },
  {
    key: 'trendNoiseFactor',
    name: 'trend-noise-factor',
    kind: 'number',
    description:
      'Noise widths (1.4826 x MAD of the window) a metric may rise above its rolling median.',
    ...all
  },
  {
    key: 'trendThreshold',
    name: 'trend-threshold',
    kind: 'number',
    description: 'Percent a metric may rise above its rolling median whatever the noise.',
    ...all
  },
  {
    key: 'alertWebhook',
    name: 'alert-webhook',
    kind: 'string',
    description:
      'Webhook URL (a secret) posted to when the state changes (CLI: RUNGUARD_ALERT_WEBHOOK).',
    cli: false,
    input: true,
    file: false
  },
  {
    key: 'alertFormat',
    name: 'alert-format',
    kind: 'string',
    description: 'Alert payload: auto (from the URL), slack, teams, json.',
    ...all
  },
  {
    key: 'githubToken',
    name: 'github-token',
    kind: 'string',
    description: 'Token for SARIF upload and PR comments; never passed to the script.',
    cli: false,
    input: true,
    file: false
  },
  {
    key: 'trustedConfig',
    name: 'trusted-config',
    kind: 'string',
    description:
      "Whose .runguard.yml and ignore file decide the gate: base (the base commit), head (the checkout), or auto (base under pull_request_target). The change's attempts are listed.",
    cli: true,
    input: true,
    file: false
  },
  {
    key: 'expect',
    name: 'expect',
    kind: 'list',
    description:
      'runguard merge: the number of shards, or their names (artifact directories); a shard that did not report fails the merge.',
    cli: true,
    input: false,
    file: false
  },
  {
    key: 'workspace',
    name: 'workspace',
    kind: 'string',
    description:
      'Repository root; report paths are relative to it (default: current directory / GITHUB_WORKSPACE).',
    cli: true,
    input: false,
    file: false
  },
  {
    key: 'verbose',
    name: 'verbose',
    kind: 'boolean',
    description: 'Print debug lines.',
    cli: true,
    input: true,
    file: true
  }
]

export const BY_NAME: ReadonlyMap<string, SettingKey> = new Map(SETTING_TABLE.map(k => [k.name, k]))

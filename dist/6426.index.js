export const id = 6426;
export const ids = [6426];
export const modules = {

/***/ 31440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ BY_NAME),
/* harmony export */   a: () => (/* binding */ SETTING_TABLE)
/* harmony export */ });
const all = { cli: true, input: true, file: true };
/**
 * Every user-facing setting, once. Action inputs, CLI flags and config-file keys are all derived
 * from this table, so a setting cannot exist in one place and be forgotten in another (a test
 * checks it against the schema and action.yml).
 */
const SETTING_TABLE = [
    {
        key: 'script',
        name: 'script',
        kind: 'script',
        description: 'Command to run under monitoring (CLI: after --). A string is split like argv; use shell: true for shell syntax.',
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
        description: 'Seconds before the script gets SIGTERM (whole process tree), then SIGKILL after kill-grace; 0 = none.',
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
        description: 'Scrubbed variables the script may inherit (GITHUB_TOKEN, GH_TOKEN, ACTIONS_*, INPUT_*, GITHUB_OUTPUT and the other file commands, OTEL_EXPORTER_OTLP_*HEADERS are scrubbed). Not read from .runguard.yml.',
        cli: true,
        input: true,
        // A pull request can edit the config file: it must not hand the script the runner's tokens.
        file: false
    },
    {
        key: 'isolation',
        name: 'isolation',
        kind: 'string',
        description: 'auto | required | off: run the script in its own PID and mount namespaces without sudo, out of reach of runner tokens (needs root or passwordless sudo; required: exit 2 where unavailable). Not read from .runguard.yml.',
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
        description: 'Bytes kept per output stream (head and tail), and shown live per attempt; everything is still counted.',
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
        description: 'Extra attempts when the script fails (0 = run once). Gate failures are never retried.',
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
        description: 'Performance gate, e.g. memory_max_mb<=1024, cpu_max:90, exit_code==0 (repeatable / one per line).',
        ...all
    },
    {
        key: 'baseline',
        name: 'baseline',
        kind: 'string',
        description: 'Previous metrics JSON to compare against (missing on first run: noted, never fails).',
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
        description: 'SARIF 2.1.0 output (empty disables). The Action writes runguard.sarif by default; the CLI only when given.',
        ...all
    },
    {
        key: 'sbomFile',
        name: 'sbom-file',
        kind: 'string',
        description: 'CycloneDX JSON SBOM output (empty disables). The Action writes runguard.cdx.json by default; the CLI only when given.',
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
        description: 'Install missing scanners into an isolated cache (default: true in the Action, false in the CLI).',
        ...all
    },
    {
        key: 'toolsDir',
        name: 'tools-dir',
        kind: 'string',
        description: 'Where installed scanners live; must be outside the workspace. Its tools are preferred over others on PATH.',
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
        description: 'Any file a scanner skipped (size, depth, type, excluded directory; in git, only tracked ones) fails the verdict.',
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
        description: 'Extra Semgrep configs: rule files, directories or registry packs (p/python, online).',
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
        description: 'Known demo and placeholder credentials (scott:tiger, AKIAIOSFODNN7EXAMPLE, changeme …, docs/secret-detection.md): skip (default) or report.',
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
        description: 'Read the installed Python environment (every package, exact versions, licences) into the SBOM, the OSV/Safety scans and the licence policy.',
        ...all
    },
    {
        key: 'pythonPath',
        name: 'python-path',
        kind: 'string',
        description: "Interpreter or virtual environment the script uses, read for scan-environment (default: the one the script's command names, VIRTUAL_ENV, or python3 on PATH when the script is a shell command). Not read from .runguard.yml.",
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
        description: 'SPDX licence ids every installed package must be usable under (e.g. MIT,Apache-2.0,BSD-3-Clause).',
        ...all
    },
    {
        key: 'denyLicenses',
        name: 'deny-licenses',
        kind: 'list',
        description: 'SPDX licence ids no installed package may need (e.g. GPL-3.0-only,AGPL-3.0-or-later).',
        ...all
    },
    {
        key: 'recordImports',
        name: 'record-imports',
        kind: 'boolean',
        description: "Record which installed distributions the script's Python processes import (a sitecustomize hook on PYTHONPATH), to mark each dependency finding loaded at run time or not loaded in this run. Needs scan-environment and a script.",
        ...all
    },
    {
        key: 'failOnLoadedOnly',
        name: 'fail-on-loaded-only',
        kind: 'boolean',
        description: 'Dependency findings on packages no attempt of the script loaded do not fail the gate (they are still reported). Without a usable import record every finding counts.',
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
        description: 'Run history and trend gate: off (default), auto (Action: the history-branch of the repository; CLI: history-dir), git, local.',
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
        description: 'Git branch that holds the history and the dashboard (written with github-token on trend-branch runs).',
        ...all
    },
    {
        key: 'historyRemote',
        name: 'history-remote',
        kind: 'string',
        description: 'Repository URL of the history branch (default: this repository; CLI: the origin remote).',
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
        description: 'Branches whose runs are recorded and feed the trend (default: the default branch; CLI: every run).',
        ...all
    },
    {
        key: 'trendWindow',
        name: 'trend-window',
        kind: 'number',
        description: 'Trend-branch runs whose rolling median a run is compared with (0 = no trend gate).',
        ...all
    },
    {
        key: 'trendNoiseFactor',
        name: 'trend-noise-factor',
        kind: 'number',
        description: 'Noise widths (1.4826 x MAD of the window) a metric may rise above its rolling median.',
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
        description: 'Webhook URL (a secret) posted to when the state changes (CLI: RUNGUARD_ALERT_WEBHOOK).',
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
        description: "Whose .runguard.yml and ignore file decide the gate: base (the base commit), head (the checkout), or auto (base under pull_request_target). The change's attempts are listed.",
        cli: true,
        input: true,
        file: false
    },
    {
        key: 'expect',
        name: 'expect',
        kind: 'list',
        description: 'runguard merge: the number of shards, or their names (artifact directories); a shard that did not report fails the merge.',
        cli: true,
        input: false,
        file: false
    },
    {
        key: 'workspace',
        name: 'workspace',
        kind: 'string',
        description: 'Repository root; report paths are relative to it (default: current directory / GITHUB_WORKSPACE).',
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
];
const BY_NAME = new Map(SETTING_TABLE.map(k => [k.name, k]));


/***/ }),

/***/ 97235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   IK: () => (/* binding */ fromText)
/* harmony export */ });
/* unused harmony export parseScript */
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26591);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * Turns the text of an Action input, CLI flag or config-file scalar into the raw value the
 * schema expects. Type errors are reported here, with the source, because only here do we still
 * know what the user typed.
 */
function fromText(entry, text, source) {
    const value = text.trim();
    switch (entry.kind) {
        case 'string':
            return value;
        case 'number': {
            const n = Number(value);
            if (value === '' || !Number.isFinite(n))
                throw invalid(entry, text, source, 'a number');
            return n;
        }
        case 'boolean': {
            // Same rule as core.getBooleanInput (YAML 1.2 core schema): no yes/no/1/0 guessing.
            if (['true', 'True', 'TRUE'].includes(value))
                return true;
            if (['false', 'False', 'FALSE'].includes(value))
                return false;
            throw invalid(entry, text, source, 'true or false');
        }
        case 'list':
            return splitList(text, entry.name === 'secrets' || entry.name === 'gate' ? /\r?\n/ : /[\r\n,]+/);
        case 'numberList':
            return splitList(text, /[\r\n,\s]+/).map(item => {
                const n = Number(item);
                if (!Number.isInteger(n))
                    throw invalid(entry, item, source, 'a list of integers, e.g. 1,137');
                return n;
            });
        case 'record': {
            const record = {};
            for (const item of splitList(text, /[\r\n,]+/)) {
                const m = /^([A-Za-z0-9_]+)\s*[=:]\s*(-?\d+(?:\.\d+)?)$/.exec(item);
                if (!m)
                    throw invalid(entry, item, source, 'name=number pairs, e.g. memory_max_mb=5');
                record[m[1]] = Number(m[2]);
            }
            return record;
        }
        case 'script':
            return parseScript(value, source);
    }
}
function splitList(text, separator) {
    return text
        .split(separator)
        .map(s => s.trim())
        .filter(s => s.length > 0);
}
/**
 * A script given as one string (Action input) becomes an argv array: a JSON array is taken as
 * is; otherwise the string is split with shell quoting rules but never run through a shell, so
 * operators and expansions are rejected instead of silently passed as literal arguments.
 */
function parseScript(text, source) {
    if (text.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            parsed = undefined;
        }
        if (!Array.isArray(parsed) || parsed.some(a => typeof a !== 'string') || parsed.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`script from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSource */ .B6)(source)} starts with '[' but is not a JSON array of strings: ${text}`, { field: 'script', value: text, source });
        }
        return parsed;
    }
    const argv = [];
    for (const token of (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.parse)(text, name => `\${${name}}`)) {
        if (typeof token !== 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`script from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSource */ .B6)(source)} uses shell syntax (${JSON.stringify(token)}); ` +
                `set shell: true to run it through /bin/sh, or write it as plain arguments`, { field: 'script', value: text, source });
        }
        if (token.includes('${')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`script from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSource */ .B6)(source)} uses a variable expansion; set shell: true to let the shell expand it`, { field: 'script', value: text, source });
        }
        argv.push(token);
    }
    if (argv.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`script from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSource */ .B6)(source)} is empty`, {
            field: 'script',
            value: text,
            source
        });
    }
    return argv;
}
function invalid(entry, text, source, expected) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid value for '${entry.name}' from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSource */ .B6)(source)}: got ${JSON.stringify(text)}, expected ${expected}.`, { field: entry.name, value: text, source });
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/** Exit codes of the CLI (docs/architecture.md); the Action maps them to success/failure. */
const ExitCode = {
    Passed: 0,
    Violation: 1,
    Configuration: 2,
    ToolError: 3
};
function describeSource(source) {
    switch (source.kind) {
        case 'default':
            return 'default';
        case 'input':
            return `input '${source.name}'`;
        case 'flag':
            return `flag --${source.name}`;
        case 'argument':
            return `argument ${source.name}`;
        case 'file':
            return source.line === undefined ? source.path : `${source.path}:${source.line}`;
        case 'env':
            return `environment variable ${source.name}`;
    }
}
/**
 * A problem the user can fix (exit 2). The message names the field, the value, what was
 * expected and, when known, where the value came from.
 */
class ConfigurationError extends Error {
    details;
    name = 'ConfigurationError';
    constructor(message, details = {}) {
        super(message);
        this.details = details;
    }
}
/**
 * Turns any thrown value into a message; a thrown string must not slip through.
 * The message is read structurally: errors from another realm (jest's VM modules, worker
 * threads) are not `instanceof Error` and must not be printed as JSON without their message.
 */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    const message = error?.message;
    if (typeof message === 'string')
        return message;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ execFile)
/* harmony export */ });
/* unused harmony export STREAM_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_MAX_BUFFER = 512 * 1024 * 1024;
const KILL_GRACE_MS = 2000;
/** How long the output of an exited program may stay open (held by a process it started). */
const STREAM_GRACE_MS = 2000;
/**
 * The text of a stream's chunks, which are let go on the way: a report of tens of MB was held
 * three times over (the chunks, their concatenation, the string) for as long as the child
 * process object lived.
 */
function text(chunks) {
    const whole = Buffer.concat(chunks);
    chunks.length = 0;
    return whole.toString('utf8');
}
/**
 * Runs a program with an argument array in its own process group and never throws for a
 * non-zero exit: each caller maps exit codes itself (docs/architecture.md, "Processes").
 */
const execFile = (command, args, options = {}) => new Promise(resolve => {
    const started = performance.now();
    const max = options.maxBufferBytes ?? DEFAULT_MAX_BUFFER;
    const out = [];
    const err = [];
    let outBytes = 0;
    let errBytes = 0;
    let truncated = false;
    let timedOut = false;
    let settled = false;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        // Own process group so a timeout kills grandchildren too.
        detached: process.platform !== 'win32',
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true
    });
    const killGroup = (sig) => {
        if (child.pid === undefined)
            return;
        try {
            if (process.platform !== 'win32')
                process.kill(-child.pid, sig);
            else
                child.kill(sig);
        }
        catch {
            // Already gone.
        }
    };
    const stop = () => {
        killGroup('SIGTERM');
        setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref();
    };
    const timer = options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs)
        : undefined;
    const onAbort = () => stop();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const onStdout = options.onStdout;
    child.stdout.on('data', (chunk) => {
        if (outBytes + chunk.length > max)
            truncated = true;
        else if (onStdout)
            onStdout(chunk);
        else
            out.push(chunk);
        outBytes += chunk.length;
    });
    child.stderr.on('data', (chunk) => {
        if (errBytes + chunk.length > max)
            truncated = true;
        else
            err.push(chunk);
        errBytes += chunk.length;
    });
    child.stdin.on('error', () => {
        // The program may exit without reading stdin (EPIPE); that is not our failure.
    });
    child.stdin.end(options.input ?? undefined);
    const finish = (result) => {
        if (settled)
            return;
        settled = true;
        if (timer)
            clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        resolve({
            exitCode: null,
            signal: null,
            stdout: text(out),
            stderr: text(err),
            timedOut,
            truncated,
            durationMs: performance.now() - started,
            ...result
        });
    };
    child.on('error', e => finish({ spawnError: e.message }));
    child.on('close', (code, signal) => finish({ exitCode: code, signal }));
    // 'close' waits for every holder of the pipes: a daemon the tool left behind (or a
    // grandchild that setsid'd) would keep runguard waiting forever.
    child.once('exit', (code, signal) => {
        const held = setTimeout(() => {
            killGroup('SIGKILL');
            child.stdout.destroy();
            child.stderr.destroy();
            finish({ exitCode: code, signal, streamsHeldOpen: true });
        }, STREAM_GRACE_MS);
        child.once('close', () => clearTimeout(held));
    });
});


/***/ }),

/***/ 20817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ notComparedWithBaseline),
/* harmony export */   Sh: () => (/* binding */ validateRegressionThresholds),
/* harmony export */   XY: () => (/* binding */ saveBaseline),
/* harmony export */   dp: () => (/* binding */ REGRESSION_SLACK),
/* harmony export */   mI: () => (/* binding */ DEFAULT_REGRESSION_METRICS),
/* harmony export */   oU: () => (/* binding */ loadBaseline),
/* harmony export */   qW: () => (/* binding */ evaluateRegressions)
/* harmony export */ });
/* unused harmony exports regressionMetrics, baselineWarnings */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);
/* harmony import */ var _util_write_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37238);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89424);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6059);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73443);







/**
 * Metrics checked against a baseline by default: all lower-is-better, all meaningful for a
 * script. cpu_max/cpu_min, minor faults and context switches are left out: they swing with
 * scheduler noise on shared runners and rarely mean a regression.
 * Any metric named in `regressionThresholds` is checked too.
 */
const DEFAULT_REGRESSION_METRICS = [
    'execution_time_seconds',
    'user_time_seconds',
    'system_time_seconds',
    'cpu_avg',
    'memory_max_mb',
    'memory_avg_mb',
    'num_threads',
    'num_fds',
    'stdout_size_bytes',
    'stderr_size_bytes',
    'page_faults_major',
    'block_io_read_bytes',
    'block_io_write_bytes'
];
/**
 * Absolute slack per metric, in the metric's unit: a change smaller than this never fails,
 * however large in percent (0.02 s → 0.04 s is +100% and pure noise). Unlisted metrics: 0.
 */
const REGRESSION_SLACK = {
    execution_time_seconds: 0.05,
    user_time_seconds: 0.05,
    system_time_seconds: 0.05,
    cpu_avg: 5, // percentage points
    cpu_max: 5,
    cpu_min: 5,
    memory_max_mb: 5,
    memory_avg_mb: 5,
    memory_min_mb: 5,
    num_threads: 2,
    num_fds: 2,
    stdout_size_bytes: 1024,
    stderr_size_bytes: 1024,
    stdout_lines: 10,
    stderr_lines: 10,
    page_faults_major: 10,
    page_faults_minor: 1000,
    voluntary_context_switches: 100,
    involuntary_context_switches: 100,
    block_io_read_bytes: 1024 * 1024,
    block_io_write_bytes: 1024 * 1024
};
/** Metrics that cannot be compared as "lower is better". */
const NOT_REGRESSION_METRICS = ['exit_code', 'success'];
/**
 * Checks `regressionThresholds` keys: an unknown or non-comparable metric is a configuration
 * error (never silently ignored).
 */
function validateRegressionThresholds(thresholds) {
    for (const key of Object.keys(thresholds)) {
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .isMetricName */ .M8)(key)) {
            const hint = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(key, _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_NAMES */ .Uw);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`regression-thresholds names unknown metric '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}; use one of ${DEFAULT_REGRESSION_METRICS.join(', ')}`, { field: 'regressionThresholds', value: key });
        }
        if (NOT_REGRESSION_METRICS.includes(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`regression-thresholds cannot apply to '${key}' (it is not lower-is-better); gate it with e.g. '${key === 'success' ? 'success==true' : 'exit_code==0'}' instead`, { field: 'regressionThresholds', value: key });
        }
    }
}
const signedPercent = (p) => Number.isFinite(p) ? `${p >= 0 ? '+' : ''}${p.toFixed(1)}%` : '+inf%';
/** The metrics a regression check compares: the defaults plus those with their own threshold. */
function regressionMetrics(options) {
    const overrides = options.thresholds ?? {};
    return [
        ...DEFAULT_REGRESSION_METRICS,
        ...Object.keys(overrides).filter((m) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .isMetricName */ .M8)(m) && !DEFAULT_REGRESSION_METRICS.includes(m))
    ];
}
/**
 * Regression gates: current (median over repeats) against baseline (its median when it had
 * several runs). A metric fails only when it grew by more than its threshold percent AND by
 * more than its absolute slack, i.e. `actual > max(baseline × (1 + t/100), baseline + slack)`;
 * that effective limit is the GateResult's `limit`. A baseline of 0 therefore fails only when
 * the current value exceeds the slack. Metrics missing on either side, or not observed in this
 * run (null), are skipped (notComparedWithBaseline names the latter).
 */
function evaluateRegressions(current, baseline, options) {
    const overrides = options.thresholds ?? {};
    validateRegressionThresholds(overrides);
    const out = [];
    for (const metric of regressionMetrics(options)) {
        const was = baseline[metric];
        const now = current[metric];
        if (was === undefined || was === null || now === null)
            continue;
        if (!Number.isFinite(was) || !Number.isFinite(now))
            continue;
        const thresholdPct = overrides[metric] ?? options.threshold;
        const slack = REGRESSION_SLACK[metric] ?? 0;
        const limit = Math.max(was * (1 + thresholdPct / 100), was + slack);
        const passed = now <= limit;
        const change = was === 0 ? (now === 0 ? 0 : Infinity) : ((now - was) / Math.abs(was)) * 100;
        const slackNote = passed && now > was * (1 + thresholdPct / 100)
            ? `, within slack ${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatNumber */ .ZV)(metric, slack)}`
            : '';
        out.push({
            gate: `regression: ${metric}`,
            kind: 'regression',
            metric,
            op: '<=',
            limit,
            actual: now,
            baseline: was,
            passed,
            message: `${metric} was ${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatNumber */ .ZV)(metric, was)}, now ${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatNumber */ .ZV)(metric, now)} (${signedPercent(change)}, limit ${thresholdPct}%${slackNote})`
        });
    }
    return out;
}
/**
 * The regression metrics the baseline has but this run did not observe (null): skipped, and
 * said so in one warning rather than compared as 0.
 */
function notComparedWithBaseline(current, baseline, options, why) {
    const skipped = regressionMetrics(options).filter(m => current[m] === null && typeof baseline[m] === 'number');
    return skipped.length === 0
        ? []
        : [`${skipped.join(', ')} not compared with the baseline: ${why}`];
}
/**
 * Loads the `baseline` file. A missing file is the normal first run: a warning, never a
 * failure. Anything else unreadable or not a metrics JSON is a
 * ConfigurationError. A baseline from another kind of machine is a warning.
 */
async function loadBaseline(path, current) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            return {
                status: 'missing',
                warnings: [`no baseline yet at ${path}; run with save-baseline to record one`]
            };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot read baseline ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, {
            field: 'baseline',
            value: path
        });
    }
    // The metrics JSON validator (ajv) loads only when there is a baseline to check: every
    // `run` evaluates its gates through this module.
    const { parseMetricsJson } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(356)]).then(__webpack_require__.bind(__webpack_require__, 50356));
    const baseline = parseMetricsJson(text, path);
    return { status: 'loaded', baseline, warnings: baselineWarnings(baseline, current) };
}
/** Warnings about comparing against this baseline (machine differences, unknown machine). */
function baselineWarnings(baseline, current) {
    if (!current)
        return [];
    if (!baseline.fingerprint) {
        return [
            `baseline ${baseline.path} records no runner fingerprint; regressions may reflect a different machine`
        ];
    }
    const diffs = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprintDifferences */ .$)(baseline.fingerprint, current);
    return diffs.length === 0
        ? []
        : [
            `baseline ${baseline.path} was recorded on a different runner (${diffs.join('; ')}); regression results may be noise`
        ];
}
/** Writes the metrics JSON text (formatMetricsJson) as the next baseline, creating parent dirs. */
async function saveBaseline(path, metricsJsonText, root) {
    await (0,_util_write_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTextFile */ .Tl)(path, metricsJsonText, root);
}


/***/ }),

/***/ 89424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ fingerprintDifferences),
/* harmony export */   T: () => (/* binding */ collectFingerprint)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/** The current machine's fingerprint; the Python version is passed in (it needs an exec). */
function collectFingerprint(extra = {}) {
    const cpus = node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus();
    return {
        os: process.platform,
        osRelease: node_os__WEBPACK_IMPORTED_MODULE_0___default().release(),
        arch: process.arch,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        cores: cpus.length,
        node: process.versions.node,
        ...(extra.python === undefined ? {} : { python: extra.python })
    };
}
const major = (version) => version.replace(/^v/, '').split('.')[0] ?? version;
/**
 * Differences that make a baseline comparison less trustworthy, one line each (empty = same
 * kind of machine). osRelease is ignored; Node only by major version (it does not run the
 * script); Python only when both sides know it.
 */
function fingerprintDifferences(baseline, current) {
    const out = [];
    const check = (field, was, now) => {
        if (was !== undefined && now !== undefined && was !== now)
            out.push(`${field} was ${String(was)}, now ${String(now)}`);
    };
    check('os', baseline.os, current.os);
    check('arch', baseline.arch, current.arch);
    check('cpu model', baseline.cpuModel, current.cpuModel);
    check('cores', baseline.cores, current.cores);
    if (baseline.node !== undefined)
        check('node major', major(baseline.node), major(current.node));
    check('python', baseline.python, current.python);
    return out;
}


/***/ }),

/***/ 6059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M8: () => (/* binding */ isMetricName),
/* harmony export */   XL: () => (/* binding */ gateFromLegacy),
/* harmony export */   Xi: () => (/* binding */ parseGate),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);

const OPS = ['<=', '>=', '==', '!=', '<', '>'];
const GATE_RE = /^\s*([a-z_][a-z0-9_]*)\s*(<=|>=|==|!=|<|>|:)\s*(-?\d+(?:\.\d+)?|true|false)\s*$/i;
function isMetricName(name) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw.includes(name);
}
/**
 * Parses `cpu_max:90` (seed form, meaning `<=`), `memory_max_mb<=1024`, `exit_code==0`,
 * `success==true`. Returns an error string instead of throwing so the caller can say where
 * the value came from. An unknown metric is always an error, never a silent pass.
 */
function parseGate(text) {
    const m = GATE_RE.exec(text);
    if (!m) {
        return {
            error: `'${text}' is not a gate; expected <metric><op><number> with op one of ${OPS.join(' ')} or ':' (e.g. memory_max_mb<=1024, cpu_max:90)`
        };
    }
    const [, name = '', rawOp = '', rawLimit = ''] = m;
    const metric = name.toLowerCase();
    if (!isMetricName(metric)) {
        const hint = closest(metric, _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw);
        return {
            error: `unknown metric '${name}' in gate '${text}'${hint ? ` (did you mean '${hint}'?)` : ''}; known metrics: ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw.join(', ')}`
        };
    }
    const op = rawOp === ':' ? '<=' : rawOp;
    const limit = rawLimit === 'true' ? 1 : rawLimit === 'false' ? 0 : Number(rawLimit);
    return { metric, op, limit, text: `${metric} ${op} ${rawLimit}` };
}
/** The legacy config form `{metric_name, max_value | min_value}`. */
function gateFromLegacy(entry) {
    const specs = [];
    if (entry.max_value !== undefined)
        specs.push(`${entry.metric_name}<=${entry.max_value}`);
    if (entry.min_value !== undefined)
        specs.push(`${entry.metric_name}>=${entry.min_value}`);
    if (specs.length === 0)
        return { error: `gate for '${entry.metric_name}' needs max_value or min_value` };
    const out = [];
    for (const s of specs) {
        const g = parseGate(s);
        if ('error' in g)
            return g;
        out.push(g);
    }
    return out;
}
/** Levenshtein-nearest candidate within distance 3, for "did you mean". */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = levenshtein(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return bestDistance <= Math.max(3, Math.floor(word.length / 3)) ? best : undefined;
}
function levenshtein(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}


/***/ }),

/***/ 81179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ computeStatistics),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   a1: () => (/* binding */ aggregateRuns),
/* harmony export */   lu: () => (/* binding */ isLegacyUnsampled)
/* harmony export */ });
/* unused harmony exports metricNumber, summarize */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);

/** A metric as a number: `success` counts as 1/0 (model.ts); null when it was not observed. */
function metricNumber(values, metric) {
    const v = values[metric];
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}
/** The values of the runs that observed the metric. */
function observed(runs, metric) {
    return runs.map(r => metricNumber(r, metric)).filter((v) => v !== null);
}
function median(values) {
    if (values.length === 0)
        return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Mean, median, stddev (n − 1), min, max, MAD and CV of a non-empty list. */
function summarize(values) {
    const n = values.length;
    if (n === 0)
        throw new Error('summarize needs at least one value');
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const med = median(values);
    const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
    const stddev = Math.sqrt(variance);
    return {
        n,
        mean,
        median: med,
        stddev,
        min: Math.min(...values),
        max: Math.max(...values),
        mad: median(values.map(v => Math.abs(v - med))),
        cv: mean === 0 ? 0 : stddev / Math.abs(mean)
    };
}
/**
 * Statistics of every metric over the runs that observed it (at least one run); a metric no run
 * observed has none, and `n` says how many runs a metric's statistics rest on.
 */
function computeStatistics(runs) {
    if (runs.length === 0)
        throw new Error('computeStatistics needs at least one run');
    const out = {};
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw) {
        const values = observed(runs, metric);
        if (values.length > 0)
            out[metric] = summarize(values);
    }
    return out;
}
/**
 * The value per metric that gates see. With one run, that run. With several (`repeat` > 1),
 * the MEDIAN, which is robust to one noisy run — except for
 * `exit_code` and `success`: those take the WORST run (the exit code furthest from 0, and the
 * minimum of success), because a flaky script that fails one run in five must not pass by
 * median. A metric some runs did not observe takes the median of those that did; none: null.
 */
function aggregateRuns(runs) {
    if (runs.length === 0)
        throw new Error('aggregateRuns needs at least one run');
    const values = {};
    const basis = {};
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw) {
        const all = observed(runs, metric);
        if (all.length === 0) {
            values[metric] = null;
            basis[metric] = 'single';
        }
        else if (all.length === 1) {
            values[metric] = all[0];
            basis[metric] = 'single';
        }
        else if (metric === 'exit_code') {
            // Worst = furthest from 0, sign kept (a negative code from a signal is a failure too).
            values[metric] = all.reduce((w, v) => (Math.abs(v) > Math.abs(w) ? v : w), 0);
            basis[metric] = 'worst';
        }
        else if (metric === 'success') {
            values[metric] = Math.min(...all);
            basis[metric] = 'worst';
        }
        else {
            values[metric] = median(all);
            basis[metric] = 'median';
        }
    }
    return { values, basis, runs: runs.length };
}
/**
 * Values stored before runguard said "not observed": a script that ended before the first
 * sample had 0 for every metric only sampling observes (model.ts SAMPLED_ONLY_METRICS). Such a
 * run is recognised by `num_threads` 0, since a sampled process always has a thread.
 */
function isLegacyUnsampled(values) {
    return values.num_threads === 0;
}


/***/ }),

/***/ 73443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   jv: () => (/* binding */ METRIC_UNITS),
/* harmony export */   q7: () => (/* binding */ NOT_OBSERVED_LABEL)
/* harmony export */ });
/* unused harmony export formatBytes */
/** How a metric that was not observed (null) is shown; the measurement's notes say why. */
const NOT_OBSERVED_LABEL = 'not sampled';
/**
 * Units of every metric. The memory metrics are resident set size in MiB (KiB from the kernel
 * / 1024); their names keep Python Script Runner's `_mb` suffix so gates and baselines written
 * for it still work, but every label says MiB.
 */
const METRIC_UNITS = {
    execution_time_seconds: 's',
    exit_code: 'code',
    success: 'bool',
    cpu_max: '%',
    cpu_avg: '%',
    cpu_min: '%',
    memory_max_mb: 'MiB',
    memory_avg_mb: 'MiB',
    memory_min_mb: 'MiB',
    user_time_seconds: 's',
    system_time_seconds: 's',
    num_threads: 'count',
    num_fds: 'count',
    page_faults_minor: 'count',
    page_faults_major: 'count',
    voluntary_context_switches: 'count',
    involuntary_context_switches: 'count',
    block_io_read_bytes: 'bytes',
    block_io_write_bytes: 'bytes',
    stdout_lines: 'count',
    stderr_lines: 'count',
    stdout_size_bytes: 'bytes',
    stderr_size_bytes: 'bytes'
};
/**
 * A plain number in the metric's natural precision, without unit (regression messages:
 * "memory_max_mb was 120.0, now 150.0"). Medians of integer metrics can be x.5, so counts keep
 * one decimal only when they need it.
 */
function formatNumber(metric, value) {
    if (value === null)
        return NOT_OBSERVED_LABEL;
    if (!Number.isFinite(value))
        return String(value);
    switch (METRIC_UNITS[metric]) {
        case 's':
            return value.toFixed(3);
        case '%':
        case 'MiB':
            return value.toFixed(1);
        case 'bool':
            return value >= 1 ? 'true' : 'false';
        default:
            return Number.isInteger(value) ? String(value) : value.toFixed(1);
    }
}
/** A value with a human-readable unit: `1.50 s`, `95.2%`, `512.0 MiB`, `3`. */
function formatValue(metric, value) {
    if (value === null)
        return NOT_OBSERVED_LABEL;
    if (!Number.isFinite(value))
        return String(value);
    switch (METRIC_UNITS[metric]) {
        case 's':
            return `${value.toFixed(value < 10 ? 3 : 2)} s`;
        case '%':
            return `${value.toFixed(1)}%`;
        case 'MiB':
            return `${value.toFixed(1)} MiB`;
        case 'bytes':
            return formatBytes(value);
        case 'bool':
            return value >= 1 ? 'true' : 'false';
        default:
            return formatNumber(metric, value);
    }
}
/** Binary units, one decimal: `512 B`, `1.5 KiB`, `12.0 MiB`. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = 0;
    while (Math.abs(v) >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${Math.round(v)} B` : `${v.toFixed(1)} ${units[i]}`;
}


/***/ }),

/***/ 34793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ AnnotationLedger),
/* harmony export */   QD: () => (/* binding */ ledgerLogger),
/* harmony export */   Wy: () => (/* binding */ coreAnnotationSink),
/* harmony export */   fz: () => (/* binding */ annotate)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, levelForSeverity, findingAnnotation, planAnnotations */
/* harmony import */ var _policy_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23863);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27152);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95513);



/** The runner's per-step, per-level cap (runner ExecutionContext: 10 per issue type). */
const ANNOTATIONS_PER_LEVEL = 10;
const TITLE_MAX = 200;
const MESSAGE_MAX = 2_000;
const noCounts = () => ({ error: 0, warning: 0, notice: 0 });
/**
 * Every annotation this step printed, per level: whoever prints one (the logger's warnings and
 * errors, the annotation sink, a notice) notes it here, so the finding annotations know how many
 * slots are left.
 */
class AnnotationLedger {
    counts = noCounts();
    /** Notes one annotation of `level`. */
    note(level) {
        this.counts[level]++;
    }
    /** Annotations noted so far, per level. */
    used() {
        return { ...this.counts };
    }
}
/**
 * `inner` with its warnings and errors (annotations in the Action) noted in `ledger`; every
 * other member (the Action logger's script-output writer) is `inner`'s own.
 */
function ledgerLogger(inner, ledger) {
    const wrapped = Object.create(inner);
    wrapped.warning = (m, p) => {
        ledger.note('warning');
        inner.warning(m, p);
    };
    wrapped.error = (m, p) => {
        ledger.note('error');
        inner.error(m, p);
    };
    return wrapped;
}
/** The level a finding's annotation gets: policy/severity.ts decides, for every channel. */
function levelForSeverity(severity, unknownSeverity) {
    return presentSeverity(severity, unknownSeverity).annotationLevel;
}
function clip(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
/** The annotation for one finding; secret findings carry only their masked preview. */
function findingAnnotation(f, unknownSeverity) {
    let message;
    if (f.tool === 'secrets' || f.secret) {
        message = `${f.title}: ${f.secret?.provider ?? 'secret'} ${f.secret?.masked ?? '…'}`;
    }
    else {
        message = f.message;
        if (f.package) {
            const fixed = f.package.fixedVersions.length
                ? `; fixed in ${f.package.fixedVersions.join(', ')}`
                : '; no fixed version known';
            message += ` (${f.package.name} ${f.package.version}${fixed})`;
        }
        if (f.advisory?.url)
            message += ` ${f.advisory.url}`;
        else if (f.helpUri)
            message += ` ${f.helpUri}`;
    }
    const { path, startLine, endLine, startColumn, endColumn } = f.location;
    const oneLine = endLine === undefined || endLine === startLine;
    return {
        level: (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .presentFinding */ .hg)(f, unknownSeverity).annotationLevel,
        message: clip(message, MESSAGE_MAX),
        title: clip(`[${f.tool}] ${f.ruleId}: ${f.title}`, TITLE_MAX),
        file: path,
        startLine,
        endLine: endLine ?? startLine,
        ...(oneLine && startColumn !== undefined ? { startColumn } : {}),
        ...(oneLine && startColumn !== undefined && endColumn !== undefined ? { endColumn } : {})
    };
}
/** Every candidate annotation in priority order (before the cap). */
function planAnnotations(findings, gates, unknownSeverity) {
    return plan(findings, gates, unknownSeverity).map(p => p.annotation);
}
function plan(findings, gates, unknownSeverity) {
    const out = [];
    for (const g of gates) {
        if (!g.passed)
            out.push({
                annotation: {
                    level: 'error',
                    title: clip(`[runguard] gate failed: ${g.gate}`, TITLE_MAX),
                    message: g.message
                },
                finding: false
            });
    }
    // Most severe as treated first: an unknown counted as high competes with the highs.
    const rank = (f) => (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveRank */ .ET)(f.severity, unknownSeverity);
    const ranked = findings
        .filter(f => !f.suppressed)
        .sort((a, b) => rank(b) - rank(a) || (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__.compareFindings)(a, b));
    for (const f of ranked)
        out.push({ annotation: findingAnnotation(f, unknownSeverity), finding: true });
    return out;
}
/**
 * Sends the annotations that still fit to `sink`, most important first: per level, the cap
 * minus what the step already used (`ledger`) minus the verdict's own error when it fails.
 * Returns how many were sent, and how many findings got none, per level.
 */
function annotate(findings, gates, verdict, sink, opts) {
    const cap = opts.perLevel ?? ANNOTATIONS_PER_LEVEL;
    const used = opts.ledger?.used() ?? noCounts();
    const reserve = opts.reserveVerdictError ?? !verdict.passed;
    const room = {
        error: Math.max(0, cap - used.error - (reserve ? 1 : 0)),
        warning: Math.max(0, cap - used.warning),
        notice: Math.max(0, cap - used.notice)
    };
    const emitted = noCounts();
    const omitted = noCounts();
    for (const { annotation, finding } of plan(findings, gates, opts.unknownSeverity)) {
        if (emitted[annotation.level] < room[annotation.level]) {
            sink.annotate(annotation);
            opts.ledger?.note(annotation.level);
            emitted[annotation.level]++;
        }
        else if (finding)
            omitted[annotation.level]++;
    }
    return { emitted, omitted };
}
/**
 * A sink printing core's annotation commands (./workflow-commands.ts); `redact` runs over every
 * string before it is printed.
 */
function coreAnnotationSink(redact = s => s) {
    return {
        annotate(a) {
            const props = {
                ...(a.title !== undefined ? { title: redact(a.title) } : {}),
                ...(a.file !== undefined ? { file: a.file } : {}),
                ...(a.startLine !== undefined ? { startLine: a.startLine } : {}),
                ...(a.endLine !== undefined ? { endLine: a.endLine } : {}),
                ...(a.startColumn !== undefined ? { startColumn: a.startColumn } : {}),
                ...(a.endColumn !== undefined ? { endColumn: a.endColumn } : {})
            };
            const message = redact(a.message);
            (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .annotation */ .w7)(a.level, message, props);
        }
    };
}


/***/ }),

/***/ 95513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   w7: () => (/* binding */ annotation)
/* harmony export */ });
/* unused harmony export formatCommand */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/** An Action input as core.getInput reads it: `INPUT_<NAME>`, trimmed, '' when not set. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** core's toCommandValue: strings as they are, anything else as JSON, nothing as ''. */
function commandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(s) {
    return commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return commandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
/** core's toCommandProperties: annotation fields under the runner's property names. */
function annotationProperties(p) {
    if (Object.keys(p).length === 0)
        return {};
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn
    };
}
/** `::name key=value,…::message`, without the line end (core's Command.toString). */
function formatCommand(command, properties, message) {
    let text = `::${command || 'missing.command'}`;
    // Falsy values are left out, as core does (a 0 line number is no line).
    const props = Object.entries(properties).filter(([, value]) => Boolean(value));
    if (props.length > 0)
        text += ' ' + props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
    return `${text}::${escapeData(message)}`;
}
function issue(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
/** core.info: the line as it is. */
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
/** core.debug. */
function debug(message) {
    issue('debug', {}, message);
}
/** core.isDebug: the runner's debug logging is on. */
function isDebug(env = process.env) {
    return env.RUNNER_DEBUG === '1';
}
/** core.setSecret: the runner masks the value in every later line of the log. */
function setSecret(secret) {
    issue('add-mask', {}, secret);
}
/** core.error / core.warning / core.notice: an annotation. */
function annotation(level, message, properties = {}) {
    issue(level, annotationProperties(properties), message);
}


/***/ }),

/***/ 50215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EVENT_PAYLOAD_MAX_BYTES: () => (/* binding */ EVENT_PAYLOAD_MAX_BYTES),
/* harmony export */   contextForCli: () => (/* binding */ contextForCli),
/* harmony export */   contextFromGit: () => (/* binding */ contextFromGit),
/* harmony export */   contextFromGitHub: () => (/* binding */ contextFromGitHub)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_bounded_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34282);
/* harmony import */ var _util_github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64519);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74976);




/** Events whose runs are a pull request's (compared with the trend, never written). */
const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
]);
/** Where and what a workflow run is, from GitHub's variables and event payload. */
function contextFromGitHub(gh) {
    const defaultBranch = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asNonEmptyString */ .yq)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(gh.payload.repository)?.default_branch);
    const pullRequest = gh.prNumber !== undefined || (gh.eventName !== undefined && PR_EVENTS.has(gh.eventName));
    return {
        ...(gh.sha ? { commit: gh.sha } : {}),
        ...(gh.ref ? { ref: gh.ref } : {}),
        ...(gh.eventName ? { event: gh.eventName } : {}),
        ...(gh.runUrl ? { runUrl: gh.runUrl } : {}),
        ...(gh.repoUrl ? { repoUrl: gh.repoUrl, remote: `${gh.repoUrl}.git` } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
        pullRequest
    };
}
/**
 * Where and what a local run is (the CLI): the workspace's commit and branch from git, with
 * the event `local`.
 */
async function contextFromGit(env, exec, workspace) {
    const git = async (args) => {
        const r = await exec('git', args, { cwd: workspace, env, timeoutMs: 10_000 });
        const out = r.stdout.trim();
        return r.exitCode === 0 && out !== '' ? out : undefined;
    };
    const commit = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    const ref = await git(['symbolic-ref', '--quiet', 'HEAD']);
    return {
        ...(commit ? { commit } : {}),
        ...(ref ? { ref } : {}),
        event: 'local',
        pullRequest: false
    };
}
/**
 * The event payload is read whole to find the pull request and the default branch; GitHub's own
 * payloads stay far below this (a push lists at most 20 commits), so a larger file is refused.
 */
const EVENT_PAYLOAD_MAX_BYTES = 8 * 1024 * 1024;
/**
 * The CLI's context. Inside GitHub Actions (`GITHUB_ACTIONS=true`) it is the workflow's, from
 * the `GITHUB_*` variables and the event payload exactly as the Action reads them: git alone
 * would make every workflow run, a pull request's too, look like a local default-branch run.
 * Anywhere else it is the workspace's git state (contextFromGit). An unreadable payload loses
 * only the default branch and PR number; a pull request event still counts as one.
 */
async function contextForCli(env, exec, workspace) {
    if (env.GITHUB_ACTIONS !== 'true')
        return contextFromGit(env, exec, workspace);
    const eventPath = env.GITHUB_EVENT_PATH?.trim();
    let payload = { text: '{}' };
    if (eventPath) {
        try {
            payload = { text: await (0,_util_bounded_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoundedText */ .H)(eventPath, EVENT_PAYLOAD_MAX_BYTES) };
        }
        catch (error) {
            payload = { error };
        }
    }
    const gh = (0,_util_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .readGitHubContext */ .L7)(env, () => {
        if ('error' in payload)
            throw new Error((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(payload.error));
        return payload.text;
    });
    return contextFromGitHub({
        sha: gh.sha,
        ref: gh.ref,
        eventName: gh.eventName,
        runUrl: gh.runUrl,
        repoUrl: gh.repoUrl,
        prNumber: gh.prNumber,
        payload: gh.payload
    });
}


/***/ }),

/***/ 86999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ redactingLogger)
/* harmony export */ });
/* unused harmony export StderrLogger */
/** CLI logger: everything to stderr so stdout stays clean for `--format json`. */
class StderrLogger {
    verbose;
    write;
    /** Present when stderr is a terminal that shows a live status line (see Logger.status). */
    status;
    constructor(verbose = false, write = line => process.stderr.write(line + '\n'), status) {
        this.verbose = verbose;
        this.write = write;
        if (status)
            this.status = status;
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${message}`);
    }
    debugEnabled() {
        return this.verbose;
    }
    info(message) {
        this.write(message);
    }
    warning(message, props) {
        this.write(`warning: ${where(props)}${message}`);
    }
    error(message, props) {
        this.write(`error: ${where(props)}${message}`);
    }
    registerSecret(_value) {
        // The CLI has no log masking service; redaction happens before anything is printed.
    }
}
function where(props) {
    if (!props?.file)
        return '';
    return props.startLine ? `${props.file}:${props.startLine}: ` : `${props.file}: `;
}
/** Wraps a logger so every message and annotation title passes through one redaction function. */
function redactingLogger(inner, redact) {
    const props = (p) => p?.title === undefined ? p : { ...p, title: redact(p.title) };
    return {
        // A debug line nobody will see is not redacted (the detector runs on each line).
        debug: m => {
            if (inner.debugEnabled?.() !== false)
                inner.debug(redact(m));
        },
        ...(inner.debugEnabled ? { debugEnabled: () => inner.debugEnabled?.() !== false } : {}),
        info: m => inner.info(redact(m)),
        warning: (m, p) => inner.warning(redact(m), props(p)),
        error: (m, p) => inner.error(redact(m), props(p)),
        registerSecret: v => inner.registerSecret(v),
        // Not redacted: a title is a constant (PhaseTitle). The Action's first lines are titles, and
        // the first text redacted builds the secret detector (~20 ms), which would otherwise be
        // built before the first scanner starts instead of while it runs.
        ...(inner.phase ? { phase: (title, options) => inner.phase?.(title, options) } : {}),
        ...(inner.status
            ? { status: text => inner.status?.(text === undefined ? text : redact(text)) }
            : {})
    };
}


/***/ }),

/***/ 56426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/config/keys.ts
var keys = __webpack_require__(31440);
// EXTERNAL MODULE: ./src/config/text.ts
var config_text = __webpack_require__(97235);
;// CONCATENATED MODULE: ./src/config/action-inputs.ts


/**
 * Turns Action inputs into the raw settings shape. `getInput` returns '' for an input that was
 * not given (as core.getInput does); empty means "not set", so the config file and the schema's
 * defaults apply. action.yml declares no defaults for the same reason: the schema owns them.
 */
function layerFromInputs(getInput) {
    const layer = { raw: {}, sources: {} };
    for (const entry of keys/* SETTING_TABLE */.a) {
        if (entry.input !== true)
            continue;
        const text = getInput(entry.name);
        if (text.trim() === '')
            continue;
        const source = { kind: 'input', name: entry.name };
        layer.raw[entry.key] = (0,config_text/* fromText */.IK)(entry, text, source);
        layer.sources[entry.key] = source;
    }
    const configPath = getInput('config').trim();
    return { layer, ...(configPath ? { configPath } : {}) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/trust/trusted-config.ts
var trusted_config = __webpack_require__(38752);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/gates/parse.ts
var parse = __webpack_require__(6059);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(93326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
;// CONCATENATED MODULE: ./src/inventory/spdx-entry.ts

/**
 * Why one `allow-licenses` / `deny-licenses` entry is not a single SPDX licence id, or
 * undefined when it is. Kept apart from `licenses.ts` so that validating the settings, which
 * every command does, loads only the SPDX parser and not spdx-correct and spdx-satisfies
 * (spdx-correct sorts its tables when it is imported).
 */
function policyEntryError(entry) {
    let node;
    try {
        node = spdx_expression_parse_default()(entry);
    }
    catch {
        return `'${entry}' is not an SPDX licence identifier (see https://spdx.org/licenses/)`;
    }
    if ('conjunction' in node)
        return `'${entry}' is an expression; list each licence on its own (e.g. MIT, Apache-2.0)`;
    return undefined;
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/util/git-names.ts
var git_names = __webpack_require__(98109);
// EXTERNAL MODULE: ./src/trust/git-revision.ts
var git_revision = __webpack_require__(88858);
;// CONCATENATED MODULE: ./src/config/schema.ts










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
const MiB = 1024 * 1024;
/**
 * Longest delay a Node timer can hold (2^31 - 1 ms), in whole seconds: a longer one fires
 * after 1 ms, so a huge timeout would kill the script at once.
 */
const MAX_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000);
/**
 * Largest output capture: each stream's kept head and tail become one string, and a string
 * (and a Buffer) cannot be longer than this.
 */
const MAX_CAPTURE_BYTES = Math.min(external_node_buffer_.constants.MAX_STRING_LENGTH, external_node_buffer_.constants.MAX_LENGTH);
const timerLimit = {
    message: `at most ${MAX_TIMER_SECONDS} seconds (about 24.8 days, the longest timer Node.js can hold)`
};
const positiveNumber = () => coerce/* number */.ai().positive();
const nonNegativeNumber = () => coerce/* number */.ai().nonnegative();
const positiveSeconds = () => positiveNumber().max(MAX_TIMER_SECONDS, timerLimit);
const nonNegativeSeconds = () => nonNegativeNumber().max(MAX_TIMER_SECONDS, timerLimit);
const nonNegativeInt = () => coerce/* number */.ai().int().nonnegative();
const stringList = () => schemas/* array */.YOg(schemas/* string */.YjP().min(1));
/** SPDX licence ids (one per entry, `+`/`WITH` allowed), checked with spdx-expression-parse. */
const licenseList = () => schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1)).superRefine((list, ctx) => {
    for (const entry of list) {
        const error = policyEntryError(entry);
        if (error)
            ctx.addIssue({ code: 'custom', message: error });
    }
});
const gateEntry = () => schemas/* union */.KCZ([
    schemas/* string */.YjP(),
    schemas/* object */.Ikc({
        metric_name: schemas/* string */.YjP(),
        max_value: schemas/* number */.aig().optional(),
        min_value: schemas/* number */.aig().optional()
    })
]);
/** Accepts `osv` as a short name for `osv-scanner`. */
const toolName = () => schemas/* string */.YjP()
    .transform(s => (s.trim().toLowerCase() === 'osv' ? 'osv-scanner' : s.trim().toLowerCase()))
    .pipe(schemas/* enum */.k5n(model/* TOOL_NAMES */.K2));
/** A severity word in any case (`HIGH` as Trivy users write it, `High`), read lowercased. */
function severityWord(values) {
    return schemas/* preprocess */.vkY(v => (typeof v === 'string' ? v.trim().toLowerCase() : v), schemas/* enum */.k5n(values));
}
function optional(schema) {
    return { kind: 'optional', schema };
}
function withDefault(schema, value) {
    return { kind: 'default', schema, value };
}
const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'];
const REPORT_LEVELS = ['critical', 'high', 'medium', 'low', 'info'];
const RETRY_STRATEGIES = [
    'linear',
    'exponential',
    'fibonacci',
    'exponential_jitter'
];
const SECRETS_SCAN_MODES = ['tree', 'diff', 'history', 'off'];
const SBOM_SPECS = ['1.4', '1.5', '1.6', '1.7'];
const HISTORY_MODES = ['auto', 'git', 'local', 'off'];
const ALERT_FORMATS = ['auto', 'slack', 'teams', 'json'];
/** Report files the Action writes unless told otherwise (the CLI writes none by default). */
const ACTION_SARIF_FILE = 'runguard.sarif';
const ACTION_SBOM_FILE = 'runguard.cdx.json';
/** Every setting, in the order zod reports problems and Settings lists them. */
const FIELDS = {
    /** Which half runs: `run` (script + gates), `scan` (scanners), `gate` (both; the Action). */
    mode: withDefault(() => schemas/* enum */.k5n(['run', 'scan', 'gate']), 'gate'),
    /** `action` or `cli`; changes a few defaults (install-tools) and how things are published. */
    runtime: withDefault(() => schemas/* enum */.k5n(['action', 'cli']), 'cli'),
    /** Repository root; every path in a report is relative to it. */
    workspace: withDefault(() => schemas/* string */.YjP(), () => process.cwd()),
    /** Path of the config file that was read, if any (informational). */
    configFile: optional(() => schemas/* string */.YjP()),
    /** Print debug lines. */
    verbose: withDefault(() => schemas/* boolean */.zMY(), false),
    // ── runner ────────────────────────────────────────────────────────────────────────────
    /** The target command as an argv array (CLI: everything after `--`). */
    script: optional(stringList),
    /** Run `script` (one string) through the shell; only when set explicitly. */
    shell: withDefault(() => schemas/* boolean */.zMY(), false),
    /** Directory the script runs in, relative to the workspace. */
    workingDirectory: withDefault(() => schemas/* string */.YjP(), '.'),
    /** Seconds before the script's process group gets SIGTERM; 0 = no timeout. */
    timeout: withDefault(nonNegativeSeconds, 0),
    /** Seconds between SIGTERM and SIGKILL on timeout. */
    killGrace: withDefault(nonNegativeSeconds, 5),
    /**
     * Run the script in its own PID and mount namespaces (runner tokens out of reach): `auto`
     * where the machine allows it, `required` fails (exit 2) where it does not, `off`.
     */
    isolation: withDefault(() => schemas/* enum */.k5n(['auto', 'required', 'off']), 'auto'),
    /** JSON text written to the script's stdin (stdin is closed otherwise). */
    stdinJson: optional(() => schemas/* string */.YjP()),
    /** Environment variable names the script may inherit even though they are scrubbed by default. */
    passEnv: withDefault(stringList, []),
    /** Values to redact from every printed line and report. */
    secrets: withDefault(() => schemas/* array */.YOg(schemas/* string */.YjP()), []),
    /** Bytes of each output stream kept (head and tail); everything is still counted. */
    maxOutputBytes: withDefault(() => coerce/* number */.ai()
        .int()
        .positive()
        .max(MAX_CAPTURE_BYTES, {
        message: `at most ${MAX_CAPTURE_BYTES} bytes (the longest string Node.js can hold: the kept head and tail of a stream become one string)`
    }), 10 * MiB),
    /** Monitor sampling interval in milliseconds. */
    samplingInterval: withDefault(() => coerce/* number */.ai().int().min(10).max(60000), 100),
    /** Extra attempts after a failed run (0 = run once). */
    retry: withDefault(nonNegativeInt, 0),
    retryStrategy: withDefault(() => schemas/* enum */.k5n(RETRY_STRATEGIES), 'exponential'),
    /** Seconds before the first retry. */
    retryDelay: withDefault(nonNegativeSeconds, 1),
    /** Upper bound on any retry delay, seconds. */
    retryMaxDelay: withDefault(nonNegativeSeconds, 60),
    /** Growth factor for exponential strategies. */
    retryMultiplier: withDefault(positiveNumber, 2),
    /** Exit codes that are retried; empty = any non-zero exit or timeout. */
    retryOnExitCodes: withDefault(() => schemas/* array */.YOg(coerce/* number */.ai().int()), []),
    /** Measured runs; gates use the median when > 1. */
    repeat: withDefault(() => coerce/* number */.ai().int().min(1), 1),
    /** Unmeasured runs before the measured ones. */
    warmup: withDefault(nonNegativeInt, 0),
    // ── performance gates ─────────────────────────────────────────────────────────────────
    /** Budget gates, e.g. `memory_max_mb<=1024`, `cpu_max:90`, or legacy objects. */
    gates: withDefault(() => schemas/* array */.YOg(gateEntry()), []),
    /** A previous metrics JSON to compare against. */
    baseline: optional(() => schemas/* string */.YjP()),
    /** Write the current metrics here as the next baseline. */
    saveBaseline: optional(() => schemas/* string */.YjP()),
    /** Percent a metric may get worse than the baseline before failing. */
    regressionThreshold: withDefault(nonNegativeNumber, 10),
    /** Per-metric overrides of regressionThreshold. */
    regressionThresholds: withDefault(() => schemas/* record */.g1P(schemas/* string */.YjP(), nonNegativeNumber()), {}),
    // ── reports ───────────────────────────────────────────────────────────────────────────
    metricsFile: optional(() => schemas/* string */.YjP()),
    junitFile: optional(() => schemas/* string */.YjP()),
    tapFile: optional(() => schemas/* string */.YjP()),
    /** SARIF 2.1.0 output; empty disables. Default: `runguard.sarif` in the Action, none in the CLI. */
    sarifFile: optional(() => schemas/* string */.YjP()),
    /** CycloneDX JSON output; empty disables. Default: `runguard.cdx.json` in the Action, none in the CLI. */
    sbomFile: optional(() => schemas/* string */.YjP()),
    sbomSpec: withDefault(() => schemas/* enum */.k5n(SBOM_SPECS), '1.6'),
    /** Markdown summary written to a file (the Action also writes the job summary). */
    summaryFile: optional(() => schemas/* string */.YjP()),
    /** `runguard scan` JSON report file (stdout when `format: json` and no file). */
    reportFile: optional(() => schemas/* string */.YjP()),
    /** CLI output format. */
    format: withDefault(() => schemas/* enum */.k5n(['table', 'json']), 'table'),
    /** SARIF automationDetails category prefix. */
    category: withDefault(() => schemas/* string */.YjP().min(1), 'runguard'),
    // ── scanners ──────────────────────────────────────────────────────────────────────────
    /** Tools to run. */
    scanners: withDefault(() => schemas/* array */.YOg(toolName()), [...model/* TOOL_NAMES */.K2]),
    /** Paths to scan, relative to the workspace. */
    paths: withDefault(stringList, ['.']),
    /** Extra glob patterns excluded from every scanner. */
    exclude: withDefault(() => schemas/* array */.YOg(schemas/* string */.YjP()), []),
    /** Install missing tools into an isolated cache (default: on in the Action, off in the CLI). */
    installTools: optional(() => schemas/* boolean */.zMY()),
    /** Where installed tools live (outside the workspace). */
    toolsDir: withDefault(() => schemas/* string */.YjP(), () => 
    // The same variable scripts/setup.sh and scripts/test.sh honour.
    process.env.RUNGUARD_TOOLS_DIR ||
        external_node_path_default().join(process.env.RUNNER_TOOL_CACHE ?? external_node_path_default().join(external_node_os_default().homedir(), '.cache'), 'runguard-tools')),
    /** A selected tool that is not installed fails instead of being skipped. */
    requireTools: withDefault(() => schemas/* boolean */.zMY(), false),
    /** A crashed or timed-out tool fails the verdict (exit 3). */
    failOnToolError: withDefault(() => schemas/* boolean */.zMY(), true),
    /** Any listed skipped file fails the verdict (SECURITY.md, promise 5). */
    failOnUnscanned: withDefault(() => schemas/* boolean */.zMY(), false),
    /** Scanners run at once. */
    maxParallel: withDefault(() => coerce/* number */.ai().int().min(1), () => Math.max(1, external_node_os_default().cpus().length)),
    /** Per-tool timeout, seconds. */
    toolTimeout: withDefault(positiveSeconds, 600),
    /** osv-scanner offline database directory (osv-scanner's offline layout). */
    osvDb: optional(() => schemas/* string */.YjP()),
    /** Safety 2.x offline database directory. */
    safetyDb: optional(() => schemas/* string */.YjP()),
    /** Extra Semgrep configs (rule files, dirs, registry packs such as p/python). */
    semgrepConfig: withDefault(() => schemas/* array */.YOg(schemas/* string */.YjP().min(1)), []),
    /** Replace runguard's bundled Semgrep rules instead of adding to them. */
    semgrepNoDefaultRules: withDefault(() => schemas/* boolean */.zMY(), false),
    /** Bandit severity floor passed to the tool. */
    banditSeverity: withDefault(() => schemas/* enum */.k5n(['low', 'medium', 'high']), 'low'),
    /** Bandit confidence floor passed to the tool. */
    banditConfidence: withDefault(() => schemas/* enum */.k5n(['low', 'medium', 'high']), 'low'),
    // ── secrets ───────────────────────────────────────────────────────────────────────────
    /** `tree` (working tree), `diff` (lines added in the PR/push range), `history`, `off`. */
    secretsScan: withDefault(() => schemas/* enum */.k5n(SECRETS_SCAN_MODES), 'tree'),
    /** Files larger than this are skipped by the secret scanner (bytes). */
    secretsMaxFileSize: withDefault(() => coerce/* number */.ai().int().positive(), 5 * MiB),
    /** Known demo and placeholder credentials (src/secrets/demo-credentials.json): skip or report. */
    secretsDemoCredentials: withDefault(() => schemas/* enum */.k5n(['skip', 'report']), 'skip'),
    /** Base commit for diff/history mode; from the event when unset. */
    baseRef: optional(() => schemas/* string */.YjP().superRefine((v, ctx) => {
        // It reaches git's argv: only a commit id or a checked ref name (never an option).
        const problem = (0,git_revision/* revisionProblem */.lZ)(v);
        if (problem)
            ctx.addIssue({
                code: 'custom',
                message: `must be a commit id or a ref name; it ${problem}`
            });
    })),
    // ── installed environment ─────────────────────────────────────────────────────────────
    /** Read the installed Python environment (SBOM, OSV/Safety input, licence policy). */
    scanEnvironment: withDefault(() => schemas/* boolean */.zMY(), true),
    /** Interpreter or venv directory the script uses, relative to the workspace. */
    pythonPath: optional(() => schemas/* string */.YjP().min(1)),
    /** SPDX ids every installed package's licence must be satisfiable with. */
    allowLicenses: withDefault(licenseList, []),
    /** SPDX ids no installed package's licence may require. */
    denyLicenses: withDefault(licenseList, []),
    /** Record which installed distributions the script's Python processes import. */
    recordImports: withDefault(() => schemas/* boolean */.zMY(), true),
    /** Dependency findings the run did not load do not fail the gate (still reported). */
    failOnLoadedOnly: withDefault(() => schemas/* boolean */.zMY(), false),
    // ── policy ────────────────────────────────────────────────────────────────────────────
    /** Lowest severity that fails the gate. */
    failOn: withDefault(() => severityWord(FAIL_ON), 'high'),
    /** Lowest severity that is reported. */
    reportLevel: withDefault(() => severityWord(REPORT_LEVELS), 'low'),
    /** Severity assumed for findings the tool gave none for. */
    unknownSeverity: withDefault(() => severityWord(model/* SEVERITIES */.oC), 'high'),
    /** Suppression file. */
    ignoreFile: withDefault(() => schemas/* string */.YjP(), '.runguard-ignore.yml'),
    /** SARIF from the default branch: only new findings can fail. */
    baselineSarif: optional(() => schemas/* string */.YjP()),
    // ── history, trend, alerts (src/history/, src/notify/) ────────────────────────────────
    /** Run history: off (default), auto (Action: git branch, CLI: local directory), git, local. */
    history: withDefault(() => schemas/* enum */.k5n(HISTORY_MODES), 'off'),
    /** Local store directory, relative to the workspace. */
    historyDir: withDefault(() => schemas/* string */.YjP().min(1), '.runguard/history'),
    /** Branch of the git store. */
    historyBranch: withDefault(() => schemas/* string */.YjP().refine(b => (0,git_names/* refNameProblem */.C)(b) === undefined, {
        message: 'not a branch name git accepts (no spaces, "..", leading "-", ~^:?*[\\)'
    }), 'runguard-data'),
    /** Repository URL of the git store (default: this repository / the origin remote). */
    historyRemote: optional(() => schemas/* string */.YjP().refine(u => (0,git_names/* remoteProblem */.I)(u) === undefined, {
        message: 'expected an https://, http:// or file:// URL or an absolute path'
    })),
    /** Runs kept per category. */
    historyKeep: withDefault(() => coerce/* number */.ai().int().min(1), 1000),
    /** Branches whose runs feed the trend; empty = the default branch (CLI: every run). */
    trendBranches: withDefault(stringList, []),
    /** Trend-branch runs the rolling median is taken over; 0 turns the trend gate off. */
    trendWindow: withDefault(() => coerce/* number */.ai()
        .int()
        .refine(n => n === 0 || (n >= 5 && n <= 500), { message: 'expected 0 or 5 to 500' }), 20),
    /** Noise widths (1.4826 × MAD of the window) a metric may rise above its rolling median. */
    trendNoiseFactor: withDefault(positiveNumber, 4),
    /** Percent a metric may rise above its rolling median whatever the noise. */
    trendThreshold: withDefault(nonNegativeNumber, 5),
    /** Webhook posted to on a state change; a secret (never in the config file). */
    alertWebhook: optional(() => schemas/* string */.YjP().refine(u => /^https?:\/\/[^\s]+$/i.test(u), { message: 'expected an http(s) URL' })),
    /** Alert payload format; `auto` picks from the URL's host. */
    alertFormat: withDefault(() => schemas/* enum */.k5n(ALERT_FORMATS), 'auto'),
    /** Whose config and ignore file decide the gate (SECURITY.md, promise 4); never from the config file. */
    trustedConfig: withDefault(() => schemas/* enum */.k5n(trusted_config/* TRUST_MODES */.wG), 'auto'),
    /** Set by the loader when the base commit's files decided (the commit and what the change tried). */
    trust: optional(() => schemas/* object */.Ikc({ base: schemas/* string */.YjP(), changes: schemas/* array */.YOg(schemas/* string */.YjP()) }).strict()),
    /** `runguard merge`: shards expected (one number, or their names); missing ones fail. */
    expect: withDefault(stringList, []),
    // ── GitHub (Action) ───────────────────────────────────────────────────────────────────
    /** Upload the SARIF to code scanning. */
    uploadSarif: withDefault(() => schemas/* boolean */.zMY(), false),
    /** Keep one sticky PR comment with the verdict. */
    commentOnPr: withDefault(() => schemas/* boolean */.zMY(), false),
    /** Write PR annotations. */
    annotations: withDefault(() => schemas/* boolean */.zMY(), true),
    /** Token for upload and comments; never passed to the script. */
    githubToken: optional(() => schemas/* string */.YjP())
};
function fieldSchema(field) {
    return field.kind === 'optional' ? field.schema().optional() : field.schema().default(field.value);
}
/** What zod's `.default()` gives for a missing value: a function's result, else a shallow copy. */
function defaultValue(field) {
    const value = field.value;
    if (typeof value === 'function')
        return value();
    if (Array.isArray(value))
        return [...value];
    if (value !== null && typeof value === 'object')
        return { ...value };
    return value;
}
/** Checks across settings, after each setting is valid on its own. */
function crossFieldIssues(raw) {
    // As dependency-review-action: an allow list already denies everything else.
    if (raw.allowLicenses.length > 0 && raw.denyLicenses.length > 0)
        return [
            {
                path: ['denyLicenses'],
                message: 'set allow-licenses or deny-licenses, not both (an allow list denies everything it does not list)'
            }
        ];
    return [];
}
/** Defaults that depend on other settings, and the gates parsed into specs. */
function finish(raw) {
    const gates = [];
    for (const entry of raw.gates) {
        const parsed = typeof entry === 'string' ? (0,parse/* parseGate */.Xi)(entry) : (0,parse/* gateFromLegacy */.XL)(entry);
        if ('error' in parsed)
            throw new GateSyntaxError(parsed.error, entry);
        gates.push(...(Array.isArray(parsed) ? parsed : [parsed]));
    }
    return {
        ...raw,
        gates,
        installTools: raw.installTools ?? raw.runtime === 'action',
        // Relative to the workspace like every path setting (the installer and the scanners agree).
        toolsDir: external_node_path_default().resolve(raw.workspace, raw.toolsDir),
        // The Action publishes these by default; the CLI writes files only when asked, so
        // `runguard scan` leaves the scanned checkout as it found it.
        sarifFile: raw.sarifFile ?? (raw.runtime === 'action' ? ACTION_SARIF_FILE : ''),
        sbomFile: raw.sbomFile ?? (raw.runtime === 'action' ? ACTION_SBOM_FILE : ''),
        scanners: [...new Set(raw.scanners)],
        regressionThresholds: raw.regressionThresholds
    };
}
function buildSettingsSchema() {
    const shape = {};
    for (const [key, field] of Object.entries(FIELDS))
        shape[key] = fieldSchema(field);
    return schemas/* object */.Ikc(shape)
        .strict()
        .superRefine((raw, ctx) => {
        for (const issue of crossFieldIssues(raw))
            ctx.addIssue({ code: 'custom', ...issue });
    })
        .transform(finish);
}
let wholeSchema;
/**
 * The whole schema as one zod object, built on first use (tests, benchmarks and scripts parse
 * with it; the entry points use `parseSettings`, which gives the same result).
 */
const settingsSchema = {
    parse: (raw) => (wholeSchema ??= buildSettingsSchema()).parse(raw),
    safeParse: (raw) => (wholeSchema ??= buildSettingsSchema()).safeParse(raw)
};
/**
 * Parses a merged raw shape exactly as `settingsSchema` does (same Settings, same first
 * issue), building only the schemas of the settings present: zod parses those (unknown keys
 * still fail, as `.strict()` says), every absent setting takes its default, then the checks
 * across settings and the final step run as in the whole schema. Without zod's JIT: compiling
 * a parser to run it once costs more than it saves. Throws GateSyntaxError for a bad gate.
 */
function parseSettings(raw) {
    const shape = {};
    for (const [key, field] of Object.entries(FIELDS))
        if (Object.hasOwn(raw, key))
            shape[key] = fieldSchema(field);
    const given = schemas/* object */.Ikc(shape).strict().safeParse(raw, { jitless: true });
    if (!given.success)
        return { success: false, issues: given.error.issues };
    const parsed = given.data;
    const whole = {};
    for (const [key, field] of Object.entries(FIELDS)) {
        if (Object.hasOwn(parsed, key))
            whole[key] = parsed[key];
        else if (!Object.hasOwn(raw, key) && field.kind === 'default')
            whole[key] = defaultValue(field);
    }
    const settings = whole;
    const issues = crossFieldIssues(settings);
    if (issues.length > 0)
        return {
            success: false,
            issues: issues.map((i) => ({ code: 'custom', input: settings, ...i }))
        };
    return { success: true, data: finish(settings) };
}
/** Thrown by the final step; turned into a ConfigurationError with its source by the loader. */
class GateSyntaxError extends Error {
    entry;
    constructor(message, entry) {
        super(message);
        this.entry = entry;
    }
}
/** Keys of the raw shape, used to map inputs/flags/file keys and to suggest corrections. */
const SETTING_KEYS = Object.keys(FIELDS);

;// CONCATENATED MODULE: ./src/config/load.ts






const DEFAULT_CONFIG = '.runguard.yml';
/**
 * defaults < .runguard.yml < inputs/flags, validated once by the schema.
 * Errors name the setting, the value, what was expected and where the value came from.
 * Asynchronous only so that the config file's reader (and the YAML parser) loads when there is
 * a file to read: most `runguard run` invocations have none.
 */
async function loadSettings(options) {
    const workspace = external_node_path_default().resolve(options.workspace, options.inline.raw.workspace ?? '.');
    let file = { raw: {}, sources: {} };
    let configFile;
    if (options.configPath !== undefined) {
        configFile = external_node_path_default().resolve(workspace, options.configPath);
        if (!(0,external_node_fs_.existsSync)(configFile)) {
            throw new src_errors/* ConfigurationError */.j1(`config file ${options.configPath} (from ${(0,src_errors/* describeSource */.B6)(options.configSource ?? { kind: 'default' })}) does not exist at ${configFile}; create it or drop the setting`, {
                field: 'config',
                value: options.configPath,
                ...(options.configSource ? { source: options.configSource } : {})
            });
        }
    }
    else if ((0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, DEFAULT_CONFIG))) {
        configFile = external_node_path_default().join(workspace, DEFAULT_CONFIG);
    }
    if (configFile)
        file = (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1974)]).then(__webpack_require__.bind(__webpack_require__, 11974))).loadConfigFile(configFile, external_node_path_default().relative(process.cwd(), configFile) || configFile);
    const trusted = await trustedLayer(options, workspace, configFile ?? external_node_path_default().join(workspace, DEFAULT_CONFIG), file);
    if (trusted)
        file = trusted.layer;
    const raw = {
        ...file.raw,
        ...options.inline.raw,
        ...options.fixed,
        workspace,
        ...(configFile ? { configFile } : {}),
        ...(trusted ? { trust: trusted.trust } : {})
    };
    const sources = {
        ...file.sources,
        ...options.inline.sources
    };
    return validate(raw, sources);
}
/** Validates a merged raw shape; exported for tests and for `runguard merge`. */
function validate(raw, sources = {}) {
    let result;
    try {
        result = parseSettings(raw);
    }
    catch (error) {
        if (error instanceof GateSyntaxError) {
            const source = sources.gates ?? { kind: 'default' };
            throw new src_errors/* ConfigurationError */.j1(`Invalid gate from ${(0,src_errors/* describeSource */.B6)(source)}: ${error.message}`, {
                field: 'gate',
                value: error.entry,
                source
            });
        }
        throw error;
    }
    if (result.success)
        return Object.freeze(result.data);
    const issue = result.issues[0];
    const key = String(issue.path[0] ?? '');
    const entry = keys/* SETTING_TABLE */.a.find(k => k.key === key);
    const name = entry?.name ?? key;
    const source = sources[key] ?? { kind: 'default' };
    let value = raw[key];
    for (const p of issue.path.slice(1))
        value = value?.[p];
    if (issue.code === 'unrecognized_keys') {
        throw new src_errors/* ConfigurationError */.j1(`Unknown setting(s): ${issue.keys.join(', ')}`, {
            field: issue.keys.join(',')
        });
    }
    throw new src_errors/* ConfigurationError */.j1(`Invalid value for '${name}' from ${(0,src_errors/* describeSource */.B6)(source)}: got ${JSON.stringify(value)}; ${issue.message}` +
        (entry ? `. ${entry.name}: ${entry.description}` : ''), { field: name, value, source });
}
/**
 * Under `trusted-config: base` (or `auto` on pull_request_target) the gate settings of the
 * config file come from the base commit's version of it (read from git, not the working tree);
 * the head file keeps only the rest. Undefined when the checkout's own file decides.
 */
async function trustedLayer(options, workspace, configFile, head) {
    const env = options.env ?? process.env;
    const raw = options.inline.raw.trustedConfig;
    const mode = trusted_config/* TRUST_MODES */.wG.includes(raw)
        ? raw
        : 'auto';
    if (!(0,trusted_config/* trustsBase */.Hs)(mode, env))
        return undefined;
    // Only a workflow input may name the base: the config file is what is being distrusted.
    const base = (0,trusted_config/* baseCommit */.tI)(options.inline.raw.baseRef, env);
    if (base === undefined)
        throw new src_errors/* ConfigurationError */.j1('trusted-config: there is no base commit to read the gate settings from (not a pull request or push event); set base-ref, or trusted-config: head', { field: 'trusted-config', value: mode });
    const text = (0,trusted_config/* readAtCommit */.zX)(workspace, base, external_node_path_default().relative(workspace, configFile));
    const baseLayer = text === undefined
        ? { raw: {}, sources: {} }
        : (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1974)]).then(__webpack_require__.bind(__webpack_require__, 11974))).parseConfigText(text, `${base.slice(0, 12)}:${external_node_path_default().relative(workspace, configFile)}`);
    const layer = { raw: { ...head.raw }, sources: { ...head.sources } };
    for (const key of trusted_config/* GATE_SETTINGS */.C7) {
        delete layer.raw[key];
        delete layer.sources[key];
        if (key in baseLayer.raw) {
            ;
            layer.raw[key] = baseLayer.raw[key];
            const source = baseLayer.sources[key];
            if (source)
                layer.sources[key] = source;
        }
    }
    const names = Object.fromEntries(keys/* SETTING_TABLE */.a.map(k => [k.key, k.name]));
    return { layer, trust: { base, changes: (0,trusted_config/* changedGateSettings */.hc)(baseLayer.raw, head.raw, names) } };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/runner/live-output.ts

const live_output_MiB = 1024 * 1024;
/** Lines of hidden output replayed at the end of an attempt (the end is where errors are). */
const REPLAY_LINES = 200;
const REPLAY_BYTES = 64 * 1024;
function formatBytes(bytes) {
    return bytes >= live_output_MiB ? `${(bytes / live_output_MiB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
/**
 * Bounds what the live log shows of one attempt's output: the first `maxBytes` (both streams,
 * in order), then nothing until the attempt ends, when `finish()` says how much was not shown
 * and replays the last lines. A chatty script can no longer flood the job log (or the runner's
 * CPU); every byte is still counted and the head and tail are still captured.
 */
class LiveLog {
    maxBytes;
    emit;
    note;
    shown = 0;
    hiddenLines = 0;
    hiddenBytes = 0;
    ring = Array.from({ length: REPLAY_LINES });
    ringNext = 0;
    constructor(maxBytes, emit, note) {
        this.maxBytes = maxBytes;
        this.emit = emit;
        this.note = note;
    }
    line(stream, line) {
        // UTF-16 length is a lower bound of the UTF-8 size and far cheaper for every line.
        const size = line.length + 1;
        if (this.hiddenLines === 0 && this.shown + size <= this.maxBytes) {
            this.shown += size;
            this.emit(stream, line);
            return;
        }
        if (this.hiddenLines === 0) {
            this.note(`runguard: the live log shows the first ${formatBytes(this.maxBytes)} of the script's output (max-output-bytes); the rest is counted, and its last lines are shown when the script ends`);
        }
        this.hiddenLines++;
        this.hiddenBytes += Buffer.byteLength(line, 'utf8') + 1;
        this.ring[this.ringNext] = [stream, line];
        this.ringNext = (this.ringNext + 1) % REPLAY_LINES;
    }
    /** After the attempt: the note on what was not shown, then the last hidden lines. */
    finish() {
        if (this.hiddenLines === 0)
            return;
        const tail = [];
        let bytes = 0;
        for (let i = 1; i <= REPLAY_LINES; i++) {
            const entry = this.ring[(this.ringNext - i + REPLAY_LINES) % REPLAY_LINES];
            if (!entry)
                break;
            bytes += entry[1].length + 1;
            if (bytes > REPLAY_BYTES)
                break;
            tail.unshift(entry);
        }
        const omitted = this.hiddenLines - tail.length;
        this.note(`runguard: ${this.hiddenLines} line(s) (${formatBytes(this.hiddenBytes)}) of the script's output were not shown live; ${omitted > 0 ? `${omitted} of them are left out, ` : ''}the last ${tail.length} follow`);
        for (const [stream, line] of tail)
            this.emit(stream, line);
        this.hiddenLines = 0;
    }
}
/** A fresh token for `::stop-commands::`: 256 random bits, 64 hex characters. */
function stopCommandsToken() {
    return (0,external_node_crypto_.randomBytes)(32).toString('hex');
}
/**
 * Keeps the script's output from speaking to the Actions runner. The runner parses every line
 * of a step's stdout and stderr for workflow commands (`::add-mask::`, `::error::`,
 * `::set-output`, `::stop-commands::` at the start of a line, and the legacy `##[…]` form
 * anywhere in a line); `::stop-commands::<token>` turns that off until a line `::<token>::`.
 * The guard wraps the script's output in its own `::group::`, with commands stopped under a
 * fresh random token that only this writer knows; runguard's own output first closes the
 * section (`close()`), and `command()` emits one of runguard's commands in the middle of it
 * (e.g. `::add-mask::` for a secret found in the output) and stops commands again with a new
 * token. One guard per process stream writer.
 */
class CommandGuard {
    write;
    title;
    newToken;
    token;
    grouped = false;
    constructor(write, title, newToken = stopCommandsToken) {
        this.write = write;
        this.title = title;
        this.newToken = newToken;
    }
    /** True while the script's output section is open (commands stopped). */
    get open() {
        return this.token !== undefined;
    }
    /** One line of the script's output, printed with commands stopped. */
    text(line) {
        if (!this.grouped) {
            this.write(`::group::${this.title}`);
            this.grouped = true;
        }
        if (this.token === undefined) {
            this.token = this.newToken();
            this.write(`::stop-commands::${this.token}`);
        }
        this.write(line);
    }
    /** Emits one of runguard's own commands, resuming command processing around it. */
    command(emit) {
        if (this.token === undefined) {
            emit();
            return;
        }
        this.resume();
        emit();
        this.token = this.newToken();
        this.write(`::stop-commands::${this.token}`);
    }
    /** Ends the section: resumes commands and closes the group. Idempotent. */
    close() {
        this.resume();
        if (this.grouped) {
            this.write('::endgroup::');
            this.grouped = false;
        }
    }
    resume() {
        if (this.token === undefined)
            return;
        this.write(`::${this.token}::`);
        this.token = undefined;
    }
}
/**
 * The CLI's output. Run inside a GitHub Actions step (`run: npx runguard …`), the runner parses
 * the CLI's output for workflow commands too, so the script's lines are guarded as in the
 * Action (CommandGuard); elsewhere they are printed as they are.
 */
function cliOutput(writeLine, env) {
    const prefix = (stream, line) => stream === 'stderr' ? `[stderr] ${line}` : line;
    if (env.GITHUB_ACTIONS !== 'true') {
        return { log: writeLine, script: (s, l) => writeLine(prefix(s, l)), close: () => undefined };
    }
    const guard = new CommandGuard(writeLine, 'Output of the script (workflow commands in it are not processed)');
    return {
        log: line => {
            guard.close();
            writeLine(line);
        },
        script: (s, l) => guard.text(prefix(s, l)),
        close: () => guard.close()
    };
}

// EXTERNAL MODULE: ./src/github/workflow-commands.ts
var workflow_commands = __webpack_require__(95513);
;// CONCATENATED MODULE: ./src/github/action-logger.ts



/**
 * Logger writing workflow commands as @actions/core does (./workflow-commands.ts): warnings and
 * errors become annotations, secrets are masked.
 * Every line of runguard's own first closes the script's section (resuming commands), so
 * only this writer, which alone knows the stop token, ever resumes them.
 */
function actionsLogger(write = text => process.stdout.write(text)) {
    const guard = new CommandGuard(line => write(line + external_node_os_.EOL), 'Output of the script (workflow commands in it are not processed)');
    const props = (p) => p
        ? {
            ...(p.title !== undefined ? { title: p.title } : {}),
            ...(p.file !== undefined ? { file: p.file } : {}),
            ...(p.startLine !== undefined ? { startLine: p.startLine } : {}),
            ...(p.endLine !== undefined ? { endLine: p.endLine } : {})
        }
        : undefined;
    // The open phase section (Actions groups do not nest: one at a time).
    let phaseOpen = false;
    const own = (emit) => (...args) => {
        guard.close();
        emit(...args);
    };
    return {
        debug: own((m) => workflow_commands/* debug */.Yz(m)),
        debugEnabled: () => workflow_commands/* isDebug */._o(),
        info: own((m) => workflow_commands/* info */.pq(m)),
        warning: own((m, p) => workflow_commands/* annotation */.w7('warning', m, props(p))),
        error: own((m, p) => workflow_commands/* annotation */.w7('error', m, props(p))),
        // A secret found in the script's output is masked before the line is printed: commands
        // resume for the one ::add-mask:: and stop again under a new token, inside the group.
        registerSecret: v => guard.command(() => workflow_commands/* setSecret */.Pq(v)),
        phase: (title, options) => {
            guard.close();
            if (phaseOpen)
                write('::endgroup::' + external_node_os_.EOL);
            phaseOpen = title !== undefined && options?.grouped !== false;
            if (phaseOpen)
                write(`::group::${title ?? ''}${external_node_os_.EOL}`);
        },
        scriptLine: (stream, line) => guard.text(stream === 'stderr' ? `[stderr] ${line}` : line),
        closeScriptOutput: () => guard.close()
    };
}

// EXTERNAL MODULE: ./src/github/annotations.ts
var annotations = __webpack_require__(34793);
// EXTERNAL MODULE: ./src/util/github-context.ts
var github_context = __webpack_require__(64519);
;// CONCATENATED MODULE: ./src/github/context.ts
// The pure reader lives on the ground floor so that the CLI (not only the Action) can read a
// workflow's context when it runs inside GitHub Actions (src/history/context.ts).


// EXTERNAL MODULE: ./src/history/context.ts
var history_context = __webpack_require__(50215);
// EXTERNAL MODULE: ./src/exec.ts
var src_exec = __webpack_require__(73190);
// EXTERNAL MODULE: ./src/gates/baseline.ts
var gates_baseline = __webpack_require__(20817);
// EXTERNAL MODULE: ./src/gates/units.ts
var units = __webpack_require__(73443);
;// CONCATENATED MODULE: ./src/gates/budget.ts

/** The gate runguard adds when the user wrote none on `exit_code` or `success`. */
const IMPLICIT_EXIT_GATE = {
    metric: 'exit_code',
    op: '==',
    limit: 0,
    text: 'exit_code == 0',
    implicit: true
};
/**
 * Adds `exit_code == 0` unless a gate on `exit_code` or `success` already exists: a script
 * that crashes must fail the step by default, and a user who expects non-zero exits says so
 * with their own gate (e.g. `exit_code<=1`, or `exit_code>=0` to accept any exit).
 */
function withImplicitGates(specs) {
    const hasExitGate = specs.some(s => s.metric === 'exit_code' || s.metric === 'success');
    return hasExitGate ? [...specs] : [...specs, IMPLICIT_EXIT_GATE];
}
function compare(actual, op, limit) {
    switch (op) {
        case '<=':
            return actual <= limit;
        case '<':
            return actual < limit;
        case '>=':
            return actual >= limit;
        case '>':
            return actual > limit;
        case '==':
            return actual === limit;
        case '!=':
            return actual !== limit;
    }
}
/** Shown when a gate sees an aggregate rather than a single run. */
function basisNote(basis, runs) {
    if (basis === 'median')
        return ` (median of ${runs} runs)`;
    if (basis === 'worst')
        return ` (worst of ${runs} runs)`;
    return '';
}
/**
 * Evaluates budget gates against the aggregated metrics (median over repeats; worst run for
 * exit_code/success — see aggregateRuns). One GateResult per spec, in order, except for a
 * metric that was not observed (null): that budget is not checked at all, neither passed nor
 * failed, and uncheckedBudgets says so.
 */
function evaluateBudgetGates(specs, metrics) {
    return specs.flatMap(spec => {
        const actual = metrics.values[spec.metric];
        if (actual === null)
            return [];
        const passed = compare(actual, spec.op, spec.limit);
        return {
            gate: spec.text,
            kind: 'budget',
            metric: spec.metric,
            op: spec.op,
            limit: spec.limit,
            actual,
            passed,
            message: budgetMessage(spec, actual, passed, basisNote(metrics.basis[spec.metric], metrics.runs))
        };
    });
}
/**
 * One warning per budget on a metric that was not observed (`why`: the measurement's
 * notObserved). A warning, not a pass: the user's budget was not checked on this run.
 */
function uncheckedBudgets(specs, metrics, why) {
    return specs
        .filter(spec => metrics.values[spec.metric] === null)
        .map(spec => ({ gate: spec.text, metric: spec.metric, reason: why }));
}
/** The verdict's warning for a budget that was not checked. */
function uncheckedWarning(u) {
    return `gate '${u.gate}' was not checked (neither passed nor failed): ${u.reason}`;
}
function budgetMessage(spec, actual, passed, note) {
    const shown = (m, v) => (0,units/* formatValue */.Fl)(m, v);
    const head = `${spec.metric} is ${shown(spec.metric, actual)}${note}`;
    const rule = `${spec.op} ${shown(spec.metric, spec.limit)}`;
    const implicit = spec.implicit
        ? ' (default gate; add your own exit_code or success gate to change it)'
        : '';
    return passed ? `${head}, within ${rule}` : `${head}; gate requires ${rule}${implicit}`;
}

// EXTERNAL MODULE: ./src/gates/stats.ts
var stats = __webpack_require__(81179);
;// CONCATENATED MODULE: ./src/gates/evaluate.ts



/**
 * All performance gates of one run, pure: budgets on the aggregated runs (median when
 * repeat > 1; worst run for exit_code/success) and regressions against the baseline's median.
 */
function evaluatePerformance(input) {
    // Checked even without a baseline: a typo must not wait for the second run to surface.
    (0,gates_baseline/* validateRegressionThresholds */.Sh)(input.regressionThresholds ?? {});
    const aggregate = (0,stats/* aggregateRuns */.a1)(input.runs);
    const specs = input.implicitGates === false ? [...input.specs] : withImplicitGates(input.specs);
    const gates = evaluateBudgetGates(specs, aggregate);
    const why = notObservedReason(input.runs);
    const unchecked = uncheckedBudgets(specs, aggregate, why);
    const skipped = [];
    if (input.baseline) {
        const options = {
            threshold: input.regressionThreshold,
            thresholds: input.regressionThresholds ?? {}
        };
        gates.push(...(0,gates_baseline/* evaluateRegressions */.qW)(aggregate.values, input.baseline.values, options));
        skipped.push(...(0,gates_baseline/* notComparedWithBaseline */.EN)(aggregate.values, input.baseline.values, options, why));
    }
    const statistics = (0,stats/* computeStatistics */.Dh)(input.runs);
    const anyNull = Object.values(aggregate.values).some(v => v === null);
    return {
        gates,
        aggregate,
        ...(anyNull ? { notObserved: why } : {}),
        statistics,
        unchecked,
        warnings: [
            ...unchecked.map(uncheckedWarning),
            ...skipped,
            ...noiseWarnings(gates, statistics, input)
        ]
    };
}
/** Why the runs' null metrics were not observed (the measurement says; model.ts). */
function notObservedReason(runs) {
    return (runs.find(r => r.measurement.notObserved !== undefined)?.measurement.notObserved ??
        'not observed');
}
/**
 * A regression that fails while the metric's own spread between runs (CV) is larger than its
 * threshold is not trustworthy: the change is within the noise ("inconclusive"). It still fails —
 * silently passing would hide real regressions — but the warning says how to firm it up.
 */
function noiseWarnings(gates, statistics, input) {
    if (input.runs.length < 2)
        return [];
    const out = [];
    for (const g of gates) {
        if (g.kind !== 'regression' || g.passed)
            continue;
        const cvPct = (statistics[g.metric]?.cv ?? 0) * 100;
        const threshold = input.regressionThresholds?.[g.metric] ?? input.regressionThreshold;
        if (cvPct > threshold) {
            out.push(`${g.metric} varies ${cvPct.toFixed(1)}% between runs (CV), more than its ${threshold}% regression threshold; the regression may be noise (raise repeat or the threshold)`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/gates/fingerprint.ts
var gates_fingerprint = __webpack_require__(89424);
;// CONCATENATED MODULE: ./src/gates/verdict.ts


const zeroCounts = () => Object.fromEntries(model/* SEVERITIES */.oC.map(s => [s, 0]));
/** True when a scanner crashed or timed out (exit 3 material). */
function hasToolErrors(toolRuns, runnerError) {
    return (runnerError !== undefined ||
        toolRuns.some(t => t.status === 'failed' || t.status === 'timed-out'));
}
/**
 * The one decision, pure. Reasons (each fails the verdict):
 * - every failed gate (budget or regression);
 * - every policy reason;
 * - the script timing out (a timeout is a limit the user set, so it fails even with a lenient
 *   exit_code gate), or the run being cancelled while it ran;
 * - a tool that failed or timed out, and a runner error, when failOnToolError (else warnings);
 * - a skipped tool when requireTools (else a warning);
 * - files a scanner skipped (ToolRun.skipped) when failOnUnscanned (else only listed in the
 *   summary), one reason per tool;
 * - every error of writing, delivering or evaluating (`errors`), last.
 * A non-zero exit by itself is not a reason: the implicit `exit_code == 0` gate
 * (withImplicitGates) already covers it unless the user wrote their own exit gate, and then
 * their gate decides; a non-zero exit their gate accepts is reported as a warning.
 */
function computeVerdict(input) {
    const reasons = [];
    const warnings = [...(input.warnings ?? [])];
    let violations = 0;
    for (const gate of input.gates) {
        if (gate.passed)
            continue;
        reasons.push(`${gate.kind}: ${gate.message}`);
        violations++;
    }
    if (input.scriptFailed) {
        const { exitCode, timedOut, cancelled } = input.scriptFailed;
        const exitGateFailed = input.gates.some(g => !g.passed && (g.metric === 'exit_code' || g.metric === 'success'));
        if (cancelled) {
            // Whatever the gates accept, a run that was stopped half-way never passes.
            reasons.push(`the run was cancelled before the script finished (exit code ${exitCode})`);
        }
        else if (timedOut) {
            reasons.push(`script timed out (exit code ${exitCode})`);
            violations++;
        }
        else if (!exitGateFailed) {
            warnings.push(`script exited with code ${exitCode}; no exit_code/success gate fails on it`);
        }
    }
    if (input.policy) {
        reasons.push(...input.policy.reasons);
        violations += input.policy.reasons.length;
        warnings.push(...input.policy.warnings);
    }
    const toolProblem = (line, isReason, offSwitch) => {
        if (isReason)
            reasons.push(line);
        else
            warnings.push(`${line} (${offSwitch})`);
    };
    for (const run of input.toolRuns) {
        const why = run.reason ?? (run.errors[0] || 'no reason given');
        if (run.status === 'failed')
            toolProblem(`${run.tool} failed: ${why}`, input.failOnToolError, 'fail-on-tool-error is off');
        else if (run.status === 'timed-out')
            toolProblem(`${run.tool} timed out: ${why}`, input.failOnToolError, 'fail-on-tool-error is off');
        else if (run.status === 'skipped') {
            if (input.requireTools)
                reasons.push(`${run.tool} skipped but require-tools is on: ${why}`);
            else
                warnings.push(`${run.tool} skipped: ${why}`);
        }
    }
    if (input.failOnUnscanned) {
        for (const run of input.toolRuns) {
            const skipped = run.skipped ?? [];
            if (skipped.length === 0)
                continue;
            reasons.push(`${run.tool}: ${unscannedLine(skipped)} and fail-on-unscanned is on`);
            violations++;
        }
    }
    if (input.runnerError !== undefined)
        toolProblem(`runner failed: ${input.runnerError}`, input.failOnToolError, 'fail-on-tool-error is off');
    reasons.push(...(input.errors ?? []));
    return {
        passed: reasons.length === 0,
        reasons,
        warnings,
        counts: input.policy ? { ...zeroCounts(), ...input.policy.counts } : zeroCounts(),
        tools: input.toolRuns.map(t => ({
            tool: t.tool,
            status: t.status,
            durationMs: t.durationMs,
            ...(t.version === undefined ? {} : { version: t.version }),
            ...(t.reason === undefined ? {} : { reason: t.reason })
        })),
        gates: [...input.gates],
        violations
    };
}
/** "3 file(s) not scanned: a.py (reason), …": the first few, so a reason stays one line. */
function unscannedLine(skipped, shown = 3) {
    const first = skipped.slice(0, shown).map(s => `${s.path} (${s.reason})`);
    const more = skipped.length > shown ? `, ${skipped.length - shown} more` : '';
    return `${skipped.length} file(s) not scanned: ${first.join(', ')}${more}`;
}
/**
 * The CLI exit code for a verdict (docs/architecture.md, "Exit codes"). When a run has BOTH a gate/policy
 * violation and a tool failure, we return 1, not 3: the violation is the actionable finding
 * (fix the code), and the tool failure is listed among the reasons anyway. 3 is returned only
 * when every reason is a tool/runner failure.
 */
function exitCodeFor(verdict, input) {
    if (verdict.passed) {
        // Defensive: a tool error the verdict was not told about still fails with 3.
        return input.toolErrors && input.failOnToolError ? src_errors/* ExitCode */.yU.ToolError : src_errors/* ExitCode */.yU.Passed;
    }
    const violations = verdict.violations ?? verdict.gates.filter(g => !g.passed).length;
    if (violations > 0)
        return src_errors/* ExitCode */.yU.Violation;
    // Only tool reasons left when computeVerdict counted violations; else trust the caller.
    if (verdict.violations !== undefined || input.toolErrors)
        return src_errors/* ExitCode */.yU.ToolError;
    return src_errors/* ExitCode */.yU.Violation;
}
/**
 * The one place results become a verdict: the pipeline and `runguard merge` call it once, after
 * every report was written and every delivery tried, with the errors those returned.
 */
function decide(input) {
    const verdict = computeVerdict(input);
    return {
        verdict,
        exitCode: exitCodeFor(verdict, {
            toolErrors: hasToolErrors(input.toolRuns, input.runnerError),
            failOnToolError: input.failOnToolError
        })
    };
}

;// CONCATENATED MODULE: ./src/inventory/environment-summary.ts
/** One summary of a read environment. */
function summarizeEnvironment(inv) {
    const nodes = [...inv.graph.nodes.values()];
    const count = (r) => nodes.filter(n => n.relationship === r).length;
    return {
        how: inv.environment.target.how,
        pythonVersion: inv.environment.pythonVersion,
        packages: inv.environment.packages.length,
        direct: count('direct'),
        transitive: count('transitive'),
        unlisted: count('unlisted'),
        optional: nodes.filter(n => n.optional).length,
        unknownLicenses: inv.environment.packages
            .filter(p => p.license.expression === undefined)
            .map(p => `${p.name} ${p.version}`),
        mismatches: inv.mismatches.map(m => `${m.component.file}:${m.component.line}: ${m.component.name} pinned ${m.component.version ?? '?'}, installed ${m.installed}`),
        ...(inv.runtime ? { runtime: inv.runtime } : {})
    };
}
/** Dependency findings counted by where their package sits in the environment. */
function findingsByRelationship(findings) {
    const out = {};
    for (const f of findings) {
        const r = f.dependency?.relationship ?? (f.dependency ? 'manifest only' : undefined);
        if (r !== undefined)
            out[r] = (out[r] ?? 0) + 1;
    }
    return out;
}

// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(86999);
// EXTERNAL MODULE: ./src/policy/baseline-sarif.ts
var baseline_sarif = __webpack_require__(17175);
;// CONCATENATED MODULE: ./src/policy/ignore-file.ts



/** An ignore file with no entries (no file, or policy without suppressions). */
function emptyIgnoreFile(path = '.runguard-ignore.yml') {
    return { path, exists: false, entries: [] };
}
/** Reads and validates an ignore file; a missing file is an empty one. */
async function loadIgnoreFile(path) {
    let text;
    try {
        text = external_node_fs_default().readFileSync(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return emptyIgnoreFile(path);
        throw new src_errors/* ConfigurationError */.j1(`cannot read ignore file ${path}: ${error.message}`, {
            field: 'ignoreFile',
            value: path
        });
    }
    // The YAML parser loads only when there is a file to parse (most runs have none).
    const { parseIgnoreFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1571)]).then(__webpack_require__.bind(__webpack_require__, 91571));
    return parseIgnoreFile(text, path);
}
/**
 * The run's ignore file (`ignoreFile`, relative to the workspace), loaded in this one place by
 * the pipeline and by `runguard merge`; the policy applies it once.
 */
function loadWorkspaceIgnoreFile(settings) {
    return loadIgnoreFile((0,external_node_path_.resolve)(settings.workspace, settings.ignoreFile));
}

// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
;// CONCATENATED MODULE: ./src/report/metrics-json.ts



/** Builds the metrics JSON object (pure). */
function buildMetricsJson(input) {
    const reported = input.attempts.at(-1);
    if (!reported)
        throw new Error('buildMetricsJson needs at least one attempt');
    const runs = input.runs && input.runs.length > 0 ? input.runs : [reported];
    const seed = Object.fromEntries(model/* METRIC_NAMES */.Uw.map(m => [m, reported[m]]));
    return {
        schemaVersion: 2,
        runguardVersion: input.runguardVersion,
        generatedAt: input.generatedAt ?? new Date().toISOString(),
        ...seed,
        attempt: reported.attempt,
        startedAt: reported.startedAt,
        timedOut: reported.timedOut,
        ...(reported.cancelled ? { cancelled: true } : {}),
        ...(reported.signal === undefined ? {} : { signal: reported.signal }),
        attempts: [...input.attempts],
        runs: runs.map(({ samples: _samples, ...rest }) => rest),
        statistics: (0,stats/* computeStatistics */.Dh)(runs),
        gates: [...input.gates],
        measurement: reported.measurement,
        fingerprint: input.fingerprint,
        units: { ...units/* METRIC_UNITS */.jv }
    };
}
/** The metrics JSON as text (2-space indented, trailing newline). */
function formatMetricsJson(input) {
    return `${JSON.stringify(buildMetricsJson(input), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/runner/cancel.ts
var cancel = __webpack_require__(74990);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/runner/capture.ts

/** Default live-log line bound: long enough for any real log line, short enough for a log UI. */
const DEFAULT_MAX_LINE_BYTES = 64 * 1024;
/** Raw bytes kept past the line bound so a secret straddling the cut is still redacted whole. */
const REDACT_MARGIN = 4096;
const NEWLINE = 0x0a;
function cutMarker(omittedBytes) {
    return `… [runguard: ${omittedBytes} bytes omitted] …`;
}
/** Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a character. */
function truncateUtf8(text, maxBytes) {
    const buf = Buffer.from(text, 'utf8');
    if (buf.length <= maxBytes)
        return text;
    let end = maxBytes;
    // Back off to the lead byte of the character that would be split (10xxxxxx = continuation).
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end--;
    return buf.subarray(0, end).toString('utf8');
}
class OutputCapture {
    options;
    /** Exact byte count. */
    bytes = 0;
    /** Exact line count so far (see CapturedStream.lines). */
    lines = 0;
    maxLineBytes;
    headLimit;
    tailLimit;
    /** Head: the first lines that fit, as UTF-8 bytes (Buffers, not strings: no per-line objects). */
    head;
    headUsed = 0;
    headFull = false;
    /** Tail: a byte ring holding the last `tailLimit` bytes written after the head. */
    ring;
    ringPos = 0;
    tailWritten = 0;
    lineCut = false;
    cached;
    pending = [];
    pendingBytes = 0;
    pendingDropped = 0;
    ended = false;
    constructor(options) {
        this.options = options;
        this.headLimit = Math.floor(options.maxBytes / 2);
        this.tailLimit = options.maxBytes - this.headLimit;
        this.maxLineBytes = Math.max(1, Math.min(options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, options.maxBytes));
    }
    write(chunk) {
        if (chunk.length === 0)
            return;
        this.bytes += chunk.length;
        const first = chunk.indexOf(NEWLINE);
        if (first < 0) {
            this.appendPending(chunk);
            return;
        }
        this.appendPending(chunk.subarray(0, first));
        this.flushPending();
        const last = chunk.lastIndexOf(NEWLINE);
        if (last > first) {
            // Decode all complete lines of the chunk at once: far cheaper than a toString per line.
            const body = chunk.subarray(first + 1, last).toString('utf8');
            for (const line of body.split('\n'))
                this.emit(line, 0);
        }
        if (last + 1 < chunk.length)
            this.appendPending(chunk.subarray(last + 1));
    }
    /** Flushes a final line without newline. Idempotent. */
    end() {
        if (this.ended)
            return;
        this.ended = true;
        if (this.pendingBytes > 0 || this.pendingDropped > 0)
            this.flushPending();
    }
    /**
     * The captured stream (computed once; the buffers are released afterwards so a 10 MiB
     * capture does not stay in memory twice).
     */
    result() {
        if (this.cached)
            return this.cached;
        const head = this.head?.subarray(0, this.headUsed);
        let tailA;
        let tailB;
        let omitted = 0;
        if (this.ring && this.tailWritten > 0) {
            if (this.tailWritten <= this.tailLimit) {
                tailA = this.ring.subarray(0, this.tailWritten);
            }
            else {
                // The ring wrapped: the oldest byte is at ringPos. Drop the partial first line.
                let older = this.ring.subarray(this.ringPos);
                let newer = this.ring.subarray(0, this.ringPos);
                const nl = older.indexOf(NEWLINE);
                if (nl >= 0)
                    older = older.subarray(nl + 1);
                else {
                    const nl2 = newer.indexOf(NEWLINE);
                    older = Buffer.alloc(0);
                    newer = nl2 < 0 ? Buffer.alloc(0) : newer.subarray(nl2 + 1);
                }
                tailA = older;
                tailB = newer;
                omitted = this.tailWritten - older.length - newer.length;
            }
        }
        else if (this.tailWritten > 0) {
            omitted = this.tailWritten;
        }
        const marker = omitted > 0 ? Buffer.from(cutMarker(omitted) + '\n', 'utf8') : undefined;
        const pieces = [head, marker, tailA, tailB].filter((b) => !!b && b.length > 0);
        // Stored lines end with a newline; the text does not.
        const lastIndex = pieces.length - 1;
        const last = pieces[lastIndex];
        if (last && last[last.length - 1] === NEWLINE)
            pieces[lastIndex] = last.subarray(0, -1);
        // A decoder per piece boundary keeps a character split by the ring's wrap intact; string
        // concatenation is lazy in V8, so no second full-size copy is made here.
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let text = '';
        for (const piece of pieces)
            text += decoder.write(piece);
        text += decoder.end();
        this.cached = {
            text,
            bytes: this.bytes,
            lines: this.lines,
            truncated: omitted > 0 || this.lineCut
        };
        // The buffers are not needed any more.
        this.head = undefined;
        this.ring = undefined;
        return this.cached;
    }
    appendPending(buf) {
        if (buf.length === 0)
            return;
        const keep = this.maxLineBytes + REDACT_MARGIN;
        const room = keep - this.pendingBytes;
        if (room <= 0) {
            this.pendingDropped += buf.length;
            return;
        }
        const take = Math.min(room, buf.length);
        // Copy: a subarray would pin the whole chunk in memory.
        this.pending.push(Buffer.from(buf.subarray(0, take)));
        this.pendingBytes += take;
        this.pendingDropped += buf.length - take;
    }
    flushPending() {
        const text = this.pending.length === 1
            ? this.pending[0].toString('utf8')
            : Buffer.concat(this.pending).toString('utf8');
        const dropped = this.pendingDropped;
        this.pending = [];
        this.pendingBytes = 0;
        this.pendingDropped = 0;
        this.emit(text, dropped);
    }
    emit(raw, droppedBytes) {
        this.lines++;
        let line = this.options.redact(raw);
        // Only measure lines that could be too long (a UTF-16 unit is at most 3 UTF-8 bytes).
        if (droppedBytes > 0 || line.length * 3 > this.maxLineBytes) {
            const size = Buffer.byteLength(line, 'utf8');
            if (droppedBytes > 0 || size > this.maxLineBytes) {
                const kept = truncateUtf8(line, this.maxLineBytes);
                const omitted = droppedBytes + size - Buffer.byteLength(kept, 'utf8');
                line = `${kept} … [runguard: ${omitted} bytes of this line omitted]`;
                this.lineCut = true;
            }
        }
        this.options.onLine?.(line);
        this.store(line);
    }
    store(line) {
        const size = Buffer.byteLength(line, 'utf8') + 1;
        if (!this.headFull && this.headUsed + size <= this.headLimit) {
            this.head ??= Buffer.allocUnsafe(this.headLimit);
            this.head.write(line, this.headUsed, 'utf8');
            this.head[this.headUsed + size - 1] = NEWLINE;
            this.headUsed += size;
            return;
        }
        this.headFull = true;
        if (this.tailLimit <= 0) {
            this.tailWritten += size;
            return;
        }
        this.ring ??= Buffer.allocUnsafe(this.tailLimit);
        const ring = this.ring;
        this.tailWritten += size;
        if (this.ringPos + size <= ring.length) {
            ring.write(line, this.ringPos, 'utf8');
            ring[this.ringPos + size - 1] = NEWLINE;
            this.ringPos = (this.ringPos + size) % ring.length;
            return;
        }
        // Wraps (or is longer than the ring): copy through a temporary buffer, keeping its end.
        let bytes = Buffer.from(line + '\n', 'utf8');
        if (bytes.length > ring.length)
            bytes = bytes.subarray(bytes.length - ring.length);
        const first = Math.min(bytes.length, ring.length - this.ringPos);
        bytes.copy(ring, this.ringPos, 0, first);
        bytes.copy(ring, 0, first);
        this.ringPos = (this.ringPos + bytes.length) % ring.length;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/runner/cgroup.ts


const sleep = (ms) => new Promise(r => setTimeout(r, ms));
function read(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** /proc/self/mountinfo: mount point, filesystem type and super options of each mount. */
function parseMountinfo(text) {
    const mounts = [];
    for (const line of text.split('\n')) {
        const [left, right] = line.split(' - ');
        if (!left || !right)
            continue;
        const point = left.split(' ')[4];
        const [fstype, , superOptions] = right.split(' ');
        if (!point || !fstype)
            continue;
        mounts.push({
            point: point.replace(/\\(\d{3})/g, (_, oct) => String.fromCharCode(parseInt(oct, 8))),
            fstype,
            superOptions: (superOptions ?? '').split(',')
        });
    }
    return mounts;
}
/** Own cgroup path per hierarchy from /proc/self/cgroup: '' = v2, else the v1 controller list. */
function parseProcCgroup(text) {
    const result = new Map();
    for (const line of text.split('\n')) {
        const m = /^\d+:([^:]*):(.*)$/.exec(line);
        if (m)
            result.set(m[1], m[2]);
    }
    return result;
}
function pidsIn(file) {
    const text = read(file);
    if (text === undefined)
        return [];
    return text
        .split('\n')
        .filter(Boolean)
        .map(Number)
        .filter(n => Number.isInteger(n) && n > 0);
}
function send(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // Gone already.
    }
}
/** Polls `done` every 5 ms for up to `ms`. */
async function waitFor(done, ms) {
    const deadline = performance.now() + ms;
    while (!done()) {
        if (performance.now() > deadline)
            return false;
        await sleep(5);
    }
    return true;
}
function v2Jail(dir) {
    const events = () => read(external_node_path_default().join(dir, 'cgroup.events')) ?? '';
    const procs = external_node_path_default().join(dir, 'cgroup.procs');
    const others = (spare) => pidsIn(procs).filter(p => p !== spare);
    return {
        kind: 'cgroup-v2',
        dir,
        procsFile: procs,
        pids: () => pidsIn(procs),
        signal: (sig, spare) => others(spare).forEach(p => send(p, sig)),
        async kill(spare) {
            const killFile = external_node_path_default().join(dir, 'cgroup.kill');
            if (spare === undefined && (0,external_node_fs_.existsSync)(killFile)) {
                // Kernel 5.14+: one write kills the subtree, forks racing with it included.
                (0,external_node_fs_.writeFileSync)(killFile, '1');
                return waitFor(() => !/^populated 1$/m.test(events()), 5000);
            }
            // Frozen processes cannot fork; SIGKILL is delivered when they thaw.
            for (let round = 0; round < 50 && others(spare).length > 0; round++) {
                (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'cgroup.freeze'), '1');
                await waitFor(() => /^frozen 1$/m.test(events()), 1000);
                for (const p of others(spare))
                    send(p, 'SIGKILL');
                (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'cgroup.freeze'), '0');
                if (await waitFor(() => others(spare).length === 0, 200))
                    return true;
            }
            return others(spare).length === 0;
        },
        remove: () => removeDir(dir)
    };
}
function v1FreezerJail(dir) {
    const state = external_node_path_default().join(dir, 'freezer.state');
    const procs = external_node_path_default().join(dir, 'cgroup.procs');
    const others = (spare) => pidsIn(procs).filter(p => p !== spare);
    return {
        kind: 'cgroup-v1-freezer',
        dir,
        procsFile: procs,
        pids: () => pidsIn(procs),
        signal: (sig, spare) => others(spare).forEach(p => send(p, sig)),
        async kill(spare) {
            // Frozen processes cannot fork; SIGKILL is delivered when they thaw.
            for (let round = 0; round < 50 && others(spare).length > 0; round++) {
                (0,external_node_fs_.writeFileSync)(state, 'FROZEN');
                await waitFor(() => read(state)?.trim() === 'FROZEN', 1000);
                for (const p of others(spare))
                    send(p, 'SIGKILL');
                (0,external_node_fs_.writeFileSync)(state, 'THAWED');
                if (await waitFor(() => others(spare).length === 0, 200))
                    return true;
            }
            return others(spare).length === 0;
        },
        remove: () => removeDir(dir)
    };
}
function removeDir(dir) {
    try {
        (0,external_node_fs_.rmdirSync)(dir);
    }
    catch {
        // Still populated (a process could not be killed) or gone: nothing more to do here.
    }
}
/** Where a jail could go, by preference: v2 first (cgroup.kill), then the v1 freezer. */
function candidates() {
    const mountinfo = read('/proc/self/mountinfo');
    const own = read('/proc/self/cgroup');
    if (mountinfo === undefined || own === undefined)
        return [];
    const mounts = parseMountinfo(mountinfo);
    const paths = parseProcCgroup(own);
    const result = [];
    const v2 = mounts.find(m => m.fstype === 'cgroup2');
    const v2Path = paths.get('');
    if (v2 && v2Path !== undefined)
        result.push({ kind: 'cgroup-v2', parent: external_node_path_default().join(v2.point, v2Path) });
    const freezer = mounts.find(m => m.fstype === 'cgroup' && m.superOptions.includes('freezer'));
    const freezerPath = [...paths].find(([controllers]) => controllers.split(',').includes('freezer'))?.[1];
    if (freezer && freezerPath !== undefined) {
        result.push({ kind: 'cgroup-v1-freezer', parent: external_node_path_default().join(freezer.point, freezerPath) });
    }
    return result;
}
/**
 * Creates a cgroup named `name` for one attempt, or returns why none could be made. Probing is
 * one mkdir: on a machine where runguard may not create cgroups it fails at once.
 */
function createCgroupJail(name, prefer) {
    const reasons = [];
    const all = candidates();
    const ordered = prefer
        ? [...all.filter(c => c.kind === prefer), ...all.filter(c => c.kind !== prefer)]
        : all;
    for (const { kind, parent } of ordered) {
        const dir = external_node_path_default().join(parent, name);
        try {
            (0,external_node_fs_.mkdirSync)(dir);
        }
        catch (error) {
            reasons.push(`${kind} at ${parent}: ${error.code ?? 'error'}`);
            continue;
        }
        if (kind === 'cgroup-v2' && !(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'cgroup.freeze'))) {
            removeDir(dir);
            reasons.push(`${kind} at ${parent}: no cgroup.freeze (kernel < 5.2)`);
            continue;
        }
        return kind === 'cgroup-v2' ? v2Jail(dir) : v1FreezerJail(dir);
    }
    return {
        unavailable: reasons.length > 0 ? reasons.join('; ') : 'no cgroup v2 or v1 freezer mounted'
    };
}

// EXTERNAL MODULE: ./src/scanners/detect-cache.ts
var detect_cache = __webpack_require__(8307);
// EXTERNAL MODULE: ./src/trust/tool-path.ts
var tool_path = __webpack_require__(97060);
;// CONCATENATED MODULE: ./src/runner/launch-cache.ts




/** A cache usable for these settings, or undefined when the tools directory is not trusted. */
function launchCache(toolsDir, workspace) {
    return (0,tool_path/* isWithin */.UO)(workspace, toolsDir) ? undefined : { toolsDir, workspace };
}
function fileId(file) {
    const st = (0,external_node_fs_.statSync)(file);
    return [file, (0,tool_path/* realpathLenient */.DD)(file), st.size, st.mtimeMs, st.ctimeMs, st.ino];
}
/** Key for the helper Python of `python3` on `pathValue`, or undefined (not found/untrusted). */
function helperPythonKey(pathValue, cache) {
    try {
        const found = (0,tool_path/* resolveTool */.Hj)('python3', pathValue, cache.workspace);
        return found === undefined ? undefined : JSON.stringify(['helper-python', ...fileId(found)]);
    }
    catch {
        return undefined;
    }
}
/** The remembered helper Python for `key`, if it is still the very file that was probed. */
function cachedHelperPython(key, cache) {
    const value = (0,detect_cache/* cachedProbe */.ND)(cache.toolsDir, key);
    if (value === undefined)
        return undefined;
    try {
        const { python, id } = JSON.parse(value);
        if (typeof python !== 'string' || !python.startsWith('/'))
            return undefined;
        if ((0,tool_path/* isWithin */.UO)(cache.workspace, python))
            return undefined;
        return JSON.stringify(fileId(python)) === JSON.stringify(id) ? python : undefined;
    }
    catch {
        return undefined;
    }
}
function rememberHelperPython(key, python, cache) {
    try {
        if ((0,tool_path/* isWithin */.UO)(cache.workspace, python))
            return;
        (0,detect_cache/* rememberProbe */.yk)(cache.toolsDir, key, JSON.stringify({ python, id: fileId(python) }));
    }
    catch {
        // The interpreter vanished meanwhile: nothing to remember.
    }
}
function readOr(file, read) {
    try {
        return read(file);
    }
    catch {
        return '';
    }
}
/** What decides whether this process can create the namespaces (see the module comment). */
function isolationKey(python, helperSource, cache) {
    try {
        const uid = process.getuid?.() ?? -1;
        const status = readOr('/proc/self/status', f => (0,external_node_fs_.readFileSync)(f, 'utf8'));
        const caps = status
            .split('\n')
            .filter(l => /^(CapEff|CapBnd|NoNewPrivs|Seccomp):/.test(l))
            .join(';');
        const namespaces = ['mnt', 'pid', 'user', 'cgroup'].map(ns => readOr(`/proc/self/ns/${ns}`, external_node_fs_.readlinkSync));
        const sudo = [];
        if (uid !== 0) {
            const found = (0,tool_path/* resolveTool */.Hj)('sudo', process.env.PATH ?? '', cache.workspace);
            if (found === undefined)
                return undefined;
            sudo.push(...fileId(found));
            for (const f of ['/etc/sudoers', '/etc/sudoers.d']) {
                try {
                    const st = (0,external_node_fs_.statSync)(f);
                    sudo.push(st.mtimeMs, st.ctimeMs, st.ino);
                }
                catch {
                    sudo.push(null);
                }
            }
        }
        return JSON.stringify([
            'isolation',
            ...fileId(python),
            (0,external_node_crypto_.createHash)('sha256').update(helperSource).digest('hex').slice(0, 16),
            uid,
            readOr('/proc/sys/kernel/random/boot_id', f => (0,external_node_fs_.readFileSync)(f, 'utf8').trim()),
            ...namespaces,
            caps,
            sudo
        ]);
    }
    catch {
        return undefined;
    }
}
/** `root` or `sudo` when namespaces were created under this key before. */
function cachedIsolation(key, cache) {
    const value = (0,detect_cache/* cachedProbe */.ND)(cache.toolsDir, key);
    return value === 'root' || value === 'sudo' ? value : undefined;
}
function rememberIsolation(key, via, cache) {
    (0,detect_cache/* rememberProbe */.yk)(cache.toolsDir, key, via);
}
function forgetLaunchFact(key, cache) {
    (0,detect_cache/* forgetProbe */.YC)(cache.toolsDir, key);
}

;// CONCATENATED MODULE: ./src/runner/shim.ts


/**
 * The runner's Python helper, one source with three modes (Python is there: the targets are
 * Python projects, and Node has neither wait4 rusage nor prctl).
 *
 * `shim <fd> <cgroup.procs|-> argv…` sits between Node and the script:
 * - PR_SET_CHILD_SUBREAPER (prctl 36): orphans (double-forked or setsid'd daemons) re-parent to
 *   the shim, so they stay in its tree: the monitor finds them, their CPU reaches
 *   RUSAGE_CHILDREN when they are reaped, and the tree killer reaches them;
 * - the target is posix_spawn'ed in its OWN process group (signalling that group cannot kill
 *   the shim before it reports), with the signals the helper ignores reset to default;
 * - fd 3 is a socket pair: events go out as JSON lines (spawned {pid} | error {errno} ;
 *   exited {code, signal, wall} ; done {ru, selfMaxrss}; note {message}), commands come in
 *   (`term`: SIGTERM to every descendant; `kill`: SIGSTOP every descendant until a pass finds no
 *   new one, then SIGKILL them all). EOF on fd 3 means runguard is gone: kill the tree, exit.
 * - with a cgroup.procs path, the shim moves itself into that cgroup before spawning, so the
 *   whole tree is in it from the first fork.
 *
 * `isolate <socket>` runs as root (runguard is root, or through `sudo -n`): it connects to
 * runguard's socket, reads the launch frame (identity, umask, cwd, argv, env, paths to hide),
 * unshares PID and mount namespaces and forks PID 1 of the new namespace, which mounts a fresh
 * /proc (so no process outside the namespace is visible), hides the given paths, drops to the
 * original uid/gid and groups (or, for root, to Docker's capability set with /proc/sys and /sys
 * read-only), sets no_new_privs (sudo and other set-uid programs stop working) and runs the
 * shim's logic as the namespace's init. `term`/`kill` become kill(-1) inside the namespace;
 * EOF kills everything; PID 1 dies with the launcher (PR_SET_PDEATHSIG), and the kernel kills
 * every process of a namespace whose init exits. The launcher reports PID 1's host pid (`ns`).
 *
 * `probe` checks that the namespaces can be created; prints why not.
 *
 * The helper's own memory is never counted: the monitor excludes the tree's root, and the
 * children's ru_maxrss is only used when it exceeds the helper's own peak (posix_spawn's vfork
 * carries the spawner's high-water mark into the child's ru_maxrss as a floor).
 */
const HELPER_SOURCE = String.raw `
import os, sys, time, _signal as signal, _ctypes, _thread
# _signal, not signal: the same functions and numbers without the enum module, which was a
# third of the helper's start-up CPU. resource is imported once the script is spawned.
# _ctypes, not ctypes: the same calls into libc without ctypes' Python layer (struct, types and
# its type classes: ~5 ms of start-up); these classes are what ctypes.CDLL(None,
# use_errno=True), c_ulong, c_uint32 and c_int build on.


class UL(_ctypes._SimpleCData):
    _type_ = 'L'


class U32(_ctypes._SimpleCData):
    _type_ = 'I'


class Int(_ctypes._SimpleCData):
    _type_ = 'i'


class Function(_ctypes.CFuncPtr):
    _flags_ = _ctypes.FUNCFLAG_CDECL | _ctypes.FUNCFLAG_USE_ERRNO
    _restype_ = Int


class Libc:
    _handle = _ctypes.dlopen(None, _ctypes.RTLD_LOCAL)

    def __getattr__(self, name):
        function = Function((name, self))
        setattr(self, name, function)
        return function


libc = Libc()
MODE = sys.argv[1]
EV = -1
# Signals the helper ignores or handles; the script starts with every one at its default.
RESET = (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# Docker's default capability set: what a root script keeps inside the namespaces.
KEEP = (0, 1, 3, 4, 5, 6, 7, 8, 10, 13, 18, 27, 29, 31)
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18


def prctl(op, a=0, b=0, c=0, d=0):
    return libc.prctl(op, UL(a), UL(b), UL(c), UL(d)) == 0


def errno_text(what):
    return what + ': ' + os.strerror(_ctypes.get_errno())


def clean(text):
    return ''.join(c for c in text if c.isalnum() or c in ' ,.-:/_()=+')


# JSON by hand: importing json (re, enum) would double the helper's start-up CPU.
def send(text):
    os.write(EV, ('{' + text + '}\n').encode())


def b(v):
    return 'true' if v else 'false'


def note(text):
    send('"event":"note","message":"%s"' % clean(text))


def read_state(pid):
    try:
        with open('/proc/%d/stat' % pid, 'rb') as f:
            data = f.read()
        return chr(data[data.rindex(b')') + 2])
    except (OSError, ValueError, IndexError):
        return ''


def children(pid):
    found = []
    try:
        tids = os.listdir('/proc/%d/task' % pid)
    except OSError:
        return found
    for tid in tids:
        try:
            with open('/proc/%d/task/%s/children' % (pid, tid), 'rb') as f:
                found += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return found


def children_by_scan():
    """ppid -> pids from /proc/*/stat, for kernels without CONFIG_PROC_CHILDREN."""
    kids = {}
    for name in os.listdir('/proc'):
        if name.isdigit():
            try:
                with open('/proc/%s/stat' % name, 'rb') as f:
                    data = f.read()
                ppid = int(data[data.rindex(b')') + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            kids.setdefault(ppid, []).append(int(name))
    return kids


def tree():
    """Every live descendant of this process (orphans come back to it: it is a subreaper)."""
    me = os.getpid()
    scan = None if os.path.exists('/proc/%d/task/%d/children' % (me, me)) else children_by_scan()
    seen = []
    todo = [me]
    while todo:
        pid = todo.pop()
        for c in children(pid) if scan is None else scan.get(pid, []):
            if c not in seen:
                seen.append(c)
                todo.append(c)
    return [p for p in seen if read_state(p) not in ('Z', 'X', '')]


def signal_all(sig):
    for p in tree():
        try:
            os.kill(p, sig)
        except OSError:
            pass


def freeze_and_kill():
    """SIGSTOP every descendant until a full pass finds no new one (a stopped process cannot
    fork, and orphans re-parent to this subreaper, so the set converges), then SIGKILL all."""
    stopped = set()
    for _ in range(100000):
        fresh = [p for p in tree() if p not in stopped]
        if not fresh:
            if all(read_state(p) in ('T', 't', 'Z', 'X', '') for p in stopped):
                if not [p for p in tree() if p not in stopped]:
                    break
            else:
                time.sleep(0.001)
            continue
        for p in fresh:
            try:
                os.kill(p, signal.SIGSTOP)
            except OSError:
                pass
            stopped.add(p)
    for _ in range(1000):
        live = tree()
        if not live:
            break
        for p in live:
            try:
                os.kill(p, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.001)


def control(on_command, on_eof, buffered=b''):
    """Commands from runguard, one per line; EOF means runguard is gone: kill everything."""
    buf = buffered
    while True:
        while b'\n' in buf:
            line, _, buf = buf.partition(b'\n')
            on_command(line.strip())
        try:
            chunk = os.read(EV, 256)
        except OSError:
            chunk = b''
        if not chunk:
            on_eof()
            return
        buf += chunk


def run(argv, env, subreaper):
    t0 = time.monotonic()
    try:
        pid = os.posix_spawnp(argv[0], argv, env, setpgroup=0, setsigdef=RESET)
    except OSError as e:
        send('"event":"error","errno":%d,"message":"%s"' % (e.errno or 0, clean(e.strerror or 'error')))
        return 127
    send('"event":"spawned","pid":%d,"subreaper":%s' % (pid, b(subreaper)))
    # Loaded while the script starts, not before: only the final report needs it.
    import resource
    # Reap every child while waiting for the script: orphans re-parented here would otherwise
    # stay zombies until it ends, and a forking chain would exhaust the machine's pids.
    while True:
        try:
            reaped, status, _ = os.wait4(-1, 0)
        except InterruptedError:
            continue
        if reaped == pid:
            break
    wall = time.monotonic() - t0
    # Anything left? Asked of the kernel (orphans come back here), not of /proc, whose children
    # lists can miss a process that is moving from an exiting parent to this one.
    try:
        os.wait4(-1, os.WNOHANG)
        rest = True
    except ChildProcessError:
        rest = False
    if os.WIFSIGNALED(status):
        send('"event":"exited","code":null,"signal":%d,"wall":%r,"rest":%s' % (os.WTERMSIG(status), wall, b(rest)))
    else:
        send('"event":"exited","code":%d,"signal":null,"wall":%r,"rest":%s' % (os.WEXITSTATUS(status), wall, b(rest)))
    while True:
        try:
            os.wait4(-1, 0)
        except ChildProcessError:
            break
        except InterruptedError:
            pass
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    s = resource.getrusage(resource.RUSAGE_SELF)
    send('"event":"done","selfMaxrss":%d,"ru":{"utime":%r,"stime":%r,"maxrss":%d,"minflt":%d,'
         '"majflt":%d,"inblock":%d,"oublock":%d,"nvcsw":%d,"nivcsw":%d}' % (
         s.ru_maxrss, r.ru_utime, r.ru_stime, r.ru_maxrss, r.ru_minflt, r.ru_majflt,
         r.ru_inblock, r.ru_oublock, r.ru_nvcsw, r.ru_nivcsw))
    return 0


def shim():
    """Between runguard and the script: subreaper, exact rusage, and the tree killer."""
    global EV
    EV = int(sys.argv[2])
    os.set_inheritable(EV, False)
    if sys.argv[3] != '-':
        try:
            with open(sys.argv[3], 'w') as f:
                f.write(str(os.getpid()))
        except OSError as e:
            note('could not join the cgroup: ' + (e.strerror or 'error'))
    sub = prctl(36, 1)

    def command(line):
        if line == b'term':
            signal_all(signal.SIGTERM)
        elif line == b'kill':
            freeze_and_kill()

    def eof():
        freeze_and_kill()
        os._exit(1)

    _thread.start_new_thread(control, (command, eof))
    return run(sys.argv[4:], os.environ, sub)


def mount(source, target, fstype, flags, data=None):
    enc = lambda s: None if s is None else os.fsencode(s)
    if libc.mount(enc(source), enc(target), enc(fstype), UL(flags), enc(data)) != 0:
        raise OSError(_ctypes.get_errno(), errno_text('mount ' + target))


def read_frame():
    data = b''
    while b'\n' not in data:
        chunk = os.read(EV, 65536)
        if not chunk:
            os._exit(3)
        data += chunk
    head, _, rest = data.partition(b'\n')
    size = int(head)
    while len(rest) < size:
        chunk = os.read(EV, 65536)
        if not chunk:
            os._exit(3)
        rest += chunk
    return rest[:size].split(b'\0'), rest[size:]


def enter_namespaces():
    """New PID and mount namespaces; returns in the child, which is PID 1 there."""
    if libc.unshare(0x20000000 | 0x00020000) != 0:
        raise OSError(_ctypes.get_errno(), errno_text('unshare(CLONE_NEWPID|CLONE_NEWNS)'))
    r, w = os.pipe()
    child = os.fork()
    if child:
        os.close(r)
        if EV >= 0:
            send('"event":"ns","pid":%d' % child)
            os.close(EV)
        os.write(w, b'g')
        os.close(w)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        _, status = os.waitpid(child, 0)
        os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
    os.close(w)
    os.read(r, 1)
    os.close(r)
    # Private propagation: nothing mounted here reaches the host, and the reverse.
    mount(None, '/', None, MS_REC | MS_PRIVATE)
    mount('proc', '/proc', 'proc', MS_NOSUID | MS_NODEV | MS_NOEXEC)


def read_only(path, is_mount):
    if not is_mount:
        mount(path, path, None, MS_BIND | MS_REC)
    # MS_BIND with MS_REMOUNT changes this mount only, never the shared superblock.
    mount(None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY)


def harden_for_root():
    """A root script keeps Docker's capability set; /proc/sys and /sys become read-only."""
    for path in ('/proc/sys', '/proc/sysrq-trigger', '/proc/irq', '/proc/bus', '/proc/fs'):
        if os.path.exists(path):
            read_only(path, False)
    with open('/proc/self/mountinfo', 'rb') as f:
        points = [os.fsdecode(l.split(b' ')[4]) for l in f.read().splitlines()]
    for point in points:
        point = point.replace('\\040', ' ')
        if point == '/sys' or point.startswith('/sys/'):
            try:
                read_only(point, True)
            except OSError as e:
                note('could not make %s read-only: %s' % (point, e.strerror))
    with open('/proc/sys/kernel/cap_last_cap') as f:
        last = int(f.read())
    for cap in range(last + 1):
        if cap not in KEEP and not prctl(24, cap):
            raise OSError(_ctypes.get_errno(), errno_text('PR_CAPBSET_DROP'))
    prctl(47, 4)
    # The capability header {u32 version; int pid} and two {u32 effective, permitted,
    # inheritable} as flat u32 arrays (an array argument is passed as a pointer to it).
    header = (U32 * 2)(0x20080522, 0)
    data = (U32 * 6)()
    if libc.capget(header, data) == 0:
        data[2] = data[5] = 0
        libc.capset(header, data)


def isolate():
    """Runs as root (directly or through sudo -n): namespaces, hidden paths, then the script as
    the original user with no_new_privs, under this process as PID 1 of the namespace."""
    global EV
    import _socket
    s = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    s.connect(sys.argv[2])
    EV = s.detach()
    fields, extra = read_frame()
    it = iter(fields)
    take = lambda: next(it)
    uid, gid = int(take()), int(take())
    groups = [int(g) for g in take().split(b',') if g]
    umask, cwd = int(take(), 8), take()
    argv = [take() for _ in range(int(take()))]
    env = dict(e.split(b'=', 1) for e in [take() for _ in range(int(take()))] if b'=' in e)
    hide = [os.fsdecode(take()) for _ in range(int(take()))]
    try:
        enter_namespaces()
    except OSError as e:
        send('"event":"isolation-failed","message":"%s"' % clean(str(e.strerror or e)))
        os._exit(3)
    try:
        for path in hide:
            try:
                if os.path.isdir(path):
                    mount('tmpfs', path, 'tmpfs', MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, 'size=4k,mode=755')
                elif os.path.exists(path):
                    mount('/dev/null', path, None, MS_BIND)
            except OSError as e:
                note('could not hide %s: %s' % (path, e.strerror))
        if uid == 0:
            harden_for_root()
        else:
            os.setgroups(groups)
            os.setresgid(gid, gid, gid)
            os.setresuid(uid, uid, uid)
        if not prctl(38, 1):
            raise OSError(_ctypes.get_errno(), errno_text('PR_SET_NO_NEW_PRIVS'))
        # After the uid change (which clears it): die with the launcher.
        prctl(1, signal.SIGKILL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        os.umask(umask)
        os.chdir(cwd)
    except OSError as e:
        send('"event":"isolation-failed","message":"%s"' % clean(str(e.strerror or e)))
        os._exit(3)
    # posix_spawnp searches the PATH of this process: make it the script's.
    os.environ['PATH'] = os.fsdecode(env.get(b'PATH', os.fsencode(os.defpath)))

    def command(line):
        # PID 1 of the namespace: kill(-1) reaches every process in it, setsid or not.
        if line in (b'term', b'kill'):
            try:
                os.kill(-1, signal.SIGTERM if line == b'term' else signal.SIGKILL)
            except OSError:
                pass

    def eof():
        try:
            os.kill(-1, signal.SIGKILL)
        except OSError:
            pass
        os._exit(1)

    _thread.start_new_thread(control, (command, eof, extra))
    return run(argv, env, True)


def probe():
    """Can this process create the namespaces? Prints ok, or why not."""
    try:
        enter_namespaces()
    except OSError as e:
        sys.stdout.write(str(e.strerror or e) + '\n')
        os._exit(3)
    os._exit(0)


if MODE == 'shim':
    os._exit(shim())
elif MODE == 'isolate':
    os._exit(isolate())
elif MODE == 'probe':
    probe()
`;
/** Parses one event line; undefined for anything unexpected (the caller then falls back). */
function parseShimEvent(line) {
    try {
        const value = JSON.parse(line);
        if (value && typeof value === 'object' && typeof value.event === 'string') {
            return value;
        }
    }
    catch {
        // Not JSON: ignored.
    }
    return undefined;
}
/** argv of the shim: python, the events/commands fd, the cgroup to join, then the script. */
function shimArgv(python, eventsFd, cgroupProcs, argv) {
    return [
        python,
        '-I',
        '-S',
        '-c',
        HELPER_SOURCE,
        'shim',
        String(eventsFd),
        cgroupProcs ?? '-',
        ...argv
    ];
}
/** argv of the isolation launcher (prefixed with `sudo -n` when runguard is not root). */
function isolateArgv(python, socketPath) {
    return [python, '-I', '-S', '-c', HELPER_SOURCE, 'isolate', socketPath];
}
/** argv of the namespace probe. */
function probeArgv(python) {
    return [python, '-I', '-S', '-c', HELPER_SOURCE, 'probe'];
}
let cached;
/**
 * Absolute path of a Python >= 3.8 usable for the helper (posix_spawnp with setpgroup), or
 * undefined. Probed once per process, and remembered across runs in the tools directory when
 * `cache` is given (launch-cache.ts); resolving `sys.executable` skips wrappers such as pyenv
 * shims that would add a bash process and startup time to every attempt.
 */
function findShimPython(cache) {
    if (cached)
        return cached.python;
    if (process.platform !== 'linux') {
        cached = { python: undefined };
        return undefined;
    }
    const key = cache ? helperPythonKey(process.env.PATH ?? '', cache) : undefined;
    const remembered = key && cache ? cachedHelperPython(key, cache) : undefined;
    if (remembered) {
        cached = { python: remembered };
        return remembered;
    }
    let python;
    try {
        const out = (0,external_node_child_process_.execFileSync)('python3', [
            '-I',
            '-S',
            '-c',
            'import os, sys, resource, _ctypes; assert hasattr(os, "posix_spawnp"); print(sys.executable)'
        ], { encoding: 'utf8', timeout: 10000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        python = out.startsWith('/') ? out : undefined;
    }
    catch {
        python = undefined;
    }
    if (python && key && cache)
        rememberHelperPython(key, python, cache);
    cached = { python };
    return python;
}

;// CONCATENATED MODULE: ./src/runner/isolation.ts





let cache;
/**
 * Can the script be isolated here? Probed once per process and Python path: `sudo -n true`
 * when runguard is not root, then the helper creates the namespaces once (this catches
 * containers without CAP_SYS_ADMIN and kernels that forbid it). With `launch`, a positive
 * answer is remembered across runs (launch-cache.ts).
 */
function probeIsolation(python, launch) {
    cache ??= new Map();
    const key = python ?? '';
    const known = cache.get(key);
    if (known)
        return known;
    const factKey = launch && python && process.platform === 'linux'
        ? isolationKey(python, HELPER_SOURCE, launch)
        : undefined;
    const via = factKey && launch ? cachedIsolation(factKey, launch) : undefined;
    let result;
    if (via && factKey) {
        result = {
            available: true,
            via,
            prefix: via === 'sudo' ? ['sudo', '-n'] : [],
            remembered: factKey
        };
    }
    else {
        result = probe(python);
        if (result.available && factKey && launch)
            rememberIsolation(factKey, result.via, launch);
    }
    cache.set(key, result);
    return result;
}
/** A remembered answer proved wrong: drop it here and in the tools directory. */
function forgetIsolation(python, launch) {
    const known = cache?.get(python ?? '');
    cache?.delete(python ?? '');
    if (known?.available && known.remembered && launch)
        forgetLaunchFact(known.remembered, launch);
}
function firstLine(text) {
    return (String(text ?? '')
        .split('\n')
        .map(l => l.trim())
        .find(Boolean) ?? '');
}
function probe(python) {
    if (process.platform !== 'linux') {
        return {
            available: false,
            reason: `PID and mount namespaces are Linux only (this is ${process.platform})`
        };
    }
    if (!python) {
        return {
            available: false,
            reason: 'its helper needs python3 >= 3.8 with ctypes, and none was found on PATH'
        };
    }
    const root = process.getuid?.() === 0;
    let prefix = [];
    if (!root) {
        const sudo = (0,external_node_child_process_.spawnSync)('sudo', ['-n', 'true'], {
            encoding: 'utf8',
            timeout: 10000,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        if (sudo.error || sudo.status !== 0) {
            const why = sudo.error?.message.includes('ENOENT')
                ? 'sudo is not installed'
                : firstLine(sudo.stderr) || `sudo -n true exited ${String(sudo.status)}`;
            return {
                available: false,
                reason: `runguard runs as uid ${process.getuid?.()} without passwordless sudo (${why})`
            };
        }
        prefix = ['sudo', '-n'];
    }
    const [command, ...args] = [...prefix, ...probeArgv(python)];
    const run = (0,external_node_child_process_.spawnSync)(command, args, {
        encoding: 'utf8',
        timeout: 10000,
        stdio: ['ignore', 'pipe', 'pipe']
    });
    if (run.status !== 0) {
        const why = firstLine(run.stdout) ||
            firstLine(run.stderr) ||
            run.error?.message ||
            `exit ${String(run.status)}`;
        return { available: false, reason: `the namespaces could not be created (${why})` };
    }
    return { available: true, via: root ? 'root' : 'sudo', prefix };
}
/** The process umask from /proc/self/status (process.umask() without an argument is deprecated). */
function currentUmask() {
    try {
        const m = /^Umask:\s*([0-7]+)$/m.exec((0,external_node_fs_.readFileSync)('/proc/self/status', 'utf8'));
        if (m)
            return parseInt(m[1], 8);
    }
    catch {
        // Fall through.
    }
    return 0o022;
}
/** The file commands of the current step: GITHUB_ENV, GITHUB_OUTPUT … (their env values). */
const FILE_COMMAND_VARIABLES = [
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY'
];
/** The runner's own credentials and diagnostics, in the runner's install directory. */
const RUNNER_PRIVATE = ['.credentials', '.credentials_rsaparams', '.runner', '.env', '_diag'];
/**
 * Paths the script must not see, from the runner's environment (before scrubbing): the
 * runner's file-command directory (`$RUNNER_TEMP/_runner_file_commands`, where the files of
 * every GITHUB_* file command of the job live; writing there would set our outputs or the next
 * steps' environment) or, when a file command lives elsewhere, that file alone; and, when
 * runguard runs under the runner's bundled Node (the Action), the runner's credential files
 * and diagnostic logs. Never a parent of the workspace: only the runner's own names are hidden.
 */
function pathsToHide(env, execPath = process.execPath) {
    const hide = new Set();
    const isDir = (p) => {
        try {
            return (0,external_node_fs_.statSync)(p).isDirectory();
        }
        catch {
            return false;
        }
    };
    const commandDir = env.RUNNER_TEMP
        ? external_node_path_default().join(env.RUNNER_TEMP, '_runner_file_commands')
        : undefined;
    if (commandDir && isDir(commandDir))
        hide.add(commandDir);
    for (const name of FILE_COMMAND_VARIABLES) {
        const file = env[name];
        if (!file || !external_node_path_default().isAbsolute(file) || !(0,external_node_fs_.existsSync)(file))
            continue;
        const dir = external_node_path_default().dirname(file);
        hide.add(external_node_path_default().basename(dir) === '_runner_file_commands' ? dir : file);
    }
    // <runner>/externals/node24/bin/node: the runner's install directory is four levels up.
    const m = /^(.*)\/externals\/node\d+\/bin\/node$/.exec(execPath);
    const runnerRoot = m?.[1];
    if (runnerRoot && (0,external_node_fs_.existsSync)(external_node_path_default().join(runnerRoot, 'bin'))) {
        for (const name of RUNNER_PRIVATE) {
            const p = external_node_path_default().join(runnerRoot, name);
            if ((0,external_node_fs_.existsSync)(p))
                hide.add(p);
        }
    }
    return [...hide].sort();
}
/** The plan for an available isolation: runguard's identity, umask, paths to hide. */
function isolationPlan(support, runnerEnv) {
    return {
        prefix: support.prefix,
        via: support.via,
        identity: {
            uid: process.getuid?.() ?? 0,
            gid: process.getgid?.() ?? 0,
            groups: process.getgroups?.() ?? []
        },
        umask: currentUmask(),
        hide: pathsToHide(runnerEnv)
    };
}
/**
 * The launch frame the launcher reads from its socket: `<length>\n` then NUL-separated fields
 * (POSIX argv, environment entries and paths cannot contain NUL, so no escaping is needed).
 * Sent over the socket, not argv: argv is readable by every process on the machine.
 */
function encodeLaunchFrame(plan, argv, env, cwd) {
    const entries = Object.entries(env)
        .filter((e) => e[1] !== undefined)
        .map(([k, v]) => `${k}=${v}`);
    const fields = [
        String(plan.identity.uid),
        String(plan.identity.gid),
        plan.identity.groups.join(','),
        plan.umask.toString(8),
        cwd,
        String(argv.length),
        ...argv,
        String(entries.length),
        ...entries,
        String(plan.hide.length),
        ...plan.hide
    ];
    for (const f of fields) {
        if (f.includes('\0'))
            throw new Error('a launch field contains a NUL byte');
    }
    const body = Buffer.from(fields.join('\0'), 'utf8');
    return Buffer.concat([Buffer.from(`${body.length}\n`), body]);
}
/** One line for the log and the measurement notes saying what protects the script's run. */
function describeIsolation(plan, unavailable) {
    if (!plan) {
        return unavailable
            ? `isolation: OFF, not available here: ${unavailable}. The script runs as runguard's user and can read runguard's environment (runner tokens) through /proc, and use its sudo`
            : `isolation: off (isolation: off). The script runs as runguard's user and can read runguard's environment (runner tokens) through /proc`;
    }
    const who = plan.identity.uid === 0
        ? 'as root with Docker’s default capabilities and /proc/sys, /sys read-only'
        : `as uid ${plan.identity.uid}`;
    const hidden = plan.hide.length > 0 ? `, ${plan.hide.length} runner path(s) hidden` : '';
    return `isolation: on (own PID and mount namespaces via ${plan.via === 'sudo' ? 'sudo -n' : 'root'}, fresh /proc, ${who}, no_new_privs${hidden})`;
}

;// CONCATENATED MODULE: ./src/runner/launch.ts









const SIGNAL_NAMES = new Map(Object.entries((external_node_os_default()).constants.signals).map(([name, no]) => [no, name]));
/** exit_code of a process ended by a signal, shell convention: 128 + signal number. */
function signalExitCode(signal) {
    const no = typeof signal === 'number' ? signal : ((external_node_os_default()).constants.signals[signal] ?? 0);
    return 128 + no;
}
/** ENOENT → 127 (not found), anything else that prevents starting (EACCES …) → 126, as sh does. */
function startFailureCode(errno) {
    return errno === 2 || errno === 'ENOENT' ? 127 : 126;
}
function launch_send(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // Gone already, or not ours.
    }
}
/** One started tree. Events of the helper update the public fields as they arrive. */
class ScriptProcess {
    options;
    notes = [];
    exit;
    /** The program could not be started (exit 127 not found, 126 otherwise). */
    startFailure;
    /** Isolated mode: the namespaces could not be set up; the script did not run. */
    isolationFailure;
    rusage;
    /** The helper's own ru_maxrss (KiB): the floor under its children's maxrss. */
    helperMaxrss;
    subreaper = false;
    /** How the tree is held: for the measurement notes. */
    control;
    exited;
    /**
     * Resolves once the helper needs nothing more from this process to start the script: the
     * isolated launcher waits for its launch frame, the other modes need nothing.
     */
    handedOver;
    handOver = () => undefined;
    closed;
    child;
    /** Events in, commands out: fd 3 of the shim, or the launcher's socket. */
    channel;
    pending = [];
    targetGroup;
    treeEmpty = false;
    markExited = () => undefined;
    jail;
    socketDir;
    server;
    constructor(options, prepared) {
        this.options = options;
        this.jail = prepared.jail;
        this.socketDir = prepared.socketDir;
        this.server = prepared.server;
        this.control = prepared.jailNote;
        this.exited = new Promise(resolve => (this.markExited = resolve));
        this.handedOver =
            options.mode === 'isolated'
                ? new Promise(resolve => (this.handOver = resolve))
                : Promise.resolve();
        const { mode } = options;
        const [command, ...args] = this.commandLine();
        this.child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            // Isolated: the launcher gets its environment from the frame (sudo resets it anyway).
            env: options.env,
            // Own process group (and session): signals to it never reach runguard or the runner.
            detached: process.platform !== 'win32',
            stdio: mode === 'shim' ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        this.closed = new Promise(resolve => {
            this.child.once('close', () => resolve());
            // A program that cannot be started may never emit 'close'.
            this.child.once('error', () => resolve());
        });
        this.child.stdout?.on('data', options.onStdout);
        this.child.stderr?.on('data', options.onStderr);
        this.child.stdin?.on('error', () => {
            // The script may exit without reading stdin (EPIPE): not a failure of the run.
        });
        this.child.stdin?.end(options.stdin ?? undefined);
        this.child.once('error', (e) => {
            // Isolated, the child is the launcher (or sudo), not the script: it failing to start is
            // an isolation failure, never "the script was not found".
            if (mode !== 'isolated')
                this.failedToStart(e.code, e.message);
            else if (!this.exit && this.isolationFailure === undefined) {
                this.isolationFailure = `the isolation launcher could not start (${e.message})`;
                this.markExited();
            }
        });
        this.child.once('exit', (code, signal) => this.childExited(code, signal));
        if (mode === 'shim') {
            this.attach(this.child.stdio[3]);
        }
        else if (mode === 'isolated') {
            this.server?.once('connection', socket => {
                // One launcher per attempt: nothing else may connect afterwards.
                this.server?.close();
                socket.write(encodeLaunchFrame(options.isolation, options.argv, options.env, options.cwd));
                this.attach(socket);
                this.handOver();
            });
        }
        else {
            this.targetGroup = this.child.pid;
            if (this.jail && this.child.pid !== undefined) {
                // Node cannot join a cgroup before exec: a fork in the first instant could slip out.
                try {
                    (0,external_node_fs_.writeFileSync)(this.jail.procsFile, String(this.child.pid));
                }
                catch (e) {
                    this.notes.push(`could not move the script into its cgroup: ${e.message}`);
                }
            }
            if (this.child.pid !== undefined)
                options.onTree(this.child.pid, false);
        }
    }
    /** Starts the tree; isolated mode first opens the launcher's socket. */
    static async start(options) {
        if (options.mode === 'isolated') {
            if (!options.isolation || !options.python)
                throw new Error('isolated mode needs a plan and python');
            // A directory of mode 0700: only runguard's user (and root) can reach the socket.
            const socketDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'rg-'));
            const server = external_node_net_default().createServer();
            await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen(external_node_path_default().join(socketDir, 's'), () => resolve());
            });
            return new ScriptProcess(options, { jailNote: 'PID namespace', socketDir, server });
        }
        let jail;
        let jailNote = options.mode === 'shim' ? 'subreaper shim' : 'process group';
        if (options.cgroup && process.platform === 'linux') {
            const made = createCgroupJail(`runguard-${(0,external_node_crypto_.randomUUID)()}`);
            if ('unavailable' in made)
                jailNote += ` (no cgroup: ${made.unavailable})`;
            else {
                jail = made;
                jailNote += ` + ${made.kind}`;
            }
        }
        return new ScriptProcess(options, { ...(jail ? { jail } : {}), jailNote });
    }
    get mode() {
        return this.options.mode;
    }
    /** Node's direct child (sudo, the launcher, the shim or the script). */
    get pid() {
        return this.child.pid;
    }
    /** The shim, which sits in the cgroup too and must live to report the rusage. */
    get helperPid() {
        return this.options.mode === 'shim' ? this.child.pid : undefined;
    }
    /** The direct child is still running. */
    get running() {
        return this.child.exitCode === null && this.child.signalCode === null;
    }
    /**
     * Nothing of the tree is left as far as the helper knows: it said so when the script exited,
     * it finished reaping, or it is gone. The helper is a subreaper (or PID 1 of the namespace),
     * so every orphan comes back to it; a /proc scan alone can miss a process that is moving
     * between parents and declare a still-forking tree gone. Without a helper: nothing to ask.
     */
    settled() {
        return this.options.mode === 'direct' || this.treeEmpty || !this.running;
    }
    /**
     * SIGTERM or SIGKILL to every process of the tree by every means this mode has: the helper's
     * command (namespace-wide, or every descendant of the subreaper), the cgroup, the target's
     * process group. The caller adds the pids its monitor saw.
     */
    signal(sig) {
        const { mode } = this.options;
        if (mode !== 'direct')
            this.command(sig === 'SIGTERM' ? 'term' : 'kill');
        this.jail?.signal(sig, this.helperPid);
        if (mode === 'isolated' || process.platform === 'win32') {
            if (process.platform === 'win32')
                this.child.kill(sig);
            return;
        }
        if (this.targetGroup !== undefined)
            launch_send(-this.targetGroup, sig);
        // The shim has not reported the target yet: only a SIGKILL goes to the shim itself (then
        // nothing is left to start); a TERM is repeated when the target is reported.
        else if (sig === 'SIGKILL' && this.child.pid !== undefined)
            launch_send(-this.child.pid, sig);
    }
    /** The strongest kill this mode has; resolves once it has been applied (bounded). */
    async killAll() {
        this.signal('SIGKILL');
        if (this.jail) {
            try {
                await this.jail.kill(this.helperPid);
            }
            catch (e) {
                this.notes.push(`cgroup kill failed: ${e.message}`);
            }
        }
    }
    /**
     * Stops (true) or resumes (false) reading the script's output: while stopped, its pipes fill
     * and the script blocks on its next write, so nothing piles up in this process.
     */
    holdOutput(hold) {
        for (const stream of [this.child.stdout, this.child.stderr]) {
            if (hold)
                stream?.pause();
            else
                stream?.resume();
        }
    }
    /** Last resort when the streams stay open: kill the direct child, stop reading. */
    forceClose() {
        if (this.running && this.child.pid !== undefined)
            launch_send(this.child.pid, 'SIGKILL');
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        this.channel?.destroy();
    }
    /** Removes the cgroup and the socket directory. */
    dispose() {
        this.jail?.remove();
        this.server?.close();
        if (this.socketDir)
            (0,external_node_fs_.rmSync)(this.socketDir, { recursive: true, force: true });
        this.socketDir = undefined;
    }
    commandLine() {
        const { mode, argv, python, isolation } = this.options;
        if (mode === 'shim')
            return shimArgv(python, 3, this.jail?.procsFile, argv);
        if (mode === 'isolated') {
            return [...isolation.prefix, ...isolateArgv(python, external_node_path_default().join(this.socketDir, 's'))];
        }
        return [...argv];
    }
    command(line) {
        if (!this.channel) {
            this.pending.push(line);
            return;
        }
        if (!this.channel.destroyed && this.channel.writable)
            this.channel.write(`${line}\n`);
    }
    attach(channel) {
        this.channel = channel;
        channel.on('error', () => undefined);
        let buffered = '';
        channel.setEncoding('utf8');
        channel.on('data', (text) => {
            buffered += text;
            let nl;
            while ((nl = buffered.indexOf('\n')) >= 0) {
                const event = parseShimEvent(buffered.slice(0, nl));
                buffered = buffered.slice(nl + 1);
                if (event)
                    this.onEvent(event);
            }
        });
        for (const line of this.pending.splice(0))
            this.command(line);
    }
    onEvent(event) {
        switch (event.event) {
            case 'ns':
                // PID 1 of the namespace: its descendants are exactly the script's processes.
                this.options.onTree(event.pid, true);
                break;
            case 'spawned':
                this.subreaper = event.subreaper;
                if (this.options.mode === 'shim') {
                    this.targetGroup = event.pid;
                    if (this.child.pid !== undefined)
                        this.options.onTree(this.child.pid, true);
                }
                break;
            case 'error':
                this.failedToStart(event.errno, event.message);
                break;
            case 'isolation-failed':
                this.isolationFailure = event.message;
                this.markExited();
                break;
            case 'note':
                this.notes.push(event.message);
                break;
            case 'exited':
                if (this.exit)
                    break;
                this.exit = {
                    code: event.signal !== null ? 128 + event.signal : (event.code ?? 0),
                    ...(event.signal !== null
                        ? { signal: SIGNAL_NAMES.get(event.signal) ?? String(event.signal) }
                        : {}),
                    wallSeconds: event.wall
                };
                if (event.rest === false)
                    this.treeEmpty = true;
                this.markExited();
                break;
            case 'done':
                this.treeEmpty = true;
                this.rusage = event.ru;
                this.helperMaxrss = event.selfMaxrss;
                break;
        }
    }
    failedToStart(errno, message) {
        if (this.exit || this.startFailure)
            return;
        const code = startFailureCode(errno);
        this.startFailure = { code, message };
        this.exit = { code };
        this.markExited();
    }
    childExited(code, signal) {
        if (this.options.mode === 'direct') {
            this.exit ??= {
                code: code ?? (signal ? signalExitCode(signal) : 1),
                ...(signal ? { signal } : {})
            };
            this.markExited();
            return;
        }
        // The helper ended. Its last events may still be in the channel ('exit' can come before
        // the data), so decide only once the channel is closed.
        const decide = () => {
            if (!this.exit && !this.isolationFailure) {
                if (this.options.mode === 'isolated' && !this.channel) {
                    this.isolationFailure = `the isolation launcher ended (exit ${code ?? signal}) before it started the script`;
                }
                else {
                    this.exit = { code: code ?? (signal ? signalExitCode(signal) : 1) };
                    this.notes.push('the runner helper ended without reporting the script’s exit status');
                }
            }
            this.markExited();
        };
        const channel = this.channel;
        if (!channel || channel.destroyed || channel.readableEnded)
            decide();
        else
            channel.once('close', decide);
    }
}

;// CONCATENATED MODULE: ./src/runner/metrics.ts
/** The reason a metric that only sampling observes is null (model.ts, MeasurementInfo). */
const NOT_SAMPLED = 'not sampled: the script ended before the first sample';
const round = (value, digits) => {
    const f = 10 ** digits;
    return Math.round(value * f) / f;
};
/**
 * Combines the /proc samples and the shim's rusage into the metric names (model.ts). Where both
 * sources measure a total, the larger wins: each is a lower bound of the truth (sampling misses
 * what happens after the last sample; rusage misses processes that were never reaped).
 */
function buildMetrics(f) {
    // Only a sample observes the tree's CPU %, RSS average/minimum, threads and fds; a script that
    // ended before the first one has none of them (null, not 0: a 0 read as a measurement, and the
    // next sampled run looked like a regression). Totals also come from rusage when the helper ran.
    const m = f.monitor && f.monitor.samples > 0 ? f.monitor : undefined;
    const ru = f.rusage;
    const clk = m?.clockTicks ?? 100;
    const sampled = (value, digits) => m === undefined ? null : digits === undefined ? value : round(value, digits);
    const total = (value) => (m === undefined && !ru ? null : value);
    // Children's ru_maxrss is only a real measurement when it exceeds the shim's own peak.
    const ruPeakKb = ru && ru.maxrss > (f.shimSelfMaxrssKb ?? Number.POSITIVE_INFINITY) ? ru.maxrss : 0;
    // A script that ended before the first sample and stayed under the shim's own peak leaves
    // only the children's ru_maxrss, an upper bound (the floor posix_spawn carries over). Gating
    // on it fails closed; reporting 0 let any `memory_max_mb` gate pass (and a forged merge too).
    const memoryMaxKb = Math.max(m?.rssMaxKb ?? 0, m?.hwmMaxKb ?? 0, ruPeakKb) || (ru?.maxrss ?? 0);
    const sampledUser = m ? Math.max(m.ownUserTicks, m.withChildrenUserTicks) / clk : 0;
    const sampledSystem = m ? Math.max(m.ownSystemTicks, m.withChildrenSystemTicks) / clk : 0;
    const success = f.exitCode === 0 && !f.timedOut && f.cancelled !== true;
    return {
        execution_time_seconds: round(f.wallSeconds, 3),
        exit_code: f.exitCode,
        success,
        cpu_max: sampled(m?.cpuMax ?? 0, 1),
        cpu_avg: sampled(m?.cpuAvg ?? 0, 1),
        cpu_min: sampled(m?.cpuMin ?? 0, 1),
        memory_max_mb: total(round(memoryMaxKb / 1024, 2)),
        memory_avg_mb: sampled((m?.rssAvgKb ?? 0) / 1024, 2),
        memory_min_mb: sampled((m?.rssMinKb ?? 0) / 1024, 2),
        user_time_seconds: total(round(Math.max(ru?.utime ?? 0, sampledUser), 3)),
        system_time_seconds: total(round(Math.max(ru?.stime ?? 0, sampledSystem), 3)),
        num_threads: sampled(m?.threadsMax ?? 0),
        num_fds: sampled(m?.fdsMax ?? 0),
        page_faults_minor: total(Math.max(ru?.minflt ?? 0, m ? Math.max(m.minorFaults, m.withChildrenMinorFaults) : 0)),
        page_faults_major: total(Math.max(ru?.majflt ?? 0, m ? Math.max(m.majorFaults, m.withChildrenMajorFaults) : 0)),
        voluntary_context_switches: total(Math.max(ru?.nvcsw ?? 0, m?.voluntaryCtxSwitches ?? 0)),
        involuntary_context_switches: total(Math.max(ru?.nivcsw ?? 0, m?.involuntaryCtxSwitches ?? 0)),
        // ru_inblock/ru_oublock are 512-byte units of the same storage-layer accounting as /proc/io.
        block_io_read_bytes: total(Math.max((ru?.inblock ?? 0) * 512, m?.readBytes ?? 0)),
        block_io_write_bytes: total(Math.max((ru?.oublock ?? 0) * 512, m?.writeBytes ?? 0)),
        stdout_lines: f.stdout.lines,
        stderr_lines: f.stderr.lines,
        stdout_size_bytes: f.stdout.bytes,
        stderr_size_bytes: f.stderr.bytes,
        attempt: f.attempt,
        startedAt: f.startedAt,
        timedOut: f.timedOut,
        ...(f.cancelled ? { cancelled: true } : {}),
        ...(f.signal ? { signal: f.signal } : {}),
        samples: f.monitor?.timeline ?? [],
        measurement: {
            ...f.measurement,
            ...(m === undefined && f.measurement.notObserved === undefined
                ? { notObserved: NOT_SAMPLED }
                : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/runner/measurement.ts

/** How the numbers of one attempt were obtained and what could not be measured. */
function describeMeasurement(input) {
    const notes = [...(input.isolation ? [input.isolation] : []), ...input.notes];
    let method;
    let notObserved;
    if (!input.linux) {
        method = 'portable';
        notObserved = `not measured: no /proc on ${process.platform}`;
        notes.push(`no /proc on ${process.platform}: only wall time, exit code and output sizes are measured; CPU, memory, threads, fds, faults, context switches and I/O are not (null)`);
    }
    else {
        method = input.helper ? 'linux-proc+rusage-shim' : 'linux-proc';
        if (input.discovery)
            notes.push(`process tree discovery: ${input.discovery}`);
        if (!input.helper) {
            notes.push('rusage shim not used (no python3 >= 3.8, or disabled): CPU time, page faults, context switches and I/O of processes that exited between samples are lower bounds');
        }
        else if (!input.rusage && !input.startFailed) {
            notes.push('the rusage shim did not report; totals come from /proc samples only');
        }
        else if (!input.subreaper && !input.startFailed) {
            notes.push('PR_SET_CHILD_SUBREAPER unavailable: orphaned processes are not in the CPU totals');
        }
        if (input.samples === 0) {
            notObserved = input.startFailed ? 'not measured: the script did not start' : NOT_SAMPLED;
            if (!input.startFailed)
                notes.push(`the script ended before the first sample: CPU, memory average and minimum, threads and fds were not observed (null, never gated), and the memory peak is the rusage value (an upper bound)`);
        }
    }
    return {
        method,
        samplingIntervalMs: input.interval,
        platform: `${process.platform}-${process.arch}`,
        notes,
        ...(notObserved ? { notObserved } : {})
    };
}

;// CONCATENATED MODULE: ./src/runner/proc-parse.ts
/**
 * Pure parsers for the Linux /proc files the monitor reads (proc(5)). They take file text and
 * return numbers, so they are tested on small fixtures without a running process.
 */
/**
 * Parses `/proc/<pid>/stat`. The comm field can contain spaces and `)`, so fields are counted
 * from the LAST `)` (proc(5)). Returns undefined for text that is not a stat line.
 */
function parseStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    const pid = Number(text.slice(0, open).trim());
    // rest[0] is field 3 (state); field n is rest[n - 3].
    const rest = text
        .slice(close + 1)
        .trim()
        .split(/\s+/);
    if (rest.length < 20 || !Number.isFinite(pid))
        return undefined;
    const field = (n) => Number(rest[n - 3]);
    return {
        pid,
        comm: text.slice(open + 1, close),
        state: rest[0] ?? '?',
        ppid: field(4),
        pgrp: field(5),
        minflt: field(10),
        cminflt: field(11),
        majflt: field(12),
        cmajflt: field(13),
        utime: field(14),
        stime: field(15),
        cutime: field(16),
        cstime: field(17),
        numThreads: field(20),
        starttime: field(22)
    };
}
function parseStatus(text) {
    const result = {
        vmRssKb: 0,
        vmHwmKb: 0,
        threads: 0,
        voluntaryCtxtSwitches: 0,
        nonvoluntaryCtxtSwitches: 0
    };
    for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const key = line.slice(0, colon);
        const value = Number.parseInt(line.slice(colon + 1).trim(), 10);
        if (!Number.isFinite(value))
            continue;
        switch (key) {
            case 'VmRSS':
                result.vmRssKb = value;
                break;
            case 'VmHWM':
                result.vmHwmKb = value;
                break;
            case 'Threads':
                result.threads = value;
                break;
            case 'voluntary_ctxt_switches':
                result.voluntaryCtxtSwitches = value;
                break;
            case 'nonvoluntary_ctxt_switches':
                result.nonvoluntaryCtxtSwitches = value;
                break;
        }
    }
    return result;
}
function parseIo(text) {
    const read = /^read_bytes:\s*(\d+)/m.exec(text);
    const write = /^write_bytes:\s*(\d+)/m.exec(text);
    return { readBytes: read ? Number(read[1]) : 0, writeBytes: write ? Number(write[1]) : 0 };
}
/** `/proc/<pid>/task/<tid>/children`: space-separated pids. */
function parseChildren(text) {
    return text
        .split(/\s+/)
        .filter(s => s !== '')
        .map(Number)
        .filter(n => Number.isInteger(n) && n > 0);
}

;// CONCATENATED MODULE: ./src/runner/timeline.ts
/** Default bound on stored timeline points (a 1 h run at 100 ms would be 36 000 samples). */
const MAX_TIMELINE_POINTS = 600;
/** Merges consecutive samples into one point: earliest time, maxima for cpu, rss and processes. */
function mergeSamples(a, b) {
    return {
        t: Math.min(a.t, b.t),
        cpu: Math.max(a.cpu, b.cpu),
        rssMb: Math.max(a.rssMb, b.rssMb),
        processes: Math.max(a.processes, b.processes)
    };
}
/**
 * A bounded timeline. When it is full, neighbouring points are merged pairwise and from then on
 * each stored point covers twice as many raw samples, so memory stays O(maxPoints) and peaks are
 * never lost (maxima are kept).
 */
class SampleTimeline {
    maxPoints;
    stored = [];
    /** Raw samples per stored point. */
    stride = 1;
    pending;
    pendingCount = 0;
    constructor(maxPoints = MAX_TIMELINE_POINTS) {
        this.maxPoints = maxPoints;
        if (maxPoints < 2)
            throw new RangeError('maxPoints must be at least 2');
    }
    add(sample) {
        this.pending = this.pending ? mergeSamples(this.pending, sample) : sample;
        this.pendingCount++;
        if (this.pendingCount < this.stride)
            return;
        this.stored.push(this.pending);
        this.pending = undefined;
        this.pendingCount = 0;
        if (this.stored.length >= this.maxPoints)
            this.halve();
    }
    halve() {
        const merged = [];
        for (let i = 0; i < this.stored.length; i += 2) {
            const a = this.stored[i];
            const b = this.stored[i + 1];
            merged.push(b ? mergeSamples(a, b) : a);
        }
        this.stored.length = 0;
        this.stored.push(...merged);
        this.stride *= 2;
    }
    /** Stored points plus a partially filled last point; never more than maxPoints. */
    points() {
        const out = [...this.stored];
        if (this.pending)
            out.push(this.pending);
        return out.length > this.maxPoints ? out.slice(0, this.maxPoints) : out;
    }
}

;// CONCATENATED MODULE: ./src/runner/monitor.ts





let clockTicksCached;
/** AT_CLKTCK in the ELF auxiliary vector: the kernel's USER_HZ, handed to every process. */
const AT_CLKTCK = 17;
/** USER_HZ from /proc/self/auxv (64-bit word pairs), or undefined. */
function clockTicksFromAuxv(auxv) {
    for (let off = 0; off + 16 <= auxv.length; off += 16) {
        const type = auxv.readBigUInt64LE(off);
        if (type === 0n)
            break;
        if (type === BigInt(AT_CLKTCK)) {
            const value = Number(auxv.readBigUInt64LE(off + 8));
            return Number.isInteger(value) && value > 0 && value <= 100000 ? value : undefined;
        }
    }
    return undefined;
}
/**
 * USER_HZ (what `getconf CLK_TCK` prints); 100 on every mainstream Linux, used when neither the
 * auxiliary vector (read without spawning a process: this sits on every run's start) nor
 * getconf answers.
 */
function clockTicksPerSecond() {
    if (clockTicksCached !== undefined)
        return clockTicksCached;
    let value;
    if (external_node_os_default().endianness() === 'LE' && /64/.test(process.arch)) {
        try {
            value = clockTicksFromAuxv((0,external_node_fs_.readFileSync)('/proc/self/auxv'));
        }
        catch {
            // No /proc: ask getconf.
        }
    }
    if (value === undefined) {
        value = 100;
        try {
            const out = Number((0,external_node_child_process_.execFileSync)('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
            if (Number.isInteger(out) && out > 0)
                value = out;
        }
        catch {
            // Keep 100.
        }
    }
    clockTicksCached = value;
    return value;
}
/**
 * Processes whose initial environment holds `NAME=value` (/proc/<pid>/environ): the last net for
 * processes that left the tree before any sample saw them (double fork + setsid, parent gone).
 * Only processes of the same user are readable, which is all a script can start.
 */
function findProcessesWithEnv(name, value, procRoot = '/proc') {
    const needle = Buffer.from(`${name}=${value}\0`);
    const result = [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(procRoot);
    }
    catch {
        return result;
    }
    for (const entry of entries) {
        const c = entry.charCodeAt(0);
        if (c < 48 || c > 57)
            continue;
        const pid = Number(entry);
        if (pid === process.pid)
            continue;
        let environ;
        try {
            environ = (0,external_node_fs_.readFileSync)(`${procRoot}/${entry}/environ`);
        }
        catch {
            continue;
        }
        if (environ.indexOf(needle) < 0)
            continue;
        const statText = readText(`${procRoot}/${entry}/stat`);
        const stat = statText === undefined ? undefined : parseStat(statText);
        if (stat && stat.state !== 'Z')
            result.push({ pid, starttime: stat.starttime });
    }
    return result;
}
const keyOf = (k) => `${k.pid}:${k.starttime}`;
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * Samples a process tree from /proc (Linux). Discovery: `task/*\/children` when the kernel has
 * CONFIG_PROC_CHILDREN, otherwise a ppid scan of /proc/*\/stat that only reads pids it has not
 * classified yet. Every process ever seen (pid+starttime) stays tracked while alive, so
 * processes that leave the tree (setsid + parent exit, re-parented to init) are still measured
 * and killed at the end. Reads are synchronous: ~50 µs per process, cheaper than async I/O.
 */
class ProcTreeMonitor {
    rootPid;
    options;
    proc;
    clk = clockTicksPerSecond();
    hasChildrenFiles;
    tracked = new Map();
    /** Pids seen in the last /proc listing that are not in the tree (ppid-scan mode). */
    notInTree = new Set();
    timeline = new SampleTimeline();
    timer;
    startedAt = performance.now();
    lastSampleAt = this.startedAt;
    count = 0;
    cpuMax = 0;
    cpuMin = Number.POSITIVE_INFINITY;
    cpuSum = 0;
    rssMax = 0;
    rssMin = Number.POSITIVE_INFINITY;
    rssSum = 0;
    threadsMax = 0;
    fdsMax = 0;
    ioDenied = false;
    rootStarttime;
    constructor(rootPid, options) {
        this.rootPid = rootPid;
        this.options = options;
        this.proc = options.procRoot ?? '/proc';
        this.hasChildrenFiles =
            options.discovery !== undefined
                ? options.discovery === 'children'
                : (0,external_node_fs_.existsSync)(`${this.proc}/${process.pid}/task/${process.pid}/children`);
    }
    /** Takes a first sample now, then one every interval until stop(). */
    start() {
        this.sample();
        const tick = () => {
            this.sample();
            this.timer = setTimeout(tick, this.options.intervalMs);
            this.timer.unref();
        };
        this.timer = setTimeout(tick, this.options.intervalMs);
        this.timer.unref();
    }
    stop() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
    }
    /** Discovery method, for the measurement notes. */
    get discovery() {
        return this.hasChildrenFiles ? 'task/*/children' : 'ppid scan of /proc/*/stat';
    }
    /** Live processes of the tree right now (fresh discovery plus every tracked survivor). */
    liveProcesses() {
        const found = this.discover();
        const result = [];
        for (const stat of found.values()) {
            if (this.options.excludeRoot && stat.pid === this.rootPid)
                continue;
            // Zombies are dead already; their parent (or init) reaps them.
            if (stat.state === 'Z' || stat.state === 'X')
                continue;
            result.push({ pid: stat.pid, starttime: stat.starttime });
        }
        return result;
    }
    /** One sample: discover, read every process, update the aggregates. */
    sample() {
        const now = performance.now();
        const found = this.discover();
        let rssKb = 0;
        let threads = 0;
        let fds = 0;
        let ticks = 0;
        let processes = 0;
        for (const stat of found.values()) {
            if (this.options.excludeRoot && stat.pid === this.rootPid)
                continue;
            if (stat.state === 'Z' || stat.state === 'X')
                continue;
            const base = `${this.proc}/${stat.pid}`;
            const statusText = readText(`${base}/status`);
            if (statusText === undefined)
                continue;
            const status = parseStatus(statusText);
            const key = keyOf(stat);
            let t = this.tracked.get(key);
            if (!t) {
                t = {
                    pid: stat.pid,
                    starttime: stat.starttime,
                    stat,
                    io: { readBytes: 0, writeBytes: 0 },
                    voluntary: 0,
                    involuntary: 0,
                    hwmKb: 0,
                    prevTicks: 0
                };
                this.tracked.set(key, t);
            }
            t.stat = stat;
            t.hwmKb = Math.max(t.hwmKb, status.vmHwmKb, status.vmRssKb);
            const ioText = readText(`${base}/io`);
            if (ioText !== undefined)
                t.io = parseIo(ioText);
            else
                this.ioDenied = true;
            const ctx = stat.numThreads > 1 ? this.threadContextSwitches(base) : undefined;
            t.voluntary = ctx?.voluntary ?? status.voluntaryCtxtSwitches;
            t.involuntary = ctx?.involuntary ?? status.nonvoluntaryCtxtSwitches;
            const cur = stat.utime + stat.stime;
            ticks += Math.max(0, cur - t.prevTicks);
            t.prevTicks = cur;
            rssKb += status.vmRssKb;
            threads += status.threads || stat.numThreads;
            fds += this.countFds(base);
            processes++;
        }
        const dt = Math.max(1, now - this.lastSampleAt) / 1000;
        this.lastSampleAt = now;
        // Nothing of the script alive (before the shim spawned it, after it exited): not a sample.
        if (processes === 0)
            return;
        const cpu = (ticks / this.clk / dt) * 100;
        this.count++;
        this.cpuMax = Math.max(this.cpuMax, cpu);
        this.cpuMin = Math.min(this.cpuMin, cpu);
        this.cpuSum += cpu;
        this.rssMax = Math.max(this.rssMax, rssKb);
        this.rssMin = Math.min(this.rssMin, rssKb);
        this.rssSum += rssKb;
        this.threadsMax = Math.max(this.threadsMax, threads);
        this.fdsMax = Math.max(this.fdsMax, fds);
        this.timeline.add({
            t: Math.round(now - this.startedAt),
            cpu: Math.round(cpu * 10) / 10,
            rssMb: Math.round((rssKb / 1024) * 10) / 10,
            processes
        });
    }
    summary() {
        let ownUser = 0;
        let ownSystem = 0;
        let withChildrenUser = 0;
        let withChildrenSystem = 0;
        let minor = 0;
        let major = 0;
        let withChildrenMinor = 0;
        let withChildrenMajor = 0;
        let voluntary = 0;
        let involuntary = 0;
        let readBytes = 0;
        let writeBytes = 0;
        let hwm = 0;
        for (const t of this.tracked.values()) {
            const s = t.stat;
            ownUser += s.utime;
            ownSystem += s.stime;
            withChildrenUser = Math.max(withChildrenUser, s.utime + s.cutime);
            withChildrenSystem = Math.max(withChildrenSystem, s.stime + s.cstime);
            minor += s.minflt;
            major += s.majflt;
            withChildrenMinor = Math.max(withChildrenMinor, s.minflt + s.cminflt);
            withChildrenMajor = Math.max(withChildrenMajor, s.majflt + s.cmajflt);
            voluntary += t.voluntary;
            involuntary += t.involuntary;
            readBytes += t.io.readBytes;
            writeBytes += t.io.writeBytes;
            hwm = Math.max(hwm, t.hwmKb);
        }
        const n = this.count;
        return {
            samples: n,
            cpuMax: this.cpuMax,
            cpuMin: n > 0 ? this.cpuMin : 0,
            cpuAvg: n > 0 ? this.cpuSum / n : 0,
            rssMaxKb: this.rssMax,
            rssMinKb: n > 0 ? this.rssMin : 0,
            rssAvgKb: n > 0 ? this.rssSum / n : 0,
            hwmMaxKb: hwm,
            threadsMax: this.threadsMax,
            fdsMax: this.fdsMax,
            processesSeen: this.tracked.size,
            ownUserTicks: ownUser,
            ownSystemTicks: ownSystem,
            withChildrenUserTicks: withChildrenUser,
            withChildrenSystemTicks: withChildrenSystem,
            minorFaults: minor,
            majorFaults: major,
            withChildrenMinorFaults: withChildrenMinor,
            withChildrenMajorFaults: withChildrenMajor,
            voluntaryCtxSwitches: voluntary,
            involuntaryCtxSwitches: involuntary,
            readBytes,
            writeBytes,
            clockTicks: this.clk,
            timeline: this.timeline.points(),
            notes: this.ioDenied ? ['/proc/<pid>/io was not readable for some processes'] : []
        };
    }
    /** Context switches summed over threads: /proc/<pid>/status counts the main thread only. */
    threadContextSwitches(base) {
        let voluntary = 0;
        let involuntary = 0;
        let tids;
        try {
            tids = (0,external_node_fs_.readdirSync)(`${base}/task`);
        }
        catch {
            return { voluntary, involuntary };
        }
        for (const tid of tids) {
            const text = readText(`${base}/task/${tid}/status`);
            if (text === undefined)
                continue;
            const s = parseStatus(text);
            voluntary += s.voluntaryCtxtSwitches;
            involuntary += s.nonvoluntaryCtxtSwitches;
        }
        return { voluntary, involuntary };
    }
    countFds(base) {
        try {
            return (0,external_node_fs_.readdirSync)(`${base}/fd`).length;
        }
        catch {
            return 0;
        }
    }
    readStat(pid) {
        const text = readText(`${this.proc}/${pid}/stat`);
        return text === undefined ? undefined : parseStat(text);
    }
    /** The tree now: pid → stat, including tracked processes that left it but are alive. */
    discover() {
        const found = this.hasChildrenFiles ? this.discoverByChildren() : this.discoverByScan();
        // Survivors outside the tree (re-parented to init): still ours while the starttime matches.
        for (const t of this.tracked.values()) {
            if (found.has(t.pid))
                continue;
            const stat = this.readStat(t.pid);
            if (stat && stat.starttime === t.starttime)
                found.set(t.pid, stat);
        }
        return found;
    }
    rootStat() {
        const stat = this.readStat(this.rootPid);
        if (!stat)
            return undefined;
        // The root's pid could be reused after it was reaped: pin its first starttime.
        this.rootStarttime ??= stat.starttime;
        return stat.starttime === this.rootStarttime ? stat : undefined;
    }
    discoverByChildren() {
        const found = new Map();
        const root = this.rootStat();
        if (!root)
            return found;
        found.set(root.pid, root);
        const queue = [root.pid];
        while (queue.length > 0) {
            const pid = queue.shift();
            let tids;
            try {
                tids = (0,external_node_fs_.readdirSync)(`${this.proc}/${pid}/task`);
            }
            catch {
                continue;
            }
            for (const tid of tids) {
                const text = readText(`${this.proc}/${pid}/task/${tid}/children`);
                if (!text)
                    continue;
                for (const child of parseChildren(text)) {
                    if (found.has(child))
                        continue;
                    const stat = this.readStat(child);
                    if (!stat)
                        continue;
                    found.set(child, stat);
                    queue.push(child);
                }
            }
        }
        return found;
    }
    discoverByScan() {
        const found = new Map();
        const root = this.rootStat();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(this.proc);
        }
        catch {
            return found;
        }
        const listed = new Set();
        const candidates = [];
        for (const name of entries) {
            const c = name.charCodeAt(0);
            if (c < 48 || c > 57)
                continue;
            const pid = Number(name);
            listed.add(pid);
            // A pid continuously listed and already known to be outside the tree stays outside: a
            // process cannot join another tree later (re-parenting only goes to init or a subreaper
            // ancestor). A reused pid disappears from one listing first, so it is re-read.
            if (pid === this.rootPid || this.notInTree.has(pid))
                continue;
            const stat = this.readStat(pid);
            if (stat)
                candidates.push(stat);
        }
        if (root)
            found.set(root.pid, root);
        const inTree = new Set(root ? [root.pid] : []);
        let changed = true;
        let rest = candidates;
        while (changed && rest.length > 0) {
            changed = false;
            const next = [];
            for (const stat of rest) {
                if (inTree.has(stat.ppid) || this.tracked.has(keyOf(stat))) {
                    inTree.add(stat.pid);
                    found.set(stat.pid, stat);
                    changed = true;
                }
                else {
                    next.push(stat);
                }
            }
            rest = next;
        }
        const notInTree = new Set();
        for (const pid of this.notInTree)
            if (listed.has(pid))
                notInTree.add(pid);
        for (const stat of rest)
            notInTree.add(stat.pid);
        this.notInTree = notInTree;
        return found;
    }
}

;// CONCATENATED MODULE: ./src/runner/terminate.ts
const terminate_sleep = (ms) => new Promise(r => setTimeout(r, ms));
/** After the strongest kill, how long to keep killing what is still seen before giving up. */
const KILL_ROUNDS_MS = 5000;
function terminate_send(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // Gone already, or not ours.
    }
}
/**
 * Ends whatever of the tree is still alive: SIGTERM (unless `termSent`), up to `graceMs` for it
 * to exit, then the strongest kill the tree has (namespace, cgroup or the shim's freeze-then-kill
 * loop) plus SIGKILL rounds on every pid still seen. `survivors` lists the live processes
 * (monitor, plus the environment-marker scan outside a namespace). The tree is gone only when
 * the scan sees nothing *and* the helper agrees: a scan can miss a link of a fork chain in
 * flight between parents, and stopping early then leaves the helper to be SIGKILLed later with
 * the chain still running, re-parented to init. Returns how many processes were found (at least
 * one when only the helper knew of them).
 */
async function terminateTree(tree, survivors, graceMs, termSent) {
    let live = survivors();
    let count = live.length;
    const gone = () => {
        live = survivors();
        count = Math.max(count, live.length);
        return live.length === 0 && tree.settled();
    };
    if (live.length === 0 && tree.settled())
        return 0;
    if (!termSent) {
        tree.signal('SIGTERM');
        for (const p of live)
            terminate_send(p.pid, 'SIGTERM');
    }
    const deadline = performance.now() + graceMs;
    while (performance.now() < deadline) {
        await terminate_sleep(Math.min(50, Math.max(1, deadline - performance.now())));
        if (gone())
            return count;
    }
    // Still there after the grace: whatever the scan saw, something was running.
    count = Math.max(count, 1);
    await tree.killAll();
    const stop = performance.now() + KILL_ROUNDS_MS;
    while (!gone() && performance.now() < stop) {
        tree.signal('SIGKILL');
        for (const p of live)
            terminate_send(p.pid, 'SIGKILL');
        await terminate_sleep(25);
    }
    return count;
}

;// CONCATENATED MODULE: ./src/runner/attempt.ts











/** The namespaces could not be set up although the probe said they could: a runner failure. */
class IsolationError extends Error {
    name = 'IsolationError';
}
/** Set in the script's environment to a fresh id per attempt (see findProcessesWithEnv). */
const RUN_ID_ENV = 'RUNGUARD_RUN_ID';
/**
 * One attempt: start the tree (isolated, under the shim, or directly), stream and capture its
 * output, sample it, enforce the timeout and cancellation, and make sure nothing the script
 * started outlives it.
 */
async function runAttempt(ctx) {
    const startedAt = new Date().toISOString();
    const t0 = performance.now();
    const linux = process.platform === 'linux' && (0,external_node_fs_.existsSync)('/proc/self/stat');
    const mode = !linux || !ctx.shimPython ? 'direct' : ctx.isolation ? 'isolated' : 'shim';
    const streams = captureStreams(ctx);
    // The redactor's detector may not be loaded yet (`runguard run` loads it once the script
    // runs, below), and no line may be redacted, and so printed, without it. Until it is, the
    // script's pipes are not read (holdOutput): a script that writes without end blocks on a
    // full pipe instead of growing this process. Chunks read before the hold took effect wait
    // here, in order.
    let sink = 'hold';
    const held = [];
    const output = (capture, chunk) => {
        if (sink === 'capture')
            capture.write(chunk);
        else if (sink === 'hold')
            held.push([capture, chunk]);
    };
    // Marks every process of this attempt (environment is inherited) so survivors that escaped
    // the tree before any sample saw them can still be found and killed at the end.
    const runId = (0,external_node_crypto_.randomUUID)();
    let monitor;
    const stop = new StopControl(ctx);
    const proc = await ScriptProcess.start({
        argv: ctx.argv,
        cwd: ctx.cwd,
        env: { ...ctx.env, [RUN_ID_ENV]: runId },
        ...(ctx.settings.stdinJson !== undefined ? { stdin: ctx.settings.stdinJson } : {}),
        mode,
        ...(ctx.shimPython ? { python: ctx.shimPython } : {}),
        ...(ctx.isolation ? { isolation: ctx.isolation } : {}),
        cgroup: mode !== 'isolated',
        onStdout: chunk => output(streams.out, chunk),
        onStderr: chunk => output(streams.err, chunk),
        onTree: (root, excludeRoot) => {
            if (linux && !monitor) {
                monitor = new ProcTreeMonitor(root, {
                    intervalMs: ctx.settings.samplingInterval,
                    excludeRoot
                });
                monitor.start();
            }
            // A stop requested before the tree existed only reached the helper.
            stop.treeReady();
        }
    });
    proc.holdOutput(true);
    stop.arm(proc, () => monitor?.liveProcesses() ?? []);
    // The detector loads while the helper starts the script, once the helper needs nothing more
    // from this thread: the isolated helper waits for its launch frame, which this thread sends
    // only when it is not busy.
    await Promise.race([proc.handedOver, proc.exited]);
    const unloaded = await ctx.redactor.ready().then(() => undefined, (error) => ({ error }));
    if (unloaded) {
        // Nothing the script prints may be shown without the detector: stop it, fail the run.
        sink = 'drop';
        void proc.killAll();
    }
    else {
        ctx.onStarted?.();
        for (const [capture, chunk] of held)
            capture.write(chunk);
        sink = 'capture';
    }
    held.length = 0;
    // Read again, into the capture or (no detector) into nothing, so that the pipes drain and
    // close.
    proc.holdOutput(false);
    await proc.exited;
    const wallSeconds = proc.exit?.wallSeconds ?? (performance.now() - t0) / 1000;
    stop.disarm();
    // Final sample while survivors are still there, then make sure nothing outlives the attempt.
    monitor?.sample();
    monitor?.stop();
    const survivors = survivorList(proc, () => monitor, runId, linux);
    const leftovers = await terminateTree(proc, survivors, stop.remainingGraceMs(), stop.termSent);
    if (leftovers > 0 && !stop.termSent && !unloaded) {
        ctx.logger.warning(`runguard: ${leftovers} process(es) started by the script were still running after it exited; they were terminated`);
        proc.notes.push(`${leftovers} leftover process(es) terminated after the script exited`);
    }
    await closeStreams(proc);
    if (unloaded) {
        proc.dispose();
        throw unloaded.error;
    }
    streams.end();
    proc.dispose();
    if (proc.isolationFailure !== undefined) {
        throw new IsolationError(`the script's isolation could not be set up: ${proc.isolationFailure}`);
    }
    return attemptResult(ctx, { proc, streams, stop, monitor, startedAt, wallSeconds, linux });
}
/** Bounded, redacted capture of both streams, feeding the (bounded) live log. */
function captureStreams(ctx) {
    const live = ctx.onLine
        ? new LiveLog(ctx.settings.maxOutputBytes, ctx.onLine, text => ctx.logger.info(text))
        : undefined;
    const capture = (stream) => new OutputCapture({
        maxBytes: ctx.settings.maxOutputBytes,
        redact: text => ctx.redactor.redact(text),
        ...(live ? { onLine: (line) => live.line(stream, line) } : {})
    });
    const out = capture('stdout');
    const err = capture('stderr');
    return {
        out,
        err,
        end: () => {
            out.end();
            err.end();
            live?.finish();
        }
    };
}
/** Timeout and cancellation: SIGTERM to the tree, then SIGKILL after the grace. */
class StopControl {
    ctx;
    timedOut = false;
    cancelled;
    termSentAt;
    proc;
    tracked = () => [];
    killTimer;
    timeoutTimer;
    graceSeconds;
    onAbort = () => this.request('abort');
    constructor(ctx) {
        this.ctx = ctx;
        this.graceSeconds = ctx.settings.killGrace;
    }
    get termSent() {
        return this.termSentAt !== undefined;
    }
    arm(proc, tracked) {
        this.proc = proc;
        this.tracked = tracked;
        const { timeout } = this.ctx.settings;
        if (timeout > 0)
            this.timeoutTimer = setTimeout(() => this.request('timeout'), timeout * 1000);
        if (this.ctx.signal?.aborted)
            this.onAbort();
        else
            this.ctx.signal?.addEventListener('abort', this.onAbort, { once: true });
    }
    disarm() {
        if (this.timeoutTimer)
            clearTimeout(this.timeoutTimer);
        if (this.killTimer)
            clearTimeout(this.killTimer);
        this.ctx.signal?.removeEventListener('abort', this.onAbort);
    }
    /** The tree exists now: repeat a TERM that could only reach the helper before. */
    treeReady() {
        if (this.termSentAt !== undefined && this.proc)
            this.signal('SIGTERM');
    }
    /** What is left of the grace after a TERM, or the whole grace when none was sent. */
    remainingGraceMs() {
        const grace = this.graceSeconds * 1000;
        return this.termSentAt === undefined
            ? grace
            : Math.max(0, this.termSentAt + grace - performance.now());
    }
    request(why) {
        if (this.termSentAt !== undefined || !this.proc)
            return;
        const { settings, signal, redactor } = this.ctx;
        // Said once the redactor's detector is loaded (it may still be loading: runAttempt); the
        // signal goes out now.
        const warn = (text) => void redactor.ready().then(() => this.ctx.logger.warning(text), () => undefined);
        if (why === 'timeout') {
            this.timedOut = true;
            warn(`runguard: the script exceeded its timeout of ${settings.timeout}s; sending SIGTERM, SIGKILL after ${settings.killGrace}s`);
        }
        else {
            const reason = signal?.reason;
            this.cancelled =
                reason instanceof cancel/* Cancelled */.cJ
                    ? `the run was cancelled (${reason.signal})`
                    : 'the run was aborted';
            // The runner sends SIGTERM 7.5 s after SIGINT: the reports must be written before.
            this.graceSeconds = Math.min(settings.killGrace, cancel/* CANCEL_GRACE_SECONDS */.sG);
            warn(`runguard: ${this.cancelled}; stopping the script`);
        }
        this.termSentAt = performance.now();
        this.signal('SIGTERM');
        this.killTimer = setTimeout(() => {
            this.signal('SIGKILL');
            void this.proc?.killAll();
        }, this.graceSeconds * 1000);
    }
    signal(sig) {
        this.proc?.signal(sig);
        for (const p of this.tracked()) {
            try {
                process.kill(p.pid, sig);
            }
            catch {
                // Gone already.
            }
        }
    }
}
/**
 * Live processes of the attempt: what the monitor sees (in a namespace that is everything),
 * plus, outside one, processes carrying the attempt's environment marker. The helper itself
 * is not a survivor: it exits once it has reaped everything.
 */
function survivorList(proc, monitor, runId, linux) {
    if (!linux) {
        // No /proc: the process group is all there is to probe (a negative pid signals it).
        return () => {
            const group = proc.pid;
            if (group === undefined)
                return [];
            try {
                process.kill(-group, 0);
                return [{ pid: -group, starttime: 0 }];
            }
            catch {
                return [];
            }
        };
    }
    return () => {
        const byPid = new Map();
        for (const p of monitor()?.liveProcesses() ?? [])
            byPid.set(p.pid, p);
        if (proc.mode !== 'isolated') {
            const helper = proc.mode === 'shim' ? proc.pid : undefined;
            for (const p of findProcessesWithEnv(RUN_ID_ENV, runId)) {
                if (p.pid !== helper)
                    byPid.set(p.pid, p);
            }
        }
        return [...byPid.values()];
    };
}
/** The helper exits once it has reaped everything; a stuck pipe must not hang the runner. */
async function closeStreams(proc) {
    const timer = setTimeout(() => proc.forceClose(), 5000);
    await proc.closed;
    clearTimeout(timer);
}
function attemptResult(ctx, facts) {
    const { proc, stop, monitor } = facts;
    const notes = [];
    if (proc.startFailure) {
        notes.push(`could not start '${ctx.redactor.redact(ctx.argv[0] ?? '')}': ${ctx.redactor.redact(proc.startFailure.message)}`);
    }
    if (stop.cancelled)
        notes.push(stop.cancelled);
    if (stop.timedOut)
        notes.push(`timed out after ${ctx.settings.timeout}s`);
    notes.push(...proc.notes);
    if (proc.mode !== 'direct' || facts.linux)
        notes.push(`process tree control: ${proc.control}`);
    const summary = monitor?.summary();
    if (summary)
        notes.push(...summary.notes);
    const measurement = describeMeasurement({
        linux: facts.linux,
        helper: proc.mode !== 'direct',
        rusage: proc.rusage !== undefined,
        subreaper: proc.subreaper,
        discovery: monitor?.discovery,
        interval: ctx.settings.samplingInterval,
        samples: summary?.samples ?? 0,
        startFailed: proc.startFailure !== undefined,
        isolation: ctx.isolationNote,
        notes
    });
    const stdout = facts.streams.out.result();
    const stderr = facts.streams.err.result();
    const exit = proc.exit ?? { code: 1 };
    const metrics = buildMetrics({
        attempt: ctx.attempt,
        startedAt: facts.startedAt,
        exitCode: exit.code,
        ...(exit.signal ? { signal: exit.signal } : {}),
        timedOut: stop.timedOut,
        cancelled: stop.cancelled !== undefined,
        wallSeconds: facts.wallSeconds,
        stdout,
        stderr,
        ...(summary ? { monitor: summary } : {}),
        ...(proc.rusage ? { rusage: proc.rusage } : {}),
        ...(proc.helperMaxrss !== undefined ? { shimSelfMaxrssKb: proc.helperMaxrss } : {}),
        measurement
    });
    return {
        metrics,
        stdout,
        stderr,
        ...(proc.startFailure ? { startFailure: proc.startFailure } : {})
    };
}

;// CONCATENATED MODULE: ./src/runner/command.ts



const PYTHON_PROGRAM = /^python(\d+(\.\d+)?)?$/;
/** Resolves symlinks of the longest existing prefix, so a link cannot point outside unseen. */
function realish(p) {
    let current = p;
    const rest = [];
    while (!(0,external_node_fs_.existsSync)(current)) {
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            return p;
        rest.unshift(external_node_path_default().basename(current));
        current = parent;
    }
    return external_node_path_default().join((0,external_node_fs_.realpathSync)(current), ...rest);
}
function isInside(root, candidate) {
    const rel = external_node_path_default().relative(root, candidate);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function looksLikePath(arg) {
    return arg.includes('/') || arg.includes((external_node_path_default()).sep);
}
/**
 * Turns `script`, `shell` and `working-directory` into an argv and a directory, and checks that
 * the directory and the script file stay inside the workspace. The program is checked when it
 * is given as a relative path (`./run.sh`, `tools/x`) or is a `.py` file; for a Python
 * interpreter the first `.py` argument is checked. Absolute interpreter paths such as
 * `/usr/bin/python3` are allowed. With `shell: true` the text is not parsed, so only the
 * directory is checked.
 */
function resolveCommand(settings) {
    const script = settings.script;
    if (!script || script.length === 0) {
        throw new src_errors/* ConfigurationError */.j1("No script to run: set 'script' (an argv array such as [python, main.py], or one string with 'shell: true'), or pass the command after '--' on the command line.", { field: 'script', value: script });
    }
    // No argv of a process can hold one (C strings); the helper's launch frame separates its
    // fields with it. Said here, as a setting's error, not as a crash at launch.
    if (script.some(arg => arg.includes('\0'))) {
        throw new src_errors/* ConfigurationError */.j1('script contains a NUL character, which no command line can hold; remove it.', { field: 'script' });
    }
    const workspace = realish(external_node_path_default().resolve(settings.workspace));
    const cwd = realish(external_node_path_default().resolve(workspace, settings.workingDirectory));
    if (!isInside(workspace, cwd)) {
        throw new src_errors/* ConfigurationError */.j1(`working-directory '${settings.workingDirectory}' is outside the workspace ${workspace}; use a path relative to the repository root.`, { field: 'workingDirectory', value: settings.workingDirectory });
    }
    if ((0,external_node_fs_.existsSync)(cwd) && !(0,external_node_fs_.statSync)(cwd).isDirectory()) {
        throw new src_errors/* ConfigurationError */.j1(`working-directory '${settings.workingDirectory}' is not a directory.`, { field: 'workingDirectory', value: settings.workingDirectory });
    }
    if (!(0,external_node_fs_.existsSync)(cwd)) {
        throw new src_errors/* ConfigurationError */.j1(`working-directory '${settings.workingDirectory}' does not exist in the workspace.`, { field: 'workingDirectory', value: settings.workingDirectory });
    }
    if (settings.shell) {
        if (script.length !== 1) {
            throw new src_errors/* ConfigurationError */.j1(`'shell: true' runs one command string through /bin/sh, but script has ${script.length} elements; give one string, or set shell: false to run an argv array.`, { field: 'script', value: script });
        }
        return { argv: ['/bin/sh', '-c', script[0]], cwd };
    }
    const argv = [...script];
    const program = argv[0];
    const checkFile = (arg, what) => {
        const resolved = realish(external_node_path_default().resolve(cwd, arg));
        if (!isInside(workspace, resolved)) {
            throw new src_errors/* ConfigurationError */.j1(`The script's ${what} '${arg}' resolves to ${resolved}, outside the workspace ${workspace}; the script must be a file of the repository.`, { field: 'script', value: script });
        }
    };
    if ((looksLikePath(program) && !external_node_path_default().isAbsolute(program)) || program.endsWith('.py')) {
        checkFile(program, 'program');
    }
    const pythonFile = pythonScriptFile(argv);
    if (pythonFile !== undefined)
        checkFile(pythonFile, 'Python file');
    return { argv, cwd };
}
/** The file `python … file.py` runs; undefined for `-m pkg`, `-c code` or another program. */
function pythonScriptFile(argv) {
    const program = argv[0];
    if (program === undefined || !PYTHON_PROGRAM.test(external_node_path_default().basename(program)))
        return undefined;
    // `python -m pkg` / `python -c code` run no file; otherwise the first .py argument is it.
    const rest = argv.slice(1);
    const firstFile = rest.find((a, i) => a.endsWith('.py') && !['-c', '-m'].includes(rest[i - 1] ?? ''));
    const stop = rest.findIndex(a => a === '-c' || a === '-m');
    const fileIndex = firstFile === undefined ? -1 : rest.indexOf(firstFile);
    return firstFile !== undefined && (stop < 0 || fileIndex < stop) ? firstFile : undefined;
}
function isExecutableFile(file) {
    try {
        if (!(0,external_node_fs_.statSync)(file).isFile())
            return false;
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Where `program` is found on `searchPath` (execvp's rules: an empty entry is the cwd). */
function findOnPath(program, searchPath, cwd) {
    for (const dir of searchPath.split((external_node_path_default()).delimiter)) {
        const candidate = external_node_path_default().resolve(cwd, dir, program);
        if (isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
/**
 * A script or command that does not exist is a configuration error (exit 2, "not found: …"),
 * found before anything runs: the program on the script's PATH (or as a path), and the file
 * a Python interpreter is given. With `shell: true` the shell itself reports a missing command
 * (exit 127), which the runner turns into the same error after the first attempt.
 */
function checkCommandExists(command, searchPath, shell) {
    if (shell)
        return;
    const program = command.argv[0];
    const field = { field: 'script', value: command.argv };
    if (looksLikePath(program)) {
        const file = external_node_path_default().resolve(command.cwd, program);
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new src_errors/* ConfigurationError */.j1(`not found: '${program}' (no such file: ${file}).`, field);
        }
        if (!isExecutableFile(file)) {
            throw new src_errors/* ConfigurationError */.j1(`'${program}' is not an executable file (${file}): make it executable (chmod +x) or run it through its interpreter, e.g. [sh, ${program}].`, field);
        }
    }
    else if (findOnPath(program, searchPath ?? '', command.cwd) === undefined) {
        throw new src_errors/* ConfigurationError */.j1(`not found: '${program}' is not a program on the script's PATH (${searchPath ?? 'PATH is not set'}); install it, or give its path.`, field);
    }
    const pythonFile = pythonScriptFile(command.argv);
    if (pythonFile !== undefined && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(command.cwd, pythonFile))) {
        throw new src_errors/* ConfigurationError */.j1(`not found: the Python file '${pythonFile}' does not exist in ${command.cwd}.`, field);
    }
}

;// CONCATENATED MODULE: ./src/runner/env.ts
/**
 * Variables the target script (and the scanners) never inherit unless named in `pass-env`:
 * the workflow tokens, the Action's own inputs (`INPUT_*` may hold the github-token input),
 * every `ACTIONS_*` variable (the runtime token and URLs, the OIDC request token, cache and
 * results services) and the step's file commands (`GITHUB_OUTPUT` … name files that set our
 * outputs, the job summary and the next steps' environment). `RUNNER_TRACKING_ID` stays: the
 * runner uses it to clean up processes left at the end of the job. The OTLP header variables
 * carry the telemetry backend's API key (`x-honeycomb-team=…`, `Authorization=…`), which a pull
 * request's script must not read; the endpoints stay, and `pass-env` hands the headers to an
 * instrumented script that needs them.
 */
const SCRUBBED_ENV_NAMES = [
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'OTEL_EXPORTER_OTLP_HEADERS',
    'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
    'OTEL_EXPORTER_OTLP_METRICS_HEADERS',
    'OTEL_EXPORTER_OTLP_LOGS_HEADERS'
];
/** Name prefixes scrubbed the same way. */
const SCRUBBED_ENV_PREFIXES = ['ACTIONS_', 'INPUT_'];
/** True when the variable is removed from the script's environment by default. */
function isScrubbedEnvName(name) {
    const upper = name.toUpperCase();
    return SCRUBBED_ENV_NAMES.includes(upper) || SCRUBBED_ENV_PREFIXES.some(p => upper.startsWith(p));
}
/**
 * The environment the script runs with: `env` minus the scrubbed variables, except those named
 * in `passEnv` (exact names, case-sensitive as the OS is). Pure: returns a new object.
 */
function scrubEnvironment(env, passEnv) {
    const pass = new Set(passEnv);
    const result = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (isScrubbedEnvName(name) && !pass.has(name))
            continue;
        result[name] = value;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/runner/retry.ts
/**
 * Seconds to wait before each retry (length = `retry`), capped at `retryMaxDelay`.
 * With base b, multiplier m and retry index n (0 = the first retry):
 * linear b·(n+1) · exponential b·mᴺ · fibonacci b·F(n+1) (1, 1, 2, 3, 5 …) ·
 * exponential_jitter U(0, min(max, b·mᴺ)) — AWS "full jitter", which spreads retries of many
 * jobs instead of the seed's `base + U(0, base)` that keeps them bunched.
 * @param rng returns a number in [0, 1) (Math.random in production, a fixed sequence in tests)
 */
function retryDelays(settings, rng = Math.random) {
    const { retry, retryStrategy, retryDelay: base, retryMaxDelay: max } = settings;
    const m = settings.retryMultiplier;
    const delays = [];
    let fibPrev = 0;
    let fib = 1;
    for (let n = 0; n < retry; n++) {
        let delay;
        switch (retryStrategy) {
            case 'linear':
                delay = base * (n + 1);
                break;
            case 'exponential':
                delay = base * m ** n;
                break;
            case 'fibonacci':
                delay = base * fib;
                [fibPrev, fib] = [fib, fibPrev + fib];
                break;
            case 'exponential_jitter':
                delay = rng() * Math.min(max, base * m ** n);
                break;
        }
        delays.push(Math.min(max, delay));
    }
    return delays;
}
/**
 * Whether a finished attempt is retried: never after success or a start failure; with an empty
 * `retryOnExitCodes` any non-zero exit or timeout; otherwise only the listed exit codes (a
 * timed-out attempt's code is 128 + the signal that ended it, e.g. 143 or 137).
 */
function shouldRetry(status, retryOnExitCodes) {
    if (status.spawnFailed)
        return false;
    if (status.exitCode === 0 && !status.timedOut)
        return false;
    if (retryOnExitCodes.length === 0)
        return true;
    return retryOnExitCodes.includes(status.exitCode);
}

;// CONCATENATED MODULE: ./src/runner/index.ts
/**
 * Runs the target script under monitoring (users' view: docs/gates.md). Metric semantics:
 * - `exit_code`: the script's code; 128 + signal number when a signal ended it (143 = SIGTERM,
 *   137 = SIGKILL, as sh reports it); 127 when the program was not found, 126 when it could not
 *   be started otherwise. `success` = exit 0 and not timed out.
 * - `memory_max_mb`: max over samples of the tree's RSS sum, never below the largest per-process
 *   peak (VmHWM, or the shim's exact rusage maxrss); `memory_avg_mb`/`memory_min_mb` over samples.
 * - `cpu_*`: tree CPU % per sample (100 = one core). `user/system_time_seconds`: the whole tree,
 *   reaped children included (exact with the rusage shim; a lower bound from /proc otherwise).
 * - `num_threads`/`num_fds`: max over samples of the tree's sum (the runner and shim excluded).
 * - Counters (faults, context switches summed over threads, block I/O): whole tree, per attempt.
 * Every attempt is measured on its own (never cumulative); the script's environment gets
 * `RUNGUARD_RUN_ID` so escaped processes can be found and killed when the attempt ends.
 * By default (`isolation: auto`) the script runs in its own PID and mount namespaces where the
 * machine allows it (isolation.ts); a program or file that does not exist is a configuration
 * error before anything runs.
 */












function runner_sleep(ms, signal) {
    return new Promise(resolve => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
function describe(m) {
    const how = m.timedOut ? 'timed out' : `exit ${m.exit_code}`;
    const peak = m.memory_max_mb === null ? 'memory not measured' : `${m.memory_max_mb} MiB peak`;
    const cpu = m.user_time_seconds === null || m.system_time_seconds === null
        ? 'CPU time not measured'
        : `${(m.user_time_seconds + m.system_time_seconds).toFixed(2)}s CPU`;
    return `${how} in ${m.execution_time_seconds}s, ${peak}, ${cpu}`;
}
function chooseLaunch(settings, runnerEnv, useShim, cache = launchCache(settings.toolsDir, settings.workspace)) {
    const shimPython = useShim ? findShimPython(cache) : undefined;
    if (settings.isolation === 'off') {
        return { shimPython, plan: undefined, note: describeIsolation(undefined) };
    }
    const support = probeIsolation(useShim ? shimPython : undefined, cache);
    if (support.available) {
        const plan = isolationPlan(support, runnerEnv);
        return {
            shimPython,
            plan,
            note: describeIsolation(plan),
            ...(support.remembered ? { remembered: true } : {})
        };
    }
    const reason = useShim ? support.reason : 'the runner helper is disabled';
    if (settings.isolation === 'required') {
        throw new src_errors/* ConfigurationError */.j1(`isolation is 'required', but the script cannot be isolated here: ${reason}. Run runguard as root or give its user passwordless sudo (GitHub-hosted Ubuntu runners have it), or set isolation: auto to run without it (the summary then says so).`, { field: 'isolation', value: settings.isolation });
    }
    return {
        shimPython,
        plan: undefined,
        note: describeIsolation(undefined, reason),
        unavailable: reason
    };
}
/**
 * Everything about the script that can be checked before anything runs (the pipeline calls
 * this before the scanners, so a typo does not cost a whole scan): the command resolves inside
 * the workspace, its program and Python file exist, and `isolation: required` can be met.
 * Throws ConfigurationError (exit 2).
 */
function preflightScript(settings, env = process.env, options = {}) {
    const command = resolveCommand(settings);
    const scrubbed = scrubEnvironment(env, settings.passEnv);
    checkCommandExists(command, scrubbed.PATH, settings.shell);
    const shim = options.shim !== false;
    return { settings, env, shim, command, launch: chooseLaunch(settings, env, shim) };
}
/** sh reports a missing command as exit 127 with "…: not found" on stderr. */
function shellNotFound(result) {
    if (result.metrics.exit_code !== 127)
        return undefined;
    return result.stderr.text
        .split('\n')
        .reverse()
        .find(l => /not found|No such file/.test(l));
}
/**
 * Runs the target script: `warmup` unmeasured runs, then `repeat` measured runs, each retried
 * per the retry settings. Throws ConfigurationError for a missing script, program or file, a
 * path outside the workspace, or `isolation: required` where it is not available; otherwise
 * never throws for the script's behaviour.
 */
async function runScript(opts) {
    const { settings, logger, redactor } = opts;
    const runnerEnv = opts.env ?? process.env;
    // Checked already (the same objects, and the script's PATH as it was checked).
    const preflight = opts.preflight &&
        opts.preflight.settings === settings &&
        opts.preflight.env === runnerEnv &&
        opts.preflight.shim === (opts.shim !== false) &&
        !opts.scriptEnv
        ? opts.preflight
        : undefined;
    const { argv, cwd } = preflight?.command ?? resolveCommand(settings);
    const scrubbed = scrubEnvironment(runnerEnv, settings.passEnv);
    const env = opts.scriptEnv ? opts.scriptEnv(scrubbed) : scrubbed;
    if (!preflight)
        checkCommandExists({ argv, cwd }, env.PATH, settings.shell);
    // The caller builds the redactor; adding the configured secrets again is idempotent and
    // keeps this function safe on its own.
    for (const secret of settings.secrets)
        redactor.add(secret);
    let launch = preflight?.launch ?? chooseLaunch(settings, runnerEnv, opts.shim !== false);
    // The redacted argv: the log, the errors and the outcome show only this.
    let redacted;
    const command = () => (redacted ??= argv.map(a => redactor.redact(a)));
    // Said once the first attempt's script runs and the redactor's detector is loaded
    // (runAttempt): the first line runguard logs builds the detector (the redactor runs it on
    // every line), which then happens while the script runs. Still before any line of the
    // script's output is printed, which waits for the detector.
    let announced = false;
    const announce = () => {
        if (announced)
            return;
        announced = true;
        if (launch.unavailable !== undefined) {
            // Plainly, where it matters: in CI the runner's tokens are within the script's reach.
            const ci = runnerEnv.GITHUB_ACTIONS === 'true' || runnerEnv.CI === 'true';
            if (ci)
                logger.warning(`runguard: ${launch.note}`);
            else
                logger.info(`runguard: ${launch.note}`);
        }
        else {
            logger.info(`runguard: ${launch.note}`);
        }
        const where = external_node_path_default().relative(settings.workspace, cwd) || '.';
        logger.info(`runguard: running ${JSON.stringify(command())} in ${where}`);
        opts.onStarted?.();
    };
    if (opts.signal?.aborted) {
        throw new Error('the run was cancelled before the script started');
    }
    let checked = false;
    const attemptOnce = async (attempt) => {
        try {
            return await attemptChecked(attempt);
        }
        catch (e) {
            if (!(e instanceof IsolationError) || !launch.remembered)
                throw e;
            // The namespaces failed before the script started, on an answer remembered from an
            // earlier run: forget it and decide live, as a run without the cache would have.
            const cache = launchCache(settings.toolsDir, settings.workspace);
            forgetIsolation(launch.shimPython, cache);
            launch = chooseLaunch(settings, runnerEnv, opts.shim !== false, cache);
            logger.info(`runguard: ${e.message}; probed again: ${launch.note}`);
            return attemptChecked(attempt);
        }
    };
    const attemptChecked = async (attempt) => {
        const result = await runAttempt({
            argv,
            cwd,
            env,
            settings,
            redactor,
            logger,
            ...(opts.onLine ? { onLine: opts.onLine } : {}),
            ...(opts.signal ? { signal: opts.signal } : {}),
            attempt,
            ...(launch.shimPython ? { shimPython: launch.shimPython } : {}),
            ...(launch.plan ? { isolation: launch.plan } : {}),
            isolationNote: launch.note,
            onStarted: announce
        });
        if (result.startFailure) {
            // Found by the pre-check normally; this is the same error when the program vanished
            // or the helper's PATH search disagreed.
            throw new src_errors/* ConfigurationError */.j1(`${result.startFailure.code === 127 ? 'not found' : 'could not start'}: '${command()[0] ?? ''}' (${redactor.redact(result.startFailure.message)}).`, { field: 'script', value: command() });
        }
        if (!checked && settings.shell) {
            const missing = shellNotFound(result);
            if (missing !== undefined) {
                throw new src_errors/* ConfigurationError */.j1(`not found: the shell could not find a command of the script (exit 127: ${missing.trim()}).`, { field: 'script', value: command() });
            }
        }
        checked = true;
        return result;
    };
    for (let i = 1; i <= settings.warmup && !opts.signal?.aborted; i++) {
        const warm = await attemptOnce(1);
        logger.info(`runguard: warmup ${i}/${settings.warmup}: ${describe(warm.metrics)}`);
    }
    const runs = [];
    let attempts = [];
    for (let run = 1; run <= settings.repeat; run++) {
        attempts = [];
        const delays = retryDelays(settings);
        for (let attempt = 1;; attempt++) {
            const result = await attemptOnce(attempt);
            attempts.push(result);
            const label = settings.repeat > 1 ? `run ${run}/${settings.repeat}, ` : '';
            logger.info(`runguard: ${label}attempt ${attempt}: ${describe(result.metrics)}`);
            if (opts.signal?.aborted || attempt > settings.retry)
                break;
            const retry = shouldRetry({
                exitCode: result.metrics.exit_code,
                timedOut: result.metrics.timedOut,
                spawnFailed: false
            }, settings.retryOnExitCodes);
            if (!retry)
                break;
            const delay = delays[attempt - 1] ?? 0;
            logger.info(`runguard: retrying in ${delay.toFixed(2)}s (${settings.retryStrategy})`);
            await runner_sleep(delay * 1000, opts.signal);
            if (opts.signal?.aborted)
                break;
        }
        runs.push(attempts[attempts.length - 1].metrics);
        if (opts.signal?.aborted)
            break;
    }
    const last = attempts[attempts.length - 1];
    return {
        attempts: attempts.map(a => a.metrics),
        runs,
        final: last.metrics,
        stdout: last.stdout,
        stderr: last.stderr,
        command: command(),
        isolation: launch.note
    };
}

// EXTERNAL MODULE: ./src/telemetry/enabled.ts
var enabled = __webpack_require__(91654);
// EXTERNAL MODULE: ./src/util/write-file.ts
var write_file = __webpack_require__(37238);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(24964);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/pipeline.ts



















/**
 * The orchestration shared by the Action and the CLI: scanners first (so their load does not
 * disturb the script's metrics), then the script, then gates and policy, then every report
 * (a crashed tool or script still leaves every report), then the deliveries, then the verdict,
 * decided once from the results and every error writing or delivering them, then the summary,
 * rendered once from that verdict.
 */
async function runGate(settings, deps) {
    const env = deps.env ?? process.env;
    const exec = deps.exec ?? src_exec/* execFile */.S;
    const now = deps.now?.() ?? new Date();
    const startedMs = Date.now();
    const workspace = settings.workspace;
    // The CLI takes the webhook from the environment only (a URL with a token is a secret).
    const alertWebhook = settings.alertWebhook ?? cliAlertWebhook(settings, env);
    const resolve = (p) => external_node_path_default().resolve(workspace, p);
    const redactor = (0,redact/* createRedactor */.lY)([
        ...settings.secrets,
        ...(0,redact/* secretValuesFromEnv */.qp)(env),
        ...(settings.githubToken ? [settings.githubToken] : []),
        ...(alertWebhook ? [alertWebhook] : []),
        ...(0,enabled/* otlpHeaderSecrets */.eg)(env)
    ], 
    // The detector (its rules build their expressions as they load) is loaded by ready():
    // `runguard run` has the runner load it once the script runs (runner/attempt.ts),
    // every other mode waits here, before its first line.
    { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(384), __webpack_require__.e(9730)]).then(__webpack_require__.bind(__webpack_require__, 5073))).detectSecretValues }, value => deps.logger.registerSecret(value));
    if (settings.mode !== 'run')
        await redactor.ready();
    // Every line any part of runguard logs passes through the redactor.
    const logger = (0,src_logger/* redactingLogger */.S)(deps.logger, text => redactor.redact(text));
    const warnings = [];
    let toolRuns = [];
    let components = [];
    let run;
    let runnerError;
    let environmentStage;
    let environment;
    const environmentErrors = [];
    let scannersStartedMs;
    // Modules loaded ahead while the scanners run; awaited before the same modules are imported
    // where they are used (jest's ESM loader fails on concurrent imports that share modules).
    let preloaded = Promise.resolve();
    logger.phase?.('runguard: set-up');
    // Config files are read before anything runs: a typo must not cost a ten-minute scan.
    const suppressions = await loadSuppressions(settings, env);
    const ignore = suppressions.ignore;
    // What the change did to the gate: a warning, and its own section of the PR comment.
    const gateChanges = [...suppressions.warnings];
    // Inline suppressions the change adds are as much a change to the gate as ignore entries.
    if (suppressions.base !== undefined && settings.scanners.length > 0) {
        // It logs, and a logged line needs the detector.
        await redactor.ready();
        const { addedInlineSuppressions } = await __webpack_require__.e(/* import() */ 1442).then(__webpack_require__.bind(__webpack_require__, 81442));
        gateChanges.push(...(await addedInlineSuppressions({
            exec,
            logger,
            workspace,
            base: suppressions.base,
            ...(deps.signal ? { signal: deps.signal } : {})
        })));
    }
    warnings.push(...gateChanges);
    const baselineSarif = settings.baselineSarif
        ? (0,baseline_sarif/* loadBaselineSarif */.ve)(resolve(settings.baselineSarif))
        : undefined;
    if (settings.mode === 'run' && !settings.script) {
        throw new src_errors/* ConfigurationError */.j1('no script to run: pass it after --, or set script in .runguard.yml', { field: 'script' });
    }
    // A missing program or an unmet `isolation: required` must not cost a whole scan first.
    const preflight = settings.mode !== 'scan' && settings.script ? preflightScript(settings, env) : undefined;
    // The baseline too, before the script runs: the script must not be able to rewrite it.
    const fingerprint = (0,gates_fingerprint/* collectFingerprint */.T)();
    let baseline;
    if (settings.mode !== 'scan' && settings.script && settings.baseline) {
        const loaded = await (0,gates_baseline/* loadBaseline */.oU)(resolve(settings.baseline), fingerprint);
        warnings.push(...loaded.warnings);
        if (loaded.status === 'loaded')
            baseline = loaded.baseline;
    }
    // The run history too (and only when it is on: its code loads here, not at start-up).
    const history = settings.history === 'off'
        ? undefined
        : await redactor
            .ready()
            .then(() => openRunHistory(settings, logger, exec, env, deps.historyContext));
    if (history)
        warnings.push(...history.warnings);
    // Alerts fire on a change from the previous recorded run: without a history there is none,
    // and a webhook that never fires must not look like a quiet success.
    else if (alertWebhook)
        warnings.push('alert-webhook is set but history is off, so no alert can be sent: set history (auto, local or git) to enable alerts');
    if (settings.mode !== 'run') {
        // Loaded here, not up front: `runguard run` needs neither (bundle chunks of their own).
        // One after the other: jest's ESM loader fails on concurrent imports that share modules.
        const { runScanners, prepareScanners, loadInTurn } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(602)]).then(__webpack_require__.bind(__webpack_require__, 90602));
        await prepareScanners(settings.scanners);
        // Read while the scanners run: only OSV-Scanner and Safety wait for it (scanners/run.ts). The
        // inventory's and the environment's code loads once runScanners has spawned the first tool
        // (packageurl-js alone builds an Intl.Collator as it loads): startReading below.
        let startReading = () => undefined;
        const spawned = new Promise(resolve => (startReading = resolve));
        // Neither is read when nothing this run produces reads it (inventoryUse below).
        const use = inventoryUse(settings, deps.publisher !== undefined);
        const reading = use.manifests
            ? spawned
                .then(() => loadInTurn(() => Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(174), __webpack_require__.e(7344)]).then(__webpack_require__.bind(__webpack_require__, 90174))))
                .then(m => m.discoverComponents(workspace, settings.paths, logger, settings.exclude))
            : Promise.resolve(NO_MANIFESTS);
        // The installed environment is read while the manifests are and the other scanners run;
        // only OSV-Scanner and Safety wait for its pins. A failed load is thrown below.
        const staging = use.environment
            ? spawned
                .then(() => loadInTurn(() => Promise.all(/* import() */[__webpack_require__.e(7556), __webpack_require__.e(6802), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 20907))))
                .then(({ startEnvironmentStage }) => startEnvironmentStage({
                settings,
                exec,
                env: scrubEnvironment(env, []),
                logger,
                manifest: reading,
                ...(deps.signal ? { signal: deps.signal } : {})
            }))
            : undefined;
        logger.phase?.('runguard: scanners');
        scannersStartedMs = Date.now();
        const scanning = runScanners({
            settings,
            logger,
            exec,
            env: scrubEnvironment(env, []),
            redactor,
            components: reading.then(i => i.components),
            ...(staging
                ? {
                    installed: staging.then(stage => stage.feed, () => undefined)
                }
                : {}),
            ...(deps.signal ? { signal: deps.signal } : {}),
            ...(deps.download ? { download: deps.download } : {})
        });
        // The first tool is spawned by now (prepareScanners loaded its adapter up front).
        startReading();
        // Queued after the inventory's code, so they load while the slowest tool runs.
        preloaded = preloadLaterModules(settings, use.environment, loadInTurn);
        // Awaited below, after the inventory: marked handled now so that an early rejection (a
        // tools-dir inside the workspace) is not reported as unhandled meanwhile.
        scanning.catch(() => undefined);
        const inventory = await reading.catch(async (e) => {
            await scanning;
            throw e;
        });
        components = inventory.components;
        toolRuns = await scanning;
        environmentStage = await staging;
        if (environmentStage) {
            environment = await environmentStage.result;
            await environmentStage.cleanup();
            warnings.push(...environment.warnings);
            environmentErrors.push(...environment.errors);
            const { withDependencyContext } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(6821), __webpack_require__.e(6802), __webpack_require__.e(174), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 90698));
            const inventoryOfEnv = environment.inventory;
            toolRuns = toolRuns.map(t => ({
                ...t,
                findings: withDependencyContext(t.findings, inventoryOfEnv, components)
            }));
        }
        // Unpinned or unversioned dependencies cannot be matched against advisories: say so, or
        // say which version the environment supplied instead.
        const envInventory = environment?.inventory;
        const { restateUnpinned } = envInventory
            ? await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(6821), __webpack_require__.e(6802), __webpack_require__.e(174), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 90698))
            : { restateUnpinned: (w) => w };
        const manifestWarnings = inventory.warnings.map(w => restateUnpinned(w, envInventory));
        for (const w of manifestWarnings)
            logger.warning(`dependencies: ${w}`);
        const shown = manifestWarnings.slice(0, 10).map(w => `dependencies: ${w}`);
        if (manifestWarnings.length > shown.length)
            shown.push(`dependencies: ${manifestWarnings.length - shown.length} more warning(s) in the log`);
        warnings.push(...shown);
        // Notes that do not fail a tool (a stale offline database) belong in the summary.
        warnings.push(...toolRuns.flatMap(t => (t.warnings ?? []).map(w => `${t.tool}: ${w}`)));
    }
    if (settings.mode !== 'scan') {
        if (!settings.script) {
            warnings.push('no script configured: performance gates were not checked');
        }
        else {
            // The script's output has its own group (github/action-logger.ts).
            logger.phase?.('runguard: script', { grouped: false });
            await preloaded;
            // Only a gate's script with the installed environment read has its imports recorded.
            const imports = environment?.inventory
                ? (await __webpack_require__.e(/* import() */ 8230).then(__webpack_require__.bind(__webpack_require__, 38230))).startImportRecord(settings, environment.inventory, logger)
                : undefined;
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
                        preloaded = preloaded.then(() => endModules(deps));
                    },
                    onLine: deps.onLine ??
                        ((stream, line) => logger.info(stream === 'stderr' ? `[stderr] ${line}` : line)),
                    ...(deps.signal ? { signal: deps.signal } : {})
                });
            }
            catch (error) {
                if (error instanceof src_errors/* ConfigurationError */.j1) {
                    imports?.discard();
                    throw error;
                }
                // The runner may have failed before it loaded the detector.
                await redactor.ready();
                runnerError = redactor.redact((0,src_errors/* errorMessage */.gJ)(error));
                logger.error(`the runner failed: ${runnerError}`);
            }
            if (imports && environment?.inventory) {
                const seen = await imports.finish(toolRuns, environment.inventory);
                toolRuns = seen.toolRuns;
                environment = { ...environment, inventory: seen.inventory };
                warnings.push(...seen.notes.map(n => `import record: ${n}`));
            }
        }
    }
    // Loaded by now unless no script ran (then it loads here, before anything is logged).
    await redactor.ready();
    await preloaded;
    // From here on nothing may stop the reports from being written.
    const errors = [...environmentErrors];
    let performance;
    let policy;
    const readFile = fileReader(workspace);
    try {
        if (run) {
            performance = evaluatePerformance({
                specs: settings.gates,
                runs: run.runs.length > 0 ? run.runs : [run.final],
                ...(baseline ? { baseline } : {}),
                regressionThreshold: settings.regressionThreshold,
                regressionThresholds: settings.regressionThresholds
            });
            warnings.push(...performance.warnings);
        }
        const { applyPolicy } = await __webpack_require__.e(/* import() */ 3310).then(__webpack_require__.bind(__webpack_require__, 33310));
        policy = applyPolicy({
            findings: toolRuns.flatMap(t => t.findings),
            settings,
            ignore,
            ...(baselineSarif ? { baseline: baselineSarif } : {}),
            today: now,
            readFile
        });
        if (policy)
            policy = await withLicensePolicy(policy, settings, environment, warnings);
    }
    catch (error) {
        if (error instanceof src_errors/* ConfigurationError */.j1)
            throw error;
        // A bug in evaluation must still fail closed and leave reports behind.
        const message = redactor.redact((0,src_errors/* errorMessage */.gJ)(error));
        logger.error(`runguard could not evaluate the results: ${message}`);
        errors.push(`internal error while evaluating results: ${message}`);
    }
    const gates = [...(performance?.gates ?? [])];
    // A trend regression is a gate like a baseline regression; only a script that succeeded is
    // compared (a failed run's numbers are not the script's).
    let trendNote;
    if (history && performance && run?.final.success) {
        try {
            const trend = history.trend(performance.aggregate.values, fingerprint, performance.notObserved);
            gates.push(...trend.gates);
            trendNote = trend.note;
        }
        catch (error) {
            warnings.push(`history: the trend could not be computed: ${redactor.redact((0,src_errors/* errorMessage */.gJ)(error))}`);
        }
    }
    // Redaction on the raw data, before any report encodes it: a secret in a file
    // name or a tool message becomes `***` here, so no escaping can hide it from the redactor.
    if (redactor.size > 0) {
        const clean = (text) => redactor.redactKnown(text);
        toolRuns = (0,redact/* redactData */.Ed)(toolRuns, clean);
        if (policy)
            policy = { ...policy, findings: (0,redact/* redactData */.Ed)(policy.findings, clean) };
    }
    const findings = policy?.findings ?? toolRuns.flatMap(t => t.findings);
    logger.phase?.('runguard: gates and reports');
    await preloaded;
    const written = await writeReports({
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
    }, { logger, redactor, resolve });
    errors.push(...written.errors);
    warnings.push(...written.warnings);
    // Opened now so that a summary file that cannot be written is part of the verdict.
    let writeSummaryFile;
    if (settings.summaryFile) {
        try {
            writeSummaryFile = await (0,write_file/* openTextFile */.GU)(resolve(settings.summaryFile), settings.workspace);
        }
        catch (error) {
            errors.push(writeError('summary', settings.summaryFile, error, redactor, logger));
        }
    }
    if (deps.publisher) {
        logger.phase?.('runguard: publish');
        const failures = await deps.publisher.deliver({ settings, reports: written.reports, redactor });
        errors.push(...failures.map(f => redactor.redact(f)));
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
    });
    const decided = {
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
    };
    // Recorded once decided (the record holds the verdict); never changes it.
    const trendSection = history
        ? await recordRun(history, decided, {
            timestamp: now,
            fingerprint,
            ...(performance ? { performance } : {}),
            ...(trendNote ? { trendNote } : {}),
            ...(alertWebhook ? { alertWebhook } : {})
        })
        : undefined;
    // OpenTelemetry (OTEL_EXPORTER_OTLP_*): the decided run as a trace and metrics; a failed
    // export is a warning. The SDK loads only when asked for.
    if ((0,enabled/* telemetryRequested */.cr)(env)) {
        const { exportTelemetry } = await Promise.all(/* import() */[__webpack_require__.e(4465), __webpack_require__.e(4192)]).then(__webpack_require__.bind(__webpack_require__, 84192));
        const times = { started: startedMs, ended: Date.now() };
        const scanners = scannersStartedMs === undefined ? {} : { scannersStarted: scannersStartedMs };
        decided.warnings.push(...(await exportTelemetry(decided, { ...times, ...scanners }, env, logger)));
    }
    const annotationsOmitted = deps.publisher?.annotate(decided);
    const summaryInput = {
        ...summaryInputOf(decided, deps.links ?? {}, annotationsOmitted),
        ...(trendSection ? { trend: trendSection } : {})
    };
    // Rendered (and redacted) on first read: the CLI with no summary file and no publisher never
    // reads it, and the detector pass over the whole summary is not free.
    let summary;
    const { renderSummary } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 27152));
    const renderedSummary = () => (summary ??= redactor.redact(renderSummary(summaryInput)));
    const reports = [...written.reports];
    if (writeSummaryFile && settings.summaryFile) {
        try {
            await writeSummaryFile(renderedSummary());
            reports.push({ kind: 'summary', path: settings.summaryFile });
        }
        catch (error) {
            // The file was opened, so only the disk can fail here; the verdict is already decided
            // and shown, so this is said loudly rather than decided again.
            writeError('summary', settings.summaryFile, error, redactor, logger);
        }
    }
    const outcome = {
        ...decided,
        reports,
        summaryInput,
        get summary() {
            return renderedSummary();
        }
    };
    await deps.publisher?.finish(outcome);
    logger.phase?.(undefined);
    return outcome;
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
function preloadLaterModules(settings, 
/** The installed environment is read: only then is a gate's script's import record kept. */
readsEnvironment, inTurn) {
    const later = [
        ...(settings.mode === 'gate' && settings.script && readsEnvironment
            ? [() => __webpack_require__.e(/* import() */ 8230).then(__webpack_require__.bind(__webpack_require__, 38230))]
            : []),
        ...(settings.junitFile ? [() => Promise.all(/* import() */[__webpack_require__.e(8669), __webpack_require__.e(2998)]).then(__webpack_require__.bind(__webpack_require__, 42998))] : []),
        ...(settings.tapFile ? [() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4251)]).then(__webpack_require__.bind(__webpack_require__, 4251))] : []),
        ...(settings.sarifFile ? [() => __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 10643))] : []),
        ...(settings.sbomFile ? [() => Promise.all(/* import() */[__webpack_require__.e(7761), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 80769))] : []),
        () => __webpack_require__.e(/* import() */ 3310).then(__webpack_require__.bind(__webpack_require__, 33310)),
        () => Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 27152))
    ];
    return Promise.all(later.map(load => inTurn(load).catch(() => undefined))).then(() => undefined);
}
/** The manifest inventory of a run that reads none. */
const NO_MANIFESTS = { components: [], files: [], warnings: [], projects: [] };
/** The tools that match dependencies against advisories (they read both inventories). */
const DEPENDENCY_SCANNERS = new Set(['osv-scanner', 'safety']);
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
function inventoryUse(settings, 
/** A publisher renders the summary (the Action's job summary and PR comment). */
publishes) {
    const summary = Boolean(settings.summaryFile) || publishes || settings.runtime === 'action';
    const dependencies = settings.scanners.some(t => DEPENDENCY_SCANNERS.has(t));
    const sbom = Boolean(settings.sbomFile);
    const environment = settings.scanEnvironment &&
        (dependencies ||
            sbom ||
            settings.allowLicenses.length > 0 ||
            settings.denyLicenses.length > 0 ||
            (settings.mode === 'gate' && Boolean(settings.script) && settings.recordImports) ||
            summary ||
            settings.pythonPath !== undefined);
    // The environment is set against the manifests (direct or transitive, mismatched pins), and
    // the summary lists the manifests' warnings.
    const manifests = dependencies || sbom || environment || summary;
    return { manifests, environment };
}
/**
 * Loads (and only loads) what every run needs once its script has ended: the policy (with the
 * dedupe code) and the summary, then what the caller asked for (`GateDeps.whileScriptRuns`).
 * Started when the script runs, so their compiling overlaps the script instead of delaying
 * either its start or runguard's exit; one after the other (jest's ESM loader fails on
 * concurrent imports that share modules). Each module is imported again where it is used, so a
 * load that fails here fails there, where the error is reported; here it is only ignored.
 */
async function endModules(deps) {
    const later = [
        () => __webpack_require__.e(/* import() */ 3310).then(__webpack_require__.bind(__webpack_require__, 33310)),
        () => Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 27152)),
        ...(deps.whileScriptRuns ? [deps.whileScriptRuns] : [])
    ];
    for (const load of later)
        await load().catch(() => undefined);
}
/**
 * allow-licenses / deny-licenses over the installed environment: each package the policy
 * rejects is a policy reason (a violation, exit 1); unknown licences are listed as warnings. A
 * policy that could not be checked because no environment was read fails closed.
 */
async function withLicensePolicy(policy, settings, environment, warnings) {
    const licensePolicy = { allow: settings.allowLicenses, deny: settings.denyLicenses };
    if (licensePolicy.allow.length === 0 && licensePolicy.deny.length === 0)
        return policy;
    if (settings.mode === 'run')
        return policy;
    let reasons;
    if (!environment?.inventory) {
        const why = !settings.scanEnvironment
            ? 'scan-environment is off'
            : environment && environment.read.status !== 'read'
                ? environment.read.reason
                : 'no installed environment was read';
        reasons = [`licence policy not checked: ${why}`];
    }
    else {
        const { checkLicensePolicy } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(7556), __webpack_require__.e(6821), __webpack_require__.e(6802), __webpack_require__.e(174), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 90698));
        const checked = checkLicensePolicy(environment.inventory, licensePolicy);
        reasons = checked.violations;
        if (checked.unknown.length > 0)
            warnings.push(`licence policy: ${checked.unknown.length} package(s) with an unknown licence were not checked: ${checked.unknown.slice(0, 10).join(', ')}${checked.unknown.length > 10 ? ' …' : ''}`);
    }
    return {
        ...policy,
        outcome: { ...policy.outcome, reasons: [...policy.outcome.reasons, ...reasons] }
    };
}
/** `RUNGUARD_ALERT_WEBHOOK` for the CLI (never a flag: argv is visible to every process). */
function cliAlertWebhook(settings, env) {
    const url = env.RUNGUARD_ALERT_WEBHOOK?.trim();
    if (settings.runtime !== 'cli' || !url)
        return undefined;
    if (!/^https?:\/\/\S+$/i.test(url))
        throw new src_errors/* ConfigurationError */.j1('RUNGUARD_ALERT_WEBHOOK is not an http(s) URL; set it to the webhook URL or unset it', { field: 'alert-webhook' });
    return url;
}
/** Opens the run history (src/history/), loaded lazily: most runs have it off. */
async function openRunHistory(settings, logger, exec, env, given) {
    const [{ openHistory }, { contextForCli }] = await Promise.all([
        __webpack_require__.e(/* import() */ 3753).then(__webpack_require__.bind(__webpack_require__, 33753)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 50215))
    ]);
    return openHistory({
        settings,
        logger,
        exec,
        env,
        context: given ?? (await contextForCli(env, exec, settings.workspace)),
        ...(settings.githubToken ? { token: settings.githubToken } : {})
    });
}
/** Records the decided run in the history and returns the summary's history section. */
async function recordRun(history, decided, extra) {
    const { performance } = extra;
    const redact = (text) => decided.redactor.redact(text);
    const delta = decided.policy ? history.delta(decided.counted) : undefined;
    const stats = performance && performance.aggregate.runs > 1 ? performance.statistics : undefined;
    const outcome = await history.record({
        timestamp: extra.timestamp,
        machine: extra.fingerprint,
        runguardVersion: version/* RUNGUARD_VERSION */.m,
        ...(performance ? { metrics: performance.aggregate.values } : {}),
        ...(performance?.notObserved ? { notObserved: performance.notObserved } : {}),
        ...(stats
            ? {
                spread: Object.fromEntries(Object.entries(stats).map(([m, s]) => [
                    m,
                    { n: s.n, mad: s.mad, min: s.min, max: s.max }
                ]))
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
    });
    await history.close();
    decided.warnings.push(...outcome.warnings);
    // Alerts follow the trend runs' state (a pull request never alerts), loaded only when set.
    if (extra.alertWebhook && history.trendRun) {
        const { notifyStateChange } = await __webpack_require__.e(/* import() */ 2700).then(__webpack_require__.bind(__webpack_require__, 32700));
        const warning = await notifyStateChange({
            url: extra.alertWebhook,
            format: decided.settings.alertFormat,
            ...(outcome.previous ? { previous: outcome.previous } : {}),
            current: outcome.record,
            redact
        });
        if (warning)
            decided.warnings.push(redact(warning));
    }
    const trend = {
        gates: decided.gates.filter(g => g.kind === 'trend'),
        runs: 0,
        ...(extra.trendNote ? { note: extra.trendNote } : {})
    };
    return history.section(outcome, trend, delta);
}
/** The one SummaryInput of a run: the summary and the PR comment both render from it. */
function summaryInputOf(decided, links, annotationsOmitted) {
    const { run } = decided;
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
    };
}
/**
 * Reads workspace files for policy's scopes and line hashes and SARIF's line hashes. Not
 * cached: each of those reads a file once and keeps only what it needs, while a cache held
 * every flagged file's text from policy to the last SARIF result (~10 MB at 100,000 findings,
 * more with large files), so a file is read two or three times instead.
 */
function fileReader(workspace) {
    // Only files inside the workspace, also after resolving symlinks (util/paths.ts).
    return repoPath => (0,paths/* readWorkspaceText */.t)(workspace, repoPath);
}
/** Logs a writer failure and returns it as an error line for the verdict. */
function writeError(kind, file, error, redactor, logger) {
    const message = `could not write the ${kind} report ${file}: ${redactor.redact((0,src_errors/* errorMessage */.gJ)(error))}`;
    logger.error(message);
    return message;
}
/**
 * Writes every configured report except the summary (rendered last, from the verdict). One
 * failing writer never stops the others; each failure is returned, for the verdict.
 */
async function writeReports(input, ctx) {
    const { settings, run } = input;
    const out = { reports: [], errors: [], warnings: [] };
    const write = async (kind, file, build, 
    // Never outside the workspace through a linked directory the change committed.
    save = (abs, data) => (0,write_file/* writeTextFile */.Tl)(abs, data, settings.workspace)) => {
        if (!file)
            return;
        try {
            // Redact before anything leaves the process, on the raw text (text given in pieces is
            // redacted piece by piece, never joined).
            const built = build();
            const clean = (typeof built === 'string'
                ? ctx.redactor.redact(built)
                : built.map(chunk => ctx.redactor.redact(chunk)));
            await save(ctx.resolve(file), clean);
            out.reports.push({ kind, path: file });
        }
        catch (error) {
            out.errors.push(writeError(kind, file, error, ctx.redactor, ctx.logger));
        }
    };
    if (run) {
        const metricsJson = () => formatMetricsJson({
            attempts: run.attempts,
            runs: run.runs,
            gates: input.gates,
            fingerprint: input.fingerprint,
            runguardVersion: version/* RUNGUARD_VERSION */.m
        });
        await write('metrics', settings.metricsFile, metricsJson);
        await write('baseline', settings.saveBaseline, metricsJson, (abs, text) => (0,gates_baseline/* saveBaseline */.XY)(abs, text, settings.workspace));
    }
    const policyOutcome = settings.mode !== 'run' ? input.policy?.outcome : undefined;
    const script = run
        ? { metrics: run.final, attempts: run.attempts.length, command: run.command.join(' ') }
        : undefined;
    // The XML builder and YAML load only when their report is written (start-up cost of `run`).
    if (settings.junitFile) {
        const { buildJunitXml } = await Promise.all(/* import() */[__webpack_require__.e(8669), __webpack_require__.e(2998)]).then(__webpack_require__.bind(__webpack_require__, 42998));
        await write('junit', settings.junitFile, () => buildJunitXml({
            gates: input.gates,
            ...(input.unchecked ? { unchecked: input.unchecked } : {}),
            toolRuns: input.toolRuns,
            ...(script ? { script } : {}),
            ...(policyOutcome ? { policy: policyOutcome } : {}),
            timestamp: new Date().toISOString(),
            properties: { 'runguard.version': version/* RUNGUARD_VERSION */.m }
        }));
    }
    if (settings.tapFile) {
        const { buildTap } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4251)]).then(__webpack_require__.bind(__webpack_require__, 4251));
        await write('tap', settings.tapFile, () => buildTap({
            gates: input.gates,
            ...(input.unchecked ? { unchecked: input.unchecked } : {}),
            toolRuns: input.toolRuns,
            ...(run ? { script: { metrics: run.final } } : {}),
            ...(policyOutcome ? { policy: policyOutcome } : {})
        }));
    }
    // The SARIF builder and CycloneDX (with its schemas and validator) load only when their
    // file is written: they are the largest parts of the bundle (start-up cost).
    if (settings.mode !== 'run' && settings.sarifFile) {
        const { writeSarif } = await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 10643));
        const file = settings.sarifFile;
        // Written as it is built, each ~64 KB piece redacted on its way out (never held whole).
        try {
            const sarif = await writeSarif({
                toolRuns: input.toolRuns,
                findings: input.findings,
                category: settings.category,
                workspace: settings.workspace,
                runguardVersion: version/* RUNGUARD_VERSION */.m,
                unknownSeverity: settings.unknownSeverity,
                readFile: input.readFile
            }, ctx.resolve(file), chunk => ctx.redactor.redact(chunk));
            out.warnings.push(...sarif.warnings);
            out.reports.push({ kind: 'sarif', path: file });
        }
        catch (error) {
            out.errors.push(writeError('sarif', file, error, ctx.redactor, ctx.logger));
        }
    }
    if (settings.mode !== 'run' && settings.sbomFile) {
        const { buildSbom } = await Promise.all(/* import() */[__webpack_require__.e(7761), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 80769));
        await write('sbom', settings.sbomFile, () => buildSbom({
            components: input.components,
            ...(input.environment ? { environment: input.environment } : {}),
            findings: input.findings,
            toolRuns: input.toolRuns,
            spec: settings.sbomSpec,
            projectName: external_node_path_default().basename(settings.workspace),
            runguardVersion: version/* RUNGUARD_VERSION */.m
        }));
    }
    return out;
}
/**
 * The suppressions that apply, and what the change did to them. Under trusted-config they come
 * from the base commit's ignore file, and the change's additions are listed as ignored; on any
 * run with a known base commit, suppressions the change added or edited are listed, so a
 * reviewer sees them. A base that cannot be read is not an error here (the loader already
 * insisted on it where it decides).
 */
async function loadSuppressions(settings, env) {
    const head = await loadWorkspaceIgnoreFile(settings);
    const warnings = [];
    if (settings.trust) {
        for (const change of settings.trust.changes)
            warnings.push(`trusted-config: this change tried to set ${change}; the base commit's value applies`);
    }
    let base;
    try {
        base = settings.trust?.base ?? (0,trusted_config/* baseCommit */.tI)(settings.baseRef, env);
    }
    catch {
        base = undefined;
    }
    if (base === undefined)
        return { ignore: head, warnings };
    let atBase;
    try {
        const text = (0,trusted_config/* readAtCommit */.zX)(settings.workspace, base, settings.ignoreFile);
        atBase =
            text === undefined
                ? emptyIgnoreFile(settings.ignoreFile)
                : (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1571)]).then(__webpack_require__.bind(__webpack_require__, 91571))).parseIgnoreFile(text, settings.ignoreFile);
    }
    catch (error) {
        if (settings.trust)
            throw error;
        return { ignore: head, warnings, base };
    }
    const changed = (0,trusted_config/* changedSuppressions */.ZX)(atBase, head);
    for (const line of changed)
        warnings.push(settings.trust
            ? `trusted-config: suppression added or changed by this change, not applied: ${line}`
            : `suppression added or changed by this change: ${line}`);
    return { ignore: settings.trust ? atBase : head, warnings, base };
}

;// CONCATENATED MODULE: ./src/main.ts









/**
 * The Action: inputs → Settings → runGate (which publishes to GitHub through the publisher) →
 * setFailed once, for any thrown value. `signal` aborts the run (job cancellation); the
 * reports are still written.
 */
async function run(signal) {
    // Every warning and error the run logs is an annotation: the ledger counts them so the
    // findings' annotations and the verdict's ::error still fit GitHub's cap.
    const ledger = new annotations/* AnnotationLedger */.$X();
    const logger = (0,annotations/* ledgerLogger */.QD)(actionsLogger(), ledger);
    try {
        const context = (0,github_context/* readGitHubContext */.L7)(process.env);
        const { layer, configPath } = layerFromInputs(name => (0,workflow_commands/* getInput */.V4)(name));
        const settings = await loadSettings({
            inline: layer,
            fixed: { mode: 'gate', runtime: 'action' },
            workspace: context.workspace ?? process.cwd(),
            ...(configPath ? { configPath, configSource: { kind: 'input', name: 'config' } } : {})
        });
        if (settings.githubToken)
            (0,workflow_commands/* setSecret */.Pq)(settings.githubToken);
        // The redactor is the run's; annotations are redacted by the publisher before the sink.
        const outcome = await runGate(settings, {
            logger,
            // The script's output goes out with workflow commands stopped (github/action-logger.ts).
            onLine: (stream, line) => logger.scriptLine(stream, line),
            ...(signal ? { signal } : {}),
            // Loaded only when a tool has to be installed.
            download: async (url) => (await Promise.all(/* import() */[__webpack_require__.e(6058), __webpack_require__.e(2088), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 59805))).downloadTool(url),
            links: {
                ...(context.repoUrl ? { repoUrl: context.repoUrl } : {}),
                ...(context.linkSha ? { sha: context.linkSha } : {}),
                ...(context.runUrl ? { runUrl: context.runUrl } : {})
            },
            historyContext: (0,history_context.contextFromGitHub)(context),
            publisher: lazyPublisher(() => publisher(logger, context, ledger))
        });
        logger.closeScriptOutput();
        const { verdict, exitCode, redactor } = outcome;
        if (!verdict.passed || exitCode !== 0) {
            const core = await __webpack_require__.e(/* import() */ 6058).then(__webpack_require__.bind(__webpack_require__, 46058));
            core.setFailed(redactor.redact(`runguard: the gate failed (exit code ${exitCode}):\n` +
                verdict.reasons.map(r => `- ${r}`).join('\n')));
        }
    }
    catch (error) {
        logger.closeScriptOutput();
        // The failure must not be folded away inside the section that was open.
        logger.phase(undefined);
        const core = await __webpack_require__.e(/* import() */ 6058).then(__webpack_require__.bind(__webpack_require__, 46058));
        core.setFailed(error instanceof src_errors/* ConfigurationError */.j1
            ? `runguard: configuration error: ${error.message}`
            : `runguard: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
    }
}
/**
 * The GitHub publisher with @actions/core behind it (outputs, job summary, notices). Loaded at
 * the publisher's first step, after the scanners and the script: core brings
 * @actions/http-client and undici, and nothing before publishing needs them (the log lines,
 * masks and annotations are written by ./github/workflow-commands.ts, as core writes them).
 */
async function publisher(logger, context, ledger) {
    // One after the other: jest's ESM loader fails on concurrent imports that share modules.
    const core = await __webpack_require__.e(/* import() */ 6058).then(__webpack_require__.bind(__webpack_require__, 46058));
    const { coreOutputs, writeJobSummary } = await Promise.all(/* import() */[__webpack_require__.e(6058), __webpack_require__.e(8353)]).then(__webpack_require__.bind(__webpack_require__, 88353));
    const { githubPublisher } = await Promise.all(/* import() */[__webpack_require__.e(6058), __webpack_require__.e(7184)]).then(__webpack_require__.bind(__webpack_require__, 77184));
    return githubPublisher({
        logger,
        context,
        annotations: (0,annotations/* coreAnnotationSink */.Wy)(),
        setOutput: coreOutputs(),
        writeSummary: markdown => writeJobSummary(markdown, logger),
        notice: message => core.notice(message),
        ledger
    });
}
/**
 * A Publisher loaded by its first step. runGate calls deliver, annotate and finish once each,
 * in that order (pipeline.ts), so deliver, the only async first step, loads it.
 */
function lazyPublisher(load) {
    let loaded;
    const ready = () => {
        if (!loaded)
            throw new Error('the publisher was used before its deliver step');
        return loaded;
    };
    return {
        deliver: async (written) => {
            loaded ??= await load();
            return loaded.deliver(written);
        },
        annotate: decided => ready().annotate(decided),
        finish: outcome => ready().finish(outcome)
    };
}


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ TOOL_NAMES),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   mV: () => (/* binding */ SAMPLED_ONLY_METRICS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   vF: () => (/* binding */ ALWAYS_MEASURED)
/* harmony export */ });
/**
 * The core model shared by every part of runguard (docs/architecture.md, "The core model").
 * Everything a tool reports becomes a Finding; every tool's outcome a ToolRun; every attempt of
 * the target script a Metrics record; every gate a GateResult; and all of it one Verdict.
 */
/** Normalized severities, most severe first. `unknown` = the tool gave none (policy decides). */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'];
/**
 * The one rank of each severity, for sorting, "most severe of" and thresholds: higher is more
 * severe. `unknown` (the tool gave none) ranks below `info` everywhere; only the policy lifts
 * it, to the `unknownSeverity` setting, before comparing with `fail-on` and `report-level`.
 */
const SEVERITY_RANK = {
    critical: 4,
    high: 3,
    medium: 2,
    low: 1,
    info: 0,
    unknown: -1
};
/** The scanners runguard knows; `secrets` is the built-in detector. */
const TOOL_NAMES = ['bandit', 'semgrep', 'safety', 'osv-scanner', 'secrets'];
/** Metric names kept compatible with Python Script Runner (documented in docs/gates.md). */
const METRIC_NAMES = [
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
];
/**
 * Metrics every attempt measures (wall time, exit status, output). Every other metric comes
 * from the /proc samples or the rusage helper and can be unobserved.
 */
const ALWAYS_MEASURED = [
    'execution_time_seconds',
    'exit_code',
    'success',
    'stdout_lines',
    'stderr_lines',
    'stdout_size_bytes',
    'stderr_size_bytes'
];
/**
 * Metrics only a /proc sample observes (rusage has no CPU %, average RSS, threads or fds): null
 * for a script that ended before the first sample. `memory_max_mb` is not among them: rusage
 * gives its peak exactly.
 */
const SAMPLED_ONLY_METRICS = [
    'cpu_max',
    'cpu_avg',
    'cpu_min',
    'memory_avg_mb',
    'memory_min_mb',
    'num_threads',
    'num_fds'
];


/***/ }),

/***/ 17175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _m: () => (/* binding */ RUNGUARD_FINGERPRINT_KEY),
/* harmony export */   gE: () => (/* binding */ lineHashKey),
/* harmony export */   pM: () => (/* binding */ sarifRuleId),
/* harmony export */   ve: () => (/* binding */ loadBaselineSarif)
/* harmony export */ });
/* unused harmony export parseBaselineSarif */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74976);



/**
 * A SARIF log from the default branch, reduced to what new-only policy needs: which results it
 * had, identified by our `runguard/v1` fingerprint or, for SARIF written by other tools or
 * processed by GitHub, by rule + path + `primaryLocationLineHash`.
 */
/** The fingerprint key runguard writes into `partialFingerprints`. */
const RUNGUARD_FINGERPRINT_KEY = 'runguard/v1';
/** Key used to match on the line hash: a line hash alone says nothing about which rule fired. */
function lineHashKey(ruleId, path, lineHash) {
    return `${ruleId}\u0000${path}\u0000${lineHash}`;
}
/** Reads a baseline SARIF file; unreadable or malformed files are configuration errors. */
function loadBaselineSarif(path) {
    let parsed;
    try {
        parsed = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`baseline-sarif ${path} cannot be read as JSON: ${error.message}; pass a SARIF file written by runguard on the default branch`, { field: 'baselineSarif', value: path });
    }
    return parseBaselineSarif(parsed, path);
}
function decodePath(uri) {
    let path = uri;
    try {
        path = decodeURIComponent(uri);
    }
    catch {
        // Keep the raw text: a malformed escape must not lose the whole baseline.
    }
    return path.replace(/^file:\/\//, '').replace(/^\.\//, '');
}
/** Extracts results from a parsed SARIF log. */
function parseBaselineSarif(log, source) {
    const runs = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(log)?.runs;
    if (!Array.isArray(runs)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`baseline-sarif ${source} is not a SARIF log (no runs[]); pass a SARIF file written by runguard on the default branch`, { field: 'baselineSarif', value: source });
    }
    const results = [];
    for (const run of runs) {
        const r = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(run);
        const tool = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(r?.tool)?.driver)?.name) ?? 'unknown';
        const rules = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(r?.tool)?.driver)?.rules);
        for (const item of (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(r?.results)) {
            const result = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(item);
            if (!result)
                continue;
            // An absent result of the previous baseline is not part of this one.
            if (result.baselineState === 'absent')
                continue;
            const ruleIndex = typeof result.ruleIndex === 'number' ? result.ruleIndex : -1;
            const ruleId = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(result.ruleId) ?? (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(result.rule)?.id) ?? (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(rules[ruleIndex])?.id) ?? '';
            const physical = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(result.locations)[0])?.physicalLocation);
            const uri = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(physical?.artifactLocation)?.uri);
            const startLine = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(physical?.region)?.startLine;
            const fps = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(result.partialFingerprints) ?? {};
            const fingerprint = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(fps[RUNGUARD_FINGERPRINT_KEY]);
            const lineHash = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(fps.primaryLocationLineHash);
            results.push({
                tool,
                ruleId,
                ...(uri === undefined ? {} : { path: decodePath(uri) }),
                ...(typeof startLine === 'number' ? { startLine } : {}),
                message: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(result.message)?.text) ?? '',
                ...(fingerprint === undefined ? {} : { fingerprint }),
                ...(lineHash === undefined ? {} : { lineHash })
            });
        }
    }
    return { source, results };
}
/**
 * The SARIF rule id of a finding: the advisory id for dependency findings (one rule per advisory
 * so each carries its own security-severity, which GitHub reads per rule), the tool's rule id otherwise.
 */
function sarifRuleId(finding) {
    return finding.package && finding.advisory ? finding.advisory.id : finding.ruleId;
}


/***/ }),

/***/ 23863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ effectiveRank),
/* harmony export */   hg: () => (/* binding */ presentFinding),
/* harmony export */   nc: () => (/* binding */ presentSeverity),
/* harmony export */   oC: () => (/* binding */ treatedAs)
/* harmony export */ });
/* unused harmony export BAND_SCORE */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/* harmony import */ var _scanners_severity_score_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12755);


/**
 * `security-severity` when there is no CVSS score. Values sit inside GitHub's bands (critical
 * ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0); `info` and `unknown` get none.
 */
const BAND_SCORE = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 2.0
};
/**
 * Levels by the severity a finding is treated as. A finding treated as `unknown` (the setting is
 * `unknown` too: it never fails a threshold) is a warning: not an error it was never rated as,
 * not hidden among notices either.
 */
const LEVELS = {
    critical: { sarifLevel: 'error', annotationLevel: 'error' },
    high: { sarifLevel: 'error', annotationLevel: 'error' },
    medium: { sarifLevel: 'warning', annotationLevel: 'warning' },
    unknown: { sarifLevel: 'warning', annotationLevel: 'warning' },
    low: { sarifLevel: 'note', annotationLevel: 'notice' },
    info: { sarifLevel: 'note', annotationLevel: 'notice' }
};
/** The severity a finding counts as: `unknown` takes the `unknown-severity` setting. */
function treatedAs(severity, unknownSeverity) {
    return severity === 'unknown' ? unknownSeverity : severity;
}
/**
 * Rank for thresholds and ordering; `unknown` takes the configured severity. If that is
 * `unknown` too, the finding ranks below info: it is reported but never fails a threshold.
 */
function effectiveRank(severity, unknownSeverity) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[treatedAs(severity, unknownSeverity)];
}
/** The one presentation of `severity` under the `unknown-severity` setting. */
function presentSeverity(severity, unknownSeverity, cvssScore) {
    const treated = treatedAs(severity, unknownSeverity);
    // A score from another band (a merged severity, a tool's own label) would make GitHub show a
    // different severity than every other channel: the band value is used instead.
    const score = severity === 'unknown' || severity === 'info'
        ? undefined
        : cvssScore !== undefined && (0,_scanners_severity_score_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromScore */ .q)(cvssScore) === severity
            ? cvssScore
            : BAND_SCORE[severity];
    return {
        severity,
        treatedAs: treated,
        ...LEVELS[treated],
        ...(score !== undefined ? { securitySeverity: score } : {}),
        cyclonedx: severity,
        label: severity === 'unknown' && treated !== 'unknown' ? `unknown (counts as ${treated})` : severity
    };
}
/** presentSeverity for a finding (its CVSS score, when it has one). */
function presentFinding(finding, unknownSeverity) {
    return presentSeverity(finding.severity, unknownSeverity, finding.advisory?.cvssScore);
}


/***/ }),

/***/ 76670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ redactData),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   qp: () => (/* binding */ secretValuesFromEnv)
/* harmony export */ });
/* unused harmony exports SECRET_NAME_PATTERN, markdownInline, encodedForms */
/* harmony import */ var _monyone_aho_corasick__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30197);
/**
 * One redaction function for everything that leaves the process: runner log lines,
 * reports, annotations. Known values (the `secrets` setting, secret-looking env vars, values the
 * detector found) are replaced by `***`; a detector hook can add values found in a line.
 *
 * Redaction belongs on raw text, before any encoding (`redactData` walks a report's data before
 * it is rendered). Encoded text is a second line of defence: every known value is also searched
 * for in the forms the report writers and GitHub produce — JSON string escaping, percent-encoding
 * (URIs, workflow-command properties), XML entities, the summary's Markdown escaping, TAP
 * escaping and Base64 at each byte alignment (the runner's own masker registers the same
 * family of variants). A value with line breaks (a PEM key) is also known line by line, since
 * every channel that flattens or splits lines would otherwise break the whole-value match.
 */

const REDACTED = '***';
const MIN_SECRET_LENGTH = 4;
/** Encoded forms shorter than this are not registered: they would mask ordinary text. */
const MIN_VARIANT_LENGTH = 6;
/** Names that look like they hold a secret (matched case-insensitively on env var names). */
const SECRET_NAME_PATTERN = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH|SESSION|COOKIE|DSN|CONN(ECTION)?_?STRING)(_|$)/i;
/**
 * Inline Markdown escaping as the summary and PR comment apply it (src/report/markdown.ts
 * `escapeMarkdown`, minus its block-start rules): a test keeps the two in step.
 */
function markdownInline(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, '\\$&')
        .replace(/#(?=\d)/g, '#&#8203;')
        .replace(/(?<![\w.\-/])@/g, '@&#8203;');
}
const xmlEscape = (s) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
/** Workflow-command escaping of `@actions/core` (command data, then properties). */
const commandData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const commandProperty = (s) => commandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** Base64 of `value` as it appears at each of the three byte alignments inside longer data. */
function base64Variants(value) {
    const bytes = Buffer.from(value, 'utf8');
    const out = [];
    for (let shift = 0; shift < 3; shift++) {
        const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
        // Only characters whose six bits come from the value itself are stable.
        const first = Math.ceil((8 * shift) / 6);
        const last = Math.floor((8 * (shift + bytes.length)) / 6);
        const stable = encoded.slice(first, last);
        out.push(stable, stable.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return out;
}
/** Every form of one value worth searching for, the value first. */
function encodedForms(value) {
    const json = JSON.stringify(value).slice(1, -1);
    const percent = encodeURIComponent(value);
    const forms = [
        value,
        json,
        // JSON inside JSON (a SARIF embedded in an upload body, a report inside a log line).
        JSON.stringify(json).slice(1, -1),
        value.replace(/"/g, '\\"'),
        value.replace(/'/g, "''"),
        percent,
        percent.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase()),
        percent.replace(/%20/g, '+'),
        encodeURI(value),
        xmlEscape(value),
        markdownInline(value),
        // A leading `@` gets the zero-width space only where the text before it does not end in a
        // word character, so the escaped secret appears in both forms.
        markdownInline(value).replace(/^@&#8203;/, '@'),
        value.replace(/\\/g, '\\\\').replace(/#/g, '\\#'),
        commandData(value),
        commandProperty(value),
        ...base64Variants(value)
    ];
    return [...new Set(forms)].filter(f => f === value || f.length >= MIN_VARIANT_LENGTH);
}
/**
 * Every known pattern, in a few Aho–Corasick automata: one pass of each finds every occurrence
 * in time linear in the text, whatever the number of patterns (one alternation regex tried every
 * pattern at every position and, with a thousand secrets found, dominated the run).
 *
 * Values arrive while texts are being redacted (the detector hook learns a secret from a log
 * line, the scan adds its findings between log lines), and building an automaton costs time
 * in the size of its dictionary. So new patterns go into a new small automaton, and an
 * automaton is merged into the one before it once it is at least half its size: each pattern is
 * rebuilt O(log n) times and a text is searched by O(log n) automata.
 *
 * An automaton holds each long pattern's beginning only (its anchor); where an anchor occurs,
 * the patterns that begin with it are compared in full. The build then no longer grows with
 * the patterns' length: a private key found by the detector brings some six hundred forms
 * (the whole key and each of its lines, each encoded twenty ways, ~70,000 characters), which
 * took ~0.1 s to build into one automaton. Two things keep the search linear whatever the
 * values are (they can come from a hostile pull request):
 * - an anchor is shared by at most ANCHOR_GROUP patterns: patterns that begin alike for longer
 *   get anchors twice as long, and so on, so an anchor's occurrence costs at most that many
 *   comparisons;
 * - a comparison is a rolling-hash lookup (prefix hashes of the text, computed once per text
 *   that has a candidate), not a character-by-character compare: a long value that begins
 *   like a long run in the text (`AAAA…AB` in a line of `A`s) would otherwise be compared at
 *   every position of the run. Only a hash that agrees is checked character by character.
 */
class PatternIndex {
    tiers = [];
    pending = [];
    push(pattern) {
        this.pending.push(pattern);
    }
    get empty() {
        return this.tiers.length === 0 && this.pending.length === 0;
    }
    /** Every occurrence of every pattern, as [begin, end) spans. */
    spans(text) {
        this.flush();
        // Allocated only when something matched: this runs on every string of every finding.
        let out;
        let hashes;
        for (const { automaton, anchored, gate } of this.tiers) {
            // Most texts hold no secret: a native substring search per gate pattern says so without
            // walking the automaton character by character (at 100,000 findings that walk was the
            // largest CPU cost of the run). A pattern can only occur where a gate pattern does, so a
            // skipped tier would have matched nothing.
            if (gate && !includesAny(text, gate))
                continue;
            for (const { begin, end, keyword } of automaton.matchInText(text)) {
                const candidates = anchored.get(keyword);
                // Not an anchor: a pattern in the automaton whole.
                if (candidates === undefined) {
                    ;
                    (out ??= []).push({ begin, end });
                    continue;
                }
                hashes ??= prefixHashes(text);
                for (const p of candidates) {
                    const stop = begin + p.text.length;
                    if (stop > text.length || windowHash(hashes, begin, stop, p.power) !== p.hash)
                        continue;
                    if (text.startsWith(p.text, begin))
                        (out ??= []).push({ begin, end: stop });
                }
            }
        }
        return out ?? NO_SPANS;
    }
    flush() {
        if (this.pending.length === 0)
            return;
        let patterns = this.pending;
        this.pending = [];
        for (let last = this.tiers.at(-1); last && 2 * patterns.length >= last.patterns.length;) {
            patterns = last.patterns.concat(patterns);
            this.tiers.pop();
            last = this.tiers.at(-1);
        }
        const keywords = [];
        const anchored = new Map();
        placeAnchors(patterns, ANCHOR_LENGTH, keywords, anchored);
        this.tiers.push({
            patterns,
            automaton: new _monyone_aho_corasick__WEBPACK_IMPORTED_MODULE_0__/* .AhoCorasick */ .I(keywords),
            anchored,
            ...(patterns.length <= GATE_MAX_PATTERNS ? { gate: minimalPatterns(patterns) } : {})
        });
    }
}
/**
 * Characters of the shortest anchor. Secrets are long random strings: sixteen characters are
 * rarely shared by two of them, and rarely occur in text that holds no secret.
 */
const ANCHOR_LENGTH = 16;
/** Patterns one anchor may stand for; more that begin alike get a longer anchor. */
const ANCHOR_GROUP = 16;
/**
 * Splits patterns into keywords of the automaton: a pattern shorter than `length` whole, the
 * others by their first `length` characters, each such anchor standing for at most
 * ANCHOR_GROUP patterns (a larger group is split again with anchors twice as long). Every
 * keyword is a prefix of a pattern, so the automaton is never larger than one of the whole
 * patterns; a pattern equal to an anchor is one of that anchor's patterns.
 */
function placeAnchors(patterns, length, keywords, anchored) {
    const groups = new Map();
    for (const pattern of patterns) {
        if (pattern.length < length) {
            keywords.push(pattern);
            continue;
        }
        const anchor = pattern.slice(0, length);
        const group = groups.get(anchor);
        if (group)
            group.push(pattern);
        else
            groups.set(anchor, [pattern]);
    }
    for (const [anchor, group] of groups) {
        if (group.length > ANCHOR_GROUP) {
            placeAnchors(group, 2 * length, keywords, anchored);
            continue;
        }
        keywords.push(anchor);
        anchored.set(anchor, group.map(text => {
            const hashes = prefixHashes(text);
            return { text, hash: hashes[text.length], power: powerOf(text.length) };
        }));
    }
}
/**
 * Polynomial hashes modulo the prime 2^31 - 1 with a base drawn when the process starts: the
 * values and texts cannot be chosen to collide, and a collision would only cost a character
 * comparison, never a wrong mask.
 */
const HASH_MODULUS = 2147483647;
const HASH_BASE = 65537 + Math.floor(Math.random() * (HASH_MODULUS - 2 * 65537));
/** (a * b) mod HASH_MODULUS for a, b below it, exact in doubles (no product above 2^53). */
function mulMod(a, b) {
    return (((a * (b >>> 16)) % HASH_MODULUS) * 65536 + a * (b & 0xffff)) % HASH_MODULUS;
}
/** hashes[i]: the hash of text[0, i). */
function prefixHashes(text) {
    const hashes = new Int32Array(text.length + 1);
    let h = 0;
    for (let i = 0; i < text.length; i++) {
        h = (mulMod(h, HASH_BASE) + text.charCodeAt(i) + 1) % HASH_MODULUS;
        hashes[i + 1] = h;
    }
    return hashes;
}
const powers = [1];
function powerOf(length) {
    for (let i = powers.length; i <= length; i++)
        powers.push(mulMod(powers[i - 1], HASH_BASE));
    return powers[length];
}
/** The hash of text[begin, end) from the text's prefix hashes. */
function windowHash(hashes, begin, end, power) {
    const h = (hashes[end] - mulMod(hashes[begin], power)) % HASH_MODULUS;
    return h < 0 ? h + HASH_MODULUS : h;
}
const NO_SPANS = [];
function includesAny(text, patterns) {
    for (let i = 0; i < patterns.length; i++)
        if (text.includes(patterns[i]))
            return true;
    return false;
}
/**
 * Up to this many patterns in a tier (one value's encoded forms are about twenty), a text is
 * first searched for them with `includes`; a larger tier (many values found by the detector) is
 * walked by its automaton, whose cost does not grow with the number of patterns.
 */
const GATE_MAX_PATTERNS = 64;
/**
 * The patterns that contain no other pattern of the set: every pattern contains at least one of
 * them, so a text holding none of them holds no pattern at all.
 */
function minimalPatterns(patterns) {
    return patterns.filter(p => !patterns.some(q => q !== p && q.length <= p.length && p.includes(q)));
}
/**
 * Replaces every occurrence of every pattern with `***`. Overlapping occurrences are merged and
 * masked as one span, so two secrets that share characters leave no tail of either visible
 * (the longest-first alternation left the tail of the second); occurrences that only touch
 * stay separate masks.
 */
function maskAll(text, index) {
    if (index.empty)
        return text;
    const found = index.spans(text);
    if (found.length === 0)
        return text;
    const hits = [...found].sort((a, b) => a.begin - b.begin || b.end - a.end);
    let out = '';
    let copied = 0;
    let spanStart = -1;
    let spanEnd = -1;
    for (const { begin, end } of hits) {
        if (begin < spanEnd) {
            if (end > spanEnd)
                spanEnd = end;
            continue;
        }
        if (spanEnd >= 0) {
            out += text.slice(copied, spanStart) + REDACTED;
            copied = spanEnd;
        }
        spanStart = begin;
        spanEnd = end;
    }
    return out + text.slice(copied, spanStart) + REDACTED + text.slice(spanEnd);
}
/**
 * @param values initial secret values
 * @param detector optional detector that returns secret values found in a piece of text (the
 *   built-in secret engine), so a secret printed at run time is redacted even if unknown; or a
 *   loader for it, loaded by `ready()` (redact() throws until then: it never lets text pass
 *   that the detector should have seen).
 * @param onNew called once for each newly learned value (Action mode: core.setSecret).
 */
function createRedactor(values = [], detector, onNew) {
    let detect = typeof detector === 'function' ? detector : undefined;
    let loading;
    const ready = () => (loading ??=
        detector === undefined || typeof detector === 'function'
            ? Promise.resolve()
            : detector.load().then(loaded => {
                detect = loaded;
            }));
    const lazy = detector !== undefined && typeof detector !== 'function';
    const known = new Set();
    const patterns = new Set();
    const index = new PatternIndex();
    const register = (value) => {
        if (value.length < MIN_SECRET_LENGTH || known.has(value))
            return;
        known.add(value);
        for (const form of encodedForms(value)) {
            if (patterns.has(form))
                continue;
            patterns.add(form);
            index.push(form);
        }
        onNew?.(value);
    };
    const add = (value) => {
        register(value);
        // A multi-line value is also known line by line (trimmed), like the runner's masker does:
        // Markdown flattens line breaks, logs and annotations split on them.
        if (/[\r\n]/.test(value))
            for (const line of value.split(/\r?\n|\r/))
                register(line.trim());
    };
    for (const v of values)
        add(v);
    const redactKnown = (text) => maskAll(text, index);
    return {
        add,
        get size() {
            return known.size;
        },
        redact(text) {
            if (detect)
                for (const v of detect(text))
                    add(v);
            else if (lazy)
                throw new Error('redaction asked for before the secret detector loaded');
            return redactKnown(text);
        },
        redactKnown,
        ready
    };
}
/**
 * Plain data (objects, arrays, strings) with every string, and every object key, redacted:
 * reports are built from the result, so redaction happens on raw text before any encoding.
 * Copy on write: an object or array none of whose strings changed is returned as it is, so
 * 100,000 clean findings cost no copy and values shared between structures (a finding in its
 * tool run and in the policy's list) stay shared. Other values (numbers, Dates, class
 * instances) are kept as they are.
 */
function redactData(value, redact) {
    const walk = (v) => {
        if (typeof v === 'string')
            return redact(v);
        if (Array.isArray(v)) {
            let out;
            for (let i = 0; i < v.length; i++) {
                const x = v[i];
                const y = walk(x);
                if (y !== x)
                    (out ??= v.slice())[i] = y;
            }
            return out ?? v;
        }
        if (v !== null && typeof v === 'object') {
            const proto = Object.getPrototypeOf(v);
            if (proto !== Object.prototype && proto !== null)
                return v;
            const obj = v;
            const keys = Object.keys(obj);
            let out;
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i];
                const x = obj[k];
                const k2 = redact(k);
                const y = walk(x);
                if (out === undefined && (k2 !== k || y !== x)) {
                    // Everything before this key came back unchanged, key and value alike.
                    out = {};
                    for (let j = 0; j < i; j++)
                        out[keys[j]] = obj[keys[j]];
                }
                if (out)
                    out[k2] = y;
            }
            return out ?? v;
        }
        return v;
    };
    return walk(value);
}
/** Values of environment variables whose names look secret (for redaction, never printed). */
function secretValuesFromEnv(env) {
    return Object.entries(env)
        .filter(([name, value]) => value !== undefined && SECRET_NAME_PATTERN.test(name))
        .map(([, value]) => value)
        .filter(v => v.length >= MIN_SECRET_LENGTH);
}


/***/ }),

/***/ 27152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SUMMARY_MAX_BYTES: () => (/* binding */ DEFAULT_SUMMARY_MAX_BYTES),
  DEFAULT_TOP_FINDINGS: () => (/* binding */ DEFAULT_TOP_FINDINGS),
  PR_COMMENT_MARKER: () => (/* binding */ PR_COMMENT_MARKER),
  PR_COMMENT_MAX_CHARS: () => (/* binding */ PR_COMMENT_MAX_CHARS),
  compareFindings: () => (/* binding */ compareFindings),
  firstSorted: () => (/* binding */ firstSorted),
  renderPrComment: () => (/* binding */ renderPrComment),
  renderSummary: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/gates/units.ts
var units = __webpack_require__(73443);
// EXTERNAL MODULE: ./src/policy/severity.ts
var severity = __webpack_require__(23863);
;// CONCATENATED MODULE: ./src/report/charts.ts
/**
 * The timeline charts of the summary: the attempt's samples bucketed to a bounded number of
 * points and drawn as mermaid line charts (GitHub renders them in Markdown).
 */
/** Points per chart; mermaid draws every point, so long runs are bucketed. */
const MAX_CHART_POINTS = 100;
/**
 * Buckets samples into at most `maxPoints` equal time slices, keeping each slice's peak (a
 * spike must survive downsampling); empty slices repeat the previous value so the points stay
 * evenly spaced, which is what a numeric mermaid x-axis assumes.
 */
function downsampleSamples(samples, maxPoints = MAX_CHART_POINTS) {
    const valid = samples
        .filter(s => Number.isFinite(s.t) && Number.isFinite(s.cpu) && Number.isFinite(s.rssMb))
        .sort((a, b) => a.t - b.t);
    if (valid.length === 0 || maxPoints < 1)
        return [];
    const n = Math.min(maxPoints, valid.length);
    const first = valid[0].t;
    const span = valid[valid.length - 1].t - first;
    if (span <= 0) {
        const cpu = Math.max(...valid.map(s => s.cpu));
        const rssMb = Math.max(...valid.map(s => s.rssMb));
        return [{ t: first, cpu, rssMb }];
    }
    const buckets = new Array(n);
    for (const s of valid) {
        const i = Math.min(n - 1, Math.floor(((s.t - first) / span) * n));
        const b = buckets[i];
        if (b) {
            b.cpu = Math.max(b.cpu, s.cpu);
            b.rssMb = Math.max(b.rssMb, s.rssMb);
        }
        else
            buckets[i] = { cpu: s.cpu, rssMb: s.rssMb };
    }
    const points = [];
    let prev = { cpu: valid[0].cpu, rssMb: valid[0].rssMb };
    for (let i = 0; i < n; i++) {
        prev = buckets[i] ?? prev;
        points.push({ t: first + ((i + 1) * span) / n, cpu: prev.cpu, rssMb: prev.rssMb });
    }
    return points;
}
const round1 = (n) => String(Math.round(n * 10) / 10);
function mermaidLineChart(title, yLabel, points, pick) {
    const values = points.map(pick);
    const top = Math.max(1, Math.ceil(Math.max(...values) * 1.1));
    const endSeconds = Math.max(0.1, points[points.length - 1].t / 1000);
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis "time (s)" 0 --> ${round1(endSeconds)}`,
        `    y-axis "${yLabel}" 0 --> ${top}`,
        `    line [${values.map(round1).join(', ')}]`,
        '```'
    ].join('\n');
}
/** The two timeline charts, or '' when the attempt has no samples. */
function renderCharts(metrics) {
    const points = downsampleSamples(metrics?.samples ?? []);
    if (points.length === 0)
        return '';
    return [
        // No `%` in chart text: mermaid reads `%%` as a comment start.
        mermaidLineChart('CPU (100 = one core)', 'percent', points, p => p.cpu),
        '',
        mermaidLineChart('Memory (RSS, MiB)', 'MiB', points, p => p.rssMb)
    ].join('\n');
}
/** A chart label: mermaid reads `"` as the end of a label and `%%` as a comment. */
const label = (text) => text.replace(/["%\\\r\n]/g, ' ').slice(0, 60);
/**
 * A mermaid line chart of a series over runs (the history section): `values` is drawn as a line
 * (a missing value repeats the previous one: mermaid has no gaps), the last point (this run) is
 * marked by a bar — none when this run has no value (not observed: the title says so instead of
 * marking a repeated one) — and each `extra` series (the trend limit) is another line.
 */
function mermaidSeriesChart(title, labels, values, extra) {
    let previous = values.find((v) => v !== null) ?? 0;
    const filled = values.map(v => (v === null ? previous : (previous = v)));
    const all = [...filled, ...extra.flatMap(e => e.values)].filter(Number.isFinite);
    const top = Math.max(...all, 0);
    const bottom = Math.min(...all, 0);
    const fmt = (n) => String(Number(n.toPrecision(6)));
    const thisRunMissing = values.length > 0 && values[values.length - 1] === null;
    const marker = filled.map((v, i) => (i === filled.length - 1 && !thisRunMissing ? v : 0));
    const heading = thisRunMissing ? `${title}, this run not sampled` : title;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${label(heading)}"`,
        `    x-axis [${labels.map(l => `"${label(l)}"`).join(', ')}]`,
        `    y-axis "${label(title)}" ${fmt(bottom)} --> ${fmt(top === bottom ? top + 1 : top * 1.1)}`,
        `    bar [${marker.map(fmt).join(', ')}]`,
        `    line [${filled.map(fmt).join(', ')}]`,
        ...extra.map(e => `    line [${e.values.map(fmt).join(', ')}]`),
        '```'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown building blocks shared by the job summary and the PR comment: escaping that makes
 * tool output inert, table cells and rows, number and duration formatting, safe links.
 */
/** Longest table cell, in characters, before it is cut with `…`. */
const CELL_MAX_CHARS = 240;
/** Longest list line (reasons, warnings), in characters. */
const LINE_MAX_CHARS = 1_000;
/**
 * Makes any text inert in GitHub markdown: HTML entities for `& < >`, backslashes for inline
 * syntax (emphasis, code, links, tables, strike-through, math), a zero-width space after `@`
 * and before issue numbers so tool output never pings people or links issues (Renovate does
 * the same), and an escaped first character when it would start a block (heading, list).
 */
function escapeMarkdown(text) {
    let out = text
        .replace(/\r\n?|\n/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, '\\$&')
        // `#` before `@`: the entity inserted after `@` itself contains `#8203`.
        .replace(/#(?=\d)/g, '#&#8203;')
        // Only an `@` that could start a mention (not after a letter, digit, `.`, `-` or `/`): a
        // copied `go install …/osv-scanner@v2.5.0` or `user@host` must keep working.
        .replace(/(?<![\w.\-/])@/g, '@&#8203;');
    // A backslash is only an escape before punctuation: `1\.` not `\1.` for ordered lists.
    if (/^[#+=-]/.test(out))
        out = '\\' + out;
    return out.replace(/^(\d+)([.)])/, '$1\\$2');
}
/** Escapes and shortens text for a table cell or list item. */
function cell(text, max = CELL_MAX_CHARS) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const short = [...flat].length > max ? [...flat].slice(0, max - 1).join('') + '…' : flat;
    return escapeMarkdown(short);
}
/** Numbers without float noise: at most 3 decimals, trailing zeros dropped. */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return String(n);
    return String(Math.round(n * 1000) / 1000);
}
/** `850 ms`, `12.3 s`, `2 min 05 s`; `—` when not a duration. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    const m = Math.floor(s / 60);
    return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
}
/** An http(s) URL usable as a markdown link destination, or undefined. */
function safeUrl(url) {
    if (!url)
        return undefined;
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return undefined;
        return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
    }
    catch {
        return undefined;
    }
}
/** `https://github.com/o/r/blob/<sha>/<path>#L3-L5`, or undefined when either part is unusable. */
function blobUrl(repoUrl, sha, path, startLine, endLine) {
    if (!repoUrl || !sha || !/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    let base;
    try {
        base = new URL(repoUrl);
    }
    catch {
        return undefined;
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:')
        return undefined;
    const root = base.href.replace(/\/+$/, '');
    const file = path
        .split('/')
        .filter(p => p !== '' && p !== '.' && p !== '..')
        .map(encodeURIComponent)
        .join('/');
    let anchor = '';
    if (startLine !== undefined && startLine > 0) {
        anchor = `#L${startLine}`;
        if (endLine !== undefined && endLine > startLine)
            anchor += `-L${endLine}`;
    }
    // Parentheses would end a markdown link destination early.
    return `${root}/blob/${sha}/${file}${anchor}`.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
/** One GFM table row. */
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A GFM table from a header and already rendered rows. */
function table(header, rows) {
    return [row(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows].join('\n');
}
/** The note under a section cut to fit the size limit ('' when nothing was cut). */
function more(kept, total, what) {
    return kept < total
        ? `\n\n_…and ${total - kept} more ${what} (omitted to fit the size limit)._`
        : '';
}

;// CONCATENATED MODULE: ./src/report/trend-section.ts



/** Charts at most; the rest are listed by name (a summary must stay readable). */
const MAX_TREND_CHARTS = 6;
const MAX_DELTA_ROWS = 10;
const byRank = (a, b) => model/* SEVERITY_RANK */.f3[b.severity] - model/* SEVERITY_RANK */.f3[a.severity] ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
function deltaTable(title, list) {
    if (list.length === 0)
        return '';
    const rows = [...list]
        .sort(byRank)
        .slice(0, MAX_DELTA_ROWS)
        .map(f => row([
        escapeMarkdown(f.severity),
        escapeMarkdown(f.tool),
        cell(f.ruleId, 80),
        cell(`${f.path}:${f.line}`, 200)
    ]));
    const more = list.length > rows.length ? `\n\n… and ${list.length - rows.length} more` : '';
    return `**${title}**\n\n` + table(['Severity', 'Tool', 'Rule', 'Location'], rows) + more;
}
/** The section's markdown, or '' when there is nothing to show. */
function renderTrendSection(s, maxCharts = MAX_TREND_CHARTS) {
    if (!s)
        return '';
    const parts = ['### History and trend'];
    const status = s.recorded
        ? `This run was recorded in ${cell(s.store, 200)} (${s.runs} earlier trend run(s) of this category).`
        : `Compared with ${s.runs} trend run(s) in ${cell(s.store, 200)}; this run was not recorded.`;
    parts.push(status);
    const labels = Array.from({ length: s.points }, (_, i) => i === s.points - 1 ? 'this run' : String(i - s.points + 1));
    const shown = s.metrics.slice(0, maxCharts);
    if (s.points >= 2) {
        for (const m of shown) {
            const title = `${m.metric}${m.failed ? ' (trend regression)' : ''}`;
            const extra = [];
            if (m.limit !== undefined)
                extra.push({ name: 'limit', values: labels.map(() => m.limit) });
            parts.push(mermaidSeriesChart(title, labels, m.values, extra));
        }
        if (s.metrics.length > shown.length)
            parts.push(`_More metrics in the history: ${s.metrics
                .slice(shown.length)
                .map(m => escapeMarkdown(m.metric))
                .join(', ')}_`);
        if (s.findings && s.findings.some(v => v !== null))
            parts.push(mermaidSeriesChart('findings that count', labels, s.findings, []));
    }
    const gated = shown.filter(m => m.median !== undefined);
    if (gated.length)
        parts.push(table(['Metric', 'This run', 'Rolling median', 'Trend limit'], gated.map(m => row([
            `${m.failed ? '❌' : '✅'} ${escapeMarkdown(m.metric)}`,
            formatNumber(m.values[m.values.length - 1] ?? NaN),
            formatNumber(m.median),
            formatNumber(m.limit)
        ]))));
    if (s.delta) {
        const { since } = s.delta;
        parts.push(`**Findings since the last trend run** (${cell(since, 120)}): ${s.delta.new.length} new, ${s.delta.fixed.length} fixed.`);
        const added = deltaTable('New findings', s.delta.new);
        const gone = deltaTable('Fixed findings', s.delta.fixed);
        if (added)
            parts.push(added);
        if (gone)
            parts.push(gone);
    }
    if (s.notes.length)
        parts.push(s.notes.map(n => `- ${cell(n, 300)}`).join('\n'));
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/trim.ts
/**
 * Trimming a rendered document to a size budget (the job summary's bytes, the PR comment's
 * characters): sections are cut in a fixed order, each in turn to the most rows that fit
 * (binary search) while later sections stay whole; a section that cannot fit even when empty
 * goes to zero and the next one is cut.
 */
/** Fits `render(plan)` under `fits` by cutting the sections of `order`, first one first. */
function trimToFit(full, order, render, fits) {
    let text = render(full);
    if (fits(text))
        return { plan: { ...full }, text, fits: true };
    const plan = { ...full };
    for (const key of order) {
        const total = plan[key];
        plan[key] = 0;
        text = render(plan);
        if (!fits(text))
            continue;
        let lo = 0;
        let hi = total;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(render({ ...plan, [key]: mid })))
                lo = mid;
            else
                hi = mid - 1;
        }
        plan[key] = lo;
        return { plan, text: render(plan), fits: true };
    }
    return { plan, text, fits: false };
}
/** UTF-8 length: GitHub's job summary limit is in bytes. */
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * The last resort when even the skeleton is too big (e.g. thousands of tools): `text` cut at a
 * line boundary so that it and `note` together take at most `maxBytes`.
 */
function cutAtLine(text, note, maxBytes) {
    let cut = text;
    while (cut.length > 0 && utf8Bytes(cut) + utf8Bytes(note) > maxBytes) {
        const over = utf8Bytes(cut) + utf8Bytes(note) - maxBytes;
        cut = cut.slice(0, Math.max(0, cut.length - Math.max(over, 1)));
        const nl = cut.lastIndexOf('\n');
        cut = nl > 0 ? cut.slice(0, nl) : '';
    }
    return cut + note;
}

;// CONCATENATED MODULE: ./src/report/summary.ts







const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const DEFAULT_TOP_FINDINGS = 20;
/** Hidden marker that identifies runguard's sticky PR comment. */
const PR_COMMENT_MARKER = '<!-- runguard:verdict -->';
/** GitHub rejects comment bodies of 65,536 characters or more; stay clearly below. */
const PR_COMMENT_MAX_CHARS = 65_000;
// ── ranking ──────────────────────────────────────────────────────────────────────────────
// Code-unit order, not localeCompare: the same on every machine, and far faster on 50k findings.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Most severe first (SEVERITY_RANK), then tool name, location, rule: a stable total order. */
function compareFindings(a, b) {
    return (model/* SEVERITY_RANK */.f3[b.severity] - model/* SEVERITY_RANK */.f3[a.severity] ||
        cmp(a.tool, b.tool) ||
        cmp(a.location.path, b.location.path) ||
        a.location.startLine - b.location.startLine ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.fingerprint, b.fingerprint));
}
/**
 * The first `k` items of a stable sort by `compare` (ties keep input order), without sorting or
 * copying all of them: the summary shows ten of what may be 100,000 findings.
 */
function firstSorted(items, k, compare) {
    if (k >= items.length)
        return [...items].sort(compare);
    const top = [];
    if (k <= 0)
        return top;
    for (const item of items) {
        // Not before the last kept one: a tie goes after it, as a stable sort would put it.
        if (top.length === k && compare(item, top[k - 1]) >= 0)
            continue;
        // After every kept item that is not greater (stable), before the first that is.
        let lo = 0;
        let hi = top.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (compare(top[mid], item) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        top.splice(lo, 0, item);
        if (top.length > k)
            top.pop();
    }
    return top;
}
function locationText(f, repoUrl, sha) {
    const { path, startLine, endLine } = f.location;
    const label = cell(`${path}:${startLine}`);
    const url = blobUrl(repoUrl, sha, path, startLine, endLine);
    return url ? `[${label}](${url})` : label;
}
/**
 * Severity cell: the CVSS score when there is one, what `unknown` counts as, and where the
 * severity came from (the record whose vector was scored, or the tool that rated it higher).
 */
function severityText(f, unknownSeverity) {
    const score = f.advisory?.cvssScore !== undefined ? ` ${f.advisory.cvssScore.toFixed(1)}` : '';
    // `unknown (counts as high)`: the label every channel shares (policy/severity.ts).
    const { label } = (0,severity/* presentSeverity */.nc)(f.severity, unknownSeverity ?? 'unknown');
    const source = f.severitySource ? `<br>${cell(f.severitySource, 160)}` : '';
    return `${SEVERITY_ICON[f.severity]} ${label}${score}${source}`;
}
/** What a finding says, in one line. Secret findings show only provider and masked preview. */
function findingText(f) {
    if (f.tool === 'secrets' || f.secret) {
        const provider = f.secret?.provider ?? 'secret';
        const masked = f.secret?.masked ?? '…';
        const fixture = f.secret?.testFixture ? ', test fixture' : '';
        return `${f.title} (${provider}: ${masked}${fixture})`;
    }
    const advisory = f.advisory ? ` [${f.advisory.id}]` : '';
    const pkg = f.package ? ` ${f.package.name} ${f.package.version}` : '';
    return `${f.message}${pkg}${advisory}`;
}
// ── the summary ──────────────────────────────────────────────────────────────────────────
const SEVERITY_ICON = {
    critical: '🟥',
    high: '🟧',
    medium: '🟨',
    low: '🟦',
    info: '⬜',
    unknown: '❔'
};
const STATUS_ICON = {
    ok: '✅',
    skipped: '⏭️',
    failed: '❌',
    'timed-out': '⏱️'
};
const TRIM_ORDER = [
    'top',
    'chart',
    'unscanned',
    'expiring',
    'runs',
    'warnings',
    'gates',
    'tools',
    'reasons'
];
function prepare(input, maxTop) {
    const counted = input.counted ?? input.findings.filter(f => !f.suppressed);
    // What fails the gate first, then most severe: the reviewer's reading order.
    const effective = (f) => (0,severity/* treatedAs */.oC)(f.severity, input.unknownSeverity ?? 'unknown');
    const fails = (f) => input.failOn !== undefined &&
        input.failOn !== 'none' &&
        model/* SEVERITY_RANK */.f3[effective(f)] >= model/* SEVERITY_RANK */.f3[input.failOn]
        ? 1
        : 0;
    const top = firstSorted(counted, Math.max(0, maxTop), (a, b) => fails(b) - fails(a) || compareFindings(a, b));
    // Failing gates first so trimming drops passing ones before any failure.
    const gates = [...input.gates].sort((a, b) => Number(a.passed) - Number(b.passed));
    const warnings = [...new Set([...input.verdict.warnings, ...input.warnings])];
    const expiring = [...(input.expiringSuppressions ?? [])].sort((a, b) => cmp(a.expires, b.expires));
    const runs = input.runs && input.runs.length > 1 ? input.runs : [];
    const { repoUrl, sha } = input;
    const unscanned = input.toolRuns.flatMap(r => (r.skipped ?? []).map(s => ({ tool: r.tool, ...s })));
    const rows = {
        reasons: input.verdict.reasons.map(r => `- ${cell(r, LINE_MAX_CHARS)}`),
        gates: gates.map(g => row([
            cell(g.gate),
            formatNumber(g.actual),
            `${escapeMarkdown(g.op)} ${formatNumber(g.limit)}`,
            g.baseline === undefined ? '—' : formatNumber(g.baseline),
            g.passed ? '✅ pass' : '❌ fail',
            cell(g.message)
        ])),
        top: top.map(f => row([
            severityText(f, input.unknownSeverity),
            escapeMarkdown(f.tool),
            cell(f.ruleId, 80),
            locationText(f, repoUrl, sha),
            cell(findingText(f))
        ])),
        tools: input.toolRuns.map(r => {
            // A tool that did not finish has no finding count: it must never read as "0 findings".
            const findings = r.status === 'ok' ? String(r.findings.length) : '—';
            const why = [r.reason, r.errors.length ? `${r.errors.length} tool error(s)` : undefined]
                .filter((x) => Boolean(x))
                .join('; ');
            return row([
                escapeMarkdown(r.tool),
                r.version ? cell(r.version, 40) : '—',
                `${STATUS_ICON[r.status]} ${r.status}`,
                formatDuration(r.durationMs),
                findings,
                why ? cell(why) : ''
            ]);
        }),
        // Capped before rendering: a tree of 100k skipped images must not cost 100k rows of work.
        unscanned: unscanned
            .slice(0, MAX_UNSCANNED_ROWS)
            .map(u => row([escapeMarkdown(u.tool), cell(u.path, 200), cell(u.reason)])),
        runs: runs.map(r => row([
            String(r.attempt),
            String(r.exit_code),
            formatNumber(r.execution_time_seconds),
            r.cpu_max === null ? units/* NOT_OBSERVED_LABEL */.q7 : formatNumber(r.cpu_max),
            r.memory_max_mb === null ? units/* NOT_OBSERVED_LABEL */.q7 : formatNumber(r.memory_max_mb)
        ])),
        expiring: expiring.map(e => row([escapeMarkdown(e.expires), cell(e.match), cell(e.reason)])),
        warnings: warnings.map(w => `- ${cell(w, LINE_MAX_CHARS)}`)
    };
    const suppressed = input.findings.filter(f => f.suppressed).length;
    return {
        input,
        counted,
        suppressed,
        top,
        gates,
        warnings,
        expiring,
        runs,
        unscanned: unscanned.length,
        chart: renderCharts(input.metrics),
        rows,
        severityTable: renderSeverityByTool(counted, suppressed)
    };
}
function fullPlan(p) {
    return {
        top: p.top.length,
        chart: p.chart ? 1 : 0,
        unscanned: p.rows.unscanned.length,
        expiring: p.expiring.length,
        runs: p.runs.length,
        warnings: p.warnings.length,
        gates: p.gates.length,
        tools: p.input.toolRuns.length,
        reasons: p.input.verdict.reasons.length
    };
}
function countsLine(counts) {
    const parts = model/* SEVERITIES */.oC.filter(s => counts[s] > 0).map(s => `${SEVERITY_ICON[s]} ${counts[s]} ${s}`);
    return parts.length ? parts.join(' · ') : 'no findings that count';
}
function renderVerdict(p, plan) {
    const v = p.input.verdict;
    const head = v.passed ? '## ✅ runguard: passed' : '## ❌ runguard: failed';
    const lines = [head, ''];
    const reasons = p.rows.reasons.slice(0, plan.reasons);
    if (reasons.length)
        lines.push(...reasons);
    else if (!v.passed)
        lines.push('- (no reason recorded)');
    const tail = more(reasons.length, v.reasons.length, 'reasons');
    return lines.join('\n') + tail + `\n\n**Findings:** ${countsLine(v.counts)}`;
}
function renderGates(p, plan) {
    if (p.gates.length === 0)
        return '';
    const rows = p.rows.gates.slice(0, plan.gates);
    return ('### Gates\n\n' +
        table(['Gate', 'Actual', 'Limit', 'Baseline', 'Result', 'Details'], rows) +
        more(rows.length, p.gates.length, 'gates'));
}
function renderSeverityByTool(counted, suppressed) {
    if (counted.length === 0 && suppressed === 0)
        return '';
    // One pass over what may be 100,000 findings: a count per severity and tool.
    const bySeverity = new Map();
    const toolSet = new Set();
    for (const f of counted) {
        toolSet.add(f.tool);
        let ofSeverity = bySeverity.get(f.severity);
        if (!ofSeverity)
            bySeverity.set(f.severity, (ofSeverity = new Map()));
        ofSeverity.set(f.tool, (ofSeverity.get(f.tool) ?? 0) + 1);
    }
    const tools = [...toolSet].sort();
    const rows = [];
    for (const s of model/* SEVERITIES */.oC) {
        const ofSeverity = bySeverity.get(s);
        if (!ofSeverity)
            continue;
        let total = 0;
        for (const n of ofSeverity.values())
            total += n;
        rows.push(row([
            `${SEVERITY_ICON[s]} ${s}`,
            ...tools.map(t => String(ofSeverity.get(t) ?? 0)),
            `**${total}**`
        ]));
    }
    const note = suppressed ? `\n\n${suppressed} suppressed finding(s) not counted.` : '';
    if (rows.length === 0)
        return `### Findings\n\nNo findings that count.${note}`;
    return ('### Findings by severity and tool\n\n' +
        table(['Severity', ...tools.map(t => escapeMarkdown(t)), 'Total'], rows) +
        note);
}
function renderTop(p, plan) {
    if (p.top.length === 0)
        return '';
    const rows = p.rows.top.slice(0, plan.top);
    const title = p.counted.length > p.top.length
        ? `### Top ${p.top.length} of ${p.counted.length} findings`
        : '### Top findings';
    return (`${title}\n\n` +
        (rows.length ? table(['Severity', 'Tool', 'Rule', 'Location', 'Finding'], rows) : '') +
        more(rows.length, p.top.length, 'findings'));
}
function renderTools(p, plan) {
    const runs = p.input.toolRuns;
    if (runs.length === 0)
        return '';
    const rows = p.rows.tools.slice(0, plan.tools);
    return ('### Tools\n\n' +
        table(['Tool', 'Version', 'Status', 'Duration', 'Findings', 'Reason'], rows) +
        more(rows.length, runs.length, 'tools'));
}
/** Rows of the "Not scanned" table before the count alone stands for the rest. */
const MAX_UNSCANNED_ROWS = 50;
function renderUnscanned(p, plan) {
    if (p.unscanned === 0)
        return '';
    const rows = p.rows.unscanned.slice(0, plan.unscanned);
    const gate = p.input.failOnUnscanned
        ? 'fail-on-unscanned is on: each one fails the verdict.'
        : 'fail-on-unscanned is off: listed only.';
    return (`### Not scanned\n\n${p.unscanned} path(s) a scanner skipped (size, depth, type, ` +
        `excluded directory or the scanner's own ignore rules). ${gate}\n\n` +
        (rows.length ? table(['Tool', 'Path', 'Reason'], rows) : '') +
        (rows.length < p.unscanned
            ? `\n\n_…and ${p.unscanned - rows.length} more (counted per tool in the SARIF run properties)._`
            : ''));
}
/** Lists in the environment section show this many names, then a count. */
const ENVIRONMENT_LIST = 20;
/** Which environment was read, how its packages came in, and where dependency findings sit. */
function renderEnvironment(p) {
    const e = p.input.environment;
    if (!e)
        return '';
    const list = (items) => items.slice(0, ENVIRONMENT_LIST).join(', ') +
        (items.length > ENVIRONMENT_LIST ? ` and ${items.length - ENVIRONMENT_LIST} more` : '');
    const lines = [
        '### Installed environment',
        `${e.packages} packages of Python ${escapeMarkdown(e.pythonVersion)}, read from ${escapeMarkdown(e.how)}: ` +
            `${e.direct} direct, ${e.transitive} transitive, ${e.unlisted} required by nothing the manifests list` +
            (e.optional > 0 ? ` (${e.optional} needed only by development or optional entries)` : '') +
            '.'
    ];
    const byRelationship = new Map();
    for (const f of p.counted) {
        const r = f.dependency?.relationship ?? (f.dependency ? 'manifest only' : undefined);
        if (r !== undefined)
            byRelationship.set(r, (byRelationship.get(r) ?? 0) + 1);
    }
    if (byRelationship.size > 0)
        lines.push('Dependency findings: ' +
            [...byRelationship]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([r, n]) => `${n} ${r}`)
                .join(' · '));
    const rt = e.runtime;
    if (rt && !rt.recorded)
        lines.push(`What the script loaded: not recorded (${escapeMarkdown(rt.why)}).`);
    if (rt?.recorded) {
        lines.push(`What the script loaded (its own import record, ${rt.processes} Python process(es) over every attempt): ` +
            `${rt.loaded.length} of ${e.packages} installed packages` +
            (rt.loaded.length > 0 ? `: ${escapeMarkdown(list(rt.loaded))}` : '') +
            '.');
        const group = (runtime) => {
            const hits = p.counted.filter(f => f.dependency?.runtime === runtime && f.package);
            const names = [...new Set(hits.map(f => `${f.package?.name} ${f.package?.version}`))];
            return `${hits.length}${names.length > 0 ? ` (${escapeMarkdown(list(names))})` : ''}`;
        };
        lines.push(`Dependency findings loaded at run time: ${group('loaded')} · not loaded in this run: ${group('not-loaded')}. ` +
            (rt.failOnLoadedOnly
                ? 'fail-on-loaded-only is on: findings not loaded in this run are reported but do not fail the gate.'
                : 'fail-on-loaded-only is off: both groups count.'));
    }
    if (e.mismatches.length > 0)
        lines.push(`Manifest pins the environment contradicts: ${escapeMarkdown(list(e.mismatches))}`);
    if (e.unknownLicenses.length > 0)
        lines.push(`Licence unknown: ${escapeMarkdown(list(e.unknownLicenses))}`);
    return lines.join('\n\n');
}
function renderScript(p, plan) {
    const m = p.input.metrics;
    if (!m)
        return '';
    const parts = ['### Script'];
    const facts = [
        `exit code ${m.exit_code}${m.signal ? ` (${escapeMarkdown(m.signal)})` : ''}`,
        `${formatNumber(m.execution_time_seconds)} s`,
        m.cpu_max === null || m.cpu_avg === null
            ? `CPU ${units/* NOT_OBSERVED_LABEL */.q7}`
            : `CPU max ${formatNumber(m.cpu_max)} % / avg ${formatNumber(m.cpu_avg)} %`,
        m.memory_max_mb === null
            ? `memory ${units/* NOT_OBSERVED_LABEL */.q7}`
            : `memory max ${formatNumber(m.memory_max_mb)} MiB`,
        `threads ${m.num_threads ?? units/* NOT_OBSERVED_LABEL */.q7}`,
        `fds ${m.num_fds ?? units/* NOT_OBSERVED_LABEL */.q7}`
    ];
    if (m.timedOut)
        facts.unshift('**timed out**');
    parts.push(facts.join(' · '));
    // Why some numbers are missing: never gated, and never read as 0 (model.ts, MeasurementInfo).
    if (m.measurement.notObserved)
        parts.push(`_${escapeMarkdown(m.measurement.notObserved)}_`);
    if (p.runs.length > 1 && plan.runs > 0) {
        const rows = p.rows.runs.slice(0, plan.runs);
        parts.push(table(['Attempt', 'Exit', 'Time (s)', 'CPU max %', 'Memory max (MiB)'], rows) +
            more(rows.length, p.runs.length, 'runs'));
    }
    if (plan.chart && p.chart)
        parts.push(p.chart);
    const notes = m.measurement.notes;
    if (notes.length)
        parts.push(`_Measurement (${cell(m.measurement.method, 40)}): ${cell(notes.join('; '), LINE_MAX_CHARS)}_`);
    return parts.join('\n\n');
}
function renderExpiring(p, plan) {
    if (p.expiring.length === 0)
        return '';
    const rows = p.rows.expiring.slice(0, plan.expiring);
    return ('### Suppressions expiring soon\n\n' +
        (rows.length ? table(['Expires', 'Matches', 'Reason'], rows) : '') +
        more(rows.length, p.expiring.length, 'suppressions'));
}
function renderWarnings(p, plan) {
    const omitted = p.input.annotationsOmitted;
    const lines = p.rows.warnings.slice(0, plan.warnings);
    if (omitted) {
        const levels = ['error', 'warning', 'notice'].filter(k => omitted[k] > 0);
        const total = levels.reduce((n, k) => n + omitted[k], 0);
        if (total > 0)
            lines.push(`- ${total} finding(s) had no annotation (GitHub shows at most 10 of each level per ` +
                `step): ${levels.map(k => `${omitted[k]} ${k}`).join(', ')}`);
    }
    if (lines.length === 0 && p.warnings.length === 0)
        return '';
    const kept = Math.min(plan.warnings, p.warnings.length);
    return '### Warnings\n\n' + lines.join('\n') + more(kept, p.warnings.length, 'warnings');
}
function renderReports(p) {
    const reports = p.input.reports;
    if (reports.length === 0)
        return '';
    return ('### Reports\n\n' +
        reports.map(r => `- ${escapeMarkdown(r.kind)}: ${cell(r.path, 300)}`).join('\n'));
}
function renderAll(p, plan, omittedRows) {
    const sections = [
        renderVerdict(p, plan),
        renderGates(p, plan),
        p.severityTable,
        renderTop(p, plan),
        renderTools(p, plan),
        renderUnscanned(p, plan),
        renderScript(p, plan),
        renderEnvironment(p),
        renderTrendSection(p.input.trend),
        renderExpiring(p, plan),
        renderWarnings(p, plan),
        renderReports(p)
    ].filter(s => s !== '');
    if (omittedRows > 0 || (p.chart && !plan.chart)) {
        const chart = p.chart && !plan.chart ? ' (timeline chart omitted)' : '';
        sections.push(`> summary truncated: ${omittedRows} rows omitted${chart}`);
    }
    return sections.join('\n\n') + '\n';
}
function omitted(full, plan) {
    return TRIM_ORDER.filter(k => k !== 'chart').reduce((n, k) => n + full[k] - plan[k], 0);
}
/** The job summary / `summaryFile` markdown, at most `maxBytes` UTF-8 bytes. */
function renderSummary(input, opts = {}) {
    const max = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const redact = opts.redact ?? ((s) => s);
    const p = prepare(input, opts.maxTopFindings ?? DEFAULT_TOP_FINDINGS);
    const full = fullPlan(p);
    const trimmed = trimToFit(full, TRIM_ORDER, plan => renderAll(p, plan, omitted(full, plan)), text => utf8Bytes(text) <= max);
    const text = trimmed.fits
        ? trimmed.text
        : cutAtLine(trimmed.text, `\n\n> summary truncated: ${omitted(full, trimmed.plan)} rows omitted and the rest cut to fit\n`, max);
    // Redaction only shortens text (`***` replaces values of 4+ characters), so fitting first
    // and redacting after keeps the cap.
    return redact(text);
}
/** Longest list of gate changes the PR comment shows; the rest are counted. */
const PR_COMMENT_GATE_CHANGES = 30;
/** The PR comment's list of what the change did to the gate (none: no section). */
function renderGateChanges(changes) {
    if (changes.length === 0)
        return '';
    const shown = changes.slice(0, PR_COMMENT_GATE_CHANGES).map(c => `- ${cell(c, 300)}`);
    const rest = changes.length - shown.length;
    return ('**What this change does to the gate**\n\n' +
        shown.join('\n') +
        (rest > 0 ? `\n- … and ${rest} more in the job summary` : ''));
}
/**
 * The sticky comment: marker, verdict with reasons, tool line, top findings, what the change
 * did to the gate, link to the run.
 */
function renderPrComment(input, opts = {}) {
    const max = Math.min(opts.maxChars ?? PR_COMMENT_MAX_CHARS, PR_COMMENT_MAX_CHARS);
    const redact = opts.redact ?? ((s) => s);
    const p = prepare(input, opts.maxTopFindings ?? 10);
    // The comment never shows these sections, so they do not count as omitted.
    const full = {
        ...fullPlan(p),
        chart: 0,
        unscanned: 0,
        expiring: 0,
        runs: 0,
        warnings: 0,
        tools: 0
    };
    const runLink = safeUrl(input.runUrl);
    const render = (plan) => {
        const tools = input.toolRuns
            .map(r => `${escapeMarkdown(r.tool)} ${STATUS_ICON[r.status]}`)
            .join(' · ');
        const failedGates = p.gates.filter(g => !g.passed).slice(0, plan.gates);
        const sections = [
            PR_COMMENT_MARKER,
            renderVerdict(p, plan).replace(/^## /, '### '),
            tools ? `**Tools:** ${tools}` : '',
            failedGates.length
                ? '**Failed gates**\n\n' +
                    failedGates.map(g => `- ${cell(g.gate)}: ${cell(g.message)}`).join('\n')
                : '',
            renderTop(p, plan).replace(/^### /, '#### '),
            renderGateChanges(input.gateChanges ?? []),
            runLink ? `[Full report and charts](${runLink})` : ''
        ].filter(s => s !== '');
        const n = omitted(full, plan);
        if (n > 0)
            sections.push(`> comment truncated: ${n} rows omitted`);
        return sections.join('\n\n') + '\n';
    };
    const order = ['top', 'gates', 'reasons'];
    let { text } = trimToFit(full, order, render, t => t.length <= max);
    if (text.length > max)
        text = text.slice(0, max - 40) + '\n\n> comment truncated\n';
    return redact(text);
}


/***/ }),

/***/ 8307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ cachedProbe),
/* harmony export */   Ss: () => (/* binding */ probeKey),
/* harmony export */   YC: () => (/* binding */ forgetProbe),
/* harmony export */   yk: () => (/* binding */ rememberProbe)
/* harmony export */ });
/* unused harmony exports CACHE_FILE, resetProbeCache */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _trust_tool_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97060);



/**
 * Remembers what a tool's `--version` probe printed, so detection stays off the hot path:
 * `semgrep --version` alone takes seconds (a Python start plus its own imports) and used to run
 * before every Semgrep scan. An entry is keyed by the program's resolved path, its real path,
 * size, mtime and ctime, and the probe's arguments: reinstalling, upgrading or replacing the
 * program (pip rewrites its entry script) changes the key, so a stale version is never used.
 *
 * The cache is one JSON file in the tools directory, which runguard already trusts to hold the
 * programs it runs (checkToolsDir keeps it outside the workspace), so a pull request cannot
 * plant entries. Reading or writing it never fails a scan: a missing, unreadable, corrupt or
 * read-only cache just means the probe runs.
 */
const CACHE_FILE = 'detect-cache.json';
/** A larger file is not ours (or is corrupt): ignore it. */
const MAX_CACHE_BYTES = 1024 * 1024;
/** Probe output kept per entry: a version banner, not a log. */
const MAX_OUTPUT_CHARS = 4096;
const MAX_ENTRIES = 200;
/**
 * The cache key for running `program args` under `pathValue`, or undefined when the program
 * cannot be resolved (or resolves inside the workspace: the exec wrapper refuses it anyway).
 */
function probeKey(program, args, pathValue, workspace) {
    try {
        const resolved = (0,_trust_tool_path_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveTool */ .Hj)(program, pathValue, workspace);
        if (resolved === undefined)
            return undefined;
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(resolved);
        return JSON.stringify([
            resolved,
            (0,_trust_tool_path_js__WEBPACK_IMPORTED_MODULE_2__/* .realpathLenient */ .DD)(resolved),
            st.size,
            st.mtimeMs,
            st.ctimeMs,
            st.ino,
            args
        ]);
    }
    catch {
        return undefined;
    }
}
/** Cached probe outputs per cache file, loaded once per process. */
const loaded = new Map();
function load(file) {
    let entries = loaded.get(file);
    if (entries)
        return entries;
    entries = new Map();
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size <= MAX_CACHE_BYTES) {
            const data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
            if (data.v === 1 && data.entries && typeof data.entries === 'object') {
                for (const [k, v] of Object.entries(data.entries))
                    if (typeof v === 'string')
                        entries.set(k, v);
            }
        }
    }
    catch {
        // No cache yet, or not readable as ours: start empty.
    }
    loaded.set(file, entries);
    return entries;
}
/** The probe output recorded for `key` in `toolsDir`'s cache. */
function cachedProbe(toolsDir, key) {
    return load(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(toolsDir, CACHE_FILE)).get(key);
}
/** Records a successful probe's output; best effort (atomic rename, errors ignored). */
function rememberProbe(toolsDir, key, output) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(toolsDir, CACHE_FILE);
    const entries = load(file);
    entries.set(key, output.slice(0, MAX_OUTPUT_CHARS));
    // Oldest first out: Map keeps insertion order.
    while (entries.size > MAX_ENTRIES)
        entries.delete(entries.keys().next().value);
    save(toolsDir, file, entries);
}
/** Writes the whole cache (temp file + rename: a concurrent reader never sees half of it). */
function save(toolsDir, file, entries) {
    const data = { v: 1, entries: Object.fromEntries(entries) };
    const tmp = `${file}.${process.pid}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(toolsDir, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, JSON.stringify(data), { mode: 0o644 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
    }
    catch {
        // Read-only or missing tools directory: the probe simply runs next time too.
    }
}
/** Forgets what was loaded (tests). */
function resetProbeCache() {
    loaded.clear();
}
/** Drops the entry for `key` (a cached fact turned out wrong); best effort like rememberProbe. */
function forgetProbe(toolsDir, key) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(toolsDir, CACHE_FILE);
    const entries = load(file);
    if (entries.delete(key))
        save(toolsDir, file, entries);
}


/***/ }),

/***/ 12755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ severityFromScore)
/* harmony export */ });
// Apart from severity.ts, which loads the CVSS calculator (about 190 kB evaluated at import):
// the policy ranks severities on every command and needs only these bands.
/** CVSS v3/v4 qualitative bands; a base score of 0.0 is "None", which we report as info. */
function severityFromScore(score) {
    if (!Number.isFinite(score) || score < 0 || score > 10)
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'info';
}


/***/ }),

/***/ 91654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ envValue),
/* harmony export */   cr: () => (/* binding */ telemetryRequested),
/* harmony export */   eg: () => (/* binding */ otlpHeaderSecrets)
/* harmony export */ });
/**
 * Whether telemetry is asked for, and which values of its variables are secrets. Imported at
 * start-up by the pipeline, so it stays free of dependencies: the OpenTelemetry SDK loads only
 * when this says yes (src/telemetry/index.ts).
 */
const HEADER_VARIABLES = [
    'OTEL_EXPORTER_OTLP_HEADERS',
    'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
    'OTEL_EXPORTER_OTLP_METRICS_HEADERS'
];
/** Non-empty value of a variable (the OpenTelemetry spec treats empty as unset). */
function envValue(env, name) {
    const value = env[name]?.trim();
    return value ? value : undefined;
}
/**
 * True when an OTLP endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT or a signal's own endpoint)
 * and the SDK is not disabled (OTEL_SDK_DISABLED=true). Without an endpoint nothing is
 * exported: a default of localhost:4318 would make every run wait on a collector nobody runs.
 */
function telemetryRequested(env) {
    if (envValue(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true')
        return false;
    return ['', 'TRACES_', 'METRICS_'].some(s => envValue(env, `OTEL_EXPORTER_OTLP_${s}ENDPOINT`));
}
/**
 * The values of the OTLP header variables (`key=value,…`, values percent-encoded), raw and
 * decoded: they carry API keys, so the run's redactor masks them wherever they could appear.
 */
function otlpHeaderSecrets(env) {
    const secrets = [];
    for (const name of HEADER_VARIABLES) {
        const raw = envValue(env, name);
        if (!raw)
            continue;
        for (const pair of raw.split(',')) {
            const eq = pair.indexOf('=');
            if (eq < 0)
                continue;
            const value = pair.slice(eq + 1).trim();
            if (!value)
                continue;
            secrets.push(value);
            try {
                const decoded = decodeURIComponent(value);
                if (decoded !== value)
                    secrets.push(decoded);
            }
            catch {
                // Not valid percent-encoding: the raw value is what would be sent, already listed.
            }
        }
    }
    return secrets;
}


/***/ }),

/***/ 88858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lZ: () => (/* binding */ revisionProblem)
/* harmony export */ });
/* unused harmony exports isSafeRevision, withRevisions */
/* harmony import */ var _util_git_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98109);
/**
 * Values that reach `git` as revisions (the `base-ref` setting, the event's base sha) are checked
 * here first: a full or abbreviated commit id, or a ref name that `git check-ref-format` would
 * accept, optionally followed by `~N` / `^N`. Anything else — above all a value starting with
 * `-`, which git would read as an option (`--upload-pack=<command>` runs a command on fetch) — is
 * refused. Callers also put revisions after `--end-of-options`, so a value that slipped through
 * could still never be an option.
 */

/** Full (SHA-1 or SHA-256) or abbreviated commit id. */
const COMMIT_ID = /^[0-9a-f]{7,64}$/i;
/** `~`, `~3`, `^`, `^2` suffixes, repeated. */
const ANCESTRY = /(?:[~^]\d{0,4})*$/;
/**
 * Why `value` may not be given to git as a revision, or undefined when it may: a commit id, or a
 * checked ref name with optional `~N`/`^N` suffixes.
 */
function revisionProblem(value) {
    if (COMMIT_ID.test(value))
        return undefined;
    const suffix = ANCESTRY.exec(value)?.[0] ?? '';
    const name = value.slice(0, value.length - suffix.length);
    return (0,_util_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .refNameProblem */ .C)(name);
}
/** True when `value` is a commit id or a checked ref name (see revisionProblem). */
function isSafeRevision(value) {
    return revisionProblem(value) === undefined;
}
/**
 * `args` with `--end-of-options` before the first revision argument: everything after it is a
 * revision or path, never an option, whatever it looks like (git 2.24+).
 */
function withRevisions(options, revisions) {
    return [...options, '--end-of-options', ...revisions];
}


/***/ }),

/***/ 97060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ realpathLenient),
/* harmony export */   Hj: () => (/* binding */ resolveTool),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   xW: () => (/* binding */ checkToolsDir),
/* harmony export */   zu: () => (/* binding */ trustedPath)
/* harmony export */ });
/* unused harmony export UntrustedToolError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * Where scanners may be executed from. Repository content never runs (SECURITY.md, promise 4): the tools
 * directory must resolve outside the workspace, PATH entries inside the workspace (or relative
 * ones, which resolve against it) are dropped before a tool is looked up, and the file a tool
 * name resolves to is checked again after following symlinks. runguard's own tools directory
 * comes first, so the pinned versions win over others on PATH.
 */
/** Real path of `p`, or of its deepest existing ancestor with the rest appended. */
function realpathLenient(p) {
    const rest = [];
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(current), ...rest.reverse());
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
            current = parent;
        }
    }
}
/** True when `p` is `root` or below it, after resolving symlinks on both. */
function isWithin(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realpathLenient(root), realpathLenient(p));
    return rel === '' || (!rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** Throws a ConfigurationError when the tools directory resolves inside the workspace. */
function checkToolsDir(toolsDir, workspace) {
    if (isWithin(workspace, toolsDir))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`tools-dir ${toolsDir} is inside the workspace ${workspace}: runguard never runs tools from the repository (a pull request could put its own program there); choose a directory outside it, e.g. ~/.cache/runguard-tools`, { field: 'tools-dir', value: toolsDir });
}
/**
 * PATH for running scanners: `toolDirs` first (runguard's pinned tools), then the caller's PATH
 * without relative entries and without entries that resolve inside the workspace.
 */
function trustedPath(pathValue, toolDirs, workspace) {
    const kept = pathValue
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))
        .filter(dir => dir !== '' && node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(dir) && !isWithin(workspace, dir));
    return [...new Set([...toolDirs, ...kept])].join((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter));
}
/** Thrown when a tool name resolves to a program inside the workspace. */
class UntrustedToolError extends Error {
}
function isExecutableFile(file) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The absolute program `command` runs as with `pathValue`, or undefined when not found. A name
 * with a slash is taken as a path. Throws UntrustedToolError when the program, after following
 * symlinks, lies inside the workspace.
 */
function resolveTool(command, pathValue, workspace) {
    const candidates = command.includes('/')
        ? [node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(command)]
        : pathValue
            .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))
            .filter(d => d !== '')
            .map(d => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, command));
    const found = candidates.find(isExecutableFile);
    if (found === undefined)
        return undefined;
    if (isWithin(workspace, found))
        throw new UntrustedToolError(`${command} resolves to ${realpathLenient(found)}, inside the workspace; runguard never runs programs from the repository`);
    return found;
}


/***/ }),

/***/ 38752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ GATE_SETTINGS),
/* harmony export */   Hs: () => (/* binding */ trustsBase),
/* harmony export */   ZX: () => (/* binding */ changedSuppressions),
/* harmony export */   hc: () => (/* binding */ changedGateSettings),
/* harmony export */   tI: () => (/* binding */ baseCommit),
/* harmony export */   wG: () => (/* binding */ TRUST_MODES),
/* harmony export */   zX: () => (/* binding */ readAtCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _git_revision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88858);





/**
 * Which commit's `.runguard.yml` and ignore file decide the gate (SECURITY.md, promise 4). Under
 * `pull_request_target` (the workflow and its secrets come from the base branch), or when the
 * workflow sets `trusted-config: base`, the settings a change could use to lower the gate are
 * taken from the base commit's config file, and the suppressions from the base commit's ignore
 * file; what the change tried to alter is listed. Files are read from git objects with
 * `git cat-file`, never from the working tree the change wrote.
 */
/** Settings that can lower the gate: under `trusted-config: base` they come from the base. */
const GATE_SETTINGS = [
    'failOn',
    'reportLevel',
    'unknownSeverity',
    'scanners',
    'paths',
    'exclude',
    'gates',
    'baseline',
    'regressionThreshold',
    'regressionThresholds',
    'toolsDir',
    'installTools',
    'requireTools',
    'failOnToolError',
    'failOnUnscanned',
    'ignoreFile',
    'baselineSarif',
    'secretsScan',
    'secretsMaxFileSize',
    'semgrepConfig',
    'semgrepNoDefaultRules',
    'banditSeverity',
    'banditConfidence',
    'osvDb',
    'safetyDb',
    'scanEnvironment',
    'allowLicenses',
    'denyLicenses',
    'recordImports',
    'failOnLoadedOnly'
];
const TRUST_MODES = ['auto', 'base', 'head'];
/** True when the base commit's files decide: `base`, or `auto` under pull_request_target. */
function trustsBase(mode, env) {
    return mode === 'base' || (mode === 'auto' && env.GITHUB_EVENT_NAME === 'pull_request_target');
}
/**
 * The base commit of this change: `base-ref` when given, else the pull request's base sha (or a
 * push's `before`) from the event payload. Undefined when there is none (a local run).
 */
function baseCommit(baseRef, env) {
    const candidate = baseRef ?? eventBase(env);
    if (candidate === undefined)
        return undefined;
    const problem = (0,_git_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionProblem */ .lZ)(candidate);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`base commit ${JSON.stringify(candidate)} refused: it ${problem}`, {
            field: 'base-ref',
            value: candidate
        });
    return candidate;
}
function eventBase(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const pr = event.pull_request?.base?.sha;
        if (typeof pr === 'string' && pr !== '')
            return pr;
        if (typeof event.before === 'string' && !/^0*$/.test(event.before))
            return event.before;
    }
    catch {
        // No readable event: no base.
    }
    return undefined;
}
const git = (workspace, args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024
});
/**
 * A file's text as it is in `commit`, or undefined when the commit has no such file. A commit
 * missing from a shallow clone is fetched first. Throws ConfigurationError when the commit
 * cannot be had (the gate must not silently fall back to the change's own files).
 */
function readAtCommit(workspace, commit, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file)).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel))
        return undefined;
    const has = () => {
        try {
            git(workspace, ['cat-file', '-e', '--end-of-options', `${commit}^{commit}`]);
            return true;
        }
        catch {
            return false;
        }
    };
    if (!has()) {
        try {
            git(workspace, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', commit]);
        }
        catch {
            // reported below
        }
        if (!has())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`trusted-config: the base commit ${commit} is not in this clone and could not be fetched, so the gate settings cannot be read from it; check out with fetch-depth: 0, or set trusted-config: head`, { field: 'trusted-config', value: commit });
    }
    try {
        return git(workspace, ['cat-file', 'blob', '--end-of-options', `${commit}:${rel}`]);
    }
    catch {
        return undefined;
    }
}
/** One line per gate setting whose value the change differs in from the base. */
function changedGateSettings(base, head, names = {}) {
    const show = (v) => (v === undefined ? '(not set)' : JSON.stringify(v));
    return GATE_SETTINGS.filter(k => JSON.stringify(base[k]) !== JSON.stringify(head[k])).map(k => `${names[k] ?? k}: ${show(base[k])} → ${show(head[k])}`);
}
const entryKey = (e) => JSON.stringify([e.id, e.rule, e.path, e.fingerprint, e.tool, e.reason, e.expires]);
const describe = (e) => [
    e.id && `id ${e.id}`,
    e.rule && `rule ${e.rule}`,
    e.path && `path ${e.path}`,
    e.fingerprint && `fingerprint ${e.fingerprint}`,
    e.tool && `tool ${e.tool}`,
    e.expires && `until ${e.expires}`
]
    .filter(Boolean)
    .join(', ') + ` — "${e.reason}"`;
/**
 * Suppressions the change added or changed: entries of the head ignore file that the base one
 * does not have word for word (line numbers aside). Removed entries only make the gate stricter.
 */
function changedSuppressions(base, head) {
    const known = new Set(base.entries.map(entryKey));
    return head.entries
        .filter(e => !known.has(entryKey(e)))
        .map(e => `${head.path}:${e.line}: ${describe(e)}`);
}


/***/ }),

/***/ 95105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ openAtomicWriter),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   m7: () => (/* binding */ openFileAtomic)
/* harmony export */ });
/* unused harmony export UnsafeOutputPathError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Writes a report file so that no reader ever sees a half-written or mixed file and no symlink
 * redirects it: the text goes to a fresh temporary file in the same directory (created with
 * O_EXCL|O_NOFOLLOW, so nothing that already exists is opened), which is then renamed over the
 * target in one step. Two runs writing the same path each rename their own complete file; the
 * last one wins whole. A symlink at the target path is refused, not followed or replaced: a
 * pull request can commit `runguard.sarif -> ~/.bashrc`. With `root`, a target inside `root`
 * whose directory resolves outside it (a committed symlinked directory) is refused too.
 */
/** Thrown when the target is a symlink or escapes `root` through one. */
class UnsafeOutputPathError extends Error {
}
const inside = (parent, child) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
};
/** Checks the target and opens a fresh temporary file beside it; returns both paths and the handle. */
async function prepare(file, options) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(target).catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    });
    if (existing?.isSymbolicLink())
        throw new UnsafeOutputPathError(`${file} is a symbolic link; runguard does not write through links (remove it, or choose another path)`);
    if (existing?.isDirectory())
        throw new UnsafeOutputPathError(`${file} is a directory`);
    if (options.root !== undefined) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.root);
        if (inside(root, target)) {
            const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
            const realDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(dir);
            if (!inside(realRoot, realDir))
                throw new UnsafeOutputPathError(`${file} is inside the workspace but its directory resolves to ${realDir}, outside it (a symbolic link); runguard does not write there`);
        }
    }
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0), options.mode ?? 0o644);
    return { target, temp, handle };
}
/** Writes the chunks, closes, and renames the temporary file over the target. */
async function finish(prepared, data) {
    const { target, temp, handle } = prepared;
    try {
        try {
            for (const chunk of typeof data === 'string' ? [data] : data)
                await handle.write(chunk, null, 'utf8');
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/** Writes `data` (text, or chunks of text written in order) to `file` atomically. */
async function writeFileAtomic(file, data, options = {}) {
    await finish(await prepare(file, options), data);
}
/**
 * Checks `file` and opens its temporary file now (so a path that cannot be written fails early),
 * and returns the function that writes the text and renames it into place (once).
 */
async function openFileAtomic(file, options = {}) {
    const prepared = await prepare(file, options);
    return data => finish(prepared, data);
}
/**
 * Like openFileAtomic, for text produced piece by piece that must not be held whole (a large
 * SARIF log): each piece is written as it comes, and nothing is visible at the target until
 * `commit`. Same checks: no link followed, nothing outside `root`.
 */
async function openAtomicWriter(file, options = {}) {
    const { target, temp, handle } = await prepare(file, options);
    let position = 0;
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        await handle.close();
    };
    return {
        async write(text) {
            const bytes = Buffer.from(text, 'utf8');
            for (let offset = 0; offset < bytes.length;) {
                const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position);
                offset += bytesWritten;
                position += bytesWritten;
            }
        },
        async rewind() {
            await handle.truncate(0);
            position = 0;
        },
        async commit() {
            try {
                await close();
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
                throw error;
            }
        },
        async abort() {
            await close().catch(() => undefined);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        }
    };
}


/***/ }),

/***/ 34282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readBoundedText),
/* harmony export */   o: () => (/* binding */ UnreadableFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/** Why a file was not read: not a regular file (a FIFO, a device, a directory) or too large. */
class UnreadableFileError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'UnreadableFileError';
    }
}
/**
 * Reads a regular file as UTF-8, never more than `maxBytes`. Opened non-blocking (a FIFO
 * planted under a manifest's name must not hang the run at open), checked on the open
 * descriptor (no swap between check and read), and read with a cap (a file that grows after
 * the check, or lies about its size, still stops at the bound).
 */
async function readBoundedText(file, maxBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new UnreadableFileError('not a regular file', 'not-a-file');
        if (info.size > maxBytes)
            throw new UnreadableFileError(`larger than ${maxBytes} bytes`, 'too-large');
        const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 4096)));
        let length = 0;
        for (;;) {
            if (length === buffer.length)
                break;
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            throw new UnreadableFileError(`larger than ${maxBytes} bytes`, 'too-large');
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 98109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ refNameProblem),
/* harmony export */   I: () => (/* binding */ remoteProblem)
/* harmony export */ });
/**
 * Names that reach `git` as arguments (a branch name from the settings, a remote URL) are
 * checked here first. A value starting with `-` would be read as an option (`--upload-pack=<cmd>`
 * runs a command on fetch), and a remote such as `ext::sh -c …` runs a command by itself, so
 * anything that is not a plain ref name or an https/http/file location is refused before git
 * sees it. Callers also put such values after `--end-of-options` where git accepts it.
 */
/** Why `name` is not a ref name `git check-ref-format` accepts, or undefined when it is. */
function refNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (name.length > 255)
        return 'is longer than 255 characters';
    if (name.startsWith('-'))
        return 'starts with "-" (git would read it as an option)';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name))
        return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return 'contains ".."';
    if (name.includes('@{'))
        return 'contains "@{"';
    if (name === '@')
        return 'is "@"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'has an empty path component';
    if (name.endsWith('.'))
        return 'ends with "."';
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return 'has a component starting with "."';
        if (part.endsWith('.lock'))
            return 'has a component ending with ".lock"';
    }
    return undefined;
}
/**
 * Why `url` may not be used as a git remote, or undefined when it may: an `https://`, `http://`
 * or `file://` URL without credentials in it, or an absolute local path. Credentials travel in
 * a header from the environment, never in the URL (git prints remote URLs in its messages).
 */
function remoteProblem(url) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f]/.test(url))
        return 'contains a space or a control character';
    if (url.startsWith('-'))
        return 'starts with "-" (git would read it as an option)';
    if (url.startsWith('/'))
        return url.includes('::') ? 'contains "::"' : undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return 'is neither a URL nor an absolute path';
    }
    if (!['https:', 'http:', 'file:'].includes(parsed.protocol))
        return `uses ${parsed.protocol.replace(/:$/, '')}; only https, http and file are allowed`;
    if (parsed.username || parsed.password)
        return 'contains credentials; runguard sends the token as a header, never in the URL';
    return undefined;
}


/***/ }),

/***/ 64519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readGitHubContext)
/* harmony export */ });
/* unused harmony exports prNumberFromPayload, isForkPullRequest, refForEvent */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);


const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
]);
function nonEmpty(v) {
    return v !== undefined && v.trim() !== '' ? v.trim() : undefined;
}
/** The PR number from a pull_request-like payload (or `issue.pull_request` comments). */
function prNumberFromPayload(payload) {
    const pr = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(payload.pull_request);
    const n = pr?.number ?? ((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(payload.issue)?.pull_request) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(payload.issue)?.number : undefined);
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
/**
 * True when the PR's head lives in another repository. A deleted fork (head.repo null) counts
 * as a fork: GitHub still runs it with a read-only token.
 */
function isForkPullRequest(payload) {
    const pr = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(payload.pull_request);
    if (!pr)
        return false;
    const headRepo = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(pr.head)?.repo);
    const baseRepo = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(pr.base)?.repo);
    if (!headRepo)
        return true;
    if (headRepo.fork === true)
        return true;
    const head = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asNonEmptyString */ .yq)(headRepo.full_name);
    const base = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asNonEmptyString */ .yq)(baseRepo?.full_name);
    return head !== undefined && base !== undefined && head.toLowerCase() !== base.toLowerCase();
}
/**
 * The ref a code-scanning upload must carry. `pull_request` (and review events) run on the
 * merge commit `GITHUB_SHA`, whose ref is `refs/pull/<n>/merge`. `pull_request_target` runs on
 * the base branch's commit, so its own `GITHUB_REF` (the base branch) is the consistent pair;
 * every other event uses `GITHUB_REF`. Undefined when nothing usable is known.
 */
function refForEvent(eventName, payload, githubRef) {
    if (eventName && PR_EVENTS.has(eventName) && eventName !== 'pull_request_target') {
        const n = prNumberFromPayload(payload);
        if (n !== undefined)
            return `refs/pull/${n}/merge`;
    }
    const ref = nonEmpty(githubRef);
    if (!ref)
        return undefined;
    return ref.startsWith('refs/') ? ref : undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
/**
 * Reads the context from `env`; the payload file (GITHUB_EVENT_PATH) through `readFile`, whose
 * failure is recorded in `problems`, never thrown: a missing payload only loses PR details.
 */
function readGitHubContext(env, readFile = p => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8')) {
    const problems = [];
    let payload = {};
    const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
    if (eventPath) {
        try {
            const parsed = JSON.parse(readFile(eventPath));
            payload = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(parsed) ?? {};
            if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(parsed))
                problems.push(`event payload ${eventPath} is not a JSON object`);
        }
        catch (e) {
            problems.push(`could not read event payload ${eventPath}: ${e.message}`);
        }
    }
    const repository = nonEmpty(env.GITHUB_REPOSITORY);
    const [owner, repo] = repository?.includes('/') ? repository.split('/', 2) : [];
    const serverUrl = trimSlash(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com');
    const apiUrl = trimSlash(nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com');
    const eventName = nonEmpty(env.GITHUB_EVENT_NAME);
    const sha = nonEmpty(env.GITHUB_SHA);
    const ref = nonEmpty(env.GITHUB_REF);
    const pr = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(payload.pull_request);
    const prNumber = prNumberFromPayload(payload);
    const headSha = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asNonEmptyString */ .yq)((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(pr?.head)?.sha);
    const baseSha = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asNonEmptyString */ .yq)((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(pr?.base)?.sha) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asNonEmptyString */ .yq)(payload.before);
    const baseRef = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asNonEmptyString */ .yq)((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .asObject */ .eB)(pr?.base)?.ref) ?? nonEmpty(env.GITHUB_BASE_REF);
    const repoUrl = owner && repo ? `${serverUrl}/${owner}/${repo}` : undefined;
    const runId = nonEmpty(env.GITHUB_RUN_ID);
    const attempt = nonEmpty(env.GITHUB_RUN_ATTEMPT);
    const runUrl = repoUrl && runId
        ? `${repoUrl}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
        : undefined;
    return {
        isActions: env.GITHUB_ACTIONS === 'true',
        repository: owner && repo ? repository : undefined,
        owner,
        repo,
        sha,
        ref,
        uploadRef: refForEvent(eventName, payload, ref),
        eventName,
        serverUrl,
        apiUrl,
        repoUrl,
        runUrl,
        workspace: nonEmpty(env.GITHUB_WORKSPACE),
        prNumber,
        headSha,
        baseSha,
        baseRef,
        isFork: isForkPullRequest(payload),
        linkSha: headSha ?? sha,
        payload,
        problems
    };
}


/***/ }),

/***/ 74976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   yq: () => (/* binding */ asNonEmptyString)
/* harmony export */ });
/* unused harmony exports asStrings, parseJsonOrUndefined */
/**
 * Narrowing parsed JSON, once for the whole codebase (codeql-action's `isObject`): every reader
 * of tool output, SARIF, SBOM or metrics files walks `unknown` through these.
 */
/** True for a JSON object (not an array, not null). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value when it is a JSON object, else undefined (for optional chaining through a tree). */
function asObject(value) {
    return isObject(value) ? value : undefined;
}
/** The value when it is an array, else an empty array. */
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** The value when it is a string, else undefined. */
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
/** The value when it is a non-empty string, else undefined (tool output uses `""` for "none"). */
function asNonEmptyString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** The string elements of the value when it is an array (others dropped), else an empty array. */
function asStrings(value) {
    return asArray(value).filter((v) => typeof v === 'string');
}
/** JSON.parse that returns undefined instead of throwing (truncated or non-JSON output). */
function parseJsonOrUndefined(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return undefined;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readWorkspaceText),
/* harmony export */   x: () => (/* binding */ toRepoPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Real path of `p`, or of its deepest existing ancestor with the rest appended: a tool may
 * report a file that is gone (or a path we cannot stat), and symlinks above it still count.
 */
function realpathLenient(p) {
    const rest = [];
    let current = p;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(current), ...rest.reverse());
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return p;
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
            current = parent;
        }
    }
}
/**
 * Turns a path a tool reported (absolute, or relative to the workspace) into a repo-relative
 * posix path, or `undefined` when it lies outside the workspace (also through a symlink).
 * The workspace root itself is `.`.
 */
function toRepoPath(workspace, p) {
    if (p === '' || p.includes('\0'))
        return undefined;
    // On Windows `\` separates path parts (path.resolve below reads both); on POSIX it is an
    // ordinary file-name character (`pkg\evil.py` is one file), so it is kept as it is.
    const native = p.replace(/^file:\/\//, '');
    const root = realpathLenient(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace));
    const target = realpathLenient(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, native));
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    if (rel === '')
        return '.';
    if (rel === '..' || rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        return undefined;
    return rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/**
 * The text of a file a finding points at, or `undefined` when it cannot be read or lies outside
 * the workspace, also through a symlink on the file or a folder above it. The reports read these
 * files after the script has run, and a script may replace a scanned file with a link to a file
 * outside the workspace: its lines would then reach the SARIF log as line hashes.
 */
function readWorkspaceText(workspace, repoPath) {
    const rel = toRepoPath(workspace, repoPath);
    if (rel === undefined || rel === '.')
        return undefined;
    try {
        // The resolved path, not the given one: no link is followed after the check.
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace)), rel), 'utf8');
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 37238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ openTextFile),
/* harmony export */   Tl: () => (/* binding */ writeTextFile)
/* harmony export */ });
/* unused harmony export writeTextChunks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95105);


/**
 * Writes a text file (one string, or pieces written in order), creating its parent directories:
 * every report and the saved baseline go through here (the builders of those formats stay pure). Atomic, and never through a symlink
 * (src/util/atomic-write.ts); with `root` (the workspace), never outside it through a linked
 * directory either.
 */
async function writeTextFile(filePath, text, root) {
    await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(filePath, text, root === undefined ? {} : { root });
}
/** Writes text given in pieces (a large SARIF's chunks) without joining them into one string. */
function writeTextChunks(file, chunks) {
    const fd = fs.openSync(file, 'w');
    try {
        for (const chunk of chunks)
            fs.writeSync(fd, chunk);
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * Opens a file for a text that does not exist yet, creating its parent directories, and
 * returns the function that writes it (once). A path that cannot be written fails here, early:
 * the job summary is rendered last, from the verdict, yet a summary file that cannot be written
 * must still be part of that verdict. Atomic and link-refusing like writeTextFile.
 */
async function openTextFile(filePath, root) {
    return (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .openFileAtomic */ .m7)(filePath, root === undefined ? {} : { root });
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ RUNGUARD_VERSION)
/* harmony export */ });
/** runguard's version (a test checks it against package.json; bundles can't read that file). */
const RUNGUARD_VERSION = '0.1.0';


/***/ })

};

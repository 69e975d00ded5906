export const id = 8516;
export const ids = [8516];
export const modules = {

/***/ 93326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(86849)
var parse = __webpack_require__(25501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 25501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 86849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(75204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(53988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 48516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSettings: () => (/* binding */ loadSettings)
});

// UNUSED EXPORTS: validate

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/trust/trusted-config.ts
var trusted_config = __webpack_require__(38752);
// EXTERNAL MODULE: ./src/config/keys.ts
var keys = __webpack_require__(31440);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(43759);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var classic_schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/coerce.js


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return api/* _coercedNumber */.qG(classic_schemas/* ZodNumber */.rSt, params);
}
function coerce_boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}

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
const positiveNumber = () => number().positive();
const nonNegativeNumber = () => number().nonnegative();
const positiveSeconds = () => positiveNumber().max(MAX_TIMER_SECONDS, timerLimit);
const nonNegativeSeconds = () => nonNegativeNumber().max(MAX_TIMER_SECONDS, timerLimit);
const nonNegativeInt = () => number().int().nonnegative();
const stringList = () => classic_schemas/* array */.YOg(classic_schemas/* string */.YjP().min(1));
/** SPDX licence ids (one per entry, `+`/`WITH` allowed), checked with spdx-expression-parse. */
const licenseList = () => classic_schemas/* array */.YOg(classic_schemas/* string */.YjP().trim().min(1)).superRefine((list, ctx) => {
    for (const entry of list) {
        const error = policyEntryError(entry);
        if (error)
            ctx.addIssue({ code: 'custom', message: error });
    }
});
const gateEntry = () => classic_schemas/* union */.KCZ([
    classic_schemas/* string */.YjP(),
    classic_schemas/* object */.Ikc({
        metric_name: classic_schemas/* string */.YjP(),
        max_value: classic_schemas/* number */.aig().optional(),
        min_value: classic_schemas/* number */.aig().optional()
    })
]);
/** Accepts `osv` as a short name for `osv-scanner`. */
const toolName = () => classic_schemas/* string */.YjP()
    .transform(s => (s.trim().toLowerCase() === 'osv' ? 'osv-scanner' : s.trim().toLowerCase()))
    .pipe(classic_schemas/* enum */.k5n(model/* TOOL_NAMES */.K2));
/** A severity word in any case (`HIGH` as Trivy users write it, `High`), read lowercased. */
function severityWord(values) {
    return classic_schemas/* preprocess */.vkY(v => (typeof v === 'string' ? v.trim().toLowerCase() : v), classic_schemas/* enum */.k5n(values));
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
    mode: withDefault(() => classic_schemas/* enum */.k5n(['run', 'scan', 'gate']), 'gate'),
    /** `action` or `cli`; changes a few defaults (install-tools) and how things are published. */
    runtime: withDefault(() => classic_schemas/* enum */.k5n(['action', 'cli']), 'cli'),
    /** Repository root; every path in a report is relative to it. */
    workspace: withDefault(() => classic_schemas/* string */.YjP(), () => process.cwd()),
    /** Path of the config file that was read, if any (informational). */
    configFile: optional(() => classic_schemas/* string */.YjP()),
    /** Print debug lines. */
    verbose: withDefault(() => classic_schemas/* boolean */.zMY(), false),
    // ── runner ────────────────────────────────────────────────────────────────────────────
    /** The target command as an argv array (CLI: everything after `--`). */
    script: optional(stringList),
    /** Run `script` (one string) through the shell; only when set explicitly. */
    shell: withDefault(() => classic_schemas/* boolean */.zMY(), false),
    /** Directory the script runs in, relative to the workspace. */
    workingDirectory: withDefault(() => classic_schemas/* string */.YjP(), '.'),
    /** Seconds before the script's process group gets SIGTERM; 0 = no timeout. */
    timeout: withDefault(nonNegativeSeconds, 0),
    /** Seconds between SIGTERM and SIGKILL on timeout. */
    killGrace: withDefault(nonNegativeSeconds, 5),
    /**
     * Run the script in its own PID and mount namespaces (runner tokens out of reach): `auto`
     * where the machine allows it, `required` fails (exit 2) where it does not, `off`.
     */
    isolation: withDefault(() => classic_schemas/* enum */.k5n(['auto', 'required', 'off']), 'auto'),
    /** JSON text written to the script's stdin (stdin is closed otherwise). */
    stdinJson: optional(() => classic_schemas/* string */.YjP()),
    /** Environment variable names the script may inherit even though they are scrubbed by default. */
    passEnv: withDefault(stringList, []),
    /** Values to redact from every printed line and report. */
    secrets: withDefault(() => classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()), []),
    /** Bytes of each output stream kept (head and tail); everything is still counted. */
    maxOutputBytes: withDefault(() => number()
        .int()
        .positive()
        .max(MAX_CAPTURE_BYTES, {
        message: `at most ${MAX_CAPTURE_BYTES} bytes (the longest string Node.js can hold: the kept head and tail of a stream become one string)`
    }), 10 * MiB),
    /** Monitor sampling interval in milliseconds. */
    samplingInterval: withDefault(() => number().int().min(10).max(60000), 100),
    /** Extra attempts after a failed run (0 = run once). */
    retry: withDefault(nonNegativeInt, 0),
    retryStrategy: withDefault(() => classic_schemas/* enum */.k5n(RETRY_STRATEGIES), 'exponential'),
    /** Seconds before the first retry. */
    retryDelay: withDefault(nonNegativeSeconds, 1),
    /** Upper bound on any retry delay, seconds. */
    retryMaxDelay: withDefault(nonNegativeSeconds, 60),
    /** Growth factor for exponential strategies. */
    retryMultiplier: withDefault(positiveNumber, 2),
    /** Exit codes that are retried; empty = any non-zero exit or timeout. */
    retryOnExitCodes: withDefault(() => classic_schemas/* array */.YOg(number().int()), []),
    /** Measured runs; gates use the median when > 1. */
    repeat: withDefault(() => number().int().min(1), 1),
    /** Unmeasured runs before the measured ones. */
    warmup: withDefault(nonNegativeInt, 0),
    // ── performance gates ─────────────────────────────────────────────────────────────────
    /** Budget gates, e.g. `memory_max_mb<=1024`, `cpu_max:90`, or legacy objects. */
    gates: withDefault(() => classic_schemas/* array */.YOg(gateEntry()), []),
    /** A previous metrics JSON to compare against. */
    baseline: optional(() => classic_schemas/* string */.YjP()),
    /** Write the current metrics here as the next baseline. */
    saveBaseline: optional(() => classic_schemas/* string */.YjP()),
    /** Percent a metric may get worse than the baseline before failing. */
    regressionThreshold: withDefault(nonNegativeNumber, 10),
    /** Per-metric overrides of regressionThreshold. */
    regressionThresholds: withDefault(() => classic_schemas/* record */.g1P(classic_schemas/* string */.YjP(), nonNegativeNumber()), {}),
    // ── reports ───────────────────────────────────────────────────────────────────────────
    metricsFile: optional(() => classic_schemas/* string */.YjP()),
    junitFile: optional(() => classic_schemas/* string */.YjP()),
    tapFile: optional(() => classic_schemas/* string */.YjP()),
    /** SARIF 2.1.0 output; empty disables. Default: `runguard.sarif` in the Action, none in the CLI. */
    sarifFile: optional(() => classic_schemas/* string */.YjP()),
    /** CycloneDX JSON output; empty disables. Default: `runguard.cdx.json` in the Action, none in the CLI. */
    sbomFile: optional(() => classic_schemas/* string */.YjP()),
    sbomSpec: withDefault(() => classic_schemas/* enum */.k5n(SBOM_SPECS), '1.6'),
    /** Markdown summary written to a file (the Action also writes the job summary). */
    summaryFile: optional(() => classic_schemas/* string */.YjP()),
    /** `runguard scan` JSON report file (stdout when `format: json` and no file). */
    reportFile: optional(() => classic_schemas/* string */.YjP()),
    /** CLI output format. */
    format: withDefault(() => classic_schemas/* enum */.k5n(['table', 'json']), 'table'),
    /** SARIF automationDetails category prefix. */
    category: withDefault(() => classic_schemas/* string */.YjP().min(1), 'runguard'),
    // ── scanners ──────────────────────────────────────────────────────────────────────────
    /** Tools to run. */
    scanners: withDefault(() => classic_schemas/* array */.YOg(toolName()), [...model/* TOOL_NAMES */.K2]),
    /** Paths to scan, relative to the workspace. */
    paths: withDefault(stringList, ['.']),
    /** Extra glob patterns excluded from every scanner. */
    exclude: withDefault(() => classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()), []),
    /** Install missing tools into an isolated cache (default: on in the Action, off in the CLI). */
    installTools: optional(() => classic_schemas/* boolean */.zMY()),
    /** Where installed tools live (outside the workspace). */
    toolsDir: withDefault(() => classic_schemas/* string */.YjP(), () => 
    // The same variable scripts/setup.sh and scripts/test.sh honour.
    process.env.RUNGUARD_TOOLS_DIR ||
        external_node_path_default().join(process.env.RUNNER_TOOL_CACHE ?? external_node_path_default().join(external_node_os_default().homedir(), '.cache'), 'runguard-tools')),
    /** A selected tool that is not installed fails instead of being skipped. */
    requireTools: withDefault(() => classic_schemas/* boolean */.zMY(), false),
    /** A crashed or timed-out tool fails the verdict (exit 3). */
    failOnToolError: withDefault(() => classic_schemas/* boolean */.zMY(), true),
    /** Any listed skipped file fails the verdict (SECURITY.md, promise 5). */
    failOnUnscanned: withDefault(() => classic_schemas/* boolean */.zMY(), false),
    /** Scanners run at once. */
    maxParallel: withDefault(() => number().int().min(1), () => Math.max(1, external_node_os_default().cpus().length)),
    /** Per-tool timeout, seconds. */
    toolTimeout: withDefault(positiveSeconds, 600),
    /** osv-scanner offline database directory (osv-scanner's offline layout). */
    osvDb: optional(() => classic_schemas/* string */.YjP()),
    /** Safety 2.x offline database directory. */
    safetyDb: optional(() => classic_schemas/* string */.YjP()),
    /** Extra Semgrep configs (rule files, dirs, registry packs such as p/python). */
    semgrepConfig: withDefault(() => classic_schemas/* array */.YOg(classic_schemas/* string */.YjP().min(1)), []),
    /** Replace runguard's bundled Semgrep rules instead of adding to them. */
    semgrepNoDefaultRules: withDefault(() => classic_schemas/* boolean */.zMY(), false),
    /** Bandit severity floor passed to the tool. */
    banditSeverity: withDefault(() => classic_schemas/* enum */.k5n(['low', 'medium', 'high']), 'low'),
    /** Bandit confidence floor passed to the tool. */
    banditConfidence: withDefault(() => classic_schemas/* enum */.k5n(['low', 'medium', 'high']), 'low'),
    // ── secrets ───────────────────────────────────────────────────────────────────────────
    /** `tree` (working tree), `diff` (lines added in the PR/push range), `history`, `off`. */
    secretsScan: withDefault(() => classic_schemas/* enum */.k5n(SECRETS_SCAN_MODES), 'tree'),
    /** Files larger than this are skipped by the secret scanner (bytes). */
    secretsMaxFileSize: withDefault(() => number().int().positive(), 5 * MiB),
    /** Known demo and placeholder credentials (src/secrets/demo-credentials.json): skip or report. */
    secretsDemoCredentials: withDefault(() => classic_schemas/* enum */.k5n(['skip', 'report']), 'skip'),
    /** Base commit for diff/history mode; from the event when unset. */
    baseRef: optional(() => classic_schemas/* string */.YjP().superRefine((v, ctx) => {
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
    scanEnvironment: withDefault(() => classic_schemas/* boolean */.zMY(), true),
    /** Interpreter or venv directory the script uses, relative to the workspace. */
    pythonPath: optional(() => classic_schemas/* string */.YjP().min(1)),
    /** SPDX ids every installed package's licence must be satisfiable with. */
    allowLicenses: withDefault(licenseList, []),
    /** SPDX ids no installed package's licence may require. */
    denyLicenses: withDefault(licenseList, []),
    /** Record which installed distributions the script's Python processes import. */
    recordImports: withDefault(() => classic_schemas/* boolean */.zMY(), true),
    /** Dependency findings the run did not load do not fail the gate (still reported). */
    failOnLoadedOnly: withDefault(() => classic_schemas/* boolean */.zMY(), false),
    // ── policy ────────────────────────────────────────────────────────────────────────────
    /** Lowest severity that fails the gate. */
    failOn: withDefault(() => severityWord(FAIL_ON), 'high'),
    /** Lowest severity that is reported. */
    reportLevel: withDefault(() => severityWord(REPORT_LEVELS), 'low'),
    /** Severity assumed for findings the tool gave none for. */
    unknownSeverity: withDefault(() => severityWord(model/* SEVERITIES */.oC), 'high'),
    /** Suppression file. */
    ignoreFile: withDefault(() => classic_schemas/* string */.YjP(), '.runguard-ignore.yml'),
    /** SARIF from the default branch: only new findings can fail. */
    baselineSarif: optional(() => classic_schemas/* string */.YjP()),
    // ── history, trend, alerts (src/history/, src/notify/) ────────────────────────────────
    /** Run history: off (default), auto (Action: git branch, CLI: local directory), git, local. */
    history: withDefault(() => classic_schemas/* enum */.k5n(HISTORY_MODES), 'off'),
    /** Local store directory, relative to the workspace. */
    historyDir: withDefault(() => classic_schemas/* string */.YjP().min(1), '.runguard/history'),
    /** Branch of the git store. */
    historyBranch: withDefault(() => classic_schemas/* string */.YjP().refine(b => (0,git_names/* refNameProblem */.C)(b) === undefined, {
        message: 'not a branch name git accepts (no spaces, "..", leading "-", ~^:?*[\\)'
    }), 'runguard-data'),
    /** Repository URL of the git store (default: this repository / the origin remote). */
    historyRemote: optional(() => classic_schemas/* string */.YjP().refine(u => (0,git_names/* remoteProblem */.I)(u) === undefined, {
        message: 'expected an https://, http:// or file:// URL or an absolute path'
    })),
    /** Runs kept per category. */
    historyKeep: withDefault(() => number().int().min(1), 1000),
    /** Branches whose runs feed the trend; empty = the default branch (CLI: every run). */
    trendBranches: withDefault(stringList, []),
    /** Trend-branch runs the rolling median is taken over; 0 turns the trend gate off. */
    trendWindow: withDefault(() => number()
        .int()
        .refine(n => n === 0 || (n >= 5 && n <= 500), { message: 'expected 0 or 5 to 500' }), 20),
    /** Noise widths (1.4826 × MAD of the window) a metric may rise above its rolling median. */
    trendNoiseFactor: withDefault(positiveNumber, 4),
    /** Percent a metric may rise above its rolling median whatever the noise. */
    trendThreshold: withDefault(nonNegativeNumber, 5),
    /** Webhook posted to on a state change; a secret (never in the config file). */
    alertWebhook: optional(() => classic_schemas/* string */.YjP().refine(u => /^https?:\/\/[^\s]+$/i.test(u), { message: 'expected an http(s) URL' })),
    /** Alert payload format; `auto` picks from the URL's host. */
    alertFormat: withDefault(() => classic_schemas/* enum */.k5n(ALERT_FORMATS), 'auto'),
    /** Whose config and ignore file decide the gate (SECURITY.md, promise 4); never from the config file. */
    trustedConfig: withDefault(() => classic_schemas/* enum */.k5n(trusted_config/* TRUST_MODES */.wG), 'auto'),
    /** Set by the loader when the base commit's files decided (the commit and what the change tried). */
    trust: optional(() => classic_schemas/* object */.Ikc({ base: classic_schemas/* string */.YjP(), changes: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()) }).strict()),
    /** `runguard merge`: shards expected (one number, or their names); missing ones fail. */
    expect: withDefault(stringList, []),
    // ── GitHub (Action) ───────────────────────────────────────────────────────────────────
    /** Upload the SARIF to code scanning. */
    uploadSarif: withDefault(() => classic_schemas/* boolean */.zMY(), false),
    /** Keep one sticky PR comment with the verdict. */
    commentOnPr: withDefault(() => classic_schemas/* boolean */.zMY(), false),
    /** Write PR annotations. */
    annotations: withDefault(() => classic_schemas/* boolean */.zMY(), true),
    /** Token for upload and comments; never passed to the script. */
    githubToken: optional(() => classic_schemas/* string */.YjP())
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
    return classic_schemas/* object */.Ikc(shape)
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
    const given = classic_schemas/* object */.Ikc(shape).strict().safeParse(raw, { jitless: true });
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
            throw new errors/* ConfigurationError */.j1(`config file ${options.configPath} (from ${(0,errors/* describeSource */.B6)(options.configSource ?? { kind: 'default' })}) does not exist at ${configFile}; create it or drop the setting`, {
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
            throw new errors/* ConfigurationError */.j1(`Invalid gate from ${(0,errors/* describeSource */.B6)(source)}: ${error.message}`, {
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
        throw new errors/* ConfigurationError */.j1(`Unknown setting(s): ${issue.keys.join(', ')}`, {
            field: issue.keys.join(',')
        });
    }
    throw new errors/* ConfigurationError */.j1(`Invalid value for '${name}' from ${(0,errors/* describeSource */.B6)(source)}: got ${JSON.stringify(value)}; ${issue.message}` +
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
        throw new errors/* ConfigurationError */.j1('trusted-config: there is no base commit to read the gate settings from (not a pull request or push event); set base-ref, or trusted-config: head', { field: 'trusted-config', value: mode });
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

/***/ 53988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 75204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};

export const id = 1013;
export const ids = [1013];
export const modules = {

/***/ 31013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/keys.ts
var keys = __webpack_require__(31440);
// EXTERNAL MODULE: ./src/config/text.ts
var config_text = __webpack_require__(97235);
;// CONCATENATED MODULE: ./src/config/cli-args.ts





const DESCRIPTIONS = {
    run: 'Run a command under monitoring and check performance gates: runguard run [options] -- <command…>',
    scan: 'Run the security scanners only: runguard scan [options] [dir | paths…]. One directory is the workspace (like trivy fs <dir>), anywhere on disk; several paths are paths inside the workspace.',
    gate: 'Scanners + the monitored script + one verdict (what the Action does): runguard gate [options] [paths…] [-- <command…>]',
    merge: 'Merge SARIF, SBOM and metrics files from several jobs and recompute the verdict: runguard merge [options] <files…>',
    'install-tools': 'Install the selected scanners into tools-dir (isolated venvs / go install): runguard install-tools [--scanners …]',
    history: 'The run history (docs/history.md): runguard history list [N] | trend <metric> | export csv|json | prune'
};
/** Settings that make no sense for a command are not offered as its flags. */
function offered(command, entry) {
    if (entry.cli !== true)
        return false;
    const runnerOnly = [
        'script',
        'shell',
        'working-directory',
        'timeout',
        'kill-grace',
        'stdin-json',
        'pass-env',
        'max-output-bytes',
        'sampling-interval',
        'retry',
        'retry-strategy',
        'retry-delay',
        'retry-max-delay',
        'retry-multiplier',
        'retry-on-exit-codes',
        'repeat',
        'warmup',
        'gate',
        'baseline',
        'save-baseline',
        'regression-threshold',
        'regression-thresholds',
        'metrics-file'
    ];
    if (entry.name === 'script' || entry.name === 'paths')
        return false; // positional / after --
    if (command === 'scan' && runnerOnly.includes(entry.name))
        return false;
    if (command === 'install-tools')
        return ['scanners', 'tools-dir', 'verbose', 'workspace'].includes(entry.name);
    if (command === 'history')
        return (entry.name.startsWith('history') ||
            entry.name.startsWith('trend-') ||
            ['category', 'verbose', 'workspace'].includes(entry.name));
    return true;
}
/**
 * Parses `runguard <command> [options] [paths…] [-- <command…>]` into the same raw shape the
 * Action inputs produce. Never exits the process: help and errors come back as values.
 */
function parseCliArgs(argv, version) {
    const dashDash = argv.indexOf('--');
    const before = dashDash >= 0 ? argv.slice(0, dashDash) : [...argv];
    const script = dashDash >= 0 ? argv.slice(dashDash + 1) : undefined;
    let printed = '';
    let result;
    const program = new esm/* Command */.uB('runguard')
        .description('Gate a CI job on how a script behaves and on what security scanners find.')
        .version(version, '-V, --version')
        .exitOverride()
        .configureOutput({ writeOut: s => (printed += s), writeErr: s => (printed += s) })
        // Fixed width: help must not depend on the terminal (docs/cli.md embeds it).
        .configureHelp({ helpWidth: 100 })
        .showSuggestionAfterError(true);
    const names = Object.keys(DESCRIPTIONS);
    // Each command offers about a hundred flags, and building commander's Options for all six
    // commands was most of the parser's start-up. Only the command being run needs its flags;
    // anything else first (help, a typo) gets every command's, for help and suggestions.
    const running = names.find(name => name === before[0]);
    for (const name of names) {
        const cmd = program
            .command(name)
            .description(DESCRIPTIONS[name])
            .exitOverride()
            .configureOutput({ writeOut: s => (printed += s), writeErr: s => (printed += s) })
            // Fixed width: help must not depend on the terminal (docs/cli.md embeds it).
            .configureHelp({ helpWidth: 100 })
            .showSuggestionAfterError(true);
        if (name === 'history')
            cmd.argument('<action>').argument('[args...]');
        else
            cmd.argument(name === 'merge' ? '<files...>' : '[paths...]');
        if (name !== 'install-tools')
            cmd.option('-c, --config <file>', 'config file (default: <workspace>/.runguard.yml if present)');
        if (running === undefined || running === name)
            addOptions(cmd, name);
        cmd.action((...args) => {
            // history declares two arguments (<action> [args...]); the others one list.
            const operands = name === 'history' ? [args[0], ...args[1]] : args[0];
            const opts = args[name === 'history' ? 2 : 1];
            result = toParsed(name, operands, opts, script);
        });
    }
    try {
        program.parse([...before], { from: 'user' });
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            if (error.code === 'commander.helpDisplayed' ||
                error.code === 'commander.version' ||
                error.code === 'commander.help') {
                return { command: 'gate', layer: { raw: {}, sources: {} }, files: [], printed };
            }
            throw new errors/* ConfigurationError */.j1(printed.trim() || error.message);
        }
        throw error;
    }
    if (!result) {
        program.outputHelp();
        return { command: 'gate', layer: { raw: {}, sources: {} }, files: [], printed };
    }
    return result;
}
/** The command's setting flags, plus `--add-gate` where `--gate` is offered. */
function addOptions(cmd, name) {
    for (const entry of keys/* SETTING_TABLE */.a) {
        if (!offered(name, entry))
            continue;
        addOption(cmd, entry);
    }
    if (offered(name, keys/* SETTING_TABLE */.a.find(e => e.name === 'gate'))) {
        cmd.addOption(new esm/* Option */.c$('--add-gate <gate>', 'alias of --gate (Python Script Runner)')
            .argParser(collect)
            .hideHelp());
    }
}
function addOption(cmd, entry) {
    const flag = `--${entry.name}`;
    if (entry.kind === 'boolean') {
        cmd.addOption(new esm/* Option */.c$(flag, entry.description));
        cmd.addOption(new esm/* Option */.c$(`--no-${entry.name}`, `turn off --${entry.name}`));
        return;
    }
    const repeatable = entry.kind === 'list' || entry.kind === 'numberList' || entry.kind === 'record';
    const option = new esm/* Option */.c$(`${flag} <value>`, entry.description + (repeatable ? ' (repeatable)' : ''));
    if (repeatable)
        option.argParser(collect);
    cmd.addOption(option);
}
function collect(value, previous) {
    return [...(previous ?? []), value];
}
function toParsed(command, operands, opts, script) {
    const layer = { raw: {}, sources: {} };
    const set = (entry, value) => {
        ;
        layer.raw[entry.key] = value;
        layer.sources[entry.key] = { kind: 'flag', name: entry.name };
    };
    for (const entry of keys/* SETTING_TABLE */.a) {
        const attr = camel(entry.name);
        const value = opts[attr];
        if (value === undefined)
            continue;
        const source = { kind: 'flag', name: entry.name };
        if (entry.kind === 'boolean')
            set(entry, value === true);
        else if (Array.isArray(value)) {
            const parts = value.map(v => (0,config_text/* fromText */.IK)(entry, v, source));
            set(entry, entry.kind === 'record' ? Object.assign({}, ...parts) : parts.flat());
        }
        else if (typeof value === 'string')
            set(entry, (0,config_text/* fromText */.IK)(entry, value, source));
    }
    if (Array.isArray(opts.addGate)) {
        const gate = keys/* SETTING_TABLE */.a.find(e => e.key === 'gates');
        const existing = (layer.raw.gates ?? []);
        set(gate, [...existing, ...opts.addGate]);
    }
    if (command !== 'merge' && command !== 'history' && operands.length > 0) {
        set(keys/* SETTING_TABLE */.a.find(e => e.key === 'paths'), operands);
    }
    if (script && script.length > 0)
        set(keys/* SETTING_TABLE */.a.find(e => e.key === 'script'), script);
    return {
        command,
        layer,
        files: command === 'merge' || command === 'history' ? operands : [],
        ...(typeof opts.config === 'string' ? { configPath: opts.config } : {})
    };
}
function camel(name) {
    return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
/**
 * `runguard scan <dir>`: one directory argument is the workspace, as `trivy fs <dir>`,
 * `gitleaks dir <dir>`, `osv-scanner -r <dir>` and `bandit -r <dir>` take it, also outside the
 * current directory; its `.runguard.yml` and ignore file apply and report paths are relative to
 * it. With `--workspace`, with several paths, or with a file, the arguments stay paths inside
 * the workspace.
 */
function withScanTarget(parsed, cwd, isDirectory) {
    const { raw } = parsed.layer;
    const only = Array.isArray(raw.paths) && raw.paths.length === 1 ? raw.paths[0] : undefined;
    if (parsed.command !== 'scan' || raw.workspace !== undefined || only === undefined)
        return parsed;
    if (!isDirectory(external_node_path_default().resolve(cwd, only)))
        return parsed;
    const { paths: _paths, ...rest } = raw;
    const { paths: _source, ...sources } = parsed.layer.sources;
    return {
        ...parsed,
        layer: {
            raw: { ...rest, workspace: external_node_path_default().resolve(cwd, only) },
            sources: { ...sources, workspace: { kind: 'argument', name: only } }
        }
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts





/**
 * The CLI: argv → Settings → runGate → exit code (docs/architecture.md, "Exit codes"). It never imports
 * @actions/core (which would print workflow commands) and never calls process.exit.
 */
async function main(argv, io) {
    try {
        const parsed = withScanTarget(parseCliArgs(argv, version/* RUNGUARD_VERSION */.m), io.cwd, isDirectory);
        if (parsed.printed !== undefined) {
            io.stdout(parsed.printed);
            return errors/* ExitCode */.yU.Passed;
        }
        const mode = parsed.command;
        if (mode === 'merge' || mode === 'install-tools')
            return await auxiliary(mode, parsed.files, io, parsed);
        if (mode === 'history')
            return await cli_history(parsed, io);
        const { settings, logger, output } = await setUp(parsed, mode, io);
        const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(8815), __webpack_require__.e(5469), __webpack_require__.e(5720)]).then(__webpack_require__.bind(__webpack_require__, 55720));
        const outcome = await runGate(settings, {
            logger,
            env: io.env,
            onLine: output.script,
            ...(io.signal ? { signal: io.signal } : {})
        });
        output.close();
        await print(outcome, settings, io);
        return outcome.exitCode;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1) {
            io.stderr(`runguard: configuration error: ${error.message}\n`);
            return errors/* ExitCode */.yU.Configuration;
        }
        io.stderr(`runguard: error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        // An unexpected failure must never read as a pass.
        return errors/* ExitCode */.yU.ToolError;
    }
}
/** Flags (+ config file) → Settings, and the stderr logger they ask for. */
async function setUp(parsed, mode, io) {
    // One import at a time: jest's ESM loader fails on concurrent import()s of chunks that share
    // modules ("request for … is not in cache"), and in the bundle the order costs nothing.
    const { loadSettings } = await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(8815), __webpack_require__.e(5273)]).then(__webpack_require__.bind(__webpack_require__, 55273));
    const { StderrLogger } = await __webpack_require__.e(/* import() */ 6999).then(__webpack_require__.bind(__webpack_require__, 86999));
    const { cliOutput } = await __webpack_require__.e(/* import() */ 1178).then(__webpack_require__.bind(__webpack_require__, 21178));
    const { StatusLine } = await __webpack_require__.e(/* import() */ 4660).then(__webpack_require__.bind(__webpack_require__, 54660));
    const settings = loadSettings({
        inline: parsed.layer,
        fixed: { mode, runtime: 'cli' },
        workspace: io.cwd,
        ...(parsed.configPath !== undefined
            ? {
                configPath: external_node_path_default().resolve(io.cwd, parsed.configPath),
                configSource: { kind: 'flag', name: 'config' }
            }
            : {})
    });
    // A CI log (CI=true, Actions) keeps plain lines even when it looks like a terminal.
    const status = io.terminal && io.env.CI !== 'true' && io.env.GITHUB_ACTIONS !== 'true'
        ? new StatusLine(io.stderr, io.terminal.columns)
        : undefined;
    // The script's lines are guarded from the Actions runner when run in a workflow step.
    const output = cliOutput(status ? line => status.line(line) : line => io.stderr(line + '\n'), io.env);
    const logger = new StderrLogger(settings.verbose, output.log, status ? text => status.set(text) : undefined);
    return { settings, logger, output };
}
async function print(outcome, settings, io) {
    const { formatResultTable } = await __webpack_require__.e(/* import() */ 790).then(__webpack_require__.bind(__webpack_require__, 790));
    const { writeTextFile } = await __webpack_require__.e(/* import() */ 7238).then(__webpack_require__.bind(__webpack_require__, 37238));
    const redact = (text) => outcome.redactor.redact(text);
    if (settings.format === 'json') {
        const json = settings.mode === 'scan'
            ? { toolRuns: outcome.toolRuns, findings: outcome.findings }
            : {
                verdict: outcome.verdict,
                toolRuns: outcome.toolRuns,
                findings: outcome.findings,
                gates: outcome.gates,
                metrics: outcome.run ? withoutSamples(outcome.run.final) : undefined
            };
        const text = redact(JSON.stringify(json, null, 2)) + '\n';
        // --format json is the output; --report-file keeps a copy (it used to silence stdout).
        if (settings.reportFile)
            await writeTextFile(external_node_path_default().resolve(settings.workspace, settings.reportFile), text, settings.workspace);
        io.stdout(text);
        return;
    }
    if (settings.reportFile) {
        const text = redact(JSON.stringify({ toolRuns: outcome.toolRuns, findings: outcome.findings }, null, 2)) +
            '\n';
        await writeTextFile(external_node_path_default().resolve(settings.workspace, settings.reportFile), text, settings.workspace);
    }
    io.stdout(redact(formatResultTable({
        ...(outcome.run ? { metrics: outcome.run.final } : {}),
        gates: outcome.gates,
        toolRuns: outcome.toolRuns,
        verdict: outcome.verdict,
        color: io.color === true
    })) + '\n');
    if (outcome.reports.length > 0) {
        io.stdout(`reports: ${outcome.reports.map(r => `${r.kind} ${r.path}`).join(', ')}\n`);
    }
}
function withoutSamples(metrics) {
    const { samples: _samples, ...rest } = metrics;
    return rest;
}
async function auxiliary(command, files, io, parsed) {
    // merge and install-tools use the scanner and policy settings only.
    const { settings, logger } = await setUp(parsed, 'scan', io);
    if (command === 'install-tools')
        return installTools(settings, logger, io);
    const { mergeReports } = await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(5469), __webpack_require__.e(643), __webpack_require__.e(2788)]).then(__webpack_require__.bind(__webpack_require__, 52788));
    const { formatResultTable } = await __webpack_require__.e(/* import() */ 790).then(__webpack_require__.bind(__webpack_require__, 790));
    const result = await mergeReports(files, settings, logger);
    io.stdout(formatResultTable({
        gates: result.verdict.gates,
        toolRuns: result.toolRuns,
        verdict: result.verdict
    }) + '\n');
    io.stdout(`merged ${files.length} file(s): ${result.written.join(', ')}\n`);
    return result.exitCode;
}
/** `runguard history …`: the run history store (src/history/command.ts). */
async function cli_history(parsed, io) {
    const { settings, logger } = await setUp(parsed, 'scan', io);
    const { historyCommand } = await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(3784), __webpack_require__.e(7795)]).then(__webpack_require__.bind(__webpack_require__, 53029));
    const { execFile } = await __webpack_require__.e(/* import() */ 3190).then(__webpack_require__.bind(__webpack_require__, 73190));
    return historyCommand(parsed.files, settings, {
        stdout: io.stdout,
        env: io.env,
        exec: execFile,
        logger
    });
}
/** `runguard install-tools`: the same installer the scan uses, run ahead of time. */
async function installTools(settings, logger, io) {
    const { installTool } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(7296), __webpack_require__.e(8468)]).then(__webpack_require__.bind(__webpack_require__, 27296));
    const { execFile } = await __webpack_require__.e(/* import() */ 3190).then(__webpack_require__.bind(__webpack_require__, 73190));
    const { createRedactor } = await __webpack_require__.e(/* import() */ 5118).then(__webpack_require__.bind(__webpack_require__, 65118));
    let ok = true;
    for (const tool of settings.scanners) {
        if (tool === 'secrets')
            continue;
        const result = await installTool(tool, {
            settings,
            exec: execFile,
            env: io.env,
            logger,
            redactor: createRedactor()
        });
        io.stdout(`${result.ok ? 'ok' : 'failed'}: ${tool}: ${result.message}\n`);
        ok &&= result.ok;
    }
    return ok ? errors/* ExitCode */.yU.Passed : errors/* ExitCode */.yU.ToolError;
}
function isDirectory(absolutePath) {
    try {
        return (0,external_node_fs_.statSync)(absolutePath).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ RUNGUARD_VERSION)
/* harmony export */ });
/** runguard's version (a test checks it against package.json; bundles can't read that file). */
const RUNGUARD_VERSION = '0.1.0';


/***/ })

};

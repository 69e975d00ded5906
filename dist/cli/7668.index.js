export const id = 7668;
export const ids = [7668];
export const modules = {

/***/ 27668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCliArgs: () => (/* binding */ parseCliArgs)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31440);
/* harmony import */ var _cli_layer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61164);





const DESCRIPTIONS = {
    run: 'Run a command under monitoring and check performance gates: runguard run [options] -- <command…>',
    scan: 'Run the security scanners only: runguard scan [options] [dir | paths…]. One directory is the workspace (like trivy fs <dir>), anywhere on disk; several paths are paths inside the workspace.',
    gate: 'Scanners + the monitored script + one verdict (what the Action does): runguard gate [options] [paths…] [-- <command…>]',
    merge: 'Merge SARIF, SBOM and metrics files from several jobs and recompute the verdict: runguard merge [options] <files…>',
    'install-tools': 'Install the selected scanners into tools-dir (isolated venvs / go install): runguard install-tools [--scanners …]',
    history: 'The run history (docs/history.md): runguard history list [N] | trend <metric> | export csv|json | prune'
};
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
    const program = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('runguard')
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
            result = (0,_cli_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .toParsed */ .Js)(name, operands, opts, script);
        });
    }
    try {
        program.parse([...before], { from: 'user' });
    }
    catch (error) {
        if (error instanceof commander__WEBPACK_IMPORTED_MODULE_0__/* .CommanderError */ .b7) {
            if (error.code === 'commander.helpDisplayed' ||
                error.code === 'commander.version' ||
                error.code === 'commander.help') {
                return { command: 'gate', layer: { raw: {}, sources: {} }, files: [], printed };
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(printed.trim() || error.message);
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
    for (const entry of _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_TABLE */ .a) {
        if (!(0,_cli_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .offered */ .Ix)(name, entry))
            continue;
        addOption(cmd, entry);
    }
    if ((0,_cli_layer_js__WEBPACK_IMPORTED_MODULE_3__/* .offered */ .Ix)(name, _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_TABLE */ .a.find(e => e.name === 'gate'))) {
        cmd.addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--add-gate <gate>', 'alias of --gate (Python Script Runner)')
            .argParser(collect)
            .hideHelp());
    }
}
function addOption(cmd, entry) {
    const flag = `--${entry.name}`;
    if (entry.kind === 'boolean') {
        cmd.addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$(flag, entry.description));
        cmd.addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$(`--no-${entry.name}`, `turn off --${entry.name}`));
        return;
    }
    const repeatable = entry.kind === 'list' || entry.kind === 'numberList' || entry.kind === 'record';
    const option = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$(`${flag} <value>`, entry.description + (repeatable ? ' (repeatable)' : ''));
    if (repeatable)
        option.argParser(collect);
    cmd.addOption(option);
}
function collect(value, previous) {
    return [...(previous ?? []), value];
}


/***/ })

};

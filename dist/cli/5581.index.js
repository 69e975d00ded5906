export const id = 5581;
export const ids = [5581];
export const modules = {

/***/ 26591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



/* unused reexport */ __webpack_require__(5335);
exports.parse = __webpack_require__(42696);


/***/ }),

/***/ 42696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

/***/ 95581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_cli_layer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61164);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);





/**
 * The CLI: argv → Settings → runGate → exit code (docs/architecture.md, "Exit codes"). It never imports
 * @actions/core (which would print workflow commands) and never calls process.exit.
 */
async function main(argv, io) {
    try {
        const parsed = (0,_config_cli_layer_js__WEBPACK_IMPORTED_MODULE_2__/* .withScanTarget */ .PT)(await parseArgs(argv), io.cwd, isDirectory);
        if (parsed.printed !== undefined) {
            io.stdout(parsed.printed);
            return _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Passed;
        }
        const mode = parsed.command;
        if (mode === 'merge' || mode === 'install-tools')
            return await auxiliary(mode, parsed.files, io, parsed);
        if (mode === 'history')
            return await history(parsed, io);
        const { settings, logger, output } = await setUp(parsed, mode, io);
        const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(2672), __webpack_require__.e(5118), __webpack_require__.e(310)]).then(__webpack_require__.bind(__webpack_require__, 10310));
        const outcome = await runGate(settings, {
            logger,
            env: io.env,
            onLine: output.script,
            // The result table's code loads while the script runs, not after it.
            whileScriptRuns: printModules,
            ...(io.signal ? { signal: io.signal } : {})
        });
        output.close();
        await print(outcome, settings, io);
        return outcome.exitCode;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1) {
            io.stderr(`runguard: configuration error: ${error.message}\n`);
            return _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Configuration;
        }
        io.stderr(`runguard: error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}\n`);
        // An unexpected failure must never read as a pass.
        return _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.ToolError;
    }
}
async function parseArgs(argv) {
    const simple = (0,_config_cli_layer_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSimpleArgs */ .Vr)(argv, _version_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNGUARD_VERSION */ .m);
    if (simple)
        return simple;
    const { parseCliArgs } = await Promise.all(/* import() */[__webpack_require__.e(8179), __webpack_require__.e(7668)]).then(__webpack_require__.bind(__webpack_require__, 27668));
    return parseCliArgs(argv, _version_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNGUARD_VERSION */ .m);
}
/** Flags (+ config file) → Settings, and the stderr logger they ask for. */
async function setUp(parsed, mode, io) {
    // One import at a time: jest's ESM loader fails on concurrent import()s of chunks that share
    // modules ("request for … is not in cache"), and in the bundle the order costs nothing.
    const { loadSettings } = await Promise.all(/* import() */[__webpack_require__.e(2857), __webpack_require__.e(8516)]).then(__webpack_require__.bind(__webpack_require__, 48516));
    const { StderrLogger } = await __webpack_require__.e(/* import() */ 6999).then(__webpack_require__.bind(__webpack_require__, 86999));
    const { cliOutput } = await __webpack_require__.e(/* import() */ 1178).then(__webpack_require__.bind(__webpack_require__, 21178));
    const settings = await loadSettings({
        inline: parsed.layer,
        fixed: { mode, runtime: 'cli' },
        workspace: io.cwd,
        ...(parsed.configPath !== undefined
            ? {
                configPath: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, parsed.configPath),
                configSource: { kind: 'flag', name: 'config' }
            }
            : {})
    });
    // A CI log (CI=true, Actions) keeps plain lines even when it looks like a terminal.
    const status = io.terminal && io.env.CI !== 'true' && io.env.GITHUB_ACTIONS !== 'true'
        ? new (await __webpack_require__.e(/* import() */ 4660).then(__webpack_require__.bind(__webpack_require__, 54660))).StatusLine(io.stderr, io.terminal.columns)
        : undefined;
    // The script's lines are guarded from the Actions runner when run in a workflow step.
    const output = cliOutput(status ? line => status.line(line) : line => io.stderr(line + '\n'), io.env);
    const logger = new StderrLogger(settings.verbose, output.log, status ? text => status.set(text) : undefined);
    return { settings, logger, output };
}
let printing;
/** What print() needs, loaded once (one after the other: see setUp). */
function printModules() {
    return (printing ??= (async () => [
        await __webpack_require__.e(/* import() */ 790).then(__webpack_require__.bind(__webpack_require__, 790)),
        await __webpack_require__.e(/* import() */ 7238).then(__webpack_require__.bind(__webpack_require__, 37238))
    ])());
}
async function print(outcome, settings, io) {
    const [{ formatResultTable }, { writeTextFile }] = await printModules();
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
            await writeTextFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(settings.workspace, settings.reportFile), text, settings.workspace);
        io.stdout(text);
        return;
    }
    if (settings.reportFile) {
        const text = redact(JSON.stringify({ toolRuns: outcome.toolRuns, findings: outcome.findings }, null, 2)) +
            '\n';
        await writeTextFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(settings.workspace, settings.reportFile), text, settings.workspace);
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
    const { mergeReports } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(8928), __webpack_require__.e(643), __webpack_require__.e(2672), __webpack_require__.e(3310), __webpack_require__.e(2788)]).then(__webpack_require__.bind(__webpack_require__, 52788));
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
async function history(parsed, io) {
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
    const { installTool } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(7296), __webpack_require__.e(2354)]).then(__webpack_require__.bind(__webpack_require__, 27296));
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
    return ok ? _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Passed : _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.ToolError;
}
function isDirectory(absolutePath) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolutePath).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 61164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ offered),
/* harmony export */   Js: () => (/* binding */ toParsed),
/* harmony export */   PT: () => (/* binding */ withScanTarget),
/* harmony export */   Vr: () => (/* binding */ parseSimpleArgs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31440);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97235);




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
const EMPTY = { raw: {}, sources: {} };
/**
 * `runguard run|scan|gate [--flag value | --flag=value | --bool | --no-bool | -c file |
 * operand]… [-- command…]` read as commander reads it, or undefined for anything else (the
 * caller then asks commander, which also writes help and errors). Also answers a lone
 * `--version` / `-V` as commander does. The tokens come from Node's own `util.parseArgs` in
 * strict mode: an unknown flag, a missing value, a value that looks like a flag or a boolean
 * given a value makes it throw, and those lines go to commander for its error message.
 */
function parseSimpleArgs(argv, version) {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V'))
        return { command: 'gate', layer: EMPTY, files: [], printed: `${version}\n` };
    const dashDash = argv.indexOf('--');
    const before = dashDash >= 0 ? argv.slice(0, dashDash) : [...argv];
    const script = dashDash >= 0 ? argv.slice(dashDash + 1) : undefined;
    const command = before[0];
    if (command !== 'run' && command !== 'scan' && command !== 'gate')
        return undefined;
    // parseArgs option name → the commander attribute it sets, and the value a boolean sets.
    const attrs = new Map();
    const options = { config: { type: 'string', short: 'c' } };
    attrs.set('config', { attr: 'config' });
    for (const entry of _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_TABLE */ .a) {
        if (!offered(command, entry))
            continue;
        const attr = camel(entry.name);
        if (entry.kind === 'boolean') {
            options[entry.name] = { type: 'boolean' };
            options[`no-${entry.name}`] = { type: 'boolean' };
            attrs.set(entry.name, { attr, set: true });
            attrs.set(`no-${entry.name}`, { attr, set: false });
        }
        else {
            const repeatable = entry.kind === 'list' || entry.kind === 'numberList' || entry.kind === 'record';
            options[entry.name] = { type: 'string' };
            attrs.set(entry.name, { attr, repeatable });
            if (entry.name === 'gate') {
                options['add-gate'] = { type: 'string' };
                attrs.set('add-gate', { attr: 'addGate', repeatable: true });
            }
        }
    }
    let tokens;
    try {
        tokens = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: before.slice(1),
            options,
            strict: true,
            allowPositionals: true,
            tokens: true
        }).tokens;
    }
    catch {
        return undefined;
    }
    const opts = {};
    const operands = [];
    // In order, so the last of `--x --no-x` wins and repeated values keep their order.
    for (const token of tokens) {
        if (token.kind === 'positional') {
            // A lone "-" is an operand to parseArgs; commander's reading of it is left to commander.
            if (token.value === '-')
                return undefined;
            operands.push(token.value);
            continue;
        }
        if (token.kind !== 'option')
            return undefined;
        // Only `-c file`: a short flag with its value attached (`-cfile`) is left to commander.
        if (token.rawName === '-c' && token.inlineValue === true)
            return undefined;
        const flag = attrs.get(token.name);
        if (!flag)
            return undefined;
        if (flag.set !== undefined) {
            opts[flag.attr] = flag.set;
            continue;
        }
        const value = token.value ?? '';
        opts[flag.attr] = flag.repeatable
            ? [...(opts[flag.attr] ?? []), value]
            : value;
    }
    return toParsed(command, operands, opts, script);
}
function toParsed(command, operands, opts, script) {
    const layer = { raw: {}, sources: {} };
    const set = (entry, value) => {
        ;
        layer.raw[entry.key] = value;
        layer.sources[entry.key] = { kind: 'flag', name: entry.name };
    };
    for (const entry of _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_TABLE */ .a) {
        const attr = camel(entry.name);
        const value = opts[attr];
        if (value === undefined)
            continue;
        const source = { kind: 'flag', name: entry.name };
        if (entry.kind === 'boolean')
            set(entry, value === true);
        else if (Array.isArray(value)) {
            const parts = value.map(v => (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .fromText */ .IK)(entry, v, source));
            set(entry, entry.kind === 'record' ? Object.assign({}, ...parts) : parts.flat());
        }
        else if (typeof value === 'string')
            set(entry, (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .fromText */ .IK)(entry, value, source));
    }
    if (Array.isArray(opts.addGate)) {
        const gate = _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_TABLE */ .a.find(e => e.key === 'gates');
        const existing = (layer.raw.gates ?? []);
        set(gate, [...existing, ...opts.addGate]);
    }
    if (command !== 'merge' && command !== 'history' && operands.length > 0) {
        set(_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_TABLE */ .a.find(e => e.key === 'paths'), operands);
    }
    if (script && script.length > 0)
        set(_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_TABLE */ .a.find(e => e.key === 'script'), script);
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
    if (!isDirectory(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, only)))
        return parsed;
    const { paths: _paths, ...rest } = raw;
    const { paths: _source, ...sources } = parsed.layer.sources;
    return {
        ...parsed,
        layer: {
            raw: { ...rest, workspace: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, only) },
            sources: { ...sources, workspace: { kind: 'argument', name: only } }
        }
    };
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

export const id = 1178;
export const ids = [1178];
export const modules = {

/***/ 21178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J3: () => (/* binding */ LiveLog),
/* harmony export */   cliOutput: () => (/* binding */ cliOutput)
/* harmony export */ });
/* unused harmony exports formatBytes, stopCommandsToken, CommandGuard */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MiB = 1024 * 1024;
/** Lines of hidden output replayed at the end of an attempt (the end is where errors are). */
const REPLAY_LINES = 200;
const REPLAY_BYTES = 64 * 1024;
function formatBytes(bytes) {
    return bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('hex');
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


/***/ })

};

export const id = 4660;
export const ids = [4660];
export const modules = {

/***/ 54660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Heartbeat: () => (/* binding */ Heartbeat),
/* harmony export */   STATUS_REDRAW_MS: () => (/* binding */ STATUS_REDRAW_MS),
/* harmony export */   StatusLine: () => (/* binding */ StatusLine)
/* harmony export */ });
/** How often the live status line is redrawn (its elapsed seconds tick). */
const STATUS_REDRAW_MS = 1000;
/**
 * Plain progress lines for long steps: users watch the log, and a scan used to be
 * silent until the first tool finished. Each task's start is announced, and every `intervalMs`
 * a heartbeat names the tasks still running with their elapsed time. When the logger has a live
 * status line (the CLI on a terminal), that line shows the same, redrawn every second, instead
 * of the heartbeat lines. The timer is unref'd, so it never keeps the process alive, and stops
 * with `stop()`.
 */
class Heartbeat {
    logger;
    what;
    intervalMs;
    now;
    running = new Map();
    timer;
    done = 0;
    constructor(logger, what, intervalMs = 10_000, now = () => performance.now()) {
        this.logger = logger;
        this.what = what;
        this.intervalMs = intervalMs;
        this.now = now;
    }
    /** Announces `name` and starts the heartbeat if it is not running yet. */
    start(name) {
        this.running.set(name, this.now());
        this.logger.info(`${name}: started`);
        const live = this.logger.status !== undefined;
        const every = live ? STATUS_REDRAW_MS : this.intervalMs;
        if (this.timer === undefined && every > 0) {
            this.timer = setInterval(() => (live ? this.redraw() : this.beat()), every);
            this.timer.unref();
        }
        if (live)
            this.redraw();
    }
    /** `name` is done (its own finish line is the caller's, with its result). */
    finish(name) {
        if (this.running.delete(name))
            this.done++;
        if (this.logger.status)
            this.redraw();
    }
    /** The live status line now: what runs, for how long, and how many are done. */
    redraw() {
        if (this.running.size === 0) {
            this.logger.status?.(undefined);
            return;
        }
        const now = this.now();
        const list = [...this.running]
            .map(([name, t]) => `${name} ${Math.round((now - t) / 1000)}s`)
            .join(', ');
        this.logger.status?.(`${this.what}: ${list}${this.done > 0 ? ` · ${this.done} done` : ''}`);
    }
    /** Seconds since `name` started, or undefined when it is not running. */
    elapsed(name) {
        const t = this.running.get(name);
        return t === undefined ? undefined : (this.now() - t) / 1000;
    }
    /** One heartbeat line now (the timer calls this). */
    beat() {
        if (this.running.size === 0)
            return;
        const now = this.now();
        const list = [...this.running]
            .map(([name, t]) => `${name} (${Math.round((now - t) / 1000)}s)`)
            .join(', ');
        this.logger.info(`${this.what} still running: ${list}`);
    }
    stop() {
        if (this.timer !== undefined)
            clearInterval(this.timer);
        this.timer = undefined;
        this.running.clear();
        this.logger.status?.(undefined);
    }
}
const CLEAR_LINE = '\r\x1b[2K';
/**
 * One line at the bottom of a terminal, redrawn in place (`\r`, erase line), with ordinary
 * lines printed above it. Only for a terminal: in a file, a pipe or a CI log the redraws would
 * be noise, so the CLI uses plain lines there (and the Action never has a status line). The text
 * is cut to the terminal's width, since a wrapped line can no longer be redrawn in place.
 */
class StatusLine {
    write;
    columns;
    text;
    constructor(write, columns = () => 80) {
        this.write = write;
        this.columns = columns;
    }
    /** Prints a whole line (without its newline) above the status line. */
    line(line) {
        if (this.text === undefined) {
            this.write(`${line}\n`);
            return;
        }
        this.write(`${CLEAR_LINE}${line}\n${this.fit(this.text)}`);
    }
    /** Shows `text` as the status (undefined: removes it). */
    set(text) {
        if (text === undefined) {
            if (this.text !== undefined)
                this.write(CLEAR_LINE);
            this.text = undefined;
            return;
        }
        // Control characters would move the cursor: the line is ours, never raw input.
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        this.text = text.replace(/[\x00-\x1f\x7f-\x9f]/g, ' ');
        this.write(`${CLEAR_LINE}${this.fit(this.text)}`);
    }
    fit(text) {
        const width = Math.max(10, this.columns() - 1);
        return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
    }
}


/***/ })

};

export const id = 3190;
export const ids = [3190];
export const modules = {

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   execFile: () => (/* binding */ execFile)
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


/***/ })

};

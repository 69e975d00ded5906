export const id = 190;
export const ids = [190];
export const modules = {

/***/ 3190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STREAM_GRACE_MS: () => (/* binding */ STREAM_GRACE_MS),
/* harmony export */   execFile: () => (/* binding */ execFile)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_MAX_BUFFER = 512 * 1024 * 1024;
const KILL_GRACE_MS = 2000;
/** How long the output of an exited program may stay open (held by a process it started). */
const STREAM_GRACE_MS = 2000;
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
    child.stdout.on('data', (chunk) => {
        if (outBytes + chunk.length > max)
            truncated = true;
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
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
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

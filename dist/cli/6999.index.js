export const id = 6999;
export const ids = [6999];
export const modules = {

/***/ 86999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ redactingLogger),
/* harmony export */   StderrLogger: () => (/* binding */ StderrLogger)
/* harmony export */ });
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


/***/ })

};

export const id = 8353;
export const ids = [8353];
export const modules = {

/***/ 88353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coreOutputs: () => (/* binding */ coreOutputs),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   writeJobSummary: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* unused harmony exports OUTPUT_NAMES, computeOutputs */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);

/** Output names, in the order they are set (action.yml must declare each). */
const OUTPUT_NAMES = [
    'passed',
    'verdict-json',
    'findings-count',
    'critical-count',
    'high-count',
    'sarif-file',
    'sbom-file',
    'metrics-json',
    'gate-failures',
    'gate-failures-json'
];
/**
 * The outputs as strings. `findings-count` counts findings that count (not suppressed);
 * `metrics-json` leaves out the sample timeline (outputs share a 1 MB per-job budget);
 * `gate-failures` is a count like the other `-count` outputs (a workflow writes
 * `outputs.gate-failures > 0`; a JSON array there would compare as NaN and never be true), and
 * `gate-failures-json` names the failing gates.
 */
function computeOutputs(input) {
    const { verdict, metrics } = input;
    const total = Object.values(verdict.counts).reduce((a, b) => a + b, 0);
    const failedGates = verdict.gates.filter(g => !g.passed).map(g => g.gate);
    let metricsJson = '';
    if (metrics) {
        const { samples: _samples, ...rest } = metrics;
        metricsJson = JSON.stringify(rest);
    }
    return {
        passed: String(verdict.passed),
        'verdict-json': JSON.stringify(verdict),
        'findings-count': String(total),
        'critical-count': String(verdict.counts.critical),
        'high-count': String(verdict.counts.high),
        'sarif-file': input.sarifFile ?? '',
        'sbom-file': input.sbomFile ?? '',
        'metrics-json': metricsJson,
        'gate-failures': String(failedGates.length),
        'gate-failures-json': JSON.stringify(failedGates)
    };
}
/** Sets every output through `set`; `redact` runs over each value first. */
function setOutputs(input, set, redact = s => s) {
    const values = computeOutputs(input);
    for (const name of OUTPUT_NAMES)
        set(name, redact(values[name]));
}
/** The setter backed by @actions/core. */
function coreOutputs() {
    return (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value);
}
/**
 * Appends `markdown` to the job summary. Returns false (with a warning) instead of throwing when
 * the runner has no summary file (GITHUB_STEP_SUMMARY unset, e.g. act or GHES without it), so a
 * missing summary never hides the verdict.
 */
async function writeJobSummary(markdown, logger) {
    // Checked here too: core.summary caches the path of its first write for the whole process.
    if (!process.env.GITHUB_STEP_SUMMARY) {
        logger?.warning(`could not write the job summary: GITHUB_STEP_SUMMARY is not set`);
        return false;
    }
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(markdown, true).write();
        return true;
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.emptyBuffer();
        logger?.warning(`could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
        return false;
    }
}


/***/ })

};

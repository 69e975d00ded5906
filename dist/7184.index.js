export const id = 7184;
export const ids = [7184,8353];
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


/***/ }),

/***/ 77184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubPublisher: () => (/* binding */ githubPublisher)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86999);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76670);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27152);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34793);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88353);







/**
 * Everything a user sees on GitHub, as the pipeline's Publisher: the code-scanning upload
 * before the verdict (a failed upload the user asked for fails the gate), annotations (capped)
 * after it, then outputs, the sticky PR comment when asked for, and the job summary (always),
 * from the summary and the summary input rendered once. Every text passes through the run's
 * redactor, including what GitHub answers (error bodies, processing errors, Octokit's own
 * warnings), which can echo the token or a secret in any encoding.
 */
function githubPublisher(deps) {
    const { context } = deps;
    // The redactor is the run's, known only once a run calls; the logger and the notices of
    // each step go through it (the client's own token-only redaction is a second line).
    const through = (redactor) => {
        const redact = (text) => redactor.redact(text);
        const notice = deps.notice;
        return {
            redact,
            logger: (0,_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .redactingLogger */ .S)(deps.logger, redact),
            // A notice is an annotation too: it takes a slot of the step's notices.
            ...(notice
                ? {
                    notice: (m) => {
                        deps.ledger?.note('notice');
                        notice(redact(m));
                    }
                }
                : {})
        };
    };
    return {
        async deliver({ settings, reports, redactor }) {
            const { redact, logger, notice } = through(redactor);
            if (!settings.uploadSarif)
                return [];
            const sarifReport = reports.find(r => r.kind === 'sarif');
            if (!sarifReport)
                return [
                    'upload-sarif is on but no SARIF was written (sarif-file is empty or writing failed)'
                ];
            // The GitHub client (Octokit, its plugins) loads only when it is used: not at start-up.
            const { uploadSarif } = await Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 93694));
            const upload = await uploadSarif({
                sarifPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(settings.workspace, sarifReport.path),
                ...(settings.githubToken ? { token: settings.githubToken } : {}),
                ...(context.repository ? { repository: context.repository } : {}),
                ...(context.sha ? { sha: context.sha } : {}),
                ...(context.uploadRef ? { ref: context.uploadRef } : {}),
                apiUrl: context.apiUrl,
                checkoutUri: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(settings.workspace).href,
                isFork: context.isFork,
                ...(notice ? { notice } : {}),
                logger,
                ...(deps.pollIntervalMs !== undefined ? { pollIntervalMs: deps.pollIntervalMs } : {})
            });
            return upload.status === 'failed'
                ? [redact(`SARIF upload failed: ${upload.reason ?? 'unknown error'}`)]
                : [];
        },
        annotate(decided) {
            if (!decided.settings.annotations)
                return undefined;
            const redact = (text) => decided.redactor.redact(text);
            const sink = {
                annotate: ({ file, ...a }) => deps.annotations.annotate({
                    ...a,
                    // A path whose secret was redacted names no real file: the annotation goes on the run.
                    ...(file !== undefined && redact(file) === file && !file.includes(_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .REDACTED */ .XF)
                        ? { file }
                        : {}),
                    message: redact(a.message),
                    ...(a.title !== undefined ? { title: redact(a.title) } : {})
                })
            };
            return (0,_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .annotate */ .fz)(decided.findings, decided.gates, decided.verdict, sink, {
                unknownSeverity: decided.settings.unknownSeverity,
                ...(deps.ledger ? { ledger: deps.ledger } : {}),
                // src/main.ts prints the verdict's ::error whenever the run does not pass.
                reserveVerdictError: !decided.verdict.passed || decided.exitCode !== 0
            }).omitted;
        },
        async finish(outcome) {
            const { settings } = outcome;
            const { redact, logger, notice } = through(outcome.redactor);
            const sarifReport = outcome.reports.find(r => r.kind === 'sarif');
            const sbomReport = outcome.reports.find(r => r.kind === 'sbom');
            (0,_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutputs */ .n0)({
                verdict: outcome.verdict,
                ...(sarifReport ? { sarifFile: sarifReport.path } : {}),
                ...(sbomReport ? { sbomFile: sbomReport.path } : {}),
                ...(outcome.run ? { metrics: outcome.run.final } : {})
            }, deps.setOutput, redact);
            if (settings.commentOnPr) {
                if (context.prNumber === undefined) {
                    logger.info('comment-on-pr: not a pull request event, no comment written');
                }
                else {
                    const { upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(3604)]).then(__webpack_require__.bind(__webpack_require__, 33604));
                    const comment = await upsertPrComment({
                        ...(settings.githubToken ? { token: settings.githubToken } : {}),
                        ...(context.repository ? { repository: context.repository } : {}),
                        issueNumber: context.prNumber,
                        body: (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__.renderPrComment)(outcome.summaryInput, { redact }),
                        apiUrl: context.apiUrl,
                        logger,
                        ...(notice ? { notice } : {})
                    });
                    if (comment.status === 'failed')
                        logger.warning(`PR comment failed: ${comment.reason ?? 'unknown error'}`);
                }
            }
            // Written last and always; it already reflects the upload (decided before it was rendered).
            await deps.writeSummary(outcome.summary);
        }
    };
}


/***/ })

};

export const id = 3863;
export const ids = [3863];
export const modules = {

/***/ 23863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ effectiveRank),
/* harmony export */   hg: () => (/* binding */ presentFinding),
/* harmony export */   nc: () => (/* binding */ presentSeverity),
/* harmony export */   oC: () => (/* binding */ treatedAs)
/* harmony export */ });
/* unused harmony export BAND_SCORE */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/* harmony import */ var _scanners_severity_score_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12755);


/**
 * `security-severity` when there is no CVSS score. Values sit inside GitHub's bands (critical
 * ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0); `info` and `unknown` get none.
 */
const BAND_SCORE = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 2.0
};
/**
 * Levels by the severity a finding is treated as. A finding treated as `unknown` (the setting is
 * `unknown` too: it never fails a threshold) is a warning: not an error it was never rated as,
 * not hidden among notices either.
 */
const LEVELS = {
    critical: { sarifLevel: 'error', annotationLevel: 'error' },
    high: { sarifLevel: 'error', annotationLevel: 'error' },
    medium: { sarifLevel: 'warning', annotationLevel: 'warning' },
    unknown: { sarifLevel: 'warning', annotationLevel: 'warning' },
    low: { sarifLevel: 'note', annotationLevel: 'notice' },
    info: { sarifLevel: 'note', annotationLevel: 'notice' }
};
/** The severity a finding counts as: `unknown` takes the `unknown-severity` setting. */
function treatedAs(severity, unknownSeverity) {
    return severity === 'unknown' ? unknownSeverity : severity;
}
/**
 * Rank for thresholds and ordering; `unknown` takes the configured severity. If that is
 * `unknown` too, the finding ranks below info: it is reported but never fails a threshold.
 */
function effectiveRank(severity, unknownSeverity) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[treatedAs(severity, unknownSeverity)];
}
/** The one presentation of `severity` under the `unknown-severity` setting. */
function presentSeverity(severity, unknownSeverity, cvssScore) {
    const treated = treatedAs(severity, unknownSeverity);
    // A score from another band (a merged severity, a tool's own label) would make GitHub show a
    // different severity than every other channel: the band value is used instead.
    const score = severity === 'unknown' || severity === 'info'
        ? undefined
        : cvssScore !== undefined && (0,_scanners_severity_score_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromScore */ .q)(cvssScore) === severity
            ? cvssScore
            : BAND_SCORE[severity];
    return {
        severity,
        treatedAs: treated,
        ...LEVELS[treated],
        ...(score !== undefined ? { securitySeverity: score } : {}),
        cyclonedx: severity,
        label: severity === 'unknown' && treated !== 'unknown' ? `unknown (counts as ${treated})` : severity
    };
}
/** presentSeverity for a finding (its CVSS score, when it has one). */
function presentFinding(finding, unknownSeverity) {
    return presentSeverity(finding.severity, unknownSeverity, finding.advisory?.cvssScore);
}


/***/ }),

/***/ 12755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ severityFromScore)
/* harmony export */ });
// Apart from severity.ts, which loads the CVSS calculator (about 190 kB evaluated at import):
// the policy ranks severities on every command and needs only these bands.
/** CVSS v3/v4 qualitative bands; a base score of 0.0 is "None", which we report as info. */
function severityFromScore(score) {
    if (!Number.isFinite(score) || score < 0 || score > 10)
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'info';
}


/***/ })

};

export const id = 9730;
export const ids = [9730];
export const modules = {

/***/ 5073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RULES: () => (/* reexport safe */ _rules_index_js__WEBPACK_IMPORTED_MODULE_1__.y0),
/* harmony export */   detectSecretValues: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.ew),
/* harmony export */   maskSecret: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.$l),
/* harmony export */   scanText: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.Ff),
/* harmony export */   secretFingerprint: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.nO)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10384);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1491);
/**
 * The built-in secret detector (users' view: docs/scanners.md): rules, engine and masking.
 * The scanner adapter is `src/scanners/secrets.ts`; the runner's redactor uses
 * `detectSecretValues` as its detect hook so a secret printed at run time is redacted too.
 */




/***/ }),

/***/ 95138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Stable fingerprint: sha256 hex of the parts (NUL-separated, so parts cannot run together), 32 chars. */
function fingerprintOf(parts) {
    // The hex of the first 16 bytes, not a slice of the full hex: V8 keeps a slice as a view of
    // its 64-character parent, which every finding would then hold (three times the memory).
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\0')).digest().toString('hex', 0, 16);
}


/***/ })

};

export const id = 2856;
export const ids = [2856];
export const modules = {

/***/ 2856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dashboardHtml: () => (/* binding */ dashboardHtml)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);



/**
 * The static dashboard (`index.html` of the history branch): one self-contained page, with uPlot
 * (a small, well-kept chart library: zoom by dragging, 50 kB) and the page's own script inlined,
 * so it makes no request but one, for the history file beside it. A Content-Security-Policy
 * with the scripts' hashes makes that a rule: no CDN, no other origin, no injected script, even
 * if a record held markup (the page also writes every value as text, never as HTML). Opened from
 * disk (`file://`, where browsers refuse to fetch files), it asks for the history file instead.
 *
 * The assets are read with `new URL(…, import.meta.url)`, which the bundler (ncc) sees and
 * copies into dist/, so the page needs no network at build or run time either.
 */
const sha256 = (text) => `'sha256-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
/** A `<script>` body must not close its own element early. */
function scriptBody(text) {
    if (/<\/script/i.test(text))
        throw new Error('an inlined script contains "</script"');
    return text;
}
let cached;
/** The dashboard page, built once per process. */
function dashboardHtml() {
    if (cached !== undefined)
        return cached;
    // Each read is written out in full (readFileSync(new URL(literal, import.meta.url))): the form
    // the bundler's asset relocator recognises and copies into dist/.
    const uplot = scriptBody((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(__webpack_require__.ab + "uPlot.iife.min.js", 'utf8'));
    const app = scriptBody((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(__webpack_require__.ab + "dashboard.js", 'utf8'));
    const css = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(__webpack_require__.ab + "uPlot.min.css", 'utf8') +
        '\n' +
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(__webpack_require__.ab + "dashboard.css", 'utf8');
    const csp = [
        "default-src 'none'",
        `script-src ${sha256(uplot)} ${sha256(app)}`,
        "style-src 'unsafe-inline'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
    cached = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="runguard ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNGUARD_VERSION */ .m}">
<link rel="icon" href="data:,">
<title>runguard history</title>
<style>${css.replace(/<\/style/gi, '')}</style>
</head>
<body>
<header>
  <h1>runguard history</h1>
  <p id="status" role="status">Loading runguard-history.jsonl…</p>
  <p id="picker" hidden>
    <label>Open a history file (runguard-history.jsonl):
      <input id="file" type="file" accept=".jsonl,.json,application/json,text/plain"></label>
  </p>
  <p class="help">Drag across a chart to zoom in, double-click to zoom out; click a point to see its run.</p>
</header>
<main id="categories"></main>
<script>${uplot}</script>
<script>${app}</script>
</body>
</html>
`;
    return cached;
}


/***/ })

};

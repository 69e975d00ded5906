export const id = 1571;
export const ids = [1571];
export const modules = {

/***/ 91571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseIgnoreFile: () => (/* binding */ parseIgnoreFile)
/* harmony export */ });
/* harmony import */ var _glob_match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67351);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);





/**
 * Parsing and validating `.runguard-ignore.yml` (the format: ignore-file.ts). A module of its
 * own so that the YAML parser loads only when an ignore file exists.
 */
// Built on first use, not at import: every `run` loads this module with the policy, and zod's
// schema construction would otherwise sit between the start and the script's spawn even when
// there is no ignore file.
let schemas;
const ignoreSchemas = () => (schemas ??= buildSchemas());
function buildSchemas() {
    const isoDate = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
        .refine(s => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
        new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date');
    const entrySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1).optional(),
        rule: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1).optional(),
        path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1).optional(),
        fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1).optional(),
        tool: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
            .transform(s => (s.trim().toLowerCase() === 'osv' ? 'osv-scanner' : s.trim().toLowerCase()))
            .pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAMES */ .K2))
            .optional(),
        reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'is required: say why this finding is acceptable' })
            .trim()
            .min(1, 'must not be empty'),
        // YAML 1.1 readers turn bare dates into timestamps; accept both spellings.
        expires: zod__WEBPACK_IMPORTED_MODULE_3__/* .preprocess */ .vkY(v => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate)
            .optional()
    })
        .strict()
        .refine(e => e.id ?? e.rule ?? e.path ?? e.fingerprint, {
        message: 'needs at least one of id, rule, path or fingerprint (a reason alone would suppress everything)'
    });
    const fileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
            version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).optional(),
            ignore: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).nullable().default([])
        })
            .strict(),
        zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J())
    ]);
    return { entrySchema, fileSchema };
}
/** Parses ignore-file text; errors are ConfigurationErrors naming `path:line`. */
function parseIgnoreFile(text, path) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const fail = (message, line, field) => {
        const where = line === undefined ? path : `${path}:${line}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: ${field ? `${field} ` : ''}${message}`, {
            field: 'ignoreFile',
            value: field,
            source: { kind: 'file', path, ...(line === undefined ? {} : { line }) }
        });
    };
    const first = doc.errors[0];
    if (first)
        fail(`is not valid YAML: ${first.message}`, lineCounter.linePos(first.pos[0]).line);
    const raw = doc.toJS();
    if (raw === null || raw === undefined)
        return { path, exists: true, entries: [] };
    const top = ignoreSchemas().fileSchema.safeParse(raw);
    if (!top.success) {
        fail('must be a map with an `ignore:` list of entries (or a bare list)', 1);
    }
    const list = Array.isArray(raw)
        ? raw
        : (raw.ignore ?? []);
    const seq = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(doc.contents) ? doc.contents : doc.get('ignore', true);
    const items = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq) ? seq.items : [];
    const entries = list.map((value, i) => {
        const node = items[i];
        const entryLine = lineOf(node) ?? 1;
        const parsed = ignoreSchemas().entrySchema.safeParse(value);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const key = issue?.path[0];
            const keyNode = typeof key === 'string' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)
                ? node.get(key, true)
                : undefined;
            const field = typeof key === 'string' ? `ignore[${i}].${key}` : `ignore[${i}]`;
            const message = issue?.code === 'unrecognized_keys'
                ? `has unknown key(s) ${issue.keys.join(', ')}; allowed: id, rule, path, fingerprint, tool, reason, expires`
                : (issue?.message ?? 'is invalid');
            return fail(message, lineOf(keyNode) ?? entryLine, field);
        }
        const e = parsed.data;
        if (e.path !== undefined) {
            const problem = (0,_glob_match_js__WEBPACK_IMPORTED_MODULE_4__/* .globProblem */ .AI)(e.path);
            if (problem)
                fail(`is not a glob runguard accepts: it ${problem}`, entryLine, `ignore[${i}].path`);
        }
        return {
            ...(e.id === undefined ? {} : { id: e.id }),
            ...(e.rule === undefined ? {} : { rule: e.rule }),
            ...(e.path === undefined ? {} : { path: e.path }),
            ...(e.fingerprint === undefined ? {} : { fingerprint: e.fingerprint }),
            ...(e.tool === undefined ? {} : { tool: e.tool }),
            reason: e.reason,
            ...(e.expires === undefined ? {} : { expires: e.expires }),
            line: entryLine
        };
    });
    return { path, exists: true, entries };
}


/***/ })

};

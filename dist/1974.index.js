export const id = 1974;
export const ids = [1974];
export const modules = {

/***/ 11974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfigFile: () => (/* binding */ loadConfigFile),
/* harmony export */   parseConfigText: () => (/* binding */ parseConfigText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _gates_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6059);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31440);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97235);






/** Python Script Runner keys we keep, and plural/aliases users type. */
const LEGACY_KEYS = ['performance_gates', 'retry', 'monitoring'];
const ALIASES = { gates: 'gate', 'add-gate': 'gate' };
const RETRY_KEYS = ['strategy', 'max_attempts', 'initial_delay', 'max_delay', 'multiplier'];
/**
 * Reads `.runguard.yml`. Keys are the kebab-case names of the Action inputs; the Python Script
 * Runner keys `performance_gates`, `retry: {…}` and `monitoring: {sampling_interval}` are
 * accepted too. Unknown keys are errors with a "did you mean", never ignored.
 */
function loadConfigFile(filePath, displayPath = filePath) {
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(filePath, 'utf8');
    return parseConfigText(text, displayPath);
}
function parseConfigText(text, displayPath) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: true });
    const at = (node) => ({
        kind: 'file',
        path: displayPath,
        ...(node?.range ? { line: lineCounter.linePos(node.range[0]).line } : {})
    });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${displayPath}: invalid YAML: ${e.message}`, {
            source: { kind: 'file', path: displayPath, line: e.linePos?.[0]?.line }
        });
    }
    const layer = { raw: {}, sources: {} };
    if (doc.contents === null)
        return layer;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(doc.contents)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${displayPath}: the config file must be a mapping of settings (key: value)`, {
            source: at(doc.contents)
        });
    }
    const set = (key, value, source) => {
        ;
        layer.raw[key] = value;
        layer.sources[key] = source;
    };
    for (const pair of doc.contents.items) {
        const rawName = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        const source = at(pair.key);
        const valueNode = pair.value;
        const value = valueNode?.toJSON();
        if (rawName === 'performance_gates') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(valueNode))
                throw typeError('performance_gates', value, source, 'a list of {metric_name, max_value|min_value}');
            const existing = (layer.raw.gates ?? []);
            set('gates', [...existing, ...value], source);
            continue;
        }
        if (rawName === 'retry' && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(valueNode)) {
            applyLegacyRetry(value, source, set);
            continue;
        }
        if (rawName === 'monitoring') {
            const interval = value?.sampling_interval;
            const unknownKeys = Object.keys(value ?? {}).filter(k => k !== 'sampling_interval');
            if (typeof interval !== 'number' || unknownKeys.length > 0) {
                throw typeError('monitoring', value, source, '{sampling_interval: <seconds>} (Python Script Runner form)');
            }
            // Python Script Runner gives seconds; runguard's sampling-interval is milliseconds.
            set('samplingInterval', Math.round(interval * 1000), source);
            continue;
        }
        const name = ALIASES[rawName] ?? rawName;
        const entry = _keys_js__WEBPACK_IMPORTED_MODULE_4__/* .BY_NAME */ .O.get(name) ?? _keys_js__WEBPACK_IMPORTED_MODULE_4__/* .BY_NAME */ .O.get(kebab(name));
        if (entry && entry.file === false && entry.input !== false) {
            // The file is written by whoever opens a pull request; these belong to the workflow.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSource */ .B6)(source)}: '${entry.name}' cannot be set in the config file, which a pull request can change; set it in the workflow (the Action input '${entry.name}', or the CLI flag --${entry.name}).`, { field: entry.name, source });
        }
        if (!entry || entry.file === false) {
            const known = [
                ..._keys_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTING_TABLE */ .a.filter(k => k.file !== false).map(k => k.name),
                ...LEGACY_KEYS,
                'gates'
            ];
            const hint = (0,_gates_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(rawName, known);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSource */ .B6)(source)}: unknown key '${rawName}'${hint ? ` (did you mean '${hint}'?)` : ''}. ` +
                `Known keys are the Action input names (see README) plus ${LEGACY_KEYS.join(', ')}.`, { field: rawName, source });
        }
        set(entry.key, fromYaml(entry, value, source), source);
    }
    return layer;
}
function fromYaml(entry, value, source) {
    if (value === null || value === undefined)
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .invalid */ .Gq)(entry, value, source, 'a value');
    if (typeof value === 'string')
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .fromText */ .IK)(entry, value, source);
    switch (entry.kind) {
        case 'list':
        case 'numberList':
            if (Array.isArray(value)) {
                // Gates may also be legacy objects; other lists are scalars.
                if (entry.key === 'gates')
                    return value;
                return value.map(v => (entry.kind === 'numberList' ? Number(v) : String(v)));
            }
            return entry.kind === 'numberList' && typeof value === 'number' ? [value] : value;
        case 'script':
            if (Array.isArray(value) &&
                value.every(v => typeof v === 'string' || typeof v === 'number')) {
                return value.map(String);
            }
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .invalid */ .Gq)(entry, value, source, 'a list of arguments or one string');
        default:
            return value;
    }
}
function applyLegacyRetry(value, source, set) {
    for (const k of Object.keys(value)) {
        if (!RETRY_KEYS.includes(k)) {
            const hint = (0,_gates_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(k, RETRY_KEYS);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSource */ .B6)(source)}: unknown key 'retry.${k}'${hint ? ` (did you mean 'retry.${hint}'?)` : ''}; expected ${RETRY_KEYS.join(', ')}`, { field: `retry.${k}`, source });
        }
    }
    const num = (k) => {
        const v = value[k];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'number')
            throw typeError(`retry.${k}`, v, source, 'a number');
        return v;
    };
    if (value.strategy !== undefined)
        set('retryStrategy', value.strategy, source);
    const attempts = num('max_attempts');
    // Python Script Runner counts total attempts; runguard's `retry` counts extra attempts.
    if (attempts !== undefined)
        set('retry', Math.max(0, attempts - 1), source);
    const initial = num('initial_delay');
    if (initial !== undefined)
        set('retryDelay', initial, source);
    const max = num('max_delay');
    if (max !== undefined)
        set('retryMaxDelay', max, source);
    const mult = num('multiplier');
    if (mult !== undefined)
        set('retryMultiplier', mult, source);
}
function typeError(field, value, source, expected) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Invalid value for '${field}' from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSource */ .B6)(source)}: got ${JSON.stringify(value)}, expected ${expected}.`, { field, value, source });
}
function kebab(name) {
    return name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`).replace(/_/g, '-');
}


/***/ })

};

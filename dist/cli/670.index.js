export const id = 670;
export const ids = [670];
export const modules = {

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REDACTED: () => (/* binding */ REDACTED),
/* harmony export */   SECRET_NAME_PATTERN: () => (/* binding */ SECRET_NAME_PATTERN),
/* harmony export */   createRedactor: () => (/* binding */ createRedactor),
/* harmony export */   encodedForms: () => (/* binding */ encodedForms),
/* harmony export */   markdownInline: () => (/* binding */ markdownInline),
/* harmony export */   redactData: () => (/* binding */ redactData),
/* harmony export */   secretValuesFromEnv: () => (/* binding */ secretValuesFromEnv)
/* harmony export */ });
const REDACTED = '***';
const MIN_SECRET_LENGTH = 4;
/** Encoded forms shorter than this are not registered: they would mask ordinary text. */
const MIN_VARIANT_LENGTH = 6;
/** Names that look like they hold a secret (matched case-insensitively on env var names). */
const SECRET_NAME_PATTERN = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH|SESSION|COOKIE|DSN|CONN(ECTION)?_?STRING)(_|$)/i;
/**
 * Inline Markdown escaping as the summary and PR comment apply it (src/report/markdown.ts
 * `escapeMarkdown`, minus its block-start rules): a test keeps the two in step.
 */
function markdownInline(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, '\\$&')
        .replace(/#(?=\d)/g, '#&#8203;')
        .replace(/(?<![\w.\-/])@/g, '@&#8203;');
}
const xmlEscape = (s) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
/** Workflow-command escaping of `@actions/core` (command data, then properties). */
const commandData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const commandProperty = (s) => commandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** Base64 of `value` as it appears at each of the three byte alignments inside longer data. */
function base64Variants(value) {
    const bytes = Buffer.from(value, 'utf8');
    const out = [];
    for (let shift = 0; shift < 3; shift++) {
        const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
        // Only characters whose six bits come from the value itself are stable.
        const first = Math.ceil((8 * shift) / 6);
        const last = Math.floor((8 * (shift + bytes.length)) / 6);
        const stable = encoded.slice(first, last);
        out.push(stable, stable.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return out;
}
/** Every form of one value worth searching for, the value first. */
function encodedForms(value) {
    const json = JSON.stringify(value).slice(1, -1);
    const percent = encodeURIComponent(value);
    const forms = [
        value,
        json,
        // JSON inside JSON (a SARIF embedded in an upload body, a report inside a log line).
        JSON.stringify(json).slice(1, -1),
        value.replace(/"/g, '\\"'),
        value.replace(/'/g, "''"),
        percent,
        percent.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase()),
        percent.replace(/%20/g, '+'),
        encodeURI(value),
        xmlEscape(value),
        markdownInline(value),
        // A leading `@` gets the zero-width space only where the text before it does not end in a
        // word character, so the escaped secret appears in both forms.
        markdownInline(value).replace(/^@&#8203;/, '@'),
        value.replace(/\\/g, '\\\\').replace(/#/g, '\\#'),
        commandData(value),
        commandProperty(value),
        ...base64Variants(value)
    ];
    return [...new Set(forms)].filter(f => f === value || f.length >= MIN_VARIANT_LENGTH);
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * @param values initial secret values
 * @param detect optional detector that returns secret values found in a piece of text (the
 *   built-in secret engine), so a secret printed at run time is redacted even if unknown.
 * @param onNew called once for each newly learned value (Action mode: core.setSecret).
 */
function createRedactor(values = [], detect, onNew) {
    const known = new Set();
    const patterns = new Set();
    let matcher;
    let dirty = false;
    const register = (value) => {
        if (value.length < MIN_SECRET_LENGTH || known.has(value))
            return;
        known.add(value);
        for (const form of encodedForms(value))
            patterns.add(form);
        dirty = true;
        onNew?.(value);
    };
    const add = (value) => {
        register(value);
        // A multi-line value is also known line by line (trimmed), like the runner's masker does:
        // Markdown flattens line breaks, logs and annotations split on them.
        if (/[\r\n]/.test(value))
            for (const line of value.split(/\r?\n|\r/))
                register(line.trim());
    };
    for (const v of values)
        add(v);
    const current = () => {
        if (dirty) {
            // Longest first, so a value that contains another is replaced whole; one pass over the
            // text whatever the number of values and forms.
            const ordered = [...patterns].sort((a, b) => b.length - a.length);
            matcher = ordered.length ? new RegExp(ordered.map(escapeRegExp).join('|'), 'g') : undefined;
            dirty = false;
        }
        return matcher;
    };
    return {
        add,
        get size() {
            return known.size;
        },
        redact(text) {
            if (detect)
                for (const v of detect(text))
                    add(v);
            const re = current();
            return re ? text.replace(re, REDACTED) : text;
        },
        redactKnown(text) {
            const re = current();
            return re ? text.replace(re, REDACTED) : text;
        }
    };
}
/**
 * A copy of plain data (objects, arrays, strings) with every string, and every object key,
 * redacted: reports are built from this copy, so redaction happens on raw text before any
 * encoding. Other values (numbers, Dates, class instances) are kept as they are.
 */
function redactData(value, redact) {
    const walk = (v) => {
        if (typeof v === 'string')
            return redact(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object') {
            const proto = Object.getPrototypeOf(v);
            if (proto !== Object.prototype && proto !== null)
                return v;
            const out = {};
            for (const [k, x] of Object.entries(v))
                out[redact(k)] = walk(x);
            return out;
        }
        return v;
    };
    return walk(value);
}
/** Values of environment variables whose names look secret (for redaction, never printed). */
function secretValuesFromEnv(env) {
    return Object.entries(env)
        .filter(([name, value]) => value !== undefined && SECRET_NAME_PATTERN.test(name))
        .map(([, value]) => value)
        .filter(v => v.length >= MIN_SECRET_LENGTH);
}


/***/ })

};

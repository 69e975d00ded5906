export const id = 2998;
export const ids = [2998];
export const modules = {

/***/ 42998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildJunitXml: () => (/* binding */ buildJunitXml)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28669);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/* harmony import */ var _gates_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73443);



// XML 1.0 forbids most C0 control characters even escaped; tool errors can contain them.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (s) => s.replace(INVALID_XML, '\uFFFD');
const seconds = (s) => (Number.isFinite(s) && s > 0 ? s : 0).toFixed(3);
function propertiesNode(props) {
    const property = props
        .filter((p) => p[1] !== undefined)
        .map(([name, value]) => ({ '@_name': clean(name), '@_value': clean(String(value)) }));
    return property.length > 0 ? { property } : undefined;
}
function outcome(message, type, body) {
    return {
        '@_message': clean(message),
        '@_type': type,
        ...(body === undefined || body === '' ? {} : { '#text': clean(body) })
    };
}
function gateCase(g) {
    const name = g.kind === 'regression' ? `regression: ${g.metric}` : `gate: ${g.gate}`;
    const details = [
        `metric: ${g.metric}`,
        `actual: ${(0,_gates_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(g.metric, g.actual)}`,
        `limit: ${g.op} ${(0,_gates_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(g.metric, g.limit)}`,
        ...(g.baseline === undefined ? [] : [`baseline: ${(0,_gates_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(g.metric, g.baseline)}`])
    ].join('\n');
    return {
        '@_name': clean(name),
        '@_classname': 'runguard.gates',
        '@_time': seconds(0),
        properties: propertiesNode([
            ['kind', g.kind],
            ['metric', g.metric],
            ['op', g.op],
            ['value', g.actual],
            ['limit', g.limit],
            ['baseline', g.baseline]
        ]),
        ...(g.passed ? {} : { failure: outcome(g.message, g.kind, details) })
    };
}
function scriptCase(script) {
    const m = script.metrics;
    const failed = !m.success || m.timedOut;
    const message = m.timedOut
        ? `script timed out after ${(0,_gates_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)('execution_time_seconds', m.execution_time_seconds)}`
        : `script exited with code ${m.exit_code}${m.signal ? ` (${m.signal})` : ''}`;
    return {
        '@_name': 'script',
        '@_classname': 'runguard.script',
        '@_time': seconds(m.execution_time_seconds),
        properties: propertiesNode([
            ['command', script.command],
            ['exit_code', m.exit_code],
            ['timed_out', String(m.timedOut)],
            ['attempt', m.attempt],
            ['attempts', script.attempts],
            ['execution_time_seconds', m.execution_time_seconds],
            ['memory_max_mb', m.memory_max_mb ?? _gates_units_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_OBSERVED_LABEL */ .q7],
            ['cpu_max', m.cpu_max ?? _gates_units_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_OBSERVED_LABEL */ .q7],
            ...(m.measurement.notObserved
                ? [['not_observed', m.measurement.notObserved]]
                : [])
        ]),
        ...(failed ? { failure: outcome(message, m.timedOut ? 'timeout' : 'exit-code') } : {})
    };
}
function toolCase(t) {
    const reason = t.reason ?? (t.errors[0] || t.status);
    const body = t.errors.join('\n');
    let result = {};
    if (t.status === 'failed')
        result = { error: outcome(`${t.tool} failed: ${reason}`, 'tool-failed', body) };
    else if (t.status === 'timed-out')
        result = { error: outcome(`${t.tool} timed out: ${reason}`, 'tool-timed-out', body) };
    else if (t.status === 'skipped')
        result = { skipped: { '@_message': clean(reason) } };
    return {
        '@_name': `scanner: ${t.tool}`,
        '@_classname': 'runguard.scanners',
        '@_time': seconds(t.durationMs / 1000),
        properties: propertiesNode([
            ['version', t.version],
            ['status', t.status],
            ['findings', t.findings.length]
        ]),
        ...result
    };
}
function policyCase(p) {
    return {
        '@_name': 'policy: security',
        '@_classname': 'runguard.policy',
        '@_time': seconds(0),
        properties: propertiesNode(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(s => [`findings.${s}`, p.counts[s] ?? 0])),
        ...(p.reasons.length > 0
            ? { failure: outcome(p.reasons[0], 'policy', p.reasons.join('\n')) }
            : {})
    };
}
/** Builds the JUnit XML text (pure). */
function buildJunitXml(input) {
    const cases = [];
    let time = 0;
    if (input.script) {
        cases.push(scriptCase(input.script));
        time += Math.max(0, input.script.metrics.execution_time_seconds);
    }
    cases.push(...input.gates.map(gateCase));
    // Not checked is not passed: a skipped test case that says why.
    cases.push(...(input.unchecked ?? []).map((u) => ({
        '@_name': clean(`gate: ${u.gate}`),
        '@_classname': 'runguard.gates',
        '@_time': seconds(0),
        skipped: { '@_message': clean(`not checked: ${u.reason}`) }
    })));
    for (const t of input.toolRuns ?? []) {
        cases.push(toolCase(t));
        time += Math.max(0, t.durationMs / 1000);
    }
    if (input.policy)
        cases.push(policyCase(input.policy));
    const count = (key) => cases.filter(c => c[key] !== undefined).length;
    const counts = { tests: cases.length, failures: count('failure'), errors: count('error') };
    const suite = {
        '@_name': 'runguard',
        '@_tests': counts.tests,
        '@_failures': counts.failures,
        '@_errors': counts.errors,
        '@_skipped': count('skipped'),
        '@_time': seconds(time),
        ...(input.timestamp === undefined ? {} : { '@_timestamp': input.timestamp }),
        properties: propertiesNode(Object.entries(input.properties ?? {})),
        testcase: cases
    };
    const doc = {
        '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
        testsuites: {
            '@_name': 'runguard',
            '@_tests': counts.tests,
            '@_failures': counts.failures,
            '@_errors': counts.errors,
            '@_time': seconds(time),
            testsuite: suite
        }
    };
    const builder = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        textNodeName: '#text',
        format: true,
        indentBy: '  ',
        suppressEmptyNode: true,
        processEntities: true
    });
    return String(builder.build(doc));
}


/***/ })

};

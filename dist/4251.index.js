export const id = 4251;
export const ids = [4251];
export const modules = {

/***/ 4251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildTap: () => (/* binding */ buildTap)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

// TAP 14: `#` starts a directive and `\` escapes, so both are escaped in descriptions.
const escapeDescription = (s) => s
    .replace(/\\/g, '\\\\')
    .replace(/#/g, '\\#')
    .replace(/[\r\n]+/g, ' ');
function yamlBlock(data) {
    const body = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(data, { lineWidth: 0 }).trimEnd().split('\n');
    return ['  ---', ...body.map(l => `  ${l}`), '  ...'];
}
function gatePoint(g) {
    return {
        ok: g.passed,
        description: g.kind === 'regression' ? `regression: ${g.metric}` : `gate: ${g.gate}`,
        ...(g.passed
            ? {}
            : {
                diagnostics: {
                    message: g.message,
                    severity: 'fail',
                    kind: g.kind,
                    metric: g.metric,
                    actual: g.actual,
                    op: g.op,
                    limit: g.limit,
                    ...(g.baseline === undefined ? {} : { baseline: g.baseline })
                }
            })
    };
}
function toolPoint(t) {
    const description = `scanner: ${t.tool}`;
    const reason = t.reason ?? (t.errors[0] || t.status);
    if (t.status === 'skipped')
        return { ok: true, description, directive: `SKIP ${reason}` };
    if (t.status === 'ok')
        return { ok: true, description };
    return {
        ok: false,
        description,
        diagnostics: {
            message: `${t.tool} ${t.status === 'timed-out' ? 'timed out' : 'failed'}: ${reason}`,
            severity: 'fail',
            tool: t.tool,
            status: t.status,
            ...(t.version === undefined ? {} : { version: t.version }),
            duration_ms: t.durationMs,
            ...(t.errors.length > 0 ? { errors: t.errors } : {})
        }
    };
}
/** Builds the TAP 14 text (pure). */
function buildTap(input) {
    const points = [];
    if (input.script) {
        const m = input.script.metrics;
        const ok = m.success && !m.timedOut;
        points.push({
            ok,
            description: 'script',
            ...(ok
                ? {}
                : {
                    diagnostics: {
                        message: m.timedOut ? 'script timed out' : `script exited with code ${m.exit_code}`,
                        severity: 'fail',
                        exit_code: m.exit_code,
                        timed_out: m.timedOut,
                        execution_time_seconds: m.execution_time_seconds
                    }
                })
        });
    }
    points.push(...input.gates.map(gatePoint));
    for (const u of input.unchecked ?? [])
        points.push({
            ok: true,
            description: `gate: ${u.gate}`,
            directive: `SKIP not checked: ${u.reason}`
        });
    points.push(...(input.toolRuns ?? []).map(toolPoint));
    if (input.policy) {
        const failed = input.policy.reasons.length > 0;
        points.push({
            ok: !failed,
            description: 'policy: security',
            ...(failed
                ? {
                    diagnostics: {
                        message: input.policy.reasons[0],
                        severity: 'fail',
                        reasons: input.policy.reasons,
                        counts: input.policy.counts
                    }
                }
                : {})
        });
    }
    const lines = ['TAP version 14', `1..${points.length}`];
    points.forEach((p, i) => {
        const directive = p.directive ? ` # ${p.directive.replace(/[\r\n]+/g, ' ')}` : '';
        lines.push(`${p.ok ? 'ok' : 'not ok'} ${i + 1} - ${escapeDescription(p.description)}${directive}`);
        if (p.diagnostics)
            lines.push(...yamlBlock(p.diagnostics));
    });
    return `${lines.join('\n')}\n`;
}


/***/ })

};

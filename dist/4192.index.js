export const id = 4192;
export const ids = [4192];
export const modules = {

/***/ 84192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportTelemetry: () => (/* binding */ exportTelemetry)
});

// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace/span_kind.mjs
var span_kind = __webpack_require__(3428);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/context/context.mjs
var context = __webpack_require__(11802);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace-api.mjs + 6 modules
var trace_api = __webpack_require__(8408);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/dist/trace/status.mjs
var trace_status = __webpack_require__(91213);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/core/dist/ExportResult.mjs
var ExportResult = __webpack_require__(55931);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/dist/ResourceImpl.mjs + 5 modules
var ResourceImpl = __webpack_require__(19481);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-metrics/dist/export/MetricReader.mjs + 4 modules
var MetricReader = __webpack_require__(66700);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-metrics/dist/MeterProvider.mjs + 23 modules
var MeterProvider = __webpack_require__(37297);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace/dist/export/InMemorySpanExporter.mjs
var InMemorySpanExporter = __webpack_require__(61877);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace/dist/TracerProvider.mjs + 12 modules
var TracerProvider = __webpack_require__(86684);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace/dist/export/SimpleSpanProcessor.mjs + 5 modules
var SimpleSpanProcessor = __webpack_require__(31933);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/core/dist/baggage/utils.mjs + 2 modules
var utils = __webpack_require__(96658);
// EXTERNAL MODULE: ./src/telemetry/enabled.ts
var enabled = __webpack_require__(91654);
;// CONCATENATED MODULE: ./src/telemetry/config.ts



const SIGNALS = { traces: 'TRACES', metrics: 'METRICS' };
/** The OTLP exporter's default timeout (OpenTelemetry spec, "OTLP Exporter Configuration"). */
const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * Resolves the OTLP exporter variables as the OpenTelemetry specification defines them: a
 * signal's own variable wins over the general one; the general endpoint gets `/v1/traces` or
 * `/v1/metrics` appended, a signal's endpoint is used as is; headers and resource attributes are
 * W3C-baggage-style `key=value` lists with percent-encoded values. A signal is exported only
 * when an endpoint for it is set and its exporter is not `none`. Pure.
 */
function telemetryConfig(env) {
    const warnings = [];
    const signal = (kind) => {
        const id = SIGNALS[kind];
        const exporter = (0,enabled/* envValue */.$R)(env, `OTEL_${id}_EXPORTER`)?.toLowerCase();
        if (exporter === 'none')
            return undefined;
        if (exporter !== undefined && exporter.split(',').some(e => e.trim() !== 'otlp'))
            warnings.push(`OTEL_${id}_EXPORTER=${exporter} is not supported (runguard exports over OTLP only): ${kind} are sent over OTLP`);
        const url = signalUrl(env, id, kind, warnings);
        if (!url)
            return undefined;
        const protocolName = (0,enabled/* envValue */.$R)(env, `OTEL_EXPORTER_OTLP_${id}_PROTOCOL`) ??
            (0,enabled/* envValue */.$R)(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ??
            'http/protobuf';
        if (protocolName !== 'http/protobuf' && protocolName !== 'http/json') {
            warnings.push(`OTLP protocol ${JSON.stringify(protocolName)} is not supported (runguard sends http/protobuf or http/json): ${kind} not exported; set OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf and an OTLP/HTTP endpoint (usually port 4318)`);
            return undefined;
        }
        const timeoutName = (0,enabled/* envValue */.$R)(env, `OTEL_EXPORTER_OTLP_${id}_TIMEOUT`)
            ? `OTEL_EXPORTER_OTLP_${id}_TIMEOUT`
            : 'OTEL_EXPORTER_OTLP_TIMEOUT';
        const timeoutText = (0,enabled/* envValue */.$R)(env, timeoutName);
        let timeoutMs = DEFAULT_TIMEOUT_MS;
        if (timeoutText !== undefined) {
            const parsed = Number(timeoutText);
            if (Number.isFinite(parsed) && parsed > 0)
                timeoutMs = parsed;
            else
                warnings.push(`${timeoutName}=${JSON.stringify(timeoutText)} is not a positive number of milliseconds: ${DEFAULT_TIMEOUT_MS} used`);
        }
        const compressionText = (0,enabled/* envValue */.$R)(env, `OTEL_EXPORTER_OTLP_${id}_COMPRESSION`) ??
            (0,enabled/* envValue */.$R)(env, 'OTEL_EXPORTER_OTLP_COMPRESSION') ??
            'none';
        let compression = 'none';
        if (compressionText === 'gzip')
            compression = 'gzip';
        else if (compressionText !== 'none')
            warnings.push(`OTLP compression ${JSON.stringify(compressionText)} is not supported (gzip or none): none used`);
        const headers = {
            ...(0,utils/* parseKeyPairsIntoRecord */.hD)((0,enabled/* envValue */.$R)(env, 'OTEL_EXPORTER_OTLP_HEADERS')),
            ...(0,utils/* parseKeyPairsIntoRecord */.hD)((0,enabled/* envValue */.$R)(env, `OTEL_EXPORTER_OTLP_${id}_HEADERS`))
        };
        return { url, protocol: protocolName, headers, timeoutMs, compression };
    };
    const traces = signal('traces');
    const metrics = signal('metrics');
    const attributes = (0,utils/* parseKeyPairsIntoRecord */.hD)((0,enabled/* envValue */.$R)(env, 'OTEL_RESOURCE_ATTRIBUTES'));
    const resource = {
        ...attributes,
        'service.name': (0,enabled/* envValue */.$R)(env, 'OTEL_SERVICE_NAME') ?? attributes['service.name'] ?? 'runguard',
        'service.version': attributes['service.version'] ?? version/* RUNGUARD_VERSION */.m
    };
    return { ...(traces ? { traces } : {}), ...(metrics ? { metrics } : {}), resource, warnings };
}
function signalUrl(env, id, kind, warnings) {
    const own = (0,enabled/* envValue */.$R)(env, `OTEL_EXPORTER_OTLP_${id}_ENDPOINT`);
    const general = (0,enabled/* envValue */.$R)(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
    const name = own ? `OTEL_EXPORTER_OTLP_${id}_ENDPOINT` : 'OTEL_EXPORTER_OTLP_ENDPOINT';
    const text = own ?? (general ? `${general.replace(/\/+$/, '')}/v1/${kind}` : undefined);
    if (!text)
        return undefined;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        // The value itself is not repeated: an endpoint URL may carry credentials.
        warnings.push(`${name} is not a valid URL: ${kind} not exported`);
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        warnings.push(`${name} must be an http:// or https:// URL: ${kind} not exported`);
        return undefined;
    }
    return url.toString();
}

;// CONCATENATED MODULE: ./src/telemetry/index.ts









const SCOPE = 'runguard';
/**
 * Exports one decided run over OTLP/HTTP, as the standard OTEL_* variables ask: a trace (a span
 * for the run, a child per scanner and per attempt of the script) and the run's metrics as
 * gauges. Never changes the verdict: any failure, an unreachable collector included, comes back
 * as a warning, and the wait is bounded by the exporter timeout (OTEL_EXPORTER_OTLP_TIMEOUT).
 * Returns the warnings (redacted; they never contain the headers).
 */
async function exportTelemetry(decided, times, env, logger) {
    const redact = (text) => decided.redactor.redact(text);
    const config = telemetryConfig(env);
    const warnings = config.warnings.map(w => `telemetry: ${w}`);
    const resource = (0,ResourceImpl/* resourceFromAttributes */.QZ)(config.resource);
    const sends = [];
    if (config.traces) {
        const spans = buildSpans(decided, times, resource, redact);
        sends.push(send('traces', config.traces, spans, decided.redactor));
    }
    if (config.metrics) {
        const metrics = await collectMetrics(decided, resource);
        sends.push(send('metrics', config.metrics, metrics, decided.redactor));
    }
    for (const failure of await Promise.all(sends))
        if (failure)
            warnings.push(failure);
    for (const w of warnings)
        logger.warning(w);
    if (sends.length > 0 && warnings.length === 0)
        logger.info(`telemetry: exported ${[config.traces && 'the trace', config.metrics && 'the metrics'].filter(Boolean).join(' and ')} over OTLP`);
    return warnings;
}
/** The run's trace, built in memory (no processor exports on its own; `send` does, bounded). */
function buildSpans(decided, times, resource, redact) {
    const memory = new InMemorySpanExporter/* InMemorySpanExporter */.O();
    const provider = new TracerProvider/* TracerProvider */.d({
        resource,
        spanProcessors: [new SimpleSpanProcessor/* SimpleSpanProcessor */.t({ exporter: memory })]
    });
    const tracer = provider.getTracer(SCOPE, version/* RUNGUARD_VERSION */.m);
    const { verdict } = decided;
    const root = tracer.startSpan('runguard gate', {
        kind: span_kind/* SpanKind */.v.INTERNAL,
        startTime: times.started,
        attributes: {
            'runguard.mode': decided.settings.mode,
            'runguard.category': decided.settings.category,
            'runguard.verdict.passed': verdict.passed,
            'runguard.verdict.reasons': verdict.reasons.map(redact),
            'runguard.exit_code': decided.exitCode,
            ...Object.fromEntries(Object.entries(verdict.counts).map(([severity, n]) => [
                `runguard.findings.${severity}`,
                n
            ])),
            'runguard.gates.failed': decided.gates.filter(g => !g.passed).map(g => g.gate),
            ...metricAttributes(decided.performance?.aggregate.values)
        }
    }, context/* ROOT_CONTEXT */.l);
    const parent = trace_api/* trace */.u.setSpan(context/* ROOT_CONTEXT */.l, root);
    for (const t of decided.toolRuns) {
        const start = times.scannersStarted ?? times.started;
        const span = tracer.startSpan(`scanner ${t.tool}`, {
            startTime: start,
            attributes: {
                'runguard.scanner.tool': t.tool,
                ...(t.version ? { 'runguard.scanner.version': t.version } : {}),
                'runguard.scanner.status': t.status,
                ...(t.reason ? { 'runguard.scanner.reason': redact(t.reason) } : {}),
                'runguard.scanner.findings': t.findings.length,
                'runguard.scanner.duration_ms': t.durationMs
            }
        }, parent);
        if (t.status === 'failed' || t.status === 'timed-out')
            span.setStatus({ code: trace_status/* SpanStatusCode */.s.ERROR, message: redact(t.reason ?? t.status) });
        span.end(start + t.durationMs);
    }
    for (const m of attemptsOf(decided.run)) {
        const start = Date.parse(m.startedAt);
        const span = tracer.startSpan(`script attempt ${m.attempt}`, {
            startTime: start,
            attributes: {
                'runguard.attempt': m.attempt,
                'runguard.attempt.exit_code': m.exit_code,
                'runguard.attempt.timed_out': m.timedOut,
                'runguard.attempt.success': m.success,
                ...(m.signal ? { 'runguard.attempt.signal': m.signal } : {}),
                ...(m.cancelled ? { 'runguard.attempt.cancelled': true } : {}),
                ...metricAttributes(m)
            }
        }, parent);
        if (!m.success)
            span.setStatus({
                code: trace_status/* SpanStatusCode */.s.ERROR,
                message: m.timedOut
                    ? 'timed out'
                    : m.signal
                        ? `killed by ${m.signal}`
                        : `exit ${m.exit_code}`
            });
        span.end(start + m.execution_time_seconds * 1000);
    }
    endRoot(root, verdict, times.ended);
    return memory.getFinishedSpans();
}
function endRoot(root, verdict, ended) {
    if (!verdict.passed)
        root.setStatus({ code: trace_status/* SpanStatusCode */.s.ERROR, message: `${verdict.reasons.length} reason(s)` });
    root.end(ended);
}
/** Every attempt once: the retries of the final run and the final attempt of each repeat. */
function attemptsOf(run) {
    if (!run)
        return [];
    const seen = new Set();
    const all = [];
    for (const m of [...run.runs, ...run.attempts]) {
        const key = `${m.startedAt}#${m.attempt}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        all.push(m);
    }
    return all.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}
/** `runguard.metric.<name>` for every measured metric (a metric not measured is left out). */
function metricAttributes(values) {
    const attributes = {};
    if (!values)
        return attributes;
    for (const name of model/* METRIC_NAMES */.Uw) {
        const value = values[name];
        if (typeof value === 'boolean')
            attributes[`runguard.metric.${name}`] = value;
        else if (typeof value === 'number' && Number.isFinite(value))
            attributes[`runguard.metric.${name}`] = value;
    }
    return attributes;
}
/** A reader that collects only when asked: the run is over, so there is nothing periodic. */
class OnceReader extends MetricReader/* MetricReader */.s {
    onForceFlush() {
        return Promise.resolve();
    }
    onShutdown() {
        return Promise.resolve();
    }
}
/**
 * The run's numbers as OTLP gauges: each measured metric as `runguard.<metric_name>`, the
 * verdict as `runguard.verdict.passed` (1/0), findings by severity as `runguard.findings`, and
 * each scanner's duration as `runguard.scanner.duration` — all with the category attribute.
 */
async function collectMetrics(decided, resource) {
    const reader = new OnceReader();
    const provider = new MeterProvider/* MeterProvider */.r({ resource, readers: [reader] });
    const meter = provider.getMeter(SCOPE, version/* RUNGUARD_VERSION */.m);
    const base = { 'runguard.category': decided.settings.category };
    const values = decided.performance?.aggregate.values;
    if (values)
        for (const name of model/* METRIC_NAMES */.Uw) {
            const raw = values[name];
            const value = typeof raw === 'boolean' ? Number(raw) : raw;
            if (typeof value !== 'number' || !Number.isFinite(value))
                continue;
            meter.createGauge(`runguard.${name}`, { unit: unitOf(name) }).record(value, base);
        }
    meter
        .createGauge('runguard.verdict.passed', { description: '1 when the gate passed, else 0' })
        .record(decided.verdict.passed ? 1 : 0, base);
    const findings = meter.createGauge('runguard.findings', {
        description: 'counted findings by severity'
    });
    for (const [severity, n] of Object.entries(decided.verdict.counts))
        findings.record(n, { ...base, 'runguard.severity': severity });
    const scanner = meter.createGauge('runguard.scanner.duration', { unit: 'ms' });
    for (const t of decided.toolRuns)
        scanner.record(t.durationMs, {
            ...base,
            'runguard.scanner.tool': t.tool,
            'runguard.scanner.status': t.status
        });
    const { resourceMetrics, errors } = await reader.collect();
    if (errors.length > 0)
        throw new Error(errors.map(src_errors/* errorMessage */.gJ).join('; '));
    return resourceMetrics;
}
function unitOf(name) {
    if (name.endsWith('_seconds'))
        return 's';
    if (name.endsWith('_mb'))
        return 'MiBy';
    if (name.endsWith('_bytes'))
        return 'By';
    if (name.startsWith('cpu_'))
        return '%';
    return '1';
}
/**
 * One export, bounded: the exporter's own timeout covers its retries, and a timer a second
 * later gives up on an exporter that never calls back. Returns a warning on failure; the
 * message names the signal and the error, never the headers (and passes the redactor).
 */
async function send(kind, config, items, redactor) {
    let exporter;
    let timer;
    try {
        exporter = (await createExporter(kind, config));
        const running = exporter;
        const result = await new Promise(resolve => {
            timer = setTimeout(() => resolve('gave up'), config.timeoutMs + 1000);
            timer.unref();
            running.export(items, resolve);
        });
        if (result === 'gave up')
            return `telemetry: ${kind} not exported: no answer from the collector within ${config.timeoutMs} ms`;
        if (result.code !== ExportResult/* ExportResultCode */.V.SUCCESS)
            return redactor.redact(`telemetry: ${kind} not exported to ${origin(config.url)}: ${result.error ? (0,src_errors/* errorMessage */.gJ)(result.error) : 'export failed'}`);
        return undefined;
    }
    catch (error) {
        return redactor.redact(`telemetry: ${kind} not exported: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        clearTimeout(timer);
        // Closes the exporter's sockets so that the process can exit; bounded like the export.
        if (exporter)
            await Promise.race([
                exporter.shutdown().catch(() => undefined),
                new Promise(resolve => setTimeout(resolve, 1000).unref())
            ]);
    }
}
/** The scheme, host and port of an endpoint: its path or query may hold a token. */
function origin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return 'the collector';
    }
}
/** The OTLP/HTTP exporter for the signal and protocol; each loads only when used. */
async function createExporter(kind, config) {
    const options = {
        url: config.url,
        headers: config.headers,
        timeoutMillis: config.timeoutMs,
        compression: config.compression,
        // One request per signal and run: a kept-alive socket would only delay the exit.
        keepAlive: false
    };
    if (kind === 'traces') {
        const { OTLPTraceExporter } = config.protocol === 'http/json'
            ? await Promise.all(/* import() */[__webpack_require__.e(9991), __webpack_require__.e(2947)]).then(__webpack_require__.bind(__webpack_require__, 82947))
            : await Promise.all(/* import() */[__webpack_require__.e(9991), __webpack_require__.e(6955)]).then(__webpack_require__.bind(__webpack_require__, 66955));
        return new OTLPTraceExporter(options);
    }
    const { OTLPMetricExporter } = config.protocol === 'http/json'
        ? await Promise.all(/* import() */[__webpack_require__.e(9991), __webpack_require__.e(4488)]).then(__webpack_require__.bind(__webpack_require__, 84488))
        : await Promise.all(/* import() */[__webpack_require__.e(9991), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 10942));
    return new OTLPMetricExporter(options);
}


/***/ })

};

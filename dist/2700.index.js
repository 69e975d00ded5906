export const id = 2700;
export const ids = [2700];
export const modules = {

/***/ 32700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notifyStateChange: () => (/* binding */ notifyStateChange)
});

;// CONCATENATED MODULE: ./src/notify/alert.ts
/**
 * Alerts on a state change (docs/history.md, "Alerts"): the run is compared with the previous
 * trend run of its category in the history, and a message is posted only when something changed
 * (pass → fail, fail → pass, a regression that was not failing before, more critical findings).
 * An alert reads the finished outcome and never changes the verdict: a webhook that fails is a
 * warning. Every text in it comes from the history record, which the run's redactor has already
 * cleaned, and is redacted again before it is sent.
 */
const ALERT_SCHEMA = 'runguard-alert/1';
const failingRegressions = (r) => new Set(r.gates.filter(g => g.kind !== 'budget' && !g.passed).map(g => g.metric));
/** What changed from the previous trend run to this one; empty when nothing did. */
function alertEvents(previous, current) {
    // The first recorded run has nothing to change from.
    if (!previous)
        return [];
    const events = [];
    if (previous.verdict.passed && !current.verdict.passed)
        events.push({ kind: 'failed', text: 'the gate failed (it passed on the previous run)' });
    if (!previous.verdict.passed && current.verdict.passed)
        events.push({ kind: 'recovered', text: 'the gate passes again' });
    const before = failingRegressions(previous);
    const fresh = [...failingRegressions(current)].filter(m => !before.has(m));
    if (fresh.length > 0)
        events.push({ kind: 'regression', text: `new regression: ${fresh.join(', ')}` });
    const critical = current.findings.counts.critical ?? 0;
    const criticalBefore = previous.findings.counts.critical ?? 0;
    if (critical > criticalBefore)
        events.push({
            kind: 'critical-findings',
            text: `critical findings: ${critical} (was ${criticalBefore})`
        });
    return events;
}
/** `auto`: Slack's and Teams' webhook hosts are known; anything else gets plain JSON. */
function alertFormatFor(url, setting) {
    if (setting !== 'auto')
        return setting;
    const host = new URL(url).hostname.toLowerCase();
    if (host === 'hooks.slack.com')
        return 'slack';
    if (host.endsWith('.webhook.office.com') ||
        host.endsWith('.logic.azure.com') ||
        host.endsWith('.powerplatform.com'))
        return 'teams';
    return 'json';
}
/** The body of one alert in the chosen format. */
function alertPayload(format, events, record, redact) {
    const status = record.verdict.passed ? 'passed' : 'failed';
    const where = `${record.category}${record.ref ? ` on ${record.ref.replace(/^refs\/heads\//, '')}` : ''}${record.commit ? ` at ${record.commit.slice(0, 12)}` : ''}`;
    const title = redact(`runguard ${status}: ${where}`);
    const lines = events.map(e => redact(e.text));
    const reasons = record.verdict.reasons.slice(0, 5).map(redact);
    const runUrl = record.runUrl && /^https?:\/\//.test(record.runUrl) ? record.runUrl : undefined;
    if (format === 'slack') {
        // Slack mrkdwn: &, < and > are the only characters to escape.
        const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const text = [
            `*${esc(title)}*`,
            ...lines.map(l => `• ${esc(l)}`),
            ...reasons.map(r => `> ${esc(r)}`),
            ...(runUrl ? [`<${runUrl}|run log>`] : [])
        ].join('\n');
        return { text };
    }
    if (format === 'teams') {
        // An Adaptive Card in a message, as Teams workflow webhooks take it.
        return {
            type: 'message',
            attachments: [
                {
                    contentType: 'application/vnd.microsoft.card.adaptive',
                    content: {
                        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                        type: 'AdaptiveCard',
                        version: '1.4',
                        body: [
                            { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
                            ...lines.map(l => ({ type: 'TextBlock', text: `- ${l}`, wrap: true })),
                            ...reasons.map(r => ({ type: 'TextBlock', text: r, wrap: true, isSubtle: true }))
                        ],
                        ...(runUrl
                            ? { actions: [{ type: 'Action.OpenUrl', title: 'Run log', url: runUrl }] }
                            : {})
                    }
                }
            ]
        };
    }
    return {
        schema: ALERT_SCHEMA,
        title,
        status,
        events: events.map((e, i) => ({ kind: e.kind, text: lines[i] })),
        category: redact(record.category),
        ...(record.commit ? { commit: record.commit } : {}),
        ...(record.ref ? { ref: redact(record.ref) } : {}),
        ...(runUrl ? { runUrl } : {}),
        reasons,
        findings: record.findings.counts
    };
}
/**
 * Posts the alert; retries a network error, a 429 or a 5xx with exponential back-off (1, 2, 4 s,
 * or the server's Retry-After up to 30 s). Returns undefined when delivered, else why not (the
 * URL is never in the message: it is the secret).
 */
async function sendAlert(options) {
    const attempts = options.attempts ?? 4;
    const sleep = options.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms)));
    const doFetch = options.fetch ?? fetch;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        let retryAfterMs;
        try {
            const response = await doFetch(options.url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'user-agent': 'runguard' },
                body: JSON.stringify(options.body),
                redirect: 'error',
                signal: AbortSignal.timeout(options.timeoutMs ?? 10_000)
            });
            await response.body?.cancel();
            if (response.ok)
                return undefined;
            last = `HTTP ${response.status}`;
            if (response.status !== 429 && response.status < 500)
                return last;
            // Retry-After in seconds (an HTTP date is rare for webhooks: then the back-off applies).
            const header = response.headers.get('retry-after');
            const after = header === null || header.trim() === '' ? NaN : Number(header);
            if (Number.isFinite(after) && after >= 0)
                retryAfterMs = Math.min(after * 1000, 30_000);
        }
        catch (error) {
            // The error text of fetch can hold the URL: keep only its kind.
            const cause = error.cause;
            last = cause?.code ?? error.name;
        }
        if (attempt < attempts)
            await sleep(retryAfterMs ?? 1000 * 2 ** (attempt - 1));
    }
    return `${last} after ${attempts} attempts`;
}

;// CONCATENATED MODULE: ./src/notify/index.ts

/** Posts an alert when the state changed; returns a warning when it could not be delivered. */
async function notifyStateChange(change) {
    const events = alertEvents(change.previous, change.current);
    if (events.length === 0)
        return undefined;
    const format = alertFormatFor(change.url, change.format);
    const failure = await sendAlert({
        url: change.url,
        body: alertPayload(format, events, change.current, change.redact),
        ...(change.sleep ? { sleep: change.sleep } : {})
    });
    return failure ? `alert-webhook: the alert could not be delivered: ${failure}` : undefined;
}


/***/ })

};

export const id = 3694;
export const ids = [3694];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ isReadOnlyTokenError),
/* harmony export */   LX: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports GITHUB_API_VERSION, DEFAULT_API_URL, MAX_RATE_LIMIT_WAIT_S, MAX_RATE_LIMIT_RETRIES, SERVER_ERROR_RETRIES, parseApiUrl, UnsafeRequestError, errorLine, describeFailure, tokenRedactor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11758);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44942);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86856);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46752);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);







/**
 * The one way runguard calls the GitHub REST API: `@actions/github`'s Octokit (REST methods,
 * `paginate`) with the retry and throttling plugins, through the toolkit's HTTP client so
 * `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` are honoured on self-hosted runners. Failures come back
 * as one line with GitHub's message and errors, and the token is never part of that line.
 */
const GITHUB_API_VERSION = '2022-11-28';
const DEFAULT_API_URL = 'https://api.github.com';
/** Rate limits are waited out only when GitHub asks for at most this long (a CI step waits). */
const MAX_RATE_LIMIT_WAIT_S = 60;
/** …and at most this many times per request. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** Server errors and network failures: this many retries, after 1, 4, 9 × the base delay. */
const SERVER_ERROR_RETRIES = 3;
/**
 * Statuses the retry plugin leaves alone: client errors repeat the same answer, and 403/429
 * rate limits belong to the throttling plugin, which honours `retry-after` and the reset time.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/** Checks the API root: an http(s) URL without credentials or query. */
function parseApiUrl(apiUrl) {
    const text = (apiUrl ?? DEFAULT_API_URL).trim().replace(/\/+$/, '');
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new Error(`the GitHub API URL is not a URL: ${JSON.stringify(text)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new Error(`the GitHub API URL must be http(s), got ${url.protocol}`);
    if (url.username || url.password || url.search || url.hash)
        throw new Error('the GitHub API URL must not carry credentials, a query or a fragment');
    return url;
}
/**
 * `@actions/github` builds its proxy-aware fetch once, at import, for the GITHUB_API_URL of
 * that moment; this builds the same (the toolkit's proxy dispatcher with undici's fetch, as the
 * toolkit does) for the root actually used and the proxy variables as they are now. No proxy
 * (or a NO_PROXY match, or localhost) leaves the dispatcher undefined: a direct connection.
 */
function proxyAwareFetch(apiUrl) {
    const dispatcher = new _actions_http_client__WEBPACK_IMPORTED_MODULE_2__/* .HttpClient */ .Qq(`runguard/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNGUARD_VERSION */ .m}`).getAgentDispatcher(apiUrl.href);
    return (input, init) => (0,undici__WEBPACK_IMPORTED_MODULE_3__.fetch)(input, { ...init, ...(dispatcher ? { dispatcher } : {}) });
}
/** Builds the client; throws only for an unusable API URL. */
function createGitHubClient(opts) {
    const { logger } = opts;
    const apiUrl = parseApiUrl(opts.apiUrl);
    const origin = apiUrl.origin;
    const redact = tokenRedactor(opts.token);
    const base = opts.retryDelayMs ?? 1000;
    const onLimit = (kind) => (retryAfter, options, _o, n) => {
        const what = `${options.method} ${options.url}`;
        if (n < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
            logger.warning(`GitHub ${kind} for ${what}: retrying in ${retryAfter} s (retry ${n + 1} of ${MAX_RATE_LIMIT_RETRIES})`);
            return true;
        }
        logger.warning(`GitHub ${kind} for ${what}: not retrying (GitHub asks to wait ${retryAfter} s)`);
        return false;
    };
    // Octokit's own messages (deprecation notices, plugin warnings) go to our logger, redacted,
    // never to the console, where the runner would parse them for workflow commands.
    const log = {
        debug: (m) => logger.debug(redact(m)),
        info: (m) => logger.debug(redact(m)),
        warn: (m) => logger.warning(redact(m)),
        error: (m) => logger.warning(redact(m))
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(opts.token, {
        baseUrl: apiUrl.href.replace(/\/+$/, ''),
        userAgent: `runguard/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNGUARD_VERSION */ .m}`,
        // `log` here is what @octokit/request warns through (it falls back to the console).
        request: { fetch: proxyAwareFetch(apiUrl), log },
        retry: {
            doNotRetry: DO_NOT_RETRY,
            retries: SERVER_ERROR_RETRIES,
            retryAfterBaseValue: base
        },
        throttle: {
            // Each client has its own queues: a run builds one per publish step, so its writes are
            // spaced as GitHub asks, and separate clients (tests) do not wait on each other.
            id: `runguard-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
            retryAfterBaseValue: base,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit')
        },
        log
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
    octokit.hook.before('request', options => {
        // Pagination follows `Link` URLs from the answer; the token goes to the API host only.
        const target = new URL(octokit.request.endpoint.parse(options).url);
        if (target.origin !== origin)
            throw new UnsafeRequestError(`refusing to send the token to ${target.origin}, which is not the API host ${origin}`);
        options.headers['x-github-api-version'] = GITHUB_API_VERSION;
    });
    return { octokit, origin, failure: error => describeFailure(error, redact) };
}
/** A request refused before it was sent. */
class UnsafeRequestError extends Error {
}
function record(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v)
        ? v
        : undefined;
}
/** GitHub's error body (`message`, `errors[]`) as one line, e.g. `HTTP 401: Bad credentials`. */
function errorLine(status, data) {
    const body = record(data) ?? {};
    const parts = [];
    if (typeof body.message === 'string')
        parts.push(body.message);
    if (Array.isArray(body.errors)) {
        for (const e of body.errors) {
            if (typeof e === 'string')
                parts.push(e);
            else {
                const err = record(e);
                const text = [err?.field, err?.code, err?.message].filter(x => typeof x === 'string');
                if (text.length)
                    parts.push(text.join(' '));
            }
        }
    }
    // Not JSON (a proxy's or load balancer's page): its start, on one line.
    if (parts.length === 0 && typeof data === 'string' && data.trim())
        parts.push(data.replace(/\s+/g, ' ').trim().slice(0, 300));
    return `HTTP ${status}${parts.length ? `: ${parts.join('; ')}` : ''}`;
}
/**
 * One line for a failed request: GitHub's answer, or `request to <origin> failed: <cause>` when
 * none arrived. Everything passes through `redact` (the token in any form GitHub, a proxy or a
 * server error page could echo).
 */
function describeFailure(error, redact) {
    const e = record(error) ?? {};
    const response = record(e.response);
    if (response && typeof response.status === 'number')
        return { status: response.status, message: redact(errorLine(response.status, response.data)) };
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UnsafeRequestError)
        return { status: 0, message: redact(message) };
    const url = record(e.request)?.url;
    let where = '';
    if (typeof url === 'string') {
        try {
            where = ` to ${new URL(url).origin}`;
        }
        catch {
            // no origin to name
        }
    }
    return { status: 0, message: redact(`request${where} failed: ${message}`) };
}
/** Tokens GitHub issues, by their documented prefixes; any of them is masked in our messages. */
const GITHUB_TOKEN_SHAPE = /\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})\b/g;
/**
 * Replaces the token, its Base64 forms (alone and as the basic-auth pairs git and curl send,
 * `x-access-token:<t>` and `:<t>`) and any GitHub-token-shaped string with `***`.
 */
function tokenRedactor(token) {
    const forms = [];
    if (token) {
        forms.push(token, encodeURIComponent(token));
        for (const plain of [token, `x-access-token:${token}`, `:${token}`]) {
            const b64 = Buffer.from(plain, 'utf8').toString('base64');
            // The padded form, and (when padded) the part that does not depend on what follows, for
            // the same bytes inside a longer Base64 string.
            forms.push(b64, b64.replace(/=+$/, ''));
            if (b64.endsWith('='))
                forms.push(b64.replace(/=+$/, '').slice(0, -1));
        }
    }
    const ordered = [...new Set(forms)].filter(f => f.length >= 4).sort((a, b) => b.length - a.length);
    return text => {
        let out = text;
        for (const f of ordered)
            if (out.includes(f))
                out = out.split(f).join('***');
        return out.replace(GITHUB_TOKEN_SHAPE, '***');
    };
}
/** GitHub's answer when the token may not write (fork PRs, missing permissions). */
function isReadOnlyTokenError(failure) {
    return failure.status === 403 && /resource not accessible by integration/i.test(failure.message);
}


/***/ }),

/***/ 93694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadSarif: () => (/* binding */ uploadSarif)
/* harmony export */ });
/* unused harmony exports SARIF_LIMITS, checkSarifText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96584);



/** Hard limits GitHub documents for SARIF uploads. */
const SARIF_LIMITS = {
    /** Gzip-compressed SARIF bytes (10 MB → 413 above it). */
    gzippedBytes: 10 * 1024 * 1024,
    runs: 20,
    resultsPerRun: 25_000
};
/** Reasons GitHub would reject the SARIF text, checked locally (empty when fine). */
function checkSarifText(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        return [`SARIF is not valid JSON: ${e.message}`];
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return ['SARIF must be a JSON object'];
    const log = doc;
    const problems = [];
    if (log.version !== '2.1.0')
        problems.push(`SARIF version must be "2.1.0", got ${JSON.stringify(log.version)}`);
    if (!Array.isArray(log.runs))
        problems.push('SARIF has no "runs" array');
    else {
        if (log.runs.length > SARIF_LIMITS.runs)
            problems.push(`more runs than allowed (${log.runs.length} > ${SARIF_LIMITS.runs})`);
        log.runs.forEach((run, i) => {
            const results = run?.results;
            if (Array.isArray(results) && results.length > SARIF_LIMITS.resultsPerRun)
                problems.push(`run ${i} has more results than allowed (${results.length} > ${SARIF_LIMITS.resultsPerRun})`);
        });
    }
    return problems;
}
const mb = (n) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function skipped(opts, reason) {
    const notice = opts.notice ?? ((m) => opts.logger.info(m));
    notice(`SARIF upload skipped: ${reason}`);
    return { status: 'skipped', reason };
}
function failed(logger, reason, extra = {}) {
    logger.warning(`SARIF upload failed: ${reason}`);
    return { status: 'failed', reason, ...extra };
}
const FORK_REASON = 'the token cannot write security events (pull request from a fork, or missing `permissions: security-events: write`); the SARIF file is still written';
async function uploadSarif(opts) {
    const { logger } = opts;
    if (!opts.token)
        return skipped(opts, 'no GitHub token');
    if (opts.isFork)
        return skipped(opts, FORK_REASON);
    if (!opts.repository || !/^[\w.-]+\/[\w.-]+$/.test(opts.repository))
        return failed(logger, `repository must be "owner/repo", got ${JSON.stringify(opts.repository ?? '')}`);
    if (!opts.sha || !/^[0-9a-f]{40}$/i.test(opts.sha))
        return failed(logger, `commit sha must be 40 hex characters, got ${JSON.stringify(opts.sha ?? '')}`);
    if (!opts.ref || !/^refs\/\S+$/.test(opts.ref))
        return failed(logger, `ref must be a full ref such as refs/heads/main, got ${JSON.stringify(opts.ref ?? '')}`);
    if (opts.checkoutUri !== undefined && !opts.checkoutUri.startsWith('file://'))
        return failed(logger, `checkout URI must be a file:// URI, got ${JSON.stringify(opts.checkoutUri)}`);
    let text;
    if (opts.sarifText !== undefined)
        text = opts.sarifText;
    else if (opts.sarifPath) {
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(opts.sarifPath, 'utf8');
        }
        catch (e) {
            return failed(logger, `cannot read ${opts.sarifPath}: ${e.message}`);
        }
    }
    else
        return failed(logger, 'no SARIF given');
    const problems = checkSarifText(text);
    if (problems.length)
        return failed(logger, `SARIF rejected before upload: ${problems.join('; ')}`);
    const gz = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzipSync)(Buffer.from(text, 'utf8'));
    if (gz.length > SARIF_LIMITS.gzippedBytes)
        return failed(logger, `gzipped SARIF is ${mb(gz.length)}, above code scanning's ${mb(SARIF_LIMITS.gzippedBytes)} limit`);
    let client;
    try {
        client = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createGitHubClient */ .LX)({
            token: opts.token,
            apiUrl: opts.apiUrl,
            logger,
            ...(opts.retryDelayMs !== undefined ? { retryDelayMs: opts.retryDelayMs } : {})
        });
    }
    catch (e) {
        return failed(logger, e.message);
    }
    const [owner, repo] = opts.repository.split('/');
    let id;
    try {
        const res = await client.octokit.rest.codeScanning.uploadSarif({
            owner,
            repo,
            commit_sha: opts.sha,
            ref: opts.ref,
            sarif: gz.toString('base64'),
            tool_name: opts.toolNames?.[0] ?? 'runguard',
            ...(opts.checkoutUri ? { checkout_uri: opts.checkoutUri } : {})
        });
        id = res.data.id;
        if (typeof id !== 'string' || id === '')
            return failed(logger, `upload answered ${res.status} without an id`);
    }
    catch (e) {
        const failure = client.failure(e);
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isReadOnlyTokenError */ .C7)(failure))
            return skipped(opts, FORK_REASON);
        const hint = failure.status === 403
            ? ' (is code scanning enabled for this repository?)'
            : failure.status === 404
                ? ' (repository not found, or the token cannot see it)'
                : '';
        return failed(logger, `${failure.message}${hint}`);
    }
    logger.info(`SARIF uploaded to code scanning (id ${id})`);
    return await waitForProcessing(client, { owner, repo, sarif_id: id }, opts);
}
async function waitForProcessing(client, params, opts) {
    const { logger } = opts;
    const id = params.sarif_id;
    const interval = opts.pollIntervalMs ?? 5_000;
    const deadline = Date.now() + (opts.pollTimeoutMs ?? 120_000);
    let misses = 0;
    for (;;) {
        let data;
        try {
            data = (await client.octokit.rest.codeScanning.getSarif(params)).data;
        }
        catch (e) {
            const failure = client.failure(e);
            // A fresh id can briefly answer 404; a few misses are retried within the deadline. The
            // upload itself went through, so not knowing its processing state is only a warning.
            if (failure.status === 404 && ++misses < 3 && Date.now() + interval <= deadline) {
                await sleep(interval);
                continue;
            }
            logger.warning(`could not read the SARIF processing status: ${failure.message}`);
            return { status: 'uploaded', id, reason: failure.message };
        }
        const errors = Array.isArray(data.errors)
            ? data.errors.filter((e) => typeof e === 'string')
            : [];
        if (data.processing_status === 'complete') {
            logger.info(`code scanning processed the SARIF (id ${id})`);
            return { status: 'uploaded', id, processingStatus: 'complete' };
        }
        if (data.processing_status === 'failed') {
            const reason = `code scanning could not process the SARIF: ${errors.join('; ') || 'no error given'}`;
            return failed(logger, reason, { id, processingStatus: 'failed', errors });
        }
        if (Date.now() + interval > deadline) {
            logger.warning(`code scanning is still processing the SARIF (id ${id}); not waiting longer`);
            return { status: 'uploaded', id, processingStatus: 'pending' };
        }
        await sleep(interval);
    }
}


/***/ })

};

export const id = 3604;
export const ids = [3604];
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

/***/ 33604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertPrComment: () => (/* binding */ upsertPrComment)
});

// UNUSED EXPORTS: stickyBody

// EXTERNAL MODULE: ./src/report/summary.ts + 4 modules
var summary = __webpack_require__(27152);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/identity.ts
/** The job token's account, used when the API would not say who the token is. */
const FALLBACK_IDENTITY = {
    login: 'github-actions[bot]',
    type: 'Bot',
    source: 'fallback'
};
const bare = (login) => login.toLowerCase().replace(/\[bot\]$/, '');
/**
 * True when `author` is the token's own account. A bot (REST `type: Bot`, login `<app>[bot]`,
 * which no person can register) matches by its login with or without the suffix, and by id
 * when both ids are known. Any other
 * author matches only a person's identity, by login and, when both ids are known, by id: a
 * suffix-less bot login from GraphQL (`github-actions`) never matches a person of that name.
 */
function writtenBy(author, me) {
    if (!author || typeof author.login !== 'string' || author.login === '')
        return false;
    if (author.type === 'Bot') {
        // A person's token (REST said User) never wrote as a bot; a bot's ids, when both sides
        // know them, must agree (GraphQL `databaseId` is the bot account's REST `user.id`).
        if (me.type === 'User')
            return false;
        if (me.id !== undefined && typeof author.id === 'number' && author.id !== me.id)
            return false;
        return bare(author.login) === bare(me.login);
    }
    if (me.source === 'fallback' || me.type === 'Bot' || /\[bot\]$/i.test(me.login))
        return false;
    if (author.login.toLowerCase() !== me.login.toLowerCase())
        return false;
    if (me.source === 'graphql' && me.id === undefined)
        return false;
    return me.id === undefined || author.id === me.id;
}
const record = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)
    ? v
    : undefined;
/** Asks the API who the token is (GraphQL viewer, then GET /user), else the fallback. */
async function tokenIdentity(client, logger) {
    const why = [];
    try {
        const data = record(await client.octokit.graphql('query { viewer { login databaseId } }'));
        const viewer = record(data?.viewer);
        if (typeof viewer?.login === 'string' && viewer.login !== '')
            return {
                login: viewer.login,
                ...(typeof viewer.databaseId === 'number' ? { id: viewer.databaseId } : {}),
                source: 'graphql'
            };
        why.push('GraphQL viewer: no login in the answer');
    }
    catch (e) {
        why.push(`GraphQL viewer: ${client.failure(e).message}`);
    }
    try {
        const { data } = await client.octokit.rest.users.getAuthenticated();
        if (typeof data.login === 'string' && data.login !== '')
            return {
                login: data.login,
                ...(typeof data.id === 'number' ? { id: data.id } : {}),
                ...(typeof data.type === 'string' ? { type: data.type } : {}),
                source: 'rest'
            };
        why.push('GET /user: no login in the answer');
    }
    catch (e) {
        why.push(`GET /user: ${client.failure(e).message}`);
    }
    logger.info(`PR comment: could not tell which account the token writes as (${why.join('; ')}); only a comment by ${FALLBACK_IDENTITY.login} is edited`);
    return FALLBACK_IDENTITY;
}

;// CONCATENATED MODULE: ./src/github/pr-comment.ts



/** The body as sent: marker first, below GitHub's 65,536-character limit. */
function stickyBody(body, marker = summary.PR_COMMENT_MARKER) {
    let text = body.includes(marker) ? body : `${marker}\n${body}`;
    if (text.length > summary.PR_COMMENT_MAX_CHARS)
        text = text.slice(0, summary.PR_COMMENT_MAX_CHARS - 30) + '\n\n> comment truncated\n';
    return text;
}
const READ_ONLY = 'the token cannot write comments (pull request from a fork, or missing `permissions: pull-requests: write`)';
async function upsertPrComment(opts) {
    const { logger } = opts;
    const marker = opts.marker ?? summary.PR_COMMENT_MARKER;
    const notice = opts.notice ?? ((m) => logger.info(m));
    const skip = (reason) => {
        notice(`PR comment skipped: ${reason}`);
        return { status: 'skipped', reason };
    };
    const fail = (reason) => {
        logger.warning(`PR comment failed: ${reason}`);
        return { status: 'failed', reason };
    };
    if (!opts.token)
        return skip('no GitHub token');
    if (opts.issueNumber === undefined)
        return skip('not a pull request');
    if (!Number.isInteger(opts.issueNumber) || opts.issueNumber < 1)
        return fail(`pull request number must be a positive integer, got ${opts.issueNumber}`);
    if (!opts.repository || !/^[\w.-]+\/[\w.-]+$/.test(opts.repository))
        return fail(`repository must be "owner/repo", got ${JSON.stringify(opts.repository ?? '')}`);
    let client;
    try {
        client = (0,github_client/* createGitHubClient */.LX)({
            token: opts.token,
            apiUrl: opts.apiUrl,
            logger,
            ...(opts.retryDelayMs !== undefined ? { retryDelayMs: opts.retryDelayMs } : {})
        });
    }
    catch (e) {
        return fail(e.message);
    }
    const { octokit } = client;
    const body = stickyBody(opts.body, marker);
    const [owner, repo] = opts.repository.split('/');
    const issue_number = opts.issueNumber;
    // Ours is found on any page (Link headers are followed by paginate; the client refuses a
    // link to another host, so the token goes nowhere else). Who the token is is asked only once
    // a comment carries the marker.
    let existing;
    let me;
    const notOurs = new Set();
    try {
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number,
            per_page: 100
        })) {
            for (const c of page.data) {
                if (typeof c.body !== 'string' || !c.body.includes(marker))
                    continue;
                me ??= await tokenIdentity(client, logger);
                if (writtenBy(c.user, me)) {
                    existing = c;
                    break;
                }
                notOurs.add(c.user?.login ?? '(deleted account)');
            }
            if (existing || ++pages >= (opts.maxPages ?? 50))
                break;
        }
    }
    catch (e) {
        const failure = client.failure(e);
        if ((0,github_client/* isReadOnlyTokenError */.C7)(failure))
            return skip(READ_ONLY);
        return fail(`cannot list comments: ${failure.message}`);
    }
    if (notOurs.size > 0)
        logger.info(`PR comment: left alone ${notOurs.size === 1 ? 'a comment' : 'comments'} carrying runguard's marker written by ${[...notOurs].slice(0, 5).join(', ')}, not by ${me?.login ?? 'this token'}`);
    let data;
    try {
        data = existing
            ? (await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }))
                .data
            : (await octokit.rest.issues.createComment({ owner, repo, issue_number, body })).data;
    }
    catch (e) {
        const failure = client.failure(e);
        if ((0,github_client/* isReadOnlyTokenError */.C7)(failure))
            return skip(READ_ONLY);
        return fail(failure.message);
    }
    const status = existing ? 'updated' : 'created';
    logger.info(`PR comment ${status}${data.html_url ? `: ${data.html_url}` : ''}`);
    return { status, id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
}


/***/ })

};

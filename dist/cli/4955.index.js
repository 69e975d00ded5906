export const id = 4955;
export const ids = [4955];
export const modules = {

/***/ 74955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVENT_PAYLOAD_MAX_BYTES: () => (/* binding */ EVENT_PAYLOAD_MAX_BYTES),
  contextForCli: () => (/* binding */ contextForCli),
  contextFromGit: () => (/* binding */ contextFromGit),
  contextFromGitHub: () => (/* binding */ contextFromGitHub)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/bounded-read.ts
var bounded_read = __webpack_require__(34282);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/util/github-context.ts


const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
]);
function nonEmpty(v) {
    return v !== undefined && v.trim() !== '' ? v.trim() : undefined;
}
/** The PR number from a pull_request-like payload (or `issue.pull_request` comments). */
function prNumberFromPayload(payload) {
    const pr = (0,json/* asObject */.eB)(payload.pull_request);
    const n = pr?.number ?? ((0,json/* asObject */.eB)((0,json/* asObject */.eB)(payload.issue)?.pull_request) ? (0,json/* asObject */.eB)(payload.issue)?.number : undefined);
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
/**
 * True when the PR's head lives in another repository. A deleted fork (head.repo null) counts
 * as a fork: GitHub still runs it with a read-only token.
 */
function isForkPullRequest(payload) {
    const pr = (0,json/* asObject */.eB)(payload.pull_request);
    if (!pr)
        return false;
    const headRepo = (0,json/* asObject */.eB)((0,json/* asObject */.eB)(pr.head)?.repo);
    const baseRepo = (0,json/* asObject */.eB)((0,json/* asObject */.eB)(pr.base)?.repo);
    if (!headRepo)
        return true;
    if (headRepo.fork === true)
        return true;
    const head = (0,json/* asNonEmptyString */.yq)(headRepo.full_name);
    const base = (0,json/* asNonEmptyString */.yq)(baseRepo?.full_name);
    return head !== undefined && base !== undefined && head.toLowerCase() !== base.toLowerCase();
}
/**
 * The ref a code-scanning upload must carry. `pull_request` (and review events) run on the
 * merge commit `GITHUB_SHA`, whose ref is `refs/pull/<n>/merge`. `pull_request_target` runs on
 * the base branch's commit, so its own `GITHUB_REF` (the base branch) is the consistent pair;
 * every other event uses `GITHUB_REF`. Undefined when nothing usable is known.
 */
function refForEvent(eventName, payload, githubRef) {
    if (eventName && PR_EVENTS.has(eventName) && eventName !== 'pull_request_target') {
        const n = prNumberFromPayload(payload);
        if (n !== undefined)
            return `refs/pull/${n}/merge`;
    }
    const ref = nonEmpty(githubRef);
    if (!ref)
        return undefined;
    return ref.startsWith('refs/') ? ref : undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
/**
 * Reads the context from `env`; the payload file (GITHUB_EVENT_PATH) through `readFile`, whose
 * failure is recorded in `problems`, never thrown: a missing payload only loses PR details.
 */
function readGitHubContext(env, readFile = p => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const problems = [];
    let payload = {};
    const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
    if (eventPath) {
        try {
            const parsed = JSON.parse(readFile(eventPath));
            payload = (0,json/* asObject */.eB)(parsed) ?? {};
            if (!(0,json/* asObject */.eB)(parsed))
                problems.push(`event payload ${eventPath} is not a JSON object`);
        }
        catch (e) {
            problems.push(`could not read event payload ${eventPath}: ${e.message}`);
        }
    }
    const repository = nonEmpty(env.GITHUB_REPOSITORY);
    const [owner, repo] = repository?.includes('/') ? repository.split('/', 2) : [];
    const serverUrl = trimSlash(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com');
    const apiUrl = trimSlash(nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com');
    const eventName = nonEmpty(env.GITHUB_EVENT_NAME);
    const sha = nonEmpty(env.GITHUB_SHA);
    const ref = nonEmpty(env.GITHUB_REF);
    const pr = (0,json/* asObject */.eB)(payload.pull_request);
    const prNumber = prNumberFromPayload(payload);
    const headSha = (0,json/* asNonEmptyString */.yq)((0,json/* asObject */.eB)(pr?.head)?.sha);
    const baseSha = (0,json/* asNonEmptyString */.yq)((0,json/* asObject */.eB)(pr?.base)?.sha) ?? (0,json/* asNonEmptyString */.yq)(payload.before);
    const baseRef = (0,json/* asNonEmptyString */.yq)((0,json/* asObject */.eB)(pr?.base)?.ref) ?? nonEmpty(env.GITHUB_BASE_REF);
    const repoUrl = owner && repo ? `${serverUrl}/${owner}/${repo}` : undefined;
    const runId = nonEmpty(env.GITHUB_RUN_ID);
    const attempt = nonEmpty(env.GITHUB_RUN_ATTEMPT);
    const runUrl = repoUrl && runId
        ? `${repoUrl}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
        : undefined;
    return {
        isActions: env.GITHUB_ACTIONS === 'true',
        repository: owner && repo ? repository : undefined,
        owner,
        repo,
        sha,
        ref,
        uploadRef: refForEvent(eventName, payload, ref),
        eventName,
        serverUrl,
        apiUrl,
        repoUrl,
        runUrl,
        workspace: nonEmpty(env.GITHUB_WORKSPACE),
        prNumber,
        headSha,
        baseSha,
        baseRef,
        isFork: isForkPullRequest(payload),
        linkSha: headSha ?? sha,
        payload,
        problems
    };
}

;// CONCATENATED MODULE: ./src/history/context.ts




/** Events whose runs are a pull request's (compared with the trend, never written). */
const context_PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
]);
/** Where and what a workflow run is, from GitHub's variables and event payload. */
function contextFromGitHub(gh) {
    const defaultBranch = (0,json/* asNonEmptyString */.yq)((0,json/* asObject */.eB)(gh.payload.repository)?.default_branch);
    const pullRequest = gh.prNumber !== undefined || (gh.eventName !== undefined && context_PR_EVENTS.has(gh.eventName));
    return {
        ...(gh.sha ? { commit: gh.sha } : {}),
        ...(gh.ref ? { ref: gh.ref } : {}),
        ...(gh.eventName ? { event: gh.eventName } : {}),
        ...(gh.runUrl ? { runUrl: gh.runUrl } : {}),
        ...(gh.repoUrl ? { repoUrl: gh.repoUrl, remote: `${gh.repoUrl}.git` } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
        pullRequest
    };
}
/**
 * Where and what a local run is (the CLI): the workspace's commit and branch from git, with
 * the event `local`.
 */
async function contextFromGit(env, exec, workspace) {
    const git = async (args) => {
        const r = await exec('git', args, { cwd: workspace, env, timeoutMs: 10_000 });
        const out = r.stdout.trim();
        return r.exitCode === 0 && out !== '' ? out : undefined;
    };
    const commit = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    const ref = await git(['symbolic-ref', '--quiet', 'HEAD']);
    return {
        ...(commit ? { commit } : {}),
        ...(ref ? { ref } : {}),
        event: 'local',
        pullRequest: false
    };
}
/**
 * The event payload is read whole to find the pull request and the default branch; GitHub's own
 * payloads stay far below this (a push lists at most 20 commits), so a larger file is refused.
 */
const EVENT_PAYLOAD_MAX_BYTES = 8 * 1024 * 1024;
/**
 * The CLI's context. Inside GitHub Actions (`GITHUB_ACTIONS=true`) it is the workflow's, from
 * the `GITHUB_*` variables and the event payload exactly as the Action reads them: git alone
 * would make every workflow run, a pull request's too, look like a local default-branch run.
 * Anywhere else it is the workspace's git state (contextFromGit). An unreadable payload loses
 * only the default branch and PR number; a pull request event still counts as one.
 */
async function contextForCli(env, exec, workspace) {
    if (env.GITHUB_ACTIONS !== 'true')
        return contextFromGit(env, exec, workspace);
    const eventPath = env.GITHUB_EVENT_PATH?.trim();
    let payload = { text: '{}' };
    if (eventPath) {
        try {
            payload = { text: await (0,bounded_read/* readBoundedText */.H)(eventPath, EVENT_PAYLOAD_MAX_BYTES) };
        }
        catch (error) {
            payload = { error };
        }
    }
    const gh = readGitHubContext(env, () => {
        if ('error' in payload)
            throw new Error((0,errors/* errorMessage */.gJ)(payload.error));
        return payload.text;
    });
    return contextFromGitHub({
        sha: gh.sha,
        ref: gh.ref,
        eventName: gh.eventName,
        runUrl: gh.runUrl,
        repoUrl: gh.repoUrl,
        prNumber: gh.prNumber,
        payload: gh.payload
    });
}


/***/ }),

/***/ 34282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readBoundedText),
/* harmony export */   o: () => (/* binding */ UnreadableFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/** Why a file was not read: not a regular file (a FIFO, a device, a directory) or too large. */
class UnreadableFileError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'UnreadableFileError';
    }
}
/**
 * Reads a regular file as UTF-8, never more than `maxBytes`. Opened non-blocking (a FIFO
 * planted under a manifest's name must not hang the run at open), checked on the open
 * descriptor (no swap between check and read), and read with a cap (a file that grows after
 * the check, or lies about its size, still stops at the bound).
 */
async function readBoundedText(file, maxBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new UnreadableFileError('not a regular file', 'not-a-file');
        if (info.size > maxBytes)
            throw new UnreadableFileError(`larger than ${maxBytes} bytes`, 'too-large');
        const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 4096)));
        let length = 0;
        for (;;) {
            if (length === buffer.length)
                break;
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            throw new UnreadableFileError(`larger than ${maxBytes} bytes`, 'too-large');
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ })

};

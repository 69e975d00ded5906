export const id = 215;
export const ids = [215];
export const modules = {

/***/ 215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contextFromGit: () => (/* binding */ contextFromGit),
/* harmony export */   contextFromGitHub: () => (/* binding */ contextFromGitHub)
/* harmony export */ });
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4976);

/** Events whose runs are a pull request's (compared with the trend, never written). */
const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
]);
/** Where and what a workflow run is, from GitHub's variables and event payload. */
function contextFromGitHub(gh) {
    const defaultBranch = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .asNonEmptyString */ .yq)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(gh.payload.repository)?.default_branch);
    const pullRequest = gh.prNumber !== undefined || (gh.eventName !== undefined && PR_EVENTS.has(gh.eventName));
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


/***/ })

};

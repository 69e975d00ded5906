export const id = 1442;
export const ids = [1442];
export const modules = {

/***/ 85069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   gU: () => (/* binding */ resolveBase),
/* harmony export */   r4: () => (/* binding */ addedInRange)
/* harmony export */ });
/* unused harmony export parseAddedHunks */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _trust_git_revision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88858);


/** Parses `git diff -U0` / `git log -p -U0` output into added hunks. */
function parseAddedHunks(patch) {
    const hunks = [];
    let file;
    let commit;
    let current;
    let nextLine = 0;
    let previous = '';
    const flush = () => {
        if (current && current.lines.length) {
            hunks.push({
                path: current.path,
                startLine: current.startLine,
                text: current.lines.join('\n'),
                ...(current.commit ? { commit: current.commit } : {})
            });
        }
        current = undefined;
    };
    for (const line of patch.split('\n')) {
        const afterOldHeader = previous.startsWith('--- ');
        previous = line;
        if (line.startsWith('commit ') && /^commit [0-9a-f]{7,64}$/.test(line.trim())) {
            flush();
            commit = line.slice(7).trim();
            file = undefined;
        }
        else if (line.startsWith('diff --git ')) {
            flush();
            file = undefined;
        }
        else if (line.startsWith('+++ ') && afterOldHeader) {
            flush();
            const target = line.slice(4);
            file = target === '/dev/null' ? undefined : unquote(target).replace(/^b\//, '');
        }
        else if (line.startsWith('@@')) {
            flush();
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
            nextLine = m ? Number(m[1]) : 0;
        }
        else if (line.startsWith('+') && file !== undefined && nextLine > 0) {
            if (!current)
                current = { path: file, startLine: nextLine, lines: [], ...(commit ? { commit } : {}) };
            current.lines.push(line.slice(1).replace(/\r$/, ''));
            nextLine++;
        }
        else if (line.startsWith('-') || line.startsWith('\\')) {
            // Removed lines and "\ No newline at end of file" do not move the new-side counter.
        }
        else {
            flush();
        }
    }
    flush();
    return hunks;
}
/** git quotes paths with special characters: "b/dir/na\303\257ve.py". */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    const inner = p.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i];
        if (c === '\\') {
            const n = inner[i + 1] ?? '';
            if (/[0-7]/.test(n)) {
                bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
                i += 3;
            }
            else {
                bytes.push({ n: 10, t: 9, '"': 34, '\\': 92 }[n] ?? n.charCodeAt(0));
                i += 1;
            }
        }
        else
            bytes.push(...Buffer.from(c, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** The base commit: `baseRef` setting, else the GitHub event (PR base sha, or push `before`). */
async function resolveBase(baseRef, env) {
    const checked = (base, source) => {
        // Everything here reaches git's argv; a value git could read as an option is refused.
        const problem = (0,_trust_git_revision_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionProblem */ .lZ)(base);
        return problem
            ? { source: `${source} ${JSON.stringify(base)} refused: it ${problem}` }
            : { base, source };
    };
    if (baseRef)
        return checked(baseRef, 'the baseRef setting');
    const eventPath = env.GITHUB_EVENT_PATH;
    if (!eventPath)
        return { source: 'no baseRef setting and no GITHUB_EVENT_PATH' };
    try {
        const event = JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(eventPath, 'utf8'));
        const pr = event.pull_request?.base?.sha;
        if (pr)
            return checked(pr, 'pull_request.base.sha');
        if (event.before && !/^0+$/.test(event.before))
            return checked(event.before, 'push before');
        return { source: 'the event has no base (new branch or unsupported event)' };
    }
    catch (error) {
        return { source: `cannot read GITHUB_EVENT_PATH: ${error.message}` };
    }
}
async function git(deps, args) {
    // The injected process-group exec, not @actions/exec: `git fetch` can hang on the network and
    // must stop at the tool timeout or on cancel, with its helpers, which @actions/exec cannot do.
    const r = await deps.exec('git', args, {
        cwd: deps.cwd,
        timeoutMs: deps.timeoutMs,
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.env ? { env: deps.env } : {})
    });
    return {
        ok: r.exitCode === 0 && !r.spawnError,
        stdout: r.stdout,
        stderr: (r.spawnError ?? r.stderr).trim()
    };
}
async function hasCommit(deps, sha) {
    return (await git(deps, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`])).ok;
}
/**
 * Makes `base` available in a shallow clone: fetch it directly (GitHub serves any reachable sha),
 * then deepen for history mode until base is an ancestor of HEAD.
 */
async function ensureBase(deps, base, needAncestry) {
    const shallow = (await git(deps, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    if (!(await hasCommit(deps, base))) {
        if (!shallow)
            return `base commit ${base} is not in the repository`;
        deps.logger.info(`secrets: shallow clone, fetching base commit ${base}`);
        await git(deps, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', base]);
        // Servers that refuse fetching by sha: deepen until the base appears.
        for (let attempt = 0; attempt < 6 && !(await hasCommit(deps, base)); attempt++) {
            const r = await git(deps, ['fetch', '--no-tags', `--deepen=${50 * 2 ** attempt}`, 'origin']);
            if (!r.ok)
                break;
        }
        if (!(await hasCommit(deps, base)))
            return `base commit ${base} is missing from this shallow clone and could not be fetched (use actions/checkout with fetch-depth: 0)`;
    }
    if (needAncestry && shallow) {
        for (let attempt = 0; attempt < 6; attempt++) {
            if ((await git(deps, ['merge-base', '--is-ancestor', '--end-of-options', base, 'HEAD'])).ok)
                return undefined;
            deps.logger.info(`secrets: deepening shallow clone to reach ${base}`);
            const r = await git(deps, ['fetch', '--no-tags', `--deepen=${50 * 2 ** attempt}`, 'origin']);
            if (!r.ok)
                break;
        }
        if (!(await git(deps, ['merge-base', '--is-ancestor', '--end-of-options', base, 'HEAD'])).ok)
            return `history between ${base} and HEAD is incomplete in this shallow clone; commits before the shallow boundary were not scanned`;
    }
    return undefined;
}
/** Lines added between `base` and HEAD (diff) or by each commit of `base..HEAD` (history). */
async function addedInRange(deps, base, mode) {
    const problems = [];
    const missing = await ensureBase(deps, base, mode === 'history');
    if (missing) {
        if (mode === 'diff' || !(await hasCommit(deps, base)))
            return { hunks: [], problems: [missing] };
        problems.push(missing);
    }
    const args = mode === 'diff'
        ? [
            '-c',
            'core.quotepath=off',
            'diff',
            '--no-color',
            '--no-ext-diff',
            '--no-renames',
            '-U0',
            '--diff-filter=ACMRT',
            '--end-of-options',
            base,
            'HEAD'
        ]
        : [
            '-c',
            'core.quotepath=off',
            'log',
            '-p',
            '-U0',
            '--no-color',
            '--no-ext-diff',
            '--no-renames',
            '--format=commit %H',
            '--diff-filter=ACMRT',
            '--end-of-options',
            `${base}..HEAD`
        ];
    const r = await git(deps, args);
    if (!r.ok)
        return {
            hunks: [],
            problems: [
                ...problems,
                `git ${args.slice(2, 3).join(' ')} failed: ${r.stderr.split('\n')[0] ?? ''}`
            ],
            command: ['git', ...args]
        };
    return { hunks: parseAddedHunks(r.stdout), problems, command: ['git', ...args] };
}
/**
 * The files git tracks under `deps.cwd`, relative to it (`git ls-files -z`: no quoting, any
 * byte in a name survives), or undefined outside a repository or when git is missing, so the
 * caller keeps its plain walk.
 */
async function trackedFiles(deps) {
    const r = await git(deps, ['ls-files', '-z', '--cached']);
    if (!r.ok) {
        deps.logger.debug(`git ls-files: ${r.stderr.split('\n')[0] ?? ''}`);
        return undefined;
    }
    return new Set(r.stdout.split('\0').filter(p => p !== ''));
}


/***/ }),

/***/ 81442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addedInlineSuppressions: () => (/* binding */ addedInlineSuppressions)
/* harmony export */ });
/* unused harmony exports INLINE_SUPPRESSIONS_SHOWN, suppressionsIn, describeAddedSuppressions */
/* harmony import */ var _secrets_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85069);

/**
 * Inline suppressions the change itself adds (SECURITY.md, promise 4): a `# nosec` silences Bandit, a
 * `nosemgrep` comment Semgrep, `runguard:allow` the secret detector, each on its own line and
 * nowhere near the ignore file a reviewer watches. The lines the change adds (`git diff -U0
 * <base> HEAD`, the secret detector's diff mode) are searched for them, and each one is listed
 * in the summary and the PR comment. Only the marker and the rule ids after it are quoted,
 * never the rest of the line: a `runguard:allow` line usually holds the value it allows.
 */
/** Longest list of added suppressions shown; the rest are counted. */
const INLINE_SUPPRESSIONS_SHOWN = 30;
// Bandit: `#nosec`, `# nosec B602,B607`; Semgrep: `nosemgrep`, `nosemgrep: rule.id, other`
// after any comment leader; runguard's own allow comment.
const MARKER = /#\s*nosec\b(?:[ \t:]+[A-Z]\d{3}(?:[ \t]*,[ \t]*[A-Z]\d{3})*)?|(?:(?:#|\/\/)[ \t]*)?\bnosemgrep\b(?:[ \t]*:[ \t]*[\w.-]+(?:[ \t]*,[ \t]*[\w.-]+)*)?|runguard:allow\b/gi;
/** The suppressions on the lines of `hunks` (pure; tested on its own). */
function suppressionsIn(hunks) {
    const out = [];
    for (const hunk of hunks) {
        hunk.text.split('\n').forEach((text, i) => {
            // A minified or generated line is not read past its first 10,000 characters.
            for (const m of text.slice(0, 10_000).matchAll(MARKER))
                out.push({ path: hunk.path, line: hunk.startLine + i, marker: m[0].replace(/\s+/g, ' ') });
        });
    }
    return out;
}
/** Summary lines for the suppressions: one each up to the cap, then how many more. */
function describeAddedSuppressions(found) {
    const lines = found
        .slice(0, INLINE_SUPPRESSIONS_SHOWN)
        .map(s => `inline suppression added by this change: ${s.path}:${s.line}: ${s.marker}`);
    if (found.length > INLINE_SUPPRESSIONS_SHOWN)
        lines.push(`inline suppressions added by this change: ${found.length - INLINE_SUPPRESSIONS_SHOWN} more not listed (${found.length} in all)`);
    return lines;
}
/**
 * The summary lines for the inline suppressions the change adds relative to `base`. When the
 * diff cannot be had, one line says so: a reviewer must know the list is missing, not empty.
 */
async function addedInlineSuppressions(deps) {
    const range = await (0,_secrets_git_js__WEBPACK_IMPORTED_MODULE_0__/* .addedInRange */ .r4)({
        exec: deps.exec,
        logger: deps.logger,
        cwd: deps.workspace,
        timeoutMs: 60_000,
        ...(deps.signal ? { signal: deps.signal } : {})
    }, deps.base, 'diff');
    const lines = describeAddedSuppressions(suppressionsIn(range.hunks));
    if (range.problems.length > 0)
        lines.push(`inline suppressions added by this change could not all be listed: ${range.problems.join('; ')}`);
    return lines;
}


/***/ })

};

export const id = 3784;
export const ids = [3784];
export const modules = {

/***/ 9944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O_: () => (/* binding */ gitStore)
/* harmony export */ });
/* unused harmony exports gitEnvironment, pushWasRaced, GitStoreError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_git_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98109);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84689);





/** Variables that would point git at another repository, index or config. */
const GIT_REDIRECTS = /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|COMMON_DIR|CONFIG_PARAMETERS|CONFIG_COUNT|CONFIG_KEY_\d+|CONFIG_VALUE_\d+|CONFIG|CONFIG_GLOBAL)$/;
/** The environment of every git call: no redirects, no prompts, the token as a header only. */
function gitEnvironment(base, remote, token) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (!GIT_REDIRECTS.test(k))
            env[k] = v;
    const config = [
        ['core.hooksPath', '/dev/null'],
        ['gc.auto', '0'],
        ['init.defaultBranch', 'runguard']
    ];
    if (token && /^https?:/i.test(remote)) {
        const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
        config.push([`http.${new URL(remote).origin}/.extraheader`, `AUTHORIZATION: basic ${basic}`]);
    }
    config.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = k;
        env[`GIT_CONFIG_VALUE_${i}`] = v;
    });
    return {
        ...env,
        GIT_CONFIG_COUNT: String(config.length),
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        GIT_ALLOW_PROTOCOL: 'https:http:file',
        GIT_AUTHOR_NAME: 'github-actions[bot]',
        GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
        GIT_COMMITTER_NAME: 'github-actions[bot]',
        GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com'
    };
}
/** A push refused because the branch moved (retry on the new tip), not for another reason. */
function pushWasRaced(result) {
    const text = `${result.stdout}\n${result.stderr}`;
    return (/^!\s.*\[(rejected|remote rejected)\].*(fetch first|non-fast-forward|stale info|cannot lock ref|failed to update ref|incorrect old value)/im.test(text) || /\b(cannot lock ref|failed to update ref)\b/i.test(text));
}
class GitStoreError extends Error {
}
function gitStore(options) {
    const remoteIssue = (0,_util_git_names_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteProblem */ .I)(options.remote);
    if (remoteIssue)
        throw new GitStoreError(`history remote ${options.remote} ${remoteIssue}`);
    const branchIssue = (0,_util_git_names_js__WEBPACK_IMPORTED_MODULE_4__/* .refNameProblem */ .C)(options.branch);
    if (branchIssue)
        throw new GitStoreError(`history-branch ${options.branch} ${branchIssue}`);
    const ref = `refs/heads/${options.branch}`;
    const env = gitEnvironment(options.env, options.remote, options.token);
    const timeoutMs = options.timeoutMs ?? 120_000;
    const sleep = options.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms)));
    let gitDir;
    const git = async (args, extra = {}) => {
        const dir = await repo();
        return options.exec('git', [`--git-dir=${dir}`, ...args], {
            cwd: dir,
            env: { ...env, ...extra.env },
            timeoutMs,
            ...(extra.input !== undefined ? { input: extra.input } : {})
        });
    };
    const must = async (args, extra = {}) => {
        const r = await git(args, extra);
        if (r.exitCode !== 0)
            throw new GitStoreError(`git ${args[0]} failed: ${(r.spawnError ?? r.stderr).trim().split('\n').slice(-3).join(' ') || `exit ${String(r.exitCode)}`}`);
        return r.stdout.trim();
    };
    async function repo() {
        if (gitDir)
            return gitDir;
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'runguard-history-'));
        const r = await options.exec('git', ['init', '--bare', '--quiet', dir], {
            env,
            timeoutMs
        });
        if (r.exitCode !== 0)
            throw new GitStoreError(`git init failed: ${(r.spawnError ?? r.stderr).trim()}`);
        gitDir = dir;
        return dir;
    }
    /** The branch tip after fetching it, or undefined when the branch does not exist yet. */
    const fetchTip = async () => {
        const listed = await git(['ls-remote', '--exit-code', '--end-of-options', options.remote, ref]);
        if (listed.exitCode === 2)
            return undefined;
        if (listed.exitCode !== 0)
            throw new GitStoreError(`cannot read ${options.remote}: ${(listed.spawnError ?? listed.stderr).trim().split('\n').slice(-2).join(' ')}`);
        await must([
            'fetch',
            '--quiet',
            '--no-tags',
            '--depth=1',
            '--end-of-options',
            options.remote,
            `+${ref}:refs/runguard/tip`
        ]);
        return must(['rev-parse', '--verify', '--end-of-options', 'refs/runguard/tip^{commit}']);
    };
    const readAt = async (tip) => {
        if (!tip)
            return {};
        const read = async (name) => {
            const r = await git(['cat-file', 'blob', `${tip}:${name}`]);
            return r.exitCode === 0 ? r.stdout : undefined;
        };
        const history = await read(_store_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_FILE */ .CX);
        const findings = await read(_store_js__WEBPACK_IMPORTED_MODULE_3__/* .FINDINGS_FILE */ .oU);
        return {
            ...(history !== undefined ? { history } : {}),
            ...(findings !== undefined ? { findings } : {})
        };
    };
    /** Commits `files` (path → text) on top of `tip` (or as the first commit) and returns its id. */
    const commit = async (tip, files, message) => {
        const index = { GIT_INDEX_FILE: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(await repo(), 'runguard-index') };
        await must(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env: index });
        for (const [name, text] of Object.entries(files)) {
            const blob = await must(['hash-object', '-w', '--stdin'], { input: text });
            await must(['update-index', '--add', '--cacheinfo', `100644,${blob},${name}`], {
                env: index
            });
        }
        const tree = await must(['write-tree'], { env: index });
        return must(['commit-tree', tree, ...(tip ? ['-p', tip] : [])], { input: message + '\n' });
    };
    return {
        description: `branch ${options.branch} of ${options.remote}`,
        async load(keep) {
            return (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .contentsOf */ .KD)(await readAt(await fetchTip()), keep);
        },
        async update(update) {
            const attempts = options.maxAttempts ?? 10;
            for (let attempt = 1;; attempt++) {
                const tip = await fetchTip();
                const current = await readAt(tip);
                const next = (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .applyUpdate */ .QE)(current, update);
                const files = {
                    [_store_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_FILE */ .CX]: next.history,
                    ...(next.findings !== undefined ? { [_store_js__WEBPACK_IMPORTED_MODULE_3__/* .FINDINGS_FILE */ .oU]: next.findings } : {}),
                    // GitHub Pages serves the files as they are (no Jekyll processing).
                    '.nojekyll': '',
                    ...(options.extraFiles?.() ?? {})
                };
                const message = update.record
                    ? `runguard: record ${oneLine(update.record.category)} run${update.record.commit ? ` of ${update.record.commit.slice(0, 12)}` : ''}`
                    : `runguard: prune the history to ${update.keep} runs per category`;
                const id = await commit(tip, files, message);
                const pushed = await git([
                    'push',
                    '--porcelain',
                    '--end-of-options',
                    options.remote,
                    `${id}:${ref}`
                ]);
                if (pushed.exitCode === 0)
                    return { pruned: next.pruned };
                const why = (pushed.spawnError ?? `${pushed.stdout}\n${pushed.stderr}`).trim();
                if (!pushWasRaced(pushed) || attempt >= attempts)
                    throw new GitStoreError(`could not push ${options.branch}${attempt > 1 ? ` after ${attempt} attempts` : ''}: ${why.split('\n').slice(-3).join(' ')}`);
                options.logger.info(`history: ${options.branch} moved while this run wrote to it (attempt ${attempt}); retrying on the new tip`);
                await sleep(Math.min(8000, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random()));
            }
        },
        async close() {
            if (gitDir)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(gitDir, { recursive: true, force: true });
            gitDir = undefined;
        }
    };
}
/** A category in a commit message: one line, printable, bounded. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 100);
}


/***/ }),

/***/ 59987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ localStore)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5799);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84689);








/**
 * The embedded store of the CLI: `<workspace>/.runguard/history/` holds `runguard-history.jsonl`
 * (JSON Lines, one record per line, oldest first) and `runguard-findings.json`.
 *
 * Why JSON Lines: a run only ever adds one line, so a write is one `write(2)` of one small buffer
 * (a record is at most 64 KiB) on a file opened with O_APPEND, which the kernel positions at the
 * end atomically; the file is readable with jq, grep or a spreadsheet; and a line torn by a crash
 * costs that line only (readers skip it). Writers also take `runguard-history.lock` (O_EXCL,
 * holding the pid; a lock whose process is gone, or older than ten minutes, is broken), because
 * retention rewrites the file and a rewrite must not race an append. Retention runs when a
 * category has 10 % (at least 10) more records than history-keep, so most runs only append;
 * readers always see at most history-keep per category.
 *
 * The directory must stay inside the workspace (a committed symlink cannot send the writes
 * elsewhere), files are opened with O_NOFOLLOW, and a `.gitignore` of `*` keeps `git status`
 * clean, as pytest does with `.pytest_cache/`.
 */
const LOCK_FILE = 'runguard-history.lock';
const LOCK_STALE_MS = 10 * 60 * 1000;
const LOCK_WAIT_MS = 60 * 1000;
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const inside = (parent, child) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
};
function localStore(options) {
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.workspace);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace, options.dir);
    if (!inside(workspace, dir))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`history-dir ${options.dir} resolves to ${dir}, outside the workspace ${workspace}; use a directory inside it`, { field: 'history-dir', value: options.dir });
    const sleep = options.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms)));
    const file = (name) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
    /** Creates the directory and checks that it really is inside the workspace. */
    const prepare = async () => {
        const existed = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(dir).then(() => true, () => false);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const realDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir);
        if (!inside(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace), realDir))
            throw new Error(`${options.dir} resolves to ${realDir}, outside the workspace (a symbolic link); runguard does not write there`);
        if (!existed)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file('.gitignore'), '# runguard run history (local)\n*\n');
    };
    const readIfPresent = async (name) => {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file(name), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NOFOLLOW);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT')
                return undefined;
            if (code === 'ELOOP')
                throw new Error(`${name} is a symbolic link; runguard does not read it`, { cause: error });
            throw error;
        }
        try {
            return await handle.readFile('utf8');
        }
        finally {
            await handle.close();
        }
    };
    const readFiles = async () => {
        const history = await readIfPresent(_store_js__WEBPACK_IMPORTED_MODULE_7__/* .HISTORY_FILE */ .CX);
        const findings = await readIfPresent(_store_js__WEBPACK_IMPORTED_MODULE_7__/* .FINDINGS_FILE */ .oU);
        return {
            ...(history !== undefined ? { history } : {}),
            ...(findings !== undefined ? { findings } : {})
        };
    };
    /** Replaces a file in one step (a reader sees the old or the new text, never a mix). */
    const replace = async (name, text) => {
        const temp = file(`.${name}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.randomBytes)(6).toString('hex')}.tmp`);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | NOFOLLOW, 0o644);
        try {
            await handle.writeFile(text, 'utf8');
        }
        finally {
            await handle.close();
        }
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file(name));
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
            throw error;
        }
    };
    /** One write(2) of the whole line at the end of the file. */
    const appendLine = async (line) => {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file(_store_js__WEBPACK_IMPORTED_MODULE_7__/* .HISTORY_FILE */ .CX), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND | NOFOLLOW, 0o644);
        try {
            const buffer = Buffer.from(line, 'utf8');
            const { bytesWritten } = await handle.write(buffer, 0, buffer.length);
            if (bytesWritten !== buffer.length)
                throw new Error(`short write to ${_store_js__WEBPACK_IMPORTED_MODULE_7__/* .HISTORY_FILE */ .CX} (${bytesWritten} of ${buffer.length} bytes)`);
        }
        finally {
            await handle.close();
        }
    };
    const withLock = async (work) => {
        const lock = file(LOCK_FILE);
        const started = Date.now();
        for (let attempt = 0;; attempt++) {
            try {
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(lock, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | NOFOLLOW, 0o644);
                await handle.writeFile(`${process.pid}\n${node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname()}\n${new Date().toISOString()}\n`);
                await handle.close();
                break;
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                if (await breakStaleLock(lock))
                    continue;
                if (Date.now() - started > LOCK_WAIT_MS)
                    throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.dir, LOCK_FILE)} is held by another runguard for over ${LOCK_WAIT_MS / 1000}s; remove it if no runguard is running`, { cause: error });
                await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
            }
        }
        try {
            return await work();
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(lock).catch(() => undefined);
        }
    };
    return {
        description: options.dir,
        async load(keep) {
            return (0,_store_js__WEBPACK_IMPORTED_MODULE_7__/* .contentsOf */ .KD)(await readFiles(), keep);
        },
        async update(update) {
            await prepare();
            return withLock(async () => {
                const files = await readFiles();
                const parsed = (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .parseHistory */ .i6)(files.history ?? '');
                const all = update.record ? [...parsed.records, update.record] : parsed.records;
                const counts = new Map();
                for (const r of all)
                    counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
                const slack = Math.max(10, Math.ceil(update.keep / 10));
                const overdue = [...counts.values()].some(n => n > update.keep + slack);
                let pruned = 0;
                if (update.pruneCategory !== undefined || overdue) {
                    const next = (0,_store_js__WEBPACK_IMPORTED_MODULE_7__/* .applyUpdate */ .QE)(files, update);
                    await replace(_store_js__WEBPACK_IMPORTED_MODULE_7__/* .HISTORY_FILE */ .CX, next.history);
                    pruned = next.pruned;
                }
                else if (update.record) {
                    await appendLine((0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .serializeRecord */ .Om)(update.record));
                }
                if (update.snapshot) {
                    const next = (0,_store_js__WEBPACK_IMPORTED_MODULE_7__/* .applyUpdate */ .QE)(files, { keep: update.keep, snapshot: update.snapshot });
                    if (next.findings !== undefined)
                        await replace(_store_js__WEBPACK_IMPORTED_MODULE_7__/* .FINDINGS_FILE */ .oU, next.findings);
                }
                return { pruned };
            });
        }
    };
    async function breakStaleLock(lock) {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(lock, 'utf8');
        }
        catch {
            return true; // gone already: try again
        }
        const [pidText, host, at] = text.split('\n');
        const pid = Number(pidText);
        const age = Date.now() - Date.parse(at ?? '');
        let dead = false;
        if (host === node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname() && Number.isInteger(pid) && pid > 0) {
            try {
                process.kill(pid, 0);
            }
            catch (error) {
                dead = error.code === 'ESRCH';
            }
        }
        // A lock being written right now has no timestamp yet: not stale.
        if (!dead && !(Number.isFinite(age) && age > LOCK_STALE_MS))
            return false;
        // Only the lock we judged: another runguard may have broken it and taken a new one meanwhile.
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(lock, 'utf8').catch(() => undefined)) !== text)
            return true;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(lock).catch(() => undefined);
        return true;
    }
}


/***/ }),

/***/ 5799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ HISTORY_FILE),
/* harmony export */   E$: () => (/* binding */ parseSnapshot),
/* harmony export */   HV: () => (/* binding */ withSnapshot),
/* harmony export */   Om: () => (/* binding */ serializeRecord),
/* harmony export */   aw: () => (/* binding */ retain),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   kA: () => (/* binding */ buildRecord),
/* harmony export */   ki: () => (/* binding */ observedValue),
/* harmony export */   oU: () => (/* binding */ FINDINGS_FILE),
/* harmony export */   xA: () => (/* binding */ MAX_SNAPSHOT_FINDINGS)
/* harmony export */ });
/* unused harmony exports HISTORY_SCHEMA, MAX_RECORD_BYTES, historyRecordSchema, newRecordId, serializeHistory */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _gates_stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81179);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);




/**
 * One line of the history file: what one run measured, found and decided. The file is JSON
 * Lines (one record per line, oldest first), so it can be read with `jq`, `grep` or a
 * spreadsheet import, appended to without rewriting, and a damaged line costs one record.
 */
const HISTORY_SCHEMA = 'runguard-history/1';
/** The history file's name, in the local directory and in the data branch. */
const HISTORY_FILE = 'runguard-history.jsonl';
/** The findings of the last trend run per category (new vs fixed), beside the history file. */
const FINDINGS_FILE = 'runguard-findings.json';
/** Verdict reasons kept per record (each cut to REASON_MAX_CHARS). */
const MAX_REASONS = 20;
const REASON_MAX_CHARS = 300;
/** A record larger than this is refused: appends stay single small writes. */
const MAX_RECORD_BYTES = 64 * 1024;
const metricPoint = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    value: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    n: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional(),
    mad: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional(),
    min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional()
});
const severityCounts = zod__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative());
/** Validates one parsed line; unknown keys are kept out (a later version may add some). */
const historyRecordSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(HISTORY_SCHEMA),
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(100),
    timestamp: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().refine(t => !Number.isNaN(Date.parse(t)), 'not a date'),
    category: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(200),
    commit: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100).optional(),
    ref: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(300).optional(),
    event: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100).optional(),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(1000).optional(),
    commitUrl: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(1000).optional(),
    trend: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
    machine: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        os: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        osRelease: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        arch: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        cpuModel: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        cores: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        node: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        python: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional()
    }),
    runguard: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    mode: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_NAMES */ .Uw), metricPoint).optional(),
    notObserved: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(300).optional(),
    scriptOk: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    gates: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        gate: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        kind: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['budget', 'regression', 'trend']),
        metric: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_NAMES */ .Uw),
        op: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['<=', '<', '>=', '>', '==', '!=']),
        limit: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        actual: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        baseline: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional(),
        passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
    })),
    findings: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        counts: severityCounts,
        byTool: zod__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAMES */ .K2), severityCounts),
        new: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(),
        fixed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional()
    }),
    tools: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ tool: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAMES */ .K2), status: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional() })),
    verdict: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        exitCode: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
        reasons: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())
    })
});
const zeroCounts = () => Object.fromEntries(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map(s => [s, 0]));
/** A new record id: sortable by time, unique across concurrent jobs. */
function newRecordId(at) {
    return `${at.getTime().toString(36)}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
}
/** Builds the record of one run; every string passes through `redact` before it is stored. */
function buildRecord(input) {
    const r = input.redact;
    const byTool = {};
    const counts = zeroCounts();
    for (const f of input.counted) {
        counts[f.severity]++;
        const tool = (byTool[f.tool] ??= {});
        tool[f.severity] = (tool[f.severity] ?? 0) + 1;
    }
    let metrics;
    if (input.metrics) {
        metrics = {};
        for (const name of _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_NAMES */ .Uw) {
            const value = input.metrics[name];
            if (value === null || !Number.isFinite(value))
                continue;
            const spread = input.spread?.[name];
            metrics[name] = spread && spread.n > 1 ? { value, ...spread } : { value };
        }
    }
    const ctx = input.context;
    const opt = (key, value) => value ? { [key]: r(value) } : {};
    return {
        schema: HISTORY_SCHEMA,
        id: newRecordId(input.timestamp),
        timestamp: input.timestamp.toISOString(),
        category: r(input.category),
        ...opt('commit', ctx.commit),
        ...opt('ref', ctx.ref),
        ...opt('event', ctx.event),
        ...opt('runUrl', ctx.runUrl),
        ...opt('commitUrl', ctx.commitUrl),
        trend: input.trend,
        machine: { ...input.machine, cpuModel: r(input.machine.cpuModel) },
        runguard: input.runguardVersion,
        mode: input.mode,
        ...(metrics ? { metrics } : {}),
        ...(metrics && input.notObserved && _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_NAMES */ .Uw.some(m => input.metrics?.[m] === null)
            ? { notObserved: r(input.notObserved) }
            : {}),
        ...(input.scriptOk !== undefined ? { scriptOk: input.scriptOk } : {}),
        gates: input.gates.map(g => ({
            gate: r(g.gate),
            kind: g.kind,
            metric: g.metric,
            op: g.op,
            limit: g.limit,
            actual: g.actual,
            ...(g.baseline !== undefined ? { baseline: g.baseline } : {}),
            passed: g.passed
        })),
        findings: {
            counts,
            byTool,
            ...(input.delta ? { new: input.delta.new, fixed: input.delta.fixed } : {})
        },
        tools: input.toolRuns.map(t => ({
            tool: t.tool,
            status: t.status,
            ...(t.version ? { version: r(t.version) } : {})
        })),
        verdict: {
            passed: input.verdict.passed,
            exitCode: input.exitCode,
            reasons: input.verdict.reasons.slice(0, MAX_REASONS).map(x => r(x).slice(0, REASON_MAX_CHARS))
        }
    };
}
/**
 * The value of a metric in a record, or undefined when the run did not observe it. Records
 * written before runguard said "not observed" stored 0 for the sampled-only metrics of a script
 * that ended before the first sample (isLegacyUnsampled); those zeros are not observations.
 */
function observedValue(record, metric) {
    const value = record.metrics?.[metric]?.value;
    if (value === undefined || !Number.isFinite(value))
        return undefined;
    if (record.notObserved === undefined &&
        _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SAMPLED_ONLY_METRICS */ .mV.includes(metric) &&
        (0,_gates_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .isLegacyUnsampled */ .lu)({ num_threads: record.metrics?.num_threads?.value }))
        return undefined;
    return value;
}
/** One record as one line (no newline inside: JSON.stringify escapes them). */
function serializeRecord(record) {
    const line = JSON.stringify(record);
    if (Buffer.byteLength(line) + 1 > MAX_RECORD_BYTES)
        throw new Error(`a history record of ${Buffer.byteLength(line)} bytes is over the 64 KiB bound`);
    return line + '\n';
}
/** Parses a JSON Lines history text; bad lines are counted and skipped, never fatal. */
function parseHistory(text) {
    const records = [];
    let skipped = 0;
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            skipped++;
            continue;
        }
        const parsed = historyRecordSchema.safeParse(value);
        if (parsed.success)
            records.push(parsed.data);
        else
            skipped++;
    }
    return { records, skipped };
}
/**
 * Keeps the newest `keep` records of each category (file order is append order, oldest first);
 * the result stays in file order.
 */
function retain(records, keep) {
    const seen = new Map();
    const kept = [];
    for (let i = records.length - 1; i >= 0; i--) {
        const rec = records[i];
        const n = seen.get(rec.category) ?? 0;
        if (n >= keep)
            continue;
        seen.set(rec.category, n + 1);
        kept.push(rec);
    }
    return kept.reverse();
}
/** The history text of some records. */
function serializeHistory(records) {
    return records.map(rec => JSON.stringify(rec) + '\n').join('');
}
/** Findings kept per category in the snapshot; past it, new/fixed are not computed. */
const MAX_SNAPSHOT_FINDINGS = 5000;
const snapshotSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('runguard-findings/1'),
    categories: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        timestamp: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        commit: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        truncated: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
        findings: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
            fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
            tool: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAMES */ .K2),
            ruleId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
            severity: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC),
            path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
            line: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        }))
    }))
});
/** Parses the findings snapshot; anything unreadable is an empty snapshot and a note. */
function parseSnapshot(text) {
    const empty = { schema: 'runguard-findings/1', categories: {} };
    if (text === undefined)
        return { snapshot: empty };
    try {
        const parsed = snapshotSchema.safeParse(JSON.parse(text));
        if (parsed.success)
            return { snapshot: parsed.data };
        return { snapshot: empty, problem: `${FINDINGS_FILE} is not a findings snapshot` };
    }
    catch {
        return { snapshot: empty, problem: `${FINDINGS_FILE} is not JSON` };
    }
}
/** The snapshot of these counted findings for `category`, replacing its previous entry. */
function withSnapshot(snapshot, category, entry, redact) {
    const findings = entry.counted.slice(0, MAX_SNAPSHOT_FINDINGS).map(f => ({
        fingerprint: f.fingerprint,
        tool: f.tool,
        ruleId: redact(f.ruleId),
        severity: f.severity,
        path: redact(f.location.path),
        line: f.location.startLine
    }));
    return {
        schema: 'runguard-findings/1',
        categories: {
            ...snapshot.categories,
            [category]: {
                timestamp: entry.timestamp,
                ...(entry.commit ? { commit: entry.commit } : {}),
                ...(entry.counted.length > MAX_SNAPSHOT_FINDINGS ? { truncated: true } : {}),
                findings
            }
        }
    };
}


/***/ }),

/***/ 84689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* reexport safe */ _record_js__WEBPACK_IMPORTED_MODULE_0__.CX),
/* harmony export */   KD: () => (/* binding */ contentsOf),
/* harmony export */   QE: () => (/* binding */ applyUpdate),
/* harmony export */   oU: () => (/* reexport safe */ _record_js__WEBPACK_IMPORTED_MODULE_0__.oU)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5799);

/** Parses the files of a store into its contents. */
function contentsOf(files, keep) {
    const parsed = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHistory */ .i6)(files.history ?? '');
    const snap = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSnapshot */ .E$)(files.findings);
    const problems = [];
    if (parsed.skipped > 0)
        problems.push(`${_record_js__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_FILE */ .CX}: ${parsed.skipped} line(s) are not runguard history records and were skipped`);
    if (snap.problem)
        problems.push(snap.problem);
    return { records: (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .retain */ .aw)(parsed.records, keep), snapshot: snap.snapshot, problems };
}
/**
 * The new file texts for an update: the record appended, retention applied (all categories,
 * or only `pruneCategory`), the snapshot replaced. Unreadable lines are dropped on a rewrite.
 */
function applyUpdate(files, update) {
    const parsed = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHistory */ .i6)(files.history ?? '');
    const all = update.record ? [...parsed.records, update.record] : parsed.records;
    const kept = update.pruneCategory
        ? keepCategory(all, update.keep, update.pruneCategory)
        : (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .retain */ .aw)(all, update.keep);
    const pruned = all.length - kept.length;
    const history = kept.map(r => JSON.stringify(r) + '\n').join('');
    const findings = update.snapshot
        ? JSON.stringify(update.snapshot((0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSnapshot */ .E$)(files.findings).snapshot)) + '\n'
        : undefined;
    return {
        history,
        ...(findings !== undefined ? { findings } : {}),
        pruned,
        rewritten: pruned > 0 || parsed.skipped > 0
    };
}
function keepCategory(records, keep, category) {
    const ofCategory = records.filter(r => r.category === category);
    const drop = new Set(ofCategory.slice(0, Math.max(0, ofCategory.length - keep)).map(r => r.id));
    return records.filter(r => !drop.has(r.id));
}



/***/ }),

/***/ 39919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T$: () => (/* binding */ evaluateTrend),
/* harmony export */   Vq: () => (/* binding */ trendMetrics),
/* harmony export */   fE: () => (/* binding */ trendLimit)
/* harmony export */ });
/* unused harmony exports TREND_MIN_RUNS, MAD_TO_SIGMA, sameMachine, trendWindow */
/* harmony import */ var _gates_baseline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20817);
/* harmony import */ var _gates_stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81179);
/* harmony import */ var _gates_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73443);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5799);




/**
 * Trend regressions (docs/history.md, "How a trend regression is decided"). A metric regresses
 * when this run is worse than the rolling median of the last N trend runs by more than
 *
 *     margin = max(k × 1.4826 × MAD, threshold% × |median|, slack)
 *
 * The median and the MAD (median absolute deviation) ignore a few outliers in the window, so one
 * slow run on a busy runner neither hides nor fakes a regression later. 1.4826 × MAD estimates the
 * standard deviation of normal noise; k (trend-noise-factor, default 4) noise widths keep a noisy
 * metric quiet, and the threshold (trend-threshold, default 5 %) is the floor for quiet ones,
 * where the MAD can be near zero. The slack is the absolute floor the baseline gate uses too
 * (0.02 s → 0.04 s is +100 % and pure noise). Measured on synthetic series
 * (__tests__/history/trend.test.ts): at run-to-run noise of 1 % (CV) no false alarm in 20,000
 * checks and every 10 % step caught on its first run; docs/history.md has the rates at 1.5–3 %.
 */
/** Trend-branch runs needed before a trend gate is checked (a MAD of 4 values is no estimate). */
const TREND_MIN_RUNS = 5;
/** Scales a MAD to the standard deviation of normally distributed noise. */
const MAD_TO_SIGMA = 1.4826;
/** The limit a value must stay at or under, from the window's values (oldest first). */
function trendLimit(values, opts, slack = 0) {
    const med = (0,_gates_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(values);
    const noise = MAD_TO_SIGMA * (0,_gates_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(values.map(v => Math.abs(v - med)));
    const terms = {
        noise: opts.noiseFactor * noise,
        threshold: (Math.abs(med) * opts.thresholdPct) / 100,
        slack
    };
    const by = Object.keys(terms).reduce((a, b) => terms[b] > terms[a] ? b : a);
    return { median: med, noise, limit: med + terms[by], by };
}
/** Same kind of machine: trends compare runs on comparable hardware only. */
function sameMachine(a, b) {
    return a.os === b.os && a.arch === b.arch && a.cpuModel === b.cpuModel && a.cores === b.cores;
}
/**
 * The runs a new run of `category` on `machine` is compared with: the last `window` trend runs
 * of that category on the same kind of machine whose script succeeded, oldest first.
 */
function trendWindow(records, category, machine, window) {
    const out = [];
    for (let i = records.length - 1; i >= 0 && out.length < window; i--) {
        const r = records[i];
        if (r.category !== category || !r.trend || r.scriptOk !== true || !r.metrics)
            continue;
        if (!sameMachine(r.machine, machine))
            continue;
        out.push(r);
    }
    return out.reverse();
}
/**
 * Metrics a trend gate watches: the baseline gate's lower-is-better defaults, plus every metric
 * with an upper budget (`<`, `<=`) the user wrote.
 */
function trendMetrics(specs) {
    const gated = specs.filter(s => s.op === '<' || s.op === '<=').map(s => s.metric);
    return [...new Set([..._gates_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REGRESSION_METRICS */ .mI, ...gated])];
}
const pct = (now, was) => was === 0 ? '' : ` (${now >= was ? '+' : ''}${(((now - was) / Math.abs(was)) * 100).toFixed(1)}%)`;
/**
 * Trend gates of one run: pure, over the loaded history. A metric this run did not observe
 * (null) is not compared (the note says which, and `notObserved` why); a window run that did
 * not observe it (observedValue) is left out of its median and noise.
 */
function evaluateTrend(records, current, input) {
    if (input.window <= 0)
        return { gates: [], runs: 0 };
    const window = trendWindow(records, input.category, input.machine, input.window);
    if (window.length < TREND_MIN_RUNS)
        return {
            gates: [],
            runs: window.length,
            note: `trend: ${window.length} of ${TREND_MIN_RUNS} comparable trend runs recorded; no trend gate yet`
        };
    const gates = [];
    const notCompared = [];
    for (const metric of input.metrics) {
        const now = current[metric];
        const values = window
            .map(r => (0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .observedValue */ .ki)(r, metric))
            .filter((v) => v !== undefined);
        if (now === null) {
            if (values.length >= TREND_MIN_RUNS)
                notCompared.push(metric);
            continue;
        }
        if (!Number.isFinite(now) || values.length < TREND_MIN_RUNS)
            continue;
        const t = trendLimit(values, input, _gates_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .REGRESSION_SLACK */ .dp[metric] ?? 0);
        const passed = now <= t.limit;
        const f = (v) => (0,_gates_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(metric, v);
        const why = t.by === 'noise'
            ? `${input.noiseFactor} × noise ${f(t.noise)}`
            : t.by === 'threshold'
                ? `${input.thresholdPct}%`
                : `slack ${f(_gates_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .REGRESSION_SLACK */ .dp[metric] ?? 0)}`;
        gates.push({
            gate: `trend: ${metric}`,
            kind: 'trend',
            metric,
            op: '<=',
            limit: t.limit,
            actual: now,
            baseline: t.median,
            passed,
            message: `${metric} ${f(now)}${pct(now, t.median)} against the rolling median ${f(t.median)} of the last ${values.length} runs (limit ${f(t.limit)}: ${why})`
        });
    }
    return {
        gates,
        runs: window.length,
        ...(notCompared.length > 0
            ? {
                note: `trend: ${notCompared.join(', ')} not compared: ${input.notObserved ?? 'not observed'}`
            }
            : {})
    };
}


/***/ })

};

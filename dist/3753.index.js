export const id = 3753;
export const ids = [3753];
export const modules = {

/***/ 33753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SUMMARY_POINTS: () => (/* binding */ SUMMARY_POINTS),
  isTrendRun: () => (/* binding */ isTrendRun),
  openHistory: () => (/* binding */ openHistory),
  storeKind: () => (/* binding */ storeKind)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/gates/stats.ts
var stats = __webpack_require__(81179);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
;// CONCATENATED MODULE: ./src/history/record.ts




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
const metricPoint = schemas/* object */.Ikc({
    value: schemas/* number */.aig(),
    n: schemas/* number */.aig().optional(),
    mad: schemas/* number */.aig().optional(),
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional()
});
const severityCounts = schemas/* partialRecord */.jgl(schemas/* enum */.k5n(model/* SEVERITIES */.oC), schemas/* number */.aig().int().nonnegative());
/** Validates one parsed line; unknown keys are kept out (a later version may add some). */
const historyRecordSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(HISTORY_SCHEMA),
    id: schemas/* string */.YjP().min(1).max(100),
    timestamp: schemas/* string */.YjP().refine(t => !Number.isNaN(Date.parse(t)), 'not a date'),
    category: schemas/* string */.YjP().min(1).max(200),
    commit: schemas/* string */.YjP().max(100).optional(),
    ref: schemas/* string */.YjP().max(300).optional(),
    event: schemas/* string */.YjP().max(100).optional(),
    runUrl: schemas/* string */.YjP().max(1000).optional(),
    commitUrl: schemas/* string */.YjP().max(1000).optional(),
    trend: schemas/* boolean */.zMY(),
    machine: schemas/* object */.Ikc({
        os: schemas/* string */.YjP(),
        osRelease: schemas/* string */.YjP().optional(),
        arch: schemas/* string */.YjP(),
        cpuModel: schemas/* string */.YjP(),
        cores: schemas/* number */.aig(),
        node: schemas/* string */.YjP(),
        python: schemas/* string */.YjP().optional()
    }),
    runguard: schemas/* string */.YjP(),
    mode: schemas/* string */.YjP(),
    metrics: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(model/* METRIC_NAMES */.Uw), metricPoint).optional(),
    notObserved: schemas/* string */.YjP().max(300).optional(),
    scriptOk: schemas/* boolean */.zMY().optional(),
    gates: schemas/* array */.YOg(schemas/* object */.Ikc({
        gate: schemas/* string */.YjP(),
        kind: schemas/* enum */.k5n(['budget', 'regression', 'trend']),
        metric: schemas/* enum */.k5n(model/* METRIC_NAMES */.Uw),
        op: schemas/* enum */.k5n(['<=', '<', '>=', '>', '==', '!=']),
        limit: schemas/* number */.aig(),
        actual: schemas/* number */.aig(),
        baseline: schemas/* number */.aig().optional(),
        passed: schemas/* boolean */.zMY()
    })),
    findings: schemas/* object */.Ikc({
        counts: severityCounts,
        byTool: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(model/* TOOL_NAMES */.K2), severityCounts),
        new: schemas/* number */.aig().int().nonnegative().optional(),
        fixed: schemas/* number */.aig().int().nonnegative().optional()
    }),
    tools: schemas/* array */.YOg(schemas/* object */.Ikc({ tool: schemas/* enum */.k5n(model/* TOOL_NAMES */.K2), status: schemas/* string */.YjP(), version: schemas/* string */.YjP().optional() })),
    verdict: schemas/* object */.Ikc({
        passed: schemas/* boolean */.zMY(),
        exitCode: schemas/* number */.aig().int(),
        reasons: schemas/* array */.YOg(schemas/* string */.YjP())
    })
});
const zeroCounts = () => Object.fromEntries(model/* SEVERITIES */.oC.map(s => [s, 0]));
/** A new record id: sortable by time, unique across concurrent jobs. */
function newRecordId(at) {
    return `${at.getTime().toString(36)}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
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
        for (const name of model/* METRIC_NAMES */.Uw) {
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
        ...(metrics && input.notObserved && model/* METRIC_NAMES */.Uw.some(m => input.metrics?.[m] === null)
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
        model/* SAMPLED_ONLY_METRICS */.mV.includes(metric) &&
        (0,stats/* isLegacyUnsampled */.lu)({ num_threads: record.metrics?.num_threads?.value }))
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
const snapshotSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('runguard-findings/1'),
    categories: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({
        timestamp: schemas/* string */.YjP(),
        commit: schemas/* string */.YjP().optional(),
        truncated: schemas/* boolean */.zMY().optional(),
        findings: schemas/* array */.YOg(schemas/* object */.Ikc({
            fingerprint: schemas/* string */.YjP(),
            tool: schemas/* enum */.k5n(model/* TOOL_NAMES */.K2),
            ruleId: schemas/* string */.YjP(),
            severity: schemas/* enum */.k5n(model/* SEVERITIES */.oC),
            path: schemas/* string */.YjP(),
            line: schemas/* number */.aig()
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

;// CONCATENATED MODULE: ./src/history/findings-delta.ts

/**
 * New vs fixed findings against the snapshot of the last trend run; undefined when there is
 * none, or when either side has more findings than the snapshot keeps (then the comparison
 * would report findings as fixed that were only cut off).
 */
function findingsDelta(previous, counted) {
    if (!previous || previous.truncated || counted.length > MAX_SNAPSHOT_FINDINGS)
        return undefined;
    const before = new Set(previous.findings.map(f => f.fingerprint));
    const now = new Set(counted.map(f => f.fingerprint));
    return {
        new: counted.filter(f => !before.has(f.fingerprint)),
        fixed: previous.findings.filter(f => !now.has(f.fingerprint)),
        since: {
            timestamp: previous.timestamp,
            ...(previous.commit ? { commit: previous.commit } : {})
        }
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/git-names.ts
var git_names = __webpack_require__(98109);
;// CONCATENATED MODULE: ./src/history/store.ts

/** Parses the files of a store into its contents. */
function contentsOf(files, keep) {
    const parsed = parseHistory(files.history ?? '');
    const snap = parseSnapshot(files.findings);
    const problems = [];
    if (parsed.skipped > 0)
        problems.push(`${HISTORY_FILE}: ${parsed.skipped} line(s) are not runguard history records and were skipped`);
    if (snap.problem)
        problems.push(snap.problem);
    return { records: retain(parsed.records, keep), snapshot: snap.snapshot, problems };
}
/**
 * The new file texts for an update: the record appended, retention applied (all categories,
 * or only `pruneCategory`), the snapshot replaced. Unreadable lines are dropped on a rewrite.
 */
function applyUpdate(files, update) {
    const parsed = parseHistory(files.history ?? '');
    const all = update.record ? [...parsed.records, update.record] : parsed.records;
    const kept = update.pruneCategory
        ? keepCategory(all, update.keep, update.pruneCategory)
        : retain(all, update.keep);
    const pruned = all.length - kept.length;
    const history = kept.map(r => JSON.stringify(r) + '\n').join('');
    const findings = update.snapshot
        ? JSON.stringify(update.snapshot(parseSnapshot(files.findings).snapshot)) + '\n'
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


;// CONCATENATED MODULE: ./src/history/git-store.ts





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
    const remoteIssue = (0,git_names/* remoteProblem */.I)(options.remote);
    if (remoteIssue)
        throw new GitStoreError(`history remote ${options.remote} ${remoteIssue}`);
    const branchIssue = (0,git_names/* refNameProblem */.C)(options.branch);
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
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'runguard-history-'));
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
        const history = await read(HISTORY_FILE);
        const findings = await read(FINDINGS_FILE);
        return {
            ...(history !== undefined ? { history } : {}),
            ...(findings !== undefined ? { findings } : {})
        };
    };
    /** Commits `files` (path → text) on top of `tip` (or as the first commit) and returns its id. */
    const commit = async (tip, files, message) => {
        const index = { GIT_INDEX_FILE: external_node_path_default().join(await repo(), 'runguard-index') };
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
            return contentsOf(await readAt(await fetchTip()), keep);
        },
        async update(update) {
            const attempts = options.maxAttempts ?? 10;
            for (let attempt = 1;; attempt++) {
                const tip = await fetchTip();
                const current = await readAt(tip);
                const next = applyUpdate(current, update);
                const files = {
                    [HISTORY_FILE]: next.history,
                    ...(next.findings !== undefined ? { [FINDINGS_FILE]: next.findings } : {}),
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
                await (0,promises_.rm)(gitDir, { recursive: true, force: true });
            gitDir = undefined;
        }
    };
}
/** A category in a commit message: one line, printable, bounded. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 100);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/history/local-store.ts








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
const NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const inside = (parent, child) => {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
};
function localStore(options) {
    const workspace = external_node_path_default().resolve(options.workspace);
    const dir = external_node_path_default().resolve(workspace, options.dir);
    if (!inside(workspace, dir))
        throw new errors/* ConfigurationError */.j1(`history-dir ${options.dir} resolves to ${dir}, outside the workspace ${workspace}; use a directory inside it`, { field: 'history-dir', value: options.dir });
    const sleep = options.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms)));
    const file = (name) => external_node_path_default().join(dir, name);
    /** Creates the directory and checks that it really is inside the workspace. */
    const prepare = async () => {
        const existed = await (0,promises_.lstat)(dir).then(() => true, () => false);
        await (0,promises_.mkdir)(dir, { recursive: true });
        const realDir = await (0,promises_.realpath)(dir);
        if (!inside(await (0,promises_.realpath)(workspace), realDir))
            throw new Error(`${options.dir} resolves to ${realDir}, outside the workspace (a symbolic link); runguard does not write there`);
        if (!existed)
            await (0,promises_.writeFile)(file('.gitignore'), '# runguard run history (local)\n*\n');
    };
    const readIfPresent = async (name) => {
        let handle;
        try {
            handle = await (0,promises_.open)(file(name), external_node_fs_.constants.O_RDONLY | NOFOLLOW);
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
        const history = await readIfPresent(HISTORY_FILE);
        const findings = await readIfPresent(FINDINGS_FILE);
        return {
            ...(history !== undefined ? { history } : {}),
            ...(findings !== undefined ? { findings } : {})
        };
    };
    /** Replaces a file in one step (a reader sees the old or the new text, never a mix). */
    const replace = async (name, text) => {
        const temp = file(`.${name}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        const handle = await (0,promises_.open)(temp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | NOFOLLOW, 0o644);
        try {
            await handle.writeFile(text, 'utf8');
        }
        finally {
            await handle.close();
        }
        try {
            await (0,promises_.rename)(temp, file(name));
        }
        catch (error) {
            await (0,promises_.unlink)(temp).catch(() => undefined);
            throw error;
        }
    };
    /** One write(2) of the whole line at the end of the file. */
    const appendLine = async (line) => {
        const handle = await (0,promises_.open)(file(HISTORY_FILE), external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_APPEND | NOFOLLOW, 0o644);
        try {
            const buffer = Buffer.from(line, 'utf8');
            const { bytesWritten } = await handle.write(buffer, 0, buffer.length);
            if (bytesWritten !== buffer.length)
                throw new Error(`short write to ${HISTORY_FILE} (${bytesWritten} of ${buffer.length} bytes)`);
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
                const handle = await (0,promises_.open)(lock, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | NOFOLLOW, 0o644);
                await handle.writeFile(`${process.pid}\n${external_node_os_default().hostname()}\n${new Date().toISOString()}\n`);
                await handle.close();
                break;
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                if (await breakStaleLock(lock))
                    continue;
                if (Date.now() - started > LOCK_WAIT_MS)
                    throw new Error(`${external_node_path_default().join(options.dir, LOCK_FILE)} is held by another runguard for over ${LOCK_WAIT_MS / 1000}s; remove it if no runguard is running`, { cause: error });
                await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
            }
        }
        try {
            return await work();
        }
        finally {
            await (0,promises_.unlink)(lock).catch(() => undefined);
        }
    };
    return {
        description: options.dir,
        async load(keep) {
            return contentsOf(await readFiles(), keep);
        },
        async update(update) {
            await prepare();
            return withLock(async () => {
                const files = await readFiles();
                const parsed = parseHistory(files.history ?? '');
                const all = update.record ? [...parsed.records, update.record] : parsed.records;
                const counts = new Map();
                for (const r of all)
                    counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
                const slack = Math.max(10, Math.ceil(update.keep / 10));
                const overdue = [...counts.values()].some(n => n > update.keep + slack);
                let pruned = 0;
                if (update.pruneCategory !== undefined || overdue) {
                    const next = applyUpdate(files, update);
                    await replace(HISTORY_FILE, next.history);
                    pruned = next.pruned;
                }
                else if (update.record) {
                    await appendLine(serializeRecord(update.record));
                }
                if (update.snapshot) {
                    const next = applyUpdate(files, { keep: update.keep, snapshot: update.snapshot });
                    if (next.findings !== undefined)
                        await replace(FINDINGS_FILE, next.findings);
                }
                return { pruned };
            });
        }
    };
    async function breakStaleLock(lock) {
        let text;
        try {
            text = await (0,promises_.readFile)(lock, 'utf8');
        }
        catch {
            return true; // gone already: try again
        }
        const [pidText, host, at] = text.split('\n');
        const pid = Number(pidText);
        const age = Date.now() - Date.parse(at ?? '');
        let dead = false;
        if (host === external_node_os_default().hostname() && Number.isInteger(pid) && pid > 0) {
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
        if ((await (0,promises_.readFile)(lock, 'utf8').catch(() => undefined)) !== text)
            return true;
        await (0,promises_.unlink)(lock).catch(() => undefined);
        return true;
    }
}

// EXTERNAL MODULE: ./src/gates/baseline.ts
var baseline = __webpack_require__(20817);
// EXTERNAL MODULE: ./src/gates/units.ts
var units = __webpack_require__(73443);
;// CONCATENATED MODULE: ./src/history/trend.ts




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
    const med = (0,stats/* median */.JZ)(values);
    const noise = MAD_TO_SIGMA * (0,stats/* median */.JZ)(values.map(v => Math.abs(v - med)));
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
    return [...new Set([...baseline/* DEFAULT_REGRESSION_METRICS */.mI, ...gated])];
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
            .map(r => observedValue(r, metric))
            .filter((v) => v !== undefined);
        if (now === null) {
            if (values.length >= TREND_MIN_RUNS)
                notCompared.push(metric);
            continue;
        }
        if (!Number.isFinite(now) || values.length < TREND_MIN_RUNS)
            continue;
        const t = trendLimit(values, input, baseline/* REGRESSION_SLACK */.dp[metric] ?? 0);
        const passed = now <= t.limit;
        const f = (v) => (0,units/* formatNumber */.ZV)(metric, v);
        const why = t.by === 'noise'
            ? `${input.noiseFactor} × noise ${f(t.noise)}`
            : t.by === 'threshold'
                ? `${input.thresholdPct}%`
                : `slack ${f(baseline/* REGRESSION_SLACK */.dp[metric] ?? 0)}`;
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

;// CONCATENATED MODULE: ./src/history/index.ts






/** Chart points in the summary (the issue asks for the last 30 runs, this one included). */
const SUMMARY_POINTS = 30;
const branchOf = (ref) => ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
/** Which store `history: auto` means here. */
function storeKind(settings) {
    if (settings.history === 'auto')
        return settings.runtime === 'action' ? 'git' : 'local';
    return settings.history;
}
/**
 * Whether this run feeds the trend: never a pull request; with `trend-branches` set, a run on
 * one of them; otherwise the default branch in the Action, and every run of the CLI outside
 * GitHub (a developer's machine has no default-branch notion worth guessing).
 */
function isTrendRun(settings, context) {
    if (context.pullRequest)
        return false;
    const branch = branchOf(context.ref);
    if (settings.trendBranches.length > 0)
        return branch !== undefined && settings.trendBranches.includes(branch);
    if (settings.runtime === 'cli' && context.event === 'local')
        return true;
    return branch !== undefined && branch === (context.defaultBranch ?? 'main');
}
/** Opens and reads the history, or returns undefined when it is off. */
async function openHistory(options) {
    const { settings, logger, context } = options;
    const kind = storeKind(settings);
    if (kind === 'off')
        return undefined;
    const warnings = [];
    const trendRun = isTrendRun(settings, context);
    // The git store is written by trend runs only; the local store records every run.
    const writes = kind === 'local' ? !context.pullRequest : trendRun;
    let store;
    // Filled just before a git write (the dashboard page is loaded only then).
    let dashboardFiles = {};
    if (kind === 'local') {
        store = localStore({ workspace: settings.workspace, dir: settings.historyDir });
    }
    else {
        const remote = settings.historyRemote ?? context.remote;
        if (!remote) {
            warnings.push('history: no repository to keep the history branch in (set history-remote, or history: local)');
        }
        else {
            try {
                store = gitStore({
                    exec: options.exec,
                    remote,
                    branch: settings.historyBranch,
                    ...(options.token ? { token: options.token } : {}),
                    env: options.env,
                    logger,
                    extraFiles: () => dashboardFiles
                });
            }
            catch (error) {
                warnings.push(`history: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
    }
    let contents = {
        records: [],
        snapshot: { schema: 'runguard-findings/1', categories: {} },
        problems: []
    };
    if (store) {
        try {
            contents = await store.load(settings.historyKeep);
            for (const p of contents.problems)
                warnings.push(`history: ${p}`);
            logger.info(`history: ${contents.records.length} run(s) read from ${store.description}${writes ? '' : ' (this run is compared, not recorded)'}`);
        }
        catch (error) {
            warnings.push(`history: could not read ${store.description}: ${(0,errors/* errorMessage */.gJ)(error)}; this run is not compared with the history`);
        }
    }
    const category = settings.category;
    const ofCategory = contents.records.filter(r => r.category === category);
    const previous = [...ofCategory].reverse().find(r => r.trend);
    const snapshotEntry = contents.snapshot.categories[category];
    const description = store?.description ?? 'no store';
    return {
        description,
        trendRun,
        writes: writes && store !== undefined,
        warnings,
        trend(current, machine, notObserved) {
            return evaluateTrend(contents.records, current, {
                ...(notObserved ? { notObserved } : {}),
                category,
                machine,
                window: settings.trendWindow,
                noiseFactor: settings.trendNoiseFactor,
                thresholdPct: settings.trendThreshold,
                metrics: trendMetrics(settings.gates)
            });
        },
        delta(counted) {
            return settings.mode === 'run' ? undefined : findingsDelta(snapshotEntry, counted);
        },
        async record(run) {
            const record = buildRecord({
                timestamp: run.timestamp,
                category,
                mode: settings.mode,
                runguardVersion: run.runguardVersion,
                machine: run.machine,
                context: {
                    ...(context.commit ? { commit: context.commit } : {}),
                    ...(context.ref ? { ref: context.ref } : {}),
                    ...(context.event ? { event: context.event } : {}),
                    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
                    ...(context.repoUrl && context.commit
                        ? { commitUrl: `${context.repoUrl}/commit/${context.commit}` }
                        : {})
                },
                trend: trendRun,
                ...(run.metrics ? { metrics: run.metrics } : {}),
                ...(run.notObserved ? { notObserved: run.notObserved } : {}),
                ...(run.spread ? { spread: run.spread } : {}),
                ...(run.scriptOk !== undefined ? { scriptOk: run.scriptOk } : {}),
                gates: run.gates,
                counted: run.counted,
                toolRuns: run.toolRuns,
                verdict: run.verdict,
                exitCode: run.exitCode,
                ...(run.delta
                    ? { delta: { new: run.delta.new.length, fixed: run.delta.fixed.length } }
                    : {}),
                redact: run.redact
            });
            const base = { record, ...(previous ? { previous } : {}) };
            if (!store || !writes)
                return { ...base, written: false, warnings: [] };
            try {
                if (kind === 'git') {
                    // Loaded only when a trend run writes the branch: the page is the bulk of this room.
                    const { dashboardHtml } = await __webpack_require__.e(/* import() */ 2856).then(__webpack_require__.bind(__webpack_require__, 2856));
                    dashboardFiles = { 'index.html': dashboardHtml() };
                }
                const scanned = settings.mode !== 'run';
                const { pruned } = await store.update({
                    record,
                    keep: settings.historyKeep,
                    ...(trendRun && scanned
                        ? {
                            snapshot: current => withSnapshot(current, category, {
                                timestamp: record.timestamp,
                                ...(record.commit ? { commit: record.commit } : {}),
                                counted: run.counted
                            }, run.redact)
                        }
                        : {})
                });
                logger.info(`history: recorded this run in ${store.description}${pruned ? ` (${pruned} old run(s) pruned)` : ''}`);
                return { ...base, written: true, warnings: [] };
            }
            catch (error) {
                const message = `history: this run could not be recorded in ${store.description}: ${run.redact((0,errors/* errorMessage */.gJ)(error))}${kind === 'git' ? ' (the job needs permissions: contents: write, or set history: off)' : ''}`;
                logger.warning(message);
                return { ...base, written: false, warnings: [message] };
            }
        },
        section(outcome, trend, delta) {
            return buildSection({
                description,
                ofCategory: ofCategory.filter(r => r.trend),
                outcome,
                ...(trend ? { trend } : {}),
                ...(delta ? { delta } : {}),
                gatedMetrics: [...new Set(settings.gates.map(g => g.metric))],
                notes: [...warnings, ...(trend?.note ? [trend.note] : [])]
            });
        },
        async close() {
            await store?.close?.();
        }
    };
}
function buildSection(input) {
    const current = input.outcome.record;
    const earlier = input.ofCategory.slice(-(SUMMARY_POINTS - 1));
    const points = [...earlier, current];
    const trendGates = new Map((input.trend?.gates ?? []).map(g => [g.metric, g]));
    // Gated metrics first, then metrics whose trend gate failed.
    const metrics = [
        ...new Set([
            ...input.gatedMetrics.filter(m => m !== 'exit_code' && m !== 'success'),
            ...[...trendGates.values()].filter(g => !g.passed).map(g => g.metric)
        ])
    ].filter(() => current.metrics !== undefined);
    const scanned = points.some(r => r.tools.length > 0);
    const count = (r) => r.tools.length === 0 ? null : Object.values(r.findings.counts).reduce((a, b) => a + b, 0);
    const ref = (f) => ({
        severity: f.severity,
        tool: f.tool,
        ruleId: f.ruleId,
        path: f.path,
        line: f.line
    });
    return {
        store: input.description,
        recorded: input.outcome.written,
        runs: input.ofCategory.length,
        points: points.length,
        metrics: metrics.map(metric => {
            const gate = trendGates.get(metric);
            return {
                metric,
                values: points.map(r => observedValue(r, metric) ?? null),
                ...(gate ? { median: gate.baseline ?? NaN, limit: gate.limit, failed: !gate.passed } : {})
            };
        }),
        ...(scanned ? { findings: points.map(count) } : {}),
        ...(input.delta
            ? {
                delta: {
                    since: `${input.delta.since.commit ? `${input.delta.since.commit.slice(0, 12)}, ` : ''}${input.delta.since.timestamp}`,
                    new: input.delta.new.map(f => ref({ ...f, path: f.location.path, line: f.location.startLine })),
                    fixed: input.delta.fixed.map(ref)
                }
            }
            : {}),
        notes: input.notes
    };
}


/***/ })

};

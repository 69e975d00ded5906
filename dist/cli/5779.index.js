export const id = 5779;
export const ids = [5779];
export const modules = {

/***/ 75779:
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
// EXTERNAL MODULE: ./src/history/record.ts
var history_record = __webpack_require__(5799);
;// CONCATENATED MODULE: ./src/history/findings-delta.ts

/**
 * New vs fixed findings against the snapshot of the last trend run; undefined when there is
 * none, or when either side has more findings than the snapshot keeps (then the comparison
 * would report findings as fixed that were only cut off).
 */
function findingsDelta(previous, counted) {
    if (!previous || previous.truncated || counted.length > history_record/* MAX_SNAPSHOT_FINDINGS */.xA)
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

// EXTERNAL MODULE: ./src/history/git-store.ts
var git_store = __webpack_require__(9944);
// EXTERNAL MODULE: ./src/history/local-store.ts
var local_store = __webpack_require__(59987);
// EXTERNAL MODULE: ./src/history/trend.ts
var trend = __webpack_require__(39919);
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
        store = (0,local_store/* localStore */.x)({ workspace: settings.workspace, dir: settings.historyDir });
    }
    else {
        const remote = settings.historyRemote ?? context.remote;
        if (!remote) {
            warnings.push('history: no repository to keep the history branch in (set history-remote, or history: local)');
        }
        else {
            try {
                store = (0,git_store/* gitStore */.O_)({
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
            return (0,trend/* evaluateTrend */.T$)(contents.records, current, {
                ...(notObserved ? { notObserved } : {}),
                category,
                machine,
                window: settings.trendWindow,
                noiseFactor: settings.trendNoiseFactor,
                thresholdPct: settings.trendThreshold,
                metrics: (0,trend/* trendMetrics */.Vq)(settings.gates)
            });
        },
        delta(counted) {
            return settings.mode === 'run' ? undefined : findingsDelta(snapshotEntry, counted);
        },
        async record(run) {
            const record = (0,history_record/* buildRecord */.kA)({
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
                            snapshot: current => (0,history_record/* withSnapshot */.HV)(current, category, {
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
                values: points.map(r => (0,history_record/* observedValue */.ki)(r, metric) ?? null),
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

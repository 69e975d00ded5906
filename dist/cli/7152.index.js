export const id = 7152;
export const ids = [7152,3863];
export const modules = {

/***/ 23863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ effectiveRank),
/* harmony export */   hg: () => (/* binding */ presentFinding),
/* harmony export */   nc: () => (/* binding */ presentSeverity),
/* harmony export */   oC: () => (/* binding */ treatedAs)
/* harmony export */ });
/* unused harmony export BAND_SCORE */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/* harmony import */ var _scanners_severity_score_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12755);


/**
 * `security-severity` when there is no CVSS score. Values sit inside GitHub's bands (critical
 * ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0); `info` and `unknown` get none.
 */
const BAND_SCORE = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 2.0
};
/**
 * Levels by the severity a finding is treated as. A finding treated as `unknown` (the setting is
 * `unknown` too: it never fails a threshold) is a warning: not an error it was never rated as,
 * not hidden among notices either.
 */
const LEVELS = {
    critical: { sarifLevel: 'error', annotationLevel: 'error' },
    high: { sarifLevel: 'error', annotationLevel: 'error' },
    medium: { sarifLevel: 'warning', annotationLevel: 'warning' },
    unknown: { sarifLevel: 'warning', annotationLevel: 'warning' },
    low: { sarifLevel: 'note', annotationLevel: 'notice' },
    info: { sarifLevel: 'note', annotationLevel: 'notice' }
};
/** The severity a finding counts as: `unknown` takes the `unknown-severity` setting. */
function treatedAs(severity, unknownSeverity) {
    return severity === 'unknown' ? unknownSeverity : severity;
}
/**
 * Rank for thresholds and ordering; `unknown` takes the configured severity. If that is
 * `unknown` too, the finding ranks below info: it is reported but never fails a threshold.
 */
function effectiveRank(severity, unknownSeverity) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[treatedAs(severity, unknownSeverity)];
}
/** The one presentation of `severity` under the `unknown-severity` setting. */
function presentSeverity(severity, unknownSeverity, cvssScore) {
    const treated = treatedAs(severity, unknownSeverity);
    // A score from another band (a merged severity, a tool's own label) would make GitHub show a
    // different severity than every other channel: the band value is used instead.
    const score = severity === 'unknown' || severity === 'info'
        ? undefined
        : cvssScore !== undefined && (0,_scanners_severity_score_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromScore */ .q)(cvssScore) === severity
            ? cvssScore
            : BAND_SCORE[severity];
    return {
        severity,
        treatedAs: treated,
        ...LEVELS[treated],
        ...(score !== undefined ? { securitySeverity: score } : {}),
        cyclonedx: severity,
        label: severity === 'unknown' && treated !== 'unknown' ? `unknown (counts as ${treated})` : severity
    };
}
/** presentSeverity for a finding (its CVSS score, when it has one). */
function presentFinding(finding, unknownSeverity) {
    return presentSeverity(finding.severity, unknownSeverity, finding.advisory?.cvssScore);
}


/***/ }),

/***/ 27152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SUMMARY_MAX_BYTES: () => (/* binding */ DEFAULT_SUMMARY_MAX_BYTES),
  DEFAULT_TOP_FINDINGS: () => (/* binding */ DEFAULT_TOP_FINDINGS),
  PR_COMMENT_MARKER: () => (/* binding */ PR_COMMENT_MARKER),
  PR_COMMENT_MAX_CHARS: () => (/* binding */ PR_COMMENT_MAX_CHARS),
  compareFindings: () => (/* binding */ compareFindings),
  firstSorted: () => (/* binding */ firstSorted),
  renderPrComment: () => (/* binding */ renderPrComment),
  renderSummary: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/gates/units.ts
var units = __webpack_require__(73443);
// EXTERNAL MODULE: ./src/policy/severity.ts
var severity = __webpack_require__(23863);
;// CONCATENATED MODULE: ./src/report/charts.ts
/**
 * The timeline charts of the summary: the attempt's samples bucketed to a bounded number of
 * points and drawn as mermaid line charts (GitHub renders them in Markdown).
 */
/** Points per chart; mermaid draws every point, so long runs are bucketed. */
const MAX_CHART_POINTS = 100;
/**
 * Buckets samples into at most `maxPoints` equal time slices, keeping each slice's peak (a
 * spike must survive downsampling); empty slices repeat the previous value so the points stay
 * evenly spaced, which is what a numeric mermaid x-axis assumes.
 */
function downsampleSamples(samples, maxPoints = MAX_CHART_POINTS) {
    const valid = samples
        .filter(s => Number.isFinite(s.t) && Number.isFinite(s.cpu) && Number.isFinite(s.rssMb))
        .sort((a, b) => a.t - b.t);
    if (valid.length === 0 || maxPoints < 1)
        return [];
    const n = Math.min(maxPoints, valid.length);
    const first = valid[0].t;
    const span = valid[valid.length - 1].t - first;
    if (span <= 0) {
        const cpu = Math.max(...valid.map(s => s.cpu));
        const rssMb = Math.max(...valid.map(s => s.rssMb));
        return [{ t: first, cpu, rssMb }];
    }
    const buckets = new Array(n);
    for (const s of valid) {
        const i = Math.min(n - 1, Math.floor(((s.t - first) / span) * n));
        const b = buckets[i];
        if (b) {
            b.cpu = Math.max(b.cpu, s.cpu);
            b.rssMb = Math.max(b.rssMb, s.rssMb);
        }
        else
            buckets[i] = { cpu: s.cpu, rssMb: s.rssMb };
    }
    const points = [];
    let prev = { cpu: valid[0].cpu, rssMb: valid[0].rssMb };
    for (let i = 0; i < n; i++) {
        prev = buckets[i] ?? prev;
        points.push({ t: first + ((i + 1) * span) / n, cpu: prev.cpu, rssMb: prev.rssMb });
    }
    return points;
}
const round1 = (n) => String(Math.round(n * 10) / 10);
function mermaidLineChart(title, yLabel, points, pick) {
    const values = points.map(pick);
    const top = Math.max(1, Math.ceil(Math.max(...values) * 1.1));
    const endSeconds = Math.max(0.1, points[points.length - 1].t / 1000);
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis "time (s)" 0 --> ${round1(endSeconds)}`,
        `    y-axis "${yLabel}" 0 --> ${top}`,
        `    line [${values.map(round1).join(', ')}]`,
        '```'
    ].join('\n');
}
/** The two timeline charts, or '' when the attempt has no samples. */
function renderCharts(metrics) {
    const points = downsampleSamples(metrics?.samples ?? []);
    if (points.length === 0)
        return '';
    return [
        // No `%` in chart text: mermaid reads `%%` as a comment start.
        mermaidLineChart('CPU (100 = one core)', 'percent', points, p => p.cpu),
        '',
        mermaidLineChart('Memory (RSS, MiB)', 'MiB', points, p => p.rssMb)
    ].join('\n');
}
/** A chart label: mermaid reads `"` as the end of a label and `%%` as a comment. */
const label = (text) => text.replace(/["%\\\r\n]/g, ' ').slice(0, 60);
/**
 * A mermaid line chart of a series over runs (the history section): `values` is drawn as a line
 * (a missing value repeats the previous one: mermaid has no gaps), the last point (this run) is
 * marked by a bar — none when this run has no value (not observed: the title says so instead of
 * marking a repeated one) — and each `extra` series (the trend limit) is another line.
 */
function mermaidSeriesChart(title, labels, values, extra) {
    let previous = values.find((v) => v !== null) ?? 0;
    const filled = values.map(v => (v === null ? previous : (previous = v)));
    const all = [...filled, ...extra.flatMap(e => e.values)].filter(Number.isFinite);
    const top = Math.max(...all, 0);
    const bottom = Math.min(...all, 0);
    const fmt = (n) => String(Number(n.toPrecision(6)));
    const thisRunMissing = values.length > 0 && values[values.length - 1] === null;
    const marker = filled.map((v, i) => (i === filled.length - 1 && !thisRunMissing ? v : 0));
    const heading = thisRunMissing ? `${title}, this run not sampled` : title;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${label(heading)}"`,
        `    x-axis [${labels.map(l => `"${label(l)}"`).join(', ')}]`,
        `    y-axis "${label(title)}" ${fmt(bottom)} --> ${fmt(top === bottom ? top + 1 : top * 1.1)}`,
        `    bar [${marker.map(fmt).join(', ')}]`,
        `    line [${filled.map(fmt).join(', ')}]`,
        ...extra.map(e => `    line [${e.values.map(fmt).join(', ')}]`),
        '```'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown building blocks shared by the job summary and the PR comment: escaping that makes
 * tool output inert, table cells and rows, number and duration formatting, safe links.
 */
/** Longest table cell, in characters, before it is cut with `…`. */
const CELL_MAX_CHARS = 240;
/** Longest list line (reasons, warnings), in characters. */
const LINE_MAX_CHARS = 1_000;
/**
 * Makes any text inert in GitHub markdown: HTML entities for `& < >`, backslashes for inline
 * syntax (emphasis, code, links, tables, strike-through, math), a zero-width space after `@`
 * and before issue numbers so tool output never pings people or links issues (Renovate does
 * the same), and an escaped first character when it would start a block (heading, list).
 */
function escapeMarkdown(text) {
    let out = text
        .replace(/\r\n?|\n/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, '\\$&')
        // `#` before `@`: the entity inserted after `@` itself contains `#8203`.
        .replace(/#(?=\d)/g, '#&#8203;')
        // Only an `@` that could start a mention (not after a letter, digit, `.`, `-` or `/`): a
        // copied `go install …/osv-scanner@v2.5.0` or `user@host` must keep working.
        .replace(/(?<![\w.\-/])@/g, '@&#8203;');
    // A backslash is only an escape before punctuation: `1\.` not `\1.` for ordered lists.
    if (/^[#+=-]/.test(out))
        out = '\\' + out;
    return out.replace(/^(\d+)([.)])/, '$1\\$2');
}
/** Escapes and shortens text for a table cell or list item. */
function cell(text, max = CELL_MAX_CHARS) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const short = [...flat].length > max ? [...flat].slice(0, max - 1).join('') + '…' : flat;
    return escapeMarkdown(short);
}
/** Numbers without float noise: at most 3 decimals, trailing zeros dropped. */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return String(n);
    return String(Math.round(n * 1000) / 1000);
}
/** `850 ms`, `12.3 s`, `2 min 05 s`; `—` when not a duration. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    const m = Math.floor(s / 60);
    return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
}
/** An http(s) URL usable as a markdown link destination, or undefined. */
function safeUrl(url) {
    if (!url)
        return undefined;
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return undefined;
        return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
    }
    catch {
        return undefined;
    }
}
/** `https://github.com/o/r/blob/<sha>/<path>#L3-L5`, or undefined when either part is unusable. */
function blobUrl(repoUrl, sha, path, startLine, endLine) {
    if (!repoUrl || !sha || !/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    let base;
    try {
        base = new URL(repoUrl);
    }
    catch {
        return undefined;
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:')
        return undefined;
    const root = base.href.replace(/\/+$/, '');
    const file = path
        .split('/')
        .filter(p => p !== '' && p !== '.' && p !== '..')
        .map(encodeURIComponent)
        .join('/');
    let anchor = '';
    if (startLine !== undefined && startLine > 0) {
        anchor = `#L${startLine}`;
        if (endLine !== undefined && endLine > startLine)
            anchor += `-L${endLine}`;
    }
    // Parentheses would end a markdown link destination early.
    return `${root}/blob/${sha}/${file}${anchor}`.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
/** One GFM table row. */
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A GFM table from a header and already rendered rows. */
function table(header, rows) {
    return [row(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows].join('\n');
}
/** The note under a section cut to fit the size limit ('' when nothing was cut). */
function more(kept, total, what) {
    return kept < total
        ? `\n\n_…and ${total - kept} more ${what} (omitted to fit the size limit)._`
        : '';
}

;// CONCATENATED MODULE: ./src/report/trend-section.ts



/** Charts at most; the rest are listed by name (a summary must stay readable). */
const MAX_TREND_CHARTS = 6;
const MAX_DELTA_ROWS = 10;
const byRank = (a, b) => model/* SEVERITY_RANK */.f3[b.severity] - model/* SEVERITY_RANK */.f3[a.severity] ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
function deltaTable(title, list) {
    if (list.length === 0)
        return '';
    const rows = [...list]
        .sort(byRank)
        .slice(0, MAX_DELTA_ROWS)
        .map(f => row([
        escapeMarkdown(f.severity),
        escapeMarkdown(f.tool),
        cell(f.ruleId, 80),
        cell(`${f.path}:${f.line}`, 200)
    ]));
    const more = list.length > rows.length ? `\n\n… and ${list.length - rows.length} more` : '';
    return `**${title}**\n\n` + table(['Severity', 'Tool', 'Rule', 'Location'], rows) + more;
}
/** The section's markdown, or '' when there is nothing to show. */
function renderTrendSection(s, maxCharts = MAX_TREND_CHARTS) {
    if (!s)
        return '';
    const parts = ['### History and trend'];
    const status = s.recorded
        ? `This run was recorded in ${cell(s.store, 200)} (${s.runs} earlier trend run(s) of this category).`
        : `Compared with ${s.runs} trend run(s) in ${cell(s.store, 200)}; this run was not recorded.`;
    parts.push(status);
    const labels = Array.from({ length: s.points }, (_, i) => i === s.points - 1 ? 'this run' : String(i - s.points + 1));
    const shown = s.metrics.slice(0, maxCharts);
    if (s.points >= 2) {
        for (const m of shown) {
            const title = `${m.metric}${m.failed ? ' (trend regression)' : ''}`;
            const extra = [];
            if (m.limit !== undefined)
                extra.push({ name: 'limit', values: labels.map(() => m.limit) });
            parts.push(mermaidSeriesChart(title, labels, m.values, extra));
        }
        if (s.metrics.length > shown.length)
            parts.push(`_More metrics in the history: ${s.metrics
                .slice(shown.length)
                .map(m => escapeMarkdown(m.metric))
                .join(', ')}_`);
        if (s.findings && s.findings.some(v => v !== null))
            parts.push(mermaidSeriesChart('findings that count', labels, s.findings, []));
    }
    const gated = shown.filter(m => m.median !== undefined);
    if (gated.length)
        parts.push(table(['Metric', 'This run', 'Rolling median', 'Trend limit'], gated.map(m => row([
            `${m.failed ? '❌' : '✅'} ${escapeMarkdown(m.metric)}`,
            formatNumber(m.values[m.values.length - 1] ?? NaN),
            formatNumber(m.median),
            formatNumber(m.limit)
        ]))));
    if (s.delta) {
        const { since } = s.delta;
        parts.push(`**Findings since the last trend run** (${cell(since, 120)}): ${s.delta.new.length} new, ${s.delta.fixed.length} fixed.`);
        const added = deltaTable('New findings', s.delta.new);
        const gone = deltaTable('Fixed findings', s.delta.fixed);
        if (added)
            parts.push(added);
        if (gone)
            parts.push(gone);
    }
    if (s.notes.length)
        parts.push(s.notes.map(n => `- ${cell(n, 300)}`).join('\n'));
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/trim.ts
/**
 * Trimming a rendered document to a size budget (the job summary's bytes, the PR comment's
 * characters): sections are cut in a fixed order, each in turn to the most rows that fit
 * (binary search) while later sections stay whole; a section that cannot fit even when empty
 * goes to zero and the next one is cut.
 */
/** Fits `render(plan)` under `fits` by cutting the sections of `order`, first one first. */
function trimToFit(full, order, render, fits) {
    let text = render(full);
    if (fits(text))
        return { plan: { ...full }, text, fits: true };
    const plan = { ...full };
    for (const key of order) {
        const total = plan[key];
        plan[key] = 0;
        text = render(plan);
        if (!fits(text))
            continue;
        let lo = 0;
        let hi = total;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(render({ ...plan, [key]: mid })))
                lo = mid;
            else
                hi = mid - 1;
        }
        plan[key] = lo;
        return { plan, text: render(plan), fits: true };
    }
    return { plan, text, fits: false };
}
/** UTF-8 length: GitHub's job summary limit is in bytes. */
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * The last resort when even the skeleton is too big (e.g. thousands of tools): `text` cut at a
 * line boundary so that it and `note` together take at most `maxBytes`.
 */
function cutAtLine(text, note, maxBytes) {
    let cut = text;
    while (cut.length > 0 && utf8Bytes(cut) + utf8Bytes(note) > maxBytes) {
        const over = utf8Bytes(cut) + utf8Bytes(note) - maxBytes;
        cut = cut.slice(0, Math.max(0, cut.length - Math.max(over, 1)));
        const nl = cut.lastIndexOf('\n');
        cut = nl > 0 ? cut.slice(0, nl) : '';
    }
    return cut + note;
}

;// CONCATENATED MODULE: ./src/report/summary.ts







const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const DEFAULT_TOP_FINDINGS = 20;
/** Hidden marker that identifies runguard's sticky PR comment. */
const PR_COMMENT_MARKER = '<!-- runguard:verdict -->';
/** GitHub rejects comment bodies of 65,536 characters or more; stay clearly below. */
const PR_COMMENT_MAX_CHARS = 65_000;
// ── ranking ──────────────────────────────────────────────────────────────────────────────
// Code-unit order, not localeCompare: the same on every machine, and far faster on 50k findings.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Most severe first (SEVERITY_RANK), then tool name, location, rule: a stable total order. */
function compareFindings(a, b) {
    return (model/* SEVERITY_RANK */.f3[b.severity] - model/* SEVERITY_RANK */.f3[a.severity] ||
        cmp(a.tool, b.tool) ||
        cmp(a.location.path, b.location.path) ||
        a.location.startLine - b.location.startLine ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.fingerprint, b.fingerprint));
}
/**
 * The first `k` items of a stable sort by `compare` (ties keep input order), without sorting or
 * copying all of them: the summary shows ten of what may be 100,000 findings.
 */
function firstSorted(items, k, compare) {
    if (k >= items.length)
        return [...items].sort(compare);
    const top = [];
    if (k <= 0)
        return top;
    for (const item of items) {
        // Not before the last kept one: a tie goes after it, as a stable sort would put it.
        if (top.length === k && compare(item, top[k - 1]) >= 0)
            continue;
        // After every kept item that is not greater (stable), before the first that is.
        let lo = 0;
        let hi = top.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (compare(top[mid], item) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        top.splice(lo, 0, item);
        if (top.length > k)
            top.pop();
    }
    return top;
}
function locationText(f, repoUrl, sha) {
    const { path, startLine, endLine } = f.location;
    const label = cell(`${path}:${startLine}`);
    const url = blobUrl(repoUrl, sha, path, startLine, endLine);
    return url ? `[${label}](${url})` : label;
}
/**
 * Severity cell: the CVSS score when there is one, what `unknown` counts as, and where the
 * severity came from (the record whose vector was scored, or the tool that rated it higher).
 */
function severityText(f, unknownSeverity) {
    const score = f.advisory?.cvssScore !== undefined ? ` ${f.advisory.cvssScore.toFixed(1)}` : '';
    // `unknown (counts as high)`: the label every channel shares (policy/severity.ts).
    const { label } = (0,severity/* presentSeverity */.nc)(f.severity, unknownSeverity ?? 'unknown');
    const source = f.severitySource ? `<br>${cell(f.severitySource, 160)}` : '';
    return `${SEVERITY_ICON[f.severity]} ${label}${score}${source}`;
}
/** What a finding says, in one line. Secret findings show only provider and masked preview. */
function findingText(f) {
    if (f.tool === 'secrets' || f.secret) {
        const provider = f.secret?.provider ?? 'secret';
        const masked = f.secret?.masked ?? '…';
        const fixture = f.secret?.testFixture ? ', test fixture' : '';
        return `${f.title} (${provider}: ${masked}${fixture})`;
    }
    const advisory = f.advisory ? ` [${f.advisory.id}]` : '';
    const pkg = f.package ? ` ${f.package.name} ${f.package.version}` : '';
    return `${f.message}${pkg}${advisory}`;
}
// ── the summary ──────────────────────────────────────────────────────────────────────────
const SEVERITY_ICON = {
    critical: '🟥',
    high: '🟧',
    medium: '🟨',
    low: '🟦',
    info: '⬜',
    unknown: '❔'
};
const STATUS_ICON = {
    ok: '✅',
    skipped: '⏭️',
    failed: '❌',
    'timed-out': '⏱️'
};
const TRIM_ORDER = [
    'top',
    'chart',
    'unscanned',
    'expiring',
    'runs',
    'warnings',
    'gates',
    'tools',
    'reasons'
];
function prepare(input, maxTop) {
    const counted = input.counted ?? input.findings.filter(f => !f.suppressed);
    // What fails the gate first, then most severe: the reviewer's reading order.
    const effective = (f) => (0,severity/* treatedAs */.oC)(f.severity, input.unknownSeverity ?? 'unknown');
    const fails = (f) => input.failOn !== undefined &&
        input.failOn !== 'none' &&
        model/* SEVERITY_RANK */.f3[effective(f)] >= model/* SEVERITY_RANK */.f3[input.failOn]
        ? 1
        : 0;
    const top = firstSorted(counted, Math.max(0, maxTop), (a, b) => fails(b) - fails(a) || compareFindings(a, b));
    // Failing gates first so trimming drops passing ones before any failure.
    const gates = [...input.gates].sort((a, b) => Number(a.passed) - Number(b.passed));
    const warnings = [...new Set([...input.verdict.warnings, ...input.warnings])];
    const expiring = [...(input.expiringSuppressions ?? [])].sort((a, b) => cmp(a.expires, b.expires));
    const runs = input.runs && input.runs.length > 1 ? input.runs : [];
    const { repoUrl, sha } = input;
    const unscanned = input.toolRuns.flatMap(r => (r.skipped ?? []).map(s => ({ tool: r.tool, ...s })));
    const rows = {
        reasons: input.verdict.reasons.map(r => `- ${cell(r, LINE_MAX_CHARS)}`),
        gates: gates.map(g => row([
            cell(g.gate),
            formatNumber(g.actual),
            `${escapeMarkdown(g.op)} ${formatNumber(g.limit)}`,
            g.baseline === undefined ? '—' : formatNumber(g.baseline),
            g.passed ? '✅ pass' : '❌ fail',
            cell(g.message)
        ])),
        top: top.map(f => row([
            severityText(f, input.unknownSeverity),
            escapeMarkdown(f.tool),
            cell(f.ruleId, 80),
            locationText(f, repoUrl, sha),
            cell(findingText(f))
        ])),
        tools: input.toolRuns.map(r => {
            // A tool that did not finish has no finding count: it must never read as "0 findings".
            const findings = r.status === 'ok' ? String(r.findings.length) : '—';
            const why = [r.reason, r.errors.length ? `${r.errors.length} tool error(s)` : undefined]
                .filter((x) => Boolean(x))
                .join('; ');
            return row([
                escapeMarkdown(r.tool),
                r.version ? cell(r.version, 40) : '—',
                `${STATUS_ICON[r.status]} ${r.status}`,
                formatDuration(r.durationMs),
                findings,
                why ? cell(why) : ''
            ]);
        }),
        // Capped before rendering: a tree of 100k skipped images must not cost 100k rows of work.
        unscanned: unscanned
            .slice(0, MAX_UNSCANNED_ROWS)
            .map(u => row([escapeMarkdown(u.tool), cell(u.path, 200), cell(u.reason)])),
        runs: runs.map(r => row([
            String(r.attempt),
            String(r.exit_code),
            formatNumber(r.execution_time_seconds),
            r.cpu_max === null ? units/* NOT_OBSERVED_LABEL */.q7 : formatNumber(r.cpu_max),
            r.memory_max_mb === null ? units/* NOT_OBSERVED_LABEL */.q7 : formatNumber(r.memory_max_mb)
        ])),
        expiring: expiring.map(e => row([escapeMarkdown(e.expires), cell(e.match), cell(e.reason)])),
        warnings: warnings.map(w => `- ${cell(w, LINE_MAX_CHARS)}`)
    };
    const suppressed = input.findings.filter(f => f.suppressed).length;
    return {
        input,
        counted,
        suppressed,
        top,
        gates,
        warnings,
        expiring,
        runs,
        unscanned: unscanned.length,
        chart: renderCharts(input.metrics),
        rows,
        severityTable: renderSeverityByTool(counted, suppressed)
    };
}
function fullPlan(p) {
    return {
        top: p.top.length,
        chart: p.chart ? 1 : 0,
        unscanned: p.rows.unscanned.length,
        expiring: p.expiring.length,
        runs: p.runs.length,
        warnings: p.warnings.length,
        gates: p.gates.length,
        tools: p.input.toolRuns.length,
        reasons: p.input.verdict.reasons.length
    };
}
function countsLine(counts) {
    const parts = model/* SEVERITIES */.oC.filter(s => counts[s] > 0).map(s => `${SEVERITY_ICON[s]} ${counts[s]} ${s}`);
    return parts.length ? parts.join(' · ') : 'no findings that count';
}
function renderVerdict(p, plan) {
    const v = p.input.verdict;
    const head = v.passed ? '## ✅ runguard: passed' : '## ❌ runguard: failed';
    const lines = [head, ''];
    const reasons = p.rows.reasons.slice(0, plan.reasons);
    if (reasons.length)
        lines.push(...reasons);
    else if (!v.passed)
        lines.push('- (no reason recorded)');
    const tail = more(reasons.length, v.reasons.length, 'reasons');
    return lines.join('\n') + tail + `\n\n**Findings:** ${countsLine(v.counts)}`;
}
function renderGates(p, plan) {
    if (p.gates.length === 0)
        return '';
    const rows = p.rows.gates.slice(0, plan.gates);
    return ('### Gates\n\n' +
        table(['Gate', 'Actual', 'Limit', 'Baseline', 'Result', 'Details'], rows) +
        more(rows.length, p.gates.length, 'gates'));
}
function renderSeverityByTool(counted, suppressed) {
    if (counted.length === 0 && suppressed === 0)
        return '';
    // One pass over what may be 100,000 findings: a count per severity and tool.
    const bySeverity = new Map();
    const toolSet = new Set();
    for (const f of counted) {
        toolSet.add(f.tool);
        let ofSeverity = bySeverity.get(f.severity);
        if (!ofSeverity)
            bySeverity.set(f.severity, (ofSeverity = new Map()));
        ofSeverity.set(f.tool, (ofSeverity.get(f.tool) ?? 0) + 1);
    }
    const tools = [...toolSet].sort();
    const rows = [];
    for (const s of model/* SEVERITIES */.oC) {
        const ofSeverity = bySeverity.get(s);
        if (!ofSeverity)
            continue;
        let total = 0;
        for (const n of ofSeverity.values())
            total += n;
        rows.push(row([
            `${SEVERITY_ICON[s]} ${s}`,
            ...tools.map(t => String(ofSeverity.get(t) ?? 0)),
            `**${total}**`
        ]));
    }
    const note = suppressed ? `\n\n${suppressed} suppressed finding(s) not counted.` : '';
    if (rows.length === 0)
        return `### Findings\n\nNo findings that count.${note}`;
    return ('### Findings by severity and tool\n\n' +
        table(['Severity', ...tools.map(t => escapeMarkdown(t)), 'Total'], rows) +
        note);
}
function renderTop(p, plan) {
    if (p.top.length === 0)
        return '';
    const rows = p.rows.top.slice(0, plan.top);
    const title = p.counted.length > p.top.length
        ? `### Top ${p.top.length} of ${p.counted.length} findings`
        : '### Top findings';
    return (`${title}\n\n` +
        (rows.length ? table(['Severity', 'Tool', 'Rule', 'Location', 'Finding'], rows) : '') +
        more(rows.length, p.top.length, 'findings'));
}
function renderTools(p, plan) {
    const runs = p.input.toolRuns;
    if (runs.length === 0)
        return '';
    const rows = p.rows.tools.slice(0, plan.tools);
    return ('### Tools\n\n' +
        table(['Tool', 'Version', 'Status', 'Duration', 'Findings', 'Reason'], rows) +
        more(rows.length, runs.length, 'tools'));
}
/** Rows of the "Not scanned" table before the count alone stands for the rest. */
const MAX_UNSCANNED_ROWS = 50;
function renderUnscanned(p, plan) {
    if (p.unscanned === 0)
        return '';
    const rows = p.rows.unscanned.slice(0, plan.unscanned);
    const gate = p.input.failOnUnscanned
        ? 'fail-on-unscanned is on: each one fails the verdict.'
        : 'fail-on-unscanned is off: listed only.';
    return (`### Not scanned\n\n${p.unscanned} path(s) a scanner skipped (size, depth, type, ` +
        `excluded directory or the scanner's own ignore rules). ${gate}\n\n` +
        (rows.length ? table(['Tool', 'Path', 'Reason'], rows) : '') +
        (rows.length < p.unscanned
            ? `\n\n_…and ${p.unscanned - rows.length} more (counted per tool in the SARIF run properties)._`
            : ''));
}
/** Lists in the environment section show this many names, then a count. */
const ENVIRONMENT_LIST = 20;
/** Which environment was read, how its packages came in, and where dependency findings sit. */
function renderEnvironment(p) {
    const e = p.input.environment;
    if (!e)
        return '';
    const list = (items) => items.slice(0, ENVIRONMENT_LIST).join(', ') +
        (items.length > ENVIRONMENT_LIST ? ` and ${items.length - ENVIRONMENT_LIST} more` : '');
    const lines = [
        '### Installed environment',
        `${e.packages} packages of Python ${escapeMarkdown(e.pythonVersion)}, read from ${escapeMarkdown(e.how)}: ` +
            `${e.direct} direct, ${e.transitive} transitive, ${e.unlisted} required by nothing the manifests list` +
            (e.optional > 0 ? ` (${e.optional} needed only by development or optional entries)` : '') +
            '.'
    ];
    const byRelationship = new Map();
    for (const f of p.counted) {
        const r = f.dependency?.relationship ?? (f.dependency ? 'manifest only' : undefined);
        if (r !== undefined)
            byRelationship.set(r, (byRelationship.get(r) ?? 0) + 1);
    }
    if (byRelationship.size > 0)
        lines.push('Dependency findings: ' +
            [...byRelationship]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([r, n]) => `${n} ${r}`)
                .join(' · '));
    const rt = e.runtime;
    if (rt && !rt.recorded)
        lines.push(`What the script loaded: not recorded (${escapeMarkdown(rt.why)}).`);
    if (rt?.recorded) {
        lines.push(`What the script loaded (its own import record, ${rt.processes} Python process(es) over every attempt): ` +
            `${rt.loaded.length} of ${e.packages} installed packages` +
            (rt.loaded.length > 0 ? `: ${escapeMarkdown(list(rt.loaded))}` : '') +
            '.');
        const group = (runtime) => {
            const hits = p.counted.filter(f => f.dependency?.runtime === runtime && f.package);
            const names = [...new Set(hits.map(f => `${f.package?.name} ${f.package?.version}`))];
            return `${hits.length}${names.length > 0 ? ` (${escapeMarkdown(list(names))})` : ''}`;
        };
        lines.push(`Dependency findings loaded at run time: ${group('loaded')} · not loaded in this run: ${group('not-loaded')}. ` +
            (rt.failOnLoadedOnly
                ? 'fail-on-loaded-only is on: findings not loaded in this run are reported but do not fail the gate.'
                : 'fail-on-loaded-only is off: both groups count.'));
    }
    if (e.mismatches.length > 0)
        lines.push(`Manifest pins the environment contradicts: ${escapeMarkdown(list(e.mismatches))}`);
    if (e.unknownLicenses.length > 0)
        lines.push(`Licence unknown: ${escapeMarkdown(list(e.unknownLicenses))}`);
    return lines.join('\n\n');
}
function renderScript(p, plan) {
    const m = p.input.metrics;
    if (!m)
        return '';
    const parts = ['### Script'];
    const facts = [
        `exit code ${m.exit_code}${m.signal ? ` (${escapeMarkdown(m.signal)})` : ''}`,
        `${formatNumber(m.execution_time_seconds)} s`,
        m.cpu_max === null || m.cpu_avg === null
            ? `CPU ${units/* NOT_OBSERVED_LABEL */.q7}`
            : `CPU max ${formatNumber(m.cpu_max)} % / avg ${formatNumber(m.cpu_avg)} %`,
        m.memory_max_mb === null
            ? `memory ${units/* NOT_OBSERVED_LABEL */.q7}`
            : `memory max ${formatNumber(m.memory_max_mb)} MiB`,
        `threads ${m.num_threads ?? units/* NOT_OBSERVED_LABEL */.q7}`,
        `fds ${m.num_fds ?? units/* NOT_OBSERVED_LABEL */.q7}`
    ];
    if (m.timedOut)
        facts.unshift('**timed out**');
    parts.push(facts.join(' · '));
    // Why some numbers are missing: never gated, and never read as 0 (model.ts, MeasurementInfo).
    if (m.measurement.notObserved)
        parts.push(`_${escapeMarkdown(m.measurement.notObserved)}_`);
    if (p.runs.length > 1 && plan.runs > 0) {
        const rows = p.rows.runs.slice(0, plan.runs);
        parts.push(table(['Attempt', 'Exit', 'Time (s)', 'CPU max %', 'Memory max (MiB)'], rows) +
            more(rows.length, p.runs.length, 'runs'));
    }
    if (plan.chart && p.chart)
        parts.push(p.chart);
    const notes = m.measurement.notes;
    if (notes.length)
        parts.push(`_Measurement (${cell(m.measurement.method, 40)}): ${cell(notes.join('; '), LINE_MAX_CHARS)}_`);
    return parts.join('\n\n');
}
function renderExpiring(p, plan) {
    if (p.expiring.length === 0)
        return '';
    const rows = p.rows.expiring.slice(0, plan.expiring);
    return ('### Suppressions expiring soon\n\n' +
        (rows.length ? table(['Expires', 'Matches', 'Reason'], rows) : '') +
        more(rows.length, p.expiring.length, 'suppressions'));
}
function renderWarnings(p, plan) {
    const omitted = p.input.annotationsOmitted;
    const lines = p.rows.warnings.slice(0, plan.warnings);
    if (omitted) {
        const levels = ['error', 'warning', 'notice'].filter(k => omitted[k] > 0);
        const total = levels.reduce((n, k) => n + omitted[k], 0);
        if (total > 0)
            lines.push(`- ${total} finding(s) had no annotation (GitHub shows at most 10 of each level per ` +
                `step): ${levels.map(k => `${omitted[k]} ${k}`).join(', ')}`);
    }
    if (lines.length === 0 && p.warnings.length === 0)
        return '';
    const kept = Math.min(plan.warnings, p.warnings.length);
    return '### Warnings\n\n' + lines.join('\n') + more(kept, p.warnings.length, 'warnings');
}
function renderReports(p) {
    const reports = p.input.reports;
    if (reports.length === 0)
        return '';
    return ('### Reports\n\n' +
        reports.map(r => `- ${escapeMarkdown(r.kind)}: ${cell(r.path, 300)}`).join('\n'));
}
function renderAll(p, plan, omittedRows) {
    const sections = [
        renderVerdict(p, plan),
        renderGates(p, plan),
        p.severityTable,
        renderTop(p, plan),
        renderTools(p, plan),
        renderUnscanned(p, plan),
        renderScript(p, plan),
        renderEnvironment(p),
        renderTrendSection(p.input.trend),
        renderExpiring(p, plan),
        renderWarnings(p, plan),
        renderReports(p)
    ].filter(s => s !== '');
    if (omittedRows > 0 || (p.chart && !plan.chart)) {
        const chart = p.chart && !plan.chart ? ' (timeline chart omitted)' : '';
        sections.push(`> summary truncated: ${omittedRows} rows omitted${chart}`);
    }
    return sections.join('\n\n') + '\n';
}
function omitted(full, plan) {
    return TRIM_ORDER.filter(k => k !== 'chart').reduce((n, k) => n + full[k] - plan[k], 0);
}
/** The job summary / `summaryFile` markdown, at most `maxBytes` UTF-8 bytes. */
function renderSummary(input, opts = {}) {
    const max = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const redact = opts.redact ?? ((s) => s);
    const p = prepare(input, opts.maxTopFindings ?? DEFAULT_TOP_FINDINGS);
    const full = fullPlan(p);
    const trimmed = trimToFit(full, TRIM_ORDER, plan => renderAll(p, plan, omitted(full, plan)), text => utf8Bytes(text) <= max);
    const text = trimmed.fits
        ? trimmed.text
        : cutAtLine(trimmed.text, `\n\n> summary truncated: ${omitted(full, trimmed.plan)} rows omitted and the rest cut to fit\n`, max);
    // Redaction only shortens text (`***` replaces values of 4+ characters), so fitting first
    // and redacting after keeps the cap.
    return redact(text);
}
/** Longest list of gate changes the PR comment shows; the rest are counted. */
const PR_COMMENT_GATE_CHANGES = 30;
/** The PR comment's list of what the change did to the gate (none: no section). */
function renderGateChanges(changes) {
    if (changes.length === 0)
        return '';
    const shown = changes.slice(0, PR_COMMENT_GATE_CHANGES).map(c => `- ${cell(c, 300)}`);
    const rest = changes.length - shown.length;
    return ('**What this change does to the gate**\n\n' +
        shown.join('\n') +
        (rest > 0 ? `\n- … and ${rest} more in the job summary` : ''));
}
/**
 * The sticky comment: marker, verdict with reasons, tool line, top findings, what the change
 * did to the gate, link to the run.
 */
function renderPrComment(input, opts = {}) {
    const max = Math.min(opts.maxChars ?? PR_COMMENT_MAX_CHARS, PR_COMMENT_MAX_CHARS);
    const redact = opts.redact ?? ((s) => s);
    const p = prepare(input, opts.maxTopFindings ?? 10);
    // The comment never shows these sections, so they do not count as omitted.
    const full = {
        ...fullPlan(p),
        chart: 0,
        unscanned: 0,
        expiring: 0,
        runs: 0,
        warnings: 0,
        tools: 0
    };
    const runLink = safeUrl(input.runUrl);
    const render = (plan) => {
        const tools = input.toolRuns
            .map(r => `${escapeMarkdown(r.tool)} ${STATUS_ICON[r.status]}`)
            .join(' · ');
        const failedGates = p.gates.filter(g => !g.passed).slice(0, plan.gates);
        const sections = [
            PR_COMMENT_MARKER,
            renderVerdict(p, plan).replace(/^## /, '### '),
            tools ? `**Tools:** ${tools}` : '',
            failedGates.length
                ? '**Failed gates**\n\n' +
                    failedGates.map(g => `- ${cell(g.gate)}: ${cell(g.message)}`).join('\n')
                : '',
            renderTop(p, plan).replace(/^### /, '#### '),
            renderGateChanges(input.gateChanges ?? []),
            runLink ? `[Full report and charts](${runLink})` : ''
        ].filter(s => s !== '');
        const n = omitted(full, plan);
        if (n > 0)
            sections.push(`> comment truncated: ${n} rows omitted`);
        return sections.join('\n\n') + '\n';
    };
    const order = ['top', 'gates', 'reasons'];
    let { text } = trimToFit(full, order, render, t => t.length <= max);
    if (text.length > max)
        text = text.slice(0, max - 40) + '\n\n> comment truncated\n';
    return redact(text);
}


/***/ }),

/***/ 12755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ severityFromScore)
/* harmony export */ });
// Apart from severity.ts, which loads the CVSS calculator (about 190 kB evaluated at import):
// the policy ranks severities on every command and needs only these bands.
/** CVSS v3/v4 qualitative bands; a base score of 0.0 is "None", which we report as info. */
function severityFromScore(score) {
    if (!Number.isFinite(score) || score < 0 || score > 10)
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'info';
}


/***/ })

};

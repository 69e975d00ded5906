export const id = 3310;
export const ids = [3310];
export const modules = {

/***/ 67351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   tI: () => (/* binding */ compileGlobs)
/* harmony export */ });
/* unused harmony exports GlobError, MAX_PATTERN_LENGTH, MAX_ALTERNATIVES */
/**
 * Glob matching in polynomial time, for the patterns a pull request controls (`exclude` in
 * `.runguard.yml`, `path` in the ignore file) applied to names it also controls. Compiling a glob
 * to a backtracking regular expression (picomatch) lets a pattern such as `*a*a*a*a*a*a*a*a*b`
 * take minutes on one 30-character path, blocking the event loop so that no timeout can fire.
 * Here a pattern is matched segment by segment with two dynamic programmes (segments against
 * `**`, characters against `*`), so the cost is bounded by the product of the lengths whatever
 * the pattern.
 *
 * The syntax and meaning are picomatch's with `dot: true` (a differential test holds the two
 * together): `*`, `?`, `[a-z]`, `[!a]`/`[^a]`, `**` as a whole segment (any number of
 * segments), `{a,b}` and `{1..3}` (expanded, at most MAX_ALTERNATIVES), `\` escapes, a leading
 * `!` negates, a leading `./` is dropped. Two picomatch quirks are kept for compatibility
 * (`dir/**` also matches `dir`, while a wildcard segment before a final globstar needs a segment
 * below it); one is not: a trailing `/` in the
 * path is never optional (callers test a directory with and without it). Extended globs (`@(…)`, `+(…)`, `!(…)`, `*(…)`, `?(…)`)
 * are refused: their nested repetition is what makes matching explode.
 */
/** Thrown for a pattern runguard will not match; the message says why and what to write. */
class GlobError extends Error {
}
/** Patterns longer than this are refused (no path filter needs more). */
const MAX_PATTERN_LENGTH = 1024;
/** Brace alternatives one pattern may expand to. */
const MAX_ALTERNATIVES = 256;
/** Splits `{a,b}` / `{1..3}` alternatives, innermost first is not needed: expansion recurses. */
function expandBraces(pattern, budget) {
    let depth = 0;
    let open = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '{') {
            if (depth === 0)
                open = i;
            depth++;
        }
        else if (c === '}' && depth > 0) {
            depth--;
            if (depth === 0) {
                const body = pattern.slice(open + 1, i);
                const options = braceOptions(body);
                if (options === undefined)
                    continue;
                const head = pattern.slice(0, open);
                const tail = pattern.slice(i + 1);
                const out = [];
                for (const option of options)
                    for (const rest of expandBraces(head + option + tail, budget)) {
                        if (--budget.left < 0)
                            throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives; list fewer patterns`);
                        out.push(rest);
                    }
                return out;
            }
        }
    }
    return [pattern];
}
/** The alternatives of one brace body, or undefined when it is literal text (`{a}`). */
function braceOptions(body) {
    const range = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])$/.exec(body);
    if (range) {
        const [from, to] = [range[1], range[2]];
        const numeric = /\d/.test(from) && /\d/.test(to);
        if (!numeric && (/\d/.test(from) || /\d/.test(to)))
            return undefined;
        const a = numeric ? Number(from) : from.charCodeAt(0);
        const b = numeric ? Number(to) : to.charCodeAt(0);
        if (Math.abs(b - a) >= MAX_ALTERNATIVES)
            throw new GlobError(`range {${body}} has more than ${MAX_ALTERNATIVES} values`);
        const step = a <= b ? 1 : -1;
        const out = [];
        for (let v = a; step > 0 ? v <= b : v >= b; v += step)
            out.push(numeric ? String(v) : String.fromCharCode(v));
        return out;
    }
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\')
            i++;
        else if (c === '{')
            depth++;
        else if (c === '}')
            depth--;
        else if (c === ',' && depth === 0) {
            parts.push(body.slice(start, i));
            start = i + 1;
        }
    }
    if (parts.length === 0)
        return undefined;
    parts.push(body.slice(start));
    return parts;
}
/** Parses one segment's text into atoms. */
function parseSegment(text) {
    if (text === '**')
        return { globstar: true };
    const atoms = [];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            atoms.push({ kind: 'char', char: text[++i] });
        }
        else if (c === '*') {
            // `**` inside a segment is a plain star.
            while (text[i + 1] === '*')
                i++;
            atoms.push({ kind: 'star' });
        }
        else if (c === '?') {
            atoms.push({ kind: 'one' });
        }
        else if (c === '[') {
            const parsed = parseClass(text, i);
            if (parsed) {
                atoms.push(parsed.atom);
                i = parsed.end;
            }
            else
                atoms.push({ kind: 'char', char: c });
        }
        else
            atoms.push({ kind: 'char', char: c });
    }
    return {
        globstar: false,
        atoms,
        onlyStars: atoms.length > 0 && atoms.every(a => a.kind === 'star'),
        literal: atoms.every(a => a.kind === 'char')
    };
}
function parseClass(text, start) {
    let i = start + 1;
    const negated = text[i] === '!' || text[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    let first = true;
    for (; i < text.length; i++) {
        let c = text[i];
        if (c === ']' && !first)
            return { atom: { kind: 'class', negated, ranges }, end: i };
        first = false;
        if (c === '\\' && i + 1 < text.length)
            c = text[++i];
        const code = c.codePointAt(0);
        if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
            let hi = text[i + 2];
            i += 2;
            if (hi === '\\' && i + 1 < text.length)
                hi = text[++i];
            ranges.push([code, hi.codePointAt(0)]);
        }
        else
            ranges.push([code, code]);
    }
    return undefined;
}
function atomMatches(atom, c) {
    switch (atom.kind) {
        case 'char':
            return atom.char === c;
        case 'one':
            return true;
        case 'star':
            return true;
        case 'class': {
            const code = c.codePointAt(0);
            const inside = atom.ranges.some(([lo, hi]) => code >= lo && code <= hi);
            return inside !== atom.negated;
        }
    }
}
/** Characters of one path segment against one segment pattern: O(atoms × chars). */
function segmentMatches(segment, text) {
    if (segment.onlyStars && (text === '' || text === '.' || text === '..'))
        return false;
    const atoms = segment.atoms;
    const chars = [...text];
    // reach[j]: the atoms so far can consume exactly chars[0..j).
    let reach = new Array(chars.length + 1).fill(false);
    reach[0] = true;
    for (const atom of atoms) {
        const next = new Array(chars.length + 1).fill(false);
        if (atom.kind === 'star') {
            let any = false;
            for (let j = 0; j <= chars.length; j++) {
                any ||= reach[j];
                next[j] = any;
            }
        }
        else {
            for (let j = 0; j < chars.length; j++)
                if (reach[j] && atomMatches(atom, chars[j]))
                    next[j + 1] = true;
        }
        reach = next;
        if (!reach.includes(true))
            return false;
    }
    return reach[chars.length];
}
/** Segments of a path against segment patterns, `**` taking any number: O(patterns × segments). */
function pathMatches(patterns, segments) {
    let reach = new Array(segments.length + 1).fill(false);
    reach[0] = true;
    for (const p of patterns) {
        const next = new Array(segments.length + 1).fill(false);
        if (p.globstar) {
            let any = false;
            for (let j = 0; j <= segments.length; j++) {
                if (p.atLeastOne)
                    next[j] = any;
                any ||= reach[j];
                if (!p.atLeastOne)
                    next[j] = any;
            }
        }
        else {
            for (let j = 0; j < segments.length; j++)
                if (reach[j] && segmentMatches(p, segments[j]))
                    next[j + 1] = true;
        }
        reach = next;
        if (!reach.includes(true))
            return false;
    }
    return reach[segments.length];
}
/** Compiles one pattern; throws GlobError for a pattern runguard refuses. */
function compileGlob(pattern) {
    if (pattern === '')
        throw new GlobError('is empty');
    if (pattern.length > MAX_PATTERN_LENGTH)
        throw new GlobError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
    let text = pattern;
    let negated = false;
    while (text.startsWith('!') && !text.startsWith('!(')) {
        negated = !negated;
        text = text.slice(1);
    }
    if (/(^|[^\\])[@!+*?]\(/.test(text))
        throw new GlobError('uses an extended glob (@(…), +(…), !(…), *(…), ?(…)), which runguard does not support; list the alternatives as separate patterns or with {a,b}');
    while (text.startsWith('./'))
        text = text.slice(2);
    const alternatives = expandBraces(text, { left: MAX_ALTERNATIVES }).map(alt => {
        const segs = alt.split('/').map(parseSegment);
        // picomatch: `dir/**` also matches `dir` itself; a wildcard segment before it does not.
        const last = segs.at(-1);
        const before = segs.at(-2);
        if (last?.globstar && before && !before.globstar && !before.literal)
            last.atLeastOne = true;
        return segs;
    });
    return path => {
        const segments = path.split('/');
        return alternatives.some(segs => pathMatches(segs, segments)) !== negated;
    };
}
/** Compiles patterns; a path matches when any pattern matches (picomatch's array form). */
function compileGlobs(patterns) {
    const matchers = patterns.map(compileGlob);
    return path => matchers.some(m => m(path));
}
/** Why runguard refuses `pattern`, or undefined when it compiles. */
function globProblem(pattern) {
    try {
        compileGlob(pattern);
        return undefined;
    }
    catch (error) {
        if (error instanceof GlobError)
            return error.message;
        throw error;
    }
}


/***/ }),

/***/ 33310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPIRY_WARNING_DAYS: () => (/* binding */ EXPIRY_WARNING_DAYS),
  applyPolicy: () => (/* binding */ applyPolicy),
  describeFinding: () => (/* binding */ describeFinding),
  effectiveRank: () => (/* reexport */ severity/* effectiveRank */.ET)
});

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/policy/baseline-sarif.ts
var baseline_sarif = __webpack_require__(17175);
// EXTERNAL MODULE: ./src/policy/dedupe.ts + 1 modules
var dedupe = __webpack_require__(76430);
// EXTERNAL MODULE: ./src/glob/match.ts
var match = __webpack_require__(67351);
;// CONCATENATED MODULE: ./src/policy/ignore-file-match.ts


/** Compiles an entry once (globs are compiled once, not per finding). */
function compileIgnoreEntry(entry) {
    const glob = entry.path === undefined ? undefined : (0,match/* compileGlob */.SO)(entry.path);
    const id = entry.id?.toUpperCase();
    const rule = entry.rule?.toLowerCase();
    return {
        entry,
        matches(finding, groupIds) {
            if (entry.tool !== undefined && finding.tool !== entry.tool)
                return false;
            if (entry.fingerprint !== undefined && finding.fingerprint !== entry.fingerprint)
                return false;
            if (rule !== undefined && finding.ruleId.toLowerCase() !== rule)
                return false;
            if (glob && !glob(finding.location.path))
                return false;
            if (id !== undefined) {
                const ids = groupIds ?? new Set((0,dedupe/* advisoryIds */.IL)(finding));
                if (!ids.has(id) && finding.ruleId.toUpperCase() !== id)
                    return false;
            }
            return true;
        }
    };
}

// EXTERNAL MODULE: ./src/policy/line-hash.ts
var line_hash = __webpack_require__(38143);
// EXTERNAL MODULE: ./src/policy/severity.ts
var severity = __webpack_require__(23863);
;// CONCATENATED MODULE: ./src/policy/policy.ts






/**
 * Security policy: which findings are reported, which are suppressed, which count, and whether
 * they fail the run. Pure: the caller loads the ignore file and baseline and passes them in.
 */
/** Suppressions expiring within this many days are warned about. */
const EXPIRY_WARNING_DAYS = 14;
// The rank thresholds use is the one every channel presents (severity.ts).

const DAY_MS = 86_400_000;
const isoDay = (date) => date.toISOString().slice(0, 10);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** How an entry reads in messages: `.runguard-ignore.yml:12 (id GHSA-…, path tests/**)`. */
function describeEntry(file, entry) {
    const parts = ['id', 'rule', 'path', 'fingerprint', 'tool']
        .filter(k => entry[k] !== undefined)
        .map(k => `${k} ${entry[k]}`);
    return `${file.path}:${entry.line} (${parts.join(', ')})`;
}
/** One line naming a finding: rule, title and where; dependency findings name the package. */
function describeFinding(finding) {
    const at = `${finding.location.path}:${finding.location.startLine}`;
    if (finding.package) {
        const id = finding.advisory?.id ?? finding.ruleId;
        const fixed = finding.package.fixedVersions.length
            ? ` (fixed in ${finding.package.fixedVersions.slice(0, 3).join(', ')})`
            : '';
        return `${id} in ${finding.package.name} ${finding.package.version}${fixed} at ${at}`;
    }
    return `${finding.ruleId} ${finding.title} at ${at}`;
}
function applyPolicy(input) {
    const { settings } = input;
    const rank = (f) => (0,severity/* effectiveRank */.ET)(f.severity, settings.unknownSeverity);
    const reportFloor = model/* SEVERITY_RANK */.f3[settings.reportLevel];
    // Copy on write: the caller's findings stay as the tools reported them, and the (usually
    // many) findings policy does not touch are not copied at all.
    const annotated = new Map();
    const view = (f) => annotated.get(f) ?? f;
    const annotate = (f, patch) => {
        annotated.set(f, { ...view(f), ...patch });
    };
    // Grouped before the report floor: an advisory one tool left unknown takes the score another
    // tool's record gave it (dedupe.ts), and only then is compared with report-level.
    // Not cached here: grouping reads each file once, while it pairs that file's findings.
    const readFile = input.readFile;
    const readLines = readFile
        ? (p) => readFile(p)?.split(/\r?\n/)
        : undefined;
    const allGroups = (0,dedupe/* groupFindings */.kG)(input.findings, rank, readLines ? { readLines } : {});
    for (const group of allGroups)
        for (const [finding, patch] of (0,dedupe/* shareAdvisorySeverity */.sh)(group.members))
            annotate(finding, patch);
    const reportable = input.findings.filter(
    // Unknown-as-unknown is always reported: we cannot tell it is below the floor.
    f => rank(view(f)) === model/* SEVERITY_RANK */.f3.unknown || rank(view(f)) >= reportFloor);
    // Usually every finding is reportable: then the groups are the ones just made (a set, a copy
    // of every group and a filtered copy of its members, per finding, were garbage of this pass).
    let groups = allGroups;
    if (reportable.length < input.findings.length) {
        const isReportable = new Set(reportable);
        groups = [];
        for (const g of allGroups) {
            if (g.members.every(m => isReportable.has(m)))
                groups.push(g);
            else {
                const members = g.members.filter(m => isReportable.has(m));
                if (members.length > 0)
                    groups.push({ ...g, members });
            }
        }
    }
    const warnings = [];
    const today = isoDay(input.today ?? new Date());
    const todayMs = Date.parse(`${today}T00:00:00Z`);
    const active = [];
    const expired = [];
    for (const entry of input.ignore.entries) {
        const matcher = compileIgnoreEntry(entry);
        if (entry.expires !== undefined && entry.expires < today)
            expired.push(matcher);
        else
            active.push(matcher);
    }
    const used = new Set();
    const expiredHits = new Map();
    for (const group of groups) {
        for (const finding of group.members) {
            if (finding.suppressed)
                continue;
            // Dependency findings match an id any tool gave the same advisory.
            const ids = finding.package ? group.ids : undefined;
            const hit = active.find(m => m.matches(finding, ids));
            if (hit) {
                used.add(hit.entry);
                annotate(finding, {
                    suppressed: {
                        reason: hit.entry.reason,
                        ...(hit.entry.expires === undefined ? {} : { expires: hit.entry.expires }),
                        source: 'ignore-file'
                    }
                });
                continue;
            }
            for (const m of expired) {
                if (m.matches(finding, ids))
                    expiredHits.set(m.entry, (expiredHits.get(m.entry) ?? 0) + 1);
            }
        }
    }
    for (const m of expired) {
        const hits = expiredHits.get(m.entry) ?? 0;
        const effect = hits ? `; ${plural(hits, 'finding')} count again` : ' and matched nothing';
        warnings.push(`suppression ${describeEntry(input.ignore, m.entry)} expired on ${m.entry.expires}${effect}: renew it with a new date or fix the finding`);
    }
    const daysLeft = (expires) => Math.round((Date.parse(`${expires}T00:00:00Z`) - todayMs) / DAY_MS);
    const expiring = input.ignore.entries
        .filter(e => e.expires !== undefined && daysLeft(e.expires) <= EXPIRY_WARNING_DAYS)
        .map(e => ({
        reason: e.reason,
        expires: e.expires,
        match: [e.id, e.rule, e.path, e.fingerprint].filter(Boolean).join(' ')
    }));
    for (const m of active) {
        if (m.entry.expires === undefined)
            continue;
        const days = daysLeft(m.entry.expires);
        if (days <= EXPIRY_WARNING_DAYS) {
            const when = days === 0 ? 'today (last day it applies)' : `in ${plural(days, 'day')}`;
            warnings.push(`suppression ${describeEntry(input.ignore, m.entry)} expires on ${m.entry.expires} (${when})`);
        }
    }
    const unusedSuppressions = active.filter(m => !used.has(m.entry)).map(m => m.entry);
    for (const entry of unusedSuppressions) {
        warnings.push(`suppression ${describeEntry(input.ignore, entry)} matched no finding; remove it if the problem is gone`);
    }
    const absent = input.baseline
        ? markBaseline(reportable, annotate, input.baseline, input.readFile)
        : [];
    const counted = [];
    // The group of counted[i] (the failure message names the other tools of the top finding).
    const countedGroups = [];
    for (const group of groups) {
        const { members } = group;
        // One finding per real issue: the most severe member, saying who rated it so (dedupe.ts).
        // A group of one (nearly every group) is its member: no copies of one-element lists.
        let representative;
        if (members.length === 1) {
            representative = view(members[0]);
            if (representative.suppressed)
                continue;
        }
        else {
            const live = members.map(view).filter(m => !m.suppressed);
            if (!live[0])
                continue;
            representative = (0,dedupe/* mergeGroup */.qF)(live);
        }
        // A group already on the default branch is not new, even if another tool now also reports it.
        if (input.baseline && members.some(m => view(m).baselineState === 'unchanged'))
            continue;
        counted.push(representative);
        countedGroups.push(group);
    }
    const groupOf = (f) => countedGroups[counted.lastIndexOf(f)];
    const counts = Object.fromEntries(model/* SEVERITIES */.oC.map(s => [s, 0]));
    for (const f of counted)
        counts[f.severity]++;
    const reasons = [];
    if (settings.failOn !== 'none') {
        const floor = model/* SEVERITY_RANK */.f3[settings.failOn];
        const atFloor = counted.filter(f => rank(f) >= floor);
        // fail-on-loaded-only: a dependency the import record shows no attempt loaded is reported,
        // not failed. Unmarked findings (nothing recorded) always count.
        const failing = settings.failOnLoadedOnly
            ? atFloor.filter(f => f.dependency?.runtime !== 'not-loaded')
            : atFloor;
        if (failing.length < atFloor.length)
            warnings.push(`fail-on-loaded-only: ${plural(atFloor.length - failing.length, 'dependency finding')} at or above fail-on=${settings.failOn} on packages not loaded in this run did not fail the gate (still reported)`);
        if (failing.length)
            reasons.push(thresholdReason(failing, settings, Boolean(input.baseline), rank, groupOf));
    }
    return {
        findings: annotated.size === 0 ? reportable : reportable.map(view),
        counted,
        outcome: { reasons, warnings, counts },
        unusedSuppressions,
        absent,
        expiring
    };
}
function thresholdReason(failing, settings, newOnly, rank, groupOf) {
    // One pass for the counts and the top finding: this runs over every failing finding.
    const severityCounts = new Map();
    const toolCounts = new Map();
    const before = (a, b) => rank(a) - rank(b) > 0 ||
        (rank(a) === rank(b) &&
            (a.location.path < b.location.path ||
                (a.location.path === b.location.path && a.location.startLine < b.location.startLine)));
    let top = failing[0];
    for (const f of failing) {
        severityCounts.set(f.severity, (severityCounts.get(f.severity) ?? 0) + 1);
        toolCounts.set(f.tool, (toolCounts.get(f.tool) ?? 0) + 1);
        if (before(f, top))
            top = f;
    }
    const bySeverity = model/* SEVERITIES */.oC.filter(s => severityCounts.has(s)).map(s => {
        const n = severityCounts.get(s);
        return s === 'unknown'
            ? `${n} unknown-severity treated as ${(0,severity/* treatedAs */.oC)(s, settings.unknownSeverity)}`
            : `${n} ${s}`;
    });
    const byTool = model/* TOOL_NAMES */.K2.filter(t => toolCounts.has(t)).map(t => `${t} ${toolCounts.get(t)}`);
    const others = groupOf(top)?.members.filter(m => m.tool !== top.tool) ?? [];
    const alsoBy = others.length
        ? ` (also reported by ${[...new Set(others.map(m => m.tool))].join(', ')})`
        : '';
    const what = newOnly ? plural(failing.length, 'new finding') : plural(failing.length, 'finding');
    return `${what} at or above fail-on=${settings.failOn} (${bySeverity.join(', ')}; ${byTool.join(', ')}); top: ${describeFinding(top)}${alsoBy}`;
}
/** Sets `baselineState` on every finding and returns the baseline results nothing matched. */
function markBaseline(findings, annotate, baseline, readFile) {
    const byFingerprint = new Map();
    const byLineHash = new Map();
    const add = (map, key, i) => {
        const list = map.get(key);
        if (list)
            list.push(i);
        else
            map.set(key, [i]);
    };
    baseline.results.forEach((r, i) => {
        if (r.fingerprint)
            add(byFingerprint, r.fingerprint, i);
        if (r.lineHash && r.path)
            add(byLineHash, (0,baseline_sarif/* lineHashKey */.gE)(r.ruleId, r.path, r.lineHash), i);
    });
    const hashes = readFile ? new line_hash/* LineHashCache */.no(readFile) : undefined;
    const matched = new Set();
    for (const finding of findings) {
        let hits = byFingerprint.get(finding.fingerprint);
        if (!hits && hashes && byLineHash.size) {
            const hash = hashes.get(finding.location.path, finding.location.startLine);
            if (hash)
                hits = byLineHash.get((0,baseline_sarif/* lineHashKey */.gE)((0,baseline_sarif/* sarifRuleId */.pM)(finding), finding.location.path, hash));
        }
        annotate(finding, { baselineState: hits ? 'unchanged' : 'new' });
        for (const i of hits ?? [])
            matched.add(i);
    }
    return baseline.results.filter((_, i) => !matched.has(i));
}


/***/ })

};

export const id = 5118;
export const ids = [5118];
export const modules = {

/***/ 65118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRedactor: () => (/* binding */ createRedactor),
  Ed: () => (/* binding */ redactData),
  qp: () => (/* binding */ secretValuesFromEnv)
});

// UNUSED EXPORTS: REDACTED, SECRET_NAME_PATTERN, encodedForms, markdownInline

;// CONCATENATED MODULE: ./node_modules/@monyone/aho-corasick/dist/index.mjs
//#region src/index.mts
var Trie = class {
	constructor(parent) {
		this.parent = null;
		this.goto = /* @__PURE__ */ new Map();
		this.keywords = null;
		this.parent = parent ?? null;
	}
	can(s) {
		return this.goto.has(s);
	}
	go(s) {
		return this.goto.get(s);
	}
	define(s, next) {
		return this.goto.set(s, next);
	}
	undef(s) {
		this.goto.delete(s);
	}
	entries() {
		return this.goto.entries();
	}
	empty() {
		return this.keywords == null || this.keywords.size === 0;
	}
	contains(k) {
		return this.keywords != null && this.keywords.has(k);
	}
	add(k) {
		if (this.keywords == null) this.keywords = /* @__PURE__ */ new Set();
		this.keywords.add(k);
	}
	delete(k) {
		this.keywords?.delete(k);
		if (this.keywords?.size === 0) this.keywords = null;
	}
	values() {
		return this.keywords?.values() ?? [];
	}
	merge(t) {
		for (const keyword of t?.values() ?? []) this.add(keyword);
	}
	defunct() {
		return this.goto.size === 0 && this.empty();
	}
};
var AhoCorasick = class {
	constructor(keywords) {
		this.root = new Trie();
		this.failure_link = /* @__PURE__ */ new Map();
		for (const keyword of keywords) {
			let current = this.root;
			for (let i = 0; i < keyword.length; i++) {
				const ch = keyword[i];
				let next = current.go(ch) ?? new Trie(current);
				current.define(ch, next);
				current = next;
			}
			current.add(keyword);
		}
		{
			let top = 0;
			const queue = [];
			for (const [ch, next] of this.root.entries()) queue.push([next, ch]);
			while (top < queue.length) {
				const [current, ch] = queue[top++];
				const parent = current.parent;
				let failure = this.failure_link.get(parent) ?? null;
				while (failure != null && !failure.can(ch)) failure = this.failure_link.get(failure) ?? null;
				failure = failure?.go(ch) ?? this.root;
				this.failure_link.set(current, failure);
				current.merge(failure);
				for (const [ch, next] of current.entries()) queue.push([next, ch]);
			}
		}
	}
	hasKeywordInText(text) {
		let state = this.root;
		for (const ch of text) {
			if (!state.empty()) return true;
			while (!state.can(ch) && state !== this.root) state = this.failure_link.get(state);
			state = state.go(ch) ?? this.root;
		}
		return !state.empty();
	}
	matchInText(text) {
		const result = [];
		let state = this.root;
		for (let i = 0; i < text.length; i++) {
			for (const keyword of state.values()) {
				const begin = i - keyword.length;
				const end = i;
				result.push({
					begin,
					end,
					keyword
				});
			}
			const ch = text[i];
			while (!state.can(ch) && state !== this.root) state = this.failure_link.get(state);
			state = state.go(ch) ?? this.root;
		}
		for (const keyword of state.values()) {
			const begin = text.length - keyword.length;
			const end = text.length;
			result.push({
				begin,
				end,
				keyword
			});
		}
		return result;
	}
};
var DynamicAhoCorasick = class extends AhoCorasick {
	constructor(keywords) {
		super(keywords);
		this.invert_failure_link = /* @__PURE__ */ new Map();
		{
			let top = 0;
			const queue = [];
			for (const [_, next] of this.root.entries()) queue.push(next);
			while (top < queue.length) {
				const current = queue[top++];
				const failure = this.failure_link.get(current);
				if (failure == null) continue;
				if (!this.invert_failure_link.has(failure)) this.invert_failure_link.set(failure, /* @__PURE__ */ new Set());
				this.invert_failure_link.get(failure).add(current);
				for (const [_, next] of current.entries()) queue.push(next);
			}
		}
	}
	add(keyword) {
		let parent = this.root;
		for (let i = 0; i < keyword.length; i++) {
			const ch = keyword[i];
			const current = parent.go(ch) ?? new Trie(parent);
			parent.define(ch, current);
			if (i === keyword.length - 1) current.add(keyword);
			let failure = this.failure_link.get(parent) ?? null;
			while (failure != null && !failure.can(ch)) failure = this.failure_link.get(failure) ?? null;
			failure = failure?.go(ch) ?? this.root;
			this.failure_link.set(current, failure);
			if (!this.invert_failure_link.has(failure)) this.invert_failure_link.set(failure, /* @__PURE__ */ new Set());
			this.invert_failure_link.get(failure).add(current);
			current.merge(failure);
			if (!this.invert_failure_link.has(current)) this.invert_failure_link.set(current, /* @__PURE__ */ new Set());
			{
				let top = 0;
				const queue = [...this.invert_failure_link.get(parent) ?? []];
				while (top < queue.length) {
					const before = queue[top++];
					if (before.can(ch)) {
						const invert_failure = before.go(ch);
						this.failure_link.set(invert_failure, current);
						this.invert_failure_link.get(failure).delete(invert_failure);
						this.invert_failure_link.get(current).add(invert_failure);
						continue;
					}
					queue.push(...this.invert_failure_link.get(before) ?? []);
				}
			}
			parent = current;
		}
		{
			let top = 0;
			const queue = [parent];
			while (top < queue.length) {
				const current = queue[top++];
				for (const invert_failure of this.invert_failure_link.get(current)?.values() ?? []) {
					invert_failure.merge(current);
					queue.push(invert_failure);
				}
			}
		}
	}
	delete(keyword) {
		let target = this.root;
		for (let i = 0; i < keyword.length; i++) {
			const ch = keyword[i];
			if (!target.can(ch)) return;
			target = target.go(ch);
		}
		if (!target.contains(keyword)) return;
		target.delete(keyword);
		{
			let top = 0;
			const queue = [target];
			while (top < queue.length) {
				const current = queue[top++];
				for (const invert_failure of this.invert_failure_link.get(current)?.values() ?? []) {
					invert_failure.delete(keyword);
					queue.push(invert_failure);
				}
			}
		}
		for (let leaf = target, index = keyword.length - 1; leaf != null && leaf.defunct(); leaf = leaf.parent ?? null, index--) {
			leaf.parent?.undef(keyword[index]);
			const failure = this.failure_link.get(leaf);
			if (failure == null) break;
			this.invert_failure_link.get(failure).delete(leaf);
			for (const invert_failure of this.invert_failure_link.get(leaf) ?? []) {
				this.failure_link.set(invert_failure, failure);
				this.invert_failure_link.get(failure).add(invert_failure);
			}
			this.failure_link.delete(leaf);
			this.invert_failure_link.delete(leaf);
		}
	}
};
//#endregion


;// CONCATENATED MODULE: ./src/redact.ts
/**
 * One redaction function for everything that leaves the process: runner log lines,
 * reports, annotations. Known values (the `secrets` setting, secret-looking env vars, values the
 * detector found) are replaced by `***`; a detector hook can add values found in a line.
 *
 * Redaction belongs on raw text, before any encoding (`redactData` walks a report's data before
 * it is rendered). Encoded text is a second line of defence: every known value is also searched
 * for in the forms the report writers and GitHub produce — JSON string escaping, percent-encoding
 * (URIs, workflow-command properties), XML entities, the summary's Markdown escaping, TAP
 * escaping and Base64 at each byte alignment (the runner's own masker registers the same
 * family of variants). A value with line breaks (a PEM key) is also known line by line, since
 * every channel that flattens or splits lines would otherwise break the whole-value match.
 */

const REDACTED = '***';
const MIN_SECRET_LENGTH = 4;
/** Encoded forms shorter than this are not registered: they would mask ordinary text. */
const MIN_VARIANT_LENGTH = 6;
/** Names that look like they hold a secret (matched case-insensitively on env var names). */
const SECRET_NAME_PATTERN = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH|SESSION|COOKIE|DSN|CONN(ECTION)?_?STRING)(_|$)/i;
/**
 * Inline Markdown escaping as the summary and PR comment apply it (src/report/markdown.ts
 * `escapeMarkdown`, minus its block-start rules): a test keeps the two in step.
 */
function markdownInline(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, '\\$&')
        .replace(/#(?=\d)/g, '#&#8203;')
        .replace(/(?<![\w.\-/])@/g, '@&#8203;');
}
const xmlEscape = (s) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
/** Workflow-command escaping of `@actions/core` (command data, then properties). */
const commandData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const commandProperty = (s) => commandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** Base64 of `value` as it appears at each of the three byte alignments inside longer data. */
function base64Variants(value) {
    const bytes = Buffer.from(value, 'utf8');
    const out = [];
    for (let shift = 0; shift < 3; shift++) {
        const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
        // Only characters whose six bits come from the value itself are stable.
        const first = Math.ceil((8 * shift) / 6);
        const last = Math.floor((8 * (shift + bytes.length)) / 6);
        const stable = encoded.slice(first, last);
        out.push(stable, stable.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return out;
}
/** Every form of one value worth searching for, the value first. */
function encodedForms(value) {
    const json = JSON.stringify(value).slice(1, -1);
    const percent = encodeURIComponent(value);
    const forms = [
        value,
        json,
        // JSON inside JSON (a SARIF embedded in an upload body, a report inside a log line).
        JSON.stringify(json).slice(1, -1),
        value.replace(/"/g, '\\"'),
        value.replace(/'/g, "''"),
        percent,
        percent.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase()),
        percent.replace(/%20/g, '+'),
        encodeURI(value),
        xmlEscape(value),
        markdownInline(value),
        // A leading `@` gets the zero-width space only where the text before it does not end in a
        // word character, so the escaped secret appears in both forms.
        markdownInline(value).replace(/^@&#8203;/, '@'),
        value.replace(/\\/g, '\\\\').replace(/#/g, '\\#'),
        commandData(value),
        commandProperty(value),
        ...base64Variants(value)
    ];
    return [...new Set(forms)].filter(f => f === value || f.length >= MIN_VARIANT_LENGTH);
}
/**
 * Every known pattern, in a few Aho–Corasick automata: one pass of each finds every occurrence
 * in time linear in the text, whatever the number of patterns (one alternation regex tried every
 * pattern at every position and, with a thousand secrets found, dominated the run).
 *
 * Values arrive while texts are being redacted (the detector hook learns a secret from a log
 * line, the scan adds its findings between log lines), and building an automaton costs time
 * in the size of its dictionary. So new patterns go into a new small automaton, and an
 * automaton is merged into the one before it once it is at least half its size: each pattern is
 * rebuilt O(log n) times and a text is searched by O(log n) automata.
 *
 * An automaton holds each long pattern's beginning only (its anchor); where an anchor occurs,
 * the patterns that begin with it are compared in full. The build then no longer grows with
 * the patterns' length: a private key found by the detector brings some six hundred forms
 * (the whole key and each of its lines, each encoded twenty ways, ~70,000 characters), which
 * took ~0.1 s to build into one automaton. Two things keep the search linear whatever the
 * values are (they can come from a hostile pull request):
 * - an anchor is shared by at most ANCHOR_GROUP patterns: patterns that begin alike for longer
 *   get anchors twice as long, and so on, so an anchor's occurrence costs at most that many
 *   comparisons;
 * - a comparison is a rolling-hash lookup (prefix hashes of the text, computed once per text
 *   that has a candidate), not a character-by-character compare: a long value that begins
 *   like a long run in the text (`AAAA…AB` in a line of `A`s) would otherwise be compared at
 *   every position of the run. Only a hash that agrees is checked character by character.
 */
class PatternIndex {
    tiers = [];
    pending = [];
    push(pattern) {
        this.pending.push(pattern);
    }
    get empty() {
        return this.tiers.length === 0 && this.pending.length === 0;
    }
    /** Every occurrence of every pattern, as [begin, end) spans. */
    spans(text) {
        this.flush();
        // Allocated only when something matched: this runs on every string of every finding.
        let out;
        let hashes;
        for (const { automaton, anchored, gate } of this.tiers) {
            // Most texts hold no secret: a native substring search per gate pattern says so without
            // walking the automaton character by character (at 100,000 findings that walk was the
            // largest CPU cost of the run). A pattern can only occur where a gate pattern does, so a
            // skipped tier would have matched nothing.
            if (gate && !includesAny(text, gate))
                continue;
            for (const { begin, end, keyword } of automaton.matchInText(text)) {
                const candidates = anchored.get(keyword);
                // Not an anchor: a pattern in the automaton whole.
                if (candidates === undefined) {
                    ;
                    (out ??= []).push({ begin, end });
                    continue;
                }
                hashes ??= prefixHashes(text);
                for (const p of candidates) {
                    const stop = begin + p.text.length;
                    if (stop > text.length || windowHash(hashes, begin, stop, p.power) !== p.hash)
                        continue;
                    if (text.startsWith(p.text, begin))
                        (out ??= []).push({ begin, end: stop });
                }
            }
        }
        return out ?? NO_SPANS;
    }
    flush() {
        if (this.pending.length === 0)
            return;
        let patterns = this.pending;
        this.pending = [];
        for (let last = this.tiers.at(-1); last && 2 * patterns.length >= last.patterns.length;) {
            patterns = last.patterns.concat(patterns);
            this.tiers.pop();
            last = this.tiers.at(-1);
        }
        const keywords = [];
        const anchored = new Map();
        placeAnchors(patterns, ANCHOR_LENGTH, keywords, anchored);
        this.tiers.push({
            patterns,
            automaton: new AhoCorasick(keywords),
            anchored,
            ...(patterns.length <= GATE_MAX_PATTERNS ? { gate: minimalPatterns(patterns) } : {})
        });
    }
}
/**
 * Characters of the shortest anchor. Secrets are long random strings: sixteen characters are
 * rarely shared by two of them, and rarely occur in text that holds no secret.
 */
const ANCHOR_LENGTH = 16;
/** Patterns one anchor may stand for; more that begin alike get a longer anchor. */
const ANCHOR_GROUP = 16;
/**
 * Splits patterns into keywords of the automaton: a pattern shorter than `length` whole, the
 * others by their first `length` characters, each such anchor standing for at most
 * ANCHOR_GROUP patterns (a larger group is split again with anchors twice as long). Every
 * keyword is a prefix of a pattern, so the automaton is never larger than one of the whole
 * patterns; a pattern equal to an anchor is one of that anchor's patterns.
 */
function placeAnchors(patterns, length, keywords, anchored) {
    const groups = new Map();
    for (const pattern of patterns) {
        if (pattern.length < length) {
            keywords.push(pattern);
            continue;
        }
        const anchor = pattern.slice(0, length);
        const group = groups.get(anchor);
        if (group)
            group.push(pattern);
        else
            groups.set(anchor, [pattern]);
    }
    for (const [anchor, group] of groups) {
        if (group.length > ANCHOR_GROUP) {
            placeAnchors(group, 2 * length, keywords, anchored);
            continue;
        }
        keywords.push(anchor);
        anchored.set(anchor, group.map(text => {
            const hashes = prefixHashes(text);
            return { text, hash: hashes[text.length], power: powerOf(text.length) };
        }));
    }
}
/**
 * Polynomial hashes modulo the prime 2^31 - 1 with a base drawn when the process starts: the
 * values and texts cannot be chosen to collide, and a collision would only cost a character
 * comparison, never a wrong mask.
 */
const HASH_MODULUS = 2147483647;
const HASH_BASE = 65537 + Math.floor(Math.random() * (HASH_MODULUS - 2 * 65537));
/** (a * b) mod HASH_MODULUS for a, b below it, exact in doubles (no product above 2^53). */
function mulMod(a, b) {
    return (((a * (b >>> 16)) % HASH_MODULUS) * 65536 + a * (b & 0xffff)) % HASH_MODULUS;
}
/** hashes[i]: the hash of text[0, i). */
function prefixHashes(text) {
    const hashes = new Int32Array(text.length + 1);
    let h = 0;
    for (let i = 0; i < text.length; i++) {
        h = (mulMod(h, HASH_BASE) + text.charCodeAt(i) + 1) % HASH_MODULUS;
        hashes[i + 1] = h;
    }
    return hashes;
}
const powers = [1];
function powerOf(length) {
    for (let i = powers.length; i <= length; i++)
        powers.push(mulMod(powers[i - 1], HASH_BASE));
    return powers[length];
}
/** The hash of text[begin, end) from the text's prefix hashes. */
function windowHash(hashes, begin, end, power) {
    const h = (hashes[end] - mulMod(hashes[begin], power)) % HASH_MODULUS;
    return h < 0 ? h + HASH_MODULUS : h;
}
const NO_SPANS = [];
function includesAny(text, patterns) {
    for (let i = 0; i < patterns.length; i++)
        if (text.includes(patterns[i]))
            return true;
    return false;
}
/**
 * Up to this many patterns in a tier (one value's encoded forms are about twenty), a text is
 * first searched for them with `includes`; a larger tier (many values found by the detector) is
 * walked by its automaton, whose cost does not grow with the number of patterns.
 */
const GATE_MAX_PATTERNS = 64;
/**
 * The patterns that contain no other pattern of the set: every pattern contains at least one of
 * them, so a text holding none of them holds no pattern at all.
 */
function minimalPatterns(patterns) {
    return patterns.filter(p => !patterns.some(q => q !== p && q.length <= p.length && p.includes(q)));
}
/**
 * Replaces every occurrence of every pattern with `***`. Overlapping occurrences are merged and
 * masked as one span, so two secrets that share characters leave no tail of either visible
 * (the longest-first alternation left the tail of the second); occurrences that only touch
 * stay separate masks.
 */
function maskAll(text, index) {
    if (index.empty)
        return text;
    const found = index.spans(text);
    if (found.length === 0)
        return text;
    const hits = [...found].sort((a, b) => a.begin - b.begin || b.end - a.end);
    let out = '';
    let copied = 0;
    let spanStart = -1;
    let spanEnd = -1;
    for (const { begin, end } of hits) {
        if (begin < spanEnd) {
            if (end > spanEnd)
                spanEnd = end;
            continue;
        }
        if (spanEnd >= 0) {
            out += text.slice(copied, spanStart) + REDACTED;
            copied = spanEnd;
        }
        spanStart = begin;
        spanEnd = end;
    }
    return out + text.slice(copied, spanStart) + REDACTED + text.slice(spanEnd);
}
/**
 * @param values initial secret values
 * @param detector optional detector that returns secret values found in a piece of text (the
 *   built-in secret engine), so a secret printed at run time is redacted even if unknown; or a
 *   loader for it, loaded by `ready()` (redact() throws until then: it never lets text pass
 *   that the detector should have seen).
 * @param onNew called once for each newly learned value (Action mode: core.setSecret).
 */
function createRedactor(values = [], detector, onNew) {
    let detect = typeof detector === 'function' ? detector : undefined;
    let loading;
    const ready = () => (loading ??=
        detector === undefined || typeof detector === 'function'
            ? Promise.resolve()
            : detector.load().then(loaded => {
                detect = loaded;
            }));
    const lazy = detector !== undefined && typeof detector !== 'function';
    const known = new Set();
    const patterns = new Set();
    const index = new PatternIndex();
    const register = (value) => {
        if (value.length < MIN_SECRET_LENGTH || known.has(value))
            return;
        known.add(value);
        for (const form of encodedForms(value)) {
            if (patterns.has(form))
                continue;
            patterns.add(form);
            index.push(form);
        }
        onNew?.(value);
    };
    const add = (value) => {
        register(value);
        // A multi-line value is also known line by line (trimmed), like the runner's masker does:
        // Markdown flattens line breaks, logs and annotations split on them.
        if (/[\r\n]/.test(value))
            for (const line of value.split(/\r?\n|\r/))
                register(line.trim());
    };
    for (const v of values)
        add(v);
    const redactKnown = (text) => maskAll(text, index);
    return {
        add,
        get size() {
            return known.size;
        },
        redact(text) {
            if (detect)
                for (const v of detect(text))
                    add(v);
            else if (lazy)
                throw new Error('redaction asked for before the secret detector loaded');
            return redactKnown(text);
        },
        redactKnown,
        ready
    };
}
/**
 * Plain data (objects, arrays, strings) with every string, and every object key, redacted:
 * reports are built from the result, so redaction happens on raw text before any encoding.
 * Copy on write: an object or array none of whose strings changed is returned as it is, so
 * 100,000 clean findings cost no copy and values shared between structures (a finding in its
 * tool run and in the policy's list) stay shared. Other values (numbers, Dates, class
 * instances) are kept as they are.
 */
function redactData(value, redact) {
    const walk = (v) => {
        if (typeof v === 'string')
            return redact(v);
        if (Array.isArray(v)) {
            let out;
            for (let i = 0; i < v.length; i++) {
                const x = v[i];
                const y = walk(x);
                if (y !== x)
                    (out ??= v.slice())[i] = y;
            }
            return out ?? v;
        }
        if (v !== null && typeof v === 'object') {
            const proto = Object.getPrototypeOf(v);
            if (proto !== Object.prototype && proto !== null)
                return v;
            const obj = v;
            const keys = Object.keys(obj);
            let out;
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i];
                const x = obj[k];
                const k2 = redact(k);
                const y = walk(x);
                if (out === undefined && (k2 !== k || y !== x)) {
                    // Everything before this key came back unchanged, key and value alike.
                    out = {};
                    for (let j = 0; j < i; j++)
                        out[keys[j]] = obj[keys[j]];
                }
                if (out)
                    out[k2] = y;
            }
            return out ?? v;
        }
        return v;
    };
    return walk(value);
}
/** Values of environment variables whose names look secret (for redaction, never printed). */
function secretValuesFromEnv(env) {
    return Object.entries(env)
        .filter(([name, value]) => value !== undefined && SECRET_NAME_PATTERN.test(name))
        .map(([, value]) => value)
        .filter(v => v.length >= MIN_SECRET_LENGTH);
}


/***/ })

};

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

/** A compiled glob (or list): true when the repo-relative posix path matches. */
export type GlobMatcher = (path: string) => boolean

/** Thrown for a pattern runguard will not match; the message says why and what to write. */
export class GlobError extends Error {}

/** Patterns longer than this are refused (no path filter needs more). */
export const MAX_PATTERN_LENGTH = 1024
/** Brace alternatives one pattern may expand to. */
export const MAX_ALTERNATIVES = 256

type Atom =
  | { kind: 'char'; char: string }
  | { kind: 'one' }
  | { kind: 'star' }
  | { kind: 'class'; negated: boolean; ranges: Array<[number, number]> }

/** One path segment's pattern, or `**` (any number of whole segments). */
type Segment =
  | { globstar: true; atLeastOne?: boolean }
  | { globstar: false; atoms: Atom[]; onlyStars: boolean; literal: boolean }

/** Splits `{a,b}` / `{1..3}` alternatives, innermost first is not needed: expansion recurses. */
function expandBraces(pattern: string, budget: { left: number }): string[] {
  let depth = 0
  let open = -1
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      i++
      continue
    }
    if (c === '{') {
      if (depth === 0) open = i
      depth++
    } else if (c === '}' && depth > 0) {
      depth--
      if (depth === 0) {
        const body = pattern.slice(open + 1, i)
        const options = braceOptions(body)
        if (options === undefined) continue
        const head = pattern.slice(0, open)
        const tail = pattern.slice(i + 1)
        const out: string[] = []
        for (const option of options)
          for (const rest of expandBraces(head + option + tail, budget)) {
            if (--budget.left < 0)
              throw new GlobError(
                `expands to more than ${MAX_ALTERNATIVES} alternatives; list fewer patterns`
              )
            out.push(rest)
          }
        return out
      }
    }
  }
  return [pattern]
}

/** The alternatives of one brace body, or undefined when it is literal text (`{a}`). */
function braceOptions(body: string): string[] | undefined {
  const range = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])$/.exec(body)
  if (range) {
    const [from, to] = [range[1]!, range[2]!]
    const numeric = /\d/.test(from) && /\d/.test(to)
    if (!numeric && (/\d/.test(from) || /\d/.test(to))) return undefined
    const a = numeric ? Number(from) : from.charCodeAt(0)
    const b = numeric ? Number(to) : to.charCodeAt(0)
    if (Math.abs(b - a) >= MAX_ALTERNATIVES)
      throw new GlobError(`range {${body}} has more than ${MAX_ALTERNATIVES} values`)
    const step = a <= b ? 1 : -1
    const out: string[] = []
    for (let v = a; step > 0 ? v <= b : v >= b; v += step)
      out.push(numeric ? String(v) : String.fromCharCode(v))
    return out
  }
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}') depth--
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i))
      start = i + 1
    }
  }
  if (parts.length === 0) return undefined
  parts.push(body.slice(start))
  return parts
}

/** Parses one segment's text into atoms. */
function parseSegment(text: string): Segment {
  if (text === '**') return { globstar: true }
  const atoms: Atom[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '\\' && i + 1 < text.length) {
      atoms.push({ kind: 'char', char: text[++i] as string })
    } else if (c === '*') {
      // `**` inside a segment is a plain star.
      while (text[i + 1] === '*') i++
      atoms.push({ kind: 'star' })
    } else if (c === '?') {
      atoms.push({ kind: 'one' })
    } else if (c === '[') {
      const parsed = parseClass(text, i)
      if (parsed) {
        atoms.push(parsed.atom)
        i = parsed.end
      } else atoms.push({ kind: 'char', char: c })
    } else atoms.push({ kind: 'char', char: c })
  }
  return {
    globstar: false,
    atoms,
    onlyStars: atoms.length > 0 && atoms.every(a => a.kind === 'star'),
    literal: atoms.every(a => a.kind === 'char')
  }
}

function parseClass(
  text: string,
  start: number
): { atom: Atom & { kind: 'class' }; end: number } | undefined {
  let i = start + 1
  const negated = text[i] === '!' || text[i] === '^'
  if (negated) i++
  const ranges: Array<[number, number]> = []
  let first = true
  for (; i < text.length; i++) {
    let c = text[i] as string
    if (c === ']' && !first) return { atom: { kind: 'class', negated, ranges }, end: i }
    first = false
    if (c === '\\' && i + 1 < text.length) c = text[++i] as string
    const code = c.codePointAt(0) as number
    if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
      let hi = text[i + 2] as string
      i += 2
      if (hi === '\\' && i + 1 < text.length) hi = text[++i] as string
      ranges.push([code, hi.codePointAt(0) as number])
    } else ranges.push([code, code])
  }
  return undefined
}

function atomMatches(atom: Atom, c: string): boolean {
  switch (atom.kind) {
    case 'char':
      return atom.char === c
    case 'one':
      return true
    case 'star':
      return true
    case 'class': {
      const code = c.codePointAt(0) as number
      const inside = atom.ranges.some(([lo, hi]) => code >= lo && code <= hi)
      return inside !== atom.negated
    }
  }
}

/** Characters of one path segment against one segment pattern: O(atoms × chars). */
function segmentMatches(segment: Segment & { globstar: false }, text: string): boolean {
  if (segment.onlyStars && (text === '' || text === '.' || text === '..')) return false
  const atoms = segment.atoms
  const chars = [...text]
  // reach[j]: the atoms so far can consume exactly chars[0..j).
  let reach = new Array<boolean>(chars.length + 1).fill(false)
  reach[0] = true
  for (const atom of atoms) {
    const next = new Array<boolean>(chars.length + 1).fill(false)
    if (atom.kind === 'star') {
      let any = false
      for (let j = 0; j <= chars.length; j++) {
        any ||= reach[j] as boolean
        next[j] = any
      }
    } else {
      for (let j = 0; j < chars.length; j++)
        if (reach[j] && atomMatches(atom, chars[j] as string)) next[j + 1] = true
    }
    reach = next
    if (!reach.includes(true)) return false
  }
  return reach[chars.length] as boolean
}

/** Segments of a path against segment patterns, `**` taking any number: O(patterns × segments). */
function pathMatches(patterns: readonly Segment[], segments: readonly string[]): boolean {
  let reach = new Array<boolean>(segments.length + 1).fill(false)
  reach[0] = true
  for (const p of patterns) {
    const next = new Array<boolean>(segments.length + 1).fill(false)
    if (p.globstar) {
      let any = false
      for (let j = 0; j <= segments.length; j++) {
        if (p.atLeastOne) next[j] = any
        any ||= reach[j] as boolean
        if (!p.atLeastOne) next[j] = any
      }
    } else {
      for (let j = 0; j < segments.length; j++)
        if (reach[j] && segmentMatches(p, segments[j] as string)) next[j + 1] = true
    }
    reach = next
    if (!reach.includes(true)) return false
  }
  return reach[segments.length] as boolean
}

/** Compiles one pattern; throws GlobError for a pattern runguard refuses. */
export function compileGlob(pattern: string): GlobMatcher {
  if (pattern === '') throw new GlobError('is empty')
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new GlobError(`is longer than ${MAX_PATTERN_LENGTH} characters`)
  let text = pattern
  let negated = false
  while (text.startsWith('!') && !text.startsWith('!(')) {
    negated = !negated
    text = text.slice(1)
  }
  if (/(^|[^\\])[@!+*?]\(/.test(text))
    throw new GlobError(
      'uses an extended glob (@(…), +(…), !(…), *(…), ?(…)), which runguard does not support; list the alternatives as separate patterns or with {a,b}'
    )
  while (text.startsWith('./')) text = text.slice(2)
  const alternatives = expandBraces(text, { left: MAX_ALTERNATIVES }).map(alt => {
    const segs = alt.split('/').map(parseSegment)
    // picomatch: `dir/**` also matches `dir` itself; a wildcard segment before it does not.
    const last = segs.at(-1)
    const before = segs.at(-2)
    if (last?.globstar && before && !before.globstar && !before.literal) last.atLeastOne = true
    return segs
  })
  return path => {
    const segments = path.split('/')
    return alternatives.some(segs => pathMatches(segs, segments)) !== negated
  }
}

/** Compiles patterns; a path matches when any pattern matches (picomatch's array form). */
export function compileGlobs(patterns: readonly string[]): GlobMatcher {
  const matchers = patterns.map(compileGlob)
  return path => matchers.some(m => m(path))
}

/** Why runguard refuses `pattern`, or undefined when it compiles. */
export function globProblem(pattern: string): string | undefined {
  try {
    compileGlob(pattern)
    return undefined
  } catch (error) {
    if (error instanceof GlobError) return error.message
    throw error
  }
}

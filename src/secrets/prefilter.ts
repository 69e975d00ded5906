/**
 * Case-insensitive Aho-Corasick automaton over all rule keywords (gitleaks and trufflehog do the
 * same): one linear pass per text finds every keyword occurrence, so rules only run in small
 * windows around candidates instead of scanning the whole text once per rule.
 */

const ASCII = 128

/** A keyword occurrence: which keyword (index into the list given) and where it starts. */
export interface KeywordHit {
  keyword: number
  start: number
}

export class KeywordPrefilter {
  /**
   * Dense DFA over character classes: `(state << shift) | class` → next state, negative when
   * that state has outputs (failure links already folded in). Only the characters keywords use
   * get a class of their own (about 50 of 128, upper case sharing lower case's), so the table
   * is a quarter of a 128-column one and its hot rows stay in cache.
   */
  private readonly next: Int16Array | Int32Array
  /** log2 of the row width. */
  private readonly shift: number
  /** ASCII code → class (0: in no keyword); case folding is in this table. */
  private readonly classes: Uint8Array
  /** Class of every code unit above ASCII (they all read as one character, as in keywords). */
  private readonly highClass: number
  /** For each state, the keywords that end there (via output links), or undefined. */
  private readonly outputs: Array<number[] | undefined>
  private readonly lengths: number[]

  constructor(keywords: readonly string[]) {
    const folded = keywords.map(fold)
    this.lengths = keywords.map(k => k.length)
    // Classes: 0 for every character no keyword has, then one per character keywords use.
    const classes = new Uint8Array(ASCII)
    let classCount = 1
    for (const codes of folded)
      for (const c of codes) if (c !== 0 && classes[c] === 0) classes[c] = classCount++
    // Non-ASCII keyword characters fold to 0, and so does every non-ASCII character of a text.
    const highClass = folded.some(codes => codes.includes(0)) ? classCount++ : 0
    classes[0] = highClass
    for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32] as number
    const shift = Math.max(1, Math.ceil(Math.log2(classCount)))
    const width = 1 << shift

    const goto: Array<Map<number, number>> = [new Map<number, number>()]
    const out: Array<number[] | undefined> = [undefined]
    folded.forEach((codes, index) => {
      let state = 0
      for (const code of codes) {
        const cls = code === 0 ? highClass : (classes[code] as number)
        let nextState = goto[state]?.get(cls)
        if (nextState === undefined) {
          nextState = goto.length
          goto.push(new Map<number, number>())
          out.push(undefined)
          goto[state]?.set(cls, nextState)
        }
        state = nextState
      }
      out[state] = [...(out[state] ?? []), index]
    })
    const states = goto.length
    // Signed 16-bit entries while state numbers fit (they do by far today): half the cache lines.
    const next = states < 0x8000 ? new Int16Array(states * width) : new Int32Array(states * width)
    const fail = new Int32Array(states)
    // Breadth-first: build the full transition table with failure links resolved.
    const queue: number[] = []
    for (const [cls, s] of goto[0] ?? []) {
      next[cls] = s
      fail[s] = 0
      queue.push(s)
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const state = queue[qi] as number
      const f = fail[state] as number
      const inherited = out[f]
      if (inherited) out[state] = [...(out[state] ?? []), ...inherited]
      // The failure state's row (complete: it is nearer the root, so built earlier), then this
      // state's own edges over it: one block copy instead of a lookup per class and state, which
      // kept every run's first redaction ~50 ms slower.
      next.copyWithin(state << shift, f << shift, (f + 1) << shift)
      for (const [cls, s] of goto[state] ?? []) {
        fail[s] = next[(f << shift) | cls] as number
        next[(state << shift) | cls] = s
        queue.push(s)
      }
    }
    // Negated where the target has outputs (state 0, the root, never has one: keywords are not
    // empty), so the hot loop needs no second lookup to know.
    for (let i = 0; i < next.length; i++) {
      const target = next[i] as number
      if (out[target]) next[i] = -target
    }
    this.next = next
    this.shift = shift
    this.classes = classes
    this.highClass = highClass
    this.outputs = out
  }

  /**
   * Every keyword occurrence in ASCII `bytes`, in order of end position: the same hits as `scan`
   * of the text they decode to (one character per byte), found about twice as fast, since reading
   * a byte array costs less than `charCodeAt` on a string.
   */
  scanAscii(bytes: Uint8Array): KeywordHit[] {
    const hits: KeywordHit[] = []
    const { next, shift, classes } = this
    let state = 0
    for (let i = 0, n = bytes.length; i < n; i++) {
      state = next[(state << shift) | (classes[bytes[i] as number] as number)] as number
      if (state < 0) {
        state = -state
        for (const k of this.outputs[state] as number[])
          hits.push({ keyword: k, start: i + 1 - (this.lengths[k] as number) })
      }
    }
    return hits
  }

  /** Every keyword occurrence in `text`, in order of end position. */
  scan(text: string): KeywordHit[] {
    const hits: KeywordHit[] = []
    const { next, shift, classes, highClass } = this
    let state = 0
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i)
      state = next[(state << shift) | (c < ASCII ? (classes[c] as number) : highClass)] as number
      if (state < 0) {
        state = -state
        for (const k of this.outputs[state] as number[])
          hits.push({ keyword: k, start: i + 1 - (this.lengths[k] as number) })
      }
    }
    return hits
  }
}

/** A keyword's code units, lower-cased; a non-ASCII one becomes 0 (as in texts: see `scan`). */
function fold(keyword: string): number[] {
  const codes: number[] = []
  for (const ch of keyword.toLowerCase()) {
    const c = ch.charCodeAt(0)
    codes.push(c < ASCII ? c : 0)
  }
  return codes
}

/**
 * Case-insensitive Aho-Corasick automaton over all rule keywords (gitleaks and trufflehog do the
 * same): one linear pass per text finds every keyword occurrence, so rules only run in small
 * windows around candidates instead of scanning the whole text once per rule.
 */

const ALPHABET_SIZE = 128

/** A keyword occurrence: which keyword (index into the list given) and where it starts. */
export interface KeywordHit {
  keyword: number
  start: number
}

export class KeywordPrefilter {
  /**
   * Dense DFA: state * 128 + char → next state * 128, negative when that state has outputs
   * (failure links already folded in).
   */
  private readonly next: Int32Array
  /** For each state, the keywords that end there (via output links), or undefined. */
  private readonly outputs: Array<number[] | undefined>
  private readonly lengths: number[]

  constructor(keywords: readonly string[]) {
    const goto: Array<Map<number, number>> = [new Map<number, number>()]
    const out: Array<number[] | undefined> = [undefined]
    this.lengths = keywords.map(k => k.length)
    keywords.forEach((keyword, index) => {
      let state = 0
      for (const code of fold(keyword)) {
        let nextState = goto[state]?.get(code)
        if (nextState === undefined) {
          nextState = goto.length
          goto.push(new Map<number, number>())
          out.push(undefined)
          goto[state]?.set(code, nextState)
        }
        state = nextState
      }
      out[state] = [...(out[state] ?? []), index]
    })
    const states = goto.length
    const next = new Int32Array(states * ALPHABET_SIZE)
    const fail = new Int32Array(states)
    // Breadth-first: build the full transition table with failure links resolved.
    const queue: number[] = []
    for (let c = 0; c < ALPHABET_SIZE; c++) {
      const s = goto[0]?.get(c)
      if (s !== undefined) {
        next[c] = s
        fail[s] = 0
        queue.push(s)
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const state = queue[qi] as number
      const f = fail[state] as number
      const inherited = out[f]
      if (inherited) out[state] = [...(out[state] ?? []), ...inherited]
      // The failure state's row (complete: it is nearer the root, so built earlier), then this
      // state's own edges over it: one block copy instead of 128 map lookups per state, which
      // kept every run's first redaction ~50 ms slower.
      next.copyWithin(state * ALPHABET_SIZE, f * ALPHABET_SIZE, (f + 1) * ALPHABET_SIZE)
      for (const [c, s] of goto[state] ?? []) {
        fail[s] = next[f * ALPHABET_SIZE + c] as number
        next[state * ALPHABET_SIZE + c] = s
        queue.push(s)
      }
    }
    // Rows addressed by offset (state * 128) instead of state number, negated where the state
    // has outputs (state 0, the root, never has one: keywords are not empty).
    for (let i = 0; i < next.length; i++) {
      const target = next[i] as number
      next[i] = out[target] ? -target * ALPHABET_SIZE : target * ALPHABET_SIZE
    }
    this.next = next
    this.outputs = out
  }

  /** Every keyword occurrence in `text`, in order of end position. */
  scan(text: string): KeywordHit[] {
    const hits: KeywordHit[] = []
    const next = this.next
    const fold = FOLD
    let state = 0
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i)
      // The state number is pre-multiplied by the alphabet size, and a state whose row is
      // negative has outputs: the hot loop reads two typed arrays and nothing else.
      state = next[state + (c < ALPHABET_SIZE ? (fold[c] as number) : 0)] as number
      if (state < 0) {
        state = -state
        for (const k of this.outputs[state / ALPHABET_SIZE] as number[])
          hits.push({ keyword: k, start: i + 1 - (this.lengths[k] as number) })
      }
    }
    return hits
  }
}

/** ASCII lower-casing by table. */
const FOLD = Uint8Array.from({ length: ALPHABET_SIZE }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c))

function fold(keyword: string): number[] {
  const codes: number[] = []
  for (const ch of keyword.toLowerCase()) {
    const c = ch.charCodeAt(0)
    codes.push(c < ALPHABET_SIZE ? c : 0)
  }
  return codes
}

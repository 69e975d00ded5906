import { describe, expect, it } from '@jest/globals'
import { seeded } from './helpers/secret-samples.js'
import { createRedactor, encodedForms, redactData, REDACTED } from '../src/redact.js'

/**
 * The reference the automaton must agree with: every occurrence of every encoded form, found by
 * indexOf, overlapping occurrences merged into one masked span.
 */
function reference(text: string, values: readonly string[]): string {
  const spans: Array<[number, number]> = []
  for (const value of values)
    for (const form of encodedForms(value))
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
        spans.push([at, at + form.length])
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  let out = ''
  let copied = 0
  let span: [number, number] | undefined
  for (const [begin, end] of spans) {
    if (span && begin < span[1]) {
      span[1] = Math.max(span[1], end)
      continue
    }
    if (span) {
      out += text.slice(copied, span[0]) + REDACTED
      copied = span[1]
    }
    span = [begin, end]
  }
  return span ? out + text.slice(copied, span[0]) + REDACTED + text.slice(span[1]) : text
}

/** Random strings of `n` characters from `alphabet`, drawn from the seeded `rand`. */
const picker =
  (rand: () => number, alphabet: string) =>
  (n: number): string =>
    Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('')

describe('createRedactor', () => {
  it('with a detector loader, refuses to redact until ready() has loaded it, and loads it once', async () => {
    let loads = 0
    const redactor = createRedactor(['known-value'], {
      load: () => {
        loads++
        return Promise.resolve((text: string) => text.match(/tok_[a-z0-9]+/g) ?? [])
      }
    })
    expect(() => redactor.redact('key tok_abc123')).toThrow(/before the secret detector loaded/)
    // Known values need no detector.
    expect(redactor.redactKnown('a known-value b')).toBe(`a ${REDACTED} b`)
    await Promise.all([redactor.ready(), redactor.ready()])
    expect(loads).toBe(1)
    expect(redactor.redact('key tok_abc123')).toBe(`key ${REDACTED}`)
    // A redactor given its detector, or none, is ready at once and never throws.
    await expect(createRedactor([], () => []).ready()).resolves.toBeUndefined()
    expect(createRedactor().redact('plain')).toBe('plain')
  })

  it('masks two secrets that share characters as one span, leaving no tail of either', () => {
    const redactor = createRedactor(['alpha-1234-beta', 'beta-5678-gamma'])
    expect(redactor.redact('x alpha-1234-beta-5678-gamma y')).toBe(`x ${REDACTED} y`)
    // A value inside another is covered by the longer one.
    expect(createRedactor(['1234-be', 'alpha-1234-beta']).redact('(alpha-1234-beta)')).toBe(
      `(${REDACTED})`
    )
  })

  it('keeps touching secrets as separate masks and the text around them intact', () => {
    const redactor = createRedactor(['first-secret', 'second-secret'])
    expect(redactor.redact('a first-secretsecond-secret b')).toBe(`a ${REDACTED}${REDACTED} b`)
    expect(redactor.redact('nothing to hide')).toBe('nothing to hide')
  })

  it('learns values between texts: a value added after a redaction is masked in the next one', () => {
    const learned: string[] = []
    const redactor = createRedactor([], undefined, v => learned.push(v))
    const values = Array.from({ length: 40 }, (_, i) => `value-${i}-${'q'.repeat(i % 7)}z`)
    values.forEach((value, i) => {
      redactor.add(value)
      // Every value so far, whichever automaton it sits in, is masked.
      const text = values
        .slice(0, i + 1)
        .map(v => `<${v}>`)
        .join(' ')
      expect(redactor.redactKnown(text)).toBe(
        values
          .slice(0, i + 1)
          .map(() => '<***>')
          .join(' ')
      )
    })
    expect(learned).toEqual(values)
    expect(redactor.size).toBe(values.length)
  })

  it('agrees with a brute-force search on random texts full of overlapping secrets', () => {
    const rand = seeded(20261129)
    const alphabet = 'abcdefgh0123_-/+=%"<>&\\ @#'
    const pick = picker(rand, alphabet)
    for (let round = 0; round < 60; round++) {
      // Secrets cut from one base string overlap each other in the text made from that base.
      const base = pick(200)
      const values = Array.from({ length: 1 + Math.floor(rand() * 25) }, () => {
        const start = Math.floor(rand() * 180)
        return base.slice(start, start + 4 + Math.floor(rand() * 16))
      })
      const redactor = createRedactor()
      const text = `${pick(30)}${base}${pick(30)}${JSON.stringify(base)}${encodeURIComponent(base)}`
      // Added in two batches with a redaction in between, so more than one automaton answers.
      values.slice(0, values.length / 2).forEach(v => redactor.add(v))
      redactor.redactKnown('warm-up')
      values.slice(values.length / 2).forEach(v => redactor.add(v))
      const kept = values.filter(v => v.length >= 4)
      expect(redactor.redactKnown(text)).toBe(reference(text, kept))
    }
  })

  it('agrees with a brute-force search for long values that share their first characters', () => {
    // The automata hold each pattern's beginning only: texts here hold those beginnings with
    // and without the rest, values that begin alike, and values of every length around it.
    const rand = seeded(20261130)
    const alphabet = 'ab01_/+%"'
    const pick = picker(rand, alphabet)
    for (let round = 0; round < 60; round++) {
      const stem = pick(10 + Math.floor(rand() * 12))
      const values = Array.from(
        { length: 1 + Math.floor(rand() * 8) },
        () => stem + pick(Math.floor(rand() * 40))
      )
      const redactor = createRedactor()
      values.slice(0, values.length / 2).forEach(v => redactor.add(v))
      redactor.redactKnown('warm-up')
      values.slice(values.length / 2).forEach(v => redactor.add(v))
      const parts = Array.from({ length: 8 }, () => {
        const v = values[Math.floor(rand() * values.length)] as string
        const forms = encodedForms(v)
        const form = forms[Math.floor(rand() * forms.length)] as string
        // A form cut short, or changed after its beginning: the beginning without the rest.
        const cut = Math.floor(rand() * form.length)
        return rand() < 0.4 ? form.slice(0, cut) + pick(3) + form.slice(cut + 1) : form
      })
      const text = parts.join(rand() < 0.5 ? pick(2) : '')
      const kept = values.filter(v => v.length >= 4)
      expect(redactor.redactKnown(text)).toBe(reference(text, kept))
    }
  })

  it('agrees with a brute-force search when many values begin with the same long stem', () => {
    // More values than one anchor stands for, sharing 16, 32 and more first characters: the
    // ones that go on longer get longer anchors, the shorter ones are searched whole.
    const rand = seeded(1130)
    const alphabet = 'ab01/"'
    const pick = picker(rand, alphabet)
    for (let round = 0; round < 20; round++) {
      const stem = pick(20 + Math.floor(rand() * 30))
      const values = Array.from(
        { length: 40 },
        () => stem.slice(0, 14 + Math.floor(rand() * 40)) + pick(Math.floor(rand() * 12))
      )
      const redactor = createRedactor(values)
      const parts = Array.from({ length: 12 }, () => {
        const v = values[Math.floor(rand() * values.length)] as string
        return rand() < 0.3 ? v.slice(0, v.length - 1) : v
      })
      const text = parts.join(rand() < 0.5 ? pick(1) : '')
      const kept = [...new Set(values)].filter(v => v.length >= 4)
      expect(redactor.redactKnown(text)).toBe(reference(text, kept))
    }
  })

  it('masks a thousand secrets in one text, each in its encoded forms', () => {
    const rand = seeded(7)
    const values = Array.from(
      { length: 1000 },
      (_, i) =>
        `${i}:${Math.floor(rand() * 1e12).toString(36)}/${Math.floor(rand() * 1e12).toString(36)}"`
    )
    const redactor = createRedactor(values)
    const text = values
      .map((v, i) => (i % 2 ? JSON.stringify(v) : encodeURIComponent(v)))
      .join('\n')
    const out = redactor.redactKnown(text)
    for (const v of values) {
      expect(out).not.toContain(v)
      expect(out).not.toContain(encodeURIComponent(v))
    }
    expect(out.split('\n')).toHaveLength(values.length)
  })
})

describe('createRedactor: texts without a secret are skipped by a substring gate', () => {
  // Small automata are only walked when the text holds one of their patterns; these cases check
  // that skipping never changes the output, against the indexOf reference above.
  const token = 'ghs_Zk9+/q"x<y>&%20@#1'
  const b64At = (prefix: string, value: string): string =>
    Buffer.from(prefix + value + '!tail', 'utf8').toString('base64')

  it('masks every encoded form, at every Base64 alignment, at the ends of the text', () => {
    const redactor = createRedactor([token])
    const texts = [
      '',
      'nothing here',
      token,
      `${token}${token}`,
      ...encodedForms(token).flatMap(f => [f, `a${f}`, `${f}b`, `«${f}»`, `😀${f}😀`]),
      ...['', 'x', 'xy'].map(p => b64At(p, token)),
      JSON.stringify({ nested: JSON.stringify({ token }) }),
      `line 1\n${encodeURIComponent(token)}\nline 3`
    ]
    for (const text of texts) expect(redactor.redactKnown(text)).toBe(reference(text, [token]))
  })

  it('leaves a value cut across two texts (chunk boundaries) as the reference does', () => {
    const redactor = createRedactor([token])
    for (const form of encodedForms(token))
      for (let cut = 1; cut < form.length; cut++) {
        const head = `prefix ${form.slice(0, cut)}`
        const tail = `${form.slice(cut)} suffix`
        expect(redactor.redactKnown(head)).toBe(reference(head, [token]))
        expect(redactor.redactKnown(tail)).toBe(reference(tail, [token]))
        expect(redactor.redactKnown(head + tail)).toBe(reference(head + tail, [token]))
      }
  })

  it('masks values that contain each other and multi-line values known line by line', () => {
    const inner = 'abcd1234'
    const outer = 'xx-abcd1234-yy'
    const pem = '-----BEGIN KEY-----\nMIIBOgIBAAJBAK\n-----END KEY-----'
    const redactor = createRedactor([outer, inner, pem])
    const lines = pem.split('\n').map(l => l.trim())
    const known = [outer, inner, pem, ...lines]
    for (const text of [
      `<${outer}>`,
      `<${inner}>`,
      `<${encodeURIComponent(outer)}>`,
      JSON.stringify(pem),
      `key: ${lines[1]} end`,
      b64At('y', outer)
    ])
      expect(redactor.redactKnown(text)).toBe(reference(text, known))
  })

  it('agrees with the reference when large (ungated) and small (gated) automata answer together', () => {
    const rand = seeded(1129)
    const value = (): string =>
      `v${Math.floor(rand() * 1e12).toString(36)}-${'é'.repeat(rand() * 3)}`
    const many = Array.from({ length: 100 }, value)
    const redactor = createRedactor(many)
    redactor.redactKnown('warm-up')
    const few = Array.from({ length: 3 }, value)
    few.forEach(v => redactor.add(v))
    const all = [...many, ...few]
    for (let round = 0; round < 40; round++) {
      const parts = Array.from({ length: 6 }, () => {
        const v = all[Math.floor(rand() * all.length)] as string
        const forms = encodedForms(v)
        const form = forms[Math.floor(rand() * forms.length)] as string
        return rand() < 0.3 ? form.slice(0, Math.max(1, form.length - 2)) : form
      })
      const text = parts.join(rand() < 0.5 ? ' ' : '')
      expect(redactor.redactKnown(text)).toBe(reference(text, all))
      const fewOnly = few.map(v => `[${JSON.stringify(v)}]`).join('')
      expect(redactor.redactKnown(fewOnly)).toBe(reference(fewOnly, all))
    }
  })
})

describe('redactData', () => {
  const hide = (text: string): string => text.replaceAll('hunter2', '***')

  it('redacts every string and key, and copies only what changed', () => {
    const clean = { tool: 'bandit', location: { path: 'a.py', startLine: 3 }, cwe: ['CWE-78'] }
    const dirty = {
      tool: 'semgrep',
      message: 'password hunter2 in code',
      location: { path: 'b.py', startLine: 1 },
      tags: ['x', 'hunter2'],
      extra: { hunter2: 1 }
    }
    const findings = [clean, dirty]
    const out = redactData(findings, hide)
    expect(out).toEqual([
      clean,
      {
        tool: 'semgrep',
        message: 'password *** in code',
        location: { path: 'b.py', startLine: 1 },
        tags: ['x', '***'],
        extra: { '***': 1 }
      }
    ])
    // Copy on write: the list changed, so it is new; the clean finding and the dirty one's
    // untouched parts are the same objects; the input is not modified.
    expect(out).not.toBe(findings)
    expect(out[0]).toBe(clean)
    expect(out[1]).not.toBe(dirty)
    expect(out[1]!.location).toBe(dirty.location)
    expect(dirty.message).toBe('password hunter2 in code')
    expect(Object.keys(out[1]!)).toEqual(Object.keys(dirty))
  })

  it('returns the same value when nothing needs redacting', () => {
    const data = { runs: [{ tool: 'bandit', findings: [{ message: 'ok', line: 1 }] }] }
    expect(redactData(data, hide)).toBe(data)
  })

  it('keeps class instances and other values as they are', () => {
    const when = new Date(0)
    const data = { when, n: 1, none: null, yes: true }
    expect(redactData(data, hide)).toBe(data)
  })
})

import { describe, expect, it } from '@jest/globals'
import { computeLineHashes, LineHashCache } from '../../src/policy/line-hash.js'

/**
 * An independent reading of codeql-action's fingerprint algorithm, written
 * the direct way instead of as a rolling window: drop spaces and tabs, turn CRLF and CR into LF,
 * append the 65535 sentinel; every line starts at index 0 or after an LF (the sentinel's
 * position included); its hash is Σ c[s+j]·37^(99−j) mod 2^64 over 100 characters (0 past the
 * end), printed as unpadded hex plus `:k` (k-th occurrence of that hash in the file).
 */
function referenceHashes(content: string): string[] {
  const chars: number[] = []
  let prevCR = false
  for (const ch of content.split('').map(c => c.charCodeAt(0))) {
    if (ch === 32 || ch === 9 || (prevCR && ch === 10)) {
      prevCR = false
      continue
    }
    prevCR = ch === 13
    chars.push(ch === 13 ? 10 : ch)
  }
  chars.push(65535)
  const starts = [0]
  chars.forEach((c, i) => {
    if (c === 10 && i + 1 < chars.length) starts.push(i + 1)
  })
  const mask = (1n << 64n) - 1n
  const seen = new Map<string, number>()
  return starts.map(s => {
    let h = 0n
    for (let j = 0; j < 100; j++) h = (h * 37n + BigInt(chars[s + j] ?? 0)) & mask
    const hex = h.toString(16)
    const k = (seen.get(hex) ?? 0) + 1
    seen.set(hex, k)
    return `${hex}:${k}`
  })
}

const CASES: Record<string, string> = {
  empty: '',
  oneLine: 'x',
  trailingNewline: 'import os\nos.system(cmd)\n',
  crlf: 'a = 1\r\nb = 2\r\n\r\nc = 3',
  loneCR: 'a\rb\rc',
  tabsAndSpaces: '\tdef f():\n        return  1\n\t \t\n',
  nonAscii: 'naïve = "日本語"\nemoji = "😀"\n',
  longLine: `${'x'.repeat(250)}\ny\n`,
  repeated: 'same\nsame\nsame\n',
  blankOnlyLines: '\n\n   \n\t\nend'
}

describe('computeLineHashes (codeql-action primaryLocationLineHash)', () => {
  for (const [name, content] of Object.entries(CASES)) {
    it(`agrees with the direct definition: ${name}`, () => {
      expect(computeLineHashes(content)).toEqual(referenceHashes(content))
    })
  }

  it('pins concrete vectors (guards against both implementations drifting together)', () => {
    // Hand check of the first: "x" then the EOF sentinel → 120·37^99 + 65535·37^98 mod 2^64.
    const mask = (1n << 64n) - 1n
    const expected = ((120n * 37n ** 99n + 65535n * 37n ** 98n) & mask).toString(16)
    expect(computeLineHashes('x')[0]).toBe(`${expected}:1`)
    expect(computeLineHashes('x')).toHaveLength(1)
    // A trailing newline yields a hash for the (empty) line after it, as in codeql-action.
    expect(computeLineHashes('a\n')).toHaveLength(2)
  })

  it('ignores whitespace and line-ending style but not content', () => {
    const unix = computeLineHashes('if x:\n    run(cmd)\n')
    expect(computeLineHashes('if x:\r\n\trun( cmd )\r\n')).toEqual(unix)
    expect(computeLineHashes('if y:\n    run(cmd)\n')[0]).not.toBe(unix[0])
  })

  it('counts repeats so identical lines stay distinguishable', () => {
    const hashes = computeLineHashes('same\nsame\nsame\n')
    const [h1, h2] = [hashes[0]!, hashes[1]!]
    expect(h1.endsWith(':1')).toBe(true)
    expect(h2).not.toBe(h1)
    expect(hashes.every(h => /^[0-9a-f]{1,16}:\d+$/.test(h))).toBe(true)
  })

  it('window spans following lines: editing line 2 changes line 1 hash', () => {
    expect(computeLineHashes('a\nb\n')[0]).not.toBe(computeLineHashes('a\nc\n')[0])
  })

  it('stops at maxLine with the same hashes for the lines it computed', () => {
    const content = Array.from({ length: 500 }, (_, i) => `line ${i % 7}`).join('\n')
    const full = computeLineHashes(content)
    const partial = computeLineHashes(content, 10)
    expect(partial).toEqual(full.slice(0, 10))
  })

  it('LineHashCache hashes only up to the last line asked for, and extends when needed', () => {
    const content = Array.from({ length: 300 }, (_, i) => `v${i % 5} = ${i}`).join('\n')
    const full = computeLineHashes(content)
    let reads = 0
    const cache = new LineHashCache(
      () => {
        reads++
        return content
      },
      () => 5
    )
    expect(cache.get('a.py', 5)).toBe(full[4])
    expect(cache.get('a.py', 2)).toBe(full[1])
    expect(reads).toBe(1)
    expect(cache.get('a.py', 250)).toBe(full[249])
    expect(reads).toBe(2)
  })

  it('agrees with the direct definition on a long file with repeated lines, through the cache too', () => {
    // Long enough for the cache's per-line table to grow several times; repeats exercise `:k`.
    const content = Array.from({ length: 700 }, (_, i) =>
      i % 9 === 0 ? '' : `    v${i % 13} = f(${i % 4})${i % 50 === 0 ? '\r' : ''}`
    ).join('\n')
    const expected = referenceHashes(content)
    expect(computeLineHashes(content)).toEqual(expected)
    const cache = new LineHashCache(() => content)
    expect(expected.map((_, i) => cache.get('a.py', i + 1))).toEqual(expected)
    expect(cache.get('a.py', expected.length + 1)).toBeUndefined()
    expect(cache.get('a.py', 0)).toBeUndefined()
  })

  it('LineHashCache reads each file once and returns undefined for unknown files or lines', () => {
    const reads: string[] = []
    const cache = new LineHashCache(p => {
      reads.push(p)
      return p === 'a.py' ? 'one\ntwo\n' : undefined
    })
    expect(cache.get('a.py', 2)).toBe(computeLineHashes('one\ntwo\n')[1])
    expect(cache.get('a.py', 1)).toBeDefined()
    expect(cache.get('a.py', 99)).toBeUndefined()
    expect(cache.get('gone.py', 1)).toBeUndefined()
    expect(cache.get('gone.py', 1)).toBeUndefined()
    expect(reads).toEqual(['a.py', 'gone.py'])
  })
})

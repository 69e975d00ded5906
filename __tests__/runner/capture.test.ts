import { describe, expect, it } from '@jest/globals'
import { createRedactor } from '../../src/redact.js'
import { cutMarker, OutputCapture, truncateUtf8 } from '../../src/runner/capture.js'

const identity = (s: string): string => s

function feed(capture: OutputCapture, text: string | Buffer, chunkSize: number): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  for (let i = 0; i < bytes.length; i += chunkSize) {
    capture.write(bytes.subarray(i, i + chunkSize))
  }
  capture.end()
}

describe('OutputCapture', () => {
  it('counts bytes and lines exactly, with and without a final newline', () => {
    for (const [text, lines] of [
      ['a\nb\nc\n', 3],
      ['a\nb\nc', 3],
      ['', 0],
      ['\n\n', 2],
      ['no newline', 1]
    ] as const) {
      const c = new OutputCapture({ maxBytes: 1000, redact: identity })
      feed(c, text, 2)
      expect(c.result()).toMatchObject({ bytes: Buffer.byteLength(text), lines })
    }
  })

  it('never splits a multi-byte character at chunk boundaries', () => {
    const text = 'héllo wörld — 日本語 🎉\nzweite Zeile ✓\n'.repeat(20)
    for (const chunkSize of [1, 2, 3, 5, 7, 64]) {
      const seen: string[] = []
      const c = new OutputCapture({
        maxBytes: 100000,
        redact: identity,
        onLine: l => seen.push(l)
      })
      feed(c, text, chunkSize)
      expect(seen.join('\n') + '\n').toBe(text)
      expect(c.result().text).toBe(text.slice(0, -1))
      expect(c.result().truncated).toBe(false)
    }
  })

  it('keeps head and tail with a cut marker and counts everything', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`)
    const text = lines.join('\n') + '\n'
    const c = new OutputCapture({ maxBytes: 200, redact: identity })
    feed(c, text, 37)
    const r = c.result()
    expect(r.lines).toBe(1000)
    expect(r.bytes).toBe(Buffer.byteLength(text))
    expect(r.truncated).toBe(true)
    const out = r.text.split('\n')
    expect(out[0]).toBe('line 0')
    expect(out[out.length - 1]).toBe('line 999')
    const markerIndex = out.findIndex(l => l.startsWith('… [runguard:'))
    expect(markerIndex).toBeGreaterThan(0)
    // Every kept line is complete and in order; the marker counts exactly what is missing.
    const kept = out.filter((_, i) => i !== markerIndex)
    for (const l of kept) expect(lines).toContain(l)
    const keptBytes = kept.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0)
    expect(out[markerIndex]).toBe(cutMarker(Buffer.byteLength(text) - keptBytes))
    expect(Buffer.byteLength(r.text)).toBeLessThanOrEqual(200 + 60)
  })

  it('keeps the tail intact when the ring wraps inside a multi-byte character', () => {
    const text = Array.from({ length: 300 }, (_, i) => `${i} ✓✓✓ 日本`).join('\n') + '\n'
    for (const maxBytes of [101, 102, 103, 250]) {
      const c = new OutputCapture({ maxBytes, redact: identity })
      feed(c, text, 13)
      const r = c.result()
      expect(r.text).not.toContain('\uFFFD')
      expect(r.text.endsWith('299 ✓✓✓ 日本')).toBe(true)
    }
  })

  it('bounds a very long line for the live log and says how much was cut', () => {
    const seen: string[] = []
    const c = new OutputCapture({
      maxBytes: 1 << 20,
      maxLineBytes: 1000,
      redact: identity,
      onLine: l => seen.push(l)
    })
    feed(c, 'é'.repeat(300000) + '\nshort\n', 4096)
    expect(seen).toHaveLength(2)
    expect(seen[0]).toMatch(/^é+ … \[runguard: 599000 bytes of this line omitted\]$/)
    expect(seen[1]).toBe('short')
    expect(c.result()).toMatchObject({ lines: 2, bytes: 600000 + 7, truncated: true })
  })

  it('redacts every live line and the captured text, also across chunk boundaries', () => {
    const secret = 'sk-' + Math.random().toString(36).slice(2) + 'XYZ'
    const redactor = createRedactor([secret])
    const seen: string[] = []
    const c = new OutputCapture({
      maxBytes: 300,
      maxLineBytes: 100,
      redact: t => redactor.redact(t),
      onLine: l => seen.push(l)
    })
    const text = [
      `token=${secret}`,
      ...Array.from({ length: 50 }, (_, i) => `filler ${i}`),
      // The secret straddles the live-line cut at 100 bytes.
      'x'.repeat(90) + secret + 'y'.repeat(500),
      `end ${secret}`
    ].join('\n')
    feed(c, text, 3)
    expect(seen.join('\n')).not.toContain(secret)
    expect(seen.join('\n')).not.toContain(secret.slice(0, 8))
    expect(seen[0]).toBe('token=***')
    expect(c.result().text).not.toContain(secret)
    expect(c.result().text).toContain('end ***')
  })
})

describe('truncateUtf8', () => {
  it('cuts at a character boundary', () => {
    expect(truncateUtf8('aé', 2)).toBe('a')
    expect(truncateUtf8('aé', 3)).toBe('aé')
    expect(truncateUtf8('🎉🎉', 5)).toBe('🎉')
    expect(truncateUtf8('abc', 10)).toBe('abc')
  })
})

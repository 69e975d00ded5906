import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'
import { scanText } from '../../src/secrets/index.js'
import { scanLargeFile } from '../../src/secrets/stream.js'

// Generated values only. Chunked scanning must report exactly what a whole-file scan reports.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-stream-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
const r = seeded(5)
const gen = (id: string): Sample => (GENERATORS[id] as (x: () => number) => Sample)(r)
const strip = (ms: ReturnType<typeof scanText>): string[] =>
  ms.map(m => `${m.ruleId}@${m.startLine}:${m.startColumn}-${m.endLine}:${m.endColumn}`)

describe('scanLargeFile', () => {
  it('matches a whole-file scan on a 13 MB multi-line file, secrets across chunk edges', async () => {
    const lines: string[] = []
    const filler = 'def f(x):  # ordinary code line with nothing secret in it at all ......'
    const target = 13 * 1024 * 1024
    let size = 0
    let n = 0
    while (size < target) {
      // Plant around every 4 MiB boundary and at regular intervals.
      const nearEdge = Math.abs((size % (4 * 1024 * 1024)) - 4 * 1024 * 1024) < 40_000
      let line = filler
      if (nearEdge && n % 97 === 0) line = `TOKEN = "${gen('github-pat').value}"`
      else if (n % 20_011 === 0) line = `DB_PASSWORD = "${gen('generic-secret-assignment').value}"`
      else if (n % 50_021 === 0) line = gen('private-key').value
      lines.push(line)
      size += line.length + 1
      n++
    }
    const text = lines.join('\n')
    const file = path.join(dir, 'big.py')
    fs.writeFileSync(file, text)
    const whole = scanText(text, { path: 'big.py' })
    expect(whole.length).toBeGreaterThan(10)
    const chunked = await scanLargeFile(file, 'big.py')
    expect(strip(chunked ?? [])).toEqual(strip(whole))
  })

  it('keeps columns right on a single 20 MB line', async () => {
    const token = gen('github-pat').value
    const unit = 'var a=function(b){return b+1};'
    const head = unit.repeat(Math.ceil((9 * 1024 * 1024) / unit.length))
    const text = `${head}var t="${token}";${head}var u="${token}";`
    const file = path.join(dir, 'min.js')
    fs.writeFileSync(file, text)
    const chunked = await scanLargeFile(file, 'min.js')
    expect(strip(chunked ?? [])).toEqual(strip(scanText(text, { path: 'min.js' })))
    expect(chunked?.length).toBe(2)
  })

  it('returns undefined for binary content', async () => {
    const file = path.join(dir, 'blob')
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from([0, 1, 2]), Buffer.alloc(9 * 1024 * 1024, 65)])
    )
    expect(await scanLargeFile(file, 'blob')).toBeUndefined()
  })
})

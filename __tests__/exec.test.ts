import { describe, expect, it } from '@jest/globals'
import { execFile } from '../src/exec.js'

// execFile's stdout consumer (onStdout), with real processes: the consumer gets every byte in
// order, the result holds none of it, and the output cap still holds.

const node = process.execPath
/** A program that prints `count` lines of 1,000 bytes in several writes, then exits 3. */
const PRINTER = `
const line = 'x'.repeat(999) + '\\n'
let left = Number(process.argv[1])
function more() {
  while (left > 0) {
    left--
    if (!process.stdout.write(line)) return process.stdout.once('drain', more)
  }
  process.stderr.write('done\\n')
  process.exitCode = 3
}
more()
`

describe('execFile onStdout', () => {
  it('hands stdout over chunk by chunk and keeps none of it', async () => {
    const chunks: Buffer[] = []
    const result = await execFile(node, ['-e', PRINTER, '500'], {
      onStdout: chunk => chunks.push(chunk)
    })
    expect(result).toMatchObject({ exitCode: 3, stdout: '', stderr: 'done\n', truncated: false })
    const all = Buffer.concat(chunks).toString('utf8')
    expect(all).toBe(`${'x'.repeat(999)}\n`.repeat(500))
  })

  it('stops handing over at the cap and says the output was cut', async () => {
    let bytes = 0
    const result = await execFile(node, ['-e', PRINTER, '500'], {
      maxBufferBytes: 100_000,
      onStdout: chunk => (bytes += chunk.length)
    })
    expect(result.truncated).toBe(true)
    expect(result.exitCode).toBe(3)
    expect(bytes).toBeGreaterThan(0)
    expect(bytes).toBeLessThanOrEqual(100_000)
  })

  it('without a consumer, stdout is returned as text (unchanged behaviour)', async () => {
    const result = await execFile(node, ['-e', PRINTER, '3'])
    expect(result.stdout).toBe(`${'x'.repeat(999)}\n`.repeat(3))
  })

  it('a timeout still stops a program whose output is being consumed', async () => {
    let bytes = 0
    const result = await execFile(
      node,
      ['-e', 'process.stdout.write(\'{"results": [\'); setInterval(() => {}, 1000)'],
      { timeoutMs: 300, onStdout: chunk => (bytes += chunk.length) }
    )
    expect(result.timedOut).toBe(true)
    // 0 when a loaded machine starts node more slowly than the timeout; never more than printed.
    expect([0, 13]).toContain(bytes)
  })
})

// Threat: a script that prints without end floods the job log (and the runner, which parses
// every line) with gigabytes. The live log is bounded, says how much it did not show, shows
// the last lines at the end, and every byte is still counted in the metrics.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { CLI, requireDist, start, stepEnv, workspace } from './runner-support.js'

// 40 MiB of 100-byte lines on stdout, then a last line that matters.
const CHATTY = String.raw`
import sys
line = ('x' * 99 + '\n').encode()
block = line * 1024
for _ in range(410):
    sys.stdout.buffer.write(block)
sys.stdout.buffer.write(b'the last line: the error that matters\n')
`

describe('the live log of a chatty script is bounded', () => {
  beforeAll(requireDist)

  it('shows at most max-output-bytes live, notes the rest and replays the end', async () => {
    const ws = workspace({ 'chatty.py': CHATTY })
    const cap = 1024 * 1024
    const done = await start(
      [
        process.execPath,
        CLI,
        'run',
        '--max-output-bytes',
        String(cap),
        '--metrics-file',
        'm.json',
        '--',
        'python3',
        'chatty.py'
      ],
      { cwd: ws, env: stepEnv() }
    ).done
    expect(done.code).toBe(0)
    const written = 410 * 1024 * 100 + 'the last line: the error that matters\n'.length
    // The live log: the first MiB, the notes, and at most 64 KiB of replayed lines.
    expect(Buffer.byteLength(done.stderr)).toBeLessThan(cap + 64 * 1024 + 4096)
    expect(done.stderr).toMatch(
      /runguard: \d+ line\(s\) \([\d.]+ MiB\) of the script's output were not shown live/
    )
    expect(done.stderr).toContain('the last line: the error that matters')
    const metrics = JSON.parse(readFileSync(path.join(ws, 'm.json'), 'utf8')) as {
      stdout_size_bytes: number
      stdout_lines: number
    }
    expect(metrics.stdout_size_bytes).toBe(written)
    expect(metrics.stdout_lines).toBe(410 * 1024 + 1)
  })
})

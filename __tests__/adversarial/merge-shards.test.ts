import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli.js'
import { ExitCode } from '../../src/errors.js'

/**
 * Threat (SECURITY.md, promise 5): `runguard merge` believed what each shard's files said. A shard whose
 * metrics say `"passed": true` next to a measured value that breaks the gate, or `"passed":
 * "false"` (a truthy string), or a run that timed out with no exit gate in its file, passed the
 * merge; and a matrix job that died before uploading anything simply was not there. With the
 * README's `continue-on-error: true`, each of these turned a failing matrix into a green check.
 */

let root: string
let good: Record<string, unknown>

const cli = async (args: string[]): Promise<{ code: ExitCode; out: string; err: string }> => {
  let out = ''
  let err = ''
  const code = await main(args, {
    stdout: t => (out += t),
    stderr: t => (err += t),
    env: { PATH: process.env.PATH },
    cwd: root
  })
  return { code, out, err }
}

/** Writes shard `name`'s metrics.json (a copy of a real one, edited by `edit`). */
function shard(name: string, edit: (m: Record<string, unknown>) => void = () => {}): string {
  const copy = structuredClone(good)
  edit(copy)
  fs.mkdirSync(path.join(root, 'reports', name), { recursive: true })
  const file = path.join('reports', name, 'metrics.json')
  fs.writeFileSync(path.join(root, file), JSON.stringify(copy))
  return file
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-merge-'))
  fs.writeFileSync(path.join(root, 'job.py'), 'print("ok")\n')
  // A real metrics file from a real run, with a budget gate that holds.
  const run = await cli([
    'run',
    '--gate',
    'memory_max_mb<=100000',
    '--metrics-file',
    'real/metrics.json',
    '--',
    'python3',
    'job.py'
  ])
  expect(run.code).toBe(ExitCode.Passed)
  good = JSON.parse(fs.readFileSync(path.join(root, 'real', 'metrics.json'), 'utf8')) as Record<
    string,
    unknown
  >
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

type Gate = { metric: string; limit: number; passed: unknown; actual: number }
const gates = (m: Record<string, unknown>): Gate[] => m.gates as Gate[]

describe('runguard merge decides from the data', () => {
  it('passes two honest shards', async () => {
    const r = await cli(['merge', '--expect', '2', shard('py310'), shard('py312')])
    expect(r.err).toBe('')
    expect(r.code).toBe(ExitCode.Passed)
  })

  it('recomputes a gate whose stored passed contradicts the measured value', async () => {
    const forged = shard('forged', m => {
      const g = gates(m).find(x => x.metric === 'memory_max_mb')!
      g.limit = 0.001 // the measured memory breaks this limit …
      g.passed = true // … but the file says it passed
    })
    const r = await cli(['merge', shard('honest'), forged])
    // Under load the real run once measured a memory peak of 0 (no sample before it ended),
    // which let this forged gate pass; the runner now reports the rusage upper bound.
    expect(good.memory_max_mb).toBeGreaterThan(0)
    expect(r.code).toBe(ExitCode.Violation)
    expect(r.out).toMatch(/forged: memory_max_mb/)
  })

  it('fails a budget gate whose metric has no measured value beside it', async () => {
    // runguard never writes a budget gate for a metric it did not observe; a file that keeps
    // the gate (stored as passed) but nulls the value would otherwise be judged on its word.
    const unmeasured = shard('unmeasured', m => {
      m.memory_max_mb = null
    })
    const r = await cli(['merge', shard('honest2'), unmeasured])
    expect(r.code).toBe(ExitCode.Violation)
    expect(r.out).toMatch(/unmeasured: memory_max_mb has no measured value/)
  })

  it('refuses "passed": "false" (a string) as an invalid file', async () => {
    const r = await cli([
      'merge',
      shard('strings', m => {
        gates(m)[0]!.passed = 'false'
      })
    ])
    expect(r.code).toBe(ExitCode.Configuration)
    expect(r.err).toMatch(/passed must be boolean/)
  })

  it('fails on a shard whose run timed out, even with no gate in its file', async () => {
    const r = await cli([
      'merge',
      shard('timedout', m => {
        m.timedOut = true
        m.success = false
        m.exit_code = 143
        m.gates = []
      })
    ])
    expect(r.code).toBe(ExitCode.Violation)
    expect(r.out).toMatch(/timedout: the script timed out/)
  })

  it('fails when an expected shard never reported', async () => {
    const byCount = await cli(['merge', '--expect', '3', shard('a'), shard('b')])
    expect(byCount.code).toBe(ExitCode.ToolError)
    expect(byCount.out).toMatch(/expected 3 shard\(s\), got 2/)
    const byName = await cli(['merge', '--expect', 'a', '--expect', 'c', shard('a')])
    expect(byName.code).toBe(ExitCode.ToolError)
    expect(byName.out).toMatch(/shard\(s\) c did not report/)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli.js'
import { ExitCode } from '../../src/errors.js'

/**
 * Threat (SECURITY.md, promise 4): the baseline was read after the script ran, so a script 20 times slower
 * than its baseline could first rewrite the baseline file (it lives in the checkout) with
 * numbers as slow as itself, and the regression gate compared it with itself: a +2000 %
 * regression passed. The baseline must be read before the script starts.
 */

let root: string
const cli = async (args: string[]): Promise<{ code: ExitCode; out: string }> => {
  let out = ''
  const code = await main(args, {
    stdout: t => (out += t),
    stderr: t => (out += t),
    env: { PATH: process.env.PATH },
    cwd: root
  })
  return { code, out }
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-baseline-'))
  fs.writeFileSync(path.join(root, 'fast.py'), 'print("fast")\n')
  const saved = await cli(['run', '--save-baseline', 'baseline.json', '--', 'python3', 'fast.py'])
  expect(saved.code).toBe(ExitCode.Passed)
  // The "change": much slower, and it rewrites the baseline to look as slow as itself.
  fs.writeFileSync(
    path.join(root, 'slow.py'),
    [
      'import json, time',
      'b = json.load(open("baseline.json"))',
      'def slow(m):',
      '    for k in ("execution_time_seconds", "user_time_seconds", "system_time_seconds"):',
      '        if k in m: m[k] = 100.0',
      'slow(b)',
      'for r in b.get("runs", []) + b.get("attempts", []): slow(r)',
      'for s in b.get("statistics", {}).values(): s.update(mean=100.0, median=100.0, min=100.0, max=100.0)',
      'json.dump(b, open("baseline.json", "w"))',
      'time.sleep(1.5)'
    ].join('\n') + '\n'
  )
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('the script cannot rewrite its own baseline', () => {
  it('compares against the baseline as it was before the script ran', async () => {
    const r = await cli(['run', '--baseline', 'baseline.json', '--', 'python3', 'slow.py'])
    // The script did rewrite the file …
    expect(fs.readFileSync(path.join(root, 'baseline.json'), 'utf8')).toContain('100')
    // … and the regression still fails the gate.
    expect(r.code).toBe(ExitCode.Violation)
    expect(r.out).toMatch(/execution_time_seconds/)
  })
})

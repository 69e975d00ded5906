import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { compileGlob } from '../../src/glob/match.js'

/**
 * Threat (SECURITY.md, promise 6): a pull request sets `exclude` (or an ignore-file `path`) to a glob whose
 * backtracking regular expression explodes on a file name it also chose, e.g.
 * `*a*a*a*a*a*a*a*a*a*a*a*b` against `aaaa…a.py`. Matching is synchronous, so the event loop is
 * blocked for minutes and no tool timeout can fire. Globs must match in bounded time. The walk
 * runs in a child process so that a regression ends in a clean failure (killed after 60 s), not
 * a hung test run.
 */

const PATTERN = '*a*a*a*a*a*a*a*a*a*a*a*a*b'
let root: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-glob-'))
  fs.writeFileSync(path.join(root, `${'a'.repeat(200)}.py`), 'x = 1\n')
  fs.writeFileSync(path.join(root, 'ok.py'), 'y = 2\n')
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('globs from the repository cannot block the event loop', () => {
  it('walks a tree with a crafted exclude pattern and finishes', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        './bench/register.mjs',
        '__tests__/adversarial/probes/exclude-walk.ts',
        root,
        PATTERN
      ],
      { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' }
    )
    expect({ signal: run.signal, stderr: run.stderr.slice(0, 500) }).toEqual({
      signal: null,
      stderr: ''
    })
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 2 })
  })

  it('matches the crafted pattern on a 4,000-character name', () => {
    // Bounded by pattern length × name length; picomatch's regex would not return in our lifetime.
    expect(compileGlob(PATTERN)(`${'a'.repeat(4000)}.py`)).toBe(false)
    expect(compileGlob(PATTERN)(`${'a'.repeat(4000)}b`)).toBe(true)
  })
})

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadSettings } from '../../src/config/load.js'
import { execFile } from '../../src/exec.js'
import { runGate } from '../../src/pipeline.js'
import { RecordingLogger } from '../helpers/recording-logger.js'

/**
 * Threat (SECURITY.md, promise 6): Bandit and Semgrep walk the tree themselves and open every file with a
 * matching name. A change commits `evil.py -> /dev/zero` (read until memory runs out), a FIFO
 * `wait.py` (the reader blocks until the tool timeout, so the tool never reports), and a 12 MB
 * `huge.py` (sparse here). Only regular files inside the workspace under a size bound may be
 * handed to the tools; the others are excluded and listed, and the real finding still counts.
 */

let root: string
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-hostile-'))
  fs.mkdirSync(path.join(root, 'pkg'))
  fs.writeFileSync(
    path.join(root, 'pkg/app.py'),
    'import subprocess\n\n\ndef run(name):\n    return subprocess.call("report " + name, shell=True)\n'
  )
  fs.symlinkSync('/dev/zero', path.join(root, 'pkg/evil.py'))
  execFileSync('mkfifo', [path.join(root, 'pkg/wait.py')])
  // Sparse: 12 MB to a reader, no disk.
  fs.truncateSync(
    (fs.writeFileSync(path.join(root, 'huge.py'), '# big\n'), path.join(root, 'huge.py')),
    12 * 1024 * 1024
  )
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('hostile files are never handed to the scanners', () => {
  it('bandit and semgrep finish, the real finding counts, and every skipped file is listed', async () => {
    const settings = await loadSettings({
      inline: {
        raw: { scanners: ['bandit', 'semgrep'], toolTimeout: 60, failOn: 'high' },
        sources: {}
      },
      fixed: { mode: 'scan', runtime: 'cli' },
      workspace: root
    })
    const outcome = await runGate(
      { ...settings, sarifFile: '', sbomFile: '' },
      { logger: new RecordingLogger(), exec: execFile, env: { PATH: process.env.PATH } }
    )
    for (const tool of ['bandit', 'semgrep']) {
      const run = outcome.toolRuns.find(t => t.tool === tool)!
      expect({ tool, status: run.status, reason: run.reason }).toEqual({
        tool,
        status: 'ok',
        reason: undefined
      })
      const listed = (run.warnings ?? []).join('\n')
      expect(listed).toMatch(/pkg\/evil\.py \(a symlink to (?:a file outside|a device)/)
      expect(listed).toMatch(/pkg\/wait\.py \(not a regular file/)
      expect(listed).toMatch(/huge\.py \(larger than/)
      // …and the summary shows it.
      expect(outcome.summary).toMatch(new RegExp(`not given to ${tool}`))
    }
    const bandit = outcome.toolRuns.find(t => t.tool === 'bandit')!
    expect(bandit.findings.some(f => f.ruleId === 'B602' && f.location.path === 'pkg/app.py')).toBe(
      true
    )
    expect(outcome.verdict.passed).toBe(false)
  })
})

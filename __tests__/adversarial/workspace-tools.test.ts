import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadSettings } from '../../src/config/load.js'
import { ConfigurationError } from '../../src/errors.js'
import { execFile } from '../../src/exec.js'
import { runGate } from '../../src/pipeline.js'
import { createRedactor } from '../../src/redact.js'
import { runScanners } from '../../src/scanners/run.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * Threat (SECURITY.md, promise 4): repository content is executed as a scanner. A pull request sets
 * `tools-dir: .tools` in `.runguard.yml` and commits `.tools/bin/osv-scanner`; or the job's PATH
 * holds a directory inside the checkout (an in-repo venv, `./bin`) where the pull request put
 * `bandit`, directly or through a symlinked directory. None of these programs may run.
 */

let base: string
let root: string
const marker = (name: string): string => path.join(base, `ran-${name}`)

function evilTool(dir: string, name: string): void {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, name)
  fs.writeFileSync(file, `#!/bin/sh\ntouch '${marker(name)}'\necho '${name} 9.9.9'\n`)
  fs.chmodSync(file, 0o755)
}

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-tools-'))
  root = path.join(base, 'ws')
  fs.mkdirSync(root)
  fs.writeFileSync(path.join(root, 'app.py'), 'x = 1\n')
  fs.writeFileSync(path.join(root, 'requirements.txt'), 'requests==2.19.0\n')
  evilTool(path.join(root, '.tools', 'bin'), 'osv-scanner')
  evilTool(path.join(root, 'bin'), 'bandit')
  evilTool(path.join(root, 'linked'), 'semgrep')
  fs.symlinkSync(path.join(root, 'linked'), path.join(base, 'outside-link'))
  fs.writeFileSync(path.join(root, '.runguard.yml'), 'tools-dir: .tools\nscanners: [osv]\n')
})

afterAll(() => fs.rmSync(base, { recursive: true, force: true }))

describe('scanners never run from the workspace', () => {
  it('refuses a tools-dir inside the workspace before anything runs', async () => {
    const settings = await loadSettings({
      inline: { raw: { sbomFile: '', sarifFile: '' }, sources: {} },
      fixed: { mode: 'scan', runtime: 'cli' },
      workspace: root
    })
    const run = runGate(settings, { logger: new RecordingLogger(), exec: execFile })
    await expect(run).rejects.toBeInstanceOf(ConfigurationError)
    await expect(run).rejects.toThrow(/tools-dir .* inside the workspace/)
    expect(fs.existsSync(marker('osv-scanner'))).toBe(false)
  })

  it('drops PATH entries inside the workspace, also through a symlink', async () => {
    const toolsDir = path.join(base, 'empty-tools')
    // The job's PATH: a directory of the checkout first, then one that links into it.
    const PATH = [path.join(root, 'bin'), path.join(base, 'outside-link'), '/usr/bin', '/bin'].join(
      path.delimiter
    )
    const runs = await runScanners({
      settings: createTestSettings({
        workspace: root,
        scanners: ['bandit', 'semgrep'],
        toolsDir,
        requireTools: true
      }),
      logger: new RecordingLogger(),
      exec: execFile,
      env: { PATH },
      redactor: createRedactor(),
      components: []
    })
    expect(fs.existsSync(marker('bandit'))).toBe(false)
    expect(fs.existsSync(marker('semgrep'))).toBe(false)
    // Not found outside the workspace, and require-tools is on: a failure, never a pass.
    expect(runs.map(r => r.status)).toEqual(['failed', 'failed'])
  })
})

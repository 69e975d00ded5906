import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from '../../src/exec.js'
import { runGate } from '../../src/pipeline.js'
import { encodeRepoPath } from '../../src/report/sarif.js'
import { toRepoPath } from '../../src/util/paths.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * Threat (issue 8, paths): on Linux `\` is an ordinary file-name character, so a change can
 * commit `pkg\evil.py`. Read as a Windows separator it becomes `pkg/evil.py`, another file (or
 * none): the SARIF result, the annotation and the summary link then point away from the code
 * that has the finding, and a reviewer looks at the wrong file. On POSIX the name must survive
 * every step, and the SARIF `uri` must decode back to the file that exists.
 */

const NAME = 'pkg\\evil.py'
let root: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-bslash-'))
  // A decoy at the path the backslash would be mistaken for.
  fs.mkdirSync(path.join(root, 'pkg'))
  fs.writeFileSync(path.join(root, 'pkg', 'evil.py'), 'x = 1\n')
  fs.writeFileSync(
    path.join(root, NAME),
    'import subprocess\n\n\ndef run(name):\n    return subprocess.call("ls " + name, shell=True)\n'
  )
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const posix = process.platform !== 'win32'

describe('a file name with a backslash', () => {
  ;(posix ? it : it.skip)('keeps its name as a repo path and as a SARIF uri', () => {
    expect(toRepoPath(root, NAME)).toBe(NAME)
    expect(toRepoPath(root, path.join(root, NAME))).toBe(NAME)
    const uri = encodeRepoPath(NAME)
    expect(uri).toBe('pkg%5Cevil.py')
    expect(decodeURIComponent(uri)).toBe(NAME)
  })

  ;(posix ? it : it.skip)(
    'is reported at the file that has the finding, end to end through bandit',
    async () => {
      const outcome = await runGate(
        createTestSettings({
          workspace: root,
          mode: 'scan',
          scanners: ['bandit'],
          sarifFile: 'out.sarif',
          sbomFile: '',
          failOn: 'none'
        }),
        { logger: new RecordingLogger(), exec: execFile }
      )
      const bandit = outcome.toolRuns.find(t => t.tool === 'bandit')
      expect(bandit?.status).toBe('ok')
      const paths = outcome.findings.map(f => f.location.path)
      expect(paths).toContain(NAME)
      expect(paths).not.toContain('pkg/evil.py')
      const sarif = JSON.parse(fs.readFileSync(path.join(root, 'out.sarif'), 'utf8')) as {
        runs: Array<{
          results?: Array<{
            locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>
          }>
        }>
      }
      const uris = sarif.runs.flatMap(r =>
        (r.results ?? []).map(x => x.locations?.[0]?.physicalLocation?.artifactLocation?.uri)
      )
      expect(uris.length).toBeGreaterThan(0)
      for (const uri of uris) {
        // Round trip: the uri decodes to a file that exists and holds the finding.
        const file = decodeURIComponent(uri!)
        expect(file).toBe(NAME)
        expect(fs.readFileSync(path.join(root, file), 'utf8')).toContain('shell=True')
      }
    }
  )
})

import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { discoverComponents } from '../../src/inventory/index.js'
import { banditExcludes } from '../../src/scanners/bandit.js'
import { semgrepArgs } from '../../src/scanners/semgrep.js'
import { defaultSkipReason } from '../../src/secrets/files.js'
import { SKIPPED_DIRS } from '../../src/util/skipped-dirs.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

// One list of directories nothing looks into, honoured by every walker and scanner.

describe('SKIPPED_DIRS', () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-skipped-'))
  writeFileSync(path.join(ws, 'requirements.txt'), 'flask==3.0.0\n')
  for (const dir of SKIPPED_DIRS) {
    mkdirSync(path.join(ws, 'app', dir), { recursive: true })
    writeFileSync(path.join(ws, 'app', dir, 'requirements.txt'), 'jinja2==2.10\n')
  }
  const settings = createTestSettings({ workspace: ws })

  it('the inventory does not walk into them', async () => {
    const inventory = await discoverComponents(ws, ['.'], new RecordingLogger())
    expect(inventory.files).toEqual(['requirements.txt'])
  })

  it('the secret detector skips them', () => {
    for (const dir of SKIPPED_DIRS)
      expect(defaultSkipReason(`app/${dir}/settings.py`)).toBeDefined()
  })

  it('bandit and semgrep exclude them', () => {
    const bandit = banditExcludes({ settings, workspace: ws })
    const semgrep = semgrepArgs({ settings, workspace: ws, paths: [ws] }, [])
    for (const dir of SKIPPED_DIRS) {
      expect(bandit).toContain(`/${dir}/`)
      expect(semgrep.join(' ')).toContain(`--exclude ${dir} `)
    }
  })
})

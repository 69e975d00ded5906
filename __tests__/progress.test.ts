import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ToolName, ToolRun } from '../src/model.js'
import { Heartbeat } from '../src/progress.js'
import { createRedactor } from '../src/redact.js'
import { runScanners } from '../src/scanners/run.js'
import type { ScannerAdapter } from '../src/scanners/types.js'
import { RecordingLogger } from './helpers/recording-logger.js'
import { createTestSettings } from './helpers/settings.js'

describe('Heartbeat', () => {
  it('announces starts and names what is still running with elapsed seconds', () => {
    const lines: string[] = []
    let now = 0
    const hb = new Heartbeat({ info: l => lines.push(l) }, 'scanners', 0, () => now)
    hb.start('semgrep')
    now = 4_000
    hb.start('bandit')
    now = 12_000
    hb.beat()
    hb.finish('bandit')
    now = 22_000
    hb.beat()
    hb.finish('semgrep')
    hb.beat()
    hb.stop()
    expect(lines).toEqual([
      'semgrep: started',
      'bandit: started',
      'scanners still running: semgrep (12s), bandit (8s)',
      'scanners still running: semgrep (22s)'
    ])
  })
})

describe('runScanners progress lines', () => {
  it('logs each start, a heartbeat while a tool runs, and each finish with its time', async () => {
    const slow = (name: ToolName, ms: number): ScannerAdapter => ({
      name,
      supportedVersions: '>=1',
      installHint: `pipx install ${name}`,
      detect: () => Promise.resolve({ installed: true, command: [name], supported: true }),
      scan: async (): Promise<ToolRun> => {
        await new Promise(r => setTimeout(r, ms))
        return { tool: name, status: 'ok', durationMs: ms, findings: [], errors: [] }
      }
    })
    const logger = new RecordingLogger()
    await runScanners({
      settings: createTestSettings({
        workspace: mkdtempSync(path.join(tmpdir(), 'rg-progress-')),
        scanners: ['bandit', 'semgrep'],
        maxParallel: 2
      }),
      logger,
      exec: () => Promise.reject(new Error('unused')),
      env: {},
      redactor: createRedactor(),
      components: [],
      adapters: [slow('bandit', 10), slow('semgrep', 400)],
      heartbeatMs: 100
    })
    const info = logger.entries.filter(e => e.level === 'info').map(e => e.message)
    expect(info.slice(0, 2)).toEqual(['semgrep: started', 'bandit: started'])
    expect(info).toContain('bandit: 0 finding(s) in 0.0s')
    const beats = info.filter(m => m.startsWith('scanners still running: '))
    expect(beats.length).toBeGreaterThan(0)
    expect(beats.every(m => /^scanners still running: semgrep \(\d+s\)$/.test(m))).toBe(true)
    expect(info.at(-1)).toBe('semgrep: 0 finding(s) in 0.4s')
  })
})

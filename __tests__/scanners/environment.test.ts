import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ExecFn, ExecOptions } from '../../src/exec.js'
import { createRedactor } from '../../src/redact.js'
import { runScanners } from '../../src/scanners/run.js'
import { SEMGREP_ENV, semgrepAdapter } from '../../src/scanners/semgrep.js'
import type { ScanContext, ScannerAdapter } from '../../src/scanners/types.js'
import { execResult } from '../helpers/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createTestSettings } from '../helpers/settings.js'

// Tools start from the environment the caller hands in (the pipeline scrubs job tokens out of
// it); no scanner reads process.env behind its back, and the Semgrep environment is set in one
// place, the Semgrep adapter.

const project = path.join(process.cwd(), '__tests__/fixtures/scan-project')
const handed: NodeJS.ProcessEnv = { PATH: process.env.PATH, RG_HANDED_IN: 'yes' }

describe('the environment handed in', () => {
  it('no scanner file reads process.env (install.ts keeps it as the installer CLI default)', () => {
    const dir = path.join(process.cwd(), 'src/scanners')
    const readers = readdirSync(dir)
      .filter(f => f.endsWith('.ts') && f !== 'install.ts')
      .filter(f =>
        /process\.env\b/.test(readFileSync(path.join(dir, f), 'utf8').replace(/`[^`]*`/g, ''))
      )
    expect(readers).toEqual([])
  })

  it('runScanners gives every adapter ctx.env and uses it for commands that pass none', async () => {
    const seen: Array<ExecOptions | undefined> = []
    const exec: ExecFn = (_cmd, _args, options) => {
      seen.push(options)
      return Promise.resolve(execResult())
    }
    let ctxEnv: NodeJS.ProcessEnv | undefined
    const adapter: ScannerAdapter = {
      name: 'bandit',
      supportedVersions: '>=1',
      installHint: 'pipx install bandit',
      detect: () => Promise.resolve({ installed: true, command: ['bandit'], supported: true }),
      scan: async ctx => {
        ctxEnv = ctx.env
        await ctx.exec('bandit', ['--version'])
        return { tool: 'bandit', status: 'ok', durationMs: 1, findings: [], errors: [] }
      }
    }
    await runScanners({
      settings: createTestSettings({ workspace: project, scanners: ['bandit'] }),
      logger: new RecordingLogger(),
      exec,
      env: handed,
      redactor: createRedactor(),
      components: [],
      adapters: [adapter]
    })
    expect(ctxEnv).toBe(handed)
    expect(seen[0]?.env?.RG_HANDED_IN).toBe('yes')
    expect(seen[0]?.env?.HOME).toBeUndefined()
  })

  it('semgrep runs with the handed-in environment plus its offline switches', async () => {
    const seen: Array<ExecOptions | undefined> = []
    const git: Array<ExecOptions | undefined> = []
    const exec: ExecFn = (cmd, _args, options) => {
      // `git ls-files` (tracked files in skipped directories) gets the handed-in env as it is.
      ;(cmd === 'git' ? git : seen).push(options)
      return Promise.resolve(execResult({ stdout: 'semgrep 1.182.0\n' }))
    }
    const settings = createTestSettings({ workspace: project })
    const ctx: ScanContext = {
      settings,
      workspace: project,
      paths: [project],
      exec,
      env: handed,
      logger: new RecordingLogger(),
      redactor: createRedactor(),
      components: [],
      timeoutMs: 10_000
    }
    const detection = await semgrepAdapter.detect(ctx)
    await semgrepAdapter.scan(ctx, detection)
    expect(seen).toHaveLength(2)
    for (const options of seen) {
      expect(options?.env).toEqual({ ...handed, ...SEMGREP_ENV })
    }
    expect(git.map(o => o?.env)).toEqual([handed])
  })
})

import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ExecFn, ExecOptions, ExecResult } from '../../src/exec.js'
import { execResult } from '../helpers/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { createRedactor } from '../../src/redact.js'
import {
  OSV_RELEASE,
  PINNED_VERSIONS,
  installTool,
  pathWithTools,
  toolBinDirs
} from '../../src/scanners/install.js'
import { createTestSettings } from '../helpers/settings.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'rg-install-ws-'))
function recorder(
  answer: (cmd: string, args: readonly string[]) => Partial<ExecResult> = () => ({})
) {
  const calls: Array<{ argv: string[]; options?: ExecOptions }> = []
  const exec: ExecFn = (cmd, args, options) => {
    calls.push({ argv: [cmd, ...args], options })
    return Promise.resolve(execResult(answer(cmd, args)))
  }
  return { calls, exec }
}

const deps = (exec: ExecFn, overrides = {}) => ({
  settings: createTestSettings({
    workspace,
    toolsDir: mkdtempSync(path.join(tmpdir(), 'rg-tools-')),
    ...overrides
  }),
  exec,
  logger: new RecordingLogger(),
  redactor: createRedactor(['s3cr3t-value'])
})

describe('installTool', () => {
  it('creates one venv per pip tool and installs the pinned version into it', async () => {
    const { calls, exec } = recorder()
    const d = deps(exec)
    const result = await installTool('bandit', d)
    const venv = path.join(d.settings.toolsDir, 'venv-bandit')
    expect(result.ok).toBe(true)
    expect(calls.map(c => c.argv)).toEqual([
      ['python3', '-m', 'venv', venv],
      [
        path.join(venv, 'bin', 'python'),
        '-m',
        'pip',
        'install',
        '--quiet',
        '--disable-pip-version-check',
        '--no-input',
        `bandit==${PINNED_VERSIONS.bandit}`
      ]
    ])
    expect(result.commands).toEqual(calls.map(c => c.argv))
  })

  it('reports a pip failure with the redacted stderr tail', async () => {
    const { exec } = recorder((_cmd, args) =>
      args.includes('pip')
        ? { exitCode: 1, stderr: 'ERROR: no network\nproxy password s3cr3t-value\n' }
        : {}
    )
    const result = await installTool('semgrep', deps(exec))
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(
      /^pip install semgrep==1\.182\.0 failed \(exit 1\):\nERROR: no network\nproxy password \*\*\*$/
    )
  })

  it('installs osv-scanner with go install into toolsDir/bin', async () => {
    const { calls, exec } = recorder()
    const d = deps(exec)
    const result = await installTool('osv-scanner', d)
    expect(result.ok).toBe(true)
    expect(calls[0]?.argv).toEqual([
      'go',
      'install',
      'github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.0'
    ])
    expect(calls[0]?.options?.env?.GOBIN).toBe(path.join(d.settings.toolsDir, 'bin'))
  })

  it('does not download osv-scanner in CLI mode when Go is missing', async () => {
    const { calls, exec } = recorder(cmd =>
      cmd === 'go' ? { exitCode: null, spawnError: 'spawn go ENOENT' } : {}
    )
    const result = await installTool('osv-scanner', deps(exec, { runtime: 'cli' }))
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/Go is not installed/)
    expect(calls).toHaveLength(1)
  })

  it('downloads the release binary through the given downloader and refuses a wrong SHA-256', async () => {
    const { exec } = recorder(cmd =>
      cmd === 'go' ? { exitCode: null, spawnError: 'spawn go ENOENT' } : {}
    )
    const d = deps(exec)
    const urls: string[] = []
    const fake = path.join(mkdtempSync(path.join(tmpdir(), 'rg-dl-')), 'osv-scanner')
    writeFileSync(fake, 'not the release binary')
    const result = await installTool('osv-scanner', {
      ...d,
      download: url => {
        urls.push(url)
        return Promise.resolve(fake)
      }
    })
    expect(urls).toEqual([
      expect.stringMatching(
        /^https:\/\/github\.com\/google\/osv-scanner\/releases\/download\/v2\.5\.1\/osv-scanner_/
      )
    ])
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/has SHA-256 [0-9a-f]{64}, expected [0-9a-f]{64}; refused$/)
    expect(existsSync(path.join(d.settings.toolsDir, 'bin', 'osv-scanner'))).toBe(false)
  })

  it('reports a failed download, redacted', async () => {
    const { exec } = recorder(cmd =>
      cmd === 'go' ? { exitCode: null, spawnError: 'spawn go ENOENT' } : {}
    )
    const result = await installTool('osv-scanner', {
      ...deps(exec),
      download: () => Promise.reject(new Error('proxy said no to s3cr3t-value'))
    })
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(
      /^downloading https:\/\/github\.com\/.* failed: proxy said no to \*\*\*$/
    )
  })

  it('refuses a toolsDir inside the workspace', async () => {
    const { calls, exec } = recorder()
    const result = await installTool(
      'bandit',
      deps(exec, { toolsDir: path.join(workspace, '.tools') })
    )
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/inside the workspace/)
    expect(calls).toHaveLength(0)
  })

  it('does not install the built-in secret detector', async () => {
    const { exec } = recorder()
    expect((await installTool('secrets', deps(exec))).ok).toBe(false)
  })
})

describe('tool locations', () => {
  it('appends the tool directories to PATH', () => {
    const p = pathWithTools('/opt/t', { PATH: '/usr/bin' }).split(path.delimiter)
    expect(p[0]).toBe('/usr/bin')
    expect(p.slice(1)).toEqual(toolBinDirs('/opt/t'))
    expect(p).toContain('/opt/t/venv-semgrep/bin')
  })

  it('pins a SHA-256 for every release binary it may download', () => {
    for (const [name, sha] of Object.values(OSV_RELEASE.assets)) {
      expect(name).toMatch(/^osv-scanner_(linux|darwin|windows)_(amd64|arm64)(\.exe)?$/)
      expect(sha).toMatch(/^[0-9a-f]{64}$/)
    }
  })
})

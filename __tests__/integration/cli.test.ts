import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main, type CliIo } from '../../src/cli.js'
import { ExitCode } from '../../src/errors.js'
import { execFile } from '../../src/exec.js'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'

function io(cwd: string): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    cwd,
    env: { ...process.env, GITHUB_TOKEN: 'ghs_notarealtokenvalue000000000000000000' },
    stdout: (t: string) => {
      captured.out += t
    },
    stderr: (t: string) => {
      captured.err += t
    }
  }
  return captured
}

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-cli-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

describe('runguard CLI (real processes)', () => {
  it('run: passes, writes every report and prints the table', async () => {
    const ws = workspace()
    const c = io(ws)
    const code = await main(
      [
        'run',
        '--gate',
        'exit_code==0',
        '--gate',
        'stdout_lines>=1',
        '--metrics-file',
        'out/metrics.json',
        '--junit-file',
        'out/junit.xml',
        '--tap-file',
        'out/results.tap',
        '--summary-file',
        'out/summary.md',
        '--',
        'python3',
        '-c',
        'print("hello")'
      ],
      c
    )
    expect(c.err).not.toContain('configuration error')
    expect(code).toBe(ExitCode.Passed)
    expect(c.out).toContain('stdout_lines')
    const metrics = JSON.parse(readFileSync(path.join(ws, 'out/metrics.json'), 'utf8'))
    expect(metrics.exit_code).toBe(0)
    expect(metrics.stdout_lines).toBe(1)
    expect(readFileSync(path.join(ws, 'out/junit.xml'), 'utf8')).toContain('<testsuite')
    expect(readFileSync(path.join(ws, 'out/results.tap'), 'utf8')).toMatch(/^TAP version 14/)
    expect(readFileSync(path.join(ws, 'out/summary.md'), 'utf8')).toContain('exit\\_code == 0')
  })

  it('run: a failed budget gate exits 1 and says why', async () => {
    const ws = workspace()
    const c = io(ws)
    const code = await main(
      ['run', '--gate', 'stdout_lines>=5', '--', 'python3', '-c', 'print(1)'],
      c
    )
    expect(code).toBe(ExitCode.Violation)
    expect(c.out).toContain('stdout_lines')
  })

  it('run: a misspelled gate is exit 2 with the known metric names, and nothing runs', async () => {
    const ws = workspace()
    const c = io(ws)
    const marker = path.join(ws, 'ran')
    const code = await main(['run', '--gate', 'memory_max:100', '--', 'touch', marker], c)
    expect(code).toBe(ExitCode.Configuration)
    expect(c.err).toContain("unknown metric 'memory_max'")
    expect(c.err).toContain('memory_max_mb')
    expect(() => readFileSync(marker)).toThrow()
  })

  it('run: the script does not inherit GITHUB_TOKEN and its printed secrets are redacted', async () => {
    const ws = workspace()
    const c = io(ws)
    const code = await main(
      [
        'run',
        '--secrets',
        'hunter2-very-secret',
        '--summary-file',
        'summary.md',
        '--',
        'python3',
        '-c',
        'import os; print("token=" + str(os.environ.get("GITHUB_TOKEN"))); print("pw hunter2-very-secret")'
      ],
      c
    )
    expect(code).toBe(ExitCode.Passed)
    const everything = c.out + c.err + readFileSync(path.join(ws, 'summary.md'), 'utf8')
    expect(everything).toContain('token=None')
    expect(everything).not.toContain('hunter2-very-secret')
  })

  it('reads .runguard.yml from the workspace, and flags override it', async () => {
    const ws = workspace({
      '.runguard.yml': 'script: [python3, -c, "print(42)"]\ngates:\n  - stdout_lines>=2\n'
    })
    const failing = io(ws)
    expect(await main(['run', '--', 'python3', '-c', 'print(42)'], failing)).toBe(
      ExitCode.Violation
    )
    // A flag replaces the file's value (gates are not merged across sources).
    const passing = io(ws)
    expect(
      await main(['run', '--gate', 'stdout_lines>=1', '--', 'python3', '-c', 'print(1)'], passing)
    ).toBe(ExitCode.Passed)
    // The script comes from the file when none is given after --.
    const fromFile = io(ws)
    expect(
      await main(['gate', '--scanners', 'secrets', '--gate', 'stdout_lines>=1'], fromFile)
    ).toBe(ExitCode.Passed)
    expect(fromFile.out).toContain('stdout_lines')
  })

  it('reports a bad config value with file and line, exit 2', async () => {
    const ws = workspace({ '.runguard.yml': 'timeout: 10\nretry-strategy: sometimes\n' })
    const c = io(ws)
    expect(await main(['run', '--', 'true'], c)).toBe(ExitCode.Configuration)
    expect(c.err).toContain("'retry-strategy'")
    expect(c.err).toContain('.runguard.yml:2')
  })

  it('run without a script anywhere is exit 2', async () => {
    const c = io(workspace())
    expect(await main(['run'], c)).toBe(ExitCode.Configuration)
    expect(c.err).toContain('no script to run')
  })

  it('scan <dir>: one directory is the workspace, even outside the current one, and stays clean', async () => {
    const token = (GENERATORS['github-pat'] as (r: () => number) => Sample)(seeded(7))
    const repo = workspace({ 'settings.py': `TOKEN = "${token.value}"\n` })
    const git = (...args: string[]) => execFile('git', args, { cwd: repo })
    await git('init', '-q')
    await git('add', '.')
    await git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'init')
    // Run from an unrelated directory: the argument, not the current directory, is scanned.
    const elsewhere = workspace()
    const c = io(elsewhere)
    const code = await main(['scan', '--scanners', 'secrets', '--format', 'json', repo], c)
    expect(c.err).not.toContain('configuration error')
    expect(code).toBe(ExitCode.Violation)
    const report = JSON.parse(c.out) as { findings: Array<{ location: { path: string } }> }
    // Paths are relative to the scanned directory, the workspace.
    expect(report.findings.map(f => f.location.path)).toEqual(['settings.py'])
    expect(c.out).not.toContain(token.value)
    // No report file was asked for, so none was written: the checkout is as it was.
    expect((await git('status', '--porcelain', '--untracked-files=all')).stdout).toBe('')
    expect(existsSync(path.join(elsewhere, 'runguard.sarif'))).toBe(false)
    // Asked for, a report is written (relative to the workspace, like every report path).
    const asked = io(elsewhere)
    await main(['scan', '--scanners', 'secrets', '--sarif-file', 'out.sarif', repo], asked)
    expect(JSON.parse(readFileSync(path.join(repo, 'out.sarif'), 'utf8')).version).toBe('2.1.0')
  })

  it('shows a live status line on a terminal, plain lines under CI=true', async () => {
    const repo = workspace({ 'app.py': 'print(1)\n' })
    const scan = async (env: NodeJS.ProcessEnv): Promise<string> => {
      const c = io(repo)
      c.terminal = { columns: () => 100 }
      c.env = { ...c.env, ...env }
      expect(await main(['scan', '--scanners', 'secrets', repo], c)).toBe(ExitCode.Passed)
      return c.err
    }
    const { CI: _ci, GITHUB_ACTIONS: _actions, ...local } = process.env
    const live = await scan({ ...local, CI: undefined, GITHUB_ACTIONS: undefined })
    expect(live).toContain('\r\x1b[2Kscanners: secrets ')
    // Every status line is erased again before the run ends.
    expect(live.endsWith('\r\x1b[2K') || /\n$/.test(live)).toBe(true)
    const ci = await scan({ CI: 'true' })
    expect(ci).not.toContain('\x1b')
    expect(ci).toContain('secrets: started')
  })

  it('prints help and version with exit 0', async () => {
    const c = io(os.tmpdir())
    expect(await main(['--version'], c)).toBe(ExitCode.Passed)
    expect(c.out.trim()).toMatch(/^\d+\.\d+\.\d+/)
    const h = io(os.tmpdir())
    expect(await main(['scan', '--help'], h)).toBe(ExitCode.Passed)
    expect(h.out).toContain('--scanners')
  })
})

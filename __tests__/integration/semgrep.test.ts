import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RawSettings } from '../../src/config/schema.js'
import type { ToolRun } from '../../src/model.js'
import { SEMGREP_ENV, semgrepAdapter } from '../../src/scanners/semgrep.js'
import { copyScanProject, scanWithAdapter } from '../helpers/scan-project.js'

// Real semgrep from PATH, offline (local rules only). Absent: fail on CI, skip locally.
const env = { ...process.env, ...SEMGREP_ENV }
const installed =
  spawnSync('semgrep', ['--version', '--disable-version-check'], { env }).status === 0
if (!installed && process.env.CI === 'true') {
  throw new Error(
    'semgrep is not on PATH but CI=true: run scripts/setup.sh and put the tool venvs on PATH'
  )
}
const describeTool = installed ? describe : describe.skip

const rulesDir = path.join(process.cwd(), 'rules', 'semgrep')

const copyProject = (): string => copyScanProject('rg-semgrep-it-')
const scan = (workspace: string, overrides: Partial<RawSettings> = {}): Promise<ToolRun> =>
  scanWithAdapter(semgrepAdapter, workspace, overrides, 180_000)

const CUSTOM_RULE = `rules:
  - id: no-print
    languages: [python]
    severity: INFO
    message: print() left in code
    pattern: print(...)
`

describeTool('semgrep adapter with the real semgrep', () => {
  it('scans with bundled and user rules, bare rule ids, excluded dirs skipped', async () => {
    const ws = copyProject()
    mkdirSync(path.join(ws, '.venv', 'lib'), { recursive: true })
    writeFileSync(path.join(ws, '.venv', 'lib', 'x.py'), 'import os\nos.system(input())\n')
    writeFileSync(path.join(ws, 'custom.yml'), CUSTOM_RULE)
    writeFileSync(path.join(ws, 'app', 'hello.py'), 'print("hi")\n')
    const run = await scan(ws, { semgrepConfig: ['custom.yml'] })
    expect(run.status).toBe('ok')
    expect(run.version).toMatch(/^1\.\d+\.\d+$/)
    expect(run.command).toEqual(
      expect.arrayContaining(['--metrics=off', '--config', rulesDir, '--config', 'custom.yml'])
    )
    const ids = new Set(run.findings.map(f => f.ruleId))
    expect([...ids]).toEqual(
      expect.arrayContaining([
        'python-subprocess-shell-true',
        'python-sql-string-built-query',
        'no-print'
      ])
    )
    expect([...ids].every(id => !id.includes('.'))).toBe(true)
    expect(run.findings.some(f => f.location.path.startsWith('.venv'))).toBe(false)
    const shell = run.findings.find(f => f.ruleId === 'python-subprocess-shell-true')!
    expect(shell.title).toBe('subprocess call with shell=True and a non-constant command')
    expect(shell).toMatchObject({
      severity: 'high',
      cwe: ['CWE-78'],
      location: { path: 'app/commands.py', startLine: 8 }
    })
  })

  it("lists the tracked Python files Semgrep's own ignore rules drop: its default list, then a change's .semgrepignore", async () => {
    const ws = copyProject()
    const shell = 'import subprocess\nsubprocess.call("ls " + input(), shell=True)\n'
    for (const file of ['tests/test_x.py', 'pkg/test/helper.py', 'vendor/lib.py', 'legacy/old.py'])
      mkdirSync(path.dirname(path.join(ws, file)), { recursive: true })
    writeFileSync(path.join(ws, 'tests', 'test_x.py'), shell)
    writeFileSync(path.join(ws, 'pkg', 'test', 'helper.py'), shell)
    writeFileSync(path.join(ws, 'vendor', 'lib.py'), shell)
    writeFileSync(path.join(ws, 'legacy', 'old.py'), shell)
    const git = (...args: string[]): void => {
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: ws })
    }
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'base')
    const listed = (run: ToolRun): string[] =>
      (run.skipped ?? []).map(s => `${s.path}: ${s.reason}`).sort()

    // No .semgrepignore: Semgrep's built-in list skips test/, tests/ and vendor/ (the user's
    // `exclude` is the user's and is not listed).
    const plain = await scan(ws, { exclude: ['legacy'] })
    expect(plain.status).toBe('ok')
    const defaults =
      'not scanned by Semgrep: its default ignore list skips test/, tests/ and vendor/ directories'
    expect(listed(plain)).toEqual([
      `pkg/test/helper.py: ${defaults}`,
      `tests/test_x.py: ${defaults}`,
      `vendor/lib.py: ${defaults}`
    ])

    // A change adds a .semgrepignore that drops every Python file: Semgrep reports nothing and
    // exits 0; every file it dropped is listed.
    writeFileSync(path.join(ws, '.semgrepignore'), '*.py\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'change')
    const hidden = await scan(ws)
    expect(hidden).toMatchObject({ status: 'ok', findings: [] })
    const dropped = (run: ToolRun): string[] => (run.skipped ?? []).map(s => s.path).sort()
    expect(dropped(hidden)).toEqual([
      'app/__init__.py',
      'app/broken.py',
      'app/commands.py',
      'app/storage.py',
      'app/web.py',
      'legacy/old.py',
      'pkg/test/helper.py',
      'tests/test_x.py',
      'vendor/lib.py'
    ])
    expect(hidden.skipped?.[0]?.reason).toBe(
      'not scanned by Semgrep: dropped by its ignore rules (.semgrepignore in the tree: .semgrepignore)'
    )
  })

  it('keeps fingerprints when code moves', async () => {
    const ws = copyProject()
    const before = await scan(ws)
    const file = path.join(ws, 'app/storage.py')
    writeFileSync(file, '# header\n\n' + readFileSync(file, 'utf8'))
    const after = await scan(ws)
    const key = (r: ToolRun) => r.findings.map(f => f.fingerprint).sort()
    expect(key(after)).toEqual(key(before))
    expect(after.findings.find(f => f.location.path === 'app/storage.py')!.location.startLine).toBe(
      before.findings.find(f => f.location.path === 'app/storage.py')!.location.startLine + 2
    )
  })

  it('uses only the user rules with semgrepNoDefaultRules', async () => {
    const ws = copyProject()
    writeFileSync(path.join(ws, 'custom.yml'), CUSTOM_RULE)
    writeFileSync(path.join(ws, 'app', 'hello.py'), 'print("hi")\n')
    const run = await scan(ws, { semgrepConfig: ['custom.yml'], semgrepNoDefaultRules: true })
    expect(run.status).toBe('ok')
    expect(new Set(run.findings.map(f => f.ruleId))).toEqual(new Set(['no-print']))
  })

  it('fails (not "clean") on a broken user rule', async () => {
    const ws = copyProject()
    writeFileSync(path.join(ws, 'bad.yml'), CUSTOM_RULE.replace('print(...)', 'print('))
    const run = await scan(ws, { semgrepConfig: ['bad.yml'] })
    expect(run.status).toBe('failed')
    expect(run.reason).toMatch(/^semgrep failed with exit \d+ \(.*\): error: Rule parse error/)
  })
})

import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { RawSettings } from '../../src/config/schema.js'
import type { ToolRun } from '../../src/model.js'
import { banditAdapter } from '../../src/scanners/bandit.js'
import { copyScanProject, scanWithAdapter } from '../helpers/scan-project.js'

// Real bandit from PATH (README: /opt/rg-tools/venv-bandit/bin). Absent: fail on CI, skip locally.
const installed = spawnSync('bandit', ['--version']).status === 0
if (!installed && process.env.CI === 'true') {
  throw new Error(
    'bandit is not on PATH but CI=true: run scripts/setup.sh and put the tool venvs on PATH'
  )
}
const describeTool = installed ? describe : describe.skip

const copyProject = (): string => copyScanProject('rg-bandit-it-')
const scan = (workspace: string, overrides: Partial<RawSettings> = {}): Promise<ToolRun> =>
  scanWithAdapter(banditAdapter, workspace, overrides, 120_000)

describeTool('bandit adapter with the real bandit', () => {
  it('scans the project: findings, errors[], nosec, excluded directories', async () => {
    const ws = copyProject()
    for (const dir of ['.venv/lib', 'node_modules/pkg', 'legacy']) {
      mkdirSync(path.join(ws, dir), { recursive: true })
      writeFileSync(path.join(ws, dir, 'x.py'), 'import os\nos.system("rm -rf " + input())\n')
    }
    const run = await scan(ws, { exclude: ['legacy'] })
    expect(run.status).toBe('ok')
    expect(run.version).toMatch(/^1\.\d+\.\d+$/)
    expect(run.command?.[0]).toBe('bandit')
    expect(run.errors).toEqual(['app/broken.py: syntax error while parsing AST from file'])
    const paths = new Set(run.findings.map(f => f.location.path))
    expect([...paths].sort()).toEqual(['app/commands.py', 'app/storage.py', 'app/web.py'])
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'B602',
        severity: 'high',
        location: expect.objectContaining({ path: 'app/commands.py', startLine: 8 })
      })
    )
    // `# nosec B602` on line 23.
    expect(run.findings.some(f => f.location.startLine === 23 && f.ruleId === 'B602')).toBe(false)
  })

  it('keeps fingerprints when code moves', async () => {
    const ws = copyProject()
    const before = await scan(ws)
    const file = path.join(ws, 'app/commands.py')
    writeFileSync(file, '# header\n# more header\n\n' + readFileSync(file, 'utf8'))
    const after = await scan(ws)
    expect(after.findings.map(f => f.location.startLine)).toEqual(
      before.findings.map(f =>
        f.location.path === 'app/commands.py' ? f.location.startLine + 3 : f.location.startLine
      )
    )
    expect(after.findings.map(f => f.fingerprint)).toEqual(before.findings.map(f => f.fingerprint))
  })

  it('applies the severity floor and [tool.bandit] from pyproject.toml', async () => {
    const ws = copyProject()
    writeFileSync(path.join(ws, 'pyproject.toml'), '[tool.bandit]\nskips = ["B602"]\n')
    const run = await scan(ws, { banditSeverity: 'high' })
    expect(run.status).toBe('ok')
    expect(run.findings.length).toBeGreaterThan(0)
    expect(run.findings.every(f => f.severity === 'high' || f.severity === 'medium')).toBe(true)
    expect(run.findings.some(f => f.ruleId === 'B602')).toBe(false)
    expect(run.findings.some(f => f.ruleId === 'B605')).toBe(true)
  })

  it("under trusted-config base, runs with the base commit's Bandit settings, not the change's", async () => {
    // Base: [tool.bandit] skips B404 (the project's own choice). The change skips B602 and B605
    // in pyproject.toml, in a .bandit and in bandit.yaml.
    const ws = copyProject()
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: ws,
        encoding: 'utf8'
      }).trim()
    writeFileSync(path.join(ws, 'pyproject.toml'), '[tool.bandit]\nskips = ["B404"]\n')
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'base')
    const base = git('rev-parse', 'HEAD')
    writeFileSync(path.join(ws, 'pyproject.toml'), '[tool.bandit]\nskips = ["B404", "B602"]\n')
    writeFileSync(path.join(ws, '.bandit'), '[bandit]\nskips = B602,B605\n')
    writeFileSync(path.join(ws, 'bandit.yaml'), 'skips: ["B602", "B605"]\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'change')
    const rules = (run: ToolRun): Set<string> => new Set(run.findings.map(f => f.ruleId))

    const trusted = await scan(ws, { trust: { base, changes: [] } })
    expect(trusted.status).toBe('ok')
    expect([...rules(trusted)]).toEqual(expect.arrayContaining(['B602', 'B605']))
    expect(rules(trusted).has('B404')).toBe(false)
    expect(trusted.warnings).toEqual([
      ".bandit: the change's Bandit settings are not applied; the base commit's are (trusted-config: base)",
      "pyproject.toml [tool.bandit]: the change's Bandit settings are not applied; the base commit's are (trusted-config: base)",
      "bandit.yaml: the change's Bandit settings are not applied; the base commit's are (trusted-config: base)"
    ])
    // The files passed to Bandit are copies outside the workspace, removed after the run.
    const ini = trusted.command?.[trusted.command.indexOf('--ini') + 1] ?? ''
    expect(ini.startsWith(ws)).toBe(false)
    expect(existsSync(ini)).toBe(false)

    // Without trusted-config the checkout's own settings apply, as documented.
    const head = await scan(ws)
    expect(head.status).toBe('ok')
    expect(rules(head).has('B602')).toBe(false)
    expect(rules(head).has('B605')).toBe(false)
  })

  it('reports a clean project as ok with no findings', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-bandit-clean-'))
    writeFileSync(path.join(ws, 'ok.py'), 'print("hello")\n')
    const run = await scan(ws)
    expect(run).toMatchObject({ status: 'ok', findings: [], errors: [] })
  })
})

import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  banditArgs,
  banditExcludes,
  banditSeverity,
  parseBanditOutput
} from '../../src/scanners/bandit.js'
import { createLineReader } from '../../src/scanners/support.js'
import { createTestSettings } from '../helpers/settings.js'

const fixtures = path.join(process.cwd(), '__tests__/fixtures')
const project = path.join(fixtures, 'scan-project')
const load = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(fixtures, 'bandit', name), 'utf8')) as unknown

describe('parseBanditOutput (bandit 1.9.4, real run on scan-project)', () => {
  const report = parseBanditOutput(load('bandit-1.9.4_scan-project.json'), { workspace: project })

  it('normalizes a shell=True finding with columns, CWE and docs link', () => {
    const f = report.findings.find(x => x.ruleId === 'B602' && x.location.startLine === 8)
    expect(f).toMatchObject({
      tool: 'bandit',
      severity: 'high',
      confidence: 'high',
      cwe: ['CWE-78'],
      title: 'subprocess popen with shell equals true',
      location: { path: 'app/commands.py', startLine: 8, startColumn: 5, endColumn: 54 }
    })
    expect(f?.helpUri).toMatch(/^https:\/\/bandit\.readthedocs\.io\/en\/1\.9\.4\//)
  })

  it('keeps the line range of a multi-line call', () => {
    const f = report.findings.find(x => x.ruleId === 'B602' && x.location.startLine > 20)
    expect(f?.location.endLine).toBeGreaterThan(f!.location.startLine)
  })

  it('honors # nosec (done by bandit: the suppressed line is absent)', () => {
    expect(report.findings.some(x => x.location.startLine === 23 && x.ruleId === 'B602')).toBe(
      false
    )
  })

  it('titles blacklist checks by their text, not "blacklist"', () => {
    const f = report.findings.find(x => x.ruleId === 'B311')
    expect(f?.title).toBe(
      'Standard pseudo-random generators are not suitable for security/cryptographic purposes.'
    )
  })

  it('surfaces errors[] (files bandit could not parse)', () => {
    expect(report.errors).toEqual(['app/broken.py: syntax error while parsing AST from file'])
  })

  it('gives every finding a distinct fingerprint', () => {
    const prints = report.findings.map(f => f.fingerprint)
    expect(new Set(prints).size).toBe(prints.length)
  })
})

describe('parseBanditOutput (bandit 1.6.2, real run on scan-project)', () => {
  const old = parseBanditOutput(load('bandit-1.6.2_scan-project.json'), { workspace: project })
  const current = parseBanditOutput(load('bandit-1.9.4_scan-project.json'), { workspace: project })

  it('accepts output without columns and CWE', () => {
    const f = old.findings.find(x => x.ruleId === 'B602')
    expect(f?.cwe).toEqual([])
    expect(f?.location.startColumn).toBeUndefined()
    expect(f?.location.endColumn).toBeUndefined()
    expect(f?.helpUri).toMatch(/\/en\/latest\//)
  })

  it('fingerprints the same code the same way as 1.9.4', () => {
    const a = old.findings.filter(x => x.ruleId === 'B602').map(x => x.fingerprint)
    const b = current.findings.filter(x => x.ruleId === 'B602').map(x => x.fingerprint)
    expect(a.length).toBeGreaterThan(0)
    expect(a).toEqual(b)
  })
})

describe('fingerprints', () => {
  it('do not change when the code moves down', () => {
    const json = load('bandit-1.9.4_scan-project.json') as {
      results: Array<Record<string, unknown>>
    }
    const moved = {
      ...json,
      results: json.results.map(r => ({
        ...r,
        line_number: (r.line_number as number) + 7,
        line_range: (r.line_range as number[]).map(n => n + 7),
        code: (r.code as string).replace(/^(\d+)/gm, n => String(Number(n) + 7))
      }))
    }
    const before = parseBanditOutput(json, { workspace: project }).findings.map(f => f.fingerprint)
    const after = parseBanditOutput(moved, { workspace: project }).findings.map(f => f.fingerprint)
    expect(after).toEqual(before)
  })

  it('change when the code changes', () => {
    const json = load('bandit-1.9.4_scan-project.json') as {
      results: Array<Record<string, unknown>>
    }
    const first = json.results[0]!
    const edited = {
      ...json,
      results: [
        {
          ...first,
          code: (first.code as string).replace('import subprocess', 'import subprocess, sys')
        }
      ]
    }
    const a = parseBanditOutput({ ...json, results: [first] }, { workspace: project }).findings[0]!
    const b = parseBanditOutput(edited, { workspace: project }).findings[0]!
    expect(a.fingerprint).not.toBe(b.fingerprint)
  })

  it('fall back to the source file when `code` lacks the line', () => {
    const json = load('bandit-1.9.4_scan-project.json') as {
      results: Array<Record<string, unknown>>
    }
    const withCode = parseBanditOutput(json, { workspace: project }).findings
    const noCode = { ...json, results: json.results.map(r => ({ ...r, code: '' })) }
    const read = parseBanditOutput(noCode, {
      workspace: project,
      readLines: createLineReader(project)
    }).findings
    expect(read.map(f => f.fingerprint)).toEqual(withCode.map(f => f.fingerprint))
  })
})

describe('parseBanditOutput edge cases', () => {
  it('reads an empty report', () => {
    const r = parseBanditOutput(load('bandit-1.9.4_empty.json'), { workspace: project })
    expect(r).toEqual({ findings: [], errors: [], outsideWorkspace: 0 })
  })

  it('drops results outside the workspace', () => {
    const r = parseBanditOutput(
      {
        results: [
          {
            filename: '/etc/passwd',
            test_id: 'B105',
            line_number: 1,
            issue_severity: 'LOW',
            issue_confidence: 'LOW',
            issue_text: 'Possible hardcoded password'
          }
        ],
        errors: []
      },
      { workspace: project }
    )
    expect(r.findings).toEqual([])
    expect(r.outsideWorkspace).toBe(1)
  })

  it('rejects something that is not a report', () => {
    expect(() => parseBanditOutput({ error: 'x' }, { workspace: project })).toThrow(
      /not a Bandit JSON report/
    )
    expect(() => parseBanditOutput(undefined, { workspace: project })).toThrow()
  })
})

describe('banditSeverity (docs/severity.md)', () => {
  it.each([
    ['HIGH', 'HIGH', 'high'],
    ['HIGH', 'MEDIUM', 'high'],
    ['HIGH', 'LOW', 'medium'],
    ['MEDIUM', 'HIGH', 'medium'],
    ['MEDIUM', 'MEDIUM', 'medium'],
    ['MEDIUM', 'LOW', 'low'],
    ['LOW', 'HIGH', 'low'],
    ['LOW', 'LOW', 'low'],
    ['UNDEFINED', 'HIGH', 'unknown']
  ])('%s severity, %s confidence → %s', (sev, conf, expected) => {
    expect(banditSeverity(sev, conf)).toBe(expected)
  })
})

describe('banditArgs', () => {
  const ws = (): string => mkdtempSync(path.join(tmpdir(), 'rg-bandit-args-'))

  it('scans workspace-relative targets with floors, JSON, quiet and excludes', () => {
    const workspace = ws()
    const settings = createTestSettings({
      workspace,
      banditSeverity: 'medium',
      banditConfidence: 'high',
      exclude: ['legacy', 'gen/*.py'],
      // Our own report outputs are excluded (the CLI writes one only when asked).
      sarifFile: 'runguard.sarif'
    })
    const args = banditArgs({
      settings,
      workspace,
      paths: [workspace, path.join(workspace, 'src')]
    })
    expect(args.slice(0, 1)).toEqual(['-r'])
    expect(args).toEqual(expect.arrayContaining(['-f', 'json', '-q', '-ll', '-iii']))
    expect(args.slice(-2)).toEqual(['.', './src'])
    const x = args[args.indexOf('-x') + 1]!.split(',')
    expect(x).toEqual(
      expect.arrayContaining([
        '/.git/',
        '/.venv/',
        '/node_modules/',
        '/.runguard/',
        '*/legacy',
        '*/legacy/*',
        '*/gen/*.py',
        '*/runguard.sarif'
      ])
    )
    expect(args).not.toContain('--ini')
    expect(args).not.toContain('-c')
  })

  it('passes no level flags for the default low floors', () => {
    const workspace = ws()
    const args = banditArgs({
      settings: createTestSettings({ workspace }),
      workspace,
      paths: [workspace]
    })
    expect(args.filter(a => /^-(l+|i+)$/.test(a))).toEqual([])
  })

  it('uses .bandit via --ini (keeping its excludes) and pyproject.toml only with [tool.bandit]', () => {
    const workspace = ws()
    writeFileSync(path.join(workspace, '.bandit'), '[bandit]\nexclude = ./build,./docs\n')
    writeFileSync(path.join(workspace, 'pyproject.toml'), '[project]\nname = "x"\n')
    const settings = createTestSettings({ workspace })
    let args = banditArgs({ settings, workspace, paths: [workspace] })
    expect(args[args.indexOf('--ini') + 1]).toBe(path.join(workspace, '.bandit'))
    expect(args).not.toContain('-c')
    expect(banditExcludes({ settings, workspace })).not.toContain('./build')
    expect(args[args.indexOf('-x') + 1]!.split(',')).toEqual(
      expect.arrayContaining(['./build', './docs'])
    )
    writeFileSync(path.join(workspace, 'pyproject.toml'), '[tool.bandit]\nskips = ["B101"]\n')
    args = banditArgs({ settings, workspace, paths: [workspace] })
    expect(args[args.indexOf('-c') + 1]).toBe(path.join(workspace, 'pyproject.toml'))
  })

  it('ignores a .bandit that is not INI and uses bandit.yaml with -c', () => {
    const workspace = ws()
    writeFileSync(path.join(workspace, '.bandit'), 'exclude_dirs: ["tests"]\n')
    writeFileSync(path.join(workspace, 'bandit.yaml'), 'skips: ["B101"]\n')
    const args = banditArgs({
      settings: createTestSettings({ workspace }),
      workspace,
      paths: [workspace]
    })
    expect(args).not.toContain('--ini')
    expect(args[args.indexOf('-c') + 1]).toBe(path.join(workspace, 'bandit.yaml'))
  })
})

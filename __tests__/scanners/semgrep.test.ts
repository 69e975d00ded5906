import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  configPrefixes,
  cweIds,
  findBundledRulesDir,
  parseSemgrepOutput,
  semgrepArgs,
  semgrepConfigs,
  semgrepSeverity,
  stripRulePrefix
} from '../../src/scanners/semgrep.js'
import { createLineReader } from '../../src/scanners/support.js'
import { createTestSettings } from '../helpers/settings.js'

const fixtures = path.join(process.cwd(), '__tests__/fixtures')
const project = path.join(fixtures, 'scan-project')
const input = path.join(fixtures, 'semgrep', 'input')
const load = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(fixtures, 'semgrep', name), 'utf8')) as unknown

describe('parseSemgrepOutput (semgrep 1.182.0, real run on scan-project)', () => {
  // The fixture was produced with --config ../../../rules/semgrep, so ids carry `rules.semgrep.`.
  const prefixes = configPrefixes(['../../../rules/semgrep'], project)
  const report = parseSemgrepOutput(load('semgrep-1.182.0_scan-project.json'), {
    workspace: project,
    readLines: createLineReader(project),
    rulePrefixes: prefixes
  })

  it('strips the config-folder prefix from check_id', () => {
    expect(prefixes).toContain('rules.semgrep')
    expect(report.findings.map(f => f.ruleId)).toContain('python-subprocess-shell-true')
    expect(report.findings.every(f => !f.ruleId.startsWith('rules.'))).toBe(true)
  })

  it('maps severity, confidence, CWE, location and help link', () => {
    const f = report.findings.find(
      x => x.ruleId === 'python-subprocess-shell-true' && x.location.startLine === 8
    )
    expect(f).toMatchObject({
      tool: 'semgrep',
      severity: 'high',
      confidence: 'medium',
      cwe: ['CWE-78'],
      location: { path: 'app/commands.py', startLine: 8, startColumn: 5, endColumn: 54 },
      helpUri: 'https://docs.python.org/3/library/subprocess.html#security-considerations'
    })
    expect(f?.message).toMatch(/^subprocess\.call\(\) runs/)
    const weak = report.findings.find(x => x.ruleId === 'python-weak-hash')
    expect(weak?.severity).toBe('medium')
    const timeout = report.findings.find(x => x.ruleId === 'python-http-request-without-timeout')
    expect(timeout?.severity).toBe('low')
  })

  it('keeps the line span of a multi-line match', () => {
    const f = report.findings.find(
      x => x.ruleId === 'python-subprocess-shell-true' && x.location.startLine > 24
    )
    expect(f?.location.endLine).toBeGreaterThan(f!.location.startLine)
  })

  it('never uses the login-gated lines/fingerprint fields', () => {
    const raw = JSON.stringify(load('semgrep-1.182.0_scan-project.json'))
    expect(raw).toContain('requires login')
    const prints = report.findings.map(f => f.fingerprint)
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('fingerprints by code, not by line number', () => {
    const json = load('semgrep-1.182.0_scan-project.json') as {
      results: Array<{ check_id: string; start: object; end: object }>
    }
    const one = json.results.find(r => String(r.check_id).endsWith('python-eval-exec'))!
    const moved = { ...one, start: { ...one.start, line: 1 }, end: { ...one.end, line: 1 } }
    const reader = (): string[] => ['    return eval(expression)']
    const a = parseSemgrepOutput(
      { results: [one], errors: [], paths: {} },
      { workspace: project, readLines: createLineReader(project) }
    )
    const b = parseSemgrepOutput(
      { results: [moved], errors: [], paths: {} },
      { workspace: project, readLines: reader }
    )
    expect(a.findings[0]!.fingerprint).toBe(b.findings[0]!.fingerprint)
  })

  it('has no errors for this project', () => {
    expect(report.errors).toEqual([])
    expect(report.fatalErrors).toEqual([])
    expect(report.version).toBe('1.182.0')
  })
})

describe('parseSemgrepOutput errors', () => {
  it('reads array-typed errors (PartialParsing) as warnings, not fatal', () => {
    const r = parseSemgrepOutput(load('semgrep-1.182.0_partial-parsing.json'), { workspace: input })
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(
      /^warn: PartialParsing: Syntax error at line partial\.py:6:.*\[partial\.py\]$/
    )
    expect(r.fatalErrors).toEqual([])
    expect(r.findings.length).toBeGreaterThan(0)
  })

  it('reports level "error" entries as fatal even when the exit code was 0', () => {
    const r = parseSemgrepOutput(load('hand-edited_exit0-with-fatal-error.json'), {
      workspace: input
    })
    expect(r.fatalErrors).toHaveLength(1)
  })

  it('describes a rule parse error with its rule id', () => {
    const r = parseSemgrepOutput(load('semgrep-1.182.0_bad-rule.json'), { workspace: input })
    expect(r.fatalErrors[0]).toMatch(
      /^error: Rule parse error \(rule broken-pattern\): Rule parse error in rule broken-pattern:/
    )
  })

  it('lists every error of a missing config', () => {
    const r = parseSemgrepOutput(load('semgrep-1.182.0_missing-config.json'), { workspace: input })
    expect(r.fatalErrors).toHaveLength(2)
    expect(r.fatalErrors[0]).toMatch(/does-not-exist\.yml/)
  })

  it('reads an empty report', () => {
    const r = parseSemgrepOutput(load('semgrep-1.182.0_empty.json'), { workspace: project })
    expect(r.findings).toEqual([])
    expect(r.errors).toEqual([])
  })

  it('skips nosemgrep results kept by --disable-nosem and results outside the workspace', () => {
    const base = {
      start: { line: 1, col: 1 },
      end: { line: 1, col: 2 },
      extra: { severity: 'ERROR', message: 'm' }
    }
    const r = parseSemgrepOutput(
      {
        results: [
          {
            ...base,
            check_id: 'a',
            path: 'app/web.py',
            extra: { ...base.extra, is_ignored: true }
          },
          { ...base, check_id: 'b', path: '../outside.py' }
        ],
        errors: [],
        paths: {}
      },
      { workspace: project }
    )
    expect(r.findings).toEqual([])
    expect(r.outsideWorkspace).toBe(1)
  })

  it('rejects something that is not a report', () => {
    expect(() => parseSemgrepOutput('oops', { workspace: project })).toThrow(
      /not a Semgrep JSON report/
    )
  })
})

describe('semgrep severity and metadata', () => {
  it.each([
    ['CRITICAL', undefined, 'critical'],
    ['ERROR', undefined, 'high'],
    ['HIGH', 'high', 'high'],
    ['WARNING', undefined, 'medium'],
    ['MEDIUM', undefined, 'medium'],
    ['LOW', undefined, 'low'],
    ['INFO', undefined, 'low'],
    ['INVENTORY', undefined, 'info'],
    ['ERROR', 'low', 'medium'],
    ['CRITICAL', 'low', 'high'],
    ['WARNING', 'low', 'low'],
    [undefined, undefined, 'unknown']
  ] as const)('%s with confidence %s → %s', (sev, conf, expected) => {
    expect(semgrepSeverity(sev, conf)).toBe(expected)
  })

  it('extracts CWE ids from a string or a list', () => {
    expect(cweIds("CWE-89: Improper Neutralization ... ('SQL Injection')")).toEqual(['CWE-89'])
    expect(cweIds(['CWE-328: Weak Hash', 'cwe-327: Broken', 'CWE-328'])).toEqual([
      'CWE-328',
      'CWE-327'
    ])
    expect(cweIds(undefined)).toEqual([])
  })

  it('strips only a known prefix', () => {
    expect(stripRulePrefix('rules.semgrep.python-x', ['rules.semgrep'])).toBe('python-x')
    expect(stripRulePrefix('python.lang.security.audit.eval', ['rules.semgrep'])).toBe(
      'python.lang.security.audit.eval'
    )
    expect(configPrefixes(['p/python', 'auto'], project)).toEqual([])
    expect(configPrefixes(['custom/rules.yml'], '/repo')).toEqual(['repo.custom', 'custom'])
  })
})

describe('bundled rules and argv', () => {
  it('finds rules/semgrep from the sources', () => {
    expect(findBundledRulesDir()).toBe(path.join(process.cwd(), 'rules', 'semgrep'))
  })

  it('finds rules/semgrep next to an ncc bundle (dist/cli/index.js)', () => {
    const pkg = mkdtempSync(path.join(tmpdir(), 'rg-pkg-'))
    mkdirSync(path.join(pkg, 'rules', 'semgrep'), { recursive: true })
    mkdirSync(path.join(pkg, 'dist', 'cli'), { recursive: true })
    expect(findBundledRulesDir(path.join(pkg, 'dist', 'cli'))).toBe(
      path.join(pkg, 'rules', 'semgrep')
    )
    expect(findBundledRulesDir(path.join(pkg, 'dist'))).toBe(path.join(pkg, 'rules', 'semgrep'))
  })

  it('builds an offline command with bundled and user configs and excludes', () => {
    const settings = createTestSettings({
      workspace: project,
      semgrepConfig: ['my-rules.yml'],
      exclude: ['tests/'],
      // Our own report outputs are excluded (the CLI writes one only when asked).
      sarifFile: 'runguard.sarif'
    })
    const configs = semgrepConfigs({ settings }, '/pkg/rules/semgrep')!
    expect(configs).toEqual(['/pkg/rules/semgrep', 'my-rules.yml'])
    const args = semgrepArgs(
      { settings, workspace: project, paths: [path.join(project, 'app')] },
      configs
    )
    expect(args.slice(0, 4)).toEqual(['scan', '--json', '--metrics=off', '--disable-version-check'])
    expect(args).toEqual(
      expect.arrayContaining(['--config', '/pkg/rules/semgrep', '--config', 'my-rules.yml'])
    )
    expect(args).toEqual(
      expect.arrayContaining([
        '--exclude',
        '.venv',
        '--exclude',
        'node_modules',
        '--exclude',
        'tests/',
        '--exclude',
        '/runguard.sarif'
      ])
    )
    expect(args.slice(-2)).toEqual(['--', 'app'])
  })

  it('leaves out the bundled rules with semgrepNoDefaultRules', () => {
    const settings = createTestSettings({ semgrepNoDefaultRules: true, semgrepConfig: ['x.yml'] })
    expect(semgrepConfigs({ settings }, '/pkg/rules/semgrep')).toEqual(['x.yml'])
  })
})

describe('one rule, one range, one finding', () => {
  it('keeps the first of two results of one rule on the same range (two metavariable bindings)', () => {
    const result = (message: string) => ({
      check_id: 'python-insecure-random-for-secret',
      path: 'app/web.py',
      start: { line: 5, col: 13 },
      end: { line: 5, col: 36 },
      extra: { severity: 'WARNING', message }
    })
    const r = parseSemgrepOutput(
      {
        results: [
          result('used to make a make_token-like value'),
          result('used to make a token-like value'),
          { ...result('another rule'), check_id: 'python-other' },
          {
            ...result('same rule, other call'),
            start: { line: 6, col: 13 },
            end: { line: 6, col: 36 }
          }
        ],
        errors: [],
        paths: {}
      },
      { workspace: project }
    )
    expect(r.findings.map(f => `${f.ruleId}:${f.location.startLine} ${f.message}`)).toEqual([
      'python-insecure-random-for-secret:5 used to make a make_token-like value',
      'python-other:5 another rule',
      'python-insecure-random-for-secret:6 same rule, other call'
    ])
  })
})

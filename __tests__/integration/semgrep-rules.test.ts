import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import picomatch from 'picomatch'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { SEMGREP_ENV } from '../../src/scanners/semgrep.js'

// runguard's bundled Semgrep rules (rules/semgrep/*.yml), each checked on its own cases in
// rules/semgrep/tests/<rule-id>.<ext> with the real semgrep, offline. Absent: fail on CI, skip
// locally.
const env = { ...process.env, ...SEMGREP_ENV }
const installed =
  spawnSync('semgrep', ['--version', '--disable-version-check'], { env }).status === 0
if (!installed && process.env.CI === 'true') {
  throw new Error(
    'semgrep is not on PATH but CI=true: run scripts/setup.sh and put the tool venvs on PATH'
  )
}
const describeTool = installed ? describe : describe.skip

interface Rule {
  id: string
  mode?: string
  languages: string[]
  paths?: { include?: string[] }
  metadata: Record<string, unknown>
}

const rulesDir = path.join(process.cwd(), 'rules', 'semgrep')
const testsDir = path.join(rulesDir, 'tests')
const ruleFiles = readdirSync(rulesDir).filter(f => /\.ya?ml$/.test(f))
// The web rules share their request sources through YAML anchors and merge keys (`<<:`), which
// Semgrep resolves; `merge: true` makes this parser do the same.
const rules: Array<Rule & { file: string }> = ruleFiles.flatMap(file =>
  (
    parseYaml(readFileSync(path.join(rulesDir, file), 'utf8'), { merge: true }) as {
      rules: Rule[]
    }
  ).rules.map(r => ({ ...r, file }))
)
const testFiles = readdirSync(testsDir)
const testFileOf = (id: string): string | undefined =>
  testFiles.find(f => f.slice(0, f.lastIndexOf('.')) === id)

describe('bundled Semgrep rules', () => {
  it('are split over python-security.yml and python-web.yml with unique ids', () => {
    expect(ruleFiles.sort()).toEqual(['python-security.yml', 'python-web.yml'])
    expect(rules.length).toBeGreaterThanOrEqual(37)
    expect(new Set(rules.map(r => r.id)).size).toBe(rules.length)
  })

  it('each have one test file with ruleid: and ok: cases, and no test file is orphaned', () => {
    expect(testFiles.map(f => f.slice(0, f.lastIndexOf('.'))).sort()).toEqual(
      rules.map(r => r.id).sort()
    )
    for (const r of rules) {
      const text = readFileSync(path.join(testsDir, testFileOf(r.id)!), 'utf8')
      expect([r.id, text]).toEqual([r.id, expect.stringMatching(new RegExp(`ruleid: ${r.id}\\b`))])
      expect([r.id, text]).toEqual([r.id, expect.stringMatching(new RegExp(`ok: ${r.id}\\b`))])
    }
  })

  it('carry CWE, OWASP, confidence, references, category and Bandit ids in metadata', () => {
    for (const r of rules) {
      const m = r.metadata
      const cwe = m.cwe as string[]
      expect([r.id, cwe.length > 0 && cwe.every(c => /^CWE-\d+: \S/.test(c))]).toEqual([r.id, true])
      expect([r.id, typeof m.shortDescription]).toEqual([r.id, 'string'])
      expect([r.id, m.category, m.confidence]).toEqual([
        r.id,
        'security',
        expect.stringMatching(/^(HIGH|MEDIUM|LOW)$/)
      ])
      expect([r.id, (m.owasp as string[]).every(o => /^A\d\d:2021 - /.test(o))]).toEqual([
        r.id,
        true
      ])
      const refs = m.references as string[]
      expect([r.id, refs.length > 0 && refs.every(u => u.startsWith('https://'))]).toEqual([
        r.id,
        true
      ])
      // The cross-tool crosswalk reads `bandit`: a list of Bandit test ids when present.
      if (m.bandit !== undefined) {
        expect([r.id, m.bandit]).toEqual([r.id, expect.arrayContaining([])])
        expect([r.id, (m.bandit as string[]).every(b => /^B\d{3}$/.test(b))]).toEqual([r.id, true])
      }
    }
  })

  it('use taint mode for every rule that follows request data', () => {
    const taint = rules.filter(r => r.mode === 'taint').map(r => r.id)
    expect(taint).toEqual(
      expect.arrayContaining([
        'python-sql-string-built-query',
        'python-xss-request-marked-safe',
        'python-xss-request-in-response',
        'python-ssti-request',
        'python-ssrf-request',
        'python-path-traversal-request',
        'python-open-redirect-request',
        'python-command-injection-request',
        'python-deserialization-request'
      ])
    )
  })
})

// Bandit lists its tests in --help ("B608\thardcoded_sql_expressions"); the crosswalk must name
// real ones.
const banditHelp = spawnSync('bandit', ['-h'], { encoding: 'utf8' })
const describeBandit = banditHelp.status === 0 ? describe : describe.skip

describeBandit('bundled Semgrep rules against the installed Bandit', () => {
  it('name only Bandit test ids that Bandit has', () => {
    const known = new Set([...banditHelp.stdout.matchAll(/^\s+(B\d{3})\s+\w+/gm)].map(m => m[1]))
    expect(known.size).toBeGreaterThan(50)
    const unknown = rules.flatMap(r =>
      ((r.metadata.bandit as string[] | undefined) ?? [])
        .filter(b => !known.has(b))
        .map(b => `${r.id}: ${b}`)
    )
    expect(unknown).toEqual([])
  })
})

interface TestReport {
  config_with_errors: unknown[]
  results: Record<string, { checks: Record<string, { passed: boolean; matches: unknown }> }>
}

describeTool('bundled Semgrep rules with the real semgrep', () => {
  it('pass `semgrep --test` one rule at a time (every ruleid: fires, every ok: does not)', () => {
    // semgrep --test pairs <name>.yml with <name>.<ext> in the same folder. Each rule gets its
    // own folder so no case can be satisfied by another rule; a rule limited by paths.include
    // (Django settings) gets a target name that its globs accept.
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-semgrep-rules-'))
    for (const { file: _file, ...rule } of rules) {
      const testFile = testFileOf(rule.id)!
      const ext = testFile.slice(rule.id.length)
      const include = rule.paths?.include
      const base = [rule.id, 'settings'].find(
        b => include === undefined || picomatch(include, { basename: true })(`${b}${ext}`)
      )!
      const ruleDir = path.join(dir, rule.id)
      mkdirSync(ruleDir)
      writeFileSync(path.join(ruleDir, `${base}.yml`), stringifyYaml({ rules: [rule] }))
      copyFileSync(path.join(testsDir, testFile), path.join(ruleDir, `${base}${ext}`))
    }
    const run = spawnSync(
      'semgrep',
      ['--test', '--json', '--metrics=off', '--disable-version-check', '--config', dir, dir],
      { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    )
    const report = JSON.parse(run.stdout) as TestReport
    expect(report.config_with_errors).toEqual([])
    const checks = Object.values(report.results).flatMap(c => Object.entries(c.checks))
    const failed = checks
      .filter(([, c]) => !c.passed)
      .map(([id, c]) => `${id}: ${JSON.stringify(c.matches)}`)
    expect(failed).toEqual([])
    // Every rule ran on its cases.
    expect(checks.map(([id]) => id).sort()).toEqual(rules.map(r => r.id).sort())
  }, 600_000)
})

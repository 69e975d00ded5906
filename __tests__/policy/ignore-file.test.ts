import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import { loadIgnoreFile } from '../../src/policy/ignore-file.js'
import { compileIgnoreEntry } from '../../src/policy/ignore-file-match.js'
import { parseIgnoreFile } from '../../src/policy/ignore-file-parse.js'
import { makeDependencyFinding, makeFinding } from '../fixtures/policy/findings.js'

const FIXTURE = path.join(import.meta.dirname, '../fixtures/policy/runguard-ignore.yml')

function errorOf(text: string): ConfigurationError {
  try {
    parseIgnoreFile(text, '.runguard-ignore.yml')
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('loadIgnoreFile', () => {
  it('loads the documented example with lines', async () => {
    const file = await loadIgnoreFile(FIXTURE)
    expect(file.exists).toBe(true)
    expect(file.entries).toEqual([
      {
        id: 'GHSA-462w-v97r-4m45',
        reason: 'template sandbox not used',
        expires: '2030-06-30',
        line: 3
      },
      { rule: 'B101', path: 'tests/**', reason: 'asserts are fine in tests', line: 6 },
      {
        fingerprint: 'abc123',
        tool: 'osv-scanner',
        reason: 'false positive, vendored copy',
        line: 9
      }
    ])
  })

  it('treats a missing file as empty', async () => {
    const file = await loadIgnoreFile(
      path.join(os.tmpdir(), 'no-such-dir-rg', '.runguard-ignore.yml')
    )
    expect(file).toMatchObject({ exists: false, entries: [] })
  })

  it('accepts a bare list and an empty file', () => {
    expect(parseIgnoreFile('- rule: B101\n  reason: ok\n', 'f').entries).toHaveLength(1)
    expect(parseIgnoreFile('', 'f').entries).toEqual([])
    expect(parseIgnoreFile('ignore:\n', 'f').entries).toEqual([])
  })

  it('names file:line, field and fix for a missing reason', () => {
    const error = errorOf('ignore:\n  - rule: B101\n  - id: CVE-2020-1\n    path: x\n')
    expect(error.message).toMatch(/^\.runguard-ignore\.yml:2: ignore\[0\]\.reason is required/)
    expect(error.details.source).toEqual({ kind: 'file', path: '.runguard-ignore.yml', line: 2 })
  })

  it('points at the offending key line for a bad date', () => {
    const error = errorOf('ignore:\n  - id: X\n    reason: r\n    expires: 2026-13-45\n')
    expect(error.message).toMatch(/:4: ignore\[0\]\.expires is not a real calendar date/)
    expect(errorOf('ignore:\n  - id: X\n    reason: r\n    expires: next week\n').message).toMatch(
      /YYYY-MM-DD/
    )
  })

  it('rejects unknown keys, entries without selectors, bad tools and invalid YAML', () => {
    expect(errorOf('ignore:\n  - id: X\n    reason: r\n    severity: low\n').message).toMatch(
      /unknown key\(s\) severity/
    )
    expect(errorOf('ignore:\n  - reason: everything\n').message).toMatch(/needs at least one of id/)
    expect(errorOf('ignore:\n  - id: X\n    tool: trivy\n    reason: r\n').message).toMatch(
      /:3: ignore\[0\]\.tool/
    )
    expect(errorOf('ignore: [\n').message).toMatch(/not valid YAML/)
    expect(errorOf('foo: 1\n').message).toMatch(/must be a map with an `ignore:` list/)
  })

  it('reports unreadable files (a directory) as configuration errors', async () => {
    await expect(loadIgnoreFile(os.tmpdir())).rejects.toThrow(ConfigurationError)
  })
})

describe('compileIgnoreEntry', () => {
  it('requires every selector to match', () => {
    const m = compileIgnoreEntry({ rule: 'b101', path: 'tests/**', reason: 'r', line: 1 })
    expect(
      m.matches(
        makeFinding({ ruleId: 'B101', location: { path: 'tests/a/test_x.py', startLine: 1 } })
      )
    ).toBe(true)
    expect(
      m.matches(makeFinding({ ruleId: 'B101', location: { path: 'app.py', startLine: 1 } }))
    ).toBe(false)
    expect(
      m.matches(makeFinding({ ruleId: 'B102', location: { path: 'tests/x.py', startLine: 1 } }))
    ).toBe(false)
  })

  it('matches advisory ids through aliases and the group id set, case-insensitively', () => {
    const m = compileIgnoreEntry({ id: 'cve-2019-10906', reason: 'r', line: 1 })
    const osv = makeDependencyFinding('osv-scanner', 'GHSA-462w-v97r-4m45', ['CVE-2019-10906'])
    const safety = makeDependencyFinding('safety', '70612', [])
    expect(m.matches(osv)).toBe(true)
    expect(m.matches(safety)).toBe(false)
    expect(m.matches(safety, new Set(['70612', 'CVE-2019-10906']))).toBe(true)
  })

  it('filters by tool and fingerprint; globs see dotfiles', () => {
    const m = compileIgnoreEntry({ fingerprint: 'fp1', tool: 'semgrep', reason: 'r', line: 1 })
    expect(m.matches(makeFinding({ tool: 'semgrep', fingerprint: 'fp1' }))).toBe(true)
    expect(m.matches(makeFinding({ tool: 'bandit', fingerprint: 'fp1' }))).toBe(false)
    const dot = compileIgnoreEntry({ path: '**/*.py', reason: 'r', line: 1 })
    expect(dot.matches(makeFinding({ location: { path: '.github/x.py', startLine: 1 } }))).toBe(
      true
    )
  })
})

describe('fixture stays in sync with its README', () => {
  it('exists', () => {
    expect(
      fs.readFileSync(path.join(import.meta.dirname, '../fixtures/policy/README.md'), 'utf8')
    ).toMatch(/runguard-ignore\.yml/)
  })
})

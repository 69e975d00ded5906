import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fingerprintOf } from '../../src/util/hash.js'
import { createHash } from 'node:crypto'
import { toRepoPath } from '../../src/util/paths.js'

describe('toRepoPath', () => {
  let base: string
  let ws: string
  let outside: string
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'rg-paths-'))
    ws = path.join(base, 'ws')
    outside = path.join(base, 'outside')
    mkdirSync(path.join(ws, 'src', 'pkg'), { recursive: true })
    mkdirSync(outside)
    writeFileSync(path.join(ws, 'src', 'pkg', 'a.py'), 'x = 1\n')
    writeFileSync(path.join(outside, 'secret.txt'), 'nope\n')
    symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'link-out.txt'))
    symlinkSync(path.join(ws, 'src'), path.join(ws, 'link-in'))
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('makes absolute and relative paths repo-relative posix', () => {
    expect(toRepoPath(ws, path.join(ws, 'src', 'pkg', 'a.py'))).toBe('src/pkg/a.py')
    expect(toRepoPath(ws, 'src/pkg/a.py')).toBe('src/pkg/a.py')
    expect(toRepoPath(ws, './src/../src/pkg/a.py')).toBe('src/pkg/a.py')
    // `\` separates on Windows only; on POSIX it is part of the name (adversarial/backslash-paths).
    expect(toRepoPath(ws, 'src\\pkg\\a.py')).toBe(
      process.platform === 'win32' ? 'src/pkg/a.py' : 'src\\pkg\\a.py'
    )
  })

  it('accepts files that do not exist (yet) inside the workspace', () => {
    expect(toRepoPath(ws, 'missing/dir/file.py')).toBe('missing/dir/file.py')
  })

  it('returns . for the workspace itself', () => {
    expect(toRepoPath(ws, ws)).toBe('.')
  })

  it('rejects paths outside the workspace', () => {
    expect(toRepoPath(ws, '../outside/secret.txt')).toBeUndefined()
    expect(toRepoPath(ws, path.join(outside, 'secret.txt'))).toBeUndefined()
    expect(toRepoPath(ws, '/etc/passwd')).toBeUndefined()
    expect(toRepoPath(ws, '')).toBeUndefined()
  })

  it('resolves symlinks: out of the workspace is rejected, inside is canonical', () => {
    expect(toRepoPath(ws, 'link-out.txt')).toBeUndefined()
    expect(toRepoPath(ws, 'link-in/pkg/a.py')).toBe('src/pkg/a.py')
  })

  it('works when the workspace itself is reached through a symlink', () => {
    const alias = path.join(base, 'alias')
    symlinkSync(ws, alias)
    expect(toRepoPath(alias, path.join(ws, 'src', 'pkg', 'a.py'))).toBe('src/pkg/a.py')
    expect(toRepoPath(ws, path.join(alias, 'src', 'pkg', 'a.py'))).toBe('src/pkg/a.py')
  })
})

describe('fingerprintOf', () => {
  it('is 32 hex chars, stable, and separates parts', () => {
    const a = fingerprintOf(['safety', '12345', 'requirements.txt'])
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(fingerprintOf(['safety', '12345', 'requirements.txt'])).toBe(a)
    expect(fingerprintOf(['ab', 'c'])).not.toBe(fingerprintOf(['a', 'bc']))
  })

  it('is the first 32 hex digits of the sha256 of the NUL-joined parts', () => {
    const parts = ['bandit', 'B602', 'src/app.py', 'subprocess.call(cmd, shell=True)']
    const full = createHash('sha256').update(parts.join('\0')).digest('hex')
    expect(fingerprintOf(parts)).toBe(full.slice(0, 32))
  })
})

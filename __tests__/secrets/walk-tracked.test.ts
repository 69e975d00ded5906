import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from '../../src/exec.js'
import { walkFiles } from '../../src/secrets/files.js'
import { trackedFiles } from '../../src/secrets/git.js'
import { RecordingLogger } from '../helpers/recording-logger.js'

let root: string
beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-walk-tracked-')))
  const write = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    fs.writeFileSync(path.join(root, rel), text)
  }
  write('.gitignore', 'secret/\n*.env\n')
  write('app.py', 'x = 1\n')
  write('prod.env', 'A=1\n')
  write('local.env', 'B=1\n')
  write('secret/keys.txt', 'k\n')
  write('secret/untracked.txt', 'u\n')
  write('vendor/lib.py', 'v\n')
  write('node_modules/pkg/index.js', 'n\n')
  write('big.txt', 'y'.repeat(2048))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const walk = (tracked?: Set<string>) =>
  walkFiles([root], {
    workspace: root,
    maxFileSize: 1024,
    exclude: [],
    ...(tracked ? { tracked } : {})
  })

describe('walkFiles with git-tracked files', () => {
  it('without the tracked list, .gitignore hides files as before and skips carry no tracked mark', async () => {
    const { files, skipped } = await walk()
    expect(files.map(f => f.rel).sort()).toEqual(['.gitignore', 'app.py'])
    expect(skipped.every(s => s.tracked === undefined)).toBe(true)
    expect(skipped.find(s => s.rel === 'big.txt')?.notable).toBe(true)
  })

  it('scans tracked files .gitignore lists, even inside an ignored directory, and marks skips', async () => {
    const tracked = new Set([
      '.gitignore',
      'app.py',
      'prod.env',
      'secret/keys.txt',
      'vendor/lib.py',
      'big.txt'
    ])
    const { files, skipped } = await walk(tracked)
    expect(files.map(f => f.rel).sort()).toEqual([
      '.gitignore',
      'app.py',
      'prod.env',
      'secret/keys.txt'
    ])
    const byRel = new Map(skipped.map(s => [s.rel, s]))
    expect(byRel.get('vendor')).toMatchObject({ tracked: true })
    expect(byRel.get('vendor')?.reason).toMatch(/1 tracked file\(s\) inside$/)
    expect(byRel.get('big.txt')).toMatchObject({ tracked: true, notable: true })
    // Untracked node_modules is skipped as always, and not counted as tracked content.
    expect(byRel.get('node_modules')).toMatchObject({ tracked: false })
  })
})

describe('trackedFiles', () => {
  const deps = (cwd: string) => ({
    exec: execFile,
    logger: new RecordingLogger(),
    cwd,
    timeoutMs: 30_000
  })

  it('lists tracked paths relative to the directory, odd names intact', async () => {
    execFileSync('git', ['init', '-q'], { cwd: root })
    fs.writeFileSync(path.join(root, 'we ird\nname.py'), '')
    execFileSync('git', ['add', 'app.py', 'we ird\nname.py', 'secret/keys.txt', '-f'], {
      cwd: root
    })
    const tracked = await trackedFiles(deps(root))
    expect([...(tracked ?? [])].sort()).toEqual(['app.py', 'secret/keys.txt', 'we ird\nname.py'])
    const sub = await trackedFiles(deps(path.join(root, 'secret')))
    expect([...(sub ?? [])]).toEqual(['keys.txt'])
  })

  it('is undefined outside a repository, so the walk keeps its plain behaviour', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-no-git-'))
    try {
      expect(
        await trackedFiles({
          ...deps(outside),
          exec: (cmd, args, o) =>
            execFile(cmd, args, {
              ...o,
              env: { ...process.env, GIT_CEILING_DIRECTORIES: os.tmpdir() }
            })
        })
      ).toBeUndefined()
    } finally {
      fs.rmSync(outside, { recursive: true, force: true })
    }
  })
})

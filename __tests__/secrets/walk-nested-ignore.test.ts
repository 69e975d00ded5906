import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { walkFiles } from '../../src/secrets/files.js'

/**
 * A `.gitignore` below the root applies to its own directory only, and the walk reads one only
 * where a directory lists it: these cases pin what that reading must keep.
 */
let root: string
beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-walk-nested-')))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const write = (rel: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
  fs.writeFileSync(path.join(root, rel), text)
}
const listed = async (): Promise<string[]> => {
  const { files } = await walkFiles([root], { workspace: root, maxFileSize: 1 << 20, exclude: [] })
  return files.map(f => f.rel).sort()
}

describe('walkFiles and nested .gitignore files', () => {
  it('applies a nested .gitignore to its directory and below, not to its siblings', async () => {
    write('app/.gitignore', '*.log\nbuild/\n')
    write('app/main.py', 'x = 1\n')
    write('app/debug.log', 'l\n')
    write('app/build/out.py', 'o\n')
    write('app/deep/trace.log', 't\n')
    write('lib/debug.log', 'kept\n')
    write('lib/build/out.py', 'kept\n')
    expect(await listed()).toEqual([
      'app/.gitignore',
      'app/main.py',
      'lib/build/out.py',
      'lib/debug.log'
    ])
  })

  it('reads a .gitignore in a directory reached through several levels, beside other entries', async () => {
    write('a/b/c/.gitignore', 'secret.txt\n')
    write('a/b/c/secret.txt', 's\n')
    write('a/b/c/zz.py', 'z\n')
    write('a/b/c/.env.example', 'e\n')
    write('a/b/secret.txt', 'kept\n')
    expect(await listed()).toEqual([
      'a/b/c/.env.example',
      'a/b/c/.gitignore',
      'a/b/c/zz.py',
      'a/b/secret.txt'
    ])
  })

  it('does not follow a .gitignore that is a symbolic link, at the root or below it', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-walk-outside-'))
    try {
      fs.writeFileSync(path.join(outside, 'rules'), '*.py\n')
      write('app.py', 'x = 1\n')
      write('sub/mod.py', 'y = 2\n')
      fs.symlinkSync(path.join(outside, 'rules'), path.join(root, '.gitignore'))
      fs.symlinkSync(path.join(outside, 'rules'), path.join(root, 'sub', '.gitignore'))
      expect(await listed()).toEqual(['app.py', 'sub/mod.py'])
    } finally {
      fs.rmSync(outside, { recursive: true, force: true })
    }
  })
})

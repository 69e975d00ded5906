import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  openAtomicWriter,
  UnsafeOutputPathError,
  writeFileAtomic
} from '../../src/util/atomic-write.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-atomic-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const leftovers = (): string[] => fs.readdirSync(dir).filter(f => f.endsWith('.tmp'))

describe('writeFileAtomic', () => {
  it('writes text and chunks, creating parent directories, leaving no temporary file', async () => {
    const file = path.join(dir, 'a', 'b', 'r.json')
    await writeFileAtomic(file, ['{"x":', '1}'])
    expect(fs.readFileSync(file, 'utf8')).toBe('{"x":1}')
    await writeFileAtomic(file, 'second')
    expect(fs.readFileSync(file, 'utf8')).toBe('second')
    expect(fs.readdirSync(path.dirname(file))).toEqual(['r.json'])
  })

  it('refuses a symlink at the target and leaves what it points to alone', async () => {
    const victim = path.join(dir, 'victim')
    fs.writeFileSync(victim, 'keep')
    const link = path.join(dir, 'out.sarif')
    fs.symlinkSync(victim, link)
    await expect(writeFileAtomic(link, 'x')).rejects.toBeInstanceOf(UnsafeOutputPathError)
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep')
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true)
    // A dangling link (to a file that does not exist yet) is refused the same way.
    const dangling = path.join(dir, 'dangling')
    fs.symlinkSync(path.join(dir, 'nowhere'), dangling)
    await expect(writeFileAtomic(dangling, 'x')).rejects.toThrow(/symbolic link/)
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false)
    expect(leftovers()).toEqual([])
  })

  it('refuses a directory inside the root that resolves outside it', async () => {
    const root = path.join(dir, 'ws')
    const outside = path.join(dir, 'outside')
    fs.mkdirSync(root)
    fs.mkdirSync(outside)
    fs.symlinkSync(outside, path.join(root, 'out'))
    await expect(writeFileAtomic(path.join(root, 'out', 'r.json'), 'x', { root })).rejects.toThrow(
      /outside it/
    )
    expect(fs.readdirSync(outside)).toEqual([])
    // Outside the root, the caller's choice stands.
    await writeFileAtomic(path.join(outside, 'r.json'), 'y', { root })
    expect(fs.readFileSync(path.join(outside, 'r.json'), 'utf8')).toBe('y')
  })

  it('never leaves a mix when two writers race on one path', async () => {
    const file = path.join(dir, 'metrics.json')
    const a = Array.from({ length: 64 }, () => 'a'.repeat(64 * 1024))
    const b = Array.from({ length: 64 }, () => 'b'.repeat(64 * 1024))
    for (let round = 0; round < 5; round++) {
      await Promise.all([writeFileAtomic(file, a), writeFileAtomic(file, b)])
      const text = fs.readFileSync(file, 'utf8')
      expect(text.length).toBe(64 * 64 * 1024)
      expect(text === a.join('') || text === b.join('')).toBe(true)
    }
    expect(leftovers()).toEqual([])
  })
})

describe('openAtomicWriter', () => {
  it('shows nothing at the target until commit; rewind starts the text over', async () => {
    const file = path.join(dir, 'out', 'log.sarif')
    const out = await openAtomicWriter(file)
    await out.write('a long first attempt ')
    await out.write('é'.repeat(5000))
    expect(fs.existsSync(file)).toBe(false)
    await out.rewind()
    await out.write('short ')
    await out.write('é')
    await out.commit()
    expect(fs.readFileSync(file, 'utf8')).toBe('short é')
    expect(leftovers()).toEqual([])
  })

  it('abort removes the temporary file and leaves the target as it was', async () => {
    const file = path.join(dir, 'log.sarif')
    fs.writeFileSync(file, 'previous')
    const out = await openAtomicWriter(file)
    await out.write('half')
    await out.abort()
    expect(fs.readFileSync(file, 'utf8')).toBe('previous')
    expect(fs.readdirSync(dir)).toEqual(['log.sarif'])
  })

  it('refuses a symlink at the target before writing anything', async () => {
    const victim = path.join(dir, 'victim')
    fs.writeFileSync(victim, 'keep')
    fs.symlinkSync(victim, path.join(dir, 'log.sarif'))
    await expect(openAtomicWriter(path.join(dir, 'log.sarif'))).rejects.toBeInstanceOf(
      UnsafeOutputPathError
    )
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep')
    expect(leftovers()).toEqual([])
  })
})

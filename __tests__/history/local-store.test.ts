import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import { localStore } from '../../src/history/local-store.js'
import { HISTORY_FILE, parseHistory } from '../../src/history/record.js'
import { testRecord } from './records.js'

// The CLI's embedded store: JSON Lines appended with one write under a lock, safe for
// concurrent writers, retention by category, never outside the workspace.

const workspace = (): string => mkdtempSync(path.join(tmpdir(), 'rg-local-store-'))

describe('local history store', () => {
  it('appends one JSON line per run, readable without runguard, and keeps git status clean', async () => {
    const ws = workspace()
    const store = localStore({ workspace: ws, dir: '.runguard/history' })
    await store.update({ record: testRecord(1), keep: 1000 })
    await store.update({ record: testRecord(2), keep: 1000 })
    const text = readFileSync(path.join(ws, '.runguard/history', HISTORY_FILE), 'utf8')
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[1]!)).toMatchObject({ schema: 'runguard-history/1', commit: 'c2' })
    expect(readFileSync(path.join(ws, '.runguard/history/.gitignore'), 'utf8')).toMatch(/^\*$/m)
    const loaded = await store.load(1000)
    expect(loaded.records.map(r => r.commit)).toEqual(['c1', 'c2'])
  })

  it('loses no record when many writers append at once (with retention rewrites among them)', async () => {
    const ws = workspace()
    const writers = Array.from({ length: 6 }, () =>
      localStore({
        workspace: ws,
        dir: '.runguard/history',
        sleep: ms => new Promise(r => setTimeout(r, ms / 10))
      })
    )
    await Promise.all(
      writers.map(async (store, w) => {
        for (let i = 0; i < 15; i++)
          await store.update({ record: testRecord(w * 100 + i, `cat${w % 2}`), keep: 1000 })
      })
    )
    const text = readFileSync(path.join(ws, '.runguard/history', HISTORY_FILE), 'utf8')
    const parsed = parseHistory(text)
    expect(parsed.skipped).toBe(0)
    expect(parsed.records).toHaveLength(90)
    expect(new Set(parsed.records.map(r => r.id)).size).toBe(90)
    // retention under concurrency: 45 per category, keep 30 (+ slack 10) → rewritten to 30
    const pruning = Array.from({ length: 3 }, () =>
      localStore({ workspace: ws, dir: '.runguard/history' })
    )
    await Promise.all(
      pruning.map((s, w) => s.update({ record: testRecord(900 + w, 'cat0'), keep: 30 }))
    )
    const after = parseHistory(
      readFileSync(path.join(ws, '.runguard/history', HISTORY_FILE), 'utf8')
    )
    // the file holds at most keep + slack (10) per category; readers see keep
    const inFile = after.records.filter(r => r.category === 'cat0').length
    expect(inFile).toBeGreaterThanOrEqual(30)
    expect(inFile).toBeLessThanOrEqual(40)
    const loaded = await pruning[0]!.load(30)
    const cat0 = loaded.records.filter(r => r.category === 'cat0')
    expect(cat0).toHaveLength(30)
    // the newest records survive, including every concurrent writer's
    expect(cat0.filter(r => r.commit?.startsWith('c90'))).toHaveLength(3)
    expect(loaded.records.filter(r => r.category === 'cat1')).toHaveLength(30)
  })

  it('skips a torn or foreign line and still reads the rest', async () => {
    const ws = workspace()
    const dir = path.join(ws, '.runguard/history')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      path.join(dir, HISTORY_FILE),
      JSON.stringify(testRecord(1)) +
        '\n{"schema":"runguard-hist\n' +
        JSON.stringify({ hello: 1 }) +
        '\n'
    )
    const loaded = await localStore({ workspace: ws, dir: '.runguard/history' }).load(1000)
    expect(loaded.records).toHaveLength(1)
    expect(loaded.problems).toEqual([
      expect.stringMatching(/2 line\(s\) are not runguard history records/)
    ])
  })

  it('refuses a directory outside the workspace, also through a symbolic link', async () => {
    const ws = workspace()
    expect(() => localStore({ workspace: ws, dir: '../elsewhere' })).toThrow(ConfigurationError)
    const outside = mkdtempSync(path.join(tmpdir(), 'rg-outside-'))
    symlinkSync(outside, path.join(ws, '.runguard'))
    const store = localStore({ workspace: ws, dir: '.runguard/history' })
    await expect(store.update({ record: testRecord(1), keep: 10 })).rejects.toThrow(
      /outside the workspace/
    )
  })

  it('does not follow a history file that is a symbolic link', async () => {
    const ws = workspace()
    const dir = path.join(ws, '.runguard/history')
    mkdirSync(dir, { recursive: true })
    const target = path.join(ws, 'victim.txt')
    writeFileSync(target, 'keep me\n')
    symlinkSync(target, path.join(dir, HISTORY_FILE))
    const store = localStore({ workspace: ws, dir: '.runguard/history' })
    await expect(store.update({ record: testRecord(1), keep: 10 })).rejects.toThrow()
    expect(readFileSync(target, 'utf8')).toBe('keep me\n')
  })
})

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'
import { STREAM_THRESHOLD, scanFile } from '../../src/secrets/scan-file.js'

// scanFile reads synchronously: a path swapped for a FIFO or a link after the walk must become
// an "unread" outcome, never a hang or a read through the link.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-scan-file-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
const sample = (GENERATORS['github-pat'] as (r: () => number) => Sample)(seeded(11))

describe('scanFile', () => {
  it('scans a regular file', async () => {
    const abs = path.join(dir, 'settings.py')
    fs.writeFileSync(abs, `x = 1\nTOKEN = "${sample.value}"\n`)
    const outcome = await scanFile({ abs, rel: 'settings.py', size: fs.statSync(abs).size }, 'skip')
    expect(outcome.kind).toBe('scanned')
    expect(outcome.kind === 'scanned' && outcome.matches.map(m => [m.ruleId, m.startLine])).toEqual(
      [['github-pat', 2]]
    )
  })

  it('does not block on a FIFO that replaced a file', async () => {
    // Opened non-blocking: with no writer the read ends at once (an empty text); a blocking open
    // would wait for a writer forever.
    const abs = path.join(dir, 'pipe')
    execFileSync('mkfifo', [abs])
    const outcome = await scanFile({ abs, rel: 'pipe', size: 10 }, 'skip')
    expect(outcome).toEqual({ rel: 'pipe', kind: 'scanned', matches: [] })
  })

  it('does not read through a link that replaced a file', async () => {
    const target = path.join(dir, 'target.env')
    fs.writeFileSync(target, `TOKEN = "${sample.value}"\n`)
    const abs = path.join(dir, 'link.env')
    fs.symlinkSync(target, abs)
    const outcome = await scanFile({ abs, rel: 'link.env', size: 10 }, 'skip')
    expect(outcome).toEqual({ rel: 'link.env', kind: 'unread', reason: 'cannot read: ELOOP' })
  })

  it('streams a file that grew past the threshold since the walk, from the file now open', async () => {
    const abs = path.join(dir, 'grown.log')
    fs.writeFileSync(abs, `${'x'.repeat(STREAM_THRESHOLD)}\nTOKEN = "${sample.value}"\n`)
    const outcome = await scanFile({ abs, rel: 'grown.log', size: 10 }, 'skip')
    expect(outcome.kind === 'scanned' && outcome.matches.map(m => [m.ruleId, m.startLine])).toEqual(
      [['github-pat', 2]]
    )
  })

  it('does not read through a link or block on a FIFO that replaced a large file', async () => {
    // The streamed path opens the file itself: the same rules hold there.
    const target = path.join(dir, 'big-target.env')
    fs.writeFileSync(target, `TOKEN = "${sample.value}"\n`)
    const link = path.join(dir, 'big-link.env')
    fs.symlinkSync(target, link)
    const big = STREAM_THRESHOLD + 1
    expect(await scanFile({ abs: link, rel: 'big-link.env', size: big }, 'skip')).toEqual({
      rel: 'big-link.env',
      kind: 'unread',
      reason: 'cannot read: ELOOP'
    })
    const fifo = path.join(dir, 'big-pipe')
    execFileSync('mkfifo', [fifo])
    expect(await scanFile({ abs: fifo, rel: 'big-pipe', size: big }, 'skip')).toEqual({
      rel: 'big-pipe',
      kind: 'scanned',
      matches: []
    })
  })

  it('reports a missing file as unread', async () => {
    const outcome = await scanFile({ abs: path.join(dir, 'gone'), rel: 'gone', size: 1 }, 'skip')
    expect(outcome).toEqual({ rel: 'gone', kind: 'unread', reason: 'cannot read: ENOENT' })
  })
})

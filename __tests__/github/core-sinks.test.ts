import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { coreAnnotationSink } from '../../src/github/annotations.js'
import { coreOutputs } from '../../src/github/outputs.js'

/**
 * The @actions/core-backed defaults, checked through what core really writes: workflow commands
 * on stdout and the GITHUB_OUTPUT file (no module mocks).
 */

const savedOutput = process.env.GITHUB_OUTPUT
afterEach(() => {
  if (savedOutput === undefined) delete process.env.GITHUB_OUTPUT
  else process.env.GITHUB_OUTPUT = savedOutput
})

function captureStdout(fn: () => void): string {
  const chunks: string[] = []
  const original = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  }
  try {
    fn()
  } finally {
    process.stdout.write = original
  }
  return chunks.join('')
}

describe('coreAnnotationSink', () => {
  it('prints error/warning/notice workflow commands with file and lines, redacted', () => {
    const sink = coreAnnotationSink(t => t.replace('hunter22', '***'))
    const out = captureStdout(() => {
      sink.annotate({
        level: 'error',
        message: 'password hunter22 in\nlog',
        title: '[bandit] B105: hardcoded, password',
        file: 'app/a.py',
        startLine: 3,
        endLine: 4
      })
      sink.annotate({ level: 'warning', message: 'w' })
      sink.annotate({
        level: 'notice',
        message: 'n',
        file: 'b.py',
        startLine: 1,
        endLine: 1,
        startColumn: 2,
        endColumn: 5
      })
    })
    const lines = out.trim().split(/\r?\n/)
    expect(lines[0]).toBe(
      '::error title=[bandit] B105%3A hardcoded%2C password,file=app/a.py,line=3,endLine=4::password *** in%0Alog'
    )
    expect(lines[1]).toBe('::warning::w')
    expect(lines[2]).toBe('::notice file=b.py,line=1,endLine=1,col=2,endColumn=5::n')
    expect(out).not.toContain('hunter22')
  })
})

describe('coreOutputs', () => {
  it('writes to the GITHUB_OUTPUT file', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'rg-out-')), 'output')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    coreOutputs()('passed', 'true')
    expect(readFileSync(file, 'utf8')).toMatch(/^passed<<(ghadelimiter_[\w-]+)\ntrue\n\1\n$/)
  })
})

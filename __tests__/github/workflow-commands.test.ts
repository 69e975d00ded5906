import * as core from '@actions/core'
import { afterEach, describe, expect, it } from '@jest/globals'
import * as commands from '../../src/github/workflow-commands.js'

/**
 * The Action writes its log lines, masks and annotations without @actions/core (which loads
 * undici at import): every command must come out byte for byte as core writes it.
 */

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

const HOSTILE = [
  '',
  'plain',
  'a%b%25c',
  'line\nbreak\r\nand\rreturn',
  '::error::injected',
  'key=value,other:thing',
  '%0A already escaped',
  'ünïcødé ✓ 💥',
  '  padded  '
]

const PROPERTIES: commands.CommandAnnotation[] = [
  {},
  { title: 'a: b, c\nd%', file: 'dir/a b,c:d.py', startLine: 3, endLine: 4 },
  { file: 'x.py', startLine: 0, endLine: 1, startColumn: 2, endColumn: 0 },
  { title: '', file: 'only-file.py' },
  { startLine: 7, startColumn: 1, endColumn: 9 }
]

const saved = { ...process.env }
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
})

describe('workflow commands as @actions/core writes them', () => {
  it('annotations, for every level, message and position', () => {
    for (const level of ['error', 'warning', 'notice'] as const) {
      for (const message of HOSTILE) {
        for (const props of PROPERTIES) {
          const ours = captureStdout(() => commands.annotation(level, message, props))
          const theirs = captureStdout(() => core[level](message, props))
          expect(ours).toBe(theirs)
        }
      }
    }
  })

  it('masks, debug lines and plain lines', () => {
    for (const text of HOSTILE) {
      expect(captureStdout(() => commands.setSecret(text))).toBe(
        captureStdout(() => core.setSecret(text))
      )
      expect(captureStdout(() => commands.debug(text))).toBe(captureStdout(() => core.debug(text)))
      expect(captureStdout(() => commands.info(text))).toBe(captureStdout(() => core.info(text)))
    }
  })

  it('reads inputs and the debug flag from the environment the same way', () => {
    process.env['INPUT_FAIL-ON'] = '  high \n'
    process.env.INPUT_WITH_SPACE = 'x'
    process.env.INPUT_EMPTY = ''
    for (const name of ['fail-on', 'Fail-On', 'with space', 'empty', 'never-set']) {
      expect(commands.getInput(name)).toBe(core.getInput(name))
    }
    for (const value of ['1', '0', 'true', undefined]) {
      if (value === undefined) delete process.env.RUNNER_DEBUG
      else process.env.RUNNER_DEBUG = value
      expect(commands.isDebug()).toBe(core.isDebug())
    }
  })

  it('escapes what would end a command or start another', () => {
    expect(commands.formatCommand('error', { title: 'a::b' }, 'x\n::add-mask::y')).toBe(
      '::error title=a%3A%3Ab::x%0A::add-mask::y'
    )
    expect(commands.formatCommand('', {}, 'm')).toBe('::missing.command::m')
  })
})

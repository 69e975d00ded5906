import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

/**
 * Comments and docs cite only files in this repository: no team documents (architecture or
 * style notes, collected references by section) that a reader of the repository does not have,
 * and every `docs/….md` a file names exists.
 */
const ROOTS = ['src', '__tests__', 'scripts', 'bench', 'docs', 'README.md', 'eslint.config.mjs']
const SKIP = new Set(['node_modules', 'results'])

function files(p: string): string[] {
  if (!existsSync(p)) return []
  if (statSync(p).isFile()) return [p]
  return readdirSync(p).flatMap(name => (SKIP.has(name) ? [] : files(path.join(p, name))))
}

const TEXT = /\.(ts|mjs|js|sh|md)$/
const ALL = ROOTS.flatMap(files).filter(f => TEXT.test(f))
// This file names the patterns it forbids.
const SELF = path.join('__tests__', 'lint', 'citations.test.ts')
const OUTSIDE = /\b(?:ARCHITECTURE|STYLE|BRIEF|OWNERS)\.md\b|\breference §|§\s?\d/

describe('citations', () => {
  it('no file cites a document outside the repository', () => {
    const offenders = ALL.filter(f => f !== SELF)
      .flatMap(f =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ f, i, line }))
      )
      .filter(({ line }) => OUTSIDE.test(line))
      .map(({ f, i, line }) => `${f}:${i + 1}: ${line.trim()}`)
    expect(offenders).toEqual([])
  })

  it('every docs/….md a file names exists', () => {
    const missing = ALL.flatMap(f =>
      [...readFileSync(f, 'utf8').matchAll(/\bdocs\/[\w./-]+\.md\b/g)]
        .map(m => m[0])
        .filter(doc => !existsSync(doc))
        .map(doc => `${f}: ${doc}`)
    )
    expect(missing).toEqual([])
  })
})

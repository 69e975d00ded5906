import { describe, expect, it } from '@jest/globals'
import picomatch from 'picomatch'
import { compileGlob, compileGlobs, globProblem } from '../../src/glob/match.js'

/** Same answers as picomatch (dot: true) on the syntax both support; see src/glob/match.ts. */

const SEGMENTS = [
  'a',
  'b',
  'src',
  '.git',
  'x.py',
  'ab.py',
  'a.b.c',
  'node_modules',
  'tests',
  'é.py',
  ''
]
const PATTERN_PARTS = [
  'a',
  'b',
  '*',
  '**',
  '?',
  '*.py',
  'a*',
  '*b*',
  '[a-c]',
  '[^a]*',
  '{a,b}',
  '{x,y}.py',
  'src',
  '.git',
  'tests',
  'a?.py',
  '*.{py,c}',
  '{1..3}'
]

/** Small deterministic generator, so a failure names the seed. */
function rand(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

describe('compileGlob', () => {
  it('agrees with picomatch on generated patterns and paths', () => {
    const r = rand(42)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T
    const disagreements: string[] = []
    for (let i = 0; i < 400; i++) {
      const pattern = Array.from({ length: 1 + Math.floor(r() * 4) }, () =>
        pick(PATTERN_PARTS)
      ).join('/')
      const ours = compileGlob(pattern)
      const theirs = picomatch(pattern, { dot: true })
      for (let j = 0; j < 40; j++) {
        const p = Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick(SEGMENTS))
          .filter(s => s !== '')
          .join('/')
        if (p === '') continue
        if (ours(p) !== theirs(p)) disagreements.push(`${pattern} ${p} picomatch=${theirs(p)}`)
      }
    }
    expect(disagreements).toEqual([])
  })

  it('matches the forms users write', () => {
    const cases: Array<[string, string, boolean]> = [
      ['tests/**', 'tests', true],
      ['tests/**', 'tests/a/b.py', true],
      ['**/fixtures/**', 'a/fixtures/x.py', true],
      ['**/*.py', 'x.py', true],
      ['*.py', 'a/x.py', false],
      ['./docs/*.txt', 'docs/a.txt', true],
      ['[!a]*', 'bcd', true],
      ['[!a]*', 'abc', false],
      ['\\*.py', '*.py', true],
      ['\\*.py', 'x.py', false],
      ['!tests/**', 'src/a.py', true],
      ['!tests/**', 'tests/a.py', false]
    ]
    for (const [pattern, path, expected] of cases)
      expect({ pattern, path, match: compileGlob(pattern)(path) }).toEqual({
        pattern,
        path,
        match: expected
      })
  })

  it('takes any of a list', () => {
    const m = compileGlobs(['docs/**', '*.md'])
    expect([m('docs/x'), m('README.md'), m('src/a.py')]).toEqual([true, true, false])
  })

  it('refuses what it does not support, with a reason', () => {
    expect(globProblem('+(a|aa)b')).toMatch(/extended glob/)
    expect(globProblem('@(x|y)')).toMatch(/extended glob/)
    expect(globProblem('')).toMatch(/empty/)
    expect(globProblem('x'.repeat(2000))).toMatch(/longer than/)
    expect(globProblem('{a,b}'.repeat(9))).toMatch(/alternatives/)
    expect(globProblem('src/**/*.py')).toBeUndefined()
  })
})

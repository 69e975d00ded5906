import { describe, expect, it } from '@jest/globals'
import {
  describeAddedSuppressions,
  INLINE_SUPPRESSIONS_SHOWN,
  suppressionsIn
} from '../../src/trust/inline-suppressions.js'

describe('suppressionsIn', () => {
  it('finds each marker with the rule ids it names, at its line, and nothing else', () => {
    const found = suppressionsIn([
      {
        path: 'a.py',
        startLine: 10,
        text: [
          'x = 1  # NOSEC',
          'y = call()  # nosec: B101,B102 because',
          'z = 2  # nosemgrep:rule-a, rule.b trailing words',
          'w = 3  // nosemgrep',
          'k = "v"  # runguard:allow',
          'nosecurity = "nosemgrepper"  # mentions nosec in prose',
          'plain = 4'
        ].join('\n')
      }
    ])
    expect(found).toEqual([
      { path: 'a.py', line: 10, marker: '# NOSEC' },
      { path: 'a.py', line: 11, marker: '# nosec: B101,B102' },
      { path: 'a.py', line: 12, marker: '# nosemgrep:rule-a, rule.b' },
      { path: 'a.py', line: 13, marker: '// nosemgrep' },
      { path: 'a.py', line: 14, marker: 'runguard:allow' }
    ])
  })

  it('lists up to the cap and counts the rest', () => {
    const many = Array.from({ length: INLINE_SUPPRESSIONS_SHOWN + 5 }, (_, i) => ({
      path: 'b.py',
      line: i + 1,
      marker: '# nosec'
    }))
    const lines = describeAddedSuppressions(many)
    expect(lines).toHaveLength(INLINE_SUPPRESSIONS_SHOWN + 1)
    expect(lines.at(-1)).toMatch(/5 more not listed \(35 in all\)/)
  })
})

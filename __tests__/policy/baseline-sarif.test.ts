import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import { loadBaselineSarif, parseBaselineSarif } from '../../src/policy/baseline-sarif.js'

describe('baseline SARIF', () => {
  it('reads fingerprints, line hashes, rule ids (also via ruleIndex) and decoded paths', () => {
    const log = {
      runs: [
        {
          tool: { driver: { name: 'Other', rules: [{ id: 'R1' }] } },
          results: [
            {
              ruleIndex: 0,
              message: { text: 'm' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'src/a%20b.py' },
                    region: { startLine: 4 }
                  }
                }
              ],
              partialFingerprints: { primaryLocationLineHash: 'abc:1', 'runguard/v1': 'fp' }
            },
            { ruleId: 'R2', message: { text: 'gone' }, baselineState: 'absent' }
          ]
        }
      ]
    }
    expect(parseBaselineSarif(log, 'b.sarif').results).toEqual([
      {
        tool: 'Other',
        ruleId: 'R1',
        path: 'src/a b.py',
        startLine: 4,
        message: 'm',
        fingerprint: 'fp',
        lineHash: 'abc:1'
      }
    ])
  })

  it('turns unreadable or non-SARIF files into configuration errors naming the setting', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-base-'))
    fs.writeFileSync(path.join(dir, 'bad.sarif'), '{not json')
    expect(() => loadBaselineSarif(path.join(dir, 'bad.sarif'))).toThrow(
      /baseline-sarif .*bad\.sarif cannot be read as JSON/
    )
    expect(() => loadBaselineSarif(path.join(dir, 'missing.sarif'))).toThrow(ConfigurationError)
    expect(() => parseBaselineSarif({ version: '2.1.0' }, 'x')).toThrow(/not a SARIF log/)
  })
})

import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { SETTING_TABLE } from '../../src/config/keys.js'
import { ACTION_OUTPUTS } from '../../src/config/outputs.js'

describe('action.yml', () => {
  const doc = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>
    outputs: Record<string, unknown>
    runs: { using: string; main: string }
  }

  it('declares exactly the inputs of the setting table (regenerate with scripts/gen-action-yml.ts)', () => {
    const expected = [
      'config',
      ...SETTING_TABLE.filter(k => k.input === true).map(k => k.name)
    ].sort()
    expect(Object.keys(doc.inputs).sort()).toEqual(expected)
  })

  it('declares no value defaults (the schema owns them)', () => {
    const withDefaults = Object.entries(doc.inputs).filter(([, v]) => v.default !== undefined)
    expect(withDefaults).toEqual([
      [
        'github-token',
        { default: '${{ github.token }}', description: expect.any(String), required: false }
      ]
    ])
  })

  it('declares the outputs and runs on node24 from dist/', () => {
    expect(Object.keys(doc.outputs).sort()).toEqual(Object.keys(ACTION_OUTPUTS).sort())
    expect(doc.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})

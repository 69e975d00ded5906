import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { sampleLogs } from '../fixtures/sarif/samples.js'

// ajv-formats is CommonJS; under ESM its default export is the function or wraps it.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => void

/** The schema is draft 2020-12 (its `$schema` says so), hence Ajv2020, not the draft-07 Ajv. */
function schemaValidator() {
  const schema = JSON.parse(
    fs.readFileSync(
      path.join(import.meta.dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'),
      'utf8'
    )
  )
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  return ajv.compile(schema)
}

describe('SARIF against the official 2.1.0 schema', () => {
  const validate = schemaValidator()
  for (const [name, log] of Object.entries(sampleLogs())) {
    it(`${name} is valid`, () => {
      const ok = validate(log)
      expect(validate.errors ?? []).toEqual([])
      expect(ok).toBe(true)
    })
  }
  it('rejects what GitHub rejects (a level outside the enum, startLine 0)', () => {
    const log = JSON.parse(JSON.stringify(sampleLogs().mixed))
    log.runs[0].results[0].level = 'critical'
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(log)).toBe(false)
    const messages = (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`).join('\n')
    expect(messages).toMatch(/level must be equal to one of the allowed values/)
    expect(messages).toMatch(/startLine must be >= 1/)
  })
})

import { describe, expect, it } from '@jest/globals'
import { licenseViolation, resolveLicense } from '../../src/inventory/licenses.js'
import { policyEntryError } from '../../src/inventory/spdx-entry.js'
import { createTestSettings } from '../helpers/settings.js'

describe('resolveLicense', () => {
  it('prefers License-Expression, then an SPDX License field, then exact classifiers', () => {
    expect(resolveLicense({ expression: 'MIT OR Apache-2.0', classifiers: [] })).toEqual({
      expression: 'MIT OR Apache-2.0',
      source: 'expression'
    })
    expect(resolveLicense({ license: 'BSD-3-Clause', classifiers: [] })).toMatchObject({
      expression: 'BSD-3-Clause',
      source: 'license-field'
    })
    expect(
      resolveLicense({
        classifiers: [
          'License :: OSI Approved :: MIT License',
          'License :: OSI Approved :: GNU General Public License v3 (GPLv3)'
        ]
      })
    ).toMatchObject({ expression: '(MIT) OR (GPL-3.0-only)', source: 'classifier' })
  })

  it('leaves a family classifier or free text it cannot map unknown, never guessed', () => {
    expect(resolveLicense({ classifiers: ['License :: OSI Approved :: BSD License'] }).source).toBe(
      'unknown'
    )
    expect(resolveLicense({ license: 'see LICENSE, ask us', classifiers: [] })).toEqual({
      source: 'unknown',
      declared: 'see LICENSE, ask us'
    })
  })

  it('corrects a common spelling and recognises well-known licence texts', () => {
    expect(resolveLicense({ license: 'Apache 2.0', classifiers: [] })).toMatchObject({
      expression: 'Apache-2.0',
      declared: 'Apache 2.0'
    })
    expect(
      resolveLicense({
        classifiers: [],
        licenseFile: {
          file: 'LICENSE',
          head: 'Redistribution and use in source and binary forms ... Neither the name of the copyright holder'
        }
      })
    ).toMatchObject({ expression: 'BSD-3-Clause', source: 'license-text' })
  })
})

describe('licence policy', () => {
  const info = (expression: string) => ({ expression, source: 'expression' as const })

  it('deny: a package usable under a licence the list does not deny passes', () => {
    const deny = { allow: [], deny: ['GPL-3.0-only'] }
    expect(licenseViolation(info('MIT OR GPL-3.0-only'), deny)).toBeUndefined()
    expect(licenseViolation(info('MIT AND GPL-3.0-only'), deny)).toBe(
      'MIT AND GPL-3.0-only needs GPL-3.0-only, which deny-licenses lists'
    )
    expect(licenseViolation(info('GPL-3.0-only'), deny)).toMatch(/deny-licenses/)
  })

  it('allow: the expression must be satisfiable with the allowed ids', () => {
    const allow = { allow: ['MIT', 'Apache-2.0'], deny: [] }
    expect(licenseViolation(info('MIT'), allow)).toBeUndefined()
    expect(licenseViolation(info('GPL-2.0-only OR Apache-2.0'), allow)).toBeUndefined()
    expect(licenseViolation(info('BSD-3-Clause'), allow)).toBe(
      'BSD-3-Clause is not satisfied by allow-licenses (MIT, Apache-2.0)'
    )
    // Unknown licences are listed elsewhere, not failed here.
    expect(licenseViolation({ source: 'unknown' }, allow)).toBeUndefined()
  })

  it('settings: each entry is one SPDX id; allow and deny together are a configuration error', () => {
    expect(policyEntryError('MIT')).toBeUndefined()
    expect(policyEntryError('Apache-2.0 WITH LLVM-exception')).toBeUndefined()
    expect(policyEntryError('MIT OR GPL-3.0-only')).toMatch(/is an expression/)
    expect(policyEntryError('not a licence')).toMatch(/not an SPDX licence identifier/)
    expect(() => createTestSettings({ denyLicenses: ['GPL-3.0'] })).not.toThrow()
    expect(() => createTestSettings({ denyLicenses: ['Nope-1'] })).toThrow(/not an SPDX/)
    expect(() =>
      createTestSettings({ allowLicenses: ['MIT'], denyLicenses: ['GPL-3.0-only'] })
    ).toThrow(/set allow-licenses or deny-licenses, not both/)
  })
})

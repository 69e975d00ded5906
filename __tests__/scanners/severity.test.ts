import { describe, expect, it } from '@jest/globals'
import {
  cvssBaseScore,
  resolveFromVector,
  severityFromCvss,
  severityFromLabel,
  severityFromScore
} from '../../src/scanners/severity.js'

describe('cvssBaseScore', () => {
  it.each([
    // NVD scores for the CVEs these vectors belong to.
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8], // CVE-2018-18074 (NVD v3.0)
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L', 5.6],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8],
    ['AV:N/AC:L/Au:N/C:P/I:N/A:N', 5.0], // CVSS 2.0
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3]
  ])('%s → %d', (vector, score) => {
    expect(cvssBaseScore(vector)).toBe(score)
  })

  it('uses the base score, not the temporal one', () => {
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U')).toBe(9.8)
  })

  it.each([
    '',
    'garbage',
    'CVSS:3.1/AV:X',
    'CVSS:3.1/AV:N/AC:L',
    'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'
  ])('rejects incomplete or invalid %j', vector => {
    expect(cvssBaseScore(vector)).toBeUndefined()
  })
})

describe('severityFromScore', () => {
  it.each([
    [10, 'critical'],
    [9.0, 'critical'],
    [8.9, 'high'],
    [7.0, 'high'],
    [6.9, 'medium'],
    [4.0, 'medium'],
    [3.9, 'low'],
    [0.1, 'low'],
    [0, 'info'],
    [-1, 'unknown'],
    [11, 'unknown'],
    [Number.NaN, 'unknown']
  ])('%d → %s', (score, severity) => {
    expect(severityFromScore(score)).toBe(severity)
  })
})

describe('severityFromCvss', () => {
  it('computes from the vector and ignores a contradicting score', () => {
    expect(severityFromCvss('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L', 9.9)).toEqual({
      severity: 'medium',
      score: 5.6,
      vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L'
    })
  })

  it('falls back to the given score when the vector is unusable', () => {
    expect(severityFromCvss('nonsense', 7.5)).toEqual({ severity: 'high', score: 7.5 })
    expect(severityFromCvss(undefined, 0)).toEqual({ severity: 'info', score: 0 })
  })

  it('is unknown without vector or score', () => {
    expect(severityFromCvss()).toEqual({ severity: 'unknown' })
    expect(severityFromCvss('CVSS:3.1/', Number.NaN)).toEqual({ severity: 'unknown' })
  })

  it('scores a vector of all-None impact as info', () => {
    expect(severityFromCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N').severity).toBe('info')
  })
})

describe('severityFromLabel', () => {
  it.each([
    ['CRITICAL', 'critical'],
    ['HIGH', 'high'],
    ['MODERATE', 'medium'],
    ['medium', 'medium'],
    ['LOW', 'low'],
    ['', 'unknown'],
    [undefined, 'unknown'],
    ['UNSPECIFIED', 'unknown']
  ])('%j → %s', (label, severity) => {
    expect(severityFromLabel(label)).toBe(severity)
  })
})

describe('resolveFromVector', () => {
  const fromVector = (): null => null
  it('takes the named export (what the bundler hands over)', () => {
    expect(resolveFromVector({ fromVector, default: undefined })).toBe(fromVector)
  })
  it("takes `default.fromVector` (what Node's ESM loader hands over)", () => {
    expect(resolveFromVector({ default: { fromVector } })).toBe(fromVector)
  })
  it('is undefined when neither shape has it', () => {
    expect(resolveFromVector({ default: undefined })).toBeUndefined()
    expect(resolveFromVector(undefined)).toBeUndefined()
  })
})

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  OUTPUT_NAMES,
  computeOutputs,
  setOutputs,
  writeJobSummary
} from '../../src/github/outputs.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { gate, metrics, samples, verdict } from './factories.js'

describe('outputs', () => {
  const v = verdict({
    passed: false,
    reasons: ['gate failed'],
    counts: { critical: 1, high: 2, medium: 3, low: 0, info: 0, unknown: 1 },
    gates: [gate({ passed: false, gate: 'cpu_max <= 90' }), gate()]
  })

  it('computes every output as a string', () => {
    const out = computeOutputs({
      verdict: v,
      sarifFile: 'runguard.sarif',
      sbomFile: 'runguard.cdx.json',
      metrics: metrics({ samples: samples(50) })
    })
    expect(out.passed).toBe('false')
    expect(out['findings-count']).toBe('7')
    expect(out['critical-count']).toBe('1')
    expect(out['high-count']).toBe('2')
    expect(out['sarif-file']).toBe('runguard.sarif')
    expect(out['sbom-file']).toBe('runguard.cdx.json')
    expect(out['gate-failures']).toBe('1')
    expect(JSON.parse(out['gate-failures-json'])).toEqual(['cpu_max <= 90'])
    expect(JSON.parse(out['verdict-json'])).toEqual(v)
    const m = JSON.parse(out['metrics-json'])
    expect(m.cpu_max).toBe(187.5)
    expect(m.samples).toBeUndefined()
  })

  it('sets all outputs through the injected setter, redacted', () => {
    const set: Array<[string, string]> = []
    setOutputs(
      { verdict: verdict({ reasons: ['token abcd1234 leaked'] }) },
      (n, val) => set.push([n, val]),
      t => t.replace('abcd1234', '***')
    )
    expect(set.map(([n]) => n)).toEqual([...OUTPUT_NAMES])
    expect(Object.fromEntries(set)['gate-failures']).toBe('0')
    expect(Object.fromEntries(set)['gate-failures-json']).toBe('[]')
    expect(Object.fromEntries(set)['metrics-json']).toBe('')
    expect(set.some(([, val]) => val.includes('abcd1234'))).toBe(false)
  })
})

describe('writeJobSummary', () => {
  const saved = process.env.GITHUB_STEP_SUMMARY
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
    else process.env.GITHUB_STEP_SUMMARY = saved
  })

  it('appends to the step summary file', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'rg-summary-')), 'summary.md')
    writeFileSync(file, 'before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    expect(await writeJobSummary('## ✅ runguard: passed')).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe('before\n## ✅ runguard: passed\n')
  })

  it('warns instead of throwing without a summary file', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    const logger = new RecordingLogger()
    expect(await writeJobSummary('x', logger)).toBe(false)
    expect(logger.text()).toContain('could not write the job summary')
  })
})

import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { serializeSarif, type SarifLog } from '../../src/report/sarif.js'
import { sampleLogs } from '../fixtures/sarif/samples.js'

/**
 * Runs Microsoft's SARIF multitool (devDependency) with GitHub's ingestion rules on every SARIF
 * the suite produces. It always exits 0, so errors are counted in its output
 * log. We call the platform binary directly with an argv array: the npm wrapper's bin.js uses
 * `shell: true`, which splits `Gh;Sarif` at the semicolon.
 */
function multitoolBinary(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    const bin = require(`@microsoft/sarif-multitool-${process.platform}`) as string
    if (!fs.existsSync(bin)) return undefined
    // npm may not run the package's postinstall chmod (allowScripts).
    fs.chmodSync(bin, 0o755)
    return bin
  } catch {
    return undefined
  }
}

const binary = multitoolBinary()
if (!binary && process.env.CI === 'true') {
  throw new Error(
    `@microsoft/sarif-multitool-${process.platform} is not installed; run npm ci (it is a devDependency)`
  )
}
const describeIf = binary ? describe : describe.skip

interface MultitoolResult {
  ruleId: string
  level?: string
  message: { text?: string; id?: string; arguments?: string[] }
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>
}

describeIf('sarif-multitool validate --rule-kind "Gh;Sarif"', () => {
  it('finds 0 errors in every SARIF runguard writes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-multitool-'))
    const files = Object.entries(sampleLogs()).map(([name, log]) => {
      const file = path.join(dir, `${name}.sarif`)
      fs.writeFileSync(file, serializeSarif(log as SarifLog, true))
      return file
    })
    const out = path.join(dir, 'validation.sarif')
    execFileSync(
      binary!,
      [
        'validate',
        ...files,
        '--rule-kind',
        'Gh;Sarif',
        '--level',
        'Error;Warning;Note',
        '-o',
        out,
        '--log',
        'ForceOverwrite'
      ],
      {
        stdio: 'pipe',
        timeout: 120_000
      }
    )
    const results = (
      JSON.parse(fs.readFileSync(out, 'utf8')) as { runs: Array<{ results: MultitoolResult[] }> }
    ).runs.flatMap(r => r.results)
    const describe = (r: MultitoolResult): string =>
      `${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?'} ${r.ruleId}: ${r.message.text ?? `${r.message.id} ${JSON.stringify(r.message.arguments)}`}`
    // The validator really looked: it leaves notes (e.g. SARIF2010 "no snippet") on our files.
    expect(results.length).toBeGreaterThan(0)
    expect(results.filter(r => r.level === 'error').map(describe)).toEqual([])
    // GitHub-specific rules (GHxxxx) must be fully clean, warnings included.
    expect(
      results.filter(r => r.ruleId.startsWith('GH') && r.level !== 'note').map(describe)
    ).toEqual([])
  })

  it('does report errors for a log GitHub would reject (the check can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-multitool-bad-'))
    const file = path.join(dir, 'bad.sarif')
    fs.writeFileSync(
      file,
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'x', rules: [{ id: 'R' }] } },
            results: [{ ruleId: 'R', message: { text: 'm' } }]
          }
        ]
      })
    )
    const out = path.join(dir, 'validation.sarif')
    execFileSync(
      binary!,
      ['validate', file, '--rule-kind', 'Gh;Sarif', '-o', out, '--log', 'ForceOverwrite'],
      { stdio: 'pipe', timeout: 120_000 }
    )
    const results = (
      JSON.parse(fs.readFileSync(out, 'utf8')) as { runs: Array<{ results: MultitoolResult[] }> }
    ).runs.flatMap(r => r.results)
    expect(results.filter(r => r.level === 'error').map(r => r.ruleId)).toEqual(
      expect.arrayContaining(['GH1013'])
    )
  })
})

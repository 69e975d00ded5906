import { describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Finding } from '../../src/model.js'
import { computeLineHashes } from '../../src/policy/line-hash.js'
import {
  buildSarif,
  encodeRepoPath,
  MAX_RESULTS_PER_RUN,
  serializeSarif,
  writeSarif,
  type SarifInput,
  type SarifRun
} from '../../src/report/sarif.js'
import { createRedactor } from '../../src/redact.js'
import { secretsAdapter } from '../../src/scanners/secrets.js'
import type { ScanContext } from '../../src/scanners/types.js'
import { writeTextChunks } from '../../src/util/write-file.js'
import { RUNGUARD_VERSION } from '../../src/version.js'
import { makeFinding, makeToolRun } from '../fixtures/policy/findings.js'
import { SAMPLE_FILES, sampleInputs } from '../fixtures/sarif/samples.js'

const runOf = (runs: SarifRun[], name: string): SarifRun =>
  runs.find(r => r.tool.driver.name === name)!

describe('the secret detector version', () => {
  it("is runguard's, the same in the tool run (JSON) and as the SARIF driver", async () => {
    const detection = await secretsAdapter.detect({} as ScanContext)
    expect(detection.version).toBe(RUNGUARD_VERSION)
    const { log } = buildSarif({
      toolRuns: [makeToolRun('secrets', { version: detection.version! })],
      findings: [],
      category: 'runguard',
      workspace: '/w',
      runguardVersion: RUNGUARD_VERSION,
      unknownSeverity: 'high'
    })
    expect(log.runs[0]!.tool.driver.version).toBe(RUNGUARD_VERSION)
  })
})

describe('buildSarif', () => {
  const { log, dropped, warnings } = buildSarif(sampleInputs().mixed)
  const runs = log.runs

  it('writes one run per tool with distinct driver names and categories', () => {
    expect(runs.map(r => r.tool.driver.name)).toEqual([
      'bandit',
      'semgrep',
      'safety',
      'osv-scanner',
      'runguard-secrets'
    ])
    expect(runs.map(r => (r.automationDetails as { id: string }).id)).toEqual([
      'runguard/bandit/',
      'runguard/semgrep/',
      'runguard/safety/',
      'runguard/osv-scanner/',
      'runguard/secrets/'
    ])
    expect(runOf(runs, 'runguard-secrets').tool.driver.version).toBe('0.1.0')
    expect(dropped).toBe(0)
    expect(warnings).toEqual([])
  })

  it('always writes a run for a clean tool, none for a skipped one, and marks failures', () => {
    const clean = buildSarif(sampleInputs().clean).log
    expect(clean.runs).toHaveLength(5)
    expect(clean.runs.every(r => Array.isArray(r.results) && r.results.length === 0)).toBe(true)
    const failed = buildSarif(sampleInputs().failedTool).log
    expect(failed.runs.map(r => r.tool.driver.name)).toEqual(['bandit', 'semgrep', 'osv-scanner'])
    expect(runOf(failed.runs, 'bandit').invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          { level: 'error', message: { text: 'bandit exited with code 2: cannot parse config' } },
          { level: 'warning', message: { text: 'x.py: syntax error' } }
        ]
      }
    ])
    expect(runOf(failed.runs, 'semgrep').invocations).toMatchObject([
      { executionSuccessful: false }
    ])
    expect(runOf(failed.runs, 'osv-scanner').invocations).toEqual([{ executionSuccessful: true }])
  })

  it('describes rules with tags, precision and a numeric security-severity only when known', () => {
    const bandit = runOf(runs, 'bandit').tool.driver.rules!
    const b602 = bandit.find(r => r.id === 'B602')!
    expect(b602.properties).toEqual({
      tags: ['security', 'external/cwe/cwe-078'],
      precision: 'high',
      'security-severity': '8.0'
    })
    expect(b602.help).toMatchObject({
      text: expect.stringContaining('CWE-78'),
      markdown: expect.stringContaining('https://cwe.mitre.org/data/definitions/78.html')
    })
    const osvRules = runOf(runs, 'osv-scanner').tool.driver.rules!
    expect(osvRules.map(r => r.id)).toEqual(['GHSA-462w-v97r-4m45'])
    expect((osvRules[0]!.properties as Record<string, unknown>)['security-severity']).toBe('7.5')
    expect(osvRules[0]!.helpUri).toBe('https://osv.dev/vulnerability/GHSA-462w-v97r-4m45')
    // Safety gave no severity: no security-severity at all (a placeholder rejects the upload).
    const safetyRule = runOf(runs, 'safety').tool.driver.rules![0]!
    expect(safetyRule.properties).not.toHaveProperty('security-severity')
    for (const run of runs)
      for (const rule of run.tool.driver.rules!) {
        const s = (rule.properties as Record<string, unknown>)['security-severity']
        if (s !== undefined) expect(s).toMatch(/^(10\.0|[0-9]\.[0-9])$/)
      }
  })

  it('writes results with levels, encoded URIs, line hashes, suppressions and baseline state', () => {
    const [b602, b101] = runOf(runs, 'bandit').results!
    expect(b602).toMatchObject({ ruleId: 'B602', level: 'error', ruleIndex: 1 })
    expect(b602!.partialFingerprints).toEqual({
      'runguard/v1': 'fp-bandit-B602-app.py-12',
      primaryLocationLineHash: computeLineHashes(SAMPLE_FILES['app.py']!)[11]
    })
    expect(b101).toMatchObject({ level: 'note', baselineState: 'unchanged' })
    const secret = runOf(runs, 'runguard-secrets').results![0]!
    expect(secret.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'src/dir%20with%20space/a%23b%3Ac.py', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 12, endColumn: 20 }
        }
      }
    ])
    expect(secret.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'test fixture' }
    ])
    expect(JSON.stringify(secret)).not.toContain('hunter2')
    const info = runOf(runs, 'semgrep').results!.find(r => r.ruleId === 'x.y')!
    expect(info).toMatchObject({
      level: 'note',
      baselineState: 'new',
      suppressions: [{ kind: 'external', properties: { expires: '2030-01-01' } }]
    })
    // startLine 0 from a tool becomes 1; an unreadable file gets no line hash.
    expect(
      (info.locations as Array<{ physicalLocation: { region: unknown } }>)[0]!.physicalLocation
        .region
    ).toEqual({ startLine: 1 })
    expect(info.partialFingerprints).not.toHaveProperty('primaryLocationLineHash')
    expect(runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///tmp/work%20space/' }
    })
  })

  it('keeps the 25,000 most severe results per run and says how many were dropped', () => {
    const many: Finding[] = []
    for (let i = 0; i < MAX_RESULTS_PER_RUN + 5; i++)
      many.push(
        makeFinding({
          ruleId: 'B101',
          severity: i < 5 ? 'critical' : 'low',
          fingerprint: `f${i}`,
          location: { path: 'a.py', startLine: i + 1 }
        })
      )
    const out = buildSarif({
      toolRuns: [makeToolRun('bandit')],
      findings: many,
      category: 'c',
      workspace: '/w',
      runguardVersion: '0',
      unknownSeverity: 'high'
    })
    expect(out.dropped).toBe(5)
    expect(out.log.runs[0]!.results!).toHaveLength(MAX_RESULTS_PER_RUN)
    expect(out.log.runs[0]!.results!.filter(r => r.level === 'error')).toHaveLength(5)
    expect(out.warnings[0]).toMatch(/bandit reported 25005 results; kept the 25000 most severe/)
    // Large logs come in ~64 KB chunks that join to exactly the same JSON; writing them is lossless.
    expect(out.chunks.length).toBeGreaterThan(1)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-sarif-')), 'big.sarif')
    writeTextChunks(file, out.chunks)
    expect(fs.readFileSync(file, 'utf8')).toBe(out.text)
    expect(JSON.parse(out.text).runs[0].results).toHaveLength(MAX_RESULTS_PER_RUN)
  })

  it('drops the least severe results when the gzipped log would exceed 10 MB', () => {
    // Incompressible messages make a log whose gzip is well over 10 MB.
    const noise = (): string => crypto.randomBytes(1500).toString('base64')
    const findings: Finding[] = []
    for (let i = 0; i < 8000; i++)
      findings.push(
        makeFinding({
          tool: i % 2 ? 'semgrep' : 'bandit',
          severity: i < 100 ? 'critical' : 'low',
          fingerprint: `g${i}`,
          message: noise()
        })
      )
    const out = buildSarif({
      toolRuns: [],
      findings,
      category: 'c',
      workspace: '/w',
      runguardVersion: '0',
      unknownSeverity: 'high'
    })
    expect(out.dropped).toBeGreaterThan(0)
    expect(zlib.gzipSync(out.text).length).toBeLessThanOrEqual(10_000_000)
    expect(out.log.runs.flatMap(r => r.results!).filter(r => r.level === 'error')).toHaveLength(100)
    expect(out.warnings.join('\n')).toMatch(
      /above GitHub's 10 MB limit; dropped the \d+ least severe results/
    )
    expect(out.text).toBe(serializeSarif(out.log))
  })

  it('keeps a large but compressible log whole (its estimated gzip size is far below 10 MB)', () => {
    const findings: Finding[] = []
    for (let i = 0; i < 24_000; i++)
      findings.push(
        makeFinding({
          tool: (['bandit', 'semgrep', 'secrets'] as const)[i % 3],
          fingerprint: `c${i}`,
          message: `finding ${i}: ${'the same explanation again and again '.repeat(12)}`,
          location: { path: `src/m${i % 50}.py`, startLine: 1 + (i % 400) }
        })
      )
    const out = buildSarif({
      toolRuns: [],
      findings,
      category: 'c',
      workspace: '/w',
      runguardVersion: '0',
      unknownSeverity: 'high'
    })
    expect(out.chunks.reduce((n, c) => n + c.length, 0)).toBeGreaterThan(10_000_000)
    expect(out.dropped).toBe(0)
    expect(out.warnings).toEqual([])
    expect(zlib.gzipSync(out.text).length).toBeLessThan(5_000_000)
  })

  it('percent-encodes each path segment', () => {
    expect(encodeRepoPath('a b/c:d#e?.py')).toBe('a%20b/c%3Ad%23e%3F.py')
    // A repo path is posix: `\` is a name character, encoded, never a separator.
    expect(encodeRepoPath('./x\\y.py')).toBe('x%5Cy.py')
    expect(encodeRepoPath('')).toBe('.')
  })
})

describe('writeSarif (the log streamed to disk)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-sarif-stream-'))
  let n = 0
  /** writeSarif's file, and buildSarif's output for the same input (the in-memory reference). */
  const both = async (
    make: () => SarifInput,
    redact?: (text: string) => string
  ): Promise<{ file: string; written: string; built: ReturnType<typeof buildSarif> }> => {
    const file = path.join(dir, `out-${n++}.sarif`)
    const result = await writeSarif(make(), file, redact)
    const built = buildSarif(make())
    expect(result.dropped).toBe(built.dropped)
    expect(result.warnings).toEqual(built.warnings)
    return { file, written: fs.readFileSync(file, 'utf8'), built }
  }
  const leftovers = (): string[] => fs.readdirSync(dir).filter(f => f.endsWith('.tmp'))

  it('writes the same bytes as buildSarif on the sample inputs', async () => {
    const samples = sampleInputs()
    for (const name of ['clean', 'mixed', 'failedTool'] as const) {
      const { written, built } = await both(() => sampleInputs()[name])
      expect(written).toBe(built.text)
      expect(samples[name].findings.length === 0 || written.includes('"results":[{')).toBe(true)
    }
  })

  it('writes the same bytes when a run is cut to 25,000 results', async () => {
    const make = (): SarifInput => ({
      toolRuns: [makeToolRun('bandit'), makeToolRun('semgrep')],
      findings: Array.from({ length: MAX_RESULTS_PER_RUN + 600 }, (_, i) =>
        makeFinding({
          tool: i % 50 ? 'bandit' : 'semgrep',
          ruleId: `R${i % 13}`,
          severity: (['critical', 'low', 'unknown', 'medium'] as const)[i % 4],
          fingerprint: `t${i}`,
          location: { path: `d/f${i % 9}.py`, startLine: 1 + (i % 40) }
        })
      ),
      category: 'c',
      workspace: '/w',
      runguardVersion: '0',
      unknownSeverity: 'high',
      readFile: p => `# ${p}\n`.repeat(50)
    })
    const { written, built } = await both(make)
    // Bandit has 25,088 of the 25,600 (semgrep every 50th): 88 dropped.
    expect(built.dropped).toBe(88)
    expect(written).toBe(built.text)
  })

  it('writes the same bytes after emptying and rewriting a log gzipped above 10 MB', async () => {
    const noise = Array.from({ length: 8000 }, () => crypto.randomBytes(1500).toString('base64'))
    const make = (): SarifInput => ({
      toolRuns: [],
      findings: noise.map((message, i) =>
        makeFinding({
          tool: i % 2 ? 'semgrep' : 'bandit',
          severity: i < 100 ? 'critical' : 'low',
          fingerprint: `g${i}`,
          message
        })
      ),
      category: 'c',
      workspace: '/w',
      runguardVersion: '0',
      unknownSeverity: 'high'
    })
    const { written, built } = await both(make)
    expect(built.dropped).toBeGreaterThan(0)
    expect(built.warnings.join('\n')).toMatch(/above GitHub's 10 MB limit/)
    expect(written).toBe(built.text)
    expect(zlib.gzipSync(written).length).toBeLessThanOrEqual(10_000_000)
  })

  it('writes a large compressible log whole, as buildSarif does', async () => {
    const make = (): SarifInput => ({
      toolRuns: [],
      findings: Array.from({ length: 24_000 }, (_, i) =>
        makeFinding({
          tool: (['bandit', 'semgrep', 'secrets'] as const)[i % 3],
          fingerprint: `c${i}`,
          message: `finding ${i}: ${'the same explanation again and again '.repeat(12)}`,
          location: { path: `src/m${i % 50}.py`, startLine: 1 + (i % 400) }
        })
      ),
      category: 'c',
      workspace: '/w',
      runguardVersion: '0',
      unknownSeverity: 'high'
    })
    const { written, built } = await both(make)
    expect(built.dropped).toBe(0)
    expect(written.length).toBeGreaterThan(10_000_000)
    expect(written).toBe(built.text)
  })

  it('redacts each piece before it is written', async () => {
    const secret = `tok_${crypto.randomBytes(12).toString('hex')}`
    const redactor = createRedactor([secret])
    const make = (): SarifInput => ({
      toolRuns: [],
      findings: Array.from({ length: 6000 }, (_, i) =>
        makeFinding({
          fingerprint: `s${i}`,
          message: i % 1000 ? `plain ${i} ${'x'.repeat(200)}` : `leaked ${secret} here`
        })
      ),
      category: 'c',
      workspace: '/w',
      runguardVersion: '0',
      unknownSeverity: 'high'
    })
    const { written, built } = await both(make, t => redactor.redact(t))
    expect(built.chunks.length).toBeGreaterThan(1)
    expect(written).not.toContain(secret)
    expect(written).toBe(built.chunks.map(c => redactor.redact(c)).join(''))
    expect(written.match(/leaked \*\*\* here/g)).toHaveLength(6)
  })

  it('leaves the previous file and no temporary file when writing fails half-way', async () => {
    const file = path.join(dir, 'kept.sarif')
    fs.writeFileSync(file, 'previous')
    let pieces = 0
    await expect(
      writeSarif(sampleInputs().mixed, file, text => {
        if (++pieces === 3) throw new Error('redactor failed')
        return text
      })
    ).rejects.toThrow('redactor failed')
    expect(fs.readFileSync(file, 'utf8')).toBe('previous')
    expect(leftovers()).toEqual([])
  })

  it('refuses to write through a symbolic link', async () => {
    const target = path.join(dir, 'elsewhere.txt')
    fs.writeFileSync(target, 'untouched')
    const link = path.join(dir, 'link.sarif')
    fs.symlinkSync(target, link)
    await expect(writeSarif(sampleInputs().clean, link)).rejects.toThrow(/symbolic link/)
    expect(fs.readFileSync(target, 'utf8')).toBe('untouched')
    expect(leftovers()).toEqual([])
  })
})

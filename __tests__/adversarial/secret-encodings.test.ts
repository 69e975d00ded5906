import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'
import { loadSettings } from '../../src/config/load.js'
import { execFile } from '../../src/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { readGitHubContext } from '../../src/github/context.js'
import { githubPublisher } from '../../src/github/publish.js'
import { runGate } from '../../src/pipeline.js'
import { createRedactor, markdownInline } from '../../src/redact.js'
import { escapeMarkdown } from '../../src/report/markdown.js'

/**
 * Threat (SECURITY.md, promise 1): a configured secret full of characters that each report format escapes
 * (`_ * " \ < > [ ] ( ) %`) leaks in its escaped form — Markdown in the summary, JSON in the
 * SARIF/SBOM/metrics, percent-encoding in the SARIF `uri`, XML in JUnit, backslashes in TAP —
 * because redaction ran on the final text, after the escaping changed the value. A multi-line
 * secret (PEM) from `.runguard.yml` leaks line by line, and common encodings of a secret
 * (base64, URL-encoding) pass a plain substring search. Every value here is generated for the
 * test; none is a credential.
 */

const SPECIAL = 'Zq9_w*"x\\y<z>[k](m)%41'
const xml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

/** The forms a value takes in the channels runguard writes to. */
function forms(value: string): Record<string, string> {
  return {
    raw: value,
    json: JSON.stringify(value).slice(1, -1),
    uri: encodeURIComponent(value),
    markdown: escapeMarkdown(value),
    xml: xml(value),
    tap: value.replace(/\\/g, '\\\\').replace(/#/g, '\\#'),
    base64: Buffer.from(value).toString('base64').slice(0, -4)
  }
}

const r = seeded(8)
const gen = (id: string): Sample => (GENERATORS[id] as (x: () => number) => Sample)(r)

let root: string
let out: string
const pemLines: string[] = []

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-adv-enc-'))
  out = path.join(root, 'out')
  fs.mkdirSync(out)
  // The secret is part of a file name: every finding in that file carries it in its path.
  const planted = gen('github-pat').value
  fs.writeFileSync(path.join(root, `cfg-${SPECIAL}.py`), `GITHUB_TOKEN = "${planted}"\n`)
  const pem = gen('private-key').value
  pemLines.push(...pem.split('\n').filter(l => l.length >= 16 && !l.startsWith('-----')))
  // A multi-line secret given in the config file (a block scalar), printed by the script.
  fs.writeFileSync(
    path.join(root, '.runguard.yml'),
    [
      'secrets:',
      `  - '${SPECIAL.replace(/'/g, "''")}'`,
      '  - |',
      ...pem.split('\n').map(l => `    ${l}`),
      ''
    ].join('\n')
  )
  fs.writeFileSync(
    path.join(root, 'job.py'),
    [
      'import base64, urllib.parse',
      `pem = ${JSON.stringify(pem)}`,
      `s = ${JSON.stringify(SPECIAL)}`,
      'print(pem)',
      'print("b64", base64.b64encode(("user:" + s).encode()).decode())',
      'print("url", urllib.parse.quote(s, safe=""))'
    ].join('\n') + '\n'
  )
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('a secret never leaves in clear, whatever the encoding', () => {
  it('masks the escaped forms of a secret in every report, the log and printed lines', async () => {
    const settings = await loadSettings({
      inline: {
        raw: {
          scanners: ['secrets'],
          script: ['python3', 'job.py'],
          metricsFile: 'out/metrics.json',
          sarifFile: 'out/runguard.sarif',
          sbomFile: 'out/runguard.cdx.json',
          summaryFile: 'out/summary.md',
          junitFile: 'out/junit.xml',
          tapFile: 'out/results.tap',
          exclude: ['out/**', 'job.py', '.runguard.yml']
        },
        sources: {}
      },
      fixed: { mode: 'gate', runtime: 'cli' },
      workspace: root
    })
    const logger = new RecordingLogger()
    const printed: string[] = []
    const annotations: unknown[] = []
    const outputs: Record<string, string> = {}
    let jobSummary = ''
    const outcome = await runGate(settings, {
      logger,
      exec: execFile,
      env: { PATH: process.env.PATH },
      onLine: (_s, line) => printed.push(line),
      publisher: githubPublisher({
        logger,
        context: readGitHubContext({}),
        annotations: { annotate: a => annotations.push(a) },
        setOutput: (name, value) => (outputs[name] = value),
        writeSummary: markdown => {
          jobSummary = markdown
          return Promise.resolve(true)
        }
      })
    })
    expect(annotations.length).toBeGreaterThan(0)
    // An annotation on a redacted path is attached to the run, not to a file that does not exist.
    expect(annotations.some(a => String((a as { file?: string }).file).includes('cfg-'))).toBe(
      false
    )
    expect(outcome.toolRuns.find(t => t.tool === 'secrets')?.findings.length).toBeGreaterThan(0)
    expect(printed.some(l => l.startsWith('b64 '))).toBe(true)

    const texts: Record<string, string> = {
      log: logger.text(),
      printed: printed.join('\n'),
      summary: outcome.summary,
      jobSummary,
      annotations: JSON.stringify(annotations),
      outputs: JSON.stringify(outputs)
    }
    for (const f of fs.readdirSync(out)) texts[f] = fs.readFileSync(path.join(out, f), 'utf8')
    const leaks: string[] = []
    for (const [where, text] of Object.entries(texts)) {
      for (const [form, value] of Object.entries(forms(SPECIAL)))
        if (text.includes(value)) leaks.push(`${where}: ${form}`)
      for (const line of pemLines) if (text.includes(line)) leaks.push(`${where}: PEM line`)
      const b64 = Buffer.from(`user:${SPECIAL}`).toString('base64').slice(8, 24)
      if (text.includes(b64)) leaks.push(`${where}: base64 after a prefix`)
    }
    expect(leaks).toEqual([])
    // The SARIF is still valid JSON and its URIs are valid relative references.
    const sarif = JSON.parse(texts['runguard.sarif']!) as {
      runs: Array<{
        results: Array<{
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>
        }>
      }>
    }
    const uris = sarif.runs.flatMap(run =>
      run.results.map(res => res.locations[0]!.physicalLocation.artifactLocation.uri)
    )
    // A redacted path keeps its shape around the secret (decided in SECURITY.md): the secret is
    // masked on the raw path, then the path is percent-encoded like any other.
    expect(uris).toContain('cfg-***.py')
    for (const uri of uris)
      expect(uri).toMatch(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+$/)
  })

  it('knows the Markdown form the summary writes (the two escapers stay in step)', () => {
    for (const s of [SPECIAL, 'a_b*c', 'x#12@y', 'p|q~r$s`t']) {
      expect(escapeMarkdown(s)).toContain(markdownInline(s))
      expect(createRedactor([s]).redact(`cell ${escapeMarkdown(s)} end`)).toBe('cell *** end')
    }
    // A secret that starts with `@`: escaped with the zero-width space after a space, without
    // it after a word character (`user@…`); both forms are masked.
    const lead = '@lead_secret_42'
    const redactor = createRedactor([lead])
    expect(redactor.redact(escapeMarkdown(`to ${lead} end`))).toBe('to *** end')
    expect(redactor.redact(escapeMarkdown(`user${lead}`))).toBe('user***')
  })

  it('masks a secret that a REST error body echoes back, JSON-escaped', () => {
    const token = 'ghs_"quoted\\token"_1234567890'
    const body = JSON.stringify({ message: `Bad credentials for ${token}` })
    expect(createRedactor([token]).redact(`upload failed: ${body}`)).not.toContain('quoted')
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'
import { execFile } from '../../src/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { runGate } from '../../src/pipeline.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * End to end: a tree and a script output full of planted secrets go through the whole pipeline
 * (scanners, runner, reports); no raw value may appear in any report file, the logger, the
 * printed lines or the outcome. Values are generated at test time; none is a real credential.
 */

const r = seeded(99)
const gen = (id: string): Sample => (GENERATORS[id] as (x: () => number) => Sample)(r)
const TREE_RULES = [
  'github-pat',
  'aws-access-key-id',
  'aws-secret-access-key',
  'slack-bot-token',
  'stripe-secret-key',
  'google-api-key',
  'openai-api-key',
  'generic-secret-assignment',
  'jwt',
  'npm-access-token'
]
// Printed only by the script at run time (never in the tree), so only the detect hook can catch them.
const RUNTIME_RULES = [
  'anthropic-api-key',
  'sendgrid-api-key',
  'github-fine-grained-pat',
  'huggingface-token'
]

let root: string
let out: string
const treeValues: string[] = []
const runtimeValues: string[] = []
let pemKey = ''

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-noleak-'))
  out = path.join(root, 'out')
  fs.mkdirSync(out)
  const lines = ['import os', '']
  for (const id of TREE_RULES) {
    const s = gen(id)
    treeValues.push(s.value)
    lines.push(`${s.name} = "${s.snippet ?? s.value}"`)
  }
  const key = gen('private-key')
  pemKey = key.value
  treeValues.push(key.value)
  fs.writeFileSync(path.join(root, 'settings.py'), lines.join('\n') + '\n')
  fs.writeFileSync(path.join(root, 'id_rsa'), key.value + '\n')
  const printed: string[] = [...treeValues.slice(0, 4)]
  for (const id of RUNTIME_RULES) {
    const v = gen(id).value
    runtimeValues.push(v)
    printed.push(v)
  }
  // The script prints tree secrets, run-time-only secrets (to both streams) and the PEM key.
  const script = [
    'import sys',
    `vals = ${JSON.stringify(printed)}`,
    'for v in vals:',
    '    print("using credential", v)',
    '    print("error with", v, file=sys.stderr)',
    `print(${JSON.stringify(pemKey)})`
  ].join('\n')
  fs.writeFileSync(path.join(root, 'job.py'), script + '\n')
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('no raw secret leaves runguard', () => {
  it('keeps every planted value out of reports, logs, printed lines and the outcome', async () => {
    const settings = createTestSettings({
      workspace: root,
      mode: 'gate',
      scanners: ['secrets'],
      script: ['python3', 'job.py'],
      metricsFile: path.join(out, 'metrics.json'),
      sarifFile: path.join(out, 'runguard.sarif'),
      sbomFile: path.join(out, 'runguard.cdx.json'),
      summaryFile: path.join(out, 'summary.md'),
      junitFile: path.join(out, 'junit.xml'),
      tapFile: path.join(out, 'results.tap'),
      reportFile: path.join(out, 'report.json'),
      exclude: ['out/**']
    })
    const logger = new RecordingLogger()
    const printed: string[] = []
    const outcome = await runGate(settings, {
      logger,
      exec: execFile,
      onLine: (_stream, line) => printed.push(line)
    })
    const secretsRun = outcome.toolRuns.find(t => t.tool === 'secrets')
    expect(secretsRun?.status).toBe('ok')
    expect(secretsRun?.findings.length).toBeGreaterThanOrEqual(TREE_RULES.length)
    // The script really ran and printed (redacted) lines.
    expect(printed.some(l => l.includes('using credential'))).toBe(true)

    const files = fs.readdirSync(out).map(f => path.join(out, f))
    expect(files.length).toBeGreaterThanOrEqual(5)
    const texts: Record<string, string> = {
      logger: logger.text() + JSON.stringify(logger.entries),
      printed: printed.join('\n'),
      outcome: JSON.stringify({ ...outcome, redactor: undefined })
    }
    for (const f of files) texts[path.basename(f)] = fs.readFileSync(f, 'utf8')
    const pemLines = pemKey.split('\n').filter(l => l.length >= 16 && !l.startsWith('-----'))
    for (const [where, text] of Object.entries(texts)) {
      for (const value of [...treeValues, ...runtimeValues, ...pemLines]) {
        expect({ where, value: value.slice(0, 4), leaked: text.includes(value) }).toEqual({
          where,
          value: value.slice(0, 4),
          leaked: false
        })
      }
    }
    // Action mode: every found value was handed to registerSecret (core.setSecret).
    for (const v of treeValues) expect(logger.secrets).toContain(v)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'
import { execFile } from '../../src/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { runGate } from '../../src/pipeline.js'
import { secretsAdapter } from '../../src/scanners/secrets.js'
import { scanWithAdapter } from '../helpers/scan-project.js'
import { createTestSettings } from '../helpers/settings.js'

/**
 * The ignore file is applied once, by the policy. When the secret scanner applied it too, the
 * policy saw already-suppressed findings, counted the entry as unused and told the user to
 * remove it ("matched no finding; remove it if the problem is gone") — which would make the
 * next run fail. Values are generated at test time; none is a real credential.
 */

const r = seeded(4242)
const gen = (id: string): Sample => (GENERATORS[id] as (x: () => number) => Sample)(r)

let root: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-ignore-once-'))
  fs.mkdirSync(path.join(root, 'app'))
  fs.mkdirSync(path.join(root, 'legacy'))
  fs.writeFileSync(
    path.join(root, 'app', 'keys.py'),
    `STRIPE = "${gen('stripe-secret-key').value}"\n`
  )
  fs.writeFileSync(path.join(root, 'legacy', 'old.py'), `GH = "${gen('github-pat').value}"\n`)
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('an ignore-file entry that matches a secret', () => {
  it('suppresses it, counts as used, and is not reported as unused', async () => {
    // The fingerprint entry is the one users copy from a report.
    const stripe = (
      await scanWithAdapter(secretsAdapter, root, { scanners: ['secrets'] })
    ).findings.find(f => f.ruleId === 'stripe-secret-key')
    expect(stripe?.suppressed).toBeUndefined()
    fs.writeFileSync(
      path.join(root, '.runguard-ignore.yml'),
      [
        'ignore:',
        `  - fingerprint: ${stripe?.fingerprint}`,
        '    reason: revoked key kept for a regression test',
        "  - path: 'legacy/**'",
        '    tool: secrets',
        '    reason: legacy tree, keys rotated',
        '  - rule: slack-bot-token',
        '    reason: matches nothing in this tree',
        ''
      ].join('\n')
    )
    const settings = createTestSettings({ workspace: root, mode: 'scan', scanners: ['secrets'] })
    const outcome = await runGate(settings, { logger: new RecordingLogger(), exec: execFile })

    const byRule = new Map(outcome.findings.map(f => [f.ruleId, f]))
    expect(byRule.get('stripe-secret-key')?.suppressed).toMatchObject({
      source: 'ignore-file',
      reason: 'revoked key kept for a regression test'
    })
    expect(byRule.get('github-pat')?.suppressed).toMatchObject({ source: 'ignore-file' })
    expect(outcome.counted).toEqual([])
    expect(outcome.verdict.passed).toBe(true)
    // Only the entry that really matched nothing is reported as unused.
    expect(outcome.policy?.unusedSuppressions.map(e => e.rule ?? e.path ?? e.fingerprint)).toEqual([
      'slack-bot-token'
    ])
    const unused = outcome.warnings.filter(w => w.includes('matched no finding'))
    expect(unused).toHaveLength(1)
    expect(unused[0]).toContain('slack-bot-token')
  }, 60_000)
})

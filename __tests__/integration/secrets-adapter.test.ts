import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GENERATORS, seeded, type Sample } from '../helpers/secret-samples.js'
import type { RawSettings } from '../../src/config/schema.js'
import { execFile } from '../../src/exec.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import type { ToolRun } from '../../src/model.js'
import { createRedactor, REDACTED, type Redactor } from '../../src/redact.js'
import { secretsAdapter } from '../../src/scanners/secrets.js'
import type { ScanContext } from '../../src/scanners/types.js'
import { createTestSettings } from '../helpers/settings.js'

// Secrets are generated at test time in the providers' formats; none is a real credential.

const r = seeded(7)
const gen = (id: string): Sample => (GENERATORS[id] as (x: () => number) => Sample)(r)

let root: string
const values: Record<string, string> = {}

function write(rel: string, content: string | Buffer): void {
  const abs = path.join(root, rel)
  fs.mkdirSync(path.dirname(abs), { recursive: true })
  fs.writeFileSync(abs, content)
}

function context(overrides: Partial<RawSettings> = {}): {
  ctx: ScanContext
  logger: RecordingLogger
  redactor: Redactor
} {
  const logger = new RecordingLogger()
  const redactor = createRedactor()
  const settings = createTestSettings({ workspace: root, scanners: ['secrets'], ...overrides })
  return {
    ctx: {
      settings,
      workspace: root,
      paths: [root],
      exec: execFile,
      env: process.env,
      logger,
      redactor,
      components: [],
      timeoutMs: 60_000
    },
    logger,
    redactor
  }
}

async function scan(overrides: Partial<RawSettings> = {}): Promise<{
  run: ToolRun
  logger: RecordingLogger
  redactor: Redactor
}> {
  const { ctx, logger, redactor } = context(overrides)
  const run = await secretsAdapter.scan(ctx, await secretsAdapter.detect(ctx))
  return { run, logger, redactor }
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-secrets-'))
  const gh = gen('github-pat')
  const aws = gen('aws-access-key-id')
  const awsSecret = gen('aws-secret-access-key')
  const slack = gen('slack-bot-token')
  const pwd = gen('generic-secret-assignment')
  const db = gen('database-url-password')
  const key = gen('private-key')
  const ignored = gen('stripe-secret-key')
  const latin = gen('sendgrid-api-key')
  const deep = gen('npm-access-token')
  const allowed = gen('openai-api-key')
  const byFingerprint = gen('anthropic-api-key')
  const byPath = gen('google-api-key')
  Object.assign(values, {
    gh: gh.value,
    aws: aws.value,
    awsSecret: awsSecret.value,
    slack: slack.value,
    pwd: pwd.value,
    db: db.value,
    key: key.value,
    ignored: ignored.value,
    latin: latin.value,
    deep: deep.value,
    allowed: allowed.value,
    byFingerprint: byFingerprint.value,
    byPath: byPath.value
  })
  write(
    'app/settings.py',
    `import os\n\nGITHUB_TOKEN = "${gh.value}"\nDB_PASSWORD = "${pwd.value}"\n`
  )
  write(
    'deploy/aws.env',
    `AWS_ACCESS_KEY_ID=${aws.value}\nAWS_SECRET_ACCESS_KEY=${awsSecret.value}\n`
  )
  write('config/app.yaml', `slack:\n  bot_token: ${slack.value}\ndatabase:\n  url: ${db.snippet}\n`)
  write('keys/id_rsa', `${key.value}\n`)
  write('.gitignore', 'ignored/\n*.local\n')
  write('ignored/creds.py', `STRIPE = "${ignored.value}"\n`)
  write('notes.local', `STRIPE = "${ignored.value}"\n`)
  // Latin-1 bytes around a secret: not valid UTF-8, still scanned.
  write(
    'legacy/latin1.txt',
    Buffer.concat([
      Buffer.from([0xe9, 0xe8, 0x0a]),
      Buffer.from(`key=${latin.value}\n`),
      Buffer.from([0xff, 0xfe, 0x0a])
    ])
  )
  // Binary by content (NUL byte) with a secret inside: skipped.
  write(
    'data/blob.dat2',
    Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`GITHUB_TOKEN="${gh.value}"`)])
  )
  write('vendor/lib/x.py', `TOKEN = "${gh.value}"\n`)
  write('web/app.min.js', `var t="${gh.value}";`)
  write('big/huge.txt', 'a'.repeat(6 * 1024 * 1024))
  let deepDir = 'deep'
  for (let i = 0; i < 40; i++) deepDir += '/d'
  write(`${deepDir}/config.npmrc`, `//registry.npmjs.org/:_authToken=${deep.value}\n`)
  write('src/allowed.py', `OPENAI = "${allowed.value}"  # runguard:allow test fixture\n`)
  write('src/fingerprinted.py', `ANTHROPIC = "${byFingerprint.value}"\n`)
  write('tests/fixtures/keys.py', `GOOGLE = "${byPath.value}"\n`)
  // Symlinks: a loop and a link to a file outside the workspace.
  fs.symlinkSync('..', path.join(root, 'app', 'loop'))
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-outside-'))
  fs.writeFileSync(path.join(outside, 'leak.py'), `T = "${gh.value}"\n`)
  fs.symlinkSync(path.join(outside, 'leak.py'), path.join(root, 'app', 'outside.py'))
  // A FIFO would block a naive reader forever; 300 nested directories exceed the depth cap.
  spawnSync('mkfifo', [path.join(root, 'app', 'pipe')])
  let tooDeep = path.join(root, 'abyss')
  for (let i = 0; i < 300; i++) tooDeep = path.join(tooDeep, 'd')
  fs.mkdirSync(tooDeep, { recursive: true })
  fs.writeFileSync(path.join(tooDeep, 'x.py'), 'x = 1\n')
  fs.mkdirSync(path.join(root, 'locked'))
  fs.writeFileSync(path.join(root, 'locked', 'secret.py'), 'x = 1\n')
  fs.chmodSync(path.join(root, 'locked'), 0o000)
})

afterAll(() => {
  fs.chmodSync(path.join(root, 'locked'), 0o755)
  fs.rmSync(root, { recursive: true, force: true })
})

describe('secrets adapter, working tree', () => {
  it('detects without installing anything', async () => {
    const { ctx } = context()
    const detection = await secretsAdapter.detect(ctx)
    expect(detection.installed).toBe(true)
    expect(secretsAdapter.name).toBe('secrets')
  })

  it('finds the planted secrets with rule, confidence, span and masked preview', async () => {
    const { run } = await scan()
    expect(run.status).toBe('ok')
    const found = run.findings.map(f => `${f.location.path}:${f.location.startLine}:${f.ruleId}`)
    expect(found).toEqual(
      expect.arrayContaining([
        'app/settings.py:3:github-pat',
        'app/settings.py:4:generic-secret-assignment',
        'deploy/aws.env:1:aws-access-key-id',
        'deploy/aws.env:2:aws-secret-access-key',
        'config/app.yaml:2:slack-bot-token',
        'config/app.yaml:4:database-url-password',
        'keys/id_rsa:1:private-key',
        'legacy/latin1.txt:2:sendgrid-api-key',
        expect.stringMatching(/^deep(\/d){40}\/config\.npmrc:1:npm-access-token$/)
      ])
    )
    const gh = run.findings.find(f => f.ruleId === 'github-pat')
    expect(gh).toMatchObject({
      tool: 'secrets',
      confidence: 'high',
      cwe: ['CWE-798'],
      secret: { provider: 'GitHub', masked: 'ghp_…' },
      location: { startColumn: 17, endColumn: 17 + values.gh!.length }
    })
    expect(gh?.fingerprint).toMatch(/^[0-9a-f]{32}$/)
  })

  it('honors .gitignore, the default allowlist, binaries, and never follows symlinks', async () => {
    const { run, logger } = await scan({ verbose: true })
    expect(logger.text()).toMatch(/skipped app\/pipe: not a regular file/)
    expect(logger.text()).toMatch(/skipped app\/loop: symbolic link \(not followed\)/)
    const paths = run.findings.map(f => f.location.path)
    for (const p of [
      'ignored/creds.py',
      'notes.local',
      'data/blob.dat2',
      'vendor/lib/x.py',
      'web/app.min.js',
      'app/outside.py'
    ])
      expect(paths).not.toContain(p)
    expect(paths.some(p => p.startsWith('app/loop'))).toBe(false)
  })

  it('says which files were not scanned and why', async () => {
    const { run } = await scan()
    expect(run.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^not scanned: abyss(\/d){256,}: directory nesting deeper than 256 levels$/
        ),
        expect.stringMatching(/^not scanned: big\/huge\.txt: larger than the 5 MiB limit/)
      ])
    )
  })

  it('applies runguard:allow comments and leaves the ignore file to the policy', async () => {
    write(
      '.runguard-ignore.yml',
      `ignore:\n  - path: 'tests/fixtures/**'\n    rule: google-api-key\n    reason: fixtures\n`
    )
    try {
      const { run } = await scan()
      const byRule = (id: string): ToolRun['findings'][number] | undefined =>
        run.findings.find(f => f.ruleId === id)
      expect(byRule('openai-api-key')?.suppressed).toEqual({
        reason: 'runguard:allow comment on the line',
        source: 'inline'
      })
      // Suppressing here too would make the policy report the entry as unused.
      expect(byRule('google-api-key')).toBeDefined()
      // Still a finding in a test fixture, and it says so.
      expect(byRule('google-api-key')?.message).toContain('in a test fixture')
      expect(byRule('google-api-key')?.secret?.testFixture).toBe(true)
      expect(byRule('github-pat')?.secret?.testFixture).toBeUndefined()
      expect(byRule('google-api-key')?.suppressed).toBeUndefined()
      expect(byRule('github-pat')?.suppressed).toBeUndefined()
    } finally {
      fs.rmSync(path.join(root, '.runguard-ignore.yml'))
    }
  })

  it('never puts a raw value in the ToolRun or the log, and registers every value for masking', async () => {
    const { run, logger, redactor } = await scan({ verbose: true })
    const serialized = JSON.stringify(run) + logger.text() + JSON.stringify(logger.entries)
    for (const [name, value] of Object.entries(values)) {
      if (name === 'ignored') continue
      expect({ name, leaked: serialized.includes(value) }).toEqual({ name, leaked: false })
      expect(redactor.redact(`x ${value} y`)).toBe(`x ${REDACTED} y`)
    }
    for (const name of ['gh', 'aws', 'awsSecret', 'slack', 'pwd', 'db', 'key'])
      expect(logger.secrets).toContain(values[name])
    // A PEM printed line by line is masked line by line.
    const bodyLine = values.key!.split('\n')[2] as string
    expect(redactor.redact(bodyLine)).toBe(REDACTED)
  })

  it('scans a 50 MB single-line minified file when the limit allows it', async () => {
    const gh = gen('github-pat').value
    const chunk = 'var a=function(b){return b.key+b.token+"auth"},c=[1,2,3];'
    const line = chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length)) + `var t="${gh}";`
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-minified-'))
    fs.writeFileSync(path.join(dir, 'bundle.js'), line)
    try {
      const logger = new RecordingLogger()
      const settings = createTestSettings({ workspace: dir, secretsMaxFileSize: 64 * 1024 * 1024 })
      const ctx: ScanContext = {
        settings,
        workspace: dir,
        paths: [dir],
        exec: execFile,
        env: process.env,
        logger,
        redactor: createRedactor(),
        components: [],
        timeoutMs: 60_000
      }
      const run = await secretsAdapter.scan(ctx, await secretsAdapter.detect(ctx))
      expect(run.status).toBe('ok')
      expect(run.findings.map(f => [f.ruleId, f.location.startLine])).toEqual([['github-pat', 1]])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('is skipped when secrets-scan is off', async () => {
    const { run } = await scan({ secretsScan: 'off' })
    expect(run.status).toBe('skipped')
  })
})

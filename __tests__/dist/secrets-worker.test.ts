import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GENERATORS, seeded } from '../helpers/secret-samples.js'

/**
 * The secret detector's worker threads in the shipped bundles: the worker file is found next to
 * dist/cli/index.js and dist/index.js, a tree scanned on workers (forced: the pool starts at 64 MiB),
 * and the findings are exactly those of the in-thread scan.
 */

const root = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(root, 'dist', 'cli', 'index.js')
const ACTION = path.join(root, 'dist', 'index.js')

interface Finding {
  ruleId: string
  fingerprint: string
  location: { path: string; startLine: number; startColumn?: number }
}

let base: string
let ws: string
let planted: string[]

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'rg-dist-secrets-'))
  ws = path.join(base, 'ws')
  const r = seeded(11)
  planted = []
  // 60 files of ~100 KB (6 MB: below the 64 MiB pool threshold, so the default scans in-thread
  // and the pool is forced with RUNGUARD_SECRET_WORKERS), a generated token in every tenth.
  for (let i = 0; i < 60; i++) {
    const dir = path.join(ws, `pkg${i % 6}`)
    mkdirSync(dir, { recursive: true })
    const filler = Array.from(
      { length: 2000 },
      (_, n) => `value_${i}_${n} = compute(${n}, "plain text")`
    ).join('\n')
    let text = filler
    if (i % 10 === 0) {
      const token = GENERATORS['github-pat']!(r).value
      planted.push(token)
      text = `${filler}\nGITHUB_TOKEN = "${token}"\n${filler}`
    }
    writeFileSync(path.join(dir, `mod${i}.py`), text)
  }
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

function scan(workers: string | undefined): { findings: Finding[]; stderr: string; status: number | null } {
  const report = path.join(base, `report-${workers ?? 'default'}.json`)
  const r = spawnSync(
    process.execPath,
    [
      CLI,
      'scan',
      '--workspace',
      ws,
      '--scanners',
      'secrets',
      '--report-file',
      report,
      '--sarif-file',
      '',
      '--sbom-file',
      '',
      '--fail-on',
      'none',
      '--verbose'
    ],
    {
      cwd: ws,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(workers === undefined ? {} : { RUNGUARD_SECRET_WORKERS: workers })
      },
      encoding: 'utf8',
      timeout: 300_000
    }
  )
  const findings = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as { findings: Finding[] }).findings
    : []
  return { findings, stderr: r.stderr, status: r.status }
}

const key = (f: Finding): string =>
  `${f.location.path}:${f.location.startLine}:${f.location.startColumn}:${f.ruleId}:${f.fingerprint}`

describe('the secret scan worker in the bundles', () => {
  it('ships next to both bundles', () => {
    expect(existsSync(path.join(root, 'dist', 'secrets-worker', 'index.js'))).toBe(true)
    expect(existsSync(path.join(root, 'dist', 'cli', 'secrets-worker', 'index.js'))).toBe(true)
  })

  it('the CLI scans on workers with the same findings as in-thread', () => {
    const pooled = scan('2')
    expect(pooled.status).toBe(0)
    expect(pooled.stderr).toMatch(/secrets: scanning 60 files on the main thread and 2 worker threads/)
    const inThread = scan(undefined)
    expect(inThread.status).toBe(0)
    expect(inThread.stderr).toMatch(/secrets: scanning 60 files in-thread: small tree \(\d+ bytes\)/)
    expect(pooled.findings.filter(f => f.ruleId === 'github-pat')).toHaveLength(planted.length)
    expect(pooled.findings.map(key).sort()).toEqual(inThread.findings.map(key).sort())
    // The raw values stay in the process: reports carry only masked forms.
    const text = JSON.stringify(pooled.findings)
    for (const token of planted) expect(text).not.toContain(token)
  })

  it('three workers on two-file batches still give every finding once', () => {
    const forced = scan('3')
    expect(forced.stderr).toMatch(/on the main thread and 3 worker threads/)
    expect(forced.findings.filter(f => f.ruleId === 'github-pat').map(key).sort()).toEqual(
      scan('0')
        .findings.filter(f => f.ruleId === 'github-pat')
        .map(key)
        .sort()
    )
  })

  it('the Action finds its worker next to dist/index.js', () => {
    const out = path.join(base, 'action-out')
    const summary = path.join(base, 'summary.md')
    const outputs = path.join(base, 'outputs.txt')
    writeFileSync(summary, '')
    writeFileSync(outputs, '')
    const r = spawnSync(process.execPath, [ACTION], {
      cwd: ws,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        RUNNER_DEBUG: '1',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: ws,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_OUTPUT: outputs,
        GITHUB_STEP_SUMMARY: summary,
        INPUT_SCANNERS: 'secrets',
        'INPUT_SARIF-FILE': path.join(out, 'runguard.sarif'),
        'INPUT_SBOM-FILE': '',
        'INPUT_UPLOAD-SARIF': 'false',
        'INPUT_COMMENT-ON-PR': 'false',
        'INPUT_INSTALL-TOOLS': 'false',
        'INPUT_FAIL-ON': 'none',
        RUNGUARD_SECRET_WORKERS: '2'
      },
      encoding: 'utf8',
      timeout: 300_000
    })
    expect(r.stdout).toMatch(/::debug::secrets: scanning 60 files on the main thread and 2 worker threads/)
    const sarif = readFileSync(path.join(out, 'runguard.sarif'), 'utf8')
    expect(sarif.match(/"ruleId":\s*"github-pat"/g)).toHaveLength(planted.length)
  })
})

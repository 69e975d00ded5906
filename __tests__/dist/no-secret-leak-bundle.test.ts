import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { encodedForms } from '../../src/redact.js'

/**
 * The built CLI, as a user runs it: `runguard gate` on a tree holding private keys (found by the
 * secret scan, so the redactor learns each whole key and each of its lines, in every encoded
 * form, while the run goes on), with a script that prints the keys, their lines and their
 * encodings. No key, line or form may reach the printed output or a report; the masks must be
 * there. The keys are generated at test time.
 */

const root = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(root, 'dist', 'cli', 'index.js')
const python = spawnSync('python3', ['-c', 'pass']).status === 0
const maybe = python && process.platform === 'linux' ? describe : describe.skip

let work: string
let out: string
const keys: string[] = []

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-leak-dist-'))
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-leak-dist-out-'))
  for (let i = 0; i < 3; i++) {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' }
    })
    keys.push(privateKey.trim())
    fs.writeFileSync(path.join(work, `deploy_key_${i}.pem`), `${privateKey}`)
  }
  // Prints each key whole, then its forms: JSON-escaped, Base64, percent-encoded, line by line.
  fs.writeFileSync(
    path.join(work, 'job.py'),
    [
      'import base64, glob, json, sys, urllib.parse',
      'for name in sorted(glob.glob("deploy_key_*.pem")):',
      '    key = open(name).read().strip()',
      '    print(key)',
      '    print("as json:", json.dumps({"key": key}))',
      '    print("as base64:", base64.b64encode(key.encode()).decode(), file=sys.stderr)',
      '    print("as url:", urllib.parse.quote(key, safe=""))',
      '    for line in key.splitlines():',
      '        print("line", line)'
    ].join('\n') + '\n'
  )
})

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true })
  fs.rmSync(out, { recursive: true, force: true })
})

maybe('the built CLI masks found private keys everywhere', () => {
  it('prints and writes no key, key line or encoded form, and masks them', () => {
    const r = spawnSync(
      process.execPath,
      [
        CLI,
        'gate',
        '--workspace',
        work,
        '--scanners',
        'secrets',
        '--sarif-file',
        path.join(out, 'runguard.sarif'),
        '--summary-file',
        path.join(out, 'summary.md'),
        '--junit-file',
        path.join(out, 'junit.xml'),
        '--',
        'python3',
        'job.py'
      ],
      {
        cwd: work,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        encoding: 'utf8',
        timeout: 120_000
      }
    )
    // Findings at or above high fail the gate: exit 1, with the reports written.
    expect({ status: r.status, stderr: r.status === 1 ? '' : r.stderr }).toEqual({
      status: 1,
      stderr: ''
    })
    expect(r.stdout).toContain('3 findings at or above fail-on=high')
    const texts: Record<string, string> = { stdout: r.stdout, stderr: r.stderr }
    for (const f of fs.readdirSync(out)) texts[f] = fs.readFileSync(path.join(out, f), 'utf8')
    expect(Object.keys(texts).sort()).toEqual(
      ['junit.xml', 'runguard.sarif', 'stderr', 'stdout', 'summary.md'].sort()
    )
    // The script ran (its output is on stderr): its labels are there, its keys are masked.
    expect(r.stderr).toContain('as json: {"key": "***"}')
    expect(r.stderr).toContain('[stderr] as base64: ***')
    expect(r.stderr).toContain('as url: ***')
    expect(r.stderr.split('\n').filter(l => l === 'line ***').length).toBeGreaterThanOrEqual(3 * 20)
    const secrets = keys.flatMap(key => [
      ...encodedForms(key),
      ...key
        .split('\n')
        .filter(l => l.length >= 16 && !l.startsWith('-----'))
        .flatMap(l => encodedForms(l))
    ])
    for (const [where, text] of Object.entries(texts)) {
      const leaked = secrets.filter(s => s.length >= 16 && text.includes(s))
      expect({ where, leaked: leaked.map(s => s.slice(0, 8)) }).toEqual({ where, leaked: [] })
    }
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFile } from '../../src/exec.js'
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { closedPort, startConnectProxy } from '../github/connect-proxy.js'

// Runs the BUILT action (dist/index.js) the way the runner does: inputs as INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and the GitHub API at a local fake server.
const DIST = path.resolve('dist/index.js')
const SHA = 'a'.repeat(40)

function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-action-'))
  writeFileSync(
    path.join(dir, 'app.py'),
    'import subprocess\n\ndef run(name):\n    return subprocess.call("report " + name, shell=True)\n'
  )
  writeFileSync(
    path.join(dir, 'job.py'),
    [
      'import os',
      'leaked = sorted(k for k in os.environ if k.startswith("INPUT_") or k in ("GITHUB_TOKEN", "ACTIONS_RUNTIME_TOKEN"))',
      'print("inherited:", ",".join(leaked) or "none")',
      'print("the db password is " + os.environ["RG_TEST_PASSWORD"])'
    ].join('\n') + '\n'
  )
  return dir
}

async function runAction(
  ws: string,
  api: string,
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {}
) {
  const outputFile = path.join(ws, 'github-output.txt')
  const summaryFile = path.join(ws, 'step-summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.resolve('__tests__/fixtures/github/event-pull-request-same-repo.json'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api,
    GITHUB_RUN_ID: '42',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-should-not-leak',
    RG_TEST_PASSWORD: 'Zq8-correct-horse-battery-staple', // runguard:allow obvious test value
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extraEnv
  }
  // Async: the fake GitHub server lives in this process and must keep answering meanwhile.
  const result = await execFile(process.execPath, [DIST], { cwd: ws, env, timeoutMs: 120_000 })
  if (result.exitCode === null) {
    throw new Error(`the action did not finish (${String(result.signal)}):
${result.stdout}
${result.stderr}`)
  }
  return {
    status: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: readFileSync(outputFile, 'utf8'),
    summary: readFileSync(summaryFile, 'utf8')
  }
}

/** Parses the `name<<delimiter … delimiter` blocks core.setOutput writes. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!
  return out
}

describe('the built action (dist/index.js)', () => {
  let github: FakeGitHub
  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run build first')
    github = await startFakeGitHub({ tokens: [FAKE_TOKEN] })
  })
  afterAll(async () => {
    await github.close()
  })

  it('gates, publishes outputs, summary, SARIF upload and one sticky comment, and leaks nothing', async () => {
    const ws = project()
    const inputs = {
      script: 'python3 job.py',
      gate: 'exit_code==0\nstdout_lines>=2',
      scanners: 'bandit,secrets',
      'sarif-file': 'out/runguard.sarif',
      'sbom-file': 'out/runguard.cdx.json',
      'upload-sarif': 'true',
      'comment-on-pr': 'true',
      'github-token': FAKE_TOKEN,
      'install-tools': 'false',
      'fail-on': 'high'
    }
    const first = await runAction(ws, github.url, inputs)
    const second = await runAction(ws, github.url, inputs)
    for (const run of [first, second]) {
      // bandit reports subprocess with shell=True as high: the step fails through setFailed.
      expect(run.status).toBe(1)
      expect(run.stdout).toContain('::error::runguard: the gate failed')
      expect(run.stdout).toMatch(/::error title=\[bandit\] B602[^\n]*file=app\.py,line=4/)
      const outputs = parseOutputs(run.outputs)
      expect(outputs.passed).toBe('false')
      expect(Number(outputs['high-count'])).toBeGreaterThanOrEqual(1)
      expect(JSON.parse(outputs['verdict-json']!).passed).toBe(false)
      expect(outputs['sarif-file']).toBe('out/runguard.sarif')
      expect(run.summary).toContain('runguard')
      expect(run.summary).toContain('bandit')
      // The script inherited no runner tokens or inputs, and what it printed was redacted.
      expect(run.stdout).toContain('inherited: none')
      // `::add-mask::<value>` is how secrets reach the runner's masking; the runner never shows it.
      const shown = run.stdout
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
      expect(run.stdout).toContain('::add-mask::Zq8-correct-horse-battery-staple')
      const everything = shown + run.stderr + run.outputs + run.summary
      expect(everything).not.toContain('Zq8-correct-horse-battery-staple')
      expect(everything).not.toContain('runtime-token-should-not-leak')
      expect(everything).not.toContain(FAKE_TOKEN)
    }
    expect(github.sarifs).toHaveLength(2)
    expect(github.sarifs[0]!.commit_sha).toBe(SHA)
    expect(github.sarifs[0]!.ref).toBe('refs/pull/7/merge')
    // One sticky comment, updated in place by the second run.
    const ours = github.comments.filter(c => c.body.includes('<!-- runguard:verdict -->'))
    expect(ours).toHaveLength(1)
    expect(github.requests.some(r => r.method === 'PATCH')).toBe(true)
  })

  it('uploads and comments through the proxy the runner environment names', async () => {
    // 0.0.0.0 is not on the toolkit's always-bypass list and nothing listens on `dead`: only
    // the proxy (which tunnels it to the fake GitHub) can answer this API root.
    const dead = await closedPort()
    const proxy = await startConnectProxy({
      routes: { [`0.0.0.0:${dead}`]: Number(new URL(github.url).port) }
    })
    try {
      const before = github.sarifs.length
      const run = await runAction(
        project(),
        `http://0.0.0.0:${dead}`,
        {
          scanners: 'bandit',
          'upload-sarif': 'true',
          'comment-on-pr': 'true',
          'github-token': FAKE_TOKEN,
          'install-tools': 'false',
          'fail-on': 'none'
        },
        { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }
      )
      expect(run.stdout).not.toContain('SARIF upload failed')
      expect(github.sarifs).toHaveLength(before + 1)
      expect(proxy.records.length).toBeGreaterThanOrEqual(3)
      expect(proxy.records.every(r => r.target === `0.0.0.0:${dead}`)).toBe(true)
    } finally {
      await proxy.close()
    }
  })

  it('a configuration error fails the step with the field and the fix', async () => {
    const ws = project()
    const run = await runAction(ws, github.url, { gate: 'cpu_maxx:90', 'github-token': FAKE_TOKEN })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::runguard: configuration error')
    expect(run.stdout).toContain("did you mean 'cpu_max'")
  })
})

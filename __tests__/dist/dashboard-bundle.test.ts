import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  chromiumPresent,
  dashboardCharts,
  dashboardReady,
  launchChromium
} from '../helpers/chromium.js'

/**
 * The dashboard as users get it: the built CLI (dist/cli/index.js) records two runs in a history
 * branch of a local bare repository, and the `index.html` it wrote there renders them in
 * Chromium. The page's assets (uPlot, the page script and styles) are read from dist/ at run
 * time; they were once missing from the bundle, which no source test could see.
 */

const root = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(root, 'dist', 'cli', 'index.js')
const maybe = chromiumPresent('dashboard bundle test') ? describe : describe.skip

const gitEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
}
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' })

maybe('dashboard written by the built CLI, in Chromium', () => {
  let server: Server
  let base = ''
  const served: string[] = []
  let history = ''

  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-dist-dashboard-'))
    const bare = path.join(dir, 'data.git')
    git(dir, 'init', '-q', '--bare', bare)
    const ws = path.join(dir, 'ws')
    git(dir, 'init', '-q', '-b', 'main', ws)
    writeFileSync(path.join(ws, 'job.py'), 'import sys\nprint("x\\n" * int(sys.argv[1]))\n')
    git(ws, 'add', 'job.py')
    git(ws, 'commit', '-q', '-m', 'job')
    // A developer's run outside GitHub Actions is a trend run: it writes the branch.
    for (const lines of ['2', '4']) {
      const r = spawnSync(
        process.execPath,
        [
          CLI,
          'run',
          '--history',
          'git',
          '--history-remote',
          bare,
          '--category',
          'demo',
          '--',
          'python3',
          'job.py',
          lines
        ],
        { cwd: ws, env: gitEnv, encoding: 'utf8', timeout: 120_000 }
      )
      if (r.status !== 0) throw new Error(`runguard run failed (${r.status}): ${r.stderr}`)
    }
    const page = git(dir, '--git-dir', bare, 'show', 'runguard-data:index.html')
    history = git(dir, '--git-dir', bare, 'show', 'runguard-data:runguard-history.jsonl')
    return new Promise<void>(resolve => {
      server = createServer((req, res) => {
        served.push(req.url ?? '')
        if (req.url === '/' || req.url === '/index.html') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          res.end(page)
        } else if (req.url === '/runguard-history.jsonl') {
          res.writeHead(200, { 'content-type': 'text/plain' })
          res.end(history)
        } else {
          res.writeHead(404)
          res.end()
        }
      })
      server.listen(0, '127.0.0.1', () => {
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        resolve()
      })
    })
  }, 300_000)

  afterAll(async () => {
    await new Promise(r => server?.close(r))
  })

  it('renders the recorded runs with their exact points, asking for nothing else', async () => {
    const records = history
      .trim()
      .split('\n')
      .map(l => JSON.parse(l) as { metrics: Record<string, { value: number }> })
    expect(records).toHaveLength(2)
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const requests: string[] = []
      const errors: string[] = []
      page.on('request', r => requests.push(r.url()))
      page.on('pageerror', e => errors.push(String(e)))
      await page.goto(`${base}/index.html`)
      await dashboardReady(page)
      const charts = await dashboardCharts(page)
      const lines = charts.find(c => c.category === 'demo' && c.metric === 'stdout_lines')
      // print("x\n" * n) writes n + 1 lines.
      expect(lines?.ys).toEqual([3, 5])
      const time = charts.find(c => c.metric === 'execution_time_seconds')
      expect(time?.ys).toEqual(records.map(r => r.metrics.execution_time_seconds!.value))
      expect(await page.locator('figure.chart canvas').count()).toBe(charts.length)
      expect(errors).toEqual([])
      expect(requests.every(u => u.startsWith(base))).toBe(true)
      expect(new Set(served)).toEqual(new Set(['/index.html', '/runguard-history.jsonl']))
    } finally {
      await browser.close()
    }
  }, 120_000)
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dashboardHtml } from '../../src/history/dashboard/page.js'
import { HISTORY_FILE, serializeHistory, type HistoryRecord } from '../../src/history/record.js'
import {
  chromiumPresent,
  dashboardCharts,
  dashboardReady,
  launchChromium
} from '../helpers/chromium.js'
import { testRecord } from './records.js'

// The dashboard page (index.html of the history branch) in a real Chromium from the OS packages,
// driven by playwright-core: the charts hold the right points, links go to each run's commit and
// log, and the page asks for nothing but the history file beside it.

const maybe = chromiumPresent('dashboard test') ? describe : describe.skip

function history(): HistoryRecord[] {
  const records: HistoryRecord[] = []
  for (let i = 0; i < 12; i++) {
    const r = testRecord(i, i % 3 === 2 ? 'nightly' : 'runguard')
    records.push({
      ...r,
      commitUrl: `https://github.com/o/r/commit/c${i}`,
      runUrl: `https://github.com/o/r/actions/runs/${1000 + i}`,
      metrics: { execution_time_seconds: { value: 1 + i / 10 }, memory_max_mb: { value: 50 + i } },
      tools: [{ tool: 'bandit', status: 'ok' }],
      findings: { ...r.findings, counts: { ...r.findings.counts, high: i } },
      // markup in a record is shown as text, never run
      category: r.category,
      ref: i === 0 ? '<img src=x onerror=alert(1)>' : 'refs/heads/main'
    })
  }
  return records
}

maybe('dashboard in Chromium', () => {
  let server: Server
  let base = ''
  const served: string[] = []
  const records = history()
  beforeAll(async () => {
    const body = serializeHistory(records)
    server = createServer((req, res) => {
      served.push(req.url ?? '')
      if (req.url === '/' || req.url === '/index.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(dashboardHtml())
      } else if (req.url === `/${HISTORY_FILE}`) {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end(body)
      } else {
        res.writeHead(404)
        res.end()
      }
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise(r => server.close(r))
  })

  it('renders one chart per metric and category with the right points, offline', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const requests: string[] = []
      const errors: string[] = []
      page.on('request', r => requests.push(r.url()))
      page.on('pageerror', e => errors.push(String(e)))
      page.on('dialog', d => {
        errors.push(`dialog: ${d.message()}`)
        void d.dismiss()
      })
      await page.goto(`${base}/index.html`)
      await dashboardReady(page)
      const charts = await dashboardCharts(page)
      const expected = (category: string) => records.filter(r => r.category === category)
      for (const category of ['runguard', 'nightly']) {
        const mine = charts.filter(c => c.category === category)
        expect(mine.map(c => c.metric)).toEqual([
          'execution_time_seconds',
          'memory_max_mb',
          'findings'
        ])
        expect(mine[0]!.ys).toEqual(
          expected(category).map(r => r.metrics!.execution_time_seconds!.value)
        )
        expect(mine[1]!.ys).toEqual(expected(category).map(r => r.metrics!.memory_max_mb!.value))
        expect(mine[2]!.ys).toEqual(expected(category).map(r => r.findings.counts.high))
      }
      // every chart drew a canvas
      expect(await page.locator('figure.chart canvas').count()).toBe(6)
      // links to each run's commit and log
      const hrefs = await page
        .locator('table.runs a')
        .evaluateAll((as: Array<{ getAttribute(name: string): string | null }>) =>
          as.map(a => a.getAttribute('href'))
        )
      expect(hrefs).toContain('https://github.com/o/r/commit/c5')
      expect(hrefs).toContain('https://github.com/o/r/actions/runs/1005')
      // markup in a record stays text
      expect(await page.locator('table.runs').first().textContent()).toBeTruthy()
      expect(await page.locator('img').count()).toBe(0)
      expect(errors).toEqual([])
      // offline: nothing but the page and the history file beside it
      expect(requests.every(u => u.startsWith(base))).toBe(true)
      expect(new Set(served)).toEqual(new Set(['/index.html', `/${HISTORY_FILE}`]))
      // zoom: dragging across a chart narrows its x scale
      const first = page.locator('figure.chart .u-over').first()
      const box = (await first.boundingBox())!
      await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 })
      await page.mouse.up()
      const zoomed = await page.evaluate(() => {
        const c = (
          globalThis as unknown as {
            runguardDashboard: {
              charts: Array<{
                plot: { scales: { x: { min: number; max: number } }; data: number[][] }
              }>
            }
          }
        ).runguardDashboard.charts[0]!
        const xs = c.plot.data[0]!
        return {
          span: c.plot.scales.x.max - c.plot.scales.x.min,
          full: xs[xs.length - 1]! - xs[0]!
        }
      })
      expect(zoomed.span).toBeLessThan(zoomed.full * 0.8)
    } finally {
      await browser.close()
    }
  }, 90_000)
})

import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext } from 'playwright-core'

// Chromium from the OS packages driven by playwright-core, launched the way
// __tests__/history/dashboard.test.ts does (fresh profile, no network side channels).

export const CHROMIUM = process.env.RUNGUARD_CHROMIUM ?? '/usr/bin/chromium'
export const chromiumPresent = existsSync(CHROMIUM)
export const CHROMIUM_INSTALL = 'sudo apt-get install -y chromium'

export async function launchChromium(): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core')
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'rg-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/** The dashboard's charts once it says it is ready: category, metric and the y values drawn. */
export async function dashboardCharts(
  browser: BrowserContext,
  url: string
): Promise<{
  charts: Array<{ category: string; metric: string; ys: unknown[] }>
  errors: string[]
}> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', e => errors.push(String(e)))
  await page.goto(url)
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { runguardDashboard?: { ready: boolean } }).runguardDashboard
        ?.ready === true,
    undefined,
    { timeout: 30_000 }
  )
  const charts = await page.evaluate(() =>
    (
      globalThis as unknown as {
        runguardDashboard: {
          charts: Array<{ category: string; metric: string; plot: { data: unknown[][] } }>
        }
      }
    ).runguardDashboard.charts.map(c => ({
      category: c.category,
      metric: c.metric,
      ys: c.plot.data[1] ?? []
    }))
  )
  return { charts, errors }
}

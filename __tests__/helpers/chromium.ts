import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

/**
 * Chromium from the OS packages, driven by playwright-core, for the dashboard tests (the page of
 * the history branch, from the sources and from the built bundle). scripts/setup.sh installs it
 * when it can; without it the tests skip and print the install command.
 */

export const CHROMIUM = process.env.RUNGUARD_CHROMIUM ?? '/usr/bin/chromium'

/** `describe`, or `describe.skip` with the install command printed when Chromium is absent. */
export function chromiumPresent(what: string): boolean {
  const present = existsSync(CHROMIUM)
  if (!present)
    console.warn(
      `${what} skipped: no Chromium at ${CHROMIUM} (install: sudo apt-get install -y chromium)`
    )
  return present
}

/** A headless Chromium with a fresh profile and no background traffic of its own. */
export async function launchChromium(): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core')
  // A fresh profile per run (playwright passes it as --user-data-dir).
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

/** Waits until the dashboard page says it has drawn its charts. */
export async function dashboardReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { runguardDashboard?: { ready: boolean } }).runguardDashboard
        ?.ready === true,
    undefined,
    { timeout: 30_000 }
  )
}

/** Category, metric and y values of every chart the dashboard drew. */
export async function dashboardCharts(
  page: Page
): Promise<Array<{ category: string; metric: string; ys: unknown[] }>> {
  return page.evaluate(() =>
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
}

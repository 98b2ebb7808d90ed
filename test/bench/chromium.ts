// Time until the checklist is visible in Chromium, as a ratio to a static page with the same content.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { CHART_RANGES } from '../../shared/history.ts'
import { buildHistoryView } from '../../shared/history-view.ts'
import { METHODS } from '../../shared/ipc.ts'
import { formatMs } from '../../shared/night.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { buildSnapshot } from '../../shared/snapshot.ts'
import { planNight } from '../../shared/timeline.ts'
import { launchChromium } from '../e2e/harness/browser.ts'
import { serveDirectory } from '../e2e/harness/server.ts'
import type { Figure } from './run.ts'
import { tenYearsOfJournal, tenYearsOfNights } from './seed.ts'
import { percentile, round } from './stats.ts'

const RUNS = 15
const STEPS_LIST = 'ul[aria-label], ol[aria-label], [role="list"]'

function fixedResponses(withHistory: boolean): Record<string, unknown> {
  const settings = { ...defaultSettings(), firstRunDone: true }
  const nowMs = Date.parse('2026-11-24T21:35:00+01:00')
  const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')
  const snapshot = buildSnapshot(plan, emptyNightRecord(), settings, nowMs, formatMs(nowMs, 'Europe/Berlin'))
  const appInfo = {
    name: 'Eventide',
    version: '0.1.0',
    logPath: '/tmp/log',
    dataPath: '/tmp',
    platform: 'linux',
  }
  if (!withHistory) return { getState: snapshot, getSettings: settings, getAppInfo: appInfo }
  const nights = tenYearsOfNights()
  const journal = tenYearsOfJournal()
  const history = Object.fromEntries(
    CHART_RANGES.map((days) => [
      days,
      buildHistoryView({ settings, nights, journal, days, nowMs, timeZone: 'Europe/Berlin' }),
    ]),
  )
  return { getState: snapshot, getSettings: settings, getAppInfo: appInfo, history }
}

/** A bridge that answers from fixed data: this measures the renderer, not the main process. */
async function installBridge(page: Page, withHistory: boolean): Promise<void> {
  await page.addInitScript(
    ({ methods, responses }) => {
      const api: Record<string, unknown> = { onState: () => () => {} }
      const all = responses as Record<string, unknown>
      for (const m of methods) {
        api[m] = async (payload?: { days?: number }) => {
          const value =
            m === 'getHistory' ? (all.history as Record<number, unknown>)[payload?.days ?? 30] : all[m]
          return { ok: true, value: value ?? null }
        }
      }
      Object.defineProperty(window, 'eventide', { value: api })
    },
    { methods: METHODS, responses: fixedResponses(withHistory) },
  )
}

async function timeToVisible(page: Page, url: string): Promise<number> {
  const start = performance.now()
  await page.goto(url)
  await page.locator(STEPS_LIST).first().waitFor({ state: 'visible' })
  return performance.now() - start
}

export async function benchChromium(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'eventide-bench-web-'))
  cpSync(resolve(import.meta.dirname, '../../out/renderer'), root, { recursive: true })
  const server = await serveDirectory(root)
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 440, height: 660 } })
    const page = await context.newPage()
    page.on('pageerror', (error) => process.stderr.write(`bench page error: ${error.message}\n`))
    page.on('console', (m) => {
      if (m.type() === 'error') process.stderr.write(`bench console error: ${m.text()}\n`)
    })
    await installBridge(page, false)
    await timeToVisible(page, `${server.url}index.html#/checklist`)
    // The static baseline: the checklist exactly as React rendered it, with the same stylesheet and no script.
    const html = await page.evaluate(() => {
      for (const s of document.querySelectorAll('script')) s.remove()
      return `<!doctype html>${document.documentElement.outerHTML}`
    })
    writeFileSync(join(root, 'static.html'), html)
    const app: number[] = []
    const plain: number[] = []
    for (let i = 0; i < RUNS; i++) {
      app.push(await timeToVisible(page, `${server.url}index.html?run=${i}#/checklist`))
      plain.push(await timeToVisible(page, `${server.url}static.html?run=${i}`))
    }
    // History with ten years stored: until last night's calendar cell and both charts are drawn.
    await context.close()
    const historyContext = await browser.newContext({ viewport: { width: 720, height: 800 } })
    const historyPage = await historyContext.newPage()
    await installBridge(historyPage, true)
    const history: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      await historyPage.goto(`${server.url}index.html?h=${i}#/history`)
      await historyPage.locator('[data-night="2026-11-23"]').first().waitFor({ state: 'visible' })
      await historyPage.waitForFunction(() => document.querySelectorAll('canvas').length >= 2)
      history.push(performance.now() - start)
    }
    await historyContext.close()
    const h = percentile(history, 50)
    const a = percentile(app, 50)
    const b = percentile(plain, 50)
    return [
      {
        group: 'renderer',
        name: 'checklist visible in Chromium p50',
        value: round(a, 1),
        unit: 'ms',
        baseline: round(b, 1),
        ratio: round(a / b),
        note: `${RUNS} loads each; baseline = same content as static HTML`,
      },
      {
        group: 'history',
        name: 'history window drawn in Chromium p50',
        value: round(h, 1),
        unit: 'ms',
        note: '30-day view incl. calendar and 2 uPlot charts; 10 years stored',
      },
    ]
  } finally {
    await browser.close()
    await server.close()
    rmSync(root, { recursive: true, force: true })
  }
}

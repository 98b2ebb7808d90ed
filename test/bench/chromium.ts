// Time until the checklist is visible in Chromium, as a ratio to a static page with the same content.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { METHODS } from '../../shared/ipc.ts'
import { formatMs } from '../../shared/night.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { buildSnapshot } from '../../shared/snapshot.ts'
import { planNight } from '../../shared/timeline.ts'
import { launchChromium } from '../e2e/harness/browser.ts'
import { serveDirectory } from '../e2e/harness/server.ts'
import type { Figure } from './run.ts'
import { percentile, round } from './stats.ts'

const RUNS = 15
const STEPS_LIST = 'ul[aria-label], ol[aria-label], [role="list"]'

function fixedResponses(): Record<string, unknown> {
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
  return { getState: snapshot, getSettings: settings, getAppInfo: appInfo }
}

/** A bridge that answers from fixed data: this measures the renderer, not the main process. */
async function installBridge(page: Page): Promise<void> {
  await page.addInitScript(
    ({ methods, responses }) => {
      const api: Record<string, unknown> = { onState: () => () => {} }
      for (const m of methods)
        api[m] = async () => ({ ok: true, value: (responses as Record<string, unknown>)[m] ?? null })
      Object.defineProperty(window, 'eventide', { value: api })
    },
    { methods: METHODS, responses: fixedResponses() },
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
    await installBridge(page)
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
    await context.close()
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
    ]
  } finally {
    await browser.close()
    await server.close()
    rmSync(root, { recursive: true, force: true })
  }
}

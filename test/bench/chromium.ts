// Chromium timings taken inside the page (first contentful paint, the renderer's view-ready mark, the charts
// drawn), each against a static copy of the same rendered page that loads no script.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { VIEW_READY_MARK } from '../../renderer/view-ready.ts'
import { CHART_RANGES } from '../../shared/chart-ranges.ts'
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

/** Times the page reports itself, relative to its own navigation start: no Playwright round trip inside. */
interface InPage {
  fcp: number
  /** The renderer's 'eventide:view-ready' mark; for a static page, its first contentful paint. */
  ready: number
  /** When the second chart canvas appeared (history only). */
  charts: number | null
}

/** Installed before any page script: records when the history's two chart canvases are in the page. */
function watchCharts(): void {
  const w = window as unknown as { __chartsAt?: number }
  new MutationObserver((_, observer) => {
    if (w.__chartsAt === undefined && document.querySelectorAll('canvas').length >= 2) {
      w.__chartsAt = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
}

async function load(page: Page, url: string, opts: { marked: boolean; charts: boolean }): Promise<InPage> {
  await page.goto(url)
  return page.evaluate(
    ({ mark, marked, charts }) =>
      new Promise<InPage>((resolveTimes) => {
        const w = window as unknown as { __chartsAt?: number }
        const check = () => {
          const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
          const ready = marked ? performance.getEntriesByName(mark)[0] : fcp
          if (fcp && ready && (!charts || w.__chartsAt !== undefined)) {
            resolveTimes({ fcp: fcp.startTime, ready: ready.startTime, charts: w.__chartsAt ?? null })
          } else setTimeout(check, 10)
        }
        check()
      }),
    { mark: VIEW_READY_MARK, ...opts },
  )
}

/** The page as rendered, without a script or a module preload: the same content and stylesheet, static. */
async function staticCopy(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const canvas of document.querySelectorAll('canvas')) {
      // A chart's pixels as an image of the same size, so the static copy paints what the app painted.
      const img = document.createElement('img')
      img.src = canvas.toDataURL()
      img.width = canvas.clientWidth
      img.height = canvas.clientHeight
      canvas.replaceWith(img)
    }
    for (const s of document.querySelectorAll('script, link[rel="modulepreload"], link[as="script"]'))
      s.remove()
    return `<!doctype html>${document.documentElement.outerHTML}`
  })
}

const RUNS = 3
const CHECKLIST_LOADS = 40
const HISTORY_LOADS = 15

interface Series {
  runs: number[][]
}
const series = (): Series => ({ runs: [] })
/** A percentile per run, then the median of the runs. */
const across = (s: Series, p: number) =>
  percentile(
    s.runs.map((r) => percentile(r, p)),
    50,
  )
const perRun = (s: Series, p: number) => s.runs.map((r) => round(percentile(r, p), 1)).join(' / ')

function figure(group: string, name: string, app: Series, base: Series | null, note: string): Figure[] {
  return [50, 95].map((p) => {
    const value = across(app, p)
    const baseline = base ? across(base, p) : undefined
    return {
      group,
      name: `${name} p${p}`,
      value: round(value, 1),
      unit: 'ms',
      ...(baseline === undefined ? {} : { baseline: round(baseline, 1), ratio: round(value / baseline) }),
      note: `median of ${app.runs.length} run${app.runs.length === 1 ? '' : 's'} (${perRun(app, p)}${base ? `; static ${perRun(base, p)}` : ''}); ${note}`,
    }
  })
}

/** The checklist against its static copy, loaded one after the other, CHECKLIST_LOADS times per run. */
async function checklistLoads(page: Page, url: string, runs: number) {
  const fcp = series()
  const ready = series()
  const plain = series()
  for (let run = 0; run < runs; run++) {
    const f: number[] = []
    const r: number[] = []
    const b: number[] = []
    for (let i = 0; i < CHECKLIST_LOADS; i++) {
      const app = await load(page, `${url}index.html?run=${run}-${i}#/checklist`, {
        marked: true,
        charts: false,
      })
      f.push(app.fcp)
      r.push(app.ready)
      b.push((await load(page, `${url}static.html?run=${run}-${i}`, { marked: false, charts: false })).fcp)
    }
    fcp.runs.push(f)
    ready.runs.push(r)
    plain.runs.push(b)
  }
  return { fcp, ready, plain }
}

export async function benchChromium(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'eventide-bench-web-'))
  cpSync(resolve(import.meta.dirname, '../../out/renderer'), root, { recursive: true })
  // As the app's app:// scheme (codeCache privilege), Chromium keeps the scripts' compiled code between
  // loads: every file is checked on each load (ETag, no-cache) and its V8 code cache used when unchanged.
  const server = await serveDirectory(root, { revalidate: true })
  const coldServer = await serveDirectory(root)
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 440, height: 660 } })
    const page = await context.newPage()
    page.on('pageerror', (error) => process.stderr.write(`bench page error: ${error.message}\n`))
    page.on('console', (m) => {
      if (m.type() === 'error') process.stderr.write(`bench console error: ${m.text()}\n`)
    })
    await installBridge(page, false)
    await load(page, `${server.url}index.html#/checklist`, { marked: true, charts: false })
    await page.locator(STEPS_LIST).first().waitFor({ state: 'visible' })
    writeFileSync(join(root, 'static.html'), await staticCopy(page))
    const { fcp, ready, plain } = await checklistLoads(page, server.url, RUNS)
    // The first window after an install or an update has no compiled code kept yet.
    const cold = await checklistLoads(page, coldServer.url, 1)
    await context.close()

    // History with ten years stored, against a static copy of the drawn page (charts as images).
    const historyContext = await browser.newContext({ viewport: { width: 720, height: 800 } })
    const historyPage = await historyContext.newPage()
    await installBridge(historyPage, true)
    await historyPage.addInitScript(watchCharts)
    await load(historyPage, `${server.url}index.html#/history`, { marked: true, charts: true })
    await historyPage.locator('[data-night="2026-11-23"]').first().waitFor({ state: 'visible' })
    writeFileSync(join(root, 'history-static.html'), await staticCopy(historyPage))
    const hReady = series()
    const hCharts = series()
    const hPlain = series()
    for (let run = 0; run < RUNS; run++) {
      const r: number[] = []
      const c: number[] = []
      const b: number[] = []
      for (let i = 0; i < HISTORY_LOADS; i++) {
        const app = await load(historyPage, `${server.url}index.html?h=${run}-${i}#/history`, {
          marked: true,
          charts: true,
        })
        r.push(app.ready)
        c.push(app.charts ?? Number.NaN)
        const still = await load(historyPage, `${server.url}history-static.html?h=${run}-${i}`, {
          marked: false,
          charts: false,
        })
        b.push(still.fcp)
      }
      hReady.runs.push(r)
      hCharts.runs.push(c)
      hPlain.runs.push(b)
    }
    await historyContext.close()
    const inPage =
      'timed inside the page from navigation start; fixed IPC answers, so main-process work is left out'
    return [
      ...figure(
        'renderer',
        'checklist first contentful paint',
        fcp,
        plain,
        `${CHECKLIST_LOADS} loads per run; V8 code cache in use, as in the app; ${inPage}`,
      ),
      ...figure(
        'renderer',
        'checklist first contentful paint, no code cache (first window after an install or update)',
        cold.fcp,
        cold.plain,
        `1 run of ${CHECKLIST_LOADS} loads served with no-store; ${inPage}`,
      ),
      ...figure(
        'renderer',
        'checklist view ready (mark)',
        ready,
        plain,
        `baseline = static copy's first paint; ${inPage}`,
      ),
      ...figure(
        'history',
        'history view ready (mark), 10 years',
        hReady,
        hPlain,
        `${HISTORY_LOADS} loads per run; 30-day view; ${inPage}`,
      ),
      ...figure(
        'history',
        'history charts drawn, 10 years',
        hCharts,
        hPlain,
        `both uPlot canvases in the page; static copy shows them as images; ${inPage}`,
      ),
    ]
  } finally {
    await browser.close()
    await server.close()
    await coldServer.close()
    rmSync(root, { recursive: true, force: true })
  }
}

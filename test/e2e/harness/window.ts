// One Eventide window in Chromium: the built renderer with window.eventide bridged to the backend's handler
// table, live pushes from evening.onChange, and every console error, page error and CSP violation collected.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { bridgeScript } from '../../../build/page-bridge.ts'
import { invokeHandler } from '../../../electron/ipc.ts'
import { WINDOW_SIZES } from '../../../electron/windows.ts'
import { METHODS, type View } from '../../../shared/ipc.ts'
import type { Snapshot } from '../../../shared/snapshot.ts'
import type { Backend } from './backend.ts'

export type RouteName = 'checklist' | 'settings' | 'first-run' | 'check-in' | 'history' | 'health' | 'summary'

export interface WindowOptions {
  colorScheme?: 'light' | 'dark'
  /** 1 = 100 %, 2 = 200 %: main's window size, half the CSS pixels, twice the device pixels (as zooming does). */
  zoom?: 1 | 2
}

export interface EventideWindow {
  page: Page
  context: BrowserContext
  backend: Backend
  /** Console errors, uncaught page errors, CSP violations and failed pushes, in order. */
  problems: string[]
  open(route: RouteName): Promise<void>
  /** Waits for pushes and view changes main has started. */
  settle(): Promise<void>
  /** Moves the fake clock (and the page's Date) and pushes a snapshot, as main's scheduler does on its re-check. */
  advanceClock(ms: number): Promise<void>
  close(): Promise<void>
}

export async function openEventideWindow(
  browser: Browser,
  baseUrl: string,
  backend: Backend,
  options: WindowOptions = {},
): Promise<EventideWindow> {
  const zoom = options.zoom ?? 1
  const sizeOf = (view: View) => {
    const size = WINDOW_SIZES[view]
    return { width: Math.round(size.width / zoom), height: Math.round(size.height / zoom) }
  }
  const context = await browser.newContext({
    viewport: sizeOf('checklist'),
    deviceScaleFactor: zoom,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    locale: 'en-GB',
    timezoneId: backend.clock.timeZone(),
  })
  const page = await context.newPage()
  const problems: string[] = []
  const pending = new Set<Promise<unknown>>()
  const track = (what: string, promise: Promise<unknown>) => {
    const tracked = promise.catch((error: unknown) => {
      problems.push(`${what} failed: ${error instanceof Error ? error.message : String(error)}`)
    })
    pending.add(tracked)
    void tracked.finally(() => pending.delete(tracked))
  }

  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const where = message.location().url
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.exposeFunction('__eventideInvoke', (method: string, payload?: unknown) =>
    invokeHandler(backend.table, method, payload, backend.logger),
  )
  await page.exposeFunction('__eventideProblem', (text: string) => {
    problems.push(text)
  })
  // The same window.eventide the preview uses (build/page-bridge.ts), calling __eventideInvoke above.
  await page.addInitScript({ content: bridgeScript(METHODS, 'exposed') })
  await page.clock.setFixedTime(backend.clock.now())

  const push = () => {
    if (page.isClosed()) return
    const snapshot = backend.evening.snapshot()
    track(
      'push',
      page.evaluate(
        (s: Snapshot) => (window as unknown as { __eventidePush(s: Snapshot): void }).__eventidePush(s),
        snapshot,
      ),
    )
  }
  const unsubscribe = backend.evening.onChange(push)
  // Main would open (or focus) that view's window; here the one page takes its size and route.
  backend.showView = (view) => {
    track(
      `open ${view}`,
      page.setViewportSize(sizeOf(view)).then(() =>
        page.evaluate((v) => {
          window.location.hash = `#/${v}`
        }, view),
      ),
    )
  }

  let opened = 0
  const settle = async () => {
    while (pending.size > 0) await Promise.all([...pending])
  }

  return {
    page,
    context,
    backend,
    problems,
    open: async (route) => {
      await page.setViewportSize(sizeOf(route))
      // A fresh load each time, as a new window would be (a hash change alone keeps the old document).
      opened += 1
      await page.goto(`${baseUrl}index.html?window=${opened}#/${route}`, { waitUntil: 'load' })
    },
    settle,
    advanceClock: async (ms) => {
      backend.clock.advance(ms)
      await page.clock.setFixedTime(backend.clock.now())
      push()
      await settle()
    },
    close: async () => {
      unsubscribe()
      await settle()
      await context.close()
    },
  }
}

// `npm run preview`: the built windows in Chromium on 127.0.0.1, bridged over HTTP to the real services.
import { request } from 'node:http'
import { networkInterfaces } from 'node:os'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type Preview, startPreview } from '../../build/preview-server.ts'
import type { Logger } from '../../electron/services.ts'
import { strings } from '../../renderer/strings.ts'
import { journalStrings } from '../../renderer/strings-journal.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'
import { browserTierSkip, launchChromium } from './harness/browser.ts'
import { ensureRendererBuilt, RENDERER } from './harness/suite.ts'
import { progressText, stepButton, stepState, whenReady } from './harness/views.ts'
import type { RouteName } from './harness/window.ts'

const ZONE = 'Europe/Berlin'
const NIGHT = '2026-11-24'
const POLL = { timeout: 5_000, interval: 50 }
const ROUTES: RouteName[] = ['checklist', 'settings', 'first-run', 'check-in', 'history', 'health', 'summary']
const tempDir = tempDirMaker('eventide-preview-test-')

/** One preview per test, on a fresh data folder; main's warnings and errors are collected, never expected. */
function usePreview() {
  const previews: Preview[] = []
  const logged: string[] = []
  const record =
    (level: string) =>
    (...args: unknown[]) =>
      logged.push(`${level}: ${args.map(String).join(' ')}`)
  const logger: Logger = { info: () => {}, warn: record('warn'), error: record('error') }
  beforeAll(() => ensureRendererBuilt())
  afterEach(async () => {
    for (const p of previews.splice(0)) await p.close()
    // This test process has no session bus, so the real notifier says once that it falls back to
    // notify-send; that is the machine, not the preview. Anything else is a failure.
    const noBus = /^warn: notifier: no D-Bus session bus/
    expect(
      logged.splice(0).filter((line) => !noBus.test(line)),
      'main-process warnings or errors',
    ).toEqual([])
  })
  return async (options: { firstRunDone?: boolean } = {}) => {
    // The scheduler stays off: a journey must not depend on a notification daemon (test/e2e/notification covers it).
    const preview = await startPreview({
      rendererDir: RENDERER,
      dataDir: tempDir(),
      timeZone: ZONE,
      scheduler: false,
      logger,
    })
    previews.push(preview)
    if (options.firstRunDone) {
      preview.services.store.setSettings({ ...defaultSettings(), firstRunDone: true })
    }
    return preview
  }
}

/** A raw request, so the test controls the Host and Origin headers a browser would set. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {},
): Promise<{ status: number; body: string }> {
  const target = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? target.hostname,
        port: target.port,
        path: target.pathname,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          body += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const json = { 'content-type': 'application/json' }

describe('preview server', () => {
  const open = usePreview()

  it('listens on 127.0.0.1 only, and no other address of this machine answers', async () => {
    const preview = await open()
    expect(preview.address.address).toBe('127.0.0.1')
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i?.address ?? '')
    console.info(`preview: checked that ${others.length} non-loopback address(es) refuse the port`)
    for (const address of others) {
      await expect(raw(preview.url, { host: address })).rejects.toThrow(/ECONNREFUSED/)
    }
  })

  it('serves index.html with the bridge loaded before the renderer, for every view', async () => {
    const preview = await open()
    const page = await raw(preview.url)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<script src="/__eventide/bridge.js"></script>')
    // The shipped CSP stays as it is: the bridge is a same-origin script and fetches same-origin.
    expect(page.body).toContain("script-src 'self'")
    const bridge = await raw(`${preview.url}__eventide/bridge.js`)
    expect(bridge.status).toBe(200)
    expect(bridge.body).toContain('"getState"')
  })

  it('answers contract calls through the same wrapper main uses, validating each payload', async () => {
    const preview = await open()
    const state = await raw(`${preview.url}__eventide/invoke/getState`, {
      method: 'POST',
      headers: json,
      body: '{}',
    })
    expect(JSON.parse(state.body)).toMatchObject({ ok: true, value: { timeZone: ZONE } })
    const bad = await raw(`${preview.url}__eventide/invoke/setTonightBedtime`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ payload: { bedtime: '25:00' } }),
    })
    const envelope = JSON.parse(bad.body)
    expect(envelope.ok).toBe(false)
    expect(envelope.error).toMatch(/bedtime/)
  })

  it('refuses requests from other origins, other host names and non-JSON posts', async () => {
    const preview = await open()
    const invoke = `${preview.url}__eventide/invoke/setPaused`
    const body = JSON.stringify({ payload: { paused: true } })
    const attempts = [
      { method: 'POST', headers: { ...json, origin: 'http://evil.example' }, body },
      { method: 'POST', headers: { ...json, host: `evil.example:${preview.address.port}` }, body },
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body },
    ]
    for (const attempt of attempts) expect((await raw(invoke, attempt)).status).toBe(403)
    expect(preview.services.evening.snapshot().paused).toBe(false)
  })

  it('sets the clock from ?at and &date, naming the field when one is wrong', async () => {
    const preview = await open()
    const set = (body: unknown) =>
      raw(`${preview.url}__eventide/clock`, { method: 'POST', headers: json, body: JSON.stringify(body) })
    expect((await set({ at: '21:55', date: NIGHT })).status).toBe(204)
    expect(preview.services.evening.snapshot().now).toMatch(/^2026-11-24T21:55:\d\d\+01:00$/)
    // Before noon is the morning after the night's date, as everywhere in Eventide.
    expect((await set({ at: '01:30', date: NIGHT })).status).toBe(204)
    expect(preview.services.evening.snapshot().now).toMatch(/^2026-11-25T01:30:\d\d\+01:00$/)
    const wrong = await set({ at: '9pm' })
    expect(wrong.status).toBe(400)
    expect(wrong.body).toMatch(/^at: expected HH:MM/)
    expect((await set({ at: '21:00', date: '2026-02-30' })).body).toMatch(/^date: /)
  })
})

const skip = browserTierSkip('test/e2e/preview.test.ts (the preview in Chromium)')

describe.skipIf(skip !== null)(`the preview in Chromium${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const open = usePreview()
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function page(): Promise<{ page: Page; problems: string[] }> {
    if (!browser) throw new Error('Chromium did not start (beforeAll failed?)')
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: ZONE, reducedMotion: 'reduce' })
    const p = await context.newPage()
    const problems: string[] = []
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
    })
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    return { page: p, problems }
  }

  it('shows tonight at 21:55 from ?at=21:55, and a tick reaches the real store', async () => {
    const preview = await open({ firstRunDone: true })
    const { page: p, problems } = await page()
    await p.goto(`${preview.url}?at=21:55&date=${NIGHT}#/checklist`)
    await whenReady(p, 'checklist')
    await expect.poll(() => p.getByText(strings.checklist.nightOf(NIGHT)).isVisible(), POLL).toBe(true)
    // Bedtime 22:30: the bath window (21:30–21:50) is over, magnesium (21:50) is due, the walk (22:15) is ahead.
    expect(await stepState(p, 'Magnesium glycinate')).toBe(strings.step.states.due)
    expect(await stepState(p, 'Short walk or gentle stretch')).toBe(strings.step.states.upcoming)
    expect(await progressText(p)).toBe(strings.checklist.progress(0, 5))

    await stepButton(p, 'Magnesium glycinate', strings.step.done).click()
    await expect.poll(() => stepState(p, 'Magnesium glycinate'), POLL).toMatch(/^Done at 21:5\d$/)
    expect(preview.services.store.getNight(NIGHT).steps.magnesium?.status).toBe('done')
    expect(await progressText(p)).toBe(strings.checklist.progress(1, 5))
    // A fresh page reads it back from main, as a new window would.
    await p.reload()
    await whenReady(p, 'checklist')
    await expect.poll(() => stepState(p, 'Magnesium glycinate'), POLL).toMatch(/^Done at 21:5\d$/)
    expect(problems).toEqual([])
    await p.context().close()
  })

  it('opens every view, and main opening a window shows that view', async () => {
    const preview = await open({ firstRunDone: true })
    const { page: p, problems } = await page()
    for (const route of ROUTES) {
      await p.goto(`${preview.url}?at=20:00&date=${NIGHT}&view=${route}#/${route}`)
      await whenReady(p, route)
    }
    await p.goto(`${preview.url}#/checklist`)
    await whenReady(p, 'checklist')
    await p.getByRole('button', { name: journalStrings.nav.history }).click()
    await p.waitForFunction(() => window.location.hash === '#/history')
    await whenReady(p, 'history')
    expect(problems).toEqual([])
    await p.context().close()
  })
})

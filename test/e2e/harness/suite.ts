// Per-file set-up for the browser tier: the built renderer, its static server, one Chromium, one backend per test.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { type Backend, createBackend } from './backend.ts'
import { launchChromium } from './browser.ts'
import { type StaticServer, serveDirectory } from './server.ts'
import { type EventideWindow, openEventideWindow, type WindowOptions } from './window.ts'

const ROOT = resolve(import.meta.dirname, '../../..')
export const RENDERER = resolve(ROOT, 'out/renderer')

/** `npm test` builds before vitest runs; a direct vitest run builds once here. */
export function ensureRendererBuilt(): void {
  if (existsSync(resolve(RENDERER, 'index.html'))) return
  console.info('e2e: out/renderer/index.html is missing, running npm run build')
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
}

export interface BrowserTier {
  /** A fresh backend (temp store, fake clock) and one window onto it; both are closed after the test. */
  open(options?: WindowOptions & { backend?: Backend }): Promise<EventideWindow>
  backend(options?: { startMs?: number }): Promise<Backend>
}

/** Call inside a describe: registers the hooks and hands back what the journeys use. */
export function useBrowserTier(): BrowserTier {
  let browser: Browser | undefined
  let server: StaticServer | undefined
  const windows: EventideWindow[] = []
  const backends: Backend[] = []

  beforeAll(async () => {
    ensureRendererBuilt()
    server = await serveDirectory(RENDERER)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  afterEach(async () => {
    for (const w of windows.splice(0)) await w.close()
    const logs = backends.flatMap((b) => b.logged)
    for (const b of backends.splice(0)) await b.dispose()
    expect(logs, 'main-process warnings or errors during the journey').toEqual([])
  })

  const backend: BrowserTier['backend'] = async (options) => {
    const b = await createBackend(options)
    backends.push(b)
    return b
  }

  return {
    backend,
    async open(options = {}) {
      if (!browser || !server) throw new Error('the browser tier is not set up (beforeAll failed?)')
      const w = await openEventideWindow(browser, server.url, options.backend ?? (await backend()), options)
      windows.push(w)
      return w
    },
  }
}

/** Every journey ends clean: no console error, page error, CSP violation or failed push. */
export async function expectNoProblems(w: EventideWindow): Promise<void> {
  await w.settle()
  expect(w.problems, 'console errors, page errors and CSP violations').toEqual([])
}

// Windows on demand: one per view, focused when open again, gone when closed, loaded securely.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeBrowserWindow, fakes, nativeTheme, resetFakes } from '../support/electron-fakes.ts'

// The shared fakes (test/support/electron-fakes.ts) stand in for Electron; this machine's theme is dark.
nativeTheme.shouldUseDarkColors = true

const { createWindowManager, BACKGROUND } = await import('../../electron/windows.ts')

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
const manager = (devServerUrl?: string) =>
  createWindowManager({
    preloadPath: '/app/out/preload/index.cjs',
    pageUrl: (view) => `app://eventide/index.html#/${view}`,
    devServerUrl,
    isAppUrl: (url) => url.startsWith('app://eventide/'),
    logger,
  })

beforeEach(() => {
  resetFakes()
})

describe('windows', () => {
  it('creates a window per view on first open, loading the page at that view’s route', () => {
    const windows = manager()
    windows.open('checklist')
    windows.open('settings')
    expect(fakes.windows).toHaveLength(2)
    // From the app:// scheme, never file://.
    expect(fakes.windows[0]?.loaded).toEqual({ url: 'app://eventide/index.html#/checklist' })
    expect(fakes.windows[1]?.loaded).toEqual({ url: 'app://eventide/index.html#/settings' })
    expect(windows.all()).toHaveLength(2)
  })

  it('is created hidden with secure preferences and the theme’s background, shown when ready', () => {
    manager().open('history')
    const window = fakes.windows[0] as FakeBrowserWindow
    expect(window.options).toMatchObject({
      show: false,
      backgroundColor: BACKGROUND.dark,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        preload: '/app/out/preload/index.cjs',
      },
    })
    expect(window.show).not.toHaveBeenCalled()
    window.listeners.get('ready-to-show')?.()
    expect(window.show).toHaveBeenCalled()
  })

  it('hardens each window: navigation guard, window.open denied, permissions denied', () => {
    manager().open('checklist')
    const contents = (fakes.windows[0] as FakeBrowserWindow).webContents
    expect(contents.handlers.has('will-navigate')).toBe(true)
    const openHandler = contents.handlers.get('window-open') as (d: { url: string }) => unknown
    expect(openHandler({ url: 'https://x.example' })).toEqual({ action: 'deny' })
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalled()
  })

  it('focuses (and restores) the open window instead of creating another', () => {
    const windows = manager()
    const first = windows.open('checklist')
    const window = fakes.windows[0] as FakeBrowserWindow
    window.minimized = true
    expect(windows.open('checklist')).toBe(first)
    expect(fakes.windows).toHaveLength(1)
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })

  it('forgets a closed window, so no renderer is held, and opens a fresh one next time', () => {
    const windows = manager()
    windows.open('checklist')
    windows.closeAll()
    expect(windows.all()).toEqual([])
    windows.open('checklist')
    expect(fakes.windows).toHaveLength(2)
  })

  it('files a window under the view it moved to, so first run turned checklist is the one brought forward', () => {
    const windows = manager()
    const firstRun = windows.open('first-run')
    const window = fakes.windows[0] as FakeBrowserWindow
    const navigated = window.webContents.handlers.get('did-navigate-in-page') as (
      e: unknown,
      url: string,
    ) => void
    navigated({}, 'app://eventide/index.html#/checklist')
    expect(windows.open('checklist')).toBe(firstRun)
    expect(fakes.windows).toHaveLength(1)
    expect(window.focus).toHaveBeenCalled()
    // The first-run view is free again; closing the window forgets it under its new name.
    window.listeners.get('closed')?.()
    windows.open('checklist')
    expect(fakes.windows).toHaveLength(2)
  })

  it('keeps a window under its own view when another window already shows the one it moved to', () => {
    const windows = manager()
    const checklist = windows.open('checklist')
    const settings = windows.open('settings')
    const navigated = (fakes.windows[1] as FakeBrowserWindow).webContents.handlers.get(
      'did-navigate-in-page',
    ) as (e: unknown, url: string) => void
    navigated({}, 'app://eventide/index.html#/checklist')
    expect(windows.open('checklist')).toBe(checklist)
    expect(windows.open('settings')).toBe(settings)
    expect(windows.all()).toHaveLength(2)
  })

  it('loads the dev server URL with the view route in development', () => {
    manager('http://localhost:5173/').open('first-run')
    expect(fakes.windows[0]?.loaded).toEqual({ url: 'http://localhost:5173/#/first-run' })
  })
})

describe('hidden windows for printing', () => {
  it('loads the view without showing it, counts as ours until closed, and never replaces a visible one', async () => {
    const m = manager()
    const visible = m.open('summary')
    const { window, loaded } = m.openHidden('summary')
    await loaded
    const hidden = window as unknown as FakeBrowserWindow
    expect(hidden).not.toBe(visible)
    expect(hidden.options).toMatchObject({ show: false, width: 794, height: 1123 })
    expect(hidden.loaded).toEqual({ url: 'app://eventide/index.html#/summary' })
    expect(hidden.listeners.has('ready-to-show')).toBe(false)
    expect(hidden.show).not.toHaveBeenCalled()
    expect(m.all()).toContain(window)
    hidden.close()
    expect(m.all()).toEqual([visible])
  })
})

// One window per view, created when first opened and destroyed on close, so an idle tray app holds no renderer.
import { BrowserWindow, nativeTheme } from 'electron'
import { type MessageKey, t } from '../shared/i18n/index.ts'
import { VIEWS, type View } from '../shared/ipc-channels.ts'
import type { Bounds } from '../shared/window-place.ts'
import type { Logger } from './services.ts'
import type { WindowPlaces } from './window-places.ts'
import { hardenWebContents, secureWebPreferences } from './window-security.ts'

interface WindowSize {
  width: number
  height: number
  title: string
}

// The title is a getter so a window opened after a language change is titled in the new language.
function sized(width: number, height: number, titleKey: MessageKey): WindowSize {
  return {
    width,
    height,
    get title() {
      return t(titleKey)
    },
  }
}

export const WINDOW_SIZES: Record<View, WindowSize> = {
  checklist: sized(440, 660, 'windowTitle.checklist'),
  settings: sized(600, 720, 'windowTitle.settings'),
  history: sized(820, 640, 'windowTitle.history'),
  'first-run': sized(560, 680, 'windowTitle.firstRun'),
  'check-in': sized(480, 700, 'windowTitle.checkIn'),
  health: sized(760, 720, 'windowTitle.health'),
  // A4 proportions, so what the person sees is what the PDF holds.
  summary: sized(794, 1123, 'windowTitle.summary'),
}

/** The smallest a window may be made; the checklist's Now card is laid out for this size. */
export const MINIMUM_SIZE = { width: 360, height: 420 }

// Matches the renderer's page background so a window never flashes white in dark mode.
export const BACKGROUND = { light: '#f7f5f0', dark: '#17171c' }

export interface WindowManager {
  open(view: View): BrowserWindow
  /**
   * A window that is never shown (for printing). It counts as ours for the IPC sender check until it is
   * destroyed. `loaded` settles when the page finished loading or failed to.
   */
  openHidden(view: View): { window: BrowserWindow; loaded: Promise<void> }
  /** Every open window, for broadcasting state and the IPC sender check. */
  all(): BrowserWindow[]
  closeAll(): void
}

/** The view a page URL shows: its hash route ("#/checklist", "#/check-in/2026-11-20"), or null. */
export function viewOfUrl(url: string): View | null {
  const name = /#\/([a-z-]+)/.exec(url)?.[1]
  return name && (VIEWS as readonly string[]).includes(name) ? (name as View) : null
}

export function createWindowManager(deps: {
  preloadPath: string
  /** The page's URL for a view: app://eventide/index.html#/<view> (app-protocol.ts). */
  pageUrl: (view: View) => string
  /** ELECTRON_RENDERER_URL in development; the page is then served by Vite. */
  devServerUrl?: string | undefined
  isAppUrl: (url: string) => boolean
  logger: Logger
  onCreated?: (view: View, window: BrowserWindow) => void
  /** Where windows were left; without it every window opens at its default size and place. */
  places?: { store: WindowPlaces; workAreas: () => Bounds[] }
}): WindowManager {
  const open = new Map<View, BrowserWindow>()
  const hidden = new Set<BrowserWindow>()

  function load(window: BrowserWindow, view: View): Promise<void> {
    return deps.devServerUrl
      ? window.loadURL(`${deps.devServerUrl.replace(/\/$/, '')}/#/${view}`)
      : window.loadURL(deps.pageUrl(view))
  }

  function create(view: View): BrowserWindow {
    const size = WINDOW_SIZES[view]
    const place = deps.places?.store.restore(view, deps.places.workAreas(), MINIMUM_SIZE) ?? null
    const window = new BrowserWindow({
      ...(place ?? { width: size.width, height: size.height }),
      minWidth: MINIMUM_SIZE.width,
      minHeight: MINIMUM_SIZE.height,
      title: size.title,
      show: false,
      autoHideMenuBar: true,
      backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
      webPreferences: secureWebPreferences(deps.preloadPath),
    })
    hardenWebContents(window.webContents, deps.isAppUrl, (message) =>
      deps.logger.warn(`window ${view}: ${message}`),
    )
    window.once('ready-to-show', () => {
      window.show()
      window.focus()
    })
    // First run becomes the checklist in the same window (a hash change), so a window is filed under the view
    // it shows now, when no other window holds that view: "Back to tonight" then brings this window forward
    // instead of opening a second checklist.
    let current = view
    window.webContents.on('did-navigate-in-page', (_event: unknown, url: string) => {
      const shown = viewOfUrl(url)
      if (!shown || shown === current || open.has(shown)) return
      if (open.get(current) === window) open.delete(current)
      open.set(shown, window)
      current = shown
    })
    // The normal bounds, so a window closed while maximised reopens at the size it had before.
    window.on('close', () => deps.places?.store.remember(current, window.getNormalBounds()))
    window.on('closed', () => {
      if (open.get(current) === window) open.delete(current)
    })
    window.webContents.on('render-process-gone', (_event, details) => {
      deps.logger.error(`window ${view}: renderer gone (${details.reason})`)
    })
    load(window, view).catch((error: unknown) => deps.logger.error(`window ${view}: failed to load`, error))
    open.set(view, window)
    deps.onCreated?.(view, window)
    return window
  }

  return {
    open(view) {
      const existing = open.get(view)
      if (existing && !existing.isDestroyed()) {
        if (existing.isMinimized()) existing.restore()
        existing.show()
        existing.focus()
        return existing
      }
      return create(view)
    },
    openHidden(view) {
      const size = WINDOW_SIZES[view]
      const window = new BrowserWindow({
        width: size.width,
        height: size.height,
        title: size.title,
        show: false,
        backgroundColor: BACKGROUND.light,
        webPreferences: secureWebPreferences(deps.preloadPath),
      })
      hardenWebContents(window.webContents, deps.isAppUrl, (message) =>
        deps.logger.warn(`hidden window ${view}: ${message}`),
      )
      hidden.add(window)
      window.on('closed', () => hidden.delete(window))
      return { window, loaded: load(window, view) }
    },
    all: () => [...open.values(), ...hidden].filter((w) => !w.isDestroyed()),
    closeAll() {
      for (const window of open.values()) if (!window.isDestroyed()) window.close()
    },
  }
}

// Start-up only: single instance, app identity, services, IPC, tray, and the events that re-plan.
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
} from 'electron'
import { setLocale, t } from '../shared/i18n/index.ts'
import type { View } from '../shared/ipc.ts'
import type { Settings } from '../shared/settings.ts'
import { APP_ID, APP_NAME } from './app-id.ts'
import { APP_SCHEME_PRIVILEGES, appPageUrl, serveAppProtocol } from './app-protocol.ts'
import { saveDialogTitle } from './data-transfer.ts'
import { broadcast, createSenderCheck, registerIpc } from './ipc.ts'
import { createFileLogger, logRendererConsole } from './logger.ts'
import { applyLaunchAtLogin } from './login-item.ts'
import { createPdfPrinter } from './print.ts'
import { systemClock } from './services.ts'
import { createServices, type Services } from './services-factory.ts'
import { createTray, type EventideTray } from './tray.ts'
import type { TrayAction } from './tray-menu.ts'
import { createTrayRefresh } from './tray-refresh.ts'
import { createUpdateChecks } from './updater.ts'
import { createWindowPlaces } from './window-places.ts'
import { openPlaceStore } from './window-places-store.ts'
import { createAppUrlCheck } from './window-security.ts'
import { createWindowManager } from './windows.ts'

const { logger, filePath: logPath } = createFileLogger()
logRendererConsole(app, logger)

/** Icons the OS reads directly must sit outside the asar: in resources/ when packaged, build/ in dev. */
function resourcePath(...parts: string[]): string {
  return app.isPackaged ? join(process.resourcesPath, ...parts) : join(app.getAppPath(), 'build', ...parts)
}

/** Tray, titles and notifications speak the person's language: their choice, else the system's. */
function followLanguage(settings: Pick<Settings, 'language' | 'clock'>): void {
  setLocale(settings.language, app.getLocale(), settings.clock)
}

function start(): void {
  if (process.platform === 'darwin') app.dock?.hide()
  // No application menu: no DevTools or reload shortcuts in a packaged build, nothing a tray app needs.
  Menu.setApplicationMenu(null)
  const outDir = join(import.meta.dirname, '..')
  const rendererDir = join(outDir, 'renderer')
  serveAppProtocol(protocol, net, rendererDir)
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  const isAppUrl = createAppUrlCheck({ rendererDir, devServerUrl })
  const windows = createWindowManager({
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    pageUrl: appPageUrl,
    devServerUrl,
    isAppUrl,
    logger,
    places: {
      store: createWindowPlaces(openPlaceStore(), logger),
      workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    },
  })
  const openWindow = (view: View) => {
    windows.open(view)
  }

  let tray: EventideTray | null = null
  let services: Services | null = null
  // Opt-in: electron-updater is imported only once the person turns update checks on in Settings.
  const updates = createUpdateChecks({
    loadUpdater: async () => (await import('electron-updater')).autoUpdater,
    isPackaged: app.isPackaged,
    logger,
  })
  const pushState = () => {
    if (!services) return
    const snapshot = services.evening.snapshot()
    broadcast(windows.all(), snapshot, logger)
    tray?.update(snapshot)
    refresh.update(snapshot.changesAt)
  }
  const refresh = createTrayRefresh(pushState, systemClock)

  // The store's start-up notices are written before its settings can be read: the system's language until then.
  setLocale('system', app.getLocale())
  services = createServices({
    dataDir: app.getPath('userData'),
    keyWrapper: safeStorage,
    platform: process.platform,
    iconPath: resourcePath('notification.png'),
    clock: systemClock,
    logger,
    appInfo: () => ({
      name: APP_NAME,
      version: app.getVersion(),
      logPath: logPath(),
      dataPath: app.getPath('userData'),
      platform: process.platform,
      storageProtection: services?.store.protection ?? 'plain',
    }),
    openWindow,
    setLaunchAtLogin: (enabled) =>
      applyLaunchAtLogin({
        enabled,
        platform: process.platform,
        app,
        exec: process.env.APPIMAGE ?? process.execPath,
        name: APP_NAME,
      }),
    onStateChange: () => {
      if (services) followLanguage(services.evening.getSettings())
      pushState()
      if (services) updates.apply(services.evening.getSettings().updateChecks)
    },
    chooseSavePath: async (defaultName, filters) => {
      const options = {
        title: saveDialogTitle(),
        defaultPath: join(app.getPath('documents'), defaultName),
        filters,
      }
      // Attached to the focused window when there is one, so the dialog sits on top of it.
      const parent = BrowserWindow.getFocusedWindow()
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    printViewToPdf: createPdfPrinter({ openHidden: (view) => windows.openHidden(view), logger }),
  })
  const { evening, scheduler, handlers } = services

  registerIpc(ipcMain, handlers, createSenderCheck({ isAppUrl, windows: () => windows.all() }), logger)

  const onTrayAction = (action: TrayAction) => {
    if (action.kind === 'open-checklist') openWindow('checklist')
    else if (action.kind === 'open-settings') openWindow('settings')
    else if (action.kind === 'open-view') openWindow(action.view)
    else if (action.kind === 'set-bedtime') evening.setTonightBedtime(action.bedtime)
    else if (action.kind === 'pause') evening.setPaused(true)
    else if (action.kind === 'resume') evening.setPaused(false)
    else if (action.kind === 'step' && action.status === 'done') evening.setStepStatus(action.stepId, 'done')
    else if (action.kind === 'step') evening.snooze(action.stepId)
    else app.quit()
  }
  tray = createTray({
    iconDir: resourcePath('tray'),
    platform: process.platform,
    logger,
    onAction: onTrayAction,
  })

  // Timers stall during sleep and these events are not delivered everywhere; the bounded wait covers the rest.
  powerMonitor.on('resume', () => scheduler.replan('resume'))
  powerMonitor.on('unlock-screen', () => scheduler.replan('unlock-screen'))
  app.on('second-instance', () => openWindow('checklist'))
  app.on('before-quit', () => {
    refresh.stop()
    updates.stop()
    // A save that failed earlier gets one last try; what still cannot be written is said, not lost silently.
    const unsaved = services?.store.flush() ?? []
    if (unsaved.length > 0) {
      dialog.showMessageBoxSync({
        type: 'warning',
        message: t('main.quit.unsaved'),
        detail: unsaved.join('\n\n'),
      })
    }
    services?.dispose()
    tray?.destroy()
    tray = null
  })

  followLanguage(evening.getSettings())
  scheduler.start()
  pushState()
  updates.apply(evening.getSettings().updateChecks)
  if (!evening.getSettings().firstRunDone) openWindow('first-run')
  logger.info(`started ${app.getVersion()} on ${process.platform}; log at ${logPath()}`)
}

if (!app.requestSingleInstanceLock()) {
  // Another Eventide is running; it opens its checklist on 'second-instance'.
  app.quit()
} else {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID)
  // Must happen before ready: app:// gets a real origin, so the CSP's 'self' and module scripts work.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
  // A tray app keeps running with no window open; only Quit (or the OS) ends it.
  app.on('window-all-closed', () => {})
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => logger.error('start-up failed', error))
}

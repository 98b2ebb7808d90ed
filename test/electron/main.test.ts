// Start-up wiring with Electron faked: single instance, app id, IPC, first run, re-plans, quit.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_ID } from '../../electron/app-id.ts'
import type { NotificationAction } from '../../electron/services.ts'
import { systemClock } from '../../electron/services.ts'
import { contract, METHODS, STATE_CHANNEL } from '../../shared/ipc.ts'
import { nightOf } from '../../shared/night.ts'

const fx = vi.hoisted(() => {
  const h = {
    appListeners: new Map<string, () => void>(),
    powerListeners: new Map<string, () => void>(),
    channels: [] as string[],
    closedChannels: [] as string[],
    scheduler: { start: vi.fn(), stop: vi.fn(), replan: vi.fn(), listener: null as null | (() => void) },
    notifierAction: null as null | ((a: NotificationAction) => void),
    lock: true,
    userData: '',
    locale: 'en-GB',
  }
  const app = {
    isPackaged: false,
    getAppPath: () => '/app',
    getPath: () => h.userData,
    getVersion: () => '0.1.0',
    getLocale: () => h.locale,
    requestSingleInstanceLock: () => h.lock,
    setAppUserModelId: vi.fn(),
    setLoginItemSettings: vi.fn(),
    dock: { hide: vi.fn() },
    quit: vi.fn(),
    on: (name: string, l: () => void) => h.appListeners.set(name, l),
    whenReady: vi.fn(() => Promise.resolve()),
  }
  const electron = {
    app,
    ipcMain: {
      handle: (channel: string) => h.channels.push(channel),
      removeHandler: () => {},
      removeAllListeners: (channel: string) => h.closedChannels.push(channel),
    },
    powerMonitor: { on: (name: string, l: () => void) => h.powerListeners.set(name, l) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    dialog: { showMessageBoxSync: vi.fn(), showSaveDialog: vi.fn() },
    // No keychain here: the store keeps plain files, as on a Linux desktop without one.
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: () => Buffer.alloc(0),
      decryptString: () => '',
    },
  }
  return { h, electron }
})

// The app-level parts are this file's (single instance, power events, IPC registration); windows, tray,
// menus and images are the shared fakes.
// Captured once: boot() resets the module registry, and the fakes must stay the ones this file reads.
const shared = await vi.hoisted(() => import('../support/electron-fakes.ts'))
vi.mock('electron', () => {
  const electron = { ...shared.uiFakes, ...fx.electron }
  return { default: electron, ...electron }
})
vi.mock('../../electron/logger.ts', () => ({
  createFileLogger: () => ({
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    filePath: () => '/logs/main.log',
  }),
  logRendererConsole: vi.fn(),
}))
vi.mock('../../electron/notifier.ts', () => ({
  createNotifier: () => ({
    notify: async () => {},
    onAction: (l: (a: NotificationAction) => void) => {
      fx.h.notifierAction = l
      return () => {}
    },
  }),
}))
vi.mock('../../electron/scheduler.ts', () => ({
  createScheduler: () => ({
    start: fx.h.scheduler.start,
    stop: fx.h.scheduler.stop,
    replan: fx.h.scheduler.replan,
    onChange: (l: () => void) => {
      fx.h.scheduler.listener = l
      return () => {}
    },
  }),
}))

// electron-store keeps window places; its conf engine is real elsewhere, here a Map that outlives a relaunch.
const placeFile = vi.hoisted(() => new Map<string, unknown>())
vi.mock('electron-store', () => ({
  default: class {
    constructor(readonly options: { name: string }) {}
    get = (key: string) => placeFile.get(`${this.options.name}.${key}`)
    set = (key: string, value: unknown) => placeFile.set(`${this.options.name}.${key}`, value)
  },
}))

// Loading electron-updater at all would be the first step towards a network connection.
const updaterLoads = vi.hoisted(() => ({ count: 0 }))
vi.mock('electron-updater', () => {
  updaterLoads.count += 1
  return { autoUpdater: { checkForUpdates: async () => null } }
})

const realPlatform = process.platform
function setPlatform(platform: NodeJS.Platform) {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true })
}

async function boot(platform: NodeJS.Platform = 'linux') {
  setPlatform(platform)
  vi.resetModules()
  await import('../../electron/main.ts')
  await new Promise((resolve) => setTimeout(resolve, 0))
}

beforeEach(() => {
  const h = fx.h
  h.appListeners.clear()
  h.powerListeners.clear()
  h.channels.length = 0
  h.closedChannels.length = 0
  shared.resetFakes()
  h.lock = true
  h.locale = 'en-GB'
  h.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'eventide-main-'))
  vi.clearAllMocks()
})
afterEach(() => {
  // Quitting clears every timer the app armed, so nothing outlives the test.
  fx.h.appListeners.get('before-quit')?.()
  setPlatform(realPlatform)
  fs.rmSync(fx.h.userData, { recursive: true, force: true })
})

describe('main: start-up', () => {
  it('registers every IPC channel, starts the scheduler and opens first run on a fresh profile', async () => {
    await boot()
    expect([...fx.h.channels].sort()).toEqual(METHODS.map((m) => contract[m].channel).sort())
    expect(fx.h.scheduler.start).toHaveBeenCalledTimes(1)
    expect(shared.fakes.windows.map((w) => w.route())).toEqual(['/first-run'])
    expect(shared.fakes.trays).toHaveLength(1)
    expect(fx.electron.app.setAppUserModelId).not.toHaveBeenCalled()
  })

  it('a second launch quits at once and leaves the running app to open its checklist', async () => {
    fx.h.lock = false
    await boot()
    expect(fx.electron.app.quit).toHaveBeenCalled()
    expect(fx.electron.app.whenReady).not.toHaveBeenCalled()
  })

  it('the running app opens the checklist on a second launch', async () => {
    await boot()
    fx.h.appListeners.get('second-instance')?.()
    expect(shared.fakes.windows.map((w) => w.route())).toEqual(['/first-run', '/checklist'])
  })

  it('sets the AppUserModelID on Windows', async () => {
    await boot('win32')
    expect(fx.electron.app.setAppUserModelId).toHaveBeenCalledWith(APP_ID)
    expect(fx.electron.app.dock.hide).not.toHaveBeenCalled()
  })

  it('hides the dock icon on macOS: it is a tray app', async () => {
    await boot('darwin')
    expect(fx.electron.app.dock.hide).toHaveBeenCalled()
    expect(fx.electron.app.setAppUserModelId).not.toHaveBeenCalled()
  })

  it('reopens a window where the person left it, after a relaunch too, and closes electron-store’s own channel', async () => {
    placeFile.clear()
    await boot()
    const firstRun = shared.fakes.windows[0]
    if (!firstRun) throw new Error('first run did not open')
    firstRun.bounds = { x: 300, y: 200, width: 600, height: 700 }
    firstRun.close()
    fx.h.appListeners.get('before-quit')?.()
    await boot()
    expect(shared.fakes.windows.at(-1)?.options).toMatchObject({ x: 300, y: 200, width: 600, height: 700 })
    // Renderers reach main only through the typed contract.
    expect(fx.h.closedChannels).toContain('electron-store-get-data')
  })

  it('keeps running when every window is closed', async () => {
    await boot()
    fx.h.appListeners.get('window-all-closed')?.()
    expect(fx.electron.app.quit).not.toHaveBeenCalled()
  })
})

describe('main: wiring', () => {
  it('re-plans on resume and unlock', async () => {
    await boot()
    fx.h.powerListeners.get('resume')?.()
    fx.h.powerListeners.get('unlock-screen')?.()
    expect(fx.h.scheduler.replan).toHaveBeenCalledWith('resume')
    expect(fx.h.scheduler.replan).toHaveBeenCalledWith('unlock-screen')
  })

  it('a notification action changes tonight, re-plans and pushes state to open windows', async () => {
    await boot()
    fx.h.notifierAction?.({ kind: 'done', stepId: 'magnesium' })
    expect(fx.h.scheduler.replan).toHaveBeenCalledWith('state changed')
    const pushed = shared.fakes.windows[0]?.webContents.send.mock.calls.at(-1)
    expect(pushed?.[0]).toBe(STATE_CHANNEL)
    fx.h.notifierAction?.({ kind: 'open' })
    expect(shared.fakes.windows.at(-1)?.route()).toBe('/checklist')
    // The morning check-in notification opens its own window.
    fx.h.notifierAction?.({ kind: 'open', view: 'check-in' })
    expect(shared.fakes.windows.at(-1)?.route()).toBe('/check-in')
  })

  it('a scheduler change pushes state to open windows', async () => {
    await boot()
    const before = shared.fakes.windows[0]?.webContents.send.mock.calls.length ?? 0
    fx.h.scheduler.listener?.()
    expect(shared.fakes.windows[0]?.webContents.send.mock.calls.length).toBe(before + 1)
  })

  it('quitting leaves no timer of main behind (the tray refresh included)', async () => {
    // Early evening in any zone the tests run in, so tonight's next step arms the tray refresh.
    vi.useFakeTimers({ now: new Date(2026, 10, 24, 17, 0) })
    try {
      const booted = boot()
      await vi.advanceTimersByTimeAsync(1)
      await booted
      expect(vi.getTimerCount()).toBeGreaterThan(0)
      fx.h.appListeners.get('before-quit')?.()
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })

  it('serves the renderer from a privileged app:// scheme, with no application menu', async () => {
    await boot()
    const { protocol } = fx.electron
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ])
    // Registered before ready, as Electron requires.
    const registered = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? 0
    expect(registered).toBeLessThan(fx.electron.app.whenReady.mock.invocationCallOrder[0] ?? 0)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(shared.Menu.setApplicationMenu).toHaveBeenCalledWith(null)
    expect(shared.fakes.windows[0]?.loaded.url).toBe('app://eventide/index.html#/first-run')
  })

  describe('a save that failed', () => {
    async function bootAndFailANightSave() {
      await boot()
      const tonight = nightOf(systemClock.now(), systemClock.timeZone())
      const yearFile = path.join(fx.h.userData, `nights-${tonight.slice(0, 4)}.json`)
      fx.h.notifierAction?.({ kind: 'done', stepId: 'warm-bath' })
      expect(fs.statSync(yearFile).isFile()).toBe(true)
      // Then a folder where the year file goes: the next write of tonight's record fails.
      fs.rmSync(yearFile)
      fs.mkdirSync(yearFile)
      fx.h.notifierAction?.({ kind: 'done', stepId: 'magnesium' })
      return yearFile
    }

    it('is written at quit once the disk takes it again', async () => {
      const yearFile = await bootAndFailANightSave()
      fs.rmdirSync(yearFile)
      fx.h.appListeners.get('before-quit')?.()
      expect(fx.electron.dialog.showMessageBoxSync).not.toHaveBeenCalled()
      const saved = JSON.parse(fs.readFileSync(yearFile, 'utf8'))
      const tonight = nightOf(systemClock.now(), systemClock.timeZone())
      expect(saved.nights[tonight].steps.magnesium.status).toBe('done')
      expect(saved.nights[tonight].steps['warm-bath'].status).toBe('done')
    })

    it('that still fails at quit is named to the person', async () => {
      await bootAndFailANightSave()
      fx.h.appListeners.get('before-quit')?.()
      expect(fx.electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
        expect.objectContaining({
          type: 'warning',
          detail: expect.stringMatching(/\d{4} night records could not be saved/),
        }),
      )
    })

    it.each([
      ['de-DE', 'Eventide konnte nicht alles speichern', /Ihre Nachteinträge von \d{4} konnten nicht/],
      ['es-ES', 'Eventide no pudo guardarlo todo', /Sus registros de noches de \d{4} no se pudieron guardar/],
    ])('is named in the system language at quit (%s)', async (locale, message, detail) => {
      fx.h.locale = locale
      await bootAndFailANightSave()
      fx.h.appListeners.get('before-quit')?.()
      expect(fx.electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'warning', message, detail: expect.stringMatching(detail) }),
      )
    })
  })

  it('before quitting, stops the scheduler and removes the tray', async () => {
    await boot()
    fx.h.appListeners.get('before-quit')?.()
    expect(fx.h.scheduler.stop).toHaveBeenCalled()
    expect(shared.fakes.trays[0]?.destroyed).toBe(true)
  })

  it('with update checks off, as they are by default, never loads electron-updater', async () => {
    updaterLoads.count = 0
    // Packaged, where an update check could happen at all; icons then come from resources/.
    fx.electron.app.isPackaged = true
    Object.defineProperty(process, 'resourcesPath', { value: '/opt/Eventide/resources', configurable: true })
    try {
      await boot()
      await new Promise((resolve) => setTimeout(resolve, 10))
      expect(fx.h.scheduler.start).toHaveBeenCalled()
      expect(updaterLoads.count).toBe(0)
    } finally {
      fx.electron.app.isPackaged = false
      Reflect.deleteProperty(process, 'resourcesPath')
    }
  })
})

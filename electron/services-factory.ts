// Creates the main-process services in one place, from their interfaces, and wires them to each other.
import type { AppInfo, View } from '../shared/ipc.ts'
import { APP_ID } from './app-id.ts'
import type { ChooseSavePath, PrintViewToPdf } from './data-transfer.ts'
import { createEvening, type Evening } from './evening.ts'
import { createHandlers, type HandlerTable } from './handlers.ts'
import { createJournalServices } from './journal-services.ts'
import { wireNotifications } from './notification-wiring.ts'
import { createFileNotifiedLog } from './notified-log.ts'
import { createNotifier } from './notifier.ts'
import { createScheduler, type Scheduler } from './scheduler.ts'
import type { Clock, EventideStore, Logger, Notifier } from './services.ts'
import { createStore } from './store.ts'
import type { KeyWrapper } from './store-crypto.ts'

export interface Services {
  store: EventideStore
  notifier: Notifier
  scheduler: Scheduler
  evening: Evening
  handlers: HandlerTable
  /** Stops timers and listeners; the store needs no closing (every write is atomic). */
  dispose(): void
}

export interface ServiceDeps {
  dataDir: string
  /** Electron's safeStorage: wraps the key that encrypts the store files. */
  keyWrapper?: KeyWrapper
  platform: NodeJS.Platform
  /** A real icon file outside the asar archive, for notifications. */
  iconPath: string
  clock: Clock
  logger: Logger
  appInfo: () => AppInfo
  openWindow: (view: View) => void
  setLaunchAtLogin: (enabled: boolean) => void
  /** Where to save an export or the summary PDF: a save dialog in the app. */
  chooseSavePath: ChooseSavePath
  /** Renders a view off-screen to PDF (electron/print.ts). */
  printViewToPdf: PrintViewToPdf
  /** Called whenever tonight's state may look different: push it to windows and the tray. */
  onStateChange: () => void
}

export function createServices(deps: ServiceDeps): Services {
  const { logger, clock } = deps
  const store = createStore({
    directory: deps.dataDir,
    now: () => clock.now(),
    logger,
    ...(deps.keyWrapper ? { keyWrapper: deps.keyWrapper } : {}),
  })
  const notifier = createNotifier({
    platform: deps.platform,
    iconPath: deps.iconPath,
    appId: APP_ID,
    logger,
    snoozeMinutes: () => store.getSettings().notifications.snoozeMinutes,
  })
  return assembleServices({ ...deps, store, notifier })
}

/** What the services are wired from once the store and the notifier exist. */
export interface AssemblyDeps extends Omit<ServiceDeps, 'dataDir' | 'keyWrapper' | 'platform' | 'iconPath'> {
  store: EventideStore
  notifier: Notifier
  /** Ids for new labs and medicines; random UUIDs unless a test wants them predictable. */
  newId?: (prefix: string) => string
}

/**
 * Wires scheduler, evening, journal services and the handler table around a store and a notifier. The app
 * goes through createServices; the in-process main the tests use (test/support/in-process-main.ts) comes
 * here with a store of its own, so both run exactly this wiring.
 */
export function assembleServices(deps: AssemblyDeps): Services {
  const { logger, clock, store, notifier } = deps
  // The notified log sits beside the store's files: a crash between a reminder and its record is replayed.
  const notifiedLog = createFileNotifiedLog(store.directory)
  const scheduler = createScheduler({ store, clock, notifier, logger, notifiedLog })
  const evening = createEvening({ store, clock, logger })
  const { journal, transfer, calendar } = createJournalServices({
    store,
    clock,
    logger,
    evening,
    chooseSavePath: deps.chooseSavePath,
    printViewToPdf: deps.printViewToPdf,
    ...(deps.newId ? { newId: deps.newId } : {}),
  })
  const handlers = createHandlers({
    evening,
    journal,
    transfer,
    calendar,
    logger,
    appInfo: deps.appInfo,
    openWindow: deps.openWindow,
    setLaunchAtLogin: deps.setLaunchAtLogin,
  })

  const unsubscribe = [
    // A tick, skip, bedtime or settings change can move the next due step: re-plan at once.
    evening.onChange(() => {
      scheduler.replan('state changed')
      deps.onStateChange()
    }),
    scheduler.onChange(() => deps.onStateChange()),
    wireNotifications({
      notifier,
      evening,
      replan: (reason) => scheduler.replan(reason),
      openWindow: deps.openWindow,
      logger,
    }),
  ]

  return {
    store,
    notifier,
    scheduler,
    evening,
    handlers,
    dispose() {
      scheduler.stop()
      for (const off of unsubscribe) off()
      notifier.dispose?.()
    },
  }
}

// The one Notifier in front of every platform. Linux: the freedesktop D-Bus interface with Done and Snooze,
// notify-send as the fallback. macOS and Windows: Electron's own Notification, node-notifier where Electron
// says it cannot show one. Why each: README, "Notifications".
import { createElectronNotifier, type ElectronNotificationClass } from './notifier-electron.ts'
import { createLinuxNotifier, type LinuxNotifierDeps } from './notifier-linux.ts'
import { type NodeNotifierLike, sendWithNodeNotifier } from './notifier-node-notifier.ts'
import type { Logger, NotificationAction, Notifier } from './services.ts'

export { APP_NAME, doneLabel, openLabel, snoozeLabel } from './notifier-labels.ts'
export type { NodeNotifierLike } from './notifier-node-notifier.ts'
export { actionFromResponse, notifierOptions, supportsActions } from './notifier-node-notifier.ts'

export interface NotifierDeps {
  platform: NodeJS.Platform
  /** A real file outside the asar archive: notification servers and OS helpers read it by path. */
  iconPath: string
  /** The AppUserModelID Windows groups toasts under; must match app.setAppUserModelId. */
  appId: string
  logger: Logger
  /** Minutes for the "Snooze" button's label, read when a notification is sent. */
  snoozeMinutes?: () => number
  /** Where the session bus is (Linux); process.env when absent. */
  env?: Record<string, string | undefined>
  /** Linux test seams: the bus connection and the notify-send fallback. */
  linux?: Pick<LinuxNotifierDeps, 'connect' | 'notifySend'>
  /** Electron's Notification class (macOS, Windows); loaded from 'electron' when absent, null to skip it. */
  electronNotification?: ElectronNotificationClass | null
  /** node-notifier or a fake of it, for the macOS and Windows fallback. */
  notifier?: NodeNotifierLike
}

export function isLinuxLike(platform: NodeJS.Platform): boolean {
  return platform === 'linux' || platform === 'freebsd' || platform === 'openbsd'
}

export function createNotifier(deps: NotifierDeps): Notifier {
  const { logger } = deps
  const snoozeMinutes = deps.snoozeMinutes ?? (() => 10)
  const listeners = new Set<(action: NotificationAction) => void>()
  const report = (action: NotificationAction) => {
    for (const listener of [...listeners]) {
      try {
        listener(action)
      } catch (err) {
        logger.error('notifier: an action listener failed', action, err)
      }
    }
  }
  const onAction: Notifier['onAction'] = (listener) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }

  if (isLinuxLike(deps.platform)) {
    const linux = createLinuxNotifier({
      env: deps.env ?? process.env,
      iconPath: deps.iconPath,
      logger,
      snoozeMinutes,
      report,
      ...deps.linux,
    })
    return {
      notify: linux.notify,
      onAction,
      withdraw: linux.withdraw,
      inhibited: linux.inhibited,
      onInhibitedChange: linux.onInhibitedChange,
      dispose: linux.dispose,
    }
  }

  // Loaded on first use: this module also runs outside Electron (tests, the e2e sender script).
  let electron: Promise<ReturnType<typeof createElectronNotifier> | null> | undefined
  const electronNotifier = () => {
    electron ??= (
      deps.electronNotification !== undefined
        ? Promise.resolve(deps.electronNotification)
        : import('electron').then(
            (m) => m.Notification as unknown as ElectronNotificationClass | undefined,
            (error: unknown) => {
              logger.warn("notifier: Electron's Notification could not be loaded", error)
              return undefined
            },
          )
    ).then((Notification) => {
      if (Notification?.isSupported()) {
        return createElectronNotifier({
          Notification,
          iconPath: deps.iconPath,
          logger,
          snoozeMinutes,
          report,
        })
      }
      logger.warn("notifier: Electron's Notification is not supported here; using node-notifier")
      return null
    })
    return electron
  }
  const nodeDeps = { ...deps, snoozeMinutes }
  return {
    async notify(n) {
      const native = await electronNotifier()
      if (native) await native.notify(n)
      else await sendWithNodeNotifier(n, nodeDeps, report)
    },
    onAction,
    async withdraw(stepId) {
      await (await electronNotifier())?.withdraw(stepId)
    },
    inhibited: () => false,
    onInhibitedChange: () => () => {},
    dispose() {},
  }
}

// Opt-in update checks through electron-updater. Off by default: with the setting off, electron-updater is
// never even loaded, so Eventide makes no network connection. On, it checks at once and every few hours,
// downloads a newer release in the background and installs it when the person quits.
import type { Logger } from './services.ts'

/** How often a running app asks again. Well under setTimeout's 2^31-1 ms limit. */
export const CHECK_INTERVAL_MS = 6 * 60 * 60_000

/** The part of electron-updater's autoUpdater we use, so tests can hand in a fake. */
export interface UpdaterLike {
  autoDownload: boolean
  autoInstallOnAppQuit: boolean
  /** electron-updater logs through this; ours keeps its lines in Eventide's log file. */
  logger: unknown
  checkForUpdates(): Promise<unknown>
}

export interface UpdateChecksDeps {
  /** Loads electron-updater; called only once update checks are turned on. */
  loadUpdater: () => Promise<UpdaterLike>
  /** Only a packaged app has the update configuration (app-update.yml) electron-updater reads. */
  isPackaged: boolean
  logger: Logger
  setInterval?: (run: () => void, ms: number) => unknown
  clearInterval?: (handle: unknown) => void
}

export interface UpdateChecks {
  /** Follows the setting: starts checking when it turns on, stops when it turns off. Safe to call often. */
  apply(enabled: boolean): void
  stop(): void
}

export function createUpdateChecks(deps: UpdateChecksDeps): UpdateChecks {
  const { logger } = deps
  const every = deps.setInterval ?? ((run, ms) => setInterval(run, ms))
  const cancel = deps.clearInterval ?? ((handle) => clearInterval(handle as NodeJS.Timeout))
  let timer: unknown = null
  let updater: Promise<UpdaterLike> | null = null
  let enabled = false

  const load = (): Promise<UpdaterLike> => {
    updater ??= deps.loadUpdater().then((u) => {
      u.autoDownload = true
      u.autoInstallOnAppQuit = true
      u.logger = logger
      return u
    })
    return updater
  }

  const check = () => {
    load()
      .then((u) => u.checkForUpdates())
      .catch((error: unknown) => {
        // Offline, or the server is down: try again at the next interval; the app works as before.
        logger.warn('updates: check failed', error)
      })
  }

  return {
    apply(on) {
      if (on === enabled) return
      enabled = on
      if (!on) {
        if (timer !== null) cancel(timer)
        timer = null
        logger.info('updates: checks turned off')
        return
      }
      if (!deps.isPackaged) {
        logger.info('updates: checks are on, but a development build has nothing to update')
        return
      }
      logger.info('updates: checks turned on')
      check()
      timer = every(check, CHECK_INTERVAL_MS)
    },
    stop() {
      if (timer !== null) cancel(timer)
      timer = null
      enabled = false
    },
  }
}

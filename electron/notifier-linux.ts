// Linux: the freedesktop D-Bus path (buttons, replace, close, Do Not Disturb) when the session bus and a
// server with actions are there; notify-send otherwise. Connects at start so the scheduler knows about
// Do Not Disturb before its first reminder, and reconnects after the bus or the server went away.
import { type BusEndpoint, connectSessionBus, type SessionBus, sessionBusEndpoint } from './dbus-session.ts'
import { type InhibitionWatch, watchInhibition } from './inhibition-freedesktop.ts'
import { type FreedesktopNotifier, openFreedesktopNotifier } from './notifier-freedesktop.ts'
import { sendWithNotifySend } from './notifier-notify-send.ts'
import type { Logger, Notification, NotificationAction, Notifier } from './services.ts'

export interface LinuxNotifierDeps {
  env: Record<string, string | undefined>
  iconPath: string
  logger: Logger
  snoozeMinutes: () => number
  report: (action: NotificationAction) => void
  /** Where the bus is; tests hand in their own. */
  connect?: (endpoint: BusEndpoint) => Promise<SessionBus>
  /** The fallback; tests hand in a fake. */
  notifySend?: (n: Notification) => Promise<void>
}

interface Connected {
  bus: SessionBus
  notifications: FreedesktopNotifier | null
  inhibition: InhibitionWatch
}

export type LinuxNotifier = Required<
  Pick<Notifier, 'notify' | 'withdraw' | 'inhibited' | 'onInhibitedChange' | 'dispose'>
> & {
  /** Which path the next notification takes, once the connection attempt settled. */
  path(): Promise<'dbus' | 'notify-send'>
}

export function createLinuxNotifier(deps: LinuxNotifierDeps): LinuxNotifier {
  const { logger } = deps
  const connect = deps.connect ?? ((endpoint) => connectSessionBus(endpoint))
  const notifySend = deps.notifySend ?? ((n) => sendWithNotifySend(n, deps.iconPath))
  const inhibitedListeners = new Set<(inhibited: boolean) => void>()
  let current: Promise<Connected | null> | null = null
  let inhibited = false
  let disposed = false
  let said = ''

  const setInhibited = (value: boolean) => {
    if (value === inhibited) return
    inhibited = value
    logger.info(`notifier: Do Not Disturb ${value ? 'on, holding reminders' : 'off'}`)
    for (const listener of [...inhibitedListeners]) listener(value)
  }

  /** Says why notify-send is used, once per reason rather than on every reminder. */
  const fallingBack = (reason: string, error?: unknown) => {
    if (said === reason) return
    said = reason
    logger.warn(
      `notifier: ${reason}; using notify-send (no Done or Snooze buttons)`,
      ...(error ? [error] : []),
    )
  }

  async function open(): Promise<Connected | null> {
    const endpoint = sessionBusEndpoint(deps.env)
    if (!endpoint) {
      fallingBack('no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)')
      return null
    }
    let bus: SessionBus
    try {
      bus = await connect(endpoint)
    } catch (error) {
      fallingBack('the D-Bus session bus could not be reached', error)
      return null
    }
    try {
      const notifications = await openFreedesktopNotifier({
        bus,
        iconPath: deps.iconPath,
        logger,
        snoozeMinutes: deps.snoozeMinutes,
        report: deps.report,
      })
      if (!notifications) fallingBack('the notification server offers no actions')
      else said = ''
      const inhibition = await watchInhibition(bus)
      inhibition.onChange(setInhibited)
      setInhibited(inhibition.inhibited())
      bus.onClose((error) => {
        // The next reminder reconnects; until then nothing is known to hold reminders back.
        if (!disposed)
          logger.warn('notifier: the D-Bus session bus connection closed', ...(error ? [error] : []))
        notifications?.dispose()
        inhibition.dispose()
        current = null
        setInhibited(false)
      })
      if (disposed) bus.close()
      return { bus, notifications, inhibition }
    } catch (error) {
      bus.close()
      fallingBack('the notification server did not answer on D-Bus', error)
      return null
    }
  }

  const connection = () => {
    current ??= open()
    return current
  }
  connection()

  return {
    async notify(n) {
      const connected = await connection()
      if (connected?.notifications) {
        await connected.notifications.notify(n)
        return
      }
      // Retry the bus next time: the server may have been starting with the session.
      if (connected === null) current = null
      await notifySend(n)
    },
    async withdraw(stepId) {
      const connected = await connection()
      await connected?.notifications?.withdraw(stepId)
    },
    inhibited: () => inhibited,
    onInhibitedChange(listener) {
      inhibitedListeners.add(listener)
      return () => {
        inhibitedListeners.delete(listener)
      }
    },
    async path() {
      const connected = await connection()
      return connected?.notifications ? 'dbus' : 'notify-send'
    },
    dispose() {
      disposed = true
      current?.then((connected) => connected?.bus.close())
    },
  }
}

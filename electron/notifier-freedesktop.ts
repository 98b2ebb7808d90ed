// Notifications through the freedesktop interface (org.freedesktop.Notifications) on the session bus: Done and
// Snooze buttons, a click that opens the checklist, one notification per step (replaced, never stacked) and
// closed again when the step is ticked elsewhere. Used on Linux when the server offers actions.
import type { SessionBus } from './dbus-session.ts'
import { APP_NAME, doneLabel, openLabel, snoozeLabel } from './notifier-labels.ts'
import type { Logger, Notification, NotificationAction } from './services.ts'

export const NOTIFICATIONS_BUS = {
  destination: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
  interface: 'org.freedesktop.Notifications',
} as const

/** The .desktop file electron-builder installs, so servers show our name and icon. */
export const DESKTOP_ENTRY = 'eventide'

/** Action keys on the wire: "default" is the spec's key for a click on the notification itself. */
export const ACTION_KEYS = { open: 'default', done: 'done', snooze: 'snooze' } as const

export interface FreedesktopDeps {
  bus: SessionBus
  iconPath: string
  logger: Logger
  snoozeMinutes: () => number
  report: (action: NotificationAction) => void
}

export interface FreedesktopNotifier {
  notify(notification: Notification): Promise<void>
  /** Closes the notification shown for this step, if one is still up. */
  withdraw(stepId: string): Promise<void>
  /** Step ids whose notification is on screen (the server has not said it closed). */
  showing(): string[]
  dispose(): void
}

/** With body-markup the server reads the body as a subset of HTML, so a "<" or "&" in a step must be escaped. */
export function bodyFor(text: string, markup: boolean): string {
  if (!markup) return text
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** The Notify actions array: key, label pairs. Done and Snooze only for a single due step. */
export function actionsFor(notification: Notification, snoozeMinutes: number): string[] {
  const actions: string[] = [ACTION_KEYS.open, openLabel()]
  if (notification.actions && notification.stepIds.length === 1) {
    actions.push(ACTION_KEYS.done, doneLabel(), ACTION_KEYS.snooze, snoozeLabel(snoozeMinutes))
  }
  return actions
}

/** Maps an ActionInvoked key on one of our notifications to what the app does. */
export function actionForKey(key: string, shown: { stepId?: string; view?: Notification['view'] }) {
  if (key === ACTION_KEYS.done && shown.stepId) return { kind: 'done', stepId: shown.stepId } as const
  if (key === ACTION_KEYS.snooze && shown.stepId) return { kind: 'snooze', stepId: shown.stepId } as const
  if (key === ACTION_KEYS.open)
    return shown.view ? ({ kind: 'open', view: shown.view } as const) : ({ kind: 'open' } as const)
  return null
}

/**
 * Asks the server what it can do; null when it offers no actions (the caller falls back to notify-send).
 * Listens to ActionInvoked and NotificationClosed for our own notifications only: the signals are broadcast.
 */
export async function openFreedesktopNotifier(deps: FreedesktopDeps): Promise<FreedesktopNotifier | null> {
  const { bus, logger } = deps
  const [capabilities] = await bus.call({ ...NOTIFICATIONS_BUS, member: 'GetCapabilities' })
  const caps = Array.isArray(capabilities) ? capabilities.map(String) : []
  if (!caps.includes('actions')) return null
  const markup = caps.includes('body-markup')

  const shown = new Map<number, { stepId?: string; view?: Notification['view'] }>()
  const byStep = new Map<string, number>()
  const forget = (id: number) => {
    const entry = shown.get(id)
    shown.delete(id)
    if (entry?.stepId !== undefined && byStep.get(entry.stepId) === id) byStep.delete(entry.stepId)
  }

  const unsubscribe = [
    await bus.onSignal(NOTIFICATIONS_BUS.path, NOTIFICATIONS_BUS.interface, 'ActionInvoked', (body) => {
      const [id, key] = body
      const entry = typeof id === 'number' ? shown.get(id) : undefined
      if (!entry || typeof key !== 'string') return
      const action = actionForKey(key, entry)
      if (action) deps.report(action)
      else logger.warn(`notifier: unknown action key ${JSON.stringify(key)} on notification ${id}`)
    }),
    await bus.onSignal(NOTIFICATIONS_BUS.path, NOTIFICATIONS_BUS.interface, 'NotificationClosed', (body) => {
      const [id] = body
      if (typeof id === 'number') forget(id)
    }),
  ]

  return {
    async notify(n) {
      const stepId = n.stepIds.length === 1 ? n.stepIds[0] : undefined
      const replaces = stepId === undefined ? 0 : (byStep.get(stepId) ?? 0)
      const hints: [string, [string, unknown]][] = [
        ['desktop-entry', ['s', DESKTOP_ENTRY]],
        ['urgency', ['y', 1]],
      ]
      if (!n.sound) hints.push(['suppress-sound', ['b', true]])
      // A reminder with buttons stays until acted on or ticked elsewhere; the others expire as the server likes.
      const expire = n.actions ? 0 : -1
      const [id] = await bus.call({
        ...NOTIFICATIONS_BUS,
        member: 'Notify',
        signature: 'susssasa{sv}i',
        body: [
          APP_NAME,
          replaces,
          deps.iconPath,
          n.title,
          bodyFor(n.body, markup),
          actionsFor(n, deps.snoozeMinutes()),
          hints,
          expire,
        ],
      })
      if (typeof id !== 'number')
        throw new Error(`Notify: expected a notification id, got ${JSON.stringify(id)}`)
      if (replaces !== 0 && replaces !== id) forget(replaces)
      shown.set(id, { ...(stepId !== undefined ? { stepId } : {}), ...(n.view ? { view: n.view } : {}) })
      if (stepId !== undefined) byStep.set(stepId, id)
    },
    async withdraw(stepId) {
      const id = byStep.get(stepId)
      if (id === undefined) return
      forget(id)
      await bus.call({ ...NOTIFICATIONS_BUS, member: 'CloseNotification', signature: 'u', body: [id] })
    },
    showing: () => [...byStep.keys()],
    dispose() {
      for (const off of unsubscribe) off()
    },
  }
}

// macOS and Windows: Electron's own Notification. It shows the app's own name and icon, offers Done and
// Snooze as buttons and reports them as 'action' events for as long as we hold the object (so we keep it).
// Windows attributes toasts by the AppUserModelID main sets and the Start Menu shortcut the installer makes.
import { doneLabel, snoozeLabel } from './notifier-labels.ts'
import type { Logger, Notification, NotificationAction } from './services.ts'

export interface ElectronNotificationOptions {
  id?: string
  title: string
  body: string
  icon: string
  silent: boolean
  actions: { type: 'button'; text: string }[]
  timeoutType: 'default' | 'never'
}

/** The part of Electron's Notification we use, so tests hand in a fake class. */
export interface ElectronNotificationLike {
  show(): void
  close(): void
  on(
    event: 'action',
    listener: (details: { actionIndex?: number } | undefined, index?: number) => void,
  ): unknown
  on(event: 'click' | 'close', listener: () => void): unknown
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown
}
export interface ElectronNotificationClass {
  new (options: ElectronNotificationOptions): ElectronNotificationLike
  isSupported(): boolean
}

export interface ElectronNotifierDeps {
  Notification: ElectronNotificationClass
  iconPath: string
  logger: Logger
  snoozeMinutes: () => number
  report: (action: NotificationAction) => void
}

export function electronOptions(
  n: Notification,
  iconPath: string,
  snoozeMinutes: number,
): ElectronNotificationOptions {
  const stepId = n.stepIds.length === 1 ? n.stepIds[0] : undefined
  const buttons = n.actions && stepId !== undefined
  return {
    // One id per step: Windows replaces a toast with the same tag, macOS a request with the same identifier.
    ...(stepId !== undefined ? { id: `eventide-step-${stepId}` } : {}),
    title: n.title,
    body: n.body,
    icon: iconPath,
    silent: !n.sound,
    actions: buttons
      ? [
          { type: 'button', text: doneLabel() },
          { type: 'button', text: snoozeLabel(snoozeMinutes) },
        ]
      : [],
    timeoutType: buttons ? 'never' : 'default',
  }
}

export function createElectronNotifier(deps: ElectronNotifierDeps) {
  const { logger } = deps
  // Held so the OS's answers still reach us; a collected Notification loses its events.
  const live = new Set<ElectronNotificationLike>()
  const byStep = new Map<string, ElectronNotificationLike>()

  return {
    async notify(n: Notification) {
      const stepId = n.stepIds.length === 1 ? n.stepIds[0] : undefined
      const shown = new deps.Notification(electronOptions(n, deps.iconPath, deps.snoozeMinutes()))
      const forget = () => {
        live.delete(shown)
        if (stepId !== undefined && byStep.get(stepId) === shown) byStep.delete(stepId)
      }
      shown.on('action', (details, index) => {
        const pressed = details?.actionIndex ?? index
        if (stepId === undefined) return
        if (pressed === 0) deps.report({ kind: 'done', stepId })
        else if (pressed === 1) deps.report({ kind: 'snooze', stepId })
        forget()
      })
      shown.on('click', () => {
        deps.report(n.view ? { kind: 'open', view: n.view } : { kind: 'open' })
        forget()
      })
      shown.on('close', forget)
      shown.on('failed', (_event, error) => {
        logger.error(`notifier: the system did not show the notification for ${stepId ?? n.title}: ${error}`)
        forget()
      })
      if (stepId !== undefined) {
        byStep.get(stepId)?.close()
        byStep.set(stepId, shown)
      }
      live.add(shown)
      shown.show()
    },
    async withdraw(stepId: string) {
      const shown = byStep.get(stepId)
      byStep.delete(stepId)
      if (shown) {
        live.delete(shown)
        shown.close()
      }
    },
  }
}

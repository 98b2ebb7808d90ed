// What the app does with a notification's answers and how notifications follow tonight's state: Done and
// Snooze change tonight's record, a click opens a window, a step settled or snoozed anywhere loses its
// notification, and the end of Do Not Disturb re-plans at once so held reminders go out as one digest.
import type { View } from '../shared/ipc.ts'
import type { Evening } from './evening.ts'
import type { Logger, NotificationAction, Notifier } from './services.ts'

export interface NotificationWiringDeps {
  notifier: Notifier
  evening: Pick<Evening, 'setStepStatus' | 'snooze' | 'current' | 'onChange'>
  replan: (reason: string) => void
  openWindow: (view: View) => void
  logger: Logger
}

export function applyNotificationAction(action: NotificationAction, deps: NotificationWiringDeps): void {
  try {
    if (action.kind === 'open') deps.openWindow(action.view ?? 'checklist')
    else if (action.kind === 'done') deps.evening.setStepStatus(action.stepId, 'done')
    else deps.evening.snooze(action.stepId)
  } catch (error) {
    // e.g. "Done" pressed on last night's notification after noon: nothing to change tonight.
    deps.logger.warn(`notification action ${action.kind} not applied`, error)
  }
}

/** Steps whose notification has no more reason to stay on screen. */
export function settledOrSnoozed(record: {
  steps: Record<string, unknown>
  snoozed: Record<string, unknown>
}) {
  return [...new Set([...Object.keys(record.steps), ...Object.keys(record.snoozed)])]
}

/** Wires the notifier to tonight's state; returns the unsubscribe. */
export function wireNotifications(deps: NotificationWiringDeps): () => void {
  const { notifier, logger } = deps
  const withdrawDone = () => {
    if (!notifier.withdraw) return
    for (const stepId of settledOrSnoozed(deps.evening.current().record)) {
      notifier.withdraw(stepId).catch((error: unknown) => {
        logger.warn(`notifier: could not close the notification for ${stepId}`, error)
      })
    }
  }
  const off = [
    notifier.onAction((action) => applyNotificationAction(action, deps)),
    deps.evening.onChange(() => {
      try {
        withdrawDone()
      } catch (error) {
        logger.warn('notifier: could not read tonight to close settled notifications', error)
      }
    }),
    notifier.onInhibitedChange?.((inhibited) => {
      if (!inhibited) deps.replan('Do Not Disturb ended')
    }) ?? (() => {}),
  ]
  return () => {
    for (const unsubscribe of off) unsubscribe()
  }
}

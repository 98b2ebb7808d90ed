// Desktop notifications through node-notifier: notify-send on Linux, Notification Center on macOS,
// toast notifications on Windows. The only code that spawns a child process, and only when it sends.
import notifier from 'node-notifier'
import type { Logger, Notification, NotificationAction, Notifier } from './services.ts'

/** The part of node-notifier we use, so tests can hand in a fake. */
export interface NodeNotifierLike {
  notify(
    options: Record<string, unknown>,
    callback: (err: Error | null, response?: string, metadata?: { activationValue?: string }) => void,
  ): unknown
}

export interface NotifierDeps {
  notifier?: NodeNotifierLike
  platform: NodeJS.Platform
  /** A real file outside the asar archive: the OS helpers cannot read inside it. */
  iconPath: string
  /** The AppUserModelID Windows groups toasts under; must match app.setAppUserModelId. */
  appId: string
  logger: Logger
  /** Minutes for the "Snooze" button's label, read when a notification is sent. */
  snoozeMinutes?: () => number
}

export const DONE_LABEL = 'Done'
export const APP_NAME = 'Eventide'

export function snoozeLabel(minutes: number): string {
  return `Snooze ${minutes} min`
}

/** Which platforms' notifiers report button presses and clicks back to us; notify-send does neither. */
export function supportsActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32'
}

export function notifierOptions(
  n: Notification,
  deps: Pick<NotifierDeps, 'platform' | 'iconPath' | 'appId'>,
  snoozeText: string,
): Record<string, unknown> {
  const options: Record<string, unknown> = {
    title: n.title,
    message: n.body,
    icon: deps.iconPath,
    // Never block on the user: the scheduler and its timer must not wait for a click.
    wait: false,
  }
  if (deps.platform === 'linux' || deps.platform === 'freebsd' || deps.platform === 'openbsd') {
    options['app-name'] = APP_NAME
    return options
  }
  options.sound = n.sound
  if (deps.platform === 'win32') options.appID = deps.appId
  if (n.actions && supportsActions(deps.platform)) options.actions = [DONE_LABEL, snoozeText]
  return options
}

/** Maps node-notifier's answer (a lowercased button label, 'activate', 'timeout', …) to an action. */
export function actionFromResponse(
  response: string | undefined,
  metadata: { activationValue?: string } | undefined,
  stepId: string | undefined,
  snoozeText: string,
): NotificationAction | null {
  const pressed = (metadata?.activationValue ?? response ?? '').trim().toLowerCase()
  if (stepId !== undefined && pressed === DONE_LABEL.toLowerCase()) return { kind: 'done', stepId }
  if (stepId !== undefined && pressed === snoozeText.toLowerCase()) return { kind: 'snooze', stepId }
  if (pressed === 'activate' || pressed === 'clicked' || pressed === 'contentsclicked')
    return { kind: 'open' }
  return null
}

export function createNotifier(deps: NotifierDeps): Notifier {
  const backend: NodeNotifierLike = deps.notifier ?? (notifier as unknown as NodeNotifierLike)
  const listeners = new Set<(action: NotificationAction) => void>()

  const report = (action: NotificationAction) => {
    for (const listener of listeners) {
      try {
        listener(action)
      } catch (err) {
        deps.logger.error('notifier: an action listener failed', action, err)
      }
    }
  }

  return {
    notify(n) {
      const snoozeText = snoozeLabel(deps.snoozeMinutes?.() ?? 10)
      const options = notifierOptions(n, deps, snoozeText)
      return new Promise<void>((resolve, reject) => {
        try {
          backend.notify(options, (err, response, metadata) => {
            if (err) {
              reject(err)
              return
            }
            resolve()
            if (!supportsActions(deps.platform)) return
            const action = actionFromResponse(response, metadata, n.stepIds[0], snoozeText)
            if (action?.kind === 'open' && n.view) report({ kind: 'open', view: n.view })
            else if (action) report(action)
          })
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)))
        }
      })
    },
    onAction(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

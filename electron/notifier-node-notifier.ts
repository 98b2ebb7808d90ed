// node-notifier: the fallback on macOS and Windows when Electron's own Notification is not supported there
// (terminal-notifier, SnoreToast). Linux never comes here: its notify-send path runs through a shell.
import notifier from 'node-notifier'
import { doneLabel, snoozeLabel } from './notifier-labels.ts'
import type { Logger, Notification, NotificationAction } from './services.ts'

/** The part of node-notifier we use, so tests can hand in a fake. */
export interface NodeNotifierLike {
  notify(
    options: Record<string, unknown>,
    callback: (err: Error | null, response?: string, metadata?: { activationValue?: string }) => void,
  ): unknown
}

export interface NodeNotifierDeps {
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

/** Which platforms' node-notifier helpers report button presses and clicks back to us. */
export function supportsActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32'
}

export function notifierOptions(
  n: Notification,
  deps: Pick<NodeNotifierDeps, 'platform' | 'iconPath' | 'appId'>,
  snoozeText: string,
): Record<string, unknown> {
  const options: Record<string, unknown> = {
    title: n.title,
    message: n.body,
    icon: deps.iconPath,
    // Never block on the user: the scheduler and its timer must not wait for a click.
    wait: false,
  }
  options.sound = n.sound
  if (deps.platform === 'win32') options.appID = deps.appId
  if (n.actions && supportsActions(deps.platform)) options.actions = [doneLabel(), snoozeText]
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
  if (stepId !== undefined && pressed === doneLabel().toLowerCase()) return { kind: 'done', stepId }
  if (stepId !== undefined && pressed === snoozeText.toLowerCase()) return { kind: 'snooze', stepId }
  if (pressed === 'activate' || pressed === 'clicked' || pressed === 'contentsclicked')
    return { kind: 'open' }
  return null
}

/** Sends through node-notifier and hands Done / Snooze / click answers to report. */
export function sendWithNodeNotifier(
  n: Notification,
  deps: NodeNotifierDeps,
  report: (action: NotificationAction) => void,
): Promise<void> {
  const backend: NodeNotifierLike = deps.notifier ?? (notifier as unknown as NodeNotifierLike)
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
}

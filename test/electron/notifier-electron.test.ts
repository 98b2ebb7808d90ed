// macOS and Windows: Electron's own Notification (a fake class here) with Done and Snooze buttons, one
// notification per step, and node-notifier only where Electron says it cannot notify.
import { describe, expect, it, vi } from 'vitest'
import { createNotifier } from '../../electron/notifier.ts'
import type {
  ElectronNotificationClass,
  ElectronNotificationLike,
  ElectronNotificationOptions,
} from '../../electron/notifier-electron.ts'
import type { Notification, NotificationAction } from '../../electron/services.ts'

const bath: Notification = {
  title: 'Warm bath or shower',
  body: '15–20 minutes at 40–42 °C.',
  stepIds: ['warm-bath'],
  actions: true,
  sound: true,
}

function fakeElectron(supported = true) {
  const made: {
    options: ElectronNotificationOptions
    fire: (event: string, ...args: unknown[]) => void
    closed: boolean
    shown: boolean
  }[] = []
  class FakeNotification implements ElectronNotificationLike {
    private handlers = new Map<string, (...args: unknown[]) => void>()
    private record: (typeof made)[number]
    constructor(options: ElectronNotificationOptions) {
      this.record = {
        options,
        fire: (event, ...args) => this.handlers.get(event)?.(...args),
        closed: false,
        shown: false,
      }
      made.push(this.record)
    }
    static isSupported() {
      return supported
    }
    show() {
      this.record.shown = true
    }
    close() {
      this.record.closed = true
    }
    on(event: string, listener: (...args: never[]) => void) {
      this.handlers.set(event, listener as (...args: unknown[]) => void)
      return this
    }
  }
  return { Notification: FakeNotification as unknown as ElectronNotificationClass, made }
}

function make(platform: NodeJS.Platform, electron: ReturnType<typeof fakeElectron>) {
  const fallback = vi.fn((_options: Record<string, unknown>, cb: (err: Error | null) => void) => cb(null))
  const notifier = createNotifier({
    platform,
    iconPath: '/Applications/Eventide.app/icon.png',
    appId: 'app.eventide.Eventide',
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    snoozeMinutes: () => 20,
    electronNotification: electron.Notification,
    notifier: { notify: fallback },
  })
  const actions: NotificationAction[] = []
  notifier.onAction((a) => actions.push(a))
  return { notifier, actions, fallback }
}

describe("Electron's Notification on macOS and Windows", () => {
  it('shows the step with Done and Snooze buttons under one id per step, silent when sound is off', async () => {
    const electron = fakeElectron()
    const { notifier, fallback } = make('darwin', electron)
    await notifier.notify({ ...bath, sound: false })
    expect(fallback).not.toHaveBeenCalled()
    expect(electron.made[0]?.shown).toBe(true)
    expect(electron.made[0]?.options).toEqual({
      id: 'eventide-step-warm-bath',
      title: 'Warm bath or shower',
      body: '15–20 minutes at 40–42 °C.',
      icon: '/Applications/Eventide.app/icon.png',
      silent: true,
      actions: [
        { type: 'button', text: 'Done' },
        { type: 'button', text: 'Snooze 20 min' },
      ],
      timeoutType: 'never',
    })
  })

  it('reports the buttons and a click, and closes the earlier notification of the same step', async () => {
    const electron = fakeElectron()
    const { notifier, actions } = make('win32', electron)
    await notifier.notify(bath)
    await notifier.notify(bath)
    expect(electron.made[0]?.closed).toBe(true)
    electron.made[1]?.fire('action', { actionIndex: 1 })
    await notifier.notify({ ...bath, stepIds: ['magnesium'] })
    electron.made[2]?.fire('action', undefined, 0)
    await notifier.notify({ ...bath, stepIds: ['a', 'b'], actions: false, view: 'check-in' })
    expect(electron.made[3]?.options.actions).toEqual([])
    electron.made[3]?.fire('click')
    expect(actions).toEqual([
      { kind: 'snooze', stepId: 'warm-bath' },
      { kind: 'done', stepId: 'magnesium' },
      { kind: 'open', view: 'check-in' },
    ])
  })

  it("closes a step's notification when it is withdrawn", async () => {
    const electron = fakeElectron()
    const { notifier } = make('darwin', electron)
    await notifier.notify(bath)
    await notifier.withdraw?.('warm-bath')
    expect(electron.made[0]?.closed).toBe(true)
  })

  it('falls back to node-notifier where Electron cannot show notifications', async () => {
    const electron = fakeElectron(false)
    const { notifier, fallback } = make('win32', electron)
    await notifier.notify(bath)
    expect(electron.made).toEqual([])
    expect(fallback).toHaveBeenCalledTimes(1)
    expect(fallback.mock.calls[0]?.[0]).toMatchObject({
      appID: 'app.eventide.Eventide',
      actions: ['Done', 'Snooze 20 min'],
    })
  })
})

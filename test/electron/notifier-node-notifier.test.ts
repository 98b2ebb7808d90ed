// The macOS and Windows fallback when Electron's Notification is unsupported: what reaches node-notifier and
// how its answers come back as actions.
import { describe, expect, it, vi } from 'vitest'
import { createNotifier, type NodeNotifierLike } from '../../electron/notifier.ts'
import type { Notification, NotificationAction } from '../../electron/services.ts'

type Callback = Parameters<NodeNotifierLike['notify']>[1]

/** A stand-in for node-notifier that records options and answers the way the platform's helper would. */
function fakeNodeNotifier(answer: (cb: Callback) => void = (cb) => cb(null, '')) {
  const calls: Record<string, unknown>[] = []
  const backend: NodeNotifierLike = {
    notify(options, callback) {
      calls.push(options)
      answer(callback)
      return backend
    },
  }
  return { backend, calls }
}

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
const bath: Notification = {
  title: 'Warm bath or shower',
  body: '15–20 minutes at 40–42 °C.',
  stepIds: ['warm-bath'],
  actions: true,
  sound: true,
}

function make(platform: NodeJS.Platform, answer?: (cb: Callback) => void, snoozeMinutes?: () => number) {
  const fake = fakeNodeNotifier(answer)
  const notifier = createNotifier({
    notifier: fake.backend,
    platform,
    iconPath: '/opt/Eventide/resources/icon.png',
    appId: 'org.eventide.app',
    logger,
    snoozeMinutes,
    // Electron's Notification reports itself unsupported: node-notifier takes over.
    electronNotification: null,
  })
  const actions: NotificationAction[] = []
  notifier.onAction((a) => actions.push(a))
  return { ...fake, notifier, actions }
}

describe('createNotifier options', () => {
  it('on macOS offers Done and Snooze with the snooze length from settings, and honours sound', async () => {
    const { notifier, calls } = make('darwin', undefined, () => 20)
    await notifier.notify(bath)
    await notifier.notify({ ...bath, sound: false })
    expect(calls[0]).toEqual({
      title: 'Warm bath or shower',
      message: '15–20 minutes at 40–42 °C.',
      icon: '/opt/Eventide/resources/icon.png',
      wait: false,
      sound: true,
      actions: ['Done', 'Snooze 20 min'],
    })
    expect(calls[1]?.sound).toBe(false)
    expect(calls[0]?.appID).toBeUndefined()
  })

  it('on Windows passes the app id so toasts are attributed to Eventide', async () => {
    const { notifier, calls } = make('win32')
    await notifier.notify(bath)
    expect(calls[0]).toMatchObject({
      appID: 'org.eventide.app',
      wait: false,
      actions: ['Done', 'Snooze 10 min'],
    })
  })

  it('offers no buttons for a notification that is not about one step', async () => {
    const { notifier, calls } = make('win32')
    await notifier.notify({ ...bath, stepIds: ['warm-bath', 'magnesium'], actions: false })
    expect(calls[0]?.actions).toBeUndefined()
  })
})

describe('createNotifier results', () => {
  it('rejects with the error node-notifier reports', async () => {
    const { notifier } = make('darwin', (cb) => cb(new Error('terminal-notifier could not start'), ''))
    await expect(notifier.notify(bath)).rejects.toThrow('terminal-notifier could not start')
  })

  it('rejects when node-notifier throws instead of calling back', async () => {
    const { notifier } = make('win32', () => {
      throw new Error('spawn failed')
    })
    await expect(notifier.notify(bath)).rejects.toThrow('spawn failed')
  })

  it('reports Windows button presses and clicks as actions on the step', async () => {
    const done = make('win32', (cb) => cb(null, 'done', {}))
    await done.notifier.notify(bath)
    expect(done.actions).toEqual([{ kind: 'done', stepId: 'warm-bath' }])
    const snooze = make('win32', (cb) => cb(null, 'snooze 10 min', {}))
    await snooze.notifier.notify(bath)
    expect(snooze.actions).toEqual([{ kind: 'snooze', stepId: 'warm-bath' }])
    const click = make('win32', (cb) => cb(null, 'activate', {}))
    await click.notifier.notify(bath)
    expect(click.actions).toEqual([{ kind: 'open' }])
  })

  it('reports macOS action buttons from the activation value', async () => {
    const { notifier, actions } = make('darwin', (cb) => cb(null, 'activate', { activationValue: 'Done' }))
    await notifier.notify(bath)
    expect(actions).toEqual([{ kind: 'done', stepId: 'warm-bath' }])
  })

  it('reports nothing for a timeout', async () => {
    const timeout = make('darwin', (cb) => cb(null, 'timeout', {}))
    await timeout.notifier.notify(bath)
    expect(timeout.actions).toEqual([])
  })

  it('stops reporting to a listener once it unsubscribes, and survives a listener that throws', async () => {
    const { notifier } = make('darwin', (cb) => cb(null, 'activate', {}))
    const seen: NotificationAction[] = []
    const off = notifier.onAction((a) => seen.push(a))
    notifier.onAction(() => {
      throw new Error('listener broke')
    })
    await notifier.notify(bath)
    off()
    await notifier.notify(bath)
    expect(seen).toEqual([{ kind: 'open' }])
    expect(logger.error).toHaveBeenCalledWith(
      'notifier: an action listener failed',
      { kind: 'open' },
      expect.any(Error),
    )
  })
})

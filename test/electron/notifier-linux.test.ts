// The Linux notifier against a fake notification server on a fake bus: which path a reminder takes, what Notify
// carries, how ActionInvoked / NotificationClosed / PropertiesChanged come back. The real server: test/e2e.
import { describe, expect, it, vi } from 'vitest'
import type { BusMessage, SessionBus } from '../../electron/dbus-session.ts'
import { sessionBusEndpoint } from '../../electron/dbus-session.ts'
import { createNotifier } from '../../electron/notifier.ts'
import { notifySendArgs, sendWithNotifySend } from '../../electron/notifier-notify-send.ts'
import type { Notification, NotificationAction } from '../../electron/services.ts'

const bath: Notification = {
  title: 'Warm bath or shower',
  body: '15–20 minutes at 40–42 °C & <relax>',
  stepIds: ['warm-bath'],
  actions: true,
  sound: false,
}

type Listener = (body: unknown[]) => void

/** A notification server as seen over D-Bus: answers calls, records them, emits signals on demand. */
function fakeServer(options: { capabilities?: string[]; properties?: Record<string, boolean> } = {}) {
  const calls: BusMessage[] = []
  const listeners = new Map<string, Set<Listener>>()
  const closeListeners: ((error?: Error) => void)[] = []
  let nextId = 1
  const bus: SessionBus = {
    async call(message) {
      calls.push(message)
      if (message.member === 'GetCapabilities') return [options.capabilities ?? ['actions', 'body']]
      if (message.member === 'Notify') {
        const replaces = message.body?.[1] as number
        return [replaces !== 0 ? replaces : nextId++]
      }
      if (message.member === 'Get') {
        const [iface, property] = message.body as [string, string]
        const value = options.properties?.[`${iface}.${property}`]
        if (value === undefined) {
          throw Object.assign(new Error('no such property'), {
            dbusName: 'org.freedesktop.DBus.Error.InvalidArgs',
          })
        }
        return [[[{ type: 'b', child: [] }], [value]]]
      }
      return []
    },
    async onSignal(_path, iface, member, listener) {
      const key = `${iface}.${member}`
      const set = listeners.get(key) ?? new Set()
      set.add(listener)
      listeners.set(key, set)
      return () => set.delete(listener)
    },
    onClose: (listener) => closeListeners.push(listener),
    close: vi.fn(),
  }
  const emit = (key: string, body: unknown[]) => {
    for (const listener of listeners.get(key) ?? []) listener(body)
  }
  return {
    bus,
    calls,
    emit,
    notifies: () => calls.filter((c) => c.member === 'Notify'),
    drop: () => {
      for (const listener of closeListeners) listener(new Error('gone'))
    },
  }
}

function linuxNotifier(
  server: ReturnType<typeof fakeServer> | null,
  env = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/bus' },
) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const notifySend = vi.fn(async (_n: Notification) => {})
  const notifier = createNotifier({
    platform: 'linux',
    iconPath: '/opt/Eventide/icon.png',
    appId: 'app.eventide.Eventide',
    logger,
    env,
    snoozeMinutes: () => 15,
    linux: {
      connect: server ? async () => server.bus : async () => Promise.reject(new Error('ECONNREFUSED')),
      notifySend,
    },
  })
  const actions: NotificationAction[] = []
  notifier.onAction((a) => actions.push(a))
  return { notifier, notifySend, logger, actions }
}

describe('Linux notifications over D-Bus', () => {
  it('sends Notify with the app name, icon, Done and Snooze buttons and a click that opens Eventide', async () => {
    const server = fakeServer()
    const { notifier, notifySend } = linuxNotifier(server)
    await notifier.notify(bath)
    expect(notifySend).not.toHaveBeenCalled()
    expect(server.notifies()[0]).toMatchObject({
      destination: 'org.freedesktop.Notifications',
      member: 'Notify',
      signature: 'susssasa{sv}i',
      body: [
        'Eventide',
        0,
        '/opt/Eventide/icon.png',
        'Warm bath or shower',
        '15–20 minutes at 40–42 °C & <relax>',
        ['default', 'Open Eventide', 'done', 'Done', 'snooze', 'Snooze 15 min'],
        [
          ['desktop-entry', ['s', 'eventide']],
          ['urgency', ['y', 1]],
          ['suppress-sound', ['b', true]],
        ],
        0,
      ],
    })
  })

  it('escapes the body where the server reads markup, and offers no Done for a summary of several steps', async () => {
    const server = fakeServer({ capabilities: ['actions', 'body', 'body-markup'] })
    const { notifier } = linuxNotifier(server)
    await notifier.notify({ ...bath, stepIds: ['warm-bath', 'magnesium'], actions: false, sound: true })
    const body = server.notifies()[0]?.body ?? []
    expect(body[4]).toBe('15–20 minutes at 40–42 °C &amp; &lt;relax&gt;')
    expect(body[5]).toEqual(['default', 'Open Eventide'])
    expect(body[7]).toBe(-1)
  })

  it("replaces a step's earlier notification instead of stacking a second one", async () => {
    const server = fakeServer()
    const { notifier } = linuxNotifier(server)
    await notifier.notify({ ...bath, actions: false, title: 'In 5 min: Warm bath or shower' })
    await notifier.notify({ ...bath, stepIds: ['magnesium'] })
    await notifier.notify(bath)
    expect(server.notifies().map((c) => c.body?.[1])).toEqual([0, 0, 1])
  })

  it('turns Done, Snooze and a click on our notifications into actions, and ignores other apps', async () => {
    const server = fakeServer()
    const { notifier, actions } = linuxNotifier(server)
    await notifier.notify(bath)
    await notifier.notify({ ...bath, stepIds: ['magnesium'], view: 'check-in' })
    server.emit('org.freedesktop.Notifications.ActionInvoked', [1, 'done'])
    server.emit('org.freedesktop.Notifications.ActionInvoked', [2, 'snooze'])
    server.emit('org.freedesktop.Notifications.ActionInvoked', [2, 'default'])
    server.emit('org.freedesktop.Notifications.ActionInvoked', [99, 'done'])
    expect(actions).toEqual([
      { kind: 'done', stepId: 'warm-bath' },
      { kind: 'snooze', stepId: 'magnesium' },
      { kind: 'open', view: 'check-in' },
    ])
  })

  it('closes a step notification on withdraw, and not one the server already closed', async () => {
    const server = fakeServer()
    const { notifier } = linuxNotifier(server)
    await notifier.notify(bath)
    await notifier.notify({ ...bath, stepIds: ['magnesium'] })
    await notifier.withdraw?.('warm-bath')
    server.emit('org.freedesktop.Notifications.NotificationClosed', [2, 2])
    await notifier.withdraw?.('magnesium')
    await notifier.withdraw?.('pre-bed-walk')
    const closes = server.calls.filter((c) => c.member === 'CloseNotification')
    expect(closes.map((c) => c.body)).toEqual([[1]])
    // After the server closed it, a new reminder for the step starts afresh instead of replacing.
    await notifier.notify({ ...bath, stepIds: ['magnesium'] })
    expect(server.notifies().at(-1)?.body?.[1]).toBe(0)
  })
})

describe('Linux fallback to notify-send', () => {
  it('uses notify-send when the server offers no actions', async () => {
    const server = fakeServer({ capabilities: ['body'] })
    const { notifier, notifySend, logger } = linuxNotifier(server)
    await notifier.notify(bath)
    expect(notifySend).toHaveBeenCalledWith(bath)
    expect(server.notifies()).toEqual([])
    expect(logger.warn).toHaveBeenCalledWith(
      'notifier: the notification server offers no actions; using notify-send (no Done or Snooze buttons)',
    )
  })

  it('uses notify-send when there is no session bus, or it cannot be reached', async () => {
    const none = linuxNotifier(fakeServer(), {} as { DBUS_SESSION_BUS_ADDRESS: string })
    await none.notifier.notify(bath)
    expect(none.notifySend).toHaveBeenCalledTimes(1)
    const refused = linuxNotifier(null)
    await refused.notifier.notify(bath)
    await refused.notifier.notify(bath)
    expect(refused.notifySend).toHaveBeenCalledTimes(2)
    // Said once, not on every reminder.
    expect(refused.logger.warn).toHaveBeenCalledTimes(1)
  })

  it('hands notify-send the title and body as single arguments after "--", never to a shell', async () => {
    const title = '-u critical $(rm -rf ~) `id`'
    const n = { ...bath, title }
    expect(notifySendArgs(n, '/icon.png')).toEqual([
      '--app-name=Eventide',
      '--icon=/icon.png',
      '--urgency=normal',
      '--hint=boolean:suppress-sound:true',
      '--',
      title,
      bath.body,
    ])
    const run = vi.fn(
      (_file: string, _args: readonly string[], cb: (e: Error | null, o: string, s: string) => void) =>
        cb(null, '', ''),
    )
    await sendWithNotifySend(n, '/icon.png', run)
    expect(run).toHaveBeenCalledWith('notify-send', notifySendArgs(n, '/icon.png'), expect.any(Function))
    const failing = vi.fn(
      (_f: string, _a: readonly string[], cb: (e: Error | null, o: string, s: string) => void) =>
        cb(new Error('spawn notify-send ENOENT'), '', ''),
    )
    await expect(sendWithNotifySend(n, '/icon.png', failing)).rejects.toThrow(
      'notify-send failed: spawn notify-send ENOENT',
    )
  })

  it('finds the bus from DBUS_SESSION_BUS_ADDRESS (path, abstract, tcp) or the systemd default', () => {
    expect(sessionBusEndpoint({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' })).toEqual({
      socket: '/run/user/1000/bus',
    })
    expect(sessionBusEndpoint({ DBUS_SESSION_BUS_ADDRESS: 'unix:abstract=/tmp/dbus-x,guid=ab' })).toEqual({
      socket: '\0/tmp/dbus-x',
    })
    expect(sessionBusEndpoint({ DBUS_SESSION_BUS_ADDRESS: 'tcp:host=127.0.0.1,port=5555' })).toEqual({
      host: '127.0.0.1',
      port: 5555,
    })
    expect(
      sessionBusEndpoint({ XDG_RUNTIME_DIR: '/run/user/1000' }, (p) => p === '/run/user/1000/bus'),
    ).toEqual({
      socket: '/run/user/1000/bus',
    })
    expect(sessionBusEndpoint({}, () => false)).toBeNull()
  })
})

describe('Do Not Disturb on Linux', () => {
  it("reads GNOME/KDE's Inhibited property and follows its changes", async () => {
    const server = fakeServer({ properties: { 'org.freedesktop.Notifications.Inhibited': true } })
    const { notifier } = linuxNotifier(server)
    await notifier.notify(bath)
    expect(notifier.inhibited?.()).toBe(true)
    const seen: boolean[] = []
    notifier.onInhibitedChange?.((v) => seen.push(v))
    const changed = (value: boolean) => [
      'org.freedesktop.Notifications',
      [['Inhibited', [[{ type: 'b', child: [] }], [value]]]],
      [],
    ]
    server.emit('org.freedesktop.DBus.Properties.PropertiesChanged', changed(false))
    server.emit('org.freedesktop.DBus.Properties.PropertiesChanged', changed(false))
    expect(notifier.inhibited?.()).toBe(false)
    expect(seen).toEqual([false])
  })

  it("falls back to dunst's paused property, and to never inhibited on other servers", async () => {
    const dunst = fakeServer({ properties: { 'org.dunstproject.cmd0.paused': false } })
    const withDunst = linuxNotifier(dunst)
    await withDunst.notifier.notify(bath)
    expect(withDunst.notifier.inhibited?.()).toBe(false)
    dunst.emit('org.freedesktop.DBus.Properties.PropertiesChanged', [
      'org.dunstproject.cmd0',
      [['paused', [[{ type: 'b', child: [] }], [true]]]],
      [],
    ])
    expect(withDunst.notifier.inhibited?.()).toBe(true)
    // The bus went away: nothing is known to hold reminders back any more.
    dunst.drop()
    expect(withDunst.notifier.inhibited?.()).toBe(false)

    const plain = linuxNotifier(fakeServer())
    await plain.notifier.notify(bath)
    expect(plain.notifier.inhibited?.()).toBe(false)
  })
})

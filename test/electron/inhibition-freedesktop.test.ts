// Do Not Disturb read from the notification server: a change that lands between the first read and the
// subscription to PropertiesChanged must not be lost, or reminders would go out while the person is busy.
import { describe, expect, it } from 'vitest'
import type { BusMessage, SessionBus } from '../../electron/dbus-session.ts'
import { watchInhibition } from '../../electron/inhibition-freedesktop.ts'

/** A bus whose dunst-style `paused` property answers from a list of values, one per read. */
function fakeBus(reads: boolean[]) {
  const signals: ((body: unknown[]) => void)[] = []
  const bus: SessionBus = {
    async call(message: BusMessage) {
      const [iface] = message.body as [string, string]
      if (iface === 'org.freedesktop.Notifications') {
        throw Object.assign(new Error('no such property'), {
          dbusName: 'org.freedesktop.DBus.Error.InvalidArgs',
        })
      }
      const value = reads.length > 1 ? reads.shift() : reads[0]
      return [[[{ type: 'b', child: [] }], [value]]]
    },
    async onSignal(_path, _iface, _member, listener) {
      signals.push(listener)
      return () => {}
    },
    onClose() {},
    close() {},
  }
  const emit = (paused: boolean) => {
    for (const s of signals)
      s(['org.dunstproject.cmd0', [['paused', [[{ type: 'b', child: [] }], [paused]]]], []])
  }
  return { bus, emit }
}

describe('Do Not Disturb from the notification server', () => {
  it('notices a pause that happened while it was subscribing', async () => {
    const { bus } = fakeBus([false, true])
    const watch = await watchInhibition(bus)
    expect(watch.source).toBe('dunst')
    expect(watch.inhibited()).toBe(true)
  })

  it('follows later changes through PropertiesChanged', async () => {
    const { bus, emit } = fakeBus([false])
    const watch = await watchInhibition(bus)
    const seen: boolean[] = []
    watch.onChange((value) => seen.push(value))
    emit(true)
    emit(false)
    expect(seen).toEqual([true, false])
    expect(watch.inhibited()).toBe(false)
  })
})

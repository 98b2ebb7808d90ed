// Do Not Disturb on Linux, read from the notification server: the `Inhibited` property of
// org.freedesktop.Notifications (GNOME 42+, KDE Plasma 5.24+) or, for dunst, its `paused` property on
// org.dunstproject.cmd0. Both announce changes with PropertiesChanged, so nothing is polled.
import { type SessionBus, variantValue } from './dbus-session.ts'
import { NOTIFICATIONS_BUS } from './notifier-freedesktop.ts'

export type InhibitionSource = 'freedesktop' | 'dunst' | 'none'

const SOURCES: { source: Exclude<InhibitionSource, 'none'>; iface: string; property: string }[] = [
  { source: 'freedesktop', iface: 'org.freedesktop.Notifications', property: 'Inhibited' },
  { source: 'dunst', iface: 'org.dunstproject.cmd0', property: 'paused' },
]

const ABSENT = new Set([
  'org.freedesktop.DBus.Error.InvalidArgs',
  'org.freedesktop.DBus.Error.UnknownProperty',
  'org.freedesktop.DBus.Error.UnknownInterface',
  'org.freedesktop.DBus.Error.UnknownMethod',
])

export interface InhibitionWatch {
  readonly source: InhibitionSource
  inhibited(): boolean
  onChange(listener: (inhibited: boolean) => void): () => void
  dispose(): void
}

/** The new value of `property` in a PropertiesChanged body, or undefined when the signal is about others. */
export function changedFlag(body: unknown[], iface: string, property: string): boolean | undefined {
  const [changedIface, changed] = body
  if (changedIface !== iface || !Array.isArray(changed)) return undefined
  for (const entry of changed) {
    if (Array.isArray(entry) && entry[0] === property) {
      const value = variantValue(entry[1])
      if (typeof value === 'boolean') return value
    }
  }
  return undefined
}

/** Finds the first property this server has; a server with neither is never treated as inhibited. */
export async function watchInhibition(bus: SessionBus): Promise<InhibitionWatch> {
  const listeners = new Set<(inhibited: boolean) => void>()
  for (const { source, iface, property } of SOURCES) {
    const read = async () => {
      const [variant] = await bus.call({
        destination: NOTIFICATIONS_BUS.destination,
        path: NOTIFICATIONS_BUS.path,
        interface: 'org.freedesktop.DBus.Properties',
        member: 'Get',
        signature: 'ss',
        body: [iface, property],
      })
      return variantValue(variant)
    }
    let value: unknown
    try {
      value = await read()
    } catch (error) {
      // This server lacks the property or interface: try the next source. Anything else is a real fault.
      if (ABSENT.has((error as { dbusName?: string }).dbusName ?? '')) continue
      throw error
    }
    if (typeof value !== 'boolean') continue
    let inhibited = value
    const off = await bus.onSignal(
      NOTIFICATIONS_BUS.path,
      'org.freedesktop.DBus.Properties',
      'PropertiesChanged',
      (body) => {
        const next = changedFlag(body, iface, property)
        if (next === undefined || next === inhibited) return
        inhibited = next
        for (const listener of [...listeners]) listener(next)
      },
    )
    // A change between the first read and the subscription would be lost: read once more now that
    // every later change arrives as a signal.
    const settled = await read()
    if (typeof settled === 'boolean' && settled !== inhibited) {
      inhibited = settled
      for (const listener of [...listeners]) listener(settled)
    }
    return {
      source,
      inhibited: () => inhibited,
      onChange(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      dispose: off,
    }
  }
  return { source: 'none', inhibited: () => false, onChange: () => () => false, dispose() {} }
}

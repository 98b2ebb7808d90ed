// The D-Bus session bus through @homebridge/dbus-native (pure JavaScript: no native module to rebuild for
// Electron). Promise-shaped calls and signal subscriptions; nothing here knows about notifications.
import { existsSync } from 'node:fs'
import * as dbusNative from '@homebridge/dbus-native'

/** A D-Bus variant as dbus-native reads it: [[type signature], [value]]. */
export type ReadVariant = [unknown[], unknown[]]

export interface BusMessage {
  destination: string
  path: string
  interface: string
  member: string
  signature?: string
  body?: unknown[]
}

export interface SessionBus {
  /** Resolves with the reply's values; rejects with the D-Bus error name and message. */
  call(message: BusMessage): Promise<unknown[]>
  /** Listens to one signal (a match rule is added on the bus); returns the unsubscribe. */
  onSignal(
    path: string,
    iface: string,
    member: string,
    listener: (body: unknown[]) => void,
  ): Promise<() => void>
  /** Called once when the connection ends or fails after it was made. */
  onClose(listener: (error?: Error) => void): void
  close(): void
}

/** The part of dbus-native we use; its own typings cover only systemBus. */
interface NativeBus {
  connection: {
    on(event: 'error' | 'end' | 'connect', listener: (error?: Error) => void): void
    once(event: 'error' | 'connect', listener: (error?: Error) => void): void
    end(): void
  }
  invoke(
    message: BusMessage,
    callback: (error: { name?: string; message?: unknown } | null, ...values: unknown[]) => void,
  ): void
  signals: {
    on(key: string, listener: (body: unknown[]) => void): void
    off(key: string, listener: (body: unknown[]) => void): void
  }
  mangle(path: string, iface: string, member: string): string
}
interface NativeModule {
  sessionBus(options: { socket?: string; busAddress?: string }): NativeBus
}

export type BusEndpoint = { socket: string } | { host: string; port: number }

/**
 * Where the session bus listens, from DBUS_SESSION_BUS_ADDRESS (first usable entry), else the systemd
 * default $XDG_RUNTIME_DIR/bus. Abstract sockets are handed to Node as a leading NUL, which Linux accepts.
 * Null when there is no session bus to talk to.
 */
export function sessionBusEndpoint(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean = existsSync,
): BusEndpoint | null {
  for (const entry of (env.DBUS_SESSION_BUS_ADDRESS ?? '').split(';')) {
    const colon = entry.indexOf(':')
    if (colon < 0) continue
    const family = entry.slice(0, colon)
    const params = new Map(
      entry
        .slice(colon + 1)
        .split(',')
        .map((pair) => {
          const eq = pair.indexOf('=')
          return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))] as const
        }),
    )
    if (family === 'unix') {
      const path = params.get('path')
      if (path) return { socket: path }
      const abstract = params.get('abstract')
      if (abstract) return { socket: `\0${abstract}` }
    }
    if (family === 'tcp') {
      const port = Number(params.get('port'))
      if (Number.isInteger(port) && port > 0) return { host: params.get('host') ?? '127.0.0.1', port }
    }
  }
  const runtime = env.XDG_RUNTIME_DIR
  if (runtime && exists(`${runtime}/bus`)) return { socket: `${runtime}/bus` }
  return null
}

function busError(error: { name?: string; message?: unknown }, message: BusMessage): Error {
  const text = typeof error.message === 'string' ? error.message : ''
  return Object.assign(
    new Error(`${message.interface}.${message.member}: ${error.name ?? 'D-Bus error'} ${text}`),
    {
      dbusName: error.name,
    },
  )
}

/** Connects and says hello; rejects when the bus cannot be reached within timeoutMs. */
export function connectSessionBus(endpoint: BusEndpoint, timeoutMs = 3_000): Promise<SessionBus> {
  const native = dbusNative as unknown as NativeModule
  const options =
    'socket' in endpoint
      ? { socket: endpoint.socket }
      : { busAddress: `tcp:host=${endpoint.host},port=${endpoint.port}` }
  return new Promise((resolve, reject) => {
    let bus: NativeBus
    try {
      bus = native.sessionBus(options)
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)))
      return
    }
    const closeListeners: ((error?: Error) => void)[] = []
    let closed = false
    const closeWith = (error?: Error) => {
      if (closed) return
      closed = true
      for (const listener of closeListeners) listener(error)
    }
    const timer = setTimeout(() => {
      bus.connection.end()
      reject(new Error(`session bus: no answer within ${timeoutMs} ms`))
    }, timeoutMs)
    bus.connection.on('error', (error) => {
      clearTimeout(timer)
      reject(error ?? new Error('session bus: connection failed'))
      closeWith(error)
    })
    bus.connection.on('end', () => closeWith())

    const call = (message: BusMessage) =>
      new Promise<unknown[]>((done, fail) => {
        bus.invoke(message, (error, ...values) => {
          if (error) fail(busError(error, message))
          else done(values)
        })
      })
    const busDaemon = {
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
    }

    const session: SessionBus = {
      call,
      async onSignal(path, iface, member, listener) {
        const rule = `type='signal',path='${path}',interface='${iface}',member='${member}'`
        const key = bus.mangle(path, iface, member)
        bus.signals.on(key, listener)
        await call({ ...busDaemon, member: 'AddMatch', signature: 's', body: [rule] })
        // The match rule stays until the connection closes: we only unsubscribe when closing anyway.
        return () => bus.signals.off(key, listener)
      },
      onClose(listener) {
        closeListeners.push(listener)
      },
      close() {
        closed = true
        bus.connection.end()
      },
    }
    // A round trip to the bus daemon proves the handshake and Hello went through.
    call({ ...busDaemon, member: 'GetId' }).then(
      () => {
        clearTimeout(timer)
        resolve(session)
      },
      (error: unknown) => {
        clearTimeout(timer)
        bus.connection.end()
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}

/** The value inside a variant dbus-native read, e.g. a property from org.freedesktop.DBus.Properties.Get. */
export function variantValue(variant: unknown): unknown {
  if (Array.isArray(variant) && variant.length === 2 && Array.isArray(variant[1])) return variant[1][0]
  return undefined
}

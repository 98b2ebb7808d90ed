// The in-process main behind a page's window.eventide: the real preload (electron/preload.ts) on the shared
// Electron mock's IPC, main's own registerIpc (sender check, zod validation, the handler table) and the real
// services on a store in a temp folder. Each bridge method is a spy around the preload's, so a test reads what
// the page asked for; the answer still comes from main.

import '../../electron/preload.ts'
import { type Mock, vi } from 'vitest'
import { broadcast, createSenderCheck, registerIpc } from '../../electron/ipc.ts'
import type { Clock, EventideStore, Logger } from '../../electron/services.ts'
import type { Services } from '../../electron/services-factory.ts'
import type { EventideBridge, Method } from '../../shared/ipc.ts'
import { exposed, ipcMain, RENDERER_URL, rendererContents } from './electron-ipc.ts'
import { type InProcessMainDeps, inProcessMain } from './in-process-main.ts'

/** window.eventide with every method a spy, so tests can read calls and replace one answer if they must. */
export type SpiedBridge = {
  [M in Method]: Mock<EventideBridge[M]>
} & { onState: Mock<EventideBridge['onState']> }

export interface BridgedMain {
  services: Services
  bridge: SpiedBridge
  /** Sends tonight's snapshot to the page, as main does after any change. */
  push(): void
  /** Unregisters the IPC handlers and stops main's timers. */
  dispose(): void
}

export interface BridgedMainDeps extends Omit<InProcessMainDeps, 'onStateChange'> {
  store: EventideStore
  clock: Clock
  logger: Logger
}

function preloadBridge(): EventideBridge {
  const api = exposed.get('eventide')
  if (!api) throw new Error('window.eventide: electron/preload.ts exposed nothing under "eventide"')
  return api as EventideBridge
}

/** Starts main, wires it to the page's IPC and puts the spied bridge on window.eventide. */
export function bridgedMain(deps: BridgedMainDeps): BridgedMain {
  const page = { isDestroyed: () => false, webContents: rendererContents }
  const push = () => broadcast([page], services.evening.snapshot(), deps.logger)
  const services: Services = inProcessMain({ ...deps, onStateChange: push })
  // The page's URL is the one main trusts; the check itself is main's own.
  const isTrusted = createSenderCheck({ isAppUrl: (url) => url === RENDERER_URL, windows: () => [page] })
  const unregister = registerIpc(ipcMain, services.handlers, isTrusted, deps.logger)
  const preload = preloadBridge()
  const bridge = Object.fromEntries(
    Object.entries(preload).map(([name, method]) => [name, vi.fn(method as (...args: unknown[]) => unknown)]),
  ) as unknown as SpiedBridge
  window.eventide = bridge as unknown as EventideBridge
  return {
    services,
    bridge,
    push,
    dispose() {
      unregister()
      services.dispose()
    },
  }
}

// A real IPC handler table on an in-memory store with a fixed clock, for the IPC tests and the fuzz.
import { type Mock, vi } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import { createHandlers, type HandlerTable } from '../../electron/handlers.ts'
import type { Clock, Logger } from '../../electron/services.ts'
import type { Method, View } from '../../shared/ipc.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { createMemoryStore, type MemoryStore } from './memory-store.ts'

export const quiet = (): Logger => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() })
const clock: Clock = { now: () => instantMs('2026-11-24T20:00:00+01:00'), timeZone: () => 'Europe/Berlin' }

export interface RealTable {
  store: MemoryStore
  handlers: HandlerTable
  openWindow: Mock<(view: View) => void>
  setLaunchAtLogin: Mock<(enabled: boolean) => void>
  /** The whole store as text, to prove a rejected request changed nothing. */
  serialize(): string
}

export function realTable(): RealTable {
  const store = createMemoryStore()
  const openWindow = vi.fn<(view: View) => void>()
  const setLaunchAtLogin = vi.fn<(enabled: boolean) => void>()
  const handlers = createHandlers({
    evening: createEvening({ store, clock, logger: quiet() }),
    appInfo: () => ({ name: 'Eventide', version: '0.1.0', logPath: '/l', dataPath: '/d', platform: 'linux' }),
    openWindow,
    setLaunchAtLogin,
  })
  const serialize = () => JSON.stringify({ settings: store.getSettings(), nights: store.allNights() })
  return { store, handlers, openWindow, setLaunchAtLogin, serialize }
}

/** A valid payload for each method, the base for near-valid mutations. */
export const VALID: Record<Method, unknown> = {
  getState: undefined,
  setStepStatus: { stepId: 'magnesium', status: 'done' },
  snoozeStep: { stepId: 'magnesium' },
  setTonightBedtime: { bedtime: '23:00' },
  setPaused: { paused: true },
  getSettings: undefined,
  updateSettings: defaultSettings(),
  getAppInfo: undefined,
  openWindow: { view: 'history' },
}

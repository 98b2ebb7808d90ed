// A real IPC handler table on an in-memory store with a fixed clock, for the IPC tests and the fuzz.

import { type Mock, vi } from 'vitest'
import type { HandlerTable } from '../../electron/handlers.ts'
import type { Clock } from '../../electron/services.ts'
import { serializeBackup } from '../../shared/backup.ts'
import { noTriggers } from '../../shared/checkin.ts'
import type { Method, View } from '../../shared/ipc.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { inProcessMain } from './in-process-main.ts'
import { quiet } from './logger.ts'
import { createMemoryStore, type MemoryStore } from './memory-store.ts'

export { quiet }

// 21:55: magnesium is due, so a valid snooze has a step it can snooze (one that is not due is refused).
const clock: Clock = { now: () => instantMs('2026-11-24T21:55:00+01:00'), timeZone: () => 'Europe/Berlin' }

/** One lab and one medicine, so the remove channels have something to remove. */
export function seededJournal(): Journal {
  return {
    ...emptyJournal(),
    labs: [{ id: 'lab-seed', kind: 'ferritin', value: 30, date: '2026-08-01' }],
    medicines: [{ id: 'med-seed', name: 'Magnesium glycinate', kind: 'supplement' }],
  }
}

export interface RealTable {
  store: MemoryStore
  handlers: HandlerTable
  openWindow: Mock<(view: View) => void>
  setLaunchAtLogin: Mock<(enabled: boolean) => void>
  chooseSavePath: Mock<(name: string, filters: unknown) => Promise<string | null>>
  printViewToPdf: Mock<(view: View) => Promise<Uint8Array>>
  /** The whole store as text, to prove a rejected request changed nothing. */
  serialize(): string
}

export function realTable(): RealTable {
  const store = createMemoryStore({ journal: seededJournal() })
  const openWindow = vi.fn<(view: View) => void>()
  const setLaunchAtLogin = vi.fn<(enabled: boolean) => void>()
  // Cancelled by default: the fuzz must not write files.
  const chooseSavePath = vi.fn<(name: string, filters: unknown) => Promise<string | null>>(async () => null)
  const printViewToPdf = vi.fn<(view: View) => Promise<Uint8Array>>(
    async () => new Uint8Array([37, 80, 68, 70]),
  )
  let n = 0
  const { handlers } = inProcessMain({
    store,
    clock,
    logger: quiet(),
    chooseSavePath,
    printViewToPdf,
    newId: (prefix) => `${prefix}-${++n}`,
    openWindow,
    setLaunchAtLogin,
  })
  const serialize = () =>
    JSON.stringify({ settings: store.getSettings(), nights: store.allNights(), journal: store.getJournal() })
  return { store, handlers, openWindow, setLaunchAtLogin, chooseSavePath, printViewToPdf, serialize }
}

/** A small, valid backup file. */
export const VALID_BACKUP = serializeBackup({
  exportedAt: '2026-11-24T09:00:00+01:00',
  settings: { ...defaultSettings(), firstRunDone: true, bedtime: '23:00' },
  nights: {},
  checkIns: {},
  labs: [{ id: 'l1', kind: 'ferritin', value: 60, date: '2026-10-01' }],
  medicines: [],
  dismissedPrompts: [],
})

export const VALID_CHECK_IN = {
  severity: 3,
  sleepQuality: 7,
  onset: 'bedtime',
  triggers: noTriggers(),
  note: 'Calm after the bath',
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
  getHistory: { days: 30 },
  getCheckIn: { night: null },
  saveCheckIn: { night: '2026-11-23', checkIn: VALID_CHECK_IN },
  setTravelNight: { night: '2026-11-20', travel: true },
  getHealth: undefined,
  addLab: { kind: 'ferritin', value: 48, date: '2026-11-01', note: 'fasting' },
  removeLab: { id: 'lab-seed' },
  addMedicine: { name: 'ZzzQuil', kind: 'medicine', time: '22:00' },
  removeMedicine: { id: 'med-seed' },
  dismissPrompt: { id: 'pregnancy' },
  exportData: { format: 'json' },
  previewImport: { text: VALID_BACKUP },
  applyImport: { text: VALID_BACKUP },
  getSummary: undefined,
  printSummary: undefined,
  updateTreatment: { id: 'med-seed', rls: { doseChanges: [{ date: '2026-11-01', dose: '0.25 mg' }] } },
  exportCalendar: undefined,
}

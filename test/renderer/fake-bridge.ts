// window.eventide for the renderer tests, served by the one in-process main (test/support/bridged-main.ts):
// every call takes the path of the app (preload, channel, sender check, zod, handler table) to the real
// services on a store in a temp folder, with the clock at `main.now`. Tests seed by assignment as before, but
// `settings`, `record` and `journal.*` are live views of that store: every change is saved through its
// validating setters, so a seed the app could never store fails at the line that wrote it.

import { join } from 'node:path'
import { afterEach, type Mock, vi } from 'vitest'
import type { ChooseSavePath } from '../../electron/data-transfer.ts'
import type { Clock } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { type Problem, ValidationError } from '../../shared/errors.ts'
import type { AppInfo } from '../../shared/ipc.ts'
import type { Journal } from '../../shared/journal.ts'
import { instantMs } from '../../shared/night.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { type BridgedMain, bridgedMain } from '../support/bridged-main.ts'
import { withFaults } from '../support/faulty-store.ts'
import { quiet } from '../support/logger.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'
import { writeThrough } from '../support/write-through.ts'

export const NIGHT = '2026-11-24'
export const ZONE = 'Europe/Berlin'
export const NOW = '2026-11-24T21:35:00+01:00'

export const APP_INFO: AppInfo = {
  name: 'Eventide',
  version: '0.1.0',
  logPath: '/home/test/.config/Eventide/logs/main.log',
  dataPath: '/home/test/.config/Eventide',
  platform: 'linux',
  storageProtection: 'plain',
}

const tempDir = tempDirMaker('eventide-renderer-')
let running: BridgedMain | null = null
afterEach(() => {
  running?.dispose()
  running = null
})

export function installFakeMain(init: { settings?: Partial<Settings>; record?: Partial<NightRecord> } = {}) {
  running?.dispose()
  const moment = { now: NOW }
  const clock: Clock = { now: () => instantMs(moment.now), timeZone: () => ZONE }
  const logger = quiet()
  const folder = tempDir()
  const store = withFaults(createStore({ directory: join(folder, 'data'), now: clock.now, logger }))
  store.setSettings({ ...defaultSettings(), firstRunDone: true, ...init.settings })
  if (init.record) store.setNight(NIGHT, { ...emptyNightRecord(), ...init.record })
  // The save dialog: it picks the suggested name in the temp folder unless a test answers it otherwise.
  const saveDialog: Mock<ChooseSavePath> = vi.fn<ChooseSavePath>(async (name) => join(folder, name))
  let ids = 0
  const main = bridgedMain({
    store,
    clock,
    logger,
    appInfo: () => APP_INFO,
    newId: (prefix) => `${prefix}-${++ids}`,
    chooseSavePath: (name, filters) => saveDialog(name, filters),
    openWindow: () => {},
    setLaunchAtLogin: () => {},
  })
  running = main

  const journalPart = <K extends 'checkIns' | 'labs' | 'medicines'>(key: K): Journal[K] =>
    writeThrough(
      () => store.getJournal()[key],
      (value) => store.setJournal({ ...store.getJournal(), [key]: value }),
    )
  const setTravel = (night: string, travel: boolean) => {
    const journal = store.getJournal()
    const others = journal.travelNights.filter((n) => n !== night)
    store.setJournal({ ...journal, travelNights: travel ? [...others, night] : others })
  }

  return {
    bridge: main.bridge,
    services: main.services,
    store,
    logger,
    /** Where the save dialog puts files by default. */
    folder,
    saveDialog,
    get now() {
      return moment.now
    },
    /** Moves main's clock (an ISO instant with offset); the next snapshot is built for that moment. */
    set now(instant: string) {
      moment.now = instant
    },
    get settings(): Settings {
      return writeThrough(store.getSettings, store.setSettings)
    },
    /** Tonight's stored night record. */
    get record(): NightRecord {
      return writeThrough(
        () => store.getNight(NIGHT),
        (record) => store.setNight(NIGHT, record),
      )
    },
    /** One-off notices the store reports with the next snapshot, as after finding a damaged file. */
    notices: { push: (message: string) => store.addNotice(message) },
    journal: {
      get checkIns() {
        return journalPart('checkIns')
      },
      get labs() {
        return journalPart('labs')
      },
      get medicines() {
        return journalPart('medicines')
      },
      get nights(): Record<string, NightRecord> {
        return writeThrough(store.allNights, store.setNights)
      },
      travel: {
        add: (night: string) => setTravel(night, true),
        delete: (night: string) => setTravel(night, false),
        has: (night: string) => store.getJournal().travelNights.includes(night),
      },
      /** Main decides when the check-in is due (its time has come, last night has none): read it here. */
      get checkInDue(): boolean {
        return main.services.evening.snapshot().checkInDue
      },
      set checkInDue(expected: boolean) {
        const actual = main.services.evening.snapshot().checkInDue
        if (actual !== expected)
          throw new Error(
            `checkInDue: main says ${actual} at ${moment.now}; set main.now and last night's check-in so it is ${expected}`,
          )
      },
    },
    /** Sends the current snapshot to every window listening, as main does after a change. */
    push: main.push,
    /** The next settings save is refused with these problems, by the store, as a damaged write would be. */
    rejectNextUpdate(problems: Problem[]) {
      store.failNext('setSettings', new ValidationError(problems))
    },
  }
}

export type FakeMain = ReturnType<typeof installFakeMain>

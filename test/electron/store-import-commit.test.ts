// An import writes settings, every year file and the journal as one commit: whatever disk call fails, or
// wherever the process dies, a restart finds all the old data or all the new, and the caller is told which.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { COMMIT_MARKER, realIo, type StoreIo } from '../../electron/store-files.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { checkInOf } from '../support/check-ins.ts'
import { fakeSafeStorage } from '../support/electron-mock.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-commit-')
const quiet = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger

const night = (paused: boolean): NightRecord => ({ ...emptyNightRecord(), paused })
const checkIn = checkInOf
const OLD = {
  settings: { ...defaultSettings(), bedtime: '21:00' } as Settings,
  nights: { '2025-03-01': night(false), '2026-11-24': night(false) },
  journal: {
    ...emptyJournal(),
    labs: [{ id: 'lab-old', kind: 'ferritin', value: 30, date: '2025-02-01' }],
    // Check-ins live in one file per year: these put journal-2025 and journal-2026 in the commit.
    checkIns: { '2025-03-01': checkIn(2), '2026-11-24': checkIn(3) },
  } as Journal,
}
const NEW = {
  settings: { ...defaultSettings(), bedtime: '23:40' } as Settings,
  nights: { '2026-11-24': night(true), '2027-01-02': night(true) },
  journal: {
    ...emptyJournal(),
    labs: [{ id: 'lab-new', kind: 'tsat', value: 25, date: '2026-11-20' }],
    checkIns: { '2026-11-24': checkIn(8), '2027-01-02': checkIn(9) },
  } as Journal,
}

type Store = ReturnType<typeof createStore>
const view = (store: Store) => ({
  settings: store.getSettings(),
  nights: store.allNights(),
  journal: store.getJournal(),
})

/**
 * Counts disk calls once armed (so the store's start-up is not counted); from call `failAt` on, either
 * that one call fails or (crash) every later one does.
 */
function faultyIo(failAt: number, mode: 'once' | 'crash') {
  let calls = 0
  let armed = false
  const wrap =
    <A extends unknown[]>(name: keyof StoreIo, real: (...args: A) => void) =>
    (...args: A) => {
      if (!armed) return real(...args)
      const n = calls++
      if (n === failAt || (mode === 'crash' && n > failAt)) {
        throw Object.assign(new Error(`EIO: i/o error, ${name}`), { code: 'EIO' })
      }
      real(...args)
    }
  const io: StoreIo = {
    writeNew: wrap('writeNew', realIo.writeNew),
    rename: wrap('rename', realIo.rename),
    remove: wrap('remove', realIo.remove),
    syncFolder: wrap('syncFolder', realIo.syncFolder),
  }
  return {
    io,
    calls: () => calls,
    arm() {
      armed = true
    },
  }
}

function seeded(encrypted: boolean): { dir: string; keychain?: ReturnType<typeof fakeSafeStorage> } {
  const dir = tempDir()
  const keychain = encrypted ? fakeSafeStorage({ available: true }) : undefined
  const store = createStore({
    directory: dir,
    logger: quiet(),
    ...(keychain ? { keyWrapper: keychain } : {}),
  })
  store.replaceAll(OLD)
  return keychain ? { dir, keychain } : { dir }
}

const reopen = (dir: string, keychain?: ReturnType<typeof fakeSafeStorage>) =>
  createStore({ directory: dir, logger: quiet(), ...(keychain ? { keyWrapper: keychain } : {}) })

/** Disk calls a whole import makes from a seeded store (the same for every run of this fixture). */
function callsOfAnImport(encrypted: boolean): number {
  const { dir, keychain } = seeded(encrypted)
  const counter = faultyIo(Number.POSITIVE_INFINITY, 'once')
  const store = createStore({
    directory: dir,
    logger: quiet(),
    io: counter.io,
    ...(keychain ? { keyWrapper: keychain } : {}),
  })
  counter.arm()
  store.replaceAll(NEW)
  return counter.calls()
}

describe.each([false, true])('import commit (encrypted: %s)', (encrypted) => {
  const steps = callsOfAnImport(encrypted)
  const expected = { old: expect.objectContaining(OLD), new: expect.objectContaining(NEW) }

  it('a complete import is all new after a restart, and leaves no temp files or marker', () => {
    expect(steps).toBeGreaterThanOrEqual(8)
    const { dir, keychain } = seeded(encrypted)
    reopen(dir, keychain).replaceAll(NEW)
    expect(view(reopen(dir, keychain))).toEqual(expected.new)
    expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp-') || n === COMMIT_MARKER)).toEqual([])
  })

  it.each(Array.from({ length: steps }, (_, i) => i))(
    'disk call %i of the import fails once: the caller is told the truth, a restart agrees',
    (failAt) => {
      const { dir, keychain } = seeded(encrypted)
      const faults = faultyIo(failAt, 'once')
      const store = createStore({
        directory: dir,
        logger: quiet(),
        io: faults.io,
        ...(keychain ? { keyWrapper: keychain } : {}),
      })
      faults.arm()
      let threw: unknown = null
      try {
        store.replaceAll(NEW)
      } catch (error) {
        threw = error
      }
      const after = view(reopen(dir, keychain))
      if (threw) {
        expect(String(threw)).toMatch(/Nothing was changed/)
        expect(view(store)).toEqual(expected.old)
        expect(after).toEqual(expected.old)
      } else {
        expect(view(store)).toEqual(expected.new)
        expect(after).toEqual(expected.new)
      }
    },
  )

  it.each(Array.from({ length: steps }, (_, i) => i))(
    'the process dies at disk call %i of the import: a restart finds all old or all new',
    (failAt) => {
      const { dir, keychain } = seeded(encrypted)
      const faults = faultyIo(failAt, 'crash')
      const store = createStore({
        directory: dir,
        logger: quiet(),
        io: faults.io,
        ...(keychain ? { keyWrapper: keychain } : {}),
      })
      faults.arm()
      try {
        store.replaceAll(NEW)
      } catch {
        // A crash: whatever the store said, only the disk counts now.
      }
      const restarted = reopen(dir, keychain)
      const after = view(restarted)
      expect([expected.old, expected.new]).toContainEqual(after)
      expect(after.settings.bedtime === NEW.settings.bedtime).toBe(after.journal.labs[0]?.id === 'lab-new')
      // Every journal year file moved with the rest: the check-ins are all old or all new too.
      expect(after.journal.checkIns).toEqual(
        after.settings.bedtime === NEW.settings.bedtime ? NEW.journal.checkIns : OLD.journal.checkIns,
      )
      expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp-') || n === COMMIT_MARKER)).toEqual([])
    },
  )
})

describe('import commit: details', () => {
  it('a night in year 226 is refused, naming it, and nothing is written', () => {
    const dir = tempDir()
    const store = createStore({ directory: dir, logger: quiet() })
    const before = fs.readdirSync(dir).sort()
    expect(() => store.replaceAll({ ...OLD, nights: { '0226-05-01': night(true) } })).toThrow(
      /from the year 1000 on, got "0226-05-01"/,
    )
    expect(fs.readdirSync(dir).sort()).toEqual(before)
    expect(fs.existsSync(path.join(dir, 'nights-0226.json'))).toBe(false)
  })
})

// Check-ins filed one per year and read lazily: start-up reads only recent years, yet history, export and
// backup still see every record; the single journal.json of earlier builds (plain or encrypted) is split in
// one commit, every record kept, and the old file set aside, never deleted.
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { setUpKey } from '../../electron/store-crypto.ts'
import { realIo } from '../../electron/store-files.ts'
import { nightOfDay } from '../../electron/store-history-index.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { addDays } from '../../shared/night.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { checkInOf } from '../support/check-ins.ts'
import { fakeSafeStorage } from '../support/electron-mock.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-journal-years-')
const T0 = Date.UTC(2026, 10, 24, 21, 30)
const quiet = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger

const checkIn = checkInOf
const done = (night: string): NightRecord => ({
  ...emptyNightRecord(),
  planned: ['a'],
  steps: { a: { status: 'done', at: `${night}T21:00:00+01:00` } },
})

/** Nights and check-ins every day from `from` for `days` days. */
function years(from: string, days: number): { nights: Record<string, NightRecord>; journal: Journal } {
  const nights: Record<string, NightRecord> = {}
  const journal: Journal = { ...emptyJournal(), travelNights: ['2019-06-01'] }
  for (let i = 0, n = from; i < days; i++, n = addDays(n, 1)) {
    nights[n] = done(n)
    journal.checkIns[n] = checkIn(i % 11)
  }
  return { nights, journal }
}

const open = (directory: string, keyWrapper?: ReturnType<typeof fakeSafeStorage>) =>
  createStore({ directory, logger: quiet(), now: () => T0, ...(keyWrapper ? { keyWrapper } : {}) })

describe('store: years read lazily', () => {
  it('reads only recent years at start, and history, export and backup still get every record', () => {
    const dir = tempDir()
    const data = years('2019-01-01', 365 * 8)
    open(dir).replaceAll({ settings: defaultSettings(), ...data })
    expect(fs.readdirSync(dir)).toEqual(expect.arrayContaining(['journal-2019.json', 'journal-core.json']))

    const store = open(dir)
    expect(store.loadedYears()).toEqual({ nights: [2025, 2026], checkIns: [2025, 2026] })
    // What tonight needs is there without the older years.
    expect(store.readNight('2026-11-20')).toEqual(data.nights['2026-11-20'])
    expect(Object.keys(store.recentJournal().checkIns)[0]).toBe('2025-01-01')

    // Export and backup read everything.
    expect(store.allNights()).toEqual(data.nights)
    expect(store.getJournal()).toEqual(data.journal)
    // History's best streak sees every year: eight years of complete evenings, the travel night stepped over.
    const fresh = open(dir)
    const { best } = fresh.streaks('2026-12-24')
    expect(best.from).toBe('2019-01-01')
    expect(best.length).toBe(365 * 8 - 1)
    expect(fresh.loadedYears().checkIns).toHaveLength(8)
  })

  it('keeps the streak index right as tonight and an old night are saved after it was built', () => {
    const dir = tempDir()
    open(dir).replaceAll({ settings: defaultSettings(), ...years('2020-01-01', 365 * 3) })
    const store = open(dir)
    const before = store.streaks('2022-12-31').best
    store.setNight('2022-12-31', done('2022-12-31'))
    expect(store.streaks('2022-12-31').best.length).toBe(before.length + 1)
    store.setNight('2020-06-01', { ...emptyNightRecord(), planned: ['a'] })
    expect(store.streaks('2022-12-31').best.from).toBe('2020-06-02')
    expect(store.streaks('2022-12-31')).toEqual(open(dir).streaks('2022-12-31'))
  })

  it('a restart serves history from the saved index without reading old years, until one changes', () => {
    const dir = tempDir()
    open(dir).replaceAll({ settings: defaultSettings(), ...years('2018-01-01', 365 * 9) })
    const first = open(dir)
    const streaks = first.streaks('2026-11-24')
    expect(fs.readdirSync(dir)).toContain('history-index.json')

    const second = open(dir)
    expect(second.streaks('2026-11-24')).toEqual(streaks)
    expect(second.loadedYears()).toEqual({ nights: [2025, 2026], checkIns: [2025, 2026] })

    // An old year changes: its file no longer matches the saved index, so it is read and counted right.
    second.setNight('2019-03-01', { ...emptyNightRecord(), planned: ['a'] })
    const third = open(dir)
    expect(third.streaks('2026-11-24').best.from).toBe('2019-03-02')
    expect(third.loadedYears().nights).toEqual([2019, 2025, 2026])
    expect(third.streaks('2026-11-24')).toEqual(second.streaks('2026-11-24'))
  })

  it('ignores a damaged saved index and reads the years instead', () => {
    const dir = tempDir()
    open(dir).replaceAll({ settings: defaultSettings(), ...years('2020-01-01', 365 * 4) })
    const streaks = open(dir).streaks('2026-11-24')
    fs.writeFileSync(
      path.join(dir, 'history-index.json'),
      '{"schemaVersion":1,"nights":{"2020":{"fingerprint":1',
    )
    const store = open(dir)
    expect(store.streaks('2026-11-24')).toEqual(streaks)
    expect(store.loadedYears().nights).toEqual([2020, 2021, 2022, 2023])
  })

  it('saves one check-in into its year file only', () => {
    const dir = tempDir()
    open(dir).replaceAll({ settings: defaultSettings(), ...years('2024-01-01', 365 * 2) })
    const old = fs.readFileSync(path.join(dir, 'journal-2024.json'))
    const store = open(dir)
    store.setCheckIn('2025-11-01', checkIn(9))
    expect(fs.readFileSync(path.join(dir, 'journal-2024.json'))).toEqual(old)
    expect(open(dir).getJournal().checkIns['2025-11-01']?.severity).toBe(9)
    expect(() => store.setCheckIn('2025-11-02', { ...checkIn(1), severity: 12 })).toThrow(
      /journal\.checkIns.*2025-11-02.*severity/,
    )
  })
})

describe('saved index keys', () => {
  it('turns day numbers into the same night keys as the shared date code, years 0 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('0000-01-01'), max: dayNumber('9999-12-31') }), (day) => {
        expect(nightOfDay(day)).toBe(dateFromDayNumber(day))
      }),
      { numRuns: 2000 },
    )
  })
})

describe.each([false, true])('store: a single journal.json is split (encrypted: %s)', (encrypted) => {
  it('keeps every record in year files and the core file, and sets the old file aside', () => {
    const dir = tempDir()
    const keychain = encrypted ? fakeSafeStorage({ available: true }) : undefined
    const { journal } = years('2023-12-30', 400)
    journal.labs = [{ id: 'lab-1', kind: 'ferritin', value: 40, date: '2024-02-01' }]
    journal.dismissedPrompts = ['severe-nights:2024-01-02']
    const text = JSON.stringify({ schemaVersion: 1, journal })
    const legacy = path.join(dir, 'journal.json')
    if (keychain) {
      const { sealer } = setUpKey({
        directory: dir,
        wrapper: keychain,
        io: realIo,
        logger: quiet(),
        writable: true,
      })
      fs.writeFileSync(legacy, sealer.seal('journal', text))
    } else {
      fs.writeFileSync(legacy, text)
    }
    const original = fs.readFileSync(legacy)

    const store = open(dir, keychain)
    expect(store.getJournal()).toEqual(journal)
    const names = fs.readdirSync(dir)
    expect(names).toEqual(
      expect.arrayContaining(['journal-2023.json', 'journal-2024.json', 'journal-2025.json']),
    )
    expect(names).not.toContain('journal.json')
    const aside = names.filter((n) => n.startsWith('journal.json.migrated-'))
    expect(aside).toHaveLength(1)
    expect(fs.readFileSync(path.join(dir, aside[0] as string))).toEqual(original)
    for (const name of ['journal-core.json', 'journal-2024.json']) {
      const bytes = fs.readFileSync(path.join(dir, name), 'utf8')
      expect(bytes.includes('"checkIns"') || bytes.includes('"journal"')).toBe(!encrypted)
    }
    // A restart reads the new files; the old one is not read again.
    expect(open(dir, keychain).getJournal()).toEqual(journal)
  })
})

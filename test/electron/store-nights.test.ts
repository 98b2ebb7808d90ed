// Night records filed one per calendar year: a save rewrites only its year, damage stays in its year, and
// the single nights.json of earlier builds is split into year files and kept aside.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-nights-')

const T0 = Date.UTC(2026, 10, 24, 21, 30, 0, 5)
const STAMP = '2026-11-24T21-30-00-005Z'
const spyLogger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger
const open = (directory: string, logger: Logger = spyLogger()) =>
  createStore({ directory, logger, now: () => T0 })
const bytesOf = (dir: string, name: string) => fs.readFileSync(path.join(dir, name))
const nightsIn = (dir: string, name: string) => JSON.parse(bytesOf(dir, name).toString('utf8')).nights
const listed = (dir: string) => fs.readdirSync(dir).sort()

const night = (step: string, paused = false): NightRecord => ({
  ...emptyNightRecord(),
  steps: { [step]: { status: 'done', at: '2026-01-01T21:00:00+01:00' } },
  notified: [step],
  paused,
})
const newYearsEve = night('leg-stretch')
const newYearsDay = night('warm-bath')
const fileOf = (nights: Record<string, NightRecord>) =>
  JSON.stringify({ schemaVersion: 1, nights }, null, '\t')

describe('store: one file per year of nights', () => {
  it('files a 2025 and a 2026 night in two year files, each holding only its own year', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setNight('2025-12-31', newYearsEve)
    store.setNight('2026-01-01', newYearsDay)
    expect(listed(dir)).toEqual(['nights-2025.json', 'nights-2026.json'])
    expect(nightsIn(dir, 'nights-2025.json')).toEqual({ '2025-12-31': newYearsEve })
    expect(nightsIn(dir, 'nights-2026.json')).toEqual({ '2026-01-01': newYearsDay })

    const again = open(dir)
    expect(again.allNights()).toEqual({ '2025-12-31': newYearsEve, '2026-01-01': newYearsDay })
    expect(again.getNight('2026-01-01')).toEqual(newYearsDay)
    expect(again.takeNotices()).toEqual([])
  })

  it('saving a 2026 night leaves the 2025 file byte for byte as it was', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setNights({ '2025-12-31': newYearsEve, '2026-01-01': newYearsDay })
    const before2025 = bytesOf(dir, 'nights-2025.json')
    const before2026 = bytesOf(dir, 'nights-2026.json')
    // Rewriting it would give the same bytes, so it is also dated in the past: any write would move that.
    const longAgo = new Date('2020-01-01T00:00:00Z')
    fs.utimesSync(path.join(dir, 'nights-2025.json'), longAgo, longAgo)
    store.setNight('2026-01-01', { ...newYearsDay, paused: true })
    store.setNight('2026-01-02', newYearsDay)
    expect(bytesOf(dir, 'nights-2025.json').equals(before2025)).toBe(true)
    expect(fs.statSync(path.join(dir, 'nights-2025.json')).mtimeMs).toBe(longAgo.getTime())
    expect(bytesOf(dir, 'nights-2026.json').equals(before2026)).toBe(false)
    expect(Object.keys(nightsIn(dir, 'nights-2026.json')).sort()).toEqual(['2026-01-01', '2026-01-02'])
    expect(open(dir).getNight('2026-01-01').paused).toBe(true)
  })

  it('an unknown night of a year with no file is an empty record, and no file appears for it', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setNight('2026-01-01', newYearsDay)
    expect(store.getNight('2019-06-01')).toEqual(emptyNightRecord())
    expect(store.getNight('2026-06-01')).toEqual(emptyNightRecord())
    expect(listed(dir)).toEqual(['nights-2026.json'])
  })

  it('one bad night among several years changes no year, in memory or on disk', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setNights({ '2025-12-31': newYearsEve, '2026-01-01': newYearsDay })
    const before = { a: bytesOf(dir, 'nights-2025.json'), b: bytesOf(dir, 'nights-2026.json') }
    const bad = { ...newYearsDay, notified: 'all' } as unknown as NightRecord
    expect(() =>
      store.setNights({ '2025-12-30': newYearsEve, '2024-05-05': newYearsEve, '2026-01-02': bad }),
    ).toThrow(/nights\.2026-01-02\.notified: /)
    const settings = defaultSettings()
    expect(() =>
      store.replaceAll({
        settings,
        nights: { '2023-01-01': newYearsDay },
        journal: { ...emptyJournal(), labs: 'none' } as unknown as Journal,
      }),
    ).toThrow(/journal\.labs: /)
    expect(store.allNights()).toEqual({ '2025-12-31': newYearsEve, '2026-01-01': newYearsDay })
    expect(listed(dir)).toEqual(['nights-2025.json', 'nights-2026.json'])
    expect(bytesOf(dir, 'nights-2025.json').equals(before.a)).toBe(true)
    expect(bytesOf(dir, 'nights-2026.json').equals(before.b)).toBe(true)
  })

  it('replacing everything empties the years the new data has no nights for', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setNights({ '2025-12-31': newYearsEve, '2026-01-01': newYearsDay })
    store.replaceAll({
      settings: defaultSettings(),
      nights: { '2024-02-29': newYearsEve },
      journal: emptyJournal(),
    })
    expect(store.allNights()).toEqual({ '2024-02-29': newYearsEve })
    expect(open(dir).allNights()).toEqual({ '2024-02-29': newYearsEve })
    expect(nightsIn(dir, 'nights-2025.json')).toEqual({})
  })
})

describe('store: a damaged year file', () => {
  it('is copied aside byte for byte with one notice, and the other years load untouched', () => {
    const dir = tempDir()
    const damaged = Buffer.from(fileOf({ '2025-12-31': newYearsEve }).slice(0, 40))
    const intact = fileOf({ '2026-01-01': newYearsDay })
    fs.writeFileSync(path.join(dir, 'nights-2025.json'), damaged)
    fs.writeFileSync(path.join(dir, 'nights-2026.json'), intact)
    const logger = spyLogger()

    const store = open(dir, logger)

    expect(store.allNights()).toEqual({ '2026-01-01': newYearsDay })
    expect(store.getNight('2025-12-31')).toEqual(emptyNightRecord())
    const copy = `nights-2025.corrupt-${STAMP}.json`
    expect(bytesOf(dir, copy).equals(damaged)).toBe(true)
    const notices = store.takeNotices()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain(path.join(dir, copy))
    expect(notices[0]).toContain('no saved nights for 2025')
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('nights-2025.json is unusable'))
    expect(listed(dir)).toEqual([copy, 'nights-2026.json'])
    expect(bytesOf(dir, 'nights-2026.json').toString('utf8')).toBe(intact)

    // The year starts again from nothing and saves normally.
    store.setNight('2025-12-30', newYearsEve)
    const again = open(dir)
    expect(again.takeNotices()).toEqual([])
    expect(again.allNights()).toEqual({ '2025-12-30': newYearsEve, '2026-01-01': newYearsDay })
  })

  it('a year file holding a night of another year is unusable, and the notice names that night', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'nights-2026.json'), fileOf({ '2025-12-31': newYearsEve }))
    const store = open(dir)
    expect(store.allNights()).toEqual({})
    expect(store.takeNotices()).toEqual([
      expect.stringMatching(/nights\.2025-12-31: expected a night in 2026/),
    ])
    expect(listed(dir)).toEqual([`nights-2026.corrupt-${STAMP}.json`])
  })
})

describe('store: the single nights.json of earlier builds', () => {
  const legacyNights = {
    '2025-12-31': newYearsEve,
    '2026-01-01': newYearsDay,
    '2026-11-24': night('x', true),
  }

  it('is split into year files at start and kept aside byte for byte, never deleted', () => {
    const dir = tempDir()
    const legacy = Buffer.from(fileOf(legacyNights))
    fs.writeFileSync(path.join(dir, 'nights.json'), legacy)
    const logger = spyLogger()

    const store = open(dir, logger)

    expect(store.allNights()).toEqual(legacyNights)
    expect(store.takeNotices()).toEqual([])
    const aside = `nights.json.migrated-${STAMP}`
    expect(listed(dir)).toEqual([aside, 'nights-2025.json', 'nights-2026.json'].sort())
    expect(bytesOf(dir, aside).equals(legacy)).toBe(true)
    expect(nightsIn(dir, 'nights-2025.json')).toEqual({ '2025-12-31': newYearsEve })
    expect(nightsIn(dir, 'nights-2026.json')).toEqual({
      '2026-01-01': newYearsDay,
      '2026-11-24': legacyNights['2026-11-24'],
    })
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/moved 3 nights from .*nights\.json/))

    // A restart reads the year files; nothing is migrated twice.
    const again = open(dir)
    expect(again.allNights()).toEqual(legacyNights)
    expect(listed(dir)).toEqual([aside, 'nights-2025.json', 'nights-2026.json'].sort())
  })

  it('fills in only the nights the year files lack, which hold the newer records', () => {
    const dir = tempDir()
    const newer = { ...newYearsDay, paused: true }
    fs.writeFileSync(path.join(dir, 'nights.json'), fileOf(legacyNights))
    fs.writeFileSync(path.join(dir, 'nights-2026.json'), fileOf({ '2026-01-01': newer }))
    const store = open(dir)
    expect(store.allNights()).toEqual({ ...legacyNights, '2026-01-01': newer })
    expect(open(dir).allNights()).toEqual({ ...legacyNights, '2026-01-01': newer })
  })

  it('stays in place while a year file cannot be written, and is migrated once it can', () => {
    const dir = tempDir()
    const legacy = fileOf(legacyNights)
    fs.writeFileSync(path.join(dir, 'nights.json'), legacy)
    fs.mkdirSync(path.join(dir, 'nights-2026.json'))

    const store = open(dir)
    // The nights are all there in memory; the one notice is about the folder in the way.
    expect(store.allNights()).toEqual(legacyNights)
    expect(store.takeNotices()).toEqual([expect.stringContaining(path.join(dir, 'nights-2026.json'))])
    expect(bytesOf(dir, 'nights.json').toString('utf8')).toBe(legacy)

    fs.rmdirSync(path.join(dir, 'nights-2026.json'))
    const again = open(dir)
    expect(again.allNights()).toEqual(legacyNights)
    expect(listed(dir)).toEqual(
      [`nights.json.migrated-${STAMP}`, 'nights-2025.json', 'nights-2026.json'].sort(),
    )
  })

  it('when damaged, is copied aside as before with one notice, and the year files are untouched', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'nights.json'), '{"schemaVersion": 1, "nights": {')
    const year = fileOf({ '2026-01-01': newYearsDay })
    fs.writeFileSync(path.join(dir, 'nights-2026.json'), year)
    const store = open(dir)
    expect(store.allNights()).toEqual({ '2026-01-01': newYearsDay })
    const copy = `nights.corrupt-${STAMP}.json`
    expect(store.takeNotices()).toEqual([expect.stringContaining(path.join(dir, copy))])
    expect(bytesOf(dir, copy).toString('utf8')).toBe('{"schemaVersion": 1, "nights": {')
    expect(listed(dir)).toEqual([copy, 'nights-2026.json'].sort())
    expect(bytesOf(dir, 'nights-2026.json').toString('utf8')).toBe(year)
  })
})

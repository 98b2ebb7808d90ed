// The store as callers use it, at its edges: a whole journal written as a difference, date ranges across
// year files, and streaks kept in step without a restart.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sameJson } from '../../electron/store.ts'
import { MAX_NIGHTS } from '../../shared/backup.ts'
import type { CheckIn } from '../../shared/checkin.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { checkInOf } from '../support/check-ins.ts'
import { quiet } from '../support/logger.ts'
import { inode, messageOf, openStore } from '../support/store-kit.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-store-api-')
const _spyLogger = quiet
const open = openStore

const checkIn = checkInOf
const night = (n: number): NightRecord => ({ ...emptyNightRecord(), notified: [`step-${n}`] })

afterEach(() => {
  vi.useRealTimers()
})

describe('a whole journal', () => {
  const journal = (checkIns: Record<string, CheckIn>): Journal => ({ ...emptyJournal(), checkIns })

  it('removes the check-ins it no longer holds, in every year, and a restart agrees', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setJournal(
      journal({ '2019-03-01': checkIn(1), '2026-11-23': checkIn(2), '2026-11-24': checkIn(3) }),
    )
    store.setJournal(journal({ '2026-11-24': checkIn(3) }))
    expect(Object.keys(store.getJournal().checkIns)).toEqual(['2026-11-24'])
    expect(open(dir).getJournal().checkIns).toEqual({ '2026-11-24': checkIn(3) })
  })

  it('removes a check-in of a year not read since the start', () => {
    const dir = tempDir()
    open(dir).setJournal(
      journal({ '2019-03-01': checkIn(1), '2020-03-01': checkIn(1), '2026-11-24': checkIn(3) }),
    )
    const fresh = open(dir)
    // 2019 is neither this year, last year nor one of the two latest on disk: not read at start.
    expect(fresh.loadedYears().checkIns).toEqual([2020, 2026])
    fresh.setJournal(journal({ '2020-03-01': checkIn(1), '2026-11-24': checkIn(3) }))
    expect(Object.keys(open(dir).getJournal().checkIns).sort()).toEqual(['2020-03-01', '2026-11-24'])
  })

  it('rewrites only the year files whose check-ins changed, and the core only when it changed', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setJournal({
      ...journal({ '2025-06-01': checkIn(1), '2026-11-24': checkIn(3) }),
      travelNights: ['2026-11-01'],
    })
    const file = (name: string) => path.join(dir, `${name}.json`)
    const before = { y2025: inode(file('journal-2025')), core: inode(file('journal-core')) }
    store.setJournal({
      ...journal({ '2025-06-01': checkIn(1), '2026-11-24': checkIn(4) }),
      travelNights: ['2026-11-01'],
    })
    expect(inode(file('journal-2025'))).toBe(before.y2025)
    expect(inode(file('journal-core'))).toBe(before.core)
    store.setJournal({
      ...journal({ '2025-06-01': checkIn(1), '2026-11-24': checkIn(4) }),
      travelNights: ['2026-11-20'],
    })
    expect(inode(file('journal-core'))).not.toBe(before.core)
    expect(open(dir).getJournal().travelNights).toEqual(['2026-11-20'])
  })

  it('that is not an object, or whose check-ins are not, is refused naming the field', () => {
    const store = open(tempDir())
    expect(messageOf(() => store.setJournal(null as never))).toBe(
      'journal: Invalid input: expected object, received null',
    )
    expect(messageOf(() => store.setJournal({ ...emptyJournal(), checkIns: [] as never }))).toMatch(
      /^journal\.checkIns: Invalid input: expected record/,
    )
    expect(store.getJournal()).toEqual(emptyJournal())
  })

  it(`holds at most ${MAX_NIGHTS} check-ins, and one more is refused naming the field`, () => {
    const store = open(tempDir())
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 0]))
    // Exactly the limit passes the count, and is then refused for its first key.
    expect(messageOf(() => store.setJournal(journal(keys(MAX_NIGHTS) as never)))).toMatch(
      /^journal\.checkIns\.k0: /,
    )
    const tooMany = keys(MAX_NIGHTS + 1)
    expect(messageOf(() => store.setJournal(journal(tooMany as never)))).toBe(
      `journal.checkIns: expected at most ${MAX_NIGHTS} check-ins`,
    )
  })

  it('a check-in under the key "__proto__" is refused as a night, not taken as a prototype', () => {
    const store = open(tempDir())
    const checkIns = JSON.parse(`{"__proto__": ${JSON.stringify(checkIn(1))}}`)
    expect(messageOf(() => store.setJournal(journal(checkIns)))).toBe(
      'journal.checkIns.__proto__: expected a night as a real date YYYY-MM-DD, got "__proto__"',
    )
    expect(store.getJournal().checkIns).toEqual({})
  })

  it('a bad core field is refused naming it, and nothing changes', () => {
    const dir = tempDir()
    const store = open(dir)
    expect(
      messageOf(() => store.setJournal({ ...journal({ '2026-11-24': checkIn(1) }), travelNights: ['soon'] })),
    ).toMatch(/^journal\.travelNights\[0\]: /)
    expect(store.getJournal()).toEqual(emptyJournal())
    expect(fs.readdirSync(dir)).toEqual([])
  })
})

describe('one check-in or the journal core', () => {
  it('a check-in for a night that is not a date is refused naming the night', () => {
    const store = open(tempDir())
    expect(messageOf(() => store.setCheckIn('tonight', checkIn(1)))).toMatch(/^night: /)
  })

  it('a new core keeps the check-ins, and its travel nights count in the streaks at once', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setCheckIn('2026-11-24', checkIn(5))
    const { checkIns: _none, ...core } = emptyJournal()
    store.setJournalCore({ ...core, travelNights: ['2026-11-23'] })
    expect(open(dir).getJournal()).toEqual({
      ...emptyJournal(),
      travelNights: ['2026-11-23'],
      checkIns: { '2026-11-24': checkIn(5) },
    })
    expect(messageOf(() => store.setJournalCore({ ...emptyJournal(), labs: 'none' } as never))).toMatch(
      /^journal\.labs: /,
    )
  })
})

describe('date ranges across year files', () => {
  it('a night of a year with no file is read without touching that year', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setNight('2024-05-01', night(1))
    const again = open(dir)
    expect(again.getNight('2010-01-01')).toEqual(emptyNightRecord())
    expect(again.nightsBetween('2010-01-01', '2010-12-31')).toEqual({})
    expect(again.loadedYears().nights).toEqual([2024])
  })

  it('every night comes oldest first, whatever order the years were read in', () => {
    const dir = tempDir()
    const keys = [
      '2014-02-01',
      '2015-03-01',
      '2016-04-01',
      '2017-05-01',
      '2018-06-01',
      '2019-07-01',
      '2020-08-01',
      '2021-09-01',
      '2022-10-01',
      '2023-11-01',
      '2024-12-01',
    ]
    // Saved newest year first, so the years become known newest first.
    const store = open(dir)
    store.setNights(Object.fromEntries([...keys].reverse().map((k, i) => [k, night(i)])))
    expect(Object.keys(store.allNights())).toEqual(keys)
    expect(Object.keys(store.nightsBetween('2014-01-01', '2024-12-31'))).toEqual(keys)
    const again = open(dir)
    again.getNight('2018-06-01')
    expect(Object.keys(again.allNights())).toEqual(keys)
    expect(Object.keys(open(dir).nightsBetween('2014-01-01', '2024-12-31'))).toEqual(keys)
  })

  it('take both ends and every night between, across three years, and nothing outside', () => {
    const dir = tempDir()
    const store = open(dir)
    const keys = ['2023-12-31', '2024-01-01', '2024-07-01', '2025-06-15', '2026-01-01', '2026-01-02']
    store.setNights(Object.fromEntries(keys.map((k, i) => [k, night(i)])))
    const again = open(dir)
    expect(Object.keys(again.nightsBetween('2024-01-01', '2026-01-01')).sort()).toEqual([
      '2024-01-01',
      '2024-07-01',
      '2025-06-15',
      '2026-01-01',
    ])
    expect(Object.keys(again.nightsBetween('2024-07-01', '2024-07-01'))).toEqual(['2024-07-01'])
    expect(again.nightsBetween('2024-07-02', '2025-06-14')).toEqual({})
  })

  it('the recent journal starts at the first of January of last year; an earlier start reaches back', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setJournal({
      ...emptyJournal(),
      checkIns: { '2024-12-31': checkIn(1), '2025-01-01': checkIn(2), '2026-11-24': checkIn(3) },
    })
    const again = open(dir)
    expect(Object.keys(again.recentJournal().checkIns).sort()).toEqual(['2025-01-01', '2026-11-24'])
    expect(Object.keys(again.journalFrom('2026-11-01').checkIns).sort()).toEqual(['2025-01-01', '2026-11-24'])
    expect(Object.keys(again.journalFrom('2024-12-31').checkIns).sort()).toEqual([
      '2024-12-31',
      '2025-01-01',
      '2026-11-24',
    ])
    expect(Object.keys(again.checkInsBetween('2024-12-31', '2025-01-01')).sort()).toEqual([
      '2024-12-31',
      '2025-01-01',
    ])
  })
})

describe('streaks without a restart', () => {
  const doneNight = (n: string): NightRecord => ({
    ...emptyNightRecord(),
    planned: ['a'],
    steps: { a: { status: 'done', at: `${n}T21:00:00+01:00` } },
  })
  const nights = Object.fromEntries(
    ['2026-11-20', '2026-11-21', '2026-11-23', '2026-11-24'].map((n) => [n, doneNight(n)]),
  )
  const { checkIns: _none, ...core } = emptyJournal()

  it('a travel night set in the journal bridges the gap at once', () => {
    const store = open(tempDir())
    store.setNights(nights)
    expect(store.streaks('2026-11-24').current).toEqual({ length: 2, from: '2026-11-23', to: '2026-11-24' })
    store.setJournalCore({ ...core, travelNights: ['2026-11-22'] })
    expect(store.streaks('2026-11-24').current).toEqual({ length: 4, from: '2026-11-20', to: '2026-11-24' })
    store.setJournal({ ...store.getJournal(), travelNights: [] })
    expect(store.streaks('2026-11-24').current.length).toBe(2)
  })

  it('an import is counted at once, travel nights included, as a restart would count it', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setNight('2026-11-10', doneNight('2026-11-10'))
    expect(store.streaks('2026-11-24').best.length).toBe(1)
    store.replaceAll({
      settings: defaultSettings(),
      nights,
      journal: { ...emptyJournal(), travelNights: ['2026-11-22'] },
    })
    const expected = { length: 4, from: '2026-11-20', to: '2026-11-24' }
    expect(store.streaks('2026-11-24')).toEqual({ current: expected, best: expected })
    expect(open(dir).streaks('2026-11-24')).toEqual({ current: expected, best: expected })
  })
})

describe('comparing stored values', () => {
  it('ignores key order but not a missing, extra or differently named key, or list against object', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameJson({ a: undefined }, { b: undefined })).toBe(false)
    expect(sameJson([1], { 0: 1 })).toBe(false)
    expect(sameJson({ a: null }, { a: {} })).toBe(false)
    expect(sameJson([1, 2], [2, 1])).toBe(false)
    expect(sameJson(1, '1')).toBe(false)
  })
})

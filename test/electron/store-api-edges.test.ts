// The store as callers use it, at its edges: a whole journal written as a difference, date ranges across
// year files, a write that failed waiting before it tries again, and an import the folder cannot take.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { createStore, ImportNotSaved, sameJson, WRITE_RETRY_MS } from '../../electron/store.ts'
import { COMMIT_MARKER, realIo, type StoreIo } from '../../electron/store-files.ts'
import { MAX_NIGHTS } from '../../shared/backup.ts'
import { type CheckIn, noTriggers } from '../../shared/checkin.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { fakeSafeStorage } from '../support/electron-mock.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-store-api-')
const T0 = Date.UTC(2026, 10, 24, 21, 30)
const spyLogger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger
const open = (directory: string, opts: { io?: StoreIo; now?: () => number; logger?: Logger } = {}) =>
  createStore({ directory, logger: opts.logger ?? spyLogger(), now: opts.now ?? (() => T0), io: opts.io })

const checkIn = (severity: number): CheckIn => ({
  severity,
  sleepQuality: 6,
  onset: 'bedtime',
  triggers: noTriggers(),
  note: '',
  savedAt: '2026-11-25T08:00:00+01:00',
})
const night = (n: number): NightRecord => ({ ...emptyNightRecord(), notified: [`step-${n}`] })
const inode = (file: string) => fs.statSync(file).ino
const messageOf = (fn: () => void) => {
  try {
    fn()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected it to throw')
}

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

describe('a write that failed', () => {
  function flakyDisk() {
    const disk = { down: false, writes: 0 }
    const io: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        disk.writes++
        if (disk.down) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
        realIo.writeNew(file, bytes)
      },
    }
    return { disk, io }
  }

  it('tells the person once, naming the data, the file and why', () => {
    const dir = tempDir()
    const { disk, io } = flakyDisk()
    const store = open(dir, { io })
    disk.down = true
    store.setSettings({ ...defaultSettings(), bedtime: '23:00' })
    store.setSettings({ ...defaultSettings(), bedtime: '23:10' })
    // The flush at quit tries again and fails again: still the one notice.
    expect(store.flush()).toHaveLength(1)
    expect(store.takeNotices()).toEqual([
      `Eventide could not save your settings to ${path.join(dir, 'settings.json')} (the disk is full). It keeps your changes while it runs and tries again shortly and when it quits.`,
    ])
  })

  it('keeps later changes in memory until a minute has passed, then writes them and says so in the log', () => {
    vi.useFakeTimers()
    let now = T0
    const dir = tempDir()
    const { disk, io } = flakyDisk()
    const logger = spyLogger()
    const store = open(dir, { io, now: () => now, logger })
    disk.down = true
    store.setSettings({ ...defaultSettings(), bedtime: '23:00' })
    disk.down = false
    const writes = disk.writes
    now += WRITE_RETRY_MS - 1
    store.setSettings({ ...defaultSettings(), bedtime: '23:10' })
    expect(disk.writes).toBe(writes)
    expect(store.getSettings().bedtime).toBe('23:10')
    now += 1
    store.setSettings({ ...defaultSettings(), bedtime: '23:20' })
    expect(open(dir).getSettings().bedtime).toBe('23:20')
    expect(logger.info).toHaveBeenCalledWith(`store: ${path.join(dir, 'settings.json')} is being saved again`)
    expect(store.flush()).toEqual([])
  })
})

describe('a start after an interrupted import', () => {
  it('that cannot finish it tells the person, and leaves the staged files for the next start', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, COMMIT_MARKER), JSON.stringify({ id: 'abc', files: ['settings.json'] }))
    const staged = JSON.stringify({ schemaVersion: 1, settings: { ...defaultSettings(), bedtime: '23:45' } })
    fs.writeFileSync(path.join(dir, 'settings.json.tmp-abc'), staged)
    const stuck: StoreIo = {
      ...realIo,
      rename: () => {
        throw Object.assign(new Error('busy'), { code: 'EBUSY' })
      },
    }
    const store = open(dir, { io: stuck })
    expect(store.takeNotices()).toEqual([
      'Eventide could not finish saving an import that was interrupted; some files may be from before it.',
    ])
    expect(open(dir).getSettings().bedtime).toBe('23:45')
  })
})

describe('several failed writes', () => {
  it('share one retry timer', () => {
    vi.useFakeTimers()
    const dir = tempDir()
    const down: StoreIo = {
      ...realIo,
      writeNew: () => {
        throw Object.assign(new Error('full'), { code: 'ENOSPC' })
      },
    }
    const store = open(dir, { io: down })
    store.setSettings({ ...defaultSettings(), bedtime: '23:00' })
    store.setNight('2026-11-24', night(1))
    store.setCheckIn('2026-11-24', checkIn(2))
    expect(vi.getTimerCount()).toBe(1)
  })
})

describe('a start', () => {
  it.each([false, true])('rewrites no file that is already current (encrypted: %s)', (encrypted) => {
    const dir = tempDir()
    const keyWrapper = encrypted ? fakeSafeStorage({ available: true }) : undefined
    const first = createStore({ directory: dir, logger: spyLogger(), now: () => T0, keyWrapper })
    first.setSettings({ ...defaultSettings(), bedtime: '23:00' })
    first.setNight('2026-11-24', night(1))
    first.setCheckIn('2026-11-24', checkIn(2))
    const inodes = () => Object.fromEntries(fs.readdirSync(dir).map((n) => [n, inode(path.join(dir, n))]))
    const before = inodes()
    const logger = spyLogger()
    createStore({ directory: dir, logger, now: () => T0, keyWrapper }).getSettings()
    expect(inodes()).toEqual(before)
    expect(logger.info).not.toHaveBeenCalled()
  })
})

describe('the flush at quit', () => {
  it('writes nothing when everything is saved', () => {
    const dir = tempDir()
    let writes = 0
    const counting: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        writes++
        realIo.writeNew(file, bytes)
      },
    }
    const logger = spyLogger()
    const store = open(dir, { io: counting, logger })
    store.setSettings({ ...defaultSettings(), bedtime: '23:00' })
    store.setNight('2026-11-24', night(1))
    store.replaceAll({
      settings: defaultSettings(),
      nights: { '2025-01-01': night(2) },
      journal: emptyJournal(),
    })
    const before = writes
    expect(store.flush()).toEqual([])
    expect(writes).toBe(before)
    expect(logger.info).not.toHaveBeenCalledWith(expect.stringContaining('is being saved again'))
  })

  it('writes a check-in whose save failed, and the journal core too', () => {
    const dir = tempDir()
    const disk = { down: true }
    const io: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        if (disk.down) throw Object.assign(new Error('full'), { code: 'ENOSPC' })
        realIo.writeNew(file, bytes)
      },
    }
    const store = open(dir, { io })
    store.setCheckIn('2026-11-24', checkIn(7))
    store.setJournal({ ...store.getJournal(), travelNights: ['2026-11-01'] })
    disk.down = false
    expect(store.flush()).toEqual([])
    const again = open(dir)
    expect(again.getJournal().checkIns).toEqual({ '2026-11-24': checkIn(7) })
    expect(again.getJournal().travelNights).toEqual(['2026-11-01'])
  })
})

describe('an import after a failed save', () => {
  it('ends the wait: the next change is written at once', () => {
    const dir = tempDir()
    const disk = { down: true }
    const io: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        if (disk.down) throw Object.assign(new Error('full'), { code: 'ENOSPC' })
        realIo.writeNew(file, bytes)
      },
    }
    const store = open(dir, { io })
    store.setSettings({ ...defaultSettings(), bedtime: '23:00' })
    disk.down = false
    store.replaceAll({ settings: defaultSettings(), nights: {}, journal: emptyJournal() })
    store.setSettings({ ...defaultSettings(), bedtime: '23:50' })
    expect(open(dir).getSettings().bedtime).toBe('23:50')
  })
})

describe('an import the folder cannot take', () => {
  it('is refused naming what and where, and nothing changes', () => {
    const dir = tempDir()
    // A folder where the 2026 nights belong: the file cannot be read, so it may not be replaced either.
    fs.mkdirSync(path.join(dir, 'nights-2026.json'))
    const store = open(dir)
    store.takeNotices()
    const data = {
      settings: { ...defaultSettings(), bedtime: '23:30' },
      nights: { '2026-11-24': night(1) },
      journal: emptyJournal(),
    }
    expect(() => store.replaceAll(data)).toThrow(ImportNotSaved)
    expect(messageOf(() => store.replaceAll(data))).toBe(
      `Eventide cannot save your 2026 night records to ${path.join(dir, 'nights-2026.json')} this session, so nothing was imported.`,
    )
    expect(store.getSettings()).toEqual(defaultSettings())
    expect(fs.readdirSync(dir)).toEqual(['nights-2026.json'])
  })

  it('that fails before its commit point is refused with the reason, and nothing changes', () => {
    const dir = tempDir()
    const io: StoreIo = {
      ...realIo,
      writeNew: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
      },
    }
    const logger = spyLogger()
    const store = open(dir, { io, logger })
    expect(
      messageOf(() =>
        store.replaceAll({
          settings: defaultSettings(),
          nights: { '2026-11-24': night(1) },
          journal: emptyJournal(),
        }),
      ),
    ).toBe(
      `Eventide could not save the import in ${dir} (permission denied). Nothing was changed: your data is as it was before.`,
    )
    expect(store.allNights()).toEqual({})
    expect(logger.error).toHaveBeenCalledWith('store: import not saved (permission denied); nothing changed')
    let thrown: unknown
    try {
      store.replaceAll({ settings: defaultSettings(), nights: {}, journal: emptyJournal() })
    } catch (error) {
      thrown = error
    }
    expect((thrown as Error).name).toBe('ImportNotSaved')
  })

  it('that fails past its commit point is kept, and finished at the next start', () => {
    const dir = tempDir()
    const io: StoreIo = {
      ...realIo,
      rename: (from, to) => {
        if (!to.endsWith(COMMIT_MARKER)) throw Object.assign(new Error('busy'), { code: 'EBUSY' })
        realIo.rename(from, to)
      },
    }
    const logger = spyLogger()
    const store = open(dir, { io, logger })
    store.replaceAll({
      settings: defaultSettings(),
      nights: { '2026-11-24': night(1) },
      journal: emptyJournal(),
    })
    expect(store.allNights()).toEqual({ '2026-11-24': night(1) })
    expect(store.takeNotices()).toEqual([
      'Eventide saved the import but could not finish putting its files in place; it does so at the next start.',
    ])
    expect(logger.error).toHaveBeenCalledWith(
      'store: import committed but not finished (renaming the staged files failed (EBUSY)); finished at next start',
    )
    expect(open(dir).allNights()).toEqual({ '2026-11-24': night(1) })
  })
})

describe('a data folder that is a file', () => {
  it('is logged with the reason, and no commit is looked for inside it', () => {
    const parent = tempDir()
    const dir = path.join(parent, 'Eventide')
    fs.writeFileSync(dir, 'not a folder')
    const logger = spyLogger()
    open(dir, { logger })
    expect(logger.error).toHaveBeenCalledWith(`store: cannot write to ${dir}: the folder path is a file`)
    expect(logger.warn).not.toHaveBeenCalled()
  })
})

describe('an import beside a journal file that cannot be read', () => {
  it('is refused naming that file, which is left as it is', () => {
    const dir = tempDir()
    fs.mkdirSync(path.join(dir, 'journal-core.json'))
    const store = open(dir)
    expect(
      messageOf(() => store.replaceAll({ settings: defaultSettings(), nights: {}, journal: emptyJournal() })),
    ).toBe(
      `Eventide cannot save your labs, medicines and travel nights to ${path.join(dir, 'journal-core.json')} this session, so nothing was imported.`,
    )
    expect(fs.statSync(path.join(dir, 'journal-core.json')).isDirectory()).toBe(true)
  })
})

describe('files an earlier run stored unencrypted', () => {
  it('are encrypted at the flush when the disk refused it at start', () => {
    const dir = tempDir()
    open(dir).setSettings({ ...defaultSettings(), bedtime: '23:40' })
    const disk = { down: true }
    const io: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        if (disk.down && file.includes('settings.json'))
          throw Object.assign(new Error('full'), { code: 'ENOSPC' })
        realIo.writeNew(file, bytes)
      },
    }
    const keyWrapper = fakeSafeStorage({ available: true })
    const logger = spyLogger()
    const store = createStore({ directory: dir, logger, now: () => T0, io, keyWrapper })
    expect(logger.info).toHaveBeenCalledWith(
      `store: encrypting ${path.join(dir, 'settings.json')}, which an earlier run stored unencrypted`,
    )
    expect(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).toContain('23:40')
    disk.down = false
    expect(store.flush()).toEqual([])
    expect(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).not.toContain('23:40')
    expect(createStore({ directory: dir, logger: spyLogger(), keyWrapper }).getSettings().bedtime).toBe(
      '23:40',
    )
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

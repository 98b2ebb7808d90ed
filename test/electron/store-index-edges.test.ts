// The saved history index is a cache: any entry it cannot vouch for means the years are read instead, and
// the streaks come out the same either way.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createStore } from '../../electron/store.ts'
import { realIo, type StoreIo } from '../../electron/store-files.ts'
import { HISTORY_INDEX_FILE } from '../../electron/store-history-index.ts'
import { type CheckIn, noTriggers } from '../../shared/checkin.ts'
import { dayNumber } from '../../shared/fields.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { addDays } from '../../shared/night.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { fakeSafeStorage } from '../support/electron-mock.ts'
import { quiet } from '../support/logger.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-index-edges-')
const T0 = Date.UTC(2026, 10, 24, 21, 30)
const AS_OF = '2026-11-24'
const spyLogger = quiet
const open = (directory: string, keyWrapper?: ReturnType<typeof fakeSafeStorage>, logger = spyLogger()) =>
  createStore({ directory, logger, now: () => T0, ...(keyWrapper ? { keyWrapper } : {}) })

/** Both planned steps done, or only the first (which breaks a streak). */
const done = (night: string, paused: boolean, both: boolean, plan = true): NightRecord => ({
  ...emptyNightRecord(),
  paused,
  ...(plan ? { planned: ['a', 'b'] } : {}),
  steps: {
    a: { status: 'done', at: `${night}T21:00:00+01:00` },
    ...(both ? { b: { status: 'done', at: `${night}T21:10:00+01:00` } } : {}),
  },
})

/** Nights from 2018 to 2022 (one paused, streaks broken every 97 nights, some kept without a plan), check-ins on some of them, nothing recent. */
function seed(dir: string, keyWrapper?: ReturnType<typeof fakeSafeStorage>) {
  const nights: Record<string, NightRecord> = {}
  const journal: Journal = emptyJournal()
  for (let i = 0, n = '2018-03-01'; i < 1500; i++, n = addDays(n, 1)) {
    nights[n] = done(n, i === 40, i % 97 !== 96, i % 50 !== 7)
    if (i % 3 === 0)
      journal.checkIns[n] = {
        severity: 2,
        sleepQuality: 6,
        onset: 'bedtime',
        triggers: noTriggers(),
        note: '',
        savedAt: `${n}T08:00:00+01:00`,
      }
  }
  open(dir, keyWrapper).replaceAll({ settings: defaultSettings(), nights, journal })
  return open(dir, keyWrapper).streaks(AS_OF)
}

const indexFile = (dir: string) => path.join(dir, HISTORY_INDEX_FILE)
type Saved = {
  schemaVersion: number
  nights: Record<string, { fingerprint: string; ids: string[]; plans: string[][]; facts: number[] }>
  checkIns: Record<string, { fingerprint: string; days: number[] }>
}
/** Every year on disk: what a start reads when the saved index cannot be used. */
const ALL = { nights: [2018, 2019, 2020, 2021, 2022], checkIns: [2018, 2019, 2020, 2021, 2022] }
const readIndex = (dir: string) => JSON.parse(fs.readFileSync(indexFile(dir), 'utf8')) as Saved

describe('the saved history index', () => {
  it('serves a restart without reading the old years, with the same streaks', () => {
    const dir = tempDir()
    const streaks = seed(dir)
    const store = open(dir)
    expect(store.streaks(AS_OF)).toEqual(streaks)
    expect(store.loadedYears()).toEqual({ nights: [2021, 2022], checkIns: [2021, 2022] })
    expect(streaks.best.length).toBeGreaterThan(0)
  })

  type Entry = Record<string, unknown> & { facts: number[]; plans: unknown[]; ids: unknown[] }
  const y2019 = (s: Saved) => s.nights['2019'] as unknown as Entry
  const c2019 = (s: Saved) => s.checkIns['2019'] as unknown as Record<string, unknown> & { days: number[] }
  /** Each changes the saved index in place, or returns a whole replacement. */
  const tampering: [string, (saved: Saved) => unknown][] = [
    ['from another schema version', (s) => ({ ...s, schemaVersion: 2 })],
    ['with an entry that is not an object', (s) => ({ ...s, nights: { ...s.nights, 2019: 7 } })],
    [
      'with a fingerprint that is not text',
      (s) => {
        y2019(s).fingerprint = 1
      },
    ],
    ['with a step id that is not text', (s) => void y2019(s).ids.push(3)],
    [
      'with more step ids than a mask holds',
      (s) => void y2019(s).ids.push(...Array.from({ length: 30 }, (_, i) => `s${i}`)),
    ],
    ['with a plan that is not a list of ids', (s) => void y2019(s).plans.push([1])],
    [
      'with plans that are not a list',
      (s) => {
        y2019(s).plans = { 0: ['a', 'b'], length: 1 } as never
      },
    ],
    ['with facts cut short', (s) => void y2019(s).facts.pop()],
    [
      'with a fact that is not whole',
      (s) => {
        y2019(s).facts[0] = 0.5
      },
    ],
    [
      'pointing at a plan it does not have',
      (s) => {
        y2019(s).facts[2] = 1
      },
    ],
    [
      'pointing below the first plan',
      (s) => {
        y2019(s).facts[2] = -2
      },
    ],
    ['with check-in days that are not whole', (s) => void c2019(s).days.push(1.5)],
    ['with a check-in entry without a fingerprint', (s) => void delete c2019(s).fingerprint],
    ['with check-ins that are not an object', (s) => ({ ...s, checkIns: null })],
  ]

  it.each(tampering)('%s is ignored, and the years are read instead', (_name, tamper) => {
    const dir = tempDir()
    const streaks = seed(dir)
    const saved = readIndex(dir)
    // Guard the fixture: the entries being tampered with exist and the untampered file is trusted.
    expect(saved.nights['2019']?.plans).toEqual([['a', 'b']])
    expect(saved.checkIns['2019']?.days.length).toBeGreaterThan(0)
    const copy = structuredClone(saved)
    fs.writeFileSync(indexFile(dir), JSON.stringify(tamper(copy) ?? copy))
    const store = open(dir)
    expect(store.streaks(AS_OF)).toEqual(streaks)
    expect(store.loadedYears()).toEqual(ALL)
  })

  it('a plan index of -1 (no plan kept) and the last plan are both trusted', () => {
    const dir = tempDir()
    const streaks = seed(dir)
    const saved = readIndex(dir)
    const entry = saved.nights['2019'] as Saved['nights'][string]
    entry.plans.push(['a'])
    fs.writeFileSync(indexFile(dir), JSON.stringify(saved))
    const store = open(dir)
    expect(store.streaks(AS_OF)).toEqual(streaks)
    expect(store.loadedYears().nights).toEqual([2021, 2022])
  })

  it('with encryption on, an index left unencrypted is not trusted: the summaries are health data too', () => {
    const dir = tempDir()
    const streaks = seed(dir)
    expect(readIndex(dir).schemaVersion).toBe(1)
    const store = open(dir, fakeSafeStorage({ available: true }))
    expect(store.streaks(AS_OF)).toEqual(streaks)
    expect(store.loadedYears()).toEqual(ALL)
    // It is saved again, encrypted, and trusted at the next start.
    expect(fs.readFileSync(indexFile(dir)).subarray(0, 7).toString()).toBe('eventid')
    const again = open(dir, fakeSafeStorage({ available: true }))
    expect(again.streaks(AS_OF)).toEqual(streaks)
    expect(again.loadedYears()).toEqual({ nights: [2021, 2022], checkIns: [2021, 2022] })
  })

  it('a damaged index is logged by name and ignored; a missing one is not worth a word', () => {
    const dir = tempDir()
    seed(dir)
    fs.writeFileSync(indexFile(dir), '{')
    const logger = spyLogger()
    open(dir, undefined, logger).streaks(AS_OF)
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^store: ignored history-index\.json \(.+\); years are read instead$/),
    )
    fs.rmSync(indexFile(dir))
    const quiet = spyLogger()
    open(dir, undefined, quiet).streaks(AS_OF)
    expect(quiet.warn).not.toHaveBeenCalled()
    expect(fs.existsSync(indexFile(dir))).toBe(true)
  })

  it('a restart that reads no year leaves the saved index as it is', () => {
    const dir = tempDir()
    seed(dir)
    const before = fs.statSync(indexFile(dir)).ino
    open(dir).streaks(AS_OF)
    expect(fs.statSync(indexFile(dir)).ino).toBe(before)
  })

  it('is not saved while a year could not be written: it would describe records the file does not hold', () => {
    const dir = tempDir()
    seed(dir)
    fs.rmSync(indexFile(dir))
    const io: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        if (path.basename(file).startsWith('nights-2019.json'))
          throw Object.assign(new Error('full'), { code: 'ENOSPC' })
        realIo.writeNew(file, bytes)
      },
    }
    const store = createStore({ directory: dir, logger: spyLogger(), now: () => T0, io })
    store.setNight('2019-05-01', { ...emptyNightRecord(), planned: ['a'] })
    store.streaks(AS_OF)
    expect(fs.existsSync(indexFile(dir))).toBe(false)
    // The flush at quit cannot write it either, and says which file.
    expect(store.flush()).toEqual([expect.stringContaining('nights-2019.json')])
  })

  it('is saved again after an old year changed, keeping the check-in days it took from itself', () => {
    const dir = tempDir()
    const streaks = seed(dir)
    const before = readIndex(dir)
    const changed = { ...emptyNightRecord(), planned: ['a'] }
    open(dir).setNight('2019-05-01', changed)
    const second = open(dir)
    second.streaks(AS_OF)
    expect(second.loadedYears().nights).toEqual([2019, 2021, 2022])
    const after = readIndex(dir)
    expect(after.checkIns).toEqual(before.checkIns)
    expect(after.nights['2018']).toEqual(before.nights['2018'])
    expect(after.nights['2019']).not.toEqual(before.nights['2019'])
    // The next start takes everything from the index again.
    const third = open(dir)
    expect(third.streaks(AS_OF)).toEqual(second.streaks(AS_OF))
    expect(third.loadedYears()).toEqual({ nights: [2021, 2022], checkIns: [2021, 2022] })
    expect(streaks.best.length).toBeGreaterThan(0)
  })

  it('holds the day of every check-in and only those, a check-in without a record included', () => {
    const dir = tempDir()
    seed(dir)
    const store = open(dir)
    store.setCheckIn('2022-06-01', Object.values(store.getJournal().checkIns)[0] as CheckIn)
    // One removed this session, in a year read at start: the index must forget it too.
    const { '2022-04-03': _removed, ...kept } = store.getJournal().checkIns
    expect(_removed).toBeDefined()
    store.setJournal({ ...store.getJournal(), checkIns: kept })
    fs.rmSync(indexFile(dir))
    store.streaks(AS_OF)
    const saved = readIndex(dir)
    const days = Object.values(saved.checkIns)
      .flatMap((e) => e.days)
      .sort((a, b) => a - b)
    const expected = Object.keys(open(dir).getJournal().checkIns)
      .map((n) => dayNumber(n))
      .sort((a, b) => a - b)
    expect(days).toEqual(expected)
    expect(saved.nights['2022']?.facts.length).toBe(
      4 * Object.keys(open(dir).nightsBetween('2022-01-01', '2022-12-31')).length,
    )
  })

  it('a failed save of the index is logged by name and changes nothing else', () => {
    const dir = tempDir()
    const streaks = seed(dir)
    fs.rmSync(indexFile(dir))
    const io: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        if (path.basename(file).startsWith(HISTORY_INDEX_FILE))
          throw Object.assign(new Error('full'), { code: 'ENOSPC' })
        realIo.writeNew(file, bytes)
      },
    }
    const logger = spyLogger()
    const store = createStore({ directory: dir, logger, now: () => T0, io })
    expect(store.streaks(AS_OF)).toEqual(streaks)
    expect(logger.warn).toHaveBeenCalledWith('store: could not save history-index.json (the disk is full)')
    expect(store.takeNotices()).toEqual([])
    expect(fs.existsSync(indexFile(dir))).toBe(false)
  })

  it('a year file removed while the app runs is counted as empty, and left out of the index', () => {
    const dir = tempDir()
    seed(dir)
    fs.rmSync(indexFile(dir))
    const store = open(dir)
    fs.rmSync(path.join(dir, 'nights-2019.json'))
    fs.rmSync(path.join(dir, 'journal-2019.json'))
    store.streaks(AS_OF)
    expect(Object.keys(readIndex(dir).nights).sort()).toEqual(['2018', '2020', '2021', '2022'])
    expect(Object.keys(readIndex(dir).checkIns).sort()).toEqual(['2018', '2020', '2021', '2022'])
    // The index written is one the next start trusts.
    const again = open(dir)
    again.streaks(AS_OF)
    expect(again.loadedYears()).toEqual({ nights: [2021, 2022], checkIns: [2021, 2022] })
  })

  it('a year whose nights did exactly 30 distinct steps is still served from the index', () => {
    const dir = tempDir()
    const nights: Record<string, NightRecord> = {}
    for (let i = 0, n = '2019-01-01'; i < 30; i++, n = addDays(n, 1)) {
      nights[n] = {
        ...emptyNightRecord(),
        planned: [`s${i}`],
        steps: { [`s${i}`]: { status: 'done', at: `${n}T21:00:00+01:00` } },
      }
    }
    // Two later years, so 2019 is not read at start.
    nights['2021-01-01'] = done('2021-01-01', false, true)
    nights['2022-01-01'] = done('2022-01-01', false, true)
    open(dir).replaceAll({ settings: defaultSettings(), nights, journal: emptyJournal() })
    const streaks = open(dir).streaks(AS_OF)
    expect(readIndex(dir).nights['2019']?.ids).toHaveLength(30)
    const again = open(dir)
    expect(again.streaks(AS_OF)).toEqual(streaks)
    expect(again.loadedYears().nights).toEqual([2021, 2022])
  })

  it('an index file holding only null is ignored without a word', () => {
    const dir = tempDir()
    const streaks = seed(dir)
    fs.writeFileSync(indexFile(dir), 'null')
    const logger = spyLogger()
    const store = open(dir, undefined, logger)
    expect(store.streaks(AS_OF)).toEqual(streaks)
    expect(store.loadedYears()).toEqual(ALL)
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it("takes in the check-ins split from an earlier build's journal.json", () => {
    const dir = tempDir()
    const checkIn: CheckIn = {
      severity: 2,
      sleepQuality: 6,
      onset: 'bedtime',
      triggers: noTriggers(),
      note: '',
      savedAt: '2026-11-20T08:00:00+01:00',
    }
    const journal = { ...emptyJournal(), checkIns: { '2026-11-19': checkIn, '2025-06-01': checkIn } }
    fs.writeFileSync(path.join(dir, 'journal.json'), JSON.stringify({ schemaVersion: 1, journal }))
    open(dir).streaks(AS_OF)
    const days = Object.values(readIndex(dir).checkIns).flatMap((e) => e.days)
    expect(days.sort((a, b) => a - b)).toEqual([dayNumber('2025-06-01'), dayNumber('2026-11-19')])
  })
})

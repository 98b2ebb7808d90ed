// The store's writes at their edges: a write that failed waits and is retried, the flush at quit, a start
// that rewrites nothing current, and an import the folder cannot take or that fails halfway.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStore, ImportNotSaved, WRITE_RETRY_MS } from '../../electron/store.ts'
import { COMMIT_MARKER, realIo, type StoreIo } from '../../electron/store-files.ts'
import { emptyJournal } from '../../shared/journal.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { checkInOf } from '../support/check-ins.ts'
import { fakeSafeStorage } from '../support/electron-mock.ts'
import { quiet } from '../support/logger.ts'
import { inode, messageOf, openStore, T0 } from '../support/store-kit.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-store-api-')
const spyLogger = quiet
const open = openStore

const checkIn = checkInOf
const night = (n: number): NightRecord => ({ ...emptyNightRecord(), notified: [`step-${n}`] })

afterEach(() => {
  vi.useRealTimers()
})

/** A disk that fails every write while `down`, the way a full one does; `writes` counts the attempts. */
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

describe('a write that failed', () => {
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
    const { disk, io } = flakyDisk()
    disk.down = true
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
    const { disk, io } = flakyDisk()
    disk.down = true
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

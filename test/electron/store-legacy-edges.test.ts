// The single nights.json and journal.json of earlier builds, split at start, at the edges of that split: a
// split that cannot be written or set aside loses nothing and is tried again; newer files win.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { realIo, type StoreIo } from '../../electron/store-files.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { checkInOf } from '../support/check-ins.ts'
import { quiet } from '../support/logger.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-legacy-edges-')
const T0 = Date.UTC(2026, 10, 24, 21, 30, 0, 5)
const STAMP = '2026-11-24T21-30-00-005Z'
const spyLogger = quiet
const open = (directory: string, opts: { io?: StoreIo; logger?: Logger } = {}) =>
  createStore({ directory, logger: opts.logger ?? spyLogger(), now: () => T0, io: opts.io })
const listed = (dir: string) => fs.readdirSync(dir).sort()

const checkIn = checkInOf
const legacyJournal: Journal = {
  ...emptyJournal(),
  travelNights: ['2026-10-01'],
  checkIns: { '2025-12-31': checkIn(2), '2026-11-23': checkIn(4) },
}
const legacyNights: Record<string, NightRecord> = {
  '2025-12-31': { ...emptyNightRecord(), paused: true },
  '2026-11-23': { ...emptyNightRecord(), notified: ['magnesium'] },
}
const writeLegacy = (dir: string) => {
  fs.writeFileSync(
    path.join(dir, 'journal.json'),
    JSON.stringify({ schemaVersion: 1, journal: legacyJournal }),
  )
  fs.writeFileSync(path.join(dir, 'nights.json'), JSON.stringify({ schemaVersion: 1, nights: legacyNights }))
}
/** Every name a migrated file could be set aside as is taken, so setting it aside fails. */
const takeEveryAsideName = (dir: string, name: string) => {
  for (let attempt = 1; attempt <= 100; attempt++) {
    const suffix = attempt === 1 ? '' : `-${attempt}`
    fs.writeFileSync(path.join(dir, `${name}.migrated-${STAMP}${suffix}`), 'earlier')
  }
}

describe('an earlier build’s files that cannot be set aside', () => {
  it.each([
    ['nights.json', 'night records'],
    ['journal.json', 'journal'],
  ])(
    '%s: split, kept in place, the person told which file and why, and nothing split twice',
    (name, words) => {
      const dir = tempDir()
      writeLegacy(dir)
      takeEveryAsideName(dir, name)
      const logger = spyLogger()
      const store = open(dir, { logger })
      const notices = store.takeNotices()
      expect(notices).toEqual([expect.stringContaining(`copied your ${words} from ${path.join(dir, name)}`)])
      expect(notices[0]).toContain('99 earlier names are taken')
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringMatching(new RegExp(`could not move .*${name} aside`)),
      )
      expect(fs.existsSync(path.join(dir, name))).toBe(true)
      expect(store.allNights()).toEqual(legacyNights)
      expect(store.getJournal()).toEqual(legacyJournal)

      // Next start: the new files already hold everything, so nothing is overwritten, and it is set aside.
      fs.rmSync(path.join(dir, `${name}.migrated-${STAMP}`))
      const again = open(dir)
      expect(again.takeNotices()).toEqual([])
      expect(again.allNights()).toEqual(legacyNights)
      expect(again.getJournal()).toEqual(legacyJournal)
      expect(fs.existsSync(path.join(dir, name))).toBe(false)
      expect(fs.readFileSync(path.join(dir, `${name}.migrated-${STAMP}`), 'utf8')).toContain('schemaVersion')
    },
  )
})

describe('the journal.json of an earlier build', () => {
  it('whose split cannot be written stays in place, its journal kept in memory, and is split at the next start', () => {
    const dir = tempDir()
    writeLegacy(dir)
    fs.rmSync(path.join(dir, 'nights.json'))
    const down: StoreIo = {
      ...realIo,
      writeNew: () => {
        throw Object.assign(new Error('full'), { code: 'ENOSPC' })
      },
    }
    const logger = spyLogger()
    const store = open(dir, { io: down, logger })
    expect(store.getJournal()).toEqual(legacyJournal)
    expect(logger.error).toHaveBeenCalledWith(
      `store: could not split ${path.join(dir, 'journal.json')} (the disk is full); it stays in place`,
    )
    expect(listed(dir)).toEqual(['journal.json'])

    const again = open(dir)
    expect(again.getJournal()).toEqual(legacyJournal)
    expect(listed(dir)).toEqual(
      [
        'journal-2025.json',
        'journal-2026.json',
        'journal-core.json',
        `journal.json.migrated-${STAMP}`,
      ].sort(),
    )
  })

  it('does not replace a journal-core.json already written by this build, nor a newer check-in', () => {
    const dir = tempDir()
    writeLegacy(dir)
    const store = open(dir)
    const { checkIns: _none, ...core } = legacyJournal
    store.setJournalCore({ ...core, travelNights: ['2026-11-01'] })
    store.setCheckIn('2026-11-23', checkIn(9))
    // An interrupted earlier migration: the legacy file is back beside the newer files.
    fs.renameSync(path.join(dir, `journal.json.migrated-${STAMP}`), path.join(dir, 'journal.json'))
    const again = open(dir)
    expect(again.getJournal()).toEqual({
      ...legacyJournal,
      travelNights: ['2026-11-01'],
      checkIns: { '2025-12-31': checkIn(2), '2026-11-23': checkIn(9) },
    })
    // And on disk, not only in memory.
    expect(open(dir).getJournal().travelNights).toEqual(['2026-11-01'])
  })

  it('beside a year file that cannot be written stays in place, and its check-ins are kept in memory', () => {
    const dir = tempDir()
    writeLegacy(dir)
    fs.mkdirSync(path.join(dir, 'journal-2026.json'))
    const logger = spyLogger()
    const store = open(dir, { logger })
    expect(store.getJournal()).toEqual(legacyJournal)
    expect(logger.warn).toHaveBeenCalledWith(
      `store: ${path.join(dir, 'journal.json')} stays in place until its journal is saved in the new files`,
    )
    expect(fs.existsSync(path.join(dir, 'journal.json'))).toBe(true)
    expect(fs.existsSync(path.join(dir, 'journal-core.json'))).toBe(true)
  })
})

describe('year files on disk', () => {
  it('only nights-YYYY.json and journal-YYYY.json count as years; other names are left alone', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setNight('2019-05-01', legacyNights['2026-11-23'] as NightRecord)
    for (const name of [
      'nights-19.json',
      'nights-2019.json.bak',
      'old-nights-2018.json',
      'journal-abcd.json',
    ])
      fs.writeFileSync(path.join(dir, name), 'not ours')
    const again = open(dir)
    expect(Object.keys(again.allNights())).toEqual(['2019-05-01'])
    expect(again.getJournal()).toEqual(emptyJournal())
    expect(again.takeNotices()).toEqual([])
  })
})

describe('a folder that cannot be listed', () => {
  it('says which records could not be looked for, where and why, and starts without them', () => {
    const dir = tempDir()
    open(dir).setNight('2019-05-01', legacyNights['2026-11-23'] as NightRecord)
    const listing = vi.spyOn(fs, 'readdirSync').mockImplementation(() => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' })
    })
    try {
      const logger = spyLogger()
      const store = open(dir, { logger })
      expect(store.takeNotices()).toEqual([
        `Eventide could not look for your night records in ${dir} (permission denied). It started without them.`,
        `Eventide could not look for your check-ins in ${dir} (permission denied). It started without them.`,
      ])
      expect(logger.error).toHaveBeenCalledWith(`store: cannot list ${dir} (permission denied)`)
      expect(store.loadedYears()).toEqual({ nights: [], checkIns: [] })
    } finally {
      listing.mockRestore()
    }
  })
})

describe('a damaged journal.json of an earlier build', () => {
  it('is copied aside with one notice and nothing is split from it', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'journal.json'), '{"schemaVersion": 1, "journal": ')
    const store = open(dir)
    expect(store.takeNotices()).toEqual([expect.stringContaining(`journal.corrupt-${STAMP}.json`)])
    expect(store.getJournal()).toEqual(emptyJournal())
    expect(listed(dir)).toEqual([`journal.corrupt-${STAMP}.json`])
  })
})

describe.skipIf(process.platform === 'win32')('a file set aside after its split', () => {
  it('is narrowed to 0600 when an older build left it readable by others', () => {
    const dir = tempDir()
    writeLegacy(dir)
    fs.chmodSync(path.join(dir, 'nights.json'), 0o644)
    open(dir)
    expect(fs.statSync(path.join(dir, `nights.json.migrated-${STAMP}`)).mode & 0o777).toBe(0o600)
  })
})

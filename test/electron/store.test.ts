// The store on a real temp folder: defaults, round trips across restarts, validation, migrations, size.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import {
  type DocumentFormat,
  DocumentProblem,
  JOURNAL_FORMAT,
  NIGHTS_FORMAT,
  nightsYearFormat,
  readDocument,
  SETTINGS_FORMAT,
} from '../../electron/store-migrations.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-store-')

const quietLogger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger
const open = (directory: string) =>
  createStore({ directory, logger: quietLogger(), now: () => 1_764_000_000_000 })
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'))

const aNight: NightRecord = {
  bedtimeOverride: '23:15',
  steps: { 'iron-check': { status: 'done', at: '2026-11-24T19:00:00+01:00' } },
  notified: ['iron-check'],
  headsUp: [],
  snoozed: {},
  paused: false,
  summarized: [],
}

describe('store: first run', () => {
  it('starts with default settings, no nights and no notices, and writes nothing yet', () => {
    const dir = tempDir()
    const store = open(dir)
    expect(store.getSettings()).toEqual(defaultSettings())
    expect(store.allNights()).toEqual({})
    expect(store.getNight('2026-11-24')).toEqual(emptyNightRecord())
    expect(store.takeNotices()).toEqual([])
    expect(store.directory).toBe(dir)
    // Looking at an unknown night does not invent a record on disk.
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('creates its folder when it does not exist yet', () => {
    const dir = path.join(tempDir(), 'nested', 'Eventide')
    const store = open(dir)
    store.setSettings({ ...defaultSettings(), bedtime: '23:00' })
    expect(readJson(path.join(dir, 'settings.json')).settings.bedtime).toBe('23:00')
  })
})

describe('store: round trips', () => {
  it('keeps settings across a restart, in a versioned settings.json', () => {
    const dir = tempDir()
    const changed: Settings = {
      ...defaultSettings(),
      bedtime: '23:45',
      bedtimeByWeekday: { fri: '00:30' },
      theme: 'dark',
      firstRunDone: true,
    }
    open(dir).setSettings(changed)
    expect(open(dir).getSettings()).toEqual(changed)
    expect(readJson(path.join(dir, 'settings.json'))).toEqual({ schemaVersion: 1, settings: changed })
  })

  it('keeps nights across a restart, in a versioned file for their year', () => {
    const dir = tempDir()
    const first = open(dir)
    first.setNight('2026-11-24', aNight)
    first.setNight('2026-11-25', { ...emptyNightRecord(), paused: true })
    const again = open(dir)
    expect(again.getNight('2026-11-24')).toEqual(aNight)
    expect(again.getNight('2026-11-25').paused).toBe(true)
    expect(Object.keys(again.allNights()).sort()).toEqual(['2026-11-24', '2026-11-25'])
    expect(readJson(path.join(dir, 'nights-2026.json')).schemaVersion).toBe(1)
    expect(Object.keys(readJson(path.join(dir, 'nights-2026.json')).nights).sort()).toEqual([
      '2026-11-24',
      '2026-11-25',
    ])
  })

  it('hands out copies, so changing a returned object does not change the store', () => {
    const store = open(tempDir())
    store.setNight('2026-11-24', aNight)
    store.getNight('2026-11-24').notified.push('magnesium')
    store.getSettings().steps.length = 0
    expect(store.getNight('2026-11-24').notified).toEqual(['iron-check'])
    expect(store.getSettings().steps.length).toBe(defaultSettings().steps.length)
  })
})

describe('store: validation on write', () => {
  it('refuses invalid settings, naming the field, and leaves the file and memory as they were', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setSettings({ ...defaultSettings(), bedtime: '22:00' })
    const before = fs.readFileSync(path.join(dir, 'settings.json'))
    const bad = { ...defaultSettings(), bedtime: '25:99' }
    expect(() => store.setSettings(bad)).toThrow(/bedtime: /)
    expect(() => store.setSettings({ ...defaultSettings(), theme: 'neon' } as unknown as Settings)).toThrow(
      /theme: expected system, light or dark/,
    )
    expect(fs.readFileSync(path.join(dir, 'settings.json'))).toEqual(before)
    expect(store.getSettings().bedtime).toBe('22:00')
  })

  it('refuses an invalid night record or night name, naming the field, and changes nothing', () => {
    const dir = tempDir()
    const store = open(dir)
    store.setNight('2026-11-24', aNight)
    const file = path.join(dir, 'nights-2026.json')
    const before = fs.readFileSync(file)
    const badRecord = { ...aNight, paused: 'yes' } as unknown as NightRecord
    expect(() => store.setNight('2026-11-24', badRecord)).toThrow(
      /nights\.2026-11-24\.paused: expected true or false/,
    )
    expect(() => store.setNight('24.11.2026', aNight)).toThrow(
      /night: expected a night as a real date YYYY-MM-DD/,
    )
    expect(() => store.getNight('tonight')).toThrow(/night: /)
    expect(fs.readFileSync(file)).toEqual(before)
    expect(store.getNight('2026-11-24')).toEqual(aNight)
  })

  it('sets many nights at once, or none of them when one is bad', () => {
    const dir = tempDir()
    const store = open(dir)
    const badRecord = { ...aNight, steps: { x: { status: 'maybe', at: 'now' } } } as unknown as NightRecord
    expect(() => store.setNights({ '2026-11-01': aNight, '2026-11-02': badRecord })).toThrow(
      /nights\.2026-11-02\.steps\.x\.status: /,
    )
    expect(store.allNights()).toEqual({})
    expect(fs.readdirSync(dir)).toEqual([])
    store.setNights({ '2026-11-01': aNight, '2026-11-02': emptyNightRecord() })
    expect(Object.keys(open(dir).allNights()).sort()).toEqual(['2026-11-01', '2026-11-02'])
  })
})

describe('store: migrations', () => {
  // A synthetic version 2: version 1 is pretended to have kept bedtime as minutes after midnight.
  const minutesToHhmm = (body: Record<string, unknown>) => {
    const { bedtimeMinutes, ...rest } = body.settings as Record<string, unknown>
    const m = Number(bedtimeMinutes)
    const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
    return { ...body, settings: { ...rest, bedtime: hhmm } }
  }

  it('upgrades an old-version file on load and saves it at the current version', async () => {
    vi.resetModules()
    vi.doMock('../../electron/store-migrations.ts', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../electron/store-migrations.ts')>()
      return {
        ...real,
        SETTINGS_FORMAT: { ...real.SETTINGS_FORMAT, version: 2, migrations: { 2: minutesToHhmm } },
      }
    })
    try {
      const { createStore: createV2Store } = await import('../../electron/store.ts')
      const dir = tempDir()
      const { bedtime: _unused, ...v1Settings } = defaultSettings()
      const file = path.join(dir, 'settings.json')
      fs.writeFileSync(
        file,
        JSON.stringify({ schemaVersion: 1, settings: { ...v1Settings, bedtimeMinutes: 1410 } }),
      )
      const logger = quietLogger()
      const store = createV2Store({ directory: dir, logger })
      expect(store.getSettings().bedtime).toBe('23:30')
      expect(store.takeNotices()).toEqual([])
      expect(readJson(file)).toEqual({
        schemaVersion: 2,
        settings: { ...defaultSettings(), bedtime: '23:30' },
      })
      expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/migrated .*from schemaVersion 1 to 2/))
      // The saved file is now current, so a restart reads it as it is.
      expect(createV2Store({ directory: dir, logger }).getSettings().bedtime).toBe('23:30')
    } finally {
      vi.doUnmock('../../electron/store-migrations.ts')
      vi.resetModules()
    }
  })

  it('runs every step in order from the file version up to the current one', () => {
    const format: DocumentFormat<string[]> = {
      name: 'steps',
      holds: 'steps',
      fallback: 'nothing',
      version: 3,
      migrations: {
        2: (body) => ({ log: [...(body.log as string[]), 'to 2'] }),
        3: (body) => ({ log: [...(body.log as string[]), 'to 3'] }),
      },
      parse: (body) => (body as { log: string[] }).log,
      empty: () => [],
      body: (log) => ({ log }),
    }
    expect(readDocument(format, { schemaVersion: 1, log: [] })).toEqual({
      value: ['to 2', 'to 3'],
      fromVersion: 1,
    })
    expect(readDocument(format, { schemaVersion: 2, log: [] }).value).toEqual(['to 3'])
    expect(() =>
      readDocument({ ...format, migrations: { 3: format.migrations[3] } } as typeof format, {
        schemaVersion: 1,
        log: [],
      }),
    ).toThrow(DocumentProblem)
    expect(() => readDocument(format, { schemaVersion: 0, log: [] })).toThrow(
      /schemaVersion: expected a whole/,
    )
  })

  const realFormats = () =>
    [SETTINGS_FORMAT, NIGHTS_FORMAT, nightsYearFormat(2026), JOURNAL_FORMAT] as DocumentFormat<unknown>[]

  it('the real formats have exactly one migration per version step: none missing, none without its version', () => {
    for (const format of realFormats()) {
      const steps = Array.from({ length: format.version - 1 }, (_, i) => i + 2)
      // A migration added without raising the version would never run; a version raised without one fails loads.
      expect(Object.keys(format.migrations).map(Number), `${format.name} migrations`).toEqual(steps)
      for (const step of steps)
        expect(format.migrations[step], `${format.name} to ${step}`).toBeTypeOf('function')
    }
  })

  it('files written by the first version of every format are still read, with their data', () => {
    // Frozen copies of what version 1 wrote (test/electron/fixtures/store-v1): a change of a file's shape
    // without a migration makes this fail.
    for (const format of realFormats()) {
      const fixture = path.join(import.meta.dirname, 'fixtures', 'store-v1', `${format.name}.json`)
      const { value, fromVersion } = readDocument(format, readJson(fixture))
      expect(fromVersion, format.name).toBe(1)
      expect(value, format.name).not.toEqual(format.empty())
    }
    const settings = readDocument(
      SETTINGS_FORMAT,
      readJson(path.join(import.meta.dirname, 'fixtures/store-v1/settings.json')),
    )
    expect(settings.value.bedtime).toBe('23:15')
  })
})

describe('store: size', () => {
  it('holds ten years of nights (3650 records) across a restart', () => {
    const dir = tempDir()
    const nights: Record<string, NightRecord> = {}
    const start = Date.UTC(2020, 0, 1)
    for (let i = 0; i < 3650; i++) {
      const night = new Date(start + i * 86_400_000).toISOString().slice(0, 10)
      nights[night] = {
        ...emptyNightRecord(),
        steps: {
          'iron-check': { status: 'done', at: `${night}T19:00:00+01:00` },
          'leg-stretch': { status: i % 3 ? 'done' : 'skipped', at: `${night}T21:30:00+01:00` },
          'caffeine-cutoff': { status: 'missed', at: `${night}T14:00:00+01:00` },
        },
        notified: ['iron-check', 'leg-stretch', 'caffeine-cutoff'],
      }
    }
    open(dir).setNights(nights)
    const again = open(dir)
    expect(Object.keys(again.allNights())).toHaveLength(3650)
    expect(again.getNight('2029-12-28')).toEqual(nights['2029-12-28'])
    expect(again.getNight('2029-12-29')).toEqual(emptyNightRecord())
    // About 1.7 MB with three steps a night, in ten year files of about 170 KB; bounded so a format change
    // that bloats them, or nights filed under the wrong year, is noticed.
    const years = fs.readdirSync(dir).filter((name) => name.startsWith('nights-'))
    expect(years.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `nights-${2020 + i}.json`))
    const sizes = years.map((name) => fs.statSync(path.join(dir, name)).size)
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(4_000_000)
    expect(Math.max(...sizes)).toBeLessThan(400_000)
  })
})

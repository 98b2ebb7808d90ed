// Reading a store file at its edges: a damaged file named for what it holds, one that cannot even be copied
// aside left exactly as it is, a long reason shortened for the person, and a bug never taken for damage.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createStore } from '../../electron/store.ts'
import { aesSealer, DecryptFailed, plainSealer, SealedUnreadable } from '../../electron/store-crypto.ts'
import { realIo } from '../../electron/store-files.ts'
import { type DocumentFormat, DocumentProblem } from '../../electron/store-migrations.ts'
import { loadDocument } from '../../electron/store-recovery.ts'
import { noTriggers } from '../../shared/checkin.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { quiet } from '../support/logger.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-key-edges-')
const T0 = Date.UTC(2026, 10, 24, 21, 30, 0, 5)
const STAMP = '2026-11-24T21-30-00-005Z'
const spyLogger = quiet

describe('reading a store file', () => {
  const open = (directory: string) => createStore({ directory, logger: spyLogger(), now: () => T0 })
  const settingsFile = (dir: string) => path.join(dir, 'settings.json')

  it('a byte order mark a text editor added is not damage', () => {
    const dir = tempDir()
    const text = JSON.stringify({ schemaVersion: 1, settings: { ...defaultSettings(), bedtime: '23:15' } })
    fs.writeFileSync(settingsFile(dir), `\uFEFF${text}`)
    const store = open(dir)
    expect(store.getSettings().bedtime).toBe('23:15')
    expect(store.takeNotices()).toEqual([])
  })

  it('a damaged file that cannot be copied aside is left exactly as it is, and changes are not written over it', () => {
    const dir = tempDir()
    fs.writeFileSync(settingsFile(dir), '{"schemaVersion": 1, "settings": ')
    // Every name a copy could take is already in use.
    for (let attempt = 1; attempt <= 100; attempt++) {
      const suffix = attempt === 1 ? '' : `-${attempt}`
      fs.writeFileSync(path.join(dir, `settings.corrupt-${STAMP}${suffix}.json`), 'earlier copy')
    }
    const logger = spyLogger()
    const store = createStore({ directory: dir, logger, now: () => T0 })
    expect(store.takeNotices()).toEqual([
      `Your settings file at ${settingsFile(dir)} could not be used (the file is not valid JSON (it may be cut short)) and could not be copied aside, so Eventide left it as it is and started with default settings. Changes will not be saved until Eventide restarts.`,
    ])
    store.setSettings({ ...defaultSettings(), bedtime: '23:15' })
    expect(fs.readFileSync(settingsFile(dir), 'utf8')).toBe('{"schemaVersion": 1, "settings": ')
    expect(logger.error).toHaveBeenCalledWith(
      `store: could not copy ${settingsFile(dir)} aside:`,
      expect.any(Error),
    )
    expect(fs.readdirSync(dir)).toHaveLength(101)
  })

  it('the 100th copy name is still tried', () => {
    const dir = tempDir()
    fs.writeFileSync(settingsFile(dir), '{')
    for (let attempt = 1; attempt <= 99; attempt++) {
      const suffix = attempt === 1 ? '' : `-${attempt}`
      fs.writeFileSync(path.join(dir, `settings.corrupt-${STAMP}${suffix}.json`), 'earlier copy')
    }
    open(dir)
    expect(fs.readFileSync(path.join(dir, `settings.corrupt-${STAMP}-100.json`), 'utf8')).toBe('{')
    expect(fs.existsSync(settingsFile(dir))).toBe(false)
  })

  it('a long reason is shortened to 160 characters in the notice', () => {
    const dir = tempDir()
    // Many bad fields: the validation message names each of them and runs long.
    const settings = {
      ...defaultSettings(),
      bedtime: 'x',
      wakeTime: 'y',
      language: 7,
      paused: 'no',
      extra1: 1,
    }
    fs.writeFileSync(settingsFile(dir), JSON.stringify({ schemaVersion: 1, settings }))
    const logger = spyLogger()
    const store = createStore({ directory: dir, logger, now: () => T0 })
    const logged = (
      logger.warn.mock.calls.map((c) => String(c[0])).find((m) => m.includes('is unusable: ')) ?? ''
    ).split('is unusable: ')[1] as string
    expect(logged.length).toBeGreaterThan(160)
    const [notice] = store.takeNotices()
    expect(notice).toContain(`(${logged.slice(0, 157)}...)`)
  })

  it.each([
    [
      'settings.json',
      '{',
      'settings',
      'default settings',
      'the file is not valid JSON (it may be cut short)',
    ],
    ['nights-2025.json', '', '2025 night records', 'no saved nights for 2025', 'the file is empty'],
    [
      'journal-core.json',
      '[]',
      'labs, medicines and travel nights',
      'no labs, medicines or travel nights',
      'expected a JSON object, got a list',
    ],
    [
      'journal-2025.json',
      JSON.stringify({
        schemaVersion: 1,
        checkIns: {
          '2024-12-31': {
            severity: 3,
            sleepQuality: 6,
            onset: 'bedtime',
            triggers: noTriggers(),
            note: '',
            savedAt: '2025-01-01T08:00:00+01:00',
          },
        },
      }),
      '2025 check-ins',
      'no saved check-ins for 2025',
      'checkIns.2024-12-31: expected a night in 2025, the year of this file',
    ],
    [
      'journal.json',
      '{"schemaVersion": 1}',
      'check-ins, labs and medicines',
      'an empty journal',
      'journal: ',
    ],
    [
      'nights.json',
      Buffer.from([0xff, 0xfe, 0x00]),
      'night records',
      'no saved nights',
      'the file is not text',
    ],
  ])(
    'a damaged %s is named for what it holds, why, and what Eventide started with',
    (name, bytes, holds, fallback, reason) => {
      const dir = tempDir()
      fs.writeFileSync(path.join(dir, name), bytes)
      const logger = spyLogger()
      const [notice, ...more] = createStore({ directory: dir, logger, now: () => T0 }).takeNotices()
      expect(more).toEqual([])
      const copy = path.join(dir, `${name.replace('.json', '')}.corrupt-${STAMP}.json`)
      expect(logger.warn).toHaveBeenCalledWith(`store: copied the unusable ${holds} file to ${copy}`)
      expect(notice).toMatch(
        new RegExp(
          `^Your ${holds} file could not be used \\(${reason.replace(/[.()[\]]/g, '\\$&')}.*\\)\\. Eventide kept a copy at ${copy.replace(/[.()[\]]/g, '\\$&')} and started with ${fallback}\\.$`,
        ),
      )
    },
  )

  it('a bug while reading (not damage) is thrown, and the file is left as it is', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'odd.json'), '{"schemaVersion": 1}')
    const format: DocumentFormat<number> = {
      name: 'odd',
      holds: 'odd things',
      fallback: 'none',
      version: 1,
      migrations: {},
      parse: () => {
        throw new TypeError('a bug')
      },
      empty: () => 0,
      body: () => ({}),
    }
    const context = {
      directory: dir,
      now: () => T0,
      logger: spyLogger(),
      notify: vi.fn(),
      writable: true,
      io: realIo,
      sealer: plainSealer('plain'),
      scheduleRetry: () => {},
    }
    expect(() => loadDocument(format, context)).toThrow(new TypeError('a bug'))
    expect(fs.readdirSync(dir)).toEqual(['odd.json'])
    expect(context.notify).not.toHaveBeenCalled()
  })
})

describe('errors of the store', () => {
  it('are named for what went wrong, with a message that says it', () => {
    expect(() =>
      plainSealer('locked').open('settings', aesSealer(Buffer.alloc(32)).seal('settings', '{}')),
    ).toThrow(new SealedUnreadable('encrypted, and the key is not available'))
    expect(new SealedUnreadable('x').name).toBe('SealedUnreadable')
    expect(new DecryptFailed('x').name).toBe('DecryptFailed')
    expect(new DocumentProblem('x').name).toBe('DocumentProblem')
  })
})

// The data key and the reading of a damaged file, at their edges: a key that is the wrong size or cannot be
// unwrapped is never replaced, a keychain that fails is no keychain, a file that cannot even be copied
// aside is left exactly as it is, and a long reason is shortened for the person, not for the log.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import {
  aesSealer,
  DecryptFailed,
  KEY_FILE,
  type KeyWrapper,
  plainNotice,
  plainSealer,
  SealedUnreadable,
  setUpKey,
} from '../../electron/store-crypto.ts'
import { realIo } from '../../electron/store-files.ts'
import { type DocumentFormat, DocumentProblem } from '../../electron/store-migrations.ts'
import { loadDocument } from '../../electron/store-recovery.ts'
import { noTriggers } from '../../shared/checkin.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { fakeSafeStorage } from '../support/electron-mock.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-key-edges-')
const T0 = Date.UTC(2026, 10, 24, 21, 30, 0, 5)
const STAMP = '2026-11-24T21-30-00-005Z'
const spyLogger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger
const keyFile = (dir: string) => path.join(dir, KEY_FILE)
const setUp = (directory: string, wrapper: KeyWrapper | undefined, writable = true, logger = spyLogger()) =>
  setUpKey({ directory, wrapper, io: realIo, logger, writable })
const LOCKED = /keychain that holds its key is not available/

describe('the data key', () => {
  it('is created once, wrapped by the keychain, and used again at the next start', () => {
    const dir = tempDir()
    const wrapper = fakeSafeStorage({ available: true })
    const logger = spyLogger()
    const first = setUp(dir, wrapper, true, logger)
    expect(first.sealer.protection).toBe('encrypted')
    expect(first.notice).toBeUndefined()
    expect(logger.info).toHaveBeenCalledWith('store: created a data key wrapped by the system keychain')
    expect(logger.error).not.toHaveBeenCalled()
    expect(first.sealer.open('settings', first.sealer.seal('settings', '"Müdigkeit – 眠"')).toString()).toBe(
      '"Müdigkeit – 眠"',
    )
    const stored = fs.readFileSync(keyFile(dir), 'utf8')
    expect(JSON.parse(stored)).toEqual({ schemaVersion: 1, wrappedKey: expect.any(String) })
    const second = setUp(dir, wrapper)
    expect(second.sealer.protection).toBe('encrypted')
    expect(second.sealer.open('settings', first.sealer.seal('settings', '{"a":1}')).toString()).toBe(
      '{"a":1}',
    )
    expect(fs.readFileSync(keyFile(dir), 'utf8')).toBe(stored)
    expect(wrapper.state.wraps).toBe(1)
  })

  it.each([
    ['unwraps to 16 bytes instead of 32', Buffer.alloc(16, 1).toString('base64')],
    ['unwraps to 33 bytes', Buffer.alloc(33, 1).toString('base64')],
  ])('that %s is not used, and its file is kept as it is', (_what, inner) => {
    const dir = tempDir()
    const wrapper = fakeSafeStorage({ available: true })
    const wrapped = wrapper.encryptString(inner).toString('base64')
    const stored = JSON.stringify({ schemaVersion: 1, wrappedKey: wrapped })
    fs.writeFileSync(keyFile(dir), stored)
    const setup = setUp(dir, wrapper)
    expect(setup.sealer.protection).toBe('locked')
    expect(setup.notice).toMatch(LOCKED)
    expect(fs.readFileSync(keyFile(dir), 'utf8')).toBe(stored)
  })

  it('that the keychain cannot unwrap is logged with the reason and kept', () => {
    const dir = tempDir()
    fs.writeFileSync(keyFile(dir), JSON.stringify({ schemaVersion: 1, wrappedKey: 'bm90IG91cnM=' }))
    const logger = spyLogger()
    const setup = setUp(dir, fakeSafeStorage({ available: true }), true, logger)
    expect(setup.sealer.protection).toBe('locked')
    expect(logger.error).toHaveBeenCalledWith('store: the keychain could not unwrap the data key (Error)')
  })

  it('whose keychain is gone is locked, with a warning and a notice', () => {
    const dir = tempDir()
    const wrapper = fakeSafeStorage({ available: true })
    setUp(dir, wrapper)
    wrapper.state.available = false
    const logger = spyLogger()
    const setup = setUp(dir, wrapper, true, logger)
    expect(setup.sealer.protection).toBe('locked')
    expect(setup.notice).toMatch(LOCKED)
    expect(logger.warn).toHaveBeenCalledWith('store: files are encrypted but the keychain is not available')
  })

  it('is not created in a folder that cannot be written: files stay plain and nothing is said', () => {
    const dir = tempDir()
    const setup = setUp(dir, fakeSafeStorage({ available: true }), false)
    expect(setup).toEqual({ sealer: expect.objectContaining({ protection: 'plain' }) })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('that the keychain fails to wrap is never used: files stay plain, and the failure is logged', () => {
    const dir = tempDir()
    const wrapper = {
      ...fakeSafeStorage({ available: true }),
      encryptString: () => {
        throw new Error('keychain refused')
      },
    }
    const logger = spyLogger()
    const setup = setUp(dir, wrapper, true, logger)
    expect(setup.sealer.protection).toBe('plain')
    expect(setup.notice).toBeUndefined()
    expect(fs.readdirSync(dir)).toEqual([])
    expect(logger.error).toHaveBeenCalledWith(
      'store: could not store a new data key (Error); files stay unencrypted',
    )
  })
})

describe('no keychain', () => {
  it('a keychain whose check throws counts as none: plain, told once, and the key file records it', () => {
    const dir = tempDir()
    const wrapper = {
      ...fakeSafeStorage({ available: true }),
      isEncryptionAvailable: () => {
        throw new Error('not ready')
      },
    }
    const first = setUp(dir, wrapper)
    expect(first.sealer.protection).toBe('plain')
    expect(first.notice).toBe(plainNotice())
    expect(JSON.parse(fs.readFileSync(keyFile(dir), 'utf8'))).toEqual({ schemaVersion: 1, wrappedKey: null })
    expect(setUp(dir, wrapper)).toEqual({ sealer: expect.objectContaining({ protection: 'plain' }) })
  })

  it('in a folder that cannot be written, is not recorded and not told (the folder notice says enough)', () => {
    const dir = tempDir()
    const setup = setUp(dir, fakeSafeStorage({ available: false }), false)
    expect(setup).toEqual({ sealer: expect.objectContaining({ protection: 'plain' }) })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('a key file that cannot be recorded still leaves the person told', () => {
    const dir = tempDir()
    const logger = spyLogger()
    const setup = setUpKey({
      directory: dir,
      wrapper: fakeSafeStorage({ available: false }),
      io: {
        ...realIo,
        writeNew: () => {
          throw Object.assign(new Error('full'), { code: 'ENOSPC' })
        },
      },
      logger,
      writable: true,
    })
    expect(setup.notice).toBe(plainNotice())
    expect(logger.warn).toHaveBeenCalledWith(
      'store: could not record that data is stored unencrypted (ENOSPC)',
    )
  })

  it('an unreadable key file is logged by name, and left as it is', () => {
    const dir = tempDir()
    fs.writeFileSync(keyFile(dir), '{')
    const logger = spyLogger()
    const setup = setUp(dir, fakeSafeStorage({ available: false }), true, logger)
    expect(logger.error).toHaveBeenCalledWith(`store: ${KEY_FILE} is unreadable (SyntaxError)`)
    expect(setup.notice).toBeUndefined()
    expect(fs.readFileSync(keyFile(dir), 'utf8')).toBe('{')
  })

  it('a key file without a wrapped key counts as the record that data is plain: not told again', () => {
    const dir = tempDir()
    fs.writeFileSync(keyFile(dir), '{"schemaVersion":1}')
    const setup = setUp(dir, fakeSafeStorage({ available: false }))
    expect(setup).toEqual({ sealer: expect.objectContaining({ protection: 'plain' }) })
    expect(fs.readFileSync(keyFile(dir), 'utf8')).toBe('{"schemaVersion":1}')
  })

  it('without a keychain at all (tests, tools) files are plain and nobody is told', () => {
    const dir = tempDir()
    expect(setUp(dir, undefined)).toEqual({ sealer: expect.objectContaining({ protection: 'plain' }) })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('a keychain that does not say its backend (macOS, Windows) is used', () => {
    const dir = tempDir()
    const { getSelectedStorageBackend: _linuxOnly, ...wrapper } = fakeSafeStorage({ available: true })
    expect(setUp(dir, wrapper).sealer.protection).toBe('encrypted')
  })

  it.skipIf(process.platform === 'win32')(
    'a key file an older build left readable by others is narrowed to 0600',
    () => {
      const dir = tempDir()
      const wrapper = fakeSafeStorage({ available: true })
      setUp(dir, wrapper)
      fs.chmodSync(keyFile(dir), 0o644)
      setUp(dir, wrapper)
      expect(fs.statSync(keyFile(dir)).mode & 0o777).toBe(0o600)
    },
  )
})

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

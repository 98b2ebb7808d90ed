// The data key at its edges: a key that is the wrong size or cannot be unwrapped is never replaced, a
// keychain that fails is no keychain, and a folder that cannot be written gets no key.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { KEY_FILE, type KeyWrapper, plainNotice, setUpKey } from '../../electron/store-crypto.ts'
import { realIo } from '../../electron/store-files.ts'
import { fakeSafeStorage } from '../support/electron-mock.ts'
import { quiet } from '../support/logger.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-key-edges-')
const spyLogger = quiet
const keyFile = (dir: string) => path.join(dir, KEY_FILE)
const setUp = (directory: string, wrapper: KeyWrapper | undefined, writable = true, logger = spyLogger()) =>
  setUpKey({ directory, wrapper, io: realIo, logger, writable })
const LOCKED = /keychain that holds its key is not available/
/** A keychain that works, with the clock that names a damaged key file's copy. */
const setUpWithKeychainAt = (directory: string, now: number, logger = spyLogger()) =>
  setUpKey({
    directory,
    wrapper: fakeSafeStorage({ available: true }),
    io: realIo,
    logger,
    writable: true,
    now: () => now,
  })

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

  it.each([
    ['with a keychain, no key is created', true],
    ['without one, the plain choice is not recorded', false],
  ])(
    'in a folder that cannot be written, %s: files stay plain and nothing is said (the folder notice says enough)',
    (_, available) => {
      const dir = tempDir()
      const setup = setUp(dir, fakeSafeStorage({ available }), false)
      expect(setup).toEqual({ sealer: expect.objectContaining({ protection: 'plain' }) })
      expect(fs.readdirSync(dir)).toEqual([])
    },
  )

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

  it.each([
    ['not JSON', '{"schemaVersion":1,"wrappedKey":"djEw'],
    ['not a record', '["djEw"]'],
    ['a wrapped key that is no string', '{"schemaVersion":1,"wrappedKey":42}'],
  ])('damaged (%s) is copied aside before a new key replaces it', (_, damaged) => {
    const dir = tempDir()
    fs.writeFileSync(keyFile(dir), damaged)
    const logger = spyLogger()
    const setup = setUpWithKeychainAt(dir, Date.UTC(2026, 10, 24, 21, 30), logger)
    expect(setup.sealer.protection).toBe('encrypted')
    const copy = path.join(dir, 'encryption.corrupt-2026-11-24T21-30-00-000Z.json')
    expect(fs.readFileSync(copy, 'utf8')).toBe(damaged)
    if (process.platform !== 'win32') expect(fs.statSync(copy).mode & 0o777).toBe(0o600)
    expect(logger.warn).toHaveBeenCalledWith(`store: copied the damaged ${KEY_FILE} to ${copy}`)
    expect(JSON.parse(fs.readFileSync(keyFile(dir), 'utf8'))).toEqual({
      schemaVersion: 1,
      wrappedKey: expect.any(String),
    })
  })

  it('damaged, and its copy cannot be written, is left as it is and no new key is made', () => {
    const dir = tempDir()
    fs.writeFileSync(keyFile(dir), '{')
    const logger = spyLogger()
    const setup = setUpWithKeychainAt(dir, 0, logger)
    expect(setup.sealer.protection).toBe('encrypted')
    // The first start kept a copy. Every other name for the same instant is taken too (folders), so a
    // second damaged file cannot be copied without overwriting one.
    fs.writeFileSync(keyFile(dir), '{{')
    for (let i = 2; i <= 100; i++)
      fs.mkdirSync(path.join(dir, `encryption.corrupt-1970-01-01T00-00-00-000Z-${i}.json`))
    const again = setUpWithKeychainAt(dir, 0, logger)
    expect(again.sealer.protection).toBe('plain')
    expect(fs.readFileSync(keyFile(dir), 'utf8')).toBe('{{')
    expect(logger.error).toHaveBeenCalledWith(
      `store: could not copy the damaged ${KEY_FILE} aside (EEXIST); it is left as it is`,
    )
  })

  it('that cannot be read at all is never replaced by a new key', () => {
    const dir = tempDir()
    fs.mkdirSync(keyFile(dir))
    const logger = spyLogger()
    const setup = setUp(dir, fakeSafeStorage({ available: true }), true, logger)
    expect(setup.sealer.protection).toBe('plain')
    expect(fs.statSync(keyFile(dir)).isDirectory()).toBe(true)
    expect(logger.error).toHaveBeenCalledWith(`store: ${KEY_FILE} is unreadable (EISDIR)`)
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

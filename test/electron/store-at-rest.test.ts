// Health data at rest, on a real temp folder: file modes, encryption with a keychain-wrapped key, plain
// files migrating, no keychain, a keychain that goes away, crash leftovers, and a failed save at quit.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { createStore, WRITE_RETRY_MS } from '../../electron/store.ts'
import { KEY_FILE, plainNotice, SEALED_MAGIC } from '../../electron/store-crypto.ts'
import { realIo, type StoreIo } from '../../electron/store-files.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { fakeSafeStorage } from '../support/electron-mock.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-at-rest-')
const quiet = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger
const T0 = Date.UTC(2026, 10, 24, 21, 30)
type Wrapper = ReturnType<typeof fakeSafeStorage>
const open = (directory: string, keyWrapper?: Wrapper, io?: StoreIo) =>
  createStore({
    directory,
    logger: quiet(),
    now: () => T0,
    ...(keyWrapper ? { keyWrapper } : {}),
    ...(io ? { io } : {}),
  })

const aNight: NightRecord = {
  ...emptyNightRecord(),
  steps: { magnesium: { status: 'done', at: '2026-11-24T21:50:00+01:00' } },
  notified: ['magnesium'],
}
const lab = { id: 'lab-1', kind: 'ferritin', value: 43, date: '2026-11-20' }
const modeOf = (file: string) => fs.statSync(file).mode & 0o777
const files = (dir: string) => fs.readdirSync(dir).sort()
const bytesOf = (dir: string) =>
  Object.fromEntries(files(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]))

function fill(store: ReturnType<typeof open>) {
  store.setSettings({ ...defaultSettings(), bedtime: '23:40' })
  store.setNight('2026-11-24', aNight)
  store.setJournal({ ...store.getJournal(), labs: [lab as never] })
}

function expectFilled(store: ReturnType<typeof open>) {
  expect(store.getSettings().bedtime).toBe('23:40')
  expect(store.getNight('2026-11-24')).toEqual(aNight)
  expect(store.getJournal().labs).toEqual([lab])
}

afterEach(() => {
  vi.useRealTimers()
})

describe.skipIf(process.platform === 'win32')('store: file modes', () => {
  it('every file it writes is 0600 and the folder it creates is 0700', () => {
    const dir = path.join(tempDir(), 'Eventide')
    const store = open(dir, fakeSafeStorage({ available: true }))
    fill(store)
    fs.writeFileSync(path.join(dir, 'nights-2025.json'), 'damaged', { mode: 0o644 })
    open(dir, fakeSafeStorage({ available: true }))
    expect(modeOf(dir)).toBe(0o700)
    const names = files(dir)
    expect(names).toEqual(
      expect.arrayContaining([KEY_FILE, 'settings.json', 'nights-2026.json', 'journal-core.json']),
    )
    expect(names.some((n) => n.startsWith('nights-2025.corrupt-'))).toBe(true)
    for (const name of names) expect([name, modeOf(path.join(dir, name))]).toEqual([name, 0o600])
  })

  it('narrows files and the folder an older build left readable by others', () => {
    const dir = tempDir()
    fs.chmodSync(dir, 0o755)
    const file = path.join(dir, 'settings.json')
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, settings: defaultSettings() }), { mode: 0o644 })
    fs.chmodSync(file, 0o644)
    expect(open(dir).getSettings()).toEqual(defaultSettings())
    expect(modeOf(file)).toBe(0o600)
    expect(modeOf(dir)).toBe(0o700)
  })
})

describe('store: encryption at rest', () => {
  it('round trip: nothing readable on disk, everything back after a restart', () => {
    const dir = tempDir()
    const keychain = fakeSafeStorage({ available: true })
    const store = open(dir, keychain)
    expect(store.protection).toBe('encrypted')
    fill(store)
    for (const name of ['settings.json', 'nights-2026.json', 'journal-core.json']) {
      const bytes = fs.readFileSync(path.join(dir, name))
      expect(bytes.subarray(0, SEALED_MAGIC.length).equals(SEALED_MAGIC)).toBe(true)
      expect(bytes.includes('23:40')).toBe(false)
      expect(bytes.includes('ferritin')).toBe(false)
      expect(bytes.includes('magnesium')).toBe(false)
    }
    // The key file holds the data key only as the keychain wrapped it.
    const keyFile = JSON.parse(fs.readFileSync(path.join(dir, KEY_FILE), 'utf8'))
    expect(typeof keyFile.wrappedKey).toBe('string')
    const again = open(dir, keychain)
    expectFilled(again)
    expect(again.takeNotices()).toEqual([])
    expect(keychain.state.wraps).toBe(1)
  })

  it('migrates plain files from an earlier build at first start, losing nothing', () => {
    const dir = tempDir()
    fill(open(dir))
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'journal-core.json'), 'utf8')).journal.labs).toEqual([
      lab,
    ])

    const store = open(dir, fakeSafeStorage({ available: true }))
    expectFilled(store)
    for (const name of ['settings.json', 'nights-2026.json', 'journal-core.json']) {
      expect(fs.readFileSync(path.join(dir, name)).includes('schemaVersion')).toBe(false)
    }
    expectFilled(open(dir, fakeSafeStorage({ available: true })))
  })

  it('a file swapped for another store file fails authentication and is copied aside, not trusted', () => {
    const dir = tempDir()
    const keychain = fakeSafeStorage({ available: true })
    fill(open(dir, keychain))
    fs.copyFileSync(path.join(dir, 'journal-core.json'), path.join(dir, 'settings.json'))
    const store = open(dir, keychain)
    expect(store.getSettings()).toEqual(defaultSettings())
    expect(store.getJournal().labs).toEqual([lab])
    expect(store.takeNotices()).toEqual([
      expect.stringMatching(/settings file could not be used.*another key/),
    ])
  })
})

describe('store: no keychain', () => {
  it('keeps working unencrypted and tells the person once', () => {
    const dir = tempDir()
    const store = open(dir, fakeSafeStorage({ available: false }))
    expect(store.protection).toBe('plain')
    expect(store.takeNotices()).toEqual([plainNotice()])
    fill(store)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).settings.bedtime).toBe(
      '23:40',
    )
    const again = open(dir, fakeSafeStorage({ available: false }))
    expectFilled(again)
    expect(again.takeNotices()).toEqual([])
  })

  it("Linux's basic_text backend counts as no keychain: its password is built into Chromium", () => {
    const dir = tempDir()
    const store = open(dir, fakeSafeStorage({ available: true, backend: 'basic_text' }))
    expect(store.protection).toBe('plain')
    expect(store.takeNotices()).toEqual([plainNotice()])
  })

  it('a keychain that appears later encrypts the plain files, with nothing lost', () => {
    const dir = tempDir()
    fill(open(dir, fakeSafeStorage({ available: false })))
    const store = open(dir, fakeSafeStorage({ available: true }))
    expect(store.protection).toBe('encrypted')
    expectFilled(store)
    expect(fs.readFileSync(path.join(dir, 'settings.json')).includes('23:40')).toBe(false)
  })

  it('a keychain that goes away leaves encrypted files untouched, and they are all back with it', () => {
    const dir = tempDir()
    const keychain = fakeSafeStorage({ available: true })
    fill(open(dir, keychain))
    const before = bytesOf(dir)

    keychain.state.available = false
    const locked = open(dir, keychain)
    expect(locked.protection).toBe('locked')
    expect(locked.takeNotices()).toEqual([expect.stringContaining('left those files untouched')])
    // Works in memory, never overwrites what it cannot read.
    locked.setSettings({ ...defaultSettings(), bedtime: '21:00' })
    locked.setNight('2026-11-24', { ...aNight, paused: true })
    expect(locked.getSettings().bedtime).toBe('21:00')
    expect(bytesOf(dir)).toEqual(before)
    // An import cannot be written whole, so it is refused rather than half-applied.
    expect(() =>
      locked.replaceAll({ settings: defaultSettings(), nights: {}, journal: locked.getJournal() }),
    ).toThrow(/nothing was imported/)

    keychain.state.available = true
    expectFilled(open(dir, keychain))
  })

  it('a wrapped key the keychain cannot unwrap is never replaced', () => {
    const dir = tempDir()
    fill(open(dir, fakeSafeStorage({ available: true })))
    const keyBytes = fs.readFileSync(path.join(dir, KEY_FILE))
    const other = fakeSafeStorage({ available: true })
    other.decryptString = () => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    }
    const store = open(dir, other)
    expect(store.protection).toBe('locked')
    expect(fs.readFileSync(path.join(dir, KEY_FILE)).equals(keyBytes)).toBe(true)
    expectFilled(open(dir, fakeSafeStorage({ available: true })))
  })
})

describe('store: crash leftovers', () => {
  it('removes partial temp files at start and keeps everything else', () => {
    const dir = tempDir()
    fill(open(dir))
    fs.writeFileSync(path.join(dir, 'settings.json.tmp-3f9a0c'), '{"schemaVersion": 1, "sett')
    fs.writeFileSync(path.join(dir, 'nights-2026.json.tmp-17325523421234'), '')
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not ours to remove')
    const store = open(dir)
    expectFilled(store)
    expect(files(dir)).toEqual(['journal-core.json', 'nights-2026.json', 'notes.txt', 'settings.json'])
  })
})

describe('store: nothing lost at quit', () => {
  /** Real disk calls, except that writes fail while `down` is set. */
  function flakyDisk() {
    const disk = { down: false }
    const io: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        if (disk.down) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        realIo.writeNew(file, bytes)
      },
    }
    return { disk, io }
  }

  it('a save that failed is written by the flush at quit', () => {
    const dir = tempDir()
    const { disk, io } = flakyDisk()
    const store = open(dir, undefined, io)
    store.setSettings({ ...defaultSettings(), bedtime: '22:00' })
    disk.down = true
    store.setSettings({ ...defaultSettings(), bedtime: '23:55' })
    store.setNight('2026-11-24', aNight)
    expect(store.takeNotices()).toHaveLength(2)
    expect(open(dir).getSettings().bedtime).toBe('22:00')

    disk.down = false
    expect(store.flush()).toEqual([])
    const after = open(dir)
    expect(after.getSettings().bedtime).toBe('23:55')
    expect(after.getNight('2026-11-24')).toEqual(aNight)
  })

  it('a flush that still fails says which data could not be saved', () => {
    const dir = tempDir()
    const { disk, io } = flakyDisk()
    const store = open(dir, undefined, io)
    disk.down = true
    store.setNight('2026-11-24', aNight)
    const unsaved = store.flush()
    expect(unsaved).toEqual([
      expect.stringMatching(/2026 night records could not be saved to .*nights-2026\.json/),
    ])
    expect(files(dir)).toEqual([])
  })

  it('a failed save is retried on its own a minute later, without waiting for another change', () => {
    vi.useFakeTimers()
    const dir = tempDir()
    const { disk, io } = flakyDisk()
    const store = open(dir, undefined, io)
    disk.down = true
    store.setSettings({ ...defaultSettings(), bedtime: '23:55' })
    disk.down = false
    vi.advanceTimersByTime(WRITE_RETRY_MS)
    expect(open(dir).getSettings().bedtime).toBe('23:55')
  })
})

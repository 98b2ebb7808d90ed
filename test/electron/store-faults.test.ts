// The store facing damaged files and folders it cannot write: the user's bytes are kept, the app goes on.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, type TestContext, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { createStore, WRITE_RETRY_MS } from '../../electron/store.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'

const dirs: string[] = []
const undos: (() => void)[] = []
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventide-faults-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  // Permissions go back first, or the folders could not be removed.
  for (const undo of undos.splice(0)) undo()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const T0 = Date.UTC(2026, 10, 24, 21, 30, 0, 5)
const STAMP = '2026-11-24T21-30-00-005Z'
const spyLogger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger
const open = (directory: string, logger: Logger = spyLogger(), now = () => T0) =>
  createStore({ directory, logger, now })

const aNight: NightRecord = {
  ...emptyNightRecord(),
  steps: { 'leg-stretch': { status: 'done', at: '2026-11-24T21:00:00+01:00' } },
  notified: ['leg-stretch'],
}
const validSettingsFile = JSON.stringify({ schemaVersion: 1, settings: defaultSettings() }, null, '\t')
const validNightsFile = JSON.stringify({ schemaVersion: 1, nights: { '2026-11-24': aNight } }, null, '\t')

const damage = {
  'truncated JSON': (valid: string) => Buffer.from(valid.slice(0, Math.floor(valid.length / 2))),
  'an empty file': () => Buffer.alloc(0),
  'binary garbage': () =>
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x1a, 0x0a, 0xc3, 0x28, 0x00]),
  'valid JSON with the wrong schema': (valid: string) =>
    Buffer.from(valid.replace('"paused": false', '"paused": "no"').replace('"22:30"', '7')),
  'no schemaVersion at all': (valid: string) => Buffer.from(JSON.stringify(JSON.parse(valid).settings ?? [])),
  'a future schema version': (valid: string) =>
    Buffer.from(valid.replace('"schemaVersion": 1', '"schemaVersion": 99')),
}

const concerns = [
  {
    name: 'settings',
    valid: validSettingsFile,
    other: { name: 'nights-2026', valid: validNightsFile },
    gotDefaults: (store: ReturnType<typeof open>) => expect(store.getSettings()).toEqual(defaultSettings()),
    otherLoaded: (store: ReturnType<typeof open>) => expect(store.getNight('2026-11-24')).toEqual(aNight),
  },
  {
    name: 'nights-2026',
    valid: validNightsFile,
    other: { name: 'settings', valid: validSettingsFile.replace('"22:30"', '"23:10"') },
    gotDefaults: (store: ReturnType<typeof open>) => expect(store.allNights()).toEqual({}),
    otherLoaded: (store: ReturnType<typeof open>) => expect(store.getSettings().bedtime).toBe('23:10'),
  },
]

describe.each(concerns.map((c) => [c.name, c] as const))('store: a damaged %s.json', (_, concern) => {
  it.each(Object.entries(damage))(
    '%s: copied aside byte for byte, defaults loaded, one notice',
    (_kind, make) => {
      const dir = tempDir()
      const bytes = make(concern.valid)
      // Guard the fixture itself: each case must really be unusable, not accidentally valid.
      expect(bytes.equals(Buffer.from(concern.valid))).toBe(false)
      fs.writeFileSync(path.join(dir, `${concern.name}.json`), bytes)
      fs.writeFileSync(path.join(dir, `${concern.other.name}.json`), concern.other.valid)
      const logger = spyLogger()

      const store = open(dir, logger)

      concern.gotDefaults(store)
      concern.otherLoaded(store)
      const copy = path.join(dir, `${concern.name}.corrupt-${STAMP}.json`)
      expect(fs.readFileSync(copy).equals(bytes)).toBe(true)
      const notices = store.takeNotices()
      expect(notices).toHaveLength(1)
      expect(notices[0]).toContain(copy)
      expect(store.takeNotices()).toEqual([])
      expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining(`${concern.name}.json is unusable`))
      // The other file was not touched; the damaged one was moved out of the way, nothing else appeared.
      expect(fs.readFileSync(path.join(dir, `${concern.other.name}.json`), 'utf8')).toBe(concern.other.valid)
      expect(fs.readdirSync(dir).sort()).toEqual([path.basename(copy), `${concern.other.name}.json`].sort())

      const again = open(dir)
      expect(again.takeNotices()).toEqual([])
      concern.gotDefaults(again)
      concern.otherLoaded(again)
    },
  )
})

describe('store: recovery details', () => {
  it('saves normally after a recovery, and a restart reads what was saved', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"schemaVersion": 1, "settings": {')
    const store = open(dir)
    store.setSettings({ ...defaultSettings(), bedtime: '23:00' })
    expect(open(dir).getSettings().bedtime).toBe('23:00')
  })

  it('never overwrites an earlier copy made at the same moment', () => {
    const dir = tempDir()
    const file = path.join(dir, 'nights-2026.json')
    fs.writeFileSync(file, 'first damage')
    open(dir)
    fs.writeFileSync(file, 'second damage')
    const store = open(dir)
    expect(fs.readFileSync(path.join(dir, `nights-2026.corrupt-${STAMP}.json`), 'utf8')).toBe('first damage')
    const second = path.join(dir, `nights-2026.corrupt-${STAMP}-2.json`)
    expect(fs.readFileSync(second, 'utf8')).toBe('second damage')
    expect(store.takeNotices()).toEqual([expect.stringContaining(second)])
  })

  it('a folder in the place of settings.json: defaults, one notice, and nights still save', () => {
    const dir = tempDir()
    fs.mkdirSync(path.join(dir, 'settings.json'))
    const logger = spyLogger()
    const store = open(dir, logger)
    expect(store.getSettings()).toEqual(defaultSettings())
    const notices = store.takeNotices()
    expect(notices).toEqual([expect.stringContaining(path.join(dir, 'settings.json'))])
    expect(logger.error).toHaveBeenCalled()
    store.setSettings({ ...defaultSettings(), bedtime: '21:00' })
    expect(store.getSettings().bedtime).toBe('21:00')
    store.setNight('2026-11-24', aNight)
    expect(open(dir).getNight('2026-11-24')).toEqual(aNight)
    expect(fs.statSync(path.join(dir, 'settings.json')).isDirectory()).toBe(true)
  })
})

function canWrite(dir: string): boolean {
  const probe = path.join(dir, '.probe')
  try {
    fs.writeFileSync(probe, '')
    fs.rmSync(probe)
    return true
  } catch {
    return false
  }
}

/**
 * Makes `dir` refuse new files. Permission bits do not bind root, so as root the immutable flag
 * (chattr +i) is used instead. Returns an idempotent undo, or skips the test when neither works here.
 */
function makeReadOnly(dir: string, ctx: TestContext): () => void {
  fs.chmodSync(dir, 0o500)
  let immutable = false
  if (canWrite(dir)) {
    try {
      execFileSync('chattr', ['+i', dir], { stdio: 'ignore' })
      immutable = true
    } catch {
      // No chattr, or no CAP_LINUX_IMMUTABLE: checked below.
    }
  }
  let undone = false
  const undo = () => {
    if (undone) return
    undone = true
    if (immutable) execFileSync('chattr', ['-i', dir], { stdio: 'ignore' })
    fs.chmodSync(dir, 0o700)
  }
  undos.push(undo)
  if (canWrite(dir)) {
    undo()
    ctx.skip('cannot make a folder read-only here: running as root without a working chattr +i')
  }
  return undo
}

const snapshot = (dir: string) =>
  Object.fromEntries(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]))

describe('store: folders it cannot write', () => {
  it('a folder path that is a regular file: defaults, one notice, works in memory, never crashes', () => {
    const file = path.join(tempDir(), 'not-a-folder')
    fs.writeFileSync(file, 'keep me')
    const logger = spyLogger()
    const store = open(file, logger)
    expect(store.getSettings()).toEqual(defaultSettings())
    const notices = store.takeNotices()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(/cannot save to .*not-a-folder/)
    expect(logger.error).toHaveBeenCalled()
    store.setSettings({ ...defaultSettings(), bedtime: '23:00' })
    store.setNight('2026-11-24', aNight)
    expect(store.getSettings().bedtime).toBe('23:00')
    expect(store.getNight('2026-11-24')).toEqual(aNight)
    expect(store.takeNotices()).toEqual([])
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me')
  })

  it('a read-only folder: loads what is there, keeps changes in memory, leaves the files alone', (ctx) => {
    const dir = tempDir()
    const first = open(dir)
    first.setSettings({ ...defaultSettings(), bedtime: '21:45' })
    first.setNight('2026-11-24', aNight)
    const before = snapshot(dir)
    const undo = makeReadOnly(dir, ctx)

    const store = open(dir)
    expect(store.getSettings().bedtime).toBe('21:45')
    expect(store.getNight('2026-11-24')).toEqual(aNight)
    const notices = store.takeNotices()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(/cannot save to .*permission denied/)
    store.setSettings({ ...defaultSettings(), bedtime: '22:15' })
    store.setNight('2026-11-25', aNight)
    expect(store.getSettings().bedtime).toBe('22:15')
    expect(store.getNight('2026-11-25')).toEqual(aNight)
    expect(store.takeNotices()).toEqual([])
    expect(snapshot(dir)).toEqual(before)

    undo()
    expect(open(dir).getSettings().bedtime).toBe('21:45')
  })

  it('a read-only folder with a damaged file: the file is left exactly as it was', (ctx) => {
    const dir = tempDir()
    const file = path.join(dir, 'settings.json')
    fs.writeFileSync(file, '{"schemaVersion": 1, "sett')
    makeReadOnly(dir, ctx)
    const store = open(dir)
    expect(store.getSettings()).toEqual(defaultSettings())
    const notices = store.takeNotices()
    expect(notices).toHaveLength(2)
    expect(notices[1]).toMatch(/settings file at .*settings\.json .*left it as it is/)
    expect(fs.readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "sett')
    expect(fs.readdirSync(dir)).toEqual(['settings.json'])
  })

  it('a folder that stops taking writes mid-session: one notice, changes kept, saved once it works again', (ctx) => {
    const dir = tempDir()
    let now = T0
    const logger = spyLogger()
    const store = open(dir, logger, () => now)
    store.setSettings({ ...defaultSettings(), bedtime: '21:00' })
    const file = path.join(dir, 'settings.json')
    const undo = makeReadOnly(dir, ctx)

    store.setSettings({ ...defaultSettings(), bedtime: '21:15' })
    expect(store.getSettings().bedtime).toBe('21:15')
    const notices = store.takeNotices()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain(`could not save your settings to ${file}`)
    // The log names the file and the kind of failure, not the error object.
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(/could not save .*\(permission denied\)$/),
    )
    now += 1_000
    store.setSettings({ ...defaultSettings(), bedtime: '21:30' })
    expect(store.takeNotices()).toEqual([])
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).settings.bedtime).toBe('21:00')

    undo()
    now += WRITE_RETRY_MS
    store.setSettings({ ...defaultSettings(), bedtime: '21:30', theme: 'dark' })
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).settings).toMatchObject({
      bedtime: '21:30',
      theme: 'dark',
    })
    expect(store.takeNotices()).toEqual([])
  })
})

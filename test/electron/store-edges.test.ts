// The store's parts on their own, at their edges: what a damaged or newer file is told apart by, the words
// the person reads, migrated files set aside, years read at start, sealing, and the packed history index.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  aesSealer,
  DecryptFailed,
  plainSealer,
  SEALED_MAGIC,
  SealedUnreadable,
} from '../../electron/store-crypto.ts'
import { fileSafeTimestamp } from '../../electron/store-files.ts'
import { nightOfDay, packNights, unpackNights } from '../../electron/store-history-index.ts'
import {
  type DocumentFormat,
  DocumentProblem,
  nightsYearFormat,
  readDocument,
  SETTINGS_FORMAT,
} from '../../electron/store-migrations.ts'
import { setAside } from '../../electron/store-nights.ts'
import { describeFsError } from '../../electron/store-recovery.ts'
import { startYears } from '../../electron/store-years.ts'
import { dayNumber } from '../../shared/fields.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-store-edges-')
const failing = (code: string) => Object.assign(new Error(code), { code })

describe('reading a store file: what makes it unusable', () => {
  const problemOf = (data: unknown) => {
    try {
      readDocument(SETTINGS_FORMAT, data)
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentProblem)
      return (error as Error).message
    }
    throw new Error('expected the file to be refused')
  }

  it.each([
    [null, 'expected a JSON object, got null'],
    [[1, 2], 'expected a JSON object, got a list'],
    ['text', 'expected a JSON object, got "text"'],
  ])('%j at the top is refused as not an object', (data, message) => {
    expect(problemOf(data)).toBe(message)
  })

  it.each([
    [0, 'schemaVersion: expected a whole number from 1, got 0'],
    [1.5, 'schemaVersion: expected a whole number from 1, got 1.5'],
    ['1', 'schemaVersion: expected a whole number from 1, got "1"'],
    [undefined, 'schemaVersion: expected a whole number from 1, got nothing'],
  ])('schemaVersion %j is refused, naming the field and what was expected', (version, message) => {
    expect(problemOf({ schemaVersion: version, settings: defaultSettings() })).toBe(message)
  })

  it('a file from a newer Eventide is refused, saying which version this build reads', () => {
    expect(problemOf({ schemaVersion: 2, settings: defaultSettings() })).toBe(
      'schemaVersion: 2 comes from a newer Eventide; this one reads up to 1',
    )
  })

  it('a file at exactly the current version is read as it is', () => {
    const read = readDocument(SETTINGS_FORMAT, { schemaVersion: 1, settings: defaultSettings() })
    expect(read).toEqual({ value: defaultSettings(), fromVersion: 1 })
  })

  it('a bad field is refused naming the field', () => {
    const settings = { ...defaultSettings(), bedtime: '25:99' }
    expect(problemOf({ schemaVersion: 1, settings })).toContain('settings.bedtime')
  })

  const v3: DocumentFormat<string[]> = {
    name: 'steps',
    holds: 'steps',
    fallback: 'none',
    version: 3,
    migrations: {
      2: (body) => ({ list: [...(body.list as string[]), 'two'] }),
      3: (body) => ({ list: [...(body.list as string[]), 'three'] }),
    },
    parse: (body) => (body as { list: string[] }).list,
    empty: () => [],
    body: (list) => ({ list }),
  }

  it('a version 1 file goes through step 2 then step 3, and says it came from version 1', () => {
    expect(readDocument(v3, { schemaVersion: 1, list: ['one'] })).toEqual({
      value: ['one', 'two', 'three'],
      fromVersion: 1,
    })
    expect(readDocument(v3, { schemaVersion: 2, list: ['one'] })).toEqual({
      value: ['one', 'three'],
      fromVersion: 2,
    })
  })

  it('a missing step or a step that throws is a problem naming the versions, not a crash', () => {
    const gap = { ...v3, migrations: { 3: v3.migrations[3] as never } }
    expect(() => readDocument(gap, { schemaVersion: 1, list: [] })).toThrow(
      new DocumentProblem('schemaVersion: no migration from 1 to 2'),
    )
    const broken = {
      ...v3,
      migrations: {
        ...v3.migrations,
        3: () => {
          throw new Error('list is gone')
        },
      },
    }
    expect(() => readDocument(broken, { schemaVersion: 1, list: [] })).toThrow(
      new DocumentProblem('migrating to schemaVersion 3 failed: list is gone'),
    )
  })

  it('a year file is named with four digits, so year 226 is found again at the next start', () => {
    expect(nightsYearFormat(226).name).toBe('nights-0226')
    expect(nightsYearFormat(2026).name).toBe('nights-2026')
  })
})

describe('words the person reads', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'the disk is read-only'],
    ['ENOSPC', 'the disk is full'],
    ['ENOTDIR', 'the folder path is a file'],
    ['EEXIST', 'the folder path is a file'],
    ['EISDIR', 'a folder is in the way'],
    ['EIO', 'EIO'],
  ])('a disk error %s is told as "%s"', (code, words) => {
    expect(describeFsError(failing(code))).toBe(words)
  })

  it('an error without a code is told by its message', () => {
    expect(describeFsError(new Error('odd'))).toBe('odd')
    expect(describeFsError('plain')).toBe('plain')
  })

  it('copy names sort by time and hold no colon; a clock that is not a time gives the epoch', () => {
    expect(fileSafeTimestamp(Date.UTC(2026, 10, 24, 21, 30, 0, 5))).toBe('2026-11-24T21-30-00-005Z')
    expect(fileSafeTimestamp(Number.NaN)).toBe('1970-01-01T00-00-00-000Z')
  })
})

describe('setting a migrated file aside', () => {
  it('never replaces an earlier copy set aside at the same moment', () => {
    const dir = tempDir()
    const legacy = path.join(dir, 'nights.json')
    const t0 = Date.UTC(2026, 0, 2)
    fs.writeFileSync(legacy, 'first')
    const first = setAside(legacy, t0)
    fs.writeFileSync(legacy, 'second')
    const second = setAside(legacy, t0)
    expect(first).toBe(`${legacy}.migrated-2026-01-02T00-00-00-000Z`)
    expect(second).toBe(`${legacy}.migrated-2026-01-02T00-00-00-000Z-2`)
    expect(fs.readFileSync(first, 'utf8')).toBe('first')
    expect(fs.readFileSync(second, 'utf8')).toBe('second')
    expect(fs.existsSync(legacy)).toBe(false)
  })
})

describe('years read at start', () => {
  it('are this year, last year and the two latest on disk', () => {
    expect([...startYears([2019, 2024, 2021, 2023], 2026)].sort()).toEqual([2023, 2024, 2025, 2026])
    expect([...startYears([], 2026)].sort()).toEqual([2025, 2026])
  })
})

describe('sealing', () => {
  const key = Buffer.alloc(32, 7)

  it('an encrypted file cut short is damaged, not a crash', () => {
    const sealed = aesSealer(key).seal('settings', '{}')
    expect(() => aesSealer(key).open('settings', sealed.subarray(0, sealed.length - 3))).toThrow(
      DecryptFailed,
    )
    expect(() => aesSealer(key).open('settings', sealed.subarray(0, 30))).toThrow(
      new DecryptFailed('the encrypted file is cut short'),
    )
  })

  it('the marker alone, or with a nonce and tag cut short, is an encrypted file cut short', () => {
    const sealer = aesSealer(key)
    const sealed = sealer.seal('settings', '')
    expect(sealed.length).toBe(SEALED_MAGIC.length + 12 + 16)
    expect(sealer.open('settings', sealed).toString()).toBe('')
    for (const length of [SEALED_MAGIC.length, sealed.length - 1]) {
      expect(() => sealer.open('settings', sealed.subarray(0, length))).toThrow(
        new DecryptFailed('the encrypted file is cut short'),
      )
    }
    expect(sealer.isSealed(SEALED_MAGIC.subarray(0, SEALED_MAGIC.length - 1))).toBe(false)
  })

  it('seals the same text differently each time, and a changed byte anywhere is found', () => {
    const sealer = aesSealer(key)
    const a = sealer.seal('settings', '{"a":1}')
    expect(a.equals(sealer.seal('settings', '{"a":1}'))).toBe(false)
    for (const at of [SEALED_MAGIC.length, SEALED_MAGIC.length + 12, a.length - 1]) {
      const changed = Buffer.from(a)
      changed[at] = (changed[at] as number) ^ 1
      expect(() => sealer.open('settings', changed)).toThrow(
        new DecryptFailed('the encrypted file is damaged or belongs to another key'),
      )
    }
    expect(() => sealer.open('nights-2026', a)).toThrow(DecryptFailed)
    expect(() => aesSealer(Buffer.alloc(32, 8)).open('settings', a)).toThrow(DecryptFailed)
  })

  it('opens what it sealed, and passes plain JSON from an earlier build through', () => {
    const sealer = aesSealer(key)
    expect(sealer.open('settings', sealer.seal('settings', '{"a":1}')).toString()).toBe('{"a":1}')
    expect(sealer.open('settings', Buffer.from('{"b":2}')).toString()).toBe('{"b":2}')
  })

  it('without the key, an encrypted file is left unread and plain JSON is read', () => {
    const sealed = aesSealer(key).seal('settings', '{}')
    expect(() => plainSealer('locked').open('settings', sealed)).toThrow(SealedUnreadable)
    expect(plainSealer('locked').open('settings', Buffer.from('{}')).toString()).toBe('{}')
    expect(plainSealer('plain').isSealed(sealed)).toBe(true)
    expect(plainSealer('plain').isSealed(Buffer.from('{}'))).toBe(false)
  })
})

describe('the saved history index, packed', () => {
  it.each([
    '1600-02-29',
    '1600-03-01',
    '1699-12-31',
    '1900-02-28',
    '1900-03-01',
    '1970-01-01',
    '1999-12-31',
    '2000-02-28',
    '2000-02-29',
    '2000-03-01',
    '2100-02-28',
    '2100-03-01',
    '2400-02-29',
  ])('turns the day number of %s back into its night key', (night) => {
    expect(nightOfDay(dayNumber(night))).toBe(night)
  })

  it('round-trips paused nights, shared plans and done steps', () => {
    const nights: Parameters<typeof packNights>[1] = [
      [100, { paused: false, done: ['a', 'b'], planned: ['a', 'b', 'c'] }],
      [101, { paused: true, done: [] }],
      [102, { paused: false, done: ['c'], planned: ['a', 'b', 'c'] }],
      [103, { paused: false, done: ['b'], planned: ['b'] }],
      [104, { paused: false, done: ['a'] }],
    ]
    const packed = packNights('fp', nights)
    expect(packed?.plans).toEqual([['a', 'b', 'c'], ['b']])
    expect(packed?.ids).toEqual(['a', 'b', 'c'])
    expect([...unpackNights(packed as never)]).toStrictEqual(nights)
  })

  it('a year with more than 30 distinct steps done is not packed (it is read instead)', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `step-${i}`)
    expect(packNights('fp', [[1, { paused: false, done: ids(30) }]])?.ids).toHaveLength(30)
    expect(packNights('fp', [[1, { paused: false, done: ids(31) }]])).toBeNull()
  })
})

// The store's parts on their own, at their edges: what a damaged or newer file is told apart by, what an
// atomic write leaves when it fails halfway, what a commit leaves behind, and the words the person reads.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import {
  aesSealer,
  DecryptFailed,
  plainSealer,
  SEALED_MAGIC,
  SealedUnreadable,
} from '../../electron/store-crypto.ts'
import {
  COMMIT_MARKER,
  CommitUnfinished,
  commitFiles,
  realIo,
  recoverCommit,
  type StoreIo,
  writeAtomic,
} from '../../electron/store-files.ts'
import { nightOfDay, packNights, unpackNights } from '../../electron/store-history-index.ts'
import {
  type DocumentFormat,
  DocumentProblem,
  nightsYearFormat,
  readDocument,
  SETTINGS_FORMAT,
} from '../../electron/store-migrations.ts'
import { setAside } from '../../electron/store-nights.ts'
import { describeFsError, fileSafeTimestamp } from '../../electron/store-recovery.ts'
import { startYears } from '../../electron/store-years.ts'
import { dayNumber } from '../../shared/fields.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-store-edges-')
const spyLogger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger
const bytes = (text: string) => new TextEncoder().encode(text)
const files = (dir: string) => fs.readdirSync(dir).sort()
const failing = (code: string) => Object.assign(new Error(code), { code })

/** realIo, with one call failing the way a disk does. */
function ioFailing(method: keyof StoreIo, when: (arg: string) => boolean = () => true): StoreIo {
  return {
    ...realIo,
    [method]: (...args: [string, never]) => {
      if (when(args[0])) throw failing('ENOSPC')
      return (realIo[method] as (...a: unknown[]) => void)(...args)
    },
  }
}

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

describe('an atomic write', () => {
  it('writes the new file 0600 and leaves no temp file', () => {
    const dir = tempDir()
    const file = path.join(dir, 'settings.json')
    writeAtomic(realIo, file, bytes('new'))
    expect(fs.readFileSync(file, 'utf8')).toBe('new')
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(files(dir)).toEqual(['settings.json'])
  })

  it.each(['writeNew', 'rename'] as const)(
    'that fails at %s leaves the old file as it was, no temp file, and throws the disk error',
    (step) => {
      const dir = tempDir()
      const file = path.join(dir, 'settings.json')
      fs.writeFileSync(file, 'old')
      // writeNew fails after creating its file, as a full disk does part way through.
      const io: StoreIo =
        step === 'writeNew'
          ? {
              ...realIo,
              writeNew: (f, b) => {
                realIo.writeNew(f, b.subarray(0, 1))
                throw failing('ENOSPC')
              },
            }
          : ioFailing('rename')
      expect(() => writeAtomic(io, file, bytes('new'))).toThrow('ENOSPC')
      expect(fs.readFileSync(file, 'utf8')).toBe('old')
      expect(files(dir)).toEqual(['settings.json'])
    },
  )

  it('whose clean-up fails too still throws the write error, not the clean-up one', () => {
    const dir = tempDir()
    const io: StoreIo = {
      ...ioFailing('rename'),
      remove: () => {
        throw failing('EPERM')
      },
    }
    expect(() => writeAtomic(io, path.join(dir, 'a.json'), bytes('x'))).toThrow('ENOSPC')
  })
})

describe('a multi-file commit', () => {
  const twoFiles = (dir: string) => [
    { file: path.join(dir, 'a.json'), bytes: bytes('new a') },
    { file: path.join(dir, 'b.json'), bytes: bytes('new b') },
  ]

  it('that succeeds leaves the new files and nothing else, and the next start has nothing to do', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'a.json'), 'old a')
    commitFiles(realIo, dir, twoFiles(dir))
    expect(files(dir)).toEqual(['a.json', 'b.json'])
    expect(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('new a')
    const logger = spyLogger()
    expect(recoverCommit(realIo, dir, logger)).toBeUndefined()
    expect(logger.info).not.toHaveBeenCalled()
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it('interrupted after its marker throws CommitUnfinished', () => {
    const dir = tempDir()
    const io: StoreIo = {
      ...realIo,
      rename: (from, to) => {
        if (!to.endsWith(COMMIT_MARKER)) throw failing('EIO')
        realIo.rename(from, to)
      },
    }
    let thrown: unknown
    try {
      commitFiles(io, dir, twoFiles(dir))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(CommitUnfinished)
    expect((thrown as Error).name).toBe('CommitUnfinished')
  })

  it('that fails before its marker leaves the old files, no staged file, and throws the disk error', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'a.json'), 'old a')
    const io = ioFailing('writeNew', (f) => f.includes('b.json'))
    expect(() => commitFiles(io, dir, twoFiles(dir))).toThrow('ENOSPC')
    expect(files(dir)).toEqual(['a.json'])
    expect(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('old a')
  })

  it('whose marker cannot be removed still counts as done, and the next start removes the marker', () => {
    const dir = tempDir()
    const io = ioFailing('remove', (f) => f.endsWith(COMMIT_MARKER))
    commitFiles(io, dir, twoFiles(dir))
    expect(files(dir)).toEqual(['a.json', 'b.json', COMMIT_MARKER])
    expect(recoverCommit(realIo, dir, spyLogger())).toBeUndefined()
    expect(files(dir)).toEqual(['a.json', 'b.json'])
    expect(fs.readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe('new b')
  })

  it('interrupted after its marker is finished at the next start, with the count logged', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'a.json'), 'old a')
    const crash: StoreIo = {
      ...realIo,
      rename: (from, to) => {
        // The marker's own rename goes through; the process dies at the first staged file.
        if (!to.endsWith(COMMIT_MARKER)) throw failing('EIO')
        realIo.rename(from, to)
      },
    }
    expect(() => commitFiles(crash, dir, twoFiles(dir))).toThrow(/renaming the staged files failed \(EIO\)/)
    const logger = spyLogger()
    expect(recoverCommit(realIo, dir, logger)).toBeUndefined()
    expect(files(dir)).toEqual(['a.json', 'b.json'])
    expect(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('new a')
    expect(logger.info).toHaveBeenCalledWith('store: finished an interrupted commit of 2 files')
  })

  it('a marker whose files were partly renamed already finishes the rest', () => {
    const dir = tempDir()
    fs.writeFileSync(
      path.join(dir, COMMIT_MARKER),
      JSON.stringify({ id: 'abc', files: ['a.json', 'b.json'] }),
    )
    fs.writeFileSync(path.join(dir, 'a.json'), 'new a')
    fs.writeFileSync(path.join(dir, 'b.json'), 'old b')
    fs.writeFileSync(path.join(dir, 'b.json.tmp-abc'), 'new b')
    expect(recoverCommit(realIo, dir, spyLogger())).toBeUndefined()
    expect(files(dir)).toEqual(['a.json', 'b.json'])
    expect(fs.readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe('new b')
  })

  it.each([
    ['without an id', { files: ['a.json'] }],
    ['whose files are not a list', { id: 'abc', files: 'a.json' }],
  ])('a marker %s is not followed, and is removed', (_what, marker) => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, COMMIT_MARKER), JSON.stringify(marker))
    fs.writeFileSync(path.join(dir, 'a.json'), 'old a')
    const logger = spyLogger()
    expect(recoverCommit(realIo, dir, logger)).toBeUndefined()
    expect(files(dir)).toEqual(['a.json'])
    expect(logger.info).not.toHaveBeenCalled()
  })

  it.each([
    ['an error without a code, by its name', new TypeError('x'), 'TypeError'],
    ['something that is not an error', 'gone', 'error'],
    ['nothing at all', undefined, 'error'],
  ])('a rename failure with %s is named in the message', (_what, thrown, named) => {
    const dir = tempDir()
    const io: StoreIo = {
      ...realIo,
      rename: (from, to) => {
        if (!to.endsWith(COMMIT_MARKER)) throw thrown
        realIo.rename(from, to)
      },
    }
    expect(() => commitFiles(io, dir, [{ file: path.join(dir, 'a.json'), bytes: bytes('a') }])).toThrow(
      `renaming the staged files failed (${named})`,
    )
  })

  it('a marker naming a file outside the folder is not followed', () => {
    const parent = tempDir()
    const dir = path.join(parent, 'data')
    fs.mkdirSync(dir)
    fs.writeFileSync(path.join(parent, 'x.json.tmp-abc'), 'outside')
    fs.writeFileSync(path.join(dir, COMMIT_MARKER), JSON.stringify({ id: 'abc', files: ['../x.json', 7] }))
    expect(recoverCommit(realIo, dir, spyLogger())).toBeUndefined()
    expect(files(parent)).toEqual(['data', 'x.json.tmp-abc'])
    expect(files(dir)).toEqual([])
  })

  it('an unreadable marker is logged and removed; temp files are removed and counted', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, COMMIT_MARKER), '{"id": ')
    fs.writeFileSync(path.join(dir, 'a.json.tmp-1'), 'x')
    fs.writeFileSync(path.join(dir, 'b.json.tmp-2'), 'x')
    fs.writeFileSync(path.join(dir, 'a.json'), 'kept')
    const logger = spyLogger()
    expect(recoverCommit(realIo, dir, logger)).toBeUndefined()
    expect(files(dir)).toEqual(['a.json'])
    expect(logger.warn).toHaveBeenCalledWith(`store: ignored an unreadable ${COMMIT_MARKER}`)
    expect(logger.info).toHaveBeenCalledWith('store: removed 2 partial temp files left by an earlier run')
  })

  it('that cannot be finished at start is reported, and keeps its marker and staged files for next time', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, COMMIT_MARKER), JSON.stringify({ id: 'abc', files: ['a.json'] }))
    fs.writeFileSync(path.join(dir, 'a.json.tmp-abc'), 'new a')
    const problem = recoverCommit(ioFailing('rename'), dir, spyLogger())
    expect(problem).toMatch(/.+/)
    expect(files(dir)).toEqual(['a.json.tmp-abc', COMMIT_MARKER])
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

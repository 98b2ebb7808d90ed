// Atomic writes and multi-file commits at their edges: a failure at any step leaves the old files, and
// what a crash leaves is finished or cleaned up at the next start.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  COMMIT_MARKER,
  CommitUnfinished,
  commitFiles,
  realIo,
  recoverCommit,
  type StoreIo,
  writeAtomic,
} from '../../electron/store-files.ts'
import { quiet } from '../support/logger.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-store-edges-')
const spyLogger = quiet
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

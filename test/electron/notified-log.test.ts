// The notified log on disk: what a crash leaves behind is read back at the next start (so a reminder already
// shown is recorded, never shown again), a torn or foreign line is set aside and named, and clearing empties it.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createFileNotifiedLog,
  createMemoryNotifiedLog,
  NOTIFIED_LOG_FILE,
  notifiedLine,
} from '../../electron/notified-log.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-notified-')
const record = { ...emptyNightRecord(), notified: ['warm-bath'] }

describe('the notified log file', () => {
  it('gives back what was appended before a crash, in order', () => {
    const dir = tempDir()
    const log = createFileNotifiedLog(dir)
    log.append({ night: '2026-11-24', record })
    log.appendLine(notifiedLine({ checkIn: '2026-11-24' }))
    // The next start opens the same file afresh.
    expect(createFileNotifiedLog(dir).pending()).toEqual({
      entries: [{ night: '2026-11-24', record }, { checkIn: '2026-11-24' }],
      damaged: [],
    })
  })

  it('that does not exist yet holds nothing', () => {
    expect(createFileNotifiedLog(tempDir()).pending()).toEqual({ entries: [], damaged: [] })
  })

  it('that cannot be read is an error, not an empty log', () => {
    const dir = tempDir()
    fs.mkdirSync(path.join(dir, NOTIFIED_LOG_FILE))
    expect(() => createFileNotifiedLog(dir).pending()).toThrow(/EISDIR/)
  })

  it('left by a crash is emptied by the first clear after a start, before anything is appended', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, NOTIFIED_LOG_FILE), notifiedLine({ checkIn: '2026-11-23' }))
    const log = createFileNotifiedLog(dir)
    log.clear()
    expect(log.pending()).toEqual({ entries: [], damaged: [] })
    expect(fs.readFileSync(path.join(dir, NOTIFIED_LOG_FILE), 'utf8')).toBe('')
  })

  it('is readable by the owner only, whether an append or a clear creates it', () => {
    if (process.platform === 'win32') return
    const appended = tempDir()
    createFileNotifiedLog(appended).append({ checkIn: '2026-11-24' })
    expect(fs.statSync(path.join(appended, NOTIFIED_LOG_FILE)).mode & 0o777).toBe(0o600)
    const cleared = tempDir()
    createFileNotifiedLog(cleared).clear()
    expect(fs.statSync(path.join(cleared, NOTIFIED_LOG_FILE)).mode & 0o777).toBe(0o600)
  })

  it('is not written again by a clear when nothing was appended since the last clear', () => {
    const dir = tempDir()
    const file = path.join(dir, NOTIFIED_LOG_FILE)
    const log = createFileNotifiedLog(dir)
    log.append({ checkIn: '2026-11-24' })
    log.clear()
    // Lines written behind the log's back survive a clear that has nothing to clear.
    fs.writeFileSync(file, 'left alone\n')
    log.clear()
    expect(fs.readFileSync(file, 'utf8')).toBe('left alone\n')
    log.append({ checkIn: '2026-11-25' })
    log.clear()
    expect(fs.readFileSync(file, 'utf8')).toBe('')
  })

  it('keeps appending to one file across sends, each line after the last', () => {
    const dir = tempDir()
    const log = createFileNotifiedLog(dir)
    log.append({ checkIn: '2026-11-24' })
    log.clear()
    log.append({ checkIn: '2026-11-25' })
    log.append({ checkIn: '2026-11-26' })
    expect(fs.readFileSync(path.join(dir, NOTIFIED_LOG_FILE), 'utf8')).toBe(
      notifiedLine({ checkIn: '2026-11-25' }) + notifiedLine({ checkIn: '2026-11-26' }),
    )
  })

  it('removed while the app runs is made again by the next clear, so the next reminder is guarded', () => {
    const dir = tempDir()
    const file = path.join(dir, NOTIFIED_LOG_FILE)
    const log = createFileNotifiedLog(dir)
    log.append({ checkIn: '2026-11-24' })
    fs.rmSync(file)
    log.clear()
    expect(fs.readFileSync(file, 'utf8')).toBe('')
    log.append({ checkIn: '2026-11-25' })
    expect(createFileNotifiedLog(dir).pending().entries).toEqual([{ checkIn: '2026-11-25' }])
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600)
  })

  it('opens the file afresh after a write fails, instead of failing on the same handle again', () => {
    const dir = tempDir()
    const log = createFileNotifiedLog(dir)
    log.append({ checkIn: '2026-11-24' })
    log.close()
    // A folder where the file should be: the open fails, is reported, and a later append recovers.
    fs.rmSync(path.join(dir, NOTIFIED_LOG_FILE))
    fs.mkdirSync(path.join(dir, NOTIFIED_LOG_FILE))
    expect(() => log.append({ checkIn: '2026-11-25' })).toThrow(/EISDIR/)
    fs.rmdirSync(path.join(dir, NOTIFIED_LOG_FILE))
    log.append({ checkIn: '2026-11-26' })
    expect(createFileNotifiedLog(dir).pending().entries).toEqual([{ checkIn: '2026-11-26' }])
  })

  it('holds one file handle while open, and none after a close or a failed write', () => {
    if (process.platform !== 'linux') return
    const handles = () => fs.readdirSync('/proc/self/fd').length
    const dir = tempDir()
    const before = handles()
    const log = createFileNotifiedLog(dir)
    log.append({ checkIn: '2026-11-24' })
    log.append({ checkIn: '2026-11-25' })
    expect(handles()).toBe(before + 1)
    log.close()
    expect(handles()).toBe(before)
    // A full disk: the open works, the write fails with ENOSPC, and the handle is let go.
    const full = tempDir()
    fs.symlinkSync('/dev/full', path.join(full, NOTIFIED_LOG_FILE))
    const failing = createFileNotifiedLog(full)
    expect(() => failing.append({ checkIn: '2026-11-24' })).toThrow(/ENOSPC/)
    expect(handles()).toBe(before)
  })

  it('lets go of the file when closed, and a later append opens it again', () => {
    const dir = tempDir()
    const log = createFileNotifiedLog(dir)
    log.append({ checkIn: '2026-11-24' })
    log.close()
    log.close()
    log.append({ checkIn: '2026-11-25' })
    expect(log.pending().entries).toEqual([{ checkIn: '2026-11-24' }, { checkIn: '2026-11-25' }])
  })
})

describe('reading the log back', () => {
  it('skips blank and whitespace-only lines (an editor may leave a \\r)', () => {
    const log = createMemoryNotifiedLog()
    log.lines.push('', '   ', '\r', JSON.stringify({ checkIn: '2026-11-24' }), '\t')
    expect(log.pending()).toEqual({ entries: [{ checkIn: '2026-11-24' }], damaged: [] })
  })

  it('sets aside a line that is JSON but no entry, saying what was expected', () => {
    const log = createMemoryNotifiedLog()
    log.lines.push('{"checkIn":"not a night"}', '{"night":"2026-11-24","record":{}}', '5')
    expect(log.pending()).toEqual({
      entries: [],
      damaged: [
        '{"checkIn":"not a night"}: expected an entry {night, record} or {checkIn}',
        '{"night":"2026-11-24","record":{}}: expected an entry {night, record} or {checkIn}',
        '5: expected an entry {night, record} or {checkIn}',
      ],
    })
  })

  it('names a torn line by its first 80 characters and the JSON error, and keeps the good lines', () => {
    const torn = notifiedLine({
      night: '2026-11-24',
      record: { ...record, notified: Array(20).fill('warm-bath') },
    })
    const cut = torn.slice(0, 150)
    const log = createMemoryNotifiedLog()
    log.lines.push(cut, JSON.stringify({ checkIn: '2026-11-24' }))
    const { entries, damaged } = log.pending()
    expect(entries).toEqual([{ checkIn: '2026-11-24' }])
    expect(damaged).toHaveLength(1)
    expect(damaged[0]?.startsWith(`${cut.slice(0, 80)}: `)).toBe(true)
    expect(damaged[0]).not.toContain(cut.slice(0, 81))
    expect(damaged[0]).toMatch(/JSON/)
  })

  it('sets aside an over-long foreign line by its first 80 characters', () => {
    const long = JSON.stringify({ checkIn: 'x'.repeat(200) })
    const log = createMemoryNotifiedLog()
    log.lines.push(long)
    expect(log.pending().damaged).toEqual([
      `${long.slice(0, 80)}: expected an entry {night, record} or {checkIn}`,
    ])
  })
})

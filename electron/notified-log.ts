// The "notified" log: one short line appended before a notification is sent and cleared once the store
// holds the same fact. The store write (slow: a whole file, fsync'ed) can then follow the notification;
// a crash between the two is replayed from this log at the next start, so no reminder is shown twice.
import {
  closeSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { nightKeySchema, nightRecordSchema } from '../shared/records.ts'

export const NOTIFIED_LOG_FILE = 'notified.log'

const entrySchema = z.union([
  // A step notification: the night's record as it is to be stored after the send.
  z.strictObject({ night: nightKeySchema, record: nightRecordSchema }),
  // The morning check-in: the night it asks about.
  z.strictObject({ checkIn: nightKeySchema }),
])
export type NotifiedEntry = z.infer<typeof entrySchema>

export interface PendingEntries {
  entries: NotifiedEntry[]
  /** Lines that could not be read: a line torn by a crash mid-write, whose notification never went out. */
  damaged: string[]
}

/** An entry as the log stores it: one JSON line. The scheduler makes it when it arms the timer. */
export function notifiedLine(entry: NotifiedEntry): string {
  return `${JSON.stringify(entry)}\n`
}

export interface NotifiedLog {
  /** Written before the notification is sent; throws when it cannot be written. */
  append(entry: NotifiedEntry): void
  /** The same with the line made ahead by notifiedLine(), so the send waits for the write only. */
  appendLine(line: string): void
  /** What was notified but may not have reached the store: replayed at start. */
  pending(): PendingEntries
  /** Called once the store holds everything appended so far. */
  clear(): void
  /** Called when the scheduler stops: lets go of the file. */
  close(): void
}

function parse(text: string): PendingEntries {
  const entries: NotifiedEntry[] = []
  const damaged: string[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    try {
      const result = entrySchema.safeParse(JSON.parse(line))
      // A failed union reports no path of its own, so the message names the entry and both expected shapes.
      if (result.success) entries.push(result.data)
      else damaged.push(`${line.slice(0, 80)}: expected an entry {night, record} or {checkIn}`)
    } catch (err) {
      damaged.push(`${line.slice(0, 80)}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  return { entries, damaged }
}

/**
 * The log as a file in the store's folder. The file stays open between sends, so an append is one write
 * system call (no open and close in front of the notification) and no fsync (it guards a crash of the app,
 * not of the machine). Off the hot path, each clear checks the file is still the one in the folder, so a
 * log deleted or replaced while the app runs is made again before the next reminder.
 */
export function createFileNotifiedLog(directory: string): NotifiedLog {
  const path = join(directory, NOTIFIED_LOG_FILE)
  let fd: number | undefined
  // Whether the file may hold lines, so clear() costs nothing after a wake-up that sent nothing.
  let dirty = true
  const open = () => {
    fd ??= openSync(path, 'a', 0o600)
    return fd
  }
  const close = () => {
    if (fd === undefined) return
    const was = fd
    fd = undefined
    closeSync(was)
  }
  const appendLine = (line: string) => {
    const bytes = Buffer.from(line)
    try {
      const file = open()
      // A regular file takes a short write whole; the loop keeps a partial one from tearing the line.
      for (let done = 0; done < bytes.length; ) done += writeSync(file, bytes, done)
    } catch (err) {
      // The next append opens the file afresh instead of failing on a handle gone bad.
      close()
      throw err
    }
    dirty = true
  }
  return {
    append: (entry) => appendLine(notifiedLine(entry)),
    appendLine,
    pending() {
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], damaged: [] }
        throw err
      }
      return parse(text)
    },
    clear() {
      if (!dirty) return
      // A file removed from the folder since it was opened: let go of it; the next append makes a new one.
      // Stryker disable next-line ConditionalExpression: closing every time would only cost a reopen.
      if (fd !== undefined && fstatSync(fd).nlink === 0) close()
      // Stryker disable next-line ConditionalExpression: emptying by path empties the same open file.
      if (fd === undefined) writeFileSync(path, '', { mode: 0o600 })
      else ftruncateSync(fd, 0)
      dirty = false
    },
    close,
  }
}

/** The same contract in memory: for tests and benches whose store has no folder. */
export function createMemoryNotifiedLog(): NotifiedLog & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    append(entry) {
      lines.push(JSON.stringify(entry))
    },
    appendLine(line) {
      // Stryker disable next-line MethodExpression: a line's own newline only makes a blank line, which reading skips.
      lines.push(line.trimEnd())
    },
    pending: () => parse(lines.join('\n')),
    clear() {
      lines.length = 0
    },
    close() {},
  }
}

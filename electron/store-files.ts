// The store's own file writer: a temp file beside the target (mode 0600, flushed), renamed over it; several
// files committed together through a marker; crash leftovers removed at start. Every disk call goes through
// StoreIo so tests can make any single step fail, or everything after it (a crash).

import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { t } from '../shared/i18n/index.ts'
import type { Logger } from './services.ts'

export const FILE_MODE = 0o600
export const FOLDER_MODE = 0o700
/** Partial writes are named `<file>.tmp-<id>`; anything matching is a leftover once the store starts. */
// Stryker disable next-line Regex: a file name holds no slash, so the class already runs to the end without $
export const TEMP_FILE = /\.tmp-[^/\\]*$/
/** Present only between the first and the last rename of a multi-file commit. */
export const COMMIT_MARKER = 'commit-in-progress.json'

export interface StoreIo {
  /** Creates `file` (it must not exist) with mode 0600, writes `bytes` and flushes them to disk. */
  writeNew(file: string, bytes: Uint8Array): void
  rename(from: string, to: string): void
  remove(file: string): void
  /** Makes renames in `dir` durable where the platform allows it. */
  syncFolder(dir: string): void
}

// Stryker disable all: durability calls (fsync, close, a forced remove of what may be gone) leave nothing a test can observe; the behaviour of each call is tested through injected StoreIo
export const realIo: StoreIo = {
  writeNew(file, bytes) {
    const fd = fs.openSync(file, 'wx', FILE_MODE)
    try {
      fs.writeFileSync(fd, bytes)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
  remove: (file) => fs.rmSync(file, { force: true }),
  syncFolder(dir) {
    // Windows cannot open a folder for fsync; its renames are journalled by NTFS anyway.
    if (process.platform === 'win32') return
    const fd = fs.openSync(dir, 'r')
    try {
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
  },
}

// Stryker restore all
const tempName = (file: string, id: string) => `${file}.tmp-${id}`
const newId = () => randomBytes(6).toString('hex')

/** Replaces `file` whole or not at all; on failure the temp file is removed and the error rethrown. */
export function writeAtomic(io: StoreIo, file: string, bytes: Uint8Array): void {
  const temp = tempName(file, newId())
  try {
    io.writeNew(temp, bytes)
    io.rename(temp, file)
  } catch (error) {
    try {
      io.remove(temp)
    } catch {
      // The temp file is a leftover the next start removes; the write error is the one that matters.
    }
    throw error
  }
}

export interface Staged {
  file: string
  bytes: Uint8Array
}

/** The commit reached its marker but a rename failed: the next start finishes it, so disk ends all-new. */
export class CommitUnfinished extends Error {
  override readonly name = 'CommitUnfinished'
}

/**
 * Writes every file so that after a crash or a failed write at any step the folder holds all the old files
 * or all the new ones. Stage: every new file written beside its target. Commit point: the marker, written
 * atomically, naming them. Then each is renamed over its target and the marker removed. A failure before
 * the marker exists removes the staged files and throws the error (nothing changed); a failure after it
 * throws CommitUnfinished (recoverCommit, run at every start, completes the renames).
 */
export function commitFiles(io: StoreIo, directory: string, files: readonly Staged[]): void {
  const id = newId()
  const staged = files.map((f) => ({ target: f.file, temp: tempName(f.file, id), bytes: f.bytes }))
  const marker = path.join(directory, COMMIT_MARKER)
  try {
    for (const f of staged) io.writeNew(f.temp, f.bytes)
    // Stryker disable next-line CallExpression: durability only; nothing a test can observe
    io.syncFolder(directory)
    const names = staged.map((f) => path.basename(f.target))
    writeAtomic(io, marker, new TextEncoder().encode(JSON.stringify({ id, files: names })))
  } catch (error) {
    for (const f of staged) {
      try {
        io.remove(f.temp)
      } catch {
        // Left for the start-up cleanup: without the marker a staged file is never used.
      }
    }
    throw error
  }
  try {
    for (const f of staged) io.rename(f.temp, f.target)
    // Stryker disable next-line CallExpression: durability only; nothing a test can observe
    io.syncFolder(directory)
  } catch (error) {
    throw new CommitUnfinished(`renaming the staged files failed (${codeOf(error)})`)
  }
  try {
    io.remove(marker)
  } catch {
    // A marker whose staged files are all renamed is harmless; the next start removes it.
  }
}

/**
 * Run at start before anything is read: finishes a commit that passed its marker, then removes the temp
 * files a crash left behind. Returns a problem to tell the person, or undefined.
 */
export function recoverCommit(io: StoreIo, directory: string, logger: Logger): string | undefined {
  const marker = path.join(directory, COMMIT_MARKER)
  let problem: string | undefined
  let pending: { id: string; files: string[] } | null = null
  try {
    pending = JSON.parse(fs.readFileSync(marker, 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      logger.warn(`store: ignored an unreadable ${COMMIT_MARKER}`)
  }
  if (pending && typeof pending.id === 'string' && Array.isArray(pending.files)) {
    try {
      for (const name of pending.files) {
        if (typeof name !== 'string' || name !== path.basename(name)) continue
        const target = path.join(directory, name)
        const temp = tempName(target, pending.id)
        if (fs.existsSync(temp)) io.rename(temp, target)
      }
      // Stryker disable next-line CallExpression: durability only; nothing a test can observe
      io.syncFolder(directory)
      logger.info(`store: finished an interrupted commit of ${pending.files.length} files`)
    } catch (error) {
      logger.error(`store: could not finish an interrupted commit (${codeOf(error)})`)
      problem = t('main.store.importInterrupted')
    }
  }
  if (!problem) removeQuietly(io, marker)
  if (problem) return problem
  let removed = 0
  for (const name of listFolder(directory)) {
    if (!TEMP_FILE.test(name)) continue
    if (removeQuietly(io, path.join(directory, name))) removed++
  }
  if (removed > 0) logger.info(`store: removed ${removed} partial temp files left by an earlier run`)
  return undefined
}

function listFolder(directory: string): string[] {
  try {
    return fs.readdirSync(directory)
  } catch {
    // Stryker disable next-line ArrayDeclaration: any name here is only tested against TEMP_FILE; none of Stryker's matches it
    return []
  }
}

function removeQuietly(io: StoreIo, file: string): boolean {
  try {
    io.remove(file)
    return true
  } catch {
    return false
  }
}

/** Takes group and other permissions off a file or folder already on disk; best effort, never fatal. */
export function narrowToOwner(target: string): void {
  // Stryker disable next-line ConditionalExpression,StringLiteral: Windows has no mode bits to narrow; tests run where they exist
  if (process.platform === 'win32') return
  try {
    const mode = fs.statSync(target).mode & 0o777
    // Stryker disable next-line ConditionalExpression: narrowing a mode that is already narrow leaves it as it was
    if ((mode & 0o077) !== 0) fs.chmodSync(target, mode & 0o700)
  } catch {
    // Not ours to change (another owner) or gone: reading it is what matters.
  }
}

/** Store files an older build wrote 0644 become 0600 (owner bits as they were). */
export const tightenMode = narrowToOwner

export function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.name : 'error')
}

/** Writes `bytes` beside `file` as `<name>.corrupt-<time>.json`, never over an earlier copy; returns its path. */
export function copyAside(file: string, bytes: Buffer, name: string, now: number): string {
  const stamp = fileSafeTimestamp(now)
  for (let attempt = 1; ; attempt++) {
    const suffix = attempt === 1 ? '' : `-${attempt}`
    const copy = path.join(path.dirname(file), `${name}.corrupt-${stamp}${suffix}.json`)
    try {
      fs.writeFileSync(copy, bytes, { flag: 'wx', mode: FILE_MODE })
      return copy
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100) throw error
    }
  }
}

/** `2026-11-24T21-30-00-000Z`: ISO order so copies sort by time, without `:` which Windows forbids. */
export function fileSafeTimestamp(now: number): string {
  const date = new Date(now)
  const iso = Number.isFinite(date.getTime()) ? date.toISOString() : new Date(0).toISOString()
  return iso.replace(/[:.]/g, '-')
}

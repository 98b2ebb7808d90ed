// Reads a store file before anything writes it, so a damaged file is copied aside and never lost.

import fs from 'node:fs'
import path from 'node:path'
import { t } from '../shared/i18n/index.ts'
import type { Logger } from './services.ts'
import { DecryptFailed, SealedUnreadable, type Sealer } from './store-crypto.ts'
import { copyAside, FILE_MODE, FOLDER_MODE, narrowToOwner, type StoreIo, tightenMode } from './store-files.ts'
import { type DocumentFormat, DocumentProblem, errorText, readDocument } from './store-migrations.ts'

export interface LoadContext {
  directory: string
  now: () => number
  logger: Logger
  /** Queue a one-off message for the user. */
  notify: (message: string) => void
  /** False when the directory cannot be written; the user has already been told. */
  writable: boolean
  io: StoreIo
  /** Encrypts what is written and decrypts what is read (or passes plain JSON through). */
  sealer: Sealer
  /** Called when a write failed, so the store tries again later without waiting for a change. */
  scheduleRetry: () => void
}

export interface Loaded<T> {
  value: T
  /** The version found on disk; null when there was no file or it could not be used. */
  fromVersion: number | null
  /** False when writing would destroy something we could not keep (an unreadable or uncopied file). */
  mayWrite: boolean
  /** True when the file is plain JSON and this session encrypts: it is rewritten encrypted at start. */
  needsSealing?: boolean
}

export function documentPath(directory: string, format: DocumentFormat<unknown>): string {
  return path.join(directory, `${format.name}.json`)
}

/** Returns why the directory cannot hold our files, or undefined when a real write into it succeeds. */
export function directoryProblem(directory: string): string | undefined {
  // A probe write is the honest test: permission bits, read-only mounts and immutable flags all show up here.
  const probe = path.join(directory, `.eventide-write-check-${process.pid}`)
  try {
    fs.mkdirSync(directory, { recursive: true, mode: FOLDER_MODE })
    // Health data: the folder is the person's alone (one made by an older build may be 0755). Only
    // group and other bits are taken away; a folder the owner made read-only stays read-only.
    narrowToOwner(directory)
    // Stryker disable next-line StringLiteral,ObjectLiteral: the probe is removed at once; its content and mode are never seen
    fs.writeFileSync(probe, '', { mode: FILE_MODE })
    fs.rmSync(probe)
    return undefined
  } catch (error) {
    return describeFsError(error)
  }
}

export function loadDocument<T>(format: DocumentFormat<T>, context: LoadContext): Loaded<T> {
  const { logger } = context
  const file = documentPath(context.directory, format)
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { value: format.empty(), fromVersion: null, mayWrite: true }
    }
    logger.error(`store: cannot read ${file}:`, error)
    // When the whole directory is unusable the user already has one notice about it; one is enough.
    if (context.writable) {
      context.notify(
        t('main.store.unreadable', {
          holds: format.holds,
          path: file,
          problem: describeFsError(error),
          fallback: format.fallback,
        }),
      )
    }
    return { value: format.empty(), fromVersion: null, mayWrite: false }
  }

  tightenMode(file)
  const { sealer } = context
  try {
    const { value, fromVersion } = readDocument(format, parseJson(sealer.open(format.name, bytes)))
    const needsSealing = sealer.protection === 'encrypted' && !sealer.isSealed(bytes)
    return { value, fromVersion, mayWrite: true, needsSealing }
  } catch (error) {
    if (error instanceof SealedUnreadable) {
      // The person was told once about the keychain; this file waits, untouched, until it is back.
      logger.warn(`store: ${file} is encrypted and the key is not available; left as it is`)
      return { value: format.empty(), fromVersion: null, mayWrite: false }
    }
    // Anything else is a bug in this build, not damage: the file is left alone.
    if (!(error instanceof DecryptFailed || error instanceof DocumentProblem)) throw error
    return recover(format, context, file, bytes, error.message)
  }
}

function recover<T>(
  format: DocumentFormat<T>,
  context: LoadContext,
  file: string,
  bytes: Buffer,
  reason: string,
): Loaded<T> {
  const { logger } = context
  const fallback = { value: format.empty(), fromVersion: null }
  logger.warn(`store: ${file} is unusable: ${reason}`)
  if (context.writable) {
    try {
      const copy = copyAside(file, bytes, format.name, context.now())
      // Only after the copy exists is the original removed, so the next save starts from a clean slate.
      fs.rmSync(file)
      logger.warn(`store: copied the unusable ${format.holds} file to ${copy}`)
      context.notify(
        t('main.store.copiedAside', {
          holds: format.holds,
          reason: shorten(reason),
          copy,
          fallback: format.fallback,
        }),
      )
      return { ...fallback, mayWrite: true }
    } catch (error) {
      logger.error(`store: could not copy ${file} aside:`, error)
    }
  }
  // The original stays where it is, untouched; writing would destroy it, so this session keeps changes in memory.
  context.notify(
    t('main.store.leftAsIs', {
      holds: format.holds,
      path: file,
      reason: shorten(reason),
      fallback: format.fallback,
    }),
  )
  return { ...fallback, mayWrite: false }
}

function parseJson(bytes: Buffer): unknown {
  if (bytes.length === 0) throw new DocumentProblem('the file is empty')
  let text: string
  try {
    // The decoder drops a byte order mark a text editor added: it is not part of the JSON.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new DocumentProblem('the file is not text')
  }
  try {
    return JSON.parse(text)
  } catch {
    // JSON.parse's message quotes file content; the file's own copy is the place to look at it.
    throw new DocumentProblem('the file is not valid JSON (it may be cut short)')
  }
}

/** Writes the exact bytes that were judged to `<name>.corrupt-<timestamp>.json`, never replacing a file. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return t('main.fs.denied')
    case 'EROFS':
      return t('main.fs.readOnly')
    case 'ENOSPC':
      return t('main.fs.full')
    case 'ENOTDIR':
    case 'EEXIST':
      return t('main.fs.notDir')
    case 'EISDIR':
      return t('main.fs.isDir')
    default:
      return code ?? errorText(error)
  }
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text
}

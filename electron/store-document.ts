// One store file: its validated value in memory, written whole (encrypted when a key is in hand) through
// the store's own atomic writer. A change that could not be written stays marked unsaved until a retry,
// the next change or the flush at quit gets it to disk.
import { t } from '../shared/i18n/index.ts'
import type { Staged } from './store-files.ts'
import { writeAtomic } from './store-files.ts'
import { type DocumentFormat, toDocument } from './store-migrations.ts'
import { describeFsError, documentPath, type LoadContext, loadDocument } from './store-recovery.ts'

/** After a failed write, later changes stay in memory this long before the disk is tried again. */
export const WRITE_RETRY_MS = 60_000

export class StoredDocument<T> {
  #value: T
  readonly #writable: boolean
  #unsaved = false
  #failedAt: number | null = null
  readonly #format: DocumentFormat<T>
  readonly #context: LoadContext

  constructor(format: DocumentFormat<T>, context: LoadContext) {
    this.#format = format
    this.#context = context
    const loaded = loadDocument(format, context)
    this.#value = loaded.value
    // Only written once the file on disk is known to be valid or absent, so nothing unread is replaced.
    this.#writable = context.writable && loaded.mayWrite
    // Stryker disable next-line ConditionalExpression: #save refuses an unwritable file anyway; only a log line would differ
    if (!this.#writable) return
    if (loaded.fromVersion !== null && loaded.fromVersion < format.version) {
      context.logger.info(
        `store: migrated ${this.path} from schemaVersion ${loaded.fromVersion} to ${format.version}`,
      )
      this.#unsaved = true
      // Stryker disable next-line BooleanLiteral: no write has failed yet, so an unforced save is tried at once too
      this.#save(true)
    } else if (loaded.needsSealing) {
      context.logger.info(`store: encrypting ${this.path}, which an earlier run stored unencrypted`)
      this.#unsaved = true
      // Stryker disable next-line BooleanLiteral: no write has failed yet, so an unforced save is tried at once too
      this.#save(true)
    }
  }

  get value(): T {
    return this.#value
  }

  get path(): string {
    return documentPath(this.#context.directory, this.#format)
  }

  get writable(): boolean {
    return this.#writable
  }

  /** What the person is told when this file cannot take a write at all this session. */
  get holds(): string {
    return this.#format.holds
  }

  get unsaved(): boolean {
    return this.#unsaved
  }

  /** Takes an already validated value, keeps it in memory and writes it; true when it reached the disk. */
  replace(value: T): boolean {
    this.#value = value
    this.#unsaved = true
    return this.#save(false)
  }

  /** The bytes a commit of `value` writes, for an import that stages every file before renaming any. */
  stage(value: T): Staged {
    return { file: this.path, bytes: this.#encode(value) }
  }

  /** After a multi-file commit wrote `value` to disk. */
  committed(value: T): void {
    this.#value = value
    this.#unsaved = false
    this.#failedAt = null
  }

  /** Writes an unsaved change now, whatever the retry wait; true when nothing is left unsaved. */
  flush(): boolean {
    if (!this.#unsaved) return true
    return this.#save(true)
  }

  #encode(value: T): Buffer {
    // Compact: indentation only costs time and bytes in a file nobody edits by hand.
    const json = JSON.stringify(toDocument(this.#format, value))
    return this.#context.sealer.seal(this.#format.name, json)
  }

  #save(force: boolean): boolean {
    const { logger, now } = this.#context
    if (!this.#writable) return false
    // A failing disk can be slow to say so; between retries changes wait in memory.
    if (!force && this.#failedAt !== null && now() - this.#failedAt < WRITE_RETRY_MS) return false
    try {
      writeAtomic(this.#context.io, this.path, this.#encode(this.#value))
      if (this.#failedAt !== null) logger.info(`store: ${this.path} is being saved again`)
      this.#failedAt = null
      this.#unsaved = false
      return true
    } catch (error) {
      logger.error(`store: could not save ${this.path} (${describeFsError(error)})`)
      if (this.#failedAt === null) {
        this.#context.notify(
          t('main.store.saveFailed', {
            holds: this.#format.holds,
            path: this.path,
            problem: describeFsError(error),
          }),
        )
      }
      this.#failedAt = now()
      this.#context.scheduleRetry()
      return false
    }
  }
}

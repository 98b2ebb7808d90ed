// One store file: its validated value in memory and the electron-store instance that writes it whole.
import ElectronStore from 'electron-store'
import { type DocumentBody, type DocumentFormat, errorText, toDocument } from './store-migrations.ts'
import { documentPath, type LoadContext, loadDocument } from './store-recovery.ts'

/** After a failed write, later changes stay in memory this long before the disk is tried again. */
export const WRITE_RETRY_MS = 60_000

export class StoredDocument<T> {
  #value: T
  #file: ElectronStore<DocumentBody> | null = null
  #failedAt: number | null = null
  readonly #format: DocumentFormat<T>
  readonly #context: LoadContext

  constructor(format: DocumentFormat<T>, context: LoadContext) {
    this.#format = format
    this.#context = context
    const loaded = loadDocument(format, context)
    this.#value = loaded.value
    if (!context.writable || !loaded.mayWrite) return
    try {
      // Only opened once the file on disk is known to be valid or absent, so conf never clears anything.
      this.#file = new ElectronStore<DocumentBody>({
        cwd: context.directory,
        name: format.name,
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
      })
    } catch (error) {
      context.logger.error(`store: electron-store could not open ${this.path}:`, error)
      context.notify(
        `Eventide could not open ${this.path} (${errorText(error)}). ` +
          `Changes to your ${format.holds} will not be saved until it restarts.`,
      )
      return
    }
    if (loaded.fromVersion !== null && loaded.fromVersion < format.version) {
      context.logger.info(
        `store: migrated ${this.path} from schemaVersion ${loaded.fromVersion} to ${format.version}`,
      )
      this.#save()
    }
  }

  get value(): T {
    return this.#value
  }

  get path(): string {
    return documentPath(this.#context.directory, this.#format)
  }

  /** Takes an already validated value, keeps it in memory and writes it; true when it reached the disk. */
  replace(value: T): boolean {
    this.#value = value
    return this.#save()
  }

  #save(): boolean {
    const { logger, now } = this.#context
    if (!this.#file) return false
    // A failing write can block for a second inside electron-store's retries; do not pay that on every change.
    if (this.#failedAt !== null && now() - this.#failedAt < WRITE_RETRY_MS) return false
    try {
      this.#file.store = toDocument(this.#format, this.#value)
      if (this.#failedAt !== null) logger.info(`store: ${this.path} is being saved again`)
      this.#failedAt = null
      return true
    } catch (error) {
      logger.error(`store: could not save ${this.path}:`, error)
      if (this.#failedAt === null) {
        this.#context.notify(
          `Eventide could not save your ${this.#format.holds} to ${this.path} (${errorText(error)}). ` +
            'It keeps your changes while it runs and tries again with the next change.',
        )
      }
      this.#failedAt = now()
      return false
    }
  }
}

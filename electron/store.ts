// The persistent store: settings, night records and the journal, each in its own electron-store JSON file.
//
// Reads come from memory (validated at load); every change is validated, applied in memory, then written
// whole through electron-store (temp file + rename). Invalid data throws a ValidationError naming the
// field and changes nothing. A failed disk write does NOT throw: the change stays in memory, the error
// is logged and the user gets one notice, so a full disk or a read-only folder never stops the routine.
import path from 'node:path'
import ElectronStore from 'electron-store'
import { parseOrThrow } from '../shared/errors.ts'
import { parseJournal } from '../shared/journal.ts'
import { emptyNightRecord, type NightRecord, nightKeySchema, nightRecordSchema } from '../shared/records.ts'
import { parseSettings } from '../shared/settings.ts'
import type { EventideStore, Logger } from './services.ts'
import {
  type DocumentBody,
  type DocumentFormat,
  errorText,
  JOURNAL_FORMAT,
  NIGHTS_FORMAT,
  type Nights,
  SETTINGS_FORMAT,
  toDocument,
} from './store-migrations.ts'
import { directoryProblem, documentPath, type LoadContext, loadDocument } from './store-recovery.ts'

export interface StoreOptions {
  directory: string
  now?: () => number
  logger?: Logger
}

/** After a failed write, later changes stay in memory this long before the disk is tried again. */
export const WRITE_RETRY_MS = 60_000

const consoleLogger: Logger = {
  info: (...args) => console.info(...args),
  warn: (...args) => console.warn(...args),
  error: (...args) => console.error(...args),
}

export function createStore(opts: StoreOptions): EventideStore {
  const directory = path.resolve(opts.directory)
  const now = opts.now ?? Date.now
  const logger = opts.logger ?? consoleLogger
  const notices: string[] = []
  const notify = (message: string) => notices.push(message)

  const problem = directoryProblem(directory)
  if (problem) {
    logger.error(`store: cannot write to ${directory}: ${problem}`)
    notify(
      `Eventide cannot save to ${directory} (${problem}). ` +
        'It keeps working, but changes last only until it quits.',
    )
  }
  const context: LoadContext = { directory, now, logger, notify, writable: !problem }
  const settings = new StoredDocument(SETTINGS_FORMAT, context)
  const nights = new StoredDocument(NIGHTS_FORMAT, context)
  const journal = new StoredDocument(JOURNAL_FORMAT, context)

  const checkNight = (night: string) => parseOrThrow(nightKeySchema, night, 'night')
  const checkRecord = (night: string, record: NightRecord) =>
    parseOrThrow(nightRecordSchema, record, `nights.${night}`)
  const checkNights = (records: Record<string, NightRecord>): Nights => {
    const checked: Nights = {}
    for (const [night, record] of Object.entries(records)) {
      const key = checkNight(night)
      checked[key] = checkRecord(key, record)
    }
    return checked
  }

  return {
    directory,
    getSettings: () => structuredClone(settings.value),
    setSettings(next) {
      settings.replace(parseSettings(next))
    },
    getNight(night) {
      const record = nights.value[checkNight(night)]
      return record ? structuredClone(record) : emptyNightRecord()
    },
    setNight(night, record) {
      const key = checkNight(night)
      nights.replace({ ...nights.value, [key]: checkRecord(key, record) })
    },
    setNights(records) {
      // Everything is checked before anything changes, so a bad import leaves the store as it was.
      nights.replace({ ...nights.value, ...checkNights(records) })
    },
    allNights: () => structuredClone(nights.value),
    getJournal: () => structuredClone(journal.value),
    setJournal(next) {
      journal.replace(parseJournal(structuredClone(next), 'journal'))
    },
    replaceAll(data) {
      // All three are validated (and copied) first; only then is anything replaced.
      const nextSettings = parseSettings(structuredClone(data.settings))
      const nextNights = checkNights(structuredClone(data.nights))
      const nextJournal = parseJournal(structuredClone(data.journal), 'journal')
      settings.replace(nextSettings)
      nights.replace(nextNights)
      journal.replace(nextJournal)
    },
    takeNotices: () => notices.splice(0),
  }
}

/** One concern's file: its validated value in memory and the electron-store instance that writes it. */
class StoredDocument<T> {
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
      context.logger.error(`store: electron-store could not open ${this.#path}:`, error)
      context.notify(
        `Eventide could not open ${this.#path} (${errorText(error)}). ` +
          `Changes to your ${format.holds} will not be saved until it restarts.`,
      )
      return
    }
    if (loaded.fromVersion !== null && loaded.fromVersion < format.version) {
      context.logger.info(
        `store: migrated ${this.#path} from schemaVersion ${loaded.fromVersion} to ${format.version}`,
      )
      this.#save()
    }
  }

  get value(): T {
    return this.#value
  }

  get #path(): string {
    return documentPath(this.#context.directory, this.#format)
  }

  /** Takes an already validated value, keeps it in memory and writes it. */
  replace(value: T): void {
    this.#value = value
    this.#save()
  }

  #save(): void {
    const { logger, now } = this.#context
    if (!this.#file) return
    // A failing write can block for a second inside electron-store's retries; do not pay that on every change.
    if (this.#failedAt !== null && now() - this.#failedAt < WRITE_RETRY_MS) return
    try {
      this.#file.store = toDocument(this.#format, this.#value)
      if (this.#failedAt !== null) logger.info(`store: ${this.#path} is being saved again`)
      this.#failedAt = null
    } catch (error) {
      logger.error(`store: could not save ${this.#path}:`, error)
      if (this.#failedAt === null) {
        this.#context.notify(
          `Eventide could not save your ${this.#format.holds} to ${this.#path} (${errorText(error)}). ` +
            'It keeps your changes while it runs and tries again with the next change.',
        )
      }
      this.#failedAt = now()
    }
  }
}

// The persistent store: settings, night records and the journal, each in its own electron-store JSON files
// (night records in one file per year, see store-nights.ts).
//
// Reads come from memory (validated at load); every change is validated, applied in memory, then written
// whole through electron-store (temp file + rename), one file per concern and, for nights, per year.
// Invalid data throws a ValidationError naming the field and changes nothing. A failed disk write does NOT throw: the change stays in memory, the error
// is logged and the user gets one notice, so a full disk or a read-only folder never stops the routine.
import path from 'node:path'
import { parseOrThrow } from '../shared/errors.ts'
import { parseJournal } from '../shared/journal.ts'
import { emptyNightRecord, type NightRecord, nightKeySchema, nightRecordSchema } from '../shared/records.ts'
import { parseSettings } from '../shared/settings.ts'
import type { EventideStore, Logger } from './services.ts'
import { StoredDocument } from './store-document.ts'
import { JOURNAL_FORMAT, type Nights, SETTINGS_FORMAT } from './store-migrations.ts'
import { NightShards } from './store-nights.ts'
import { directoryProblem, type LoadContext } from './store-recovery.ts'

export { WRITE_RETRY_MS } from './store-document.ts'

export interface StoreOptions {
  directory: string
  now?: () => number
  logger?: Logger
}

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
  const nights = new NightShards(context)
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
      const record = nights.get(checkNight(night))
      return record ? structuredClone(record) : emptyNightRecord()
    },
    setNight(night, record) {
      const key = checkNight(night)
      nights.merge({ [key]: checkRecord(key, record) })
    },
    setNights(records) {
      // Everything is checked before anything changes, so a bad import leaves the store as it was.
      nights.merge(checkNights(records))
    },
    allNights: () => structuredClone(nights.all()),
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
      nights.replaceAll(nextNights)
      journal.replace(nextJournal)
    },
    takeNotices: () => notices.splice(0),
  }
}

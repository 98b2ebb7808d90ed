// The persistent store: settings, night records and the journal, each in its own JSON file (night records
// in one file per year, see store-nights.ts), encrypted at rest when the OS keychain allows (store-crypto.ts).
//
// Reads come from memory (validated at load); every change is validated, applied in memory, then written
// whole (temp file + rename, mode 0600, store-files.ts), one file per concern and, for nights, per year.
// electron-store is not used for writing: its encryption derives the key from a passphrase kept beside the
// data and uses no authentication, its writes cannot be staged so several files commit together, and the
// store already read and validated every file itself.
// Invalid data throws a ValidationError naming the field and changes nothing. A failed disk write of a
// single change does NOT throw: the change stays in memory, is retried and flushed at quit, and the user
// gets one notice, so a full disk or a read-only folder never stops the routine. An import does throw:
// it is written all or nothing.
import path from 'node:path'
import { parseOrThrow } from '../shared/errors.ts'
import { parseJournal } from '../shared/journal.ts'
import { emptyNightRecord, type NightRecord, nightKeySchema, nightRecordSchema } from '../shared/records.ts'
import { parseSettings } from '../shared/settings.ts'
import type { EventideStore, Logger } from './services.ts'
import { type KeyWrapper, setUpKey } from './store-crypto.ts'
import { StoredDocument, WRITE_RETRY_MS } from './store-document.ts'
import { CommitUnfinished, commitFiles, realIo, recoverCommit, type StoreIo } from './store-files.ts'
import { JOURNAL_FORMAT, type Nights, SETTINGS_FORMAT } from './store-migrations.ts'
import { NightShards } from './store-nights.ts'
import { describeFsError, directoryProblem, type LoadContext } from './store-recovery.ts'

export { WRITE_RETRY_MS } from './store-document.ts'

export interface StoreOptions {
  directory: string
  now?: () => number
  logger: Logger
  /** Electron's safeStorage in the app; absent in tests and tools, which then store plain JSON. */
  keyWrapper?: KeyWrapper
  /** Disk calls; tests inject failures. */
  io?: StoreIo
}

/** An import that could not be written: nothing on disk or in memory changed. */
export class ImportNotSaved extends Error {
  override readonly name = 'ImportNotSaved'
}

export function createStore(opts: StoreOptions): EventideStore {
  const directory = path.resolve(opts.directory)
  const now = opts.now ?? Date.now
  const { logger } = opts
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
  const io = opts.io ?? realIo
  if (!problem) {
    const unfinished = recoverCommit(io, directory, logger)
    if (unfinished) notify(unfinished)
  }
  const key = setUpKey({ directory, wrapper: opts.keyWrapper, io, logger, writable: !problem })
  if (key.notice) notify(key.notice)

  let retry: ReturnType<typeof setTimeout> | undefined
  const scheduleRetry = () => {
    if (retry !== undefined) return
    retry = setTimeout(() => {
      retry = undefined
      flush()
    }, WRITE_RETRY_MS)
    // A pending retry never keeps the process alive; the flush at quit covers the last one.
    retry.unref?.()
  }
  const context: LoadContext = {
    directory,
    now,
    logger,
    notify,
    writable: !problem,
    io,
    sealer: key.sealer,
    scheduleRetry,
  }
  const settings = new StoredDocument(SETTINGS_FORMAT, context)
  const nights = new NightShards(context)
  const journal = new StoredDocument(JOURNAL_FORMAT, context)
  const documents = () => [settings, ...nights.documents(), journal]

  /** Writes every unsaved change now; returns a message per file that still could not be saved. */
  function flush(): string[] {
    const failed = documents().filter((d) => !d.flush())
    return failed.map(
      (d) => `Your ${d.holds} could not be saved to ${d.path}; the latest changes to them are lost at quit.`,
    )
  }

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
      const nightPlan = nights.stageReplaceAll(nextNights)
      const blocked = [settings, ...nightPlan.documents, journal].find((d) => !d.writable)
      if (blocked) {
        throw new ImportNotSaved(
          `Eventide cannot save your ${blocked.holds} to ${blocked.path} this session, so nothing was imported.`,
        )
      }
      const staged = [settings.stage(nextSettings), ...nightPlan.staged, journal.stage(nextJournal)]
      try {
        commitFiles(io, directory, staged)
      } catch (error) {
        if (!(error instanceof CommitUnfinished)) {
          logger.error(`store: import not saved (${describeFsError(error)}); nothing changed`)
          throw new ImportNotSaved(
            `Eventide could not save the import in ${directory} (${describeFsError(error)}). ` +
              'Nothing was changed: your data is as it was before.',
          )
        }
        // Past the commit point the next start finishes the renames, so the new data is what stays.
        logger.error(`store: import committed but not finished (${error.message}); finished at next start`)
        notify(
          'Eventide saved the import but could not finish putting its files in place; it does so at the next start.',
        )
      }
      settings.committed(nextSettings)
      nightPlan.apply()
      journal.committed(nextJournal)
    },
    flush,
    protection: key.sealer.protection,
    takeNotices: () => notices.splice(0),
  }
}

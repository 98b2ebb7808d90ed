// The persistent store: settings, night records and the journal, each in its own JSON file (night records
// and check-ins in one file per year, read lazily: store-years.ts), encrypted at rest when the OS keychain
// allows (store-crypto.ts). A per-night streak index (shared/streak-index.ts, saved beside the files by
// store-history-index.ts) serves history without reading every year.
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
import { MAX_NIGHTS } from '../shared/backup.ts'
import type { CheckIn } from '../shared/checkin.ts'
import { problem as fieldProblem, parseOrThrow, ValidationError } from '../shared/errors.ts'
import { enabledStepIds } from '../shared/history-view.ts'
import { t } from '../shared/i18n/index.ts'
import { type Journal, journalSchema, parseJournal } from '../shared/journal.ts'
import { emptyNightRecord, type NightRecord, nightKeySchema, nightRecordSchema } from '../shared/records.ts'
import { parseSettings } from '../shared/settings.ts'
import { StreakIndex } from '../shared/streak-index.ts'
import type { EventideStore, Logger } from './services.ts'
import { type KeyWrapper, setUpKey } from './store-crypto.ts'
import { StoredDocument, WRITE_RETRY_MS } from './store-document.ts'
import { CommitUnfinished, commitFiles, realIo, recoverCommit, type StoreIo } from './store-files.ts'
import { completeStreakIndex } from './store-history-index.ts'
import { JournalShards } from './store-journal.ts'
import { type JournalCore, type Nights, SETTINGS_FORMAT } from './store-migrations.ts'
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

/** Deep equality of JSON values, key order aside (validated copies may order keys differently). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  const rb = b as Record<string, unknown>
  return ka.every((k) => k in rb && sameJson((a as Record<string, unknown>)[k], rb[k]))
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
    notify(t('main.store.folderUnusable', { directory, problem }))
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
    // Stryker disable next-line OptionalChaining: Node's timers always have unref; the ? is for other hosts
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
  // The streak index sees every record as its year is read or changed; it is complete once every year is.
  let index = new StreakIndex()
  let indexComplete = false
  const settings = new StoredDocument(SETTINGS_FORMAT, context)
  const nights = new NightShards(context, (night, record) => index.setRecord(night, record))
  const journal = new JournalShards(context, (night, checkIn) =>
    index.setCheckIn(night, checkIn !== undefined),
  )
  index.setTravel(journal.core.travelNights)
  const documents = () => [settings, ...nights.documents(), ...journal.documents()]

  /** Writes every unsaved change now; returns a message per file that still could not be saved. */
  function flush(): string[] {
    const failed = documents().filter((d) => !d.flush())
    return failed.map((d) => t('main.store.unsaved', { holds: d.holds, path: d.path }))
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

  function completeIndex(): void {
    completeStreakIndex({ context, index, nights: nights.years, checkIns: journal.years })
    // Stryker disable next-line BooleanLiteral: completing again only repeats work (every year is read, the saved index unchanged)
    indexComplete = true
  }

  const coreSchema = journalSchema.omit({ checkIns: true })
  const checkInsSchema = journalSchema.shape.checkIns
  const END = '9999-12-31'

  function setCore(core: JournalCore): void {
    journal.setCore(core)
    index.setTravel(core.travelNights)
  }

  /** Core and the check-ins from `from` (or from the recent years read at start, if earlier) on. Not copies. */
  function journalFrom(from: string): Journal {
    // Stryker disable next-line EqualityOperator: when equal both branches give the same date
    const start = from < journal.recentFrom ? from : journal.recentFrom
    return { ...journal.core, checkIns: journal.checkInsBetween(start, END) }
  }

  /**
   * A whole journal: only what differs from what is stored is validated and written, so a caller that
   * changed one thing pays for one thing. A check-in missing from `next` is removed.
   */
  function setWholeJournal(next: Journal): void {
    if (next === null || typeof next !== 'object') {
      parseJournal(next, 'journal')
      return
    }
    const { checkIns: rawCheckIns, ...rawCore } = next
    const core = parseOrThrow(coreSchema, structuredClone(rawCore), 'journal') as JournalCore
    if (rawCheckIns === null || typeof rawCheckIns !== 'object' || Array.isArray(rawCheckIns)) {
      parseOrThrow(checkInsSchema, rawCheckIns, 'journal.checkIns')
      return
    }
    if (Object.keys(rawCheckIns).length > MAX_NIGHTS) {
      throw new ValidationError([
        fieldProblem('journal.checkIns', `expected at most ${MAX_NIGHTS} check-ins`),
      ])
    }
    // No prototype: a key like "__proto__" stays a key, and is then refused by the night check.
    const changed: Record<string, unknown> = Object.create(null)
    for (const night in rawCheckIns) {
      const value = (rawCheckIns as Record<string, unknown>)[night]
      const old = Object.hasOwn(rawCheckIns, night) ? journal.checkIn(night) : undefined
      if (old !== undefined && sameJson(old, value)) continue
      changed[night] = value
    }
    // Keys first: zod's record drops a "__proto__" key without a word, so it is refused here by name.
    for (const night in changed) parseOrThrow(nightKeySchema, night, `journal.checkIns.${night}`)
    const valid = parseOrThrow(checkInsSchema, structuredClone(changed), 'journal.checkIns') as Record<
      string,
      CheckIn | undefined
    >
    for (const night of journal.nights()) if (!Object.hasOwn(rawCheckIns, night)) valid[night] = undefined
    // Merging no check-ins touches no year and writes nothing.
    journal.setCheckIns(valid)
    if (!sameJson(core, journal.core)) setCore(core)
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
    getJournal: () => structuredClone({ ...journal.core, checkIns: journal.allCheckIns() }),
    setJournal: setWholeJournal,
    readNight: (night) => nights.get(night),
    nightsBetween: (from, to) => nights.between(from, to),
    journalFrom,
    recentJournal: () => journalFrom(END),
    checkInsBetween: (from, to) => journal.checkInsBetween(from, to),
    setCheckIn(night, checkIn) {
      const key = checkNight(night)
      const valid = parseOrThrow(checkInsSchema, { [key]: structuredClone(checkIn) }, 'journal.checkIns')
      journal.setCheckIns(valid as Record<string, CheckIn>)
    },
    setJournalCore(core) {
      setCore(parseOrThrow(coreSchema, structuredClone(core), 'journal') as JournalCore)
    },
    streaks(asOf) {
      // Stryker disable next-line ConditionalExpression: completing again only repeats work (every year is read, the saved index unchanged)
      if (!indexComplete) completeIndex()
      const enabled = enabledStepIds(settings.value)
      return { current: index.current(asOf, enabled), best: index.best(enabled) }
    },
    loadedYears: () => ({ nights: nights.loadedYears(), checkIns: journal.loadedYears() }),
    replaceAll(data) {
      // All three are validated (and copied) first; only then is anything replaced.
      const nextSettings = parseSettings(structuredClone(data.settings))
      const nextNights = checkNights(structuredClone(data.nights))
      const nextJournal = parseJournal(structuredClone(data.journal), 'journal')
      const nightPlan = nights.stageReplaceAll(nextNights)
      const journalPlan = journal.stageReplaceAll(nextJournal)
      const blocked = [settings, ...nightPlan.documents, ...journalPlan.documents].find((d) => !d.writable)
      if (blocked) {
        throw new ImportNotSaved(t('main.store.importBlocked', { holds: blocked.holds, path: blocked.path }))
      }
      const staged = [settings.stage(nextSettings), ...nightPlan.staged, ...journalPlan.staged]
      try {
        commitFiles(io, directory, staged)
      } catch (error) {
        if (!(error instanceof CommitUnfinished)) {
          logger.error(`store: import not saved (${describeFsError(error)}); nothing changed`)
          throw new ImportNotSaved(
            t('main.store.importFailed', { directory, problem: describeFsError(error) }),
          )
        }
        // Past the commit point the next start finishes the renames, so the new data is what stays.
        logger.error(`store: import committed but not finished (${error.message}); finished at next start`)
        notify(t('main.store.importUnfinished'))
      }
      settings.committed(nextSettings)
      nightPlan.apply()
      journalPlan.apply()
      // Every year was read to stage the import, so the rebuilt index is complete.
      index = new StreakIndex()
      for (const [night, record] of Object.entries(nextNights)) index.setRecord(night, record)
      for (const night of Object.keys(nextJournal.checkIns)) index.setCheckIn(night, true)
      index.setTravel(nextJournal.travelNights)
      // Stryker disable next-line BooleanLiteral: completing later only repeats work, every year was read to stage the import
      indexComplete = true
    },
    flush,
    protection: key.sealer.protection,
    takeNotices: () => notices.splice(0),
  }
}

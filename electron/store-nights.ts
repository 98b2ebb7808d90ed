// Night records, one store file per calendar year of the night key (store-years.ts), so saving tonight
// rewrites one year rather than every night ever kept, and start-up reads only recent years. A single
// nights.json from an earlier build is split into year files at start and then kept aside, never deleted.

import fs from 'node:fs'
import { t } from '../shared/i18n/index.ts'
import type { NightRecord } from '../shared/records.ts'
import type { StoredDocument } from './store-document.ts'
import { fileSafeTimestamp, narrowToOwner } from './store-files.ts'
import { NIGHTS_FORMAT, NIGHTS_YEAR_FILE, type Nights, nightsYearFormat } from './store-migrations.ts'
import { describeFsError, documentPath, type LoadContext, loadDocument } from './store-recovery.ts'
import { type YearFiles, YearShards } from './store-years.ts'

export class NightShards {
  readonly #shards: YearShards<NightRecord>
  readonly #context: LoadContext

  constructor(context: LoadContext, onRecord: (night: string, record: NightRecord | undefined) => void) {
    this.#context = context
    this.#shards = new YearShards(NIGHT_YEARS, context, onRecord)
    this.#migrateLegacy()
  }

  /** The year files themselves (for the saved history index). */
  get years(): YearShards<NightRecord> {
    return this.#shards
  }

  /** The stored record; undefined when the night has none. Not a copy. */
  get(night: string): NightRecord | undefined {
    return this.#shards.get(night)
  }

  /** Nights from `from` to `to` inclusive (date keys compared as strings). Not copies. */
  between(from: string, to: string): Nights {
    return this.#shards.between(from, to)
  }

  /** Every night of every year, oldest year first; reads the years not read yet. Not a copy. */
  all(): Nights {
    return this.#shards.all()
  }

  loadedYears(): number[] {
    return this.#shards.loadedYears()
  }

  /** Adds or replaces already validated records, one write per year touched; true when all reached disk. */
  merge(records: Nights): boolean {
    return this.#shards.merge(records)
  }

  stageReplaceAll(records: Nights) {
    return this.#shards.stageReplaceAll(records)
  }

  /** Every year file read this session. */
  documents(): StoredDocument<Nights>[] {
    return this.#shards.documents()
  }

  #migrateLegacy(): void {
    const { directory, logger, notify, now } = this.#context
    const legacy = documentPath(directory, NIGHTS_FORMAT)
    // Stryker disable next-line ConditionalExpression: without the file loadDocument returns fromVersion null and the next line returns; this only skips the read
    if (!fs.existsSync(legacy)) return
    // A damaged or unreadable legacy file is handled as before: copied aside or left alone, one notice.
    const loaded = loadDocument(NIGHTS_FORMAT, this.#context)
    if (loaded.fromVersion === null) return
    // Year files are what this build writes, so a record already in one is newer than the legacy copy
    // (e.g. after an interrupted migration); the legacy file only fills in the nights they lack.
    const missing: Nights = {}
    for (const [night, record] of Object.entries(loaded.value)) {
      if (this.get(night) === undefined) missing[night] = record
    }
    // Kept (and read again at the next start) until every one of its nights is in a year file on disk.
    if (!this.merge(missing) || !this.#context.writable) {
      logger.warn(`store: ${legacy} stays in place until its nights are saved in year files`)
      return
    }
    try {
      const aside = setAside(legacy, now())
      logger.info(
        `store: moved ${Object.keys(missing).length} nights from ${legacy} into year files; kept it as ${aside}`,
      )
    } catch (error) {
      logger.error(`store: could not move ${legacy} aside (${describeFsError(error)})`)
      notify(t('main.store.nightsRenameFailed', { legacy, problem: describeFsError(error) }))
    }
  }
}

const NIGHT_YEARS: YearFiles<NightRecord> = {
  pattern: NIGHTS_YEAR_FILE,
  format: nightsYearFormat,
  get holds() {
    return t('main.holds.nightYears')
  },
}

/** Renames a migrated file to `<name>.json.migrated-<timestamp>`, never replacing an earlier one. */
export function setAside(file: string, now: number): string {
  const stamp = fileSafeTimestamp(now)
  for (let attempt = 1; ; attempt++) {
    const target = `${file}.migrated-${stamp}${attempt === 1 ? '' : `-${attempt}`}`
    if (fs.existsSync(target)) {
      if (attempt >= 100) throw new Error(`${target} and 99 earlier names are taken`)
      continue
    }
    fs.renameSync(file, target)
    // Stryker disable next-line CallExpression: the file was narrowed when it was read; this covers a copy made by hand since
    narrowToOwner(target)
    return target
  }
}

// Night records, one electron-store file per calendar year of the night key, so saving tonight rewrites
// one year (~250 KB) rather than every night ever kept. A single nights.json from an earlier build is
// split into year files at start and then kept aside, never deleted.
import fs from 'node:fs'
import type { NightRecord } from '../shared/records.ts'
import { StoredDocument } from './store-document.ts'
import { narrowToOwner, type Staged } from './store-files.ts'
import { NIGHTS_FORMAT, NIGHTS_YEAR_FILE, type Nights, nightsYearFormat, yearOf } from './store-migrations.ts'
import {
  describeFsError,
  documentPath,
  fileSafeTimestamp,
  type LoadContext,
  loadDocument,
} from './store-recovery.ts'

export class NightShards {
  readonly #years = new Map<number, StoredDocument<Nights>>()
  readonly #context: LoadContext

  constructor(context: LoadContext) {
    this.#context = context
    for (const year of existingYears(context)) this.#year(year)
    this.#migrateLegacy()
  }

  /** The stored record; undefined when the night has none. Not a copy. */
  get(night: string): NightRecord | undefined {
    return this.#years.get(yearOf(night))?.value[night]
  }

  /** Every night of every year, oldest year first. Not a copy. */
  all(): Nights {
    const merged: Nights = {}
    for (const year of [...this.#years.keys()].sort((a, b) => a - b)) {
      Object.assign(merged, this.#years.get(year)?.value)
    }
    return merged
  }

  /** Adds or replaces already validated records, one write per year touched; true when all reached disk. */
  merge(records: Nights): boolean {
    let saved = true
    for (const [year, part] of byYear(records)) {
      const document = this.#year(year)
      saved = document.replace({ ...document.value, ...part }) && saved
    }
    return saved
  }

  /**
   * Already validated records as every night there is, staged for one commit with the other files: the
   * year files to write (a year left without nights is emptied) and what to keep in memory once they are.
   */
  stageReplaceAll(records: Nights): { documents: StoredDocument<Nights>[]; staged: Staged[]; apply(): void } {
    const parts = byYear(records)
    for (const [year, document] of this.#years) {
      if (!parts.has(year) && Object.keys(document.value).length > 0) parts.set(year, {})
    }
    const plan = [...parts].map(([year, part]) => ({ document: this.#year(year), part }))
    return {
      documents: plan.map((p) => p.document),
      staged: plan.map((p) => p.document.stage(p.part)),
      apply: () => {
        for (const p of plan) p.document.committed(p.part)
      },
    }
  }

  /** Every year file open this session. */
  documents(): StoredDocument<Nights>[] {
    return [...this.#years.values()]
  }

  #year(year: number): StoredDocument<Nights> {
    let document = this.#years.get(year)
    if (!document) {
      // Loads the year's file (with the same recovery as at start) or starts it empty when there is none.
      document = new StoredDocument(nightsYearFormat(year), this.#context)
      this.#years.set(year, document)
    }
    return document
  }

  #migrateLegacy(): void {
    const { directory, logger, notify, now } = this.#context
    const legacy = documentPath(directory, NIGHTS_FORMAT)
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
      notify(
        `Eventide copied your night records from ${legacy} into one file per year but could not rename ` +
          `the old file (${describeFsError(error)}). Nothing is lost; it will try again at the next start.`,
      )
    }
  }
}

function byYear(records: Nights): Map<number, Nights> {
  const parts = new Map<number, Nights>()
  for (const [night, record] of Object.entries(records)) {
    const year = yearOf(night)
    let part = parts.get(year)
    if (!part) {
      part = {}
      parts.set(year, part)
    }
    part[night] = record
  }
  return parts
}

function existingYears(context: LoadContext): number[] {
  let names: string[]
  try {
    names = fs.readdirSync(context.directory)
  } catch (error) {
    // An unusable folder has already been reported once; anything else is worth its own notice.
    context.logger.error(`store: cannot list ${context.directory} (${describeFsError(error)})`)
    if (context.writable) {
      context.notify(
        `Eventide could not look for your night records in ${context.directory} ` +
          `(${describeFsError(error)}). It started with no saved nights.`,
      )
    }
    return []
  }
  return names.flatMap((name) => {
    const match = NIGHTS_YEAR_FILE.exec(name)
    return match?.[1] ? [Number(match[1])] : []
  })
}

/** Renames the migrated file to `nights.json.migrated-<timestamp>`, never replacing an earlier one. */
function setAside(file: string, now: number): string {
  const stamp = fileSafeTimestamp(now)
  for (let attempt = 1; ; attempt++) {
    const target = `${file}.migrated-${stamp}${attempt === 1 ? '' : `-${attempt}`}`
    if (fs.existsSync(target)) {
      if (attempt >= 100) throw new Error(`${target} and 99 earlier names are taken`)
      continue
    }
    fs.renameSync(file, target)
    narrowToOwner(target)
    return target
  }
}

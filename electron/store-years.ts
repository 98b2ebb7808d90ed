// Records keyed by night (YYYY-MM-DD), one store file per calendar year, read lazily: the years tonight and
// the tray need are read at start, older ones the first time something asks for them (history, export).
// Saving one record rewrites one year.

import fs from 'node:fs'
import { t } from '../shared/i18n/index.ts'
import { StoredDocument } from './store-document.ts'
import type { Staged } from './store-files.ts'
import { type DocumentFormat, yearOf } from './store-migrations.ts'
import { describeFsError, documentPath, type LoadContext } from './store-recovery.ts'

export type ByNight<V> = Record<string, V>

export interface YearFiles<V> {
  /** File names of this kind; group 1 is the year. */
  readonly pattern: RegExp
  format(year: number): DocumentFormat<ByNight<V>>
  /** What a failed folder listing loses, for the person ("your night records"). */
  readonly holds: string
}

/** The years read at start: this year and last (tonight may be 31 December), and the two latest on disk. */
export function startYears(known: Iterable<number>, nowYear: number): Set<number> {
  const newest = [...known].sort((a, b) => b - a).slice(0, 2)
  return new Set([nowYear, nowYear - 1, ...newest])
}

export class YearShards<V> {
  readonly #years = new Map<number, StoredDocument<ByNight<V>>>()
  /** Years that have a file on disk or were written this session, read or not. */
  readonly #known = new Set<number>()
  readonly #files: YearFiles<V>
  readonly #context: LoadContext
  /** Told of every record as it is read from disk or changed, so an index stays in step. */
  readonly #onRecord: (night: string, value: V | undefined) => void
  /** Where "recent" starts: the first night of the earliest year read at start. */
  readonly recentFrom: string

  constructor(
    files: YearFiles<V>,
    context: LoadContext,
    onRecord: (night: string, value: V | undefined) => void,
  ) {
    this.#files = files
    this.#context = context
    this.#onRecord = onRecord
    for (const year of existingYears(files, context)) this.#known.add(year)
    const nowYear = new Date(context.now()).getUTCFullYear()
    const first = startYears(this.#known, nowYear)
    for (const year of first) if (this.#known.has(year)) this.#year(year)
    this.recentFrom = `${String(Math.min(...first)).padStart(4, '0')}-01-01`
  }

  /** The stored record; undefined when the night has none. Not a copy. */
  get(night: string): V | undefined {
    const year = yearOf(night)
    if (!this.#known.has(year)) return undefined
    return this.#year(year).value[night]
  }

  /** The records from `from` to `to` inclusive, compared as date keys; reads those years if needed. */
  between(from: string, to: string): ByNight<V> {
    const out: ByNight<V> = {}
    const first = yearOf(from)
    const last = yearOf(to)
    for (const year of [...this.#known].sort((a, b) => a - b)) {
      if (year < first || year > last) continue
      const value = this.#year(year).value
      const whole = year > first && year < last
      for (const night in value) {
        if (whole || (night >= from && night <= to)) out[night] = value[night] as V
      }
    }
    return out
  }

  /** Every record of every year, oldest year first; reads every year not read yet. Not copies. */
  all(): ByNight<V> {
    const merged: ByNight<V> = {}
    for (const year of [...this.#known].sort((a, b) => a - b)) Object.assign(merged, this.#year(year).value)
    return merged
  }

  /** Every stored night key, every year read (no merged copy is built). */
  *nights(): Generator<string> {
    this.loadAll()
    for (const document of this.#years.values()) for (const night in document.value) yield night
  }

  /** Reads every year not read yet (so an index can see every record). */
  loadAll(): void {
    for (const year of this.#known) this.#year(year)
  }

  /** Adds, replaces or (undefined) removes already validated records, one write per year touched. */
  merge(records: ByNight<V | undefined>): boolean {
    let saved = true
    for (const [year, part] of byYear(records)) {
      const document = this.#year(year)
      const next = { ...document.value }
      for (const [night, value] of Object.entries(part)) {
        if (value === undefined) delete next[night]
        else next[night] = value
        this.#onRecord(night, value)
      }
      saved = document.replace(next) && saved
    }
    return saved
  }

  /**
   * Already validated records as every record there is, staged for one commit with the other files: the
   * year files to write (a year left without records is emptied) and what to keep in memory once they are.
   */
  stageReplaceAll(records: ByNight<V>): {
    documents: StoredDocument<ByNight<V>>[]
    staged: Staged[]
    apply(): void
  } {
    const parts = byYear(records) as Map<number, ByNight<V>>
    for (const year of this.#known) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: staging a year that is already empty writes the same empty year
      if (!parts.has(year) && Object.keys(this.#year(year).value).length > 0) parts.set(year, {})
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

  /** Already validated records merged into their years, staged for one commit with other files. */
  stageMerge(records: ByNight<V>): {
    documents: StoredDocument<ByNight<V>>[]
    staged: Staged[]
    apply(): void
  } {
    const plan = [...byYear(records)].map(([year, part]) => {
      const document = this.#year(year)
      return { document, next: { ...document.value, ...part }, part }
    })
    return {
      documents: plan.map((p) => p.document),
      staged: plan.map((p) => p.document.stage(p.next)),
      apply: () => {
        for (const p of plan) {
          p.document.committed(p.next)
          for (const [night, value] of Object.entries(p.part)) this.#onRecord(night, value)
        }
      },
    }
  }

  /** Every year file read this session (a year not read has nothing unsaved). */
  documents(): StoredDocument<ByNight<V>>[] {
    return [...this.#years.values()]
  }

  /** Years with a file on disk that have not been read this session. */
  unreadYears(): number[] {
    return [...this.#known].filter((year) => !this.#years.has(year))
  }

  /** The file a year is kept in. */
  fileOf(year: number): string {
    return documentPath(this.#context.directory, this.#files.format(year))
  }

  /** True when every year read has reached the disk (so the files say what memory says). */
  allSaved(): boolean {
    return [...this.#years.values()].every((d) => !d.unsaved)
  }

  /** Years read so far, for tests and the bench. */
  loadedYears(): number[] {
    return [...this.#years.keys()].sort((a, b) => a - b)
  }

  #year(year: number): StoredDocument<ByNight<V>> {
    let document = this.#years.get(year)
    if (!document) {
      // Loads the year's file (with the same recovery as at start) or starts it empty when there is none.
      document = new StoredDocument(this.#files.format(year), this.#context)
      this.#years.set(year, document)
      this.#known.add(year)
      for (const [night, value] of Object.entries(document.value)) this.#onRecord(night, value)
    }
    return document
  }
}

function byYear<V>(records: ByNight<V>): Map<number, ByNight<V>> {
  const parts = new Map<number, ByNight<V>>()
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

function existingYears(files: YearFiles<unknown>, context: LoadContext): number[] {
  let names: string[]
  try {
    names = fs.readdirSync(context.directory)
  } catch (error) {
    // An unusable folder has already been reported once; anything else is worth its own notice.
    context.logger.error(`store: cannot list ${context.directory} (${describeFsError(error)})`)
    if (context.writable) {
      context.notify(
        t('main.store.yearsUnreadable', {
          holds: files.holds,
          directory: context.directory,
          problem: describeFsError(error),
        }),
      )
    }
    // Stryker disable next-line ArrayDeclaration: a name Stryker puts here matches no year file pattern
    return []
  }
  return names.flatMap((name) => {
    const match = files.pattern.exec(name)
    return match?.[1] ? [Number(match[1])] : []
  })
}

// The versioned shape of each store file, and the steps that bring an older file up to the current shape.

import { z } from 'zod'
import type { CheckIn } from '../shared/checkin.ts'
import { describeInput, parseOrThrow, problem, ValidationError } from '../shared/errors.ts'
import { t } from '../shared/i18n/index.ts'
import { emptyJournal, type Journal, journalSchema } from '../shared/journal.ts'
import { type NightRecord, nightKeySchema, nightRecordSchema } from '../shared/records.ts'
import { defaultSettings, type Settings, settingsSchema } from '../shared/settings.ts'

/** A file on disk is `{ "schemaVersion": n, ...body }`; a migration sees and returns only the body. */
export type DocumentBody = Record<string, unknown>

/** Turns the body of a version n-1 file into the body of a version n file. */
export type Migration = (body: DocumentBody) => DocumentBody

export interface DocumentFormat<T> {
  /** File name without `.json`; also the electron-store `name`. */
  readonly name: string
  /** What the file holds, for messages to the user ("settings", "night records"). */
  readonly holds: string
  /** What the user gets when the file is missing or unusable, in words. */
  readonly fallback: string
  /** The version this build writes. */
  readonly version: number
  /** `migrations[n]` upgrades version n-1 to n; adding version 2 means adding `2: (body) => ...`. */
  readonly migrations: Readonly<Record<number, Migration>>
  /** Validates a current-version body; throws a ValidationError naming each bad field. */
  parse(body: unknown): T
  empty(): T
  body(value: T): DocumentBody
}

/** Why a file cannot be used as it is; the file is then copied aside, never overwritten. */
export class DocumentProblem extends Error {
  override readonly name = 'DocumentProblem'
}

const settingsBody = z.strictObject({ settings: settingsSchema })

export const SETTINGS_FORMAT: DocumentFormat<Settings> = {
  name: 'settings',
  // Getters: the words follow the language in effect when a message is written.
  get holds() {
    return t('main.holds.settings')
  },
  get fallback() {
    return t('main.fallback.settings')
  },
  version: 1,
  migrations: {},
  parse: (body) => parseOrThrow(settingsBody, body).settings,
  empty: defaultSettings,
  body: (settings) => ({ settings }),
}

export type Nights = Record<string, NightRecord>

const nightsBody = z.strictObject({ nights: z.record(nightKeySchema, nightRecordSchema) })

/** The single nights.json of earlier builds; read only to split it into year files. */
export const NIGHTS_FORMAT: DocumentFormat<Nights> = {
  name: 'nights',
  get holds() {
    return t('main.holds.nights')
  },
  get fallback() {
    return t('main.fallback.nights')
  },
  version: 1,
  migrations: {},
  parse: (body) => parseOrThrow(nightsBody, body).nights,
  // Stryker disable next-line ArrowFunction: only read, to be split; a missing or damaged legacy file is never used
  empty: () => ({}),
  // Stryker disable next-line ArrowFunction,ObjectLiteral: only read, to be split; never written
  body: (nights) => ({ nights }),
}

/** Year files are matched by this; a year file holds only the nights whose key starts with its year. */
export const NIGHTS_YEAR_FILE = /^nights-(\d{4})\.json$/

/** The year a night key (YYYY-MM-DD) is filed under. */
export const yearOf = (night: string): number => Number(night.slice(0, 4))

/**
 * `nights-2026.json` holds the nights 2026-01-01 to 2026-12-31, so saving one night rewrites one year.
 * Its version and migrations start where the single nights.json left off.
 */
export function nightsYearFormat(year: number): DocumentFormat<Nights> {
  return {
    // Four digits always (nights-0226.json), so the file is found again at the next start.
    name: `nights-${String(year).padStart(4, '0')}`,
    get holds() {
      return t('main.holds.nightsYear', { year: String(year) })
    },
    get fallback() {
      return t('main.fallback.nightsYear', { year: String(year) })
    },
    version: NIGHTS_FORMAT.version,
    migrations: NIGHTS_FORMAT.migrations,
    parse(body) {
      const nights = NIGHTS_FORMAT.parse(body)
      for (const night of Object.keys(nights)) {
        if (yearOf(night) !== year) {
          throw new ValidationError([
            problem(`nights.${night}`, `expected a night in ${year}, the year of this file`),
          ])
        }
      }
      return nights
    },
    empty: () => ({}),
    body: (nights) => ({ nights }),
  }
}

const journalBody = z.strictObject({ journal: journalSchema })

/** The single journal.json of earlier builds; read only to split it into journal-core and year files. */
export const JOURNAL_FORMAT: DocumentFormat<Journal> = {
  name: 'journal',
  get holds() {
    return t('main.holds.journal')
  },
  get fallback() {
    return t('main.fallback.journal')
  },
  version: 1,
  migrations: {},
  parse: (body) => parseOrThrow(journalBody, body).journal as Journal,
  empty: emptyJournal,
  // Stryker disable next-line ArrowFunction,ObjectLiteral: only read, to be split; never written
  body: (journal) => ({ journal }),
}

/** Everything in the journal but the check-ins: small, so one file whatever the years kept. */
export type JournalCore = Omit<Journal, 'checkIns'>

const coreBody = z.strictObject({ journal: journalSchema.omit({ checkIns: true }) })

export const JOURNAL_CORE_FORMAT: DocumentFormat<JournalCore> = {
  name: 'journal-core',
  get holds() {
    return t('main.holds.journalCore')
  },
  get fallback() {
    return t('main.fallback.journalCore')
  },
  version: 1,
  migrations: {},
  parse: (body) => parseOrThrow(coreBody, body).journal as JournalCore,
  empty: () => {
    const { checkIns: _none, ...core } = emptyJournal()
    return core
  },
  body: (journal) => ({ journal }),
}

export type CheckIns = Record<string, CheckIn>

/** Check-in year files: `journal-2026.json` holds the check-ins of the nights of 2026. */
export const JOURNAL_YEAR_FILE = /^journal-(\d{4})\.json$/

const checkInsBody = z.strictObject({ checkIns: journalSchema.shape.checkIns })

export function journalYearFormat(year: number): DocumentFormat<CheckIns> {
  return {
    name: `journal-${String(year).padStart(4, '0')}`,
    get holds() {
      return t('main.holds.checkInsYear', { year: String(year) })
    },
    get fallback() {
      return t('main.fallback.checkInsYear', { year: String(year) })
    },
    version: 1,
    migrations: {},
    parse(body) {
      const checkIns = parseOrThrow(checkInsBody, body).checkIns as CheckIns
      for (const night of Object.keys(checkIns)) {
        if (yearOf(night) !== year) {
          throw new ValidationError([
            problem(`checkIns.${night}`, `expected a night in ${year}, the year of this file`),
          ])
        }
      }
      return checkIns
    },
    empty: () => ({}),
    body: (checkIns) => ({ checkIns }),
  }
}

export function toDocument<T>(format: DocumentFormat<T>, value: T): DocumentBody {
  return { schemaVersion: format.version, ...format.body(value) }
}

/**
 * Validates parsed JSON against the format, running migrations from the file's version up to the current
 * one. Throws DocumentProblem (naming the field) for anything this build cannot use.
 */
export function readDocument<T>(format: DocumentFormat<T>, data: unknown): { value: T; fromVersion: number } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new DocumentProblem(`expected a JSON object, got ${describeInput(data)}`)
  }
  const { schemaVersion, ...body } = data as DocumentBody
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new DocumentProblem(
      `schemaVersion: expected a whole number from 1, got ${describeInput(schemaVersion)}`,
    )
  }
  if (schemaVersion > format.version) {
    throw new DocumentProblem(
      `schemaVersion: ${schemaVersion} comes from a newer Eventide; this one reads up to ${format.version}`,
    )
  }
  let current: DocumentBody = body
  for (let version = schemaVersion + 1; version <= format.version; version++) {
    const migrate = format.migrations[version]
    // A gap in the chain is a bug in this build; reporting it as a problem keeps the app running.
    if (!migrate) throw new DocumentProblem(`schemaVersion: no migration from ${version - 1} to ${version}`)
    try {
      current = migrate(current)
    } catch (error) {
      throw new DocumentProblem(`migrating to schemaVersion ${version} failed: ${errorText(error)}`)
    }
  }
  try {
    return { value: format.parse(current), fromVersion: schemaVersion }
  } catch (error) {
    if (error instanceof ValidationError) throw new DocumentProblem(error.message)
    throw error
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

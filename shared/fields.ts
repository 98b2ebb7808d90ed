// Small zod field builders for the journal (check-ins, labs, medicines, backups): each error names what was
// expected and what came in, and none of them transforms the value, so export → import is an identity.
import { z } from 'zod'
import { describeInput } from './errors.ts'
import { HHMM_EXPECTED, HHMM_PATTERN } from './hhmm.ts'
import { NIGHT_PATTERN } from './night.ts'

type Issue = { input?: unknown }
const got = (expected: string) => (iss: Issue) => `${expected}, got ${describeInput(iss.input)}`

export function wholeNumber(min: number, max: number) {
  const message = got(`expected a whole number from ${min} to ${max}`)
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
}

export function flag() {
  return z.boolean({ error: got('expected true or false') })
}

/** Free text up to `max` characters; `required` also rejects empty or blank text. */
export function text(max: number, required = false) {
  const base = z
    .string({ error: got('expected text') })
    .max(max, { error: (iss) => `expected at most ${max} characters, got ${lengthOf(iss.input)}` })
  return required
    ? base.refine((s) => s.trim().length > 0, { error: 'expected some text, got an empty value' })
    : base
}

function lengthOf(input: unknown): string {
  return typeof input === 'string' ? `${input.length} characters` : describeInput(input)
}

export function hhmmField() {
  return z.string({ error: got(HHMM_EXPECTED) }).regex(HHMM_PATTERN, { error: got(HHMM_EXPECTED) })
}

/** True for "YYYY-MM-DD" strings that name a real calendar date (no 2026-02-30). */
export function isRealDate(value: string): boolean {
  const m = NIGHT_PATTERN.exec(value)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const date = utcDate(y, mo, d)
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

export const DATE_EXPECTED = 'expected a real date as YYYY-MM-DD'

export function dateField() {
  return z.string({ error: got(DATE_EXPECTED) }).refine(isRealDate, { error: got(DATE_EXPECTED) })
}

/** Nights before the year 1000 are typing mistakes; store files are named by four-digit years. */
export const FIRST_YEAR = 1000

export const NIGHT_EXPECTED = 'expected a night as a real date YYYY-MM-DD'

/** The key of a night record or check-in: the evening's date, a real one. The store, the backup format
 * and the IPC contract all use this one definition, so whatever the store holds can be exported. */
export function nightKey() {
  return z
    .string({ error: got(NIGHT_EXPECTED) })
    .refine(isRealDate, { error: got(NIGHT_EXPECTED), abort: true })
    .refine((night) => Number(night.slice(0, 4)) >= FIRST_YEAR, {
      error: got(`expected a night from the year ${FIRST_YEAR} on`),
    })
}

export const STEP_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/

/** Ids of evening steps: they name catalogue entries and custom steps alike. */
export function stepIdField() {
  return z
    .string({ error: got('expected a step id') })
    .regex(STEP_ID_PATTERN, { error: got('expected lowercase letters, digits and dashes (1–40)') })
}

export const ENTRY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** Ids of list entries (labs, medicines): short, and safe as object keys and DOM ids. */
export function entryId() {
  return z.string({ error: got('expected an id') }).regex(ENTRY_ID_PATTERN, {
    error: got('expected an id of letters, digits, "-" and "_" (1–64)'),
  })
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** Days since 1970-01-01 for a YYYY-MM-DD date; calendar arithmetic only, so DST never matters. */
export function dayNumber(date: string): number {
  const m = NIGHT_PATTERN.exec(date)
  if (!m || !isRealDate(date))
    throw new RangeError(`expected a real date as YYYY-MM-DD, got ${describeInput(date)}`)
  return utcDate(Number(m[1]), Number(m[2]), Number(m[3])).getTime() / 86_400_000
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date
}

export function dateFromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

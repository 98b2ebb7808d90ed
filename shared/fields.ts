// Small zod field builders for the journal (check-ins, labs, medicines, backups): each error names what was
// expected and what came in, and none of them transforms the value, so export → import is an identity.
import { z } from 'zod'
import { isRealDate } from './calendar-days.ts'
import { describeInput } from './errors.ts'
import { HHMM_EXPECTED, HHMM_PATTERN } from './hhmm.ts'

type Issue = { input?: unknown }

// Date arithmetic lives apart so views that only show dates load no zod (shared/calendar-days.ts).
export { dateFromDayNumber, dayNumber, daysBetween, isRealDate } from './calendar-days.ts'

const got = (expected: string) => (iss: Issue) => `${expected}, got ${describeInput(iss.input)}`

export function wholeNumber(min: number, max: number) {
  // One error for the type and every check: the same sentence whichever way the number is wrong.
  const error = { error: got(`expected a whole number from ${min} to ${max}`) }
  return z.number(error).int(error).min(min, error).max(max, error)
}

export function flag() {
  return z.boolean({ error: got('expected true or false') })
}

/** Free text up to `max` characters; `required` also rejects empty or blank text. */
export function text(max: number, required = false) {
  const base = z
    .string({ error: got('expected text') })
    // A max check sees only strings (z.string refused anything else first), so input has a length.
    .max(max, {
      error: (iss) => `expected at most ${max} characters, got ${String(iss.input).length} characters`,
    })
  return required
    ? base.refine((s) => s.trim().length > 0, { error: 'expected some text, got an empty value' })
    : base
}

export function hhmmField() {
  const error = { error: got(HHMM_EXPECTED) }
  return z.string(error).regex(HHMM_PATTERN, error)
}

export const DATE_EXPECTED = 'expected a real date as YYYY-MM-DD'

export function dateField() {
  const error = { error: got(DATE_EXPECTED) }
  return z.string(error).refine(isRealDate, error)
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

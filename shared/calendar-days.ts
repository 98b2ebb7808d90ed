// Calendar-date arithmetic on YYYY-MM-DD strings, with no schema library and no Temporal: windows that only
// show dates (History) import this without loading zod or the Temporal polyfill. shared/fields.ts re-exports it.
import { describeInput } from './errors.ts'

/** A date or night key as written: four-digit year, two-digit month and day. */
export const NIGHT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for "YYYY-MM-DD" strings that name a real calendar date (no 2026-02-30). */
export function isRealDate(value: string): boolean {
  const m = NIGHT_PATTERN.exec(value)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const date = utcDate(y, mo, d)
  // A day past the month's end moves the day and the month, a month past 12 or at 00 moves the month and the
  // year, so any one of the three tests is implied by the other two (checked for every month and day 00–99);
  // all three stay so the check reads as the definition it is.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: any one of the three tests is implied by the other two.
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
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

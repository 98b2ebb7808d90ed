// Nights and instants: a night is the local date of its evening and runs noon to noon.
import { Temporal } from 'temporal-polyfill'
import { NIGHT_PATTERN } from './calendar-days.ts'

export { NIGHT_PATTERN }
export const NOON = 12 * 60

/** Validates an IANA zone name; throws naming the zone when it is unknown. */
export function checkTimeZone(timeZone: string): string {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) {
    throw new RangeError(`timeZone: expected an IANA time zone name, got ${JSON.stringify(timeZone)}`)
  }
  try {
    return Temporal.Now.zonedDateTimeISO(timeZone).timeZoneId
  } catch {
    throw new RangeError(`timeZone: unknown IANA time zone ${JSON.stringify(timeZone)}`)
  }
}

/** Parses "YYYY-MM-DD", rejecting impossible dates such as 2026-02-30. */
export function parseNight(night: string, field = 'night'): Temporal.PlainDate {
  if (typeof night !== 'string' || !NIGHT_PATTERN.test(night)) {
    throw new RangeError(`${field}: expected a date as YYYY-MM-DD, got ${JSON.stringify(night)}`)
  }
  try {
    // Stryker disable next-line ObjectLiteral: a date string is always checked, whatever `overflow` says; the option states the intent.
    return Temporal.PlainDate.from(night, { overflow: 'reject' })
  } catch {
    throw new RangeError(`${field}: ${JSON.stringify(night)} is not a real calendar date`)
  }
}

/** ISO-8601 local date-time with a numeric offset and no zone name: 2026-11-24T22:30:00+01:00. */
export function formatInstant(zdt: Temporal.ZonedDateTime): string {
  return zdt.toString({ timeZoneName: 'never', smallestUnit: 'second' })
}

// Parsing an ISO instant is the costliest step of each scheduler wake-up, and the same few recur: remember them.
const parsedInstants = new Map<string, number>()

export function instantMs(iso: string): number {
  const known = parsedInstants.get(iso)
  // Stryker disable next-line ConditionalExpression: without the cache the instant is parsed again, to the same answer.
  if (known !== undefined) return known
  const ms = Temporal.Instant.from(iso).epochMilliseconds
  // Stryker disable next-line all: the cache's bound and its clearing change memory use, never an answer.
  if (parsedInstants.size >= 4096) parsedInstants.clear()
  // Stryker disable next-line CallExpression: an instant not remembered is only parsed again.
  parsedInstants.set(iso, ms)
  return ms
}

export function zonedFromMs(epochMs: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone)
}

export function formatMs(epochMs: number, timeZone: string): string {
  return formatInstant(zonedFromMs(epochMs, timeZone))
}

/**
 * The instant of a wall-clock time on a night: at or after 12:00 on the night's date, before 12:00 on
 * the next day. Gaps move forward, repeated hours take the earlier instant ('compatible').
 */
export function wallTimeOnNight(
  date: Temporal.PlainDate,
  minutes: number,
  timeZone: string,
): Temporal.ZonedDateTime {
  const day = minutes >= NOON ? date : date.add({ days: 1 })
  const time = new Temporal.PlainTime(Math.floor(minutes / 60), minutes % 60)
  return day.toZonedDateTime({ timeZone, plainTime: time })
}

/** Which night an instant belongs to, by the noon rule. */
export function nightOf(instant: string | number, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : instantMs(instant)
  const local = zonedFromMs(ms, timeZone)
  const date = local.hour < 12 ? local.toPlainDate().subtract({ days: 1 }) : local.toPlainDate()
  return date.toString()
}

/** The instant a night begins (12:00 on its date) and ends (12:00 the next day). */
export function nightBounds(night: string, timeZone: string): { startMs: number; endMs: number } {
  const date = parseNight(night)
  return {
    startMs: wallTimeOnNight(date, NOON, timeZone).epochMilliseconds,
    endMs: wallTimeOnNight(date.add({ days: 1 }), NOON, timeZone).epochMilliseconds,
  }
}

export function addDays(night: string, days: number): string {
  return parseNight(night).add({ days }).toString()
}

/** 1 = Monday … 7 = Sunday, for the night's own date. */
export function weekdayOf(night: string): number {
  return parseNight(night).dayOfWeek
}

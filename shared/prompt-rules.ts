// The rules the doctor prompts read the data with: what "severe nights in a row" means, which check-ins are
// recent, when data is too old to prompt on, and how much of the evening routine was really done.
import type { CheckIn } from './checkin.ts'
import { dayNumber, daysBetween } from './fields.ts'
import { monthsAfter } from './labs.ts'
import { addDays } from './night.ts'
import type { NightRecord } from './records.ts'

export const SEVERE = 7
export const SEVERE_RUN = 3
/** "3 nights in a row" means close together: the latest three severe check-ins fall within 4 nights. */
export const SEVERE_WITHIN_NIGHTS = 4
/** A run continues over one night without a check-in, not over a longer gap. */
export const SEVERE_MAX_GAP_DAYS = 2
export const RECENT_CHECK_INS = 14
export const RECENT_MIN_CHECK_INS = 7
/** Recent check-ins are those in the 4 weeks up to the latest one. */
export const RECENT_WINDOW_DAYS = 28
/** A prompt resting on check-ins expires when the newest of them is more than 14 days old. */
export const CHECK_IN_MAX_AGE_DAYS = 14
/** A prompt resting on a lab result expires when the result is more than 6 months old (two recheck periods). */
export const LAB_MAX_AGE_MONTHS = 6
/** The routine counts as really followed at 70 % of planned steps done or more. */
export const ADHERENCE_MIN_PERCENT = 70

export function olderThanDays(date: string, today: string, days: number): boolean {
  return daysBetween(date, today) > days
}

export function olderThanMonths(date: string, today: string, months: number): boolean {
  return today > monthsAfter(date, months)
}

export interface SevereRun {
  first: string
  last: string
  count: number
}

/**
 * The latest run of check-ins rated SEVERE or more, each within 2 nights of the one before, when it holds at
 * least 3 and its latest 3 lie within 4 nights. Its first night names it, so a dismissal lasts until it ends.
 */
export function severeRun(checkIns: Readonly<Record<string, CheckIn>>): SevereRun | null {
  const nights = Object.keys(checkIns).sort()
  let start = nights.length
  // Stryker disable next-line EqualityOperator: at 0 the night is nights[-1], undefined, read as severity 0, so the loop stops anyway
  while (start > 0) {
    const night = nights[start - 1] as string
    // Stryker disable next-line OptionalChaining: night is one of checkIns' own keys
    if ((checkIns[night]?.severity ?? 0) < SEVERE) break
    const next = nights[start]
    if (next !== undefined && daysBetween(night, next) > SEVERE_MAX_GAP_DAYS) break
    start--
  }
  const run = nights.slice(start)
  const third = run[run.length - SEVERE_RUN]
  if (third === undefined) return null
  // A third-from-last night means there is a last one.
  const last = run[run.length - 1] as string
  if (daysBetween(third, last) > SEVERE_WITHIN_NIGHTS - 1) return null
  return { first: run[0] as string, last, count: run.length }
}

export interface RecentSeverity {
  count: number
  mean: number
  first: string
  last: string
  /** At least RECENT_MIN_CHECK_INS check-ins to judge by. */
  enough: boolean
}

/** The last 14 check-ins within the 4 weeks up to the latest one, and their mean symptom rating. */
export function recentSeverity(checkIns: Readonly<Record<string, CheckIn>>): RecentSeverity {
  const nights = Object.keys(checkIns).sort()
  const last = nights[nights.length - 1] ?? ''
  const recent = last
    ? nights.filter((n) => dayNumber(n) > dayNumber(last) - RECENT_WINDOW_DAYS).slice(-RECENT_CHECK_INS)
    : []
  // Stryker disable next-line OptionalChaining: n is one of checkIns' own keys
  const sum = recent.reduce((total, n) => total + (checkIns[n]?.severity ?? 0), 0)
  return {
    count: recent.length,
    mean: recent.length ? Math.round((sum / recent.length) * 10) / 10 : 0,
    first: recent[0] ?? '',
    last,
    enough: recent.length >= RECENT_MIN_CHECK_INS,
  }
}

export interface RoutineAdherence {
  from: string
  to: string
  stepsDone: number
  stepsPlanned: number
  percent: number
}

/**
 * The share of planned evening steps done from `from` to `to` (nights, inclusive). Paused nights and nights
 * without a record (or with an empty one) are left out; a record without its own plan uses `fallbackPlanned`. Null when nothing
 * was planned.
 */
export function routineAdherence(
  recordOf: (night: string) => NightRecord | undefined,
  from: string,
  to: string,
  fallbackPlanned: readonly string[],
): RoutineAdherence | null {
  let stepsDone = 0
  let stepsPlanned = 0
  for (let night = from; night <= to; night = addDays(night, 1)) {
    const record = recordOf(night)
    // An empty record (the store's answer for a night it never saw) is no record.
    if (!record || record.paused || (!record.planned && Object.keys(record.steps).length === 0)) continue
    const planned = record.planned ?? fallbackPlanned
    stepsPlanned += planned.length
    stepsDone += planned.filter((id) => record.steps[id]?.status === 'done').length
  }
  if (stepsPlanned === 0) return null
  return { from, to, stepsDone, stepsPlanned, percent: Math.round((stepsDone / stepsPlanned) * 100) }
}

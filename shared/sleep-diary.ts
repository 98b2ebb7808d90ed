// The Consensus Sleep Diary core, plus the RLS extras clinicians ask for, as optional check-in answers; and
// the two numbers computed from them: total sleep time (TST) and sleep efficiency (TST ÷ time in bed).
import { z } from 'zod'
import { flag, hhmmField, wholeNumber } from './fields.ts'
import { parseHHMM } from './hhmm.ts'

/** Twelve hours: longer than any sane sleep latency, night waking or nap, short enough to catch typos. */
export const DIARY_MAX_MINUTES = 720
export const DIARY_MAX_COUNT = 50

/** Every answer is optional: a person who skips the diary, or part of it, is never asked again. */
export const sleepDiarySchema = z.strictObject({
  inBed: hhmmField().optional(),
  triedToSleep: hhmmField().optional(),
  minutesToFallAsleep: wholeNumber(0, DIARY_MAX_MINUTES).optional(),
  awakenings: wholeNumber(0, DIARY_MAX_COUNT).optional(),
  minutesAwake: wholeNumber(0, DIARY_MAX_MINUTES).optional(),
  finalWake: hhmmField().optional(),
  outOfBed: hhmmField().optional(),
  napMinutes: wholeNumber(0, DIARY_MAX_MINUTES).optional(),
  caffeineAfter17: flag().optional(),
  alcoholAfter17: flag().optional(),
  timesUpWalking: wholeNumber(0, DIARY_MAX_COUNT).optional(),
})

export type SleepDiary = z.infer<typeof sleepDiarySchema>

/** The clock times the check-in remembers and offers again next morning. */
export const USUAL_TIME_FIELDS = ['inBed', 'triedToSleep', 'finalWake', 'outOfBed'] as const
export type UsualTimeField = (typeof USUAL_TIME_FIELDS)[number]
export type UsualTimes = Partial<Record<UsualTimeField, string>>

/**
 * Minutes on the night's own clock, counted from noon: the noon rule of every night (a time from 12:00 on
 * lies on the night's date, one before 12:00 on the next morning), so 23:00 → 660 and 07:00 → 1140.
 * Wall-clock arithmetic: the diary asks for clock times, and on a DST night a clinician reads them as
 * written, so an hour that the clock skips or repeats is not added to or taken from the night.
 */
export function nightMinutes(hhmm: string, field: string): number {
  const m = parseHHMM(hhmm, field)
  return m >= 12 * 60 ? m - 12 * 60 : m + 12 * 60
}

export interface SleepNumbers {
  /** Out of bed minus into bed, in minutes. */
  timeInBed: number
  /** Minutes asleep: from trying to sleep to the final wake, less the minutes to fall asleep and awake. */
  totalSleep: number
  /** totalSleep ÷ timeInBed, as a whole percentage from 0 to 100. */
  efficiency: number
}

/**
 * TST and sleep efficiency from a diary entry; null without both "into bed" and "out of bed" (nothing to
 * divide by). Answers left blank take the Consensus Sleep Diary's neutral reading: trying to sleep on
 * getting into bed, final wake on getting up, no minutes to fall asleep or awake. Contradictory answers
 * (trying to sleep before getting into bed) are clamped into the time in bed, so TST never exceeds it.
 */
export function sleepNumbers(diary: SleepDiary | undefined): SleepNumbers | null {
  if (!diary?.inBed || !diary.outOfBed) return null
  const inBed = nightMinutes(diary.inBed, 'inBed')
  const outOfBed = nightMinutes(diary.outOfBed, 'outOfBed')
  const timeInBed = outOfBed - inBed
  if (timeInBed <= 0) return null
  const clamp = (x: number) => Math.min(outOfBed, Math.max(inBed, x))
  const tried = clamp(diary.triedToSleep ? nightMinutes(diary.triedToSleep, 'triedToSleep') : inBed)
  const wake = clamp(diary.finalWake ? nightMinutes(diary.finalWake, 'finalWake') : outOfBed)
  const asleepWindow = Math.max(0, wake - tried)
  const totalSleep = Math.max(0, asleepWindow - (diary.minutesToFallAsleep ?? 0) - (diary.minutesAwake ?? 0))
  return { timeInBed, totalSleep, efficiency: Math.round((totalSleep / timeInBed) * 100) }
}

/**
 * The usual times to offer in a fresh diary: for each field, the answer given most often over the given
 * recent diaries (newest last), ties going to the most recent. Empty when the person never filled any.
 */
export function usualTimes(recent: readonly (SleepDiary | undefined)[]): UsualTimes {
  const out: UsualTimes = {}
  for (const field of USUAL_TIME_FIELDS) {
    const counts = new Map<string, number>()
    let best: string | undefined
    let bestCount = 0
    for (const diary of recent) {
      const value = diary?.[field]
      if (!value) continue
      const count = (counts.get(value) ?? 0) + 1
      counts.set(value, count)
      if (count >= bestCount) {
        best = value
        bestCount = count
      }
    }
    if (best) out[field] = best
  }
  return out
}

/** Whether a diary holds any answer at all (an untouched, folded diary is not saved). */
export function hasDiaryAnswers(diary: SleepDiary | undefined): boolean {
  return diary !== undefined && Object.values(diary).some((v) => v !== undefined)
}

/** How many recent check-ins the usual times are taken from. */
export const USUAL_FROM_CHECK_INS = 14

/** The usual diary times from the check-ins of the nights before `night` (newest USUAL_FROM_CHECK_INS). */
export function usualTimesBefore(
  checkIns: Readonly<Record<string, { diary?: SleepDiary | undefined }>>,
  night: string,
): UsualTimes {
  const nights = Object.keys(checkIns)
    .filter((n) => n < night)
    .sort()
    .slice(-USUAL_FROM_CHECK_INS)
  // Stryker disable next-line OptionalChaining: every n is a key of checkIns, so checkIns[n] is there
  return usualTimes(nights.map((n) => checkIns[n]?.diary))
}

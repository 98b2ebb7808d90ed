// The augmentation watch: the three themes clinicians ask about (earlier onset, shorter time at rest before
// symptoms, spread to the arms or trunk), computed from the person's own check-ins over rolling 4-week
// windows. Pure maths; the wording of the prompt lives in augmentation-prompt.ts.
import type { CheckIn } from './checkin.ts'
import { REST_BUCKETS } from './checkin.ts'
import { dateFromDayNumber } from './fields.ts'
import { parseHHMM } from './hhmm.ts'
import { nightNumber } from './history.ts'

export const WINDOW_NIGHTS = 28
/** How many 4-week windows the watch looks back over, the latest included: about a year. */
export const LOOKBACK_WINDOWS = 13
/** A window needs this many answers before its median means anything; thinner windows are gaps. */
export const MIN_WINDOW_ANSWERS = 7
/** PROTOCOL.md: augmentation typically brings onset 2 h or more earlier. */
export const ONSET_SHIFT_MINUTES = 120
/** "Several nights" with the arms or trunk in the latest window. */
export const SPREAD_NIGHTS = 3
/** "Markedly" shorter time at rest: the median answer two buckets shorter (1–2 h → 15–30 min). */
export const REST_SHIFT_BUCKETS = 2

/**
 * The symptom day starts at 06:00: an onset at 14:00 is early in the night's day, one at 01:00 late, so
 * "earlier" is a smaller number. Wall-clock minutes, because the question a clinician asks is the clock
 * time symptoms start; a DST night's 21:00 is the same 21:00 as any other night's.
 */
export const DAY_START_MINUTES = 6 * 60

export function onsetDayMinutes(hhmm: string): number {
  const m = parseHHMM(hhmm, 'onsetTime')
  return m >= DAY_START_MINUTES ? m - DAY_START_MINUTES : m + 24 * 60 - DAY_START_MINUTES
}

/** Back from onsetDayMinutes to a clock time (fractions of a minute from a median are rounded). */
export function dayMinutesToClock(minutes: number): string {
  const m = Math.round(minutes + DAY_START_MINUTES) % (24 * 60)
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

export interface AugmentationWindow {
  from: string
  to: string
  /** Nights in the window with a clock onset time, and their median on the symptom day (null under the minimum). */
  onsetNights: number
  onsetMedian: number | null
  /** Nights that answered "where", and those of them with the arms or the trunk. */
  locationNights: number
  spreadNights: string[]
  /** spreadNights ÷ locationNights, 0–1; null when no night answered "where". */
  spreadShare: number | null
  /** Nights that answered "how long still", and the median bucket index (0 = under 15 min); null under the minimum. */
  restNights: number
  restMedian: number | null
}

function median(values: number[]): number | null {
  if (values.length < MIN_WINDOW_ANSWERS) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Consecutive 4-week windows ending with `lastNight`, oldest first. Nights without a check-in are gaps. */
export function augmentationWindows(
  checkIns: Readonly<Record<string, CheckIn>>,
  lastNight: string,
  count = LOOKBACK_WINDOWS,
): AugmentationWindow[] {
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw new RangeError(`count: expected a whole number from 1 to 1000, got ${count}`)
  }
  const last = nightNumber(lastNight, 'lastNight')
  const windows: AugmentationWindow[] = []
  for (let w = count - 1; w >= 0; w--) {
    const end = last - w * WINDOW_NIGHTS
    const onsets: number[] = []
    const rests: number[] = []
    const spreadNights: string[] = []
    let locationNights = 0
    for (let day = end - WINDOW_NIGHTS + 1; day <= end; day++) {
      const night = dateFromDayNumber(day)
      const c = checkIns[night]
      if (!c) continue
      if (c.onsetTime && c.onset !== 'none') onsets.push(onsetDayMinutes(c.onsetTime))
      if (c.restBeforeSymptoms) rests.push(REST_BUCKETS.indexOf(c.restBeforeSymptoms))
      if (c.bodyParts && c.bodyParts.length > 0) {
        locationNights++
        if (c.bodyParts.includes('arms') || c.bodyParts.includes('trunk')) spreadNights.push(night)
      }
    }
    windows.push({
      from: dateFromDayNumber(end - WINDOW_NIGHTS + 1),
      to: dateFromDayNumber(end),
      onsetNights: onsets.length,
      onsetMedian: median(onsets),
      locationNights,
      spreadNights,
      spreadShare: locationNights === 0 ? null : spreadNights.length / locationNights,
      restNights: rests.length,
      restMedian: median(rests),
    })
  }
  return windows
}

export interface OnsetShift {
  /** The earlier window the latest one is compared with (the one with the latest onset). */
  before: AugmentationWindow
  latest: AugmentationWindow
  /** How many minutes earlier the latest median is. */
  minutes: number
}

export interface RestShift {
  before: AugmentationWindow
  latest: AugmentationWindow
  buckets: number
}

export interface AugmentationSigns {
  windows: AugmentationWindow[]
  earlierOnset: OnsetShift | null
  /** Set when the arms or trunk appear on SPREAD_NIGHTS or more nights of the latest window. */
  spread: { window: AugmentationWindow; nights: string[] } | null
  shorterRest: RestShift | null
  any: boolean
}

/**
 * The three signs, judged on the latest 4-week window against the earlier ones in the look-back: the
 * onset median at least 2 h earlier than in some earlier window, arms or trunk on several nights, the
 * time-at-rest median two buckets shorter. Windows too thin to judge are skipped, never read as zero.
 */
export function augmentationSigns(
  checkIns: Readonly<Record<string, CheckIn>>,
  lastNight: string,
  count = LOOKBACK_WINDOWS,
): AugmentationSigns {
  const windows = augmentationWindows(checkIns, lastNight, count)
  const latest = windows.at(-1) as AugmentationWindow
  // Stryker disable next-line MethodExpression: the latest window against itself shifts by 0, under both thresholds
  const earlier = windows.slice(0, -1)

  let earlierOnset: OnsetShift | null = null
  if (latest.onsetMedian !== null) {
    for (const before of earlier) {
      // Stryker disable next-line ConditionalExpression: a null median reads as 0, a shift of -latest ≤ 0, never a sign
      if (before.onsetMedian === null) continue
      const minutes = before.onsetMedian - latest.onsetMedian
      if (minutes >= ONSET_SHIFT_MINUTES && (!earlierOnset || minutes > earlierOnset.minutes)) {
        earlierOnset = { before, latest, minutes }
      }
    }
  }

  let shorterRest: RestShift | null = null
  if (latest.restMedian !== null) {
    for (const before of earlier) {
      // Stryker disable next-line ConditionalExpression: a null median reads as 0, a shift of -latest ≤ 0, never a sign
      if (before.restMedian === null) continue
      const buckets = before.restMedian - latest.restMedian
      if (buckets >= REST_SHIFT_BUCKETS && (!shorterRest || buckets > shorterRest.buckets)) {
        shorterRest = { before, latest, buckets }
      }
    }
  }

  const spread =
    latest.spreadNights.length >= SPREAD_NIGHTS ? { window: latest, nights: latest.spreadNights } : null
  return { windows, earlierOnset, spread, shorterRest, any: !!(earlierOnset || spread || shorterRest) }
}

/** The last night with a check-in, or null: the watch judges the person's own latest 4 weeks of answers. */
export function lastCheckInNight(checkIns: Readonly<Record<string, CheckIn>>): string | null {
  let last: string | null = null
  // Stryker disable next-line EqualityOperator: object keys are unique, so night never equals last
  for (const night of Object.keys(checkIns)) if (last === null || night > last) last = night
  return last
}

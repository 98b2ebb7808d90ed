// Streaks of complete evenings. Paused and travel nights are stepped over; a night with no data breaks one.
import { dateFromDayNumber } from './fields.ts'
import { type NightHistory, nightNumber, nightState, type TravelNights, toMap, toSet } from './history.ts'

export interface Streak {
  /** Complete nights in the streak (stepped-over nights are not counted). */
  length: number
  /** First and last complete night of the streak; null when the length is 0. */
  from: string | null
  to: string | null
}

const NONE: Streak = { length: 0, from: null, to: null }

/**
 * The streak that is still alive as of `asOfNight`. That night itself can only extend it, never break it:
 * its evening may still be under way.
 */
export function currentStreak(history: NightHistory, asOfNight: string, travelNights?: TravelNights): Streak {
  const asOf = nightNumber(asOfNight, 'asOfNight')
  const map = toMap(history)
  const travel = toSet(travelNights)
  let length = 0
  let from: string | null = null
  let to: string | null = null
  // Stepped-over nights only exist where there is an entry or a travel mark, so the walk stops soon after
  // the oldest of those: it is linear in the data, whatever the dates.
  for (let day = asOf; ; day--) {
    const night = dateFromDayNumber(day)
    const state = nightState(map.get(night), travel.has(night))
    if (state === 'complete') {
      length++
      from = night
      to ??= night
    } else if (state !== 'neutral' && day !== asOf) {
      break
    }
  }
  // With no complete night, from and to are still null: this is NONE.
  return { length, from, to }
}

/** The longest streak anywhere in the history. Ties keep the earliest. */
export function bestStreak(history: NightHistory, travelNights?: TravelNights): Streak {
  const map = toMap(history)
  const travel = toSet(travelNights)
  // Only nights with data or a travel mark can be anything but empty, so walk those in order and treat any
  // gap between them as an empty night: O(n log n) in the data, however far apart the dates are.
  const days = [...new Set([...map.keys(), ...travel])]
    .map((night) => ({ night, day: nightNumber(night, `nights["${night}"]`) }))
    .sort((a, b) => a.day - b.day)
  let best = NONE
  let run = NONE
  let previous = Number.NaN
  for (const { night, day } of days) {
    if (day - previous > 1) run = NONE
    previous = day
    const state = nightState(map.get(night), travel.has(night))
    if (state === 'complete') {
      run = { length: run.length + 1, from: run.from ?? night, to: night }
      if (run.length > best.length) best = run
    } else if (state !== 'neutral') {
      run = NONE
    }
  }
  return best
}

// History maths over many nights: what each night amounts to, calendar cells and chart series.
// Nights are calendar keys (YYYY-MM-DD) walked as day numbers, so DST and bedtimes after midnight never matter.
import type { CheckIn } from './checkin.ts'
import { dateFromDayNumber, dayNumber } from './fields.ts'
import type { NightRecord } from './records.ts'
import { sleepNumbers } from './sleep-diary.ts'

export interface NightEntry {
  /** Absent when nothing was recorded that evening (for example, a check-in made for a night the app missed). */
  record?: NightRecord
  checkIn?: CheckIn
  /** Step ids that were planned for that night. */
  planned: readonly string[]
}

export type NightHistory = ReadonlyMap<string, NightEntry> | Readonly<Record<string, NightEntry>>

/** Nights the person marked as travel: like paused nights, they neither break nor extend a streak. */
export type TravelNights = ReadonlySet<string> | readonly string[]

/**
 * complete: every planned step done. neutral: paused, travel, or nothing planned. incomplete: some
 * planned step not done. empty: no data at all for the night.
 */
export type NightState = 'complete' | 'incomplete' | 'neutral' | 'empty'

export function toMap(history: NightHistory): ReadonlyMap<string, NightEntry> {
  if (history instanceof Map) return history
  return new Map(Object.entries(history as Readonly<Record<string, NightEntry>>))
}

export function toSet(travel: TravelNights | undefined): ReadonlySet<string> {
  return travel instanceof Set ? travel : new Set(travel as readonly string[] | undefined)
}

/** Validates a night argument, naming the argument when it is not a real YYYY-MM-DD date. */
export function nightNumber(night: string, field: string): number {
  try {
    return dayNumber(night)
  } catch (error) {
    throw new RangeError(`${field}: ${(error as Error).message}`)
  }
}

export function doneCount(entry: NightEntry | undefined): number {
  if (!entry?.record) return 0
  let done = 0
  for (const id of entry.planned) if (entry.record.steps[id]?.status === 'done') done++
  return done
}

export function nightState(entry: NightEntry | undefined, travel: boolean): NightState {
  if (travel || entry?.record?.paused) return 'neutral'
  if (!entry || (!entry.record && !entry.checkIn)) return 'empty'
  if (entry.planned.length === 0) return 'neutral'
  return doneCount(entry) === entry.planned.length ? 'complete' : 'incomplete'
}

export interface CalendarCell {
  night: string
  done: number
  total: number
  state: NightState
  paused: boolean
  travel: boolean
  severity?: number
  sleepQuality?: number
}

export const MAX_RANGE_NIGHTS = 20_000

function rangeNumbers(from: string, to: string): { first: number; last: number } {
  const first = nightNumber(from, 'from')
  const last = nightNumber(to, 'to')
  if (last < first) throw new RangeError(`to: expected a night on or after ${from}, got "${to}"`)
  if (last - first + 1 > MAX_RANGE_NIGHTS) {
    throw new RangeError(`to: expected at most ${MAX_RANGE_NIGHTS} nights from ${from}, got "${to}"`)
  }
  return { first, last }
}

/** One cell per night from `from` to `to` inclusive, for a calendar coloured by steps done. */
export function calendarCells(
  history: NightHistory,
  from: string,
  to: string,
  travelNights?: TravelNights,
): CalendarCell[] {
  const { first, last } = rangeNumbers(from, to)
  const map = toMap(history)
  const travel = toSet(travelNights)
  const cells: CalendarCell[] = []
  for (let day = first; day <= last; day++) {
    const night = dateFromDayNumber(day)
    const entry = map.get(night)
    const isTravel = travel.has(night)
    const cell: CalendarCell = {
      night,
      done: doneCount(entry),
      total: entry?.planned.length ?? 0,
      state: nightState(entry, isTravel),
      paused: entry?.record?.paused ?? false,
      travel: isTravel,
    }
    if (entry?.checkIn) {
      cell.severity = entry.checkIn.severity
      cell.sleepQuality = entry.checkIn.sleepQuality
    }
    cells.push(cell)
  }
  return cells
}

export interface SeriesPoint {
  night: string
  value: number | null
}

export interface ChartSeries {
  severity: SeriesPoint[]
  sleepQuality: SeriesPoint[]
}

/** Severity and sleep quality for the `days` nights ending with `lastNight`; null where there was no check-in. */
export function chartSeries(history: NightHistory, lastNight: string, days: number): ChartSeries {
  if (!Number.isInteger(days) || days < 1 || days > MAX_RANGE_NIGHTS) {
    throw new RangeError(`days: expected a whole number from 1 to ${MAX_RANGE_NIGHTS}, got ${days}`)
  }
  const last = nightNumber(lastNight, 'lastNight')
  const map = toMap(history)
  const severity: SeriesPoint[] = []
  const sleepQuality: SeriesPoint[] = []
  for (let day = last - days + 1; day <= last; day++) {
    const night = dateFromDayNumber(day)
    const checkIn = map.get(night)?.checkIn
    severity.push({ night, value: checkIn ? checkIn.severity : null })
    sleepQuality.push({ night, value: checkIn ? checkIn.sleepQuality : null })
  }
  return { severity, sleepQuality }
}

export interface SleepSeries {
  /** Total sleep time in hours (one decimal) and sleep efficiency in %, from the sleep diary; null without one. */
  totalSleep: SeriesPoint[]
  efficiency: SeriesPoint[]
}

/** The sleep diary's computed numbers for the `days` nights ending with `lastNight`. */
export function sleepSeries(history: NightHistory, lastNight: string, days: number): SleepSeries {
  const base = chartSeries(history, lastNight, days)
  const map = toMap(history)
  const totalSleep: SeriesPoint[] = []
  const efficiency: SeriesPoint[] = []
  for (const { night } of base.severity) {
    const numbers = sleepNumbers(map.get(night)?.checkIn?.diary)
    totalSleep.push({ night, value: numbers ? Math.round(numbers.totalSleep / 6) / 10 : null })
    efficiency.push({ night, value: numbers ? numbers.efficiency : null })
  }
  return { totalSleep, efficiency }
}

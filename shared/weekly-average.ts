// The weekly average line drawn over the nightly points of the 90- and 365-day charts: for each night, the mean
// of the ratings in the seven nights ending with it. A week with too few ratings has no average (a gap in the
// line), so one lone rating never reads as a week's level.
import { dayNumber } from './calendar-days.ts'

export interface DatedValue {
  /** YYYY-MM-DD */
  date: string
  value: number | null
}

/** Nights in the window that ends on each night, itself included. */
export const WEEK_NIGHTS = 7
/** Fewest ratings in a window for its mean to be drawn: more than half of the week. */
export const MIN_RATINGS = 4

/**
 * One point per input point, same dates and order: the mean of the rated values dated within the seven days
 * ending on that date (one decimal), or null when fewer than `minRatings` of them are rated. Dates may have
 * gaps or be unsorted; the window is by calendar day, not by position.
 */
export function weeklyAverage(points: readonly DatedValue[], minRatings = MIN_RATINGS): DatedValue[] {
  if (!Number.isInteger(minRatings) || minRatings < 1 || minRatings > WEEK_NIGHTS) {
    throw new RangeError(`minRatings: expected a whole number from 1 to ${WEEK_NIGHTS}, got ${minRatings}`)
  }
  const rated = new Map<number, number>()
  const days = points.map((p, i) => {
    try {
      return dayNumber(p.date)
    } catch (error) {
      throw new RangeError(`points[${i}].date: ${(error as Error).message}`)
    }
  })
  points.forEach((p, i) => {
    if (p.value !== null) rated.set(days[i] as number, p.value)
  })
  return points.map((p, i) => {
    const end = days[i] as number
    const values: number[] = []
    for (let day = end - WEEK_NIGHTS + 1; day <= end; day++) {
      const value = rated.get(day)
      if (value !== undefined) values.push(value)
    }
    if (values.length < minRatings) return { date: p.date, value: null }
    const mean = values.reduce((a, b) => a + b, 0) / values.length
    return { date: p.date, value: Math.round(mean * 10) / 10 }
  })
}

// The weekly average line over the nightly chart points: the mean of the last seven nights' ratings, with a
// gap where a week has too few ratings to mean anything.
import { describe, expect, it } from 'vitest'
import { type DatedValue, weeklyAverage } from '../../shared/weekly-average.ts'

/** Consecutive nights from 2026-11-01, one per value. */
const nights = (values: (number | null)[]): DatedValue[] =>
  values.map((value, i) => ({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, value }))

const valuesOf = (points: DatedValue[]) => points.map((p) => p.value)

describe('weeklyAverage', () => {
  it('averages the seven nights ending on each night, once four of them are rated', () => {
    const out = weeklyAverage(nights([2, 4, 6, 8, 2, 4, 6, 8, 10]))
    expect(out.map((p) => p.date)).toEqual(nights(Array(9).fill(0)).map((p) => p.date))
    // Nights 1–3 have fewer than four ratings behind them; night 4 averages 2, 4, 6, 8.
    expect(valuesOf(out)).toEqual([null, null, null, 5, 4.4, 4.3, 4.6, 5.4, 6.3])
  })

  it('leaves out unrated nights instead of counting them as 0, and leaves a gap in a thin week', () => {
    const out = weeklyAverage(nights([6, null, 6, null, 6, null, 6, null, null, null, 2]))
    // Night 7: four ratings of 6. Night 8 still has 6, 6, 6 (night 2–8) = three ratings: a gap.
    expect(valuesOf(out)).toEqual([null, null, null, null, null, null, 6, null, null, null, null])
  })

  it('goes by calendar day, so a missing date is a missing night and not the neighbour', () => {
    const points: DatedValue[] = [
      { date: '2026-11-01', value: 1 },
      { date: '2026-11-02', value: 1 },
      { date: '2026-11-03', value: 1 },
      { date: '2026-11-04', value: 1 },
      // 2026-11-05 to 2026-11-10 are not in the series at all.
      { date: '2026-11-11', value: 9 },
    ]
    expect(valuesOf(weeklyAverage(points, 1))).toEqual([1, 1, 1, 1, 9])
    expect(valuesOf(weeklyAverage(points))).toEqual([null, null, null, 1, null])
  })

  it('rounds to one decimal and never leaves the 0–10 scale it was given', () => {
    const out = weeklyAverage(nights([0, 10, 10, 0, 10, 10, 0]))
    expect(out.at(-1)?.value).toBe(5.7)
    for (const p of out) if (p.value !== null) expect(p.value).toBeGreaterThanOrEqual(0)
  })

  it('names a bad date by its place, and refuses a minimum outside one week', () => {
    expect(() => weeklyAverage([{ date: '2026-02-30', value: 1 }])).toThrow(
      /points\[0\]\.date: expected a real date/,
    )
    expect(() => weeklyAverage(nights([1]), 8)).toThrow(
      /minRatings: expected a whole number from 1 to 7, got 8/,
    )
  })

  it('takes a minimum of 1 to 7 whole ratings and names anything else', () => {
    const week = nights([1, 2, 3, 4, 5, 6, 7])
    expect(valuesOf(weeklyAverage(week, 7))).toEqual([null, null, null, null, null, null, 4])
    expect(valuesOf(weeklyAverage(week, 1))).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4])
    for (const minRatings of [0, 2.5, 8]) {
      expect(() => weeklyAverage(week, minRatings)).toThrow(
        `minRatings: expected a whole number from 1 to 7, got ${minRatings}`,
      )
    }
  })
})

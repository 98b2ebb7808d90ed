import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import {
  WEEKLY_SCORE_NOTE,
  weeklyScore,
  weeklyScoreNote,
  weeklySummaries,
} from '../../shared/weekly-score.ts'
import { checkIn } from './fixtures/journal.ts'

const LAST = '2026-11-24'
function series(severities: readonly (number | null)[]): Record<string, CheckIn> {
  const out: Record<string, CheckIn> = {}
  const end = dayNumber(LAST)
  severities.forEach((s, i) => {
    if (s !== null) out[dateFromDayNumber(end - severities.length + 1 + i)] = checkIn(s)
  })
  return out
}

describe('weekly score', () => {
  it('averages the week, names the worst night and compares with the 4 weeks before', () => {
    const data = series([...Array(28).fill(4), 2, 3, 8, 5, null, 6, 4])
    const score = weeklyScore(data, LAST)
    expect(score.week).toMatchObject({ from: '2026-11-18', to: LAST, checkIns: 6, severity: 4.7 })
    expect(score.week.worst).toEqual({ night: '2026-11-20', severity: 8 })
    expect(score.previousAverage).toBe(4)
    expect(score.change).toBe(0.7)
  })

  it('has no numbers, not zeros, for weeks without check-ins', () => {
    const score = weeklyScore({}, LAST)
    expect(score).toEqual({
      week: expect.objectContaining({ checkIns: 0, severity: null, worst: null, totalSleep: null }),
      previousAverage: null,
      change: null,
    })
  })

  it('gives weekly sleep averages from the diary', () => {
    const data = series([3, 3])
    const nights = Object.keys(data)
    for (const n of nights) {
      data[n] = { ...(data[n] as CheckIn), diary: { inBed: '23:00', outOfBed: '07:00', minutesAwake: 60 } }
    }
    const [week] = weeklySummaries(data, LAST, 1)
    expect(week).toMatchObject({ totalSleep: 420, efficiency: 88, sleepQuality: 7 })
  })

  it('says plainly that it is not the IRLS', () => {
    expect(WEEKLY_SCORE_NOTE).toMatch(/not the IRLS/)
  })

  it('gives the note in the language chosen later, too', () => {
    try {
      setLocale('de', 'de-DE')
      expect(WEEKLY_SCORE_NOTE).toBe(weeklyScoreNote())
      expect(WEEKLY_SCORE_NOTE).not.toMatch(/not the IRLS/)
    } finally {
      setLocale('en', 'en-GB', 'system')
    }
    expect(WEEKLY_SCORE_NOTE).toMatch(/not the IRLS/)
  })
})

describe('weekly summaries at the edges', () => {
  it('lays the weeks back to back, oldest first, the last one ending on the last night', () => {
    const weeks = weeklySummaries({}, LAST, 3)
    expect(weeks.map((w) => [w.from, w.to])).toEqual([
      ['2026-11-04', '2026-11-10'],
      ['2026-11-11', '2026-11-17'],
      ['2026-11-18', LAST],
    ])
  })

  it('names the earliest of two equally bad nights as the worst', () => {
    const [week] = weeklySummaries(series([7, 2, 7, 3]), LAST, 1)
    expect(week?.worst).toEqual({ night: '2026-11-21', severity: 7 })
  })

  it('has no efficiency, not 0 %, in a week without diary times', () => {
    const [week] = weeklySummaries(series([3, 4]), LAST, 1)
    expect(week).toMatchObject({ checkIns: 2, totalSleep: null, efficiency: null })
  })

  it('takes from 1 to 3000 whole weeks and names the count otherwise', () => {
    expect(weeklySummaries({}, LAST, 1)).toHaveLength(1)
    expect(weeklySummaries({}, LAST, 3000)).toHaveLength(3000)
    for (const count of [0, 2.5, 3001]) {
      expect(() => weeklySummaries({}, LAST, count)).toThrow(
        `count: expected a whole number from 1 to 3000, got ${count}`,
      )
    }
  })

  it('names a last night that is not a real date', () => {
    const message = 'lastNight: expected a real date as YYYY-MM-DD, got "2026-02-30"'
    expect(() => weeklySummaries({}, '2026-02-30', 1)).toThrow(message)
    expect(() => weeklyScore({}, '2026-02-30')).toThrow(message)
  })
})

describe('weekly score at the edges', () => {
  it('counts the night just before this week in the previous four weeks, and the 28th night back too', () => {
    const justBefore = weeklyScore(series([6, ...Array(7).fill(null)]), LAST)
    expect(justBefore.previousAverage).toBe(6)
    const earliest = weeklyScore(series([5, ...Array(34).fill(null)]), LAST)
    expect(earliest.previousAverage).toBe(5)
    const tooEarly = weeklyScore(series([5, ...Array(35).fill(null)]), LAST)
    expect(tooEarly.previousAverage).toBeNull()
  })

  it('has no change when either this week or the four before have no check-ins', () => {
    expect(weeklyScore(series([3]), LAST)).toMatchObject({ previousAverage: null, change: null })
    expect(weeklyScore(series([3, ...Array(7).fill(null)]), LAST)).toMatchObject({
      previousAverage: 3,
      change: null,
    })
  })
})

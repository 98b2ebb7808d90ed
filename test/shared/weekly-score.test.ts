import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { WEEKLY_SCORE_NOTE, weeklyScore, weeklySummaries } from '../../shared/weekly-score.ts'
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
})

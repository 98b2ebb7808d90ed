// Dates as people write them in a backup or a form: only days that exist on the calendar count.
import { describe, expect, it } from 'vitest'
import { dateFromDayNumber, dayNumber, daysBetween, isRealDate } from '../../shared/calendar-days.ts'

describe('isRealDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '2026-01-01', '1000-01-01'])('accepts %s', (date) => {
    expect(isRealDate(date)).toBe(true)
  })

  it.each([
    ['a day past the month’s end', '2026-02-30'],
    ['29 February outside a leap year', '2026-02-29'],
    ['31 April', '2026-04-31'],
    ['day 00', '2026-01-00'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['a date with a time', '2026-11-24T22:00'],
    ['a short year', '226-11-24'],
  ])('refuses %s (%s)', (_what, date) => {
    expect(isRealDate(date)).toBe(false)
  })
})

describe('day arithmetic', () => {
  it('counts across a leap day and a year end, and gives back the date it counted', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysBetween('2026-11-24', '2026-11-20')).toBe(-4)
    expect(dateFromDayNumber(dayNumber('2026-11-24'))).toBe('2026-11-24')
    // Years below 100 stay themselves (Date.UTC would read 0099 as 1999).
    expect(dateFromDayNumber(dayNumber('0099-06-15'))).toBe('0099-06-15')
  })

  it('refuses an impossible date, naming what it got', () => {
    expect(() => dayNumber('2026-02-30')).toThrow('expected a real date as YYYY-MM-DD, got "2026-02-30"')
  })
})

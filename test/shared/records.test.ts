import { describe, expect, it } from 'vitest'
import { instantSchema, nightRecordSchema } from '../../shared/records.ts'

const refusal = (value: unknown) => {
  const result = instantSchema.safeParse(value)
  return result.success ? null : result.error.issues.map((i) => i.message)
}

describe('a stored instant (a step done, a snooze end)', () => {
  it.each([
    '2026-11-24T22:00+01:00',
    '2026-11-24T22:00:30+01:00',
    '2026-11-24T22:00:30.125-05:00',
    '2026-11-24T00:00:00Z',
    '2026-11-24T23:59:59+14:00',
    '2028-02-29T21:15:00+01:00',
  ])('keeps %s', (value) => {
    expect(refusal(value)).toBeNull()
  })

  it.each([
    ['an hour past 23', '2026-11-24T25:10:00+01:00'],
    ['minute 60', '2026-11-24T22:60:00+01:00'],
    ['second 60', '2026-11-24T22:10:60+01:00'],
    ['a day the month does not have', '2026-02-30T22:00:00+01:00'],
    ['29 February outside a leap year', '2027-02-29T22:00:00+01:00'],
    ['month 13', '2026-13-01T22:00:00+01:00'],
    ['an offset of 25 hours', '2026-11-24T22:00:00+25:00'],
    ['no offset', '2026-11-24T22:00:00'],
    ['a night instead of an instant', '2026-11-24'],
    ['text around it', 'at 2026-11-24T22:00:00Z'],
  ])('refuses %s, naming what was expected and what came', (_, value) => {
    expect(refusal(value)).toEqual([`expected an ISO date-time with offset, got "${value}"`])
  })

  it('refuses a number with the type it expected', () => {
    expect(refusal(1764021600000)).toEqual(['expected a date-time, got 1764021600000'])
  })

  it('names the step whose time is wrong inside a night', () => {
    const result = nightRecordSchema.safeParse({
      steps: { bath: { status: 'done', at: '2026-11-24T24:05:00+01:00' } },
      notified: [],
      headsUp: [],
      snoozed: {},
      paused: false,
      summarized: [],
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['steps.bath.at'])
  })
})

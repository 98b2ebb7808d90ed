import { describe, expect, it } from 'vitest'
import { copyRecord, emptyNightRecord, instantSchema, nightRecordSchema } from '../../shared/records.ts'

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
    ['text after it', '2026-11-24T22:00:00Z tomorrow'],
    ['a decimal point with no digits', '2026-11-24T22:00:30.Z'],
    ['a fraction of a second with a letter in it', '2026-11-24T22:00:30.1a5Z'],
    ['a fraction with no seconds', '2026-11-24T22:00.5Z'],
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

describe('a night record', () => {
  const valid = {
    steps: { 'warm-bath': { status: 'done', at: '2026-11-24T21:40:00+01:00' } },
    notified: ['warm-bath'],
    headsUp: [],
    snoozed: { magnesium: '2026-11-24T22:00:00+01:00' },
    paused: false,
    summarized: [],
    planned: ['warm-bath', 'magnesium'],
    nudged: ['magnesium'],
  }
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `custom-${i + 1}`)

  it('keeps the planned steps and the nudged steps of the night', () => {
    expect(nightRecordSchema.parse(valid)).toEqual(valid)
  })

  it.each(['planned', 'nudged'])('keeps up to 100 %s steps and refuses 101, naming the list', (field) => {
    expect(nightRecordSchema.safeParse({ ...valid, [field]: ids(100) }).success).toBe(true)
    const result = nightRecordSchema.safeParse({ ...valid, [field]: ids(101) })
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field])
  })
})

describe('copyRecord', () => {
  it('gives lists and maps that can change without touching the original', () => {
    const original = emptyNightRecord()
    original.steps['warm-bath'] = { status: 'done', at: '2026-11-24T21:40:00+01:00' }
    original.snoozed.magnesium = '2026-11-24T22:00:00+01:00'
    original.planned = ['warm-bath']
    original.nudged = ['magnesium']
    const before = structuredClone(original)
    const copy = copyRecord(original)
    expect(copy).toEqual(before)
    copy.steps['pre-bed-walk'] = { status: 'skipped', at: '2026-11-24T22:20:00+01:00' }
    copy.snoozed['warm-socks'] = '2026-11-24T19:10:00+01:00'
    copy.notified.push('x')
    copy.headsUp.push('x')
    copy.summarized.push('x')
    copy.planned?.push('x')
    copy.nudged?.push('x')
    expect(original).toEqual(before)
  })

  it('adds no planned or nudged list to a record that had none', () => {
    const copy = copyRecord(emptyNightRecord())
    expect('planned' in copy).toBe(false)
    expect('nudged' in copy).toBe(false)
  })
})

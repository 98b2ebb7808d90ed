import { describe, expect, it } from 'vitest'
import { checkInDue, checkInDueAtMs, checkInNightFor, parseCheckIn } from '../../shared/checkin.ts'
import { problemText, ValidationError } from '../../shared/errors.ts'
import { instantMs } from '../../shared/night.ts'
import { checkIn } from './fixtures/journal.ts'

const BERLIN = 'Europe/Berlin'
const ms = (iso: string) => instantMs(iso)

function problems(value: unknown): string[] {
  try {
    parseCheckIn(value)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map(problemText)
    throw error
  }
  return []
}

describe('check-in schema', () => {
  it('accepts a full check-in and returns it unchanged', () => {
    const valid = checkIn(4, { note: 'Woke once', triggers: { alcohol: true }, onset: 'evening' })
    expect(parseCheckIn(valid)).toEqual(valid)
  })

  it('names each bad field and what is allowed', () => {
    const bad = {
      ...checkIn(4),
      severity: 11,
      sleepQuality: 6.5,
      onset: 'maybe',
      note: 'x'.repeat(1001),
      savedAt: 'yesterday',
    }
    expect(problems(bad)).toEqual([
      'severity: expected a whole number from 0 to 10, got 11',
      'sleepQuality: expected a whole number from 0 to 10, got 6.5',
      'onset: expected none, bedtime, evening or daytime, got "maybe"',
      'note: expected at most 1000 characters, got 1001 characters',
      'savedAt: expected an ISO date-time with offset, got "yesterday"',
    ])
  })

  it('accepts the scale ends 0 and 10 and a note of exactly 1000 characters', () => {
    expect(problems({ ...checkIn(0), sleepQuality: 10, note: 'x'.repeat(1000) })).toEqual([])
  })

  it('requires every trigger as true or false and refuses unknown fields', () => {
    const { alcohol: _dropped, ...triggers } = checkIn(3).triggers
    const found = problems({ ...checkIn(3), triggers: { ...triggers, coffee: 'yes' }, mood: 3 })
    expect(found).toContain('triggers.alcohol: expected true or false, got nothing')
    expect(found.some((p) => p.startsWith('triggers:') && p.includes('coffee'))).toBe(true)
    expect(found.some((p) => p.includes('mood'))).toBe(true)
  })
})

describe('checkInNightFor (noon rule)', () => {
  it.each([
    ['2026-11-25T00:30:00+01:00', '2026-11-24'],
    ['2026-11-25T08:00:00+01:00', '2026-11-24'],
    ['2026-11-25T11:59:00+01:00', '2026-11-24'],
    // From noon on, tonight has not happened: the check-in is still about last night.
    ['2026-11-25T12:00:00+01:00', '2026-11-24'],
    ['2026-11-25T23:59:00+01:00', '2026-11-24'],
  ])('a check-in at %s is about night %s', (at, night) => {
    expect(checkInNightFor(ms(at), BERLIN)).toBe(night)
  })

  it('is unaffected by the spring-forward and fall-back mornings', () => {
    expect(checkInNightFor(ms('2026-03-29T08:00:00+02:00'), BERLIN)).toBe('2026-03-28')
    expect(checkInNightFor(ms('2026-10-25T02:30:00+01:00'), BERLIN)).toBe('2026-10-24')
    expect(checkInNightFor(ms('2026-11-01T07:00:00-05:00'), 'America/New_York')).toBe('2026-10-31')
  })

  it('uses the local date of the given zone, not UTC', () => {
    // 08:00 in Auckland is still the previous UTC day.
    expect(checkInNightFor(ms('2026-11-25T08:00:00+13:00'), 'Pacific/Auckland')).toBe('2026-11-24')
  })

  it('names an unknown time zone', () => {
    expect(() => checkInNightFor(0, 'Mars/Olympus')).toThrow(/timeZone/)
  })
})

describe('checkInDue', () => {
  const due = (at: string, extra: { checkInTime?: string; alreadyCheckedIn?: boolean; tz?: string } = {}) =>
    checkInDue({
      checkInTime: extra.checkInTime ?? '08:00',
      nowMs: ms(at),
      timeZone: extra.tz ?? BERLIN,
      alreadyCheckedIn: extra.alreadyCheckedIn ?? false,
    })

  it('prompts from the check-in time until noon', () => {
    expect(due('2026-11-25T07:59:00+01:00')).toBe(false)
    expect(due('2026-11-25T08:00:00+01:00')).toBe(true)
    expect(due('2026-11-25T11:59:00+01:00')).toBe(true)
    expect(due('2026-11-25T12:00:00+01:00')).toBe(false)
  })

  it('does not prompt once last night has a check-in', () => {
    expect(due('2026-11-25T09:00:00+01:00', { alreadyCheckedIn: true })).toBe(false)
  })

  it('keeps an afternoon check-in time open until midnight', () => {
    expect(due('2026-11-25T12:59:00+01:00', { checkInTime: '13:00' })).toBe(false)
    expect(due('2026-11-25T13:00:00+01:00', { checkInTime: '13:00' })).toBe(true)
    expect(due('2026-11-25T23:59:00+01:00', { checkInTime: '13:00' })).toBe(true)
  })

  it('treats a check-in time inside the spring-forward gap as passed once the clock jumps', () => {
    // 02:00–03:00 does not exist in Berlin on 2026-03-29.
    expect(due('2026-03-29T01:59:00+01:00', { checkInTime: '02:30' })).toBe(false)
    expect(due('2026-03-29T03:00:00+02:00', { checkInTime: '02:30' })).toBe(true)
  })

  it('names a bad check-in time', () => {
    expect(() => due('2026-11-25T09:00:00+01:00', { checkInTime: '8am' })).toThrow(/checkInTime/)
  })
})

describe('checkInDueAtMs', () => {
  it('is the check-in time on the morning after the night, in local time', () => {
    expect(checkInDueAtMs('2026-11-24', '08:00', BERLIN)).toBe(ms('2026-11-25T08:00:00+01:00'))
    expect(checkInDueAtMs('2026-03-28', '08:00', BERLIN)).toBe(ms('2026-03-29T08:00:00+02:00'))
  })
})

// Nights and instants on their edges: the night key's exact shape, zone names, noon itself.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import {
  checkTimeZone,
  formatMs,
  instantMs,
  NIGHT_PATTERN,
  nightBounds,
  nightOf,
  parseNight,
  wallTimeOnNight,
  weekdayOf,
} from '../../shared/night.ts'

describe('the night key is exactly YYYY-MM-DD', () => {
  it.each(['2026-11-24T22:00', 'x2026-11-24', '2026-11-24 ', '2026-1-24', '26-11-24', '2026/11/24'])(
    'rejects %j, naming the field and the expected shape',
    (bad) => {
      expect(NIGHT_PATTERN.test(bad)).toBe(false)
      expect(() => parseNight(bad, 'from')).toThrow(
        `from: expected a date as YYYY-MM-DD, got ${JSON.stringify(bad)}`,
      )
    },
  )

  it('rejects what is not a string at all', () => {
    expect(() => parseNight(20261124 as unknown as string)).toThrow(
      'night: expected a date as YYYY-MM-DD, got 20261124',
    )
  })

  it('rejects an object whose text looks like a night, as a payload from outside could be', () => {
    const lookalike = { toString: () => '2026-11-24' } as unknown as string
    expect(() => parseNight(lookalike)).toThrow('night: expected a date as YYYY-MM-DD, got {}')
  })

  it('accepts a real date and names the field in the calendar error', () => {
    expect(parseNight('2026-11-24').toString()).toBe('2026-11-24')
    expect(() => parseNight('2026-13-01', 'to')).toThrow('to: "2026-13-01" is not a real calendar date')
  })
})

describe('time zone names', () => {
  it('accepts a real IANA zone and returns its name', () => {
    expect(checkTimeZone('Europe/Berlin')).toBe('Europe/Berlin')
  })

  it('rejects an empty name, an overlong one and a non-string, saying what was expected', () => {
    const expected = 'timeZone: expected an IANA time zone name, got '
    expect(() => checkTimeZone('')).toThrow(`${expected}""`)
    expect(() => checkTimeZone(`Europe/${'x'.repeat(58)}`)).toThrow(expected)
    expect(() => checkTimeZone(42 as unknown as string)).toThrow(`${expected}42`)
  })

  it('a 64-character name is long enough to be looked up (and is unknown)', () => {
    expect(() => checkTimeZone(`Europe/${'x'.repeat(57)}`)).toThrow('timeZone: unknown IANA time zone')
  })

  it('names an unknown zone', () => {
    expect(() => checkTimeZone('Mars/Olympus')).toThrow('timeZone: unknown IANA time zone "Mars/Olympus"')
  })
})

describe('noon, the border between nights', () => {
  const date = Temporal.PlainDate.from('2026-11-24')

  it('12:00 is on the night’s own date, 11:59 on the next morning', () => {
    expect(formatMs(wallTimeOnNight(date, 12 * 60, 'UTC').epochMilliseconds, 'UTC')).toBe(
      '2026-11-24T12:00:00+00:00',
    )
    expect(formatMs(wallTimeOnNight(date, 11 * 60 + 59, 'UTC').epochMilliseconds, 'UTC')).toBe(
      '2026-11-25T11:59:00+00:00',
    )
    expect(
      wallTimeOnNight(date, 22 * 60 + 30, 'UTC')
        .toPlainTime()
        .toString(),
    ).toBe('22:30:00')
  })

  it('a night runs from noon on its date to noon the next day', () => {
    expect(nightBounds('2026-11-24', 'UTC')).toEqual({
      startMs: Date.UTC(2026, 10, 24, 12),
      endMs: Date.UTC(2026, 10, 25, 12),
    })
  })

  it('the last millisecond before noon still belongs to the evening before', () => {
    const noon = Date.UTC(2026, 10, 25, 12)
    expect(nightOf(noon - 1, 'UTC')).toBe('2026-11-24')
    expect(nightOf(noon, 'UTC')).toBe('2026-11-25')
  })

  it('knows the weekday of the night’s own date (Tuesday 24 November 2026)', () => {
    expect(weekdayOf('2026-11-24')).toBe(2)
  })
})

describe('instants', () => {
  it('reads the same instant written with different offsets to the same millisecond, again and again', () => {
    const ms = Date.UTC(2026, 10, 24, 21, 30)
    for (let i = 0; i < 3; i++) {
      expect(instantMs('2026-11-24T22:30:00+01:00')).toBe(ms)
      expect(instantMs('2026-11-24T21:30:00+00:00')).toBe(ms)
    }
  })

  it('still answers rightly after more instants than it remembers', () => {
    const base = Date.UTC(2026, 0, 1)
    for (let i = 0; i < 5000; i++) {
      const ms = base + i * 60_000
      expect(instantMs(new Date(ms).toISOString())).toBe(ms)
    }
    expect(instantMs(new Date(base).toISOString())).toBe(base)
  })
})

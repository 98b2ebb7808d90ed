import { describe, expect, it } from 'vitest'
import { addDays, nightBounds, nightOf, parseNight } from '../../shared/night.ts'

describe('nightOf (noon rule)', () => {
  it('an evening instant belongs to its own date', () => {
    expect(nightOf('2026-11-24T22:30:00+01:00', 'Europe/Berlin')).toBe('2026-11-24')
    expect(nightOf('2026-11-24T12:00:00+01:00', 'Europe/Berlin')).toBe('2026-11-24')
  })
  it('a morning instant belongs to the evening before', () => {
    expect(nightOf('2026-11-25T00:30:00+01:00', 'Europe/Berlin')).toBe('2026-11-24')
    expect(nightOf('2026-11-25T11:59:59+01:00', 'Europe/Berlin')).toBe('2026-11-24')
  })
  it('reads the instant in the given zone, not the offset it was written with', () => {
    // 23:30 UTC is 08:30 next morning in Tokyo: still the night of the 24th there.
    expect(nightOf('2026-11-24T23:30:00+00:00', 'Asia/Tokyo')).toBe('2026-11-24')
    expect(nightOf(Date.UTC(2026, 10, 25, 3, 0), 'Asia/Tokyo')).toBe('2026-11-25')
  })
  it('handles year ends', () => {
    expect(nightOf('2027-01-01T01:00:00+00:00', 'UTC')).toBe('2026-12-31')
  })
})

describe('night helpers', () => {
  it('a night spans noon to noon, 25 h on a fall-back night', () => {
    const { startMs, endMs } = nightBounds('2026-10-24', 'Europe/Berlin')
    expect((endMs - startMs) / 3_600_000).toBe(25)
  })
  it('adds days across months', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
  })
  it('rejects impossible dates by name', () => {
    expect(() => parseNight('2026-02-29')).toThrow('night: "2026-02-29" is not a real calendar date')
    expect(parseNight('2028-02-29').day).toBe(29)
  })
})

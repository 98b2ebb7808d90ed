import { describe, expect, it } from 'vitest'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

const clock = (iso: string) => iso.slice(11, 16)
const times = (s: Settings, night: string, zone: string, tonight?: { bedtime?: string }) =>
  planNight(s, night, zone, tonight).steps.map((p) => `${p.id}@${clock(p.at)}`)

describe('planNight: the default evening', () => {
  it('gives 18:30, 19:00, 21:30, 21:50, 22:15 for bedtime 22:30 (PROTOCOL.md worked example)', () => {
    const plan = planNight(defaultSettings(), '2026-11-24', 'Europe/Berlin')
    expect(plan.bedtime).toBe('2026-11-24T22:30:00+01:00')
    expect(plan.steps.map((s) => [s.id, s.at])).toEqual([
      ['exercise-cutoff', '2026-11-24T18:30:00+01:00'],
      ['warm-socks', '2026-11-24T19:00:00+01:00'],
      ['warm-bath', '2026-11-24T21:30:00+01:00'],
      ['magnesium', '2026-11-24T21:50:00+01:00'],
      ['pre-bed-walk', '2026-11-24T22:15:00+01:00'],
    ])
  })

  it('carries windows: socks until 20:00, the bath lasts 20 minutes', () => {
    const plan = planNight(defaultSettings(), '2026-11-24', 'Europe/Berlin')
    expect(plan.steps.find((s) => s.id === 'warm-socks')?.until).toBe('2026-11-24T20:00:00+01:00')
    expect(plan.steps.find((s) => s.id === 'warm-bath')?.until).toBe('2026-11-24T21:50:00+01:00')
  })

  it('writes UTC as +00:00, never Z', () => {
    const plan = planNight(defaultSettings(), '2026-11-24', 'UTC')
    expect(plan.bedtime).toBe('2026-11-24T22:30:00+00:00')
    for (const s of plan.steps) expect(s.at).toMatch(/\+00:00$/)
  })

  it('leaves disabled steps out', () => {
    const s = defaultSettings()
    s.steps = s.steps.map((x) => (x.id === 'magnesium' ? { ...x, enabled: false } : x))
    expect(planNight(s, '2026-11-24', 'Europe/Berlin').steps.map((x) => x.id)).not.toContain('magnesium')
  })
})

describe('planNight: bedtime after midnight', () => {
  it('puts a 00:30 bedtime on the next calendar day and keeps the order', () => {
    const s = { ...defaultSettings(), bedtime: '00:30' }
    const plan = planNight(s, '2026-11-24', 'America/New_York')
    expect(plan.bedtime).toBe('2026-11-25T00:30:00-05:00')
    expect(times(s, '2026-11-24', 'America/New_York')).toEqual([
      'warm-socks@19:00',
      'exercise-cutoff@20:30',
      'warm-bath@23:30',
      'magnesium@23:50',
      'pre-bed-walk@00:15',
    ])
    expect(plan.steps.at(-1)?.at).toBe('2026-11-25T00:15:00-05:00')
  })

  it('treats 11:59 as the next morning and 12:00 as the same day', () => {
    expect(planNight({ ...defaultSettings(), bedtime: '11:59' }, '2026-11-24', 'UTC').bedtime).toBe(
      '2026-11-25T11:59:00+00:00',
    )
    expect(planNight({ ...defaultSettings(), bedtime: '12:00' }, '2026-11-24', 'UTC').bedtime).toBe(
      '2026-11-24T12:00:00+00:00',
    )
  })
})

describe('planNight: daylight saving', () => {
  it('Europe/Berlin spring forward: a 02:30 bedtime does not exist and moves to 03:30; relative steps are real hours', () => {
    const s = { ...defaultSettings(), bedtime: '02:30' }
    const plan = planNight(s, '2026-03-28', 'Europe/Berlin')
    expect(plan.bedtime).toBe('2026-03-29T03:30:00+02:00')
    // 4 real hours before 03:30 CEST (01:30 UTC) is 21:30 UTC = 22:30 CET.
    expect(plan.steps.find((x) => x.id === 'exercise-cutoff')?.at).toBe('2026-03-28T22:30:00+01:00')
    expect(plan.steps.find((x) => x.id === 'warm-bath')?.at).toBe('2026-03-29T01:30:00+01:00')
  })

  it('Europe/Berlin fall back: an ambiguous 02:30 bedtime takes the earlier instant', () => {
    const plan = planNight({ ...defaultSettings(), bedtime: '02:30' }, '2026-10-24', 'Europe/Berlin')
    expect(plan.bedtime).toBe('2026-10-25T02:30:00+02:00')
    expect(plan.steps.find((x) => x.id === 'pre-bed-walk')?.at).toBe('2026-10-25T02:15:00+02:00')
  })

  it('Europe/Berlin fall back: 4 h before a 03:00 bedtime is 00:00 local because the night is an hour longer', () => {
    const plan = planNight({ ...defaultSettings(), bedtime: '03:00' }, '2026-10-24', 'Europe/Berlin')
    expect(plan.bedtime).toBe('2026-10-25T03:00:00+01:00')
    expect(plan.steps.find((x) => x.id === 'exercise-cutoff')?.at).toBe('2026-10-25T00:00:00+02:00')
  })

  it('Australia/Sydney (southern) spring forward in October: 02:15 becomes 03:15', () => {
    const plan = planNight({ ...defaultSettings(), bedtime: '02:15' }, '2026-10-03', 'Australia/Sydney')
    expect(plan.bedtime).toBe('2026-10-04T03:15:00+11:00')
    expect(plan.steps.find((x) => x.id === 'pre-bed-walk')?.at).toBe('2026-10-04T03:00:00+11:00')
  })

  it('Australia/Sydney fall back in April: 02:30 takes the earlier (daylight) instant; bath is an hour earlier in real time', () => {
    const plan = planNight({ ...defaultSettings(), bedtime: '02:30' }, '2026-04-04', 'Australia/Sydney')
    expect(plan.bedtime).toBe('2026-04-05T02:30:00+11:00')
    expect(plan.steps.find((x) => x.id === 'warm-bath')?.at).toBe('2026-04-05T01:30:00+11:00')
  })

  it('a clock step inside the gap moves forward by the gap', () => {
    const s = defaultSettings()
    s.steps = [{ id: 'custom-1', title: 'Night check', enabled: true, anchor: 'clock', time: '02:30' }]
    expect(planNight(s, '2026-03-07', 'America/New_York').steps[0]?.at).toBe('2026-03-08T03:30:00-04:00')
  })
})

describe('planNight: which bedtime', () => {
  const s: Settings = {
    ...defaultSettings(),
    bedtime: '22:30',
    bedtimeByWeekday: { fri: '23:30', sat: '00:15' },
  }

  it('uses the weekday of the night date', () => {
    // 2026-11-27 is a Friday, 2026-11-28 a Saturday, 2026-11-29 a Sunday.
    expect(planNight(s, '2026-11-27', 'UTC').bedtime).toBe('2026-11-27T23:30:00+00:00')
    expect(planNight(s, '2026-11-28', 'UTC').bedtime).toBe('2026-11-29T00:15:00+00:00')
    expect(planNight(s, '2026-11-29', 'UTC').bedtime).toBe('2026-11-29T22:30:00+00:00')
    expect(planNight(s, '2026-11-27', 'UTC').bedtimeSource).toBe('weekday')
  })

  it('the one-night override wins over weekday and everyday', () => {
    const plan = planNight(s, '2026-11-27', 'UTC', { bedtime: '23:00' })
    expect(plan.bedtime).toBe('2026-11-27T23:00:00+00:00')
    expect(plan.bedtimeSource).toBe('tonight')
    expect(plan.usualBedtime).toBe('23:30')
    expect(plan.steps.find((x) => x.id === 'magnesium')?.at).toBe('2026-11-27T22:20:00+00:00')
  })
})

describe('planNight: bad input names what was wrong', () => {
  const ok = defaultSettings()
  it.each([
    [() => planNight(ok, '2026-11-24', 'Mars/Olympus'), /timeZone: unknown IANA time zone "Mars\/Olympus"/],
    [() => planNight(ok, '2026-02-30', 'UTC'), /night: "2026-02-30" is not a real calendar date/],
    [() => planNight(ok, '2026-13-01', 'UTC'), /night: "2026-13-01" is not a real calendar date/],
    [() => planNight(ok, '24.11.2026', 'UTC'), /night: expected a date as YYYY-MM-DD, got "24.11.2026"/],
    [
      () => planNight(ok, '2026-11-24', 'UTC', { bedtime: '7pm' }),
      /tonight.bedtime: expected HH:MM \(00:00–23:59\), got "7pm"/,
    ],
    [
      () => planNight({ ...ok, bedtime: '25:00' }, '2026-11-24', 'UTC'),
      /bedtime: expected HH:MM \(00:00–23:59\), got "25:00"/,
    ],
    [
      () => planNight({ ...ok, bedtimeByWeekday: { tue: '22:61' } }, '2026-11-24', 'UTC'),
      /bedtimeByWeekday.tue: expected HH:MM/,
    ],
  ])('%#', (call, message) => {
    expect(call).toThrow(message)
  })
})

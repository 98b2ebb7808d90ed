// planNight() and the times a step's words name, on their edges: two steps at one instant, where each
// bedtime comes from, windows given in minutes or as a clock time, and the words "tonight only".
import { describe, expect, it } from 'vitest'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { planNight, plannedStepTimes, usualBedtime } from '../../shared/timeline.ts'

const base = defaultSettings()
const tea = (id: string, time: string) => ({
  id,
  enabled: true,
  anchor: 'clock' as const,
  time,
  title: `Tea ${id}`,
})

describe('steps at the same instant', () => {
  it('keep the order they have in the settings, whichever comes first there', () => {
    const s: Settings = {
      ...base,
      steps: [tea('custom-2', '21:00'), tea('custom-1', '21:00'), tea('custom-3', '20:00')],
    }
    expect(planNight(s, '2026-11-24', 'UTC').steps.map((x) => x.id)).toEqual([
      'custom-3',
      'custom-2',
      'custom-1',
    ])
    const swapped: Settings = { ...s, steps: [tea('custom-1', '21:00'), tea('custom-2', '21:00')] }
    expect(planNight(swapped, '2026-11-24', 'UTC').steps.map((x) => x.id)).toEqual(['custom-1', 'custom-2'])
  })

  it('a later step listed first still comes after an earlier one', () => {
    const s: Settings = { ...base, steps: [tea('custom-1', '21:01'), tea('custom-2', '21:00')] }
    expect(planNight(s, '2026-11-24', 'UTC').steps.map((x) => x.id)).toEqual(['custom-2', 'custom-1'])
  })
})

describe('where the bedtime comes from', () => {
  const s: Settings = { ...base, bedtime: '22:30', bedtimeByWeekday: { tue: '21:45' } }

  it('a weekday bedtime names its weekday as the source, and the usual one is that weekday’s', () => {
    // 2026-11-24 is a Tuesday, 2026-11-25 a Wednesday.
    expect(usualBedtime(s, '2026-11-24')).toEqual({ clock: '21:45', source: 'weekday' })
    expect(usualBedtime(s, '2026-11-25')).toEqual({ clock: '22:30', source: 'everyday' })
    const plan = planNight(s, '2026-11-25', 'UTC')
    expect(plan).toMatchObject({ bedtimeClock: '22:30', usualBedtime: '22:30', bedtimeSource: 'everyday' })
  })

  it('a one-night bedtime says "tonight" and still knows the usual one', () => {
    const plan = planNight(s, '2026-11-24', 'UTC', { bedtime: '23:00' })
    expect(plan).toMatchObject({ bedtimeClock: '23:00', usualBedtime: '21:45', bedtimeSource: 'tonight' })
  })

  it('an empty tonight is no override', () => {
    expect(planNight(s, '2026-11-24', 'UTC', {}).bedtimeSource).toBe('weekday')
  })
})

describe('windows', () => {
  it('a bedtime step without a duration has no window; with one, it ends that many minutes later', () => {
    const s: Settings = {
      ...base,
      steps: [
        { id: 'custom-1', enabled: true, anchor: 'bedtime', offsetMinutes: -60, title: 'Read' },
        {
          id: 'custom-2',
          enabled: true,
          anchor: 'bedtime',
          offsetMinutes: -30,
          durationMinutes: 25,
          title: 'Bath',
        },
      ],
    }
    const [read, bath] = planNight(s, '2026-11-24', 'UTC').steps
    expect(read).toEqual({
      id: 'custom-1',
      title: 'Read',
      anchor: 'bedtime',
      at: '2026-11-24T21:30:00+00:00',
    })
    expect(bath?.until).toBe('2026-11-24T22:25:00+00:00')
  })

  it('a clock step without an end has no window', () => {
    const s: Settings = { ...base, steps: [tea('custom-1', '20:00')] }
    expect(planNight(s, '2026-11-24', 'UTC').steps[0]).not.toHaveProperty('until')
  })
})

describe('the times a step’s words name', () => {
  const plan = planNight(base, '2026-11-24', 'Europe/Berlin')
  const step = (id: string) => {
    const found = plan.steps.find((x) => x.id === id)
    if (!found) throw new Error(`no step ${id}`)
    return found
  }
  const setting = (id: string) => base.steps.find((x) => x.id === id)

  it('a bedtime step: its time, its window and how long before bed', () => {
    expect(plannedStepTimes(step('warm-bath'), setting('warm-bath'))).toEqual({
      at: '21:30',
      until: '21:50',
      minutesBeforeBed: 60,
      durationMinutes: 20,
    })
    // No duration at all, not a duration of undefined: the words say "for N minutes" only when there is one.
    expect(plannedStepTimes(step('magnesium'), setting('magnesium'))).toStrictEqual({
      at: '21:50',
      minutesBeforeBed: 40,
    })
  })

  it('a clock step: its time and window, and no "before bed"', () => {
    expect(plannedStepTimes(step('warm-socks'), setting('warm-socks'))).toEqual({
      at: '19:00',
      until: '20:00',
    })
  })

  it('without its setting (a step since removed), only the planned times', () => {
    expect(plannedStepTimes(step('warm-bath'), undefined)).toEqual({ at: '21:30', until: '21:50' })
  })
})

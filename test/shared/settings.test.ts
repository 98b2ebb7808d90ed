import { describe, expect, it } from 'vitest'
import { problemText, ValidationError } from '../../shared/errors.ts'
import { CATALOGUE, CORE_STEP_IDS, DISCLAIMER, LIBRARY_STEP_IDS } from '../../shared/protocol.ts'
import { defaultSettings, newCustomStepId, parseSettings } from '../../shared/settings.ts'

function problems(value: unknown): string[] {
  try {
    parseSettings(value)
  } catch (e) {
    if (e instanceof ValidationError) return e.problems.map(problemText)
    throw e
  }
  return []
}

describe('settings', () => {
  it('defaults are valid and match the protocol table', () => {
    const s = parseSettings(defaultSettings())
    expect(s.bedtime).toBe('22:30')
    expect(s.bedtimeByWeekday).toEqual({})
    expect(s.steps).toEqual([
      { id: 'exercise-cutoff', enabled: true, anchor: 'bedtime', offsetMinutes: -240 },
      { id: 'warm-socks', enabled: true, anchor: 'clock', time: '19:00', untilTime: '20:00' },
      { id: 'warm-bath', enabled: true, anchor: 'bedtime', offsetMinutes: -60, durationMinutes: 20 },
      { id: 'magnesium', enabled: true, anchor: 'bedtime', offsetMinutes: -40 },
      { id: 'pre-bed-walk', enabled: true, anchor: 'bedtime', offsetMinutes: -15 },
    ])
    expect(s.notifications).toMatchObject({
      enabled: true,
      graceMinutes: 15,
      snoozeMinutes: 10,
      headsUpMinutes: 0,
    })
  })

  it('defaultSettings returns a fresh copy each time', () => {
    const a = defaultSettings()
    a.steps[0] = { ...a.steps[0], enabled: false } as (typeof a.steps)[0]
    expect(defaultSettings().steps[0]?.enabled).toBe(true)
  })

  it('names the field and what was expected', () => {
    expect(problems({ ...defaultSettings(), bedtime: '25:00' })).toEqual([
      'bedtime: expected HH:MM (00:00–23:59), got "25:00"',
    ])
    expect(problems({ ...defaultSettings(), bedtimeByWeekday: { sat: '9pm' } })).toEqual([
      'bedtimeByWeekday.sat: expected HH:MM (00:00–23:59), got "9pm"',
    ])
    expect(
      problems({
        ...defaultSettings(),
        notifications: { ...defaultSettings().notifications, graceMinutes: 500 },
      }),
    ).toEqual(['notifications.graceMinutes: expected a whole number from 0 to 120, got 500'])
  })

  it('points into the step list by index', () => {
    const s = defaultSettings()
    const steps = [
      ...s.steps,
      { id: 'custom-1', enabled: true, anchor: 'bedtime', offsetMinutes: 30, title: 'Tea' },
    ]
    expect(problems({ ...s, steps })).toEqual([
      'steps[5].offsetMinutes: expected a whole number from -720 to 0, got 30',
    ])
    const bad = [...s.steps, { id: 'custom-1', enabled: true, anchor: 'noon', title: 'x' }]
    expect(problems({ ...s, steps: bad })[0]).toMatch(/^steps\[5\]/)
  })

  it('rejects duplicate ids and untitled custom steps', () => {
    const s = defaultSettings()
    expect(problems({ ...s, steps: [...s.steps, s.steps[0]] })).toEqual([
      'steps[5].id: expected a unique id, "exercise-cutoff" is used twice',
    ])
    expect(
      problems({ ...s, steps: [{ id: 'custom-1', enabled: true, anchor: 'clock', time: '20:00' }] }),
    ).toEqual(['steps[0].title: expected a title for a custom step'])
  })

  it('rejects unknown fields instead of silently keeping them', () => {
    expect(problems({ ...defaultSettings(), surprise: 1 })[0]).toMatch(/surprise/)
  })

  it('generates the smallest free custom id', () => {
    expect(newCustomStepId(['magnesium'])).toBe('custom-1')
    expect(newCustomStepId(['custom-1', 'custom-3'])).toBe('custom-2')
  })
})

describe('protocol catalogue', () => {
  it('has every core step with a why text of a few sentences', () => {
    expect(CORE_STEP_IDS).toEqual(['exercise-cutoff', 'warm-socks', 'warm-bath', 'magnesium', 'pre-bed-walk'])
    for (const id of [...CORE_STEP_IDS, ...LIBRARY_STEP_IDS]) {
      const e = CATALOGUE[id]
      expect(e?.title.length).toBeGreaterThan(3)
      expect(e?.instruction.length).toBeGreaterThan(10)
      expect(e?.why.length).toBeGreaterThan(40)
    }
  })

  it('keeps library steps out of the default evening', () => {
    const ids = defaultSettings().steps.map((s) => s.id)
    for (const id of LIBRARY_STEP_IDS) expect(ids).not.toContain(id)
    expect(LIBRARY_STEP_IDS.length).toBeGreaterThanOrEqual(5)
  })

  it('says plainly that it is not medical advice', () => {
    expect(DISCLAIMER).toMatch(/not medical advice/)
  })
})

// The words people read in each notification: the step, what to do, and honest wording about gaps.
import { describe, expect, it } from 'vitest'
import { notificationText } from '../../shared/notification-text.ts'
import { CATALOGUE } from '../../shared/protocol.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

const settings = defaultSettings()
const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')
const bath = CATALOGUE['warm-bath']

describe('notificationText', () => {
  it('names a due step and says what to do, with Done and Snooze offered', () => {
    const text = notificationText(
      { kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] },
      plan,
      settings.steps,
    )
    expect(text).toEqual({
      title: bath?.title,
      body: '15–20 minutes at 40–42 °C (104–108 °F), from 21:30. You can finish with cool water on your legs.',
      stepIds: ['warm-bath'],
      actions: true,
    })
  })

  it('gives the planned time when a step comes late', () => {
    const text = notificationText(
      { kind: 'due', stepIds: ['magnesium'], late: true, missedIds: [] },
      plan,
      settings.steps,
    )
    expect(text.body).toBe('Planned for 21:50. 300–400 mg at 21:50, 40 minutes before bed.')
  })

  it("uses the user's own title and instruction for a step", () => {
    const steps = settings.steps.map((s) =>
      s.id === 'warm-bath' ? { ...s, title: 'Hot shower', instruction: 'Ten minutes.' } : s,
    )
    const text = notificationText(
      { kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] },
      plan,
      steps,
    )
    expect(text.title).toBe('Hot shower')
    expect(text.body).toBe('Ten minutes.')
  })

  it('sums up missed steps in one notification, naming the reason', () => {
    const alert = { kind: 'summary' as const, missedIds: ['warm-bath', 'magnesium'] }
    const asleep = notificationText(alert, plan, settings.steps, 'asleep')
    expect(asleep.title).toBe('2 steps passed while your computer was asleep')
    expect(asleep.body).toBe(
      "Warm bath or shower and Magnesium glycinate. They are marked as missed in tonight's checklist.",
    )
    expect(asleep.actions).toBe(false)
    expect(notificationText(alert, plan, settings.steps, 'closed').title).toBe(
      '2 steps passed while Eventide was closed',
    )
    expect(
      notificationText({ kind: 'summary', missedIds: ['magnesium'] }, plan, settings.steps, 'passed').title,
    ).toBe('1 step already passed')
  })

  it('adds missed steps to a late step instead of sending a second notification', () => {
    const text = notificationText(
      { kind: 'due', stepIds: ['pre-bed-walk'], late: true, missedIds: ['warm-bath', 'magnesium'] },
      plan,
      settings.steps,
      'asleep',
    )
    expect(text.title).toBe('Short walk or gentle stretch')
    expect(text.body.split('\n')).toEqual([
      `Planned for 22:15. ${CATALOGUE['pre-bed-walk']?.instruction}`,
      'Missed while your computer was asleep: Warm bath or shower and Magnesium glycinate.',
    ])
  })

  it('lists several steps due at once and offers no buttons that would act on only one', () => {
    const text = notificationText(
      { kind: 'due', stepIds: ['warm-bath', 'magnesium'], late: false, missedIds: [] },
      plan,
      settings.steps,
    )
    expect(text.title).toBe('Warm bath or shower and 1 more')
    expect(text.body).toBe('21:30 Warm bath or shower\n21:50 Magnesium glycinate')
    expect(text.actions).toBe(false)
  })

  it('announces a heads-up as what comes at its time', () => {
    const text = notificationText(
      { kind: 'heads-up', stepIds: ['magnesium'], minutes: 10 },
      plan,
      settings.steps,
    )
    expect(text.title).toBe('At 21:50: magnesium glycinate')
    expect(text.body).toBe('300–400 mg at 21:50, 40 minutes before bed.')
    expect(text.actions).toBe(false)
  })

  it('a heads-up for a rule reads as an announcement, never "from now on" ten minutes early', () => {
    const text = notificationText(
      { kind: 'heads-up', stepIds: ['exercise-cutoff'], minutes: 10 },
      plan,
      settings.steps,
    )
    expect(text.title).toBe('At 18:30: last call for vigorous exercise')
    expect(text.body).toBe('From 18:30 on, keep to light stretching or gentle yoga.')
    expect(`${text.title} ${text.body}`).not.toMatch(/now/i)
  })

  it('names the times the person set: warm socks moved to 18:00–18:30', () => {
    const moved = settings.steps.map((s) =>
      s.id === 'warm-socks' ? { ...s, time: '18:00', untilTime: '18:30' } : s,
    )
    const movedPlan = planNight({ ...settings, steps: moved }, '2026-11-24', 'Europe/Berlin')
    const due = notificationText(
      { kind: 'due', stepIds: ['warm-socks'], late: false, missedIds: [] },
      movedPlan,
      moved,
    )
    expect(due.body).toBe('Put on warm socks or wrap your legs, some time between 18:00 and 18:30.')
    const headsUp = notificationText(
      { kind: 'heads-up', stepIds: ['warm-socks'], minutes: 10 },
      movedPlan,
      moved,
    )
    expect(headsUp.title).toBe('At 18:00: warm socks or leg wraps')
    expect(headsUp.body).not.toMatch(/19:00|20:00/)
  })

  it('follows a later bedtime in the words of bedtime steps', () => {
    const later = planNight(settings, '2026-11-24', 'Europe/Berlin', { bedtime: '23:30' })
    const text = notificationText(
      { kind: 'due', stepIds: ['exercise-cutoff'], late: false, missedIds: [] },
      later,
      settings.steps,
    )
    expect(text.body).toBe('From 19:30 on, keep to light stretching or gentle yoga.')
  })
})

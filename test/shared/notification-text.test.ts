// The words people read in each notification: the step, what to do, and honest wording about gaps.
import { describe, expect, it } from 'vitest'
import { notificationText } from '../../shared/notification-text.ts'
import { CATALOGUE } from '../../shared/protocol.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

const settings = defaultSettings()
const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')
const bath = CATALOGUE['warm-bath']
const magnesium = CATALOGUE.magnesium

describe('notificationText', () => {
  it('names a due step and says what to do, with Done and Snooze offered', () => {
    const text = notificationText(
      { kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] },
      plan,
      settings.steps,
    )
    expect(text).toEqual({
      title: bath?.title,
      body: bath?.instruction,
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
    expect(text.body).toBe(`Planned for 21:50. ${magnesium?.instruction}`)
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

  it('announces a heads-up with the minutes left', () => {
    const text = notificationText(
      { kind: 'heads-up', stepIds: ['magnesium'], minutes: 10 },
      plan,
      settings.steps,
    )
    expect(text.title).toBe('In 10 min: Magnesium glycinate')
    expect(text.body).toBe(magnesium?.instruction)
    expect(text.actions).toBe(false)
  })
})

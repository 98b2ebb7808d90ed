// The less common notifications: several steps announced at once, a step with no words of its own, a step
// missing from tonight's plan, missed steps after a closed app, and German titles inside a sentence.
import { afterEach, describe, expect, it } from 'vitest'
import { CAUTIONS } from '../../shared/cautions.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import { notificationText, notificationTextWithCautions } from '../../shared/notification-text.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

const settings = defaultSettings()
const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')
const wordless = settings.steps.map((s) => (s.id === 'magnesium' ? { ...s, instruction: '' } : s))
const kidneys = { pregnant: false, kidneyDisease: true }

afterEach(() => {
  setLocale('en', 'en-GB')
})

describe('heads-up notifications', () => {
  it('announces several steps at the first one’s time and lists each with its own time', () => {
    const text = notificationText(
      { kind: 'heads-up', stepIds: ['warm-bath', 'magnesium'], minutes: 10 },
      plan,
      settings.steps,
    )
    expect(text).toEqual({
      title: 'At 21:30: warm bath or shower and 1 more',
      body: '21:30 Warm bath or shower\n21:50 Magnesium glycinate',
      stepIds: ['warm-bath', 'magnesium'],
      actions: false,
    })
  })

  it('without a step, says only how soon, and offers nothing to act on', () => {
    const text = notificationText({ kind: 'heads-up', stepIds: [], minutes: 10 }, plan, settings.steps)
    expect(text).toEqual({ title: 'In 10 min', body: '', stepIds: [], actions: false })
  })

  it('keeps the capital of a German step title inside the sentence', () => {
    setLocale('de', 'de-DE')
    const text = notificationText(
      { kind: 'heads-up', stepIds: ['magnesium'], minutes: 10 },
      plan,
      settings.steps,
    )
    expect(text.title).toBe('Um 21:50: Magnesiumglycinat')
  })
})

describe('due notifications', () => {
  it('with no step but missed ones, is titled with the app’s name and offers no buttons', () => {
    const text = notificationText(
      { kind: 'due', stepIds: [], late: false, missedIds: ['warm-bath'] },
      plan,
      settings.steps,
      'closed',
    )
    expect(text).toEqual({
      title: 'Eventide',
      body: 'Missed while Eventide was closed: Warm bath or shower.',
      stepIds: [],
      actions: false,
    })
  })

  it('says why steps were missed: the app closed, or they had simply passed', () => {
    const alert = { kind: 'due' as const, stepIds: ['pre-bed-walk'], late: false, missedIds: ['magnesium'] }
    expect(notificationText(alert, plan, settings.steps, 'closed').body.split('\n')[1]).toBe(
      'Missed while Eventide was closed: Magnesium glycinate.',
    )
    expect(notificationText(alert, plan, settings.steps, 'passed').body.split('\n')[1]).toBe(
      'Missed earlier: Magnesium glycinate.',
    )
    expect(notificationText(alert, plan, settings.steps).body.split('\n')[1]).toBe(
      'Missed while your computer was asleep: Magnesium glycinate.',
    )
  })

  it('a step whose instruction the person cleared still says it is time for it', () => {
    const text = notificationText(
      { kind: 'due', stepIds: ['magnesium'], late: false, missedIds: [] },
      plan,
      wordless,
    )
    expect(text.body).toBe("It's time for this step.")
  })

  it('a step the person has no setting for reads with the catalogue’s words', () => {
    const text = notificationText(
      { kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] },
      plan,
      [],
    )
    expect(text.title).toBe('Warm bath or shower')
    expect(text.body).toMatch(/^15–20 minutes at 40–42 °C/)
  })

  it('a step missing from tonight’s plan is still listed, without a time', () => {
    const text = notificationText(
      { kind: 'due', stepIds: ['magnesium', 'no-such-step'], late: false, missedIds: [] },
      plan,
      settings.steps,
    )
    expect(text.body.split('\n').map((line) => line.trim())).toEqual([
      '21:50 Magnesium glycinate',
      'no-such-step',
    ])
  })
})

describe('summaries of missed steps', () => {
  it('say the computer was asleep when no reason is given', () => {
    const text = notificationText({ kind: 'summary', missedIds: ['magnesium'] }, plan, settings.steps)
    expect(text.title).toBe('1 step passed while your computer was asleep')
  })
})

describe('cautions in notifications', () => {
  it('several steps due at once carry no caution, since the buttons act on none of them', () => {
    const alert = { kind: 'due' as const, stepIds: ['magnesium', 'pre-bed-walk'], late: false, missedIds: [] }
    const text = notificationTextWithCautions(alert, plan, settings.steps, 'asleep', kidneys)
    expect(text).toEqual(notificationText(alert, plan, settings.steps, 'asleep'))
  })

  it('a summary of one missed step carries no caution', () => {
    const alert = { kind: 'summary' as const, missedIds: ['magnesium'] }
    const text = notificationTextWithCautions(alert, plan, settings.steps, 'asleep', kidneys)
    expect(text).toEqual(notificationText(alert, plan, settings.steps, 'asleep'))
  })

  it('a heads-up with no words of its own shows the caution alone, without an empty first line', () => {
    const text = notificationTextWithCautions(
      { kind: 'heads-up', stepIds: ['magnesium'], minutes: 10 },
      plan,
      wordless,
      'asleep',
      kidneys,
    )
    expect(text.body).toBe(CAUTIONS.magnesiumKidney)
  })
})

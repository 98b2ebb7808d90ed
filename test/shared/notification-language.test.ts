// Notifications speak the person's language: the words around the step, plurals and lists by locale.
import { afterEach, describe, expect, it } from 'vitest'
import { setLocale } from '../../shared/i18n/index.ts'
import { notificationText } from '../../shared/notification-text.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

const settings = defaultSettings()
const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')

afterEach(() => {
  setLocale('en', 'en-GB')
})

describe('notification words in German and Spanish', () => {
  it('sums up missed steps with the language’s plural and list', () => {
    setLocale('de', 'de-DE')
    const text = notificationText(
      { kind: 'summary', missedIds: ['warm-bath', 'magnesium'] },
      plan,
      settings.steps,
      'closed',
    )
    expect(text.title).toBe('2 Schritte sind vergangen, während Eventide geschlossen war')
    expect(text.body).toMatch(/ und .*Sie sind in der Liste für heute Abend als verpasst markiert\.$/)
  })

  it('one missed step is singular in Spanish', () => {
    setLocale('es', 'es-ES')
    const text = notificationText(
      { kind: 'summary', missedIds: ['warm-bath'] },
      plan,
      settings.steps,
      'asleep',
    )
    expect(text.title).toBe('1 paso pasó mientras su equipo estaba en suspensión')
  })

  it('a late step gives its planned time in German', () => {
    setLocale('de', 'de-DE')
    const text = notificationText(
      { kind: 'due', stepIds: ['magnesium'], late: true, missedIds: [] },
      plan,
      settings.steps,
    )
    expect(text.body.startsWith('Geplant für 21:50.')).toBe(true)
  })
})

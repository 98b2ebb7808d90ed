// What the main process says speaks the person's language: notification buttons, the morning check-in
// reminder, the second nudge and the store's notices, in German and Spanish as in English.
import { afterEach, describe, expect, it } from 'vitest'
import { checkInNotification } from '../../electron/check-in-reminder.ts'
import { actionsFor } from '../../electron/notifier-freedesktop.ts'
import { actionFromResponse, notifierOptions } from '../../electron/notifier-node-notifier.ts'
import type { Notification } from '../../electron/services.ts'
import { plainNotice } from '../../electron/store-crypto.ts'
import { describeFsError } from '../../electron/store-recovery.ts'
import { ONSET_LABELS, TRIGGER_LABELS } from '../../shared/checkin.ts'
import { escalationNudge } from '../../shared/escalation.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

const stepDue: Notification = {
  title: 'Magnesium',
  body: 'Take it now.',
  stepIds: ['magnesium'],
  actions: true,
  sound: false,
}

afterEach(() => {
  setLocale('en', 'en-GB')
})

describe('notification buttons', () => {
  it('read Done and Snooze in English, and in German on a German system', () => {
    expect(actionsFor(stepDue, 10)).toEqual([
      'default',
      'Open Eventide',
      'done',
      'Done',
      'snooze',
      'Snooze 10 min',
    ])
    setLocale('system', 'de-DE')
    expect(actionsFor(stepDue, 10)).toEqual([
      'default',
      'Eventide öffnen',
      'done',
      'Erledigt',
      'snooze',
      '10 Min. später',
    ])
  })

  it('read Hecho and Posponer in Spanish, and a press on the Spanish Done button ticks the step', () => {
    setLocale('es', 'en-US')
    const options = notifierOptions(
      stepDue,
      { platform: 'darwin', iconPath: '/i.png', appId: 'x' },
      'Posponer 5 min',
    )
    expect(options.actions).toEqual(['Hecho', 'Posponer 5 min'])
    // macOS answers with the pressed button's label, lowercased.
    expect(actionFromResponse('hecho', undefined, 'magnesium', 'Posponer 5 min')).toEqual({
      kind: 'done',
      stepId: 'magnesium',
    })
    expect(actionFromResponse('done', undefined, 'magnesium', 'Posponer 5 min')).toBeNull()
  })
})

describe('the morning check-in reminder', () => {
  it('asks how last night was in German and in Spanish', () => {
    expect(checkInNotification(false).title).toBe('How was last night?')
    setLocale('system', 'de-AT')
    const german = checkInNotification(true)
    expect(german.title).toBe('Wie war die letzte Nacht?')
    expect(german.body).toMatch(/^Ein kurzer Check-in: Ihre Beschwerden, Ihr Schlaf/)
    expect(german).toMatchObject({ view: 'check-in', actions: false, sound: true })
    setLocale('es', 'de-DE')
    const spanish = checkInNotification(false)
    expect(spanish.title).toBe('¿Cómo fue la noche pasada?')
    expect(spanish.body).toMatch(/sus síntomas, su sueño/)
  })
})

describe('the second nudge', () => {
  it('says what is still to do in the person’s language', () => {
    const settings: Settings = { ...defaultSettings(), escalation: { stepId: 'magnesium', afterMinutes: 20 } }
    const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')
    const record = { ...emptyNightRecord(), notified: ['magnesium'] }
    setLocale('de', 'de-DE')
    const nudge = escalationNudge(plan, record, settings, Date.parse('2026-11-24T22:30:00+01:00'))
    expect(nudge?.title).toMatch(/^Noch zu erledigen: /)
    expect(nudge?.title).not.toMatch(/Still to do/)
  })
})

describe('check-in answers and store notices', () => {
  it('label the check-in answers in Spanish, the caffeine cut-off on the person’s clock', () => {
    setLocale('es', 'es-ES')
    expect(ONSET_LABELS.none).toBe('Sin síntomas')
    expect(TRIGGER_LABELS.caffeineAfter14).toBe('Cafeína después de las 14:00')
    setLocale('en', 'en-US', '12h')
    expect(TRIGGER_LABELS.caffeineAfter14).toMatch(/^Caffeine after 2:00\s?pm$/i)
    // Indexing keeps working for every caller: each key is there, enumerable.
    expect(Object.keys(TRIGGER_LABELS)).toEqual([
      'caffeineAfter14',
      'alcohol',
      'nicotine',
      'lateExercise',
      'antihistamine',
    ])
  })

  it('tell about unencrypted storage and a full disk in German', () => {
    setLocale('de', 'de-DE')
    expect(plainNotice()).toMatch(/^Dieser Computer bietet Eventide keinen Schlüsselbund/)
    expect(describeFsError(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe(
      'der Datenträger ist voll',
    )
  })
})

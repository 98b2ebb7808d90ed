// The check-in's edges: the quick answers' labels and refusals, a fresh check-in's triggers, and when the
// prompt opens for a check-in time that is not on the hour or is exactly noon.
import { afterEach, describe, expect, it } from 'vitest'
import {
  BODY_PART_LABELS,
  checkInDue,
  checkInDueAtMs,
  noTriggers,
  parseCheckIn,
  REST_LABELS,
} from '../../shared/checkin.ts'
import { problemText, ValidationError } from '../../shared/errors.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import { instantMs } from '../../shared/night.ts'
import { checkIn } from './fixtures/journal.ts'

const BERLIN = 'Europe/Berlin'

function problems(value: unknown): string[] {
  try {
    parseCheckIn(value)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map(problemText)
    throw error
  }
  return []
}

afterEach(() => {
  setLocale('en', 'en-GB')
})

describe('check-in answers', () => {
  it('labels the body parts and rest times in the language in effect', () => {
    expect({ ...BODY_PART_LABELS }).toEqual({
      legs: 'Legs',
      arms: 'Arms',
      trunk: 'Trunk (belly, back, chest)',
    })
    expect({ ...REST_LABELS }).toEqual({
      under15: 'Under 15 minutes',
      '15to30': '15–30 minutes',
      '30to60': '30–60 minutes',
      '60to120': '1–2 hours',
      over120: 'Over 2 hours',
    })
    setLocale('de', 'de-DE')
    expect(BODY_PART_LABELS.arms).toBe('Arme')
    expect(REST_LABELS.over120).toBe('Über 2 Stunden')
  })

  it('a fresh check-in has every trigger unticked', () => {
    expect(noTriggers()).toEqual({
      caffeineAfter14: false,
      alcohol: false,
      nicotine: false,
      lateExercise: false,
      antihistamine: false,
    })
  })

  it('refuses a body part it does not know, more body parts than there are, and an unknown rest time', () => {
    expect(problems({ ...checkIn(3), bodyParts: ['legs', 'feet'] })).toEqual([
      'bodyParts[1]: expected legs, arms or trunk, got "feet"',
    ])
    expect(problems({ ...checkIn(3), bodyParts: ['legs', 'arms', 'trunk'] })).toEqual([])
    expect(problems({ ...checkIn(3), bodyParts: ['legs', 'arms', 'trunk', 'legs'] })).toEqual([
      'bodyParts: expected at most 3 body parts',
    ])
    expect(problems({ ...checkIn(3), restBeforeSymptoms: 'forever' })).toEqual([
      'restBeforeSymptoms: expected one of under15, 15to30, 30to60, 60to120, over120, got "forever"',
    ])
  })
})

describe('when the check-in prompt opens', () => {
  const due = (at: string, checkInTime: string) =>
    checkInDue({ checkInTime, nowMs: instantMs(at), timeZone: BERLIN, alreadyCheckedIn: false })

  it('a check-in time of 08:30 opens at 08:30, counting the minutes past the hour', () => {
    expect(due('2026-11-25T08:29:00+01:00', '08:30')).toBe(false)
    expect(due('2026-11-25T08:30:00+01:00', '08:30')).toBe(true)
    expect(due('2026-11-25T08:45:00+01:00', '08:30')).toBe(true)
    expect(due('2026-11-25T11:59:00+01:00', '08:30')).toBe(true)
  })

  it('a check-in time of exactly noon stays open until midnight', () => {
    expect(due('2026-11-25T11:59:00+01:00', '12:00')).toBe(false)
    expect(due('2026-11-25T12:00:00+01:00', '12:00')).toBe(true)
    expect(due('2026-11-25T23:59:00+01:00', '12:00')).toBe(true)
  })

  it('names the check-in time when it is not HH:MM', () => {
    expect(() => checkInDueAtMs('2026-11-24', '8am', BERLIN)).toThrow(
      'checkInTime: expected HH:MM (00:00–23:59), got "8am"',
    )
  })
})

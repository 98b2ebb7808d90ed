// A year of nights and morning check-ins for the companion journeys, built so that the streaks and the
// "what seems to help" comparisons have answers a person can work out by hand (see YEAR_FACTS).
import type { CheckIn } from '../../../shared/checkin.ts'
import { emptyJournal, type Journal } from '../../../shared/journal.ts'
import { addDays } from '../../../shared/night.ts'
import { CORE_STEP_IDS } from '../../../shared/protocol.ts'
import { emptyNightRecord, type NightRecord } from '../../../shared/records.ts'
import type { Backend } from './backend.ts'

/** The last finished night when the clock reads 2026-11-24 evening (the harness's default start). */
export const LAST_NIGHT = '2026-11-23'
export const YEAR = 365

/** Night number i of the year, 0 being the oldest. */
export const nightAt = (i: number): string => addDays(LAST_NIGHT, i - (YEAR - 1))

/** Every 60 days, from the 8th, a paused evening: no steps, no check-in, and no break in a streak. */
const isPaused = (i: number) => i % 60 === 7
/** Every tenth night magnesium was missed, except for a long good stretch from night 100 to 149. */
const missedMagnesium = (i: number) => i % 10 === 5 && !(i >= 100 && i < 150)
/** Caffeine after 14:00 every fourth night. */
const lateCaffeine = (i: number) => i % 4 === 0

/**
 * What the seeded year means, worked out by hand:
 * - the best streak runs from night 96 to 154 (breaks at 95 and 155), 59 nights less the paused night 127;
 * - the current streak runs from night 356 to 364 (the last break is 355), 9 nights;
 * - symptoms are 3 with magnesium and 7 without, 2 more after late caffeine.
 */
export const YEAR_FACTS = {
  best: { length: 58, from: nightAt(96), to: nightAt(154) },
  current: { length: 9, from: nightAt(356), to: LAST_NIGHT },
}

export function yearOfNights(): Record<string, NightRecord> {
  const nights: Record<string, NightRecord> = {}
  for (let i = 0; i < YEAR; i++) {
    const night = nightAt(i)
    const record: NightRecord = { ...emptyNightRecord(), planned: [...CORE_STEP_IDS] }
    if (isPaused(i)) {
      record.paused = true
    } else {
      for (const id of CORE_STEP_IDS) {
        // Summer or winter, an offset that fits the pattern is all the store checks; the time is not shown.
        const at = `${night}T21:30:00+01:00`
        record.steps[id] =
          id === 'magnesium' && missedMagnesium(i) ? { status: 'missed', at } : { status: 'done', at }
      }
    }
    nights[night] = record
  }
  return nights
}

export function yearOfJournal(): Journal {
  const journal = emptyJournal()
  for (let i = 0; i < YEAR; i++) {
    if (isPaused(i)) continue
    const night = nightAt(i)
    const severity = (missedMagnesium(i) ? 7 : 3) + (lateCaffeine(i) ? 2 : 0)
    const checkIn: CheckIn = {
      severity,
      sleepQuality: 10 - severity,
      onset: severity > 4 ? 'evening' : 'bedtime',
      triggers: {
        caffeineAfter14: lateCaffeine(i),
        alcohol: false,
        nicotine: false,
        lateExercise: false,
        antihistamine: false,
      },
      note: i % 30 === 0 ? 'Long day at the desk.' : '',
      savedAt: `${addDays(night, 1)}T08:10:00+01:00`,
    }
    journal.checkIns[night] = checkIn
  }
  journal.labs.push({ id: 'lab-seed-1', kind: 'ferritin', value: 38, date: addDays(LAST_NIGHT, -200) })
  journal.labs.push({ id: 'lab-seed-2', kind: 'ferritin', value: 64, date: addDays(LAST_NIGHT, -60) })
  journal.labs.push({ id: 'lab-seed-3', kind: 'vitaminD', value: 44, date: addDays(LAST_NIGHT, -60) })
  journal.medicines.push({
    id: 'med-seed-1',
    name: 'Iron bisglycinate',
    kind: 'supplement',
    time: '08:00',
    startedOn: addDays(LAST_NIGHT, -210),
  })
  return journal
}

/** Settings after the first run, plus the year of nights and journal, written into the backend's store. */
export function seedYear(backend: Backend): void {
  backend.seedSettings()
  backend.store.setNights(yearOfNights())
  backend.store.setJournal(yearOfJournal())
}

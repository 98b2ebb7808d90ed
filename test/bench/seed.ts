// Ten years of realistic data for the benchmarks: nights, check-ins, labs and medicines.
import type { CheckIn } from '../../shared/checkin.ts'
import type { Journal } from '../../shared/journal.ts'
import { emptyJournal } from '../../shared/journal.ts'
import { addDays } from '../../shared/night.ts'
import { CORE_STEP_IDS } from '../../shared/protocol.ts'
import type { NightRecord } from '../../shared/records.ts'

export const LAST_NIGHT = '2026-11-23'
const YEARS = 10

export function tenYearsOfNights(last = LAST_NIGHT): Record<string, NightRecord> {
  const nights: Record<string, NightRecord> = {}
  let night = addDays(last, -(YEARS * 365 - 1))
  for (let i = 0; i < YEARS * 365; i++, night = addDays(night, 1)) {
    const steps: NightRecord['steps'] = {}
    CORE_STEP_IDS.forEach((id, k) => {
      if ((i + k) % 4 !== 0) {
        steps[id] = { status: k % 3 === 0 ? 'skipped' : 'done', at: `${night}T21:${String(10 + k)}:00+01:00` }
      }
    })
    nights[night] = {
      steps,
      notified: [...CORE_STEP_IDS],
      headsUp: [],
      snoozed: {},
      paused: i % 30 === 0,
      summarized: [],
      planned: [...CORE_STEP_IDS],
    }
  }
  return nights
}

export function tenYearsOfJournal(last = LAST_NIGHT): Journal {
  const journal = emptyJournal()
  let night = addDays(last, -(YEARS * 365 - 1))
  for (let i = 0; i < YEARS * 365; i++, night = addDays(night, 1)) {
    const checkIn: CheckIn = {
      severity: (i * 7) % 11,
      sleepQuality: 10 - ((i * 3) % 11),
      onset: i % 3 === 0 ? 'evening' : 'bedtime',
      triggers: {
        caffeineAfter14: i % 5 === 0,
        alcohol: i % 7 === 0,
        nicotine: false,
        lateExercise: i % 9 === 0,
        antihistamine: false,
      },
      note: i % 10 === 0 ? 'Long day at the desk.' : '',
      savedAt: `${addDays(night, 1)}T08:05:00+01:00`,
    }
    journal.checkIns[night] = checkIn
    if (i % 90 === 0) {
      journal.labs.push({ id: `lab-${i}`, kind: 'ferritin', value: 30 + (i % 70), date: addDays(night, 1) })
      journal.labs.push({ id: `labd-${i}`, kind: 'vitaminD', value: 25 + (i % 30), date: addDays(night, 1) })
    }
  }
  journal.medicines = [
    { id: 'med-1', name: 'Ferrous bisglycinate', kind: 'supplement', time: '08:00', startedOn: '2017-01-10' },
    { id: 'med-2', name: 'Magnesium glycinate', kind: 'supplement', time: '21:50' },
    { id: 'med-3', name: 'ZzzQuil', kind: 'medicine' },
  ]
  return journal
}

// A year in which pramipexole is started and, months later, symptoms begin earlier and reach the arms: the
// pattern the augmentation watch exists for. Built on the companion year (seed.ts), with the sleep diary kept
// over the last 90 nights.
import { dayMinutesToClock, onsetDayMinutes } from '../../../shared/augmentation.ts'
import type { Journal } from '../../../shared/journal.ts'
import type { Backend } from './backend.ts'
import { nightAt, YEAR, yearOfJournal, yearOfNights } from './seed.ts'

/** Night index pramipexole was started on, and its dose change. */
export const PRAMIPEXOLE_START = nightAt(120)
export const DOSE_CHANGE = nightAt(240)

/** Onset at 22:30 before treatment; on treatment it starts at 23:00 and creeps to about 19:30 by the end. */
export function onsetFor(i: number): string {
  if (i < 120) return '22:30'
  const creep = Math.round(((i - 120) / (YEAR - 1 - 120)) * 210)
  return dayMinutesToClock(onsetDayMinutes('23:00') - creep)
}

export function augmentationJournal(): Journal {
  const journal = yearOfJournal()
  for (let i = 0; i < YEAR; i++) {
    const night = nightAt(i)
    const c = journal.checkIns[night]
    if (!c) continue
    c.onsetTime = onsetFor(i)
    // In the last four weeks the arms join in on every fifth night.
    c.bodyParts = i >= YEAR - 28 && i % 5 === 0 ? ['legs', 'arms'] : ['legs']
    c.restBeforeSymptoms = i >= YEAR - 60 ? '15to30' : '60to120'
    if (i >= YEAR - 90) {
      c.diary = {
        inBed: '22:45',
        triedToSleep: '23:00',
        minutesToFallAsleep: 20 + (i % 3) * 10,
        awakenings: 1 + (i % 3),
        minutesAwake: 30 + (i % 4) * 15,
        finalWake: '06:30',
        outOfBed: '07:00',
        timesUpWalking: i % 3,
      }
    }
  }
  journal.medicines.push({
    id: 'med-pramipexole',
    name: 'Pramipexole',
    kind: 'medicine',
    dose: '0.088 mg',
    startedOn: PRAMIPEXOLE_START,
    rls: { doseChanges: [{ date: DOSE_CHANGE, dose: '0.18 mg' }] },
  })
  journal.labs.push({ id: 'lab-seed-tsat', kind: 'tsat', value: 22, date: nightAt(305) })
  return journal
}

export function seedAugmentationYear(backend: Backend): void {
  backend.seedSettings({ theme: 'system' })
  backend.store.setNights(yearOfNights())
  backend.store.setJournal(augmentationJournal())
}

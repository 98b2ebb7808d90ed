// Seed data for the renderer tests' journal: nights and check-ins as main stores them. Tests write them
// through the real store (main.journal.… in fake-bridge.ts), which validates each one.

import type { CheckIn } from '../../shared/checkin.ts'
import { noTriggers } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { summaryDisclaimer } from '../../shared/summary-view.ts'

export const TODAY = '2026-11-24'
export const LAST_NIGHT = '2026-11-23'
export const PLANNED = ['exercise-cutoff', 'warm-socks', 'warm-bath', 'magnesium', 'pre-bed-walk']
export const DISCLAIMER = summaryDisclaimer()

export const addDays = (night: string, days: number) => dateFromDayNumber(dayNumber(night) + days)

/** A night record with the given steps done, as main would store it. */
export function nightWith(done: readonly string[], extra: Partial<NightRecord> = {}): NightRecord {
  const steps = Object.fromEntries(
    done.map((id) => [id, { status: 'done' as const, at: '2026-11-01T21:00:00+01:00' }]),
  )
  return { ...emptyNightRecord(), planned: PLANNED, steps, ...extra }
}

export function checkInOf(severity: number, extra: Partial<CheckIn> = {}): CheckIn {
  return {
    severity,
    sleepQuality: 10 - severity,
    onset: severity === 0 ? 'none' : 'bedtime',
    triggers: noTriggers(),
    note: '',
    savedAt: '2026-11-24T08:10:00+01:00',
    ...extra,
  }
}

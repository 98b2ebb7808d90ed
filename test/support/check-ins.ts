// A morning check-in for store tests: only its severity matters to them; the rest is a plain, valid answer.
import { type CheckIn, noTriggers } from '../../shared/checkin.ts'

export function checkInOf(severity: number): CheckIn {
  return {
    severity,
    sleepQuality: 6,
    onset: 'bedtime',
    triggers: noTriggers(),
    note: '',
    savedAt: '2026-11-25T08:00:00+01:00',
  }
}

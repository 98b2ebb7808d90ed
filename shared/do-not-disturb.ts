// Do Not Disturb as the scheduler sees it: while the desktop holds notifications back, nothing is decided or
// recorded (the steps stay pending); the first wake-up after it ends is treated like a wake from sleep, so
// decide() sends a late step once within the grace window and sums up the rest in the same single alert.
import type { AwayReason } from './notification-text.ts'

export interface Gate {
  /** Skip this wake-up entirely: no decision, no record change, no notification. */
  hold: boolean
  /** Whether reminders are being held now; the caller keeps it for the next wake-up. */
  holding: boolean
  /** The reason to word a late step or summary with, when not holding. */
  away: AwayReason
}

export function doNotDisturbGate(inhibited: boolean, holding: boolean, away: AwayReason): Gate {
  if (inhibited) return { hold: true, holding: true, away }
  if (holding) return { hold: false, holding: false, away: 'do-not-disturb' }
  return { hold: false, holding: false, away }
}

// Tonight's reminders that went out but were not acted on: still due (not ticked, skipped or snoozed) or
// marked missed after a sleep or Do Not Disturb. The tray lists them so nothing is lost when a notification
// was never seen; the checklist's Now card reads the same snapshot.
import type { Snapshot, SnapshotStep } from './snapshot.ts'

export interface MissedReminder {
  id: string
  title: string
  /** The step's planned instant (ISO with offset). */
  at: string
  state: 'due' | 'missed'
}

export function missedReminders(snapshot: Snapshot): MissedReminder[] {
  // A paused night or switched-off notifications sent nothing, so nothing went unseen; a closed evening
  // has nothing left to act on (the tray says how it went instead).
  if (snapshot.paused || snapshot.closed || !snapshot.notificationsEnabled) return []
  // A running snooze is an answer: its step is 'snoozed', not 'due'. One that ran out is 'due' again
  // (lifecycle.ts decides both against the snapshot's clock) and counts.
  const unseen = (step: SnapshotStep): step is SnapshotStep & { state: 'due' | 'missed' } =>
    step.state === 'missed' || step.state === 'due'
  return snapshot.steps.filter(unseen).map((s) => ({ id: s.id, title: s.title, at: s.at, state: s.state }))
}

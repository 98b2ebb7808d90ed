// Plain messages for the settings form: the schema (and main, through the contract) name a field path and
// what was expected in developer words; the person sees what to type instead, in their language, and only
// once there is something to correct.
import type { Draft, FieldErrors } from './draft.ts'

// The wording itself is shared with the import preview (renderer/plain-problems.ts).
export { type ProblemDetail, plainMessage } from '../plain-problems.ts'

/** The text the person typed for a field key, or undefined for a field that is not typed text. */
export function typedValue(draft: Draft, path: string): string | undefined {
  if (path === 'bedtime') return draft.bedtime
  if (path === 'checkInTime') return draft.checkInTime
  if (path.startsWith('bedtimeByWeekday.')) {
    const day = path.slice('bedtimeByWeekday.'.length) as keyof Draft['weekdays']
    return draft.weekdays[day]
  }
  if (path === 'notifications.headsUpMinutes') return draft.headsUp
  if (path === 'notifications.snoozeMinutes') return draft.snooze
  if (path === 'notifications.graceMinutes') return draft.grace
  const step = /^steps\[(\d+)\]\.(\w+)$/.exec(path)
  if (step) {
    const s = draft.steps[Number(step[1])]
    if (!s) return undefined
    const byField: Record<string, string> = {
      title: s.title,
      instruction: s.instruction,
      time: s.time,
      untilTime: s.untilTime,
      offsetMinutes: s.before,
    }
    return byField[step[2] ?? '']
  }
  return undefined
}

/**
 * The errors to show: nothing red under a field the person has left empty until they try to save (a new
 * step's empty title is not a mistake yet); everything once they have.
 */
export function visibleErrors(errors: FieldErrors, draft: Draft, saveTried: boolean): FieldErrors {
  if (saveTried) return errors
  return Object.fromEntries(
    Object.entries(errors).filter(([path]) => (typedValue(draft, path) ?? 'typed').trim() !== ''),
  )
}

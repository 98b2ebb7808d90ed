// Plain messages for the settings form: the schema (and main, through the contract) name a field path and
// what was expected in developer words; the person sees what to type instead, in their language.
import { t } from '../../shared/i18n/index.ts'
import type { Draft, FieldErrors } from './draft.ts'

/** What a problem says about itself: a zod issue, or only the text main sent back after the field path. */
export interface ProblemDetail {
  code?: string
  maximum?: number | bigint
  message: string
}

/** The number ranges the schema allows for each minutes field (shared/settings.ts). */
const MINUTE_RANGES: Record<string, [number, number]> = {
  'notifications.headsUpMinutes': [0, 120],
  'notifications.snoozeMinutes': [1, 120],
  'notifications.graceMinutes': [0, 120],
}

const TEXT_LIMITS: Record<string, number> = { title: 60, instruction: 200 }

function tooLongLimit(detail: ProblemDetail): number | null {
  if (detail.code === 'too_big' && detail.maximum !== undefined) return Number(detail.maximum)
  const said = /at most (\d+) characters/.exec(detail.message)
  if (said) return Number(said[1])
  return null
}

/** The message shown under a field for a problem at `path` (as shared/errors.ts fieldPath writes it). */
export function plainMessage(path: string, detail: ProblemDetail, maxMinutesBefore = 720): string {
  const field = path.slice(path.lastIndexOf('.') + 1)
  const range = MINUTE_RANGES[path]
  if (range) return t('validation.minutesRange', { min: range[0], max: range[1] })
  if (
    path === 'bedtime' ||
    path === 'checkInTime' ||
    path.startsWith('bedtimeByWeekday.') ||
    field === 'time'
  )
    return t('validation.time')
  if (field === 'untilTime') return t('validation.timeOptional')
  if (field === 'offsetMinutes') return t('validation.minutesBefore', { max: maxMinutesBefore })
  if (field === 'id' && /unique/.test(detail.message)) return t('validation.duplicate')
  if (field === 'title' || field === 'instruction') {
    const limit = tooLongLimit(detail)
    if (limit !== null) return t('validation.tooLong', { max: limit })
    if (field === 'title') return t('validation.title')
    return t('validation.tooLong', { max: TEXT_LIMITS[field] ?? 200 })
  }
  if (field === 'theme' || field === 'language' || field === 'clock' || field === 'vitaminDUnit')
    return t('validation.choose')
  return t('validation.general')
}

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

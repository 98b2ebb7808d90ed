// The one mapping from a schema's developer wording ("expected HH:MM (00:00–23:59), got "25:00"") to a plain
// sentence that says what to do, in the person's language. The settings form reads it for its fields, the
// import preview for the problems main finds in a backup file.
import { t } from '../shared/i18n/index.ts'

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

/** A date written the way the files and the date fields hold it. */
const DATE_EXAMPLE = '2026-11-24'

function tooLongLimit(detail: ProblemDetail): number | null {
  if (detail.code === 'too_big' && detail.maximum !== undefined) return Number(detail.maximum)
  const said = /at most (\d+) characters/.exec(detail.message)
  if (said) return Number(said[1])
  return null
}

/**
 * The message for a settings field at `path` (as shared/errors.ts fieldPath writes it, without "settings."),
 * or null when the path is not one the settings form knows.
 */
function settingsFieldMessage(path: string, detail: ProblemDetail, maxMinutesBefore: number): string | null {
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
  return null
}

/** A list of allowed words as the schema writes it: "done, skipped or missed", "one of a, b, c". */
const CHOICES =
  /^expected (?:one of )?(?:\w+ )?("?[\w/.-]+"?(?:, "?[\w/.-]+"?)*(?: or "?[\w/.-]+"?)?)(?:, got|$)/

/**
 * What to do about a problem, read from the schema's own words whatever the field; null when the words are
 * not ones this knows. Shared fields (shared/fields.ts, shared/hhmm.ts) word their problems the same way
 * everywhere, so this covers settings, nights, check-ins, labs and medicines alike.
 */
export function messageFromWording(detail: ProblemDetail): string | null {
  const said = detail.message
  if (/^expected HH:MM/.test(said)) return t('validation.time')
  if (/^expected a (?:night as )?(?:a )?(?:real )?date(?!-time)/.test(said) || /YYYY-MM-DD/.test(said))
    return t('validation.date', { example: DATE_EXAMPLE })
  const whole = /^expected a whole number from (-?\d+) to (-?\d+)/.exec(said)
  if (whole) return t('validation.wholeNumber', { min: Number(whole[1]), max: Number(whole[2]) })
  const limit = tooLongLimit(detail)
  if (limit !== null) return t('validation.tooLong', { max: limit })
  if (/^expected true or false/.test(said)) return t('validation.trueOrFalse')
  if (/^expected some text/.test(said)) return t('validation.required')
  if (/^expected a number/.test(said)) return t('validation.number')
  const choices = CHOICES.exec(said)
  if (choices?.[1] && /,| or /.test(choices[1])) return t('validation.oneOf', { options: choices[1] })
  return null
}

/** The message shown under a settings field for a problem at `path`. */
export function plainMessage(path: string, detail: ProblemDetail, maxMinutesBefore = 720): string {
  return (
    settingsFieldMessage(path, detail, maxMinutesBefore) ??
    messageFromWording(detail) ??
    t('validation.general')
  )
}

/**
 * The message for a problem in a file (a backup's record path such as "settings.bedtime" or
 * nights["2026-02-30"]): the words decide first, because a file holds values as stored (minutes before
 * bedtime are negative there), then what the settings form would say; null when neither knows.
 */
export function plainFileMessage(path: string, detail: ProblemDetail): string | null {
  const fromWords = messageFromWording(detail)
  if (fromWords !== null) return fromWords
  if (path.startsWith('settings.')) return settingsFieldMessage(path.slice('settings.'.length), detail, 720)
  return null
}

/** The value a developer message says it found ('…, got "25:00"'), or null. */
export function foundValue(message: string): string | null {
  const got = /, got (.+)$/.exec(message)
  return got?.[1] ?? null
}

// The sleep diary as the form holds it (text in the inputs) and back to the stored answers. Empty inputs are
// unanswered, never zero; a number that is not a whole number in range is an error naming the field.
import {
  DIARY_MAX_COUNT,
  DIARY_MAX_MINUTES,
  type SleepDiary,
  type UsualTimes,
} from '../../shared/sleep-diary.ts'
import { diaryStrings } from '../strings-diary.ts'

export const DIARY_TIMES = ['inBed', 'triedToSleep', 'finalWake', 'outOfBed'] as const
export const DIARY_NUMBERS = [
  'minutesToFallAsleep',
  'awakenings',
  'minutesAwake',
  'timesUpWalking',
  'napMinutes',
] as const
export const DIARY_FLAGS = ['caffeineAfter17', 'alcoholAfter17'] as const

export type DiaryTime = (typeof DIARY_TIMES)[number]
export type DiaryNumber = (typeof DIARY_NUMBERS)[number]
export type DiaryFlag = (typeof DIARY_FLAGS)[number]

export type DiaryDraft = Record<DiaryTime | DiaryNumber, string> & Record<DiaryFlag, boolean>
export type DiaryErrors = Partial<Record<DiaryNumber, string>>

export const DIARY_MAX: Readonly<Record<DiaryNumber, number>> = {
  minutesToFallAsleep: DIARY_MAX_MINUTES,
  awakenings: DIARY_MAX_COUNT,
  minutesAwake: DIARY_MAX_MINUTES,
  timesUpWalking: DIARY_MAX_COUNT,
  napMinutes: DIARY_MAX_MINUTES,
}

/** A saved diary as it was, or the person's usual times for a fresh one. */
export function draftFrom(saved: SleepDiary | undefined, usual: UsualTimes | undefined): DiaryDraft {
  const source = saved ?? usual ?? {}
  const draft = {} as DiaryDraft
  for (const k of DIARY_TIMES) draft[k] = source[k] ?? ''
  for (const k of DIARY_NUMBERS) draft[k] = saved?.[k] === undefined ? '' : String(saved[k])
  for (const k of DIARY_FLAGS) draft[k] = saved?.[k] ?? false
  return draft
}

export function diaryFromDraft(draft: DiaryDraft): { diary: SleepDiary; errors: DiaryErrors } {
  const diary: SleepDiary = {}
  const errors: DiaryErrors = {}
  for (const k of DIARY_TIMES) if (draft[k]) diary[k] = draft[k]
  for (const k of DIARY_NUMBERS) {
    const text = draft[k].trim()
    if (text === '') continue
    const n = Number(text)
    if (/^\d+$/.test(text) && n <= DIARY_MAX[k]) diary[k] = n
    else errors[k] = diaryStrings.diary.wholeNumber(diaryStrings.diary[k], DIARY_MAX[k])
  }
  for (const k of DIARY_FLAGS) diary[k] = draft[k]
  return { diary, errors }
}

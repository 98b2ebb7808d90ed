// The sleep diary, folded away under a disclosure so the check-in stays quick: Consensus Sleep Diary times
// and counts plus the RLS extras. Untouched, it is never saved and never asked about again.
import { useId } from 'react'
import { type SleepDiary, sleepNumbers } from '../../shared/sleep-diary.ts'
import { Check } from '../components/Field.tsx'
import { diaryStrings } from '../strings-diary.ts'
import {
  DIARY_FLAGS,
  DIARY_MAX,
  DIARY_NUMBERS,
  DIARY_TIMES,
  type DiaryDraft,
  type DiaryErrors,
  diaryFromDraft,
} from './diary-draft.ts'

const s = diaryStrings.diary

interface Props {
  draft: DiaryDraft
  errors: DiaryErrors
  open: boolean
  onToggle: (open: boolean) => void
  onChange: (draft: DiaryDraft) => void
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h === 0 ? `${m} min` : `${h} h ${String(m).padStart(2, '0')} min`
}

export function SleepDiaryFields({ draft, errors, open, onToggle, onChange }: Props) {
  const id = useId()
  return (
    <details
      className="diary"
      open={open}
      onToggle={(event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{s.summary}</summary>
      {/* Rendered only while open, so a folded diary costs the keyboard one stop. */}
      {open && <DiaryBody id={id} draft={draft} errors={errors} onChange={onChange} />}
    </details>
  )
}

function DiaryBody({ id, draft, errors, onChange }: Omit<Props, 'open' | 'onToggle'> & { id: string }) {
  const numbers = sleepNumbers(diaryFromDraft(draft).diary as SleepDiary)
  return (
    <>
      <p className="hint">{s.hint}</p>
      <div className="diary-grid">
        {DIARY_TIMES.map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`${id}-${k}`}>{s[k]}</label>
            <input
              id={`${id}-${k}`}
              type="time"
              value={draft[k]}
              onChange={(event) => onChange({ ...draft, [k]: event.target.value })}
            />
          </div>
        ))}
        {DIARY_NUMBERS.map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`${id}-${k}`}>{s[k]}</label>
            <input
              id={`${id}-${k}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={DIARY_MAX[k]}
              step={1}
              className="input-short"
              value={draft[k]}
              aria-invalid={errors[k] ? true : undefined}
              aria-describedby={errors[k] ? `${id}-${k}-error` : undefined}
              onChange={(event) => onChange({ ...draft, [k]: event.target.value })}
            />
            {errors[k] && (
              <p id={`${id}-${k}-error`} className="field-error">
                {errors[k]}
              </p>
            )}
          </div>
        ))}
      </div>
      {DIARY_FLAGS.map((k) => (
        <Check key={k} label={s[k]} checked={draft[k]} onChange={(on) => onChange({ ...draft, [k]: on })} />
      ))}
      {numbers && (
        <p className="muted" aria-live="polite">
          {s.computed(formatDuration(numbers.totalSleep), numbers.efficiency)}
        </p>
      )}
    </>
  )
}

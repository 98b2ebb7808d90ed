// The morning check-in for last night (or any night, opened from history): two 0–10 ratings, when symptoms
// started, the evening's triggers and a note. The ratings are Eventide's own, never the IRLS items.
import { PageHeader } from '../components/PageHeader.tsx'
import '../journal.css'
import '../checkin/checkin.css'
import { type FormEvent, useId, useRef, useState } from 'react'
import {
  type CheckIn as CheckInValue,
  NOTE_MAX,
  noTriggers,
  ONSET_LABELS,
  ONSETS,
  type Onset,
  TRIGGER_IDS,
  TRIGGER_LABELS,
  type Triggers,
} from '../../shared/checkin.ts'
import { problem } from '../../shared/errors.ts'
import { formatTime } from '../../shared/i18n/index.ts'
import type { CheckInView } from '../../shared/view-models.ts'
import { api } from '../api.ts'
import { type DiaryDraft, type DiaryErrors, diaryFromDraft, draftFrom } from '../checkin/diary-draft.ts'
import { QuickAnswers, type QuickDraft } from '../checkin/QuickAnswers.tsx'
import { SleepDiaryFields } from '../checkin/SleepDiaryFields.tsx'
import { Check } from '../components/Field.tsx'
import { LoadStatus } from '../components/LoadStatus.tsx'
import { SaveBar } from '../components/SaveBar.tsx'
import { ScaleField } from '../components/ScaleField.tsx'
import { useLocation } from '../router.ts'
import { strings } from '../strings.ts'
import { historyStrings } from '../strings-history.ts'
import { journalStrings } from '../strings-journal.ts'
import { useAction } from '../use-action.ts'
import { useLoad } from '../use-load.ts'

const s = historyStrings.checkIn

export function CheckIn() {
  const { night } = useLocation()
  const loaded = useLoad(() => api.getCheckIn({ night }), night ?? 'last', s.loadFailed)
  const view = loaded.value
  return (
    <main className="page check-in">
      <PageHeader
        heading={s.heading}
        subtitle={view ? s.forNight(view.night) : null}
        back="history"
        backLabel={night ? journalStrings.nav.backToHistory : journalStrings.nav.history}
      />
      <LoadStatus error={loaded.error} loading={!view} />
      {view && <CheckInForm key={view.night} view={view} onSaved={loaded.setValue} />}
    </main>
  )
}

interface Errors {
  severity?: string
  sleepQuality?: string
  onset?: string
}

function CheckInForm({ view, onSaved }: { view: CheckInView; onSaved: (view: CheckInView) => void }) {
  const id = useId()
  const start = view.checkIn
  const [severity, setSeverity] = useState<number | null>(start?.severity ?? null)
  const [sleepQuality, setSleepQuality] = useState<number | null>(start?.sleepQuality ?? null)
  const [onset, setOnset] = useState<Onset | null>(start?.onset ?? null)
  const [triggers, setTriggers] = useState<Triggers>(() => ({ ...noTriggers(), ...start?.triggers }))
  const [note, setNote] = useState(start?.note ?? '')
  const [quick, setQuick] = useState<QuickDraft>({
    onsetTime: start?.onsetTime ?? '',
    bodyParts: start?.bodyParts ?? [],
    rest: start?.restBeforeSymptoms ?? null,
  })
  // The diary folds away; it is saved only once opened (or when this night already has one).
  const [diary, setDiary] = useState<DiaryDraft>(() => draftFrom(start?.diary, view.usualTimes))
  const [diaryOpen, setDiaryOpen] = useState(false)
  const [diaryUsed, setDiaryUsed] = useState(start?.diary !== undefined)
  const [diaryErrors, setDiaryErrors] = useState<DiaryErrors>({})
  const [errors, setErrors] = useState<Errors>({})
  const action = useAction(start ? savedText(start) : '')
  const severityFirst = useRef<HTMLInputElement>(null)
  const sleepFirst = useRef<HTMLInputElement>(null)
  const onsetFirst = useRef<HTMLInputElement>(null)

  const edited = action.reset

  /** A required answer given: keep it, clear that question's complaint and the form's status. */
  const answer =
    <T,>(field: keyof Errors, set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setErrors((e) => ({ ...e, [field]: undefined }))
      edited()
    }

  async function save(event: FormEvent) {
    event.preventDefault()
    const found: Errors = {}
    if (severity === null) found.severity = s.needSeverity
    if (sleepQuality === null) found.sleepQuality = s.needSleep
    if (onset === null) found.onset = s.needOnset
    setErrors(found)
    const diaryResult = diaryUsed ? diaryFromDraft(diary) : { diary: undefined, errors: {} }
    setDiaryErrors(diaryResult.errors)
    // Each is already shown beside its own field; the summary lists the sentences without a path.
    const diaryProblems = Object.values(diaryResult.errors).map((message) => problem('', message))
    if (severity === null || sleepQuality === null || onset === null || diaryProblems.length > 0) {
      action.setFailure({
        message: strings.errors.fixFirst(Object.keys(found).length + diaryProblems.length),
        problems: diaryProblems,
      })
      ;(found.severity ? severityFirst : found.sleepQuality ? sleepFirst : onsetFirst).current?.focus()
      return
    }
    // Optional answers go in only when given, so a quick check-in saves exactly what it always did.
    const extras: Partial<CheckInValue> = {}
    if (onset !== 'none') {
      if (quick.onsetTime) extras.onsetTime = quick.onsetTime
      if (quick.bodyParts.length > 0) extras.bodyParts = quick.bodyParts
      if (quick.rest) extras.restBeforeSymptoms = quick.rest
    }
    if (diaryResult.diary) extras.diary = diaryResult.diary
    const checkIn = { severity, sleepQuality, onset, triggers, note, ...extras }
    await action.run(async () => onSaved(await api.saveCheckIn({ night: view.night, checkIn })), {
      working: s.saving,
      done: s.saved,
      failed: strings.errors.saveFailed,
    })
  }

  return (
    <form onSubmit={save} noValidate>
      <p>{s.intro}</p>
      <ScaleField
        legend={s.severityLegend}
        ends={s.severityEnds}
        value={severity}
        error={errors.severity}
        firstRef={severityFirst}
        onChange={answer('severity', setSeverity)}
      />
      <ScaleField
        legend={s.sleepLegend}
        ends={s.sleepEnds}
        value={sleepQuality}
        error={errors.sleepQuality}
        firstRef={sleepFirst}
        onChange={answer('sleepQuality', setSleepQuality)}
      />
      <fieldset
        aria-describedby={errors.onset ? `${id}-onset-error` : undefined}
        aria-invalid={errors.onset ? true : undefined}
      >
        <legend>{s.onsetLegend}</legend>
        {ONSETS.map((value, index) => (
          <div className="check" key={value}>
            <input
              id={`${id}-${value}`}
              ref={index === 0 ? onsetFirst : undefined}
              type="radio"
              name={`${id}-onset`}
              checked={onset === value}
              onChange={() => answer('onset', setOnset)(value)}
            />
            <label htmlFor={`${id}-${value}`}>{ONSET_LABELS[value]}</label>
          </div>
        ))}
        {errors.onset && (
          <p id={`${id}-onset-error`} className="field-error">
            {errors.onset}
          </p>
        )}
      </fieldset>
      {onset !== null && onset !== 'none' && (
        <QuickAnswers
          value={quick}
          onChange={(v) => {
            setQuick(v)
            edited()
          }}
        />
      )}
      <fieldset>
        <legend>{s.triggersLegend}</legend>
        <p className="hint">{s.triggersHint}</p>
        {TRIGGER_IDS.map((trigger) => (
          <Check
            key={trigger}
            label={TRIGGER_LABELS[trigger]}
            checked={triggers[trigger]}
            onChange={(on) => {
              setTriggers((t) => ({ ...t, [trigger]: on }))
              edited()
            }}
          />
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>{s.note}</label>
        <span id={`${id}-note-hint`} className="hint">
          {s.noteHint(NOTE_MAX, note.length)}
        </span>
        <textarea
          id={`${id}-note`}
          className="note-input"
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          aria-describedby={`${id}-note-hint`}
          onChange={(event) => {
            setNote(event.target.value)
            edited()
          }}
        />
      </div>
      <SleepDiaryFields
        draft={diary}
        errors={diaryErrors}
        open={diaryOpen}
        onToggle={(open) => {
          setDiaryOpen(open)
          if (open) setDiaryUsed(true)
        }}
        onChange={(d) => {
          setDiary(d)
          setDiaryUsed(true)
          edited()
        }}
      />
      <SaveBar action={action} label={s.save} />
    </form>
  )
}

function savedText(checkIn: CheckInValue): string {
  return s.savedEarlier(checkIn.savedAt.slice(0, 10), formatTime(checkIn.savedAt))
}
